"""Who a person is, said only with what the story says of them.

A sentence that names a person with their job, age or home ("The district's food director, Kevin Ahn, estimated
that staff spend ...") is told in pieces: the fact ("Kevin Ahn estimated that ...") and who the person is ("Kevin
Ahn is the district's food director.", "Mark Bell is 34 and is from Westbrook."). The plan weighs each line on
its own, so the short, easy "who" line could be said while the fact it came with was passed over: the listener
meets a person who then does nothing. Such a line is said only when the person is heard of elsewhere in the
story (another line names them, or the line right after it says "He ..." / "She ...": who they are is then
news to the listener), or when it is all its sentence can give: the fact it came with is broken, never said, or
the article's sentence said only who the person is (tests/test_lead10.py keeps "Ann Lee is the head of ..." when
"That is the hopeful view given by Ann Lee" is flagged).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (selection.py calls this module: its types only, no import at run time)
    from .selection import Draft, Line

# "Kevin Ahn is the district's ...", "Mark Bell was a passenger.", "Keisha Bell is 31 and is also from Westbrook.",
# "Daniel Gonzales is Maria Gonzales's husband.": a name, "is"/"was", then who they are
WHO_LINE = re.compile(r"^(?P<name>[A-Z][a-z'-]+(?: [A-Z]\.)?(?: [A-Z][a-z'-]+){0,2}) (?:is|was) (?:(?:also|then|now) )?"
                      r"(?:(?:the|a|an|one of|from|\d{1,3})\b|[A-Z][\w'-]*(?: [A-Z][\w'-]*)*'s?\b)")
# "Mark Bell is 34 and is from Westbrook.", "Gordon Pike is from Kestrel Bay.", "Daniel Gonzales is Maria Gonzales's
# husband.": a person's age, home or kin, never a point of the news in itself (writers/point_sense.py)
PERSONAL = re.compile(r"^(?!(?:The|This|It|There) )(?:[A-Z][a-z'-]+(?: [A-Z]\.)? ){0,2}[A-Z][a-z'-]+ (?:is|was) "
                      r"(?:\d{1,3}(?: and (?:is|was) (?:also )?from [A-Z][^.]*)?|(?:also )?from [A-Z][^.]*"
                      r"|(?:[A-Z][a-z'-]+ ){1,2}[A-Z][a-z'-]+'s? "
                      r"(?:husband|wife|son|daughter|mother|father|brother|sister|partner))\.$")
# the first word of a line that goes on about the person of the line before it
GOES_ON = {"he", "she", "his", "her"}
# capitalised first words that are no person: "The ...", "This ..."
NOT_A_NAME = {"The", "This", "That", "It", "There", "These", "Those", "He", "She", "They", "We", "Its", "Their"}


def _name_in(name: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(name.split()[-1])}\b", text) is not None


def who_lines_with_their_person(draft: Draft, picked: list[Line], sayable: Callable[[Line], bool]) -> list[Line]:
    """The picked lines without a "who is this" line whose person the story says nothing else of, when the plan
    passed over the fact it came with (`sayable`: a line that could have been said)."""
    chosen = {id(ln) for ln in picked}
    lead = {id(x) for x in draft.lead}  # (the lead is said whole: its names are the story's main facts)
    drop: set[int] = set()
    for i, ln in enumerate(draft.lines):
        m = WHO_LINE.match(ln.text)
        if id(ln) not in chosen or id(ln) in lead or not m or m["name"].split()[0] in NOT_A_NAME:
            continue
        facts = [x for x in draft.lines if x.group == ln.group and x is not ln and not WHO_LINE.match(x.text)]
        if not any(sayable(x) for x in facts) or any(id(x) in chosen for x in facts):
            continue  # the fact it came with is said, or could never be (broken): this line is all the sentence gives
        others = [x for x in picked if x is not ln and id(x) not in drop and not (x.group == ln.group)]
        if any(_name_in(m["name"], x.text) for x in others):
            continue  # the person is heard of elsewhere: who they are helps the listener
        nxt = draft.lines[i + 1] if i + 1 < len(draft.lines) else None
        if nxt is not None and id(nxt) in chosen and nxt.text.split()[0].lower() in GOES_ON:
            continue
        drop.add(id(ln))
    return [ln for ln in picked if id(ln) not in drop]

"""A lead with two acts of one subject, a relative clause on its last noun or a closing day, told in pieces.

"A coroner has ruled that a shortage of lifeguards contributed to the death of a 12-year-old boy who drowned at
an outdoor swimming pool in Saltby last summer, and has written to the government calling for ..." is two acts of
the coroner, and the first ends on a person the clause after "who" tells of. The rules told only the second act,
so the finding, the boy's age and the place were lost. In pieces, in the article's own words:

- "A N <act 1>, and has <act 2>" -> "A N <act 1>." + "The N has <act 2>." (the same N: "the" names it again);
- "... a 12-year-old boy who drowned at X last summer" -> "... a 12-year-old boy." + "The boy drowned at X last
  summer." (an indefinite noun, then a clause in the simple past: the clause tells who the noun is). Not inside
  a claim ("Police said they were looking for a man who stole a car": "The man stole a car." would say the
  claim as a fact), nor when the clause holds a clause of its own;
- "<a long past clause> on the evening of 3 March" -> "<clause>." + "This was on the evening of 3 March." (the rules
  cut a long lead at its front and the day at its end was lost).

Both are checked like every lead piece (lead_core.told_in_pieces): told only when each piece comes out whole.
"""
from __future__ import annotations

import re

from ..grammar import IRREGULAR_PAST, finish

# "A coroner has ruled ..., and has written ...": a short subject, its first verb, then ", and" before a second
# verb of the same tense family
TWO_ACTS = re.compile(r"^(?P<det>A|An|The) (?P<head>(?:[a-z][\w'-]* ){0,2}[a-z][\w'-]*) (?P<first>(?P<aux>has|have|had"
                      r"|will|was|were|is|are) [a-z]+\b[^;]{20,}?), and (?P<second>(?P=aux) [a-z]+\b.{12,})$")
# "... the death of a 12-year-old boy who drowned at ...": an indefinite noun ends the main clause, "who" and a past
# verb open the clause that tells who it is
OBJECT_RELATIVE = re.compile(
    rf"^(?P<main>.{{20,}}?\b(?:a|an) (?P<words>(?:[\w'-]+ ){{0,2}})(?P<noun>[a-z]{{3,}})) who (?P<clause>(?:[a-z]+ed"
    rf"|{'|'.join(sorted(IRREGULAR_PAST))})\b[^,;\"]{{8,}})$")
# a claim or belief in the main clause: what its "who" clause says is the speaker's, not a fact
CLAIM = re.compile(r"\b(?:said|says|say|told|tells|claimed|claims|alleged|alleges|believed|believes|believe|thinks"
                   r"|thought|suspected|suspects|accused|according|reported|reports|looking for|searching for"
                   r"|hunting|wanted)\b")
# a clause inside the "who" clause: where it ends, a cut cannot tell
INNER = re.compile(r"\b(?:who|which|that|whose|because|although|if|unless|but|and|or|said|says|told|claimed)\b")
# the nouns of people and things a "who" clause may follow ("a boy who drowned"); not "a year who"
NOT_A_PERSON_NOUN = {"year", "day", "week", "month", "time", "way", "number", "lot", "total", "series", "range"}


def two_acts(s: str) -> list[str] | None:
    """ "A coroner has ruled that X, and has written to Y" -> "A coroner has ruled that X." + "The coroner has
    written to Y." """
    m = TWO_ACTS.match(s)
    if not m or m["first"].count('"') % 2:
        return None
    return [finish(f"{m['det']} {m['head']} {m['first']}"), finish(f"The {m['head']} {m['second']}")]


def object_relative(s: str) -> list[str] | None:
    """ "... to the death of a 12-year-old boy who drowned at a pool in Saltby last summer" -> "... to the death of
    a 12-year-old boy." + "The boy drowned at a pool in Saltby last summer." """
    m = OBJECT_RELATIVE.match(s)
    if not m or CLAIM.search(m["main"]) or INNER.search(m["clause"]) or m["noun"] in NOT_A_PERSON_NOUN \
            or re.search(r"\b(?:who|which|that)\b", m["main"][-40:]):
        return None
    return [finish(m["main"]), finish(f"The {m['noun']} {m['clause']}")]


DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "... on Saturday", "... on the evening of 3 March": the day of a past event, at the very end of the lead (not
# "..., police said on Friday": the day of the saying, which the speaker's line keeps)
CLOSING_DAY = re.compile(rf"^(?P<main>.{{40,}}?) (?P<when>on (?:the (?:morning|afternoon|evening|night) of )?(?:{DAYS}"
                         rf"|\d{{1,2}} {MONTHS}(?: \d{{4}})?|{MONTHS} \d{{1,2}}(?:, \d{{4}})?))$")
# a time to come or a second clause: the day may be theirs ("were held ... and are due to appear in court on Tuesday")
LATER = re.compile(r"\b(?:will|would|shall|could|may|might|must|should|can|due|expected|set to|plans?|planned|going to"
                   r"|scheduled|and)\b")
LONG_MAIN = 14  # words before the day: a shorter sentence is told with its day by the rules
SAYING = re.compile(r"\b(?:said|says|told|announced|confirmed|reported|added|warned|wrote|according to)\b")


def closing_day(s: str) -> list[str] | None:
    """ "Jordan Pell punched a man ... over a parked van on the evening of 3 March" -> "Jordan Pell punched a man ...
    over a parked van." + "This was on the evening of 3 March." (a long lead cut by the rules keeps its front and
    loses the day at its end; told after it, the day is still heard)"""
    from ..participles import _past
    m = CLOSING_DAY.match(s)
    if not m or len(m["main"].split()) < LONG_MAIN or SAYING.search(m["main"]) or "," in m["main"] \
            or LATER.search(m["main"]) or not _past(m["main"]):
        return None  # ("The wildfire started in a campground on Monday.": short enough to say with its day)
    return [finish(m["main"]), finish(f"This was {m['when']}")]

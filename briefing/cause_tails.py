"""A closing "..., helped by X" / "..., driven by X" phrase told as a sentence of its own.

Business and economy news ends a result with what caused it: "Sales rose 17%, helped by strong exports and
lower cotton prices", "Prices fell, dragged down by cheaper fuel". The phrase has no subject: it is about the
whole event before it, so it is told as "This was helped by strong exports and lower cotton prices." after the
event. Only verbs of cause are taken ("helped", "driven", "boosted", "hit" ...): a phrase like ", led by Ann Lee"
or ", owned by the council" describes the noun before it, not the event, and stays where it is.
"""
from __future__ import annotations

import re
from typing import Callable

from .grammar import finish

# past participles that give a cause when "by" follows: what pushed a figure up or pulled it down
CAUSE_VERBS = ("helped", "driven", "boosted", "fuelled", "fueled", "lifted", "supported", "aided", "spurred",
               "powered", "buoyed", "hit", "hurt", "dragged down", "weighed down", "pulled down", "held back",
               "offset", "dented")
_TAIL = re.compile(rf"(?P<main>.{{30,}}?), (?:(?:mainly|largely|partly|mostly|in part) )?(?P<verb>{'|'.join(CAUSE_VERBS)})"
                   r" (?:in part |partly |mainly |largely )?by (?P<cause>[^,;\"]{4,})$")


def cause_tail(s: str) -> list[str]:
    """'Profit rose 38%, helped by strong exports.' -> 'Profit rose 38%.' + 'This was helped by strong exports.';
    [s] when the sentence does not end on such a phrase (or the part before it has a quotation open)."""
    m = _TAIL.fullmatch(s.rstrip("."))
    if not m or m["main"].count('"') % 2:
        return [s]
    return [finish(m["main"]), finish(f"This was {m['verb']} by {m['cause']}")]


# "The corporation on Monday announced an increase in fares ..., and said it would scrap daily passes": the
# subject, an optional time, a verb whose object is a thing, then ", and said ...": the second act is the subject's
_THING_THEN_SAID = re.compile(
    r"(?P<subject>(?:The |[A-Z])[\w'&.-]*(?: [A-Z][\w'&.-]*| of| for| and){0,7})"
    r"(?P<when> (?:on|last|this|earlier on) [A-Z]?[a-z]+)? (?P<verb>announced|reported|unveiled|launched|released)"
    r" (?P<object>(?:a|an|its|their|his|her|the|record|new) [^\"]{8,}?), and (?P<said>said|added|warned) (?P<rest>[^\"]{8,})")


def thing_then_said(s: str, again: Callable[[str], str]) -> list[str]:
    """'X announced A, and said B.' -> 'X announced A.' + '<X again> said B.'; [s] when the sentence has
    another shape. (clauses' own split stops at a verb of saying, since "X says games could be built and launched"
    has the second verb inside what is said; a thing announced has no verb of its own to take it.)"""
    m = _THING_THEN_SAID.fullmatch(s.rstrip("."))
    if not m or re.search(r"\b(?:that|which|who|would|will|could|is|are|was|were|has|have|had)\b",
                          m["object"].split(", ")[0]):
        return [s]
    first = f"{m['subject']}{m['when'] or ''} {m['verb']} {m['object']}"
    return [finish(first), finish(f"{again(m['subject'])} {m['said']} {m['rest']}")]


# "In Harlan Springs, a city of about 180,000 people in southern Nevada, the temperature reached ...": a fronted
# place with an aside that says what the place is, then the main clause
_PLACE_ASIDE = re.compile(r"(?P<prep>In|At|Near) (?P<place>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}), "
                          r"(?P<aside>(?:a|an) [a-z](?:[^,\"]|,(?=\d{3})){4,80}), (?P<main>(?:the|a|an|[A-Z])[^\"]{12,})")


def place_with_aside(s: str) -> list[str]:
    """'In Hollis, a town of 9,000 people, the river rose ...' -> 'Hollis is a town of 9,000 people.' + 'In Hollis,
    the river rose ...'; [s] for any other shape. (Cut anywhere else, the aside ran into the main clause: "...
    in southern Nevada breaking a record" and "Nevada is the temperature reached ...".)"""
    m = _PLACE_ASIDE.fullmatch(s.rstrip("."))
    if not m:
        return [s]
    return [finish(f"{m['place']} is {m['aside']}"), finish(f"{m['prep']} {m['place']}, {m['main']}")]


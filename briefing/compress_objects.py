"""An aside that tells who did something to the subject, for briefing/compress_asides.py: "The law, which
parliament passed in November after two years of debate, affects ..." The "which" is the object of the aside's
verb, not its subject, so the aside is told with its own doer first: "Parliament passed the law in November after
two years of debate." (the subject named again, as "the law"). Only a doer that is a plain noun or a name, and a
past verb, which keeps its own tense; a pronoun ("which they passed") would point at no one heard, and a noun that
goes after a preposition ("which the painter lived in for years") is not put back (object_fits_before, which relatives._object_relative uses too).
"""
from __future__ import annotations

import re

from .grammar import IRREGULAR_PAST, cap

def object_fits_before(rest: str) -> bool:
    """Does the noun of "which X VERBed <rest>" go right after the verb? Yes before nothing, a name, a figure, "as
    ...", a time or place phrase or a verb of its own; never before a preposition left at the end ("which she lived in
    (for years)": the noun goes after the preposition)."""
    if rest and not re.match(r"(?:[A-Z0-9$\u00a3\u20ac]|as\b|in\b|on\b|at\b|last\b|this\b|for\b|is\b|was\b|are\b"
                             r"|were\b|will\b|would\b|could\b|can\b|may\b|might\b)", rest):
        return False
    return not re.fullmatch(r"(?:in|on|at|for|with|to|from|about|of|by)(?: (?:in|on|at|for|with|to|from|about|of|by"
                            r"|during|since|until)\b.*)?", rest)


OBJECT_RELATIVE = re.compile(rf"(?:which|that) (?P<who>(?:the |a |an )?[a-z]{{3,}}|[A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,2}}) "
                             rf"(?P<verb>[a-z]+ed|{'|'.join(sorted(IRREGULAR_PAST))})\b(?P<rest>.*)")
PRONOUNS = {"he", "she", "it", "they", "we", "you", "i", "one", "also", "then", "now", "has", "had", "was", "is"}


def object_relative_aside(aside: str, again: str | None) -> list[str] | None:
    """'which parliament passed in May' about "The law" -> ['Parliament passed the law in May']; None for any other
    shape."""
    m = OBJECT_RELATIVE.fullmatch(aside)
    if not m or not again or not again.startswith("The ") or m["who"].split()[-1].lower() in PRONOUNS \
            or not object_fits_before(m["rest"].strip()):
        return None  # (relatives._object_relative tells a doer with "the" or a name; here a plain noun is one too)
    return [f"{cap(m['who'])} {m['verb']} the {again[4:]}{m['rest']}"]

"""An aside that tells who did something to the subject, for briefing/compress_asides.py: "The law, which
parliament passed in November after two years of debate, affects ..." The "which" is the object of the aside's
verb, not its subject, so the aside is told with its own doer first: "Parliament passed the law in November after
two years of debate." (the subject named again, as "the law"). Only a doer that is a plain noun or a name, and a
past verb, which keeps its own tense; a pronoun ("which they passed") would point at no one heard.
"""
from __future__ import annotations

import re

from .grammar import IRREGULAR_PAST, cap

OBJECT_RELATIVE = re.compile(rf"(?:which|that) (?P<who>(?:the |a |an )?[a-z]{{3,}}|[A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,2}}) "
                             rf"(?P<verb>[a-z]+ed|{'|'.join(sorted(IRREGULAR_PAST))})\b(?P<rest>.*)")
PRONOUNS = {"he", "she", "it", "they", "we", "you", "i", "one", "also", "then", "now", "has", "had", "was", "is"}


def object_relative_aside(aside: str, again: str | None) -> list[str] | None:
    """'which parliament passed in May' about "The law" -> ['Parliament passed the law in May']; None for any other
    shape."""
    m = OBJECT_RELATIVE.fullmatch(aside)
    if not m or not again or not again.startswith("The ") or m["who"].split()[-1].lower() in PRONOUNS:
        return None
    return [f"{cap(m['who'])} {m['verb']} the {again[4:]}{m['rest']}"]

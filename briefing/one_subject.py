"""A quote whose speaker says "I" twice in one sentence: "I have lived here 31 years and I have never seen it so
bad." English may leave out the second "I" of two clauses joined by "and" ("I have lived here 31 years and have
never seen it so bad"), and then the quote has one "I" to report. Without this, a speaker whose he or she the
article does not give is never reported ("Lee said Lee has lived ... and Lee has never seen ..." is no help), so
the quote was lost.
"""
from __future__ import annotations

import re

from .grammar import IRREGULAR_PAST

# the verb after the second "I", as it reads after a third person's name ("and has never seen")
AFTER_SECOND_I = {"have": "has", "am": "is", "do": "does", "was": "was", "had": "had", "did": "did", "will": "will",
                  "would": "would", "could": "could", "can": "can", "cannot": "cannot", "should": "should",
                  "might": "might", "must": "must", "may": "may"}


def one_subject(quote: str) -> str:
    """'I A and I B' -> 'I A and B' with B's verb in the third person; the quote itself when it has another shape
    (a third "I", a comma or a "but" between them, or a verb after the second "I" no rule here can change)."""
    m = re.fullmatch(r"(?P<first>I [^,;:\"]+?) and I (?P<verb>[a-z]+)(?P<rest>\b[^\"]*)", quote)
    if not m or re.search(r"\b(?:I|me|my|mine|myself)\b", m["first"][1:] + m["rest"]):
        return quote
    verb = m["verb"]
    said = AFTER_SECOND_I.get(verb) or (verb if verb.endswith("ed") or verb in IRREGULAR_PAST else None)
    return f"{m['first']} and {said}{m['rest']}" if said else quote

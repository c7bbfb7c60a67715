"""The words a script teaches, and the lines that carry them, for the grade pass's words trade (ease.py).

A line with a taught word is the story's own subject: leaving it out to win common words would leave out the
topic the "Words in this story" part explains.
"""
from __future__ import annotations

import re

from ..models import Script
from ..vocabulary import is_common, lower_tokens
from .word_list import number_forms, words_taught


def taught_words(script: Script) -> set[str]:
    """The uncommon words a script teaches: quoted in "Words in this story", or told in a line of their own
    ("Asylum is safety that a country gives to people in danger.")."""
    taught: set[str] = set()
    for seg in script.segments:
        for sentence in seg.sentences:
            if seg.kind != "glossary" and (m := re.match(r"(?:An? |The )?([A-Za-z-]+) (?:is|are|means) ", sentence)):
                taught.update(lower_tokens(m.group(1).lower()))
        if seg.kind == "glossary":
            taught.update(w for word in words_taught(seg) for w in lower_tokens(word.lower()))
    # with its other number: a line that says "handle" is about the "handles" the script teaches
    return {form for w in taught if not is_common(w) for form in number_forms(w)}


def carries_the_topic(line: str, taught: set[str]) -> bool:
    """A line with a word the script teaches is the story's own subject ("Arroyo said seeking asylum is not a
    crime."): the words pass must not buy its share of common words by leaving the topic out."""
    return any(tok in taught for tok in lower_tokens(line))

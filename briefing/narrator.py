"""An "our" that is everyone's, not the writer's: "how our universe evolved", "our solar system".

A science story says "our galaxy" for the galaxy we all live in; the writer's own "we" is not in it, so
the sentence may be told as it is, with "the" ("how the universe evolved"). The words after "our" name
things there is one of for all people, so "the" says the same thing.
"""
from __future__ import annotations

import re

SHARED_OUR = re.compile(r"\b(our|Our) (?:own )?(universe|planet|solar system|galaxy|sun|moon|species"
                        r"|cosmic neighbou?rhood|home planet|home galaxy)\b")


def everyones_our(sentence: str) -> str:
    """'how our universe evolved' -> 'how the universe evolved' (outside quotes only: a speaker's "our"
    may be their team's)."""
    if '"' in sentence:
        return sentence
    if re.search(r"\bEarth\b", sentence):
        # "a rocky planet 48 light-years from Earth, a world roughly the size of our own": "our own" world is
        # the Earth the sentence names
        sentence = re.sub(r"\b(world|planet)((?: about| roughly| nearly)? the size of) our own\b", r"\1\2 Earth", sentence)
    return SHARED_OUR.sub(lambda m: f"{'The' if m.group(1) == 'Our' else 'the'} {m.group(2)}", sentence)

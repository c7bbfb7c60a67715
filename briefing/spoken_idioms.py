"""Idioms people use when they talk, said in plain words (rewrite calls plain_idioms on every sentence)."""

from __future__ import annotations

import re
from collections.abc import Callable

# Idioms people use when they talk, in plain words with the same meaning; None: no plain words say it
# exactly, so the sentence is left out. The shared list (assets/idioms.txt) holds fixed phrases; these
# have a gap ("took that challenge to heart") or need the words around them changed.
HELP = {"go": "help a lot", "goes": "helps a lot", "went": "helped a lot", "gone": "helped a lot",
        "going": "helping a lot"}
COMPLAIN = {"cry": "complain", "cries": "complains", "cried": "complained", "crying": "complaining"}
SPOKEN_IDIOMS: list[tuple[str, str | Callable[[re.Match[str]], str] | None]] = [
    (r"\b(take|takes|took|taken|taking) ((?:\w+ ){1,3}?)to heart\b", r"\1 \2seriously"),
    (r"\b(go|goes|went|gone|going) a long way\b(?= *[.,;]| *$)", lambda m: HELP[m.group(1).lower()]),
    (r"\braise(d|s)? eyebrows\b", r"surprise\1 people"),
    (r"\braising eyebrows\b", "surprising people"),
    (r"\b(a|an|no) heads[- ]up\b", r"\1 warning"),
    (r"\bace in the hole\b", "hidden advantage"),
    (r"\b(?:a |any )?(?:special )?place in (?:his|her|their|my|our|your) hearts?\b", None),
    (r"\b(cry|cries|cried|crying) foul\b", lambda m: COMPLAIN[m.group(1).lower()]),
]


def plain_idioms(s: str) -> str:
    """A spoken idiom said in plain words ("they took the warning to heart" -> "they took the warning
    seriously"); '' when the sentence has one that plain words cannot say."""
    for pattern, plain in SPOKEN_IDIOMS:
        if plain is None:
            if re.search(pattern, s, re.IGNORECASE):
                return ""
        else:
            s = re.sub(pattern, plain, s, flags=re.IGNORECASE)
    return s

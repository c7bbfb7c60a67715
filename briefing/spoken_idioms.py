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
TAKE = {"wipe": "take", "wipes": "takes", "wiped": "took"}  # ("wiping": its clause is cut as "This wiped ...")
# "wiped about 1.9 billion pounds off its value": an amount taken off a value, not a cloth on a table (the gap
# must hold a number or a sum: "wiped the mud off his boots" keeps its verb)
AMOUNT_OFF = (r"((?:(?:about|around|nearly|almost|more than|over|some|an estimated) )?[$\u00a3\u20ac]?\d[\d.,]*%?"
              r"(?: ?(?:bn|m|million|billion|trillion|per cent|percent|points?|pounds|dollars|euros|rupees|yen))*)"
              r" off\b")
CUT = {"lower": "cut", "lowers": "cuts", "lowered": "cut", "lowering": "cutting"}
# "lowered its production forecast", "lowered the city's credit rating": a number someone sets or gives is cut (the
# news word), never a flag or a voice ("lowered his voice" keeps its verb); "lowered" is rarer than "cut"
LOWERED_FIGURE = (r"((?:its|their|the|his|her|our|a|an) "
                  r"(?:(?!(?:for|of|to|in|on|at|by|with|into|from|and|or|as|than|that)\b)[\w'-]+ ){0,3}?"
                  r"(?:forecasts?|ratings?|targets?|estimates?"
                  r"|outlook|guidance|prices?|rates?)\b)")
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


# swaps of a figure's verb, made on the sentences the cut gives: ", wiping $3bn off its value" is cut first as
# "This wiped $3bn off its value." (participles.RESULTS knows "wiping", not "taking")
FIGURE_VERBS: list[tuple[str, Callable[[re.Match[str]], str]]] = [
    (r"\b(lower|lowers|lowered|lowering) " + LOWERED_FIGURE,
     lambda m: _same_case(m.group(1), CUT[m.group(1).lower()]) + f" {m.group(2)}"),
    (r"\b(wipe|wipes|wiped) " + AMOUNT_OFF,
     lambda m: _same_case(m.group(1), TAKE[m.group(1).lower()]) + f" {m.group(2)} off"),
]


def figures_plainly(s: str) -> str:
    """"This wiped $3bn off its value." -> "This took $3bn off its value."; "Fitch lowered its rating." -> "Fitch
    cut its rating.": the common verb for a sum or a figure (see AMOUNT_OFF, LOWERED_FIGURE)."""
    for pattern, plain in FIGURE_VERBS:
        s = re.sub(pattern, plain, s, flags=re.IGNORECASE)
    return s


def _same_case(word: str, plain: str) -> str:
    return plain[:1].upper() + plain[1:] if word[:1].isupper() else plain


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

"""A plain word that is an act of speech, fitted to a place under "said": "said it welcomed the plan".

The plain-word table says "welcomed the decision" as "praised the decision": the welcome is shown in words,
so the act of speech is its plain form when the line tells it ("Cheese makers praised the decision."). Right
after "X said it", though, the line already reports speech, and "Eastline said it praised the plan" reports
a report. There the feeling the word names is said instead, with the pronoun's "was" or "were": "Eastline
said it was happy with the plan." Every word of it is common, so the line keeps its share of common words.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .swap_table import Swap

# the past tense of a speech act in the table -> the feeling it shows, said after "was" or "were"
FEELING_OF = {"praised": "happy with"}
# "said it", "said that she", "says they": the report the swapped words stand in
REPORTED_BY_PRONOUN = re.compile(r"\b(?:said|says|told reporters)\s+(?:that\s+)?(it|she|he|I|they|we|you)\s+$")


def fitted_to_report(swap: Swap | None, before: str) -> Swap | None:
    """The swap as it fits after the text before it: a past act of speech right after "said <pronoun>" is said
    as the feeling it shows ("said she was happy with the deal"); any other swap is returned as it is."""
    if swap is None or swap.form != "ed":
        return swap
    verb, _, rest = swap.plain.partition(" ")
    reporter = REPORTED_BY_PRONOUN.search(before)
    if verb not in FEELING_OF or reporter is None:
        return swap
    be = "were" if reporter.group(1) in ("they", "we", "you") else "was"
    return replace(swap, plain=f"{be} {FEELING_OF[verb]} {rest}".strip(), participle="")

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
CLAUSE_ENDS = re.compile(r"\s*(?:[.;!?]|,\s+(?!and\b)|\s+but\b|$)")
REPORTED_BY_PRONOUN = re.compile(r"\b(?:said|says|told reporters)\s+(?:that\s+)?(it|she|he|I|they|we|you)\s+$")


def fitted_to_report(swap: Swap | None, before: str, after: str) -> Swap | None:
    """The swap as it fits between the text before and after it: a past act of speech right after "said
    <pronoun>" that ends its clause is said as the feeling it shows ("said she was happy with the deal."); any
    other swap is returned as it is. A second act joined by "and" keeps the first one's verb: "said she praised
    the deal and praised both sides" is cut into two acts of hers, which "was happy with" would not be."""
    if swap is None or swap.form != "ed" or not CLAUSE_ENDS.match(after):
        return swap
    verb, _, rest = swap.plain.partition(" ")
    reporter = REPORTED_BY_PRONOUN.search(before)
    if verb not in FEELING_OF or reporter is None:
        return swap
    be = "were" if reporter.group(1) in ("they", "we", "you") else "was"
    return replace(swap, plain=f"{be} {FEELING_OF[verb]} {rest}".strip(), participle="")

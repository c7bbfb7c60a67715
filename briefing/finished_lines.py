"""Last touches on a line the rewriter has finished, for briefing/plain_english.py: a news wire's bare day gets
its "on" ("arrested six people on Monday"), and a clause a split left on a time's sentence gets a sentence of its
own ("This was after the announcement." + "Shares rose.").
"""
from __future__ import annotations

import re

from .clauses import cap, finish, words
from .grammar import LONGEST, SUBORDINATE_STARTS, is_clause, subject_and_verb
from .speakers import DAYS


def time_then_clause(part: str) -> list[str]:
    """'This was after the announcement, and shares in builders rose.' -> 'This was after the announcement.' +
    'Shares in builders rose.': a split left a second clause on the time's sentence (one idea per sentence)."""
    m = re.fullmatch(r"(This was (?:after|before|during) [^,]{3,60}), and ([a-z][^,]{10,})\.", part)
    if not m or m.group(2).split()[0] in SUBORDINATE_STARTS or not (subject_and_verb(m.group(2)) or is_clause(m.group(2))):
        return [part]
    return [finish(m.group(1)), finish(cap(m.group(2)))]


def on_bare_day(s: str) -> str:
    """'Police arrested six people Monday.' -> '... on Monday.'; 'Tuesday, lawyers said ...' -> 'On Tuesday,
    lawyers said ...': a news wire's bare day is a time to a learner only with its "on". A day that names a
    thing ("run Saturday classes", "Black Friday") or follows a word of time ("by", "until", "last") stays."""
    before = s
    s = re.sub(rf"^({DAYS}), (?=[a-z])", r"On \1, ", s)
    def timed(m: re.Match[str]) -> str:
        if m.group(1) in _NOT_BEFORE_A_BARE_DAY or re.match(rf" (?:to|and|or|through) {DAYS}", m.string[m.end():]):
            return m.group(0)  # ("run Monday to Friday": a span of days)
        return f"{m.group(1)} on {m.group(2)}"
    s = re.sub(rf"\b([a-z]+) ({DAYS})(?=[.,;]| (?:with|of|in|at|after|before|for|that|to|and|as|when|while|but"
               rf"|night|morning|afternoon|evening)\b)", timed, s)
    return s if words(s) <= LONGEST else before  # (the "on" never takes a line over the limit)


# words after which a day needs no "on": "by Monday", "last Friday", "the Friday", "late Tuesday"
_NOT_BEFORE_A_BARE_DAY = {"on", "by", "to", "until", "till", "from", "before", "after", "since", "through", "last",
                          "next", "this", "that", "every", "each", "the", "a", "of", "or", "and", "in", "between",
                          "late", "early", "is", "was", "be", "are", "were", "than", "but", "thru", "including",
                          "into", "least", "most", "for", "over", "throughout", "during", "within", "around", "about",
                          "at", "like", "as", "per", "except", "past", "beyond", "against", "toward", "towards"}

"""A speaker's general "you" ("whenever you buy a stock, it gives you more") told as "people" and "they".

A quote is reported in the third person, so its "you" cannot stay: when it means anyone at all, it becomes
"people"; when it may be someone in particular (the listener, a question, an order), reported.py leaves the
quote out.
"""
from __future__ import annotations

import re

from .grammar import PRESENT_VERBS, words

# "you" that speaks to someone in particular, not to anyone ("here": to someone standing with the speaker)
ADDRESSED_YOU = re.compile(r"\b(thank you|you know|you guys|you all|see you|mind you|you see|are you|do you|did you"
                           r"|have you|will you|can you|would you|could you|if you will|you're welcome|here)\b"
                           r"|\b(I|me|my|we|us|our)\b|^(?:Please|Let)\b|!", re.IGNORECASE)

# "It was a choice you made again and again", "You had a clear view of her": a "you" who did something once, in
# the past, is the one the speaker is talking to (a judge to the defendant), never "people" ("you used to" is)
PAST_ACT_OF_YOU = re.compile(r"\byou (?:had|did|didn't|were|weren't|made|chose|knew|saw|took|drove|left|caused"
                             r"|(?!used\b)[a-z]{2,}ed)\b(?! to\b)", re.IGNORECASE)


def generic_you(quote: str) -> str | None:
    """A speaker's general "you" ("whenever you buy a stock, it gives you more") -> "people" and "their";
    None when the "you" may be someone in particular (the speaker is there too, or a question, an order)."""
    if ADDRESSED_YOU.search(quote) or PAST_ACT_OF_YOU.search(quote) or quote.rstrip().endswith("?") or re.search(r"(?:^|\s)'\w", quote) \
            or words(quote) < 8:  # "You can go either way.": a short remark is talk, often an idiom
        return None
    first = quote.split()[0].lower().strip(",")
    if first in PRESENT_VERBS or first in ("be", "go", "look", "think", "imagine", "remember", "stop", "don't"):
        return None  # "Look at what you did": an order to the one listening
    out = re.sub(r"\byourself\b", "themselves", quote, flags=re.IGNORECASE)
    out = re.sub(r"\byours\b", "theirs", out, flags=re.IGNORECASE)
    out = re.sub(r"\byour\b", "their", out, flags=re.IGNORECASE)
    out = re.sub(r"^You\b", "People", out)
    out = re.sub(r"\byou\b", "people", out, count=1, flags=re.IGNORECASE)
    # said again, "people" is "they" or "them": "more than they put in", "it gives them more"
    return re.sub(r"(\b\w+\b)?(\W+)you\b(?=( \w+)?)", _they_or_them, out, flags=re.IGNORECASE)


def _they_or_them(m: re.Match[str]) -> str:
    """A "you" after a comma or a link word, or before a verb, is a subject: "they"; otherwise "them"."""
    before, gap, after = (m.group(1) or ""), m.group(2), (m.group(3) or "").strip().lower()
    subject = "," in gap or before.lower() in CLAUSE_LINKS or after in SUBJECT_VERBS
    return f"{before}{gap}{'they' if subject else 'them'}"


SUBJECT_VERBS = {"will", "would", "can", "could", "should", "must", "might", "may", "are", "were", "have", "had",
                 "do", "did", "get", "got", "need", "want", "put", "go", "know", "see", "make", "take", "buy", "pay"}


# words after which a "you" starts a clause (its subject), not an object: "more than you put in"
CLAUSE_LINKS = {"than", "when", "if", "and", "but", "because", "that", "as", "so", "where", "while", "before",
                "after", "until", "unless", "once", "whenever", "or", ""}

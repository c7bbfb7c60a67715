"""Possessives a learner reads as a rare word: "the governor's office" -> "the office of the governor".

wordfreq, and the common-word list made from it, scores "governor's" as a word of its own, and a rare one,
though "governor" is common; a learner meets the same difficulty: one more ending on a word. Said with "of",
the sentence uses only words the learner knows. The rule is narrow, so the sentence still reads naturally:
a determiner, a common noun with "'s", one more lower-case word (the thing owned), and then a place where
that noun phrase clearly ends (punctuation, a verb, a preposition other than "of" or "to"). Anything longer
("the company's stock price") or after "of" ("the head of the governor's office") is left as it is.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .grammar import IRREGULAR_PAST, PRESENT_VERBS

# "a" and "an" are left out: "a driver's licence", "a chef's knife" are names of kinds of things
DETERMINERS = ("the", "this", "its", "his", "her", "their", "our", "every", "each")
# owners that make a fixed phrase or a time ("each other's", "the driver's seat", "this month's rain")
NOT_OWNERS = {"other", "another", "one", "driver", "master", "bachelor", "farmer", "chef", "today", "tomorrow",
              "yesterday", "day", "night", "week", "month", "year", "season", "decade", "century", "hour", "minute"}
# words after which a noun phrase has ended: verbs, and prepositions that do not tie on another noun
PHRASE_ENDS = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
    "must", "said", "says", "did", "does", "do", "in", "on", "at", "from", "with", "by", "after", "before",
    "during", "since", "until", "over", "under", "into", "near", "about", "against", "but", "because", "while",
    "when", "who", "which", "that", "as", "than", "if", "also", "still", "never", "not"}
# the owned word must be a plain noun, not a describing or small word ("the city's new mayor", "the firm's own")
NOT_OWNED = {"own", "new", "old", "first", "last", "next", "top", "main", "biggest", "largest", "best", "most", "worst",
             "more", "other", "only", "former", "latest", "two", "three", "four", "five", "many", "few", "very",
             # a number that stands for a noun said before ("17 winners to his opponent's six")
             "one", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "hundred", "thousand"}
# describing words that move with the owned noun and still read naturally before "of": "every parent's worst
# fear" -> "the worst fear of every parent", "the judge's final ruling" -> "the final ruling of the judge"
MOVING_DESCRIBERS = ("worst", "best", "biggest", "largest", "final", "first", "last", "latest", "new", "former",
                     "next", "oldest", "youngest")
POSSESSIVE = re.compile(
    rf"\b({'|'.join(DETERMINERS)}) ([a-z]+)'s ((?:(?:{'|'.join(MOVING_DESCRIBERS)}) )?)([a-z]+)\b"
    r"(?=(\s*(?:[,.;:!?]|$)|\s+([a-z]+)\b))", re.IGNORECASE)


def ends_noun_phrase(word: str) -> bool:
    """Whether a noun phrase has surely ended before this word: a verb, or a preposition other than "of"."""
    word = word.lower()
    # "gains", "needs" may be plural nouns ("the firm's profit gains"): only the bare present counts
    return word in PHRASE_ENDS or word in IRREGULAR_PAST or word in PRESENT_VERBS and not word.endswith("s") \
        or word.endswith("ed") and len(word) > 4


def _phrase_ends(m: re.Match[str]) -> bool:
    return m.group(6) is None or ends_noun_phrase(m.group(6))  # punctuation, the end, or a verb


def possessives_as_of(s: str, common: AbstractSet[str]) -> str:
    """ "Police met the victim's mother." -> "Police met the mother of the victim.", only where "victim's" is
    not a common word but "victim" and "mother" are (a rare owned word would make the line longer for one rare
    word fewer: "bills from the asthma of her son"). One describing word may move with the owned noun
    ("every parent's worst fear"). Quotes are left as said, and so is a sentence's subject."""
    quoted = [m.span() for m in re.finditer(r'"[^"]*"', s)]

    def swap(m: re.Match[str]) -> str:
        det, owner, describer, owned = m.group(1), m.group(2), m.group(3), m.group(4)
        if any(a <= m.start() < b for a, b in quoted) or not owner.islower() or not owned.islower():
            return m.group(0)
        if f"{owner}'s" in common or owner not in common or owned not in common or owned in NOT_OWNED \
                or owner.lower() in NOT_OWNERS:
            return m.group(0)
        if not s[:m.start()].strip(' "('):
            return m.group(0)  # the subject: a sentence split later repeats a short subject, not a long one
        if owned.endswith("ly") or not _phrase_ends(m):
            return m.group(0)
        if re.search(r"\bof\s*$", s[:m.start()]):
            return m.group(0)  # "control of the governor's mansion": two "of"s in a row read badly
        return f"the {describer.lower()}{owned} of {det} {owner}"

    return POSSESSIVE.sub(swap, s)

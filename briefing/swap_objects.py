"""Which things a plain verb fits: "called off" is said of trains, flights, tours and strikes, not of a charge, a
fee, a contract or an order ("The charge is called off" reads as if the charge were an event).

A table line may end its kind with "!fits:" and the nouns the swap fits ("v!fits:train|flight|strike"). The
swap is then made only where the verb's object (active: the words after it) or its subject (passive, or a
participle after its noun: the words before it) is one of those nouns; anywhere else the hard word is kept,
since a wrong sense is worse than a hard word.
"""
from __future__ import annotations

import re

from .inflect import plural

# Where an object's noun phrase ends: a preposition, a conjunction or a punctuation mark.
_PHRASE_END = re.compile(r"[,.;:!?()\"]|\b(?:for|on|at|in|after|before|because|as|to|until|from|by|over|due|and|or|but|"
                         r"when|while|since|with|amid|following)\b")
# Words between a subject and its passive verb: "crossings were often called off", "it had been called off".
_BE_AND_ADVERBS = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
                   "may", "might", "can", "should", "must", "often", "also", "later", "already", "now", "then", "all",
                   "not", "never", "since", "again", "just"}


def fit_nouns(words: str) -> frozenset[str]:
    """The nouns of a "fits:" flag, each with its plural."""
    out: set[str] = set()
    for word in words.split("|"):
        word = word.strip().lower()
        if word:
            out.update((word, plural(word)))
    return frozenset(out)


def _object_words(after: str) -> list[str]:
    """The words of the noun phrase right after a verb: "its task order two months later" -> up to "later"."""
    m = _PHRASE_END.search(after)
    head = after[: m.start()] if m else after
    return [w.lower() for w in re.findall(r"[A-Za-z'-]+", head)[:6]]


def _subject_words(before: str) -> list[str]:
    """The last words of the clause before a passive verb or a participle, with its "was", "had been" and adverbs
    taken off: "Last winter, crossings were" -> ["crossings"]."""
    clause = re.split(r"[,;:(]|\b(?:but|that|which|who|when|if)\b", before)[-1]
    words = [w.lower() for w in re.findall(r"[A-Za-z'-]+", clause)]
    while words and (words[-1] in _BE_AND_ADVERBS or words[-1].endswith("ly")):
        words.pop()
    # ("ferries between Ness Harbour and the island of Carrick have been called off": the head is well before)
    return words[-9:]


def fits_object(nouns: frozenset[str], before: str, after: str, has_object: bool) -> bool:
    """Whether the verb's thing is one of nouns. has_object: an object follows the verb (the active use); else
    the thing is the subject before it."""
    if any(w in nouns for w in _object_words(after)):
        return True  # "cancelled about 640 flights": an amount before the noun is still its object
    return not has_object and any(w in nouns for w in _subject_words(before))

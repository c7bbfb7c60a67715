"""A verb with two objects of the same kind, for briefing/compress.py: "Lee and Hart each face one count of theft and
one count of fraud" is too long to say in one breath, and cut at its "and" the second half has no verb ("One count of
fraud."). Each object is told with the verb: "Lee and Hart each face one count of theft." + "They also each face one
count of fraud." The two objects start with the same counted noun ("one count of", "a fine of"), so the "and" joins
two objects of one verb, never two clauses.
"""
from __future__ import annotations

import re

from .clauses import is_verbish
from .compress_grammar import _again, _subject, _whole
from .grammar import finish

COUNT = r"(?:one|two|three|four|five|a|an|another|\d[\d,]*)"
PART = r"(?:[^,;]|,(?=\d))"  # (the comma of "$5,000" is no clause's comma)
PAIR = re.compile(rf"(?P<before>.+?) (?P<head>{COUNT} [a-z]+ (?:of|for)) (?P<one>{PART}+?),? and (?P=head) (?P<two>{PART}+)")


def object_pair_split(unit: str) -> list[str] | None:
    """'S V one count of A and one count of B.' -> ['S V one count of A.', 'They also V one count of B.'] (None
    when the sentence has no such pair, or its subject cannot be named again)."""
    m = PAIR.fullmatch(unit.rstrip("."))
    if not m or re.search(r"\b(?:and|or)\b", m.group("one")):
        return None  # ("one count of A and B and one count of C": which "and" joins what is unclear)
    found = _subject(m.group("before"))
    if not found or found[0]:
        return None
    subject, verb = found[1], found[2]
    each = re.search(r" (each|both|all)$", subject)  # "Lee and Hart each face": "They each also face"
    if each:
        subject, verb = subject[:each.start()], f"{each.group(1)} {verb}"
    again = _again(subject, verb)
    if not again or not any(is_verbish(t) for t in verb.split()):
        return None
    # ("each face": "They also each face"; "was charged with": "He was also charged with")
    verb_words = verb.split()
    helper = 1 if verb_words[0].lower() in ("is", "are", "was", "were", "has", "have", "had", "will", "would",
                                            "each", "both", "all") else 0
    second = " ".join(verb_words[:helper] + ["also"] + verb_words[helper:])
    first = finish(f"{m.group('before')} {m.group('head')} {m.group('one')}")
    told = finish(f"{again} {second} {m.group('head')} {m.group('two')}")
    return [first, told] if _whole(first) and _whole(told) else None

"""Headline grammar said as a sentence ("Acme to cut 500 jobs" -> "Acme will cut 500 jobs"), split from
briefing/grammar.py, whose clause tests it uses."""
from __future__ import annotations

import re

from .grammar import PREPOSITIONS, PRESENT_VERBS, SUBORDINATE_STARTS, is_verbish, subject_and_verb
from .vocabulary import common_words


def headline_verb(s: str) -> str:
    """Headline grammar said as a sentence: "Acme to cut 500 jobs" -> "Acme will cut 500 jobs", "Police looking
    into fire" -> "Police are looking into fire". Only a sentence with no finite verb of its own."""
    body = s.rstrip(".")
    m = re.fullmatch(r"((?:[A-Z][\w.'&-]*|[a-z][\w'-]*)(?: [\w.'&-]+){0,5}?) (to|[a-z]+ing) ([a-z][\w'-]* .+)", body)
    if not m or "," in body or any(is_verbish(t) for t in m.group(1).split()) or subject_and_verb(body):
        return s
    subject, verb, rest = m.groups()
    if not all(t[:1].isupper() or t[:1].isdigit() for t in subject.split()):
        return s  # "Jury orders landlord to pay": a lower-case word there may be the verb
    if subject.split()[0].lower() in SUBORDINATE_STARTS or subject.split()[-1].lower() in PREPOSITIONS:
        return s
    if verb != "to" and " " not in subject and subject.lower() in common_words() and not subject.lower().endswith("s") \
            and subject.lower() not in ("police", "government", "army", "council", "staff", "crew", "team", "navy"):
        return s  # "Simple hiking survival kit": one common word before the "-ing" may describe it, not do it
    if verb == "to":
        if not (is_verbish(rest.split()[0]) or rest.split()[0] in PRESENT_VERBS or rest.split()[0] in common_words()) \
                or rest.split()[0] in ("the", "a", "an", "be"):
            return s
        return f"{subject} will {rest}."
    if verb in ("during", "morning", "evening", "thing", "king", "according", "including"):
        return s
    plural = re.search(r"(?:[^siu]s|people|police)$", subject.split()[-1].lower()) is not None
    return f"{subject} {'are' if plural else 'is'} {verb} {rest}."

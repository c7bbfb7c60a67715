"""Verbs the word lists do not know, told by their shape and place: "Evacuation orders cover ...", "CargoMind
brings ...", and subjects that open with a word that may also open a phrase ("About 180,000 passengers",
"That new law"). Used by briefing/grammar.py, which imports this module (so grammar's own names are taken
inside the functions here).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import common_words

# "About 180,000 passengers use ...", "More than 300 homes were ...": a count opens the subject, not a phrase
QUANTITY_OPENING = re.compile(r"(?:about|around|over|nearly|almost|roughly|some|up to|more than|fewer than|less than"
                              r"|at least|just over|just under|close to) [$\u00a3\u20ac]?\d[\d,.]*%? "
                              r"(?!percent\b|per cent\b)(?:[a-z][\w'-]* ){0,3}?"
                              r"(?!of\b|in\b|(?:second|minute|hour|day|week|month|year|decade)s\b)[a-z][\w'-]*s\b",
                              re.IGNORECASE)


def opens_with_quantity(part: str) -> bool:
    """A count ("About 180,000 passengers") or a pointing word before a noun ("That new law", "Those
    figures"): the subject starts here, though "about" and "that" may also open a phrase or a clause."""
    part = part.lstrip('"')
    if QUANTITY_OPENING.match(part):
        return True
    from .grammar import is_verbish
    m = re.match(r"(?:That|Those) ([a-z][\w'-]*) ", part)
    return m is not None and not is_verbish(m.group(1)) and m.group(1) not in closed_words()


@lru_cache(maxsize=None)
def closed_words() -> frozenset[str]:
    """Small words of fixed classes (prepositions, conjunctions, determiners, pronouns, common adverbs): never a
    verb the lists do not know."""
    from .grammar import NOUN_PHRASE_STOPS, PREPOSITIONS, SKIPPABLE, SUBJECT_STOPS, SUBORDINATE_STARTS
    from .words import FUNCTION_WORDS
    return frozenset(FUNCTION_WORDS | PREPOSITIONS | SUBORDINATE_STARTS | SUBJECT_STOPS | NOUN_PHRASE_STOPS | SKIPPABLE
                     | {"between", "among", "per", "each", "every", "such", "same", "other", "own", "very", "only",
                        "just", "even", "than", "then", "there", "here", "this", "that", "alone", "together", "ago",
                        "away", "back", "across", "like", "unlike", "including", "except", "whose", "what", "how"})


SINGULAR_BEFORE = {"a", "an", "one", "another", "each", "every", "this", "that"}


def plural_then_present(noun: str, word: str, before: str = "") -> bool:
    """'orders cover', 'passengers use', 'farmers fear': a lower-case plural noun, then a plain common word that
    is no function word, adverb or "-ing"/"-ed"/"-s" word: the present verb of a plural subject. Not after "a"
    or "each": "a sports drink", "a savings account" is one noun."""
    if before.lower() in SINGULAR_BEFORE:
        return False
    closed = closed_words()
    common = common_words()
    if not (re.fullmatch(r"[a-z]{3,}[^su']s", noun) and noun not in closed and re.fullmatch(r"[a-z]{3,}", word)
            and word not in closed and not word.endswith(("s", "ing", "ly", "ed")) and word in common):
        return False
    # the noun is the plural of a common word ("always", "news" are not), and the word after it has verb forms
    # in use ("cover": "covered"; "twice", "between" have none)
    singular = noun[:-2] if noun.endswith("es") and noun[:-2] in common else noun[:-1]
    return singular in common and noun not in ("news", "always", "series", "means") \
        and any(form in common for form in verb_forms(word))


def singular_then_present(noun: str, word: str) -> bool:
    """'office enforces', 'council meets': a lower-case singular noun, then an "-s" word whose stem has verb
    forms in use ("enforce": "enforced")."""
    common = common_words()
    if not re.fullmatch(r"[a-z]{3,}", noun) or noun.endswith("s") or noun in closed_words() or noun not in common:
        return False
    return third_person_verb(word)


def third_person_verb(word: str) -> bool:
    """'brings', 'enforces', 'matches': an "-s" word whose stem has verb forms in use ("bringing")."""
    if not re.fullmatch(r"[a-z]{3,}s", word) or word.endswith(("ss", "us", "is")):
        return False
    common = common_words()
    stems = [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
    return any(stem not in closed_words() and any(form in common for form in verb_forms(stem)) for stem in stems)


def verb_forms(word: str) -> list[str]:
    """The -ed and -ing forms a verb could have: "cover" -> covered, covering; "stop" -> stopped, stopping."""
    forms = [word + "ed", word + "ing", word + word[-1] + "ed", word + word[-1] + "ing"]
    if word.endswith("e"):
        forms += [word + "d", word[:-1] + "ing"]
    return forms

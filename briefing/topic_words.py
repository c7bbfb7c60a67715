"""A hard topic noun said again plainly: after a story has named "the sedan" once, a later "the sedan" is
"the car".

A story about one thing names it many times, and when its name is a rare word ("sedan", "plague",
"landlord") the learner meets that hard word again and again. The first use stays (the word list and the
glossary's explanations teach it there); a later use with "the", "this", "these" ... points back at the
same thing, so the general noun it is a kind of (assets/general_nouns.tsv) says the same fact in a word the
learner knows. Left as it is: a first use, a use without a pointing word ("sedans sell well"), a use before
another noun ("the sedan market" is not "the car market"), a quote, and any general noun two hard words of
the story share ("the sedan" and "the hatchback" would both be "the car").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .grammar import PRESENT_VERBS
from .inflect import plural
from .possessive import ends_noun_phrase
from .vocabulary import GlossaryEntry, asset_lines, common_words, glossary_entries, sense_fits, told_as_sentence
from .words import FUNCTION_WORDS, an_or_a

POINTING = ("the", "this", "these", "those")  # not "that": "said that plague spreads" is plague in general
# after a singular noun, "goes", "takes", "makes": its verb ("the sedan goes on sale")
SINGULAR_VERBS = {w for w in PRESENT_VERBS if w.endswith("s")} | {"goes", "does", "says", "gets", "comes"}
# describing words that may stand between: "the new sedan" -> "the new car"; a hyphened one ("all-new") too,
# but not a noun ("the sports sedan" is not "the sports car")
PLAIN_DESCRIBING = ("new", "old", "same", "whole", "big", "small", "large", "latest", "first", "second", "last",
                    "deadly", "rare", "red", "white", "black", "blue")


@cache
def _pairs() -> dict[str, str]:
    """Hard noun -> general noun, both singular, as written in the table."""
    pairs: dict[str, str] = {}
    for line in asset_lines("general_nouns.tsv"):
        cols = [c.strip().lower() for c in line.split("\t")]
        if len(cols) >= 2 and cols[0] and cols[1]:
            pairs[cols[0]] = cols[1]
    return pairs


@cache
def _cues() -> dict[str, tuple[str, ...]]:
    """Hard noun -> the cue words of its sense, for a hard noun with two senses of which only one is a kind of
    the general noun (a computer "simulation" is a model, a fire drill "simulation" is not): the third column."""
    cues: dict[str, tuple[str, ...]] = {}
    for line in asset_lines("general_nouns.tsv"):
        cols = [c.strip().lower() for c in line.split("\t")]
        if len(cols) >= 3 and cols[0] and cols[2]:
            cues[cols[0]] = tuple(c for c in cols[2].split("|") if c)
    return cues


def _in_its_sense(hard: str, story_text: str) -> bool:
    """Whether the story uses the hard noun in the sense its general noun names (always, for a noun with one)."""
    return sense_fits(GlossaryEntry(hard, "", cues=_cues().get(hard, ())), story_text)


@cache
def general_nouns() -> dict[str, tuple[str, str]]:
    """Each form of a hard noun (singular and plural) -> (its singular, the general noun in the same number).
    A plural whose general plural is not a common word itself ("storms") is left out."""
    table: dict[str, tuple[str, str]] = {}
    for hard, general in _pairs().items():
        for hard_form, general_form in ((hard, general), (plural(hard), plural(general))):
            if general_form in common_words():
                table.setdefault(hard_form, (hard, general_form))
    return table


def _hard_nouns_in(text: str) -> set[str]:
    """The hard nouns (as singulars) a text uses in lower case."""
    table = general_nouns()
    return {table[w][0] for w in re.findall(r"\b[a-z]+\b", text) if w in table}


def _shared_generals(story: Sequence[str]) -> set[str]:
    """General nouns that two different hard nouns of the story would both become."""
    by_general: dict[str, set[str]] = {}
    for hard in _hard_nouns_in(" ".join(story)):
        by_general.setdefault(_pairs()[hard], set()).add(hard)
    return {general for general, hards in by_general.items() if len(hards) > 1}


def _ends_here(follower: str, singular: bool) -> bool:
    """Whether the noun phrase ends before the next word: a verb ("goes" after a singular) or a small word."""
    return ends_noun_phrase(follower) or singular and follower in SINGULAR_VERBS or follower in FUNCTION_WORDS


def name_again_plainly(story: Sequence[str], renamed: set[str] | None = None) -> list[str]:
    """The story's sentences with each later pointing use of a hard topic noun said as its general noun.
    renamed, when given, collects the hard nouns (singular) said again so."""
    table = general_nouns()
    if not table:
        return list(story)
    shared = _shared_generals(story)
    other_sense = {hard for hard in _hard_nouns_in(" ".join(story)) if not _in_its_sense(hard, " ".join(story))}
    nouns = "|".join(map(re.escape, sorted(table, key=len, reverse=True)))
    pattern = re.compile(rf"\b({'|'.join(POINTING)}) ((?:[a-z]+-[a-z]+|{'|'.join(PLAIN_DESCRIBING)}) )?({nouns})\b"
                         r"(?!['-])", re.IGNORECASE)
    said: set[str] = set()
    out: list[str] = []
    for sentence in story:
        quoted = [m.span() for m in re.finditer(r'"[^"]*"', sentence)]

        def general(m: re.Match[str]) -> str:
            word = m.group(3)
            if not word.islower() or any(a <= m.start() < b for a, b in quoted):
                return m.group(0)
            hard, plain = table[word]
            if hard not in said or _pairs()[hard] in shared or hard in other_sense:
                return m.group(0)
            follower = re.match(r" ([A-Za-z][a-z'-]*)", sentence[m.end():])
            if follower and not _ends_here(follower.group(1), singular=word == hard):
                return m.group(0)  # "the sedan market": maybe a describing use, not the thing itself
            if renamed is not None:
                renamed.add(hard)
            return f"{m.group(1)} {m.group(2) or ''}{plain}"

        out.append(pattern.sub(general, sentence))
        said |= _hard_nouns_in(sentence)
    return out



# general nouns for things counted without "a" ("Cholera is a disease", not "A cholera is ...")
UNCOUNTED_GENERALS = {"disease", "illness"}


def kind_of(hard: str) -> str:
    """The sentence that ties a hard topic noun to the general noun the story says later: "A sedan is a kind
    of car." (so "the car" two lines on is the sedan); "Cholera is a disease." for an illness.
    """
    general = _pairs()[hard]
    if general in UNCOUNTED_GENERALS:
        return f"{hard[:1].upper()}{hard[1:]} is {an_or_a(general)} {general}."
    return f"{an_or_a(hard).capitalize()} {hard} is a kind of {general}."



def tie(hard: str) -> tuple[str, str]:
    """The glossary meaning of a hard topic noun and the sentence that ties it to its general noun: the
    glossary's own sentence when it names the general noun ("A simulation is a computer model of how something
    works." before "the model"), as it teaches more, else kind_of ("A sedan is a kind of car.")."""
    general = _pairs()[hard]
    for entry in glossary_entries().get(hard, []):
        for sentence in (entry.explain, told_as_sentence(entry)):
            if sentence and re.search(rf"\b{re.escape(general)}\b", sentence):
                return entry.meaning, sentence
    return f"kind:{hard}", kind_of(hard)


@cache
def lesson_sentences() -> frozenset[str]:
    """Every sentence a story may say to explain a word (briefing.writers.word_list.explain_first_use): the
    glossary's own, its meanings said as sentences, and the hard topic nouns tied to their general nouns. They
    teach a word, so they are never a main point of the news (writers/recap.py)."""
    said = {e.explain for found in glossary_entries().values() for e in found if e.explain}
    said |= {s for found in glossary_entries().values() for e in found if (s := told_as_sentence(e))}
    return frozenset(said | {kind_of(hard) for hard in _pairs()})

"""Word lists the script writer and its checks read: common words, plain substitutions, the glossary.

All three are small committed text files in briefing/assets/, so nothing is needed at run time beyond the
standard library (the evaluation script measures with wordfreq itself; this list is its offline stand-in).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

WORD_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def _asset_lines(name: str) -> list[str]:
    text = resources.files("briefing").joinpath("assets", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def common_words() -> frozenset[str]:
    """Lower-case words with wordfreq Zipf frequency >= 4.0 (see scripts/make_common_words.py)."""
    return frozenset(line.strip() for line in _asset_lines("common_words.txt"))


@cache
def _ranks() -> dict[str, int]:
    return {w.strip(): i for i, w in enumerate(_asset_lines("common_words.txt"))}


def frequency_rank(word: str) -> int:
    """0 for the most frequent English word; len(list) for a word outside the common list."""
    ranks = _ranks()
    return ranks.get(word.lower(), len(ranks))


def is_common(word: str) -> bool:
    return word.lower() in common_words()


@cache
def substitutions() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over every hard word or phrase (longest first, so "a slew of" wins over "slew"),
    and the lower-case lookup for its plain replacement. One pass, so replacements are never replaced."""
    table: dict[str, str] = {}
    for line in _asset_lines("plain_words.tsv"):
        hard, _, plain = line.partition("\t")
        if hard.strip():
            table[hard.strip().lower()] = plain.strip()
    alternatives = "|".join(re.escape(h) for h in sorted(table, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE), table


@dataclass(frozen=True)
class GlossaryEntry:
    word: str  # as it appears in the script, lower case unless it is a name ("Taliban")
    meaning: str  # completes '"word" means ...'; plain words only
    explain: str = ""  # a sentence said after the word's first use in a story, for words that must stay


@cache
def glossary() -> dict[str, GlossaryEntry]:
    entries = {}
    for line in _asset_lines("glossary.tsv"):
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) >= 2 and cols[0] and cols[1]:
            entries[cols[0].lower()] = GlossaryEntry(cols[0], cols[1], cols[2] if len(cols) > 2 else "")
    return entries


@cache
def idioms() -> re.Pattern[str]:
    """One pattern over the committed idiom list: a sentence with any of them is not plain English."""
    phrases = [line.strip() for line in _asset_lines("idioms.txt")]
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.IGNORECASE)


def lower_tokens(text: str) -> list[str]:
    """The tokens the vocabulary figure counts: all-lower-case words (names and numbers aside)."""
    out = []
    for tok in WORD_RE.findall(text.replace("\u2019", "'")):
        for part in tok.split("-"):
            if part and part == part.lower():
                out.append(part)
    return out


def common_share(text: str) -> float:
    """Share of lower-case word tokens found in the common-word list (1.0 for no tokens)."""
    toks = lower_tokens(text)
    if not toks:
        return 1.0
    common = common_words()
    return sum(1 for t in toks if t in common) / len(toks)

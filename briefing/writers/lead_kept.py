"""The names and numbers of each article's opening that a script says: no easing pass may trade one away.

The grade and words passes (writers/ease.py) never pass over a line of the first paragraphs, but a trade
refills the story budgets, and a budget settled again may leave out a long opening line that the pass did
not choose ("X said he is honoured to serve as President and CEO"). The opening's who, where, when and how
many are the main facts the issue asks for, so a trade that loses one of them is no trade.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..checks import measured_sentences
from ..models import Script

if TYPE_CHECKING:
    from .selection import Draft

OPENING_PARAGRAPHS = 2
SHORT_PIECE_WORDS = 3  # a dateline or a byline of three words or fewer is not the opening paragraph

# a name is a capitalised word that does not start a sentence; a number is any figure
NAME = re.compile(r"(?<![.!?\"\u201c]\s)(?<!^)\b[A-Z][a-z]+(?:[A-Z][a-z]+)*\b")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def opening_facts(drafts: list["Draft"]) -> frozenset[str]:
    """The names and numbers of the first paragraphs of every article told."""
    facts: set[str] = set()
    for draft in drafts:
        paragraphs = [p for p in draft.article.paragraphs if len(p.split()) > SHORT_PIECE_WORDS]
        for paragraph in paragraphs[:OPENING_PARAGRAPHS]:
            text = paragraph.replace("\u2019", "'")
            facts.update(n.replace(",", "") for n in NUMBER.findall(text))
            facts.update(m.group(0) for m in NAME.finditer(text))
    return frozenset(facts)


def facts_said(script: Script, facts: frozenset[str]) -> frozenset[str]:
    said = " ".join(measured_sentences(script)).replace("\u2019", "'").replace(",", "")
    return frozenset(f for f in facts if re.search(rf"\b{re.escape(f)}\b", said))


class OpeningKept:
    """Tells whether a trial script still says every fact of the opening that the script before it said."""

    def __init__(self, drafts: list["Draft"]) -> None:
        self.facts = opening_facts(drafts)

    def __call__(self, trial: Script, script: Script) -> bool:
        return facts_said(script, self.facts) <= facts_said(trial, self.facts)


# --- the lines the easing passes never trade (their facts are the opening's, or they name someone first) ---

NAME_WORD = re.compile(r"(?<=[a-z,] )[A-Z][A-Za-z'-]+")


def _introduces(sentence: str, before: list[str], after: list[str]) -> bool:
    """The sentence is the first to name someone the story names again ("Kremlin spokesman Dmitry Peskov
    said ..." before "Peskov was asked ..."): leaving it out would leave a stranger in the story."""
    names = set(NAME_WORD.findall(sentence)) | {sentence.split(" ", 1)[0]}
    earlier = " ".join(before)
    later = " ".join(after)
    return any(re.search(rf"\b{re.escape(n)}\b", later) and not re.search(rf"\b{re.escape(n)}\b", earlier)
               for n in names if n[:1].isupper())


def _facts(text: str) -> set[str]:
    """Names and numbers: the who, where, when and how many of a text."""
    return set(NAME_WORD.findall(text)) | set(re.findall(r"\d[\d,.]*\d|\d", text))


def _only_home_of_a_lead_fact(sentence: str, lead_facts: set[str], story: list[str]) -> bool:
    """A later line may be the only one that still carries a fact of the article's opening (when the
    opening sentence itself could not be said): it stays."""
    elsewhere = _facts(" ".join(s for s in story if s != sentence))
    return bool((_facts(sentence) & lead_facts) - elsewhere)

"""Cheap offline checks of a script: sentence length, common vocabulary, faithfulness to the articles.

The plain writer is built to pass them; the LLM writer's output must pass them or the build falls back.
Measured over everything but the fixed welcome and goodbye. The evaluation script measures the same
things with textstat and wordfreq (briefing/readability.py); these stand-ins need only the standard library.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .models import Article, Script
from .vocabulary import common_share, common_words

MAX_WORDS = 22
MAX_MEAN_WORDS = 14.0
MIN_COMMON_SHARE = 0.96
FIXED_KINDS = ("intro", "outro")
NUMBER_RE = re.compile(r"\d+(?:[.,:]\d+)*")
NAME_RE = re.compile(r"\b[A-Z][A-Za-z'-]*")


@dataclass
class CheckResult:
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def __str__(self) -> str:
        return "; ".join(self.problems) if self.problems else "ok"


def measured_sentences(script: Script) -> list[str]:
    return [s for seg in script.segments if seg.kind not in FIXED_KINDS for s in seg.sentences]


def article_text(articles: list[Article]) -> str:
    return "\n\n".join(f"{a.title}\n\n{a.body}" for a in articles).replace("\u2019", "'")


def numbers_in(text: str) -> set[str]:
    return {n.replace(",", "") for n in NUMBER_RE.findall(text)}


def names_in(text: str) -> set[str]:
    """Capitalised words in the text, with and without a possessive 's."""
    found = set()
    for w in NAME_RE.findall(text.replace("\u2019", "'")):
        found.add(w)
        found.add(re.sub(r"'s?$", "", w))
        found.update(p for p in w.split("-") if p)
    return found


def unsupported(sentences: list[str], articles: list[Article]) -> list[str]:
    """Numbers and names in the sentences that the articles never use: they would be invented."""
    source = article_text(articles)
    source_numbers = numbers_in(source)
    source_names = names_in(source)
    lower_source = set(re.findall(r"[a-z]+", source.lower()))
    common = common_words()
    bad: list[str] = []
    for sentence in sentences:
        bad += sorted(n for n in numbers_in(sentence) if n not in source_numbers)
        for i, m in enumerate(NAME_RE.finditer(sentence.replace("\u2019", "'"))):
            word = re.sub(r"'s?$", "", m.group(0))
            if word in source_names or all(p in source_names for p in word.split("-") if p):
                continue
            sentence_start = m.start() == 0 or sentence[:m.start()].rstrip().endswith((".", ":", '"'))
            if sentence_start and (word.lower() in common or word.lower() in lower_source):
                continue  # an ordinary word that starts the sentence
            bad.append(word)
    return bad


def check_script(script: Script, articles: list[Article]) -> CheckResult:
    result = CheckResult()
    sentences = measured_sentences(script)
    if not sentences:
        result.problems.append("no sentences")
        return result
    lengths = [len(s.split()) for s in sentences]
    if max(lengths) > MAX_WORDS:
        longest = sentences[lengths.index(max(lengths))]
        result.problems.append(f"sentence of {max(lengths)} words (limit {MAX_WORDS}): {longest[:60]!r}")
    mean = sum(lengths) / len(lengths)
    if mean > MAX_MEAN_WORDS:
        result.problems.append(f"mean sentence length {mean:.1f} words (limit {MAX_MEAN_WORDS})")
    share = common_share(" ".join(sentences))
    if share < MIN_COMMON_SHARE:
        result.problems.append(f"common words {share:.0%} (need {MIN_COMMON_SHARE:.0%})")
    bad = unsupported(sentences, articles)
    if bad:
        result.problems.append(f"names or numbers not in the article: {', '.join(sorted(set(bad))[:8])}")
    return result

"""Cheap offline checks of a script: sentence length, common vocabulary, faithfulness to the articles.

The plain writer is built to pass them; the LLM writer's output must pass them or the build falls back.
Measured over everything but the fixed welcome and goodbye. The evaluation script measures the same
things with textstat and wordfreq (briefing/readability.py); these stand-ins need only the standard library.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .grammar import NOT_VERBS_AFTER_SUBJECT, PLURAL_SUBJECTS
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


JOINING_WORDS = {"or", "nor", "which", "whom", "whose"}  # "And"/"But"/"So" open spoken sentences well
DANGLING_ENDS = {
    "the", "a", "an", "and", "or", "but", "which", "its", "their", "our", "whose", "between", "whether", "than",
}  # "harder to come by", "sort of", "agrees with" end well, so prepositions are not here
FINITE_HINTS = {
    "is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "can", "could", "may", "might",
    "shall", "should", "must", "did", "does", "do", "said", "says", "told", "went", "came", "got", "made",
    "took", "gave", "found", "left", "won", "lost", "met", "ran", "saw", "began", "became", "kept", "held",
    "led", "sent", "spent", "built", "paid", "put", "set", "cut", "hit", "felt", "brought", "bought",
    "thought", "fell", "rose", "grew", "knew", "stood", "sat", "wrote", "spoke", "chose", "fled", "fought",
    "sold", "taught", "caught", "shot", "ate", "drew", "threw", "beat", "struck", "let", "hurt", "cost",
    "drove", "sought", "woke", "rode", "rang", "sang", "swam", "wore", "hid", "bit", "bled", "bent", "bound",
    "bred", "clung", "crept", "dealt", "dug", "dove", "fed", "fit", "flung", "forbade", "forgave", "froze",
    "ground", "hung", "lay", "laid", "lent", "lit", "meant", "mistook", "overcame", "oversaw", "quit", "read",
    "rid", "sank", "shook", "shone", "shut", "slept", "slid", "sped", "spun", "split", "spread", "sprang",
    "stole", "stuck", "stung", "strove", "swept", "swore", "swung", "tore", "underwent", "undertook", "upheld",
    "withdrew", "withheld", "wound", "wove", "wept", "heard", "understood", "knew", "told", "dreamt", "leapt",
}
NOUN_MARKERS = {
    "a", "an", "the", "of", "in", "on", "at", "for", "to", "with", "by", "from", "before", "after", "his", "her",
    "its", "their", "our", "my", "your", "some", "many", "few", "several", "these", "those", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "hundred",
}
SUBJECT_PRONOUNS = {"i", "we", "they", "you", "he", "she", "it", "there", "people", "this", "that"}
BARE_ATTRIBUTION_RE = re.compile(r"^[\w.'’ -]{1,50}? (?:said|says|added|told reporters|explained)\.$")
BROKEN_QUOTE_RE = re.compile(r"\b(?:said|says|added), (?:is|are|was|were|has|have|had|will|would)\b")


def _looks_finite(tokens: list[str]) -> bool:
    """Some word that can be a finite verb: an auxiliary, a past form, or a present form after a subject."""
    lower = [t.lower() for t in tokens]
    if any(t in FINITE_HINTS or t.endswith("ed") or t.endswith("n't") for t in lower):
        return True
    if lower and (lower[0] in SUBJECT_PRONOUNS or (len(lower) >= 3 and lower[0].endswith("s"))):
        return True  # "They battle to win.", "Vaccines protect people.": a subject, then its verb
    if any(a in PLURAL_SUBJECTS and b not in NOT_VERBS_AFTER_SUBJECT for a, b in zip(lower, lower[1:])):
        return True  # "About 400 people swim there.": a plural subject, then its present verb
    if len(lower) >= 2 and lower[0] in {"the", "these", "those", "many", "some", "most", "all"} and lower[1].endswith("s"):
        return True  # "The writers rate ...": a plural subject is followed by a present verb
    # "The city plans ...": an -s word can be a present verb, unless a determiner, a preposition or a
    # number shows it is a plural noun ("thirty minutes", "in the streets")
    return any(
        t.endswith("s") and len(t) > 3 and not (prev in NOUN_MARKERS or prev[:1].isdigit())
        for prev, t in zip(lower, lower[1:])
    )


def odd_sentences(sentences: list[str]) -> list[tuple[str, str]]:
    """Sentences a listener would hear as broken, each with the reason: a cheap lint, not a parser.

    It catches what rule-based rewriting tends to leave behind: a piece that starts mid-clause, a bare
    "The agency said.", a cut-off ending, a lower-cased name at the start, a quote joined back wrongly.
    The plain writer never speaks a flagged sentence; the evaluation script counts them.
    """
    odd: list[tuple[str, str]] = []
    seen: set[str] = set()
    for sentence in sentences:
        text = sentence.strip()
        tokens = re.findall(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.:%]*", text)
        words_only = [t for t in tokens if t[0].isalpha()]
        last = tokens[-1].lower() if tokens else ""
        reason = ""
        if not text:
            reason = "empty"
        elif text[0].isalpha() and text[0].islower():
            reason = "starts in lower case"
        elif not re.search(r"[.!?][\"'”’)]?$", text):
            reason = "no end mark"
        elif len(tokens) < 3:
            reason = "too short"
        elif words_only and words_only[0].lower() in JOINING_WORDS:
            reason = f"starts with {words_only[0]!r}"
        elif BARE_ATTRIBUTION_RE.match(text):
            reason = "bare attribution"
        elif BROKEN_QUOTE_RE.search(text):
            reason = "quote joined back wrongly"
        elif last in DANGLING_ENDS and not text.endswith("?"):
            reason = f"ends on {last!r}"
        elif text.count('"') % 2 or text.count("“") != text.count("”") or text.count("(") != text.count(")"):
            reason = "unbalanced quotes or brackets"
        elif not _looks_finite(tokens):
            reason = "no verb"
        elif text.lower() in seen:
            reason = "repeated"
        seen.add(text.lower())
        if reason:
            odd.append((sentence, reason))
    return odd


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

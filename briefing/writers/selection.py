"""Which draft lines a story keeps: the lead paragraphs whole, then the rest in article order to a word budget.

A story is told in the article's order and never has a hole in its middle for a reason the listener
cannot hear: later sentences are left out only when the budget is spent, when they are page furniture,
or (while the budget can be met with easier ones) when they are thick with uncommon words.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..checks import odd_sentences
from ..clauses import words
from ..models import Article

LEAD_WORDS = 45
LEAD_MAX_WORDS = 120
MAX_RARE_SHARE = 0.12
LEANING_STARTS = {"they", "he", "she", "it", "this", "that", "these", "those", "but", "so"}
SAID_THIS = re.compile(r"\b(?:said|says|reported|reports|showed|shows|found|finds|announced) (?:this|so)\b")
# Lines a page adds around the story, in any language of the news: where it was first published, where
# the story goes on, credits. They say nothing about the news.
FURNITURE = re.compile(
    r"^(?:(?:This (?:story|article) was )?(?:originally|first) (?:published|appeared)\b"
    r"|(?:The )?(?:story|article) continues\b|Continue reading\b|Advertisement\b|Related:|Image:|Photo:"
    r"|Copyright\b|All rights reserved\b|Reporting by\b|Editing by\b|Additional reporting\b)", re.IGNORECASE)


@dataclass
class Line:
    text: str
    paragraph: int
    rare: int  # lower-case words outside the common list
    group: int = 0  # the article sentence it came from: explanations never go between its pieces
    odd: str = ""  # why a listener would hear it as broken (briefing.checks.odd_sentences); never said


@dataclass
class Draft:
    article: Article
    headline: list[str]
    lines: list[Line]
    names: set[str] = field(default_factory=set)

    @property
    def odd_lines(self) -> list[Line]:
        """Lines the broken-sentence check flagged: the writer skips them, the count says how many."""
        return [ln for ln in self.lines if ln.odd]

    @property
    def lead(self) -> list[Line]:
        """The opening paragraphs (at least LEAD_WORDS words, at most three paragraphs and LEAD_MAX_WORDS):
        the main facts live there. A page with no paragraph breaks still gets a lead of a few sentences."""
        return [ln for ln in self.lead_span if id(ln) not in self.lead_skipped]

    @property
    def lead_span(self) -> list[Line]:
        """The lines the lead is taken from, skipped ones included (the optional lines start after them)."""
        span: list[Line] = []
        paragraphs: list[int] = []
        total = 0
        for ln in self.lines:
            if ln.paragraph not in paragraphs:
                if total >= LEAD_WORDS or len(paragraphs) == 3:
                    break
                paragraphs.append(ln.paragraph)
            if total >= LEAD_MAX_WORDS:
                break
            span.append(ln)
            total += words(ln.text)
        return span

    @property
    def lead_skipped(self) -> set[int]:
        """Past the first LEAD_WORDS words, a lead sentence with two or more uncommon words is left out
        (with any "This was ..." piece that leans on it): the main facts come first, the detail is optional."""
        skipped: set[int] = set()
        total = 0
        previous: Line | None = None
        for ln in self.lead_span:
            leans = previous is not None and previous.group == ln.group and id(previous) in skipped \
                and opens_with_reference(ln.text)
            if total >= LEAD_WORDS and (ln.rare >= 2 or leans):
                skipped.add(id(ln))
            total += words(ln.text)
            previous = ln
        return skipped


def opens_with_reference(sentence: str) -> bool:
    """Does the sentence lean on the one before it ("This was after ...", "They said ...", "A study
    published Wednesday said this.": without the line before, "this" points at another fact)?"""
    return sentence.split()[0].lower() in LEANING_STARTS or SAID_THIS.search(sentence) is not None


# a person's title with the name cut off: "Dr said ...", "Mr also said ..."
TITLE_WITHOUT_NAME = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Gov|Sen|Rep|Supt|St)\.?(?= (?:also )?(?:said|says|told|added)\b"
                                r"|[.!?]?$)")


def odd_reason(sentence: str) -> str:
    """Why the broken-sentence check flags this one sentence ("" when it reads as whole)."""
    flagged = odd_sentences([sentence])
    if flagged:
        return flagged[0][1]
    return "title without a name" if TITLE_WITHOUT_NAME.search(sentence) else ""


def is_furniture(sentence: str) -> bool:
    """A line the page put around the story ("Originally published on ...", "Story continues below ...")."""
    return bool(FURNITURE.match(sentence))


def _word_syllables(word: str) -> int:
    """A rough syllable count (vowel groups, silent final e): enough to rank sentences by ease."""
    w = word.lower()
    n = len(re.findall(r"[aeiouy]+", w))
    if w.endswith("e") and not w.endswith(("le", "ee")) and n > 1:
        n -= 1
    return max(1, n)


def syllables(sentence: str) -> tuple[int, int]:
    """(syllables, words) of a sentence by the rough count."""
    toks = re.findall(r"[A-Za-z]+", sentence)
    return sum(_word_syllables(t) for t in toks), len(toks)


def syllables_per_word(sentence: str) -> float:
    total, n_words = syllables(sentence)
    return total / n_words if n_words else 0.0


def reading_grade(sentences: list[str]) -> float:
    """The Flesch-Kincaid grade with the rough syllable count: close to textstat's (the evaluation's),
    near enough to steer by; the package keeps textstat out of its run-time dependencies."""
    counts = [syllables(s) for s in sentences if s.strip()]
    n_words = sum(w for _, w in counts)
    if not counts or not n_words:
        return 0.0
    return 0.39 * n_words / len(counts) + 11.8 * sum(sy for sy, _ in counts) / n_words - 15.59


# Passes over the optional sentences, strictest first: uncommon words allowed, syllables per word allowed.
# A long article fills its budget in the first pass with the easiest sentences; a short one needs the last.
EASE_PASSES = ((0, 1.7), (0, 9.0), (1, 1.7), (1, 9.0), (2, 9.0))


def _easy_enough(ln: Line, n_pass: int) -> bool:
    allowed = EASE_PASSES[:n_pass]  # each pass takes what the earlier ones took, and more
    syllables = syllables_per_word(ln.text)
    if not any(ln.rare <= max_rare and syllables <= max_syllables for max_rare, max_syllables in allowed):
        return False
    share = ln.rare / max(1, words(ln.text))
    return ln.rare <= 1 or share <= MAX_RARE_SHARE  # two uncommon words in a short sentence are too many


def select_lines(draft: Draft, budget: int, flagged: Callable[[str], bool] | None = None) -> list[Line]:
    """The lead paragraphs whole, then later sentences in order while they fit the word budget.

    A line the broken-sentence check flagged (Line.odd), or that `flagged` marks, is never said: it is
    skipped like furniture."""
    if not draft.lines:
        return []

    def sayable(ln: Line) -> bool:
        return not ln.odd and not is_furniture(ln.text) and not (flagged and flagged(ln.text))

    lead = [ln for ln in draft.lead if sayable(ln)]
    in_lead = {id(x) for x in draft.lead}
    used = sum(words(ln.text) for ln in lead)
    picked_now = list(lead)
    for n_pass in range(1, len(EASE_PASSES) + 1):
        picked = {id(ln) for ln in lead}
        total = used
        previous: Line | None = None
        for ln in draft.lines:
            after, previous = previous, ln
            if id(ln) in in_lead or not sayable(ln):
                continue  # a lead sentence left out for its uncommon words may still come in a later pass
            if after is not None and after.group == ln.group and id(after) not in picked \
                    and opens_with_reference(ln.text):
                continue  # "This was because of ..." without the first half of its sentence
            if not _easy_enough(ln, n_pass):
                continue
            if total + words(ln.text) > budget:
                break
            picked.add(id(ln))
            total += words(ln.text)
        picked_now = [ln for ln in draft.lines if id(ln) in picked]
        if total >= budget * 0.9:
            break
    return _whole_ending(draft, picked_now)


def _whole_ending(draft: Draft, picked: list[Line]) -> list[Line]:
    """The story ends at a whole article sentence: a last line whose sentence goes on in lines the budget
    left out is dropped with the rest of its pieces, so the story never stops in the middle of a thought."""
    while len(picked) > 1:
        last = picked[-1]
        rest = [ln for ln in draft.lines if ln.group == last.group and draft.lines.index(ln) > draft.lines.index(last)]
        if not rest:
            break
        picked = [ln for ln in picked if ln.group != last.group] or picked[:1]
    return picked

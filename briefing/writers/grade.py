"""The reading grade the writer steers by: Flesch-Kincaid, counted the way the evaluation counts it.

The evaluation (briefing/readability.py) uses textstat, which looks syllables up in a pronouncing
dictionary; the package keeps that out of its run-time dependencies, so the syllables here come from
spelling rules (vowel groups, a silent final e, "-ed" and "-es" that add no syllable, vowel pairs said
apart as in "video"). Words and sentences are counted as textstat counts them: punctuation off, a figure
is a word of one syllable, a piece of two words or fewer between stops is not a sentence of its own.
"""
from __future__ import annotations

import re

# vowel pairs said as two syllables: "stadia", "video", "being", "playing", "earlier", "audience"
TWO_SOUNDS = re.compile(r"(?<![tcsgxl])i[ao](?!u)|(?<!p)eo|[aeo]y?ing|[^aeiou]ying|uo|iu|(?<![qg])ua|[aeo]yer"
                        r"|[^aeiou]i(?:er|est)s?$|ience")
# an r after a long vowel sound is a syllable of its own: "our", "hours", "fire"
R_SYLLABLE = re.compile(r"^h?ours?$|ire[sd]?$")
# a silent e inside a word built from two: "statement", "lately", "something", "someone"
INNER_SILENT_E = re.compile(r"[^aeiouy]e(?:ment|ly|ful|ness|less|thing|one|ward)s?$")


def word_syllables(word: str) -> int:
    """Syllables of one word by its spelling; an acronym with no vowel ("NHS") counts as one, as textstat does."""
    w = word.lower()
    n = len(re.findall(r"[aeiouy]+", w))
    if not n:
        return 1
    n += len(TWO_SOUNDS.findall(w)) + len(R_SYLLABLE.findall(w))
    if re.search(r"[^aeiouy]e$", w) and not re.search(r"[^aeiouyl]le$", w) and n > 1:
        n -= 1  # a silent final e: "make", "while"; not "table"
    elif re.search(r"[^aeiouycgszxhl]es$|[aeiouy]les$", w) and n > 1:
        n -= 1  # "games", "times", "miles"; not "places", "boxes", "titles"
    elif re.search(r"[^aeiouytd]ed$", w) and n > 1:
        n -= 1  # "planned", "asked"; not "created", "ended"
    if INNER_SILENT_E.search(w) and n > 2:
        n -= 1
    return max(1, n)


def tokens(text: str) -> list[str]:
    """The words of a text with the punctuation taken off: "U.S." is one word, "$17" is "17"."""
    return re.sub(r"[^\w\s']", "", text).split()


def token_syllables(token: str) -> int:
    letters = re.sub(r"[^A-Za-z]", "", token)
    return word_syllables(letters) if letters else 1


def sentence_count(text: str) -> int:
    """Pieces between stops, leaving out pieces of two words or fewer ("Goodbye!", the "U." of "U.S.")."""
    pieces = re.findall(r"\b[^.!?]+[.!?]*", text)
    return max(1, sum(1 for p in pieces if len(tokens(p)) > 2))


def syllables(sentence: str) -> tuple[int, int]:
    """(syllables, words) of a text."""
    toks = tokens(sentence)
    return sum(token_syllables(t) for t in toks), len(toks)


def syllables_per_word(sentence: str) -> float:
    total, n_words = syllables(sentence)
    return total / n_words if n_words else 0.0


def reading_grade(sentences: list[str]) -> float:
    """The Flesch-Kincaid grade of the sentences said one after another."""
    text = " ".join(s for s in sentences if s.strip())
    n_syllables, n_words = syllables(text)
    if not n_words:
        return 0.0
    return 0.39 * n_words / sentence_count(text) + 11.8 * n_syllables / n_words - 15.59

"""The reading grade the writer steers by: Flesch-Kincaid, counted the way the evaluation counts it.

The evaluation (briefing/readability.py) uses textstat, which looks syllables up in a pronouncing
dictionary; the package keeps that out of its run-time dependencies, so the syllables here come from
spelling rules (vowel groups, a silent final e, "-ed" and "-es" that add no syllable, vowel pairs said
apart as in "video"). Words and sentences are counted as textstat counts them: punctuation off, a figure
is a word of one syllable, a piece of two words or fewer between stops is not a sentence of its own.
"""
from __future__ import annotations

import re

# vowel pairs said as two syllables: "stadia", "video", "being", "playing", "earlier", "audience", "various",
# "area", "idea", "create", "Korean", "fuel", "mayor", "layout"; not the glide of "senior", "union", "opinion"
TWO_SOUNDS = re.compile(r"(?<![tcsgxl])i[ao](?![u]|n$|ns$|r$|rs$)|(?<![tcsgxl])iou|(?<!p)eo|[aeo]y?ing|[^aeiou]ying"
                        r"|uo|iu|(?<![qg])ua|[aeo]yer|ayo|[rd]eas?$|^creat|[rp]ean$|uel$"
                        r"|[^aeiou]i(?:er|est)s?$|ience")
# an r after a long vowel sound is a syllable of its own: "our", "hours", "fire"
R_SYLLABLE = re.compile(r"^h?ours?$|ire[sd]?$")
# a silent e inside a word built from two: "statement", "lately", "something", "someone", "carefully", "safety",
# "forecast", "household"
INNER_SILENT_E = re.compile(r"[^aeiouy]e(?:ment|ly|ful|fully|ness|less|thing|one|ward|ty|cast|caster|hold|holder)s?$")
# "-le", "-re" and "-led" after a consonant are syllables: "table", "centre", "metres", "struggled", "settled"
SAID_LE_RE = re.compile(r"[^aeiouyl]le$|[tbcgv]res?$|[^aeiouylrw]led$")
# everyday words of the news whose spelling hides a syllable or adds one that is not said
SAID_SYLLABLES = {"business": 2, "businesses": 3, "wednesday": 2, "wednesdays": 2, "several": 2, "evening": 2,
                  "evenings": 2, "interest": 2, "interests": 2, "interested": 3, "interesting": 3, "soldier": 2,
                  "soldiers": 2, "premier": 2, "temperature": 3, "temperatures": 3, "vegetable": 3,
                  "vegetables": 3, "chocolate": 2, "everything": 3, "behavior": 3, "behaviour": 3,
                  "behaviors": 3, "behaviours": 3, "beyond": 2, "naked": 2, "quiet": 2, "diet": 2, "client": 2,
                  "clients": 2, "science": 2, "scientist": 3, "scientists": 3, "giant": 2, "giants": 2,
                  "buyer": 2, "buyers": 2, "poem": 2, "poems": 2, "poet": 2, "poetic": 3, "reality": 4,
                  "especially": 3, "typically": 3, "basically": 3, "entirely": 4, "retired": 2}


def word_syllables(word: str) -> int:
    """Syllables of one word by its spelling; an acronym with no vowel ("NHS") counts as one, as textstat does."""
    w = word.lower()
    if w in SAID_SYLLABLES:
        return SAID_SYLLABLES[w]
    n = len(re.findall(r"[aeiouy]+", w))
    if not n:
        return 1
    n += len(TWO_SOUNDS.findall(w)) + len(R_SYLLABLE.findall(w))
    if SAID_LE_RE.search(w):
        pass  # "table", "centre", "struggled": the e is said
    elif re.search(r"[^aeiouy]e$", w) and n > 1:
        n -= 1  # a silent final e: "make", "while"
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

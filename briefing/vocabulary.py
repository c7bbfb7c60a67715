"""Word lists the script writer and its checks read: common words, plain substitutions, the glossary.

All three are small committed text files in briefing/assets/, so nothing is needed at run time beyond the
standard library (the evaluation script measures with wordfreq itself; this list is its offline stand-in).
substitutions() makes every form of the plain-word table (briefing.words); glossary_entry_for() and
glossary_in() give the glossary meaning that fits a word's part of speech in its sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .swap_table import Swap, swap_table
from .words import NOUN_BEFORE, VERB_BEFORE, an_or_a, context_pos

WORD_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def asset_lines(name: str) -> list[str]:
    text = resources.files("briefing").joinpath("assets", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def common_words() -> frozenset[str]:
    """Lower-case words with wordfreq Zipf frequency >= 4.0 (see scripts/make_common_words.py)."""
    return frozenset(line.strip() for line in asset_lines("common_words.txt"))


@cache
def _ranks() -> dict[str, int]:
    return {w.strip(): i for i, w in enumerate(asset_lines("common_words.txt"))}


def frequency_rank(word: str) -> int:
    """0 for the most frequent English word; len(list) for a word outside the common list."""
    ranks = _ranks()
    return ranks.get(word.lower(), len(ranks))


def is_common(word: str) -> bool:
    return word.lower() in common_words()


@cache
def substitutions() -> dict[str, list[Swap]]:
    """Every form of every hard word or phrase in plain_words.tsv -> its plain swaps (see briefing.words)."""
    return swap_table(tuple(asset_lines("plain_words.tsv")), common_words())


@dataclass(frozen=True)
class GlossaryEntry:
    word: str  # as it appears in the script, lower case unless it is a name ("Taliban")
    meaning: str  # completes '"word" means ...'; plain words only
    explain: str = ""  # a sentence said after the word's first use in a story, for words that must stay
    pos: str = ""  # "n", "v" or "adj" when the word is used more than one way and the meaning fits one
    # for a word with several common senses ("bank": money or river): words one of which is near when the
    # word is used in this entry's sense ("money", "loan"); empty for a word with one common sense
    cues: tuple[str, ...] = ()


@cache
def glossary_entries() -> dict[str, list[GlossaryEntry]]:
    """Every glossary line by lower-case word: a word used two ways ("rate") may have two entries."""
    entries: dict[str, list[GlossaryEntry]] = {}
    for line in asset_lines("glossary.tsv"):
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) >= 2 and cols[0] and cols[1]:
            explain = cols[2] if len(cols) > 2 else ""
            pos = cols[3] if len(cols) > 3 else ""
            cues = tuple(c.strip().lower() for c in cols[4].split("|") if c.strip()) if len(cols) > 4 else ()
            entries.setdefault(cols[0].lower(), []).append(GlossaryEntry(cols[0], cols[1], explain, pos, cues))
    return entries


@cache
def glossary() -> dict[str, GlossaryEntry]:
    """One entry a word (its first line in glossary.tsv); use glossary_entry_for() to fit a sentence."""
    return {word: found[0] for word, found in glossary_entries().items()}


def _noun_phrase_before(before: str) -> str:
    """ "n" when a determiner comes two or three words back with no verb word between ("a high rate")."""
    for word in reversed(re.findall(r"[A-Za-z']+", before)[-3:]):
        low = word.lower()
        if low in NOUN_BEFORE:
            return "n"
        if low in VERB_BEFORE or low in ("is", "are", "was", "were", "has", "have", "had"):
            return ""
    return ""


# a "to" that ties on a noun, not a verb: "close to collapse", "near to tears", "next to nothing"
TO_BEFORE_A_NOUN = re.compile(r"\b(?:close|closer|near|nearer|next)\s+to\s+$", re.IGNORECASE)


def glossary_entry_for(word: str, sentence: str) -> GlossaryEntry | None:
    """The glossary entry for a word as the sentence uses it, or None: an entry marked as a noun is not
    used for the verb ("they rate the film") and the other way round. The word before it decides
    ("the rate", "to rate"), then the word after it ("rate of", "rate the film"); when neither does, the
    first entry is used, unless the word has entries for two parts of speech."""
    found = glossary_entries().get(word.lower())
    if not found:
        return None
    m = re.search(rf"(?<![\w'-]){re.escape(word)}(?![\w'-])", sentence, re.IGNORECASE)
    pos = context_pos(sentence[:m.start()]) if m else ""
    if m and TO_BEFORE_A_NOUN.search(sentence[:m.start()]):
        pos = "n"  # "close to collapse", "thanks to funding": this "to" is no verb's
    after = sentence[m.end():] if m else ""
    if not pos and re.match(r"\s+of\b", after):
        pos = "n"  # "the rate of", "a surge of"
    if not pos and re.match(rf"\s+(?:{'|'.join(sorted(NOUN_BEFORE))})\b", after, re.IGNORECASE):
        pos = "v"  # "critics rate the film": a noun is not followed by "the"
    if not pos and m and m.start() > 0 and re.search(r"\b(?:has|have|had|was|were|is|are|been|be)\s+$",
                                                        sentence[:m.start()]):
        pos = "v"  # "has surged", "was rated"
    if not pos and m:
        pos = _noun_phrase_before(sentence[:m.start()])
    if pos:
        fitting = [e for e in found if not e.pos or e.pos == pos or e.pos == "adj" and pos == "n"]
        # two senses of one part of speech ("probe": an inquiry, a spacecraft): the one the sentence's cues show
        fitting.sort(key=lambda e: not sense_fits(e, sentence))
        return fitting[0] if fitting else None
    typed = {e.pos for e in found if e.pos}
    if len(typed) > 1:
        return None
    # one part of speech, several senses ("gas": fuel for cars, or like air): the first the sentence's cues show
    return next((e for e in found if sense_fits(e, sentence)), found[0])


def glossary_in(sentence: str) -> list[GlossaryEntry]:
    """The glossary entries a sentence uses, in order, each fitted to its part of speech: two-word entries
    ("climate change", "interest rates") first, so their words are not also taken one by one."""
    entries = glossary_entries()
    longest = max((len(w.split()) for w in entries), default=1)
    toks = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", sentence))
    found: list[GlossaryEntry] = []
    i = 0
    while i < len(toks):
        for n in range(min(longest, len(toks) - i), 0, -1):
            words = [t.group(0) for t in toks[i:i + n]]
            if any(sentence[a.end():b.start()] != " " for a, b in zip(toks[i:i + n], toks[i + 1:i + n])):
                continue
            entry = glossary_entry_for(" ".join(words), sentence) if " ".join(words).lower() in entries else None
            if entry is not None:
                found.append(entry)
                i += n
                break
        else:
            i += 1
    return found


# describing words a plural meaning may start with ("huge groups of stars")
DESCRIBING = {"huge", "large", "small", "big", "young", "old", "official", "armed", "foreign", "local", "public"}


def told_as_sentence(entry: GlossaryEntry) -> str | None:
    """The glossary meaning said as a sentence of its own: "A galaxy is a huge group of stars.", "Tenants are
    people who rent a home."; None when the meaning is not a noun phrase that fits ("losing a baby ...")."""
    if entry.pos not in ("", "n") or " " in entry.word or not entry.word.islower():
        return None
    first, _, rest = entry.meaning.partition(" ")
    if first in ("a", "an") and not entry.word.endswith("s"):
        return f"{an_or_a(entry.word).capitalize()} {entry.word} is {entry.meaning}."
    head = rest.split(" ", 1)[0] if first in DESCRIBING else first
    if entry.word.endswith("s") and not entry.word.endswith("ss") and head.endswith("s") and not head.endswith("ss") \
            and len(head) > 3:
        return f"{entry.word[:1].upper()}{entry.word[1:]} are {entry.meaning}."
    return None


def sense_fits(entry: GlossaryEntry, context: str) -> bool:
    """Whether the text around a use of the word (its sentence and the one before) shows the entry's sense.

    A word with one common sense always fits. A word with several ("bank", "season", "court") fits only when
    one of its cue words is there: "bank" as a money business needs "money", "loan", "interest" ... near it,
    so a river bank is never taught as one. A cue matches its own forms too ("loan" in "loans"). A cue
    written "!word" works the other way: a use right next to that word is in another sense ("food bank")."""
    cues = [c for c in entry.cues if not c.startswith("!")]
    if _always_next_to_another_sense(entry, context):
        return False
    if not cues:
        return True
    own = entry.word.lower().split()
    for tok in re.findall(r"[a-z]+", context.lower()):
        if tok in own:
            continue
        for cue in cues:
            if tok == cue or len(cue) >= 4 and tok.startswith(cue) and len(tok) - len(cue) <= 3:
                return True
    return False


def _always_next_to_another_sense(entry: GlossaryEntry, context: str) -> bool:
    """Whether every use of the word in the context stands right next to a word that shows another sense (a
    cue written "!food": "a food bank" is no money business, "a rescue fund" saves no one from danger, "an
    appeal for witnesses" goes to no court)."""
    blockers = {c[1:] for c in entry.cues if c.startswith("!")}
    if not blockers:
        return False
    toks = re.findall(r"[a-z]+", context.lower())
    own = entry.word.lower().split()
    n = len(own)
    uses = [i for i in range(len(toks) - n + 1) if toks[i:i + n] == own
            or n == 1 and toks[i] in (own[0] + "s", own[0] + "es")]
    return bool(uses) and all(i > 0 and toks[i - 1] in blockers or i + n < len(toks) and toks[i + n] in blockers
                              for i in uses)


@cache
def idioms() -> re.Pattern[str]:
    """One pattern over the committed idiom list: a sentence with any of them is not plain English."""
    phrases = [line.strip() for line in asset_lines("idioms.txt")]
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.IGNORECASE)


def lower_tokens(text: str) -> list[str]:
    """The tokens the vocabulary figure counts: all-lower-case words (names and numbers aside)."""
    out = []
    for tok in WORD_RE.findall(text.replace("\u2019", "'")):
        for part in tok.split("-"):
            if part and part == part.lower():
                out.append(part)
    return out


def rare_count(text: str) -> int:
    """How many lower-case word tokens are not in the common-word list (the words the vocabulary figure counts
    against a line)."""
    common = common_words()
    return sum(1 for t in lower_tokens(text) if t not in common)


def common_share(text: str) -> float:
    """Share of lower-case word tokens found in the common-word list (1.0 for no tokens)."""
    toks = lower_tokens(text)
    if not toks:
        return 1.0
    common = common_words()
    return sum(1 for t in toks if t in common) / len(toks)

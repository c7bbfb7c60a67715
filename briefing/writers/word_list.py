"""The learner's words: explanations after a must-keep word's first use, and "Words in this story".

"Words in this story" teaches 3-6 of the harder words the script kept, each with a short plain meaning from
the committed glossary (briefing/assets/glossary.tsv). A word is worth teaching when it is hard (rare in
English) and central (the story uses it more than once, or in its headline or lead). Each use gets the
meaning of its part of speech ("they protest", "the protest"), two-word entries ("interest rates") are
taught as one, and a word with several common senses is taught only when a cue word of the glossary's sense
is near it (vocabulary.sense_fits: no money "bank" in a story about a river).
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from ..checks import names_in
from ..words import NOUN_BEFORE, VERB_BEFORE
from ..clauses import cap
from ..inflect import plural
from ..models import Segment
from ..topic_words import name_again_plainly, tie
from ..vocabulary import (GlossaryEntry, common_share, common_words, frequency_rank, glossary_entries, glossary_entry_for,
                          glossary_in, sense_fits, told_as_sentence)
from .grade import reading_grade
from .selection import Line, opens_with_reference

MAX_GLOSSARY = 6
MIN_GLOSSARY = 3
MAX_RARE_GLOSSARY = 3
MAX_EXPLAINED = 4
SHARE_LINE = 0.96  # the target: common words (Zipf >= 4) in the script
SHARE_MARGIN = 0.002  # a little room: the headlines and the recap are not counted here
# a script (stories, headlines, recap) with a word list of common words this far under the line stays under it
# whatever the list teaches, and a few plain swaps would not bring it over (95 %); its list still teaches up to
# MAX_RARE_UNDER of the uncommon words the story leans on
UNDER_MARGIN = 0.01
MAX_RARE_UNDER = 2
# where the stories and the word list come near the lines (96 % common words, grade 6), the list is
# filled up with short plain lessons; the headlines and the recap are not counted here, so with room to spare
PLAIN_FILL_SHARE = 0.965
PLAIN_FILL_GRADE = 5.5
# the frequency rank (briefing/assets/common_words.txt, most frequent first) of the first word under wordfreq
# Zipf 4.8: the words above it ("hospital", "village", "report", "company") a learner at A2 already knows, so
# "Words in this story" does not spend a line on them; a two-word entry ("interest rates") is taught as one
EASY_RANK = 1669
# words for a person's job that news writes with a capital before a name ("Mayor Helen Okafor")
TITLES = {"mayor", "president", "minister", "governor", "coach", "striker", "senator", "judge", "chancellor",
          "speaker", "officer", "director", "secretary", "manager", "captain", "goalkeeper", "ambassador"}
# units of power a script keeps short after a number ("400MW", "3.7 GW"): the speech engine says the word
# (briefing.spoken), so the word's meaning is told after its first use; the capitals make the unit certain
# ("mW" would be milliwatts). Spelled out in the text they would make a line longer and harder to keep.
SHORT_UNITS = {"kilowatt": "kW", "megawatt": "MW", "gigawatt": "GW", "kilowatt hour": "kWh", "megawatt hour": "MWh",
               "gigawatt hour": "GWh"}
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"]


def _named(sentence: str, word: str) -> set[str]:
    """Names a glossary sentence uses besides its own word and its capitalised first word."""
    return names_in(sentence.split(" ", 1)[1] if " " in sentence else "") - {word, cap(word)}


def explain_first_use(lines: list[Line], explained: set[str], source_names: set[str] | None = None) -> list[str]:
    """After the first sentence that uses a must-keep word (Taliban), say what it is, once.

    A hard topic noun the story later says as its general noun ("the sedan" ... "the car", briefing.topic_words)
    is tied to it where it is first said: "A sedan is a kind of car.", so the listener knows "the car" is it.
    The explanation waits for the end of all the pieces of one article sentence, and until the next
    sentence does not lean on the one before ("This was after ..."), so no "This" points at a word lesson.
    At most MAX_EXPLAINED a story, so the story stays the news and not a word lesson."""
    out: list[str] = []
    explaining = [e for found in glossary_entries().values() for e in found
                  if e.explain and (source_names is None or _named(e.explain, e.word) <= source_names)]
    entries: dict[str, tuple[str, str]] = {}
    for e in explaining:
        entries.setdefault(e.word, (e.meaning, e.explain))
    renamed: set[str] = set()
    name_again_plainly([ln.text for ln in lines], renamed)
    for hard in sorted(renamed):
        entries.setdefault(hard, tie(hard))
    optional: set[str] = set()  # told only while the story keeps its share of common words (SHARE_LINE)
    for word, told in _repeated_hard_words([ln.text for ln in lines]).items():
        if word not in entries:
            optional.add(word)
        entries.setdefault(word, told)
    story = " ".join(ln.text for ln in lines)
    patterns = {word: _first_use_pattern(word, word in renamed, re.search(rf"\b{re.escape(word)}\b", story) is not None)
                for word in entries}
    budget = MAX_EXPLAINED
    pending: list[str] = []
    lessons: list[str] = []
    previous_group: int | None = None
    before = ""
    for ln in lines:
        s = ln.text
        if pending and ln.group != previous_group and not opens_with_reference(s):
            out += pending
            pending = []
        previous_group = ln.group
        out.append(s)
        for word, (meaning, explain) in entries.items():
            if budget > 0 and word not in explained and meaning not in explained and patterns[word].search(s):
                in_sense = _in_its_sense(word, explain, explaining, f"{before} {s}")
                if in_sense is None:
                    continue  # "the tariff" of an energy price plan is not told as a tax on goods
                if word in optional and common_share(" ".join([story, *lessons, in_sense])) < SHARE_LINE + SHARE_MARGIN:
                    continue  # "A quake is an earthquake." says the uncommon word once more: not below the line
                lessons.append(in_sense)
                explained.update((word, meaning, *number_forms(word)))  # "landlords" is not told again
                pending.append(in_sense)
                budget -= 1
        before = s
    return out + pending


def _in_its_sense(word: str, explain: str, explaining: list[GlossaryEntry], context: str) -> str | None:
    """The explanation of a word in the sense the text around its first use shows, or None when the word's
    glossary sentences all name other senses. A word the glossary has no sentence for (a tie to its general
    noun, a repeated hard word already fitted to its sense) keeps its own."""
    own = [e for e in explaining if e.word == word]
    if not own or explain not in {e.explain for e in own}:
        return explain
    return next((e.explain for e in own if sense_fits(e, context)), None)


def _first_use_pattern(word: str, renamed: bool, said: bool = False) -> re.Pattern[str]:
    """Where a story first uses a word: its plural too when the story also says the word itself ("all four
    parliaments" before "parliament": the explanation comes at the first; "the southern provinces" alone is no
    reason to explain "province"), and for a unit of power its short form after a number ("400MW" is said
    "four hundred megawatts")."""
    many = rf"|\b{re.escape(plural(word))}\b" if said and word.islower() and " " not in word else ""
    pattern = rf"\b{re.escape(word)}(?:s|es)?\b" if renamed else rf"\b{re.escape(word)}\b{many}"
    short = SHORT_UNITS.get(word.removesuffix("s"))
    return re.compile(pattern + rf"|(?<=\d)\s?{short}\b" if short else pattern)


def number_forms(word: str) -> set[str]:
    """A noun's singular and plural, so the glossary's two lines ("landlord", "landlords") teach it once."""
    forms = {word, plural(word)}
    if word.endswith("s") and not word.endswith("ss"):
        forms |= {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return forms


def _repeated_hard_words(story: list[str]) -> dict[str, tuple[str, str]]:
    """Uncommon glossary words a story says at least twice, in lower case and in a sense the glossary knows, with
    the meaning and the sentence that explains each: words the story cannot do without, so the listener is told
    what they mean. A word with two senses ("probe": an inquiry, a spacecraft) is told in the one its cues show."""
    common = common_words()
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, s in enumerate(story):
        for tok in re.findall(r"(?<![\w'-])[a-z]+(?![\w'-])", s):
            counts[tok] = counts.get(tok, 0) + 1
            first.setdefault(tok, i)
    out: dict[str, tuple[str, str]] = {}
    for word, n in counts.items():
        if n < 2 or word in common or word not in glossary_entries():
            continue
        i = first[word]
        context = f"{story[i - 1] if i else ''} {story[i]}"
        entry = next((e for e in glossary_entries()[word] if sense_fits(e, context)), None)
        if entry is None or entry.explain:
            continue
        sentence = told_as_sentence(entry)
        if sentence:
            out[word] = (entry.meaning, sentence)
    return out


def _pos_from_place(tok: str, sentence: str, start: int) -> str:
    """ "n" or "v" for a word the words right around it leave open, from where it stands, or "".

    "Coach Anna Weiss": a job title before a name is a noun. "between art and industrial design.": a word
    that ends its clause after a describing word is a noun (not after a plural, "the workers protest.").
    "Finals launch in Madrid": after a plural and before a place word, a verb."""
    before = re.findall(r"[A-Za-z']+", sentence[:start])
    after = sentence[start + len(tok):]
    prev = before[-1] if before else ""
    if tok.lower() in TITLES and after.strip()[:1].isupper():
        return "n"
    if re.match(r"\s*(?:[.,;:!?]|$)", after) and prev.islower() and not prev.endswith("s") \
            and prev not in VERB_BEFORE and prev not in ("that", "and", "or"):
        return "n"
    if prev.endswith("s") and len(prev) > 3 and re.match(r"\s+(?:in|at|on|across|around|near)\b", after):
        return "v"
    return ""


def _entry_for(tok: str, sentence: str, start: int) -> GlossaryEntry | None:
    """The glossary entry for a word as the sentence uses it (noun or verb meaning), or for its singular
    ("elections"). None when only another part of speech of the word is in the glossary."""
    if tok.lower() in glossary_entries():
        entry = glossary_entry_for(tok, sentence)
        if entry is None:
            pos = _pos_from_place(tok, sentence, start)
            entry = next((e for e in glossary_entries()[tok.lower()] if pos and e.pos == pos), None)
        if entry is not None and entry.pos in ("", "n") and tok.islower() and tok.endswith("s") \
                and _verb_after_subject(sentence, start, tok):
            return next((e for e in glossary_entries()[tok.lower()] if e.pos == "v"), None)
        return entry
    low = tok.lower()
    if len(low) > 4 and low.endswith("s") and not low.endswith("ss") and not _verb_after_subject(sentence, start, tok):
        for single in (tok[:-1], tok[:-2] if low.endswith("es") else ""):
            if single and single.lower() in glossary_entries():
                # the sentence with the singular in its place, so the words around it still decide
                return glossary_entry_for(single, sentence[:start] + single + sentence[start + len(tok):])
    return None


# what follows a verb's "-s" form after a subject, and never a plural noun: "processes about 90,000 tonnes",
# "estimates that", "something the firm compromises on."
AFTER_A_VERB = re.compile(r"\s+(?:about|around|almost|nearly|more|less|up to|over|\d|the|a|an|its|their|his|her|some"
                          r"|many|all|most|every|that|it|they|he|she|we|you|them|him)\b|\s+(?:on|with|to|for)\s*[.!?]",
                          re.IGNORECASE)


def _verb_after_subject(sentence: str, start: int, tok: str) -> bool:
    """ "The company processes about 90,000 tonnes", "Volkswagen estimates that ...": an "-s" word right after a
    subject ("the" and a singular noun, or a name inside the sentence), before what a verb takes, is the
    subject's verb, not the plural of a glossary noun ("process", "estimates")."""
    words = re.findall(r"[A-Za-z']+", sentence[:start])
    before = words[-2:]
    noun_subject = len(before) == 2 and before[0].lower() in NOUN_BEFORE and before[1].islower() \
        and not before[1].endswith("s")
    name_subject = len(words) > 1 and words[-1][:1].isupper() and not words[-1].isupper() \
        and re.search(r"[A-Za-z']\s*$", sentence[:start]) is not None
    return (noun_subject or name_subject) and bool(AFTER_A_VERB.match(sentence[start + len(tok):]))


def _uses(sentence: str) -> list[tuple[GlossaryEntry, re.Match[str]]]:
    """Every glossary word a sentence uses, with where it stands: two-word entries ("interest rates")
    first, so their words are not also taken one by one ("interest", "rates")."""
    found: list[tuple[GlossaryEntry, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for entry in glossary_in(sentence):
        if " " not in entry.word:
            continue
        m = re.search(rf"(?<![\w'-]){re.escape(entry.word)}(?![\w'-])", sentence, re.IGNORECASE)
        if m and not any(a <= m.start() < b for a, b in taken):
            found.append((entry, m))
            taken.append(m.span())
    for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        single = _entry_for(m.group(0), sentence, m.start())
        if single is not None:
            found.append((single, m))
    return sorted(found, key=lambda f: f[1].start())


@dataclass
class _Candidate:
    entry: GlossaryEntry
    uncommon: bool
    rank: int  # frequency rank: higher is rarer
    uses: int = 1
    central: bool = False  # in the headline or the story's opening lines

    def score(self) -> float:
        """Hard and central: rarer words first, a word the story leans on counts as rarer."""
        uses_bonus = 1.0 + 0.5 * (min(self.uses, 3) - 1) + (0.5 if self.central else 0.0)
        return self.rank * uses_bonus


def _part_of_name(sentence: str, m: re.Match[str]) -> bool:
    return m.start() > 0 or sentence[m.end():m.end() + 2].strip()[:1].isupper()


def in_article(word: str, article_text: str) -> bool:
    """Whether the article itself uses the word (in some form: "protest", "protests", "protested"). A word
    the writer put in by its own plain-word swap ("probe" -> "inquiry") is not the article's: teaching it
    would explain a word of the wrong sense, or one the story never used."""
    stem = word.lower()[:max(4, len(word) - 2)]
    return re.search(rf"\b{re.escape(stem)}", article_text, re.IGNORECASE) is not None


def _candidates(stories: list[list[str]], central: set[str], source_names: set[str] | None,
                article_text: str | None = None, names: AbstractSet[str] = frozenset()) -> list[_Candidate]:
    found: dict[str, _Candidate] = {}
    common = common_words()
    for sentences in stories:
        for i, s in enumerate(sentences):
            before = sentences[i - 1] if i > 0 else ""
            for entry, m in _uses(s):
                tok = m.group(0)
                key = entry.word.lower()
                if key in found:
                    found[key].uses += 1
                    continue
                if source_names is not None and not names_in(entry.meaning) <= source_names:
                    continue
                if article_text is not None and not all(in_article(w, article_text) for w in key.split()):
                    continue
                if entry.word[:1].isupper() and not tok[:1].isupper():
                    continue
                if tok[:1].isupper() and entry.word[:1].islower() and _part_of_name(s, m) \
                        and tok.lower() not in TITLES:
                    continue  # "Transport Minister Peter Lund": part of a name, not the word "transport"
                if tok[:1].isupper() and re.sub(r"'s?$", "", tok) in names and tok.lower() not in TITLES:
                    continue  # "Rovers nearly scored": a team the article only ever writes as a name
                if not sense_fits(entry, f"{before} {s}"):
                    continue  # "bank" in a story about a river: not the money business; another use may fit
                found[key] = _Candidate(entry, not all(w in common for w in key.split()),
                                        max(frequency_rank(w) for w in key.split()),
                                        central=tok.lower() in central or key in central)
    return list(found.values())


def _share_with(stories: list[list[str]], entries: list[GlossaryEntry]) -> float:
    """The common-word share of the stories and the word list that teaches these entries."""
    segment = glossary_segment(entries)
    said = [t for story in stories for t in story] + (segment.sentences if segment else [])
    return common_share(" ".join(said))


def _needs_plain_lines(stories: list[list[str]], entries: list[GlossaryEntry]) -> bool:
    """Whether the stories and the word list that teaches these entries are near the line of common words or
    the reading grade (PLAIN_FILL_SHARE, PLAIN_FILL_GRADE)."""
    segment = glossary_segment(entries)
    said = [t for story in stories for t in story] + (segment.sentences if segment else [])
    return common_share(" ".join(said)) < PLAIN_FILL_SHARE or reading_grade(said) > PLAIN_FILL_GRADE


def pick_glossary(stories: list[list[str]], limit: int = MAX_GLOSSARY, source_names: set[str] | None = None,
                  central: set[str] | None = None, article_text: str | None = None,
                  names: AbstractSet[str] = frozenset(), also_said: list[str] | None = None) -> list[GlossaryEntry]:
    """The harder glossary words the stories kept: a few uncommon ones, then the less frequent common ones,
    the hardest and most central first; a word a learner already knows (EASY_RANK: "hospital") only when the
    story has too few harder ones. A meaning that names something ("the Russian government") is used
    only when the articles name it too, and a word only when the articles use it (article_text). A
    capitalised word the article only ever writes as a name (`names`: "Rovers", "Liberty") is not taught as
    the word ("rover").

    Every uncommon word taught is one more uncommon word heard: when the script is near the line of
    common words (SHARE_LINE), an uncommon word is taught only while the script stays above it with a
    margin, and hard but common words ("investment") take its place. A script well under the line even so (its
    recap, `also_said`, counted too) teaches the uncommon words the story leans on all the same."""
    ranked = sorted(_candidates(stories, central or set(), source_names, article_text, names), key=lambda c: -c.score())
    rare = [c.entry for c in ranked if c.uncommon]
    other = [c.entry for c in ranked if not c.uncommon and (c.rank >= EASY_RANK or " " in c.entry.word)]
    easy = [c.entry for c in ranked if c.entry not in rare and c.entry not in other]
    picked: list[GlossaryEntry] = []

    def fits(entry: GlossaryEntry) -> bool:
        stem, forms = entry.word.lower()[:6], number_forms(entry.word.lower())
        # not "election" and "elections", "galaxy" and "galaxies"; not "stocks" and "shares" with the same meaning
        return all(p.word.lower()[:6] != stem and not forms & number_forms(p.word.lower())
                   and p.meaning != entry.meaning for p in picked)

    for entry in rare:
        if sum(e in rare for e in picked) < MAX_RARE_GLOSSARY and fits(entry) \
                and _share_with(stories, picked + [entry]) >= SHARE_LINE + SHARE_MARGIN:
            picked.append(entry)
    for entry in other:
        if len(picked) < limit and fits(entry):
            picked.append(entry)
    for entry in rare:  # too few words: an uncommon one still, when the script stays above the line
        if len(picked) < min(MIN_GLOSSARY, limit) and entry not in picked and fits(entry) \
                and _share_with(stories, picked + [entry]) >= SHARE_LINE:
            picked.append(entry)
    # a word the learner may know fills the list only where the script needs plain lines: under the line of
    # common words or over the reading grade ("disease: an illness" lowers both)
    for entry in easy:
        if len(picked) < limit and entry not in picked and fits(entry) and _needs_plain_lines(stories, picked):
            picked.append(entry)
    # still too few: the format promises three words, each heard in the story already; a word the learner may
    # know before an uncommon one that would take the script under the line
    for entry in easy + rare:
        if len(picked) < min(MIN_GLOSSARY, limit) and entry not in picked and fits(entry):
            picked.append(entry)
    order = rare + other + easy
    picked.sort(key=order.index)
    if also_said is not None and not any(e in rare for e in picked) \
            and _share_with(stories + [also_said], picked) < SHARE_LINE - UNDER_MARGIN:
        # the script is well under the line with a word list of common words only, so teaching the uncommon
        # words the story leans on ("tenants" four times, "landlords") cannot keep it above
        # the line; the listener needs them more than the last words of the list ("government")
        common_picks, picked = picked, []
        for entry in rare:
            if len(picked) < MAX_RARE_UNDER and fits(entry):
                picked.append(entry)
        keep = max(len(common_picks), min(MIN_GLOSSARY, limit)) - len(picked)  # as many words as before
        picked = sorted(picked + common_picks[:max(0, keep)], key=order.index)
    return picked


def central_words(texts: list[str]) -> set[str]:
    """Lower-case words of the headline and opening lines: a glossary word there is central to the story."""
    return {w.lower() for t in texts for w in re.findall(r"[A-Za-z][A-Za-z'-]*", t)}


# one line of "Words in this story" that names its word; glossary_segment writes it, words_taught reads it back
WORD_LINE_RE = re.compile(r'^The \w+ word is "([^"]+)"\.$')


def words_taught(segment: Segment) -> list[str]:
    """The words (or two-word entries) a "Words in this story" segment teaches, in order."""
    return [m.group(1) for s in segment.sentences if (m := WORD_LINE_RE.match(s))]


def glossary_segment(entries: list[GlossaryEntry]) -> Segment | None:
    if not entries:
        return None
    sentences = ["Here are some words from the news today."]
    for i, e in enumerate(entries):
        which = "last" if i == len(entries) - 1 and i > 0 else ORDINALS[i] if i < len(ORDINALS) else "next"
        sentences += [f'The {which} word is "{e.word}".', f"It means {e.meaning}."]
    return Segment("glossary", "Words in this story", sentences)

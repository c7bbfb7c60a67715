"""Which capitalised words of a recap point are names: a point said after "We heard that" lowers its first word
only when that word is not a name ("we heard that police arrested ...", never "we heard that london ...").
The evidence is the article's own writing: where it capitalises a word, and where it writes it in lower case.
"""
from __future__ import annotations

import re

from .. import person_titles
from ..clauses import AUXILIARIES, DETERMINERS, IRREGULAR_PAST, PRESENT_VERBS
from ..dateline import strip_dateline
from ..vocabulary import common_words, glossary_entries
from ..person_titles import either

# words that are never names: lowered at the start of a sentence even when the article never writes them so
FUNCTION_WORDS = {
    "the", "a", "an", "this", "that", "these", "those", "some", "many", "most", "more", "much", "several", "all",
    "both", "each", "every", "no", "few", "other", "another", "any", "such", "about", "nearly", "almost",
    "over", "under", "only", "just", "at", "in", "on", "for", "after", "before", "since", "until", "during",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundreds", "thousands",
    "millions", "dozens", "people", "there", "it", "they", "he", "she", "we", "you", "none", "neither", "either",
    "half", "around", "roughly", "approximately", "fewer", "less",
}
# words that describe the role after them and are never a name on their own: "Local councillor Joanne Mbeki said
# ...", "Former captain Ann Berg ..." ("London runner Ann Berg": a place, kept)
ROLE_DESCRIBERS = {"local", "former", "senior", "junior", "acting", "interim", "retired", "veteran", "top", "chief"}
NUMBER_WORD = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|eleven|twelve"
                         r"|(?:thir|four|fif|six|seven|eigh|nine)teen|hundred|thousand|million|billion")
CALENDAR_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                  "february", "march", "april", "june", "july", "august", "september", "october", "november",
                  "december"}


# a word with a full stop after which a name goes on: "Dr. Lee", "St. Mary's", "Ann B. Cole"
TITLE_OR_INITIAL = re.compile(rf"[\"'(]?(?:[A-Z]|{either(person_titles.COURTESY, person_titles.RANKS)}|St|Jr|Sr|Mt|Ft)\.")


def name_words(text: str) -> set[str]:
    """Words the text writes as names: capitalised right after a lower-case word or a comma.

    A title-case subheading ("What Officials Say") does not count: there the word before is capitalised
    too. Acronyms, words with inner capitals and words with dots are names wherever they stand (is_name)."""
    found = set()
    for before, word in re.findall(r"(\S+) ([A-Z][A-Za-z'.-]*[A-Za-z])", text.replace("\u2019", "'")):
        # "... just four. Two members ...": a number or a function word after a full stop starts a sentence
        if before.endswith((".", "!", "?")) and (word.lower() in FUNCTION_WORDS or not TITLE_OR_INITIAL.fullmatch(before)):
            continue  # "... the dashboard. Ambient lighting ...": a word after a full stop starts a sentence
        if (before.islower() or before.endswith(",")) and word not in DETERMINERS:
            found.add(re.sub(r"'s?$", "", word))
    return found


def is_name(word: str, names: set[str]) -> bool:
    bare = re.sub(r"'s?$", "", word.strip('",;:!?'))
    if re.search(r"[A-Z].*[A-Z]|\.", bare.rstrip(".")) or bare in names or bare.rstrip(".") in names:
        return True  # "NATO", "McDonald", "U.S.", or a word the article capitalises mid-sentence
    return bare == "I"


# endings of plural words for kinds of people ("economists", "forecasters", "residents"), with the word
# they are built on: "econom" + "y", "forecast" + ""
PEOPLE_PLURALS = re.compile(r"^([a-z]{3,}?)(sters|ists|ers|ors|ants|ents)$")  # "-sters": "Fraudsters", "Pollsters"
# "-ians" people are plain when built on a word in "-ic" ("musicians", "politicians"); "Egyptians" is not
SKILL_PLURALS = re.compile(r"^([a-z]{3,}c)ians$")


def looks_plain(word: str) -> bool:
    """Whether a capitalised word is an ordinary English word: a glossary word, the plural of a common word,
    or a plural for a kind of people built on a common word ("Forecasters": "forecast", "Shoppers": "shop").
    A singular common word is not enough: names are common words too ("London", "Smith"). Words in
    "-an(s)" are most often peoples ("Americans", "Canadians"): plain only when built on "-ic"."""
    low = word.lower()
    common = common_words()
    if low in glossary_entries():
        return not any(e.word[:1].isupper() for e in glossary_entries()[low])  # "Kremlin" is a name
    m = SKILL_PLURALS.match(low)
    if m:
        return m.group(1) in common or m.group(1) + "s" in common
    if re.search(r"ans?$", low):
        return False
    if low.endswith("s") and not low.endswith("ss") \
            and (low[:-1] in common or low.endswith("es") and low[:-2] in common):
        return True  # "Critics", "Doctors": a plural; a singular common word may be a name ("London")
    m = PEOPLE_PLURALS.match(low)
    stems = {m.group(1), m.group(1)[:-1]} if m and m.group(1)[-1] == m.group(1)[-2] else {m.group(1)} if m else set()
    return any(stem + end in common for stem in stems for end in ("", "e", "y"))  # "shopp": "shop"


def start_only_words(body: str) -> set[str]:
    """Capitalised words the text writes only at the start of its sentences and that look like plain
    English ("Economists expect ..."): not names, so said in lower case after "We heard that".

    A word capitalised anywhere else is a name: after a lower-case word or a comma ("said Okafor"), or after
    another capitalised word in the same sentence ("Helen Okafor said")."""
    text = body.replace("\u2019", "'")
    at_start: set[str] = set()
    elsewhere: set[str] = set()
    for m in re.finditer(r"[A-Z][A-Za-z'-]*", text):
        word = re.sub(r"'s?$", "", m.group(0))
        before = text[:m.start()].rstrip(" \t\"'(\u201c")
        (at_start if not before or before[-1] in ".!?:\n" else elsewhere).add(word)
    return {w for w in at_start - elsewhere if w.lower() not in {x.lower() for x in elsewhere}
            and not re.search(r"[A-Z].*[A-Z]", w) and looks_plain(w)}


def capitalised_alone_inside(word: str, text: str) -> bool:
    """Does the text write the word capitalised inside a sentence with no other capitalised word next to it ("said
    Apple is ...")? Then it is a name of its own, not a plain word that opens sentences ("Police arrested ...")."""
    cap_word = r"[A-Z][\w.'-]*"
    for m in re.finditer(rf"(\S+) {re.escape(word)}(?:'s?)?(?= (\S+)|[,.;:!?]|$)", undated(text)):
        before, after = m.group(1), m.group(2) or ""
        if before.endswith((".", "!", "?", ":")) and not TITLE_OR_INITIAL.fullmatch(before):
            continue  # a sentence start
        if re.fullmatch(cap_word, after.strip('",;:.)')):
            continue  # inside a longer name: "the Columbus Police Department"
        return True  # alone ("said Apple is"), or the last word of a name, which may stand for all of it
        # ("Tallis Foods ... Foods said")
    return False


def undated(text: str) -> str:
    """The text with each paragraph's dateline taken off: "PORT ELM, Maine (Wire) — Health officials ..." opens
    a sentence with "Health", it does not name anything."""
    return "\n".join(strip_dateline(p) for p in text.replace("\u2019", "'").split("\n"))


def plain_word_said_once(word: str, article_text: str, next_word: str = "") -> bool:
    """A common English word that the article's body capitalises once, at the start of a sentence, and nowhere
    else ("Comparison websites list deals.", "Preparation work goes on."): a plain word opening a sentence. A
    name the story is about comes back, or stands inside a sentence ("said Apple"); one said once at a sentence
    start and never again is rare. The caller asks only when no capitalised word follows close by ("London
    runner Ana Berg won ..." names a place in a string of names) and when a noun follows, not a verb: a plain
    word opening a sentence describes the noun after it ("Hidden cameras filmed ..."); a single word (not a
    plural: "Families can ...") with its verb right after it is a subject, most often a name ("Tommy retired")."""
    low = word.lower()
    # "Night-time": a word made of common words is common
    common = all(part in common_words() or (part.endswith("s") and part[:-1] in common_words())
                 for part in low.split("-"))
    if not common or re.search(r"(?:ish|ese|an|ans)$", low):
        return False  # "Spanish", "Chinese", "Americans": a people or a language is written as a name
    body = undated(article_text.partition("\n\n")[2] or article_text)
    starts, in_a_name = 0, False
    for m in re.finditer(rf"(?<![\w'-]){re.escape(word)}(?![\w-])", body):
        before = body[:m.start()].rstrip(" \t\"'(\u201c")
        if not before or before[-1] in ".!?\n":
            starts += 1
        elif re.search(r"(?:^|\s)[A-Z][\w'.-]*$", before) or re.match(r"\s[A-Z]", body[m.end():m.end() + 2]):
            in_a_name = True  # "the Department of Public Health", "Health Foundation"
        else:
            return False  # "said Apple is ...": a name of its own inside a sentence
    # a word that ends a longer name may stand for it with its verb after it ("Tallis Foods ... Foods said")
    return starts == 1 and not (in_a_name and verb_like(next_word))


def verb_like(word: str) -> bool:
    """A word that may be the verb right after a one-word subject: "is", "retired", "says", "will"."""
    w = word.lower().strip(",.;:")
    return w in AUXILIARIES or w in IRREGULAR_PAST or w in PRESENT_VERBS and w.endswith("s") \
        or len(w) > 3 and w.endswith("ed")


def describes_a_name(word: str, article_text: str) -> bool:
    """A word the article writes in lower case right before a name ("the team's defenseman Ana Berg") and never
    capitalises inside a sentence: a description, not a title that is part of the name ("Mayor Ana Berg")."""
    text = undated(article_text)
    return bool(re.search(rf"\b{re.escape(word.lower())} [A-Z]", text)) and not capitalised_alone_inside(word, text) \
        and not re.search(rf"[a-z,] {re.escape(word)} [A-Z]", text)


def lower_first_word(sentence: str, names: set[str], article_words: set[str] | None = None,
                     plain_starts: set[str] | None = None, article_text: str | None = None) -> str:
    """The sentence with its first letter lowered, unless its first word is a name.

    With the article's own words known, a capitalised word the article never writes in lower case is kept
    as it is ("London has ...": perhaps a name), unless it is a function word ("More than ...") or the
    article never writes it at all (a plain word the rewrite put in, like "Officials")."""
    first, _, rest = sentence.partition(" ")
    if article_text is not None and first in ("A", "An", "The") and rest[:1].isupper() \
            and re.search(rf"[a-z,] {first} {re.escape(rest.split(' ', 1)[0])}", undated(article_text)):
        return sentence  # "A Little More Obsessed follows ...": the article writes "A" with its capital inside a name
    if plain_starts and re.sub(r"'s?$", "", first.strip('",;:!?.')) in plain_starts and not rest[:1].isupper():
        return sentence[:1].lower() + sentence[1:]  # "Economists expect ...": the article's sentence start
    bare = re.sub(r"'s?$", "", first.strip('",;:!?.'))
    if article_text is not None and rest[:1].islower() and bare.lower() not in CALENDAR_NAMES \
            and (looks_plain(bare) or NUMBER_WORD.fullmatch(bare.lower()) or bare.lower() in FUNCTION_WORDS) \
            and not capitalised_alone_inside(bare, article_text):
        return sentence[:1].lower() + sentence[1:]  # "Police arrested ...": a plain word the article capitalises
        # only at a sentence start or inside a longer name ("the Columbus Police Department")
    if article_text is not None and re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)*", bare) \
            and bare.lower() not in CALENDAR_NAMES \
            and rest[:1].islower() and not re.search(r"^(?:\S+ )?[A-Z]", rest) \
            and not (verb_like(rest.split(" ", 1)[0]) and not bare.endswith("s")) \
            and plain_word_said_once(bare, article_text, rest.split(" ", 1)[0]):
        # "Comparison websites list ...": the article's own evidence outweighs a guess from its capitals
        # (a word after a dateline dash or inside "Public Health" looks like a name to name_words)
        return sentence[:1].lower() + sentence[1:]
    if bare.lower() in ROLE_DESCRIBERS and (rest[:1].islower() or re.match(r"[A-Z]{2,}\b", rest)) \
            and not capitalised_alone_inside(bare, article_text or ""):
        return sentence[:1].lower() + sentence[1:]  # "local councillor Ann Berg", "local MP Ann Berg": the role described
    if not first[:1].isupper() or is_name(first, names) or re.search(r"\d", first):
        return sentence  # "Kesra-4b", "G7": a name with a figure in it
    if bare.lower() in CALENDAR_NAMES:
        return sentence
    if NUMBER_WORD.fullmatch(bare.lower()):
        return sentence[:1].lower() + sentence[1:]  # "Fifty-one percent say ...": a number, never a name
    if article_text is not None and rest[:1].isupper() and describes_a_name(bare, article_text):
        return sentence[:1].lower() + sentence[1:]  # "defenseman Ana Berg scored": as the article writes it
    if article_words is not None and bare.lower() not in article_words and bare.lower() not in FUNCTION_WORDS \
            and bare in article_words:
        return sentence  # a word the article only ever capitalises may be a name ("London")
    if rest[:1].isupper() and first not in DETERMINERS and not first.endswith(",") \
            and bare.lower() not in FUNCTION_WORDS:  # "Two Country First members ...": a number, not a title
        return sentence  # "Mayor Helen Okafor", "Transport Minister Peter Lund": a title is part of the name
    return sentence[:1].lower() + sentence[1:]

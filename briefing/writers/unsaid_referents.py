"""What a line leaves to the line before it, though it opens on no pointer word.

- A quote's "he" or "she" that is not its speaker. A speaker calls themself "I" in a direct quote, so a "he", "she",
  "him" or "her" in the quoted words is someone else: a person the quote's sentence before named ("My mother missed
  two appointments." then "For people like her, the bridge cannot come soon enough."). Reported, the line "Reid said
  for people like her, ..." leans on that sentence like a line that opens with "She": said only right after it
  (writers/leaning.py).
- A pointer into words its line before lost: "They also act as turn signals." after a line cut before "..., with LED
  lamps"; "That money comes from a sponsored walk." after a line cut before "..., but it spends £4,000 a month".
- "told it", "The three villages are ...", "The centre-back met ...": whom or what the sentence before, or the
  sentence's first piece, named.
- "at the time": the time the line before told.
- A quote that opens on "They" or on an "It" that does something ("It shows the appetite is there"): what the quote's
  sentence before named.
- A "She ..." line when the only women the article names were never heard ("She added that ..." after lines about a
  man, the woman's own line passed over).
- A verb whose object the line before named: "Tenants can ask to keep a pet." + "Landlords cannot refuse without
  a good reason." Alone, "refuse" says no what.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .selection import Line

THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)
# a capitalised word inside the quote, not its first word and not "I": a name the pronoun may stand for
_NAME_INSIDE = re.compile(r"(?<=[a-z,;] )(?!I\b)[A-Z][a-z]")


def _quoted(sentence: str) -> list[str]:
    """The words between quotation marks; an unclosed quote runs to the end of the sentence."""
    parts = sentence.split('"')
    return [parts[i] for i in range(1, len(parts), 2)]


def _name_first(words_before: str) -> bool:
    """The quote opens on a name ("Mia is brave and she ..."), not on a word that opens any sentence ("For ...")."""
    from ..vocabulary import common_words

    first = words_before.strip().split(" ", 1)[0].strip(",.;:")
    return first[:1].isupper() and first != "I" and first.lower() not in common_words()


# a quote's first word, after a fronted time or place ("From Monday, that ends."), that stands for what the sentence
# before named; "It is", "It was" ... are often no pointer ("It is hard to say"), so an "It" counts only before
# another verb, and "This"/"That" only before a verb that is not "is", "was", "has" ("This is a message to every
# landlord", "This was a preventable tragedy" speak of the story's event, which the listener knows; "That helps a
# lot" of a thing said just before; "This year, ..." names its own time)
_FRONTED = re.compile(r"\s*(?:(?:From|After|Before|Since|Until|By|Now|Today|Tomorrow|Then|But|And|So)\b[^,\"]{0,40}, )?")
QUOTE_OPENS_ON_POINTER = re.compile(
    r"(?:They|Their|Them)\b|(?:That|This) (?!is\b|was\b|has\b|means\b)[a-z]+(?<!ss)(?:s|ed)\b|It (?!is\b|was\b|will\b|would\b|could\b|can\b|may\b|might\b|should\b|must\b"
    r"|has\b|had\b|does\b|did\b|seems\b|feels\b|looks\b|takes\b|makes\b|means\b)[a-z]+s\b", re.IGNORECASE)


def quote_points_back(sentence: str, line: str) -> bool:
    """Does the line keep a he/she of the sentence's quoted words that no name before it in the quote stands for,
    or the they/it a quote opens on?"""
    for quote in _quoted(sentence):
        fronted = _FRONTED.match(quote)
        opener = QUOTE_OPENS_ON_POINTER.match(quote, fronted.end() if fronted else 0)
        opener = opener if opener and opener.group(0)[:1].isupper() == (not fronted or not fronted.group(0).strip()) \
            else None
        if opener and sentence.lstrip().startswith('"') \
                and re.search(rf"\b{opener.group(0).split()[0].lower()}\b", line, re.IGNORECASE):
            return True
        m = THIRD_PERSON.search(quote)
        if m and not _NAME_INSIDE.search(quote[:m.start()]) and not _name_first(quote[:m.start()]) \
                and re.search(rf"\b{m.group(0).lower()}\b", line, re.IGNORECASE):
            return True
    return False


# who "she" or "he" may mean besides a name: a woman or a man the listener heard of without a name
_HEARD_AS = {"she": re.compile(r"\b(?:she|her|woman|women|girl|mother|wife|daughter|sister|grandmother|Mrs|Ms|Miss"
                              r"|Queen|actress|widow)\b", re.IGNORECASE),
             "he": re.compile(r"\b(?:he|him|his|man|men|boy|father|husband|son|brother|grandfather|Mr|King|actor"
                             r"|widower)\b", re.IGNORECASE)}


def pronoun_of_no_one_heard(line: str, heard: list[str], pronouns: Mapping[str, str]) -> bool:
    """"She added that the government would not raise taxes." said right after "He noted that ...": the line before
    speaks of a man, and no woman was heard at all (no "she", no woman's name the article gives, no "woman"), so
    "she" means no one the listener knows. pronouns: a name -> "he" or "she" where the article makes it clear;
    when the line before names someone of unknown sex, "she" may be that person, and the line is left alone."""
    first = line.split(" ", 1)[0].lower()
    if first not in _HEARD_AS or not heard:
        return False
    other = "he" if first == "she" else "she"
    said = " ".join(heard)
    if _HEARD_AS[first].search(said) or any(re.search(rf"\b{re.escape(name)}\b", said)
                                             for name, pronoun in pronouns.items() if pronoun == first):
        return False
    opener = heard[-1].split(" ", 1)[0].strip(",")  # the line before is about whom it opens on
    return opener.lower() == other or pronouns.get(opener) == other


# "cannot refuse without a good reason", "The council agreed.": a verb that needs its object, with none after it
# (the sentence ends, or a reason or condition follows); not a passive ("The offer was accepted.")
# ("Morrow joined in 2021.": joined what, the line before said)
_OBJECT_LEFT_OUT = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )"
    r"\b(?:refuse[sd]?|decline[sd]?|accept(?:s|ed)?|agree[sd]?|approve[sd]?|object(?:s|ed)?|join(?:s|ed)?)"
    r"(?=(?: (?:without|unless|if|until|because|when|after|before|for now|in|on|last|this|earlier|later)\b.*)?[.!]$)")


def object_left_out(line: str) -> bool:
    """Does the line end on a verb whose object the line before it named ("Landlords cannot refuse.")? Not when a
    relative clause gives it ("rent cuts that landlords refused to accept")."""
    m = _OBJECT_LEFT_OUT.search(line)
    # (the line's own main verb, a few words in: in "X said a trial could go on, unless both sides agreed", what they
    # would agree to is the line's own)
    before = line[:m.start()] if m else ""
    return m is not None and re.search(r"\b(?:that|which|whom|what|said|says)\b|,", before) is None \
        and len(before.split()) <= 6


# "Rinaldi told it that ...": whom "it" or "them" means (the tribunal) the sentence before named; "The three villages
# are A, B and C.": the count of a thing its sentence's first piece told
# (only right after the line's subject: in "Lee said they would sell if the regulator asked them to", "them" are the
# firms the line names)
TOLD_IT = re.compile(r"^(?:[A-Z][\w'-]* ){1,3}(?:also )?(?:told|asked|showed|sent|gave|warned|urged) (?:it|them)\b")
COUNTED_AGAIN = re.compile(r"^The (?:two|three|four|five|six|seven|eight|nine|ten|\d+) [a-z]+ (?:are|were)\b")
# "The centre-back met the corner ...": a player named by position, whom only the line before names (a match report's
# "89 min: Osei 3-2." label, which no line says)
PLAYER_AGAIN = re.compile(r"^The (?:centre-back|center-back|substitute|striker|keeper|goalkeeper|midfielder|defender"
                          r"|winger|full-back|forward|youngster|veteran|teenager) [a-z]+")


# "Corvane lowered its forecast at the time.": the time is the one the line before told ("In April, a power cut
# stopped the hoist, and ..."); not "at the time of his 2018 physical", which names its own
AT_THAT_TIME = re.compile(r"\bat (?:the|that) (?:time|point|moment)\b(?! of\b)", re.IGNORECASE)


def time_of_a_lost_piece(sentence: str, texts: list[str], line: str) -> str:
    """Why the line can never be said: its "at the time" is the time of its own sentence's first piece, and the rewrite
    gave no line for that piece ("In April, a power cut stopped the hoist, and Corvane lowered its forecast at the time."
    gave only "Corvane lowered its production forecast at the time."), so no line before it can tell the time."""
    if not AT_THAT_TIME.search(line) or texts[:1] != [line]:
        return ""
    # (only a second clause, after ", and": "At the time, she was mayor." told "She was mayor at the time." is whole)
    start = re.search(r"(?:,|;) (?:and|but|so) " + re.escape(" ".join(line.split()[:3])), sentence)
    return "its time was in a piece of its sentence no line says" if start else ""


def leans_before(sentence: str, line: str) -> bool:
    """Is the line said only right after the line before it (its sentence's first piece, or the sentence before)?"""
    return quote_points_back(sentence, line) or object_left_out(line) or TOLD_IT.search(line) is not None \
        or COUNTED_AGAIN.match(line) is not None or PLAYER_AGAIN.match(line) is not None \
        or AT_THAT_TIME.search(line) is not None


# "They also act as turn signals.": a plural pointer; heard before it, a word that can be what "they" means
PLURAL_POINTER = re.compile(r"(?:They|These|Those|Their)\b")
PLURAL_WORD = re.compile(r"\b(?:[A-Za-z][a-z'-]*[^s\W']s|people|police|children|men|women|staff|they|them|their|both"
                         r"|and|data|team|group|crew|family|public)\b", re.IGNORECASE)
# "That money ...": a thing named again with its noun ("This partnership ..." may name again what the title said)
THING_POINTER = re.compile(r"That ([a-z]{3,}) ([a-z]+)\b")


def _no_noun(word: str) -> bool:
    from ..grammar import closed_words, is_verbish  # the sentence rules come before the writer

    return word in closed_words() or is_verbish(word) or word.endswith("ly") or word in (
        "year", "week", "month", "morning", "afternoon", "evening", "weekend", "summer", "winter", "spring", "autumn",
        "season", "time", "even", "also", "still", "just")


def _verb_after(word: str) -> bool:
    from ..grammar import AUXILIARIES, is_verbish

    return word in AUXILIARIES or is_verbish(word)


def last_word(sentence: str) -> str:
    """The sentence's last word of four letters or more ("lights" of "..., with honeycomb-style running lights.")."""
    found = re.findall(r"[A-Za-z][A-Za-z'-]{3,}", sentence)
    return found[-1] if found else ""


def pointer_lost_with_tail(before: Line, ln: Line) -> bool:
    """'Graphical lighting is a big theme in the concept.' (cut from "..., with LED headlamps and running
    lights.") + 'They also act as turn signals.': the line before lost its last words, names nothing "they" can
    mean, and the pointer comes from the next sentence: what "they" meant was in the words left out. So too
    "That money ..." when the line before never says "money"."""
    if not before.tail_lost or before.group == ln.group:
        return False
    thing = THING_POINTER.match(ln.text)
    # (a noun: not "That is ...", "That even ...", nor a time counted from today: "That week ...")
    # (a noun, then its verb: not "That means there is ...")
    if thing and not _no_noun(thing.group(1)) and _verb_after(thing.group(2)):
        return re.search(rf"\b{thing.group(1)}", before.text, re.IGNORECASE) is None
    return PLURAL_POINTER.match(ln.text) is not None and PLURAL_WORD.search(before.text) is None

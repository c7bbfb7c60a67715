"""A story line in a shorter plain form: the statement without the last detail phrase it is true without.

The grade pass (ease.py) says a hard line this way before it passes over the line: a plainer form keeps more
of the story than no line.
"""
from __future__ import annotations

import re

from ..clauses import words
from .recap import POINT_WORDS, TAIL_MATTERS, _is_verb

# words in "-ing" that open no detail phrase: a preposition, a condition ("pending approval", "barring delays"),
# a source ("according to police") or a noun
NOT_DETAIL_ING = {"according", "during", "morning", "evening", "nothing", "something", "anything", "everything",
                  "notwithstanding", "barring", "excepting", "pending", "assuming", "depending", "regarding",
                  "concerning", "including"}
# a last piece after a comma that adds detail to a whole statement: ", flipping three districts.", ", with talks
# going on into the night.", ", which gave cover to many people."
DETAIL_TAIL = re.compile(r", ((?:[a-z]{3,}ing|with|which) [^,;:\u2014\u2013\"]+)\.$")
# a count in the tail is a "how many" of the news ("..., killing 12 people."): such a tail stays
COUNT = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?"
                   r"|thousands?|millions?|billions?|half|all|none|every)\b", re.IGNORECASE)


def without_detail_tail(sentence: str) -> str:
    """"Democrats won a majority for the first time since 1993, flipping three districts." -> "Democrats won a
    majority for the first time since 1993.": the statement before a last detail phrase is the point, still
    true said alone. Kept whole: a tail with "not", "only", "unless" ... (it changes the meaning), a count
    ("..., killing 12 people"), a source ("according to ..."), and a sentence whose part before the tail is
    more than one plain clause with its verb."""
    m = DETAIL_TAIL.search(sentence)
    if not m or m.group(1).split()[0] in NOT_DETAIL_ING or TAIL_MATTERS.search(m.group(1)) or COUNT.search(m.group(1)):
        return sentence
    main = sentence[:m.start()] + "."
    if words(main) < POINT_WORDS[0] + 1 or "," in main or '"' in main or not any(_is_verb(t) for t in main.split()[1:]):
        return sentence  # "In June, the minister, ..., approved it, saying ...": only one plain clause is cut
    return main


DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# when, said again in the recap: "on Thursday", "late Tuesday", "last week", "said Wednesday that"
WHEN_PHRASE = re.compile(rf"(?:,? (?:on |late |early |last |this )?{DAYS}(?: (?:night|morning|afternoon|evening))?"
                         r"|,? (?:last|this) (?:week|month|year|weekend))(?=[ .,])")


def without_when(sentence: str) -> str:
    """"The bank cut its rate to 3.5% on Thursday." -> "The bank cut its rate to 3.5%.": the recap says the
    story's opening fact a second time, and the day was heard with it a minute before; a day is the only
    "when" taken out (a date or a year may be the news: "since 1993")."""
    shorter = WHEN_PHRASE.sub("", sentence, count=1)
    shorter = re.sub(r"\b(said|says|announced) that (?=\w)", r"\1 ", shorter, count=1)
    return shorter if words(shorter) >= POINT_WORDS[0] else sentence

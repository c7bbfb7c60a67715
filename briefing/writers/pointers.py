"""Words inside a line that point back at a line before it.

selection.opens_with_reference knows the lines that lean on the one before from their first word ("Those
rules ...", "It opened ..."). These are the ones that lean from inside: "The agency said that target had been
met three years early." or "Lee said another is the cost of rent." Said without the line they point at, the
listener hears "that target" or "another" and cannot know what it means, so such a line is said only right
after the article line before it (selection._leaning_on_said).
"""
from __future__ import annotations

import re

# a time counted from today or a common way of saying "then": not a look back at a thing the listener missed
TIME_NOUNS = (r"(?:year|years|week|weeks|month|months|day|days|morning|afternoon|evening|night|weekend|summer"
              r"|winter|spring|autumn|fall|season|time|times|moment|point|stage|era|decade|century|quarter|period"
              r"|hour|hours|minute|minutes|date|way|reason)")

# "of that ambition", "with those plans", "under these rules": a demonstrative after a preposition names a
# thing said before; "those who ...", "these days", "that is" do not
DEMONSTRATIVE_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|on|in|at|for|with|from|by|about|under|behind|against|toward|towards|into|over|to|beyond|despite"
    rf"|like) (?:that|those|these) (?!{TIME_NOUNS}\b|who\b|which\b|of\b|whose\b|is\b|was\b|are\b|were\b|[a-z]+ed\b"
    r"|cast\b|taken\b|held\b|made\b|killed\b|hurt\b|seen\b|polled\b)"
    r"(?:[a-z][\w-]* ){0,2}?[a-z][\w-]*(?=\W|$)")

# "Lee said another is ...", "Lee said those plans ...": what a speaker's "another" or "those" means was in
# the line before; "said they" is left alone: the speaker's own group ("Police said they arrested ...")
REPORTED_POINTER = re.compile(
    r"\b(?:said|says|told [A-Z]?\w+|added|argued|warned|noted|explained) (?:that )?"
    r"(?:another (?:is|was|are|were|has|had|will|would|could)\b|(?:those|these|such) (?!who\b|days\b|of\b)[a-z])")


def points_back_mid_line(sentence: str, heard: str = "") -> bool:
    """Does a word after the line's first one point at something a line before it said, and the listener has
    not heard of that thing? "every one of those towns" after "... in at least 40 towns" is clear."""
    if REPORTED_POINTER.search(sentence):
        return True
    m = DEMONSTRATIVE_AFTER_PREPOSITION.search(sentence.partition(" ")[2])
    return m is not None and not _heard_of(m.group(0).split()[-1], heard)


def _heard_of(noun: str, heard: str) -> bool:
    """Was the noun (or its singular or plural) said before?"""
    stem = re.sub(r"(?:es|s)$", "", noun.lower()) if len(noun) > 4 else noun.lower()
    return bool(re.search(rf"\b{re.escape(stem)}(?:s|es)?\b", heard, re.IGNORECASE))

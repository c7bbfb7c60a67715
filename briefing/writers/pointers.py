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
    r"(?:another (?:is|was|are|were|has|had|will|would|could)\b|(?:those|these|such) (?!who\b|days\b|of\b)[a-z]"
    # "The trust warned that more would be called off.": more of the things the line before counted
    r"|more (?:would|will|could|may|might|were|are|had|have)\b"
    # "The ambulance service said neither is thought to be badly hurt.": neither of the people the line before named
    r"|(?:neither|either|both) (?:is|was|are|were|has|had|have|will|would|could)\b)")

# "There is no cure.": a cure for an illness the line does not name; "no cure for measles" names it
UNNAMED_REMEDY = re.compile(r"\bno (?:known |effective )?(?:cure|treatment|vaccine|remedy)\b(?! (?:for|against)\b)")
# "Doctors are looking for changes that might delay it.": a last "it" after a modal's verb stands for a thing a
# line before named ("since the day she got it" often names it in the line itself: left alone; "make it", "do it":
# managed or done, not a thing)
OBJECT_IT = re.compile(r"\b(?:might|could|would|can|may|will) (?!(?:make|do|be)\b)[a-z]+ it\.$")
# "The claim could not be checked.", "The group raised ...", "Results are not expected before 2031.": a noun that
# stands for a claim, a body or a study a line before named; with no such word heard, the line points at nothing
# ("The plan", "The move", "The deal" most often name the story's own news in other words: left alone)
# ("The statement said he is a kind man.": whose statement, the line before said; "The review is due to report ...")
NAMED_BEFORE = re.compile(r"^(?:The (?:claim|claims|group|results|findings|trial|committee|panel|statement|review)"
                          r"|Results|Findings)\b")


# "brought much of this gas back", "the team tested these cells": "this", "these" or "those" before a noun
# anywhere in the line names a thing said before ("that" only after a preposition: elsewhere it is mostly
# the "that" of "said that ..."); not a time ("this week"), "those who ...", nor "this" as a subject ("this is")
DEMONSTRATIVE_NOUN = re.compile(
    rf"\b(?:this|these|those) (?!{TIME_NOUNS}\b|who\b|which\b|whose\b|of\b|one\b|ones\b|kind\b|kinds\b|sort\b"
    r"|type\b|types\b|[a-z]+ed\b|[a-z]+ly\b|(?:is|was|are|were|will|would|could|can|may|might|has|have|had|should"
    r"|must|does|did|do|means|meant|and|or|but|to|in|on|at|for|with|by|from|as|that|if|because|cast|taken|held"
    r"|made|killed|hurt|seen|polled|here|there|too|also|alone|all|both)\b)([a-z][\w-]*)(?=\W|$)")


def points_back_mid_line(sentence: str, heard: str = "") -> bool:
    """Does a word after the line's first one point at something a line before it said, and the listener has
    not heard of that thing? "every one of those towns" after "... in at least 40 towns" is clear."""
    if REPORTED_POINTER.search(sentence) or UNNAMED_REMEDY.search(sentence) or OBJECT_IT.search(sentence):
        return True
    named = NAMED_BEFORE.match(sentence)
    if named and not _heard_of(named.group(0).split()[-1], heard):
        return True
    rest = sentence.partition(" ")[2]
    m = DEMONSTRATIVE_AFTER_PREPOSITION.search(rest)
    if m is not None and not _heard_of(m.group(0).split()[-1], heard):
        return True
    return any(not _heard_of(n.group(1), heard) for n in DEMONSTRATIVE_NOUN.finditer(rest))


# "much of this gas", "on this matter": after a preposition "this" is the noun's determiner, and "the" names the
# same thing without pointing at a line the listener did not hear; "none of those costs" points at things listed
# before, and "none of the costs" would too: "these" and "those" stay pointers
SOFTENABLE = re.compile(
    r"\b(of|on|in|at|for|with|from|by|about|under|behind|against|toward|towards|into|over|to|beyond|despite|like) "
    rf"this (?!{TIME_NOUNS}\b|(?:it|its|they|he|she|we|you|i|there|is|was|are|were|who|which|whose|of"
    r"|and|or|but|not|no|all|both|too|also|here|alone)\b)([a-z][\w-]*)")


# "three of those companies": a count of things named before; "three companies" says the same of them without
# pointing at a line the listener did not hear ("most of those", "one of those" would change the meaning)
COUNT_OF_THOSE = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|several|hundreds|thousands|\d[\d,]*"
                            r"|hundred|thousand|million|billion) of (?:those|these) ([a-z][\w-]*s)\b")


def definite_instead(sentence: str, heard: str = "", sayable: str = "") -> str | None:
    """The line with "the" for a "this" after a preposition whose noun the listener never heard
    ("The pull of gravity brought much of the gas back."), when that leaves no other pointer; else None.
    `sayable`: earlier lines of the story that are easy enough to be said. When one of them names the noun ("there
    were 9 million early deaths"), the line leans on it ("2.5 million of these deaths") and is said only with it."""
    rest = sentence.partition(" ")[2]
    rest_counted = COUNT_OF_THOSE.sub(lambda m: m.group(0) if _heard_of(m.group(2), heard)
                                      or _heard_of(m.group(2), sayable) else f"{m.group(1)} {m.group(2)}", rest)
    softer = SOFTENABLE.sub(lambda m: m.group(0) if _heard_of(m.group(2), heard) or _heard_of(m.group(2), sayable)
                            else f"{m.group(1)} the {m.group(2)}", rest_counted)
    if softer == rest or points_back_mid_line(softer, heard):
        return None
    return f"{sentence.partition(' ')[0]} {softer}"


def _heard_of(noun: str, heard: str) -> bool:
    """Was the noun (or its singular or plural) said before?"""
    noun = noun.lower()
    # "changes" was heard as "change", "boxes" as "box", "lights" as "lighting"
    stems = {noun} | ({noun[:-1], noun[:-2]} if len(noun) > 4 and noun.endswith("es") else
                      {noun[:-1]} if len(noun) > 4 and noun.endswith("s") else set())
    return any(re.search(rf"\b{re.escape(stem)}(?:s|es|ing)?\b", heard, re.IGNORECASE) for stem in stems)


# "these cold streams", "those two plans": "these" or "those", up to two describing words, a plural noun
PLURAL_POINTER = re.compile(r"\b(?:these|those) (?!(?:are|were|have|had|will|would|could|can|may|might|must|should"
                            r"|do|did|include|included|and|or|of|in|who|which)\b)((?:[a-z][\w-]* ){0,2}?)"
                            r"([a-z][\w-]*s)\b(?! (?:who|which|that)\b)")


def unheard_things(sentence: str, heard: str) -> bool:
    """Does the line name "these cold streams" when no stream was heard? (Not "this fire" or "this valley":
    in a quote a singular "this" is as often the place or the event the story is about.)"""
    return any(m.group(2) not in ("days", "years", "months", "weeks", "times", "ones")
               and not _heard_of(m.group(2), heard) for m in PLURAL_POINTER.finditer(sentence))


# "Claure said in the email that ...": "the" names an email a line before told of; when no email was heard, "an
# email" says the same without pointing at it
THE_DOCUMENT = re.compile(r"\b((?:said|says|wrote|writes|added|told [A-Z]?\w+) in) the (email|letter|memo|message|note"
                          r"|statement|post|interview|video|report)\b")


def indefinite_document(sentence: str, heard: str) -> str:
    """The line with "in an email" for "in the email" when no email was heard before it; else the line as it is."""
    return THE_DOCUMENT.sub(lambda m: m.group(0) if _heard_of(m.group(2), heard)
                            else f"{m.group(1)} {'an' if m.group(2)[0] in 'aeiou' else 'a'} {m.group(2)}", sentence)

"""Which story lines are main points: the recap repeats what the story is about, not its side notes.

A line can be a plain, whole statement and still be no main point: the background the article gave in an
aside ("Dr. Lee, who has not treated the singer, said ..." -> "Lee has not treated the singer."), a note on
where the news came from or who would not talk ("The company did not respond to a request for comment."),
or a line whose "he" or "she" stands for someone named only in a line before ("The second time he did not
answer."). Said alone after "We heard that", each would puzzle the listener or tell them nothing.
"""
from __future__ import annotations

import re

from ..faithful import SPEECH_VERB

# notes on the reporting rather than the news: who would not comment, where a document came from
REPORTING_NOTE = re.compile(
    r"\b(?:(?:did not|didn't|has not|have not|had not) (?:at once |immediately |yet )?(?:respond|reply|return|answer)\w*"
    r" (?:to )?(?:\w+ ){0,3}(?:requests?|calls?|messages?|emails?|questions?) for comment"
    r"|(?:declined|refused) to comment|(?:no|any) (?:further |immediate )?comments?\b"
    r"|could not be reached|not (?:immediately )?available for comment"
    r"|(?:was|were|has been|have been) (?:first )?(?:obtained|seen|reported) by\b)", re.IGNORECASE)
# a person said as "he"/"she" inside the line: fine after the one who speaks ("Lee said she ..."), not before
PERSON_PRONOUN = re.compile(r"\b(?:he|she|him)\b")
# beyond faithful.SPEECH_VERB: verbs after which a person says what he or she did, wants or knows
OTHER_SPEAKING = re.compile(r"\b(?:asked|admitted|announced|recalled|revealed|confirmed|denied|stated|hopes|wants)\b")
# the words that open an aside about the person or thing just named
ASIDE_OPENERS = ("who", "which")
NEGATION = re.compile(r"\b(?:not|never|no)\b|n't\b")


def is_reporting_note(sentence: str) -> bool:
    """"A spokesman did not respond to a request for comment.", "The letter was obtained by a newspaper.":
    how the news was gathered, not what happened."""
    return bool(REPORTING_NOTE.search(sentence))


def person_from_before(sentence: str) -> bool:
    """"The second time he did not answer.": a "he" or "she" with no speaker before it in the line stands
    for a person the listener met in a line the recap does not repeat."""
    m = PERSON_PRONOUN.search(sentence)
    before = sentence[:m.start()] if m else ""
    return bool(m) and not SPEECH_VERB.search(before) and not OTHER_SPEAKING.search(before)


def from_an_aside(sentence: str, article_text: str) -> bool:
    """The line is the article's aside of what someone did not do made a sentence: its words after the subject
    stand between ", who" or ", which" and a comma in the article ("Dr. Hamish Lee, who has not treated Ada
    Berg, said ..." gives "Lee has not treated Ada Berg."). A disclaimer about a side figure, not the news."""
    if not NEGATION.search(sentence):
        return False  # "Ana Berg, who won 41 seats in May, ...": an aside of facts may be what the story is about
    toks = sentence.rstrip(".!?").split()
    text = re.sub(r"\s+", " ", article_text.replace("\u2019", "'"))
    for cut in range(1, min(5, len(toks) - 2)):
        rest = " ".join(toks[cut:])
        if any(f", {opener} {rest}," in text for opener in ASIDE_OPENERS):
            return True
    return False


def not_a_main_point(sentence: str, article_text: str) -> bool:
    return is_reporting_note(sentence) or person_from_before(sentence) or from_an_aside(sentence, article_text)

"""The writer's own "I", "me" and "my" anywhere in a sentence: "Hollowmere sent me the lamps." -> "Hollowmere sent the
writer the lamps."; "I bought it with my own money." -> "The writer bought it with their own money."

plain_english.writer_voice tells a sentence that opens with "I" or "My" as the writer's when it has one first-person
word (reported.report names "the writer" once and will not say it twice: "the writer bought it with the writer's
money" is no help to a listener). A review, a letter to an advice column or a blog says "me" and "my" in the middle of
its sentences, and often twice in one. Outside quotes those words are the writer's: the first is said as "the writer"
(or "the writer's"), a later "me" or "my" as "them" or "their" (the one person whose he or she is unknown), only after
an "I" (the subject a "their" goes back to: after "My sister ...", "their husband" would be the sister's). Not told:
a sentence with a second "I" (its verb would need "they are", not "the writer is"), a "mine" or "myself", a "they",
"them" or "their" of its own (which of the two would "their" be?), a "he", "she" or "her" (a letter's "I lent her
£2,500" names the sister in a sentence a rule may not tell; beside "them", two people to keep apart), or a sentence
that is no statement (NOT_A_STATEMENT).
"""
from __future__ import annotations

import re
from collections.abc import Callable

FIRST = re.compile(r"\b(I|me|my|My|mine|myself)\b")
LATER = {"me": "them", "my": "their"}  # (not "myself": "chose the items themselves" could be the items)
# what is no statement of the writer's: a question ("Should I have? - SIGNED"), a letter's signature in capitals, an
# order to the reader ("Let me start with ..."), a link between parts of a review ("Now for the bits that had me
# ..."), an elliptical "the next [day] I am ..." whose noun a listener must guess, a blog's "All opinions are my own",
# a superlative of the writer's own experience ("one of the largest I have seen": no plain way to tell it)
NOT_A_STATEMENT = re.compile(r"\?|\u2014 [A-Z]{2,}|^Let\b|^(?:And |But |So )?(?:Now |Next |Then )?(?:for|on to|onto) the\b"
                             r"|^(?:The|And the) (?:next|other|following)(?: one)? (?:I|me|my)\b"
                             r"|\b(?:opinions|views) (?:expressed )?(?:here )?are (?:all )?my own\b"
                             r"|\b(?:[a-z]{3,}est|best|worst|most [a-z]+|least [a-z]+) (?:[a-z]+ )?I\b")
# people of one's own after a later "my": told as "their sister", they may be anyone's
KIN = re.compile(r" (?:(?:younger|older|little|big|eldest|youngest|own|best|late|new) )?(?:sister|brother|mother|father|mum"
                 r"|mom|dad|husband|wife|son|daughter|family|friend|partner|boyfriend|girlfriend|kid|child|children"
                 r"|parent|boss|colleague|neighbou?r|grandkid|grandchild|grandchildren|aunt|uncle|cousin)s?\b")
Reporter = Callable[[str, "str | None", "str | None"], "str | None"]


def the_writer(sentence: str, report: Reporter) -> str | None:
    """The sentence with the writer's first person said in the third person; None when it cannot be said safely.
    `report` is reported.report, which tells the first word with its verb ("I keep" -> "the writer keeps")."""
    if re.search(r"\b(?:we|us|our|ours|you|your|yours|they|them|their|theirs|themselves)\b", sentence, re.IGNORECASE) \
            or '"' in sentence or NOT_A_STATEMENT.search(sentence):
        return None
    if re.search(r"\bMy [A-Z]", sentence):
        return None  # "My Little Harbour Cafe opened ...": a name, not the writer's
    if re.match(r"My ", sentence) and re.search(r"\b(?:him|her|them)\b|^My \w+ is,", sentence):
        return None  # as writer_voice: "My husband called him later" (who?), "My problem is, ..." (a frame)
    found = list(FIRST.finditer(sentence))
    if not found or len(found) > 3 or any(m.group(1) in ("I", "mine") for m in found[1:]) \
            or any(m.group(1) in ("mine", "myself") for m in found):
        return None
    later = found[1:]
    if any(m.group(1) == "my" and KIN.match(sentence, m.end()) for m in later):
        return None  # "I told my sister": "their sister" is heard as someone else's family as easily as the writer's
    if later and found[0].group(1) != "I":
        return None  # "My sister wants money and my husband says no": "their husband" would be the sister's
    if re.search(r"\b(?:he|she|him|her|his|hers)\b", sentence, re.IGNORECASE):
        return None  # "Three years ago I lent her £2,500": a letter's "her" is someone a sentence not said named
    for m in reversed(later):  # from the end, so the earlier positions stay where they were
        sentence = sentence[:m.start()] + LATER[m.group(1).lower()] + sentence[m.end():]
    told = report(sentence, None, "the writer")
    return told and re.sub(r"\bam\b", "is", told)

"""Words the plain-English pass must not drop: describing words and -ly words that change the claim.

briefing.plain_english.simplify_words drops uncommon -ly adverbs and uncommon describing words before a noun,
because most only colour a fact ("illicit drugs" -> "drugs"). Some carry the fact itself: "no credible
evidence" is not "no evidence", "wrongly accused" is not "accused", "20.7 cubic foot" is not "20.7 foot".
These rules say which ones stay; they need no parser, only the words around the one in question.
"""
from __future__ import annotations

import re

from .vocabulary import glossary_entries
from .words import VERB_BEFORE

# nouns that mean little without the describing word before them ("of cosmic proportions", "3.7 metric tons")
NEEDS_DESCRIBING = {"proportions", "proportion", "scale", "magnitude", "dimensions", "extent", "degree", "nature",
                    "origin", "origins", "descent", "terms", "standards", "levels", "tons", "tonnes", "foot", "feet",
                    "meters", "metres", "miles", "inches", "yards", "gallons", "liters", "litres"}
# illnesses: the describing word says which one ("cervical cancer", "pneumonic plague")
ILLNESSES = {"cancer", "plague", "disease", "diseases", "infection", "infections", "virus", "fever", "syndrome",
             "disorder", "flu", "illness", "failure", "attack", "injury", "injuries", "surgery"}
# after these the describing word is the point: "no credible evidence" is not "no evidence"
LIMITING = {"no", "any", "not", "without", "little", "few", "only", "never"}
# "humans becoming multiplanetary requires ...": after these the word is what the clause says
LINKING_ING = {"becoming", "getting", "staying", "remaining", "seeming", "looking", "feeling", "being"}
# words in "-ant" and "-ent" before a noun are most often nouns for people or things ("migrant workers",
# "tenant rights", "ran on impeachment does not")
NOUN_ENDINGS = ("ant", "ent")


# -ly words that say whether a claim is true, lawful, shared or lasting: never dropped as colour, even when rare
# ("She was wrongly accused" is not "She was accused"; "illegally entering" is not "entering")
MEANING_ADVERBS = {"wrongly", "falsely", "mistakenly", "wrongfully", "unfairly", "illegally", "unlawfully", "legally",
                   "allegedly", "purportedly", "reportedly", "supposedly", "apparently", "unanimously", "jointly",
                   "unilaterally", "indefinitely", "temporarily", "permanently", "partially", "partly", "narrowly",
                   "barely", "hardly", "scarcely", "nearly", "almost", "voluntarily", "involuntarily",
                   "accidentally", "knowingly", "unknowingly", "secretly", "anonymously", "privately", "publicly",
                   "posthumously", "retroactively", "remotely", "fatally", "critically", "seriously", "slightly",
                   # how much or how freely: "use water sparingly" is not "use water"
                   "sparingly", "cautiously", "moderately", "conditionally", "provisionally", "selectively"}


def adverb_carries_meaning(word: str) -> bool:
    return word.lower() in MEANING_ADVERBS


def carries_meaning(word: str, before: str, following: str, sentence: str) -> bool:
    """Whether an uncommon word before a noun must stay: dropping it would change what the sentence says.

    A verb after "to" ("meant to punish conduct"), one of two joined describing words ("crowded and unsanitary
    rooms"), the word after "no" ("no credible evidence"), the kind of an illness ("cervical cancer"), a
    measure ("metric tons"), one of two kinds the sentence names ("compensatory damages and ... punitive
    damages"), and a word the glossary knows as a noun ("pandemic relief")."""
    prev = re.findall(r"[A-Za-z']+", before)
    last = prev[-1].lower() if prev else ""
    if last in VERB_BEFORE or last in LIMITING or last in LINKING_ING or re.search(r"(?:\b(?:and|or)|,)\s*$", before):
        return True
    if following in NEEDS_DESCRIBING or following in ILLNESSES or word.endswith(NOUN_ENDINGS):
        return True
    if re.search(rf"\b{re.escape(following)}\b", before):
        return True  # the noun was named before: this word says which kind
    entries = glossary_entries().get(word.lower(), [])
    return any(e.pos != "adj" for e in entries) and not any(e.pos == "adj" for e in entries)

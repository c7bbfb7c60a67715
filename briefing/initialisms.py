"""A headline's short form spelled out from the article's opening: "Harlow takes FID on ..." -> "Harlow takes a
final investment decision on ..." (moved out of briefing.words; words re-exports it)."""
from __future__ import annotations

import re

from .words import FUNCTION_WORDS, NOUN_BEFORE


# an all-capital short form of three to five letters, maybe with a plural "s" ("FID", "IPOs")
INITIALISM = re.compile(r"\b([A-Z]{3,5})\b")


def spelled_initialisms(title: str, body: str) -> str:
    """ "Harlow takes FID on ..." -> "Harlow takes a final investment decision on ..." when the article's opening
    writes the short form out: its letters start the words of one phrase of the first two paragraphs, in order
    ("final investment decision"). A headline uses a short form that the lead then spells out; a learner cannot
    follow the letters. Only there, and only a phrase of content words: deeper in a long article letters meet
    words by chance ("RWD" is not "reducing wind drag", "FTC" not "factor the cost"). The lead's "a", "an" or
    "the" before the phrase comes along when the title has none there. Anything else stays (the speech engine
    says the letters)."""
    from .vocabulary import is_common  # imported here: it reads the word lists, which import this module

    if sum(t.isupper() for t in title.split()) > len(title.split()) / 2:
        return title  # "BREAKING NEWS: ...": a title in capitals, not short forms
    lead = "\n\n".join([p for p in body.split("\n\n") if p.strip()][:2])

    def spelled(m: re.Match[str]) -> str:
        letters = m.group(1).lower()
        if is_common(letters):
            return m.group(0)  # "THE", "NEWS", "CEO": a word, or a short form every learner has met
        words = r"\s+".join(rf"{c}[a-z]+" for c in letters)
        found = re.search(rf"(?:\b(a|an|the)\s+)?\b({words})\b", lead, re.IGNORECASE)
        if found is None or any(w[:1].isupper() or w.lower() in FUNCTION_WORDS for w in found.group(2).split()):
            return m.group(0)  # not written out, written as a name ("Federal Investment Desk"), or small words
        phrase = " ".join(found.group(2).split())
        before = re.search(r"([A-Za-z]+)\s+$", title[:m.start()])
        if found.group(1) and not (before and before.group(1).lower() in NOUN_BEFORE):
            phrase = f"{found.group(1).lower()} {phrase}"
        return phrase[:1].upper() + phrase[1:] if m.start() == 0 else phrase
    return INITIALISM.sub(spelled, title)

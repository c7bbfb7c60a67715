"""A fact-check page opens on the claim it checks, set out as a heading and a sentence ("Claim" / "Ann Lee has a
net worth of $17 million." / "Rating" / "Unproven"). Read as news, that sentence is the lead, and the script
said the claim the page rejects as a fact. Here the claim is told as a claim ("Some people claim that ...") and
the page's rating goes with it.
"""
from __future__ import annotations

import re

_CLAIM_HEADING = re.compile(r"(?:the )?claims?:?", re.IGNORECASE)
_RATING_HEADING = re.compile(r"(?:our )?(?:rating|verdict|ruling):?", re.IGNORECASE)
_INLINE = re.compile(r"(?P<label>(?:the )?claims?|(?:our )?(?:rating|verdict|ruling)): (?P<text>.+)", re.IGNORECASE)
_RATING_WORDS = 6


def _claim_sentence(claim: str) -> str:
    claim = claim.strip().rstrip(".")
    first = claim.split()[0] if claim.split() else ""
    # "Former U.S. ambassador ..." -> "former U.S. ambassador ...": a common word that opened the sentence
    if first.isalpha() and first[1:].islower() and first.lower() in _COMMON_OPENERS and not _title_of_a_name(claim):
        claim = claim[:1].lower() + claim[1:]
    return f"Some people claim that {claim}."


def _title_of_a_name(claim: str) -> bool:
    """ "President Ann Lee signed ...": a title before a name keeps its capital; "President of the club ..."
    or "Senator" alone is a common word."""
    words = claim.split()
    return words[0].lower() in _TITLES and len(words) > 1 and words[1][:1].isupper()


_TITLES = {"president", "senator", "governor"}

# words that open a claim sentence with a capital only because they open it
_COMMON_OPENERS = {"former", "the", "a", "an", "some", "many", "most", "all", "no", "new", "this", "these", "those",
                   "there", "it", "people", "one", "two", "three", "several", "every", "each", "president",
                   "senator", "senators", "governor", "governors", "police", "scientists", "doctors", "drinking", "eating", "using"}


def _labelled(paragraphs: list[str], i: int) -> tuple[str, str, int] | None:
    """What paragraph i labels: ("claim" or "rating", the labelled text, how many paragraphs it takes), for a
    heading with its text in the next paragraph ("Claim" / "...") or a label before it ("Verdict: False")."""
    para = paragraphs[i].strip()
    inline = _INLINE.fullmatch(para)
    for kind, heading in (("claim", _CLAIM_HEADING), ("rating", _RATING_HEADING)):
        if heading.fullmatch(para) and i + 1 < len(paragraphs):
            return kind, paragraphs[i + 1], 2
        if inline and heading.fullmatch(inline.group("label")):
            return kind, inline.group("text"), 1
    return None


def framed_claims(paragraphs: list[str]) -> list[str]:
    """The paragraphs with a checked claim told as "Some people claim that ..." and its rating as "This claim is
    rated unproven." A page with no claim heading comes back as it was. The rating goes with the claim only when
    the page gives one in the few paragraphs after it (a short verdict, not a sentence)."""
    out: list[str] = []
    claimed = False
    i = 0
    while i < len(paragraphs):
        kind, text, taken = _labelled(paragraphs, i) or ("", "", 1)
        if kind == "claim" and not claimed:
            out.append(_claim_sentence(text))
            claimed = True
        elif kind == "rating" and claimed and len(text.split()) <= _RATING_WORDS:
            out.append(f"This claim is rated {text.strip().rstrip('.').lower()}.")
        else:
            out.append(paragraphs[i])
            taken = 1
        i += taken
    return out

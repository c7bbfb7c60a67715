"""Who said a long news sentence, found where news puts it, for briefing/compress.py.

A news lead often names its source last: "More than 9,000 books have come back ..., and card sign-ups have
risen by 14%, library officials told the city council on Tuesday." Every clause before the tag is the
source's word, so the tag is moved to the front ("Library officials told the city council on Tuesday that
...") and compress then keeps the speaker on each piece it cuts. A closing "in what they called ..." is the
speaker's own verdict on the news, not a fact: it is left out rather than told as the writer's.
"""
from __future__ import annotations

import re

from .clauses import is_verbish, words
from .compress_grammar import _main_clause

# a speaker is a short noun phrase: "library officials", "Scientists at the Meridian Institute", "the union"
SPEAKER = r"(?:[Tt]he |[Aa]n? )?[A-Za-z][\w.'&-]*(?: (?:[\w.'&-]+)){0,6}?"
# the verb of a tag, with whom it was told: "said", "told reporters", "told the city council"
TAG_VERB = r"said|says|announced|reported|told (?:the |a )?[a-z]+(?: [a-z]+)?|told [A-Z][\w'-]+(?: [A-Z][\w'-]+)?"
TAG_WHEN = r" (?:on|last|this) [A-Z][a-z]+| (?:on )?[A-Z][a-z]{2,8}\.? \d{1,2}| \w+day| last (?:week|month|year)"
# "..., in what they called the most detailed look yet": the speaker's verdict on what they said
VERDICT = r"in what (?:they|he|she|it|officials|experts) (?:called|described as|said was|termed) .+"


def speaker_first(body: str) -> str:
    """'S, X said on Tuesday[, in what they called ...]' -> 'X said on Tuesday that S'; the body unchanged
    when it has no such tag (or when the part before the tag is not a clause the speaker could have said)."""
    if '"' in body:
        return body
    opener = re.fullmatch(r"According to ([^,]{3,60}), (.{20,})", body)
    if opener and _main_clause(opener.group(2)) and " and " in opener.group(2):
        # "According to figures from X, A and B": both are the figures' word, so the source goes first for each
        return f"{opener.group(1)[:1].upper()}{opener.group(1)[1:]} said {opener.group(2)}"
    # "..., said Lt. Ann Lee, a police spokeswoman": the verb first, then the name and what the speaker is
    inverted = re.fullmatch(r"(.{40,}?), said ((?:[A-Z][\w'-]*\.? ){0,3}[A-Z][\w'-]*)(?:, [^,]{3,60})?", body)
    if inverted and _main_clause(inverted.group(1)) and not _speaker_inside(inverted.group(1)):
        claim = inverted.group(1)
        first = claim.split()[0]
        if first in ("The", "A", "An", "More", "Less", "About", "Nearly", "Almost", "Some", "Most", "All", "Officers",
                     "Police", "Officials"):
            claim = first.lower() + claim[len(first):]
        return f"{inverted.group(2)} said that {claim}"
    m = re.fullmatch(rf"(.{{40,}}?), ({SPEAKER}) ({TAG_VERB})({TAG_WHEN})?(?:, {VERDICT})?", body)
    if not m:
        return body
    who, claim = m.group(2), m.group(1)
    toks = who.split()
    if any(is_verbish(t) for t in toks) or toks[0].lower() in ("and", "but", "or", "which", "who", "that", "as",
                                                                "while", "when", "if", "because", "after"):
        return body  # "..., which the agency said": not a speaker tag
    if not _main_clause(claim) or _speaker_inside(claim):
        return body  # a claim with a speaker of its own inside is not this speaker's alone
    who = who[:1].upper() + who[1:]
    first = claim.split()[0]
    if first in ("The", "A", "An", "More", "Less", "About", "Nearly", "Almost", "Some", "Most", "All"):
        claim = first.lower() + claim[len(first):]
    return f"{who} {m.group(3)}{m.group(4) or ''} that {claim}"


def _speaker_inside(claim: str) -> bool:
    """Does the claim name a speaker of its own ("officials said", "told reporters")? A passive "were told on
    Monday to boil their water" is what people were told, not a second speaker: the tag after it still owns it."""
    return any(not re.search(r"\b(?:was|were|been|be|being|is|are|get|got)(?: \w+ly)? $", claim[:m.start()])
               for m in re.finditer(rf"\b(?:{TAG_VERB})\b", claim))


def facts_kept(sentence: str, pieces: list[str]) -> int:
    """How many of the sentence's names and numbers (the who, where, when and how many) the pieces still say."""
    facts = set(re.findall(r"\d[\d,.]*\d|\d", sentence)) | set(re.findall(r"(?<=\S )[A-Z][\w'-]*", sentence))
    said = " ".join(pieces)
    return sum(1 for f in facts if re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", said))


def keeps_more_facts(sentence: str, pieces: list[str], other: list[str]) -> bool:
    """Does `other` say more of the sentence's names and numbers than `pieces` (the compress fallback against
    the clause cutter's pieces)? A cut that lost a name or a number loses the lead's who, where or how many."""
    # and says nearly as much: a side fact with two names ("X is a senior Y Party figure.") is no trade for an event
    return bool(other) and facts_kept(sentence, other) > facts_kept(sentence, pieces) \
        and words(" ".join(other)) >= 0.8 * words(" ".join(pieces))


def spoke_to(body: str) -> tuple[str, str]:
    """'X told a packed session of the Assembly on Tuesday that S' -> 'X spoke to a packed session of the Assembly
    on Tuesday' and 'X said that S': a long audience would keep the listener waiting for what was said. ('' and
    the body when the sentence has no such audience.)"""
    # the audience never runs over a "that": in "told the court that A had known that B" the first "that" starts
    # what was said
    m = re.fullmatch(rf"([A-Z][\w.'-]*(?: [\w.'-]+){{0,5}}?) told ((?:the|a|an) (?:(?!that\b)[^,\"]){{8,80}}?)"
                     rf"({TAG_WHEN})? that (.{{20,}})", body)
    if not m or len(m.group(2).split()) < 4 or any(is_verbish(t) for t in m.group(1).split()):
        return "", body  # "told the council that ...": short enough to say as it is
    # "a packed and noisy session of the Provincial Assembly" is the Assembly sitting: "the Provincial Assembly"
    audience = re.sub(r"^(?:a|an|the) (?:[a-z]+ (?:and )?){0,3}(?:session|sitting|meeting|hearing|gathering|crowd"
                      r"|audience) of (?=the [A-Z])", "", m.group(2))
    return f"{m.group(1)} spoke to {audience}{m.group(3) or ''}", f"{m.group(1)} said {m.group(4)}"


def without_writers_as(claim: str) -> str:
    """What a speaker said, without a closing ', as <clause>': "X said that S, as a row threatened Y" sets the
    writer's scene, and told as X's words it would give X a claim X did not make. It is left out."""
    return re.sub(r", as (?!well\b|usual\b|expected\b|a result\b|part\b|much\b|many\b|long\b|soon\b)"
                  r"(?:a|an|the|[a-z]+s|[A-Z][\w'-]*)\b.*$", "", claim)

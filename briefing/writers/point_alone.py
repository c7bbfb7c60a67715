"""Whether a recap point makes sense without the story line before it: no "this", "his" or "they" that stands for
something the recap does not repeat, no verb left bare ("... have not."). The recap (writers/recap.py) and the
headlines (writers/headlines.py) say a point on its own, a minute after the story said its line."""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from ..clauses import PRESENT_VERBS
from ..sentences import BODIES
from ..speakers import GROUP_NOUNS


# "Staying on the Moon and reaching Mars have not.", "Its rivals did too.": a verb left bare, its action in a line before
BARE_VERB_END = re.compile(r"\b(?:have|has|had|do|does|did|is|are|was|were|will|would|can|could|should)(?: not|n't)?"
                           r"(?:,? (?:too|either|yet))?[.!?]$", re.IGNORECASE)


def stands_alone(sentence: str) -> bool:
    """A point must make sense without the sentence before it (no "this", "his", "said this", "said that this
    is ...": a "this" standing for a thing said before)."""
    # ("The team reported this on Wednesday.": whose claim, the recap would not say)
    return not re.search(r"\b(this|that)[.!?]?$|\b(?:said|reported|announced|showed|shows) this\b"
                         r"|\b(its|his|her|their|them)\b"
                         r"|\b(another|the other|the others|both) (is|are|was|were)\b"
                         r"|\b(?:that|said|out that) (?:this|these|those) (?:is|are|was|were|has|have|had|will|would)\b"
                         # "None of those costs ...": the costs of a line before ("those who ..." says whom it means)
                         r"|\b(?:these|those) (?!who\b|which\b|that\b|of\b|in\b|at\b|with\b)[a-z]+s\b"
                         # "GateHouse has not been known for such investment.": the kind a line before named
                         r"|\bsuch (?!as\b|a\b|an\b)[a-z]+"
                         # "The writer will not pretend otherwise.": otherwise than a line before says
                         r"|\botherwise[.!?]?$"
                         # "Staying on the Moon and reaching Mars have not.": a verb left bare, its action in a line before
                         rf"|{BARE_VERB_END.pattern}"
                         # "Then there was another one, and another.", "Drivers should avoid the area.": one more of,
                         # or the place of, a thing a line before named
                         r"|\banother one\b|\band another[.!?]$|\bthe area[.!?]$"
                         # "The writer thinks the right one matters.": the one of a line before
                         r"|\bthe (?:right|wrong|new|old|same|other|last|next|first|best|only) one\b(?! of\b)"
                         # "The writer does not think that is too much to ask.": "that" is what was said before
                         r"|\b(?:think|thinks|thought|say|says|said|believe|believes|know|knows) (?:that|this)"
                         r" (?:is|was|will|would)\b"
                         # "Gaspard said playing a role in that change was fun.": the change a line before named
                         # ("the risks of this grant": the thing the whole story is about, heard a minute before);
                         # "None of this means ...": all that the lines before said
                         r"|\b(?:none|all|some|much|most|any) of (?:this|that)"
                         r" (?:is|was|means|meant|has|had|will|would|can|could|should|matters|changes)\b"
                         r"|\b(?:in|of|on|to|for|with|from|about|by|after|before|during|behind|against) that"
                         r" (?!(?:year|week|month|morning|afternoon|evening|night|weekend|season|summer|winter"
                         r"|spring|autumn|fall|time)\b)[a-z]+\b",
                         sentence, re.IGNORECASE)


# words before a "they" that may be what it stands for: a group ("the company said they"), a pair ("he and
# Kimberly ... they") or people counted in the plural
PLURAL_WORDS = {"and", "people", "police", "children", "men", "women", "staff", "crew", "family", "public", "both"}
NOT_PLURAL = {"is", "was", "has", "does", "says", "this", "its", "his", "as", "us", "yes", "thus", "always", "news",
              "perhaps", "sometimes", "whereas", "across", "less", "unless", "since"}


def they_points_outside(sentence: str, names: AbstractSet[str] = frozenset()) -> bool:
    """"Clarke said they have a need.": with no group, pair or plural before it in the point, the "they" stands
    for people named in a story line the recap does not repeat (a company, the police)."""
    m = re.search(r"\b[Tt]hey\b", sentence)
    if not m:
        return False
    for i, tok in enumerate(re.findall(r"[A-Za-z'-]+", sentence[:m.start()])):
        w = tok.lower()
        if w in PLURAL_WORDS or w in GROUP_NOUNS or w in BODIES:
            return False
        plural = re.fullmatch(r"[a-z]{3,}[^su']s", w) and w not in NOT_PLURAL
        if (tok[:1].islower() or (i == 0 and tok not in names)) and plural \
                and w not in PRESENT_VERBS:
            return False  # "lawyers for Hallmark said they would appeal"
    return True

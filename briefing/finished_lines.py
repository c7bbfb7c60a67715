"""Last touches on a line the rewriter has finished, for briefing/plain_english.py: a news wire's bare day gets
its "on" ("arrested six people on Monday"), and a clause a split left on a time's sentence gets a sentence of its
own ("This was after the announcement." + "Shares rose."), a quote's two clauses joined by a bare comma are
reported one by one ("She said the gangs are organised." + "She said they sound professional."), and words a
quote's speaker tells people are reported without the comma of direct speech.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .attribution import after_but
from .clauses import cap, finish, words
from .grammar import LONGEST, SUBORDINATE_STARTS, is_clause, is_verbish, subject_and_verb
from .speakers import DAYS
from .vocabulary import common_words


def time_then_clause(part: str) -> list[str]:
    """'This was after the announcement, and shares in builders rose.' -> 'This was after the announcement.' +
    'Shares in builders rose.': a split left a second clause on the time's sentence (one idea per sentence)."""
    m = re.fullmatch(r"(This was (?:after|before|during) [^,]{3,60}), and ([a-z][^,]{10,})\.", part)
    if not m or m.group(2).split()[0] in SUBORDINATE_STARTS or not (subject_and_verb(m.group(2)) or is_clause(m.group(2))):
        return [part]
    return [finish(m.group(1)), finish(cap(m.group(2)))]


# "She said the gangs are well organised, they sound professional.": a quote's list of clauses, cut at its last
# ", and", leaves two clauses joined by a bare comma (a comma splice). The second opens on a pronoun and its verb.
_SPLICED_REPORT = re.compile(r"(?P<speaker>(?:[A-Z][\w'-]* ){1,4}(?:said|says|added)(?: that)?) (?P<first>[^,;:\"]{8,}), "
                             r"(?P<second>(?:they|we|he|she|it|I|you) [a-z]+\b[^,;:\"]*)\.")
# a first clause with a condition or a time in it holds the second inside it: "She said when it rains, they stay home"
_CONDITION_OR_TIME = re.compile(r"\b(?:if|when|while|because|as|once|after|before|unless|until|since|although|though)\b")


def _pronoun_and_verb(clause: str) -> bool:
    """'they sound professional': after "they", "we", "I" or "you" comes a verb ("sound" is a noun too, so the
    verb list may not know it); after "he", "she" or "it" a verb in -s or -ed."""
    pronoun, word = clause.split()[:2]
    if pronoun in ("they", "we", "I", "you"):
        return word not in SUBORDINATE_STARTS and re.fullmatch(r"[a-z]{2,}", word) is not None \
            and word not in ("the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "but", "all", "both")
    return re.fullmatch(r"[a-z]{2,}(?:s|ed)", word) is not None


def spliced_report(part: str) -> list[str]:
    """'She said the gangs are organised, they sound professional.' -> 'She said the gangs are organised.' + 'She
    said they sound professional.' Only when both halves are clauses and the first opens no condition or time
    ("She said when it rains, they stay home" is one sentence)."""
    m = _SPLICED_REPORT.fullmatch(part)
    if not m or m["first"].split()[0].lower() in SUBORDINATE_STARTS or _CONDITION_OR_TIME.search(m["first"]) \
            or not is_clause(m["first"]) or not (is_clause(m["second"]) or _pronoun_and_verb(m["second"])):
        return [part]
    return [f"{m['speaker']} {m['first']}.", f"{m['speaker']} {m['second']}."]


def on_bare_day(s: str) -> str:
    """'Police arrested six people Monday.' -> '... on Monday.'; 'Tuesday, lawyers said ...' -> 'On Tuesday,
    lawyers said ...': a news wire's bare day is a time to a learner only with its "on". A day that names a
    thing ("run Saturday classes", "Black Friday") or follows a word of time ("by", "until", "last") stays."""
    before = s
    s = re.sub(rf"^({DAYS}), (?=[a-z])", r"On \1, ", s)
    def timed(m: re.Match[str]) -> str:
        if m.group(1) in _NOT_BEFORE_A_BARE_DAY or re.match(rf" (?:to|and|or|through) {DAYS}", m.string[m.end():]):
            return m.group(0)  # ("run Monday to Friday": a span of days)
        return f"{m.group(1)} on {m.group(2)}"
    s = re.sub(rf"\b([a-z]+) ({DAYS})(?=[.,;]| (?:with|of|in|at|after|before|for|that|to|and|as|when|while|but"
               rf"|night|morning|afternoon|evening)\b)", timed, s)
    return s if words(s) <= LONGEST else before  # (the "on" never takes a line over the limit)


# words after which a day needs no "on": "by Monday", "last Friday", "the Friday", "late Tuesday"
_NOT_BEFORE_A_BARE_DAY = {"on", "by", "to", "until", "till", "from", "before", "after", "since", "through", "last",
                          "next", "this", "that", "every", "each", "the", "a", "of", "or", "and", "in", "between",
                          "late", "early", "is", "was", "be", "are", "were", "than", "but", "thru", "including",
                          "into", "least", "most", "for", "over", "throughout", "during", "within", "around", "about",
                          "at", "like", "as", "per", "except", "past", "beyond", "against", "toward", "towards"}


def told_without_comma(s: str) -> str:
    """'She said she tells them, there is no shame in this.' -> '... she tells them there is no shame in this.':
    in a quote ("I tell them, there is no shame") the comma opens direct speech; reported, the words follow."""
    if '"' in s or not re.search(r"\b(?:said|says|told|added)\b", s):
        return s
    return re.sub(r"\b((?:I|he|she|we|they) (?:tells?|told|asks?|asked) (?:them|him|her|us|people|everyone|staff)),"
                  r" (?=(?:there|it|this|that|we|you|they|he|she|nobody|everyone|no one) [a-z])", r"\1 ", s, count=1)


def those_named(parts: list[str]) -> list[str]:
    """'The announcement lifted Tessaro's shares 4.2%.' + 'Those of equipment suppliers also rose.' -> '... Shares of
    equipment suppliers also rose.': split from its clause, "those" must name the noun it stood for (the one a
    possessive names in the piece before: "Tessaro's shares")."""
    out: list[str] = []
    for part in parts:
        m = re.match(r"(Those|That) of ", part)
        owned = re.findall(r"\b\w+'s? ([a-z]+)\b", out[-1]) if out and m else []
        noun = next((n for n in owned if n.endswith("s") == (m.group(1) == "Those")), None) if m else None
        out.append(f"{cap(noun)}{part[len(m.group(1)):]}" if m and noun else part)
    return out


def that_after_a_said_phrase(s: str) -> str:
    """'The company said at a launch event in Varna on Tuesday Pixelforge will sell ...' -> '... on Tuesday that
    Pixelforge will sell ...': after a place or time phrase, the reported clause needs its "that" to be heard."""
    told = re.sub(r"\b((?:said|says) (?:at|in|on|during) (?:[\w'-]+ ){1,9}?(?:on |last |this )?(?:" + DAYS +
                  r"|week|month|year|morning|evening|night)) (?=(?:the |a |an )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)* "
                  r"(?:will|would|is|was|are|were|has|had|have|can|could|plans|wants)\b)", r"\1 that ", s, count=1)
    told = told if words(told) <= LONGEST else s
    return _that_before_fronted(told)


# "said after a lot of thought, Jo and Kim have ...": a claim that opens on a fronted phrase and its comma (not the
# saying's own place, time or manner: "said in a statement, ...", "said on Monday, ...", "said with a smile, ...",
# "said when asked, ..." are left as they are)
_FRONTED_AFTER_SAID = re.compile(
    r"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbe )(?<!\bbeen )"  # ("is said to have, ...": no claim)
    r"\b(?P<said>said|says) (?!(?:when|if|once|after|before) (?:asked|pressed|questioned|contacted|approached|reached)\b)"
    r"(?!(?:after|before|from|since|until) (?:that|this|then|there|now)\b)"  # ("said that after that, ..." is stiff)
    r"(?=(?:after|for|despite|without|because of|unlike|under|from|once|when|if"
    r"|although|while|unless|until|as soon as|by the time|instead of|apart from|thanks to|given"
    r"|to (?!be\b|have\b|the\b|an?\b|his\b|her\b|their\b|its\b|our\b|my\b|your\b|this\b|that\b|these\b|those\b"
    r"|them\b|him\b|us\b|me\b|reporters\b|journalists\b|people\b|everyone\b|staff\b)[a-z]+)\b[^,\"]{3,60}, "  # a fronted purpose: "said that to finish a sentence about X, ..."
    r"(?!(?:and|but|or|which|who|adding|saying|according)\b)(?![a-z]+ing\b)[A-Za-z])")
# "told reporters the decision ... had been taken": the listener, then a clause with its own verb
_TOLD_THEN_CLAUSE = re.compile(
    r"\b(?P<told>told (?:reporters|journalists|the (?:court|jury|hearing|inquiry|committee|meeting|council"
    r"|parliament|senate|house|crowd|audience|press)))"
    r" (?=(?:the|a|an|his|her|their|its|this|these) (?:(?!(?:that|which|who)\b)[^,.;])*?\b"
    r"(?:had|has|have|was|were|is|are|will|would|could|should|must|may|might)\b)")


def _that_before_fronted(s: str) -> str:
    """'X said after a lot of thought, A and B have parted.' -> 'X said that after ...': without "that" the fronted
    phrase is heard as when or why X spoke; 'told reporters the decision had been taken' -> 'told reporters that the
    decision ...': without it, "the decision" is first heard as what X told them."""
    told = _FRONTED_AFTER_SAID.sub(r"\g<said> that ", s, count=1)
    told = _TOLD_THEN_CLAUSE.sub(r"\g<told> that ", told, count=1)
    return told if words(told) <= LONGEST or words(told) == words(s) else s


# "This was in a Nov. 5 letter.": where or when the lines before it were said or done (clauses.shorten keeps an
# opening "In a Nov. 5 letter, ..." so)
PLACE_OR_TIME_LINE = re.compile(r"This was (?:at|in|on) ")


def place_then_this(lines: list[str]) -> list[str]:
    """A place-or-time line followed by another "This was ..." line is left out: "This was in a letter." + "This was
    despite the deaths ..." would point the second "This" at the letter, not at what the sentence said before."""
    return [line for i, line in enumerate(lines)
            if not (PLACE_OR_TIME_LINE.match(line) and i + 1 < len(lines) and re.match(r"This (?:was|is)\b", lines[i + 1]))]


def subject_after_but(s: str, names: AbstractSet[str]) -> str:
    """'Unions welcomed the rise but said ...' cut in two gives 'But Unions said ...': the subject's capital was
    the sentence's, and after "But" a plain noun is lower case again ("But unions said ..."); a name keeps it."""
    m = re.match(r"But ([A-Z][a-z]+) (?=[a-z])", s)
    return f"But {after_but(m.group(1), names)} {s[m.end():]}" if m else s


# "The council said on Monday that Bus fares will rise.": a claim moved after its speaker keeps the capital it had
# when it opened the sentence
_CLAIM_AFTER_SAID = re.compile(r"\b(?P<said>(?:said|says|told [a-z]+|added)(?: (?:on|late on|early on) [A-Z][a-z]+day"
                               r"| (?:last|this) (?:week|month|year)"
                               r"| in (?:a|an|its|their|his|her|the) [a-z]+(?: [a-z]+)?)?(?: that)?)"
                               r" (?P<word>[A-Z][a-z]+)(?= (?P<next>[a-z]+))")


def claim_in_small_letters(line: str, names: AbstractSet[str]) -> str:
    """'The council said on Monday that Bus fares will rise.' -> '... that bus fares will rise.': the claim's first
    word, moved after "said (that)", keeps its capital only when it is a name (one the article writes with a
    capital inside its sentences). A capital "-ing" word before a small word ("said Targeting young buyers") is no
    name: it opens the claim."""

    def small(m: re.Match[str]) -> str:
        word = m["word"]
        if word in ("I", "God") or word.upper() == word:
            return m.group(0)
        # (only a gerund with a verb of its own after it: "said Moving a plant to a new site, with staff who ..."
        # has none, and its capital keeps it flagged as the broken quote it is)
        if word.endswith("ing") and not is_verbish(m["next"]):
            claim = re.split(r"\b(?:that|which|who)\b", line[m.end("word"):], maxsplit=1)[0]
            verb = re.search(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\b", claim)
            return f"{m['said']} {word.lower()}" if verb else m.group(0)
        if word in names or word.lower() not in common_words():
            return m.group(0)
        return f"{m['said']} {word.lower()}"
    return _CLAIM_AFTER_SAID.sub(small, line)

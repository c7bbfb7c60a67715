"""Quoted words inside the writer's own sentence: the quote marks go, the sentence stays.

'Acme was "dragged into the market," CEO Ann Moss said.' and 'Fell said Labour had "taken nothing for
granted".' are already reported speech with the speaker named; only the marks (which a listener cannot hear)
and a quoted "I" or "we" (which must be told in the third person) need care.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .grammar import IRREGULAR_PAST

# reported.py's speech verbs (it imports this module, so they are repeated here)
SPEECH_VERBS = (r"said|says|added|told (?:[A-Z]\w+|the \w+|reporters)|tells [A-Z]\w+|explained|noted|wrote"
                r"|continued")
FIRST_PERSON = re.compile(r"\b(I|me|my|mine|we|us|our|ours|you|your|yours|I'm|we're|you're)\b", re.IGNORECASE)
# the verbs that make what follows someone's words: "said the offer was", "as she put it,", "called it"
REPORTING = (r"said|says|told|tells|wrote|writes|added|argued|insisted|warned|explained|noted|promised|vowed"
             r"|claimed|called|described|put it")
# the one who speaks, just before the verb: "The company", "Fell", "One senior figure, who ..., "
SPEAKER = (r"((?:[Tt]he [a-z]+(?: [a-z]+)?|[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}|he|she|it|they))"
           r"(?:, [^,\"]{3,120},)? (?:said|says)\b")

# an aside on why the speaker is not named
ANONYMOUS = re.compile(r", who (?:spoke|asked|declined|requested|was not authori[sz]ed|were not authori[sz]ed|did not want)"
                       r"\b[^,\"]*\b(?:anonymity|named|identified|publicly|on the record)\b[^,\"]*,")

# a he or she in the quoted words, which in_third_person checks against the speaker
THIRD_PERSON = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)

Reporter = Callable[[str, str, Mapping[str, str]], "str | None"]


def quoted_words_in_a_claim(s: str, quotes: list[str]) -> str | None:
    """'Acme was "dragged into the market," CEO Ann Moss said.' -> the claim without quote marks, so
    attribution_first can put the speaker first: the quoted words are the writer's sentence, and only a
    quoted "I" or "we" would need reporting. None for any other shape."""
    plain = s.replace('"', "")
    if s.startswith('"') or any(FIRST_PERSON.search(q) for q in quotes):
        return None
    if not re.search(rf"^.{{15,}}, [^,]{{1,50}} (?:{SPEECH_VERBS})\.?$", plain):
        return None
    return plain


def quoted_words_in_a_report(s: str, quotes: list[str], in_third_person: Reporter,
                             pronouns: Mapping[str, str]) -> str | None:
    """'Fell said Labour had "taken nothing for granted and still lost".' -> the same without the marks: the
    quoted words sit inside what the speaker is said to have said. A quoted "we" or "I" is told in the
    third person for the one who says it ('The company said the cut was "one of the things we are looking
    at".' -> '... one of the things they are looking at.'). None when the quote opens the sentence or
    follows a colon (a quote of its own), when a speech verb after it may give it to someone else ('...,
    critics said'), or when it asks, speaks to "you" or cannot be told for its speaker."""
    # "One official, who spoke on condition of anonymity because ..., said": how the writer got the words
    # is no part of the news
    s = ANONYMOUS.sub("", s)
    first, last = s.find('"'), s.rfind('"')
    head, tail = s[:first], s[last + 1:]
    if first <= 0 or head.rstrip().endswith(":") or not re.search(rf"\b(?:{REPORTING})\b", head):
        return None
    if any(q.rstrip().endswith("?") or re.search(r"\b(?:you|your|yours|yourself)\b", q, re.IGNORECASE)
           for q in quotes):
        return None
    said = list(re.finditer(SPEAKER, head))
    if re.search(rf"\b(?:and|but|or|so|while|{REPORTING})\b|;", tail) and not _second_verb_of_a_modal(head, tail):
        # 'Fell said Labour had "lost" and congratulated Brandt.': without the marks, Labour would seem to
        # have congratulated Brandt; the speaker's own act is said first: 'Fell congratulated Brandt and said ...'
        act = re.fullmatch(r" and ((?:[a-z]+ed|" + "|".join(IRREGULAR_PAST) + r")\b[^\",;]*?)\.?", tail)
        opening = re.match(rf"((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){{0,3}}|[Tt]he [a-z]+)(, [^,\"]{{3,120}},)? (said|says) ",
                           head)
        if not act or not opening or len(said) != 1:
            return None
        who = opening.group(1) + (opening.group(2) or "")
        s = f"{who} {act.group(1)} and {opening.group(3)} {s[opening.end():last + 1]}."
    plain = s.replace('"', "")
    if not any(FIRST_PERSON.search(q) or THIRD_PERSON.search(q) for q in quotes):
        return plain
    # the speaker of the last "said" before the quote, with no other speech verb between ('Lee said the
    # judge told him "I have no choice"': the "I" is the judge's)
    if not said or len(quotes) > 1 or re.search(rf"\b(?:{REPORTING})\b", head[said[-1].end():]):
        return None
    told = in_third_person(quotes[0], said[-1].group(1), pronouns)
    return None if told is None else s.replace(f'"{quotes[0]}"', told)


MODAL = r"(?:would|will|could|can|should|must|may|might)"


def _second_verb_of_a_modal(head: str, tail: str) -> bool:
    """'The ministry said it would "consider the next steps" and meet the trust.': the quote opens right after a modal
    and the tail goes on with "and" and a bare verb, which the same modal governs ("would ... and meet"): a second
    thing said, not the speaker's own act (that would be "and met"), so the marks may go with the sentence whole."""
    m = re.fullmatch(r" and ([a-z]+)\b[^\",;]*\.?", tail)
    return bool(m and re.search(rf"\b{MODAL} (?:not |also |then )?$", head) and not m.group(1).endswith(("ed", "s"))
                and m.group(1) not in IRREGULAR_PAST and m.group(1) not in ("the", "a", "an", "then", "that", "it", "they"))


# a quoted name of a campaign, a show or a work, said as a word before its noun: 'the viral "Meth. We are on it."
# awareness campaign', 'the "Starts with one" campaign'. Its words are a title, not someone's speech.
TITLE_NOUNS = r"(?:campaign|slogan|ad|advert|advertisement|poster|initiative|programme|program|series|show|song|album|film|movie)"
QUOTED_TITLE = re.compile(rf"(?<=[a-z'] )\"[^\"]{{2,60}}\" (?=(?:[a-z]+ ){{0,2}}{TITLE_NOUNS}\b)")


def without_quoted_titles(s: str) -> str:
    """"South Dakota's viral "Meth. We are on it." awareness campaign has ..." -> "South Dakota's viral awareness
    campaign has ...": a quoted title before its noun is left out (a listener would hear "We are on it." as
    someone's words, or as a sentence of its own); the sentence says what the campaign did without its name."""
    return QUOTED_TITLE.sub("", s)

"""Small tests _split_once (briefing/clauses.py) asks of the two sides of a cut: does an "although" part open
there, is the last verb in the past, is a verb after "and" active with its object, does a long subject's verb
come late."""
from __future__ import annotations

import re

from .attribution import REPORT_VERBS
from .split_points import WINDOW_FROM
from .grammar import IRREGULAR_PAST, has_verb, is_clause, is_verbish, lower_first_word, subject_and_verb


OPEN_SUBORDINATE = re.compile(r"(?:and |but |so |yet )?(?:although|though|even though|while|whereas|when|if|unless"
                              r"|because|since|as soon as|once)\b", re.IGNORECASE)
FINITE_VERB = re.compile(r"(?<!\bthat)(?<!\bwhich)(?<!\bwho) (?:is|are|was|were|has|have|will) (?!been\b)")
FINITE_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could"}


def _ends_in_the_past(part: str) -> bool:
    """'... the gases that were floating around | when the planets formed': the last verb before the cut is in
    the past, and a "when" or "after" part goes with it."""
    toks = part.split()[-8:]
    verbs = [(t.lower().strip(","), toks[i - 1].lower() if i else "") for i, t in enumerate(toks) if is_verbish(t)]
    if not verbs or verbs[-1][1] in ("to", "be", "will", "would", "can", "could", "may", "might", "must", "should"):
        return False  # "routes are due to be cut in July": an "-ed" or "cut" after "to be" or a modal is no past
    return verbs[-1][0] in ("was", "were", "had") or verbs[-1][0] in IRREGULAR_PAST or verbs[-1][0].endswith("ed")


# verbs whose passive takes a second object: "was fined £500", "was given a medal", "was sent a letter"
TWO_OBJECT_PASSIVES = {"fined", "awarded", "given", "paid", "charged", "sent", "offered", "granted", "handed", "promised",
                       "denied", "owed", "shown", "told", "asked", "lent", "refunded", "billed", "ordered", "allowed"}


def _active_with_object(right: str) -> bool:
    """Is "processed £3.8 billion" (after "was founded in 2019 and") an active past verb with its object? A figure or
    a "the/a/its ..." right after it is its object, unless the verb is one whose passive takes one ("fined £500")."""
    toks = right.split()
    return len(toks) > 1 and toks[0] not in TWO_OBJECT_PASSIVES \
        and re.match(r"(?:[$£€]?\d|(?:the|a|an|its|their|his|her|more|about|nearly|almost|some)\b)", toks[1]) is not None


def _late_auxiliary(part: str) -> bool:
    """'a further 2,100 residents in the area around Cutter Lake have been warned': a long subject whose verb
    comes after the eighth word, with no comma on the way."""
    toks = part.split()
    return not any(t.endswith(",") for t in toks[:12]) and any(t in FINITE_AUXILIARIES for t in toks[8:12])


# the last item of a list that borrows the verb before it: "..., the second with a forehand and the third"
ELLIPTICAL_ITEM = re.compile(r"\b(?:and|or) ((?:the|a|an|his|her|their|its) [a-z]+(?: [a-z]+)?)$")

# "testified before the committee", "appeared before a judge": "before" names whom they stood in front of
APPEARED_BEFORE = re.compile(r"\b(?:testif(?:y|ies|ied)|testifying|(?:gave|give|gives|giving) evidence|appear(?:s|ed|ing)?"
                             r"|(?:stood|stand|stands|standing)|(?:was|were|been|be) (?:brought|hauled|taken)|bowed"
                             r"|knelt|spoke|speak|speaks)$")

# verbs and words whose "when ..." is what is said, asked or known (an indirect question), not a time:
# "did not say when the work would end", "It is not clear when ...", "asked when ..."
ASKS_WHEN = re.compile(r"\b(?:say|says|said|saying|ask|asks|asked|asking|know|knows|knew|known|decide|decides|decided"
                       r"|explain|explains|explained|show|shows|showed|clear|unclear|sure|certain|wonder|wonders"
                       r"|wondered|confirm|confirms|confirmed|announce|announces|announced|reveal|revealed|predict"
                       r"|predicted|question|idea|disclose|disclosed|specify|specified)(?: (?:exactly|clearly|publicly"
                       r"|yet|precisely))?$")
LIMITED = re.compile(r"\b(?:not|never|no)\b|n't\b")


def while_limits_a_not(left: str) -> bool:
    """Does a bare "while ..." after this part limit its "not"? ("would not be sent out | while the winds were at their
    strongest": cut off, "would not be sent out" is another claim; "will not run for nine days | while ..." has a
    time of its own and may be cut.)"""
    last = left.rsplit(", ", 1)[-1]
    neg = LIMITED.search(last)
    if neg is None:
        return False
    return not re.search(r"\b(?:for|until|till|over|during|through|throughout)\b", last[neg.end():])


def place_back(left: str, told: str) -> tuple[str, str]:
    """'The quake hit at 3:42 a.m., | when most were asleep, at a depth of 10 km' -> the depth goes back to the
    quake ("The quake hit at 3:42 a.m., at a depth of 10 km." + "This was when most were asleep."): a phrase
    after a "when" clause set off by commas belongs to the clause before it."""
    m = re.fullmatch(r"(This was when .+?), ((?:at|in|on|near|from|with|about|off) [^,]+)", told.rstrip("."))
    if not left.endswith(",") or not m or not is_clause(m.group(1)[len("This was when "):]):
        return left, told
    return f"{left} {m.group(2)}", m.group(1)


def list_goes_on(clause: str, rest: str) -> bool:
    """'The objects, which include axes, | spears and swords, are old': does the list the clause names go on past
    the comma after it?"""
    return bool(re.search(r"\b(?:include|includes|included|such as)\b", clause)
                and re.match(r"[^,]+(?:, [^,]+)* (?:and|or) [^,]+, ", rest))


def _lost_end(part: str, pieces: list[str]) -> bool:
    """Did shortening a part leave out its last words (the words a following "This was ..." leans on)?"""
    tail = re.findall(r"[\w'-]+", part)[-2:]
    said = set(re.findall(r"[\w'-]+", " ".join(pieces)))
    return bool(tail) and not all(w in said for w in tail)


LEANING = ("This", "That", "It", "They", "But", "So", "There,", "He", "She")


def keep_leaning(pieces: list[list[str]]) -> list[str]:
    """Join the shortened parts of one sentence, leaving out a part that leans on a part that was lost:
    "It was obtained by Variety." means nothing once "The statement claimed ..." is gone."""
    out: list[str] = []
    lost = False
    for part in pieces:
        if not part:
            lost = True
            continue
        if lost and part[0].split()[0] in LEANING:
            continue
        out += part
        lost = False
    return out


# ", kept in a deep freeze since ...": a participle phrase after a time clause describes a noun of the main clause
TRAILING_DESCRIPTION = re.compile(r", (?:[a-z]+ed|kept|left|held|built|made|known|seen|found|given|taken|frozen|hidden)"
                                  r" (?:in|at|on|since|for|by|under|inside|into|from)\b.*$")


def without_trailing_description(right: str) -> str:
    """'the planets formed, kept in a deep freeze since ...' -> 'the planets formed': said as "This was when the
    planets formed", the description would hang on the planets instead of the thing it tells of."""
    tail = TRAILING_DESCRIPTION.search(right)
    return right[:tail.start()] if tail and subject_and_verb(right[:tail.start()]) else right


# "Supporters responded that A": who reported, and the verb, before the first "that"
_REPORTER = re.compile(rf"((?:[A-Z][\w.'-]*|[Tt]he [\w'-]+|He|She|They)(?: (?:of )?[\w.'-]+){{0,4}}?) ({REPORT_VERBS})"
                       r" (?:[^,]{0,40} )?that ")


def reported_again(left: str, right: str) -> str:
    """'Supporters responded that A, | and that B': B is what they responded too, never a fact of its own:
    'Supporters also responded that B.' (he, she, they, a name or "the X" said again as it is)."""
    m = _REPORTER.match(left)
    if not m:
        return right
    from .sentences import speaker_again  # sentences builds on grammar, as this module does
    return f"{speaker_again(m.group(1))} also {m.group(2)} that {lower_first_word(right)}"


def time_not_told_apart(marker: str, template: str, left: str, right: str) -> bool:
    """Cuts that would tell a time or a sequel apart from what it belongs to:
    "42 for 3 | after nine overs, and when Abbot was out they were 118 for 4" (the "and" opens a new sentence,
    which "This was after ..." would swallow); "the last year of normal exams | before the pandemic" ("before"
    tells which year); "You have 14 days to change your mind | after you agree" (the window starts then)."""
    if template.startswith("This was") and re.search(r", and (?:when|after|before|as|while|once|by the time)\b", right):
        return True
    if marker not in (" after ", " before "):
        return False
    return re.search(r"\bthe (?:first|last|final|previous|next|only) (?:[\w'-]+ ){0,4}[\w'-]+$", left) is not None \
        or WINDOW_FROM.search(left) is not None


# a verb of saying or finding whose object may be a plain thing: "announced an increase", "reported a loss"
_THING_REPORT = re.compile(r"\b(?:announced|announces|reported|reports|found|finds|showed|shows|unveiled) "
                           r"(?=(?:a|an|its|their|his|her|the|record|new)\b)")


def reports_a_thing(left: str) -> bool:
    """Does the clause end on a verb of saying whose object is a thing, with no verb of its own after it ("The
    corporation on Monday announced an increase in fares from December 1")? Then a verb after ", and" is the
    subject's second act ("..., and said it would scrap daily passes"), not a verb inside something reported."""
    found = list(_THING_REPORT.finditer(left))
    if not found:
        return False
    rest = left[found[-1].end():].split(", ")[0]  # (", the first rise since 2019": an aside on the thing)
    return not re.search(r"\b(?:said|says|told|that|which|who|would|will|could|can|may|might|must|should|is|are|was"
                         r"|were|has|have|had)\b", rest) and not has_verb("x " + rest, 40)

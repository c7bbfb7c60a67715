"""The last resort for a sentence too long to say and with no safe place to cut it: keep its main clause.

An opening phrase ("On the question of X, ...") or a trailing phrase ("..., which ...", "in Europe in the 14th
century") is left out only when the rest is a whole clause that says the same thing without it.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .grammar import (IRREGULAR_PAST, LONGEST, PRONOUNS, SHORTEST_PART, SUBORDINATE_STARTS, cap, closed_words, finish,
                      has_verb, is_clause, is_verbish, lower_first, starts_clause, whole, words)
from .sentences import cuts_a_pair
from .verb_shapes import third_person_verb
from .noun_pieces import noun_phrase_only, shares_the_modal

# An opening phrase that says in which world the rest holds: a model, a study, a film, a plan, a source. Without it
# "In the simulation, three streams fed the galaxy" would be told as a thing that happened.
FRAME_RE = re.compile(
    r"(?:(?:in|under|by) (?:the|a|an|this|that|these|their|his|her|its|our|one|each|some|every|both)"
    r" (?:[\w-]+ ){0,3}(?:simulations?|models?|scenarios?|stud(?:y|ies)|surveys?|polls?|experiments?|trials?|tests?"
    r"|films?|movies?|novels?|books?|stor(?:y|ies)|games?|shows?|series|episodes?|plays?|dreams?|theor(?:y|ies)"
    r"|plans?|proposals?|drafts?|versions?|forecasts?|projections?|estimates?|calculations?|reports?|claims?"
    r"|analys[ie]s|case|terms|rules?)"
    r"|according to\b|in (?:theory|principle)|on paper|at (?:best|worst)|assuming\b|supposing\b|depending\b)",
    re.IGNORECASE)


def is_frame(phrase: str) -> bool:
    """'In the simulation', 'According to the police', 'In theory': an opening that limits what the rest claims."""
    return FRAME_RE.match(phrase.strip()) is not None


def split_frame(s: str) -> tuple[str, str]:
    """'In the model, sea levels rose ...' -> ('In the model', 'Sea levels rose ...'); ('', s) with no frame."""
    m = re.match(r"([^,]{3,}), (.+)", s)
    if not m or not is_frame(m.group(1)) or not is_clause(m.group(2)):
        return "", s
    return m.group(1), cap(m.group(2))


def framed_pieces(frame: str, pieces: list[str], names: AbstractSet[str]) -> list[str]:
    """A framed sentence cut into pieces keeps its frame on each: 'In the model, sea levels rose, and the floods came
    every five years.' -> 'In the model, sea levels rose.' + 'In the model, the floods came every five years.'
    Nothing when a piece would run too long with it: without the frame it would be told as real."""
    out = [f"{frame}, {lower_first(p, names)}" for p in pieces]
    return out if all(words(p) <= LONGEST for p in out) else []


def drop_opening_phrase(s: str) -> str:
    """'On the question of X, Peskov said Y.' -> 'Peskov said Y.' when the sentence is too long to keep."""
    m = re.match(r"([^,]{3,}), (.+)", s)
    first = m.group(1).split()[0].lower() if m else ""
    if m and is_frame(m.group(1)):
        return s  # the claim holds only in the frame's world, or on its source's word
    if m and re.match(r"(?:but|and|so|yet) (?:if|unless|provided|as long as|only if|even if|in case|once|until"
                      r"|whether)\b", m.group(1), re.IGNORECASE):
        # "But if the past month is any guide, Lee will win": without its condition the claim is another (a
        # condition that opens the article's sentence is put back by faithful.keep_condition; this one, after
        # the link word of a cut, would not be)
        return s
    # "Taking on a sleeker look, the new car gets ...": the main clause says the news
    if m and (first in SUBORDINATE_STARTS or first.endswith("ing")) and starts_clause(m.group(2)):
        return cap(m.group(2))
    return s


# ", such as those who are bedbound, will have ...": examples between a noun and the verb
EXAMPLES_BEFORE_VERB = re.compile(r", (?:such as|for example|for instance) [^,]{2,60}, (?=(?:[a-z]+ly )?(?:is|are|was|were|has"
                                  r"|have|had|will|would|can|could|may|might|must|should|[a-z]+ed|[a-z]+s)\b)")


def drop_examples(s: str) -> str:
    """'People who need extra help, such as those who are bedbound, will have water delivered.' -> 'People who
    need extra help will have water delivered.' when the sentence is too long to keep: the examples only name
    some of the people or things the sentence is about, so what it says of all of them stays true."""
    return EXAMPLES_BEFORE_VERB.sub(" ", s, count=1)


# "from ARDEN, its Phase 2b randomized, double-blind trial evaluating X in adults with Y.": a name, then what it is
# as a possessive noun phrase with no verb of its own, to the end of the sentence
FINAL_POSSESSIVE_APPOSITIVE = re.compile(r"^(.{30,}?\b[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}), (?:its|their|his|her) "
                                         r"(?![^.]*\b(?:is|are|was|were|has|have|had|will|would|said|says)\b).{10,}$")


def drop_final_appositive(s: str) -> str:
    """'Celvara today announced results from ARDEN, its long randomized, blinded trial testing CVT-218 in ...' ->
    'Celvara today announced results from ARDEN.' when the sentence is too long to keep: what the name is can go,
    the news stays (cut at the comma, the appositive alone would be no sentence)."""
    m = FINAL_POSSESSIVE_APPOSITIVE.match(s.rstrip(".").strip())
    if m:
        return f"{m.group(1)}."
    # "... with a target of £175,000, the guide price set by the auctioneers": what a figure or a thing just named
    # is, in a noun phrase with a describing participle and no name or number of its own
    last = re.fullmatch(r"(.{30,}[\w%)]), ((?:the|a|an) [a-z][a-z' -]+)", s.rstrip(".").strip())
    if last and noun_phrase_only(last.group(2)) and any(is_verbish(t) for t in last.group(2).split()[1:]):
        return f"{last.group(1)}."
    return s


# verbs whose object is followed by a "to" clause that completes them: "urged residents, especially the old, to stay in"
ASKING_VERB_RE = re.compile(r"\b(?:ask|urge|tell|allow|want|encourage|invite|order|force|help|expect|require|advise"
                            r"|persuade|warn|remind|call on|press|beg)(?:s|es|d|ed|ing)?\b|\btold\b"
                            r"|\burging\b|\bforcing\b|\bencouraging\b|\brequiring\b|\bpersuading\b|\binviting\b")


def asked_to_later(left: str, rest: str) -> bool:
    """Is the "to" clause that completes an asking verb of the left part still to come after a cut there?"""
    asked = list(ASKING_VERB_RE.finditer(left))
    return (bool(asked) and " to " not in left[asked[-1].end():]
            and re.search(r"(?:^|, )to [a-z]+", rest.lstrip(", ")) is not None)


CONDITION = re.compile(r"^\s*(?:if|unless|provided|as long as|only if)\b", re.IGNORECASE)


# a speech tag after the claim: "..., says certified financial planner Eric Roberge", "..., he and his wife
# explained on their podcast", "..., according to data from MarketAxess" (not "..., though VW says it could ...")
_TAG_VERBS = (r"said|says|explained|explains|added|adds|noted|notes|warned|warns|argued|argues|wrote|writes|told"
              r"|tells|claimed|claims|insisted|insists|admitted|admits|stressed|stresses|reported|reports"
              r"|according to")
_TAG_SPEAKER_WORD = (r"(?!(?:that|which|who|whom|as|when|if|because|while|although|though|but|so|yet|or|even|have|has"
                     r"|had|been|be|was|were|is|are)\b)[^,\s]+")
_TRAILING_TAG = re.compile(rf",\s+(?:{_TAG_SPEAKER_WORD}\s){{0,8}}(?:{_TAG_VERBS})\b([^,]*)$")
_CLAIM_IN_TAIL = re.compile(r"\b(?:it|he|she|they|we|I|you|is|are|was|were|will|would|could|can|may|might|should"
                            r"|must|has|have|had|do|does|did|that)\b")
_SPEECH_IN = re.compile(rf"\b(?:{_TAG_VERBS}|telling|saying)\b")


def trailing_speaker(body: str) -> re.Match[str] | None:
    """The speech tag that ends a sentence after its claim (", says Eric Roberge"): a cut before it tells the
    claim as a fact. Not a tag with a claim of its own after the verb (", though VW says it could ...")."""
    m = _TRAILING_TAG.search(body.rstrip(".!\"\u201d"))
    # "... in an email that was seen by the Ledger": who saw the speaker's words is no claim of the speaker's
    if not m or _CLAIM_IN_TAIL.search(re.sub(r"\b(?:that|which) (?:was|were) \w+ by\b.*", "", m.group(1))):
        return None
    tail = m.group(1).split()
    if tail and tail[0].lower() in ("the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "some",
                                    "many", "most", "all", "no") and any(is_verbish(t) for t in tail[1:]):
        return None  # "..., said the results exceeded expectations": a claim of its own
    return m


def list_of_acts(left: str, right: str) -> bool:
    """Is the comma a cut inside a list of acts of one subject: "Lee bought homes, borrowed against his stake,
    | and planned to sell"? (The left would end "A, B." with no "and".)"""
    last = left.rsplit(", ", 1)[1] if ", " in left else ""
    first = (last.split() or [""])[0]
    act = re.match(r"\s*and (?:(?:also|then|later|had|has) ){0,2}([a-z]+)\b", right)
    return bool(act and first and is_verbish(first) and (first.endswith("ed") or first in IRREGULAR_PAST)
                and is_verbish(act.group(1)))  # "fell, hit his head | and died": "hit" is a past verb too


def in_a_list(left: str, right: str) -> bool:
    """Is the comma a cut between the items of a list of things, "A, B, | C and D"? (Cut there, "A, B." is said
    with no "and", as if the list were whole.)"""
    item = re.match(r" ?((?:the |a |an |his |her |its |their )?[a-z][\w-]*(?: [a-z][\w-]*){0,2}) (?:and|or) ", right)
    before = left.rsplit(", ", 1)[1] if ", " in left else ""
    if before and re.match(r" ?and (?!(?:the|a|an|his|her|its|their|this|that|these|those|[A-Z]\w*) [a-z]+(?:ed|s)\b)"
                           r"(?:the |a |an |his |her |its |their )?[a-z][\w-]* (?:with|of|in|on|for|from|to|between)\b",
                           right):
        return True  # "poaching, the loss of prey, | and conflict with herders": the list's last item ("A, B." is
        # no list)
    return bool(item and before and words(before) <= 4
                and not any(is_verbish(t) for t in f"{before} {item.group(1)}".split()))


def _last_item_of_a_list(left: str, right: str) -> bool:
    """Is the comma the one before a list's last "and" item ("A, B, | and C"), with an item before it ("A, B") and
    no clause of its own after the "and"? Cut there, the list is told without its "and" and its last item."""
    item = re.match(r" (?:and|or) (.+)$", right)
    before = left.rsplit(", ", 1)[-1]
    # (not a verb phrase of the subject's: "..., or can even change to ..."; not a phrase: "encouraged by the speed,
    # with a gap from week 4, | and by the safety")
    phrase = r"(?:by|with|for|in|on|at|from|to|as|after|before|during|under|over)\b"
    return item is not None and ", " in left and not has_verb(item.group(1), 12) \
        and not is_verbish(item.group(1).split()[0]) and not re.match(phrase, item.group(1)) \
        and not re.match(phrase, before)


def last_resort(s: str) -> list[str]:
    """Keep the main clause of an over-long sentence: cut trailing phrases at a comma, else drop it."""
    body = s.rstrip(".")
    tag = trailing_speaker(body)
    for m in reversed(list(re.finditer(r",(?= )", body))):
        left = body[:m.start()]
        if tag and m.start() <= tag.start() and not _SPEECH_IN.search(left):
            continue  # "It is crucial to save, | says Eric Roberge": the cut would tell his advice as a fact
        if re.search(r", (which|who|whom|whose)\b", left) or not whole(left) or cuts_a_pair(left, body[m.end():]):
            continue  # the cut would leave a relative clause or a "both X and Y" open
        if list_of_acts(left, body[m.end():]):
            continue  # "bought homes, borrowed against his stake, | and planned to ...": "A, B." is no sentence
        after_word = (body[m.end():].split() or [""])[0]
        if re.search(r"\b(?:a|an)\s+[a-z][\w-]*$", left) and re.fullmatch(r"[a-z][\w-]*", after_word) \
                and after_word not in closed_words():
            continue  # "moved production to a new, | highly automated line": the noun comes after the comma
        if re.search(r"(?:\b[A-Za-z]\.){2,}$", left):
            continue  # "the largest chain in the U.S.": a sentence ending on an abbreviation reads as going on
        if re.match(r"[a-z][\w-]*(?: [a-z][\w-]*){0,3} (?:and|or) ", body[m.end():].lstrip()) \
                and not re.match(r" (?:the|a|an|his|her|its|their|this|that|who|which|he|she|they|it|we|both|either"
                                 r"|neither|whether|between|across|with|in|on|at|for|from|by|as|over|under|into|to|of"
                                 r"|after|before|during|including|especially|mostly|mainly|not)\b", body[m.end():]):
            continue  # "the city's advertising, | public relations and design firm": the comma is inside a list
        rest = body[m.end():].strip()
        if "," in left and rest.startswith("and ") and shares_the_modal(left, rest[4:]):
            continue  # "should take X, carry Y, | and stay Z": "take X, carry Y." is a list with no "and"
        if in_a_list(left, body[m.end():]):
            continue  # "to build the homes, a primary school, | a health centre and shops": "A, B." is no list
        if _last_item_of_a_list(left, body[m.end():]):
            continue  # "includes $6 million in grants, $2 million for rates, | and $1 million for ...": "A, B." again
        if "," in left and words(left.rsplit(",", 1)[1]) < 3:
            continue  # "did not agree to, create": the cut would fall inside a list
        after = body[m.end():].strip().split(", ")
        if len(after) > 1 and after[1].split() and is_verbish(after[1].split()[0]) \
                and not any(is_verbish(t) for t in after[0].split()):
            continue  # "as residents, | many still in boots, dragged carpets": the cut would leave their verb behind
        segment = left.rsplit(", ", 1)[1] if ", " in left else ""
        next_word = body[m.end():].split()[0]
        if segment and (is_verbish(next_word) or third_person_verb(next_word)) \
                and not any(is_verbish(t) for t in segment.split()):
            continue  # "as residents, many still in boots, | dragged carpets": the verb after the aside is theirs
        if _and_clause_without_verb(left):
            continue  # "A holds 39 seats, and her partner, | the ...": the second clause would lose its verb
        if asked_to_later(left, body[m.start():]):
            continue  # "asking people who see an otter, | or its tracks, to report it": the "to" completes "asking"
        if CONDITION.search(body[m.end():]):
            continue  # "..., if voters approve the tax": without its condition the fact would be another one
        if re.match(r" ?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?,", body[m.end():]):
            continue  # "the Orange County, Calif., police": the place name goes on after the comma
        if re.search(r", (?:is|are|was|were|has|have|had|will|would|can|could|[a-z]+ed (?:a|an|the|its|their|his|her))\b",
                     body[m.start():]):
            continue  # "after researchers at the lab, a group that ..., published a report": the verb comes later
        if (SHORTEST_PART + 2 <= words(left) <= LONGEST and left.count('"') % 2 == 0 and is_clause(left)
                and (starts_clause(left) or left.split()[0].lower() in PRONOUNS)):
            return [finish(left)]
    # "Patrick is someone voters could back in 2020 — her top priority.": what follows the dash or the
    # semicolon adds to a sentence that is whole without it
    dash = re.search(r" \u2014 |; ", body)
    left = body[:dash.start()] if dash else ""
    if dash and SHORTEST_PART + 2 <= words(left) <= LONGEST and left.count('"') % 2 == 0 and is_clause(left) \
            and (starts_clause(left) or left.split()[0].lower() in PRONOUNS) and whole(left):
        return [finish(left)]
    main = main_clause(body)
    if main and body.startswith(main) and list_of_acts(main, body[len(main):].lstrip(", ")):
        return []  # the main clause would end "bought homes, borrowed against his stake."
    return [finish(main)] if main and not _and_clause_without_verb(main) else []


def _and_clause_without_verb(text: str) -> bool:
    """'A holds 39 seats, and her partner, the rural party': the clause after ", and " opened an aside about its
    subject and lost its verb ("counting on the service, and the future of the industry" is a list: it stays)."""
    second = text.rsplit(", and ", 1)[1] if ", and " in text else ""
    return ", " in second and not any((is_verbish(t) or third_person_verb(t)) and "-" not in t  # "rural-based"
                                      for t in second.split())


# phrases that can end a sentence and be left out without changing what the rest says
TRAILING_PHRASE = re.compile(r" (?=(?:in|on|at|during|since|across|around|near|amid|over|under|throughout|for|from"
                             r"|with|by|as part of|according to) )")
# with these the left-out phrase may carry the point ("not guilty of", "the only one who", "more than")
KEEP_WHOLE = re.compile(r"\b(not|no|never|nor|without|only|first|last|any|anyone|nothing|none|than|same|such|so"
                        r"|too|enough|whether|if|each|every|one|ones|those|between|among)\b", re.IGNORECASE)


PASSIVE_AFTER = {"by", "in", "on", "at", "from", "for", "with", "during", "after", "before", "since", "into"}


def main_clause(body: str) -> str | None:
    """'The pandemic killed 25 million people in Europe in the 14th century, experts say' is too long: keep
    its opening clause up to the last phrase boundary (a preposition: "in Europe", "during the war") that leaves it
    short enough. Only an opening that is a clause of its own, with no negation or comparison the left-out
    words could complete; None when there is no such cut."""
    if '"' in body or not (starts_clause(body) and is_clause(body)):
        return None
    toks = body.split()
    if any(t.lower().endswith("ed") and nxt.lower() in PASSIVE_AFTER for t, nxt in zip(toks[1:8], toks[2:9])):
        return None  # "The plan launched by the council ... covers": the verb may be a participle, the main verb later
    for m in reversed(list(TRAILING_PHRASE.finditer(body))):
        left = body[:m.start()]
        if words(left) > LONGEST:
            continue
        tail = body[m.end():]
        if re.search(r"\bto (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|our\b|this\b|that\b|these\b|those\b)[a-z]", tail):
            continue  # "allow the candidates in the Senate to campaign": the left part needs the "to" part
        if any(is_verbish(t) for t in tail.split()):
            continue  # the left-out part has a verb: it may hold the main clause ("launched by X in 2011 aims")
        if words(left) < SHORTEST_PART + 3 or KEEP_WHOLE.search(left) or re.search(r"[,:;]", left) \
                or not whole(left) or cuts_a_pair(left, tail):
            return None
        last = left.split()[-1].lower()
        if is_verbish(last) or last.endswith(("ed", "en", "ing")) or last.startswith(("some", "any", "every")):
            continue  # "articles published", "introduced Cook as someone": the left part asks for more
        if re.match(r"(?:It|There|This) (?:is|was)\b", left):
            return None  # "It is for that reason that ...": the cut falls inside a fixed frame
        return left
    return None




def without_idiom_clause(s: str, idiom: re.Pattern[str]) -> str:
    """'The panel refreshes 120 times a second, so scrolling feels smooth as butter.' -> 'The panel refreshes 120
    times a second.': an idiom in a last clause joined by ", so", ", and" or ";" goes with that clause when the
    clause before it says a fact of its own; '' when the idiom is anywhere else (the sentence is then left out).
    A ", but" clause is never dropped: it may be the half that limits what the first half says."""
    body = s.rstrip(".!")
    for cut in reversed(list(re.finditer(r"(?:, (?:so|and)|;) (?=\w)", body))):
        left, right = body[:cut.start()], body[cut.end():]
        # ("Harbridge, who finished 11th, struggled ...": a clause once its "who" aside is set by)
        clause = is_clause(left) or is_clause(re.sub(r", (?:who|which) [^,]+,", "", left))
        if idiom.search(right) and not idiom.search(left) and words(left) >= SHORTEST_PART \
                and clause and whole(left) and (starts_clause(right) or _so_clause(cut.group(0), right)):
            return finish(left)
    opening = re.match(r"(?:While|Although|Though|Even though|Whereas) [^,]{6,80}, (?=[a-z])", body)
    if opening and idiom.search(opening.group(0)) and not idiom.search(body[opening.end():]) \
            and is_clause(body[opening.end():]) and whole(body[opening.end():]):
        return finish(cap(body[opening.end():]))  # "While loads bring to mind cargo, the firms said ...": the side
        # clause goes; the main clause says its fact whole
    return ""


def _so_clause(joint: str, right: str) -> bool:
    """After ", so" comes a clause ("so scrolling feels smooth"), unless "so" goes with the next word ("so far")."""
    return joint.startswith(", so") and right.split()[0].lower() not in ("far", "much", "many", "long", "few", "little")


# a street word's short form after a house number and the street's name: "1119 Eighth St." is "1119 Eighth Street"
STREET_WORDS = {"St": "Street", "Ave": "Avenue", "Rd": "Road", "Blvd": "Boulevard"}
ADDRESS_ABBREVIATION = re.compile(r"(\b\d+[A-Za-z]? (?:[A-Z][\w'-]* ){1,3})(St|Ave|Rd|Blvd)\.(?=,|$|\s+[a-z(])")


def spelled_out_address(s: str) -> str:
    """'... of 1119 Eighth St.' -> '... of 1119 Eighth Street.': a line that ends on "St." reads as going on
    (and "St." may be read out as "Saint")."""
    out = ADDRESS_ABBREVIATION.sub(lambda m: m.group(1) + STREET_WORDS[m.group(2)], s)
    return out if out == s or out.endswith((".", "!", "?")) or not s.endswith(".") else out + "."

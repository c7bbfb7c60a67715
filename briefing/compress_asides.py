"""Side facts of a long news sentence lifted into sentences of their own, for briefing/compress.py:
'Orbis, one of the largest makers, said ...' -> 'Orbis said ...' + 'Orbis is one of the largest makers.'
A side fact whose owner the rules cannot tell ("The ruling against X, which owns ...") is left out, never guessed.
"""
from __future__ import annotations

import re

from .compress_objects import object_relative_aside
from .vocabulary import common_words
from .appositives import GIVES_A_NAME, SPEAKER_TAG
from .clauses import AUXILIARIES, IRREGULAR_PAST, first_real, is_verbish, cap, finish
from .compress_grammar import (OPENER, TITLES, _again, _be, _finite, _has_finite, _is_name, _main_clause, _plural,
                               _present, _verb_first, _whole)

ADJECTIVES = {"worried", "alarmed", "angry", "concerned", "unhappy", "upset", "afraid", "aware", "known", "based",
              "eager", "keen", "desperate", "frustrated", "furious", "anxious", "happy", "proud", "unable", "able",
              "ready", "sure", "determined", "convinced", "unbeaten"}


def _lift(body: str) -> tuple[str, list[str]]:
    """Take side facts out of the sentence: each becomes a sentence of its own (or is left out)."""
    side: list[str] = []
    for rule in (_subject_aside, _name_appositive, _name_after_description, _called, _trailing_group, _whose):
        for _ in range(3):
            found = rule(body)
            if not found:
                break
            body, extra = found
            side += [finish(e) for e in extra]
    return body, side


SUBJECT_OPENERS = {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "more", "about", "nearly",
                   "almost", "at", "some", "many", "most", "every", "each", "all", "both", "two", "three", "four",
                   "five", "six", "seven", "eight", "nine", "ten", "hundreds", "thousands", "dozens"}


def _subject_aside(body: str) -> tuple[str, list[str]] | None:
    """'X, <aside>, <verb> ...' -> 'X <verb> ...' and the aside as its own sentence when it says something
    of X: 'which is based in Chicago' -> 'The company is based in Chicago.', 'alarmed that Y' -> 'The group is
    alarmed that Y.', 'one of the largest makers' -> 'Orbis is one of the largest makers.' An aside of a kind
    the rules do not know stays where it is."""
    pair = _pair_with_ages(body)
    if pair:
        return pair
    m = OPENER.match(body)
    opening = m.group(0) if m else ""
    rest = body[len(opening):]
    first = rest.find(", ")
    if first < 2:
        return None
    subject = rest[:first]
    toks = subject.split()
    if len(toks) > 12 or _has_finite(subject) or any(
            t.lower() in AUXILIARIES or t.lower() in IRREGULAR_PAST
            or t.endswith("ed") and toks[i].lower() not in ("the", "a", "an", "its", "their", "his", "her")
            for i, t in enumerate(toks[1:])):
        return None  # "The spending plan" has no verb ("plan" is a noun after "spending"); "Officials said" has
    # "Revenue at the company, which employs ..., rose": a noun with no "the" before a "which" clause is a subject
    noun_first = toks[0].lower() in common_words() and re.match(r"(?:which|who) ", rest[first + 2:]) is not None \
        and not toks[0].lower().endswith(("ly", "er", "est"))  # "Similarly, ...", "Closer to home, ..."
    if not (toks[0].lower() in SUBJECT_OPENERS or toks[0][:1].isdigit() or _is_name(subject)
            or re.fullmatch(r"[A-Z][\w.&-]*'s?", toks[0]) or toks[0].lower() in TITLES or noun_first):
        return None  # "Closer to home, ...": an opening phrase, not a subject
    for m2 in re.finditer(r", ", rest[first + 2:]):
        aside = rest[first + 2:first + 2 + m2.start()]
        after = rest[first + 2 + m2.end():]
        verb = first_real(after)
        if not after or after.split()[0].lower() in ("and", "or", "but") or not _verb_first(after):
            continue
        titled = toks[0].lower() in TITLES and len(toks) > 1 and toks[1][:1].islower()  # "Senator representing X"
        if _is_name(aside) and not _is_name(subject) and (toks[0].lower() in ("the", "a", "an", "its", "their")
                                                          or titled) \
                or re.fullmatch(r"[A-Z][\w.&-]*'s", toks[0]) and _is_name(aside):
            # "The union's president, Rhonda Keel, accused ..." -> "Rhonda Keel accused ..." (the name is the fact)
            main = f"{opening}{aside} {after}"
            if _main_clause(main):
                lowered = subject[:1].lower() + subject[1:] if toks[0] in ("The", "A", "An", "Its", "Their") else subject
                lowered = f"the {lowered[:1].lower()}{lowered[1:]}" if titled else lowered  # "is the senator ..."
                return main, [f"{aside} is {lowered}"]
            continue
        sides: list[str] = []
        parts = _aside_parts(aside)
        for k, part in enumerate(parts):
            said = _aside_sentence(subject, part, verb, after)
            if said is None:
                break
            if k and not re.match(r"(?:who|which|whose)\b|\d|from ", part) \
                    and not re.fullmatch(r"\d{1,3}", parts[k - 1]):
                said = []  # "X, head of Y, a firm in Z,": the second description is of Y, not of X ("X, 57, a
                # teacher," after an age is X's)
            sides += said
        else:
            main = f"{opening}{subject} {after}"
            if _main_clause(main):
                return main, sides
    return None


PERSON = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2}"


def _pair_with_ages(body: str) -> tuple[str, list[str]] | None:
    """'Ann Lee, 34, of Ely, and Tom Reed, 29, of Cray, were charged ...' -> 'Ann Lee and Tom Reed were charged
    ...' + 'Ann Lee is 34 and Tom Reed is 29.' (where each lives, a court report's address, is left out): two
    people, each with an age, joined by "and" before a plural verb."""
    m = re.fullmatch(rf"({PERSON}), (\d{{1,3}})(?:, of {NAME})?,? and ({PERSON}), (\d{{1,3}})(?:, of {NAME})?, "
                     r"((?:were|are|have|had|will|would|was|pleaded|appeared|face|faced)\b.+)", body)
    if not m:
        return None
    return (f"{m.group(1)} and {m.group(3)} {m.group(5)}",
            [f"{m.group(1)} is {m.group(2)} and {m.group(3)} is {m.group(4)}"])


def _aside_parts(aside: str) -> list[str]:
    """The descriptions in an aside, one a part: '57, of Farrow Lane, Stonegate' -> ['57', 'from Farrow Lane,
    Stonegate']. "of <place>" after a person's name is where they live (court and local news), said "from";
    the names after it are the rest of the address."""
    parts: list[str] = []
    for part in aside.split(", "):
        if parts and parts[-1].startswith("from ") and re.fullmatch(NAME, part):
            parts[-1] += f", {part}"  # "of Farrow Lane, Stonegate": one address
        elif parts and re.match(r"(?:who|which) ", parts[-1]) and not _has_finite(part) \
                and not re.match(r"(?:who|which|whose|a|an|the)\b", part):
            parts[-1] += f", {part}"  # "which sets ... by four states, 19 cities and ...": a list inside the clause
        elif re.fullmatch(rf"of {NAME}", part):
            parts.append(f"from {part[3:]}")
        else:
            parts.append(part)
    return parts


# the main verb tells that the subject has died: what they were is then said in the past ("was a bookbinder")
DIED = re.compile(r"(?:died|was killed|was found dead|passed away)\b")


# a time that is over: "on Nov 24", "on Monday", "last week", "in 2019", "yesterday"
_PAST_TIME = re.compile(r"\b(?:on (?:[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+day)|last (?:week|month|year"
                        r"|[A-Z][a-z]+)|in (?:19|20)\d\d|yesterday|earlier this (?:week|month|year))\b")


def _aside_sentence(subject: str, aside: str, verb: str, after: str = "") -> list[str] | None:
    """What an aside about the subject says, as a sentence; [] when it is left out, None when the aside is of
    a kind the rules do not know (it must then stay)."""
    again = _again(subject, verb)
    has_preposition = bool(re.search(r" (?:of|against|for|in|at|from|on|with|by) ", f" {subject} "))
    if re.fullmatch(r"\d{1,3}", aside):
        return [f"{subject} is {aside}"] if _is_name(subject) else None  # "Ann Lee, 71, said" -> "Ann Lee is 71."
    if re.fullmatch(rf"from {NAME}(?:, {NAME})*", aside):
        return [f"{subject} is {aside}"] if _is_name(subject) else None  # "Ann Lee, of Park Road, Ely," -> "is from"
    if m := re.fullmatch(r"((?:a|an) (?:[a-z][\w-]* ){0,6}?[a-z][\w-]*) who ((?:[a-z]+ed|[a-z]+) .{8,})", aside):
        # "Ann Lee, a nurse who led the rescue in 1971, died ..." -> "Ann Lee was a nurse." + "Ann Lee led the rescue
        # in 1971." Only after a name, whose "who" is plain, and with a past verb, which keeps its own tense.
        rel = first_real(m.group(2))
        if not _is_name(subject) or not (rel.endswith("ed") or rel in IRREGULAR_PAST) or _has_finite(m.group(1)):
            return None
        be = "was" if DIED.match(after) else "is"
        return [f"{subject} {be} {m.group(1)}", f"{subject} {m.group(2)}"]
    if re.fullmatch(r"(?:(?:some|about|nearly|almost|roughly|around|more than|over|up to) )?[\d,.]+(?: [a-z]+illion)?"
                    r"(?: [a-z-]+){1,2} (?:wide|long|high|tall|deep|old|across|away|thick)", aside):
        # "Their model universe, some 230 million light-years wide, holds ..." -> "The universe is some ... wide."
        if has_preposition or again is None:
            return []
        name = subject if _is_name(subject) else again
        return [f"{name} {_be(again, 'is')} {aside}"]
    if (done_to := object_relative_aside(aside, again)) is not None:
        return done_to  # "The law, which parliament passed in May," -> "Parliament passed the law in May."
    if m := re.fullmatch(r"(who|which) (.+)", aside):
        rel_verb = first_real(m.group(2))
        if not is_verbish(rel_verb) and not _finite(rel_verb) \
                and not (re.fullmatch(r"[a-z]{2,}[^s]s", rel_verb) and rel_verb[:-1] in common_words()):
            return None  # ("which sets ...": right after "which", a short -s word is its verb)
        if has_preposition or again is None or m.group(1) == "which" and again[:1].islower():
            return []  # "The decision against Hallmark, which owns ...": which of the two owns? Left out.
        who = again if m.group(1) == "who" or again.startswith("The ") else ("They" if _plural(again, rel_verb) else "It")
        return [f"{who} {m.group(2)}"]
    if m := re.fullmatch(r"whose (\w+) (.+)", aside):
        if again is None or has_preposition:
            return []
        # "The singer's third album ...": "Its" would make a person a thing; a noun phrase's own "'s" fits either
        own = "Their" if _plural(again, verb) else f"{again}'s" if _is_name(again) or again.startswith("The ") else "Its"
        return [f"{own} {m.group(1)} {m.group(2)}"]
    if m := re.fullmatch(r"(most|many|some|all|half|several|none|two|three|four|five) of (?:them|whom) (.+)", aside):
        be = "are" if _present(verb) or verb.endswith("ed") else "were"
        return [f"{cap(m.group(1))} of them {be} {m.group(2)}"] if not _has_finite(m.group(2)) else []
    first = aside.split()[0]
    if (first.endswith("ed") or first in ADJECTIVES) and first[:1].islower():
        # "alarmed that X" -> "The group is alarmed that X."
        be = _be(again, verb) if again else ""
        if re.search(r"\btheir\b", aside) and not re.search(r"\bits\b", aside):
            be = {"is": "are", "was": "were"}.get(be, be)  # "Rovers, unbeaten in their last 11 games," -> "were"
        if first.endswith("ed") and _PAST_TIME.search(aside):
            be = {"is": "was", "are": "were"}.get(be, be)  # "The changes, announced on Nov 24, will" -> "were announced"
        return [f"{again} {be} {aside}"] if again else []
    if re.match(r"(?:in front of|in|at|near|outside|inside|behind) (?:the|a|an|about|some|more than|nearly|\d)\b", aside) \
            and again and not has_preposition and not re.search(r"\b(?:which|that)\b", aside):
        # "The meeting, in front of about 120 residents who ..., was the last ..." -> "The meeting was in front of
        # about 120 residents who ...": where the subject is, told with its own "be" in the main verb's tense
        first_word = after.split()[0] if after.split() else verb
        past = first_word in ("was", "were", "had", "did") or first_word in IRREGULAR_PAST or first_word.endswith("ed")
        be = _be(again, "had" if past else "is")  # ("was" ends in -s: _present would call it present)
        return [f"{again} {be} {aside}"]
    if _has_finite(aside):
        return None
    if _is_name(subject) and re.fullmatch(r"[a-z]+(?: [a-z]+)? (?:of|for|at) [A-Z][^,]{2,60}", aside):
        return [f"{subject} is {aside}"]  # "Ann Lee, chief executive of Orlan, said" -> "Ann Lee is chief executive of Orlan."
    if re.match(r"(?:a|an|the|one of|[A-Z][\w.&-]*'s|his|her|its|their|formerly|now)\b", aside):
        if has_preposition or again is None:
            return []
        name = subject if _is_name(subject) else again
        return [f"{name} {_be(again, 'is')} {aside}"]
    return None


NAME = r"(?:(?:[A-Z][\w.'&-]*|of|and|de|van|von) ){0,4}[A-Z][\w.'&-]*"
# a noun that sums up what the clause before said, never what a name is: "a gap that has grown", "a rise of 4%"
SUMMING_UP = re.compile(r"(?:the|a|an) (?:[a-z-]+ ){0,2}(?:gap|rise|fall|drop|increase|decrease|jump|decline|change"
                        r"|difference|move|record|figure|total|margin|boost|blow)\b")


def _name_appositive(body: str) -> tuple[str, list[str]] | None:
    """'... mouthed by Ann Lee, the head of X, Y's parent, on Nov. 14' -> '... by Ann Lee on Nov. 14' and
    'Ann Lee is the head of X.' The name is not the sentence's first words (that is _subject_aside's)."""
    m = re.search(rf"(?<=[a-z] )({NAME}), ((?:the|a|an) [^,]{{3,80}}?)"
                  rf"((?:, (?:(?:the |a )?[\w.&-]+'s?|its|their) [a-z][\w -]{{2,30}}?)?)"
                  rf"(?:, (?=[a-z])|$)", body)
    if not m or SUMMING_UP.match(m.group(2)):
        return None  # ("... 21% in the North East, a gap that has grown": the gap is the figures', not the place's)
    # "the private company that runs the trams": a relative clause inside the description says which; its verb
    # is no sign that the description is a clause
    head = re.split(r" (?:that|which|who) ", m.group(2))[0]
    if _has_finite(head) or m.group(2).split()[-1].lower() in ("and", "or", "of", "that", "which", "who"):
        # ("Earth, a discovery that, if confirmed, would ...": the comma cut the description's clause, which sums
        # up the news, not the name)
        return None
    if re.match(r"[a-z][a-z -]*? (?:and|or) [a-z]", body[m.end():]) and m.group(0).endswith(", "):
        return None  # "DH, the Ely advertising, public relations and branding firm": a list, not one appositive
    if GIVES_A_NAME.search(m.group(2)) or SPEAKER_TAG.fullmatch(body[m.end():]):
        return None  # "born at Fenwick Zoo, the first in 12 years, keepers said": the zoo is not the first cub
    name = m.group(1)
    toks = name.split()
    if toks[0].lower().strip(".") in TITLES and len(toks) > 1:
        name = " ".join(toks[1:])
    elif body[:m.start()].endswith(("the ", "The ")) and len(toks) > 1:
        name = f"The {name}"  # "researchers at the Lanthorn Lab, a group ..." -> "The Lanthorn Lab is a group ..."
    rest = body[m.end():]
    # ("Diwali, celebrated by lighting lamps": a participle after the name keeps its comma, or it reads as the verb)
    sep = ", " if re.match(r"[a-z]+ed by\b", rest) else " "
    new = f"{body[:m.start()]}{m.group(1)}{sep + rest if rest else ''}"
    return new, [f"{name} is {m.group(2)}"]


def _name_after_description(body: str) -> tuple[str, list[str]] | None:
    """'told the newest candidate, Ann Lee, would come' -> 'told Ann Lee would come' + 'Ann Lee is the newest
    candidate.'"""
    for m in re.finditer(rf", ({NAME}), (?=[a-z])", body):
        before = body[:m.start()]
        det = list(re.finditer(r"(?<= )(?:the|a|an) ", before[-70:]))
        if not det:
            continue
        start = len(before) - 70 + det[-1].start() if len(before) > 70 else det[-1].start()
        description = before[start:]
        if _has_finite(description) or not re.search(r" [a-z]+$", description) \
                or not _verb_first(body[m.end():]) or re.search(r"\b(?:its|his|her|their) [a-z][\w-]*$", description):
            continue  # ("in a statement signed by its coordinator, Ada Eze, said": she is its coordinator, not a
            # statement; the nearest "a" is not where her description starts)
        return f"{body[:start]}{m.group(1)} {body[m.end():]}", [f"{m.group(1)} is {description}"]
    return None


def _trailing_group(body: str) -> tuple[str, list[str]] | None:
    """'..., a group that ranges from A to B' at the end -> 'The group ranges from A to B.'"""
    m = re.fullmatch(r"(.{30,}?), (?:a|an) ([a-z][\w-]*(?: [a-z][\w-]*)?) (?:that|which|who) (.{8,})", body)
    if not m or not _finite(first_real(m.group(3))) or not _whole(m.group(1)):
        return None
    return m.group(1), [f"The {m.group(2)} {m.group(3)}"]


def _whose(body: str) -> tuple[str, list[str]] | None:
    """'Families in X whose homes were flooded by Y have been told Z' -> 'Families in X have been told Z.' +
    'Their homes were flooded by Y.' Only a short passive whose-clause ("were flooded by Storm Y") and a
    plural subject, where the cut is plain."""
    m = re.match(rf"([A-Z][a-z]+(?: (?:in|of|from) {NAME})?) whose ([a-z]+) (was|were|had been|have been|has been)"
                 rf" ([a-z]+ed)((?: (?:by|in|at|on) (?:{NAME}|the [a-z]+)))? ((?:have|has|had|are|were|will|could|may)\b.*)",
                 body)
    if not m or not m.group(1).split()[0].lower().endswith("s"):
        return None
    return f"{m.group(1)} {m.group(6)}", [f"Their {m.group(2)} {m.group(3)} {m.group(4)}{m.group(5) or ''}"]


def _called(body: str) -> tuple[str, list[str]] | None:
    """'... that the app, called TypeFlow, sent ...' -> '... that the app sent ...' + 'The app is called TypeFlow.'"""
    m = re.search(rf"\b([Tt]he (?:[a-z][\w-]* ){{0,2}}[a-z][\w-]*), ((?:called|named|known as) {NAME}), (?=[a-z])", body)
    if not m:
        return None
    be = "are" if re.search(r"[^s]s$", m.group(1)) else "is"
    return f"{body[:m.start()]}{m.group(1)} {body[m.end():]}", [f"{cap(m.group(1))} {be} {m.group(2)}"]


RISE = r"rose|climbed|increased|grew|jumped|accelerated|soared|went up"
FALL = r"fell|slowed|dropped|eased|decreased|declined|shrank|slipped|went down"
FIGURE = r"(?:about |almost |nearly |around |more than |less than )?[$\u00a3\u20ac]?\d[\d,.]*(?:%| per ?cent|[a-z]*illion)?"


def _comparison(body: str) -> tuple[str, str, str]:
    """A figure's earlier value, said as a sentence of its own that follows the figure: '2,317 people were admitted
    last summer, up from 1,460 the year before' -> '... last summer' + 'This was up from 1,460 the year before.';
    'inflation slowed to 3.1% in January from 3.8% in December' -> '... to 3.1% in January' + 'This was down from
    3.8% in December.' The third value is the words the comparison followed: it is said after the sentence that
    ends with them, where "This" is plainly the figure. ('' when the sentence has no such comparison.)"""
    # ("up from 36% in 2021 and the highest since 2001": the second comparison goes with the first)
    m = re.search(rf", (up|down) from ({FIGURE}[^,;]{{0,40}}?(?: and the (?:highest|lowest|biggest|largest|smallest"
                  rf"|most|fewest|best|worst) (?:since|in|on record|ever)\b[^,;]{{0,50}}?)?)(?=, |$)", body)
    if m and re.search(r"\d", body[:m.start()]):
        rest = body[:m.start()] + body[m.end():]
        return rest, f"This {_tense(rest)} {m.group(1)} from {m.group(2)}", _last_words(body[:m.start()])
    m = re.search(rf", (a|an) ((?:turnout|rise|fall|drop|increase|decrease|jump|share|majority|margin|total)"
                  rf" of {FIGURE})$", body)
    if m and re.search(r"\d", body[:m.start()]):
        # "612 members took part in the ballot, a turnout of 79%" -> "... ballot." + "This was a turnout of 79%."
        rest = body[:m.start()]
        return rest, f"This {_tense(rest)} {m.group(1)} {m.group(2)}", _last_words(rest)
    m = re.search(r", (the (?:lowest|highest|biggest|largest|smallest|fastest|slowest|most|fewest|least|worst|best)"
                  r"(?: [a-z-]+){0,3} (?:since|in|for|on record|ever)\b[^,;]{0,50})$", body)
    if m and re.search(r"\d", body[:m.start()]) and not re.search(r"\b(?:said|says)\b", body[:m.start()]):
        # "... fell to 4,200 in June, the lowest figure since 2019" -> "... in June." + "This was the lowest figure
        # since 2019.": the phrase renames the figure just told (in a report it stays whole: it is the speaker's)
        rest = body[:m.start()]
        return rest, f"This {_tense(rest)} {m.group(1)}", _last_words(rest)
    m = re.search(rf"\b({RISE}|{FALL}) (?:by {FIGURE} )?to ({FIGURE}[^,;]{{0,30}}?) from ({FIGURE}[^,;]{{0,30}}?)(?=, |$)", body)
    if m and not re.search(r"\bfrom\b|\bto\b", m.group(2)):
        way = "up" if re.fullmatch(RISE, m.group(1)) else "down"
        rest = body[:m.start(3) - len(" from ")] + body[m.end():]
        return rest, f"This was {way} from {m.group(3)}", _last_words(body[:m.start(3) - len(" from ")])
    return body, "", ""


def _last_words(text: str) -> str:
    return " ".join(text.split()[-3:])


def _tense(clause: str) -> str:
    """'was' for a clause told in the past ('were admitted', 'rose'), else 'is'."""
    toks = clause.lower().split()
    # "a quarter-point cut", "the tax cut": a past form that is also a noun, after a determiner or a compound word
    noun = {i for i, t in enumerate(toks) if i and (toks[i - 1] in ("a", "an", "the", "its", "their", "no", "any")
                                                     or "-" in toks[i - 1])}
    past = any(t in ("was", "were", "had") or t in IRREGULAR_PAST and i not in noun or t.endswith("ed") and is_verbish(t)
               for i, t in enumerate(toks))
    return "was" if past else "is"


def _context_after_speaker(body: str) -> tuple[str, str]:
    """'S, fire officials said, as more than 900 firefighters struggled to X' -> 'S, fire officials said' and
    'More than 900 firefighters struggled to X.': the "as" clause after the speech tag is the writer's own
    account of what went on meanwhile, so it is told as a sentence of its own, not as the speaker's words."""
    m = re.fullmatch(r"(.{20,}, (?:[Tt]he |[Aa]n? )?[A-Za-z][^,]{1,50}? (?:said|says|reported)"
                     r"(?: on [A-Z]\w+| \w+day| last \w+)?), as (.{12,})", body)
    if not m or re.match(r"(?:it|this|that|well|part|a result|usual|such|expected)\b", m.group(2)):
        return body, ""
    if re.match(r"(?:had|has|have|was|were|is|are|did|does|do|happened|happens)\b", m.group(2)):
        # "..., she said, as had happened in other regions": a comparison with no subject of its own, no sentence
        # alone ("Had happened in other regions."); the claim is told without it
        return m.group(1), ""
    who = re.split(r" (?:said|says|reported)\b", m.group(1).rsplit(", ", 1)[1])[0]
    if any(is_verbish(t) for t in who.split()):
        return body, ""  # "the plan, which he said": not a speaker tag
    context = m.group(2)
    if '"' in context:
        return body, ""
    # what the "as" clause says is told only if it makes a sentence (the caller's rules judge); left out, it
    # changes nothing the speaker said
    return m.group(1), cap(context)


def _agent_at_end(body: str) -> tuple[str, str]:
    """'... on a no-confidence motion tabled by the opposition Reform Alliance' -> '... on a no-confidence motion'
    and 'The opposition Reform Alliance tabled the motion': who did it, said in the active, after the sentence.
    Only a regular verb (its past is its participle) and a named doer at the very end; (body, '') otherwise, and
    (the body without the phrase, '') when which noun the phrase tells of is unsure."""
    m = re.search(r"\b(?:a|an|the) (?:[\w-]+ ){0,3}([a-z][a-z]+) ([a-z]{3,}ed) by ((?:the )?(?:[a-z]+ ){0,2}"
                  r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})$", body)
    if not m or m.group(1) in AUXILIARIES or m.group(2) in ("based", "called", "named", "known", "used"):
        return body, ""
    doer = m.group(3)
    if re.search(r"\b(?:of|in|on|near|at|for|from|with|by|to|over|under|about|into|across|between)$",
                 body[:m.start()].rstrip()):
        return body[:m.start(2) - 1], ""  # "a plan for the site near the river proposed by X": the plan or the
        # river? The phrase may be left out, never told of the wrong one
    return body[:m.start(2) - 1], f"{doer[:1].upper()}{doer[1:]} {m.group(2)} the {m.group(1)}"


def _trailing_whom(body: str) -> tuple[str, str, str]:
    """'... owed by nearly 11,000 cardholders, many of whom had been blocked from borrowing' -> the body without it,
    'Many of them had been blocked from borrowing' and the words it follows ('nearly 11,000 cardholders'): it is
    said right after the sentence that ends with them, where "them" is plainly those people ('' when none)."""
    m = re.search(r", (many|most|some|all|half|several|none|two|three|four|five) of whom ((?:had|have|has|were|was|are"
                  r"|is|had been|have been|will)\b.{8,})$", body)
    if not m:
        return body, "", ""
    rest = body[:m.start()]
    return rest, f"{m.group(1).capitalize()} of them {m.group(2)}", _last_words(rest)


PARTY_TAG = re.compile(r",? \(?[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][a-z.]+)?\)?,")


def _without_party_tags(s: str) -> str:
    """", R-W.Va.," goes; its comma stays where it also closed an aside (", written by ...") before a verb ("The
    measure, written by Sen. Ann Lee, D-Nev., and Sen. Tom Hart, R-Ariz., would give ..." -> "..., would")."""
    while (m := PARTY_TAG.search(s)) is not None:
        closes = re.search(r", [a-z][^,]*$", s[:m.start()]) is not None and re.match(
            r" (?:would|will|could|can|may|might|should|must|has|have|had|is|are|was|were|said|says|[a-z]+ed)\b",
            s[m.end():])
        s = s[:m.start()] + ("," if closes else "") + s[m.end():]
    return s

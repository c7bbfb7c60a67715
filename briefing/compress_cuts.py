"""Where a long news sentence is cut into clauses, for briefing/compress.py: at a semicolon, a dash, ", but",
", as", ", and" or "after" when what follows has its own subject and verb, never inside a list ("A, B and C") or
between two verbs that share one object ("hunted and ate a rabbit"). A clause that shares the first subject gets it
again by name ("Lee argued ..."); an event after "after" is told as "This was after ...", or alone when long.
"""
from __future__ import annotations

import re

from .clauses import (AUXILIARIES, IRREGULAR_PAST, OFFSET_TIME, first_real, is_verbish, starts_clause, cap, finish,
                      past_tense)
from .participles import ing_list, noun_with_participle, participle_may_stand, participle_verb
from .compress_grammar import LONGEST, SHORTEST, _again, _has_finite, _main_clause, _present, _subject, _whole
from .clauses import words

SUBORDINATORS = re.compile(r"\b(?:that|who|whom|which|whose|when|where|while|if|because|although|though|since|until"
                           r"|unless|whether|said|says|say|told|tells|thinks|believes|than)\b", re.IGNORECASE)


# --- cutting the rest at clause boundaries -----------------------------------------------------------------

def _units(body: str, depth: int = 0) -> list[str]:
    """The sentence cut at clause boundaries into whole sentences, in order."""
    if depth > 4 or words(body) <= 12:
        return [finish(body)]
    cut = _clause_cut(body)
    if not cut:
        return [finish(body)]
    left, right = cut
    event = right[15:]
    if right.startswith("This was after ") and words(right) > LONGEST and (starts_clause(event)
                                                                            or _long_subject_clause(event)):
        # too long to say "This was after ..." in one breath: the event after "after" is told on its own; a
        # ", bringing ..." after it may tell of the whole sentence or of the event alone: it is left out
        event = re.sub(r", (?!including|according|during|following)[a-z]+ing .*$", "", event)
        return _units(left, depth + 1) + _units(cap(event), depth + 1)
    return _units(left, depth + 1) + ([right] if right.startswith(("This was", "This depends")) else _units(right, depth + 1))


CUTS = [("; ", "{}"), (" \u2014 after ", "This was after {}"), (" \u2014 ", "{}"), (", but ", "But {}"), (", as ", "{}"),
        (", while ", "{}"), (", after ", "This was after {}"),
        (", if ", "This depends on whether {}"),  # the condition is kept: leaving it out would change the fact
        (", and ", "{}"), (" and ", "{}"), (" after ", "This was after {}"), (" when ", "This was when {}"),
        (" despite ", "This was despite {}")]


def _second_aim(body: str) -> tuple[str, str] | None:
    """'The council voted in February to scrap fines ... and to wipe out $310,000 in debts' -> 'The council voted
    in February to scrap fines ...' + 'The council also voted to wipe out $310,000 in debts': two aims of one
    choice, each said with the subject and the verb again."""
    m = re.fullmatch(r"(.+?\b([a-z]+ed|agreed|chose|decided)(?: (?:in|on|last|this) [A-Z]?[a-z]+)? to [a-z]+ .{8,}?)"
                     r",? and to ([a-z]+ .{8,})", body)
    if not m or not is_verbish(m.group(2)) or not _main_clause(m.group(1)) or not _whole(m.group(1)):
        return None
    found = _subject(m.group(1))
    again = _again(found[1], m.group(2)) if found and found[2].startswith(m.group(2)) else None
    return (m.group(1), f"{again} also {m.group(2)} to {m.group(3)}") if again else None


def _clause_cut(body: str) -> tuple[str, str] | None:
    aims = _second_aim(body)
    if aims:
        return aims
    for marker, template in CUTS:
        if marker in (" when ", " after ", " despite ") and words(body) <= LONGEST:
            continue  # without a comma the time clause is part of the event: cut only what is too long
        for hit in re.finditer(re.escape(marker), body):
            left, right = body[:hit.start()], body[hit.end():]
            if words(left) < SHORTEST or words(right) < SHORTEST or not _main_clause(left) or not _whole(left):
                continue
            if marker == " and " and re.search(r"\b[A-Z][a-z][\w.'-]*$", left) and right[:1].isupper():
                continue  # "the Securities and Exchange Commission": one name
            if marker in (", and ", " and ") and _ends_in_list(left):
                continue  # "offer X, extend Y and pay for Z", "hunted and ate a rabbit": one clause, a list in it
            if "after" in marker and (OFFSET_TIME.search(left) or re.search(
                    r"\b(?:weeks|days|months|years|hours|minutes|moments|shortly|soon|just|right|later)$", left)):
                continue  # "came a month after X": the time belongs with the "after" part
            if (starts_clause(right) or marker in (", and ", " after ") and _long_subject_clause(right)) \
                    and _main_clause(right) \
                    and not noun_with_participle(right):
                verb = next((w.lower() for w in right.split()[1:]
                             if is_verbish(w) and not re.fullmatch(r"\w+-\w+ed", w)), "")  # not "iron-based"
                if marker == " and " and not (verb in AUXILIARIES or verb in IRREGULAR_PAST or verb.endswith("ed")):
                    continue  # "A and the president's phone calls with ...": "calls" may be a noun
                return left, template.format(right)
            if marker == " despite " and re.match(r"(?:the|a|an|its|their|his|her|\d)", right) \
                    and not _has_finite(right):
                return left, template.format(right)  # "... despite the deaths of three children": the fact stays
            first_verb = first_real(right).lower()
            if marker.strip(", ") == "and" and is_verbish(first_verb) \
                    and first_verb not in ("be", "been", "being", "do", "have"):
                again = _and_subject(left, marker, right)
                if again:
                    return left, f"{again} {right}"
    m = re.fullmatch(r"(.{20,}?), with ([a-z]+(?: [a-z]+)?) ([a-z]+ing) (.{8,})", body)
    if m and _main_clause(m.group(1)) and _whole(m.group(1)) and m.group(2).split()[0] not in ("the", "a", "an"):
        # "..., with forecasters warning that X" -> "Forecasters are warning that X."
        found = _subject(m.group(1))
        present = found is None or _present(found[2].split()[0])
        plural = m.group(2).endswith("s") and not m.group(2).endswith("ss")
        be = ("are" if plural else "is") if present else ("were" if plural else "was")
        return m.group(1), f"{cap(m.group(2))} {be} {m.group(3)} {m.group(4)}"
    m = re.fullmatch(r"(.{20,}?), ([a-z]+ing) (.{8,})", body)
    if m and ing_list(m.group(1), f"{m.group(2)} {m.group(3)}") \
            and not re.search(r"\binclud(?:e|es|ed|ing)\b", m.group(1)):
        # "can lead to pneumonia, swelling of the brain and death": cut there, the list would lose items and say
        # less than the sentence ("may include A" of "may include A, B and C" is still true: that cut may stay)
        return None
    if m and m.group(2) not in ("including", "according", "during", "following", "nothing", "something"):
        found = _subject(m.group(1))
        again = _again(found[1], found[2].split()[0]) if found else None
        speech = m.group(2) in ("saying", "adding", "arguing", "warning", "noting", "insisting", "claiming")
        told = participle_verb(m.group(1), m.group(2), m.group(3), again) if again else None
        if speech and not participle_may_stand(m.group(1), m.group(2), m.group(3)):
            told = None  # "X says Y, adding Z": "X is adding Z" is not how a speaker is reported
        if told and (speech or not SUBORDINATORS.search(found[2] if found else "")) and _main_clause(m.group(1)):
            rest = m.group(3)
            if told == past_tense(m.group(2)):
                rest = re.sub(r"\b(and|or) ([a-z]+ing)\b",
                              lambda r: f"{r.group(1)} {past_tense(r.group(2)) or r.group(2)}", rest)
            return m.group(1), f"{again} {told} {rest}"
        if _main_clause(m.group(1)) and _whole(m.group(1)):
            return m.group(1), ""  # "..., fleeing fighting ...": whose fleeing, the rules cannot say; left out
    return None


def _ends_in_list(left: str) -> bool:
    """Does the text before an "and" end inside a list ("A, B" of "A, B and C") or on a verb that shares its
    object with the next one ("hunted" of "hunted and ate a rabbit")? Then "and" joins items, not clauses."""
    last = left.split()[-1].rstrip(",")
    if is_verbish(last) and not last.endswith(("ly",)):
        return True
    segment = left.rsplit(", ", 1)[1] if ", " in left else ""
    place = re.fullmatch(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}", segment)  # "near Harwick, Oregon": a place
    return len(segment.split()) > 1 and not place and not _main_clause(segment) and not _has_finite(segment)


def _long_subject_clause(right: str) -> bool:
    """'..., and the number of people with a library card has risen by 14%', '... after members of the Rail
    Workers' Union voted ...': after ", and" or "after", a noun phrase with a determiner (or a plural noun with
    "of", "at", "in") and then a verb of its own starts a clause, even when the noun phrase is longer than
    clauses.starts_clause looks."""
    toks = right.split()
    plural = re.fullmatch(r"[a-z]+[^s\W]s", toks[0]) is not None and len(toks) > 1 and toks[1] in ("of", "at", "in")
    return len(toks) > 4 and (toks[0] in ("the", "a", "an", "its", "their", "his", "her", "some", "most", "many")
                              or plural) and not any(t.endswith(",") for t in toks[:8])


def _and_subject(left: str, marker: str, right: str) -> str | None:
    """The subject to repeat for '..., and argued that ...' (the verb after 'and' shares the first subject)."""
    found = _subject(left)
    if not found:
        return None
    _, subject, predicate = found
    verb = predicate.split()[0]
    inner = SUBORDINATORS.search(predicate)
    if inner and not (marker == ", and " and _same_form(verb, first_real(right))):
        return None  # "X said Y rose and fell": the second verb may be Y's
    return _again(subject, verb)


def _same_form(a: str, b: str) -> bool:
    """Two verbs of the same kind ('admitted' and 'said'): joined by ', and' they share a subject."""
    a, b = a.lower(), b.lower()
    past = (a.endswith("ed") or a in IRREGULAR_PAST) and (b.endswith("ed") or b in IRREGULAR_PAST)
    present = a.endswith("s") and b.endswith("s")
    return past or present

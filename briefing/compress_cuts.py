"""Where a long news sentence is cut into clauses, for briefing/compress.py: at a semicolon, a dash, ", but",
", as", ", and" or "after" when what follows has its own subject and verb, never inside a list ("A, B and C") or
between two verbs that share one object ("hunted and ate a rabbit"). A clause that shares the first subject gets it
again by name ("Lee argued ..."); an event after "after" is told as "This was after ...", or alone when long.
"""
from __future__ import annotations

import re

from .clauses import (AUXILIARIES, IRREGULAR_PAST, OFFSET_TIME, first_real, is_verbish, starts_clause, cap, finish,
                      past_tense)
from .participles import ing_list, last_joined_clause, noun_with_participle, participle_may_stand, participle_verb
from .compress_grammar import LONGEST, SHORTEST, _again, _has_finite, _main_clause, _present, _subject, _whole
from .clauses import words
from .noun_pieces import noun_then_had

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


CUTS = [("; ", "{}"), (", in which ", "{}"), (", during which ", "{}"), (" \u2014 after ", "This was after {}"), (" \u2014 ", "{}"), (", but ", "But {}"), (", as ", "{}"),
        (", while ", "{}"), (", after ", "This was after {}"),
        (", if ", "This depends on whether {}"),  # the condition is kept: leaving it out would change the fact
        # ("provided" and "as long as" are "if" in other words: "..., provided lawmakers approve a package")
        (", provided that ", "This depends on whether {}"), (", provided ", "This depends on whether {}"),
        (", providing that ", "This depends on whether {}"), (", as long as ", "This depends on whether {}"),
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


def _verb_series(body: str) -> tuple[str, str] | None:
    """'The council approved a bus lane, put off a decision on the pool, and agreed to raise charges, after a
    long meeting' -> 'The council approved a bus lane' + 'The council also put off a decision on the pool; The
    council also agreed to raise charges' (cut again at the semicolon): three or more acts of one subject, each
    verb in the past like the first. A closing ", after a meeting ..." is of all the acts: it is left out."""
    found = _subject(body)
    if not found or found[0]:
        return None
    _, subject, predicate = found
    first = predicate.split()[0].lower()
    if not re.fullmatch(PAST_VERB, first) or SUBORDINATORS.search(subject):
        return None
    predicate = re.sub(r", (?:after|following) (?:a|an|the) [^,]*$", "", predicate)
    items = re.split(rf", (?:and )?(?={PAST_VERB} )", predicate)
    if len(items) < 3 or any(words(item) < 3 or SUBORDINATORS.search(item) for item in items) \
            or any("," in item for item in items[:-1]):
        return None  # "A, B, and C": at least three acts; fewer, joined by a comma, may be something else
    again = _again(subject, first)
    if not again:
        return None
    return f"{subject} {items[0]}", "; ".join(f"{again} also {item}" for item in items[1:])


# a verb in the past: "approved", "put", "agreed" (not "based", "aged", "related": adjectives after a noun)
PAST_VERB = r"(?:(?!based\b|aged\b|related\b)[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST)) + ")"


def _second_object(body: str) -> tuple[str, str] | None:
    """'Forecasters have issued an amber warning for snow in the hills and a yellow warning for rain in the
    valleys' -> 'Forecasters have issued an amber warning for snow in the hills' + 'They have also issued a
    yellow warning for rain in the valleys': two things of one kind (the same noun: "warning" and "warning"),
    each with its own detail, each told with the subject and the verb again."""
    found = _subject(body)
    if not found or found[0]:
        return None
    _, subject, predicate = found
    m = re.fullmatch(r"((?:(?:has|have|had|will|would) )?([a-z]+) (?:a|an|the|two|three) (?:[\w-]+ ){0,2}([a-z]+) "
                     r"(?:for|of|on|in|against) .{8,}?) and ((?:a|an|the|two|three) (?:[\w-]+ ){0,2}\3 (?:for|of|on|in"
                     r"|against) .{8,})", predicate)
    if not m or not re.fullmatch(PAST_VERB, m.group(2)) or SUBORDINATORS.search(m.group(1)) or "," in m.group(1):
        return None
    again = _again(subject, predicate.split()[0])
    if again and re.fullmatch(r"[A-Z][a-z]+(?:ers|ists|ians|ors|ants|ents|als)", again):
        again = "They"  # "Forecasters ... They have also issued ...": people named by what they do, not a name
    if not again:
        return None
    verb = m.group(1).split()[0]
    also = f"{verb} also {m.group(2)}" if verb != m.group(2) else f"also {verb}"
    return f"{subject} {m.group(1)}", f"{again} {also} {m.group(4)}"


# a second subject set off by commas, then the verb both share: "..., and flights in an emergency, were not ..."
_SECOND_SUBJECT = re.compile(r"[^,]{3,80}, (?:[a-z]+ly )?(?:were|was|are|is|have|has|had|will|would|can|could|may|might"
                             r"|must|should)\b")
# a condition's clause with a plural subject: "(the) state lawmakers approve a ...", "voters back the plan"
PLURAL_SUBJECT_VERB = re.compile(r"(?:the |its |their )?(?:[a-z][\w'-]* ){0,2}[a-z]{3,}(?<!s)s (?!of\b|and\b|or\b|in\b|on\b|at\b|for\b)"
                                 r"[a-z]{3,}(?<![sd])(?<!ing) (?:a|an|the|its|their|this|that|\$|\d)")


def _clause_cut(body: str) -> tuple[str, str] | None:
    aims = _second_aim(body) or _second_object(body)
    if aims:
        return aims
    series = _verb_series(body)
    if series:
        return series
    for marker, template in CUTS:
        if marker in (" when ", " after ", " despite ") and words(body) <= LONGEST:
            continue  # without a comma the time clause is part of the event: cut only what is too long
        for hit in re.finditer(re.escape(marker), body):
            left, right = body[:hit.start()], body[hit.end():]
            if words(left) < SHORTEST or words(right) < SHORTEST or not _main_clause(left) or not _whole(left):
                continue
            if marker == " and " and re.search(r"\b[A-Z][a-z][\w.'-]*$", left) and right[:1].isupper():
                continue  # "the Securities and Exchange Commission": one name
            if marker in (", and ", " and ") and (_ends_in_list(left) or _noun_pair_subject(left)):
                continue  # "offer X, extend Y and pay for Z", "hunted and ate a rabbit": one clause, a list in it
            if marker == ", and " and _SECOND_SUBJECT.match(right) and not _has_finite(right.split(", ")[0]):
                continue  # "wrote that short flights, and flights in an emergency, were not covered": one subject
            if template.startswith("This was") and noun_then_had(right):
                continue  # "suspended its work after her arrest and had no plans ...": the "and had" is the left's
            if "after" in marker and (OFFSET_TIME.search(left) or re.search(
                    r"\b(?:weeks|days|months|years|hours|minutes|moments|shortly|soon|just|right|later)$", left)):
                continue  # "came a month after X": the time belongs with the "after" part
            if template.startswith("This depends") and PLURAL_SUBJECT_VERB.match(right):
                return left, template.format(right)  # "..., provided state lawmakers approve a package": the
                # plural subject, a word after it and that word's object make a clause whose verb the lists lack
            if marker in (" when ", " after ") and (re.search(r"\b(?:came|went|ended|finished)(?: only)?$", left)
                                                   or re.search(r"\b(?:and|or) the [a-z]+$", left)):
                continue  # "lasted five days and ended | when ...": "and ended." says nothing; how it ended is the news
                # ("saved the first with an ace ... and the third | when Berg netted": the time is the third item's)
            # ", in which thieves escaped with ...": what happened in the event just named, told on its own
            if (starts_clause(right) or marker in (", and ", " after ", ", after ", ", in which ", ", during which ",
                                                   ", as ") and _long_subject_clause(right)) \
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
    m = re.fullmatch(r"(.{20,}?), with ((?:as much as|as many as|up to|more than) [\d,.]+ [a-z]+) (possible|likely|expected)"
                     r" (.{6,})", body)
    if m and _main_clause(m.group(1)) and _whole(m.group(1)):
        # "..., with as much as 35 centimetres possible on the highest ground" -> "As much as 35 centimetres is
        # possible on the highest ground.": an amount is said with "is", as "35 centimetres of snow is likely"
        return m.group(1), f"{cap(m.group(2))} {'is' if re.search(r'as much as', m.group(2)) else 'are'} {m.group(3)} {m.group(4)}"
    m = re.fullmatch(r"(.{20,}?), with ([a-z]+(?: [a-z]+)?) ([a-z]+ing) (.{8,})", body)
    if m and _main_clause(m.group(1)) and _whole(m.group(1)) and m.group(2).split()[0] not in ("the", "a", "an"):
        # "..., with forecasters warning that X" -> "Forecasters are warning that X."
        found = _subject(m.group(1))
        present = found is None or _present(found[2].split()[0])
        plural = m.group(2).endswith("s") and not m.group(2).endswith("ss")
        be = ("are" if plural else "is") if present else ("were" if plural else "was")
        return m.group(1), f"{cap(m.group(2))} {be} {m.group(3)} {m.group(4)}"
    m = re.fullmatch(r"(.{20,}?\b(records|documents|reports|forms|logs|papers|files|accounts)), (stating|saying|showing"
                     r"|claiming|indicating) (.{8,})", body)
    if m and _main_clause(m.group(1)) and _whole(m.group(1)):
        # "charged with falsifying records, stating they had checked on him": the "-ing" phrase tells what the
        # records say, not what the subject did
        verb = {"stating": "stated", "saying": "said", "showing": "showed", "claiming": "claimed",
                "indicating": "indicated"}[m.group(3)]
        return m.group(1), f"The {m.group(2)} {verb} {m.group(4)}"
    m = re.fullmatch(r"(.{20,}?), ([a-z]+ing) (.{8,})", body)
    if m and re.match(r"(?:and|or) (?:[a-z]+ ){0,2}[a-z]+(?:,|$)", m.group(3)):
        return None  # "the cost of wheat, sugar, packaging and energy, but ...": "packaging" ends a list of nouns
    if m and ing_list(m.group(1), f"{m.group(2)} {m.group(3)}") \
            and not re.search(r"\binclud(?:e|es|ed|ing)\b", m.group(1)):
        # "can lead to pneumonia, swelling of the brain and death": cut there, the list would lose items and say
        # less than the sentence ("may include A" of "may include A, B and C" is still true: that cut may stay)
        return None
    if m and m.group(2) not in ("including", "according", "during", "following", "nothing", "something"):
        found = _subject(last_joined_clause(m.group(1)))  # "..., but one firm cancelled, citing costs": the firm cites
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


def _noun_pair_subject(left: str) -> bool:
    """'About 9,000 homes and shops in Wexley': every word that could be a verb comes after a number, a "the" or an
    "and" ("9,000 homes", "and shops"), so the text is a noun phrase with a pair in it, with no verb of its own."""
    toks = left.split()
    if " and " not in f" {left} ":
        return False
    for i, tok in enumerate(toks[1:], start=1):
        low, before = tok.lower(), toks[i - 1].lower()
        if low in AUXILIARIES or low in IRREGULAR_PAST or low.endswith("ed"):
            return False
        if is_verbish(tok) and not (before in ("and", "or", "the", "a", "an", "its", "their", "his", "her")
                                    or before[:1].isdigit()):
            return False
    return True


def _long_subject_clause(right: str) -> bool:
    """'..., and the number of people with a library card has risen by 14%', '... after members of the Rail
    Workers' Union voted ...': after ", and" or "after", a noun phrase with a determiner (or a plural noun with
    "of", "at", "in") and then a verb of its own starts a clause, even when the noun phrase is longer than
    clauses.starts_clause looks."""
    toks = right.split()
    plural_then_word = re.match(r"(?:[a-z]+ )?[a-z]+[^s\W]s ([a-z]+)\b", right)
    if plural_then_word and len(toks) > 4:
        # "routine tests found E. coli ...", "residents complained ...": a plural noun, then a verb in the past
        verb = plural_then_word.group(1)
        if verb in IRREGULAR_PAST or verb.endswith("ed") and verb not in ("based", "aged", "related"):
            return True
    # ("water storages in the area fell": a plural noun may have a noun before it)
    plural = any(re.fullmatch(r"[a-z]+[^s\W]s", toks[i]) is not None and len(toks) > i + 1 and toks[i + 1] in ("of", "at", "in")
                 for i in (0, 1))
    return len(toks) > 4 and (toks[0] in ("the", "a", "an", "its", "their", "his", "her", "some", "most", "many")
                              or plural) and not any(t.endswith(",") for t in toks[:8])


def _and_subject(left: str, marker: str, right: str) -> str | None:
    """The subject to repeat for '..., and argued that ...' (the verb after 'and' shares the first subject)."""
    found = _subject(left)
    if not found:
        return None
    _, subject, predicate = found
    verb = predicate.split()[0]
    base = first_real(right).lower()
    if re.search(r"\bto (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]+\b", predicate) \
            and not (_same_form(verb, base) or base in IRREGULAR_PAST or base in AUXILIARIES):
        return None  # "a plan to help cities open centers | and pay power bills": "pay" is the plan's, a bare verb
        # after an infinitive, never "The group pay power bills"
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


WARNED = {"is warning": "is", "are warning": "is", "warns": "is", "warn": "is", "has warned": "is", "have warned": "is",
          "warned": "was"}


# nouns that name an aim, so "a NOUN to VERB ..." says what the aim is: "its offer to give free shots"
AIMS = {"plan", "offer", "contract", "decision", "effort", "bid", "attempt", "deal", "push", "campaign", "proposal",
        "promise", "order", "move", "agreement", "programme", "program", "project", "mission", "scheme", "bill",
        "measure", "request", "call", "pledge", "goal", "aim", "drive", "grant", "fund", "law", "vote", "license"}


def _aim_split(unit: str) -> list[str] | None:
    """'X is asking Y to accept its offer to give free shots to Z.' -> 'X is asking Y to accept its offer.' +
    'The offer is to give free shots to Z.'"""
    m = re.fullmatch(r"(.+\b(?:a|an|the|its|their|his|her|this) ([a-z]+)) to ([a-z]+ .{8,})", unit.rstrip("."))
    if not m or m.group(2) not in AIMS or not _main_clause(m.group(1)) or words(m.group(1)) < SHORTEST + 3:
        return None
    found = _subject(m.group(1))
    be = "is" if found is None or _present(found[2].split()[0]) else "was"
    return [finish(m.group(1)), finish(f"The {m.group(2)} {be} to {m.group(3)}")]


def warning_split(unit: str) -> list[str] | None:
    """'The department is warning residents who visited three places last week that they may have been exposed.' ->
    'The department is warning residents who visited three places last week.' + 'The warning is that they may have
    been exposed.': whom the warning is for, then what it says, in the tense of the warning (the "they" of the
    second points to the people just named)."""
    m = re.fullmatch(r"(.+?\b(is warning|are warning|has warned|have warned|warned|warns|warn) ((?:the |local |all )?(?:[a-z]+s|people)"
                     r"(?: (?:who|in|of|at|near|from) [^,;:\"]{3,})?)) that ([a-z]+ .{8,})", unit.rstrip("."))
    # (clauses.whole refuses a verb of saying cut from what was said; here what was said is the next line, so the
    # first line is checked as the same clause with a plain verb)
    if not m:
        return None
    plain = m.group(1)[:m.start(2)] + "helped" + m.group(1)[m.end(2):]
    if not m or not _main_clause(m.group(1)) or not _whole(plain):
        return None
    return [finish(m.group(1)), finish(f"The warning {WARNED[m.group(2)]} that {m.group(4)}")]


# "The court ruled 6-3 on Thursday that ...": a body that decides, its vote and its day, then what it decided
RULING = re.compile(r"((?:The|A|An) (?:[A-Z][\w.'-]* |[a-z]+ ){0,5}?(court|courts|judges|justices|jury|panel|tribunal|board"
                    r"|commission|committee|council|regulator|regulators|lawmakers|senate|parliament|assembly)) "
                    r"(ruled|decided|found|voted|agreed|concluded)"
                    r"((?: unanimously| \d{1,2}-\d{1,2}| by a \d{1,2}-\d{1,2} (?:vote|margin|majority))?"
                    r"(?: (?:on|last|this|early|late) [A-Z]?[a-z]+| (?:on )?[A-Z][a-z]{2,8}\.? \d{1,2}| [A-Z][a-z]+day"
                    r"| yesterday| today)?) that ([a-z]+ .{8,})", re.IGNORECASE)


def ruling_split(unit: str) -> list[str] | None:
    """'The Supreme Court ruled 6-3 on Thursday that police must get a warrant before ...' -> 'The Supreme Court
    ruled 6-3 on Thursday.' + 'It ruled that police must get a warrant before ...': who decided, by what vote and
    when, then what was decided, told whole. The decision is never cut short: "must get a warrant" without its
    "before ..." would be a different ruling."""
    body, echo = unit.rstrip("."), []
    called = ECHO.search(body)
    if called:  # "..., a decision privacy groups called the most important ruling in a decade": their word on it
        body = body[:called.start()]
        # (told as what they said: "called it the most important ruling" is their word, not a fact)
        echo = [finish(f"{cap(called.group(2).strip())} said the {called.group(1)} was {called.group(4)}")]
    m = RULING.fullmatch(body)
    if not m or not m.group(4).strip() or not m.group(1)[:1].isupper():
        return None  # ("The court ruled that ...": no vote and no day, nothing to tell apart)
    who = "They" if m.group(2).lower().endswith("s") else "It"
    decided = finish(f"{who} {m.group(3)} that {m.group(5)}")
    if not _whole(decided) or any(words(e) > LONGEST or not _whole(e) for e in echo):
        return None
    return [finish(f"{m.group(1)} {m.group(3)}{m.group(4)}"), decided] + echo


# ", a decision privacy groups called ...": others' word on the whole decision, after it
ECHO = re.compile(r", (?:a|an) (decision|ruling|verdict|move) (?:that |which )?((?:[A-Z]?[a-z]+ ){1,3}?)"
                  r"(called|described as|hailed as) ([^,;]{6,})$")

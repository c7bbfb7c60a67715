"""Sentences whose parts come in an order a short sentence cannot keep, told in a new order.

"After the first phones shipped, people began using them" opens with a clause that holds what "them" stands
for: it becomes a sentence of its own before the main clause ("The first phones shipped. After that, people
began using them."), so nothing is dropped that a later word leans on. "X, Lee said while visiting Y" names
its speaker last: the speaker goes first and the occasion gets a sentence ("Lee said this while visiting Y.").
"""
from __future__ import annotations

import re

from .grammar import (AUXILIARIES, LONGEST, PRESENT_VERBS, SUBJECT_STARTERS, cap, finish, has_verb, is_verbish, lower_first_word,
                      starts_clause, subject_and_verb, subject_of, whole, words)
from .participles import clause_tense, past_tense
from .sentences import speaker_again
from .speakers import WHEN
from .trim import is_frame

# an opening clause, what stands for it before the main clause, and the tenses it may be told in on its own
OPENING_CLAUSES = {"after": ("After that, ", ("past", "perfect")), "when": ("Then ", ("past",)),
                   "although": ("But ", ("past", "perfect", "present", "modal")),
                   "though": ("But ", ("past", "perfect", "present", "modal")),
                   "because": ("So ", ("past", "perfect", "present")),
                   # "As prices rose, workers left": time or cause, the two events are told one after the other
                   "as": ("", ("past", "perfect", "present")),
                   # "While prices rose, rents fell": at the same time, or in contrast - two facts either way, told
                   # without a link word; only both in the past ("While the bridge is shut, buses will run" is a plan)
                   "while": ("", ("past",))}


def opening_clause(s: str) -> list[str]:
    """'After the first phones shipped, people began using them.' -> 'The first phones shipped.' + 'After that,
    people began using them.'; 'Although sales fell, the firm grew.' -> 'Sales fell.' + 'But the firm grew.'
    A "when" or "while" clause only in a story told in the past ("When it rains, roads flood" is no event); "if"
    and "unless" never: they are conditions."""
    timed = re.fullmatch(r"(?:(?:But|And|Yet|So) )?((?:[Ii]n|[Oo]n|[Bb]y|[Ll]ast|[Tt]his|[Ee]arlier|[Ll]ater) [A-Za-z0-9' ]{2,25}), "
                         r"(when|after|although|though|because|as) (.+)", s.rstrip("."))
    if timed:
        # "But in May, when the agency picked three firms, only two signed up." -> "In May, the agency picked three
        # firms." + "Then only two signed up.": the time goes with the event the "when" part tells first
        parts = opening_clause(finish(f"{cap(timed.group(2))} {timed.group(3)}"))
        return [finish(f"{cap(timed.group(1))}, {lower_first_word(parts[0])}"), parts[1]] if len(parts) == 2 else [s]
    # a comma inside a number ("40,000 homes") does not end the opening clause
    m = re.fullmatch(r"(After|When|While|Although|Though|Because|As) ((?:[^,]|(?<=\d),(?=\d{3}\b)){8,140}), (.{12,})",
                     s.rstrip("."))
    if not m or '"' in s:
        return [s]
    if m.group(1) == "As" and (re.match(r"(?:it|this|that|things) ", m.group(2)) or len(m.group(2).split()) < 4):
        return [s]  # "As it turned out, ...", "As it stands, ...": a set phrase, no event
    if m.group(1) == "As" and (re.search(r"\b(?:said|says|say|noted|reported|expected)\b", m.group(2))
                               or re.match(r"(?:well|usual|such|part|result|long|soon|far|much|many|a|an|the \w+ of)\b",
                                           m.group(2))):
        return [s]  # "As Lee said, ...", "As expected, ...", "As part of ...", "As a result, ...": no event of its own
    link, tenses = OPENING_CLAUSES[m.group(1).lower()]
    clause, main = m.group(2), m.group(3)
    # "As temperatures climb past 38C, ...": a plural noun and a present verb, which starts_clause cannot see
    plural_then_verb = re.match(r"[a-z]+[^s\W]s ([a-z]+)\b", clause)
    bare_present = bool(plural_then_verb and plural_then_verb.group(1) in PRESENT_VERBS and m.group(1) == "As")
    bare_plural = re.match(r"[a-z]+[^s\W]s (?!of\b)", clause) is not None  # "While prices in the city rose, ..."
    toks = clause.split()
    first_verb = next((i for i, t in enumerate(toks) if i and is_verbish(t)), None)
    if first_verb is not None and toks[first_verb - 1].lower() in ("of", "and", "with"):
        return [s]  # "After a lot of thought and love, ...": "thought" is a noun after "of", no verb of a clause
    if not (bare_present or (starts_clause(clause) or bare_plural) and subject_and_verb(clause)) \
            or not (starts_clause(main) or subject_and_verb(main)):
        return [s]  # "After years of talks, ...": a phrase, not a clause
    tense = "present" if bare_present else clause_tense(clause)
    if tense not in tenses or (m.group(1) in ("When", "While") and clause_tense(main) != "past"):
        return [s]
    first = main.split()[0]
    main = lower_first_word(main) if first.lower() in SUBJECT_STARTERS else main
    return [finish(cap(clause)), finish(f"{link}{main}")]


SPEAKER = r"(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}|he|she|they|the \w+(?: \w+)?)"


def speaker_last(s: str) -> list[str]:
    """'People began using phones at work, Lee said while visiting a fair in Oslo.' -> 'Lee said people began
    using phones at work.' + 'Lee said this while visiting a fair in Oslo.': the claim keeps its speaker (cut
    off, it would be told as a fact) and the occasion its names."""
    m = re.fullmatch(rf"([A-Z].{{15,}}?), ({SPEAKER}) (said|says) ((?:while|when|during|at|in|on|after|before) .{{5,}})",
                     s.rstrip("."))
    if not m or '"' in s or re.search(r"\b(?:said|says)\b", m.group(1)):
        return [s]
    speaker = cap(m.group(2))
    again = speaker_again(m.group(2))
    claim = m.group(1)
    claim = claim[:1].lower() + claim[1:] if claim.split()[0] in ("After", "When", "Although", "Though", "Because",
                                                                  "The", "A", "An") else claim
    return [finish(f"{speaker} {m.group(3)} {claim}"), finish(f"{again} {m.group(3)} this {m.group(4)}")]


# a bare time a speaker spoke at: "said this on Thursday", "said this last week"
_SAID_THIS_AT = re.compile(rf"(?P<again>.+?) (?:said|says) this (?P<time>{WHEN})"
                           r"(?:, (?P<verb>warning|adding|saying) (?P<tail>.{8,})|, (?P<comment>(?:a|an) [^,]{3,80}))?\.")
_TAIL_VERBS = {"warning": "warned", "adding": "added", "saying": "said"}


def time_in_report(parts: list[str]) -> list[str]:
    """'The two companies said A.' + 'The companies said this on Thursday.' -> 'The two companies said on Thursday
    that A.': once the claim has its speaker, a second line only for the day says the speaker twice. The day goes
    after "said" when the line still fits; a tail 'warning that B' keeps a line of its own ('Western Rail warned
    that B')."""
    out: list[str] = []
    for part in parts:
        m = _SAID_THIS_AT.fullmatch(part)
        said_before = out and re.match(r"[A-Z][\w.'-]*(?: [\w.'-]+){0,5}? said ", out[-1])
        if m and said_before:
            said = said_before.group(0)
            if out[-1][len(said):] in ("this.", "so."):
                out[-1] = part  # "The club said this." + "The club said this on Monday.": one line, never "that this."
                continue
            folded = f"{said[:-1]} {m.group('time')} that {out[-1][len(said):]}"
            if words(folded) <= LONGEST:
                out[-1] = folded
                if m.group("tail"):
                    out.append(finish(f"{m.group('again')} {_TAIL_VERBS[m.group('verb')]} {m.group('tail')}"))
                continue
        if m and m.group("comment"):
            # "The club said this on Monday, a serious blow to their hopes.": the writer's comment on the news, hung
            # on the speaker's line, is heard as the club's words; it goes
            part = finish(f"{m.group('again')} said this {m.group('time')}")
        out.append(part)
    return out


def concession_in_report(s: str) -> list[str]:
    """'The mayor said that while the budget was tight, the city would still hire 40 officers.' -> 'The mayor said
    the budget was tight.' + 'But the mayor said the city would still hire 40 officers.': both halves are the
    speaker's, and "but" keeps the contrast that "while" ("although") made. A leading "Whatever the name, " is a
    shrug, not a fact: it goes."""
    m = re.fullmatch(rf"(?:(?:Whatever|Either way|Even so|Still)[^,]{{0,30}}, )?({SPEAKER}|The [a-z]+(?: [a-z]+)?)"
                     rf" (said|says|told \w+|added"
                     rf"|argued|noted)(?: that)? (while|although|though) ([^,]{{8,}}), (.{{8,}})", s.rstrip("."))
    if not m or '"' in s or not subject_and_verb(m.group(4)) or not starts_clause(m.group(5)):
        return [s]
    if m.group(3) == "while" and not (re.search(r"\b(?:may|might|can|could|only)\b", m.group(4))
                                      or re.search(r"\b(?:still|also|too)\b", m.group(5))):
        return [s]  # "while he was mayor, he took bribes": a time, not a contrast; "but" would change it
    who, said, conceded, main = m.group(1), m.group(2), m.group(4), m.group(5)
    verb = "said" if said.startswith("told") else said
    speaker = cap(who)
    again = speaker if re.match(r"[A-Z]", who) and not who.startswith("The ") else who.lower()
    return [finish(f"{speaker} {said} {lower_first_word(conceded)}"), finish(f"But {again} {verb} {main}")]


OPENING_PREPOSITIONS = {"in": "in", "on": "on", "at": "at", "during": "during", "after": "after",
                        "before": "before", "following": "after"}


def _opening_phrase(s: str) -> list[str]:
    """'In their first TV debate on Tuesday, Johnson and Corbyn attacked ...' ->
    'Johnson and Corbyn attacked ...' + 'This was in their first TV debate on Tuesday.' (long sentences only)."""
    if words(s) <= 16:
        return [s]
    m = re.fullmatch(r"((?:Hours|Days|Minutes|Weeks|Months|Years|Moments|Shortly|Soon|Just|Only|Long) (?:before|after)"
                     r"|[A-Z][a-z]+) ([^,]{8,90}), (.{12,})", s.rstrip("."))
    if not m or m.group(1).split()[-1].lower() not in OPENING_PREPOSITIONS:
        return [s]
    if is_frame(f"{m.group(1)} {m.group(2)}"):
        return [s]  # "In the model, sea levels rose ...": told first and then "This was in the model", the fact
        # would be heard as real before the listener learns it was not
    when = m.group(1).lower() if " " in m.group(1) else OPENING_PREPOSITIONS[m.group(1).lower()]
    phrase, main = m.group(2), m.group(3)
    named = re.match(r"((?:[A-Z][\w'-]*)(?: [A-Z][\w'-]*){0,2}), "
                     r"((?:the|a|an|his|her|its|their|he|she|they|it|we)\b.+)", main)
    if named and re.search(r"\b[a-z]+$", phrase) \
            and not re.match(r"(?:the|a|an|his|her|its|their)(?: [\w'-]+){1,5},", named.group(2)):
        # ("After the storm hit the island, Lopez, the governor, said ...": "the governor" is Lopez's job)
        # "In a statement read by his brother, Imran, the family said ...": the name belongs to the phrase
        phrase, main = f"{phrase}, {named.group(1)}", named.group(2)
    first = main.split()[0]
    if not (first[:1].isupper() or first.lower() in SUBJECT_STARTERS or subject_and_verb(main)) or not has_verb(main, 8):
        return [s]
    if re.match(r"[a-z]+ing\b", phrase) or not whole(phrase):
        return [s]  # "After leaving the party, ...": who left is the main clause's subject
    if re.search(r"\b(?:compared with|compared to|against|than|while|whereas)\b[^,]*\b(?:in|at|on|for) ", main):
        return [s]  # "In London, 30% got top grades, compared with 21% in the North East": told after it, the place
        # would be heard as the other place's
    tense = clause_tense(main)
    if tense not in ("past", "perfect"):
        return [s]  # "In most hospitals, each bed is ...": "This was in most hospitals" would tell of the past
    return [finish(cap(main)), finish(f"This was {when} {phrase}")]




SUPERLATIVE = r"(?:[a-z]+est|first|last|only|most|least|worst|best|biggest|highest|lowest|largest|deadliest)"


def resumptive_appositive(s: str) -> list[str]:
    """'Cases climbed to 148, the largest outbreak the state has seen since 1990 and one that has sent 23
    children to hospital.' -> 'Cases climbed to 148.' + 'This is the largest outbreak the state has seen since
    1990.' + 'It has sent 23 children to hospital.' A noun phrase with a superlative after a whole clause sums
    up the event the clause tells; "This" stands for that event."""
    m = re.fullmatch(rf"(.{{20,}}?), ((?:the|a|an|its|their) (?:[\w'-]+ ){{0,2}}?{SUPERLATIVE}\b[^,;\u2014]{{4,140}})",
                     s.rstrip("."))
    if not m or '"' in s or not ((starts_clause(m.group(1)) or subject_and_verb(m.group(1))) and whole(m.group(1))):
        return [s]
    tense = clause_tense(m.group(1))
    if tense is None or tense == "modal":
        return [s]
    be = "was" if tense == "past" else "is"
    absolute = re.fullmatch(rf"((?:the|its|their) (?:[\w'-]+ ){{0,2}}?{SUPERLATIVE}) ([a-z]+ing) (.+)", m.group(2))
    if absolute:
        # "40 aftershocks were recorded, the strongest measuring 5.1": the strongest of them measured 5.1; it is
        # not the event ("This was the strongest measuring 5.1")
        verb = past_tense(absolute.group(2)) if tense == "past" else None
        return [finish(m.group(1)), finish(f"{cap(absolute.group(1))} {verb} {absolute.group(3)}")] if verb else [s]
    if re.match(rf"(?:the|a|an) (?:[\w'-]+ ){{0,2}}?{SUPERLATIVE} of (?:the |his |her |their )?(?:\d+|two|three|four|five"
                r"|six|seven|eight|nine|ten|(?!(?:its|his|this|was|is)\b)[a-z]+s)\b", m.group(2)):
        # "X was born in 1933, the youngest of four children": one of a group, said of the subject, not the event
        subject = subject_of(m.group(1))
        if subject is None or subject in ("It", "This", "They"):
            return [s]
        return [finish(m.group(1)), finish(f"{subject} {be} {m.group(2)}")]
    summary, _, more = m.group(2).partition(" and one that ")
    out = [finish(m.group(1)), finish(f"This {be} {summary}")]
    if more:
        out.append(finish(f"It {more}"))  # "and one that has sent 23 children to hospital": more of the same event
    return out


def reason_cleft(s: str) -> str:
    """'It is for that reason that NASA hired two firms.' -> 'So NASA hired two firms.': the frame only points
    back to the reason just told, and its "that" would hide the clause from the other rules."""
    m = re.fullmatch(r"(?:It|This) (?:is|was) (?:for (?:that|this) reason|why) that (.{12,})", s)
    if not m or not (starts_clause(m.group(1)) or subject_and_verb(m.group(1))):
        return s
    return f"So {m.group(1)}"


TIME_SPAN = (r"(?:just |only |about |nearly |almost )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few"
             r"|several|\d+) (?:minutes?|hours?|days?|weeks?|months?|years?)")


def came_after(s: str) -> list[str]:
    """'The admission came two days after researchers published a report.' -> 'Researchers published a report.'
    + 'The admission came two days later.': the earlier event first, in the order things happened."""
    m = re.fullmatch(rf"((?:The|This|That|Its|Their|His|Her) [\w'-]+(?: [\w'-]+)?) (came|comes|happened|followed)"
                     rf" ({TIME_SPAN}) after (.{{12,}})", s.rstrip("."))
    plain = re.sub(r", (?:a|an|the) [^,]{3,80}, ", " ", m.group(4)) if m else ""  # "X, a group that ..., published"
    if not m or '"' in s or not (starts_clause(plain) or subject_and_verb(plain)):
        return [s]
    first = m.group(4)
    first = lower_first_word(first) if first.split()[0].lower() in SUBJECT_STARTERS else first
    return [finish(cap(first)), finish(f"{m.group(1)} {m.group(2)} {m.group(3)} later")]


def is_infinitive(word: str) -> bool:
    """Can the word after "to" be a verb ("to close", "to sell"), not a noun phrase ("to the top", "to 5%")?"""
    from .grammar import closed_words
    return bool(re.fullmatch(r"[a-z]{2,}", word)) and word not in closed_words() and not word.endswith("ing")


def two_infinitives(s: str) -> list[str]:
    """'The council voted in May to close the pool and to sell the land to a builder.' -> 'The council voted in
    May to close the pool.' + 'The council also voted in May to sell the land to a builder.': a verb with two
    "to" parts says two things; the second is told with the subject and verb said again. The same for two
    places ("moved production to a plant in Mexico and to a new line in Ohio")."""
    m = re.fullmatch(r"(.{8,}?) to ([a-z]+\b.{6,}?),? and to ([a-z]+\b.{6,})", s.rstrip("."))
    if not m or '"' in s or " to " in m.group(2) and re.search(r"\band to\b", m.group(2)) or ", to " in m.group(2):
        return [s]  # ("to walk, to keep away and to check": a list of three is left to the other rules)
    head = m.group(1)
    if re.search(r"\b(?:not|never|no)$", head):
        return [s]  # "urged people not to walk ... and to check on neighbours": the "not" is the first part's alone
    if is_infinitive(m.group(2).split()[0]) != is_infinitive(m.group(3).split()[0]):
        return [s]  # "rose to head home a corner ... and to the top of the table": "to the top" is a place, and the
        # two parts are not two of the same ("move production to X and to Y" are two places, told twice)
    subject = subject_of(head)
    if subject is None or subject in ("It", "They", "This") and not head.startswith(subject):
        return [s]
    if not head.lower().startswith(subject.lower() + " "):
        return [s]  # "The firm's owners said ..." -> "They": the subject is not said word for word
    verbs = head[len(subject) + 1:]
    if not verbs or not is_verbish(verbs.split()[0]) or words(verbs) > 6 or "," in verbs \
            or re.search(r"\b(?:said|says|told|that|it|he|she|they|we|I|you)\b", verbs):
        return [s]  # "The firm said it would move ...": a clause inside; the report rules tell it
    first, _, rest = verbs.partition(" ")
    # "would also introduce", "has also agreed": "also" goes after a helping verb, before a main one
    also = f"{first} also {rest}" if rest and first in AUXILIARIES else f"also {verbs}"
    return [finish(f"{head} to {m.group(2)}"), finish(f"{subject} {also} to {m.group(3)}")]



# verbs whose object may be a list of things to do ("advises drinking water, avoiding alcohol and ...")
GERUND_VERBS = r"(?:advise|recommend|suggest|include|involve|mean|require)(?:s|d|ed)?"
NOT_GERUNDS = {"including", "according", "during", "following", "regarding", "concerning", "nothing", "something",
               "anything", "everything", "morning", "evening", "building", "meeting"}


def gerund_list(s: str) -> list[str]:
    """'She advises drinking water before you are thirsty, avoiding alcohol at midday, and keeping curtains closed.'
    -> 'She advises drinking water before you are thirsty.' + 'She also advises avoiding alcohol at midday.' + 'She
    also advises keeping curtains closed.': each thing of an "and" list of things to do, told with its subject
    and verb said again, as two_infinitives does for "to" parts. An "or" list is no list of things all advised."""
    m = re.fullmatch(rf"((?:[A-Z][\w'-]*)(?: [\w'-]+){{0,2}}?) ({GERUND_VERBS}) ([a-z]+ing\b.+)", s.rstrip("."))
    if not m or '"' in s or m.group(3).split()[0] in NOT_GERUNDS:
        return [s]
    subject = m.group(1)
    if subject.split()[0].lower() not in ("he", "she", "they", "the", "it") and not subject[:1].isupper() \
            or any(is_verbish(t) for t in subject.split()[1:]):
        return [s]
    items = re.split(r",? and (?=[a-z]+ing\b)|, (?=[a-z]+ing\b)", m.group(3))
    if len(items) < 2 or not re.search(r",? and [a-z]+ing\b", m.group(3)) or re.search(r"\bor [a-z]+ing\b", m.group(3)) \
            or any(item.split()[0] in NOT_GERUNDS or words(item) < 2 for item in items):
        return [s]
    again = subject if subject.split()[0] not in ("A", "An") else "The " + subject.split(" ", 1)[1]
    return [finish(f"{subject} {m.group(2)} {items[0]}")] + \
        [finish(f"{again} also {m.group(2)} {item}") for item in items[1:]]

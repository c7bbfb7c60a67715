"""Headline grammar said as a sentence ("Acme to cut 500 jobs" -> "Acme will cut 500 jobs"), split from
briefing/grammar.py, whose clause tests it uses."""
from __future__ import annotations

import re

from .grammar import MANY_IN_WORDS, PREPOSITIONS, PRESENT_VERBS, SUBORDINATE_STARTS, is_verbish, subject_and_verb
from .vocabulary import common_words


def headline_verb(s: str) -> str:
    """Headline grammar said as a sentence: "Acme to cut 500 jobs" -> "Acme will cut 500 jobs", "Police looking
    into fire" -> "Police are looking into fire". Only a sentence with no finite verb of its own."""
    body = s.rstrip(".")
    m = re.fullmatch(r"((?:[A-Z][\w.'&-]*|[a-z][\w'-]*)(?: [\w.'&-]+){0,5}?) (to|[a-z]+ing) ([a-z][\w'-]* .+)", body)
    if not m or "," in body or any(is_verbish(t) for t in m.group(1).split()) or subject_and_verb(body):
        return s
    subject, verb, rest = m.groups()
    if not all(t[:1].isupper() or t[:1].isdigit() for t in subject.split()):
        return s  # "Jury orders landlord to pay": a lower-case word there may be the verb
    if subject.split()[0].lower() in SUBORDINATE_STARTS or subject.split()[-1].lower() in PREPOSITIONS:
        return s
    if verb != "to" and " " not in subject and subject.lower() in common_words() and not subject.lower().endswith("s") \
            and subject.lower() not in ("police", "government", "army", "council", "staff", "crew", "team", "navy"):
        return s  # "Simple hiking survival kit": one common word before the "-ing" may describe it, not do it
    if verb == "to":
        if not (is_verbish(rest.split()[0]) or rest.split()[0] in PRESENT_VERBS or rest.split()[0] in common_words()) \
                or rest.split()[0] in ("the", "a", "an", "be"):
            return s
        return f"{subject} will {rest}."
    if verb in ("during", "morning", "evening", "thing", "king", "according", "including"):
        return s
    plural = re.search(r"(?:[^siu]s|people|police)$", subject.split()[-1].lower()) is not None
    return f"{subject} {'are' if plural else 'is'} {verb} {rest}."


# verbs a headline gives as a bare past participle, meaning the passive: "Guards charged over death" is "Guards
# were charged", never "the guards charged someone" (a verb that can also be intransitive, "Stocks climbed", is
# not here: "Stocks were climbed" would be wrong)
HEADLINE_PASSIVES = {
    "charged", "arrested", "jailed", "sentenced", "sent", "ordered", "told", "urged", "warned", "fined", "banned",
    "cleared", "convicted", "accused", "removed", "sacked", "fired", "named", "appointed", "elected", "killed",
    "injured", "hurt", "rescued", "evacuated", "diverted", "closed", "shut", "cancelled", "canceled", "delayed",
    "suspended", "blocked", "approved", "rejected", "recalled", "released", "freed", "detained", "questioned",
    "kidnapped", "attacked", "stabbed", "robbed", "sued", "criticised", "criticized", "forced", "linked", "awarded",
    "seized", "stolen", "destroyed", "damaged", "flooded", "stranded", "trapped", "expelled", "deported",
    "honoured", "honored", "buried", "discovered", "found", "held", "given", "taken", "caught", "struck", "hit",
    "stripped", "axed", "shot", "hired",
}
# a singular noun a headline uses without its article: "Man cleared of murder" is "A man was cleared of murder"
_BARE_PERSON = {"man", "woman", "boy", "girl", "teenager", "driver", "pilot", "nurse", "doctor", "teacher", "mother",
                "father", "pensioner", "student", "worker", "officer", "soldier", "cyclist", "passenger", "child", "boss",
                "chief", "official", "suspect", "victim", "actor", "singer", "player", "coach", "mayor", "judge",
                "councillor", "priest", "guard", "patient", "tourist", "climber", "swimmer", "farmer", "landlord", "ship",
                "boat", "plane", "bus", "train", "car", "lorry", "truck", "bridge", "school", "village", "town"}


_NOUN_BEFORE = {"the", "a", "an", "his", "her", "its", "their", "and", "or"}  # "after the talks": no verb after these
_CLAUSE_OPENERS = {"after", "before", "as", "when", "while", "because", "since", "until", "if", "once"}
_SPAN = re.compile(r"(?:\d[\d,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty) (?:hours?|days?"
                   r"|weeks?|months?|years?|decades?)\b")


def _in_a_time_clause(before: list[str]) -> bool:
    """'charged after armed robbery leaves guard hurt': the verb is the "after" clause's own, so the participle
    is the headline's verb; "after 14 months in prison | arrives": a span of time has no verb of its own."""
    opener = max((i for i, t in enumerate(before) if t.lower() in _CLAUSE_OPENERS), default=-1)
    return opener >= 0 and not _SPAN.match(" ".join(before[opener + 1:]))


# a count standing for the people counted: "Two hurt in crash on Route 9", "12 rescued from flooded mine"
COUNT_ALONE = re.compile(rf"(?:{MANY_IN_WORDS}|(?!1\b)\d[\d,]*)")
_GIVING = "offered|given|promised|denied|granted|handed|refused|shown|awarded"
_PASSIVE_SHAPES = (  # "Guards charged over death"; "Fans offered full refunds": a verb of giving keeps its thing after it
    (re.compile(r"((?:[A-Z0-9][\w.,'&-]*)(?: [\w.,'&-]+){0,6}?) ([a-z]+)((?: (?:to|in|on|at|for|from|into|over|after"
                r"|before|with|by|as|under|amid|following|of|out|off|down|up)\b.*)?)"), HEADLINE_PASSIVES),
    # (only people who receive: "Police offered a reward" is the police giving one)
    (re.compile(rf"((?:[A-Z0-9][\w.,'&-]* ){{0,3}}(?:[Ff]ans|[Pp]assengers|[Cc]ustomers|[Rr]esidents|[Ww]orkers|"
                rf"[Ss]taff|[Pp]atients|[Ff]amilies|[Vv]ictims|[Ss]tudents|[Pp]upils|[Pp]layers|[Pp]eople|[Tt]enants|"
                rf"[Ss]hoppers|[Dd]rivers|[Vv]oters|[Mm]embers)) ({_GIVING})( (?:a|an|the|full|free|new|more|\d)\b.*)"),
     set(_GIVING.split("|"))),
)


def headline_passive(s: str) -> str:
    """A headline's bare participle said as a sentence: "3,400 people ordered to leave Dorrance Valley" ->
    "3,400 people were ordered to leave Dorrance Valley", "Former charity boss sent to prison" -> "A former
    charity boss was sent to prison". Only a title line whose subject has no verb of its own, and only verbs
    that in a headline mean the passive."""
    body = s.rstrip(".")
    m = next((m for shape, verbs in _PASSIVE_SHAPES if (m := shape.fullmatch(body)) and m.group(2) in verbs), None)
    if not m:
        return s
    from .verb_shapes import third_person_verb  # (both import the grammar module, which imports this one)
    from .words import an_or_a
    subject = m.group(1)
    toks = subject.split()
    tail = m.group(3).split()
    if any(third_person_verb(t) and tail[i - 1].lower() not in PREPOSITIONS | _NOUN_BEFORE and not tail[i - 1][:1].isdigit()
           and not _in_a_time_clause(tail[:i]) for i, t in enumerate(tail) if i):
        return s  # "Aid worker freed after 14 months in prison arrives home": "arrives" is the verb, "freed" says who
    if any(t.lower() in ("who", "that", "which", "and", "or") or t.endswith(",") for t in toks) \
            or any(is_verbish(t) and t[:1].islower() and not t[:1].isdigit() for t in toks[1:]):
        return s  # "Driver who killed cyclist sent to prison": a clause in the subject
    plural = re.search(r"(?:[^siu]s|people|police|staff|children|men|women)$", toks[-1].lower()) is not None \
        or COUNT_ALONE.fullmatch(subject) is not None  # "Two hurt in crash": a count of people is many
    named = len(toks) > 1 and toks[0].lower() in _BARE_PERSON and toks[1][:1].isupper()
    if named:
        pass  # "Cyclist Matteo Rinaldi banned" -> "Cyclist Matteo Rinaldi was banned": a job before a name takes no "A"
    elif toks[0].lower() in _BARE_PERSON or len(toks) > 1 and toks[-1].lower() in _BARE_PERSON \
            and toks[0].lower() in common_words() and not plural:
        subject = an_or_a(subject).capitalize() + " " + subject[:1].lower() + subject[1:]  # "A man was cleared",
        # "An aid worker was freed"
    return f"{subject} {'were' if plural else 'was'} {m.group(2)}{m.group(3)}."

"""A noun with its own "that", "which" or "who" clause said as a sentence of its own: "Both are linked to the
pandemic that killed 25 million people." -> "Both are linked to the pandemic." + "This pandemic killed 25 million
people." (moved out of briefing.relatives, which tells the clauses set off by commas)."""
from __future__ import annotations

import re

from .grammar import LONGEST, PLURAL_VERBS, SINGULAR_VERBS, SUBORDINATE_STARTS, finish, is_verbish, words


# a plural noun for people in -s, which a "who" clause may tell of: "the workers who", never "the talks who" ("20
# people who were too weak" stays one line, as it always has)
PEOPLE_NOUN = re.compile(r"(?:[^s]ers|ors|ists|ians|ents|ants|officials|fans"
                         r"|members|families|friends|relatives|victims|pupils|students|nurses|doctors|voters|teachers"
                         r"|survivors|neighbou?rs|colleagues|citizens|tenants|patients|parents|guests|users|athletes)$")
# "a new plan next month that would ...": the clause is about the plan, not the time
TIME_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "time", "night", "morning",
              "evening", "today", "season", "weekend", "decade", "century", "hour", "hours"}


def _noun_that(s: str) -> list[str]:
    """'Both are linked to the pandemic that killed 25 million people in Europe.' ->
    'Both are linked to the pandemic.' + 'This pandemic killed 25 million people in Europe.' A long sentence
    only, and only a clause whose subject is the noun ("that killed"), not its object ("that he saw")."""
    if words(s) <= LONGEST - 4:
        return [s]
    m = re.fullmatch(r"(.{20,}?(?<!\bof) (?:the|a|an|its|their|his|her) "
                     r"(?:(?!(?:of|in|on|at|for|with|from|to|by|and|or)\b)[\w'-]+ ){0,4}([a-z][\w'-]+)) (that|which|who) "
                     r"(\S+) (.{8,})", s.rstrip("."))
    if not m or not is_verbish(m.group(4)) or m.group(4) in ("said", "says"):
        return [s]
    if re.search(r", (?:a|an|the)(?: [\w'-]+){1,5}$", m.group(1)):
        return [s]  # "when the Front, a militia that has held the hills, launched ...": the verb comes after it
    noun = m.group(2)
    if is_verbish(noun) or noun in SUBORDINATE_STARTS or noun in TIME_WORDS \
            or m.group(3) == "who" and not PEOPLE_NOUN.search(noun):
        return [s]  # ("people familiar with the talks who spoke ...": "who" is never the talks)
    plural = re.search(r"(?:[^siu]s|people|police)$", noun) is not None  # not "crisis", "bus"
    if plural != (m.group(4) in PLURAL_VERBS or m.group(4) not in SINGULAR_VERBS and not m.group(4).endswith("s")):
        if m.group(4) in PLURAL_VERBS | SINGULAR_VERBS:
            return [s]  # "the cost of the roads that is ...": the verb belongs to another noun
    return [finish(m.group(1)), finish(f"{'These' if plural else 'This'} {noun} {m.group(4)} {m.group(5)}")]

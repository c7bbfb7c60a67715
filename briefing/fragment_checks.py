"""Two shapes of a broken line the rules can still leave behind, for briefing.checks.odd_sentences:

- a noun and its relative clause and nothing else: "31 ballot papers that were rejected." (cut from "found eight
  more votes ... and 31 ballot papers that were rejected because ..."): no main verb, so no sentence;
- "was" or "has been" before a past form that is never a participle: "It was grew into ..." ("was founded in 1884
  and grew into ..." cut with the first verb's helper on the second).
"""
from __future__ import annotations

import re

from .grammar import AUXILIARIES, is_verbish
from .inflect import PAST_NOT_PARTICIPLE

RELATIVE_ONLY = re.compile(r"((?:[\w'-]+ ){1,6}?)(?:that|which|who) (?:was|were|is|are|had been|have been|has been)"
                           r" ([a-z]+(?:ed|en))((?: [\w'-]+){0,6})[.!]")
HELPER_BEFORE_PAST = re.compile(r"\b(?:was|were|is|are|been|be)(?: not)? (" + "|".join(sorted(PAST_NOT_PARTICIPLE))
                                + r")\b")


def relative_only(text: str) -> bool:
    """A noun phrase with a "that/which/who" clause and no verb of its own before or after the clause."""
    m = RELATIVE_ONLY.fullmatch(text)
    if not m:
        return False
    head, tail = m.group(1).split(), m.group(3).split()
    finite = AUXILIARIES | {"do", "does", "did"}
    # ("papers" may be a verb by its shape; a noun after a number or "the" is not)
    return not any(t.lower() in finite for t in head + tail) \
        and not any(is_verbish(t) for t in tail) \
        and not any(is_verbish(t) and not re.fullmatch(r"[a-z]+s", t) for t in head[1:])


def helper_before_a_past_form(text: str) -> bool:
    """'was grew', 'been went': a helper before a past form that only ever stands alone."""
    return HELPER_BEFORE_PAST.search(text) is not None


# "A scheme police say ran for nearly two years.": a noun with a clause of what someone says about it (no "that"),
# cut from "..., a scheme police say ran for two years": the noun has no verb of its own, so no sentence
CLAIMED_ABOUT = re.compile(r"(?:A|An|The) (?:[a-z][\w'-]* ){0,3}?[a-z][\w'-]* (?:police|officials|investigators|"
                           r"prosecutors|experts|scientists|critics|he|she|they|[A-Z][a-z]+) (?:say|says|said|believe|"
                           r"believes|allege|alleges|think|thinks|claim|claims) ([a-z]+) (.*)[.!]")
SUBORDINATORS = {"before", "after", "when", "while", "because", "that", "which", "who", "until", "since", "as", "if",
                 "where", "though", "although", "unless"}


def claimed_about_only(text: str) -> bool:
    """'A scheme police say ran for two years.': the noun's clause and no main verb of the noun's own ("A man police
    say was armed fled the scene." has one: "fled")."""
    m = CLAIMED_ABOUT.fullmatch(text)
    if not m or not (is_verbish(m.group(1)) or m.group(1) in AUXILIARIES):
        return False
    tail: list[str] = []
    for tok in m.group(2).split():
        if tok.lower() in SUBORDINATORS:
            break
        tail.append(tok.strip(","))
    helpers = AUXILIARIES if m.group(1) in AUXILIARIES else set()
    return not any(is_verbish(t) and t not in helpers for t in tail[1 if helpers else 0:])


# "The department said in a health advisory issued on Monday that the person.": a report whose "that" clause is
# only a noun (its verb went to a piece that was left out)
THAT_NOUN_ONLY = re.compile(r".*\b(?:said|says|told [\w'-]+|reported|announced|added|warned) (?:[^\"]* )?that "
                            r"((?:the|a|an|this|these|his|her|their|its) )?((?:[\w'-]+ ){0,2}[\w'-]+)[.!]")


def report_of_a_noun_only(text: str) -> bool:
    """'X said ... that the person.': what was said is a noun and nothing more ("said that was the plan" and
    "said that the person had left" have their verbs)."""
    m = THAT_NOUN_ONLY.fullmatch(text)
    if not m or not m.group(1):
        return False  # ("said that Lee." may be a name cut short, or "said that day": left to the other checks)
    tail = m.group(2).split()
    # ("that the town heals": a present verb in -s the word lists may not know)
    return not any(is_verbish(t) or t in AUXILIARIES or t.endswith("s") and not t.endswith("ss") for t in tail[1:]) \
        and not any(is_verbish(t) or t in AUXILIARIES for t in tail[:1])


# "She was dedicated it to her grandmother.": a helper of the first verb carried onto a second verb that has an
# object ("was moved as she ... and dedicated it to ...", split): a passive cannot take "it"/"them" after it, except
# for verbs of giving, whose passive keeps the thing given ("was handed it", "was offered them")
PASSIVE_WITH_OBJECT = re.compile(r"\b(?:was|were|is|are|been|be)(?: not)? ([a-z]+ed) (?:it|them|him|us|me)\b")
GIVING = {"handed", "offered", "awarded", "granted", "promised", "allowed", "denied", "refused", "showed", "owed",
          "passed", "loaned", "mailed", "emailed", "texted", "asked", "charged", "fined", "billed", "assigned",
          "called", "named", "gifted", "bequeathed", "guaranteed", "wished", "saved", "spared", "cost"}


def passive_with_an_object(text: str) -> bool:
    """'She was dedicated it to ...': a passive helper before a verb with its own object."""
    return any(m.group(1) not in GIVING for m in PASSIVE_WITH_OBJECT.finditer(text))

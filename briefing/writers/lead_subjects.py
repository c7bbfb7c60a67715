"""A lead whose subject carries a fact of its own, told as the news first and then who or what the subject is.

News leads pack the who into the subject: "A van driver who hit a cyclist on a country road in Marden Vale was
jailed for seven years on Friday"; "The Long Harbour, a low-budget drama about a fishing family, won best film at
the Norvik Screen Awards". The sentence rules keep such a subject whole, and with the rest of the lead it runs
past the longest sentence a learner hears, so the lead was lost. Taken apart, each half is a plain sentence of
the article's own words:

- "A N who <did X> was <done Y>" -> "A N was <done Y>." + "The N <did X>." (the relative clause told in the past
  only: "who has been missing since Friday" may no longer be true when the news is that he was found);
- "Name, a N ..., <verb> Y" -> "Name <verb> Y." + "Name is a N ..." (the role said after the news, as
  lead_pieces does for "the country's largest lender, the Crestway Building Society").

(Not "Graham Tully, from Brackley Bridge, parked ..." -> + "Tully is from Brackley Bridge.": the rules already tell
that sentence without its aside, and a lead told in pieces is a core line, after which the next sentence's "His
car ..." is passed over as leaning on a lost part: the story lost more than it gained.)

Both are checked by lead_core.told_in_pieces like every other piece: told only when each piece comes out whole.
"""
from __future__ import annotations

import re

from ..grammar import IRREGULAR_PAST, finish, is_verbish
from ..inflect import IRREGULAR_VERBS

PARTICIPLES = sorted({participle for _, participle in IRREGULAR_VERBS.values()} | {"jailed"})
# the main verb of a lead whose subject has a relative clause: a passive or a perfect ("was jailed", "has been
# charged", "were killed", "has won"), which a relative clause in the simple past never holds itself
MAIN_AFTER_RELATIVE = (rf"(?:was|were|has been|have been|had been|is|are|has|have|had) (?:[a-z]+ed|"
                       rf"{'|'.join(PARTICIPLES)})\b")
RELATIVE_SUBJECT = re.compile(
    rf"^(?P<det>A|An|The) (?P<head>(?:[a-z][\w'-]* ){{0,3}}[a-z][\w'-]*) (?:who|that) (?P<clause>(?!is\b|are\b|has\b"
    rf"|have\b|had\b|will\b|would\b|could\b)[^,;]+?) (?P<main>{MAIN_AFTER_RELATIVE}.+)$")
# a past verb opens the relative clause ("who hit", "that crashed", "who was scrolling" is let in by WAS_ING)
PAST_VERB = re.compile(rf"^(?:[a-z]+ed|{'|'.join(sorted(IRREGULAR_PAST))})\b")
WAS_ING = re.compile(r"^(?:was|were) [a-z]+ing\b")
# "The Long Harbour, a low-budget drama about a fishing family, won ...", "Tallis Foods, the maker of Brackley
# biscuits, said ...": a name, its role between commas, then the sentence's verb
NAME_ROLE = re.compile(r"^(?P<name>(?:The )?[A-Z][\w'-]*(?: (?:of |and )?[A-Z][\w'-]*){0,3}), (?P<role>(?:a|an|the) "
                       r"(?![\w'-]+ of them\b)[^,;\"]{3,140}?), (?P<main>(?:[a-z]+ly )?(?P<verb>[a-z]+)\b[^\"]{8,})$")
# "On Friday, the council said, ...", "In March, the month ...": a time or place opens the sentence, no name
OPENING_WORDS = {"On", "In", "At", "By", "For", "From", "After", "Before", "During", "Since", "Until", "With", "Without",
                 "Under", "Over", "Last", "This", "Next", "Earlier", "Later", "Meanwhile", "But", "And", "So", "Then"}
# a clause inside the relative one: where it ends, the rules cannot tell
# (or a clause that a verb of saying or thinking opens without "that": "who said the plan was rejected was named ...")
INNER_CLAUSE = re.compile(r"\b(?:who|which|that|whose|because|although|if|unless|but|said|says|told|thought|believed"
                          r"|knew|claimed|found|warned|feared|felt|argued|insisted)\b|\b(?:and|or)$")


def relative_subject(s: str) -> list[str] | None:
    """ "A van driver who hit a cyclist in Marden Vale was jailed for seven years" -> "A van driver was jailed for
    seven years." + "The van driver hit a cyclist in Marden Vale." """
    m = RELATIVE_SUBJECT.match(s)
    if not m:
        return None
    clause = m["clause"]
    clause_rest = re.sub(r"\b(?:when|while|as) (?:he|she|they|it) ", "", clause)  # "was scrolling ... when he hit"
    if not (PAST_VERB.match(clause) or WAS_ING.match(clause)) or INNER_CLAUSE.search(clause_rest) \
            or len(clause.split()) < 2:
        return None
    return [finish(f"{m['det']} {m['head']} {m['main']}"), finish(f"The {m['head']} {clause}")]


def name_role(s: str) -> list[str] | None:
    """ "The Long Harbour, a drama about a fishing family, won best film" -> "The Long Harbour won best film." +
    "The Long Harbour is a drama about a fishing family." """
    m = NAME_ROLE.match(s)
    if not m or re.search(r"\b(?:who|which|that|and|or|of)$", m["role"]) or not is_verbish(m["verb"]) \
            or m["verb"].endswith("ing") or m["name"].split()[0] in OPENING_WORDS:
        return None
    # ("a drama about a family that was shot in six weeks": the drama or the family? The role stops before it)
    role = re.split(r" (?:who|which|that|whose) ", m["role"])[0]
    if len(role.split()) < 2 or (role != m["role"] and role.startswith("the ")):
        return None  # ("the body that runs applications" cut to "the body" says nothing: "the" needs its clause)
    be = "was" if re.search(r"\b(?:died|dies|death|the late)\b", s) else "is"
    return [finish(f"{m['name']} {m['main']}"), finish(f"{m['name']} {be} {role}")]


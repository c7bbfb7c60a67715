"""Sentence shapes put right before the writer cuts a sentence: a closing "..., both helped by X" passive, a
"X, in a statement signed by its head, Y, said ..." aside, and a list's lead with no clause of its own.

Each is a shape of news English the later rules misread: the passive was said alone as a fragment ("Both helped by
the higher copper price."), the aside's own commas hid its end ("The coalition, in Ada Eze said ..."), and a lead
such as "Estimated ticket sales for the weekend, according to Boxline:" became "Boxline: said estimated ticket
sales ...". The list it introduces is told (or not) line by line; the lead alone says nothing.
"""
from __future__ import annotations

import re

from .whole_sentences import subject_and_verb


# "A rose 4% and B fell 2%, both helped by higher prices": a closing passive with no verb of its own, about every
# clause before it. Said alone it was the fragment "Both helped by higher prices."; as ", and both were helped by
# ..." the clause rules tell it as a sentence. Only at the sentence's end: "The schools, all built by Lane, shut"
# describes a noun mid-sentence.
_ALL_PASSIVE = re.compile(r", (both|all|all three|all four|both of them|all of them) (?=(?:[a-z]+ed|[a-z]+en|hit|hurt"
                          r"|cut|led|held|made|caught|brought|set|put|sold|bought|built|kept|left|lost|paid|won|"
                          r"struck) by [^,;\"]{4,}$)")


def passive_rider(s: str) -> str:
    """'A rose and B fell, both hit by the strike.' -> 'A rose and B fell, and both were hit by the strike.'"""
    return _ALL_PASSIVE.sub(r", and \1 were ", s.rstrip(".")) + "." if _ALL_PASSIVE.search(s.rstrip(".")) else s


# "The coalition, in a statement signed by its coordinator, Ada Eze, said only N9bn was set aside": the aside says
# how the group spoke. Its own commas ("its coordinator, Ada Eze,") hid the verb from the aside rules, which gave
# "The coalition, in Ada Eze said ..."; told without it, the group is the speaker, as the article has it.
_STATEMENT_ASIDE = re.compile(
    r"(?P<who>(?:The |[A-Z])[^,\"]{2,80}?), in a (?:joint |short |written )?(?:statement|letter|press release|communiqu[eé])"
    r"(?: (?:signed|issued|released|posted|sent) by (?:its|the|their|his|her) [a-z][\w -]{1,40}"
    r"(?:, (?:[A-Z][\w.'-]*,? ?){1,5})?)?, (?P<verb>said|says|stated|added|noted|warned|explained) (?P<rest>[^\"]{8,})")


def statement_aside(s: str) -> str:
    """'X, in a statement signed by its head, Ann Lee, said Y.' -> 'X said Y.'; s when it has another shape."""
    m = _STATEMENT_ASIDE.fullmatch(s)
    return f"{m['who']} {m['verb']} {m['rest']}" if m else s


# a lead that only names what the list holds, with its source: "Estimated ticket sales ..., according to Boxline:"
_SOURCE = re.compile(r",? (?:according to|as (?:reported|compiled) by|from|via) [^,]{2,60}$")


def bare_list_lead(s: str) -> bool:
    """'Estimated ticket sales for the weekend, according to Boxline:' -> True: a list's lead with no clause;
    'People may have been exposed at these places:' has one and is told."""
    if not s.rstrip().endswith(":"):
        return False
    lead = _SOURCE.sub("", s.rstrip().rstrip(":"))
    # ("Shortly after, some of his defenders took to social media ...:" has a clause after its opener)
    pieces = lead.split(", ")
    return not any(subject_and_verb(", ".join(pieces[i:])) for i in range(len(pieces)))


def prepared(s: str) -> str:
    """The sentence with these shapes put right, or '' for a list's lead that says nothing alone."""
    return "" if bare_list_lead(s) else statement_aside(passive_rider(s))

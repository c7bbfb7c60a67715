"""Whose act a trailing "-ing" phrase is, in the two line shapes the writer makes itself, for participles.py.

A participle after a clause borrows its subject from that clause; in "X did A after Y did B, doing C" it may
be X's or Y's, so participles.py leaves such a phrase where it is. Two shapes leave only one doer:
- "This was after Y did B, doing C." (a time clause split off its main clause: "This" does nothing, so C is
  Y's act) -> "This was after Y did B." + "Y did C.";
- "X said this on Monday, doing C." (a claim told before its speaker: the phrase is the speaker's own act,
  "warning", "blaming", "adding") -> "X said this on Monday." + "X did C."
Each piece is then one idea, and the line is easier to follow (and to read: a long line in two).
"""
from __future__ import annotations

import re

from .grammar import subject_of

# "This was after/when/before the carmaker cut its forecast": the clause after the time word has the doer
TIME_CLAUSE = re.compile(r"This (?:was|is) (?:after|when|before) (?P<clause>.+)")
# "Western Rail said this on Monday": the writer's frame after a claim, its speaker first
SAID_THIS = re.compile(r"(?P<who>(?:[A-Z][\w.'&-]*|[Tt]he|[Ii]ts|[Tt]heir)(?: [\w.'&-]+){0,5}) said this"
                       r"(?: (?:on|in|at|late|early|last|this) [\w ]{2,30})?")
# joins inside the clause: with one, the phrase may belong to the second clause's subject, or be one of a list
JOINED = re.compile(r",| and | but | or | which | who | that | because | while | as ")


def doer_of_tail(left: str) -> tuple[str, str] | None:
    """(subject, clause for the tense) of an "-ing" phrase after `left`, when `left` is one of the two shapes
    and its doer is plain; None otherwise (participles.py then decides as it always has)."""
    m = TIME_CLAUSE.fullmatch(left)
    if m:
        clause = m.group("clause")
        if JOINED.search(clause):
            return None
        subject = subject_of(clause)
        if subject is None or subject in ("It", "They") and not re.match(r"(?:it|they)\b", clause, re.IGNORECASE):
            return None  # "It"/"They" for a noun phrase ("the price of the tickets"): say the noun, or nothing
        words = subject.split()
        if len(words) > 1 and words[-1].endswith("ly") and words[-1].islower():
            subject = " ".join(words[:-1])  # "Swift publicly scolded ...": "publicly" is the verb's, not the name's
        return subject, clause
    m = SAID_THIS.fullmatch(left)
    if m and not JOINED.search(m.group("who")):
        who = m.group("who")
        return who[:1].upper() + who[1:], left
    return None

"""A lead sentence told in pieces, when neither the rules nor its plain core can say it.

Some leads carry their main facts in places that a cut before a tail cannot keep: the subject itself holds a
whole event ("A tram that crashed into ... in February, injuring 31 people, could not stop ..."; "A hoard of
200 objects found by a farmer near Ashby may be ..."), a place is told in an aside ("at Fallowfield, on the
edge of Denholm,"), or a speaker stands in the middle with a second clause after it ("..., the agency said,
and officials warned that ..."). Each shape is taken apart into plain sentences of the article's own words:

- "A N that crashed X, injuring 31 people, could not stop" -> "A N crashed X." "31 people were injured."
  "The N could not stop ..." (the subject's event is a fact the lead takes as given; "the" names the same N);
- "A N of M found by P in Q may be R" -> "A N of M was found by P in Q." "The N may be R.";
- "at Fallowfield, on the edge of Denholm," -> "at Fallowfield" + "Fallowfield is on the edge of Denholm.";
- "A, the agency said, and officials warned that B" -> "A, the agency said." "Officials warned that B." (and
  "A, according to X, and the number is expected to B" the same).

The pieces go through the same rewrite as every sentence, the speaker and any "may" stay with what they
govern, and the lead is told only when every piece comes out whole and faithful: else nothing is said.
"""
from __future__ import annotations

import re

from ..grammar import AUXILIARIES, IRREGULAR_PAST, cap, finish
from .lead_acts import closing_day, object_relative, two_acts
from .lead_search import search_for
from .lead_under import plan_announced
from .lead_people import aged_home, aged_names, aged_who, driven_by, person_from
from .people_lists import people_list
from .lead_subjects import name_role, relative_subject
from .lead_tails import TAIL_SHAPES, named_role

# the main verb after a subject: a modal or a form of be/have ("could not stop", "may be", "was found")
MAIN = r"(?:could|would|will|can|cannot|may|might|must|should|is|was|are|were|has|have|had)\b"
# "A tram that crashed into X in February, injuring 31 people, could not stop ...": a subject whose relative
# clause tells a past event, then the main verb after a comma
RELATIVE_SUBJECT = re.compile(
    rf"^(?P<det>A|An) (?P<head>[a-z-]+(?: [a-z-]+)?) (?:that|which) (?P<event>(?:[a-z]+ed|{'|'.join(IRREGULAR_PAST)})"
    rf"\b[^,]+?)(?P<aside>, [a-z]+ing [^,]+)?, (?P<main>{MAIN}.+)$")
# "A hoard of more than 200 objects found by a farmer in a field near Ashby may be ...": a subject followed by a
# participle with its doer ("found by"), then the main verb
PARTICIPLE_SUBJECT = re.compile(
    rf"^(?P<det>A|An) (?P<head>[a-z-]+)(?P<of> of [^,]+?)? (?P<done>[a-z]+ed|{'|'.join(IRREGULAR_PAST)}) by "
    rf"(?P<doer>[^,]+?) (?P<main>{MAIN}.+)$")
# ", injuring 31 people": the toll of an event, told as its own sentence ("31 people were injured.")
TOLL = re.compile(r"^, (?P<verb>killing|injuring|wounding|hurting) (?P<who>(?:(?:at least|more than|about|some|nearly"
                  r"|almost|around) )?\d[\d,]* [a-z]+(?: [a-z]+)?)$")
TOLL_PAST = {"killing": "killed", "injuring": "injured", "wounding": "wounded", "hurting": "hurt"}
# "at Fallowfield, on the edge of Denholm,": where a named place lies, said in an aside after it
PLACE_ASIDE = re.compile(r"\b(?P<prep>at|in|near|of) (?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?), (?P<where>(?:on the "
                         r"(?:edge|outskirts) of|near|outside|just outside|(?:north|south|east|west)(?:-?(?:east|west))?"
                         r" of) (?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?),")
# "..., the country's civil protection agency said, and officials warned that ...": a speaker in the middle,
# then a clause with a subject of its own
MID_SPEAKER_AND = re.compile(
    r"^(?P<said>.+?, (?:(?:the |a |an )?(?:[\w'-]+ ){0,5}?(?:said|says|reported|announced|confirmed)"
    r"|according to [^,]{3,60})), and "
    r"(?P<next>(?!that\b|but\b)[a-z][\w'-]*(?: [\w'-]+){0,3}? (?:said|says|warned|added|expect|expected|feared"
    r"|believe|believed|are|were|is|was|have|had|has|will|would|could)\b.+)$")


def _subject_event(s: str) -> list[str] | None:
    """ "A tram that crashed X, injuring 31 people, could not stop" -> its event, its toll, then its main clause."""
    m = RELATIVE_SUBJECT.match(s)
    if not m:
        return None
    pieces = [finish(f"{m['det']} {m['head']} {m['event']}")]
    if m["aside"]:
        toll = TOLL.match(m["aside"])
        if not toll:
            return None  # ", working with X," may belong to the tram or to the crash: whose, we cannot say
        pieces.append(finish(f"{cap(toll['who'])} were {TOLL_PAST[toll['verb']]}"))
    return pieces + [finish(f"The {m['head']} {m['main']}")]


def _done_subject(s: str) -> list[str] | None:
    """ "A hoard of 200 objects found by P in Q may be R" -> "A hoard of 200 objects was found by P in Q." +
    "The hoard may be R." """
    m = PARTICIPLE_SUBJECT.match(s)
    if not m or m["done"] in AUXILIARIES or re.search(rf"\b{MAIN}", m["doer"]):
        return None
    return [finish(f"{m['det']} {m['head']}{m['of'] or ''} was {m['done']} by {m['doer']}"),
            finish(f"The {m['head']} {m['main']}")]


def _place_aside(s: str) -> list[str] | None:
    m = PLACE_ASIDE.search(s)
    if not m:
        return None
    return [s[:m.end("name")] + s[m.end():], finish(f"{m['name']} is {m['where']}")]


def _speaker_then_clause(s: str) -> list[str] | None:
    m = MID_SPEAKER_AND.match(s)
    return [finish(m["said"]), finish(cap(m["next"]))] if m else None


# (a speaker with a tail is taken apart first: its claim may then hold an aside of its own; a person's home and
# age go before that, as they belong to the person wherever the sentence is cut; a list of people before one)
SHAPES = (people_list, person_from, aged_who, aged_home, aged_names, driven_by, two_acts, _speaker_then_clause, *TAIL_SHAPES, search_for, plan_announced,
          _place_aside,
          _subject_event, _done_subject, relative_subject, object_relative, name_role, closing_day)


def lead_pieces(sentence: str) -> list[str]:
    """The lead taken apart into sentences of its own words, or [] when it has none of the shapes above."""
    pieces = [sentence.strip()]
    for shape in SHAPES:
        out: list[str] = []
        for piece in pieces:
            out += shape(piece.rstrip(".")) or [piece]
        pieces = out
    # who a source is ("X is the country's largest lender.") is said after the lead's own pieces, so that a
    # "This was ..." piece still follows the line it points at
    intros: list[str] = []
    for i, piece in enumerate(pieces):
        named = named_role(piece.rstrip("."))
        if named:
            pieces[i], intro = finish(named[0]), named[1]
            intros += [intro]
    pieces += intros
    # (one piece may also be the lead without the writer's own reading: "..., a serious blow to their hopes")
    return pieces if pieces != [sentence.strip()] else []

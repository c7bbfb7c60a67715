"""Cutting long sentences (briefing/clauses.py, participles.py, reorder.py) without breaking them or their
meaning, on invented sentences: each test is a class of real mistakes, in sentences written for the test."""
from __future__ import annotations

import pytest

from briefing.clauses import shorten
from briefing.participles import clause_tense, past_tense
from briefing.plain_english import rewrite


def test_as_before_a_role_is_a_preposition_not_a_cut() -> None:
    s = "The new seat is good for reading a long book as a passenger on a slow night train."
    assert not any(p.startswith("This") for p in shorten(s, set()))
    assert all("as a passenger" in p for p in shorten(s, set()) if "passenger" in p)


def test_as_a_sign_of_may_still_be_told_on_its_own() -> None:
    s = "The two mayors shook hands on the old bridge on Sunday night as a sign of good relations between the towns."
    assert shorten(s, set())[-1] == "This was a sign of good relations between the towns."


def test_a_fronted_when_clause_becomes_the_first_sentence() -> None:
    s = ("When the team compared their model of the river to old flood maps, they found that the water had risen "
         "far faster than expected.")
    assert shorten(s, set()) == ["The team compared their model of the river to old flood maps.",
                                 "Then they found that the water had risen far faster than expected."]


def test_a_fronted_after_clause_keeps_what_a_pronoun_stands_for() -> None:
    s = ("After the first electric buses arrived, drivers began using them on night routes, forcing the city to "
         "build new chargers.")
    out = shorten(s, set())
    assert out[0] == "The first electric buses arrived."
    assert out[1] == "After that, drivers began using them on night routes."


def test_a_when_clause_in_the_present_is_not_told_as_an_event() -> None:
    s = "When the river rises above the old stone wall, the farmers in the valley move their animals to the hills."
    assert not any(p.startswith("The river rises") for p in shorten(s, set()))


def test_a_speaker_named_last_goes_first_and_the_occasion_keeps_its_names() -> None:
    s = ("After the first phones shipped, people began using them at work, Lee said while visiting a trade fair in "
         "Harwick.")
    out = shorten(s, {"Lee", "Harwick"})
    assert out[-1] == "Lee said this while visiting a trade fair in Harwick."
    assert all(p.startswith("Lee said") for p in out)


def test_an_opening_place_phrase_is_not_told_in_the_past_for_a_present_fact() -> None:
    s = ("In most small hospitals, each nurse is in charge of up to twelve beds on a night shift with two "
         "doctors on call.")
    assert not any(p.startswith("This was in") for p in shorten(s, set()))


def test_a_possibility_in_an_ing_list_is_never_told_as_a_past_fact() -> None:
    s = ("The gains for teachers may include helping plan lessons, supporting better marking of homework and "
         "cutting the hours spent on forms.")
    out = rewrite(s, set())
    assert out and all("may" in p for p in out)
    assert not any(p.startswith(("They ", "It ")) for p in out)


def test_a_participle_on_a_present_is_keeps_its_tense_or_stays() -> None:
    s = ("The making of a new road is a long fight between towns and farmers, taking place in many courts and "
         "lasting many years.")
    out = rewrite(s, set())
    assert not any(p.startswith(("It took", "It lasted", "It happened")) for p in out)


def test_a_list_of_ing_items_is_not_cut_into_fragments() -> None:
    s = ("New cars from the firm also include the music app playing songs and radio shows bought from its store, "
         "showing the new video service, and using voice control.")
    out = rewrite(s, set())
    assert not any(p.startswith(("Radio shows", "They showed", "It showed")) for p in out)


def test_a_past_participle_phrase_still_becomes_a_sentence() -> None:
    s = ("Storm Ada swept across the coast on Monday, bringing winds of up to 80 miles an hour and cutting power "
         "to 9,000 homes.")
    out = shorten(s, {"Ada"})
    assert out[0] == "Storm Ada swept across the coast on Monday."
    assert "cut power to 9,000 homes" in " ".join(out)


@pytest.mark.parametrize("clause, tense", [
    ("They fled the city", "past"), ("Each patient is wired to ten machines", "present"),
    ("The plan may include new roads", "modal"), ("Soldiers have crossed the border", "perfect"),
    ("The injured man was taken to hospital", "past"), ("This brought heavy rain", "past"),
])
def test_the_tense_of_a_clause(clause: str, tense: str) -> None:
    assert clause_tense(clause) == tense


def test_past_tense_of_a_verb_ending_in_y() -> None:
    assert past_tense("carrying") == "carried"


def test_a_cut_never_ends_on_an_abbreviation() -> None:
    s = ("Perhaps there is hope, since the new firm will have national reach, making the largest paper chain in the "
         "U.S., with 200 daily papers.")
    assert not any(p.endswith("U.S.") for p in shorten(s, set()))

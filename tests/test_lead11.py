"""Session 9, lead11: a lead that no rule could say is told in pieces of its own words (writers/lead_pieces.py).

Every sentence here is invented for the test.
"""
from __future__ import annotations

from briefing.writers.lead_core import plain_core
from briefing.writers.lead_pieces import lead_pieces
from briefing.writers.plain import proper_names


def _core(lead: str) -> list[str]:
    return plain_core(lead, proper_names(lead))


def test_a_subject_that_holds_an_event_is_told_first() -> None:
    """ "A bus that crashed into X in May, injuring 12 people, could not stop ..., inspectors said": the crash, its
    toll and what the inspectors said, each a sentence; the speaker stays with what they said."""
    lead = ("A bus that crashed into a shop window on Mill Road in Porthaven in May, injuring 12 people, could not "
            "stop in time because its brakes had worn out, safety inspectors said on Friday.")
    assert lead_pieces(lead)[:2] == ["A bus crashed into a shop window on Mill Road in Porthaven in May.",
                                     "12 people were injured."]
    told = _core(lead)
    assert told[:2] == ["A bus crashed into a shop window on Mill Road in Porthaven in May.", "12 people were hurt."]
    assert "Safety inspectors said on Friday that the bus could not stop in time." in told


def test_a_subject_with_an_unknown_aside_is_not_taken_apart() -> None:
    """ ", working with X," after the event may belong to the bus or to the crash: no pieces."""
    lead = ("A bus that crashed into a shop window in Porthaven in May, working with the night service, could not "
            "stop in time, safety inspectors said.")
    assert lead_pieces(lead) == []


def test_a_subject_done_by_someone_is_told_before_what_is_said_of_it() -> None:
    """ "A chest of 90 coins found by a farmer near X may be ..., experts said": the find, then the experts' "may"."""
    lead = ("A chest of more than 90 silver coins found by a farmer in a field near the village of Brindle may be the "
            "oldest treasure ever dug up in the valley, experts said on Monday.")
    assert _core(lead) == [
        "A chest of more than 90 silver coins was found by a farmer in a field near the village of Brindle.",
        "Experts said on Monday that the chest may be the oldest treasure ever dug up in the valley."]


def test_a_place_said_in_an_aside_gets_its_own_sentence() -> None:
    """ "at Oakmere, on the edge of Tolby," -> the lead without the aside, and "Oakmere is on the edge of Tolby." """
    lead = ("Plans to build 600 homes on fields at Oakmere, on the edge of Tolby, have been rejected by the council "
            "after a long public meeting, ending a three-year fight by residents against the plan.")
    told = _core(lead)
    assert told[-1] == "Oakmere is on the edge of Tolby."
    assert "600" in told[0] and "Oakmere" in told[0]


def test_a_clause_after_a_speaker_in_the_middle_is_its_own_sentence() -> None:
    """ "A, the agency said, and officials warned that B": two sentences, each with its own speaker."""
    lead = ("At least 12 people were killed and more than 90 hurt when a magnitude 5.8 earthquake struck the hill "
            "region of Varna early on Sunday, the national rescue agency said, and officials warned that the number "
            "of dead could rise.")
    told = _core(lead)
    assert told[0] == "The national rescue agency said that at least 12 people were killed and more than 90 hurt."
    assert told[-1] == "Officials warned that the number of dead could rise."
    assert any("5.8" in t and "Sunday" in t for t in told)


def test_a_clause_that_goes_on_with_what_was_said_is_not_split() -> None:
    """ ", the agency said, and that ..." goes on with the speaker's words: no pieces there."""
    lead = "Ten homes were flooded, the agency said, and that more rain would fall on Sunday."
    assert lead_pieces(lead) == []

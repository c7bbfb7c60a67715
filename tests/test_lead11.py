"""Session 9, lead11: a lead that no rule could say is told in pieces of its own words (writers/lead_pieces.py).

Every sentence here is invented for the test.
"""
from __future__ import annotations

from dataclasses import replace

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


def test_lines_that_point_at_a_thing_the_listener_did_not_hear() -> None:
    """ "more would be ...", "There is no cure.", "... that might delay it.", "The claim ...", "Results ...": each
    stands for a thing a line before named, and is said only with it."""
    from briefing.writers.pointers import points_back_mid_line
    heard = "Hundreds of flights were called off at Dunmore airport on Friday."
    assert points_back_mid_line("The airline warned that more would be called off on Saturday.", heard)
    assert points_back_mid_line("There is no cure.", heard)
    assert not points_back_mid_line("There is no cure for the disease yet.", heard)
    assert points_back_mid_line("Doctors are looking for new drugs that might slow it.", heard)
    assert not points_back_mid_line("The team said it did not make it.", heard)
    assert points_back_mid_line("The claim could not be checked.", heard)
    assert not points_back_mid_line("The claim could not be checked.", "A gang made a claim that it stole the data.")
    assert points_back_mid_line("Results are not expected before 2030.", heard)
    assert not points_back_mid_line("The airline said it would pay for hotels.", heard)


def test_three_members_lean_on_the_body_named_before() -> None:
    from briefing.writers.leaning import opens_with_reference
    assert opens_with_reference("Three members wanted to keep the fee at 4%.")
    assert not opens_with_reference("Three people were hurt.")


def test_the_email_never_heard_is_an_email() -> None:
    """ "Lee said in the email that ..." after no email was heard: "in an email"."""
    from briefing.writers.pointers import indefinite_document
    line = "Lee said in the email that the shop would close on Friday."
    assert indefinite_document(line, "The shop is losing money.") == ("Lee said in an email that the shop would close "
                                                                     "on Friday.")
    assert indefinite_document(line, "Lee wrote an email to staff.") == line


def test_any_sentence_the_rules_cannot_tell_is_told_in_pieces() -> None:
    """Not only the lead: "A, according to X, and B" later in the story is two sentences, the source kept with A."""
    from briefing.models import Article
    from briefing.writers.plain import draft_article
    body = ("The town of Brinley opened a new swimming pool on Saturday.\n\n"
            "The pool cost the town 4 million pounds to build.\n\n"
            "About 30,000 people in the region cannot swim, according to figures from a swimming charity, and the "
            "number is expected to grow by 2030.")
    texts = [ln.text for ln in draft_article(Article("Brinley opens a new pool", body)).lines]
    assert "The number is expected to grow by 2030." in texts
    assert any(t.startswith("Figures from a swimming charity") and "30,000" in t for t in texts)


def test_a_lead_told_apart_keeps_the_second_paragraph_in_the_lead() -> None:
    """A lead sentence told in pieces can fill the lead's 45 words alone; the second paragraph still belongs to it."""
    from briefing.models import Article
    from briefing.writers.selection import Draft, Line
    first = [Line("The national rescue agency said that at least 12 people were killed and more than 90 hurt.", 0, 0, 1,
                  core=True),
             Line("This was when a strong earthquake struck the hill region of Varna early on Sunday.", 0, 0, 1,
                  core=True),
             Line("Officials warned that the number of dead could rise and that roads were closed.", 0, 0, 1,
                  core=True)]
    second = Line("The quake hit at 4 a.m. local time.", 1, 0, 2)
    assert second in Draft(Article("x", "x"), [], first + [second]).lead
    told_whole = [replace(ln, core=False) for ln in first]
    assert second not in Draft(Article("x", "x"), [], told_whole + [second]).lead


def test_a_lead_told_apart_does_not_pass_over_the_second_paragraph() -> None:
    """The lines of a lead told in pieces do not count toward the lead's 45 words: the second paragraph's time and
    place (two uncommon words or not) stay in the lead."""
    from briefing.models import Article
    from briefing.writers.selection import Draft, Line
    first = [Line("The national rescue agency said that at least 12 people were killed and more than 90 hurt.", 0, 0, 1,
                  core=True),
             Line("This was when a strong earthquake struck the hill region of Varna early on Sunday.", 0, 0, 1,
                  core=True),
             Line("Officials warned that the number of dead could rise and that roads were closed.", 0, 0, 1,
                  core=True)]
    second = Line("The seismology institute said the quake hit at a depth of about 10 kilometres.", 1, 2, 2)
    assert second in Draft(Article("x", "x"), [], first + [second]).lead

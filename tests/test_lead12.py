"""Session 12, lead12: leads with a speaker in the middle and a tail after it, and the asides a lead hangs on its
main clause, told in pieces (writers/lead_tails.py). Invented sentences only."""
from __future__ import annotations

from briefing.writers.lead_core import fuller_lead, told_in_pieces
from briefing.writers.lead_pieces import lead_pieces
from briefing.writers.plain import proper_names


def test_what_the_speaker_did_while_saying_it_is_a_sentence_of_its_own() -> None:
    assert lead_pieces("Corvin Foods will close its bakery in Ashby by the end of May, the company said on Friday, "
                       "blaming rising energy costs.") == [
        "Corvin Foods will close its bakery in Ashby by the end of May, the company said on Friday.",
        "The company blamed rising energy costs."]


def test_two_doings_of_the_speaker_are_two_sentences() -> None:
    assert lead_pieces("Tamsin Audio will sell its first speaker on 2 March for £89, the company said on Monday, "
                       "promising a longer battery, and saying a smaller model will follow in the summer.")[1:3] == [
        "The company promised a longer battery.", "The company said a smaller model will follow in the summer."]


def test_the_writers_own_reading_after_the_speaker_is_left_out() -> None:
    assert lead_pieces("Striker Tom Hale will miss the final after breaking his wrist in training, the club said on "
                       "Sunday, a heavy blow to its hopes of a first title.") == [
        "Striker Tom Hale will miss the final after breaking his wrist in training, the club said on Sunday."]


def test_when_after_the_speaker_is_told_after_the_claim() -> None:
    assert lead_pieces("A ferry carried 300 passengers across the bay on Sunday, the operator said, three weeks after "
                       "its first trip was cancelled because of a storm.") == [
        "A ferry carried 300 passengers across the bay on Sunday, the operator said.",
        "This was three weeks after its first trip was cancelled because of a storm."]


def test_a_summary_aside_follows_its_clause_and_the_source_is_introduced() -> None:
    assert lead_pieces("Car sales in Dunmore rose by 4% in June, the second monthly rise in a row, according to "
                       "figures published on Monday by the country's largest dealer group, the Harlow Motor Group.") == [
        "Car sales in Dunmore rose by 4% in June, according to figures published on Monday by the Harlow Motor Group.",
        "This was the second monthly rise in a row.",
        "The Harlow Motor Group is the country's largest dealer group."]


def test_a_comparison_and_a_second_claim_keep_their_speaker() -> None:
    assert lead_pieces("The Eastfield shelter is now housing about 90 people a night, twice as many as last winter, "
                       "and most of them are over 50, its director said.") == [
        "The Eastfield shelter is now housing about 90 people a night, its director said.",
        "This is twice as many as last winter, its director said.",
        "Most of them are over 50, its director said."]


def test_what_a_plan_will_cost_is_said_in_the_speakers_words() -> None:
    assert lead_pieces("Parking in the town centre will be free on Sundays from 1 May, the council said on Tuesday, "
                       "in a plan that it says will cost about £200,000 a year.") == [
        "Parking in the town centre will be free on Sundays from 1 May, the council said on Tuesday.",
        "The council says the plan will cost about £200,000 a year."]


def test_what_a_cut_is_for_keeps_the_speaker() -> None:
    assert lead_pieces("Harlan College plans to cut 90 jobs to fill a £6 million gap in its budget, its principal "
                       "said.") == ["Harlan College plans to cut 90 jobs, its principal said.",
                                    "This is to fill a £6 million gap in its budget, its principal said."]


def test_an_owner_is_named_only_when_the_sentence_opens_with_a_name() -> None:
    pieces = lead_pieces("Zentor will sell its first phone, the Zeta, in May for £199, the company said on Monday, "
                         "promising a bigger screen.")
    assert "The Zeta is Zentor's first phone." in pieces
    assert not any("The's" in p for p in lead_pieces(
        "The firm will sell its first phone, the Zeta, in May, the company said, promising a bigger screen."))


def test_a_tail_of_unknown_shape_is_not_taken_apart() -> None:
    assert lead_pieces("Prices rose by 3% in May, the bank said, with food the main cause.") == []


def test_a_lead_the_rules_told_without_its_source_is_told_in_pieces() -> None:
    lead = ("Car sales in Dunmore rose by 4% in June, the second monthly rise in a row, according to figures "
            "published on Monday by the country's largest dealer group, the Harlow Motor Group.")
    told = fuller_lead(lead, ["Car sales in Dunmore rose by 4% in June."], proper_names(lead), None)
    assert any("Harlow Motor Group" in t and "Monday" in t for t in told)
    assert "This was the second monthly rise in a row." in told
    # the pieces are what told_in_pieces says; a lead told with all its facts is left as the rules told it
    assert told == told_in_pieces(lead, proper_names(lead), None)
    assert fuller_lead(lead, told, proper_names(lead), None) == []


def test_what_a_move_does_is_said_of_the_move() -> None:
    assert lead_pieces("Ostra Power has agreed to build a 200MW solar farm at Kelby in Norfolk, the company said on "
                       "Monday, in a move that makes it the largest solar owner in the county and takes its "
                       "portfolio to 1.1GW.")[1:] == [
        "The move makes it the largest solar owner in the county.", "The move takes its portfolio to 1.1GW."]


def test_a_number_may_run_into_its_unit() -> None:
    from briefing.writers.lead_core import facts_kept
    assert facts_kept("It takes the total to 1.1GW.", "..., and takes its portfolio to 1.1GW.")
    assert not facts_kept("It takes the total to 1.2GW.", "..., and takes its portfolio to 1.1GW.")


def test_a_second_claim_after_and_that_keeps_its_named_speaker() -> None:
    assert lead_pieces('In a letter to parents, head teacher Dr Maria Olsen said the changes were "hard but fair" '
                       'and that without them the school could close within a year.') == [
        'In a letter to parents, head teacher Dr Maria Olsen said the changes were "hard but fair".',
        "Olsen said that without them the school could close within a year."]


def test_a_lead_whose_pieces_add_words_but_no_name_is_told_in_pieces() -> None:
    lead = ("Ashford Town captain Lee Brand will miss the cup final and could be out for up to nine months, the club "
            "said on Sunday, a heavy blow to its hopes of a first trophy.")
    names = proper_names(lead)
    told = fuller_lead(lead, ["The club said on Sunday that Ashford Town captain Lee Brand will miss the cup final."],
                       names, None)
    assert any("nine months" in t for t in told) and not any("blow" in t for t in told)

"""Long news sentences said whole in short ones (helper keep9): a second verb of a reported claim, a "which"
clause with its own subject, a subject whose "who" clause has closed, examples between a subject and its verb.
All sentences are invented."""
from __future__ import annotations

from briefing.clauses import shorten
from briefing.plain_english import rewrite
from briefing.relatives import relative_closed
from briefing.trim import drop_examples


def test_a_second_verb_of_a_reported_claim_keeps_the_speaker_and_the_subject() -> None:
    said = rewrite("The mayor said the new bridge over the Arden would open to cyclists and walkers in the spring of "
                   "next year, and would carry cars from the autumn.", {"Arden"})
    assert said == ["The mayor said the new bridge over the Arden would open to cyclists and walkers in the spring "
                    "of next year.",
                    "The mayor said the new bridge over the Arden would carry cars from the autumn."]


def test_a_second_verb_after_but_is_told_alone_when_the_first_part_is_too_long() -> None:
    said = rewrite("Ellen Marsh told the court that the firm had known for years that its two old depots did "
                   "not have enough room to store the waste arriving each week, but had delayed repairs to save money.",
                   {"Ellen", "Marsh"})
    assert said == ["Ellen Marsh told the court that the firm had delayed repairs to save money."]


def test_a_second_auxiliary_that_an_inner_clause_could_own_is_not_given_to_the_subject() -> None:
    # "had" twice before the cut: the firm's or the depots'? The rule does not guess
    said = rewrite("The agency said the firm had known that the depots had run out of room for the waste last winter, "
                   "and had told nobody about it until the spring.", set())
    assert "The agency said the firm had told nobody about it until the spring." not in said


def test_a_which_clause_with_its_own_subject_puts_the_noun_back_after_its_verb() -> None:
    said = rewrite("The council, which the new mayor leads, approved the plan in May after a long debate about the "
                   "cost of the new road.", set())
    assert said == ["The council approved the plan in May after a long debate about the cost of the new road.",
                    "The new mayor leads the council."]
    said = rewrite("The bridge, which engineers say is unsafe, will close for repairs in June, and drivers will have to "
                   "use the old road into town.", set())
    assert "Engineers say the bridge is unsafe." in said
    assert "The bridge engineers say is unsafe." not in said


def test_a_which_clause_whose_noun_goes_after_a_preposition_is_not_rebuilt() -> None:
    said = rewrite("The farmhouse, which the painter lived in for thirty years, will open to visitors in June after a "
                   "long and costly repair of its roof.", set())
    assert not any("lived in the farmhouse" in s or "lived the farmhouse" in s for s in said)


def test_a_who_clause_closed_by_the_main_verb_lets_a_second_verb_be_split_off() -> None:
    assert relative_closed("who lost their homes in the flood last spring met the mayor") == "met the mayor"
    assert relative_closed("who came to the house with a dog and sat down") is None
    said = rewrite("Residents who lost their homes in the flood last spring met the mayor on Tuesday and asked for "
                   "more help with the rebuilding.", set())
    # "They", not "Residents": only the residents the "who" clause picks out asked
    assert said == ["People who lost their homes in the flood last spring met the mayor on Tuesday.",
                    "They asked for more help with the rebuilding."]


def test_a_who_clause_still_open_keeps_its_second_verb() -> None:
    said = rewrite("The man who came to the house with a large brown dog and sat down in the kitchen was never seen "
                   "again by the family.", set())
    assert not any(s.startswith(("The man sat", "He sat", "They sat")) for s in said)


def test_examples_between_a_subject_and_its_verb_are_left_out_of_a_long_sentence() -> None:
    assert drop_examples("Pupils with long journeys, such as those from the hill farms, will get a free bus pass.") \
        == "Pupils with long journeys will get a free bus pass."
    said = rewrite("Customers who are registered with the company as needing extra help, such as those who cannot walk, "
                   "will have bottled water brought to their door.", set())
    assert said == ["Customers who are registered with the company as needing extra help will have bottled water "
                    "brought to their door."]


def test_what_will_happen_as_something_else_happens_is_not_told_as_two_facts() -> None:
    pieces = shorten("Builders of the new plants are betting that prices will rise as more wind and solar power come "
                     "onto the grid and old coal plants close.", set())
    assert not any(p.startswith(("More wind", "Solar", "Old coal")) for p in pieces)


def test_a_verb_after_and_that_goes_with_an_infinitive_is_not_given_a_subject() -> None:
    # "content to read a summary and work from there": "work" goes with "to read", not with the songwriters
    pieces = shorten("Most of the writers who sent songs for the film were content to read a short summary of the plot "
                     "and work from there.", set())
    assert not any(p.startswith("They work") for p in pieces)


def test_a_time_after_since_does_not_stop_a_cut_at_and() -> None:
    pieces = shorten("The firm has sold its older model since 2014 and a rival launched a cheaper one across nine "
                     "markets earlier this year.", set())
    assert pieces == ["The firm has sold its older model since 2014.",
                      "A rival launched a cheaper one across nine markets earlier this year."]


def test_a_report_with_a_time_drops_that_to_fit_the_longest_sentence() -> None:
    said = rewrite("In May, the agency's director Tomas Lindqvist said returning to the island was necessary to build "
                   "the roads and the harbour the new settlers would need.", {"Tomas", "Lindqvist"})
    assert said == ["Lindqvist said in May returning to the island was needed to build the roads and the harbor the new "
                    "settlers would need."]
    # a claim that opens with a phrase keeps its "that"
    said = rewrite("In June, the finance minister of the northern province said in 2019 the new ferry scheme had cost "
                   "twice what the treasury had been told at the start.", set())
    assert not any(s.startswith("The finance minister said in June in 2019") for s in said)


def test_a_time_before_an_opening_when_clause_goes_with_the_event_told_first() -> None:
    pieces = shorten("But in April, when the ministry invited four of those firms to bid for the new ferries, only one "
                     "sent in a plan on time.", set())
    assert pieces == ["In April, the ministry invited four of those firms to bid for the new ferries.",
                      "Then only one sent in a plan on time."]


def test_a_hedged_number_is_a_subject() -> None:
    from briefing.grammar import subject_and_verb
    assert subject_and_verb("only two committed to that timeline")
    assert subject_and_verb("At least five people stayed in the town hall overnight")

"""Broken cuts (briefing/faithful_cuts.py): a piece of a cut sentence that says something its source did not,
or is no sentence at all, is not said. Every sentence here is invented; each shape was seen on unseen team
articles (tests/fixtures/holdout3)."""
from __future__ import annotations

import re

import pytest

from briefing.faithful_cuts import relative_retold, said_twice
from briefing.plain_english import rewrite


def said(sentence: str, names: set[str] | None = None) -> list[str]:
    return rewrite(sentence, names or set())


@pytest.mark.parametrize("sentence, never", [
    # a predicate cut from its subject
    ("The probe cost about $200 million to build, a small sum for such a mission, and carries four cameras that "
     "together weigh less than 30 kg.", "Carries four cameras"),
    # a noun phrase cut from its verb
    ("A small rover the size of a suitcase has found salt and complex carbon-rich grains on the floor of the crater "
     "Dunhill, scientists at the Orrin Institute said on Monday, in what they called a surprise.", "^Complex carbon-rich"),
    # the tail of a list before the main clause
    ("In villages such as Abbot Hill, Crane End and Low Moss, the snow may settle on roads that are already icy, "
     "where it will freeze overnight.", "^Crane End and Low Moss,"),
    # a passive participle without its helper
    ("Milk should be heated to a simmer and left to stand before it is given to young children, the agency said.",
     "milk left to stand"),
    ("The new ramp, which will run along the east side of the hall for about 40 metres, is expected to cost "
     "£90,000, most of it paid for by a lottery grant.", "Most of it paid for"),
    # an adjective in a list of charges told as a verb
    ("Three women were charged on Monday with burglary and aggravated assault after a shop worker was hurt "
     "during a night raid on a pharmacy in central Brenford, police said.", "were aggravated assault"),
    # an "as" clause whose pronoun would point at the speaker
    ("The weather office said the storm would turn north as it met warm air over the Kell Hills on Sunday night.",
     "said it met warm air"),
    # a participle of the speaker's act given to the claim's subject
    ("Moreno said on Friday that the club had spent wisely and expected to meet the rules, pointing to the £20 "
     "million it received in May for the winger Sam Tully.", "the club pointed"),
    # a claim with no verb of its own
    ("Attendance was 61%, up from 52% at the last fair in 2019 and the highest since the fair began in 1988, "
     "organisers said.", "said the highest since"),
    # a pair cut in two
    ("I know some customers will say that cafes come and go, and that the market decides.", r"cafes come\.$"),
    # a verb whose object goes on with "to ..."
    ("Once inside, one of them drew a knife and ordered the two cashiers and a guard to lie on the floor, while "
     "the other emptied the tills.", r"ordered the two cashiers\.$"),
    # a list after a colon cut to its first item
    ("The council said it would open warm rooms at three places from 6 p.m. on Friday: the Ashgate library, the "
     "hall of St. Mary's school, and the old fire station.", r"the Ashgate library\.$"),
])
def test_a_broken_cut_is_never_said(sentence: str, never: str) -> None:
    out = said(sentence)
    assert not any(re.search(never, line, re.IGNORECASE) for line in out), out


def test_a_second_relative_clause_is_told_with_its_noun() -> None:
    source = ("Ana Ruiz has been elected mayor of Dunmore, beating the sitting mayor by 812 votes in a result that "
              "few had predicted and that ends 16 years of Labour control of the post.")
    assert relative_retold(source, "Ends 16 years of Labour control of the post.") == \
        "This result ends 16 years of Labour control of the post."
    # a predicate cut from the sentence's own subject has no noun to name: it stays broken, to be left out
    assert relative_retold("The probe cost $2m and carries four cameras.", "Carries four cameras.") == \
        "Carries four cameras."


@pytest.mark.parametrize("part, expected", [
    ("But the roads office said it warned that side streets might not be gritted.",
     "But the roads office warned that side streets might not be gritted."),
    ("Tarn Rail also said they advised passengers to check before they travel.",
     "Tarn Rail also advised passengers to check before they travel."),
    ("Tarn Rail said it would run fewer trains.", "Tarn Rail said it would run fewer trains."),
    # "he" may be someone else: the police did not warn anyone
    ("Police said he warned his neighbours about the dog.", "Police said he warned his neighbours about the dog."),
])
def test_a_piece_with_its_own_verb_of_speaking_is_not_said_twice(part: str, expected: str) -> None:
    assert said_twice(part) == expected


@pytest.mark.parametrize("sentence, kept", [
    # the reason is part of what was said: the piece stays
    ("Orla Foods said on Monday that its profit rose 9% to £80 million, beating forecasts, as higher prices made "
     "up for a 2% fall in sales.", "rose 9%"),
    # a list of clauses after "and" stays
    ("Prices fell 2% in March, and wages rose 3% in the same month, the office said.", "rose 3%"),
])
def test_a_whole_cut_still_stands(sentence: str, kept: str) -> None:
    assert kept in " ".join(said(sentence))


@pytest.mark.parametrize("sentence, kept", [
    # a clause after an opening phrase is no list's tail
    ("Shortly before the police came, Dale admitted to hiding the dog, and hiding the keys in a small laundry basket.",
     "Dale admitted"),
    ("In their first debate of the campaign on Monday, Ortiz and Lamb attacked each other's plans on housing, "
     "schools and the economy.", "Ortiz and Lamb attacked"),
    # "asked the council to think again" already has its "to" part
    ("In a March 3 letter, the nurses asked the board to think again about its decision to close the ward despite "
     "the deaths of two patients on the waiting list last winter.", "asked the board to think again"),
])
def test_a_whole_clause_after_an_opening_phrase_stays(sentence: str, kept: str) -> None:
    assert kept in " ".join(said(sentence))


def test_two_passive_verbs_and_an_aside_are_no_broken_cut() -> None:
    assert "was sentenced to 40 weeks" in " ".join(said(
        "The 52-year-old banker was forced out in May and sentenced to 40 weeks in jail for breaking his bail terms."))
    assert "Ann Dale promised" in " ".join(said(
        "In Ohio, the Green candidate, Ann Dale promised to protect the parks and hammered Ross on his plan for roads."))


@pytest.mark.parametrize("sentence, kept", [
    # a plural subject after ", and" keeps its clause
    ("Families will be offered the test at home, at no cost, and pharmacies in the town will extend their hours "
     "on Sundays.", "Pharmacies in the town will extend"),
    ("A neighbour had noted part of its number plate, and cameras at a bus stop recorded a blue van that was seen "
     "leaving the lane minutes before the fire.", "Cameras at a bus stop recorded"),
    ("Orbo has piled its own apps on top of the system, and several of them copy ones you already have.",
     "several of them copy"),
])
def test_a_clause_after_and_keeps_its_subject(sentence: str, kept: str) -> None:
    assert kept.lower() in " ".join(said(sentence)).lower()


def test_a_report_that_stops_before_and_used_to_is_whole() -> None:
    """ "told the jury that the money was moved through accounts" is whole; only "ordered the staff." lacks its
    "to" part."""
    from briefing.faithful_restrictions import continuation
    from briefing.faithful_cuts import pair_or_complement_cut

    source = ("The prosecutor, Ann Vale, told the jury that the money was moved through a series of private accounts "
              "and used to buy two boats and to pay £90,000 in school fees.")
    part = "The prosecutor, Ann Vale, told the jury that the money was moved through a series of private accounts."
    assert not pair_or_complement_cut(source, part, continuation(source, part))
    source = "One of them ordered the two cashiers and a guard to lie on the floor."
    part = "One of them ordered the two cashiers."
    assert pair_or_complement_cut(source, part, continuation(source, part))


def test_a_second_object_cut_from_its_verb_is_put_back_when_the_whole_fits() -> None:
    out = said("A spacecraft the size of a kitchen fridge has detected water ice and complex carbon-based molecules on "
               "the surface of comet Orlen-Vay, scientists at the Tarrow Space Institute said on Friday, in what they "
               "called the most detailed look yet at a comet that began its journey toward the sun more than four "
               "billion years ago.", {"Orlen-Vay", "Tarrow", "Space", "Institute", "Friday"})
    assert out[0] == ("A spacecraft the size of a kitchen fridge has detected water ice and complex carbon-based "
                      "molecules on the surface of comet Orlen-Vay.")


def test_a_job_between_commas_keeps_its_closing_comma_when_the_aside_after_it_goes() -> None:
    out = said("Dana Roe, head of sales at Kell Farm Supply, a trial member with 30 vans in two states, said the "
               "results beat forecasts.", {"Dana", "Roe", "Kell", "Farm", "Supply"})
    assert out[0] == "Dana Roe, head of sales at Kell Farm Supply, said the results beat forecasts."


def test_a_list_tail_of_names_that_look_like_verbs_is_still_a_tail() -> None:
    out = said("In towns such as Amble, Kings Cross and Rowe, the sleet may fall on roads that are already frozen, "
               "where it will turn to a sheet of ice on paths and power lines.", {"Amble", "Kings", "Cross", "Rowe"})
    assert not any(line.startswith("Kings Cross and Rowe,") for line in out), out


def test_a_plural_noun_before_its_present_verb_is_a_subject() -> None:
    assert said("Fuel bills have also jumped, and kilns use a lot of power.") == [
        "Fuel bills have also jumped.", "Kilns use a lot of power."]

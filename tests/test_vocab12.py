""""Words in this story" never gives a meaning that contradicts the story (a food bank is no money business, a
police appeal goes to no court, a rescue fund saves no one from danger), and plain swaps keep their sense
("administration" is a government only after a name). All texts are invented."""
from __future__ import annotations

import pytest

from briefing.plain_english import rewrite
from briefing.vocabulary import glossary_entry_for, sense_fits
from briefing.writers.plain import proper_names
from briefing.writers.word_list import pick_glossary


def picked(*stories: list[str]) -> dict[str, str]:
    return {e.word: e.meaning for e in pick_glossary(list(stories))}


def plain(sentence: str) -> list[str]:
    return rewrite(sentence, proper_names(sentence))


@pytest.mark.parametrize("story, word, wrong", [
    (["The Tollbridge food bank now gives parcels to 800 families a week.",
      "Many of the families have run out of money before the end of the month, its manager said.",
      "The bank needs more volunteers and a bigger van."], "bank", "loans"),
    (["Police appeal for witnesses after a man was hurt in a crash on Mill Road.",
      "Officers said the case was being treated as serious."], "appeal", "court"),
    (["The ministry said it had no plans for an emergency rescue fund for the college.",
      "The college needs £12 million to keep its doors open."], "rescue", "danger"),
])
def test_a_word_next_to_a_word_of_another_sense_is_not_taught_in_the_wrong_one(story: list[str], word: str,
                                                                                wrong: str) -> None:
    words = picked(story)
    assert word not in words or wrong not in words[word]


def test_a_food_bank_is_taught_as_a_place_that_gives_food() -> None:
    words = picked(["A food bank in Marrow Street now feeds 600 families a week.",
                    "The food bank began in a church hall with one table.",
                    "Its manager said families who work full time now need help with food."])
    assert words.get("food bank", "").startswith("a place that gives free food")


def test_a_money_bank_and_a_court_appeal_are_still_taught() -> None:
    words = picked(["The bank raised its interest rate on savings and on loans for homes.",
                    "Customers of the bank can move their money at no cost.",
                    "The company lost its appeal at the high court against the ruling on Monday.",
                    "Its lawyers said the judge had got the law wrong."])
    bank = glossary_entry_for("bank", "The bank raised its interest rate on savings and on loans for homes.")
    assert bank is not None and sense_fits(bank, "The bank raised its interest rate on savings and on loans for homes.")
    assert words.get("appeal") == "a request to a higher court to change a decision"


def test_a_rescue_of_people_is_still_getting_them_out_of_danger() -> None:
    words = picked(["Divers carried out a dramatic rescue of four boys from a flooded cave.",
                    "The rescue took nine hours, and all four boys are safe."])
    assert words["rescue"] == "getting people out of danger"


def test_bail_after_a_police_arrest_is_not_only_money() -> None:
    words = picked(["A 22-year-old man from Corley was arrested on Tuesday.",
                    "He has since been released on bail while inquiries continue.",
                    "Police asked anyone who saw the crash to call them."])
    assert words["bail"].startswith("money or a promise")


def test_fire_engines_are_trucks_not_parts_of_a_machine() -> None:
    words = picked(["Fourteen fire engines and about 70 firefighters were sent to the warehouse in Dellow.",
                    "The fire engines stayed at the scene overnight.",
                    "No one was hurt, the fire service said."])
    assert "engine" not in words
    assert words["fire engines"].startswith("trucks")


def test_an_emergency_fund_is_not_taught_as_a_dangerous_event() -> None:
    words = picked(["The ministry said it had no emergency fund for the college.",
                    "Staff said the college could close within a year.",
                    "The college has 4,000 students and 300 staff."])
    assert "dangerous event" not in words.get("emergency", "")


@pytest.mark.parametrize("sentence, kept", [
    ("The rest of the jobs are in support roles such as administration, libraries and cleaning.", "administration"),
    ("The college's administration said no decision had been made.", "administration"),
    ("The Larkin administration said it would ask the court to look again at the case.", "government"),
])
def test_administration_is_a_government_only_after_a_name(sentence: str, kept: str) -> None:
    assert kept in " ".join(plain(sentence))


@pytest.mark.parametrize("story, word", [
    (["The driver pulled over and tried to put out the flames with a fire extinguisher.",
      "The lorry burned for two hours in the tunnel."], "fire extinguisher"),
    (["The university said compulsory redundancies could follow in the summer.",
      "About 200 staff have asked to leave."], "compulsory redundancies"),
    (["Families get a voucher from their doctor or their school.",
      "Each voucher can be used three times."], "voucher"),
])
def test_hard_words_a_story_keeps_have_meanings(story: list[str], word: str) -> None:
    from briefing.vocabulary import glossary_entries
    assert word in glossary_entries()


def test_a_word_after_close_to_is_a_noun() -> None:
    entry = glossary_entry_for("collapse", "The talks looked close to collapse on Friday night.")
    assert entry is not None and entry.pos == "n"
    entry = glossary_entry_for("collapse", "Engineers said the old bridge could collapse at any time.")
    assert entry is not None and entry.pos == "v"


@pytest.mark.parametrize("story, word, meaning", [
    (["The drug company said the trial enrolled 400 patients in six countries.",
      "Patients got either the new pill or a placebo for 12 weeks."], "trial", "a test of a new medicine"),
    (["The trial of the two men began at Fenwick Crown Court on Monday.",
      "The judge told the jury the case would last three weeks."], "trial", "a court case"),
])
def test_a_word_of_medicine_and_of_the_courts_is_taught_in_the_story_sense(story: list[str], word: str,
                                                                           meaning: str) -> None:
    assert picked(story)[word].startswith(meaning)


def test_events_in_a_drug_trial_are_bad_things_that_happen_to_patients() -> None:
    entry = glossary_entry_for("events", "Serious adverse events were reported in 2% of patients in the trial.")
    assert entry is not None and entry.meaning.startswith("bad things that happen to patients")
    entry = glossary_entry_for("events", "The festival has 40 events over three days.")
    assert entry is not None and "planned" in entry.meaning


@pytest.mark.parametrize("story, word, meaning", [
    (["The home side held on for a tense 1-1 draw in the rain at Kellow Park.",
      "Both teams had chances late in the game."], "tense", "nervous and worried"),
    (["The old kettles have handles that can get soft when they are hot.",
      "Some handles bent out of shape, the company said."], "handles", "the parts of a thing"),
])
def test_a_word_with_a_second_common_sense_is_taught_only_near_its_cues(story: list[str], word: str,
                                                                        meaning: str) -> None:
    assert picked(story)[word].startswith(meaning)


@pytest.mark.parametrize("story, word", [
    (["Pupils learned the past tense of twenty common verbs.", "The lesson took an hour."], "tense"),
    (["The new manager handles the money for the club.", "She started in May."], "handles"),
])
def test_a_word_in_its_other_sense_is_not_taught_in_this_one(story: list[str], word: str) -> None:
    assert word not in picked(story)

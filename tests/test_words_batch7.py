"""The eighth batch of plain words: a player's position as a title, a passive said plainly, one-sense swaps,
a general noun kept to the sense that is a kind of it, and the glossary's sentence as the tie.

Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from briefing.plain_english import fix_articles, simplify_words
from briefing.topic_words import name_again_plainly, tie


def plain(sentence: str, names: set[str] | None = None) -> str:
    return fix_articles(simplify_words(sentence, names or set()))


@pytest.mark.parametrize("sentence, expected", [
    # a position said as a title before a name is "player"; without a name it is who the person is
    ("City defenseman Owen Hart hurt his knee.", "City player Owen Hart hurt his knee."),
    ("The team lost defensemen Tom Fry and Ian Cole.", "The team lost players Tom Fry and Ian Cole."),
    ("Goalie Ana Ruiz saved two shots.", "Player Ana Ruiz saved two shots."),
    ("The coach praised the veteran winger.", "The coach praised the veteran winger."),
    ("It came before winger Dan Moss's late goal.", "It came before player Dan Moss's late goal."),
    ("The party threw out left winger Tom Dale.", "The party threw out left winger Tom Dale."),  # politics
    ("She called him a far-right winger Joe Bell once praised.",
     "She called him a far-right winger Joe Bell once praised."),
    ("Pitcher Max Dunn threw well.", "Player Max Dunn threw well."),
    ("She poured a pitcher of water.", "She poured a pitcher of water."),
])
def test_a_position_before_a_name_is_a_player(sentence: str, expected: str) -> None:
    assert plain(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The tug of gravity pulled the gas back unto the disk.", "The pull of gravity pulled the gas back to the disk."),
    ("Children played tug of war.", "Children played tug of war."),
    ("The firm will showcase its new app in June.", "The firm will show its new app in June."),
    ("The fair was a showcase for young artists.", "The fair was a showcase for young artists."),  # the noun
    ("An online marketplace sells the boxes.", "An online market sells the boxes."),
    # "benchmark" only as a describing word before a name or a market noun
    ("The benchmark S&P 500 index rose.", "The key S&P 500 index rose."),
    ("The bank cut its benchmark interest rate.", "The bank cut its key interest rate."),
    ("The equity benchmark Nifty rose.", "The equity benchmark Nifty rose."),  # after a noun: itself a noun
    ("The benchmark fell 2% on Monday.", "The benchmark fell 2% on Monday."),
    ("They set a new benchmark for safety.", "They set a new benchmark for safety."),
    # "drag" as pulling; "drag on", "drag out" and "drag its feet" are other things
    ("Supply fears drags oil lower.", "Supply fears pulls oil lower."),
    ("Weak sales are dragging the index down.", "Weak sales are pulling the index down."),
    ("The case drags on.", "The case drags on."),
    ("The council is dragging its feet.", "The council is dragging its feet."),
    ("Lawyers are dragging out the case.", "Lawyers are dragging out the case."),
    # someone's first impressions of a thing are their first thoughts; "first impressions count" is not
    ("The hosts gave their first impressions of the new show.", "The hosts gave their first thoughts on the new show."),
    ("Fans gave their initial impressions of the team.", "Fans gave their first thoughts on the team."),
    ("First impressions count in a job interview.", "First impressions count in a job interview."),
    # the passive only
    ("The car has been redesigned from the ground up.", "The car has been given a new design from the ground up."),
    ("The redesigned car is fast.", "The redesigned car is fast."),
])
def test_eighth_batch_of_news_words(sentence: str, expected: str) -> None:
    assert plain(sentence) == expected


def test_an_adjective_with_a_rare_comparative_keeps_its_condition() -> None:
    # "key" has no common "keyer": the swap lost its "only before a noun" condition with its comparative
    assert plain("Critics called it the benchmark.") == "Critics called it the benchmark."


def test_a_general_noun_is_used_only_in_the_sense_that_is_a_kind_of_it() -> None:
    assert name_again_plainly(["Scientists ran a simulation of the universe on a computer.",
                               "The simulation ran for a year."]) == \
        ["Scientists ran a simulation of the universe on a computer.", "The model ran for a year."]
    # a fire drill is no model
    assert name_again_plainly(["Firefighters ran a simulation of a flood.", "The simulation took a day."]) == \
        ["Firefighters ran a simulation of a flood.", "The simulation took a day."]


def test_the_tie_is_the_glossary_sentence_when_it_names_the_general_noun() -> None:
    assert tie("simulation")[1] == "A simulation is a computer model of how something works."
    assert tie("hatchback") == ("kind:hatchback", "A hatchback is a kind of car.")
    assert tie("sedan")[1] == "A sedan is a car with four doors and a closed space for bags."


def test_a_trial_is_taught_as_a_court_case_only_beside_court_words() -> None:
    from briefing.vocabulary import glossary, sense_fits

    entry = glossary()["trial"]
    assert entry.meaning == "a court case"  # one sense, not "a court case, or a test of a new medicine"
    assert sense_fits(entry, "The jury heard the trial for two weeks.")
    assert not sense_fits(entry, "Doctors began a trial of the new drug on 400 patients.")


def test_a_phrase_noun_may_stand_before_a_verb() -> None:
    # "the pandemic killed ...": the word after it is a verb, not a second noun
    assert plain("The pandemic killed about 25 million people.") == \
        "The world health crisis killed about 25 million people."
    assert plain("The pandemic relief fund grew.") == "The pandemic relief fund grew."


@pytest.mark.parametrize("sentence, expected", [
    # "rainfall has fallen" is an amount going down, "rain has fallen" is weather: only "heavy rainfall" is rain
    ("Water use rose while rainfall has fallen.", "Water use rose while rainfall has fallen."),
    ("Heavy rainfall closed the roads.", "Heavy rain closed the roads."),
    # after "onto", "across", "between" ... a word is a noun: "shelves" is no verb "puts off" there
    ("Shop owners lifted stock onto shelves.", "Shop owners lifted stock onto shelves."),
    ("The plan shelves the tax rise.", "The plan puts off the tax rise."),
    # a focusing word restricts what follows: without it the line says "only" or "all"
    ("Shops depend on the trains, especially in the holidays.",
     "Shops depend on the trains, especially in the holidays."),
    ("Check on relatives, particularly those who live alone.", "Check on relatives, particularly those who live alone."),
    # "look into" needs its object: "engineers looked into, and ..." strands the preposition
    ("It stopped sales while engineers investigated, and changed supplier.",
     "It stopped sales while engineers investigated, and changed supplier."),
    ("Police will investigate the crash.", "Police will look into the crash."),
    # a phrase is not put after a name or a noun that describes the word
    ("Northway shareholders would own 58% of the group.", "Northway shareholders would own 58% of the group."),
    ("The shareholders said no.", "The owners of shares said no."),
    # "evacuate" only with "from" a place: a school is not "moved out"
    ("Police evacuated the school.", "Police evacuated the school."),
    ("Families have been evacuated from the town.", "Families have been moved out of the town."),
    # a number that stands for a noun said before stays a possessive
    ("He hit 17 winners to his opponent's six.", "He hit 17 winners to his opponent's six."),
])
def test_swaps_that_said_another_thing_in_the_team_sets(sentence: str, expected: str) -> None:
    assert plain(sentence) == expected


def test_word_list_senses_from_the_team_sets() -> None:
    from briefing.vocabulary import glossary, sense_fits

    assert "study" in glossary()["author"].meaning  # "the study's authors" did not write books
    medicine = glossary()["medicine"]
    assert not sense_fits(medicine, "He will study medicine at the university.")
    assert sense_fits(medicine, "Patients could not get the pills and medicine they take.")
    assert not sense_fits(glossary()["catchment"], "Families moved into the school catchment.")
    assert sense_fits(glossary()["catchment"], "Rain fell across the river catchment.")


def test_a_sentence_first_common_word_is_no_name_before_a_phrase_swap() -> None:
    assert plain("Angry shareholders voted against the deal.") == "Angry owners of shares voted against the deal."
    assert plain("He said Northway shareholders voted.") == "He said Northway shareholders voted."


@pytest.mark.parametrize("sentence, expected", [
    ("It requires an entire ecosystem.", "It needs a whole ecosystem."),
    ("Lamps consisting of linked rings hang there.", "Lamps made up of linked rings hang there."),
    ("Two relatively small groups met.", "Two fairly small groups met."),
    ("Two relatively smaller groups met.", "Two relatively smaller groups met."),  # "fairly smaller" is not English
    ("Relatively speaking, it is cheap.", "Relatively speaking, it is cheap."),
    ("Visitors have the possibility to try it.", "Visitors have the chance to try it."),
    ("They ruled out the possibility of a strike.", "They ruled out the chance of a strike."),
    # "raised the possibility" says it might happen, "raised the chance" that it is more likely
    ("He raised the possibility that he could run.", "He raised the possibility that he could run."),
    ("There are endless possibilities.", "There are endless possibilities."),  # options, not chances
])
def test_long_words_from_the_grade_list(sentence: str, expected: str) -> None:
    assert plain(sentence) == expected

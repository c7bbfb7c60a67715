"""vocab9: general plain-word swaps, units spelled out, and glossary meanings for words news keeps.

Every swap is tested in its other senses too. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from briefing.plain_english import fix_articles, simplify_words
from briefing.vocabulary import glossary_entry_for
from briefing.words import spelled_amounts


def plain(sentence: str, names: set[str] | None = None) -> str:
    return fix_articles(simplify_words(sentence, names or set()))


@pytest.mark.parametrize("sentence, expected", [
    # "urge" is "ask" before whoever is asked, an institution named with "the" included
    ("The doctors are urging the Department of Health to act.", "The doctors are asking the Department of Health to act."),
    ("The union is urging its members to vote no.", "The union is asking its members to vote no."),
    ("Reports urged new rules.", "Reports urged new rules."),
    ("The group urged the adoption of new rules.", "The group urged the adoption of new rules."),
    # "awfully" is "badly" where it ends its phrase, never before the word it makes stronger
    ("The visitors have been playing awfully.", "The visitors have been playing badly."),
    ("The room was awfully quiet.", "The room was quiet."),  # not "badly quiet": the old rule drops the adverb
    ("It is awfully close to the road.", "It is close to the road."),
    # "debuting" something is introducing it; a show that debuts in May, or a debut album, stays
    ("After debuting the new model in March, the firm cut prices.",
     "After introducing the new model in March, the firm cut prices."),
    ("The show is debuting in May.", "The show is debuting in May."),
    ("Her debut album sold well.", "Her debut album sold well."),
    # "factoring in" is "taking into account"; "a factor in" is a noun and stays
    ("Traders are factoring in a rate cut.", "Traders are taking into account a rate cut."),
    ("Prices have already factored in a rate cut.", "Prices have already taken into account a rate cut."),
    ("Cost was one factor in the decision.", "Cost was one factor in the decision."),
    ("Cost is a major factor in the decline.", "Cost is a major factor in the decline."),
    ("Other factors in the decline include rain.", "Other factors in the decline include rain."),
])
def test_general_swaps_in_their_own_sense_only(sentence: str, expected: str) -> None:
    assert plain(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The park will store 300MW of power.", "The park will store 300 megawatts of power."),
    ("Demand rose to 45GW.", "Demand rose to 45 gigawatts."),
    ("They built a 50MW solar farm.", "They built a 50 megawatt solar farm."),
    ("It is a 200MW/800MWh battery.", "It is a 200MW/800MWh battery."),  # a pair: five words longer spelled out
    ("The heat pump uses 3 kW at most.", "The heat pump uses 3 kilowatts at most."),
    ("Power costs 30p per kWh.", "Power costs 30p per kWh."),  # no number before it: kept as written
    ("The 5mW laser is small.", "The 5mW laser is small."),  # milliwatts, not megawatts
])
def test_power_units_after_a_number_are_spelled_out(sentence: str, expected: str) -> None:
    assert spelled_amounts(sentence) == expected


def test_spelled_units_and_trial_words_have_a_plain_meaning() -> None:
    for word, sentence in [("megawatts", "The farm makes 40 megawatts."), ("gigawatts", "Demand hit 45 gigawatts."),
                           ("megawatt hours", "It stores 800 megawatt hours."),
                           ("placebo", "Half the patients got a placebo."),
                           ("slowdown", "The data points to a slowdown.")]:
        entry = glossary_entry_for(word, sentence)
        assert entry is not None and entry.meaning, word
    assert glossary_entry_for("placebo", "x").explain == "A placebo is a pill with no real medicine in it."


def test_a_unit_short_form_is_explained_after_its_first_use() -> None:
    from briefing.writers.selection import Line
    from briefing.writers.word_list import explain_first_use

    lines = [Line("The firm will build a 300MW/1,200MWh battery near Dunmore.", 0, 0, 0),
             Line("The firm has 2GW of other projects.", 1, 0, 1),
             Line("Each new site needs about 50MW.", 2, 0, 2)]
    assert explain_first_use(lines, set()) == [
        "The firm will build a 300MW/1,200MWh battery near Dunmore.",
        "A megawatt is a measure of electric power.",
        "A megawatt hour is a measure of how much electric power is stored or used.",
        "The firm has 2GW of other projects.",
        "A gigawatt is a measure of a very large amount of electric power.",
        "Each new site needs about 50MW."]  # told once
    # "MWh" is not "MW", and a short form with no number before it is not a unit said aloud
    told = explain_first_use([Line("The MW team met on Monday.", 0, 0, 0)], set())
    assert told == ["The MW team met on Monday."]

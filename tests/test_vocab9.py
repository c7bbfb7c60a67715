"""vocab9: general plain-word swaps, units of power explained, and glossary meanings for words news keeps.

Every swap is tested in its other senses too. Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from briefing.plain_english import fix_articles, simplify_words
from briefing.vocabulary import glossary_entry_for
from briefing.spoken import spoken_form
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
    # "widen" with no object is "grow"; widening a road or a search is not growing it
    ("The deficit widened to 5% in May.", "The deficit grew to 5% in May."),
    ("The gap is widening.", "The gap is widening."),  # "-ing" left: "a planned road widening" is a noun (keep12)
    ("The city widened the road.", "The city widened the road."),
    ("Police widened the search on Monday.", "Police widened the search on Monday."),
    # a landmark ruling is a historic one; a landmark (a famous building) stays
    ("The court made a landmark ruling on Friday.", "The court made a historic ruling on Friday."),
    ("They called it a landmark decision.", "They called it a historic decision."),
    ("The tower is a landmark in the city.", "The tower is a landmark in the city."),
    ("The landmark building will close.", "The landmark building will close."),
    # news verbs of the money pages and of politics, each with the plain verb of its own sense
    ("The board is mulling a bid for the firm.", "The board is thinking about a bid for the firm."),
    ("The board mulled over the offer.", "The board thought about the offer."),
    ("They drank mulled wine.", "They drank mulled wine."),
    ("Investors are eyeing the central bank.", "Investors are looking at the central bank."),
    ("Her eye was hurt.", "Her eye was hurt."),
    ("The firm axed 500 jobs.", "The firm cut 500 jobs."),
    ("He swung an axe.", "He swung an axe."),
    ("The two firms inked a deal on Monday.", "The two firms signed a deal on Monday."),
    ("The market is poised for growth.", "The market is set for growth."),
    ("Shares rebounded 3% on Friday.", "Shares recovered 3% on Friday."),
    ("He rebounded the ball.", "He rebounded the ball."),
    ("Troops retreated from the town.", "Troops pulled back from the town."),
    ("Shares edged higher on Monday.", "Shares went up a little on Monday."),
    ("Prices have edged up this year.", "Prices have gone up a little this year."),
    ("The firm trimmed its forecast.", "The firm cut its forecast."),
    ("The trim on the car is red.", "The trim on the car is red."),
    ("Officials downplayed the risks.", "Officials played down the risks."),
    ("Most voters opted to stay home.", "Most voters chose to stay home."),
    ("She opted for the bus.", "She chose the bus."),
    ("Many workers opted out of the plan.", "Many workers opted out of the plan."),
    ("The party vetted the candidates.", "The party checked the candidates."),
    ("The vet saw the dog.", "The vet saw the dog."),
    ("Stalock subbed for the struggling Dubnyk.", "Stalock replaced the struggling Dubnyk."),
    ("He came on as a sub for Jones.", "He came on as a sub for Jones."),  # the noun stays
    ("The firm processed 3 million payments last year.", "The firm handled 3 million payments last year."),
    ("They ate processed food.", "They ate processed food."),  # describing the food: not "handled food"
])
def test_general_swaps_in_their_own_sense_only(sentence: str, expected: str) -> None:
    assert plain(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The park will store 300MW of power.", "The park will store three hundred megawatts of power."),
    ("It is a 200MW/800MWh battery.", "It is a two hundred megawatts and eight hundred megawatt hours battery."),
    ("Demand rose to 45 GWh.", "Demand rose to forty-five gigawatt hours."),
])
def test_power_units_are_said_as_words(sentence: str, expected: str) -> None:
    # the script keeps the short form (a line stays short); the listener hears the unit's name, and
    # word_list.explain_first_use tells its meaning after the first use
    assert spoken_form(sentence) == expected
    assert spelled_amounts(sentence) == sentence


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


BODY = ("Northfield Power has taken a final investment decision on a new battery at Dunmore, the company said. "
        "The chief executive officer said the site would open in 2027. The BBC said it told his editor.")


@pytest.mark.parametrize("title, expected", [
    # a short form the body writes out is said in words, with the body's "a" when the title has none there
    ("Northfield Power takes FID on Dunmore battery", "Northfield Power takes a final investment decision on Dunmore battery"),
    ("Northfield Power takes the FID on Dunmore battery", "Northfield Power takes the final investment decision on Dunmore battery"),
    ("CEO says site opens in 2027", "CEO says site opens in 2027"),  # a short form every learner meets: kept
    ("THE BIG READ: battery at Dunmore", "THE BIG READ: battery at Dunmore"),  # a title in capitals
    ("Northfield Power in TDH deal", "Northfield Power in TDH deal"),  # never written out: kept
])
def test_a_title_short_form_the_article_writes_out_is_said_in_words(title: str, expected: str) -> None:
    from briefing.initialisms import spelled_initialisms

    assert spelled_initialisms(title, BODY) == expected


def test_a_title_short_form_is_spelled_only_from_the_lead_and_content_words() -> None:
    from briefing.initialisms import spelled_initialisms

    body = ("The new model goes on sale in May.\n\nIt costs less than the old one.\n\n"
            "Engineers cut costs by reducing wind drag on the body. Buyers should factor the cost of charging in.")
    # letters that meet words by chance deeper in the article: "RWD" is rear-wheel drive
    assert spelled_initialisms("New RWD model on sale in May", body) == "New RWD model on sale in May"
    # "factor the cost": small words are never the letters of a short form
    lead = "Buyers should factor the cost of charging in.\n\nIt goes on sale in May."
    assert spelled_initialisms("FTC warns buyers", lead) == "FTC warns buyers"

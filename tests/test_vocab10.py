"""Words in this story and the explanations after a word's first use say a word's meaning in the sense the story
uses it (a meaning must never contradict the story), and never teach one word twice. All texts are invented."""
from __future__ import annotations

import pytest

from briefing.plain_english import fix_articles, simplify_words
from briefing.writers.selection import Line
from briefing.writers.word_list import explain_first_use, pick_glossary


def picked(*stories: list[str]) -> dict[str, str]:
    return {e.word: e.meaning for e in pick_glossary(list(stories))}


@pytest.mark.parametrize("story, word, meaning", [
    # a word with two common senses: the one its cues show, or a meaning right in every sense
    (["A cloud of cold gas is falling into the young galaxy.", "The galaxy is very far away."],
     "gas", "something like air, not solid or liquid"),
    (["Drivers paid more for gas at the pump this week.", "A gallon now costs four dollars."],
     "gas", "fuel for cars"),
    (["The jury found the driver guilty of the crime on Friday.", "He will be sentenced in May."],
     "guilty", "having done a crime"),
    (["Marta said she should not feel guilty about saying no.", "Her brother asked again in June."],
     "guilty", "feeling bad because you think you did something wrong"),
    (["The new tariff on steel imports starts in May.", "Trade between the two countries fell."],
     "tariff", "a tax on goods from other countries"),
    (["Her energy supplier moved her to a cheaper tariff.", "The bill fell by ten pounds a month."],
     "tariff", "a price plan for energy or phone services"),
    (["Volunteers counted otter tracks for the survey.", "They checked sixty places along the river."],
     "survey", "a study that gets facts by asking people or counting things"),
    (["Dana Kline is president of the Harbor Book Club.", "The club meets every Monday."],
     "president", "the leader of a country or a group"),
    (["The library said its oldest loan came back after sixty years.", "The book was due in 1962."],
     "loan", "money or a thing given for a time, then given back"),
    (["The usual rate at other shops is 90 dollars.", "Today the lamp costs 60 dollars."], "rate", "a price"),
])
def test_a_glossary_meaning_fits_the_story(story: list[str], word: str, meaning: str) -> None:
    assert picked(story).get(word) == meaning


def test_a_word_with_no_cue_of_any_sense_is_not_taught() -> None:
    assert "guilty" not in picked(["Nobody looked guilty at the party.", "The music played until late."])
    # "going to the polls" is going to vote: never "a set of questions"
    assert "poll" not in picked(["Voters in the city go to the polls on Sunday.", "The mayor wants a second term."])


def test_a_set_phrase_is_taught_whole() -> None:
    words = picked(["Shops will close on the bank holiday.", "Most banks will open again on Tuesday."])
    assert words.get("bank holiday") == "a public holiday when banks and most offices are closed"
    assert "bank" not in words
    words = picked(["Farmers take advantage of the dry weather to cut the hay.", "The harvest began early."])
    assert words.get("take advantage") == "to make good use of something" and "advantage" not in words


def test_a_singular_and_its_plural_are_one_word() -> None:
    words = picked(["Galaxies are huge groups of stars.", "The galaxy grew fast.", "Other galaxies grew slowly."])
    assert len({w for w in words if w.startswith("galax")}) == 1


def test_an_explanation_is_said_only_in_the_sense_the_story_uses() -> None:
    energy = [Line("Her supplier moved her to a new tariff in May.", 0, 0, 0),
              Line("Her energy bill fell by ten pounds.", 1, 0, 1)]
    assert explain_first_use(energy, set()) == [ln.text for ln in energy]  # not "A tariff is a tax on goods ..."
    trade = [Line("The government put a new tariff on steel imports.", 0, 0, 0)]
    assert explain_first_use(trade, set())[1] == "A tariff is a tax on goods from other countries."


def test_a_verb_is_not_taught_with_a_noun_meaning() -> None:
    assert "costs" not in picked(["The new lamp uses little power.", "It costs almost nothing to run."])
    assert picked(["The costs of the repair went up.", "The owner paid in May."]).get("costs") \
        == "the money needed to pay for something"


def test_a_home_story_has_words_to_teach() -> None:
    home = ["Thick curtains kept the flat warm.", "The draughts from the old door have stopped.",
            "The new bulbs in the lamps use less power.", "The heating stayed off all week."]
    assert len({"curtains", "draughts", "bulbs", "heating"} & set(picked(home))) >= 3


def plain(sentence: str) -> str:
    return fix_articles(simplify_words(sentence, set()))


@pytest.mark.parametrize("sentence, expected", [
    # a long plain adjective keeps its "more" / "most": "more cautious" is "more careful", never left hard
    ("Some doctors were more cautious.", "Some doctors were more careful."),
    ("The mayor was the most cautious of the three.", "The mayor was the most careful of the three."),
    ("The new test is more difficult.", "The new test is harder."),  # a short one still compares with -er
    # words of place and degree
    ("Families were told to stay indoors.", "Families were told to stay inside."),
    ("The children played outdoors until dark.", "The children played outside until dark."),
    ("She loves the outdoors.", "She loves the outdoors."),  # the noun stays
    ("Such storms are rarer in spring.", "Such storms are less common in spring."),
    ("It is a rarer kind of frog.", "It is a less common kind of frog."),
    ("It is the rarest bird on the island.", "It is the least common bird on the island."),
    ("A noisy party kept the street awake.", "A loud party kept the street awake."),
])
def test_plain_words_of_degree_and_place(sentence: str, expected: str) -> None:
    assert plain(sentence) == expected


def test_a_verb_use_with_no_cue_of_the_noun_is_not_taught() -> None:
    assert "heating" not in picked(["Reyes is heating up, scoring twice in the game.", "The team won 4-1."])
    assert picked(["The tenants had no heating all winter.", "The landlord was fined."]).get("heating") \
        == "the system that keeps a building warm"


def test_allies_can_be_people() -> None:
    assert picked(["The senator and her allies voted against the plan.", "The plan failed."]).get("allies") \
        == "people or countries that help each other"


def test_a_plural_is_the_first_use_of_a_word_explained() -> None:
    lines = [Line("The pact needs the votes of both parliaments.", 0, 0, 0),
             Line("The talks took three days.", 1, 0, 1),
             Line("The Dalvian parliament meets in May.", 2, 0, 2)]
    assert explain_first_use(lines, set()) == [
        "The pact needs the votes of both parliaments.",
        "A parliament is the group of people who make a country's laws.",
        "The talks took three days.",
        "The Dalvian parliament meets in May."]


@pytest.mark.parametrize("story, word", [
    (["The new law forces shops to close on Sundays.", "Owners are angry."], "forces"),
    (["The climbers reached the summit on Friday.", "The weather was clear."], "summit"),
    (["Shares rocket after the report.", "The firm made more money."], "rocket"),
    (["The navy held a training exercise off the coast.", "Ten ships took part."], "exercise"),
])
def test_a_word_in_another_sense_is_not_taught(story: list[str], word: str) -> None:
    assert word not in picked(story)


@pytest.mark.parametrize("story, word, meaning", [
    (["Government forces took the town on Monday.", "The rebels left."], "forces", "groups of soldiers or police"),
    (["The leaders meet at a summit in Oslo.", "They will talk about trade."], "summit", "a meeting of leaders"),
    (["The singer had a heart attack on stage.", "She is now in hospital."],
     "heart attack", "a sudden illness when the heart stops working well"),
    (["The club agreed a trade with the Hawks.", "Two players will move."], "trade", "buying and selling things"),
])
def test_a_word_in_its_sense_is_taught(story: list[str], word: str, meaning: str) -> None:
    assert picked(story).get(word) == meaning


def test_a_short_story_has_more_common_words_to_teach() -> None:
    words = picked(["The cup began on Monday with a new format.", "The focus was on the crowd, not the games."])
    assert words.get("format") == "the way something is arranged or done"
    assert words.get("focus") == "the thing that gets the most attention"
    assert "focus" not in picked(["The team will focus on defence.", "The coach said so."])  # the verb


def test_a_verb_in_s_is_not_the_plural_of_a_glossary_noun() -> None:
    assert "process" not in picked(["The plant processes about 500 tonnes of glass a week.", "It employs ten people."])
    assert picked(["The new processes are slow.", "Staff need more time."]).get("process") \
        == "a set of steps to do something"


def test_there_with_a_comma_leans_on_the_line_before() -> None:
    from briefing.writers.leaning import opens_with_reference
    assert opens_with_reference("There, a new range of soups lifted sales by 3%.")  # the place the line before named
    assert not opens_with_reference("There is no date for the vote yet.")


def test_a_coup_is_explained_only_as_a_seizure_of_power() -> None:
    football = [Line("Signing the young striker was a coup for the club.", 0, 0, 0)]
    assert explain_first_use(football, set()) == [football[0].text]
    army = [Line("Army officers seized power in a coup on Monday.", 0, 0, 0)]
    assert explain_first_use(army, set())[1] == "A coup is when a group takes power by force."


def test_a_plural_alone_does_not_bring_an_explanation() -> None:
    lines = [Line("An early harvest came in the southern provinces.", 0, 0, 0), Line("Prices fell.", 1, 0, 1)]
    assert explain_first_use(lines, set()) == [ln.text for ln in lines]

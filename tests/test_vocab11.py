""""Words in this story" teaches the hard words a script kept (wordfreq Zipf under 4.8), not the words a learner
already knows, and each meaning fits the sense the story uses (a meaning must never contradict the story).
All texts are invented."""
from __future__ import annotations

import pytest

from briefing.vocabulary import glossary_entry_for
from briefing.writers.selection import Line
from briefing.writers.word_list import explain_first_use, pick_glossary


def picked(*stories: list[str]) -> dict[str, str]:
    return {e.word: e.meaning for e in pick_glossary(list(stories))}


def test_hard_words_are_taught_before_words_a_learner_knows() -> None:
    story = ["A strong earthquake hit a village in the hills of Marlova on Sunday.",
             "The earthquake had a magnitude of 6.1, and two aftershocks followed.",
             "People looked for their families in the rubble of their homes.",
             "The hurt were taken to the hospital in the next town by car and by bus.",
             "The government said it would send help to the village as soon as it could.",
             "Many people spent the night outside because they were afraid to go back inside their homes.",
             "The aftershocks went on all night, and the hospital stayed open.",
             "The army brought water, food and beds to the people of the village on Monday."]
    words = picked(story)
    assert {"aftershocks", "rubble", "magnitude"} <= set(words)
    assert "village" not in words and "hospital" not in words


def test_near_the_line_of_common_words_a_common_hard_word_comes_first() -> None:
    # "aftershocks" and "rescuers" take this short story under 96 % common words: the word list does not add
    # more uncommon words, but "magnitude" (common, and hard) is taught before "village" or "hospital"
    story = ["A strong earthquake hit a village in the hills of Marlova on Sunday.",
             "The quake had a magnitude of 6.1, and many aftershocks followed.",
             "Rescuers searched the ruins with dogs, and the hurt were taken to hospital."]
    words = list(picked(story))
    assert words[0] == "magnitude"


def test_a_story_with_too_few_hard_words_still_gets_three() -> None:
    words = picked(["The new hospital in Tarrow opened on Monday.", "Doctors and nurses moved in at once.",
                    "The village next to it has waited ten years for a hospital.", "The region has two more."])
    assert len(words) >= 3


@pytest.mark.parametrize("story, word, meaning", [
    (["The bronze bowl will go on display at the town museum in May."], "on display", "shown where people can see it"),
    (["The phone has a larger display and a better camera.", "The screen is six inches wide."],
     "display", "a screen that shows pictures or words"),
    (["A cyber attack forced the council to shut its computers on Friday.", "Staff went back to paper."],
     "cyber attack", "an attempt to damage or break into computers"),
    (["The bowler took four wickets in nine overs.", "Tarnside were out for 140 in their second innings."],
     "wickets", "in cricket, the times when a player is out"),
    (["The bowler took four wickets in nine overs.", "Tarnside were out for 140 in their second innings."],
     "overs", "in cricket, sets of six balls that one player throws"),
    (["A coroner will hold an inquest into the death of the climber.", "The hearing opens in June."],
     "coroner", "an official who finds out how and why a person died"),
    (["A worn valve on the pump caused the leak, the report said.", "Maintenance was late by a year."],
     "valve", "a part that controls the flow of a liquid or gas"),
    (["Ransomware locked the files of the clinic on Monday.", "Its booking system stayed offline for two days."],
     "ransomware", "computer software that stops people using their files until they pay money"),
    (["The referee gave a penalty and Dorn scored from the spot.", "The match ended 2-1."],
     "penalty", "a free kick or shot at goal, given after a foul"),
    (["The law sets a penalty of up to 500 pounds for dumping waste.", "It starts in April."],
     "penalty", "a punishment for breaking a rule or a law"),
])
def test_a_hard_word_is_taught_in_the_sense_of_the_story(story: list[str], word: str, meaning: str) -> None:
    assert picked(story).get(word) == meaning


@pytest.mark.parametrize("story, word", [
    (["She made a plea for calm outside the stadium.", "The crowd went home quietly."], "plea"),
    (["The doctor said a blood vessel had burst in his eye.", "He will rest for a week."], "vessel"),
    (["The pupils of her eyes were wide in the dark room.", "She waited for the light."], "pupils"),
    (["The mayor announced two new appointments to the board.", "Both start in March."], "appointment"),
    (["She spoke with real conviction about the plan.", "Her friends were not sure."], "conviction"),
    (["The old light fixture fell from the kitchen ceiling.", "No one was hurt."], "fixture"),
    (["He started the race from the back of the grid.", "He finished fifth."], "grid"),
    (["The tremor in her hands made writing hard.", "Her doctor changed her medicine."], "tremor"),
])
def test_a_hard_word_in_another_sense_is_not_taught(story: list[str], word: str) -> None:
    assert word not in picked(story)


def test_a_company_director_is_not_told_as_making_films() -> None:
    entry = glossary_entry_for("director", "Its director, Paul Hanley, said the objects should stay in the area.")
    assert entry is not None and "film" not in entry.meaning
    assert "film" not in picked(["Helen Marsh, the festival director, said ticket sales were up."]).get("director", "")
    entry = glossary_entry_for("director", "The director of the film said the actors worked for free.")
    assert entry is not None and entry.meaning == "a person who makes a film or a play"


def test_an_attack_is_not_always_violent() -> None:
    entry = glossary_entry_for("attack", "The attack shut down the hospital's computers for a week.")
    assert entry is not None and "violent" not in entry.meaning


@pytest.mark.parametrize("story, word, meaning", [
    (["The keeper dived to stop Dorn's opening penalty.", "Then Vale scored the next four."],
     "penalty", "a free kick or shot at goal, given after a foul"),
    (["The court heard the case with the girl's family in attendance."], "in attendance", "there at the time"),
    (["She hid the papers from law enforcement for two years."], "law enforcement",
     "the police and others who make sure people follow the law"),
])
def test_a_set_phrase_or_a_sport_use_gets_its_own_meaning(story: list[str], word: str, meaning: str) -> None:
    assert picked(story).get(word) == meaning


@pytest.mark.parametrize("sentence, word", [
    ("In the US, Kellmark estimates that the range could be 300 miles.", "estimates"),
    ("The company estimates that a family will pay about 300 pounds a year.", "estimates"),
    ("Safety is not something Brenlow compromises on.", "compromise"),
])
def test_a_verb_ending_in_s_is_not_taught_as_a_plural_noun(sentence: str, word: str) -> None:
    assert word not in picked([sentence])


def test_a_plural_noun_after_a_name_is_still_taught() -> None:
    assert "estimates" in picked(["According to city estimates, the tax would cost 84 dollars a year."])


def _lines(*texts: str) -> list[Line]:
    return [Line(t, i, 0, i) for i, t in enumerate(texts)]


def test_a_repeated_hard_word_is_explained_while_the_story_keeps_its_common_words() -> None:
    plain = _lines("A farmer found a hoard of old gold in a field near the river last spring.",
                   "The hoard has more than two hundred pieces, and some of them are very old.",
                   "The farmer said he was very happy and that he would tell the museum about it.",
                   "People from the town came to see the field where he found them.",
                   "The museum said it would pay the farmer and the owner of the field.",
                   "It wants to show the gold to the public next year.")
    told = explain_first_use(plain, set())
    assert "A hoard is a large hidden store of things, often money or treasure." in told
    hard = _lines("A detectorist found a hoard of spearheads, bracelets and axes in a bog.",
                  "The hoard was buried by herders, the coroner said.")
    assert not any(t.startswith("A hoard is") for t in explain_first_use(hard, set()))


@pytest.mark.parametrize("story, word", [
    (["The best data available concerns cars sold in the city.", "It covers ten years."], "concerns"),
    (["The team reached a statistical confidence of 4 sigma.", "It will publish the work in May."], "confidence"),
])
def test_a_word_in_another_use_is_not_taught_in_its_common_sense(story: list[str], word: str) -> None:
    assert word not in picked(story)


def test_a_common_use_is_still_taught() -> None:
    assert picked(["Parents raised concerns over the new road.", "The council will meet in May."]).get("concerns") \
        == "worries"
    assert picked(["The coach said he has full confidence in his players."]).get("confidence") is not None

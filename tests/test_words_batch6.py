"""The sixth batch of plain words, general nouns said again plainly, the glossary's word list and the -ly rule.

Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from briefing.plain_english import fix_articles, simplify_words
from briefing.topic_words import name_again_plainly
from briefing.vocabulary import glossary_entries, sense_fits
from briefing.writers.word_list import pick_glossary


def plain(sentence: str, names: set[str] | None = None) -> str:
    return fix_articles(simplify_words(sentence, names or set()))


@pytest.mark.parametrize("sentence, expected", [
    ("Dale Moss testified that he had written the note.", "Dale Moss gave evidence that he had written the note."),
    ("She will testify against her former boss.", "She will give evidence against her former boss."),
    ("Judge Ana Ruiz presided over the trial.", "Judge Ana Ruiz led the trial."),
    ("He is the newest presidential hopeful in the race.", "He is the newest presidential candidate in the race."),
    ("Books that are 30 days overdue are treated as lost.", "Books that are 30 days late are treated as lost."),
    ("The change is long overdue, she said.", "The change is long overdue, she said."),  # "long late" is not English
    ("Officials are examining the case.", "Officials are looking at the case."),
    ("He showed no remorse in court.", "He showed no regret in court."),
    ("Divers found fragments of the hull.", "Divers found pieces of the hull."),
    ("Coffee growers want higher prices.", "Coffee farmers want higher prices."),
    ("The box was the size of a refrigerator.", "The box was the size of a fridge."),
    ("Refrigerator trucks carried the food.", "Refrigerator trucks carried the food."),  # before a noun: kept
    ("Heavy rainfall closed the roads.", "Heavy rain closed the roads."),
    ("The firm made its first foray into cars.", "The firm made its first move into cars."),
    ("Prices saw a steep rise in May.", "Prices saw a sharp rise in May."),
    ("The path up the steep hill was closed.", "The path up the steep hill was closed."),  # a hill is not sharp
    # "floodwater" stays one word: the longer sentence was cut at the length limit, losing advice
    ("Floodwater filled the streets and the coastguard came.",
     "Floodwater filled the streets and the coast guard came."),
    ("The nonprofit gives food to hardworking families.",
     "The non-profit gives food to hard-working families."),
    ("Two patients from the northwestern province were sent home.",
     "Two patients from the north-western province were sent home."),
    ("She studied at Northwestern University.", "She studied at Northwestern University."),  # a name
])
def test_sixth_batch_of_plain_words(sentence: str, expected: str) -> None:
    assert plain(sentence) == expected


def test_cast_has_an_irregular_past() -> None:
    from briefing.inflect import inflect_phrase

    assert inflect_phrase("cast doubt on", "ed")[0] == "cast doubt on"


def test_an_ly_word_that_ends_a_phrase_after_of_is_a_noun_and_stays() -> None:
    # a misspelled "jewelry" was dropped as an uncommon -ly adverb, leaving "pieces of consisting of"
    assert plain("The lamps look like pieces of jewerly, made of gold.") == \
        "The lamps look like pieces of jewerly, made of gold."
    assert plain("He left the room sheepishly, and then he ran.") == "He left the room and then he ran."


@pytest.mark.parametrize("story, expected", [
    (["A fire started in a skyscraper on Monday.", "The skyscraper was empty."],
     ["A fire started in a skyscraper on Monday.", "The building was empty."]),
    (["Three men were treated for pneumonia.", "The pneumonia spread to two nurses."],
     ["Three men were treated for pneumonia.", "The illness spread to two nurses."]),
    (["The old cathedral reopened on Sunday.", "Crowds filled the cathedral."],
     ["The old cathedral reopened on Sunday.", "Crowds filled the church."]),
    # two hard nouns that would both become "disease": neither is said as it
    (["Cases of measles and polio rose.", "The measles cases were in the north."],
     ["Cases of measles and polio rose.", "The measles cases were in the north."]),
])
def test_more_hard_nouns_said_again_as_their_general_noun(story: list[str], expected: list[str]) -> None:
    assert name_again_plainly(story) == expected


def test_a_space_probe_is_not_taught_as_an_inquiry() -> None:
    entry = glossary_entries()["probe"][0]
    assert not sense_fits(entry, "The probe reached the comet in May after a long flight.")
    assert sense_fits(entry, "Police opened a probe into the missing funds.")


def test_ingredients_meaning_fits_more_than_food() -> None:
    meaning = glossary_entries()["ingredients"][0].meaning
    assert "food" not in meaning and "dish" not in meaning


def test_a_short_story_still_gets_three_words_when_it_has_them() -> None:
    story = [["New tasks for the game are here.", "Your opponent gets a turn.", "It adds passion to the game."]]
    text = " ".join(story[0])
    words = [e.word for e in pick_glossary(story, article_text=text)]
    assert len(words) >= 3 and "tasks" in words


@pytest.mark.parametrize("sentence, expected", [
    ("The driver was jailed for six years.", "The driver was sent to prison for six years."),
    ("Man jailed for fraud at a bank.", "Man sent to prison for fraud at a bank."),
    ("The court jailed him in May.", "The court jailed him in May."),  # "sent to prison him" is not English
    ("The death toll climbed to 40 on Monday.", "The death toll went up to 40 on Monday."),
    ("Prices have climbed to a record.", "Prices have gone up to a record."),
    ("He climbed the stairs.", "He climbed the stairs."),
    ("The firm debuted a new phone in May.", "The firm launched a new phone in May."),
    ("The show debuted on Friday.", "The show debuted on Friday."),  # no object: "launched on Friday" says less
])
def test_jailed_climbed_and_debuted(sentence: str, expected: str) -> None:
    assert plain(sentence) == expected


@pytest.mark.parametrize("word, context, fits", [
    ("withdrawal", "The plan would cut water withdrawals from the river by 15%.", False),
    ("withdrawal", "The withdrawal of troops began in May.", True),
    ("service", "A memorial service will be held at the church.", False),
    ("service", "The company said its phone service would cost less.", True),
])
def test_words_with_two_common_senses_are_taught_only_near_their_sense(word: str, context: str, fits: bool) -> None:
    assert sense_fits(glossary_entries()[word][0], context) is fits


def test_gas_is_not_only_a_fuel_and_the_speaker_runs_a_parliament() -> None:
    gas = glossary_entries()["gas"]
    assert [e.meaning for e in gas if sense_fits(e, "A cloud of gas falls into the galaxy.")] == ["something like air, not solid or liquid"]
    assert [e.meaning for e in gas if sense_fits(e, "Drivers paid more for gas at the pump.")] == ["fuel for cars"]
    assert "speaks for" not in glossary_entries()["speaker"][0].meaning


def test_a_schoolteacher_is_a_teacher_and_a_bindery_said_again_is_a_workshop() -> None:
    assert plain("Her mother was a schoolteacher in Lowbridge.") == "Her mother was a teacher in Lowbridge."
    assert name_again_plainly(["He opened a small bindery in 1960.", "The bindery closed in 2001."]) == \
        ["He opened a small bindery in 1960.", "The workshop closed in 2001."]


def test_have_with_an_irregular_participle_is_the_perfect() -> None:
    # "prices have gone up by 35 percent" (a swap for "climbed by") told of the past as "have climbed" did
    from briefing.participles import clause_tense

    assert clause_tense("Wheat prices have gone up by 35 percent") == "perfect"
    assert clause_tense("Wheat prices have climbed by 35 percent") == "perfect"
    assert clause_tense("The farmers have enough grain") == "present"


@pytest.mark.parametrize("sentence, expected", [
    # the other sense of a word the table swaps is kept as written
    ("The firm hired a public relations team.", "The firm hired a public relations team."),
    ("Nurses check the administration of the vaccine.", "Nurses check the administration of the vaccine."),
    ("The new coach, hailing from Lyon, arrived on Monday.", "The new coach, hailing from Lyon, arrived on Monday."),
    ("Divers found human remains near the pier.", "Divers found human remains near the pier."),
    ("Crowds marked the lunar new year in the city.", "Crowds marked the lunar new year in the city."),
    ("Nurses checked his vital signs.", "Nurses checked his vital signs."),
    ("Shop owners boarded up their windows.", "Shop owners boarded up their windows."),
    # two common senses and no context rule: not swapped at all
    ("Tory rebels voted against the bill.", "Tory rebels voted against the bill."),
    ("The withdrawal of cash at banks fell.", "The withdrawal of cash at banks fell."),
    ("The judges will determine the winner.", "The judges will determine the winner."),
    # a verb that takes a thing, not a person
    ("The council tackled the problem at once.", "The council dealt with the problem at once."),
    ("Garcia tackled him in the box.", "Garcia tackled him in the box."),
    # an adjective of the table used as a verb stays
    ("Smoke began to obscure the view.", "Smoke began to obscure the view."),
    ("The ministers will initial the deal today.", "The ministers will initial the deal today."),
    ("The band is obscure.", "The band is little-known."),
])
def test_swaps_with_two_senses_keep_the_other_sense(sentence: str, expected: str) -> None:
    assert plain(sentence) == expected


def test_a_hard_topic_noun_said_again_plainly_is_tied_to_its_general_noun_where_first_said() -> None:
    from briefing.writers.plain import name_again_plainly
    from briefing.writers.selection import Line
    from briefing.writers.word_list import explain_first_use

    lines = [Line("A farmer found a rattlesnake in his barn on Monday.", 0, 1, group=0),
             Line("Police came to the farm.", 1, 0, group=1),  # ("an hour later" leans on the line before: session 12)
             Line("The rattlesnake was taken to a zoo.", 2, 1, group=2)]
    story = name_again_plainly(explain_first_use(lines, set()))
    assert story == ["A farmer found a rattlesnake in his barn on Monday.", "A rattlesnake is a kind of snake.",
                     "Police came to the farm.", "The snake was taken to a zoo."]
    # said once only: no lesson, nothing said again
    assert explain_first_use(lines[:2], set()) == [ln.text for ln in lines[:2]]


def test_an_illness_is_tied_without_a_or_kind_of() -> None:
    from briefing.topic_words import kind_of

    assert kind_of("cholera") == "Cholera is a disease."
    assert kind_of("owl") == "An owl is a kind of bird."


def test_a_hard_word_the_story_says_twice_is_explained_where_first_said() -> None:
    from briefing.writers.selection import Line
    from briefing.writers.word_list import explain_first_use

    # (a story of common words: the explanation says the uncommon word once more, so a story near the line of
    # common words is not given it, see test_vocab11)
    plain = "The team said the work went well and that they were happy with it, and that more people would join."
    lines = [Line("Engineers built a new lander for the moon.", 0, 1, group=0),
             Line("Tests began in May.", 1, 0, group=1),
             Line("The lander is as heavy as a small car.", 2, 1, group=2),
             Line(plain, 3, 0, group=3), Line(plain, 4, 0, group=4), Line(plain, 5, 0, group=5)]
    assert explain_first_use(lines, set())[:4] == [
        "Engineers built a new lander for the moon.", "A lander is a space vehicle that lands on a moon or planet.",
        "Tests began in May.", "The lander is as heavy as a small car."]
    # said once: the word list may teach it, but the story is not stopped for it
    assert explain_first_use(lines[:2], set()) == [ln.text for ln in lines[:2]]


def test_a_meaning_that_is_not_a_noun_phrase_is_not_said_as_a_sentence() -> None:
    from briefing.writers.word_list import told_as_sentence

    meanings = {w: told_as_sentence(glossary_entries()[w][0]) for w in ("galaxies", "miscarriage", "lander")}
    assert meanings == {"galaxies": "Galaxies are huge groups of stars.", "miscarriage": None,
                        "lander": "A lander is a space vehicle that lands on a moon or planet."}


@pytest.mark.parametrize("sentence, expected", [
    ("The mayor sent his condolences to the family.", "The mayor sent his sympathy to the family."),
    ("The contract stipulates that the fee is paid in May.", "The contract says that the fee is paid in May."),
    ("Police are treating the death as a homicide.", "Police are treating the death as a killing."),
    ("Homicide detectives came at once.", "Homicide detectives came at once."),  # before a noun: kept
    ("Frigid air moved south on Monday.", "Very cold air moved south on Monday."),
    ("The firm announced layoffs in May.", "The firm announced job cuts in May."),
    ("The firm is headquartered in Oslo.", "The firm is based in Oslo."),
    ("The two leaders held bilateral talks.", "The two leaders held two-way talks."),
    ("Critics lambasted the plan.", "Critics criticized the plan."),
])
def test_seventh_batch_of_plain_words(sentence: str, expected: str) -> None:
    assert plain(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The minister acknowledged the mistake.", "The minister admitted the mistake."),
    ("The singer acknowledged the crowd.", "The singer acknowledged the crowd."),  # greeted, not admitted
    ("Garcia tackled the striker in the box.", "Garcia tackled the striker in the box."),
    ("The mayor conceded that the plan had failed.", "The mayor admitted that the plan had failed."),
    ("The team conceded two goals.", "The team conceded two goals."),  # let in, not admitted
    ("The bank hiked rates again.", "The bank raised rates again."),
    ("They hiked the trail in May.", "They hiked the trail in May."),  # a walk, not a price
    ("The judge deferred to the experts.", "The judge deferred to the experts."),
    ("The vote was deferred until May.", "The vote was put off until May."),
    ("He regained consciousness in hospital.", "He regained consciousness in hospital."),
])
def test_verbs_with_a_second_common_sense(sentence: str, expected: str) -> None:
    assert plain(sentence) == expected


@pytest.mark.parametrize("word, context, fits", [
    ("stake", "Lives are at stake, the doctor said.", False),
    ("stake", "The bank sold its stake in the company.", True),
    ("custody", "She won custody of her two children.", False),
    ("custody", "The man died in police custody.", True),
    ("settlement", "Families moved to the new settlement in the hills.", False),
    ("settlement", "The firm agreed a settlement to end the lawsuit.", True),
    ("appeal", "The appeal of the old town is its quiet streets.", False),
    ("appeal", "His lawyers lodged an appeal against the verdict.", True),
    ("welfare", "The zoo cares about animal welfare.", False),
    ("welfare", "The government cut welfare payments.", True),
])
def test_more_words_with_two_senses_are_taught_only_near_their_sense(word: str, context: str, fits: bool) -> None:
    assert sense_fits(glossary_entries()[word][0], context) is fits

"""Plain words of news said in every sense news uses them (tens of thousands, a plenary session, a recess, a
council that approves a plan), topic words a story keeps taught in plain words, and a noun taught once
whether the story says it in the singular or the plural.

Every sentence here is invented for the test."""
from __future__ import annotations

import pytest

from briefing.plain_english import fix_articles, simplify_words
from briefing.vocabulary import glossary_entry_for, sense_fits
from briefing.writers.selection import Line
from briefing.writers.word_list import explain_first_use


def plain(sentence: str, names: set[str] | None = None) -> str:
    return fix_articles(simplify_words(sentence, names or set()))


@pytest.mark.parametrize("sentence, expected", [
    ("Tens of thousands of people marched in the capital.", "Many thousands of people marched in the capital."),
    ("The new dam could cost tens of millions of dollars.", "The new dam could cost many millions of dollars."),
    # all members attend a plenary session: a full one
    ("The mayor spoke at the first plenary session of the assembly.",
     "The mayor spoke at the first full session of the assembly."),
    ("The plenary sessions begin on Monday.", "The full sessions begin on Monday."),
    # a recess is a break, however a parliament goes into it; the verb is left
    ("The council returned from its summer recess on Tuesday.",
     "The council returned from its summer break on Tuesday."),
    ("Parliament is in recess until September.", "Parliament is on a break until September."),
    ("The House went into recess on Friday.", "The House went on a break on Friday."),
    ("The judge will recess the trial until Monday.", "The judge will recess the trial until Monday."),
    # "approves" with an object, a figure included, says yes to it; "approves of" is liking it
    ("Dunmore council approves $40 million budget.", "Dunmore council says yes to $40 million budget."),
    ("Work can start if the council approves the plans.", "Work can start if the council says yes to the plans."),
    ("The mayor approves of the new park.", "The mayor approves of the new park."),
    ("Nobody knows whether the board approves.", "Nobody knows whether the board approves."),
])
def test_news_words_with_one_plain_phrase(sentence: str, expected: str) -> None:
    assert plain(sentence) == expected


def test_a_spaced_possessive_is_joined_to_its_word() -> None:
    # a page that writes "Senate 's": the "'s" is no word of its own
    assert plain("Details of the Senate 's plenary session were shared.") == \
        "Details of the Senate's full session were shared."
    assert plain("He called the idea 'silly' on Monday.") == "He called the idea 'silly' on Monday."


@pytest.mark.parametrize("word, sentence", [
    ("disruption", "Passengers face disruption on the line."),
    ("timetable", "A new timetable starts in May."),
    ("councillor", "A local councillor said the road is unsafe."),
    ("comet", "The comet passed close to Earth."),
    ("kettle", "The kettle may get too hot."),
    ("tenants", "The tenants went to court."),
    ("adjournment", "The lawyer asked for an adjournment."),
])
def test_topic_words_a_story_keeps_have_a_plain_meaning(word: str, sentence: str) -> None:
    assert glossary_entry_for(word, sentence) is not None


def test_a_carriage_is_taught_as_part_of_a_train_only_near_a_train() -> None:
    carriages = glossary_entry_for("carriages", "The train had six carriages.")
    assert carriages is not None
    assert sense_fits(carriages, "The train had six carriages.")
    assert not sense_fits(carriages, "The queen rode in one of the royal carriages.")


def test_a_plague_is_taught_as_a_disease_only_near_an_illness() -> None:
    plague = glossary_entry_for("plague", "A case of plague was found in the hospital.")
    assert plague is not None
    assert sense_fits(plague, "A case of plague was found in the hospital.")
    assert not sense_fits(plague, "Money troubles plague the club.")


def test_a_noun_is_explained_once_in_the_singular_or_the_plural() -> None:
    story = ["A jury ordered one of the largest landlords in Dunmore to pay $2 million.",
             "The landlords said they will appeal.",
             "Landlords in the city must now fix old heating.",
             "Lawyers said the landlord ignored the damp."]
    out = explain_first_use([Line(t, i, 0, i) for i, t in enumerate(story)], set())
    lessons = [s for s in out if s not in story]
    assert len(lessons) == 1, lessons
    assert "owner" in lessons[0]


@pytest.mark.parametrize("sentence, expected", [
    # only the passive: a person or a ship in quarantine is kept apart
    ("Two patients were quarantined at a hospital in Dunmore.", "Two patients were kept apart at a hospital in Dunmore."),
    ("The ship has been quarantined since Monday.", "The ship has been kept apart since Monday."),
    ("Quarantined passengers waited on board.", "Quarantined passengers waited on board."),
    # a forecaster of the weather or of the economy is an expert on what will come
    ("Forecasters warn of heavy snow this weekend.", "Experts warn of heavy snow this weekend."),
    ("Economic forecasters expect growth of 2%.", "Economic experts expect growth of 2%."),
])
def test_second_batch_of_news_words(sentence: str, expected: str) -> None:
    assert plain(sentence) == expected


def test_a_space_probe_and_an_official_probe_get_their_own_meanings() -> None:
    space = glossary_entry_for("probe", "The probe reached the comet in February.")
    inquiry = glossary_entry_for("probe", "Police opened a probe into the fraud allegations.")
    assert space is not None and "space" in space.meaning
    assert inquiry is not None and "search for the facts" in inquiry.meaning


def test_a_repeated_word_is_explained_in_the_sense_its_story_uses() -> None:
    # plain lines around them: a story under the line of common words is not given the lesson (test_vocab11)
    plain = "The team said the work went well and that they were happy with it, and that more people would join."
    story = ["A small probe has landed on a comet.", "The probe will send pictures home.",
             "The probe weighs less than a car.", *[plain] * 10]
    lessons = [s for s in explain_first_use([Line(t, i, 0, i) for i, t in enumerate(story)], set()) if s not in story]
    assert lessons == ["A probe is a machine with no people on it, sent to study space."]


@pytest.mark.parametrize("word, sentence", [
    ("charities", "Two charities gave food to the families."),
    ("fines", "The council will raise fines for dropping litter."),
    ("fares", "Bus fares will rise in April."),
    ("trams", "No trams will run on Sunday."),
    ("hospice", "The money was meant for a local hospice."),
    ("chatbot", "The bank added a chatbot to its website."),
    ("insider", "An insider said the deal is close."),
    ("correspondent", "Our correspondent in the capital sent this report."),
    ("flooding", "Flooding closed the main road."),
    ("module", "The new module reached the space station."),
])
def test_more_topic_words_have_a_plain_meaning(word: str, sentence: str) -> None:
    assert glossary_entry_for(word, sentence) is not None


def test_sacked_is_taught_as_losing_a_job_only_near_a_job() -> None:
    sacked = glossary_entry_for("sacked", "The club sacked its manager on Monday.")
    assert sacked is not None and sacked.meaning == "made to leave a job"
    assert sense_fits(sacked, "The club sacked its manager on Monday.")
    assert not sense_fits(sacked, "Rebels sacked the old city in 1204.")


def test_a_landlord_is_tied_to_owner_in_words_that_fit_homes_and_shops() -> None:
    from briefing.topic_words import tie

    meaning, sentence = tie("landlord")
    assert sentence == "A landlord is an owner of a building who gets rent from people using it."
    tenants = glossary_entry_for("tenants", "The tenants of the mall went to court.")
    assert tenants is not None and "businesses" in tenants.meaning  # a shop renting a unit is a tenant too

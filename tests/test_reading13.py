"""Session 13's own reading fixes, each with invented sentences (the lead's tests; helpers have their own files)."""

from __future__ import annotations

import pytest

from briefing import person_titles
from briefing.plain_english import rewrite
from briefing.writers.people import _titled_names
from briefing.writers.point_case import TITLE_OR_INITIAL


# --- one list of titles (briefing/person_titles.py) -------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Cpl.", "Det.", "Insp.", "Supt.", "Sgt.", "Dr."])
def test_a_shortened_title_full_stop_ends_no_sentence(title: str) -> None:
    # "Det. Insp. Ruth Calder": the full stop after a rank goes on into the name
    assert TITLE_OR_INITIAL.fullmatch(title)


def test_a_quote_tagged_with_a_shortened_rank_keeps_the_speakers_name() -> None:
    # it was "Cpl said the car was found ...": "Cpl." was missing from the quote tag's list of titles
    lines = rewrite('"The car was found just after dawn, and nobody was inside it," said Cpl. Amrit Sandhu.',
                    set(), {})
    assert lines and all(not line.startswith("Cpl said") for line in lines)
    assert lines[0].startswith("Cpl. Amrit Sandhu said the car was found")


@pytest.mark.parametrize("text, name", [
    ("said Prof Lena Moravia of Port Lessing University", "Lena Moravia"),   # British "Prof" with no full stop
    ("Gen. Rhea Castell of the army said", "Rhea Castell"),
    ("Cpl. Amrit Sandhu of the county police said", "Amrit Sandhu"),
    ("Inspector Neil Garvie of Highmoor Police said", "Neil Garvie"),
])
def test_a_title_before_a_name_marks_a_person(text: str, name: str) -> None:
    assert name in _titled_names(text)


def test_every_rule_reads_the_same_ranks() -> None:
    assert "Cpl" in person_titles.RANKS and "Prof" in person_titles.COURTESY and "General" not in person_titles.WRITTEN_OUT


# --- "But" and the speaker after it, one rule (attribution.after_but) -------------------------------------------

@pytest.mark.parametrize("line, said", [
    ("But Unions said the offer was too low.", "But unions said the offer was too low."),
    ("But Apple said the phone would ship in May.", "But Apple said the phone would ship in May."),  # no plural
    ("But Harwicks said the shop would stay open.", "But Harwicks said the shop would stay open."),  # a name
    ("But They said the road would stay shut.", "But they said the road would stay shut."),
])
def test_a_subject_after_but_reads_as_after_any_but(line: str, said: str) -> None:
    from briefing.finished_lines import subject_after_but
    assert subject_after_but(line, {"Harwicks"}) == said


def test_after_but_without_the_articles_names_keeps_a_lone_word() -> None:
    from briefing.attribution import after_but
    assert after_but("Unions") == "Unions"  # it may be a surname: only the article's names can tell
    assert after_but("Unions", set()) == "unions"


# --- a second "that" keeps its reporter, for every verb that reports (attribution.REPORT_VERBS) ------------------

def test_a_second_that_clause_keeps_a_predicting_reporter() -> None:
    from briefing.split_checks import reported_again
    assert reported_again("Analysts predicted that prices would rise", "rents would follow") \
        == "Analysts also predicted that rents would follow"


# --- the recap's points: what kind of place a name is, is no main point (point_sense.PLACE_DESCRIBED) ------------

@pytest.mark.parametrize("point, side_note", [
    ("Harlan Springs is a city of about 180,000 people in southern Nevada.", True),
    ("Rennsburg is the Estmark capital.", True),
    ("Kelby is a small fishing town on the east coast.", True),
    ("Denton is the first city to ban gas heaters in new homes.", False),  # what the place did: news
    ("Harlan Springs opened 14 cooling centers.", False),
])
def test_what_kind_of_place_a_name_is_is_no_main_point(point: str, side_note: bool) -> None:
    from briefing.writers.point_sense import not_a_main_point
    assert not_a_main_point(point, "", ()) is side_note
    assert not_a_main_point(point, "", (), first_line=True) is False  # a story's first line may be who or what it is


def test_how_a_person_stands_to_the_story_is_no_main_point() -> None:
    # "A relative, Angela Price, wrote on the page that ...": who she is introduces her; it is no news of its own
    from briefing.writers.point_sense import not_a_main_point
    article = "A relative, Angela Price, wrote on the page that he would need surgery, and that his wife was stable."
    assert not_a_main_point("Angela Price is a relative.", article, ())
    assert not_a_main_point("Angela Price is a neighbour of the family.", article, ())


def test_a_span_whose_unit_was_in_the_line_before_is_no_main_point() -> None:
    # "My father worked there for 34 years, and I've been there for 22," -> "... he has been there for 22."
    from briefing.writers.point_sense import not_a_main_point
    assert not_a_main_point("Hutchins said he has been there for 22.", "", ())
    assert not not_a_main_point("Hutchins said he has worked there for 22 years.", "", ())


@pytest.mark.parametrize("point, leans", [
    ("The government said it had accepted it in full.", True),  # accepted the rise a line before named
    ("The union said they would fight it in court.", True),
    ("The council said it made it clear to residents.", False),
    ("The government said it had accepted the rise in full.", False),
])
def test_what_a_claims_subject_did_to_it_leans_on_a_line_before(point: str, leans: bool) -> None:
    from briefing.writers.point_sense import not_a_main_point
    assert not_a_main_point(point, "", ()) is leans


@pytest.mark.parametrize("point", ["Carrowshire's leg-spinner Ravi Menon took 3 for 47.",
                                   "Eastline is the region's largest bus operator."])
def test_a_score_and_a_firm_in_a_region_are_still_points(point: str) -> None:
    from briefing.writers.point_sense import not_a_main_point
    assert not not_a_main_point(point, "", ())


# --- "Words in this story": a meaning never leans on the word it explains ----------------------------------------

@pytest.mark.parametrize("word, not_in_meaning", [("senator", "senate"), ("protesters", "protest")])
def test_a_meaning_does_not_explain_a_word_by_itself(word: str, not_in_meaning: str) -> None:
    from briefing.vocabulary import glossary_entries
    meanings = [entry.meaning for entry in glossary_entries()[word]]
    assert meanings and all(not_in_meaning not in meaning.lower() for meaning in meanings)


@pytest.mark.parametrize("point, side_note", [
    ("People may have been exposed at the following places and times.", True),  # the list is not in the recap
    ("Noah Kendrick is from Fenwick.", True),
    ("Jordan Pell is from Marsh Lane, Kelsham.", True),
    ("The wheat came from Ukraine.", False),
    ("Most of the 300 new jobs will be in Kelsham.", False),
])
def test_a_pointer_ahead_and_a_persons_home_are_no_main_points(point: str, side_note: bool) -> None:
    from briefing.writers.point_sense import not_a_main_point
    assert not_a_main_point(point, "", ()) is side_note


@pytest.mark.parametrize("point", ["Lawyers said no checks were made until 6:30 a.m. the following morning.",
                                   "Analysts said the figure was below the 3.4% forecast.",
                                   "Fires rose since temperatures dropped below freezing."])
def test_following_and_below_in_their_own_sense_point_nowhere(point: str) -> None:
    from briefing.writers.point_sense import POINTS_AHEAD
    assert not POINTS_AHEAD.search(point)


# --- a measured list item is no sentence (checks.MEASURED_ITEM_RE) -----------------------------------------------

def test_a_measured_list_item_has_no_verb() -> None:
    # a meal plan's "Bean Salad (...), 1 cup pears" lost its brackets and was said as a line
    from briefing.checks import odd_sentences
    assert odd_sentences(["Green Bean Salad, 1 cup pears."]) == [("Green Bean Salad, 1 cup pears.", "no verb")]
    assert not odd_sentences(["The 737 Max returns to service."])
    # a headline's "to rise ..., lifting pay for 2.9 million workers" is no item
    assert not odd_sentences(["Minimum wage to rise to £12.85 an hour from April, lifting pay for 2.9 million workers."])
    assert not odd_sentences(["The city plans a new park."])


# --- a headline's count is plural (headline_grammar.headline_passive) -------------------------------------------

@pytest.mark.parametrize("title, said", [
    ("Two hurt in crash on Route 9", "Two were hurt in crash on Route 9."),
    ("12 rescued from flooded mine", "12 were rescued from flooded mine."),
    ("Man cleared of murder", "A man was cleared of murder."),
])
def test_a_count_alone_in_a_headline_takes_were(title: str, said: str) -> None:
    import briefing.grammar  # noqa: F401 (headline_grammar is read through grammar, as the writer imports it)
    from briefing.headline_grammar import headline_passive
    assert headline_passive(title) == said


# --- every shortened title is read out in full (spoken._TITLES, person_titles) ----------------------------------

def test_every_shortened_title_has_a_spoken_form() -> None:
    from briefing import spoken
    assert set(person_titles.COURTESY + person_titles.RANKS) <= set(spoken._TITLES)


@pytest.mark.parametrize("text, said", [
    ("Cpl. Amrit Sandhu said the road was shut.", "Corporal Amrit Sandhu"),
    ("Rt. Hon. Kehinde Adeyemi said the budget would pass.", "Right Honourable Kehinde Adeyemi"),
    ("Det. Insp. Ruth Calder said the car was found.", "Detective Inspector Ruth Calder"),
])
def test_a_rank_before_a_name_is_read_out(text: str, said: str) -> None:
    from briefing.spoken import spoken_form
    assert said in spoken_form(text)


# --- a trim never cuts what a phrase makes room for (compress_trim.ROOM_OR_WAY) ----------------------------------

def test_a_trim_keeps_what_a_phrase_makes_room_for() -> None:
    # holdout12-02 said "... said the increase was to make room." (the trim cut "for the completion of ...")
    from briefing.compress_trim import _trim
    trimmed = _trim("The Speaker said the increase was to make room for the completion of abandoned projects "
                    "across the 18 local government areas of the state.")
    assert not trimmed.rstrip(".").endswith("make room")


# --- a labelled entry under "the following ...:" is no item to fill it (clean_lists._following_item) -------------

def test_a_labelled_entry_does_not_fill_the_following() -> None:
    # corpus 961bd85c's police blotter became "... held on 48 hour holds on Ann Burton: Possession of ..."
    from briefing.clean_lists import _following_item
    lead = "All of them were taken to the county jail, where they were held on the following charges:"
    assert not _following_item(lead, "Ann B. Burton: Possession of a stolen car, held in jail in lieu of $7,000 bond.")
    assert _following_item("People may have been exposed at the following places and times:",
                           "Crossroads Mall, 4400 Harbor Road, Nov. 8 from noon to 4 p.m.")

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


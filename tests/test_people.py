"""A person is named in full the first time the listener hears of them (briefing.writers.people)."""
from __future__ import annotations

from briefing.writers.people import introduce_people, one_person_surnames
from briefing.writers.selection import Line

SOURCE = ("Police Chief Angela Breyer said the guard had been brave. Two men, Desmond Hale, 31, and Rafael "
          "Ostrander, 28, were arrested. The men entered Halloway & Finch Jewellers on Breyer Street, owned by "
          "Patricia Halloway. With Northwind, the firm hopes to grow with the town. The shop reopened in May, said Ruth May.")


def said(*stories: list[str]) -> list[list[str]]:
    lines = [[Line(text, 0, 0) for text in story] for story in stories]
    return [[ln.text for ln in story] for story in introduce_people(lines, SOURCE)]


def test_a_bare_surname_is_said_with_the_first_name_the_first_time() -> None:
    assert said(["Breyer said he did what a guard is trained not to do.", "Breyer said the men ran."]) == [
        ["Angela Breyer said he did what a guard is trained not to do.", "Breyer said the men ran."]]


def test_a_person_already_named_in_full_is_left_short() -> None:
    assert said(["Angela Breyer spoke on Monday."], ["Breyer said the men ran."]) == [
        ["Angela Breyer spoke on Monday."], ["Breyer said the men ran."]]


def test_two_people_in_one_line() -> None:
    assert said(["Hale and Ostrander each face one count of robbery."]) == [
        ["Desmond Hale and Rafael Ostrander each face one count of robbery."]]


def test_firms_and_places_named_after_someone_are_left_alone() -> None:
    lines = ["The men entered Halloway & Finch Jewellers.", "They ran down Breyer Street."]
    assert said(lines) == [lines]


def test_a_surname_that_is_a_common_word_or_a_capitalised_word_is_no_person() -> None:
    surnames = one_person_surnames(SOURCE)
    assert "May" not in surnames  # "in May" would become "in Ruth May"
    assert "Northwind" not in surnames  # "With Northwind" is no first name
    assert said(["The shop reopened in May."]) == [["The shop reopened in May."]]


def test_a_line_at_the_sentence_limit_is_left_as_it_is() -> None:
    long = "Breyer said " + " ".join(["word"] * 20) + "."
    assert said([long]) == [[long]]

"""The reading grade bought with plain English (session 6, helper grade8): a person named in full once is
named short after that; the grade pass trades the lines the script says with their names changed. All
texts are invented."""
from __future__ import annotations

from briefing.models import Segment
from briefing.writers.short_names import said_short_again, short_names

SOURCE = ("Foreign Secretary Dominic Halloran defended the plan on Monday. \"We acted fast,\" Halloran said. "
          "Dr. Ruth Okafor, who runs the clinic, agreed. Okafor said the clinic would stay open. "
          "Real Cortina beat Inter Velden 2-1. Fans in Velden were angry. "
          "Felipe Contreras Arroyo, a farmer, spoke too. Arroyo said the river was low. "
          "Anna Marsh and Peter Marsh own the bakery. Marsh said bread prices rose. "
          "Theresa May said the park may close in June. May said the city will decide soon. "
          "Ravi Patel opened a shop.")


def said(*segments: tuple[str, list[str]]) -> list[list[str]]:
    out = said_short_again([Segment(kind, kind, list(lines)) for kind, lines in segments], SOURCE)
    return [seg.sentences for seg in out]


def test_a_person_named_in_full_is_named_by_the_last_name_after_that() -> None:
    assert said(("story", ["Dominic Halloran defended the plan.", "Dominic Halloran said the plan is fair."]),
                ("recap", ["We heard that Dominic Halloran defended the plan."])) == [
        ["Dominic Halloran defended the plan.", "Halloran said the plan is fair."],
        ["We heard that Halloran defended the plan."]]


def test_the_title_before_a_full_name_goes_with_it() -> None:
    assert said(("story", ["Ruth Okafor said the clinic is full.",
                           "But Dr. Ruth Okafor said it would stay open.",
                           "Foreign Secretary Dominic Halloran agreed.",
                           "Then Foreign Secretary Dominic Halloran left."])) == [
        ["Ruth Okafor said the clinic is full.", "But Okafor said it would stay open.",
         "Foreign Secretary Dominic Halloran agreed.", "Then Halloran left."]]


def test_a_possessive_full_name_is_shortened_too() -> None:
    assert said(("story", ["Ruth Okafor spoke.", "Ruth Okafor's clinic stays open."])) == [
        ["Ruth Okafor spoke.", "Okafor's clinic stays open."]]


def test_the_headlines_do_not_count_as_the_first_naming() -> None:
    assert said(("headlines", ["Dominic Halloran defends the plan."]),
                ("story", ["Dominic Halloran defended the plan."])) == [
        ["Dominic Halloran defends the plan."], ["Dominic Halloran defended the plan."]]


def test_no_team_place_shared_or_common_word_name_is_shortened() -> None:
    names = short_names(SOURCE)
    assert "Inter Velden" not in names  # a club, not a person, though "Velden" is said alone
    assert "Anna Marsh" not in names and "Peter Marsh" not in names  # two people called Marsh
    assert "Theresa May" not in names  # "may" is a word the text also uses as a word
    assert "Ravi Patel" not in names  # the article never calls him "Patel" alone
    assert names["Dominic Halloran"] == "Halloran"
    lines = ["Anna Marsh said prices rose.", "Anna Marsh said bread costs more."]
    assert said(("story", lines)) == [lines]


def test_a_name_inside_a_longer_name_is_left_whole() -> None:
    lines = ["Felipe Contreras Arroyo spoke.", "Felipe Contreras Arroyo said the river was low."]
    assert said(("story", lines)) == [lines]
    assert said(("story", ["Ruth Okafor spoke.", "The Ruth Okafor Clinic opened."])) == [
        ["Ruth Okafor spoke.", "The Ruth Okafor Clinic opened."]]


def test_the_grade_pass_trades_a_line_said_with_its_names_changed_by_its_draft_text() -> None:
    import datetime as dt

    from briefing.models import Article, Script
    from briefing.writers.ease import _tradeable, draft_texts
    from briefing.writers.selection import Draft, Line

    drafts = [Draft(Article("Plan", "x", source="t"), [], [
        Line("Dominic Halloran defended the plan on Monday.", 0, 0),
        Line("Dominic Halloran said the new plan would cost far less than the old one.", 3, 0),
        Line("Many people in the town said the plan was unfair to them.", 4, 0),
        Line("The workers union said this on Friday morning.", 4, 0)])]
    story = ["Dominic Halloran defended the plan on Monday.",
             "Halloran said the new plan would cost far less than the old one.",
             "A union is a group of workers.",  # an explanation the script added: no draft line
             "Many people in the town said the plan was unfair to them.",
             "The workers union said this on Friday morning."]
    script = Script("t", "show", dt.date(2021, 7, 5), [Segment("story", "Story", story)], [], 120, "plain")
    found = _tradeable(script, {"Dominic Halloran defended the plan on Monday."}, set(), draft_texts(drafts))
    # said short, passed over as the draft writes it; the union's "said this" keeps the claim before it a claim
    assert found == {"Halloran said the new plan would cost far less than the old one.":
                     "Dominic Halloran said the new plan would cost far less than the old one.",
                     "Many people in the town said the plan was unfair to them.":
                     "Many people in the town said the plan was unfair to them."}

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
    # the recap is a summary heard on its own: it names people as the story first did
    assert said(("story", ["Dominic Halloran defended the plan.", "Dominic Halloran said the plan is fair."]),
                ("recap", ["We heard that Dominic Halloran defended the plan."])) == [
        ["Dominic Halloran defended the plan.", "Halloran said the plan is fair."],
        ["We heard that Dominic Halloran defended the plan."]]


def test_the_title_before_a_full_name_stays_with_the_last_name() -> None:
    assert said(("story", ["Ruth Okafor said the clinic is full.",
                           "But Dr. Ruth Okafor said it would stay open.",
                           "Foreign Secretary Dominic Halloran agreed.",
                           "Then Foreign Secretary Dominic Halloran left."])) == [
        ["Ruth Okafor said the clinic is full.", "But Dr. Okafor said it would stay open.",
         "Foreign Secretary Dominic Halloran agreed.", "Then Foreign Secretary Halloran left."]]


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


import pytest  # noqa: E402

from briefing.writers.grade import reading_grade, word_syllables  # noqa: E402


@pytest.mark.parametrize("word, expected", [
    # a vowel pair said apart, an "-le", "-re" or "-led" said as a syllable, a glide that is not one
    ("area", 3), ("ideas", 3), ("various", 3), ("previous", 3), ("created", 3), ("fuel", 2), ("mayor", 2),
    ("centre", 2), ("metres", 2), ("struggled", 2), ("settled", 2), ("called", 1), ("curled", 1),
    ("senior", 2), ("union", 2), ("opinion", 3), ("safety", 2), ("carefully", 3), ("forecast", 2),
    ("household", 2), ("precious", 2), ("religious", 3),
    # everyday words whose spelling misleads
    ("business", 2), ("wednesday", 2), ("several", 2), ("soldiers", 2), ("evening", 2),
])
def test_syllables_of_words_the_spelling_rules_used_to_miss(word: str, expected: int) -> None:
    assert word_syllables(word) == expected


def test_the_grade_of_everyday_news_words_is_close_to_the_evaluation_s() -> None:
    textstat = pytest.importorskip("textstat")
    lines = ["The minister said the old plant will close on Wednesday.",
             "Several soldiers guarded the area around the business park.",
             "The mayor said the previous forecast was wrong about the temperature.",
             "The minister struggled to explain the various ideas to the union."]
    assert abs(reading_grade(lines) - textstat.flesch_kincaid_grade(" ".join(lines))) < 0.1


def test_a_person_quoted_once_in_full_is_named_short_after_that() -> None:
    source = ('"We want a fair price," said Dev Malhotra, chair of the Westford Fans\' Trust. Ticket prices rose.')
    assert short_names(source) == {"Dev Malhotra": "Malhotra"}


def test_no_band_team_or_headline_words_are_taken_for_a_person() -> None:
    source = ("Voters Are Following Carver To Nowhere\n\n"
              "Following Carver, the party lost. Carver said the vote was fair.\n"
              "Copper Lanterns, who have played for 20 years, closed the night. Copper Lanterns said thanks. "
              "Lanterns played on.")
    assert short_names(source) == {}


BODIES = ("Marlbury District Council approved a bus lane. The council met for five hours. "
          "South Korea's Ministry of Trade, Industry and Energy set a plan. "
          "The Securities and Exchange Commission said it would look. "
          "The Department of Forestry and Fire Protection said the fire grew.")


def said_bodies(*lines: str) -> list[str]:
    return said_short_again([Segment("story", "story", list(lines))], BODIES)[0].sentences


def test_a_public_body_named_in_full_once_is_named_by_its_kind_after_that() -> None:
    assert said_bodies("Marlbury District Council approved a bus lane.",
                       "Marlbury District Council said the lane opens in May.",
                       "A leader of the Marlbury District Council's planning group spoke.") == [
        "Marlbury District Council approved a bus lane.", "The council said the lane opens in May.",
        "A leader of the council's planning group spoke."]
    assert said_bodies("South Korea's Ministry of Trade, Industry and Energy set a plan.",
                       "It is the plan of South Korea's Ministry of Trade, Industry and Energy.") == [
        "South Korea's Ministry of Trade, Industry and Energy set a plan.", "It is the plan of the ministry."]


def test_a_body_inside_a_longer_name_is_left_whole() -> None:
    lines = ["The Securities and Exchange Commission said it would look.",
             "The Securities and Exchange Commission said it would look again.",
             "The Department of Forestry and Fire Protection said the fire grew.",
             "The Department of Forestry and Fire Protection said the fire slowed."]
    assert said_bodies(*lines) == lines


def test_two_bodies_of_one_kind_are_each_named_in_full() -> None:
    source = "Marlbury District Council and Kent County Council met. Marlbury District Council voted."
    lines = ["Marlbury District Council voted.", "Marlbury District Council voted again."]
    assert said_short_again([Segment("story", "story", lines)], source)[0].sentences == lines

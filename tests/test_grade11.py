"""Session 9, helper grade11: the recap says the story's opening fact first, and no line that leans on one
before it. All texts are invented."""
from __future__ import annotations

from briefing.models import Article
from briefing.writers.recap import is_statement, recap_segment
from briefing.writers.selection import Draft, Line


def _draft(texts: list[str], groups: list[int] | None = None) -> Draft:
    groups = groups or list(range(len(texts)))
    lines = [Line(t, i, 0, g) for i, (t, g) in enumerate(zip(texts, groups))]
    return Draft(Article("Norvale bank cuts rate", " ".join(texts)), [], lines, set())


RATE = ["The Bank of Norvale cut its main interest rate by a quarter of a point to 3.5% on Thursday morning.",
        "Three members of the committee wanted to keep the rate at 4%.",
        "Experts had been divided before the meeting.",
        "14 had predicted a cut.",
        "Governor Ana Berg was asked whether the bank would cut again in March.",
        "The Norvale crown fell 0.4% against the euro.",
        "Shares in house builders rose on the news."]


def test_the_opening_fact_is_the_first_point_without_its_day_when_too_long_for_we_heard_that() -> None:
    # 20 words: "We heard that" would make 23; its "its" can only mean the bank, the story's first line
    recap = recap_segment([RATE], [_draft(RATE)]).sentences
    assert recap[1] == "We heard that the Bank of Norvale cut its main interest rate by a quarter of a point to 3.5%."
    assert all(s.startswith("We also heard that ") for s in recap[2:])


def test_the_day_is_the_only_when_the_opening_point_leaves_out() -> None:
    from briefing.writers.point_form import without_when
    assert without_when("Norvale Foods said Wednesday that it would close its plant in Bramford.") == \
        "Norvale Foods said it would close its plant in Bramford."
    assert without_when("Democrats won the council for the first time since 1993 last week.") == \
        "Democrats won the council for the first time since 1993."
    assert without_when("The plant will close in March 2025.") == "The plant will close in March 2025."


def test_an_opening_fact_that_fits_keeps_we_heard_that() -> None:
    texts = ["The Bank of Norvale cut its main rate to 3.5% on Thursday."] + RATE[1:]
    recap = recap_segment([texts], [_draft(texts)]).sentences
    assert recap[1] == "We heard that the Bank of Norvale cut its main rate to 3.5% on Thursday."


def test_a_later_line_with_its_is_still_no_point() -> None:
    # only the article's opening line has nothing before it for "its" to lean on
    texts = ["The Bank of Norvale cut its main rate to 3.5% on Thursday morning.",
             "Its governor Ana Berg said more cuts may come.", "The bank raised its forecast for growth in May."]
    recap = recap_segment([texts], [_draft(texts)]).sentences
    assert not any("forecast" in s or "governor" in s for s in recap)


def test_a_bare_count_and_a_question_put_to_someone_are_no_points() -> None:
    recap = recap_segment([RATE], [_draft(RATE)]).sentences
    assert not any("14 had" in s or "was asked" in s for s in recap)
    from briefing.writers.point_sense import not_a_main_point
    assert not_a_main_point("Three had voted against the plan.", "")
    assert not not_a_main_point("Three members had voted against the plan.", "")
    assert not not_a_main_point("2019 was the warmest year on record in Norvale.", "")


def test_counted_subjects_and_lists_of_names_make_statements() -> None:
    assert is_statement("At least 37 people were killed and more than 400 hurt.", set())
    assert is_statement("More than 400 homes lost power on Monday.", set())
    assert is_statement("Estmark, Bralova and Tirsen agreed on Thursday to reopen the strait.",
                        {"Estmark", "Bralova", "Tirsen"})
    assert not is_statement("At the meeting, the council agreed.", set())
    assert not is_statement("Ann Lee, the mayor, said no.", {"Ann", "Lee"})


def test_a_point_whose_reported_words_have_no_verb_is_no_statement() -> None:
    assert not is_statement("Ann Lee said most not having broken any rules.", {"Ann", "Lee"})
    assert is_statement("Lee said people living near the river must leave.", {"Lee"})
    assert is_statement("Lee said closing the plant was hard.", {"Lee"})


def test_a_point_that_compares_with_a_line_before_is_no_main_point() -> None:
    from briefing.writers.point_sense import not_a_main_point
    assert not_a_main_point("The agency has been keeping people far longer.", "")
    assert not not_a_main_point("The agency kept people longer than the law allows.", "")


def test_a_feature_that_opens_with_a_quote_gives_no_opening_point() -> None:
    body = ("\"You will see things no one has seen before,\" says Ann Lee, who runs the Norvale fair.\n\n"
            "The Norvale fair opened on Tuesday with 300 stalls.")
    texts = ["Ann Lee said on Tuesday people will see a great many things at the fair that no one has seen before.",
             "The Norvale fair opened on Tuesday with 300 stalls."]
    lines = [Line(texts[0], 0, 0, 1), Line(texts[1], 1, 0, 2)]
    draft = Draft(Article("Fair opens", body), [], lines, {"Ann", "Lee", "Norvale"})
    recap = recap_segment([texts], [draft]).sentences
    assert not any("Ann Lee said" in s for s in recap)  # without the quote rule: the first point, its day left out


def test_lines_that_lean_on_a_line_before_or_say_what_is_not_known_are_no_points() -> None:
    from briefing.writers.point_sense import not_a_main_point
    from briefing.writers.recap import stands_alone
    assert not stands_alone("Lee said then there was another one, and another.")
    assert not stands_alone("Drivers are asked to avoid the area.")
    assert stands_alone("Drivers are asked to avoid the area around the bridge.")
    assert not_a_main_point("The group's claim could not be checked.", "")
    assert not_a_main_point("The council did not say whether it had paid.", "")
    assert not not_a_main_point("The council did not say it had paid.", "")


def test_a_later_verb_the_lists_do_not_know_keeps_a_reported_point() -> None:
    assert is_statement("Ann Lee said she always finds a way to start scoring.", {"Ann", "Lee"})


def test_a_time_counted_from_a_line_before_is_no_main_point() -> None:
    from briefing.writers.point_sense import not_a_main_point
    assert not_a_main_point("The apology came two days later.", "")
    assert not not_a_main_point("The council said the road will open later.", "")


def test_a_hyphenated_plain_word_that_opens_a_sentence_is_lowered_after_we_heard_that() -> None:
    from briefing.writers.point_case import lower_first_word
    article = "Aid workers said the cold was their worry. Night-time frosts in the hills are getting harder."
    assert lower_first_word("Night-time frosts in the hills are getting harder.", {"Night-time"}, None, None,
                            article) == "night-time frosts in the hills are getting harder."

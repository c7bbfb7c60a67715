"""Session 10, helper grade12: the headlines and the recap, said as plain whole sentences. All texts are invented."""
from __future__ import annotations

from briefing.models import Article
from briefing.writers.headlines import headline_line, headlines_segment, title_after_its_quote, with_its_auxiliary
from briefing.writers.point_case import lower_first_word
from briefing.writers.selection import Draft, Line


def _draft(title: str, texts: list[str], headline: list[str] | None = None) -> Draft:
    lines = [Line(t, i, 0, i) for i, t in enumerate(texts)]
    return Draft(Article(title, "\n\n".join(texts)), headline or [], lines, set())


def test_a_headline_without_its_is_gets_the_is_the_story_says() -> None:
    story = ["The Norvale State attorney general is looking into TarnCo, according to two people who know about the matter.",
             "TarnCo said on Monday that it had been contacted by the office."]
    assert with_its_auxiliary("Norvale State attorney general looking into TarnCo and its founder.", story) == \
        "Norvale State attorney general is looking into TarnCo and its founder."
    # the story says "are": the subject is many
    assert with_its_auxiliary("Police searching for missing boy in Brenna woods.",
                              ["Police are searching for a boy of nine in Brenna woods."]) == \
        "Police are searching for missing boy in Brenna woods."
    # no evidence in the story: the headline is not guessed into a sentence
    assert with_its_auxiliary("Norvale State attorney general looking into TarnCo.", story[1:]) is None


def test_the_headlines_say_the_sentence_with_its_auxiliary() -> None:
    story = ["The Norvale State attorney general is looking into TarnCo, according to two people who know about the matter.",
             "TarnCo confirmed on Monday that it had been contacted by the office of the state attorney general, Ann Berg.",
             "The company is expected to lay off thousands of workers beginning this week."]
    draft = _draft("Norvale State Attorney General investigating TarnCo and founder", story,
                   ["Norvale State attorney general looking into TarnCo and founder."])
    assert headlines_segment([draft]).sentences == [
        "Here is our top story today.", "Norvale State attorney general is looking into TarnCo and founder."]


def test_a_title_that_opens_with_a_quote_gives_its_news_part() -> None:
    texts = ["The manager said more than half of the people it helps are in work.",
             "The food bank gave out more than 40,000 parcels last year, each meant to last a household three days."]
    draft = _draft('"We did not think we would need it": Brenna food bank now helps 900 families a week', texts)
    assert title_after_its_quote(draft) == "Brenna food bank now helps 900 families a week."
    assert headline_line(draft) == ("Brenna food bank now helps 900 families a week.", "headline")


def test_a_role_of_a_place_not_yet_named_does_not_open_the_news() -> None:
    texts = ["The manager said more than half of the people it helps are in work.",
             "The Brenna food bank gave out 40,000 parcels last year."]
    line, kind = headline_line(_draft("Brenna food bank is busier than ever", texts))
    assert line != texts[0]


def test_a_word_of_about_how_many_and_a_role_description_are_lowered() -> None:
    text = "Title\n\nAround 9,000 people were at Linley Park. Local councillor Ann Berg said people deserved answers."
    names = {"Linley", "Park", "Ann", "Berg"}
    said = {"Around", "Local", "people"}
    assert lower_first_word("Around 9,000 people were at Linley Park.", names, said, set(), text) == \
        "around 9,000 people were at Linley Park."
    assert lower_first_word("Local councillor Ann Berg said people deserved answers.", names, said, set(), text) == \
        "local councillor Ann Berg said people deserved answers."
    assert lower_first_word("Local MP Ann Berg said people deserved answers.", names, said, set(), text) == \
        "local MP Ann Berg said people deserved answers."
    # a place before a role is a name: kept
    assert lower_first_word("Brenna runner Ann Berg won.", names, said | {"Brenna"}, set(), text) == \
        "Brenna runner Ann Berg won."


def test_a_note_that_someone_did_not_answer_a_papers_request_is_no_point() -> None:
    from briefing.writers.point_sense import is_reporting_note
    assert is_reporting_note("A rep for Ann Berg did not at once respond to Norvale News' request for comment.")
    assert is_reporting_note("The club did not reply to the Brenna Post's requests for comment.")
    assert not is_reporting_note("Ann Berg did not respond to the new plan.")


def test_a_point_whose_it_points_at_a_line_before_is_no_main_point() -> None:
    from briefing.writers.point_sense import not_a_main_point
    assert not_a_main_point("The data showed it hit 9.5% on Monday.", "")  # "it": the bond of a line before
    assert not_a_main_point("Police say it will stay shut until Friday.", "")  # the road
    assert not_a_main_point("Norvo has fitted it with touch panels.", "")  # the car
    # an "it" that is the speaker, a reported "it", and a "same" said in the line stay points
    assert not not_a_main_point("The council said it would close the road in May.", "")
    assert not not_a_main_point("Ann Berg said it rained for three days.", "")
    assert not not_a_main_point("Ann Berg made it to the final in May.", "")


def test_a_too_that_means_also_is_left_out_of_a_point() -> None:
    from briefing.writers.recap import recap_segment
    texts = ["Norvale councils said on Monday that they are being asked to do too much, too.",
             "The government gave councils 40 million crowns for new parks last year.",
             "Ann Berg said the parks will open in May next year."]
    lines = [Line(t, i, 0, i) for i, t in enumerate(texts)]
    recap = recap_segment([texts], [Draft(Article("Councils ask for help", "\n\n".join(texts)), [], lines, set())])
    assert "We heard that Norvale councils said on Monday that they are being asked to do too much." in recap.sentences


def test_a_name_that_opens_with_a_keeps_its_capital_in_the_recap() -> None:
    text = "Title\n\nA Little More Fit follows the meal plan. The plan works for Brenna Fit and A Little More Fit."
    assert lower_first_word("A Little More Fit follows the meal plan.", {"Little", "More", "Fit", "Brenna"},
                            {"A", "Little"}, set(), text) == "A Little More Fit follows the meal plan."
    assert lower_first_word("A new plan starts in May.", {"May"}, {"A", "new"}, set(), text) == \
        "a new plan starts in May."


def test_a_title_case_verb_and_a_hyphenated_word_are_lowered_by_the_bodys_other_forms() -> None:
    from briefing.writers.titles import sentence_case as _sentence_case
    assert _sentence_case("Norvo Bets on the Future with Launch of Game Service", "Norvo is betting on games.") == \
        "Norvo bets on the future with launch of game service"
    assert _sentence_case("Celvo Pharma Announces Results in Moderate-to-Severe Asthma",
                          "Celvo announced results in adults with moderate-to-severe asthma.") == \
        "Celvo Pharma announces results in moderate-to-severe asthma"
    # a name the body writes inside a sentence keeps its capital ("said Banks"), whatever words look like it
    assert _sentence_case("Tyra Banks Launches New Show", "The banking firm said Banks launched a show.") == \
        "Tyra Banks launches new show"

"""Session 9: the lead's own reading of real scripts (all sentences invented)."""
from __future__ import annotations

from briefing.plain_english import rewrite
from briefing.writers.plain import proper_names


def _rewrite(s: str) -> list[str]:
    return rewrite(s, proper_names(s))


def test_a_day_said_once_goes_in_front_of_the_speaker_not_on_a_line_of_its_own() -> None:
    s = ("Northway Group and Pellam Transport have agreed to combine in a £6.2 billion deal that would create the "
         "largest bus company, with about 31,000 staff, the two companies said on Thursday, although the deal "
         "still needs the approval of regulators.")
    out = _rewrite(s)
    assert out[0] == ("The two companies said on Thursday that Northway Group and Pellam Transport have agreed to "
                      "combine in a £6.2 billion deal.")
    assert not any("said this" in line for line in out)


def test_a_time_before_the_speaker_is_not_an_aside_to_close() -> None:
    from briefing.faithful_cuts import aside_closed
    assert aside_closed("On Thursday, the two companies said the deal was done.") == \
        "On Thursday, the two companies said the deal was done."
    assert aside_closed("Ann Lee, head of sales at Orbit Works said the results were good.") == \
        "Ann Lee, head of sales at Orbit Works, said the results were good."


def test_said_last_week_that_is_a_speech_frame() -> None:
    s = ("The new bridge will open to traffic in early May after three years of building work and delays, the "
         "regional transport authority said last week.")
    assert _rewrite(s) == ["The new bridge will open to traffic in early May after three years of building work "
                           "and delays.", "The regional transport authority said this last week."]


def test_a_firm_named_by_a_plain_word_and_its_trade_keeps_its_whole_name() -> None:
    from briefing.sentences import speaker_again
    assert speaker_again("Western Rail") == "Western Rail"
    assert speaker_again("British Gas") == "British Gas"
    assert speaker_again("Coastline Power") == "Coastline"
    assert speaker_again("Tallis Foods") == "Tallis"


def test_a_title_case_place_with_its_country_is_a_dateline() -> None:
    from briefing.dateline import strip_dateline
    assert strip_dateline("Washington, DC, United States: Getting to the Moon has been done before.") == \
        "Getting to the Moon has been done before."
    assert strip_dateline("Paris, France — The city said on Monday it would ban cars.") == \
        "The city said on Monday it would ban cars."
    assert strip_dateline("Storm Edric: hundreds saved as rivers burst banks.") == \
        "Storm Edric: hundreds saved as rivers burst banks."


def test_a_line_with_a_trailing_off_mark_is_never_said() -> None:
    from briefing.checks import odd_sentences
    assert odd_sentences(["The launch day is Tuesday… sort of."])
    assert not odd_sentences(["The launch day is Tuesday."])


def test_a_time_phrase_after_happened_is_the_news_and_stays_on_its_verb() -> None:
    s = ("Some of the worst smog this year also occurred during Lantern Week, the city's festival of lights, "
         "celebrated by lighting lamps, and often, by setting off fireworks.")
    assert _rewrite(s) == ["Some of the worst smog this year also happened during Lantern Week, celebrated by lighting "
                           "lamps, and often, by setting off fireworks.", "Lantern Week is the city's festival of lights."]
    s = ("The deal was reached late on Thursday after three days of talks in Brennick, the Ostmark capital, hosted by "
         "the foreign minister, Ann Lee.")
    assert _rewrite(s)[1:] == ["This was after three days of talks in Brennick, hosted by the foreign minister, Ann Lee.",
                               "Brennick is the Ostmark capital."]


def test_an_idiom_in_an_opening_while_clause_takes_only_that_clause() -> None:
    s = "While rockets bring to mind images of war, the firms said they wanted to carry tourists."
    assert _rewrite(s) == ["The firms said they wanted to carry tourists."]
    assert _rewrite("The new players add to the mix, the coach said.") == []


def test_an_inverted_as_concession_is_never_said() -> None:
    from briefing.checks import odd_sentences
    assert odd_sentences(["Fun as that might sound in a strange way Ann Lee was not very happy."])
    assert odd_sentences(["Strange as it seems, the river rose again."])
    assert not odd_sentences(["Ann Lee worked as a nurse for ten years."])
    assert not odd_sentences(["Prices rose as the storm hit."])


def test_flash_forward_and_in_his_bones_are_idioms() -> None:
    assert _rewrite("Flash-forward to 2017, when Tom Hart had just found his next project.") == []
    assert _rewrite("Tom Hart knew in his bones that she was perfect for the part.") == []


def test_the_recap_says_a_report_without_its_day() -> None:
    from briefing.writers.recap import without_said_day
    assert without_said_day("The two firms said on Thursday that they have agreed to merge in a large deal.") == \
        "The two firms said they have agreed to merge in a large deal."
    assert without_said_day("The firms met on Thursday.") == "The firms met on Thursday."

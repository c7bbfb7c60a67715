"""Lines found in the lead's own reading of this session's merged scripts (invented sentences)."""
from __future__ import annotations

import re

from briefing.faithful_cuts import inverted_condition_cut
from briefing.plain_english import rewrite
from briefing.vocabulary import idioms


def test_an_inverted_condition_is_never_cut_from_its_claim() -> None:
    # "Should the rain continue." + "The river could burst its banks." told a forecast without its condition
    out = rewrite("Should the rain continue, the river could burst its banks on Friday.", set())
    assert out == ["Should the rain continue, the river could burst its banks on Friday."]
    # "Had you ..." alone is a fragment, and "You would have had proof" alone a regret about nothing
    long = ("Had you contacted the police and gone to an emergency room about the marks on your arm, you would have"
            " had proof about what the woman did to you.")
    assert not any(s.startswith(("Had you", "You would have")) for s in rewrite(long, set()))


def test_inverted_condition_cut_sees_the_condition_kept_or_lost() -> None:
    source = "Were the plan to fail, about 300 workers at the plant would lose their jobs."
    assert inverted_condition_cut(source, "About 300 workers at the plant would lose their jobs.")
    assert inverted_condition_cut(source, "Were the plan to fail.")
    assert not inverted_condition_cut(source, "Were the plan to fail, about 300 workers would lose their jobs.")
    assert not inverted_condition_cut("Were the police told?", "Were the police told?")
    assert not inverted_condition_cut("The river could burst its banks.", "The river could burst its banks.")


def test_idioms_of_advice_columns_are_not_said() -> None:
    pattern = idioms()
    assert pattern.search("You have a right to put your foot down.")
    assert pattern.search("He puts his foot down about money.")
    assert pattern.search("or he will be sitting first-class in the doghouse.")
    assert not pattern.search("She put her foot on the brake.")


def test_a_preposition_as_is_never_told_as_a_claim() -> None:
    # "said she related to him as someone who ..." had become "... said someone who was also raised ...".
    out = rewrite("The nurse said she related to him as someone who was also raised on a farm, and she was impressed"
                  " with his record as the town's first elected mayor.", set())
    assert not any(re.search(r"said (?:someone|the town's first)", s) for s in out)
    assert "The nurse said she related to him as someone who was also raised on a farm." in out
    # a clause after "as" is what was said, and stays
    assert "The bank said higher prices made up for a fall in sales." in rewrite(
        "The bank said profit rose 18% in the first half as higher prices made up for a fall in sales, and it expects"
        " a stable second half.", set())


def test_quote_shapes_that_read_broken_once_reported_are_flagged() -> None:
    from briefing.checks import odd_sentences
    broken = ["Ann Lee said to be in this job, at this time, is wonderful.",
              "Ann Lee said she would add being calm under pressure is critical.",
              "Reports in the past that nobody read, um.",
              "Ann Lee said this is that something she knew coming into the role."]
    assert [s for s, _ in odd_sentences(broken)] == broken
    fine = ["The writer said to wait for a sale if photos matter to you.",
            "Ann Lee said she would add two new routes in May.",
            "Ann Lee said that being calm is critical."]
    assert odd_sentences(fine) == []


def test_a_sites_disclosure_and_sign_off_are_not_news() -> None:
    from briefing.writers.selection import is_furniture
    assert is_furniture("FTC: We use income earning auto affiliate links.")
    assert is_furniture("The writers use income earning auto partner links.")
    assert not is_furniture("The writers use public records to check each claim.")
    assert idioms().search("Stay tuned for more gift guides!")


def test_the_words_pass_keeps_the_lines_of_the_words_it_teaches() -> None:
    # "Arroyo said seeking asylum is not a crime." had been left out to lift the share of common words
    import datetime as dt

    from briefing.models import Script, Segment
    from briefing.writers.ease import carries_the_topic, taught_words
    script = Script("t", "Show", dt.date(2021, 7, 5), [
        Segment("story", "Story", ["Lena Ortiz said seeking asylum is not a crime.",
                                   "Asylum is safety that a country gives to people in danger.",
                                   "Spot gold rose 0.4 percent in thin trade."]),
        Segment("glossary", "Words in this story", ['The first word is "detention".',
                                                    "It means being kept in a place by the police."]),
    ])
    taught = taught_words(script)
    assert {"asylum", "detention"} <= taught
    assert carries_the_topic("Lena Ortiz said seeking asylum is not a crime.", taught)
    assert not carries_the_topic("Spot gold rose 0.4 percent in thin trade.", taught)


def test_he_said_after_a_report_is_the_reporter_not_a_name_inside_the_quote() -> None:
    # '"Heads needed to roll the day Jeffrey Epstein died," he said.' after 'Sasse said ...' had become
    # "Jeffrey Epstein said ..." for the quote's next sentence
    from briefing.quote_turns import attribute_quotes
    out, _ = attribute_quotes(['"The report came the day Tom Reyes resigned," he said.',
                               '"The board needs to give the public some answers."'], "~Marla Oduya")
    assert out[0].endswith("Marla Oduya said.")
    assert "Tom Reyes said" not in " ".join(out)
    from briefing.quote_turns import _named_subject
    assert _named_subject("Oduya said the charges against the two staff members are late.") == "Oduya"
    assert _named_subject("Oduya told Ann Ross the plan was dead.") is None  # two people named


def test_two_words_with_one_meaning_are_not_both_taught() -> None:
    # "stocks" and "shares" were both taught as "parts of a company that people can buy"
    from briefing.writers.word_list import pick_glossary
    story = [["Stocks fell in Asia on Monday as traders sold shares of car makers.",
              "Shares of Rovan Motors fell 4 percent, and stocks in Europe also fell."]]
    meanings = [e.meaning for e in pick_glossary(story)]
    assert len(meanings) == len(set(meanings))

"""Bugs found by reading the fourth hold-out set strictly (tests/fixtures/holdout4, /tmp/team/findings6.md).

Each test states a rule of English with invented sentences: a cut that turns a claim into a fact or stops a list
short is left out (briefing/faithful.py), and lines a listener would hear as broken are flagged
(briefing/checks.odd_sentences), so the writer never says them.
"""
from __future__ import annotations

import pytest

from briefing.checks import odd_sentences
from briefing.faithful import faithful_parts, says_more_than_its_source
from briefing.plain_english import rewrite


def test_the_second_that_clause_of_a_participle_report_stays_a_claim() -> None:
    """ "X denied it, telling the court that A and that B": B is X's claim, never the show's fact."""
    source = ("Mr. Farrow had denied the theft, telling the court during the trial that he had borrowed the van "
              "and that the owner, Mrs. Dale, had given him the keys.")
    parts = ["Mr. Farrow had denied the theft.",
             "Farrow told the court during the trial that he had borrowed the van.",
             "The owner, Mrs. Dale, had given him the keys."]
    assert faithful_parts(source, parts) == parts[:2]
    assert "The owner, Mrs. Dale, had given him the keys." not in rewrite(source, set())


@pytest.mark.parametrize("source, part", [
    # a score line cut after the first set: the set the winner lost
    ("Ana Ruiz came back to beat the top seed Mia Holt 2-6, 6-3, 7-5 in the final at Dorley on Saturday.",
     "Ana Ruiz came back to beat the top seed Mia Holt 2-6."),
    # a list of places cut after its first name, and with it the verb
    ("Bus fares in Kenton, Ashdale and Upper Moor rose by 8% in March, the council said.",
     "Bus fares in Kenton."),
    # two figures that share the noun after the second
    ("Return tickets will be valid on the number 12 and 14 buses run by Moor Coaches.",
     "Return tickets will be valid on the number 12."),
    # a subject cut from its verb after an aside
    ("Pupils with long journeys that start before 7 a.m., such as those in the hill villages, can claim a bus pass.",
     "Pupils with long journeys that start before 7 a.m."),
])
def test_a_part_that_stops_inside_a_list_or_before_its_verb_says_more_than_its_source(source: str,
                                                                                     part: str) -> None:
    assert says_more_than_its_source(source, part)


@pytest.mark.parametrize("source, part", [
    ("Turnout was 48%, up from 36% at the last election.", "Turnout was 48%."),
    ("The club was founded in Leeds, and it moved to York in 1990.", "The club was founded in Leeds."),
    ("Prices rose 4% in May, and wages rose 2%.", "Prices rose 4% in May."),
    # a fronted time told on its own, before a subject of two names
    ("In their last debate on Friday, Ames and Roe argued about taxes.", "This was in their last debate on Friday."),
])
def test_a_whole_clause_before_a_comma_is_no_cut_list(source: str, part: str) -> None:
    assert not says_more_than_its_source(source, part)


@pytest.mark.parametrize("sentence", [
    "Earlier held the main stage with only a piano.",  # "Earlier, the singer Jo Park, who ..., held ..."
    "Later is the young drummer Sam Reyes.",
    "Meanwhile has opened two new shops.",
    "Then the band played for an hour, and although the sound was poor.",  # the main clause was cut off
    "The hall was full, but because the doors opened late.",
    "This be based in Leeds.",  # "which would keep the name and be based in Leeds"
    "The doctors said, and the waiting lists were shorter for those patients.",  # "X, the doctors said, and Y"
    "2024 had been the busiest year and that the new dates would come in spring.",  # "said ... and that ..."
])
def test_broken_lines_are_flagged(sentence: str) -> None:
    assert odd_sentences([sentence]) != []


@pytest.mark.parametrize("sentence", [
    "Earlier reports said the bridge was shut.",
    "Later studies found the same result.",
    "She sang well, and the crowd cheered.",
    "He said the plan was good and that the city would pay for it.",
    "The firm knows the risk and that the rules may change.",
    "He was tired, and that made him angry.",
    "It will be based in Leeds.",
])
def test_whole_lines_are_not_flagged(sentence: str) -> None:
    assert odd_sentences([sentence]) == []


PAGE = """<html><head><title>Rain closes Tarn Road | Dale News</title></head><body><article>{above}
<h1>Rain closes Tarn Road for a week</h1>{deck}
<p>Tarn Road in Bexley was closed on Monday after heavy rain washed away part of the surface near the old mill,
the county council said.</p>
<p>Engineers said repairs would take at least a week and cost about 40,000 pounds, and drivers were told to use
the bypass instead.</p>
<p>The road carries about 6,000 vehicles a day and is the main route to the town's secondary school.</p>
</article></body></html>"""
FIRST = "Tarn Road in Bexley was closed on Monday"


@pytest.mark.parametrize("above", ['<p class="story-kicker">Weather</p>', '<div class="eyebrow">Weather</div>',
                                   "<p>Weather</p>"])  # no class: the headline repeated under it shows it is a label
def test_an_html_page_loses_the_label_above_its_headline_and_the_headline_repeated(above: str) -> None:
    from briefing.clean_html import extract_html

    deck = '<p class="standfirst">Drivers face a long detour after the storm.</p>'
    article = extract_html(PAGE.format(above=above, deck=deck))
    assert article.paragraphs[0] == "Drivers face a long detour after the storm."  # the summary is the article's
    assert article.paragraphs[1].startswith(FIRST)
    assert "Weather" not in article.body and "Rain closes Tarn Road for a week" not in article.body


def test_a_page_without_deck_classes_reaches_the_extractor_as_it_came() -> None:
    from briefing.clean_html import without_decks

    html = PAGE.format(above="", deck="")
    assert without_decks(html) is html


@pytest.mark.parametrize("part", ["They said they shared depots in towns where both run buses and cut office jobs.",
                                  "The council said it opened two clinics."])
def test_a_means_in_a_list_after_by_is_no_act_of_its_own(part: str) -> None:
    """ "expected to save money by buying fuel together, sharing depots and cutting jobs": a plan, not acts done."""
    source = ("The firms said they expected to save £90 million a year, mainly by buying fuel together, sharing depots"
              " in towns where both run buses and cutting office jobs, and the council said it hoped to cut waiting"
              " times by hiring staff, opening two clinics and moving checks online.")
    assert says_more_than_its_source(source, part)


def test_a_participle_of_a_past_act_is_still_told_as_one() -> None:
    source = "Police said the man fled on foot, dropping a bag that held cash."
    assert not says_more_than_its_source(source, "Police said the man dropped a bag that held cash.")


def test_a_when_clause_that_is_the_verbs_object_is_not_cut_off() -> None:
    """ "Sensors that recorded when the doors opened": what they recorded, not when they recorded."""
    source = "The guards wore sensors that recorded when the doors opened and closed."
    assert says_more_than_its_source(source, "The guards wore sensors that recorded.")
    assert not says_more_than_its_source("The bus left when the storm began, and the driver called the depot.",
                                         "The bus left.")


def test_a_retold_time_clause_that_took_the_main_clauses_verb_is_flagged() -> None:
    assert odd_sentences(["This was after the leak was fixed and are not at risk."]) != []
    assert odd_sentences(["This was when the two teams met and were both unbeaten."]) == []

"""grade13: the reading-grade pass and the lines that carry a script's grade. All sentences are invented."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from briefing.models import Script, Segment
from briefing.writers import ease
from briefing.writers.grade import reading_grade
from briefing.writers.plain import Layout

DATE = dt.date(2021, 7, 5)

LEAD = ["The Norvale council opened a new bridge over the river on Monday.", "More than 300 people came to see it open."]
# the hardest line: long words, but the story has nothing to say in its place
HARDEST = "Transport officials said considerable infrastructure expenditure necessitated additional municipal borrowing."
# a hard line whose place a plain line of the same length takes
HARD = "The engineering consultancy recommended comprehensive structural evaluations annually."
PLAIN_IN = "The bridge has two lanes for cars and one lane for bikes and walkers."


def _script(story: list[str]) -> Script:
    return Script("Bridge", "Show", DATE, [Segment("story", "Story: Bridge", story)])


def test_the_grade_pass_makes_the_trade_that_buys_the_most_grade_for_its_room(monkeypatch: pytest.MonkeyPatch) -> None:
    start = LEAD + [HARDEST, HARD, "The old bridge will close next week."]

    def trials(_planner: object, layout: Layout, hardest: str, _script_: object = None) -> list[tuple[Script, Layout]]:
        story = [t for t in start if t != hardest]
        if hardest == HARD:  # its place is taken by a plain line: the length stays
            story.insert(story.index("The old bridge will close next week."), PLAIN_IN)
        return [(_script(story), replace(layout, left_out=layout.left_out | {hardest}))]

    monkeypatch.setattr(ease, "_trials", trials)
    script = _script(start)
    grade = reading_grade(start)
    # the hardest line first: without it the grade falls the most ...
    assert ease._hardest_first(script, [HARDEST, HARD])[0] == HARDEST
    best, no_trade = ease._best_trade(None, script, Layout((200,)), [HARDEST, HARD], grade,  # type: ignore[arg-type]
                                      least=0.0, least_common=0.0)
    assert best is not None and no_trade == set()
    # ... but passing over the other line buys more grade for the room it spends: the story keeps its length
    assert best[3] == HARD and HARD in best[1].left_out and PLAIN_IN in best[0].segments[0].sentences


def test_a_line_no_trade_can_pass_over_is_not_tried_again(monkeypatch: pytest.MonkeyPatch) -> None:
    start = LEAD + [HARDEST, HARD]

    def trials(_planner: object, layout: Layout, hardest: str, _script_: object = None) -> list[tuple[Script, Layout]]:
        return [(_script([t for t in start if t != hardest]), replace(layout, left_out=layout.left_out | {hardest}))]

    monkeypatch.setattr(ease, "_trials", trials)
    script = _script(start)
    # the script may not get shorter: no trade keeps its length
    best, no_trade = ease._best_trade(None, script, Layout((200,)), [HARDEST, HARD], reading_grade(start),  # type: ignore[arg-type]
                                      least=ease.estimated_seconds(script), least_common=0.0)
    assert best is None and no_trade == {HARDEST, HARD}


@pytest.mark.parametrize("sentence, expected", [
    ("This was after she publicly criticised her old label, accusing the firm of stopping her from singing her songs.",
     ["This was after she publicly criticised her old label.",
      "She accused the firm of stopping her from singing her songs."]),
    ("This was after the carmaker cut its full-year sales forecast, pointing to weak demand in Europe.",
     ["This was after the carmaker cut its full-year sales forecast.", "The carmaker pointed to weak demand in Europe."]),
    ("This was when Morvenia put a 15% duty on Ardanian cheese, saying that Ardanian farmers got unfair help.",
     ["This was when Morvenia put a 15% duty on Ardanian cheese.", "Morvenia said that Ardanian farmers got unfair help."]),
    ("The company said this on Tuesday, blaming weak demand for diesel cars.",
     ["The company said this on Tuesday.", "The company blamed weak demand for diesel cars."]),
])
def test_a_phrase_after_a_clause_with_one_doer_is_that_doer_s_act(sentence: str, expected: list[str]) -> None:
    from briefing.participles import _participle

    assert _participle(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # two clauses before the phrase: whose act it is cannot be told
    "This was after the club sacked its coach and the fans protested, saying the board had failed them.",
    # the time clause's subject is a noun phrase said as "It": the phrase stays where it is
    "This was after the price of the new tickets rose sharply, annoying many fans of the club.",
    # a main clause with its own doer before the time word: the coach or the club may accuse
    "The coach left after the club cut his pay, accusing the board of breaking its word.",
    # a speaker's frame with a claim in it: who does the act is the claim's business
    "Reuters said investors welcomed the deal, buying shares in both firms.",
])
def test_a_phrase_whose_doer_is_not_plain_stays_where_it_is(sentence: str) -> None:
    from briefing.participles import _participle

    assert _participle(sentence) == [sentence]


def test_of_two_cuts_that_reach_the_target_the_grade_pass_keeps_more_story(monkeypatch: pytest.MonkeyPatch) -> None:
    # a story that has said all it has: each trade only cuts. Passing over the longest line brings the grade
    # far under the aim, passing over a shorter one brings it just under: grade under the aim buys
    # nothing, so the shorter line goes and the story keeps more of what it says
    longest = HARDEST + " The vote on the loan is due in the spring."
    start = LEAD + [longest, HARD, "The old bridge will close next week."]

    def grade(said: list[str]) -> float:
        return 6.3 - (1.0 if longest not in said else 0.0) - (0.6 if HARD not in said else 0.0)

    def trials(_planner: object, layout: Layout, hardest: str, _script_: object = None) -> list[tuple[Script, Layout]]:
        return [(_script([t for t in start if t != hardest]), replace(layout, left_out=layout.left_out | {hardest}))]

    monkeypatch.setattr(ease, "_trials", trials)
    monkeypatch.setattr(ease, "reading_grade", grade)
    best, _ = ease._best_trade(None, _script(start), Layout((200,)), [longest, HARD], 6.3,  # type: ignore[arg-type]
                               least=0.0, least_common=0.0)
    assert best is not None and best[3] == HARD


def test_a_phrase_with_two_things_joined_by_and_is_not_split_off() -> None:
    # told on its own, the phrase would be cut again at its "and": "Higher costs for batteries." (no verb)
    from briefing.clauses import shorten

    sentence = ("This was after the carmaker cut its sales forecast, pointing to weak demand in Europe and higher costs for"
                " batteries.")
    told = shorten(sentence, set())
    assert all(not t.startswith("Higher") for t in told)

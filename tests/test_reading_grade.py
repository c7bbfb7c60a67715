"""The reading grade the planner steers by: counted as the evaluation (textstat 0.7.8) counts it, and the
grade pass that uses it. All texts are invented."""
from __future__ import annotations

import pytest

import datetime as dt

from briefing import timing
from briefing.writers.grade import reading_grade, sentence_count, word_syllables
from briefing.writers.ease import SHORT_SCRIPT_KEEP, _shortest_allowed
from briefing.writers.recap import story_points

DATE = dt.date(2021, 7, 5)


@pytest.mark.parametrize("word, expected", [
    ("make", 1), ("while", 1), ("table", 2), ("games", 1), ("places", 2), ("planned", 1), ("ended", 2), ("video", 3), ("being", 2), ("playing", 2), ("our", 2), ("fire", 2), ("statement", 2),
    ("something", 2), ("people", 2), ("stadium", 3), ("NHS", 1),
])
def test_syllables_follow_the_spelling_rules_of_english(word: str, expected: int) -> None:
    assert word_syllables(word) == expected


def test_short_pieces_and_abbreviations_are_not_sentences() -> None:
    # as textstat counts: "Goodbye!", "The U." and "S." are too short to be sentences of their own
    assert sentence_count("Goodbye! The U.S. team won the cup on Sunday.") == 1
    assert sentence_count("The bridge opened. More than 300 people came.") == 2


PARAGRAPH = [
    "The council opened a new bridge over the river on Monday.",
    "More than 300 people came to see it open, and the mayor gave a short talk.",
    "The bridge cost 4 million dollars and took two years to build.",
    "Transport officials said the old bridge was too weak for modern buses.",
    "It means a group of people who make decisions for a town.",
]


def test_the_grade_is_close_to_the_evaluation_s() -> None:
    textstat = pytest.importorskip("textstat")
    assert abs(reading_grade(PARAGRAPH) - textstat.flesch_kincaid_grade(" ".join(PARAGRAPH))) < 0.5


def test_the_grade_pass_keeps_a_five_minute_script_clear_of_four_thirty() -> None:
    assert _shortest_allowed(300.0) == timing.MIN_SECONDS + 10.0
    assert _shortest_allowed(timing.MIN_SECONDS + 4) == timing.MIN_SECONDS + 4  # swaps only
    assert _shortest_allowed(200.0) == pytest.approx(SHORT_SCRIPT_KEEP * 200.0)  # nothing more to say
    # just under 4:30: a cut would leave it further short of five minutes, so it may only swap lines too
    assert _shortest_allowed(timing.MIN_SECONDS - 5) == timing.MIN_SECONDS - 5


def test_a_short_plain_fact_is_a_recap_point() -> None:
    story = ["Police arrested six people Monday.", "The arrests followed a long search of two homes in Norvale."]
    assert story_points(story, {"Norvale"}, 2)[0] == "Police arrested six people Monday."


def test_a_hard_line_is_tried_both_refilled_and_simply_left_out() -> None:
    from briefing.models import Article
    from briefing.writers.ease import _trials
    from briefing.writers.plain import Layout, _Planner, draft_article
    from briefing.writers.selection import select_lines

    body = "\n\n".join([
        "The Norvale council opened a new bridge over the river on Monday.",
        "More than 300 people came to see it open.",
        "Transport officials said the considerable infrastructure expenditure necessitated borrowing.",
        "The bridge has two lanes for cars and one for bikes.",
        "The old bridge will close next week.",
    ])
    draft = draft_article(Article("Bridge opens", body))
    planner = _Planner([draft], "Show", DATE, None, 120)
    layout = Layout((200,))
    hard = next(ln.text for ln in select_lines(draft, 200) if ln.text.startswith("Transport officials"))
    (refilled, refill_layout), (cut, cut_layout) = _trials(planner, layout, hard)
    for script in (refilled, cut):
        assert hard not in [s for seg in script.segments for s in seg.sentences]
    assert hard in refill_layout.left_out and hard in cut_layout.left_out
    assert cut_layout.budgets == (200 - len(hard.split()),)  # its room is not handed to the next lines


def test_a_swap_may_let_in_only_lines_plainer_than_the_script() -> None:
    from briefing.models import Article
    from briefing.writers.ease import _harder_unsaid
    from briefing.writers.plain import Layout, _Planner, draft_article

    body = "\n\n".join([
        "The Norvale council opened a new bridge over the river on Monday.",
        "More than 300 people came to see it open.",
        "The bridge has two lanes for cars and one for bikes.",
        "Transport officials said the considerable infrastructure expenditure necessitated municipal borrowing.",
        "The old bridge will close next week.",
    ])
    draft = draft_article(Article("Bridge opens", body))
    planner = _Planner([draft], "Show", DATE, None, 120)
    short = planner.build(Layout((25,)))  # the lead and little more
    harder = _harder_unsaid(planner, short)
    assert any(t.startswith("Transport officials") for t in harder)  # would raise the grade: kept out of a swap
    assert "The old bridge will close next week." not in harder  # plainer than the script: may come in


def test_a_trade_that_keeps_the_length_beats_a_bigger_one_that_spends_the_room() -> None:
    from briefing.writers.ease import _gain_for_room

    assert _gain_for_room(0.1, 0.0) > _gain_for_room(0.3, 25.0)
    assert _gain_for_room(0.1, -5.0) == _gain_for_room(0.1, 0.0)  # a longer script is no gain in itself


def test_under_the_target_the_grade_pass_only_swaps_lines_of_the_same_length() -> None:
    from briefing.writers.ease import GRADE_TARGET, SWAP_TARGET, _least_seconds

    assert SWAP_TARGET < GRADE_TARGET
    assert _least_seconds(GRADE_TARGET + 0.5, 280.0, 300.0) == 280.0  # above the target: may use the room
    assert _least_seconds(GRADE_TARGET - 0.1, 280.0, 300.0) == 300.0  # a margin under it: never shorter


def test_a_script_short_of_common_words_passes_over_a_line_of_uncommon_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.models import Article
    from briefing.writers import ease
    from briefing.writers.ease import _ease_words
    from briefing.writers.plain import Layout, _Planner, draft_article
    from briefing.writers.selection import select_lines

    plain = [f"The {w} team won the cup on Sunday and the fans sang all night in the town." for w in
             ("red", "blue", "green", "old", "new", "young", "home", "away", "first", "last", "best", "big")]
    source = "Transport officials said the considerable infrastructure expenditure necessitated municipal borrowing."
    draft = draft_article(Article("Cup final", "\n\n".join(plain[:2] + [source] + plain[2:4])))
    hard = next(ln.text for ln in draft.lines if ln.text.startswith("Transport"))
    planner = _Planner([draft], "Show", DATE, None, 120)
    layout = Layout((400,))
    script = planner.build(layout)
    said = [s for seg in script.segments for s in seg.sentences]
    assert hard in said and hard in [ln.text for ln in select_lines(draft, 400)]
    # a short test script: a higher bar stands for the 96 % a real script of five minutes falls under
    monkeypatch.setattr(ease, "MIN_COMMON_SHARE", 0.995)
    # floor 0: this short test script may lose the line (a real one never goes under 4:40 for it)
    eased, _ = _ease_words(planner, script, layout, {hard: hard}, 0.0)
    assert hard not in [s for seg in eased.segments for s in seg.sentences]
    assert _ease_words(planner, script, layout, {hard: hard}, 10_000.0)[0] is script  # too short to trade: as it was

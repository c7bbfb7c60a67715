"""The reading grade of every article, not just on average (session 7, helper grade9): the grade pass passes
over hard recap points as it passes over hard story lines, and a story with nothing left to say fills the
room a trade frees with the longer recap, as the plan does. All texts are invented."""
from __future__ import annotations

from dataclasses import replace

from briefing import timing
from briefing.models import Article, Script, Segment
from briefing.script import estimated_seconds
from briefing.writers.ease import _refilled, _tradeable_points
from briefing.writers.plain import Layout, _Planner, draft_article
from briefing.writers.recap import point_key, recap_segment

from .script_fixtures import DATE

BODY = "\n\n".join([
    "The town of Norvale opened a new bridge over the river on Monday.",
    "More than 300 people came to the opening of the bridge.",
    "Engineers anticipate considerable economic opportunities for regional manufacturers.",
    "The bridge cost 12 million dollars.",
    "Mayor Helen Okafor cut a red ribbon at noon.",
    "Children from two schools sang a song for the crowd.",
    "The old bridge was built in 1921.",
    "Trucks will use the new bridge from next week.",
])


def _draft():
    return draft_article(Article("Norvale opens a new bridge", BODY))


def _points(recap: Segment) -> list[str]:
    return recap.sentences[1:]


def test_a_recap_point_and_the_story_line_it_repeats_have_one_key() -> None:
    assert point_key("We also heard that the bridge cost 12 million dollars.") == \
        point_key("The bridge also cost 12 million dollars.") == "the bridge cost 12 million dollars"
    assert point_key("We heard that Mayor Helen Okafor cut a red ribbon at noon.") == \
        point_key("Mayor Helen Okafor cut a red ribbon at noon.")


def test_a_point_left_out_gives_way_to_the_next_point_of_its_story() -> None:
    draft = _draft()
    story = [ln.text for ln in draft.lines]
    before = _points(recap_segment([story], [draft], full=True))
    hard = before[1]
    after = _points(recap_segment([story], [draft], full=True, left_out=frozenset({point_key(hard)})))
    assert hard not in after and point_key(hard) not in {point_key(p) for p in after}
    assert len(after) == len(before)  # another point of the story took its place: the recap keeps its length
    assert all(point_key(p) in {point_key(t) for t in story} for p in after)  # each one a line the story said


def _script(headline: str, recap: list[str]) -> Script:
    segments = [Segment("headlines", "Headlines", [headline]),
                Segment("recap", "Recap", ["Now, here are the main points again."] + recap)]
    return Script("t", "Show", DATE, segments, [], 120, "plain")


def test_the_opening_fact_of_the_recap_stays_unless_the_headlines_said_it_already() -> None:
    recap = ["We heard that engineers anticipate considerable economic opportunities.",
             "We also heard that the bridge cost 12 million dollars."]
    # the headlines said another line: the opening point is the story's main fact, it stays in the recap
    assert _tradeable_points(_script("In our top story today, the town opened a bridge.", recap)) == recap[1:]
    # the headlines said this very line, and the story said it too: a third time weighs three times in the grade
    said_twice = _script("In our top story today, engineers anticipate considerable economic opportunities.", recap)
    assert _tradeable_points(said_twice) == recap


def test_a_trade_that_leaves_a_told_story_short_fills_the_room_with_the_longer_recap() -> None:
    draft = _draft()
    planner = _Planner([draft], "Briefing in Plain English", DATE, None, 120)
    layout = Layout((1000,))
    script, settled = _refilled(planner, layout)
    # eight short lines: the story says all it has and stays short of 4:30, so the recap says its most points
    assert estimated_seconds(script) < timing.MIN_SECONDS
    assert settled.full_recap
    assert estimated_seconds(script) > estimated_seconds(planner.build(replace(settled, full_recap=False)))


def test_a_point_that_leans_on_a_thing_named_before_is_no_recap_point() -> None:
    from briefing.writers.recap import stands_alone

    # "that change", "this is": what the line before named; heard alone in the recap, the listener cannot tell
    assert not stands_alone("Ortega said being able to play a part in that change has been a joy.")
    assert not stands_alone("Lindqvist said the firm does think this is a very good plan.")
    assert stands_alone("Ortega said that this year will be hard.")  # a time counted from today
    assert stands_alone("The writers see risks to the success of this grant.")  # what the story is about
    assert not stands_alone("The writers said none of this means the plan should be dropped.")
    assert stands_alone("The firm said that people want more rooms.")  # "that" opens the clause said


def test_a_line_is_said_without_a_last_detail_phrase_it_is_true_without() -> None:
    from briefing.writers.point_form import without_detail_tail

    assert without_detail_tail("Farmers in Dovely won a court case for the first time since 1998, "
                               "flipping a ruling of the lower court.") == \
        "Farmers in Dovely won a court case for the first time since 1998."
    assert without_detail_tail("Talks between the club and the coach went on over the last few days, "
                               "with talks continuing into Tuesday night.") == \
        "Talks between the club and the coach went on over the last few days."
    kept = [
        "The storm hit the coast of Dovely on Monday, killing 12 people.",  # a count is a main fact
        "The storm hit the coast of Dovely on Monday, killing two fishermen.",
        "The mayor spoke to reporters on Monday, saying he would not resign.",  # "not" changes the meaning
        "Prices in the town rose by 5 percent, according to the agency.",  # a source stays with its claim
        "The new bridge was approved by the council, pending a final vote.",  # a condition
        "In June, the minister, Ana Ruiz, approved the plan, saying it was fair.",  # no one plain clause
        "The group met the mayor, with other leaders.",  # too short without it
    ]
    for sentence in kept:
        assert without_detail_tail(sentence) == sentence, sentence


def test_the_grade_pass_says_a_hard_line_shorter_before_it_passes_over_it() -> None:
    from briefing.writers.ease import _trimmable, draft_texts

    body = "\n\n".join([
        "The town of Dovely opened a new school on Monday.",
        "More than 300 children will study at the school.",
        "The school cost a great deal of money, with builders finishing the work early.",
        "The new building opened on time, with help from Principal Ana Ruiz.",
        "Ruiz said the children were happy.",
        "The old school closed in the summer, with Dovely families sad to see it go.",
    ])
    draft = draft_article(Article("Dovely opens a new school", body))
    planner = _Planner([draft], "Show", DATE, None, 120)
    script = planner.build(Layout((1000,)))
    lead = {ln.text for ln in draft.lines if ln.paragraph < 2}
    found = _trimmable(script, lead, frozenset({"Dovely", "300"}), draft_texts([draft]))
    # "with help from Principal Ana Ruiz": the story names Ruiz again; "with Dovely families": a fact of the lead
    assert found == {"The school cost a great deal of money, with builders finishing the work early.":
                     "The school cost a great deal of money."}
    shorter = planner.build(Layout((1000,), shorter=tuple(found.items())))
    said = [t for seg in shorter.segments if seg.kind == "story" for t in seg.sentences]
    assert "The school cost a great deal of money." in said
    assert not any("builders" in t for t in said)


class _RecapPlanner:
    """Builds a short script of hard story lines whose recap leaves out the points the layout names."""

    story = ["Authorities anticipate considerable economic opportunities for regional manufacturers.",
             "Municipal administrators emphasised infrastructure investment priorities yesterday."]
    points = ["We heard that authorities anticipate considerable economic opportunities for regional manufacturers.",
              "We also heard that municipal administrators emphasised infrastructure investment priorities."]

    def build(self, layout: Layout) -> Script:
        recap = [p for p in self.points if point_key(p) not in layout.recap_left_out]
        segments = [Segment("headlines", "Headlines", ["Here is our top story today."]),
                    Segment("story", "Story", list(self.story)),
                    Segment("recap", "Recap", ["Now, here are the main points again."] + recap)]
        return Script("t", "Show", DATE, segments, [], 120, "plain")


def test_a_short_script_still_over_the_limit_keeps_its_recap_points() -> None:
    from briefing.writers.ease import GRADE_LIMIT, _ease_recap
    from briefing.writers.grade import reading_grade
    from briefing.checks import measured_sentences

    planner = _RecapPlanner()
    layout = Layout((100,))
    script = planner.build(layout)
    assert reading_grade(measured_sentences(script)) > GRADE_LIMIT + 2
    # leaving out the second point lowers the grade a little, but the short script still fails it: no trade
    eased, eased_layout = _ease_recap(planner, script, layout, 0.0, 0.0)  # type: ignore[arg-type]
    assert eased is script and eased_layout is layout

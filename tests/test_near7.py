"""Scripts just short of 4:30: the faithful ways a one-story script reaches the length without padding.
All texts are invented for these tests."""
from __future__ import annotations

from dataclasses import replace

from briefing import timing
from briefing.models import Article
from briefing.script import estimated_seconds
from briefing.writers.plain import draft_article, plan, with_one_more_point
from briefing.writers.recap import MAX_POINTS, recap_segment
from briefing.writers.selection import Draft, Line, same_person_after_tail, select_lines

from .script_fixtures import DATE

# plain statements, each a possible recap point: a story that has more main points than a recap says
BODY = "\n\n".join([
    "The town of Norvale opened a new bridge over the river on Monday.",
    "More than 300 people came to the opening of the bridge.",
    "The bridge cost 12 million dollars.",
    "Mayor Helen Okafor cut a red ribbon at noon.",
    "Children from two schools sang a song for the crowd.",
    "The old bridge was built in 1921.",
    "Trucks will use the new bridge from next week.",
    "The river flooded the old road three times last year.",
    "Buses will cross the bridge every ten minutes.",
    "The work took two years.",
])


def _short_script():
    draft = draft_article(Article("Norvale opens a new bridge", BODY))
    return plan([draft], "Briefing in Plain English", DATE, None, 120), draft


def _recap(script) -> list[str]:
    return next(seg.sentences for seg in script.segments if seg.kind == "recap")


def test_a_short_one_story_script_says_one_more_point_it_heard_in_the_story() -> None:
    script, draft = _short_script()
    assert estimated_seconds(script) < timing.MIN_SECONDS  # ten short lines: the story has said all it can
    points = _recap(script)[1:]
    assert len(points) == MAX_POINTS + 1
    # each point is a line the story said, none is said twice, and the points of the full recap all stay
    story = [t for seg in script.segments if seg.kind == "story" for t in seg.sentences]
    for point in points:
        said = point.split(" heard that ", 1)[1]
        assert any(said[1:] in line for line in story), point
    assert len(set(points)) == len(points)
    full = recap_segment([story], [draft], full=True).sentences
    assert set(full) <= set(_recap(script))


def test_a_script_of_several_stories_or_of_the_length_keeps_its_recap() -> None:
    script, draft = _short_script()
    # with two stories, the recap gives each its one or two points: no extra point is added
    assert with_one_more_point(script, [draft, draft]) is script
    # a script of 4:30 or more keeps its recap as it is
    story = next(seg for seg in script.segments if seg.kind == "story")
    long_enough = replace(script, segments=script.segments + [story] * 3)
    assert estimated_seconds(long_enough) >= timing.MIN_SECONDS
    assert with_one_more_point(long_enough, [draft]) is long_enough


def test_no_extra_point_when_the_story_has_no_other_plain_point() -> None:
    body = "\n\n".join(["The town of Norvale opened a new bridge over the river on Monday.",
                        "More than 300 people came to the opening of the bridge.",
                        "The bridge cost 12 million dollars."])
    draft = draft_article(Article("Norvale opens a new bridge", body))
    script = plan([draft], "Briefing in Plain English", DATE, None, 120)
    assert len(_recap(script)) - 1 <= 3  # three lines, three points at most: nothing is repeated


# --- a "She ..." line after the tail of the sentence before was passed over ------------------------------

def _line(text: str, group: int) -> Line:
    return Line(text, group, 0, group)


def test_she_after_a_left_out_tail_means_the_person_of_its_sentence() -> None:
    lines = [_line("Ann Lee was born in 1950 in Dunmore.", 1),
             _line("Ann Lee was the youngest of four children of a miller and a weaver.", 1),
             _line("She left school at 15 to work for a baker.", 2)]
    draft = Draft(Article("Ann Lee dies at 74", ""), [], lines, {"Ann", "Lee", "Dunmore"})
    assert same_person_after_tail(draft, lines[2], {id(lines[0])})


def test_she_after_a_left_out_line_that_names_someone_new_is_not_said() -> None:
    lines = [_line("Ann Lee was born in 1950 in Dunmore.", 1),
             _line("Her sister Mary Lane later ran the bakery with her.", 1),
             _line("She left school at 15 to work for a baker.", 2)]
    draft = Draft(Article("Ann Lee dies at 74", ""), [], lines, {"Ann", "Lee", "Dunmore", "Mary", "Lane"})
    assert not same_person_after_tail(draft, lines[2], {id(lines[0])})  # "she" may be Mary Lane


def test_she_after_a_whole_left_out_sentence_is_not_said() -> None:
    lines = [_line("Ann Lee was born in 1950 in Dunmore.", 1),
             _line("The town was known for its mills.", 2),
             _line("She left school at 15 to work for a baker.", 3)]
    draft = Draft(Article("Ann Lee dies at 74", ""), [], lines, {"Ann", "Lee", "Dunmore"})
    assert not same_person_after_tail(draft, lines[2], {id(lines[0])})  # another sentence, another subject


def test_the_tail_rule_lets_the_story_say_the_she_line() -> None:
    lines = [_line("Ann Lee was born in 1950 in Dunmore.", 1),
             _line("Ann Lee was the youngest of four children of a miller and a weaver.", 1),
             _line("She left school at 15 to work for a baker.", 2)]
    draft = Draft(Article("Ann Lee dies at 74", ""), [], lines, {"Ann", "Lee", "Dunmore"})
    picked = select_lines(draft, 1000, lambda t: "youngest" in t)  # the tail is passed over
    assert [ln.text for ln in picked] == [lines[0].text, lines[2].text]


def test_a_she_said_line_that_keeps_a_quote_link_word_is_not_let_in() -> None:
    lines = [_line("Ann Lee was born in 1950 in Dunmore.", 1),
             _line("Ann Lee was the youngest of four children of a miller and a weaver.", 1),
             _line("She said but the bakery really moved her.", 2)]
    draft = Draft(Article("Ann Lee dies at 74", ""), [], lines, {"Ann", "Lee", "Dunmore"})
    assert not same_person_after_tail(draft, lines[2], {id(lines[0])})

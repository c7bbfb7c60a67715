"""fit16: scripts short of 4:30 that said all their story can. Every text here is invented for these tests."""
from __future__ import annotations

from dataclasses import replace

from briefing import timing
from briefing.clauses import LONGEST, words
from briefing.models import Article
from briefing.script import estimated_seconds
from briefing.writers.longer_points import LONGER_POINT_WORDS, with_longer_points
from briefing.writers.plain import draft_article, plan
from briefing.writers.recap import FULL_POINT_WORDS

from .script_fixtures import DATE

# a story whose main facts come in sentences of 16 to 18 words: too long for the usual recap point
LONG_POINTS = "\n\n".join([
    "The Harlow Water Board said on Monday that the town's main pipe would be closed for two days.",
    "The board said it expected the work on the old pipe to end before the weekend in Harlow.",
    "About 9,000 homes in the east of the town will have no water during the work.",
    "Board engineer Sam Ruiz said the old pipe had broken six times since the start of the year.",
    "Water trucks will stand at four schools and at the town hall until the work is done.",
    "The board said people should fill bottles and pans with water before the pipe is closed.",
])


def _script(body: str = LONG_POINTS, title: str = "Harlow pipe to close for two days"):
    draft = draft_article(Article(title, body))
    return plan([draft], "Briefing in Plain English", DATE, None, 120), draft


def _recap(script) -> list[str]:
    return next((seg.sentences for seg in script.segments if seg.kind == "recap"), [])


def _story(script) -> list[str]:
    return [t for seg in script.segments if seg.kind == "story" for t in seg.sentences]


def test_a_short_script_repeats_a_main_point_of_sixteen_words_or_more() -> None:
    script, _ = _script()
    assert estimated_seconds(script) < timing.MIN_SECONDS  # six lines: the story has said all it has
    points = [p.split(" heard that ", 1)[1] for p in _recap(script)[1:]]
    # a point too long for the usual recap is repeated now, as the story said it
    longer = [p for p in points[1:] if words(p) > FULL_POINT_WORDS]  # (the opening fact may be longer anyway)
    assert longer, points
    story = _story(script)
    for point in points:
        assert any(point[1:] in line for line in story), point


def test_every_recap_sentence_stays_within_the_sentence_limit() -> None:
    script, _ = _script()
    for sentence in _recap(script):
        assert words(sentence) <= LONGEST, sentence
    assert LONGER_POINT_WORDS + len("We also heard that".split()) <= LONGEST


def test_the_longer_recap_keeps_every_point_said_before() -> None:
    script, draft = _script()
    recap = _recap(script)
    # without the longer points (the recap the plan gave) every point is still there, and more
    shorter = replace(script, segments=[seg if seg.kind != "recap" else replace(seg, sentences=recap[:2])
                                        for seg in script.segments])
    longer = with_longer_points(shorter, [draft])
    assert set(recap[:2]) <= set(_recap(longer))


def test_a_script_of_the_length_keeps_its_recap() -> None:
    script, draft = _script()
    story = next(seg for seg in script.segments if seg.kind == "story")
    long_enough = replace(script, segments=script.segments + [story] * 3)
    assert estimated_seconds(long_enough) >= timing.MIN_SECONDS
    assert with_longer_points(long_enough, [draft]) is long_enough


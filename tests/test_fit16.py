"""fit16: scripts short of 4:30 that said all their story can. Every text here is invented for these tests."""
from __future__ import annotations

from dataclasses import replace

from briefing import timing
from briefing.clauses import LONGEST, words
from briefing.models import Article
from briefing.script import estimated_seconds
from briefing.spoken_idioms import figures_plainly
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


# --- "wiped <amount> off": a sum taken off a value -------------------------------------------------------------

def test_an_amount_wiped_off_a_value_is_taken_off_it() -> None:
    assert figures_plainly("The fall wiped about £240 million off the firm's value.") == \
        "The fall took about £240 million off the firm's value."
    assert figures_plainly("The news wipes 4% off the index.") == "The news takes 4% off the index."
    assert figures_plainly("This wiped $3.2 billion off the company.") == "This took $3.2 billion off the company."


def test_a_wiping_clause_is_cut_first_then_said_with_took() -> None:
    # ", wiping ..." is an event's result ("This wiped ..."); as ", taking ..." the cut would not know it
    lines = draft_article(Article("Shares in Ostra fall", "\n\n".join([
        "Shares in Ostra fell 9% on Tuesday after a report said its phones sent data abroad.",
        "The shares fell after the report was published, wiping about $3.2 billion off the firm's value."]))).lines
    texts = [ln.text for ln in lines]
    assert any(t.startswith("This took about $3.2 billion off ") for t in texts), texts


def test_wiping_without_a_sum_keeps_its_verb() -> None:
    for sentence in ("She wiped the mud off her boots.", "The storm wiped out the crops.",
                     "He wiped 3 plates and put them away."):
        assert figures_plainly(sentence) == sentence


# --- "lowered its forecast": a figure someone gives is cut ------------------------------------------------------

def test_a_lowered_forecast_or_rating_is_cut() -> None:
    assert figures_plainly("The miner lowered its production forecast in May.") == \
        "The miner cut its production forecast in May."
    assert figures_plainly("Fitch lowered the town's credit rating.") == "Fitch cut the town's credit rating."
    assert figures_plainly("The bank is lowering its main rate.") == "The bank is cutting its main rate."


def test_lowering_a_thing_or_a_bar_keeps_its_verb() -> None:
    for sentence in ("She lowered her voice.", "The crane lowered the boat into the water.",
                     "They lowered the bar for prices.", "The forecast was lowered.", "Lower prices helped."):
        assert figures_plainly(sentence) == sentence



def test_scrap_after_a_modal_or_to_is_dropped_but_scrap_metal_stays() -> None:
    from briefing.plain_english import rewrite
    assert rewrite("The corporation said it would scrap daily passes.", set()) == \
        ["The corporation said it would drop daily passes."]
    assert rewrite("The council voted to scrap the fines.", set()) == ["The council voted to drop the fines."]
    assert rewrite("He sold the car for scrap metal.", set()) == ["He sold the car for scrap metal."]

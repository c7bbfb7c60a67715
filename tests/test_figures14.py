"""figures14: the easing passes' floor and opening facts, "welcomed" under "said", two acts after "was <adjective>".
All sentences are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from briefing import timing
from briefing.models import Article, Script, Segment
from briefing.writers import ease
from briefing.writers.grade import reading_grade
from briefing.writers.lead_kept import OpeningKept, opening_facts
from briefing.writers.selection import Draft

DATE = dt.date(2021, 7, 5)


# --- the easing passes keep the opening's names and numbers ------------------------------------------------

OPENING = ("Dalmere Foods named Priya Castorell as its new chief executive on Monday.\n\n"
           "Castorell, 52, will lead the firm's 4,000 workers from March.\n\n"
           "The company makes bread and cakes in three towns.")


def _draft() -> Draft:
    return Draft(Article("New boss", OPENING), [], [])


def _script(story: list[str]) -> Script:
    return Script("New boss", "Show", DATE, [Segment("story", "Story: New boss", story)])


def test_the_opening_facts_are_the_names_and_numbers_of_the_first_two_paragraphs() -> None:
    assert opening_facts([_draft()]) == {"Foods", "Priya", "Castorell", "Monday", "52", "4000", "March"}


def test_a_trade_that_loses_an_opening_fact_the_script_said_is_refused() -> None:
    kept = OpeningKept([_draft()])
    before = _script(["Dalmere Foods named Priya Castorell as its new chief executive on Monday.",
                      "Castorell will lead the firm's 4,000 workers from March.", "The company makes bread."])
    lost_workers = _script(["Dalmere Foods named Priya Castorell as its new chief executive on Monday.",
                            "The company makes bread.", "It makes cakes too."])
    assert not kept(lost_workers, before)
    lost_detail = _script(["Dalmere Foods named Priya Castorell as its new chief executive on Monday.",
                           "Castorell will lead the firm's 4,000 workers from March."])
    assert kept(lost_detail, before)
    # a fact the script never said is not the trade's loss
    assert kept(before, _script(["Dalmere Foods named Priya Castorell as its new chief executive on Monday."]))


def test_the_grade_pass_may_trade_a_failing_script_of_five_minutes_down_to_4_35() -> None:
    # the floor stays 4:40 ...
    assert ease._shortest_allowed(300.0) == timing.MIN_SECONDS + ease.GRADE_ROOM_SECONDS == 280.0
    # ... and is 4:35 for the second try of a script the pass left over the grade limit
    assert ease._shortest_allowed(300.0, room=ease.TRADE_ROOM_SECONDS) == 275.0
    assert ease._shortest_allowed(276.0, room=ease.TRADE_ROOM_SECONDS) == 275.0
    assert ease._shortest_allowed(272.0, room=ease.TRADE_ROOM_SECONDS) == 272.0  # under it: swaps only


def _said(story: list[str]) -> Script:
    return Script("Test", "Show", DATE, [Segment("story", "Story: Test", story)])


HARD_LINES = ["Municipal representatives characterised the infrastructure expenditure as considerable.",
              "Environmental organisations questioned the administration's justification."]
PLAIN_LINES = ["The town will fix the road.", "It will cost a lot.", "Work starts in May."]


@pytest.mark.parametrize("closer_story, kept_room", [(PLAIN_LINES, ease.TRADE_ROOM_SECONDS),
                                                     (HARD_LINES[:1], ease.GRADE_ROOM_SECONDS)])
def test_the_closer_floor_is_kept_only_when_it_brings_the_script_under_the_limit(
        monkeypatch: pytest.MonkeyPatch, closer_story: list[str], kept_room: float) -> None:
    hard = _said(HARD_LINES)
    closer = _said(closer_story)
    assert reading_grade(HARD_LINES) > ease.GRADE_LIMIT

    def eased(_planner: object, script: Script, layout: object, _drafts: object, may_cut: bool = True,
              keep: float = 0.0, room: float = ease.GRADE_ROOM_SECONDS) -> tuple[Script, object]:
        return (closer if room == ease.TRADE_ROOM_SECONDS else hard), room

    monkeypatch.setattr(ease, "_ease_grade", eased)
    monkeypatch.setattr(ease, "estimated_seconds", lambda _script: 300.0)
    _, room = ease.ease_grade(object(), hard, object(), [])  # type: ignore[arg-type]
    assert room == kept_room


# --- "welcomed" under "said": the feeling, not a second report ---------------------------------------------

def _plain(sentence: str) -> list[str]:
    from briefing.plain_english import rewrite
    from briefing.writers.plain import proper_names

    return rewrite(sentence, proper_names(sentence))


@pytest.mark.parametrize("sentence, said", [
    ("Eastline said it welcomed the plan.", "Eastline said it was happy with the plan."),
    ("The mayor said she welcomed the agreement.", "The mayor said she was happy with the agreement."),
    ("Farmers said they welcomed the decision.", "Farmers said they were happy with the decision."),
    ("The minister said that he welcomed the move.", "The minister said that he was happy with the move."),
])
def test_a_welcome_right_after_said_and_a_pronoun_is_told_as_the_feeling(sentence: str, said: str) -> None:
    assert _plain(sentence) == [said]


def test_a_welcome_told_by_itself_is_still_praise_and_a_said_praise_stays() -> None:
    assert _plain("Cheese makers welcomed the decision.") == ["Cheese makers praised the decision."]
    # the article's own "praised" is no swap: it stays as written
    assert _plain("The coach said she praised the players after the match.") == \
        ["The coach said she praised the players after the match."]
    # a welcome that is not praise stays a welcome wherever it is
    assert "happy" not in " ".join(_plain("The mayor said she welcomed 300 visitors to the fair."))


def test_a_welcome_followed_by_a_second_act_keeps_both_acts() -> None:
    # "was happy with" before "and praised" would leave "praised" without its "she": the old swap stays there
    assert _plain("The minister said she welcomed the agreement and praised both sides for returning to talks.") == \
        ["The minister said she praised the agreement.", "The minister said she praised both sides for returning to talks."]


# --- "was <adjective> ... and <verb>ed": two acts, not a passive pair -----------------------------------------

def test_a_second_act_after_an_adjective_is_not_read_as_a_passive_participle() -> None:
    assert _plain("The pupils were happy with the new rules and asked for more time to play in the park.") == \
        ["The pupils were happy with the new rules.", "The pupils asked for more time to play in the park."]
    said = _plain("Transport minister Ada Pell said she was happy with the agreement and praised both sides for talking.")
    assert said[-1] == "Pell said she praised both sides for talking.", said


def test_a_passive_pair_still_keeps_its_helper() -> None:
    # "was taken ... and treated": the second participle is passive too, never "The driver treated ..."
    assert not any(s.startswith("The driver treated") or s.startswith("He treated")
                   for s in _plain("The driver was taken to hospital and treated for minor injuries after the crash."))


def test_a_second_act_after_a_verb_going_on_is_not_cut_off_on_its_own() -> None:
    # "said they were treating ... and appealed": the hospitals appealed, or said they did; "They said they appealed"
    # on its own would pick one reading and lean on the line before: the second act is left out, as before
    lines = _plain("Hospitals in Varna said they were treating 40 people with burns and appealed for blood donors.")
    assert not any(ln.startswith("They said they appealed") for ln in lines), lines

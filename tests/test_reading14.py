"""Session 14's own reading fixes, each with invented sentences (the lead's tests; helpers have their own files)."""

from __future__ import annotations

import pytest

from briefing.models import Article
from briefing.writers.recap import is_statement, recap_segment
from briefing.writers.selection import Draft, Line


def _draft(texts: list[str]) -> Draft:
    lines = [Line(t, i, 0, i) for i, t in enumerate(texts)]
    return Draft(Article("Test story", " ".join(texts)), [], lines, set())


# --- the recap's opening fact (writers/recap.py) -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Actor Jordan Vance and singer Kira Solis are separating.",   # it was no statement: "and" ended the subject
    "Mark Bell and Keisha Bell were taken to hospital.",
    "Ann Lee, Bo Ray and Cy Hart agreed to go.",
])
def test_a_pair_of_names_is_one_subject(sentence: str) -> None:
    assert is_statement(sentence, set())


def test_a_story_that_opens_on_a_pair_of_names_has_its_opening_as_the_first_point() -> None:
    # it was "We heard that Solis is a three-time Grammy winner.": the news itself was never repeated
    texts = ["Actor Jordan Vance and singer Kira Solis are separating.",
             "The couple met in 2016 on the set of a crime drama.",
             "Solis is a three-time Grammy winner.",
             "The pair married two years later.",
             "Neither Vance nor Solis has spoken in public since."]
    recap = recap_segment([texts], [_draft(texts)]).sentences
    # ("Actor" keeps its capital: an article that never writes it in lower case may use it as a title)
    assert recap[1].lower() == "we heard that actor jordan vance and singer kira solis are separating."


OPENING = "A 27-year-old man has been found not guilty of murder but guilty of manslaughter over the death of a delivery driver."


def test_an_opening_fact_too_long_for_we_heard_that_is_said_as_the_story_said_it() -> None:
    # 21 words with no day to leave out: it was passed over, and the recap began on a minor line
    texts = [OPENING, "The jury took 11 hours to reach its verdicts.", "Several of his family cried in court.",
             "The man told the court he had been scared.", "He will be sentenced in March."]
    recap = recap_segment([texts], [_draft(texts)]).sentences
    assert recap[1] == OPENING
    assert all(s.startswith("We also heard that ") for s in recap[2:])

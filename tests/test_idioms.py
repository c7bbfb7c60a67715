"""Idioms a learner would hear as facts: a sentence with one is left out; the same words used literally stay.
Invented sentences, invented names."""
from __future__ import annotations

import pytest

from briefing.plain_english import rewrite


@pytest.mark.parametrize("sentence", [
    "The premier has kept her own counsel on the vote.",
    "The maker's claim of two days of battery life is not a fairy tale.",
    "Her win in the final felt like a fairy tale come true.",
    "Scrolling on the new phone feels smooth as butter.",
    "The floods were a wake-up call for the town council.",
    "The firm had to go back to the drawing board with its new car.",
    "The rise in fuel prices and rents is a double whammy for farmers.",
    "The team stayed in the league by the skin of their teeth.",
])
def test_a_common_news_idiom_leaves_the_sentence_out(sentence: str) -> None:
    assert rewrite(sentence, set()) == []


@pytest.mark.parametrize("sentence", [
    "The children read a fairy tale about a fox.",
    "The new road is as smooth as the old one.",
    "The council will keep its own office in the town hall.",
])
def test_the_same_words_said_literally_stay(sentence: str) -> None:
    assert rewrite(sentence, set()) == [sentence]


def test_an_idiom_in_a_last_clause_goes_with_that_clause() -> None:
    assert rewrite("The new screen can refresh 120 times a second, so scrolling feels smooth as butter.", set()) == [
        "The new screen can refresh 120 times a second."]
    assert rewrite("Fuel prices rose by 8% in May, and the rise is a double whammy for farmers.", set()) == [
        "Fuel prices rose by 8% in May."]
    # a "but" half may limit the first half: the whole sentence is left out
    assert rewrite("Prices rose by 4%, but the firm is now in hot water.", set()) == []

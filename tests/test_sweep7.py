"""Lines a listener would hear as broken or as page furniture (sweep 7): each class with invented sentences."""
from __future__ import annotations

import pytest

from briefing.checks import odd_sentences
from briefing.writers.selection import is_furniture

FURNITURE_LINES = [
    "With Daily Star wires.",
    "With wire services.",
    "Globe Radio Flash top sports headlines for March 3.",
    "Globe Radio Flash top sports and weather headlines for March 3 are here.",
    "We will update this story as more information becomes available.",
    "They will update this article if more information becomes available.",
    "This article has been updated to correct the name of the school.",
    "This is a developing story.",
    "Visit the Harbour Times home page for more stories.",
    "Pro tip: Learn more about how our shakes can help your workouts.",
    "Learn more about our plans for members.",
    "Here's what she had to say.",
    "Marketsnow.com advises users to check with certified experts.",
    "This week's Garden Podcast is sponsored by Green Tools Ltd.",
    "The Morning Brief newsletter is produced daily by our team in Leeds.",
]

NEWS_LINES = [
    "With the bridge closed, drivers took the long road.",
    "The wires came down in the storm on Tuesday.",
    "The strike made the top headlines across the country.",
    "The council will update the plan next year.",
    "Visitors to the museum waited for two hours.",
    "The mayor said she had nothing to say about the vote.",
    "The show was produced by a small studio in Ohio.",
    "Here is what the new law changes for renters.",
    "The bank advises customers to keep their cards safe.",
]


@pytest.mark.parametrize("line", FURNITURE_LINES)
def test_page_furniture_is_never_said(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", NEWS_LINES)
def test_news_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


BROKEN = [
    # a retold time clause whose "-ing" word lost the person doing it
    ("Lee also said this was after finding cash and a knife in his bag.", "an '-ing' word after 'this was' with nobody doing it"),
    ("This was after stopping her van near Mill Road.", "an '-ing' word after 'this was' with nobody doing it"),
    ("This was before being moved to a prison in Leeds.", "an '-ing' word after 'this was' with nobody doing it"),
    # a comma splice left from a quote
    ("Ana Ortiz said they will close the roads, there will be long queues.", "two clauses joined by a comma"),
    ("She said she could not sleep, she could not have worked.", "two clauses joined by a comma"),
]

GOOD = [
    "This was after the meeting on Monday.",
    "This was before the morning rush.",
    "This was during training on Friday.",
    "Lee said this was after officers found cash in his bag.",
    "He said if people build on wet ground, they will have problems.",
    "Ortiz said they will close the roads, and there will be long queues.",
    "In the city, there are 40 new schools.",
    "She said that when the rain came, it was too late.",
]


@pytest.mark.parametrize(("sentence", "reason"), BROKEN)
def test_broken_lines_are_flagged(sentence: str, reason: str) -> None:
    assert odd_sentences([sentence]) == [(sentence, reason)]


@pytest.mark.parametrize("sentence", GOOD)
def test_good_lines_are_not_flagged(sentence: str) -> None:
    assert odd_sentences([sentence]) == []


BROKEN_2 = [
    ("Ruiz said Being mayor takes a lot of time.", "capital after said"),
    ("Kim said Targeting young voters is the key.", "capital after said"),
    ("The bill was read by the Clerk of the House, Rt.", "a title cut from its name"),
    ("The senators moved that the House rise. #TodayInSenate.", "the page, not the news"),
    ("All the deals are below in our Lunch Break.", "the page, not the news"),
    ("Just like the above-displayed tweets.", "the page, not the news"),
    ("For the full budget, see this page.", "the page, not the news"),
    ("Includes a two-year warranty with every order.", "the page, not the news"),
    ("2019.05.01 ~ 2019.06.30 Tue — Sun 7PM.", "the page, not the news"),
    ("The plan may well have expand ed to the north.", "half of a word"),
    ("Oil prices fell on Monday on concerns.", "cut before what it was about"),
    ("The next thing he knew.", "cut before what it was about"),
    ("The sudden exit came.", "cut before what it was about"),
    ("Team captain Ana Ruiz went.", "cut before what it was about"),
    ("30 minutes before bed.", "no verb"),
    ("This is paid with taxed money, and withdraw your savings at any time.", "a command joined to a statement"),
]

GOOD_2 = [
    "Ruiz said Beijing would send help.",
    "Kim said Reading had won the match.",
    "Tom Okafor said the council asked him to stay.",
    "Ann Lee said Tom Lee was her brother.",
    "Lt. Ana Ruiz said the road was closed.",
    "The numbers went over expectations.",
    "Prices rose on hopes of a deal.",
    "The time has come.",
    "The storm came and went.",
    "She went to bed early.",
    "The chart shows sales rising above the target.",
    "It was a hard year, and all your savings are gone.",
    "This is a simple plan, and it helps your family.",
]


@pytest.mark.parametrize(("sentence", "reason"), BROKEN_2)
def test_more_broken_lines_are_flagged(sentence: str, reason: str) -> None:
    assert odd_sentences([sentence]) == [(sentence, reason)]


@pytest.mark.parametrize("sentence", GOOD_2)
def test_more_good_lines_are_not_flagged(sentence: str) -> None:
    assert odd_sentences([sentence]) == []


@pytest.mark.parametrize("line", ["About this rating.", "For full details on the grant, see this page."])
def test_more_furniture(line: str) -> None:
    assert is_furniture(line)

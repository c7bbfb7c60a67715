"""The writer-engine contract and the parts of the learner format every writer shares."""
from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod

from .. import timing
from ..config import Settings
from ..models import Article, Script, Segment

ORDINALS = [
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth",
    "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
    "thirty-first",
]


class ScriptWriter(ABC):
    """A script writer engine. Subclasses set `name` and are listed in briefing.writers.WRITERS."""

    name: str = ""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @abstractmethod
    def write(self, articles: list[Article], *, date: dt.date, title: str | None = None) -> Script:
        """The whole script, welcome to goodbye."""


def spoken_date(date: dt.date) -> str:
    """'Monday, the fifth of July': easier to hear than '5/7' and the same in every English."""
    return f"{date:%A}, the {ORDINALS[date.day]} of {date:%B}"


def intro_segment(show: str, date: dt.date) -> Segment:
    return Segment("intro", "Welcome", [
        f"Hello, and welcome to {show}.",
        f"Today is {spoken_date(date)}.",
        "Here is the news in slow and simple English.",
        "First, you will hear the news.",
        "Then, you will learn some words from the news.",
        "At the end, we will tell you the main points again.",
    ])


def outro_segment(show: str) -> Segment:
    return Segment("outro", "Goodbye", [
        f"That is the end of {show} for today.",
        "Thank you for listening.",
        "Listen again tomorrow for more news in plain English.",
        "Goodbye!",
    ])


def estimated_seconds(script: Script) -> float:
    """Planned length, as the audio stage will lay it out: each segment at the script's pace, the jingles
    with their gaps, and the extra length of a chime between two stories.

    The speech stage fits a segment's sentences, its pauses and the section pause after it into
    words / wpm (speech._budget), so section pauses are inside that time; only a chime, longer than a
    section pause, adds to it."""
    wpm = script.wpm or timing.DEFAULT_WPM
    total = timing.INTRO_JINGLE + timing.OUTRO_JINGLE + 2 * timing.JINGLE_GAP
    previous = None
    for seg in script.segments:
        total += seg.words / wpm * 60.0
        if previous is not None and previous.kind == "story" and seg.kind == "story":
            total += timing.STORY_CHIME - timing.SECTION_PAUSE
        previous = seg
    return total

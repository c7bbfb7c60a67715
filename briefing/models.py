"""The dataclasses passed between stages: Article -> Script -> SpokenScript -> Episode."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

SEGMENT_KINDS = ("intro", "headlines", "story", "glossary", "recap", "outro")


@dataclass
class Article:
    """One news story as the cleaner kept it: the title and body only, no page furniture.

    body holds paragraphs separated by one blank line.
    """

    title: str
    body: str
    url: str | None = None
    published: dt.datetime | None = None
    byline: str | None = None
    source: str = ""  # what the user passed: a path, a URL or "-"

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.split("\n\n") if p.strip()]


@dataclass
class Segment:
    """One part of the spoken script; each becomes one chapter."""

    kind: str  # one of SEGMENT_KINDS
    title: str  # chapter title, e.g. "Story: Afghan soldiers cross into Tajikistan"
    sentences: list[str]  # each sentence is spoken, captioned and timed on its own

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    @property
    def words(self) -> int:
        return sum(len(s.split()) for s in self.sentences)


@dataclass
class Script:
    """What the listener hears, in order, before any audio exists."""

    title: str  # episode title
    show: str
    date: dt.date
    segments: list[Segment]
    articles: list[Article] = field(default_factory=list)
    wpm: int = 120  # planned speaking pace
    writer: str = "plain"  # name of the writer engine that produced it

    @property
    def words(self) -> int:
        return sum(seg.words for seg in self.segments)

    @property
    def text(self) -> str:
        return "\n\n".join(seg.text for seg in self.segments)


@dataclass
class Clip:
    """One synthesised sentence: mono float32 samples in [-1, 1]."""

    text: str  # the written sentence (captions show this, not the normalised spoken form)
    samples: np.ndarray
    sample_rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.sample_rate


@dataclass
class SpokenSegment:
    """A script segment with one clip per sentence, in order."""

    segment: Segment
    clips: list[Clip]


@dataclass
class Cue:
    """One spoken sentence placed on the final episode timeline (seconds)."""

    start: float
    end: float
    text: str


@dataclass
class Chapter:
    start: float
    end: float
    title: str
    kind: str


@dataclass
class EpisodeAudio:
    """The audio stage's result: a finished MP3 and where each sentence and segment landed in it."""

    path: Path
    duration: float  # seconds, measured on the encoded file
    cues: list[Cue]
    chapters: list[Chapter]


@dataclass
class Episode:
    """A published episode: the files on disk and what the feed says about them."""

    guid: str
    date: dt.date
    slug: str
    title: str
    description: str
    mp3: Path
    duration: float
    size: int  # bytes of the final (tagged) MP3
    transcript_vtt: Path
    transcript_srt: Path
    transcript_txt: Path
    chapters_json: Path
    script_hash: str
    sources: list[str] = field(default_factory=list)
    published: dt.datetime | None = None  # pubDate, timezone-aware
    number: int | None = None  # itunes:episode

    @property
    def stem(self) -> str:
        return f"{self.date.isoformat()}-{self.slug}"

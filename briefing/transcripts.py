"""Side files that podcast apps show beside the audio: WebVTT and SRT captions, a plain transcript, JSON chapters.

Captions come from the audio stage's cues (one per spoken sentence, timed on the final MP3), so they
follow the real speech rather than an estimate. A sentence too long for one caption (two lines of
about 42 characters, the usual subtitle limit) becomes several cues that share its time in proportion
to their length. Chapters follow the Podcasting 2.0 JSON chapters format, version 1.2.0:
https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/examples/chapters/jsonChapters.md
"""
from __future__ import annotations

import json
import math
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import FeedError
from .models import Chapter, Cue, EpisodeAudio, Script

LINE_WIDTH = 42  # characters per caption line
MAX_LINES = 2  # lines per caption cue
TEXT_WIDTH = 78  # plain transcript paragraphs
CHAPTERS_VERSION = "1.2.0"

# Segments that read best one sentence per line in the plain transcript (a list, not prose).
LIST_KINDS = ("headlines", "glossary")
DEFAULT_HEADINGS = {
    "intro": "Welcome",
    "headlines": "The headlines",
    "story": "The story",
    "glossary": "Words in this story",
    "recap": "In short",
    "outro": "Goodbye",
}


@dataclass
class TranscriptFiles:
    vtt: Path
    srt: Path
    txt: Path
    chapters: Path


@dataclass
class Caption:
    """One cue as shown on screen: at most MAX_LINES lines."""

    start: float
    end: float
    lines: list[str]


# --- captions -------------------------------------------------------------------------------------


def captions(cues: list[Cue], width: int = LINE_WIDTH, max_lines: int = MAX_LINES) -> list[Caption]:
    """Sentence cues -> on-screen captions: long sentences split, lines wrapped at word boundaries."""
    out: list[Caption] = []
    cues = sorted(cues, key=lambda c: c.start)
    for i, cue in enumerate(cues):
        text = " ".join(cue.text.split())
        if not text:
            continue
        end = cue.end
        # A cue may not run into the next one: players would show both at once.
        if i + 1 < len(cues) and cues[i + 1].start < end:
            end = max(cue.start, cues[i + 1].start)
        chunks = split_sentence(text, width, max_lines)
        total = sum(len(" ".join(lines)) for lines in chunks)
        done = 0
        for lines in chunks:
            size = len(" ".join(lines))
            start_t = cue.start + (end - cue.start) * done / total
            done += size
            end_t = cue.start + (end - cue.start) * done / total
            out.append(Caption(start_t, end_t, lines))
    return out


def split_sentence(text: str, width: int = LINE_WIDTH, max_lines: int = MAX_LINES) -> list[list[str]]:
    """One sentence -> one or more cues, each a list of at most max_lines lines of about width chars."""
    lines = wrap_lines(text, width)
    if len(lines) <= max_lines:
        return [lines]
    words = text.split()
    parts = math.ceil(len(lines) / max_lines)
    while parts < len(words):
        # A cut after a comma reads best; if that makes a piece too long, cut for balance alone.
        for punctuation in (True, False):
            chunks = [wrap_lines(chunk, width) for chunk in _split_words(words, parts, punctuation)]
            if all(len(c) <= max_lines for c in chunks):
                return chunks
        parts += 1
    # Only words longer than a line (a URL, say) get here: one word a cue, never cut inside a word.
    return [[w] for w in words]


def wrap_lines(text: str, width: int = LINE_WIDTH) -> list[str]:
    """Wrap at word boundaries; two lines are balanced so the second is not a lone word."""
    if len(text) <= width:
        return [text]
    words = text.split()
    best: tuple[int, int] | None = None  # (longer line length, split index)
    for i in range(1, len(words)):
        first, second = " ".join(words[:i]), " ".join(words[i:])
        longer = max(len(first), len(second))
        if longer <= width and (best is None or longer < best[0]):
            best = (longer, i)
    if best is not None:
        return [" ".join(words[: best[1]]), " ".join(words[best[1]:])]
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def _split_words(words: list[str], parts: int, punctuation: bool = True) -> list[str]:
    """Cut a word list into `parts` pieces of about equal length, preferring cuts after punctuation."""
    ends = []  # character offset of the end of each word in the joined text
    pos = -1
    for w in words:
        pos += len(w) + 1
        ends.append(pos)
    total = ends[-1]
    # How far from the balanced point a cut after a comma may move: a third of a piece.
    bonus = total / parts / 3 if punctuation else 0.0
    cuts = [0]
    for k in range(1, parts):
        target = total * k / parts
        lowest = cuts[-1] + 1
        highest = len(words) - (parts - k)  # leave at least one word for every later piece

        def cost(i: int) -> float:
            after_punctuation = words[i - 1][-1] in ",;:"
            return abs(ends[i - 1] - target) - (bonus if after_punctuation else 0.0)

        cuts.append(min(range(lowest, highest + 1), key=cost))
    cuts.append(len(words))
    return [" ".join(words[a:b]) for a, b in zip(cuts, cuts[1:])]


def timestamp(seconds: float, decimal: str = ".") -> str:
    """00:01:02.345 (WebVTT) or, with decimal=",", 00:01:02,345 (SRT)."""
    ms = max(0, round(seconds * 1000))
    hours, ms = divmod(ms, 3_600_000)
    minutes, ms = divmod(ms, 60_000)
    secs, ms = divmod(ms, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{decimal}{ms:03d}"


def _vtt_escape(line: str) -> str:
    # WebVTT cue text is markup: &, < and > must be escaped, and "-->" would end the cue timing.
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def vtt_text(cues: list[Cue]) -> str:
    blocks = ["WEBVTT"]
    for n, cap in enumerate(captions(cues), 1):
        lines = "\n".join(_vtt_escape(line) for line in cap.lines)
        blocks.append(f"{n}\n{timestamp(cap.start)} --> {timestamp(cap.end)}\n{lines}")
    return "\n\n".join(blocks) + "\n"


def srt_text(cues: list[Cue]) -> str:
    blocks = []
    for n, cap in enumerate(captions(cues), 1):
        lines = "\n".join(cap.lines)
        blocks.append(f"{n}\n{timestamp(cap.start, ',')} --> {timestamp(cap.end, ',')}\n{lines}")
    return "\n\n".join(blocks) + "\n" if blocks else ""


# --- plain transcript -----------------------------------------------------------------------------


def plain_text(script: Script) -> str:
    """The title, the show and date, then each segment under its heading."""
    date = f"{script.date:%A} {script.date.day} {script.date:%B %Y}"
    parts = [script.title, f"{script.show}, {date}"]
    for seg in script.segments:
        heading = seg.title or DEFAULT_HEADINGS.get(seg.kind, seg.kind.title())
        sentences = [" ".join(s.split()) for s in seg.sentences if s.strip()]
        if seg.kind in LIST_KINDS:
            body = "\n".join(sentences)
        else:
            body = textwrap.fill(" ".join(sentences), TEXT_WIDTH, break_long_words=False, break_on_hyphens=False)
        parts.append(f"{heading}\n\n{body}" if body else heading)
    return "\n\n".join(parts) + "\n"


# --- chapters -------------------------------------------------------------------------------------


def episode_chapters(chapters: list[Chapter], duration: float | None = None) -> list[Chapter]:
    """Chapters that cover the whole file, end to start, as players expect.

    The first chapter starts at 0 (so the intro music belongs to the welcome), each one ends where
    the next starts (the pause between segments belongs to the earlier one), and the last one ends
    at the measured duration. The ID3 CHAP frames and the JSON file both use this, so they agree.
    """
    ordered = sorted(chapters, key=lambda c: c.start)
    out: list[Chapter] = []
    for i, ch in enumerate(ordered):
        start = 0.0 if i == 0 else ch.start
        if i + 1 < len(ordered):
            end = ordered[i + 1].start
        else:
            end = max(ch.end, duration) if duration is not None else ch.end
        out.append(Chapter(start=start, end=max(start, end), title=ch.title, kind=ch.kind))
    return out


def chapters_json(
    chapters: list[Chapter],
    *,
    duration: float | None = None,
    title: str | None = None,
    podcast_name: str | None = None,
) -> dict[str, Any]:
    """Podcasting 2.0 JSON chapters (version 1.2.0): times in seconds, endTime where known."""
    doc: dict[str, Any] = {"version": CHAPTERS_VERSION}
    if title:
        doc["title"] = title
    if podcast_name:
        doc["podcastName"] = podcast_name
    doc["chapters"] = [
        {"startTime": round(ch.start, 3), "endTime": round(ch.end, 3), "title": ch.title}
        for ch in episode_chapters(chapters, duration)
    ]
    return doc


# --- files ----------------------------------------------------------------------------------------


def write_transcripts(rendered: EpisodeAudio, script: Script, stem: Path) -> TranscriptFiles:
    """Write stem.vtt, stem.srt, stem.txt and stem.chapters.json; return their paths."""
    files = TranscriptFiles(
        vtt=_beside(stem, ".vtt"),
        srt=_beside(stem, ".srt"),
        txt=_beside(stem, ".txt"),
        chapters=_beside(stem, ".chapters.json"),
    )
    chapters = chapters_json(rendered.chapters, duration=rendered.duration, title=script.title, podcast_name=script.show)
    contents = {
        files.vtt: vtt_text(rendered.cues),
        files.srt: srt_text(rendered.cues),
        files.txt: plain_text(script),
        files.chapters: json.dumps(chapters, indent=2, ensure_ascii=False) + "\n",
    }
    for path, text in contents.items():
        try:
            path.write_text(text, encoding="utf-8", newline="\n")
        except OSError as exc:
            raise FeedError(f"cannot write {path}: {exc.strerror or exc}; check the output folder is writable") from exc
    return files


def _beside(stem: Path, suffix: str) -> Path:
    # Not with_suffix: a stem such as "2026-11-23-rain.v2" would lose its last part.
    return stem.with_name(stem.name + suffix)

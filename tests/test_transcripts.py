"""Captions, plain transcript and JSON chapters.

Golden files live in tests/fixtures/transcripts/; after a deliberate format change, rewrite them with
BRIEFING_UPDATE_GOLDEN=1 pytest tests/test_transcripts.py and read the diff before committing.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefing.models import Chapter, Cue, EpisodeAudio, Script, Segment
from briefing.transcripts import (
    LINE_WIDTH,
    captions,
    chapters_json,
    episode_chapters,
    plain_text,
    split_sentence,
    srt_text,
    timestamp,
    vtt_text,
    wrap_lines,
    write_transcripts,
)

GOLDEN = Path(__file__).parent / "fixtures" / "transcripts"
LONG = (
    "The water company said on Tuesday that the new pipes, which cost more than two million dollars, "
    "will bring clean water to about four thousand homes in the north of the town before the summer."
)


def small_episode(tmp: Path) -> tuple[Script, EpisodeAudio]:
    """An invented two-minute-style episode, shrunk: each segment a sentence or two."""
    segments = [
        Segment("intro", "Welcome", ["Welcome to Briefing in Plain English.", "Today is Monday, 2 March."]),
        Segment("headlines", "The headlines", ["A town gets new water pipes."]),
        Segment("story", "Story: New water pipes for Greenford", [LONG, "Work starts next week."]),
        Segment("glossary", "Words in this story", ["Pipe: a long tube that carries water.", "Summer: the hot time of the year."]),
        Segment("recap", "In short", ["Greenford will get clean water."]),
        Segment("outro", "Goodbye", ["Thank you for listening. Goodbye!"]),
    ]
    script = Script(title="New water pipes for Greenford", show="Briefing in Plain English", date=dt.date(2026, 3, 2), segments=segments)
    cues: list[Cue] = []
    chapters: list[Chapter] = []
    t = 4.0  # after the intro jingle
    for seg in segments:
        seg_start = t
        for sentence in seg.sentences:
            length = round(len(sentence.split()) * 0.45, 3)  # about 130 words a minute
            cues.append(Cue(round(t, 3), round(t + length, 3), sentence))
            t += length + 0.4
        chapters.append(Chapter(round(seg_start, 3), round(t - 0.4, 3), seg.title, seg.kind))
        t += 0.6
    duration = round(t + 4.0, 3)  # outro jingle
    return script, EpisodeAudio(tmp / "episode.mp3", duration, cues, chapters)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


def test_side_files_match_golden(tmp_path: Path) -> None:
    script, rendered = small_episode(tmp_path)
    files = write_transcripts(rendered, script, tmp_path / "2026-03-02-new-water-pipes")
    assert files.vtt.name == "2026-03-02-new-water-pipes.vtt"
    assert files.srt.name == "2026-03-02-new-water-pipes.srt"
    assert files.txt.name == "2026-03-02-new-water-pipes.txt"
    assert files.chapters.name == "2026-03-02-new-water-pipes.chapters.json"
    check_golden("episode.vtt", files.vtt.read_text(encoding="utf-8"))
    check_golden("episode.srt", files.srt.read_text(encoding="utf-8"))
    check_golden("episode.txt", files.txt.read_text(encoding="utf-8"))
    check_golden("episode.chapters.json", files.chapters.read_text(encoding="utf-8"))


def test_dotted_stem_keeps_its_name(tmp_path: Path) -> None:
    script, rendered = small_episode(tmp_path)
    files = write_transcripts(rendered, script, tmp_path / "2026-03-02-v1.5")
    assert files.vtt == tmp_path / "2026-03-02-v1.5.vtt"
    assert files.chapters.exists()


@pytest.mark.parametrize(
    ("seconds", "vtt", "srt"),
    [
        (0, "00:00:00.000", "00:00:00,000"),
        (62.345, "00:01:02.345", "00:01:02,345"),
        (59.9996, "00:01:00.000", "00:01:00,000"),  # rounding carries into the minutes
        (3723.5, "01:02:03.500", "01:02:03,500"),
        (-0.01, "00:00:00.000", "00:00:00,000"),
    ],
)
def test_timestamps(seconds: float, vtt: str, srt: str) -> None:
    assert timestamp(seconds) == vtt
    assert timestamp(seconds, ",") == srt


def test_short_sentence_is_one_cue_one_line() -> None:
    assert split_sentence("Work starts next week.") == [["Work starts next week."]]


def test_two_lines_are_balanced() -> None:
    text = "Greenford is a small town in the north of the country."
    lines = wrap_lines(text)
    assert len(lines) == 2
    assert " ".join(lines) == text
    assert abs(len(lines[0]) - len(lines[1])) < 12  # not 42 characters and a lone word


def test_long_sentence_is_split_into_timed_cues() -> None:
    cue = Cue(10.0, 22.0, LONG)
    caps = captions([cue])
    assert len(caps) >= 3
    assert " ".join(" ".join(c.lines) for c in caps) == LONG  # split at word boundaries, nothing lost
    for cap in caps:
        assert 1 <= len(cap.lines) <= 2
        assert all(len(line) <= LINE_WIDTH for line in cap.lines)
    # The cues share the sentence's time, end to start, in proportion to their characters.
    assert caps[0].start == 10.0 and caps[-1].end == pytest.approx(22.0)
    for a, b in zip(caps, caps[1:]):
        assert a.end == pytest.approx(b.start)
    total = sum(len(" ".join(c.lines)) for c in caps)
    for cap in caps:
        assert cap.end - cap.start == pytest.approx(12.0 * len(" ".join(cap.lines)) / total)


def test_split_prefers_a_comma() -> None:
    text = "When the rain stopped on Friday morning, the people of the village went back to their homes to see the damage."
    chunks = split_sentence(text)
    assert len(chunks) == 2
    assert chunks[0][-1].endswith("morning,")


def test_word_longer_than_a_line_is_not_cut() -> None:
    url = "https://example.org/" + "a" * 60
    caps = captions([Cue(0, 3, f"Read more at {url} today, please, if you can, and tell your friends.")])
    words = [w for c in caps for line in c.lines for w in line.split()]
    assert url in words


def test_overlapping_cues_are_clamped() -> None:
    caps = captions([Cue(0.0, 2.5, "First one."), Cue(2.0, 3.0, "Second one.")])
    assert caps[0].end == 2.0


def test_vtt_escapes_markup_and_srt_does_not() -> None:
    cues = [Cue(0, 1, "Salt & pepper <cheap> prices.")]
    assert "Salt &amp; pepper &lt;cheap&gt; prices." in vtt_text(cues)
    assert "Salt & pepper <cheap> prices." in srt_text(cues)


def test_vtt_structure() -> None:
    _, rendered = small_episode(Path("/nonexistent"))
    text = vtt_text(rendered.cues)
    blocks = text.strip().split("\n\n")
    assert blocks[0] == "WEBVTT"
    stamp = r"\d\d:\d\d:\d\d\.\d\d\d"
    last_end = 0.0
    for n, block in enumerate(blocks[1:], 1):
        ident, timing, *lines = block.split("\n")
        assert ident == str(n)
        assert re.fullmatch(f"{stamp} --> {stamp}", timing)
        assert 1 <= len(lines) <= 2
        start, end = (_seconds(t) for t in timing.split(" --> "))
        assert last_end <= start < end
        last_end = end


def test_chapters_json_fields() -> None:
    _, rendered = small_episode(Path("/nonexistent"))
    doc = chapters_json(rendered.chapters, duration=rendered.duration, title="T", podcast_name="P")
    json.dumps(doc)  # serialisable as is
    assert doc["version"] == "1.2.0"
    assert doc["title"] == "T" and doc["podcastName"] == "P"
    allowed = {"startTime", "endTime", "title", "img", "url", "toc", "location"}
    chapters = doc["chapters"]
    assert [c["title"] for c in chapters] == [c.title for c in rendered.chapters]
    assert chapters[0]["startTime"] == 0
    assert chapters[-1]["endTime"] == pytest.approx(rendered.duration)
    for c, nxt in zip(chapters, chapters[1:] + [None]):
        assert set(c) <= allowed
        assert isinstance(c["startTime"], (int, float)) and isinstance(c["endTime"], (int, float))
        if nxt is not None:
            assert c["endTime"] == nxt["startTime"]


def test_episode_chapters_cover_the_file() -> None:
    chs = [Chapter(12.0, 20.0, "B", "story"), Chapter(4.0, 11.0, "A", "intro")]
    out = episode_chapters(chs, duration=30.0)
    assert [(c.start, c.end, c.title) for c in out] == [(0.0, 12.0, "A"), (12.0, 30.0, "B")]
    assert episode_chapters([], 10.0) == []
    assert chapters_json([])["chapters"] == []


def test_plain_text_lists_glossary_one_word_a_line(tmp_path: Path) -> None:
    script, _ = small_episode(tmp_path)
    text = plain_text(script)
    assert text.startswith("New water pipes for Greenford\n")
    assert "Words in this story\n\nPipe: a long tube that carries water.\nSummer: the hot time of the year.\n" in text
    assert all(len(line) <= 78 for line in text.splitlines())


def _seconds(stamp: str) -> float:
    h, m, s = stamp.replace(",", ".").split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def test_cues_out_of_order_are_sorted_not_squashed() -> None:
    caps = captions([Cue(2.0, 3.0, "Second one."), Cue(0.0, 1.5, "First one.")])
    assert [(c.start, c.end, c.lines) for c in caps] == [(0.0, 1.5, ["First one."]), (2.0, 3.0, ["Second one."])]


def test_ffmpeg_reads_our_webvtt_as_our_srt(tmp_path: Path) -> None:
    """An independent parser (ffmpeg's WebVTT demuxer and SRT muxer) agrees with both files."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        import imageio_ffmpeg

        ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    _, rendered = small_episode(tmp_path)
    vtt = tmp_path / "e.vtt"
    vtt.write_text(vtt_text(rendered.cues), encoding="utf-8")
    run = subprocess.run([ffmpeg, "-v", "error", "-i", str(vtt), "-f", "srt", "-"], capture_output=True, text=True)
    assert run.returncode == 0 and run.stderr == ""
    assert run.stdout.strip() == srt_text(rendered.cues).strip()

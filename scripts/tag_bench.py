"""What tagging costs on an episode-sized MP3: time, bytes added, and whether the file still decodes.

Makes a five-minute 64 kb/s mono tone MP3 (the episode's shape, not its sound), a script of 30 chapters
with made-up sentences, writes the side files and the tags, and prints a table.

    python scripts/tag_bench.py
"""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from mutagen.id3 import ID3

from briefing.config import Settings
from briefing.models import Chapter, Cue, EpisodeAudio, Script, Segment
from briefing.tags import tag_mp3
from briefing.transcripts import write_transcripts

SECONDS = 300
RATE = 44100


def ffmpeg() -> str:
    found = shutil.which("ffmpeg")
    if found:
        return found
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def make_mp3(path: Path) -> None:
    t = np.arange(SECONDS * RATE) / RATE
    pcm = (0.2 * np.sin(2 * np.pi * 220 * t) * 32767).astype("<i2").tobytes()
    cmd = [ffmpeg(), "-v", "error", "-f", "s16le", "-ar", str(RATE), "-ac", "1", "-i", "-",
           "-c:a", "libmp3lame", "-b:a", "64k", str(path)]
    subprocess.run(cmd, input=pcm, check=True)


def make_episode(path: Path, chapters: int = 30, sentences: int = 4) -> tuple[Script, EpisodeAudio]:
    segments, cues, chaps = [], [], []
    step = SECONDS / (chapters * sentences)
    t = 0.0
    for c in range(chapters):
        lines = [f"This is sentence {s + 1} of part {c + 1}, and it is about as long as a plain sentence." for s in range(sentences)]
        segments.append(Segment("story", f"Part {c + 1}", lines))
        start = t
        for line in lines:
            cues.append(Cue(t, t + step * 0.9, line))
            t += step
        chaps.append(Chapter(start, t, f"Part {c + 1}", "story"))
    script = Script(title="Benchmark episode", show="Briefing in Plain English", date=dt.date(2026, 1, 1), segments=segments)
    return script, EpisodeAudio(path, float(SECONDS), cues, chaps)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        mp3 = Path(tmp) / "episode.mp3"
        make_mp3(mp3)
        before = mp3.stat().st_size
        script, rendered = make_episode(mp3)
        t0 = time.perf_counter()
        write_transcripts(rendered, script, Path(tmp) / "episode")
        t1 = time.perf_counter()
        tag_mp3(mp3, script, rendered, Settings(), guid="bench", feed_url="http://127.0.0.1:8000/feed.xml")
        t2 = time.perf_counter()
        tag_mp3(mp3, script, rendered, Settings(), guid="bench", feed_url="http://127.0.0.1:8000/feed.xml")
        t3 = time.perf_counter()
        after = mp3.stat().st_size
        tags = ID3(mp3, translate=False)
        decode = subprocess.run([ffmpeg(), "-v", "error", "-i", str(mp3), "-f", "null", "-"], capture_output=True, text=True)
        rows = [
            ("MP3 before tagging (bytes)", before),
            ("MP3 after tagging (bytes)", after),
            ("tag size (bytes)", tags.size),
            ("of which cover (bytes)", len(tags.getall("APIC")[0].data)),
            ("frames (top level)", len(tags)),
            ("CHAP frames", len(tags.getall("CHAP"))),
            ("side files, write time (ms)", round((t1 - t0) * 1000, 1)),
            ("first tagging (ms)", round((t2 - t1) * 1000, 1)),
            ("re-tagging (ms)", round((t3 - t2) * 1000, 1)),
            ("decodes without error", decode.returncode == 0 and not decode.stderr.strip()),
        ]
    width = max(len(name) for name, _ in rows)
    print(f"{SECONDS} s mono 64 kb/s MP3, {len(rendered.chapters)} chapters, {len(rendered.cues)} cues\n")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    if not rows[-1][1]:
        sys.exit(1)


if __name__ == "__main__":
    main()

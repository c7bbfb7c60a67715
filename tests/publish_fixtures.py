"""Small real output folders for the feed, catalogue, serve and gPodder tests.

Episodes are built directly (a tone encoded to MP3 by ffmpeg, hand-written side files and a
catalogue row), so these tests do not depend on the speech, audio or tagging stages.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

from briefing.catalogue import EPISODES_DIR, Catalogue, output_lock
from briefing.config import Settings
from briefing.models import Episode
from briefing.publish import episode_guid, install_episode, make_slug, publication_time, staging


def ffmpeg_exe() -> str:
    found = shutil.which("ffmpeg")
    if found:
        return found
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def make_mp3(path: Path, seconds: float = 1.5, frequency: int = 440) -> Path:
    """A real MP3 (mono, 44.1 kHz, CBR) of a sine tone."""
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
         "-i", f"sine=frequency={frequency}:duration={seconds}", "-ac", "1", "-ar", "44100",
         "-c:a", "libmp3lame", "-b:a", "64k", str(path)],
        check=True,
    )
    return path


def make_png(path: Path, size: int = 1400) -> Path:
    """A plain square PNG, a stand-in for the project's cover art."""
    row = b"\x00" + bytes((30, 90, 160)) * size
    raw = zlib.compress(row * size, 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b""))
    return path


def make_settings(tmp: Path, site_url: str = "http://127.0.0.1:8000/podcast", **changes) -> Settings:
    return Settings(output=tmp / "output", site_url=site_url, owner_email="owner@example.org",
                    owner_name="Test Owner").replace(**changes)


TRANSCRIPT = (
    "Welcome to the briefing for {day}.\n\n"
    "The river rose after three days of rain. People in the town moved to higher ground.\n\n"
    "Goodbye, and see you tomorrow."
)


def write_episode_files(folder: Path, date: dt.date, title: str, mp3_source: Path) -> dict[str, Path]:
    stem = f"{date.isoformat()}-{make_slug(title)}"
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "mp3": folder / f"{stem}.mp3",
        "vtt": folder / f"{stem}.vtt",
        "srt": folder / f"{stem}.srt",
        "txt": folder / f"{stem}.txt",
        "chapters": folder / f"{stem}.chapters.json",
    }
    shutil.copyfile(mp3_source, files["mp3"])
    files["vtt"].write_text("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nWelcome.\n", encoding="utf-8")
    files["srt"].write_text("1\n00:00:00,000 --> 00:00:01,000\nWelcome.\n", encoding="utf-8")
    files["txt"].write_text(TRANSCRIPT.format(day=date.strftime("%d %B %Y")), encoding="utf-8")
    files["chapters"].write_text(
        json.dumps({"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Welcome"}]}), encoding="utf-8"
    )
    return files


def make_episode(settings: Settings, folder: Path, date: dt.date, title: str, mp3_source: Path,
                 duration: float = 1.5) -> Episode:
    """A finished episode's files in `folder`, and its Episode (no catalogue row yet)."""
    files = write_episode_files(folder, date, title, mp3_source)
    return Episode(
        guid=episode_guid(f"{settings.site_url.rstrip('/')}/feed.xml", date),
        date=date,
        slug=make_slug(title),
        title=title,
        description=f"Headlines for {date.isoformat()}: {title}.",
        mp3=files["mp3"],
        duration=duration,
        size=files["mp3"].stat().st_size,
        transcript_vtt=files["vtt"],
        transcript_srt=files["srt"],
        transcript_txt=files["txt"],
        chapters_json=files["chapters"],
        script_hash="0" * 64,
        sources=["https://news.example.org/river-floods", "page.txt"],
        published=publication_time(date, dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc)),
    )


def add_episode(settings: Settings, date: dt.date, title: str, mp3_source: Path,
                duration: float = 1.5) -> Episode:
    """Put an episode's files into output/episodes/ and its row into the catalogue (the feed is not touched)."""
    output = Path(settings.output)
    episode = make_episode(settings, output / EPISODES_DIR, date, title, mp3_source, duration)
    with Catalogue(output) as catalogue:
        return catalogue.upsert(episode)


def publish_episode(settings: Settings, date: dt.date, title: str, mp3_source: Path,
                    duration: float = 1.5) -> Episode:
    """Publish an episode the way publish() does after tagging: staged, then installed with the feed."""
    output = Path(settings.output)
    with staging(output) as workdir, output_lock(output), Catalogue(output) as catalogue:
        staged = make_episode(settings, workdir, date, title, mp3_source, duration)
        return install_episode(staged, catalogue, settings, workdir)

"""ID3v2.3 tags on a real MP3, read back with mutagen and decoded again with ffmpeg."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from mutagen.id3 import ID3, TIT2, CTOCFlags, PictureType
from mutagen.mp3 import MP3

from briefing.config import Settings
from briefing.errors import TagError
from briefing.models import Article, Chapter, Cue, EpisodeAudio, Script, Segment
from briefing.tags import DEFAULT_COVER, episode_description, language_code, tag_mp3
from briefing.transcripts import chapters_json, plain_text

GUID = "7d0c8a7e-2f6b-5a7e-9d7b-1f6d2c3b4a59"
FEED_URL = "http://127.0.0.1:8000/feed.xml"
FRAMES = ["TIT2", "TPE1", "TALB", "TYER", "TDAT", "TCON", "TLAN", "COMM", "USLT", "APIC", "PCST", "TGID", "WFED", "TDES"]


def ffmpeg() -> str:
    found = shutil.which("ffmpeg")
    if found:
        return found
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


@pytest.fixture(scope="module")
def tone_mp3(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three seconds of a quiet 440 Hz tone as a 64 kb/s mono MP3, made once for the module."""
    rate = 44100
    t = np.arange(3 * rate) / rate
    pcm = (0.2 * np.sin(2 * np.pi * 440 * t) * 32767).astype("<i2").tobytes()
    out = tmp_path_factory.mktemp("audio") / "tone.mp3"
    cmd = [ffmpeg(), "-v", "error", "-f", "s16le", "-ar", str(rate), "-ac", "1", "-i", "-", "-c:a", "libmp3lame", "-b:a", "64k", str(out)]
    subprocess.run(cmd, input=pcm, check=True, capture_output=True)
    return out


@pytest.fixture()
def mp3(tone_mp3: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "episode.mp3"
    shutil.copyfile(tone_mp3, copy)
    return copy


def episode(path: Path) -> tuple[Script, EpisodeAudio]:
    segments = [
        Segment("intro", "Welcome", ["Welcome to Briefing in Plain English."]),
        Segment("headlines", "The headlines", ["A bridge opens in Riverton."]),
        Segment("story", "Story: A new bridge for Riverton", ["The new bridge opened on Friday."]),
        Segment("outro", "Goodbye", ["Goodbye!"]),
    ]
    script = Script(
        title="A new bridge for Riverton",
        show="Briefing in Plain English",
        date=dt.date(2026, 11, 23),
        segments=segments,
        articles=[Article(title="Riverton opens its new bridge", body="The bridge opened.")],
    )
    cues = [Cue(0.3, 0.8, "Welcome to Briefing in Plain English."), Cue(1.0, 1.4, "A bridge opens in Riverton."),
            Cue(1.6, 2.3, "The new bridge opened on Friday."), Cue(2.5, 2.8, "Goodbye!")]
    chapters = [Chapter(0.3, 0.8, "Welcome", "intro"), Chapter(1.0, 1.4, "The headlines", "headlines"),
                Chapter(1.6, 2.3, "Story: A new bridge for Riverton", "story"), Chapter(2.5, 2.8, "Goodbye", "outro")]
    return script, EpisodeAudio(path, 3.0, cues, chapters)


def tag(mp3: Path, **settings: object) -> tuple[Script, EpisodeAudio]:
    script, rendered = episode(mp3)
    tag_mp3(mp3, script, rendered, Settings(**settings), guid=GUID, feed_url=FEED_URL)  # type: ignore[arg-type]
    return script, rendered


def test_tag_is_id3v23_with_every_frame(mp3: Path) -> None:
    script, _ = tag(mp3)
    tags = ID3(mp3, translate=False)  # translate=False: see the frames as written, not upgraded to 2.4
    assert tags.version == (2, 3, 0)
    missing = [f for f in FRAMES if not tags.getall(f)]
    assert not missing
    assert "TDRC" not in tags  # a 2.4 frame; v2.3 readers would not know it
    assert "TSSE" not in tags  # the encoder's own tag was replaced, not merged
    assert tags["TIT2"].text == ["A new bridge for Riverton"]
    assert tags["TPE1"].text == ["briefing"]
    assert tags["TALB"].text == ["Briefing in Plain English"]
    assert tags["TYER"].text == ["2026"]
    assert tags["TDAT"].text == ["2311"]  # DDMM
    assert tags["TCON"].text == ["Podcast"]
    assert tags["TLAN"].text == ["eng"]
    assert tags["TGID"].text == [GUID]
    assert tags["WFED"].url == FEED_URL
    assert tags["PCST"].value == 1
    description = episode_description(script)
    assert description == "A bridge opens in Riverton."
    assert tags["TDES"].text == [description]
    (comm,) = tags.getall("COMM")
    assert comm.lang == "eng" and comm.text == [description]
    (uslt,) = tags.getall("USLT")
    assert uslt.lang == "eng" and uslt.text == plain_text(script)
    (apic,) = tags.getall("APIC")
    assert apic.type == PictureType.COVER_FRONT and apic.mime == "image/png"
    assert apic.data == DEFAULT_COVER.read_bytes()


def test_chapters_match_the_json_chapters(mp3: Path) -> None:
    _, rendered = tag(mp3)
    tags = ID3(mp3, translate=False)
    expected = chapters_json(rendered.chapters, duration=rendered.duration)["chapters"]
    chaps = sorted(tags.getall("CHAP"), key=lambda c: c.start_time)
    assert [c.element_id for c in chaps] == [f"chp{i}" for i in range(len(expected))]
    for chap, want in zip(chaps, expected):
        assert chap.start_time == round(want["startTime"] * 1000)
        assert chap.end_time == round(want["endTime"] * 1000)
        assert chap.sub_frames["TIT2"].text == [want["title"]]
    assert chaps[0].start_time == 0 and chaps[-1].end_time == 3000
    (toc,) = tags.getall("CTOC")
    assert toc.flags & CTOCFlags.TOP_LEVEL and toc.flags & CTOCFlags.ORDERED
    assert toc.child_element_ids == [c.element_id for c in chaps]


def test_old_tags_and_id3v1_are_replaced(mp3: Path) -> None:
    old = ID3()
    old.add(TIT2(encoding=3, text=["old title"]))
    old.save(mp3, v1=2, v2_version=3)  # v1=2 forces an ID3v1 tag, as some encoders leave
    assert mp3.read_bytes()[-128:][:3] == b"TAG"
    tag(mp3)
    size = mp3.stat().st_size
    assert mp3.read_bytes()[-128:][:3] != b"TAG"
    assert ID3(mp3)["TIT2"].text == ["A new bridge for Riverton"]
    tag(mp3)  # tagging again (a rebuild) gives the same file, not a second tag
    assert mp3.stat().st_size == size
    assert len(ID3(mp3).getall("CHAP")) == 4


def test_tagged_mp3_still_decodes_and_ffmpeg_sees_chapters(mp3: Path) -> None:
    tag(mp3)
    decode = subprocess.run([ffmpeg(), "-v", "error", "-i", str(mp3), "-f", "null", "-"], capture_output=True, text=True)
    assert decode.returncode == 0 and decode.stderr.strip() == ""
    probe = subprocess.run([ffmpeg(), "-hide_banner", "-i", str(mp3)], capture_output=True, text=True)
    starts = re.findall(r"Chapter #\d+:\d+: start (\d+\.\d+), end (\d+\.\d+)", probe.stderr)
    assert [(float(a), float(b)) for a, b in starts] == [(0.0, 1.0), (1.0, 1.6), (1.6, 2.5), (2.5, 3.0)]
    assert "Duration: 00:00:03" in probe.stderr
    info = MP3(mp3).info
    assert info is not None and info.length == pytest.approx(3.0, abs=0.1)  # the LAME/Xing header is still found


def test_custom_jpeg_cover(mp3: Path, tmp_path: Path) -> None:
    jpeg = tmp_path / "cover.jpg"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100)  # the header is all the tagger checks
    tag(mp3, cover=jpeg)
    assert ID3(mp3).getall("APIC")[0].mime == "image/jpeg"


def test_bad_cover_is_a_tag_error(mp3: Path, tmp_path: Path) -> None:
    gif = tmp_path / "cover.gif"
    gif.write_bytes(b"GIF89a")
    with pytest.raises(TagError, match="neither JPEG nor PNG"):
        tag(mp3, cover=gif)
    with pytest.raises(TagError, match="cannot read the cover"):
        tag(mp3, cover=tmp_path / "missing.png")


def test_missing_mp3_is_a_tag_error(tmp_path: Path) -> None:
    with pytest.raises(TagError, match="cannot write the tags"):
        tag(tmp_path / "missing.mp3")


def test_default_cover_is_a_square_podcast_image() -> None:
    data = DEFAULT_COVER.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    colour_type = data[25]
    assert width == height and 1400 <= width <= 3000
    assert colour_type == 2  # RGB, as Apple asks (not palette, not alpha)
    assert len(data) < 512 * 1024


@pytest.mark.parametrize(("given", "code"), [("en", "eng"), ("en-US", "eng"), ("EN_gb", "eng"), ("fr", "fre"), ("spa", "spa"), ("xx", "und")])
def test_language_code(given: str, code: str) -> None:
    assert language_code(given) == code


def test_description_falls_back_to_article_titles() -> None:
    script, _ = episode(Path("x.mp3"))
    script.segments = [s for s in script.segments if s.kind != "headlines"]
    assert episode_description(script) == "Briefing in Plain English for 23 November 2026: Riverton opens its new bridge."


def test_non_latin_text_survives_id3v23(mp3: Path) -> None:
    """ID3v2.3 has no UTF-8; mutagen must write UTF-16 so accents and dashes come back intact."""
    script, rendered = episode(mp3)
    script.title = "Café owners in São Paulo – and Zürich"
    rendered.chapters[2].title = "Story: Café owners in São Paulo – and Zürich"
    tag_mp3(mp3, script, rendered, Settings(), guid=GUID, feed_url=FEED_URL)
    tags = ID3(mp3, translate=False)
    assert tags.version == (2, 3, 0)
    assert tags["TIT2"].text == [script.title]
    assert tags["TIT2"].encoding != 3  # not UTF-8, which v2.3 readers do not know
    assert tags["CHAP:chp2"].sub_frames["TIT2"].text == [rendered.chapters[2].title]


def test_mp3_without_any_tag(mp3: Path) -> None:
    from mutagen.id3 import delete

    delete(mp3)
    assert not mp3.read_bytes().startswith(b"ID3")
    tag(mp3)
    assert mp3.read_bytes().startswith(b"ID3\x03")  # "ID3", major version 3
    assert ID3(mp3, translate=False)["TCON"].text == ["Podcast"]

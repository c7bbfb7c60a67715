"""ID3v2.3 tags for the episode MP3: what podcast apps and music players show, plus chapters.

Version 2.3 because Apple Podcasts, Windows and many car players read it and some read no 2.4.
No ID3v1 tag: it would add 128 bytes of truncated text at the end of the file and nothing of use.
ID3v2.3 has no TDRC (recording time); we set TDRC and let mutagen's update_to_v23() turn it into
TYER (year) and TDAT (DDMM), the v2.3 frames. Chapters are CHAP frames under one top-level CTOC
(ID3v2 Chapter Frame Addendum 1.0), made from the same list as the JSON chapters file.
"""
from __future__ import annotations

from pathlib import Path

from mutagen import MutagenError
from mutagen.id3 import (
    APIC,
    CHAP,
    COMM,
    CTOC,
    ID3,
    PCST,
    TALB,
    TCON,
    TDES,
    TDRC,
    TGID,
    TIT2,
    TLAN,
    TLEN,
    TPE1,
    USLT,
    WFED,
    CTOCFlags,
    Encoding,
    ID3NoHeaderError,
    PictureType,
)

from .config import Settings
from .errors import TagError
from .models import EpisodeAudio, Script
from .transcripts import episode_chapters, plain_text

DEFAULT_COVER = Path(__file__).parent / "assets" / "cover.png"
GENRE = "Podcast"
TOC_ID = "toc"

# ISO 639-1 (what RSS and our settings use) -> ISO 639-2/B (what ID3 wants in TLAN, COMM and USLT).
ISO_639_2 = {
    "ar": "ara", "bn": "ben", "cs": "cze", "da": "dan", "de": "ger", "el": "gre", "en": "eng",
    "es": "spa", "fa": "per", "fi": "fin", "fr": "fre", "he": "heb", "hi": "hin", "hu": "hun",
    "id": "ind", "it": "ita", "ja": "jpn", "ko": "kor", "nl": "dut", "no": "nor", "pl": "pol",
    "pt": "por", "ro": "rum", "ru": "rus", "sv": "swe", "sw": "swa", "th": "tha", "tr": "tur",
    "uk": "ukr", "ur": "urd", "vi": "vie", "zh": "chi",
}


def language_code(language: str) -> str:
    """'en' or 'en-US' -> 'eng'; an unknown language -> 'und' (undetermined), which ID3 allows."""
    primary = language.strip().lower().replace("_", "-").split("-")[0]
    if len(primary) == 3 and primary.isalpha():
        return primary
    return ISO_639_2.get(primary, "und")


def cover_path(settings: Settings) -> Path:
    """The user's cover if settings name one, else the bundled default."""
    return Path(settings.cover) if settings.cover else DEFAULT_COVER


def episode_description(script: Script) -> str:
    """One plain paragraph for COMM/TDES (and the feed): the headlines, else the story titles."""
    for seg in script.segments:
        if seg.kind == "headlines" and seg.sentences:
            return " ".join(" ".join(s.split()) for s in seg.sentences)
    day = f"{script.date.day} {script.date:%B %Y}"
    titles = [a.title for a in script.articles if a.title]
    if titles:
        return f"{script.show} for {day}: " + "; ".join(titles) + "."
    return f"{script.show} for {day}."


def tag_mp3(
    mp3: Path,
    script: Script,
    rendered: EpisodeAudio,
    settings: Settings,
    *,
    guid: str,
    feed_url: str,
) -> None:
    """Replace any tags in mp3 with a complete ID3v2.3 podcast tag (and remove any ID3v1 tag)."""
    mime, picture = _read_cover(cover_path(settings))
    lang = language_code(settings.language)
    description = episode_description(script)
    utf8 = Encoding.UTF8  # mutagen writes UTF-16 instead when saving v2.3, which has no UTF-8

    try:
        try:
            tags = _ChapterOrderedID3(mp3)
            tags.clear()  # our tag replaces the encoder's (ffmpeg writes TSSE "Lavf...")
        except ID3NoHeaderError:
            tags = _ChapterOrderedID3()

        tags.add(TIT2(encoding=utf8, text=[script.title]))
        tags.add(TPE1(encoding=utf8, text=[settings.author]))
        tags.add(TALB(encoding=utf8, text=[settings.show]))
        tags.add(TDRC(encoding=utf8, text=[script.date.isoformat()]))
        tags.add(TCON(encoding=utf8, text=[GENRE]))
        tags.add(TLAN(encoding=utf8, text=[lang]))
        tags.add(TLEN(encoding=utf8, text=[str(round(rendered.duration * 1000))]))
        tags.add(COMM(encoding=utf8, lang=lang, desc="", text=[description]))
        tags.add(TDES(encoding=utf8, text=[description]))
        tags.add(USLT(encoding=utf8, lang=lang, desc="Transcript", text=plain_text(script)))
        tags.add(APIC(encoding=utf8, mime=mime, type=PictureType.COVER_FRONT, desc="Cover", data=picture))
        tags.add(PCST(value=1))
        tags.add(TGID(encoding=utf8, text=[guid]))
        tags.add(WFED(url=feed_url))

        chapters = episode_chapters(rendered.chapters, rendered.duration)
        ids = [f"chp{i}" for i in range(len(chapters))]
        for element_id, ch in zip(ids, chapters):
            tags.add(
                CHAP(
                    element_id=element_id,
                    start_time=round(ch.start * 1000),
                    end_time=round(ch.end * 1000),
                    sub_frames=[TIT2(encoding=utf8, text=[ch.title])],
                )
            )
        if ids:
            tags.add(
                CTOC(
                    element_id=TOC_ID,
                    flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                    child_element_ids=ids,
                    sub_frames=[TIT2(encoding=utf8, text=["Chapters"])],
                )
            )

        tags.update_to_v23()  # TDRC -> TYER + TDAT; also converts the CHAP sub-frames
        tags.save(mp3, v2_version=3, v1=0)
    except (MutagenError, OSError) as exc:
        raise TagError(f"cannot write the tags of {mp3}: {exc}; check the file is a complete MP3 and writable") from exc


class _ChapterOrderedID3(ID3):
    """An ID3 tag that writes its CHAP frames in time order.

    mutagen orders frames by size, and some readers (ffmpeg, hence ffprobe and players built on it)
    list chapters in file order rather than by start time or by the CTOC, so they showed the story
    before the headlines. The other frames keep mutagen's order.
    """

    def _write(self, config):  # type: ignore[no-untyped-def]
        try:
            from mutagen.id3._tags import save_frame  # not public; without it keep mutagen's order
        except ImportError:  # pragma: no cover - a future mutagen
            return super()._write(config)
        chapters = sorted(self.getall("CHAP"), key=lambda f: (f.start_time, f.element_id))
        self.delall("CHAP")
        try:
            data = super()._write(config)
        finally:
            for frame in chapters:
                self.add(frame)
        for frame in chapters:
            data += save_frame(frame, config=config)
        return data


def _read_cover(path: Path) -> tuple[str, bytes]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TagError(f"cannot read the cover image {path}: {exc.strerror or exc}; set `cover` to a JPEG or PNG file") from exc
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png", data
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg", data
    raise TagError(f"the cover image {path} is neither JPEG nor PNG; podcast apps accept only those two")

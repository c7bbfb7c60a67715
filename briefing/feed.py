"""The RSS feed: feedgen for RSS 2.0 and iTunes, plus our own extension for what feedgen 1.0 lacks.

feedgen 1.0 writes itunes:explicit only as yes/no/clean (Apple now wants true/false) and knows
nothing of the Podcasting 2.0 namespace, so `_PodcastIndexExtension` writes those tags itself.
The feed is rebuilt whole from the catalogue each time; it is never edited in place.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import html
import json
import os
import re
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import lxml.etree  # noqa: F401  feedgen's extension modules need lxml.etree imported first
from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from feedgen.util import xml_elem

from . import __version__
from .catalogue import EPISODES_DIR, Catalogue, catalogue_path, output_lock
from .config import Settings
from .errors import FeedError
from .models import Episode
from .tags import cover_path

FEED_NAME = "feed.xml"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
# Podcasting 2.0 spec: podcast:guid is UUIDv5 of the feed URL (no scheme, no trailing slash) in this namespace.
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
COVER_NAMES = ("cover.png", "cover.jpg")

# podcast:transcript types, in the order apps should prefer them.
TRANSCRIPT_TYPES = (
    ("transcript_vtt", "text/vtt", "captions"),
    ("transcript_srt", "application/x-subrip", "captions"),
    ("transcript_txt", "text/plain", None),
)


# -- URLs --------------------------------------------------------------------------------------


def site_base(settings: Settings) -> str:
    if not re.match(r"https?://[^/\s]+", settings.site_url or ""):
        raise FeedError(
            f"site_url {settings.site_url!r} is not an absolute http(s) URL; set it to where the output folder "
            "is published, e.g. --site-url https://example.org/briefing or site_url in briefing.toml"
        )
    return settings.site_url.rstrip("/")


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Drop the control characters XML 1.0 cannot hold (lxml refuses them); pasted pages sometimes have them."""
    return _XML_INVALID.sub("", text)


def feed_url(settings: Settings) -> str:
    return f"{site_base(settings)}/{FEED_NAME}"


def output_url(settings: Settings, relative: str) -> str:
    """The public URL of a file at `relative` inside the output folder."""
    return f"{site_base(settings)}/{quote(relative)}"


def episode_url(settings: Settings, path: Path) -> str:
    return output_url(settings, f"{EPISODES_DIR}/{path.name}")


def podcast_guid(url: str) -> str:
    """podcast:guid for a feed URL, as the Podcasting 2.0 namespace defines it."""
    bare = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://", "", url.strip()).rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


# -- cover -------------------------------------------------------------------------------------


def find_cover(output: Path) -> Path | None:
    for name in COVER_NAMES:
        if (Path(output) / name).is_file():
            return Path(output) / name
    return None


def configured_cover(settings: Settings) -> Path | None:
    """The cover to publish: the one the MP3 tags embed (settings.cover, else the bundled cover)."""
    return cover_path(settings)


def install_cover(output: Path, source: Path | None) -> Path | None:
    """Mirror the configured cover into the output folder as cover.png or cover.jpg.

    With no cover configured, whatever cover.* is already in the output folder stays.
    Returns the cover the feed will name, if any.
    """
    output = Path(output)
    if source is None:
        return find_cover(output)
    suffix = source.suffix.lower().replace(".jpeg", ".jpg")
    if suffix not in (".png", ".jpg"):
        raise FeedError(f"the cover {source} must be a .png or .jpg file (1400-3000 px square)")
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise FeedError(f"cannot read the cover {source}: {exc}; fix the cover setting") from exc
    target = output / f"cover{suffix}"
    if not target.is_file() or target.read_bytes() != data:
        atomic_write_bytes(target, data)
    for name in COVER_NAMES:  # a cover of the other type would be stale
        if name != target.name:
            with contextlib.suppress(OSError):
                (output / name).unlink()
    return target


# -- the extension -----------------------------------------------------------------------------


class _PodcastIndexExtension(BaseExtension):
    """Channel tags feedgen lacks: podcast:guid/locked/medium and itunes:explicit "false"."""

    def __init__(self) -> None:
        self.guid: str | None = None
        self.locked_owner: str | None = None
        self.medium = "podcast"

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NS, "itunes": ITUNES_NS}

    def extend_rss(self, rss_feed):  # type: ignore[no-untyped-def]
        channel = rss_feed[0]
        xml_elem(f"{{{ITUNES_NS}}}explicit", channel).text = "false"
        if self.guid:
            xml_elem(f"{{{PODCAST_NS}}}guid", channel).text = self.guid
        locked = xml_elem(f"{{{PODCAST_NS}}}locked", channel)
        locked.text = "no"
        if self.locked_owner:
            locked.attrib["owner"] = self.locked_owner
        xml_elem(f"{{{PODCAST_NS}}}medium", channel).text = self.medium
        return rss_feed


@dataclass
class _Link:
    url: str
    type: str
    rel: str | None = None


class _PodcastIndexEntryExtension(BaseEntryExtension):
    """Item tags feedgen lacks: podcast:transcript, podcast:chapters and itunes:explicit "false"."""

    def __init__(self) -> None:
        self.transcripts: list[_Link] = []
        self.chapters: _Link | None = None
        self.language: str | None = None

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NS}

    def extend_rss(self, entry):  # type: ignore[no-untyped-def]
        xml_elem(f"{{{ITUNES_NS}}}explicit", entry).text = "false"
        for link in self.transcripts:
            tag = xml_elem(f"{{{PODCAST_NS}}}transcript", entry, url=link.url, type=link.type)
            if self.language:
                tag.attrib["language"] = self.language
            if link.rel:
                tag.attrib["rel"] = link.rel
        if self.chapters:
            xml_elem(f"{{{PODCAST_NS}}}chapters", entry, url=self.chapters.url, type=self.chapters.type)
        return entry


# -- building ----------------------------------------------------------------------------------


def render_feed(episodes: list[Episode], settings: Settings, output: Path) -> bytes:
    """The feed XML for the newest settings.max_episodes of `episodes` (any order given)."""
    episodes = sorted(episodes, key=lambda e: e.date, reverse=True)[: max(0, settings.max_episodes)]
    for episode in episodes:
        if episode.published is None or episode.published.tzinfo is None:
            raise FeedError(f"episode {episode.date} has no timezone-aware publication time; rebuild that date")
    url = feed_url(settings)
    site = site_base(settings) + "/"
    fg = FeedGenerator()
    fg.load_extension("podcast")  # iTunes tags
    fg.register_extension("podcastindex", _PodcastIndexExtension, _PodcastIndexEntryExtension)

    fg.title(xml_safe(settings.show))
    fg.description(xml_safe(settings.description))
    fg.language(settings.language)
    # The RSS <link> is whichever link() came last: the self link first, the site last.
    fg.link(href=url, rel="self", type="application/rss+xml")
    fg.link(href=site, rel="alternate")
    year = (episodes[0].date if episodes else dt.date.today()).year
    fg.copyright(settings.copyright or f"© {year} {settings.owner_name or settings.author}")
    fg.generator("briefing", version=__version__)
    fg.podcast.itunes_author(settings.author)
    fg.podcast.itunes_owner(name=settings.owner_name, email=settings.owner_email)
    fg.podcast.itunes_category("News", "Daily News")
    fg.podcast.itunes_type("episodic")
    fg.podcast.itunes_summary(settings.description)
    cover = find_cover(output)
    if cover is not None:
        cover_url = output_url(settings, cover.name)
        fg.podcast.itunes_image(cover_url)
        fg.image(url=cover_url, title=settings.show, link=site)
    fg.podcastindex.guid = podcast_guid(url)
    fg.podcastindex.locked_owner = settings.owner_email or None
    # A fixed lastBuildDate (not "now") keeps the feed byte-identical when nothing changed.
    newest = max((e.published for e in episodes if e.published is not None), default=None)
    fg.lastBuildDate(newest or dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc))

    for episode in episodes:
        _add_item(fg, episode, settings, site)
    try:
        return fg.rss_str(pretty=True, encoding="UTF-8", xml_declaration=True)
    except (ValueError, TypeError) as exc:
        raise FeedError(f"cannot build the feed: {exc}") from exc


def _add_item(fg: FeedGenerator, episode: Episode, settings: Settings, site: str) -> None:
    entry = fg.add_entry(order="append")  # we sorted newest first ourselves
    entry.title(xml_safe(episode.title))
    entry.description(xml_safe(episode.description or episode.title))
    entry.content(xml_safe(transcript_html(episode)), type="CDATA")  # written as content:encoded
    page = episode.mp3.with_suffix(".html")
    entry.link(href=episode_url(settings, page) if page.is_file() else site)
    entry.guid(episode.guid, permalink=False)
    entry.enclosure(episode_url(settings, episode.mp3), str(episode.size), "audio/mpeg")
    entry.pubDate(episode.published)
    entry.podcast.itunes_duration(str(round(episode.duration)))
    entry.podcast.itunes_episode_type("full")
    if episode.number is not None:
        entry.podcast.itunes_episode(episode.number)
    ext = entry.podcastindex
    ext.language = settings.language
    ext.transcripts = [
        _Link(episode_url(settings, getattr(episode, attr)), mime, rel)
        for attr, mime, rel in TRANSCRIPT_TYPES
    ]
    ext.chapters = _Link(episode_url(settings, episode.chapters_json), "application/json+chapters")


def transcript_html(episode: Episode) -> str:
    """content:encoded: the description, then the transcript, then the sources.

    The transcript comes from the episode's .txt file: paragraphs separated by blank lines, each
    chapter title (from the .chapters.json) on its own as a heading, prose wrapped at a fixed width
    and lists (headlines, words) one sentence a line.
    """
    parts = [f"<p>{html.escape(episode.description)}</p>"] if episode.description else []
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", _read_text(episode.transcript_txt)) if p.strip()]
    if paragraphs and paragraphs[0] == episode.title.strip():
        paragraphs = paragraphs[1:]  # the item's title already says it
    if paragraphs:
        headings = _chapter_titles(episode.chapters_json)
        parts.append("<h2>Transcript</h2>")
        for paragraph in paragraphs:
            if paragraph in headings:
                parts.append(f"<h3>{html.escape(paragraph)}</h3>")
                continue
            lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
            if len(lines) > 1 and all(re.search(r"[.!?:;\"')\u201d]$", line) for line in lines):
                body = "<br/>".join(html.escape(line) for line in lines)  # a list: one sentence a line
            else:
                body = html.escape(" ".join(lines))  # prose wrapped for reading in a terminal
            parts.append(f"<p>{body}</p>")
    if episode.sources:
        items = []
        for source in episode.sources:
            label = html.escape(source)
            if re.match(r"https?://", source):
                items.append(f'<li><a href="{html.escape(source, quote=True)}">{label}</a></li>')
            else:
                items.append(f"<li>{label}</li>")
        parts.append("<h2>Sources</h2><ul>" + "".join(items) + "</ul>")
    return "\n".join(parts)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _chapter_titles(path: Path) -> set[str]:
    try:
        chapters = json.loads(_read_text(path) or "{}").get("chapters", [])
        return {str(c["title"]).strip() for c in chapters if isinstance(c, dict) and c.get("title")}
    except (ValueError, AttributeError):
        return set()


# -- writing -----------------------------------------------------------------------------------


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write via a temp file in the same folder and os.replace, so readers see old or new, never half."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)  # mkstemp makes 0600; web servers must be able to read it
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise FeedError(f"cannot write {path}: {exc}; check the output folder is writable") from exc


def write_feed(episodes: list[Episode], settings: Settings, path: Path) -> Path:
    """Write the feed of the newest settings.max_episodes episodes to path, atomically."""
    path = Path(path)
    atomic_write_bytes(path, render_feed(episodes, settings, path.parent))
    return path


def rebuild_feed(settings: Settings) -> Path:
    """`briefing feed`: rewrite feed.xml from the catalogue alone (e.g. after changing site_url)."""
    output = Path(settings.output)
    if not catalogue_path(output).is_file():
        raise FeedError(f"no episode catalogue in {output}; run `briefing build` first (or pass --output)")
    with output_lock(output):
        install_cover(output, configured_cover(settings))
        with Catalogue(output) as catalogue:
            episodes = catalogue.latest(settings.max_episodes)
        return write_feed(episodes, settings, output / FEED_NAME)


def list_episodes(settings: Settings) -> list[Episode]:
    """`briefing episodes`: every catalogued episode, newest first (empty if nothing was built)."""
    output = Path(settings.output)
    if not catalogue_path(output).is_file():
        return []
    with Catalogue(output) as catalogue:
        return catalogue.all()

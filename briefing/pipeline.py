"""The whole flow of one build, on one screen: sources -> articles -> script -> speech -> MP3 -> feed."""
from __future__ import annotations

import datetime as dt

from . import audio, feed, ingest, publish, speech
from .config import Settings
from .models import Article, Episode, Script
from .script import write_script


def read_articles(sources: list[str]) -> list[Article]:
    """Ingest and clean every source first: a bad source stops the build before any audio work."""
    return [ingest.read_article(src) for src in sources]


def make_script(sources: list[str], settings: Settings, date: dt.date, title: str | None = None) -> Script:
    return write_script(read_articles(sources), settings=settings, date=date, title=title)


def build(sources: list[str], settings: Settings, date: dt.date, title: str | None = None) -> Episode:
    """Build one dated episode and publish it.

    Everything is made in a staging folder inside the output folder; the episode files, the catalogue
    and the feed change only once all of it succeeded, so a failed build leaves what was published alone.
    """
    # a bad --site-url and a missing speech engine both fail here, before any work is done
    feed.feed_url(settings)
    engine = speech.get_engine(settings.engine, settings)
    script = make_script(sources, settings, date, title)
    spoken = speech.speak(script, engine, cache_dir=settings.output / ".cache" / "speech")
    with publish.staging(settings.output) as workdir:
        rendered = audio.render(spoken, settings, workdir / "episode.mp3")
        return publish.publish(script, rendered, settings, workdir)

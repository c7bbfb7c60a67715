from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from pathlib import Path

import feedparser
import pytest
from lxml import etree

from briefing.catalogue import Catalogue, output_lock
from briefing.config import Settings
from briefing.errors import BriefingError, FeedError
from briefing.feed import list_episodes
from briefing.models import Article, Chapter, Cue, EpisodeAudio, Script, Segment
from briefing.publish import (
    describe,
    episode_guid,
    install_episode,
    make_slug,
    publication_time,
    publish,
    staging,
)

from .publish_fixtures import make_episode, make_mp3, make_png, make_settings, publish_episode

D1, D2 = dt.date(2026, 3, 1), dt.date(2026, 3, 2)


@pytest.fixture(scope="module")
def tones(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tones")
    return make_mp3(folder / "a.mp3", 1.5, 440), make_mp3(folder / "b.mp3", 1.0, 660)


@pytest.fixture
def settings(tmp_path):
    settings = make_settings(tmp_path)
    settings.output.mkdir(parents=True)
    make_png(settings.output / "cover.png")
    return settings


def snapshot(output: Path) -> dict:
    """Every published file's bytes (catalogue included) and every row: what a failed build must not change."""
    files = {
        str(p.relative_to(output)): p.read_bytes()
        for p in sorted(output.rglob("*"))
        if p.is_file() and p.name not in (".lock", "catalogue.sqlite-journal")
    }
    with Catalogue(output) as cat:
        rows = [dataclasses.asdict(e) for e in cat.all()]
    return {"files": files, "rows": rows}


def feed_items(settings: Settings) -> list[etree._Element]:
    return etree.parse(str(settings.output / "feed.xml")).getroot().findall("channel/item")


def no_staging_left(output: Path) -> bool:
    return not [p for p in output.iterdir() if p.name.startswith(".staging-")]


# -- publishing through install_episode (the part of publish() after tagging) -------------------


def test_two_dates_give_two_items_and_rebuilding_a_date_replaces_it(settings, tones):
    tone_a, tone_b = tones
    first = publish_episode(settings, D1, "River floods close roads", tone_a)
    publish_episode(settings, D2, "New bridge opens in the city", tone_a)
    items = feed_items(settings)
    assert [i.findtext("title") for i in items] == ["New bridge opens in the city", "River floods close roads"]

    again = publish_episode(settings, D1, "River floods close roads", tone_b)
    items = feed_items(settings)
    assert len(items) == 2
    assert (again.guid, again.number, again.published) == (first.guid, first.number, first.published)
    assert again.mp3.read_bytes() == tone_b.read_bytes()
    replaced = items[1]
    assert replaced.findtext("guid") == first.guid
    assert replaced.find("enclosure").get("length") == str(tone_b.stat().st_size)
    assert len(list((settings.output / "episodes").iterdir())) == 10  # 2 episodes x 5 files
    assert [e.date for e in list_episodes(settings)] == [D2, D1]
    assert no_staging_left(settings.output)
    parsed = feedparser.parse(str(settings.output / "feed.xml"))
    assert not parsed.bozo and len(parsed.entries) == 2


def test_a_new_title_for_a_date_removes_the_old_files(settings, tones):
    first = publish_episode(settings, D1, "River floods close roads", tones[0])
    second = publish_episode(settings, D1, "Floods: roads open again", tones[1])
    assert second.guid == first.guid and second.mp3 != first.mp3
    names = sorted(p.name for p in (settings.output / "episodes").iterdir())
    assert names == sorted(f"2026-03-01-floods-roads-open-again{s}"
                           for s in (".mp3", ".vtt", ".srt", ".txt", ".chapters.json"))
    (item,) = feed_items(settings)
    assert item.findtext("title") == "Floods: roads open again"


def test_a_failure_while_moving_files_changes_nothing(settings, tones):
    publish_episode(settings, D1, "River floods close roads", tones[0])
    before = snapshot(settings.output)
    with staging(settings.output) as work, output_lock(settings.output), Catalogue(settings.output) as cat:
        staged = make_episode(settings, work, D1, "River floods close roads", tones[1])
        staged.chapters_json.unlink()  # the fourth of five moves fails, after three succeeded
        with pytest.raises(FeedError, match="cannot move"):
            install_episode(staged, cat, settings, work)
    assert snapshot(settings.output) == before
    assert no_staging_left(settings.output)


class InterruptedSettings(Settings):
    """Settings whose max_episodes is read only when the feed is rendered: Ctrl-C arrives then."""

    @property  # type: ignore[override]
    def max_episodes(self) -> int:
        raise KeyboardInterrupt

    @max_episodes.setter
    def max_episodes(self, value: int) -> None:
        pass


@pytest.mark.parametrize("title", ["River floods close roads", "A different title"])
def test_ctrl_c_while_writing_the_feed_changes_nothing(settings, tones, title):
    publish_episode(settings, D1, "River floods close roads", tones[0])
    publish_episode(settings, D2, "New bridge opens in the city", tones[0])
    before = snapshot(settings.output)
    interrupted = InterruptedSettings(**{f.name: getattr(settings, f.name) for f in dataclasses.fields(Settings)
                                         if f.name != "max_episodes"})
    with pytest.raises(KeyboardInterrupt):
        publish_episode(interrupted, D1, title, tones[1])  # files moved, row written, then Ctrl-C
    assert snapshot(settings.output) == before
    assert no_staging_left(settings.output)


def test_two_builds_at_once_both_land(settings, tones):
    errors: list[BaseException] = []

    def build(day: int) -> None:
        try:
            publish_episode(settings, dt.date(2026, 3, day), f"Story for day {day}", tones[0])
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=build, args=(day,)) for day in (1, 2, 3, 4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert [i.findtext("title") for i in feed_items(settings)] == [f"Story for day {d}" for d in (4, 3, 2, 1)]
    assert len(list((settings.output / "episodes").iterdir())) == 20


def test_size_must_be_measured_after_tagging(settings, tones):
    with staging(settings.output) as work, output_lock(settings.output), Catalogue(settings.output) as cat:
        staged = make_episode(settings, work, D1, "River floods close roads", tones[0])
        with pytest.raises(FeedError, match="after tagging"):
            install_episode(dataclasses.replace(staged, size=staged.size - 10), cat, settings, work)


def test_staging_is_inside_output_and_always_removed(tmp_path):
    output = tmp_path / "output"
    with staging(output) as work:
        assert work.parent == output and work.name.startswith(".")
        (work / "x").write_text("x")
    assert not work.exists()
    with pytest.raises(RuntimeError):
        with staging(output) as work:
            raise RuntimeError
    assert not work.exists()


# -- the small decisions -------------------------------------------------------------------------


@pytest.mark.parametrize("title, slug", [
    ("River floods close roads", "river-floods-close-roads"),
    ("Floods in Spain: 3 towns cut off by the water today", "floods-spain-3-towns-cut-off"),
    ("Café owners in São Paulo protest", "cafe-owners-sao-paulo-protest"),
    ("The End", "the-end"),
    ("???", "episode"),
    ("Supercalifragilisticexpialidocious" * 3, ("supercalifragilisticexpialidocious" * 3)[:48]),
])
def test_make_slug(title, slug):
    assert make_slug(title) == slug


def test_guid_is_stable_per_date_and_feed():
    feed = "https://example.org/briefing/feed.xml"
    assert episode_guid(feed, D1) == episode_guid(feed, D1)
    assert episode_guid(feed, D1) != episode_guid(feed, D2)
    assert episode_guid(feed, D1) != episode_guid("https://other.example/feed.xml", D1)


def test_publication_time_is_now_but_not_after_its_own_date():
    now = dt.datetime(2026, 3, 5, 7, 30, 12, 999, tzinfo=dt.timezone.utc)
    assert publication_time(dt.date(2026, 3, 5), now) == now.replace(microsecond=0)
    assert publication_time(D1, now) == dt.datetime(2026, 3, 1, 23, 59, 59, tzinfo=dt.timezone.utc)


def test_description_is_the_headlines_else_the_titles():
    script = _script(D1, "River floods close roads")
    assert describe(script) == "Today: river floods close roads in the north."
    script.segments = [s for s in script.segments if s.kind != "headlines"]
    assert describe(script) == "Test Show for 1 March 2026: Floods close roads."


# -- the whole publish(), with the real transcripts and tags stages ------------------------------


def _script(date: dt.date, title: str) -> Script:
    return Script(
        title=title, show="Test Show", date=date,
        segments=[
            Segment("intro", "Welcome", ["Welcome to Test Show."]),
            Segment("headlines", "Headlines", ["Today: river floods close roads in the north."]),
            Segment("story", "Story: Floods", ["The river rose after rain.", "People moved to higher ground."]),
            Segment("outro", "Goodbye", ["Goodbye."]),
        ],
        articles=[Article(title="Floods close roads", body="The river rose.", url="https://news.example.org/floods")],
    )


def _rendered(workdir: Path, tone: Path, duration: float) -> EpisodeAudio:
    mp3 = workdir / "episode.mp3"
    mp3.write_bytes(tone.read_bytes())
    cues, chapters, t = [], [], 0.0
    step = duration / 5
    for kind, title, texts in [("intro", "Welcome", ["Welcome to Test Show."]),
                               ("headlines", "Headlines", ["Today: river floods close roads in the north."]),
                               ("story", "Story: Floods",
                                ["The river rose after rain.", "People moved to higher ground."]),
                               ("outro", "Goodbye", ["Goodbye."])]:
        start = t
        for text in texts:
            cues.append(Cue(t, t + step, text))
            t += step
        chapters.append(Chapter(start, t, title, kind))
    return EpisodeAudio(path=mp3, duration=duration, cues=cues, chapters=chapters)


def _publish(settings: Settings, date: dt.date, title: str, tone: Path, **kw):
    with staging(settings.output) as work:
        return publish(_script(date, title), _rendered(work, tone, 1.5), settings, work, **kw)


@pytest.fixture
def stages():
    pytest.importorskip("briefing.transcripts", reason="briefing/transcripts.py (tags branch) is not merged yet")
    pytest.importorskip("briefing.tags", reason="briefing/tags.py (tags branch) is not merged yet")
    pytest.importorskip("mutagen")


def test_publish_two_dates_then_rebuild_the_first(settings, tones, stages):
    from mutagen.id3 import ID3

    first = _publish(settings, D1, "River floods close roads", tones[0])
    _publish(settings, D2, "New bridge opens in the city", tones[0])
    again = _publish(settings, D1, "River floods close roads", tones[1])
    assert again.guid == first.guid and again.number == first.number == 1

    items = feed_items(settings)
    assert len(items) == 2
    for item, episode in zip(items, list_episodes(settings)):
        assert item.find("enclosure").get("length") == str(episode.mp3.stat().st_size)  # measured after tagging
        assert episode.size != tones[0].stat().st_size  # tagging changed it
        assert ID3(episode.mp3).getall("TGID")[0].text[0] == episode.guid == item.findtext("guid")
        for path in (episode.transcript_vtt, episode.transcript_srt, episode.transcript_txt, episode.chapters_json):
            assert path.is_file() and path.parent == settings.output / "episodes"
    assert no_staging_left(settings.output)


def test_publish_failure_leaves_the_previous_build(settings, tones, stages, tmp_path):
    _publish(settings, D1, "River floods close roads", tones[0])
    before = snapshot(settings.output)
    broken = settings.replace(cover=tmp_path / "missing-cover.png")  # tagging fails after the transcripts
    with pytest.raises(BriefingError):
        _publish(broken, D1, "River floods close roads", tones[1])
    with staging(settings.output) as work:
        rendered = _rendered(work, tones[1], 1.0)
        rendered.path.unlink()
        with pytest.raises(FeedError, match="cannot stage"):
            publish(_script(D1, "River floods close roads"), rendered, settings, work)
    assert snapshot(settings.output) == before
    assert no_staging_left(settings.output)


def test_publish_refuses_while_another_build_holds_the_lock(settings, tones, stages):
    with output_lock(settings.output):
        with pytest.raises(FeedError, match="another briefing build"):
            _publish(settings, D1, "River floods close roads", tones[0], lock_timeout=0.1)
    assert not (settings.output / "feed.xml").exists()

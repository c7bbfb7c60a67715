from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import threading
import time

import pytest

from briefing.catalogue import Catalogue, catalogue_path, output_lock
from briefing.errors import FeedError

from .publish_fixtures import add_episode, make_mp3, make_settings

D1, D2, D3 = dt.date(2026, 3, 1), dt.date(2026, 3, 2), dt.date(2026, 3, 3)


@pytest.fixture(scope="module")
def tone(tmp_path_factory):
    return make_mp3(tmp_path_factory.mktemp("tone") / "tone.mp3")


def test_upsert_assigns_numbers_and_lists_newest_first(tmp_path, tone):
    settings = make_settings(tmp_path)
    add_episode(settings, D2, "Second day news", tone)
    add_episode(settings, D1, "First day news", tone)
    add_episode(settings, D3, "Third day news", tone)
    with Catalogue(settings.output) as cat:
        assert [e.date for e in cat.all()] == [D3, D2, D1]
        assert [e.date for e in cat.latest(2)] == [D3, D2]
        assert [e.number for e in cat.all()] == [3, 1, 2]  # numbered in the order they were built
        assert len(cat) == 3
        got = cat.get(D1)
        assert got is not None and got.title == "First day news"
        assert got.mp3 == settings.output / "episodes" / "2026-03-01-first-day-news.mp3"
        assert got.size == tone.stat().st_size
        assert got.sources == ["https://news.example.org/river-floods", "page.txt"]
        assert got.published is not None and got.published.tzinfo is not None
        assert cat.get(dt.date(2020, 1, 1)) is None


def test_rebuilding_a_date_replaces_its_row_and_keeps_guid_and_number(tmp_path, tone):
    settings = make_settings(tmp_path)
    first = add_episode(settings, D1, "First day news", tone)
    add_episode(settings, D2, "Second day news", tone)
    with Catalogue(settings.output) as cat:
        changed = dataclasses.replace(first, title="First day, corrected", guid="something-else", number=99,
                                      published=first.published + dt.timedelta(hours=5), size=123)
        stored = cat.upsert(changed)
        assert len(cat) == 2
        assert stored.title == "First day, corrected" and stored.size == 123
        assert (stored.guid, stored.number, stored.published) == (first.guid, first.number, first.published)


def test_rows_keep_file_sizes_and_json_sources(tmp_path, tone):
    settings = make_settings(tmp_path)
    add_episode(settings, D1, "First day news", tone)
    db = sqlite3.connect(catalogue_path(settings.output))
    row = db.execute("SELECT mp3_size, vtt_size, chapters_size, sources, script_hash FROM episodes").fetchone()
    assert row[0] == tone.stat().st_size and row[1] > 0 and row[2] > 0
    assert row[3].startswith("[") and row[4] == "0" * 64


def test_failed_transaction_changes_nothing(tmp_path, tone):
    settings = make_settings(tmp_path)
    first = add_episode(settings, D1, "First day news", tone)
    with Catalogue(settings.output) as cat:
        with pytest.raises(KeyboardInterrupt):
            with cat.transaction():
                cat.upsert(dataclasses.replace(first, date=D2, guid="new-guid"))
                assert len(cat) == 2
                raise KeyboardInterrupt
        assert [e.date for e in cat.all()] == [D1]


def test_naive_publication_time_is_refused(tmp_path, tone):
    settings = make_settings(tmp_path)
    first = add_episode(settings, D1, "First day news", tone)
    with Catalogue(settings.output) as cat, pytest.raises(FeedError, match="timezone"):
        cat.upsert(dataclasses.replace(first, date=D2, guid="g2", published=dt.datetime(2026, 3, 2, 6)))


def test_damaged_database_is_a_feed_error(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    catalogue_path(output).write_bytes(b"this is not a database" * 100)
    with pytest.raises(FeedError, match="catalogue"):
        with Catalogue(output) as cat:
            cat.all()


def test_lock_is_exclusive_and_says_what_to_do(tmp_path):
    output = tmp_path / "output"
    with output_lock(output):
        with pytest.raises(FeedError, match="another briefing build"):
            with output_lock(output, timeout=0.1):
                pass
    with output_lock(output, timeout=0.1):  # released again
        pass


def test_lock_waits_for_a_short_holder(tmp_path):
    output = tmp_path / "output"
    held = threading.Event()

    def hold() -> None:
        with output_lock(output):
            held.set()
            time.sleep(0.3)

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait(5)
    started = time.monotonic()
    with output_lock(output, timeout=10):
        waited = time.monotonic() - started
    thread.join()
    assert waited > 0.1


def test_reading_never_changes_the_file(tmp_path, tone):
    settings = make_settings(tmp_path)
    add_episode(settings, D1, "First day news", tone)
    before = catalogue_path(settings.output).read_bytes()
    with Catalogue(settings.output) as cat:
        cat.all()
        cat.get(D1)
    assert catalogue_path(settings.output).read_bytes() == before


def test_a_newer_schema_is_refused(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    db = sqlite3.connect(catalogue_path(output))
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(FeedError, match="newer briefing"):
        Catalogue(output)

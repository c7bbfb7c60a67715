"""The episode catalogue: one SQLite row per dated episode, the source of truth for the feed.

The database lives in the output folder (`catalogue.sqlite`) beside `feed.xml` and `episodes/`. File
names are stored relative to `episodes/`, so an output folder can be moved or copied as a whole.
One episode per date: upserting a date that is already there replaces its row but keeps its guid,
episode number and creation time, so podcast apps see the same episode, updated.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from .errors import FeedError
from .models import Episode

CATALOGUE_NAME = "catalogue.sqlite"
SCHEMA_VERSION = 1
EPISODES_DIR = "episodes"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS episodes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    date TEXT NOT NULL UNIQUE,          -- YYYY-MM-DD: one episode per date
    guid TEXT NOT NULL UNIQUE,          -- never changes once published
    number INTEGER NOT NULL,            -- itunes:episode, never changes once published
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    mp3 TEXT NOT NULL,                  -- file names inside episodes/
    vtt TEXT NOT NULL,
    srt TEXT NOT NULL,
    txt TEXT NOT NULL,
    chapters TEXT NOT NULL,
    mp3_size INTEGER NOT NULL,          -- bytes of the tagged MP3: the enclosure length
    vtt_size INTEGER,
    srt_size INTEGER,
    txt_size INTEGER,
    chapters_size INTEGER,
    duration REAL NOT NULL,             -- seconds
    script_hash TEXT NOT NULL,
    sources TEXT NOT NULL DEFAULT '[]', -- JSON list of the article sources
    created TEXT NOT NULL,              -- ISO 8601 UTC, first time this date was built
    updated TEXT NOT NULL,              -- ISO 8601 UTC, last time this date was built
    published TEXT NOT NULL             -- ISO 8601 with offset: the pubDate
);
PRAGMA user_version = 1;                -- SCHEMA_VERSION: bump, and migrate in Catalogue(), on changes
"""

_COLUMNS = (
    "date, guid, number, slug, title, description, mp3, vtt, srt, txt, chapters, mp3_size, vtt_size, "
    "srt_size, txt_size, chapters_size, duration, script_hash, sources, created, updated, published"
)

_FIX = "check that the output folder is writable and the disk is not full; restore a damaged file from a backup"


def catalogue_path(output: Path) -> Path:
    return Path(output) / CATALOGUE_NAME


class Catalogue:
    """The episodes of one output folder. Use as a context manager, or call close()."""

    def __init__(self, output: Path) -> None:
        self.output = Path(output)
        self.path = catalogue_path(self.output)
        self._depth = 0
        try:
            self.output.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, so one transaction can span
            # the catalogue update and the feed rewrite in publish().
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self._db.row_factory = sqlite3.Row
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:  # a new file; only then write, so that reading never changes the file
                self._db.executescript(_SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise FeedError(f"cannot open the episode catalogue {self.path}: {exc}; {_FIX}") from exc
        if version > SCHEMA_VERSION:
            self._db.close()
            raise FeedError(f"{self.path} was written by a newer briefing; upgrade briefing to publish into it")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Catalogue]:
        """All changes inside commit together or not at all; nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise FeedError(f"cannot save the episode catalogue {self.path}: {exc}") from exc

    def _execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise FeedError(f"episode catalogue {self.path} failed: {exc}; {_FIX}") from exc

    # -- reading ---------------------------------------------------------------------------

    def get(self, date: dt.date) -> Episode | None:
        row = self._execute("SELECT * FROM episodes WHERE date = ?", (date.isoformat(),)).fetchone()
        return self._episode(row) if row else None

    def latest(self, n: int) -> list[Episode]:
        """The newest n episodes by date, newest first."""
        rows = self._execute("SELECT * FROM episodes ORDER BY date DESC LIMIT ?", (max(0, n),))
        return [self._episode(r) for r in rows.fetchall()]

    def all(self) -> list[Episode]:
        """Every episode, newest first."""
        rows = self._execute("SELECT * FROM episodes ORDER BY date DESC")
        return [self._episode(r) for r in rows.fetchall()]

    def __len__(self) -> int:
        return int(self._execute("SELECT COUNT(*) FROM episodes").fetchone()[0])

    def _episode(self, row: sqlite3.Row) -> Episode:
        folder = self.output / EPISODES_DIR
        return Episode(
            guid=row["guid"],
            date=dt.date.fromisoformat(row["date"]),
            slug=row["slug"],
            title=row["title"],
            description=row["description"],
            mp3=folder / row["mp3"],
            duration=float(row["duration"]),
            size=int(row["mp3_size"]),
            transcript_vtt=folder / row["vtt"],
            transcript_srt=folder / row["srt"],
            transcript_txt=folder / row["txt"],
            chapters_json=folder / row["chapters"],
            script_hash=row["script_hash"],
            sources=list(json.loads(row["sources"] or "[]")),
            published=dt.datetime.fromisoformat(row["published"]),
            number=int(row["number"]),
        )

    # -- writing ---------------------------------------------------------------------------

    def upsert(self, episode: Episode) -> Episode:
        """Add the episode, or replace the row of its date; returns the episode as stored.

        A replaced date keeps its guid, episode number and first publication time, whatever the
        new Episode says, because podcast apps identify an episode by its guid.
        """
        if episode.published is None or episode.published.tzinfo is None:
            raise FeedError(f"episode {episode.date} needs a timezone-aware publication time")
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self.transaction():
            old = self._execute(
                "SELECT guid, number, created, published FROM episodes WHERE date = ?",
                (episode.date.isoformat(),),
            ).fetchone()
            if old:
                guid, number, created, published = old["guid"], old["number"], old["created"], old["published"]
            else:
                guid, created = episode.guid, now
                published = episode.published.isoformat(timespec="seconds")
                top = self._execute("SELECT MAX(number) FROM episodes").fetchone()[0]
                number = episode.number if episode.number is not None else (top or 0) + 1
            values = (
                episode.date.isoformat(), guid, number, episode.slug, episode.title, episode.description,
                episode.mp3.name, episode.transcript_vtt.name, episode.transcript_srt.name,
                episode.transcript_txt.name, episode.chapters_json.name, int(episode.size),
                _size(episode.transcript_vtt), _size(episode.transcript_srt), _size(episode.transcript_txt),
                _size(episode.chapters_json), float(episode.duration), episode.script_hash,
                json.dumps(list(episode.sources)), created, now, published,
            )
            marks = ", ".join("?" * len(values))
            if old:
                sets = ", ".join(f"{c.strip()} = ?" for c in _COLUMNS.split(","))
                self._execute(f"UPDATE episodes SET {sets} WHERE date = ?", values + (episode.date.isoformat(),))
            else:
                self._execute(f"INSERT INTO episodes ({_COLUMNS}) VALUES ({marks})", values)
            stored = self.get(episode.date)
        assert stored is not None
        return stored

    def delete(self, date: dt.date) -> bool:
        with self.transaction():
            cur = self._execute("DELETE FROM episodes WHERE date = ?", (date.isoformat(),))
        return cur.rowcount > 0


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


LOCK_NAME = ".lock"


@contextlib.contextmanager
def output_lock(output: Path, timeout: float = 30.0) -> Iterator[Path]:
    """Hold output/.lock while changing the output folder, so two builds never interleave.

    Publishing takes a second or so, so a second build waits up to `timeout` seconds before giving up.
    """
    output = Path(output)
    path = output / LOCK_NAME
    try:
        output.mkdir(parents=True, exist_ok=True)
        fh = open(path, "a+")
    except OSError as exc:
        raise FeedError(f"cannot create the lock file {path}: {exc}; check the output folder is writable") from exc
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise FeedError(
                        f"another briefing build is publishing into {output} (it holds {path}); "
                        "wait for it to finish and try again"
                    ) from None
                time.sleep(0.05)
        try:
            yield path
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    finally:
        fh.close()

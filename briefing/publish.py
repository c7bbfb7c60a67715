"""Turn a rendered MP3 into a published episode: side files, tags, catalogue, feed, all or nothing.

publish() writes the side files and tags the MP3 in a staging folder inside the output folder (same
filesystem, so every move is an atomic os.replace); install_episode() then, holding output/.lock:

1. the new files go into episodes/ (an older file of the same name is hard-linked aside first);
2. the catalogue row is written in an open transaction;
3. feed.xml is replaced by the new feed;
4. the transaction commits.

Any failure before the commit (an exception, Ctrl-C) puts the older files and feed back and rolls the
catalogue back, so the output folder is as it was. Old files of the same date under another name are
removed only after the commit: until the new feed is in place, the old feed may still point at them.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
import unicodedata
import uuid
from collections.abc import Iterator
from pathlib import Path

from . import tags, transcripts
from .catalogue import EPISODES_DIR, Catalogue, output_lock
from .config import Settings
from .errors import FeedError
from .feed import FEED_NAME, configured_cover, feed_url, install_cover, render_feed
from .models import Episode, EpisodeAudio, Script
from .tags import episode_description

_STOPWORDS = {"a", "an", "and", "the", "of", "in", "on", "to", "for", "at", "by", "with", "is", "are"}


@contextlib.contextmanager
def staging(output: Path) -> Iterator[Path]:
    """A fresh temp folder inside output/ (so moves out of it are atomic), always removed afterwards."""
    output = Path(output)
    try:
        output.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=".staging-", dir=output))
    except OSError as exc:
        raise FeedError(f"cannot create a staging folder in {output}: {exc}; check it is writable") from exc
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def make_slug(title: str, max_words: int = 6, max_chars: int = 48) -> str:
    """A short ASCII file-name part of a title.

    "Floods in Spain: 3 towns cut off" -> "floods-spain-3-towns-cut-off".
    """
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_title)
    content = [w for w in words if w not in _STOPWORDS]
    words = (content if len(content) >= 2 else words)[:max_words]
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_chars:
            break
        slug = candidate
    return slug or (words[0][:max_chars] if words else "episode")


def episode_guid(feed: str, date: dt.date) -> str:
    """The guid of a date's episode: derived, so it stays the same even if the catalogue is lost."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{feed}#{date.isoformat()}"))


def script_hash(script: Script) -> str:
    digest = hashlib.sha256()
    for part in [script.title, *(f"{s.kind}\x1f{s.title}\x1f" + "\x1e".join(s.sentences) for s in script.segments)]:
        digest.update(part.encode("utf-8") + b"\x00")
    return digest.hexdigest()


def describe(script: Script, limit: int = 1000) -> str:
    """The plain item description: the MP3's COMM/TDES wording (so apps agree), cut to `limit` characters."""
    text = episode_description(script)
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return text


def publication_time(date: dt.date, now: dt.datetime | None = None) -> dt.datetime:
    """pubDate for a new episode: now, but no later than the end of its own date (for back-filled dates)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    end_of_day = dt.datetime.combine(date, dt.time(23, 59, 59), tzinfo=dt.timezone.utc)
    return min(now, end_of_day).replace(microsecond=0)


def publish(script: Script, rendered: EpisodeAudio, settings: Settings, workdir: Path, *,
            lock_timeout: float = 30.0) -> Episode:
    """Write side files, tag, move into output/episodes/, update the catalogue and feed.xml atomically.

    workdir is a staging() folder of the same output folder. Another build publishing into the
    same output folder is waited for up to lock_timeout seconds.
    """

    output = Path(settings.output)
    workdir = Path(workdir)
    slug = make_slug(script.title)
    stem = f"{script.date.isoformat()}-{slug}"
    url = feed_url(settings)

    with output_lock(output, lock_timeout), Catalogue(output) as catalogue:
        previous = catalogue.get(script.date)
        guid = previous.guid if previous else episode_guid(url, script.date)

        mp3 = workdir / f"{stem}.mp3"
        try:
            if Path(rendered.path).resolve() != mp3.resolve():
                shutil.copyfile(rendered.path, mp3)  # never move the caller's file: it may be outside workdir
        except OSError as exc:
            raise FeedError(f"cannot stage {rendered.path}: {exc}; check the output folder is writable") from exc
        rendered = dataclasses.replace(rendered, path=mp3)
        side = transcripts.write_transcripts(rendered, script, workdir / stem)
        tags.tag_mp3(mp3, script, rendered, settings, guid=guid, feed_url=url)

        staged = Episode(
            guid=guid,
            date=script.date,
            slug=slug,
            title=script.title,
            description=describe(script),
            mp3=mp3,
            duration=rendered.duration,
            size=mp3.stat().st_size,  # after tagging: the enclosure length must be the final size
            transcript_vtt=Path(side.vtt),
            transcript_srt=Path(side.srt),
            transcript_txt=Path(side.txt),
            chapters_json=Path(side.chapters),
            script_hash=script_hash(script),
            sources=[a.url or a.source for a in script.articles if a.url or a.source],
            published=previous.published if previous else publication_time(script.date),
        )
        return install_episode(staged, catalogue, settings, workdir)


def install_episode(staged: Episode, catalogue: Catalogue, settings: Settings, workdir: Path) -> Episode:
    """Move a finished episode's files (staged in workdir, inside the output folder) into place.

    Moves the files into episodes/, writes the catalogue row and replaces feed.xml, all or nothing;
    then removes the files of the same date's previous episode if it had another name. The caller
    holds output_lock(). Returns the episode as catalogued (with its final paths, guid and number).
    """
    output = Path(settings.output)
    episodes_dir = output / EPISODES_DIR
    sources = [staged.transcript_vtt, staged.transcript_srt, staged.transcript_txt, staged.chapters_json,
               staged.mp3]
    try:
        actual = staged.mp3.stat().st_size
        episodes_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FeedError(f"cannot publish {staged.mp3.name}: {exc}") from exc
    if actual != staged.size:
        raise FeedError(f"{staged.mp3.name} is {actual} bytes, not {staged.size}: measure it after tagging")
    final = dataclasses.replace(
        staged, mp3=episodes_dir / staged.mp3.name,
        transcript_vtt=episodes_dir / staged.transcript_vtt.name,
        transcript_srt=episodes_dir / staged.transcript_srt.name,
        transcript_txt=episodes_dir / staged.transcript_txt.name,
        chapters_json=episodes_dir / staged.chapters_json.name,
    )
    previous = catalogue.get(staged.date)

    swap = _Swap(Path(workdir) / ".previous")
    try:
        with catalogue.transaction():
            # Side files first and the MP3 last; none of them is named in a feed until feed.xml is replaced.
            for source in sources:
                swap.put(source, episodes_dir / source.name)
            stored = catalogue.upsert(final)
            install_cover(output, configured_cover(settings))
            feed_tmp = Path(workdir) / FEED_NAME
            _write_synced(feed_tmp, render_feed(catalogue.latest(settings.max_episodes), settings, output))
            swap.put(feed_tmp, output / FEED_NAME)
        # Leaving the block committed the transaction: the new episode is published.
    except BaseException:
        swap.undo()
        raise

    if previous is not None and previous.stem != stored.stem:
        _remove_episode_files(episodes_dir, previous.stem)  # the old feed that named them is gone now
    return stored


class _Swap:
    """os.replace files into place, remembering how to put back what was there before."""

    def __init__(self, backup_dir: Path) -> None:
        self.backup_dir = backup_dir
        self.added: list[Path] = []
        self.replaced: list[tuple[Path, Path]] = []  # (backup, target)

    def put(self, source: Path, target: Path) -> None:
        try:
            if target.exists():
                self.backup_dir.mkdir(exist_ok=True)
                backup = self.backup_dir / target.name
                try:
                    os.link(target, backup)  # the old inode lives on under the backup name
                except OSError:
                    shutil.copy2(target, backup)
                self.replaced.append((backup, target))
            else:
                self.added.append(target)
            os.chmod(source, 0o644)
            os.replace(source, target)
        except OSError as exc:
            raise FeedError(f"cannot move {source.name} into {target.parent}: {exc}") from exc

    def undo(self) -> None:
        for target in reversed(self.added):
            with contextlib.suppress(OSError):
                target.unlink()
        for backup, target in reversed(self.replaced):
            with contextlib.suppress(OSError):
                os.replace(backup, target)


def _write_synced(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise FeedError(f"cannot write {path}: {exc}; check the output folder is writable") from exc


def _remove_episode_files(episodes_dir: Path, stem: str) -> None:
    """Remove a replaced episode's files (the date was rebuilt under a new title, so a new name)."""
    for path in episodes_dir.glob(f"{glob_escape(stem)}.*"):
        with contextlib.suppress(OSError):
            path.unlink()


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)

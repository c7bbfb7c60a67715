"""Turn a rendered MP3 into a published episode: side files, tags, catalogue, feed, all or nothing."""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from .config import Settings
from .models import Episode, EpisodeAudio, Script


@contextlib.contextmanager
def staging(output: Path) -> Iterator[Path]:
    raise NotImplementedError
    yield output


def publish(script: Script, rendered: EpisodeAudio, settings: Settings, workdir: Path) -> Episode:
    raise NotImplementedError

"""Join intro, speech and outro with pydub; loudness; MP3 export with ffmpeg."""
from __future__ import annotations

from pathlib import Path

from .config import Settings
from .models import EpisodeAudio, SpokenSegment


def render(spoken: list[SpokenSegment], settings: Settings, out_path: Path) -> EpisodeAudio:
    raise NotImplementedError

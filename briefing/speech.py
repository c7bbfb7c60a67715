"""Speech engines behind one small interface and a name registry."""
from __future__ import annotations

from pathlib import Path

from .config import Settings
from .models import Script, SpokenSegment


class SpeechEngine:
    name = ""

    def synthesize(self, text: str, wpm: int) -> object:
        raise NotImplementedError


def get_engine(name: str, settings: Settings) -> SpeechEngine:
    raise NotImplementedError


def speak(script: Script, engine: SpeechEngine, cache_dir: Path) -> list[SpokenSegment]:
    raise NotImplementedError

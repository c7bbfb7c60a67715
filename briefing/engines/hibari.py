"""hibari-tts: a small neural voice whose model ships inside the wheel (Apache-2.0, 24 kHz)."""
from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any

import numpy as np

from .base import SpeechEngine

if TYPE_CHECKING:
    from ..config import Settings

BUNDLED_VOICE = "heart"  # the only hibari voice inside the wheel; the others download, which we never allow


class HibariEngine(SpeechEngine):
    name = "hibari"
    description = "hibari-tts, American English voice 'heart' bundled in the wheel"
    licence = "Apache-2.0"
    offline = True
    sample_rate = 24000
    pace_curve = (  # seconds per spoken word by speed: scripts/bench_engines.py --curve hibari
        (0.5, 0.581), (0.6, 0.475), (0.65, 0.462), (0.7, 0.415), (0.75, 0.403),
        (0.8, 0.362), (0.85, 0.319), (0.9, 0.301), (1.0, 0.292), (1.2, 0.267),
    )
    real_time_factor = 0.006  # CPU s per audio s at the learner pace, measured by bench_engines.py
    load_seconds = 1.1  # spawn a worker process, import, load the model: measured

    def __init__(self, settings: Settings, threads: int = 1) -> None:
        super().__init__(settings)
        # One thread: a second one did not help (half of hibari's time is numpy DSP after the model).
        self.threads = threads
        self._loaded: Any = None  # loaded on first use: a rebuild served from the cache never needs it

    @property
    def _tts(self) -> Any:
        if self._loaded is None:
            from hibari import Hibari
            from hibari.voices import voice_path

            # download_missing=False: a voice outside the wheel must never be fetched at run time.
            model = voice_path(BUNDLED_VOICE, download_missing=False)
            self._loaded = Hibari(voice=BUNDLED_VOICE, model=model, threads=self.threads)
            self._loaded.g2p  # load the G2P now too, not lazily inside the first sentence
        return self._loaded

    @classmethod
    def check(cls, settings: Settings) -> str | None:
        if importlib.util.find_spec("hibari") is None:
            return "hibari-tts is not installed: pip install 'hibari-tts==0.2.1'"
        if settings.voice and settings.engine == cls.name and settings.voice != BUNDLED_VOICE:
            return (f"hibari can only use its bundled voice {BUNDLED_VOICE!r} offline, not {settings.voice!r}: "
                    "leave `voice` empty")
        return None

    @property
    def voice(self) -> str:
        return BUNDLED_VOICE

    @property
    def version(self) -> str:
        import hibari

        return hibari.__version__

    def synthesize(self, text: str, speed: float = 1.0) -> np.ndarray:
        # seed=0: the same sentence always gives the same samples, so caching and tests are stable.
        audio = self._tts(text, speed=float(speed), seed=0)
        return np.asarray(audio, dtype=np.float32)

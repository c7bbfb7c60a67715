"""espeak-ng from PATH (GPL-3.0): robotic but tiny and everywhere; used only when the user installed it."""
from __future__ import annotations

import io
import shutil
import subprocess
import wave
from typing import TYPE_CHECKING

import numpy as np

from ..errors import SpeechError
from .base import SpeechEngine

if TYPE_CHECKING:
    from ..config import Settings

BASE_WPM = 160  # espeak-ng's own words-per-minute setting at speed 1.0


class EspeakEngine(SpeechEngine):
    name = "espeak-ng"
    description = "espeak-ng from PATH (formant synthesis, robotic but very fast)"
    licence = "GPL-3.0"
    offline = True
    sample_rate = 22050
    pace_curve = ((0.5, 0.75), (1.0, 0.375), (2.0, 0.19))
    real_time_factor = 0.01
    load_seconds = 0.0

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self._exe = shutil.which("espeak-ng") or "espeak-ng"
        self._voice = settings.voice if settings.voice and not settings.voice.endswith(".onnx") else "en-us"

    @classmethod
    def check(cls, settings: Settings) -> str | None:
        if shutil.which("espeak-ng") is None:
            return "espeak-ng is not on PATH: install it with your system's package manager (e.g. apt install espeak-ng)"
        return None

    @property
    def voice(self) -> str:
        return self._voice

    @property
    def version(self) -> str:
        try:
            return subprocess.run([self._exe, "--version"], capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            return ""

    def synthesize(self, text: str, speed: float = 1.0) -> np.ndarray:
        cmd = [self._exe, "-v", self._voice, "-s", str(round(BASE_WPM * speed)), "--stdout", text]
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=60, check=True)
        except (OSError, subprocess.SubprocessError) as exc:
            raise SpeechError(f"espeak-ng failed: {exc}") from exc
        with wave.open(io.BytesIO(done.stdout)) as wav:
            rate, frames = wav.getframerate(), wav.readframes(wav.getnframes())
        samples = np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0
        if rate != self.sample_rate:
            self.sample_rate = rate  # type: ignore[misc]
        return samples

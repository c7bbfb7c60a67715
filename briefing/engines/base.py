"""The contract every speech engine meets, and the helpers they share."""
from __future__ import annotations

import abc
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

import numpy as np

from ..errors import EngineUnavailable, SpeechError

if TYPE_CHECKING:
    from ..config import Settings


@dataclass
class EngineStatus:
    """One row of `briefing engines`."""

    name: str
    usable: bool
    detail: str  # the description when usable, else why not and how to fix it
    licence: str
    offline: bool
    default: bool = False


class SpeechEngine(abc.ABC):
    """Text -> float32 mono samples in [-1, 1] at `sample_rate`.

    `speed` is relative to the engine's natural pace (1.0); the speech stage picks it to hit the wanted
    words per minute, using `words_per_second` (measured at speed 1.0, pauses excluded) as a first guess.
    """

    name: ClassVar[str]
    description: ClassVar[str]
    licence: ClassVar[str]
    offline: ClassVar[bool]
    sample_rate: ClassVar[int]
    # Seconds per spoken word (silence trimmed, no pauses) at a few speeds, measured with
    # scripts/bench_engines.py --curve. Engines are not linear in `speed` (hibari barely changes above
    # 0.9), so the speech stage interpolates this table rather than dividing by speed.
    pace_curve: ClassVar[tuple[tuple[float, float], ...]] = ((0.5, 0.6), (1.0, 0.3), (2.0, 0.15))
    # CPU seconds per second of audio on one core; the speech stage uses it to decide whether a
    # second worker process pays for its start-up.
    real_time_factor: ClassVar[float] = 0.1
    threads = 1  # CPU threads the engine itself uses; an engine using two gets no worker process
    load_seconds: ClassVar[float] = 0.5

    def __init__(self, settings: Settings) -> None:
        reason = self.check(settings)
        if reason:
            raise EngineUnavailable(reason)
        self.settings = settings

    @classmethod
    @abc.abstractmethod
    def check(cls, settings: Settings) -> str | None:
        """None if the engine can run here, else why not and the command that fixes it."""

    @abc.abstractmethod
    def synthesize(self, text: str, speed: float = 1.0) -> np.ndarray:
        """One sentence of spoken-form text -> float32 mono samples at `sample_rate`."""

    @classmethod
    def seconds_per_word(cls, speed: float) -> float:
        speeds, spw = zip(*cls.pace_curve)
        return float(np.interp(speed, speeds, spw))

    @classmethod
    def speed_for(cls, seconds_per_word: float) -> float:
        """The speed whose expected seconds per word is the one given (clamped to the measured range)."""
        speeds, spw = zip(*cls.pace_curve)
        return float(np.interp(seconds_per_word, spw[::-1], speeds[::-1]))

    @property
    def voice(self) -> str:
        """Which voice this instance speaks with (part of the cache key)."""
        return ""

    @property
    def version(self) -> str:
        """Engine and model version (part of the cache key): a new model must not reuse old clips."""
        return ""


def decode_with_ffmpeg(data: bytes, sample_rate: int, *, fmt: str = "", tempo: float = 1.0,
                       timeout: float = 60.0) -> np.ndarray:
    """Any audio ffmpeg reads (bytes) -> float32 mono at sample_rate; `tempo` changes speed, not pitch."""
    from ..ffmpeg import run_ffmpeg  # one runner for every stage: the same binary, flags and error lines

    args = ["-f", fmt] if fmt else []
    args += ["-i", "pipe:0", "-ac", "1", "-ar", str(sample_rate)]
    if abs(tempo - 1.0) > 1e-3:
        args += ["-af", f"atempo={max(0.5, min(tempo, 2.0)):.4f}"]
    args += ["-f", "f32le", "pipe:1"]
    pcm = run_ffmpeg(args, input_bytes=data, what="the speech audio", error=SpeechError, timeout=timeout)
    return np.frombuffer(pcm, dtype="<f4").astype(np.float32)

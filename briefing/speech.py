"""The speech stage: a Script -> one clip per sentence, at the learner pace, cached on disk.

Pace is the issue's definition: written words over the time from the first to the last caption cue, so
the pauses the audio stage puts between sentences (and sections) count. Each segment gets a time budget
(words / wpm) minus those pauses. A sample of sentences corrects the engine's measured pace curve for this
text, one full pass follows, and a segment still more than 2 % off has some sentences spoken again at a
speed on the other side of its budget until it fits.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .engines import DEFAULT_ENGINE, ENGINES, EngineStatus, SpeechEngine
from .errors import BriefingError, ConfigError, EngineUnavailable
from .models import Clip, Segment, SpokenSegment
from .speech_worker import SpeechWorker, synthesise_shared
from .spoken import spoken_form
from .timing import DEFAULT_WPM, SECTION_PAUSE, SENTENCE_PAUSE

if TYPE_CHECKING:
    from .config import Settings
    from .models import Script

__all__ = ["ENGINES", "EngineStatus", "SpeechEngine", "get_engine", "list_engines", "speak", "spoken_form"]

PACE_TOLERANCE = 0.02  # re-synthesise a segment whose speech misses its time budget by more than this
MAX_CORRECTIONS = 3  # rounds of re-speaking some sentences of a segment that is still off its budget
CORRECTION_CHUNK = 3  # sentences per segment re-spoken at a time (stop as soon as the segment fits)
SAMPLE_MIN_SECONDS = 8.0  # a segment's sample shorter than this borrows the whole script's bias


def get_engine(name: str, settings: Settings) -> SpeechEngine:
    """The engine called `name` ("" = the default offline engine), checked; its model loads on first use."""
    name = name or settings.engine or _default_engine(settings)
    cls = ENGINES.get(name)
    if cls is None:
        raise ConfigError(f"unknown speech engine {name!r}; choose one of: {', '.join(ENGINES)}")
    reason = cls.check(settings)
    if reason:
        raise EngineUnavailable(f"speech engine {name!r} cannot run: {reason}")
    try:
        return cls(settings)
    except BriefingError:
        raise
    except Exception as exc:  # a broken install or voice file: say which engine, keep the cause
        raise EngineUnavailable(f"speech engine {name!r} failed to load: {exc}") from exc


def _default_engine(settings: Settings) -> str:
    """The default engine, or else the first offline engine that can run here (else the default, to
    report why it cannot run)."""
    if ENGINES[DEFAULT_ENGINE].check(settings) is None:
        return DEFAULT_ENGINE
    for name, cls in ENGINES.items():
        if cls.offline and cls.check(settings) is None:
            return name
    return DEFAULT_ENGINE


def list_engines(settings: Settings) -> list[EngineStatus]:
    """Every registered engine with whether it can run here and, if not, the fix."""
    rows = []
    for name, cls in ENGINES.items():
        reason = cls.check(settings)
        rows.append(EngineStatus(
            name=name, usable=reason is None, detail=reason or cls.description, licence=cls.licence,
            offline=cls.offline, default=name == DEFAULT_ENGINE,
        ))
    return rows


@dataclass
class _Job:
    """One sentence to synthesise."""

    segment: int
    text: str  # the written sentence
    spoken: str
    speed: float
    key: str = ""


def speak(script: Script, engine: SpeechEngine, cache_dir: Path) -> list[SpokenSegment]:
    """One Clip per sentence of every segment, paced to script.wpm; clips are cached in cache_dir."""
    cache = _ClipCache(Path(cache_dir), engine)
    wpm = script.wpm or DEFAULT_WPM
    segments = script.segments
    paces = [
        _Pace(i, seg, _budget(seg.words, len(seg.sentences), wpm, last=i == len(segments) - 1), engine)
        for i, seg in enumerate(segments)
    ]

    # A second process for about two passes over the whole script, if nothing turns out to be cached.
    worker = SpeechWorker(engine, 2.0 * sum(max(pace.budget, 0.0) for pace in paces))
    try:
        return _speak(paces, engine, cache, worker)
    finally:
        worker.close()


def _speak(paces: list[_Pace], engine: SpeechEngine, cache: _ClipCache, worker: SpeechWorker) -> list[SpokenSegment]:
    # 1. Every third sentence at the pace curve's speed tells how this text differs from the curve
    #    (long sentences with commas run longer than the curve's text).
    sample = [(pace, n) for pace in paces for n in range(0, len(pace.jobs), 3)]
    for pace in paces:
        pace.set_speed(pace.curve_speed(1.0))
    sample_audio = _synthesise_all([pace.jobs[n] for pace, n in sample], engine, cache, worker)
    measured = {pace.index: 0.0 for pace in paces}
    expected = {pace.index: 0.0 for pace in paces}
    for (pace, n), samples in zip(sample, sample_audio):
        measured[pace.index] += len(samples) / engine.sample_rate
        expected[pace.index] += pace.expected_seconds(n)
    overall = sum(measured.values()) / sum(expected.values()) if sum(expected.values()) > 0 else 1.0
    for pace in paces:
        own = expected[pace.index] >= SAMPLE_MIN_SECONDS  # big enough to trust, else the script's figure
        bias = measured[pace.index] / expected[pace.index] if own else overall
        pace.bias = min(max(bias, 0.25), 4.0)  # an engine returning silence must not divide by zero
        pace.set_speed(pace.curve_speed(pace.bias))

    # 2. One full pass at the corrected speed.
    everything = [job for pace in paces for job in pace.jobs]
    audio = iter(_synthesise_all(everything, engine, cache, worker))
    for pace in paces:
        pace.clips = [next(audio) for _ in pace.jobs]

    # 3. A segment still off its budget gets some of its sentences again at a speed on the other side of
    #    the budget, spread through the segment, until the total fits. Engines are not smooth in speed
    #    (hibari's length drops by a sixth between speeds 0.795 and 0.805), so no single speed may fit.
    for _ in range(MAX_CORRECTIONS):
        todo = [pace for pace in paces if not pace.fits()]
        if not todo:
            break
        for pace in todo:
            pace.plan_correction()
        while batch := [(pace, n) for pace in todo for n in pace.next_candidates(CORRECTION_CHUNK)]:
            alternatives = _synthesise_all([pace.alternative(n) for pace, n in batch], engine, cache, worker)
            for (pace, n), samples in zip(batch, alternatives):
                pace.offer(n, samples)

    spoken = []
    for pace in paces:
        clips = [Clip(text=job.text, samples=samples, sample_rate=engine.sample_rate)
                 for job, samples in zip(pace.jobs, pace.clips)]
        spoken.append(SpokenSegment(segment=pace.segment, clips=clips))
    return spoken


def _budget(words: int, sentences: int, wpm: int, *, last: bool) -> float:
    """Seconds of speech (pauses excluded) a segment may take so that it, with its pauses, runs at wpm."""
    pauses = max(sentences - 1, 0) * SENTENCE_PAUSE + (0.0 if last else SECTION_PAUSE)
    return words / wpm * 60.0 - pauses


class _Pace:
    """One segment's sentences, their current clips, and the search for the length that fits its budget."""

    def __init__(self, index: int, segment: Segment, budget: float, engine: SpeechEngine) -> None:
        self.index, self.segment, self.budget, self.engine = index, segment, budget, engine
        self.jobs = [_Job(index, text, spoken_form(text), 1.0) for text in segment.sentences]
        self.words = max(sum(len(job.spoken.split()) for job in self.jobs), 1)
        self.bias = 1.0
        self.clips: list[np.ndarray] = []
        self.speeds: list[float] = []  # the speed of each current clip
        self.alt_speed = 1.0
        self.queue: list[int] = []

    def curve_speed(self, bias: float) -> float:
        # Rounded so a rebuild computes the very same speeds, hence the same cache keys.
        return round(self.engine.speed_for(self.budget / self.words / bias), 3) if self.budget > 0 else 1.0

    def set_speed(self, speed: float) -> None:
        for job in self.jobs:
            job.speed = speed
        self.speeds = [speed] * len(self.jobs)

    def expected_seconds(self, n: int) -> float:
        job = self.jobs[n]
        return len(job.spoken.split()) * self.engine.seconds_per_word(job.speed)

    def seconds(self) -> float:
        return sum(len(c) for c in self.clips) / self.engine.sample_rate

    def fits(self) -> bool:
        return self.budget <= 0 or abs(self.seconds() / self.budget - 1) <= PACE_TOLERANCE

    def plan_correction(self) -> None:
        """Pick a speed that overshoots to the other side of the budget by as much as we miss it now."""
        now = self.seconds()
        speed = self.speeds[0]
        bias = now / (self.engine.seconds_per_word(speed) * self.words)
        mirror = max(2 * self.budget - now, 0.5 * self.budget)
        alt = round(self.engine.speed_for(mirror / self.words / bias), 3)
        step = 0.02 if now > self.budget else -0.02  # too long: faster
        if (alt - speed) / step < 1:  # the curve says "hardly any change": move at least one step
            alt = round(speed + step, 3)
        self.alt_speed = alt
        # every other sentence first, so the changed sentences are spread through the segment
        self.queue = [n for n in [*range(0, len(self.jobs), 2), *range(1, len(self.jobs), 2)]
                      if self.speeds[n] != alt]

    def next_candidates(self, count: int) -> list[int]:
        if self.fits():
            self.queue = []
        taken, self.queue = self.queue[:count], self.queue[count:]
        return taken

    def alternative(self, n: int) -> _Job:
        job = self.jobs[n]
        return _Job(job.segment, job.text, job.spoken, self.alt_speed)

    def offer(self, n: int, samples: np.ndarray) -> None:
        """Take the new clip for sentence n if it brings the segment closer to its budget."""
        rate = self.engine.sample_rate
        now = self.seconds()
        after = now + (len(samples) - len(self.clips[n])) / rate
        if abs(after - self.budget) < abs(now - self.budget):
            self.clips[n] = samples
            self.speeds[n] = self.alt_speed


class _ClipCache:
    """Trimmed clips as .npy files named by the hash of everything that shapes the sound."""

    def __init__(self, folder: Path, engine: SpeechEngine) -> None:
        self.folder = folder
        self.identity = [engine.name, engine.voice, engine.version, engine.sample_rate]

    def key(self, job: _Job) -> str:
        blob = json.dumps([*self.identity, f"{job.speed:.3f}", job.spoken], ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.npy"

    def get(self, key: str) -> np.ndarray | None:
        try:
            return np.load(self.path(key), allow_pickle=False)
        except (OSError, ValueError):
            return None  # absent or damaged: synthesise again

    def put(self, key: str, samples: np.ndarray) -> None:
        path = self.path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                np.save(f, samples, allow_pickle=False)
            os.replace(tmp, path)  # atomic: a killed build never leaves half a clip behind
        except OSError:
            pass  # a read-only cache only costs time


def _synthesise_all(jobs: list[_Job], engine: SpeechEngine, cache: _ClipCache,
                    worker: SpeechWorker | None = None) -> list[np.ndarray]:
    """Samples for each job, from the cache when possible; misses are shared between two cores."""
    out: list[np.ndarray | None] = []
    missing: dict[str, list[int]] = {}  # a sentence said twice at one speed is synthesised once
    for n, job in enumerate(jobs):
        job.key = cache.key(job)
        samples = cache.get(job.key)
        out.append(samples)
        if samples is None:
            missing.setdefault(job.key, []).append(n)
    if missing:
        firsts = [ns[0] for ns in missing.values()]
        results = synthesise_shared(engine, [(jobs[n].spoken, jobs[n].speed) for n in firsts], worker)
        for ns, samples in zip(missing.values(), results):
            cache.put(jobs[ns[0]].key, samples)
            for n in ns:
                out[n] = samples
    return [s if s is not None else np.zeros(0, np.float32) for s in out]

"""The speech stage: a Script -> one clip per sentence, at the learner pace, cached on disk.

Pace is the issue's definition: written words over the time from the first to the last caption cue, so
the pauses the audio stage puts between sentences (and sections) count. Each segment gets a time budget
(words / wpm) minus those pauses; its clips are synthesised at a speed read off the engine's measured pace
curve, measured, and synthesised again at a corrected speed (at most twice) if they miss by more than 3 %.
"""
from __future__ import annotations

import concurrent.futures
import hashlib
import json
import multiprocessing
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .engines import DEFAULT_ENGINE, ENGINES, EngineStatus, SpeechEngine
from .errors import BriefingError, ConfigError, EngineUnavailable, SpeechError
from .models import Clip, SpokenSegment
from .spoken import spoken_form
from .timing import DEFAULT_WPM, SECTION_PAUSE, SENTENCE_PAUSE

if TYPE_CHECKING:
    from .config import Settings
    from .models import Script

__all__ = ["ENGINES", "EngineStatus", "SpeechEngine", "get_engine", "list_engines", "speak", "spoken_form"]

PACE_TOLERANCE = 0.03  # re-synthesise a segment whose speech misses its time budget by more than this
MAX_CORRECTIONS = 2
SILENCE_FLOOR = 0.02  # trim samples quieter than this fraction of the clip's peak at either end
EDGE_KEEP = 0.015  # seconds kept around the speech so soft consonants are not clipped


def get_engine(name: str, settings: Settings) -> SpeechEngine:
    """The engine called `name` ("" = the default offline engine), loaded and ready."""
    name = name or settings.engine or DEFAULT_ENGINE
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
    budgets = [_budget(seg.words, len(seg.sentences), wpm, last=i == len(segments) - 1)
               for i, seg in enumerate(segments)]

    jobs = [
        _Job(i, sentence, spoken_form(sentence), 1.0)
        for i, seg in enumerate(segments) for sentence in seg.sentences
    ]
    spoken_words = [max(sum(len(j.spoken.split()) for j in jobs if j.segment == i), 1) for i in range(len(segments))]
    bias = [1.0] * len(segments)  # measured / expected length: how this text differs from the curve's text
    for i, budget in enumerate(budgets):
        _set_speed(jobs, i, engine, budget / spoken_words[i])
    audio = _synthesise_all(jobs, engine, cache)

    # Up to two correction passes per segment that misses its budget; each one learns how much longer
    # or shorter this text is than the engine's pace curve predicts.
    for _ in range(MAX_CORRECTIONS):
        redo = []
        for i, budget in enumerate(budgets):
            members = [n for n, j in enumerate(jobs) if j.segment == i]
            seconds = sum(len(audio[n]) for n in members) / engine.sample_rate
            if budget <= 0 or seconds <= 0 or abs(seconds / budget - 1) <= PACE_TOLERANCE:
                continue
            speed = jobs[members[0]].speed
            bias[i] = seconds / (engine.seconds_per_word(speed) * spoken_words[i])
            old = speed
            _set_speed(jobs, i, engine, budget / spoken_words[i] / bias[i])
            if jobs[members[0]].speed != old:
                redo += members
        if not redo:
            break
        again = _synthesise_all([jobs[n] for n in redo], engine, cache)
        for n, samples in zip(redo, again):
            audio[n] = samples

    spoken = [SpokenSegment(segment=seg, clips=[]) for seg in segments]
    for job, samples in zip(jobs, audio):
        spoken[job.segment].clips.append(Clip(text=job.text, samples=samples, sample_rate=engine.sample_rate))
    return spoken


def _budget(words: int, sentences: int, wpm: int, *, last: bool) -> float:
    """Seconds of speech (pauses excluded) a segment may take so that it, with its pauses, runs at wpm."""
    pauses = max(sentences - 1, 0) * SENTENCE_PAUSE + (0.0 if last else SECTION_PAUSE)
    return words / wpm * 60.0 - pauses


def _set_speed(jobs: list[_Job], segment: int, engine: SpeechEngine, seconds_per_word: float) -> None:
    # Rounded so a rebuild computes the very same cache keys.
    speed = round(engine.speed_for(seconds_per_word), 3)
    for job in jobs:
        if job.segment == segment:
            job.speed = speed


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


def _synthesise_all(jobs: list[_Job], engine: SpeechEngine, cache: _ClipCache) -> list[np.ndarray]:
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
        results = _run(engine, [(jobs[n].spoken, jobs[n].speed) for n in firsts])
        for ns, samples in zip(missing.values(), results):
            cache.put(jobs[ns[0]].key, samples)
            for n in ns:
                out[n] = samples
    return [s if s is not None else np.zeros(0, np.float32) for s in out]


def synthesise_clip(engine: SpeechEngine, text: str, speed: float) -> np.ndarray:
    """One sentence -> trimmed float32 samples; engine errors become SpeechError."""
    try:
        samples = engine.synthesize(text, speed)
    except BriefingError:
        raise
    except Exception as exc:
        raise SpeechError(f"{engine.name} could not speak {text[:60]!r}: {exc}") from exc
    return trim_silence(np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0), engine.sample_rate)


def trim_silence(samples: np.ndarray, sample_rate: int) -> np.ndarray:
    """Drop the silence an engine leaves before and after a sentence: the audio stage adds exact pauses."""
    if samples.size == 0:
        return samples
    loud = np.flatnonzero(np.abs(samples) > SILENCE_FLOOR * float(np.abs(samples).max()))
    if loud.size == 0:
        return samples[:0]
    keep = int(EDGE_KEEP * sample_rate)
    return samples[max(loud[0] - keep, 0): loud[-1] + keep + 1].copy()


# -- two cores ----------------------------------------------------------------------------------------
# The main process synthesises from the front of the list while one worker process (loading its own
# copy of the engine) takes sentences from the back; they meet in the middle. The worker only starts
# when the work is worth more than its start-up, so short scripts and cache hits stay in one process.

_worker_engine: SpeechEngine | None = None


def _worker_init(name: str, settings: Settings) -> None:
    global _worker_engine
    _worker_engine = ENGINES[name](settings)


def _worker_synthesise(text: str, speed: float) -> np.ndarray:
    assert _worker_engine is not None
    return synthesise_clip(_worker_engine, text, speed)


def _worth_a_worker(engine: SpeechEngine, items: list[tuple[str, float]]) -> bool:
    forced = os.environ.get("BRIEFING_SPEECH_WORKERS", "")  # "1": never, "2": always (benchmarks, tests)
    if forced in ("1", "2"):
        return forced == "2" and len(items) > 1
    if (os.cpu_count() or 1) < 2:
        return False
    audio_seconds = sum(len(text.split()) * engine.seconds_per_word(speed) for text, speed in items)
    cpu_seconds = audio_seconds * engine.real_time_factor
    return cpu_seconds > 2 * engine.load_seconds + 0.3


def _run(engine: SpeechEngine, items: list[tuple[str, float]]) -> list[np.ndarray]:
    if not _worth_a_worker(engine, items):
        return [synthesise_clip(engine, text, speed) for text, speed in items]

    results: list[np.ndarray | None] = [None] * len(items)
    lock = threading.Lock()
    front, back = 0, len(items) - 1
    failure: list[BaseException] = []

    def take_back() -> int | None:
        nonlocal back
        with lock:
            if back < front:
                return None
            back -= 1
            return back + 1

    def feed_worker(pool: concurrent.futures.ProcessPoolExecutor) -> None:
        try:
            while (n := take_back()) is not None:
                results[n] = pool.submit(_worker_synthesise, *items[n]).result()
        except BaseException as exc:  # reported by the main thread
            failure.append(exc)

    # spawn, not fork: forking a process that already runs onnxruntime or ctranslate2 threads can
    # deadlock the child (it did, in scripts/eval_audio.py). The start-up is in engine.load_seconds.
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(
        max_workers=1, mp_context=context, initializer=_worker_init, initargs=(engine.name, engine.settings),
    ) as pool:
        helper = threading.Thread(target=feed_worker, args=(pool,), daemon=True)
        helper.start()
        while True:
            with lock:
                if front > back:
                    break
                n, front = front, front + 1
            results[n] = synthesise_clip(engine, *items[n])
        helper.join()
    if failure:
        exc = failure[0]
        if isinstance(exc, BriefingError):
            raise exc
        raise SpeechError(f"the second speech worker failed: {exc}") from exc
    return [r if r is not None else np.zeros(0, np.float32) for r in results]

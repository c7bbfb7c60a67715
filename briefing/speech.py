"""The speech stage: a Script -> one clip per sentence, at the learner pace, cached on disk.

Pace is the issue's definition: written words over the time from the first to the last caption cue, so
the pauses the audio stage puts between sentences (and sections) count. Each segment gets a time budget
(words / wpm) minus those pauses; its clips are synthesised at a speed read off the engine's measured pace
curve, measured, and synthesised again at a corrected speed (a short search) if they miss by more than 3 %.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import struct
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

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
MAX_CORRECTIONS = 4
MIX_SPAN = 0.05  # tries at most this far apart in speed may be mixed sentence by sentence
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
    members = [[n for n, j in enumerate(jobs) if j.segment == i] for i in range(len(segments))]
    tries = [_PaceSearch(budget, sum(len(jobs[n].spoken.split()) for n in m), engine)
             for budget, m in zip(budgets, members)]

    # Every segment starts at the speed the engine's pace curve predicts; segments that miss their budget
    # by more than PACE_TOLERANCE are tried again at a corrected speed (at most MAX_CORRECTIONS times),
    # and each keeps its best try. Engines are not smooth in `speed`, hence a search, not one division.
    todo = list(range(len(segments)))
    speeds = {i: tries[i].first_speed() for i in todo}
    for _ in range(MAX_CORRECTIONS + 1):
        batch = [n for i in todo for n in members[i]]
        for i in todo:
            for n in members[i]:
                jobs[n].speed = speeds[i]
        audio = _synthesise_all([jobs[n] for n in batch], engine, cache)
        by_job = dict(zip(batch, audio))
        for i in todo:
            tries[i].record(speeds[i], [by_job[n] for n in members[i]])
        speeds = {i: tries[i].next_speed() for i in todo}
        todo = [i for i in todo if speeds[i] is not None]
        if not todo:
            break

    spoken = []
    for seg, search in zip(segments, tries):
        clips = [Clip(text=text, samples=samples, sample_rate=engine.sample_rate)
                 for text, samples in zip(seg.sentences, search.best_clips())]
        spoken.append(SpokenSegment(segment=seg, clips=clips))
    return spoken


def _budget(words: int, sentences: int, wpm: int, *, last: bool) -> float:
    """Seconds of speech (pauses excluded) a segment may take so that it, with its pauses, runs at wpm."""
    pauses = max(sentences - 1, 0) * SENTENCE_PAUSE + (0.0 if last else SECTION_PAUSE)
    return words / wpm * 60.0 - pauses


class _PaceSearch:
    """Finds the speed at which one segment's clips last `budget` seconds."""

    def __init__(self, budget: float, spoken_words: int, engine: SpeechEngine) -> None:
        self.budget, self.words, self.engine = budget, max(spoken_words, 1), engine
        self.tried: list[tuple[float, float, list[np.ndarray]]] = []  # (speed, seconds, clips)

    def first_speed(self) -> float:
        return self._speed_for(self.budget / self.words)

    def _speed_for(self, seconds_per_word: float) -> float:
        # Rounded so a rebuild computes the very same speeds, hence the same cache keys.
        return round(self.engine.speed_for(seconds_per_word), 3)

    def record(self, speed: float, clips: list[np.ndarray]) -> None:
        seconds = sum(len(c) for c in clips) / self.engine.sample_rate
        self.tried.append((speed, seconds, clips))

    def _miss(self, seconds: float) -> float:
        return abs(seconds / self.budget - 1) if self.budget > 0 else 0.0

    def _bracket(self) -> tuple[tuple[float, float, list[np.ndarray]], tuple[float, float, list[np.ndarray]]] | None:
        """The closest tries on either side of the budget: (too long, too short), if both exist."""
        too_long = [t for t in self.tried if t[1] > self.budget]
        too_short = [t for t in self.tried if t[1] < self.budget]
        if not (too_long and too_short):
            return None
        return max(too_long, key=lambda t: t[0]), min(too_short, key=lambda t: t[0])

    def next_speed(self) -> float | None:
        """The next speed to try, or None when the tries so far are close enough (alone or mixed)."""
        speed, seconds, _ = self.tried[-1]
        if self.budget <= 0 or seconds <= 0 or min(self._miss(t[1]) for t in self.tried) <= PACE_TOLERANCE:
            return None
        bracket = self._bracket()
        if bracket:
            (slow, _, _), (fast, _, _) = bracket
            if fast - slow <= MIX_SPAN:
                return None  # close enough to mix sentence by sentence (best_clips)
            new = round((slow + fast) / 2, 3)  # halve the bracket: interpolation crawls over hibari's cliff
        else:
            # One side only: this text runs `bias` times the curve's length; correct the curve by it.
            bias = seconds / (self.engine.seconds_per_word(speed) * self.words)
            new = self._speed_for(self.budget / self.words / bias)
        if any(abs(new - t[0]) < 0.0015 for t in self.tried):
            return None
        return new

    def best_clips(self) -> list[np.ndarray]:
        best = min(self.tried, key=lambda t: self._miss(t[1]))
        bracket = self._bracket()
        if self._miss(best[1]) <= PACE_TOLERANCE or bracket is None or bracket[1][0] - bracket[0][0] > MIX_SPAN:
            return best[2]
        # hibari's length can jump by a sixth between two speeds 0.01 apart, so no single speed fits;
        # take some sentences from the faster try, spread through the segment, until the total fits.
        slow, fast = bracket[0][2], bracket[1][2]
        clips = list(slow)
        excess = (bracket[0][1] - self.budget) * self.engine.sample_rate
        order = list(range(0, len(clips), 2)) + list(range(1, len(clips), 2))
        for n in order:
            saving = len(slow[n]) - len(fast[n])
            if saving <= 0 or excess <= 0:
                continue
            if saving / 2 > excess:  # swapping would overshoot by more than it gains
                continue
            clips[n] = fast[n]
            excess -= saving
        return clips


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
# The worker is a plain `python -c` subprocess talking pickles over its stdin/stdout: multiprocessing's
# fork deadlocked beside onnxruntime/ctranslate2 threads, and its spawn re-runs the caller's __main__.
# If the worker fails in any way, the main process simply does the rest itself.

_WORKER_CODE = "from briefing.speech import _worker_main; _worker_main()"


def _send(stream: BinaryIO, obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("<Q", len(data)) + data)
    stream.flush()


def _receive(stream: BinaryIO) -> object:
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError("speech worker closed its pipe")
    (size,) = struct.unpack("<Q", head)
    return pickle.loads(stream.read(size))


def _worker_main() -> None:
    """The worker's loop: (engine name, settings), then (text, speed) requests until stdin closes."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # anything an engine prints must not corrupt the pipe
    name, settings = _receive(stdin)  # type: ignore[misc]
    engine = ENGINES[name](settings)
    while True:
        try:
            text, speed = _receive(stdin)  # type: ignore[misc]
        except EOFError:
            return
        try:
            _send(stdout, ("ok", synthesise_clip(engine, text, speed)))
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which retries itself
            _send(stdout, ("error", str(exc)))


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

    def take_back() -> int | None:
        nonlocal back
        with lock:
            if back < front:
                return None
            back -= 1
            return back + 1

    def feed_worker(worker: subprocess.Popen[bytes]) -> None:
        assert worker.stdin is not None and worker.stdout is not None
        try:
            _send(worker.stdin, (engine.name, engine.settings))
            while (n := take_back()) is not None:
                _send(worker.stdin, items[n])
                status, payload = _receive(worker.stdout)  # type: ignore[misc]
                if status != "ok":
                    return  # the main process retries this sentence and reports its error
                results[n] = payload  # type: ignore[assignment]
        except (OSError, EOFError, pickle.UnpicklingError):
            return

    worker = subprocess.Popen([sys.executable, "-c", _WORKER_CODE], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL)
    try:
        helper = threading.Thread(target=feed_worker, args=(worker,), daemon=True)
        helper.start()
        while True:
            with lock:
                if front > back:
                    break
                n, front = front, front + 1
            results[n] = synthesise_clip(engine, *items[n])
        helper.join()
    finally:
        if worker.stdin:
            worker.stdin.close()
        try:
            worker.wait(timeout=5)
        except subprocess.TimeoutExpired:
            worker.kill()
    # Whatever the worker failed to deliver, the main process does now (and raises its error, if any).
    return [r if r is not None else synthesise_clip(engine, *items[n]) for n, r in enumerate(results)]

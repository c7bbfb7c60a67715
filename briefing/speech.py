"""The speech stage: a Script -> one clip per sentence, at the learner pace, cached on disk.

Pace is the issue's definition: written words over the time from the first to the last caption cue, so
the pauses the audio stage puts between sentences (and sections) count. Each segment gets a time budget
(words / wpm) minus those pauses. A sample of sentences corrects the engine's measured pace curve for this
text, one full pass follows, and a segment still more than 3 % off has some sentences spoken again at a
speed on the other side of its budget until it fits.
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
from typing import IO, TYPE_CHECKING, Any

import numpy as np

from .engines import DEFAULT_ENGINE, ENGINES, EngineStatus, SpeechEngine
from .errors import BriefingError, ConfigError, EngineUnavailable, SpeechError
from .models import Clip, Segment, SpokenSegment
from .spoken import spoken_form
from .timing import DEFAULT_WPM, SECTION_PAUSE, SENTENCE_PAUSE

if TYPE_CHECKING:
    from .config import Settings
    from .models import Script

__all__ = ["ENGINES", "EngineStatus", "SpeechEngine", "get_engine", "list_engines", "speak", "spoken_form"]

PACE_TOLERANCE = 0.03  # re-synthesise a segment whose speech misses its time budget by more than this
MAX_CORRECTIONS = 3  # rounds of re-speaking some sentences of a segment that is still off its budget
CORRECTION_CHUNK = 3  # sentences per segment re-spoken at a time (stop as soon as the segment fits)
SAMPLE_MIN_SECONDS = 8.0  # a segment's sample shorter than this borrows the whole script's bias
SILENCE_FLOOR = 0.02  # trim samples quieter than this fraction of the clip's peak at either end
EDGE_KEEP = 0.015  # seconds kept around the speech so soft consonants are not clipped


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

    # A second process for about 1.6 passes over the whole script, if nothing turns out to be cached.
    worker = _Worker(engine, 1.6 * sum(max(pace.budget, 0.0) for pace in paces))
    try:
        return _speak(paces, engine, cache, worker)
    finally:
        worker.close()


def _speak(paces: list[_Pace], engine: SpeechEngine, cache: _ClipCache, worker: _Worker) -> list[SpokenSegment]:
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
                    worker: _Worker | None = None) -> list[np.ndarray]:
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
        results = _run(engine, [(jobs[n].spoken, jobs[n].speed) for n in firsts], worker)
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


def _send(stream: IO[bytes], obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("<Q", len(data)) + data)
    stream.flush()


def _receive(stream: IO[bytes]) -> Any:
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError("speech worker closed its pipe")
    (size,) = struct.unpack("<Q", head)
    return pickle.loads(stream.read(size))


def _worker_main() -> None:
    """The worker's loop: (engine name, settings), then (text, speed) requests until stdin closes."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # anything an engine prints must not corrupt the pipe
    name, settings = _receive(stdin)
    engine = ENGINES[name](settings)
    try:
        synthesise_clip(engine, "Ready.", 1.0)  # load the model now: the parent waits for "ready"
    except Exception:  # noqa: BLE001 - the parent then does all the work itself
        return
    _send(stdout, "ready")
    while True:
        try:
            text, speed = _receive(stdin)
        except EOFError:
            return
        try:
            _send(stdout, ("ok", synthesise_clip(engine, text, speed)))
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which retries itself
            _send(stdout, ("error", str(exc)))


class _Worker:
    """One helper process for one speak() call. It starts at the first synthesis that needs it and loads
    its engine while the main process is already speaking; it takes sentences only once it is ready, so
    the main process never waits for its start-up."""

    def __init__(self, engine: SpeechEngine, expected_audio_seconds: float) -> None:
        self.engine = engine
        self.wanted = _worth_a_worker(engine, expected_audio_seconds)
        self.proc: subprocess.Popen[bytes] | None = None
        self.ready = threading.Event()
        self.broken = False

    def start(self) -> bool:
        """True if there is (or now is) a worker to share with."""
        if not self.wanted or self.broken:
            return False
        if self.proc is None:
            # The worker must import this very package, installed or not.
            package_root = str(Path(__file__).resolve().parent.parent)
            env = dict(os.environ, PYTHONPATH=os.pathsep.join(
                p for p in (package_root, os.environ.get("PYTHONPATH", "")) if p))
            self.proc = subprocess.Popen([sys.executable, "-c", _WORKER_CODE], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
            threading.Thread(target=self._handshake, daemon=True).start()
        return True

    def _handshake(self) -> None:
        assert self.proc is not None and self.proc.stdin is not None and self.proc.stdout is not None
        try:
            _send(self.proc.stdin, (self.engine.name, self.engine.settings))
            if _receive(self.proc.stdout) == "ready":
                self.ready.set()
                return
        except (OSError, EOFError, pickle.UnpicklingError):
            pass
        self.broken = True

    def ask(self, item: tuple[str, float]) -> np.ndarray | None:
        assert self.proc is not None and self.proc.stdin is not None and self.proc.stdout is not None
        try:
            _send(self.proc.stdin, item)
            status, payload = _receive(self.proc.stdout)
        except (OSError, EOFError, pickle.UnpicklingError):
            self.broken = True
            return None
        return payload if status == "ok" else None  # on error the main process retries and reports

    def close(self) -> None:
        if self.proc is None:
            return
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _worth_a_worker(engine: SpeechEngine, audio_seconds: float) -> bool:
    forced = os.environ.get("BRIEFING_SPEECH_WORKERS", "")  # "1": never, "2": always (benchmarks, tests)
    if forced in ("1", "2"):
        return forced == "2"
    if (os.cpu_count() or 1) < 2 or engine.threads > 1:
        return False
    return audio_seconds * engine.real_time_factor > engine.load_seconds + 0.3


def _run(engine: SpeechEngine, items: list[tuple[str, float]], worker: _Worker | None) -> list[np.ndarray]:
    if worker is None or len(items) < 2 or not worker.start():
        return [synthesise_clip(engine, text, speed) for text, speed in items]

    results: list[np.ndarray | None] = [None] * len(items)
    lock = threading.Lock()
    front, back = 0, len(items) - 1
    finished = threading.Event()

    def take_back() -> int | None:
        nonlocal back
        with lock:
            if back < front:
                return None
            back -= 1
            return back + 1

    def feed_worker() -> None:
        while not worker.ready.wait(0.02):
            if finished.is_set() or worker.broken:
                return
        while not worker.broken and (n := take_back()) is not None:
            results[n] = worker.ask(items[n])

    helper = threading.Thread(target=feed_worker, daemon=True)
    helper.start()
    while True:
        with lock:
            if front > back:
                break
            n, front = front, front + 1
        results[n] = synthesise_clip(engine, *items[n])
    finished.set()
    helper.join()
    # Whatever the worker failed to deliver, the main process does now (and raises its error, if any).
    return [r if r is not None else synthesise_clip(engine, *items[n]) for n, r in enumerate(results)]

"""One sentence to samples, and the second core: the worker process that shares a speak() call's synthesis.

Split from speech.py, which plans the pace and the cache; this module only turns (text, speed) into trimmed
samples, in this process or in one helper process.
"""

from __future__ import annotations

import os
import pickle
import struct
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

import numpy as np

from .engines import ENGINES, SpeechEngine
from .errors import BriefingError, SpeechError

SILENCE_FLOOR = 0.02  # trim samples quieter than this fraction of the clip's peak at either end
EDGE_KEEP = 0.015  # seconds kept around the speech so soft consonants are not clipped


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

_WORKER_CODE = "from briefing.speech_worker import _worker_main; _worker_main()"


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


class SpeechWorker:
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


def synthesise_shared(engine: SpeechEngine, items: list[tuple[str, float]],
                      worker: SpeechWorker | None) -> list[np.ndarray]:
    """Samples for each (text, speed), the main process from the front, the worker (when ready) from the back."""
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

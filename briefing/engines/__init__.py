"""Speech engines: one module per engine, each a SpeechEngine subclass registered in ENGINES by name."""
from __future__ import annotations

from .base import EngineStatus, SpeechEngine
from .espeak import EspeakEngine
from .gtts import GttsEngine
from .hibari import HibariEngine
from .piper import PiperEngine

# Order matters: the first usable offline engine is the fallback when the default cannot run.
ENGINES: dict[str, type[SpeechEngine]] = {
    cls.name: cls for cls in (HibariEngine, PiperEngine, EspeakEngine, GttsEngine)
}
DEFAULT_ENGINE = "hibari"  # chosen by measurement: see docs/engines.md

__all__ = ["DEFAULT_ENGINE", "ENGINES", "EngineStatus", "SpeechEngine"]

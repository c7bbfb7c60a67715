"""Script writer engines: name -> class. "plain" is offline and the default; "llm" is optional."""
from __future__ import annotations

from .base import ScriptWriter, estimated_seconds, spoken_date
from .llm import LLMWriter
from .plain import PlainWriter

WRITERS: dict[str, type[ScriptWriter]] = {w.name: w for w in (PlainWriter, LLMWriter)}

__all__ = ["WRITERS", "LLMWriter", "PlainWriter", "ScriptWriter", "estimated_seconds", "spoken_date"]

"""placeholder"""
from __future__ import annotations
from .base import ScriptWriter
class LLMWriter(ScriptWriter):
    name = "llm"
    def write(self, articles, *, date, title=None):
        raise NotImplementedError

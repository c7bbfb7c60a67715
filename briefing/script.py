"""Write the spoken script: the learner format, from cleaned articles.

The writer engine is chosen by settings.writer (see briefing/writers): "plain" is the offline
rule-based writer; "llm" asks an OpenAI-compatible endpoint and falls back to "plain" when its
answer fails the checks in briefing/checks.py or the endpoint is down or slow.
"""
from __future__ import annotations

import datetime as dt

from .config import Settings
from .errors import ConfigError, ScriptError
from .models import Article, Script
from .writers import WRITERS, ScriptWriter, estimated_seconds

__all__ = ["WRITERS", "estimated_seconds", "get_writer", "write_script"]


def get_writer(name: str, settings: Settings) -> ScriptWriter:
    try:
        cls = WRITERS[name or "plain"]
    except KeyError:
        raise ConfigError(f"unknown script writer {name!r}; choose one of: {', '.join(WRITERS)}") from None
    return cls(settings)


def write_script(articles: list[Article], *, settings: Settings, date: dt.date, title: str | None = None) -> Script:
    if not articles:
        raise ScriptError("no articles to write about; give at least one source")
    return get_writer(settings.writer, settings).write(list(articles), date=date, title=title)

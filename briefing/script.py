"""Write the spoken script: the learner format, from cleaned articles."""
from __future__ import annotations

import datetime as dt

from .config import Settings
from .models import Article, Script


def write_script(articles: list[Article], *, settings: Settings, date: dt.date, title: str | None = None) -> Script:
    raise NotImplementedError


def estimated_seconds(script: Script) -> float:
    raise NotImplementedError

"""The invented articles under tests/fixtures/script and how a script is pinned as a golden file."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.models import Article, Script
from briefing.script import estimated_seconds

FIXTURES = Path(__file__).parent / "fixtures" / "script"
DATE = dt.date(2021, 7, 5)


def load(name: str) -> Article:
    title, _, body = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").partition("\n")
    return Article(title.strip(), body.strip(), source=f"{name}.txt")


def as_json(script: Script) -> dict:
    return {
        "title": script.title,
        "writer": script.writer,
        "estimated_seconds": round(estimated_seconds(script), 1),
        "segments": [{"kind": s.kind, "title": s.title, "sentences": s.sentences} for s in script.segments],
    }

"""briefing: news articles in, a plain-English audio news briefing and podcast feed out."""
from __future__ import annotations

__version__ = "0.1.0"

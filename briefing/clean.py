"""Keep only the story: strip page furniture from text copies, extract articles from HTML."""
from __future__ import annotations

from .models import Article


def clean_page_text(text: str, source: str = "") -> Article:
    """A whole-page text copy (boilerplate and all) -> the article's title and body."""
    raise NotImplementedError


def extract_html(html: str, url: str | None = None, source: str = "") -> Article:
    """An HTML page -> the article, via trafilatura, then the same furniture rules."""
    raise NotImplementedError

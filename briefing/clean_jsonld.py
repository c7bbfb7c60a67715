"""The story as the page's JSON-LD gives it, for pages that show only part of it.

A paywalled or metered news page often shows a reader its first few paragraphs and a "subscribers only" box,
while the NewsArticle record in its <script type="application/ld+json"> (written for search engines) carries the
whole text in "articleBody". trafilatura reads what the page shows, so the story would end after its opening.
The record is used only when it is clearly the same story and clearly longer; on every other page the text
trafilatura found stays as it was.
"""
from __future__ import annotations

import json
import re
from typing import Any

_LD_SCRIPT = re.compile(
    r"<script[^>]*type=[\"']application/ld\+json[\"'][^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                            "BlogPosting", "Report"})
LONGER = 1.5  # the record must hold this many times the words found on the page ...
PROMPT_WORDS = 12  # a shown paragraph this short may be the paywall's prompt, not the story
MORE_WORDS = 80  # ... and at least this many more: a record a few words longer is the same text, differently cut


def _records(value: Any) -> list[dict[str, Any]]:
    """Every JSON object in a JSON-LD block: a list of records, or a record with an "@graph" list."""
    if isinstance(value, list):
        return [r for item in value for r in _records(item)]
    if isinstance(value, dict):
        return [value] + _records(value.get("@graph", []))
    return []


def _is_article(record: dict[str, Any]) -> bool:
    kind = record.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k in _ARTICLE_TYPES for k in kinds)


def ld_article_body(html: str) -> str:
    """The longest articleBody of an article record in the page's JSON-LD; '' when there is none."""
    bodies: list[str] = []
    for block in _LD_SCRIPT.findall(html):
        try:
            data = json.loads(block.strip())
        except ValueError:
            continue  # broken JSON (a stray control character, a trailing comma): the page text stands
        for record in _records(data):
            body = record.get("articleBody")
            if _is_article(record) and isinstance(body, str):
                bodies.append(body)
    return max(bodies, key=len, default="")


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def fuller_story(html: str, shown: list[str]) -> list[str] | None:
    """The JSON-LD articleBody as paragraphs when it holds the story the page shows and much more of it (the page
    cut it short); None when the page's own text should stand.

    Same story: the opening words of the page's first paragraph and every shown paragraph of more than a few
    words are in the record (the page shows a leading part of the same text; a short "for subscribers" prompt
    under it is not). Paragraphs are the record's lines; a record written as one run of text stays one
    paragraph, since guessing its breaks would split sentences."""
    body = ld_article_body(html)
    if not body or not shown:
        return None
    page_words = sum(len(p.split()) for p in shown)
    body_words = len(body.split())
    if body_words < LONGER * page_words or body_words - page_words < MORE_WORDS:
        return None
    record = _key(body)
    opening = _key(" ".join(shown[0].split()[:12]))
    if not opening or opening not in record:
        return None
    if any(_key(p) not in record for p in shown if len(p.split()) > PROMPT_WORDS):
        return None
    paragraphs = [" ".join(line.split()) for line in body.splitlines()]
    return [p for p in paragraphs if p]

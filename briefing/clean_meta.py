"""The byline and the publication date of a page copy: found on short lines near the story."""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .clean_lines import Line

BYLINE = re.compile(
    r"^(?:[Ww]ritten\s+)?(?:[Bb]y|BY)[:\s]+"
    r"((?:[A-Z][\w.'’-]*\s?){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\w.'’-]*\s?){1,4})*)"
)
# Words that follow a name on a byline line but are not part of it.
BYLINE_STOP = re.compile(
    r"\s+(?:updated|published|posted|staff|columnist|reporter|correspondent|editor|writer|for|in|on|at|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)(?:[\s,].*)?$",
    re.IGNORECASE,
)
DATE_HINT = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b"
    r"|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b",
    re.IGNORECASE,
)

PUBLISHED_LABEL = re.compile(r"\b(published|posted|first\s+published)\b", re.IGNORECASE)


def find_byline(lines: list[Line]) -> str | None:
    for line in lines:
        match = BYLINE.match(line.text)
        if match and line.words <= 12:
            name = re.split(r"\s*[|•·]\s*", match.group(1).strip())[0]
            name = BYLINE_STOP.sub("", name).strip(" ,|&")
            name = re.sub(r"\s+,", ",", name)
            if re.sub(r"\band\b", "", name).upper() == re.sub(r"\band\b", "", name):
                name = name.title().replace(" And ", " and ")
            if name and name.lower() not in {"the", "staff"}:
                return name
    return None


def find_published(near_story: list[Line], page: list[Line]) -> dt.datetime | None:
    """A date on a short "Published ..." line anywhere, else a short dated line near the story."""
    from dateutil import parser as date_parser  # dateutil comes with trafilatura

    labelled = [line for line in page if PUBLISHED_LABEL.search(line.text)]
    for line in labelled + near_story:
        if line.words > 16:
            continue
        match = DATE_HINT.search(line.text)
        if not match:
            continue
        try:
            return date_parser.parse(match.group(0), fuzzy=True)
        except (ValueError, OverflowError):
            continue
    return None

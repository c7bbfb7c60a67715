"""The dateline that opens a wire story ("WASHINGTON —", "LONDON (AP) —", "(CNN)"): page furniture to a
listener, and a trap for the sentence splitter ("COLUMBIA, S.C. (AP) — About a dozen ..." is not a
sentence that starts with "COLUMBIA").

The cleaner takes it off the first paragraph. The place is usually named again in the story, and the
agency is a credit, not news.
"""
from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE = re.compile(
    rf"""^(?:
        # a place in capitals, maybe with its state or country: WASHINGTON / COLUMBIA, S.C. / BAAR, SWITZERLAND
        [A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){{0,3}}(?:,\s*[A-Z][A-Za-z.\-]+(?:\s[A-Z][A-Za-z.\-]+)?)?
        (?:,?\s*{_MONTH}\s\d{{1,2}}(?:,\s*\d{{4}})?)?  # "Nov. 18", "May 12, 2025"
        (?:,?\s*\d{{1,2}}\s{_MONTH}(?:\s\d{{4}})?)?  # the day first, as British releases write it: "9 April 2025"
        \s*(?:\([A-Za-z][\w .&'-]{{0,24}}\))?      # "(AP)", "(Reuters)", "(Staff report)"
        \s*(?:/[A-Za-z][\w .&'-]{{1,30}}/)?         # a press release's wire: "/PRNewswire/"
        \s*(?:—|–|--|\s-|\||:)\s+                  # the dash, bar or colon that ends it
      |
        \((?:AP|AFP|CNN|Reuters|Bloomberg|BBC|UPI|dpa|IANS|PTI|ANI|Xinhua|CNBC|NPR)\)\s*(?:—|–|--|-)?\s*
    )""",
    re.VERBOSE,
)
_PLACE_CAPITALS = re.compile(r"^\(|[A-Z]{3}")  # a real dateline place has a run of capitals ("COLUMBIA")
# a place written in Title Case with its state or country after a comma: "Washington, DC, United States:",
# "Paris, France —" (a heading "Storm Edric: hundreds saved" has no comma)
_TITLE_CASE_DATELINE = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, (?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})){1,2}\s*(?:—|–|:)\s+")


# Indian wires write the place in Title Case, then the date, then the agency, often with no dash at all:
# "Mumbai, Nov 12 (PTI) Suryodaya Textiles on Wednesday reported ...", "New Delhi, May 3 (IANS) -". The agency
# in brackets is what marks it a dateline, so only a known wire's name is taken.
_AGENCY_DATELINE = re.compile(
    rf"^[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}(?:, [A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}})?,?\s*"
    rf"(?:{_MONTH}\s\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s{_MONTH}(?:\s\d{{4}})?)?\s*"
    r"\((?:PTI|IANS|ANI|UNI|AP|AFP|Reuters|Bloomberg|Xinhua)\)\s*(?:—|–|--|-|:)?\s+")


def strip_dateline(paragraph: str) -> str:
    """The first paragraph without its dateline; any other text comes back unchanged."""
    m = DATELINE.match(paragraph)
    if not m or not _PLACE_CAPITALS.search(m.group(0)):
        m = _TITLE_CASE_DATELINE.match(paragraph) or _AGENCY_DATELINE.match(paragraph)
    if not m:
        return paragraph
    rest = paragraph[m.end():]
    if len(rest.split()) < 4 or not rest[:1].isupper() and not rest[:1].isdigit() and rest[:1] not in "\"“'":
        return paragraph  # "UK: inflation" or a heading: not the dateline of a story paragraph
    return rest

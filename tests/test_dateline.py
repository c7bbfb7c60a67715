"""Wire datelines come off the first paragraph; ordinary openings stay."""
from __future__ import annotations

import pytest

from briefing.clean import clean_page_text
from briefing.dateline import strip_dateline

STRIPPED = [
    ("WASHINGTON — The Senate voted on Tuesday to keep the bridge open.", "The Senate voted"),
    ("LONDON (AP) — Britain's rail unions called a new strike on Monday.", "Britain's rail"),
    ("RIVERTON, Ore. (Wire) — Floodwater reached the main street overnight.", "Floodwater reached"),
    ("BAAR, SWITZERLAND | A medical firm said it will hire 200 nurses.", "A medical firm"),
    ("NEW DELHI: The city closed its schools for two days because of smog.", "The city closed"),
    ("MEXICO CITY, Nov. 18 (Reuters) - Mexico's central bank cut its main rate.", "Mexico's central"),
    ("(CNN) President Ana Ruiz made a short trip to the hospital on Saturday.", "President Ana"),
    ("(AP) — About a dozen shop owners met on Tuesday night.", "About a dozen"),
    # a press release's dateline: place, date with its year, the wire service between slashes
    ("KELMONT, Ohio, May 12, 2025 /BizWire Direct/ -- Tidewell Inc. today announced a new pier.", "Tidewell Inc."),
    ("NEW YORK, March 3, 2024 /PRNewswire/ -- Acme said it will open a plant in Ohio.", "Acme said"),
]

KEPT = [
    "NASA announced on Monday that it will send a rover to the moon.",
    "The U.S. Senate voted on Tuesday to keep the bridge open.",
    "UK inflation rose to 4% in May, the statistics office said.",
    "BREAKING: more to follow.",
    "WHO officials said the outbreak is under control.",
    "In October, Rep. Ana Ruiz visited the border.",
]


@pytest.mark.parametrize(("paragraph", "starts"), STRIPPED)
def test_a_wire_dateline_comes_off(paragraph: str, starts: str) -> None:
    assert strip_dateline(paragraph).startswith(starts)


@pytest.mark.parametrize("paragraph", KEPT)
def test_ordinary_openings_stay(paragraph: str) -> None:
    assert strip_dateline(paragraph) == paragraph


def test_the_cleaner_takes_the_dateline_off_the_first_paragraph() -> None:
    page = "\n".join([
        "Home | News | Sport",
        "Rivers rise after two days of rain",
        "",
        "RIVERTON, Ore. (Wire) — Floodwater reached the main street of Riverton overnight, and the town "
        "closed its two schools while crews pumped water out of the library.",
        "",
        "The river rose by two metres in a day, the highest level in forty years, the county said on Tuesday.",
        "",
        "Share this story",
    ])
    article = clean_page_text(page)
    assert article.paragraphs[0].startswith("Floodwater reached the main street")

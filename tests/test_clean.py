"""The Clean stage: page text copies and HTML pages -> the story only."""
from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest

from briefing.clean import clean_page_text
from briefing.clean_html import extract_html
from briefing.errors import BriefingError, ExtractError

FIXTURES = Path(__file__).parent / "fixtures" / "clean"
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_7082b5382028ba51.txt"


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


# --- a flat copy-paste of a news page (like the seed) ---------------------------------------


@pytest.fixture(scope="module")
def harbour():
    return clean_page_text(read("harbour_page.txt"), source="harbour_page.txt")


def test_page_text_title_is_the_headline(harbour):
    assert harbour.title == "Ferry service returns to Millbrook harbour after storm repairs"


def test_page_text_keeps_the_whole_story_in_order(harbour):
    paragraphs = harbour.paragraphs
    assert paragraphs[0].startswith("Ferries returned to Millbrook harbour on Monday")
    assert paragraphs[-1] == "Work on the sea wall is expected to start in the spring and take about eight months."
    for kept in (
        "212 passengers",
        "Local shop owners said",
        "Mayor Tom Reilly said",
        "another 3 million dollars",
        "Engineers finished work on the damaged pier",
    ):
        assert kept in harbour.body


def test_page_text_keeps_a_repeated_standfirst_once(harbour):
    assert harbour.body.count("Engineers finished work on the damaged pier") == 1


@pytest.mark.parametrize(
    "furniture",
    [
        "Skip to main content",
        "Share",
        "3 min read",
        "Published",
        "Source:",
        "Sign up now",
        "By subscribing",
        "Download our apps",
        "Listen to our podcasts",
        "Related stories",
        "Storm damage bill",
        "cookies",
        "All rights reserved",
        "By Jane Okafor",
        # both copies of each photo caption, with and without the credit
        "Passengers wait on the rebuilt pier",
        "A crane lifts a new section",
    ],
)
def test_page_text_drops_furniture(harbour, furniture):
    assert furniture not in harbour.body


def test_page_text_metadata(harbour):
    assert harbour.byline == "Jane Okafor"
    assert harbour.published == dt.datetime(2024, 3, 4)
    assert harbour.source == "harbour_page.txt"


def test_paragraphs_are_separated_by_one_blank_line(harbour):
    assert "\n\n\n" not in harbour.body
    assert all("\n" not in p for p in harbour.paragraphs)


# --- an indented text dump of a page (menus, teasers at another depth) ----------------------


@pytest.fixture(scope="module")
def budget():
    return clean_page_text(read("budget_dump.txt"))


def test_dump_keeps_story_and_subheading(budget):
    assert budget.title == "Town council approves library budget after long debate"
    assert budget.paragraphs[0].startswith("The Eastfield town council voted 5-2")
    assert "What changes for readers" in budget.paragraphs
    assert budget.paragraphs[-1] == '"We all love the library, but the roof has leaked for two winters," Gomez said.'


@pytest.mark.parametrize(
    "furniture",
    ["Click to share", "MOST READ", "Bridge closed", "PUBLISHED", "Tags", "More in Local News",
     "Bakery owner", "sixty students", "Read More", "Copyright", "Privacy Policy", "Sam Whitfield"],
)
def test_dump_drops_furniture_and_teasers(budget, furniture):
    assert furniture not in budget.body


def test_dump_metadata(budget):
    assert budget.byline == "Sam Whitfield"
    assert budget.published is not None and budget.published.date() == dt.date(2024, 4, 2)


# --- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "Home\nNews\nSport\n\nShare\nSubscribe\n", "  * Menu\n  * Log in\n"])
def test_page_text_without_prose_raises_extract_error(text):
    with pytest.raises(ExtractError, match="no article text") as caught:
        clean_page_text(text, source="menu.txt")
    assert "menu.txt" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert isinstance(caught.value, BriefingError)


@pytest.mark.parametrize(
    "html",
    ["", "<html><body></body></html>", "<html><body><nav><a href='/'>Home</a></nav></body></html>"],
)
def test_html_without_article_raises_extract_error(html):
    with pytest.raises(ExtractError) as caught:
        extract_html(html, source="empty.html")
    assert "empty.html" in str(caught.value)
    assert "\n" not in str(caught.value)


# --- HTML -----------------------------------------------------------------------------------


@pytest.fixture()
def no_network(monkeypatch):
    """Fail loudly if anything opens a connection (extraction must never fetch the URL)."""

    def refuse(*args, **kwargs):
        raise AssertionError("network access during extraction")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_extract_html_keeps_story_and_metadata(no_network):
    url = "https://valleyherald.example/farming/apples"
    article = extract_html(read("orchard_page.html"), url=url, source="orchard_page.html")
    assert article.title == "Apple growers expect record harvest"
    assert article.byline == "Priya Raman"
    assert article.published is not None and article.published.date() == dt.date(2024, 9, 12)
    assert article.url == url
    assert article.paragraphs[0].startswith("Apple growers in the Green Valley region")
    assert article.paragraphs[-1].endswith("turn part of their crop into juice.")
    assert len(article.paragraphs) == 4
    for furniture in ("Home", "Share on", "Pickers at work", "Most read", "Road works", "newsletter", "©"):
        assert furniture not in article.body


# --- the seed page, when the shared folder is there -----------------------------------------


@pytest.mark.skipif(not SEED.is_file(), reason="seed page not present (../shared/seed)")
def test_seed_page_keeps_whole_story_without_furniture():
    article = clean_page_text(SEED.read_text(encoding="utf-8"), source=str(SEED))
    assert "Tajikistan" in article.title
    assert "Afghan soldiers have fled across the border" in article.body
    assert article.body.rstrip().endswith("Russian troops would not be deployed to Afghanistan.")
    for furniture in ("Share this", "Sign up now", "SBS On Demand", "Listen to our podcasts",
                      "Download our apps", "2 min read", "sit at a bridge", "pause on a road", "Source:"):
        assert furniture not in article.body


# --- single rules, on small invented pages --------------------------------------------------

STORY = (
    "The river rose by two metres overnight and flooded the lower part of the old market square.\n\n"
    "Shop owners moved their goods to upper floors before the water reached the front doors.\n\n"
    "The town council said the road along the river would stay closed until Friday at the earliest.\n"
)


@pytest.mark.parametrize(
    ("byline_line", "expected"),
    [
        ("By Ann Mayfield", "Ann Mayfield"),
        ("By Marcus Oduya | Staff writer", "Marcus Oduya"),
        ("BY LENA PARK and TOMAS REYES", "Lena Park and Tomas Reyes"),
        ("By Jo Lindqvist, Reporter", "Jo Lindqvist"),
        ("By Priya Sen November 3, 2024", "Priya Sen"),
    ],
)
def test_byline_names_only(byline_line, expected):
    article = clean_page_text(f"River floods market square\n\n{byline_line}\n\n{STORY}")
    assert article.byline == expected
    assert byline_line not in article.body


def test_drop_cap_is_joined():
    article = clean_page_text("River floods market square\n\nH eavy rain fell on the hills for three days "
                              "before the river burst its banks on Sunday.\n\n" + STORY)
    assert article.body.startswith("Heavy rain fell")


def test_teasers_and_promos_after_story_are_dropped():
    page = (
        "River floods market square\n\n" + STORY + "\n"
        "CLICK HERE TO GET THE RIVER NEWS APP\n\n"
        "More in Local News\n\n"
        "  * Farmers expect a late harvest after the wet summer months in the valley...\n"
        "  * Library opens a new reading room for children on the second floor of the hall...\n"
    )
    article = clean_page_text(page)
    assert article.paragraphs[-1].startswith("The town council said")
    assert "Farmers" not in article.body and "CLICK HERE" not in article.body


def test_pasted_story_without_furniture_is_kept_whole():
    article = clean_page_text("River floods market square\n\n" + STORY)
    assert article.title == "River floods market square"
    assert len(article.paragraphs) == 3


def test_html_falls_back_to_line_rules_when_trafilatura_finds_nothing(no_network):
    # trafilatura skips <footer> content; the visible-text rules still find the prose.
    paragraphs = [p.replace("\n", " ") for p in STORY.split("\n\n") if p.strip()]
    html = "<html><body><footer>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</footer></body></html>"
    article = extract_html(html, url="https://example.org/river", source="river.html")
    assert article.paragraphs == [p.strip() for p in paragraphs]
    assert article.url == "https://example.org/river"


def test_html_table_cells_lose_their_pipes():
    rows = "".join(f"<tr><td>{p.strip()}</td></tr>" for p in STORY.split("\n\n") if p.strip())
    html = f"<html><body><article><h1>River floods market square</h1><table>{rows}</table></article></body></html>"
    article = extract_html(html)
    assert article.paragraphs[0].startswith("The river rose")
    assert "|" not in article.body


STACKED_PAGE = """The Lakeside Herald
News
Sport

Lakeside opens its new ferry pier after two years of delays

Boats will run every half hour from the pier in the summer season

By Mia Tran
Published Oct. 2, 2025

Share

Passengers wait for the first ferry at the new pier on Monday. (Sam Cole / The Lakeside Herald)

Lakeside opened its new ferry pier on Monday, two years later than planned, and the first boat left for Gull Island with 140 passengers on board.

The pier cost $12 million, about $3 million more than the town first said, because storms damaged the building site twice.

Harbour master Ruth Adeyemi said the pier would let bigger boats dock in bad weather and would bring more visitors to the island.

Advertisement

The town will run boats every half hour from May to September and every hour in the winter.
"""

CREDITED_COPY_PAGE = """Home
News

Ferry workers walk out over pay

Workers wave flags outside the ferry office in Lakeside on Tuesday.
Workers wave flags outside the ferry office in Lakeside on Tuesday (Image: Sam Cole / The Lakeside Herald)

Ferry workers in Lakeside walked out on Tuesday after talks over pay broke down, and no boats ran to Gull Island for the whole day.

The union said its members had not had a pay rise in three years, while the ferry company said it could not afford more than 2% this year.

Both sides said they would meet again on Friday.
"""


def test_the_headline_wins_over_the_standfirst_under_it() -> None:
    article = clean_page_text(STACKED_PAGE)
    assert article.title == "Lakeside opens its new ferry pier after two years of delays"


def test_a_caption_with_a_photographer_and_outlet_credit_is_dropped() -> None:
    article = clean_page_text(STACKED_PAGE)
    assert article.paragraphs[0].startswith("Lakeside opened its new ferry pier on Monday")
    assert "Sam Cole" not in article.body


def test_a_caption_repeated_with_a_credit_and_without_its_full_stop_is_dropped() -> None:
    article = clean_page_text(CREDITED_COPY_PAGE)
    assert article.paragraphs[0].startswith("Ferry workers in Lakeside walked out")
    assert "flags" not in article.body

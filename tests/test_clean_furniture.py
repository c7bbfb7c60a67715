"""Furniture that reads like prose: press-release end matter, author notes, credited captions; and headlines
that open with a quotation."""
from __future__ import annotations

import pytest

from briefing.clean import clean_page_text
from briefing.clean_furniture import drop_story_furniture, is_author_note

STORY = [
    "Lakeside opened its new ferry pier on Monday, two years later than planned, and the first boat left for Gull "
    "Island with 140 passengers on board.",
    "The pier cost $12 million, about $3 million more than the town first said, because storms damaged the site twice.",
    "Harbour master Ruth Adeyemi said the pier would let bigger boats dock in bad weather.",
]


def test_press_release_end_matter_goes() -> None:
    release = STORY + [
        "About Tidewell Marine",
        "Founded in 1998, Tidewell Marine builds piers and harbour walls in 14 countries.",
        "Forward-Looking Statements",
        "This press release contains forward-looking statements about the pier.",
        "Media Contact:",
    ]
    assert drop_story_furniture(release) == STORY


def test_a_forward_looking_notice_goes_without_its_heading() -> None:
    notice = "This release contains forward-looking statements. Actual results may differ materially from them."
    assert drop_story_furniture(STORY + [notice]) == STORY


def test_a_story_that_mentions_forward_looking_statements_early_keeps_them() -> None:
    early = "Regulators said the filing contains forward-looking statements that investors should read with care."
    story = [early] + STORY
    assert drop_story_furniture(story) == story


def test_an_about_subheading_of_a_story_stays() -> None:
    """ "About" + a name is end matter only when the paragraph under it names the same company."""
    story = STORY + ["About Face", "The town's youth theatre will stage a play on the new pier in June."]
    assert drop_story_furniture(story) == story


@pytest.mark.parametrize("note", [
    "Mia Tran covers transport and the harbour for The Lakeside Herald.",
    "Mia Tran covers the harbour for The Lakeside Herald. Sam Cole is a staff photographer and reporter.",
    "Associated Press writer Tom Weir contributed to this report.",
])
def test_a_closing_author_note_goes(note: str) -> None:
    assert is_author_note(note)
    assert drop_story_furniture(STORY + [note]) == STORY


@pytest.mark.parametrize("sentence", [
    "Ruth Adeyemi is a harbour master who has worked on the pier since 2019.",
    "Sam Cole covered his ears as the first boat sounded its horn.",
])
def test_a_story_sentence_about_a_person_is_not_an_author_note(sentence: str) -> None:
    assert drop_story_furniture(STORY + [sentence]) == STORY + [sentence]


PAGE = """The Lakeside Herald
News

{headline}

By Mia Tran

Passengers wait for the first ferry at the new pier on Monday. Photo by Sam Cole for The Lakeside Herald

LAKESIDE — Lakeside opened its new ferry pier on Monday, two years later than planned, and the first boat left for Gull Island with 140 passengers on board.

The pier cost $12 million, about $3 million more than the town first said, because storms damaged the building site twice.

Harbour master Ruth Adeyemi said the pier would let bigger boats dock in bad weather and would bring more visitors to the island.

Mia Tran covers transport for The Lakeside Herald. Sam Cole is a staff photographer.

Share this story
"""


def test_a_caption_credited_photo_by_goes_and_the_dateline_comes_off() -> None:
    article = clean_page_text(PAGE.format(headline="Lakeside opens its new ferry pier after two years of delays"))
    assert article.paragraphs[0].startswith("Lakeside opened its new ferry pier on Monday")
    assert "Sam Cole" not in article.body and "Mia Tran" not in article.body


def test_a_headline_that_opens_with_a_quotation_is_the_title() -> None:
    headline = '"We waited two years": Lakeside opens its new ferry pier'
    assert clean_page_text(PAGE.format(headline=headline)).title == headline


def test_a_pull_quote_above_the_story_is_not_the_title() -> None:
    page = PAGE.format(headline="Lakeside opens its new ferry pier after two years of delays")
    page = page.replace("By Mia Tran", '"We waited two years for this pier"\n\nBy Mia Tran')
    assert clean_page_text(page).title == "Lakeside opens its new ferry pier after two years of delays"


def test_without_a_headline_the_title_is_the_first_sentence_without_its_dateline() -> None:
    text = ("RIVERTON — The council voted 5-2 on Tuesday to approve the budget.\n\n"
            "The plan raises property taxes by 4.5% for the first time in a decade, and it takes effect in July.\n")
    article = clean_page_text(text)
    assert article.title == "The council voted 5-2 on Tuesday to approve the budget"


def test_a_live_blogs_labels_and_time_stamps_go_and_their_sentences_stay() -> None:
    paragraphs = [
        "Key points: The Kell Bridge has been closed after a barge struck one of its piers. No one was hurt.",
        "10:20 a.m. The minister says extra ferries will run all week.",
        "9:45 a.m. Police say drivers should avoid the area.",
        "Background: The bridge opened in 1961.",
    ]
    assert drop_story_furniture(paragraphs) == [
        "The Kell Bridge has been closed after a barge struck one of its piers. No one was hurt.",
        "The minister says extra ferries will run all week.",
        "Police say drivers should avoid the area.",
        "The bridge opened in 1961.",
    ]
    # one paragraph opening on a time is the story's own sentence
    assert drop_story_furniture(["6.30 Friday is the deadline for all entries to the fair."]) == [
        "6.30 Friday is the deadline for all entries to the fair."]


PAGE_WITH_SHORT_END = """Home
News
Sport

Greens win Dunmore mayoral race as turnout climbs

Ana Ruiz of the Green Party has been elected mayor of Dunmore, beating the sitting mayor by 812 votes in a result few had predicted.

Ruiz, a former teacher who has sat on the council for four years, won 9,806 votes after second choices were counted.

The sitting mayor, Tom Hale, said he would work with her and wished her well in the new job.

Ruiz will be sworn in on Monday.

Related stories
Dunmore council backs new bus lane
Most popular
"""


def test_a_short_last_sentence_of_the_story_stays_and_the_links_under_it_go() -> None:
    article = clean_page_text(PAGE_WITH_SHORT_END)
    assert article.paragraphs[-1] == "Ruiz will be sworn in on Monday."
    assert "Related" not in article.body and "bus lane" not in article.body

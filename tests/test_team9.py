"""Bugs found by reading the sixth hold-out set strictly (tests/fixtures/holdout6, /tmp/team/findings9-holdout6.md).

Each test states a rule of English with invented sentences: an editor's note is not news, a page's visible headline
is its title, a frame ("In the simulation, ...") is never dropped from the claim it limits, the speaker's own title
is not something he said, and a word keeps its case when a clause is put back in front of it.
"""
from __future__ import annotations

from briefing.checks import odd_sentences
from briefing.clean_html import extract_html

PAGE = """<!DOCTYPE html><html><head><title>Ferry firm cuts winter sailings | The Harbour Times</title>
<meta property="og:title" content="Ferry firm cuts sailings"></head><body>
<header><a href="/">The Harbour Times</a></header><main><article>
<h1>Ferry firm cuts winter sailings to Marrow Island by half as fuel costs rise</h1>
<p>The Marrow Ferry Company will run half as many sailings to Marrow Island this winter, it said on Tuesday, blaming
the rising cost of fuel and a shortage of crew for the cut, which islanders say will leave them cut off for days.</p>
<p>From November the ferry will sail twice a day instead of four times, and not at all on Sundays.</p>
<p>Island councillor Rhona Fairlie said the decision had been taken without asking the people who depend on it.</p>
<p>The company said it would review the timetable in March.</p>
</article></main><footer>All rights reserved.</footer></body></html>"""


def test_a_page_title_is_its_visible_headline_not_the_shorter_share_title() -> None:
    """The <h1> the text opens with is the headline; the share title is another, shorter one, and with it the h1
    would be read out as the story's first paragraph."""
    article = extract_html(PAGE)
    assert article.title == "Ferry firm cuts winter sailings to Marrow Island by half as fuel costs rise"
    assert article.paragraphs[0].startswith("The Marrow Ferry Company will run")


def test_an_editors_note_under_letters_is_not_news() -> None:
    assert [reason for _, reason in odd_sentences(["Letters may be edited for length."])] == ["the page, not the news"]
    assert odd_sentences(["Readers' letters are edited for length and style."])
    assert odd_sentences(["The council may be able to help with the cost of a new fence."]) == []

"""The plain writer's structure: headlines, recap points, "Words in this story", line selection and the
five-minute plan for several articles. All texts are invented for these tests."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from briefing import timing
from briefing.config import Settings
from briefing.models import Article
from briefing.script import estimated_seconds, write_script
from briefing.writers.plain import draft_article, headline_text
from briefing.writers.point_case import lower_first_word, name_words
from briefing.writers.recap import is_statement, recap_segment, story_points
from briefing.writers.selection import Draft, Line, is_furniture, select_lines
from briefing.writers.word_list import pick_glossary

from .script_fixtures import DATE, FIXTURES, as_json, load


def _draft(title: str, body: str) -> Draft:
    return draft_article(Article(title, body))


# --- recap -------------------------------------------------------------------------------------------------

def test_only_a_statement_with_a_subject_is_put_after_we_heard_that() -> None:
    names: set[str] = set()
    assert is_statement("The council opened a new bridge over the river on Monday.", names)
    assert is_statement("More than 300 people came to the opening of the bridge.", names)
    assert not is_statement("Be sure to visit the new bridge this summer.", names)  # a command
    assert not is_statement("Drink water 30 minutes before your walk.", names)
    assert not is_statement("Here is what the mayor had to say about it.", names)
    assert not is_statement("Right now, having opened two bridges, the council is resting.", names)
    assert not is_statement("Whatever the cost, the council says that while the plan.", names)
    assert not is_statement("Learn more about how the council pays for bridges.", names)
    assert not is_statement("Why the bridge took so long to build.", names)  # a heading
    assert not is_statement("Okafor said, is the best bridge in the region.", names)  # a cut-off attribution
    assert not is_statement("Transport Board over whether it broke the rules.", names)  # no subject of its own
    assert not is_statement("The new bridge be open to cars in May.", names)  # no finite verb
    assert not is_statement("2021.04.05 ~ OPEN DAILY Tue - Sat 4PM Tickets for ages 4 and above.", names)
    assert is_statement("About 50 readers came to say goodbye.", names)


def test_the_first_word_is_lowered_only_when_it_is_not_a_name() -> None:
    text = "The town is near London. Workers from the U.S. came. People in Norvale met on Monday."
    names = name_words(text)
    assert "London" in names and "Norvale" in names
    lowered = {"the", "workers", "people", "more", "London", "Monday", "Mayor", "The", "More", "Workers"}
    assert lower_first_word("London has a new bridge.", names, lowered) == "London has a new bridge."
    assert lower_first_word("U.S. crude fell by 3 percent.", names, lowered) == "U.S. crude fell by 3 percent."
    assert lower_first_word("NATO met in Brussels.", names, lowered) == "NATO met in Brussels."
    assert lower_first_word("McAdams won the race.", names, lowered) == "McAdams won the race."
    assert lower_first_word("Monday's vote was close.", names, lowered) == "Monday's vote was close."
    assert lower_first_word("Mayor Helen Okafor spoke.", names, lowered) == "Mayor Helen Okafor spoke."
    assert lower_first_word("The bridge opened.", names, lowered) == "the bridge opened."
    assert lower_first_word("More than 300 people came.", names, lowered) == "more than 300 people came."
    # a capitalised word the article never writes in lower case may be a name; a word it never writes at all
    # (put in by a plain-word swap) is an ordinary word
    assert lower_first_word("Berlin is far.", set(), {"Berlin"}) == "Berlin is far."
    assert lower_first_word("Officials met.", set(), {"Berlin"}) == "officials met."


def test_a_title_case_subheading_does_not_make_names() -> None:
    assert name_words("What Officials Say About The Bridge\n\nThe bridge opened, Officials said.") == {"Officials"}
    assert "Officials" not in name_words("What Officials Say About The Bridge")


def test_recap_points_are_complete_statements_in_story_order() -> None:
    story = [
        "Eat a big breakfast before the race.",
        "More than 2,000 runners took part in the Norvale marathon on Sunday.",
        "Here is what the winner had to say.",
        "The winner finished in two hours and ten minutes.",
        "Be sure to visit the race website for photos.",
        "Anna Berg won the race for the third time.",
    ]
    names = {"Norvale", "Anna", "Berg"}
    points = story_points(story, names, 3)
    assert points == [story[1], story[3], story[5]]


def test_recap_says_we_heard_that_only_before_statements_and_keeps_names() -> None:
    body = ("Be sure to visit the race website for photos.\n\n"
            "London runner Anna Berg won the Norvale marathon on Sunday.\n\n"
            "More than 2,000 runners took part in the race.\n\n"
            "Organisers said the weather was cool and dry.")
    draft = _draft("Thousands run in Norvale marathon", body)
    story = [ln.text for ln in draft.lines]
    recap = recap_segment([story], [draft]).sentences
    assert recap[0] == "Now, here are the main points again."
    assert recap[1] == "We heard that London runner Anna Berg won the Norvale marathon on Sunday."
    assert all("heard that be " not in s for s in recap)


def test_recap_of_several_stories_gives_one_or_two_points_each_in_story_order() -> None:
    a = _draft("Bridge opens", "The council opened a new bridge over the river on Monday.\n\n"
               "More than 300 people came to see the bridge open.\n\nThe bridge cost 4 million euros.")
    b = _draft("Library closes", "The old library in Westmark closed its doors on Friday.\n\n"
               "About 50 readers came to say goodbye.\n\nA new library will open next year.")
    stories = [[ln.text for ln in d.lines] for d in (a, b)]
    recap = recap_segment(stories, [a, b]).sentences[1:]
    assert 2 <= len(recap) <= 4
    owners = ["a" if any(s.endswith(ln.text[1:]) for ln in a.lines) else "b" for s in recap]
    assert owners == sorted(owners) and set(owners) == {"a", "b"}  # story order, a point from each


# --- headlines -----------------------------------------------------------------------------------------------

def test_headline_says_what_the_story_is_when_the_title_cannot_be_used() -> None:
    article = Article('"We did it!"', "The Harbour City team won the national cup on Saturday.\n\n"
                      "More than 30,000 fans watched the final at the National Stadium.")
    script = write_script([article], settings=Settings(), date=DATE)
    headlines, story = script.segments[1].sentences, script.segments[2].sentences
    assert headlines == ["In our top story today, the Harbour City team won the national cup on Saturday."]
    assert not set(headlines) & set(story)


def test_a_story_with_no_usable_title_or_statement_is_named_by_its_title() -> None:
    article = Article("Spring sale / October pack", "Great prices for all!\n\nNew colours for the season!")
    headlines = write_script([article], settings=Settings(), date=DATE).segments[1].sentences
    assert headlines == ['Our top story today is called "Spring sale / October pack".']


def test_a_broken_headline_gives_way_to_the_story_first_statement() -> None:
    # "said, is ..." is a quote joined back wrongly: the listener hears the story's opening fact instead
    article = Article("Mayor said, is the best bridge", "The council opened a new bridge on Monday.\n\n"
                      "More than 300 people came to see it.")
    headlines = write_script([article], settings=Settings(), date=DATE).segments[1].sentences
    assert headlines == ["In our top story today, the council opened a new bridge on Monday."]


def test_several_stories_get_one_headline_line_each() -> None:
    articles = [Article("Bridge opens in Norvale", "The council opened a new bridge on Monday.\n\nIt cost a lot."),
                Article("Library closes", "The old library in Westmark closed on Friday.\n\nReaders were sad."),
                Article("Ferry is late", "The morning ferry to Lund was two hours late on Sunday.")]
    headlines = write_script(articles, settings=Settings(), date=DATE).segments[1].sentences
    assert headlines[0] == "Here are today's stories."
    assert len(headlines) == 4
    assert headlines[1].startswith("First, ") and headlines[2].startswith("Next, ")
    assert headlines[3].startswith("And finally, ")


def test_page_labels_around_a_headline_are_dropped() -> None:
    assert headline_text("Council opens new bridge \u2014 Norvale Daily News") == "Council opens new bridge"
    assert headline_text("Opinion | The bridge was worth the money") == "The bridge was worth the money"
    assert headline_text("BREAKING: Bridge opens early") == "Bridge opens early"
    assert headline_text("Bridge opens | The Norvale Post") == "Bridge opens"
    assert headline_text("Prices rise - again") == "Prices rise - again"
    assert headline_text("Council opens bridge - norvalenews.com") == "Council opens bridge"


# --- words in this story -------------------------------------------------------------------------------------

def test_glossary_reaches_three_words_through_plurals_and_headlines() -> None:
    story = ["The soldiers crossed two borders in the night.", "Their commanders said the districts were quiet."]
    picked = pick_glossary([story, ["Troops cross into the province."]])
    words = [e.word for e in picked]
    assert len(words) >= 3
    assert {"border", "troops"} <= set(words) or {"border", "province"} <= set(words)


def test_glossary_prefers_central_words() -> None:
    # both words are in the glossary; the one the story uses again and again comes first
    story = ["The campaign began in May.", "The campaign grew fast.", "The military watched the campaign."]
    picked = [e.word for e in pick_glossary([story], central={"campaign"})]
    assert picked.index("campaign") < picked.index("military")


# --- selection -----------------------------------------------------------------------------------------------

def test_page_furniture_is_never_read() -> None:
    assert is_furniture("Originally published on Norvale News.")
    assert is_furniture("Story continues below the photos.")
    assert not is_furniture("The story of the bridge began in 1990.")
    assert is_furniture("This shop has been compensated by Norvale Foods and its advertiser.")
    assert is_furniture("This post contains affiliate links.")
    assert not is_furniture("The council was paid for the land in May.")
    body = ("The council opened a new bridge on Monday.\n\nStory continues below the photos.\n\n"
            "More than 300 people came to see it.\n\nOriginally published on Norvale News.")
    story = write_script([Article("Bridge opens", body)], settings=Settings(), date=DATE).segments[2].sentences
    assert not any(is_furniture(s) for s in story)
    assert "More than 300 people came to see it." in story


def test_a_line_flagged_as_broken_is_skipped() -> None:
    lines = [Line("The council opened a new bridge on Monday.", 0, 0, 1),
             Line("The mayor said the while.", 1, 0, 2),
             Line("More than 300 people came to see it.", 2, 0, 3)]
    draft = Draft(Article("Bridge", ""), [], lines)
    kept = select_lines(draft, 100, flagged=lambda s: s.endswith("the while."))
    assert [ln.text for ln in kept] == [lines[0].text, lines[2].text]


def test_a_sentence_the_broken_sentence_check_flags_never_reaches_the_listener() -> None:
    body = ("The council opened a new bridge on Monday.\n\nThe mayor said, is the best bridge in the region.\n\n"
            "The agency said.\n\nMore than 300 people came to see it.")
    article = Article("Bridge opens", body)
    draft = draft_article(article)
    assert [(ln.text, ln.odd) for ln in draft.odd_lines] == [
        ("The mayor said, is the best bridge in the region.", "quote joined back wrongly"),
        ("The agency said.", "bare attribution")]
    said = [s for seg in write_script([article], settings=Settings(), date=DATE).segments for s in seg.sentences]
    assert "More than 300 people came to see it." in said
    assert not any(ln.text in said for ln in draft.odd_lines)


def test_budget_never_ends_a_story_inside_an_article_sentence() -> None:
    lead = "The council opened a new bridge over the river on Monday, and " + "many people came to see it " * 7
    lines = [Line(lead.strip() + ".", 0, 0, 1),
             Line("More than 300 people came to see it open.", 1, 0, 2),
             Line("The bridge cost 4 million euros to build.", 2, 0, 3),
             Line("Workers finished it two months early.", 2, 0, 3)]
    draft = Draft(Article("Bridge", ""), [], lines)
    assert [ln.text for ln in draft.lead] == [lines[0].text]
    kept = [ln.text for ln in select_lines(draft, 74)]
    assert kept == [lines[0].text, lines[1].text]  # not the first half of sentence 3 without its second
    assert len(select_lines(draft, 200)) == 4


# --- several articles ----------------------------------------------------------------------------------------

def _invented_article(topic: str, place: str, n: int) -> Article:
    """A long invented story: a lead paragraph and n plain paragraphs of news."""
    paragraphs = [f"The council in {place} opened a new {topic} on Monday morning.",
                  f"More than {n * 100} people came to see the new {topic}."]
    for i in range(n):
        paragraphs.append(f"On day {i + 2}, about {i * 30 + 40} people from {place} visited the {topic} "
                          f"with their families.")
        paragraphs.append(f"The workers in {place} cleaned the {topic} {i + 3} times that week.")
    return Article(f"New {topic} opens in {place}", "\n\n".join(paragraphs))


def test_three_articles_share_five_minutes_most_important_first() -> None:
    articles = [_invented_article("bridge", "Norvale", 12), _invented_article("library", "Westmark", 12),
                _invented_article("market", "Brenna", 12)]
    script = write_script(articles, settings=Settings(), date=DATE)
    assert timing.MIN_SECONDS <= estimated_seconds(script) <= timing.MAX_SECONDS
    stories = [s for s in script.segments if s.kind == "story"]
    assert [s.title for s in stories] == [f"Story: {a.title}" for a in articles]
    sizes = [s.words for s in stories]
    assert sizes[0] >= sizes[1] and sizes[0] >= sizes[2]  # the first story matters most
    assert min(sizes) >= 0.5 * max(sizes)  # but every story gets a fair share
    for seg, article in zip(stories, articles):
        lines = draft_article(article).lines
        texts = [ln.text for ln in lines]
        lead = [ln.text for ln in draft_article(article).lead]
        assert seg.sentences[:len(lead)] == lead, "each story is told from its start"
        assert [t for t in texts if t in seg.sentences] == seg.sentences, "in the article's order"
    recap = script.segments[-2].sentences[1:]
    assert 3 <= len(recap) <= 6


MULTI = ["strike", "solar", "museum"]  # three invented articles, in order of importance


def test_three_fixture_articles_each_told_whole_within_five_minutes() -> None:
    articles = [load(name) for name in MULTI]
    script = write_script(articles, settings=Settings(), date=DATE)
    assert timing.MIN_SECONDS <= estimated_seconds(script) <= timing.MAX_SECONDS
    stories = [s for s in script.segments if s.kind == "story"]
    assert [s.title for s in stories] == [f"Story: {a.title}" for a in articles]
    sizes = [s.words for s in stories]
    assert sizes[0] == max(sizes) and min(sizes) >= 0.5 * max(sizes)
    for seg, article in zip(stories, articles):
        draft = draft_article(article)
        assert seg.sentences[:len(draft.lead)] == [ln.text for ln in draft.lead]
        last = next(ln for ln in draft.lines if ln.text == seg.sentences[-1])
        later = [ln for ln in draft.lines[draft.lines.index(last) + 1:] if ln.group == last.group]
        assert not later, "a story never stops inside an article sentence"
    headlines = script.segments[1].sentences
    assert headlines == ["Here are today's stories.", "First, bus drivers in Lund strike over pay.",
                         "Next, schools in Brenna get solar panels on their roofs.",
                         "And finally, new city museum opens in Westmark."]
    said = [s for seg in script.segments for s in seg.sentences]
    assert len(set(said)) == len(said)


def test_golden_script_of_three_articles() -> None:
    """Set UPDATE_GOLDEN=1 to rewrite the golden file after a deliberate change, then read the diff."""
    script = write_script([load(name) for name in MULTI], settings=Settings(), date=DATE)
    golden = FIXTURES / "multi.golden.json"
    got = as_json(script)
    if os.environ.get("UPDATE_GOLDEN") or not golden.exists():
        golden.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


def test_estimated_seconds_is_within_ten_percent_of_the_built_episode(tmp_path: Path) -> None:
    """The plan and the audio stage share briefing/timing.py: a real build of three articles agrees."""
    from click.testing import CliRunner
    from mutagen.mp3 import MP3

    from briefing.cli import cli

    sources = [str(FIXTURES / f"{name}.txt") for name in MULTI]
    estimate = estimated_seconds(write_script([load(name) for name in MULTI], settings=Settings(),
                                              date=dt.date(2026, 6, 2)))
    result = CliRunner().invoke(cli, ["build", *sources, "--output", str(tmp_path), "--date", "2026-06-02"])
    assert result.exit_code == 0, result.output
    duration = MP3(next((tmp_path / "episodes").glob("*.mp3"))).info.length
    assert abs(duration - estimate) <= 0.1 * duration


def test_a_title_cut_from_its_name_is_never_said() -> None:
    from briefing.writers.selection import odd_reason

    assert odd_reason("Dr said the new drug works well.") == "title without a name"
    assert odd_reason("Mr also said the bridge is safe.") == "title without a name"
    assert odd_reason("Dr. Anna Berg said the new drug works well.") == ""


def test_recap_points_past_the_opening_fact_use_only_common_words() -> None:
    story = ["The council opened a new bridge over the river on Monday.",
             "Engineers praised the sturdy steel girders.",  # uncommon words: not repeated in the recap
             "More than 300 people came to see the bridge.",
             "The bridge cost 4 million dollars."]
    assert story_points(story, set(), 4) == [story[0], story[2], story[3]]
    assert story_points(["Their dream was over when the bridge closed in May."], set(), 2) == []


def test_a_short_script_recap_may_take_points_with_one_uncommon_word() -> None:
    story = ["The council opened a new bridge over the river on Monday.",
             "Engineers said the new bridge is sturdy.",  # one uncommon word
             "More than 300 people came to see the bridge."]
    assert story_points(story, set(), 3) == [story[0], story[2]]
    assert story_points(story, set(), 3, at_least=3) == story


def test_a_point_after_we_also_heard_that_does_not_say_also_again() -> None:
    draft = _draft("Bridge opens", "The council opened a new bridge over the river on Monday.\n\n"
                   "Police have also raised concerns about traffic.\n\nTheir streets are busy every morning.")
    recap = recap_segment([[ln.text for ln in draft.lines]], [draft]).sentences
    assert recap[2] == "We also heard that police have raised concerns about traffic."


def test_each_story_in_the_recap_opens_with_we_heard_that() -> None:
    a = _draft("Bridge opens", "The council opened a new bridge over the river on Monday.\n\n"
               "More than 300 people came to see the bridge open.")
    b = _draft("Library closes", "The old library in Westmark closed on Friday.\n\n"
               "About 50 readers came to say goodbye.")
    recap = recap_segment([[ln.text for ln in d.lines] for d in (a, b)], [a, b]).sentences[1:]
    assert [s.split(" that ")[0] for s in recap] == ["We heard", "We also heard", "We heard", "We also heard"]


def test_a_long_unusable_title_gives_way_to_a_statement_even_with_hard_words() -> None:
    title = "Gift guide: what do you buy for the person who already has every sturdy gadget on the market?"
    article = Article(title, "Anna Berg sold sturdy brass lanterns at the Norvale market on Saturday.\n\n"
                      "The sturdy lanterns and brass bells sold out by noon.")
    script = write_script([article], settings=Settings(), date=DATE)
    headlines, story = script.segments[1].sentences, script.segments[2].sentences
    assert headlines == ["In our top story today, Anna Berg sold sturdy brass lanterns at the Norvale market "
                         "on Saturday."]
    assert not set(headlines) & set(story)


def test_the_first_story_gets_the_most_even_with_the_shortest_lead() -> None:
    first = _invented_article("bridge", "Norvale", 12)
    long_lead = ("The council in {0} opened a new {1} on Monday morning after three years of work, and more than "
                 "{2} people from across the region came to watch the opening of the {1} in the rain.")
    others = []
    for topic, place in (("library", "Westmark"), ("market", "Brenna"), ("museum", "Lund"), ("school", "Harbour")):
        body = _invented_article(topic, place, 12).body.split("\n\n")
        body[0] = long_lead.format(place, topic, 400)
        body[1] = f"The new {topic} in {place} cost 4 million euros, and the council in {place} paid for most of it."
        others.append(Article(f"New {topic} opens in {place}", "\n\n".join(body)))
    script = write_script([first] + others, settings=Settings(), date=DATE)
    sizes = [s.words for s in script.segments if s.kind == "story"]
    assert len(sizes) >= 2
    assert sizes[0] == max(sizes)


# --- the reading-grade pass: hard lines outside the opening are traded for easier ones ---------------------

def test_reading_grade_ranks_plain_sentences_below_dense_ones() -> None:
    from briefing.writers.grade import reading_grade

    plain = ["The bus was late.", "Many people walked to work."]
    dense = ["Municipal authorities acknowledged considerable organisational difficulties yesterday."]
    assert reading_grade(plain) < 3 < reading_grade(dense)


def test_a_line_that_first_names_someone_the_story_names_again_stays() -> None:
    from briefing.writers.ease import _introduces

    first = "City spokesman Tomas Brandt criticised the decision on Monday."
    assert _introduces(first, ["The council closed the pool."], ["Brandt was asked when it would open."])
    assert not _introduces(first, ["Tomas Brandt spoke first."], ["Brandt was asked when it would open."])


def test_the_only_line_left_with_a_fact_of_the_opening_stays() -> None:
    from briefing.writers.ease import _only_home_of_a_lead_fact

    facts = {"Friday", "Orlo"}
    story = ["Orlo Phones said the update is ready.", "The update came on Friday after many complaints."]
    assert _only_home_of_a_lead_fact(story[1], facts, story)
    assert not _only_home_of_a_lead_fact(story[0], facts, story + ["Orlo Phones is a big company."])


def test_a_dense_long_article_is_brought_under_grade_six_without_losing_its_opening() -> None:
    from briefing.readability import measure

    pytest.importorskip("textstat")
    opening = ("The town of Elmsford will close its old swimming pool on Friday. The council said the pool was "
               "too old to repair.\n\nAbout 400 people swim there every week. Many of them are children.")
    towns = ["Ashby", "Brill", "Corton", "Dunmore", "Eastham", "Farley", "Galton", "Hexby", "Ilford", "Jarrow",
             "Kelby", "Larton", "Milby", "Norley", "Otham", "Pelton", "Quarry", "Rowley", "Selby", "Tilton"]
    plain = "Swimmers from {t} can take a bus to the pool in the next town. The bus from {t} is free."
    dense = ("The {t} infrastructure committee considered alternative refurbishment proposals extensively. "
             "{t} administrative representatives emphasised considerable environmental responsibilities.")
    body = opening + "".join(f"\n\n{plain.format(t=t)}\n\n{dense.format(t=t)}" for t in towns)
    article = Article("Elmsford closes its old swimming pool", body)
    script = write_script([article], settings=Settings(), date=DATE)
    story = " ".join(seg.text for seg in script.segments if seg.kind == "story")
    assert "Friday" in story and "400" in story
    assert measure(script, [article]).fk_grade <= 6.0


def test_a_recap_point_may_end_before_a_dash_of_examples() -> None:
    from briefing.writers.recap import before_dash

    assert before_dash("Each patient is wired to ten machines \u2014 from monitors to pumps.") == \
        "Each patient is wired to ten machines."
    aside = "The council voted on Monday \u2014 the third vote this year \u2014 to close the library."
    assert before_dash(aside) == aside  # an aside: what follows it is the point
    condition = "The bridge will open in May \u2014 but only if the weather is dry."
    assert before_dash(condition) == condition


def test_a_street_abbreviation_ending_an_address_is_no_title_without_a_name() -> None:
    from briefing.writers.selection import odd_reason
    assert odd_reason("Police arrested Ann Voss, 41, of 220 Ninth St.") == ""
    assert odd_reason("The fire started in a shop on Mill St.") == ""
    assert odd_reason("The people who run St. said the church is open.") == "title without a name"
    assert odd_reason("Dr. also said the test was fine.") == "title without a name"


def test_a_line_that_points_back_from_inside_is_said_only_after_its_line() -> None:
    from briefing.writers.selection import points_back_inside
    assert points_back_inside("You can remove most of them.")
    assert points_back_inside("The writer will not pretend otherwise.")
    assert not points_back_inside("The council will move the benches and paint them.")  # "the benches" is said
    assert not points_back_inside("Officials said the road would open on Monday.")

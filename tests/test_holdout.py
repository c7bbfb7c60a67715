"""Hold-out articles: the issue-3 rules checked on news the writer rules were never tuned on.

tests/fixtures/holdout/ holds ten articles written by the team (invented places, people and organisations,
real wire and newspaper style: datelines, long sentences, quotes, lists, abbreviations) and two copies of
whole news pages around other articles. Every assertion here must hold for ANY article; an article that
fails one today because of a known writer weakness is marked xfail (strict=False) with that weakness named,
so the suite stays green and the mark shows what is left to fix. Never weaken an assertion to pass.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

import pytest

from briefing import timing
from briefing.checks import check_script, measured_sentences, unsupported
from briefing.config import Settings
from briefing.ingest import read_article
from briefing.models import Article, Script
from briefing.script import estimated_seconds, write_script
from briefing.writers.plain import draft_article

HOLDOUT = Path(__file__).parent / "fixtures" / "holdout"
DATE = dt.date(2021, 7, 5)
ARTICLES = sorted(p.name for p in HOLDOUT.glob("[0-9][0-9]-*.txt"))
PAGES = sorted(p.name for p in HOLDOUT.glob("page-*.txt"))
FILES = ARTICLES + PAGES
ORDER = ["intro", "headlines", "story", "glossary", "recap", "outro"]
ENOUGH_TO_SAY = 350  # words of story: enough to fill five minutes through the full format (issue 3)

# Lines of page furniture a reader must never hear: sharing, ads, links, sign-ups, footers, datelines.
FURNITURE = re.compile(
    r"^Share\b|\bShare (?:on|this|by)\b|\bAdvertisement\b|\bRead more\b|©|\bcopyright\b|\bAll rights reserved\b"
    r"|\bSign up\b|\bnewsletter\b|\bSkip to\b|\bCookie\b|\bPrivacy (?:Policy|Notice)\b|\bMost read\b|\(Wire\)",
    re.I)
DATELINE = re.compile(r"^[A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+)*, [A-Z][a-z.]+.*?\s[—-]\s")  # "RIVERTON, Ore. — ..."
TITLE_WITHOUT_NAME = re.compile(  # "Dr said ...": a title whose name was cut off
    r"\b(?:Dr|Mr|Mrs|Ms|Gov|Supt|Sen|Rep|Prof|St)\.?(?= (?:said|says|told|added)\b|[.!?]?$)")
# Slips of grammar a rule can make on any article: "carryed", "This are ...", "a asked", "Hutchins said Hutchins".
GRAMMAR_SLIPS = [
    re.compile(r"\b\w*[^aeiouAEIOU\W]yed\b"),  # -y after a consonant takes -ied
    re.compile(r"^(?:This|That) (?:are|were|have)\b"),  # a "This ..." piece must agree with "this"
    re.compile(r"\b[Aa] (?!one\b|once\b|U\.)[aeioAEIO]\w*"),  # "a" before a vowel sound
    re.compile(r"\b([A-Z][a-z]+) said (?:that )?(?:if [^,]+, )?\1\b"),  # the speaker reported by name, not "he"
]
PRONOUN_START = re.compile(r"^(?:He|She|They|It|His|Her|Their|This|That|These|Those)\b")

# The main facts of each story's opening paragraph (who, what, where, when, how many), as the article says them.
LEAD_FACTS = {
    "01-riverton-budget.txt": ["Riverton", "5-2", "$212 million", "4.5%"],
    "02-court-landlord.txt": ["St. Augustin", "$6.3 million", "200", "Thursday"],
    "03-storm-flood.txt": ["Storm Edric", "85mph", "40,000", "Ashby Cross"],
    "04-space-planet.txt": ["48", "water vapor", "rocky planet"],
    "05-measles-vaccine.txt": ["Kessler County", "148", "23", "Monday"],
    "06-factory-closing.txt": ["Velmont", "Grant's Crossing", "1,150"],
    "07-cup-final.txt": ["Harbridge", "Eastmoor", "4-3", "Reilly", "82,400"],
    "08-phone-privacy.txt": ["Orbis", "keyboard", "Friday", "update"],
    "09-school-meals.txt": ["31,000", "Delaware Flats", "August", "Monday"],
    "10-border-refugees.txt": ["14,000", "Karesh", "Valdoria", "five days"],
    "page-11-riverton-levy.txt": ["Riverton", "November", "$38 million", "6-1"],
    "page-12-ashby-cleanup.txt": ["Ashby Cross", "six months", "£40m"],
}

# The page copies: the headline, the story's first and last paragraph (their opening words), and furniture
# lines from the page that must not reach the article body.
PAGE_STORY = {
    "page-11-riverton-levy.txt": (
        "Riverton asks voters to back $38 million parks levy after budget fight",
        "Riverton voters will decide in November",  # the cleaner takes the dateline off
        "The measure needs a simple majority to pass.",
        ["Children play at the splash pad", "Jenna Ortiz", "Marcus Bell", "Gift this article",
         "Pool hours cut again", "Bridge closure will last", "Terms of Use", "Riverton Courier. All rights"],
    ),
    "page-12-ashby-cleanup.txt": (
        "Ashby Cross flood victims face months out of their homes as clean-up begins",
        "Families in Ashby Cross whose homes were flooded by Storm Edric",
        "The Northern Flood Authority said it would publish",
        ["Volunteers carry ruined furniture", "Tom Ellery", "Rachel Hughes", "Comments (48)",
         "Join the conversation", "Christmas market to go ahead", "Cookie Notice", "Evening Post. All rights"],
    ),
}

# Known writer and cleaner weaknesses, found by running these files; each mark names what goes wrong.
LEAD_DROPPED = ("the opening sentence (40+ words after a dateline) rewrites to nothing, and often the second one too,"
                " so the main facts of the lead are lost")
SHORT_SCRIPT = "too few sentences survive the rewrite: the plan stays under 4:30 for an article with enough to say"
LIST_FRAGMENT = 'a list item loses its lead-in and becomes a fragment: "$800,000 for a pilot program ..."'
RARE_WORDS = "too many uncommon words kept (legal, weather or page words with no plain replacement)"

KNOWN: dict[str, dict[str, str]] = {
    "lead_facts": {f: LEAD_DROPPED for f in ["02-court-landlord.txt", "04-space-planet.txt",
                                               "06-factory-closing.txt", "09-school-meals.txt",
                                               "page-12-ashby-cleanup.txt"]},
    "title_cut": {},  # "Dr. Helena Moravec" stays whole (briefing/sentences.py)
    "shape": {"01-riverton-budget.txt": LIST_FRAGMENT},
    "grammar": {},  # a speaker named as their own subject is flagged by briefing.checks and never said
    "dateline": {},  # the cleaner takes wire datelines off (briefing/dateline.py)
    "pronoun_first": {},  # fixed with the dateline: the first sentence is no longer lost
    "five_minutes": {f: SHORT_SCRIPT for f in ["page-11-riverton-levy.txt",
                                                 "page-12-ashby-cleanup.txt"]},
    "offline_checks": {f: RARE_WORDS for f in ["02-court-landlord.txt", "03-storm-flood.txt",
                                                 "page-12-ashby-cleanup.txt"]},
    "common": {f: RARE_WORDS for f in ["02-court-landlord.txt", "03-storm-flood.txt", "page-12-ashby-cleanup.txt"]},
    "fk": {},  # every hold-out script is at grade 6 or under today
    "page_clean": {},  # captions with a "(Name / Outlet)" credit go; the upper of two title lines is the headline
}


def cases(names: list[str], check: str) -> list[object]:
    """The files as pytest params, xfail (not strict) where the check is known to fail today."""
    known = KNOWN[check]
    return [pytest.param(n, marks=pytest.mark.xfail(strict=False, reason=known[n])) if n in known else n
            for n in names]


@lru_cache(maxsize=None)
def article(name: str) -> Article:
    return read_article(str(HOLDOUT / name))


@lru_cache(maxsize=None)
def script(name: str) -> Script:
    return write_script([article(name)], settings=Settings(), date=DATE)


def story_sentences(s: Script) -> list[str]:
    return [x for seg in s.segments if seg.kind == "story" for x in seg.sentences]


def has_fact(fact: str, text: str) -> bool:
    return re.search(r"(?<![\w.,$£])" + re.escape(fact) + r"(?![\w])", text) is not None


def test_the_holdout_set_is_all_there() -> None:
    assert len(ARTICLES) == 10 and len(PAGES) == 2
    assert set(LEAD_FACTS) == set(FILES)
    for name in ARTICLES:
        words = len((HOLDOUT / name).read_text(encoding="utf-8").split())
        assert 350 <= words <= 750, name


@pytest.mark.parametrize("name", FILES)
def test_segments_come_in_the_issue_order(name: str) -> None:
    kinds = [seg.kind for seg in script(name).segments]
    assert [k for i, k in enumerate(kinds) if i == 0 or k != kinds[i - 1]] == ORDER


@pytest.mark.parametrize("name", FILES)
def test_names_and_numbers_come_from_the_article(name: str) -> None:
    assert unsupported(measured_sentences(script(name)), [article(name)]) == []


@pytest.mark.parametrize("name", cases(FILES, "offline_checks"))
def test_offline_checks_pass(name: str) -> None:
    result = check_script(script(name), [article(name)])
    assert result.ok, str(result)


@pytest.mark.parametrize("name", FILES)
def test_sentences_are_short(name: str) -> None:
    lengths = [len(s.split()) for s in measured_sentences(script(name))]
    assert max(lengths) <= 22
    assert sum(lengths) / len(lengths) <= 14


@pytest.mark.parametrize("name", FILES)
def test_no_page_furniture_is_read_out(name: str) -> None:
    spoken = [s for seg in script(name).segments for s in seg.sentences]
    assert [s for s in spoken if FURNITURE.search(s)] == []


@pytest.mark.parametrize("name", cases(FILES, "shape"))
def test_every_sentence_starts_and_ends_like_a_sentence(name: str) -> None:
    spoken = [s for seg in script(name).segments for s in seg.sentences]
    bad = [s for s in spoken if not re.match(r"[A-Z0-9]", s) or not re.search(r"[.!?][\"')]?$", s)]
    assert bad == []


@pytest.mark.parametrize("name", FILES)
def test_no_sentence_is_said_twice(name: str) -> None:
    spoken = measured_sentences(script(name))
    assert len(set(spoken)) == len(spoken)


@pytest.mark.parametrize("name", cases(FILES, "grammar"))
def test_no_slips_of_grammar(name: str) -> None:
    spoken = measured_sentences(script(name))
    assert [s for s in spoken if any(slip.search(s) for slip in GRAMMAR_SLIPS)] == []


@pytest.mark.parametrize("name", cases(FILES, "dateline"))
def test_no_dateline_is_read_out(name: str) -> None:
    assert [s for s in story_sentences(script(name)) if DATELINE.match(s)] == []


@pytest.mark.parametrize("name", cases(FILES, "title_cut"))
def test_titles_keep_their_names(name: str) -> None:
    assert [s for s in measured_sentences(script(name)) if TITLE_WITHOUT_NAME.search(s)] == []


@pytest.mark.parametrize("name", cases(FILES, "pronoun_first"))
def test_a_story_does_not_open_with_a_pronoun(name: str) -> None:
    first = story_sentences(script(name))[0]
    assert not PRONOUN_START.match(first), first


@pytest.mark.parametrize("name", cases(FILES, "lead_facts"))
def test_main_facts_of_the_lead_are_kept(name: str) -> None:
    story = " ".join(story_sentences(script(name)))
    assert [f for f in LEAD_FACTS[name] if not has_fact(f, story)] == []


@pytest.mark.parametrize("name", cases(FILES, "five_minutes"))
def test_an_article_with_enough_to_say_fills_five_minutes(name: str) -> None:
    assert len(article(name).body.split()) >= ENOUGH_TO_SAY
    assert timing.MIN_SECONDS <= estimated_seconds(script(name)) <= timing.MAX_SECONDS


@pytest.mark.parametrize("name", cases(PAGES, "page_clean"))
def test_page_copy_is_cleaned_to_the_story(name: str) -> None:
    headline, first, last, furniture = PAGE_STORY[name]
    cleaned = article(name)
    assert cleaned.title == headline
    assert cleaned.paragraphs[0].startswith(first)
    assert cleaned.paragraphs[-1].startswith(last)
    assert [f for f in furniture if f in cleaned.title or f in cleaned.body] == []


@pytest.mark.parametrize("name", PAGES)
def test_page_copy_keeps_the_story_and_drops_the_links_and_footer(name: str) -> None:
    """The part of the cleaning that works today, pinned strictly."""
    _, first, last, _ = PAGE_STORY[name]
    body = article(name).body
    assert first in body and any(p.startswith(last) for p in article(name).paragraphs)
    assert not FURNITURE.search(body)


@pytest.mark.parametrize("name", cases(FILES, "fk"))
def test_grade_is_at_most_six(name: str) -> None:
    pytest.importorskip("textstat")
    from briefing.readability import measure

    assert measure(script(name), [article(name)]).fk_grade <= 6


@pytest.mark.parametrize("name", cases(FILES, "common"))
def test_common_words_are_at_least_96_percent(name: str) -> None:
    pytest.importorskip("wordfreq")
    from briefing.readability import measure

    assert measure(script(name), [article(name)]).common >= 0.96


def story_ends_on_a_whole_sentence(sentences: list[str], a: Article) -> bool:
    """The last sentence told is the last piece of its article sentence: the story is not cut mid-way."""
    lines = draft_article(a).lines
    last = sentences[-1]
    groups = [ln.group for ln in lines if ln.text == last]
    if not groups:
        return False
    later = [ln for ln in lines if ln.group == groups[-1]]
    return later[-1].text == last


@lru_cache(maxsize=None)
def shared_episode() -> Script:
    return write_script([article(n) for n in ARTICLES], settings=Settings(), date=DATE)


def told_articles(s: Script) -> list[Article]:
    by_title = {f"Story: {article(n).title.strip()}": article(n) for n in ARTICLES}
    return [by_title[seg.title] for seg in s.segments if seg.kind == "story"]


def test_all_ten_articles_share_five_minutes_in_the_given_order() -> None:
    s = shared_episode()
    assert timing.MIN_SECONDS <= estimated_seconds(s) <= timing.MAX_SECONDS
    told = told_articles(s)
    assert len(told) >= 2, "several stories share the five minutes"
    assert told == [article(n) for n in ARTICLES][:len(told)], "the given order, most important first"


def test_no_story_in_a_shared_episode_is_cut_mid_way() -> None:
    s = shared_episode()
    stories = [seg for seg in s.segments if seg.kind == "story"]
    cut = [seg.sentences[-1] for seg, a in zip(stories, told_articles(s))
           if not story_ends_on_a_whole_sentence(seg.sentences, a)]
    assert cut == []


def test_recap_of_a_shared_episode_reads_in_order() -> None:
    recap = next(seg for seg in shared_episode().segments if seg.kind == "recap").sentences
    assert len(recap) >= 3, "a point from several stories"
    assert "also" not in recap[1].split()[:3]

"""Time left unused (writers/room.py): a script short of 4:30 says the story lines the selection passed over for
their words, when the whole script still meets the figures with them. All texts are invented for these tests."""
from __future__ import annotations

import datetime as dt

from briefing import timing
from briefing.checks import measured_sentences
from briefing.models import Article
from briefing.script import estimated_seconds
from briefing.writers.ease import GRADE_TARGET
from briefing.writers.grade import reading_grade
from briefing.writers.plain import Layout, _Planner, draft_article, plan
from briefing.writers.room import unsaid_lines, with_room_used
from briefing.writers.selection import Draft, Line, select_lines

DATE = dt.date(2021, 7, 5)

STONE = "Engineers used granite and steel for the railings."
BODY = "\n\n".join([
    "The town of Dovely opened a new bridge over the river on Monday.",
    "More than 300 people came to the opening. The mayor cut a red ribbon at noon.",
    "The old bridge was closed last year. It was too weak for buses and trucks.",
    STONE,
    "The new bridge is wide enough for two buses. It has a path for people on foot.",
    "Children from the town school painted a big picture on one wall.",
    "The mayor said the town had waited a long time for this day.",
    "Shops near the bridge stayed open late on Monday night.",
])


def _story(script) -> list[str]:  # type: ignore[no-untyped-def]
    return [t for seg in script.segments if seg.kind == "story" for t in seg.sentences]


# the lead (more than selection.LEAD_WORDS words in the first paragraph): always said, whatever the budget
LEAD = [Line("The town of Dovely opened a new bridge over the river on Monday morning.", 0, 0, 1),
        Line("More than 300 people came to the opening and the mayor cut a red ribbon at noon.", 0, 0, 2),
        Line("The old bridge was closed last year because it was too weak for buses.", 0, 0, 3)]


def test_a_wanted_line_is_said_whatever_its_words_but_not_without_the_line_it_leans_on() -> None:
    lines = LEAD + [Line("Engineers used granite and basalt for the railings.", 1, 3, 4),
                    Line("It was built from limestone and granite blocks.", 2, 3, 5),
                    Line("The old bridge closed last year.", 3, 0, 6)]
    draft = Draft(Article("A test", "\n\n".join(ln.text for ln in lines)), [], lines)
    said = [ln.text for ln in select_lines(draft, 200)]
    assert lines[3].text not in said  # three uncommon words in a short line: passed over
    wanted = {lines[3].text, lines[4].text}
    said = [ln.text for ln in select_lines(draft, 200, wanted=wanted.__contains__)]
    assert said == [ln.text for ln in lines]
    # "It was built ..." leans on the line before: wanted alone, it is still not said
    said = [ln.text for ln in select_lines(draft, 200, wanted={lines[4].text}.__contains__)]
    assert lines[4].text not in said and lines[5].text in said


def test_the_unsaid_lines_are_tried_plainest_first_and_never_broken_ones_or_furniture() -> None:
    lines = LEAD + [Line("Engineers used granite, basalt and limestone for the railings.", 1, 4, 4),
                    Line("Builders finished the granite towers early.", 2, 1, 5),
                    Line("Engineers used granite and basalt for the railings.", 2, 2, 5),
                    Line("Originally published on the town's website.", 3, 0, 6),
                    Line("You were right to call the police.", 3, 0, 6),
                    Line("The and bridge of.", 4, 0, 7, odd="no verb")]
    draft = Draft(Article("A test", "\n\n".join(ln.text for ln in lines)), [], lines)
    planner = _Planner([draft], "Show", DATE, None, 120)
    layout = Layout((0,))
    script = planner.build(layout)  # the lead only
    # (four uncommon words: too many for one line, whatever room the script has)
    assert unsaid_lines([draft], script, layout) == [lines[4].text, lines[5].text]


def test_a_short_script_says_a_line_of_uncommon_words_it_has_room_for() -> None:
    draft = draft_article(Article("Dovely opens a new bridge", BODY))
    planner = _Planner([draft], "Show", DATE, None, 120)
    # the grade pass passed over the line (as it does while a script reads too hard); the script is short of 4:30
    layout = Layout((1000,), full_recap=True, left_out=frozenset({STONE}))
    script = planner.build(layout)
    assert estimated_seconds(script) < timing.MIN_SECONDS
    assert STONE not in _story(script)
    longer, longer_layout = with_room_used(planner, script, layout)
    assert STONE in _story(longer)
    assert estimated_seconds(longer) > estimated_seconds(script)
    assert reading_grade(measured_sentences(longer)) <= GRADE_TARGET
    # in article order, said once
    story = _story(longer)
    assert story.count(STONE) == 1
    assert story.index(STONE) > story.index("The old bridge was closed last year.")
    assert STONE in _story(plan([draft], "Show", DATE, None, 120))
    assert not longer_layout.left_out


def test_a_line_thick_with_uncommon_words_is_left_unsaid_whatever_the_room() -> None:
    hard = ("Municipal administrators characterised the infrastructure consolidation as extraordinarily "
            "consequential for intergovernmental coordination.")
    draft = draft_article(Article("Dovely opens a new bridge", BODY.replace(STONE, hard)))
    planner = _Planner([draft], "Show", DATE, None, 120)
    layout = Layout((1000,), full_recap=True)
    script = planner.build(layout)
    longer, _ = with_room_used(planner, script, layout)
    # five uncommon words: the whole script would still meet the figures, but the listener would not follow it
    assert not any("administrators" in t for t in _story(longer))
    assert reading_grade(measured_sentences(longer)) <= max(GRADE_TARGET, reading_grade(measured_sentences(script)))


def test_a_script_of_five_minutes_is_left_as_it_is() -> None:
    draft = draft_article(Article("Dovely opens a new bridge", BODY))
    planner = _Planner([draft], "Show", DATE, None, 120)
    layout = Layout((1000,), full_recap=True)
    script = planner.build(layout)

    class Long:
        """A planner whose script is already long enough: the room pass builds nothing."""
        drafts = [draft]

        def build(self, layout: Layout):  # type: ignore[no-untyped-def]
            raise AssertionError("no trial for a script of five minutes")

    padded = script.__class__(script.title, script.show, script.date,
                              script.segments + [script.segments[2]] * 3, script.articles, script.wpm, script.writer)
    assert estimated_seconds(padded) >= timing.MIN_SECONDS
    assert with_room_used(Long(), padded, layout)[0] is padded  # type: ignore[arg-type]


# --- the writers' own "we" inside a sentence (briefing/writers_we.py) ---------------------------------------------

def test_the_writers_we_inside_a_sentence_is_told_as_the_writers() -> None:
    from briefing.writers_we import writers_within

    assert writers_within("Over the last year our team spoke to 1,204 families in 31 towns.") == \
        "Over the last year the writers' team spoke to 1,204 families in 31 towns."
    assert writers_within("Our full report is published today.") == "The writers' full report is published today."
    assert writers_within("A council spokesman told us the numbers are correct.") == \
        "A council spokesman told the writers the numbers are correct."
    # every "we" is "the writers": a "they" could be the families
    assert writers_within("The families we spoke to told us that January is the hardest month.") == \
        "The families the writers spoke to told the writers that January is the hardest month."


def test_a_we_of_everyone_or_of_a_speaker_is_not_the_writers() -> None:
    from briefing.writers_we import writers_within

    for sentence in ["As we age, our bones get weaker.",  # everyone's "we", no act of the newsroom
                     "Together we can beat this.",
                     "It is a problem for all of us.",
                     "The US economy grew by 2 percent.",  # the country, not "us"
                     '"We spoke to the families," Ann Lee said.',  # a speaker's "we"
                     "I think our team spoke to them.",  # an "I": the writer's own rules tell it
                     "If you ask us, our team found nothing.",
                     # a "we" in an opening phrase: a later cut at the comma would leave "Among the homes the
                     # writers surveyed." as a sentence of its own
                     "Among the homes we surveyed, 38% had no heating."]:
        assert writers_within(sentence) is None, sentence


def test_a_blog_tells_what_its_team_did() -> None:
    body = "\n\n".join([
        "The town of Dovely paid a heating grant of 300 pounds to each home last winter.",
        "Over the last year our team spoke to 1,204 families in 31 towns.",
        "Our full report is published today.",
    ])
    lines = [ln.text for ln in draft_article(Article("Why the grant misses people", body)).lines]
    assert "Over the last year the writers' team spoke to 1,204 families in 31 towns." in lines
    assert "The writers' full report is published today." in lines


def test_a_past_we_that_is_no_act_of_reporting_may_be_a_country() -> None:
    from briefing.writers_we import writers_within

    assert writers_within("Last year we spent more on roads than on schools in Dovely.") is None
    assert writers_within("In March we surveyed 400 shops in Dovely.") == \
        "In March the writers surveyed 400 shops in Dovely."


def test_in_a_printed_interview_an_unlabelled_we_is_the_guests_not_the_writers() -> None:
    body = "\n\n".join([
        "Ann Vale runs the Dovely bus company, which carries 40,000 people a week.",
        "Q: How did the year go?",
        "A: It was a good year for the company.",
        "Q: What comes next?",
        "A: New buses for the town.",
        "Our team spoke to 400 riders in June about the new routes.",  # the guest's answer, its label left off
    ])
    lines = [ln.text for ln in draft_article(Article("An interview with Ann Vale", body)).lines]
    assert not any("writers" in t for t in lines)
    # the same paragraph in a blog is the writers' own
    blog = draft_article(Article("A year of buses", "\n\n".join([body.split("\n\n")[0], body.split("\n\n")[-1]])))
    assert "The writers' team spoke to 400 riders in June about the new routes." in [ln.text for ln in blog.lines]

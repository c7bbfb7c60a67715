"""The planner never says a line that leans on a line the listener did not hear, never opens a story with
one, and never quotes a person by surname whose introduction it passed over. All texts are invented."""
from __future__ import annotations

from briefing.models import Article
from briefing.writers.plain import draft_article
from briefing.writers.selection import Draft, Line, opens_with_reference, select_lines


def _draft(lines: list[str], odd: set[int] | None = None) -> Draft:
    """A draft of one line a paragraph (all past the lead), with the given lines flagged as broken."""
    odd = odd or set()
    return Draft(Article("Test", "\n\n".join(lines)),
                 [], [Line(t, i, 0, i + 1, "no verb" if i in odd else "") for i, t in enumerate(lines)])


def _said(draft: Draft, budget: int = 500, left_out: set[str] | None = None) -> list[str]:
    return [ln.text for ln in select_lines(draft, budget, (left_out or set()).__contains__)]


def test_lines_that_point_back_are_known() -> None:
    assert opens_with_reference("Among those values is privacy, which the firm holds dear.")
    assert opens_with_reference("Despite these findings, the team is not finished.")
    assert opens_with_reference("Such rules are rare in the region.")
    assert opens_with_reference("The other team scored twice.")
    assert opens_with_reference("Its owners sold the farm.")
    assert not opens_with_reference("This year, the festival drew 9,000 people.")
    assert not opens_with_reference("It is clear that the river is rising.")
    assert not opens_with_reference("Other scientists welcomed the result.")
    assert not opens_with_reference("The council met on Monday.")


def test_a_line_that_leans_on_a_left_out_line_is_not_said() -> None:
    draft = _draft(["The Norvale council met on Monday to set its plans for the year.",
                    "The mayor said the town has four values that guide every choice.",
                    "Among those values is honesty, which the mayor calls the first rule.",
                    "The council will meet again in May."])
    assert "Among those values is honesty, which the mayor calls the first rule." in _said(draft)
    said = _said(draft, left_out={"The mayor said the town has four values that guide every choice."})
    assert said == ["The Norvale council met on Monday to set its plans for the year.",
                    "The council will meet again in May."]


def test_a_line_after_a_broken_line_does_not_lean_on_it() -> None:
    draft = _draft(["The Norvale council met on Monday to set its plans for the year.",
                    "Officials said the.", "They said the plan would cost 2 million dollars.",
                    "The council will meet again in May."], odd={1})
    assert "They said the plan would cost 2 million dollars." not in _said(draft)


def test_a_story_never_opens_with_a_line_that_points_back() -> None:
    article = Article("Phones at work", "After the first phones of the new kind were sold in Norvale and across the "
                      "region in the spring of last year, when the shops stayed open late every night for a week, "
                      "people began using them for business, the company said on Monday at a meeting.\n\n"
                      "People began using them for business.\n\n"
                      "The company now sells 2 million phones a year to firms.\n\n"
                      "Its boss said the firms pay more for the phones than families do.")
    draft = draft_article(article)
    said = _said(draft)
    assert said and not said[0].startswith("People began using them")
    assert not said[0].startswith("Its boss")


def test_the_article_s_own_first_sentence_may_open_with_another() -> None:
    draft = _draft(["Another storm hit the Norvale coast on Monday, the third this month.",
                    "The storm closed two roads near the harbor."])
    assert _said(draft)[0].startswith("Another storm")


def test_a_person_is_named_in_full_before_being_quoted_by_surname() -> None:
    lines = ["Bus drivers in Lund went on strike on Monday over their pay.",
             "Union leader Sofia Marek said their members work very long and difficult hours.",
             "Marek said the cost of living keeps going up."]
    draft = _draft(lines)
    draft.lines[1].rare = 3  # never easy enough for the ease passes: the introduction comes back anyway
    assert _said(draft) == lines


ORDERED = ["The mayor has three ideas for the town centre.", "Shops opened this year on Bridge Street.",
           "Rain fell on the new square in May.", "First, the town should cut the rent on empty shops.",
           "Second, buses should run later at night.", "Third, the market should open on Sundays."]


def test_a_numbered_point_passed_over_comes_back_before_the_next_one() -> None:
    draft = _draft(ORDERED)
    said = [ln.text for ln in select_lines(draft, 200, lambda t: t.startswith("First,"))]
    assert not any(t.startswith(("Second,", "Third,")) for t in said)  # "First, ..." cannot be said
    assert "Buses should run later at night." in said and "The market should open on Sundays." in said
    said = [ln.text for ln in select_lines(draft, 200)]
    assert [t.split(",")[0] for t in said[-3:]] == ["First", "Second", "Third"]


def test_a_passed_over_first_point_is_said_again_when_it_can_be() -> None:
    draft = _draft(ORDERED)
    draft.lines[3].rare = 3  # too hard for the ease passes, yet "Second, ..." cannot come without it
    said = [ln.text for ln in select_lines(draft, 200)]
    assert "First, the town should cut the rent on empty shops." in said

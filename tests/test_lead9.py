"""Session 7, lead9: the main facts of the first paragraphs are said, and no line points at something unheard.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from briefing.models import Article
from briefing.writers.lead_core import plain_core
from briefing.writers.plain import draft_article, proper_names
from briefing.writers.pointers import points_back_mid_line
from briefing.writers.selection import Draft, Line, select_lines

STRIKE_LEAD = ("About 1,200 bin workers in Tarrow will return to work on Thursday morning after voting to accept a "
               "three-year pay deal worth 8%, ending a 12-day strike that left rubbish piling up in the streets and "
               "closed two recycling centres across the borough.")


def _core(sentence: str) -> list[str]:
    return plain_core(sentence, proper_names(sentence))


def test_a_long_lead_is_said_in_its_plain_core() -> None:
    """The who, how many, where and when stay; the why and what next after "after voting ..." go."""
    assert _core(STRIKE_LEAD) == ["About 1,200 bin workers in Tarrow will return to work on Thursday morning."]


def test_the_core_comes_into_the_story_when_the_lead_could_not_be_told() -> None:
    body = (STRIKE_LEAD + "\n\nThe union said members backed the offer by 640 votes to 210 in a ballot that closed on "
            "Tuesday.\n\nCouncil leader Mary Hollis said the deal was fair to workers and to taxpayers.")
    draft = draft_article(Article("Tarrow bin strike ends", body))
    said = [ln.text for ln in select_lines(draft, 200)]
    assert said[0] == "About 1,200 bin workers in Tarrow will return to work on Thursday morning."


def test_no_core_drops_a_condition() -> None:
    """ "plans to build ..., provided the state approves ...": without its condition the plan is another fact."""
    assert _core("Fenwick Motors said on Tuesday it plans to build a $2 billion battery plant near Dunmore, to make "
                 "cells for its new vans, provided the state approves a $300 million tax package before the end of "
                 "March.") == []


def test_a_core_keeps_the_plain_part_of_an_accusation() -> None:
    assert _core("Elmwood Rail was accused Monday of trying to mislead passengers by renaming its complaints phone "
                 "line to \"HelpFirst\" during a televised debate between Transport Minister Ada Kerr and opposition "
                 "leader Tom Vale.") == ["Elmwood Rail was accused on Monday of trying to mislead passengers."]


def test_a_line_leaning_on_a_core_is_not_said() -> None:
    """ "It posted ..." meant the account the core's cut tail named: after the core, "it" would mean Elmwood Rail."""
    lines = [Line("Elmwood Rail was accused Monday of trying to mislead passengers.", 0, 0, 1, core=True),
             Line("It posted a series of messages during the debate.", 1, 0, 2),
             Line("Transport Minister Ada Kerr said the company had done nothing wrong.", 2, 0, 3)]
    draft = Draft(Article("Rail firm accused", "x"), [], lines)
    said = [ln.text for ln in select_lines(draft, 200)]
    assert "It posted a series of messages during the debate." not in said
    assert said[0] == "Elmwood Rail was accused Monday of trying to mislead passengers."


def test_this_noun_never_heard_points_back() -> None:
    """ "much of this water": which water, the listener never heard."""
    line = "The heat in the end drove much of this water back into the lake."
    assert points_back_mid_line(line, "The dam held for a week.")
    assert not points_back_mid_line(line, "Storms pushed water over the dam.")


def test_this_as_a_time_or_a_subject_points_at_nothing() -> None:
    assert not points_back_mid_line("Police said this week that two men were held.")
    assert not points_back_mid_line("The mayor said this is not the end.")
    assert not points_back_mid_line("Residents were told this morning to stay inside.")


def test_these_noun_heard_before_is_clear() -> None:
    assert points_back_mid_line("The team tested these cells in mice.")
    assert not points_back_mid_line("The team tested these cells in mice.", "The cells grow fast.")


def test_no_core_of_a_question() -> None:
    """ "How do you pick ... before the season starts?" cut before "before" would be told as a statement."""
    assert _core("How do you pick a gift for a keen cyclist who already owns the newest of everything before the "
                 "season starts?") == []


def test_as_a_role_is_no_tail() -> None:
    """ "to have Ann Lee, our longtime reader, as our new editor": "as" names her role, not a new clause."""
    assert _core("Harbour Weekly is very happy to welcome Ann Lee, longtime reader of the paper, as its new editor "
                 "and head of the newsroom.") == []


def test_a_noun_heard_in_the_singular_is_heard() -> None:
    assert not points_back_mid_line("The writers know these changes would take work.",
                                    "The council made one change to the plan.")


def test_a_noun_heard_as_its_ing_form_is_heard() -> None:
    assert not points_back_mid_line("All those lights can show welcome patterns.", "Bright lighting is a theme.")


def test_a_clause_after_as_is_a_tail() -> None:
    """ ", as exam boards continued to ...": a clause of its own, left out of the core."""
    core = _core("The share of driving tests passed at the first try in Norland fell for the third year in a row, "
                 "figures published on Tuesday showed, as examiners continued to bring marking back towards the "
                 "levels seen before the new rules came in.")
    assert core and "examiners" not in core[0] and "Norland" in core[0]


def test_this_noun_after_a_preposition_is_said_with_the() -> None:
    """The line stays, told with "the": "much of the water" names the same water without pointing back."""
    lines = [Line("Heavy rain hit the hills above Carrow on Sunday.", 0, 0, 1),
             Line("The old dam held for three hours.", 1, 0, 2),
             Line("Engineers opened two gates at noon.", 2, 0, 3),
             Line("In the end the river carried much of this water out to the sea.", 2, 0, 5)]
    draft = Draft(Article("Rain in Carrow", "x"), [], lines)
    said = [ln.text for ln in select_lines(draft, 200)]
    assert said[-1] == "In the end the river carried much of the water out to the sea."


def test_this_as_a_pronoun_is_not_made_the() -> None:
    """ "brought this public": "this" is no determiner here, so the line is not told with "the"."""
    from briefing.writers.pointers import definite_instead
    assert definite_instead("Lee said they brought this public in 2014 at $16 a share.") is None


def test_a_pointer_to_an_easy_line_left_out_is_not_made_the() -> None:
    """ "2.5 million of these deaths" leans on "there were 9 million deaths": when that easy line is not said,
    the line is left out, never told as "2.5 million of the deaths"."""
    lines = [Line("Smoke covered the city of Norwell this week.", 0, 0, 1),
             Line("A study found there were 9 million early deaths from dirty air in 2015.", 1, 0, 2),
             Line("Doctors in Norwell said their wards were full.", 2, 0, 3),
             Line("The country suffered the worst toll, with more than 2 million of these deaths.", 2, 0, 5)]
    draft = Draft(Article("Smoke in Norwell", "x"), [], lines)
    said = [ln.text for ln in select_lines(draft, 200, lambda t: t.startswith("A study"))]
    assert not any("deaths" in t for t in said)


def test_those_things_listed_before_stay_a_pointer() -> None:
    """ "None of those costs ...": the costs were listed in lines not said; "the costs" would point at them too."""
    from briefing.writers.pointers import definite_instead
    assert definite_instead("None of those costs had anything to do with sales.", "The shop shut.") is None


def test_a_denied_core_keeps_its_time_and_reason() -> None:
    """ "would not raise fees before the election": without "before ..." the promise would be a different one."""
    assert _core("The Dunmore council said on Monday that it would not raise parking fees before the election in "
                 "May, breaking a promise it made to shop owners in the town centre last year.") == []
    # a side clause of its own may go: what is denied stays whole
    core = _core("The striker was not dropped from the squad for Saturday's match because of his injury, which "
                 "kept him out of training all week, the manager said.")
    assert core and core[0].endswith("because of his injury.") and "training" not in core[0]


def test_no_core_cut_inside_what_a_colon_announces() -> None:
    """ "came to a harder conclusion: the fund, as now designed, misses ...": cut before ", as now designed" the
    core would end "a harder conclusion: the fund.", no sentence."""
    assert _core("After a year of research with families across the county, the charity has come to a harder "
                 "conclusion: the fund, as currently designed, is missing many of the households who need it most.") == []

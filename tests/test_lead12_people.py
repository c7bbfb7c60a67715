"""Session 12, lead12: who a speaker is, said the first time the listener hears of them (writers/roles.py), and
lines that lean on a line the story left out (writers/leaning.py). Invented sentences only."""
from __future__ import annotations

from briefing.writers.leaning import opens_with_reference
from briefing.writers.people import introduce_people
from briefing.writers.roles import role_of
from briefing.writers.selection import Line

SOURCE = ('"The river has never been this low in June," said Dr Tomas Berrow, director of the Wend Valley Water '
          'Board. Jo Kettle, who keeps sheep near Ambley, said the fields were dry. "We sold half the flock," she said.\n\n'
          '"It is a hard year," said chief executive Ria Moss. The board\'s chief engineer, Sam Pike, said the pumps '
          'were working.')


def test_the_role_in_an_aside_after_the_name_is_said() -> None:
    assert role_of("Tomas Berrow", SOURCE) == "Tomas Berrow is the director of the Wend Valley Water Board."


def test_what_a_person_does_in_a_who_clause_is_said() -> None:
    assert role_of("Jo Kettle", SOURCE) == "Jo Kettle keeps sheep near Ambley."


def test_a_role_before_the_name_is_said() -> None:
    assert role_of("Ria Moss", SOURCE) == "Ria Moss is the chief executive."
    assert role_of("Sam Pike", SOURCE) == "Sam Pike is the board's chief engineer."


def test_no_role_is_made_up() -> None:
    assert role_of("Ann Lee", "Ann Lee said the road was closed. Lee, 34, said it would reopen.") is None


def test_the_role_follows_the_first_line_that_names_the_person() -> None:
    story = [Line("Tomas Berrow said the river has never been this low in June.", 0, 0, group=1),
             Line("Berrow said the board would ask people to save water.", 1, 0, group=2)]
    said = [ln.text for ln in introduce_people([story], SOURCE)[0]]
    assert said == ["Tomas Berrow said the river has never been this low in June.",
                    "Tomas Berrow is the director of the Wend Valley Water Board.",
                    "Berrow said the board would ask people to save water."]


def test_a_line_that_says_the_role_already_gets_no_introduction() -> None:
    story = [Line("Chief executive Ria Moss said it is a hard year.", 0, 0, group=1)]
    assert [ln.text for ln in introduce_people([story], SOURCE)[0]] == [
        "Chief executive Ria Moss said it is a hard year."]


def test_one_of_the_things_counted_before_leans_on_that_line() -> None:
    assert opens_with_reference("One will map the sea floor for the navy.")
    assert not opens_with_reference("One person was hurt.")
    assert not opens_with_reference("One of the drivers was hurt.")


def test_what_had_been_expected_leans_on_the_figure_before() -> None:
    assert opens_with_reference("Sales had been expected to rise slightly.")
    assert opens_with_reference("Most economists had expected a cut.")


def test_a_statement_no_line_named_points_at_nothing() -> None:
    from briefing.writers.pointers import points_back_mid_line
    assert points_back_mid_line("The statement said he is a kind man.", "Police said the road was closed.")
    assert not points_back_mid_line("The statement said he is a kind man.", "His family gave a statement.")


def test_this_in_a_later_piece_of_a_sentence_leans_on_its_first_piece() -> None:
    from briefing.models import Article
    from briefing.writers.leaning import leaning_on_said
    from briefing.writers.selection import Draft
    lines = [Line("The council said it would look at the road.", 0, 0, group=1),
             Line("The council said this is due to report in May.", 0, 0, group=1),
             Line("Judge Ann Lee said this is not easy.", 1, 0, group=2)]
    draft = Draft(Article("T", "x"), [], lines)
    assert [ln.text for ln in leaning_on_said(draft, lines[1:])] == ["Judge Ann Lee said this is not easy."]
    assert leaning_on_said(draft, lines) == lines


def test_what_a_speaker_does_is_no_main_point_of_the_news() -> None:
    from briefing.writers.point_sense import not_a_main_point
    assert not_a_main_point("Jo Kettle keeps sheep near Ambley.", SOURCE)
    assert not not_a_main_point("Jo Kettle keeps sheep near Ambley.", SOURCE, first_line=True)
    assert not not_a_main_point("Jo Kettle sold half her flock.", SOURCE)


def test_a_body_named_in_full_in_an_unheard_line_is_not_said_as_the_department() -> None:
    from briefing.models import Article
    from briefing.writers.leaning import leaning_on_said
    from briefing.writers.selection import Draft
    body = ("Harlan College will close two departments.\n\nA spokesperson for the Department for Work said colleges "
            "were independent. The department said it had no plans to help.")
    lines = [Line("Harlan College will close two departments.", 0, 0, group=1),
             Line("A spokesperson for the Department for Work said colleges were independent.", 1, 1, group=2),
             Line("The department said it had no plans to help.", 1, 0, group=3)]
    draft = Draft(Article("T", body), [], lines)
    assert leaning_on_said(draft, [lines[0], lines[2]]) == [lines[0]]
    assert leaning_on_said(draft, lines) == lines


def test_too_early_to_say_alone_answers_the_line_before() -> None:
    assert opens_with_reference("It is too early to say.")
    assert not opens_with_reference("It is too early to say when the road will open.")


def test_neither_after_said_counts_the_people_of_the_line_before() -> None:
    from briefing.writers.pointers import points_back_mid_line
    assert points_back_mid_line("The ambulance service said neither is thought to be badly hurt.")
    assert not points_back_mid_line("The ambulance service said the two drivers were not badly hurt.")


def test_too_early_to_say_is_said_only_after_what_it_answers() -> None:
    from briefing.models import Article
    from briefing.writers.leaning import leaning_on_said
    from briefing.writers.selection import Draft
    lines = [Line("The driver was not hurt.", 0, 0, group=1), Line("It is too early to say.", 1, 0, group=2)]
    assert leaning_on_said(Draft(Article("T", "x"), [], lines), lines) == lines[:1]
    asked = [Line("Police have not said what caused the fire.", 0, 0, group=1), lines[1]]
    assert leaning_on_said(Draft(Article("T", "x"), [], asked), asked) == asked


def test_an_introduction_is_no_main_point_of_the_news() -> None:
    from briefing.writers.point_sense import not_a_main_point
    assert not_a_main_point("Tomas Berrow is the director of the Wend Valley Water Board.", SOURCE)
    assert not_a_main_point("Berrow is the director of the Wend Valley Water Board.", SOURCE)


def test_a_deed_before_the_name_is_no_role() -> None:
    assert role_of("Ann Vale", "Tom Reed, of Mill Lane, punched Ann Vale, 41, once. Vale said she fell.") is None
    assert role_of("Ann Vale", "Tom Reed, of Mill Lane, hit Ann Vale once. Vale said she fell.") is None

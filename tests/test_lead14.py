"""Session 14, the lead: shapes that lost a whole lead sentence (invented sentences)."""
from __future__ import annotations

from briefing.clauses import shorten
from briefing.models import Article
from briefing.writers.lead_acts import object_relative, two_acts
from briefing.writers.lead_people import aged_names, person_from
from briefing.writers.leaning import right_after
from briefing.writers.plain import draft_article
from briefing.writers.selection import Line


def lines_of(*paragraphs: str, title: str = "Test story") -> list[str]:
    return [ln.text for ln in draft_article(Article(title, "\n\n".join(paragraphs), source="x")).lines]


# --- a time after a past event, when the clause before it holds "told to ..." ---

def test_told_to_act_after_a_past_event_keeps_the_event() -> None:
    s = ("Shoppers in parts of Brill have been told to stay away from the market square after a gas main burst"
         " under the road on Sunday morning.")
    assert shorten(s, set()) == [
        "Shoppers in parts of Brill have been told to stay away from the market square.",
        "This happened after a gas main burst under the road on Sunday morning."]


def test_the_event_after_a_told_to_in_a_claim_keeps_its_speaker() -> None:
    from briefing.plain_english import rewrite
    told = rewrite("People near the Hollin Park zoo have been told to keep cats indoors after a wolf escaped from its"
                   " pen on Friday night, police said on Saturday.", set())
    assert told[-1] == "They said this happened after a wolf escaped from its pen on Friday night."


def test_the_time_of_an_intended_act_stays_with_it() -> None:
    # "after the floods of last winter" is no clause: whose time it is, the hiring's or the cleaning's, is unsure
    s = "The council hired two firms to clean the river banks after the floods of last winter."
    assert shorten(s, set()) == [s]


# --- a person's age and home between commas ---

def test_an_age_between_commas_goes_before_the_name() -> None:
    assert aged_names("Ben Hale punched Carl Moss, 41, once during a row over a van") == [
        "Ben Hale punched 41-year-old Carl Moss once during a row over a van."]
    assert aged_names("The Old Mill, 12, was sold") is None  # not a person's first and last name
    assert aged_names("Carl Moss, 41, from Dunmore, was hurt") is None  # the home follows: person_from's
    assert aged_names("Then Carl Moss, 41, who owns the van, was hurt") is None  # "41-year-old Carl Moss who owns,"


def test_a_person_from_a_place_is_told_after_the_news() -> None:
    assert person_from("Ellen Marsh, 34, of Kiln Road, Darrow, struck a man with a bottle") == [
        "34-year-old Ellen Marsh struck a man with a bottle.", "Ellen Marsh is from Kiln Road, Darrow."]
    assert person_from("Police Scotland, from Dundee, said the road was shut") is None


# --- a lead with two acts of one subject, and a "who" clause on its last noun ---

def test_two_acts_of_one_subject() -> None:
    s = ("An inspector has ruled that poor lighting caused the fall of a man at the station, and has written to the"
         " rail company asking for brighter lamps")
    assert two_acts(s) == ["An inspector has ruled that poor lighting caused the fall of a man at the station.",
                           "The inspector has written to the rail company asking for brighter lamps."]


def test_a_who_clause_on_the_last_noun_is_told_after_it() -> None:
    s = "An inspector has ruled that poor lighting caused the death of a 70-year-old man who fell down the stairs at Harlow Road"
    assert object_relative(s) == ["An inspector has ruled that poor lighting caused the death of a 70-year-old man.",
                                  "The man fell down the stairs at Harlow Road."]


def test_a_who_clause_inside_a_claim_is_not_told_as_a_fact() -> None:
    assert object_relative("Police said they were looking for a tall man who stole a van from a yard in Tilbury") is None
    assert object_relative("Officers arrested a man who said he had stolen a van from a yard in Tilbury") is None


def test_the_lead_with_two_acts_and_a_who_clause_is_told_whole() -> None:
    told = lines_of("An inspector has ruled that poor lighting caused the death of a 70-year-old man who fell down the"
                    " stairs at Harlow Road station in May, and has written to the rail company asking for brighter"
                    " lamps on every platform.",
                    "Peter Lowe was found at the foot of the stairs at about 11pm on 3 May.")
    assert told[:3] == ["An inspector has ruled that poor lighting caused the death of a 70-year-old man.",
                        "The man fell down the stairs at Harlow Road station in May.",
                        "The inspector has written to the rail company asking for brighter lamps on every platform."]


# --- a lead told whole in pieces is a line like any other for the next sentence's "He ..." ---

def test_a_line_may_lean_on_a_lead_told_whole_in_pieces() -> None:
    whole = Line("Ann Lee is from Dunmore.", 0, 0, group=1, core=True, whole=True)
    cut = Line("Ann Lee won the race.", 0, 0, group=1, core=True)
    nxt = Line("She trained for two years.", 1, 0, group=2)
    assert right_after(whole, nxt)
    assert not right_after(cut, nxt)  # a core cut before its tail: what "she" means may be in the tail


# --- a name with "the <role>" between commas ---

def test_a_name_with_its_the_role_is_told_after_the_news() -> None:
    from briefing.writers.lead_subjects import name_role
    assert name_role("Harlan Mills, the maker of Dobbs crisps and Fenby pies, said on Monday that sales rose 4%") == [
        "Harlan Mills said on Monday that sales rose 4%.", "Harlan Mills is the maker of Dobbs crisps and Fenby pies."]
    assert name_role("On Friday, the council said, the road will open again") is None  # a day, not a name


# --- a claim is never said without the later piece that names its speaker ---

def test_a_claim_is_not_said_when_its_speaker_piece_is_left_out() -> None:
    from briefing.writers.leaning import claims_with_their_speaker
    from briefing.writers.selection import Draft

    claim = Line("The firm had raised its prices by 9% over the year.", 0, 0, group=3)
    speaker = Line("Chief executive Ann Lee said this.", 0, 0, group=3)
    other = Line("Turnout was 83%.", 1, 0, group=4)
    after = Line("The union said this ballot closed on Friday.", 1, 0, group=4)
    draft = Draft(Article("T", "x", source="x"), [], [claim, speaker, other, after])
    assert claims_with_their_speaker(draft, [claim]) == []
    assert claims_with_their_speaker(draft, [claim, speaker]) == [claim, speaker]
    assert claims_with_their_speaker(draft, [other]) == [other]  # "said this ballot ..." is a claim of its own


def test_a_the_role_cut_before_its_clause_is_not_said() -> None:
    from briefing.writers.lead_subjects import name_role
    assert name_role("Exam Board Wales, the body that sets the papers, said results rose by 3% this year") is None


def test_a_them_without_its_noun_leans_on_the_line_before() -> None:
    from briefing.writers.ease import _leans_back
    assert _leans_back("The owner of the pool, Swimco Ltd, had not found anyone to replace them.")
    assert not _leans_back("The guards asked the owners to replace them.")  # its own plural noun before it


def test_the_day_at_the_end_of_a_long_lead_is_told_after_it() -> None:
    from briefing.writers.lead_acts import closing_day
    assert closing_day("Ben Hale punched 41-year-old Carl Moss once in the head during a row over a parked van on the"
                       " evening of 3 March") == [
        "Ben Hale punched 41-year-old Carl Moss once in the head during a row over a parked van.",
        "This was on the evening of 3 March."]
    assert closing_day("The fire started in a barn near the old mill by the river on Monday") is None  # short
    assert closing_day("The chief executive of the water company told the committee about the leaks on Monday") is None
    # (the day of what is to come: "This was on Tuesday." would tell a hearing to come as past)
    assert closing_day("Both men were being held at the county jail without bond and are due to appear in court on"
                       " Tuesday") is None

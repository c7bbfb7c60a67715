"""Session 8, lead10: lead facts kept, and no line said away from the line it leans on or the speaker it reports.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from briefing.grammar import stands_alone, whole
from briefing.models import Article
from briefing.writers.selection import Draft, Line, select_lines


def _said(lines: list[Line], flagged: str = "") -> list[str]:
    draft = Draft(Article("Invented story", "x"), [], lines)
    return [ln.text for ln in select_lines(draft, 300, (lambda t: t.startswith(flagged)) if flagged else None)]


def test_told_her_to_do_something_is_a_whole_predicate() -> None:
    """ "after doctors told her to rest her voice": an instruction, not a report cut short, so the "after" part
    of a lead can be said as a sentence of its own."""
    assert whole("This was after doctors told her to rest her voice for at least three months.")
    assert stands_alone("This was after inspectors told the council to shut the pool.")
    assert not whole("The coach told reporters to.")
    assert not whole("Lee told the board in the meeting.")


def test_a_pointer_after_an_aside_of_a_lost_sentence_is_not_said() -> None:
    """ "One would hope so." answers the view of the sentence before; when only that sentence's aside ("Ann Lee
    is the head of ...") is said, "so" points at nothing the listener heard."""
    lines = [Line("Harbour Foods and Delta Farms will merge next month.", 0, 0, 1),
             Line("That is the hopeful view given by Ann Lee on Monday.", 1, 0, 2),
             Line("Ann Lee is the head of Harbour Foods.", 1, 0, 2),
             Line("One would hope so, since the food business needs good news.", 2, 0, 3),
             Line("The new firm will have 4,000 workers.", 2, 0, 4)]
    said = _said(lines, flagged="That is the hopeful view")
    assert "Ann Lee is the head of Harbour Foods." in said
    assert not any(t.startswith("One would hope so") for t in said)
    assert "The new firm will have 4,000 workers." in said


def test_a_piece_of_a_claim_is_not_said_without_its_speaker() -> None:
    """ "Prosecutors said A, and B." told in two pieces: B alone would be the news's own fact."""
    lines = [Line("Two guards at Marlow jail were charged on Monday.", 0, 0, 1),
             Line("Prosecutors said the two were the only guards on the wing.", 1, 0, 2),
             Line("No checks were made for six hours.", 1, 0, 2),
             Line("The two guards will be in court in May.", 2, 0, 3)]
    said = _said(lines, flagged="Prosecutors said")
    assert "No checks were made for six hours." not in said
    assert "The two guards will be in court in May." in said
    # with its speaker piece, the claim is said
    assert "No checks were made for six hours." in _said(lines)


def test_a_piece_with_its_own_speaker_is_said() -> None:
    lines = [Line("Two guards at Marlow jail were charged on Monday.", 0, 0, 1),
             Line("Prosecutors said the two were the only guards on the wing.", 1, 0, 2),
             Line("Prosecutors said no checks were made for six hours.", 1, 0, 2)]
    assert "Prosecutors said no checks were made for six hours." in _said(lines, flagged="Prosecutors said the")


def test_an_introduction_that_points_at_nothing_is_not_brought_back() -> None:
    """ "Dr. Ann Vale said the team has looked for these cold streams ..." names Vale in full, but "these cold
    streams" were never heard: it is not brought back to introduce "Vale said ..." (people.introduce_people says
    her full name there instead)."""
    lines = [Line("The galaxy is seen as it was long ago.", 0, 0, 1),
             Line("Dr. Ann Vale said the team has looked for these cold streams for ten years.", 1, 0, 3),
             Line("Vale said the team can now measure how fast the gas moves.", 1, 3, 4),
             Line("The telescope watched the galaxy for 41 hours.", 2, 0, 5)]
    said = _said(lines)  # (the sentence between the first two lines gave no line)
    assert not any("these cold streams" in t for t in said)
    assert "Vale said the team can now measure how fast the gas moves." in said


def test_a_persons_it_needs_the_line_before() -> None:
    """ "Ruth Hale said it is the best news the river has had.": "it" is the thing of the quote's sentence before
    ("Now we have pictures of cubs."), which gave no line; a firm's "it" is the firm."""
    lines = [Line("Otters are back on the River Teme, a survey by the Teme Trust found.", 0, 0, 1),
             Line("Volunteers found otter tracks at 27 places.", 1, 0, 2),
             Line("Dr. Ruth Hale said it is the best news the river has had in years.", 2, 0, 5),
             Line("The Teme Trust said it will repeat the survey in 2027.", 3, 0, 6),
             Line("Ruth Hale said it is hard to count otters.", 3, 0, 8)]
    draft = Draft(Article("Otters back", "Hale said no one laughed. Dr. Ruth Hale said so."), [], lines)
    said = [ln.text for ln in select_lines(draft, 300)]
    assert "Dr. Ruth Hale said it is the best news the river has had in years." not in said
    assert "The Teme Trust said it will repeat the survey in 2027." in said
    assert "Ruth Hale said it is hard to count otters." in said


def test_a_lead_core_leaves_out_the_writers_reading_of_the_news() -> None:
    """ "..., the clearest sign yet of how ...": the core says what was found, not what the writer makes of it."""
    from briefing.writers.lead_core import plain_core
    from briefing.writers.plain import proper_names
    lead = ("Police in Dunmore say they have found 40 stolen cars in a barn near the town, the latest sign that a gang "
            "has been working across the county for months.")
    assert plain_core(lead, proper_names(lead)) == ["Police in Dunmore say they have found 40 stolen cars in a barn "
                                                    "near the town."]


def test_a_lead_core_keeps_who_said_it() -> None:
    """ "Fares will rise ..., the union said, in a blow to ...": the core keeps "the union said" or is not said."""
    from briefing.writers.lead_core import plain_core
    from briefing.writers.plain import proper_names
    lead = ("Bus fares in Dunmore will rise by 20 pence from Monday, the drivers' union said, in a blow to thousands of "
            "workers who rely on the early services.")
    core = plain_core(lead, proper_names(lead))
    assert core == [] or "union said" in core[0]


def test_a_pronoun_that_is_not_the_speaker_needs_the_line_before() -> None:
    """ "Tom Reid said for people like her, the bridge cannot come soon enough.": "her" was his mother, in a quote
    sentence that gave no line; said after another line, "her" would mean the woman the story is about."""
    body = ("Ann Moss, 58, has run the ferry for 34 years. She knows every rock. 'My mother missed two visits,' said "
            "Tom Reid, who drives his van onto the ferry every day. 'For people like her, the bridge cannot come soon "
            "enough,' he said.")
    lines = [Line("Ann Moss, 58, has run the ferry for 34 years.", 0, 0, 1),
             Line("She knows every rock in the channel.", 0, 0, 2),
             Line("Tom Reid said for people like her, the bridge cannot come soon enough.", 1, 0, 4),
             Line("Tom Reid said he will miss the ferry.", 1, 0, 5)]
    said = [ln.text for ln in select_lines(Draft(Article("Ferry", body), [], lines), 300)]
    assert not any("like her" in t for t in said)
    assert "Tom Reid said he will miss the ferry." in said


def test_a_plural_pointer_never_heard_and_a_place_said_this() -> None:
    """ "these cold streams" with no stream heard points at a lost line; "this fire", "this valley" in a quote are
    the story's own fire and valley, and "these streams" after "a stream of gas" was heard."""
    from briefing.writers.pointers import unheard_things
    assert unheard_things("Dr. Ann Vale said the team looked for these cold streams for years.", "The galaxy is old.")
    assert not unheard_things("Dr. Ann Vale said the team looked for these cold streams for years.",
                              "They found a stream of cold gas.")
    assert not unheard_things("Chief Rosa Diaz said this fire is the fastest in this valley in 20 years.", "")
    assert not unheard_things("Dr. Ann Vale said these are not signs of life.", "")


def test_a_titles_name_is_said_whole_the_second_time() -> None:
    """ "Industry magazine Stage Report" is "Stage Report" the second time, never "Report" (heard as a surname)."""
    from briefing.sentences import speaker_again
    assert speaker_again("Industry magazine Stage Report") == "Stage Report"
    assert speaker_again("Music website Loud Signal") == "Loud Signal"
    assert speaker_again("Tallis Foods") == "Tallis"
    assert speaker_again("Foreign Secretary Ann Vale") == "Vale"


def test_a_piece_that_names_its_doer_is_said() -> None:
    """ "Hartley urged people not to rush repairs." names who urges: not a claim told bare."""
    lines = [Line("Floods hit Ashby on Monday.", 0, 0, 1),
             Line("Council leader Alan Hartley said drying a house could take several months.", 1, 0, 2),
             Line("Hartley urged people not to rush repairs.", 1, 0, 2)]
    assert "Hartley urged people not to rush repairs." in _said(lines, flagged="Council leader")


def test_a_persons_it_before_to_or_that_is_no_pointer() -> None:
    lines = [Line("Dockers at Port Alder went back to work on Friday.", 0, 0, 1),
             Line("Ann Pell said it would take about a week to clear the backlog of ships.", 1, 0, 4)]
    draft = Draft(Article("Dock strike ends", "Ann Pell, who runs the port, said her staff were ready."), [], lines)
    assert len(select_lines(draft, 300)) == 2


def test_a_titled_name_before_of_is_a_person() -> None:
    """ "said Professor Lena Moravia of Port Lessing University": her later "Moravia said ..." is said with her
    first name the first time (voices.full_names leaves a name before "of" alone: "Bank of England")."""
    from briefing.writers.people import introduce_people
    source = ("Voters turned out in numbers. \"The union ran on its record,\" said Professor Lena Moravia of Port "
              "Lessing University. \"The party did not have to win the argument.\"")
    story = [[Line("Voters turned out in numbers.", 0, 0, 1),
              Line("Moravia said the party did not have to win the argument.", 1, 0, 3)]]
    said = [ln.text for ln in introduce_people(story, source)[0]]
    assert said[1] == "Lena Moravia said the party did not have to win the argument."


def test_a_count_of_things_never_heard_is_said_without_those() -> None:
    """ "tapped three of those companies" after the line naming the nine companies was not said: "three
    companies" says the same without pointing at it; "most of those" would not, and stays a pointer."""
    from briefing.writers.pointers import definite_instead
    heard = "Clarke said they needed help."
    assert definite_instead("In May, the agency chose three of those companies to build landers.", heard) \
        == "In May, the agency chose three companies to build landers."
    assert definite_instead("In May, the agency chose most of those companies.", heard) is None
    assert definite_instead("In May, the agency chose three of those companies.", "",
                            "Nine companies could bid.") is None


def test_in_may_introduces_no_one() -> None:
    """ "Ships left in May." later does not bring back "In May, the agency picked three robotic landers." (passed
    over for its uncommon words) as the line that "introduced" May: "In May" is no first and last name."""
    lines = [Line("The agency wants to go back to the moon with people on board before the decade ends.", 0, 0, 1),
             Line("It has asked firms to build the ships that will carry food, tools and water to the moon.", 1, 0, 2),
             Line("The work will cost about 30 billion dollars over the next ten years, officials said.", 2, 0, 3),
             Line("In May, the agency picked three robotic landers.", 3, 3, 4),
             Line("The first ships left in May.", 4, 0, 5)]
    said = [ln.text for ln in select_lines(Draft(Article("Moon", "x"), [], lines), 300)]
    assert not any(t.startswith("In May") for t in said) and said[-1] == "The first ships left in May."

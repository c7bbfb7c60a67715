"""Session 10: the lead's own reading of real scripts (all sentences invented)."""
from __future__ import annotations

import pytest

from briefing.checks import odd_sentences
from briefing.plain_english import rewrite
from briefing.writers.plain import proper_names


def _rewrite(s: str) -> list[str]:
    return rewrite(s, proper_names(s))


@pytest.mark.parametrize("line", ["Marla Voss asked before saying sorry to the singer.", "Voss tearfully asked."])
def test_asked_with_its_question_gone_is_never_said(line: str) -> None:
    # '"Can I give my place to him?" Voss asked before saying sorry.': the question was the quote, now cut
    assert odd_sentences([line])


@pytest.mark.parametrize("line", ["She was asked before joining the club.", "The city did as residents asked.",
                                  "Ann Lee asked the council before voting.",
                                  "He asked after hearing the news whether he could stay."])
def test_asked_with_its_question_is_a_sentence(line: str) -> None:
    assert not odd_sentences([line])


@pytest.mark.parametrize("paragraph, owner", [
    ("In a statement released through police, the rider's family said he was a keen cyclist.", "the family"),
    ("In a statement read outside court by his sister, Noor, the family said no verdict could help.", "the family"),
    ("In a statement read to the court, Lima's husband, Tomas, said his wife cared for strangers.",
     "Lima's husband, Tomas"),
    ("Ostrow Metals said in a statement that it was working with the fire service.", "Ostrow Metals"),
    ('"We regret it," the firm\'s head of privacy, Dana Kerr, said in a statement.',
     "the firm's head of privacy, Dana Kerr"),
    ("Vane signed a five-year contract, the club said in a statement.", "the club"),
    ("In a statement, he said he was sorry.", None),
    ("The club said on Monday that Vane had signed.", None),
])
def test_the_owner_of_a_statement_is_read_from_the_sentence_that_names_it(paragraph: str, owner: str | None) -> None:
    from briefing.statements import statement_owner
    assert statement_owner(paragraph) == owner


def test_a_quote_given_to_the_statement_is_told_as_its_owners_words() -> None:
    from briefing.statements import statements_given_owners
    paragraphs = ["In a statement released through police, the rider's family said he was a keen cyclist. "
                  '"He is a kind man," the statement said.',
                  '"We ask the driver to come forward," the statement continued.',
                  "Police closed the road for seven hours.", "Buses were diverted.", "The council will meet.",
                  '"We are shocked," the statement said.']
    out = statements_given_owners(paragraphs)
    assert out[0].endswith('"He is a kind man," the family said.')
    assert out[1] == '"We ask the driver to come forward," the family said.'
    assert out[5] == paragraphs[5]  # three paragraphs on: whose statement is no longer plain


def test_a_statement_whose_owner_is_never_named_is_left_as_it_is() -> None:
    from briefing.statements import statements_given_owners
    paragraphs = ['"The road is unsafe," the statement said.']
    assert statements_given_owners(paragraphs) == paragraphs


@pytest.mark.parametrize("line", [
    "Dana Roe said people must follow the data when judging what to do, but in a quickly changing market.",
    "The firm makes chairs, but for other companies."])
def test_a_but_cut_after_its_opening_phrase_is_never_said(line: str) -> None:
    # "..., but in a rapidly evolving market, you are never going to have complete information.": the clause was cut
    assert odd_sentences([line])


@pytest.mark.parametrize("line", ["It was cheap, but in a bad way.", "The plan was late, but in the end it worked.",
                                  "Lee said the team played well, but in the second half it lost its way."])
def test_a_but_with_its_clause_is_a_sentence(line: str) -> None:
    assert not odd_sentences([line])


def test_a_group_said_after_its_number_keeps_its_be() -> None:
    # "many of them retired" says who they are; "Many of them retired." would tell of the day they stopped work
    assert _rewrite("The food bank has about 180 volunteers, many of them retired.") == [
        "The food bank has about 180 volunteers.", "Many of them are retired."]
    assert _rewrite("The storm damaged about 300 homes across the county on Tuesday, many of them flooded.")[1] == \
        "Many of them were flooded."


def test_a_clause_with_its_own_verb_after_of_them_stays_a_clause() -> None:
    assert _rewrite("The company hired 200 workers last year, many of them left within months.") == [
        "The company hired 200 workers last year.", "Many of them left within months."]


def test_no_clause_of_a_list_is_lost_for_being_short() -> None:
    # "Gold fell." alone is two words, taken for a fragment and left out: the fact went with it
    assert _rewrite("The dollar rose, gold fell, and oil was flat.") == ["The dollar rose and gold fell.",
                                                                         "Oil was flat."]
    assert _rewrite("The Dow fell 0.4%, the S&P 500 lost 0.2%, and the Nasdaq rose 0.1%.") == [
        "The Dow fell 0.4%.", "The S&P 500 lost 0.2%.", "The Nasdaq rose 0.1%."]


def test_one_person_of_a_kind_is_the_person_the_second_time() -> None:
    # "One mother of two asked not to be named." after "One mother of two said ...": heard as a second mother
    out = _rewrite("One mother of two, who asked not to be named, said she had started coming to the food bank "
                   "after her rent went up by £150 a month last summer.")
    assert out[0] == "One mother of two said she had started coming to the food bank."
    assert out[-1] == "The mother of two asked not to be named."


@pytest.mark.parametrize("line, told", [
    ("She said she tells them, there is no shame in this.", "She said she tells them there is no shame in this."),
    ("The report, he told them, was late.", "The report, he told them, was late."),
    ("She told him, and the others, to leave.", "She told him, and the others, to leave."),
])
def test_words_told_to_people_are_reported_without_the_comma_of_direct_speech(line: str, told: str) -> None:
    from briefing.finished_lines import told_without_comma
    assert told_without_comma(line) == told


def test_those_of_names_the_noun_it_stood_for_once_split_off() -> None:
    out = _rewrite("The announcement lifted Varko's shares 4.2% in Taipei trading, while those of equipment "
                   "suppliers also rose.")
    assert out == ["The announcement lifted Varko's shares 4.2% in Taipei trading.",
                   "Shares of equipment suppliers also rose."]


def test_a_person_named_after_to_is_a_person_when_she_speaks() -> None:
    from briefing.writers.voices import full_names
    text = "The campaign did not appeal to Julia Grahame, a health officer. Grahame said it missed its readers."
    assert "Julia Grahame" in full_names(text)
    assert "Elk Prairie" not in full_names("The family moved to Elk Prairie in 2010. The town is small.")


def test_a_name_that_only_ends_a_longer_name_is_filled_in_whole() -> None:
    # "Ann Inaba" from "Carrie Ann Inaba": filled in, "Inaba said" became a wrong name
    from briefing.writers.people import _people_by_surname
    source = ("She danced for judges Len Goodall and Carrie Ann Ibata. \"This is not easy,\" judge Ibata said. "
              "Ibata said she was sad.")
    assert _people_by_surname(source)["Ibata"] == {"Carrie Ann Ibata"}


def test_an_analyst_named_after_her_job_is_a_person() -> None:
    from briefing.writers.people import _people_by_surname
    source = ("Games analyst Leila Farro, of the research firm Playcount, said the price was low. "
              "Farro estimated that the firm could sell a million.")
    assert _people_by_surname(source).get("Farro") == {"Leila Farro"}


def test_a_which_clause_that_fits_a_thing_names_the_thing() -> None:
    # "This has been hit by months of protests." after "... a boost for the city's stock market": the deal?
    out = _rewrite("The deal is a much-needed boost for the city's stock market, which has been hit by months of "
                   "protests.")
    assert out[1] == "The city's stock market has been hit by months of protests."


@pytest.mark.parametrize("sentence, told", [
    ("He quit the club in March, which was a surprise to the fans.", "This was a surprise to the fans."),
    ("The team won the cup, which has happened only twice before.", "This has happened only twice before."),
    ("The train stopped near the station, which was caused by a fault.", "This was caused by a fault."),
])
def test_a_which_clause_about_an_event_stays_this(sentence: str, told: str) -> None:
    assert _rewrite(sentence)[1] == told


def test_a_report_of_an_absolute_with_no_verb_is_never_said() -> None:
    # '"They are in the care of the state, most not having committed crimes," Ruiz said.': the aside is no clause
    assert odd_sentences(["Ruiz said most not having committed crimes."])
    assert not odd_sentences(["Ruiz said having won the cup was the best day of her life."])


def test_a_speaker_between_two_verbs_holds_for_both() -> None:
    # "S, its distributor said, and will be shown ...": cut at the speaker, S was told as a fact
    assert _rewrite("The film will return to 80 cinemas across the country from Friday, its distributor said, and "
                    "will be shown at the Harlow Film Festival in May.") == [
        "The film's distributor said the film will return to 80 cinemas across the country from Friday.",
        "The film's distributor said the film will be shown at the Harlow Film Festival in May."]
    assert _rewrite("The plant will close in March, the company said on Monday, and will be sold next year.") == [
        "The company said on Monday that the plant will close in March.", "The company said the plant will be sold next year."]


def test_a_view_set_up_to_be_answered_is_never_told_alone() -> None:
    # alone, "people think a walker cannot get into trouble" says the opposite of what she meant
    assert _rewrite('"People sometimes think that an experienced walker cannot get into trouble, but on a day like '
                    'Friday a simple slip can happen to anyone," she said.') == []
    assert _rewrite("Many people think the tax will hit the poor, but the report found it falls mostly on the rich.") \
        == ["Many people think the tax will hit the poor.", "But the report found it falls mostly on the rich."]


def test_a_second_that_clause_keeps_its_reporting_verb() -> None:
    out = _rewrite("The Midland Chamber of Commerce estimated that about 40 local firms sold parts or services to "
                   "the Redbank plant and that several hundred more jobs could be at risk.")
    assert out[1] == "The Midland Chamber also estimated that several hundred more jobs could be at risk."
    out = _rewrite("The inquiry found that the council had ignored repeated warnings from its own staff, but that no "
                   "single person was to blame for the collapse.")
    assert out[1] == "But the inquiry also found that no single person was to blame for the collapse."


def test_a_quotes_i_is_never_told_as_a_nameless_speaker_again() -> None:
    # "The judge said the judge is very conscious of the delay ...": with no he or she known, the line goes
    assert _rewrite('"I am very conscious of the delay this causes to everyone involved," the judge said.') == []
    assert _rewrite('"We will appeal against the ruling," the company said.') == [
        "The company said they will appeal against the ruling."]


def test_a_statement_of_several_owners_keeps_its_name() -> None:
    from briefing.statements import statement_owner
    assert statement_owner("In a statement released through police, his wife, Ann, and their two sons said they "
                           "were grateful.") is None


def test_of_them_before_a_phrase_of_the_verb_left_out_is_not_told_with_be() -> None:
    # "some of them for more than 30 hours" is "some of them took part for ...", never "some of them were for ..."
    assert not any("were for" in line for line in _rewrite(
        "Dalgleish said about 40 of her volunteers had taken part in the search, some of them for more than 30 "
        "hours."))


def test_a_clause_after_a_week_is_no_lost_word() -> None:
    assert not odd_sentences(["The food bank now feeds 1,200 families a week as demand doubles."])
    assert odd_sentences(["NASA is developing a new task order companies."])


def test_a_which_clause_that_tells_an_event_is_never_a_things() -> None:
    out = _rewrite("The train stopped near the station, which was caused by a fault in the signals.")
    assert not any(line.startswith("The station") for line in out)


def test_a_noun_cut_from_what_was_blamed_is_never_said() -> None:
    assert odd_sentences(["The high cost of energy."])
    assert odd_sentences(["The high cost of energy, in a decision the main union called a betrayal of its workers."])
    assert not odd_sentences(["The rising cost of food is a worry."])


def test_the_others_word_on_the_news_is_not_the_speakers() -> None:
    from briefing.writers.lead_core import told_in_pieces
    s = ("Carmaker Halden Motors will cut 1,450 jobs and close its engine plant in Marsh by the end of next year, the "
         "company said on Tuesday, blaming falling demand for petrol cars, in a decision the main union called a "
         "betrayal of its workers.")
    pieces = told_in_pieces(s, proper_names(s), {})
    assert "The company blamed falling demand for petrol cars." in pieces
    assert not any("betrayal" in p for p in pieces)


def test_a_said_and_that_second_claim_keeps_its_speaker() -> None:
    from briefing.attribution import split_report
    assert split_report("Vale said the best way she can describe it is that her brain was only music, and that "
                        "everything anybody said to her became musical.") == [
        "Vale said the best way she can describe it is that her brain was only music.",
        "Vale said everything anybody said to her became musical."]


def test_a_report_after_a_place_and_time_gets_its_that() -> None:
    from briefing.finished_lines import that_after_a_said_phrase
    assert that_after_a_said_phrase("The company said at a launch event in Varna on Tuesday Pixelforge will sell "
                                    "the Nova.") == ("The company said at a launch event in Varna on Tuesday that "
                                                     "Pixelforge will sell the Nova.")
    assert that_after_a_said_phrase("She said in May that it was fine.") == "She said in May that it was fine."

"""Sentences of long articles said, not lost (helper keep12): a person's "we" told as the group the article
names for them, and a cut that keeps a second noun with the first. All sentences are invented."""
from __future__ import annotations

from briefing.models import Article
from briefing.plain_english import normalise, rewrite
from briefing.quote_turns import _named_subject, _speaker, attribute_quotes
from briefing.reported import paraphrase_quote, speaker_pronouns
from briefing.writers.plain import draft_article


def _lines(title: str, body: str) -> list[str]:
    return [ln.text for ln in draft_article(Article(title, body)).lines]


def test_a_quote_mark_that_opens_a_quote_is_no_speech_tag() -> None:
    quote = '"We have heard what people said about the car park and we will do better," she said.'
    assert _speaker(quote) == "she"  # not "We have heard what people"


def test_a_job_and_a_day_before_the_name_still_name_the_subject() -> None:
    assert _named_subject("Festival director Ann Moss said on Monday that 2024 had been the best year.") == "Moss"
    assert _named_subject("Museum director Ann Moss said the dates, in late July, would be announced soon.") == "Moss"
    assert _named_subject("Ann Moss said Tom Hart was right.") is None  # someone else is named too


def test_a_festival_directors_we_is_the_festival() -> None:
    body = ("The Lark Festival ended on Sunday with record crowds.\n\nFestival director Ann Moss said on Monday that "
            "2024 had been the best year so far. \"We have heard what people said about the car park and we will do "
            "better,\" she said.")
    assert "Moss said the festival has heard what people said about the car park and the festival will do better." \
        in _lines("Festival ends with record crowds", body)


def test_the_firm_that_names_someone_its_new_chief_is_their_group() -> None:
    body = ("Harbour Bank has named Peter Cole as its new chief executive.\n\n\"We are opening ten new branches this "
            "year,\" Cole said.")
    assert "Cole said Harbour Bank is opening ten new branches this year." in _lines("Bank names new head", body)
    # a headline with no full stop runs into the first sentence: the name is not said twice
    body = ("Lumen is thrilled to have Ann Moss, a long-time engineer, as our new President and CEO.\n\n"
            "\"Our partners will be able to reach riders with better offers,\" Moss said.")
    assert "Moss said Lumen's partners will be able to reach riders with better offers." \
        in _lines("Meet Ann Moss, new CEO at Lumen", body)


def test_a_second_we_of_a_named_group_is_the_group_not_they() -> None:
    text = normalise("Orbit Works has named Ann Lee as its new chief executive.")
    known = speaker_pronouns(text)
    said = paraphrase_quote('"Our partners will sell more and we will learn from them," Lee said.', {"Orbit", "Works"},
                            known)
    assert said is not None and "they will learn" not in said and "Orbit Works will learn" in said


def test_a_second_noun_stays_with_the_first_before_the_clause() -> None:
    said = rewrite("Lumen's partners will be able to reach riders with better offers and services and they will be "
                   "much more careful about rider choices and needs.", {"Lumen"})
    assert said == ["Lumen's partners will be able to reach riders with better offers and services.",
                    "They will be much more careful about rider choices and needs."]


def test_an_unnamed_speakers_we_is_still_left_out() -> None:
    sentences, _ = attribute_quotes(['"We will listen, and we will learn," he said.'], None)
    assert rewrite(sentences[0], set(), speaker_pronouns("")) == []


def test_said_job_then_name_is_the_names_quote() -> None:
    said = paraphrase_quote('"If the bridge stays shut for another winter, the shops will lose most of their customers,"'
                            ' said its chairman, Peter Hollis.', {"Peter", "Hollis"}, {"Hollis": "he"})
    assert said == ("Peter Hollis said if the bridge stays shut for another winter, the shops will lose most of their "
                    "customers.")
    # a name after a capitalised place is no job's: left as it was
    assert paraphrase_quote('"The vote was fair," said the mayor of Riverton, Ann Lee.', {"Ann", "Lee", "Riverton"},
                            {"Lee": "she"}) == "The mayor of Riverton said the vote was fair."


def test_a_reported_condition_with_its_main_clause_is_whole() -> None:
    from briefing.grammar import whole
    assert whole("Hollis said if the bridge stays shut for another winter, the shops will lose most of their customers.")
    assert not whole("Hollis said if the bridge stays shut.")  # the main clause went to another piece
    assert rewrite('"If the bridge stays shut for another winter, the shops on the high street will lose their '
                   'customers," Hollis said.', {"Hollis"}, {"Hollis": "he"}) \
        == ["Hollis said that if the bridge stays shut for another winter, the shops on the high street will lose "
            "their customers."]  # ("said that if": without "that", "said if" may be heard as "said whether"; lines15)


def test_a_repeated_preposition_after_and_is_a_second_sentence_with_the_same_verb() -> None:
    said = rewrite("Season passes and other rail tickets will be accepted on the buses, and on the number 12 and 14 "
                   "buses run by Harbour Buses between Selby and Marden.", {"Harbour", "Buses", "Selby", "Marden"})
    assert said == ["Season passes and other rail tickets will be accepted on the buses.",
                    "They will also be accepted on the number 12 and 14 buses run by Harbour Buses between Selby and "
                    "Marden."]
    said = rewrite("Professor Alan Reeve said the farmers had benefited from anger over a planned motorway in the east "
                   "of the county and from a large rise in the price of wheat.", {"Alan", "Reeve"})
    assert said == ["Professor Alan Reeve said the farmers had benefited from anger over a planned motorway in the "
                    "east of the county.", "Reeve said they had also benefited from a large rise in the price of wheat."]


def test_between_and_both_keep_their_and() -> None:
    from briefing.long_clauses import repeated_preposition
    s = "The new road will run between the station and the school, and between the school and the park on the hill."
    assert repeated_preposition(s) == [s]
    s = "The band played both in the big tent on Friday night and in the small tent on Sunday afternoon."
    assert repeated_preposition(s) == [s]


def test_which_was_done_after_a_noun_is_the_nouns() -> None:
    said = rewrite("When the heater is left on overnight, heat can build up in that part, which was made to a lower "
                   "standard than the one Corvel had ordered, the report said.", {"Corvel"})
    assert said[-1] == "The report said the part was made to a lower standard than the one Corvel had ordered."
    assert rewrite("The club sold the ground, which was built in 1921 by the town council.", set()) \
        == ["The club sold the ground.", "The ground was built in 1921 by the town council."]

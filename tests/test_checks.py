"""The broken-sentence lint: what rule-based rewriting leaves behind is caught, ordinary news English is not."""
from __future__ import annotations

import pytest

from briefing.checks import odd_sentences

BROKEN = [
    ("the council voted to close the pool.", "starts in lower case"),
    ("The council voted to close the pool", "no end mark"),
    ("The agency said.", "bare attribution"),
    ("A spokeswoman for the mayor added.", "bare attribution"),
    ("Ortiz said, is the lack of money for roads.", "quote joined back wrongly"),
    ("Which is why the bridge stayed shut.", "starts with 'Which'"),
    ("The plan works for both the town and the.", "ends on 'the'"),
    ("Residents were angry with their.", "ends on 'their'"),
    ("At the time of the vote, Mayor Ana Ortiz.", "no verb"),
    ("Thirty minutes before the match.", "no verb"),
    ('The mayor called it "a good day.', "unbalanced quotes or brackets"),
    ("The bridge (built in 1932 was closed.", "unbalanced quotes or brackets"),
    ("Oh no.", "too short"),
    ("Lee said Numerical tests show the bridge is safe.", "capital after said"),
    ("Ward said Ward thinks the vote will be close.", "speaker named as their own subject"),
    ("Cox said Cox's hope is that the town heals.", "speaker named as their own subject"),
    ("He said he has for years.", "verb phrase left out"),
    ("Prices have too.", "verb phrase left out"),
    ("Ortiz said the roads were good; however.", "cut after a semicolon"),
    ("Old films bought from a shop.", "no verb"),
    ("A soft cloth made in part from old shirts.", "no verb"),
    ("A $2 million plan run by a group of towns from the north, east and west.", "no verb"),
    ("Each time the ferry passed the rocks.", "half a sentence"),
    ("Ortiz said the hope of a faster end to the strike.", "said without a clause"),
]

FINE = [
    "The council voted to close the pool.",
    "Ortiz said the town had no money for roads.",
    "But the bridge stayed shut.",
    "They battle to win the vote.",
    "Vaccines protect people from disease.",
    "He drove to the station.",
    "The storm sought no one and spared no one.",
    "Police are looking for two men.",
    "Prices rose 3% in May.",
    "Good jobs are harder to come by.",
    "The mayor said the plan is not something she agrees with.",
    "Is the bridge safe?",
    "Lee said Parliament will vote in May.",
    "Ward said he thinks the vote will be close.",
    "He said the money he had was gone.",
    "He said it was in May.",
    "The shop is run by a family from the town.",
    "Most of the money paid by the town went to roads.",
    "Lee then pushed away the kick, taken by the striker Ann Moss, to win the cup.",
    "The firm sold from the back of a van.",
    "Each time the ferry passed the rocks, it slowed down.",
    "Even though he is not a baby anymore he still loves the carrier.",
    "Dr. Ruiz said some of these parents work two jobs.",
    "She said yes to the plan.",
    "It means something said or written in public.",
    "The real estate agent said the country's first elected governor was a friend.",
]


@pytest.mark.parametrize(("sentence", "reason"), BROKEN)
def test_broken_sentences_are_flagged_with_their_reason(sentence: str, reason: str) -> None:
    assert odd_sentences([sentence]) == [(sentence, reason)]


@pytest.mark.parametrize("sentence", FINE)
def test_ordinary_news_sentences_pass(sentence: str) -> None:
    assert odd_sentences([sentence]) == []


def test_a_sentence_said_twice_is_flagged_the_second_time() -> None:
    same = "The pool will close in May."
    assert odd_sentences([same, "It is old.", same]) == [(same, "repeated")]


@pytest.mark.parametrize(("sentence", "reason"), [
    ("Lee said he came off the line and, like.", "ends on a filler word"),
    ("Many people said they were still waiting, and some.", "ends on a filler word"),
    ("Lee said if the money fixes the roads, Lee will pay it.", "speaker named as their own subject"),
    ("The also said the team was tired.", "no noun after the article"),
    ("The coach told them to believe in yourselves.", "a quote's 'yourself' left in"),
    ("The top speed is an -limited 100 mph.", "half of a word"),
    ("Lee said so, they see growth coming back.", "quote joined back wrongly"),
])
def test_pieces_a_rewrite_can_leave_behind_are_flagged(sentence: str, reason: str) -> None:
    assert odd_sentences([sentence]) == [(sentence, reason)]


@pytest.mark.parametrize("sentence", [
    "If you want it done, do it yourself.",
    "The car has a top speed of 100 mph.",
    "Lee said he would like to see more.",
])
def test_whole_sentences_like_these_pass(sentence: str) -> None:
    assert odd_sentences([sentence]) == []


def test_a_be_that_lost_its_helper_is_flagged() -> None:
    broken = "The maker says the top speed be an electronically-limited 100 mph."
    assert odd_sentences([broken]) == [(broken, "a verb without its helper")]
    assert odd_sentences(["The judge said the law must be changed."]) == []


@pytest.mark.parametrize("sentence", [
    "The Dunmere River burst its banks in March 1988.",  # a past form like its base form is still a verb
    "The old mill burst into flames overnight.",
    "He said that in a speech to Parliament.",  # "that" is what he said
    "The court heard that the money was moved abroad.",
])
def test_whole_sentences_with_irregular_verbs_and_reported_that_pass(sentence: str) -> None:
    assert odd_sentences([sentence]) == []


def test_a_reported_clause_cut_before_its_verb_is_flagged() -> None:
    broken = "The court heard that between 2015 and 2019 Harlow."
    assert odd_sentences([broken]) == [(broken, "said without a clause")]


@pytest.mark.parametrize("sentence, reason", [
    ("Hale's Labour Party holds 31 seats, and her junior partner.", "a list cut before its verb"),
    ("The farm-based Green Union party, holds five, giving the coalition most just two.",
     "a comma between subject and verb"),
])
def test_a_subject_cut_from_its_verb_is_flagged(sentence: str, reason: str) -> None:
    assert odd_sentences([sentence]) == [(sentence, reason)]


@pytest.mark.parametrize("sentence", [
    "The new rules, says the mayor, are fair.",
    "The mayor, Joanne Petrakis, said she would meet both sides.",
    "He bought a house, and his wife moved in.",
    "She thanked doctors, nurses, and the cleaners.",
])
def test_commas_around_a_subject_in_whole_sentences_pass(sentence: str) -> None:
    assert odd_sentences([sentence]) == []


def test_a_to_whose_verb_was_in_the_sentence_before_is_flagged() -> None:
    broken = "The writer should not have had to."
    assert odd_sentences([broken]) == [(broken, "verb phrase left out")]
    assert odd_sentences(["The team had to go back to the town."]) == []


def test_a_name_that_lost_its_small_first_letter_is_flagged() -> None:
    broken = "IPhone sales rose by a tenth last year."
    assert odd_sentences([broken]) == [(broken, "a name's small first letter made a capital")]
    assert odd_sentences(["IBM sales rose by a tenth last year."]) == []


def test_a_subheading_is_flagged() -> None:
    assert odd_sentences(["How the goals went in."]) == [("How the goals went in.", "a heading, not a sentence")]
    assert odd_sentences(["What the council decided on Monday surprised many people in the town."]) == []


def test_a_noun_phrase_whose_only_verb_is_in_its_that_clause_is_flagged() -> None:
    broken = "Cleaning and catering services that were never provided."
    assert odd_sentences([broken]) == [(broken, "no verb outside its 'that' clause")]
    assert odd_sentences(["The roads that were closed on Monday are open again.",
                          "Brick kilns that burn coal are another factor."]) == []

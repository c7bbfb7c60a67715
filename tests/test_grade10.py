"""Session 8, helper grade10: the recap's capitals and points, and the reading grade per article.
All texts are invented."""
from __future__ import annotations

from briefing.models import Article
from briefing.writers.plain import draft_article
from briefing.writers.recap import _lowered

SWITCH = "\n\n".join([
    "PORT ELM, Maine (Wire) — Families in Port Elm can save money by changing their energy plan, the city said.",
    "Comparison websites will show you a list of deals. Look at the price you pay for each unit.",
    "Orbis said its prices would rise in May. Shares in Orbis fell on Tuesday.",
    "The city's adviser Ana Berg said most homes pay too much. Preparation work for a new plan is still going on.",
])


def test_a_plain_word_that_opens_a_sentence_once_is_lowered_after_we_heard_that() -> None:
    draft = draft_article(Article("Families can save on energy", SWITCH))
    assert _lowered("Comparison websites will show you a list of deals.", draft) == \
        "comparison websites will show you a list of deals."
    assert _lowered("Preparation work for a new plan is still going on.", draft) == \
        "preparation work for a new plan is still going on."
    # a name the story comes back to keeps its capital, wherever the article writes it
    assert _lowered("Orbis said its prices would rise in May.", draft) == "Orbis said its prices would rise in May."
    assert _lowered("Families can save money by changing their plan.", draft) == \
        "families can save money by changing their plan."


def test_a_word_the_article_writes_in_lower_case_before_a_name_is_no_title() -> None:
    body = ("Norvale lost 3-2 on Sunday. Norvale defenseman Ana Berg scored late.\n\n"
            "Defenseman Tom Reyes had scored earlier. Mayor Helen Okafor watched the game. "
            "The team thanked Mayor Helen Okafor.")
    draft = draft_article(Article("Norvale lose", body))
    assert _lowered("Defenseman Tom Reyes had scored earlier.", draft) == "defenseman Tom Reyes had scored earlier."
    assert _lowered("Mayor Helen Okafor watched the game.", draft) == "Mayor Helen Okafor watched the game."


def test_side_notes_are_no_main_points() -> None:
    from briefing.writers.point_sense import not_a_main_point
    article = ("Singer Ada Berg cancelled her tour. Voice doctor Dr. Hamish Lee, who has not treated Berg, said "
               "such injuries were common. The label, which sold 2 million records, said fans would be paid back.")
    assert not_a_main_point("Lee has not treated Berg.", article)  # the aside made a sentence
    assert not_a_main_point("A spokesman for Norvale Foods did not respond to a request for comment.", article)
    assert not_a_main_point("The company declined to comment on the report.", article)
    assert not_a_main_point("The letter was obtained by a local newspaper.", article)
    assert not_a_main_point("The second time he did not answer.", article)  # "he" stands for a person met before
    assert not not_a_main_point("Berg cancelled her tour.", article)
    assert not not_a_main_point("Lee said he sees such injuries every month.", article)  # "he" after the speaker
    assert not not_a_main_point("The label said fans would be paid back.", article)


def test_a_one_word_subject_with_its_verb_or_a_people_s_word_keeps_its_capital() -> None:
    body = ("Tommy retired ten years ago. Spanish was the only language to gain pupils. "
            "Hidden cameras filmed two foxes near the mill.")
    draft = draft_article(Article("Town news", body))
    assert _lowered("Tommy retired ten years ago.", draft) == "Tommy retired ten years ago."
    assert _lowered("Spanish was the only language to gain pupils.", draft) == \
        "Spanish was the only language to gain pupils."
    assert _lowered("Hidden cameras filmed two foxes near the mill.", draft) == \
        "hidden cameras filmed two foxes near the mill."


def test_an_aside_of_facts_stays_a_point() -> None:
    from briefing.writers.point_sense import not_a_main_point
    article = "The plan, which takes effect on July 1, was approved. Dr. Lee, who has not met Berg, spoke."
    assert not not_a_main_point("The plan takes effect on July 1.", article)
    assert not_a_main_point("Lee has not met Berg.", article)
    assert not not_a_main_point("Van Berg noted that he and his wife lost a child.", article)

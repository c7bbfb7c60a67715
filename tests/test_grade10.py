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


def test_who_someone_is_and_a_said_that_thing_are_no_main_points() -> None:
    from briefing.writers.point_sense import not_a_main_point
    article = "Ann Lee is the CEO of Norvale Foods. She said sales rose. Lee said that helps a lot."
    people = {"Lee": "she"}
    assert not_a_main_point("Lee is the CEO of Norvale Foods.", article, people)
    assert not not_a_main_point("Lee is the CEO of Norvale Foods.", article, people, first_line=True)
    assert not not_a_main_point("Orbis is the leader of the phone market.", article, people)  # a firm: news
    assert not not_a_main_point("Ann Lee is the newest candidate for mayor.", article, people)
    assert not_a_main_point("Lee said that helps a lot.", article, people)
    assert not not_a_main_point("Lee said that the team won.", article, people)


def test_a_point_that_compares_with_a_line_before_is_no_main_point() -> None:
    from briefing.writers.point_sense import not_a_main_point
    assert not_a_main_point("A similarly fresh poll has lower numbers.", "A poll found 51 percent agree.")


def test_a_plain_word_before_a_noun_and_a_name_later_is_lowered() -> None:
    body = "Norvale Labs tested a new pill on 300 people. Full results from TRIAL-9 will be shown in May."
    draft = draft_article(Article("Pill test", body))
    assert _lowered("Full results from TRIAL-9 will be shown in May.", draft) == \
        "full results from TRIAL-9 will be shown in May."


def test_more_side_notes() -> None:
    from briefing.writers.point_sense import not_a_main_point
    people = {"Ahn": "he"}
    assert not_a_main_point("Kevin Ahn is the district's nutrition director.", "", people)
    assert not_a_main_point("Neither side could be reached for comment.", "", people)


def test_a_plain_word_that_also_ends_a_longer_name_is_lowered_before_a_noun() -> None:
    body = ("PORT ELM, Maine (Wire) — Health officials began a vaccine drive on Monday. It is paid for by the "
            "Elm County Department of Public Health.\n\nTallis Foods sold more packs. Foods said prices rose.")
    draft = draft_article(Article("Vaccine drive", body))
    assert _lowered("Health officials began a vaccine drive on Monday.", draft) == \
        "health officials began a vaccine drive on Monday."
    assert _lowered("Foods said prices rose.", draft) == "Foods said prices rose."


def test_a_person_the_article_quotes_is_a_person_for_who_someone_is() -> None:
    from briefing.writers.point_sense import not_a_main_point
    article = "Mia Holt's answer was calm. Holt is the CEO of Norvale Foods. \u201cWe will wait,\u201d Holt said."
    assert not_a_main_point("Holt is the CEO of Norvale Foods.", article, {})


def test_a_side_note_still_counts_in_the_story_s_common_words() -> None:
    from briefing.writers.recap import story_points
    story = ["Norvale's new rail plan has faced anger and mockery since Monday.", "Ann Lee is the CEO of Norvale Rail.",
             "Lee said the plan would cut journey times.", "Trains will run every ten minutes from May."]
    with_note = story_points(story, {"Norvale", "Lee", "Ann", "Rail", "May"}, 3,
                             side_note=lambda s: s == "Ann Lee is the CEO of Norvale Rail.")
    assert "Ann Lee is the CEO of Norvale Rail." not in with_note
    assert with_note[0] == story[0]


def test_a_person_named_with_a_job_beside_the_name_is_a_person() -> None:
    from briefing.writers.point_sense import not_a_main_point
    article = ("The town's nutrition director, Kevin Moss, estimated the cost. Labour's Ann Fell, the deputy "
               "council leader, received 38 votes.")
    assert not_a_main_point("Kevin Moss is the town's nutrition director.", article, {})
    assert not_a_main_point("Fell is the deputy council leader.", article, {})


def test_a_noun_with_its_participle_and_no_verb_is_no_statement() -> None:
    from briefing.writers.recap import is_statement
    assert not is_statement("A study published last year by researchers at Norvale University.", set())
    assert is_statement("The plan approved by the board includes three changes.", set())
    assert is_statement("A man arrested last week was freed on Monday.", set())
    assert is_statement("The motion passed by 30 votes to 11.", set())
    assert is_statement("The store opened last week.", set())


def test_the_grade_pass_keeps_the_line_the_next_line_leans_on() -> None:
    from briefing.writers.ease import _leans_back
    from briefing.writers.leaning import opens_with_reference
    # (since session 12 the selection itself knows an opening "Others" leans: leaning.LEANING_STARTS)
    others = "Others, officials said, earned just too much to qualify."
    assert _leans_back(others) or opens_with_reference(others)
    assert not _leans_back("Trains will run every ten minutes.")
    assert not opens_with_reference("Trains will run every ten minutes.")


def test_a_point_is_counted_as_the_recap_says_it() -> None:
    from briefing.writers.recap import story_points
    story = ["Norvale won the final 3-2 on Sunday.", "Defenseman Tom Reyes had scored earlier for Norvale.",
             "The fans sang for an hour after the game.", "The team will get a new coach in May."]
    lowered = story_points(story, {"Norvale", "Tom", "Reyes", "May"}, 2, at_least=2,
                           said_as=lambda s: s[:1].lower() + s[1:] if s.startswith("Defenseman") else s)
    assert "Defenseman Tom Reyes had scored earlier for Norvale." not in lowered  # "defenseman" is uncommon


def test_a_titled_person_who_says_it_points_at_an_earlier_line() -> None:
    from briefing.writers.point_sense import it_points_outside
    article = "Professor Lena Moss of Norvale University said the party lost. Northline said it would cut trains."
    assert it_points_outside("Moss said it only had to be the other option.", {}, article)
    assert not it_points_outside("Northline said it would cut ten trains.", {}, article)

"""Which points the recap repeats: whole statements, the story's main fact first, then the plainest points,
at least three for a single story that has them. All texts are invented for these tests."""
from __future__ import annotations

from briefing.models import Article
from briefing.writers.plain import draft_article
from briefing.writers.recap import is_statement, recap_segment, story_points


def test_a_long_subject_still_makes_a_statement() -> None:
    # ten words before the verb: the story's main fact, told in the recap
    assert is_statement("A former head of a children's music school in Norvale has been fined.", set())


def test_a_participle_after_a_or_the_is_not_the_verb() -> None:
    # a fragment left by a split: "combined" describes "value", no verb follows
    assert not is_statement("Repair services with a combined value of 3 million dollars over ten years.", set())
    assert is_statement("The planned repairs will cost 3 million dollars.", set())


def test_a_phrase_before_the_subject_is_not_a_statement() -> None:
    assert not is_statement("Besides the case for the new bridge set out above.", set())
    assert not is_statement("Among the people at the opening was the mayor.", set())


def test_the_opening_fact_is_a_point_even_with_two_uncommon_words() -> None:
    story = ["A former manager of a Norvale bakery has been jailed for stealing from the till.",
             "The theft came to light in 2022 when a new manager checked the books of the shop.",
             "He paid the money back to the owners of the shop last year.",
             "The owners said they lost two of their best workers because of the theft.",
             "The shop is open again and the owners said they hope people will come back soon."]
    assert story_points(story, {"Norvale"}, 3)[0] == story[0]


def test_a_story_near_the_common_words_line_opens_its_recap_with_a_plainer_fact() -> None:
    story = ["A former manager of a Norvale bakery has been jailed for stealing from the till.",
             "The theft came to light in 2022."]
    assert story_points(story, {"Norvale"}, 3)[0] == story[1]


def test_the_recap_prefers_plain_points_to_points_of_long_words() -> None:
    story = ["The council opened a new bridge over the river on Monday.",
             "Authorities anticipate considerable economic opportunities.",
             "The bridge cost 4 million dollars.",
             "More than 300 people came to see it open."]
    points = story_points(story, set(), 3)
    assert story[1] not in points
    assert points == [story[0], story[2], story[3]]


def test_a_single_story_recap_says_three_points_when_the_story_has_them() -> None:
    body = ("The council opened a new bridge over the river on Monday.\n\n"
            "More than 300 people came to see the bridge open.\n\n"
            "The bridge cost 4 million dollars.\n\n"
            "The old bridge closed in May after a long storm.\n\n"
            "Buses will use the new bridge from next week.")
    draft = draft_article(Article("Norvale opens new bridge", body))
    recap = recap_segment([[ln.text for ln in draft.lines]], [draft]).sentences
    assert len(recap) - 1 >= 3


def test_the_headline_from_the_story_passes_over_an_opening_line_of_long_words() -> None:
    from briefing.writers.recap import headline_line

    body = ("Mayor Ann Lee said being comfortable making decisions with imperfect information is critical.\n\n"
            "Lee said the city will open two new parks in June.\n\n"
            "The parks will have trees, benches and a small lake.")
    draft = draft_article(Article("This is what she had to say", body))
    line, kind = headline_line(draft)
    assert kind == "story"
    assert line == "Lee said the city will open two new parks in June."


def test_a_piece_under_the_no_of_its_sentence_is_never_a_recap_point() -> None:
    from briefing.writers.selection import Draft, Line

    texts = ["The council opened a new bridge over the river on Monday.",
             "No one has said how the town will pay.",  # the article: "... how the town will pay and the
             "The new roads will be ready next year.",  # new roads will be ready next year."
             "More than 300 people came to see the bridge open."]
    groups = [1, 2, 2, 3]
    lines = [Line(t, i, 0, g) for i, (t, g) in enumerate(zip(texts, groups))]
    draft = Draft(Article("Bridge opens", " ".join(texts)), [], lines, set())
    recap = recap_segment([texts], [draft]).sentences
    assert not any("roads" in s for s in recap)
    assert recap[1] == "We heard that the council opened a new bridge over the river on Monday."


def test_a_this_that_stands_for_something_said_before_is_no_point() -> None:
    from briefing.writers.recap import stands_alone

    assert not stands_alone("Ann Lee pointed out that this is a very busy road.")
    assert not stands_alone("Lee said this was also helping the shops.")
    assert stands_alone("Lee said that this bridge is the longest in the region.")


def test_a_title_named_in_the_headlines_says_its_separator_as_a_colon_and_keeps_the_event() -> None:
    from briefing.writers.recap import headlines_segment

    draft = draft_article(Article("Norvale Craft Fair 2024 | This lamp by Ann Lee for Brightline | Craft Weekly",
                                  "They bought it at once, and they kept it for years and years."))
    said = " ".join(headlines_segment([draft]).sentences)
    assert said == 'Our top story today is called "Norvale Craft Fair 2024: This lamp by Ann Lee for Brightline".'


def test_a_hard_script_s_recap_repeats_its_plainest_points_first() -> None:
    story = ["The council opened a new bridge over the river on Monday.",
             "Ann Lee said the government invested in a national transport policy.",
             "People can walk to the shops now.",
             "The bridge is big and the cars go fast."]
    names = {"Ann", "Lee"}
    assert story[1] in story_points(story, names, 2)  # a name: a fact
    assert story_points(story, names, 2, plainest_first=True) == [story[0], story[3]]


def test_a_piece_without_its_subject_or_with_a_hanging_end_is_no_statement() -> None:
    assert not is_statement("Danced along to the happy beat of the drums.", set())
    assert not is_statement("The new ferry starts on Tuesday\u2026 sort of.", set())
    assert is_statement("Police arrested six people on Monday.", set())


def test_a_number_word_opening_a_point_is_said_in_lower_case() -> None:
    from briefing.writers.point_case import lower_first_word

    assert lower_first_word("Fifty-one percent say the bridge is too small.", set(), {"Fifty-one", "percent"}) \
        == "fifty-one percent say the bridge is too small."


def test_a_story_with_only_a_short_statement_still_gets_it_as_its_point() -> None:
    story = ["Lee raised the motion.", "This was after the council read 16 letters that it had got."]
    assert story_points(story, {"Lee"}, 2) == [story[0]]


def test_a_script_with_no_point_to_repeat_says_no_empty_recap() -> None:
    from briefing.config import Settings
    from briefing.script import write_script
    import datetime as dt

    body = ("This week's Norvale Radio show is sponsored by the Norvale Cup, which takes place 18-24 November "
            "in the big hall by the sea.\n\n"
            "Much of the talk on day one was about the feel and staging of the event, rather than the games "
            "themselves or the players.")
    script = write_script([Article("Norvale Radio: the Cup opens", body)], settings=Settings(),
                          date=dt.date(2024, 5, 1))
    recaps = [seg for seg in script.segments if seg.kind == "recap"]
    assert all(len(seg.sentences) > 1 for seg in recaps)


def test_a_recap_point_drops_the_also_of_a_line_it_does_not_repeat() -> None:
    # "We heard that the officials also said ...": the "also" leaned on a story line the recap leaves out
    story = ["Library officials also said the number of people with a library card rose by 14%.",
             "The city stopped charging late fines in March.",
             "More than 9,000 overdue books came back."]
    body = "\n\n".join(story)
    draft = draft_article(Article("Norvale ends library fines", body))
    recap = recap_segment([story], [draft]).sentences
    assert recap[1] == "We heard that library officials said the number of people with a library card rose by 14%."
    assert not any(s.count("also") > 1 for s in recap)


def test_a_plain_word_that_opens_a_point_is_lowered_after_we_heard_that() -> None:
    # "We also heard that None of ..." / "... that Police arrested ...": plain words the article capitalises only
    # at a sentence start or inside a longer name; a word the article writes alone mid-sentence is a name
    body = ("Police arrested six people in Norvale on Monday, said a spokesman for the Norvale Police Department.\n\n"
            "None of the six had been arrested before.\n\n"
            "Officials said the raid followed a tip from Harwick Foods. Foods said it was glad to help.")
    draft = draft_article(Article("Norvale police arrest six", body))
    from briefing.writers.recap import _lowered
    assert _lowered("Police arrested six people in Norvale on Monday.", draft).startswith("police arrested")
    assert _lowered("None of the six had been arrested before.", draft).startswith("none of")
    assert _lowered("Foods said it was glad to help.", draft).startswith("Foods said")
    assert _lowered("Norvale police made the arrests.", draft).startswith("Norvale")


def test_a_word_after_a_full_stop_is_no_name() -> None:
    from briefing.writers.point_case import name_words
    found = name_words("The car has a big dashboard. Ambient lighting offers 30 colors. It was made by Lee.")
    assert "Ambient" not in found
    assert "Lee" in found


def test_a_they_with_nothing_before_it_to_stand_for_is_no_recap_point() -> None:
    from briefing.writers.recap import they_points_outside

    # "they" is the company or the police of a story line the recap does not say again
    assert they_points_outside("Rosa Adler said they have a need for new boats.")
    assert they_points_outside("Harris said they later arrested a man of 32.", {"Harris"})
    # a group, a plural or a pair before it: the point says whom "they" means
    assert not they_points_outside("Lawyers for Hallmark said they would appeal.")
    assert not they_points_outside("The production company said they have no further comment.")
    assert not they_points_outside("Two council members said on Monday that they were backing the motion.")
    assert not they_points_outside("Tom Reed and his wife said they lost the house.")
    assert not they_points_outside("Adler thinks the plan is fine.")  # no "they" at all
    story = ["The harbour board bought two new boats on Monday.", "Rosa Adler said they have a need for more boats.",
             "The boats will carry 40 people each."]
    assert not any("they" in p for p in story_points(story, {"Rosa", "Adler"}, 3))


def test_a_persons_it_points_at_a_thing_the_recap_does_not_repeat() -> None:
    from briefing.writers.recap import it_points_outside

    people = {"Okafor": "she"}
    assert it_points_outside("Ada Okafor said it is just huge.", people)  # "it": the deal of a line before
    assert not it_points_outside("Okafor said it is likely that the bridge will open in May.", people)
    assert not it_points_outside("Northline said it would cut ten trains.", people)  # no person: "it" is Northline
    body = ("Ada Okafor runs the Norvale ferry, and she has run it for ten years. She said the new boat arrived on "
            "Monday.\n\n"
            "Okafor said it is just huge for the town.\n\nThe boat carries 40 people.")
    recap = recap_segment([[ln.text for ln in draft_article(Article("Ferry", body)).lines]],
                          [draft_article(Article("Ferry", body))])
    assert not any("huge" in s for s in recap.sentences)


def test_a_point_that_points_back_at_a_line_before_is_not_repeated() -> None:
    from briefing.writers.recap import stands_alone

    assert not stands_alone("None of those costs had anything to do with the rent.")
    assert not stands_alone("The writer thinks the right one matters.")
    assert not stands_alone("The writer will not pretend otherwise.")
    assert not stands_alone("The firm has not been known for such spending.")
    assert stands_alone("Shops such as bakeries will close early.")
    assert not stands_alone("The writer does not think that is too much to ask.")
    assert stands_alone("Officials asked people to check on those who live alone.")
    assert stands_alone("The mayor said the right one of the two bridges will close.")
    assert stands_alone("The council said that the bridge is safe.")

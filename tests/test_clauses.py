"""Cutting long sentences (briefing/clauses.py, participles.py, reorder.py) without breaking them or their
meaning, on invented sentences: each test is a class of real mistakes, in sentences written for the test."""
from __future__ import annotations

import pytest

from briefing.clauses import shorten
from briefing.participles import clause_tense, past_tense
from briefing.plain_english import rewrite


def test_as_before_a_role_is_a_preposition_not_a_cut() -> None:
    s = "The new seat is good for reading a long book as a passenger on a slow night train."
    assert not any(p.startswith("This") for p in shorten(s, set()))
    assert all("as a passenger" in p for p in shorten(s, set()) if "passenger" in p)


def test_as_a_sign_of_may_still_be_told_on_its_own() -> None:
    s = "The two mayors shook hands on the old bridge on Sunday night as a sign of good relations between the towns."
    assert shorten(s, set())[-1] == "This was a sign of good relations between the towns."


def test_a_fronted_when_clause_becomes_the_first_sentence() -> None:
    s = ("When the team compared their model of the river to old flood maps, they found that the water had risen "
         "far faster than expected.")
    assert shorten(s, set()) == ["The team compared their model of the river to old flood maps.",
                                 "Then they found that the water had risen far faster than expected."]


def test_a_fronted_after_clause_keeps_what_a_pronoun_stands_for() -> None:
    s = ("After the first electric buses arrived, drivers began using them on night routes, forcing the city to "
         "build new chargers.")
    out = shorten(s, set())
    assert out[0] == "The first electric buses arrived."
    assert out[1] == "After that, drivers began using them on night routes."


def test_a_when_clause_in_the_present_is_not_told_as_an_event() -> None:
    s = "When the river rises above the old stone wall, the farmers in the valley move their animals to the hills."
    assert not any(p.startswith("The river rises") for p in shorten(s, set()))


def test_a_speaker_named_last_goes_first_and_the_occasion_keeps_its_names() -> None:
    s = ("After the first phones shipped, people began using them at work, Lee said while visiting a trade fair in "
         "Harwick.")
    out = shorten(s, {"Lee", "Harwick"})
    assert out[-1] == "Lee said this while visiting a trade fair in Harwick."
    assert all(p.startswith("Lee said") for p in out)


def test_an_opening_place_phrase_is_not_told_in_the_past_for_a_present_fact() -> None:
    s = ("In most small hospitals, each nurse is in charge of up to twelve beds on a night shift with two "
         "doctors on call.")
    assert not any(p.startswith("This was in") for p in shorten(s, set()))


def test_a_possibility_in_an_ing_list_is_never_told_as_a_past_fact() -> None:
    s = ("The gains for teachers may include helping plan lessons, supporting better marking of homework and "
         "cutting the hours spent on forms.")
    out = rewrite(s, set())
    assert out and all("may" in p for p in out)
    assert not any(p.startswith(("They ", "It ")) for p in out)


def test_a_participle_on_a_present_is_keeps_its_tense_or_stays() -> None:
    s = ("The making of a new road is a long fight between towns and farmers, taking place in many courts and "
         "lasting many years.")
    out = rewrite(s, set())
    assert not any(p.startswith(("It took", "It lasted", "It happened")) for p in out)


def test_a_list_of_ing_items_is_not_cut_into_fragments() -> None:
    s = ("New cars from the firm also include the music app playing songs and radio shows bought from its store, "
         "showing the new video service, and using voice control.")
    out = rewrite(s, set())
    assert not any(p.startswith(("Radio shows", "They showed", "It showed")) for p in out)


def test_a_past_participle_phrase_still_becomes_a_sentence() -> None:
    s = ("Storm Ada swept across the coast on Monday, bringing winds of up to 80 miles an hour and cutting power "
         "to 9,000 homes.")
    out = shorten(s, {"Ada"})
    assert out[0] == "Storm Ada swept across the coast on Monday."
    assert "cut power to 9,000 homes" in " ".join(out)


@pytest.mark.parametrize("clause, tense", [
    ("They fled the city", "past"), ("Each patient is wired to ten machines", "present"),
    ("The plan may include new roads", "modal"), ("Soldiers have crossed the border", "perfect"),
    ("The injured man was taken to hospital", "past"), ("This brought heavy rain", "past"),
])
def test_the_tense_of_a_clause(clause: str, tense: str) -> None:
    assert clause_tense(clause) == tense


def test_past_tense_of_a_verb_ending_in_y() -> None:
    assert past_tense("carrying") == "carried"


def test_a_cut_never_ends_on_an_abbreviation() -> None:
    s = ("Perhaps there is hope, since the new firm will have national reach, making the largest paper chain in the "
         "U.S., with 200 daily papers.")
    assert not any(p.endswith("U.S.") for p in shorten(s, set()))


def test_a_summing_up_noun_phrase_is_told_as_this() -> None:
    s = "Prices in the city rose by 9% in May, the fastest rise the city has seen since 1990."
    assert shorten(s, set()) == ["Prices in the city rose by 9% in May.",
                                 "This was the fastest rise the city has seen since 1990."]
    s = ("Cases of the flu in the valley climbed to 310 last week, the largest outbreak the region has recorded since "
         "2009 and one that has already closed four schools.")
    assert shorten(s, set())[-2:] == ["This was the largest outbreak the region has recorded since 2009.",
                                      "It has already closed four schools."]


def test_a_noun_with_its_own_clause_is_never_a_sentence() -> None:
    for s in ("The team won the cup in May, the first title the club has won since 1990.",
              "The firm sold the mill to a rival, one that had tried to buy it twice before."):
        assert not any(p.startswith(("The first title", "One that")) for p in shorten(s, set()))


def test_a_time_phrase_never_leans_on_a_part_that_was_left_out() -> None:
    s = ("Two guards were charged on Tuesday with making up records, stating they had checked on the prisoner in the "
         "hours before he escaped from his cell.")
    assert not any(p.startswith("This was before") for p in rewrite(s, set()))


def test_a_time_phrase_after_a_thing_to_be_done_stays_with_it() -> None:
    s = "The city council on Monday hired two private firms to clean the river before the summer of 2024."
    assert not any(p.startswith("This was before") for p in shorten(s, set()))


def test_a_reason_frame_becomes_so() -> None:
    s = "It is for that reason that the port on Monday hired two new firms to run the night ferries to the islands."
    assert shorten(s, set())[0].startswith("So the port on Monday hired two new firms")


@pytest.mark.parametrize("sentence, expected", [
    ("Based on a design from Oslo, the new ferry carries 400 people and 60 cars across the bay in less than an hour.",
     ["The new ferry carries 400 people and 60 cars across the bay in less than an hour.",
      "The ferry is based on a design from Oslo."]),
    ("Fearing a second storm, the farmers in the valley moved their animals to the hills on Sunday night.",
     ["The farmers in the valley moved their animals to the hills on Sunday night.", "The farmers feared a second storm."]),
    ("Founded in 1990, Orlan Freight now runs 40 ships between the islands and the main ports of the north coast.",
     ["Orlan Freight now runs 40 ships between the islands and the main ports of the north coast.",
      "Orlan Freight was founded in 1990."]),
])
def test_an_opening_participle_is_said_of_the_subject(sentence: str, expected: list[str]) -> None:
    assert shorten(sentence, {"Oslo", "Orlan", "Freight"}) == expected


def test_an_opening_participle_with_no_time_before_a_present_verb_stays() -> None:
    s = "Elected by the union last spring, Ann Lee now leads talks with the port owners on pay and hours for all staff."
    assert not any(p.endswith("is elected by the union last spring.") for p in shorten(s, {"Ann", "Lee"}))


def test_a_participle_keeps_the_tense_and_modality_of_its_clause() -> None:
    s = ("Orlan is set to raise up to $9 million from its first share sale in Harwick, pricing its shares at a "
         "small discount.")
    assert shorten(s, {"Orlan", "Harwick"})[-1] == "Orlan is pricing its shares at a small discount."
    s = ("The nurses will visit about 4,000 homes over the next six weeks, starting with streets where few children "
         "have had both shots.")
    assert shorten(s, set())[-1] == "They will start with streets where few children have had both shots."


def test_a_size_between_commas_is_said_of_the_subject() -> None:
    from briefing.compress import compress
    s = ("Their model city, some 40 kilometres wide, holds tens of thousands of moving cars with levels of detail seen "
         "only in small models.")
    out = compress(s, set())
    assert "The city is some 40 kilometres wide." in out
    assert out[0].startswith("Their model city holds tens of thousands")


def test_a_noun_and_a_participle_after_and_are_not_a_clause() -> None:
    s = ("The new cars come with a music app for songs and radio shows bought from the store and a map of every "
         "fuel station in the country.")
    assert not any(p.startswith("Radio shows") for p in shorten(s, set()))


def test_a_cut_never_falls_inside_a_list_of_describing_words() -> None:
    from briefing.trim import last_resort
    s = ("Lee is the head of Orlan, the Harwick advertising, public relations and design firm behind the city's new "
         "campaign against litter in parks.")
    assert last_resort(s) == ["Lee is the head of Orlan."]


def test_an_event_that_came_days_after_another_is_told_in_order() -> None:
    s = "The ruling came a week after the city council voted to close the old bridge to all traffic for the winter."
    assert shorten(s, set()) == ["The city council voted to close the old bridge to all traffic for the winter.",
                                 "The ruling came a week later."]


def test_the_news_of_a_sentence_is_kept_with_its_side_facts() -> None:
    s = ("The admission came two days after researchers at the Harwick Data Lab, a small group that studies online "
         "spying, published a report showing that the app, called KeyPal, sent words and short phrases to servers "
         "in three countries, with only weak codes that could be broken by a skilled attacker.")
    out = rewrite(s, {"Harwick", "Data", "Lab", "KeyPal"})
    assert out[0] == ("Researchers at the Harwick Data Lab published a report showing that the app sent words and "
                      "short phrases to servers.")
    assert "The app is called KeyPal." in out
    assert out[-1] == "The admission came two days later."
    assert not any(p.startswith("Short phrases") for p in out)


def test_a_side_fact_is_not_kept_without_the_main_news() -> None:
    s = ("Orlan Mobile, one of the fastest-growing phone makers in the north, admitted on Friday that a keyboard app "
         "installed on millions of its phones had been sending what users typed to the company's servers, and said "
         "it would release an update within days to stop it.")
    out = rewrite(s, {"Orlan", "Mobile"})
    assert out[0].startswith("Orlan Mobile admitted on Friday that a keyboard app")
    assert "Orlan Mobile is one of the fastest-growing phone makers in the north." in out


@pytest.mark.parametrize("sentence, fragment", [
    ("The doctors gave money and raised more from friends and others to pay the cost of the new flu shots.", "Others"),
    ("We asked the new head to share some ideas about the business of the firm and what is next for the company.",
     "What"),
])
def test_a_second_object_after_and_is_not_a_sentence(sentence: str, fragment: str) -> None:
    assert not any(p.startswith(fragment) for p in shorten(sentence, set()))


def test_a_cut_never_leaves_a_verb_behind_an_aside() -> None:
    from briefing.trim import last_resort
    s = ("Skips lined the main street on Tuesday as residents, many still wearing their boots, dragged wet carpets, "
         "sofas and beds out of their houses.")
    assert not any(p.endswith("as residents.") for p in last_resort(s))
    from briefing.compress import compress
    assert not any(p.endswith("as residents.") for p in compress(s, set()))


def test_two_this_was_pieces_never_follow_each_other() -> None:
    s = ("In a letter, the doctors asked the state to think again about its decision to not give the prisoners flu "
         "shots despite the deaths of three children in custody during the last flu season.")
    out = shorten(s, set())
    assert not any(a.startswith("This was") and b.startswith("This was") for a, b in zip(out, out[1:]))


def test_a_second_noun_after_and_is_not_a_sentence() -> None:
    s = "The biggest surprise has been the number of members you have and the need to call on them every week."
    assert not any(p.startswith("The need") for p in shorten(s, set()))
    s = "The storm hit the coast on Monday night and the council closed all the schools in the valley."
    assert shorten(s, set()) == ["The storm hit the coast on Monday night.",
                                 "The council closed all the schools in the valley."]


def test_an_aside_on_how_many_is_left_out_of_a_cut_off_clause() -> None:
    s = ("Skips lined the main street on Tuesday as residents, many still wearing their boots, dragged wet carpets, "
         "sofas and beds out of their houses.")
    assert shorten(s, set()) == ["Skips lined the main street on Tuesday.",
                                 "Residents dragged wet carpets, sofas and beds out of their houses."]


def test_a_participle_after_an_if_clause_is_not_said_of_the_subject() -> None:
    s = ("The sale could rise to $9 million if a second option is used, allowing the banks to buy up to 15 per cent "
         "more shares at the same price.")
    assert not any(p.startswith(("The sale could allow", "The sale could be")) for p in shorten(s, set()))


def test_a_time_phrase_after_a_short_word_stays_with_it() -> None:
    s = ("The show is made weekly throughout the year, daily during the big summer tournaments and the two cup "
         "finals in the autumn.")
    assert not any(p.startswith("This is during") or p.startswith("This was during") for p in shorten(s, set()))


@pytest.mark.parametrize("ing, base", [("starting", "start"), ("making", "make"), ("getting", "get"),
                                       ("carrying", "carry"), ("hoping", "hope"), ("using", "use"),
                                       ("visiting", "visit"), ("cutting", "cut")])
def test_the_base_form_of_a_verb(ing: str, base: str) -> None:
    from briefing.participles import base_form
    assert base_form(ing) == base


def test_a_fronted_as_clause_in_the_past_becomes_the_first_sentence() -> None:
    s = "As the storm moved closer to the coast on Monday night, thousands of families left their homes in the valley."
    assert shorten(s, set()) == ["The storm moved closer to the coast on Monday night.",
                                 "Thousands of families left their homes in the valley."]
    s = "As the mayor said on Monday, the city will need far more money to repair the old roads before the winter."
    assert not any(p.startswith("The mayor said on Monday.") for p in shorten(s, set()))
    s = "As it turned out, the young singer had spent the last few years working on her own songs in a small studio."
    assert not any(p.startswith("It turned out") for p in shorten(s, set()))


def test_a_time_before_the_speaker_moves_after_said() -> None:
    s = ("On Monday, the city council said the bridge would stay closed for at least three more months while "
         "engineers check the old steel.")
    assert shorten(s, set())[0] == ("The city council said on Monday that the bridge would stay closed for at least "
                                    "three more months.")


def test_a_trimmed_sentence_may_end_on_a_time_word_in_ing() -> None:
    from briefing.compress import compress
    s = ("Officers and detectives from the county drug team searched a house on Monday evening near the corner of "
         "Mill Street and Bank Road.")
    assert compress(s, set())[0] == "Officers and detectives from the county drug team searched a house on Monday evening."


def test_a_clause_with_its_own_subject_after_a_report_is_not_put_in_the_speakers_mouth() -> None:
    s = ("Regulators in two northern countries said they were also looking into the case, and a law firm in Harwick "
         "filed a lawsuit on Friday for customers, seeking at least $50 million.")
    out = shorten(s, {"Harwick"})
    # the law firm's finished act is the writer's fact: said as the article says it, never as the regulators'
    assert out == ["Regulators in two northern countries said they were also looking into the case.",
                   "A law firm in Harwick filed a lawsuit on Friday for customers.", "It sought at least $50 million."]


def test_a_that_clause_inside_an_aside_is_not_cut_out() -> None:
    s = ("The fighting grew last month when the River Front, a group that has held parts of the hills for several "
         "years, attacked the main town, Varenza, and took the road to the south.")
    assert not any(p.endswith("a group.") or p.startswith("This group") for p in shorten(s, {"Varenza"}))


def test_a_noun_with_a_participle_after_a_comma_is_not_a_sentence() -> None:
    s = "Instead of leather, the seats are covered with Velta, a soft cloth made in part from waste left by farms."
    assert not any(p.startswith("A soft cloth") for p in shorten(s, {"Velta"}))


def test_a_modal_with_a_comma_after_it_does_not_crash_the_participle_rule() -> None:
    # clause_tense strips the comma off "will," and calls the clause modal; the verb rule must find that
    # modal too (it raised StopIteration inside a generator, which crashed a whole build)
    from briefing.participles import participle_verb
    assert participle_verb("The new bridge will, in time, carry most of the traffic", "leaving", "the old road quiet",
                           "It") == "will leave"


def test_two_names_joined_by_and_stay_a_pair_before_the_subjects_next_verb() -> None:
    """Bug: '... through Ann Lee and Tom Hart and could have had a third' was cut into 'Tom Hart and could have
    had a third.'"""
    out = rewrite("Athletic scored twice in ten minutes through Ann Lee and Tom Hart and could have had a third "
                  "before the break.", {"Athletic", "Ann", "Lee", "Tom", "Hart"})
    assert out == ["Athletic scored twice in ten minutes through Ann Lee and Tom Hart.",
                   "Athletic could have had a third before the break."]


def test_an_aside_about_a_team_agrees_with_its_their() -> None:
    """Bug: 'Rovers, unbeaten in their last 11 games, scored ...' was left out whole."""
    out = rewrite("Wanderers, unbeaten in their previous nine league games, scored twice in the first half through "
                  "Ann Lee and Tom Hart and could have had a third before the break, only for the goalkeeper to tip a "
                  "late shot onto the bar.", {"Wanderers", "Ann", "Lee", "Tom", "Hart"})
    assert "Wanderers were unbeaten in their previous nine league games." in out
    assert out[0].startswith("Wanderers scored twice in the first half through Ann Lee and Tom Hart")


def test_a_fronted_as_clause_in_the_present_and_a_trailing_which_after_a_noun_are_kept() -> None:
    """Bug: 'As prices climb ..., doctors are urging ..., which ... if ...' was left out whole."""
    out = rewrite("As temperatures climb past 40C across much of the valley this week, nurses are urging people to "
                  "learn the first signs of heat stroke, which sends hundreds to hospital every year and can kill "
                  "within hours if it is not treated.", set())
    assert out == ["Temperatures climb past 40C across much of the valley this week.",
                   "Nurses are asking people to learn the first signs of heat stroke.",
                   "Heat stroke sends hundreds to hospital every year and can kill within hours if it is not treated."]


def test_which_stays_with_its_sentence_when_its_verb_agrees_with_another_noun() -> None:
    # "the signs ..., which show": plural, so "which" may mean the signs, not the noun right before it
    assert not any(s.startswith("Heat stroke show") for s in rewrite(
        "Nurses are urging people across the valley to learn the first signs of heat stroke, which show up within "
        "hours of a long walk in the sun.", set()))
    # "As a result, ...", "As much as ...": no event of their own
    assert rewrite("As a result of the long strike across the valley, the town council closed the old bus depot "
                   "last week.", set())[0].startswith("As a result")


def test_an_as_clause_after_a_speech_tag_is_the_writers_and_is_told_after_the_claim() -> None:
    """Bug: 'S, fire officials said, as more than 900 firefighters struggled ...' was left out whole."""
    out = rewrite("A grass fire that started near a farm on Sunday had burned about 2,000 acres by Monday night, fire "
                  "officials said, as more than 300 firefighters worked to keep it away from homes in the hills.", set())
    assert out[0].startswith("Fire officials said a grass fire")
    assert out[-1] == "More than 300 firefighters worked to keep it away from homes in the hills."
    # "as expected": no clause of its own, so nothing is added
    out = rewrite("Prices at the shops in the north of the country rose by 4% in March, the statistics office said, "
                  "as expected.", set())
    assert not any(p.startswith("Expected") for p in out)


def test_a_sentence_without_an_as_clause_after_its_speaker_keeps_its_closing_quote() -> None:
    """Bug: every sentence was re-finished for the 'as' rule, which cut a closing quote off ('... on Ice.')."""
    assert rewrite('Ann Lee was the third dancer voted off the show "Dancing on Ice."',
                   {"Ann", "Lee", "Dancing", "Ice"}) == ["Ann Lee was the third dancer voted off the show Dancing on Ice."]


def test_a_time_clause_before_the_comma_is_not_cut_off_as_a_sentence() -> None:
    """Bug: with 'died' known as a verb, 'Three weeks before he died, Ann Lee had been ...' became 'Three weeks
    before he died.' + ..."""
    out = rewrite("Three weeks before he died, Tom Hart had been found in his cell, awake but with cuts on his arms.",
                  {"Tom", "Hart"})
    assert not any(p.startswith("Three weeks before he died.") for p in out)
    assert shorten("Tom Hart left two hours before the vote, and Ann Lee stayed to the end of the long night.",
                   set()) == ["Tom Hart left two hours before the vote.", "Ann Lee stayed to the end of the long night."]


def test_a_long_after_part_keeps_its_main_fact() -> None:
    """Bug: '... has been jailed for six years after a jury at X found him guilty of stealing £2 million ... and
    spending it on ...' lost the whole 'after' part (who found him guilty, and of what)."""
    out = rewrite("A former head of a village football club has been jailed for four years after a jury at Harwick "
                  "Crown Court found him guilty of stealing more than £1.2 million from the club over nearly a decade and "
                  "spending it on cars, a boat and holidays.", {"Harwick", "Crown", "Court"})
    assert out == ["A former head of a village football club has been sent to prison for four years.",
                   "This was after a jury at Harwick Crown Court found him guilty of stealing more than £1.2 million from "
                   "the club."]


def test_which_after_of_is_told_apart_only_when_the_noun_before_of_cannot_be_meant() -> None:
    # "a sharp fall in the price of oil, which hurts": the fall, the price or the oil? Not told as "Oil hurts ..."
    out = rewrite("Traders across the region were watching a sharp fall in the price of oil, which hurts the small "
                  "producers in the north of the country most.", set())
    assert not any(p.startswith(("Oil hurts", "The oil hurts")) for p in out)

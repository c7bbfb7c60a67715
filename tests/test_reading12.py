"""Lines found by reading real scripts in session 12, each told again with invented sentences."""
from __future__ import annotations

from briefing.writers.titles import sentence_case


def test_a_name_of_two_capitalised_words_keeps_both_in_the_headline() -> None:
    body = ("Corran Bank said on Monday it would open ten branches. The bank has 40 branches now. "
            "Corran Bank is based in Leeds.")
    said = sentence_case("Corran Bank and Velto Team Up to Open Ten New Branches", body)
    assert said.startswith("Corran Bank and Velto team up")


def test_a_common_word_after_a_name_is_lowered_when_the_body_never_joins_them() -> None:
    body = "Velto said the bank would open ten branches. Velto is based in Leeds."
    assert sentence_case("Velto Bank Deal Opens Ten Branches", body) == "Velto bank deal opens ten branches"


def test_the_name_a_thing_goes_by_is_no_main_point() -> None:
    from briefing.writers.point_sense import not_a_main_point
    article = ("Velto said on Monday it would build a $2 billion plant in Ohio. The plant, which Velto calls Site 4, "
               "would employ 900 people, the company said.")
    assert not_a_main_point("The company said Velto calls the plant Site 4.", article)
    assert not not_a_main_point("The company said the plant would employ 900 people.", article)


def test_a_possessive_appositive_is_never_said_as_a_sentence_of_its_own() -> None:
    from briefing.clauses import shorten
    said = shorten("A furniture maker in Leeds said on Tuesday that it had record sales last year from Orbit, "
                   "its new office chair made in Leeds.", set())
    assert not any(line.startswith("Its new office chair") for line in said)
    said = shorten("Corvel Labs, a drug maker based in Boston, today reported good results from HALO, its long "
                   "randomized, blinded study testing a new pill in adults with asthma.", set())
    assert not any(line.startswith("Its ") for line in said)


def test_a_possessive_subject_with_its_own_verb_still_starts_a_sentence() -> None:
    from briefing.clauses import shorten
    said = shorten("The firm sold its chair business to a rival in Leeds for a large sum last year, its shares "
                   "rose 5 percent in London.", set())
    assert said[-1].startswith("Its shares rose")


def test_a_list_lead_in_is_said_once_then_with_they() -> None:
    from briefing.writers.lead_ins import lead_in_said_once
    story = ["Velto made the app.", "Key features of the app include a route planner.",
             "Key features of the app include a mobile map.", "Key features of the app include a price list.",
             "The plan includes a new road.", "The plan includes a bridge.", "Key features of the app include Maps."]
    assert lead_in_said_once(story) == [
        "Velto made the app.", "Key features of the app include a route planner.",
        "They also include a mobile map.", "They also include a price list.",
        "The plan includes a new road.", "It also includes a bridge.", "Key features of the app include Maps."]


def test_a_description_after_a_time_clause_does_not_hang_on_the_time() -> None:
    from briefing.clauses import shorten
    said = shorten("The stolen bag was found by two officers on Friday morning when police searched the flat in "
                   "Leeds, hidden in a cupboard under the stairs.", set())
    assert not any("hidden in a cupboard" in line and line.startswith("This was") for line in said)
    assert not any(line.startswith("This was when") and "hidden" in line for line in said)


def test_a_role_then_a_name_keeps_the_comma_that_closes_it_when_a_who_clause_goes() -> None:
    from briefing.relatives import _relative_clauses
    said = _relative_clauses("The club's coach, Ann Lee, who joined in May, said the team would win the cup.", set())
    assert said == ["The club's coach, Ann Lee, said the team would win the cup.", "Lee joined in May."]
    said = _relative_clauses("The court heard that in 2019 Pellow, who earned a large salary, approved 412 payments.",
                             set())
    assert said[0] == "The court heard that in 2019 Pellow approved 412 payments."


def test_a_window_of_time_counted_from_an_event_is_not_cut_at_after() -> None:
    from briefing.clauses import shorten
    said = shorten("Buyers have 30 days to send the goods back after they open the box, and they pay nothing.", set())
    assert not any(line.startswith("This is after") or line.startswith("This was after") for line in said)
    said = shorten("The firm cut 200 jobs in its Leeds plant after sales fell sharply for a third year in a row.",
                   set())
    assert said[-1].startswith("This was after sales fell")


def test_the_second_number_of_a_score_is_never_trimmed_off() -> None:
    from briefing.compress_trim import _trim
    unit = "They were 40 for 2 after ten overs, and when Ann Lee was caught at slip for 31 they were 118 for 4."
    assert _trim(unit, 22).endswith("118 for 4.") or _trim(unit, 22) == unit


def test_a_plain_plural_subject_after_but_is_lower_case() -> None:
    from briefing.finished_lines import subject_after_but
    assert subject_after_but("But Unions said it was not enough.", set()) == "But unions said it was not enough."
    assert subject_after_but("But Apple said it was late.", set()) == "But Apple said it was late."
    assert subject_after_but("But Rovers said it was late.", {"Rovers"}) == "But Rovers said it was late."


def test_a_body_speaking_of_itself_says_it() -> None:
    from briefing.attribution import keep_speaker
    parts = keep_speaker(["The Dunmore Fire Service said it was sad about the fire.",
                          "The Dunmore Fire Service answers about 300 calls a day."], set())
    assert parts[1] == "The Dunmore Fire Service also said it answers about 300 calls a day."


def test_a_past_list_lead_in_is_said_once_too() -> None:
    from briefing.writers.lead_ins import lead_in_said_once
    assert lead_in_said_once(["Other winners included best song: Blue Road.", "Other winners included best film: Ash.",
                              "The show included a song.", "The show included a dance."]) == [
        "Other winners included best song: Blue Road.", "They also included best film: Ash.",
        "The show included a song.", "It also included a dance."]


def test_a_you_who_did_something_in_the_past_is_never_people() -> None:
    from briefing.generic_you import generic_you
    assert generic_you("It was a choice you made again and again, while you were driving a heavy van.") is None
    assert generic_you("You had a clear view of the man for ten seconds, and you did not stop.") is None
    assert generic_you("In those days you had to queue for hours to buy a loaf of bread.") is not None
    assert generic_you("Whenever you buy a stock, it gives you a small share of a company.") is not None


def test_before_that_tells_which_year_is_never_cut_off() -> None:
    from briefing.clauses import shorten
    said = shorten("The share is still slightly higher than in 2018, the last year of normal tests before the long "
                   "strike, when it was 21.5%.", set())
    assert not any(line.startswith("This is before") or line.startswith("This was before") for line in said)


def test_one_of_the_things_then_another() -> None:
    from briefing.writers.lead_ins import lead_in_said_once
    assert lead_in_said_once(["One of the main decisions was a new road.", "One of the main decisions was a grant.",
                              "One of the main decisions was a review.", "The road will cost £2 million.",
                              "One of the main changes for tenants is a notice."]) == [
        "One of the main decisions was a new road.", "Another was a grant.", "Another was a review.",
        "The road will cost £2 million.", "One of the main changes for tenants is a notice."]


def test_a_line_about_the_item_keeps_the_list_going() -> None:
    from briefing.writers.lead_ins import lead_in_said_once
    assert lead_in_said_once(["One of the main decisions was a delay.", "This was so that a group can make a plan.",
                              "One of the main decisions was a grant."])[-1] == "Another was a grant."


def test_the_second_that_of_a_report_keeps_its_speaker() -> None:
    from briefing.split_checks import reported_again
    assert reported_again("Supporters responded that free meals remove the shame",
                          "they save the district money on paperwork") == \
        "The supporters also responded that they save the district money on paperwork"
    assert reported_again("Free meals remove the shame", "They save money") == "They save money"


def test_a_report_with_two_thats_never_says_the_second_as_a_fact() -> None:
    from briefing.clauses import shorten
    said = shorten("Parents responded that the new rules would help children who feel shame when they get help, "
                   "and that they save the school money on forms.", set())
    assert not any(line.startswith("They save") for line in said)


def test_a_later_line_that_does_not_tell_the_titles_news_is_no_top_story() -> None:
    from briefing.writers.headlines import tells_of_the_title
    title = "Ten-man Ardley snatch late winner at Bellgate after Dorsey red card"
    assert not tells_of_the_title("Most of the 21,300 crowd had already started to leave.", title, 1)
    assert not tells_of_the_title("Bellgate had taken the lead through Danny Moss.", title, 2)
    assert tells_of_the_title("Ardley won at Bellgate with a late winner.", title, 2)
    assert tells_of_the_title("Anything at all.", "", 2)


def test_a_plural_who_after_a_list_of_names_is_never_the_last_names() -> None:
    from briefing.relatives import _relative_clauses
    for s in ("The study enrolled 300 patients at sites in Spain, France and Italy, who were given one of two pills.",
              "The club signed Ann Lee and Tom Hart, who were both out of contract at the end of May."):
        assert not any(line.startswith(("Italy were", "Hart were")) for line in _relative_clauses(s, set()))


def test_a_long_sentence_loses_its_final_possessive_appositive_not_its_news() -> None:
    from briefing.trim import drop_final_appositive
    s = ("Corvel Labs, a drug maker based in Boston, today reported good results from HALO, its long randomized, "
         "blinded study testing a new pill in adults with asthma.")
    assert drop_final_appositive(s) == "Corvel Labs, a drug maker based in Boston, today reported good results from HALO."
    kept = "The club sold Orbit, its shares rose 5 percent in London on the news of the sale today."
    assert drop_final_appositive(kept) == kept


def test_a_company_tagging_its_own_news_is_named_and_says_it() -> None:
    from briefing.attribution import attribution_first
    assert attribution_first("Shoe chain Marlow & Pike collapsed into administration on Monday, the old company said.",
                             set()) == "Marlow & Pike said it collapsed into administration on Monday."
    assert attribution_first("Velto Motors will cut 900 jobs, the company said.", set()) == \
        "Velto Motors said it will cut 900 jobs."
    assert attribution_first("The plant will close in May, the company said.", set()) == \
        "The company said the plant will close in May."


def test_a_surname_with_its_role_between_commas_before_said_is_a_person() -> None:
    from briefing.writers.people import one_person_surnames
    src = ("The two members who voted no, Gary Prewitt and Selma Wardle, argued for cuts. Prewitt, a retired "
           "accountant who lives on the east side, said the budget was too big.")
    assert one_person_surnames(src).get("Prewitt") == "Gary Prewitt"


def test_a_new_sentence_after_and_when_is_not_swallowed_by_this_was_after() -> None:
    from briefing.clauses import shorten
    said = shorten("They were 40 for 2 after ten overs, and when Ann Lee was caught at slip for 31 they were 118 for 4.",
                   set())
    assert not any(line.startswith("This was after") for line in said)
    assert not any(line.rstrip(".").endswith(" 118") for line in said)


def test_the_doer_of_an_ing_after_a_when_clause_is_that_clauses_he() -> None:
    from briefing.doers import ing_with_its_doer
    assert ing_with_its_doer("The 25-year-old winger was hurt in the 60th minute when he landed badly",
                             "jumping for a header") == "he jumped for a header"
    assert ing_with_its_doer("Officers arrested Tays on Monday", "stopping his car") == "officers stopped his car"


def test_a_time_counted_from_a_piece_left_out_is_not_said_alone() -> None:
    from briefing.writers.leaning import TIME_FROM_BEFORE
    assert TIME_FROM_BEFORE.search("The admission came two days later.")
    assert TIME_FROM_BEFORE.search("He died shortly afterwards.")
    assert not TIME_FROM_BEFORE.search("The plant will close later this year.")


def test_a_verb_after_a_naming_aside_is_swapped_like_any_verb() -> None:
    from briefing.plain_english import simplify_words
    assert "sent words" in simplify_words("A report said the app, called TypeNote, transmitted words to servers.", set())
    assert "obtained during" in simplify_words("They sent emails, obtained during the case, to the court.", set())


def test_that_as_the_subject_of_a_reported_clause_and_others_lean() -> None:
    from briefing.writers.leaning import opens_with_reference
    assert opens_with_reference("Olivares said that should not be their job.")
    assert opens_with_reference("Others, officials said, earned slightly too much.")
    assert not opens_with_reference("Lee said that the plan was good.")


def test_who_after_a_thing_is_never_told_of_the_thing() -> None:
    from briefing.noun_that import _noun_that
    s = ("Lee had asked to be traded in July, according to people familiar with the talks who spoke on condition of "
         "anonymity because they were not allowed to speak.")
    assert _noun_that(s) == [s]
    said = _noun_that("The council said it would give money to the families who lost their homes in the floods last "
                      "week in the north.")
    assert said[-1] == "These families lost their homes in the floods last week in the north."


def test_a_tag_with_where_it_was_said_is_a_speaker_not_a_clause() -> None:
    from briefing.clause_lists import clause_list
    assert clause_list("Ann Lee stopped wearing her ring in public around the same time, fans noted on social media.") \
        is None


def test_a_bare_verb_after_an_infinitive_is_never_given_the_subject() -> None:
    from briefing.second_verbs import second_verb_told
    assert second_verb_told(" and ", "A group of senators showed a plan to help cities open cooling centers",
                            "pay power bills for poor families") is None
    assert second_verb_told(" and ", "The firm went to court to stop the sale of its plant",
                            "won the case on Monday") is not None


def test_what_a_plan_is_for_is_told_as_what_the_plan_is() -> None:
    from briefing.long_clauses import plan_to
    assert plan_to("A group of senators on Tuesday showed a $2.4 billion plan to help cities open cooling centers "
                   "and pay power bills for poor families.") == [
        "A group of senators on Tuesday showed a $2.4 billion plan.",
        "The plan is to help cities open cooling centers and pay power bills for poor families."]


def test_after_a_noun_phrase_is_no_opening_clause() -> None:
    from briefing.reorder import opening_clause
    s = "After a lot of thought and love, Ann and Tom have decided to end their marriage."
    assert opening_clause(s) == [s]
    assert opening_clause("After the first phones shipped, people began using them.") == [
        "The first phones shipped.", "After that, people began using them."]


def test_two_jobs_of_one_person_name_the_person_again() -> None:
    from briefing.sentences import speaker_again
    assert speaker_again("Deputy Premier and Farm Minister Ann Whitlow") == "Whitlow"
    assert speaker_again("The Department of Health and Social Care") == "The department"


def test_a_phrase_after_a_which_clause_goes_back_to_the_main_clause() -> None:
    from briefing.relatives import _relative_clauses
    said = _relative_clauses("Figures show that around 300,000 people use the city's tram network, which has two "
                             "lines and 38 stops, on an average weekday.", set())
    assert said[0] == "Figures show that around 300,000 people use the city's tram network on an average weekday."
    assert not said[1].endswith("on an average weekday.")


def test_a_later_that_counted_from_a_year_in_the_line_leans_on_nothing() -> None:
    from briefing.writers.leaning import opens_with_reference
    assert not opens_with_reference("In 1956 she married Arthur Quill, and she opened her shop two years later.")
    assert opens_with_reference("The admission came two days later.")


def test_in_connection_with_is_over_and_a_rank_before_a_name_gives_the_full_name() -> None:
    from briefing.plain_english import simplify_words
    from briefing.writers.people import TITLED_NAME
    assert simplify_words("Police have charged two men in connection with the theft.", set()) == \
        "Police have charged two men over the theft."
    assert TITLED_NAME.search("said Cpl. Amrit Sandhu of the police").group(1) == "Amrit Sandhu"


def test_a_party_tag_keeps_the_comma_that_closes_an_aside() -> None:
    from briefing.compress_asides import _without_party_tags
    assert _without_party_tags("The bill, written by Sen. Ann Lee, D-Nev., and Sen. Tom Hart, R-Ariz., would pay for "
                               "it.") == "The bill, written by Sen. Ann Lee and Sen. Tom Hart, would pay for it."
    assert _without_party_tags("Sen. Paul Grant, R-Ky., said he would wait.") == "Sen. Paul Grant said he would wait."


def test_a_plan_with_two_aims_is_not_told_as_what_the_plan_is() -> None:
    from briefing.long_clauses import plan_to
    s = ("The ministry of trade, industry and energy has shown a plan to help the solar industry further cut the "
         "costs of its panels and to raise how much power they make.")
    assert plan_to(s) == [s]

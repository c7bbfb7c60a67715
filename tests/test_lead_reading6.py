"""Fixes from the lead's reading of session 6's scripts. All sentences are invented."""
from __future__ import annotations

from briefing.models import Article
from briefing.writers.pointers import points_back_mid_line
from briefing.writers.selection import Draft, Line, select_lines


def _draft(lines: list[str]) -> Draft:
    return Draft(Article("Test", "\n\n".join(lines)), [], [Line(t, i, 0, i + 1, "") for i, t in enumerate(lines)])


def _said(draft: Draft, left_out: set[str]) -> list[str]:
    return [ln.text for ln in select_lines(draft, 500, left_out.__contains__)]


def test_words_inside_a_line_that_point_back_are_known() -> None:
    assert points_back_mid_line("The agency said the target of that plan had been met three years early.")
    assert points_back_mid_line("Lee said another is the cost of rent.")
    assert points_back_mid_line("Mayor Ann Lee said these are families who lost everything.")
    assert not points_back_mid_line("The agency said the target of that plan had been met.", heard="A plan was set.")
    assert not points_back_mid_line("Brandt won 41,806 votes, or 38.2% of those cast.")
    assert not points_back_mid_line("The shop was busy in those days.")
    assert not points_back_mid_line("She thanked all of those who came to help.")
    assert not points_back_mid_line("Police said they arrested two men.")
    assert not points_back_mid_line("He said that the rules of the game are changing.")


def test_a_line_pointing_back_from_inside_is_said_only_after_what_it_points_at() -> None:
    lines = ["The Norvale council set out a new energy plan on Monday.",
             "A national programme launched in 2011 aims to halve power bills by 2030.",
             "Last year, the ministry said the first goal of that ambition had been met early.",
             "The council will meet again in May."]
    assert lines[2] in _said(_draft(lines), set())
    assert _said(_draft(lines), {lines[1]}) == [lines[0], lines[3]]


def test_another_with_its_list_left_out_is_not_said() -> None:
    lines = ["Ann Lee opened the new library in Dunmore on Friday.",
             "Among the values of the library is free access, Lee said.",
             "Lee said another is a quiet place to read.",
             "The library cost 2 million pounds."]
    assert _said(_draft(lines), {lines[1]}) == [lines[0], lines[3]]


def test_a_pronoun_after_a_time_word_leans_on_the_line_before() -> None:
    lines = ["Tim Ward spoke at a trade fair in Dunmore on Tuesday.",
             "The fair has been a favourite of his since 1990, said Ann Lee, who runs a software firm.",
             "Now her own company, Lakeware, sells to the same buyers.",
             "The fair ends on Sunday."]
    assert lines[2] in _said(_draft(lines), set())
    assert _said(_draft(lines), {lines[1]}) == [lines[0], lines[3]]


def test_a_line_that_points_back_never_opens_the_headlines() -> None:
    from briefing.writers.plain import draft_article
    from briefing.writers.recap import headline_line

    article = Article("Gift guide: what to buy for the person who has everything?",
                      "Last year, the writer picked the best smart lamps for the home.\n\n"
                      "Most of those picks are still worth buying.\n\n"
                      "The new Lumo lamp costs 40 dollars and works with any phone.")
    line, _ = headline_line(draft_article(article))
    assert "those picks" not in line


def test_what_a_speaker_left_untold_is_not_put_in_the_speakers_mouth() -> None:
    from briefing.plain_english import rewrite

    said = rewrite("Lee said the company could carry larger loads using its new truck, but he did not disclose "
                   "how large a load the company could carry.", {"Lee"})
    assert said[0] == "Lee said the company could carry larger loads using its new truck."
    assert said[1].startswith("But he did not")
    # a claim of the speaker's own stays reported
    said = rewrite("Lee said the firm would grow fast, but he did not expect profits for at least another three "
                   "years.", {"Lee"})
    assert said[1] == "But Lee said he did not expect profits for at least another three years."


def test_a_when_clause_after_state_or_disclose_is_the_verbs_object() -> None:
    from briefing.plain_english import rewrite

    said = rewrite("He declined later to state when the lander would be ready for its first missions, saying it "
                   "would depend on each order.", set())
    assert not any(s.startswith("This was when") for s in said)
    assert "He declined later to state." not in said


def test_the_cause_a_judge_gives_stays_the_judges() -> None:
    from briefing.plain_english import rewrite

    said = rewrite("Mayor Ann Lee criticised the chaos in the town centre due to the closure of the main bridge "
                   "over the river last spring.", {"Ann", "Lee"})
    assert said[0] == "Mayor Ann Lee criticized the chaos in the town centre."
    assert said[1].startswith("Lee said this was because of the closure")
    said = rewrite("The road was closed for three days because of the floods that hit the town in March.", set())
    assert said[1] == "This was because of the floods that hit the town in March."


def test_an_ing_after_a_but_clause_is_the_last_subjects_act() -> None:
    from briefing.plain_english import rewrite

    said = rewrite("The firm awarded contracts to three builders for the new school, but one builder canceled its "
                   "contract two months later, citing rising costs.", set())
    assert "The firm pointed to rising costs." not in said
    assert said[:2] == ["The firm awarded contracts to three builders for the new school.",
                        "But one builder canceled its contract two months later."]  # a contract is cancelled
    # (since lean16: "call off" is said of events and trips only, swap_objects)


def test_the_month_may_is_not_a_modal_verb() -> None:
    from briefing.participles import clause_tense
    from briefing.plain_english import rewrite

    assert clause_tense("In May, the council awarded the contract") == "past"
    said = rewrite("In May, the council awarded new contracts to Orbis and Lakeware for the two bridges, but "
                   "Lakeware canceled its contract two months later, citing rising costs.", {"Orbis", "Lakeware"})
    assert not any(" may " in s for s in said)
    assert not any(s.startswith("The council") and "cost" in s for s in said)


def test_called_off_is_a_verb() -> None:
    from briefing.grammar import has_verb, stands_alone

    assert stands_alone("But Lakeware called off its order two months later.")
    assert has_verb("Lakeware called off its order")
    assert not has_verb("a small firm called Lakeware")


def test_a_wires_instrument_codes_are_not_read_out() -> None:
    from briefing.clean_furniture import without_codes as drop_asides

    assert drop_asides("The Dow Jones Industrial Average.DJI fell 102.2 points, the S&P 500.SPX lost 1.85 points.") \
        == "The Dow Jones Industrial Average fell 102.2 points, the S&P 500 lost 1.85 points."
    assert drop_asides("Spot gold XAU= added 0.1% to $1,472.19 an ounce.") == "Spot gold added 0.1% to $1,472.19 an ounce."
    assert drop_asides("U.S. crude CLc1 fell 3.38% to $55.12 per barrel.") == "U.S. crude fell 3.38% to $55.12 per barrel."
    assert drop_asides("Ten-year notes US10YT=RR last rose 7/32 in price.") == "Ten-year notes last rose 7/32 in price."
    for kept in ("The U.S. and the U.K. met in Washington, D.C. on Friday.", "Sales of the iPhone.X rose.",
                 "It made 1.5GW of power at the G20 meeting."):
        assert drop_asides(kept) == kept


def test_hope_so_and_do_so_lean_on_the_line_before() -> None:
    from briefing.writers.selection import opens_with_reference

    assert opens_with_reference("One would hope so, since the town could use some good news.")
    assert opens_with_reference("The council refused to do so on Monday.")
    assert not opens_with_reference("The town has done so much for its young people.")


def test_a_claim_about_they_is_not_the_headline() -> None:
    from briefing.writers.plain import draft_article
    from briefing.writers.recap import headline_line

    article = Article("Moon shot: two firms to bid",
                      "Ann Lee said they have a need for bigger landers.\n\n"
                      "The space agency added two firms to its moon lander programme on Monday.")
    line, _ = headline_line(draft_article(article))
    assert "they have a need" not in line


def test_one_common_word_before_an_ing_word_is_not_its_subject() -> None:
    from briefing.grammar import headline_verb

    assert headline_verb("Simple hiking survival kit.") == "Simple hiking survival kit."
    assert headline_verb("Police looking into fire at school.") == "Police are looking into fire at school."
    assert headline_verb("Acme to cut 500 jobs.") == "Acme will cut 500 jobs."


def test_the_last_resort_headline_is_not_a_line_that_points_back() -> None:
    from briefing.writers.plain import draft_article
    from briefing.writers.recap import headline_line

    article = Article("", "That is the hopeful view offered by Ann Lee at a packed meeting of drivers and riders in "
                          "the Dunmore town hall on Friday night.\n\nAnn Lee has run the Dunmore bus company for the "
                          "last fifteen years through three different owners of the old town depot.")
    line, kind = headline_line(draft_article(article))
    assert kind == "line" and line.startswith("Ann Lee has run")


def test_two_words_before_one_noun_are_not_two_clauses() -> None:
    from briefing.clauses import shorten

    said = shorten("The President received a diet and exercise plan last year after his annual physical.", set())
    assert said[0] == "The President received a diet and exercise plan last year."
    said = shorten("The mayor bought a house in the old part of town and sold it two years later for twice the "
                   "price.", set())
    assert said == ["The mayor bought a house in the old part of town.",
                    "The mayor sold it two years later for twice the price."]


def test_a_plural_who_clause_after_including_a_name_is_not_the_names() -> None:
    from briefing.plain_english import rewrite

    said = rewrite("It will raise questions about the futures of some of the club's star players, including "
                   "captain Ann Lee, who have praised the manager during his time at the club.", {"Ann", "Lee"})
    assert not any(s.startswith("Lee have") for s in said)
    said = rewrite("The club signed the young striker Ann Lee, who has scored ten goals this season in the league.",
                   {"Ann", "Lee"})
    assert said == ["The club signed the young striker Ann Lee.", "Lee has scored ten goals this season in the league."]


def test_an_embedded_post_is_not_the_writers_words() -> None:
    from briefing.clean_interview import spoken_paragraphs

    paragraphs = ["His first match in charge will be away to Dunmore on Saturday.",
                  "I can't thank this man enough. Good luck my friend. pic.twitter.com/AbC123xyz",
                  "\u2014 Ann Lee (@annlee_official) November 19, 2019",
                  "The club lies 14th in the table."]
    said = spoken_paragraphs(paragraphs)
    assert said[0] == paragraphs[0] and said[3] == paragraphs[3]
    assert said[1] == "" and said[2] == ""
    # a post without its link: the credit line after it tells
    said = spoken_paragraphs(["Great day at the final!", "\u2014 Ann Lee (@annlee) May 2, 2021", "The club won."])
    assert said == ["", "", "The club won."]
    assert spoken_paragraphs(["The club said on Twitter that it would appeal."]) == \
        ["The club said on Twitter that it would appeal."]


def test_a_firm_is_called_by_its_own_name_the_second_time() -> None:
    from briefing.sentences import speaker_again

    assert speaker_again("Tallis Foods") == "Tallis"
    assert speaker_again("Brightwell Systems") == "Brightwell"
    assert speaker_again("Kremlin spokesman Dmitry Peskov") == "Peskov"


def test_a_social_media_handle_is_not_read_out() -> None:
    from briefing.checks import odd_sentences

    assert odd_sentences(["The details were shared on the Senate's Twitter page, @DunmoreSenate."])
    assert not odd_sentences(["Readers can write to letters@dunmorenews.com with their views."])


def test_a_short_hard_script_may_be_cut_deeper_only_to_pass_the_grade() -> None:
    from briefing.writers.ease import DEEP_KEEP, SHORT_SCRIPT_KEEP, _shortest_allowed

    assert _shortest_allowed(250.0, 7.0) == SHORT_SCRIPT_KEEP * 250.0
    assert _shortest_allowed(250.0, 7.0, DEEP_KEEP) == DEEP_KEEP * 250.0
    assert _shortest_allowed(300.0, 7.0, DEEP_KEEP) == 280.0  # five minutes stays clear of 4:30 whatever the grade


def test_kinds_of_one_plural_noun_after_a_comma_are_no_act() -> None:
    from briefing.plain_english import rewrite

    said = rewrite("The remaining capacity will trade on a merchant basis across the wholesale, balancing mechanism "
                   "and ancillary services markets.", set())
    assert not any("will balance" in s for s in said)
    assert rewrite("The river burst its banks on Sunday night, flooding homes and shops.", set()) == \
        ["The river burst its banks on Sunday night.", "The river flooded homes and shops."]


def test_residents_after_a_place_word_stay_residents() -> None:
    from briefing.plain_english import rewrite

    assert rewrite("The plan gave cover to more than 400,000 state residents last year.", set()) == \
        ["The plan gave cover to more than 400,000 state residents last year."]
    assert rewrite("Local residents were angry about the plan.", set()) == ["Local people were angry about the plan."]

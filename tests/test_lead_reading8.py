"""Fixes from the lead's reading of session 8's scripts. All sentences are invented."""
from __future__ import annotations

from briefing.plain_english import rewrite
from briefing.writers.plain import proper_names


def _plain(sentence: str) -> list[str]:
    return rewrite(sentence, proper_names(sentence))


def test_a_job_and_an_occasion_around_the_speakers_name_keep_the_speaker() -> None:
    # the tag was cut off whole: "Job cuts will be announced ..." was said as a fact
    out = _plain("Store closures will be announced later this month in regions that do not support Halden's core "
                 "business, said Halden Group's recently named executive chair Mara Quint in an email to staff "
                 "that was reviewed by the Daily Ledger.")
    assert out == ["Mara Quint said store closures will be announced later this month in regions that do not "
                   "support Halden's core business."]
    assert _plain("Store closures will be announced later this month, said Mara Quint in an email to staff "
                  "that was seen by the Daily Ledger.") == \
        ["Mara Quint said in an email to staff that store closures will be announced later this month."]
    assert _plain("Store closures will be announced later this month, said the firm's new executive chair "
                  "Mara Quint.") == ["Mara Quint said store closures will be announced later this month."]
    assert _plain("The storm will pass by Friday, said forecaster Ann Lee on Twitter.") == \
        ["Ann Lee said on Twitter that the storm will pass by Friday."]


def test_words_before_a_name_that_are_not_a_job_are_not_taken_for_one() -> None:
    out = _plain("The plan failed in the end, said the results showed Lee was wrong.")
    assert not any(s.startswith("Lee said") for s in out)


def test_a_speakers_we_is_not_the_newsroom() -> None:
    # "We will win, said coach Tom Hart" was said as "The writers will win"
    for sentence in ("We will win the cup this year, said coach Tom Hart at a news conference.",
                     "We will win the cup this year, coach Tom Hart said."):
        assert not any("writers" in s for s in _plain(sentence))
    assert _plain("We spoke to ten farmers in the valley last week.") == \
        ["The writers spoke to ten farmers in the valley last week."]


def test_a_list_of_whole_clauses_is_said_clause_by_clause() -> None:
    # cut at its last "and" it gave the comma splice "The Arden index was little changed, the Kell average fell."
    assert _plain("The Arden 200 index was little changed, the blue-chip Kell average fell and the Tarn index "
                  "rose, all having hit record highs earlier in the session.") == \
        ["The Arden 200 index was little changed.", "The blue-chip Kell average fell.", "The Tarn index rose.",
         "All three had hit record highs earlier in the session."]
    assert _plain("In Vessa, the Kell average fell 102.2 points, or 0.36%, to 27,934.02, the Arden 200 lost 1.85 "
                  "points, or 0.06%, to 3,120.18 and the Tarn index added 20.72 points.") == \
        ["In Vessa, the Kell average fell 102.2 points, or 0.36%, to 27,934.02.",
         "The Arden 200 lost 1.85 points, or 0.06%, to 3,120.18.", "The Tarn index added 20.72 points."]
    assert _plain("Sales fell 5% in May, profits rose 2% and the shares jumped.") == \
        ["Sales fell 5% in May.", "Profits rose 2%.", "The shares jumped."]


def test_nouns_that_share_one_verb_are_not_a_list_of_clauses() -> None:
    from briefing.clause_lists import clause_list
    for sentence in ("The man, the woman and the child were hurt in the crash.",
                     "Ann Lee, the mayor of Vessa, opened the bridge on Monday.",
                     "Prices rose, costs fell and wages stayed flat, the bank said.",
                     "If the rain goes on, the river will rise and the roads will close.",
                     "The firm sold shoes, bags and hats to the shops."):
        assert clause_list(sentence) is None, sentence


def test_an_ly_noun_is_not_dropped_as_an_adverb() -> None:
    from briefing.plain_english import simplify_words
    # "the potential oversupply, combined with ..." lost its noun: "The potential combined with some worries"
    assert simplify_words("The potential oversupply, combined with worries, sent prices lower.") == \
        "The potential oversupply, combined with worries, sent prices lower."
    assert simplify_words("An oversupply of grain hit prices.") == "An oversupply of grain hit prices."
    assert simplify_words("The man sheepishly admitted it.") == "The man admitted it."
    assert simplify_words("He smiled sheepishly.") == "He smiled sheepishly."


def test_separately_is_a_link_word_not_news() -> None:
    assert _plain("Separately, Vessa's grain output beat forecasts in May.") == \
        ["Vessa's grain output beat forecasts in May."]


def test_an_absolute_opener_is_said_after_its_main_clause() -> None:
    # cut at its "and" it gave the fragment "Their dream shattered." before anyone "their" could point at
    assert _plain("Their Canadian dream shattered and big savings wasted, nearly 90 Vessans returned home on "
                  "Friday.") == ["Nearly 90 Vessans returned home on Friday.",
                                 "Their Canadian dream was shattered and big savings were wasted."]
    assert _plain("His father died, the family said.") == ["The family said his father died."]


def test_a_counted_subject_is_not_repeated_without_its_hedge() -> None:
    # "after being deported" gave "This was after 150 Vessans was sent home": the "nearly" lost, "was" for many
    out = _plain("Nearly 90 Vessans returned home on Friday after being deported for breaking visa rules or "
                 "entering Tarnland without papers.")
    assert "This was after they were" in " ".join(out)
    assert _plain("The Vessans returned home on Friday after being held for two days at the crossing near "
                  "the lake.")[1].startswith("This was after the Vessans were held")


def test_a_fact_checks_claim_is_told_as_a_claim_with_its_rating() -> None:
    from briefing.fact_checks import framed_claims
    # the checked claim was the script's first line, said as a fact (and the page rates it unproven)
    page = ["Claim", "Former mayor Ann Lee has a fortune of $9 million.", "Rating", "Unproven", "About this rating",
            "Origin", "On May 2, Lee spoke to the council."]
    assert framed_claims(page) == [
        "Some people claim that former mayor Ann Lee has a fortune of $9 million.", "This claim is rated unproven.",
        "About this rating", "Origin", "On May 2, Lee spoke to the council."]
    assert framed_claims(["Claim: Drinking tea cures colds.", "Verdict: False", "Tea does not cure colds."])[:2] == \
        ["Some people claim that drinking tea cures colds.", "This claim is rated false."]
    ordinary = ["The council met on Monday.", "Rating agencies cut the city's score."]
    assert framed_claims(ordinary) == ordinary


def test_a_phrase_or_a_title_is_not_a_clause_of_a_list() -> None:
    from briefing.clause_lists import clause_list
    for sentence in ("Whether you are out hiking or just sitting at home, water is a must here.",
                     "This plan works for both 60 Day Glow and A Little More Glowing.",
                     "Following paper work with the border office, the travellers have started coming out."):
        assert clause_list(sentence) is None, sentence


def test_two_things_said_with_and_that_are_each_told_with_the_speaker() -> None:
    # "... for years and that their concerns ..." was cut into a fact with a stray "and that"
    assert _plain("Tom Vell said drivers had reported problems with the brakes on wet days for years and that their "
                  "worries had not been taken seriously by the firm.") == \
        ["Tom Vell said drivers had reported problems with the brakes on wet days for years.",
         "Vell said their worries had not been taken seriously by the firm."]
    assert _plain("The mayor said the bridge was safe for cars, but that lorries would have to use the ring road "
                  "from the first of June.") == \
        ["The mayor said the bridge was safe for cars.",
         "But the mayor said lorries would have to use the ring road from the first of June."]


def test_a_speaker_piece_does_not_outlive_its_claim_said_before() -> None:
    from briefing.writers.plain import _key, _not_said_before
    # a pull quote said the claim first; the quote's own "Ann Lee said this." then followed some other line
    seen = {_key("Since 2010, no year has seen a rise in sales.")}
    assert _not_said_before(["Since 2010, no year has seen a rise in sales.", "Ann Lee said this."], seen) == []
    assert _not_said_before(["Sales fell.", "Ann Lee said this."], seen) == ["Sales fell.", "Ann Lee said this."]


def test_made_up_out_of_thin_air_is_an_idiom() -> None:
    assert _plain("In other words, this claim appears to have been conjured out of thin air.") == []
    assert _plain("The story was made up out of whole cloth to hurt her.") == []


def test_a_pull_quote_is_said_where_its_speaker_is() -> None:
    from briefing.writers.plain import _with_its_speaker_now
    from briefing.writers.selection import Line
    # the pull quote's claim was said first as a fact, and "Ann Lee said this." followed another line
    lines = [Line("Since 2010, no year has seen a rise in sales.", 0, 0, 1), Line("Shops closed.", 1, 0, 2)]
    pieces = ["Since 2010, no year has seen a rise in sales.", "Ann Lee said this."]
    assert _with_its_speaker_now(pieces, lines) == pieces
    assert [ln.text for ln in lines] == ["Shops closed."]
    assert _with_its_speaker_now(["Shops closed."], lines) is None


def test_pieces_that_belong_to_another_clause_are_no_list_of_clauses() -> None:
    from briefing.clause_lists import clause_list
    for sentence in ("Had you called the police about the marks on your arm, you would have had proof of it.",
                     "Another caveat: even though Lee visited the border, he did not go in, and he left.",
                     "No matter how good your plan may seem, think about what could go wrong.",
                     "The firm will show the app in May, where its bosses will host live shows at stand 12.",
                     "The family has asked that, in place of flowers, gifts be made to the Vessa Library.",
                     "Hale was freed from prison in 2022 after serving part of his sentence, court records show.",
                     "This includes the Tarn mission, a rover the agency plans to fly in 2027 to look for ice."):
        assert clause_list(sentence) is None, sentence


def test_a_family_tie_before_the_speakers_name_is_kept() -> None:
    assert _plain("Her daughter, Ilse Varn, said the cause was heart failure.") == \
        ["Her daughter, Ilse Varn, said the cause was heart failure."]
    # a job before the name goes only when the sentence is too long to say whole
    assert _plain("Its fisheries minister, Petra Vell, said she would sign.") == \
        ["Its fisheries minister, Petra Vell, said she would sign."]
    out = _plain("Its regional secretary, Tom Vell, said drivers had reported problems with the brakes on wet days "
                 "for years and that their worries had not been taken seriously.")
    assert out[0].startswith("Tom Vell said drivers had reported problems") and len(out) == 2


def test_a_tag_at_the_end_is_no_clause_of_a_list() -> None:
    from briefing.clause_lists import clause_list
    assert clause_list("The study had limits, the authors noted.") is None
    assert clause_list("Sales fell 5% in May, profits rose 2% and the shares added 3%.") is not None


def test_the_time_of_a_thing_to_come_is_not_told_as_past() -> None:
    out = _plain("Vell said the firms were ready to sell some routes if the regulator asked them to, and that fares "
                 "in towns where both ran buses would be frozen for two years after the deal was completed.")
    assert out and not any(s.startswith("This was after") for s in out)


def test_a_firms_name_keeps_the_words_that_say_what_it_is() -> None:
    # "The operator of the ferry, Blue Line Ferries, said ..." lost its job and was later called "Ferries"
    out = _plain("The operator of the ferry, Vessa Line Ferries, said it was working closely with the authorities "
                 "and would pay for hotels for all passengers.")
    assert "Vessa Line Ferries is the operator of the ferry." in out


def test_a_refusal_after_a_claim_is_the_speakers() -> None:
    # "But Oyelaran said the company declined to say how much it had requested." gave the refusal to the firm
    assert _plain("Vell said the company had also applied for a grant under the state's chip building scheme, but "
                  "declined to say how much it had asked for.") == \
        ["Vell said the company had also applied for a grant under the state's chip building scheme.",
         "But Vell declined to say how much it had asked for."]
    out = _plain("The mayor said the council had applied for a grant for the new bridge over the river, but did not "
                 "get it in the end.")
    assert out[-1] == "But the mayor said the council did not get it in the end."


def test_an_adverb_after_a_determiner_still_colours_the_next_word() -> None:
    from briefing.plain_english import simplify_words
    assert simplify_words("Tallis expected a broadly stable margin.") == "Tallis expected a stable margin."


def test_a_top_story_line_does_not_open_on_an_unnamed_role() -> None:
    from briefing.writers.recap import UNNAMED_ROLE
    # "In our top story today, the company is expected to lay off thousands of workers" named no company
    assert UNNAMED_ROLE.match("The company is expected to lay off thousands of workers this week.")
    assert not UNNAMED_ROLE.match("The company Tarn Works will lay off 400 workers.")
    assert not UNNAMED_ROLE.match("The council voted to close two schools.")


def test_either_between_have_and_the_verb_keeps_the_participle() -> None:
    from briefing.plain_english import simplify_words
    # "have either broke their visa rules"
    assert simplify_words("They have either violated their visa rules or left.") == \
        "They have either broken their visa rules or left."


def test_an_inverted_ellipsis_and_a_noun_with_only_its_relative_are_odd() -> None:
    from briefing.checks import odd_sentences
    assert odd_sentences(["Neither should you."]) and odd_sentences(["So did Ann Lee."])
    assert odd_sentences(["Obfuscation that should force anyone to question the story now being told by the firm."])
    for whole in ("Inflation that will not go away worries the bank.", "Legislation that would ban cars is needed.",
                  "So do many people in the city."):
        assert not odd_sentences([whole]), whole


def test_a_link_word_then_a_verb_with_no_subject_is_odd() -> None:
    from briefing.checks import odd_sentences
    # "..., which is not cheap, but compares well with larger festivals" left "But compares well ..."
    assert odd_sentences(["But compares well with larger festivals in the region."])
    assert odd_sentences(["But remains open to all."])
    for whole in ("But prices rose in May.", "But rents in the city rose.", "But sales in May fell sharply."):
        assert not odd_sentences([whole]), whole


def test_a_claim_fits_after_its_speaker_without_the_job_before_the_name() -> None:
    # "The relief had come far too late ..." + "Opposition leader Greta Lind said this.": a claim first, as a fact
    assert _plain('Opposition leader Greta Vell said the relief had come "far too late" for families who had '
                  'struggled with high repayments for two years.') == \
        ["Greta Vell said the relief had come far too late for families who had struggled with high repayments "
         "for two years."]


def test_a_pronoun_listener_is_not_said_to() -> None:
    out = _plain("Road experts for the council told it that traffic on the main road through Vessa would rise by "
                 "about 40% at peak times if the estate were built.")
    assert not any("to it" in s for s in out)


def test_a_quotes_the_truth_is_is_odd_after_said() -> None:
    from briefing.checks import odd_sentences
    assert odd_sentences(["The statement said the truth is, Lee has admitted to owing millions to the firm."])
    assert odd_sentences(["Vell said the problem is, Tarn Works tells clients all the time."])
    assert not odd_sentences(["He said the problem is the old houses that nobody paid to make safe."])


def test_a_verb_swap_skips_a_noun_in_a_list() -> None:
    from briefing.plain_english import simplify_words
    # "axe heads, spearheads, bracelets" was said "axe heads, leads, bracelets" (holdout7's hoard)
    assert simplify_words("The hoard holds axe heads, spearheads, rings and swords.") == \
        "The hoard holds axe heads, spearheads, rings and swords."
    assert simplify_words("She spearheads the campaign.") == "She leads the campaign."


def test_a_second_clause_after_and_with_a_with_aside_is_its_own_sentence() -> None:
    # "Output beat forecasts and the potential oversupply, combined with ..., sent prices lower" read as beating both
    assert _plain("Vessa's May grain output beat forecasts and the likely glut, combined with weak demand from "
                  "abroad, sent prices lower.") == \
        ["Vessa's May grain output beat forecasts.",
         "The likely glut, combined with weak demand from abroad, sent prices lower."]
    assert _plain("The firm bought the land and the houses, along with the barns, near the river.") == \
        ["The firm bought the land and the houses, along with the barns, near the river."]


def test_a_claims_title_before_a_name_keeps_its_capital() -> None:
    from briefing.fact_checks import _claim_sentence
    assert _claim_sentence("President Ann Lee signed the bill in May.") == \
        "Some people claim that President Ann Lee signed the bill in May."
    assert _claim_sentence("Senators voted to close the park.") == "Some people claim that senators voted to close the park."
    assert _claim_sentence("Former governor Tom Hart owns a yacht.") == \
        "Some people claim that former governor Tom Hart owns a yacht."

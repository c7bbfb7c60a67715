"""Session 13, the lead: a lead's facts kept, and its tails told in the right tense and by the right doer.

All sentences are invented for these tests.
"""
from __future__ import annotations

from briefing.participles import participle_verb
from briefing.plain_english import rewrite


def told(sentence: str) -> list[str]:
    return rewrite(sentence, set())


# --- a speaker's act after a claim ("..., blaming a shortfall") stays the speaker's, in the past -------------


def test_blaming_after_a_plan_is_no_promise() -> None:
    lines = told("The council said on Monday it would close the library, blaming a shortfall of £2m in its budget.")
    assert not any("would blame" in line or "will blame" in line for line in lines)
    assert lines[0] == "The council said on Monday that it would close the library."
    assert lines[1:] in ([], ["The council blamed a shortfall of £2 million in its budget."])


def test_speakers_act_told_by_the_speaker() -> None:
    lines = told("The city council said on Monday that it would close the old library on Park Road next spring,"
                 " blaming a shortfall of £2m in its budget for the coming year.")
    assert lines == ["The city council said on Monday that it would close the old library on Park Road next spring.",
                     "The city council blamed a shortfall of £2 million in its budget for the coming year."]


def test_speakers_act_when_the_claim_has_another_subject() -> None:
    # Lee points, not the firm: the "-ing" after a reported clause is the speaker's
    lines = told("Lee said the firm would close the plant in Dunmore by the end of next year, pointing to weak sales"
                 " of its older cars.")
    assert lines[0] == "Lee said the firm would close the plant in Dunmore by the end of next year."
    assert not any(line.startswith("The firm pointed") or "would point" in line for line in lines)


def test_warning_after_a_plan_is_said_as_a_warning() -> None:
    lines = told("The airline said fares would rise by 5% from June, warning that fuel costs had doubled since the"
                 " start of the year.")
    assert "The airline said fares would rise by 5% from June." in lines
    assert not any("would warn" in line for line in lines)


def test_stance_under_will_is_no_future_act() -> None:
    # "will cut jobs, blaming sales": the firm blames them now; "will blame" would be a new claim
    assert participle_verb("The firm will cut 200 jobs", "blaming", "weak sales", "The firm") is None
    assert participle_verb("It would close the library", "citing", "costs", "It") is None
    # what the plan itself will do still follows the plan: "will visit homes, starting with ..."
    assert participle_verb("Teams will visit homes", "starting", "with the oldest", "Teams") == "will start"
    # a campaign that will urge people: the urging is the plan's own act, still to come
    assert participle_verb("The agency will launch a campaign", "urging", "people to get tested", "The agency") \
        == "will urge"
    # under "would" (a plan reported or a maybe) the speaker warns now
    assert participle_verb("The council would close the library", "warning", "that more cuts would follow",
                           "The council") is None
    lines = told("The firm will cut 200 jobs at its plant in Dunmore by the end of the year, blaming weak sales of"
                 " its older cars in Europe.")
    assert not any("will blame" in line for line in lines)


# --- a lead whose subject carries a fact of its own (writers/lead_subjects.py) ------------------------------


def test_relative_subject_told_news_first() -> None:
    from briefing.writers.lead_subjects import relative_subject

    assert relative_subject("A bus driver who hit a parked car on a hill in Orrin Vale was fined £900 on Monday") == [
        "A bus driver was fined £900 on Monday.", "The bus driver hit a parked car on a hill in Orrin Vale."]
    # "was reading ... when he hit": the clause runs on to its "when"
    assert relative_subject("A lorry driver who was reading a text when he hit a wall was banned for a year") == [
        "A lorry driver was banned for a year.", "The lorry driver was reading a text when he hit a wall."]


def test_relative_subject_left_alone_when_unsure() -> None:
    from briefing.writers.lead_subjects import relative_subject

    # "has been missing" may no longer be true once he is found: only a clause in the past is told
    assert relative_subject("A man who has been missing since Friday has been found safe") is None
    # the relative clause's own "and was caught": where it ends, the rule cannot tell
    assert relative_subject("A man who stole a car and was caught by police was jailed for two years") is None
    # a reported clause inside: "said the plan | was rejected was named chair" is no sentence
    assert relative_subject("A woman who said the plan was rejected was named chair") is None


def test_name_with_role_told_news_first() -> None:
    from briefing.writers.lead_subjects import name_role

    assert name_role("The Quiet Shore, a short drama about two sisters, won the top prize at the Vell Film Festival") \
        == ["The Quiet Shore won the top prize at the Vell Film Festival.",
            "The Quiet Shore is a short drama about two sisters."]
    # "a drama about a family that was shot ...": the drama or the family? the role stops before the clause
    assert name_role("The Quiet Shore, a drama about a family that was filmed in Vell, won the top prize") == [
        "The Quiet Shore won the top prize.", "The Quiet Shore is a drama about a family."]
    assert name_role("Ann Lee, a farmer, saying she was tired, left") is None


def test_lead_with_a_long_role_is_told() -> None:
    from briefing.models import Article
    from briefing.writers.plain import draft_article

    body = ("The Quiet Shore, a low-budget drama about a family of farmers that was filmed in eight weeks on the"
            " island of Vell, won best film at the Dorran Film Awards on Saturday night, beating two studio films,"
            " and its star Ida Marsk was named best actress.\n\n"
            "The film also won the award for best music. Its director thanked the people of Vell.")
    lines = [ln.text for ln in draft_article(Article("Island film wins top award", body, source="x")).lines]
    assert "The Quiet Shore won best film at the Dorran Film Awards on Saturday night." in lines
    assert "Its star Ida Marsk was named best actress." in lines
    assert not any("family was filmed" in line or "farmers were filmed" in line for line in lines)


def test_first_time_keeps_its_span() -> None:
    # "fell for the first time" alone says it never fell before: the span stays, or the line is not said
    lines = told("The number of people on the waiting list in the Ostrel region fell for the first time in three years"
                 " in August, to 41,300, figures published on Thursday showed.")
    assert not any(line.rstrip(".").endswith("for the first time") for line in lines)


def test_opening_place_and_day_told_after_the_claim() -> None:
    # a long sentence used to lose its opening "At ... on Thursday," whole: where and when a judge spoke are news
    lines = told("At Dunmore Crown Court on Thursday, Judge Ann Rowe said the firm had put the interests of its"
                 " owners above the safety of its workers.")
    assert lines[-1] == "This was at Dunmore Crown Court on Thursday."
    assert lines[0].startswith("Judge Ann Rowe said the firm had put the interests of its owners")
    # no name, number or day in the phrase: nothing to keep, the phrase goes as before
    lines = told("At the same time, the firm said it would close two of its older plants and move the work to its"
                 " newest site in the north.")
    assert not any(line.startswith("This was at the same time") for line in lines)


def test_put_before_is_no_time() -> None:
    # "put A before B" ranks A first: "This was before the safety of its workers." was no sentence about a time
    lines = told("At Dunmore Crown Court on Thursday, Judge Ann Rowe said the firm had put the interests of its owners"
                 " before the safety of its workers.")
    assert not any(line.startswith("This was before") for line in lines)
    assert "This was at Dunmore Crown Court on Thursday." in lines
    # a "before" with a clause of its own is still a time
    lines = told("The crew put the last of the sandbags in place along the river bank before the storm reached the"
                 " town on Friday night.")
    assert "This was before the storm reached the town on Friday night." in lines


def test_speakers_act_after_says_stays_present() -> None:
    from briefing.writers.lead_tails import speaker_then_tail

    assert speaker_then_tail("The Nova will go on sale on 14 November for £329, the company says, promising a larger"
                             " screen") == ["The Nova will go on sale on 14 November for £329, the company says.",
                                            "The company promises a larger screen."]
    assert speaker_then_tail("The Nova will go on sale on 14 November for £329, the company said on Tuesday, promising"
                             " a larger screen") == [
        "The Nova will go on sale on 14 November for £329, the company said on Tuesday.",
        "The company promised a larger screen."]


def test_put_out_before_leaving_is_a_time() -> None:
    # "put out the flames ... before leaving": a phrasal "put out" and an "-ing" act after "before" are a time
    lines = told("The guard stopped the train, rang the alarm and tried to put out the fire with a small extinguisher"
                 " before leaving the cab.")
    assert lines[-1] == "Then the guard left the cab."


def test_place_line_never_before_another_this_was() -> None:
    from briefing.finished_lines import place_then_this

    lines = ["The doctors asked the board to think again about its plan.", "This was in a May 3 letter.",
             "This was despite the deaths of two patients."]
    # "This was despite ..." right after the letter would point at the letter
    assert place_then_this(lines) == [lines[0], lines[2]]
    assert place_then_this(lines[:2]) == lines[:2]

"""Length without broken lines: what the planner says when a sentence the rewrite gave nothing for sits
between a line and the one that leans on it."""
from __future__ import annotations

from briefing.models import Article
from briefing.writers.plain import draft_article
from briefing.writers.voices import named_speaker, person_of
from briefing.writers.selection import Draft, Line, select_lines


def _draft(lines: list[Line]) -> Draft:
    return Draft(Article("A test", "\n\n".join(ln.text for ln in lines)), [], lines)


def test_a_line_leaning_on_a_sentence_that_gave_nothing_is_not_said() -> None:
    lines = [Line("Forecasters expect rain on Friday.", 0, 0, 1),
             # group 2: an article sentence the rewrite gave no line for names the woman "she" means
             Line("She said she took her dog and drove away.", 1, 0, 3, after_new_person=True),
             Line("The council opened two shelters in the town.", 2, 0, 4)]
    said = [ln.text for ln in select_lines(_draft(lines), 200)]
    assert "She said she took her dog and drove away." not in said
    assert "The council opened two shelters in the town." in said


def test_a_line_leaning_on_the_sentence_right_before_it_is_said() -> None:
    lines = [Line("Forecasters expect rain on Friday.", 0, 0, 1),
             Line("This could help the crews.", 0, 0, 2)]
    assert [ln.text for ln in select_lines(_draft(lines), 200)] == [ln.text for ln in lines]


def test_the_one_person_of_a_lost_sentence_names_the_she_said_after_it() -> None:
    lost = "For Maria Tennant, 68, who has lived in Stone Harbor for 30 years, the order came at dawn."
    assert person_of(lost) == "Maria Tennant"  # "in Stone Harbor" is a place
    assert named_speaker("She said she took her dog.", person_of(lost), {}) == "Maria Tennant said she took her dog."
    # the article calls Tennant "he": the line is left as it is (and, leaning, is not said)
    assert named_speaker("She said she took her dog.", "Maria Tennant", {"Tennant": "he"}) == "She said she took her dog."
    assert person_of("Sam Ortiz met Lena Pike at the fair.") is None  # two people: whose "he"?


def test_a_quote_after_a_long_attribution_is_told_with_the_speaker_named() -> None:
    body = ("Detective Inspector Carl Brannock, of the Westmarch Police fraud unit, said outside court that the case "
            "had been \"one of the saddest I have seen in my 25 years of service, bar none, anywhere.\" "
            "He added: \"This was a cruel crime against the old and the weak.\"")
    lines = [ln.text for ln in draft_article(Article("Man jailed for fraud", body)).lines]
    assert any(t.startswith("Carl Brannock said") for t in lines), lines


REVIEW = ("I have used the Corvo X2 for three weeks, and I can say whether I would keep it.\n\n"
          "The battery is superb. I finished most days with half of it left, and my old phone never did that.\n\n"
          "The 4,000mAh cell is one of the largest I have seen, and the screen is bright in full sun.\n\n"
          "If you take photos at night, look elsewhere.")


def test_a_reviewers_clauses_are_told_one_by_one_and_verdicts_as_opinions() -> None:
    lines = [ln.text for ln in draft_article(Article("Corvo X2 review", REVIEW)).lines]
    assert "The writer has used the Corvo X2 for three weeks." in lines
    assert "The writer said the battery is great." in lines  # an opinion, told as the reviewer's
    assert "The screen is bright in full sun." in lines  # the clause without "I" is said on its own
    assert not any("largest" in t for t in lines)  # "the largest I have seen" cannot be told plainly
    # advice to the listener is the reviewer's, not the show's
    assert "The writer said to look elsewhere if you take photos at night." in lines


def test_a_reviewers_advice_too_long_to_retell_is_named_after_it_is_said() -> None:
    from briefing.writers.voices import ADVICE_NAMED, as_advice

    long_advice = ("If you take a lot of photos of children, dogs or anything else that will not sit still, "
                   "look elsewhere.")
    assert as_advice(long_advice) == [long_advice, ADVICE_NAMED]
    assert as_advice("If you hate noise, do not buy it.") == ["The writer said not to buy it if you hate noise."]
    assert as_advice("If it rains, the match stops.") == ["If it rains, the match stops."]  # no advice to "you"
    assert as_advice("If photos matter to you, or you hate clutter, wait for a sale.") == \
        ["The writer said to wait for a sale if photos matter to you, or you hate clutter."]


def test_an_article_without_a_first_person_writer_states_its_facts() -> None:
    body = "The battery is great, the company said. The bridge is weak, engineers said on Monday."
    lines = [ln.text for ln in draft_article(Article("Bridge report", body)).lines]
    assert not any(t.startswith("The writer") for t in lines)


def test_a_line_that_only_opens_with_but_may_follow_a_lost_sentence() -> None:
    lines = [Line("The home team had looked beaten at half-time.", 0, 0, 1),
             Line("But manager Ann Lee made a double change at the break.", 1, 0, 3)]
    assert [ln.text for ln in select_lines(_draft(lines), 200)] == [ln.text for ln in lines]


def test_a_he_after_a_lost_sentence_that_named_no_one_new_means_the_story_s_person() -> None:
    lines = [Line("Coach Ana Ruiz joined the club on Tuesday.", 0, 0, 1),
             Line("His first match will be away on Saturday.", 1, 0, 3)]  # group 2 gave no line, named no one
    assert len(select_lines(_draft(lines), 200)) == 2
    lines[1].after_new_person = True  # group 2 named someone new: "his" may be theirs
    assert len(select_lines(_draft(lines), 200)) == 1


def test_an_obituary_whose_long_lead_is_lost_names_the_person_in_her_age() -> None:
    assert named_speaker("She was 88.", "Edda Marsh", {"Marsh": "she"}) == "Edda Marsh was 88."
    assert named_speaker("She thinks so.", "Edda Marsh", {}) == "She thinks so."  # only a few plain verbs

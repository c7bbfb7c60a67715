""""Words in this story" teaches the uncommon words a story leans on when the script is well under the line of
common words anyway, and plain swaps say "welcomed the decision" and "impose a tariff" in common words without
changing who did what. All texts are invented."""
from __future__ import annotations

from briefing.plain_english import rewrite
from briefing.vocabulary import glossary_entries
from briefing.writers.plain import proper_names
from briefing.writers.word_list import pick_glossary


def plain(sentence: str) -> list[str]:
    return rewrite(sentence, proper_names(sentence))


def taught(*stories: list[str]) -> list[str]:
    return [e.word for e in pick_glossary(list(stories), also_said=[])]


# a story full of uncommon words: far under the line of common words whatever the word list teaches
HARD_STORY = ["Tenants in Parlow said their landlords had ignored mould and broken boilers for years.",
              "The tenants took the landlords to court, and a jury found them negligent.",
              "The tenants' lawyer said the verdict should warn other landlords.",
              "Housing inspectors had visited the flats more than forty times, the court heard.",
              "The city government said it would hire more inspectors next year."]

# a story of common words with a few uncommon ones: the script is near the line of common words
NEAR_STORY = ["The city council said on Monday that it would build a new school near the river.",
              "The school will have room for 600 children and will open next year.",
              "Parents said they were happy with the plan, but some asked for a new road too.",
              "The council said the work would cost about 12 million dollars.",
              "A few tenants of the old houses on the site will move to new homes nearby.",
              "The mayor said the school was the most important project of her time in office.",
              "Two landlords said the tenants would get help with the rents.",
              "The landlords said the tenants could stay until March."]


def test_a_story_well_under_the_line_teaches_the_uncommon_words_it_leans_on() -> None:
    words = taught(HARD_STORY)
    assert "tenants" in words and "landlords" in words
    assert len(words) >= 3  # the format's three words at least, the rest still the story's harder common words


def test_a_story_near_the_line_keeps_its_word_list_of_common_words() -> None:
    words = taught(NEAR_STORY)
    # teaching them would say more uncommon words in a script a few swaps could still bring over the line
    assert "tenants" not in words and "landlords" not in words
    assert len(words) >= 3


def test_the_word_list_under_the_line_teaches_a_word_and_its_plural_once() -> None:
    words = taught(HARD_STORY + ["One tenant said the landlord never answered her letters."])
    assert not ({"tenant", "tenants"} <= set(words))
    assert not ({"landlord", "landlords"} <= set(words))


def test_escalation_has_a_plain_meaning() -> None:
    meanings = [e.meaning for e in glossary_entries()["escalation"]]
    assert meanings == ["when a fight or a problem gets bigger and more serious"]


def test_welcomed_a_decision_is_praise_of_it() -> None:
    assert plain("Farm groups welcomed the decision on Tuesday.") == ["Farm groups praised the decision on Tuesday."]
    # under "said she" the welcome is told as the feeling it shows (figures14: "said she praised" reports a report)
    assert "said she was happy with the plan" in " ".join(plain("The mayor said she welcomed the plan."))


def test_welcomed_people_are_not_praised() -> None:
    for sentence in ("The city welcomed 2,000 visitors last year.", "The couple welcomed a baby girl in May.",
                     "The school welcomed the new pupils on Monday."):
        assert "praised" not in " ".join(plain(sentence)), sentence


def test_a_tariff_imposed_is_brought_in() -> None:
    assert plain("Marland will impose a 20% tariff on cars from Ostrava.") == \
        ["Marland will bring in a 20% tariff on cars from Ostrava."]
    assert "brings in a tax on sugar" in " ".join(plain("The plan imposes a tax on sugar from next year."))


def test_imposed_and_imposing_stay() -> None:
    assert "imposed" in " ".join(plain("The court imposed a fine of 5,000 dollars on the company."))
    assert "imposing" in " ".join(plain("The old bank is an imposing building on the main square."))


def test_a_court_that_imposes_a_fine_or_a_sentence_keeps_the_word() -> None:
    for sentence in ("The judge could impose a fine of up to 10,000 dollars.",
                     "The court may impose a prison sentence of two years.",
                     "The law lets judges impose fines on drivers who use a phone."):
        assert "bring in" not in " ".join(plain(sentence)), sentence


def test_a_short_stance_before_but_warned_keeps_the_warning() -> None:
    # "it praised the plan" (19 letters) was too short to be cut from the warning after it, and the whole line,
    # too long, lost the warning
    lines = plain("The largest bus operator, Pellam Buses, said it praised the plan but warned that a cap which "
                  "lasted only a year could do more harm than good.")
    assert any("warned that a cap which lasted only a year could do more harm than good" in ln for ln in lines), lines
    assert any(ln.startswith("Pellam Buses said it praised the plan") for ln in lines), lines


def test_a_line_with_the_other_number_of_a_taught_word_carries_the_topic() -> None:
    import datetime as dt

    from briefing.models import Script, Segment
    from briefing.writers.ease import carries_the_topic, taught_words
    from briefing.writers.word_list import glossary_segment

    entries = [e for e in glossary_entries()["tenants"]]
    words = glossary_segment(entries)
    assert words is not None
    story = Segment("story", "Test", ["A tenant in Parlow sent photographs of the mould to the council."])
    taught = taught_words(Script("Test", "Show", dt.date(2021, 7, 5), [story, words]))
    # the words pass must not trade this line away: it is about the tenants the script teaches
    assert carries_the_topic(story.sentences[0], taught)

"""Session 16 (team16): the general causes the thirteenth hold-out set showed, each with invented sentences."""
from __future__ import annotations

import textwrap

import briefing.grammar  # noqa: F401 (loads the grammar modules in their usual order)
from briefing.checks import names_in
from briefing.clean import clean_page_text
from briefing.clean_wrap import unwrap, wrap_width
from briefing.headline_grammar import headline_passive
from briefing.models import Article
from briefing.noun_pieces import noun_phrase_only, noun_then_had, shares_the_modal
from briefing.plain_english import rewrite
from briefing.sentences import speaker_again, split_sentences
from briefing.writers.plain import draft_article
from briefing.writers.titles import proper_names

PARAGRAPHS = [
    "The Lantern Fair in Oldmere has been called off three days before it was due to open, leaving about 9,000"
    " ticket holders waiting for refunds and many stall holders with food they cannot sell.",
    "Organisers Brightside Shows said on Monday that the fair, which was due to start on Friday on the town"
    " green, could not go ahead because high winds were forecast for the weekend.",
    "Refunds will be paid to people who bought tickets on the fair's own website within ten days, the company"
    " said. People who bought tickets from other sites must ask the site they used for their money back.",
    "Stall holders said the late decision would cost them a great deal of money, and several said they had"
    " heard the news from their customers rather than from the organisers.",
]


def _newsletter(width: int = 64) -> str:
    lines = ["View this email in your browser", "", "THE OLDMERE MORNING NOTE", "Monday 2 March | Issue 77", "",
             "In today's edition:", "* Lantern Fair called off", "* Road works on the bypass", "", "-" * 36, "",
             "Lantern Fair called off as high winds forecast for the weekend", "", "By Ada Pole, Features Writer", ""]
    for p in PARAGRAPHS:
        lines += textwrap.wrap(p, width) + [""]
    lines += ["-" * 36, "", "ALSO TODAY", "",
              *textwrap.wrap("Road works: the council will close one lane of the Oldmere bypass for two weeks from"
                             " Monday while the surface is replaced, and drivers are told to expect delays.", width),
              "", "Forwarded this email? Sign up here.", "Unsubscribe | Update your preferences"]
    return "\n".join(lines) + "\n"


def test_a_hard_wrapped_copy_is_read_as_whole_paragraphs() -> None:
    text = _newsletter()
    assert wrap_width(text.split("\n")) is not None
    joined = unwrap(text.split("\n"))
    assert PARAGRAPHS[0] in joined and PARAGRAPHS[2] in joined
    assert "* Lantern Fair called off" in joined  # a bullet is never joined to the line above
    assert "By Ada Pole, Features Writer" in joined  # nor a short line


def test_a_wrapped_newsletter_gives_its_story_and_not_the_next_item() -> None:
    article = clean_page_text(_newsletter(), source="note.txt")
    assert article.title == "Lantern Fair called off as high winds forecast for the weekend"
    assert article.body.split("\n\n") == PARAGRAPHS
    assert "bypass" not in article.body and "Unsubscribe" not in article.body


def test_a_copy_with_one_line_paragraphs_is_not_unwrapped() -> None:
    lines = ["Menu", "News", "Sport", "Lantern Fair called off", *PARAGRAPHS, "Share this article", "Most read"]
    assert wrap_width(lines) is None
    assert unwrap(lines) == lines


def test_a_second_noun_after_and_or_a_comma_is_no_line_of_its_own() -> None:
    assert noun_phrase_only("the legal costs of the move")
    assert noun_phrase_only("the price set by the owners")
    assert noun_phrase_only("a blue knitted hat and black walking boots")
    assert not noun_phrase_only("the council approved the plan")
    assert not noun_phrase_only("the police arrested two men")
    assert not noun_phrase_only("the annual fees rose")
    assert not noun_phrase_only("the music takes over")
    assert not noun_phrase_only("a resident suffered burns to his hands")
    for sentence in ["The money raised will pay for the roof and the legal costs of the move.",
                     "The club launched an appeal in May with a target of £90,000, the price set by the owners.",
                     "He was last seen wearing a green coat, a blue knitted hat and black walking boots."]:
        lines = rewrite(sentence, set())
        assert not any(line.startswith(("The legal", "The price", "A blue")) for line in lines), lines


def test_a_who_aside_is_never_cut_inside_a_number() -> None:
    text = ("Local traders said the late change would cost them thousands of pounds. Tula Mendes, who runs a soup"
            " stall and had ordered 4,000 bread rolls and 300 kilograms of vegetables for the weekend, said she had"
            " heard the news from customers, not from the organisers.")
    lines = [ln.text for ln in draft_article(Article("Market called off", text, source="x")).lines]
    assert not any(line.endswith("ordered 4.") for line in lines), lines


def test_a_name_with_an_accent_is_a_name() -> None:
    text = "Police are searching for Pierre Gagné, 41. Police said Gagné was wearing a red jacket. The Dáil met."
    assert {"Gagné", "Dáil"} <= proper_names(text)
    assert "Gagné" in names_in(text)
    lines = [ln.text for ln in draft_article(Article("Search for man", text, source="x")).lines]
    assert not any("gagné" in line for line in lines), lines


def test_a_canadian_constable_title_does_not_end_a_sentence() -> None:
    parts = split_sentences('"Do not go near him," Const. Mia Roy told reporters. Cst. Ben Lau said the same.')
    assert parts == ['"Do not go near him," Const. Mia Roy told reporters.', "Cst. Ben Lau said the same."]


def test_and_had_after_a_time_noun_is_the_main_clause_verb() -> None:
    assert noun_then_had("her arrest and had no plans to return")
    assert not noun_then_had("the fire spread and had reached the roof")
    lines = rewrite("The charity she worked for, Helpwell, said it had stopped its work in the country after her"
                    " arrest and had no plans to go back.", {"Helpwell"})
    assert not any(line.startswith("This was after her arrest and") for line in lines), lines


def test_a_which_after_an_of_them_aside_is_the_aside_noun() -> None:
    lines = rewrite("By noon, rescuers said 17 people had been lifted from the lake, most of them from the ferry, which"
                    " had run aground on a rock.", set())
    assert not any(line.startswith("This lake") for line in lines), lines


def test_a_name_that_opens_with_an_keeps_it() -> None:
    assert speaker_again("An Garda") == "An Garda"
    lines = rewrite("An Post said it was supporting the staff and their families and that the Dunrath branch would"
                    " reopen on Friday.", {"An", "Post", "Dunrath"})
    assert lines and all(line.startswith("An Post said") for line in lines), lines


def test_the_last_of_a_modal_s_verbs_is_not_told_alone() -> None:
    assert shares_the_modal("people should take their tablets, carry an inhaler", "stay indoors")
    assert not shares_the_modal("the council closed the road", "police guarded the bridge")
    assert not shares_the_modal("the firm would close the old plant in May", "move its workers")
    lines = rewrite("Dr Ana Ruiz said people with hay fever should take their tablets every day, carry an inhaler,"
                    " and stay indoors with the windows shut from the time the storm arrives until the rain has"
                    " passed.", {"Ana", "Ruiz"})
    assert not any(" said stay" in line or line.endswith("carry an inhaler.") for line in lines), lines


def test_a_headline_participle_before_the_verb_describes_its_noun() -> None:
    assert headline_passive("Sailor freed after nine months in jail returns home") \
        == "Sailor freed after nine months in jail returns home"
    assert headline_passive("Officer injured in attack") == "An officer was injured in attack."
    assert headline_passive("Man cleared of murder") == "A man was cleared of murder."

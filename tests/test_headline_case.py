"""Capitals in what the listener reads as one sentence: a Title Case headline said in sentence case, and
the first word after "We heard that" lowered as the article itself writes it. All texts are invented."""
from __future__ import annotations

from briefing.models import Article
from briefing.writers.plain import draft_article
from briefing.writers.titles import sentence_case as _sentence_case
from briefing.writers.recap import _lowered, lower_first_word

BODY = ("Scientists at the Norvale Institute built a model of the sky. It took the team two years, and the "
        "Wild, the town's hockey club, paid for part of it. The former NASA engineer Ana Berg led the work.")


def test_title_case_words_the_body_never_capitalises_are_lowered() -> None:
    title = "Physicists Just Created the Most Detailed Model of the Sky in History"
    assert _sentence_case(title, BODY) == "Physicists just created the most detailed model of the sky in history"


def test_names_acronyms_and_a_new_sentence_keep_their_capitals() -> None:
    title = "NASA Veteran Ana Berg Helps the Wild Build a Sky Model: Here Is How"
    said = _sentence_case(title, BODY)
    assert said.startswith("NASA veteran Ana Berg helps the Wild build a sky model: Here")
    assert _sentence_case("Physicists built a model of the sky", BODY) == "Physicists built a model of the sky"


def test_a_name_with_a_figure_is_never_lowered() -> None:
    assert lower_first_word("Kesra-4b gets little light.", set(), {"Kesra-4b"}) == "Kesra-4b gets little light."


def test_a_first_word_the_article_writes_in_lower_case_is_lowered() -> None:
    draft = draft_article(Article("Envoy leaves", "Former U.S. envoy Ana Berg left Norvale on Monday.\n\n"
                                  "The talks ended when the former U.S. envoy went home."))
    assert _lowered("Former U.S. envoy Ana Berg left Norvale on Monday.", draft) == \
        "former U.S. envoy Ana Berg left Norvale on Monday."

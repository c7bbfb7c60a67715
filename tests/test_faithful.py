"""Faithfulness: a rewritten sentence never says something the article does not say.

Each test gives an invented news sentence and what the writer may say for it. The classes: a word dropped
after a negation or a negative word (the sentence would say the opposite), a word that names the kind of
thing, a dropped condition, a participle told as a finished act, a claim given to the wrong speaker, a
plain-word swap in the wrong sense.
"""
from __future__ import annotations

import re

import pytest

from briefing.faithful import is_privative, may_drop_adjective, may_drop_adverb, negated
from briefing.plain_english import rewrite, simplify_words


def said(sentence: str, names: set[str] | None = None) -> list[str]:
    return rewrite(sentence, names or set())


# --- 1. words that look like colour but carry the fact -------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    ('"This was not a victimless crime," the detective said.', "victimless"),
    ("The judge said it was not a victimless crime.", "victimless"),
    ("Police shot an unarmed teenager on Friday.", "unarmed"),
    ("There is no credible evidence for the claim.", "credible"),
    ("The density is about 480 kilograms per cubic meter.", "cubic"),
    ("Doctors confirmed a case of bubonic plague in the province.", "bubonic"),
    ("The jury awarded $2 million in punitive damages.", "punitive"),
    ("She received an honorary doctorate from the university.", "honorary"),
    ("The explosion was of cosmic proportions.", "cosmic"),
    ("The company falsely claimed the water was safe.", "falsely"),
    ("The firm supposedly paid the workers in cash.", "supposedly"),
    ("Prices scarcely changed in the first quarter.", "changed"),
])
def test_a_word_that_carries_the_fact_is_never_dropped(sentence: str, kept: str) -> None:
    assert kept in " ".join(said(sentence))


def test_an_evaluative_adjective_still_goes() -> None:
    # "raucous" only colours the fact; the rule that drops it stays where it is safe
    assert may_drop_adjective("raucous", "The premier faced a")
    assert simplify_words("The premier faced a raucous crowd.") in ("The premier faced a crowd.",
                                                                   "The premier faced a loud crowd.")


@pytest.mark.parametrize("word", ["victimless", "unarmed", "nonviolent", "illegal", "impossible", "irregular",
                                  "disloyal", "misleading", "falsely", "wrongly", "smoke-free"])
def test_negative_words_are_privative(word: str) -> None:
    assert is_privative(word)


def test_a_negation_reaches_over_its_noun_phrase_but_not_past_a_comma() -> None:
    assert negated("This was not a")
    assert negated("They found no")
    assert negated("He left without a")
    assert not negated("It was not cold, and a")
    assert not negated("The mayor praised a")


def test_adverbs_that_hedge_or_deny_stay() -> None:
    for word in ("allegedly", "supposedly", "ostensibly", "falsely", "illegally", "scarcely", "knowingly"):
        assert not may_drop_adverb(word, "The firm")
    assert not may_drop_adverb("entirely", "The claim was not")
    assert may_drop_adverb("sheepishly", "The minister")


def test_no_script_line_says_a_negated_sentence_without_its_adjective() -> None:
    # every "not a/no <adjective> <noun>" of the article reaches the script with its adjective, or not at all
    sentences = [
        "The prosecutor said this was not a victimless crime.",
        "Officials said there was no credible threat to the school.",
        "The report found no structural damage to the bridge.",
        "It was not an accidental fire, investigators said.",
    ]
    for sentence in sentences:
        adjective = re.search(r"\b(?:not an?|no) (\w+) \w+", sentence).group(1)
        for line in said(sentence):
            if re.search(r"\b(?:not|no)\b", line):
                assert adjective in line, (sentence, line)

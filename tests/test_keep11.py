"""Sentences of long articles said, not lost (helper keep11): a quote's "I" before a present verb the word lists
do not know. All sentences are invented."""
from __future__ import annotations

from briefing.reported import paraphrase_quote, plain_present, report


def test_a_quotes_i_before_an_unlisted_present_verb_is_reported() -> None:
    assert report("I hear it from farmers every week", "she", "Marlow") == "She hears it from farmers every week"
    assert paraphrase_quote('"I understand their anger," Marlow said.', set(), {"Marlow": "she"}) \
        == "Marlow said she understands their anger."


def test_only_a_plain_word_with_verb_forms_counts_as_a_present_verb() -> None:
    assert plain_present("hear") and plain_present("understand")
    for word in ("only", "the", "hearing", "quickly", "walked", "news"):
        assert not plain_present(word)
    assert report("I only want a fair deal", "he", "Ross") is None  # "only" is no verb: left out, not guessed


def test_the_writers_my_is_told_as_the_writers() -> None:
    from briefing.plain_english import rewrite
    assert rewrite("My heating bill doubled in 2023.", set()) == ["The writer's heating bill doubled in 2023."]
    assert rewrite("My Little Harbour Cafe opened in 2023 on the quay.", {"Little", "Harbour", "Cafe"}) == []  # a name
    assert rewrite("My sister says I should sell the flat.", set()) == []  # two of the writer's words: left out
    # "him" is someone the writer told of before; "My worry is, ..." frames a clause a cut would lose
    assert not any("writer" in line for line in rewrite("My brother phoned him the next day, but the builder would "
                                                        "not listen.", set()))
    assert rewrite("My worry is, the boiler is old, while the winter is long.", set()) == []


def test_which_means_after_a_day_is_about_the_whole_clause() -> None:
    from briefing.plain_english import rewrite
    said = rewrite("The coast road will close for three weeks from Tuesday, which means lorries will use the "
                   "longer route past the school.", {"Tuesday"})
    assert said == ["The coast road will close for three weeks from Tuesday.",
                    "This means lorries will use the longer route past the school."]


def test_a_caveat_after_which_means_keeps_its_cannot() -> None:
    from briefing.plain_english import rewrite
    said = rewrite("The authors stressed that the survey was small, which means it can show a pattern among "
                   "nurses in the county but cannot prove that the new shifts are the reason.", set())
    assert said == ["The authors stressed that the survey was small.",
                    "This means it can show a pattern among nurses in the county.",
                    "But it cannot prove that the new shifts are the reason."]
    short = rewrite("The survey was small, which means it can show a pattern but cannot prove a cause.", set())
    assert short[-1] == "But it cannot prove a cause."  # never "This means it can show a pattern." alone


def test_cannot_is_a_verb() -> None:
    from briefing.clauses import is_sentence
    assert is_sentence("Families cannot return to the estate.")


def test_an_unlisted_verb_after_i_needs_the_speakers_he_or_she() -> None:
    # "Lee said Lee finds ..." is no help to a listener: with no pronoun known the quote is left out
    assert report("I find the figures reasonable", None, "Lee") is None


def test_a_second_relative_clause_after_and_that_is_no_second_report() -> None:
    from briefing.plain_english import rewrite
    said = rewrite("The row is the latest over pre-installed software, the apps that phone makers put on their "
                   "devices before they are sold and that buyers often cannot remove.", set())
    assert not any(line.startswith("Buyers often cannot remove") for line in said)
    two = rewrite("The mayor said that the bridge would open again in May and that the buses would run again from "
                  "June.", set())
    assert two == ["The mayor said that the bridge would open again in May.",
                   "The mayor said the buses would run again from June."]


def test_a_quote_after_a_job_and_a_name_has_its_speaker() -> None:
    from briefing.plain_english import normalise, rewrite, split_sentences
    from briefing.quote_turns import attribute_quotes
    paragraph = ('Its head of research, Dr Ann Morrow, said: "We know that sleep matters. Regular bedtimes and a dark '
                 'room are things families can try tonight."')
    said, _ = attribute_quotes(split_sentences(normalise(paragraph)), None)
    assert said[-1] == '"Regular bedtimes and a dark room are things families can try tonight," Morrow said.'
    one, _ = attribute_quotes(['Its chief nurse, Dr Ann Morrow, said: "The ward will reopen on Monday."'], None)
    assert rewrite(one[0], {"Ann", "Morrow", "Dr"}) == ["Dr Ann Morrow said the ward will open again on Monday."]
    timed = ['In May, Ann Morrow said: "The ward will reopen on Monday."']
    assert attribute_quotes(timed, None)[0] == timed  # an opening time stays with its sentence


def test_a_job_before_the_name_after_a_quote_is_left_out() -> None:
    said = paraphrase_quote('"This was a very hard week for the crews," the service\'s chief officer, Ruth Alder, said.',
                            {"Ruth", "Alder"})
    assert said == "Ruth Alder said this was a very hard week for the crews."


def test_and_that_after_a_relative_with_its_own_verb_or_after_a_report_still_cuts() -> None:
    from briefing.plain_english import rewrite
    said = rewrite("Ana Ruiz of the Green Party has been elected mayor of Dunmore, beating the sitting mayor by 812 "
                   "votes in a result that few had predicted and that ends 16 years of Labour control of the post.",
                   {"Ana", "Ruiz", "Green", "Party", "Dunmore", "Labour"})
    assert said[-1] == "This result ends 16 years of Labour control of the post."
    told = rewrite("Parents replied that free lunches remove the shame that some pupils feel when they queue for "
                   "help, and that they save the school time on forms.", set())
    assert len(told) == 2 and told[1].endswith("save the school time on forms.")

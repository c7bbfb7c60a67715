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
    ("The explosion was of cosmic proportions.", "huge"),  # the set phrase is said plainly, never "of proportions"
    ("The company falsely claimed the water was safe.", "falsely"),
    ("The firm supposedly paid the workers in cash.", "supposedly"),
    ("Prices scarcely changed in the first quarter.", "changed"),
])
def test_a_word_that_carries_the_fact_is_never_dropped(sentence: str, kept: str) -> None:
    assert kept in " ".join(said(sentence))


def test_no_uncommon_adjective_is_dropped_now() -> None:
    # no ending tells a colour word ("raucous") from one that carries the fact ("autonomous vehicles",
    # "hazardous waste", "bullish investors"): an uncommon adjective is swapped for a plain one or kept
    assert not may_drop_adjective("raucous", "The premier faced a")
    assert not may_drop_adjective("hazardous", "Trucks carried")
    assert "autonomous vehicles" in simplify_words("Engineers tested autonomous vehicles on the bridge.")


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


# --- 2. a condition or a restriction is never cut off ---------------------------------------------------

def test_an_opening_condition_stays_with_the_fact() -> None:
    out = said("If the measure passes, the first new buses would run next spring, starting with the routes that "
               "serve the hospital and the two largest schools in the district.")
    assert out and out[0].startswith("If the measure passes, ")
    assert not any(re.search(r"\bstarted\b", line) for line in out)  # a plan is never told as done


def test_a_condition_with_two_choices_keeps_both() -> None:
    out = said("If the vote of no confidence succeeds, the governor would have to either resign or ask the "
               "assembly speaker to dissolve the chamber and call an early election, the fourth in six years.")
    assert out and ("If the vote" in out[0] or "depends on whether the vote" in " ".join(out[:2]))
    assert not any(re.match(r"The governor would call an early election", line) for line in out)
    for line in out:
        assert "either" not in line or re.search(r"\beither\b.*\bor\b", line)


def test_either_without_its_or_is_not_said() -> None:
    out = said("Farmers can either sell the cattle now, while prices are still high, or they can wait for rain "
               "and hope the grass comes back before winter.")
    for line in out:
        assert "either" not in line or re.search(r"\beither\b.*\bor\b", line)


def test_a_time_that_restricts_the_fact_is_not_cut_off() -> None:
    out = said("The council has opened 12 warming shelters in churches and schools, which will stay open until "
               "7 a.m. while the cold weather alert is in force.")
    assert not any(re.search(r"until 7 a\.m\.$", line) for line in out)
    assert not any(line.startswith("The cold weather alert is in force") for line in out)


def test_a_noun_phrase_is_not_cut_after_its_participle() -> None:
    out = said("During the outbreak, the clinic is also offering a free dose to children under five and a dose "
               "to adults born after 1970 who have no record of a second shot.")
    assert not any(line.endswith(" born.") for line in out)


def test_a_figure_is_not_cut_off_its_verb() -> None:
    out = said("A survey by Northgate Polling published on Monday put the Green Union on 41%, the Labour Front "
               "on 30% and the Farmers' League on 9%.")
    assert not any(line.endswith("put the Green Union.") for line in out)


def test_a_report_is_not_cut_before_its_verb() -> None:
    out = said("The jury heard that between 2015 and 2021 Marsh, who was paid about £80,000 a year, signed 300 "
               "invoices from the trust to two firms that he secretly owned, calling them fees for advice.")
    assert "The jury heard that between 2015 and 2021 Marsh." not in out


# --- 3. a claim keeps its speaker -------------------------------------------------------------------------

def test_a_participle_belongs_to_the_nearest_subject() -> None:
    out = said("Officials in three states said they were also looking into the leak, and a law firm in Denver "
               "filed a class-action lawsuit on Monday on behalf of customers, seeking damages of $200 million.")
    assert not any(re.match(r"Officials said they sought", line) for line in out)


def test_what_people_assume_is_not_the_speakers_claim() -> None:
    out = said('"People assume the app is part of the phone, like the camera, and that it would never sell their '
               'data," said Nora Vance, a researcher at the Open Data Trust in Boston.', {"Nora", "Vance"})
    assert not any(re.match(r"(?:Nora )?Vance said it would never sell", line) for line in out)


def test_a_pronoun_keeps_the_speakers_gender() -> None:
    out = said('"She stood on a stage in Marlow, in a yellow coat, and told the workers: we will keep this plant '
               'open, whatever happens," he said.')
    assert not any(line.startswith("He told the workers") for line in out)


def test_a_speakers_promise_is_not_told_as_fact() -> None:
    out = said("Its chief executive, Paula Grant, said the firm had offered a rise of 4% over two years, including "
               "a one-off bonus of £500, and that weekend shifts would be shared fairly and paid at a higher rate.",
               {"Paula", "Grant"})
    assert not any(line.startswith(("Weekend shifts would", "They paid")) for line in out)


def test_a_writers_own_clause_after_a_report_stays() -> None:
    # "..., and officials urged ...": a new subject after ", and" is the writer's fact, not the agency's claim
    out = said("The weather service has warned that more snow is expected on Friday, and officials urged drivers "
               "not to travel until the roads had been cleared.")
    assert any(line.startswith("Officials") for line in out)


# --- 4. a plain word in the sense the article meant --------------------------------------------------------

@pytest.mark.parametrize("sentence, kept", [
    ("The probe reached the comet in March after a long flight.", "probe"),
    ("Engineers will give live demonstrations of the new tractor at the fair.", "demonstrations"),
    ("Carers said families waited longer for respite care.", "respite care"),
])
def test_a_word_with_two_senses_is_not_swapped_for_the_wrong_one(sentence: str, kept: str) -> None:
    assert kept in " ".join(said(sentence))


def test_the_verb_probe_is_still_made_plain() -> None:
    assert said("Investigators will probe the cause of the crash.") == [
        "Investigators will look into the cause of the crash."]


def test_the_word_list_teaches_only_words_the_article_uses() -> None:
    from briefing.writers.word_list import in_article

    article = "The pandemic closed schools. Protesters gathered outside the ministry on Monday."
    assert not in_article("crisis", article)  # from the writer's swap "pandemic" -> "world health crisis"
    assert in_article("protest", article) and in_article("schools", article)


def test_a_swapped_in_word_is_not_in_the_words_list() -> None:
    import datetime as dt

    from briefing.config import Settings
    from briefing.models import Article
    from briefing.script import write_script

    body = ("The pandemic closed every school in the valley for six weeks, the regional council said on Monday. "
            "Teachers in the valley said the pandemic had hurt younger pupils most. "
            "The council said the pandemic had cost the valley about $4 million in lost trade. "
            "Parents said the pandemic made them worry about their children's reading.")
    script = write_script([Article(title="Valley schools reopen after six weeks", body=body)], settings=Settings(),
                          date=dt.date(2021, 7, 5))
    taught = [s for seg in script.segments if seg.kind == "glossary" for s in seg.sentences]
    assert not any('"crisis"' in s or '"health"' in s for s in taught)


def test_what_an_event_means_is_not_said_by_its_subject() -> None:
    out = said("Exports, meanwhile, rose 4.2% in the year to March, meaning that trade has now grown faster than "
               "imports for six months in a row.")
    assert not any(line.startswith("Exports meant") for line in out)


@pytest.mark.xfail(strict=False, reason="the report rule (clauses._reported) keeps the claim's main clause and leaves"
                   " the writer's ', as ...' clause out: content lost, nothing unfaithful said")
def test_a_writers_time_clause_after_a_report_stays() -> None:
    out = said("Mayor Ruth Calder told a crowded meeting of the council on Monday that her team would fight every "
               "vote on the budget, as a row over the closed ferry route threatened to split her coalition.",
               {"Ruth", "Calder"})
    assert any("ferry" in line for line in out)


# --- 3b. a printed interview: the answers are the interviewee's ----------------------------------------------

INTERVIEW = """\
A conversation with harbour master Ines Varga

Ines Varga, 51, became harbour master of Port Callan in March. Varga spoke with the Coast Gazette at her office on the quay.

Q: The port lost two ferry routes last year. What happened?

A: Because the fuel bill doubled. We can either raise fares now, while we still have passengers, or we can wait until the routes close on their own. I try never to forget that.

Q: You grew up on a fishing boat.

A: It makes it personal. My father still fishes out of this harbour. I am hopeful about the summer.
"""


def test_an_interviews_answers_are_the_interviewees_and_its_labels_are_not_read(tmp_path) -> None:
    import datetime as dt

    from briefing.config import Settings
    from briefing.ingest import read_article
    from briefing.script import write_script

    path = tmp_path / "interview.txt"
    path.write_text(INTERVIEW, encoding="utf-8")
    script = write_script([read_article(str(path))], settings=Settings(), date=dt.date(2021, 7, 5))
    story = [s for seg in script.segments if seg.kind == "story" for s in seg.sentences]
    assert not any(re.match(r"[QA]\s*:", s) for s in story)
    assert not any(re.search(r"\bthe writers?\b", s, re.IGNORECASE) for s in story)
    assert not any(s.startswith("You ") for s in story)
    assert any(s.startswith("Varga said she") for s in story)


def test_a_writers_clause_is_not_given_to_the_speaker() -> None:
    out = said("Officials in three states said they were also looking into the leak, and a law firm in Denver "
               "filed a class-action lawsuit on Monday on behalf of customers, seeking damages of $200 million.")
    assert not any(re.match(r"Officials (?:also )?said a law firm", line) for line in out)
    assert any(line.startswith("A law firm in Denver filed") for line in out)


def test_a_relative_clause_after_a_negation_is_never_cut_off() -> None:
    out = said("The fee is dropped as soon as the bike is returned, so nobody ends up paying for a bike that is "
               "back in the rack.")
    assert not any(line.endswith("paying for a bike.") for line in out)


def test_a_time_to_come_is_not_told_as_past() -> None:
    out = said("The ferry will make its last crossing of the season in October, when it will carry the "
               "island's sheep back to the mainland for the winter.")
    assert not any(re.match(r"This was when .*\bwill\b", line) for line in out)


# --- the same rules on the team articles (tests/fixtures/holdout, holdout2, holdout3) ----------------------

def _either_without_or(phrase: str, text: str) -> bool:
    """The article itself says "either <word>" with no "or" after it ("whether either man had a lawyer")."""
    return any(phrase.lower() in sentence.lower() and not re.search(r"\bor\b", sentence.lower().split(
        phrase.lower(), 1)[1]) for sentence in re.split(r"(?<=[.!?])\s+", text))


def _team_files() -> list[str]:
    from tests.test_holdout import FILES
    return FILES


@pytest.mark.parametrize("name", _team_files())
def test_no_team_script_line_breaks_a_faithfulness_rule(name: str) -> None:
    """Invariants that hold for any article: a negated noun keeps its adjective, "either" keeps its "or",
    no time to come is told as past, no line stops on a word that needs what followed it, and the Words
    list teaches only words the article uses."""
    from briefing.writers.word_list import in_article
    from tests.test_holdout import article, script, story_sentences

    source = article(name)
    text = f"{source.title}\n\n{source.body}".replace("\u2019", "'")
    said_lines = story_sentences(script(name))
    for m in re.finditer(r"\b(not an?|no) ([a-z]{4,}) ([a-z]{3,})\b", text):
        adjective, noun = m.group(2), m.group(3)
        for line in said_lines:
            assert not re.search(rf"\b{m.group(1)} {noun}\b", line) or adjective in line, (line, m.group(0))
    for line in said_lines:
        either = re.search(r"\beither \w+", line, re.IGNORECASE)
        assert not either or re.search(r"\bor\b", line[either.end():]) or _either_without_or(either[0], text), line
        assert not re.match(r"This was (?:when|after|before|during)\b.*\bwill\b", line), line
        assert not re.search(r"\b(?:born|just|than)\.$", line), line
        interview = re.search(r"^\s*A\s*:", text, re.M)
        assert not (interview and re.search(r"\bthe writers?\b", line, re.IGNORECASE)), line
    taught = [m.group(1) for seg in script(name).segments if seg.kind == "glossary" for s in seg.sentences
              for m in [re.match(r'The \w+ word is "(.+)"\.', s)] if m]
    for word in taught:
        assert all(in_article(w, text) for w in word.split()), word


def test_two_groups_are_not_made_one_by_the_plain_words() -> None:
    from briefing.faithful import merges_two_words

    out = said("The rise was below the 2.1% forecast by economists in a Wire poll, analysts said.")
    assert not any(re.search(r"\bexperts\b.*\bexperts\b", line, re.IGNORECASE) for line in out)
    assert merges_two_words("forecast by economists, analysts said", "forecast by experts, experts said")
    assert not merges_two_words("analysts said, and analysts agreed", "experts said, and experts agreed")


def test_a_verb_is_never_dropped_as_an_adjective() -> None:
    # "punish" ends like "sheepish", but it is the verb of its clause
    assert "punish" in " ".join(said("The jury awarded $2 million, a sum meant to punish conduct that a court "
                                     "considers reckless."))


def test_a_said_this_line_leans_on_the_line_before() -> None:
    from briefing.writers.selection import opens_with_reference

    assert opens_with_reference("A study published on Monday in a science journal said this.")
    assert opens_with_reference("The agency said so on Sunday.")
    assert not opens_with_reference("The agency said the road would reopen.")


def test_a_quantity_word_is_not_made_smaller() -> None:
    assert "several roads" in " ".join(said("The storm closed several roads in the north of the county."))


def test_a_list_item_keeps_its_noun() -> None:
    out = said("Flu usually begins with a sudden fever, a dry cough and sore, aching muscles, followed by a "
               "tiredness that can last for two weeks or more.")
    assert not any(line.endswith("and sore.") for line in out)


def test_a_length_of_time_keeps_what_it_is_counted_from() -> None:
    out = said("It is one of the most catching illnesses there is: the germ can stay in a room for up to three "
               "hours after a sick child has left.")
    assert not any(line.endswith("for up to three hours.") for line in out)
    assert "A sick child has left." not in out


def test_a_definition_is_not_cut_to_a_truism() -> None:
    """ "A tide gauge is a device." says nothing; the "that" clause is the definition."""
    out = said("A tide gauge is a device that has been built to do one simple job: measure the height of the sea "
               "every six minutes at a single harbour wall.")
    assert "A tide gauge is a device." not in out

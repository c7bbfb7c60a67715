"""The plain writer: golden scripts for fixture articles, and the measurable rules of issue 3."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from briefing import timing
from briefing.checks import measured_sentences, unsupported
from briefing.config import Settings
from briefing.errors import ConfigError, ScriptError
from briefing.models import Article
from briefing.plain_english import rewrite, split_sentences
from briefing.script import WRITERS, estimated_seconds, write_script
from briefing.vocabulary import common_share, glossary
from briefing.writers import spoken_date
from briefing.writers.plain import draft_article

from .script_fixtures import DATE, FIXTURES, as_json, load

NAMES = ["flood", "bakery", "match", "ferry"]


@pytest.mark.parametrize("name", NAMES)
def test_golden_script(name: str) -> None:
    """Set UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change, then read the diff."""
    script = write_script([load(name)], settings=Settings(), date=DATE)
    golden = FIXTURES / f"{name}.golden.json"
    got = as_json(script)
    if os.environ.get("UPDATE_GOLDEN") or not golden.exists():
        golden.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_rules_hold(name: str) -> None:
    article = load(name)
    script = write_script([article], settings=Settings(), date=DATE)
    sentences = measured_sentences(script)
    lengths = [len(s.split()) for s in sentences]
    assert max(lengths) <= 22
    assert sum(lengths) / len(lengths) <= 14
    assert unsupported(sentences, [article]) == []
    # a story about wheat and loaves cannot use only everyday words; the writer must make it plainer than
    # the article, and the 96 % target is met over the corpus means (scripts/eval_script.py)
    assert common_share(" ".join(sentences)) >= min(common_share(article.body), 0.96) - 0.005
    assert common_share(" ".join(sentences)) >= 0.93
    assert len(set(sentences)) == len(sentences), "no sentence is said twice"


def test_format_order_and_welcome() -> None:
    script = write_script([load("flood"), load("match")], settings=Settings(show="Test Show"), date=DATE)
    kinds = [s.kind for s in script.segments]
    assert kinds == ["intro", "headlines", "story", "story", "glossary", "recap", "outro"]
    assert "Test Show" in script.segments[0].text
    assert "Monday, the fifth of July" in script.segments[0].text
    assert script.segments[4].title == "Words in this story"
    assert 3 <= (len(script.segments[4].sentences) - 1) // 2 <= 6


def test_main_facts_of_the_lead_are_kept() -> None:
    story = write_script([load("flood")], settings=Settings(), date=DATE).segments[2].text
    for fact in ("2,400", "Norvale", "River Ast", "Tuesday night", "40 years"):
        assert fact in story


def test_hard_word_explained_at_first_use() -> None:
    article = Article("Fighting grows", "Taliban militants took two more districts on Friday, officials said.")
    story = write_script([article], settings=Settings(), date=DATE).segments[2].sentences
    assert "fighters" in story[0] and "militants" not in story[0]
    assert story[1] == glossary()["taliban"].explain


def test_several_articles_fit_five_minutes_without_cutting_a_story() -> None:
    articles = [load("flood"), load("bakery"), load("match")]
    # make long stories: each article three times over, with its paragraphs renamed so none is a duplicate
    long_articles = []
    for a in articles:
        paras = a.paragraphs
        body = "\n\n".join(paras + [p.replace(".", " again.", 1) for p in paras[1:]]
                           + [p.replace(".", " once more.", 1) for p in paras[1:]])
        long_articles.append(Article(a.title, body))
    script = write_script(long_articles, settings=Settings(), date=DATE)
    assert timing.MIN_SECONDS <= estimated_seconds(script) <= timing.MAX_SECONDS
    stories = [s for s in script.segments if s.kind == "story"]
    assert stories, "the most important story is always told"
    for seg, article in zip(stories, long_articles):
        full = [ln.text for ln in draft_article(article).lines]
        lead = [ln.text for ln in draft_article(article).lead]
        assert seg.sentences[:len(lead)] == lead or all(s in seg.sentences for s in lead)
        assert all(s in full or s in {e.explain for e in glossary().values()} for s in seg.sentences)


def test_short_article_gives_a_shorter_episode() -> None:
    script = write_script([load("match")], settings=Settings(), date=DATE)
    assert estimated_seconds(script) < timing.MIN_SECONDS


def test_estimated_seconds_counts_pauses_chimes_and_jingles() -> None:
    # Section pauses are inside each segment's words / wpm (the speech stage's budget); a chime is longer.
    script = write_script([load("match"), load("bakery")], settings=Settings(wpm=120), date=DATE)
    words = sum(s.words for s in script.segments)
    expected = (words / 120 * 60 + timing.INTRO_JINGLE + timing.OUTRO_JINGLE + 2 * timing.JINGLE_GAP
                + timing.STORY_CHIME - timing.SECTION_PAUSE)
    assert estimated_seconds(script) == pytest.approx(expected)


def test_spoken_date() -> None:
    assert spoken_date(dt.date(2021, 7, 5)) == "Monday, the fifth of July"
    assert spoken_date(dt.date(2024, 2, 29)) == "Thursday, the twenty-ninth of February"


def test_writer_registry_and_errors() -> None:
    assert {"plain", "llm"} <= set(WRITERS)
    with pytest.raises(ConfigError, match="plain"):
        write_script([load("match")], settings=Settings(writer="nope"), date=DATE)
    with pytest.raises(ScriptError):
        write_script([], settings=Settings(), date=DATE)


@pytest.mark.parametrize("sentence, expected", [
    ("The soldiers were admitted on Sunday, according to Tajik border troops.",
     ["Tajik border troops said the soldiers were admitted on Sunday."]),
    ("Prices rose by 5 percent in May (the highest rise for a decade), the bank said.",
     ["The bank said prices rose by 5 percent in May."]),
    ("Rebels seized the town and the army sent more troops to the region on Monday.",
     ["Rebels captured the town.", "The army sent more troops to the region on Monday."]),
])
def test_rewrite_rules(sentence: str, expected: list[str]) -> None:
    assert rewrite(sentence, {"Tajik", "Monday", "May"}) == expected


def test_sentence_splitter_keeps_abbreviations() -> None:
    assert split_sentences("Mr. Smith went to the U.S. on Monday. He met Dr. Jones.") == [
        "Mr. Smith went to the U.S. on Monday.", "He met Dr. Jones."]


def test_glossary_meanings_use_common_words() -> None:
    meanings = " ".join(e.meaning for e in glossary().values())
    assert common_share(meanings) >= 0.96
    assert len(glossary()) >= 150


def test_issue_figures_with_eval_libraries() -> None:
    pytest.importorskip("textstat")
    from briefing.readability import measure

    for name in NAMES:
        article = load(name)
        f = measure(write_script([article], settings=Settings(), date=DATE), [article])
        assert f.max_len <= 22 and f.mean_len <= 14 and f.unfaithful == []
        assert f.common >= 0.93, name
        assert f.fk_grade <= 6.5, name


def test_faithfulness_check_catches_invented_names_and_numbers() -> None:
    article = Article("Fire in Leeds", "Police said 3 people were hurt in a fire in Leeds on Monday.")
    said = ["Police said 3 people were hurt in Leeds.", "The fire started on Monday."]
    assert unsupported(said, [article]) == []
    assert unsupported(["Police said 30 people were hurt in Paris."], [article]) == ["30", "Paris"]


def test_package_needs_no_eval_libraries_at_run_time() -> None:
    import subprocess
    import sys

    code = (
        "import sys, datetime; from briefing.script import write_script; from briefing.config import Settings; "
        "from briefing.models import Article; "
        "write_script([Article('T', 'Police said 3 people were hurt in a fire in Leeds on Monday.')], "
        "settings=Settings(), date=datetime.date(2021, 7, 5)); "
        "print(sorted(m for m in ('textstat', 'wordfreq', 'pysbd') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_eval_script_skips_without_corpus(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = Path(__file__).parent.parent / "scripts" / "eval_script.py"
    out = subprocess.run([sys.executable, str(script), "--corpus", str(tmp_path / "none"),
                          "--seed", str(tmp_path / "none.txt"), "--team", str(tmp_path / "none")], capture_output=True, text=True, check=True).stdout
    assert "corpus not found" in out and "nothing to measure" in out


@pytest.mark.parametrize("sentence, names, expected", [
    # a name that is also a word in the plain-word table stays a name
    ("Taylor Swift will be honoured at the awards ceremony on Sunday.", {"Taylor", "Swift", "Sunday"},
     ["Taylor Swift will be honored at the awards ceremony on Sunday."]),
    # a thousands comma is not a clause boundary
    ("Medicaid was a key issue in the race as well, where an estimated 100,000 residents would be eligible "
     "for cover under the expansion.", {"Medicaid"}, None),
    # "as soon as" is one phrase
    ("Insurance companies said they would send teams to the town as soon as the roads reopened.", set(),
     ["Insurance companies said they would send teams to the town as soon as the roads opened again."]),
    # "Plan A" keeps its capital letter; only lower-case "a" becomes "an"
    ("Put Plan A into action but enjoy the present too.", {"Plan"}, ["Put Plan A into action but enjoy the present too."]),
    # an uncommon adjective in a hyphenated name compound is left alone ("Brexit-weary" is not "Brexit-")
    ("Both leaders are trying to win over a Brexit-weary electorate this winter.", {"Brexit"},
     ["Both leaders are trying to win over a Brexit-weary voting public this winter."]),
])
def test_rewrite_regressions(sentence: str, names: set[str], expected: list[str] | None) -> None:
    got = rewrite(sentence, names)
    if expected is None:
        assert all("100." not in s for s in got) and any("100,000" in s for s in got)
    else:
        assert got == expected


def test_questions_and_headings_are_not_read_as_news() -> None:
    assert rewrite("What did the lawyers for the state say?", set()) == []
    assert rewrite("The New Phone Is Only Useful For Calls, But It Is Very Cheap.", set()) == []
    # a sentence full of names is still a sentence
    assert rewrite("The Wild lost defenseman Matt Dumba.", {"Wild", "Matt", "Dumba"}) == \
        ["The Wild lost player Matt Dumba."]  # a position before a name is "player"
    assert rewrite("Profile: Julian Assange timeline of saga.", {"Julian", "Assange"}) == []


def test_title_that_cannot_be_said_gives_way_to_an_introduced_statement_not_a_repeat() -> None:
    article = Article('"We will win," the coach says', "Harbour City won the national cup on Saturday.\n\n"
                      "More than 30,000 fans watched the final at the National Stadium.")
    script = write_script([article], settings=Settings(), date=DATE)
    headlines, story = script.segments[1], script.segments[2]
    assert not set(headlines.sentences) & set(story.sentences)


@pytest.mark.parametrize("sentence, pronouns, expected", [
    # one person's "we" with no group named for her: "they" would point at no one, so it is left out
    ('"We are doing everything we can to keep people safe," she said.', {}, []),
    ('"I was scared for my family," Okafor said.', {"Okafor": "she"}, ["Okafor said she was scared for her family."]),
    ('"I think the plan will work," Berg said.', {"Berg": "he"}, ["Berg said he thinks the plan will work."]),
    # whose he or she is unknown: a view is told as the speaker's view; more first-person words are left out
    ('"I think the plan will work," Berg said.', {}, ["Berg thinks the plan will work."]),
    ('"I was scared for my family," Okafor said.', {}, []),
    # "said in a statement" is left out; the quote is reported
    ('"We will open the bridge again in May," the council said in a statement.', {},
     ["The council said they will open the bridge again in May."]),
    # a short exclamation is not news
    ('"Please," Okafor said.', {}, []),
    # a "you" that cannot be reported: left out rather than guessed
    ('"You can see the river from here," Okafor said.', {"Okafor": "she"}, []),
])
def test_quotes_become_reported_speech(sentence: str, pronouns: dict[str, str], expected: list[str]) -> None:
    assert rewrite(sentence, {"Okafor", "Berg"}, pronouns) == expected


def test_writer_voice_is_attributed_and_quotes_of_several_sentences_are_reported() -> None:
    article = Article("Council votes", 'The council voted on Monday to close the old bridge.\n\n'
                      '"This is hard. We know people use the bridge every day," the town board said.\n\n'
                      "We think the council is wrong about this.")
    story = write_script([article], settings=Settings(), date=DATE).segments[2].sentences
    # a group's "we" is "they" (one person's "we" needs the group the article gives for them: test_speakers.py)
    assert story == ["The council voted on Monday to close the old bridge.",
                     "The town board said they know people use the bridge every day.",
                     "The writers think the council is wrong about this."]


@pytest.mark.parametrize("sentence, expected", [
    ("I have bought two tickets so far and am going again.",
     ["The writer has bought two tickets so far and is going again."]),
    ("I also use the bus every day.", ["The writer also uses the bus every day."]),
    ("I think you should go.", []),  # a "you" cannot be reported
    ("I told my sister about it.", []),  # two first-person words: "the writer ... the writer's" is no help
])
def test_writer_voice_in_the_third_person(sentence: str, expected: list[str]) -> None:
    assert rewrite(sentence, set()) == expected


def test_quote_after_its_attribution_has_the_same_speaker() -> None:
    article = Article("Library opens", "The new library in Norvale opened on Monday with 20,000 books.\n\n"
                      '"The library will help children read," Mayor Helen Carter said. "It will be open every day '
                      'of the week."\n\n"I hope families use it," Carter said at the opening.')
    story = write_script([article], settings=Settings(), date=DATE).segments[2].sentences
    assert story[1:] == ["Mayor Helen Carter said the library will help children read.",
                         "Carter said it will be open every day of the week.",
                         "Carter hopes families use it."]


def test_page_without_paragraph_breaks_still_fits_five_minutes() -> None:
    sentences = [f"Officials in Norvale said on Monday that the river had risen by {n} centimetres in the night."
                 for n in range(10, 130)]
    article = Article("River rises", " ".join(sentences))  # one enormous paragraph
    script = write_script([article], settings=Settings(), date=DATE)
    assert estimated_seconds(script) <= timing.MAX_SECONDS


def test_participle_phrases_become_their_own_sentences() -> None:
    from briefing.clauses import past_tense

    assert [past_tense(w) for w in ("flooding", "causing", "stopping", "cutting", "beating")] == [
        "flooded", "caused", "stopped", "cut", "beat"]
    assert rewrite("More than 1,000 soldiers have crossed the border to Tajikistan, fearing for their lives.",
                   {"Tajikistan"}) == ["More than 1,000 soldiers have crossed the border to Tajikistan.",
                                       "They feared for their lives."]


def test_a_page_of_about_350_words_fills_five_minutes_through_the_format() -> None:
    """Like the seed page: one article of about 350 words reaches 4:30-5:30 by story, words and recap."""
    script = write_script([load("ferry")], settings=Settings(), date=DATE)
    assert timing.MIN_SECONDS <= estimated_seconds(script) <= timing.MAX_SECONDS
    said = [s for seg in script.segments for s in seg.sentences]
    assert len(set(said)) == len(said)


def test_cut_off_attributions_are_not_sentences() -> None:
    # "Court records said Noel." and "Claure said in the email." say nothing: the said-part was cut off
    got = rewrite("Court records said Noel, a guard at the jail, and Thomas signed false forms that night.",
                  {"Noel", "Thomas"})
    assert "Court records said Noel." not in got
    got = rewrite("Next steps will be shared at a meeting on Friday, Claure said in the email.", {"Claure"})
    assert got == ["Claure said in the email that next steps will be shared at a meeting on Friday."]


def test_job_words_keep_their_meaning_and_are_explained() -> None:
    article = Article("Talks on the border", "Kremlin spokesman Dmitry Orlov said on Monday that talks would go on. "
                      "President Ana Varga met her counterpart Ivan Petrov in Norvale on Tuesday.")
    script = write_script([article], settings=Settings(), date=DATE)
    story = script.segments[2].sentences
    text = " ".join(story)
    assert "spokesman" in text and "speaker" not in text and "opposite number" not in text
    assert "A counterpart is a person with the same job in another country or group." in story
    # "the Russian government" names Russia, which this article never does: no Kremlin meaning
    words_seg = next(s for s in script.segments if s.kind == "glossary")
    assert not any("Russian" in s for s in words_seg.sentences)


def test_explanation_comes_after_all_pieces_of_its_sentence() -> None:
    article = Article("Fighting in the north", "Taliban fighters took two towns in the north on Sunday, after "
                      "foreign troops left the region in May. The army said it would send more soldiers.")
    story = write_script([article], settings=Settings(), date=DATE).segments[2].sentences
    i = story.index("The Taliban is an armed group.")
    assert not story[i + 1].startswith("This")
    assert story[i - 1].startswith("This was after") or "after" in story[i - 1]


def test_british_spelling_becomes_the_common_american_one_only() -> None:
    from briefing.plain_english import simplify_words
    # "criticised" (uncommon) -> "criticized" (common): the same word, so the meaning stays
    assert simplify_words("The minister criticised the plan.") == "The minister criticized the plan."
    # "Harbour Street" is a name; "centre" is already common and stays
    assert simplify_words("The centre is on Harbour Street.", {"Harbour"}) == "The centre is on Harbour Street."


def test_sentences_with_idioms_are_left_out() -> None:
    assert rewrite("Senator Ana Varga said heads needed to roll after the fire.", {"Ana", "Varga"}) == []
    assert rewrite("The new law is a game-changer for farmers.", set()) == []
    assert rewrite("The new law will help farmers.", set()) == ["The new law will help farmers."]


def test_kremlin_is_explained_only_when_the_article_names_russia() -> None:
    with_russia = Article("Talks", "Kremlin spokesman Dmitry Orlov said Russian troops would stay in Norvale.")
    without = Article("Talks", "Kremlin spokesman Dmitry Orlov said the talks would go on in Norvale.")
    story = write_script([with_russia], settings=Settings(), date=DATE).segments[2].sentences
    assert "The Kremlin is the Russian government." in story
    story = write_script([without], settings=Settings(), date=DATE).segments[2].sentences
    assert not any("Russian" in s for s in story)


def test_pieces_of_a_reported_quote_keep_their_speaker() -> None:
    got = rewrite('"The library will help children read, and it will be open every day of the week," '
                  "Mayor Helen Carter said.", {"Mayor", "Helen", "Carter"})
    assert got == ["Mayor Helen Carter said the library will help children read.",
                   "Carter said it will be open every day of the week."]
    got = rewrite('"We lost the game on Sunday, and we are very sad about it now," James Van Der Beek said.',
                  {"James", "Van", "Der", "Beek", "Sunday"})
    assert got[1] == "Van Der Beek said they are very sad about it now."


def test_a_piece_that_leans_on_a_lost_piece_is_left_out() -> None:
    from briefing.clauses import keep_leaning
    assert keep_leaning([[], ["It was obtained by a newspaper."], ["The company said no more."]]) == \
        ["The company said no more."]
    assert keep_leaning([["The river rose."], ["This flooded homes."]]) == ["The river rose.", "This flooded homes."]


def test_last_resort_cut_never_falls_inside_a_list() -> None:
    from briefing.trim import last_resort
    long = ("The production company said at no time did the firm agree to, create, approve or share a statement "
            "with the label about the singer at the awards show in November.")
    assert all(not p.endswith("create.") for p in last_resort(long))


def test_a_quote_after_said_that_keeps_its_subject() -> None:
    from briefing.plain_english import attribute_quotes
    sentences = ['Okafor told reporters in May that the mayor "planned the whole event.', 'It was her idea."']
    out, _ = attribute_quotes(sentences, None)
    assert not any(s.startswith('"planned') for s in out)  # never "Okafor said planned the whole event"


def test_a_quote_is_never_given_to_an_earlier_speaker() -> None:
    article = Article("Doctor's letter", '"The plan is good for the town," Mayor Ana Varga said on Monday.\n\n'
                      "The council met again on Tuesday to talk about the plan.\n\n"
                      '"His health is very good," Dr. Peter Lund wrote of the mayor. "He will be the healthiest '
                      'mayor the town has ever had."')
    story = write_script([article], settings=Settings(), date=DATE).segments[2].sentences
    assert not any("Varga said he will be" in s or "Varga said his health" in s for s in story)


def test_over_long_sentence_keeps_its_main_clause_without_a_trailing_phrase() -> None:
    from briefing.trim import last_resort
    long = ("Northern farmers planted their wheat and barley two weeks early this year because of the warm "
            "spring weather in the region around Lake Tarn.")
    assert last_resort(long) == ["Northern farmers planted their wheat and barley two weeks early this year "
                                  "because of the warm spring weather in the region."]
    # a negation: the left-out phrase may be the point ("not guilty of murder in the first degree")
    negated = ("The jury in the long and difficult trial at the city court did not find the young driver guilty "
               "of murder in the first degree on Friday afternoon.")
    assert last_resort(negated) == []
    # the left-out part holds the verb: the left part is only a noun phrase
    verb_later = ("The new safety plan launched by the city council of Dunmore and its partners in the region "
                  "last spring now covers every school in the town.")
    assert last_resort(verb_later) == []


def test_a_long_claim_keeps_but_and_its_speaker_first() -> None:
    from briefing.clauses import shorten
    assert shorten("But Okafor said the council has built many new bridges over the river before now.", set()) == [
        "But Okafor said the council has built many new bridges over the river before now."]


def test_main_clause_keeps_a_to_part_and_drops_a_dash_remark() -> None:
    from briefing.trim import last_resort
    allow = ("The new rule would also allow the six farmers in the northern valley to sell their wheat "
             "at the market instead of waiting for the autumn fair.")
    assert all("valley." not in p for p in last_resort(allow))
    dash = ("Okafor is someone the voters in the northern valley could see winning the race for mayor next year "
            "\u2014 her top aim.")
    assert last_resort(dash) == ["Okafor is someone the voters in the northern valley could see winning the race "
                                  "for mayor next year."]


def test_time_before_after_stays_with_it_and_page_furniture_is_dropped() -> None:
    names = {"Okafor"}
    out = rewrite("The news of the bridge closing came a month after the town council voted to spend "
                  "more money on the old roads.", names)
    assert not any(s.endswith("came a month.") for s in out)
    assert rewrite("Check out what is new today in the town.", names) == []


def test_writer_voice_after_an_opening_phrase() -> None:
    assert rewrite("To check the numbers, we asked three farmers in the valley.", {"Okafor"}) == \
        ["To check the numbers, the writers asked three farmers in the valley."]
    # a quote is someone else's "we": not the writer's
    assert rewrite('To check the numbers, we asked "three farmers" in the valley, Okafor said.', {"Okafor"}) != \
        ["To check the numbers, the writers asked three farmers in the valley, Okafor said."]

"""Lines that are not sentences are never said: phrases with no main verb, subheadings, page furniture.

Invented sentences only. Each rule has shapes it must flag and real-news shapes it must leave alone.
"""
from __future__ import annotations

import pytest

from briefing.checks import odd_sentences
from briefing.clean_furniture import is_heading, without_codes
from briefing.clean_interview import spoken_paragraphs
from briefing.clean_html import extract_html
from briefing.fragments import no_main_verb, no_subject, page_line, wh_heading

NO_MAIN_VERB = [
    "A 40% chance that the bridge does not open to any new traffic by that date.",
    "Scaling programs which have the potential to be cheap and useful.",
    "Risks to the success of the grant.",
    "A plan to build 300 homes on the edge of the town.",
    "The decision that the council made on Tuesday.",
    "Officials who spoke on condition of anonymity.",
    "An increase of 4% on last year.",
    "A group of doctors who want the clinic to stay open.",
    "Building a new bridge across the river at a cost of $40 million.",
    "The risk that prices will rise again next year.",
    "Plans for a new stadium on the site of the old airport.",
    "The first woman to lead the party in its 120-year history.",
    "A new law which makes it harder to sell knives to children.",
    "So no need to buy a new one when the old one breaks.",
]

WHOLE_SENTENCES = [
    "He said no.", "The city plans to build a bridge.", "The new rules, says the mayor, are fair.",
    "A man who stole a car was arrested.", "The farmers who grow rice sell it at the market.",
    "A spokesman for the company declined to comment.", "The team that won the cup returns home on Sunday.",
    "The number of people who died rose to 12.", "A study that followed 2,000 children found a link.",
    "The problem that the council faces is money.", "A family of four pays about £400 a year.",
    "The company, which employs 300 people, makes parts.", "Each school that takes part gets £5,000.",
    "The drug that doctors use most often costs $5.", "Thousands of people who lost their homes need help.",
    "Voting that began on Monday ends on Friday.", "The amount that families pay depends on the size of the home.",
    "The fire that started in a campground on Monday had burned 18,000 acres.",
    "The Wild still rank at the bottom of the division.", "Playing with it feels easy.",
    "The group ranges from small firms to large ones.", "Many arrived on foot.",
    "The other smashed three display cases with a hammer.", "The body's core temperature starts to rise.",
    "St Mary's Primary stands next to the river.", "Prices rose 3% in May.", "Talks stalled in July.",
    "A vaccine keeps people safe from a disease.", "The writer cannot thank this man enough.",
    "Officials who spoke on condition of anonymity said the talks had failed.",
    "The river that runs through the town burst its banks.", "A tiebreak is a short extra game that decides a tied set.",
    "The plan that the council approved raises taxes.", "Rents that rose 7% last year hurt young families.",
    "The men who run the shop open it at dawn.", "A woman whose son was hurt wants answers.",
    "The law that the mayor signed takes effect in May.", "The chance that it rains is small.",
    "Scaling up the program will take years.", "Making the change needs money.",
    "The storm, which hit on Monday, cut power to 40,000 homes.", "Workers who lose their jobs get help.",
    "The tests that the lab ran show the water is safe.", "Those who can work from home should do so.",
    "An official who asked not to be named confirmed the deal.", "The cost of the plan, which runs to 2030, worries some.",
    "The barn of a song that Ann sings in the film's last scene carries the whole story.",
    "In the US, the firm estimates that could be more like 300 miles.",
    "So the plan failed.", "And a new bridge opened in May.", "But the council, which met on Monday, said no.",
]


@pytest.mark.parametrize("sentence", NO_MAIN_VERB)
def test_a_phrase_with_no_main_verb_is_flagged(sentence: str) -> None:
    assert no_main_verb(sentence)
    assert odd_sentences([sentence])  # an older rule may flag it first ("no verb")


@pytest.mark.parametrize("sentence", WHOLE_SENTENCES)
def test_a_whole_sentence_is_not_taken_for_a_phrase(sentence: str) -> None:
    assert not no_main_verb(sentence)


@pytest.mark.parametrize("sentence", [
    "The interview has been edited for length and clarity.", "This transcript was edited and condensed.",
    "Three and a half stars out of five.", "Here's what the first reviews say.", "Here is what it means for you.",
    "In general, here are the steps you can take.", "Here is a quick guide to the new rules.",
    "Here's the latest data on hospital waiting times.", "Follow this work closely.", "Stay tuned for more guides!",
    "Click here to read the report.", "Oil CLc1 fell 2% to $60.", "The Dow Jones Industrial Average.DJI fell.",
    "The euro EUR= rose.", "We loved the festival 🙂.",
])
def test_page_furniture_is_flagged(sentence: str) -> None:
    assert page_line(sentence)
    assert odd_sentences([sentence])


@pytest.mark.parametrize("sentence", [
    "Here is where the fire started, the chief said.", "The report was edited by the council's lawyers.",
    "The hotel got four stars from inspectors.", "Follow the signs to the shelter.", "The G7 leaders met in Rome.",
    "The A380 landed safely.", "Shares in BP rose 2%.", "The M25 was closed for three hours.",
])
def test_news_is_not_taken_for_page_furniture(sentence: str) -> None:
    assert not page_line(sentence)


@pytest.mark.parametrize("sentence", [
    "Why the town's water gets so bad every summer.", "How to tell the difference.", "Where the money goes.",
    "When the storm hit the coast.",
])
def test_a_wh_heading_is_flagged(sentence: str) -> None:
    assert wh_heading(sentence)
    assert odd_sentences([sentence]) == [(sentence, "a heading, not a sentence")]


@pytest.mark.parametrize("sentence", [
    "What happened next was a shock.", "Who wins the vote is unclear.", "When the storm hit, the lights went out.",
    "How much the plan costs is not known.",
])
def test_a_wh_clause_with_its_main_verb_is_not_a_heading(sentence: str) -> None:
    assert not wh_heading(sentence)


def test_subheadings_and_labels_are_not_said() -> None:
    paragraphs = [
        "The council approved the plan on Monday.",
        "Risks to the plan",
        "Some members fear the cost will rise.",
        "3. There is help if your bill goes up",
        "Families on low incomes can apply for a cap.",
        "— Jane Roe (@janeroe) May 2, 2019",
        "We see three risks:",
        "Try the new app this weekend 😉",
    ]
    assert spoken_paragraphs(paragraphs) == [
        "The council approved the plan on Monday.", "", "Some members fear the cost will rise.", "",
        "Families on low incomes can apply for a cap.", "", "We see three risks:", "",
    ]


def test_a_long_line_without_a_stop_is_prose_not_a_heading() -> None:
    line = ("The council voted to approve the plan after a long debate in which members argued about the cost and"
            " the need for new homes")
    assert not is_heading(line)
    assert is_heading("Modeling the cost")
    assert not is_heading("Why now?")


def test_ticker_codes_and_emoji_are_not_read_out() -> None:
    assert without_codes("U.S. crude CLc1 fell 3% and the Dow Jones Industrial Average .DJI lost 100 points.") == \
        "U.S. crude fell 3% and the Dow Jones Industrial Average lost 100 points."
    assert without_codes("Notes US10YT=RR rose, with the euro EUR= up 0.1%.") == "Notes rose, with the euro up 0.1%."
    assert without_codes("You can feel the beauty of the old songs 🙂.") == "You can feel the beauty of the old songs."
    assert without_codes("The G7 leaders met as the A380 landed.") == "The G7 leaders met as the A380 landed."


@pytest.mark.parametrize("sentence", [
    "Danced along to the happy beat.", "Highly recommended as a cheap way to light a room.", "Founded in 1990.",
    "Closed on Sundays.", "Finally arrived home at 9.", "Originally published on the city's website.",
])
def test_a_line_with_no_subject_is_flagged(sentence: str) -> None:
    assert no_subject(sentence)
    assert odd_sentences([sentence])


@pytest.mark.parametrize("sentence", [
    "Based in London, the firm employs 300.", "Asked about the plan she said no.", "United won 2-0.",
    "Reported cases rose 5%.", "Armed police arrived at the scene.", "Family owned firms employ most people.",
    "Reilly dived to his left.", "United Airlines cancelled 300 flights.", "Delayed trains cost the city money.",
    "Ahmed scored twice.", "Red cards were shown.",
])
def test_a_line_with_its_subject_is_left_alone(sentence: str) -> None:
    assert not no_subject(sentence)


LONG = ("The town council in Norbury voted on Monday night to close the old swimming pool on Mill Road by the end of"
        " the year, after a report found that repairs would cost more than four million pounds.")
NEXT = ("Swimmers who use the pool every morning said they would start a campaign to keep it open, and asked the"
        " council to wait for a second report on the repairs.")


def test_html_subheadings_stay_in_the_body_but_are_not_said() -> None:
    html = (f"<html><head><title>Norbury to close pool</title></head><body><article><h1>Norbury to close pool</h1>"
            f"<p>{LONG}</p><h2>What swimmers say</h2><p>{NEXT}</p><h3>Costs of the repair work</h3>"
            f"<p>{LONG.replace('Monday', 'Tuesday')}</p></article></body></html>")
    paragraphs = extract_html(html).paragraphs
    assert "What swimmers say" in paragraphs  # the page's text: the extraction keeps it
    spoken = spoken_paragraphs(paragraphs)
    assert len(spoken) == len(paragraphs) and "What swimmers say" not in spoken
    assert "Costs of the repair work" not in spoken and NEXT in spoken


def test_an_interview_reply_that_opens_with_no_verb_is_not_said() -> None:
    """'A: Broncos vs. Raiders at Mile High. He threw five touchdowns.' read out would be "Gaspard said Broncos vs.
    Raiders ...", and "He" leans on the reply; a "Yes." before whole sentences is kept."""
    paragraphs = [
        "Dana Ruiz runs the city's parks department.",
        "Q: Best game you have seen?", "A: Rovers vs. Town at Mill Park in the cup year. He scored three goals.",
        "Q: Will the parks close?", "A: No. We will keep every park open this winter.",
        "Q: Why now?", "A: Because the river is rising. Flows at the weir are at their highest since 1998.",
    ]
    spoken = spoken_paragraphs(paragraphs)
    assert spoken[2] == ""
    assert "keep every park open" in spoken[4] and "Flows at the weir" in spoken[6]


@pytest.mark.parametrize("sentence", [
    "The app is leading the way — but with this launch.", "The firm is in a good place not only to bid on small jobs.",
])
def test_a_sentence_cut_after_its_first_half_is_flagged(sentence: str) -> None:
    assert odd_sentences([sentence])


@pytest.mark.parametrize("sentence", [
    "He is eager to get their attention — and their vote.", "Put the plan into action — but enjoy the present, too.",
    "He won — but with a bad knee he retired.", "The firm wants not only to bid on small jobs but also to build.",
    "Not only did he lose, he quit the party.", "She not only won the race, she set a record.",
    "It is not only about money.", "The rule applies not only to cars but to vans.",
])
def test_a_whole_sentence_with_a_dash_or_not_only_is_left_alone(sentence: str) -> None:
    from briefing.fragments import cut_after_dash, not_only_alone

    assert not cut_after_dash(sentence) and not not_only_alone(sentence)


@pytest.mark.parametrize("sentence, flagged", [
    ("Officials said the city is drawing up a new road plan companies.", True),
    ("The club signed a new players.", True),
    ("He bought a sports car.", False), ("It was a jobs report.", False), ("She said a storm comes.", False),
    ("He saw a few birds.", False), ("They won a further three games.", False), ("He is a man of means.", False),
    ("It means a part of a company that someone owns.", False), ("It is money that a company or person makes.", False),
])
def test_a_before_a_plural_at_the_end(sentence: str, flagged: bool) -> None:
    from briefing.fragments import article_before_plural

    assert article_before_plural(sentence) is flagged

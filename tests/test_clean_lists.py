"""Lists in a story: the line that introduces a list and its items reach the body as whole sentences."""
from __future__ import annotations

from briefing.clean import clean_page_text
from briefing.clean_html import extract_html
from briefing.clean_lists import list_paragraphs

HEAD = """Home
News
Sport

Doctors warn of heat illness as the heatwave goes on

Doctors in Corley are urging people to learn the warning signs of heat illness as temperatures climb past 38C this week, the regional health service said on Monday.

"""
TAIL = """
Someone with heat exhaustion should be moved to a cool place and given water to drink, and most people feel better within half an hour, doctors said.

Heatstroke is a medical emergency, and anyone who thinks a person has it should call an ambulance at once, the health service said in its advice.

Trending now
- Ferry timetable changes for the summer
- Bridge closure will last two more weeks

Share this story
"""


def page(middle: str) -> str:
    return HEAD + middle + TAIL


def test_short_items_complete_the_lead_in_a_few_to_a_sentence() -> None:
    article = clean_page_text(page("""Heat exhaustion is the milder form. Common signs include:

- heavy sweating and cool, clammy skin;
- a headache or feeling faint;
- cramps in the arms, legs or stomach;
- intense thirst and tiredness.
"""))
    assert ("Heat exhaustion is the milder form. Common signs include heavy sweating and cool, clammy skin; a headache or"
            " feeling faint. Common signs include cramps in the arms, legs or stomach; intense thirst and tiredness.") \
        in article.paragraphs
    assert "Ferry timetable" not in article.body  # a link list without a lead-in is not the story's


def test_headlines_of_other_stories_after_a_lead_in_are_not_a_list() -> None:
    """Items with no list punctuation after the story's last paragraph: links, not the story's list."""
    text = HEAD + TAIL.replace("Trending now\n", "Doctors said more hot days are likely this summer. Also in the news today:\n")
    article = clean_page_text(text)
    assert "Ferry timetable" not in article.body and "Bridge closure" not in article.body


def test_numbered_items_lose_their_numbers_when_they_join_the_lead_in() -> None:
    assert list_paragraphs("Common signs include:", ["1. heavy sweating;", "2. a headache."]) == [
        "Common signs include heavy sweating, a headache."]


def test_long_items_each_follow_the_lead_in() -> None:
    paragraphs = list_paragraphs("Key features of the new app include:", [
        "A route planner that changes plans every 15 minutes based on traffic and weather;",
        "An open market that matches half-empty trucks with loads from other customers;",
    ])
    assert paragraphs == [
        "Key features of the new app include a route planner that changes plans every 15 minutes based on traffic and"
        " weather. Key features of the new app include an open market that matches half-empty trucks with loads from"
        " other customers."]


def test_a_word_that_may_be_a_name_keeps_its_capital() -> None:
    paragraphs = list_paragraphs("The guests include:", ["Okonjo and her two sons;", "Brandt, the town's mayor."])
    assert paragraphs == ["The guests include Okonjo and her two sons; Brandt, the town's mayor."]


def test_items_that_are_sentences_stay_sentences_after_the_lead_in() -> None:
    article = clean_page_text(page("""How the goals went in:

- 17 min: Dacre 0-1. The striker slid the ball under the keeper.
- 58 min: Costa 1-1. The substitute shot low inside the near post.
"""))
    paragraphs = article.paragraphs
    start = paragraphs.index("How the goals went in:")
    assert paragraphs[start + 1:start + 3] == ["17 min: Dacre 0-1. The striker slid the ball under the keeper.",
                                               "58 min: Costa 1-1. The substitute shot low inside the near post."]


def test_a_fronted_lead_in_takes_the_verb_its_colon_stands_for() -> None:
    article = clean_page_text(page("""The money goes mostly to public safety. Among the main items:

- $3.1 million to hire 14 new police officers and six emergency dispatchers;
- $1.2 million to keep all four branch libraries open six days a week.
"""))
    assert ("The money goes mostly to public safety. Among the main items is $3.1 million to hire 14 new police officers"
            " and six emergency dispatchers. Among the main items is $1.2 million to keep all four branch libraries open"
            " six days a week.") in article.paragraphs


def test_items_of_a_closed_lead_in_stay_as_the_article_has_them() -> None:
    """ "This could happen:" takes no object: the items are not rewritten after it."""
    article = clean_page_text(page("""The board said two things could still go wrong. This could happen:

- if the rain stays away until the end of the summer;
- if the lake keeps falling by a metre a month.
"""))
    paragraphs = article.paragraphs
    start = paragraphs.index("The board said two things could still go wrong. This could happen:")
    assert paragraphs[start + 1:start + 3] == ["if the rain stays away until the end of the summer;",
                                               "if the lake keeps falling by a metre a month."]


def test_an_html_list_gets_the_same_sentences() -> None:
    html = """<html><head><title>Doctors warn of heat illness as the heatwave goes on</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Doctors warn of heat illness as the heatwave goes on</h1>
<p>Doctors in Corley are urging people to learn the warning signs of heat illness as temperatures climb past 38C
this week, the regional health service said on Monday.</p>
<p>Heat exhaustion is the milder form of the illness and can usually be treated at home. Common signs include:</p>
<ul><li>heavy sweating;</li><li>a headache;</li><li>cramps in the arms or legs.</li></ul>
<p>Someone with heat exhaustion should be moved to a cool place and given water to drink, and most people feel
better within half an hour, doctors said.</p></article></body></html>"""
    article = extract_html(html)
    assert ("Heat exhaustion is the milder form of the illness and can usually be treated at home. Common signs include"
            " heavy sweating, a headache, cramps in the arms or legs.") in article.paragraphs


def test_an_unbulleted_list_is_found_by_its_punctuation() -> None:
    """A copy that lost its bullets still has the items' semicolons, and a last item in lower case."""
    article = clean_page_text(page("""Heat exhaustion is the milder form. Common signs include:

heavy sweating and cool, clammy skin;
a headache or feeling faint;
intense thirst and tiredness.
"""))
    assert ("Heat exhaustion is the milder form. Common signs include heavy sweating and cool, clammy skin; a headache or"
            " feeling faint; intense thirst and tiredness.") in article.paragraphs


def test_a_plural_lead_in_before_one_long_item_agrees_with_it() -> None:
    """ "The main decisions were a review of street lighting." does not agree: "One of ... was" does."""
    assert list_paragraphs("The main decisions were:", [
        "a new cycle lane on Mill Road between the market and the river bridge;",
        "a grant of £40,000 to the Harbury youth club over three years;",
    ]) == ["One of the main decisions was a new cycle lane on Mill Road between the market and the river bridge. "
           "One of the main decisions was a grant of £40,000 to the Harbury youth club over three years."]
    # several short items stay after the plural
    assert list_paragraphs("The main risks are:", ["floods;", "fires;", "storms."]) == [
        "The main risks are floods, fires, storms."]

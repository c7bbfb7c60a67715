"""A printed interview: the article keeps its "Q:"/"A:" text, the script writer gets it without labels."""
from __future__ import annotations

from briefing.clean_interview import guest_name, spoken_paragraphs

INTERVIEW = [
    "Mara Quennell, 61, became head of the Tarn Valley water board in March, as the valley entered a second dry year.",
    "Q: The board wants to cut water use by 10%. Why now?",
    "A: Because the lake is at its lowest level in 40 years. We cannot wait for rain.",
    "Q: You grew up on a dairy farm. Does that make this harder?",
    'A: It makes it personal. When we say "allocation", we mean somebody\'s farm.',
    "Q: What is your favourite place in the valley?",
    "A: The old mill at Harlow Bridge",
]


def test_labels_go_and_answers_are_the_guests_words() -> None:
    assert spoken_paragraphs(INTERVIEW) == [
        INTERVIEW[0],
        "The board wants to cut water use by 10%. Why now?",  # the writer does not say questions
        '"Because the lake is at its lowest level in 40 years," Quennell said. "We cannot wait for rain."',
        "Does that make this harder?",  # "You grew up on a dairy farm." would be heard as said to the listener
        "\"It makes it personal,\" Quennell said. \"When we say 'allocation', we mean somebody's farm.\"",
        "What is your favourite place in the valley?",
        "",  # a bare reply means something only after its question
    ]


def test_the_guest_is_a_personal_name_not_an_organisation() -> None:
    intro = ["The Tarn Valley Water Board chose Mara Quennell as its head in March."]
    assert guest_name(intro + INTERVIEW[1:]) == "Quennell"
    assert guest_name(["The board met on Monday."] + INTERVIEW[1:], title="A talk with Mara Quennell") == "Quennell"


def test_without_a_guest_name_answers_only_lose_their_labels() -> None:
    paragraphs = ["The board met on Monday."] + INTERVIEW[1:3] + INTERVIEW[3:5]
    assert spoken_paragraphs(paragraphs)[2] == "Because the lake is at its lowest level in 40 years. We cannot wait for rain."


def test_text_that_is_not_an_interview_is_unchanged() -> None:
    paragraphs = ["A: the first of the two options, the council said.", "The vote is on Friday."]
    assert spoken_paragraphs(paragraphs) == paragraphs


def test_an_answer_that_follows_from_the_questions_if_loses_that_sentence() -> None:
    """ "Then the state will step in." is true only if the vote fails; the script never says the question."""
    paragraphs = INTERVIEW[:1] + [
        "Q: What happens if the vote fails?",
        "A: Then the state will almost certainly step in. The ministry has said it will set its own limits.",
        "Q: And if the rain comes?",
        "A: In that case we can all relax.",
    ]
    assert spoken_paragraphs(paragraphs)[1:] == [
        "What happens if the vote fails?",
        '"The ministry has said it will set its own limits," Quennell said.',
        "And if the rain comes?",
        "",
    ]

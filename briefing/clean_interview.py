"""A printed interview ("Q: ... A: ...") as a listener should hear it.

The labels are the article's text (the page prints them, and the cleaner keeps them), but they must never
be read out, and an answer's "I" is the guest, not the writer. spoken_paragraphs gives the script writer
the paragraphs one for one, interview or not: a subheading, a label or an embedded social post as ""
(clean_furniture.not_said), the rest without ticker codes and emoji; in a printed interview:

- an answer loses its label and, when the guest's name is known, is quoted and attributed to the guest
  ('"Because the river is telling us to," Ellwood said. "Flows ..."'), so the writer reports it as the
  guest's words; with no name found it is only unlabelled. A bare reply ("Trip to Disney World.") means
  something only after its question and is left out, and so is a first sentence that follows from the
  question's condition ("Q: What if the vote fails? A: Then the state will step in.");
- a question loses its label and any statement in it that speaks to the guest ("You grew up on a farm.":
  read out, the listener would hear it said to them). Its other sentences stay: the writer does not say
  questions ("Why now?"), and a question's statements are facts the answer builds on ("Farmers use 78% of
  the water in the basin.").

The guest is the first personal name in the title or the paragraphs before the first question whose
last word is not an ordinary English word ("Tomasz Ellwood", not "Sallow River Basin").
"""
from __future__ import annotations

import re

from .clean_furniture import not_said

_LABEL = re.compile(r"^(?:Q|A|Question|Answer)\s*:\s+")
_QUESTION = re.compile(r"^(?:Q|Question)\s*:")
MIN_LABELS = 2  # a printed interview has several questions and answers; one "A: ..." may be anything
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
# A run of capitalised words; a name is a run of two or three ("Sallow River Basin Commission" is not).
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)+\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


_ABBREVIATION = re.compile(r"(?:\b(?:vs|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gov|Sen|Rep|Prof|Inc|Co|Gen|Lt|Sgt|Capt)|\b[A-Z])\.$")


def sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences; a full stop after an abbreviation ("vs.", "Dr.", "J.") does not end one."""
    out: list[str] = []
    for piece in _SENTENCE.split(paragraph.strip()):
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] += " " + piece
        elif piece:
            out.append(piece)
    return out


def is_interview(paragraphs: list[str]) -> bool:
    questions = sum(1 for p in paragraphs if _QUESTION.match(p))
    answers = sum(1 for p in paragraphs if _LABEL.match(p)) - questions
    return questions >= MIN_LABELS and answers >= MIN_LABELS


def guest_name(paragraphs: list[str], title: str = "") -> str | None:
    """The interviewed person's surname, from the title or the introduction (see the module's docstring)."""
    from .vocabulary import common_words

    intro: list[str] = [title]
    for paragraph in paragraphs:
        if _LABEL.match(paragraph):
            break
        intro.append(paragraph)
    for text in intro:
        for name in _CAPITALISED_RUN.findall(text):
            last = name.split()[-1]
            if len(name.split()) <= 3 and last.lower() not in common_words():
                return last
    return None


def spoken_paragraphs(paragraphs: list[str], title: str = "") -> list[str]:
    """The paragraphs as the script writer should read them (see the module's docstring); any text that is
    not a printed interview comes back unchanged."""
    if not is_interview(paragraphs):
        return not_said(paragraphs)
    guest = guest_name(paragraphs, title)
    out: list[str] = []
    for paragraph in paragraphs:
        if _QUESTION.match(paragraph):
            kept = [s for s in sentences(_LABEL.sub("", paragraph)) if s.endswith("?") or not _SECOND_PERSON.search(s)]
            out.append(" ".join(kept))
        elif _LABEL.match(paragraph):
            answer = without_consequence(_LABEL.sub("", paragraph))
            if not answer or is_bare_reply(answer):
                out.append("")
            else:
                out.append(attributed(answer, guest) if guest else answer)
        else:
            out.append(paragraph)
    return not_said(out)


# an answer that opens on what follows from the question's "if": "Q: What if the vote fails? A: Then ..."
_CONSEQUENCE = re.compile(r"^(?:Then|In that case|If so|If not|Otherwise)\b")


def without_consequence(answer: str) -> str:
    """The answer without a first sentence that holds only under the question's condition ("Then the state
    will step in."): the script does not say the question, so told alone it would be a forecast."""
    parts = sentences(answer)
    return " ".join(parts[1:]) if parts and _CONSEQUENCE.match(parts[0]) else answer


_CLAUSE_STARTS = {"because", "if", "when", "since", "as", "although", "though", "while", "so", "and", "but", "unless"}
INTERJECTION_WORDS = 2  # "Yes.", "Not really.": a short reply before the answer's sentences, which stand alone


def is_bare_reply(answer: str) -> bool:
    """An answer that opens with no subject and verb ("Trip to Disney World", "Bob Marley, Drake", "Broncos vs.
    Raiders at Mile High. He threw five touchdowns."): it means something only after its question, which the
    script does not say, and what follows leans on it ("He" is the player named in the reply). A "Yes." or a
    "Not really." before whole sentences is no such reply."""
    from .grammar import subject_and_verb

    parts = sentences(answer)
    if not parts or subject_and_verb(parts[0].rstrip(".!?")):
        return False
    # "Because the river is telling us to. Flows at the gauge are ...": a clause the next sentences do not need
    opens_clause = parts[0].split()[0].lower().strip(",") in _CLAUSE_STARTS
    return len(parts) == 1 or (len(parts[0].split()) > INTERJECTION_WORDS and not opens_clause)


def attributed(answer: str, speaker: str) -> str:
    """'S1. S2.' -> '"S1," Speaker said. "S2."': the guest's words, named once at their first sentence
    (a quotation inside them takes single quotes)."""
    answer = re.sub(r'"([^"]*)"|“([^”]*)”', lambda m: f"'{m.group(1) or m.group(2) or ''}'", answer)
    first, *rest = sentences(answer)
    opening = f'"{first[:-1]}," {speaker} said.' if first.endswith(".") else f'"{first}" {speaker} said.'
    return opening + (f' "{" ".join(rest)}"' if rest else "")

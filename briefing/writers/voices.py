"""Who a line speaks of and who speaks in it: the person a lost sentence named, and the writer of a review.

A sentence the rewrite gives nothing for may be the only one that names the "she" of the next line
("For Lorraine Eckhart, 72, ...": "She said she grabbed her pills"); that line is said with the name. A
writer who says "I" (a review, a column) is "the writer", and their verdicts are told as what they said.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from ..clauses import words
from ..grammar import LONGEST
from ..plain_english import normalise, split_sentences
from ..speakers import FIRST_AND_LAST, first_and_last_names, people_named
from ..vocabulary import common_words


# a word before a capitalised pair that makes it a place ("in Elk Prairie"), not a person
PLACE_BEFORE = {"in", "at", "to", "of", "on", "by", "the", "from", "near", "into", "across", "outside", "inside"}
# "She said ...", "She was 91.": a sentence that opens on the person of the sentence before it
PRONOUN_SAID = re.compile(r"^(He|She) (said|says|added|told|was|is|had|has|died|lived|worked|spent|left|joined)\b")


def full_names(text: str) -> set[str]:
    """The people a text names with first and last name ("Lorraine Eckhart"), not places ("in Elk Prairie")
    or bodies ("Police Department")."""
    text = text.replace("\u2019", "'")
    return {m.group(0) for m in first_and_last_names(text)
            if (text[:m.start()].split() or [""])[-1] not in PLACE_BEFORE or _speaks(m.group(2), text)}


def _speaks(surname: str, text: str) -> bool:
    """'... did not appeal to Julie Graham, ...' and later 'Graham said': a place does not speak."""
    return re.search(rf"\b{re.escape(surname)},? (?:said|says|added|told)\b", text) is not None


def person_of(sentence: str) -> str | None:
    """The one person a sentence names in full ("For Lorraine Eckhart, 72, who has lived in Elk Prairie ...,
    the order came ..."): None when it names none or several. A name inside a quotation is the speaker's word
    ("\"Mary Hale painted these hills.\""), never the person a "she" after it means."""
    people = full_names(re.sub(r'["\u201c][^"\u201d]*(?:["\u201d]|$)', " ", sentence))
    return people.pop() if len(people) == 1 else None


def named_speaker(text: str, person: str | None, pronouns: Mapping[str, str]) -> str:
    """'She said she grabbed her pills.' right after a sentence the rewrite gave nothing for, that named one
    person: 'Lorraine Eckhart said she grabbed her pills.' The listener never heard who "she" is; the article
    did say it. Left as it is when the article calls that person by the other pronoun."""
    m = PRONOUN_SAID.match(text)
    if not m or not person or pronouns.get(person.split()[-1], m.group(1).lower()) != m.group(1).lower():
        return text
    return f"{person} {text[len(m.group(1)) + 1:]}"


# words of a verdict: in a review or a column they are the writer's opinion, not a fact of the news
VERDICT_WORDS = {"great", "good", "bad", "lovely", "superb", "excellent", "brilliant", "beautiful", "weak", "poor",
                 "decent", "disappointing", "impressive", "best", "worst", "nice", "terrible", "awful", "perfect",
                 "ugly", "boring", "pleasant", "messy", "wonderful", "fantastic", "mediocre", "stunning", "better",
                 "worse", "fine", "solid", "clumsy", "slick", "charming", "dull", "brilliantly", "easy", "hard"}
FIRST_PERSON = re.compile(r"\b(?:I|me|my)\b")
FIRST_PERSON_SENTENCES = 3  # a writer who says "I" this often outside quotes writes a review or a column


def writes_in_first_person(paragraphs: list[str]) -> bool:
    """The article's writer speaks as "I" (a review, a column): outside quotes, in several sentences."""
    unquoted = [re.sub(r'"[^"]*"', "", normalise(p)) for p in paragraphs]
    return sum(1 for p in unquoted for sentence in split_sentences(p) if FIRST_PERSON.search(sentence)) \
        >= FIRST_PERSON_SENTENCES


def as_opinion(text: str) -> str:
    """'The battery is great.' in a review -> 'The writer said the battery is great.': the reviewer's verdict
    is told as what the reviewer said. Only a statement with a word of judgement, not advice or a question,
    and only while it stays within the sentence limit."""
    toks = [t.strip(",.;:!?").lower() for t in text.split()]
    if not VERDICT_WORDS & set(toks) or toks[0].endswith("ly") or toks[0] in {"if", "you", "the writer", "then", "but", "so"} \
            or re.search(r"\b(?:said|says|writer)\b", text) or words(text) + 3 > LONGEST:
        return text
    first = text.split()[0]
    lowered = text if first in {"I"} or (first[:1].isupper() and first.lower() not in common_words()) \
        else text[:1].lower() + text[1:]
    return f"The writer said {lowered}"


# verbs a reviewer's advice opens with: "..., look elsewhere", "..., wait for a sale"
ADVICE_VERBS = {"look", "wait", "buy", "skip", "avoid", "consider", "go", "try", "get", "pick", "choose", "stick",
                "keep", "save", "spend", "check", "think", "read", "take", "use", "give", "stay", "steer", "shop",
                "turn", "switch", "find", "start", "stop", "pay", "make", "ask", "see", "order", "book", "watch"}


def as_advice(text: str) -> list[str]:
    """'If you take photos at night, look elsewhere.' in a review -> 'The writer said to look elsewhere if you
    take photos at night.': an order to the listener in the show's own voice would be the show's advice; it is
    the reviewer's. When that would run past the sentence limit, the advice is said as it is and then named
    ("That is the writer's advice.", which leans on it and is never said without it). Left as it is when it
    is no "If you ..., do ..."."""
    m = re.match(r"If (.+)[.!]$", text)
    if not m or not re.search(r"\byou\b", m.group(1)):
        return [text]
    body = m.group(1)
    for comma in reversed([c.start() for c in re.finditer(r", ", body)]):
        condition, advice = body[:comma], body[comma + 2:]
        verb = advice.split(" ", 1)[0]
        negative = re.match(r"(?:do not|don't) (\w+)", advice)
        if negative and negative.group(1) in ADVICE_VERBS:
            advice = "not to " + advice[negative.end(0) - len(negative.group(1)):]
        elif verb in ADVICE_VERBS and re.search(r"\byou\b", condition):
            advice = "to " + advice
        else:
            continue
        told = f"The writer said {advice} if {condition}."
        return [told] if words(told) <= LONGEST else [text, ADVICE_NAMED]
    return [text]


ADVICE_NAMED = "That is the writer's advice."


# nouns for one person ("the store's guard", "a local woman"): a sentence about one of them may be what a "he" or
# "she" right after it means
PERSON_NOUNS = {"man", "woman", "boy", "girl", "teenager", "driver", "pilot", "nurse", "doctor", "teacher", "mother",
                "father", "son", "daughter", "wife", "husband", "pensioner", "student", "worker", "officer", "soldier",
                "cyclist", "passenger", "child", "guard", "suspect", "victim", "patient", "tourist", "climber",
                "swimmer", "farmer", "owner", "manager", "spokesman", "spokeswoman", "witness", "resident", "neighbour",
                "neighbor", "customer", "employee", "gunman", "robber", "thief", "player", "boss", "pupil", "lifeguard",
                "firefighter", "paramedic", "constable", "trooper", "deputy", "sergeant", "motorist", "pedestrian",
                "motorcyclist", "hiker", "walker", "runner", "rider", "fan", "shopper", "volunteer", "prisoner",
                "inmate", "athlete", "journalist", "reporter", "lawyer", "judge", "coach", "councillor", "councilor"}
# people spoken of as a group ("People who feel ill should call first."): what a "They" right after it means
PEOPLE_SUBJECT = re.compile(r"(?:(?:The|Some|Many|Most|Other|All|Those|Anyone|Several) )?(?:[a-z][\w-]* ){0,2}?"
                            r"(?:[Pp]eople|[Rr]esidents|[Pp]atients|[Pp]arents|[Cc]hildren|[Ss]tudents|[Ww]orkers"
                            r"|[Vv]isitors|[Pp]assengers|[Dd]rivers|[Tt]enants|[Vv]oters|[Ff]amilies|[Cc]ustomers)"
                            r" (?:who|with|in|at|on|from|should|must|can|may|will|are|were|have|had)\b")
_PERSON_SUBJECT = re.compile(r"(?:(?:The|A|An|One|Another|Its|Their|His|Her) )?(?:[\w-]+'s? )?(?:[a-z][\w-]* ){0,3}?"
                             r"(?P<noun>[a-z]+)(?=[ ,])")


def opens_on_a_person(sentence: str) -> bool:
    """Is the sentence about one person its subject names by a noun ("The store's guard, a retired postal worker,
    tried to stop them ...")? When it gives no line, a "He was taken to hospital." after it means that person,
    not the one the line before it spoke of."""
    m = _PERSON_SUBJECT.match(sentence)
    return (m is not None and m["noun"] in PERSON_NOUNS) or PEOPLE_SUBJECT.match(sentence) is not None


# a sentence that opens on a one-word name, then its comma or verb: "Ward, who proposed ..., said she ..."
_SURNAME_FIRST = re.compile(r"([A-Z][a-z'-]+)(?:,| (?:said|says|told|who|was|is|had|has|added|proposed|asked)\b)")


def names_someone_unheard(sentence: str, heard: str, source: str) -> bool:
    """Does a sentence that gave no line name someone no line has named (a full name, a family name alone as its
    subject that the article gives a person in full, or one person by a noun)? Then a "he", "she" or "her" right
    after it may mean that person ("Ward, who ..., said she ..." before "Her amendment failed.")."""
    surname = _SURNAME_FIRST.match(sentence)
    return any(not re.search(rf"\b{re.escape(m.group(2))}\b", heard) for m in FIRST_AND_LAST.finditer(sentence)) \
        or opens_on_a_person(sentence) \
        or (surname is not None and surname.group(1) in people_named(source)
            and not re.search(rf"\b{surname.group(1)}\b", heard))

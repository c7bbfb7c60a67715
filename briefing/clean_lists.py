"""Lists inside a story: a line that introduces a list ("Common signs include:") and the items under it.

News pages print lists as bullets, and their items are rarely sentences: "- heavy sweating and cool, clammy skin;".
Read alone, an item is a fragment ("A mobile app that gives drivers ..."), and the lead-in alone says nothing
("Key features of the app include:"). The lead-in and its items are one idea, so they reach the body
written as sentences:

- items that are sentences ("17 min: Dacre 0-1. The striker ... headed in.") stay sentences, each its own
  paragraph, after the lead-in;
- items that are phrases and complete a short lead-in's sentence (it ends with a verb or a preposition:
  "include:", "such as:") are written after it. Short ones a few to a sentence ("Common signs include heavy
  sweating; a headache; cramps."); long ones each after the lead-in, so that any one of them can be said
  without the others ("Key features include an app that ...");
- a lead-in that is only a fronted phrase ("Among the main items:") reads the same way with the verb its
  colon stands for ("Among the main items is $3.1 million to hire ..."), the one word the rule adds; a
  plural lead-in with "are"/"were" before one long item agrees with it ("One of the main decisions was ...");
- items of a closed lead-in ("This could occur:", "Dare to Play 3:") stay as the article has them.

Only the article's own words are used: the lead-in is repeated, never reworded, and no "and" is added.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .clean_lines import Line

# The last word of a lead-in whose items are its object: "... include:", "... such as:" (the colon then goes).
_OPEN_END = re.compile(
    r"\b(?:include[sd]?|including|are|were|is|was|be|been|such\s+as|like|contains?|covers?|features?|involves?|"
    r"offers?|lists?|means?|mean|needs?|to|for|of|with|by|from|into|on|in|at|about|as|among|between)\s*:$",
    re.IGNORECASE,
)
# A lead-in that is only a fronted phrase ("Among the main items:"): the colon stands for "is"/"are".
_FRONTED = re.compile(r"^Among\s[^.!?;,:]+:$")
# The lead-in of a box of links to other stories: "Also in the news today:", "More headlines:", "In other news:".
_LINKS_LEAD_IN = re.compile(
    r"^(?:[\w'’]+\s+){0,4}(?:news|stories|headlines|articles|coverage|reading|links|reads|videos)"
    r"(?:\s+[\w'’]+){0,2}\s*:$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")  # "1. heavy sweating;": the number goes when the item joins the lead-in
_ITEM_END = re.compile(r"\s*(?:[;,]\s*(?:and|or)|[;,.]|\s(?:and|or))\s*$")
_LIST_PUNCTUATION = re.compile(r"[;,]\s*(?:and|or)?$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
# Words that can open an item and are never names: lowered when the item goes after the lead-in.
_FUNCTION_WORDS = frozenset(
    "a an the some any each every one two three four five six seven eight nine ten more most less fewer few "
    "many much several other another all both no its their his her our your this that these those".split()
)
MAX_LEAD_WORDS = 10  # a longer lead-in is not repeated before each item: the items follow it as they are
SHORT_ITEM_WORDS = 7  # items of at most this many words are said a few to a sentence
SENTENCE_WORDS = 20  # how many words a sentence of short items may reach


def is_lead_in(text: str) -> bool:
    """A line (or a paragraph's last sentence) that introduces a list: it ends with a colon, after at least
    three words ("Further reading:" labels a box of links), and it does not announce other stories."""
    last = last_sentence(text)[1]
    return text.rstrip().endswith(":") and len(text.split()) >= 3 and not _LINKS_LEAD_IN.search(last)


def items_are_sentences(items: Sequence[str]) -> bool:
    """Every item reads as a sentence: it starts upper-case or with a figure and ends with . ! or ?"""
    return all((t[:1].isupper() or t[:1].isdigit() or t[:1] in "\"“$£€") and bool(_SENTENCE_END.search(t))
               for t in items)


def last_sentence(text: str) -> tuple[str, str]:
    """A lead-in paragraph as (what comes before its last sentence, the last sentence)."""
    parts = re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[A-Z\"“])", text.strip())
    if len(parts) == 1:
        return "", parts[0]
    return " ".join(parts[:-1]), parts[-1]


def list_paragraphs(lead_in: str, items: Sequence[str], article_text: str = "") -> list[str]:
    """The lead-in and its items as paragraphs (see the module's docstring)."""
    items = [t.strip() for t in items if t.strip()]
    before, lead = last_sentence(lead_in)
    following = _FOLLOWING.match(lead)
    if following and items and all(_following_item(lead, t) for t in items):
        # "People may have been exposed at the following places:" + "Crossroads Mall, 4400 Harbor Road, Nov. 8.":
        # each item said in the lead-in's place of "the following ..." ("People may have been exposed at Crossroads
        # Mall, ..."), a paragraph of its own (an item that ends "4 p.m." would not end a sentence for the splitter);
        # the lead-in stays before them, so that a later "those places" points at something heard
        told = [f"{following['before']}{_ITEM_END.sub('', _NUMBER.sub('', t))}." for t in items]
        return [" ".join(([before] if before else []) + [lead.rstrip()[:-1].rstrip() + "."])] + told
    fronted = bool(_FRONTED.match(lead))
    if not items or items_are_sentences(items) or not (fronted or _OPEN_END.search(lead)) \
            or len(lead.split()) > MAX_LEAD_WORDS:
        # sentences, or items a closed lead-in names ("This could occur:"): each as the article has it
        return [lead_in, *items]
    lead = lead.rstrip()[:-1].rstrip()  # "Common signs include:" -> "Common signs include"
    phrases = [_lowered(_ITEM_END.sub("", _NUMBER.sub("", t)), article_text) for t in items]
    joiner = "; " if any("," in p for p in phrases) else ", "
    sentences = [f"{_one_of(lead, group)}{_copula(group) if fronted else ''}{_that(lead, group)} {joiner.join(group)}."
                 for group in _groups(phrases)]
    return [" ".join(([before] if before else []) + sentences)]


# a lead-in that names the items with a plural and "are"/"were": "The main decisions were:"
_PLURAL_LEAD = re.compile(r"^(The|Their|Its|His|Her|Our) ([\w'’ -]+?s) (are|were)$")


def _one_of(lead: str, group: list[str]) -> str:
    """ "The main decisions were" before one item: "One of the main decisions was" ("The main decisions were a
    review of street lighting." does not agree); before several items the lead-in stays as it is."""
    m = _PLURAL_LEAD.match(lead)
    if not m or len(group) > 1:
        return lead
    return f"One of {m.group(1).lower()} {m.group(2)} {'is' if m.group(3) == 'are' else 'was'}"


# an item that is a clause of its own: a subject of a few words, then its verb ("rent can be raised once a year")
_CLAUSE_ITEM = re.compile(r"(?:[\w'-]+ ){1,3}(?:can|cannot|can't|will|won't|must|may|might|should|could|would|is|are"
                          r"|was|were|has|have|had|do|does|did)\b")


def _that(lead: str, group: list[str]) -> str:
    """'The main changes are: - rent can be raised once a year;' -> 'One of the main changes is that rent can be
    raised ...': after "is"/"are", a clause is what the change is only with its "that" ("is rent can be" breaks)."""
    ends_on_be = re.search(r"\b(?:is|are|was|were)$", lead) is not None
    return " that" if ends_on_be and len(group) == 1 and _CLAUSE_ITEM.match(group[0]) else ""


def _copula(group: list[str]) -> str:
    """The verb the colon of "Among the main items:" stands for: "is" before one item, "are" before several."""
    return " is" if len(group) == 1 else " are"


def _groups(phrases: list[str]) -> list[list[str]]:
    """Short items a few to a sentence, in even groups of up to about SENTENCE_WORDS words; a long item on
    its own."""
    if any(len(p.split()) > SHORT_ITEM_WORDS for p in phrases):
        return [[p] for p in phrases]
    sentences = math.ceil(sum(len(p.split()) for p in phrases) / SENTENCE_WORDS)
    size = math.ceil(len(phrases) / sentences)
    return [phrases[i:i + size] for i in range(0, len(phrases), size)]


def _lowered(phrase: str, article_text: str) -> str:
    """An item's first word in lower case after the lead-in, unless it may be a name: only a word that is
    never a name ("A", "The"), a common English word ("Dynamic") or one the article also writes in lower
    case is lowered."""
    from .vocabulary import common_words

    first, _, rest = phrase.partition(" ")
    if not first[:1].isupper() or first[1:2].isupper():
        return phrase  # already lower case, a figure, or an acronym ("AI", "NHS")
    low = first.lower()
    # ("Same-day settlement": a word of common parts joined by a hyphen is no name either)
    if low in _FUNCTION_WORDS or low in common_words() or re.search(rf"\b{re.escape(low)}\b", article_text) \
            or ("-" in low and all(part in common_words() for part in low.split("-"))):
        return f"{low} {rest}".strip()
    return phrase


# --- the lines of a page: which are a list's lead-in and items (briefing.clean marks, then joins them) ---

_ITEM_WEIGHT = 0.5  # a list item is part of the story, but a short phrase: it bridges rather than leads
MIN_ITEM_WORDS = 3  # mean words of a story's list items; menus and tag lists have one or two a line


def mark_lists(lines: list[Line]) -> None:
    """Lists the story introduces: a line ending with a colon ("Common signs include:", or a paragraph
    ending "Among the main items:"), then two or more items, bulleted or ending with ";" or ",". Menus and
    link lists have no such lead-in, and the lead-ins of furniture ("Related:", "Tags:") are furniture."""
    pos = 0
    while pos < len(lines):
        lead = lines[pos]
        items = _items_after(lines, pos) if is_lead_in(lead.text) and not lead.furniture else []
        if len(items) < 2 or sum(i.words for i in items) / len(items) < MIN_ITEM_WORDS:
            pos += 1
            continue
        lead.list_role = "lead"
        if lead.kind != "good":
            lead.kind, lead.score = "short", 0.0
        for item in items:
            item.list_role, item.kind, item.score = "item", "item", item.words * _ITEM_WEIGHT
        pos += len(items) + 1


# "People may have been exposed at the following places and times:": the items take the place of "the following ..."
_FOLLOWING = re.compile(r"^(?P<before>.*?\b)the following (?:[a-z]+ )?[a-z]+(?: and [a-z]+)?\s*:$")


def _following_item(lead: str, text: str) -> bool:
    """An unbulleted line under a "the following places:" lead-in that is no sentence (a place, an address, a time:
    "Crossroads Mall, 4400 Harbor Road, Nov. 8 from noon to 4 p.m."). A labelled entry ("Ann Burton: possession of
    ..., held in lieu of $70,000 bond.", under "held on the following charges:") is a list of its own: put in the
    lead-in's place it would read "held on Ann Burton: possession ..."."""
    from .grammar import has_colon, subject_and_verb  # the cleaner needs the clause tests only here

    return _FOLLOWING.match(last_sentence(lead)[1]) is not None and not subject_and_verb(text) and not has_colon(text)


def _items_after(lines: list[Line], pos: int) -> list[Line]:
    """The items under a lead-in: bulleted lines, or unbulleted ones marked by list punctuation ("...;")."""
    items: list[Line] = []
    for line in lines[pos + 1:]:
        if line.furniture or not line.words or line.text.endswith(("...", "…")):
            break
        if line.bullet or _LIST_PUNCTUATION.search(line.text) or _following_item(lines[pos].text, line.text):
            items.append(line)
        elif items and _LIST_PUNCTUATION.search(items[-1].text) and line.text[:1].islower():
            items.append(line)  # an unbulleted list's last item: "... cramps;" then "and intense thirst."
            break
        else:
            break
    return items




def paragraphs_with_lists(kept: list[Line], texts: list[str] | None = None) -> list[str]:
    """The kept lines as paragraphs (texts: each line's text, when not line.text); a list's lead-in and
    items become whole sentences (briefing.clean_lists)."""
    texts = texts if texts is not None else [line.text for line in kept]
    article_text = "\n".join(texts)
    paragraphs: list[str] = []
    pos = 0
    while pos < len(kept):
        line = kept[pos]
        items: list[str] = []
        if line.list_role == "lead":
            while pos + 1 + len(items) < len(kept) and kept[pos + 1 + len(items)].list_role == "item":
                items.append(kept[pos + 1 + len(items)].text)
        if items:
            paragraphs += list_paragraphs(texts[pos], items, article_text)
        elif line.list_role != "item" or line.sentence:  # a stray item without its lead-in is kept if a sentence
            paragraphs.append(texts[pos])
        pos += 1 + len(items)
    return paragraphs

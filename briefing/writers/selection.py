"""Which draft lines a story keeps: the lead paragraphs whole, then the rest in article order to a word budget.

A story is told in the article's order and never has a hole in its middle for a reason the listener
cannot hear: later sentences are left out only when the budget is spent, when they are page furniture,
or (while the budget can be met with easier ones) when they are thick with uncommon words.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..checks import odd_sentences
from ..clauses import words
from .. import person_titles
from ..models import Article
from ..person_titles import either
from ..vocabulary import common_share
from .grade import syllables_per_word
from .who_lines import who_lines_with_their_person
from .also_heard import without_unheard_also
from .leaning import (NOT_LEANING, SAID_THIS, claims_with_their_speaker, leaning_on_said, leans_on_a_lost_line,
                      opens_with_reference, points_back_inside, points_outside, right_after, same_person_after_tail,
                      with_definite_pointers)

__all__ = ["Draft", "Line", "NOT_LEANING", "SAID_THIS", "is_furniture", "odd_reason", "opens_with_reference",
           "points_back_inside", "points_outside", "same_person_after_tail", "select_lines"]

LEAD_WORDS = 45
LEAD_PARAGRAPHS = 2
LEAD_MAX_WORDS = 120
MAX_RARE_SHARE = 0.12
# a story short of its budget may say lines with this many uncommon words while it keeps this share common
FILL_RARE = 2
FILL_SHARE = 0.965
# Lines a page adds around the story, in any language of the news: where it was first published, where
# the story goes on, credits. They say nothing about the news.
FURNITURE = re.compile(
    r"^(?:(?:This (?:story|article) was )?(?:originally|first) (?:published|appeared)\b"
    r"|(?:The )?(?:story|article) continues\b|Continue reading\b|Advertisement\b|Related:|Image:|Photo:"
    r"|Copyright\b|All rights reserved\b|Reporting by\b|Editing by\b|Additional reporting\b"
    # a sponsor's disclosure: "This shop has been compensated by ...", "This post contains affiliate links"
    r"|This (?:post|shop|page|article|story|content|video) (?:has been |was |is )?(?:compensated|sponsored|paid for)\b"
    r"|(?:This (?:post|page|article|story) )?(?:contains|may contain) affiliate links\b|Sponsored by\b"
    # "FTC: We use income earning auto affiliate links." (told as "The writers use ... partner links.")
    r"|FTC:|(?:We|The writers) (?:use|may use)\b[^.]{0,40}\b(?:affiliate|partner) links\b"
    # a wire credit or a site's headline roundup: "With Post wires.", "Fox News Flash top headlines for Nov. 19."
    r"|With (?:[\w.&'-]+ ){0,3}wires?\b|(?:[\w.&'-]+ ){0,4}top (?:[\w&-]+ ){0,4}headlines (?:for|are here)\b"
    # a site's promise or pointer: "We will update this article ...", "Visit our home page for more stories."
    r"|(?:We|They|The writers) will update this (?:article|story|post|page)\b|This is a developing story\b"
    r"|This (?:article|story|post|page) (?:has been|was|will be|is being) updated\b|Check back\b[^.]{0,20}\bupdates\b"
    r"|Visit\b[^.]{0,60}\b(?:home ?page|website|site)\b|(?:Pro tip|Editor's note|Editor’s note):|Learn more about\b"
    r"|Here(?:'s| is) what (?:[\w.'-]+ ){1,4}had to say\b"
    r"|About this (?:rating|article|story|author|fact check)\b|(?:For [^.]{0,60}, )?see this page\b"
    r"|[\w.&'-]+ advises (?:users|readers|viewers|investors) to (?:check|consult)\b"
    # the page's own show plugged: "This week's Tennis Podcast is sponsored by ...", "The Daily Brief newsletter
    # is produced weekly ..."
    r"|(?:This week's |Today's |The )?(?:[\w&'-]+ ){0,4}(?:podcast|newsletter)\b[^.]{0,30}\b(?:is|was) "
    r"(?:sponsored|produced|brought to you|supported)\b)", re.IGNORECASE)


@dataclass
class Line:
    text: str
    paragraph: int
    rare: int  # lower-case words outside the common list
    group: int = 0  # the article sentence it came from: explanations never go between its pieces
    odd: str = ""  # why a listener would hear it as broken (briefing.checks.odd_sentences); never said
    after_new_person: bool = False  # a sentence before it that gave no line named someone new
    core: bool = False  # the plain core of a lead sentence (writers/lead_core.py): what its tail named is unheard
    # a lead sentence told whole in pieces (lead_core.told_in_pieces): every name and number of it is heard, so
    # a "His car ..." after it may lean on it like on any line
    whole: bool = False
    tail_lost: bool = False  # the last line of a sentence whose last words no line says ("..., with the LED lamps")
    # leans on the line before it with no pointer word: a quote's "her" that is not its speaker, a "cannot refuse"
    # with no object (writers/unsaid_referents.py)
    points_back: bool = False


@dataclass
class Draft:
    article: Article
    headline: list[str]
    lines: list[Line]
    names: set[str] = field(default_factory=set)

    @property
    def odd_lines(self) -> list[Line]:
        """Lines the broken-sentence check flagged: the writer skips them, the count says how many."""
        return [ln for ln in self.lines if ln.odd]

    @property
    def lead(self) -> list[Line]:
        """The opening paragraphs (at least LEAD_WORDS words, at most three paragraphs and LEAD_MAX_WORDS):
        the main facts live there. A page with no paragraph breaks still gets a lead of a few sentences."""
        return [ln for ln in self.lead_span if id(ln) not in self.lead_skipped]

    @property
    def lead_span(self) -> list[Line]:
        """The lines the lead is taken from, skipped ones included (the optional lines start after them)."""
        span: list[Line] = []
        paragraphs: list[int] = []
        total = 0
        for ln in self.lines:
            if ln.paragraph not in paragraphs:
                # (two paragraphs at least after a lead sentence told by its core or in pieces, which can fill
                # LEAD_WORDS alone: the second paragraph still holds the when, where and how of the news)
                told_apart = any(x.core for x in span)
                if (total >= LEAD_WORDS and (len(paragraphs) >= LEAD_PARAGRAPHS or not told_apart)) \
                        or len(paragraphs) == 3:
                    break
                paragraphs.append(ln.paragraph)
            if total >= LEAD_MAX_WORDS:
                break
            span.append(ln)
            total += words(ln.text)
        return span

    @property
    def lead_skipped(self) -> set[int]:
        """Past the first LEAD_WORDS words, a lead sentence with two or more uncommon words is left out
        (with any "This was ..." piece that leans on it): the main facts come first, the detail is optional."""
        skipped: set[int] = set()
        total = 0
        previous: Line | None = None
        for ln in self.lead_span:
            leans = previous is not None and previous.group == ln.group and id(previous) in skipped \
                and opens_with_reference(ln.text)
            if total >= LEAD_WORDS and (ln.rare >= 2 or leans):
                skipped.add(id(ln))
            # (the lines of a lead sentence told by its core or in pieces do not count: they can fill LEAD_WORDS
            # alone, and the second paragraph's time and place would all be passed over)
            total += 0 if ln.core else words(ln.text)
            previous = ln
        return skipped


# a person's title with the name cut off: "Dr said ...", "Mr also said ..."
TITLE_WITHOUT_NAME = re.compile(rf"\b(?:{either(person_titles.COURTESY, person_titles.RANKS)}|St)\.?(?= (?:also )?(?:said|says|told|added)\b"
                                r"|[.!?]?$)")


def odd_reason(sentence: str) -> str:
    """Why the broken-sentence check flags this one sentence ("" when it reads as whole)."""
    flagged = odd_sentences([sentence])
    if flagged:
        return flagged[0][1]
    return "title without a name" if any(not _street(sentence, m.start()) for m in TITLE_WITHOUT_NAME.finditer(sentence)) \
        else ""


def _street(sentence: str, at: int) -> bool:
    """'... of 1119 Eighth St.', 'on Mill St.': "St" after a capitalised word that is not the sentence's first is a
    street in an address, not a "Saint" whose name was cut off."""
    before = sentence[:at].split()
    return sentence[at:at + 2] == "St" and len(before) >= 2 and before[-1][:1].isupper() and before[-1][:1].isalpha()


def is_furniture(sentence: str) -> bool:
    """A line the page put around the story ("Originally published on ...", "Story continues below ...")."""
    return bool(FURNITURE.match(sentence))


# Passes over the optional sentences, strictest first: uncommon words allowed, syllables per word allowed.
# A long article fills its budget in the first pass with the easiest sentences; a short one needs the last.
EASE_PASSES = ((0, 1.7), (0, 9.0), (1, 1.7), (1, 9.0), (2, 9.0))


def _easy_enough(ln: Line, n_pass: int) -> bool:
    allowed = EASE_PASSES[:n_pass]  # each pass takes what the earlier ones took, and more
    syllables = syllables_per_word(ln.text)
    if not any(ln.rare <= max_rare and syllables <= max_syllables for max_rare, max_syllables in allowed):
        return False
    share = ln.rare / max(1, words(ln.text))
    return ln.rare <= 1 or share <= MAX_RARE_SHARE  # two uncommon words in a short sentence are too many


def select_lines(draft: Draft, budget: int, flagged: Callable[[str], bool] | None = None,
                 wanted: Callable[[str], bool] | None = None) -> list[Line]:
    """The lead paragraphs whole, then later sentences in order while they fit the word budget.

    A line the broken-sentence check flagged (Line.odd), or that `flagged` marks, is never said: it is
    skipped like furniture. A line `wanted` marks is taken in the first pass whatever its words (the plan
    found room for it and checked the script's grade and common words with it: writers/room.py); it still
    needs the line it leans on."""
    if not draft.lines:
        return []

    def sayable(ln: Line) -> bool:
        return not ln.odd and not is_furniture(ln.text) and not (flagged and flagged(ln.text))

    lead = leaning_on_said(draft, [ln for ln in draft.lead if sayable(ln)])
    in_lead = {id(x) for x in draft.lead}
    used = sum(words(ln.text) for ln in lead)
    picked_now = list(lead)
    for n_pass in range(1, len(EASE_PASSES) + 1):
        picked = {id(ln) for ln in lead}
        total = used
        previous: Line | None = None
        for ln in draft.lines:
            after, previous = previous, ln
            if id(ln) in in_lead or not sayable(ln):
                continue  # a lead sentence left out for its uncommon words may still come in a later pass
            if (id(after) not in picked or not right_after(after, ln)) and opens_with_reference(ln.text) \
                    and not same_person_after_tail(draft, ln, picked):
                continue  # "This was because of ..." without the line it points back to
            if not _easy_enough(ln, n_pass) and not (wanted and wanted(ln.text)):
                continue
            if total + words(ln.text) > budget:
                break
            picked.add(id(ln))
            total += words(ln.text)
        picked_now = leaning_on_said(draft, [ln for ln in draft.lines if id(ln) in picked])
        if total >= budget * 0.9:
            break
    else:
        picked_now = _fill_with_harder(draft, picked_now, budget, sayable)
    picked_now = leaning_on_said(draft, claims_with_their_speaker(draft, picked_now))
    picked_now = _whole_ending(draft, _with_introductions(draft, picked_now, sayable))
    picked_now = who_lines_with_their_person(draft, picked_now, sayable)
    return without_unheard_also(draft, with_definite_pointers(draft, _ordinals_in_order(draft, picked_now, sayable)))


# "First, ...", "Second, ...": the openers of an article's numbered points
ORDINAL_OPENER = re.compile(r"^(First|Second|Third|Fourth|Fifth|Sixth)(?:ly)?, (?=\S)")
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"]


def _ordinal(ln: Line) -> int:
    m = ORDINAL_OPENER.match(ln.text)
    return ORDINALS.index(m.group(1).lower()) + 1 if m else 0


def _ordinals_in_order(draft: Draft, picked: list[Line], sayable: Callable[[Line], bool]) -> list[Line]:
    """A story never says "Second, ..." without "First, ...": a numbered point that was passed over comes back
    when the lines after it are said and it can be said itself; when it cannot, the story's points are told
    without their numbers ("Business rates should be based on ..."), so the listener never waits for a point
    that never comes."""
    chosen = {id(ln) for ln in picked}
    highest = max((_ordinal(ln) for ln in picked), default=0)
    if highest < 2:
        return picked
    for ln in draft.lines:
        if id(ln) not in chosen and 0 < _ordinal(ln) < highest and sayable(ln) and not opens_with_reference(ln.text):
            chosen.add(id(ln))
    said = [ln for ln in draft.lines if id(ln) in chosen]
    if {_ordinal(ln) for ln in said} >= set(range(1, highest + 1)):
        return said
    return [replace(ln, text=_without_ordinal(ln.text)) if _ordinal(ln) else ln for ln in said]


def _without_ordinal(text: str) -> str:
    rest = ORDINAL_OPENER.sub("", text, count=1)
    return rest[:1].upper() + rest[1:]


# a surname said alone ("Marek said ...") and the full name that introduced it ("Sofia Marek")
SURNAME = re.compile(r"(?<![A-Z][a-z]\. )(?<![A-Z][A-Za-z'-]\s)\b[A-Z][a-z][A-Za-z'-]+")


# capitalised words before a name that are no first name: "In May", "Last Friday", "Since March"
NOT_FIRST = {"in", "on", "at", "by", "of", "to", "from", "for", "since", "until", "last", "next", "early", "late",
             "mid", "this", "that", "the", "and", "but", "or", "so", "then", "after", "before", "during", "with"}


def _full_name(name: str, text: str) -> bool:
    return any(m.group(1).lower() not in NOT_FIRST
               for m in re.finditer(rf"\b([A-Z][a-z]+)\.? {re.escape(name)}\b", text))


def _with_introductions(draft: Draft, picked: list[Line], sayable: Callable[[Line], bool]) -> list[Line]:
    """A story never says "Marek said ..." when the line that first named "Union leader Sofia Marek" was
    passed over for its budget or its words: that line comes back (when it can be said), so the listener
    meets each person before hearing from them."""
    chosen = {id(ln) for ln in picked}
    for i, ln in enumerate(draft.lines):
        if id(ln) not in chosen:
            continue
        for name in {re.sub(r"'s?$", "", n) for n in SURNAME.findall(ln.text)}:
            if _full_name(name, ln.text):
                continue
            earlier = [x for x in draft.lines[:i] if re.search(rf"\b{re.escape(name)}\b", x.text)]
            if not earlier or any(id(x) in chosen for x in earlier) or not _full_name(name, earlier[0].text):
                continue
            # (not one that leans on a line not said, "Dr. Ann Vale said the team looked for these cold streams":
            # people.introduce_people names her in full in her next line instead)
            if sayable(earlier[0]) and not opens_with_reference(earlier[0].text) \
                    and not leans_on_a_lost_line(draft, earlier[0], chosen):
                chosen.add(id(earlier[0]))
    return [ln for ln in draft.lines if id(ln) in chosen]


def _fill_with_harder(draft: Draft, picked: list[Line], budget: int, sayable: Callable[[Line], bool]) -> list[Line]:
    """A story still short of its budget after the ease passes has nothing easy left to say: it may take a
    line with two uncommon words ("Other scientists welcomed the result but urged caution."), in order,
    while the story's share of common words stays above FILL_SHARE."""
    chosen = {id(ln) for ln in picked}
    total = sum(words(ln.text) for ln in picked)
    previous: Line | None = None
    for ln in draft.lines:
        after, previous = previous, ln
        if id(ln) in chosen or not sayable(ln) or ln.rare > FILL_RARE:
            continue
        if (id(after) not in chosen or not right_after(after, ln)) and opens_with_reference(ln.text) \
                and not same_person_after_tail(draft, ln, chosen):
            continue
        if total + words(ln.text) > budget:
            break
        said = " ".join(x.text for x in draft.lines if id(x) in chosen or x is ln)
        if common_share(said) < FILL_SHARE:
            continue
        chosen.add(id(ln))
        total += words(ln.text)
    return leaning_on_said(draft, [ln for ln in draft.lines if id(ln) in chosen])


def _whole_ending(draft: Draft, picked: list[Line]) -> list[Line]:
    """The story ends at a whole article sentence: a last line whose sentence goes on in lines the budget
    left out is dropped with the rest of its pieces, so the story never stops in the middle of a thought."""
    while len(picked) > 1:
        last = picked[-1]
        rest = [ln for ln in draft.lines if ln.group == last.group and draft.lines.index(ln) > draft.lines.index(last)]
        if not rest:
            break
        picked = [ln for ln in picked if ln.group != last.group] or picked[:1]
    return picked

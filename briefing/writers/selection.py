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
from ..models import Article
from ..vocabulary import common_share
from .grade import syllables_per_word
from .pointers import definite_instead, points_back_mid_line

LEAD_WORDS = 45
LEAD_MAX_WORDS = 120
MAX_RARE_SHARE = 0.12
# a story short of its budget may say lines with this many uncommon words while it keeps this share common
FILL_RARE = 2
FILL_SHARE = 0.965
# A line that opens with one of these leans on the line before it: "They said ...", "Such rules ...",
# "Among those values is ...", "Despite these findings ...", "The other team ...". Said only right after
# the line it leans on, and never as the first line of a story.
LEANING_STARTS = {"they", "he", "she", "it", "this", "that", "these", "those", "but", "so", "such", "another",
                  "also", "them", "its", "his", "her", "their", "however"}
LEANING_OPENER = re.compile(
    r"^(?:(?:among|of|despite|besides|like|unlike|in|for|with|from|after|before|at|on|by|during|since|under"
    r"|because of|as well as|along with|apart from|including) (?:this|that|these|those|such|them|it)\b"
    r"|the (?:other|others|same|latter|former)\b"
    # "Now his own company ...", "Then they found ...": a time word does not name whom "his" or "they" means
    r"|(?:now|then|later|still|yet|and|today|meanwhile|instead|even so|since then),?"
    r" (?:he|she|his|her|they|their|it|its)\b"
    # "Many were working families ...": a bare count of people or things named before, said to be something
    # ("Some said ..." after "Many arrived on foot." is said with the line it follows, as before)
    r"|(?:many|some|most|others|few|several|both|all|none|half) (?:were|are|was|is)\b)", re.IGNORECASE)
# "This year, ...", "This week ...": a time counted from today, not a look back at the line before; "It is
# clear that ...", "It was raining": an "it" that stands for nothing said before
NOT_LEANING = re.compile(
    # "Those who ...", "Those involved with the show ...", "Those killed in the crash ...": the people the rest of
    # the sentence names, not the things of the line before ("Those included ..." still leans)
    r"^(?:those (?:who\b|[a-z]+(?:ed|en|wn) (?:with|in|on|at|by|from|for|about)\b)"
    r"|this (?:year|week|month|morning|afternoon|evening|weekend|summer|winter|spring|autumn|fall|season|time)\b"
    r"|it (?:is|was|has been|had been|will be|would be|may be|might be|could be|seems|seemed|appears|appeared|remains"
    r"|remained)(?: not)? (?:yet |still |now |also )?(?:true|clear|likely|unlikely|possible|impossible|important|hard"
    r"|easy|difficult|unclear|known|unknown|expected|thought|believed|reported|estimated|feared|hoped|time|too early"
    r"|raining|snowing)\b)", re.IGNORECASE)
# "A study published Wednesday said this.": without the line before, "this" points at another fact
# ("Judge Lee said this is not easy." reports a clause whose subject is "this": it leans on nothing before it)
# ("... said this is because ..." still points back: a reason for what came before)
SAID_THIS = re.compile(r"\b(?:said|says|reported|reports|showed|shows|found|finds|announced) (?:this|so)\b"
                       r"(?! (?:is|was)\b(?! (?:because|why|how|what|when|the reason)\b))"
                       r"(?! (?:will|would|could|can|may|might|has|had|means|meant|should|must|needs|makes|made)\b)"
                       # "One would hope so.", "She refused to do so.": what is hoped or done was said before
                       r"|\b(?:hope|hopes|hoped|think|thinks|thought|believe|believes|believed|expect|expects"
                       r"|expected|do|does|did|doing|done) so\b(?! (?:much|many|far|that|as)\b)")
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
                if total >= LEAD_WORDS or len(paragraphs) == 3:
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
            total += words(ln.text)
            previous = ln
        return skipped


def opens_with_reference(sentence: str) -> bool:
    """Does the sentence lean on the one before it ("This was after ...", "They said ...", "Among those
    values is ...", "A study published Wednesday said this.")?"""
    first = sentence.split()[0].lower().strip(",") if sentence.split() else ""
    if SAID_THIS.search(sentence):
        return True
    if NOT_LEANING.match(sentence):
        return False
    return first in LEANING_STARTS or bool(LEANING_OPENER.match(sentence))


# a person's title with the name cut off: "Dr said ...", "Mr also said ..."
TITLE_WITHOUT_NAME = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Gov|Sen|Rep|Supt|St)\.?(?= (?:also )?(?:said|says|told|added)\b"
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


def select_lines(draft: Draft, budget: int, flagged: Callable[[str], bool] | None = None) -> list[Line]:
    """The lead paragraphs whole, then later sentences in order while they fit the word budget.

    A line the broken-sentence check flagged (Line.odd), or that `flagged` marks, is never said: it is
    skipped like furniture."""
    if not draft.lines:
        return []

    def sayable(ln: Line) -> bool:
        return not ln.odd and not is_furniture(ln.text) and not (flagged and flagged(ln.text))

    lead = _leaning_on_said(draft, [ln for ln in draft.lead if sayable(ln)])
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
            if not _easy_enough(ln, n_pass):
                continue
            if total + words(ln.text) > budget:
                break
            picked.add(id(ln))
            total += words(ln.text)
        picked_now = _leaning_on_said(draft, [ln for ln in draft.lines if id(ln) in picked])
        if total >= budget * 0.9:
            break
    else:
        picked_now = _fill_with_harder(draft, picked_now, budget, sayable)
    picked_now = _whole_ending(draft, _with_introductions(draft, picked_now, sayable))
    return _with_definite_pointers(draft, _ordinals_in_order(draft, picked_now, sayable))


def _easy_before(draft: Draft, ln: Line) -> str:
    """The story's earlier lines that are easy enough to be said (fewer than two uncommon words, not broken)."""
    at = next((i for i, x in enumerate(draft.lines) if x is ln), 0)
    return " ".join(x.text for x in draft.lines[:at] if x.rare < 2 and not x.odd)


def _with_definite_pointers(draft: Draft, picked: list[Line]) -> list[Line]:
    """A line said away from the line it points at says "the" for its "this" after a preposition
    (pointers.definite_instead): "brought much of the gas back", not "much of this gas" when no gas was heard."""
    out: list[Line] = []
    last: Line | None = None
    for ln in picked:
        at = next((i for i, x in enumerate(draft.lines) if x is ln), 0)
        previous = draft.lines[at - 1] if at else None
        heard = " ".join(x.text for x in out)
        softer = definite_instead(ln.text, heard, _easy_before(draft, ln)) if out and points_back_mid_line(ln.text, heard) \
            and (previous is not last or not right_after(previous, ln)) else None
        out.append(replace(ln, text=softer) if softer else ln)
        last = ln
    return out


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


def _full_name(name: str, text: str) -> bool:
    return re.search(rf"\b[A-Z][a-z]+\.? {re.escape(name)}\b", text) is not None


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
            if sayable(earlier[0]) and not opens_with_reference(earlier[0].text):
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
    return _leaning_on_said(draft, [ln for ln in draft.lines if id(ln) in chosen])


# "them" or "him" with no name and no "the ..."/"a ..." before it in the line: it points at a line before
OUTSIDE_POINTER = re.compile(r"^(?:(?!\b(?:the|a|an|some|two|three|many|several|these|those)\b)[^A-Z])*?\b(?:them|him)\b")


def points_outside(sentence: str) -> bool:
    """A story's first line cannot say "People began using them": whom "them" means was said before."""
    return opens_with_reference(sentence) or bool(OUTSIDE_POINTER.match(sentence.partition(" ")[2])) \
        or points_back_mid_line(sentence)


# "them" with no noun before it in the line ("You can remove most of them."), or a last "otherwise" ("The writer
# will not pretend otherwise."): what it stands for is in the line before
THINGS_POINTER = re.compile(r"^(?:(?!\b(?:the|a|an|some|two|three|many|several|these|those)\b)[^A-Z])*?\bthem\b")


def points_back_inside(sentence: str) -> bool:
    """Does the line point back from inside, not from its first word ("You can remove most of them.")?"""
    return bool(THINGS_POINTER.match(sentence.partition(" ")[2])) or bool(re.search(r"\botherwise[.!]$", sentence))


CONNECTIVES = {"but", "so", "also", "however"}
PERSON_POINTERS = {"he", "she", "his", "her", "they", "their", "them", "him"}


def right_after(before: Line | None, ln: Line) -> bool:
    """`ln` may lean on `before`: it comes from the same article sentence or the next one, or what lies
    between cannot be what it points to. A line that points back to something ("This was after ...",
    "It opened ...") needs the sentence right before it. A "he" or "she" ("She said she grabbed her pills")
    needs it only when a sentence that gave no line named someone new ("For Lorraine Eckhart, 72, ...");
    otherwise it means the person the story is about ("His first match will be on Saturday"). A line that
    only opens with a link word ("But manager Ann Lee made a change") names what it speaks of."""
    if before is None or (before.core and before.group != ln.group):
        return False  # "It posted ..." after a core that lost the account "it" means
    first = ln.text.split(" ", 1)[0].lower().strip(",")
    return before.group >= ln.group - 1 or first in CONNECTIVES \
        or (first in PERSON_POINTERS and not ln.after_new_person)


NAME_TOKEN = re.compile(r"\b[A-Z][a-z][A-Za-z'-]*")
# "She said but the story moved her.": a quote's link word left after "said", the rest of the quote gone
SAID_AND = re.compile(r"\b(?:said|says|told \w+) (?:but|and|or|so)\b")


def same_person_after_tail(draft: Draft, ln: Line, said: set[int]) -> bool:
    """A "She ..." line whose line before was passed over may still be said when what was passed over is only
    the tail of the last sentence said, and that tail names no one the story has not named: after "Ann Lee
    was born in 1950 in Dunmore." (its tail "Ann Lee was the youngest of four children of a miller." left
    out for its words), "She left school at 15." still means Ann Lee."""
    if ln.text.split(" ", 1)[0] not in ("He", "She") or ln.after_new_person or SAID_AND.search(ln.text):
        return False
    i = next(k for k, x in enumerate(draft.lines) if x is ln)
    said_before = [x for x in draft.lines[:i] if id(x) in said]
    if not said_before:
        return False
    last = said_before[-1]
    skipped = draft.lines[next(k for k, x in enumerate(draft.lines) if x is last) + 1:i]
    pronoun = ln.text.split(" ", 1)[0]
    # ("She advises A." "She also advises B." passed over for their words: they speak of the same "she")
    if not skipped or any(x.group != last.group and x.text.split(" ", 1)[0] != pronoun for x in skipped):
        return False
    heard = " ".join(x.text for x in said_before)
    # a name in the passed-over tail that the listener never heard could be whom "she" means
    return all(re.search(rf"\b{re.escape(n)}\b", heard) for x in skipped for n in _names_of(x.text, draft.names))


def _names_of(text: str, names: set[str]) -> list[str]:
    """The capitalised words of a line, its first word only when it is a name ("The", "Her" are not)."""
    found = NAME_TOKEN.findall(text)
    first = text.split(" ", 1)[0]
    return [n for n in found if n != first or n in names]


def _leaning_on_said(draft: Draft, picked: list[Line]) -> list[Line]:
    """The picked lines without those that lean on a line the listener does not hear: a line opening with
    "Those ...", "It ..." is said only right after the article line before it, and the story never opens
    with a line that points back ("People began using them ...")."""
    kept: list[Line] = []
    chosen = {id(ln) for ln in picked}
    previous: Line | None = None
    for ln in draft.lines:
        if id(ln) in chosen:
            if not kept:
                # the article's own first sentence was written to open it: "Another storm hit ..." is fine
                leans = not (ln is draft.lines[0] and ln.group == 1) and points_outside(ln.text)
            else:
                heard = " ".join(x.text for x in kept)
                leans = (opens_with_reference(ln.text) or points_back_inside(ln.text)
                         or (points_back_mid_line(ln.text, heard)
                             and definite_instead(ln.text, heard, _easy_before(draft, ln)) is None)) \
                    and (previous is not kept[-1] or not right_after(previous, ln)) \
                    and not same_person_after_tail(draft, ln, {id(x) for x in kept})
            if not leans:
                kept.append(ln)
        previous = ln
    kept_ids = {id(ln) for ln in kept}
    return [ln for ln in picked if id(ln) in kept_ids]


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

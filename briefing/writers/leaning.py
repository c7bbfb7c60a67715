"""Lines that lean on the line before them, and what the selection does about it.

A line that opens with "They ...", "This was after ...", "Such rules ..." or says "much of this gas" points back
at something a line before it said. Said without that line, the listener hears a pointer to nothing: such a line
is said only right after the article line it leans on (right_after), a story never opens with one, and a "this"
after a preposition whose noun was never heard is said "the" (pointers.definite_instead). selection.py picks the
lines; this module knows which of them lean.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import person_titles
from ..person_titles import either
from .pointers import definite_instead, points_back_mid_line, unheard_things
from .unsaid_referents import pointer_lost_with_tail, pronoun_of_no_one_heard

if TYPE_CHECKING:
    from .selection import Draft, Line

# A line that opens with one of these leans on the line before it: "They said ...", "Such rules ...",
# "Among those values is ...", "Despite these findings ...", "The other team ...". Said only right after
# the line it leans on, and never as the first line of a story.
LEANING_STARTS = {"they", "he", "she", "it", "this", "that", "these", "those", "but", "so", "such", "another",
                  "also", "them", "its", "his", "her", "their", "however", "others"}
LEANING_OPENER = re.compile(
    r"^(?:(?:among|of|despite|besides|like|unlike|in|for|with|from|after|before|at|on|by|during|since|under"
    r"|because of|as well as|along with|apart from|including) (?:this|that|these|those|such|them|it)\b"
    r"|the (?:other|others|same|latter|former)\b"
    # "There, a new range lifted sales.": the place the line before named (a split "..., where ..." clause)
    r"|there,"
    # "Now his own company ...", "Then they found ...": a time word does not name whom "his" or "they" means
    r"|(?:now|then|later|still|yet|and|today|meanwhile|instead|even so|since then),?"
    r" (?:he|she|his|her|they|their|it|its)\b"
    # "Many were working families ...": a bare count of people or things named before, said to be something
    # ("Some said ..." after "Many arrived on foot." is said with the line it follows, as before)
    r"|(?:many|some|most|others|few|several|both|all|none|half) (?:were|are|was|is)\b"
    # "If not, they will try to find other money.": the hope or plan the line before said
    r"|(?:if (?:not|so|that (?:happens|fails))|otherwise|in that case|failing that),"
    # "About half came out this year.": a share of the things the line before counted ("half of voters" names them)
    r"|(?:about|nearly|almost|roughly|around|more than|less than|over|under|just|only) (?:half|a third|a quarter"
    r"|two-thirds|three-quarters|a fifth|a tenth)\b(?! (?:of|the|its|their|his|her|a|an|all)\b)"
    # "Three members wanted to keep the rate.": members of a body the line before named
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|other) members\b"
    # "One will take pictures of sea ice.": one of the things the line before counted ("The other ..." above)
    r"|one (?:will|would|is|was|has|had|can|could|may|might|must|carries|carried|takes|took)\b"
    # "Approvals had been expected to rise.": what was expected of the figure the line before gave
    r"|(?:[\w'-]+ ){1,3}had (?:been )?(?:expected|forecast|predicted|tipped)\b)", re.IGNORECASE)
# "This year, ...", "This week ...": a time counted from today, not a look back at the line before; "It is
# clear that ...", "It was raining": an "it" that stands for nothing said before
NOT_LEANING = re.compile(
    # "Those who ...", "Those involved with the show ...", "Those killed in the crash ...": the people the rest of
    # the sentence names, not the things of the line before ("Those included ..." still leans)
    r"^(?:those (?:who\b|[a-z]+(?:ed|en|wn) (?:with|in|on|at|by|from|for|about)\b)"
    r"|this (?:year|week|month|morning|afternoon|evening|weekend|summer|winter|spring|autumn|fall|season|time)\b"
    r"|it (?:is|was|has been|had been|will be|would be|may be|might be|could be|seems|seemed|appears|appeared|remains"
    r"|remained)(?: not)? (?:yet |still |now |also )?(?:true|clear|likely|unlikely|possible|impossible|important|hard"
    r"|easy|difficult|unclear|known|unknown|expected|thought|believed|reported|estimated|feared|hoped|time"
    # ("It is too early to say." alone answers a question the line before asked: it leans on it)
    r"|too early(?! to (?:say|tell)[.!]?$)"
    r"|raining|snowing)\b)", re.IGNORECASE)
# "A study published Wednesday said this.": without the line before, "this" points at another fact
# ("Judge Lee said this is not easy." reports a clause whose subject is "this": it leans on nothing before it)
# ("... said this is because ..." still points back: a reason for what came before)
SAID_THIS = re.compile(r"\b(?:said|says) that (?:should|would|could|will|must|may|might|can|is|was|has|had)\b"
                       # ("Olivares said that should not be their job.": "that" is a thing a line before told)
                       r"|\b(?:said|says|reported|reports|showed|shows|found|finds|announced) (?:this|so)\b"
                       r"(?! (?:is|was)\b(?! (?:because|why|how|what|when|the reason)\b))"
                       r"(?! (?:will|would|could|can|may|might|has|had|means|meant|should|must|needs|makes|made)\b)"
                       # "One would hope so.", "She refused to do so.": what is hoped or done was said before
                       r"|\b(?:hope|hopes|hoped|think|thinks|thought|believe|believes|believed|expect|expects"
                       r"|expected|do|does|did|doing|done) so\b(?! (?:much|many|far|that|as)\b)")


# "The admission came two days later.", "He died shortly afterwards.": a time counted from the event the line
# before told, which the listener must have heard
TIME_FROM_BEFORE = re.compile(r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|\d+)"
                              r" (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) (?:later|earlier)"
                              r"|(?:shortly|soon) (?:afterwards?|after)|moments later"
                              r"|later that (?:day|night|week))[.!]?$",
                              re.IGNORECASE)


def opens_with_reference(sentence: str) -> bool:
    """Does the sentence lean on the one before it ("This was after ...", "They said ...", "Among those
    values is ...", "A study published Wednesday said this.")?"""
    first = sentence.split()[0].lower().strip(",") if sentence.split() else ""
    if SAID_THIS.search(sentence) or (TIME_FROM_BEFORE.search(sentence) and len(sentence.split()) <= 10
                                      and not re.search(r"\b(?:1[89]|20)\d\d\b", sentence)):
        return True  # (a long line with a year of its own counts its "later" from that: "In 1956 she married ...,
        # where she opened her bindery two years later.")
    if NOT_LEANING.match(sentence):
        return False
    return first in LEANING_STARTS or bool(LEANING_OPENER.match(sentence))


def _easy_before(draft: Draft, ln: Line) -> str:
    """The story's earlier lines that are easy enough to be said (fewer than two uncommon words, not broken)."""
    at = next((i for i, x in enumerate(draft.lines) if x is ln), 0)
    return " ".join(x.text for x in draft.lines[:at] if x.rare < 2 and not x.odd)


def with_definite_pointers(draft: Draft, picked: list[Line]) -> list[Line]:
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
    if before is None or (before.core and not before.whole and before.group != ln.group):
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


def leaning_on_said(draft: Draft, picked: list[Line]) -> list[Line]:
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
                leans = not (ln is draft.lines[0] and ln.group == 1) \
                    and (points_outside(ln.text) or _this_of_its_sentence(draft, ln))
            else:
                heard = " ".join(x.text for x in kept)
                leans = (opens_with_reference(ln.text) or points_back_inside(ln.text) or _this_of_its_sentence(draft, ln)
                         or _unnamed_body(draft, ln.text, heard)
                         or (points_back_mid_line(ln.text, heard)
                             and definite_instead(ln.text, heard, _easy_before(draft, ln)) is None)) \
                    and (previous is not kept[-1] or not right_after(previous, ln)
                         or not _main_piece_said(draft, previous, ln, kept)) \
                    and not same_person_after_tail(draft, ln, {id(x) for x in kept})
                leans = leans or ((_person_said_it(draft, ln.text) or _other_persons_pronoun(draft, ln.text)
                                   or ln.points_back) and not _said_right_after(draft, previous, ln, kept))
                leans = leans or (TOO_EARLY.match(ln.text) is not None and not ASKS.search(kept[-1].text))
                # "The admission came two days later.": later than the event its sentence's first piece told
                leans = leans or (TIME_FROM_BEFORE.search(ln.text) is not None and not _head_said(draft, ln, kept))
                # "The Lanthorn Security Lab is a non-profit group ...", "The app is called TypeFlow Pro.": what a
                # thing of the sentence is, with the sentence itself left out and the thing named nowhere else
                leans = leans or (_aside_alone(draft, ln, kept) and not _head_said(draft, ln, kept))
                leans = leans or (previous is kept[-1] and pointer_lost_with_tail(previous, ln))
                leans = leans or pronoun_of_no_one_heard(ln.text, [*draft.headline, *(x.text for x in kept)],
                                                         _pronouns(draft.article.body))
            if not leans:
                kept.append(ln)
        previous = ln
    kept_ids = {id(ln) for ln in kept}
    return [ln for ln in picked if id(ln) in kept_ids]


# "The council said this is due to report in the autumn.": a later piece of a sentence whose "which ..." part was
# split off; "this" is the thing its first piece named (as the first piece, "Lee said this is hard" leans on nothing)
SAID_THIS_THING = re.compile(r"\b(?:said|says) (?:that )?this (?:is|was|will|would|could|has|had)\b")


# "It is too early to say.": the answer to a question (often a heading the story does not say); said only after a
# line that asks or names what is not known ("Police have not said what caused the fire.")
TOO_EARLY = re.compile(r"^It is (?:too early|not yet clear|unclear|not known|not clear) to (?:say|tell)[.!]?$")
ASKS = re.compile(r"\?|\b(?:whether|why|how|what|who|when)\b")


# "The department said it had no plans ...": a body the article named in full ("the Department for Education") in a
# line the listener did not hear; said alone, "the department" is any department the story spoke of
BODY_SAID = re.compile(r"^(?:But )?The (department|ministry|office|agency|authority|commission|bureau|institute)"
                       r" (?:also )?(?:said|says|added|warned|told)\b")


def _unnamed_body(draft: Draft, text: str, heard: str) -> bool:
    m = BODY_SAID.match(text)
    if not m:
        return False
    body = m.group(1).capitalize()
    return re.search(rf"\b{body} (?:for|of) [A-Z]", draft.article.body) is not None \
        and re.search(rf"\b{body}\b", heard) is None


NAMED_AS = re.compile(r"^(?:The|This|That|Its|Their) (?:[\w'-]+ ){0,3}(?:is|was|are|were) (?:also )?(?:called|known as|named)\b")


def _aside_alone(draft: Draft, ln: Line, kept: list[Line]) -> bool:
    """An aside piece whose subject no line said so far names: "The Lanthorn Security Lab is a non-profit group"
    after the researchers' line was left out."""
    if NAMED_AS.match(ln.text):
        return True
    m = ASIDE_PIECE.match(ln.text)
    if not m:
        return False
    subject = re.split(r" (?:is|was|are|were) ", ln.text, maxsplit=1)[0]
    # (a body or a thing, "The Lanthorn Security Lab": who a named person is may still be worth saying)
    return subject.startswith("The ") and subject not in " ".join(x.text for x in kept)


def _head(draft: Draft, ln: Line) -> Line:
    """The first piece of the line's sentence."""
    return next(x for x in draft.lines if x.group == ln.group)


def _head_said(draft: Draft, ln: Line, kept: list[Line]) -> bool:
    """Is the first piece of the line's sentence said (or the line that piece itself)?"""
    head = _head(draft, ln)
    return head is ln or any(x is head for x in kept)


def _this_of_its_sentence(draft: Draft, ln: Line) -> bool:
    return _head(draft, ln) is not ln and SAID_THIS_THING.search(ln.text) is not None


# "Ann Lee is the head of the firm.": who someone is, the piece an aside of a longer sentence gives
ASIDE_PIECE = re.compile(r"^(?:[A-Z][\w.'-]*,? )*[A-Z][\w.'-]* (?:is|was|are|were) (?:the|a|an|one of the) ")


def _main_piece_said(draft: Draft, previous: Line, ln: Line, kept: list[Line]) -> bool:
    """A line that leans on the sentence before it needs more of that sentence than an aside: after "That is the
    view of Ann Lee." was passed over, its aside "Ann Lee is the head of the firm." is no claim that "One would
    hope so." can answer. (A clause of the sentence, "The two firms work together on phones.", is enough for
    "Lee knows the value of that work.")"""
    if previous.group == ln.group or not ASIDE_PIECE.match(previous.text):
        return True
    return _head_said(draft, previous, kept)


# a line that reports someone: "Prosecutors said ...", "..., according to police"
REPORTS = re.compile(r"\b(?:said|says|told|alleged|alleges|asserted|claimed|claims|argued|stated|added|warned"
                     r"|insisted|urged|advised|asked|explained|noted|stressed|admitted|denied|according to)\b")


def _names_its_doer(piece: str, head: str) -> bool:
    """"Hartley urged people not to rush repairs." after "Council leader Alan Hartley said ...": the piece says
    who does what (a name of the head, or "He"/"She"), so it is not the claim told bare."""
    first = re.sub(r"^(?:But|And|So|Then) ", "", piece).split(" ", 1)[0]
    return first in ("He", "She") or (first[:1].isupper() and first not in ("The", "A", "An", "This", "That", "It")
                                       and re.search(rf"\b{re.escape(first)}\b", head) is not None)


def claims_with_their_speaker(draft: Draft, picked: list[Line]) -> list[Line]:
    """A later piece of a reported sentence is said only with the piece that names the speaker: "Prosecutors said
    the two were the only guards on duty, and no checks were made for eight hours." split in two must not say
    "No checks were made for eight hours." alone, as the news's own fact."""
    chosen = {id(x) for x in picked}
    out: list[Line] = []
    for ln in picked:
        head = _head(draft, ln)
        if head is not ln and id(head) not in chosen and REPORTS.search(head.text) and not REPORTS.search(ln.text) \
                and not _names_its_doer(ln.text, head.text):
            continue
        if _speaker_after_left_out(draft, ln, chosen):
            continue
        out.append(ln)
    return out


# "Chief executive Ann Lee said this.", "The firm said this on Friday.": the piece after a claim that names who
# said it (not "The union said this ballot closed ...": a claim of its own)
SPEAKER_AFTER = re.compile(r"\b(?:said|says|reported|announced) (?:this|so)(?=[.,]| (?:on|in|at|last|earlier|later|after"
                           r"|before|when|during"
                           r"|to|in|about)\b)")


def _speaker_after_left_out(draft: Draft, ln: Line, chosen: set[int]) -> bool:
    """Is the claim's speaker a later piece of its sentence ("The firm had raised prices." + "Chief executive Ann
    Lee said this.") that the budget left out? Then the claim would be told as a fact."""
    rest = [x for x in draft.lines if x.group == ln.group]
    later = next((rest[i + 1:] for i, x in enumerate(rest) if x is ln), [])
    return not SPEAKER_AFTER.search(ln.text) \
        and any(SPEAKER_AFTER.search(x.text) and id(x) not in chosen for x in later)


# "Ann Lee said it is the best news ...": a person's "it" is the thing of the quote's sentence before ("Now we
# have pictures of cubs."), not the speaker. ("it is hard to ...", "it would take a week to clear ...", "it was
# clear that ...": an "it" that may stand for the clause after it, not for anything said before)
PERSON_SAID_IT = re.compile(r"^(?:But )?((?:[A-Z][\w.'-]* ){0,3}?[A-Z][\w'-]+) said (?:that )?it\b"
                            r"(?! (?:[a-z]+ ){1,5}?(?:to [a-z]+|that|for)\b)")


def _person_said_it(draft: Draft, text: str) -> bool:
    """A person (not a firm: "Acme said it would cut jobs" means Acme) reports something as "it"."""
    from .people import one_person_surnames  # people.py builds on selection.py, which builds on this module
    m = PERSON_SAID_IT.match(text)
    if not m:
        return False
    speaker = m.group(1)
    return speaker in ("He", "She") or speaker.split()[-1] in one_person_surnames(draft.article.body)


def _said_right_after(draft: Draft, previous: Line | None, ln: Line, kept: list[Line]) -> bool:
    """The line comes right after the line of the article sentence before it (or of its own sentence)."""
    return previous is not None and bool(kept) and previous is kept[-1] and previous.group >= ln.group - 1 \
        and _main_piece_said(draft, previous, ln, kept)


# "Tom Reid said for people like her, ...": the speaker and what he said, with his first and last name
SPEAKER_SAID = re.compile(rf"^(?:But )?(?:(?:{either(person_titles.COURTESY)})\.? )?(?:[A-Z][\w'-]+ ){{0,2}}?([A-Z][\w'-]+)"
                          r" (?:also )?said (.+)$")
OTHER_PRONOUN = {"he": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE),
                 "she": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)}


def _other_persons_pronoun(draft: Draft, text: str) -> bool:
    """"Tom Reid said for people like her, the bridge cannot come soon enough.": "her" is not Tom Reid, so it is
    someone of his quote's sentence before ("My mother missed two appointments."): the line leans on it."""
    m = SPEAKER_SAID.match(text)
    if not m:
        return False
    gender = _pronouns(draft.article.body).get(m.group(1))
    return gender in OTHER_PRONOUN and OTHER_PRONOUN[gender].search(m.group(2)) is not None


@lru_cache(maxsize=8)
def _pronouns(body: str) -> dict[str, str]:
    from ..plain_english import normalise, speaker_pronouns  # the sentence rules come before the writer
    return speaker_pronouns(normalise(body))


def leans_on_a_lost_line(draft: Draft, ln: Line, chosen: set[int]) -> bool:
    """Would this line, brought back to introduce a person, lean on an article line that is not said: "these
    cold streams" never heard, or a person's "it" or a "her" that is not the speaker, without the line before?"""
    at = next(i for i, x in enumerate(draft.lines) if x is ln)
    previous = draft.lines[at - 1] if at else None
    heard = " ".join(x.text for x in draft.lines[:at] if id(x) in chosen)
    if unheard_things(ln.text, heard):
        return True
    right_before = previous is not None and id(previous) in chosen and previous.group >= ln.group - 1
    return (_person_said_it(draft, ln.text) or _other_persons_pronoun(draft, ln.text) or ln.points_back) \
        and not right_before

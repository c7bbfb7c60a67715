"""The plain core of a lead sentence that the rewriter could not tell whole.

A news lead runs to 30-50 words: who did what, where and when, how many, and then why, how and what it
means ("About 900 dock workers will return to work on Friday after voting to accept a pay deal, ending a
strike that ..."). When the sentence rules (briefing/plain_english.py) find no safe way to cut it, the lead
sentence is lost and the story starts without its main fact. Its core is the sentence cut before the first
tail that only adds the why, how or what next: a clause after "after ...ing", ", which ...", ", ending ...",
"; ..." or a dash. The core is told by the same rules as every sentence, and only when they tell it as one
whole sentence: it says less than the article, never something else.

A tail is never cut when it holds a condition ("..., provided lawmakers approve ...", "unless ...",
"if ..."): without it the fact would be a different one. A speaker at the end (", the company said") stays
with what was said.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from ..checks import odd_sentences
from ..faithful import faithful_parts
from ..grammar import LONGEST, finish, has_colon
from ..plain_english import rewrite
from ..vocabulary import lower_tokens, rare_count
from .grade import syllables_per_word
from .lead_pieces import lead_pieces

# where a tail starts that only adds the why, how or what next to a whole clause
TAIL = re.compile(
    r"(?:, (?:which|who|whose|where) "  # "..., which left dozens of ships waiting"
    r"|,? (?:after|before|while|by|since) (?=[a-z]+ing\b)"  # "after voting to accept ...", "by changing ..."
    r"|, (?=[a-z]{3,}ing\b)"  # "..., ending an 11-day strike", "..., working with food banks"
    r"|, (?:after|while|amid|despite|following|in a move) "
    # "..., the clearest sign yet of how ...", "..., in a sign that ...", "..., a blow to ...": the writer's
    # reading of the news, after the news itself
    r"|, (?:in )?(?:a|an|the) (?:[a-z]+ ){0,2}?(?:sign|signs|signal|proof|evidence|reminder|blow|boost|setback)"
    r" (?:yet |so far )?(?:of|that|to|for)\b"
    # ", as exam boards continued to ...": a clause; not ", as our new chief", the role of someone just named
    # (", as currently designed, is ...": a participle aside inside the clause, no clause of its own)
    r"|, as (?=(?:the |a |an |its |their |his |her )?(?:[a-z-]+ ){1,3}(?:[a-z]+ed|is|was|are|were|has|have|had|will"
    r"|would)\b)(?!(?:[a-z]+ly )?[a-z]+ed,)"
    r"|,? (?:under|through|by|with|in) which "  # "announced a partnership under which ..."
    r"| (?:after|before|because|while|when) "  # "... closed after a large fire broke out ..."
    r"|, and (?=(?:would|will|could|can|has|have|had|is|was|are|were)\b)"  # a second verb of the same subject
    r"|; | \u2014 | \u2013 | -- )")
# the verb of the main clause after a relative aside: "The merger, which became final Tuesday, will create ..."
MAIN_VERB = r"(?:will|would|could|can|may|might|should|must|is|was|are|were|has|have|had|[a-z]{3,}ed)\b"
MID_RELATIVE = re.compile(rf", (?:which|who|whose) [^,]+,(?= {MAIN_VERB})")
# a tail that holds the sentence's condition, exception or limit: the core would tell a different fact
CONDITION = re.compile(r"\b(?:if|unless|provided|providing|as long as|on condition|only|until|except|whether"
                       r"|instead of|rather than|than)\b", re.IGNORECASE)
# ", the company said.", ", according to police.": the speaker of the whole sentence, kept with its core
END_SPEAKER = re.compile(r", ((?:according to [^,]{3,60})|(?:[A-Za-z][\w.'-]*(?: [\w.'-]+){0,5} "
                         r"(?:said|says|added|reported|announced|confirmed|told [\w ]{2,30})))\.?$")
# "would not raise fees before the election", "was not fired because of his age": after a "not" the tail may be
# what is denied, so a denied core is cut only before a side clause of its own (", which ...", "; ...", a dash)
NEGATION = re.compile(r"\b(?:not|no|never|nobody|nothing|none|neither|nor|without)\b|n't\b", re.IGNORECASE)
SIDE_CLAUSE = re.compile(r", (?:which|who|whose) |; | \u2014 | \u2013 | -- ")
# a piece that leans on the one before it
POINTS_BACK = re.compile(r"^(?:This|That|These|Those|It|They|He|She)\b")
# (a name may run into its number: "I-70", "COVID-19", "F-35" are one fact, never "I-" and a number)
FACT = re.compile(r"\d[\d,.]*\d|\d|(?<=[a-z,] )[A-Z][A-Za-z'-]*[A-Za-z'](?:-\d+[A-Za-z]*)?|(?<=[a-z,] )[A-Z]-\d+[A-Za-z]*")
SHORTEST_CORE = 6  # words: a core shorter than this has lost its what
# a core is plain: at most one uncommon word and short words on the whole (the lead is never traded for ease,
# so a hard core would stay in the script whatever its reading grade)
CORE_RARE = 1
CORE_SYLLABLES = 1.9
# a lead told in pieces says more than the rules' lines when it adds a name or number, or this many new words
NEW_WORDS = 3
# a piece of a lead told whole may keep two uncommon words: it says the lead's own thing, not a cut of it
PIECE_RARE = 2


def facts_of(text: str) -> set[str]:
    """The names and numbers of a text: the who, where, when and how many."""
    # ("Pixelforge's" is the name "Pixelforge")
    return {re.sub(r"'s?$", "", f.replace(",", "")) for f in FACT.findall(text.replace("\u2019", "'"))}


def facts_kept(told: str, sentence: str) -> bool:
    """Is every name and number of the told text in the sentence (where a name may also open it)?"""
    said = sentence.replace("\u2019", "'").replace(",", "")
    # (a number may run into its unit: "1.3GW", "400MW")
    return all(re.search(rf"(?<![\w.]){re.escape(f)}(?!\d)" if f[:1].isdigit() else rf"(?<![\w.]){re.escape(f)}(?!\w)",
                         said) for f in facts_of(told))


def _plain(line: str) -> bool:
    return rare_count(line) <= CORE_RARE and syllables_per_word(line) <= CORE_SYLLABLES


def plain_core(sentence: str, names: set[str], pronouns: Mapping[str, str] | None = None) -> list[str]:
    """The longest core of the sentence that the rules tell as one whole, faithful sentence ([] when none).

    Cores are tried from the longest (cut at the last tail) to the shortest (cut at the first one)."""
    return lead_lines(sentence, names, pronouns)[0]


def lead_lines(sentence: str, names: set[str], pronouns: Mapping[str, str] | None = None) -> tuple[list[str], bool]:
    """plain_core's lines, and whether they tell the whole sentence in pieces (True) or a core cut before a tail."""
    s = sentence.strip().rstrip(".")
    if s.endswith("?"):
        return [], False  # "How do you shop for ... before the holidays?": a cut question is no statement
    whole = told_in_pieces(sentence, names, pronouns)
    if whole:
        return whole, True  # all of the lead, in pieces: more than any core before a tail can keep
    return _cut_core(s, sentence, names, pronouns), False


def _cut_core(s: str, sentence: str, names: set[str], pronouns: Mapping[str, str] | None) -> list[str]:
    speaker = END_SPEAKER.search(s)
    body = MID_RELATIVE.sub("", s[:speaker.start()] if speaker else s)
    for cut in reversed([m.start() for m in TAIL.finditer(body)]):
        core, tail = body[:cut], body[cut:]
        # (a colon opens the clause it announces: "came to a conclusion: the grant" cut there is no sentence)
        if len(core.split()) < SHORTEST_CORE or CONDITION.search(tail) or core.count('"') % 2 or has_colon(core) \
                or (NEGATION.search(core) and not SIDE_CLAUSE.match(tail)) \
                or re.match(rf", (?:which|who|whose) [^,]+, {MAIN_VERB}", tail):
            continue
        told = rewrite(finish(core + (speaker.group(0) if speaker else "")), names, pronouns)
        inner = END_SPEAKER.search(core)  # ("..., the union said | , in a blow to ...")
        if any(sp and not _speaker_kept(sp.group(1), told) for sp in (speaker, inner)):
            continue  # "Pay will rise, the union said." told without the union: a claim said as a fact
        # (a study's or the data's "..., figures showed", "..., a survey has found" may go: what was measured)
        if len(told) == 1 and len(told[0].split()) <= LONGEST and not odd_sentences(told) and _plain(told[0]) \
                and faithful_parts(sentence, told) == told and facts_kept(told[0], sentence):
            return told
    return []


def told_in_pieces(sentence: str, names: set[str], pronouns: Mapping[str, str] | None) -> list[str]:
    """The lead told in the pieces of writers/lead_pieces.py, when every piece is told whole and plain.

    A later piece the rules cannot tell at all is left out ("This is after a scan confirmed ... , the club said"
    is too long with its speaker), with the pieces right after it that point back ("This ...", "It ..."): the
    lead then says less, never something else."""
    told: list[str] = []
    skipped = False
    for i, piece in enumerate(lead_pieces(sentence)):
        lines = rewrite(piece, names, pronouns)
        if i and (not lines or (skipped and POINTS_BACK.match(piece))):
            skipped = True
            continue
        skipped = False
        # (each piece is checked against itself: the event inside a subject, "A hoard ... found by P", is the
        # writer's, and the speaker at the end stays with the clause it said, "the hoard may be ...")
        if not lines or odd_sentences(lines) or faithful_parts(piece, lines) != lines \
                or any(len(t.split()) > LONGEST or _new_rare(t, told) > PIECE_RARE for t in lines):
            return []
        told += lines
    return told if facts_kept(" ".join(told), sentence) else []


def _new_rare(line: str, told: list[str]) -> int:
    """The uncommon words of a line that the lead's pieces before it have not said: "the pickup" heard one line
    ago is no new hard word for the listener ("a pickup driven by ..." then "the pickup was heading west ...")."""
    heard = set(lower_tokens(" ".join(told)))
    return rare_count(" ".join(t for t in lower_tokens(line) if t not in heard))


def fuller_lead(sentence: str, told: list[str], names: set[str], pronouns: Mapping[str, str] | None) -> list[str]:
    """The lead in pieces when the rules told it but lost names or numbers the pieces keep: "Prices fell by 0.6%
    in March." for a lead that also says the source, the day and the new average price. [] when the pieces keep
    no more (every fact the rules told must be in the pieces too)."""
    pieces = told_in_pieces(sentence, names, pronouns)
    if not pieces:
        return []
    said, apart = " ".join(told), " ".join(pieces)
    # (a fact that opens a piece is still said: "Harlow Energy has taken ..." keeps the told "Harlow")
    new_words = set(re.findall(r"\b[a-z]{4,}\b", apart)) - set(re.findall(r"\b[a-z]{4,}\b", said))
    more = not facts_kept(apart, said) or len(new_words) >= NEW_WORDS  # "could be out for up to nine months"
    return pieces if facts_kept(said, apart) and more else []


def _speaker_kept(speaker: str, told: list[str]) -> bool:
    """Does the told core still say who said or found it (its speaker's last word, "said" or "found")?"""
    last = re.findall(r"[\w'-]+", speaker)
    return bool(told) and any(re.search(rf"\b{re.escape(w)}\b", " ".join(told), re.IGNORECASE)
                              for w in last[-2:] if w.lower() not in ("has", "have", "the", "a", "an"))

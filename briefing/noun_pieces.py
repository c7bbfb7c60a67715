"""Is the piece after a cut only a noun phrase? Then the cut is no cut between clauses (briefing.clauses._split_once).

A comma or an "and" often joins two nouns, not two clauses: "pay for the roof | and the legal costs of the move",
"a target of £90,000, | the price set by the owners", "wearing a red coat, | a blue hat and black boots". Cut
there, the second piece is said alone as a line with no verb ("The legal costs of the move."). The verb tests
take such pieces for clauses because some words in them look like verbs: a plural noun looks like a present verb
("costs"), a participle that describes a noun looks like a past verb ("hooded", "set by"). This module reads
those words in their noun-phrase sense, by the words either side of them, and says whether any verb is left.
"""
from __future__ import annotations

import re

from .grammar import PRESENT_VERBS, is_verbish
from .words import BARE_VERBS

OPENERS = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your"}
# an adjective's endings: the word after it is its noun ("the legal costs", "the annual fees")
ADJECTIVE = re.compile(r"[a-z]{2,}(?:al|ful|ous|ive|ic|able|ible|ary|less|ern)$")
# describing words of colour, size and age, after which an "-ed" word describes the same noun ("a grey hooded top");
# after a noun it is that noun's verb ("a resident suffered burns")
PLAIN_ADJECTIVES = {"grey", "gray", "red", "blue", "green", "black", "white", "brown", "yellow", "orange", "pink",
                    "purple", "dark", "light", "pale", "bright", "small", "large", "big", "little", "long", "short",
                    "tall", "old", "new", "young", "thick", "thin", "heavy", "plain", "striped", "checked", "wooden"}
# words after which an "-ed"/"-ing" word is a verb with its object, adverb or complement, not a noun's description
AFTER_A_VERB = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
                "to", "in", "on", "at", "by", "for", "from", "with", "into", "of", "out", "up", "down", "off", "back",
                "over", "away", "home", "again", "well", "there", "here", "him", "them", "it", "us", "me", "and", "or",
                "but", "as", "than", "so", "not", "also", "still", "more", "most", "some", "all", "no", "about"}
NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
           "thousands", "several", "many", "few"}  # "arrested two men": a count after the verb is its object's
# past participles without "-ed" that describe a noun when "by" follows ("the price set by the owners")
PARTICIPLES = {"set", "made", "built", "held", "paid", "run", "won", "sold", "led", "cut", "hit", "put", "known",
               "given", "taken", "shown", "seen", "chosen", "written", "drawn", "done", "found", "kept", "sent", "spent",
               "brought", "bought", "caught", "taught", "told", "owned", "grown", "thrown", "worn", "left", "lost"}


def _noun_sense(tok: str, prev: str, nxt: str) -> bool:
    """A verb-like word that the words either side show to be part of a noun phrase."""
    if prev in OPENERS:
        return True  # "the set", "a cost": a word after a determiner is a noun
    if tok.endswith(("ed", "ing")) and re.fullmatch(r"[a-z]+", nxt) and nxt not in AFTER_A_VERB \
            and nxt not in NUMBERS and not nxt.endswith("ly") and (prev in PLAIN_ADJECTIVES or ADJECTIVE.fullmatch(prev)):
        return True  # "a grey hooded sweatshirt", "white running shoes": a describing word before its noun
    if tok.endswith("s") and nxt == "of":
        return True  # "the legal costs of the move": a plural noun before its "of" ("the music takes over": a verb)
    return nxt == "by" and (tok.endswith("ed") or tok in PARTICIPLES)  # "the price set by the owners"


def noun_phrase_only(piece: str) -> bool:
    """The piece opens with a determiner and holds no verb once its noun-like words are read as nouns."""
    toks = [t.strip(",;:") for t in piece.rstrip(".!?").split()]
    if len(toks) < 2 or toks[0].lower() not in OPENERS:
        return False
    for i, tok in enumerate(toks[1:], 1):
        if not tok or tok[:1].isupper() or not is_verbish(tok):
            continue  # ("running", "meeting": an "-ing" word without its "is" is never the verb of a clause)
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if not _noun_sense(tok.lower(), toks[i - 1].lower(), nxt):
            return False
    return True


def noun_then_had(right: str) -> bool:
    """'after her arrest | and had no plans to return': the time is a noun with no verb, so the "and had" is the
    main clause's second verb, never the time's; cut there, the line reads "This was after her arrest and had no
    plans to return." ("after the fire spread and had reached the roof": the time's own verb, so its "had" too)."""
    m = re.search(r" and had (?:not |no |also |still |never )?[a-z]+", right)
    return m is not None and not any(is_verbish(t) for t in right[:m.start()].split()[1:])


# verbs of advice and orders, in the bare form a modal takes ("should stay in, carry an inhaler and avoid ...")
ADVICE_VERBS = {"carry", "avoid", "wear", "drink", "seek", "check", "wash", "bring", "close", "keep", "stay", "call",
                "contact", "report", "use", "take", "follow", "remember", "turn", "put", "get", "try"}
_MODAL_VERB = re.compile(r"\b(?:should|must|will|would|can|could|may|might|shall|to) (?:not |also |then )?[a-z]+\b")


def shares_the_modal(left: str, right: str) -> bool:
    """'should take their medicine, carry an inhaler, | and stay indoors': the piece after the "and" is the last
    of the verbs the modal before governs; cut there, one piece ends on a list with no "and" and the other reads
    "Lee said stay indoors." (no subject, and no "should")."""
    modal = _MODAL_VERB.search(left)
    # only a list of three or more: "would close the plant and move its staff" is cut well ("The firm would move
    # ..." keeps the modal), but "take X, carry Y." has no "and" between its two verbs
    return modal is not None and _bare(right) and any(_bare(piece) for piece in left[modal.end():].split(", ")[1:])


def _bare(piece: str) -> bool:
    first = piece.split()[0].lower() if piece.split() else ""
    return first in BARE_VERBS or first in ADVICE_VERBS or (first in PRESENT_VERBS and not first.endswith("s"))

"""The writers' own "we" inside a sentence: "In March we surveyed 400 shops." -> "In March the writers surveyed 400
shops."

plain_english.writer_voice tells a sentence that opens with "We" or "My" as the writers' or the writer's. A blog,
a fact check or a charity's report says "we" and "our" in the middle of its sentences too ("Over the last year
our team spoke to 1,204 homes", "The families we spoke to told us ..."). Such a "we" is the newsroom's only when
the sentence says what the writers did for the story (an act of reporting or research: "we surveyed", "we have
found"), names the newsroom's own work ("our team", "our report") or what someone gave them ("told us", "shared
with us"): "As we age, our bones get weaker" is everyone's "we" and is left to the other rules. Each "we" and
"us" is said as "the writers" and each "our" as "the writers'": a "they" could be heard as other people, or open
a piece the later rules cut off. "We" and "the writers" are both plural: no verb changes. In a printed interview
(Q:/A:) an unlabelled "we" is the guest's: plain_english.writer_voice does not call this there.
"""
from __future__ import annotations

import re

from .grammar import cap

WE_WORDS = re.compile(r"\b(?:we|us|our)\b|^(?:We|Our)\b")
# the newsroom's own work and people: "our team", "our analysis", "our reporters"
NEWSROOM = (r"team|report|reports|analysis|research|survey|surveys|findings|data|review|reporters|staff|study"
            r"|investigation|calculations|estimate|estimates|best guess|partners|readers|newsroom|reporting"
            r"|fact-check|fact check|count|tests|interviews")
OWN_WORK = re.compile(rf"\b(?:our|Our) (?:full |new |own |latest |first |last |main )?(?:{NEWSROOM})\b")
# what someone gave the writers: "a spokesman told us", "data shared with us"
GIVEN_US = re.compile(r"\b(?:told|sent|gave|showed|asked|contacted|emailed|wrote to|shared with|sent to|confirmed to)"
                      r" us\b")
WE_DID = re.compile(r"\b(?:we|We) (?:also |then |first |later |recently |previously |since |only )?"
                    r"(?:(?:have|had) (?:also |since |now )?)?([a-z]+)\b")
# "we should act", "we all know", "we can see": advice or everyone's, not the newsroom's act
NOT_THE_NEWSROOM = re.compile(r"\b(?:we|We) (?:should|must|need|ought|cannot|could|can|would|will|may|might|have to"
                              r"|all|both|each|know|live|age|eat|sleep|breathe)\b|\b(?:let|Let|all of|each of|both of"
                              r"|many of|most of|some of|none of|like|among) us\b|\bourselves\b|\bours\b")
FIRST_SINGULAR_OR_YOU = re.compile(r"\b(?:I|me|my|mine|you|your|yours)\b", re.IGNORECASE)


# what a newsroom, a fact checker or a research team does for a story: "we surveyed", "we have asked". Any other
# past "we" may be a country's or a town's ("Last year we spent more on roads"): told as "the writers", it would
# change who did what
NEWSROOM_ACTS = {"surveyed", "spoke", "talked", "asked", "interviewed", "analysed", "analyzed", "found", "looked",
                 "checked", "reviewed", "used", "counted", "visited", "tested", "calculated", "estimated", "contacted",
                 "reached", "emailed", "called", "requested", "obtained", "reported", "wrote", "published", "compared",
                 "examined", "studied", "measured", "tracked", "watched", "rated", "learned", "learnt", "heard",
                 "received", "shared", "identified", "collected", "gathered", "compiled", "modeled", "modelled",
                 "consulted", "searched", "sent", "met", "toured", "shown", "spoken", "seen", "read"}


def _past(word: str) -> bool:
    return word in NEWSROOM_ACTS


def newsroom_acts(sentence: str) -> bool:
    """Does the sentence's "we" say what the writers did or had done to them?"""
    did = any(_past(m.group(1)) for m in WE_DID.finditer(sentence))
    return did or OWN_WORK.search(sentence) is not None or GIVEN_US.search(sentence) is not None


def writers_within(sentence: str) -> str | None:
    """The sentence with its "we", "us" and "our" told as the writers'; None when no rule may do it safely (a
    quote, an "I" or a "you", a "we" of everyone, no act of the newsroom, a "we" in an opening phrase before a
    comma: "Among the homes we surveyed, 38% ..." would be cut at the comma as if the phrase were a clause)."""
    if '"' in sentence or not WE_WORDS.search(sentence) or FIRST_SINGULAR_OR_YOU.search(sentence) \
            or NOT_THE_NEWSROOM.search(sentence) or not newsroom_acts(sentence):
        return None
    opening = sentence.split(", ", 1)[0] if ", " in sentence else ""
    if WE_WORDS.search(opening) and not re.match(r"(?:We|Our)\b", opening):
        return None
    # every one "the writers": a sentence the later rules cut or turn round never opens on a "they" of no one
    out = WE_WORDS.sub(lambda m: "the writers'" if m.group(0).lower() == "our" else "the writers", sentence)
    return cap(out)

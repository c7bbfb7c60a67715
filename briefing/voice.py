"""Active voice: "Concerns have been raised by Russia." -> "Russia has raised concerns."

Only the plainest passives are turned round: a short subject, a regular "-ed" verb, and a short agent after
"by" (a name or "the ..."). The words stay the same apart from the verb form and a pronoun's case, so the
sentence says exactly what it said before, in the order a learner expects: who did what.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .vocabulary import common_words

OBJECT_CASE = {"he": "him", "she": "her", "they": "them", "we": "us", "i": "me", "it": "it", "you": "you"}
# "-ed" words that after "be" mostly describe a state, not an action someone did
STATES = {"based", "located", "known", "called", "named", "used", "married", "tired", "interested", "concerned",
          "worried", "pleased", "surprised", "shocked", "scheduled", "expected", "supposed", "allowed", "required",
          "involved", "related", "designed", "limited", "committed", "dedicated", "excited", "qualified",
          "accused", "charged", "owned"}
SUBJECT = r"((?:[A-Z][\w'-]*|[a-z][\w'-]*)(?: [\w'-]+){0,5}?)"
FUNCTION_WORD = r"(?:at|in|on|of|for|to|from|with|after|before|during|and|or|but|about|near|over|under|into|as|than)\b"
AGENT = (rf"((?:the |The )?[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){{0,3}}|the [a-z][\w'-]*(?: (?!{FUNCTION_WORD})[a-z][\w'-]*)?"
         rf"|(?:a|an) [a-z][\w'-]*|[a-z]{{3,}}s(?! of\b)|police|people)")
# after the agent: the end, a comma, or a phrase that does not go on with the agent's name ("the journal Nature")
PASSIVE = re.compile(rf"{SUBJECT} (has|have|had|was|were|is|are)( also| already| now)?( been)? ([a-z]+ed) by {AGENT}"
                     r"(?=$|,| (?![A-Z0-9]|by\b|of\b))(.*)")


def _base(past: str) -> str | None:
    """'raised' -> 'raise', 'stopped' -> 'stop', 'killed' -> 'kill'; None when unsure."""
    common = common_words()
    for stem in (past[:-1], past[:-2], past[:-3] if past[-3:-2] == past[-4:-3] else ""):
        if stem and stem in common and stem + ("d" if stem.endswith("e") else "ed") in (past, past[:-1] + "ed"):
            return stem
    if past.endswith("ied") and past[:-3] + "y" in common:
        return past[:-3] + "y"
    return None


def _plural(agent: str) -> bool:
    last = agent.split()[-1]
    return last.lower() in ("police", "people") or (last.islower() and last.endswith("s") and not last.endswith("ss"))


def active_voice(s: str, names: AbstractSet[str] = frozenset()) -> str:
    """A plain passive sentence in the active voice; any other sentence as it is."""
    body = s.rstrip(".")
    m = PASSIVE.fullmatch(body)
    if not m or not s.endswith("."):
        return s
    subject, be, adverb, been, verb, agent, rest = m.groups()
    adverb = adverb or ""
    if verb in STATES or re.search(r"\b(?:that|which|who|whose|whom|where|and|or|to|of)\b", subject) or "," in subject:
        return s
    if been and be in ("is", "are", "was", "were"):
        return s  # "was been" is no sentence
    if not been and be in ("has", "have", "had"):
        return s  # "Drivers have voted by a large majority": "have" + "-ed" is active, there is no passive to turn
    if re.fullmatch(r"(?:a|an) [a-z][\w'-]*", agent) and re.match(r" (?!(?:at|in|on|of|for|to|from|with|after|before"
                                                                   r"|during|and|or|but|as)\b)[a-z]", rest):
        return s  # "by a large majority of members": "a large" is not the whole doer
    if re.match(r" (?:who|which|that|whose|whom)\b", rest) or re.search(r"\b(?:said|says|told|tells)\b", subject):
        return s  # "buried by people who lived here": the "who" part is the doer's; "He said these ...": a report
    if be in ("is", "are") and not been:
        base = _base(verb)
        if base is None:
            return s
        verb = base if _plural(agent) else (base + "es" if base.endswith(("s", "sh", "ch", "x")) else base + "s")
    elif been:
        verb = ("have" if _plural(agent) else "has") + adverb + " " + verb if be != "had" else "had" + adverb + " " + verb
        adverb = ""
    low = subject.lower()
    if low in OBJECT_CASE:
        obj = OBJECT_CASE[low]
    elif subject.split()[0] in names or not subject.split()[0].lower() in common_words():
        obj = subject
    else:
        obj = subject[:1].lower() + subject[1:]
    doer = agent[:1].upper() + agent[1:]
    return f"{doer}{adverb} {verb} {obj}{rest}."

"""More places where one long clause can be told as two sentences, for briefing/clauses.py (shorten).

'The council not only cut X but also raised Y.' -> 'The council cut X.' + 'The council also raised Y.';
'Their results are in two papers to be printed in May.' -> 'Their results are in two papers.' + 'These papers
are to be printed in May.'; 'You have 14 days to cancel after you sign, without paying anything.' keeps the
"without" part with the cancelling, not with the signing.
"""
from __future__ import annotations

import re

from .grammar import AUXILIARIES, LONGEST, cap, finish, is_verbish, whole, words
from .sentences import speaker_again
from .speakers import GROUP_NOUNS

# "Not only did he ...": the inverted verb needs the whole sentence; "not only" before a verb or a noun does not
INVERTED = r"(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|must)\b"


def not_only_but_also(s: str) -> str:
    """'The council not only cut the routes but also raised fares.' -> 'The council cut the routes and also raised
    fares.': the pair said as a plain "and also", which the "and" cut can take apart ("But the council not also
    raised ..." was what the "but" cut made of it)."""
    m = re.search(rf"\bnot only (?!{INVERTED})(.+?),? but (also )?", s)
    if not m or m.start() == 0 or re.search(r"\bnot only\b", s[m.end():]) or s[:m.start()].rstrip().endswith(","):
        return s
    if m.group(2):
        return f"{s[:m.start()]}{m.group(1)} and also {s[m.end():]}"
    if re.match(r"(?:the |a |an |his |her |its |their )?[\w'-]+ (?:[\w'-]+ )?also ", s[m.end():], re.IGNORECASE):
        return f"{s[:m.start()]}{m.group(1)} and {s[m.end():]}"  # "but the manager also left": its own subject
    return s  # "not only X but Y" without "also" is often "not only X, but in fact Y": leave it whole


PLURAL_HEAD = re.compile(r"(?:[^siu]s|people|children|men|women|police)$")


def to_be_done(s: str) -> list[str]:
    """'Their results are published in two articles to be featured in the May issue of the journal X.' ->
    'Their results are published in two articles.' + 'These articles are to be featured in the May issue of the
    journal X.' A noun after a preposition with a "to be <done>" part after it: the part is what is planned for
    that noun, and "These <noun> are to be ..." keeps it a plan (not "will be"). Not after a verb or "for": "wants
    the trains to be built", "only for the goal to be ruled out" are a wish and an event, not a plan."""
    m = re.fullmatch(r"(.{15,}? (?:in|into|on|at|with|from|among|of) (?:a|an|the|two|three|four|five|six|several|some"
                     r"|many|new|\d[\d,]*) ((?:[a-z-]+ ){0,2}?"
                     r"([a-z-]{3,}))) to be ([a-z]+(?:ed|en|wn|ld|lt|ne|nt|pt|un|ung|ought)) (.{6,})", s.rstrip("."))
    if not m or '"' in s or words(m.group(1)) < 6 or words(m.group(5)) < 3:
        return [s]
    left, noun, done = m.group(1), m.group(3), m.group(4)
    if not whole(left) or is_verbish(noun) or noun in AUXILIARIES or not _has_main_verb(left):
        return [s]
    plural = PLURAL_HEAD.search(noun) is not None
    return [finish(left), finish(f"{'These' if plural else 'This'} {noun} {'are' if plural else 'is'} to be {done} "
                                 f"{m.group(5)}")]


# "... unveiled a $2.4 billion plan | to help cities open cooling centers and pay power bills": what the plan is for
PLAN_TO = re.compile(r"(.{15,}? (?:a|an|its|their|his|her|the) (?:[\w$.,'-]+ ){0,4}?(plan|proposal|bill|scheme"
                     r"|programme|program|measure|package|fund|law|campaign|drive)) (to [a-z]+ (?![a-z]+ to\b).{10,})")


def plan_to(s: str) -> list[str]:
    """'Senators unveiled a $2.4 billion plan to help cities open cooling centers and pay power bills.' ->
    'Senators unveiled a $2.4 billion plan.' + 'The plan is to help cities open cooling centers and pay power
    bills.': the aim told as what the plan is, which keeps its "to" (a second verb of the aim, "and pay", cut on
    its own would take the senators as its subject)."""
    m = PLAN_TO.fullmatch(s.rstrip("."))
    if not m or '"' in s or words(s) <= LONGEST or words(m.group(1)) < 6 or not whole(m.group(1)) \
            or not _has_main_verb(m.group(1)) or re.search(r"\band to [a-z]+\b", m.group(3)) \
            or words(m.group(3)) + 3 > LONGEST:
        return [s]  # (only a sentence too long to say whole, with one aim said whole: "to A and to B" is cut
        # by two_infinitives, whose second piece would be "It also plan is to B")
    if re.search(r"\b(?:on|in|for|about|against|over|with|under|to|of|by|at) (?:a|an|its|their|his|her|the) "
                 r"(?:[\w$.,'-]+ ){0,4}?" + m.group(2) + "$", m.group(1)):
        return [s]  # "will vote on a plan to cut ...": the plan is what the vote is on, it stays whole
    return [finish(m.group(1)), finish(f"The {m.group(2)} is {m.group(3)}")]


def _has_main_verb(clause: str) -> bool:
    """A clause with a verb of its own before the noun ("Their results are published in two articles"), not a
    bare noun phrase ("The first two rockets")."""
    toks = clause.split()[1:]
    return any(t in AUXILIARIES or is_verbish(t) for t in toks)


# a manner phrase after a time clause: "after you sign, without paying anything" - the paying goes with the act
# the sentence is about, not with the signing ("This is after you sign, without paying anything." says so)
MANNER_TAIL = re.compile(r", without ([a-z]+ing\b[^,]{2,60})$")


def manner_to_main(left: str, right: str) -> tuple[str, str]:
    """Move a trailing ', without doing X' from a split-off "This is after ..." part back to the main clause (only
    when it is the part's one comma: "celebrated by lighting lamps, and often, by ..." is the noun's own)."""
    m = MANNER_TAIL.search(right)
    if not m or not re.match(r"This (?:is|was) (?:after|before|when|until|once) [^,]+$", right[:m.start()]):
        return left, right
    return f"{left}, without {m.group(1)}", right[:m.start()]


# a message sent, then what it asked: "wrote to the firm to ask why ..."
ASKED_IN_WRITING = re.compile(
    r"(?P<left>(?P<frame>.*?\b(?:said|says) (?:that )?)?(?P<who>he|she|they|[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}|[Tt]he [a-z]+(?: [a-z]+)?)"
    r" (?P<aux>had |has |have )?(?P<verb>written|wrote|writes|called|phoned|emailed|contacted|sent a letter|"
    r"sent letters)\b[^,]{3,60}?) to (?P<ask>ask|demand) (?P<what>(?:why|whether|how|when|what|for)\b.{8,})")
ASKED = {"ask": "asked", "demand": "demanded"}


def asked_in_writing(s: str) -> list[str]:
    """'Councillor Ann Hollis said she had written to the water company to ask why families were not told.' ->
    'Councillor Ann Hollis said she had written to the water company.' + 'She said she had asked why families
    were not told.' The letter and its question, each with the frame the sentence gave it."""
    m = ASKED_IN_WRITING.fullmatch(s.rstrip("."))
    if not m or '"' in s or words(m.group("left")) < 6:
        return [s]
    who, aux = m.group("who"), (m.group("aux") or "").strip()
    if aux == "" and m.group("verb") == "writes":
        return [s]  # "she writes to the paper to ask ...": a habit, told whole
    asked = f"{aux + ' ' if aux else ''}{ASKED[m.group('ask')]}"
    frame = re.sub(r"\s*\b(?:said|says)(?: that)?\s*$", "", m.group("frame") or "")
    if frame and (words(frame) > 6 or not re.match(r"(?:[A-Z]|the |he |she |they )", frame + " ")):
        return [s]
    person = re.search(r"\b[A-Z][a-z]+ ([A-Z][\w'-]+)$", frame)  # "Local MP Ann Hollis" -> "Hollis"
    said = f"{person.group(1) if person else speaker_again(frame)} said " if frame else ""
    second = f"{said}{who} {asked} {m.group('what')}"
    return [finish(m.group("left")), finish(cap(second))]



# past participles that are also the active past tense: "the fund launched by the council" -> "the council launched"
DONE_BY = {"launched", "created", "founded", "started", "built", "introduced", "funded", "backed", "announced",
           "published", "released", "set up", "organised", "organized", "designed", "developed", "commissioned"}
DOERS = {"minister", "president", "mayor", "researchers", "scientists", "engineers", "officials", "governor", "owners",
         "university", "institute", "ministry", "government", "families", "residents", "volunteers", "students"}
OWN_VERBS = {"aims", "aimed", "plans", "planned", "wants", "wanted", "hopes", "hoped", "includes", "included", "has",
             "had", "is", "was", "are", "were", "will", "would", "could", "can", "may", "might", "found", "showed",
             "shows", "says", "said", "covers", "covered", "offers", "offered", "helps", "helped", "gives", "gave"}


def done_by_subject(s: str) -> list[str]:
    """'The Clean Rivers Fund launched by the city council in 2018 aims to cut plastic in the rivers to zero.' ->
    'The city council launched the Clean Rivers Fund in 2018.' + 'The Clean Rivers Fund aims to cut ...'. A
    subject with a "<done> by <whom>" part: who did it is told first, in the active, then what the subject does."""
    m = re.fullmatch(rf"([Tt]he ((?:[A-Z][\w'-]*|[a-z]+)(?: [A-Z][\w'-]*| [a-z]+){{0,3}})) "
                     rf"({'|'.join(sorted(DONE_BY))}) by (.{{4,80}}?)((?: in \d{{4}}| last (?:year|month|week)| on [A-Z]\w+day)?) "
                     rf"((?:[a-z]+ly )?({'|'.join(sorted(OWN_VERBS))}) .{{8,}})", s.rstrip("."))
    if not m or '"' in s or "," in m.group(4) or any(t in OWN_VERBS or is_verbish(t) for t in m.group(4).split()):
        return [s]
    subject, noun, done, agent, when, rest = (m.group(1), m.group(2), m.group(3), m.group(4), m.group(5),
                                              m.group(6))
    if words(noun) > 4 or noun.split()[-1] in DONE_BY or not re.match(r"(?:the|a|an|[A-Z])", agent):
        return [s]
    head = re.split(r" (?:in|of|at|from|for|on|near|with)\b", agent)[0]  # "the council in the north" -> "the council"
    if not re.search(r"\b[A-Z]", head) and head.split()[-1].lower() not in GROUP_NOUNS | DOERS:
        return [s]  # "the houses built by the river": "by" can say where, so the doer must be a name or a body
    return [finish(cap(f"{agent} {done} {subject[:1].lower()}{subject[1:]}{when}")), finish(f"{cap(subject)} {rest}")]


# "will be accepted on the trains, and on the buses run by ...": the verb's preposition said again after "and"
REPEATED_PREPOSITION = re.compile(r"(.{12,}?),? and (on|in|from|to|at|for|with|by|into|through|across) (.{8,})")


def repeated_preposition(s: str) -> list[str]:
    """'Rail tickets will be accepted on the trains, and on the 34 and 35 buses run by Valley Buses.' -> 'Rail
    tickets will be accepted on the trains.' + 'They will also be accepted on the 34 and 35 buses run by Valley
    Buses.': the second phrase keeps the subject and the verb it shares with the first, so nothing is lost."""
    m = REPEATED_PREPOSITION.fullmatch(s.rstrip("."))
    if not m or '"' in s or words(s) <= LONGEST - 4:  # (room for "X said" before it)
        return [s]
    left, prep, second = m.groups()
    at = left.find(f" {prep} ")
    if at < 0 or re.search(r"\b(?:both|either|neither|between)\b", left, re.IGNORECASE) \
            or re.search(r",? and (?:on|in|from|to|at|for|with|by|into|through|across) ", second):
        return [s]  # "both in A and in B", "between A and B": one phrase, not two
    head = left[:at].split()
    verb_at = next((i for i, t in enumerate(head) if i and is_verbish(t) and t[:1].islower()), None)
    if verb_at is None or "," in left[:at] or not whole(left):
        return [s]
    from .grammar import subject_of  # the subject said again: "They", "It" or the name
    subject = subject_of(" ".join(head))
    verbs = head[verb_at:]
    if subject is None or any(not (is_verbish(t) or t.endswith(("ed", "en"))) for t in verbs) or len(verbs) > 4:
        return [s]  # only a verb group before the first phrase ("will be accepted", "had benefited")
    also = [verbs[0], "also", *verbs[1:]] if verbs[0].lower() in AUXILIARIES and len(verbs) > 1 else ["also", *verbs]
    return [finish(left), finish(f"{subject} {' '.join(also)} {prep} {second}")]


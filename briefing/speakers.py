"""Who speaks, and when and where: the occasion of a quote, the group behind a speaker's "we", a name said again.

'"Q," CEO Ann Moss said Tuesday at a meeting of the council.' -> the claim is reported without the occasion
("Moss said Q.") and the occasion becomes a sentence of its own ("Moss spoke on Tuesday at a meeting of the
council."), so neither sentence runs long and the who, when and where of a lead all stay. A speaker's "we"
is said as the group the article gives for the speaker ("deputy head of the agency" -> "the agency"); a
person named in full once is named by the last name after that, inside the same article sentence.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from .grammar import cap, words
from .sentences import BODIES, short_name
from .vocabulary import common_words

DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WHEN = (rf"(?:(?:on |last |this )?{DAYS}(?: night| morning| afternoon| evening)?|yesterday|today|last week"
        r"|last month|this week|earlier this week)")
# what a speaker can speak at: "said in an interview", "said at a meeting", "said during a debate"
EVENTS = (r"(?:interview|chat|speech|conference|meeting|hearing|debate|event|panel|rally|summit|podcast|briefing"
          r"|lecture|forum|session|ceremony|appearance|broadcast|keynote|town hall|news conference)")
OCCASION = re.compile(
    rf'(?:,"?|")\s*(?P<speaker>(?:[A-Z][\w.\'-]*|he|she)(?: [\w.\'-]+){{0,5}}?) (?P<verb>said|says)'
    rf"(?: (?P<when>{WHEN}))?"
    rf"(?P<where> (?:in|at|during) (?:a|an|the|his|her|their) [^,.\"]{{0,50}}?\b{EVENTS}s?\b[^,\"]{{0,90}}?)?"
    r"\.$")


def _on_day(when: str) -> str:
    """'Tuesday' -> 'on Tuesday'; 'last week', 'yesterday' as they are."""
    return f"on {when}" if re.match(DAYS, when) else when


def split_occasion(s: str) -> tuple[str, str, str | None]:
    """A closing 'X said Tuesday in an interview with Y.' -> (the sentence ending 'X said.', the time to say
    in the report ('on Tuesday', or '' when the occasion sentence holds it), the occasion sentence or None)."""
    m = OCCASION.search(s)
    if not m or not (m.group("when") or m.group("where")) or words(m.group("speaker")) > 6:
        return s, "", None
    head = s[:m.end("verb")] + "."
    when = _on_day(m.group("when")) if m.group("when") else ""
    if not m.group("where"):
        return head, when, None
    speaker = m.group("speaker")
    who = cap(speaker) if speaker.lower() in ("he", "she") else short_name(speaker)
    if not who:
        return head, when, None
    occasion = f"{cap(who)} spoke{' ' + when if when else ''}{m.group('where')}."
    return head, "", occasion


def said_when(s: str, when: str) -> str:
    """'Moss said the bridge is safe.' + 'on Tuesday' -> 'Moss said on Tuesday that the bridge is safe.'"""
    if not when:
        return s
    return re.sub(r"^((?:But )?(?:[A-Z][\w.'-]*|[Tt]he [\w'-]+|He|She)(?: [A-Z][\w.'-]*){0,4}) said (?!that\b)",
                  rf"\1 said {when} that ", s, count=1)


# jobs and titles that show a capitalised name after them is a person's: "Librarian David Okafor"
JOBS = {"mayor", "librarian", "ceo", "president", "minister", "director", "professor", "dr", "dr.", "mr", "mr.",
        "mrs", "mrs.", "ms", "ms.", "judge", "coach", "chairman", "chairwoman", "officer", "spokesman",
        "spokeswoman", "senator", "sen.", "governor", "gov.", "chief", "executive", "founder", "manager", "teacher",
        "author", "lawyer", "attorney", "captain", "inspector", "sergeant", "detective", "doctor", "nurse",
        "secretary", "chancellor", "principal", "head", "owner", "leader", "councillor", "councilor", "deputy",
        "superintendent", "commissioner", "sheriff", "pastor", "bishop", "singer", "actor", "actress", "writer",
        "analyst", "economist", "scientist", "researcher", "astronomer", "farmer", "player", "striker", "general"}
FULL_NAME = re.compile(r"\b([A-Z][a-z][\w'-]*(?: (?:van|der|den|de|la|le|du|von|da|di|del))*(?: [A-Z][a-z][\w'-]*){1,2})\b")
TITLES_BEFORE = r"(?:(?:[A-Z][\w.'-]*|[a-z][\w-]*) ){0,3}"


def is_a_person(full: str, text: str) -> bool:
    """Does the text show that this full name is a person's (and not "New York" or "Blue Origin")?"""
    last = full.split()[-1]
    if last.lower() in BODIES:
        return False
    name = re.escape(full)
    jobs = "|".join(JOBS)
    # "Ann Lee, who ...", "Ann Lee is chief executive of ...", "Ann Lee said her ...": a company says "it"
    if re.search(rf"\b{name}(?:, who\b| is (?:the |a |an )?(?:[\w']+ )?(?:{jobs})\b"
                 rf"| (?:said|says|told|added)(?: \S+){{0,5}} (?:he|she|his|her|him)\b)", text):
        return True
    # "Ann Lee died ...", "Ann Lee is 57.": only people die or have an age ("her" is not enough: "Dear Abby was
    # founded by her mother" is a column)
    if re.search(rf"\b{name} (?:died\b|(?:is|was) \d{{1,3}}\.)", text):
        return True
    before = re.search(rf"(\S+) {name}\b", text)
    return bool(before and before.group(1).lower() in JOBS)


def _without_title(run: str) -> str:
    """'Librarian David Okafor' -> 'David Okafor' (the title is said the first time)."""
    toks = run.split()
    while len(toks) > 2 and toks[0].lower() in JOBS:
        toks = toks[1:]
    return " ".join(toks)


# words that open a sentence before a name without being its title: "But Ann Okafor ..." keeps its "But"
OPENERS = r"(?:But|And|So|Yet|Then|Now|Also|Still|Later|Earlier|Meanwhile|However|When|After|Before|If|While|As|Since)"


def named_again(parts: list[str]) -> list[str]:
    """Pieces of one article sentence name a person in full once, then by the last name: "Librarian Ann
    Okafor will lead the library." + "Librarian Ann Okafor has been blind ..." -> + "Okafor has been ..."."""
    text = " ".join(parts)
    people = {_without_title(full) for part in parts[:-1] for full in FULL_NAME.findall(part)}
    people = {full for full in people if len(full.split()) > 1 and is_a_person(full, text)}
    out: list[str] = []
    named: set[str] = set()
    for part in parts:
        for full in sorted(named, key=len, reverse=True):
            short = short_name(full)
            if not short:
                continue
            # the title words that went with the name the first time go too: "Librarian Ann Okafor" -> "Okafor"
            part = re.sub(rf"(?:\b(?!{OPENERS}\b)[A-Z][\w.'-]* (?=[A-Z]))*\b{re.escape(full)}\b", short, part)
        named |= {full for full in people if full in part}
        out.append(part)
    return out


class Speakers(dict[str, str]):
    """He or she for each name the article refers to one way (the mapping), and the group each person
    speaks for where the article says it (.groups: "Clarke" -> "the agency"), so a quoted "we" is told."""

    def __init__(self, pronouns: Mapping[str, str], groups: Mapping[str, str],
                 people: frozenset[str] = frozenset(), interview: bool = False) -> None:
        super().__init__(pronouns)
        self.groups = dict(groups)
        self.people = people  # last names the article gives with a first name: "Claure" after "Marcelo Claure"
        self.interview = interview  # a printed interview: an unlabelled "we" may be the guest's (writers_we.py)


# jobs that speak for an organisation: "chief executive of Orbit Works", "a spokeswoman for the council"
GROUP_JOBS = (r"(?:chief executive|executive|ceo|president|vice president|head|director|chairman|chairwoman|chair"
              r"|founder|co-founder|manager|general manager|spokesman|spokeswoman|spokesperson|official|member"
              r"|researcher|professor|analyst|economist|partner|owner|coach|captain|leader|secretary|officer"
              r"|deputy head|deputy director|managing director|chief|editor|scientist|engineer)")
PERSON = r"[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){0,2}"
GROUP = r"(?:[Tt]he [a-z]+(?: [a-z]+)?|(?:the )?[A-Z][\w&.'-]*(?: (?:of |and |& )?[A-Z][\w&.'-]*){0,3})"
# "Ann Lee, an astronomer at the Copper Ridge Observatory who ...", "Ann Lee, deputy head of the agency,",
# "Ann Lee, vice president of Sales at Orbit Works." (the last "at" names the firm)
GROUP_AFTER = re.compile(rf"\b({PERSON}), ((?:the |a |an )?[^,.\"]{{2,70}}?) (?:of|at|for|with) ({GROUP})"
                         r"(?=[,.;]| who\b| and\b| said\b| in [A-Z])")  # "... at St. Ann's Hospital in Corley"
# "Ann Lee, Director, Orbit Works."
GROUP_AFTER_TITLE = re.compile(rf"\b({PERSON}), ((?:[A-Z][a-z]+ ){{0,2}}(?:Director|President|Chairman|Chairwoman"
                               rf"|Chief Executive|CEO|Founder|Head|Manager|Partner|Analyst|Economist|Strategist)"
                               rf"(?: [A-Za-z]+){{0,3}}), ({GROUP})(?=[,.])")
# "Orbit Works CEO Ann Lee", "Orbit Works' Ann Lee", "Orbit's recently named chair Ann Lee", "the company's
# chief privacy officer, Ann Lee,"
GROUP_BEFORE = re.compile(rf"\b({GROUP})(?:'s?| CEO| (?=(?:[a-z-]+ ){{0,3}}{GROUP_JOBS} )) ((?:[a-z-]+,? |[A-Z][a-z]+ ){{0,4}}?)"
                          rf"({PERSON})\b")
# "said Ann Lee, the union's regional organiser", "Ann Lee, Tessbourne Water's director of operations,"
GROUP_OWNS_JOB = re.compile(rf"\b({PERSON}), ((?:the [a-z]+(?: [a-z]+)?)|(?:[A-Z][\w&-]*(?: [A-Z][\w&-]*){{0,3}}))'s? "
                            r"([a-z][a-z -]{2,40}?)(?=[,.;]| who\b| and\b)")
# a family tie or a home is no group that speaks: "a mother of three from Willet Falls"
NOT_GROUP_TIES = re.compile(r"\b(?:mother|father|brother|sister|daughter|son|grandmother|grandfather|wife|husband"
                            r"|resident|neighbou?r|native|member of the public)s?\b")
# "Ann Lee, who leads the department's vaccine program", "Station Manager Ann Lee of Lunesdale Fire and Rescue"
GROUP_WHO = re.compile(rf"\b({PERSON}), who (leads|heads|runs|directs|manages|chairs|founded|owns) ({GROUP})(?='s|[,.])")
GROUP_OF = re.compile(rf"\b({PERSON}) (of) ((?:the )?[A-Z][\w&'-]*(?: (?:of |and |& )?[A-Z][\w&'-]*){{0,3}})(?=[,.]| who\b)")
# "Orbit Works has named Ann Lee as its new chief executive", "Orbit is thrilled to have Ann Lee, a long-time
# engineer, as our new President and CEO": the firm she now speaks for
GROUP_APPOINTS = re.compile(rf"\b({GROUP}) (?:has |have )?(?:named|appointed|hired|(?:is|are) (?:thrilled|pleased|proud"
                            rf"|delighted|excited|happy) to (?:have|welcome|announce|name|appoint)) ({PERSON})"
                            rf"(?:, [^,.\"]{{2,60}},)? as (?:its|our|their) (?:new |next )?([A-Za-z -]{{2,40}}?)(?=[,.;])")
JOB_WORD = re.compile(rf"\b(?:{GROUP_JOBS}|[a-z]+(?:ist|er|or|ian)|expert|strategist|administrator|vp)\b", re.IGNORECASE)


OWN_GROUP = re.compile(r"\b([A-Z][a-z][\w-]*)'s (?:team|group|lab|campaign|crew|staff|company|firm|party|club|band)\b")
# "library director Ann Lee", "Police chief Ann Lee", "council leader Ann Lee": the body she speaks for
BODY_JOB = re.compile(r"((?:\b[A-Z][a-z]+ )*)\b([A-Za-z][a-z]+) (?:director|chief|leader|head|spokesman|spokeswoman"
                      rf"|spokesperson|manager|chair|chairman|chairwoman|president|secretary) (?:{PERSON})")
# bodies a job title may name besides GROUP_NOUNS: "library director", "museum spokeswoman"
BODY_NOUNS = {"library", "museum", "university", "college", "airline", "airport", "festival", "theatre", "theater", "zoo",
              "orchestra", "gallery"}


def _once(group: str) -> str:
    """'Orbit Orbit' -> 'Orbit': a headline with no full stop ("... CEO at Orbit") runs into a first sentence that
    opens with the same name."""
    toks = group.split()
    half = len(toks) // 2
    return " ".join(toks[:half]) if len(toks) % 2 == 0 and toks[:half] == toks[half:] else group


def speaker_groups(text: str, pronouns: Mapping[str, str]) -> dict[str, str]:
    """The group the article gives for a person: "Steve Clarke, deputy head of the agency," -> "Clarke":
    "the agency"; "Orbit Works CEO Ann Lee" -> "Lee": "Orbit Works". A group that is itself a person
    ("a lawyer for Trump", "a spokesman for the mayor") is no group: their "we" is not told."""
    # "Moravec's team said ...": the group the article itself says is this person's comes first
    groups: dict[str, str] = {m.group(1): m.group(0) for m in OWN_GROUP.finditer(text)}
    found = [(m.group(1), m.group(2), m.group(3)) for m in GROUP_AFTER.finditer(text)]
    found += [(m.group(1), m.group(2), m.group(3)) for m in GROUP_AFTER_TITLE.finditer(text)]
    found += [(m.group(3), m.group(2) or "CEO", m.group(1)) for m in GROUP_BEFORE.finditer(text)]
    found += [(m.group(1), "head", m.group(3)) for m in GROUP_WHO.finditer(text)]
    found += [(m.group(1), m.group(3), m.group(2)) for m in GROUP_OWNS_JOB.finditer(text)]
    # "Ann Lee of Orbit Works": only after a job title ("Station Manager Ann Lee of ...")
    found += [(m.group(1), "head", m.group(3)) for m in GROUP_OF.finditer(text)
              if JOB_WORD.search(text[max(0, m.start() - 30):m.end(1)])]
    for person, job, group in found:
        person = _without_title(person)
        if NOT_GROUP_TIES.search(job):
            continue
        # "SNC. Roth said": a new sentence; "St. Ann's Hospital": a title's full stop
        group = re.sub(r"^The ", "the ", re.split(r"(?<!\bSt)(?<!\bMt)(?<!\bFt)\. ", group)[0].rstrip("."))
        if re.fullmatch(r"(?:the )?[A-Z][a-z]?", group):
            continue  # "at St. Ann's Hospital": a title cut at its full stop ("St", "Mt") names no group
        if re.search(r"\b(?:We|Us|Our|we|us|our)\b", group):
            continue  # "the We Company": a "we" in the name would be told as "they" again
        last, group_last = person.split()[-1], group.split()[-1]
        if len(person.split()) < 2 or (group in pronouns and " " not in group) or group_last.lower() in JOBS \
                or person.split()[0].lower() in JOBS or group.split()[0] in ("A", "An") \
                or not (JOB_WORD.search(job) or job == "") or group.lower() in ("the", "he", "she", "it") \
                or (group.islower() and group_last not in BODIES | GROUP_NOUNS):
            continue  # "the part of ...": a lower-case group must be a body of people ("the agency")
        groups.setdefault(last, group)
    for m in GROUP_APPOINTS.finditer(text):
        # a firm that names someone "its new chief executive" is no person, whatever pronoun follows its name
        person, group = _without_title(m.group(2)), _once(m.group(1))
        if len(person.split()) >= 2 and JOB_WORD.search(m.group(3)) and group.split()[0] not in NOT_FIRST_NAMES:
            groups.setdefault(person.split()[-1], group)
    for person, group in _its_job(text):
        groups.setdefault(person.split()[-1], group)
    for m in BODY_JOB.finditer(text):
        body = m.group(2).lower()
        # "Labour Party leader Ann Lee": the party's name goes with it ("The", "But" open a sentence)
        name = [w for w in m.group(1).split() if w not in NOT_FIRST_NAMES]
        if name and re.search(r"(?:^|[.!?\"]\s+)$", text[:m.start()]) and name[0].lower() in common_words():
            name = name[1:]  # "Opposition Green Party leader ..." opens a sentence: "Opposition" is a word
        if body in GROUP_NOUNS | BODY_NOUNS and body != "group":  # "Group manager Ann Lee": a rank (fire service)
            groups.setdefault(m.group(0).split()[-1], f"the {' '.join(name + [m.group(2)]) if name else body}")
    return groups


# "The Low Pay Board said ... Its chair, Professor Ann Lee, said": a job of the body just named, opening a sentence
ITS_JOB = re.compile(rf"(?:^|(?<=[.!?] )|(?<=[.!?]\n\n))Its (?:[a-z-]+ ){{0,3}}{GROUP_JOBS}, ({PERSON}),")
NAMED_BODY = re.compile(r"\b[Tt]he ((?:[A-Z][\w&'-]* ){1,4}([A-Z][a-z]+))\b")


def _its_job(text: str) -> list[tuple[str, str]]:
    """'... run by the Brightpath Learning Trust. Its chief executive, Martin Yeo, said ...' -> ('Martin Yeo',
    'the Brightpath Learning Trust'): "Its" is the body the sentence before names, when it names only one (a
    capitalised "the ... Board/Trust/Council"); with two named there, whose job it is cannot be told."""
    found = []
    for m in ITS_JOB.finditer(text):
        before = text[:m.start()].rstrip()
        start = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1), -1) + 1
        bodies = {b.group(1) for b in NAMED_BODY.finditer(before[start:])
                  if b.group(2).lower() in BODIES | GROUP_NOUNS | {"trust", "charity"}}
        person = _without_title(m.group(1))
        if len(bodies) == 1 and len(person.split()) >= 2:
            found.append((person, "the " + bodies.pop()))
    return found


GROUP_NOUNS = {"bureau", "authority", "board", "commission", "firm", "team", "company", "group", "agency", "giant", "council", "club", "campaign", "lab", "charity",
               "district", "city", "town", "state", "county", "hospital", "school", "union", "party", "maker", "bank",
               "ministry", "department", "office", "service", "army", "police", "government", "network", "studio"}
NOT_FIRST_NAMES = {"The", "A", "An", "In", "On", "At", "For", "But", "And", "New", "North", "South", "East", "West",
                   "United", "Mr", "Mrs", "Ms", "Dr", "If", "When", "As", "Its", "His", "Her", "Their", "This", "That"}


# a first and last name that is not part of a longer name ("Dorrance Valley High", "Bank of England"); letters after
# a name ("Claire Lowther KC", "Ann Lee MP") are no longer name
FIRST_AND_LAST = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z][\w'-]+)\b(?! (?:[A-Z](?![A-Z]{1,3}\b)|of\b))")


def first_and_last_names(text: str) -> list[re.Match[str]]:
    """Each "Marcelo Claure" of the text: a first and a last name, neither a sentence opener ("But", "The")
    nor a body ("Police Department")."""
    return [m for m in FIRST_AND_LAST.finditer(text)
            if m.group(1) not in NOT_FIRST_NAMES and m.group(1).lower() not in BODIES and m.group(2).lower() not in BODIES]


def people_named(text: str) -> frozenset[str]:
    """Last names the article gives after a first name ("Marcelo Claure"): a single "Claure" who says "we"
    is a person speaking for some group, not a group itself."""
    return frozenset(m.group(2) for m in first_and_last_names(text))

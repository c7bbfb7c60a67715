"""Two or more people named in one subject, each with their age and home between commas, told apart.

US and local news names everyone a story touches in one long subject: "The driver of the minivan, Mark Bell, 34,
of Westbrook, and a passenger, Keisha Bell, 31, also of Westbrook, were taken to ..."; "Maria Gonzales, 38, her
husband, Daniel Gonzales, 41, and their three children, were not home ..."; "Gordon Pike, 52, of Kestrel Bay, and
Wayne Tessier, 47, of Port Alder, each face ...". No cut can shorten such a subject, and the whole sentence (who
was hurt, who was charged) was lost. Told as a lead piece (writers/lead_pieces.py), in the article's own words:

- who did what first: "Mark Bell and Keisha Bell were taken to ..." (people with no name, "their three children",
  stay in the list as they were said);
- then who each person is, each fact beside its own name, never shared out by guessing: "Mark Bell was the
  driver of the minivan.", "Mark Bell is 34 and is from Westbrook.", then "Her husband, Daniel Gonzales, is
  41." right after the line of the person named just before ("her": the only reading a list of a family allows);
- a group's own label ("The family who lived in the apartment, ...") after the news: "The family lived in the
  apartment."

Anything in the list the rules do not know (a second aside, a role after the name) leaves the sentence to the
other rules: a person's facts are told only when each is certain to be theirs.
"""
from __future__ import annotations

import re

from ..grammar import IRREGULAR_PAST, cap, finish, is_verbish

# "Mark Bell", "Travis Lee Hoyt", "Dylan M. Ferris": a first name, a middle name or initial, a last name
PERSON = r"[A-Z][a-z'-]+(?: [A-Z]\.)?(?: [A-Z][a-z'-]+){1,2}"
AGE = r"[1-9]\d?"
# "of Westbrook", "also of Greenfield Township", "from Marsh Lane, Kelsham": where the person lives
HOME = re.compile(r"(?P<also>also )?(?:of|from) (?P<place>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})$")
# "the driver of the minivan", "a passenger", "her husband": who the person is, said before the name
ROLE = re.compile(r"(?P<det>the|a|an|his|her|their) (?P<what>[a-z][\w'-]*(?: (?:of|in|for|at|on) the)?"
                  r"(?: [a-z][\w'-]*){0,3})$")
# a group the list is, said before it: "The family who lived in the apartment"
LABEL = re.compile(r"^The (?P<group>family|couple|pair|brothers|sisters|victims|men|women) who (?P<rel>[a-z]+ .+)$")
# kin: who they are stays true after the event ("is her husband"), unlike a role in it ("was the driver")
KIN = {"husband", "wife", "son", "daughter", "mother", "father", "brother", "sister", "partner", "girlfriend",
       "boyfriend", "fiance", "fiancee", "grandson", "granddaughter", "grandmother", "grandfather", "uncle", "aunt",
       "nephew", "niece", "cousin", "stepson", "stepdaughter", "stepfather", "stepmother"}
# the verb after the list: "were taken", "each face", "both died"
VERB_START = re.compile(r"^(?:(?:each|both|all|also|later) )?(?P<verb>[a-z]+)\b")
DIED = re.compile(r"\b(?:died|killed|dead|pronounced dead)\b")


class _Member:
    def __init__(self, name: str, age: str, role: str = "", home: str = "", also: bool = False) -> None:
        self.name, self.age, self.role, self.home, self.also = name, age, role, home, also


def _parse(chunks: list[str]) -> tuple[str, list[_Member | str], int] | None:
    """The list's label, its members (a person, or words said as they were) and the chunk where the verb starts."""
    label = ""
    items: list[_Member | str] = []
    role = ""
    i = 0
    if chunks and LABEL.match(chunks[0]):
        label, i = chunks[0], 1
    while i < len(chunks):
        chunk = chunks[i]
        joined = chunk.startswith("and ")
        bare = chunk[4:] if joined else chunk
        if items and not joined and not role and VERB_START.match(bare) and _is_verb(bare):
            return label, items, i
        if re.fullmatch(PERSON, bare) and i + 1 < len(chunks) and re.fullmatch(AGE, chunks[i + 1]):
            member = _Member(bare, chunks[i + 1], role)
            i += 2
            home = HOME.match(chunks[i]) if i < len(chunks) else None
            if home:
                member.home, member.also = home["place"], bool(home["also"])
                i += 1
            items.append(member)
            role = ""
            continue
        if role:
            return None  # a role with no name and age after it: whose, the rules cannot say
        first = not items and not label
        m = ROLE.match(bare[:1].lower() + bare[1:] if first else bare)
        if m and i + 1 < len(chunks) and re.fullmatch(PERSON, chunks[i + 1]):
            role = bare[:1].lower() + bare[1:] if first else bare
            i += 1
            continue
        if joined and items and ROLE.match(bare) and not re.search(r"[A-Z\d]", bare):
            items.append(bare)  # "and their three children": said as it was
            i += 1
            continue
        return None
    return None


def _is_verb(part: str) -> bool:
    m = VERB_START.match(part)
    return m is not None and is_verbish(m["verb"]) and not m["verb"].endswith("ing")


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _who(member: _Member, before: _Member | None, past: bool, dead: bool) -> list[str]:
    """Who one person is: their role, then their age and home, each said of their own name."""
    said: list[str] = []
    if member.role:
        det, what = member.role.split(" ", 1)
        if det in ("his", "her", "their"):
            if before is None or det == "their" or what.split()[0] not in KIN:
                return []  # whose husband? Only the person just before can be meant, and only for kin
            # ("Her husband, Daniel Gonzales, is 41.", right after the line of the person before: the article's
            # own "her", and fewer long names than "Daniel Gonzales is Maria Gonzales's husband.")
            subject = f"{det} {what}, {member.name},"
        else:
            kin = member.role.split()[-1] in KIN  # "the victim's mother" stays her mother after the event
            said.append(f"{member.name} {'was' if past and not kin else 'is'} {member.role}")
            subject = member.name
    else:
        subject = member.name
    age = f"{subject} {'was' if dead else 'is'} {member.age}"
    if member.home:
        age += f" and {'was' if dead else 'is'} {'also ' if member.also else ''}from {member.home}"
    return said + [age]


def people_list(s: str) -> list[str] | None:
    """ "The driver of the minivan, Mark Bell, 34, of Westbrook, and a passenger, Keisha Bell, 31, also of
    Westbrook, were taken to X" -> "Mark Bell and Keisha Bell were taken to X." + who each is."""
    chunks = s.split(", ")
    parsed = _parse(chunks)
    if not parsed:
        return None
    label, items, at = parsed
    people = [m for m in items if isinstance(m, _Member)]
    if len(people) < 2 or not isinstance(items[0], _Member):
        return None  # one person with an age: writers/lead_people.py and the rules tell it
    rest = ", ".join(chunks[at:])
    verb = VERB_START.match(rest)
    first = verb["verb"] if verb else ""
    past = first in ("was", "were", "had") or first in IRREGULAR_PAST or first.endswith("ed")
    dead = bool(DIED.search(rest.split(", ")[0]))
    names = [m.name if isinstance(m, _Member) else m for m in items]
    pieces = [finish(f"{_listed(names)} {rest}")]
    if label:
        m = LABEL.match(label)
        assert m
        pieces.append(finish(f"The {m['group']} {m['rel']}"))
    before: _Member | None = None
    for member in people:
        who = _who(member, before, past, dead)
        if not who:
            return None
        pieces += [finish(cap(w)) for w in who]
        before = member
    return pieces

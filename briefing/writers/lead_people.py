"""The people of a lead, told with their age and home town when the long sentence that names them is lost.

News (court reports, missing people, accidents) names a person with an age and a home between commas: "Jordan
Pell, of Marsh Lane, Kelsham, punched Arif Qadri, 41, once in the head ...", "Noah Kendrick, from Fenwick, was
found ...". With the asides the sentence runs past what the rules can cut, and the whole sentence was lost, with
the who, where and when of the story. Taken apart, in the article's own words:

- "Name, 41," -> "41-year-old Name" (the age kept where it was said, so no "Name is 41." is said of someone
  the story says has died);
- "... driven by Name, 27, of Place, was heading ..." -> "... driven by 27-year-old Name was heading ..." + "Name is
  from Place." (a person inside the sentence, not its subject: the home is told after it, as below);
- "[Troopers said ]a pickup driven by [27-year-old ]Name was heading west ..." -> "[Troopers said ]Name was driving
  a pickup." + "[Troopers said ]the pickup was heading west ..." (who drove, then what the vehicle did; a speaker
  in front stays with both, as both are what the speaker said);
- "Name, 27, who <clause>, <verb> ..." -> "Name <verb> ..." + "Name is 27." + "Name <clause>." (the "who" is the
  person named just before it, the only reading a name with an age allows; a time before the clause's verb goes
  first: "Until three years ago, Castell was working as a teacher.");
- "Name[, 58], from|of Place[, Town], <verb> ..." -> "[58-year-old ]Name <verb> ..." + "Name is from Place[, Town]." (said after the
  news, like every "who is this" piece of writers/lead_pieces.py; "of Marsh Lane" is where the person lives, told
  "is from" as briefing/compress_asides.py does).

The pieces are checked like every lead piece (lead_core.told_in_pieces): told only when each comes out whole.
"""
from __future__ import annotations

import re

from ..grammar import cap, finish, is_verbish
from ..verb_shapes import third_person_verb

NAME = r"[A-Z][a-z'-]+(?: [A-Z]\.)?(?: [A-Z][a-z'-]+){1,2}"  # "Dylan M. Ferris": a middle initial too
# "Arif Qadri, 41,": a first and last name, then an age alone between commas (not "March, 2019," nor "Room 4,")
AGED = re.compile(rf"\b(?P<name>{NAME}), (?P<age>[1-9]\d?), (?=(?!from\b|of\b|who\b|which\b|whose\b)[a-z])")
# "driven by Travis Lee Hoyt, 27, of Greenfield Township, was heading": a person inside a sentence, age and home
AGED_HOME = re.compile(rf"(?<=\b[a-z]{{2}} )(?P<name>{NAME}), (?P<age>[1-9]\d?), (?:of|from) "
                       r"(?P<place>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}), (?=(?!who\b|which\b|whose\b)[a-z])")
# words before a capitalised pair that make it part of a longer name or a title, not a person named alone
NOT_A_PERSON = {"The", "A", "An", "This", "Police", "Mr", "Mrs", "Ms", "Dr", "St"}
# "Graham Tully, from Brackley Bridge, parked ...", "Jordan Pell, of Marsh Lane, Kelsham, punched ...": a person,
# a home (a place and its town), then the sentence's verb
PERSON_FROM = re.compile(rf"^(?P<name>{NAME}), (?:(?P<age>[1-9]\d?), )?(?:from|of) (?P<place>[A-Z][\w'-]*(?: [A-Z][\w'-]*){{0,2}}"
                         r"(?:, [A-Z][\w'-]*(?: [A-Z][\w'-]*)?)?), (?P<main>(?:[a-z]+ly )?(?P<verb>[a-z]+)\b.{8,})$")


def aged_names(s: str) -> list[str] | None:
    """ "Jordan Pell punched Arif Qadri, 41, once ..." -> "Jordan Pell punched 41-year-old Arif Qadri once ..." """
    def told(m: re.Match[str]) -> str:
        name, age = m["name"], m["age"]
        if name.split()[0] in NOT_A_PERSON or re.search(r"[A-Z][\w'-]* $", s[:m.start()]):
            return m.group(0)
        return f"{age}-year-old {name} "
    out = AGED.sub(told, s)
    return [finish(out)] if out != s else None


def aged_home(s: str) -> list[str] | None:
    """ "a pickup driven by Travis Lee Hoyt, 27, of Greenfield Township, was heading west" -> "a pickup driven by
    27-year-old Travis Lee Hoyt was heading west." + "Travis Lee Hoyt is from Greenfield Township." """
    m = AGED_HOME.search(s)
    if not m or m["name"].split()[0] in NOT_A_PERSON:
        return None
    main = f"{s[:m.start()]}{m['age']}-year-old {m['name']} {s[m.end():]}"
    return [finish(main), finish(f"{m['name']} is from {m['place']}")]


# "Troopers said a 2019 Dodge Ram pickup driven by 27-year-old Travis Lee Hoyt was heading west ...": a vehicle,
# the person driving it, then what the vehicle did
DRIVEN_BY = re.compile(rf"^(?P<said>(?:[A-Z][\w'-]*(?: [A-Z][\w'-]*)*|[A-Z][a-z]+) (?:said|say|says) )?"
                       rf"(?P<det>[Aa]|[Aa]n|[Tt]he) (?P<vehicle>(?:[\w'-]+ ){{0,4}}?(?P<head>car|van|truck|pickup|"
                       rf"minivan|lorry|bus|motorcycle|motorbike|vehicle|SUV|sedan|tractor|taxi|boat)) driven by "
                       rf"(?P<name>(?:\d{{1,2}}-year-old )?{NAME}) (?P<main>(?:was|were|had|has|is|crashed|hit|"
                       rf"struck|veered|crossed|left|ran|went)\b.{{8,}})$")
# "Castell, 27, who until three years ago was working as a teacher, plays a widow ...": a name (or a surname alone),
# an age, a who-clause with no comma in it, then the sentence's verb
AGED_WHO = re.compile(rf"^(?P<name>{NAME}|[A-Z][a-z'-]+), (?P<age>[1-9]\d?), who (?P<rel>[^,]{{8,}}), "
                      r"(?P<main>(?:[a-z]+ly )?(?P<verb>[a-z]+)\b.{8,})$")
# a time said between "who" and its verb, put before the person: "until three years ago", "in 2019", "last year"
TIME_WORDS = {"until", "since", "in", "last", "before", "after", "for"}
DIED = re.compile(r"\b(?:died|killed|dead)\b")


def _verb(word: str) -> bool:
    return (is_verbish(word) or third_person_verb(word)) and not word.endswith("ing")


def driven_by(s: str) -> list[str] | None:
    """ "Troopers said a pickup driven by Travis Lee Hoyt was heading west ..." -> "Troopers said Travis Lee Hoyt
    was driving a pickup." + "Troopers said the pickup was heading west ..." """
    m = DRIVEN_BY.match(s)
    if not m:
        return None
    said = m["said"] or ""
    det = m["det"].lower() if said else m["det"]
    driver = f"{said}{m['name']} was driving {det.lower()} {m['vehicle']}"
    return [finish(cap(driver)), finish(cap(f"{said}the {m['head']} {m['main']}"))]


def aged_who(s: str) -> list[str] | None:
    """ "Castell, 27, who won the title in June, plays a widow ..." -> "Castell plays a widow ..." + "Castell is
    27." + "Castell won the title in June." """
    m = AGED_WHO.match(s)
    if not m or not _verb(m["verb"]) or m["name"].split()[0] in NOT_A_PERSON:
        return None
    name, rel = m["name"], m["rel"]
    toks = rel.split()
    at = next((i for i, w in enumerate(toks[:6]) if _verb(w)), -1)
    if at < 0 or at and (toks[0] not in TIME_WORDS or at < 2):
        return None  # "who with her sister ran ...": what comes before the verb, the rules cannot place
    about = f"{name} {rel}" if not at else f"{cap(' '.join(toks[:at]))}, {name} {' '.join(toks[at:])}"
    be = "was" if DIED.search(m["main"]) else "is"
    return [finish(f"{name} {m['main']}"), finish(f"{name} {be} {m['age']}"), finish(about)]


def person_from(s: str) -> list[str] | None:
    """ "Graham Tully, from Brackley Bridge, parked his car ..." -> "Graham Tully parked his car ..." + "Graham Tully
    is from Brackley Bridge." """
    m = PERSON_FROM.match(s)
    if not m or not is_verbish(m["verb"]) or m["verb"].endswith("ing") or m["name"].split()[0] in NOT_A_PERSON:
        return None
    aged = f"{m['age']}-year-old " if m["age"] else ""
    return [finish(f"{aged}{m['name']} {m['main']}"), finish(f"{m['name']} is from {m['place']}")]

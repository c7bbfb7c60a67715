"""The people of a lead, told with their age and home town when the long sentence that names them is lost.

News (court reports, missing people, accidents) names a person with an age and a home between commas: "Jordan
Pell, of Marsh Lane, Kelsham, punched Arif Qadri, 41, once in the head ...", "Noah Kendrick, from Fenwick, was
found ...". With the asides the sentence runs past what the rules can cut, and the whole sentence was lost, with
the who, where and when of the story. Taken apart, in the article's own words:

- "Name, 41," -> "41-year-old Name" (the age kept where it was said, so no "Name is 41." is said of someone
  the story says has died);
- "... driven by Name, 27, of Place, was heading ..." -> "... driven by 27-year-old Name was heading ..." + "Name is
  from Place." (a person inside the sentence, not its subject: the home is told after it, as below);
- "Name[, 58], from|of Place[, Town], <verb> ..." -> "[58-year-old ]Name <verb> ..." + "Name is from Place[, Town]." (said after the
  news, like every "who is this" piece of writers/lead_pieces.py; "of Marsh Lane" is where the person lives, told
  "is from" as briefing/compress_asides.py does).

The pieces are checked like every lead piece (lead_core.told_in_pieces): told only when each comes out whole.
"""
from __future__ import annotations

import re

from ..grammar import finish, is_verbish

NAME = r"[A-Z][a-z'-]+(?: [A-Z]\.)?(?: [A-Z][a-z'-]+){1,2}"  # "Dylan M. Ferris": a middle initial too
# "Arif Qadri, 41,": a first and last name, then an age alone between commas (not "March, 2019," nor "Room 4,")
AGED = re.compile(rf"\b(?P<name>{NAME}), (?P<age>[1-9]\d?), (?=(?!from\b|of\b|who\b|which\b|whose\b)[a-z])")
# "driven by Travis Lee Hoyt, 27, of Greenfield Township, was heading": a person inside a sentence, age and home
AGED_HOME = re.compile(rf"(?<=\b[a-z]{{2}} )(?P<name>{NAME}), (?P<age>[1-9]\d?), (?:of|from) "
                       r"(?P<place>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}), (?=[a-z])")
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


def person_from(s: str) -> list[str] | None:
    """ "Graham Tully, from Brackley Bridge, parked his car ..." -> "Graham Tully parked his car ..." + "Graham Tully
    is from Brackley Bridge." """
    m = PERSON_FROM.match(s)
    if not m or not is_verbish(m["verb"]) or m["verb"].endswith("ing") or m["name"].split()[0] in NOT_A_PERSON:
        return None
    aged = f"{m['age']}-year-old " if m["age"] else ""
    return [finish(f"{aged}{m['name']} {m['main']}"), finish(f"{m['name']} is from {m['place']}")]

"""A person is named in full the first time the listener hears of them.

The line of the article that introduced a person ("Police Chief Angela Breyer said the guard ...") is
often too long to say, while a later line with the surname alone ("Breyer said ...") is kept. The listener
then meets "Breyer" with no idea who that is. The first time a story line uses a surname alone, it is said
with the first name the article gives ("Angela Breyer said ..."). Only a surname that one person in the
articles carries is filled in, and only where the line stays within the sentence limit.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import person_titles
from ..clauses import words
from ..grammar import LONGEST
from ..plain_english import normalise, speaker_pronouns
from ..speakers import JOBS
from ..vocabulary import common_words
from ..person_titles import either
from .roles import with_roles
from .selection import Line
from .voices import full_names

# a title or first name before a surname: "Dr. Okonkwo", "Chief Breyer" (the name is filled in after it)
TITLE_BEFORE = re.compile(rf"(?:{either(person_titles.COURTESY, person_titles.RANKS)}|Judge)\.?$")


# words that open a sentence in capitals without being a first name: "Because Google ...", "With CargoMind"
NOT_A_FIRST_NAME = {"because", "with", "without", "after", "before", "while", "when", "where", "if", "as", "since",
                    "although", "though", "unless", "until", "like", "about", "from", "for", "and", "but", "or", "so",
                    "yet", "the", "this", "that", "these", "those", "its", "their", "our", "your", "my", "his", "her",
                    "key", "new", "under", "over", "during", "via", "than", "including", "against", "between", "among",
                    "also", "even", "only", "just", "both", "all", "some", "many", "most", "more", "every", "each",
                    "then", "now", "here", "there", "once", "not", "no", "what", "how", "why", "who", "today"}
# a capitalised first word of a line that is no first name or title: "But Breyer said ..."
LINE_OPENERS = {"But", "And", "So", "Yet", "Then", "Later", "Now", "Also", "There", "Here"}
SPEECH = r"(?:said|says|told|added|asked|wrote|explained|argued|warned|noted)"


def _is_person(full: str, source: str, pronouns: dict[str, str]) -> bool:
    """The article shows the name is a person's, not a product's ("Liquid Retina", "Google Stadia"): it is
    said to speak, its age is given, or "he"/"she" refers to it."""
    surname = re.escape(full.split()[-1])
    name = re.escape(full)
    return (full.split()[-1] in pronouns
            # ("said chief executive Mira Castellanos": a job in small letters may come between)
            or re.search(rf"\b{surname},? {SPEECH}\b|\b{SPEECH} (?:[a-z]+ ){{0,3}}(?:[A-Z][\w.'-]* ){{0,3}}{surname}\b",
                         source) is not None
            or re.search(rf"\b{name}, (?:\d{{1,3}}|a |an |the |who )", source) is not None
            # "Games analyst Leila Ferro, of the research firm Playmetrics, said": a job before the name, or an
            # aside between the name and its "said"
            or re.search(rf"\b{name}, [^,.\"]{{3,80}}, {SPEECH}\b", source) is not None
            # ("Pruitt, a retired accountant who represents the east side, said": the surname alone, later on)
            or re.search(rf"\b{surname}, (?:a|an|the) [^,.\"]{{3,80}}, {SPEECH}\b", source) is not None
            or any(m.group(1).lower() in JOBS for m in re.finditer(rf"\b([A-Za-z]+) {name}\b", source)))


def _whole_name(full: str, source: str) -> str:
    """'judges Len Goodman and Carrie Ann Inaba': "Ann Inaba" is only ever the end of a longer name (a first
    name, not a job, before it): the whole name is "Carrie Ann Inaba"."""
    befores = {m.group(1) for m in re.finditer(rf"(\S+) {re.escape(full)}\b", source)}
    if len(befores) == 1 and not re.search(rf"(?:^|[.!?\"]\s+){re.escape(full)}\b", source):
        before = befores.pop()
        if re.fullmatch(r"[A-Z][a-z]+", before) and before.lower() not in JOBS and before not in LINE_OPENERS \
                and before.lower() not in NOT_A_FIRST_NAME:
            return f"{before} {full}"
    return full


@lru_cache(maxsize=8)
def _people_by_surname(source: str) -> dict[str, set[str]]:
    """Surname -> the full names of the people in the source who carry it ("Angela Breyer"): names whose first
    word the text never writes small ("With CargoMind") and that the text shows to be a person's. Cached: the
    planner builds a script many times over for the same articles, and this reads the whole text each time."""
    by_surname: dict[str, set[str]] = {}
    lower_words = set(re.findall(r"\b[a-z]+\b", source)) | NOT_A_FIRST_NAME
    pronouns = speaker_pronouns(normalise(source))
    for full in full_names(source) | _titled_names(source):
        if full.split()[0].lower() not in lower_words and _is_person(full, source, pronouns):
            by_surname.setdefault(full.split()[-1], set()).add(_whole_name(full, source))
    return by_surname


def one_person_surnames(source: str) -> dict[str, str]:
    """Surname -> full name, for surnames only one named person in the source carries ("Velop Wi-Fi": not a
    surname with a hyphen). A surname that is also a common word ("May", "Young", "Hope") may be that word in a
    line ("in May"): it is left to speaking_common_surnames."""
    return {surname: next(iter(fulls)) for surname, fulls in _people_by_surname(source).items()
            if len(fulls) == 1 and "-" not in surname and surname.lower() not in common_words()}


# a title before a first and last name: "said Professor Lena Moravia of Port Lessing University", "Inspector Neil
# Garvie of Highmoor Police said" (a name before "of" is not taken by voices.full_names, which must not read "Bank of
# England" as a person). No "General": "General Electric Company" is a firm.
TITLED_NAME = re.compile(rf"\b(?:{either(person_titles.WRITTEN_OUT, person_titles.HONOURS)}|(?:{either(person_titles.COURTESY, person_titles.RANKS)})\.?)"
                         r" ([A-Z][a-z]+ [A-Z][a-z][\w'-]+)\b(?! [A-Z])")


def speaking_common_surnames(source: str) -> dict[str, str]:
    """Surname -> full name for a person whose surname is also a common word ("Lewis Ward", "Kate York"), when
    the article has them speak ("Ward said"): filled in only before a speech verb, where it cannot be the word."""
    return {surname: next(iter(fulls)) for surname, fulls in _people_by_surname(source).items()
            if len(fulls) == 1 and surname.lower() in common_words()
            and re.search(rf"\b{re.escape(surname)},? {SPEECH}\b", source)}


def _titled_names(source: str) -> set[str]:
    return {m.group(1) for m in TITLED_NAME.finditer(source.replace("\u2019", "'"))}


def _bare_surname(line: str, surname: str) -> re.Match[str] | None:
    """The first use of the surname alone: not inside a longer name ("Breyer Park", "Angela Breyer") and not
    after a capitalised word other than the line's first word or a title."""
    for m in re.finditer(rf"\b{re.escape(surname)}\b(?!-)", line):
        before = line[:m.start()].split()
        after = line[m.end():]
        if re.match(r"\s+[A-Z][a-z]", after) and not re.match(r"\s+(?:I|A)\b", after) \
                or re.match(r"\s*(?:&|and Sons\b|and Co\b)", after):
            continue  # "Breyer Park", "Halloway & Finch": a place or a firm named after someone
        if before and before[-1][:1].isupper() and not TITLE_BEFORE.match(before[-1]) \
                and not (len(before) == 1 and before[-1] in LINE_OPENERS):
            continue  # "Angela Breyer", "Chief Breyer": a first name, or a job title we cannot tell from one
        return m
    return None


def introduce_people(stories: list[list[Line]], source: str) -> list[list[Line]]:
    """The stories' lines with each person's first bare surname said as their full name, unless the
    listener already heard the full name in an earlier line; and who the person is, when the article says it
    in an aside the lines left out (roles.with_roles)."""
    surnames = {**speaking_common_surnames(source), **one_person_surnames(source)}
    said = ""
    out: list[list[Line]] = []
    for story in stories:
        heard = said
        told: list[Line] = []
        for line in story:
            text = _with_full_names(line.text, surnames, said)
            said += "\n" + text
            told.append(replace(line, text=text) if text != line.text else line)
        out.append(with_roles(told, sorted(set(surnames.values())), source, heard))
    return out


def _with_full_names(line: str, surnames: dict[str, str], said: str) -> str:
    for surname, full in surnames.items():
        if surname not in line or full in said or full in line:
            continue  # heard already, or this line gives the full name itself
        m = _bare_surname(line, surname)
        if m is None or words(line) + 1 > LONGEST:
            continue
        if surname.lower() in common_words() and not re.match(rf"\s+{SPEECH}\b", line[m.end():]):
            continue  # "Ward said ..." is Lewis Ward; "the ward" or "in May" is no one
        line = f"{line[:m.start()]}{full}{line[m.end():]}"
    return line

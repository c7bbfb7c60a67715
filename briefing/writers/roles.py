"""Who a person is, said the first time the listener hears of them.

The article says who its speakers are in an aside ("..., said Dr Ruth Amadi, director of the National Health
Agency."; "Anna Grieg, who grows wheat near Tarvin, said ..."), and the sentence rules leave the aside out to
keep the sentence short: the listener then hears "Ruth Amadi said ..." with no idea who she is. Right after the
first line that names the person (and the rest of its article sentence), the story says it plainly: "Ruth Amadi
is the director of the National Health Agency." / "Anna Grieg grows wheat near Tarvin." Only the article's own
words, only a short plain aside, and never when the line already says the person's role.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import person_titles
from ..checks import odd_sentences
from ..clauses import words
from ..grammar import AUXILIARIES, IRREGULAR_PAST
from ..plain_english import rewrite
from ..vocabulary import common_words, rare_count
from ..person_titles import either
from .selection import Line

# the role in an aside after a full name: "director of the National Health Agency", "a farmer near Tarvin",
# "the club's former captain", "the ministry's head of infectious diseases" (up to four small words, then what or
# where of: a named body or place, or a field in small letters); never ending on "St." or "Dr." ("an emergency
# physician at St." of "at St. Luke's Hospital")
ROLE_AFTER = (r", (?P<role>(?:(?:the|a|an) )?(?:[a-z][\w'-]* ){0,3}?(?P<noun>[a-z][\w-]*)"
              r"(?: (?:of|at|for|near|in|from) (?:(?:the )?[A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|of|for|and))*"
              r"|[a-z][\w-]*(?: [a-z][\w-]*)?))?)(?<!\b[SMFDJ][tr])(?=[,.;])")
# "Anna Grieg, who grows wheat and potatoes near Tarvin, said": what the person does, in the present
# (a comma before three digits is inside a number: "had ordered 3,000 buns" is never cut to "had ordered 3")
WHO_DOES = r", who (?P<does>(?:now |also )?[a-z]+s (?:[\w'-]+ ?){1,9}?)(?=,(?!\d{3}\b))"
# the role written before the name: "said chief executive Mira Castellanos", "Games analyst Leila Ferro, of ..."
ROLE_BEFORE = r"(?:\bsaid |^|[.!?\"] |, )(?P<role>(?:[A-Za-z][a-z'-]+ )?(?:[a-z][a-z'-]+ ){0,2}?[a-z][a-z'-]+) "
# "The lender's chief economist, Fiona Halloran, said", "said Corvane's chief executive, Helga Brandvold, who":
# the role, then the name in an aside (never the end of a longer phrase: "the owner of the building company, Keith
# Dunmore," is no company)
ROLE_APPOSED = (r"(?<!of )(?<!at )(?<!in )(?<!for )"
                r"(?P<role>\b(?:[Tt]he|[A-Z][\w-]+'s) (?:[a-z][\w'-]* ){0,3}?[a-z][\w-]+), ")
TITLE = rf"(?:(?:Professor|(?:{either(person_titles.COURTESY)})\.?|{either(person_titles.HONOURS)}) )?"
# a role one person holds in a body ("the chief executive"); others are one of many ("a games analyst")
ONE_HOLDER = {"executive", "director", "president", "chair", "chairman", "chairwoman", "manager", "leader", "head",
              "minister", "captain", "coach", "founder", "mayor", "principal", "governor", "secretary", "officer",
              "spokesperson", "spokesman", "spokeswoman", "vice-chancellor", "editor", "owner", "chief"}
# words an aside may open with that are no role: "Ann Lee, who ...", "Ann Lee, 34, ...", "Ann Lee, said ..."
NOT_A_ROLE = {"who", "which", "whose", "said", "says", "told", "and", "but", "or", "was", "is", "had", "has", "will",
              "when", "where", "while", "after", "before", "because", "as", "if", "though", "although", "then"}
# a role never ends on a small word that needs a noun after it
ROLE_END_NOT = {"at", "of", "in", "for", "from", "with", "by", "on", "to", "and", "or", "the", "a", "an"}
LONGEST_INTRO = 16  # words: an introduction is one short plain line
RARE_IN_INTRO = 1


@lru_cache(maxsize=512)
def role_of(full: str, source: str) -> str | None:
    """The line that says who the person is, from the article's aside after their full name; None when it
    gives none that is short and plain."""
    name = re.escape(full)
    text = source.replace("\u2019", "'")
    before = re.search(rf"{ROLE_APPOSED}{TITLE}{name},", text)
    after = re.search(rf"\b{name}{ROLE_AFTER}", text)
    does = re.search(rf"\b{name}{WHO_DOES}", text)
    ahead = re.search(rf"{ROLE_BEFORE}{TITLE}{name}\b", text, re.MULTILINE)
    if before and before["role"].split()[-1].lower() not in NOT_A_ROLE:
        intro = f"{full} is {before['role'][:1].lower() + before['role'][1:] if before['role'].startswith('The ') else before['role']}."
    elif after and after["role"].split()[0] not in NOT_A_ROLE and not re.search(r"\d", after["role"]) \
            and not (_verb_like(after["role"].split()[0]) and after["role"].split()[0] not in ("the", "a", "an")):
        # ("Sandra Okoye, changed formation at the interval, ...": a deed after the name, no role)
        role = after["role"]
        if not re.match(r"(?:the|a|an) ", role):
            role = f"the {role}"  # "director of the National Health Agency"
        intro = f"{full} is {role}."
    elif does:
        intro = f"{full} {does['does'].strip()}."
    elif ahead:
        written = re.sub(r"^said ", "", ahead["role"])
        role = written.lower()
        if role.split()[0] in NOT_A_ROLE | {"the", "a", "an", "by", "to", "from", "with", "for", "of", "in", "on",
                                            "at", "about", "like", "than", "email", "statement"} \
                or any(_verb_like(w) for w in role.split()) \
                or (role.endswith("s") and not role.endswith("ss")) \
                or role.split()[-1] in ROLE_END_NOT:  # "praises Ann Vale": a verb, or no one role
            # "Pell, of Kelsham, punched Arif Qadri": a deed, not a role; "Analysts at Kotwal Securities": the
            # name is where the people work, not who the name is
            return None
        named = written.split()[0]
        if named[:1].isupper() and named.lower() not in common_words() and len(role.split()) > 1:
            # "Tessaro chief executive Daniel Oyelaran": the firm's name keeps its capital ("Tessaro's chief
            # executive", never "the tessaro chief executive")
            intro = f"{full} is {named}'s {role.split(' ', 1)[1]}."
        else:
            intro = f"{full} is {'the' if role.split()[-1] in ONE_HOLDER else 'a'} {role}."
    else:
        return None
    # (told by the same rules as any line: "television pundit" is said "television expert")
    told = rewrite(intro, set(re.findall(r"\b[A-Z][\w'-]+", intro)))
    if len(told) != 1 or odd_sentences(told) or words(told[0]) > LONGEST_INTRO or rare_count(told[0]) > RARE_IN_INTRO:
        return None
    return told[0]


def _verb_like(word: str) -> bool:
    return word.endswith(("ed", "ing", "ly")) or word in IRREGULAR_PAST or word in AUXILIARIES


def _says_the_role(line: str, intro: str, full: str) -> bool:
    """Does the line already say who the person is ("Manager Grace Wilde said ...")?"""
    # (the role's own words, not the body's name: "the board" in a line is not "director of the Water Board")
    role_words = set(re.findall(r"\b[a-z][\w-]{3,}", intro[len(full):])) - {"works", "said", "says"}
    said = set(re.findall(r"[a-z][\w-]{3,}", line.lower()))
    return bool(role_words) and len(role_words & said) >= max(1, len(role_words) // 2)


def with_roles(story: list[Line], people: list[str], source: str, heard: str) -> list[Line]:
    """The story with a line saying who each person is after the first line that names them in full."""
    out = list(story)
    for full in people:
        at = next((i for i, ln in enumerate(out) if re.search(rf"\b{re.escape(full)}\b", ln.text)), None)
        if at is None or re.search(rf"\b{re.escape(full)}\b", heard):
            continue
        intro = role_of(full, source)
        # (only the lines that name the person: "a complaint to the regional trade court" does not say that Ines
        # Moreau is a trade expert)
        surname = full.split()[-1]
        if intro is None or any(_says_the_role(ln.text, intro, full) for ln in out if surname in ln.text) \
                or any(ln.text == intro for ln in out):
            continue
        # after the rest of the article sentence that named them: nothing goes between the pieces of one sentence
        end = at
        while end + 1 < len(out) and out[end + 1].group == out[at].group:
            end += 1
        out.insert(end + 1, replace(out[at], text=intro, rare=rare_count(intro), odd="", core=False))
    return out


def what_a_speaker_does(sentence: str, article_text: str) -> bool:
    """"Anna Grieg grows wheat near Tarvin.", "Matt Maley is the equity strategist at Miller Tabak.": who one of the
    article's people is (its ", who ..." aside, or the introduction role_of makes), said to introduce them; as a
    main point of the news it says nothing happened (writers/point_sense.py)."""
    m = re.match(r"^((?:[A-Z][\w'-]+ ){0,2}([A-Z][\w'-]+)) (.+?)\.$", sentence)
    if not m:
        return False
    text = re.sub(r"\s+", " ", article_text.replace("\u2019", "'"))
    surname = re.escape(m.group(2))
    if f", who {m.group(3)}," in text and re.search(rf"\b{surname},? (?:said|says)\b|\bsaid (?:[a-z]+ )*"
                                                     rf"(?:[A-Z][\w'-]+ )*{surname}\b|\b{surname}\b[^.]*\bsaid\b",
                                                     text) is not None:
        return True
    fulls = {f.group(0) for f in re.finditer(rf"\b[A-Z][\w'-]+ {surname}\b", text)}
    return any((role_of(full, article_text) or "").endswith(f" {m.group(3)}.") for full in fulls)

"""A person named in full once is named by the last name after that, as a news reader does.

The article says "Foreign Secretary Dominic Raab defended the party" once and "Raab said ..." after that; the
script picks lines from all over the article, and a line that named the person in full may come after one
that already did. A learner hears "Dominic Raab" twice in a row and meets more long words than the news
has: "Raab" is the name the article itself uses for the person once they are known. So after the first full
naming in the stories, the full name is said as the last name (a title before it stays: "Foreign Secretary
Raab", "Dr. Okafor"). The headlines are a preview (a story still names its people in full the first time),
and the recap is a summary heard on its own: it names people as the story first did.

A public body named in full ("Marlbury District Council", "the Ministry of Trade, Industry and Energy") is
"the council", "the ministry" after that, when it is the only council or ministry the articles name.

Only a person is shortened ("Real Madrid" is never "Madrid"), only a last name no one else in the articles
carries, and only a person the article names by the last name alone or quotes (the script says "Malhotra
said ..." for "..., said Dev Malhotra").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import person_titles
from ..models import Segment
from ..speakers import JOB_WORD, JOBS, is_a_person
from ..vocabulary import common_words
from ..person_titles import either
from .people import LINE_OPENERS, NOT_A_FIRST_NAME
from .voices import full_names

# the verbs of a speaker: "Raab said", "said Raab", "Raab told reporters"
SPEECH = r"(?:said|says|told|added|asked|wrote|explained|argued|warned|noted|insisted|claimed|admitted|denied)"
# courtesy titles before a name: "Dr. Ronny Jackson", "Mr Julian Assange"
COURTESY = rf"(?:{either(person_titles.COURTESY, person_titles.HONOURS)})\.?"
SHORTENED_KINDS = ("story",)


def _speaks_or_is_addressed(name: str, source: str) -> bool:
    """The article makes the name a person's: it speaks ("Raab said", "said Dominic Raab"), or is given a
    courtesy title ("Mr Raab"), or is "Raab, who ..."."""
    s = re.escape(name)
    return re.search(rf"\b{s},? {SPEECH}\b|\b{SPEECH} {s}\b|\b{COURTESY} {s}\b|\b{s}, who\b", source) is not None


def _has_a_job(full: str, source: str) -> bool:
    """"Dev Malhotra, chair of the supporters' trust": a job said after the name makes it a person's."""
    return re.search(rf"\b{re.escape(full)}, (?:the |a |an )?(?:[\w'-]+ ){{0,3}}?{JOB_WORD.pattern}", source) is not None


def _said_inside_a_sentence(full: str, source: str) -> bool:
    """A first and last name is written somewhere after the start of a sentence: "Following Trump's visit"
    is only ever a sentence's opening words (or in a headline's Title Case: "Republicans Are Following Trump")."""
    for line in source.splitlines():
        words = line.split()
        if words and sum(w[:1].isupper() for w in words) / len(words) > 0.6:
            continue  # a headline: every word capitalised
        if re.search(rf"(?<![.!?\"] )(?<!^)\b{re.escape(full)}\b", line):
            return True
    return False


def _many(full: str, source: str) -> bool:
    """A name in the plural that the article speaks of as many: a team or a band ("Castlebridge Rovers are
    ...", "Iron Lanterns, who have ...", "Rovers, unbeaten in their ...")."""
    last = full.split()[-1]
    if not re.search(r"[^s's]s$", last):
        return False
    name = rf"\b(?:{re.escape(full)}|{re.escape(last)})\b"
    return re.search(rf"{name}(?:,? who)? (?:have|are|were)\b|{name}[^.]{{0,40}}\b(?:they|their|them)\b", source) is not None


def _used_alone(surname: str, first: str, source: str) -> bool:
    """The article calls the person by the last name alone somewhere: not after the first name and not
    inside a longer name ("Raab Street")."""
    for m in re.finditer(rf"\b{re.escape(surname)}\b(?!-)", source):
        if source[:m.start()].endswith(first + " ") or re.match(r"\s+[A-Z][a-z]", source[m.end():]):
            continue
        return True
    return False


@lru_cache(maxsize=8)
def short_names(source: str) -> dict[str, str]:
    """Full name -> last name, for each person of the source that may be named short after the first time."""
    by_surname: dict[str, set[str]] = {}
    lower_words = set(re.findall(r"\b[a-z]+\b", source)) | NOT_A_FIRST_NAME
    for full in full_names(source):
        first, surname = full.split()[0], full.split()[-1]
        if first.lower() in lower_words or "'" in full or "-" in surname:
            continue  # "Both Johnson", "Liberal Democrat": a word the text also writes small; "Clinton's"
        by_surname.setdefault(surname, set()).add(full)
    common = common_words()
    out = {}
    for surname, fulls in by_surname.items():
        full = next(iter(fulls))
        if len(fulls) > 1 or surname.lower() in JOBS \
                or surname.lower() in common and surname.lower() in lower_words:
            continue  # two people of one name; "May", "Young": a word the text also uses as a word
        person = is_a_person(full, source) or _has_a_job(full, source)
        if full.split()[0].lower() in common and not (person or _said_inside_a_sentence(full, source)) \
                or _many(full, source):
            continue  # "Following Trump's visit": a word before a name; "Iron Lanterns, who have ...": a band
        if person and _speaks_or_is_addressed(full, source) or _used_alone(surname, full.split()[0], source) \
                and (person or _speaks_or_is_addressed(surname, source)):
            out[full] = surname  # "said Dev Malhotra, chair of ...": the script reports what "Malhotra said"
    return out


def _after_a_title(before: str) -> bool:
    """The name comes right after its title: "Foreign Secretary ", "Dr. " (a capitalised job word or a
    courtesy title), which stays with the last name."""
    last = before.split(" ")[-2] if before.endswith(" ") and len(before.split(" ")) > 1 else ""
    return bool(re.fullmatch(COURTESY, last) or last[:1].isupper() and last.lower() in JOBS)


def _shortened(line: str, names: dict[str, str], said: set[str]) -> str:
    for full in sorted(said, key=len, reverse=True):
        surname = names[full]
        pattern = re.compile(rf"\b{re.escape(full)}\b(?!\s+[A-Z][a-z])(?!\s*&)")
        at = 0
        while m := pattern.search(line, at):
            if not _after_a_title(line[:m.start()]) and _inside_a_longer_name(line[:m.start()]):
                at = m.end()
                continue
            # a title stays with the last name: "President Rahmon", "Dr. Okafor" tell the listener who it is
            line = f"{line[:m.start()]}{surname}{line[m.end():]}"
            at = m.start() + len(surname)
    return line


def _inside_a_longer_name(before: str) -> bool:
    """"Felipe Contreras Arroyo" holds "Contreras Arroyo": a capitalised word right before the name that
    does not open the line ("But Julian Assange ...") belongs to the name."""
    toks = before.split()
    if not before.endswith(" ") or not toks or not toks[-1][:1].isupper():
        return False
    return not (len(toks) == 1 and (toks[0] in LINE_OPENERS or toks[0].lower() in NOT_A_FIRST_NAME))


# the head word of a public body's name, said alone ("the council") once the body is known
BODY_HEADS = ("Council", "Commission", "Ministry", "Department", "Agency", "Authority", "Bureau", "Board",
              "Committee")
CAPITALISED = r"[A-Z][\w.'-]*"
NAME_WORD = r"[A-Z][\w'-]*"  # inside a body's name after its head: no full stop ("... of Prisons. Attorney ...")
BODY_NAME = re.compile(rf"\b((?:{CAPITALISED} ){{1,4}})?({'|'.join(BODY_HEADS)})\b"
                       rf"((?: (?:of|for)(?: the)? {NAME_WORD}(?: {NAME_WORD}){{0,3}}(?:, {NAME_WORD}(?: {NAME_WORD})?){{0,3}}"
                       rf"(?: (?:and|&) {NAME_WORD}\b(?! [A-Z]))?)?)(?! [A-Z][a-z])")
# a longer name ends before this one: "Securities and | Exchange Commission", "Competition and | Markets Authority"
LONGER_NAME_BEFORE = re.compile(r"[A-Z][\w'-]* (?:and|&|of|for|on) $")
# capitalised words before a body's name that are not part of it: "But Marlbury District Council ..."
NOT_IN_A_BODY_NAME = LINE_OPENERS | {"The", "A", "An", "In", "On", "At", "For", "With", "After", "Before", "When",
                                      "While", "If", "As", "By", "From", "To", "Of", "Both", "Neither", "Its"}


def _body_names(text: str) -> list[tuple[str, str, bool]]:
    """(name, head word, whole) of each public body the text names in full: "Marlbury District Council",
    "Department of Forestry"; not a bare "Council" and not "Council Offices". A name that may be the end
    of a longer one ("Securities and | Exchange Commission", or a second body: "X Council and | Kent County
    Council") is not whole."""
    found = []
    for m in BODY_NAME.finditer(text):
        whole = not LONGER_NAME_BEFORE.search(text[:m.start()])
        run = (m.group(1) or "").split()
        # "South Korea's Ministry of ...": the ministry, owned by South Korea; "India. The Lancet ...": a stop
        cut = max((i for i, w in enumerate(run) if w.endswith(("'s", "s'")) or re.fullmatch(r"[^.]+\.", w)),
                  default=-1)
        run = run[cut + 1:]
        while run and run[0] in NOT_IN_A_BODY_NAME:
            run = run[1:]
        if run or m.group(3):
            found.append((" ".join(run + [m.group(2)]) + m.group(3), m.group(2), whole))
    return found


@lru_cache(maxsize=8)
def short_bodies(source: str) -> dict[str, str]:
    """Full name -> "the council", for each public body that is the only one of its kind the source names."""
    by_head: dict[str, set[str]] = {}
    not_whole = set()
    for name, head, whole in _body_names(source):
        by_head.setdefault(head, set()).add(name)
        if not whole:
            not_whole.add(name)
    return {next(iter(names)): f"the {head.lower()}" for head, names in by_head.items()
            if len(names) == 1 and not names & not_whole}


def _body_shortened(line: str, bodies: dict[str, str], said: set[str]) -> str:
    for name in sorted(said, key=len, reverse=True):
        pattern = re.compile(rf"(?:\b(?:[Tt]he|{CAPITALISED}(?: {CAPITALISED})?(?:'s|s')) )?\b{re.escape(name)}\b"
                             r"(?! [A-Z][a-z])(?! (?:of|for|on|and|&) [A-Z])")

        def short(m: re.Match[str]) -> str:
            if LONGER_NAME_BEFORE.search(line[:m.start()]):
                return m.group(0)
            return bodies[name] if m.start() else bodies[name].capitalize()
        line = pattern.sub(short, line)
    return line


def said_short_again(segments: list[Segment], source: str) -> list[Segment]:
    """The segments with each person named in full by the stories named by the last name after that, and
    each public body named in full by the stories named by its kind ("the council")."""
    names = short_names(source)
    bodies = short_bodies(source)
    if not names and not bodies:
        return segments
    said: set[str] = set()
    said_bodies: set[str] = set()
    out = []
    for seg in segments:
        if seg.kind not in SHORTENED_KINDS:
            out.append(seg)
            continue
        sentences = []
        for line in seg.sentences:
            line = _body_shortened(_shortened(line, names, said), bodies, said_bodies)
            said |= {full for full in names if re.search(rf"\b{re.escape(full)}\b", line)}
            said_bodies |= {name for name in bodies if re.search(rf"\b{re.escape(name)}\b", line)}
            sentences.append(line)
        out.append(Segment(seg.kind, seg.title, sentences))
    return out

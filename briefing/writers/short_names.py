"""A person named in full once is named by the last name after that, as a news reader does.

The article says "Foreign Secretary Dominic Raab defended the party" once and "Raab said ..." after that; the
script picks lines from all over the article, and a line that named the person in full may come after one
that already did, or be said again in the recap. A learner hears "Dominic Raab" twice in a row and meets
more long words than the news has: "Raab" is the name the article itself uses for the person once they
are known. So after the first full naming in the stories, the full name (and the capitalised title before
it: "Foreign Secretary", "Dr.") is said as the last name, in the stories and in the recap. The headlines
are a preview: a story still names its people in full the first time.

Only a person is shortened ("Real Madrid" is never "Madrid"), only a last name no one else in the articles
carries, and only a last name the article itself uses alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..models import Segment
from ..speakers import JOBS, is_a_person
from ..vocabulary import common_words
from .people import LINE_OPENERS, NOT_A_FIRST_NAME
from .voices import full_names

# the verbs of a speaker: "Raab said", "said Raab", "Raab told reporters"
SPEECH = r"(?:said|says|told|added|asked|wrote|explained|argued|warned|noted|insisted|claimed|admitted|denied)"
# titles said before a name that go with the full name: "Dr. Ronny Jackson", "Mr Julian Assange"
COURTESY = r"(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?"
SHORTENED_KINDS = ("story", "recap")


def _speaks_or_is_addressed(surname: str, source: str) -> bool:
    """The article makes the last name alone a person's: it speaks ("Raab said", "said Raab"), or is given a
    courtesy title ("Mr Raab"), or is "Raab, who ..."."""
    s = re.escape(surname)
    return re.search(rf"\b{s},? {SPEECH}\b|\b{SPEECH} {s}\b|\b{COURTESY} {s}\b|\b{s}, who\b", source) is not None


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
        if not _used_alone(surname, full.split()[0], source):
            continue
        if is_a_person(full, source) or _speaks_or_is_addressed(surname, source):
            out[full] = surname
    return out


def _title_run(before: str) -> int:
    """How many characters of the text before a name are its title, said only with the full name: "Foreign
    Secretary ", "Dr. ". A title ends on a job word or a courtesy title and may have one or two capitalised
    words before the job ("Foreign Secretary", "Deputy Chief Constable"), never a word that opens a line."""
    toks = before.split(" ")[:-1] if before.endswith(" ") else []
    if not toks or not (re.fullmatch(COURTESY, toks[-1]) or toks[-1].lower() in JOBS and toks[-1][:1].isupper()):
        return 0
    n = 1
    while n < min(3, len(toks)) and re.fullmatch(r"[A-Z][a-z]+", toks[-n - 1]) \
            and toks[-n - 1].lower() not in NOT_A_FIRST_NAME and toks[-n - 1] not in LINE_OPENERS:
        n += 1
    return sum(len(t) + 1 for t in toks[-n:])


def _shortened(line: str, names: dict[str, str], said: set[str]) -> str:
    for full in sorted(said, key=len, reverse=True):
        surname = names[full]
        pattern = re.compile(rf"\b{re.escape(full)}\b(?!\s+[A-Z][a-z])(?!\s*&)")
        at = 0
        while m := pattern.search(line, at):
            title = _title_run(line[:m.start()])
            if not title and _inside_a_longer_name(line[:m.start()]):
                at = m.end()
                continue
            line = f"{line[:m.start() - title]}{surname}{line[m.end():]}"
            at = m.start() - title + len(surname)
    return line


def _inside_a_longer_name(before: str) -> bool:
    """"Felipe Contreras Arroyo" holds "Contreras Arroyo": a capitalised word right before the name that
    does not open the line ("But Julian Assange ...") belongs to the name."""
    toks = before.split()
    if not before.endswith(" ") or not toks or not toks[-1][:1].isupper():
        return False
    return not (len(toks) == 1 and (toks[0] in LINE_OPENERS or toks[0].lower() in NOT_A_FIRST_NAME))


def said_short_again(segments: list[Segment], source: str) -> list[Segment]:
    """The segments with each person named in full by the stories named by the last name after that."""
    names = short_names(source)
    if not names:
        return segments
    said: set[str] = set()
    out = []
    for seg in segments:
        if seg.kind not in SHORTENED_KINDS:
            out.append(seg)
            continue
        sentences = []
        for line in seg.sentences:
            line = _shortened(line, names, said)
            said |= {full for full in names if re.search(rf"\b{re.escape(full)}\b", line)}
            sentences.append(line)
        out.append(Segment(seg.kind, seg.title, sentences))
    return out

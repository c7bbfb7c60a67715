"""An "also" whose other thing the listener never heard is left out of its line.

"Disciplinary referrals also dropped." says that something else dropped too; when the line that said so ("Absences
fell by a third.") was passed over, the "also" points at nothing the listener heard. Without it the line tells the
same fact and stands on its own ("Disciplinary referrals dropped."), so the word goes, not the line: leaving out
"also" never changes who did what. The other thing counts as heard when a said line before it (or the story's
title) names the line's subject or, for any verb but a speaking one, the same verb ("Tessaro expects ..." then
"Tessaro also expects ..."; "Prices rose." then "Shares of suppliers also rose.").
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .selection import Draft, Line

# a subject of up to eight words, a helper verb, then "also" and the verb it goes with; or the same after a
# speaker's "said (that)" ("Lee said the company had also applied ...")
_ALSO = re.compile(r"(?P<subject>(?:[A-Za-z0-9$£€%.,'-]+ ){1,8}?)(?:(?:has|have|had|was|were|is|are|will|would|can|could"
                   r"|may|might|should|must|did|does|do) (?:not )?)?also (?P<verb>[a-z]+)")
_SAID_THAT = re.compile(r"^.{0,60}?\b(?:said|says|added|told [a-z]+) (?:that )?")
# who "he", "they" or "this" is, the line before told: the other thing may be theirs
_POINTERS = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "his", "her",
             "its", "their", "one", "others", "both"}
_SMALL = {"the", "a", "an", "but", "and", "of", "in", "on", "at", "for", "to", "with", "by", "from", "who", "which",
          "that", "have", "has", "had", "been", "some", "many", "more", "most", "other", "all", "new", "last", "first"}
_SAYING = {"said", "says", "say", "told", "tells", "added", "adds", "noted", "warned", "stated", "explained", "wrote"}


def _heard(word: str, heard: str) -> bool:
    """The word, or a word that begins as it does ("rose"/"rose", "dropped"/"drop"), was in a heard line."""
    stem = word[:max(4, len(word) - 3)] if len(word) > 5 else word
    return re.search(rf"\b{re.escape(stem)}", heard, re.IGNORECASE) is not None


def unheard_also(text: str, heard: str) -> str | None:
    """The line without an "also" whose other thing no heard line named; None when it keeps its "also"."""
    said = _SAID_THAT.match(text)
    starts = [0] + ([said.end()] if said else [])
    for start in starts:
        m = _ALSO.match(text, start)
        if not m or re.search(r"\b(?:but|not only|and)\s*$", text[:m.start("verb") - 5], re.IGNORECASE):
            continue
        subject = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", m["subject"])]
        if re.search(r"\b(?:said|says|added|told)\b", m["subject"]):
            continue  # the "also" is in what the speaker said: looked at from after "said"
        if any(w in _POINTERS for w in subject):
            return None  # "He also said": whom the pointer means was heard, and with him what he said before
        content = [w for w in subject if w not in _SMALL and len(w) > 2]
        verb = m["verb"]
        if any(_heard(w, heard) for w in content) or (verb not in _SAYING and _heard(verb, heard)):
            return None
        at = text.index("also ", m.start("verb") - 5)
        return text[:at] + text[at + len("also "):]
    return None


def without_unheard_also(draft: Draft, said: list[Line]) -> list[Line]:
    """The said lines, each "also" that points at nothing heard left out (see the module's docstring)."""
    out: list[Line] = []
    for ln in said:
        heard = " ".join([*draft.headline, *(x.text for x in out)])
        plainer = unheard_also(ln.text, heard)
        out.append(replace(ln, text=plainer) if plainer else ln)
    return out

"""A search lead told in pieces: "Teams searched the hills for a third day on Monday for a walker who has not been
seen since Friday, police said." says where and when the search went on and whom it is for, each with its own "for".
Said in one breath it is too long, and a cut before the second "for" loses whom they look for. Here it is told as
"Teams searched the hills on Monday, police said." + "It was the third day of the search." + "The search was for a
walker who has not been seen since Friday, police said." (the speaker stays with each claim). Both pieces are checked like every lead
piece (lead_core.told_in_pieces): told only when each comes out whole.
"""
from __future__ import annotations

import re

from ..grammar import finish

SEARCH = re.compile(r"^(?P<act>[A-Z].{10,}? (?:searched|were searching|was searching|combed|scoured|hunted) .{6,}?)"
                    r" for (?P<whom>(?:a|an|the|two|three|\d+) (?:[\w'-]+ ){0,3}?[\w'-]+ (?:who|missing|last seen)\b[^,]+)"
                    r"(?P<speaker>, (?:the )?[\w'-]+(?: [\w'-]+){0,3} said)?$")


def search_for(s: str) -> list[str] | None:
    """ "A searched X for a third day for a walker who ..., police said" -> "A searched X for a third day, police
    said." + "The search was for a walker who ..., police said." """
    m = SEARCH.match(s)
    if not m or " for " not in f" {m['act']} ":
        return None  # one "for" only: "searched the woods for a boy who ..." is short enough to be told whole
    speaker = m["speaker"] or ""
    act, nth = m["act"], NTH_DAY.search(m["act"])
    # ("for a third day" is told after the search: with it the first piece is too long to say in one breath)
    days = [finish(f"It was the {nth['nth']} {nth['unit']} of the search")] if nth else []
    act = act[:nth.start()] + act[nth.end():] if nth else act
    return [finish(act + speaker)] + days + [finish(f"The search was for {m['whom']}{speaker}")]


# "for a third day", "for the second night": how long the search has gone on
NTH_DAY = re.compile(r" for (?:a|the) (?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                     r" (?:straight |consecutive )?(?P<unit>day|night|week)\b")

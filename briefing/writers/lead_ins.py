"""A list's lead-in said once: "Key features of CargoMind include X." then "They also include Y."; "One of the
main decisions was X." then "Another was Y."

The cleaner writes a long list item after its lead-in, one sentence each, so that any item can be said
without the others (briefing.clean_lists). When the plan keeps two or more of them side by side, the
listener would hear "Key features of CargoMind include" again and again; after the first, the lead-in is
said with "they" or "it", which can only mean the thing the line before has just named.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

# "Key features of the app include ...", "The plan includes ...", "Other winners included ...": a subject of up to eight words, then the verb
LEAD_IN = re.compile(r"^((?:[\w'&.-]+ ){1,8}?)(include|includes|included) (?!also\b)(.+)$")


# "One of the main decisions was ...": the second of the kind is "Another was ..."
ONE_OF = re.compile(r"^(One of (?:the|its|their|his|her|our) (?:[\w'-]+ ){0,5}?[\w'-]+s(?: for [\w' -]+?)?) (was|is) (.+)$")


def lead_in_said_once(story: Sequence[str]) -> list[str]:
    """Each line that repeats the lead-in of the line just before it says it as "They also include" (or "It also
    includes", "Another was"); a "This ..." line about the item between them keeps the run, any other ends it."""
    out: list[str] = []
    run = ""  # the lead-in ("Key features of CargoMind include") of the line just said, or ""
    for line in story:
        if run and line.startswith(("This ", "These ")):
            out.append(line)  # "This was so that ...": more on the item just said; the list goes on after it
            continue
        one = ONE_OF.match(line)
        if one:
            lead_in = f"{one.group(1)} {one.group(2)}"
            out.append(f"Another {one.group(2)} {one.group(3)}" if lead_in == run else line)
            run = lead_in
            continue
        m = LEAD_IN.match(line)
        lead_in = f"{m.group(1)}{m.group(2)}" if m else ""
        if m and lead_in == run:
            subject = m.group(1).split()[-1]
            plural = m.group(2) == "include" or (m.group(2) == "included" and re.search(r"[^s]s$", subject))
            pronoun = "They" if plural else "It"
            out.append(f"{pronoun} also {m.group(2)} {m.group(3)}")
        else:
            out.append(line)
        run = lead_in
    return out

"""Two shapes of a broken line the rules can still leave behind, for briefing.checks.odd_sentences:

- a noun and its relative clause and nothing else: "31 ballot papers that were rejected." (cut from "found eight
  more votes ... and 31 ballot papers that were rejected because ..."): no main verb, so no sentence;
- "was" or "has been" before a past form that is never a participle: "It was grew into ..." ("was founded in 1884
  and grew into ..." cut with the first verb's helper on the second).
"""
from __future__ import annotations

import re

from .grammar import AUXILIARIES, is_verbish
from .inflect import PAST_NOT_PARTICIPLE

RELATIVE_ONLY = re.compile(r"((?:[\w'-]+ ){1,6}?)(?:that|which|who) (?:was|were|is|are|had been|have been|has been)"
                           r" ([a-z]+(?:ed|en))((?: [\w'-]+){0,6})[.!]")
HELPER_BEFORE_PAST = re.compile(r"\b(?:was|were|is|are|been|be)(?: not)? (" + "|".join(sorted(PAST_NOT_PARTICIPLE))
                                + r")\b")


def relative_only(text: str) -> bool:
    """A noun phrase with a "that/which/who" clause and no verb of its own before or after the clause."""
    m = RELATIVE_ONLY.fullmatch(text)
    if not m:
        return False
    head, tail = m.group(1).split(), m.group(3).split()
    finite = AUXILIARIES | {"do", "does", "did"}
    # ("papers" may be a verb by its shape; a noun after a number or "the" is not)
    return not any(t.lower() in finite for t in head + tail) \
        and not any(is_verbish(t) for t in tail) \
        and not any(is_verbish(t) and not re.fullmatch(r"[a-z]+s", t) for t in head[1:])


def helper_before_a_past_form(text: str) -> bool:
    """'was grew', 'been went': a helper before a past form that only ever stands alone."""
    return HELPER_BEFORE_PAST.search(text) is not None

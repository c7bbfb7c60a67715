"""A reported claim told before its speaker ("P." + "X said this.") says its "would" as "will".

In "X said the department would hand out free alarms on Saturday" the "would" is the "will" of what X said, moved
back a tense by "said". Told first, with "X said this." after it, the bare "The department would hand out free alarms
on Saturday." is heard as a condition with no "if" (would, if what?). "will" says what X said the department
will do. Not when the claim has its own condition ("if", "unless") or looks back ("would have", a year, "ago"): there
"would" may be a real "would".
"""
from __future__ import annotations

import re

# the claim's subject (a few words, no clause mark) and its "would"
_WOULD = re.compile(r"^((?:[A-Z][\w'-]*)(?: [\w'&-]+){0,6}?) would (?!have\b|not have\b|be able\b)")
_NOT_A_PLAIN_FUTURE = re.compile(r"\b(?:if|unless|otherwise|whether|ago|last|earlier|previously|once|then|(?:19|20)\d\d)\b",
                                 re.IGNORECASE)


def unshifted(piece: str) -> str:
    """'The department would hand out free smoke alarms on Saturday.' -> '... will hand out ...' (see above)."""
    m = _WOULD.match(piece)
    if not m or _NOT_A_PLAIN_FUTURE.search(piece) or re.search(r"\b(?:that|which|who|and|but|or)\b", m.group(1)):
        return piece
    return f"{m.group(1)} will {piece[m.end():]}"

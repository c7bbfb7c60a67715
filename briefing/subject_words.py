"""The words around a subject that are not the subject: an adverb before its verb ("Ann Lee even touched ..."),
a phrase after its head noun ("Officers from the city police ..."). grammar.subject_of and doers.py say a
subject again without them."""
from __future__ import annotations

# adverbs that stand between a subject and its verb ("Ann Lee even touched ...", "the team also won ...")
SUBJECT_ADVERBS = {"even", "also", "still", "just", "never", "already", "then", "later", "once", "often", "always",
                   "only", "first", "finally", "recently", "quickly", "reportedly", "allegedly"}
# the words that end a subject's head noun: "Officers | from the city police", "The price | of the tickets"
HEAD_ENDS = {"of", "from", "in", "at", "with", "for", "on", "near", "across", "inside"}


def head_noun(subject: list[str]) -> list[str]:
    """'Officers from the city police' -> ['Officers']: the words before the subject's first preposition, when
    there is one and at most three words come before it ([] otherwise)."""
    at = next((i for i, t in enumerate(subject) if t.lower() in HEAD_ENDS), None)
    return subject[:at] if at and at <= 3 else []

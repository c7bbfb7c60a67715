"""Time left unused: a script still short of 4:30 after the plan and the grade pass says more of its story.

The selection (selection.py) passes over story lines with uncommon words while easier ones can fill the budget,
and the grade pass (ease.py) passes over hard lines to bring the grade down. A story that has said every easy
line it has is then short of 4:30 with lines left unsaid: such a line is said after all when the whole script
still meets the figures with it (reading grade under the target or no higher, the share of common words kept)
and stays under 5:30. The plainest lines are tried first; each is a line of the article the selection would
take in a longer budget, told in article order, never a repeat and never a line that leans on one not said.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import timing
from ..checks import MIN_COMMON_SHARE, measured_sentences
from ..models import Script
from ..vocabulary import common_share
from .base import estimated_seconds
from .ease import COMMON_MARGIN, GRADE_ROOM_SECONDS, GRADE_TARGET
from .grade import reading_grade, syllables_per_word
from .selection import FILL_RARE, Draft, is_furniture

if TYPE_CHECKING:
    from .plain import Layout, _Planner

SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
# each trial builds the whole script once: a bound on the time a short script may spend
MAX_ROOM_TRIALS = 30


def _small_words(text: str) -> tuple[str, ...]:
    """A line by its lower-case words: the script may say it with its names in full or short."""
    return tuple(re.findall(r"\b[a-z][a-z'-]*\b", text))


def _story_lines(script: Script) -> set[tuple[str, ...]]:
    return {_small_words(t) for seg in script.segments if seg.kind == "story" for t in seg.sentences}


def unsaid_lines(drafts: list[Draft], script: Script, layout: Layout) -> list[str]:
    """The story lines the script does not say that a listener could hear whole (not flagged as broken, not
    page furniture, not said in a shorter form, no more uncommon words than a line that fills a short story:
    selection.FILL_RARE, no "you": "You were attacked ..." in an advice column speaks to the letter's writer, and
    the listener would hear it said to them), plainest first: fewest uncommon words, then shortest words."""
    said = _story_lines(script)
    shorter = {draft for draft, _ in layout.shorter}
    found = [ln for d in drafts for ln in d.lines
             if not ln.odd and ln.rare <= FILL_RARE and not is_furniture(ln.text) and ln.text not in shorter
             and not SECOND_PERSON.search(ln.text)
             and _small_words(ln.text) not in said]
    return [ln.text for ln in sorted(found, key=lambda ln: (ln.rare, syllables_per_word(ln.text)))]


def _meets_figures(trial: Script, grade: float, share: float) -> bool:
    """The longer script reads no harder than the target (or than before) and keeps its common words."""
    said = measured_sentences(trial)
    return (reading_grade(said) <= max(GRADE_TARGET, grade)
            and common_share(" ".join(said)) >= min(share, MIN_COMMON_SHARE + COMMON_MARGIN))


def with_room_used(planner: "_Planner", script: Script, layout: Layout) -> tuple[Script, Layout]:
    """The script with the unsaid story lines it has room for, while it is short of 4:30 (and a little over, the
    episode's margin): each line kept only when the script says it, grows, stays under 5:30 and meets the figures."""
    goal = timing.MIN_SECONDS + GRADE_ROOM_SECONDS
    if estimated_seconds(script) >= timing.MIN_SECONDS:
        return script, layout
    said = measured_sentences(script)
    grade, share = reading_grade(said), common_share(" ".join(said))
    for text in unsaid_lines(planner.drafts, script, layout)[:MAX_ROOM_TRIALS]:
        if estimated_seconds(script) >= goal:
            break
        trial_layout = replace(layout, left_out=layout.left_out - {text}, brought_in=layout.brought_in | {text})
        trial = planner.build(trial_layout)
        if _small_words(text) not in _story_lines(trial) or estimated_seconds(trial) <= estimated_seconds(script) \
                or estimated_seconds(trial) > timing.MAX_SECONDS - GRADE_ROOM_SECONDS \
                or not _meets_figures(trial, grade, share):
            continue
        script, layout = trial, trial_layout
        said = measured_sentences(script)
        grade, share = reading_grade(said), common_share(" ".join(said))
    return script, layout

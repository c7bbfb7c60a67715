"""The recap of a script still short of 4:30 after everything else: it may repeat the story's longer points.

The recap repeats short points (recap.POINT_WORDS, up to FULL_POINT_WORDS in a short script): a short point is
what a learner keeps. A story whose main facts come in longer sentences ("The health board said it expected
the waiting list to grow again between December and February.", 16 words) then gets a recap of one or two
points, and the script stays short of five minutes with real points unsaid. Here, last, after the plan, the
grade pass and the room pass have settled the story (so no story line is traded for a recap point), the
recap may also take points of up to LONGER_POINT_WORDS words: with "We also heard that" that is the 22 words a
sentence may have. The longer recap is kept only when it says every point said before and more, the script
stays under 5:30, reads no harder than the target (or than before) and keeps its share of common words.
"""
from __future__ import annotations

from dataclasses import replace

from .. import timing
from ..checks import MIN_COMMON_SHARE, article_text, measured_sentences
from ..models import Script, Segment
from ..vocabulary import common_share
from .base import estimated_seconds
from .ease import COMMON_MARGIN, GRADE_LIMIT, GRADE_TARGET
from .grade import reading_grade
from .recap import FIRST_POINT, SHORT_FIRST_POINT, recap_segment
from .selection import Draft
from .short_names import said_short_again

LONGER_POINT_WORDS = 18  # 22 words with "We also heard that" (clauses.LONGEST)
# a script over the grade limit fails that figure whatever its recap says: a longer recap that brings it to 4:30 may
# raise its grade this little (a point the listener heard a minute before), so it fails one figure, not two
OVER_LIMIT_RISE = 0.05


def with_longer_points(script: Script, drafts: list[Draft], left_out: frozenset[str] = frozenset()) -> Script:
    """The script with a recap that may repeat longer points, when it is still short of 4:30 (see above)."""
    if estimated_seconds(script) >= timing.MIN_SECONDS:
        return script
    stories = [seg.sentences for seg in script.segments if seg.kind == "story"]
    at = next((i for i, seg in enumerate(script.segments) if seg.kind == "recap"), None)
    said = script.segments[at].sentences if at is not None else []
    said_text = measured_sentences(script)
    grade, share = reading_grade(said_text), common_share(" ".join(said_text))

    def meets_figures(longer: Script) -> bool:
        longer_said = measured_sentences(longer)
        new_grade = reading_grade(longer_said)
        over_limit_anyway = grade > GRADE_LIMIT and new_grade - grade <= OVER_LIMIT_RISE \
            and estimated_seconds(longer) >= timing.MIN_SECONDS
        return estimated_seconds(longer) <= timing.MAX_SECONDS \
            and (new_grade <= max(grade, GRADE_TARGET) or over_limit_anyway) \
            and common_share(" ".join(longer_said)) >= min(share, MIN_COMMON_SHARE + COMMON_MARGIN)

    for plainest in (False, True):  # the recap the plan chose is one of the two orders
        for one_more in (False, True) if len(drafts) == 1 else (False,):
            recap = recap_segment(stories, drafts, full=True, plainest=plainest, one_more=one_more,
                                  left_out=left_out, longest=LONGER_POINT_WORDS)
            if len(recap.sentences) <= max(1, len(said)) or not set(said) <= set(recap.sentences):
                continue
            longer = _with_recap(script, recap, at)
            if meets_figures(longer):
                return longer
            if len(drafts) == 1:
                # all of them read too hard together: the new points one at a time, each kept when the script
                # still meets the figures with it (one story: its points open with one "We heard that" or "First,")
                kept = set(said)
                for point in recap.sentences[1:]:
                    trial = [t for t in recap.sentences if t in kept or t == point or t == recap.sentences[0]]
                    if point in kept or not trial[1].startswith((f"{FIRST_POINT} ", f"{SHORT_FIRST_POINT} ")):
                        continue
                    candidate = _with_recap(script, replace(recap, sentences=trial), at)
                    if meets_figures(candidate):
                        kept.add(point)
                        longer = candidate
                if len(kept) > len(set(said)):
                    return longer
    return script


def _with_recap(script: Script, recap: Segment, at: int | None) -> Script:
    """The script with this recap in place of its own, or before the goodbye when it had none."""
    segments = list(script.segments)
    if at is None:
        at = next((i for i, seg in enumerate(segments) if seg.kind == "outro"), len(segments))
        segments.insert(at, recap)
    else:
        segments[at] = recap
    # a name the story said in full is said short in the recap, as the build says it ("Raab")
    return replace(script, segments=said_short_again(segments, article_text(script.articles)))

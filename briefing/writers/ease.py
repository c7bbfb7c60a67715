"""The reading-grade pass: the planned script's hardest story lines traded for easier ones.

After the planner (plain.py) has filled the five minutes, a script that reads above the target grade passes
over its hardest story lines outside the lead, one at a time, and keeps a trade only when the grade falls,
the script stays long enough and the common words keep their share. The main facts (the first paragraphs,
and any later line that is the only home of one of their names or numbers) are never traded.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import timing
from ..checks import MIN_COMMON_SHARE, measured_sentences
from ..clauses import words
from ..models import Script
from ..vocabulary import common_share
from .base import estimated_seconds
from .grade import reading_grade
from .point_form import without_detail_tail
from .recap import point_key
from .lead_kept import OpeningKept, _facts, _introduces, _only_home_of_a_lead_fact
from .leaning import opens_with_reference
from .selection import SAID_THIS, Draft
from .taught import carries_the_topic, taught_words

if TYPE_CHECKING:
    from .plain import Layout, _Planner

# the evaluation's target is grade 6 with textstat; writers/grade.py counts like textstat but for names (its
# dictionary gives them fewer syllables), so the planner aims a little under
GRADE_TARGET = 5.8
GRADE_LIMIT = 6.0  # the evaluation's limit (a script under 4:30 and over it fails two figures)
# writers/grade.py's count is off by up to ~0.3 on a script; a trade that keeps the length is worth making down to here
SWAP_TARGET = 5.5
GRADE_ROOM_SECONDS = 10.0  # the episode misses the plan by up to ~2 % (speech.PACE_TOLERANCE): stay clear of 4:30
# ... but a script the pass leaves over the grade limit may come closer, when that brings it under the limit:
# the rendered episode is within 1 % of the plan (scripts/eval_estimate.py), so 4:35 planned plays 4:32 or more
TRADE_ROOM_SECONDS = 5.0
MAX_GRADE_TRIALS = 24
LOOKAHEAD = 3  # hardest lines tried in each round of the grade pass
MAX_WORD_TRIALS = 8
MAX_RECAP_TRIALS = 8
COMMON_MARGIN = 0.002  # writers count common words a little apart from the evaluation's wordfreq
ROOM_COST_SECONDS = 10.0  # a trade that spends no room still counts as spending this much
SHORT_SCRIPT_KEEP = 0.85  # a script already well under 4:30 keeps this share of its length in the grade pass
DEEP_KEEP = 0.75  # ... or this share, when only the deeper cut brings its grade under the limit
KEPT_PARAGRAPHS = 2


def _common_share(script: Script) -> float:
    return common_share(" ".join(measured_sentences(script)))


def _small_words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\b[a-z][a-z'-]*\b", text))


def draft_texts(drafts: list[Draft]) -> dict[tuple[str, ...], str]:
    """The draft lines by their lower-case words: the script says a line with its people named in full the
    first time and short after that ("Dominic Raab" / "Raab"), so its text may differ from the draft's in
    its names only; the grade pass passes over the draft line, by the text the planner knows."""
    return {_small_words(ln.text): ln.text for d in drafts for ln in d.lines}


def _tradeable(script: Script, lead_texts: set[str], lead_facts: set[str],
               drafts: dict[tuple[str, ...], str]) -> dict[str, str]:
    """Story lines the grade pass may pass over, as said -> as the draft writes them: draft lines outside the
    lead (not a word's explanation the script added), long enough to matter, not the first to name someone
    the story names again, not the only home of a fact of the article's opening, not the speaker of the
    line before ("The agency said this on Friday.": without it, a claim would be told as a fact), not the line
    the next one leans on ("About 64% qualified." before "Others earned just too much.")."""
    story = [t for seg in script.segments if seg.kind == "story" for t in seg.sentences]
    found = {}
    for i, t in enumerate(story):
        draft = drafts.get(_small_words(t))
        if draft is not None and draft not in lead_texts and words(t) >= 6 and not SAID_THIS.search(t) \
                and not _introduces(t, story[:i], story[i + 1:]) \
                and not _only_home_of_a_lead_fact(t, lead_facts, story) \
                and not (i + 1 < len(story) and _leans_back(story[i + 1])):
            found[t] = draft
    return found


def _leans_back(sentence: str) -> bool:
    """"Others, officials said, earned too much.": a line that needs the one before it ("About 64% qualified.")
    and that the selection does not know as leaning (leaning.opens_with_reference: a "They ..." or "... said
    this" line is left out with the line it leans on)."""
    return (re.match(r"Others\b", sentence) is not None and not opens_with_reference(sentence)) \
        or _them_without_its_noun(sentence)


# words that end in "s" and are no plural noun ("has", "was", "its", ...)
NOT_PLURAL = {"has", "was", "is", "his", "its", "this", "us", "does", "as", "thus", "plus", "less", "across", "unless"}


def _them_without_its_noun(sentence: str) -> bool:
    """"The operator had not found anyone to replace them.": "them" with no plural noun before it (the line before)."""
    m = re.search(r"\bthem\b", sentence)
    return m is not None and not any(w.endswith("s") and w not in NOT_PLURAL
                                     for w in re.findall(r"\b[a-z][a-z'-]*\b", sentence[:m.start()]))


def _hardest_first(script: Script, candidates: list[str]) -> list[str]:
    """The candidates ordered by how much the script's grade falls without them (long lines of long words
    first): the grade of the whole is what the listener meets, not the grade of one line."""
    said = measured_sentences(script)

    def without(line: str) -> float:
        return reading_grade([s for s in said if s != line])

    return sorted(candidates, key=lambda t: (without(t), t))


def _shortest_allowed(seconds: float, grade: float = 0.0, keep: float = SHORT_SCRIPT_KEEP,
                      room: float = GRADE_ROOM_SECONDS) -> float:
    """How short the grade pass may make a script. A script of five minutes stays clear of 4:30; one just
    over 4:30, or just under it, may only swap lines; one already well short has said all its story has: it
    may pass over a few hard lines (the listener learns more from an easier story than from a complete one)."""
    if seconds >= timing.MIN_SECONDS + room:
        return timing.MIN_SECONDS + room
    if not _well_short(seconds, grade):
        return seconds  # within the estimate's error of 4:30, over or under it: a swap, never a cut
    return keep * seconds


def _well_short(seconds: float, grade: float) -> bool:
    """Is the script short enough of 4:30 that the grade pass may cut it? Well under 4:30, or under it and over
    the grade limit: such a script fails one figure whatever happens, so it may be cut to fail only the one."""
    return seconds < timing.MIN_SECONDS - GRADE_ROOM_SECONDS or (seconds < timing.MIN_SECONDS and grade > GRADE_LIMIT)


def _harder_unsaid(planner: "_Planner", script: Script, layout: Layout | None = None) -> frozenset[str]:
    """The story lines not said now that would raise the script's grade if they were: a swap must bring in
    plainer lines, not the next ones in article order whatever their words."""
    said = measured_sentences(script)
    grade = reading_grade(said)
    in_script = set(said) | {draft for draft, _ in (layout.shorter if layout else ())}  # said shorter is said
    return frozenset(ln.text for d in planner.drafts for ln in d.lines
                     if ln.text not in in_script and reading_grade(said + [ln.text]) > grade)


def _trials(planner: "_Planner", layout: Layout, hardest: str,
            script: Script | None = None) -> list[tuple[Script, Layout]]:
    """The script without the hardest line: its room given to the lines after it (the story budgets as
    they are, settled again on five minutes when the script falls short), the same with only lines plainer
    than the script let in, or simply left out (each story budget cut by the line's words, when what would
    come in is no easier)."""
    left_out = replace(layout, left_out=layout.left_out | {hardest})
    found = [_refilled(planner, left_out)]
    if script is not None:
        harder = _harder_unsaid(planner, script, layout) - layout.left_out
        if harder:
            found.append(_refilled(planner, replace(left_out, left_out=left_out.left_out | harder)))
    cut = replace(left_out, budgets=tuple(max(0, b - words(hardest)) for b in layout.budgets))
    return found + [(planner.build(cut), cut)]


def _refilled(planner: "_Planner", layout: Layout) -> tuple[Script, Layout]:
    """The script built on the layout, its budgets settled again on five minutes when it falls short; a story
    that has said all it has fills the room as the plan does (plain.plan): with the longer recap."""
    refilled = planner.build(layout)
    if estimated_seconds(refilled) >= timing.MIN_SECONDS + GRADE_ROOM_SECONDS:
        return refilled, layout
    refilled, layout = planner.settle(layout, timing.TARGET_SECONDS)
    if estimated_seconds(refilled) < timing.MIN_SECONDS + GRADE_ROOM_SECONDS and not layout.full_recap:
        full = replace(layout, full_recap=True)
        longer = planner.build(full)
        if estimated_seconds(longer) > estimated_seconds(refilled):
            return longer, full
    return refilled, layout


def _least_seconds(grade: float, floor: float, seconds: float) -> float:
    """How short a trade may leave the script: down to the floor above the target; under it (down to
    SWAP_TARGET) only a swap that keeps the length, a margin for the counting error paid in nothing."""
    return floor if grade > GRADE_TARGET else max(floor, seconds)


def _gain_for_room(grade_drop: float, seconds_lost: float) -> float:
    """How much grade a trade buys for the room it spends: the room down to 4:30 is shared by all the trades
    still to come, so a small drop that keeps the length beats a bigger one that uses the room up."""
    return grade_drop / (max(0.0, seconds_lost) + ROOM_COST_SECONDS)


def ease_grade(planner: "_Planner", script: Script, layout: Layout, drafts: list[Draft]) -> tuple[Script, Layout]:
    """The grade pass (_ease_grade), with the layout of the script it settles on; a script just under 4:30
    that it may cut only for the grade keeps the cut only when the cut brings it under the grade limit: a
    shorter script that still fails is no gain."""
    eased = _ease_grade(planner, script, layout, drafts)
    eased_grade = reading_grade(measured_sentences(eased[0]))
    seconds = estimated_seconds(script)
    grade = reading_grade(measured_sentences(script))
    if _shortest_allowed(seconds, grade) < _shortest_allowed(seconds) and eased_grade > GRADE_TARGET:
        return _ease_grade(planner, script, layout, drafts, may_cut=False)
    if eased_grade > GRADE_LIMIT and _well_short(seconds, grade):
        # a short script still over the limit fails both figures: a deeper cut is kept when it passes one
        deeper = _ease_grade(planner, script, layout, drafts, keep=DEEP_KEEP)
        if reading_grade(measured_sentences(deeper[0])) <= GRADE_LIMIT:
            return deeper
    if eased_grade > GRADE_LIMIT and seconds >= timing.MIN_SECONDS + TRADE_ROOM_SECONDS:
        # a script of five minutes still over the limit: the pass may go down to 4:35 when that brings it under
        closer = _ease_grade(planner, script, layout, drafts, room=TRADE_ROOM_SECONDS)
        if reading_grade(measured_sentences(closer[0])) <= GRADE_LIMIT:
            return closer
    return eased


def _ease_grade(planner: "_Planner", script: Script, layout: Layout, drafts: list[Draft],
                may_cut: bool = True, keep: float = SHORT_SCRIPT_KEEP,
                room: float = GRADE_ROOM_SECONDS) -> tuple[Script, Layout]:
    """Bring the reading grade under the target by passing over the hardest story lines outside the lead.

    A story with more to say fills the room with easier lines (the budgets are settled again on five
    minutes), so this swaps rather than cuts; a story that has said everything gets shorter, so it stops
    before the script falls under 4:30 (length and the full story come before the last tenth of a grade).
    A line whose place is taken by a harder one is not passed over; the next hardest is tried."""
    # the main facts live in the first paragraphs (issue 3): those lines are never traded for ease
    lead_texts = {ln.text for d in drafts for ln in d.lead} | \
        {ln.text for d in drafts for ln in d.lines if ln.paragraph < KEPT_PARAGRAPHS}
    lead_facts = set()
    for d in drafts:
        for paragraph in d.article.paragraphs[:KEPT_PARAGRAPHS]:
            lead_facts |= _facts(paragraph)
    grade = reading_grade(measured_sentences(script))
    floor = _shortest_allowed(estimated_seconds(script), grade if may_cut else 0.0, keep, room)
    # passing over plain lines must not leave the hard words a bigger share than the 96 % the listener needs
    least_common = min(MIN_COMMON_SHARE, _common_share(script))
    kept = OpeningKept(drafts)  # and no trade loses a name or number of the opening the script says
    if grade > GRADE_TARGET:
        # the recap is said a second time: a hard script repeats its plainest points; the story's share of the
        # five minutes is settled again, as the plan settled it around the recap it had (recap.story_points: a
        # long opening fact in the recap left the story less room)
        plain = replace(layout, plain_recap=True)
        trial = planner.build(plain)
        if estimated_seconds(trial) != estimated_seconds(script):
            start = replace(plain, budgets=planner.first_budgets(timing.TARGET_SECONDS))
            trial, plain = planner.settle(start, timing.TARGET_SECONDS)
        trial_grade = reading_grade(measured_sentences(trial))
        if trial_grade < grade and estimated_seconds(trial) >= floor and _common_share(trial) >= least_common \
                and kept(trial, script):
            script, layout, grade = trial, plain, trial_grade
    by_words = draft_texts(drafts)
    script, layout, grade = _ease_tails(planner, script, layout, lead_texts, frozenset(lead_facts), by_words,
                                        _least_seconds(grade, floor, estimated_seconds(script)), least_common, kept)
    tried: set[str] = set()
    # a script already short of 4:30 keeps the plain hardest-first order: the look-ahead there found cuts of the
    # story's opening facts (a6968f42 lost "X is the newest candidate" and 14 % of its lead's names)
    lookahead = 1 if _well_short(estimated_seconds(script), grade) else LOOKAHEAD
    for _ in range(MAX_GRADE_TRIALS):
        if grade <= SWAP_TARGET:
            break
        tradeable = _tradeable(script, lead_texts, lead_facts, by_words)
        candidates = [said for said, draft in tradeable.items() if draft not in tried]
        if not candidates:
            break
        least = _least_seconds(grade, floor, estimated_seconds(script))
        in_order = [tradeable[t] for t in _hardest_first(script, candidates)]
        best, no_trade = _best_trade(planner, script, layout, in_order[:lookahead], grade, least, least_common, kept)
        tried |= no_trade  # no trade for these lines now; a later script, with less room, would not make one either
        if best is None:
            continue
        script, layout, grade, hardest = best
        tried.add(hardest)
    script, layout = _ease_recap(planner, script, layout, floor, least_common)
    # a script already short of five minutes keeps what it has: its length is the harder figure to meet
    return _ease_words(planner, script, layout, _tradeable(script, lead_texts, lead_facts, by_words),
                       max(floor, timing.MIN_SECONDS + room), kept)


def _best_trade(planner: "_Planner", script: Script, layout: Layout, hardest_first: list[str], grade: float,
                least: float, least_common: float,
                kept: OpeningKept | None = None) -> tuple[tuple[Script, Layout, float, str] | None, set[str]]:
    """The trade that buys the most grade for its room among the few hardest lines (as the draft writes them,
    hardest first), each tried as _trials tries it: the hardest line by itself may spend the room a plainer
    trade needed (a long line the story cannot refill, when the next one's place is taken by an easy line).
    Returns (script, layout, grade, line) or None, and the lines tried that no trade could pass over."""
    seconds = estimated_seconds(script)
    best = None
    no_trade: set[str] = set()
    for hardest in hardest_first[:LOOKAHEAD]:
        found = None
        for trial, trial_layout in _trials(planner, layout, hardest, script):
            trial_grade = reading_grade(measured_sentences(trial))
            if estimated_seconds(trial) >= least and trial_grade < grade and _common_share(trial) >= least_common \
                    and (kept is None or kept(trial, script)):
                lost = seconds - estimated_seconds(trial)
                # grade under the pass's last aim buys nothing: of two trades reaching it, the one keeping more story
                gain = _gain_for_room(grade - max(trial_grade, SWAP_TARGET), lost)
                if found is None or gain > found[0]:
                    found = (gain, trial, trial_layout, trial_grade)
        if found is None:
            no_trade.add(hardest)
        elif best is None or found[0] > best[0]:
            best = (found[0], found[1], found[2], found[3], hardest)
    return (best[1:] if best else None), no_trade


def _trimmable(script: Script, lead_texts: set[str], lead_facts: frozenset[str],
               drafts: dict[tuple[str, ...], str]) -> dict[str, str]:
    """Story lines outside the lead said with a last detail phrase the line is true without (as draft text ->
    shorter text): "..., flipping three districts." The phrase holds no name or number of the article's
    opening, and no name the story says again (the line may be the first to name someone)."""
    story = [t for seg in script.segments if seg.kind == "story" for t in seg.sentences]
    found = {}
    for i, said in enumerate(story):
        draft = drafts.get(_small_words(said))
        if draft is None or draft in lead_texts:
            continue
        trimmed = without_detail_tail(draft)
        lost = _facts(draft) - _facts(trimmed)
        if trimmed != draft and not lost & lead_facts \
                and not any(re.search(rf"\b{re.escape(f)}\b", " ".join(story[i + 1:])) for f in lost):
            found[draft] = trimmed
    return found


def _ease_tails(planner: "_Planner", script: Script, layout: Layout, lead_texts: set[str],
                lead_facts: frozenset[str], drafts: dict[tuple[str, ...], str], least: float,
                least_common: float, kept: OpeningKept | None = None) -> tuple[Script, Layout, float]:
    """Before any line is passed over, its plainer form: a hard line said without its last detail phrase keeps
    more of the story than no line (point_form.without_detail_tail). Hardest first, each kept while the grade falls,
    the script stays long enough and the common words keep their share."""
    grade = reading_grade(measured_sentences(script))
    trimmable = _trimmable(script, lead_texts, lead_facts, drafts)
    said = {_small_words(t): t for t in measured_sentences(script)}
    order = _hardest_first(script, [said[_small_words(d)] for d in trimmable if _small_words(d) in said])
    for line in order[:MAX_GRADE_TRIALS]:
        if grade <= SWAP_TARGET:
            break
        draft = drafts[_small_words(line)]
        trial_layout = replace(layout, shorter=layout.shorter + ((draft, trimmable[draft]),))
        trial = planner.build(trial_layout)
        trial_grade = reading_grade(measured_sentences(trial))
        if trial_grade < grade and estimated_seconds(trial) >= least and _common_share(trial) >= least_common \
                and (kept is None or kept(trial, script)):
            script, layout, grade = trial, trial_layout, trial_grade
    return script, layout, grade


def _segment(script: Script, kind: str) -> list[str]:
    return next((seg.sentences for seg in script.segments if seg.kind == kind), [])


def _tradeable_points(script: Script) -> list[str]:
    """The recap points the grade pass may pass over: each story's first point ("We heard that ...", or the
    first story's opening fact said as it is) is its opening fact and stays, unless the headlines said that
    very sentence already (heard twice before the recap, a third time adds nothing the listener lacks and
    weighs three times in the grade)."""
    headlines = [point_key(re.sub(r"^[^,]{1,30}, ", "", h)) for h in _segment(script, "headlines")]
    return [p for p in _segment(script, "recap")[1:]
            if p.startswith("We also heard that ") or point_key(p) in headlines]


def _ease_recap(planner: "_Planner", script: Script, layout: Layout, floor: float,
                least_common: float) -> tuple[Script, Layout]:
    """The recap is said right after the story, and a hard line it repeats weighs twice in the grade: its
    hardest points give way to the next plainest points of their story (or, when the story has none left,
    are simply not repeated) while the grade falls, the script stays long enough and the recap keeps a point."""
    start = (script, layout)
    grade = reading_grade(measured_sentences(script))
    tried: set[str] = set()
    for _ in range(MAX_RECAP_TRIALS):
        if grade <= GRADE_TARGET:  # the recap's choice of points is the plan's; only a hard script changes it
            break
        candidates = [p for p in _tradeable_points(script) if point_key(p) not in tried]
        if not candidates:
            break
        hardest = _hardest_first(script, candidates)[0]
        tried.add(point_key(hardest))
        trial_layout = replace(layout, recap_left_out=layout.recap_left_out | {point_key(hardest)})
        trial = planner.build(trial_layout)
        trial_grade = reading_grade(measured_sentences(trial))
        if len(_segment(trial, "recap")) > 1 and trial_grade < grade \
                and estimated_seconds(trial) >= _least_seconds(grade, floor, estimated_seconds(script)) \
                and _common_share(trial) >= least_common:
            script, layout, grade = trial, trial_layout, trial_grade
    if grade > GRADE_LIMIT and estimated_seconds(script) < min(estimated_seconds(start[0]), timing.MIN_SECONDS):
        return start  # a short script made shorter and still over the limit: no figure gained, length lost
    return script, layout


def _ease_words(planner: "_Planner", script: Script, layout: Layout, tradeable: dict[str, str],
                floor: float, kept: OpeningKept | None = None) -> tuple[Script, Layout]:
    """A script whose share of common words fell under the 96 % the listener needs (the plan took lines of
    uncommon words to fill five minutes) passes over its story lines of uncommon words the same way, while
    it stays clear of 4:30 and its grade stays under the target (or no higher)."""
    share = _common_share(script)
    grade = reading_grade(measured_sentences(script))
    taught = taught_words(script)
    by_share = sorted((t for t in tradeable if common_share(t) < 1.0 and not carries_the_topic(t, taught)),
                      key=lambda t: (common_share(t), t))
    for hardest_said in by_share[:MAX_WORD_TRIALS]:
        if share >= MIN_COMMON_SHARE + COMMON_MARGIN:
            break
        hardest = tradeable[hardest_said]
        if _small_words(hardest_said) not in {_small_words(t) for t in measured_sentences(script)}:
            continue  # passed over already by an earlier trade
        best = None
        seconds = estimated_seconds(script)
        for trial, trial_layout in _trials(planner, layout, hardest, script):
            trial_share = _common_share(trial)
            trial_grade = reading_grade(measured_sentences(trial))
            if estimated_seconds(trial) >= floor and trial_share > share and trial_grade <= max(grade, GRADE_TARGET) \
                    and (kept is None or kept(trial, script)):
                gain = _gain_for_room(trial_share - share, seconds - estimated_seconds(trial))
                if best is None or gain > best[4]:
                    best = (trial, trial_layout, trial_share, trial_grade, gain)
        if best is not None:
            script, layout, share, grade, _ = best
    return script, layout

"""How well the caption splitter handles real news sentences: prints a table.

Takes the article bodies in ../shared/corpus (sentences there are longer than our plain-English script's,
so this is a stress test), times each sentence at the learner pace as the audio stage would, and
compares briefing.transcripts' balanced splitting with plain textwrap cut into pairs of lines.

    python scripts/caption_stats.py [CORPUS_DIR]
"""
from __future__ import annotations

import re
import statistics
import sys
import textwrap
from pathlib import Path

from briefing.models import Cue
from briefing.timing import DEFAULT_WPM, SENTENCE_PAUSE
from briefing.transcripts import LINE_WIDTH, MAX_LINES, Caption, captions

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“A-Z0-9])")
ORPHAN = 15  # a cue of fewer characters flashes by


def sentence_cues(body: str) -> list[Cue]:
    cues, t = [], 0.0
    for para in body.split("\n\n"):
        for sentence in SENTENCE_END.split(" ".join(para.split())):
            if sentence:
                seconds = len(sentence.split()) * 60 / DEFAULT_WPM
                cues.append(Cue(t, t + seconds, sentence))
                t += seconds + SENTENCE_PAUSE
    return cues


def naive_captions(cues: list[Cue]) -> list[Caption]:
    """textwrap at 42, two lines a cue, time in proportion to characters: the obvious way."""
    out = []
    for cue in cues:
        lines = textwrap.wrap(cue.text, LINE_WIDTH, break_long_words=False)
        groups = [lines[i : i + MAX_LINES] for i in range(0, len(lines), MAX_LINES)]
        total, done = sum(len(" ".join(g)) for g in groups), 0
        for g in groups:
            a = cue.start + (cue.end - cue.start) * done / total
            done += len(" ".join(g))
            out.append(Caption(a, cue.start + (cue.end - cue.start) * done / total, g))
    return out


def stats(caps: list[Caption], sentences: set[str]) -> dict[str, float]:
    chars = [len(" ".join(c.lines)) for c in caps]
    pieces = [n for n, c in zip(chars, caps) if " ".join(c.lines) not in sentences]
    cps = [n / (c.end - c.start) for n, c in zip(chars, caps) if c.end > c.start]
    lines = [line for c in caps for line in c.lines]
    return {
        "cues": len(caps),
        "split": len(pieces),
        "orphans": sum(n < ORPHAN for n in pieces),
        "too_long": sum(len(line) > LINE_WIDTH for line in lines),
        "3+ lines": sum(len(c.lines) > MAX_LINES for c in caps),
        "min_s": min(c.end - c.start for c in caps),
        "cps_mean": statistics.mean(cps),
        "cps_max": max(cps),
        "line_sd": statistics.pstdev(len(line) for c in caps if len(c.lines) == 2 for line in c.lines),
    }


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    bodies = sorted(corpus.glob("items/*/body.txt"))
    if not bodies:
        print(f"no corpus at {corpus}; skipping")
        return
    articles = [sentence_cues(path.read_text(encoding="utf-8")) for path in bodies]
    cues = [cue for article in articles for cue in article]
    long = sum(len(c.text) > LINE_WIDTH * MAX_LINES for c in cues)
    print(f"{len(bodies)} articles, {len(cues)} sentences, {long} longer than {LINE_WIDTH * MAX_LINES} characters")
    print(f"timed at {DEFAULT_WPM} wpm\nsplit = cues that are part of a sentence; orphans = such parts under {ORPHAN} characters; line_sd = spread of line lengths in 2-line cues\n")
    # One article at a time: each has its own timeline starting at 0.
    ours = [cap for article in articles for cap in captions(article)]
    naive = [cap for article in articles for cap in naive_captions(article)]
    whole = {c.text for c in cues}
    rows = {"balanced (ours)": stats(ours, whole), "textwrap pairs": stats(naive, whole)}
    keys = list(next(iter(rows.values())))
    print(f"{'method':<16} " + " ".join(f"{k:>9}" for k in keys))
    for name, row in rows.items():
        print(f"{name:<16} " + " ".join(f"{row[k]:>9.2f}" if isinstance(row[k], float) else f"{row[k]:>9}" for k in keys))


if __name__ == "__main__":
    main()

"""Rejoin the paragraphs of a hard-wrapped text copy before its lines are read (briefing.clean).

Email newsletters, plain-text editions and some reader views break every paragraph into lines of at most
60-80 characters. The cleaner reads a page line by line, and a broken paragraph reads as a pile of short
lines, which look like menus and captions, so the story is lost. A wrapped copy has one clear sign: many
lines end where the next word would not fit (greedy wrapping), and the line after them carries on the
sentence (it starts in lower case). Only such lines are joined: a blank line, a bullet or a short line
(a heading, a menu item) still ends a paragraph, and a copy with its paragraphs on single lines is left as it is.

Plain-text editions also part their items with a rule line (a row of dashes or equals signs): the story is the
item between two rules, never a run across one into the next item.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .clean_lines import Line

MIN_CONTINUED = 4  # lines whose sentence goes on in the next line: fewer is chance, not a wrapped copy
MAX_WIDTH = 100  # a wrapped copy's lines are short; a longer line carried on in lower case is a paragraph
FILLED_SLACK = 20  # a wrapped line is full up to its width, less at most one long word
_BULLET = re.compile(r"(?:[-*•·–—>]\s|\d{1,2}[.)]\s)")
_FIRST_WORD = re.compile(r"\S+")


def wrap_width(lines: list[str]) -> int | None:
    """The width a copy was wrapped at, or None when its paragraphs are not wrapped.

    The width is the longest line whose sentence goes on in a line starting in lower case; most such
    lines must be full (within FILLED_SLACK of it), as greedy wrapping leaves them."""
    continued = [len(a.rstrip()) for a, b in zip(lines, lines[1:])
                 if a.strip() and re.match(r"[a-z]", b.strip()) and not _BULLET.match(b.strip())]
    if len(continued) < MIN_CONTINUED:
        return None
    width = max(continued)
    if width > MAX_WIDTH:
        return None
    filled = [n for n in continued if n >= width - FILLED_SLACK]
    return width if len(filled) * 4 >= len(continued) * 3 else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _wrapped_here(line: str, following: str, width: int) -> bool:
    """The line was broken only because the next line's first word did not fit."""
    text, nxt = line.rstrip(), following.strip()
    if not text.strip() or not nxt or _BULLET.match(nxt) or _indent(line) != _indent(following):
        return False
    if len(text) < width - FILLED_SLACK:
        return False  # a short line: a heading, a byline, a paragraph's last line
    first = _FIRST_WORD.match(nxt)
    return first is not None and len(text) + 1 + len(first.group()) > width


def unwrap(lines: list[str]) -> list[str]:
    """The copy's lines with each hard-wrapped paragraph joined into one line (other lines unchanged)."""
    width = wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    joining = False
    for pos, line in enumerate(lines):
        if joining:
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
        joining = pos + 1 < len(lines) and _wrapped_here(line, lines[pos + 1], width)
    return out


_RULE = re.compile(r"[-=_~*#]{10,}")  # "----------": shorter rows ("***", "* * *") are scene breaks inside a story


def story_between_rules(lines: Sequence[Line], start: int, end: int) -> tuple[int, int]:
    """The story's run of lines [start, end) cut at the rule lines inside it, keeping the piece with most prose."""
    cuts = [i for i in range(start, end) if _RULE.fullmatch(lines[i].raw.strip().replace(" ", ""))]
    if not cuts:
        return start, end
    bounds = [start - 1, *cuts, end]
    pieces = [(a + 1, b) for a, b in zip(bounds, bounds[1:]) if a + 1 < b]
    return max(pieces, key=lambda p: sum(line.score for line in lines[p[0]:p[1]] if line.kind == "good"))

"""Keep only the story: strip page furniture from text copies of news pages (HTML: briefing.clean_html).

Text copies of news pages hold the story somewhere in the middle of menus, share buttons,
newsletter blurbs, photo captions and lists of other stories. The rules here are about the
shape of lines, not about particular sites:

1. Each line is scored: long, sentence-like, mostly lower-case lines count for the story (by
   their word count); short lines, link-like list items, truncated teasers ("...") and lines
   naming known furniture count against it, and lines that close a story (comment forms,
   "Related stories", "More in ...") count heavily against it.
2. The story is the contiguous run of lines with the highest total score (the "maximum
   subarray"), so a few furniture lines inside the story are bridged, and blurbs after it are not.
   Prose counts less when it sits at another indentation than the story's (page dumps keep the
   HTML nesting as indentation), when it stands alone between furniture (teaser lists), or in the
   page's last tenth (legal footers).
3. Inside that run, captions (lines repeated, or repeated with a credit appended), credit lines,
   bylines, bare list items and furniture lines are dropped; short lines that introduce a
   paragraph are kept as subheadings. A list the story introduces ("Common signs include:" and
   its items) is kept and written as sentences (briefing.clean_lists); press-release end matter
   and the closing author note go (briefing.clean_furniture).
4. The headline is the title-like line above the story whose words the story's opening repeats
   (it may open with a quotation).

Step 1 (what each line is) lives in briefing.clean_lines; steps 2-4 are here. briefing.clean_html runs the same
line rules over what trafilatura extracts from HTML.
"""
from __future__ import annotations

import re

from .clean_furniture import drop_story_furniture, is_closing_sentence
from .clean_lines import (ALWAYS_FURNITURE, ENUMERATED_HEADING, SHORT_PENALTY, STORY_END, WORD, Line, caption_like,
                          caption_lines, classify, normalise)
from .clean_lists import mark_lists, paragraphs_with_lists
from .clean_meta import DATE_HINT, find_byline, find_published
from .clean_wrap import story_between_rules, unwrap
from .clean_layout import without_lead_in_caps
from .dateline import strip_dateline
from .errors import ExtractError
from .models import Article

# Region weights: a short line in the story's own column costs little; prose alone between furniture, or at
# another indentation than the story's, counts less.
_ALIGNED_SHORT_PENALTY = 1.0
_ISOLATED_WEIGHT = 0.5
_OFF_INDENT_WEIGHT = 0.2


def _max_run(scores: list[float]) -> tuple[float, int, int]:
    """The contiguous run with the highest total score (Kadane): (total, start, end)."""
    best, best_start, best_end = float("-inf"), 0, 0
    running, start = 0.0, 0
    for i, score in enumerate(scores):
        if running <= 0:
            running, start = 0.0, i
        running += score
        if running > best:
            best, best_start, best_end = running, start, i + 1
    return best, best_start, best_end


def _region_score(line: Line, indent: int) -> float:
    if line.kind == "good" and line.indent != indent:
        return line.score * _OFF_INDENT_WEIGHT
    if line.kind == "short" and line.indent == indent and indent > 0:
        # A short line in the story's own column: a subheading, a recipe step, a label.
        return -_ALIGNED_SHORT_PENALTY
    return line.score


def _isolated(lines: list[Line], pos: int, indent: int) -> bool:
    """Prose with no story line either side (in an indented dump, short lines in the story's
    column count as story lines)."""

    def supports(other: Line) -> bool:
        return other.kind == "good" or (other.kind == "short" and indent > 0 and other.indent == indent)

    before = pos > 0 and supports(lines[pos - 1])
    after = pos + 1 < len(lines) and supports(lines[pos + 1])
    return not (before or after)


def _best_region(lines: list[Line]) -> tuple[int, int, int]:
    """The story's lines as [start, end), and the story's indentation.

    Page dumps keep the HTML nesting as indentation, and a story's paragraphs share one
    indentation while teasers and blurbs around it usually sit at another. So each indentation
    used by prose is tried as "the story's": prose at other indentations then counts only a
    little, and the best run over all tries wins. Plain pastes (no indentation) are unaffected.
    """
    indents = {line.indent for line in lines if line.kind == "good"} or {0}
    best, best_indent = (float("-inf"), 0, 0), 0
    for indent in indents:
        scores = [_region_score(line, indent) for line in lines]
        # A story's paragraphs come in runs; prose alone between furniture lines is a teaser.
        for pos, line in enumerate(lines):
            if line.kind == "good" and _isolated(lines, pos, indent):
                scores[pos] *= _ISOLATED_WEIGHT
        # Pages end with footers (disclaimers, trademarks, legal text): prose in the last tenth
        # of the page counts half, so a long footer does not outweigh the story.
        tail = len(lines) - len(lines) // 10
        scores = [score * 0.5 if pos >= tail and score > 0 else score for pos, score in enumerate(scores)]
        found = _max_run(scores)
        if found[0] > best[0]:
            best, best_indent = found, indent
    return best[1], best[2], best_indent


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if len(w) >= 4}


HEADLINE_OVER_STANDFIRST = 1.0  # how much less the upper of two stacked title lines may score and still win


def _find_title(lines: list[Line], start: int, paragraphs: list[str]) -> str:
    """The headline: a title-like line shortly before the story (or at its top) whose words
    the story's opening repeats. Teasers for other stories share few words with it."""
    counts: dict[str, int] = {}
    for line in lines:
        key = normalise(line.text)
        if key:
            counts[key] = counts.get(key, 0) + 1
    opening = _content_words(" ".join(paragraphs[:4]))
    candidates = [(i, start - i) for i in range(start - 1, max(-1, start - 61), -1)]
    # The region may open with the headline itself (a paste that starts at the story).
    for i in range(start, min(start + 3, len(lines))):
        if lines[i].kind == "good":
            break
        candidates.append((i, 1))
    best, best_score, best_index = "", float("-inf"), -1
    scores: dict[int, float] = {}
    for i, distance in candidates:
        line = lines[i]
        text = line.text
        if line.bullet or not 3 <= line.words <= 25 or text.endswith((".", ":", ",", ";", "…")):
            continue
        # Headlines often name furniture words ("Video shows ...", "... on Twitter"), so only
        # whole furniture lines are ruled out here.
        if ALWAYS_FURNITURE.search(text) or STORY_END.match(text) or (line.furniture and line.words <= 5):
            continue
        # a headline may open with a quotation ('"We will not be lectured": Premier vows ...'), never with
        # a bullet, an arrow or a bar
        if re.search(r"https?://|www\.|\S+\.(com|org|net)\b|^[^\w\"“‘']", text) or caption_like(line):
            continue
        if re.match(r"[\"“‘']", text) and re.search(r"[\"”’']$", text):
            continue  # a quotation and nothing else: a pull quote, not a headline that opens with one
        if text.upper() == text or DATE_HINT.search(text) or re.search(r"\b\d{1,2}:\d{2}\b", text):
            continue  # a credit ("ITV, ASSOCIATED PRESS"), a promo, a dateline
        words = _content_words(text)
        # Share of the line's words found in the opening, discounted for lines of one or two words.
        overlap = len(words & opening) / max(len(words), 4)
        key = normalise(text)
        repeats = counts.get(key, 1) - 1
        # A truncated copy elsewhere ("Zach Parise heating up, scores twice as Wild…") counts too.
        repeats += sum(1 for other in counts if other != key and len(other) > 20 and key.startswith(other))
        score = 4.0 * overlap + 1.0 * min(repeats, 2) + min(line.words, 10) / 10 - distance / 25
        scores[i] = score
        if score > best_score:
            best, best_score, best_index = text, score, i
    # a headline and its standfirst sit one above the other and both echo the opening: the headline
    # is the upper one
    upper = lines[best_index - 1].text if best_index - 1 in scores else ""
    # a standfirst sums the story up, so nearly all its words echo the opening and it may outscore the headline
    # above it by far; a headline of six words or more that echoes half the opening, over a longer line, wins
    stacked = upper and len(upper.split()) >= 6 and len(best) >= len(upper) \
        and len(_content_words(upper) & opening) / max(len(_content_words(upper)), 4) >= 0.5
    if upper and (scores[best_index - 1] >= best_score - HEADLINE_OVER_STANDFIRST or stacked) \
            and normalise(best) not in normalise(upper):  # not a breadcrumb trail that ends in the headline
        best = upper
    return best


def _select_body(lines: list[Line], start: int, end: int, indent: int) -> list[str]:
    captions = caption_lines(lines)
    kept: list[Line] = []
    seen: set[str] = set()
    region = [line for line in lines[start:end] if line.text]
    in_box = False  # after a "Most read" / "Related" heading inside the story: the teaser headlines under it go
    for pos, line in enumerate(region):
        if line.furniture and STORY_END.match(line.text):
            in_box = True
        elif line.kind == "good":
            in_box = False
        elif in_box and not line.sentence:
            continue
        if line.index in captions or line.furniture or caption_like(line):
            continue
        following = next((n for n in region[pos + 1:] if n.index not in captions), None)
        if line.kind == "good" or line.list_role:
            pass
        elif line.kind == "list" and line.bullet and line.words >= 6 and line.sentence:
            pass  # a sentence in a bulleted summary belongs to the story
        elif line.kind in ("short", "list") and line.words >= 1 and (
            not line.bullet or ENUMERATED_HEADING.match(line.text)
        ):
            if line.words >= 4 and line.text.upper() == line.text:
                continue  # an upper-case headline inside the story links to another story
            # A short line opening a paragraph is a subheading; one before a list or a blurb is not.
            # In an indented dump, short lines in the story's own column are part of it (steps,
            # labels, one-line paragraphs) unless they end the region.
            in_column = indent > 0 and line.indent == indent and following is not None
            if not in_column and (following is None or following.kind != "good" or following.bullet):
                continue
        else:
            continue
        key = normalise(line.text)
        if key in seen:
            # A standfirst repeated as the story's first paragraph: keep the copy in the story.
            kept = [k for k in kept if normalise(k.text) != key]
        seen.add(key)
        kept.append(line)
    return paragraphs_with_lists(kept)


def _drop_standfirst_repeats(lines: list[Line], start: int, end: int) -> None:
    """A standfirst printed above the story and again inside it: keep the one in the story."""
    inside = {normalise(line.text) for line in lines[start:end] if line.kind == "good"}
    for line in lines[:start]:
        if normalise(line.text) in inside:
            line.score, line.kind = -SHORT_PENALTY, "short"


def clean_page_text(text: str, source: str = "") -> Article:
    """A whole-page text copy (boilerplate and all) -> the article's title and body."""
    # a hard-wrapped copy (an email newsletter) is read as whole paragraphs, never as a pile of short lines
    raw_lines = unwrap(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    lines = [classify(i, raw) for i, raw in enumerate(raw_lines)]
    content = [line for line in lines if line.text]
    mark_lists(content)
    if not any(line.kind == "good" for line in content):
        raise ExtractError(
            f"no article text found in {source or 'the page text'}: "
            "pass a page with at least one paragraph of prose"
        )
    start, end, _ = _best_region(content)
    _drop_standfirst_repeats(content, start, end)
    start, end, indent = _best_region(content)
    start, end = story_between_rules(content, start, end)  # a plain-text edition's next item is not the story
    closing = content[end] if end < len(content) else None  # a short last line the prose run left out
    extra = [closing.text] if closing and closing.kind == "short" and not closing.furniture \
        and not caption_like(closing) and is_closing_sentence(closing.text) else []
    paragraphs = drop_story_furniture(_select_body(content, start, end, indent) + extra)
    if not paragraphs:
        raise ExtractError(
            f"no article text found in {source or 'the page text'}: "
            "its only prose was captions or page furniture"
        )
    title = _find_title(content, start, paragraphs)
    if title and len(paragraphs) > 1 and normalise(paragraphs[0]) == normalise(title):
        paragraphs = paragraphs[1:]
    head = content[max(0, start - 40): start + 10]
    paragraphs[0] = strip_dateline(paragraphs[0])
    paragraphs = without_lead_in_caps(paragraphs)  # "THIEVES broke into ...": print style, not a name
    title = title or first_words(paragraphs[0])  # no headline found: the story's opening, dateline off
    return Article(
        title=title,
        body="\n\n".join(paragraphs),
        byline=find_byline(head),
        published=find_published(head, content),
        source=source,
    )


FALLBACK_TITLE_WORDS = 25


def first_words(paragraph: str, limit: int = 12) -> str:
    """A title for a story without a headline: its first sentence when that is short enough to be one,
    else its first words, cut with "…"."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", paragraph.strip(), maxsplit=1)[0]
    if len(first.split()) <= FALLBACK_TITLE_WORDS and re.search(r"[.!?]$", first):
        return first.rstrip(".")
    words = paragraph.split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")

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

briefing.clean_html runs the same line rules over what trafilatura extracts from HTML.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .clean_furniture import drop_story_furniture, is_closing_sentence
from .clean_lists import mark_lists, paragraphs_with_lists
from .clean_meta import BYLINE, DATE_HINT, find_byline, find_published
from .dateline import strip_dateline
from .errors import ExtractError
from .models import Article

# Phrases that mark a line as page furniture when the line is short (long sentences that merely
# mention "newsletter" or "podcast" are judged by their shape instead).
_FURNITURE = re.compile(
    r"""\b(
        share(\s+(this|on|via|story|article))?|tweet|facebook|twitter|whatsapp|linkedin|pinterest|
        reddit|messenger|e-?mail(\s+this)?|print(\s+this)?|copy\s+(this\s+)?link|
        subscribe|subscription|subscribing|sign\s+(up|in)|log\s*in|log\s*out|register|newsletters?|
        inbox|download\s+(our|the)\s+apps?|our\s+apps|podcasts?|listen(\s+now)?|watch(\s+now|\s+live)?|
        read\s+(more|next|this)|related|recommended|most\s+(popular|read|viewed|shared)|trending|
        top\s+stories|more\s+(from|in|on|stories|news)|you\s+(may|might)\s+(also\s+)?like|
        advertisement|advertising|sponsored|promoted|
        cookies?|privacy(\s+policy)?|terms\s+(of\s+(use|service)|and\s+conditions)|
        all\s+rights\s+reserved|copyright|
        \d+\s+min(ute)?s?\s+read|reading\s+time|
        published|updated|posted|last\s+modified|
        comments?|leave\s+a\s+reply|join\s+the\s+(conversation|discussion)|
        follow\s+(us|@|the\s+author)|tags?|continue\s+reading|you\s+are\s+here|contact\s+us|filed\s+under|topics|categories|
        skip\s+to|back\s+to\s+top|
        image|photo|picture|video|gallery|caption|credit|getty\s+images|shutterstock|
        playback|opens\s+in\s+a?\s*new\s+window|external\s+links?|click\s+here|
        show\s+more|see\s+all|view\s+all|load\s+more
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)

# Lines that are furniture whatever their length.
ALWAYS_FURNITURE = re.compile(
    r"""^(
        (source|sources|credit|credits|photo|photograph|image|picture|caption|media\s+caption|
         image\s+caption|image\s+copyright|video|watch|read\s+more|related|advertisement|
         tags|filed\s+under|topics)\s*[:|]
        |(close|loading|next|previous|prev|more|back|open|toggle|expand|collapse|menu|search|home)\W*$
        |(image|media|photo|video|picture)\s+(caption|copyright|credit|source)\b
        |©|\(c\)\s|copyright\s
        |.*\ball\s+rights\s+reserved\b
        |.*\bby\s+(subscribing|signing\s+up|clicking|submitting|registering|continuing)\b
        |.*\b(required\s+fields\s+are\s+marked|will\s+not\s+be\s+published|for\s+the\s+next\s+time\s+i\s+comment)\b
        |.*\b(privacy\s+policy|terms\s+of\s+(use|service)|cookie\s+policy)\b
        |.*\b(opens?\s+in\s+(a\s+)?new\s+window|external\s+links?\s+and\s+will\s+open)\b
        |.*\bmedia\s+playback\b
        |.*\bthis\s+(article|story)\s+(was|is)\s+(originally\s+)?published\b
        |(first\s+)?(published|updated|posted)\b.{0,60}$
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Short lines that close a story: comment forms, related-story boxes, author boxes. A story
# does not run across these, so they cost much more than other furniture.
_STORY_END = re.compile(
    r"""^(
        (leave|post|add|write)\s+a\s+(reply|comment)|comments?(\s*\(\d+\))?|\d+\s+comments?|view\s+comments|
        join\s+the\s+(conversation|discussion)|related\s+(content|articles?|stories|posts|coverage|topics|news)|
        more\s+(articles|stories|posts|news)(\s+(from|by|in|on|like)\b.*)?|more\s+(from|in|on)\s+.*|
        about\s+the\s+authors?|
        (you\s+(may|might)\s+)?(also\s+)?(like|read|see)|recommended(\s+for\s+you)?|
        (most\s+)?(popular|read|viewed|shared)(\s+(stories|articles|now|today))?|
        (read|see)\s+(more|next|also)|(elsewhere|more)\s+on\s+.*|trending(\s+now|\s+stories|\s+news)?
    )\s*[:.…]*$""",
    re.IGNORECASE | re.VERBOSE,
)
_STORY_END_PENALTY = 25.0

# A credit appended to a caption: "... Source: AAP", "... (AP Photo/Jane Doe)", "... Getty Images".
_CREDIT_TAIL = re.compile(
    r"(\s(source|credit|photo|image|picture|photograph)s?\s*:\s*[^.]{0,160}"
    r"|\s\((ap|afp|reuters|getty|photo|image|credit|file)[^)]{0,80}\)"
    r"|\s\([^()]{2,60}\s/\s[^()]{2,60}\)"  # "(Jane Doe / The Courier)": photographer / outlet
    r"|[.!?]\s+(photo(graph)?|image|picture|video|illustration)s?\s+(by|courtesy\s+of)\s+[A-Z][^.!?]{0,80}"
    r"|[.!?]\s+[^.!?]{0,50}\b(getty(\s+images)?|afp|reuters|shutterstock|epa|aap|ap\s+photo|"
    r"alamy|istock)\b[^.!?]{0,30})$",
    re.IGNORECASE,
)

# A drop cap copied as its own letter: "T he Davis Cup began" (not "A" or "I", which are words).
_DROP_CAP = re.compile(r"^([B-HJ-Z]) ([a-z]{1,12}\b)")
_BULLET = re.compile(r"^([*+o\-•·▪►»]|\d{1,2}[.)])\s+")
_ENUMERATED_HEADING = re.compile(r"^\d{1,2}[.)]\s+\S")
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$|[.!?]["'”’]?\s*\S{0,3}$""")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Score weights: a story line earns its word count; furniture costs more than a plain short line
# so that a blurb of a few sentence-like lines after the story is not worth bridging to.
_SHORT_PENALTY = 3.0
_ALIGNED_SHORT_PENALTY = 1.0
_ISOLATED_WEIGHT = 0.5
_LIST_PENALTY = 4.0
_FURNITURE_PENALTY = 8.0
_OFF_INDENT_WEIGHT = 0.2
_MIN_LOWERCASE = 0.3
_GOOD_WORDS = 10  # a line with at least this many words and sentence punctuation reads as prose


@dataclass
class _Line:
    index: int
    raw: str
    text: str  # stripped, bullet marker removed
    bullet: bool
    words: int
    sentence: bool  # ends like a sentence
    furniture: bool
    indent: int = 0
    kind: str = ""  # "good", "short", "list", "furniture", "item" (of a list the story introduces)
    score: float = 0.0
    list_role: str = ""  # "lead" for a line that introduces a list, "item" for the items under it


def classify(index: int, raw: str) -> _Line:
    stripped = raw.strip()
    bullet_match = _BULLET.match(stripped)
    bullet = bool(bullet_match)
    # "1. Define your goal" may be an enumerated heading: keep its number in the text.
    if bullet_match and not _ENUMERATED_HEADING.match(stripped):
        text = stripped[bullet_match.end():].strip()
    else:
        text = stripped
    text = _DROP_CAP.sub(r"\1\2", text)
    tokens = _WORD.findall(text)
    words = len(tokens)
    # A line that introduces a list ("We see three risks:") reads as a sentence too.
    sentence = bool(_SENTENCE_END.search(text)) or (words >= 5 and text.endswith(":"))
    # Prose has lower-case words; menus and headline lists run together are Title Case.
    lowercase = sum(1 for t in tokens if t[0].islower()) / words if words else 0.0
    furniture = (
        bool(ALWAYS_FURNITURE.search(text))
        or (words <= 8 and bool(_STORY_END.match(text)))
        or (words <= 12 and bool(_FURNITURE.search(text)))
        or (words <= 8 and not sentence and bool(BYLINE.match(text)))
    )
    indent = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())
    line = _Line(index, raw, text, bullet, words, sentence, furniture, indent)
    if furniture and words <= 8 and _STORY_END.match(text):
        line.kind, line.score = "furniture", -_STORY_END_PENALTY
    elif furniture:
        line.kind, line.score = "furniture", -_FURNITURE_PENALTY
    elif text.endswith(("...", "…")) and (bullet or words <= 30):
        line.kind, line.score = "list", -_LIST_PENALTY  # a truncated teaser for another story
    elif words >= _GOOD_WORDS and lowercase < _MIN_LOWERCASE:
        line.kind, line.score = "short", -_SHORT_PENALTY  # Title Case run: a menu or headline
    elif words >= _GOOD_WORDS and sentence:
        line.kind, line.score = "good", float(words)
    elif bullet or not words:
        line.kind, line.score = "list", -_LIST_PENALTY
    elif words >= 2 * _GOOD_WORDS:
        # A long line without final punctuation (a truncated copy, a quote) is still prose.
        line.kind, line.score = "good", words / 2
    else:
        line.kind, line.score = "short", -_SHORT_PENALTY
    return line


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


def _region_score(line: _Line, indent: int) -> float:
    if line.kind == "good" and line.indent != indent:
        return line.score * _OFF_INDENT_WEIGHT
    if line.kind == "short" and line.indent == indent and indent > 0:
        # A short line in the story's own column: a subheading, a recipe step, a label.
        return -_ALIGNED_SHORT_PENALTY
    return line.score


def _isolated(lines: list[_Line], pos: int, indent: int) -> bool:
    """Prose with no story line either side (in an indented dump, short lines in the story's
    column count as story lines)."""

    def supports(other: _Line) -> bool:
        return other.kind == "good" or (other.kind == "short" and indent > 0 and other.indent == indent)

    before = pos > 0 and supports(lines[pos - 1])
    after = pos + 1 < len(lines) and supports(lines[pos + 1])
    return not (before or after)


def _best_region(lines: list[_Line]) -> tuple[int, int, int]:
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


def normalise(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def caption_lines(lines: list[_Line]) -> set[int]:
    """Indices of photo captions: a line followed closely by itself with a credit appended,
    or the same line printed twice in a row."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        # the credited copy may drop the caption's full stop: "... on Tuesday (Image: ...)"
        base = line.text.rstrip(".")
        for other in lines[i + 1: i + 4]:
            if len(base) > 20 and other.text.startswith(base) and other.text != line.text:
                tail = other.text[len(base):].lstrip(".")
                if _CREDIT_TAIL.search(line.text[-1:] + " " + tail.strip()) or len(_WORD.findall(tail)) <= 8:
                    out.update((line.index, other.index))
            elif other.text == line.text and other is lines[i + 1]:
                out.update((line.index, other.index))
    return out


def _caption_like(line: _Line) -> bool:
    """A credit at the end of a line marks a caption: "Police at the scene. (AP Photo/J. Doe)"."""
    return bool(_CREDIT_TAIL.search(line.text)) and line.words < 40


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) >= 4}


HEADLINE_OVER_STANDFIRST = 1.0  # how much less the upper of two stacked title lines may score and still win


def _find_title(lines: list[_Line], start: int, paragraphs: list[str]) -> str:
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
        if ALWAYS_FURNITURE.search(text) or _STORY_END.match(text) or (line.furniture and line.words <= 5):
            continue
        # a headline may open with a quotation ('"We will not be lectured": Premier vows ...'), never with
        # a bullet, an arrow or a bar
        if re.search(r"https?://|www\.|\S+\.(com|org|net)\b|^[^\w\"“‘']", text) or _caption_like(line):
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
    if upper and scores[best_index - 1] >= best_score - HEADLINE_OVER_STANDFIRST \
            and normalise(best) not in normalise(upper):  # not a breadcrumb trail that ends in the headline
        best = upper
    return best


def _select_body(lines: list[_Line], start: int, end: int, indent: int) -> list[str]:
    captions = caption_lines(lines)
    kept: list[_Line] = []
    seen: set[str] = set()
    region = [line for line in lines[start:end] if line.text]
    for pos, line in enumerate(region):
        if line.index in captions or line.furniture or _caption_like(line):
            continue
        following = next((n for n in region[pos + 1:] if n.index not in captions), None)
        if line.kind == "good" or line.list_role:
            pass
        elif line.kind == "list" and line.bullet and line.words >= 6 and line.sentence:
            pass  # a sentence in a bulleted summary belongs to the story
        elif line.kind in ("short", "list") and line.words >= 1 and (
            not line.bullet or _ENUMERATED_HEADING.match(line.text)
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


def _drop_standfirst_repeats(lines: list[_Line], start: int, end: int) -> None:
    """A standfirst printed above the story and again inside it: keep the one in the story."""
    inside = {normalise(line.text) for line in lines[start:end] if line.kind == "good"}
    for line in lines[:start]:
        if normalise(line.text) in inside:
            line.score, line.kind = -_SHORT_PENALTY, "short"


def clean_page_text(text: str, source: str = "") -> Article:
    """A whole-page text copy (boilerplate and all) -> the article's title and body."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
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
    closing = content[end] if end < len(content) else None  # a short last line the prose run left out
    extra = [closing.text] if closing and closing.kind == "short" and not closing.furniture \
        and not _caption_like(closing) and is_closing_sentence(closing.text) else []
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

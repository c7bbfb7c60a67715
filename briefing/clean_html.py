"""HTML pages -> the article: trafilatura finds the main text offline, then the page-text line rules of
briefing.clean remove what it lets through (captions, credits, share prompts). When trafilatura finds
nothing, the line rules run on the page's visible text, as a browser copy would give it.
"""
from __future__ import annotations

import datetime as dt
import re

from .clean import clean_page_text, first_words
from .clean_furniture import drop_story_furniture, is_pull_quote, is_pull_quote_credit
from .clean_jsonld import fuller_story
from .clean_layout import parsed_html, visible_title, without_layout_tables, without_lead_in_caps
from .clean_lines import ALWAYS_FURNITURE, Line, caption_lines, classify, normalise
from .clean_lists import mark_lists, paragraphs_with_lists
from .dateline import strip_dateline
from .errors import ExtractError
from .models import Article


def extract_html(html: str, url: str | None = None, source: str = "") -> Article:
    """An HTML page -> the article, via trafilatura, then the same furniture rules.

    trafilatura gets the markup itself, never a URL to fetch: url only names the page in the
    metadata, so extraction stays offline.
    """
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml without its split-out html cleaner
        raise ExtractError(
            f"cannot extract HTML: {exc}; reinstall briefing (pip install -e .) to get its dependencies"
        ) from exc
    html = without_layout_tables(without_decks(html))
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
        )
    except Exception as exc:  # trafilatura raises assorted lxml/parser errors on broken markup
        raise ExtractError(f"could not parse {source or url or 'the HTML page'}: {exc}") from exc
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if document is None or not text:
        # trafilatura found no main text; the line rules on the page's visible text may still.
        try:
            article = clean_page_text(html_to_text(html), source=source)
        except ExtractError:
            raise ExtractError(
                f"no article text found in {source or url or 'the HTML page'}: "
                "is it a news article page (not a front page, a login wall or a script-only page)?"
            ) from None
        article.url = url
        return article
    title = (getattr(document, "title", None) or "").strip()
    heading = visible_headline(html, text.split("\n"))
    if heading and normalise(title).startswith(normalise(heading)):
        title = heading  # "Meal Prep for Families | The Blog": the site's name is no part of the headline
    elif not heading:
        title = visible_title(html, title) or title  # "Headline :: Site" over a <font> headline, no <h1>
    paragraphs = drop_story_furniture(_post_clean(text.split("\n"), title, heading))
    fuller = fuller_story(html, paragraphs)
    if fuller:  # a paywalled page shows the opening; its JSON-LD record holds the whole story
        paragraphs = drop_story_furniture(_post_clean(fuller, title, heading))
    if not paragraphs:
        raise ExtractError(f"no article text found in {source or url or 'the HTML page'} after removing page furniture")
    paragraphs[0] = strip_dateline(paragraphs[0])
    paragraphs = without_lead_in_caps(paragraphs)  # "THIEVES broke into ...": print style, not a name
    return Article(
        title=title or first_words(paragraphs[0]),
        body="\n\n".join(paragraphs),
        url=url or getattr(document, "url", None),
        published=_parse_date(getattr(document, "date", None)),
        byline=getattr(document, "author", None) or None,
        source=source,
    )


# the label above a headline ("Floods", "Politics", "Breaking"), found by its class name. The summary under the
# headline (standfirst, dek) stays: it is part of the article as published, and corpora count it so
DECK_WORDS = r"kicker|eyebrow|overline"
DECK_CLASS = re.compile(rf"(?:^|[-_])(?:{DECK_WORDS})(?:$|[-_])", re.IGNORECASE)


def without_decks(html: str) -> str:
    """The page without its kicker elements (found by their class names); the page as it came when it has none,
    so every other page reaches trafilatura byte for byte."""
    import lxml.html

    if not re.search(rf"class=[\"'][^\"']*(?:{DECK_WORDS})", html, re.IGNORECASE):
        return html
    root = parsed_html(html)
    if root is None:
        return html
    # a label is short: a wrapper whose class happens to hold the word holds more
    decks = [node for node in root.xpath("//body//*[@class]") if node.tag not in ("body", "main", "article")
             and any(DECK_CLASS.search(name) for name in node.get("class").split())
             and len(node.text_content().split()) <= 60 and not node.xpath(".//p[2]")]
    if not decks:
        return html
    for node in decks:
        node.drop_tree()
    return lxml.html.tostring(root, encoding="unicode")


_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
})


def html_to_text(html: str) -> str:
    """The page's visible text as a browser copy gives it: one block element per line (blank
    lines between), no indentation, no list markers, no scripts or styles."""
    root = parsed_html(html)
    if root is None:
        return ""
    for node in root.xpath("//script|//style|//noscript|//template|//svg|//head|//comment()"):
        node.drop_tree()
    parts: list[str] = []

    def walk(element) -> None:  # type: ignore[no-untyped-def]
        block = isinstance(element.tag, str) and element.tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        parts.append(element.text or "")
        for child in element:
            walk(child)
            parts.append(child.tail or "")
        if block:
            parts.append("\n")

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def visible_headline(html: str, raw_paragraphs: list[str]) -> str:
    """The page's <h1> when the main text opens with it: the headline the reader sees. The metadata title may be
    another one written for sharing ("X cancels 640 flights after computer failure"), and the visible headline
    must then not be read out as the story's first paragraph. '' when the text does not open with the <h1>."""
    root = parsed_html(html)
    if root is None:
        return ""
    h1 = root.xpath("//body//h1")
    heading = " ".join(h1[0].text_content().split()) if h1 else ""
    opening = [p for p in raw_paragraphs if p.strip()][:3]
    return heading if heading and any(normalise(p) == normalise(heading) for p in opening) else ""


TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")


def _post_clean(raw_paragraphs: list[str], title: str, heading: str = "") -> list[str]:
    """Furniture that survives trafilatura: the headline repeated as the first line (the title or the page's
    visible <h1>), captions, credit lines, share prompts."""
    lines = [classify(i, raw) for i, raw in enumerate(raw_paragraphs) if raw.strip()]
    mark_lists(lines)
    captions = caption_lines(lines)
    kept: list[str] = []
    kept_lines: list[Line] = []
    above = headline_position(lines, title)
    if above is None and heading:
        above = headline_position(lines, heading)
    after_pull_quote = False
    for pos, line in enumerate(lines):
        if above is not None and pos <= above:
            continue  # the headline repeated, and any short label above it
        if after_pull_quote and is_pull_quote_credit(line.text):
            after_pull_quote = False
            continue  # the credit under a pull quote: "Sunita Rahman, mayor of Eastmere"
        after_pull_quote = False
        if line.index in captions or ALWAYS_FURNITURE.search(line.text):
            continue
        if line.kind == "furniture" and line.words <= 6:
            continue
        if not line.sentence and line.words >= 4 and line.text.upper() == line.text:
            continue  # an upper-case promo line: a link to another story or to an app
        if not line.sentence and (" | " in line.text or "©" in line.text):
            continue  # "Section | Other headline" teaser, or a photo credit
        if is_pull_quote(line.text, [other.text for other in lines if other is not line]):
            after_pull_quote = True
            continue  # a quotation set apart in large type: its words are said where the story quotes them
        if TABLE_RULE.match(line.raw.strip()):
            continue  # the "|---|---|" line trafilatura writes under a table's header row: no words to say
        # trafilatura writes table rows as "| cell | cell |"; keep the cells' text.
        text = line.raw.strip().strip("|").strip()
        if text:
            kept.append(text)
            kept_lines.append(line)
    return paragraphs_with_lists(kept_lines, kept)


def headline_position(lines: list[Line], title: str) -> int | None:
    """Where the headline is repeated at the top of the text: the first line, or the line after one or two
    short labels with no end mark ("Floods", "World | Europe"); None when it is not there."""
    if not title:
        return None
    for pos, line in enumerate(lines[:3]):
        if normalise(line.text) == normalise(title):
            return pos
        if line.sentence or line.words > 4:
            return None
    return None


def _parse_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None

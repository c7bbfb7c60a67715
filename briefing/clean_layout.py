"""Old page shapes that hide the article from trafilatura: a page laid out with tables, and a headline set
in a <font> or <b> element rather than an <h1>, under a <title> that adds the site's name.

A table used for layout puts the whole page (menus, story, side column) in a few cells; trafilatura then reads it
as one data table and flattens the story into a single row with the menus around it. A data table has short cells,
so a cell holding a paragraph's worth of words marks the table as layout, and the page is handed on with those
tables turned into plain <div> blocks, which trafilatura reads as it reads any other page.
"""
from __future__ import annotations

import re

# a cell of a data table holds a figure or a few words; a cell that holds this many words holds a page's text
LAYOUT_CELL_WORDS = 120
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")
_LAYOUT_ATTRS = ("width", "height", "align", "valign", "colspan", "rowspan", "border", "cellpadding",
                 "cellspacing", "bgcolor")


def parsed_html(html: str):  # type: ignore[no-untyped-def]
    """The page's lxml tree, or None when lxml cannot read it (the cleaner then keeps the page as it came)."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        return lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return None


def without_layout_tables(html: str) -> str:
    """The page with its layout tables (and the tables inside them) turned into <div> blocks; the page as it
    came when it has none, so every other page reaches trafilatura byte for byte."""
    import lxml.html

    if not re.search(r"<td\b", html, re.IGNORECASE):
        return html
    root = parsed_html(html)
    if root is None:
        return html
    layout = [table for table in root.xpath("//body//table") if _is_layout(table)]
    if not layout:
        return html
    for table in layout:
        for node in [table, *table.iter(*_TABLE_PARTS)]:
            node.tag = "div"
            for name in _LAYOUT_ATTRS:
                node.attrib.pop(name, None)
        for br in table.iter("br"):
            br.tail = "\n" + (br.tail or "")  # "<b>Headline</b><br>by A Reporter": two lines, not "Headlineby"
    return lxml.html.tostring(root, encoding="unicode")


def _is_layout(table) -> bool:  # type: ignore[no-untyped-def]
    """A table whose own cells (not those of a table inside it) hold a paragraph's worth of words."""
    for cell in table.xpath("./tr/td | ./tbody/tr/td | ./tr/th | ./tbody/tr/th"):
        if len(cell.text_content().split()) >= LAYOUT_CELL_WORDS:
            return True
    return False


# "Headline :: Site", "Headline | Site", "Headline - Site": the site's name after the last separator
_SITE_SUFFIX = re.compile(r"^(?P<headline>.+)\s+(?:::|\||-|–|—)\s+[^|:]{2,60}$")


def visible_title(html: str, title: str) -> str:
    """The headline part of a <title> that adds the site's name, when the page shows that part on its own in one
    element (a <font>, <b>, <span> or heading); '' when it does not."""
    import lxml.html
    from lxml.etree import ParserError

    match = _SITE_SUFFIX.match(title.strip())
    if not match:
        return ""
    headline = " ".join(match.group("headline").split())
    site = title.strip()[match.end("headline"):]
    if len(headline.split()) < 4 or len(site.split()) >= len(headline.split()):
        return ""  # "Opinion | The headline": a section label before the headline, not a site after it
    try:
        root = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return ""
    for node in root.xpath("//body//*[not(self::a)]"):
        if " ".join(node.text_content().split()) == headline:
            return headline
    return ""


def without_lead_in_caps(paragraphs: list[str]) -> list[str]:
    """"THIEVES broke into the museum ..." -> "Thieves broke into ...": a print page sets the story's first word (or
    two) in capitals. Only when the same word is written in small letters elsewhere in the story ("... the thieves
    had gone"), so a name in capitals ("NASA said ...") stays as it is."""
    if not paragraphs:
        return paragraphs
    m = re.match(r"((?:[A-Z]{2,}[A-Z'-]* ){0,2}[A-Z]{3,}[A-Z'-]*)(?= [a-z])", paragraphs[0])
    if not m:
        return paragraphs
    rest = "\n".join(paragraphs)[m.end():]
    if not all(re.search(rf"\b{re.escape(word.lower())}\b", rest) for word in m.group(1).split()
               if len(word) > 2):
        return paragraphs
    told = m.group(1).lower()
    return [told[:1].upper() + told[1:] + paragraphs[0][m.end():], *paragraphs[1:]]

"""Furniture that reads like prose, found by its place in the story and its form rather than its shape:

- the end matter of a press release: the "About <Company>" boilerplate, the "Forward-Looking Statements"
  (safe-harbour) notice, the media contacts, and any paragraph that declares itself forward-looking;
- the closing note on the authors: "Jane Doe covers health for The Courier.", "John Roe is a staff
  photographer.", "Anna Lee contributed reporting.";
- a live blog's section labels ("Key points:", "Background:") and entry time stamps ("9:40 a.m.");
- a correction notice ("Correction, 29 April: An earlier version of this article said ...");
- a pull quote: a quotation set apart in large type whose words the story quotes again, with its credit line.

Both rules work on the body's paragraphs, after the page's lines have been cut to the story.
(The "Q:" and "A:" labels of a printed interview are the article's text: briefing.clean_interview.)
"""
from __future__ import annotations

import re

# A heading that opens a press release's end matter; everything from it on is boilerplate. "About <Name>"
# counts only when the paragraph under it names the same company ("About Face" is a story's subheading).
_ABOUT_HEADING = re.compile(r"^About\s+(?!The\b|This\b|A\b|An\b)([A-Z][\w&.,'’-]*)(?:\s+[\w&.,'’()-]+){0,5}\s*:?$")
_END_MATTER_HEADING = re.compile(
    r"^(?:forward[-\s]looking\s+statements?|safe\s+harbou?r(?:\s+statement)?|cautionary\s+(?:note|statement).*"
    r"|(?:media|press|investor|investors)\s+(?:contacts?|relations|enquiries|inquiries)|contacts?|###|-\s*30\s*-)"
    r"\s*:?$",
    re.IGNORECASE,
)
_FORWARD_LOOKING = re.compile(
    r"\b(?:contains?|constitutes?|are|include)\s+(?:certain\s+)?forward[-\s]looking\s+statements\b"
    r"|\bsafe\s+harbou?r\s+provisions?\b|\bactual\s+results\s+(?:may|could|might)\s+differ\s+materially\b",
    re.IGNORECASE,
)
END_MATTER_FROM = 0.5  # end matter starts in the second half of the body: a subheading earlier is the story's

_NAME = r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+"
_JOB = (r"(?:reporter|writer|correspondent|editor|photographer|photojournalist|journalist|columnist|producer|"
        r"contributor|critic|intern|fellow|videographer|news\s+assistant)")
# One sentence of an author note: who the writer is, what they cover, who helped.
_BIO_SENTENCE = re.compile(
    rf"^(?:{_NAME}\s+(?:covers|writes\s+about|reports\s+on|writes\s+for|reports\s+for)\s+[^.]{{0,120}}"
    rf"|{_NAME}\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}{_JOB}s?\b[^.]{{0,100}}"
    rf"|{_NAME}\s+is\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,5}}(?:at|for|with)\s+(?:The\s+)?[A-Z][^.]{{0,80}}"
    rf"|(?:{_NAME}|[A-Z][\w\s,.'’-]{{0,80}}?)\s+contributed\s+"
    rf"(?:reporting|to\s+this\s+(?:report|story|article))[^.]{{0,80}}"
    rf"|(?:follow|contact|reach|email)\s+(?:him|her|them|{_NAME})\s+(?:at|on|via)\s+\S.{{0,80}}"
    # a wire story's credit: "(Reporting by Ann Lee in Oslo; Additional reporting by ...; Editing by Tom Hale)"
    rf"|\(?(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\s+[A-Z][^.()]{{0,240}}\)?"
    rf")[.!]?$"
)
BIO_PARAGRAPHS = 2  # an author note is the last paragraph or two
BIO_WORDS = 45


# a live blog's or explainer's section label before a paragraph's first sentence: "Key points: The bridge ..."
_ENTRY_LABEL = re.compile(r"^(?:Key points|Key facts|Background|(?:The )?[Ll]atest|Update|Updated|What we know(?: so far)?"
                          r"|Context|Summary|In brief|Catch up|Recap|Analysis)\s*:\s+(?=[A-Z\"\u201c])")
# a live blog's time stamp before each entry: "9:40 a.m. The minister says ...", "14.05 BST Police ..."
_TIME_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.m\.|[ap]m)?\s*(?:[A-Z]{2,4}\s+)?(?=[A-Z\"\u201c])")
MIN_STAMPS = 2  # one paragraph opening on a time may be news ("6.30 Friday is the deadline"); a blog has many


def without_entry_marks(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a live blog's section labels and time stamps, which are page structure like a
    dateline: read out, "9:40 a.m. The minister says ..." is no sentence, and a labelled first sentence
    ("Key points: The bridge has been closed ...") is lost as a heading."""
    paragraphs = [_ENTRY_LABEL.sub("", p) for p in paragraphs]
    if sum(1 for p in paragraphs if _TIME_STAMP.match(p)) >= MIN_STAMPS:
        paragraphs = [_TIME_STAMP.sub("", p) for p in paragraphs]
    return paragraphs


def drop_story_furniture(paragraphs: list[str]) -> list[str]:
    """The body without press-release end matter, the closing author note, a live blog's entry marks,
    correction notices and pull quotes."""
    paragraphs = without_entry_marks(_without_end_matter(paragraphs))
    paragraphs = without_pull_quotes([p for p in paragraphs if not is_correction_notice(p)])
    # the legal notice closes a release; a story may mention such statements higher up
    half = int(len(paragraphs) * END_MATTER_FROM)
    paragraphs = [p for i, p in enumerate(paragraphs) if i < max(1, half) or not _FORWARD_LOOKING.search(p)]
    return _without_author_note(paragraphs)


def _without_end_matter(paragraphs: list[str]) -> list[str]:
    """Cut at an end-matter heading in the body's second half; again, as the body is then shorter
    ("About X" above "Forward-Looking Statements")."""
    while (shorter := _cut_at_end_matter(paragraphs)) != paragraphs:
        paragraphs = shorter
    return paragraphs


def _cut_at_end_matter(paragraphs: list[str]) -> list[str]:
    start = int(len(paragraphs) * END_MATTER_FROM)
    for pos in range(max(1, start), len(paragraphs)):
        text = paragraphs[pos].strip()
        if len(text.split()) > 7:
            continue
        about = _ABOUT_HEADING.match(text)
        under = paragraphs[pos + 1] if pos + 1 < len(paragraphs) else ""
        if _END_MATTER_HEADING.match(text) or (about and re.search(rf"\b{re.escape(about.group(1))}\b", under)):
            return paragraphs[:pos]
    return paragraphs


# The page speaking of its own earlier text: "Correction, 29 April: An earlier version of this article said £14m.
# The correct figure is £41m.", "This article was amended on ... to correct ...". Said aloud, "this article" means
# nothing to a listener and the wrong figure is heard as news.
_CORRECTION_NOTICE = re.compile(
    r"^(?:(?:correction|corrections|clarification|editor['’]?s\s+note|note)\b[^:.]{0,40}:\s*)?"
    r"(?:(?:an?|the)\s+)?(?:earlier|previous|original|first)\s+version\s+of\s+this\s+(?:article|story|report|piece|post)\b"
    r"|^(?:this|the)\s+(?:article|story|report|piece|post)\s+(?:has\s+been|was|is\s+being)\s+"
    r"(?:amended|corrected|updated|changed)\s+(?:on\b|to\b|since\b|after\b)"
    r"|^(?:correction|clarification)s?\s*(?:,[^:]{0,40})?:\s*(?:an?\s+|the\s+)?(?:earlier|previous|original)\b",
    re.IGNORECASE,
)


def is_correction_notice(paragraph: str) -> bool:
    """A note from the editors on an error in the article's own earlier text, not news."""
    return bool(_CORRECTION_NOTICE.match(paragraph.strip()))


QUOTED_ALONE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{20,}[.!?])[\"\u201d]")  # a quoted sentence, not a quoted
# subheading ("We write with urgency"), which the story's own text may repeat
# the credit under a pull quote: "Sunita Rahman, mayor of Eastmere", "— Jo Lee"
_PULL_QUOTE_CREDIT = re.compile(r"^(?:[\u2014\u2013-]\s*)?[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){0,3}(?:,[^.!?:]{1,60})?$")


def is_pull_quote(text: str, others: list[str]) -> bool:
    """A paragraph that is nothing but a quotation whose words another paragraph of the story already quotes
    (a pull quote, repeated in large type next to the text)."""
    m = QUOTED_ALONE.fullmatch(text.strip())
    if not m:
        return False
    words = " ".join(re.findall(r"[\w']+", m.group(1).lower()))
    return any(words in " ".join(re.findall(r"[\w']+", other.lower())) for other in others
               if not QUOTED_ALONE.fullmatch(other.strip()))


def is_pull_quote_credit(text: str) -> bool:
    """The short name line set under a pull quote (no verb, no end mark)."""
    return len(text.split()) <= 10 and bool(_PULL_QUOTE_CREDIT.match(text.strip()))


def without_pull_quotes(paragraphs: list[str]) -> list[str]:
    """The paragraphs without pull quotes and the credit line under each: the quote's words are said where the
    story quotes them, and said twice they read as a new thing the speaker said."""
    kept: list[str] = []
    after_pull_quote = False
    for pos, p in enumerate(paragraphs):
        if after_pull_quote and is_pull_quote_credit(p):
            after_pull_quote = False
            continue
        after_pull_quote = is_pull_quote(p, paragraphs[:pos] + paragraphs[pos + 1:])
        if not after_pull_quote:
            kept.append(p)
    return kept


def sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", paragraph.strip()) if s]


def is_author_note(paragraph: str) -> bool:
    """Every sentence says who wrote, photographed or helped; a note is short (a story's last paragraph
    about a person goes on longer)."""
    parts = sentences(paragraph)
    return bool(parts) and len(paragraph.split()) <= BIO_WORDS and all(_BIO_SENTENCE.match(s) for s in parts)


def _without_author_note(paragraphs: list[str]) -> list[str]:
    kept = list(paragraphs)
    while len(kept) > 1 and len(paragraphs) - len(kept) < BIO_PARAGRAPHS and is_author_note(kept[-1]):
        kept.pop()
    return kept


CLOSING_WORDS = (4, 12)  # a closing line of the story too short to count as prose on its own


def is_closing_sentence(text: str) -> bool:
    """ "Brandt will be sworn in on Monday.": a short last paragraph of the story, just under the prose and
    above the page's links. A whole sentence in lower case with a verb; a credit or a label is neither."""
    from .grammar import is_verbish

    tokens = re.findall(r"[A-Za-z][\w'’-]*", text)
    later = tokens[1:]
    return CLOSING_WORDS[0] <= len(tokens) <= CLOSING_WORDS[1] and bool(re.match(r"[A-Z\"“][^:|]*[.!]$", text)) \
        and sum(1 for t in later if t[0].islower()) >= 0.6 * len(later) and any(is_verbish(t) for t in tokens)



# what ends a written sentence: a stop, a question or exclamation mark, an ellipsis, maybe a closing quote or bracket
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
HEADING_WORDS = 20  # longer lines with no stop are prose copied without one


def is_heading(paragraph: str) -> bool:
    """A paragraph of up to 20 words with no sentence end: a subheading ("Risks to the success of the grant"), a
    numbered step ("6. Max out your retirement accounts"), a deal's title, a label or an embed's tail ("— Jane Roe
    (@jroe) May 2, 2019"). The cleaner keeps subheadings, as the page's text holds them, but the script writer
    adds a stop to what it says, so one read out would be heard as a sentence of the news. A line that introduces
    a list ends with a colon, and is no heading."""
    text = paragraph.strip()
    return bool(text) and len(text.split()) <= HEADING_WORDS and not _SENTENCE_END.search(text) \
        and not text.endswith((":", ",", ";"))


# a wire service's instrument codes after a market's name: "Average .DJI", "crude CLc1", "notes US10YT=RR",
# "the euro EUR=", "Aluminium CMAL3": page markup for traders, read out they are noise
_TICKER = re.compile(r"(?:\s|(?<=[a-z0-9]))\.[A-Z][A-Z0-9]{2,}\b(?!\.)|\s(?=[A-Z0-9]*[a-z]\d\b)[A-Z]{2,}[a-z]\d\b|\s[A-Z0-9]{2,}=(?:RR)?(?=[\s.,;]|$)"
                     r"|\s[A-Z]{3,}\d\b(?=\s(?:lost|rose|fell|gained|added|was|were|is|closed|edged|slipped|climbed|jumped))")
# pictures in the text ("... to the world 🙂"): a speech engine would read out their names
_EMOJI = re.compile("\\s?[\U0001F300-\U0001FAFF\u2600-\u27BF\U0001F000-\U0001F2FF\uFE0F]+")


def without_codes(paragraph: str) -> str:
    """The paragraph without ticker codes and emoji, which say nothing a listener can use."""
    return _EMOJI.sub("", _TICKER.sub("", paragraph))


# a social media post the page embeds: its text with its link, then "— Name (@handle) November 19, 2019" or
# "A post shared by Name (@handle) on ..."; its "I" is the poster's, not the writer's, and it is neither the
# writer's fact nor a quote the writer reported
_POST_CREDIT = re.compile(r"(?:^|\s)(?:[\u2014\u2013-]\s*|A post shared by )[^()\n]{1,80}\(@\w{1,30}\)"
                          r"(?:\s+on)?\s+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}")
_POSTERS_VOICE = re.compile(r"\b(?:I|my|me|we|our|us|you|your)\b|[!#@\u2026]")
_POST_LINK = re.compile(r"\b(?:pic\.twitter\.com|t\.co|instagram\.com/p)/\w+")


def is_embedded_post(paragraph: str, next_paragraph: str = "") -> bool:
    """Is this paragraph a post embedded in the page (its text, its link or its credit line)?"""
    # before a credit line, a paragraph in a poster's voice ("I", "we", "!", a hashtag) is the post's text; a
    # plain news sentence there stays (the page may have lost the post itself)
    return bool(_POST_LINK.search(paragraph) or _POST_CREDIT.search(paragraph)
                or (next_paragraph and _POST_CREDIT.match(next_paragraph.strip()) and _POSTERS_VOICE.search(paragraph)))


def not_said(paragraphs: list[str]) -> list[str]:
    """The paragraphs with headings and embedded posts emptied and codes taken out: what the writer may say."""
    after = paragraphs[1:] + [""]
    return ["" if is_heading(p) or is_embedded_post(p, nxt) else without_codes(p) for p, nxt in zip(paragraphs, after)]

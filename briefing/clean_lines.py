"""Each line of a text copy of a news page, classified by its shape: prose, a short line, a list item, furniture.

briefing.clean finds the story as the best run of these lines; briefing.clean_html runs the same line rules
over what trafilatura extracts from HTML. The rules are about the shape of a line (its length, its end mark,
its share of lower-case words) and about phrases that only page furniture uses, never about particular sites.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .clean_meta import BYLINE

# Phrases that mark a line as page furniture when the line is short (long sentences that merely
# mention "newsletter" or "podcast" are judged by their shape instead). A bare "Share" is a button when it opens the
# line or follows a mark ("| Share |"), not the verb inside advice ("never share a code sent to you").
_FURNITURE = re.compile(
    r"""\b(
        share\s+(this|on|via|story|article)|(?<![a-z]\s)share|tweet|facebook|twitter|whatsapp|linkedin|pinterest|
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
         tags|filed\s+under|topics|
         also\s+read|read\s+also|must\s+read|see\s+also|also\s+see|also\s+watch)\s*[:|]  # "Also Read | <headline>"
        |(close|loading|next|previous|prev|more|back|open|toggle|expand|collapse|menu|search|home)\W*$
        |(image|media|photo|video|picture)\s+(caption|copyright|credit|source)\b
        |©|\(c\)\s|copyright\s
        |.*\ball\s+rights\s+reserved\b
        |.*\bby\s+(subscribing|signing\s+up|clicking|submitting|registering|continuing)\b
        |.*\b(required\s+fields\s+are\s+marked|will\s+not\s+be\s+published|for\s+the\s+next\s+time\s+i\s+comment)\b
        |.*\b(privacy\s+policy|terms\s+of\s+(use|service)|cookie\s+policy)\b
        |.*\b(opens?\s+in\s+(a\s+)?new\s+window|external\s+links?\s+and\s+will\s+open)\b
        |.*\bmedia\s+playback\b
        |(join|click|tap|sign\s+up|subscribe|register)\s+(here|now|today)\W*$
        |(printer[-\s]friendly(\s+version)?|print\s+(this\s+)?(page|article|story)|e-?mail\s+(this\s+)?(page|article|story)
         |send\s+to\s+a\s+friend|report\s+an\s+error)\b.{0,60}$
        |.*\bthis\s+(article|story)\s+(was|is)\s+(originally\s+)?published\b
        |(this\s+)?(article|story|content)\s+is\s+(only\s+)?(for|available\s+to)\s+(paid\s+)?subscribers\b.{0,40}$
        |(thank\s+you|thanks)\s+for\s+(following|reading|joining|watching)\s+(our|this|the)\s+live\b
        |(first\s+)?(published|updated|posted)\b.{0,60}$
        # a gallery's counter before a caption: "Item 1 of 2 A worker picks ...", "[1/2]A worker picks ..."
        |(item|image|photo|picture|slide)\s+\d{1,2}\s+of\s+\d{1,2}\s+(?=[A-Z\[])|\[\d{1,2}\s*/\s*\d{1,2}\]
        |.*\bpurchase\s+licensing\s+rights\b  # a wire photo's sales link closing its caption
        |(report\s+this\s+ad|scroll\s+to\s+continue)\W*$  # an ad slot's own words
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Short lines that close a story: comment forms, related-story boxes, author boxes. A story
# does not run across these, so they cost much more than other furniture.
STORY_END = re.compile(
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
STORY_END_PENALTY = 25.0

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
ENUMERATED_HEADING = re.compile(r"^\d{1,2}[.)]\s+\S")
# (a decimal point is no sentence end: a headline may close on "£3.8m" or "4.5%")
_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$|[.!?](?!\d)["'”’]?\s*\S{0,3}$""")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Score weights: a story line earns its word count; furniture costs more than a plain short line
# so that a blurb of a few sentence-like lines after the story is not worth bridging to.
SHORT_PENALTY = 3.0
_LIST_PENALTY = 4.0
_FURNITURE_PENALTY = 8.0
_MIN_LOWERCASE = 0.3
_GOOD_WORDS = 10  # a line with at least this many words and sentence punctuation reads as prose


@dataclass
class Line:
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


def classify(index: int, raw: str) -> Line:
    stripped = raw.strip()
    bullet_match = _BULLET.match(stripped)
    bullet = bool(bullet_match)
    # "1. Define your goal" may be an enumerated heading: keep its number in the text.
    if bullet_match and not ENUMERATED_HEADING.match(stripped):
        text = stripped[bullet_match.end():].strip()
    else:
        text = stripped
    text = _DROP_CAP.sub(r"\1\2", text)
    tokens = WORD.findall(text)
    words = len(tokens)
    # A line that introduces a list ("We see three risks:") reads as a sentence too.
    sentence = bool(_SENTENCE_END.search(text)) or (words >= 5 and text.endswith(":"))
    # Prose has lower-case words; menus and headline lists run together are Title Case.
    lowercase = sum(1 for t in tokens if t[0].islower()) / words if words else 0.0
    furniture = (
        bool(ALWAYS_FURNITURE.search(text))
        or (words <= 8 and bool(STORY_END.match(text)))
        or (words <= 12 and bool(_FURNITURE.search(text)))
        or (words <= 8 and not sentence and bool(BYLINE.match(text)))
    )
    indent = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())
    line = Line(index, raw, text, bullet, words, sentence, furniture, indent)
    if furniture and words <= 8 and STORY_END.match(text):
        line.kind, line.score = "furniture", -STORY_END_PENALTY
    elif furniture:
        line.kind, line.score = "furniture", -_FURNITURE_PENALTY
    elif text.endswith(("...", "…")) and (bullet or words <= 30):
        line.kind, line.score = "list", -_LIST_PENALTY  # a truncated teaser for another story
    elif words >= _GOOD_WORDS and lowercase < _MIN_LOWERCASE:
        line.kind, line.score = "short", -SHORT_PENALTY  # Title Case run: a menu or headline
    elif words >= _GOOD_WORDS and sentence:
        line.kind, line.score = "good", float(words)
    elif bullet or not words:
        line.kind, line.score = "list", -_LIST_PENALTY
    elif words >= 2 * _GOOD_WORDS:
        # A long line without final punctuation (a truncated copy, a quote) is still prose.
        line.kind, line.score = "good", words / 2
    else:
        line.kind, line.score = "short", -SHORT_PENALTY
    return line



def normalise(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def caption_lines(lines: list[Line]) -> set[int]:
    """Indices of photo captions: a line followed closely by itself with a credit appended,
    or the same line printed twice in a row."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        # the credited copy may drop the caption's full stop: "... on Tuesday (Image: ...)"
        base = line.text.rstrip(".")
        for other in lines[i + 1: i + 4]:
            if len(base) > 20 and other.text.startswith(base) and other.text != line.text:
                tail = other.text[len(base):].lstrip(".")
                if _CREDIT_TAIL.search(line.text[-1:] + " " + tail.strip()) or len(WORD.findall(tail)) <= 8:
                    out.update((line.index, other.index))
            elif other.text == line.text and other is lines[i + 1]:
                out.update((line.index, other.index))
    return out


# A photographer's credit closing a line after a full sentence: "... on Dock Road. Photograph: Sam Adeyemi/Greywater
# Gazette". A story's paragraph never ends so (a "Source:" may close a paragraph of figures), so however long the
# line, it is a caption.
_PHOTO_CREDIT_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?:photograph|photo|picture|image)(?:\s+credit)?\s*:\s*"
                               r"[A-Z][^.!?:]{1,80}$", re.IGNORECASE)
CAPTION_WORDS = 40  # a credit such as "Source: X" closes only short captions; a long line with one is prose
LONG_CAPTION_WORDS = 150


def caption_like(line: Line) -> bool:
    """A credit at the end of a line marks a caption: "Police at the scene. (AP Photo/J. Doe)"."""
    if line.words < CAPTION_WORDS and _CREDIT_TAIL.search(line.text):
        return True
    return line.words < LONG_CAPTION_WORDS and bool(_PHOTO_CREDIT_END.search(line.text))

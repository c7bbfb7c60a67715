"""The headlines before the stories: what each story is, in one short sentence.

A headline from the page is said when it reads as a sentence; otherwise the story's first short statement
(introduced: "In our top story today, ..."), or the page's title named ("a story called ...").
"""
from __future__ import annotations

import re

from ..clauses import LONGEST, words
from ..models import Segment
from ..plain_english import rewrite
from ..vocabulary import rare_count
from .recap import (HARD_POINT_SYLLABLES, _lowered, is_statement, story_names, they_points_outside,
                    word_syllables)
from .selection import Draft, odd_reason, points_outside
from .titles import TITLE_SEPARATORS, is_site_name, sentence_case

HEADLINE_WORDS = 17
TITLE_WORDS = 12
CALLED_WORDS = 6  # 'Our top story today is called "..."': a title said in that frame stays within the sentence limit
LEAD_LINES = 4  # a headline from the story comes from its opening lines
STORY_NAMES = ["First", "Next", "Next", "Next", "Next", "Next"]

CLAIM_OF_A_PRONOUN = re.compile(r"\b(?:said|says|told \w+|added|argued) (?:that )?(?:they|it|he|she|this|these|those)\b")


# "The company is expected to lay off thousands ...": said as the top story before the story names the company, the
# role points at no one ("The company" was the line before's WeWork)
UNNAMED_ROLE = re.compile(r"(?:The|This|That) (?:company|firm|group|business|club|team|star|singer|actor|actress|band"
                          r"|player|agency|bank|carrier|airline|retailer|chain|giant|start-up|startup|brand|network"
                          r"|studio|platform|service|man|woman|boy|girl|couple|suspect|driver|victim"
                          # "The manager said more than half of the people it helps are in work.": someone of a place or
                          # a group the story has not named yet
                          r"|manager|director|owner|founder|spokesman|spokeswoman|spokesperson|chairman|chairwoman"
                          r"|boss|head teacher|headteacher|chief executive|organisers|organizers|staff)\b(?![^.]*\b[A-Z])"
                          # "the writer has tested a lot of phones": whose words these are, the listener learns later
                          r"|The writers? ")


def headline_line(draft: Draft, most_words: int = HEADLINE_WORDS) -> tuple[str, str]:
    """What the story is, in one short sentence, and where it came from:
    "headline" (the title said plainly), "story" (the story's first short statement, to be introduced),
    "title" (the title as the page writes it, to be named) or, when nothing else can be said, "line"
    (the story's first line as it is)."""
    headline_odd = odd_reason(draft.headline[0]) if draft.headline else "no headline"
    if not headline_odd:
        return draft.headline[0], "headline"
    after_quote = title_after_its_quote(draft)
    if after_quote and is_statement(after_quote, story_names(draft)):
        return after_quote, "headline"
    names = story_names(draft)
    texts = [ln.text for ln in draft.lines if not ln.odd] or [ln.text for ln in draft.lines]
    # "Most of those picks are still useful." and "Many of them were older people living alone." cannot open the
    # news: what they point at comes later or never; nor can "Lee said they have a need.": before the story,
    # nobody knows who "they" are
    fits_with_roles = [s for s in texts[:LEAD_LINES] if words(s) <= most_words and is_statement(s, names)
                       and not points_outside(s) and not they_points_outside(s, names)
                       and not CLAIM_OF_A_PRONOUN.search(s)]
    # a later line opens the news only when it tells of the title's news ("Most of the 21,300 crowd had already
    # started to leave." is no top story of "Ten-man Ashgrove snatch late winner ..."; the title is named instead):
    # the second line with a word of the title, a line after it with two
    any_with_roles = fits_with_roles  # (rather than the story's first line said twice, as below)
    fits_with_roles = [s for s in fits_with_roles
                       if s == texts[0] or tells_of_the_title(s, draft.article.title, 1 if s == texts[1] else 2)]
    fits = [s for s in fits_with_roles if not UNNAMED_ROLE.match(s)]
    plain = [s for s in fits if rare_count(s) <= 1]  # the opening fact, unless thick with hard words
    # said before the listener knows the story: an opening line of long words gives way to a plainer one
    first = next((s for s in plain if word_syllables(s) <= HARD_POINT_SYLLABLES), plain[0] if plain else None)
    if first:
        return first, "story"
    title = spoken_title(draft)
    if headline_odd == "no verb" and (said := with_its_auxiliary(draft.headline[0], texts)):
        return said, "headline"  # "Attorney general looking into X." -> "Attorney general is looking into X."
    if headline_odd == "no verb" and (re.search(r"\bto [a-z]+ |\b[a-z]{3,}ing (?:to|into|for|on|at|in|with|up|out|off)\b",
                                                                draft.headline[0])
                                      or not (title and words(title) <= TITLE_WORDS)):
        return draft.headline[0], "headline"  # "Town to get new bridge": a headline's way, still clear
        # ("Simple hiking survival kit." is no sentence: the title is named instead)
    if title and words(title) <= TITLE_WORDS and '"' not in title:
        return title, "title"
    if fits:
        return fits[0], "story"  # hard words, but said once more rather than a story line word for word
    if title and words(title) <= min(2 * TITLE_WORDS, LONGEST - CALLED_WORDS) and '"' not in title:
        return title, "title"  # a long title named, rather than the story's first line said twice
    if fits_with_roles or any_with_roles:
        return (fits_with_roles or any_with_roles)[0], "story"  # "the writer has tested ...", rather than a line
        # said twice
    return next((t for t in texts if not points_outside(t)), texts[0]), "line"


def tells_of_the_title(line: str, title: str, shared: int = 2) -> bool:
    """Does the line share `shared` words of four letters or more (by their first five letters: "strike",
    "striking") or numbers with the page's title? With no title, or one of fewer than three such words, any line
    may."""
    def keys(text: str) -> set[str]:
        return {w.lower()[:5] for w in re.findall(r"[A-Za-z][\w'-]{3,}|\d[\d,.]*", text)} - {"that", "this", "with",
                                                                                          "from", "have", "they", "were"}
    # (a title that tells nothing, "This is what she had to say", cannot judge a line)
    return len(keys(title)) < 3 or len(keys(line) & keys(title)) >= shared


# the "-ing" verb of a headline that leaves out its "is" or "are": "Attorney general looking into WeWork"
HEADLINE_ING = re.compile(r"(?<=[\w.,'] )([a-z]{3,}ing) (?=(?:to|into|for|on|at|in|with|up|out|off)\b)")


def with_its_auxiliary(headline: str, story: list[str]) -> str | None:
    """A headline in headline grammar ("State attorney general looking into WeWork and former CEO.") made a
    sentence with the "is" or "are" the story itself says before that "-ing" verb ("The attorney general is
    looking into WeWork ..."): the story's evidence says whether the subject is one or many. None when the
    story never says it so, or when the result would still not read as a sentence."""
    m = HEADLINE_ING.search(headline)
    if m is None or headline[:m.start()].split()[-1].lower() in ("is", "are", "was", "were", "be", "been"):
        return None
    said = re.search(rf"\b(is|are|was|were) {m.group(1)} ", " ".join(story))
    if said is None:
        return None
    sentence = f"{headline[:m.start()]}{said.group(1)} {headline[m.start():]}"
    return sentence if not odd_reason(sentence) else None


# a title that opens with someone's words, then says the news: '"We never thought we'd need it": Hilltop food bank
# now feeds 1,200 families a week'
QUOTE_THEN_NEWS = re.compile(r"^[\"\u201c][^\"\u201c\u201d]+[\"\u201d]\s*:\s+([^\"\u201c\u201d]+)$")


def title_after_its_quote(draft: Draft) -> str | None:
    """The news part of a title that opens with a quote and a colon, said as the headline when it reads as a
    whole sentence of up to HEADLINE_WORDS words: the quote alone says nothing to a listener who has not yet
    heard the story, and the rewrite of the whole title (a quote with no speaker) gives no line."""

    m = QUOTE_THEN_NEWS.match(re.sub(r"\s+", " ", draft.article.title).strip())
    if m is None:
        return None
    news = sentence_case(m.group(1).strip().rstrip("."), draft.article.body)
    pieces = rewrite(news[:1].upper() + news[1:] + ".", draft.names)  # in plain words, as the title's headline is
    if len(pieces) != 1:
        return None
    return pieces[0] if words(pieces[0]) <= HEADLINE_WORDS and not odd_reason(pieces[0]) else None


def spoken_title(draft: Draft) -> str:
    """The page's title as it can be said: a site name at its end ("... | Craft Weekly") that the article
    never names is left off, and a separator between parts that say something ("Norvale Craft Fair 2024 |
    A lamp by Ann Lee") is said as a colon, so the event and its date stay in the headlines."""

    title = re.sub(r"\s+", " ", draft.article.title).strip().rstrip(".")
    parts = [p.strip() for p in TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) > 1 and is_site_name(parts[-1]) and parts[-1] not in draft.article.body:
        parts = parts[:-1]
    return ": ".join(parts)


def _introduced(line: str, kind: str, draft: Draft, opener: str) -> str:
    """One headline sentence: "In our top story today, ...", "First, ...", or a story named by its title."""
    if kind == "title":
        end = "" if line.endswith(("?", "!")) else "."
        return f'{opener}, a story called "{line}"{end}' if opener != "In our top story today" else \
            f'Our top story today is called "{line}"{end}'
    if kind == "line" or words(line) > 18:
        return line
    return f"{opener}, {_lowered(line, draft)}"


def headlines_segment(drafts: list[Draft]) -> Segment:
    if len(drafts) == 1:
        draft = drafts[0]
        line, kind = headline_line(draft)
        if kind == "headline":
            # a headline's "This was after ..." piece is headline shorthand made a sentence ("... after announcing
            # wife lost ..."): the title's main line is said alone
            said = [line] + [h for h in draft.headline[1:2] if not (odd_reason(h) or h.startswith("This was "))]
            return Segment("headlines", "Headlines", ["Here is our top story today."] + said)
        if kind == "line":
            return Segment("headlines", "Headlines", ["Here is our top story today.", line])
        return Segment("headlines", "Headlines", [_introduced(line, kind, draft, "In our top story today")])
    sentences = ["Here are today's stories."]
    for i, draft in enumerate(drafts):
        line, kind = headline_line(draft)
        opener = STORY_NAMES[min(i, len(STORY_NAMES) - 1)] if i < len(drafts) - 1 else "And finally"
        sentences.append(_introduced(line, kind, draft, opener))
    return Segment("headlines", "Headlines", sentences)

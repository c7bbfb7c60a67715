"""The offline rule-based writer: short plain sentences taken from the articles, in the learner format.

This module drafts each article (article sentences -> plain lines, briefing/plain_english.py) and plans the
five minutes; the parts live beside it: selection.py (which lines a story keeps), recap.py (headlines and
recap), word_list.py ("Words in this story" and explanations at first use), voices.py (the person a lost
sentence named, and a first-person writer).

Planning: each story keeps its lead paragraphs, then the following lines in article order while they fit
its share of the five-minute budget, preferring lines with few uncommon words. A story ends at a whole
article sentence; when the leads of several stories leave too little room, whole later stories are dropped
(the input order is the order of importance).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .. import timing
from ..checks import MIN_COMMON_SHARE, article_text, measured_sentences, names_in
from ..clean_interview import is_interview, spoken_paragraphs
from ..fact_checks import framed_claims
from ..clauses import words
from ..headline_grammar import headline_passive
from ..models import Article, Script, Segment
from ..plain_english import attribute_quotes, normalise, rewrite, speaker_pronouns, split_sentences
from ..statements import statements_given_owners
from ..topic_words import name_again_plainly
from ..vocabulary import common_share, rare_count
from ..initialisms import spelled_initialisms
from .base import ScriptWriter, estimated_seconds, intro_segment, outro_segment
from .headlines import headlines_segment
from .recap import is_statement, recap_segment
from .room import with_room_used
from .titles import capitalised_inside_sentences, headline_text, proper_names, sentence_case
from .ease import COMMON_MARGIN, GRADE_TARGET, ease_grade
from .grade import reading_grade
from .lead_core import fuller_lead, lead_lines, told_in_pieces
from .lead_ins import lead_in_said_once
from .longer_points import with_longer_points
from .people_lists import people_list
from .people import introduce_people
from .pointers import indefinite_document
from .unsaid_referents import last_word, leans_before, time_of_a_lost_piece
from .short_names import said_short_again
from .selection import Draft, Line, odd_reason, opens_with_reference, select_lines
from .voices import (as_advice, as_opinion, named_speaker, names_someone_unheard, person_of,
                     writes_in_first_person)
from .word_list import MAX_GLOSSARY, MIN_GLOSSARY, central_words, explain_first_use, glossary_segment, pick_glossary

# with several stories, the leads leave at least this much of the five minutes to tell the stories further
ROOM_SECONDS = 30.0
# the article's first paragraphs (of more than three words) hold its main facts: who, what, where, when, how many
LEAD_PARAGRAPHS = 2

__all__ = ["Draft", "Line", "PlainWriter", "draft_article", "plan", "select_lines"]


def _key(sentence: str) -> str:
    return re.sub(r"[^a-z0-9]", "", sentence.lower())


# "Ann Lee said this.": the piece of a cut sentence that names who said the claim before it
SPEAKER_PIECE = re.compile(r"\bsaid (?:this|so)\b")


def _not_said_before(pieces: list[str], seen: set[str]) -> list[str]:
    """The pieces of one sentence that were not said before, without a piece that leans on one that was: a pull
    quote said "Since 2008 ..." first, and the quote's own "Ann Lee said this." was left to follow some other line."""
    out: list[str] = []
    repeated = False
    for piece in pieces:
        if _key(piece) in seen and not (out and SPEAKER_PIECE.search(piece) and not repeated):
            # ("Police said this." after a new claim of this sentence is that claim's speaker, said before or not)
            repeated = True
        elif not (repeated and (SPEAKER_PIECE.search(piece) or opens_with_reference(piece))):
            out.append(piece)
    return out


def _with_its_speaker_now(pieces: list[str], lines: list[Line]) -> list[str] | None:
    """A claim said before on its own (a pull quote: "Since 2008, sales have not risen.") and now again with its
    speaker ("..." + "Ann Lee said this."): the earlier line goes and the claim is said here, where its speaker is.
    None when the sentence repeats no earlier line or names no speaker for it."""
    keys = {_key(ln.text) for ln in lines}
    repeated = {_key(p) for p in pieces if _key(p) in keys}
    if not repeated or not any(SPEAKER_PIECE.search(p) for p in pieces if _key(p) not in keys):
        return None
    lines[:] = [ln for ln in lines if _key(ln.text) not in repeated]
    return pieces


def _title_clauses(title: str) -> list[str]:
    """'X cancels tour after injury, fans offered full refunds' -> the two clauses of a title that a comma joins,
    when the second is a headline's passive ("fans offered ..."): read as one sentence, "after injury, fans
    offered" became one piece ("This is after injury, fans offered full refunds.")."""
    left, comma, right = title.partition(", ")
    if not comma or ", " in right or len(left.split()) < 3 or len(right.split()) < 3:
        return [title]
    second = right[:1].upper() + right[1:]
    return [left, second] if headline_passive(second) != second else [title]


def draft_article(article: Article) -> Draft:
    source = f"{article.title}\n\n{article.body}".replace("\u2019", "'")
    pronouns = speaker_pronouns(normalise(source), is_interview(article.paragraphs))
    # the group a speaker's "we" is told as ("Experience is moving ...") is a name, even when it is a word too
    names = proper_names(source) | {g.split()[0] for g in getattr(pronouns, "groups", {}).values() if g[:1].isupper()}
    seen: set[str] = set()
    title = sentence_case(headline_text(article.title).rstrip("."), article.body)
    title = spelled_initialisms(title, article.body)  # "takes FID" -> "takes a final investment decision"
    # ("3,400 people ordered to leave" is headline grammar: "3,400 people were ordered to leave")
    headline = [headline_passive(h) for part in _title_clauses(title) for h in rewrite(part, names)] if title else []
    if headline and opens_with_reference(headline[0]):
        headline = []  # "This was during a debate ...": the title's first half could not be said
    seen.update(_key(s) for s in headline)
    seen.add(_key(article.title))
    lines: list[Line] = []
    group = 0
    speaker: str | None = None
    lost_person: str | None = None  # the one person named by a sentence that gave no line
    reviewer = writes_in_first_person(article.paragraphs)
    met_after_lost = False  # since the last line, a sentence that gave no line named someone new
    lead_paragraphs = 0
    # no "Q:"/"A:" labels; a fact check's claim told as a claim, not as the news; "the statement said" as its
    # owner's words
    paragraphs = spoken_paragraphs(framed_claims(statements_given_owners(article.paragraphs)), article.title)
    for p_index, paragraph in enumerate(paragraphs):
        lead_paragraphs += len(paragraph.split()) > 3
        in_lead = lead_paragraphs <= LEAD_PARAGRAPHS
        sentences, speaker = attribute_quotes(split_sentences(normalise(paragraph)), speaker)
        open_quote = False
        for sentence in sentences:
            inside = open_quote
            open_quote ^= sentence.count('"') % 2 == 1
            if inside:
                continue  # the middle or end of a quote with no speaker: whose words, we cannot say
            if _key(sentence) in seen:
                continue  # captions and stand-firsts often repeat a sentence of the story
            pieces = rewrite(sentence, names, pronouns)
            texts = _with_its_speaker_now(pieces, lines) or _not_said_before(pieces, seen)
            told, whole = lead_lines(sentence, names, pronouns) if in_lead and all(odd_reason(t) for t in texts) \
                else ([], False)
            core = [t for t in told if _key(t) not in seen]
            if not core and in_lead:  # a lead the rules told, but without names or numbers its pieces keep
                core = [t for t in fuller_lead(sentence, texts, names, pronouns) if _key(t) not in seen]
                whole = bool(core)
            if core:  # a lead sentence the rules could not tell: its plain core keeps who did what, where, when
                texts = core
            # any sentence the rules could not tell, told whole in pieces; and a list of people with their ages,
            # which the rules may pass on whole ("Ann Lee, 36, her husband, Tom Lee, 39, and ..."): hard to hear
            elif all(odd_reason(t) for t in pieces) or people_list(sentence.rstrip(".")):
                texts = [t for t in told_in_pieces(sentence, names, pronouns) if _key(t) not in seen] or texts
            seen.add(_key(sentence))
            group += 1
            if texts and lost_person:
                texts[0] = named_speaker(texts[0], lost_person, pronouns)
            lost_person = None if texts else person_of(sentence)
            # a lost sentence that named someone new: a "he" or "she" after it may mean that person
            # (or spoke of one by a noun: "The store's guard ... was shot." before "He was taken to hospital.")
            new_person = names_someone_unheard(sentence, " ".join(ln.text for ln in lines), source) if not texts else False
            met_after_lost = met_after_lost or new_person
            if reviewer:
                texts = [u for t in texts for u in ([as_opinion(t)] if is_statement(t, names) else as_advice(t))]
            for text in texts:
                # "said in the email that ..." when no line before tells of an email: "in an email"
                text = indefinite_document(text, " ".join(ln.text for ln in lines))
                seen.add(_key(text))
                odd = odd_reason(text) or time_of_a_lost_piece(sentence, texts, text)
                lines.append(Line(text, p_index, rare_count(text), group, odd, met_after_lost, bool(core),
                                 bool(core) and whole, points_back=leans_before(sentence, text)))
                met_after_lost = False
            if texts:  # (what a later "They ..." may mean was in the words no line kept)
                lines[-1].tail_lost = not re.search(rf"\b{re.escape(last_word(sentence))}\b", " ".join(texts))
    return Draft(article, headline, lines, names)


def story_title(draft: Draft) -> str:
    title = draft.article.title.strip() or (draft.headline[0] if draft.headline else "News")
    return f"Story: {title}"


class PlainWriter(ScriptWriter):
    name = "plain"

    def write(self, articles: list[Article], *, date: dt.date, title: str | None = None) -> Script:
        drafts = [d for d in (draft_article(a) for a in articles) if d.lines]
        if not drafts:
            from ..errors import ScriptError
            raise ScriptError("the articles have no sentences to read; check the source text")
        return plan(drafts, self.settings.show, date, title, self.settings.wpm)


@dataclass(frozen=True)
class Layout:
    """How one build fills the five minutes."""

    budgets: tuple[int, ...]  # words of story, one a story
    glossary_limit: int = MAX_GLOSSARY
    full_recap: bool = False  # the most recap points (a script short of five minutes)
    plain_recap: bool = False  # the recap's plainest points before those with more facts (a hard script)
    left_out: frozenset[str] = frozenset()  # story lines passed over to bring the reading grade down
    recap_left_out: frozenset[str] = frozenset()  # recap points (recap.point_key) not repeated, for the same reason
    shorter: tuple[tuple[str, str], ...] = ()  # story lines said without their last detail phrase, for the same reason
    brought_in: frozenset[str] = frozenset()  # harder story lines a short script found room for (writers/room.py)


def build(drafts: list[Draft], layout: Layout, show: str, date: dt.date, title: str | None, wpm: int) -> Script:
    lines = [select_lines(d, b, layout.left_out.__contains__, layout.brought_in.__contains__)
             for d, b in zip(drafts, layout.budgets)]
    shorter = dict(layout.shorter)
    lines = [[replace(ln, text=shorter.get(ln.text, ln.text)) for ln in s] for s in lines]
    explained: set[str] = set()
    source = article_text([d.article for d in drafts])
    source_names = names_in(source)
    # a hard topic noun is taught where it is first said; later "the sedan" is "the car" (topic_words)
    lines = introduce_people(lines, source)  # "Breyer said ..." with no line before it naming Angela Breyer
    stories = [lead_in_said_once(name_again_plainly(explain_first_use(s, explained, source_names))) for s in lines]
    headlines = headlines_segment(drafts)
    segments = [intro_segment(show, date), headlines]
    segments += [Segment("story", story_title(d), s) for d, s in zip(drafts, stories)]
    central = central_words(headlines.sentences + [t for s in stories for t in s[:3]])
    # the words taught are words the listener heard: in the stories or in the headlines before them
    heard = stories + [headlines.sentences[1:]]
    # capitalised where no sentence starts ("beat Castlebridge Rovers"): a name, not a word to teach
    article_names = set().union(*(capitalised_inside_sentences(f"{d.article.title}\n\n{d.article.body}")
                                  for d in drafts))
    recap = recap_segment(stories, drafts, full=layout.full_recap, plainest=layout.plain_recap,
                          left_out=layout.recap_left_out)  # its words count in the share the word list keeps
    words_seg = glossary_segment(pick_glossary(heard, layout.glossary_limit, source_names, central, source,
                                               article_names, also_said=recap.sentences[1:]))
    segments += [words_seg] if words_seg else []
    if len(recap.sentences) > 1:  # "Now, here are the main points again." and then none: better not said
        segments.append(recap)
    segments.append(outro_segment(show))
    segments = said_short_again(segments, source)  # "Dominic Raab" once, "Raab" after that
    episode_title = title or drafts[0].article.title.strip() or "The news in plain English"
    return Script(episode_title, show, date, segments, [d.article for d in drafts], wpm, "plain")


def _story_words(script: Script) -> list[int]:
    return [seg.words for seg in script.segments if seg.kind == "story"]


class _Planner:
    """Builds scripts for one set of drafts and settles the story budgets on a target length."""

    def __init__(self, drafts: list[Draft], show: str, date: dt.date, title: str | None, wpm: int) -> None:
        self.drafts, self.show, self.date, self.title, self.wpm = drafts, show, date, title, wpm
        # the first story (the most important) gets a larger share
        self.weights = [1.5 if i == 0 else 1.0 for i in range(len(drafts))]

    def build(self, layout: Layout) -> Script:
        return build(self.drafts, layout, self.show, self.date, self.title, self.wpm)

    def first_budgets(self, target: float) -> tuple[int, ...]:
        base = self.build(Layout(tuple(0 for _ in self.drafts)))
        spare = max(0.0, (target - estimated_seconds(base)) * self.wpm / 60.0)
        leads = [sum(words(ln.text) for ln in d.lead) for d in self.drafts]
        # a weighted share of all the story words, and never less than the story's lead: the first story
        # gets the most even when its lead is the shortest
        total = sum(leads) + spare
        return tuple(int(max(lead, total * w / sum(self.weights))) for lead, w in zip(leads, self.weights))

    def settle(self, layout: Layout, target: float) -> tuple[Script, Layout]:
        """Move the budgets until the script is within 10 s of the target; keep the closest one. A story
        that used well under its budget has nothing more to say: its share goes to the others."""
        script = self.build(layout)
        best = (script, layout)
        for _ in range(6):
            error = target - estimated_seconds(script)
            if abs(error) < abs(target - estimated_seconds(best[0])):
                best = (script, layout)
            if abs(error) < 10:
                break
            used = _story_words(script)
            budgets = layout.budgets
            open_stories = [i for i in range(len(budgets)) if error < 0 or used[i] >= 0.85 * budgets[i]]
            if not open_stories:
                break
            share = sum(self.weights[i] for i in open_stories)
            step = error * self.wpm / 60.0
            budgets = tuple(max(0, int(b + step * self.weights[i] / share)) if i in open_stories else b
                            for i, b in enumerate(budgets))
            layout = replace(layout, budgets=budgets)
            script = self.build(layout)
        if abs(target - estimated_seconds(script)) < abs(target - estimated_seconds(best[0])):
            best = (script, layout)
        return best


def plan(drafts: list[Draft], show: str, date: dt.date, title: str | None, wpm: int) -> Script:
    """Fit the stories into five minutes: share the word budget, drop later stories if the leads overflow.
    A script still short when every story has said all it has gets the longer recap."""
    while len(drafts) > 1:
        leads_only = build(drafts, Layout(tuple(0 for _ in drafts)), show, date, title, wpm)
        if estimated_seconds(leads_only) <= timing.TARGET_SECONDS - ROOM_SECONDS:
            break
        drafts = drafts[:-1]  # fewer stories, each told past its lead, rather than many bare leads
    planner = _Planner(drafts, show, date, title, wpm)
    script, layout = planner.settle(Layout(planner.first_budgets(timing.TARGET_SECONDS)), timing.TARGET_SECONDS)
    if estimated_seconds(script) < timing.MIN_SECONDS:
        layout = replace(layout, full_recap=True)
        script = planner.build(layout)
    while estimated_seconds(script) > timing.MAX_SECONDS and layout.glossary_limit > MIN_GLOSSARY:
        layout = replace(layout, glossary_limit=layout.glossary_limit - 1)
        script = planner.build(layout)
    script, layout = with_room_used(planner, *ease_grade(planner, script, layout, drafts))
    script = with_one_more_point(script, drafts, layout.recap_left_out)
    return with_longer_points(script, drafts, layout.recap_left_out)  # last: no story line is traded for it


def with_one_more_point(script: Script, drafts: list[Draft], left_out: frozenset[str] = frozenset()) -> Script:
    """A one-story script still short of 4:30 after the plan and the grade pass has said all its story can:
    its recap says one more main point when the story has one (a point the story said, never a new line),
    kept only when every earlier point stays, the reading grade stays under the target (or no higher) and
    the common words keep their share."""
    if len(drafts) != 1 or estimated_seconds(script) >= timing.MIN_SECONDS:
        return script
    stories = [seg.sentences for seg in script.segments if seg.kind == "story"]
    at = next((i for i, seg in enumerate(script.segments) if seg.kind == "recap"), None)
    if at is None:
        return script
    said = script.segments[at].sentences
    grade, share = reading_grade(measured_sentences(script)), common_share(" ".join(measured_sentences(script)))
    for plainest in (False, True):  # the recap the plan chose is one of the two orders
        recap = recap_segment(stories, drafts, full=True, plainest=plainest, one_more=True, left_out=left_out)
        if len(recap.sentences) != len(said) + 1 or not set(said) <= set(recap.sentences):
            continue
        longer = replace(script, segments=script.segments[:at] + [recap] + script.segments[at + 1:])
        longer_said = measured_sentences(longer)
        if estimated_seconds(longer) <= timing.MAX_SECONDS \
                and reading_grade(longer_said) <= max(grade, GRADE_TARGET) \
                and common_share(" ".join(longer_said)) >= min(share, MIN_COMMON_SHARE + COMMON_MARGIN):
            return longer
    return script

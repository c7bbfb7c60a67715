"""The offline rule-based writer: short plain sentences taken from the articles, in the learner format.

Planning: each story keeps its first paragraph whole (the who, what, where, when and how many), then
the following sentences in order while they fit the five-minute budget, preferring sentences with
few uncommon words. Stories are never cut mid-sentence; when even the leads do not fit, whole later
stories are dropped (the input order is the order of importance).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .. import timing
from ..checks import article_text, names_in
from ..clauses import cap, lower_first, words
from ..models import Article, Script, Segment
from ..plain_english import attribute_quotes, normalise, rewrite, speaker_pronouns, split_sentences
from ..vocabulary import GlossaryEntry, common_words, frequency_rank, glossary, lower_tokens
from .base import ScriptWriter, estimated_seconds, intro_segment, outro_segment

MAX_GLOSSARY = 6
MIN_GLOSSARY = 3
LEAD_WORDS = 45
LEAD_MAX_WORDS = 120
MAX_RARE_GLOSSARY = 3
MAX_EXPLAINED = 4
MAX_RARE_SHARE = 0.12
# words for a person's job that news writes with a capital before a name ("Mayor Helen Okafor")
TITLES = {"mayor", "president", "minister", "governor", "coach", "striker", "senator", "judge", "chancellor",
          "speaker", "officer", "director", "secretary", "manager", "captain", "goalkeeper", "ambassador"}
NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


@dataclass
class Line:
    text: str
    paragraph: int
    rare: int  # lower-case words outside the common list
    group: int = 0  # the article sentence it came from: explanations never go between its pieces


@dataclass
class Draft:
    article: Article
    headline: list[str]
    lines: list[Line]
    names: set[str] = field(default_factory=set)

    @property
    def lead(self) -> list[Line]:
        """The opening paragraphs (at least LEAD_WORDS words, at most three paragraphs and LEAD_MAX_WORDS):
        the main facts live there. A page with no paragraph breaks still gets a lead of a few sentences."""
        return [ln for ln in self.lead_span if id(ln) not in self.lead_skipped]

    @property
    def lead_span(self) -> list[Line]:
        """The lines the lead is taken from, skipped ones included (the optional lines start after them)."""
        span: list[Line] = []
        paragraphs: list[int] = []
        total = 0
        for ln in self.lines:
            if ln.paragraph not in paragraphs:
                if total >= LEAD_WORDS or len(paragraphs) == 3:
                    break
                paragraphs.append(ln.paragraph)
            if total >= LEAD_MAX_WORDS:
                break
            span.append(ln)
            total += words(ln.text)
        return span

    @property
    def lead_skipped(self) -> set[int]:
        """Past the first LEAD_WORDS words, a lead sentence with two or more uncommon words is left out
        (with any "This was ..." piece that leans on it): the main facts come first, the detail is optional."""
        skipped: set[int] = set()
        total = 0
        previous: Line | None = None
        for ln in self.lead_span:
            leans = previous is not None and previous.group == ln.group and id(previous) in skipped \
                and _opens_with_reference(ln.text)
            if total >= LEAD_WORDS and (ln.rare >= 2 or leans):
                skipped.add(id(ln))
            total += words(ln.text)
            previous = ln
        return skipped


def _key(sentence: str) -> str:
    return re.sub(r"[^a-z0-9]", "", sentence.lower())


def _rare(sentence: str) -> int:
    common = common_words()
    return sum(1 for t in lower_tokens(sentence) if t not in common)


def _sentence_case(title: str, body: str) -> str:
    """Headline Title Case -> sentence case, lowering only words the body uses in lower case."""
    toks = title.split()
    long = [t for t in toks if len(t) > 3]
    if not long or sum(t[:1].isupper() for t in long) / len(long) < 0.7:
        return title
    body_lower = set(re.findall(r"\b[a-z][a-z'-]*\b", body))
    return " ".join([toks[0]] + [t.lower() if t.lower().strip(",:;.") in body_lower else t for t in toks[1:]])


def proper_names(text: str) -> set[str]:
    """Capitalised words the text never uses in lower case: names, not sentence-initial "The"."""
    lower = set(re.findall(r"\b[a-z][a-z'-]*\b", text))
    mid_sentence = set(re.findall(r"(?<=[a-z,] )[A-Z][A-Za-z'-]*", text))
    common = common_words()
    return {w for w in names_in(text) if w.lower() not in lower and (w in mid_sentence or w.lower() not in common)}


def draft_article(article: Article) -> Draft:
    source = f"{article.title}\n\n{article.body}".replace("\u2019", "'")
    names = proper_names(source)
    pronouns = speaker_pronouns(normalise(source))
    seen: set[str] = set()
    title = _sentence_case(article.title.strip().rstrip("."), article.body)
    headline = rewrite(title, names) if title else []
    if headline and _opens_with_reference(headline[0]):
        headline = []  # "This was during a debate ...": the title's first half could not be said
    seen.update(_key(s) for s in headline)
    seen.add(_key(article.title))
    lines: list[Line] = []
    group = 0
    speaker: str | None = None
    for p_index, paragraph in enumerate(article.paragraphs):
        sentences, speaker = attribute_quotes(split_sentences(normalise(paragraph)), speaker)
        open_quote = False
        for sentence in sentences:
            inside = open_quote
            open_quote ^= sentence.count('"') % 2 == 1
            if inside:
                continue  # the middle or end of a quote with no speaker: whose words, we cannot say
            if _key(sentence) in seen:
                continue  # captions and stand-firsts often repeat a sentence of the story
            texts = [t for t in rewrite(sentence, names, pronouns) if _key(t) not in seen]
            seen.add(_key(sentence))
            group += 1
            for text in texts:
                seen.add(_key(text))
                lines.append(Line(text, p_index, _rare(text), group))
    return Draft(article, headline, lines, names)


def syllables_per_word(sentence: str) -> float:
    """A rough syllable count (vowel groups, silent final e): enough to rank sentences by ease."""
    toks = re.findall(r"[A-Za-z]+", sentence)
    if not toks:
        return 0.0
    total = 0
    for tok in toks:
        w = tok.lower()
        n = len(re.findall(r"[aeiouy]+", w))
        if w.endswith("e") and not w.endswith(("le", "ee")) and n > 1:
            n -= 1
        total += max(1, n)
    return total / len(toks)


# Passes over the optional sentences, strictest first: uncommon words allowed, syllables per word allowed.
# A long article fills its budget in the first pass with the easiest sentences; a short one needs the last.
EASE_PASSES = ((0, 1.55), (0, 1.7), (0, 9.0), (1, 1.7), (1, 9.0), (2, 9.0))


def select_lines(draft: Draft, budget: int) -> list[Line]:
    """The lead paragraphs whole, then later sentences in order while they fit the word budget."""
    if not draft.lines:
        return []
    lead = draft.lead
    chosen = list(lead)
    used = sum(words(ln.text) for ln in chosen)
    picked_now = chosen
    for n_pass in range(1, len(EASE_PASSES) + 1):
        allowed = EASE_PASSES[:n_pass]  # each pass takes what the earlier ones took, and more
        picked = {id(ln) for ln in chosen}
        total = used
        previous: Line | None = None
        in_lead = {id(x) for x in lead}
        for ln in draft.lines:
            after, previous = previous, ln
            if id(ln) in in_lead:
                continue  # a lead sentence left out for its uncommon words may still come in a later pass
            if after is not None and after.group == ln.group and id(after) not in picked \
                    and _opens_with_reference(ln.text):
                continue  # "This was because of ..." without the first half of its sentence
            syllables = syllables_per_word(ln.text)
            if not any(ln.rare <= max_rare and syllables <= max_syllables for max_rare, max_syllables in allowed):
                continue
            if ln.rare > 1 and ln.rare / max(1, words(ln.text)) > MAX_RARE_SHARE:
                continue  # two uncommon words in a short sentence are too many at once
            if total + words(ln.text) > budget:
                break
            picked.add(id(ln))
            total += words(ln.text)
        picked_now = [ln for ln in draft.lines if id(ln) in picked]
        if total >= budget * 0.9:
            break
    return picked_now


def _named(sentence: str, word: str) -> set[str]:
    """Names a glossary sentence uses besides its own word and its capitalised first word."""
    return names_in(sentence.split(" ", 1)[1] if " " in sentence else "") - {word, cap(word)}


def _explain_first_use(lines: list[Line], explained: set[str], source_names: set[str] | None = None) -> list[str]:
    """After the first sentence that uses a must-keep word (Taliban), say what it is, once.

    The explanation waits for the end of all the pieces of one article sentence, and until the next
    sentence does not lean on the one before ("This was after ..."), so no "This" points at a word lesson.
    At most MAX_EXPLAINED a story, so the story stays the news and not a word lesson."""
    out: list[str] = []
    entries = {e.word: e for e in glossary().values()
               if e.explain and (source_names is None or _named(e.explain, e.word) <= source_names)}
    budget = MAX_EXPLAINED
    pending: list[str] = []
    previous_group: int | None = None
    for ln in lines:
        s = ln.text
        if pending and ln.group != previous_group and not _opens_with_reference(s):
            out += pending
            pending = []
        previous_group = ln.group
        out.append(s)
        for word, entry in entries.items():
            if budget > 0 and word not in explained and entry.meaning not in explained \
                    and re.search(rf"\b{re.escape(word)}\b", s):
                explained.update((word, entry.meaning))
                pending.append(entry.explain)
                budget -= 1
    return out + pending


def pick_glossary(stories: list[list[str]], limit: int = MAX_GLOSSARY,
                  source_names: set[str] | None = None) -> list[GlossaryEntry]:
    """The harder glossary words the stories kept: uncommon ones first, then the less frequent common ones.
    A meaning that names something ("the Russian government") is used only when the articles name it too."""
    found: dict[str, tuple[int, int, GlossaryEntry]] = {}
    entries = glossary()
    common = common_words()
    order = 0
    for sentences in stories:
        for s in sentences:
            for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", s):
                tok = m.group(0)
                entry = entries.get(tok.lower())
                if entry is None or entry.word.lower() in found:
                    continue
                if source_names is not None and not names_in(entry.meaning) <= source_names:
                    continue
                if entry.word[:1].isupper() and not tok[:1].isupper():
                    continue
                part_of_name = m.start() > 0 or s[m.end():m.end() + 2].strip()[:1].isupper()
                if tok[:1].isupper() and entry.word[:1].islower() and part_of_name and tok.lower() not in TITLES:
                    continue  # "Transport Minister Peter Lund": part of a name, not the word "transport"
                order += 1
                found[entry.word.lower()] = (0 if tok.lower() not in common else 1, -frequency_rank(tok), entry)
    ranked = sorted(found.values(), key=lambda t: (t[0], t[1]))
    # every uncommon word taught is one more uncommon word heard: teach a few, then harder common words
    rare = [e for r, _, e in ranked if r == 0][:MAX_RARE_GLOSSARY]
    other = [e for r, _, e in ranked if r == 1]
    picked: list[GlossaryEntry] = []
    for entry in rare + other:
        stem = entry.word.lower()[:6]
        if all(p.word.lower()[:6] != stem for p in picked):  # not "election" and "elections"
            picked.append(entry)
    return picked[:limit]


def glossary_segment(entries: list[GlossaryEntry]) -> Segment | None:
    if not entries:
        return None
    sentences = ["Here are some words from the news today."]
    ordinals = ["first", "second", "third", "fourth", "fifth", "sixth"]
    for i, e in enumerate(entries):
        which = "last" if i == len(entries) - 1 and i > 0 else ordinals[i] if i < len(ordinals) else "next"
        sentences += [f'The {which} word is "{e.word}".', f"It means {e.meaning}."]
    return Segment("glossary", "Words in this story", sentences)


def recap_segment(stories: list[list[str]], names: set[str]) -> Segment:
    explanations = {e.explain for e in glossary().values() if e.explain}
    stories = [[s for s in story if s not in explanations] for story in stories]
    """The lead facts again, short: one or two sentences a story, prefixed so none repeats word for word."""
    sentences = ["Now, here are the main points again."]
    for i, story in enumerate(stories):
        per_story = min(5, max(2, len(story) // 4)) if len(stories) == 1 else 1
        points = [s for s in story if 6 <= words(s) <= 12 and _stands_alone(s)]
        plain = [s for s in points if _rare(s) == 0]
        if len(plain) >= per_story:
            points = plain  # the recap repeats what the listener knows best: points with only common words
        lead = next((s for s in story if _stands_alone(s) and words(s) >= 6), None)
        if lead and lead not in points and words(lead) <= 15:
            points.insert(0, lead)  # the story's opening fact comes first, even when a little long
        # the facts listeners need most carry numbers and names; keep story order among them
        with_numbers = [s for s in points if re.search(r"\d", s)]
        rest = [s for s in points if s not in with_numbers]
        keep = set(([lead] if lead in points else []) + (with_numbers + rest))
        keep = set(list(dict.fromkeys(([lead] if lead in points else []) + with_numbers + rest))[:per_story])
        points = [s for s in points if s in keep]
        for j, point in enumerate(points):
            prefix = "We heard that" if i == 0 and j == 0 else "We also heard that"
            sentences.append(f"{prefix} {lower_first(point, names)}")
    return Segment("recap", "Recap", sentences)


def _opens_with_reference(sentence: str) -> bool:
    return sentence.split()[0].lower() in {"they", "he", "she", "it", "this", "that", "these", "those", "but", "so"}


def _stands_alone(sentence: str) -> bool:
    """A recap point must make sense without the sentence before it (no "They ...", "This was ...")."""
    first = sentence.split()[0].lower()
    if re.search(r"\b(this|that)[.!?]?$|\bsaid this\b|\b(its|his|her|their)\b", sentence):
        return False  # points back to something the recap does not repeat
    return first not in {"they", "he", "she", "it", "this", "that", "these", "those", "but", "so", "there"}


def headlines_segment(drafts: list[Draft]) -> Segment:
    if len(drafts) == 1:
        # a title that cannot be said plainly (a quote, say) is left out rather than repeating the story
        return Segment("headlines", "Headlines", ["Here is our top story today."] + drafts[0].headline[:2])
    count = NUMBER_WORDS[len(drafts)] if len(drafts) < len(NUMBER_WORDS) else "several"
    sentences = [f"We have {count} stories today."]
    for i, d in enumerate(drafts):
        head = (d.headline or [d.lines[0].text])[0]
        names = d.names
        prefix = "First" if i == 0 else "Next"
        sentences.append(f"{prefix}, {lower_first(head, names)}" if words(head) <= 19 else head)
    return Segment("headlines", "Headlines", sentences)


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


def build(drafts: list[Draft], budgets: list[int], show: str, date: dt.date, title: str | None,
          wpm: int, glossary_limit: int = MAX_GLOSSARY) -> Script:
    lines = [select_lines(d, b) for d, b in zip(drafts, budgets)]
    explained: set[str] = set()
    source_names = names_in(article_text([d.article for d in drafts]))
    stories = [_explain_first_use(s, explained, source_names) for s in lines]
    names = set().union(*(d.names for d in drafts))
    segments = [intro_segment(show, date), headlines_segment(drafts)]
    segments += [Segment("story", story_title(d), s) for d, s in zip(drafts, stories)]
    words_seg = glossary_segment(pick_glossary(stories, glossary_limit, source_names))
    if words_seg:
        segments.append(words_seg)
    segments += [recap_segment(stories, names), outro_segment(show)]
    episode_title = title or drafts[0].article.title.strip() or "The news in plain English"
    return Script(episode_title, show, date, segments, [d.article for d in drafts], wpm, "plain")


def plan(drafts: list[Draft], show: str, date: dt.date, title: str | None, wpm: int) -> Script:
    """Fit the stories into five minutes: share the word budget, drop later stories if the leads overflow."""
    while len(drafts) > 1:
        leads_only = build(drafts, [0] * len(drafts), show, date, title, wpm)
        if estimated_seconds(leads_only) <= timing.MAX_SECONDS:
            break
        drafts = drafts[:-1]
    words_per_second = wpm / 60.0
    base = build(drafts, [0] * len(drafts), show, date, title, wpm)
    spare = max(0.0, (timing.TARGET_SECONDS - estimated_seconds(base)) * words_per_second)
    weights = [1.5 if i == 0 else 1.0 for i in range(len(drafts))]
    leads = [sum(words(ln.text) for ln in d.lead) for d in drafts]
    budgets = [int(lead + spare * w / sum(weights)) for lead, w in zip(leads, weights)]
    script = build(drafts, budgets, show, date, title, wpm)
    for _ in range(4):  # the glossary and recap follow the stories, so settle the budget in a few rounds
        error = timing.TARGET_SECONDS - estimated_seconds(script)
        if abs(error) < 10:
            break
        budgets = [max(0, int(b + error * words_per_second * w / sum(weights))) for b, w in zip(budgets, weights)]
        script = build(drafts, budgets, show, date, title, wpm)
    limit = MAX_GLOSSARY
    while estimated_seconds(script) > timing.MAX_SECONDS and limit > MIN_GLOSSARY:
        limit -= 1
        script = build(drafts, budgets, show, date, title, wpm, limit)
    return script

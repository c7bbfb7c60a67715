"""The two short summaries of the script: the headlines before the stories and the recap after them.

Both say the story's main points (who, what, where, when, how many) in complete statements. A sentence is
put after "We heard that" or "In our top story today," only when it is a declarative clause with its own
subject, and its first word is lowered only when that word is not a name, so the listener never hears
"We heard that be sure to visit ..." or "we heard that london ...".
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set as AbstractSet
from functools import lru_cache

from ..checks import MIN_COMMON_SHARE
from ..clean_interview import spoken_paragraphs
from ..clauses import AUXILIARIES, LONGEST, IRREGULAR_PAST, PRESENT_VERBS, PRONOUNS, SUBORDINATE_STARTS, words
from ..fact_checks import framed_claims
from ..models import Segment
from ..plain_english import normalise, speaker_pronouns
from ..topic_words import lesson_sentences
from ..vocabulary import common_share, rare_count
from .grade import syllables_per_word
from .point_alone import BARE_VERB_END, stands_alone, they_points_outside
from .point_case import is_name, lower_first_word, name_words, start_only_words
from .point_sense import it_points_outside, not_a_main_point, scoped_by_earlier_piece
from .selection import Draft

MAX_POINTS = 5  # a script short of five minutes
POINTS = 5  # the most a single story's recap says otherwise
MIN_POINTS = 2
SINGLE_STORY_POINTS = 3  # one story's recap says at least this many points when the story has them
LEAD_POINT_WORDS = 18  # with "We heard that" well within the 22-word limit
POINT_WORDS = (5, 12)  # "Police arrested six people Monday." is a whole point
# a point of long words ("Authorities anticipate considerable economic opportunities.") comes after every
# point of shorter ones: the recap is what the learner keeps, and it is said a second time
HARD_POINT_SYLLABLES = 1.9
# the story's first lines hold its main fact: one of them is the first point even with two uncommon words,
# both heard in the story a minute before ("A former charity boss has been jailed for six years."), while
# the story keeps a margin over the common-words line
OPENING_LINES = 3
OPENING_RARE = 2
OPENING_RARE_MARGIN = 0.005
# the opening fact repeated as the recap's first point, as the grade counts it (names and all): an opening thick
# with long names and words ("... asking the Department of Homeland Security ...") was heard in the story
OPENING_SYLLABLES = 1.7
FULL_POINT_WORDS = 15  # a script short of five minutes may repeat longer plain points
# the opening words of a story's first point, and the shorter ones for an opening fact too long for the first
FIRST_POINT, SHORT_FIRST_POINT = "We heard that", "First,"
# words that do not start a statement with its own subject: first a command to the reader: "Be sure to ...", "Eat before ...", "Learn more ..."
IMPERATIVE_STARTS = {
    "be", "do", "don't", "eat", "drink", "visit", "learn", "check", "click", "read", "try", "find", "see",
    "follow", "sign", "join", "watch", "contact", "share", "subscribe", "remember", "note", "let", "let's",
    "please", "make", "get", "take", "keep", "add", "mix", "put", "look", "go", "come", "start", "stop", "buy",
    "order", "call", "enter", "download", "listen", "tell", "ask", "use", "avoid", "choose", "pick", "give",
    "here", "here's", "imagine", "consider", "think", "now", "just", "also", "then", "yes", "no", "well", "oh",
    "never", "always", "wait",  # "Never share a code ...": advice to the reader, not a point of the news
    # a question word or a sentence adverb starts a heading or a sentence that leans on the one before
    "why", "how", "what", "which", "who", "perhaps", "maybe", "instead", "still", "yet", "even", "indeed",
    # a phrase before the subject: "Besides the case for the grant set out above." is no statement
    "besides", "among", "between", "unlike", "beyond", "amid", "across",
}
BASE_VERBS = {v for v in PRESENT_VERBS if not v.endswith("s")}
# the longest subject before the verb: "A former chief executive of a children's hospice charity has ..."
SUBJECT_MOST_WORDS = 10
# a subject made of these words ends where a verb could start: stop looking for the verb here ("and" and "or" join
# the parts of one subject: "Bank staff and police officers have ...")
SUBJECT_STOPS = {"that", "which", "who", "whom", "whose", "where", "when", "while", "because", "if",
                 "whether", "although", "though", "since", "unless", "until"}
# words after which an "-ed" word describes the noun that follows instead of being the verb
NOUN_MARKERS = {"a", "an", "the", "its", "his", "her", "their", "our", "this", "these", "those", "newly"}
NOT_VERBS_ING = {"nothing", "something", "anything", "everything", "morning", "evening", "spring", "king", "thing",
                 "things", "building", "meeting", "during", "including", "according", "ceiling", "wedding", "funding",
                 "housing", "training", "spending", "earnings", "ruling", "hearing", "pricing", "shooting", "bombing"}
APPROXIMATELY = {"about", "around", "nearly", "almost", "over", "under", "roughly", "some"}
LEANING = {"they", "he", "she", "it", "this", "that", "these", "those", "but", "so", "there", "also", "and"}


# a noun, then an "-ed" word and its doer: the "-ed" word describes the noun ("A study published last year by
# researchers at ..."); "The motion passed by 30 votes." and "The store opened last week." are statements
REDUCED_RELATIVE = re.compile(r"^(?:A|An|The) [a-z]+ [a-z]+ed (?:(?:last|this|earlier) [a-z]+ )?by (?!\d)")


# "At least 37 people ...", "More than 400 homes ...": a count, not an opening phrase ("At the meeting, ...")
COUNT_LIMIT = re.compile(r"(?:At least|At most|More than|Fewer than|Less than|Up to|As many as) (?:\d|(?:one|two|three"
                         r"|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds|thousands)\b)")
NAMES_LIST = re.compile(r"^((?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+)(?:, (?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+)+,? and "
                        r"(?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+ (?=[a-z])"
                        # "Actor Jordan Vance and singer Kira Solis are ...", "Mark Bell and Keisha Bell were ...": a pair
                        # of names, the second with the role word the first has as a title
                        r"|^((?:[A-Z][\w'-]+ ){0,3}[A-Z][\w'-]+) and (?:[a-z]+ )?(?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+ (?=[a-z])")


def _is_verb(tok: str) -> bool:
    w = tok.lower().strip(",.;:")
    return (w in AUXILIARIES or w in IRREGULAR_PAST or w in PRESENT_VERBS
            or (w.endswith("ed") and len(w) > 4 and w != "united"))


# "Lee said most not having committed crimes.": what was said has no verb of its own, only an "-ing" form
REPORTED = re.compile(r"\b(?:said|says|told \w+|added|warned|argued) (?:that )?(.+)$")


def _reported_without_verb(sentence: str) -> bool:
    """What was said has an "-ing" form and no finite verb ("people living near the river must leave" has
    "must"; "closing the plant was hard" has "was"; an "-ed" word after "having" or "being" is no finite verb)."""
    m = REPORTED.search(sentence)
    if not m:
        return False
    toks = [t.lower().strip(",.;:") for t in m.group(1).split()]
    # the "-ing" form right after the reported subject ("most not having ..."); later ones ("he finds a way to
    # start scoring") follow a verb the lists may not know
    if not any(t.endswith("ing") and t not in NOT_VERBS_ING for t in toks[1:4]):
        return False
    return not any((t in AUXILIARIES and t not in ("be", "been", "being")) or t in IRREGULAR_PAST
                   or t in PRESENT_VERBS or (t.endswith("ed") and _is_verb(t) and i > 0
                                              and toks[i - 1] not in ("having", "being", "been"))
                   for i, t in enumerate(toks))


def is_statement(sentence: str, names: set[str]) -> bool:
    """A declarative clause with its own subject: subject words, then a verb, before any comma.

    Not a command ("Drink water before you run."), not "Here is ...", not an opening phrase
    ("Right now, having scored ..."), not a piece that leans on an earlier sentence ("They said ...")."""
    if len(sentence.split()) < 3 or '"' in sentence or not sentence.endswith("."):
        return False
    # "Ann Lee, Bo Ray and Cy Hart agreed ...": a list of names is one subject; its commas open no aside
    toks = NAMES_LIST.sub(lambda m: f"{m.group(1) or m.group(2)} ", sentence).split()
    first = toks[0].lower().strip(",")
    if (first in APPROXIMATELY and toks[1][:1].isdigit()) or COUNT_LIMIT.match(sentence):
        first = "some"  # "About 50 readers came ...", "At least 37 people were hurt.": a number of things, the subject
    if first in LEANING or first in SUBORDINATE_STARTS or first in IMPERATIVE_STARTS or toks[0].endswith(","):
        return False
    if first in BASE_VERBS and not is_name(toks[0], names):
        return False
    if first.endswith("ed") and _is_verb(first) and not is_name(toks[0], names):
        return False  # "Danced along to the beat.": a piece whose subject stayed in the sentence before
    if REDUCED_RELATIVE.search(sentence) \
            and not any(_is_verb(t) for t in REDUCED_RELATIVE.split(sentence, 1)[1].split()):
        return False  # "A study published last year by researchers at Norvale University.": no verb of its own
    if BARE_VERB_END.search(sentence):
        return False  # "Staying on the Moon and reaching Mars have not.": the statement is in a line before
    if "\u2026" in sentence or "..." in sentence:
        return False  # "The launch day is Tuesday… sort of.": a thought left hanging
    if first in PRONOUNS or _reported_without_verb(sentence):
        return False
    lower_case = [t for t in toks if t[:1].islower()]
    if len(lower_case) < 0.4 * len(toks):
        return False  # "OPEN RUN Tue - Sat 4PM ...": a listing or a heading, not a sentence
    infinitive: list[int] = []
    for i, tok in enumerate(toks[:SUBJECT_MOST_WORDS + 1]):
        if tok.endswith((",", ";", ":")) or tok.lower() in SUBJECT_STOPS or tok in ("\u2014", "-", "--", "~"):
            break  # "McKinley said, is the flow ...": a cut-off attribution, not a clause
        # "Fraudsters pretending to be bank staff have ...": a verb after "to" (and the verbs with it: "to be sold")
        # may be part of the subject's phrase; a finite verb after it is the sentence's
        if i > 0 and _is_verb(tok) and (toks[i - 1].lower() == "to" or i - 1 in infinitive):
            infinitive.append(i)
            continue
        # "a combined value", "the planned guidelines": a past participle after "a" or "the" describes a noun
        if i > 0 and _is_verb(tok) and not (tok.lower().endswith("ed") and toks[i - 1].lower() in NOUN_MARKERS):
            # "The top speed be ...": a bare "be" after the subject is not a finite verb
            return tok.lower() not in ("be", "been", "being")
    # no finite verb after it: the verb after "to" is the sentence's, as a word the lists do not know as a verb may
    # come before it ("Premier Castellan promises to fight ..."); "Ready to be sold." has none
    return bool(infinitive) and toks[infinitive[0]].lower() not in ("be", "been", "being")


@lru_cache(maxsize=64)
def article_people(text: str) -> dict[str, str]:
    """"he" or "she" for each name the article uses for a person (cached: every build asks again)."""
    return speaker_pronouns(normalise(text))


def word_syllables(sentence: str) -> float:
    """Syllables a word, names left aside: "The Environment Secretary will visit on Tuesday." is plain
    English; the listener hears a name as a name and need not know it as a word."""
    toks = sentence.split()
    kept = toks[:1] + [t for t in toks[1:] if not t[:1].isupper()]
    return syllables_per_word(" ".join(kept))


def _is_point(sentence: str, names: set[str], most_words: int) -> bool:
    return POINT_WORDS[0] <= words(sentence) <= most_words and stands_alone(sentence) \
        and is_statement(sentence, names) and not they_points_outside(sentence, names)


# words after a dash that change what comes before it: such a tail is never cut off
TAIL_MATTERS = re.compile(r"\b(?:not|no|never|unless|if|until|only|except|but|without|although|though)\b", re.IGNORECASE)


def before_dash(sentence: str) -> str:
    """"Each patient is wired to ten machines — from monitors to pumps." -> "Each patient is wired to ten
    machines.": a single dash that adds examples or detail; the part before it is the point. Two dashes
    hold an aside, and a tail with "not", "only", "unless" ... changes the meaning: those stay whole."""
    parts = re.split(r"\s[\u2014\u2013]\s|\s--?\s", sentence)
    if len(parts) != 2 or words(parts[0]) < POINT_WORDS[0] or TAIL_MATTERS.search(parts[1]):
        return sentence
    return parts[0].rstrip(",;: ") + "."


# "its", "his", "her", "their" after the first verb of an article's opening sentence: nothing was said before
# it, so they stand for someone in it ("The Bank of Estria cut its main rate ...")
OWN_POSSESSIVE = re.compile(r"\b(?:its|his|her|their)\b")
QUOTES = "\"'\u201c\u2018"


def opens_the_story(sentence: str, names: set[str], most_words: int = LONGEST,
                    most_syllables: float = OPENING_SYLLABLES) -> bool:
    """The story's first line, the article's opening fact, as a point: a whole statement of its own (its
    possessives can only mean someone in it), said after "First," when "We heard that" makes it too long."""
    first = sentence.split(" ", 1)[0].lower()
    return POINT_WORDS[0] <= words(sentence) <= most_words and first not in ("its", "his", "her", "their") \
        and syllables_per_word(sentence) <= most_syllables \
        and stands_alone(OWN_POSSESSIVE.sub("the", sentence)) and is_statement(sentence, names) \
        and not they_points_outside(sentence, names)


def story_points(story: Sequence[str], names: set[str], count: int, most_words: int = POINT_WORDS[1],
                 at_least: int = MIN_POINTS, plainest_first: bool = False,
                 side_note: Callable[[str], bool] = lambda s: False,
                 said_as: Callable[[str], str] | None = None, opening: str | None = None,
                 opening_words: int = LEAD_POINT_WORDS) -> list[str]:
    """The story's main points, in story order: its opening fact, then plain sentences with numbers and names
    (who, where, when, how many), the plainest first among equals and points of long words last. A point
    with one uncommon word comes in only to reach `at_least`. With `plainest_first` (a script that reads
    above the target grade) the plainest points come first whatever facts they carry. A `side_note`
    (point_sense) is never a point, but its words still count in the story's share of common words. `said_as`
    gives a point as the recap says it (its first word lowered from the article's evidence): a "defenseman"
    said in lower case is an uncommon word the listener hears. The `opening` (the story's first line, when it
    is the article's opening sentence) is the first point whenever it makes one of up to `opening_words`."""
    explanations = lesson_sentences()  # the word lessons said in the story are not news
    # a line too long or too loose to be a point may still give one: the part before its dash
    story = [s if _is_point(s, names, LEAD_POINT_WORDS) else before_dash(s) for s in story if s not in explanations]

    def rare(s: str) -> int:  # counted as said after "We heard that", first word lowered as the recap lowers it
        return rare_count(said_as(s) if said_as else lower_first_word(s, names))

    def facts(s: str) -> int:
        return bool(re.search(r"\d", s)) + bool(set(s.split()[1:]) & names)

    def plainest(s: str) -> tuple[float, ...]:
        # among points as plain and as full of facts, one from the story's first half: a news story says its main
        # facts first (a hard script's recap goes by plain words before that)
        spw, late = word_syllables(s), story.index(s) >= len(story) // 2
        if plainest_first:
            return spw > HARD_POINT_SYLLABLES, round(spw, 1), late
        return spw > HARD_POINT_SYLLABLES, -facts(s), late, round(spw, 1)

    # the opening fact, unless it is thick with uncommon words: then the next one that is not
    opening_rare = OPENING_RARE if common_share(" ".join(story)) >= MIN_COMMON_SHARE + OPENING_RARE_MARGIN else 1
    lead = next((s for i, s in enumerate(story[:6]) if _is_point(s, names, LEAD_POINT_WORDS) and not side_note(s)
                 and rare(s) <= (opening_rare if i < OPENING_LINES else 1)), None)
    # the article's opening fact comes first, in a hard script's recap (`plainest_first`) too: the recap is for the
    # main points, and the opening is the main one; a script that reads well within the grade may repeat an opening
    # of longer words ("Calderbrook University plans to cut about 380 jobs and close its departments of music, ...")
    if opening in story and opens_the_story(opening, names, opening_words,
                                            OPENING_SYLLABLES if plainest_first else HARD_POINT_SYLLABLES) \
            and not side_note(opening) and rare(opening) <= opening_rare:
        lead = opening
    # the recap repeats what the listener knows best: beyond the opening fact, points with only common words
    points = [s for s in story if _is_point(s, names, most_words) and rare(s) == 0 and not side_note(s)]
    ranked = sorted(points, key=plainest)
    if not lead and not ranked:
        # no short plain point: the story still gets its first statement, if it has one that stands alone,
        # even a short one ("Lawan raised the motion.") or one as long as "We heard that" leaves room for
        lead = next((s for s in story if _is_point(s, names, LEAD_POINT_WORDS) and rare(s) <= 3
                     and not side_note(s)), None) or \
            next((s for s in story if 3 <= words(s) <= LONGEST - 3 and stands_alone(s) and is_statement(s, names)
                  and not they_points_outside(s, names)
                  and rare(s) <= 3 and not side_note(s)), None)
    chosen = list(dict.fromkeys(([lead] if lead else []) + ranked))[:count]
    wanted = min(at_least, count)
    if len(chosen) < wanted:
        extra = [s for s in story if s not in chosen and _is_point(s, names, most_words) and rare(s) == 1
                 and not side_note(s)]
        chosen += sorted(extra, key=plainest)[:wanted - len(chosen)]
    return [s for s in story if s in chosen]


def point_key(text: str) -> str:
    """A recap point as the grade pass names it, the same whether taken from the story line or from the recap
    sentence that repeats it ("We also heard that the plan ..." and "The plan also ..."): its words in lower
    case, without the recap's opening words and without the "also" the recap leaves out."""
    text = re.sub(rf"^(?:We (?:also )?heard that|{SHORT_FIRST_POINT}) ", "", text)
    return " ".join(w for w in re.findall(r"[a-z0-9']+", text.lower()) if w != "also")


def without_when(sentence: str) -> str:
    from .point_form import without_when as shorter  # point_form builds on this module
    return shorter(sentence)


def recap_segment(stories: list[list[str]], drafts: list[Draft], full: bool = False,
                  plainest: bool = False, one_more: bool = False,
                  left_out: AbstractSet[str] = frozenset(), longest: int = 0) -> Segment:
    """The main points again, short: a few for one story, one or two a story when there are several.
    `full` asks for the most points a story may have (for a script short of five minutes), `plainest` for
    the plainest points first (for a script that reads above the target grade), `one_more` (with `full`,
    one story) for one point past that, for a script still short of 4:30 when its story has said all it can.
    The points in `left_out` (by point_key) are not repeated: the grade pass passes over a hard point, and the
    next plainest point of its story takes its place. `longest`, when given, is the most words a point may have."""
    sentences = ["Now, here are the main points again."]
    for story, draft in zip(stories, drafts):
        names = story_names(draft)
        if len(stories) == 1:
            count = MAX_POINTS + one_more if full else min(POINTS, max(SINGLE_STORY_POINTS, len(story) // 4))
        else:
            count = 2 if len(stories) <= 3 else 1
        most_words = longest or (FULL_POINT_WORDS if full else POINT_WORDS[1])
        at_least = count if full else min(count, SINGLE_STORY_POINTS if len(stories) == 1 else MIN_POINTS)
        article = f"{draft.article.title}\n\n{draft.article.body}"
        people = article_people(article)
        said_alone = [t for t in story if not scoped_by_earlier_piece(t, draft)
                      and not it_points_outside(t, people, article)
                      and not {point_key(t), point_key(before_dash(t))} & left_out]

        def side_note(t: str, story: list[str] = story, article: str = article,
                      people: dict[str, str] = people) -> bool:
            return not_a_main_point(t, article, people, first_line=bool(story) and t == story[0])

        def said_as(t: str, draft: Draft = draft) -> str:
            return _lowered(t, draft)

        # the opening fact may be said without the day it happened, to fit after "We heard that", or after "First,"
        opening = _opening(story, draft)
        opening_words = LONGEST - 1 + (words(opening) - words(without_when(opening)) if opening else 0)
        j = 0  # the points said of this story so far (a point too long for its opening words is passed over)
        for point in story_points(said_alone, names, count, most_words, at_least, plainest,
                                  side_note, said_as, opening, opening_words):
            # each story's first point opens with "We heard that": with several stories it reads as a list
            prefix = FIRST_POINT if j == 0 else "We also heard that"
            if j == 0 and point == opening and words(prefix) + words(point) > LONGEST:
                if words(prefix) + words(without_when(point)) <= LONGEST:
                    point = without_when(point)  # the opening fact, without the day the story said it with
                else:
                    # the opening fact after a shorter "First,": never the story's line word for word
                    prefix = SHORT_FIRST_POINT
                    point = point if words(prefix) + words(point) <= LONGEST else without_when(point)
            if words(prefix) + words(point) > LONGEST:
                continue
            # "... asked to do too much, too.": a "too" that means "also" leans on a line the recap does not repeat
            point = re.sub(r", too(?=[.!?]$)", "", point)
            if j > 0:
                point = re.sub(r" also (?=\w)", " ", point, count=1)  # not "We also heard that ... also ..."
            else:
                # "We heard that the officials also said ...": "also" leans on a line the recap does not repeat
                point = re.sub(r"^((?:[\w'.,-]+ ){1,5}?)(?<!\bbut )also (?=\w)", r"\1", point, count=1)
            sentences.append(f"{prefix} {_lowered(point, draft)}")
            j += 1
    return Segment("recap", "Recap", sentences)


def _opening(story: list[str], draft: Draft) -> str | None:
    """The story's first line when it comes from the article's first sentence that gave the story a line, and
    that sentence is no quote: a feature that opens with someone's words ("'You will see things no one has
    seen,' says Ann Lee.") comes to its news after them."""
    said = [ln for ln in draft.lines if not ln.odd]
    if not story or not said:
        return None
    first = next((ln for ln in said if ln.text == story[0] and ln.group == said[0].group), None)
    paragraphs = spoken_paragraphs(framed_claims(draft.article.paragraphs), draft.article.title)  # as drafted
    if first is None or (first.paragraph < len(paragraphs) and paragraphs[first.paragraph].lstrip()[:1] in QUOTES):
        return None
    return story[0]


def story_names(draft: Draft) -> set[str]:
    return draft.names | name_words(f"{draft.article.title}\n\n{draft.article.body}")


def article_words(draft: Draft) -> set[str]:
    """Every word of the article as it writes it ("london" or "London", or both)."""
    text = f"{draft.article.title}\n\n{draft.article.body}".replace("\u2019", "'")
    return {re.sub(r"'s?$", "", w) for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text)}


def _lowered(sentence: str, draft: Draft) -> str:
    first_two = " ".join(sentence.split()[:2])
    if first_two[:1].isupper() and (first_two[:1].lower() + first_two[1:]) in draft.article.body.replace("\u2019", "'"):
        return sentence[:1].lower() + sentence[1:]  # "former U.S. ambassador ...": the article's own lower case
    return lower_first_word(sentence, story_names(draft), article_words(draft), start_only_words(draft.article.body),
                            f"{draft.article.title}\n\n{draft.article.body}")


# the headline writer lives in headlines.py (it builds on this module); old imports from here still work
_MOVED = {"headline_line", "headlines_segment", "spoken_title", "UNNAMED_ROLE", "CLAIM_OF_A_PRONOUN",
          "HEADLINE_WORDS", "TITLE_WORDS", "LEAD_LINES", "STORY_NAMES"}


def __getattr__(name: str) -> object:
    if name in _MOVED:
        from . import headlines
        return getattr(headlines, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

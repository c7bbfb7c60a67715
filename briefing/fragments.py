"""Lines that are not sentences: a phrase with no main verb, a heading, a piece of the page. checks.odd_sentences
flags them, and the plain writer never says a flagged line.

Rule-based splitting leaves phrases behind: the second object of a verb ("A 30% chance that the grant does not
lead to any new top charities."), a gerund phrase ("Scaling programs which have the potential to be ..."), a
subheading ("Risks to the success of the grant."). Each has verbs only inside its relative or "that" clause, or
none at all. Without a tagger the test is careful the other way: any word that could be a finite verb counts as
one, so a whole sentence is flagged only when no word of its main clause can be its verb.

The other shapes here: a line with no subject (no_subject), a one-clause "Why ..."/"How ..." heading (wh_heading),
the page's own lines (page_line: an editor's note, a rating, a pointer at what the page shows, a plug, ticker codes,
emoji), and sentences cut after their first half (a verbless piece after a semicolon or after "— but", a "not only
to ..." with no second part, "a" before a plural that ends the sentence). Every rule was run over all the source
sentences of the corpus, the seed and the team articles, where it flags no sentence of the news.
"""
from __future__ import annotations

import re
from functools import cache

from .grammar import PLURAL_SUBJECTS, PRESENT_VERBS
from .sentence_shapes import ED_NOUNS, FINITE_HINTS, NOUN_MARKERS, SUBJECT_PRONOUNS

TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.:%]*%?")
# words that open a clause inside a sentence; what comes before one is the sentence's head
CLAUSE_OPENERS = {"which", "who", "whom", "whose", "that", "when", "where", "while", "because", "if", "although",
                  "though", "whether", "unless", "until", "since", "after", "before"}
# words before a noun: after one, an -s word is a plural noun ("the streets", "in earnings", "two risks")
DETERMINERS = NOUN_MARKERS | {"any", "each", "every", "no", "these", "those", "other", "another", "such", "more",
                              "most", "all", "both", "its", "my", "one"}
# words that open a noun phrase; after one, an -ed word is an adjective ("a combined value", "the needed cash")
ARTICLES = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "any", "each", "every", "no"}
PRONOUNS = SUBJECT_PRONOUNS | {"him", "her", "them", "us", "me", "it"}
# words that carry on a verb group without being its finite verb
GROUP_WORDS = {"not", "never", "also", "just", "still", "already", "now", "then", "only", "even", "really", "always",
               "often", "be", "been", "being", "to", "ever", "yet", "soon", "again", "greatly", "further"}
# a plural noun opening a sentence and followed by one of these is no verb: "Risks to the success ...", "Tasks for"
NOUN_FOLLOWERS = {"of", "to", "for", "from", "with", "in", "on", "at", "by", "and", "or", "about", "against"}
NOT_S_VERBS = ("ss", "us", "is", "'s", "’s", "ics", "ous")
AUXILIARIES = {"is", "are", "was", "were", "am", "be", "been", "being", "has", "have", "had", "will", "would", "can",
               "could", "may", "might", "shall", "should", "must", "did", "does", "do", "cannot"}
FUNCTION_WORDS = NOUN_MARKERS | DETERMINERS | PRONOUNS | CLAUSE_OPENERS | GROUP_WORDS | {"and", "but", "nor", "yet", "so"}
CONTRACTED_VERB = re.compile(r"^(?:here|there|it|that|what|who|he|she|where|how|let)['’]s$|['’](?:re|ve|ll|d|m)$")


@cache
def _verb_like(word: str) -> bool:
    """A base form that is also a verb: its -s and -ed or -ing forms are common words ("sell", "grow")."""
    from .vocabulary import common_words

    if len(word) < 3 or word in FUNCTION_WORDS:
        return False
    common = common_words()
    stem = word[:-1] if word.endswith("e") else word
    return (word + "s" in common or word + "es" in common) and any(
        f in common for f in (word + "ed", word + "d", stem + "ing", word + "ing"))


def _plural_s(t: str) -> bool:
    return t.endswith("s") and len(t) > 3 and not t.endswith(NOT_S_VERBS)


def _in_noun_phrase(lower: list[str], i: int, reach: int) -> bool:
    """The word at i ends a noun phrase: a determiner, a number or a possessive is right before it, or (with a
    reach over 1) up to that many words back with only plain words between ("any new top charities")."""
    for back in range(1, reach + 1):
        j = i - back
        if j < 0:
            return False
        prev = lower[j]
        if prev in ARTICLES or prev.endswith(("'s", "’s")) or (back == 1 and (prev in DETERMINERS or prev[:1].isdigit())
                                                                and not (j >= 1 and lower[j - 1] == "of")):
            return True  # a preposition or a number marks a noun only right before it ("in streets", "30 minutes")
        if not prev.isalpha() or prev in PRONOUNS or prev in FINITE_HINTS or prev in CLAUSE_OPENERS \
                or prev.endswith(("ed", "n't")) or _plural_s(prev):
            return False
    return False


# words between a determiner and its noun: "her first concerts", "the new rules"
NOUN_MODIFIERS = {"first", "last", "next", "second", "third", "final", "new", "own", "only", "other", "main", "latest",
                  "biggest", "early", "old", "recent", "many", "few", "two", "three", "four", "five"}


def could_be_verb(lower: list[str], i: int, reach: int = 1) -> bool:
    """Could the word at i be a finite verb? Generous: when unsure, yes. reach: how far back a determiner makes
    an -s word a noun (1 in a main clause, where "the city plans" has a verb; 3 after a clause's verb)."""
    t = lower[i]
    prev = lower[i - 1] if i else ""
    nxt = lower[i + 1] if i + 1 < len(lower) else ""
    if i == 0 and _plural_s(t) and nxt in NOUN_FOLLOWERS | {"who", "which", "that"}:
        return False  # "Risks to the success of the grant.", "Plans for a new stadium."
    if t in AUXILIARIES or t.endswith("n't") or CONTRACTED_VERB.search(t) \
            or ((t in FINITE_HINTS or t in PRESENT_VERBS) and prev not in ARTICLES and not _marker_before(lower, i)) \
            or (t in PRESENT_VERBS and prev not in DETERMINERS):
        return t != "be" and prev != "to"  # "to be", "to cost": infinitives; "a plan", "the cost": nouns
    if t.endswith("ed") and t not in ED_NOUNS and len(t) > 3:
        # after "being"/"been"/"be" a participle; after an article an adjective ("a combined value")
        return prev not in {"being", "been", "be", "get", "got", "having"} and prev not in ARTICLES
    if _plural_s(t):
        if nxt in AUXILIARIES and prev not in PRONOUNS:
            return False  # "prices will rise": the subject before its verb
        if i >= 2 and lower[i - 2] == "to" and _verb_like(prev):
            return False  # "to sell knives": the object of an infinitive
        if i >= 2 and lower[i - 2] in ARTICLES and prev in NOUN_MODIFIERS and (not nxt or nxt in NOUN_FOLLOWERS):
            return False  # "Her first concerts in South America.": the noun of "her first ...", before its "in"
        # far from its determiner, an -s word with an object after it is a verb ("the film's last scene conveys
        # the ache"); one before a preposition or the end is a noun ("any new top charities by that time")
        object_next = nxt in ARTICLES or nxt in PRONOUNS or nxt[:1].isdigit()
        if object_next or _verb_like(_base_of(t)):
            reach = 1  # "the cup returns home": a word with verb forms is a verb unless right after "the"
        if _in_noun_phrase(lower, i, reach) or prev == "to":
            return False
        return True
    if prev in {"that", "this"} and i >= 2 and lower[i - 2] in NOUN_MARKERS:
        return False  # "by that time": "that" is a determiner here
    if prev == "this" and not t.endswith("s"):
        return False  # "this time": a singular "this" takes "-s" or a past form, never a base form
    if t.isalpha() and (prev in SUBJECT_PRONOUNS or prev in PLURAL_SUBJECTS or prev in {"who", "which", "that"}
                        or _plural_s(prev)):
        return _verb_like(t)  # "they grow rice", "farmers who sell it", "programs work"
    # in a main clause any verb's base form after a noun may be a plural's present verb ("The Wild still rank"); after
    # a clause's verb, one with an object after it ("who grow rice sell it")
    object_next = nxt in ARTICLES or nxt in PRONOUNS or nxt[:1].isdigit()
    return (reach == 1 or object_next) and t.isalpha() and prev not in DETERMINERS and prev not in PRONOUNS \
        and _verb_like(t)


def _marker_before(lower: list[str], i: int) -> bool:
    """A number or a preposition right before the word ("two cuts", "in cost"), not a pronoun's "of four" ("a family of four pays")."""
    prev = lower[i - 1] if i else ""
    return (prev[:1].isdigit() or prev in NOUN_MARKERS - ARTICLES) and not (i >= 2 and lower[i - 2] == "of")


def _base_of(word: str) -> str:
    """'returns' -> 'return', 'teaches' -> 'teach', 'carries' -> 'carry'."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1]


def verbs_apart(lower: list[str]) -> int:
    """How many words could be finite verbs, a verb chain ("does not lead", "has been found", "will rise") counted
    once. Generous: a subject noun that might be a verb counts too, so a second verb is seldom missed."""
    count = 0
    for i, t in enumerate(lower):
        chained = i > 0 and (lower[i - 1] in AUXILIARIES or lower[i - 1] in GROUP_WORDS)
        if could_be_verb(lower, i, reach=1 if not count else 3) and not (chained and count):
            count += 1
    return count


def no_main_verb(text: str) -> bool:
    """'A 30% chance that the grant does not lead to any new top charities.', 'Scaling programs which have the
    potential to be highly impactful.', 'Risks to the success of the grant.': a noun or gerund phrase whose only
    verb, if any, is the one of its own relative or "that" clause.

    The head (the words before the first clause opener) must open like a noun phrase (a determiner, a number, an
    -ing word) and have no word that could be a verb; the clause after it may hold one verb group, no more."""
    if "?" in text or re.match(r"[A-Z]\s*:", text):
        return False  # a question; an interview's "A:" label
    # "So no need to ...", "And a plan to ...": a joining word before the phrase changes nothing
    spans = [m for m in TOKEN_RE.finditer(text)]
    if spans and spans[0].group(0) in {"So", "And", "But", "Or"}:
        spans = spans[1:]
    tokens = [m.group(0) for m in spans]
    lower = [t.lower() for t in tokens]
    if len(lower) < 4 or lower[0] in SUBJECT_PRONOUNS or lower[0] in CLAUSE_OPENERS:
        return False
    cut = next((i for i, t in enumerate(lower) if t in CLAUSE_OPENERS and i > 0), len(lower))
    head, tail = lower[:cut], lower[cut + 1:]
    opens_noun_phrase = head[0] in ARTICLES or head[0] in {"a", "an"} or head[0][:1].isdigit() \
        or re.fullmatch(r"[a-z]{3,}ing", head[0]) is not None \
        or (_plural_s(head[0]) and len(lower) > 1 and lower[1] in NOUN_FOLLOWERS | {"who", "which", "that"})
    if not opens_noun_phrase:
        return False
    # an -s word just before "which"/"who" that opens the clause's verb is the clause's noun ("programs which have")
    head_verbs = [i for i in range(len(head)) if could_be_verb(lower, i)
                  and not (i == cut - 1 and tail and lower[cut] in {"which", "who"} and could_be_verb(lower, cut + 1))]
    if head_verbs:
        return False
    if cut == len(lower):
        return True  # no verb anywhere: "Risks to the success of the grant."
    # the clause after the opener: one verb group is its own; a second would be the sentence's main verb
    # (a comma after the clause may lead to the main clause: "The man who won, they say, left.")
    return verbs_apart(tail) <= 1 and "," not in text[spans[cut].end():]


# what the page, not the news, says: an editor's note, a rating, a pointer at what the page shows next, a plug
PAGE_LINE_RE = re.compile(
    r"\b(?:(?:has|have) been|(?:may|might|will|can|could) be|are|is) (?:lightly )?(?:edited|condensed|shortened)\b[^.]*"
    r"\b(?:length|clarity|brevity|space|style)\b"  # "Letters may be edited for length." under an advice column
    r"|\b(?:edited and condensed|condensed and edited)\b"
    r"|^(?:One|Two|Three|Four|Five|Half|\d)[\w .-]* stars? out of (?:five|ten|\d+)[.!]$"
    r"|^(?:(?:In general|So|Below), [Hh]|H)ere(?:'s| is| are) (?:what|how|a (?:plain |quick |short |full )?(?:guide|look"
    r"|list|breakdown|timeline|map|chart|summary)|the (?:most recent |latest |full |key )?(?:data|chart|map|list|steps"
    r"|details|figures|numbers|timeline|video|breakdown|highlights))\b"
    r"|^(?:Follow (?:us|our|along|this (?:work|story|page|blog|thread))|Subscribe|Sign up|Stay tuned|Click|Check out"
    r"|Like us|Tune in|Don't miss|Do not miss|Join us|Share this|Download (?:our|the) app)\b"
    # a review's closing plug: "Wild Rose is now available on DVD and VOD.", "... is in cinemas now."
    r"|\b(?:is|are) (?:now )?(?:available (?:now )?(?:on (?:DVD|Blu-ray|VOD|digital|demand)|to stream)"
    r"|(?:out |showing )?in (?:cinemas|theaters|theatres) (?:now|nationwide)[.!]$)"
)
# a wire service's instrument codes read out: "Average.DJI", "CLc1", "US10YT=RR", "EUR=", "500.SPX"
TICKER_RE = re.compile(r"(?<=[a-z0-9])\.[A-Z][A-Z0-9]{2,}\b|\b[A-Z]{2,}[a-z]\d\b|\b[A-Z0-9]{2,}=(?:RR)?(?=[\s.,;]|$)")
# "@NGRSenate": a social media handle, which a speech engine reads out letter by letter ("hello@x.org" is an email)
HANDLE_RE = re.compile(r"(?<![\w.])@\w{2,}")
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\U0001F000-\U0001F2FF]")
WH_HEADING_RE = re.compile(r"^(?:Why|How|What|Where|When|Who) ([^,;:]*)[.!]$")


# "Thermal curtains for the living room, £65 a pair.": a shop list's item and its price, with no verb of its own
PRICED_ITEM_RE = re.compile(r"^(?P<item>[^,]{3,}), (?:about |around |from )?[£$€]\d[\d,.]*(?:m|bn|k)?"
                            r"(?: (?:a|an|per|each|for) ?[a-z]*| each)?[.!]$")
PRICE_VERB_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|costs?|sells?|sold|priced|pays?|paid"
                           r"|charges?|charged|buys?|bought|rose|fell|raised|spent|spends?|got|gets?)\b", re.IGNORECASE)


def priced_item(text: str) -> bool:
    """A list item of a thing and its price said as if it were a sentence; "Tickets cost £5, £2 each." has a verb."""
    m = PRICED_ITEM_RE.match(text)
    return m is not None and not PRICE_VERB_RE.search(m.group("item"))


def page_line(text: str) -> str:
    """Why the line is the page's, not the news ("" when it is news): an editor's note ("The interview has been
    edited for length and clarity."), a rating ("Three and a half stars out of five."), a pointer ("Here's what the
    early reviews say."), a plug ("Follow us ..."), ticker codes, an emoji, a handle ("@NGRSenate")."""
    if PAGE_LINE_RE.search(text):
        return "the page, not the news"
    if TICKER_RE.search(text):
        return "a ticker code read out"
    if EMOJI_RE.search(text):
        return "an emoji read out"
    if HANDLE_RE.search(text):
        return "a social media handle read out"
    if priced_item(text):
        return "a priced list item, not a sentence"
    return ""


def wh_heading(text: str) -> bool:
    """'Why Delhi's air pollution gets so bad this time of year.', 'How to tell the difference.': a subheading made
    of one wh- clause and a stop; "What happened next was a shock." has a second verb, and stays."""
    m = WH_HEADING_RE.match(text)
    if not m:
        return False
    rest = [t.lower() for t in TOKEN_RE.findall(m.group(1))]
    return bool(rest) and verbs_apart(rest) <= 1


STRONG_VERB_RE = re.compile(r"^(?:is|are|was|were|am|has|have|had|will|would|can|could|may|might|shall|should|must"
                            r"|did|does|do|cannot)$|n't$")
SUBJECTLESS_RE = re.compile(r"^(?:([A-Z][a-z]+ly) )?([A-Z]?[a-z]{2,}ed)\b([^,;:]*)[.!]$")


def no_subject(text: str) -> bool:
    """'Danced along to the happy beat.', 'Highly recommended as a way to improve your desk.': a past form or a
    participle opens the line and nothing after it is a verb, so no one does it. A comma leaves it alone: "Based in
    Leeds, the firm makes ..." has its subject after the comma."""
    from .vocabulary import common_words

    m = SUBJECTLESS_RE.match(text)
    if not m or (m.group(1) and m.group(1).lower() not in common_words()):
        return False  # "Reilly dived ...": a name, not an adverb
    verb = m.group(2).lower()
    forms = {verb, verb[:-2] + "ing", verb[:-1] + "ing", verb[:-2] + "s", verb[:-1] + "s"}  # "danced": "dancing"
    if verb in ED_NOUNS or not forms & common_words():
        return False  # "Ahmed ...": a name, not a past form
    rest = [t.lower() for t in TOKEN_RE.findall(m.group(3))]
    strong = [i for i, t in enumerate(rest) if STRONG_VERB_RE.search(t) or CONTRACTED_VERB.search(t)
              or (t in FINITE_HINTS and (i == 0 or rest[i - 1] not in ARTICLES | {"to"}) and not _in_noun_phrase(rest, i, 3))
              or (t.endswith("ed") and len(t) > 3 and t not in ED_NOUNS
                  and (i == 0 or rest[i - 1] not in ARTICLES | {"being", "been", "be", "having"}))
              or (_plural_s(t) and not _in_noun_phrase(rest, i, 3) and (i == 0 or rest[i - 1] != "to"))
              or (i > 0 and _plural_s(rest[i - 1]) and _verb_like(t))]  # "firms employ"
    return len(rest) >= 2 and not strong


def verbless_after_semicolon(text: str) -> bool:
    """'They voted for control of the Legislature; in Mississippi, Kentucky and Louisiana.', 'The display shows the
    speed; a 15-inch touch screen.': after the semicolon a piece with no verb, a list's item or a place cut from the
    clause it belonged to. "Noel is charged with five counts; Ray, 41, is charged with three." has its verb."""
    if text.count(";") != 1 or "?" in text:
        return False
    piece = [t.lower() for t in TOKEN_RE.findall(text.split(";", 1)[1])]
    return len(piece) >= 2 and not any(could_be_verb(piece, i) for i in range(len(piece)))


DASH_TAIL_RE = re.compile(r"\s[—–-]{1,2}\sbut\s((?:with|in|on|at|for|from|by|without|after|before|under|over)\s[^—–]*)[.!]$")


def cut_after_dash(text: str) -> bool:
    """'Stadia is leading the charge — but with this launch.': a dash, "but", a phrase opened by a preposition and no
    verb; the clause that should follow was cut off. "He won — but with a bad knee he retired." has its verb, and
    "— and their vote." adds a noun to the clause before it, which is whole."""
    m = DASH_TAIL_RE.search(text)
    if not m:
        return False
    piece = [t.lower() for t in TOKEN_RE.findall(m.group(1))]
    return bool(piece) and not any(could_be_verb(piece, i) for i in range(len(piece)))


def not_only_alone(text: str) -> bool:
    """'SNC is in a great position not only to bid on small loads.': "not only" promises a second part ("but also
    ...", "... too"); without one the sentence was cut after its first half."""
    m = re.search(r"\bnot only to \w+", text, re.IGNORECASE)  # "It is not only about money." stands as it is
    return m is not None and not re.search(r"\b(?:but|also|too|as well|even)\b|[;,]\s", text[m.end():], re.IGNORECASE)


# words between "a" and a plural that make the plural right: "a few days", "a further three weeks", "a lot of"
COUNTING_WORDS = NOUN_MARKERS | {"few", "lot", "lots", "couple", "dozen", "handful", "number", "total", "further",
                                 "record", "mere", "whopping", "good", "great", "hundred", "thousand", "million"}
SINGULAR_S_WORDS = {"news", "series", "species", "means", "headquarters", "works", "sales", "savings", "thanks", "odds",
                    "lens", "mars", "chaos", "atlas", "canvas", "alias", "bias", "pancreas", "measles", "diabetes",
                    "herpes", "rabies", "mumps", "politics", "physics", "economics", "athletics", "gas"}
# -ing words that are nouns before another noun ("a new housing units" is still a word lost)
ING_NOUNS = {"housing", "building", "training", "funding", "parking", "spending", "morning", "evening", "meeting",
             "clothing", "shipping", "marketing", "banking", "heating", "nursing", "opening", "setting", "lighting",
             "ceiling", "wedding", "shopping", "fishing", "mining", "planning", "printing", "recycling", "swimming",
             "teaching", "testing", "trading", "learning", "advertising", "engineering", "landing", "listing",
             "offering", "rating", "ruling", "saving", "screening", "warning", "writing", "boarding", "sporting"}
A_PLURAL_AT_END_RE = re.compile(r"\b(?:a|an) ((?:[a-z][\w-]* ){1,3})([a-z]+s)[.!]$")


def article_before_plural(text: str) -> bool:
    """'NASA is developing a new task order companies.': "a" before a phrase that ends the sentence on a plural;
    a word was lost between them ("a new task order that companies ..."). A plural first in a compound ("a sports
    car") is not at the end, and "a few days", "a further three weeks" count."""
    m = A_PLURAL_AT_END_RE.search(text)
    if not m or not _plural_s(m.group(2)) or m.group(2) in SINGULAR_S_WORDS or _verb_like(_base_of(m.group(2))):
        return False  # "a company that someone owns", "said a storm comes": a verb's -s, not a plural
    between = m.group(1).split()
    if any(w in ("as", "when", "while", "because", "if", "after", "before", "since", "until", "and", "or", "but")
           for w in between):
        return False  # "feeds 1,200 families a week as demand doubles": a clause of its own after "a week"
    if any(w.endswith("ing") and len(w) > 5 and w not in ING_NOUNS for w in between[1:]):
        return False  # "a lorry carrying paper goods": a noun, then its participle with an object of its own
    return not any(w in COUNTING_WORDS or w in FUNCTION_WORDS or w[:1].isdigit() or w.endswith(("'s", "’s"))
                   for w in between)

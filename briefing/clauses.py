"""Clause rules without a parser: where a long news sentence can be cut into short ones, and how each
part gets a subject of its own ("They increased their campaign.", "This was after ...").

The rules look only at punctuation, a few function words and word endings, so they are cautious: a cut is
made only where both sides look like a clause, and a sentence that cannot be cut safely is shortened by
dropping a trailing phrase, or left out.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .sentences import cuts_a_pair, leaves_a_clause_open, speaker_again
from .vocabulary import common_words

LONGEST = 22  # hard limit (issue 3)
AIM = 10  # sentences longer than this are split when a safe split point exists
SHORTEST_PART = 4
REPORTED_WHOLE = 14  # a reported claim up to this long keeps its speaker once, in one sentence

PRONOUNS = {"i", "you", "he", "she", "it", "we", "they"}
DETERMINERS = {"The", "A", "An", "This", "These", "Those", "Some", "Many", "Most", "Both", "All"}
SUBJECT_STARTERS = PRONOUNS | {
    "the", "this", "that", "these", "those", "there", "a", "an", "his", "her", "its", "their", "our", "my",
    "some", "many", "most", "more", "several", "both", "all", "no", "one", "two", "three", "four", "five",
    "each", "every", "police", "people", "officials", "experts",
}
AUXILIARIES = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
    "should", "must", "did", "does", "do", "says", "said", "am", "be", "been", "being",
}
IRREGULAR_PAST = {
    "said", "told", "took", "made", "went", "came", "gave", "got", "left", "met", "ran", "saw", "won", "lost",
    "fled", "began", "became", "kept", "held", "led", "sent", "spent", "built", "paid", "put", "set", "cut",
    "hit", "felt", "found", "brought", "bought", "thought", "fell", "rose", "grew", "knew", "stood", "sat",
    "wrote", "spoke", "chose", "drove", "flew", "broke", "struck", "fought", "sold", "taught", "caught",
    "shot", "wore", "ate", "drew", "threw", "hid", "beat", "bore", "forgot", "froze", "stole", "swore", "woke",
}
PLURAL_VERBS = {"are", "were", "have"}
SINGULAR_VERBS = {"is", "was", "has", "says"}

def words(sentence: str) -> int:
    return len(sentence.split())


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def lower_first(s: str, names: AbstractSet[str]) -> str:
    """Lower-case the first word unless it is a name used in the article ("Taliban", "Mr")."""
    first, _, rest = s.partition(" ")
    bare = re.sub(r"'s?$", "", first.strip('",.'))  # "Cox's hope" is Cox's
    if re.search(r"[A-Z.]", bare[1:]):
        return s  # "U.S.", "iPhone", "NASA", "McKinley": the case is part of the word
    if rest[:1].isupper() and bare not in DETERMINERS and not first.endswith(","):
        return s  # "Big Machine Records"
    # with the article's names known, any other word is an ordinary one ("Miscarriage is ..." mid-sentence)
    if bare and bare not in names and (bare.lower() in common_words() or names) and bare != "I":
        return s[:1].lower() + s[1:]
    return s


def finish(s: str) -> str:
    s = re.sub(r"\s+([,.;:!?])", r"\1", s.strip(" ,;:\u2014"))
    s = re.sub(r",\s*,", ",", s)
    if s and s[-1] not in ".!?":
        s = s.rstrip('"') + "." if s.count('"') % 2 == 0 else s + "."
    s = re.sub(r"\.{2,}$", ".", s)  # "after 7 a.m." + "." -> one full stop
    return cap(s)


PRESENT_VERBS = {
    "gain", "gains", "take", "takes", "make", "makes", "say", "says", "want", "wants", "need", "needs", "face",
    "faces", "continue", "continues", "remain", "remains", "become", "becomes", "seem", "seems", "hold",
    "holds", "keep", "keeps", "show", "shows", "grow", "grows", "rise", "rises", "fall", "falls", "lose",
    "loses", "win", "wins", "try", "tries", "use", "uses", "get", "gets", "give", "gives", "go", "goes", "come",
    "comes", "see", "sees", "know", "knows", "think", "thinks", "believe", "believes", "expect", "expects",
    "call", "calls", "claim", "claims", "control", "controls", "move", "moves", "cross", "crosses", "fight",
    "fights", "help", "helps", "lead", "leads", "live", "lives", "work", "works", "pay", "pays", "allow",
    "allows", "hope", "hopes", "warn", "warns", "agree", "agrees", "accept", "accepts", "tell", "tells",
    "include", "includes", "offer", "offers", "plan", "plans", "began", "begin", "begins", "shares",
    "fear", "fears", "worry", "worries", "argue", "argues", "insist", "insists", "deny", "denies", "represent",
    "represents", "own", "owns", "run", "runs", "serve", "serves", "employ", "employs", "cost", "costs",
}
SUBORDINATE_STARTS = {
    "on", "in", "at", "after", "before", "if", "when", "while", "although", "though", "because", "as", "since",
    "whether", "despite", "with", "without", "for", "from", "by", "to", "during", "unless", "until", "of",
    "which", "who", "where", "whose", "that", "and", "but", "or", "than", "like", "into", "about", "following",
}
SKIPPABLE = {"also", "then", "later", "still", "now", "already", "soon", "even", "not", "never", "quickly"}


def _is_verbish(word: str) -> bool:
    w = word.lower().strip(",")
    if w in ("based", "used", "called", "named", "known"):
        return False  # mostly past participles inside a noun phrase ("based on", "a man called ...")
    return (w in AUXILIARIES or w in IRREGULAR_PAST or w in PRESENT_VERBS
            or (w.endswith("ed") and len(w) > 4 and w != "united"))


def _first_real(part: str) -> str:
    """The first word that is not an adverb ("greatly increased" -> "increased")."""
    for tok in part.split():
        if not (tok.lower().endswith("ly") or tok.lower() in SKIPPABLE):
            return tok
    return ""


def _has_verb(part: str, within: int = 6) -> bool:
    return any(_is_verbish(t) for t in part.split()[1:within + 1])


def _starts_clause(part: str) -> bool:
    """Does this text start with its own subject and verb ("they took", "the army said", "Russia has")?"""
    toks = part.split()
    if len(toks) < 2:
        return False
    first = toks[0].strip('"')
    if first.lower() in PRONOUNS:
        return True
    if first.lower() in SUBORDINATE_STARTS:
        return False
    if first.lower() in SUBJECT_STARTERS or first[:1].isupper() or first[:1].isdigit():
        return _subject_then_verb(toks)
    return False


NOUN_PHRASE_STOPS = {"and", "or", "in", "on", "at", "with", "for", "to", "by", "from", "as", "that", "which", "who",
                     "whom", "whose", "where", "when", "while", "because", "if", "but"}


def _subject_then_verb(toks: list[str]) -> bool:
    """A short subject ("Taliban fighters", "More than 1,000 Afghan soldiers", "the army") then its verb.

    "Border Protection processing and detention facility" is a noun phrase, not a clause: it meets
    "and" before any verb; "this year, although ..." meets a comma."""
    for i, tok in enumerate(toks[:8]):
        if i > 0 and _is_verbish(tok):
            return True
        if tok.endswith((",", ";", ":")) or tok.lower() in NOUN_PHRASE_STOPS:
            return False
    return False


def _is_clause(part: str) -> bool:
    """A left-hand part that can stand as a sentence: does not open with "On the question of ...", and
    has a verb of its own before any "who"/"which" ("A spokesperson who did not wish to be named" has none)."""
    first = _first_real(part).lower()
    if first in SUBORDINATE_STARTS or not _has_verb(part, 12):
        return False
    toks = part.split()
    for i, tok in enumerate(toks):
        if tok.lower() in ("who", "which"):
            return any(_is_verbish(t) for t in toks[1:i])
    return True


def subject_of(clause: str) -> str | None:
    """A short subject to repeat for a split-off verb phrase: a pronoun, "They", or a name."""
    toks = clause.split()
    for i, tok in enumerate(toks[1:], start=1):
        w = tok.lower().strip(",")
        if w in AUXILIARIES or w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4 and w != "united"):
            subj = toks[:i]
            if not subj or len(subj) > 6 or any(t.endswith(",") for t in subj):
                return None
            if len(subj) == 1 and subj[0].lower() in PRONOUNS:
                return cap(subj[0])
            if w in PLURAL_VERBS or (w not in SINGULAR_VERBS and subj[-1].lower().endswith("s")
                                    and not subj[-1].lower().endswith("ss") and not subj[-1][:1].isupper()):
                return "They"
            if all(t[:1].isupper() for t in subj) and len(subj) <= 3:
                return " ".join(subj)
            if len(subj) >= 3 and subj[-1][:1].isupper() and subj[-2][:1].isupper() and subj[0] not in DETERMINERS:
                return speaker_again(" ".join(subj))  # "Foreign Minister Ann Lee defended it, saying" -> "Lee said"
            if len(subj) <= 3 and re.search(r"(er|or|ist|ian|man|person)$", subj[-1].lower()):
                return cap(" ".join(subj))  # "The writer has ..., and is ..." -> "The writer is ...", not "It is"
            return "It" if w in SINGULAR_VERBS or len(subj) > 3 else cap(" ".join(subj))
    return None


# Split points in order of preference, and how the right-hand part starts its own sentence.
# "clause" needs the right part to have its own subject; "phrase" takes any phrase.
_SPLITS: list[tuple[str, str, str]] = [
    ("; ", "{}", "clause"),
    (" \u2014 ", "{}", "clause"),
    (", but ", "But {}", "clause"),
    (", and ", "{}", "clause"),
    (", while ", "{}", "clause"),
    (", as ", "{}", "clause"),
    (", so ", "So {}", "clause"),
    (", where ", "There, {}", "clause"),
    (", because ", "This is because {}", "clause"),
    (" because ", "This is because {}", "clause"),
    (" because of ", "This was because of {}", "phrase"),
    (", although ", "But {}", "clause"),
    (" but ", "But {}", "clause"),
    (" and ", "{}", "clause"),
    (" as ", "{}", "clause"),
    (" while ", "{}", "clause"),
    (" as a ", "This was a {}", "phrase"),
    (" as an ", "This was an {}", "phrase"),
    (" during ", "This was during {}", "phrase"),
    (" after ", "This was after {}", "phrase"),
    (" before ", "This was before {}", "phrase"),
    (" when ", "This was when {}", "clause"),
    (", ", "{}", "clause"),
]


OFFSET_TIME = re.compile(r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+) "
                         r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)|shortly|soon|just|right"
                         r"|moments?)$")


def _split_once(s: str) -> list[str] | None:
    body = s.rstrip(".!?")
    n = words(body)
    best: tuple[float, list[str]] | None = None
    for rank, (marker, template, needs) in enumerate(_SPLITS):
        for m in re.finditer(re.escape(marker), body):
            left, right = body[:m.start()], body[m.end():]
            if left.count('"') % 2 or not _is_clause(left):
                continue
            tail = left.lower().split()[-2:]
            if marker.strip() == "as" and ("as" in tail or tail[-1] in {"such", "same"}):
                continue  # "as soon as", "as many as", "such as"
            if marker in (" after ", " before ") and OFFSET_TIME.search(left) \
                    and not re.search(r"\b(?:for|in|within|over)\b(?: \S+){0,4}$", left):
                continue  # "came a month after the show": the time belongs to the "after" part ("for a month" not)
            if words(left) < SHORTEST_PART or words(right) < SHORTEST_PART - (needs == "phrase"):
                continue
            if marker == ", " and re.match(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*,", right):
                continue  # "the service, Stadia, launched": a name in apposition, not a new clause
            if re.match(r"(?:a|an|the) [\w'-]+ (?:they|he|she|we|I|you|it)\b", right, re.IGNORECASE):
                continue  # "..., a simulation they call TNG50": a noun with its own little clause
            if re.match(r"(?:\w+ of )?(?:which|whom|whose)\b", right, re.IGNORECASE):
                continue  # "all of which were new"
            if not whole(left) or cuts_a_pair(left, body[m.start():]) or leaves_a_clause_open(left, _is_verbish):
                continue  # "works for both Ann | and Ben": the pair stays whole
            if marker in (" as a ", " as an ") and (_is_verbish(tail[-1]) or tail[-1].endswith("s")
                                                     or re.search(r"\b(?:which|who|that)\b", left)):
                continue  # "which Apple views | as a right", "sees it | as a": the "as" completes the verb
            if needs == "phrase":
                if right.split()[0].lower() in ("and", "or", "but", "then", "the", "a", "an") and "{}" == template:
                    continue
                if right.split()[0].lower() in ("and", "or", "but", "then"):
                    continue  # "before and given out ...": the phrase is not a phrase
                new_right = template.format(right)
            elif _starts_clause(right):
                new_right = template.format(lower_first_word(right) if template != "{}" else right)
            elif marker in (", and ", " and ", ", but ", " but ", ", while ") and _is_verbish(_first_real(right)):
                subject = subject_of(left)
                if subject is None or re.search(r"\b(said|says|told|tells|thinks|believes)\b", left):
                    continue  # "Early says games could be built and launched": whose verb is "launched"?
                if "but" in marker:
                    new_right = f"But {lower_first_word(subject)} {right}"
                else:
                    new_right = f"{subject} {right}"
            else:
                continue
            balance = abs(words(left) - words(right)) / n
            score = rank * 0.08 + balance
            if best is not None and score >= best[0]:
                continue
            if not (stands_alone(finish(left)) and stands_alone(finish(new_right))):
                continue  # a better-looking cut that leaves a fragment loses to a worse one that does not
            best = (score, [finish(left), finish(new_right)])
    return best[1] if best else None


def _asked(s: str) -> list[str] | None:
    """'Asked about X, Peskov said Y.' / 'On the question of whether X, Peskov said Y.' ->
    'Peskov was asked about X.' + 'Peskov said Y.' (the question is news too)."""
    m = re.fullmatch(r"(?:Asked|When asked|On the question of) (whether|if|about|why|how|what|when) ([^,]{6,}), "
                     r"((?:[A-Z][\w'-]*|he|she|they)(?: [A-Z][\w'-]*){0,2}) (said|says|replied|answered) (.+)",
                     s.rstrip("."))
    if not m:
        return None
    speaker = cap(m.group(3))
    be = "were" if speaker in ("They", "We") else "was"
    again = speaker if speaker[0].isupper() and speaker not in ("He", "She", "They") else cap(m.group(3))
    return [finish(f"{speaker} {be} asked {m.group(1)} {m.group(2)}"), finish(f"{again} {m.group(4)} {m.group(5)}")]


def _drop_opening_phrase(s: str) -> str:
    """'On the question of X, Peskov said Y.' -> 'Peskov said Y.' when the sentence is too long to keep."""
    m = re.match(r"([^,]{3,}), (.+)", s)
    first = m.group(1).split()[0].lower() if m else ""
    # "Taking on a sleeker look, the new car gets ...": the main clause says the news
    if m and (first in SUBORDINATE_STARTS or first.endswith("ing")) and _starts_clause(m.group(2)):
        return cap(m.group(2))
    return s


def lower_first_word(s: str) -> str:
    first = s.split(" ", 1)[0]
    if first.lower() in PRONOUNS - {"i"} or first.lower() in SUBJECT_STARTERS:
        return s[:1].lower() + s[1:]
    return s


def _pronoun_for(noun_phrase: str, verb: str, relative: str) -> str:
    """Who a split-off relative clause is about: a name, "It" or "They"."""
    words_ = noun_phrase.split()
    if words_ and all(w[:1].isupper() for w in words_) and len(words_) <= 3:
        return noun_phrase
    plural = verb.lower() in PLURAL_VERBS or (not verb.lower().endswith("s") and verb.lower() not in SINGULAR_VERBS
                                              and not verb.lower().endswith("ed") and verb.lower() not in IRREGULAR_PAST)
    if plural:
        return "They"
    return "It" if relative == "which" else cap(noun_phrase) if len(words_) <= 4 else "They"


def _relative_clauses(s: str, names: set[str]) -> list[str]:
    """'Farmers, who lost crops, fear X.' -> 'Farmers fear X. They lost crops.'; 'A, which R.' -> 'A. It R.'"""
    body = s.rstrip(".")
    # a clause in the middle: "<subject>, who|which <R>, <verb ...>"
    m = re.fullmatch(r"((?:[\w'-]+ ){0,5}?[\w'-]+), (who|which) ((?:[^,]|,(?=\d)){4,}), (.+)", body)
    if m and _is_verbish(_first_real(m.group(3))) and _is_verbish(_first_real(m.group(4))) \
            and not any(_is_verbish(t) for t in m.group(1).split()):  # "The agency said the man, who ...": not the subject
        subject = m.group(1)
        noun = re.sub(r"^(?:The|the|A|a|An|an) ", "", subject)
        if m.group(2) == "who" and noun != subject and words(subject) <= 4 and not noun[:1].isupper():
            pronoun = "The " + noun  # "The person, who was not named, ..." -> "The person was not named."
        else:
            pronoun = _pronoun_for(noun if m.group(2) == "who" else subject, _first_real(m.group(3)), m.group(2))
        if pronoun == cap(subject) or pronoun == subject:
            pronoun = cap(subject)
        return [finish(f"{subject} {m.group(4)}"), finish(f"{pronoun} {m.group(3)}")]
    # trailing: "..., who <R>." after a name
    m = re.fullmatch(r"(.*\b((?:[A-Z][\w'-]+ ?){1,3})), who (.+)", body)
    if m and words(m.group(1)) >= SHORTEST_PART and _is_verbish(_first_real(m.group(3))):
        return [finish(m.group(1)), finish(f"{m.group(2).strip()} {m.group(3)}")]
    m = re.fullmatch(r"(.{20,}), which (is|was|has|had|will|would|could|can|means|meant|made|makes) (.+)", body)
    if m:
        return [finish(m.group(1)), finish(f"This {m.group(2)} {m.group(3)}")]
    return [s]


IRREGULAR_ING = {"making": "made", "leaving": "left", "bringing": "brought", "cutting": "cut", "sending": "sent",
                 "taking": "took", "giving": "gave", "hitting": "hit", "putting": "put", "setting": "set",
                 "saying": "said", "telling": "told", "leading": "led", "holding": "held", "keeping": "kept",
                 "becoming": "became", "beginning": "began", "running": "ran", "winning": "won", "losing": "lost",
                 "building": "built", "selling": "sold", "spending": "spent", "fighting": "fought", "paying": "paid",
                 "seeing": "saw", "getting": "got", "meaning": "meant", "feeling": "felt", "finding": "found",
                 "beating": "beat", "eating": "ate", "drinking": "drank", "driving": "drove", "flying": "flew",
                 "falling": "fell", "rising": "rose", "growing": "grew", "knowing": "knew", "throwing": "threw",
                 "speaking": "spoke", "breaking": "broke", "choosing": "chose", "wearing": "wore", "writing": "wrote",
                 "standing": "stood", "sitting": "sat", "sleeping": "slept", "sinking": "sank", "singing": "sang",
                 "swimming": "swam", "shooting": "shot", "catching": "caught", "teaching": "taught",
                 "thinking": "thought", "buying": "bought", "seeking": "sought", "striking": "struck",
                 "hanging": "hung", "shaking": "shook", "forgetting": "forgot", "hiding": "hid", "riding": "rode",
                 "stealing": "stole", "feeding": "fed", "meeting": "met", "reading": "read", "hearing": "heard",
                 "understanding": "understood", "lying": "lay", "laying": "laid", "spreading": "spread",
                 "hurting": "hurt", "costing": "cost", "letting": "let", "shutting": "shut", "sweeping": "swept",
                 "betting": "bet", "bidding": "bid", "splitting": "split", "quitting": "quit", "upsetting": "upset",
                 "bleeding": "bled", "sticking": "stuck", "swinging": "swung", "digging": "dug", "blowing": "blew",
                 "drawing": "drew", "freezing": "froze", "dealing": "dealt", "binding": "bound", "bending": "bent"}


def past_tense(ing: str) -> str | None:
    """'flooding' -> 'flooded', 'causing' -> 'caused', 'cutting' -> 'cut'; None when unsure."""
    w = ing.lower()
    if w in IRREGULAR_ING:
        return IRREGULAR_ING[w]
    if not w.endswith("ing"):
        return None
    stem = w[:-3]
    common = common_words()
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in common:
        return stem + "ed"  # "stopping" -> "stopped"
    if stem in common or stem + "ed" in common:
        return stem + "ed"  # "flooding" -> "flooded"
    if stem + "e" in common:
        return stem + "ed"  # "causing" -> "caused"
    return None


def _participle(s: str) -> list[str]:
    """'They fled, fearing for their lives.' -> 'They fled. They feared for their lives.'
    'The river burst its banks, flooding homes.' -> 'The river burst its banks. This flooded homes.'"""
    body = s.rstrip(".")
    m = re.fullmatch(r"(.{20,}?), ([a-z]+ing) (.{8,})", body)
    if not m or m.group(2) in {"including", "according", "during", "following", "bring", "king", "nothing",
                               "something", "anything", "everything", "morning", "evening", "thing"}:
        return [s]
    subject = subject_of(m.group(1))
    if re.search(rf"\b(?:{SPEECH})\b", m.group(1)):
        return [s]  # "Reuters reported investors welcomed it, buying ...": who bought is the claim's subject
    if re.search(r"\b(after|before|when|as|because|while|since|until|that|which|who)\b", m.group(1)):
        subject = "This"  # "moved out after the river burst its banks, flooding homes": the event floods
    past = past_tense(m.group(2))
    rest = m.group(3)
    if past:
        # "flooding homes and cutting off the road" -> "flooded homes and cut off the road"
        rest = re.sub(r"\b(and|or) ([a-z]+ing)\b", lambda r: f"{r.group(1)} {past_tense(r.group(2)) or r.group(2)}",
                      rest)
        if subject:
            return [finish(m.group(1)), finish(f"{subject} {past} {rest}")]
    elif subject and subject != "This":
        be = "were" if subject in ("They", "We", "You") else "was"
        return [finish(m.group(1)), finish(f"{subject} {be} {m.group(2)} {rest}")]
    return [s]


def _appositive(s: str) -> list[str]:
    """'Joshua Apte, a professor at the university, explained that X.' ->
    'Joshua Apte is a professor at the university.' + 'Joshua Apte explained that X.'"""
    m = re.fullmatch(r"((?:[A-Z][\w.'-]+ ){0,3}[A-Z][\w.'-]+), ((?:a|an|the) [^,]{3,80}), (.{8,})", s.rstrip("."))
    if not m or m.group(1).split()[0] in DETERMINERS or not _is_verbish(_first_real(m.group(3))):
        return [s]
    if re.search(r"\b(who|which|that|and|or)$", m.group(2)):
        return [s]
    return [finish(f"{m.group(1)} {m.group(3)}"), finish(f"{m.group(1)} is {m.group(2)}")]


OPENING_PREPOSITIONS = {"in": "in", "on": "on", "at": "at", "during": "during", "after": "after",
                        "before": "before", "following": "after"}


def _opening_phrase(s: str) -> list[str]:
    """'In their first TV debate on Tuesday, Johnson and Corbyn attacked ...' ->
    'Johnson and Corbyn attacked ...' + 'This was in their first TV debate on Tuesday.' (long sentences only)."""
    if words(s) <= 16:
        return [s]
    m = re.fullmatch(r"([A-Z][a-z]+) ([^,]{8,90}), (.{12,})", s.rstrip("."))
    if not m or m.group(1).lower() not in OPENING_PREPOSITIONS:
        return [s]
    main = m.group(3)
    first = main.split()[0]
    if not (first[:1].isupper() or first.lower() in SUBJECT_STARTERS) or not _has_verb(main, 8):
        return [s]
    if re.match(r"[a-z]+ing\b", m.group(2)) or not whole(m.group(2)):
        return [s]  # "After leaving the party, ...": who left is the main clause's subject
    return [finish(cap(main)), finish(f"This was {OPENING_PREPOSITIONS[m.group(1).lower()]} {m.group(2)}")]


def shorten(s: str, names: set[str], depth: int = 0) -> list[str]:
    """Split a sentence into sentences of at most AIM words where that is safe; never over LONGEST."""
    if words(s) <= AIM or depth > 6:
        return [s] if words(s) <= LONGEST else _last_resort(s)
    asked = _asked(s)
    if asked:
        return [p for part in asked for p in shorten(part, names, depth + 1)]
    reported = _reported(s, names, depth)
    if reported is not None:
        return reported
    if words(s) > LONGEST:
        s = _drop_opening_phrase(s)
    for rule in (_relative_clauses, lambda x, _n: _appositive(x), lambda x, _n: _participle(x),
                 lambda x, _n: _opening_phrase(x)):
        parts = rule(s, names)
        if len(parts) > 1 and all(stands_alone(p) for p in parts):
            return keep_leaning([shorten(part, names, depth + 1) for part in parts])
    split = _split_once(s)
    if split and all(stands_alone(p) for p in split):
        left, right = shorten(split[0], names, depth + 1), shorten(split[1], names, depth + 1)
        if not left and right and right[0].split()[0] in ("This", "That", "It", "They", "But", "So", "There,"):
            return []  # "This was during the 2018 flu season." means nothing once its first half is gone
        return left + right
    return [s] if words(s) <= LONGEST else _last_resort(s)


LEANING = ("This", "That", "It", "They", "But", "So", "There,", "He", "She")


def keep_leaning(pieces: list[list[str]]) -> list[str]:
    """Join the shortened parts of one sentence, leaving out a part that leans on a part that was lost:
    "It was obtained by Variety." means nothing once "The statement claimed ..." is gone."""
    out: list[str] = []
    lost = False
    for part in pieces:
        if not part:
            lost = True
            continue
        if lost and part[0].split()[0] in LEANING:
            continue
        out += part
        lost = False
    return out


SPEECH = (r"said|says|told (?:[A-Z][\w'-]+|the \w+|reporters)|added|warned|explained|noted|argued|believes"
          r"|thinks|estimated|estimates|reported|reports|wrote|writes|found|finds|showed|shows")


def _reported(s: str, names: AbstractSet[str], depth: int) -> list[str] | None:
    """'The guards in Dushanbe said the soldiers crossed on Sunday as a sign of good ties.' ->
    'The guards in Dushanbe said the soldiers crossed on Sunday.' + 'The guards said this was a sign of good
    ties.': each piece of a long claim keeps its speaker first, so no part of it is heard as a fact.
    None when the sentence is not "<speaker> said <clause>" (the other rules take it)."""
    m = re.fullmatch(rf"((?:But|And|So|Yet) )?([^,\"]{{2,60}}?) ({SPEECH})( (?:on|last|this|in|at|during) [^,]{{1,30}}?"
                     rf"| yesterday| today)?( that)? ([^,].{{12,}})", s.rstrip(".!"))
    if not m:
        return None
    but, who, verb, when, claim = m.group(1) or "", m.group(2), m.group(3), m.group(4) or "", m.group(6)
    that = m.group(5) or (" that" if when else "")  # "said on Monday that ...", "found that in 2015, ..."
    who_toks = who.split()
    if words(who) > 8 or any(_is_verbish(t) for t in who_toks) or who_toks[0].lower() in SUBORDINATE_STARTS \
            or (who_toks[0][:1].islower() and who_toks[0].lower() not in PRONOUNS) or who_toks[0] in ("It", "This"):
        return None
    if not (_subject_and_verb(claim) or any(_subject_and_verb(claim[c.end():]) for c in re.finditer(", ", claim))
            or re.match(r"(?:the |a |an )?[\w'-]+(?: [\w'-]+){0,3}, (?:who|which) ", claim, re.IGNORECASE)):
        return None  # "said in a statement ...", "said goodbye": not a reported clause
    if words(s) <= REPORTED_WHOLE:
        return [s]  # short enough: the speaker is said once
    pieces = shorten(finish(cap(claim)), set(names), depth + 1)
    if not pieces:
        return None
    again = speaker_again(who, names)
    short_who = again if again[:3] != "The" or not but else "the" + again[3:]
    # the speaker in full, else its short form; the claim whole, else its main clause without a trailing phrase
    first = _fit([f"{but}{who} {verb}{when}{that}", f"{but}{short_who} {verb}{when}{that}"], pieces[0], names)
    if len(pieces) == 1 and words(s) <= LONGEST:
        return [s]
    if first is None:
        return [] if len(pieces) == 1 else None
    said = "says" if verb in ("says", "believes", "thinks", "estimates", "reports", "writes", "finds", "shows") \
        else "said"
    out = [first]
    for piece in pieces[1:]:
        if piece.startswith(("So ", "There, ")) or re.search(r"\b(said|says|told)\b", piece):
            break  # "X said so ..." would change what was said; a piece with its own speaker is not X's
        if OCCASION.match(piece):
            out.append(piece)  # "This was during a phone call.": when it was said, not a claim of the speaker's
            continue
        if piece.startswith("But "):
            who_again = again[:1].lower() + again[1:] if again.split()[0] in ("He", "She", "They", "The") else again
            line = _fit([f"But {who_again} {said}"], piece[4:], names)
        else:
            line = _fit([f"{again} {said}"], piece, names)
        if line is None:
            break  # without its speaker the piece would sound like a fact
        out.append(line)
    return out


OCCASION = re.compile(r"This was (?:during|after|before|when|in|on|at) ")


def _fit(openings: list[str], claim: str, names: AbstractSet[str]) -> str | None:
    """The first of "<opening> <claim>" that fits in LONGEST words, trying the claim's main clause (without a
    trailing phrase like "in the far north of the country") after the whole claim."""
    main = _main_clause(claim.rstrip("."))
    for text in [claim] + ([main] if main else []):
        for opening in openings:
            line = finish(f"{opening} {lower_first(text, names)}")
            if words(line) <= LONGEST and stands_alone(line):
                return line
    return None


def _last_resort(s: str) -> list[str]:
    """Keep the main clause of an over-long sentence: cut trailing phrases at a comma, else drop it."""
    body = s.rstrip(".")
    for m in reversed(list(re.finditer(r",(?= )", body))):
        left = body[:m.start()]
        if re.search(r", (which|who|whom|whose)\b", left) or not whole(left) or cuts_a_pair(left, body[m.end():]):
            continue  # the cut would leave a relative clause or a "both X and Y" open
        if "," in left and words(left.rsplit(",", 1)[1]) < 3:
            continue  # "did not agree to, create": the cut would fall inside a list
        if re.match(r" ?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?,", body[m.end():]):
            continue  # "the Orange County, Calif., police": the place name goes on after the comma
        if (SHORTEST_PART + 2 <= words(left) <= LONGEST and left.count('"') % 2 == 0 and _is_clause(left)
                and (_starts_clause(left) or left.split()[0].lower() in PRONOUNS)):
            return [finish(left)]
    # "Patrick is someone voters could back in 2020 — her top priority.": what follows the dash or the
    # semicolon adds to a sentence that is whole without it
    dash = re.search(r" \u2014 |; ", body)
    left = body[:dash.start()] if dash else ""
    if dash and SHORTEST_PART + 2 <= words(left) <= LONGEST and left.count('"') % 2 == 0 and _is_clause(left) \
            and (_starts_clause(left) or left.split()[0].lower() in PRONOUNS) and whole(left):
        return [finish(left)]
    main = _main_clause(body)
    return [finish(main)] if main else []


# phrases that can end a sentence and be left out without changing what the rest says
TRAILING_PHRASE = re.compile(r" (?=(?:in|on|at|during|since|across|around|near|amid|over|under|throughout|for|from"
                             r"|with|by|as part of|according to) )")
# with these the left-out phrase may carry the point ("not guilty of", "the only one who", "more than")
KEEP_WHOLE = re.compile(r"\b(not|no|never|nor|without|only|first|last|any|anyone|nothing|none|than|same|such|so"
                        r"|too|enough|whether|if|each|every|one|ones|those|between|among)\b", re.IGNORECASE)


PASSIVE_AFTER = {"by", "in", "on", "at", "from", "for", "with", "during", "after", "before", "since", "into"}


def _main_clause(body: str) -> str | None:
    """'The pandemic killed 25 million people in Europe in the 14th century, experts say' is too long: keep
    its opening clause up to the last phrase boundary (a preposition: "in Europe", "during the war") that leaves it
    short enough. Only an opening that is a clause of its own, with no negation or comparison the left-out
    words could complete; None when there is no such cut."""
    if '"' in body or not (_starts_clause(body) and _is_clause(body)):
        return None
    toks = body.split()
    if any(t.lower().endswith("ed") and nxt.lower() in PASSIVE_AFTER for t, nxt in zip(toks[1:8], toks[2:9])):
        return None  # "The plan launched by the council ... covers": the verb may be a participle, the main verb later
    for m in reversed(list(TRAILING_PHRASE.finditer(body))):
        left = body[:m.start()]
        if words(left) > LONGEST:
            continue
        tail = body[m.end():]
        if re.search(r"\bto (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|our\b|this\b|that\b|these\b|those\b)[a-z]", tail):
            continue  # "allow the candidates in the Senate to campaign": the left part needs the "to" part
        if any(_is_verbish(t) for t in tail.split()):
            continue  # the left-out part has a verb: it may hold the main clause ("launched by X in 2011 aims")
        if words(left) < SHORTEST_PART + 3 or KEEP_WHOLE.search(left) or re.search(r"[,:;]", left) \
                or not whole(left) or cuts_a_pair(left, tail):
            return None
        last = left.split()[-1].lower()
        if _is_verbish(last) or last.endswith(("ed", "en", "ing")) or last.startswith(("some", "any", "every")):
            continue  # "articles published", "introduced Cook as someone": the left part asks for more
        if re.match(r"(?:It|There|This) (?:is|was)\b", left):
            return None  # "It is for that reason that ...": the cut falls inside a fixed frame
        return left
    return None


DANGLING = {"which", "who", "whom", "whose", "that", "and", "but", "or", "as", "of", "to", "the", "a", "an", "with",
            "for", "in", "on", "at", "by", "from", "than", "into", "its", "their", "his", "her"}



def whole(part: str) -> bool:
    """A split-off part must not end on a word that needs more after it ("Google is betting, which.")."""
    last = part.rstrip(".!?\"").split()[-1].lower() if part.split() else ""
    if last in DANGLING or last in ("is", "are", "he", "she", "they", "we", "i"):
        return False  # "The statement said the truth is."
    if re.search(r"\bthat (?:if|when|unless|once|although|after|before|while|because|since|until)\b[^,]*$", part):
        return False  # "The best part is that if they want it done.": the main clause went to the next piece
    # "Court records said Noel." / "Claure said in the email.": what was said got cut off
    m = list(re.finditer(r"\b(?:said|says|told \w+|claimed|claims|stated|reported|argued|insisted|added|noted"
                         r"|explained|warned)(?: that)?\b", part))
    if m and part[:m[-1].start()].strip():
        said = part[m[-1].end():].rstrip(".!?").split()
        if not said and not re.search(r"\b(?:what|as)(?: \S+){1,4} \S+$", part[:m[-1].end()].rstrip(".!?")):
            return False  # "The news agency said.": what it said went to another piece ("what Ann said" is whole)
        if said and said[0].lower() in ("if", "when", "while", "although", "though", "because", "since", "unless",
                                        "until", "whether", "once"):
            return False  # "Graham said if somebody saw it.": the main clause went to the next piece
        if said and said[0].lower() not in ("this", "so") and (said[0].lower() in ("in", "on", "at", "to", "during", "as", "when", "while")
                     and not _has_verb(" ".join(["x"] + said), 12) or len(said) < 3
                     or not any(_is_verbish(t) for t in said[1:]) and said[0].lower() not in PRONOUNS):
            return False
    return True



LINKS = re.compile(r"^(?:But|And|So|Yet|Then|There,) ")


def stands_alone(piece: str) -> bool:
    """Can a piece cut out of a longer sentence be said as a sentence of its own? It needs a subject and a
    finite verb ("Parise is brimming with confidence."), not only a phrase ("Right now, having scored four
    times.") or a noun with its relative clause ("A major part of the reason that more help is needed.");
    an opening phrase before a comma is fine when a clause follows it."""
    if not whole(piece):
        return False
    body = LINKS.sub("", piece.rstrip('.!?"').strip())
    if re.search(r"\b(?:said|says|added|told \w+), (?!\")", body) and not re.search(r"\b(?:said|says), (?:he|she|they"
                                                                                 r"|[A-Z])", body):
        return False  # "McKinley said, is the flow ...": the first half of the sentence is missing
    if _subject_and_verb(body):
        return True
    for m in list(re.finditer(r", ", body))[:3]:
        if _subject_and_verb(body[m.end():]):
            return True  # "In the end, the council agreed."
    return False


OBJECT_STARTS = {"the", "a", "an", "that", "to", "this", "these", "those", "his", "her", "their", "its", "our", "it",
                 "them", "him", "us", "me", "more", "no", "some", "many", "all"}
SUBJECT_STOPS = {"that", "which", "who", "whom", "whose", "where", "when", "while", "because", "if", "although",
                 "though", "since", "unless", "until", "whether", "so", "but"}


def _subject_and_verb(clause: str) -> bool:
    """A subject of up to ten words, which may hold a phrase ("Lifeboats from three towns", "Farmers in the
    valley"), then a finite verb before any comma: 'Among those values is privacy' has one; 'A part of the
    reason that more help is needed' and 'Right now, having scored' do not."""
    toks = clause.split()
    if len(toks) < 2:
        return False
    first = toks[0].strip('"')
    if first.lower() in PRONOUNS or (first.lower() == "that" and _is_verbish(toks[1])):
        return True  # "That is smaller than ..." ("that" as a subject, not "that the council ...")
    if first.lower() in SUBORDINATE_STARTS - {"on", "in", "at", "with", "for", "from", "by", "of", "about", "into",
                                              "like", "to", "during", "after", "before"} or first.endswith(","):
        return False
    if (_is_verbish(first) and first[:1].islower()) or first.lower() in ("according", "including", "not", "no"):
        return False  # "is the flow of drugs", "according to the police"
    if first.lower().endswith("ing") and _is_verbish(toks[1]):
        return False  # "Having scored four times": a participle, not a subject ("Getting help means ..." is one)
    for prev, tok, nxt in zip(toks, toks[1:11], toks[2:12] + [""]):
        if prev.lower() == "to":
            continue  # "Being able to help people": an infinitive is not the finite verb
        if _is_verbish(tok) and tok[:1].islower():
            return True
        if re.fullmatch(r"[a-z]{3,}[^su]s", tok) and (nxt.lower() in OBJECT_STARTS or nxt.endswith("ing")):
            return True  # a verb the word lists do not know: "pollution means dealing", "Apple views privacy"
        if tok.endswith((",", ";", ":")) or tok.lower() in SUBJECT_STOPS:
            return False
    return False


def is_sentence(s: str) -> bool:
    """Drop headings and captions that look like sentences: "Profile: Julian Assange timeline."."""
    toks = s.rstrip(".!").split()
    words_ = [t for t in toks[1:] if t[:1].isalpha()]
    if len(words_) >= 5 and sum(t[:1].isupper() for t in words_) / len(words_) >= 0.75:
        return False  # "The Stadia Controller Is Only Necessary For Playing On A TV": a Title Case heading
    # a capitalised "Plan" mid-sentence is part of a name or a Title Case heading, not a verb
    has_verb = any(_is_verbish(t) and not t[:1].isupper() for t in toks[1:]) or (toks and _is_verbish(toks[0]))
    if has_verb or (toks and toks[0].lower() in PRONOUNS and len(toks) > 2):
        return True
    head, colon, _ = s.partition(":")
    if colon and words(head) <= 4:
        return False
    return any(t.endswith(("s", "ing")) and t.islower() for t in toks[1:])

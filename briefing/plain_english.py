"""Rule-based rewriting of news sentences into short, plain ones.

No parser: the rules look at punctuation, a few function words and word endings. They only ever drop,
reorder or swap words for plainer ones from a committed table, so a rewritten sentence never says
anything the article did not (the checks in briefing/checks.py verify names and numbers).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from .vocabulary import common_words, substitutions

LONGEST = 22  # hard limit (issue 3)
AIM = 10  # sentences longer than this are split when a safe split point exists
SHORTEST_PART = 4
SAID_SPLIT_OVER = 13

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "st", "jr", "sr",
    "sens", "reps", "govs", "gens", "messrs", "mmes", "rev", "hon", "supt", "det", "insp", "cpl", "pvt", "adm",
    "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "mt", "ft", "fig", "approx",
}
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
CONTRACTIONS = [
    (r"\bcan't\b", "cannot"), (r"\bwon't\b", "will not"), (r"\bshan't\b", "shall not"),
    (r"\b(\w+)n't\b", r"\1 not"), (r"\b(\w+)'re\b", r"\1 are"), (r"\b(\w+)'ve\b", r"\1 have"),
    (r"\b(\w+)'ll\b", r"\1 will"), (r"\bI'm\b", "I am"), (r"\bit's\b", "it is"), (r"\bIt's\b", "It is"),
    (r"\bthat's\b", "that is"), (r"\bThat's\b", "That is"), (r"\bthere's\b", "there is"),
    (r"\bThere's\b", "There is"), (r"\bhe's\b", "he is"), (r"\bHe's\b", "He is"), (r"\bshe's\b", "she is"),
    (r"\bShe's\b", "She is"), (r"\bwhat's\b", "what is"), (r"\bWhat's\b", "What is"),
]
FIRST_PERSON = re.compile(r"\b(I|me|my|mine|we|us|our|ours|you|your|yours|I'm|we're|you're)\b", re.IGNORECASE)
QUOTED = re.compile(r'"([^"]*)"')
# "I", "we" and "our" that are still in a rewritten sentence are the writer's voice or an unreported quote.
# Capitalised only at the start: "The We Company" is a name. A general "you" is plain English and stays.
NARRATOR = re.compile(r"\b(I|me|my|mine|we|us|our|ours)\b|^(My|We|Our|Us)\b")


def normalise(text: str) -> str:
    """Straight quotes and apostrophes, plain spaces, no contractions."""
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u201e", '"').replace("\u00ab", '"')
    text = text.replace("\u00bb", '"').replace("\u2018", "'").replace("\u2019", "'").replace("\u00a0", " ")
    text = re.sub(r"\s*[\u2013\u2014]\s*|\s+-{1,2}\s+", " \u2014 ", text)
    for pattern, repl in CONTRACTIONS:
        text = re.sub(pattern, repl, text)
    text = text.replace("won not", "will not").replace("ca not", "cannot")
    return re.sub(r"\s+", " ", text).strip()


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph at sentence ends, leaving abbreviations ("Mr.", "U.S.") and initials alone."""
    text = re.sub(r"\s+", " ", paragraph).strip()
    out: list[str] = []
    start = 0
    for m in re.finditer(r'[.!?]["\')]?\s+(?=["(]?[A-Z0-9])', text):
        before = text[start:m.start() + 1].split()
        last = before[-1].rstrip('.!?"\')').lower() if before else ""
        if text[m.start()] == "." and (last in ABBREVIATIONS or re.fullmatch(r"[a-z]", last)):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def words(sentence: str) -> int:
    return len(sentence.split())


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def lower_first(s: str, names: AbstractSet[str]) -> str:
    """Lower-case the first word unless it is a name used in the article ("Taliban", "Mr")."""
    first, _, rest = s.partition(" ")
    bare = first.strip('",.')
    if rest[:1].isupper() and bare not in DETERMINERS and not first.endswith(","):
        return s  # "Big Machine Records"
    if bare and bare not in names and bare.lower() in common_words() and bare != "I":
        return s[:1].lower() + s[1:]
    return s


def _finish(s: str) -> str:
    s = re.sub(r"\s+([,.;:!?])", r"\1", s.strip(" ,;:\u2014"))
    s = re.sub(r",\s*,", ",", s)
    if s and s[-1] not in ".!?":
        s = s.rstrip('"') + "." if s.count('"') % 2 == 0 else s + "."
    return _cap(s)


def drop_asides(s: str) -> str:
    """Parentheses and paired dashes hold side remarks a listener can do without."""
    s = re.sub(r"\s*\([^()]*\)", "", s)
    s = re.sub(r"\s*\[[^\]]*\]", "", s)
    s = re.sub(r" \u2014 [^\u2014]{1,120}? \u2014 ", " ", s)
    return s


SPEECH_VERBS = r"said|says|added|told [A-Z]\w+|tells [A-Z]\w+|explained|noted|wrote"
THIRD_PERSON = {"think": "thinks", "feel": "feels", "believe": "believes", "know": "knows", "want": "wants",
                "hope": "hopes", "like": "likes", "love": "loves", "need": "needs", "see": "sees", "mean": "means",
                "expect": "expects", "am": "is", "have": "has", "do": "does", "say": "says"}
PAST_OR_MODAL = {"was", "had", "did", "could", "would", "will", "can", "should", "might", "must", "may", "never",
                 "always", "also", "just", "still", "really"}


def report(quote: str, pronoun: str | None) -> str | None:
    """First-person words of a quote in reported speech ("I was scared" -> "she was scared"); None when a
    rule cannot do it safely (a "you", or an "I" whose speaker's he or she is unknown)."""
    if re.search(r"\b(you|your|yours|yourself)\b", quote, re.IGNORECASE):
        return None
    toks = quote.split()
    out = []
    for i, tok in enumerate(toks):
        bare = tok.strip('.,;:!?')
        tail = tok[len(bare):]
        low = bare.lower()
        if low in ("i", "me", "my", "mine", "myself"):
            if pronoun is None:
                return None
            he = pronoun == "he"
            if low == "i":
                nxt = toks[i + 1].strip('.,;:!?').lower() if i + 1 < len(toks) else ""
                if nxt in THIRD_PERSON:
                    toks[i + 1] = THIRD_PERSON[nxt] + toks[i + 1][len(nxt):]
                elif not (nxt in PAST_OR_MODAL or nxt in IRREGULAR_PAST or nxt.endswith("ed")):
                    return None
                word = pronoun
            else:
                word = {"me": "him" if he else "her", "my": "his" if he else "her",
                        "mine": "his" if he else "hers", "myself": "himself" if he else "herself"}[low]
        elif low in ("we", "us", "our", "ours", "ourselves"):
            word = {"we": "they", "us": "them", "our": "their", "ours": "theirs", "ourselves": "themselves"}[low]
        else:
            out.append(tok)
            continue
        out.append((word.capitalize() if bare[:1].isupper() and i == 0 else word) + tail)
    return " ".join(out)


def paraphrase_quote(s: str, names: AbstractSet[str] = frozenset(),
                     pronouns: Mapping[str, str] | None = None) -> str | None:
    """'"Q," X said.' -> 'X said Q.' in reported speech; None when the quote cannot be reported plainly."""
    quotes = QUOTED.findall(s)
    if not quotes and s.count('"') == 0:
        return s
    if s.count('"') % 2:
        return None
    long_quotes = [q for q in quotes if words(q) > 3]
    if not long_quotes:
        return s.replace('"', "")  # scare quotes around a word or two
    m = re.fullmatch(rf'"([^"]+?)[,.]?"\s*,?\s*(?:({SPEECH_VERBS})\s+(.{{1,50}}?)|(.{{1,50}}?)\s+'
                     rf'({SPEECH_VERBS}))(?:[,.]\s*(.*))?', s)
    if m:
        quote, speaker = m.group(1), m.group(3) or m.group(4)
    else:
        m = re.fullmatch(rf'([A-Z][^",]{{1,50}}?) (?:{SPEECH_VERBS})[:,] "([^"]+?)[.!]?"', s)
        if not m:
            return None
        speaker, quote = m.group(1), m.group(2)
    if words(speaker) > 6 or '"' in quote or words(quote) > 24 or quote.rstrip().endswith("?"):
        return None  # a long quote, a question, or a speaker with a long title cannot be reported plainly
    if FIRST_PERSON.search(quote):
        pronoun = speaker.lower() if speaker.lower() in ("he", "she") else (pronouns or {}).get(speaker.split()[-1])
        reported = report(quote, pronoun)
        if reported is None:
            return None
        quote = reported
    return f"{_cap(speaker)} said {lower_first(quote.rstrip('.!?'), names)}."


def speaker_pronouns(text: str) -> dict[str, str]:
    """'he' or 'she' for each capitalised name the text clearly refers to one way (counted in the words
    after each mention), so a quote of "I ..." can be reported as "she ..."."""
    found: dict[str, list[int]] = {}
    for m in re.finditer(r"\b([A-Z][a-z'-]+)\b", text):
        after = text[m.end():m.end() + 160].lower()
        he = len(re.findall(r"\b(he|his|him)\b", after))
        she = len(re.findall(r"\b(she|her|hers)\b", after))
        counts = found.setdefault(m.group(1), [0, 0])
        counts[0] += he
        counts[1] += she
    return {name: "he" if he > 2 * she else "she" for name, (he, she) in found.items()
            if (he >= 2 and he > 2 * she) or (she >= 2 and she > 2 * he)}


def attribution_first(s: str, names: set[str]) -> str:
    """'X, according to Y.' / 'X, Y said.' -> 'Y said X.' so the listener hears who speaks first."""
    body = s.rstrip(".")
    m = re.fullmatch(r"(.{15,}?),? according to (.{2,60})", body)
    if m and "," not in m.group(2):
        return f"{_cap(m.group(2))} said {lower_first(m.group(1), names)}."
    m = re.fullmatch(r"According to ([^,]{2,60}), (.{15,})", body)
    if m:
        return f"{_cap(m.group(1))} said {lower_first(m.group(2), names)}."
    m = re.fullmatch(r"(.{15,}), ((?:[A-Z][\w.'-]* ?){1,4}|(?:the |a |an )?[\w.' -]{2,50}?|he|she|they) (said|says)"
                     r"( (?:on|last|this|in a) \w+| yesterday| today)?", body)
    if m and words(m.group(2)) <= 7:
        when = f"{m.group(4)} that" if m.group(4) else ""
        return f"{_cap(m.group(2))} {m.group(3)}{when} {lower_first(m.group(1), names)}."
    m = re.fullmatch(r"(.{15,}), (said|says) ([A-Z][^,]{1,50})", body)
    if m:
        return f"{m.group(3)} {m.group(2)} {lower_first(m.group(1), names)}."
    return s


ADJECTIVE_ENDINGS = ("al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ary", "ish", "ant", "ent")
KEEP_BEFORE = {"that", "to", "of", "and", "or", "but", "for", "in", "on", "at", "with", "by", "as", "than", "is", "are"}


def simplify_words(s: str, names: AbstractSet[str] = frozenset()) -> str:
    """Swap hard words for plain ones; drop uncommon -ly adverbs and uncommon adjectives before a noun
    ("illicit drugs" -> "drugs"): they colour a fact but rarely carry it. Names are never touched."""
    pattern, table = substitutions()

    def swap(m: re.Match[str]) -> str:
        found = m.group(0)
        at_start = not s[:m.start()].strip()
        if found[:1].isupper() and (not at_start or found.split()[0] in names):
            return found  # "Swift" the singer, not "swift" the adjective
        return _match_case(found, table[found.lower()])

    s = pattern.sub(swap, s)
    common = common_words()

    def drop_adverb(m: re.Match[str]) -> str:
        w = m.group(1)
        return m.group(0) if w.lower() in common or w[0].isupper() else ""

    s = re.sub(r"\b([A-Za-z]+ly)\b,? ?", drop_adverb, s)

    def drop_adjective(m: re.Match[str]) -> str:
        w, following = m.group(1), m.group(2)
        if w.lower() in common or w[0].isupper() or following in KEEP_BEFORE or not w.endswith(ADJECTIVE_ENDINGS):
            return m.group(0)
        return following

    s = re.sub(r"(?<![\w'-])([a-z]{5,}) (?=([a-z]+)\b)", lambda m: drop_adjective(m) if drop_adjective(m) == m.group(0) else "", s)
    return re.sub(r"\s+", " ", s).strip()


def _match_case(found: str, plain: str) -> str:
    return _cap(plain) if found[:1].isupper() and plain else plain


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
                return _cap(subj[0])
            if w in PLURAL_VERBS or (w not in SINGULAR_VERBS and subj[-1].lower().endswith("s")
                                    and not subj[-1].lower().endswith("ss") and not subj[-1][:1].isupper()):
                return "They"
            if all(t[:1].isupper() for t in subj) and len(subj) <= 3:
                return " ".join(subj)
            return "It" if w in SINGULAR_VERBS or len(subj) > 3 else _cap(" ".join(subj))
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
            if words(left) < SHORTEST_PART or words(right) < SHORTEST_PART - (needs == "phrase"):
                continue
            if marker == ", " and re.match(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*,", right):
                continue  # "the service, Stadia, launched": a name in apposition, not a new clause
            if re.match(r"(?:a|an|the) [\w'-]+ (?:they|he|she|we|I|you|it)\b", right, re.IGNORECASE):
                continue  # "..., a simulation they call TNG50": a noun with its own little clause
            if re.match(r"(?:\w+ of )?(?:which|whom|whose)\b", right, re.IGNORECASE):
                continue  # "all of which were new"
            if not _whole(left):
                continue
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
            if best is None or score < best[0]:
                best = (score, [_finish(left), _finish(new_right)])
    return best[1] if best else None


def _asked(s: str) -> list[str] | None:
    """'Asked about X, Peskov said Y.' / 'On the question of whether X, Peskov said Y.' ->
    'Peskov was asked about X.' + 'Peskov said Y.' (the question is news too)."""
    m = re.fullmatch(r"(?:Asked|When asked|On the question of) (whether|if|about|why|how|what|when) ([^,]{6,}), "
                     r"((?:[A-Z][\w'-]*|he|she|they)(?: [A-Z][\w'-]*){0,2}) (said|says|replied|answered) (.+)",
                     s.rstrip("."))
    if not m:
        return None
    speaker = _cap(m.group(3))
    be = "were" if speaker in ("They", "We") else "was"
    again = speaker if speaker[0].isupper() and speaker not in ("He", "She", "They") else _cap(m.group(3))
    return [_finish(f"{speaker} {be} asked {m.group(1)} {m.group(2)}"), _finish(f"{again} {m.group(4)} {m.group(5)}")]


def _drop_opening_phrase(s: str) -> str:
    """'On the question of X, Peskov said Y.' -> 'Peskov said Y.' when the sentence is too long to keep."""
    m = re.match(r"([^,]{3,}), (.+)", s)
    if m and m.group(1).split()[0].lower() in SUBORDINATE_STARTS and _starts_clause(m.group(2)):
        return _cap(m.group(2))
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
    return "It" if relative == "which" else _cap(noun_phrase) if len(words_) <= 4 else "They"


def _relative_clauses(s: str, names: set[str]) -> list[str]:
    """'Farmers, who lost crops, fear X.' -> 'Farmers fear X. They lost crops.'; 'A, which R.' -> 'A. It R.'"""
    body = s.rstrip(".")
    # a clause in the middle: "<subject>, who|which <R>, <verb ...>"
    m = re.fullmatch(r"((?:[\w'-]+ ){0,5}?[\w'-]+), (who|which) ((?:[^,]|,(?=\d)){4,}), (.+)", body)
    if m and _is_verbish(_first_real(m.group(3))) and _is_verbish(_first_real(m.group(4))):
        subject = m.group(1)
        pronoun = _pronoun_for(re.sub(r"^(?:The|the|A|a|An|an) ", "", subject) if subject.split()[0] in
                               ("The", "A", "An") and m.group(2) == "who" else subject, _first_real(m.group(3)),
                               m.group(2))
        if pronoun == _cap(subject) or pronoun == subject:
            pronoun = _cap(subject)
        return [_finish(f"{subject} {m.group(4)}"), _finish(f"{pronoun} {m.group(3)}")]
    # trailing: "..., who <R>." after a name
    m = re.fullmatch(r"(.*\b((?:[A-Z][\w'-]+ ?){1,3})), who (.+)", body)
    if m and words(m.group(1)) >= SHORTEST_PART and _is_verbish(_first_real(m.group(3))):
        return [_finish(m.group(1)), _finish(f"{m.group(2).strip()} {m.group(3)}")]
    m = re.fullmatch(r"(.{20,}), which (is|was|has|had|will|would|could|can|means|meant|made|makes) (.+)", body)
    if m:
        return [_finish(m.group(1)), _finish(f"This {m.group(2)} {m.group(3)}")]
    return [s]


def _participle(s: str) -> list[str]:
    """'They fled, fearing for their lives.' -> 'They fled. They were fearing for their lives.'"""
    body = s.rstrip(".")
    m = re.fullmatch(r"(.{20,}?), ([a-z]+ing) (.{8,})", body)
    if m and m.group(2) not in {"including", "according", "during", "following", "bring", "king", "nothing",
                                "something", "anything", "everything", "morning", "evening", "thing"}:
        subject = subject_of(m.group(1))
        if subject:
            be = "were" if subject in ("They", "We", "You") else "was"
            return [_finish(m.group(1)), _finish(f"{subject} {be} {m.group(2)} {m.group(3)}")]
    return [s]


def shorten(s: str, names: set[str], depth: int = 0) -> list[str]:
    """Split a sentence into sentences of at most AIM words where that is safe; never over LONGEST."""
    if words(s) <= AIM or depth > 6:
        return [s] if words(s) <= LONGEST else _last_resort(s)
    asked = _asked(s)
    if asked:
        return [p for part in asked for p in shorten(part, names, depth + 1)]
    if words(s) > LONGEST:
        s = _drop_opening_phrase(s)
    for rule in (_relative_clauses, lambda x, _n: _participle(x)):
        parts = rule(s, names)
        if len(parts) > 1 and all(_whole(p) for p in parts):
            return [p for part in parts for p in shorten(part, names, depth + 1)]
    split = _split_once(s) or _said_split(s)
    if split and all(_whole(p) for p in split):
        left, right = shorten(split[0], names, depth + 1), shorten(split[1], names, depth + 1)
        if not left and right and right[0].split()[0] in ("This", "That", "It", "They", "But", "So", "There,"):
            return []  # "This was during the 2018 flu season." means nothing once its first half is gone
        return left + right
    return [s] if words(s) <= LONGEST else _last_resort(s)


def _said_split(s: str) -> list[str] | None:
    """'The border guards in Dushanbe said the soldiers crossed on Sunday.' ->
    'The soldiers crossed on Sunday. The border guards in Dushanbe said this.' (two short sentences)."""
    if words(s) <= SAID_SPLIT_OVER:
        return None
    m = re.fullmatch(r"([^,]{3,60}?) (said|says)( on \w+| last \w+| this \w+)?(?: that)? ([^,].{20,})", s.rstrip("."))
    if not m or _has_verb(m.group(1), 8) or words(m.group(1)) < 2:
        return None
    clause = m.group(4)
    if re.search(r"\b(he|she|it|they|his|her|its|their|this|that|there)\b", clause, re.IGNORECASE):
        return None  # the clause would come before the speaker it points back to
    if not _starts_clause(clause) or words(clause) < 6:
        return None
    return [_finish(_cap(clause)), _finish(f"{m.group(1)} {m.group(2)} this{m.group(3) or ''}")]


def _last_resort(s: str) -> list[str]:
    """Keep the main clause of an over-long sentence: cut trailing phrases at a comma, else drop it."""
    body = s.rstrip(".")
    for m in reversed(list(re.finditer(r",(?= )", body))):
        left = body[:m.start()]
        if re.search(r", (which|who|whom|whose)\b", left) or not _whole(left):
            continue  # the cut would leave a relative clause open
        if (SHORTEST_PART + 2 <= words(left) <= LONGEST and left.count('"') % 2 == 0 and _is_clause(left)
                and (_starts_clause(left) or left.split()[0].lower() in PRONOUNS)):
            return [_finish(left)]
    return []


DANGLING = {"which", "who", "whom", "whose", "that", "and", "but", "or", "as", "of", "to", "the", "a", "an", "with",
            "for", "in", "on", "at", "by", "from", "than", "into", "its", "their", "his", "her"}


def fix_articles(s: str) -> str:
    """'a experience' -> 'an experience' after a word between them was dropped or swapped."""
    # lower-case "a" only, or a capital one that starts the sentence: "Plan A into action" stays
    s = re.sub(r"(?:(?<=\s)a|^A) (?=[aeio][a-z])", lambda m: m.group(0)[0] + "n ", s)
    return re.sub(r"(?:(?<=\s)a|^A)n (?=[b-df-gj-np-tv-z][a-z])", lambda m: m.group(0)[0] + " ", s)


def _whole(part: str) -> bool:
    """A split-off part must not end on a word that needs more after it ("Google is betting, which.")."""
    last = part.rstrip(".!?\"").split()[-1].lower() if part.split() else ""
    return last not in DANGLING


def rewrite(sentence: str, names: set[str], pronouns: Mapping[str, str] | None = None) -> list[str]:
    """One article sentence -> zero or more short plain sentences."""
    s = drop_asides(normalise(sentence))
    q = paraphrase_quote(s, names, pronouns)
    if q is None:
        return []
    s = attribution_first(q, names)
    s = simplify_words(s, names)
    s = re.sub(r"\s+([,.;:!?])", r"\1", s)
    s = re.sub(r"^(However|Meanwhile|Moreover|Furthermore|In addition|Additionally|Also|Still),\s*", "", s)
    s = re.sub(r",\s*(however|meanwhile|moreover|furthermore|though|too),", "", s)
    s = fix_articles(s)
    s = _finish(s)
    if words(s) < 3 or s.endswith("?"):
        return []  # questions in a story are subheadings ("What happens next?"), not news
    if NARRATOR.search(s):
        return []  # "we", "you", "I" left over: the writer talking, or a quote we could not report
    return [p for p in shorten(s, names) if words(p) >= 3 and _is_sentence(p)]


def _is_sentence(s: str) -> bool:
    """Drop headings and captions that look like sentences: "Profile: Julian Assange timeline."."""
    toks = s.rstrip(".!").split()
    has_verb = any(_is_verbish(t) for t in toks[1:]) or (toks and _is_verbish(toks[0]))
    if has_verb or (toks and toks[0].lower() in PRONOUNS and len(toks) > 2):
        return True
    head, colon, _ = s.partition(":")
    if colon and words(head) <= 4:
        return False
    return any(t.endswith(("s", "ing")) and t.islower() for t in toks[1:])

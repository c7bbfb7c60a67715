"""What a clause is, without a parser: the word lists and tests the splitting rules share.

Does a piece have a subject and a finite verb ("Farmers in the valley fear a bad harvest")? Does it end
where it may end ("Google is betting, which." does not)? The tests look at punctuation, a few function
words and word endings, so they lean towards "no": a piece that fails is not said.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .sentences import speaker_again
from .subject_words import SUBJECT_ADVERBS, head_noun
from .verb_shapes import (closed_words, opens_with_quantity, plural_then_present,  # noqa: F401
                          singular_then_present, third_person_verb, verb_forms)
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
    "fled", "died", "began", "became", "kept", "held", "led", "sent", "spent", "built", "paid", "put", "set", "cut",
    "hit", "felt", "found", "brought", "bought", "thought", "fell", "rose", "grew", "knew", "stood", "sat",
    "wrote", "spoke", "chose", "drove", "flew", "broke", "struck", "fought", "sold", "taught", "caught",
    "shot", "wore", "ate", "drew", "threw", "hid", "beat", "bore", "forgot", "froze", "stole", "swore", "woke",
    "burst", "spread", "hurt", "shut", "quit", "sank", "swam", "rode", "lay", "laid", "dealt", "meant", "sought",
    "fed", "dug", "hung", "shook", "slid", "spun", "stuck", "swept", "tore", "wept", "withdrew", "overtook", "sang",
    "rang", "drank", "sprang", "heard", "understood", "lent", "bent", "fought", "slept", "sold", "won",
}
PLURAL_VERBS = {"are", "were", "have"}
SINGULAR_VERBS = {"is", "was", "has", "says"}

def words(sentence: str) -> int:
    return len(sentence.split())


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


# words that open a clause before a name but are never the first word of one: "Now Tarnholm can measure ..."
_NEVER_IN_A_NAME = {"now", "then", "today", "yesterday", "tomorrow", "so", "but", "and", "or", "yet", "also", "still",
                    "here", "there", "maybe", "perhaps", "soon", "later", "once", "when", "if", "because", "although",
                    "while", "after", "before", "since", "until", "unless", "where", "that", "what", "which", "who",
                    "how", "why", "even", "only", "just", "never", "always", "sometimes", "often"}


def lower_first(s: str, names: AbstractSet[str]) -> str:
    """Lower-case the first word unless it is a name used in the article ("Taliban", "Mr")."""
    first, _, rest = s.partition(" ")
    bare = re.sub(r"'s?$", "", first.strip('",.'))  # "Cox's hope" is Cox's
    if re.search(r"[A-Z.]", bare[1:]):
        return s  # "U.S.", "iPhone", "NASA", "McKinley": the case is part of the word
    if rest[:1].isupper() and bare not in DETERMINERS and not first.endswith(",") \
            and bare.lower() not in _NEVER_IN_A_NAME:
        return s  # "Big Machine Records" ("Now Tarnholm can ...": "now" opens the clause, it names nothing)
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
    "climb", "climbs", "soar", "soars",
}
SUBORDINATE_STARTS = {
    "on", "in", "at", "after", "before", "if", "when", "while", "although", "though", "because", "as", "since",
    "whether", "despite", "with", "without", "for", "from", "by", "to", "during", "unless", "until", "of",
    "which", "who", "where", "whose", "that", "and", "but", "or", "than", "like", "into", "about", "following",
}
SKIPPABLE = {"also", "then", "later", "still", "now", "already", "soon", "even", "not", "never", "quickly"}


def is_verbish(word: str) -> bool:
    w = word.lower().strip(",")
    if w in ("based", "used", "called", "named", "known"):
        return False  # mostly past participles inside a noun phrase ("based on", "a man called ...")
    return (w in AUXILIARIES or w in IRREGULAR_PAST or w in PRESENT_VERBS
            or (w.endswith("ed") and len(w) > 4 and w != "united"))


def first_real(part: str) -> str:
    """The first word that is not an adverb ("greatly increased" -> "increased")."""
    for tok in part.split():
        if not (tok.lower().endswith("ly") or tok.lower() in SKIPPABLE):
            return tok
    return ""


def has_verb(part: str, within: int = 6) -> bool:
    toks = part.split()[:within + 1]
    return any(is_verbish(t) for t in toks[1:]) or any(phrasal_called(a, b) for a, b in zip(toks[1:], toks[2:])) \
        or any(plural_then_present(a, b, before) for before, a, b in zip([""] + toks, toks, toks[1:]))


def phrasal_called(word: str, after: str) -> bool:
    """'called off', 'called for': a verb (the plain word for "cancelled", "urged"), not "a man called Lee"."""
    return word.lower() == "called" and after.lower().strip(",.") in ("off", "for", "on", "out", "back")


def starts_clause(part: str) -> bool:
    """Does this text start with its own subject and verb ("they took", "the army said", "Russia has")?"""
    toks = part.split()
    if len(toks) < 2:
        return False
    first = toks[0].strip('"')
    if first.lower() in PRONOUNS and not (len(first) > 1 and first.isupper()):  # "IT support" is no "it"
        return True
    if first.lower() in SUBORDINATE_STARTS and not opens_with_quantity(part):
        return False
    if first.lower() in SUBJECT_STARTERS or first[:1].isupper() or first[:1].isdigit():
        return subject_then_verb(toks)
    return False


# words that open a time or comparison clause inside a noun phrase ("staff and people since they moved")
TIME_LINKS = {"since", "than", "after", "before"}
NOUN_PHRASE_STOPS = {"and", "or", "in", "on", "at", "with", "for", "to", "by", "from", "as", "that", "which", "who",
                     "whom", "whose", "where", "when", "while", "because", "if", "but", "whether", "although", "though",
                     "unless", "until", "whereas"}


def subject_then_verb(toks: list[str]) -> bool:
    """A short subject ("Taliban fighters", "More than 1,000 Afghan soldiers", "the army") then its verb.

    "Border Protection processing and detention facility" is a noun phrase, not a clause: it meets
    "and" before any verb; "this year, although ..." meets a comma."""
    for i, tok in enumerate(toks[:8]):
        if i > 0 and is_verbish(tok):
            return True
        if tok.endswith((",", ";", ":")) or tok.lower() in NOUN_PHRASE_STOPS or tok.lower() in TIME_LINKS \
                or (tok.lower() == "once" and toks[i + 1:i + 2] and toks[i + 1].lower() in PRONOUNS | {"the", "a", "an"}):
            return False  # "people once they become sick": the verb is the "once" clause's, the noun has none
    return False


def is_clause(part: str) -> bool:
    """A left-hand part that can stand as a sentence: does not open with "On the question of ...", and
    has a verb of its own before any "who"/"which" ("A spokesperson who did not wish to be named" has none)."""
    first = first_real(part).lower()
    if (first in SUBORDINATE_STARTS and not opens_with_quantity(part)) or not has_verb(part, 12):
        return False
    toks = part.split()
    for i, tok in enumerate(toks):
        if tok.lower() in ("who", "which"):
            from .relatives import relative_closed  # relatives builds on this module
            # "Residents who lost homes met the mayor": the verb after the relative clause is the part's own
            return any(is_verbish(t) for t in toks[1:i]) or relative_closed(" ".join(toks[i:])) is not None
    return True


def subject_of(clause: str) -> str | None:
    """A short subject to repeat for a split-off verb phrase: a pronoun, "They", or a name."""
    toks = clause.split()
    for i, tok in enumerate(toks[1:], start=1):
        w = tok.lower().strip(",")
        # a name no dictionary holds ("CargoMind", not "Wheat prices"), then its "-s" verb
        named_then_s = i == 1 and toks[0][:1].isupper() and toks[0].lower() not in common_words() \
            and third_person_verb(tok) and not (len(toks) > 2 and is_verbish(toks[2]))  # not "Orbis shares fell"
        after_determiner = toks[i - 1].lower() in ("the", "a", "an", "its", "their", "his", "her", "our", "my", "your")
        if w in AUXILIARIES or w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4 and w != "united"
                                                        and not after_determiner) \
                or named_then_s:  # "CargoMind brings ...": a one-word name, then its verb with "-s"
            # ("The unprecedented resolution ... allowed": an "-ed" word after "the" describes the noun)
            subj = toks[:i]
            adverb = False
            while len(subj) > 1 and subj[-1].lower() in SUBJECT_ADVERBS:
                subj, adverb = subj[:-1], True  # "Ann Lee even touched on it and ..." -> "Ann Lee", not "It"
            if not subj or len(subj) > 6 or any(t.endswith(",") for t in subj):
                return None
            if adverb and len(subj) <= 3 and subj[0].lower() not in PRONOUNS:
                return cap(" ".join(subj))  # "The writers also made A and modeled B" -> "The writers modeled B"
            if len(subj) == 1 and subj[0].lower() in PRONOUNS:
                return cap(subj[0])
            # the noun before "of", "from" ... is the subject: "The price of the tickets rose" is "It", not "They"
            last = (head_noun(subj) or subj)[-1]
            if w in PLURAL_VERBS or (w not in SINGULAR_VERBS and last.lower().endswith("s")
                                    and not last.lower().endswith("ss") and not last[:1].isupper()):
                return "They"
            if all(t[:1].isupper() for t in subj) and len(subj) <= 3:
                return " ".join(subj)
            if len(subj) >= 3 and subj[-1][:1].isupper() and subj[-2][:1].isupper() and subj[0] not in DETERMINERS:
                return speaker_again(" ".join(subj))  # "Foreign Minister Ann Lee defended it, saying" -> "Lee said"
            if len(subj) <= 3 and re.search(r"(er|or|ist|ian|man|person)$", subj[-1].lower()):
                return cap(" ".join(subj))  # "The writer has ..., and is ..." -> "The writer is ...", not "It is"
            head = head_noun(subj)
            if head and head[-1].lower().endswith("s") and not head[-1].lower().endswith("ss") \
                    and (not head[-1][:1].isupper() or (len(head) == 1 and head[0].lower() in common_words())):
                return "They"  # "Officers from the city police stopped a car and ...": the officers, not "It"
            if head and re.search(r"(er|or|ist|ian|man|woman|person)$", head[-1].lower()):
                return cap(" ".join(head))  # "The spokesman for the council said ... and" -> "The spokesman"
            return "It" if w in SINGULAR_VERBS or len(subj) > 3 else cap(" ".join(subj))
    return None


def lower_first_word(s: str) -> str:
    first = s.split(" ", 1)[0]
    if first.lower() in PRONOUNS - {"i"} or first.lower() in SUBJECT_STARTERS:
        return s[:1].lower() + s[1:]
    return s


AFTER_PREPOSITION = {"in", "on", "at", "of", "with", "by", "for", "from", "into", "onto", "under", "over", "through"}
MODAL_WORDS = {"will", "would", "can", "could", "may", "might", "must", "should", "to", "did", "does", "do"}
DANGLING = {"which", "who", "whom", "whose", "that", "and", "but", "or", "as", "of", "to", "the", "a", "an", "with",
            "for", "in", "on", "at", "by", "from", "than", "into", "its", "their", "his", "her"}



# a clause whose verb phrase is left out because the sentence before says it: "I have for years.",
# "He said she did." A listener cannot hear what "has" stands for once the sentence stands alone.
ELLIPTICAL = re.compile(
    r"(?:^|\b(?:said|says|added)(?: that)? )(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Yy]ou|[A-Z][a-z]+) "
    r"(?:has|have|had|do|does|did|will|would|can|could|should|must|might|may|is|are|was|were|am)"
    r"(?: not| never| also| still| always)?(?: (?:for|since) [^,]{1,25}| too| again| already| now| before| so"
    r"| as well| yet)?[.!]?$")


def elliptical(s: str) -> bool:
    return bool(ELLIPTICAL.search(s.strip()))


def whole(part: str) -> bool:
    """A split-off part must not end on a word that needs more after it ("Google is betting, which.")."""
    toks = part.rstrip(".!?\"").split()
    last = toks[-1].lower() if toks else ""
    if last in ("in", "on") and len(toks) > 2 and (is_verbish(toks[-2]) or toks[-3].lower() in MODAL_WORDS):
        return True  # "before mold could set in", "the rain kept on": a verb's particle, not a cut phrase
    if last in DANGLING or last in ("is", "are", "he", "she", "they", "we", "i", "not"):
        return False  # "The statement said the truth is."; "We keep these not | because ...": the "not" is the cut's
    if re.search(r"\bthat (?:if|when|unless|once|although|after|before|while|because|since|until)\b[^,]*$", part):
        return False  # "The best part is that if they want it done.": the main clause went to the next piece
    # "Court records said Noel." / "Claure said in the email.": what was said got cut off
    # ("had not been told until ...": a passive "told" reports nothing)
    m = list(re.finditer(r"\b(?:said|says|(?<!been )(?<!being )(?<!were )(?<!was )told \w+|claimed|claims|stated|reported"
                         r"|argued|insisted|added|noted|explained|warned)(?: that)?\b", part))
    if m and part[:m[-1].start()].strip():
        said = part[m[-1].end():].rstrip(".!?").split()
        if not said and not re.search(r"\b(?:what|as)(?: \S+){1,4} \S+$", part[:m[-1].end()].rstrip(".!?")):
            return False  # "The news agency said.": what it said went to another piece ("what Ann said" is whole)
        if said and said[0].lower() in ("if", "when", "while", "although", "though", "because", "since", "unless",
                                        "until", "whether", "once"):
            return False  # "Graham said if somebody saw it.": the main clause went to the next piece
        # ("warned of long queues", "warned against travel": a whole predicate, not a report cut short; "told
        # investors of the firm" is cut short)
        warned_of = m[-1].group(0) in ("warned", "warns") and said[:1] and said[0] in ("of", "about", "against")
        if said and not warned_of and said[0].lower() not in ("this", "so") and (said[0].lower() in ("in", "on", "at", "to", "during", "as", "when", "while")
                     and not has_verb(" ".join(["x"] + said), 12) or len(said) < 3
                     or not any(is_verbish(t) for t in said[1:]) and said[0].lower() not in PRONOUNS):
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
    if subject_and_verb(body):
        return True
    for m in list(re.finditer(r", ", body))[:3]:
        if subject_and_verb(body[m.end():]):
            return True  # "In the end, the council agreed."
    return False


OBJECT_STARTS = {"the", "a", "an", "that", "to", "this", "these", "those", "his", "her", "their", "its", "our", "it",
                 "them", "him", "us", "me", "more", "no", "some", "many", "all"}
PREPOSITIONS = {"from", "into", "onto", "over", "under", "about", "across", "through", "after", "before", "during",
                "near", "behind", "between", "among", "against", "along", "around", "without", "within", "than",
                "like", "via", "per", "past", "toward", "towards", "upon", "despite", "off", "out", "down", "for",
                "with", "and", "but", "not", "all", "both", "only", "just", "even", "also", "still", "then", "when"}
OBJECTS = OBJECT_STARTS - {"that", "to", "more", "no", "some", "many", "all"}
SUBJECT_STOPS = {"that", "which", "who", "whom", "whose", "where", "when", "while", "because", "if", "although", "as",
                 "though", "since", "unless", "until", "whether", "so", "but", "before", "after"}


# "only two committed", "Just five stayed": a hedge before the number that is the subject
QUANTITY_HEDGE = re.compile(r"^(?:only|just|nearly|almost|at least|at most) (?=(?:\d|one|two|three|four|five|six|seven"
                            r"|eight|nine|ten|a few|a handful)\b)", re.IGNORECASE)


def subject_and_verb(clause: str) -> bool:
    """A subject of up to ten words, which may hold a phrase ("Lifeboats from three towns", "Farmers in the
    valley"), then a finite verb before any comma: 'Among those values is privacy' has one; 'A part of the
    reason that more help is needed' and 'Right now, having scored' do not."""
    clause = QUANTITY_HEDGE.sub("", clause)
    # "Their goalkeeper, Ann Lee, saved ...": a name in apposition belongs to the subject
    clause = re.sub(r"^([^,]{2,40}), [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}, (?=[a-z])", r"\1 ", clause)
    # "Next year's dates, in late July, will be ...": a short phrase between commas belongs to the subject
    clause = re.sub(r"^([^,]{2,40}), (?:in|on|at|from|of|with|for|by|like) [^,]{2,30}, (?=[a-z])", r"\1 ", clause)
    toks = clause.split()
    if len(toks) < 2:
        return False
    first = toks[0].strip('"')
    if (first.lower() in PRONOUNS and not (len(first) > 1 and first.isupper())) \
            or (first.lower() == "that" and is_verbish(toks[1])):
        return True  # "That is smaller than ..." ("that" as a subject, not "that the council ...")
    if (first.lower() in SUBORDINATE_STARTS and not opens_with_quantity(clause)) or first.endswith(","):
        return False  # "By modeling how spots would change ...": a phrase; "In the end, the council agreed" is
        # found by the caller after the comma
    if (is_verbish(first) and first[:1].islower()) or first.lower() in ("according", "including", "not"):
        return False  # "is the flow of drugs", "according to the police"
    if first[:1].islower() and (first.endswith("ly") or first in SKIPPABLE or first in PREPOSITIONS):
        return False  # "dramatically increased their campaign": an adverb, no subject
    if first.lower().endswith("ing") and is_verbish(toks[1]):
        return False  # "Having scored four times": a participle, not a subject ("Getting help means ..." is one)
    for at, (prev, tok, nxt) in enumerate(zip(toks, toks[1:11], toks[2:12] + [""])):
        if prev.lower() == "to":
            continue  # "Being able to help people": an infinitive is not the finite verb
        if phrasal_called(tok, nxt):
            return True  # "OrbitBeyond called off its order"
        if prev.lower() in ("the", "a", "an"):
            if tok.endswith((",", ";", ":")) or tok.lower() in SUBJECT_STOPS:
                return False
            continue  # "less than the cost of ...": a word after "the" is a noun, not a verb
        if is_verbish(tok) and tok[:1].islower() and not (tok.lower().endswith("ed") and prev.lower() in AFTER_PREPOSITION):
            return True  # ("in waxed paper", "with painted walls": an "-ed" word after a preposition describes a noun)
        if plural_then_present(prev, tok, toks[at - 1] if at else ""):
            return True  # "Evacuation orders cover all of the town": a plural noun, then a present verb no list holds
        if at == 1 and toks[0].lower() in ("the", "its", "his", "her", "their", "this", "each", "every") \
                and singular_then_present(prev, tok):
            return True  # "The office enforces the rules": a singular noun, then a verb with its "-s"
        if re.fullmatch(r"[a-z]{3,}[^su]s", tok) and (nxt.lower() in OBJECT_STARTS or nxt.endswith("ing")):
            return True  # a verb the word lists do not know: "pollution means dealing", "Apple views privacy"
        if re.fullmatch(r"[a-z]{3,}", tok) and nxt.lower() in OBJECTS and prev.lower() not in OBJECT_STARTS \
                and prev.lower() not in SUBORDINATE_STARTS and not tok.endswith(("ly", "ing")) \
                and tok not in PREPOSITIONS and not re.fullmatch(r"\d[\d,.]*", prev):  # "12,000 people a day": a noun
            return True  # "The river burst its banks": a word between a noun and "its"/"the" is its verb
        if tok.lower() in ("that", "who", "which") and _two_verb_groups(toks[toks.index(tok) + 1:]):
            return True  # "Households that were flooded can claim ...": the clause's verb, then the subject's
        if tok.endswith((",", ";", ":")) or tok.lower() in SUBJECT_STOPS:
            return False
    return False


def _two_verb_groups(toks: list[str]) -> bool:
    """'were flooded can claim' has two groups of verbs; 'more help is needed' has one."""
    groups, inside, previous = 0, False, ""
    for tok in toks[:12]:
        if tok.endswith((",", ";", ":")) and not is_verbish(tok):
            break
        verb = is_verbish(tok) and tok[:1].islower()
        if verb and (not inside or (tok.lower() in AUXILIARIES and previous.lower() not in AUXILIARIES)):
            groups += 1  # "were flooded | can claim": an auxiliary after a participle starts the next verb
        inside, previous = verb, tok
        if tok.endswith((",", ";", ":")):
            break
    return groups >= 2


def is_sentence(s: str) -> bool:
    """Drop headings and captions that look like sentences: "Profile: Julian Assange timeline."."""
    toks = s.rstrip(".!").split()
    words_ = [t for t in toks[1:] if t[:1].isalpha()]
    if len(words_) >= 5 and sum(t[:1].isupper() for t in words_) / len(words_) >= 0.75:
        return False  # "The Stadia Controller Is Only Necessary For Playing On A TV": a Title Case heading
    # a capitalised "Plan" mid-sentence is part of a name or a Title Case heading, not a verb
    has_verb = any(is_verbish(t) and not t[:1].isupper() for t in toks[1:]) or (toks and is_verbish(toks[0]))
    if has_verb or (toks and toks[0].lower() in PRONOUNS and len(toks) > 2):
        return True
    head, colon, _ = s.partition(":")
    if colon and words(head) <= 4:
        return False
    if any(t.endswith(("s", "ing")) and t.islower() for t in toks[1:]):
        return True
    # "About 400 people swim there.": a plural subject, then a present verb no list holds
    return any(a.lower() in PLURAL_SUBJECTS and b.islower() and b.isalpha() and b not in NOT_VERBS_AFTER_SUBJECT
               for a, b in zip(toks, toks[1:]))


PLURAL_SUBJECTS = {"people", "children", "men", "women", "they", "we", "police", "families", "residents", "workers",
                   "students", "officials", "voters", "farmers", "doctors", "players", "fans", "visitors"}
NOT_VERBS_AFTER_SUBJECT = {
    "the", "a", "an", "of", "in", "on", "at", "for", "to", "and", "or", "with", "from", "by", "who", "that",
    "which", "whose", "outside", "inside", "near", "across", "around", "over", "under", "after", "before",
    "here", "there", "now", "today", "all", "both", "each", "only", "also", "still", "often",
}


from .headline_grammar import headline_verb  # noqa: E402,F401 (said as a sentence: its own module)

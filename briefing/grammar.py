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
# counts written as words that open a sentence and stand for many people or things: "Two hurt in crash", "Three were
# hurt." (a regex alternation, for the headline and recap rules that read a count as its subject)
MANY_IN_WORDS = "Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Dozens|Hundreds|Thousands|Several|Many"
DETERMINERS = {"The", "A", "An", "This", "These", "Those", "Some", "Many", "Most", "Both", "All"}
SUBJECT_STARTERS = PRONOUNS | {
    "the", "this", "that", "these", "those", "there", "a", "an", "his", "her", "its", "their", "our", "my",
    "some", "many", "most", "more", "several", "both", "all", "no", "one", "two", "three", "four", "five",
    "each", "every", "police", "people", "officials", "experts",
}
AUXILIARIES = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might",
    "should", "must", "did", "does", "do", "says", "said", "am", "be", "been", "being",
    "cannot",  # normalise() writes "can't" so: "Residents cannot return." has a verb
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


# a colon that opens a list or a clause; not one inside a clock time or a ratio ("at 2:40 p.m.", "won 3:1")
_COLON = re.compile(r"(?<!\d):|:(?!\d)")


def has_colon(text: str) -> bool:
    return _COLON.search(text) is not None


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


# words that open a clause before a name but are never the first word of one: "Now Tarnholm can measure ..."
_NEVER_IN_A_NAME = {"now", "then", "today", "yesterday", "tomorrow", "so", "but", "and", "or", "yet", "also", "still",
                    "here", "there", "maybe", "perhaps", "soon", "later", "once", "when", "if", "because", "although",
                    "while", "after", "before", "since", "until", "unless", "where", "that", "what", "which", "who",
                    "how", "why", "even", "only", "just", "never", "always", "sometimes", "often",
                    # a time or place phrase opens the clause: "From Monday, that ends." is "from Monday" mid-sentence
                    "from", "on", "in", "at", "by", "during", "within", "throughout", "last", "next", "every"}


# the last word of a firm's name: "Castleford Motors", "Westland Bank"
FIRM_WORDS = (r"(?:Motors|Group|Bank|Airlines|Airways|Holdings|Inc|Ltd|plc|PLC|Corp|Corporation|Company|Energy|Foods"
              r"|Pharmaceuticals|Systems|Technologies|Industries|Partners|Capital|Insurance|Steel|Media|Telecom)")


def lower_first(s: str, names: AbstractSet[str]) -> str:
    """Lower-case the first word unless it is a name used in the article ("Taliban", "Mr")."""
    first, _, rest = s.partition(" ")
    bare = re.sub(r"'s?$", "", first.strip('",.'))  # "Cox's hope" is Cox's
    if re.search(r"[A-Z.]", bare[1:]):
        return s  # "U.S.", "iPhone", "NASA", "McKinley": the case is part of the word
    if rest[:1].isupper() and bare not in DETERMINERS and not first.endswith(",") \
            and bare.lower() not in _NEVER_IN_A_NAME \
            and not (names and bare not in names and re.match(rf"(?:[A-Z][\w'-]+ ){{1,2}}{FIRM_WORDS}\b", rest)):
        # "Big Machine Records" ("Now Tarnholm can ...": "now" opens the clause, it names nothing); but "Carmaker
        # Castleford Motors": what the firm is, a word the article's names do not hold
        return s
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


INDEFINITE_PRONOUNS = {"nobody", "everybody", "everyone", "someone", "somebody", "anyone", "anybody", "nothing",
                       "everything", "something"}


def indefinite_subject(toks: list[str]) -> bool:
    """'nobody ends up paying', 'everyone agrees': a pronoun, so the next word is its verb (not "everyone at the
    school", "someone who ...", "everyone else")."""
    at = 2 if toks[0].lower() == "no" else 1
    after = toks[at].lower() if len(toks) > at else ""
    return bool(after) and after not in NOUN_PHRASE_STOPS | PREPOSITIONS | {"else", "of", "who", "that", "but"}


def starts_clause(part: str) -> bool:
    """Does this text start with its own subject and verb ("they took", "the army said", "Russia has")?"""
    toks = part.split()
    if len(toks) < 2:
        return False
    first = toks[0].strip('"')
    if first.lower() in PRONOUNS and not (len(first) > 1 and first.isupper()):  # "IT support" is no "it"
        return True
    if first.lower() in INDEFINITE_PRONOUNS or " ".join(toks[:2]).lower() == "no one":
        return indefinite_subject(toks)
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
            if toks[0].lower() in ("a", "an") and base_form_after_one(tok, toks[i - 1]):
                continue  # "a lower speed limit on the road": "limit" is a noun here, "a speed limits" a verb
            return True
        if tok.endswith((",", ";", ":")) or tok.lower() in NOUN_PHRASE_STOPS or tok.lower() in TIME_LINKS \
                or (tok.lower() == "once" and toks[i + 1:i + 2] and toks[i + 1].lower() in PRONOUNS | {"the", "a", "an"}):
            return False  # "people once they become sick": the verb is the "once" clause's, the noun has none
    return False


# plural nouns without an "-s": "A few people say ..." has its verb in the base form
_PLURALS_WITHOUT_S = {"people", "police", "children", "men", "women", "staff", "cattle"}


def base_form_after_one(tok: str, before: str) -> bool:
    """A verb's base form ("limit", "rise") right after a singular noun: with "a/an" as its subject's start, it can
    only be a noun ("a speed limit", "a pay rise"); one person or thing takes "limits", "rises"."""
    low, prev = tok.lower().strip(".,;:"), before.lower().strip(",")
    past = low.endswith("ed") and not low.endswith("eed")  # "speed", "need" are no past forms
    return not low.endswith("s") and not past and low not in IRREGULAR_PAST and low not in AUXILIARIES \
        and not prev.endswith("s") and prev not in _PLURALS_WITHOUT_S and prev not in ("a", "an")


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


# verbs that report what someone says or thinks: the clause after them is a claim, not the writer's fact
_REPORTING = {"say", "says", "said", "claim", "claims", "claimed", "believe", "believes", "believed", "argue", "argues",
              "insist", "insists", "think", "thinks", "allege", "alleges", "alleged", "told", "tell", "tells"}


def subject_of(clause: str) -> str | None:
    """A short subject to repeat for a split-off verb phrase: a pronoun, "They", or a name."""
    toks = clause.split()
    if len(toks) > 2 and toks[0] in ("But", "And", "Yet", "So"):
        toks = [cap(toks[1]), *toks[2:]]  # "But Cedar dropped it, citing costs": "Cedar cited costs", no second "But"
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
            if any(t.lower() in _REPORTING for t in subj[1:]):
                # "Her lawyers say he signed it in good faith, trusting ...": the verb found is the reported
                # clause's; its subject is whoever the report names, and a piece split off would lose the "say"
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
            if len(subj) >= 3 and subj[-1][:1].isupper() and subj[-2][:1].isupper() and (
                    subj[0] not in DETERMINERS
                    or (len(subj) == 4 and re.search(r"(?:er|or|ist|ian|man|woman|person)$", subj[1]))):
                # "Foreign Minister Ann Lee defended it, saying" -> "Lee said"; "The runner Tom Vale was banned and
                # fined" -> "The runner Tom Vale was fined", never "It": a word for a person, then the name (not "A
                # city like Pell Harbor", which is a place)
                return speaker_again(" ".join(subj))
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


# the tests of a whole sentence and the headline reading are modules of their own; callers import them from here
from .whole_sentences import (AFTER_PREPOSITION, DANGLING, ELLIPTICAL, LINKS, MODAL_WORDS,  # noqa: E402,F401
                              NOT_VERBS_AFTER_SUBJECT, OBJECT_STARTS, OBJECTS, PLURAL_SUBJECTS, PREPOSITIONS,
                              QUANTITY_HEDGE, SUBJECT_STOPS, elliptical, is_sentence, stands_alone,
                              subject_and_verb, whole)
from .headline_grammar import headline_verb  # noqa: E402,F401 (said as a sentence: its own module)


# "mine" as the speaker's own ("a friend of mine", "it is mine", "the shop next to mine": after a preposition, a form of
# "be", "and" or at the start); after "the", "its" or a noun ("the copper mine", "a gold mine") it is a pit
MINE_OF_SPEAKER = ("(?:" + "|".join(rf"(?<=\b{w} )" for w in (
    "of", "is", "was", "and", "or", "are", "be", "to", "with", "than", "like", "for", "from", "beside", "near", "by",
    "at", "in", "on", "as", "against", "about", "into", "unlike", "including", "not")) + r"|^)[Mm]ine")

"""Can a piece be said as a sentence of its own? Split from briefing/grammar.py (whose word lists and verb
tests it uses): a piece must end where it may end ("Google is betting, which." does not), have a subject and a
finite verb before any comma, and not be a heading in Title Case. briefing/grammar.py re-exports every name."""
from __future__ import annotations

import re

from .grammar import (AUXILIARIES, INDEFINITE_PRONOUNS, PRONOUNS, SKIPPABLE, SUBORDINATE_STARTS, base_form_after_one,
                      has_verb, indefinite_subject, is_verbish, phrasal_called, words)
from .verb_shapes import opens_with_quantity, plural_then_present, singular_then_present


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
                                        "until", "whether", "once") \
                and not any(subject_and_verb(tail) for tail in " ".join(said).split(", ")[1:2]):
            return False  # "Graham said if somebody saw it.": the main clause went to the next piece ("Lee said
            # if fares rise, riders will leave." has it after the comma)
        # ("warned of long queues", "warned against travel": a whole predicate, not a report cut short; "told
        # investors of the firm" is cut short)
        warned_of = m[-1].group(0) in ("warned", "warns") and said[:1] and said[0] in ("of", "about", "against")
        # "The firm reported a 38 per cent jump in profit", "reported its first loss": a thing reported, not a
        # report cut short
        warned_of = warned_of or m[-1].group(0) == "reported" and len(said) >= 2 \
            and (said[0].lower() in ("a", "an", "its", "their", "his", "her", "record") or said[0][:1].isdigit())
        if m[-1].group(0).startswith("told ") and _told_to_do(said):
            return True  # "doctors told her to rest her voice": what she was told to do, not a report cut short
        if said and not warned_of and said[0].lower() not in ("this", "so") and (said[0].lower() in ("in", "on", "at", "to", "during", "as", "when", "while")
                     and not has_verb(" ".join(["x"] + said), 12) or len(said) < 3
                     or not any(is_verbish(t) for t in said[1:]) and said[0].lower() not in PRONOUNS):
            return False
    return True


# after "told her to": a word that cannot be the verb of an instruction ("told police to the east")
NOT_AN_INSTRUCTION = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
                      "your", "him", "them", "me", "us", "it"}


def _told_to_do(said: list[str]) -> bool:
    """'told her | to rest her voice for three months': "told X to" and a verb with more after it is an
    instruction, a whole predicate ("told investors to." is still cut short)."""
    return len(said) >= 3 and said[0] == "to" and said[1].isalpha() and said[1].islower() \
        and said[1] not in NOT_AN_INSTRUCTION


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
    if first.lower() in INDEFINITE_PRONOUNS or " ".join(toks[:2]).lower() == "no one":
        return indefinite_subject(toks)  # "nobody ends up paying for it"
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
        if toks[0].lower() in ("a", "an") and tok[:1].islower() and is_verbish(tok) and base_form_after_one(tok, prev):
            continue  # "a lower speed limit on the road": after "a <noun>", "limit" is a noun ("a limit rises")
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

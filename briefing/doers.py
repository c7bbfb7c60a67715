"""Who does the "-ing" part a split cuts off its clause: "Officers arrested Ann Lee | after finding drugs in her
car" is told "This was after officers found drugs in her car.", never "This was after finding drugs ..." with
nobody doing it. The doer is the clause's own subject (after a reporting frame, the reported clause's: "Hart said
officers arrested ..." gives "officers", not Hart); when that subject is unsure, the rule gives none.
"""
from __future__ import annotations

import re

from .grammar import DETERMINERS, PRONOUNS, is_verbish, subject_and_verb
from .participles import NOT_PARTICIPLES, past_tense
from .subject_words import HEAD_ENDS
from .vocabulary import common_words

# what a reporting frame opens with: "Harris said officers arrested ..." (the doer is "officers", not Harris)
REPORT_FRAME = re.compile(r"^(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey|(?:The|the) \w+) "
                          r"(?:said|says|told \w+|added|reported)(?: that)? ")
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\b(?: \w+ly)? (?:\w+(?:ed|en|wn)|taken|held|caught|found|"
                     r"sent|brought|kept|put|hit|cut|left|sold|built|told|made|paid|shot|led)\b")
NOT_THE_DOER = {"it", "this", "that", "there", "these", "those", "what", "which"}
GROUP_WORDS = {"police", "people", "staff", "everyone", "someone", "nobody", "firefighters", "troops"}


def ing_with_its_doer(left: str, right: str) -> str | None:
    """'... arrested Tays' + 'stopping his car near the bridge' -> 'officers stopped his car near the bridge':
    the '-ing' part with the clause's subject as its doer, in the past. None when the subject is not a short
    noun, a name or a pronoun, or the clause is passive ("The car was seized after finding drugs": who found
    them?)."""
    toks = right.split()
    ing = toks[0].lower() if toks else ""
    if not ing.endswith("ing") or (ing in NOT_PARTICIPLES and ing != "being"):
        return None
    frame = REPORT_FRAME.match(left)
    clause = left[frame.end():] if frame else left
    later = [re.sub(r"^(?:\w+ly |about |almost |more than |some )+", "", chunk) for chunk in clause.split(", ")[1:]]
    if any(subject_and_verb(chunk) for chunk in later):
        return None  # "Their dream shattered, 150 people returned home after being deported": whose subject?
    ctoks = clause.split()
    verb_at = next((i for i, t in enumerate(ctoks) if i and is_verbish(t)), None)
    if verb_at is None or PASSIVE.search(clause) or ctoks[verb_at:verb_at + 2][-1].lower() == "by":
        return None  # "The car owned by ...": "owned" is no verb of the clause
    subject = [t for t in ctoks[:verb_at] if not (t.lower().endswith("ly") or t.lower() in ("also", "later", "then"))]
    head = next((i for i, t in enumerate(subject) if t.lower() in HEAD_ENDS | {"who", "which", "that"}), len(subject))
    subject = subject[:head]  # "Officers from the city police unit" -> "Officers"
    if not subject or len(subject) > 4 or subject[0].lower() in NOT_THE_DOER or any(t.endswith(",") for t in subject):
        return None
    nearer = re.search(r"\b(?:when|as|because|while|once|until) (he|she|they)\b[^,]*$", clause)
    if nearer and ing != "being":
        subject = [nearer.group(1)]  # "was hurt when he landed | after jumping ...": he jumped, told as "he"
    elif subject[0] == ctoks[0] and not frame and capital_of_the_sentence_start(subject[0]):
        subject[0] = subject[0].lower()  # "Officers arrested ..." -> "after officers stopped ..."
    counted = any(re.fullmatch(r"[\d,.]+", t) and t not in ("1", "1.") for t in subject)
    if counted and any(t.lower().endswith("ly") for t in ctoks[:verb_at]) or len(subject) > 2 and counted:
        subject = ["they"]  # "Nearly 150 people returned ... after being deported": not "after 150 people were"
    if ing == "being":  # "after being arrested" -> "after he was arrested"
        plural = subject[-1].lower() in ("they", "we") or counted or (subject[-1].endswith("s") and (
            not subject[-1][:1].isupper() or re.search(r"(?:ors|ers|ists|ents|ants|ians|ans)$", subject[-1])))
        verb: str | None = "were" if plural else "was"
    elif ing == "having":
        verb = "had"
    else:
        verb = past_tense(ing)
    if verb is None:
        return None
    return " ".join(subject + [verb] + toks[1:])


def capital_of_the_sentence_start(word: str) -> bool:
    """'The', 'He', 'Officers' (a plain plural) at a sentence start are capitalised only there; 'James' is a name."""
    w = word.lower()
    return word in DETERMINERS or w in PRONOUNS or w in GROUP_WORDS or w in ("his", "her", "their", "its") \
        or (w.endswith("s") and w[:-1] in common_words()) \
        or re.search(r"(?:ors|ers|ists|ents|ants|ians)$", w) is not None  # "Jurors", "Protesters": people

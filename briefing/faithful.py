"""Guards that keep a rewritten sentence saying what the article said.

The rewriting rules drop words that colour a fact ("a raucous crowd" -> "a crowd"). Some words that look
like colour carry the fact itself: a negative or privative word ("an unarmed man", "a victimless crime",
"falsely claimed"), a hedge ("supposedly", "alleged"), or a word that says which kind of thing it is
("bubonic plague", "cubic meter", "punitive damages"). And a word right after "not" or "no" is what the
negation is about: "This was not a victimless crime" without "victimless" says the opposite. The functions
here say when a word may go; when unsure, it stays.
"""
from __future__ import annotations

import re

# words that make the next few words the thing denied: "not a victimless crime", "no credible evidence"
NEGATIONS = {"not", "no", "never", "without", "nor", "neither", "none", "nothing", "cannot", "hardly", "barely",
             "scarcely", "rarely", "seldom", "lack", "lacks", "lacked", "lacking", "free"}
# how far back a negation reaches over the words of its noun phrase: "not a fully victimless crime"
NEGATION_REACH = 3
# prefixes and suffixes that deny or reverse the word's stem: "unarmed", "nonviolent", "illegal", "victimless"
# (a word that only starts like one, "industrious", is kept too: keeping a word is never unfaithful)
PRIVATIVE = re.compile(r"^(?:un|non|in|im|il|ir|dis|mis|anti|counter)|less(?:ly)?$|-free$|false|wrong")
# endings of evaluative adjectives, which describe how a thing strikes the writer ("raucous", "cheerful",
# "sheepish"): only these may go. Other adjective endings (-al, -ic, -ary, -ive, -ant, -ent, -able) mostly
# sort a thing into its kind ("cervical cancer", "metric tons", "honorary doctorate", "migrant families"),
# and without them the noun names another thing.
EVALUATIVE_ENDINGS = ("ous", "ful", "ish")
# hedges and manner words that carry a claim's status or a legal fact: "supposedly", "knowingly"
KEEP_ADVERBS = re.compile(r"^(?:alleged|reported|purported|suppos|ostensib|arguab|seeming|apparent|possib|probab"
                          r"|likel|knowing|wilful|willful|deliberate|intentional|unanimous|narrow|partial"
                          r"|temporar|permanent|posthumous|exclusive|solely|only|allegedly)")


def is_privative(word: str) -> bool:
    """ "victimless", "unarmed", "nonviolent", "illegal", "disloyal", "falsely": the word denies its stem."""
    return bool(PRIVATIVE.search(word.lower()))


def negated(before: str) -> bool:
    """Whether one of the last few words before this point is a negation ("was not a", "no")."""
    prev = re.findall(r"[A-Za-z']+|[,;:.!?\u2014]", before)[-NEGATION_REACH:]
    tail: list[str] = []
    for tok in reversed(prev):
        if not tok[0].isalpha():
            break  # a comma or a dash closes the phrase the negation was about
        tail.append(tok.lower())
    return any(t in NEGATIONS or t.endswith("n't") for t in tail)


def may_drop_adjective(word: str, before: str) -> bool:
    """Whether an uncommon adjective before a noun can go without changing the fact: only an evaluative
    one ("a raucous crowd"), never a negative one, never one that says which kind, never after a negation.
    before: the sentence text before the adjective."""
    w = word.lower()
    return w.endswith(EVALUATIVE_ENDINGS) and not is_privative(w) and not negated(before)


def may_drop_adverb(word: str, before: str) -> bool:
    """Whether an uncommon -ly adverb can go: never a hedge ("supposedly"), a negative one ("falsely",
    "illegally", "scarcely"), or one right after a negation ("not entirely")."""
    w = word.lower()
    return not (KEEP_ADVERBS.match(w) or is_privative(w) or w in NEGATIONS or negated(before))

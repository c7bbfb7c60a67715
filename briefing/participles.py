"""Participle phrases ("..., fearing for their lives", "Renamed last year, it ...") told as sentences of their own.

A participle has no subject and no tense of its own: it borrows both from the clause it hangs on. So a
phrase becomes a sentence only when that clause lends a subject the rules can name, and a tense they can
keep (a story told in the past: "They fled, fearing ..." -> "They feared ..."). A phrase hung on "may",
"will" or "could", on a present-tense "is", or on a list of "-ing" items stays where it is: told as a
past fact it would say something the article did not.
"""
from __future__ import annotations

import re

from .grammar import AUXILIARIES, IRREGULAR_PAST, cap, finish, is_verbish, subject_of
from .vocabulary import common_words

MODALS = {"will", "would", "can", "could", "may", "might", "must", "should", "shall"}
BE = {"is", "are", "am", "was", "were", "be", "been", "being"}
# words before an "-ed" word that make it an adjective in a noun phrase ("the injured man"), not a verb
NOUN_PHRASE_WORDS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "my",
                     "some", "many", "most", "newly", "recently", "so-called"}
# "-ing" words that are nouns or prepositions, never a participle that starts a phrase
NOT_PARTICIPLES = {"including", "according", "during", "following", "bring", "king", "nothing", "something",
                   "anything", "everything", "morning", "evening", "thing", "spring", "string", "ring", "sing",
                   "ceiling", "wedding", "building", "meeting", "clothing", "pending", "notwithstanding", "sibling",
                   "darling", "pudding", "wing", "swing", "sting", "being", "ping", "viking", "inning", "ending"}


def clause_tense(clause: str) -> str | None:
    """The tense of a clause's main verb: "past" ("fled", "was wired"), "perfect" ("have crossed"),
    "present" ("is wired", "makes"), "modal" ("may include", "will hold"); None when no verb is found."""
    toks = [t.lower().strip(",;:") for t in clause.split()]
    for i, tok in enumerate(toks[1:], start=1):
        if tok in MODALS:
            return "modal"
        if tok in ("has", "have"):
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            return "perfect" if nxt == "been" or nxt.endswith("ed") or nxt in IRREGULAR_PAST else "present"
        if tok in ("is", "are", "am", "does", "do", "says"):
            return "present"
        if tok in ("was", "were", "had", "did"):
            return "past"
        if tok in IRREGULAR_PAST or (tok.endswith("ed") and is_verbish(tok) and "-" not in tok
                                     and (i == 1 or toks[i - 1] not in NOUN_PHRASE_WORDS)):
            return "past"  # "the injured man was ...": an "-ed" word after "the" is no verb
    return None


def _past(clause: str) -> bool:
    """Does the clause tell of the past ("fled", "was admitted", "had scored")? Only then can a split-off time
    phrase be said as "This was before ...", and a participle as a verb in the past."""
    return clause_tense(clause) in ("past", "perfect")


def ing_list(left: str, phrase: str) -> bool:
    """Is '..., <phrase>' an item of a list of "-ing" things rather than a phrase about the clause before it?
    'may include helping staff, supporting care' and 'watching films, viewing the new service, and using it'
    are lists: the "-ing" words name what is included, nobody does them."""
    if re.search(r", (?:and|or) [a-z]+ing\b", phrase):
        return True  # "viewing X, and using Y": the third item of a series
    # "may include helping staff, supporting care": the first item follows a word that opens a list
    return re.search(r"\b(?:include|includes|included|including|like|as|such as|from|between)"
                     r"(?: [a-z]+ly)? [a-z]{3,}ing\b", left) is not None


def participle_may_stand(left: str, ing: str, phrase: str) -> bool:
    """Can '<left>, <ing> <phrase>' be told as two sentences, the second with the left's subject and a past
    verb? Only when the left tells of the past, with no "may"/"will" (told as done, a possibility would turn
    into a fact), its verb is not "is" (in "X is a dance, occurring on ..." the phrase is about the dance),
    and the phrase is not an item of a list."""
    tense = clause_tense(left)
    if tense not in ("past", "perfect"):
        return False
    main_verb = next((t.lower() for t in left.split()[1:] if t.lower() in AUXILIARIES or is_verbish(t)), "")
    if main_verb in BE and ing not in RESULTS:
        return False
    return not ing_list(left, f"{ing} {phrase}")


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
    """'flooding' -> 'flooded', 'causing' -> 'caused', 'cutting' -> 'cut', 'carrying' -> 'carried'; None
    when unsure."""
    w = ing.lower()
    if w in IRREGULAR_ING:
        return IRREGULAR_ING[w]
    if not w.endswith("ing"):
        return None
    stem = w[:-3]
    common = common_words()
    if len(stem) > 2 and stem.endswith("y") and stem[-2] not in "aeiou" and stem in common:
        return stem[:-1] + "ied"  # "carrying" -> "carried", not "carryed"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in common:
        return stem + "ed"  # "stopping" -> "stopped"
    if stem in common or stem + "ed" in common:
        return stem + "ed"  # "flooding" -> "flooded"
    if stem + "e" in common:
        return stem + "ed"  # "causing" -> "caused"
    return None


# what an event does to things, so "This" can be its subject: "the river burst its banks, flooding homes"
RESULTS = {"causing", "leading", "leaving", "making", "forcing", "bringing", "sending", "pushing", "raising", "cutting",
           "killing", "injuring", "damaging", "flooding", "destroying", "ending", "triggering", "prompting", "sparking",
           "creating", "reducing", "increasing", "lowering", "closing", "blocking", "disrupting", "affecting",
           "hurting", "putting", "giving", "resulting", "driving", "lifting", "hitting", "stopping", "delaying",
           "wiping", "knocking", "boosting", "dragging", "sinking", "lifting", "costing", "adding"}


def _participle(s: str) -> list[str]:
    """'They fled, fearing for their lives.' -> 'They fled. They feared for their lives.'
    'The river burst its banks, flooding homes.' -> 'The river burst its banks. This flooded homes.'"""
    body = s.rstrip(".")
    m = re.fullmatch(r"(.{20,}?), ([a-z]+ing) (.{8,})", body)
    if not m or m.group(2) in NOT_PARTICIPLES or not participle_may_stand(m.group(1), m.group(2), m.group(3)):
        return [s]
    subject = subject_of(m.group(1))
    if re.search(r"\b(?:said|says|told|tells|reported|reports|added|wrote|writes|warned|explained|noted|argued)\b",
                 m.group(1)):
        return [s]  # "Reuters reported investors welcomed it, buying ...": who bought is the claim's subject
    if re.search(r"\b(after|before|when|as|because|while|since|until|that|which|who)\b", m.group(1)):
        if m.group(2) not in RESULTS:
            return [s]  # "after Swift scolded her label, accusing it of ...": Swift accuses, not "this"
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


def _with_participle(s: str) -> list[str]:
    """'They won on penalties, with their goalkeeper, Ann Lee, saving two kicks.' -> 'They won on penalties.' +
    'Their goalkeeper, Ann Lee, saved two kicks.' (in a story told in the past only)."""
    m = re.fullmatch(r"(.{15,}?), with ((?:the|their|his|her|its|a|an|[A-Z])[^,]{2,50}(?:, [A-Z][^,]{2,40},)?) "
                     r"([a-z]+ing) (.{6,})", s.rstrip("."))
    if not m or not _past(m.group(1)) or is_verbish(m.group(2).split()[-1].strip(",")):
        return [s]
    past = past_tense(m.group(3))
    if past is None:
        return [s]
    return [finish(m.group(1)), finish(f"{cap(m.group(2))} {past} {m.group(4)}")]


def _opening_participle(s: str) -> list[str]:
    """'Renamed to look like a news site, it posted many messages.' -> 'It was renamed to look like a news site.'
    + 'It posted many messages.'; 'Fearing the storm, they left early.' -> 'They feared the storm.' + 'They left
    early.' (a pronoun subject only, and an "-ing" phrase only before a main verb in the past)."""
    m = re.fullmatch(r"([A-Z][a-z]+(?:ed|en|ing)) ([^,]{4,80}), (he|she|it|they|we) (\S+) (.+)", s.rstrip("."))
    if not m or not _participle_opener(m.group(1)):
        return [s]  # "When they compared X, they found Y": "When" is no participle
    opener, phrase, pronoun, verb, rest = m.groups()
    who = cap(pronoun)
    tense = clause_tense(f"{pronoun} {verb} {rest}")
    if opener.endswith("ing"):
        past = past_tense(opener)
        if past is None or tense != "past" or ing_list("", f"{opener.lower()} {phrase}"):
            return [s]
        first = f"{who} {past} {phrase}"
    elif tense in ("past", "present"):
        plural = pronoun in ("they", "we")
        be = ("were" if plural else "was") if tense == "past" else ("are" if plural else "is")
        first = f"{who} {be} {opener.lower()} {phrase}"  # "Based in Oslo, it makes ..." -> "It is based in Oslo."
    else:
        return [s]  # "Elected in May, she will ...": was she elected, or will she be?
    return [finish(first), finish(f"{who} {verb} {rest}")]




def _participle_opener(word: str) -> bool:
    """'Fearing', 'Renamed', 'Driven' open a participle phrase; 'When', 'Often', 'Seven', 'Sweden' do not."""
    low = word.lower()
    if low in NOT_PARTICIPLES or low in ("during", "following", "according", "including"):
        return False
    if low.endswith("ing"):
        return past_tense(low) is not None
    if low.endswith("ed"):
        return is_verbish(low)
    return low in EN_PARTICIPLES


EN_PARTICIPLES = {"given", "taken", "written", "driven", "shaken", "beaten", "chosen", "broken", "spoken", "stolen",
                  "frozen", "hidden", "forgotten", "eaten", "fallen", "shown", "known", "grown", "thrown", "drawn",
                  "seen", "born", "sworn", "torn", "worn", "ridden", "risen", "bitten", "woken", "proven", "overtaken",
                  "forbidden", "undertaken", "withdrawn", "mistaken"}


# past forms that need no object, so "prices rose from 2 to 3" is a clause
INTRANSITIVE_PAST = {"rose", "fell", "grew", "jumped", "dropped", "climbed", "increased", "decreased", "declined",
                     "came", "went", "returned", "moved", "fled", "escaped", "recovered", "died", "retired",
                     "graduated", "emerged", "arrived", "resigned", "suffered", "benefited", "benefitted"}


def noun_with_participle(part: str) -> bool:
    """'TV shows bought from online stores': a noun and a participle phrase ("bought from", "made by"), not a
    subject and its verb; cut off after an "and", it would be a fragment."""
    m = re.match(r"(?:[\w'-]+ ){1,4}?([a-z]+) (by|from)\b", part)
    if not m or part.split()[0].lower() in PRONOUNS_LOWER:
        return False
    verb = m.group(1)
    toks = part.split()
    before = toks[toks.index(verb) - 1].lower() if verb in toks and toks.index(verb) else ""
    if before in AUXILIARIES or verb in INTRANSITIVE_PAST:
        return False  # "were bought by", "rose from"
    return verb in IRREGULAR_PAST or (verb.endswith("ed") and is_verbish(verb))


PRONOUNS_LOWER = {"i", "you", "he", "she", "it", "we", "they"}

"""Participle phrases ("..., fearing for their lives", "Renamed last year, it ...") told as sentences of their own.

A participle has no subject and no tense of its own: it borrows both from the clause it hangs on. So a
phrase becomes a sentence only when that clause lends a subject the rules can name, and a tense they can
keep (a story told in the past: "They fled, fearing ..." -> "They feared ..."). A phrase hung on "may",
"will" or "could", on a present-tense "is", or on a list of "-ing" items stays where it is: told as a
past fact it would say something the article did not.
"""
from __future__ import annotations

import re

from .grammar import AUXILIARIES, IRREGULAR_PAST, cap, finish, is_verbish, subject_of, third_person_verb
from .inflect import IRREGULAR_VERBS
from .participle_doers import doer_of_tail
from .result_doers import EVENT_VERBS, FIGURE_MOVED
from .stance import SPEAKING_NOW, STANCE
from .vocabulary import common_words

# "gone", "given", "taken": after "has" or "have" these make the perfect, as an "-ed" word does
IRREGULAR_PARTICIPLES = {participle for _, participle in IRREGULAR_VERBS.values()}
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
    first = clause.split()[0] if clause.split() else ""
    if len(toks) > 1 and first[:1].isupper() and toks[0] not in common_words() and third_person_verb(toks[1]) \
            and not (len(toks) > 2 and is_verbish(toks[2])):  # "Orbis shares fell": "shares" is a noun
        return "present"  # "CargoMind brings ...": a one-word name and its "-s" verb
    for i, tok in enumerate(toks[1:], start=1):
        if tok in MODALS and not clause.split()[i][:1].isupper():  # "In May, NASA awarded ...": a month
            return "modal"
        if tok in ("has", "have"):
            after = [t for t in toks[i + 1:i + 4] if t not in ("also", "already", "now", "just", "since", "not", "never")
                     and not t.endswith("ly")]  # "have also issued", "has already begun": the adverb is no verb
            nxt = after[0] if after else ""
            return "perfect" if nxt == "been" or nxt.endswith("ed") or nxt in IRREGULAR_PAST \
                or nxt in IRREGULAR_PARTICIPLES else "present"
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


# "-ing" verbs that take "of" (warning of floods); any other "-ing of" is a noun ("the swelling of the brain")
OF_VERBS = {"warning", "complaining", "consisting", "speaking", "talking", "thinking", "dreaming", "dying", "smelling",
            "boasting", "tiring", "approving", "hearing", "learning", "disposing", "telling", "despairing", "taking"}
# verbs and words after which a comma goes on with the next item of a list of things
NAMES_A_LIST = (r"(?:cause|causes|caused|causing|(?:lead|leads|led|leading) to|(?:result|results|resulted|resulting) in"
                r"|include|includes|included|such as|like)")


def ing_list(left: str, phrase: str) -> bool:
    """Is '..., <phrase>' an item of a list of "-ing" things rather than a phrase about the clause before it?
    'may include helping staff, supporting care' and 'watching films, viewing the new service, and using it'
    are lists: the "-ing" words name what is included, nobody does them."""
    if re.search(r", (?:and|or) [a-z]+ing\b", phrase):
        return True  # "viewing X, and using Y": the third item of a series
    ing = phrase.split()[0].lower() if phrase.split() else ""
    if re.match(r"[a-z]+ing of\b", phrase) and ing not in OF_VERBS:
        return True  # "swelling of the brain", "flooding of roads": a thing named, nobody swells
    if re.search(rf"\b{NAMES_A_LIST} (?:[\w'-]+ ){{0,3}}[\w'-]+$", left) and re.search(r"\b(?:and|or) (?![a-z]+ing\b)", phrase):
        # "can lead to pneumonia, swelling of the brain and death": the "-ing" word is the second item of what the
        # verb names ("Measles can be swelling of the brain" would be a wrong fact)
        return True
    # "may include helping staff, supporting care": the first item follows a word that opens a list
    return re.search(r"\b(?:include|includes|included|including|like|as|such as|from|between)"
                     r"(?: [a-z]+ly)? [a-z]{3,}ing\b", left) is not None


def participle_verb(left: str, ing: str, phrase: str, subject: str) -> str | None:
    """The verb for '<left>, <ing> <phrase>' told as '<subject> <verb> <phrase>', in the left's tense and
    modality: 'They fled, fearing ...' -> 'feared'; 'Lee is set to sell, pricing ...' -> 'is pricing'; 'Teams
    will visit, starting ...' -> 'will be starting'. None when the phrase must stay: after "is" with no verb
    ("X is a dance, occurring on ...": the phrase is about the dance), in a list of "-ing" items, or when the
    left's verb is not found."""
    tense = clause_tense(left)
    toks = left.split()
    at = next((i for i, t in enumerate(toks[1:], start=1) if t.lower() in AUXILIARIES or is_verbish(t)), 0)
    verb = toks[at].lower() if at else ""
    following = toks[at + 1].lower() if at and at + 1 < len(toks) else ""
    copula = verb in BE and not (is_verbish(following) or following.endswith("ing"))
    # "They were charged with faking records, stating ...": after a passive the "-ing" part may be about the
    # last noun (the records state), not the subject; only what the event did ("..., bringing ...") is sure
    passive = verb in BE and following != "set" and (following.endswith(("ed", "en")) or following in IRREGULAR_PAST)
    if tense is None or ((copula or passive) and ing not in RESULTS) or ing_list(left, f"{ing} {phrase}"):
        return None
    plural = subject in ("They", "We", "You") or subject.endswith("s") and subject[:1].islower()
    if tense in ("past", "perfect"):
        return past_tense(ing) or f"{'were' if plural else 'was'} {ing}"
    if tense == "modal":
        modal = next((t.lower().strip(",;:") for t in toks if t.lower().strip(",;:") in MODALS and not t[:1].isupper()),
                     None)
        if modal is None:
            return None  # clause_tense saw a modal this token walk cannot place ("Won't"): no safe verb
        if ing == "having" or (ing in STANCE and (modal == "would" or ing in SPEAKING_NOW)) \
                or (modal in ("may", "might", "could", "should") and ing not in RESULTS):
            # "Tribune may have the best books, having paid its debts": the debts are paid, not "may have
            # paid"; "could cut jobs, blaming sales" blames them now. A maybe carries over only to what the
            # act would bring ("could close the plant, cutting 500 jobs")
            return None
        base = base_form(ing)  # "will visit homes, starting with ..." -> "They will start with ..."
        return f"{modal} {base}" if base else f"{modal} be {ing}"
    base = base_form(ing)
    if base and verb not in BE and verb not in ("has", "have", "does", "do"):
        # "Ostra runs six ferries, carrying 2,000 people a day" -> "Ostra carries ...": a habit, in the simple
        # present of the clause it hangs on
        return base if plural else s_form(base)
    return f"{'are' if plural else 'is'} {ing}"


def s_form(base: str) -> str:
    """'carry' -> 'carries', 'give' -> 'gives', 'reach' -> 'reaches'."""
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + "es"
    return base + "s"


def participle_may_stand(left: str, ing: str, phrase: str) -> bool:
    """Can '<left>, <ing> <phrase>' be told as two sentences with a verb in the past (compress's cut)?"""
    return clause_tense(left) in ("past", "perfect") and participle_verb(left, ing, phrase, "It") is not None


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
                 "drawing": "drew", "freezing": "froze", "dealing": "dealt", "binding": "bound", "bending": "bent",
                 "having": "had", "doing": "did", "going": "went", "coming": "came"}  # not "haved", "goed"


def past_tense(ing: str) -> str | None:
    """'flooding' -> 'flooded', 'causing' -> 'caused', 'cutting' -> 'cut', 'carrying' -> 'carried'; None
    when unsure."""
    w = ing.lower()
    if w in IRREGULAR_ING:
        return IRREGULAR_ING[w]
    if not w.endswith("ing") or w == "being":  # "was" or "were": the subject's number decides, not the stem
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


def last_joined_clause(text: str) -> str:
    """The clause after the last ", but", ", yet" or ", and" that joins clauses in the text, else the text: in
    "NASA gave orders to three firms, but one firm cancelled its order, citing costs" the firm cites them."""
    last = re.split(r",? but |, yet |, and ", text)[-1]
    # a clause that opens on its joining word ("But one firm cancelled its order", the piece a cut left): the clause
    # after it, so its subject is "One firm", never "But one firm"
    opener = re.match(r"(?:But|And|Yet) (?=\S)", last)
    return cap(last[opener.end():]) if opener else last


def _participle(s: str) -> list[str]:
    """'They fled, fearing for their lives.' -> 'They fled. They feared for their lives.'
    'The river burst its banks, flooding homes.' -> 'The river burst its banks. This flooded homes.'"""
    body = s.rstrip(".")
    m = re.fullmatch(r"(.{20,}?), ([a-z]+ing) (.{8,})", body)
    if not m or m.group(2) in NOT_PARTICIPLES:
        return [s]
    if re.search(r"\b(?:the|a|an|its|their|his|her)\s[a-z-]+$", m.group(1)) \
            and re.fullmatch(r"[a-z-]+ and (?:[a-z-]+ ){0,3}[a-z-]+s", m.group(3)):
        return [s]  # "across the wholesale, balancing mechanism and ancillary services markets": three kinds of
        # one plural noun, not an act ("will balance mechanism ..." was an invented claim)
    subject = subject_of(m.group(1))
    last = last_joined_clause(m.group(1))
    if last != m.group(1):
        # the "-ing" is the last clause's subject's act, and when that subject cannot be found, nobody's
        # ("but their manager, Ann Lee, changed ...": the name in apposition is left out to find it)
        subject = subject_of(re.sub(r", [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3},", "", last))
    tense_clause = m.group(1)
    # (not with an "and" in the phrase: its pieces would be cut again, and "pointed to weak demand and higher
    # costs" lost its second noun as a sentence of its own: "Higher costs for batteries.")
    told = doer_of_tail(m.group(1)) if m.group(2) not in RESULTS and " and " not in m.group(3) else None
    if told is not None:
        subject, tense_clause = told  # "This was after Swift scolded her label, accusing ...": Swift accuses
    elif re.search(r"\b(?:said|says|told|tells|reported|reports|added|wrote|writes|warned|explained|noted|argued)\b",
                   m.group(1)):
        return [s]  # "Reuters reported investors welcomed it, buying ...": who bought is the claim's subject
    elif re.search(r"\b(after|before|when|as|because|while|since|until|that|which|who|if|unless|where)\b", m.group(1)):
        if m.group(2) not in RESULTS:
            return [s]  # "X left after Swift scolded her label, accusing it of ...": X or Swift accuses
        subject = "This"  # "moved out after the river burst its banks, flooding homes": the event floods
    if m.group(2) in RESULTS and m.group(2) != "adding" and (EVENT_VERBS.search(m.group(1))
                                                             or FIGURE_MOVED.search(last)):
        subject = "This"  # "A lorry caught fire in the tunnel, closing the road": the fire closed it, not the lorry
    if not subject:
        return [s]
    verb = participle_verb(tense_clause, m.group(2), m.group(3), subject)
    if verb is None or (subject == "This" and " " in verb):
        return [s]  # "This was flooding homes": an event is told by what it did
    rest = m.group(3)
    if verb == past_tense(m.group(2)):
        # "flooding homes and cutting off the road" -> "flooded homes and cut off the road"
        # ("sweeping floors and later learning to sew" -> "swept floors and later learned to sew")
        rest = re.sub(r"\b(and|or) ((?:[a-z]+ly |later |then |also |still |soon )?)([a-z]+ing)\b",
                      lambda r: f"{r.group(1)} {r.group(2)}{past_tense(r.group(3)) or r.group(3)}",
                      rest)
    return [finish(m.group(1)), finish(f"{subject} {verb} {rest}")]


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
    if not m:
        return _opening_participle_of_a_noun(s)
    if not _participle_opener(m.group(1)):
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
        return is_verbish(low) or low in ("based", "used", "called", "named")
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
    m = re.match(r"(?:[\w'-]+ ){1,4}?([a-z]+) (by|from)\b", part) \
        or re.match(r"(?:a|an) (?:[\w'$-]+ ){0,3}?([a-z]+) (inside|into|in|on|under|with|beside)\b", part)
    # ("a $20 bill tucked inside the cover": a new thing with what was done to it, after "with a note and")
    if not m or part.split()[0].lower() in PRONOUNS_LOWER:
        return False
    verb = m.group(1)
    toks = part.split()
    before = toks[toks.index(verb) - 1].lower() if verb in toks and toks.index(verb) else ""
    if before in AUXILIARIES or verb in INTRANSITIVE_PAST:
        return False  # "were bought by", "rose from"
    return verb in IRREGULAR_PAST or (verb.endswith("ed") and is_verbish(verb))


PRONOUNS_LOWER = {"i", "you", "he", "she", "it", "we", "they"}


def _opening_participle_of_a_noun(s: str) -> list[str]:
    """'Based on a design from Oslo, the new boat carries 40 people.' -> 'The new boat carries 40 people.' +
    'The boat is based on a design from Oslo.' The main clause goes first: it holds the news."""
    from .compress_grammar import _again  # compress_grammar imports this module through clauses

    m = re.fullmatch(r"([A-Z][a-z]+(?:ed|en|ing)) ([^,]{4,80}(?:, [^,]{2,40}){0,3}), ((?:[Tt]he|[Aa]n?|[A-Z][\w'-]*) .{12,})",
                     s.rstrip("."))
    if not m or not _participle_opener(m.group(1)) or '"' in s:
        return [s]
    opener, phrase, main = m.groups()
    toks = main.split()
    at = next((i for i, t in enumerate(toks[:8]) if i and is_verbish(t) and t[:1].islower()), 0) or next(
        (i for i, t in enumerate(toks[:8]) if i and present_s_verb(toks[i - 1], t)), 0)
    if not at or any(t.endswith(",") or t.lower() in ("who", "which", "that", "and") for t in toks[:at]):
        return [s]
    subject = toks[:at]
    while subject and (subject[-1].lower().endswith("ly") or subject[-1].lower() in ("now", "also", "still", "then")):
        subject = subject[:-1]  # "Orlan Freight now runs": "now" is no part of the name
    again = _again(" ".join(subject), toks[at])
    tense = clause_tense(main) or "present"
    if again is None or tense not in ("past", "present"):
        return [s]
    plural = again == "They" or again.endswith("s") and not again.endswith("ss") and again.startswith("The ")
    if opener.endswith("ing"):
        past = past_tense(opener)
        if past is None or tense != "past" or ing_list("", f"{opener.lower()} {phrase}"):
            return [s]
        return [finish(main), finish(f"{again} {past} {phrase}")]
    if tense == "present" and opener.lower() not in STATES:
        if not re.search(r"\b(?:in|since) (?:1[89]|20)\d\d\b|\b(?:ago|last)\b", phrase):
            return [s]  # "Elected in May, she runs ...": was she elected, or is she to be? The rules cannot say
        tense = "past"  # "Founded in 1990, the firm runs ...": the founding is in the past
    be = ("were" if plural else "was") if tense == "past" else ("are" if plural else "is")
    return [finish(main), finish(f"{again} {be} {opener.lower()} {phrase}")]


# participles that tell a state, true now as it was: "Based in Oslo, the firm makes ..." -> "The firm is based ..."
STATES = {"based", "located", "known", "called", "named", "owned", "headquartered", "built", "made", "designed"}


def present_s_verb(before: str, word: str) -> bool:
    """'provides', 'carries', 'runs' after a subject: a present verb; 'the needs', 'of cases' are nouns."""
    w = word.lower()
    if not word[:1].islower() or not w.endswith("s") or w.endswith("ss") or len(w) < 4:
        return False
    if before.lower() in NOUN_PHRASE_WORDS or before.lower() in ("of", "in", "on", "at", "for", "with", "from", "to",
                                                                  "by", "and", "or"):
        return False  # "the needs of", "number of cases": a noun
    base = w[:-3] + "y" if w.endswith("ies") else w[:-2] if w.endswith(("ches", "shes", "xes")) else w[:-1]
    return base in common_words()


def present_clause(piece: str) -> bool:
    """'The new ferry carries 400 people.': a subject (no comma, no "who") and a present verb the word lists
    do not hold; grammar.stands_alone knows the verbs of its lists only."""
    toks = piece.rstrip(".").split()
    if not toks or not (toks[0] in ("The", "A", "An", "This", "These", "Its", "Their") or toks[0][:1].isupper()):
        return False
    for i, tok in enumerate(toks[1:8], start=1):
        if tok.endswith(",") or tok.lower() in ("who", "which", "that", "and", "or", "when", "if", "because"):
            return False
        if present_s_verb(toks[i - 1], tok):
            return i + 1 < len(toks)
    return False


def base_form(ing: str) -> str | None:
    """'starting' -> 'start', 'making' -> 'make', 'getting' -> 'get', 'carrying' -> 'carry'; None when unsure."""
    w = ing.lower()
    if not w.endswith("ing") or w in NOT_PARTICIPLES or len(w) < 5:
        return None
    stem, common = w[:-3], common_words()
    one_syllable = len(re.findall(r"[aeiouy]+", stem)) == 1
    if stem + "e" in common and not stem.endswith(("e", "y", "w")) and (stem not in common or one_syllable):
        return stem + "e"  # "making" -> "make", "hoping" -> "hope", "using" -> "use" (not "hop", "us")
    if stem in common:
        return stem
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in common:
        return stem[:-1]  # "getting" -> "get"
    if stem + "e" in common:
        return stem + "e"
    return None

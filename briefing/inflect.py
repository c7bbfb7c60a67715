"""English word forms for the plain-word table: -s, -ed, -ing, plurals, comparisons and -ly adverbs.

Rules plus small tables of irregular verbs and plurals; used on both sides of a table line, so "divulged"
is found and "gave away" is said.
"""
from __future__ import annotations

import re

# verb -> (past, past participle); prefixed verbs ("withdraw", "undergo") are found through their last part
IRREGULAR_VERBS = {
    "be": ("was", "been"), "begin": ("began", "begun"), "bend": ("bent", "bent"), "bind": ("bound", "bound"),
    "bite": ("bit", "bitten"), "blow": ("blew", "blown"), "break": ("broke", "broken"),
    "bring": ("brought", "brought"), "build": ("built", "built"), "burn": ("burned", "burned"),
    "buy": ("bought", "bought"), "cast": ("cast", "cast"), "catch": ("caught", "caught"),
    "choose": ("chose", "chosen"), "come": ("came", "come"), "cost": ("cost", "cost"), "cut": ("cut", "cut"),
    "deal": ("dealt", "dealt"),
    "dig": ("dug", "dug"), "do": ("did", "done"), "draw": ("drew", "drawn"), "drink": ("drank", "drunk"),
    "drive": ("drove", "driven"), "eat": ("ate", "eaten"), "fall": ("fell", "fallen"), "feed": ("fed", "fed"),
    "feel": ("felt", "felt"), "fight": ("fought", "fought"), "find": ("found", "found"), "flee": ("fled", "fled"),
    "fly": ("flew", "flown"), "forbid": ("forbade", "forbidden"), "forget": ("forgot", "forgotten"),
    "forgive": ("forgave", "forgiven"), "freeze": ("froze", "frozen"), "get": ("got", "got"),
    "give": ("gave", "given"), "go": ("went", "gone"), "grow": ("grew", "grown"), "hang": ("hung", "hung"),
    "have": ("had", "had"), "hear": ("heard", "heard"), "hide": ("hid", "hidden"), "hit": ("hit", "hit"),
    "hold": ("held", "held"), "hurt": ("hurt", "hurt"), "keep": ("kept", "kept"), "know": ("knew", "known"),
    "lay": ("laid", "laid"), "lead": ("led", "led"), "leave": ("left", "left"), "lend": ("lent", "lent"),
    "let": ("let", "let"), "lose": ("lost", "lost"), "make": ("made", "made"), "mean": ("meant", "meant"),
    "meet": ("met", "met"), "pay": ("paid", "paid"), "put": ("put", "put"), "quit": ("quit", "quit"),
    "read": ("read", "read"), "ride": ("rode", "ridden"), "ring": ("rang", "rung"), "rise": ("rose", "risen"),
    "run": ("ran", "run"), "say": ("said", "said"), "see": ("saw", "seen"), "seek": ("sought", "sought"),
    "sell": ("sold", "sold"), "send": ("sent", "sent"), "set": ("set", "set"), "shake": ("shook", "shaken"),
    "shoot": ("shot", "shot"), "show": ("showed", "shown"), "shut": ("shut", "shut"), "sing": ("sang", "sung"),
    "sink": ("sank", "sunk"), "sit": ("sat", "sat"), "sleep": ("slept", "slept"), "speak": ("spoke", "spoken"),
    "spend": ("spent", "spent"), "split": ("split", "split"), "spread": ("spread", "spread"),
    "stand": ("stood", "stood"), "steal": ("stole", "stolen"), "stick": ("stuck", "stuck"),
    "strike": ("struck", "struck"), "swear": ("swore", "sworn"), "sweep": ("swept", "swept"), "swim": ("swam", "swum"),
    "take": ("took", "taken"), "teach": ("taught", "taught"), "tear": ("tore", "torn"), "tell": ("told", "told"),
    "think": ("thought", "thought"), "throw": ("threw", "thrown"), "understand": ("understood", "understood"),
    "wake": ("woke", "woken"), "wear": ("wore", "worn"), "win": ("won", "won"), "write": ("wrote", "written"),
}
VERB_PREFIXES = ("with", "under", "over", "mis", "fore", "out", "up")
# past forms that are never a past participle: "was grew", "has went" are no English ("was made" is)
PAST_NOT_PARTICIPLE = frozenset(past for past, part in IRREGULAR_VERBS.values() if past != part) \
    | {"became", "withdrew", "overtook", "sprang", "overcame", "undertook", "foresaw"}
IRREGULAR_PLURALS = {"person": "people", "child": "children", "man": "men", "woman": "women", "crisis": "crises",
                     "analysis": "analyses", "basis": "bases", "thesis": "theses", "life": "lives",
                     "wife": "wives", "knife": "knives", "leaf": "leaves", "half": "halves", "foot": "feet",
                     "tooth": "teeth", "mouse": "mice", "criterion": "criteria", "phenomenon": "phenomena"}
VOWELS = "aeiou"

def irregular_forms(verb: str) -> tuple[str, str] | None:
    if verb in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[verb]
    for prefix in VERB_PREFIXES:
        rest = verb[len(prefix):]
        if verb.startswith(prefix) and rest in IRREGULAR_VERBS:
            past, part = IRREGULAR_VERBS[rest]
            return prefix + past, prefix + part
    return None


def third_person(verb: str) -> str:
    if verb in ("be", "have", "do", "go"):
        return {"be": "is", "have": "has", "do": "does", "go": "goes"}[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


# two-syllable verbs stressed on the end, which double like one-syllable ones: "admit" -> "admitted"
DOUBLING = {"admit", "commit", "permit", "submit", "omit", "emit", "occur", "recur", "refer", "prefer", "confer",
            "deter", "regret", "control", "patrol", "compel", "propel", "expel", "rebel", "forget", "begin", "equip",
            "upset", "transfer", "acquit", "allot", "abet", "outfit", "repel", "dispel", "incur", "defer"}


def doubles(word: str) -> bool:
    """Whether the last consonant doubles before -ed/-ing: "stop" -> "stopped", "plan" -> "planned"
    (one vowel before one final consonant in a short word; "visit" and "open" do not)."""
    if word in DOUBLING:
        return True
    return (len(word) >= 3 and word[-1] not in VOWELS + "wxy" and word[-2] in VOWELS
            and word[-3] not in VOWELS and len(re.findall(f"[{VOWELS}]+", word)) == 1)


def regular_past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in VOWELS:
        return verb[:-1] + "ied"
    return verb + verb[-1] + "ed" if doubles(verb) else verb + "ed"


def past_forms(verb: str) -> tuple[str, str]:
    """(past, past participle) of a plain verb."""
    irregular = irregular_forms(verb)
    if irregular:
        return irregular
    past = regular_past(verb)
    return past, past


def ing_form(verb: str) -> str:
    if verb == "be":
        return "being"
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + verb[-1] + "ing" if doubles(verb) else verb + "ing"


def plural(noun: str) -> str:
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def hard_variants(form: str) -> set[str]:
    """A hard form and its other spellings: "-ise"/"-ize", "-our"/"-or", doubled or single consonants.
    Extra spellings that are not words are harmless: they never match a text."""
    out = {form}
    endings = "(e|ed|es|ing|ation|ations)$"
    out |= {re.sub("iz" + endings, r"is\1", form), re.sub("is" + endings, r"iz\1", form)}
    out |= {re.sub(r"lled$", "led", form), re.sub(r"lling$", "ling", form)}
    out |= {re.sub(r"([^l])led$", r"\1lled", form), re.sub(r"([^l])ling$", r"\1lling", form)}
    return out


def hard_verb_forms(verb: str) -> dict[str, set[str]]:
    """Every plausible spelling of each form of a hard verb: a doubled and a single final consonant, both
    "-ise" and "-ize"; only real words ever match a text, so over-generating is safe."""
    irregular = irregular_forms(verb)
    past = {irregular[0], irregular[1]} if irregular else {regular_past(verb), verb + "ed", verb + "d"}
    ing = {ing_form(verb), verb + "ing", verb[:-1] + "ing" if verb.endswith("e") else verb + "ing"}
    if not irregular and verb[-1] not in VOWELS + "wxy":
        past.add(verb + verb[-1] + "ed")
        ing.add(verb + verb[-1] + "ing")
    forms = {"base": {verb}, "s": {third_person(verb)}, "ed": past, "ing": ing}
    return {k: set().union(*(hard_variants(f) for f in v)) for k, v in forms.items()}


def inflect_phrase(plain: str, form: str) -> tuple[str, str]:
    """The plain verb phrase in a form, its first word inflected: ("look into", "ed") -> ("looked into", ...).
    Returns (past or other form, past participle)."""
    if not plain:
        return "", ""
    first, _, rest = plain.partition(" ")
    tail = f" {rest}" if rest else ""
    if form == "s":
        return third_person(first) + tail, ""
    if form == "ing":
        return ing_form(first) + tail, ""
    if form == "ed":
        past, part = past_forms(first)
        return past + tail, part + tail
    return plain, ""


def plural_phrase(plain: str) -> str:
    """ "lawyer for the state" -> "lawyers for the state"; "health worker" -> "health workers"."""
    toks = plain.split()
    if not toks:
        return plain
    for i, tok in enumerate(toks):
        if i > 0 and tok in ("of", "for", "who", "that", "in", "on", "with", "from", "to", "at"):
            toks[i - 1] = plural(toks[i - 1])
            return " ".join(toks)
    toks[-1] = plural(toks[-1])
    return " ".join(toks)


IRREGULAR_COMPARISON = {"good": ("better", "best"), "bad": ("worse", "worst"), "many": ("more", "most"),
                        "much": ("more", "most"), "far": ("farther", "farthest")}


def compare(adjective: str, ending: str) -> str:
    """ "hard" -> "harder"/"hardest", "big" -> "bigger"; "" for a phrase or a long word ("more careful")."""
    if " " in adjective or "-" in adjective or not adjective:
        return ""
    if adjective in IRREGULAR_COMPARISON:
        return IRREGULAR_COMPARISON[adjective][0 if ending == "er" else 1]
    if len(re.findall(f"[{VOWELS}]+", adjective)) > 1 and not adjective.endswith("y"):
        return ""
    if adjective.endswith("e"):
        return adjective + ending[1:]
    if adjective.endswith("y") and adjective[-2:-1] not in VOWELS:
        return adjective[:-1] + "i" + ending
    return adjective + adjective[-1] + ending if doubles(adjective) else adjective + ending


def compared_with_more(adjective: str) -> bool:
    """Whether an adjective says its comparison with "more" and "most": a one-word adjective of two or more
    syllables not ending in -y ("more careful", not "carefuler"); not "more hard" nor "more very big"."""
    if " " in adjective or "-" in adjective or not adjective or adjective in IRREGULAR_COMPARISON:
        return False
    return len(re.findall(f"[{VOWELS}]+", adjective)) > 1 and not adjective.endswith("y")


def adverb(adjective: str) -> str:
    if adjective.endswith("ic"):
        return adjective + "ally"
    if adjective.endswith("le") and adjective[-3:-2] not in VOWELS:
        return adjective[:-1] + "y"
    if adjective.endswith("y") and adjective[-2:-1] not in VOWELS:
        return adjective[:-1] + "ily"
    return adjective + "ly"

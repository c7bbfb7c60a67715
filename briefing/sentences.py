"""Where a news paragraph's sentences end, and whether a piece of a sentence is a sentence of its own.

A full stop after "Mr", "U.S", an initial or a product name like "ID" rarely ends a sentence; and a piece
cut out of a longer sentence must still have a subject and a finite verb, and must not cut a pair
("both X and Y", "between X and Y") in half. The rules look at punctuation and a few function words.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from . import person_titles
from .vocabulary import common_words

# a full stop after these never ends a sentence: a name or a number always follows
TITLE_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "st", "jr",
    "sens", "reps", "govs", "gens", "messrs", "mmes", "rev", "hon", "supt", "det", "insp", "cpl", "pvt", "adm",
    "no", "nos", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "e.g", "i.e", "mt", "ft", "fig", "approx", "pp", "vol",
    "rt", "engr", "barr",  # Commonwealth and Nigerian titles: "Rt. Hon. Ada Eze", "Engr. Tunde Bello", "Barr. ..."
}
# every shortened rank the titles module knows ("Const. Mia Roy"), so a rank added there never ends a sentence here
TITLE_ABBREVIATIONS |= {rank.lower() for rank in person_titles.RANKS}
# a full stop after these ends a sentence only when a usual sentence opener follows: "the U.S. market"
# goes on, "moved to the U.S. He said" does not
WORD_ABBREVIATIONS = {"inc", "corp", "co", "ltd", "plc", "llc", "sr", "etc", "u.s", "u.k", "u.n", "u.a.e", "e.u",
                      "a.m", "p.m", "d.c", "l.a", "n.y",
                      # the short forms of US states news writes after a town: "Salem, Ore."
                      "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
                      "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m",
                      "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "vt", "va", "wash",
                      "w.va", "wis", "wyo"}
ABBREVIATIONS = TITLE_ABBREVIATIONS | WORD_ABBREVIATIONS
SENTENCE_OPENERS = {
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there",
    "but", "and", "so", "yet", "in", "on", "at", "after", "before", "when", "while", "if", "as", "his", "her",
    "its", "their", "our", "my", "some", "many", "most", "however", "meanwhile", "still", "now", "then",
    "last", "earlier", "later", "since", "for", "with", "by", "according", "also", "both", "all", "no",
}


def _ends_sentence(before: str, after: str) -> bool:
    """Does the full stop at the end of `before` end a sentence, given the words that follow?"""
    toks = before.split()
    if not toks:
        return False
    last = toks[-1].rstrip('.!?"\')')
    low = last.lower()
    if not before.rstrip().rstrip('"\')').endswith("."):
        return True  # "!" and "?" always end a sentence
    next_word = re.sub(r"^[\"'(]+", "", after.split()[0]) if after.split() else ""
    if low in TITLE_ABBREVIATIONS:
        return False
    if low in WORD_ABBREVIATIONS:
        return next_word.lower().strip(",") in SENTENCE_OPENERS
    if re.fullmatch(r"[A-Za-z]", last):
        return False  # an initial: "J. K. Rowling", "Harry S. Truman"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", last):
        return next_word.lower() in SENTENCE_OPENERS  # other dotted initials: "the N.F.L. season"
    if re.fullmatch(r"[A-Z]{2,4}", last) and re.fullmatch(r"[A-Z]{2,}[\w-]*|\d[\w.-]*", next_word):
        return False  # a product name with a full stop in it: "the ID. BUZZ", "the ID. 3"
    return True


def _inside_quoted_name(before: str, after: str) -> bool:
    """'the "Meth. We are on it." campaign': a full stop inside a short quoted name, which the sentence goes on
    after (the word after the closing quote is in lower case and is not "she said")."""
    if before.count('"') % 2 == 0 or before.rstrip().endswith('"'):
        return False
    return re.match(r'[^"]{1,60}?[.!?]"\s+(?!(?:he|she|they|it|we|i|said|says|asked|added|told)\b)[a-z]', after) \
        is not None


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph at sentence ends, leaving abbreviations ("Mr.", "U.S.") and initials alone."""
    text = re.sub(r"\s+", " ", paragraph).strip()
    out: list[str] = []
    start = 0
    for m in re.finditer(r'[.!?]["\')]?\s+(?=["(]?[A-Z0-9])', text):
        if not _ends_sentence(text[start:m.end()], text[m.end():]) or _inside_quoted_name(text[start:m.end()],
                                                                                          text[m.end():]):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return [_without_column_label(sentence) for sentence in out]


# "Hollywood Nation: Ann Lee will be honored ...": a column's or section's name before the sentence. Two to four
# capitalised words, then a colon and a long sentence that is no one's words (a speaker's label comes with "I"/"we")
COLUMN_LABEL = re.compile(r"^[A-Z][\w'&-]*(?: [A-Z][\w'&-]*){1,3}: (?=[A-Z])")


def _without_column_label(sentence: str) -> str:
    m = COLUMN_LABEL.match(sentence)
    rest = sentence[m.end():] if m else ""
    if not m or len(rest.split()) < 8 or re.search(r"\b(?:I|we|We|me|us|my|our|Our|My)\b", rest) or '"' in rest:
        return sentence
    return rest


# pairs whose second half must stay in the same sentence as the first
PAIRS = (("both", "and"), ("between", "and"), ("either", "or"), ("neither", "nor"), ("whether", "or"))


def cuts_a_pair(left: str, right: str) -> bool:
    """Would a cut between `left` and `right` split "both X and Y" or "between X and Y" in half?
    ("The deal works for both Ann and Ben, so ..." may be cut only after "Ben".)"""
    tail = " ".join(left.split()[-8:]).lower()
    head = " ".join(right.split()[:8]).lower()
    for first, second in PAIRS:
        m = list(re.finditer(rf"\b{first}\b", tail))
        if not m:
            continue
        after = tail[m[-1].end():]
        if re.search(rf"\b{second}\b", after):
            continue  # the pair is whole on the left
        if first == "both" and not after.strip():
            continue  # "... liked both. Then ..."
        if first == "between" and re.match(r" (?:them|us|you|the two)\b", after):
            continue
        # the partner word comes later on the right: the cut is inside the pair ("and it costs" starts a clause)
        if re.search(rf"(?:^|\s){second}\b(?! (?:it|he|she|they|we|i|you|this|there)\b)", head):
            return True
    return False


# "that" not after a preposition ("at that point" is a determiner); "since" and "until" are
# left out, as they are mostly prepositions ("since the spring")
OPENERS_OF_A_CLAUSE = re.compile(r"\b(?:whether|if|because(?! of)|which|who|whom|although|unless|where|why|how)\b"
                                 r"|(?<!\bat)(?<!\bin)(?<!\bon)(?<!\bof)(?<!\bby)(?<!\bfor)(?<!\bto) that\b"
                                 r"|\bas (?=(?:he|she|they|we|it|I)\b)",
                                 re.IGNORECASE)


def leaves_a_clause_open(left: str, has_verb: Callable[[str], bool]) -> bool:
    """'... over whether the United States | and China could agree': the "whether" clause has no verb yet,
    so the cut falls inside it."""
    found = list(OPENERS_OF_A_CLAUSE.finditer(left))
    if not found:
        return False
    rest = left[found[-1].end():].split()
    return bool(rest) and not any(has_verb(t) for t in rest)


NAME_JOINERS = {"of", "for", "and", "on", "the", "&"}  # small words inside a group's name: "Bureau of Meteorology"
NAME_PARTICLES = {"van", "der", "den", "de", "la", "le", "du", "von", "bin", "al", "el", "da", "di", "dos", "del"}


# a firm's name joined by "&" at the end of a speaker: "Fashion retailer Pellow & Finch"
AMPERSAND_NAME = re.compile(r"(?:[A-Z][\w'-]* )+& [A-Z][\w'-]*(?: [A-Z][\w'-]*)*$")


def short_name(speaker: str) -> str | None:
    """What stands for the speaker inside reported speech: "Mayor Helen Carter" -> "Carter",
    "the company" -> "the company"; None for "he" or "she" (the pronoun does that)."""
    speaker = speaker.strip()
    if speaker.lower() in ("he", "she", "they", "it", "we", "i") or not speaker:
        return None
    firm = AMPERSAND_NAME.search(speaker)
    if firm:
        return firm.group(0)  # "Pellow & Finch" is one firm's name, never "Finch"
    toks = speaker.split()
    run = toks[next((i for i in range(len(toks) - 1, -1, -1) if not toks[i][:1].isupper()), -1) + 1:]
    if is_a_group_name(toks) or is_a_group_name(run):
        return None  # "The Road Safety Office" is never "Office", nor "Kelmore Health Watch" "Watch": said whole
    if toks[-1][:1].isupper():
        start = len(toks) - 1
        while start > 0 and toks[start - 1].lower() in NAME_PARTICLES:
            start -= 1  # "James Van Der Beek" -> "Van Der Beek"
        return re.sub(r"'s?$", "", " ".join(toks[start:]))  # "Kremlin spokesman Dmitry Peskov" -> "Peskov"
    if toks[0].lower() in ("the", "a", "an") and all(t[:1].islower() for t in toks):
        return "the " + " ".join(toks[1:])
    return None


# the last word of a campaign's or a group's name that is no one's surname: "Ostry First", "Stronger Together"
GROUP_LAST_WORDS = {"first", "united", "together", "watch", "action", "alliance", "trust", "coalition", "campaign",
                    "initiative", "partnership", "project", "forum", "collective", "movement", "now", "forward", "aid",
                    "rescue", "watchdog", "network", "council", "party", "group", "society", "federation"}


def is_a_group_name(toks: list[str]) -> bool:
    """A capitalised name that names a group, never a person: "The Road Safety Office" (a person's name has no
    "The"), "Westmoor Police", "Kelmore Health Watch" (a group's last word). Such a name has no surname to stand
    for it. (Every word common is no sign: "Mayor Helen Carter" is a person.)"""
    if len(toks) < 2:
        return False
    if not all(t[:1].isupper() for t in toks[1:]):
        # "Bureau of Meteorology", "Department of Health and Human Services": capitalised words joined by small
        # words, one of them a body's word. A person's name has no "of" in it, so its last word is no surname.
        small = [t for t in toks[1:] if not t[:1].isupper()]
        return toks[-1][:1].isupper() and all(t in NAME_JOINERS for t in small) and any(
            re.sub(r"'s?$", "", t).lower() in BODIES or t.lower().endswith("s") and t.lower()[:-1] in BODIES
            for t in toks if t[:1].isupper())
    last = re.sub(r"'s?$", "", toks[-1]).lower()
    return toks[0] in ("The", "the") or last in BODIES or last in FIRMS_LAST_WORDS or last in GROUP_LAST_WORDS


# the last word of a group's name: "Daily News", "Labour Party", "Bank of England" is one name, not a surname
BODIES = {"news", "party", "police", "council", "bank", "group", "company", "times", "post", "agency", "ministry",
          "office", "department", "commission", "committee", "court", "university", "institute", "association",
          "union", "service", "board", "foundation", "fund", "club", "team", "house", "league", "network", "press",
          "government", "army", "force", "forces", "guard", "authority", "organization", "organisation", "society",
          "center", "centre", "school", "hospital", "journal", "herald", "tribune", "telegraph", "guardian", "radio",
          "television", "tv", "institution", "bureau", "corporation", "inc", "ltd", "co", "corp", "federation"}
# the last word of a firm's name, a plain word: the firm is called by the words before it
FIRMS_LAST_WORDS = {"foods", "industries", "motors", "airlines", "airways", "systems", "holdings", "brands", "partners",
                    "labs", "laboratories", "networks", "technologies", "pharmaceuticals", "resources", "services",
                    "communications", "solutions", "materials", "stores", "markets", "homes", "media", "rail", "railway",
                    "railways", "power", "water", "energy", "gas", "electric", "transport", "trains", "buses",
                    "telecom", "mobile", "insurance", "steel", "oil", "mining"}
# a word for what kind of thing the name after it names: "magazine Stage Report" is a title, not a person
NAMED_KINDS = {"magazine", "newspaper", "paper", "journal", "website", "site", "blog", "podcast", "broadcaster",
               "channel", "station", "outlet", "publication", "newsletter", "show", "programme", "program", "band",
               "studio", "label", "charity", "app", "platform"}
QUANTIFIERS = {"the", "a", "an", "one", "some", "many", "several", "two", "three", "four", "five", "most", "other",
               "senior", "local", "top"}


def speaker_again(speaker: str, names: AbstractSet[str] = frozenset()) -> str:
    """How a speaker is named the second time, in a sentence of their own: "Kremlin spokesman Dmitry
    Peskov" -> "Peskov", "Tajik border troops in Dushanbe" -> "The border troops", "one estimate" ->
    "The estimate", "she" -> "She". Never "It": a listener cannot tell who "it" is."""
    low = speaker.strip().lower()
    if low in ("he", "she", "they", "we"):
        return "They" if low == "we" else low.capitalize()
    # "Deputy Premier and Agriculture Minister Tanya Whitcombe": two jobs of one person, who is the name at the end
    speaker = re.sub(r"^(?:[A-Z][\w.'-]* ){0,3}(?:Premier|Minister|Secretary|President|Chairman|Chairwoman|Chair"
                     r"|Director|Mayor|Governor|Treasurer|Leader|Officer|Executive|Founder|Editor) and (?=(?:[A-Z][\w.'-]* )"
                     r"{1,4}[A-Z][\w'-]+$)", "", speaker.strip())
    # "troops in Dushanbe", "officials at the Bank of England": the place is said the first time
    # ("a source close to Vance", "people familiar with the talks": the speaker is the source, never Vance)
    toks = re.split(r" (?:in|at|from|for|of|with|on|near|and|or|by|close to|familiar with|loyal to|allied with) ",
                    speaker.strip())[0].split()
    if 1 < len(toks) <= 3 and toks[0] in ("A", "An") and all(t[:1].isupper() for t in toks):
        return " ".join(toks)  # "An Post": a name whose first word is "An", never "The post"
    if len(toks) > 1 and toks[-1][:1].isupper() and toks[-1].lower() in BODIES \
            and not any(re.fullmatch(r"[A-Z]{2,}", t) for t in toks):
        return "The " + toks[-1].lower()  # "The Northern Weather Bureau" -> "The bureau"
    if 1 < len(toks) <= 4 and toks[0].lower() == "the" and toks[-1][:1].isupper():
        return "The " + " ".join(toks[1:])  # "the Lancet Commission on health" -> "The Lancet Commission"
    if len(toks) == 1 and toks[0] not in names and toks[0][1:].islower() and toks[0].lower() in common_words() \
            and (toks[0].lower().endswith("s") or toks[0].lower() in ("data", "evidence", "research")):
        return "The " + toks[0].lower()  # "Officials said ..." -> "The officials"; "Reuters" is a name
    if firm := AMPERSAND_NAME.search(" ".join(toks)):
        return firm.group(0)  # "Pellow & Finch" is one firm's name, never "Finch"
    if toks and toks[-1][:1].isupper():
        run = toks[next((i for i in range(len(toks) - 1, -1, -1) if not toks[i][:1].isupper()), -1) + 1:]
        if len(run) <= 4 and any(re.fullmatch(r"[A-Z]{2,}", t) for t in run):
            return " ".join(run)  # "NBC News" is one name, not "News"
        if run[-1].lower() in BODIES:
            return "The " + run[-1].lower()  # "The Northern Weather Bureau" -> "The bureau"
        if len(run) > 1 and run[-1].lower() in FIRMS_LAST_WORDS:
            if all(t.lower() in common_words() for t in run[:-1]):
                return " ".join(run)  # "Western Rail" is never "Western", nor "Rail"
            return " ".join(run[:-1])  # "Tallis Foods" -> "Tallis", never "Foods"
        if len(run) > 1 and len(toks) > len(run) and toks[-len(run) - 1].lower() in NAMED_KINDS:
            return " ".join(run)  # "Industry magazine Stage Report" -> "Stage Report", never "Report"
        kind = toks[-len(run) - 1] if len(toks) > len(run) else ""
        if len(run) > 1 and is_a_group_name(run) and kind[:1].islower() and kind in common_words():
            return "The " + kind  # "Patients' group Kelmore Health Watch" -> "The group", never "Watch"
        return short_name(" ".join(toks)) or speaker
    tail: list[str] = []
    for tok in reversed(toks):
        if not tok[:1].islower() or tok.lower() in QUANTIFIERS or len(tail) == 3:
            break
        tail.insert(0, tok)
    return "The " + " ".join(tail) if tail else speaker

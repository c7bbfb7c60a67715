"""The page's headline and the article's names: what of a page title is the headline ("Council opens bridge"
of "Council opens bridge | Norvale Post"), a Title Case headline said in sentence case, and which capitalised
words of an article are names ("Graham Tully"), not words at a sentence start ("Carmaker", "The").
"""
from __future__ import annotations

import re

from ..checks import names_in
from ..grammar import FIRM_WORDS
from ..vocabulary import common_words

# labels a page puts before a headline: "BREAKING:", "Opinion |", "Watch:"
KICKERS = {"breaking", "opinion", "watch", "video", "live", "update", "updated", "exclusive", "analysis",
           "review", "explainer", "photos", "listen", "editorial", "comment", "news"}
TITLE_SEPARATORS = re.compile(r" (?:\||\u2014|\u2013|-{1,2}) ")


def is_site_name(part: str) -> bool:
    """A short tail like "The GiveWell Blog" or "example.com": every word capitalised, or a web address."""
    toks = part.split()
    return 0 < len(toks) <= 4 and (all(t[:1].isupper() or t[:1].isdigit() for t in toks)
                                   or bool(re.search(r"\.(?:com|org|net|co|io|uk)\b", part)))


def headline_text(title: str) -> str:
    """The headline without the page's labels around it: the site name after " | " or " - ", a kicker
    word before it ("Opinion |", "BREAKING:"). Between two long parts the longest is the headline."""
    # a headline marks a film's or a book's name, or a short quote, with single quotes ("'Iron Meridian' tops box
    # office"): unheard when read, and a spoken line cannot open on a quote mark
    title = re.sub(r"(?<![\w'])['\u2018]([A-Z0-9][^'\u2018\u2019]{0,60}?)['\u2019](?![\w'])", r"\1", title.strip())
    kicker = re.match(r"([A-Za-z]+)\s*[:|]\s+", title)
    if kicker and (kicker.group(1).lower() in KICKERS or kicker.group(1).isupper() and len(kicker.group(1)) > 3):
        title = title[kicker.end():]
    parts = [p.strip() for p in TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) > 1:
        kept = [p for p in parts if not is_site_name(p)] or parts
        if " | " in title:
            return max(kept, key=lambda p: len(p.split()))
        if len(kept) < len(parts) and parts[-1] not in kept:
            return title[:title.rindex(parts[-1])].rstrip(" |-\u2013\u2014")
    return title


def capitalised_inside_sentences(text: str) -> set[str]:
    """Capitalised words the text writes somewhere other than at a sentence start: names ("the Wild",
    "at 2018 Welcome Festival")."""
    text = text.replace("\u2019", "'")
    found = set()
    for m in re.finditer(r"[A-Z][A-Za-z'-]*", text):
        before = text[:m.start()].rstrip(" \t\"'(\u201c\u2018")
        if before and before[-1] not in ".!?:\n":
            found.add(re.sub(r"'s?$", "", m.group(0)))
    return found


def sentence_case(title: str, body: str) -> str:
    """Headline Title Case -> sentence case: "Physicists Just Created the Most Detailed Simulation" is said
    "Physicists just created the most detailed simulation". A word is lowered when the body writes it in
    lower case, or when it is a common English word the body never capitalises inside a sentence (where a
    capital marks a name: "the Wild beat ...", "said Trump"). Acronyms and words with inner capitals stay."""
    toks = title.split()
    long = [t for t in toks if len(t) > 3]
    if not long or sum(t[:1].isupper() for t in long) / len(long) < 0.7:
        return title
    body_lower = set(re.findall(r"\b[a-z][a-z'-]*\b", body))
    body_names = capitalised_inside_sentences(body)
    common = common_words()

    def lowered(tok: str) -> str:
        core = tok.strip(",:;.!?\"'\u2018\u2019\u201c\u201d()")
        if core.lower() in body_lower and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)+", core):
            return tok.replace(core, core.lower(), 1)  # "Moderate-to-Severe" the body writes "moderate-to-severe"
        if not core[:1].isupper() or re.search(r"[A-Z]", core[1:]) or re.search(r"\d", core):
            return tok  # "iPhone", "NASA", "COVID-19": as the page writes them
        word = core.lower()
        if word in body_lower or (word in common and re.sub(r"'s?$", "", core) not in body_names) \
                or (_another_form_in(word, body_lower) and re.sub(r"'s?$", "", core) not in body_names):
            return tok.replace(core, core[:1].lower() + core[1:], 1)
        return tok

    out = [toks[0]]
    for before, tok in zip(toks, toks[1:]):
        # after a colon or a closing stop a new sentence may begin: its first word keeps its capital
        if before.endswith((":", ".", "!", "?")) or _name_goes_on(out[-1], tok, body):
            out.append(tok)
        else:
            out.append(lowered(tok))
    return " ".join(out)


def _name_goes_on(said_before: str, tok: str, body: str) -> bool:
    """A capitalised word that goes on a name the body writes with both capitals: "Harwick Bank" stays so in
    "Harwick Bank and Lumeno Partner ...", though the body also writes "bank" for any bank."""
    first = said_before.strip(",:;\"'\u2018\u2019\u201c\u201d()")
    core = tok.strip(",:;.!?\"'\u2018\u2019\u201c\u201d()")
    if not (first[:1].isupper() and core[:1].isupper() and core[1:].islower()):
        return False
    return re.search(rf"\b{re.escape(first)} {re.escape(core)}\b", body) is not None


def _another_form_in(word: str, body_lower: set[str]) -> bool:
    """A title's verb in "-s" whose other form the body writes in lower case: "Announces" (body: "announced"),
    "Bets" (body: "betting")."""
    stem = re.sub(r"(?:es|s)$", "", word) if len(word) >= 4 and word.endswith("s") and not word.endswith("ss") else ""
    return len(stem) >= 3 and any(w != stem and re.fullmatch(rf"{re.escape(stem)}{stem[-1]}?(?:e?s|e?d|ing|e)", w)
                                  for w in body_lower if w.startswith(stem))


def proper_names(text: str) -> set[str]:
    """Capitalised words the text never uses in lower case: names, not sentence-initial "The"."""
    lower = set(re.findall(r"\b[a-z][a-z'-]*\b", text))
    mid_sentence = set(re.findall(r"(?<=[a-z,] )[A-Z][A-Za-z'-]*", text))
    common = common_words()
    found = {w for w in names_in(text) if w.lower() not in lower
             and (w in mid_sentence or (w.lower() not in common and not plural_of_common(w.lower())))}
    # a first name seen only at a sentence start, as "Graham Tully parked ...": right before a name, a capitalised
    # word the text never writes in lower case is that name's first part, though "graham" is a common word
    before_name = {m.group(1) for m in re.finditer(r"\b([A-Z][a-z'-]+) ([A-Z][A-Za-z'-]+)\b", text)
                   if m.group(2) in found and m.group(2).lower() not in common and m.group(1).lower() not in lower}
    # "Carmaker Castleford Motors will cut ...": before a firm's name at a sentence start, a word is what the firm
    # is, no part of its name
    what_firm = {m.group(1) for m in re.finditer(rf"(?:^|[.!?\"] )([A-Z][a-z'-]+) (?:[A-Z][\w'-]+ ){{1,2}}{FIRM_WORDS}\b",
                                                 text, re.MULTILINE)} - mid_sentence
    return (found | before_name) - what_firm


def plural_of_common(word: str) -> bool:
    """'ferries', 'buildings', 'newer': a plural or comparative of a common word; capitalised only at a sentence
    start, it is no name (a comparative only when its "-est" form is common too: "Parker" has no "parkest")."""
    bases = ([word[:-3] + "y"] if word.endswith("ies") else []) + ([word[:-2]] if word.endswith("es") else []) \
        + ([word[:-1]] if word.endswith("s") and not word.endswith("ss") else [])
    # ("Campaigners": the people who do a common verb, "campaign", are no name either)
    return any(len(b) > 2 and b in common_words() for b in bases) \
        or (word.endswith("er") and word[:-2] + "est" in common_words()) \
        or (word.endswith("ers") and len(word) > 7 and word[:-3] in common_words())

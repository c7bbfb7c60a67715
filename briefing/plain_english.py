"""Rule-based rewriting of news sentences into short, plain ones.

No parser: the rules look at punctuation, a few function words and word endings. They only ever drop,
reorder or swap words for plainer ones from a committed table, so a rewritten sentence never says
anything the article did not (the checks in briefing/checks.py verify names and numbers).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from .clauses import (IRREGULAR_PAST, LONGEST, PRESENT_VERBS, cap, finish, is_sentence, keep_leaning, lower_first,
                      shorten, words)
from .vocabulary import common_words, idioms, substitutions
from .words import FUNCTION_WORDS, an_or_a, swap_plain_words

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "st", "jr", "sr",
    "sens", "reps", "govs", "gens", "messrs", "mmes", "rev", "hon", "supt", "det", "insp", "cpl", "pvt", "adm",
    "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "mt", "ft", "fig", "approx",
}
CONTRACTIONS = [
    (r"\bcan't\b", "cannot"), (r"\bwon't\b", "will not"), (r"\bshan't\b", "shall not"),
    (r"\b(\w+)n't\b", r"\1 not"), (r"\b(\w+)'re\b", r"\1 are"), (r"\b(\w+)'ve\b", r"\1 have"),
    (r"\b(\w+)'ll\b", r"\1 will"), (r"\bI'm\b", "I am"), (r"\bit's\b", "it is"), (r"\bIt's\b", "It is"),
    (r"\bthat's\b", "that is"), (r"\bThat's\b", "That is"), (r"\bthere's\b", "there is"),
    (r"\bThere's\b", "There is"), (r"\bhe's\b", "he is"), (r"\bHe's\b", "He is"), (r"\bshe's\b", "she is"),
    (r"\bShe's\b", "She is"), (r"\bwhat's\b", "what is"), (r"\bWhat's\b", "What is"),
]
FIRST_PERSON = re.compile(r"\b(I|me|my|mine|we|us|our|ours|you|your|yours|I'm|we're|you're)\b", re.IGNORECASE)
QUOTED = re.compile(r'"([^"]*)"')
# "I", "we" and "our" that are still in a rewritten sentence are the writer's voice or an unreported quote.
# Capitalised only at the start: "The We Company" is a name. A general "you" is plain English and stays.
NARRATOR = re.compile(r"\b(I|me|my|mine|we|us|our|ours)\b|^(My|We|Our|Us)\b")


def normalise(text: str) -> str:
    """Straight quotes and apostrophes, plain spaces, no contractions."""
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u201e", '"').replace("\u00ab", '"')
    text = text.replace("\u00bb", '"').replace("\u2018", "'").replace("\u2019", "'").replace("\u00a0", " ")
    text = re.sub(r"\s*[\u2013\u2014]\s*|\s+-{1,2}\s+", " \u2014 ", text)
    for pattern, repl in CONTRACTIONS:
        text = re.sub(pattern, repl, text)
    text = text.replace("won not", "will not").replace("ca not", "cannot")
    return re.sub(r"\s+", " ", text).strip()


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph at sentence ends, leaving abbreviations ("Mr.", "U.S.") and initials alone."""
    text = re.sub(r"\s+", " ", paragraph).strip()
    out: list[str] = []
    start = 0
    for m in re.finditer(r'[.!?]["\')]?\s+(?=["(]?[A-Z0-9])', text):
        before = text[start:m.start() + 1].split()
        last = before[-1].rstrip('.!?"\')').lower() if before else ""
        if text[m.start()] == "." and (last in ABBREVIATIONS or re.fullmatch(r"[a-z]", last)):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def drop_asides(s: str) -> str:
    """Parentheses and paired dashes hold side remarks a listener can do without."""
    s = re.sub(r"\s*\([^()]*\)", "", s)
    s = re.sub(r"\s*\[[^\]]*\]", "", s)
    s = re.sub(r" \u2014 [^\u2014]{1,120}? \u2014 ", " ", s)
    return s


SPEECH_VERBS = (r"said|says|added|told (?:[A-Z]\w+|the \w+|reporters)|tells [A-Z]\w+|explained|noted|wrote"
                r"|continued")
THIRD_PERSON = {"think": "thinks", "feel": "feels", "believe": "believes", "know": "knows", "want": "wants",
                "hope": "hopes", "like": "likes", "love": "loves", "need": "needs", "see": "sees", "mean": "means",
                "expect": "expects", "am": "is", "have": "has", "do": "does", "say": "says"}
PAST_OR_MODAL = {"was", "had", "did", "could", "would", "will", "can", "should", "might", "must", "may", "never",
                 "always", "also", "just", "still", "really"}


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def report(quote: str, pronoun: str | None, name: str | None = None) -> str | None:
    """First-person words of a quote in reported speech ("I was scared" -> "she was scared"). When the
    speaker's he or she is unknown, the speaker's name stands in ("I was scared" -> "Carter was scared").
    None when a rule cannot do it safely (a "you", or no pronoun and no name)."""
    if re.search(r"\b(you|your|yours|yourself)\b", quote, re.IGNORECASE):
        return None
    if re.search(r", I \w+(?: \w+){0,2},", quote):
        return None  # "Mr. Trump, I can state, will be ...": an aside in the middle of the quote
    toks = quote.split()
    out = []
    for i, tok in enumerate(toks):
        bare = tok.strip('.,;:!?')
        tail = tok[len(bare):]
        low = bare.lower()
        if low in ("i", "me", "my", "mine", "myself"):
            if pronoun is None and (not name or len(re.findall(r"\b(?:I|me|my|mine|myself)\b", quote, re.I)) > 1):
                return None  # "Okafor said Okafor was scared for Okafor's family" is no help to a listener
            he = pronoun == "he"
            if low == "i":
                v = i + 1
                while v < len(toks) - 1 and toks[v].lower() in ("also", "just", "still", "really", "often", "usually"):
                    v += 1  # "I also use" -> "he also uses"
                nxt = toks[v].strip('.,;:!?').lower() if v < len(toks) else ""
                if nxt in THIRD_PERSON:
                    toks[v] = THIRD_PERSON[nxt] + toks[v][len(nxt):]
                elif nxt in PRESENT_VERBS and (third := _third_person(nxt)) in PRESENT_VERBS:
                    toks[v] = third + toks[v][len(nxt):]  # "I run" -> "he runs"
                elif not (nxt in PAST_OR_MODAL or nxt in IRREGULAR_PAST or nxt.endswith("ed")):
                    return None
                word = pronoun or name or ""
            elif pronoun is None:
                word = f"{name}'s" if low in ("my", "mine") else name or ""
            else:
                word = {"me": "him" if he else "her", "my": "his" if he else "her",
                        "mine": "his" if he else "hers", "myself": "himself" if he else "herself"}[low]
        elif low in ("we", "us", "our", "ours", "ourselves"):
            word = {"we": "they", "us": "them", "our": "their", "ours": "theirs", "ourselves": "themselves"}[low]
        else:
            out.append(tok)
            continue
        out.append((cap(word) if bare[:1].isupper() and i == 0 else word) + tail)
    return " ".join(out)


MAX_QUOTE_WORDS = 36
# what may follow "said" in an attribution and is left out: "said in a statement", "told CNN on Monday"
SAID_WHERE = r"(?:in|on|to|at|of|about|as|while|during|last|this|after|before|earlier|later|yesterday|today)\b(?:(?!\bthat\b)[^\",]){0,60}?"


NAME_PARTICLES = {"van", "der", "den", "de", "la", "le", "du", "von", "bin", "al", "el", "da", "di", "dos", "del"}


def short_name(speaker: str) -> str | None:
    """What stands for the speaker inside reported speech: "Mayor Helen Carter" -> "Carter",
    "the company" -> "the company"; None for "he" or "she" (the pronoun does that)."""
    speaker = speaker.strip()
    if speaker.lower() in ("he", "she", "they", "it", "we", "i") or not speaker:
        return None
    toks = speaker.split()
    if toks[-1][:1].isupper():
        start = len(toks) - 1
        while start > 0 and toks[start - 1].lower() in NAME_PARTICLES:
            start -= 1  # "James Van Der Beek" -> "Van Der Beek"
        return re.sub(r"'s?$", "", " ".join(toks[start:]))  # "Kremlin spokesman Dmitry Peskov" -> "Peskov"
    if toks[0].lower() in ("the", "a", "an") and all(t[:1].islower() for t in toks):
        return "the " + " ".join(toks[1:])
    return None


def paraphrase_quote(s: str, names: AbstractSet[str] = frozenset(),
                     pronouns: Mapping[str, str] | None = None) -> str | None:
    """'"Q," X said.' -> 'X said Q.' in reported speech; None when the quote cannot be reported plainly."""
    quotes = QUOTED.findall(s)
    if not quotes and s.count('"') == 0:
        return s
    if s.count('"') % 2:
        return None
    # '"Q," Steve Clarke, deputy head of the agency, said.' -> '"Q," Steve Clarke said.' (the job is left out)
    s = re.sub(rf'("\s*,?\s*)((?:[A-Z][\w.\'-]+ ){{0,3}}[A-Z][\w.\'-]+), [^"]{{3,160}}?, ({SPEECH_VERBS})\b', r"\1\2 \3", s)
    long_quotes = [q for q in quotes if words(q) > 3]
    if long_quotes and not s.startswith('"') and not re.search(rf"\b(?:{SPEECH_VERBS})\b", s) \
            and not any(FIRST_PERSON.search(q) for q in quotes):
        return s.replace('"', "")  # the writer's own sentence with a quoted phrase in it
    if not long_quotes:
        if s.startswith('"'):
            return None  # '"Please," he said.': an exclamation, not news
        return s.replace('"', "")  # scare quotes around a word or two
    m = re.fullmatch(rf'"([^"]+?)[,.]?"\s*,?\s*(?:({SPEECH_VERBS})\s+([^,"]{{1,50}}?)|([^,"]{{1,50}}?)\s+'
                     rf'({SPEECH_VERBS})(?: {SAID_WHERE})?)(?:[,.]\s*(.*))?', s)
    if m:
        quote, speaker = m.group(1), m.group(3) or m.group(4)
    else:
        m = re.fullmatch(rf'([A-Z][^",]{{1,50}}?) (?:{SPEECH_VERBS})[:,] "([^"]+?)[.!]?"', s)
        if not m:
            return None
        speaker, quote = m.group(1), m.group(2)
    if words(speaker) > 6 or '"' in quote or words(quote) > MAX_QUOTE_WORDS or quote.rstrip().endswith("?"):
        return None  # a long quote, a question, or a speaker with a long title cannot be reported plainly
    if re.search(r"\b(you|your|yours|yourself)\b", quote, re.IGNORECASE) and not re.search(r"\b(told|tells)\b", s):
        quote = generic_you(quote) or quote  # left as it is, report() drops it
    if FIRST_PERSON.search(quote):
        pronoun = speaker.lower() if speaker.lower() in ("he", "she") else (pronouns or {}).get(speaker.split()[-1])
        reported = report(quote, pronoun, short_name(speaker))
        if reported is None:
            return None
        quote = reported
    return f"{cap(speaker)} said {lower_first(quote.rstrip('.!?'), names)}."


# "you" that speaks to someone in particular, not to anyone ("here": to someone standing with the speaker)
ADDRESSED_YOU = re.compile(r"\b(thank you|you know|you guys|you all|see you|mind you|you see|are you|do you|did you"
                           r"|have you|will you|can you|would you|could you|if you will|you're welcome|here)\b"
                           r"|\b(I|me|my|we|us|our)\b|^(?:Please|Let)\b|!", re.IGNORECASE)


def generic_you(quote: str) -> str | None:
    """A speaker's general "you" ("whenever you buy a stock, it gives you more") -> "people" and "their";
    None when the "you" may be someone in particular (the speaker is there too, or a question, an order)."""
    if ADDRESSED_YOU.search(quote) or quote.rstrip().endswith("?") or re.search(r"(?:^|\s)'\w", quote) \
            or words(quote) < 8:  # "You can go either way.": a short remark is talk, often an idiom
        return None
    first = quote.split()[0].lower().strip(",")
    if first in PRESENT_VERBS or first in ("be", "go", "look", "think", "imagine", "remember", "stop", "don't"):
        return None  # "Look at what you did": an order to the one listening
    out = re.sub(r"\byourself\b", "themselves", quote, flags=re.IGNORECASE)
    out = re.sub(r"\byours\b", "theirs", out, flags=re.IGNORECASE)
    out = re.sub(r"\byour\b", "their", out, flags=re.IGNORECASE)
    out = re.sub(r"^You\b", "People", out)
    return re.sub(r"\byou\b", "people", out, flags=re.IGNORECASE)


def speaker_pronouns(text: str) -> dict[str, str]:
    """'he' or 'she' for each capitalised name the text clearly refers to one way (counted in the words
    after each mention), so a quote of "I ..." can be reported as "she ..."."""
    found: dict[str, list[int]] = {}
    for m in re.finditer(r"\b([A-Z][a-z'-]+)\b", text):
        after = text[m.end():m.end() + 160].lower()
        he = len(re.findall(r"\b(he|his|him)\b", after))
        she = len(re.findall(r"\b(she|her|hers)\b", after))
        counts = found.setdefault(m.group(1), [0, 0])
        counts[0] += he
        counts[1] += she
    return {name: "he" if he > 2 * she else "she" for name, (he, she) in found.items()
            if (he >= 2 and he > 2 * she) or (she >= 2 and she > 2 * he)}


def attribution_first(s: str, names: set[str]) -> str:
    """'X, according to Y.' / 'X, Y said.' -> 'Y said X.' so the listener hears who speaks first."""
    body = s.rstrip(".")
    m = re.fullmatch(r"(.{15,}?),? according to (.{2,60})", body)
    if m and "," not in m.group(2):
        return f"{cap(m.group(2))} said {lower_first(m.group(1), names)}."
    m = re.fullmatch(r"According to ([^,]{2,60}), (.{15,})", body)
    if m:
        return f"{cap(m.group(1))} said {lower_first(m.group(2), names)}."
    m = re.fullmatch(r"(.{15,}), ((?:[A-Z][\w.'-]* ?){1,4}|(?:the |a |an )?[\w.' -]{2,50}?|he|she|they) (said|says)"
                     r"( (?:on|last|this|in|to|at|during) [^,]{1,40}| yesterday| today)?", body)
    if m and words(m.group(2)) <= 7:
        when = f"{m.group(4)} that" if m.group(4) else ""
        return f"{cap(m.group(2))} {m.group(3)}{when} {lower_first(m.group(1), names)}."
    m = re.fullmatch(r"(.{15,}), (said|says) ([A-Z][^,]{1,50})", body)
    if m:
        return f"{m.group(3)} {m.group(2)} {lower_first(m.group(1), names)}."
    return s


ADJECTIVE_ENDINGS = ("al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ary", "ish", "ant", "ent")
# words with these endings are often nouns too ("the incumbent", "an assailant", "a rival", "a critic"):
# dropped only before a word that cannot be a verb
NOUN_TOO_ENDINGS = ("al", "ive", "ic", "ary", "ant", "ent")
# before an adjective that is the point of its clause ("became more sluggish"), never dropped
LINKING_WORDS = {"more", "most", "very", "so", "too", "as", "less", "least", "is", "are", "was", "were", "be", "been",
                 "being", "seem", "seems", "seemed", "become", "becomes", "became", "remain", "remains", "remained",
                 "stay", "stays", "stayed", "get", "gets", "got", "feel", "feels", "felt", "look", "looks", "looked",
                 "not", "and", "or", "but"}
KEEP_BEFORE = {"that", "to", "of", "and", "or", "but", "for", "in", "on", "at", "with", "by", "as", "than", "is", "are"}


def simplify_words(s: str, names: AbstractSet[str] = frozenset()) -> str:
    """Swap hard words for plain ones; drop uncommon -ly adverbs and uncommon adjectives before a noun
    ("illicit drugs" -> "drugs"): they colour a fact but rarely carry it. Names are never touched."""
    s = swap_plain_words(s, substitutions(), names)
    common = common_words()

    def spelling(m: re.Match[str]) -> str:
        w = m.group(0)
        if w.lower() in common or w[:1].isupper():
            return w
        variant = american_spelling(w)
        return variant if variant and variant in common else w

    s = re.sub(r"\b[a-z]{5,}\b", spelling, s)

    def drop_adverb(m: re.Match[str]) -> str:
        w = m.group(1)
        return m.group(0) if w.lower() in common or w[0].isupper() else ""

    s = re.sub(r"\b([A-Za-z]+ly)\b,? ?", drop_adverb, s)

    def drop_adjective(m: re.Match[str]) -> str:
        w, following = m.group(1), m.group(2)
        if w.lower() in common or w[0].isupper() or following in KEEP_BEFORE or not w.endswith(ADJECTIVE_ENDINGS):
            return m.group(0)
        before = re.findall(r"[A-Za-z']+", s[:m.start()])
        if before and before[-1].lower() in LINKING_WORDS:
            return m.group(0)  # "sales were more sluggish later": the adjective is what the sentence says
        if following.endswith(("ing", "ed")) or following in FUNCTION_WORDS:
            return m.group(0)  # "the assailant fleeing": a noun before a verb, not an adjective
        if w.endswith(NOUN_TOO_ENDINGS) and (following in PRESENT_VERBS or following in IRREGULAR_PAST):
            return m.group(0)  # "the incumbent lost", "the defendant denies"
        return following

    s = re.sub(r"(?<![\w'-])([a-z]{5,}) (?=([a-z]+)\b)", lambda m: drop_adjective(m) if drop_adjective(m) == m.group(0) else "", s)
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s+", " ", s)).strip()


# British spellings whose American form is the more frequent word ("criticised" -> "criticized"): the same
# word, so the swap never changes meaning; used only when the other spelling is in the common-word list.
SPELLINGS = [(r"is(e|ed|es|ing|ation|ations)$", r"iz\1"), (r"isation(s?)$", r"ization\1"), (r"our(s?|ed|ing)$", r"or\1"),
             (r"tre(s?)$", r"ter\1"), (r"ence$", "ense"), (r"ogue(s?)$", r"og\1"), (r"lled$", "led"), (r"lling$", "ling"),
             (r"yse(d|s)?$", r"yze\1")]


def american_spelling(word: str) -> str | None:
    for pattern, repl in SPELLINGS:
        variant = re.sub(pattern, repl, word)
        if variant != word:
            return variant
    return None


def _match_case(found: str, plain: str) -> str:
    return cap(plain) if found[:1].isupper() and plain else plain


def fix_articles(s: str) -> str:
    """'a experience' -> 'an experience', 'an unique' -> 'a unique' after a word between them was dropped or
    swapped. Abbreviations and single letters are left as written ("an FBI agent", "a U-turn")."""
    def fit(m: re.Match[str]) -> str:
        article, word = m.group(1), m.group(2)
        if not re.fullmatch(r"[a-z][a-z'-]*|[A-Z][a-z][a-z'-]*", word):
            return m.group(0)
        fitted = an_or_a(word)
        return (fitted.capitalize() if article[0] == "A" else fitted) + " " + word

    # lower-case "a" only, or a capital one that starts the sentence: "Plan A into action" stays
    return re.sub(r"(?:(?<=[\s\"(])|^)(an|a|An(?=\s)|A(?=\s))\s(?=\S)([A-Za-z][\w'-]*)",
                  lambda m: fit(m) if m.group(1)[0] == "a" or m.start() == 0 or not s[:m.start()].strip('" (')
                  else m.group(0), s)


def writer_voice(s: str, names: AbstractSet[str]) -> str | None:
    """The article's own "I" or "we" said as "the writer" or "the writers": the one who wrote it is known.
    Only a sentence that opens with "I" or "We" and has no quotes or "you"; None otherwise."""
    if '"' in s or re.search(r"\b(you|your|yours)\b", s, re.IGNORECASE):
        return None
    opener = re.match(r"([A-Z][^,\"]{2,60}), (we|I) (?=[a-z])", s)
    if opener and not NARRATOR.search(opener.group(1)):
        # "So to check the value, we turned to ..." -> "So to check the value, the writers turned to ..."
        rest = writer_voice(cap(s[len(opener.group(1)) + 2:]), names)
        return f"{opener.group(1)}, {rest[:1].lower() + rest[1:]}" if rest and rest.startswith("The writer") else None
    if re.match(r"I\b", s) and not re.search(r"\b(we|us|our|ours)\b", s, re.IGNORECASE):
        reported = report(s, None, "the writer")
        reported = reported and re.sub(r"\bam\b", "is", reported)  # "I have ... and am ..." 
    elif re.match(r"We\b", s) and not re.search(r"\b(I|me|my|mine)\b", s):
        reported = report(s, None, None)
        reported = reported and re.sub(r"^They\b", "The writers", reported)
    else:
        return None
    return cap(reported) if reported else None


def rewrite(sentence: str, names: set[str], pronouns: Mapping[str, str] | None = None) -> list[str]:
    """One article sentence -> zero or more short plain sentences."""
    s = drop_asides(normalise(sentence))
    s_before_quote = s
    q = paraphrase_quote(s, names, pronouns)
    if q is None:
        return []
    s = attribution_first(q, names)
    s = simplify_words(s, names)
    if idioms().search(s):
        return []  # "heads needed to roll": a learner hears the words, not the meaning
    s = re.sub(r"\s+([,.;:!?])", r"\1", s)
    s = re.sub(r"^(However|Meanwhile|Moreover|Furthermore|In addition|Additionally|Also|Still),\s*", "", s)
    s = re.sub(r",\s*(however|meanwhile|moreover|furthermore|though|too),", "", s)
    s = fix_articles(s)
    s = finish(s)
    if re.match(r"(?:Check out|Click|Subscribe|Sign up|Follow us|Read more|Share this)\b", s):
        return []  # page furniture that speaks to the reader, not news
    if words(s) < 3 or s.endswith("?"):
        return []  # questions in a story are subheadings ("What happens next?"), not news
    if NARRATOR.search(s):
        s = writer_voice(s, names) or ""  # "I have bought two so far." -> "The writer has bought two so far."
        if not s or NARRATOR.search(s):
            return []  # "we", "you", "I" left over: a quote we could not report
    parts = keep_leaning([[p] if words(p) >= 3 and is_sentence(p) else [] for p in shorten(s, names)])
    if not parts:
        from .compress import compress  # a long sentence no rule above could cut: keep its main facts
        parts = compress(s, names)
    if q != s_before_quote and parts:
        parts = keep_speaker(parts, names)
    return parts


def keep_speaker(parts: list[str], names: AbstractSet[str]) -> list[str]:
    """A reported quote cut into pieces keeps its speaker on each: 'Beek said they lost the baby.' +
    'They are sad.' -> ... + 'Beek also said they are sad.', so no piece of a quote sounds like a fact."""
    m = re.match(r"((?:[A-Z][\w.'-]*|[Tt]he [\w'-]+|He|She|They)(?: [A-Z][\w.'-]*){0,3}) said ", parts[0])
    if not m:
        return parts
    speaker = m.group(1)
    again = short_name(speaker) or (speaker if speaker in ("He", "She", "They") else speaker)
    out = [parts[0]]
    for part in parts[1:]:
        if part.startswith("But "):
            who = again[:1].lower() + again[1:] if again in ("He", "She", "They") else again
            said = f"But {who} also said {lower_first(part[4:], names)}"
        else:
            said = f"{cap(again)} also said {lower_first(part, names)}"
        if re.search(r"\b(said|says|told|asked)\b", part):
            said = part  # already says who
        elif words(said) > LONGEST:
            break  # too long with the speaker added, and without one it would sound like a fact
        out.append(said)
    return out



# a job word in lower case before a name: '"...," judge Inaba noted.'
ROLE = r"(?:judge|coach|mayor|senator|president|minister|director|officer|doctor|professor|spokesman|spokeswoman)"
SPEAKER_AFTER = re.compile(rf'"\s*,?\s*(?:(?:{SPEECH_VERBS}) ((?:[A-Z][\w.\'-]*)(?: [A-Z][\w.\'-]*){{0,3}}|he|she)|'
                           rf'((?:[A-Z][\w.\'-]*|the|a|an|he|she|{ROLE} [A-Z][\w.\'-]*)(?: [\w.\'-]+){{0,5}}?) '
                           rf'(?:{SPEECH_VERBS}))'
                           rf'(?: {SAID_WHERE})?[.,]')
SPEAKER_BEFORE = re.compile(rf'^((?:[A-Z][\w.\'-]*|the|a|an|He|She|The)(?: [\w.\'-]+){{0,5}}?) (?:{SPEECH_VERBS})'
                            rf'(?: {SAID_WHERE})?[:,]? "')


def _speaker(sentence: str) -> str | None:
    m = SPEAKER_AFTER.search(sentence)
    if m:
        return m.group(1) or m.group(2)
    m = SPEAKER_BEFORE.search(sentence)
    return m.group(1) if m else None


def _quote_clause(body: str) -> str | None:
    """A quoted sentence worth reporting: a clause of its own, not "And we are going." or "In fact."."""
    body = body.strip().strip('"').rstrip(",.!").strip()
    if '"' in body or words(body) < 4 or body.split()[0].lower() in ("and", "but", "or", "so", "because", "which"):
        return None
    return body


def attribute_quotes(sentences: list[str], speaker: str | None) -> tuple[list[str], str | None]:
    """Give every quoted sentence of a paragraph its speaker, as '"Q," X said.', so it can be reported.

    A quote of several sentences names its speaker once, at its first or last sentence; a quote that
    stands alone after an attribution ('"Q1," Carter said. "Q2."') is the same speaker's. A quote whose
    speaker is not named in this paragraph or the one before it stays unattributed (and is left out).
    Returns the sentences and the last speaker, for the next paragraph."""
    if not any('"' in s for s in sentences):
        return sentences, None  # a paragraph without quotes ends the last speaker's turn
    out: list[str] = []
    i = 0
    while i < len(sentences):
        s = sentences[i]
        if i > 0 and '"' in sentences[i - 1] and not _speaker(sentences[i - 1]) \
                and sentences[i - 1].count('"') % 2 == 0:
            speaker = None  # a quote whose speaker we could not read: the next quote may be anyone's
        if s.count('"') % 2 == 0:
            found = _speaker(s) if '"' in s else None
            if found:
                speaker = found
                out.append(s)
            elif re.fullmatch(r'"[^"]+[.!]"', s) and speaker and _quote_clause(s):
                again = short_name(speaker) or speaker  # "Carter", not "Mayor Helen Carter" again
                out.append(f'"{_quote_clause(s)}," {again} said.')
            else:
                out.append(s)
            i += 1
            continue
        # an open quote: collect up to the sentence that closes it
        j = i + 1
        while j < len(sentences) and sentences[j].count('"') % 2 == 0:
            j += 1
        if j >= len(sentences):
            # not closed in this paragraph: news style, the same speaker's quote goes on in the next one
            first_speaker = SPEAKER_BEFORE.search(sentences[i])
            who = first_speaker.group(1) if first_speaker else speaker
            if not who or not (first_speaker or sentences[i].lstrip().startswith('"')):
                out += sentences[i:]
                return out, None
            bodies = [sentences[i][first_speaker.end():] if first_speaker else sentences[i].lstrip()[1:]]
            for k, raw in enumerate(bodies + sentences[i + 1:]):
                body = _quote_clause(raw)
                if body:
                    out.append(f'"{body}," {who if k == 0 and first_speaker else short_name(who) or who} said.')
            return out, who
        group = sentences[i:j + 1]
        first_speaker = SPEAKER_BEFORE.search(group[0])
        last = SPEAKER_AFTER.search(group[-1])
        who = (last.group(1) or last.group(2)) if last else first_speaker.group(1) if first_speaker else speaker
        if not who or not group[0].lstrip().startswith('"') and not first_speaker:
            out += group
            i = j + 1
            continue
        bodies = [group[0][first_speaker.end():] if first_speaker else group[0].lstrip()[1:]]
        bodies += group[1:-1]
        bodies.append(group[-1][:last.start()] if last else group[-1].rstrip().rstrip('"'))
        for k, raw in enumerate(bodies):
            body = _quote_clause(raw)
            if body:
                out.append(f'"{body}," {who if k == 0 else short_name(who) or who} said.')
        speaker = who
        i = j + 1
    return out, speaker

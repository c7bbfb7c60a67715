"""Reported speech: a quote said as "X said ...", with the speaker named first.

'"We lost the game," Carter said.' -> 'Carter said they lost the game.'; 'X, according to Y.' -> 'Y said X.';
a quote of several sentences gets its speaker on each. When a rule cannot report a quote safely (a "you"
addressed to someone, a question, a long quote), the quote is left out rather than said as a fact.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from .grammar import IRREGULAR_PAST, LONGEST, PRESENT_VERBS, cap, lower_first, words
from .sentences import short_name

FIRST_PERSON = re.compile(r"\b(I|me|my|mine|we|us|our|ours|you|your|yours|I'm|we're|you're)\b", re.IGNORECASE)
QUOTED = re.compile(r'"([^"]*)"')


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


# a title before a name says he or she: 'Ms Lund said "I ..."' -> 'Ms Lund said she ...'
TITLE_PRONOUNS = {"mr": "he", "sir": "he", "lord": "he", "king": "he", "prince": "he", "ms": "she", "mrs": "she",
                  "miss": "she", "dame": "she", "lady": "she", "queen": "she", "princess": "she"}
MAX_QUOTE_WORDS = 36
# what may follow "said" in an attribution and is left out: "said in a statement", "told CNN on Monday"
SAID_WHERE = r"(?:in|on|to|at|of|about|as|while|during|last|this|after|before|earlier|later|yesterday|today)\b(?:(?!\bthat\b)[^\",]){0,60}?"


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
    # '"Moreover, prices fell," she said.' -> 'She said prices fell.': the link word belongs to the quote's flow
    quote = re.sub(r"^(?:However|Moreover|Meanwhile|Furthermore|In addition|Additionally|Also|Still|Well|Now|So),\s*",
                   "", quote)
    if FIRST_PERSON.search(quote):
        pronoun = speaker.lower() if speaker.lower() in ("he", "she") else (pronouns or {}).get(speaker.split()[-1]) \
            or TITLE_PRONOUNS.get(speaker.split()[0].rstrip(".").lower())
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
    # "..., the agency said, citing officials." the source of the source is left out
    body = re.sub(r"^(.{15,}, [^,]{2,60} (?:said|says)), (?:citing|quoting|offering|pointing to|noting|adding) [^,]{2,80}$",
                  r"\1", body)
    # "The reason, Okafor said, is the cost." -> "Okafor said the reason is the cost."
    m = re.fullmatch(r"([A-Z][^,\"]{6,}?), ((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,3}|he|she|they|it|the \w+) "
                     r"(said|says|added), "
                     r"((?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must) .{5,})", body)
    if m:
        return f"{cap(m.group(2))} {m.group(3)} {lower_first(m.group(1), names)} {m.group(4)}."
    m = re.fullmatch(r"(.{15,}?),? according to (.{2,60})", body)
    if m and "," not in m.group(2):
        return f"{cap(m.group(2))} said{_that(m.group(1))} {lower_first(m.group(1), names)}."
    m = re.fullmatch(r"According to ([^,]{2,60}), (.{15,})", body)
    if m:
        return f"{cap(m.group(1))} said{_that(m.group(2))} {lower_first(m.group(2), names)}."
    m = re.fullmatch(r"(.{15,}), ((?:[A-Z][\w.'-]* ?){1,4}|(?:the |a |an )?[\w.' -]{2,50}?|he|she|they) "
                     r"(said|says|reported|reports|added|wrote|warned|noted|explained|told [A-Z][\w'-]+|told reporters)"
                     r"( (?:on|last|this|in|to|at|during) [^,]{1,40}| yesterday| today)?", body)
    if m and words(m.group(2)) <= 7:
        when = f"{m.group(4)} that" if m.group(4) else " that" if m.group(3).startswith(("told", "report")) \
            else _that(m.group(1))
        return f"{cap(m.group(2))} {m.group(3)}{when} {lower_first(m.group(1), names)}."
    m = re.fullmatch(r"(.{15,}), (said|says) ([A-Z][^,]{1,50})", body)
    if m:
        return f"{m.group(3)} {m.group(2)}{_that(m.group(1))} {lower_first(m.group(1), names)}."
    return s


def _that(claim: str) -> str:
    """' that' when a claim opens with a phrase: "NBC reported that in one cell, ..." (without it the
    phrase would seem to say where the reporting was)."""
    first = claim.split()[0].lower() if claim.split() else ""
    return " that" if first in ("in", "on", "at", "during", "after", "before", "since", "by", "for", "with", "when",
                                "while", "as", "if", "last", "this", "over", "under", "among", "without") else ""


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

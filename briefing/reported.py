"""Reported speech: a quote said as "X said ...", with the speaker named first.

'"We lost the game," the club said.' -> 'The club said they lost the game.'; one person's "we" is the group
the article gives for them ('"We saw a need," said Ann Lee, head of the agency.' -> 'Lee said the agency saw
a need.') or the quote is left out; a quote of several sentences gets its speaker on each ('X, according to Y.'
-> 'Y said X.' and the speaker kept on each piece of a cut report: attribution.py). When a rule cannot report a quote safely (a "you" addressed to someone, a question, an
order, a long quote, a "he" the listener would take for the speaker), the quote is left out rather than said
as a fact. Quoted words inside the writer's own sentence: quoted_words.py; a general "you": generic_you.py.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Set as AbstractSet

from .generic_you import generic_you
from .grammar import IRREGULAR_PAST, LONGEST, PRESENT_VERBS, SUBJECT_STARTERS, cap, lower_first, words
from .inflect import ing_form
from .one_subject import one_subject
from .sentences import short_name
from .quoted_words import quoted_words_in_a_claim, quoted_words_in_a_report, without_quoted_titles
from .speakers import JOBS, Speakers, people_named, speaker_groups
from .verb_shapes import closed_words, verb_forms
from .vocabulary import common_words
from . import person_titles
from .person_titles import either

FIRST_PERSON = re.compile(r"\b(I|me|my|mine|we|us|our|ours|you|your|yours|I'm|we're|you're)\b", re.IGNORECASE)
QUOTED = re.compile(r'"([^"]*)"')


SPEECH_VERBS = (r"said|says|added|told (?:[A-Z]\w+|the \w+|reporters)|tells [A-Z]\w+|explained|noted|wrote"
                r"|continued")
THIRD_PERSON = {"think": "thinks", "feel": "feels", "believe": "believes", "know": "knows", "want": "wants",
                "hope": "hopes", "like": "likes", "love": "loves", "need": "needs", "see": "sees", "mean": "means",
                "expect": "expects", "am": "is", "have": "has", "do": "does", "say": "says"}
PAST_OR_MODAL = {"was", "had", "did", "could", "would", "will", "can", "cannot", "should", "might", "must", "may",
                 "shall", "ought", "never", "always", "also", "just", "still", "really"}


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
    quote = one_subject(quote)  # "I have lived here and I have seen ..." -> "... and has seen ...": one "I"
    if re.search(r", I \w+(?: \w+){0,2},", quote):
        return None  # "Mr. Trump, I can state, will be ...": an aside in the middle of the quote
    if pronoun and re.search(rf"\b(?:{pronoun}|{'him|his' if pronoun == 'he' else 'her|hers'})\b", quote, re.IGNORECASE) \
            and re.search(r"\b(?:I|me|my|mine|myself)\b", quote):
        return None  # "He told me how he plays" -> "he told him how he plays": which "he" is the speaker?
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
                elif pronoun and plain_present(nxt):
                    # "I hear it" -> "he hears it" (with no he or she known, "Lee said Lee hears it" is no help)
                    toks[v] = _third_person(nxt) + toks[v][len(nxt):]
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
    told = " ".join(out)
    # "I love it and am proud" -> "he loves it and is proud": "am" goes only with "I"
    return re.sub(r"\bam\b", "is", told) if re.search(r"\bI\b", quote) else told


def plain_present(word: str) -> bool:
    """'hear', 'thank', 'understand': after "I", a plain common word (no small word of a fixed class, no "-s",
    "-ing", "-ly" or "-ed" form) whose verb forms are in use ("hearing", "thanked") is the present of a verb the
    lists do not know."""
    return bool(re.fullmatch(r"[a-z]{3,}", word)) and not word.endswith(("s", "ing", "ly", "ed")) \
        and word in common_words() and word not in closed_words() \
        and any(form in common_words() for form in verb_forms(word))


# a title before a name says he or she: 'Ms Lund said "I ..."' -> 'Ms Lund said she ...'
TITLE_PRONOUNS = {"mr": "he", "sir": "he", "lord": "he", "king": "he", "prince": "he", "ms": "she", "mrs": "she",
                  "miss": "she", "dame": "she", "lady": "she", "queen": "she", "princess": "she"}
MAX_QUOTE_WORDS = 36
# a title whose full stop does not end the speaker's name: 'said Dr. Ann Lee, ...'
TITLE_DOT = rf"(?:{either(person_titles.COURTESY, person_titles.RANKS)}|St)\."
# what may follow "said" in an attribution and is left out: "said in a statement", "told CNN on Monday", "said
# afterwards" (when, not what: the words of the quote are the same)
SAID_WHERE = r"(?:in|on|to|at|of|about|as|while|during|last|this|after|before|earlier|later|afterwards?|yesterday|today)\b(?:(?!\bthat\b)[^\",]){0,60}?"


def paraphrase_quote(s: str, names: AbstractSet[str] = frozenset(),
                     pronouns: Mapping[str, str] | None = None) -> str | None:
    """'"Q," X said.' -> 'X said Q.' in reported speech; None when the quote cannot be reported plainly."""
    s = without_quoted_titles(s)  # 'the "We are on it." campaign' is a title, not a quote
    quotes = QUOTED.findall(s)
    if not quotes and s.count('"') == 0:
        return s
    known: Mapping[str, str] = pronouns if pronouns is not None else {}  # an empty Speakers may still have groups
    if s.count('"') % 2:
        return None
    # '"Q," Steve Clarke, deputy head of the agency, said.' -> '"Q," Steve Clarke said.' (the job is left out)
    s = re.sub(rf'("\s*,?\s*)((?:[A-Z][\w.\'-]+ ){{0,3}}[A-Z][\w.\'-]+), [^"]{{3,160}}?, ({SPEECH_VERBS})\b', r"\1\2 \3", s)
    # '"Q," the firm's chief executive, Ann Lee, said.' -> '"Q," Ann Lee said.' (the job before the name goes too)
    s = re.sub(rf'("\s*,?\s*)(?:the |[A-Z][\w\'-]* )(?:[\w\'-]+ ){{0,5}}[a-z][\w\'-]*, ((?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?'
               rf'[A-Z][\w\'-]+(?: [A-Z][\w\'-]+){{1,3}}), ({SPEECH_VERBS})\b', r"\1\2 \3", s)
    # '"Q," said its managing director, Ann Lee.' -> '"Q," said Ann Lee.' (the speaker is the name, not the job)
    s = re.sub(rf'("\s*,?\s*(?:{SPEECH_VERBS}) )(?:the |its |their |his |her |[A-Z][\w\'-]* )(?:[\w\'-]+ ){{0,5}}?'
               rf'[a-z][\w\'-]*, ((?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?[A-Z][\w\'-]+(?: [A-Z][\w\'-]+){{1,3}})(?=\.$)', r"\1\2", s)
    long_quotes = [q for q in quotes if words(q) > 3]
    if long_quotes and not s.startswith('"') and not re.search(rf"\b(?:{SPEECH_VERBS})\b", s) \
            and not any(FIRST_PERSON.search(q) for q in quotes):
        return s.replace('"', "")  # the writer's own sentence with a quoted phrase in it
    if not long_quotes:
        if s.startswith('"') and not re.match(r'"(?:[A-Z0-9][\w\'&-]*:? ?){1,6}" [a-z]', s):
            return None  # '"Please," he said.': an exclamation, not news ('"Iron Meridian" topped ...' is a title)
        return s.replace('"', "")  # scare quotes around a word or two
    m = re.fullmatch(rf'"([^"]+?)[,.]?"\s*,?\s*(?:({SPEECH_VERBS})\s+((?:{TITLE_DOT} )?[^,"]{{1,50}}?)|([^,"]{{1,50}}?)\s+'
                     rf'({SPEECH_VERBS})(?: {SAID_WHERE})?)(?:[,.]\s*(.*))?', s)
    if m:
        quote, speaker = m.group(1), m.group(3) or m.group(4)
        if re.match(r"(?:pointing|gesturing|nodding|waving)\b", m.group(6) or ""):
            return None  # '"That's the postman's van," she says, pointing ...': words about what she points at
    else:
        m = re.fullmatch(rf'([A-Z][^",]{{1,50}}?) (?:{SPEECH_VERBS})[:,] "([^"]+?)[.!]?"', s)
        if not m:
            return quoted_words_in_a_claim(s, quotes) or quoted_words_in_a_report(s, quotes, in_third_person, known)
        speaker, quote = m.group(1), m.group(2)
    if words(speaker) > 6 or '"' in quote or words(quote) > MAX_QUOTE_WORDS or quote.rstrip().endswith("?"):
        return None  # a long quote, a question, or a speaker with a long title cannot be reported plainly
    if quote.split()[0].lower().strip(",") in ORDERS or order_after_condition(quote):
        return None  # "Ask me again in a year.", "If you feel angry, walk away.": an order, not a claim to report
    if re.search(r"\b(you|your|yours|yourself)\b", quote, re.IGNORECASE) and not re.search(r"\b(told|tells)\b", s):
        quote = generic_you(quote) or quote  # left as it is, report() drops it
    # '"Moreover, prices fell," she said.' -> 'She said prices fell.': the link word belongs to the quote's flow
    quote = re.sub(r"^(?:However|Moreover|Meanwhile|Furthermore|In addition|Additionally|Also|Still|Well|Now|So"
                   r"|Therefore|Thus|Hence|And so|First of all|To be honest),\s*", "", quote)
    opinion = OPINION.match(quote)
    if opinion and FIRST_PERSON.search(quote) and _pronoun_of(speaker, known) is None and short_name(speaker) \
            and not FIRST_PERSON.search(quote[opinion.end():]):
        # "Ward said Ward thinks the vote will be close" -> "Ward thinks the vote will be close."
        view = _third_person(opinion.group(1).lower())
        return f"{cap(speaker)} {view} {quote[opinion.end():].rstrip('.!?')}."
    first, _, rest = quote.partition(" ")
    if re.match(r"(?:we|I|they|he|she|you)\b", rest) and first.lower() in common_words():
        # "Together we will ...": a word before the quote's subject is no name, though a name elsewhere has it
        # ("Bus Users Together"); lowered before "we" is told as a name ("together Northway will ...")
        quote = f"{first.lower()} {rest}"
    told = in_third_person(quote, speaker, known)
    if told is None:
        return None
    quote = told
    # "On Monday I was in the reserves": with "that", the time is the quote's, not when it was said
    that = "that " if OPENING_TIME.match(quote) else ""
    return f"{cap(speaker)} said {that}{quote_start(quote.rstrip('.!?'), names)}."


# ("This is the third month ..." is no time phrase: after "This", "Last", "Next" the time word comes at once)
OPENING_TIME = re.compile(r"(?:(?:On|During|By|In|Until|Since) (?:the |last |next |this |early |late )?|(?:Last|This|Next) "
                          r"|(?:Earlier|Later) this )(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week"
                          r"|month|year|morning|afternoon|evening|night|season|summer|winter|spring|autumn|\d{4})\b")


def _pronoun_of(speaker: str, known: Mapping[str, str]) -> str | None:
    """'she' for "she", for a name the article calls she, or for "Ms Lund"; None when unknown."""
    return speaker.lower() if speaker.lower() in ("he", "she") else known.get(speaker.split()[-1]) \
        or TITLE_PRONOUNS.get(speaker.split()[0].rstrip(".").lower())


def in_third_person(quote: str, speaker: str, known: Mapping[str, str]) -> str | None:
    """A quote's "we" told as the speaker's group and its "I" as he, she or the speaker's name, ready to
    follow "X said"; None when a rule cannot do it safely."""
    if someone_else_as_the_speaker(quote, speaker, known):
        return None
    if WE.search(quote):
        told = our_group(quote, speaker, known)
        if told and words(told) + words(speaker) >= LONGEST:
            told = our_group(quote, speaker, known, short=True) or told  # "the observatory", not its full name
        if told is None:
            return None  # one person's "we" with no group to name: "they" would point at no one
        quote = told
    if FIRST_PERSON.search(quote):
        pronoun = _pronoun_of(speaker, known)
        if pronoun is None and re.match(r"(?:the|a|an|one) [a-z]", speaker, re.IGNORECASE) \
                and re.search(r"\b(?:I|me|my|mine|myself)\b", quote):
            return None  # "The judge said the judge is ...": a speaker with no name and no known he or she
        return report(quote, pronoun, short_name(speaker))
    return quote


THIRD_PERSONS = {"he": r"he|him|his|himself", "she": r"she|her|hers|herself"}


def someone_else_as_the_speaker(quote: str, speaker: str, known: Mapping[str, str]) -> bool:
    """'"He threw five touchdowns," Gaspard said.': the quote's "he" is someone else (the speaker says "I"),
    but told as 'Gaspard said he threw ...' it is heard as Gaspard. True when a person's quote has the
    speaker's own he or she; a group's ("Police said he ...") is no one in the group, and with no pronoun
    known for the speaker the text gives the listener none either ("Angela Breyer said he did ...")."""
    own = _pronoun_of(speaker, known)
    # surely a person: "he", "Ms Lund", a last name the article gives with a first name (not "Tottenham",
    # a club the counts may call "he")
    person = speaker.lower() in THIRD_PERSONS or speaker.split()[0].rstrip(".").lower() in TITLE_PRONOUNS \
        or speaker.split()[-1] in getattr(known, "people", ())
    return own in THIRD_PERSONS and person and bool(re.search(rf"\b(?:{THIRD_PERSONS[own]})\b", quote, re.IGNORECASE))


def order_after_condition(quote: str) -> bool:
    """'If you feel your temper rising, walk away.': after its condition the quote gives an order (a bare verb where
    a subject would stand), which "He said if people feel ..., walk away" cannot report."""
    m = re.match(r"(?:If|When|Whenever|Unless|Once|Before|After|While|As soon as) [^,]+, (?:please |just |then |so )?"
                 r"([a-z][a-z']*)\b", quote)
    word = m.group(1) if m else ""
    return bool(word) and word not in SUBJECT_STARTERS and not word.endswith("s") \
        and (word in ORDERS or ing_form(word) in common_words())  # "walk" ("walking"), "stay", "call"


# verbs that open an order, not a statement ("Let them focus on ...", "Imagine a town ...")
ORDERS = {"ask", "let", "look", "give", "tell", "take", "come", "go", "wait", "imagine", "remember", "stop",
          "keep", "try", "don't", "be", "make", "get", "help", "listen", "watch", "call", "check", "forget", "trust",
          "please", "consider", "think", "believe", "see", "do", "never", "always"}
WE = re.compile(r"\b(we|us|our|ours)\b", re.IGNORECASE)
AGREEING = {"are": "is", "were": "was", "have": "has", "do": "does"}
# words after "we" that are no verb to agree: "we all", "we both", "we ourselves"
NOT_VERBS = {"all", "both", "ourselves", "each", "too", "not", "only", "then", "here", "there", "in", "at", "on", "as"}


def speaks_as_a_person(speaker: str, pronouns: Mapping[str, str]) -> bool:
    """'she', 'Mayor Ann Lee', 'the mayor', a name the article calls he or she: one person, whose "we" is
    some group; 'the council', 'officials', 'Acme': a group, whose "we" is "they"."""
    toks = speaker.split()
    if speaker.lower() in ("he", "she") or toks[-1] in pronouns or toks[-1] in getattr(pronouns, "groups", {}) \
            or (len(toks) == 1 and toks[0] in getattr(pronouns, "people", ())):
        return True
    if toks[0].rstrip(".").lower() in TITLE_PRONOUNS or toks[0].lower() in JOBS:
        return True
    return toks[0].lower() in ("the", "a", "an") and any(t.lower() in JOBS for t in toks[1:])


def short_group(group: str) -> str:
    """'the Copper Ridge Observatory' -> 'the observatory'; a name without "the" ("Orbit Works") stays."""
    toks = group.split()
    if toks[0] == "the" and len(toks) > 2 and toks[-1][:1].isupper() and toks[-1].lower() in common_words():
        return "the " + toks[-1].lower()
    m = re.match(r"the ([A-Z]\w+) of ", group)
    if m and m.group(1).lower() in common_words():
        return "the " + m.group(1).lower()  # "the University of Northbridge" -> "the university"
    return group


def our_group(quote: str, speaker: str, pronouns: Mapping[str, str], short: bool = False) -> str | None:
    """A person's "we" said as the group the article gives for them ("Clarke, deputy head of the agency":
    "We saw a need" -> "the agency saw a need"); a group's "we" stays for report() to make "they". None
    for a person with no group named: "Raab said they make no apology" leaves "they" pointing at no one."""
    if not speaks_as_a_person(speaker, pronouns):
        return quote
    group = getattr(pronouns, "groups", {}).get(speaker.split()[-1])
    m = WE.search(quote)
    if not group or not m:
        return None
    group = short_group(group) if short else group
    own = re.fullmatch(r"[A-Z][\w-]*'s (\w+)", group)
    if own:  # "Moravec's team": "her team" when the article says she, else "the team" ("Moravec said Moravec's" jars)
        his = {"he": "his", "she": "her"}.get(pronouns.get(speaker.split()[-1], "") if speaker.lower() not in
                                              ("he", "she") else speaker.lower(), "the")
        group = f"{his} {own.group(1)}"
    word, rest = m.group(1).lower(), quote[m.end():]
    # "the agency is", "Orbit Works is" (a firm's name is one firm), "the unions are"
    plural = group.split()[-1].lower() in ("police", "people") or bool(re.search(r"^[a-z]+[^s]s$", group.split()[-1]))
    if word == "we" and EACH_OTHER.match(rest):
        return None  # "We have disagreed before": with each other, not the group with someone else
    if word == "we":
        # the verb after any adverbs: "we still build" -> "Orbit Works still builds"
        verb = re.match(r"((?: (?:also|just|still|really|often|usually|never|always|now))*) ([a-z]+)\b", rest)
        low = verb.group(2) if verb else ""
        agree = AGREEING.get(low) or THIRD_PERSON.get(low) or (
            _third_person(low) if low in common_words() and low not in PAST_OR_MODAL and low not in IRREGULAR_PAST
            and not low.endswith(("s", "ed", "ing", "ly")) and low not in NOT_VERBS else None)
        if not plural and agree and verb:
            rest = verb.group(1) + " " + agree + rest[verb.end():]
        elif not plural and not (low in PAST_OR_MODAL or low in IRREGULAR_PAST or low.endswith("ed")):
            return None  # unsure how the verb agrees with the group
    elif word == "our" and re.match(r" (?:company|firm|organization|organisation|business|agency|group|team)\b", rest) \
            and not group.islower() and not own:
        rest = re.sub(r"^ \w+", "", rest)  # "our company is" -> "Orbit Works is", not "Orbit Works's company"
    elif word in ("our", "ours"):
        group += "'s"
    else:
        return None  # "starspots have fooled us before": an "us" is often everyone in the field, not the group
    if not plural and not own and re.search(r"\band we\b", rest, re.IGNORECASE):
        # "Orbit's partners will ... and we will learn": the "we" after "and" is the group too ("they" would point
        # at the partners); named again, not "it", as a cut may leave it in a sentence of its own. When it cannot
        # be told so, the quote is not reported
        told = our_group(rest, speaker, pronouns, short=True)
        if told is None:
            return None
        rest = told
    if not plural and not own:
        # "the trust is sorry that we let them down": a later "we" of the same clause is the group too, "it" (with
        # "they", a singular group would be "is sorry that they let"); only where the verb after it is surely one
        # ("let", "will", "was"): elsewhere report() makes it "they"
        rest = re.sub(r"\b(that|because|if|when|so) we (?=(?:(?:also|just|still|never|always) )?(?:was|had|did|could|would|will"
                      r"|can|cannot|should|might|must|may|let|[a-z]+ed)\b)", r"\1 it ", rest)
        rest = re.sub(r"\b(that|because|if|when|so) we (are|were|have|do)\b", lambda w: f"{w.group(1)} it {AGREEING[w.group(2)]}",
                      rest)
    if not plural and not own and not re.search(r"\b(?:we|us)\b", rest, re.IGNORECASE):
        rest = re.sub(r"\bour\b", "its", rest)  # "Blue Origin is using its lander", not "their"
    return quote[:m.start()] + group + rest


# a "we" that acts on itself: "we have disagreed", "we met", "we fell out" (with each other)
EACH_OTHER = re.compile(r"(?: \w+){0,2}? (?:disagreed?|disagrees|agreed?|agrees|argued?|argues|differed|differ|met|meet"
                        r"|fell out|fallen out|split up|quarrell?ed)\b(?! with| on| to| that| about| over)")


# "I think ...": a view, told as the speaker's view without "said"
OPINION = re.compile(r"I (think|believe|feel|hope|expect|fear|worry|doubt|suspect)(?: that)? (?=\S)")


# word shapes of ordinary English nouns and adjectives, not names: "Numerical", "Education", "Happiness"
ORDINARY_SHAPE = re.compile(r"[A-Z][a-z]+(?:ical|ically|ally|ous|tions?|sions?|ments?|ness|ity|ities|ances?|ences?"
                            r"|isms?|ful|less|able|ible|ships?|ives?|izes?|ises?)")


def quote_start(quote: str, names: AbstractSet[str]) -> str:
    """The first word of a quote is capitalised only because the quote began there: after "said" it is
    lower-cased unless it is a name. A word that never shows up in lower case counts as a name, except a
    word with the shape of an ordinary noun or adjective ("Numerical experiments ...")."""
    first, _, rest = quote.partition(" ")
    if ORDINARY_SHAPE.fullmatch(first) and rest[:1].islower():
        return first[:1].lower() + first[1:] + " " + rest
    return lower_first(quote, names)


# the rest of a speaker's sentence, then the next sentence's "He added" / "She said"
_NEXT_TURN = re.compile(r"""(?=[^.!?]*\b(?:said|says)\b)[^.!?]*[.!?]["']? (He|She) (?:added|said|went on|continued)\b""")


def speaker_pronouns(text: str, interview: bool = False) -> Speakers:
    """'he' or 'she' for each capitalised name the text clearly refers to one way (counted in the words
    after each mention), so a quote of "I ..." can be reported as "she ..."; `interview`: the text is a printed
    interview, whose guest says "we" outside quotes too (writers_we.py)."""
    found: dict[str, list[int]] = {}
    surnames = people_named(text)
    for m in re.finditer(r"\b([A-Z][a-z'-]+)\b", text):
        if _said_of_someone_else(text, m):
            continue
        after = _unquoted(text[m.end():m.end() + 160]).lower()
        he = len(re.findall(r"\b(he|his|him)\b", after))
        she = len(re.findall(r"\b(she|her|hers)\b", after))
        # the rest of the name's own sentence ("said Dale Hutchins, 51, who ... after his shift") speaks of
        # the person named more surely than the next sentences: it counts double
        own = re.split(r'[.!?"]', after, maxsplit=1)[0]
        near_he, near_she = len(re.findall(r"\b(he|his|him)\b", own)), len(re.findall(r"\b(she|her|hers)\b", own))
        counts = found.setdefault(m.group(1), [0, 0])
        counts[0] += he + (near_he if not near_she else 0)
        counts[1] += she + (near_she if not near_he else 0)
        # "..., said Ian Marchetti, of the ... unit. He added: ...": the speaker's next turn opens on their own he
        # or she, which counts double, as the name's own sentence does
        turn = _NEXT_TURN.match(text, m.end()) if m.group(1) in surnames else None
        if turn and not near_he and not near_she:
            counts[turn.group(1).lower() == "she"] += 1
    pronouns = {name: "he" if he > 2 * she else "she" for name, (he, she) in found.items()
                if (he >= 2 and he > 2 * she) or (she >= 2 and she > 2 * he)}
    return Speakers(pronouns, speaker_groups(text, pronouns), surnames, interview)


def _unquoted(after: str) -> str:
    """The words after a name with what a quotation opened after it blanked out: '... said Inspector Mark Ellery.
    "But she is a wild animal ..."' says nothing of the inspector (a speaker says "I", so a "she" in the quote is
    someone else). The quotes are paired from the name on, which stands outside a quotation (the whole text, with
    its paragraphs run together, may hold an odd number of them)."""
    # (a quotation ends the name's own sentence: its blank opens on a full stop)
    closed = re.sub(r'"[^"]*"', lambda q: "." + " " * (len(q.group(0)) - 1), after)
    return closed.split('"', 1)[0] if '"' in closed else closed  # a quote still open at the window's end


# "Lee said he ...", "Lee told reporters that she ...": the pronoun of a reported claim
SAID_PRONOUN = re.compile(r" (?:said|says|added|told (?:[A-Z]\w+|reporters|the \w+))(?: that)? (?:he|she)\b")


def _said_of_someone_else(text: str, mention: re.Match[str]) -> bool:
    """'... cleared off the line by Costa, who had to be helped off. Haverford said he would have a scan.':
    the "he" of "X said he" may be the person the sentence before was about, not X. When X is named by the
    last name alone and that sentence (or this one, before X) has just described someone else ("Costa,
    who ..."), the mention says nothing of X's he or she. A full name ("Beth Ruffin said she") opens a new
    turn: its pronoun is X's."""
    if not SAID_PRONOUN.match(text, mention.end()) or re.search(r"\b[A-Z][a-z'-]+ $", text[:mention.start()]):
        return False
    start = max(text.rfind(". ", 0, mention.start()), text.rfind("\n", 0, mention.start()))
    before = max(text.rfind(". ", 0, max(start, 0)), text.rfind("\n", 0, max(start, 0)), 0)
    described = re.findall(r"\b([A-Z][a-z'-]+), who\b", text[before:mention.start()])
    return any(name != mention.group(1) for name in described)

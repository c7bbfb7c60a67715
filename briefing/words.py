"""Plain-word swaps: every inflected form of the hard words in assets/plain_words.tsv, and the matching
form of each plain replacement ("relinquished" -> "gave up", "has relinquished" -> "has given up").

The table of forms is built in briefing.swap_table; this module decides at each use whether the word fits:
a noun or a verb from the word before it ("the probe" / "to probe"), with or without an object, an -ed word
that describes a noun, "more difficult" -> "harder".
No parser: when the context does not say which part of speech a word is and the plain words differ, the
hard word stays.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .inflect import IRREGULAR_VERBS, compared_with_more
from .reported_stance import fitted_to_report
from .swap_objects import fits_object
from .swap_table import Swap


# what a word right before a noun or a verb looks like
NOUN_BEFORE = {"a", "an", "the", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your",
               "no", "every", "each", "any", "another", "whose", "such"}
# a word right after one of these is a noun or an -ing form, never a bare verb ("with purchase")
PREPOSITIONS = {"with", "of", "for", "in", "on", "at", "by", "from", "about", "after", "before", "without", "under",
                "over", "into", "through", "during", "against", "per", "upon", "via", "despite", "onto", "across",
                "toward", "towards", "behind", "between", "among", "amid", "within", "beneath", "beside", "along"}
# bare verbs that follow "due to" ("due to be released"): there "due to" is not "because of"
BARE_VERBS = set(IRREGULAR_VERBS) | {
    "start", "end", "arrive", "open", "close", "return", "appear", "finish", "visit", "vote", "expire",
    "launch", "resume", "face", "receive", "announce", "release", "travel", "retire", "report", "sign",
    "testify", "step", "undergo", "address", "host", "play", "perform", "deliver", "present", "publish",
    "complete", "attend", "decide", "rule", "land", "reopen", "join", "marry", "stay", "move", "wrap", "expand",
    "continue", "remain", "conclude", "reach", "enter", "debate", "review", "discuss", "consider", "appoint",
    "become", "serve", "graduate", "unveil", "kick", "hand", "issue", "head"}  # "is due to become a free agent"
VERB_BEFORE = {"to", "will", "would", "can", "could", "should", "may", "might", "must", "did", "do", "does",
               "not", "cannot", "he", "she", "it", "they", "we", "i", "you", "who", "also", "often", "never",
               "shall", "let", "help", "helps", "helped"}
# words after a verb that is used without an object ("prices worsened in May")
NO_OBJECT_AFTER = {"in", "on", "at", "by", "after", "since", "as", "because", "when", "while", "and", "but", "or",
                   "over", "during", "for", "to", "from", "with", "than", "until", "if", "again", "further",
                   "before", "last", "this", "so", "across", "around", "throughout", "amid", "despite", "even",
                   "too", "overnight", "sharply", "quickly", "fast", "slowly", "recently", "later", "soon", "outside",
                   "inside", "near", "against", "along", "through", "into", "onto", "under", "behind", "about",
                   "up", "down", "out", "off", "together", "there", "here", "home", "yesterday", "today",
                   "tonight", "now", "then", "again", "nationwide", "abroad", "instead", "already"}
# objects that are people: "urged residents to" -> "asked residents to"
PEOPLE = ("him", "her", "them", "us", "me", "you", "people", "everyone", "others", "residents", "citizens", "voters",
          "officials", "leaders", "members", "parents", "workers", "drivers", "users", "customers", "fans",
          "students", "families", "lawmakers", "governments", "countries", "nations", "staff", "investors")
# people a verb like "tackle" or "acknowledge" may take: then it is the other sense ("tackled the striker")
PERSON_OBJECTS = PEOPLE + ("crowd", "crowds", "audience", "supporters", "player", "players", "striker", "defender",
                           "goalkeeper", "quarterback", "opponent", "opponents", "rival", "rivals", "man", "woman")
# jobs an adjective like "incumbent" goes before
ROLES = ("mayor", "president", "governor", "senator", "minister", "leader", "party", "government", "candidate",
         "champion", "member", "chairman", "chairwoman", "prime", "congressman", "congresswoman", "judge", "head")
SUBJECT_WORDS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "also", "then", "later",
                 "never", "recently", "had", "police", "people"}
HAVE_OR_BE = {"has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "get", "gets",
              "got", "getting", "'s", "'ve", "'d"}
# small words after which the next word is not a noun that a word before it could describe
FUNCTION_WORDS = NOUN_BEFORE | PREPOSITIONS | NO_OBJECT_AFTER | {
    "to", "and", "or", "but", "that", "which", "who", "is", "are", "was", "were", "has", "have", "had", "will",
    "would", "can", "could", "should", "may", "might", "must", "it", "them", "him", "her", "us", "me", "you",
    "all", "some", "many", "more", "most", "much", "few", "several", "both", "not", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "hundreds", "thousands", "millions", "dozens", "what", "how",
    "why", "where", "whether", "be", "been", "being", "said", "says", "he", "she", "they", "we", "i", "there",
    "its", "their", "his", "our", "my", "your"}
BETWEEN_AUX_AND_VERB = {"not", "never", "also", "already", "just", "since", "recently", "now", "long", "still",
                        "all", "both", "ever", "yet", "again", "then", "first", "widely", "largely", "often",
                        "either", "neither"}


# --- using it ---------------------------------------------------------------------------------------------

TOKEN = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")


def context_pos(before: str) -> str:
    """ "n" or "v" for a word from the word right before it ("the probe", "to probe"), "" when that word
    does not say. before: the text before the word in its sentence."""
    prev = re.findall(r"[A-Za-z']+|[^\sA-Za-z']", before)
    p = prev[-1].lower() if prev else ""
    if p in NOUN_BEFORE or p in PREPOSITIONS:
        return "n"
    if p in VERB_BEFORE:
        return "v"
    return ""


def _after_be(before: str) -> bool:
    """ "was quietly obtained": a form of "be" before the verb, a few adverbs allowed."""
    prev = [w.lower() for w in re.findall(r"[A-Za-z']+", before)]
    while prev and (prev[-1] in BETWEEN_AUX_AND_VERB or prev[-1].endswith("ly")):
        prev.pop()
    return bool(prev) and prev[-1] in ("is", "are", "was", "were", "be", "been", "being")


def _wants_participle(before: str) -> bool:
    """ "has been divulged", "was quietly shelved": a have or be before the verb, a few adverbs allowed."""
    prev = [w.lower() for w in re.findall(r"[A-Za-z']+", before)]
    while prev and (prev[-1] in BETWEEN_AUX_AND_VERB or prev[-1].endswith("ly")):
        prev.pop()
    return bool(prev) and prev[-1] in HAVE_OR_BE


# a number right after a phrase: "a majority of eight", "the bulk of 300 jobs"
NUMBER_NEXT = re.compile(r"\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
                         r"|forty|fifty|hundreds|thousands|millions|dozens)\b)")


def _next_word(after: str) -> str:
    m = re.match(r"\s*([A-Za-z']+)", after)
    return m.group(1).lower() if m else ""


# after a verb, never its object: "approves of the plan" (a preposition), "earns well" (an adverb)
NOT_AN_OBJECT = {"of", "well", "badly", "hard"}


def _has_object(after: str) -> bool:
    """Whether a noun phrase follows: any word that is not a preposition, a conjunction or an adverb."""
    m = re.match(r"\s*([A-Za-z']+)", after)
    if not m:
        return False
    word = m.group(1).lower()
    return word not in NO_OBJECT_AFTER and word not in NOT_AN_OBJECT and not word.endswith("ly")


def _object_follows(after: str) -> bool:
    """A noun phrase or an amount follows: "earns $40,000" has an object, though "fell 5%" only has a measure,
    so an amount counts only where the verb needs an object."""
    return _has_object(after) or re.match(r"\s*[$£€\d]", after) is not None


def choose(swaps: list[Swap], before: str, after: str, found: str = "") -> Swap | None:
    """The swap for one use of a hard form (found), or None to keep the hard word."""
    pos = context_pos(before)
    if len({s.plain for s in swaps}) > 1:
        # a noun and a verb with different plain words ("the probe" / "to probe"): the context decides
        if not pos and re.match(r"\s*of\b", after):
            pos = "n"
        if pos:
            swaps = [s for s in swaps if s.pos == pos]
        if len({s.plain for s in swaps}) > 1:  # "the storm weakened" / "weakened the economy"
            obj = _has_object(after)
            swaps = [s for s in swaps if not (s.intransitive and obj or s.transitive and not obj)]
        if len({s.plain for s in swaps}) != 1:
            return None
    swap = swaps[0]
    if swap.keep:
        return swap
    if pos == "n" and swap.pos == "v" and swap.form != "ing" or pos == "v" and swap.pos == "n" \
            and not _plural_after_to(before, found):
        return None  # "the divulged facts", "they outbreak": the table's word does not fit this use
    if swap.intransitive and _has_object(after) or swap.transitive and not _object_follows(after):
        return None
    if swap.pos == "v" and swap.plain.split()[-1:] != [] and swap.plain.split()[-1] in PREPOSITIONS \
            and not _object_follows(after) and re.search(r"\b(?:a|an|the|his|her|its|their|this|one)\s+[a-z-]+\s*$",
                                                         before, re.IGNORECASE):
        # "It was a bad tackle.": after "a bad" and with nothing after it, the word is a noun ("things to ponder"
        # keeps its swap: the object comes first there)
        return None
    if swap.pos == "v" and swap.form == "s" and re.search(r",\s*$", before) and re.match(r"\s*(?:,|and\b|or\b)", after):
        return None  # "axe heads, spearheads, bracelets and swords": an item of a list of nouns, not a verb
    if swap.objects and not fits_object(swap.objects, before, after, _object_follows(after)):
        return None  # "The charge is called off": the plain verb is said of events and trips, not of this thing
    if swap.before_noun and _next_word(after) in BARE_VERBS:
        return None
    if swap.active_only and (_after_be(before) or swap.form == "ed" and not _subject_before(before)):
        return None  # "was obtained by", "emails, obtained during the case": "got" does not fit there
    if swap.no_to and re.match(r"(?:\s+[A-Za-z'-]+){0,3}\s+to\b", after):
        return None
    if swap.plain.startswith("not ") and re.search(r"(?:ly|very|so|too|quite|rather)\s*$", before):
        return None  # "wholly unsubstantiated" -> "wholly not proven" is not English
    if found.endswith(" of") and not swap.plain.endswith(" of") and NUMBER_NEXT.match(after):
        return None  # "a majority of eight" is a margin and "the majority of 500 staff" needs "of": not "most eight"
    if swap.no_comparative and re.match(r" (?:more|less|[a-z]+er)\b", after):
        return None  # "relatively smaller", "relatively more": "fairly" does not go before a comparison
    if swap.clause_start and before.strip(' "(') and not before.rstrip().endswith(","):
        return None  # "they were following the rules" is a verb, "Following the storm," is "after"
    if swap.person_object and not re.match(rf" (?:(?:the|its|their|our|his|her) )?(?:[A-Z]|(?:{'|'.join(PEOPLE)})\b)",
                                           after):  # "urged the Senate to", "urged its members to"
        return None
    if swap.thing_object and re.match(rf" (?:(?:the|his|her|their|its|an?) )?(?:[A-Z]|(?:{'|'.join(PERSON_OBJECTS)})\b)",
                                      after):
        return None  # "tackled him", "tackled Smith": a player brought down, not a problem dealt with
    if swap.pos == "adj" and context_pos(before) == "v" and before.split()[-1:] not in (["not"], ["also"], ["never"]) \
            and not re.search(r"\b(?:is|are|was|were|be|been|seem|seems|seemed|became|become)\s+(?:\w+\s+)?$", before):
        return None  # "to obscure the view", "will initial the deal": the word is a verb here
    if swap.title and not re.match(r" [A-Z][a-z]", after):
        return None  # "the veteran winger": with no name after it, the job is all that says who he is
    if swap.after_name and not _described_by_a_name(before):
        return None  # "the Trump administration" is its government; "roles such as administration" is office work
    if swap.alone and (_content_word_follows(after) or re.match(r" [A-Z]", after)):
        return None
    if swap.after_det and context_pos(before) != "n" or swap.after_det and before.rstrip().split()[-1:] == ["of"]:
        return None
    if swap.before_noun_only and not re.match(rf" (?:[A-Z]|(?:{'|'.join(ROLES)})\b)", after):
        return None  # "The incumbent lost": a noun here, and "the sitting" is not English
    if swap.before_noun_only and _after_a_noun(before):
        return None  # "the equity benchmark Sensex": after a noun it is the head of the phrase, a noun itself
    if swap.pos == "n" and _is_phrase(swap.plain) and not found.endswith("s") and _content_word_follows(after) \
            and not _verb_follows(after):
        return None  # "shareholder dividends": a noun used before another noun takes no phrase
    if swap.pos == "n" and _is_phrase(swap.plain) and _described_by_a_name(before):
        return None  # "Northway shareholders": "Northway owners of shares" is not English
    if swap.form == "ed" and _content_word_follows(after) and not _subject_before(before):
        return None  # "to vaccinate detained migrants": an -ed word before a noun describes it
    return swap


def _after_a_noun(before: str) -> bool:
    """Whether the word before is a lower-case word that is no small word and no verb ("equity", not "beat",
    "defeated" or "the")."""
    from .possessive import ends_noun_phrase  # imported here: it reads the word lists, which import this module

    m = re.search(r"\b([a-z]+)\s*$", before)
    return m is not None and not (m.group(1) in FUNCTION_WORDS or m.group(1) in VERB_BEFORE
                                  or ends_noun_phrase(m.group(1)))


def _described_by_a_name(before: str) -> bool:
    """A name right before the word describes it ("Northway shareholders"); a lower-case word may be an
    adjective ("major shareholders"), so it does not count."""
    m = re.search(r"\b([A-Z][A-Za-z-]*)\s*$", before)  # not "Tribune's shareholders": that is whose they are
    if m is None or m.group(1).lower() in FUNCTION_WORDS or m.group(1).lower() in VERB_BEFORE:
        return False
    from .vocabulary import is_common  # imported here: it reads the word lists, which import this module

    # the first word of a sentence has a capital anyway: "Federal prosecutors" is no name, "Northway" is
    return bool(before[:m.start()].strip(' "(')) or not is_common(m.group(1))


def _verb_follows(after: str) -> bool:
    """ "the pandemic killed ...": a verb comes next, so the noun phrase ends there ("-ed" words of 5 letters or
    more, past forms, bare present verbs)."""
    from .possessive import ends_noun_phrase  # imported here: it reads the word lists, which import this module

    m = re.match(r" ([a-z][a-z'-]*)", after)
    return m is not None and ends_noun_phrase(m.group(1))


def _plural_after_to(before: str, found: str) -> bool:
    """ "from pumps to ventilators": after "to" a word ending in -s is a plural noun, never a bare verb."""
    return found.endswith("s") and not found.endswith("ss") and re.search(r"\bto\s*$", before) is not None


def _is_phrase(plain: str) -> bool:
    """ "owner of shares", "very rich person": more than a two-word compound ("touch screen")."""
    toks = plain.split()
    return len(toks) > 2 or any(t in PREPOSITIONS or t in ("to", "who", "that") for t in toks)


def _content_word_follows(after: str) -> bool:
    """A lower-case word that is not a small function word comes next ("dividends", "migrants")."""
    m = re.match(r" ([a-z][a-z'-]*)", after)
    return m is not None and m.group(1) not in FUNCTION_WORDS and not m.group(1).endswith("ly")


def _subject_before(before: str) -> bool:
    """The word before an -ed verb is its subject or helper: a pronoun, a name, a plural noun, "has"."""
    aside = re.search(r"\b(?:the|a|an|its|his|her|their) [a-z][\w'-]*, (?:called|named|known as|nicknamed) [^,]{2,40},\s*$",
                      before, re.IGNORECASE)
    if aside:
        return True  # "the app, called TypeFlow Pro, transmitted words": the noun before the naming aside
    m = re.search(r"([A-Za-z']+)\s*$", before)
    if not m:
        return False  # after a comma or a dash: "emails, obtained during the case"
    if re.search(r"\b(?:the|a|an|this|that|its|his|her|their|our)\s+[A-Za-z'-]+\s*$", before, re.IGNORECASE):
        return True  # "The owner relinquished control": a noun after a determiner is the subject
    word = m.group(1)
    low = word.lower()
    if low.endswith("ly"):
        return False  # "Highly recommended as ...": an adverb, so the -ed word describes something
    return (word[:1].isupper() or low in SUBJECT_WORDS or low in HAVE_OR_BE
            or low.endswith("s") and low not in FUNCTION_WORDS and not low.endswith("ss"))


def an_or_a(word: str) -> str:
    """The article that sounds right before a word: "an hour", "a union", "an unusual"."""
    w = word.lower()
    if re.match(r"(?:hour|honest|honou?r|heir)", w):
        return "an"
    if re.match(r"(?:uni(?!nd|nt|nf|nv|ns|nc|ntr)|use|usu|uti|ubi|uro|ura|eu|ewe|one\b|once|u\b)", w):
        return "a"
    if re.match(r"(?:[aeio]|u(?:n|p|g|l|m|t|rg|rb|ss|nd|s\b))", w):
        return "an"
    return "a"


def _quoted_spans(s: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r'"[^"]*"', s)]


_PERSON = re.compile(r"(?:er|or|ist|ian|ant|ent|people|person|men|staff|children|famil(?:y|ies)|police|group)s?$")


def swap_plain_words(s: str, table: dict[str, list[Swap]], names: AbstractSet[str] = frozenset(),
                     longest: int = 5) -> str:
    """Replace the hard words and phrases of one sentence, longest first; names, words inside quotes and
    words that start with a capital inside the sentence are left alone. An "a" or "an" right before a
    swapped word is made to fit the new word."""
    s = joined_possessives(spelled_amounts(s))
    tokens = list(TOKEN.finditer(s))
    quoted = _quoted_spans(s)
    pieces: list[str] = []
    last = i = 0
    while i < len(tokens):
        hit = _longest_swap(s, tokens, i, table, names, quoted, longest)
        if hit is None:
            i += 1
            continue
        n, swap = hit
        start, end = tokens[i].start(), tokens[i + n - 1].end()
        i += n
        if swap.keep:
            continue  # a set phrase: its words are not swapped one by one
        said = _fitted(s, start, end, swap, last)
        if said is None:
            continue
        head, plain = said
        who = re.match(r"\s+who\b", s[end:]) if swap.pos == "n" and plain and not _PERSON.search(plain) else None
        if who:  # "retailers who sell" -> "stores that sell": "who" is for people
            pieces.append(head + plain + " that")
            last = end + who.end()
            continue
        if not plain and s[end:end + 1] == ",":
            end += 1  # "Moreover, the ..." -> "the ..."
            if head.rstrip().endswith(","):
                head = head.rstrip()[:-1] + " "  # "Tribune, moreover, may" -> "Tribune may", not "Tribune, may"
        pieces.append(head + plain)
        last = end
    pieces.append(s[last:])
    out = re.sub(r"\s{2,}", " ", re.sub(r"\s+([,.;:!?])", r"\1", "".join(pieces))).strip()
    if s[:1].isupper() and out[:1].islower():
        out = out[:1].upper() + out[1:]  # "Moreover, the plan ..." -> "The plan ..."
    from .possessive import possessives_as_of  # imported here: it reads the word lists, which import this module
    from .vocabulary import common_words
    return possessives_as_of(out, common_words())


def joined_possessives(s: str) -> str:
    """ "the Senate 's session" -> "the Senate's session": a page that spaces its apostrophes off would have the
    "'s" read as a word of its own (and no possessive rule would see it)."""
    return re.sub(r"(?<=[A-Za-z]) ['\u2019](?=s\b)", "'", s)


def spelled_amounts(s: str) -> str:
    """ "$12.9bn" -> "$12.9 billion", "£40m" -> "£40 million": the short forms are not words a learner knows.
    "m" only after a currency sign ("100m" may be metres); the number itself is kept as written."""
    s = re.sub(r"(\d)\s?bn\b", r"\1 billion", s)
    s = re.sub(r"(\d)\s?tn\b", r"\1 trillion", s)
    return re.sub(r"([$£€]\d[\d,]*(?:\.\d+)?)\s?m\b", r"\1 million", s)


def _longest_swap(s: str, tokens: list[re.Match[str]], i: int, table: dict[str, list[Swap]],
                  names: AbstractSet[str], quoted: list[tuple[int, int]], longest: int) -> tuple[int, Swap] | None:
    """The longest table phrase that starts at token i and fits here: (its length in tokens, its swap)."""
    for n in range(min(longest, len(tokens) - i), 0, -1):
        span = tokens[i:i + n]
        if any(s[a.end():b.start()] != " " for a, b in zip(span, span[1:])):
            continue  # a phrase never runs across punctuation
        start, end = span[0].start(), span[-1].end()
        found = s[start:end]
        swaps = table.get(found.lower())
        if not swaps:
            continue
        if any(a <= start < b for a, b in quoted):
            return None
        at_start = not s[:start].strip(' "(')
        if found[:1].isupper() and (not at_start or found.split()[0] in names):
            return None  # "Swift" the singer, not "swift" the adjective
        if found.isupper() and len(found) > 1:
            return None  # an abbreviation
        swap = fitted_to_report(choose(swaps, s[:start], s[end:], found.lower()), s[:start], s[end:])
        return (n, swap) if swap else None
    return None


def _fitted(s: str, start: int, end: int, swap: Swap, last: int) -> tuple[str, str] | None:
    """The text from the last swap up to this one, and the plain words, fitted to their place: the past
    participle after "has" or "was", "more difficult" -> "harder", the capital, "a" or "an" before it."""
    head = s[last:start]
    plain = swap.participle if swap.participle and _wants_participle(s[:start]) else swap.plain
    following = re.match(r" ([a-z]+)\b", s[end:])
    past = following is not None and (following.group(1).endswith("ed") or any(following.group(1) == v[0]
                                                                                for v in IRREGULAR_VERBS.values()))
    # (a phrase that opens on a preposition: "at once", "in the end"; "only just won" stands before its verb well)
    if re.match(r"(?:at|in|on|by|for|from) ", plain) and s[start:end].endswith("ly") and following \
            and following.group(1) not in FUNCTION_WORDS \
            and (past or re.search(r"\b(?:not|never|will|would|could|can|did|does|do|has|have|had|to|[a-z]+s)\W*$", head)):
        return None  # "did not immediately respond", "Lee eventually came out": "at once", "in the end" cannot stand
        # before the verb ("did not at once respond", "Lee in the end came out")
    degree = re.search(r"\b([Mm]ore|[Mm]ost) $", head)
    if degree and swap.pos == "adj":
        compared = swap.comparative if degree.group(1).lower() == "more" else swap.superlative
        if not compared and not compared_with_more(swap.plain):
            return None  # "more difficult" -> "more hard" would be wrong, and "harder" is not known
        if compared:  # "more cautious" -> "more careful" keeps its "more"
            if degree.group(1)[0] == "M":
                compared = compared[:1].upper() + compared[1:]
            head, plain = head[:degree.start()], compared
    if s[start:start + 1].isupper() and plain:
        plain = plain[:1].upper() + plain[1:]
    article = re.search(r"\b(an?|An?)\s+$", head)
    if article and plain:
        fitted = an_or_a(plain.split()[0])
        fitted = fitted.capitalize() if article.group(1)[0] == "A" else fitted
        head = head[:article.start(1)] + fitted + head[article.end(1):]
    return head, plain


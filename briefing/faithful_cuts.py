"""Broken cuts: a part of a cut sentence that no longer says what its source said, or is no sentence at all.

The splitters (briefing.clauses, relatives, participles, compress) cut a long sentence at commas, "and",
"that", "as" and participles. Most cuts are right. These checks find, against the source sentence, the cuts
that are not, all seen on unseen team articles (tests/fixtures/holdout3):
- a predicate cut from its subject: "... and that ends 24 years of rule" -> "Ends 24 years of rule.";
- a noun phrase cut from its verb: "has detected ice and complex molecules on ..." -> "Complex molecules on ...";
- the tail of a list: "In towns such as Alby, Brook and Carr, the rain ..." -> "Brook and Carr, the rain ...";
- a passive participle told without its helper: "Water should be boiled and left to cool" -> "Water left to
  cool.", "..., most of it paid for by a grant" -> "Most of it paid for by a grant.";
- an "as" clause told as a claim: "said rain would turn to snow as it met cold air" -> "The bureau said it met
  cold air." (the "it" is now the bureau);
- a participle after a reported clause given to the wrong subject: "X said the club had planned well, pointing
  to the money" -> "X said the club pointed to the money." (X pointed);
- a pair or a verb's "to" part cut off: "shops come | and go", "ordered the staff | and the customers to lie
  down", "to get good | at predicting words".
faithful.says_more_than_its_source calls broken_cut; a part that fails is left out with the parts after it.
"""
from __future__ import annotations

import re

from .clauses import past_tense
from .grammar import AUXILIARIES, IRREGULAR_PAST, is_verbish

WORD = r"[\w$\u00a3\u20ac%'.-]+"
GAP = r"[^\w$\u00a3\u20ac%]+"
# a part that tells a clause of its source in a sentence of its own starts like this, and is fine
RETOLD_START = re.compile(r"(?:This|These|That|Those|It|They|He|She|There|Its|Their|His|Her|But|And|So|Then)\b")
SUBJECT_START = {"the", "a", "an", "this", "that", "these", "those", "it", "they", "he", "she", "we", "i", "you",
                 "there", "his", "her", "its", "their", "our", "my", "some", "many", "most", "all", "each", "no"}
ADVERBS = {"twice", "once", "also", "still", "never", "always", "often", "then", "now", "later", "again", "even"}
# verbs whose object goes on with "to <verb>": "ordered the staff to lie down", "asked the council to wait"
TO_VERBS = re.compile(r"\b(?:ordered|order|orders|told|tell|tells|asked|ask|asks|urged|urge|urges|forced|force"
                      r"|allowed|allow|allows|wanted|want|wants|expected|expect|expects|required|require|requires"
                      r"|encouraged|encourage|persuaded|invited|advised|warned|helped|help|helps)\b")
SPEECH = r"(?:said|says|added|told [\w ]{1,30}?|warned|explained|noted|argued|insisted)"
# verbs whose object may be a "when", "where", "how", "whether" clause: "recorded | when they fell asleep"
WH_OBJECT_VERBS = re.compile(r"\b(?:record|records|recorded|know|knows|knew|ask|asks|asked|show|shows|showed|shown"
                             r"|decide|decides|decided|remember|remembers|remembered|explain|explains|explained"
                             r"|reveal|reveals|revealed|check|checks|checked|track|tracks|tracked|measure|measures"
                             r"|measured|predict|predicts|predicted|learn|learns|learned|understand|understood"
                             r"|wonder|wonders|wondered|choose|chooses|chose|see|sees|saw|tell|tells|told"
                             # "declined to state | when the lander would be ready": what was not told
                             r"|say|state|states|stated|disclose|discloses|disclosed|specify|specified|confirm"
                             r"|confirms|confirmed|indicate|indicated|determine|determined|discuss|discussed"
                             r"|sure|clear|unclear)\.?$")


def tokens(text: str) -> list[str]:
    return re.findall(WORD, text.lower())


def _found_after(source: str, opening: list[str]) -> list[str]:
    """The source text before each place where these words stand in it, in that order."""
    if not opening:
        return []
    pattern = GAP.join(re.escape(t.rstrip(".")) for t in opening)
    return [source[:m.start()] for m in re.finditer(rf"(?<![\w]){pattern}(?![\w])", source, re.IGNORECASE)]


def _opening(part: str, n: int = 3) -> list[str]:
    return tokens(part)[:n]


def _verbish(token: str) -> bool:
    """A verb form; a hyphenated word ("carbon-based", "well-known") is an adjective here."""
    return "-" not in token and is_verbish(token)


def predicate_without_subject(source: str, part: str) -> bool:
    """ "Ends 24 years of rule.", "Twice looked close to collapse.", "Carries five instruments.": the part
    opens with its verb, which in the source came after "that", "which", "who" or "and"."""
    toks = tokens(part)
    if len(toks) < 3 or toks[0] in SUBJECT_START:
        return False
    i = 1 if toks[0] in ADVERBS or toks[0].endswith("ly") else 0
    verb = toks[i]
    if not (_verbish(verb) or (verb.endswith("s") and not verb.endswith("ss") and len(verb) > 3)):
        return False
    clause = []
    for t in toks[i + 1:]:
        if t in ("that", "which", "who", "where", "when"):
            break
        clause.append(t)
    if i == 0 and not (verb.endswith("ed") or verb in IRREGULAR_PAST) and clause and _verbish(clause[0]):
        return False  # "Ovens use a lot of power.": a plural noun, then its present verb
    # a sure verb: a helper or a past form ("control" after "Labour" may be a noun: no sure verb)
    if any(t in AUXILIARIES or t in IRREGULAR_PAST or (t.endswith("ed") and _verbish(t)) for t in clause[:6]):
        # "Prices rose 5%.", "Pharmacies in the county will extend ...": the first word is the subject
        return False
    return any(re.search(r"\b(?:that|which|who|and)\s+$", before) for before in _found_after(source, toks[:3]))


def noun_phrase_without_verb(source: str, part: str) -> bool:
    """ "Complex molecules on the surface of the comet.": no verb at all, and the source had these words
    after "and" or "or", as the second object of a verb the part left behind."""
    toks = tokens(part)
    if len(toks) < 3 or any(_verbish(t) for t in toks) or toks[0] in ("there", "here"):
        return False
    if any(t.endswith("s") and not t.endswith("ss") and len(t) > 3 and t not in ("this", "its", "his")
           and toks[i - 1] in ("who", "which", "that", "it", "he", "she") for i, t in enumerate(toks) if i):
        return False  # "... that costs more": a present verb after a relative or a pronoun
    # "ice and complex molecules" (no comma: two objects), not "..., and several of them duplicate ..."
    return any(re.search(r"[^,\s]\s+(?:and|or)\s+$", before) for before in _found_after(source, toks[:3]))


PREPOSITIONS = {"in", "into", "inside", "on", "onto", "under", "with", "by", "from", "at", "to", "for", "over"}


def noun_phrase_with_participle(source: str, part: str) -> bool:
    """ "A $20 bill tucked inside the cover." <- "returned with a note and a $20 bill tucked inside the cover":
    a noun phrase and its participle, the second object of a verb the part left behind ("and" with no comma
    before it joins two nouns, not two clauses)."""
    toks = tokens(part)
    j = next((i for i, t in enumerate(toks) if _verbish(t)), -1)
    if j < 2 or not toks[j].endswith("ed") or toks[j] in IRREGULAR_PAST or j + 1 >= len(toks) \
            or toks[j + 1] not in PREPOSITIONS or any(_verbish(t) for t in toks[j + 1:]):
        return False
    return any(re.search(r"(?:[^,]\s+and|\bwith)\s+$", before) for before in _found_after(source, toks[:3]))


def list_tail(source: str, part: str) -> bool:
    """ "Brook and Carr, the rain may fall ...": the part opens inside a list ("such as Alby, Brook and Carr")."""
    head = part.split(",", 1)[0]
    toks = tokens(head)
    lower_words = [w for w in re.findall(r"[\w'’-]+", head) if w[:1].islower()]  # "Haldon Cross": a name, no verb
    if "," not in part or len(toks) < 2 or any(_verbish(t) for t in lower_words) or not {"and", "or"} & set(toks):
        # "Shortly after, Webb admitted ...": a clause before the comma is no list's tail, nor is "In Kentucky,
        # the Democratic candidate, Andy Beshear ..." (an aside); a tail ends "..., B and C"
        return False
    return any(re.search(r"\w,\s+$", before) for before in _found_after(source, toks))


# a verb form after "be": a participle ("was hit ... and taken") or the "-ing" of a verb going on ("were treating
# ... and appealed": the second act may be the speaker's or the subject's, so it is not cut off on its own)
PARTICIPLE = r"(?:\w+(?:ed|en|wn|ing)|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b"


def participle_without_helper(source: str, part: str) -> bool:
    """ "Water left to cool." <- "Water should be boiled and left to cool"; "Most of it paid for by a grant."
    <- "..., most of it paid for by a grant": a passive participle said as if it were an active past verb."""
    for m in re.finditer(r"\b([A-Za-z]\w*) (\w+(?:ed|en)|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b", part):
        subject, verb = m.group(1).lower(), m.group(2).lower()
        if subject in ("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "got",
                       "gets", "not", "to", "who", "which", "that"):
            continue
        # "should be brought ... and left to cool": the helper before "and" governs the second participle too (a
        # verb form after it: "was happy with the deal and praised both sides" is two acts, the second active)
        passive_pair = re.search(rf"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?{PARTICIPLE}[^,.;]*? and {verb}\b",
                                 source)
        if passive_pair and not re.search(rf"\b(?:be|been|being|is|are|was|were)\s+\w+[^,.;]*? and {verb}\b", part):
            return True
        # ", most of it paid for by": an absolute phrase after a comma, with "by" naming who did it
        if re.match(r" (?:for )?by\b", part[m.end():]) and re.search(
                rf",\s+(?:most|much|some|all|part|half|many|each|none|one|two) of \w+ {verb}\b", source):
            return True
    # "charged with robbery and aggravated battery" -> "They were aggravated battery.": an adjective in a list
    # of nouns after a preposition, told as a passive verb
    for m in re.finditer(r"\b(?:was|were|is|are|be) (\w+ed) (\w+)", part):
        if m.group(2).lower() in PREPOSITIONS | {"to", "of", "after", "before", "as", "and", "or", "out", "off", "up"}:
            continue  # "was forced out in April and sentenced to 50 weeks": "and" joins two passive verbs
        if re.search(rf"\b(?:with|of|for|in|to|from|by) (?:[\w'-]+ ){{1,3}}and {m.group(1)} {m.group(2)}\b", source) \
                and not re.search(rf"\b(?:was|were|is|are|be|been) {m.group(1)}\b", source):
            return True
    return False


def as_clause_reported(source: str, part: str) -> bool:
    """ "The bureau said it met cold air." <- "said rain would turn to snow as it met cold air": an "as" clause
    (a time, a reason, a manner) whose pronoun, told after "said", now points at the speaker."""
    m = re.search(rf"\b{SPEECH} (?:that )?(.+)$", part)
    if not m:
        return False
    opening = _opening(m.group(1))
    if len(opening) < 3:
        return False
    if opening[0] not in ("it", "they", "he", "she", "this", "that"):
        return False  # "said profit rose as higher prices made up for ...": the reason is what was said too
    return any(re.search(r"\bas\s+$", before) and not re.search(r"\b(?:such|so|as|same|just)\s+as\s+$", before)
               for before in _found_after(source, opening))


# words before an "-ed" word that make it an adjective: "the newly elected mayor", "the country's second elected ..."
ADJECTIVE_ED_AFTER = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "newly", "first", "second",
                      "third", "fourth", "fifth", "last", "only", "most", "least"}


def as_phrase_reported(source: str, part: str) -> bool:
    """ "The agent said someone who was also raised in a single-parent home." <- "said she related to him as
    someone who was ...": "as" was a preposition (in the role of), not a clause, so what follows "said" has no
    verb of its own; only a relative clause after it has one."""
    m = re.search(rf"\b{SPEECH} (?:that )?(.+)$", part)
    if not m:
        return False
    opening = _opening(m.group(1))
    if len(opening) < 2 or not any(re.search(r"\bas\s+$", before) for before in _found_after(source, opening)):
        return False
    head = tokens(re.split(r"\b(?:who|whom|whose|that|which)\b", m.group(1))[0])
    for i, tok in enumerate(head):
        adjective = tok.endswith("ed") and i > 0 and (head[i - 1].lower() in ADJECTIVE_ED_AFTER
                                                        or head[i - 1].endswith("'s"))
        if _verbish(tok) and not adjective:
            return False
    return True


# what a speaker does while saying something: "X said ..., pointing to the money" (X points, not the claim's
# subject); other participles ("profit rose 18%, beating forecasts") go with the clause before them
SPEAKERS_ACTS = (r"pointing|citing|adding|noting|arguing|warning|insisting|saying|calling|urging|accusing|blaming"
                 r"|describing|referring|promising|vowing|admitting|stressing|explaining|claiming")


def participle_given_to_another(source: str, part: str) -> bool:
    """ "Carvalho said the club pointed to the money." <- "Carvalho said the club had planned carefully,
    pointing to the money": the "-ing" after a reported clause is the speaker's act, not the clause subject's."""
    m = re.match(r"(?:But )?(.{1,60}?) (?:also )?said (?:that )?(.+)$", part)
    if not m:
        return False
    speaker, claim = m.group(1), m.group(2)
    for ing in re.finditer(rf", ({SPEAKERS_ACTS})\b", source):
        if not re.search(rf"\b{SPEECH}\b", source[:ing.start()]):
            continue
        past = past_tense(ing.group(1))
        said = past and past != ing.group(1) and re.search(rf"^(.+?) {past}\b", claim)
        if said and said.group(1).lower() not in ("he", "she", "they", speaker.lower()):
            return True
    return False


def pair_or_complement_cut(source: str, part: str, rest: str | None) -> bool:
    """The part stops where the source goes on with the second word of a pair ("shops come | and go,"), with
    the "to" part of a verb that needs it ("ordered the staff | and two customers to lie down"), or with what
    an adjective needs ("to get good | at predicting words")."""
    if not rest:
        return False
    if re.match(r"^ (?:and|or) [a-z]+[,.;]", rest) and len(tokens(rest)) > 2:
        return True  # "come | and go, and ...": the sentence went on, so the pair was cut, not the sentence's end
    if WH_OBJECT_VERBS.search(part.rstrip(".")) and re.match(r"^ (?:when|where|how|whether|why|what|who)\b", rest):
        return True  # "wristbands that recorded | when they fell asleep": the clause is the verb's object
    if re.search(r": [^:]+$", part) and re.match(r"^,", rest):
        return True  # "at four places: the leisure centre | , the car park ...": a list after a colon cut short
    verb = TO_VERBS.search(part)
    after_verb = part[verb.end():] if verb else ""
    # "ordered the four staff members." stops just after the verb's object; "told the jury that ..." does not
    if verb and len(after_verb.split()) <= 6 and not re.search(r"\b(?:to [a-z]+|that)\b", after_verb) \
            and re.match(r"^ (?:and [^,.;]{1,40}? )?to [a-z]+", rest):
        return True  # "ordered the staff | and two customers to lie down" (but "asked them to wait | to ..." is whole)
    return bool(re.search(r"\b(?:good|better|best|bad|worse|able|ready|quick|slow|keen|used)\.?$", part.rstrip(".")
                          + ".") and re.match(r"^ (?:at|in|with|for|to|about|of) ", rest))


def verbless_claim(part: str) -> bool:
    """ "Officials also said the highest since the post was created.": what was said has no verb of its own;
    the only verb is in the time or reason clause after it."""
    m = re.search(r"\bsaid (?:that )?((?:the|a|an|its|their|his|her) [^,]*?) (?:since|because|after|before|until"
                  r"|when|while|if|although)\b", part)
    if m is None:
        return False
    return len(m.group(1).split()) <= 6 and not any(_verbish(t) for t in tokens(m.group(1)))


def inverted_condition_cut(source: str, part: str) -> bool:
    """ "Should the rain continue, the river could burst its banks.": a condition told by inverting its verb
    ("Had you ...", "Were the plan to ...", "Should X ...") is one sentence with its claim. Cut apart, the
    condition is a fragment and the claim a forecast (or, after "Had", a regret) with nothing to hang on."""
    m = re.match(r"(?:Had|Were|Should) ([\w'’-]+ [\w'’-]+)[^,.?!]*, \w", source)
    if m is None:
        return False
    return re.search(r"\b(?:had|were|should) " + re.escape(m.group(1)) + r"\b[^,]*, \w", part, re.IGNORECASE) is None


def broken_cut(source: str, part: str, rest: str | None) -> bool:
    """Whether the part is one of the broken cuts above. rest: the source text right after the part's end."""
    if RETOLD_START.match(part) and not re.match(r"(?:It|They|He|She)\b", part):
        return False  # "This was when ...", "There, ...": a clause retold on purpose
    return (predicate_without_subject(source, part) or noun_phrase_without_verb(source, part)
            or noun_phrase_with_participle(source, part) or list_tail(source, part)
            or participle_without_helper(source, part)
            or as_clause_reported(source, part) or as_phrase_reported(source, part)
            or participle_given_to_another(source, part) or verbless_claim(part)
            or pair_or_complement_cut(source, part, rest))


# verbs of speaking a cut piece may have of its own: "..., but it warned that ...", "... and advised passengers to"
OWN_SPEECH = (r"warned|warns|advised|advises|urged|urges|added|adds|insisted|insists|stressed|stresses|admitted"
              r"|admits|promised|promises|announced|announces|confirmed|confirms|explained|explains|noted|notes"
              r"|claimed|claims")  # ("Nightjar said it claimed to have ..." is "Nightjar claimed to have ...")


def said_twice(part: str) -> str:
    """ "But the agency said it warned that ..." -> "But the agency warned that ...": a piece that has a verb
    of speaking of its own is not put under a second "said" (the agency warned; it did not say it warned)."""
    # only "it" and "they": "Police said he warned his neighbours" is about someone else
    m = re.match(rf"(But )?(.{{1,60}}?) (also )?said (?:that )?(?:it|they) (also )?({OWN_SPEECH})\b(.*)$", part)
    if not m:
        return part
    but, speaker, also, also2, verb, rest = m.groups()
    return f"{but or ''}{speaker} {also or also2 or ''}{verb}{rest}"


def relative_retold(source: str, part: str) -> str:
    """ "Ends 24 years of rule." <- "in a result that few had predicted and that ends 24 years of rule": a second
    relative clause cut from its noun is told with the noun ("This result ends 24 years of rule."); any
    other predicate cut from its subject is returned as it is, for broken_cut to leave out."""
    if not predicate_without_subject(source, part):
        return part
    opening = GAP.join(re.escape(t.rstrip(".")) for t in _opening(part))
    m = re.search(rf"\b(?:a|an|the) ([a-z]+) (?:that|which) [^,.;\"]{{3,80}}? and (?:that|which) {opening}", source,
                  re.IGNORECASE)
    if not m:
        return part
    return f"This {m.group(1)} {part[:1].lower()}{part[1:]}"


def rejoined(source: str, parts: list[str], longest: int) -> list[str]:
    """A piece cut from the piece before it ("... has detected water ice." + "Complex molecules on the comet.")
    put back after it, as the source says it, when the whole still fits in a sentence of `longest` words."""
    out: list[str] = []
    for part in parts:
        if out and (noun_phrase_without_verb(source, part) or predicate_without_subject(source, part)):
            before = out[-1].rstrip(".")
            m = re.search(re.escape(before) + r"(,? (?:and|or) )" + re.escape(part[:1].lower() + part[1:].rstrip(".")),
                          source)
            if m and len(m.group(0).split()) <= longest:
                out[-1] = m.group(0) + "."
                continue
        out.append(part)
    return out


# "Ann Lee, head of sales at Orbit Works said ...": the aside's closing comma went with what was cut after it
# ("On Thursday, the two companies said ...": a time before the speaker, not a name)
OPEN_ASIDE = re.compile(r"^(?!(?:On|In|At|By|Last|This|Early|Late|Later|Earlier|After|Before|Since|During|Until)\b)"
                        r"((?:[A-Z][\w.'’-]* ){1,3}[A-Z][\w'’-]*), ([a-z][^,\"]{2,80}?) "
                        r"(said|says|told|added|warned|explained|noted)\b")


def aside_closed(part: str) -> str:
    """ "Ann Lee, head of sales at Orbit Works said the results were good." -> "Ann Lee, head of sales at Orbit
    Works, said the results were good.": a job between commas keeps both commas."""
    return OPEN_ASIDE.sub(r"\1, \2, \3", part, count=1)


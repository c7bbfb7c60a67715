"""The shapes of broken sentences that checks.odd_sentences looks for: word lists, patterns and small tests.

Split from checks.py, which keeps the checks themselves (length, vocabulary, faithfulness, odd sentences).
Each shape comes from a real line that rule-based rewriting left behind; the comment next to it quotes one.
"""
from __future__ import annotations

import re

from .grammar import IRREGULAR_PAST, NOT_VERBS_AFTER_SUBJECT, PLURAL_SUBJECTS, PRESENT_VERBS


JOINING_WORDS = {"or", "nor", "which", "whom", "whose"}  # "And"/"But"/"So" open spoken sentences well
DANGLING_ENDS = {
    "the", "a", "an", "and", "or", "but", "which", "its", "their", "our", "whose", "between", "whether", "than",
}  # "harder to come by", "sort of", "agrees with" end well, so prepositions are not here
FINITE_HINTS = {
    "is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "can", "could", "may", "might",
    "shall", "should", "must", "did", "does", "do", "said", "says", "told", "went", "came", "got", "made",
    "took", "gave", "found", "left", "won", "lost", "met", "ran", "saw", "began", "became", "kept", "held",
    "led", "sent", "spent", "built", "paid", "put", "set", "cut", "hit", "felt", "brought", "bought",
    "thought", "fell", "rose", "grew", "knew", "stood", "sat", "wrote", "spoke", "chose", "fled", "fought",
    "sold", "taught", "caught", "shot", "ate", "drew", "threw", "beat", "struck", "let", "hurt", "cost",
    "drove", "sought", "woke", "rode", "rang", "sang", "swam", "wore", "hid", "bit", "bled", "bent", "bound",
    "bred", "clung", "crept", "dealt", "dug", "dove", "fed", "fit", "flung", "forbade", "forgave", "froze",
    "ground", "hung", "lay", "laid", "lent", "lit", "meant", "mistook", "overcame", "oversaw", "quit", "read",
    "rid", "sank", "shook", "shone", "shut", "slept", "slid", "sped", "spun", "split", "spread", "sprang",
    "stole", "stuck", "stung", "strove", "swept", "swore", "swung", "tore", "underwent", "undertook", "upheld",
    "withdrew", "withheld", "wound", "wove", "wept", "heard", "understood", "knew", "told", "dreamt", "leapt",
} | IRREGULAR_PAST  # "The river burst its banks.": every past form the rewriter knows is a verb
NOUN_MARKERS = {
    "a", "an", "the", "of", "in", "on", "at", "for", "to", "with", "by", "from", "before", "after", "his", "her",
    "its", "their", "our", "my", "your", "some", "many", "few", "several", "these", "those", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "hundred",
    "mg", "kg", "km", "ml", "mw", "gw", "kw", "mph",  # a unit before an "-s" word: "the 20 mg groups" is a noun
}
SUBJECT_PRONOUNS = {"i", "we", "they", "you", "he", "she", "it", "there", "people", "this", "that"}
BARE_ATTRIBUTION_RE = re.compile(r"^[\w.'’ -]{1,50}? (?:said|says|added|told reporters|explained)\.$")
BROKEN_QUOTE_RE = re.compile(r"\b(?:said|says|added), (?:is|are|was|were|has|have|had|will|would)\b"
                             r"|\b(?:said|says|added|noted), (?:and|but)\b"  # "The doctors said, and the gains ..."
                             r"|\b(?:said|says) (?:so|well|now|yes|no|oh), ")  # "He said so, they see growth ..."
# "Brooke asked before saying sorry.": the question itself was a quote and is gone, so nothing is asked
ASKED_NOTHING_RE = re.compile(r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbeing)(?<!\bget)(?<!\bgot)(?<!\bis)(?<!\bare)"
                              r" (?:asked|wondered)(?: \w+ly)? (?:before|after|while) \w+ing\b"
                              r"(?![^.]*\b(?:whether|if|what|how|why|who|where|which|when)\b)"
                              r"|^(?:[A-Z][\w'.-]* ){1,3}(?:\w+ly )?(?:asked|wondered)(?: \w+ly)?[.!]$")
# "Later held the stage.", "Earlier is the singer Ann Roe.": a fronted adverb taken for the subject
ADVERB_AS_SUBJECT_RE = re.compile(r"^(?:Earlier|Later|Meanwhile|Afterwards|Instead|Moreover|Furthermore|However"
                                  r"|Nevertheless|Nonetheless|Elsewhere|Overall|Previously|Separately|Likewise) (\w+)")
# "Then she sang, and although her voice was tired.": a clause that says "although", "because", "if" ... and
# ends the sentence, so its main clause was cut off
HALF_CLAUSE_AT_END_RE = re.compile(r", (?:and|but|or) (?:although|though|even though|whereas|unless|because|if|once"
                                   r"|whenever)\b[^,;:]*[.!]$")
# "This be based in Leeds." <- "which would keep the name and be based in Leeds": the bare "be" lost its "would"
BARE_BE_RE = re.compile(r"^(?:This|That|It|He|She|They|We|I|You|These|Those|There) be\b")
# "This was after the fault was fixed and are not affected.": the main clause's second verb ("are") was carried
# into a retold time clause whose "This" it cannot agree with
RETOLD_WITH_PLURAL_VERB_RE = re.compile(r"^(?:This|That) (?:is|was) (?:after|before|when|because|during|since|until)\b"
                                        r"[^,;]* (?:is|was|has) [^,;]*\band (?:are|were|have)\b")
# "The year had been good and that the dates would come later.": a second "that" clause of a report whose
# reporting verb was moved out of the sentence ("X said this.")
SECOND_THAT_RE = re.compile(r"\b(?:and|but) that (?:the|a|an|his|her|its|their|our|next|this|these|those|some|many|all|no"
                            r"|he|she|they|it|we|[A-Z0-9])\b"
                            # ("... but that food banks should not ...": a plain noun subject before its verb)
                            r"|\b(?:and|but) that (?:[a-z]+ ){1,2}(?:should|would|could|will|can|may|might|must|is|are|was"
                            r"|were|had|has|have)\b")
REPORTING_BEFORE_RE = re.compile(r"\b(?:that|said|says|say|told|tells|tell|warned|warns|added|adds|noted|notes"
                                 r"|argued|argues|claimed|claims|insisted|insists|announced|announces|believed"
                                 r"|believes|believe|thought|thinks|think|hoped|hopes|expected|expects|expect"
                                 r"|found|finds|showed|shows|agreed|agrees|knew|knows|know|learned|heard|hears"
                                 r"|confirmed|confirms|stressed|wrote|writes|explained|explains|admitted|admits"
                                 r"|promised|promises|ruled|decided|suggested|suggests|reported|reports|meant|means"
                                 r"|felt|feels|estimated|estimates|denied|denies|accepted|accepts|ensure|ensures"
                                 r"|clear|sure|aware|fact|news|hope|view|evidence|claim|belief|sign|signs)\b", re.I)


# words that end in "ed" but are no past verb ("30 minutes before bed.")
ED_NOUNS = {"bed", "red", "shed", "hundred", "speed", "seed", "deed", "greed", "creed", "weed", "steed", "naked",
            "sacred", "kindred", "wicked", "sled", "sofabed"}


def named_each_verb(tokens: list[str]) -> bool:
    """'Lee and Hart each face ...', 'Ann Lee and Tom Hart both deny ...': after named people, "each" or "both" and
    a word that is no noun's start: their present verb."""
    lower = [t.lower() for t in tokens]
    return any(b in ("each", "both") and a[:1].isupper() and c.isalpha() and c not in NOUN_MARKERS | {"of", "other"}
               for a, b, c in zip(tokens, lower[1:], lower[2:]))


def looks_finite(tokens: list[str]) -> bool:
    """Some word that can be a finite verb: an auxiliary, a past form, or a present form after a subject."""
    lower = [t.lower() for t in tokens]
    if any(t in FINITE_HINTS or (t.endswith("ed") and t not in ED_NOUNS) or t.endswith("n't") for t in lower):
        return True
    if lower and (lower[0] in SUBJECT_PRONOUNS or (len(lower) >= 3 and lower[0].endswith("s"))):
        return True  # "They battle to win.", "Vaccines protect people.": a subject, then its verb
    if any(a in PLURAL_SUBJECTS and b not in NOT_VERBS_AFTER_SUBJECT for a, b in zip(lower, lower[1:])):
        return True  # "About 400 people swim there.": a plural subject, then its present verb
    if named_each_verb(tokens):
        return True  # "Lee and Hart each face two charges.": two named people, then their present verb
    if len(lower) >= 2 and lower[0] in {"the", "these", "those", "many", "some", "most", "all"} and lower[1].endswith("s"):
        return True  # "The writers rate ...": a plural subject is followed by a present verb
    # "The city plans ...": an -s word can be a present verb, unless a determiner, a preposition or a
    # number shows it is a plural noun ("thirty minutes", "in the streets")
    return any(
        t.endswith("s") and len(t) > 3 and not (prev in NOUN_MARKERS or prev[:1].isdigit())
        for prev, t in zip(lower, lower[1:])
    )


# a capitalised word right after "said" with the shape of an ordinary word: the quote's first word kept its
# capital ("Lee said Numerical tests show ..."); names rarely end like this ("Parliament" is left alone)
CAPITAL_AFTER_SAID_RE = re.compile(r"\bsaid (?:that )?[A-Z][a-z]+(?:ical|ically|ally|ous|tions?|sions?|ness|ity|ities|isms?)"
                                   r" (?!of\b)[a-z]")
# "Ruiz said Being mayor takes time.": a quote's first word, a verb's -ing form, kept its capital
CAPITAL_GERUND_AFTER_SAID_RE = re.compile(r"\bsaid (?:that )?(?:Being|Having|Getting|Making|Doing|Going|Taking|Working"
                                          r"|Trying|Targeting|Keeping|Finding|Giving|Playing|Running|Using|Helping"
                                          r"|Bringing|Creating|Changing|Investing|Spending|Saving|Learning|Selling"
                                          r"|Buying|Paying|Putting|Winning|Losing|Living|Moving|Leaving)\b"
                                          # any "-ing" word before "a"/"the" ("said Transferring a process ..."),
                                          # or a hyphened word with a small second half ("said Long-duration ...")
                                          r"|\bsaid (?:that )?(?:[A-Z][a-z]+ing (?:a|an|the|this|that|their|our|its)\b"
                                          r"|[A-Z][a-z]+-[a-z]+\b)")
# "The biggest private investment in Ohio and urged ...": the words before "and" have no verb, and what follows
# "and" is a past verb with no subject of its own, so the sentence's subject and first verb were cut off
SUBJECT_CUT_AND_RE = re.compile(r"^(?P<before>[^,]+?) and (?P<verb>[a-z]+ed) (?:the|a|an|him|her|them|it|its|their|his|[a-z]+s to)\b")
# "All three doses showed a big.": an article and an adjective end the line, the noun they went with was cut off
ADJECTIVE_AT_END_RE = re.compile(r"\b(?:a|an) (?:[a-z]+ly )?(?:big|small|large|huge|major|key|new|strong|sharp"
                                 r"|significant|important|serious|clear|good|bad|high|low|great|real|wide)[.!]$")
# "At Week 16, 41% and 68% of patients in the 5 mg and 20 mg groups, respectively.": the verb before "respectively"
# was cut; a sentence that ends on it must say what each one did
RESPECTIVELY_RE = re.compile(r", respectively[.!]$")
# what a page, not a sentence, says: a hashtag, a "~" range of dates or times in a listing, a pointer at what the
# reader sees ("see this page", "the tweets above", "is below in ..."), a listing line with no subject
PAGE_POINTER_RE = re.compile(r"(?:^|\s)#[A-Za-z]\w+|\s~\s|\bsee this (?:page|link|post|chart|graphic)\b"
                             r"|\bclick (?:here|this|the link)\b|\babove-(?:displayed|mentioned)\b"
                             r"|\b(?:video|photo|picture|chart|map|graphic|tweets?|image|gallery|list) (?:above|below)\b"
                             r"|\b(?:is|are) (?:below|above) in\b|\bset out above\b|\b(?:pictured|shown) (?:above|below)\b"
                             r"|^(?:Includes|Ships with|Comes with|Arrives with)\b")
# "... of the House of Representatives Rt.": a title whose name went to the next piece
TITLE_AT_END_RE = re.compile(r"\b(?:Rt|Hon|Gen|Col|Lt|Sgt|Capt|Cpl|Const|Cst|Maj|Adm|Insp|Det|Rev|Fr)\.$")
# "The scope may have expand ed.": a word's ending split off it
SPLIT_ENDING_RE = re.compile(r"\b[a-z]{3,} (?:ed|ing)\b")
# "Oil prices fell on concerns.": what the concerns were about was cut off
CUT_CONCERN_RE = re.compile(r"\b(?:on|amid|over) (?:concerns|fears|worries)[.!]$"
                            r"|\b(?:on|amid) (?:hopes|expectations|signs|reports)[.!]$")
# "The writer should not have had to.", "They said they wanted to.": the verb after "to" was in the sentence before
STRANDED_TO_RE = re.compile(r"\b(?:have|has|had|want|wants|wanted|need|needs|needed|ought|going|used|able|like|likes"
                            r"|liked|try|tries|tried|plan|plans|planned|hope|hopes|hoped|refuse|refused)(?: not)? to[.!]$")
# "... little hesitation to doctor, um.": a speaker's filler kept from the quote
SPOKEN_FILLER_RE = re.compile(r", (?:um|uh|er|erm)\b", re.IGNORECASE)
# "X said this is that something he knew ...": a "that" put inside a quote's "This is something ..."
THAT_INSIDE_THIS_IS_RE = re.compile(r"\bsaid (?:this|it) (?:is|was) that\b")
# "X said to be in this role, ..., is tremendous.": a quote's infinitive subject, heard as "said to be"
INFINITIVE_SUBJECT_RE = re.compile(r"\bsaid to [^.]*?,? (?:is|was|are|were) \w")
# "X said he would add being calm is critical.": a quote's "I would also add ..." told as something X will do
QUOTES_OWN_ADD_RE = re.compile(r"\bsaid (?:he|she|they|it|\w+) would (?:also )?(?:add|say|argue|stress|note) \w+ing\b")
# "The also said ...", "The still says ...": the noun after the article was left out
NO_NOUN_RE = re.compile(r"^(?:The|A|An) (?:also|still|just|said|says|told|is|was|are|were|has|have|had|will|would)\b")
# "Ward said Ward thinks ...", "Cox said Cox's hope is ...", "Lee said if it works, Lee will pay": the
# speaker's own "I" said as their name
SELF_NAMED_RE = re.compile(r"^(?:But )?(?:[A-Z][\w.'-]* ){0,3}([A-Z][\w'-]+) (?:also )?said (?:\1\b|.*, \1 (?:will|would|is|was|has|had"
                           r"|can|could|thinks|knows|wants|does|did)\b)")
# "TV shows bought from a shop.": a noun phrase and a past participle, with no verb of its own. Only verbs that
# need an object: right before "by" or "from" they are participles ("sold from a van" could be a past verb)
PARTICIPLE_ONLY_RE = re.compile(r"\b(?:bought|made|built|taken|given|found|sent|paid|written|seen|shown|owned|produced"
                                r"|created|designed|developed|published|released|imported|exported|collected|stolen"
                                r"|brought|chosen|picked|ordered|delivered|run|funded|backed|grown|provided|supplied"
                                r"|operated|managed|issued|hosted|sponsored|supported|approved|signed|used)"
                                r"(?: in part| mostly| partly| largely| mainly| only)? (?:by|from) ")
# a clause that only says when or why, with no main clause after it: "Each time the planet passed its star."
HALF_CLAUSE_RE = re.compile(r"^(?:Each time|Every time|Whenever|Until|Unless|Although|Though|Whereas|Because|As soon as"
                            r"|Even though|Even if|So that)\b[^,;:]*[.!]$")
# what a reported claim opens with when it is a thing said, not a clause: "She said yes to the plan."
SAID_OBJECTS = {"yes", "no", "so", "nothing", "something", "anything", "little", "much", "more", "goodbye", "sorry",
                "thanks", "hello", "it", "this", "that", "what", "how", "why", "a", "an", "the", "in", "on", "at",
                "during", "after", "before", "last", "earlier", "later"}
RELATIVES = {"who", "which", "that", "whom", "whose", "where", "when", "because", "if", "while", "as", "what"}


def participle_only(text: str) -> bool:
    """The first participle comes after a short noun phrase with no verb: "A $2 million plan run by the city."."""
    m = PARTICIPLE_ONLY_RE.search(text)
    if not m:
        return False
    head = [t.lower() for t in re.findall(r"[A-Za-z][A-Za-z'’-]*", text[:m.start()])]
    rest = [t.lower() for t in re.findall(r"[A-Za-z][A-Za-z'’-]*", text[m.end():])]
    return 0 < len(head) <= 6 and head[0] not in SUBJECT_PRONOUNS and head[0] not in JOINING_WORDS \
        and not any(t in FINITE_HINTS or t in RELATIVE_WORDS or t.endswith("ed") for t in head) \
        and not any(t in FINITE_HINTS or t in PRESENT_VERBS or t.endswith("ed") for t in rest)


RELATIVE_WORDS = {"who", "which", "that", "when", "where", "what", "how", "it", "means"}


# a reporting verb and "that": what follows must be a clause with its own verb
REPORTED_THAT_RE = re.compile(r"\b(?:said|says|heard|hears|told \w+|found|ruled|argued|claimed|added) that ")
PLACE_WORDS = {"in", "to", "at", "from", "of", "by", "for", "with", "on", "into", "before", "after"}


def cut_reported_clause(text: str) -> bool:
    """'The court heard that between 2013 and 2022 Pellow.': the clause after "heard that" stops at its
    subject, before the verb. Only when it ends on a name with no preposition before it: "He said that in a
    speech to Parliament." is whole ("that" is what he said)."""
    m = REPORTED_THAT_RE.search(text)
    if not m:
        return False
    rest = re.findall(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.:%]*", text[m.end():])
    if len(rest) < 3 or looks_finite(rest) or any(t.lower() in PRESENT_VERBS for t in rest):
        return False
    return rest[-1][:1].isupper() and rest[-2].lower() not in PLACE_WORDS


# "Castellan's party holds 39 seats, and her junior partner.": a list of subjects cut before its verb
CUT_AFTER_AND_RE = re.compile(r", and (?:his|her|their|its|the|a|an|our) ([a-z][\w-]*(?: [a-z][\w-]*){0,2})\.$")
# "The rural-based party, holds six.": a comma between a subject and its verb, where an apposition was cut out
SUBJECT_COMMA_VERB_RE = re.compile(r"^(?:The|A|An|His|Her|Its|Their) ([^,]{2,60}), ([a-z]+)\b")


SPEECH_VERBS = {"said", "says", "told", "tells", "added", "adds", "argued", "argues", "wrote", "writes", "explained",
                "explains", "noted", "notes"}


# "This has 23 seats, and the Social Democrats.": a named body after the last "and", with no verb of its own
CUT_NAME_AFTER_AND_RE = re.compile(r", and the (?:[A-Z][\w'-]* ?){1,4}\.$")


def cut_after_and(text: str) -> bool:
    if CUT_NAME_AFTER_AND_RE.search(text) and text.count(",") == 1:
        return True
    m = CUT_AFTER_AND_RE.search(text)
    if m is None:
        return False
    # one comma only: "A, B, and the C." is a whole list
    return text.count(",") == 1 and not looks_finite(m.group(1).split()) and not any(
        t in PRESENT_VERBS for t in m.group(1).split())


def comma_before_verb(text: str) -> bool:
    m = SUBJECT_COMMA_VERB_RE.match(text)
    head = m.group(1).lower().split() if m else []
    # "rural-based" is an adjective, not a past verb
    if not m or any(t in FINITE_HINTS or t in RELATIVES or t.endswith("ed") and "-" not in t for t in head):
        return False
    verb = m.group(2)
    if verb in SPEECH_VERBS:
        return False  # "The new rules, says the mayor, are fair.": an attribution in the middle
    return verb in FINITE_HINTS - {"that", "this"} or (verb.endswith("s") and verb in PRESENT_VERBS)


SUBJECT_WORDS = {"It", "He", "She", "They", "We", "I", "There", "This", "That", "You"}


def verb_only_in_relative(text: str) -> bool:
    """'IT support and fundraising services that were never provided.': a noun phrase whose only verb is the
    passive one of its "that" clause, the rest of a list cut from its sentence."""
    m = re.match(r"^([A-Z][\w'-]*(?: [\w'-]+){1,6}?) (?:that|which) (?:is|are|was|were|had been|have been|has been)"
                 r"(?: not| never| also| still)? [a-z]+(?:ed|en)\b([^,;]*)[.!]$", text)
    if not m or text.split(" ", 1)[0] in SUBJECT_WORDS:
        return False
    head = m.group(1).lower().split()
    rest = m.group(2).lower().split()
    return head[0] not in NOUN_MARKERS - {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"} \
        and not any(t in FINITE_HINTS or t in PRESENT_VERBS or t.endswith("ed") and "-" not in t for t in head) \
        and not any(t in FINITE_HINTS or t in PRESENT_VERBS for t in rest)


def two_clauses(tokens: list[str]) -> bool:
    """'Even though he is tired he still loves it.': two subjects or two verbs, so a main clause follows."""
    lower = [t.lower() for t in tokens]
    verbs = sum(1 for t in lower if t in FINITE_HINTS or t.endswith("ed") or t in PRESENT_VERBS)
    subjects = sum(1 for t in lower if t in SUBJECT_PRONOUNS - {"that", "this"})
    return verbs >= 2 or subjects >= 2


def verbless_report(tokens: list[str]) -> bool:
    """'Oza said the hope of a faster recovery.': what follows "said" has no verb (and no clause in it that
    might hide one). 'said the plan', 'said yes' and 'said in May' are left alone: they can be whole."""
    lower = [t.lower() for t in tokens]
    if "said" not in lower or looks_finite(tokens[:lower.index("said")]):
        return False  # "It means something said in public": "said" is no verb of the sentence there
    rest = lower[lower.index("said") + 1:]
    if len(rest) < 3 or rest[0] in SAID_OBJECTS - {"the", "a", "an"} or any(t in RELATIVES for t in rest):
        return False
    if rest[0] in ("the", "a", "an") and len(rest) < 4:
        return False
    if any(t in FINITE_HINTS or t.endswith("n't") or t in SUBJECT_PRONOUNS or t in PLURAL_SUBJECTS
           for t in rest):
        return False  # a verb, or a subject whose present verb no list holds ("some parents work two jobs")
    if named_each_verb(tokens[lower.index("said") + 1:]):
        return False  # "said Lee and Hart each face two charges"
    # an -ed or -s word is a verb unless a determiner, a possessive or an ordinal shows it is part of a noun
    # phrase ("the country's second elected governor", "in earnings")
    for prev, tok in zip(["said"] + rest, rest):
        if (tok.endswith("ed") or (tok.endswith("s") and len(tok) > 3)) and not (
                prev in NOUN_MARKERS or prev.endswith("'s") or prev in ORDINALS or prev[:1].isdigit()):
            return False
        if prev.endswith("s") and not prev.endswith("'s") and len(prev) > 3 and tok.isalpha() and tok not in NOUN_MARKERS:
            return False  # "parents work": a plural noun, then perhaps its verb
    return True


def adverb_as_subject(text: str) -> bool:
    m = ADVERB_AS_SUBJECT_RE.match(text)
    return m is not None and (m.group(1).lower() in FINITE_HINTS or m.group(1).endswith("ed"))


# "X also said this was after finding drugs in her car.": a retold time clause whose "-ing" word had the
# sentence's subject; after "This was" nobody does the finding. -ing nouns ("after the meeting" needs no "the"
# only for a few) are left alone.
DANGLING_AFTER_THIS_RE = re.compile(r"\b(?:This|this|That|that) (?:is|was) (?:after|before|while|since|when|upon) "
                                    r"([a-z]+ing)\b")
ING_NOUNS = {"morning", "evening", "meeting", "wedding", "building", "hearing", "ruling", "briefing", "spring",
             "nothing", "something", "anything", "everything", "training", "funding", "spending", "thanksgiving",
             "christening", "opening", "closing", "signing", "shooting", "bombing", "flooding", "landing", "ceiling"}
# "Prakash said they will stop trains, there will be riots.": two clauses of a quote joined by a bare comma
# (a comma splice). A clause opened by "if", "when", "because" ... before the comma is a good sentence.
COMMA_SPLICE_RE = re.compile(r"\b(?:said|says|told \w+|added) (?:that )?(?:he|she|they|it|we|I|you|there) "
                             r"(?:will|would|can|could|is|are|was|were|has|have|had|did|does|do|may|might|must)\b"
                             r"([^,;:]*), (?:there|they|he|she|it|we|I|you) (?:will|would|can|could|is|are|was|were"
                             r"|has|have|had|did|does|do|may|might|must)\b")
SUBORDINATORS_RE = re.compile(r"\b(?:if|when|whenever|while|because|although|though|as|once|after|before|unless"
                              r"|since|until|so|and|but|or|whether|where|which|who)\b")


def dangling_after_this(text: str) -> bool:
    m = DANGLING_AFTER_THIS_RE.search(text)
    return m is not None and m.group(1) not in ING_NOUNS


def comma_splice(text: str) -> bool:
    m = COMMA_SPLICE_RE.search(text)
    return m is not None and not SUBORDINATORS_RE.search(m.group(1))


def second_that_alone(text: str) -> bool:
    m = SECOND_THAT_RE.search(text)
    return m is not None and not REPORTING_BEFORE_RE.search(text[:m.start()])


ORDINALS = {"first", "second", "third", "fourth", "fifth", "last", "next", "newly", "most", "more", "best", "well"}

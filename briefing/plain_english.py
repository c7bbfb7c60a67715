"""Rule-based rewriting of news sentences into short, plain ones.

No parser: the rules look at punctuation, a few function words and word endings. They only ever drop,
reorder or swap words for plainer ones from a committed table, so a rewritten sentence never says
anything the article did not (the checks in briefing/checks.py verify names and numbers).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from .appositives import named_members, said_of_a_noun
from .clause_lists import absolute_opener, clause_list, second_subject
from .clauses import ELLIPTICAL_ITEM, cap, finish, is_sentence, shorten, words
from .split_checks import keep_leaning
from .compress_asides import _context_after_speaker
from .sentence_riders import prepared
from .dateline import strip_dateline
from .finished_lines import (claim_in_small_letters, on_bare_day, place_then_this, spliced_report, subject_after_but,
                             that_after_a_said_phrase, those_named, time_then_clause, told_without_comma)
from .faithful import faithful_parts, may_drop_adjective, may_drop_adverb, merges_two_words
from .grammar import IRREGULAR_PAST, LONGEST, MINE_OF_SPEAKER, PRESENT_VERBS, is_verbish
from .verb_shapes import third_person_verb
from .headline_grammar import headline_verb
from .keep_words import carries_meaning
from .narrator import everyones_our
from .quote_turns import attribute_quotes  # noqa: F401 (the writer gives quotes their speakers through here)
from .attribution import (REPORT_VERBS, announced_as_said, attribution_first, keep_speaker, speaker_between_verbs,
                          split_report)
from .reported import (paraphrase_quote,  # noqa: F401
                       report, speaker_pronouns)
from .speakers import named_again, said_when, split_occasion
from .spoken_idioms import figures_plainly, plain_idioms
from .trim import spelled_out_address, trailing_speaker, without_idiom_clause
from .sentences import split_sentences  # noqa: F401 (the writer splits paragraphs through this module)
from .vocabulary import common_words, idioms, substitutions
from .voice import active_voice
from .words import FUNCTION_WORDS, an_or_a, swap_plain_words
from .writer_self import the_writer
from .writers_we import writers_within

CONTRACTIONS = [
    (r"\bcan't\b", "cannot"), (r"\bwon't\b", "will not"), (r"\bshan't\b", "shall not"),
    (r"\b(\w+)n't\b", r"\1 not"), (r"\b(\w+)'re\b", r"\1 are"), (r"\b(\w+)'ve\b", r"\1 have"),
    (r"\b(\w+)'ll\b", r"\1 will"), (r"\bI'm\b", "I am"),
    # "'d" is "had" before a past participle or "better", "would" before a bare verb; any other "'d" stays as written
    (r"\b(I|you|we|they|he|she|You|We|They|He|She)'d ((?:never |already |just |always )?(?:been|had|done|gone|seen"
     r"|heard|met|known|thought|felt|made|won|lost|found|told|\w{2,}(?<!e)ed)|better)\b", r"\1 had \2"),
    (r"\b(I|you|we|they|he|she|You|We|They|He|She)'d (be|like|love|rather|prefer|have|do|go|say|want|need|see|get"
     r"|make|take|give|try|feel|expect|also|probably|certainly|happily|gladly)\b", r"\1 would \2"),
    # "'s" is "has" before "been"/"got", and for a person before a past participle with its object: "she's found a
    # way" is "she has found a way", never "she is found a way"
    (r"\b(it|that|there|he|she|what|It|That|There|He|She|What)'s (been|got)\b", r"\1 has \2"),
    (r"\b(he|she|it|that|He|She|It|That)'s (found|made|won|lost|left|done|gone|taken|seen|written|become|had|spent|sold"
     r"|bought|built|brought|paid|worked|played|scored|started|finished|raised|helped|tried|asked|told|given|shown|heard"
     r"|met|produced|caused|created|led|cost|changed|hit|put)"
     r" (?=(?:a|an|the|her|his|their|its|this|that|some|no|more|up|out|everything|nothing|it|him|them|us|me)\b)",
     r"\1 has \2 "),
    (r"\b(it|that|It|That)'s led to\b", r"\1 has led to"),  # "That's led to cuts", never "That is led to"
    (r"\bit's\b", "it is"), (r"\bIt's\b", "It is"),
    (r"\bthat's\b", "that is"), (r"\bThat's\b", "That is"), (r"\bthere's\b", "there is"),
    (r"\bThere's\b", "There is"), (r"\bhe's\b", "he is"), (r"\bHe's\b", "He is"), (r"\bshe's\b", "she is"),
    (r"\bShe's\b", "She is"), (r"\bwhat's\b", "what is"), (r"\bWhat's\b", "What is"),
]
# "I", "we" and "our" that are still in a rewritten sentence are the writer's voice or an unreported quote.
# Capitalised only at the start: "The We Company" is a name. A general "you" is plain English and stays.
NARRATOR = re.compile(rf"\b(I|me|my|{MINE_OF_SPEAKER}|we|us|our|ours)\b(?!-\d)|^(My|We|Our|Us)\b")  # (not "I-70", a road)


def normalise(text: str) -> str:
    """Straight quotes and apostrophes, plain spaces, no contractions."""
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u201e", '"').replace("\u00ab", '"')
    text = text.replace("\u00bb", '"').replace("\u2018", "'").replace("\u2019", "'").replace("\u00a0", " ")
    text = re.sub(r"(?<=\d)\s*[\u2013\u2014]\s*(?=\d)", " to ", text)  # "60\u201390 minutes" -> "60 to 90 minutes"
    text = re.sub(r"\s*[\u2013\u2014]\s*|\s+-{1,2}\s+", " \u2014 ", text)
    for pattern, repl in CONTRACTIONS:
        text = re.sub(pattern, repl, text)
    text = text.replace("won not", "will not").replace("ca not", "cannot")
    return re.sub(r"\s+", " ", text).strip()


def drop_asides(s: str) -> str:
    """Parentheses and paired dashes hold side remarks a listener can do without."""
    s = re.sub(r"\s*\([^()]*\)", "", s)
    # ("which is [a] big one": an editor's word in a quote is the sentence's; "it [the plan]" says what "it" is)
    s = re.sub(r"\b(?!(?:it|he|she|they|them|him|her|this|that|we|us) )(\w+ )\[([a-z]+(?: [a-z]+){0,2})\](?= \w)", r"\1\2", s)
    s = re.sub(r"\s*\[[^\]]*\]", "", s)
    s = re.sub(r" \u2014 [^\u2014]{1,120}? \u2014 ", " ", s)
    # "the new firm, as its owner called it, will ...": who named it is a side remark
    s = re.sub(r",(\"?) as (?:[A-Z][\w'-]*|he|she|they)(?: [A-Z][\w'-]*){0,2} (?:called|dubbed|named|put|described)"
               r"(?: it| them| the \w+)?,", r"\1", s)
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
# what may follow an -ly adjective that ends a predicate ("too costly for", "is deadly."); before "the" or a
# verb an -ly word is an adverb ("is arguably the best", "was quickly arrested")
PREDICATE_FOLLOWERS = {"", "for", "to", "in", "at", "of", "with", "and", "but", "or", "because", "when", "if"}
KEEP_BEFORE = {"that", "to", "of", "and", "or", "but", "for", "in", "on", "at", "with", "by", "as", "than", "is", "are"}


_DETERMINER = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "any", "no", "some", "of"}
_DEGREE = {"most", "more", "less", "least", "very", "so", "too", "quite", "rather", "fairly", "all", "not"}
_AFTER_NOUN = {"", "of", "and", "or", "in", "on", "at", "for", "to", "from", "with", "was", "is", "has", "had", "will",
               "would", "could", "may", "might", "sent", "drove", "pushed", "hit", "weighed"}


# endings that only adverbs have: "sheepishly", "carefully", "slowly" after "the room" is still an adverb
_ADVERB_ENDING = re.compile(r"(?:ish|ful|ous|ive|ent|ant|ab|ib|ed|ing|ic|al|less|at|i|ow|ar|ight|ete|ong|ee|ct|nt)ly$")


def _noun_place(word: str, before: list[str], following: str) -> bool:
    """Is an -ly word where a noun goes: right after a determiner ("an oversupply"), or after a determiner and one
    describing word, before a comma, a preposition or a verb ("the potential oversupply sent prices lower")? Not
    "the most deeply held" (a degree word), nor "the company quickly agreed" (a verb follows)."""
    prev = [w.lower() for w in before[-2:]]
    if _ADVERB_ENDING.search(word.lower()):
        return False
    if prev and prev[-1] in _DETERMINER:
        return following in _AFTER_NOUN  # ("a broadly stable margin": an adverb before the word it colours)
    return len(prev) == 2 and prev[0] in _DETERMINER and prev[1] not in _DEGREE and not prev[1].endswith("ly") \
        and following in _AFTER_NOUN


def simplify_words(s: str, names: AbstractSet[str] = frozenset()) -> str:
    """Swap hard words for plain ones; drop uncommon -ly adverbs ("sheepishly") and uncommon adjectives
    before a noun where briefing.faithful says they only colour the fact (never "supposedly", "falsely",
    "victimless", "bubonic"). Names are never touched."""
    swapped = swap_plain_words(s, substitutions(), names)
    s = s if merges_two_words(s, swapped) else swapped  # two groups made one ("experts") is another fact
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
        before = re.findall(r"[A-Za-z']+", s[:m.start()])
        after = re.match(r"\s*([A-Za-z']+)?", s[m.end():])
        following = (after.group(1) or "").lower() if after else ""
        if before and before[-1].lower() in LINKING_WORDS and following in PREDICATE_FOLLOWERS:
            return m.group(0)  # "became too costly for", "is deadly.": an -ly adjective that is the point
        if before and before[-1].lower() in FUNCTION_WORDS and re.match(r"\s*(?:[,.;:!?)]|$)", s[m.end(1):]):
            return m.group(0)  # "pieces of jewelry, made ...": an -ly word that ends a phrase after "of" is a noun
        if before and before[-1].lower() in ("from", "of", "to", "into", "with", "about", "against", "over"):
            return m.group(0)  # "suffering from oversupply and ...": an -ly word after a preposition is its noun
        if _noun_place(w, before, "" if re.match(r"\s*[,;:.]", s[m.end(1):]) else following):
            return m.group(0)  # "the potential oversupply, combined with ...": an -ly word after "the" is a noun
        if before and re.match(r"\s*(?:[.;!?]|$)", s[m.end(1):]) \
                and (before[-1].lower().endswith("ing") or before[-1].lower() in IRREGULAR_PAST
                     or before[-1].lower().endswith("ed")):
            return m.group(0)  # "have been playing awfully.": an adverb that ends the clause after its verb is the news
        if w.lower() in common or w[0].isupper() or not may_drop_adverb(w, s[:m.start()]):
            return m.group(0)  # "falsely claimed", "not entirely": the adverb carries the fact
        return ""

    s = re.sub(r"(?<!-)\b([A-Za-z]+ly)\b(?!-),? ?", drop_adverb, s)  # "electronically-limited" is one word

    def drop_adjective(m: re.Match[str]) -> str:
        w, following = m.group(1), m.group(2)
        if w.lower() in common or w[0].isupper() or following in KEEP_BEFORE or not w.endswith(ADJECTIVE_ENDINGS):
            return m.group(0)
        if not may_drop_adjective(w, s[:m.start()]):
            return m.group(0)  # "not a victimless crime", "cubic meter": without it the fact is another one
        before = re.findall(r"[A-Za-z']+", s[:m.start()])
        if before and before[-1].lower() in LINKING_WORDS:
            return m.group(0)  # "sales were more sluggish later": the adjective is what the sentence says
        if carries_meaning(w, s[:m.start()], following, s):
            return m.group(0)  # "no credible evidence", "cervical cancer", "tenant law": not a colour (keep_words)
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
        if not re.fullmatch(r"[a-z][a-z'-]*|[A-Z][a-z][a-z'-]*", word) or article[0] == "A" and word[0].isupper():
            return m.group(0)  # (a capital "An" or "A" before a capital is a name's first word: "An Post said")
        fitted = an_or_a(word)
        return (fitted.capitalize() if article[0] == "A" else fitted) + " " + word

    # lower-case "a" only, or a capital one that starts the sentence: "Plan A into action" stays
    return re.sub(r"(?:(?<=[\s\"(])|^)(an|a|An(?=\s)|A(?=\s))\s(?=\S)([A-Za-z][\w'-]*)",
                  lambda m: fit(m) if m.group(1)[0] == "a" or m.start() == 0 or not s[:m.start()].strip('" (')
                  else m.group(0), s)


def writer_voice(s: str, names: AbstractSet[str], newsroom: bool = True) -> str | None:
    """The article's own "I" or "we" said as "the writer" or "the writers": the one who wrote it is known.
    Only a sentence that opens with "I" or "We" and has no quotes or "you", or (with `newsroom`: not in a printed
    interview, whose guest says "we" too) a "we" of the writers' acts inside it; None otherwise."""
    if '"' in s or re.search(r"\b(you|your|yours)\b", s, re.IGNORECASE) or trailing_speaker(s):
        return None  # "We will win, said coach Tom Hart": the "we" is the speaker's side, not the newsroom
    # "Last month I locked the door": a time opener needs no comma to be one
    s = re.sub(r"^((?:Last|This|Next|Later that|Earlier this|Earlier that) (?:week|month|year|spring|summer|autumn"
               r"|fall|winter|morning|night)|Yesterday|In (?:19|20)\d\d) (?=(?:I|we) [a-z])", r"\1, ", s)
    opener = re.match(r"([A-Z][^,\"]{2,60}), (we|I) (?=[a-z])", s)
    if opener and not NARRATOR.search(opener.group(1)):
        # "So to check the value, we turned to ..." -> "So to check the value, the writers turned to ..."
        rest = writer_voice(cap(s[len(opener.group(1)) + 2:]), names)
        return f"{opener.group(1)}, {rest[:1].lower() + rest[1:]}" if rest and rest.startswith("The writer") else None
    # "My rent rose ..." -> "The writer's rent rose ..." ("My Little Pony" is a name, not the writer's); not "My
    # husband called him later" (the writer's "him" is someone told of before) nor "My problem is, ..." (a frame
    # whose clause a cut would lose)
    if (re.match(r"I\b", s) or re.match(r"My [a-z]", s) and not re.search(r"\b(?:him|her|them)\b|^My \w+ is,", s)) \
            and not re.search(r"\b(we|us|our|ours)\b", s, re.IGNORECASE):
        # "I bought it with my own money" (not in a printed interview: there the guest says "I")
        reported = report(s, None, "the writer") or (the_writer(s, report) if newsroom else None)
        reported = reported and re.sub(r"\bam\b", "is", reported)  # "I have ... and am ..." 
    elif (noted := re.match(r"We (?:should|must) (?:also )?(?:note|add|point out|mention) that ([a-z].+)$", s)) \
            and not NARRATOR.search(noted.group(1)):
        return cap(noted.group(1))  # "We should also note that the price is ..." -> "The price is ...": the fact
    elif re.match(r"We (?:should|must|need|ought|cannot|can't|could|can|have to|all)\b", s):
        return None  # "We should stop ...", "We cannot compete": advice or ability of everyone, not the newsroom's act
    elif re.match(r"We\b", s) and not re.search(r"\b(I|me|my|mine)\b", s):
        reported = report(s, None, None)
        reported = reported and re.sub(r"^They\b", "The writers", reported)
    else:  # "In March we surveyed ...", "Our team spoke to ...": the writers' acts told inside a sentence
        return (writers_within(s) or the_writer(s, report)) if newsroom else None  # "Acme sent me the lamps."
    return cap(reported) if reported else None


# where a writer's sentence joins whole clauses: "..., and I ...", "...; some rivals ...", "..., but it ..."
NARRATOR_CLAUSES = re.compile(r"; |, (?:and|but|so) (?=(?:I|we|it|there|this|the|my|our|[A-Z][a-z]+)\b)")


def _clause_by_clause(s: str, names: set[str], pronouns: Mapping[str, str] | None) -> list[str]:
    """A first-person sentence the writer rule could not tell whole, told clause by clause: each clause with
    its own subject is rewritten on its own (the writer's "I" as "the writer"), the ones that cannot be are
    left out. Clauses joined by "and", "but", "so" or a semicolon each say a thing of their own, so one can
    be said without the other. A clause with "if", "unless" or "only" is never split off its condition."""
    pieces = [p.strip() for p in NARRATOR_CLAUSES.split(s.rstrip(".!")) if p.strip()]
    if len(pieces) < 2 or re.match(r"(?:If|Unless|Only|Until|When|Whether|Although|Though|While|Because|As)\b", s):
        return []  # an opening condition or reason holds for every clause after it
    from .sentence_shapes import looks_finite
    # every piece a clause with its verb: "X, Y, and Z are the first ..." is one clause with a list in it
    if not all(looks_finite(p.split()) for p in pieces):
        return []
    out: list[str] = []
    for piece in pieces:
        if words(piece) >= 4 and not re.match(r"[a-z]+[A-Z]", piece):  # "iPhone ..." cannot open a sentence
            told = rewrite(cap(piece) + ".", names, pronouns, split_narrator=False)
            # a clause the rules must cut again is no simple clause: its pieces would lean on what was left out
            out += told if len(told) == 1 else []
    return out


def rewrite(sentence: str, names: set[str], pronouns: Mapping[str, str] | None = None,
            split_narrator: bool = True) -> list[str]:
    """One article sentence -> zero or more short plain sentences."""
    normalised = prepared(announced_as_said(normalise(sentence)))
    if not normalised:
        return []  # a list's lead with no clause: "Ticket sales, according to Boxline:"
    opened = absolute_opener(strip_dateline(normalised))
    if opened:  # the main clause first, so "Their dream was shattered" comes after the people it points at
        return rewrite(opened[0], names, pronouns, split_narrator) + rewrite(opened[1], names, pronouns)
    halves = normalised.rstrip(".").split("; ")
    if len(halves) == 2 and '"' not in normalised and all(words(h) >= 4 and is_sentence(finish(cap(h))) for h in halves):
        # "The display shows the speed; a screen in the middle runs the rest.": two sentences, one idea each (cut
        # as one, the second lost its verb: "...; a 15-inch touch screen.")
        return [line for half in halves for line in rewrite(finish(cap(half)), names, pronouns, split_narrator)]
    listed = clause_list(normalised) or second_subject(normalised) or speaker_between_verbs(normalised) \
        or named_members(normalised) or said_of_a_noun(normalised)
    if listed:  # "X rose, Y fell and Z was flat": one sentence for each clause, never a comma splice
        return [line for clause in listed for line in rewrite(clause, names, pronouns, split_narrator)]
    s = everyones_our(drop_asides(spelled_out_address(normalised)))  # "our universe" is everyone's, not the writer's
    s = strip_dateline(s)  # the cleaner takes it off pages; an article given some other way may keep it
    s = re.sub(r"\s*(?:https?://|pic\.twitter\.com/|www\.)\S+", "", s)  # a link cannot be read out
    s, when, occasion = split_occasion(s)  # "said Tuesday in an interview with ..." is said on its own
    main, context = _context_after_speaker(s.rstrip("."))  # "S, officials said, as X": X is the writer's, told after
    s = finish(main) if context or main != s.rstrip(".") else s
    s_before_quote = s
    q = paraphrase_quote(s, names, pronouns)
    if q is None:
        return []
    s = said_when(attribution_first(q, names), when)
    s = plain_idioms(simplify_words(s, names))
    if s and idioms().search(s):
        s = without_idiom_clause(s, idioms())  # "..., so scrolling feels smooth as butter": that clause goes
    if not s:
        return []  # "heads needed to roll": a learner hears the words, not the meaning
    s = re.sub(r"\s+([,.;:!?])", r"\1", s)
    s = re.sub(r"^(However|Meanwhile|Moreover|Furthermore|In addition|Additionally|Also|Still|Separately),\s*", "", s)
    s = re.sub(r"^And,? (?=[a-z])", "", s)  # "And there is a reason": the link to the last sentence is heard anyway
    if re.match(r"Which\b|(?:Because|Although|Though|Whereas)\b[^,]*$", s):
        return []  # "Which is exactly the problem.", "Because it is hard.": half of the sentence before it
    s = re.sub(r",\s*(however|meanwhile|moreover|furthermore|though|too),", "", s)
    s = re.sub(r", (?:yes|yeah)(?=[.!]$)", "", s)  # "They will carry a large share, yes.": the answer's own "yes"
    s = headline_verb(active_voice(s, names))
    s = fix_articles(s)
    s = finish(s)
    if re.match(r"(?:Check out|Click|Subscribe|Sign up|Follow us|Read more|Share this)\b", s):
        return []  # page furniture that speaks to the reader, not news
    if words(s) < 3 or s.endswith("?"):
        return []  # questions in a story are subheadings ("What happens next?"), not news
    if NARRATOR.search(s):
        # "I have bought two so far." -> "The writer has bought two so far." (an interview's "we" is its guest's)
        voiced = writer_voice(s, names, not getattr(pronouns, "interview", False)) or ""
        if not voiced or NARRATOR.search(voiced):
            # "The cell is one of the largest I have seen, and the claim is not a fairy tale.": the writer's
            # clauses may still be told one by one; "we", "you", "I" left over: a quote we could not report
            return _clause_by_clause(s, names, pronouns) if split_narrator else []
        s = voiced
    two_reports = re.search(rf" (?:{REPORT_VERBS}) .+,? (?:and|but) that ", s) is not None  # "X said A and that B"
    pieces = (split_report(s) if (q != s_before_quote or two_reports) and words(s) > LONGEST else None) or [s]
    parts = keep_leaning([[p] if words(p) >= 3 and is_sentence(p) else [] for piece in pieces
                          for p in shorten(piece, names)])
    if not parts:
        from .compress import compress  # a long sentence no rule above could cut: keep its main facts
        parts = compress(s, names)
    elif words(s) > LONGEST:
        from .compress import compress  # the cut lost a name or number: the main-fact cutter may keep it
        from .compress_frames import keeps_more_facts
        other = compress(s, names)
        if keeps_more_facts(s, parts, other) and faithful_parts(s, other) == other:
            parts = other
    if q != s_before_quote and parts:
        parts = keep_speaker(parts, names)
    kept = faithful_parts(s, parts)
    if kept != parts:  # a cut that changed the meaning: the main-fact cutter may find a faithful one
        from .compress import compress
        other = compress(s, names)
        other = faithful_parts(s, keep_speaker(other, names) if q != s_before_quote and other else other)
        kept = other if words(" ".join(other)) > words(" ".join(kept)) else kept
    parts = kept
    if occasion and parts:
        parts.append(occasion_sentence(occasion, names))
    if context and parts:
        parts += rewrite(finish(context), names, pronouns)
    finished = [subject_after_but(claim_in_small_letters(on_bare_day(told_without_comma(that_after_a_said_phrase(r))),
                                                 names), names)
                for p in parts if p for q in time_then_clause(p) for r in spliced_report(q)]
    return [figures_plainly(p) for p in named_again(_without_lost_nouns(those_named(place_then_this(finished))))]


def _without_lost_nouns(parts: list[str]) -> list[str]:
    """'Neither side scored.' + 'This review lasted three minutes.': a piece that names its noun again with
    "This" (a "that" clause told on its own) after the piece with the noun was lost points at nothing heard.
    ("This could ...", "This depends on ...": "This" is the event, not a noun's pointer.)"""
    out: list[str] = []
    for part in parts:
        if out and part.startswith(("This was when ", "This was after ", "This was before ")) \
                and ELLIPTICAL_ITEM.search(out[-1].rstrip(".")):
            continue  # "... and the third." + "This was when Aranda netted": the time was the third item's only
        m = re.match(r"(?:This|These) ([a-z]+) (?:(?:[a-z]+ly|already|also|then|still) )?([a-z]+)\b", part)
        if out and m and not re.search(rf"\b{m.group(1)}", " ".join(out), re.IGNORECASE) \
                and not is_verbish(m.group(1)) and not third_person_verb(m.group(1)) and is_verbish(m.group(2)):
            continue
        out.append(part)
    return out


def occasion_sentence(occasion: str, names: AbstractSet[str]) -> str:
    """'Moss spoke on Tuesday in a fireside chat with ...' in plain words; '' when it would run too long."""
    s = finish(fix_articles(simplify_words(occasion, names)))
    return s if 4 <= words(s) <= LONGEST and is_sentence(s) else ""


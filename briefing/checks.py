"""Cheap offline checks of a script: sentence length, common vocabulary, faithfulness to the articles.

The plain writer is built to pass them; the LLM writer's output must pass them or the build falls back.
Measured over everything but the fixed welcome and goodbye. The evaluation script measures the same
things with textstat and wordfreq (briefing/readability.py); these stand-ins need only the standard library.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .fragment_checks import (claimed_about_only, helper_before_a_past_form, passive_with_an_object, relative_only,
                              report_of_a_noun_only)
from .fragments import (article_before_plural, cut_after_dash, no_main_verb, no_subject, not_only_alone, page_line, verbless_after_semicolon,
                        wh_heading)
from .grammar import PRESENT_VERBS, elliptical, is_verbish
from .models import Article, Script
from .sentence_shapes import (
    NOUN_MARKERS, ASKED_NOTHING_RE, BARE_ATTRIBUTION_RE, BARE_BE_RE, BROKEN_QUOTE_RE, CAPITAL_AFTER_SAID_RE,
    CAPITAL_GERUND_AFTER_SAID_RE,
    CUT_CONCERN_RE, DANGLING_ENDS, HALF_CLAUSE_AT_END_RE, HALF_CLAUSE_RE, INFINITIVE_SUBJECT_RE, JOINING_WORDS,
    NO_NOUN_RE, QUOTES_OWN_ADD_RE, SPOKEN_FILLER_RE, THAT_INSIDE_THIS_IS_RE,
    PAGE_POINTER_RE, RESPECTIVELY_RE, RETOLD_WITH_PLURAL_VERB_RE, SELF_NAMED_RE, SPLIT_ENDING_RE, STRANDED_TO_RE,
    SUBJECT_CUT_AND_RE, FINITE_HINTS, ADJECTIVE_AT_END_RE,
    TITLE_AT_END_RE, adverb_as_subject, comma_before_verb, comma_splice, cut_after_and, cut_reported_clause,
    dangling_after_this, looks_finite, participle_only, second_that_alone, two_clauses, verb_only_in_relative,
    verbless_report,
)
from .vocabulary import common_share, common_words

MAX_WORDS = 22
MAX_MEAN_WORDS = 14.0
MIN_COMMON_SHARE = 0.96
FIXED_KINDS = ("intro", "outro")
NUMBER_RE = re.compile(r"\d+(?:[.,:]\d+)*")
# a name may hold letters with accents ("Sauvé", "Côté", "Dáil", "Kōwhai"): read with ASCII letters only, "Sauvé"
# was the name "Sauv", so "Sauvé" was lowered as an ordinary word ("Police said sauvé was ...")
NAME_RE = re.compile(r"\b[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'-]*")


@dataclass
class CheckResult:
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def __str__(self) -> str:
        return "; ".join(self.problems) if self.problems else "ok"


def measured_sentences(script: Script) -> list[str]:
    return [s for seg in script.segments if seg.kind not in FIXED_KINDS for s in seg.sentences]


def article_text(articles: list[Article]) -> str:
    return "\n\n".join(f"{a.title}\n\n{a.body}" for a in articles).replace("\u2019", "'")


def numbers_in(text: str) -> set[str]:
    return {n.replace(",", "") for n in NUMBER_RE.findall(text)}


def names_in(text: str) -> set[str]:
    """Capitalised words in the text, with and without a possessive 's."""
    found = set()
    for w in NAME_RE.findall(text.replace("\u2019", "'")):
        found.add(w)
        found.add(re.sub(r"'s?$", "", w))
        found.update(p for p in w.split("-") if p)
    return found


def unsupported(sentences: list[str], articles: list[Article]) -> list[str]:
    """Numbers and names in the sentences that the articles never use: they would be invented."""
    source = article_text(articles)
    source_numbers = numbers_in(source)
    source_names = names_in(source)
    lower_source = set(re.findall(r"[a-z]+", source.lower()))
    common = common_words()
    bad: list[str] = []
    for sentence in sentences:
        bad += sorted(n for n in numbers_in(sentence) if n not in source_numbers)
        for i, m in enumerate(NAME_RE.finditer(sentence.replace("\u2019", "'"))):
            word = re.sub(r"'s?$", "", m.group(0))
            if word in source_names or all(p in source_names for p in word.split("-") if p):
                continue
            sentence_start = m.start() == 0 or sentence[:m.start()].rstrip().endswith((".", ":", '"'))
            if sentence_start and (word.lower() in common or word.lower() in lower_source):
                continue  # an ordinary word that starts the sentence
            bad.append(word)
    return bad


# "Neither should you.", "So did Lee.": the verb phrase is the sentence before's
# "Tomato Cucumber Salad, 1 cup grapes.": a recipe or menu item, a name and a measure with no verb (the measured
# noun's -s would pass for a present verb)
MEASURED_ITEM_RE = re.compile(r"^(?:[A-Z][\w'-]* )*[A-Z][\w'-]*, (?:\d[\d.,/]*|[\u00bc-\u00be]) [a-z]+\.? [a-z]+s\.$")
INVERTED_ELLIPSIS_RE = re.compile(r"(?:Neither|Nor|So) (?:do|does|did|should|would|could|can|will|is|are|was|were|have"
                                  r"|has|had|must|might|am) (?:I|you|he|she|it|we|they|[A-Z][\w'-]*(?: [A-Z][\w'-]*)?)"
                                  r"(?: either| too)?[.!]$")


_ABSTRACT_ONLY_RE = re.compile(r"([A-Z][a-z]+(?:tion|sion|ment|ness|ity|ance|ence|ism|ure|age|ery)) (?:that|which)"
                               r" (?:should|would|could|can|will|may|might|must) (?:not )?[a-z]+\b(.*)[.!]$")


def abstract_noun_with_relative_only(text: str) -> bool:
    """'Obfuscation that should force any person to question the story.': a noun and its "that" clause, and no
    verb of the noun's own after it (a "being offered", "to question" is no main verb)."""
    m = _ABSTRACT_ONLY_RE.match(text)
    if not m:
        return False
    rest = re.sub(r"\b(?:being|been|be|to|by) [a-z]+", "", m.group(2)).split()
    return not any(t in ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
                         "might", "must", "should", "does", "did", "do") or (t.endswith("ed") and len(t) > 4)
                   or (t.endswith("s") and not t.endswith("ss") and before.lower() not in NOUN_MARKERS)
                   for before, t in zip([""] + rest, rest))  # ("... go away worries the bank": "worries" is it)


def subjectless_after_link(text: str) -> bool:
    """'But compares well with larger festivals.' (cut from "..., which is not cheap, but compares well ..."): a
    link word, then a present -s verb, and no other verb in the line for the -s word to be the subject of."""
    m = re.match(r"(?:But|And|Yet|So|Also) ([a-z]+[^s\W]s) (?:well|badly|poorly|favourably|favorably|better|worse|with"
                 r"|to|on|in|at|from|more|less|as|about|up|down|open|closed)\b(.*)$", text)
    if not m:
        return False
    rest = [t.lower() for t in re.findall(r"[A-Za-z']+", m.group(2))]
    return not any(t in FINITE_HINTS or t in PRESENT_VERBS or t.endswith(("ed", "n't")) for t in rest)


def without_age(tokens: list[str], text: str) -> list[str]:
    """The tokens without an age set off by commas: in "Harrowgate, 61, denies four charges" the verb follows the
    age, and "61 denies" is no count of things ("61 houses")."""
    ages = re.findall(r", (\d{1,3}),", text)
    return [t for t in tokens if t.rstrip(",") not in ages]


# "said one count of ...", "said a fine of ...": what was said is a counted noun and its "of" phrase to the end
REPORTED_NOUN_RE = re.compile(r"\b(?:said|says|added) (?:that )?((?:one|two|three|four|five|six|seven|eight|nine|ten|a|an"
                              r"|another|\d[\d,.]*) [a-z]+ (?:of|for|on|in) [^,;\"]+)[.!]$")
# "... obtained by crime": a participle with its agent describes the noun, it is no verb of the clause
PARTICIPLE_BY_RE = re.compile(r"\b[a-z]+(?:ed|en|wn) by\b.*$")


def has_a_verb(tokens: list[str]) -> bool:
    """Some word that could be a verb, or a finite helper ("is", "had", "will"): a run of words without one is a
    noun phrase ("people with jobs", "Lee's inner circle eyed")."""
    return any(is_verbish(t) or t.lower() in FINITE_HINTS for t in tokens)


def odd_sentences(sentences: list[str]) -> list[tuple[str, str]]:
    """Sentences a listener would hear as broken, each with the reason: a cheap lint, not a parser.

    It catches what rule-based rewriting tends to leave behind: a piece that starts mid-clause, a bare
    "The agency said.", a cut-off ending, a lower-cased name at the start, a quote joined back wrongly.
    The plain writer never speaks a flagged sentence; the evaluation script counts them.
    """
    odd: list[tuple[str, str]] = []
    seen: set[str] = set()
    for sentence in sentences:
        text = sentence.strip()
        tokens = re.findall(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.:%]*", text)
        words_only = [t for t in tokens if t[0].isalpha()]
        last = tokens[-1].lower() if tokens else ""
        reason = ""
        if not text:
            reason = "empty"
        elif text[0].isalpha() and text[0].islower():
            reason = "starts in lower case"
        elif not re.search(r"[.!?][\"'”’)]?$", text):
            reason = "no end mark"
        elif len(tokens) < 3:
            reason = "too short"
        elif words_only and words_only[0].lower() in JOINING_WORDS:
            reason = f"starts with {words_only[0]!r}"
        elif BARE_ATTRIBUTION_RE.match(text):
            reason = "bare attribution"
        elif (m := re.match(r"(?:The|A|An) (?:[a-z]+ )?(?:high|low|rising|falling|soaring|growing|huge|big|large|small"
                            r"|full|total|overall|extra) (?:cost|costs|price|prices|rate|rates|rise|fall|level|levels"
                            r"|number|amount|share|value) (?:of|for|in) ([^,]+)[.!]$", text)) \
                and not has_a_verb(m.group(1).split()):
            reason = "no verb"  # "The high cost of energy.": a noun cut from "blamed A and the high cost of energy"
        elif re.match(r"(?:The|A|An) [^,]{3,60}, in (?:a|an|the) [a-z]+ [^,]*\b(?:called|described as|termed)\b", text):
            reason = "no main verb"  # "The high cost of energy, in a decision the union called a betrayal."
        elif ASKED_NOTHING_RE.search(text):
            reason = "asked, with the question gone"
        elif re.search(r"\b(?:said|says) (?:that )?(?:most|many|some|all|none|few|several|both|half)(?: of them)? "
                       r"(?:not )?having\b", text):
            reason = "a report with no verb"  # "Lee said most not having committed crimes.": an aside, not a clause
        elif (m := REPORTED_NOUN_RE.search(text)) and not has_a_verb(PARTICIPLE_BY_RE.sub("", m.group(1)).split()):
            reason = "a report with no verb"  # "They said one count of possession of property obtained by crime.":
            # the second object of "face A and B" cut from its verb
        elif (m := re.search(r", but (?:in|on|at|under|during|with|without|for) ([^,]+)[.!]$", text)) \
                and not has_a_verb(m.group(1).split()[1:]) and words_only[0] not in ("It", "This", "That"):
            reason = "cut after 'but' and its opening phrase"  # "X said people must plan, but in a fast market."
        elif BROKEN_QUOTE_RE.search(text):
            reason = "quote joined back wrongly"
        elif adverb_as_subject(text):
            reason = "an adverb as the subject"
        elif HALF_CLAUSE_AT_END_RE.search(text):
            reason = "half a sentence"
        elif BARE_BE_RE.match(text):
            reason = "a verb without its helper"
        elif relative_only(text):
            reason = "a noun and its relative clause, no main verb"  # "31 ballot papers that were rejected."
        elif helper_before_a_past_form(text):
            reason = "a helper before a past form"  # "It was grew into ..."
        elif passive_with_an_object(text):
            reason = "a passive helper before a verb with an object"  # "She was dedicated it to her grandmother."
        elif RETOLD_WITH_PLURAL_VERB_RE.match(text):
            reason = "a verb that does not agree with 'This'"
        elif dangling_after_this(text):
            reason = "an '-ing' word after 'this was' with nobody doing it"
        elif comma_splice(text):
            reason = "two clauses joined by a comma"
        elif second_that_alone(text):
            reason = "a report's second 'that' without its verb"
        elif PAGE_POINTER_RE.search(text):
            reason = "the page, not the news"
        elif page := page_line(text):
            reason = page
        elif TITLE_AT_END_RE.search(text):
            reason = "a title cut from its name"
        elif SPLIT_ENDING_RE.search(text):
            reason = "half of a word"
        elif CUT_CONCERN_RE.search(text) or re.match(r"The next thing (?:I|he|she|they|we|you) knew[.!]$", text):
            reason = "cut before what it was about"
        elif re.search(r"(?<!\band)(?<!\bhas)(?<!\bhave)(?<!\bhad)(?<!\bwill)(?<!\bwould) (?:came|come|comes|went)[.!]$",
                       text):
            reason = "cut before what it was about"  # "The hard exit came." <- "... came after the news that ..."
        elif re.match(r"(?:This|That|It|He|She) (?:is|was) [^,]*, and (?!(?:all|both|even|only|then|that|also|not)\b)"
                      r"[a-z]+(?<!s)(?<!ed) your\b", text):
            reason = "a command joined to a statement"  # "This is paid with taxed money, and withdraw your cash."
        elif CAPITAL_GERUND_AFTER_SAID_RE.search(text):
            reason = "capital after said"
        elif CAPITAL_AFTER_SAID_RE.search(text):
            reason = "capital after said"
        elif SELF_NAMED_RE.match(text):
            reason = "speaker named as their own subject"
        elif elliptical(text) or STRANDED_TO_RE.search(text) or INVERTED_ELLIPSIS_RE.match(text):
            reason = "verb phrase left out"
        elif re.search(r"[;:] \w+[.!]$", text) or verbless_after_semicolon(text):
            reason = "cut after a semicolon"
        elif cut_after_dash(text):
            reason = "cut after a dash"  # "Stadia is leading the charge — but with this launch."
        elif re.match(r"(?:They|We|You) (?:[a-z]+ ){0,3}?[a-z]+ and (?:was|is|has) [a-z]+", text):
            reason = "a verb of another subject"  # "They left and was shot.": "was" is the cut-off subject's verb
        elif not_only_alone(text):
            reason = "a 'not only' without its second part"
        elif article_before_plural(text):
            reason = "'a' before a plural: a word lost"  # "NASA is developing a new task order companies."
        elif re.search(r", (?:like|you know|I mean)[.!]$|, (?:and|but|or) (?:some|many|most|others|few)[.!]$", text):
            reason = "ends on a filler word"
        elif re.search(r"\b(?:said|says|told \w+) (?:that )?the (?:truth|problem|thing|fact|reality|point|issue|question)"
                       r" is, ", text):
            reason = "a quote's 'the truth is,' left in"  # "The statement said the truth is, Lee has admitted ..."
        elif re.match(r"(?:[A-Z][a-z]+ )?[A-Za-z]+ as (?:that|this|it|he|she|they|we|you) (?:may |might |could |can )?"
                      r"(?:sound|sounds|seem|seems|be|is|was|look|looks)\b", text):
            reason = "an inverted 'as' concession"  # "Fun as that might sound, she was not happy.": hard to follow
        elif (m := re.search(r"\b(?:said|says) (?:that )?([^,]{3,60}), (?:who|which) [^,]+[.!]$", text)) \
                and not has_a_verb(m.group(1).split()):
            reason = "a report of a noun with no verb"  # "She said people with jobs, who have run out of money."
        elif re.match(r"(?:But |And |So )?[A-Z][\w'.-]*(?: (?!what\b|which\b|who\b|that\b|where\b)[\w'.-]+){0,5} "
                      r"(?:said|says|added|warned) (?:was|is|were|are|could|"
                      r"would|will|can|may|might|should|must|has|had)\b", text):
            reason = "a report with no subject"  # "But Crestway said was the slowest rise": its "that" was cut
        elif (m := re.match(r"([^:,]{3,50}): [A-Z]", text)) and len(m.group(1).split()) <= 6 \
                and not has_a_verb(m.group(1).split()[1:]):
            reason = "a heading glued to its sentence"  # "Lee's inner circle eyed: Lee is dead."
        elif (m := re.fullmatch(r"(?:A|An|The|This|That) ((?:(?!(?:is|was|are|were|has|have|had|be|been|being)\b)"
                                r"[\w'-]+ ){1,6})(?:published|released|conducted|carried out|led|funded|"
                                r"written|commissioned|presented|issued|done|run) (.+)[.!]", text)) \
                and not has_a_verb((m.group(1) + m.group(2)).split()):
            reason = "no verb"  # "A study published last year by researchers at X.": the finding was cut off
        elif re.match(r"What (?:it|this|that|I|we) (?:is|was|am|are|do|does|did|mean|means|meant) (?:to say|is)\b", text):
            reason = "a cleft that answers the sentence before"  # "What it is to say is that ...": after "It is not to say"
        elif re.search(r"\w(?:…|\.\.\.) ?\w", re.sub(r'"[^"]*"', '""', text)):  # (a title named in quotes may)
            reason = "a writer's trailing-off mark"  # "Launch day is Tuesday… sort of.": a pause a listener cannot hear
        elif SPOKEN_FILLER_RE.search(text):
            reason = "a spoken filler left in"
        elif THAT_INSIDE_THIS_IS_RE.search(text):
            reason = "a 'that' put inside 'this is'"
        elif INFINITIVE_SUBJECT_RE.search(text):
            reason = "an infinitive subject after said"
        elif QUOTES_OWN_ADD_RE.search(text):
            reason = "a quote's own 'I would add' told as an act"
        elif (re.match(r"(?:How|What|Why|Where|Who)\b[^,;]*\.$", text) and len(tokens) <= 7) or wh_heading(text):
            reason = "a heading, not a sentence"  # "How the goals went in.", "What happens next."
        elif re.match(r"I[A-Z][a-z]", text):
            reason = "a name's small first letter made a capital"  # "IPhone 11 is ...", "IPad sales ..."
        elif NO_NOUN_RE.match(text):
            reason = "no noun after the article"
        elif re.search(r"\byoursel(?:f|ves)\b", text) and not re.search(r"\byour?\b", text, re.IGNORECASE):
            reason = "a quote's 'yourself' left in"
        elif re.search(r"(?:^| )-[a-z]", text):
            reason = "half of a word"
        elif re.search(r"\b(?:says|said) (?:that )?(?:the|a|an|its|their|his|her) (?:(?!(?:will|would|can|could|may|might|must|should|shall|to|not)\b)\w+ ){0,2}be\b", text):
            reason = "a verb without its helper"  # "VW says the top speed be 109 mph": the "will" stayed behind
        elif cut_after_and(text):
            reason = "a list cut before its verb"
        elif (m := SUBJECT_CUT_AND_RE.match(text)) and not looks_finite(m.group("before").split()):
            reason = "a verb after 'and' with its subject cut off"
        elif ADJECTIVE_AT_END_RE.search(text):
            reason = "an adjective without its noun"
        elif RESPECTIVELY_RE.search(text) and not any(t.lower() in FINITE_HINTS or t.endswith("ed") for t in tokens):
            reason = "no verb before 'respectively'"
        elif comma_before_verb(text):
            reason = "a comma between subject and verb"
        elif verb_only_in_relative(text):
            reason = "no verb outside its 'that' clause"
        elif participle_only(text):
            reason = "no verb"
        elif HALF_CLAUSE_RE.match(text) and not two_clauses(tokens):
            reason = "half a sentence"
        elif verbless_report(tokens) or cut_reported_clause(text):
            reason = "said without a clause"
        elif last in DANGLING_ENDS and not text.endswith("?"):
            reason = f"ends on {last!r}"
        elif text.count('"') % 2 or text.count("“") != text.count("”") or text.count("(") != text.count(")"):
            reason = "unbalanced quotes or brackets"
        elif (not looks_finite(tokens) and not looks_finite(without_age(tokens, text))) or MEASURED_ITEM_RE.match(text):
            reason = "no verb"
        elif subjectless_after_link(text):
            reason = "a verb with its subject cut off"  # "But compares well with larger festivals."
        elif abstract_noun_with_relative_only(text):
            reason = "no main verb"  # "Obfuscation that should force anyone to ask ...": the noun's verb is cut off
        elif no_main_verb(text):
            reason = "no main verb"  # "A 30% chance that the grant does not lead to ...": a phrase cut from its verb
        elif no_subject(text):
            reason = "no subject"  # "Danced along to the happy beat.", "Highly recommended as a way to ..."
        elif report_of_a_noun_only(text):  # (last: a shape the checks above name better goes by their reason)
            reason = "a report of a noun only"  # "The department said ... that the person."
        elif claimed_about_only(text):
            reason = "a noun and what is said of it, no main verb"  # "A scheme police say ran for two years."
        elif text.lower() in seen:
            reason = "repeated"
        seen.add(text.lower())
        if reason:
            odd.append((sentence, reason))
    return odd


def check_script(script: Script, articles: list[Article]) -> CheckResult:
    result = CheckResult()
    sentences = measured_sentences(script)
    if not sentences:
        result.problems.append("no sentences")
        return result
    lengths = [len(s.split()) for s in sentences]
    if max(lengths) > MAX_WORDS:
        longest = sentences[lengths.index(max(lengths))]
        result.problems.append(f"sentence of {max(lengths)} words (limit {MAX_WORDS}): {longest[:60]!r}")
    mean = sum(lengths) / len(lengths)
    if mean > MAX_MEAN_WORDS:
        result.problems.append(f"mean sentence length {mean:.1f} words (limit {MAX_MEAN_WORDS})")
    share = common_share(" ".join(sentences))
    if share < MIN_COMMON_SHARE:
        result.problems.append(f"common words {share:.0%} (need {MIN_COMMON_SHARE:.0%})")
    bad = unsupported(sentences, articles)
    if bad:
        result.problems.append(f"names or numbers not in the article: {', '.join(sorted(set(bad))[:8])}")
    return result

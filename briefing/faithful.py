"""Guards that keep the script saying only what the article said (issue 3: faithfulness is sacred).

Two places where a plain-English rule can change a fact, and the guard for each:
- Dropped words. Some words that look like colour carry the fact: a negative or privative word ("an unarmed
  man", "a victimless crime", "falsely claimed"), a hedge ("supposedly"), a word that says which kind of thing
  it is ("bubonic plague", "cubic meter"), and any word right after "not" or "no" ("This was not a victimless
  crime" without "victimless" says the opposite). may_drop_adjective and may_drop_adverb say when one may go.
- Cut sentences. faithful_parts checks each part of a cut sentence against its source and leaves out a part
  that lost its condition, its restricting time, figure or list (briefing.faithful_restrictions), its "or", its
  tense, its speaker or its believer, or that is broken (briefing.faithful_cuts).
When unsure, a word stays and a part is left out: keeping a word or leaving a sentence out is never unfaithful.
"""
from __future__ import annotations

import difflib
import re

from .clauses import past_tense
from .faithful_cuts import (aside_closed, broken_cut, inverted_condition_cut, rejoined, relative_retold, said_twice,
                            tokens)
from .faithful_restrictions import PARTICIPLES, continuation, cut_from_its_restriction
from .grammar import IRREGULAR_PAST, LONGEST, finish, is_clause, is_verbish, words
from .keep_words import adverb_carries_meaning
from .stance import STANCE
from .trim import trailing_speaker

# words that make the next few words the thing denied: "not a victimless crime", "no credible evidence"
NEGATIONS = {"not", "no", "never", "without", "nor", "neither", "none", "nothing", "cannot", "hardly", "barely",
             "scarcely", "rarely", "seldom", "lack", "lacks", "lacked", "lacking", "free"}
# how far back a negation reaches over the words of its noun phrase: "not a fully victimless crime"
NEGATION_REACH = 3
# prefixes and suffixes that deny or reverse the word's stem: "unarmed", "nonviolent", "illegal", "victimless"
# (a word that only starts like one, "industrious", is kept too: keeping a word is never unfaithful)
PRIVATIVE = re.compile(r"^(?:un|non|in|im|il|ir|dis|mis|anti|counter)|less(?:ly)?$|-free$|false|wrong")
# endings of adjectives that may go. None: no ending tells a colour word ("raucous", "cheerful") from one
# that carries the fact ("autonomous vehicles", "hazardous waste", "bullish investors", "punish" is even a
# verb), and -al, -ic, -ary, -ive, -ant, -ent, -able words mostly say which kind ("cervical cancer", "metric
# tons", "honorary doctorate"). Measured on the corpus and both team sets, dropping the -ous/-ful/-ish ones
# changed no fail count of scripts/eval_script.py, so an uncommon adjective is now swapped or kept.
EVALUATIVE_ENDINGS: tuple[str, ...] = ()
# hedges and manner words that carry a claim's status or a legal fact: "supposedly", "knowingly"
KEEP_ADVERBS = re.compile(r"^(?:alleged|reported|purported|suppos|ostensib|arguab|seeming|apparent|possib|probab"
                          r"|likel|knowing|wilful|willful|deliberate|intentional|unanimous|narrow|partial"
                          r"|temporar|permanent|posthumous|exclusive|solely|only|allegedly"
                          # how often: "pay for yearly counts of the birds" without it is another fact
                          r"|yearly|monthly|weekly|daily|hourly|nightly|quarterly|fortnightly|annual|biennial)")


def is_privative(word: str) -> bool:
    """ "victimless", "unarmed", "nonviolent", "illegal", "disloyal", "falsely": the word denies its stem."""
    return bool(PRIVATIVE.search(word.lower()))


def negated(before: str) -> bool:
    """Whether one of the last few words before this point is a negation ("was not a", "no")."""
    prev = re.findall(r"[A-Za-z']+|[,;:.!?\u2014]", before)[-NEGATION_REACH:]
    tail: list[str] = []
    for tok in reversed(prev):
        if not tok[0].isalpha():
            break  # a comma or a dash closes the phrase the negation was about
        tail.append(tok.lower())
    return any(t in NEGATIONS or t.endswith("n't") for t in tail)


def may_drop_adjective(word: str, before: str) -> bool:
    """Whether an uncommon adjective before a noun can go without changing the fact: only one with an ending
    of EVALUATIVE_ENDINGS (none today), never a negative one, never after a negation.
    before: the sentence text before the adjective."""
    w = word.lower()
    return w.endswith(EVALUATIVE_ENDINGS) and not is_privative(w) and not negated(before)


def may_drop_adverb(word: str, before: str) -> bool:
    """Whether an uncommon -ly adverb can go: never a hedge ("supposedly"), a negative one ("falsely",
    "illegally", "scarcely"), one that carries the fact ("wrongly", "unanimously": keep_words), or one right
    after a negation ("not entirely")."""
    w = word.lower()
    return not (KEEP_ADVERBS.match(w) or adverb_carries_meaning(w) or is_privative(w) or w in NEGATIONS
                or negated(before))


def merges_two_words(before: str, after: str) -> bool:
    """Whether plain-word swaps made two different words of one sentence into the same word: "forecast by
    economists ..., analysts said" -> "Experts said ... forecast by experts": two groups become one."""
    a, b = re.findall(r"[A-Za-z'-]+", before.lower()), re.findall(r"[A-Za-z'-]+", after.lower())
    sources: dict[str, set[str]] = {}
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "replace" and i2 - i1 == j2 - j1:
            for hard, plain in zip(a[i1:i2], b[j1:j2]):  # word for word: "economists analysts" -> "experts experts"
                sources.setdefault(plain, set()).add(hard)
        elif op == "replace":
            sources.setdefault(" ".join(b[j1:j2]), set()).add(" ".join(a[i1:i2]))
    return any(len(found) > 1 for found in sources.values())


# --- the parts of a cut sentence ---------------------------------------------------------------------------
# A long sentence is cut into short ones (briefing.clauses, compress, trim). A cut is unfaithful when the part
# before it needed what came after it: a condition ("..., if the levy passes"), a time that restricts the fact
# ("open until 9 p.m. while the warning is in place"), the figure a verb reports ("put the party on 38%"), the
# rest of a noun phrase ("adults born after 1957"). The checks below look at each part against the sentence it
# came from; the first part that fails is left out with every part after it (they may lean on it).

# a condition first in the sentence, or after "said (that)": the whole sentence holds only under it
LEADING_CONDITION = re.compile(r"^(?P<lead>(?:[^,\"]{2,60}? )?(?:said|says|told [\w ]{2,30}?|added|warned)"
                               r"(?: that)? )?(?P<cond>(?:[Ii]f|[Uu]nless|[Pp]rovided(?: that)?|[Aa]s long as"
                               r"|[Oo]nly if|[Ii]n case) [^,]{3,140}), (?P<main>.+)$")
# capitalised only where a sentence opens: "in May" is a month, not a possibility
MODALS = re.compile(r"\b(?:will|would|could|can|may|might|shall|should|must|going to|plans? to|expects? to)\b"
                    r"|(?:^|(?<=[.!?\"] ))(?:Will|Would|Could|Can|May|Might|Shall|Should|Must)\b")
# verbs whose "that" clause is what someone thinks, not a fact: "people assume X and that Y"
BELIEF_VERBS = (r"assumes?|assumed|believes?|believed|thinks?|thought|fears?|feared|expects?|expected|hopes?|hoped"
                r"|worr(?:y|ies|ied)|claims?|claimed|argues?|argued|insists?|insisted|suspects?|suspected"
                r"|imagines?|imagined|pretends?|pretended")


def loses_an_alternative(source: str, part: str) -> bool:
    """ "They can either agree on a cut now." : "either" without its "or" tells one choice as the plan."""
    m = re.search(r"\beither\b", part, re.IGNORECASE)
    if m is None or not re.search(r"\beither\b.*\bor\b", source):
        return False
    return not re.search(r"\bor\b", part[m.end():])


def tense_changed(source: str, part: str) -> bool:
    """A participle told as a finished act: "..., would begin next spring, starting with X" -> "They started
    with X" (a plan told as done). Right only when the clause the participle hangs on is itself in the past,
    and that clause has no second subject the act could belong to ("regulators said ..., and a law firm filed
    ..., seeking damages": the firm seeks, not the regulators)."""
    for m in re.finditer(r"\b([a-z]+ing)\b", source):
        past = past_tense(m.group(1))
        if not past or past == m.group(1) or re.search(rf"\b{past}\b", source, re.IGNORECASE):
            continue
        said = re.search(rf"\b{past}\b", part, re.IGNORECASE)
        if not said:
            continue
        before = source[:m.start()]
        if _speakers_own_act(m.group(1), before, part[:said.start()]):
            continue  # "X said it would close A, blaming B" -> "X blamed B": X's act as X spoke, in "said"'s past
        if MODALS.search(before) or not any(t.endswith("ed") or t in IRREGULAR_PAST for t in tokens(before)):
            return True  # the clause it hangs on is a plan, a possibility or the present
        if re.search(r"\b(?:by|without)(?: [a-z]+ing\b[^.;:()]*)? $", before):
            # "expected to save money by buying fuel together, sharing depots and cutting jobs": a means, one of a
            # list after "by", is no act of its own ("They shared depots" tells the plan as done)
            return True
        if re.search(r", (?:and|but) ", before):
            nearest = before.rsplit(", and ", 1)[-1].rsplit(", but ", 1)[-1]
            subject = next((w for w in tokens(nearest) if w not in ("a", "an", "the")), "")
            if not any(is_verbish(t) for t in nearest.split()):
                continue  # "brave, strong, and smart": a list, not a clause with a subject of its own
            if subject and subject not in tokens(part[:said.start()]):
                return True  # "Regulators said they sought": the act was the nearest subject's
    return False


def _speakers_own_act(ing: str, before: str, subject: str) -> bool:
    """Is the "-ing" what the speaker of a past "said" did as it spoke (stance.STANCE), told with that speaker
    as its subject ("The council blamed ..." <- "The council said it would close ..., blaming ...")?"""
    speech = re.match(r"(.+?) (?:said|told|added|announced|confirmed|warned)\b", before)
    last = tokens(subject)[-1:] if subject.strip() else []
    return ing in STANCE and speech is not None and bool(last) and last[0] in tokens(speech.group(1))


# participles whose subject is the whole event before them: "Wages rose 5.4%, meaning that pay ..."
EVENT_PARTICIPLES = {"meaning": "meant", "suggesting": "suggested", "indicating": "indicated",
                     "signalling": "signalled", "signaling": "signaled", "marking": "marked",
                     "underlining": "underlined", "highlighting": "highlighted", "showing": "showed"}


def event_given_a_subject(source: str, part: str) -> bool:
    """ "Wages rose 5.4%, meaning that pay has grown" -> "Wages meant that pay has grown": what "meaning"
    says comes from the event, so only "This meant ..." is right."""
    for ing, past in EVENT_PARTICIPLES.items():
        if re.search(rf", {ing}\b", source) and re.search(rf"^(?!This |That |It )[A-Z][\w' -]*? {past}\b", part):
            return True
    return False


def belief_told_as_claim(source: str, part: str) -> bool:
    """ '"People assume X and that it would never spy on them," said Kim' -> "Kim said it would never spy
    on them." The "and that" clause goes on what people assume, so the part must keep that verb."""
    for m in re.finditer(rf"\b({BELIEF_VERBS})\b[^.;]*?,? and that (\w+ \w+)", source, re.IGNORECASE):
        if m.group(2).lower() in part.lower() and not re.search(rf"\b(?:{BELIEF_VERBS})\b", part, re.IGNORECASE):
            return True
    return False


def wrong_pronoun(source: str, part: str) -> bool:
    """ "He told those people: ..." where the source says "she stood ... and told those people": the verb
    belongs to the nearest "he" or "she" before it in the source."""
    m = re.match(r"(He|She) ([a-z]+)\b", part)
    if not m or m.group(2) in ("said", "says", "also", "added"):
        return False
    verb = re.search(rf"\b{m.group(2)}\b", source)
    if not verb:
        return False
    before = re.findall(r"\b(he|she|He|She)\b", source[:verb.start()])
    return bool(before) and before[-1].lower() != m.group(1).lower()


# the participles too: "Stroud denied the charge, telling the jury that A and that B" reports B as his claim
SPEECH_VERB = re.compile(r"\b(?:said|says|told|tells|added|adds|warned|explained|argued|claimed|claims|noted"
                         r"|according to|believes|believed|thinks|thought|insisted|insists|wrote|writes"
                         r"|telling|saying|claiming|arguing|insisting|showed that|shows that)\b")


def lost_its_speaker(source: str, part: str) -> bool:
    """ "Reddick said the company had offered X, and that night shifts would be shared fairly" ->
    "Night shifts would be shared fairly.": what a speaker said, told as a fact. A part that starts with
    words the source has only after its speech verb must say who said it."""
    said = SPEECH_VERB.search(source)
    if said and re.match(r"(?:That|Having) said\b", source[max(0, said.start() - 7):said.end()].strip()):
        said = None  # "That said, ...": a link word, not a speaker
    if not said or SPEECH_VERB.search(part) or re.match(r"This (?:is|was) (?:during|after|before|when|in|on|at)\b",
                                                          part):
        return False
    opening = tokens(re.sub(r"^(?:But|And|So) ", "", part))[:3]
    if len(opening) < 3:
        return False
    pattern = r"[^\w$\u00a3\u20ac%]+".join(re.escape(t.rstrip(".")) for t in opening)
    found = [m.start() for m in re.finditer(rf"(?<![\w]){pattern}", source, re.IGNORECASE)]
    tag = trailing_speaker(source)
    if found and tag and min(found) < tag.start():
        return True  # "It is crucial to save, says Eric Roberge." -> "It is crucial to save.": his advice as a fact
    if not found or min(found) < said.start():
        return False
    # "X warned that ..., and officials urged ...", "X told the assembly that ..., as a row threatened ...": a
    # clause with its own subject after ", and" or a time word is the writer's, not the speaker's (but
    # "..., and that ..." goes on with what was said)
    before = source[:min(found)]
    if re.match(r"(?:While|Although|Though|As|Because|When|After|Before|Since|Whereas)\b", source) \
            and "," in source[said.end():min(found)]:
        return False  # "While the press secretary said X, he did not ...": the main clause is the writer's
    return not re.search(r", (?:and|but|as|while|when|after|before|until) $", before)


def voice_changed(source: str, part: str) -> bool:
    """ "night shifts would be shared fairly and paid at a higher rate" -> "They paid at a higher rate.": the
    second participle is passive too, so an active "They paid" says who paid, wrongly."""
    m = re.match(r"(?:They|He|She|It|We) ([a-z]+)\b", part)
    if not m or not (m.group(1).endswith(("ed", "en")) or m.group(1) in IRREGULAR_PAST or m.group(1) in PARTICIPLES):
        return False  # "they are in awe and take advantage": an active verb after "and" keeps its subject
    return re.search(rf"\b(?:be|been|being|is|are|was|were)\b[^,.;]*? and {m.group(1)}\b", source) \
        is not None


def verbless_report(part: str) -> bool:
    """ "The court heard that between 2013 and 2022 Pellow." : what was heard has lost its verb."""
    m = re.search(r"\b(?:said|says|heard|told \w+|found|added|reported|showed|shows) that (.+)$", part.rstrip("."))
    if m is None:
        return False
    return not any(is_verbish(t) for t in m.group(1).split()) \
        and re.search(r"(?:\b[A-Z][\w'-]*|\d)$", m.group(1)) is not None


def keep_condition(source: str, parts: list[str]) -> list[str]:
    """A sentence that holds only under its opening condition ("If the levy passes, ...") keeps the condition
    on the part that says its main fact, or says it next ("This depends on whether ..."), and drops the other
    parts, which would each need it again."""
    m = LEADING_CONDITION.match(source)
    if not m or not parts:
        return parts
    cond = m.group("cond")
    words_of_cond = " ".join(tokens(cond))
    for i, part in enumerate(parts):
        if words_of_cond in " ".join(tokens(part)) or part.startswith("This depends on"):
            # said with the main fact: keep that far; the later parts would each need the condition again
            return parts[:i + 1] if i == 0 or (i == 1 and part.startswith("This depends on")) else []
    if m.group("lead"):
        return []  # "X said if ..., ...": the speaker and the condition cannot both be put back safely
    first = parts[0]
    if re.match(r"(?:This|That|It|They|He|She|But|So|There)\b", first) and not re.match(r"(?:It|They|He|She) ", first):
        return []
    joined = finish(f"{cap_first(cond)}, {first[:1].lower() + first[1:] if _lowerable(first) else first}")
    if words(joined) <= LONGEST:
        return [joined]
    if cond.lower().startswith("if "):
        return [first, finish(f"This depends on whether {cond[3:]}")]
    return []


def cap_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def _lowerable(s: str) -> bool:
    """The first word is an ordinary word ("The", "They"), not a name ("Castellan", "NASA")."""
    first = s.split()[0]
    return first in ("The", "A", "An", "This", "That", "These", "Those", "It", "They", "He", "She", "There", "Its",
                     "Their", "His", "Her", "Some", "Many", "Most", "All", "Each", "Every", "No", "One", "Two",
                     "You", "Your", "We", "Our", "Both", "Several", "Few", "Any", "Such")  # "If ..., you are owed ..."


def writers_clause_given_a_speaker(source: str, part: str) -> str | None:
    """ "Regulators said they were examining the case, and a law firm filed a lawsuit" -> "Regulators said a
    law firm filed a lawsuit": a new someone doing a finished act after ", and" is the writer's fact, so it
    is said as the article says it ("A law firm filed a lawsuit."). None when the part is not such a case; a
    clause about someone already named, or with "would", "is", "was", may be the speaker's and stays theirs."""
    m = re.match(r"(?:But )?\S.{1,60}? (?:also )?said (?:that )?((?:a|an|A|An) .+)$", part)
    if not m:
        return None
    # only a new someone ("a law firm") doing a finished act ("filed"): "a guilty plea would ruin his life"
    # or "the President admits ..." may well be the speaker's own words
    verb = next((t for t in m.group(1).split()[1:] if is_verbish(t)), "")
    if not (verb.endswith("ed") or verb in IRREGULAR_PAST) or verb in ("was", "were", "had") \
            or MODALS.search(m.group(1)):
        return None
    opening = [t.rstrip(".") for t in tokens(m.group(1))[:3]]
    if len(opening) < 3:
        return None
    pattern = r"[^\w$\u00a3\u20ac%]+".join(re.escape(t) for t in opening)
    hit = re.search(rf"(?<![\w]){pattern}", source, re.IGNORECASE)
    if not hit or not SPEECH_VERB.search(source[:hit.start()]):
        return None
    before = source[:hit.start()]
    if re.search(r", (?:and|but) $", before) and not re.search(r"\b(?:said|says|that) $", before):
        return m.group(1)[:1].upper() + m.group(1)[1:]
    return None


def says_more_than_its_source(source: str, part: str, next_part: str = "") -> bool:
    """Whether one part of a cut sentence says something the source does not. next_part: the part after it,
    which may say what this one left out ("This depends on whether ...", "The agency said this.")."""
    if part == source:
        return False  # nothing was cut
    if cut_from_its_restriction(source, part, next_part) and "depends on whether" not in next_part:
        return True
    # "More than 14,000 people have crossed the border." + "The agency said this on Sunday."
    if lost_its_speaker(source, part) \
            and not re.search(r"\b(?:said|says|reported|reports|announced|told \w+) (?:this|so)\b", next_part):
        return True
    if re.match(r"This was (?:when|after|before|during)\b.*\bwill\b", part):
        return True  # "This was when it will pass ...": a time still to come told as past
    if inverted_condition_cut(source, part):
        return True  # "Should the rain continue." + "The river could burst its banks."
    if broken_cut(source, part, continuation(source, part)):
        return True  # "Ends 24 years of rule.", "Water left to cool.", "The bureau said it met cold air."
    return (loses_an_alternative(source, part) or tense_changed(source, part) or belief_told_as_claim(source, part)
            or event_given_a_subject(source, part)
            or wrong_pronoun(source, part) or verbless_report(part) or voice_changed(source, part))


def _future_told_as_past(before: str, part: str) -> bool:
    """'Fares would be frozen for two years.' + 'This was after the deal was completed.': the time of a thing still
    to come told as past."""
    return re.match(r"This was (?:after|before|when|once)\b", part) is not None \
        and re.search(r"\b(?:will|would|shall|going to|plans? to|expects? to|is to|are to)\b", before) is not None


def faithful_parts(source: str, parts: list[str]) -> list[str]:
    """The parts of one cut sentence that say only what the source says: the condition kept, and no part
    that lost its restriction, its alternative, its tense, its believer or its speaker. A part that fails
    is left out with the parts after it, which may lean on it."""
    # "became chair in January, just | as the basin entered ...": the cut left the adverb of "just as" behind
    parts = [re.sub(r",? (?:just|even)\.$", ".", p) for p in keep_condition(source, parts)]
    parts = [p if p == source else writers_clause_given_a_speaker(source, p)
             or relative_retold(source, said_twice(aside_closed(p))) for p in rejoined(source, parts, LONGEST)]
    parts = _view_kept_with_its_answer(source, parts)
    for i, part in enumerate(parts):
        if says_more_than_its_source(source, part, parts[i + 1] if i + 1 < len(parts) else "") \
                or (i and _future_told_as_past(parts[i - 1], part)):
            return keep_closing_limit(source, parts[:i])
    return keep_closing_limit(source, parts)


# "..., but the deal will only take effect if all four parliaments approve it.": a closing clause of its own that
# limits all the sentence said before it
CLOSING_LIMIT = re.compile(r", but ((?:the|this|that|it|its|their|he|she|they|[A-Z][\w'-]*)\b[^,;]*\b(?:only|unless|if)\b"
                           r"[^,;]*)\.$")


def keep_closing_limit(source: str, parts: list[str]) -> list[str]:
    """A cut that kept the start of a sentence and left out its closing "but ... only if ..." says the deal is done
    when it is not: the limit is said after the parts, as a sentence of its own ("But the deal will only take effect
    if all four parliaments approve it.")."""
    m = CLOSING_LIMIT.search(source)
    if not m or not parts or not is_clause(m.group(1)):
        return parts
    told = set(tokens(" ".join(parts)))
    if sum(t in told for t in tokens(m.group(1))) > len(tokens(m.group(1))) // 2:
        return parts  # already said
    limit = finish(f"But {m.group(1)}")
    return parts + [limit] if words(limit) <= LONGEST else parts


# "People sometimes think that X, but Y": a view the speaker sets up only to answer it
SET_UP_VIEW = re.compile(r"\b(?:people|many|some|others|everyone|you|we)(?: \w+)? (?:think|thinks|thought|believe|believes"
                         r"|assume|assumes|imagine|imagines|expect|expects|say|says)\b(.*?), but (.+)$")


def _view_kept_with_its_answer(source: str, parts: list[str]) -> list[str]:
    """'She said people sometimes think that an experienced walker cannot get into trouble.' alone says the
    opposite of what she meant ("..., but a slip can happen to anyone"): a part that tells the view without its
    answer goes, with the parts after it."""
    m = SET_UP_VIEW.search(source.replace('"', ""))
    if not m:
        return parts
    answer = set(tokens(m.group(2)))
    if any(len(answer & set(tokens(p))) > len(answer) // 2 for p in parts):
        return parts  # the answer is told too
    view = set(tokens(m.group(1)))
    for i, part in enumerate(parts):
        if len(view & set(tokens(part))) > len(view) // 2:
            return parts[:i]
    return parts

"""A second verb after "and" or "but" told with its own subject: "The firm cut 200 jobs | and closed a plant" ->
"It closed a plant." (briefing.clauses' cut at "and"). Whose verb it is decides everything: the clause's own
subject, a "who" clause's noun, the subject inside a "when" clause, a modal or a passive chain it shares."""
from __future__ import annotations

import re

from .grammar import AUXILIARIES, IRREGULAR_PAST, PRONOUNS, cap, first_real, is_verbish, lower_first_word, subject_of
from .inflect import PAST_NOT_PARTICIPLE
from .relatives import relative_closed
from .split_checks import _active_with_object, reports_a_thing


def second_verb_told(marker: str, left: str, right: str) -> tuple[str, str] | None:
    """The right part of a cut at "and"/"but"/"while" before a verb, with the subject it shares with the left
    part (and the modal or passive helper it shares), and the right part as measured; None when whose verb it
    is cannot be told."""
    subject = subject_of(left)
    # "This means it can show a link but cannot prove ...": "it" cannot prove
    inner = re.match(r"(?:This|That|It) (?:(?:is|was) (?:because|after|before|when|during|why)"
                     r"|(?:means|meant)(?: that)?) (\w+)", left)
    if inner and inner.group(1).lower() in PRONOUNS - {"i", "you"}:
        subject = cap(inner.group(1))  # "This is because they can X and are rarely Y": "They are ..."
    elif inner:
        return None  # the verb after "and" belongs to the clause inside, whose subject we cannot name
    if subject is None or re.search(r"\b(said|says|told|tells|thinks|believes|warned|warns|added|argued|claimed"
                                    r"|noted|explained|announced|insisted|reported|found|showed)\b", left) \
            and not reports_a_thing(left):
        return None  # "Early says games could be built and launched": whose verb is "launched"?
    sub = list(re.finditer(r"\b(?:when|after|before|because|while|if|since|until|where)\b ", left))
    if sub:
        # "led when their striker, Ann Lee, met a cross and flicked it in": the striker flicked it
        clause = re.sub(r"^([^,]{2,40}), [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}, ", r"\1 ",
                        left[sub[-1].end():])
        subject = subject_of(clause) if re.match(r"(?:the|their|his|her|its|a|an|[A-Z])", clause) else None
        if subject is None or subject in ("It", "This"):
            return None
    elif (rel := re.search(r"(\S+) (?:who|which|that)\b[^,]*$", left)) and not is_verbish(rel.group(1)):
        main_verb = relative_closed(left[rel.end(1):])
        if main_verb is None:
            return None  # "the man who came and sat down": the man sat down ("testified that ..." is no relative)
        # "Campaigners who have spent years on it welcomed the fine | but said": they said ("Campaigners
        # said" would be all campaigners, not the ones the "who" clause picks out)
        if subject_of(f"{left[:rel.end(1)]} {main_verb}") != "They" \
                and not re.fullmatch(r"[A-Za-z]+[^s\W]s|people|police|children|men|women", rel.group(1).lower()):
            return None  # one person or thing: "The man" or "He" might not be the one the clause meant
        verbs = {main_verb.split()[0].lower(), first_real(right).lower()}
        past = verbs & (IRREGULAR_PAST | {"was", "were", "did", "had"})
        if len(past) + sum(w.endswith("ed") for w in (main_verb.split()[0], first_real(right))) < 2 \
                and first_real(right).lower() not in ("are", "were"):
            return None  # "were content to read a plot | and work ...": "work" goes with "to read" (an "are"
            # or "were" is never an infinitive's: "can be fined | and are named" is their second verb)
        subject = "They"
    if "," in left and not re.search(r"(?:ed|en)$", first_real(right)) and marker == " and ":
        return None  # "would offer pay, extend cover | and pay for training": a list of things to do
    modal = re.search(r"\b(would|will|could|can|should|must|may|might)( not)? \w+\b", left)
    base = first_real(right)
    if not modal and re.search(r"\bto (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]+\b", left) \
            and base == right.split()[0] and base not in IRREGULAR_PAST and base not in AUXILIARIES \
            and not re.search(r"(?:ed|s)$", base):
        return None  # "a plan to help cities open centers | and pay power bills": "pay" is the plan's, a bare verb
        # after an infinitive, never "The group pay power bills"
    if modal and is_verbish(base) and not re.search(r"(?:ed|en)$", base) and base not in IRREGULAR_PAST \
            and base not in AUXILIARIES:
        right = f"{modal.group(1)} {right}"  # "would offer pay and help" -> "It would help"
    elif modal and (base.endswith("ed") or base in IRREGULAR_PAST) \
            and not re.search(r"\b(?:be|have|been) (?:\w+ly )?\w+(?:ed|en)\b", left[modal.start():]):
        return None  # "warned that trains would be busy and urged people to ...": the past verb is not the
        # modal clause's, it goes with a verb further back
    # the whole chain: "has been banned and stripped" -> "has been stripped", never "has stripped"
    aux = re.search(r"\b((?:was|were|is|are|has|have|had|will|would|could|can)(?: not)?(?: be| been)?)"
                    r" (\w+(?:ed|en))\b", left)
    if sub or (aux and not is_verbish(aux.group(2))):
        aux = None  # the verb after "and" is the inner clause's, or "was when" is no passive
    participle = first_real(right)
    main_verb = next((t for t in left.split()[1:] if is_verbish(t)), "")
    if aux and main_verb == aux.group(1).split()[0] \
            and (re.fullmatch(r"[a-z]+(?:ed|en)", participle) or participle in IRREGULAR_PAST) \
            and participle not in PAST_NOT_PARTICIPLE and participle == right.split()[0]:
        if re.match(r"\w+ (?:him|her|them|us|me)\b", right):
            return None  # "would be sentenced ... and warned him that ...": "warned him" is active, never
            # "would be warned him"
        if aux.group(1).split()[0] in ("was", "were", "is", "are") and _active_with_object(right):
            return None  # "was founded in 2019 and processed £3.8 billion": the second verb is active,
            # "was processed £3.8 billion" would be wrong; said whole, the pair keeps its sense
        right = f"{aux.group(1)} {right}"  # "was sent home and fined" -> "He was fined"
    if "but" in marker:
        return f"But {lower_first_word(subject)} {right}", right
    return f"{subject} {right}", right

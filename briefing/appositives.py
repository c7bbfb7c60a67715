"""Appositives told as sentences of their own, for briefing/clauses.py.

'Ann Lee, a professor at the university, said X.' -> 'Ann Lee said X.' + 'Ann Lee is a professor at the
university.'; '..., a decision that angered farmers.' -> '...' + 'This decision angered farmers.'; '..., many of
them students, ...' -> '...' + 'Many of them are students.' The name or the noun says whom the second sentence is
about; where it cannot, the sentence stays whole.
"""
from __future__ import annotations

import re

from .vocabulary import common_words
from .grammar import AUXILIARIES, DETERMINERS, IRREGULAR_PAST, cap, finish, first_real, is_verbish
from .noun_that import TIME_WORDS
from .relatives import verb_in_place
from .whole_sentences import subject_and_verb


def _appositive(s: str) -> list[str]:
    """'Joshua Apte, a professor at the university, explained that X.' ->
    'Joshua Apte is a professor at the university.' + 'Joshua Apte explained that X.'"""
    m = re.fullmatch(r"((?:[A-Z][\w.'-]+ ){0,3}[A-Z][\w.'-]+), ((?:a|an|the|one of the|one of its) [^,]{3,80}), (.{8,})",
                     s.rstrip("."))
    if not m:
        return _inner_appositive(s)
    if m.group(1).split()[0] in DETERMINERS or not is_verbish(first_real(m.group(3))):
        return [s]
    if re.search(r"\b(who|which|that|and|or)$", m.group(2)):
        return [s]
    return [finish(f"{m.group(1)} {m.group(3)}"), finish(f"{m.group(1)} is {m.group(2)}")]


# the speaker closing a sentence: "..., keepers have announced", "..., police said"
SPEAKER_TAG = re.compile(r"(?:[a-z]+ ){1,3}(?:said|says|say|announced|reported|added|confirmed|warned|told [a-z]+)"
                         r"|(?:[a-z]+ ){1,3}(?:has|have) (?:said|announced|confirmed|reported)")
# a description that gives a name of its own ("a female named Sula") is never about a name before it
GIVES_A_NAME = re.compile(r"\b(?:named|called)\s+[A-Z]")


def _inner_appositive(s: str) -> list[str]:
    """'The union said 612 of its members at Orbis Rail Ltd, the private company that runs the trams, had voted.'
    -> 'The union said 612 of its members at Orbis Rail Ltd had voted.' + 'Orbis Rail Ltd is the private company
    that runs the trams.' A name inside the sentence, then a noun phrase between commas, then the verb the
    sentence was waiting for: the noun phrase says what the name is."""
    m = re.fullmatch(r"(.*?\b((?:[A-Z][\w.'&-]*)(?: (?:of |and |& )?[A-Z][\w.'&-]*){0,4})), ((?:the|a|an) [^,]{3,90}), "
                     r"((?:[a-z]+ly )?([a-z]+)\b.{8,})", s.rstrip("."))
    if not m or not m.group(1)[:-len(m.group(2))].strip() or re.search(r"\b(?:who|which|that|and|or)$", m.group(3)):
        return [s]
    if GIVES_A_NAME.search(m.group(3)) or SPEAKER_TAG.fullmatch(m.group(4)):
        # "The last cub born at Fenwick, a female named Sula, ...": a name has no need of another name, so the
        # phrase is about the noun the name sits in ("Fenwick is a female named Sula" was said); "..., born at
        # Fenwick Zoo, the first in 12 years, keepers said": the words after are a speaker, not the name's verb
        return [s]
    verb = m.group(5)
    if not (verb in AUXILIARIES or is_verbish(verb) or re.fullmatch(r"[a-z]{3,}[^su]s", verb) and verb_in_place(verb)) \
            or '"' in s or "," in m.group(1):
        return [s]  # "president of Acme, a design firm, said": the name sits inside another aside
    be = "was" if re.search(r"\b(?:died|dies|death|the late)\b", s) else "is"
    # "The smog came during Diwali, the festival of lights, celebrated by ...": the main verb came before the name,
    # and "celebrated by" is no verb of the name's: it keeps its comma, or it reads as one
    joint = ", " if re.match(r"[a-z]+ed by\b", m.group(4)) and subject_and_verb(m.group(1)) else " "
    return [finish(f"{m.group(1)}{joint}{m.group(4)}"), finish(f"{m.group(2)} {be} {m.group(3)}")]


def noun_with_clause(part: str) -> bool:
    """'the largest outbreak the state has seen since 1990', 'one that has sent 23 children to hospital': a noun
    phrase with a clause about it, which says nothing alone. (A subject never runs straight into another
    "the" before its verb.)"""
    if re.match(r"(?:one|ones|those|the one|the ones|some) (?:that|who|which)\b", part, re.IGNORECASE):
        return True
    toks = part.split()
    if not toks or toks[0].lower() not in ("the", "a", "an"):
        return False
    for i, tok in enumerate(toks[1:5], start=1):
        low = tok.lower()
        # "the municipality replaces a section": a singular noun, then an -s word before "a"/"the" is its present verb
        present = i == 2 and not toks[1].lower().endswith("s") and re.fullmatch(r"[a-z]{3,}[^s\W]s", low) is not None \
            and len(toks) > 3 and toks[3].lower() in ("a", "an", "the", "its", "their", "his", "her")
        if is_verbish(tok) or present or low.endswith(",") or low in ("of", "in", "on", "at", "for", "with", "from", "to", "by",
                                                          "that", "who", "which", "and", "or"):
            return False
        if low in ("the", "a", "an", "its", "their", "his", "her", "this", "they", "he", "she", "we", "it", "i",
                   "you") or (tok[:1].isupper() and low not in ("the", "a", "an")):
            return i > 1
    return False


def drop_quantity_aside(part: str) -> str:
    """'residents, many still in their boots, dragged ...' -> 'residents dragged ...': an aside on how many of a
    group did what, between a short subject and its verb, is detail a cut-off clause can do without."""
    return re.sub(r"^((?:[\w'-]+ ){0,2}[\w'-]+), (?:many|most|some|all|several|both|each|few|half|none)\b[^,]{2,60}, "
                  r"(?=[a-z]+ed\b|(?:" + "|".join(sorted(IRREGULAR_PAST)) + r")\b)", r"\1 ", part)


def appositive_with_clause(s: str) -> list[str]:
    """'The two sides meet again on April 19, a fixture that already looks likely to decide the title.' ->
    'The two sides meet again on April 19.' + 'This fixture already looks likely to decide the title.' A noun
    after a whole clause, with a "that"/"which"/"who" clause whose verb comes first, renames what the clause
    just told ("a move that angered farmers"); "This <noun>" stands for it. Not when the clause has its own
    subject ("a figure that experts describe as ..."): the noun would be its object."""
    m = re.fullmatch(r"(.{20,}?), (?:a|an) ((?:[\w'-]+ ){0,2}?([a-z][\w'-]+)) (?:that|which|who) ((?:(?:[a-z]+ly|already|still|also"
                     r"|now|often|even|never|just|long) )?([a-z]+)( [\w'-]+)? .{4,})", s.rstrip("."))
    if not m or '"' in s or re.search(r"[,;]", m.group(4)):
        return [s]
    from .grammar import starts_clause, subject_and_verb, whole
    left, noun, verb, after = m.group(1), m.group(3), m.group(5), (m.group(6) or "").strip()
    if not ((starts_clause(left) or subject_and_verb(left)) and whole(left)) or noun in TIME_WORDS:
        return [s]
    third_person = re.fullmatch(r"[a-z]{3,}[^su]s", verb) and verb[:-1] in common_words() \
        and not re.fullmatch(r"[a-z]+[^su]s", after) and not is_verbish(after)
    if not (is_verbish(verb) and verb not in ("said", "says") or third_person):
        return [s]
    plural = re.search(r"(?:[^siu]s|people|police)$", noun) is not None
    return [finish(left), finish(f"{'These' if plural else 'This'} {noun} {m.group(4)}")]


QUANTITY = r"(?:many|most|some|all|several|both|half|none|few|a few|two|three|four|five|one)"


def of_them_aside(s: str) -> list[str]:
    """'She organized about 150 volunteers, many of them students and retirees, to carry ...' -> 'She organized
    about 150 volunteers to carry ...' + 'Many of them were students and retirees.'; '... nearly 11,000
    cardholders, many of whom had been blocked from borrowing.' -> '... nearly 11,000 cardholders.' + 'Many of
    them had been blocked from borrowing.' The part says who some of the group just named are, or what they
    did: "of them" points at that group in the sentence before."""
    body = s.rstrip(".")
    if '"' in s:
        return [s]
    end = re.fullmatch(rf"(.{{20,}}?), ({QUANTITY}) of whom ((?:[a-z]+ly )?[a-z]+\b.{{6,}})", body)
    if end and (is_verbish(first_real(end.group(3))) or verb_in_place(first_real(end.group(3)))) \
            and "," not in end.group(3):
        return [finish(end.group(1)), finish(f"{cap(end.group(2))} of them {end.group(3)}")]
    tail = re.fullmatch(rf"(.{{20,}}?), ({QUANTITY}) of them ([^,]{{3,60}})", body)
    if tail and (not any(is_verbish(t) for t in tail.group(3).split()) or re.fullmatch(r"[a-z]+ed", tail.group(3))) \
            and not re.match(r"(?:for|in|at|on|from|with|by|since|during|over|under|to|after|before|until|about)\b",
                             tail.group(3)):  # "some of them for more than 30 hours": the verb before is left out
        # "... 180 volunteers, many of them retired.": what they are, not what they did ("Many of them retired."
        # would tell of a day they stopped work)
        return _of_them_are(tail.group(1), tail.group(1), tail.group(2), tail.group(3)) or [s]
    mid = re.fullmatch(rf"(.{{20,}}?), ({QUANTITY}) of (?:them|whom) ([^,]{{3,60}}), (.{{6,}})", body)
    if not mid or any(is_verbish(t) for t in mid.group(3).split()) or re.match(r"(?:and|or|but)\b", mid.group(4)):
        return [s]
    if re.match(r"(?:which|who|whom|whose|where)\b", mid.group(4)):
        # "taken from the water, most of them from the bus, which had come to rest on a sandbank": the "which" is
        # the bus, the aside's own noun; joined to the main clause it would tell of the water
        return _of_them_are(mid.group(1), mid.group(1), mid.group(2), mid.group(3)) or [s]
    return _of_them_are(mid.group(1), f"{mid.group(1)} {mid.group(4)}", mid.group(2), mid.group(3)) or [s]


def _of_them_are(clause: str, main: str, quantity: str, what: str) -> list[str] | None:
    """The main clause and 'Many of them were/are <what>.', in the main clause's time; None when it has none."""
    from .participles import clause_tense
    tense = clause_tense(clause)
    if tense not in ("past", "perfect", "present"):
        return None
    be = "were" if tense != "present" else "are"
    return [finish(main), finish(f"{cap(quantity)} of them {be} {what}")]



COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "three villages on the mountain's eastern side, Brenna, Holt and Skarvik, were moved": a counted noun, the names
# of its members in commas, then the sentence's verb
NAMED_MEMBERS = re.compile(r"(?P<before>.*?\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d+) "
                           r"(?P<noun>[a-z]+s)(?P<phrase>(?: [\w'-]+){0,6}?)), (?P<names>[A-Z][\w'-]*(?: [A-Z][\w'-]*)?"
                           r"(?:, [A-Z][\w'-]*(?: [A-Z][\w'-]*)?)*,? (?:and|or) [A-Z][\w'-]*(?: [A-Z][\w'-]*)?), "
                           r"(?P<after>[a-z].+)")


def named_members(s: str) -> list[str] | None:
    """'About 300 people from three farms near the lake, Aldby, Crane and Holt, were moved.' -> 'About 300 people
    from three farms near the lake were moved.' + 'The three farms are Aldby, Crane and Holt.' Only when the names
    are as many as the count says, so the list plainly names the counted things (cut at its commas, "Aldby" was
    told as what "the lake" is, and a comma was left before the verb)."""
    m = NAMED_MEMBERS.fullmatch(s.rstrip("."))
    if not m or not verb_in_place(first_real(m["after"])):
        return None
    names = re.split(r",? (?:and|or) |, ", m["names"])
    count = COUNTS.get(m["count"]) or int(m["count"])
    if len(names) != count:
        return None
    return [finish(f"{m['before']} {m['after']}"), finish(f"The {m['count']} {m['noun']} are {m['names']}")]


# "A, the government announced on Wednesday, a rise it said would give B": the speaker's tag, then a noun that sums up
# the claim with the speaker's own word on it ("a rise it said would ...", "a move that they say could ...")
SAID_OF_A_NOUN = re.compile(r"(?P<claim>.{20,}?), (?P<who>(?:the |its |their )?(?:[\w'-]+ ){0,4}?[\w'-]+) "
                            r"(?:said|announced|confirmed)(?P<when> (?:on|late on|early on|at|in) [^,]+?)?, "
                            r"an? (?P<noun>(?:[a-z-]+ ){0,2}?[a-z-]+) (?:that |which )?(?:it|they|he|she) "
                            r"(?P<verb>said|says|say) (?P<rest>(?:will|would|could|can|may|might) .+)")


def said_of_a_noun(s: str) -> list[str] | None:
    """'Pay will rise by 5%, the government announced on Wednesday, a rise it said would cost £2 billion.' ->
    'Pay will rise by 5%, the government said on Wednesday.' + 'The government said the rise would cost £2 billion.'
    (cut at the comma, the tail was told as "The government announced on Wednesday, a rise it said ...")."""
    m = SAID_OF_A_NOUN.fullmatch(s.rstrip("."))
    if not m or not is_verbish(m["rest"].split()[0]):
        return None
    who = re.sub(r"^(?:its|their) ", "the ", m["who"])
    said = "said" if m["verb"] == "said" else ("say" if re.search(r"[^s]s$", who) else "says")
    return [finish(f"{m['claim']}, {m['who']} said{m['when'] or ''}"),
            finish(f"{cap(who)} {said} the {m['noun']} {m['rest']}")]

"""More lead shapes told in pieces: a speaker in the middle with a tail after it, and the asides a lead hangs on
its main clause.

A wire lead often says its main fact, then who said it, then one more thing: "X will start selling the Nova on
14 November for £329, the company said on Tuesday, promising a larger screen"; "A rocket carried three
satellites into orbit, the company said, two weeks after its first attempt was called off"; "Fares will be
capped at £2, the authority said on Monday, in a plan that it says will cost £41 million". The sentence rules
keep the first clause and lose the rest. Here each part is said as a sentence of its own:

- the tail after "X said": "promising A, and saying B" -> "X promised A." "X said B." (what the speaker did);
  "two weeks after A" -> "This was two weeks after A." (when); "in a plan that it says will A" -> "X says the plan
  will A."; "as A" -> "A."; the writer's own reading ("a serious blow to their hopes") is left out;
- "A, the third monthly fall in a row, ..." -> "This was the third monthly fall in a row." (with the speaker of
  the sentence, when it has one);
- "A, twice as many as two years ago, ..." -> "This is twice as many as two years ago." (the same; also
  "A, 18% more than last year, ...");
- "by the country's largest lender, the Crestway Building Society" -> "by the Crestway Building Society" +
  "The Crestway Building Society is the country's largest lender." (who the source is, said where it is met);
- "A, and B, its manager said" -> "A, its manager said." "B, its manager said." (each claim keeps its speaker);
- "A, as B, according to X" -> "A, according to X." "B."

Every piece is told by the same rules as any sentence and checked on its own (lead_core.told_in_pieces).
"""
from __future__ import annotations

import re

from ..grammar import DETERMINERS, IRREGULAR_PAST, cap, finish, subject_and_verb
from ..participles import base_form, s_form

# the speaker after a claim: "the company said", "its vice-chancellor told staff", then when or where (a name's
# short form in brackets may follow it: "the union Care Workers United (CWU) said")
SPEAKER = (r"(?P<speaker>(?P<who>(?:the |its |their |his |her )?(?:[\w'-]+ ){0,4}?[\w'-]+)(?: \([A-Z][A-Za-z]{1,9}\))? "
           r"(?P<verb>said|says|announced|confirmed|reported|told (?:staff|reporters|journalists|workers|employees"
           r"|members|parents|students|MPs|parliament|the [a-z]+)))"
           r"(?P<when>(?: (?:on|at|in|late on|early on|during) [^,]+?)?)")
MID_SPEAKER_TAIL = re.compile(rf"^(?P<claim>[^,].{{20,}}?), {SPEAKER}, (?P<tail>[a-z].+)$")
END_SAID = re.compile(rf", {SPEAKER}\.?$")
# what the speaker did while saying it: "promising a larger screen" -> "promised a larger screen"
DOING = {"blaming": "blamed", "promising": "promised", "saying": "said", "citing": "cited", "warning": "warned",
         "adding": "added", "arguing": "argued", "urging": "urged", "insisting": "insisted", "predicting":
         "predicted"}
# when: "two weeks after ...", "days before ...", "after ..."
WHEN_TAIL = re.compile(r"^(?:(?:about |nearly |almost |just |some |more than )?(?:a|an|one|two|three|four|five|six"
                       r"|seven|eight|nine|ten|\d+) (?:hours?|days?|weeks?|months?|years?) )?(?:after|before) .+$")
# the writer's reading of the news: "a serious blow to their hopes ...", "in a sign that ..."
COMMENT_TAIL = re.compile(r"^(?:in )?(?:a|an|the) (?:[a-z]+ ){0,2}?(?:sign|signal|blow|boost|setback|reminder|proof"
                          r"|victory|defeat|relief|embarrassment)\b"
                          # "raising the prospect of the first strikes in 20 years": what may follow, the writer's
                          r"|^(?:raising|prompting|sparking|fuell?ing|deepening|reviving) (?:the )?(?:prospect|fears?"
                          r"|hopes?|questions?|concerns?|doubts?|worries|possibility)\b")
# "in a plan that it says will cost ...": what the plan will do, in the speaker's words
PLAN_TAIL = re.compile(r"^in an? (?P<noun>plan|move|deal|scheme|decision|change|step|proposal) that (?:it|they) "
                       r"says? (?P<rest>(?:will|would|could|can|may) .+)$")
# "in a move that makes the project one of the largest in Europe": what the news does, in the writer's words
MOVE_TAIL = re.compile(r"^in an? (?P<noun>move|deal|plan|decision|change|step) that (?P<rest>(?:makes|takes|brings|gives"
                       r"|leaves|puts|ends|means|raises|cuts|doubles) .+)$")
AS_TAIL = re.compile(r"^as (?P<clause>(?:the |a |an |some |many |more |higher |rising |falling |lower )?[a-z].+)$")
PAST = re.compile(rf"\b(?:was|were|had|[a-z]{{3,}}ed|{'|'.join(IRREGULAR_PAST)})\b")
NOT_PAST = re.compile(r"\b(?:will|is|are|am|has|have|can|plans|wants|says|now)\b")
# "the third monthly fall in a row", "the first successful launch from Norland soil", "the lowest since 2012"
SUMMARY = re.compile(r", (?P<summary>the (?:first|second|third|fourth|fifth|sixth|latest|only|[a-z]{3,}est)"
                     r"(?: [\w'-]+){1,8}?)(?=, |$)")
COMPARISON = re.compile(r", (?P<comparison>(?:(?:twice|three times|four times|half) as (?:many|much|large|big|high|long)"
                        r" as|\d[\d.,]*% (?:more|less|fewer|higher|lower) than)(?: [\w'-]+){1,5}?)(?=, )")
# "by the country's largest mortgage lender, the Crestway Building Society", "selling its first console, the Nova,":
# a role, then the name it has
NAMED_ROLE = re.compile(r"(?<=[a-z] )(?P<role>(?P<det>the|its|their)"
                        r" (?:[a-z][\w'-]* ){1,5}?[a-z][\w'-]*), (?P<name>(?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,4})"
                        r"(?=, |$)")
# the name a sentence opens with: "Pixelforge will ...", whose "its" the role's "its" is
OPENING_NAME = re.compile(r"^(?P<name>[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}) (?=[a-z])")
# "... after a scan confirmed that he tore ..., the club said": when, told after what was said
# ("..., after prices at the auction rose ...": the event may open on a plural noun, after a comma)
AFTER_BEFORE_SPEAKER = re.compile(rf"^(?P<claim>.{{20,}}?),? after (?P<event>(?:(?:a|an|the|his|her|its|their) |[a-z]+s )"
                                  rf".+?), {SPEAKER}$")
# "... close three departments to fill a £31 million hole in its budget": what the plan is for
PURPOSE = re.compile(r" (?P<purpose>to (?:fill|plug|close|cover|make up for|meet) (?:a|an|the|its|their) (?:[\w£$€.,'-]+ )"
                     r"{0,4}?(?:gap|hole|shortfall|deficit|overspend)\b[^,]*)(?=, |$)")
# "..., and more than half of the people it helps are in work, its manager said": a second claim of one speaker
SECOND_CLAIM = re.compile(rf"^(?P<first>.{{20,}}?), and (?P<second>(?!that\b|but\b|then\b)[a-z].{{10,}}), {SPEAKER}$")
AS_BEFORE_SOURCE = re.compile(r"^(?P<claim>.{20,}?), as (?P<clause>[a-z].+?), (?P<source>according to [^,]{3,80}"
                              r"(?:, the [A-Z][^,]+)?)$")


# "..., vice-chancellor Simon Achebe said the cuts were painful and that without them ...": two claims of one named
# speaker, the second after "and that"
AND_THAT = re.compile(r"^(?P<head>.*?\b(?:[A-Z][\w'-]+ )+(?P<surname>[A-Z][\w'-]+) said) (?P<first>(?!that\b).{10,}?)"
                      r" and that (?P<second>.{10,})$")


def _doing(ing: str, present: bool) -> str:
    """ "promising" -> "promised", or "promises" beside a "says"."""
    base = base_form(ing) if present else None
    return s_form(base) if base else DOING[ing]


def _tense(claim: str) -> str:
    """ "was" after a claim about the past ("carried satellites into orbit"), else "is"."""
    return "was" if PAST.search(claim) and not NOT_PAST.search(claim) else "is"


def _said(verb: str) -> str:
    return "says" if verb == "says" else "said"


def _the(who: str) -> str:
    """ "its vice-chancellor" -> "The vice-chancellor": the speaker named again as a subject of its own."""
    return cap(re.sub(r"^(?:its|their|his|her) ", "the ", who))


def _tail_pieces(tail: str, who: str, claim: str, present: bool = False) -> list[str] | None:
    """The tail after "X said" as sentences, [] when it is the writer's reading, None when its shape is unknown.
    present: the speaker "says" (not "said"), so what it does as it speaks is told in the present too."""
    if COMMENT_TAIL.match(tail):
        return []
    # "blaming A and B, in a decision the union called a betrayal": the others' word on the news is not the speaker's
    tail = re.sub(r", in an? (?:decision|move|step|plan|deal)\b(?! that (?:it|they) says?).*$", "", tail)
    first, *more = re.split(r", and (?=(?:" + "|".join(DOING) + r") )", tail)
    doing = [re.match(r"^(?P<ing>[a-z]+) (?P<rest>.+)$", part) for part in [first, *more]]
    if all(d and d["ing"] in DOING for d in doing):
        # ("the company says, promising B": "The company promises B", not "promised")
        return [finish(f"{_the(who)} {_doing(d['ing'], present)} {d['rest']}") for d in doing if d]
    if more:
        return None
    if WHEN_TAIL.match(tail):
        return [finish(f"This {_tense(claim)} {tail}")]
    move = MOVE_TAIL.match(tail)
    if move:  # ("makes A and takes B": one sentence a verb)
        parts = re.split(r" and (?=(?:makes|takes|brings|gives|leaves|puts|ends|means|raises|cuts|doubles) )",
                         move["rest"])
        return [finish(f"The {move['noun']} {part}") for part in parts]
    plan = PLAN_TAIL.match(tail)
    if plan:
        says = "say" if re.match(r"\w+s\b", who.split()[-1]) and not who.endswith("ss") else "says"
        return [finish(f"{_the(who)} {says} the {plan['noun']} {plan['rest']}")]
    as_clause = AS_TAIL.match(tail)
    if as_clause and subject_and_verb(as_clause["clause"]):
        return [finish(cap(as_clause["clause"]))]
    return None


# "Rescue teams, a helicopter and 60 volunteers searched ...": the first items of a subject listed before its verb
LIST_SUBJECT = re.compile(r"^[A-Z][\w'-]*(?: [a-z][\w'-]*){0,3}, (?=(?:a|an|the|more than|about|\d)[^,]* and [^,]+$)")


def speaker_then_tail(s: str) -> list[str] | None:
    """ "A, the company said on Tuesday, promising B" -> "A, the company said on Tuesday." + "The company promised
    B." """
    m = MID_SPEAKER_TAIL.match(s)
    if not m or not subject_and_verb(LIST_SUBJECT.sub("", m["claim"])):
        return None
    tail = _tail_pieces(m["tail"], m["who"], m["claim"], present=m["verb"] == "says")
    if tail is None:
        return None
    return [finish(f"{m['claim']}, {m['speaker']}{m['when']}")] + tail


def second_claim(s: str) -> list[str] | None:
    """ "A, and B, its manager said" -> "A, its manager said." + "B, its manager said." """
    m = SECOND_CLAIM.match(s)
    if not m or not subject_and_verb(m["first"]) or not subject_and_verb(m["second"]):
        return None
    said = f", {m['speaker']}{m['when']}"
    return [finish(m["first"] + said), finish(cap(m["second"]) + said)]


def _aside_with_speaker(s: str, aside: re.Match[str], text: str) -> list[str]:
    """The sentence without its aside, and the aside told by itself (with the sentence's speaker, when said)."""
    rest = s[:aside.start()] + s[aside.end():]
    said = END_SAID.search(s)
    # (the speaker alone: "told staff on Tuesday" was said with the main claim)
    line = f"This {_tense(s[:aside.start()])} {text}" + (f", {said['who']} {_said(said['verb'])}" if said else "")
    return [finish(rest), finish(line)]


def summary_aside(s: str) -> list[str] | None:
    """ "A, the third monthly fall in a row, as B" -> "A, as B." + "This was the third monthly fall in a row." """
    m = SUMMARY.search(s)
    if not m or not subject_and_verb(s[:m.start()]) or END_SAID.match(m.group(0)):
        return None
    return _aside_with_speaker(s, m, m["summary"])


def comparison_aside(s: str) -> list[str] | None:
    """ "A gives food to 1,200 families, twice as many as two years ago, its manager said" -> "A gives food to 1,200
    families, its manager said." + "This is twice as many as two years ago, its manager said." """
    m = COMPARISON.search(s)
    if not m or not re.search(r"\d", s[:m.start()]) or not subject_and_verb(s[:m.start()]):
        return None
    return _aside_with_speaker(s, m, m["comparison"])


def after_before_speaker(s: str) -> list[str] | None:
    """ "A after B, the club said" -> "A, the club said." + "This is after B, the club said." """
    m = AFTER_BEFORE_SPEAKER.match(s)
    if not m or not subject_and_verb(m["claim"]) or not subject_and_verb(m["event"]):
        return None
    said = f", {m['speaker']}{m['when']}"
    return [finish(m["claim"] + said), finish(f"This {_tense(m['claim'])} after {m['event']}{said}")]


def purpose_aside(s: str) -> list[str] | None:
    """ "A plans to cut jobs to fill a £31 million hole in its budget, X said" -> "A plans to cut jobs, X said." +
    "This is to fill a £31 million hole in its budget, X said." """
    m = PURPOSE.search(s)
    if not m or not subject_and_verb(s[:m.start()]):
        return None
    return _aside_with_speaker(s, m, m["purpose"])


def named_role(s: str) -> list[str] | None:
    """ "... by the country's largest lender, the Crestway Building Society" -> "... by the Crestway Building
    Society" + "The Crestway Building Society is the country's largest lender." """
    m = NAMED_ROLE.search(s)
    if not m:
        return None
    name, role = m["name"], m["role"]
    if re.match(r", (?:[A-Z][\w'-]*(?: [A-Z][\w'-]*)*, )*[A-Z][\w'-]*(?: [A-Z][\w'-]*)* (?:and|or) [A-Z]",
                s[m.end("name"):]):
        return None  # "three villages on the eastern side, Brenna, Holt and Skarvik": the first of a list of names
    if m["det"] != "the":  # "its first console": whose, said by the name the sentence opens with
        owner = OPENING_NAME.match(s)
        if not owner or owner["name"].split()[0] in DETERMINERS | {"It", "They", "He", "She", "We", "Its", "Their"}:
            return None
        role = f"{owner['name']}'s {role.split(' ', 1)[1]}"
    after = s[m.end("name"):]
    # ("its console, the Nova, on 14 November": the comma that closed the name's aside goes with it)
    # ("its console, the Nova, on 14 November": the comma that closed the name's aside goes with it; not the one
    # before the speaker or a clause of its own)
    if after.startswith(", ") and not END_SAID.match(after) \
            and not re.match(r", (?:according|which|who|whose|where|and|but|as|while|after)\b", after):
        after = after[1:]
    return [s[:m.start("role")] + name + after, finish(f"{cap(name)} is {role}")]


def second_claim_of_a_name(s: str) -> list[str] | None:
    """ "X, Ann Lee said A and that B" -> "X, Ann Lee said A." + "Lee said that B." """
    m = AND_THAT.match(s)
    if not m or not subject_and_verb(m["first"]) or '"' in m["second"]:
        return None
    first = f"{m['head']} {m['first']}"
    # (a quote's closing mark stays: 'the cuts were "painful but unavoidable".')
    return [f"{first}." if first.endswith('"') else finish(first), finish(f"{m['surname']} said that {m['second']}")]


def as_before_source(s: str) -> list[str] | None:
    """ "A, as B, according to X" -> "A, according to X." + "B." (the cause the writer gives)"""
    m = AS_BEFORE_SOURCE.match(s)
    if not m or not subject_and_verb(m["claim"]) or not subject_and_verb(m["clause"]):
        return None
    return [finish(f"{m['claim']}, {m['source']}"), finish(cap(m["clause"]))]


# (the "as" cause before the summary: "This was the third fall in a row." is said right after the fall)
TAIL_SHAPES = (speaker_then_tail, second_claim, second_claim_of_a_name, as_before_source, after_before_speaker, comparison_aside,
               summary_aside, purpose_aside)

"""Trailing phrases a long sentence can do without, for briefing/compress.py: where a cut may fall so that what is
left is a whole sentence that still says what it said ("The plan closes a $9 million gap." from "... a $9 million
gap that officials blamed on rising costs"), and never inside a list, a pair or a clause that needs its end.
"""
from __future__ import annotations

import re

from .clauses import is_verbish
from .compress_grammar import KEEP_WHOLE, LONGEST, OPENER, SHORTEST, _has_finite, _main_clause, _whole
from .grammar import finish, words
from .participles import NOT_PARTICIPLES
from .trim import asked_to_later


# words a cut may add or leave out without losing a fact
CONNECTORS = {"and", "but", "as", "while", "which", "who", "that", "this", "was", "is", "it", "they", "there", "so",
              "because", "of", "the", "a", "an", "when", "after", "before", "during", "were", "are"}


def _lost(unit: str, pieces: list[str]) -> set[str]:
    said = set(re.findall(r"[a-z0-9$\u00a3%]+", " ".join(pieces).lower()))
    return set(re.findall(r"[a-z0-9$\u00a3%]+", unit.lower())) - said - CONNECTORS


def _clean_cut(unit: str, first: str) -> bool:
    """A first piece from clauses.shorten that is the unit with its end cut off must be a cut _trim
    would make too."""
    body = first.rstrip(".")
    if not unit.startswith(body):
        return False  # words went missing from the middle ("She said if X, Y" -> "She said Y")
    rest = unit[len(body):]
    return _cut_ok(body, rest.lstrip(" ,").rstrip("."), rest.startswith(","))


# a trailing phrase that can go: it adds where, when or how, not who did what to whom
TRAILING = re.compile(r"(?:, (?=[a-z])| (?=(?:in|at|during|on) which |where |whose |that |starting |beginning )"
                      r"| (?=(?:in|on|at|over|under|during|across|near|throughout|despite|amid|since|within|via) )"
                      r"| (?=(?:to|for) (?:the|a|an|his|her|its|their|more|about|[A-Z]|\d))"
                      r"| (?=(?:before|while|without) [a-z]+ing (?:it|them|the|a|an|their|its)\b)"  # "before drinking it"
                      r"| (?=(?:about|some|roughly) [\d,.]+ (?:miles|kilometres|kilometers|km|metres|meters|feet) ))")
NEEDS_END = re.compile(r"\b(?:than|same|such|between|too|enough|so|only)\b", re.IGNORECASE)
# words that cannot end a sentence cut short: "will be able." / "is expected."
NEEDS_MORE = {"able", "unable", "likely", "unlikely", "set", "expected", "going", "about", "due", "ready", "willing",
              "used", "supposed", "allowed", "forced", "asked", "told", "trying", "want", "wants", "plans", "need",
              "what", "how", "who", "which", "where", "when", "why", "whether"}
CHOOSING = r"voted|agreed|decided|chose|promised|threatened|vowed|pledged|refused|failed|began|started|tried"
MODALS = {"can", "could", "will", "would", "may", "might", "must", "should", "shall", "to", "did", "does", "do",
          "not", "never"}


def _cut_ok(left: str, tail: str, comma: bool = False) -> bool:
    """Can the tail go and leave the left part a whole sentence that still says what it said?"""
    toks = left.rstrip(",").split()
    if len(toks) < SHORTEST + 3 or asked_to_later(left, tail):
        return False  # too short, or "urged residents, | especially the old, to move": the "to" completes "urged"
    last = toks[-1].lower().strip(",")
    before = toks[-2].lower() if len(toks) > 1 else ""
    segments = tail.split(", ")
    if len(segments) > 1 and segments[1].split() and is_verbish(segments[1].split()[0]) \
            and not any(is_verbish(t) for t in segments[0].split()):
        return False  # "as residents, | many still in boots, dragged carpets": their verb comes after the aside
    # after "to" a verb has no "-s": "sent data to servers" ends on a noun, "is expected to rise" does not end
    to_noun = before == "to" and last.endswith("s") and not last.endswith("ss")
    # "voted by 87% to strike", "agreed to pay": after a verb of choosing, "to" and a verb make a whole aim
    aim = re.search(rf"\b(?:{CHOOSING})(?: by \S+)? to [a-z]+$", left) is not None
    to_noun = to_noun or aim
    if is_verbish(last) and not aim or last in CONNECTORS or (last.endswith(("ing", "ed")) and last not in NOT_PARTICIPLES) \
            or last in NEEDS_MORE \
            or (before in MODALS and not to_noun) or before in NEEDS_MORE or last in ("to", "from", "with", "by", "for", "of"):
        return False  # "would move production to", "can result", "on what amounts": the left asks for more
    if re.search(r"\d$", left) and re.match(r"(?:for|of|out of|to|in) \d", tail):
        return False  # "they were 118 | for 4", "scored 3 | out of 5": the second number is half of the first's figure
    if last in ("back", "out", "away", "off", "up", "down", "over") and re.match(r"(?:to|into|onto|towards?) ", tail):
        return False  # "providers that are taking us back | to the moon": where to is what "back" asks for
    if re.search(r"\b(?:from|until|till|by|since) (?:late|early|mid)$", left):
        return False  # "from late | on Friday": "late" is the start of a time
    if re.match(r"to ", tail) and re.search(r"\b(?:grew|grown|grows|grow|rose|risen|rises|fell|fallen|falls|went|gone"
                                           r"|moved|changed|jumped|dropped|climbed|increased|decreased|shrank|shrunk)"
                                           r" from\b(?!.*\bto\b)", left):
        return False  # "has grown from a car park | to a big event": what it grew to is half the news
    if re.search(r"\b(?:a|an|the|its|their|his|her) [a-z]+$", left) and re.match(r"(?:in|of|for|to|on|from) ", tail):
        return False  # "include a reduction in costs", "put the measure on the ballot": the noun needs the rest
    # a relative clause can go after a comma, or after "a ..." (it tells more about one of many); after "the X"
    # it says which X ("the awareness that his campaign will need"), so it stays
    # (a score "6-3" is no count of things; "ruled 6-3 on Thursday that ...": after a day the "that" clause is
    # what was ruled or said, never which Thursday)
    relative = bool(re.match(r"(?:(?:in|at|during|on) which|where|whose|which|who|that)\b", tail) and (
        comma or re.search(r"\b(?:a|an|(?<![\w-])\d[\d,.]*)(?: \S+){0,5} \S+$", left))
        and not (tail.startswith("that ") and not comma and DAY_END.search(left)))
    # "..., CargoMind, an end-to-end platform that uses ...": a description of the name just said, and all it holds
    relative = relative or (comma and re.search(r"[A-Z][\w'-]*$", left) is not None and re.match(
        r"(?:a|an) (?:[\w-]+ ){0,4}[a-z][\w-]* (?:that|which|who)\b", tail) is not None)
    if tail.startswith("that ") and not relative:
        return False  # "make sure that ...", "said that ...": the "that" clause is what the verb needs
    rest = tail.split(" ", 1)[1] if tail.startswith(("to ", "for ")) else tail
    if tail.startswith("to ") and re.search(r"\b(?:from|between)\b(?: \S+){0,5}$", left):
        return False  # "range from a frozen world to a hot one"
    if tail.startswith("to ") and re.search(r"\b(?:drove|drive|drives|pushed|push|lifted|raised|cut|brought|sent|took"
                                            r"|reduced|increased|lowered|turned|changed)\b(?: \S+){0,4}$", left):
        return False  # "drove stocks to a four-year high": the "to" part is the result
    if re.match(r"(?:on|in|into|under|at|behind) ", tail) and re.search(
            r"\b(?:put|puts|placed|places|kept|keeps|left|leaves|set|sets|locked|locks|held|holds)\b(?: \S+){0,4}$", left):
        return False  # "placed two guards on leave", "kept them in custody": where is what the verb says
    to_verb = re.search(r"\bto (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|this\b|that\b)([a-z]+)", rest)
    if to_verb and aim and not is_verbish(to_verb.group(1)):
        to_verb = None  # "in a dispute over pay and changes to night shifts": "to" before a noun
    # "in three countries, with only weak codes that could be broken": the verb is inside a "with" phrase that goes
    # too (a later ", the council said" is no such phrase: the cut would drop who said it)
    core, _, after = tail.partition(", ")
    if not (after and re.match(r"(?:with|including|such as|mostly|mainly)\b", after)
            and not re.search(r"\b(?:said|says|told|according)\b", after)):
        core = tail
    if not relative and (_has_finite(core) or to_verb):
        return False  # the tail has a verb of its own, or completes the left ("allow them, in May, to vote")
    if re.search(r"\b(?:and|or)\b", tail.split(",")[0]) and (re.search(r", [^,]*$", left) or comma) \
            and not relative:
        return False  # the cut falls in a list ("with a mix of A, B and C", "visited A, B and C")
    if ", " in left and not _has_finite(left.rsplit(", ", 1)[1]) and not OPENER.match(left + " "):
        return False  # inside a trailing phrase after a comma ("..., along with jobs"): cut at the comma (not the
        # comma of "1,150")
    if NEEDS_END.search(" ".join(toks[-4:])) or left.count('"') % 2:
        return False  # "more than", "between": what follows completes it
    return _main_clause(left) and _whole(left)


# a day or time a saying verb's "that" clause may follow: "said on Thursday | that ...", "ruled last week | that ..."
DAY_END = re.compile(r"\b(?:(?:on|last|this|next|early|late) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                     r"|today|yesterday|(?:last|this|earlier this|later this) (?:week|month|year|morning|evening))$")


# a phrase that needs what it makes room or way for: "the increase was to make room | for new roads"
ROOM_OR_WAY = re.compile(r"\b(?:make|makes|made|making) (?:room|way)$|\bpave[sd]? the way$")
# words that change what a clause says ("eat lunch at school for free", "without a licence"): a shorter cut that
# leaves them out is no easier to follow, it is a different fact
CARRIES_MEANING = r"\b(?:free|not|no|never|without|only|except|unless|instead)\b"


def _trim(unit: str, limit: int = LONGEST) -> str:
    """The longest start of the unit, cut before a trailing phrase, that is a whole clause of at most LONGEST
    words; the unit itself when there is none."""
    body = unit.rstrip(".")
    cuts = []
    for m in reversed(list(TRAILING.finditer(body))):
        left, tail = body[:m.start()], body[m.end():]
        if words(left) > limit:
            continue
        if words(left) < SHORTEST + 3:
            break
        if tail.startswith("for ") and ROOM_OR_WAY.search(left):
            continue  # "to make room | for the completion of ...": what it makes room for is the point
        if _cut_ok(left, tail, m.group(0).startswith(",")):
            cuts.append(left)
    if not cuts:
        return unit
    # a shorter cut is easier to follow when the words it also leaves out hold no name or number
    best = cuts[0]
    for left in cuts[1:]:
        if words(left) >= KEEP_WHOLE - 4 and not re.search(r"\b[A-Z0-9]", best[len(left):]) \
                and not re.search(CARRIES_MEANING, best[len(left):]):
            best = left
    return finish(best)


# --- phrases between a subject and its verb ---------------------------------------------------------------

AUX_AHEAD = r"(?=(?:had|has|have|was|were|is|are|will|would|could|can|may|might)\b)"


def _drop_participle_phrase(text: str) -> str:
    """'a keyboard app installed on millions of its phones had been sending ...' -> 'a keyboard app had been
    sending ...': a participle phrase between a subject and its verb adds detail, not the event."""
    m = re.search(rf"\b((?:[Aa]|[Aa]n|[Tt]he) (?:[\w-]+ ){{0,2}}[\w-]+) ([a-z]+(?:ed|wn|en)) ((?:on|in|at|by|from|across|for|with"
                  rf"|under) [^,;\u2014]{{3,60}}?) {AUX_AHEAD}", text)
    if not m or any(is_verbish(w) for w in m.group(1).split()[1:]) or any(
            is_verbish(w) or w in ("that", "which", "who", "to", "when", "after", "before") for w in m.group(3).split()):
        return text  # "the plague was reported ...": "was" is the verb, there is no participle phrase
    return text[:m.end(1)] + " " + text[m.end():]


def _drop_ing_phrase(text: str) -> str:
    """'Astronomers using a space telescope launched two years ago say they have found ...' -> 'Astronomers say
    they have found ...': an "-ing" phrase between a plural subject and its verb of finding or saying tells how,
    not what."""
    m = re.match(r"((?:[A-Z][a-z]+ )?[A-Za-z][a-z]+[^s\W]s) ([a-z]+ing) ([^,;\u2014]{3,70}?) (?=(?:say|said|report|reported"
                 r"|found|find|have found|have discovered|discovered|believe|think|warn|warned)\b)", text)
    # ("a telescope built two years ago": a participle, no verb of the phrase's own)
    if not m or re.search(r"\b(?:that|who|which|and|is|are|was|were|has|have|had|will|would|can|could)\b", m.group(3)):
        return text
    return f"{m.group(1)} {text[m.end():]}"


def _drop_size_phrase(text: str) -> str:
    """'A spacecraft the size of a kitchen refrigerator has found ...' -> 'A spacecraft has found ...': a likeness
    of size after the subject is colour, not the event (kept when it holds a name or a number)."""
    m = re.match(r"((?:[Aa]|[Aa]n|[Tt]he) [\w-]+) (?:about |roughly )?the size of (?:a|an|the) [a-z][a-z -]{2,40}? "
                 + AUX_AHEAD, text)
    return text[:m.end(1)] + " " + text[m.end():] if m else text


# verbs that say what an act is for: "..., to help families pay their bills"
PURPOSE_VERBS = {"help", "boost", "support", "provide", "improve", "reduce", "protect", "fund", "cover", "ease",
                 "replace", "serve", "create", "produce", "supply", "expand", "increase", "prepare", "allow", "ensure"}


# verbs whose "to" clause is what was asked or allowed, never an aim that may go
ASKING = re.compile(r"\b(?:urg|ask|tell|told|encourag|advis|order|allow|forc|persuad|invit|call(?:ed|s|ing)? on|want|"
                    r"expect|warn|requir|permit|enabl|help|need|get|got)\w*\b", re.IGNORECASE)


def _drop_purpose_phrase(text: str) -> str:
    """'It plans to build a plant near Granville Falls, Ohio, to make processors on its newest process.' -> 'It
    plans to build a plant near Granville Falls, Ohio.': a closing ", to VERB ..." says what the act is for; the
    act is the news, and it is still true without its aim (nothing is added, only a detail is left out)."""
    from .words import BARE_VERBS
    m = re.search(r", (?:in order )?to ([a-z]+) [^,;:\u2014\"]{3,}$", text.rstrip("."))
    if not m or not (m.group(1) in BARE_VERBS or m.group(1) in PURPOSE_VERBS):
        return text
    if ASKING.search(text[:m.start()]):
        return text  # "urged residents near the river, especially older people, to move upstairs": what was asked
    return text[:m.start()] + "."

"""Cut sentences: a part that stops where its source goes on with what restricts it or completes it.

"open until 9 p.m. | while the warning is in place", "beat Holt 2-6 | , 6-3, 7-5", "in Kenton | , Ashdale and
Upper Moor", "People with conditions that need water | , such as ..., can apply": told alone, the part says more
than (or something else than) its source. faithful.says_more_than_its_source asks cut_from_its_restriction.
"""
from __future__ import annotations

import re

from .faithful_cuts import tokens

# what, right after a cut, restricts the part before it
RESTRICTION_AFTER = re.compile(r"^,? (?:if|unless|provided|as long as|only if|so long as|in case)\b"
                               r"|^ (?:until|till|whenever|once)\b")
# a condition that holds the whole sentence, wherever it comes after the cut: ", provided lawmakers approve"
CONDITIONS = r"(?:provided|providing|unless|as long as|so long as|only if|on condition that|subject to|pending)"
CONDITION_LATER = re.compile(rf", {CONDITIONS}\b")
CONDITION_WORD = re.compile(rf"\b{CONDITIONS}\b")
# a part that says how long something lasts, which a following "while ..." limits
DURATIVE = (r"\b(?:until|stay|stays|stayed|remain|remains|remained|continue|continues|keep|keeps|open|closed|shut"
            r"|suspended|banned|in place|in force|in effect|last|lasts|lasted|linger|lingers|lingered|survive"
            r"|survives|survived|wait|waits|waited)\b")
# a part that ends on a length of time ("for up to two hours"), which an "after ..." may count from
DURATION_END = (r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many)"
                r"(?: [a-z-]+)? (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\.?$")
# what starts a new clause or phrase after a comma, rather than more of a list item
CLAUSE_AFTER = (r"^, (?:and|or|but|then|which|who|whom|whose|where|when|while|as|so|because|after|before|since"
                r"|including|according|with|the|a|an|he|she|it|they|we|i|you|this|that|these|those|its|their|his"
                r"|her|said|says|officials|police|[a-z]+ing|[a-z]+ed)\b")
# how a part that tells a relative clause on its own starts: "This promise had ...", "They have ..."
RETOLD = r"(?:This|These|That|Those|It|They|He|She|Its|Their|His|Her) "
# an item of a list: a name of up to four words ("Northern Ireland") or a figure ("3-6", "7-6 (9-7)", "12%")
LIST_ITEM = r"(?:[A-Z][\w'’.-]*(?: (?:of |and )?[A-Z][\w'’.-]*){0,3}|\d[\d.,:%–-]*(?: \(\d[\d–-]*\))?)"
# the source goes on with more items of the list the part ends in: ", Wales and Northern Ireland", ", 4-6, 7-6"
LIST_GOES_ON = re.compile(rf"^, {LIST_ITEM}(?:, {LIST_ITEM})*(?:,? (?:and|or) {LIST_ITEM}|, {LIST_ITEM})(?![\w'-])")
# the source goes on with the verb of what the part took for a sentence: "People with conditions that need
# water | , such as kidney disease, can apply for the cap"
VERB_AFTER = re.compile(r"^(?:, (?:such as|including|like|for example) [^,]{1,60},)? (?:can|could|will|would|may|might"
                        r"|must|should|shall|is|are|was|were|has|have|had)\b")
# "put the party on 38%", "rose to 4.1%", "fell by $3 million": the figure is what the verb says
# (a distance after a place, "a motel near Route 9 | about 40 miles east of the city", only says where the place is)
FIGURE_AFTER = re.compile(r"^ (?:on|at|to|by|of|from|with|around|about|near|nearly|almost) [$\u00a3\u20ac]?\d"
                          r"(?![\d,.]* (?:miles|kilometres|kilometers|km) (?:north|south|east|west|from|away)\b)")
# a part that ends on a first or a record, and the span that limits it: "the first time | in three years", "its
# highest level | since 2008"
RECORD_END = re.compile(r"\b(?:first|last|only|highest|lowest|biggest|largest|smallest|fastest|slowest|best|worst"
                        r"|strongest|weakest)(?: [\w'-]+){0,2}\.?$")
SPAN_AFTER = re.compile(r"^ (?:in (?:more than |nearly |almost |over |at least )?(?:a|an|\d+|one|two|three|four|five|six"
                        r"|seven|eight|nine|ten|several|many) (?:years?|months?|weeks?|decades?|days?)|since|for "
                        r"(?:more than )?\w+ (?:years?|months?|decades?))\b")
# past participles that are never a past tense: "adults born", "the money given" need what follows them
PARTICIPLES = {"born", "given", "taken", "known", "shown", "seen", "written", "driven", "chosen", "broken",
               "spoken", "stolen", "frozen", "beaten", "eaten", "fallen", "forgotten", "hidden", "ridden", "risen",
               "shaken", "sworn", "thrown", "worn", "drawn", "grown", "flown", "blown", "done", "gone", "begun"}
HELPERS = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "gets", "got", "not",
           "he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "also", "already", "just"}

def continuation(source: str, part: str) -> str | None:
    """The source text right after the words a part ends with, or None when they are not found there."""
    tail = tokens(part.rstrip(".!?\"'"))[-3:]
    if len(tail) < 2:
        return None
    tail[-1] = tail[-1].rstrip(".")
    pattern = r"[^\w$\u00a3\u20ac%]+".join(re.escape(t) for t in tail)
    m = None
    for m in re.finditer(rf"(?<![\w]){pattern}(?![\w])", source, re.IGNORECASE):
        pass  # the last place: a part ends where the sentence was cut, usually late
    return source[m.end():] if m else None


def cut_from_its_restriction(source: str, part: str, next_part: str = "") -> bool:
    """The part stops where the source goes on with what restricts it: "..., if X", "until 9 p.m. while X",
    "on 38%", "adults born | after 1957". A relative clause told as the next sentence ("breaking a promise." +
    "This promise had helped her win.") is kept, unless the part ends on an aside ("when the Front, a militia.")."""
    rest = continuation(source, part)
    if rest is None or not rest.strip(" .!?\""):
        return False
    rest = re.sub(r"^\.(?= [a-z]|,)", "", rest)  # "until 9 p.m. while ...": the full stop ends "p.m."
    if re.search(r"\b(?:than|such|as)\.?$", part):
        return True  # "more | than ...", "such | as ...": the cut split a phrase
    if re.match(r"^ (?:that|who|which)\b", rest) and re.match(r"(?:A|An) [\w -]+ (?:is|are) (?:a|an) [\w -]+\.?$", part):
        return True  # "A language model is a computer program | that guesses the next word": the definition is lost
    if re.match(r"^ (?:that|who|whom|whose|which)\b", rest):
        if re.search(r", (?:a|an|the) [\w'-]+\.?$", part):
            return True  # "when the Front, a militia.": the cut falls inside an aside
        if re.search(r"\b(?:nobody|no one|none|no|never|not|only|every|everyone|all|any|anyone)\b", part):
            return True  # "nobody pays for a book | that is back on the shelf": without it, nobody ever pays
        # "the companies | that he controlled", "people | who have no record": the clause says which ones,
        # unless the next part tells it ("a promise." + "This promise had helped her win.")
        return bool(re.search(r"\b(?:the [\w'-]+|those|people|anyone|everyone|someone|all)\.?$", part)) \
            and not re.match(RETOLD, next_part)
    if re.match(r"^ while (?![a-z]+ing\b)", rest):
        # "open until 9 p.m. while the warning is in place" says how long; "lost 0.12% while the Dow gained"
        # sets two facts side by side, and either can be said alone
        return bool(re.search(DURATIVE, part))
    if RESTRICTION_AFTER.match(rest) or FIGURE_AFTER.match(rest):
        return True
    if RECORD_END.search(part) and SPAN_AFTER.match(rest):
        return True  # "fell for the first time | in three years": a first or a record without its span is another fact
    if CONDITION_LATER.search(re.split(r"[.!?](?= [A-Z\"]|$)", rest, maxsplit=1)[0]) \
            and not CONDITION_WORD.search(next_part):
        return True  # "plans to build a plant | near X, Ohio, provided lawmakers approve ...": a plan with its
        # condition is not a plan; the condition may come after a place or an aside, not only right after the cut
        # (the next part may say it: "... would invest £120 million." + "It would create 300 jobs, subject to ...")
    last = part.rstrip(".").split()[-1]
    # (not a fronted phrase told on its own: "This was on Tuesday." <- "On Tuesday, Ames and Roe met ...")
    if LIST_GOES_ON.match(rest) and len(part.split()) > 1 and (last[:1].isupper() or last[:1].isdigit()) \
            and not re.match(RETOLD, part):
        return True  # "beat Aranda 3-6 | , 4-6, 7-6 ...", "in England | , Wales and Northern Ireland": a list cut short
    if re.search(r"\d\.?$", part) and re.match(r"^ (?:and|or|to) \d[\d.,]*%? [a-z]", rest):
        return True  # "on the number 34 | and 35 buses": two figures share the noun after the second
    if VERB_AFTER.match(rest) and not re.match(RETOLD, part):
        # "People with conditions that need water." : the subject, cut from its verb (but "Their homes were
        # flooded by X." tells the "whose" clause before that verb on its own)
        return True
    if re.match(r"^ (?:after|before|since) ", rest) and re.search(DURATION_END, part) and re.search(DURATIVE, part) \
            and not re.match(r"This (?:is|was) (?:after|before|since) ", next_part):
        # "can linger for up to two hours | after a sick person has left": the time is counted from it (but
        # "jailed for six years | after a jury found him guilty" tells two events in order)
        return True
    if re.search(r"\b(?:and|or) [a-z]+\.$", part) and re.match(r"^, [a-z]", rest) and not re.match(CLAUSE_AFTER, rest):
        return True  # "a runny nose and red | , watery eyes": the list's last item lost its noun
    toks = tokens(part.rstrip("."))
    return (len(toks) >= 2 and toks[-1] in PARTICIPLES and toks[-2] not in HELPERS
            and not toks[-2].endswith("ly") and re.match(r"^ [a-z0-9]", rest) is not None)

"""Sentences said in another shape before they are rewritten.

A list of whole clauses joined by commas: "The S&P 500 was little changed, the Dow fell 102 points, or 0.4%, and
the Nasdaq rose." Market and results reports are written this way. Cut at its last "and", it gave the comma splice
"The S&P 500 was little changed, the Dow fell." Each clause is said as a sentence of its own. An absolute opener
("Their dream shattered, 150 people returned home") is said after its main clause.
"""
from __future__ import annotations

import re

from .noun_pieces import noun_phrase_only
from .grammar import IRREGULAR_PAST, has_colon, is_verbish, words

_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
# words that cannot sit inside the noun phrase before a clause's verb: "the man who ...", "the woman and ..."
_NOT_IN_SUBJECT = {"who", "which", "that", "and", "or", "but", "to", "in", "on", "at", "for", "with", "from", "by",
                   "as", "if", "when", "while", "after", "before", "not", "it", "he", "she", "they", "we", "i", "you",
                   "where", "whose", "whom", "what", "how", "why", "no"}
# a word that makes a piece part of another clause: "No matter how ...", "Even though ...", "... asked that"
_SUBORDINATE = re.compile(r"\b(?:how|what|why|whether|though|although|because|unless|if|when|whenever|while|whatever"
                          r"|however|matter|where|that)\b", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|reported|reports|according|announced|claimed|warned"
                     r"|believes?|believed|thinks?|thought|expects?|expected|shows?|showed|suggests?|suggested"
                     r"|indicates?|indicated|finds?|found)\b"
                     # "The study had limits, the authors noted.": a verb of saying that ends its clause
                     r"|\b(?:noted|added|argued|wrote|explained|admitted|conceded|insisted|stressed|acknowledged"
                     r"|cautioned|confirmed|alleged|recalled|replied|agreed|observed|remarked|commented|concluded"
                     r"|predicted|estimated)(?=\s*(?:that\b|[,.;]|$)"
                     # "..., fans noted on social media.": a tag with where it was said, at the end
                     r"|\s+(?:on|in|at|during|online|later|afterwards|yesterday|today)\b[^,;]{0,30}\.?$)")
# what may follow a clause after a comma and still belong to it: "or 0.36%", "to 27,934.02", "down 2.7% on the day"
_RIDER = re.compile(r"(?:or|to|from|up|down|at|for|with|in|on|after|before|its|their|the highest|the lowest"
                    r"|a record|a rise|a fall|a drop|a gain)\b|[\d$\u00a3\u20ac]")
_OPENING_WORDS = {"whether", "despite", "given", "following", "during", "without", "unlike", "like", "although",
                  "though", "because", "since", "unless", "until", "once", "whenever", "wherever", "even",
                  "among", "amid", "through", "into", "onto", "upon", "across", "against", "than",
                  "so", "yet", "then", "also", "perhaps", "maybe", "instead", "still"}
_ALL_HAVING = re.compile(r"(?:and )?(?:all|both) (?:of them )?having (\w+) (.+)")
_COUNT = {2: "Both", 3: "All three", 4: "All four"}


def _finite(word: str) -> bool:
    w = word.lower().strip(",")  # ("donations be made": a bare "be" is no clause's own verb)
    return not w.endswith("ing") and w not in ("be", "been") and (w in IRREGULAR_PAST or is_verbish(w))


def opens_clause(chunk: str) -> bool:
    """Does this piece open with a subject and its verb: "the blue-chip Dow Jones average fell ..."? The subject is
    one to seven words with no relative, preposition or pronoun in it ("of" and "'s" may join its nouns)."""
    toks = chunk.split()
    if not toks or toks[0].lower() in _NOT_IN_SUBJECT or toks[0].lower() in _OPENING_WORDS \
            or toks[0].lower().endswith("ing"):
        return False  # "Following paper work ...", "Despite the rain": a phrase, not a subject
    for i, tok in enumerate(toks[:8]):
        if i > 0 and _finite(tok) and tok[:1].islower():  # "A Little More Obsessed": a title, not a verb
            return all(t.lower() not in _NOT_IN_SUBJECT for t in toks[:i])
        if i > 0 and tok.lower() in _DETERMINERS and toks[i - 1].lower() != "of":
            return False  # "the man the woman": two noun phrases, no verb between them
    return False


def _at_and(chunk: str) -> list[str]:
    parts = re.split(r" and (?=(?:the|a|an|[A-Z])\b)", chunk, maxsplit=1)  # the second piece follows an "and"
    return parts if len(parts) == 2 and opens_clause(parts[1]) else [chunk]


# "..., many of them retired", "..., most of whom ...": an aside on the group just named, not a clause of the list
_OF_THEM = re.compile(r"(?:many|most|some|all|several|both|half|none|few|a few|one|two|three|four|five) of "
                      r"(?:them|whom|which)\b")


def _short_ones_joined(clauses: list[str]) -> list[str]:
    """'The dollar rose, gold fell, and oil was flat': "Gold fell." alone is too short a line to be said (a piece
    of two words is taken for a fragment and left out), so a clause of two words goes with the one before it."""
    out: list[str] = []
    for clause in clauses:
        if out and (len(clause.split()) < 3 or len(out[-1].split()) < 3):
            out[-1] = f"{out[-1]} and {clause}"
        else:
            out.append(clause)
    return out


def clause_list(sentence: str) -> list[str] | None:
    """The clauses of a comma-joined list, each a sentence, or None when the sentence is not such a list.
    Only when every comma piece is a clause of its own or a rider of figures on the clause before it: a list
    of nouns that share one verb ("The man, the woman and the child were hurt") is left whole. Never a sentence
    with a speaker (each clause would lose who said it) or one that opens with a condition or a time clause
    (it holds for every clause)."""
    body = sentence.strip().rstrip(".")
    if '"' in body or has_colon(body) or _SPEECH.search(body) or re.match(r"(?:Had|Were|Should) \w+ ", body) or re.match(
            r"(?:If|Unless|When|While|Although|Though|As|Because|After|Before|Since|Until|Once|With|Whether|Even"
            r"|Whenever|Wherever|Where|Despite|Given|Following|During|Without|According)\b", body):
        return None
    opener = re.match(r"(?:(?:On|In|At) (?:Wall Street|[A-Z]\w+(?: [A-Z]\w+)?|(?:early|late|afternoon|morning"
                      r"|midday|overnight) trading)|Elsewhere|Meanwhile|Overall), ", body)
    if opener:
        body = body[opener.end():]  # "On Wall Street, ...": said with the first clause
    chunks = body.split(", ")
    tail = ""
    having = _ALL_HAVING.fullmatch(chunks[-1])
    if having:
        chunks, tail = chunks[:-1], f"had {having.group(1)} {having.group(2)}"
    if len(chunks) < 2:
        return None  # "A and B": no comma, no list (the other rules cut at "and")
    # "..., to 3,120.18 and the Nasdaq added 20 points": an "and" may join the next clause too
    joined = [(",", piece) if k == 0 else ("and", piece) for chunk in chunks for k, piece in enumerate(_at_and(chunk))]
    clauses = [joined[0][1]]
    bare_comma = False  # "A, B and C": a comma with no "and" between two clauses (", and" alone is cut elsewhere)
    for joint, chunk in joined[1:]:
        if chunk.startswith("and "):
            joint, chunk = "and", chunk[4:]
        if joint == "," and _OF_THEM.match(chunk):
            return None  # "180 volunteers, many of them retired": who some of them are (appositives.of_them_aside)
        if opens_clause(chunk) and not (joint == "," and chunk.split()[0].lower() in ("a", "an")) \
                and not noun_phrase_only(chunk):
            clauses.append(chunk)  # (", a rover NASA plans to fly": an appositive, not a clause; ", the price set by
            # the owners": a noun phrase whose "set" describes the price)
            bare_comma = bare_comma or joint == ","
        elif _RIDER.match(chunk):
            clauses[-1] += ", " + chunk
        else:
            return None
    if len(clauses) < 2 or not bare_comma or not all(opens_clause(c) for c in clauses) \
            or any(_SUBORDINATE.search(c) for c in clauses):
        return None
    if opener:
        clauses[0] = opener.group(0) + clauses[0]
    clauses = _short_ones_joined(clauses)
    out = [c[:1].upper() + c[1:] + "." for c in clauses]
    if tail:
        out.append(f"{_COUNT.get(len(clauses), 'All of them')} {tail}.")
    return out


# "Their dream shattered and their savings gone, 150 people returned home": a noun and a participle with no verb,
# opening on a pronoun that points at the subject the listener has not heard yet
_PARTICIPLE = r"(?:[a-z]+ed|broken|gone|lost|spent|torn)"
_ABSOLUTE_PART = rf"(?:(?:[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[a-z]+) )?(?:[a-z][\w'-]* ){{0,3}}{_PARTICIPLE}"
_ABSOLUTE_OPENER = re.compile(rf"(?:Their|His|Her|Its) (?:[A-Za-z][\w'-]* ){{0,3}}{_PARTICIPLE}"
                              rf"(?: and {_ABSOLUTE_PART})?, (?=(?:nearly |about |almost |some |more than )?"
                              rf"(?:the |[A-Z0-9]|[a-z]+ [a-z]+ed\b))")


def absolute_opener(s: str) -> tuple[str, str] | None:
    """A sentence with an absolute opener, as its main clause and the opener said after it as a clause: "Their
    dream shattered and savings wasted, nearly 150 people returned home" -> ("Nearly 150 people returned home",
    "Their dream was shattered and savings were wasted."). Cut at its "and", it gave the fragment "Their dream
    shattered.", and its "Their" came before anyone it could point at."""
    m = _ABSOLUTE_OPENER.match(s)
    rest = s[m.end():] if m else ""
    if not m or words(rest) < 5 or re.search(r"\b(?:said|says|told|tells|added|reported|announced|wrote)\b",
                                             " ".join(rest.split()[:6])):
        return None  # "His father died, the family said.": a claim and its speaker, not an opener

    def with_be(part: str) -> str:
        *noun, participle = part.split()
        plural = noun[-1].endswith("s") and not noun[-1].endswith("ss")
        return " ".join(noun + ["were" if plural else "was", participle])

    opener = " and ".join(with_be(p) for p in m.group(0).rstrip(", ").split(" and "))
    return rest[:1].upper() + rest[1:], opener + "."


# "Output beat forecasts and the potential oversupply, combined with weak demand, sent prices lower": the "and" joins
# a second clause whose subject is followed by a "with" aside; read as one clause, "beat ... the oversupply" misleads
_SECOND_SUBJECT = re.compile(
    r"(?P<first>[A-Z].{10,}?) and (?P<subject>(?:the|a|an|its|their|this|that|these|those) [^,]{3,40}), "
    r"(?P<aside>(?:combined|coupled|together|along) with [^,]{3,80}), (?P<verb>[a-z]+)\b(?P<rest>.{3,})")


def second_subject(sentence: str) -> list[str] | None:
    """The two clauses of 'A beat forecasts and the oversupply, combined with X, sent prices lower', each a sentence;
    None when the word after the aside is not a past verb (the clause would have none of its own)."""
    m = _SECOND_SUBJECT.fullmatch(sentence.strip())
    verb = m.group("verb") if m else ""
    if not m or not (verb in IRREGULAR_PAST or (verb.endswith("ed") and is_verbish(verb))) or '"' in sentence:
        return None
    subject = m.group("subject")
    return [f"{m.group('first')}.", f"{subject[:1].upper()}{subject[1:]}, {m.group('aside')}, {verb}{m.group('rest')}"]

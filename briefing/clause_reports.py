"""Reported speech and questions in long sentences, for briefing/clauses.py: each piece of a long claim keeps
its speaker ("The guards said ... + The guards said this was ..."), and "Asked about X, Lee said Y" becomes the
question and the answer. The pieces of a claim are cut with clauses.shorten.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .grammar import (DETERMINERS, IRREGULAR_PAST, LONGEST, PRONOUNS, REPORTED_WHOLE, SHORTEST_PART, SUBORDINATE_STARTS, cap,
                      finish, is_verbish, lower_first, lower_first_word, stands_alone, starts_clause, subject_and_verb,
                      words)
from .participles import ing_list, past_tense
from .stance import STANCE
from .sentences import speaker_again
from .trim import main_clause


def shorten(s: str, names: set[str], depth: int = 0) -> list[str]:
    from .clauses import shorten as cut  # clauses builds on this module
    return cut(s, names, depth)


def _asked(s: str) -> list[str] | None:
    """'Asked about X, Peskov said Y.' / 'On the question of whether X, Peskov said Y.' ->
    'Peskov was asked about X.' + 'Peskov said Y.' (the question is news too)."""
    m = re.fullmatch(r"(?:Asked|When asked|On the question of) (whether|if|about|why|how|what|when) ([^,]{6,}), "
                     r"((?:[A-Z][\w'-]*|he|she|they)(?: [A-Z][\w'-]*){0,2}) (said|says|replied|answered) (.+)",
                     s.rstrip("."))
    if not m:
        return None
    speaker = cap(m.group(3))
    be = "were" if speaker in ("They", "We") else "was"
    again = speaker if speaker[0].isupper() and speaker not in ("He", "She", "They") else cap(m.group(3))
    return [finish(f"{speaker} {be} asked {m.group(1)} {m.group(2)}"), finish(f"{again} {m.group(4)} {m.group(5)}")]


SPEECH = (r"said|says|told (?:[A-Z][\w'-]+|the \w+|reporters)|added|warned|explained|noted|argued|believes"
          r"|thinks|estimated|estimates|reported|reports|wrote|writes|found|finds|showed|shows")


def _reported(s: str, names: AbstractSet[str], depth: int) -> list[str] | None:
    """'The guards in Dushanbe said the soldiers crossed on Sunday as a sign of good ties.' ->
    'The guards in Dushanbe said the soldiers crossed on Sunday.' + 'The guards said this was a sign of good
    ties.': each piece of a long claim keeps its speaker first, so no part of it is heard as a fact.
    None when the sentence is not "<speaker> said <clause>" (the other rules take it)."""
    when_first = re.fullmatch(r"((?:In|On|Last|This|Earlier|Later) [A-Za-z0-9 ]{2,20}), ((?:[A-Z]|the )[^,\"]{2,60}?) "
                              rf"({SPEECH}) (?!that\b)([^,].{{12,}})", s.rstrip(".!"))
    if when_first and not any(is_verbish(t) for t in when_first.group(2).split()) and depth < 6:
        # "In May, the mayor said X" -> "The mayor said in May that X": the speaker first, as the rule below wants
        who, verb, claim = when_first.group(2), when_first.group(3), when_first.group(4)
        return _reported(finish(f"{who} {verb} {when_first.group(1)[:1].lower()}{when_first.group(1)[1:]} that {claim}"),
                         names, depth + 1)
    # ("said this week that ..." is a time; "said this is their work" is the claim's own "this")
    m = re.fullmatch(rf"((?:But|And|So|Yet) )?([^,\"]{{2,60}}?) ({SPEECH})( (?:on|last|in|at|during) [^,]{{1,30}}?"
                     rf"| this (?:week|month|year|morning|afternoon|evening|weekend|season|summer|winter|spring|autumn"
                     rf"|fall)| yesterday| today)?( that)? ([^,].{{12,}})", s.rstrip(".!"))
    if not m:
        return None
    but, who, verb, when, claim = m.group(1) or "", m.group(2), m.group(3), m.group(4) or "", m.group(6)
    if when and when.split()[-1].lower() in ("the", "a", "an", "this", "that", "its", "their", "his", "her", "our"):
        # "said at the moment it is ...": the phrase ends on its noun, never on "the" ("said at the that moment")
        when, _, claim = f"{when} {claim}".partition(" " + claim.split()[0] + " ")
        when += " " + m.group(6).split()[0]
    that = m.group(5) or (" that" if when else "")  # "said on Monday that ...", "found that in 2015, ..."
    if re.fullmatch(r" (?:at|for) (?:the moment|present|now|this point|this stage)", when) and not m.group(5):
        that = ""  # ("At the moment it is small," said Lee: the claim's own time, never "said at the moment that")
    longer = re.match(r"( [^,\"]{1,40}?) that (.{12,})$", f"{when} {claim}") if when and not m.group(5) else None
    if longer and not any(is_verbish(t) for t in longer.group(1).split()[1:]):
        when, claim = longer.group(1), longer.group(2)  # "said in her letter that ...", not "said in her | letter ..."
    if verb in ("found", "finds", "showed", "shows", "estimated", "estimates", "reported", "reports") \
            and not m.group(5):
        return None  # "showed confidence", "found the body": a report only with "that"
    who_toks = who.split()
    if words(who) > 8 or any(is_verbish(t) for t in who_toks) or who_toks[0].lower() in SUBORDINATE_STARTS \
            or (who_toks[0][:1].islower() and who_toks[0].lower() not in PRONOUNS) or who_toks[0] in ("It", "This"):
        return None
    # "612 of its members at Orbis Rail, the company that runs the trams, had voted": the aside left out, a clause
    plain_claim = re.sub(r", (?:the|a|an) [^,]{3,90}, (?=(?:[a-z]+ly )?[a-z]+\b)", " ", claim)
    if not (subject_and_verb(claim) or subject_and_verb(plain_claim)
            or any(subject_and_verb(claim[c.end():]) for c in re.finditer(", ", claim))
            or re.match(r"(?:the |a |an )?[\w'-]+(?: [\w'-]+){0,3}, (?:who|which) ", claim, re.IGNORECASE)):
        return None  # "said in a statement ...", "said goodbye": not a reported clause
    untold = UNTOLD_AFTER_CLAIM.search(claim)
    if untold and words(claim[:untold.start()]) >= SHORTEST_PART \
            and verb in ("said", "told", "added", "explained", "confirmed", "announced"):
        # "Lee said the firm had applied for a grant, but declined to say how much": the speaker declined, not the
        # firm ("But Lee said the firm declined to say ..." gave the refusal to the wrong one)
        first_part = _reported(f"{but}{who} {verb}{when}{that} {claim[:untold.start()]}.", names, depth + 1) \
            or shorten(finish(f"{but}{who} {verb}{when}{that} {claim[:untold.start()]}"), set(names), depth + 1)
        refusal = finish(f"But {lower_first_word(speaker_again(who, names))} {untold.group(1)}")
        return first_part + [refusal] if first_part and words(refusal) <= LONGEST else None
    act = _speakers_act(claim)
    if act and verb in ("said", "says", "told", "added", "announced", "confirmed", "warned"):
        # "The council said it would close the library, blaming a shortfall": the "-ing" is the speaker's act as
        # it spoke ("The council blamed a shortfall."), never part of the claim ("... it would blame ...")
        head, past, rest = act
        first_part = _reported(finish(f"{but}{who} {verb}{when}{that} {head}"), names, depth + 1) \
            or shorten(finish(f"{but}{who} {verb}{when}{that} {head}"), set(names), depth + 1)
        done = shorten(finish(f"{speaker_again(who, names)} {past} {rest}"), set(names), depth + 1)
        return first_part + done if first_part and done else None
    also = re.search(r", and ((?:also )?([a-z]+)) (.+)$", claim) or _past_after_modal(claim)
    if also and (also.group(2).endswith("ed") or also.group(2) in IRREGULAR_PAST) and is_verbish(also.group(2)) \
            and verb in ("said", "warned", "added", "told", "explained", "noted", "argued", "wrote", "reported"):
        # "Forecasters warned that rain was coming, and urged people to stay in": "urged" is the speakers'
        first_part = _reported(f"{but}{who} {verb}{when}{that} {claim[:also.start()]}.", names, depth + 1) \
            or [finish(f"{but}{who} {verb}{when}{that} {claim[:also.start()]}")]
        return first_part + shorten(finish(f"{speaker_again(who, names)} {also.group(1)} {also.group(3)}"), set(names),
                                    depth + 1)
    but_asked = re.search(r", but ((?:also )?(?:asked|urged|appealed to|called on|advised|told|reminded|encouraged"
                          r"|pleaded with)) (.{8,})$", claim)
    if but_asked and verb in ("said", "told", "added") and words(claim[:but_asked.start()]) >= SHORTEST_PART:
        # "Police said the lynx was not a danger, but asked the public not to go near it": the asking is the
        # speaker's, never the claim's subject's ("But they said it asked the public ..." gave it to the lynx)
        first_part = _reported(finish(f"{but}{who} {verb}{when}{that} {claim[:but_asked.start()]}"), names, depth + 1) \
            or [finish(f"{but}{who} {verb}{when}{that} {claim[:but_asked.start()]}")]
        told = shorten(finish(f"But {lower_first_word(speaker_again(who, names))} {but_asked.group(1)} "
                              f"{but_asked.group(2)}"), set(names), depth + 1)
        return first_part + told if told else first_part
    but_said = re.search(r", but ((?:also )?(?:added|said|warned|insisted|stressed|admitted|conceded|noted|argued))"
                         r" (that .{12,})$", claim)
    if but_said and words(claim[:but_said.start()]) >= SHORTEST_PART:
        # "She said the defence believed X, but added that Y": "added" is hers, not the defence's
        first_part = _reported(finish(f"{but}{who} {verb}{when}{that} {claim[:but_said.start()]}"), names, depth + 1) \
            or [finish(f"{but}{who} {verb}{when}{that} {claim[:but_said.start()]}")]
        told = shorten(finish(f"But {lower_first_word(speaker_again(who, names))} {but_said.group(1)} "
                              f"{but_said.group(2)}"), set(names), depth + 1)
        return first_part + told if told else first_part
    but_that = re.search(r",? but that (?=\w+ \w+)", claim)
    # "..., but that was the slowest rise": "that" is the subject ("But X said that was ..."), no second "said that"
    subject_that = "that " if but_that and _that_is_the_subject(claim[but_that.end():]) else ""
    if but_that and words(claim[:but_that.start()]) >= SHORTEST_PART:
        # "An official said engineers were ready, but that they would not go out while ...": two claims of one
        # speaker, each told with the speaker ("But the official said they would not go out while ...")
        first_part = _reported(finish(f"{but}{who} {verb}{when}{that} {claim[:but_that.start()]}"), names, depth + 1) \
            or shorten(finish(f"{but}{who} {verb}{when}{that} {claim[:but_that.start()]}"), set(names), depth + 1)
        again = speaker_again(who, names)
        told = shorten(finish(f"But {lower_first_word(again)} {verb} {subject_that}{claim[but_that.end():]}"), set(names),
                       depth + 1)
        return first_part + told if first_part and told else None
    shared = _second_verb_of_the_claim(claim)
    if shared is not None:
        # "The firm said the plant would open in May, and would employ 900 people" -> "The firm said the plant
        # would open in May." + "The firm said the plant would employ 900 people.": the second verb is the
        # claim's, so it keeps the speaker and the claim's subject
        cut, link, subject, rest = shared
        first_part = _reported(finish(f"{but}{who} {verb}{when}{that} {claim[:cut]}"), names, depth + 1) \
            or shorten(finish(f"{but}{who} {verb}{when}{that} {claim[:cut]}"), set(names), depth + 1)
        if not first_part:
            # the first verb's part cannot be said short: the second is told alone, with the speaker in full and
            # no "But" (it would lean on the part left out)
            return shorten(finish(f"{who} {verb}{when}{that} {subject} {rest}"), set(names), depth + 1) or None
        again = speaker_again(who, names)
        opening = f"But {lower_first_word(again)}" if link == "but" else again
        told = shorten(finish(f"{opening} said {subject} {rest}"), set(names), depth + 1)
        return first_part + told if told else None
    other = next((c for c in re.finditer(r", and (?=(?:a|an|the|[A-Z])\b)", claim)
                  if (starts_clause(claim[c.end():]) or subject_and_verb(claim[c.end():]))
                  and claim[c.end():].split()[0].lower() not in PRONOUNS), None)
    if other and words(claim[:other.start()]) >= SHORTEST_PART:
        # "Regulators said they were looking into it, and a law firm filed a lawsuit": whose words the second
        # clause is, the speaker's or the writer's, the rules cannot tell, so it is left out
        first_part = _reported(finish(f"{but}{who} {verb}{when}{that} {claim[:other.start()]}"), names, depth + 1) \
            or [finish(f"{but}{who} {verb}{when}{that} {claim[:other.start()]}")]
        # ... unless it is a new someone's finished act ("and a law firm filed a lawsuit"): the writer's own fact,
        # said as the article says it (a modal, "was" or "had" may be the speaker's view, so those stay out)
        second = claim[other.end():]
        verb_after = next((t for t in second.split()[1:6] if is_verbish(t)), "")
        if re.match(r"(?:a|an) ", second) and (verb_after.endswith("ed") or verb_after in IRREGULAR_PAST) \
                and verb_after not in ("was", "were", "had") \
                and not re.search(r"\b(?:would|could|might|may|will|should|must|can)\b", second):
            return first_part + shorten(finish(cap(second)), set(names), depth + 1)
        return first_part
    if words(s) <= REPORTED_WHOLE:
        return [s]  # short enough: the speaker is said once
    pieces = shorten(finish(cap(claim)), set(names), depth + 1)
    if not pieces:
        return None
    again = speaker_again(who, names)
    short_who = again if again[:3] != "The" or not but else "the" + again[3:]
    if who.split()[0] in ("A", "An", "One") and again.startswith("The "):
        short_who = who.split()[0] + again[3:]  # first mention: "An analysis said ...", not "The analysis"
    # the speaker in full, else its short form; the claim whole, else its main clause without a trailing phrase
    openings = [f"{but}{who} {verb}{when}{that}", f"{but}{short_who} {verb}{when}{that}"]
    if that and not when:
        openings.append(f"{but}{short_who} {verb}")  # the shortest way to say who speaks
    elif that and when and not re.match(PHRASE_OPENER, claim):
        # "Lee said in May returning to the moon was needed ...": news English drops "that" after a time, unless
        # the claim opens with a phrase of its own ("said on Monday that in 2015 ...")
        openings.append(f"{but}{short_who} {verb}{when}")
    first = _fit(openings, pieces[0], names)
    if len(pieces) == 1 and words(s) <= LONGEST:
        return [s]
    if first is None:
        return [] if len(pieces) == 1 else None
    if again.startswith("The ") and re.search(r"(?:[^s]s|police|people)$", again):
        again = "They"  # "The border troops said ... They said ...": the subject just heard, said short
    said = "says" if verb in ("says", "believes", "thinks", "estimates", "reports", "writes", "finds", "shows") \
        else verb if verb in ("showed", "found") else "said"  # "The data showed ...", never "The data said ..."
    out = [first]
    for piece in pieces[1:]:
        # ("The government said nothing until ...": an act inside the claim, no speaker of its own)
        if piece.startswith(("So ", "There, ")) or re.search(r"\b(said|says|say|told|tell|tells|argue|argues|warn"
                                                               r"|warns|insist|insists)\b(?! (?:nothing|little|very little"
                                                               r"|no more|anything)\b)", piece):
            if _own_speaker(piece):
                out.append(piece)  # "But university leaders say that is far from enough.": theirs, said as theirs
            break  # "X said so ..." would change what was said; a piece with its own speaker is not X's
        if OCCASION.match(piece):
            out.append(piece)  # "This was during a phone call.": when it was said, not a claim of the speaker's
            continue
        if NOT_TOLD.match(piece):
            out.append(piece)  # "But he did not say how large.": the writer's remark on what was said, not a claim
            continue
        be = re.search(r"\b(?:said|says)(?: that)? ((?:he|she|they|it) (?:was|were|is|are)) (?!not\b)[a-z]", first)
        if piece.startswith("But ") and re.match(r"[a-z]+ (?:that|to|about|with|for|at|by)\b", piece[4:]) \
                and not is_verbish(piece.split()[1]) and piece.split()[1] not in PRONOUNS | DETERMINERS:
            if not be:
                break  # "But sad that ...": a word that shares a verb the first piece does not show
            # "he was happy to get the prize, but sad that ...": the second word shares "he was"
            piece = f"But {be.group(1)} {piece[4:]}"
        if piece.startswith("But "):
            who_again = again[:1].lower() + again[1:] if again.split()[0] in ("He", "She", "They", "The") else again
            line = _fit([f"But {who_again} {said}"], piece[4:], names)
        else:
            line = _fit([f"{again} {said}"], piece, names)
        if line is None:
            break  # without its speaker the piece would sound like a fact
        out.append(line)
    return out


def _speakers_act(claim: str) -> tuple[str, str, str] | None:
    """ "it would close the library, blaming a shortfall of £2m" -> ("it would close the library", "blamed",
    "a shortfall of £2m"): a claim that ends on what its speaker did while saying it (stance.STANCE), with a
    whole clause before it; None for any other ending, or an "-ing" that names items of a list."""
    m = re.fullmatch(r"(.{20,}?), ([a-z]+ing) ((?:to |that |of |on |for )?[^,]{6,})", claim)
    if not m or m.group(2) not in STANCE or ing_list(m.group(1), f"{m.group(2)} {m.group(3)}") \
            or not subject_and_verb(m.group(1)) or words(m.group(1)) < SHORTEST_PART:
        return None
    past = past_tense(m.group(2))
    return (m.group(1), past, m.group(3)) if past else None


OWN_SPEAKER = re.compile(r"(?:But )?((?:[A-Za-z][\w'-]* ){1,4}?)(?:say|says|said|warn|warns|warned|argue|argues"
                         r"|argued|insist|insists|insisted) ")


def _own_speaker(piece: str) -> bool:
    """A piece of a claim that names a speaker of its own first ("But university leaders say ..."): not the first
    speaker's claim, so it is never told with that speaker's "said", only as it stands. A pronoun may point at
    either speaker, so "But they say ..." is not told."""
    m = OWN_SPEAKER.match(piece)
    if m is None:
        return False
    return m.group(1).split()[0].lower() not in PRONOUNS | {"it", "this", "that"} \
        and not any(is_verbish(t) for t in m.group(1).split())


# a claim that opens with a phrase keeps its "that": without it the phrase would seem to say when it was said
PHRASE_OPENER = re.compile(r"(?:in|on|at|during|after|before|since|by|for|with|when|while|as|if|last|this|next|over"
                           r"|under|among|without|until|from)\b", re.IGNORECASE)
OCCASION = re.compile(r"This was (?:during|after|before|when|in|on|at) ")
# "..., but he did not disclose how large": the speaker left something untold; "Lee said he did not disclose"
# would be Lee talking about himself
UNTOLD = (r"(?:disclose|say|reveal|give|specify|elaborate|comment|explain|name|offer|provide|confirm|discuss|answer"
          r"|state|share)")
NOT_TOLD = re.compile(rf"(?:But )?(?:he|she|they|He|She|They) (?:did not|didn't|would not|wouldn't|declined to"
                      rf"|refused to) {UNTOLD}\b")


# "..., but declined to say how much": with no subject of its own, the refusal is the speaker's act ("did not" only
# with a verb of telling or promising, "did not commit to a date": "but did not offer refunds" may be the firm's)
UNTOLD_AFTER_CLAIM = re.compile(rf",? but ((?:declined|refused) to {UNTOLD}\b.*|(?:would not|wouldn't|did not|didn't)"
                                r" (?:say|disclose|reveal|give|specify|elaborate|comment|name|commit to|confirm|promise)"
                                r"\b.*)$")


SHARED_AUXILIARY = re.compile(r", (and|but) ((?:also |still |then )?(would|will|could|can|should|must|may|might|had|has"
                              r"|have|was|were|is|are)(?: not)? ([a-z]+)\b.*)$")
# the claim's subject before its first auxiliary: "the plant", "Orbis Rail", "it"; an aside after it is left out
CLAIM_SUBJECT = (r"((?:the|a|an|its|their|his|her|it|they|he|she|[A-Z][\w'-]*)(?: [\w'-]+){{0,5}}?)"
                 r"(?:, (?:which|who) [^,]{{3,80}},)? {}\b")


def _second_verb_of_the_claim(claim: str) -> tuple[int, str, str, str] | None:
    """'the plant, which we call Fab 9, would be the first, and would employ 900 people' -> where the first part
    ends, "and", "the plant", "would employ 900 people": after ", and" or ", but" a verb with the same
    auxiliary as the claim's first verb, which the claim has only once before it, is the claim subject's second
    verb (no inner clause can own it). None otherwise."""
    m = SHARED_AUXILIARY.search(claim)
    if not m or m.group(4) in ("the", "a", "an", "its", "their", "his", "her", "this", "that", "more", "less"):
        return None  # "..., and was the first": no second verb, the rules for clauses take it
    aux, before = m.group(3), claim[:m.start()]
    subject = re.match(CLAIM_SUBJECT.format(aux), before)
    if not subject or len(re.findall(rf"\b{aux}\b", before)) != 1 \
            or any(is_verbish(t) for t in subject.group(1).split()[1:]) or words(before) < SHORTEST_PART:
        return None
    return m.start(), m.group(1), subject.group(1), m.group(2)


def _past_after_modal(claim: str) -> re.Match[str] | None:
    """'trains would be busy and urged people to stay home': a past verb after "and" cannot go on a clause with
    "would", so it is the speaker's own act, like the verb of "X warned that ... and urged ..." (None otherwise)."""
    m = re.search(r"\b(?:would|could|will|might|may|can|should|must)\b([^,]*?) and ((?:also )?([a-z]+)) (.+)$", claim)
    if not m or re.search(r"\b(?:be|have|been) (?:\w+ly )?\w+(?:ed|en)\b", m.group(1)) \
            or not (m.group(3).endswith("ed") or m.group(3) in IRREGULAR_PAST):
        return None
    # the same shape as the ", and urged ..." match: the verb with its "also", the verb, the rest
    return re.search(rf" and ((?:also )?({re.escape(m.group(3))})) ({re.escape(m.group(4))})$", claim)


# words after a verb in "-s" ("that depends on", "that leaves the town"), never after a plural subject ("prices rose")
_AFTER_A_VERB = {"on", "upon", "to", "that", "the", "a", "an", "in", "for", "with", "up", "down", "out", "more",
                 "less", "much", "very", "only", "us", "them", "him", "her", "it", "this", "some", "no"}


def _that_is_the_subject(rest: str) -> bool:
    """After ", but that": is "that" the subject of what follows ("that was the slowest rise", "that depends on
    the weather") rather than the start of a second thing said ("that they would wait")?"""
    toks = rest.split()
    return bool(toks) and (is_verbish(toks[0]) or (toks[0].endswith("s") and len(toks) > 1
                                                   and toks[1].lower() in _AFTER_A_VERB))


def _fit(openings: list[str], claim: str, names: AbstractSet[str]) -> str | None:
    """The first of "<opening> <claim>" that fits in LONGEST words, trying the claim's main clause (without a
    trailing phrase like "in the far north of the country") after the whole claim."""
    main = main_clause(claim.rstrip("."))
    for text in [claim] + ([main] if main else []):
        for opening in openings:
            line = finish(f"{opening} {lower_first(text, names)}")
            if words(line) <= LONGEST and stands_alone(line):
                return line
    return None



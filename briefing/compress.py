"""The last fallback for a long news sentence that the clause rules could not cut safely.

News leads run to 30-50 words and carry the main facts (who, what, where, when, how many), so leaving
them out loses the story. `compress` keeps such a sentence as one to three short ones: it leaves out
what a listener can do without (party tags, bracketed asides, "including ..." lists), lifts side facts
into sentences of their own ("Michael Reed is the head of X."), and cuts the rest at clause boundaries,
repeating the subject by name or as "It"/"They" (never a "he" or "she" the text does not show).

Like briefing/clauses.py it has no parser: it looks at punctuation, function words and word endings. It
only drops, reorders and repeats the sentence's own words, so it never says anything the article did not;
every piece must pass the same shape checks as the writer's other sentences, or nothing is returned.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .checks import odd_sentences
from .clauses import (cap, first_real, is_verbish, finish, is_sentence, lower_first, lower_first_word, shorten,
                      starts_clause, words)
from .compress_trim import (CARRIES_MEANING, _clean_cut, _drop_ing_phrase, _drop_participle_phrase,
                            _drop_purpose_phrase, _drop_size_phrase, _lost, _trim)
from .compress_asides import _without_party_tags
from .compress_asides import (_agent_at_end, _comparison, _context_after_speaker, _lift, _subject_aside,
                              _trailing_group, _trailing_whom)
from .compress_cuts import _aim_split, _ends_in_list, _units, ruling_split, warning_split
from .compress_pairs import object_pair_split
from .clause_reports import _that_is_the_subject
from .compress_frames import speaker_first, spoke_to, without_writers_as
from .told_first import unshifted
from .grammar import IRREGULAR_PAST, MINE_OF_SPEAKER, has_colon
from .compress_grammar import (KEEP_WHOLE, LONGEST, MAIN_LONGEST, SHORTEST, SUBJECT_TAIL, _again, _finite,
                               _main_clause, _subject, _whole)

MAX_PARTS = 3
LONG_LEAD = 45
WHEN_WORDS = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July"
              "|August|September|October|November|December")
SPEECH = r"said|says|announced|admitted|acknowledged|claimed|argued|warned|reported|confirmed|told \w+|added|stated"
# "told the city council on Tuesday that ...": whom it was told goes with the verb
TOLD_SOMEONE = r"told (?:the|a) [a-z]+(?: [a-z]+)?(?= (?:on|last|this|that)\b)"
# ("its copper mine" is a pit: plain_english.MINE_OF_SPEAKER)
NARRATOR = re.compile(rf"\b(I|me|my|{MINE_OF_SPEAKER}|we|us|our|ours|you|your|yours)\b", re.IGNORECASE)


def compress(sentence: str, names: AbstractSet[str]) -> list[str]:
    """One long news sentence -> one to three short whole sentences with its main facts; [] when no
    safe result exists (the sentence is then left out, as before)."""
    s = _prune(finish(sentence.strip()))
    if words(s) < 8 or '"' in s or s.endswith("?") or NARRATOR.search(s):
        return []  # quotes and questions are plain_english's business; "we"/"you" is a voice, not a fact
    occasion, body = spoke_to(speaker_first(s.rstrip(".")))
    body, source = _according_to(_source_first(body))
    body, summary = _summing_up(body)
    body, context = _context_after_speaker(body)
    body, compared, anchor = _comparison(body)
    body, whom, whom_anchor = _trailing_whom(body)
    side: list[str] = ([finish(context)] if context else []) + ([summary] if summary else [])
    found = _subject_aside(body)  # an aside on the subject is the writer's, even when the subject speaks
    if found:
        body, side = found[0], [finish(x) for x in found[1]] + side
    frame = _speech_frame(body)
    goes_on = ""
    if frame:
        who, said, body = frame
        body, goes_on = _speaker_goes_on(without_writers_as(body))
        group = _trailing_group(body)  # "..., a group that ranges from A to B": the writer's description
        if group:
            body, side = group[0], side + [finish(g) for g in group[1]]
    body, lifted = _lift(body)
    if not frame:
        side += lifted  # inside "X said that ..." a side fact is X's word too: it is left out, not told as fact
    # who did it, told in the active after the rest; inside "X said ..." it is X's word, left out like a side fact
    # when what X said is too long to tell whole
    cut, agent = _agent_at_end(body)
    if frame and cut != body and words(f"{who} {said} {body}") > LONGEST:
        body = cut
    elif agent and not frame:
        body = cut
    main: list[str] = []
    units = _units(body) + ([finish(agent)] if agent and not frame else [])
    conditional = any(u.startswith("This depends") for u in units)
    for unit in units:
        # the main clause, or a clause with a figure or a day (the lead's "how many", "when"), may run to the
        # writer's own limit
        fitted = _fit(unit, names, MAIN_LONGEST if not main or re.search(rf"\d|\b(?:{WHEN_WORDS})\b", unit) else LONGEST)
        if not fitted:
            if not main:
                return []  # the main clause did not survive: the pieces after it mean little alone
            break
        main += fitted
    if frame:
        main = _report(main, who, said, names)
        again = _again(who, "said")
        if main and goes_on and again:
            more = finish(goes_on.format(again if goes_on.startswith("{") else lower_first_word(again)))
            if _good(more):
                main.append(more)  # "..., and said it would ...", "..., saying ...": the speaker's own words
    if not main:
        return []
    if compared and main:
        main = _with_comparison(main, compared, anchor, who if frame else "")
    if whom and main:
        main = _with_comparison(main, whom, whom_anchor, who if frame else "")  # "Many of them ..." after its people
    tail = [source] if source else []
    lead_in = [finish(occasion)] if occasion else []  # "X spoke to the Assembly on Tuesday." before what X said
    # a lead of 45 words or more may take a fourth short sentence: three would leave one of its facts out
    room = MAX_PARTS + (words(s) >= LONG_LEAD) - len(tail) - len(lead_in)
    out = lead_in + main[:room]
    room += len(lead_in)
    sides = [p for p in side if _good(p, MAIN_LONGEST)][:max(0, room - len(out))]  # a side fact of a lead may run as long as its main clause
    at = len(lead_in) + 1
    for p in sides:
        if re.match(r"(?:Their|Its|His|Her) ", p) and len(out) > at:
            out.insert(at, p)  # "Their homes were flooded ...": right after the subject it points back to
            at += 1
        else:
            out.append(p)
    out += tail
    if any(not _good(p, MAIN_LONGEST) for p in out):
        return []
    if conditional and not any("depends on whether" in p for p in out):
        return []  # "..., if it can find the money": told without its condition the fact would be a different one
    return out


def _with_comparison(main: list[str], compared: str, anchor: str, who: str) -> list[str]:
    """'This was up from 1,460 the year before.' said right after the sentence that ends with the figure's words
    (else left out: after another sentence "This" would stand for something else). Inside "X said ..." it is X's
    figure too: 'The figures said this was up from ...'."""
    at = next((i for i, p in enumerate(main) if p.rstrip(".").endswith(anchor)), None)
    if at is None:
        return main
    opener = re.match(r"According to [^,]{3,60}, ", main[at])
    if who:
        again = _again(who, "said")
        if not again or again in ("It", "They"):
            return main
        compared = f"{again} said {compared[:1].lower()}{compared[1:]}"
    elif opener:
        compared = f"{opener.group(0)}{compared[:1].lower()}{compared[1:]}"  # the figure's source goes with it
    elif re.search(rf"\b(?:{SPEECH})\b", " ".join(main)):
        return main  # "S, the company said": whose figure the earlier one is, the rules cannot say
    line = finish(compared)
    return main[:at + 1] + [line] + main[at + 1:] if _good(line) else main


def _prune(s: str) -> str:
    """Leave out what carries no main fact: party tags (", R-W.Va.,"), brackets, dashes round an aside, the
    news conference a speaker told reporters at."""
    s = _without_party_tags(s)
    s = re.sub(r"\s*\([^()]*\)|\s*\[[^\]]*\]", "", s)
    s = re.sub(r" \u2014 [^\u2014]{1,120}? \u2014 ", " ", s)
    # "Supporters, including A, B and C, said ...": the examples of who spoke; "Supporters said ..." stays true
    s = re.sub(rf"^([A-Z][^,\"]{{2,40}}), including [^,;\"]+(?:, [^,;\"]+){{0,4}}?, ((?:{SPEECH})\b)", r"\1 \2", s)
    s = re.sub(r", (?:including|such as) [^,;]*(?:, [^,;]*)*(?=\.$)", "", s)  # a list at the end
    # "told reporters at a news conference that": where it was said is left out, who said it and to whom stay
    s = re.sub(r"\b(told (?:reporters|journalists)) at an? (?:news|press) (?:conference|briefing)\b", r"\1", s)
    s = re.sub(r"\b([Ee])very one of the\b", lambda m: "All" if m.group(1) == "E" else "all", s)  # the same, shorter
    return re.sub(r"\s+", " ", s).strip()


def _summing_up(body: str) -> tuple[str, str]:
    """'S, a discovery that, if confirmed, would be the first ...' -> S and 'This would be the first ..., if
    confirmed.': a noun phrase after the whole clause that sums up its news; "this" stands for the news, and the
    condition stays with what depends on it."""
    m = re.fullmatch(r"(.{30,}?), (?:a|an) [a-z]+(?: [a-z]+)? that(?:, (if [a-z]+(?: [a-z]+){0,3}),)? "
                     r"((?:would|could|will|may|might|is|was) .{8,})", body)
    if not m or not _main_clause(m.group(1)):
        return body, ""
    told = f"This {m.group(3)}, {m.group(2)}" if m.group(2) else f"This {m.group(3)}"
    return m.group(1), finish(told)


def _according_to(body: str) -> tuple[str, str]:
    """'S, according to a study in X' -> S and 'A study in X said this.' (said last, once S is cut up)."""
    m = re.fullmatch(r"(.{20,}), according to ([^,]{3,80})", body)
    if not m:
        return body, ""
    return m.group(1), finish(f"{cap(m.group(2))} said this")


def _source_first(body: str) -> str:
    """'Trump, according to the White House, made a trip' -> 'The White House said Trump made a trip': the
    source stays with the fact it gives."""
    m = re.fullmatch(r"([^,]{3,60}?), according to ([^,]{3,60}), (.+)", body)
    if not m or not _finite(first_real(m.group(3))):
        return body
    return f"{cap(m.group(2))} said {m.group(1)} {m.group(3)}"


def _speech_frame(body: str) -> tuple[str, str, str] | None:
    """'The agency said on Sunday that S' -> ('The agency', 'said on Sunday that', S) when S is long."""
    m = re.fullmatch(rf"((?:[A-Z][\w.'-]*|[Tt]he|[Aa]n?)(?: [\w.'-]+){{0,8}}?) ((?:{TOLD_SOMEONE}|{SPEECH})"
                     rf"(?: in (?:its|their|his|her|a|an|the) [a-z]+(?: [a-z]+)?(?: issued| published| released)?"
                     rf"(?= on| that| [A-Z][a-z]+day))?"  # "in its forecast", "in a health advisory issued Monday"
                     r"(?: (?:at|during) (?:a|an|the) (?:news|press) (?:conference|briefing))?"  # where it was said
                     rf"(?: (?:on|last|this|in) [A-Z]\w+\.?(?: \d+)?| (?:on )?[A-Z][a-z]{{2,8}}\.? \d{{1,2}}| \w+day"
                     r"| (?:earlier )?(?:last|this) (?:week|month|year)| yesterday| today)?"
                     r"(?: in the (?:journal|magazine) [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,4}(?= that))?"  # where it was published
                     rf"(?: that)?) (.+)", body)
    if not m or words(m.group(3)) < 10 or m.group(1).split()[0] in ("But", "And", "So", "Or", "Yet"):
        return None  # "But she said X": the "but" sets her words against what came before
    toks = m.group(1).split()
    if any(is_verbish(t) and t[:1].islower() and not (t.endswith("ed") and nxt == "by")  # "in May" is no verb
           for t, nxt in zip(toks[1:], toks[2:] + [""])):
        return None  # a verb in the speaker: not a speaker ("Figures presented by X said" is one)
    clause = m.group(3)
    toks = clause.split()
    if not any(is_verbish(t) or _finite(t, n) for t, n in zip(toks[1:14], toks[2:15] + [""])):
        return None
    if not m.group(2).endswith("that") and re.match(r"(?:announced|confirmed|reported|admitted|acknowledged)", m.group(2)) \
            and not starts_clause(clause):
        return None  # "announced the launch of X, a tool that ...": a thing announced, not words reported
    return m.group(1), m.group(2), clause


def _speaker_goes_on(clause: str) -> tuple[str, str]:
    """'S, and said it would ...' at the end of what X said: the second verb is X's, not S's."""
    m = re.fullmatch(rf"(.{{15,}}?)(,?) (and|but) ((?:{SPEECH}|promised|pledged|vowed) .{{8,}})", clause)
    found = _subject(re.sub(r", [^,]{1,60},", "", m.group(1))) if m else None  # ("Tully, from X, parked ...")
    # ("said it welcomed the plan but warned": "it" is the speaker itself, so the warning is the speaker's either way;
    # "it praised the plan" is a whole clause in 19 letters, so the first part needs only 15)
    own_past = found is not None and (found[2].split()[0].endswith("ed") or found[2].split()[0] in IRREGULAR_PAST) \
        and found[1].lower() not in ("it", "he", "she", "they", "we")
    if m and (m.group(2) or m.group(4).startswith("said ") or not own_past):
        # (without a comma, "Tully parked his car and told staff he planned ..." joins two past verbs of the clause's
        # own subject: Tully told the staff, not the police who report it; "the country would keep its border open
        # but warned ..." pairs "warned" with "said", and ", and said" or "and said" again is X's)
        return m.group(1), ("{} " if m.group(3) == "and" else "But {} ") + m.group(4)
    m = re.fullmatch(r"(.{20,}?),? but that (\w+ \w+.{6,})", clause)
    if m and not _that_is_the_subject(m.group(2)):
        # "X said the council was grateful but that food banks should not ...": a second claim of the speaker's
        return m.group(1), "But {} said " + m.group(2)
    m = re.fullmatch(r"(.{20,}?), (saying|adding|warning|arguing|noting) (.{8,})", clause)
    if m:
        return m.group(1), "{} " + {"saying": "said", "adding": "added", "warning": "warned", "arguing": "argued",
                                    "noting": "noted"}[m.group(2)] + " " + m.group(3)
    return clause, ""


def _report(pieces: list[str], who: str, said: str, names: AbstractSet[str]) -> list[str]:
    """Each piece of a reported clause keeps its speaker: 'X said that P1.' + 'X also said P2.' A first piece
    too long for that is told first and its speaker after it ('P1.' + 'X said this on Sunday.') when it has no
    pronoun that would come before the name it stands for; else it is cut to fit."""
    again = _again(who, "said") or who
    head = SUBJECT_TAIL.sub("", " " + who).split()
    if again in ("They", "It") and head and re.fullmatch(r"[a-z]+", head[-1]):
        again = f"The {head[-1]}"  # "They also said they ...": "The lawyers also said they ..." is clearer
    verb, _, when = re.sub(r" that$", "", said).partition(" ")
    if verb == "told":  # "told the council on Tuesday that": "said this to the council on Tuesday"
        listener = re.match(r"(.+?)((?: (?:on|last|this) .+| \w+day)?)$", when)
        verb, when = ("said", f"to {listener.group(1)}{listener.group(2)}") if listener else (verb, when)
        if listener and listener.group(1) in ("it", "them", "him", "her", "us", "me"):
            when = listener.group(2).strip()  # "said this to it": whom "it" means the listener cannot tell
    # "The agency that manages their farms said this.": after the claim the speaker's relative clause is no clause
    # a line may hold; its noun names it ("The agency said this.")
    teller = re.sub(r"^(The (?:[a-z]+ )?[a-z]+) (?:that|which|who) .+$", r"\1", who)
    out: list[str] = []
    told_after = False  # the first piece was told before its speaker: "P1." + "X said this."
    queue = list(pieces)
    while queue:
        piece = queue.pop(0)
        if piece.startswith("This depends") and out:
            told = f"{again} said {piece[:1].lower()}{piece[1:].rstrip('.')}"  # the condition is the speaker's too
            if words(told) <= LONGEST:
                out.append(finish(told))
                continue
            break
        if piece.startswith("This was after ") and told_after and len(out) == 2 \
                and not re.search(r"\b(?:he|she|it|they|his|her|its|their|him|them)\b", piece):
            # (before the speaker is named, an "it" would point nowhere; "This was when" may be a time still to come)
            out.insert(len(out) - 1, piece)  # "P1." + "This was after E." + "X said this.": both are X's word
            continue
        if piece.startswith(("This was after ", "This was during ")) and out:  # ("This was when" may be a time to come)
            told = f"{again} also said {piece[:1].lower()}{piece[1:].rstrip('.')}"  # the time is X's word too
            if words(told) <= LONGEST:
                out.append(finish(told))
            continue  # too long: the time is left out; a next piece with its own subject does not lean on it
        if piece.split()[0] in ("This", "That", "But", "So"):
            break  # "This was after ...": whose words would it be?
        body = lower_first(piece, names).rstrip(".")
        if not out:
            told = f"{who} {said} {body}"
            if words(told) > MAIN_LONGEST and said == f"{verb} that":  # "said on Monday more than ..." misleads
                told = f"{who} {re.sub(r' that$', '', said)} {body}"
            named = re.search(r"\b(?!(?:for|of|and|the|at|in|on|to|from|with|by)\b)[a-z][a-z-]{2,} "
                              r"((?:[A-Z][\w'-]+ ){1,2}[A-Z][\w'-]+)$", who)  # after a job
            if words(told) > MAIN_LONGEST and named \
                    and words(f"{named.group(1)} {re.sub(r' that$', '', said)} {body}") <= MAIN_LONGEST:
                # "Opposition leader Greta Lind said the relief came too late for ...": without the job before the
                # name the claim fits after its speaker, and is not told first as if it were a fact
                told = f"{named.group(1)} {re.sub(r' that$', '', said)} {body}"
            if words(told) <= MAIN_LONGEST and (_whole(told) or not _whole(piece)):
                # ("said that between 10 and 20 cm of snow is likely" is no clause the rules can read: the piece,
                # whole alone, is told first)
                out.append(finish(told))
            elif not re.search(r"\b(?:he|she|it|they|his|her|its|their|him|them)\b", piece, re.IGNORECASE):
                out += [unshifted(piece), finish(f"{teller} {verb} this{' ' + when if when else ''}")]
                told_after = True
            else:
                refit = _fit(piece, names, MAIN_LONGEST - words(f"{who} {said}"))
                if not refit and not _leading_pronoun(piece):
                    # no shorter cut: the piece, whose "their" points inside it, is told before its speaker
                    out += [unshifted(piece), finish(f"{teller} {verb} this{' ' + when if when else ''}")]
                    told_after = True
                    continue
                if not refit:
                    return []
                out.append(finish(f"{who} {said} {lower_first(refit[0], names).rstrip('.')}"))
                queue = refit[1:] + queue
            continue
        # "The company also said it would also move ...": a piece that says "also" itself needs no second one
        told = f"{again} said {body}" if re.search(r"\balso\b", body) else f"{again} also said {body}"
        if words(told) > LONGEST:
            # too long with its speaker: a shorter cut of the piece that keeps its start ("It would remove 1,150
            # jobs in a town of about 19,000 people | where ...") may fit
            shorter = _trim(piece, LONGEST - (words(told) - words(body)))
            if shorter == piece or not _good(shorter):
                break
            told = f"{told[:len(told) - len(body)]}{lower_first(shorter, names).rstrip('.')}"
        out.append(finish(told))
    return out


def _leading_pronoun(piece: str) -> bool:
    """Would the piece, told before its speaker, open on a pronoun or name a person by "he"/"she"? "He would
    resign. Lee said this." leaves "he" pointing nowhere; "About 60,000 homes were told to boil their water."
    holds what "their" stands for."""
    found = {w.lower() for w in re.findall(r"\b(?:he|she|his|her|him)\b", piece, re.IGNORECASE)}
    named = re.match(r"(?!(?:The|A|An|This|That|These|Those|In|On|At|After|Before|When|If|But|And)\b)(?:[A-Z][a-z'-]+ )"
                     r"{0,2}[A-Z][a-z'-]+ [a-z]+", piece)
    if found and not (named and (found <= {"he", "his", "him"} or found <= {"she", "her"}) and "he" not in found
                      and "she" not in found):
        return True  # ("Rinaldi tested positive in a sample taken at his home.": "his" is the person it opens on)
    return re.search(r"\b(?:it|they|its|their|them)\b", " ".join(piece.split()[:2]), re.IGNORECASE) is not None


# --- each piece made to fit --------------------------------------------------------------------------------

def _fit(unit: str, names: AbstractSet[str], limit: int = LONGEST) -> list[str]:
    """A unit as whole sentences of at most LONGEST words: cut further where clauses.shorten can without
    losing words, else shortened by a trailing part it can do without; [] when nothing safe is left."""
    if not unit:
        return []
    unit = finish(unit)
    if words(unit) <= KEEP_WHOLE and _good(unit, limit):
        return [unit]  # short enough to follow: cutting it again would only repeat its subject
    from . import clauses
    clauses.in_compress = True
    try:
        pieces = shorten(unit, set(names))
    finally:
        clauses.in_compress = False
    fine = bool(pieces) and all(_good(p, limit) for p in pieces) and not any(
        (re.search(r"\b(?:weeks|days|months|years|hours|minutes|moments|shortly|soon|just|right|later)\.$", a)
         or is_verbish(a.rstrip(".").split()[-1])) and b.startswith("This ") for a, b in zip(pieces, pieces[1:]))
    # ("The ruling came." + "This was after a hearing.": the first piece says nothing alone)
    fine = fine and not any(_ends_in_list(a.rstrip(".")) for a in pieces[:-1]  # "A, B." + "C's win." cut a list
                            if re.search(re.escape(a.rstrip(".")) + r",? and ", unit))
    if fine and not _lost(unit, pieces) and (len(pieces) > 1 or words(unit) <= LONGEST):
        return pieces
    if _good(unit, limit):
        shorter = _trim(unit, LONGEST) if words(unit) > LONGEST else unit
        if shorter != unit and _good(shorter) and not re.search(r"\b[A-Z0-9]", unit[len(shorter) - 1:]) \
                and not re.search(CARRIES_MEANING, unit[len(shorter) - 1:]):
            return [shorter]  # over the usual length: a trailing phrase without a name or number can go
        return [unit]
    aim = _aim_split(unit) or warning_split(unit) or ruling_split(unit) or object_pair_split(unit)
    if aim and all(_good(p, limit) for p in aim):
        return aim
    for lighter in (_drop_participle_phrase(unit), _drop_size_phrase(unit), _drop_ing_phrase(unit),
                    _drop_purpose_phrase(unit)):
        if lighter != unit and _good(lighter, limit):
            return [lighter]
    trimmed = _trim(unit, limit)
    if trimmed != unit:
        return _fit(trimmed, names, limit)
    if fine and _clean_cut(unit, pieces[0]):
        return pieces
    return []


SUBORDINATE = re.compile(r"\b(?:when|where|because|if|while|although|though|whether|who|which|after|before|until"
                         r"|unless|since)\b", re.IGNORECASE)


def _open_clause(piece: str) -> bool:
    """'... grew last month when the Front.': a 'when' or 'who' with no verb after it was cut short."""
    found = list(SUBORDINATE.finditer(piece))
    if not found:
        return False
    after = piece[found[-1].end():].split()
    if after and after[0] == "to":
        return False  # "whether to approve a levy": the "to" verb completes it
    if len(after) > 1 and after[0].lower() in ("he", "she", "they", "it", "we", "there"):
        return False  # "because they owed more": a pronoun and the word after it are a clause
    if found[-1].group(0).lower() == "if" and after and re.fullmatch(r"[a-z]+ed", after[0].rstrip(".,")):
        return False  # "..., if confirmed": a condition told by its participle alone
    if found[-1].group(0).lower() in ("after", "before", "since", "until") :
        return False  # also prepositions: "after the vote"
    return not any(is_verbish(t) or _finite(t) for t in after)


def _good(piece: str, limit: int = LONGEST) -> bool:
    """A piece the writer may speak: short, whole, a sentence with a verb, not flagged by the lint."""
    n = words(piece)
    if has_colon(piece) or "\u2014" in piece or _open_clause(piece) or not _main_clause(piece.rstrip(".")):
        return False  # a list after a colon is a heading's shape; a dash joins two thoughts a listener must split
    # ("Police said this.": the speaker of the claim told before it is one word, and the line is whole)
    short_ok = SHORTEST <= n or None is not re.fullmatch(r"(?!(?:It|They|He|She|This|That)\b)[A-Z][a-z]+ said this\.", piece)
    return (short_ok and n <= limit and is_sentence(piece) and _whole(piece) and not odd_sentences([piece])
            and (piece[:1].isupper() or piece[:1].isdigit()) and piece.count('"') % 2 == 0 and not NARRATOR.search(piece))


"""Who speaks, said first and kept on every piece: 'X, according to Y.' / 'X, Y said.' -> 'Y said X.', so the
listener hears the speaker before the claim; 'X said A, and B.' -> 'X said A.' + 'X said B.'; a reported quote
cut into pieces keeps "X also said" on each, so no piece of it sounds like a fact. (reported.py turns the quotes
themselves into reported speech.)
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .grammar import LONGEST, cap, is_clause, is_verbish, lower_first, subject_and_verb, words
from .reported import SPEECH_VERBS
from .sentences import BODIES, short_name, speaker_again
from .vocabulary import common_words


# the last word of a firm's or a body's name ("Blue Line Ferries", "Harlow Metro"), which no person's name ends in
ORGANISATION_WORDS = (r"(?:Ferries|Airlines?|Airways|Group|Company|Co|Corp|Corporation|Inc|Ltd|Bank|Council|Authority"
                      r"|Trust|Agency|Party|Union|Association|Society|Institute|University|College|Ministry|Department"
                      r"|Office|Services?|Systems|Energy|Motors|Media|News|Club|Foundation|Fund|Partners|Holdings"
                      r"|Industries|Railways?|Lines|Transport|Police|Board|Commission|Court|Network|Labs?|Technologies"
                      r"|Health|Power|Water|Rail|Metro|Press|Books|Records|Studios|Games|Artists|Research|Capital)")


# a speech tag at the end of a claim whose verb says no more than "said": "..., the returning officer, Helen Marsh,
# announced at the town hall." Told with "said", the tag goes first as every other tag does; left as it was, the
# tag was cut off as a sentence of its own ("Helen Marsh announced at the town hall.": announced what?)
ANNOUNCED_TAG = re.compile(r"^(?P<claim>[^\"]{15,}), (?P<who>(?:[\w.'-]+,? ){1,8}?)(?:(?:have|has) )?(?:announced|confirmed|stated)"
                           r"(?P<when>(?: (?:on|at|in|during|late on|early on) [^,\"]{1,40}| yesterday| today"
                           r"| (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?)\.$")


# who may close a claim with "announced": a name, a body ("the council"), or one of these
TAG_PEOPLE = {"officer", "officers", "official", "officials", "minister", "spokesman", "spokeswoman", "spokesperson",
              "firm", "chief", "director", "manager", "leader", "chairman", "chairwoman", "president", "organisers",
              "organizers", "mayor", "secretary", "executive", "governor", "representative", "representatives",
              "spokespeople", "aides", "lawyers", "publicists"}


def announced_as_said(s: str) -> str:
    """'A, X announced on Monday.' -> 'A, X said on Monday.' (only a tag that closes the sentence, whose words
    before the verb name someone: not "..., but was dropped when his suspension was announced.")."""
    m = ANNOUNCED_TAG.match(s)
    if not m or not subject_and_verb(m["claim"].split(", ")[0]):
        return s
    who = m["who"].replace(",", "").split()
    if who[0].lower() in ("but", "and", "or", "so", "when", "while", "after", "before", "as", "if", "which", "who",
                          "that", "because", "until", "since", "a", "an") or any(is_verbish(t) for t in who) \
            or "than" in who:
        return s
    # "representatives for the couple": the people named before "for" or "of" speak for the ones after it
    head = " ".join(who).split(" for ")[0].split(" of ")[0].split()
    if not (who[-1][:1].isupper() or who[-1].lower() in BODIES or who[-1].lower() in TAG_PEOPLE
            or head[-1].lower() in TAG_PEOPLE
            or re.search(r"[a-z](?:ers|ors|ists)$", who[-1])):  # "..., keepers have announced": people who do a job
        return s  # "..., a deal announced at the beginning of the week": "a deal" did not announce it
    return f"{m['claim']}, {m['who']}said{m['when']}."


# a named person and the body they work for, as a speaker: "Sgt. Ann Lee of the Kent County police department"
NAME_OF_BODY = re.compile(r"(?:[A-Z][\w.'-]* ){1,3}[A-Z][\w'-]* of the (?:[A-Z][\w.&'-]* ){1,4}(?:[a-z]+ )?[a-z]+")


def attribution_first(s: str, names: set[str]) -> str:
    """'X, according to Y.' / 'X, Y said.' -> 'Y said X.' so the listener hears who speaks first."""
    # ("However, X rose, the figures showed": the link word would land inside the claim, "showed that however,")
    body = re.sub(r"^(?:However|Meanwhile|Moreover|Furthermore|In addition|Additionally|Separately), (?=.{15,}, (?:[^,]"
                  r"{2,50}) (?:said|says|reported|showed)\.?$)", "", s.rstrip("."))
    # "Ann Lee, head of research at Orbit Works, pointed out that ..." -> "Ann Lee pointed out that ...": the
    # job between commas is a side remark that keeps the listener waiting for the verb
    body = re.sub(r"^((?:[A-Z][\w.'-]* ){0,3}[A-Z][\w.'-]*), [^,\"]{3,80}, (said|says|pointed out|added|noted|explained"
                  r"|warned|wrote|told [A-Z]\w+|told reporters)\b", r"\1 \2", body)
    # "Its regional secretary, Martin Kasper, said ..." -> "Martin Kasper said ...": the job before the name, too
    # (not "Her daughter, Ilse Lane, said": who the speaker is to the story's person is part of the news; and
    # only in a sentence too long to say whole, where the job would be cut off with the rest)
    body = body if words(body) <= LONGEST else re.sub(r"^(?:(?:Its|The|Their|Our) )(?!(?:[a-z-]+ ){0,3}(?:daughter|son|wife|husband|mother|father|brother"
                  r"|sister|partner|friend|widow|widower|niece|nephew|cousin|aunt|uncle|grandson|granddaughter)\b)"
                  r"(?:[a-z][\w-]* ){0,3}[a-z][\w-]*, ((?:[A-Z][\w.'-]* ){1,3}"
                  rf"(?!{ORGANISATION_WORDS}\b)[A-Z][\w.'-]*), (said|says|added|told [A-Z]\w+|told reporters)\b",
                  r"\1 \2", body)  # (a firm's name, "Blue Line Ferries", is no person: its job says who it is)
    # "..., the agency said, citing officials." the source of the source is left out
    body = re.sub(r"^(.{15,}, [^,]{2,60} (?:said|says)), (?:citing|quoting|offering|pointing to|noting|adding) [^,]{2,80}$",
                  r"\1", body)
    # "The reason, Okafor said, is the cost." -> "Okafor said the reason is the cost."
    # ("Freezing, she explained later, stops the clock." -> "She explained later that freezing stops the clock.")
    m = re.fullmatch(r"([A-Z][^,\"]{6,}?), ((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,3}|he|she|they|it|the \w+"
                     r"|officials|experts|analysts|police|researchers|scientists|doctors|critics|lawyers) "
                     r"(said|says|added|(?:explained|told reporters|argued|noted|warned|recalled|wrote)"
                     r"|(?:said|explained|recalled|wrote) (?:later|at the time|afterwards)), "
                     r"((?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|[a-z]+ed"
                     r"|[a-z]{3,}[^s\W]s) .{5,}|that .{10,})", body)  # ("It was more likely, she said, that ...")
    if m:
        that = "" if m.group(3) in ("said", "says", "added") else " that"
        return f"{cap(m.group(2))} {m.group(3)}{that} {lower_first(m.group(1), names)} {m.group(4)}."
    # "The key to success, says Buser, is the network." -> "Buser says the key to success is the network."
    m = re.fullmatch(r"([A-Z][^,\"]{6,}?), (said|says) ((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,3}), "
                     r"((?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must) .{5,})", body)
    if m:
        return f"{m.group(3)} {m.group(2)} {lower_first(m.group(1), names)} {m.group(4)}."
    # "But the city has had a place in his heart since 1990, Ortiz said, ever since he worked at the port."
    # -> "But Ortiz said the city has ... since 1990, ever since he worked at the port."
    m = re.fullmatch(r"((?:But|And|So|Yet) )?([A-Za-z][^,\"]{10,}?), ((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,3}|he|she|they"
                     r"|the \w+) (said|says|added), ([^\"]{5,})", body)
    if m and is_clause(m.group(2)) and not re.match(rf"(?:that|{SPEECH_VERBS})\b", m.group(5)):
        return f"{m.group(1) or ''}{cap(m.group(3)) if not m.group(1) else m.group(3)} {m.group(4)} " \
            f"{lower_first(m.group(2), names)}, {m.group(5)}."
    m = re.fullmatch(r"(.{15,}?),? according to (.{2,60})", body)
    if m and re.match(r"(?:its|their|his|her) ", m.group(2)):
        return s  # "..., according to its transport authority": "its" points back into the claim; said first, at nothing
    if m and "," not in m.group(2):
        return f"{cap(m.group(2))} {_says_or_shows(m.group(2), m.group(1))} {lower_first(m.group(1), names)}."
    m = re.fullmatch(r"According to ([^,]{2,60}), (.{15,})", body)
    if m:
        return f"{cap(m.group(1))} {_says_or_shows(m.group(1), m.group(2))} {lower_first(m.group(2), names)}."
    m = re.fullmatch(r"(.{15,}), ((?:[A-Z][\w.'-]* ?){1,4}|(?:the |a |an )?[\w.' -]{2,60}?|he|she|they) "
                     r"(said|says|reported|reports|added|wrote|warned|noted|explained|told [A-Z][\w'-]+|told reporters"
                     r"|(?:(?<=figures )|(?<=data )|(?<=records )|(?<=results )|(?<=tests )|(?<=study )|(?<=survey )"
                     r"|(?<=report ))showed)"
                     r"( (?:on|last|this|in|to|at|during) [^,]{1,40}| yesterday| today)?", body)
    if m and (words(m.group(2)) <= 7 or NAME_OF_BODY.fullmatch(m.group(2))) \
            and not re.match(r"(?:but|and|so|yet|or|while|although|though)\b", m.group(2)):
        # ("Cpl. Ann Lee of the North Coast police detachment": a named person and the body they speak for)
        # ("..., but patients were warned to expect waits": a clause of its own, no speech tag)
        # ("..., the figures showed": what figures show is told with "that", as "reported")
        when = f"{m.group(4)} that" if m.group(4) else " that" if m.group(3).startswith(("told", "report", "showed")) \
            else _that(m.group(1))
        who, claim = _owner_named_first(cap(m.group(2)), m.group(1)) or (cap(m.group(2)), m.group(1))
        # "X is ..., its manager said" -> "The manager said X is ...": said first, "Its" would point at what comes after
        who = re.sub(r"^(?:Its|Their|His|Her) (?=[a-z][a-z -]*$)", "The ", who)
        itself = _body_of_itself(who, claim)
        if itself:  # "X will cut 1,450 jobs, the company said" -> "X said it will cut ...", not "The company said X ..."
            return f"{itself[0]} {m.group(3)}{when} it {itself[1]}."
        return f"{who} {m.group(3)}{when} {lower_first(claim, names)}."
    turned = _tag_turned_round(body, names)
    if turned:
        return turned
    # "..., said Lt. Tom Hart, a police spokesman." -> "Lt. Tom Hart said ...": the job after the name goes, as
    # it does when it stands before "said" (above)
    m = re.fullmatch(r"(.{15,}), (said|says) ([A-Z][^,]{1,50})", body) \
        or re.fullmatch(r"(.{15,}), (said|says) ((?:[A-Z][\w.'-]* ){0,3}[A-Z][\w.'-]*), ((?:a |an |the )?[^,\"]{3,80})", body)
    if m and not (m.lastindex == 4 and any(is_verbish(t) for t in m.group(4).split())):  # "..., says Lee, is X"
        return f"{m.group(3)} {m.group(2)}{_that(m.group(1))} {lower_first(m.group(1), names)}."
    # "..., says certified financial planner Eric Roberge." -> "Eric Roberge says ...": a job with no comma
    m = re.fullmatch(r"(.{15,}), (said|says) ((?:[a-z][a-z-]* ){1,4})((?:[A-Z][\w.'-]* ){1,3}[A-Z][\w.'-]*)", body)
    if m and not any(t in ("that", "in", "on", "at", "to", "today", "yesterday", "earlier", "later", "also", "then", "now",
                           "last", "this") for t in m.group(3).split()):
        return f"{m.group(4)} {m.group(2)}{_that(m.group(1))} {lower_first(m.group(1), names)}."
    # "..., said Western Rail's route director, Anil Chaudry." -> "Anil Chaudry said ...": the job before the name
    m = re.fullmatch(r"(.{15,}), (said|says) (?:(?:the |a |an )?[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}'s? |the [a-z]+'s? )?"
                     r"(?:[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}), ((?:[A-Z][\w.'-]* ){1,3}[A-Z][\w.'-]*)", body)
    if m and not any(is_verbish(t) for t in body[m.end(2):m.start(3)].split()):
        return f"{m.group(3)} {m.group(2)}{_that(m.group(1))} {lower_first(m.group(1), names)}."
    return s if body == s.rstrip(".") else body + "."


# "..., said the firm's newly named executive chair Ana Ruiz in an email to staff that was seen by Reuters": a job
# with no comma before the name, the occasion after it, and the source of the source at the end
_TAG_AFTER_CLAIM = re.compile(
    r"(?P<claim>[A-Z].{15,}), (?P<verb>said|says|added|wrote) "
    r"(?P<job>(?:(?:the|a|an) )?(?:[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,3}'s? )?(?:[a-z][a-z'-]* ){0,5})"
    r"(?P<name>(?:[A-Z][\w.'-]* ){0,2}[A-Z][\w'-]+)"
    r"(?P<occasion> (?:in|on|at|during) (?:an?|the|his|her|their) (?:email|e-mail|statement|letter|interview|memo|note"
    r"|blog post|post|video|speech|news conference|press conference|briefing|call|message)"
    r"(?: (?:to|with) (?:[a-z]+|[A-Z][\w'-]*)(?: (?!that\b|which\b|who\b)[a-z]+| [A-Z][\w'-]*){0,2})?"
    r"| on (?:Twitter|X|Facebook|Instagram|LinkedIn|TikTok|social media))?"
    r"(?: (?:that|which) (?:was|were) (?:reviewed|seen|obtained) by (?:the )?[A-Z][\w.&' -]*"
    r"| seen by (?:the )?[A-Z][\w.&' -]*)?")
_JOB_PARTICIPLES = ("appointed", "elected", "hired", "installed", "promoted")


def _tag_turned_round(body: str, names: set[str]) -> str | None:
    """'..., said executive chair Ana Ruiz in an email to staff.' -> 'Ana Ruiz said in an email to staff that ...'
    (or, when that is too long to say in one breath, 'Ana Ruiz said ...'): the claim is never told without its
    speaker. None when the words before the name are not a job ("said the results showed Lee ...") or the name
    may be the end of an organisation's ("the head of the Federal Reserve Jerome Powell")."""
    m = _TAG_AFTER_CLAIM.fullmatch(body)
    if not m or '"' in m.group("claim") or re.fullmatch(ORGANISATION_WORDS, m.group("name").split()[-1]):
        return None  # (a firm's name is not cut from its job: the later rules keep it whole)
    job = m.group("job").split()
    if job and job[-1] in ("of", "at", "for", "from", "in", "on", "with", "to", "and", "the", "a", "an"):
        return None
    for before, word in zip([""] + job, job):
        if word in ("that", "who", "which") or (is_verbish(word) and not before.endswith("ly")
                                                and word not in _JOB_PARTICIPLES):
            return None
    name, verb, claim = m.group("name"), m.group("verb"), lower_first(m.group("claim"), names)
    occasion = m.group("occasion") or ""
    with_occasion = f"{name} {verb}{occasion} that {claim}."
    if occasion and words(with_occasion) <= LONGEST:
        return with_occasion
    return f"{name} {verb}{_that(m.group('claim'))} {claim}."


# sources that show rather than speak: "according to data from MarketAxess" is not "Data said" (a source with
# its own verb, "data released by the ministry", keeps "said": the rules that cut the claim know that verb)
_SHOWING = re.compile(r"(?:the |new |official |latest |public |government )*(?:data|figures|statistics|numbers"
                      r"|evidence|estimates|results|polls?|surveys?)(?: (?:from|by|of|on) [A-Z][\w&.' -]*)?",
                      re.IGNORECASE)


def _says_or_shows(source: str, claim: str) -> str:
    """'said' for a speaker, 'showed that' for data, figures or polls."""
    return "showed that" if _SHOWING.fullmatch(source) else f"said{_that(claim)}"


OWNER_PRONOUNS = {"Her": "she", "His": "he", "Their": "they"}


def _owner_named_first(who: str, claim: str) -> tuple[str, str] | None:
    """'Pop star Ann Lee has cancelled ..., her management said' told speaker first would open on "Her management",
    before anyone is named: the name goes to the speaker ("Pop star Ann Lee's management said that she has ...")."""
    pronoun, _, rest = who.partition(" ")
    m = re.match(r"((?:[A-Za-z]+ ){0,2}?[A-Z][\w-]+ [A-Z][\w-]+) (?=(?:has|have|had|is|was|were|are|will|would|can"
                 r"|could|may|might|must|should|did|does)\b|[a-z]+ed\b)", claim)
    if pronoun not in OWNER_PRONOUNS or not rest or not m or "'" in m.group(1):
        return None
    return f"{m.group(1)}'s {rest}", f"{OWNER_PRONOUNS[pronoun]}{claim[len(m.group(1)):]}"


def _that(claim: str) -> str:
    """' that' when a claim opens with a phrase: "NBC reported that in one cell, ..." (without it the
    phrase would seem to say where the reporting was)."""
    first = claim.split()[0].lower() if claim.split() else ""
    return " that" if first in ("in", "on", "at", "during", "after", "before", "since", "by", "for", "with", "when",
                                "while", "as", "if", "last", "this", "over", "under", "among", "without",
                                # "The police said of the £3.8 million lost, ..." would be "spoke about" the money
                                "of", "from", "until", "between", "despite") else ""


# verbs that report what someone says or thinks, whose "that" clauses are theirs
REPORT_VERBS = (r"said|says|estimated|estimates|warned|warns|argued|argues|found|finds|believes|believed|claimed|claims"
                r"|predicted|predicts|expects|expected|added|reported|reports|responded|replied|insisted|stressed"
                r"|noted|explained|admitted"
                r"|told (?:the |a |an |his |her |their |its |our )?[\w'-]+")  # "told the jury", "told reporters"


# "the company", "the 140-year-old company": a body that speaks of itself in the claim it tags
_BODY_SPEAKER = re.compile(r"The (?:[\w-]+ ){0,2}(?:company|firm|group|chain|retailer|carmaker|maker|airline|operator"
                           r"|business|bank|lender|club|charity)")
# the claim's subject: a name, after what it is in small letters ("carmaker Castleford Motors", "Pellow & Finch")
_NAMED_SUBJECT = re.compile(r"(?:[a-z][\w-]* ){0,2}((?:[A-Z][\w.'-]*)(?: (?:&|and|of) [A-Z][\w.'-]*| [A-Z][\w.'-]*){0,4})"
                            r" ((?:will|would|has|have|had|is|was|could|can|may|plans|[a-z]+ed)\b.*)")


def _body_of_itself(who: str, claim: str) -> tuple[str, str] | None:
    """'The company' + 'carmaker Castleford Motors will cut 1,450 jobs' -> ('Castleford Motors', 'will cut 1,450
    jobs'): the body is named where it speaks, and says "it" of itself."""
    first = claim.split(" ", 1)[0]
    if re.match(r"[A-Z][a-z-]+ [a-z]", claim) and first.lower() in common_words():
        claim = claim[:1].lower() + claim[1:]  # "Fashion chain Pellow & Finch": what it is, then its name
    m = _NAMED_SUBJECT.fullmatch(claim)
    if not _BODY_SPEAKER.fullmatch(who) or not m or m.group(1) in ("The", "A", "An", "It", "This", "He", "She"):
        return None
    return m.group(1), m.group(2)


def split_report(s: str) -> list[str] | None:
    """'X said A, and B.' with A and B each a clause -> 'X said A.' + 'X also said B.' ('But X also said B.'
    for "but"), so a long report is told whole in two sentences instead of losing its second half."""
    m = re.match(r"((?:[A-Z][\w.'-]*|[Tt]he [\w'-]+|He|She|They)(?: [A-Z][\w.'-]*){0,3}) said (.{20,}?), (and|but) (.{15,})\.$", s)
    # "X said A and that B": two things said, each told with its speaker (cut at "and", B kept a stray "and that")
    two = re.match(rf"((?:[A-Z][\w.'-]*|[Tt]he [\w'-]+|He|She|They)(?: (?:of )?[A-Z][\w.'-]*){{0,4}}) ({REPORT_VERBS})"
                   r" (that )?(.{20,}?),? (and|but) that (.{15,})\.$", s)
    # (the first claim is what follows its "that": "told the jury in his opening speech that A")
    claim = "" if two is None else re.sub(r"^.{3,40}? that ", "", two.group(4)) if two.group(2).startswith("told") \
        else two.group(4)
    two_claims = two is not None and '"' not in s and is_clause(claim) and is_clause(two.group(6))
    if two is not None and two_claims:
        if two.group(2) != "said":  # "X estimated that A and that B": "X also estimated that B"
            again = speaker_again(two.group(1))
            if two.group(5) == "but":  # "But the inquiry also found ...", "But she also found ..."
                again = f"But {after_but(again)}"
            # ("told the jury in his opening speech that A": the words before its "that" stay where they were)
            first = f"that {two.group(4)}" if two.group(3) or " that " not in two.group(4) else two.group(4)
            return [f"{two.group(1)} {two.group(2)} {first}.", f"{again} also {two.group(2)} that {two.group(6)}."]
        speaker, _, _, first, link, second = two.groups()
    elif m and '"' not in s:
        speaker, first, link, second = m.groups()
    else:
        return None
    be = re.match(r"((?:he|she|they|it) (?:was|were|is|are)) (?!not\b)[a-z]", first)
    if link == "but" and be and second[:1].islower() and not is_verbish(second.split()[0]) \
            and re.match(r"[a-z]+ (?:that|to|about|with|for|at|by)\b", second):
        # "X said he was happy to get the prize, but sad that it ...": the second word shares "he was"
        second = f"{be.group(1)} {second}"
    toks = second.split()
    if re.search(r"\b(?:that|which|who|whom)\b", " ".join(toks[:6])) and not is_clause(second):
        return None  # "sad that it happened": a clause inside, not a clause of its own
    # the second half has its own subject within its first few words: "for a long time they did not know"
    subject = 0 if two_claims else next((i for i, tok in enumerate(toks[:6]) if tok.lower() in ("he", "she", "they",
                                                                                          "it", "there")
                                         or (i == 0 and tok[:1].isupper())), None)  # ("and that B": B is a clause)
    if subject is None or not is_clause(" ".join(toks[subject:])) or not is_clause(first):
        return None
    again = short_name(speaker) or speaker
    # "said", not "also said": the pieces may be cut again, and a cut keeps "X said" whole
    said = f"{again} said {second}." if link == "and" else f"But {after_but(again)} said {second}."
    return [f"{speaker} said {first}.", said]


# a plural noun that can be a whole subject ("Unions", "Parents", "Police"); a firm's one-word name ("Apple") is none
PLURAL_SUBJECT = re.compile(r"[A-Z][a-z]+s|Police|People|Staff|Children|Women|Men")


def after_but(speaker: str, names: AbstractSet[str] | None = None) -> str:
    """The speaker as it reads after "But": "But they", "But the union", "But patients' group X"; a name keeps
    its capital ("But Carter", and "But Jones": a lone word may be a surname). Given the article's names, a lone
    plural noun that is none of them is lower case again ("But unions")."""
    if speaker in ("He", "She", "They"):
        return speaker.lower()
    first, _, rest = speaker.partition(" ")
    if first == "The" or (re.sub(r"'s?$", "", first).lower() in common_words() and rest[:1].islower()):
        return first.lower() + speaker[len(first):]  # "Patients' group X said ..." -> "But patients' group X said"
    if names is not None and not rest and PLURAL_SUBJECT.fullmatch(first) and first not in names \
            and first.lower() in common_words():
        return first.lower()
    return speaker


def _who_the_speaker_is(part: str, speaker: str, again: str) -> bool:
    """'Abernathy is the transport minister.', cut from "The transport minister, Colin Abernathy, said ...": the
    writer's words about the speaker, never something the speaker said."""
    return re.match(rf"(?:{re.escape(speaker)}|{re.escape(again)}) (?:is|was) (?:the|a|an|its|their|his|her"
                    r"|[A-Z][\w'-]*'s)\b", part) is not None  # "... is Greywater's council leader."


_HOW_SAID = re.compile(r"This was (?:in|during|at|on) (?:a|an|his|her|their|its|the) (?:[\w-]+ ){0,2}(?:statement|letter"
                       r"|interview|speech|post|video|note|news conference|press conference|briefing)\b")


def keep_speaker(parts: list[str], names: AbstractSet[str]) -> list[str]:
    """A reported quote cut into pieces keeps its speaker on each: 'Beek said they lost the baby.' +
    'They are sad.' -> ... + 'Beek also said they are sad.', so no piece of a quote sounds like a fact."""
    m = re.match(r"((?:[A-Z][\w.'-]*|[Tt]he [\w'-]+|He|She|They)(?: [A-Z][\w.'-]*){0,3}) (?:said|thinks|believes|feels"
                 r"|hopes|expects|fears|worries|doubts|suspects) ", parts[0])
    # "Fifty-one percent say that A." + "He should go.": a poll's share or a group says the rest of the quote too
    present = re.match(r"((?:[A-Z][\w'-]*)(?: [a-z][\w'-]*){1,2}) (say|says) ", parts[0]) if not m else None
    if present:
        told = [parts[0]]
        for part in parts[1:]:
            said = part if re.search(r"\b(?:said|says|say|told|asked)\b", part) \
                else f"{present.group(1)} also {present.group(2)} {lower_first(part, names)}"
            if words(said) > LONGEST:
                break  # too long with the speaker added, and without one it would sound like a fact
            told.append(said)
        return told
    if not m:
        return parts
    speaker = m.group(1)
    again = short_name(speaker) or (speaker if speaker in ("He", "She", "They") else speaker)
    out = [parts[0]]
    for part in parts[1:]:
        if part.startswith("But "):
            who = again[:1].lower() + again[1:] if again in ("He", "She", "They") else again
            said = f"But {who} also said {lower_first(part[4:], names)}"
        else:
            # ("The firm also said it would also ...": a piece that says "also" itself needs no second one)
            also = "" if re.search(r"\balso\b", part) else " also"
            said = f"{cap(again)}{also} said {lower_first(part, names)}"
            own = re.match(rf"{re.escape(speaker)} (?=(?:[a-z]+[^s\W]s|is|was|has|will|would|can|could|may)\b)", part)
            if speaker.startswith("The ") and own:
                # "The service also said the service answers 1,100 calls": a body speaking of itself says "it"
                said = f"{cap(again)}{also} said it {part[own.end():]}"
        # ("The government said nothing until ..." is an act in the claim, not a speaker of its own)
        if re.search(r"\b(said|says|told|asked)\b(?! (?:nothing|little|very little|no more|anything)\b)", part) \
                or _who_the_speaker_is(part, speaker, again) \
                or re.match(rf"(?:But )?(?:{re.escape(again)}|{re.escape(again.lower())}|[Tt]he [\w'-]+|he|she|they)"
                            r" (?:also )?(?:added|warned|insisted|stressed|admitted|conceded|noted|argued)"
                            r" that\b", part) or _HOW_SAID.match(part):
            said = part  # already says who, or is the writer's line saying who the speaker is (or how they spoke:
            # "This was in a statement.", never "He also said this was in a statement.")
        elif words(said) > LONGEST:
            break  # too long with the speaker added, and without one it would sound like a fact
        out.append(said)
    return out


# "S, its distributor said, and will be shown ...": a speaker between two verbs of one subject
_SPEAKER_BETWEEN = re.compile(r"(?P<claim>(?P<subject>(?:The|the|[A-Z][\w'-]*)(?: [\w'-]+){0,5}?) "
                              r"(?P<aux>will|would|could|can|may|might|is|are|was|were|has|have|had) [^,\"]{8,}), "
                              r"(?P<who>(?:its|their|the|[A-Z][\w.'-]*)(?: [\w.'-]+){0,4}?) "
                              r"(?:said|says|added|announced|confirmed)(?P<day> on \w+day)?, and "
                              r"(?P<rest>(?:will|would|could|can|may|might|is|are|was|were|has|have|had)\b[^,\"]{8,})\.?")


def speaker_between_verbs(s: str) -> list[str] | None:
    """'The film will return to 80 cinemas from Friday, its distributor said, and will be shown at the festival in
    May.' -> 'The film's distributor said the film will return to 80 cinemas from Friday.' + 'The film's
    distributor said the film will be shown at the festival in May.' The speaker holds for both verbs: cut at
    the speaker, the first claim was told as a fact and the second lost its subject. None for any other shape."""
    m = _SPEAKER_BETWEEN.fullmatch(s.strip())
    if not m or m.group("subject").split()[0].lower() in ("it", "he", "she", "they", "this", "that"):
        return None
    subject = m.group("subject")
    who = m.group("who")
    owned = re.fullmatch(r"(?:its|their) (.+)", who)
    if owned:  # "its distributor": whose is plain only from the subject ("the film's distributor")
        who = f"{subject[:1].lower()}{subject[1:]}'s {owned.group(1)}" if subject.split()[0] in ("The", "the") else None
    if not who:
        return None
    who = cap(who)
    said = f"said{m.group('day')} that" if m.group("day") else "said"  # "said on Monday that": the day is kept
    # (no "also" on the second: the plan may say it without the first)
    return [f"{who} {said} {_article_small(m.group('claim'))}.",
            f"{who} said {_article_small(subject)} {m.group('rest').rstrip('.')}."]


def _article_small(phrase: str) -> str:
    """'The film will ...' after "said": an opening article in small letters; a name keeps its capital."""
    return phrase[:1].lower() + phrase[1:] if phrase.split()[0] in ("The", "A", "An") else phrase

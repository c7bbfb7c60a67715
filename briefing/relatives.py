"""Relative clauses told as sentences of their own, and the tests that a cut-off piece is a noun phrase rather
than a clause, for briefing/clauses.py.

'Farmers, who lost crops, fear X.' -> 'Farmers fear X.' + 'They lost crops.' The "who" says whom the second
sentence is about; where it cannot, the sentence stays whole. Appositives ("Ann Lee, a professor at the
university, said X.") are in briefing/appositives.py.
"""
from __future__ import annotations

import re

from .sentences import speaker_again
from .vocabulary import common_words
from .split_checks import list_goes_on
from .noun_that import _noun_that
from .compress_objects import object_fits_before
from .grammar import (AUXILIARIES, DETERMINERS, IRREGULAR_PAST, PLURAL_VERBS, PRESENT_VERBS, SHORTEST_PART,
                      SINGULAR_VERBS, cap, closed_words, finish, first_real, is_verbish, words)


PRONOUN_WORDS = {"it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those", "them", "him", "her",
                 "us", "me", "there"}


def _pronoun_for(noun_phrase: str, verb: str, relative: str) -> str:
    """Who a split-off relative clause is about: a name, "It" or "They"."""
    words_ = noun_phrase.split()
    if words_ and all(w[:1].isupper() for w in words_) and len(words_) <= 4:
        return noun_phrase  # "The Northern Weather Bureau, which had ...," -> "The Northern Weather Bureau had ..."
    if relative == "who" and len(words_) > 4 and re.search(r"(?:^| )[a-z][\w-]* [A-Z][\w'-]+ [A-Z][\w'-]+$", noun_phrase):
        # "Former Rangers captain Mark Dryden, who now works ...": one person after a job, said short ("Dryden now
        # works ..."), never "They now works" (an adverb after "who" hides the verb's number)
        return speaker_again(noun_phrase)
    if verb.lower() in ("had", "will", "would", "could", "can", "might", "must", "should", "did"):
        plural = bool(words_) and re.search(r"(?:[^siu]s|people|police)$", words_[-1].lower()) is not None
    else:
        plural = verb.lower() in PLURAL_VERBS or (not verb.lower().endswith("s") and verb.lower() not in SINGULAR_VERBS
                                                  and not verb.lower().endswith("ed")
                                                  and verb.lower() not in IRREGULAR_PAST)
    if plural:
        return "They"
    if relative == "which" or len(words_) <= 4:
        return "It" if relative == "which" else cap(noun_phrase)
    again = speaker_again(noun_phrase)  # a long noun phrase said short, never "They" for one
    return again if again not in ("They", "It") else cap(noun_phrase)


# "who police believe drove ...": a relative clause whose own subject believes or says what the noun did
BELIEF_VERBS = r"believe|believes|believed|think|thinks|thought|say|says|said|suspect|suspects|suspected|allege|alleged"


# last words of a team's name, which never name it alone ("Marston Athletic" is not "Athletic")
TEAM_WORDS = {"athletic", "united", "city", "rovers", "rangers", "town", "wanderers", "albion", "county", "fc",
              "orient", "hotspur", "villa", "argyle", "thistle", "academicals"}


def _relative_clauses(s: str, names: set[str]) -> list[str]:
    """'Farmers, who lost crops, fear X.' -> 'Farmers fear X. They lost crops.'; 'A, which R.' -> 'A. It R.'"""
    body = s.rstrip(".")
    # a clause in the middle: "<subject>, who|which <R>, <verb ...>"
    m = re.fullmatch(r"((?:[\w'-]+ ){0,5}?[\w'-]+), (who|which) ((?:[^,]|,(?=\d)){4,}), (.+)", body)
    if m and list_goes_on(m.group(3), m.group(4)):
        return [s]  # "The objects, which include axes, | spears and swords, are old": the list goes on past the comma
    if m and m.group(2) == "which" and verb_in_place(first_real(m.group(4))) \
            and (told := _object_relative(m.group(1), m.group(3))):
        return [finish(f"{m.group(1)} {m.group(4)}"), told]
    if m and verb_in_place(first_real(m.group(3))) and verb_in_place(first_real(m.group(4))) \
            and not re.search(r"\b(?:of|in|on|at|for|with|from|by)$", m.group(1)):
        subject = m.group(1)
        toks = subject.split()
        # (a word in -ed after "the" describes the noun: "The animated film X" has no verb, so no "Film X ...")
        verb_at = max((i for i, t in enumerate(toks) if is_verbish(t) and not (
            i and toks[i - 1].lower() in ("the", "a", "an", "its", "their", "his", "her"))), default=-1)
        # "The agency said the man, who ..." / "Critics say such apps, which ...": the noun after the verb
        head = " ".join(toks[verb_at + 1:]) if verb_at >= 0 else subject
        if not head:
            return [s]
        if m.group(2) == "which" and re.search(r" (?:at|of|in|on|for|from|with) (?:the|a|an|its|their) [a-z]", head):
            return [s]  # "Revenue at the group, which employs ...": the group employs, not the revenue
        # ("One mother of two, who ..." is "The mother of two" again; "One of the victims" is no noun of its own)
        noun = re.sub(r"^(?:The|the|A|a|An|an|One(?! of\b)|one(?! of\b)|such|these|those|this|that) ", "", head)
        if m.group(2) == "who" and noun != head and words(head) <= 6 and not noun[:1].isupper():
            pronoun = "The " + noun  # "The person, who was not named, ..." -> "The person was not named."
        else:
            pronoun = _pronoun_for(noun if m.group(2) == "who" else head, first_real(m.group(3)), m.group(2))
        # "after heavy rain, which fell ..., swept": the noun without the word that tied it to the clause
        bare_head = re.sub(r"^(?:after|before|since|during|until|when|while|as|because|of|in|on|at|for|with|from|by"
                           r"|to|into|about) ", "", head)
        if pronoun == cap(head) or pronoun == head:
            pronoun = cap(head)
        elif pronoun == "It" and re.fullmatch(r"(?:The )?(?:[A-Z][\w'-]+ ){4,}[A-Z][\w'-]+", head):
            pronoun = speaker_again(head)  # "The Federal Consumer Privacy Office, which ..." -> "The office ..."
        elif pronoun in ("It", "They") and words(bare_head) <= 4 and bare_head.split()[0].lower() not in PRONOUN_WORDS:
            # "Evacuation orders, which mean ..., cover ...": the noun said again ("Evacuation orders mean ..."),
            # as "They" may point at whatever the sentences cut from the rest name
            pronoun = cap(bare_head)
        belief = re.fullmatch(rf"((?:[a-z]+|[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)) ({BELIEF_VERBS}) ([a-z]+ .+)", m.group(3))
        if belief and m.group(2) == "who" and pronoun.startswith("The "):
            # "A third suspect, who police believe drove the car, ..." -> "Police believe the third suspect drove
            # the car.": the clause has a believer of its own, and its verb is the noun's
            return [finish(f"{subject} {m.group(4)}"),
                    finish(f"{cap(belief.group(1))} {belief.group(2)} {pronoun[:1].lower()}{pronoun[1:]} {belief.group(3)}")]
        main, clause = finish(f"{subject} {m.group(4)}"), finish(f"{pronoun} {m.group(3)}")
        if _points_into(m.group(4), m.group(3)):
            return [clause, main]
        return [main, clause]
    pair = _two_bodies_with_clauses(body) or _clause_before_second_infinitive(body) or _clause_before_second_verb(body)
    if pair:
        return pair
    # trailing: "..., who <R>." after a name
    m = re.fullmatch(r"(.*\b((?:[A-Z][\w'-]+ ?){1,3})), who (.+)", body)
    if m and words(m.group(1)) >= SHORTEST_PART and is_verbish(first_real(m.group(3))) \
            and not _name_of_a_place(m.group(1)) and not _second_body_of_a_list(m.group(1)):
        name = m.group(2).strip()
        full = re.search(r"((?:[A-Z][\w'-]+ ){0,3}[A-Z][\w'-]+)$", m.group(1))
        if full and name.lower() in TEAM_WORDS and full.group(1) != name:
            name = full.group(1)  # "Marston Athletic, who have played ..." -> "Marston Athletic have ...", not "Athletic"
        if first_real(m.group(3)).lower() in ("have", "are", "were") and " and " not in name \
                and re.search(r"\b(?:including|such as|like|among them)\b[^,]*$", m.group(1)):
            return [s]  # "star players, including Harry Kane, who have praised ...": the players have, not Kane
        if first_real(m.group(3)).lower() in ("have", "are", "were") and " and " not in name \
                and re.search(r"\b[A-Z][\w.'-]*,? and (?:the )?(?:[A-Z][\w.'-]* ){0,3}" + re.escape(name) + "$", m.group(1)):
            return [s]  # "patients at sites in the United States, Canada and Europe, who were given ...": the
            # plural verb is the patients', not the last name of the list's
        # "... that in 2019 Pellow, who earned £95,000, approved 412 payments": the sentence goes on after the
        # "who" clause with the name's own verb, so the name keeps it
        going_on = _goes_on(m.group(3))
        if going_on is not None:
            # "The city's mayor, Joanne Petrakis, who ..., said": the name closes the aside it opened with its comma
            # ("Its chief executive, Anita Morrow, who ...": a possessive opens the aside too)
            closing = "," if re.fullmatch(r"(?:The|A|An|Its|Their|His|Her|Our|[A-Z][\w'-]*'s) [^,]{2,40}, [^,]+",
                                          m.group(1)) \
                and not any(is_verbish(t) for t in m.group(1).split(", ")[0].split()[1:]) else ""
            return [finish(f"{m.group(1)}{closing} {m.group(3)[going_on + 2:]}"),
                    finish(f"{name} {m.group(3)[:going_on]}")]
        back = _phrase_after_clause(m.group(3))
        if back is not None:
            # "The team lost Ann Lee, who sat out the final, to an injury.": the comma closed the "who" clause and
            # "to an injury" is the main clause's ("lost Ann Lee to an injury"), not Lee's
            return [finish(f"{m.group(1)} {m.group(3)[back + 2:]}"), finish(f"{name} {m.group(3)[:back]}")]
        return [finish(m.group(1)), finish(f"{name} {m.group(3)}")]
    # trailing: "... by the Orbis Project, which aims to map ..." -> "The Orbis Project aims to map ...": a name
    # and a verb that agrees with it alone (one group, "-s"), so the clause is plainly about the name ("..., which
    # means ..." is about the whole clause: "from Monday, which means buses ..." is never "Monday means buses")
    m = re.fullmatch(r"(.*?\b((?:the )?[A-Z][\w'-]+(?: (?:of |for |and )?[A-Z][\w'-]+){0,4})), which "
                     r"((?:[a-z]+ly )?([a-z]{2,}[^su\W]s)\b.{8,})", body)
    if m and words(m.group(1)) >= SHORTEST_PART and m.group(4)[:-1] in common_words() \
            and m.group(4) not in ("means", "makes") \
            and not re.search(r"\b(?:I|we|you)\b", m.group(3)) \
            and not re.search(r"[A-Z][\w'-]* (?:by|of|for|and|&|de|in|on|at) $", m.group(1)[:-len(m.group(2))]):
        going_on = _goes_on(m.group(3))  # "St Mary's, which stands by the river, will teach ...": the name's verb
        if going_on is not None:
            return [finish(f"{m.group(1)} {m.group(3)[going_on + 2:]}"),
                    finish(f"{cap(m.group(2))} {m.group(3)[:going_on]}")]
        return [finish(m.group(1)), finish(f"{cap(m.group(2))} {m.group(3)}")]
    named = _which_after_noun(body)
    if named:
        return named
    m = re.fullmatch(r"(.{20,}), which (is|was|has|had|will|would|could|can|means|meant|made|makes) (.+)", body)
    if m and re.search(r"\bof (?:[a-z]+ )?(?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*$", m.group(1)):
        # "a deal with the trading arm of utility Veltra, which will pay ...": the arm or Veltra? "This will pay"
        # would make it the deal. The clause is left out; the main clause stands on its own
        return [finish(m.group(1))]
    if m and _list_goes_on(m.group(3)):
        return [s]  # "two nights at the Arena, which had sold out, and her first concerts": the list is the main clause's
    if m and not _second_body_of_a_list(f"{body[:m.end(2)]} {m.group(3).partition(', who ')[0]}"):
        main, clause = m.group(1), m.group(3)
        tail = re.search(r", ((?:on|in|at|during|every|each|per) [^,]{2,30})$", clause)
        if tail and not any(is_verbish(t) for t in tail.group(1).split()[1:]):
            # "use the network, which has two lines, on an average weekday": the time is the main clause's
            main, clause = f"{main} {tail.group(1)}", clause[:tail.start()]
        subject = _thing_named(m.group(1), m.group(2), clause)  # (the noun the clause follows, not the moved time)
        return [finish(main), finish(f"{subject} {m.group(2)} {clause}")]
    return _noun_that(s)


# "the train stopped near the station, which was caused by a fault": what an event is, never a thing's
EVENT_PARTICIPLES = (r"(?:caused|triggered|prompted|sparked|followed|welcomed|criticised|criticized|condemned|described"
                     r"|seen|greeted|met|called|announced|confirmed|reported|praised|blamed|attributed|linked|driven"
                     r"|led|fuelled|fueled|made possible|delayed|approved|rejected|ordered)\b")
# "..., which has been hit by ...", "..., which is responsible for ...": told of a thing, never of an event
# ("which is being repaired": a thing is mended or built; an event is not)
THING_PREDICATE = re.compile(r"(?:been \w+ by|(?:responsible|based|owned|home|located) (?:for|in|by|to|at)\b"
                             r"|being (?:re)?(?:built|made|[a-z]+ed)\b)")
# "which has 11 schools", "which had about 300 staff": a count of what something has is a thing's, never an event's
OWNS_A_COUNT = re.compile(r"(?:about |around |nearly |almost |more than |over |some |up to )?(?:\d[\d,.]*|two|three|four"
                          r"|five|six|seven|eight|nine|ten|eleven|twelve)"
                          r"(?: [a-z]+)? [a-z]+")


def _thing_named(main: str, verb: str, clause: str) -> str:
    """The subject for a "which" clause told alone: "This" (the event of the clause before: "He quit, which was a
    surprise"), or the noun the clause is about when what it says fits a thing and not an event ("the city's stock
    market, which has been hit by months of protests" -> "The city's stock market has been hit ...")."""
    # "heat builds up in that part, which was made to a lower standard": the part was made so, not the heat
    # ("This was made ..." would point at the whole clause, or at whatever line comes before it)
    made = re.search(r"\b(?:that|this|the|its|their) ((?:[a-z]+ )?[a-z]+[^s\W])$", main)
    if made and verb in ("is", "was") and not re.match(EVENT_PARTICIPLES, clause) \
            and re.match(r"(?:[a-z]+(?:ed|en)|made|built|sold|paid|held|run|won|kept|set|put) (?:by|to|in|for|with|from"
                         r"|at|on|under)\b", clause):
        return f"The {made.group(1)}"
    # "in the thriller Cold Water, which had been expected to win best film": a title or a name is a thing, and
    # "This had been expected ..." would be the award
    name = re.search(r"\b[a-z]{2,} ((?:[A-Z][\w'-]+ ){0,3}[A-Z][\w'-]+)$", main)
    if name and verb in ("is", "was", "has", "had") and (THING_PREDICATE.match(clause) or re.match(
            r"(?:been )?(?:expected|tipped|favou?red|set|due|likely|thought|said|known) to\b", clause)):
        return name.group(1)
    owner = re.search(r"\b[a-z]{2,} ((?:the )?(?:[A-Z][\w'-]+ ){0,3}[A-Z][\w'-]+)$", main)
    if owner and verb in ("has", "had") and OWNS_A_COUNT.match(clause) \
            and not re.search(r"(?:day|January|February|March|April|May|June|July|August|September|October|November"
                              r"|December)$", owner.group(1)):  # ("a storm on Monday, which had 80 mph winds")
        # "run by the Brightpath Trust, which has 11 schools" -> "The Brightpath Trust has 11 schools."
        return cap(owner.group(1))
    noun = re.search(r"\b((?:the|its|their|our|his|her)(?: [\w-]+'s?)? (?:[a-z0-9-]+ ){0,2}[a-z-]+)$", main)
    counted = verb in ("has", "had") and OWNS_A_COUNT.match(clause) is not None  # ("the network" has 38 stations)
    if noun and verb in ("is", "was", "has", "had") and (THING_PREDICATE.match(clause) or counted) \
            and (counted or not is_verbish(noun.group(1).split()[-1])):
        return cap(noun.group(1))
    return "This"


def _clause_before_second_infinitive(body: str) -> list[str] | None:
    """'They are thought to have climbed the wing, which is being repaired, and to have got in through a window.'
    -> 'They are thought to have climbed the wing and to have got in through a window.' + 'The wing is being
    repaired.': the ", and to <verb>" after the clause is the main clause's second infinitive (it goes with "to
    have climbed"), so the clause ends before it; never "This is being repaired, and to have got in ..."."""
    m = re.fullmatch(r"(.+?\bto [a-z]+\b.{8,}?), which ([a-z]+) ([^,]{4,}), (and|but) (to [a-z]+\b.{8,})", body)
    if not m or not verb_in_place(m.group(2)) or not verb_in_place(m.group(5).split()[1]):
        return None
    subject = _thing_named(m.group(1), m.group(2), m.group(3))
    main = finish(f"{m.group(1)} {m.group(4)} {m.group(5)}")
    # ("This is being repaired" could point at the climbing: the clause is said only of a noun it plainly fits)
    return [main] if subject == "This" else [main, finish(f"{subject} {m.group(2)} {m.group(3)}")]


# a past verb that is the main clause's, never the which-clause thing's: "found a knife, which ..., and said ..."
SECOND_PAST_VERBS = {"said", "told", "added", "asked", "urged", "warned", "announced", "arrested", "called", "charged"}


def _clause_before_second_verb(body: str) -> list[str] | None:
    """'Police found a knife, which had been thrown away, and said they were testing it.' -> 'Police found a knife and
    said they were testing it.' + 'The knife had been thrown away.': a "said" after the clause is the main subject's
    (a knife says nothing), so the clause ends before it; never "This had said they were testing it."."""
    m = re.fullmatch(r"(.+?), which ([a-z]+) ([^,]{4,}), (and|but) ([a-z]+) (.{4,})", body)
    if not m or m.group(5) not in SECOND_PAST_VERBS or not verb_in_place(m.group(2)):
        return None
    subject = _thing_named(m.group(1), m.group(2), m.group(3))
    main = finish(f"{m.group(1)} {m.group(4)} {m.group(5)} {m.group(6)}")
    return [main] if subject == "This" else [main, finish(f"{subject} {m.group(2)} {m.group(3)}")]


# "which Lee calls Fab 9", "which the council approved in May": the clause's own subject (a name, a pronoun, "the"
# and a noun or two) and its verb, whose object is the noun before "which"
OBJECT_RELATIVE = re.compile(r"((?:the |The )?(?:[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}|[a-z]+(?: [a-z]+)?)|he|she|they)"
                             r" ([a-z]{3,}(?:s|ed)|" + "|".join(sorted(IRREGULAR_PAST | PRESENT_VERBS)) + r")(?: (.+))?")


def _object_relative(subject: str, clause: str) -> str | None:
    """'The plant, which Lee calls Fab 9, would be ...' -> 'Lee calls the plant Fab 9.': a "which" clause with
    its own subject, told with the noun put back after the verb. Only when what follows the verb shows the noun
    went right there: nothing, a name, a figure, "as ...", a time or place phrase, or a verb of its own ("which
    police say is safe" -> "Police say the plant is safe"); never "which he lived in" or "which he wants to sell"."""
    m = OBJECT_RELATIVE.fullmatch(clause)
    toks = subject.split()
    verb_at = max((i for i, t in enumerate(toks) if is_verbish(t)), default=-1)
    noun = " ".join(toks[verb_at + 1:])
    if not m or not noun or m.group(2) in AUXILIARIES or is_verbish(m.group(1).split()[-1]) \
            or m.group(1).split()[0].lower() in ("the", "he", "she", "they") and len(m.group(1).split()) > 3:
        return None
    plural_then_base = re.fullmatch(r"[a-z]+[^su\W]s", m.group(1)) is not None and m.group(2) in PRESENT_VERBS \
        and not m.group(2).endswith("s")  # "which engineers say is unsafe"
    if m.group(1).split()[0][:1].islower() and m.group(1).split()[0] not in ("the", "he", "she", "they") \
            and not plural_then_base:
        return None  # "which rose sharply": no subject of its own
    rest = m.group(3) or ""
    if not object_fits_before(rest):
        return None
    noun = noun[:1].lower() + noun[1:] if re.match(r"(?:The|A|An) ", noun) else noun
    return finish(cap(f"{m.group(1)} {m.group(2)} {noun}" + (f" {rest}" if rest else "")))


# words before which an "-ed" word describes a noun ("the planned road") rather than being a verb
NOUN_MARKERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "of", "in", "on",
                "at", "for", "with", "from", "by", "and", "or", "to", "as", "than", "who", "which"}


def relative_closed(clause: str) -> str | None:
    """' who have spent years recording spills welcomed the fine' -> 'welcomed the fine': "who" is the subject of
    the verb right after it, and a later verb follows with no "and" or "or" before it, so the relative clause
    ended before that one: it is the main clause's verb, and a verb after a later "and"/"but" goes with it too
    (unlike "the man who came | and sat down", where the clause is still open). None when it is not so."""
    toks = clause.split()
    low = [t.strip(",").lower() for t in toks]
    if len(toks) < 3 or low[0] not in ("who", "which", "that") or "," in clause \
            or not (is_verbish(low[1]) or low[0] == "who" and _plain_verb(low[1])):
        return None
    i = 1
    while i < len(toks) and is_verbish(low[i]):
        i += 1  # "have spent": the relative clause's own verb group
    main = next((j for j in range(i + 1, len(toks))
                 if is_verbish(low[j]) and not is_verbish(low[j - 1])
                 and (low[j - 1] not in NOUN_MARKERS or _modal_after_particle(low, j))), None)
    return " ".join(toks[main:]) if main is not None else None


def _plain_verb(word: str) -> bool:
    """'fail', 'opt', 'rent' right after "who": a plain common word (no "-s", "-ing", "-ly", "-ed", no small word of a
    fixed class) whose verb forms are in use ("failed", "failing") is the clause's verb, one the lists do not hold."""
    from .verb_shapes import closed_words, verb_forms
    return bool(re.fullmatch(r"[a-z]{3,}", word)) and not word.endswith(("s", "ing", "ly", "ed")) \
        and word in common_words() and word not in closed_words() \
        and any(form in common_words() for form in verb_forms(word))


# adverb particles that end a phrasal verb ("move in", "sign up") and modals that open a verb group of their own
PARTICLES = {"in", "out", "up", "down", "off", "back", "on", "away", "over"}
MODALS = {"will", "would", "can", "could", "should", "must", "may", "might", "cannot", "shall"}


def _modal_after_particle(low: list[str], j: int) -> bool:
    """'who want to move in | will have to ...': a modal with its own bare verb ("will have", "can be") after the
    particle of a phrasal verb starts the main clause's verb group (after "in" a noun usually comes, but "in will
    have" is no noun)."""
    return low[j - 1] in PARTICLES and low[j] in MODALS and j + 1 < len(low) \
        and (low[j + 1] in ("not", "be", "have", "also", "still", "now") or is_verbish(low[j + 1]))


def _list_goes_on(clause: str) -> bool:
    """Does a trailing "which" clause end on ", and <a noun phrase with no verb>"? Then that phrase is the next item
    of the main clause's list, not more of the clause."""
    m = re.search(r", (?:and|or) ([^,]+)$", clause)
    return m is not None and not any(is_verbish(t) or t.endswith("ed") for t in m.group(1).split())


def _points_into(rest: str, clause: str) -> bool:
    """Does the main clause's "him"/"her"/"them" stand for a name inside the relative clause? "President Ann Lee,
    who appointed Arndt in April, will get a report from him" -> the clause is said first, so "him" follows the
    sentence that names Arndt rather than whatever line came before."""
    return re.search(r"\b(?:him|her|them)\b", rest) is not None and re.search(r"(?<=\S )[A-Z][a-z]", clause) is not None


def _two_bodies_with_clauses(body: str) -> list[str] | None:
    """'... with the Liberal Centre, which has 23 seats, and the Social Democrats, who have 19.' -> '... with the
    Liberal Centre and the Social Democrats.' + 'The Liberal Centre has 23 seats.' + 'The Social Democrats have
    19.': two named bodies, each with its own clause, end the sentence; each clause goes with all of its name."""
    name = r"((?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,4})"
    m = re.fullmatch(rf"(.{{12,}}?\b){name}, (?:which|who) ([^,]+), (and|or) {name}, (?:which|who) ([^,]+)", body)
    if not m or not (verb_in_place(first_real(m.group(3))) and verb_in_place(first_real(m.group(6)))):
        return None
    return [finish(f"{m.group(1)}{m.group(2)} {m.group(4)} {m.group(5)}"), finish(f"{cap(m.group(2))} {m.group(3)}"),
            finish(f"{cap(m.group(5))} {m.group(6)}")]


def _second_body_of_a_list(before_who: str) -> bool:
    """ "... with the Liberal Centre, which has 23 seats, and the Social Democrats, who have 19": two bodies, each
    with its own clause. Cut at "who", the first half ends on "and the Social Democrats" with no verb, and "the
    Social Democrats" is a body named by all its words, not by the last one ("Democrats have 19")."""
    return re.search(r", (?:which|who) [^,]+, (?:and|or) the (?:[A-Z][\w'-]* ?)+$", before_who) is not None


def _name_of_a_place(before_who: str) -> bool:
    """Is the name right before ", who" a place ("residents in the village of Fenby St Clare, who raised ...")?
    After "in", "at", "near" or "of" the whole run of capitalised words names where, not whom: the "who" is about
    the people before it, and the last word of the place ("Clare") must not become a person."""
    return re.search(r"\b(?:in|at|near|of|from|outside|across|around|inside|throughout)"
                     r"(?: the)?(?: [A-Z][\w'-]*)+$", before_who) is not None


def _goes_on(clause: str) -> int | None:
    """Where a "who"/"which" clause after a name ends and the sentence goes on with the name's own verb:
    "earned £95,000 a year, approved 412 payments" -> the index of ", approved". None when it runs to the end."""
    for c in re.finditer(r", ((?:[a-z]+ly )?([a-z]+))\b", clause):
        verb = c.group(2)
        if (verb.endswith("ed") and is_verbish(verb)) or verb in IRREGULAR_PAST \
                or verb in ("will", "would", "can", "could", "has", "have", "had", "is", "are", "was", "were", "must"):
            return None if re.search(r"\b(?:and|or|but)$", clause[:c.start()]) else c.start()
    return None


def _phrase_after_clause(clause: str) -> int | None:
    """Where a "who" clause after a name ends when a last short phrase with no verb follows its comma: "sat out
    the final, to an injury" -> the index of ", to". None when there is no such phrase."""
    tail = re.search(r", (?:to|for|from|in|with|on|at|into|over) [^,]{2,40}$", clause)
    if tail is None or any(is_verbish(t) for t in tail.group(0).split()[1:]) or words(clause[:tail.start()]) < 2:
        return None
    return tail.start()


def verb_in_place(word: str) -> bool:
    """A word where the sentence's shape wants a verb: right after "who"/"which" ("which mean residents must
    leave") or right after the comma that closes such a clause ("Evacuation orders, which ..., cover all of
    the town"). There, any lower-case word that is not a small function word, an adverb or an "-ing" word is
    the verb, even one the word lists do not know ("mean", "cover")."""
    if is_verbish(word) or re.fullmatch(r"[a-z]{3,}[^su]s", word):
        return True
    return bool(re.fullmatch(r"[a-z]{3,}", word)) and word not in closed_words() and not word.endswith(("ing", "ly"))


def _which_after_noun(body: str) -> list[str] | None:
    """'Doctors urge people to learn the signs of heat illness, which sends thousands to hospital and can kill.' ->
    '... the signs of heat illness.' + 'Heat illness sends thousands to hospital and can kill.' Only a "which"
    right after a short noun that follows "of" or "the", with a present -s verb that agrees with that noun (not
    with "signs"), so the clause is plainly about it; the whole clause, conditions and all, is kept."""
    m = re.fullmatch(r"(.{20,} (?:of|the|a|an) ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)), which ([a-z]{3,}s) (.{8,})", body)
    if not m:
        return None
    noun, verb = m.group(2), m.group(3)
    if re.search(r"[^siu]s$", noun) or verb.endswith("ss") or verb[:-1] not in common_words() and verb not in SINGULAR_VERBS \
            or any(is_verbish(w) or w in DETERMINERS or w in ("and", "or", "than") for w in noun.split()) \
            or re.search(r"\b(?:I|we|you)\b", m.group(4)):
        return None  # "the rules, which says": the verb agrees with some other noun; "which means": not a fact
    if verb in ("means", "meant", "makes"):
        return None  # "which means ...": about the whole clause before it, not the noun (the "This" rule below)
    head = re.search(r"([\w'-]+) (?:of|in|for|on|from|with|about|at|to) (?:(?:the|a|an) )?$", m.group(1)[:-len(noun)])
    if head and not re.search(r"[^siu]s$", head.group(1)):
        return None  # "a fall in the price of oil, which hurts ...": the fall or the oil? Only "signs of X, which
        # sends" is plain, where the verb cannot agree with the plural noun before "of"
    before = m.group(1)[:-len(noun)].split()[-1]
    subject = f"The {noun}" if before in ("the", "a", "an") else cap(noun)
    return [finish(m.group(1)), finish(f"{subject} {verb} {m.group(4)}")]

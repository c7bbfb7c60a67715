"""Clause rules without a parser: where a long news sentence can be cut into short ones, and how each
part gets a subject of its own ("They increased their campaign.", "This was after ...").

The rules look only at punctuation, a few function words and word endings, so they are cautious: a cut is
made only where both sides look like a clause (briefing.grammar), and a sentence that cannot be cut safely is
shortened by dropping a trailing phrase (briefing.trim), or left out.
"""
from __future__ import annotations

import re

from .grammar import (AIM, AUXILIARIES, DETERMINERS, IRREGULAR_PAST, LONGEST, PLURAL_VERBS,  # noqa: F401
                      PREPOSITIONS, PRESENT_VERBS, PRONOUNS, REPORTED_WHOLE, SHORTEST_PART, SINGULAR_VERBS,
                      SUBJECT_STARTERS, SUBORDINATE_STARTS, cap, finish, first_real, has_verb, is_clause, is_sentence, is_verbish,
                      lower_first, lower_first_word, stands_alone, starts_clause, subject_and_verb, subject_of,
                      subject_then_verb, whole, words)
from .reorder import (SUPERLATIVE, _opening_phrase, came_after, concession_in_report, gerund_list, opening_clause,
                      reason_cleft, resumptive_appositive, speaker_last, time_in_report,
                      two_infinitives)
from .relatives import _relative_clauses, relative_closed  # noqa: F401
from .noun_that import _noun_that  # noqa: F401
from .appositives import (_appositive, appositive_with_clause, drop_quantity_aside, noun_with_clause,  # noqa: F401
                          of_them_aside)
from .participles import (IRREGULAR_ING, RESULTS, _opening_participle, _participle, _past,  # noqa: F401
                          _with_participle, noun_with_participle, past_tense, present_clause)
from .sentences import cuts_a_pair, leaves_a_clause_open, speaker_again
from .trim import (drop_examples, drop_final_appositive, drop_opening_phrase, framed_pieces, last_resort, list_of_acts,
                   split_frame)
from .doers import ing_with_its_doer
from .noun_pieces import noun_phrase_only, noun_then_had, shares_the_modal
from .cause_tails import cause_tail, place_with_aside, thing_then_said
from .clause_reports import _asked, _reported
from .second_verbs import second_verb_told
from .split_checks import reported_again, time_not_told_apart, without_trailing_description
from .split_checks import (APPEARED_BEFORE, ASKS_WHEN, ELLIPTICAL_ITEM, FINITE_VERB, OPEN_SUBORDINATE,  # noqa: F401
                           _active_with_object, _ends_in_the_past, _late_auxiliary, _lost_end, keep_leaning, place_back,
                           while_limits_a_not)
from .verb_shapes import third_person_verb
from .long_clauses import (asked_in_writing, done_by_subject, manner_to_main, not_only_but_also, plan_to,
                           repeated_preposition, to_be_done)

from .split_points import (_SPLITS, AS_A_READING, INTENT, JUDGED_BY, LEANS_ON_WHAT_FOLLOWS,
                           OFFSET_TIME)

# a ranking right before "after"/"before": "its second-largest customer after X" says who comes first, not when
RANKED = re.compile(r"\b(?:second|third|fourth|fifth|(?:\w+-)?(?:largest|biggest|highest|lowest|best|worst|busiest))"
                    r"(?: [\w'-]+){0,3}$")


# "the city replaces a pipe": a clause in the present, its verb an -s word after a short subject
PRESENT_CLAUSE = re.compile(r"(?:the|a|an|its|their) (?:[a-z-]+ ){0,2}[a-z-]+ [a-z]{3,}[^s\W]s\b")
# a second noun after "and" starts so ("face one count of A and | one count of B"): with no verb of its own it is a
# second object of the left's verb, no clause
COUNTED_NOUN_STARTS = ("the", "a", "an", "his", "her", "its", "their", "one", "two", "three", "four", "five", "another")


def _split_once(s: str) -> list[str] | None:
    body = s.rstrip(".!?")
    n = words(body)
    best: tuple[float, list[str]] | None = None
    for rank, (marker, template, needs) in enumerate(_SPLITS):
        for m in re.finditer(re.escape(marker), body):
            left, right = body[:m.start()], drop_quantity_aside(body[m.end():])
            if marker.strip(", ") in ("when", "after", "before"):
                right = without_trailing_description(right)
            if left.count('"') % 2 or not is_clause(left):
                continue
            thats = list(re.finditer(r"(\S+) that\b", left))
            if marker in (" and that ", ", and that ") and thats and not any(is_verbish(t.group(1)) for t in thats) \
                    and not (is_verbish(first_real(right)) or third_person_verb(first_real(right))):
                continue  # "the apps that makers put on phones | and that users cannot remove": a second relative
                # clause of the noun with its own subject, not a second thing said (a "that" after a verb: "responded
                # that A, and that B"); "a result that few predicted and that ends ..." is told "This result ends ..."
            if re.search(r"\b(?:said|says) (?:this|that|it) (?:was|is)$", left):
                continue  # "Peskov said this was | because of ...": the cause is what was said
            opener = re.match(r"((?:[\w'-]+ ){1,3})(?:before|after|since|until|when|while|because|although|if|unless) ",
                              left)
            if opener and not any(is_verbish(t) for t in opener.group(1).split()):
                continue  # "Three weeks before he died, | ...": the left is a time or reason clause, not a sentence
            tail = left.lower().split()[-2:]
            if marker.strip() == "as" and ("as" in tail or tail[-1] in {"such", "same"}):
                continue  # "as soon as", "as many as", "such as"
            if marker == ", " and re.match(r"(?:each|every one|all|both) (?:[a-z]+ly )?(?:meant|designed|intended|built"
                                           r"|made|priced|worth|costing|holding|carrying|weighing)\b", right):
                continue  # "61,000 parcels, | each meant to last three days": "each" is a parcel, no subject alone
            if marker == " while " and re.fullmatch(r"(?:the|a|an|its|their|his|her) [a-z' -]{2,40}? (?:was|were|is|are)"
                                                 r" (?:being )?[a-z]+(?:ed|en)(?: out| up| off)?", right):
                continue  # "delayed its results | while the work was carried out": a time, said alone it is no news
            if marker == ", " and re.fullmatch(r"(?:one|a|an) (?:[\w'-]+ ){1,5}at a time", right):
                continue  # "the hard way, | one lost case at a time": how it happens, no clause ("one lost" no verb)
            if re.match(r"(?:[a-z]+ ){1,3}(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)"
                        r" (?:more|others|fewer)\b(?! [a-z]+s\b)", right):
                continue  # "scored seven goals | and made nine more": "nine more" leans on the left's noun
            if tail[-1] in LEANS_ON_WHAT_FOLLOWS and marker.strip(", ") not in ("as", "and", "but"):
                continue  # "chose the town partly | because of ...", "left shortly | after noon": the word is the part's
            if marker.strip(", ") == "as" and re.search(r"\b(?:will|would|could|may|might)\b(?:(?! that )[^,\u2014])*$", left):
                continue  # "betting that spreads will widen | as more wind comes onto the grid": what is expected, not a fact
            opened = re.search(r"\b(?:as|when|if|because|while)\b((?: [^\s,]+){1,4})$", left)
            if marker == " and " and opened and not any(is_verbish(t) for t in opened.group(1).split()) \
                    and not is_verbish(right.split()[0]):
                continue  # "as more wind | and solar come onto the grid": two subjects of one clause, its verb after
            if marker in (" after ", " before ") and re.search(
                    r"\bthe (?:\w+ )?(?:hours|days|weeks|months|years|minutes|moments|run-up|eve)$|\b(?:on|in|during|for|of)"
                    r" the (?:\w+ )?(?:time|night|day|morning|evening|week|month|year|season)$", left):
                continue  # "checked on him in the hours | before he died": "the hours before" is one time
            if template.startswith("This was") and (re.search(r" and (?:are|is|was|were|have|has|will|would|can|could"
                                                             r"|do|does|did) (?:not |now |also |still )?[a-z]+", right)
                                                   or noun_then_had(right)):
                continue  # "were made | after the fault was fixed and are not affected": the "and are" is the left's
                # subject's second verb, never "This was after ... and are not affected."
            if marker == " before " and re.search(r"\b(?:put|puts|putting|placed|places|placing) (?!out\b|up\b|down\b"
                                                  r"|off\b|away\b|back\b|on\b|in\b)[^,]*$", left) \
                    and not re.match(r"[a-z]+ing\b", right) and not subject_and_verb(right):
                continue  # "had put the interests of its owners | before the safety of its workers": put first, no time
            if template.startswith("This was") and re.search(r"\b(?:came|come|comes|went|go|goes|ended|ends|finished)"
                                                              r"(?: only)?$", left):
                continue  # "Lee went | after Ek", "The exit came | because of the news": "Lee went." says nothing
                # ("lasted five days and ended | when ...": how it ended is the news)
            if time_not_told_apart(marker, template, left, right):
                continue
            if marker in (" after ", " before ") and OFFSET_TIME.search(left) \
                    and not re.search(r"\b(?:for|in|within|over)\b(?: [^\s,]+){0,4}$", left):
                continue  # "came a month after the show": the time belongs to the "after" part ("for a month" not)
            if words(left) < SHORTEST_PART or words(right) < SHORTEST_PART - (needs == "phrase"):
                continue
            if marker == ", " and re.match(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)*,", right):
                continue  # "the service, Stadia, launched": a name in apposition, not a new clause
            if re.match(r"(?:a|an|the) [\w'-]+ (?:they|he|she|we|I|you|it)\b", right, re.IGNORECASE) \
                    or noun_with_clause(right) or (marker == ", " and re.match(
                        r"(?:a|an|its|their|his|her|our) (?:[\w'-]+ ){0,3}?(?:[a-z]+ed|made|built|known|sold|bought|held|taken"
                        r"|given|seen|found|written|run|led|worn|grown|shown|kept|paid|sent|won)"
                        r"(?:,| (?:in|of|from|by|for|with|on|at|to)\b)", right)) \
                    or (marker == ", " and re.match(
                        rf"(?:the|a|an|its|their) (?:[\w'-]+ ){{0,2}}?{SUPERLATIVE}\b", right)):
                continue  # "..., a simulation they call TNG50", "..., the worst flood the town has seen", "Orbit, its
                # new chair made in Leeds", "ARDEN, its randomized, blinded trial": a noun with its own little
                # clause or its describing words, not a clause
            if marker in (" and ", ", and ") and shares_the_modal(left, right):
                continue  # "should take X, carry Y, | and stay Z": the modal's last verb, no clause of its own
            if marker in (", ", " and ", ", and ") and noun_phrase_only(right):
                continue  # "pay for the roof | and the legal costs of the move": a second noun, no clause to say alone
            if marker in (" and ", ", and ") and re.search(r"\b[A-Z][a-z][\w.'-]*$", left) and right.split()[0][:1].isupper() \
                    and right.split()[0] not in ("The", "A", "An", "He", "She", "It", "They", "We", "I", "This"):
                continue  # "the U.S. Securities | and Exchange Commission": one name, not two clauses
            head = right.split()[:4]
            if marker == " and " and right.split()[0][:1].islower() and right.split()[0].lower() not in SUBJECT_STARTERS \
                    and not any(is_verbish(t) and (i == 0 or head[i - 1].lower() != "to") for i, t in enumerate(head)):
                continue  # "sent words and short phrases to ...", "from friends and others to pay ...": no subject
            head = right.split()[:8]
            if marker in (" and ", ", and ") and head[0].lower() in COUNTED_NOUN_STARTS \
                    and not any(is_verbish(t) and head[i - 1].lower() not in ("to", "the", "a", "an", "his", "her", "its",
                                                                              "their")
                                and not (t.endswith("ed") and head[i + 1:i + 2] == ["by"])  # "obtained by crime"
                                for i, t in enumerate(head) if i) \
                    and not _late_auxiliary(right):
                continue  # "the number of voters and the need to invest in them": a second noun, no clause
            if marker in (" and ", ", and ") and re.match(
                    r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3} and (?:[a-z]+ly )?(?!the\b|a\b|an\b)[a-z]+", right) \
                    and is_verbish(first_real(re.split(r" and ", right, maxsplit=1)[1])):
                continue  # "through Ann Lee | and Tom Hart and could have had ...": the names are a pair, the verb
                # after them is the left's subject's
            first_right = right.split()[0]
            if marker == " and " and re.search(r"\b(?:a|an|the|his|her|its|their|our)\s[a-z]+$", left) \
                    and first_right[:1].islower() and first_right not in IRREGULAR_PAST \
                    and not first_right.endswith("ed") and first_right not in AUXILIARIES \
                    and first_right.lower() not in SUBJECT_STARTERS \
                    and len(right.split()) > 1 and right.split()[1].lower() not in SUBJECT_STARTERS | PREPOSITIONS:
                continue  # "received a diet | and exercise plan": two words before one noun, not two clauses
            if marker in (" and ", " or ") and re.search(r"\b\d[\d,.]*$", left) and re.match(r"\d[\d,.]* [a-z]", right):
                continue  # "the number 12 | and 14 buses": two numbers of one noun
            second = re.match(r"(?:[a-z][\w'-]* ){1,3}and ", right)
            if marker in (" and ", ", and ") and second and starts_clause(right[second.end():]) \
                    and not any(is_verbish(t) for t in right[:second.end()].split()):
                continue  # "better offers | and services and they will ...": a second noun first; the clause starts
                # at the next "and"
            if marker in (" and ", ", and ") and right.split()[0].lower() in ("what", "how", "why", "whether", "where"):
                continue  # "insights into the business and what is next": a second object, not a clause
            if marker in (" as ", ", as ", " while ", ", while ") and right.split()[0].lower() == "you":
                continue  # "The lamps flash a pattern | as you unlock the car": "You unlock the car." alone loses when
            if template.startswith("This was") and re.search(
                    r"\b(?:happened|happens|occurred|occurs|took place|takes place|came|comes)$", left):
                continue  # "Some of the worst smog also happened. | This was during the festival.": the time is the news
            if template.startswith("This was") and re.match(r"(?:This|That|It) (?:was|is) ", left):
                continue  # "This was despite the deaths. This was during the season.": which does the second mean?
            if marker in (", and ", " and ") and list_of_acts(left, "and " + right) \
                    and not (marker == " and " and left.rsplit(", ", 1)[0].split()[-1][:1].isupper()):
                continue  # "bought homes, borrowed against his stake, | and planned ...": "A, B." is no sentence
                # (not "when their striker, Tom Hale, met a cross | and ...": that comma closes a name)
            if marker in (" and ", ", and ") and noun_with_participle(right):
                continue  # "films and TV shows | bought from the store": the "and" joins two nouns
            if re.match(r"(?:\w+ of )?(?:which|whom|whose)\b", right, re.IGNORECASE):
                continue  # "all of which were new"
            if not whole(left) or cuts_a_pair(left, body[m.start():]) or leaves_a_clause_open(left, is_verbish):
                continue  # "works for both Ann | and Ben": the pair stays whole
            if marker == ", " and OPEN_SUBORDINATE.match(left.rsplit(", ", 1)[-1]):
                continue  # "played for an hour, and although her voice was fine, | the mood had gone": the
                # "although" part belongs to the clause after the cut
            if marker in (" as a ", " as an ") and (is_verbish(tail[-1]) or tail[-1].endswith("s")
                                                     or re.search(r"\b(?:which|who|that)\b", left)
                                                     or right.split()[0].lower() not in AS_A_READING):
                continue  # "which Apple views | as a right": the "as" completes the verb; "work | as a
                # passenger": "as" names a role, and "This was a passenger" would say something else
            if template.startswith("This was") and ", " in left and words(left.rsplit(", ", 1)[1]) <= 3 \
                    and not is_clause(left.rsplit(", ", 1)[1]):
                continue  # "made weekly, daily | during the finals": the time belongs to the last few words
            item = ELLIPTICAL_ITEM.search(left)
            if marker in (" when ", " after ", " before ", " as ") and item \
                    and not any(is_verbish(t) for t in item.group(1).split()):
                continue  # "saved the first with an ace ... and the third | when Aranda netted": the time is the
                # third item's, whose verb is the one before the list
            if marker in (" when ", " after ") and re.search(r", (?:and|but) again\b", right):
                continue  # "stalled in July | when A, and again this month when B": "again" is the left's verb's
            if marker == " when " and ASKS_WHEN.search(left):
                continue  # "did not say clearly | when a valve should be replaced": what was not said, not a time
            if marker == " while " and while_limits_a_not(left):
                continue  # "would not be sent out | while the winds were strongest": the time limits the "not"
            if marker == " before " and APPEARED_BEFORE.search(left):
                continue  # "gave evidence | before the Senate committee": a place, not a time
            if marker in (" after ", " before ") and RANKED.search(left):
                continue  # "its second-largest customer | after Kestrel": a place in a ranking, not a time
            intent = template.startswith("This was") and INTENT.search(left) is not None and re.search(
                r"\bto (?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|this\b|that\b|\d)[a-z]+\b(?: \S+){0,8}$", left)
            if intent and not (marker == " after " and _past(left) and subject_and_verb(right) and _past(right)):
                continue  # "hired firms to clean the river | before the summer": the time is the cleaning's
                # (not "were told to keep windows shut | after a fire broke out": a past event came before both acts;
                # told "This happened after ...", which the report rules give its speaker: "Police also said this
                # happened after ...", as it is part of the claim, not the occasion of the saying)
            if needs == "phrase":
                if right.split()[0].lower() in ("and", "or", "but", "then", "the", "a", "an") and "{}" == template:
                    continue
                if right.split()[0].lower() in ("and", "or", "but", "then"):
                    continue  # "before and given out ...": the phrase is not a phrase
                if re.search(r",? but (?:always |never |also |then |still )?(?!the\b|a\b|an\b|he\b|she\b|they\b|it\b"
                             r"|we\b|there\b|this\b)[a-z]+|, (?:and|or) (?:always|never|also|then|still) [a-z]+", right):
                    continue  # "leave work before him, but always stop by": the verb after "but" is the left's
                if re.search(r"\band (?:that|which|who)\b", right):
                    continue  # "the apps that makers put on phones | before they are sold and that users ..."
                if re.search(r", (?:as against|up from|down from|compared with|compared to|against) ", right):
                    continue  # "rose 17% to $3.9 million | during the quarter, up from $3.3 million": the figure's
                if template.startswith("This was") and _past(left) and re.search(
                        r"\b(?:would|will|could|can|should|must|may|might)\b(?:(?! that )[^,])*$", left) \
                        and not (subject_and_verb(right) and _past(right)):
                    continue  # "asked whether the bridge would open | before May": the time is the opening's
                if template.startswith("This was") and not _past(left):
                    if re.search(r"\b(?:would|will|could|can|should|must|may|might)\b", left):
                        if not (subject_and_verb(right) and _past(right)):
                            continue  # "should ask | before the text leaves": no "This was before"
                        template = "{}"  # "would raise $38 million, after the council voted ...": the vote is a fact
                    else:
                        template = template.replace("This was", "This is")  # "Fighters gain power. This is after"
                if marker in (" because of ", " during ", " as a ", " as an ") \
                        and FINITE_VERB.search(" " + re.split(r"\b(?:that|which|who|whom|whose|where|when|if)\b", right)[0]):
                    continue  # "the hope of growth | because of a tax cut is keeping ...": the phrase is a subject
                doer = ing_with_its_doer(left, right) if template.startswith("This was") else None
                if doer and marker == " before ":
                    # "A jury deliberated for an hour before convicting him." -> "Then the jury convicted him."
                    new_right = "Then " + re.sub(r"^[Aa]n? ", "the ", doer)
                else:
                    new_right = template.format(doer or right)
                    if intent:
                        new_right = new_right.replace("This was after ", "This happened after ", 1)
                judge = JUDGED_BY.match(left)
                if marker == " because of " and judge and not any(is_verbish(t) for t in judge.group(1).split()):
                    # "Peskov criticised the unrest due to the pull-out": the cause is Peskov's view, not a fact
                    new_right = f"{speaker_again(judge.group(1))} said {new_right[:1].lower()}{new_right[1:]}"
            elif marker == ", so that " and has_verb(right, 14):  # "so that" always opens a clause
                # the purpose of an act told in the past is told in the past: "This was so that crews could work"
                new_right = template.replace(" is ", " was ", 1).format(right) if _past(left) else template.format(right)
            elif starts_clause(right) or (marker != ", " and subject_and_verb(right)
                                          and not (marker == " and " and right.split()[0][:1].islower()
                                                   and not is_clause(left.rsplit(",", 1)[-1]))):
                # a lower-case subject ("..., and farmers fear ..."); after a bare "and" only when the part
                # before it is a clause of its own, not "on the stage the founder | and chief Ann Lee spoke"
                if template.startswith("This was") and not _past(left) and not _ends_in_the_past(left):
                    continue  # "Work will start in June, | when the schools close", "tests work | when people get
                    # more out": a "when" after a present or future clause is a condition, not a time told
                if template.startswith("This is because") and (_past(left) or _ends_in_the_past(left)) \
                        and not re.search(r"\b(?:will|due to|going to|set to|plans? to|is to|are to)\b", left):
                    # ("Eight routes are due to be cut | because ...": "cut" is a plan, not the past)
                    template = template.replace("This is", "This was")  # "had been blocked ... This was because"
                new_right = template.format(lower_first_word(right) if template != "{}" else right)
                if marker == " while " and re.search(r"\bwill\b", left) and PRESENT_CLAUSE.match(right):
                    # "will be without water | while the city replaces a pipe": a time still to come, never a habit
                    new_right = f"This will be while {lower_first_word(right)}"
                if marker in (" and that ", ", and that "):
                    new_right = reported_again(left, new_right)  # "X responded that A, and that B": B is X's too
            elif marker in (", and ", ", but ") and OPEN_SUBORDINATE.match(right) and not right.lower().startswith(
                    ("and ", "but ", "so ", "yet ")) and ", " in right and starts_clause(right.split(", ", 1)[1]):
                # "..., and although her voice was fine, the mood had gone": the second sentence keeps its opener
                new_right = "But " + right if "but" in marker else cap(right)
            elif marker in (", and ", " and ", ", but ", " but ", ", while ") and is_verbish(first_real(right)):
                told = second_verb_told(marker, left, right)
                if told is None:
                    continue
                new_right, right = told
            else:
                continue
            balance = abs(words(left) - words(right)) / n
            score = rank * 0.08 + balance
            if best is not None and score >= best[0]:
                continue
            if not (stands_alone(finish(left)) and stands_alone(finish(new_right))):
                continue  # a better-looking cut that leaves a fragment loses to a worse one that does not
            best = (score, [finish(p) for p in manner_to_main(*place_back(left, new_right))])
    return best[1] if best else None



def shorten(s: str, names: set[str], depth: int = 0) -> list[str]:
    """Split a sentence into sentences of at most AIM words where that is safe; never over LONGEST."""
    if words(s) <= AIM or depth > 6:
        return [s] if words(s) <= LONGEST else last_resort(s)
    s = not_only_but_also(s)
    asked = _asked(s)
    if asked:
        return [p for part in asked for p in shorten(part, names, depth + 1)]
    written = asked_in_writing(s)  # before the report rules, which would cut the asking off
    if len(written) > 1:
        pieces = [shorten(part, names, depth + 1) for part in written]
        return [p for piece in pieces for p in piece] if all(pieces) else []  # the letter means little without its ask
    s = reason_cleft(s)
    conceded = concession_in_report(s)  # "X said that while A, B": before the report rules, which cannot cut it
    if len(conceded) > 1 and all(stands_alone(p) for p in conceded):
        pieces = [shorten(part, names, depth + 1) for part in conceded]
        return [p for piece in pieces for p in piece] if all(pieces) else []
    forecast = FORECAST_AS.fullmatch(s.rstrip("."))
    if forecast:  # "it expected growth of 3%, as price rises slow": the "as" is the forecast's, never a claim alone
        opening = forecast["open"] if forecast["open"] and not re.match(r"[A-Z][a-z]+ing\b", forecast["open"]) else ""
        return shorten(finish(opening + forecast["claim"]), names, depth + 1)
    reported = _reported(s, names, depth)
    if reported is not None:
        return reported
    for reorder in (speaker_last, opening_clause, came_after):
        parts = reorder(s)
        if len(parts) > 1 and all(stands_alone(re.sub(r", (?:a|an|the) [^,]{3,80}, ", " ", p)) for p in parts):
            from .compress import compress  # compress builds on this module
            pieces = [shorten(part, names, depth + 1) or compress(part, names) for part in parts]
            # all or nothing: "The admission came two days later." says nothing once the report is left out
            flat = [p for piece in pieces for p in piece] if all(pieces) else []
            return time_in_report(flat) if reorder is speaker_last else flat
    if words(s) > LONGEST:
        frame, rest = split_frame(s)
        if frame:  # "In the model, A, and B": each piece holds only in the model
            return framed_pieces(frame, shorten(rest, names, depth + 1), names)
        opened = _opening_phrase(s) if drop_opening_phrase(s) != s and not in_compress else []
        if len(opened) == 2 and re.search(r"\b(?:[A-Z][\w'-]*|\d[\d,.]*)\b", opened[1][len("This was "):]) \
                and len(opened[1].split()) >= 5:  # (not a bare "On Thursday,": the main-fact cut keeps that in front)
            # "At Hallam Crown Court on Thursday, Judge Lee said ...": where and when are facts of their own, told
            # after the claim ("This was at Hallam Crown Court on Thursday.") rather than dropped with the phrase (a
            # phrase the cut keeps in front, "On Thursday, Swift ...", stays there)
            first = shorten(opened[0], names, depth + 1)
            if len(first) == 1:
                return first + [opened[1]]
        s = drop_final_appositive(drop_examples(drop_opening_phrase(s)))
    for rule in (lambda x, _n: thing_then_said(x, speaker_again), lambda x, _n: place_with_aside(x),
                 lambda x, _n: of_them_aside(x), lambda x, _n: two_infinitives(x), lambda x, _n: gerund_list(x),
                 _relative_clauses, lambda x, _n: _opening_participle(x), lambda x, _n: _with_participle(x),
                 lambda x, _n: cause_tail(x),
                 lambda x, _n: _appositive(x), lambda x, _n: _participle(x),
                 lambda x, _n: _opening_phrase(x), lambda x, _n: resumptive_appositive(x),
                 lambda x, _n: appositive_with_clause(x), lambda x, _n: to_be_done(x), lambda x, _n: plan_to(x),
                 lambda x, _n: done_by_subject(x), lambda x, _n: repeated_preposition(x)):
        parts = rule(s, names)
        if len(parts) > 1 and all(stands_alone(p) or present_clause(p) for p in parts):
            pieces = [shorten(part, names, depth + 1) for part in parts]
            if not pieces[0] and not _falling_back and parts == cause_tail(s):
                from .compress import compress  # the result a cause explains: its main facts, never nothing
                pieces[0] = compress(parts[0], names)
            if not pieces[0]:
                return []  # "X is one of the largest makers." alone, with X's news lost: the fallback may keep both
            return keep_leaning(pieces)
    split = _split_once(s)
    if split and all(stands_alone(p) for p in split):
        left, right = shorten(split[0], names, depth + 1), shorten(split[1], names, depth + 1)
        if left and not right and split[1].startswith("This was ") and words(split[1]) > LONGEST:
            from .compress import compress  # "This was after a jury found him guilty of X ... and Y": its main fact
            right = compress(split[1], names)
        if not left and right and right[0].split()[0] in ("This", "That", "It", "They", "But", "So", "There,"):
            return []  # "This was during the 2018 flu season." means nothing once its first half is gone
        if not left and right and not _falling_back:
            return _main_facts(s, names) or right  # the main clause is lost: the main-fact cutter may keep it
        if right and right[0].startswith("This ") and _lost_end(split[0], left):
            return left  # "... records, stating they checked on him in the hours | before he died": with the
            # "stating" part left out, "This was before he died" would lean on the wrong event
        return left + right
    return [s] if words(s) <= LONGEST else last_resort(s)


# a forecast that ends on what it hangs on: "X said it expected growth of 3%, as price rises slow and costs ease"
# (after an opening phrase: "Looking ahead, X said ...", whose "-ing" opener is no fact and goes)
FORECAST_AS = re.compile(r"(?P<open>[^,]{3,30}, )?(?P<claim>[A-Z][^,]*?\b(?:said|says) (?:it|they|he|she) (?:expects?"
                         r"|expected|forecasts?|predicts?|predicted)\b[^,]{8,}), as (?P<as>[a-z][^,]{8,})")


_falling_back = False  # compress cuts its pieces with shorten: a shorten inside it must not call it again
# (nor tell a unit's opening place as "This was in a letter.": compress glues its pieces to more "This was ..." lines)
in_compress = False


def _main_facts(s: str, names: set[str]) -> list[str]:
    """compress's cut of a sentence whose first clause shorten lost ("Forecasters have issued A and B, saying C"
    would open the story with C alone)."""
    global _falling_back
    from .compress import compress  # compress builds on this module
    _falling_back = True
    try:
        return compress(s, names)
    finally:
        _falling_back = False

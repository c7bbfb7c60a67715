"""Which story lines are main points: the recap repeats what the story is about, not its side notes.

A line can be a plain, whole statement and still be no main point: the background the article gave in an
aside ("Dr. Lee, who has not treated the singer, said ..." -> "Lee has not treated the singer."), a note on
where the news came from or who would not talk ("The company did not respond to a request for comment."),
a line whose "he" or "she" stands for someone named only in a line before ("The second time he did not
answer."), a "that" or "similarly" that points back ("Lee said that helps a lot.", "A similarly fresh poll
..."), or who a person of the story is ("Lee is the CEO of Norvale Foods."). Said alone after "We heard
that", each would puzzle the listener or tell them nothing.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from ..faithful import SPEECH_VERB
from ..grammar import MANY_IN_WORDS
from ..speakers import JOBS
from .point_case import verb_like
from .roles import what_a_speaker_does
from .selection import NOT_LEANING, Draft
from .who_lines import PERSONAL

# notes on the reporting rather than the news: who would not comment, where a document came from
REPORTING_NOTE = re.compile(
    r"\b(?:(?:did not|didn't|has not|have not|had not) (?:at once |immediately |yet )?"
    r"(?:respond|reply|return|answer)\w*"
    # ("to Fox News' request for comment": a name with its possessive mark)
    r" (?:to )?(?:[\w.'\u2019-]+ ){0,3}(?:requests?|calls?|messages?|emails?|questions?) for comment"
    r"|(?:declined|refused) to comment|(?:no|any) (?:further |immediate )?comments?\b"
    r"|be reached for comment|could not be reached|not (?:immediately )?available for comment"
    r"|(?:was|were|has been|have been) (?:first )?(?:obtained|seen|reported) by\b"
    # "The claim could not be checked.", "The trust did not say whether it got a demand.": what is not known
    r"|(?:could|can) not be (?:independently )?(?:checked|verified|confirmed)"
    r"|(?:did|does|would) not (?:say|confirm|disclose|reveal) (?:whether|if|how|why|when|what|who|where)\b"
    # "The woman from Ashby Vale asked not to be named.": why no name is given
    r"|(?:asked|wished|wants|wanted|did not want) not to be (?:named|identified)"
    r"|(?:spoke|speaking|talked) on (?:the )?condition of anonymity)",
    re.IGNORECASE)
# a person said as "he"/"she" inside the line: fine after the one who speaks ("Lee said she ..."), not before
PERSON_PRONOUN = re.compile(r"\b(?:he|she|him)\b")
# beyond faithful.SPEECH_VERB: verbs after which a person says what he or she did, wants or knows
OTHER_SPEAKING = re.compile(r"\b(?:asked|admitted|announced|recalled|revealed|confirmed|denied|stated|hopes|wants)\b")
# the words that open an aside about the person or thing just named
ASIDE_OPENERS = ("who", "which")
NEGATION = re.compile(r"\b(?:not|never|no)\b|n't\b")


# "Ann Lee is the CEO of Norvale Foods.", "Lee is president of the club.", "Ann Lee is a relative.": who a person is,
# by job or by how the person stands to the story's people
_JOB_WORDS = "|".join(sorted((re.escape(j) for j in JOBS if not j.endswith(".")), key=len, reverse=True))
_PERSON_WORDS = rf"{_JOB_WORDS}|member|partner|editor|relative|neighbou?r|friend|cousin|witness|resident"
WHO_SOMEONE_IS = re.compile(rf"^(?:[A-Z][\w.'-]* ){{0,3}}[A-Z][\w'-]+ (?:is|was) (?:(?:a|an|the) )?"
                            rf"(?:(?!(?:for|of|at|to|in|with) )[\w'-]+ ){{0,3}}?(?i:{_PERSON_WORDS})s?\b")
# "Tessaro calls the plant Fab 9.", "The storm is known as Storm Bella.": the name a thing goes by, from an aside
# (", which Tessaro calls Fab 9,"): it helps the story along, but it is not what happened
NAMES_A_THING = re.compile(r"\b(?:calls?|dubs?|dubbed|nicknamed|(?:is|are|was|were) (?:also )?(?:known as|called))"
                           r"(?: (?:the|a|an|its|their|this|these|it|them)\b[\w' -]{0,30}?)? [A-Z][\w'-]*"
                           r"(?: [A-Z0-9][\w'-]*)*\.$")
# "Boudreau said that helps a lot.": "that" is the subject, a thing said in a line before
SAID_THAT_THING = re.compile(r"\b(?:said|says|added) that (\w+)")


# "A similarly fresh poll has lower numbers.": like, or lower than, what a line before said
COMPARES_BACK = re.compile(r"\b(?:similarly|likewise)\b", re.IGNORECASE)
# "14 had predicted a cut.", "Three were hurt.": a count with no noun as the subject counts the people or things a
# line before named ("Of 24 economists surveyed, ..."); a year ("2019 was a hard year.") names its own thing
COUNT_OF_BEFORE = re.compile(rf"^(?:(?!(?:19|20)\d\d\b)\d[\d,.]*|One|{MANY_IN_WORDS}|Most|Some|Others|Both|All)"
                             r" (?:had|have|has|were|was|are|is|will|would|could|did|do|said|say)\b")
# "The agency has been holding people far longer.": longer than something a line before said
COMPARED_TO_BEFORE = re.compile(r"\b(?:far|much|even|still|slightly|a lot|a little) (?:longer|more|less|fewer|higher|lower"
                                r"|bigger|smaller|larger|better|worse|faster|slower|earlier|later)[.!?]$"
                                # "The admission came two days later.": later than something a line before said
                                r"|\b(?:\w+ )(?:minutes?|hours?|days?|weeks?|months?|years?) (?:later|earlier)[.!?]$")
# "Lee was asked whether the bank would cut again.": a question put to someone, not news (the answer may be)
ASKED = re.compile(r"\b(?:was|were|is|are) asked (?:whether|if|about|what|how|why|when|who|where)\b")
# "Harlan Springs is a city of about 180,000 people in southern Nevada.", "Rennsburg is the Estmark capital.": what
# kind of place a name is, the article's aside for a listener who does not know it; the news happened there ("is the
# first city to ban ..." is news of its own)
PLACE_DESCRIBED = re.compile(r"^(?:[A-Z][\w'-]* ){0,3}[A-Z][\w'-]* (?:is|was) (?:a|an|the) (?:[\w'-]+ ){0,3}?"
                             r"(?:city|town|village|county|province|region|district|capital|suburb|island"
                             r"|municipality|neighbou?rhood)\b(?!'| (?:to|that|where) )")


def who_someone_is(sentence: str, people: Collection[str], article_text: str = "") -> bool:
    """"Ann Lee is the CEO of Norvale Foods.": who a person of the story (a name the article calls "he" or
    "she", or one it quotes: "Lee said") is. The story says it to introduce her; as a main point of the news
    it says nothing happened (the first line of a story may still be one). "Apple is the leader ..." is about
    a firm: it may be news."""
    if not WHO_SOMEONE_IS.match(sentence):
        return False
    bare = re.sub(r"'s?$", "", sentence.split(" is ", 1)[0].split(" was ", 1)[0].split()[-1])
    return is_person(bare, people, article_text, speaking=True)


def is_person(bare: str, people: Collection[str], article_text: str, speaking: bool = False) -> bool:
    """A name the article calls "he" or "she", or one it gives a job or a tie beside ("Ann Lee, the chief
    executive,", "the nutrition director, Ann Lee,", "A relative, Ann Lee,", "Professor Ann Lee"), or (with
    `speaking`) one it quotes ("Lee said")."""
    name, jobs = re.escape(bare), f"(?i:{_PERSON_WORDS})"
    person = rf"\b{name}, (?:the |a |an )?(?:[\w'-]+ ){{0,3}}{jobs}\b|\b{jobs},? (?:[A-Z][\w'.-]+ )*{name}\b"
    if speaking:
        person += rf"|\b{name}(?:'s)?,? (?:said|says|told)\b|\bsaid {name}\b"
    return bare in people or re.search(person, article_text.replace("\u2019", "'")) is not None


def said_that_thing(sentence: str) -> bool:
    """"Boudreau said that helps a lot.": the "that" after "said" is no conjunction but the subject, standing
    for something in a line before ("said that the team ..." is the conjunction)."""
    m = SAID_THAT_THING.search(sentence)
    return m is not None and verb_like(m.group(1))


def is_reporting_note(sentence: str) -> bool:
    """"A spokesman did not respond to a request for comment.", "The letter was obtained by a newspaper.":
    how the news was gathered, not what happened."""
    return bool(REPORTING_NOTE.search(sentence))


def person_from_before(sentence: str) -> bool:
    """"The second time he did not answer.": a "he" or "she" with no speaker before it in the line stands
    for a person the listener met in a line the recap does not repeat."""
    m = PERSON_PRONOUN.search(sentence)
    if m is None:
        return False
    before = sentence[:m.start()]
    return not SPEECH_VERB.search(before) and not OTHER_SPEAKING.search(before)


def from_an_aside(sentence: str, article_text: str) -> bool:
    """The line is the article's aside of what someone did not do made a sentence: its words after the subject
    stand between ", who" or ", which" and a comma in the article ("Dr. Hamish Lee, who has not treated Ada
    Berg, said ..." gives "Lee has not treated Ada Berg."). A disclaimer about a side figure, not the news."""
    if not NEGATION.search(sentence):
        return False  # "Ana Berg, who won 41 seats in May, ...": an aside of facts may be what the story is about
    toks = sentence.rstrip(".!?").split()
    text = re.sub(r"\s+", " ", article_text.replace("\u2019", "'"))
    for cut in range(1, min(5, len(toks) - 2)):
        rest = " ".join(toks[cut:])
        if any(f", {opener} {rest}," in text for opener in ASIDE_OPENERS):
            return True
    return False


# "The data showed it hit 16% on Monday.", "Police say it will stay shut.": a finding's or a plural speaker's "it" is
# not the speaker; it stands for a thing a line before named (the bond, the road)
IT_OF_A_FINDING = re.compile(r"\b(?:showed|shows|show|found|finds|suggests|suggested|indicates|indicated)"
                             r" (?:that )?(it\b.*)$"
                             r"|^(?:[Tt]he )?(?i:police|officials|experts|analysts|residents|people|critics|campaigners)"
                             r" (?:say|said|believe|think|fear|expect) (?:that )?(it\b.*)$")
# "VW has equipped it with touch panels.": an "it" right after a named subject's own verb is some other thing (the
# subject itself would be "itself"), one a line before named; not a reported "it" ("Lee said it rained"), nor "made it"
OBJECT_IT = re.compile(r"^(?:[A-Z][\w.'-]* ){1,3}(?:(?:has|have|had|will|would|can|could|may|might|must|should|did|does"
                       r"|do) (?:not )?)?(?!(?:said|says|say|told|thinks|think|thought|believes|believed|hopes|hoped"
                       r"|expects|expected|knows|knew|feels|felt|found|finds|fears|feared|made|make|makes)\b)[a-z]+ it\b")


# "The government said it had accepted it in full.": the "it" of what a claim's subject did is a thing a line before
# named (the rise); "made it clear" is no thing
CLAIMED_ACT_ON_IT = re.compile(r"\b(?:said|says|added) (?:that )?(?:it|they|he|she|we) (?:(?:had|has|have|will|would"
                               r"|could|did|does|do) )?(?:not )?(?!(?:made|make|makes)\b)[a-z]+ it\b")
# "People may have been exposed at the following places and times.": a line that points ahead to a list the recap
# does not repeat
POINTS_AHEAD = re.compile(r"\bthe following [a-z]+s(?: and [a-z]+s)?[.:]?$|\b(?:as follows|listed below)\b|:$")
# "Hutchins said he has been there for 22.": a span with its unit left to the line before ("for 34 years, and I've
# been there for 22"); a score is whole ("Menon took 3 for 47.")
SPAN_WITHOUT_UNIT = re.compile(r"(?<!\d )\bfor (?:about |nearly |almost |more than )?\d[\d,.]*[.!?]$")


def leans_on_a_line_before(sentence: str) -> bool:
    """An "it" of a finding or of the subject's own verb, or a span with no unit: the point needs a story line the
    recap does not repeat."""
    m = IT_OF_A_FINDING.search(sentence)
    if m and not NOT_LEANING.match(m.group(1) or m.group(2)):
        return True
    return OBJECT_IT.match(sentence) is not None or SPAN_WITHOUT_UNIT.search(sentence) is not None \
        or CLAIMED_ACT_ON_IT.search(sentence) is not None or POINTS_AHEAD.search(sentence) is not None


def not_a_main_point(sentence: str, article_text: str, people: Collection[str] = (), first_line: bool = False) -> bool:
    """Any of the side notes above; who someone is counts only past the story's first line."""
    return is_reporting_note(sentence) or person_from_before(sentence) or from_an_aside(sentence, article_text) \
        or leans_on_a_line_before(sentence) \
        or said_that_thing(sentence) or bool(NAMES_A_THING.search(sentence)) or bool(COMPARES_BACK.search(sentence)) or bool(COUNT_OF_BEFORE.match(sentence)) \
        or bool(ASKED.search(sentence)) or bool(COMPARED_TO_BEFORE.search(sentence)) \
        or (not first_line and (who_someone_is(sentence, people, article_text) or bool(PLACE_DESCRIBED.match(sentence))
                                or bool(PERSONAL.match(sentence))
                                or what_a_speaker_does(sentence, article_text)))


# "Ellwood said it makes it personal.": a person's words about a thing of a story line the recap leaves out
PERSON_SAID_IT = re.compile(r"^(?:[A-Z][\w.'-]* ){0,3}([A-Z][\w'-]+) (?:also )?(?:said|says|added|told [\w ]+?) "
                            r"(?:that )?(it\b.*)$")


def it_points_outside(sentence: str, people: Mapping[str, str], article_text: str = "") -> bool:
    """A point in which a person (a name the article calls "he" or "she") says "it ...": the "it" is no
    person, so it stands for a thing named in a line before ("it is just huge"); an "it" that stands for
    nothing ("it is likely that ...", "it was raining") is fine."""
    m = PERSON_SAID_IT.match(sentence)
    if not m:
        return False
    return is_person(m.group(1), people, article_text) and not NOT_LEANING.match(m.group(2))


# words whose reach goes past the end of their piece: "No details were given on how the | targets would be
# met." The piece after them, said alone, would say the opposite or more than the article
SCOPE_WORDS = re.compile(r"\b(?:not|no|never|unless|if|whether|how|why|what|until|only|except|without|nor)\b|n't\b",
                         re.IGNORECASE)


def scoped_by_earlier_piece(text: str, draft: Draft) -> bool:
    """A line cut from the middle or end of an article sentence whose earlier piece holds a "no", an "if" or
    a "how": in the story it is heard right after that piece; as a recap point it would be heard alone."""
    for i, ln in enumerate(draft.lines):
        if ln.text == text:
            earlier = [x for x in draft.lines[:i] if x.group == ln.group]
            return any(SCOPE_WORDS.search(x.text) for x in earlier)
    return False

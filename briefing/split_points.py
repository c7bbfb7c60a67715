"""Where a long sentence may be split, for briefing/clauses.py: the split points in order of preference (with how
the right-hand part starts its own sentence) and the word lists the split rules consult.
"""
from __future__ import annotations

import re

# Split points in order of preference, and how the right-hand part starts its own sentence.
# "clause" needs the right part to have its own subject; "phrase" takes any phrase.
_SPLITS: list[tuple[str, str, str]] = [
    ("; ", "{}", "clause"),
    (" \u2014 ", "{}", "clause"),
    (", but ", "But {}", "clause"),
    (", and that ", "{}", "clause"),
    (" and that ", "{}", "clause"),
    (", and ", "{}", "clause"),
    (", while ", "{}", "clause"),
    (", as ", "{}", "clause"),
    (", so ", "So {}", "clause"),
    (", where ", "There, {}", "clause"),
    (", because ", "This is because {}", "clause"),
    (" because ", "This is because {}", "clause"),
    (" because of ", "This was because of {}", "phrase"),
    (", although ", "But {}", "clause"),
    (", though ", "But {}", "clause"),
    (", so that ", "This is so that {}", "clause"),
    (" but ", "But {}", "clause"),
    (" and ", "{}", "clause"),
    (" as ", "{}", "clause"),
    (" while ", "{}", "clause"),
    (" as a ", "This was a {}", "phrase"),
    (" as an ", "This was an {}", "phrase"),
    (" during ", "This was during {}", "phrase"),
    (" after ", "This was after {}", "phrase"),
    (" before ", "This was before {}", "phrase"),
    (" when ", "This was when {}", "clause"),
    (", ", "{}", "clause"),
]


# "as a sign of", "as a result of": what an event was taken to be, so "This was a sign of ..." says the same
AS_A_READING = {"sign", "signal", "gesture", "symbol", "warning", "reminder", "protest", "tribute", "response",
                "reaction", "result", "mark", "show", "token", "test", "way", "step", "message", "reward", "punishment",
                "tool", "means"}


# verbs whose "to ..." part is a thing to be done: a time phrase after it tells when that is to be done
INTENT = re.compile(r"\b(?:ask|asks|asked|tell|tells|told|hire|hires|hired|urge|urges|urged|order|orders|ordered|vote"
                    r"|votes|voted|plan|plans|planned|want|wants|wanted|agree|agrees|agreed|decide|decides|decided"
                    r"|promise|promises|promised|pledged|vowed|aim|aims|aimed|hope|hopes|hoped|need|needs|needed"
                    r"|expect|expects|expected|allow|allows|allowed|force|forces|forced|set|help|helps|helped"
                    r"|pay|pays|paid|order|call on|calls on|called on|in order|will|would|could|can|may|might|should"
                    r"|must)\b")


# "You have 14 days to change your mind | after you agree": a window of time counted from the event, not a time
# after which the left happened ("This is after you agree to a contract" says something else)
WINDOW_FROM = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d.,]*) (?:\w+ )?"
                         r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) (?:in which )?to [a-z]+\b[^,]*$")
OFFSET_TIME = re.compile(r"\b(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d[\d.,]*)"
                         r"(?: hundred| thousand| million| billion)? "
                         r"|(?:only|just|mere) )(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)|shortly|soon"
                         r"|just|right|moments?)$")


# verbs of judging: what the judge gives as the cause ("criticised the unrest because of ...") is the judge's view
JUDGED_BY = re.compile(r"((?:[A-Z][\w.'-]*|the|a|an)(?: [\w.'-]+){0,5}?) (?:criticised|criticized|blamed|condemned"
                       r"|praised|welcomed|attacked|slammed|hailed|questioned|defended|thanked|faulted|denounced"
                       r"|applauded|lauded|credited|mourned|regretted|protested)\b")


# words that narrow the reason or time after them ("partly because", "only after", "shortly before"): cut before
# "because", they would be left hanging at the end of the first sentence
LEANS_ON_WHAT_FOLLOWS = {"partly", "mainly", "largely", "mostly", "chiefly", "only", "just", "simply", "purely",
                         "solely", "even", "especially", "particularly", "not", "shortly", "soon", "long", "right",
                         "immediately", "partially", "entirely", "precisely"}

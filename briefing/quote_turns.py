"""Whose quote is it: every quoted sentence of a paragraph gets its speaker, as '"Q," X said.'.

News names a speaker once for a quote of several sentences, before or after it, and goes on with the same
speaker's quote in the next paragraph. briefing/reported.py then tells each '"Q," X said.' in reported speech.
"""
from __future__ import annotations

import re

from .grammar import elliptical, is_verbish, words
from .reported import SAID_WHERE, SPEECH_VERBS
from .sentences import BODIES, short_name
from .speakers import DAYS, GROUP_JOBS, NOT_FIRST_NAMES
from .vocabulary import common_words


# a job word in lower case before a name: '"...," judge Inaba noted.'
ROLE = r"(?:judge|coach|mayor|senator|president|minister|director|officer|doctor|professor|spokesman|spokeswoman)"
SPEAKER_AFTER = re.compile(rf'"\s*,?\s*(?:(?:{SPEECH_VERBS}) ((?:[A-Z][\w.\'-]*)(?: [A-Z][\w.\'-]*){{0,3}}|he|she)|'
                           rf'((?:[A-Z][\w.\'-]*|the|a|an|he|she|{ROLE} [A-Z][\w.\'-]*)(?: [\w.\'-]+){{0,5}}?) '
                           rf'(?:{SPEECH_VERBS}))'
                           rf'(?: {SAID_WHERE})?[.,]')
SPEAKER_BEFORE = re.compile(rf'^((?:[A-Z][\w.\'-]*|the|a|an|He|She|The)(?: [\w.\'-]+){{0,5}}?) (?:{SPEECH_VERBS})'
                            rf'(?: {SAID_WHERE})?[:,]? "')

# 'Its head of research, Dr Ann Lee, said: "..."', 'In a statement, Ann Lee said: "..."': the speaker's full name
# after a job or an opening phrase
NAME_AFTER_JOB = re.compile(rf'^(?:[A-Z][\w\'-]*|the)(?: [\w\'-]+){{0,6}}, ((?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?[A-Z][\w\'-]+'
                            rf'(?: [A-Z][\w\'-]+){{1,3}}),? (?:{SPEECH_VERBS})(?: {SAID_WHERE})?[:,]? "')


def _speaker_before(sentence: str) -> re.Match[str] | None:
    return SPEAKER_BEFORE.search(sentence) or NAME_AFTER_JOB.search(sentence)


def _job_then_quote(sentence: str) -> str | None:
    """'Its head of research, Dr Ann Lee, said: "Q."' -> '"Q," Dr Ann Lee said.' (the job goes, as a job
    between a quote and its speech tag does); None for any other shape ("In May, Ann Lee said: ..." keeps its time)."""
    m = NAME_AFTER_JOB.search(sentence)
    if not m or not sentence[m.end(1):].startswith(",") or not re.fullmatch(r'[^"]+[.!]"', sentence[m.end():]):
        return None
    return f'"{sentence[m.end():].rstrip()[:-2]}," {m.group(1)} said.'


def _speaker(sentence: str) -> str | None:
    # after a closing quote mark only: '"We heard what people said about X," she said.' is hers, not "people"'s
    m = next((m for m in SPEAKER_AFTER.finditer(sentence) if sentence.count('"', 0, m.start()) % 2 == 1), None)
    if m:
        return m.group(1) or m.group(2)
    m = _speaker_before(sentence)
    return m.group(1) if m else None


MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"}
JOB_BEFORE_NAME = re.compile(rf"^(?:[A-Z][a-z]+ )?(?:[a-z]+ )?{GROUP_JOBS} (?=[A-Z][a-z]+ [A-Z][a-z])")


def _named_subject(sentence: str) -> str | None:
    """The one person a sentence without quotes is about, named as its subject ("Lee closely follows the
    port." -> "Lee"); None when it names anyone else too, or opens with no name."""
    if '"' in sentence:
        return None
    # "Festival director Ann Lee said ...": a job before the name is no other person
    sentence = JOB_BEFORE_NAME.sub("", sentence, count=1)
    m = re.match(r"([A-Z][a-z]+ )?([A-Z][a-z][\w'-]+) (?:[a-z]+ly )?(?:[a-z]+(?:s|ed)|said|told)\b", sentence)
    if not m or (m.group(1) or "").strip() in NOT_FIRST_NAMES or m.group(2).lower() in BODIES:
        return None
    if not m.group(1) and m.group(2).lower() in common_words():
        return None  # "Police arrested ...": a word, not a person's name
    others = [w for w in re.compile(r"(?<=[a-z,] )[A-Z][\w'-]*").findall(sentence, m.end(2))
              if not re.fullmatch(DAYS, w) and w not in MONTHS]  # "said on Monday", "in late July": no one
    return None if others else m.group(2)


# a sentence that reports someone's words without quoting them: "Lee said the plan was dead."
REPORTER = re.compile(r"(?:But |And )?((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,3}|[Tt]he [a-z]+(?: [a-z]+)?)"
                      r"(?:, [^,\"]{3,120},)? (?:said|says|added|insisted|argued|warned|explained|told [a-z]+)\b")


def _reporter(sentence: str, speaker: str | None) -> str | None:
    """Whose a quote that stands alone after this unquoted sentence is: 'Lee said the plan was dead. "We
    will not build it."' -> Lee's, not the last quoted speaker's. A sentence that names someone else too
    ("Lee said Moss was right.") leaves the quote's speaker unknown; one that reports no one's words, or
    a he or she, keeps the speaker as it was."""
    m = REPORTER.match(sentence)
    if not m or m.group(1) in ("He", "She", "It", "They", "We", "I"):
        return speaker
    if re.compile(r"(?<=[a-z,] )[A-Z][\w'-]*").search(sentence, m.end()):
        return None
    return short_name(m.group(1)) or re.sub(r"^The ", "the ", m.group(1))


def _quote_clause(body: str) -> str | None:
    """A quoted sentence worth reporting: a clause of its own, not "And we are going." or "In fact."."""
    body = body.strip().strip('"').rstrip(",.!").strip()
    if '"' in body or words(body) < 4 or body.split()[0].lower() in ("and", "but", "or", "so", "because", "which") \
            or elliptical(body):
        return None  # "I have for years.": what "have" stands for is in the sentence before
    fragment = re.fullmatch(r"([^,]+), (?:who|which|whose) [^,]+", body)
    if fragment and not any(is_verbish(t) for t in fragment.group(1).split()[1:]):
        return None  # "People with jobs, who have run out of money.": a noun and its "who" clause, no sentence
    return body


def attribute_quotes(sentences: list[str], speaker: str | None) -> tuple[list[str], str | None]:
    """Give every quoted sentence of a paragraph its speaker, as '"Q," X said.', so it can be reported.

    A quote of several sentences names its speaker once, at its first or last sentence; a quote that
    stands alone after an attribution ('"Q1," Carter said. "Q2."') is the same speaker's. A quote whose
    speaker is not named in this paragraph or the one before it stays unattributed (and is left out).
    Returns the sentences and the last speaker, for the next paragraph."""
    if not any('"' in s for s in sentences):
        # a paragraph without quotes ends the last speaker's turn; the one person its last sentence is about
        # is passed on, marked "~", only to name a "he said" that opens the next paragraph
        named = _named_subject(sentences[-1]) if sentences else None
        return sentences, f"~{named}" if named else None
    subject_before = speaker[1:] if speaker and speaker.startswith("~") else None
    speaker = None if subject_before else speaker
    out: list[str] = []
    i = 0
    while i < len(sentences):
        s = sentences[i]
        if i > 0 and '"' in sentences[i - 1] and not _speaker(sentences[i - 1]) \
                and sentences[i - 1].count('"') % 2 == 0:
            speaker = None  # a quote whose speaker we could not read: the next quote may be anyone's
        if s.count('"') % 2 == 0:
            found = _speaker(s) if '"' in s else None
            named = None if found not in ("he", "she") else _named_subject(sentences[i - 1]) if i > 0 \
                else subject_before
            if found and named:
                # 'Lee knows the port. "I run it from my phone," he said.' -> 'Lee said ...': "He said" would
                # lean on a sentence the story may leave out
                speaker = named
                out.append(re.sub(rf'(",?\s*)(?:he|she) ({SPEECH_VERBS})\b|\b({SPEECH_VERBS}) (?:he|she)\b',
                                  lambda m: f"{m.group(1)}{named} {m.group(2)}" if m.group(1) is not None
                                  else f"{m.group(3)} {named}", s, count=1))
            elif found:
                speaker = found
                out.append(_job_then_quote(s) or s)
            elif '"' not in s:
                speaker = _reporter(s, speaker)
                out.append(s)
            elif re.fullmatch(r'"[^"]+[.!]"', s) and speaker and _quote_clause(s):
                again = short_name(speaker) or speaker  # "Carter", not "Mayor Helen Carter" again
                out.append(f'"{_quote_clause(s)}," {again} said.')
            else:
                out.append(s)
            i += 1
            continue
        # an open quote: collect up to the sentence that closes it
        j = i + 1
        while j < len(sentences) and sentences[j].count('"') % 2 == 0:
            j += 1
        if j >= len(sentences):
            # not closed in this paragraph: news style, the same speaker's quote goes on in the next one
            first_speaker = _speaker_before(sentences[i])
            who = first_speaker.group(1) if first_speaker else speaker
            if not who or not (first_speaker or sentences[i].lstrip().startswith('"')):
                out += sentences[i:]
                return out, None
            bodies = [sentences[i][first_speaker.end():] if first_speaker else sentences[i].lstrip()[1:]]
            for k, raw in enumerate(bodies + sentences[i + 1:]):
                body = _quote_clause(raw)
                if body:
                    out.append(f'"{body}," {who if k == 0 and first_speaker else short_name(who) or who} said.')
            return out, who
        group = sentences[i:j + 1]
        first_speaker = _speaker_before(group[0])
        last = SPEAKER_AFTER.search(group[-1])
        who = (last.group(1) or last.group(2)) if last else first_speaker.group(1) if first_speaker else speaker
        if who in ("he", "she", "He", "She"):
            who = (_named_subject(sentences[i - 1]) if i > 0 else subject_before) or who
        if not who or not group[0].lstrip().startswith('"') and not first_speaker:
            out += group
            i = j + 1
            continue
        bodies = [group[0][first_speaker.end():] if first_speaker else group[0].lstrip()[1:]]
        bodies += group[1:-1]
        bodies.append(group[-1][:last.start()] if last else group[-1].rstrip().rstrip('"'))
        for k, raw in enumerate(bodies):
            body = _quote_clause(raw)
            if body:
                # named in full where the paragraph names them; a speaker carried over is named short
                out.append(f'"{body}," {who if k == 0 and (last or first_speaker) else short_name(who) or who} said.')
        speaker = who
        i = j + 1
    return out, speaker

"""The issue-3 figures for a script, measured with the `eval` extra (textstat==0.7.8, pysbd, wordfreq).

Used by scripts/eval_script.py and the tests; the package never imports this at run time (the writer's own
offline checks are in briefing/checks.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from .checks import measured_sentences, unsupported
from .models import Article, Script
from .vocabulary import lower_tokens
from .writers import estimated_seconds

ZIPF_COMMON = 4.0


@dataclass
class Figures:
    words: int  # whole script, welcome and goodbye included
    seconds: float  # estimated_seconds
    mean_len: float
    max_len: int
    fk_grade: float
    common: float  # share of lower-case tokens with Zipf >= 4.0
    unfaithful: list[str]  # names and numbers not found in the articles


def measure(script: Script, articles: list[Article]) -> Figures:
    try:
        import pysbd
        import textstat
        from wordfreq import zipf_frequency
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError(f"{exc.name} is missing: pip install -e '.[eval]'") from exc
    text = " ".join(measured_sentences(script))
    segmenter = pysbd.Segmenter(language="en", clean=False)
    sentences = [s for s in segmenter.segment(text) if s.strip()]
    lengths = [len(s.split()) for s in sentences] or [0]
    tokens = lower_tokens(text)
    common = sum(1 for t in tokens if zipf_frequency(t, "en") >= ZIPF_COMMON) / max(1, len(tokens))
    return Figures(
        words=script.words,
        seconds=estimated_seconds(script),
        mean_len=sum(lengths) / len(lengths),
        max_len=max(lengths),
        fk_grade=float(textstat.flesch_kincaid_grade(text)),
        common=common,
        unfaithful=unsupported(measured_sentences(script), articles),
    )


def rare_words(script: Script) -> list[str]:
    """The lower-case words under the Zipf threshold, for finding what to simplify next."""
    from wordfreq import zipf_frequency

    return [t for t in lower_tokens(" ".join(measured_sentences(script))) if zipf_frequency(t, "en") < ZIPF_COMMON]

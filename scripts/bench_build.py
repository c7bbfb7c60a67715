"""Time a whole build, stage by stage, each run in a new process; compare with the naive way.

    python scripts/bench_build.py                 # the seed episode, 3 cold runs + 3 rebuilds + naive
    python scripts/bench_build.py --runs 5 --source path/to/page.txt
    python scripts/bench_build.py --audio-only    # just the audio stage, on a built-in ~600-word script

Full mode calls `briefing.pipeline.build` in a fresh Python process with timers wrapped around the
public stage functions (ingest/clean, script, speech, audio, tags, feed); a cold run starts from an
empty output folder, a rebuild runs again on the same folder (speech cache warm). The naive way is:
sentence after sentence synthesised in one process, clips joined with pydub `+`, pydub's MP3 export,
then ffmpeg's two-pass loudnorm as separate processes. Every MP3 is measured with ffmpeg's
`ebur128=peak=true`. When the pipeline is not wired yet (a stage raises NotImplementedError), the
script falls back to --audio-only.

Prints a table: median wall time, CPU time (process + its children) and peak memory (largest RSS of the
process or any one child) per mode; stage medians; loudness of the results; the naive/ours ratio.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # measure the checkout this script is in
SEED = ROOT.parent / "shared" / "seed" / "000_7082b5382028ba51.txt"
DATE = dt.date(2026, 1, 5)

# (stage, module, function): timers go around these, exclusive of nested timed calls
# (publish calls tag_mp3; its own time is the feed and catalogue work).
STAGES = [
    ("clean", "briefing.ingest", "read_article"),
    ("script", "briefing.script", "write_script"),
    ("speech", "briefing.speech", "get_engine"),
    ("speech", "briefing.speech", "speak"),
    ("audio", "briefing.audio", "render"),
    ("tags", "briefing.tags", "tag_mp3"),
    ("feed", "briefing.publish", "publish"),
]

# An invented bulletin of about 600 words in the learner format, for --audio-only (and the tests' spirit:
# no corpus or seed text in the project).
BULLETIN = [
    ("intro", "Welcome", [
        "Hello, and welcome to Briefing in Plain English.",
        "Today is Monday, the fifth of January.",
        "Here is the news, read slowly and clearly.",
    ]),
    ("headlines", "Headlines", [
        "A small town opens a new library after ten years of waiting.",
        "Farmers in the south say the dry weather is hurting their crops.",
    ]),
    ("story", "Story: A new library for Millbrook", [
        "The town of Millbrook opened its new library on Saturday morning.",
        "People waited for almost ten years for the building.",
        "The old library closed after a fire in a nearby shop.",
        "Since then, children and older people had no quiet place to read.",
        "The new library has more than twenty thousand books.",
        "It also has computers, a room for meetings, and a garden.",
        "The mayor cut a red ribbon at the front door.",
        "She said the library is a place for everyone in the town.",
        "Many families came to the opening.",
        "Some children borrowed their first books on the same day.",
        "One teacher said the library will help students with their homework.",
        "The building cost about four million dollars.",
        "Most of the money came from the town, and some came from local businesses.",
        "The library will be open six days a week.",
    ]),
    ("story", "Story: Dry weather worries farmers", [
        "Farmers in the south of the country are worried about the weather.",
        "There has been very little rain for three months.",
        "The ground is hard and dry, and many fields are brown.",
        "Some farmers say their wheat is growing slowly.",
        "Others say they must buy extra food for their cows and sheep.",
        "This costs a lot of money.",
        "The weather service says the dry period may continue for several weeks.",
        "It asks people to use less water at home.",
        "Farmers' groups want the government to help them.",
        "They ask for cheaper water and for help with the cost of animal food.",
        "A government minister visited two farms last week.",
        "He said the government is watching the situation closely.",
        "He did not promise any money yet.",
    ]),
    ("glossary", "Words in this story", [
        "Here are some words from today's stories.",
        "A library is a building where you can borrow books.",
        "To borrow means to take something and give it back later.",
        "A ribbon is a long, thin piece of cloth.",
        "Crops are plants that farmers grow for food.",
        "Wheat is a plant that is used to make bread.",
        "A minister is an important person in the government.",
    ]),
    ("recap", "Recap", [
        "Let us look at the news again.",
        "Millbrook has a new library after ten years.",
        "It has many books, computers and a garden.",
        "In the south, farmers are worried because there is little rain.",
        "They are asking the government for help.",
    ]),
    ("outro", "Goodbye", [
        "That is the end of today's briefing.",
        "Thank you for listening, and goodbye until tomorrow.",
    ]),
]


# --- child side ------------------------------------------------------------------------------------

class StageClock:
    """Wraps functions so that each stage's exclusive wall time adds up."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._stack: list[list[float]] = []  # [start, nested]

    def wrap(self, stage: str, fn):
        def timed(*args, **kwargs):
            self._stack.append([time.perf_counter(), 0.0])
            try:
                return fn(*args, **kwargs)
            finally:
                start, nested = self._stack.pop()
                spent = time.perf_counter() - start
                self.seconds[stage] = self.seconds.get(stage, 0.0) + spent - nested
                if self._stack:
                    self._stack[-1][1] += spent

        timed.__wrapped__ = fn
        return timed

    def install(self) -> None:
        """Replace each stage function everywhere it was imported (pipeline does `from .script import ...`)."""
        import importlib

        for stage, module_name, attr in STAGES:
            try:
                module = importlib.import_module(module_name)
            except ImportError:
                continue
            original = getattr(module, attr, None)
            if original is None:
                continue
            wrapped = self.wrap(stage, original)
            for mod in list(sys.modules.values()):
                if getattr(mod, "__name__", "").startswith("briefing") and getattr(mod, attr, None) is original:
                    setattr(mod, attr, wrapped)


def _usage() -> dict[str, float]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
        "peak_mb": max(me.ru_maxrss, kids.ru_maxrss) / 1024.0,  # Linux reports KiB
    }


def child_build(source: str, output: Path, engine: str) -> dict:
    started = time.perf_counter()
    import importlib
    importlib.import_module("briefing.pipeline")  # imports count towards the build, as for a user
    from briefing import pipeline
    from briefing.config import load_settings

    clock = StageClock()
    clock.install()
    clock.seconds["startup"] = time.perf_counter() - started
    settings = load_settings().replace(output=output, engine=engine or None)
    episode = pipeline.build([source], settings, DATE)
    result = {"stages": clock.seconds, "mp3": str(episode.mp3), "duration": episode.duration}
    result.update(_usage())
    return result


def _bulletin_segments():
    from briefing.models import Segment

    return [Segment(kind, title, sentences) for kind, title, sentences in BULLETIN]


SPEED = 0.56  # hibari slowed so that this bulletin makes a five-minute episode, as the script writer plans


def _hibari_clips(segments) -> tuple[list, int]:
    """The naive speech: one sentence after another, in this process, with the default voice."""
    import numpy as np
    from hibari import Hibari

    from briefing.models import Clip, SpokenSegment

    voice = Hibari()
    spoken = [SpokenSegment(seg, [Clip(s, np.asarray(voice(s, speed=SPEED, seed=0), np.float32), 24000) for s in seg.sentences])
              for seg in segments]
    return spoken, 24000


def child_audio_only(output: Path) -> dict:
    started = time.perf_counter()
    from briefing import audio

    stages: dict[str, float] = {"startup": time.perf_counter() - started}
    t = time.perf_counter()
    spoken, _ = _hibari_clips(_bulletin_segments())
    stages["speech (1 process)"] = time.perf_counter() - t
    stats = audio.RenderStats()
    t = time.perf_counter()
    rendered = audio.render(spoken, _settings(output), output / "episode.mp3", stats=stats)
    stages["audio"] = time.perf_counter() - t
    for name, secs in stats.seconds.items():
        stages[f"  audio: {name}"] = secs
    words = sum(len(s.split()) for _, _, sents in BULLETIN for s in sents)
    result = {"stages": stages, "mp3": str(rendered.path), "duration": rendered.duration, "words": words,
              "encodes": stats.encodes, "limited": stats.report.limited_samples if stats.report else 0}
    result.update(_usage())
    return result


def child_resamplers() -> dict:
    """24 kHz speech to 44.1 kHz three ways, timed on the bulletin's clips laid out as one body."""
    import numpy as np

    from briefing import audio
    from briefing.ffmpeg import audio_segment_class

    spoken, rate = _hibari_clips(_bulletin_segments())
    body, _ = audio._lay_out(spoken, rate)
    times: dict[str, float] = {}
    t = time.perf_counter()
    audio._resample(body, rate)
    times["ffmpeg soxr, one call (used)"] = time.perf_counter() - t
    t = time.perf_counter()
    for seg in spoken:
        for clip in seg.clips:
            audio._clip_samples(clip.samples, rate, 44100)
    times["numpy FFT, per clip"] = time.perf_counter() - t
    AudioSegment = audio_segment_class()
    pcm = np.clip(body * 32767, -32768, 32767).astype("<i2").tobytes()
    t = time.perf_counter()
    AudioSegment(data=pcm, sample_width=2, frame_rate=rate, channels=1).set_frame_rate(44100)
    times["pydub set_frame_rate (audioop)"] = time.perf_counter() - t
    # Quality: a 5 kHz tone at 24 kHz, resampled; energy away from 5 kHz is error (images, aliasing,
    # noise); measured in the spectrum so that a resampler's delay does not count.
    n = rate * 2
    tone = (0.5 * np.sin(2 * np.pi * 5000 * np.arange(n) / rate)).astype(np.float32)
    outs = {
        "ffmpeg soxr, one call (used)": audio._resample(tone, rate),
        "numpy FFT, per clip": audio._clip_samples(tone, rate, 44100),
        "pydub set_frame_rate (audioop)": np.frombuffer(AudioSegment(
            data=np.round(tone * 32767).astype("<i2").tobytes(), sample_width=2, frame_rate=rate, channels=1,
        ).set_frame_rate(44100).raw_data, dtype="<i2") / 32768.0,
    }
    quality = {}
    for name, out in outs.items():
        seg = np.asarray(out[4410:4410 + 44100], np.float64)
        power = np.abs(np.fft.rfft(seg * np.blackman(len(seg)))) ** 2
        freqs = np.fft.rfftfreq(len(seg), 1 / 44100)
        off = np.abs(freqs - 5000) > 100
        quality[name] = float(10 * np.log10(power[off].sum() / power[~off].sum()))
    return {"resamplers": times, "error_db": quality, "seconds_of_speech": len(body) / rate}


def _settings(output: Path):
    from briefing.config import Settings

    return Settings(output=output)


def child_naive(source: str | None, output: Path) -> dict:
    """The naive way: sequential speech, pydub `+` joins, pydub export, then ffmpeg two-pass loudnorm."""
    started = time.perf_counter()
    import numpy as np

    from briefing import audio
    from briefing.ffmpeg import audio_segment_class, find_ffmpeg

    AudioSegment = audio_segment_class()
    stages: dict[str, float] = {"startup": time.perf_counter() - started}
    if source:
        from briefing.config import load_settings
        from briefing.ingest import read_article
        from briefing.script import write_script

        t = time.perf_counter()
        article = read_article(source)
        stages["clean"] = time.perf_counter() - t
        t = time.perf_counter()
        script = write_script([article], settings=load_settings(), date=DATE)
        stages["script"] = time.perf_counter() - t
        segments = script.segments
    else:
        segments = _bulletin_segments()
    t = time.perf_counter()
    spoken, rate = _hibari_clips(segments)
    stages["speech (1 process)"] = time.perf_counter() - t

    t = time.perf_counter()
    assets = ROOT / "briefing" / "assets"
    episode = AudioSegment.from_wav(str(assets / "intro.wav"))
    sentence = AudioSegment.silent(duration=400, frame_rate=44100)
    section = AudioSegment.silent(duration=1000, frame_rate=44100)
    for seg in spoken:
        episode += section
        for clip in seg.clips:
            pcm = np.clip(clip.samples * 32767, -32768, 32767).astype("<i2").tobytes()
            piece = AudioSegment(data=pcm, sample_width=2, frame_rate=rate, channels=1).set_frame_rate(44100)
            episode += piece + sentence
    episode += AudioSegment.from_wav(str(assets / "outro.wav"))
    joined = output / "naive-joined.mp3"
    kbps = f"{audio.BITRATE_K}k"
    episode.export(str(joined), format="mp3", bitrate=kbps, parameters=["-ac", "1"])
    stages["audio: pydub join + export"] = time.perf_counter() - t

    t = time.perf_counter()
    ffmpeg = find_ffmpeg()
    spec = "loudnorm=I=-16:TP=-1.5:LRA=11"
    first = subprocess.run([ffmpeg, "-hide_banner", "-nostdin", "-i", str(joined), "-af", spec + ":print_format=json",
                            "-f", "null", "-"], capture_output=True, text=True, check=True)
    measured = json.loads(first.stderr[first.stderr.rindex("{"):first.stderr.rindex("}") + 1])
    second = (f"{spec}:measured_I={measured['input_i']}:measured_TP={measured['input_tp']}"
              f":measured_LRA={measured['input_lra']}:measured_thresh={measured['input_thresh']}"
              f":offset={measured['target_offset']}:linear=true")
    final = output / "naive.mp3"
    subprocess.run([ffmpeg, "-hide_banner", "-nostdin", "-y", "-i", str(joined), "-af", second, "-ar", "44100", "-ac", "1",
                    "-c:a", "libmp3lame", "-b:a", kbps, str(final)], capture_output=True, check=True)
    stages["audio: ffmpeg loudnorm 2 passes"] = time.perf_counter() - t
    result = {"stages": stages, "mp3": str(final)}
    result.update(_usage())
    return result


# --- parent side -----------------------------------------------------------------------------------

def run_child(args: list[str]) -> dict:
    """One measurement in a brand-new Python process; wall time includes interpreter start."""
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        return {"error": (proc.stderr.strip().splitlines() or ["no output"])[-1]}
    result = json.loads(lines[-1])
    result["wall"] = wall
    return result


def loudness_of(path: str) -> str:
    from briefing.ffmpeg import measure_ebur128

    m = measure_ebur128(Path(path))
    return f"{m['integrated']:.1f} LUFS, {m['true_peak']:.1f} dBTP"


def mp3_format(path: str) -> str:
    from mutagen.mp3 import MP3

    info = MP3(path).info
    data = Path(path).read_bytes()
    start = 0
    if data[:3] == b"ID3":  # the tags stage puts ID3v2 (cover art and all) before the first MP3 frame
        size = data[6] << 21 | data[7] << 14 | data[8] << 7 | data[9]
        start = 10 + size + (10 if data[5] & 0x10 else 0)
    head = data[start:start + 4096]
    xing = "Info" if b"Info" in head else ("Xing" if b"Xing" in head else "none")
    return (f"{info.channels} ch, {info.sample_rate} Hz, {info.bitrate // 1000} kbps {str(info.bitrate_mode).split('.')[-1]}, "
            f"Xing header: {xing}, {info.length:.1f} s")


def summarise(name: str, runs: list[dict]) -> dict:
    ok = [r for r in runs if "error" not in r]
    if not ok:
        print(f"{name}: failed: {runs[0]['error']}")
        return {}
    stages: dict[str, float] = {}
    for key in ok[0]["stages"]:
        stages[key] = statistics.median(r["stages"].get(key, 0.0) for r in ok)
    return {
        "name": name,
        "runs": len(ok),
        "wall": statistics.median(r["wall"] for r in ok),
        "cpu": statistics.median(r["cpu"] for r in ok),
        "peak_mb": max(r["peak_mb"] for r in ok),
        "stages": stages,
        "mp3": ok[-1]["mp3"],
        "duration": ok[-1].get("duration"),
        "encodes": [r["encodes"] for r in ok if "encodes" in r],
    }


def print_table(rows: list[dict]) -> None:
    print(f"\n{'mode':<34}{'runs':>5}{'wall s':>9}{'cpu s':>9}{'peak MB':>9}")
    for r in rows:
        print(f"{r['name']:<34}{r['runs']:>5}{r['wall']:>9.2f}{r['cpu']:>9.2f}{r['peak_mb']:>9.0f}")
    for r in rows:
        print(f"\n{r['name']}: median seconds per stage")
        for stage, secs in r["stages"].items():
            print(f"  {stage:<36}{secs:>8.3f}")
        print(f"  result: {loudness_of(r['mp3'])}; {mp3_format(r['mp3'])}")
        if r.get("encodes"):
            print(f"  MP3 encodes per run (2 = peaks pulled down after the check): {r['encodes']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--source", default=str(SEED))
    parser.add_argument("--engine", default="")
    parser.add_argument("--audio-only", action="store_true")
    parser.add_argument("--child", choices=["build", "audio", "naive", "naive-audio", "resamplers"],
                        help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        out = Path(args.output)
        out.mkdir(parents=True, exist_ok=True)
        result = {
            "build": lambda: child_build(args.source, out, args.engine),
            "audio": lambda: child_audio_only(out),
            "naive": lambda: child_naive(args.source, out),
            "naive-audio": lambda: child_naive(None, out),
            "resamplers": child_resamplers,
        }[args.child]()
        print(json.dumps(result))
        return

    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; {args.runs} runs per mode")
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        audio_only = args.audio_only
        if not audio_only and not Path(args.source).exists():
            print(f"source not found: {args.source}; running --audio-only")
            audio_only = True
        if not audio_only:
            cold, warm = [], []
            for i in range(args.runs):
                out = Path(tmp) / f"build{i}"
                cold.append(run_child(["--child", "build", "--output", str(out), "--source", args.source,
                                       "--engine", args.engine]))
                if "error" in cold[-1]:
                    print(f"full build not available yet ({cold[-1]['error']}); running --audio-only")
                    audio_only = True
                    break
                warm.append(run_child(["--child", "build", "--output", str(out), "--source", args.source,
                                       "--engine", args.engine]))
            if not audio_only:
                naive = [run_child(["--child", "naive", "--output", str(Path(tmp) / f"naive{i}"),
                                    "--source", args.source]) for i in range(args.runs)]
                rows = [summarise("cold build (empty output)", cold), summarise("rebuild (speech cache warm)", warm),
                        summarise("naive way", naive)]
        if audio_only:
            ours = [run_child(["--child", "audio", "--output", str(Path(tmp) / f"audio{i}")]) for i in range(args.runs)]
            naive = [run_child(["--child", "naive-audio", "--output", str(Path(tmp) / f"naive{i}")])
                     for i in range(args.runs)]
            rows = [summarise("ours: speech + audio stage", ours), summarise("naive: speech + pydub + loudnorm", naive)]
            res = run_child(["--child", "resamplers", "--output", str(Path(tmp) / "res")])
            if "resamplers" in res:
                print(f"\nresampling {res['seconds_of_speech']:.0f} s of 24 kHz speech to 44.1 kHz:")
                for name, secs in res["resamplers"].items():
                    print(f"  {name:<36}{secs:>8.3f} s   spurious energy, 5 kHz tone {res['error_db'][name]:>7.1f} dB")
        rows = [r for r in rows if r]
        print_table(rows)
        ours_row, naive_row = rows[0], rows[-1]
        ours_audio = sum(v for k, v in ours_row["stages"].items() if k == "audio")
        naive_audio = sum(v for k, v in naive_row["stages"].items() if k.startswith("audio"))
        if ours_audio and naive_audio:
            print(f"\naudio stage: naive {naive_audio:.2f} s / ours {ours_audio:.2f} s = {naive_audio / ours_audio:.1f}x")
        print(f"whole process: naive {naive_row['wall']:.2f} s / ours {ours_row['wall']:.2f} s = "
              f"{naive_row['wall'] / ours_row['wall']:.1f}x")
        if ours_row.get("duration"):
            print(f"episode length {ours_row['duration']:.1f} s")


if __name__ == "__main__":
    main()

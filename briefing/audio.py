"""Join intro, speech and outro; broadcast loudness; MP3 export with ffmpeg.

The layout of a few hundred sentence clips is done in numpy (joining AudioSegments one by one with `+`
copies the whole episode each time: quadratic), then the big parts are joined with pydub. Speech is
resampled from the engine's rate to 44.1 kHz in one ffmpeg call (soxr), loudness is handled in numpy
(briefing.loudness) before that, on the engine-rate samples, and the PCM is piped straight into ffmpeg's
LAME encoder; the MP3 is decoded once to check its true peak. A rebuild from the same speech and
settings copies the MP3 from the audio cache (briefing.audio_cache).
"""
from __future__ import annotations

import functools
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import audio_cache, loudness, timing
from .config import Settings
from .errors import AudioError
from .ffmpeg import SAMPLE_RATE, audio_segment_class, decode_mp3, decode_to_wav, encode_mp3, run_ffmpeg
from .models import Chapter, Cue, EpisodeAudio, SpokenSegment
from .timing import JINGLE_GAP, SECTION_PAUSE, SENTENCE_PAUSE, STORY_CHIME

ASSETS = Path(__file__).parent / "assets"
BITRATE_K = 96  # constant; the issue allows 64-96. LAME's noise lifts true peaks less at 96 (measured below)
TARGET_LUFS = -16.0
# Measured here: LAME (through ffmpeg) plays back 0.45-0.5 dB quieter than the PCM it was given, for tones
# and speech alike and at 64 or 128 kbps; aim that much higher so the MP3 itself reads -16 LUFS.
MP3_LEVEL_DROP_DB = 0.5
# LAME's noise lifts true peaks: measured here on a 250 s hibari episode limited to -2.5 dBTP, the MP3 read
# -1.3 dBTP at 64 kbps, -0.8 at 80 and -1.5 at 96 (limited to -3.0: -1.6, -2.0, -2.4). Hence 96 kbps, and
# a check: the MP3 is decoded, and where it is over MAX_DBTP the PCM is pulled down to FIX_DBTP at those
# places only and encoded again.
MAX_DBTP = -1.2  # ffmpeg's ebur128 and our estimate can differ by about 0.1 dB; the issue says <= -1
FIX_DBTP = -1.6
MAX_ENCODES = 3
JINGLE_BELOW_SPEECH_LU = 4.0  # music sits under the voice, not over it


@dataclass
class RenderStats:
    """Where the audio stage spent its time (seconds) and what the loudness step measured."""

    seconds: dict[str, float] = field(default_factory=dict)
    report: loudness.LoudnessReport | None = None
    encodes: int = 0  # 1 unless the encoder's peaks had to be pulled down
    cached: bool = False  # the episode came from the audio cache

    def lap(self, name: str, since: float) -> float:
        now = time.perf_counter()
        self.seconds[name] = self.seconds.get(name, 0.0) + now - since
        return now


# --- loading jingles -------------------------------------------------------------------------------

def _segment_to_float(seg) -> np.ndarray:  # seg: pydub AudioSegment
    seg = seg.set_channels(1)
    if seg.sample_width != 2:
        seg = seg.set_sample_width(2)
    if seg.frame_rate != SAMPLE_RATE:
        seg = seg.set_frame_rate(SAMPLE_RATE)
    return np.frombuffer(seg.raw_data, dtype="<i2").astype(np.float32) / 32768.0


@functools.lru_cache(maxsize=8)
def _bundled(name: str) -> np.ndarray:
    AudioSegment = audio_segment_class()
    path = ASSETS / f"{name}.wav"
    try:
        return _segment_to_float(AudioSegment.from_wav(str(path)))
    except (OSError, EOFError) as exc:
        raise AudioError(f"bundled jingle missing or broken: {path}; reinstall briefing or run scripts/make_jingles.py") from exc


def load_sound(path: Path | None, bundled: str) -> np.ndarray:
    """A jingle as float32 mono at 44.1 kHz: the user's file (any format ffmpeg reads) or the bundled one.

    User files are converted to WAV by ffmpeg first, so pydub never needs ffprobe to guess a format.
    """
    if path is None:
        return _bundled(bundled)
    path = Path(path).expanduser()
    if not path.is_file():
        raise AudioError(f"{bundled} file not found: {path}; fix the `{bundled}` setting or remove it to use the bundled one")
    AudioSegment = audio_segment_class()
    with tempfile.TemporaryDirectory(prefix="briefing-") as tmp:
        wav = decode_to_wav(path, Path(tmp) / "sound.wav")
        try:
            samples = _segment_to_float(AudioSegment.from_wav(str(wav)))
        except Exception as exc:  # pydub raises bare exceptions on odd WAVs
            raise AudioError(f"cannot read {bundled} file {path}: {exc}") from exc
    if samples.size == 0:
        raise AudioError(f"{bundled} file {path} has no audio")
    return samples


def _leveled(sound: np.ndarray, rate: int, target_lufs: float) -> tuple[np.ndarray, np.ndarray]:
    """A jingle set to a loudness, with its K-weighted signal (for measuring the whole episode)."""
    weighted = loudness.k_weighted(sound, rate)
    current = loudness.loudness_of_weighted(weighted, rate)
    if not np.isfinite(current):
        return sound.copy(), weighted
    gain = np.float32(10.0 ** ((target_lufs - current) / 20.0))
    return sound * gain, weighted * gain


# --- speech layout ---------------------------------------------------------------------------------

@dataclass
class _Placed:
    """Positions on the speech body, in samples at the engine's rate."""

    cues: list[tuple[int, int, str]]  # (start, end, text) per sentence
    segments: list[tuple[int, int, int]]  # (index into spoken, first sample of its gap, end of its last clip)
    chime_at: list[int]  # where a chime's gap starts


def _clip_samples(samples: np.ndarray, rate: int, body_rate: int) -> np.ndarray:
    x = np.asarray(samples)
    if x.dtype.kind in "iu":
        x = x.astype(np.float32) / float(np.iinfo(x.dtype).max)
    x = x.astype(np.float32, copy=False).reshape(-1)
    if rate != body_rate:  # mixed engines in one episode: rare, so a simple FFT resample is enough
        n_out = int(round(len(x) * body_rate / rate))
        spectrum = np.fft.rfft(x)
        out = np.zeros(n_out // 2 + 1, dtype=spectrum.dtype)
        keep = min(len(spectrum), len(out))
        out[:keep] = spectrum[:keep]
        x = (np.fft.irfft(out, n=n_out) * (n_out / max(1, len(x)))).astype(np.float32)
    return x


def _lay_out(spoken: list[SpokenSegment], rate: int) -> tuple[np.ndarray, _Placed]:
    """All sentences at the engine's rate with the pauses from briefing.timing, and where each landed."""
    sentence_gap = int(round(SENTENCE_PAUSE * rate))
    section_gap = int(round(SECTION_PAUSE * rate))
    chime_gap = int(round(STORY_CHIME * rate))
    pieces: list[np.ndarray] = []
    placed = _Placed([], [], [])
    pos = 0
    prev_kind: str | None = None
    for index, seg in enumerate(spoken):
        if not seg.clips:
            continue
        gap_start = pos
        if prev_kind is not None:
            gap = chime_gap if (prev_kind == "story" and seg.segment.kind == "story") else section_gap
            if gap == chime_gap:
                placed.chime_at.append(pos)
            pieces.append(np.zeros(gap, np.float32))
            pos += gap
        for i, clip in enumerate(seg.clips):
            if i:
                pieces.append(np.zeros(sentence_gap, np.float32))
                pos += sentence_gap
            x = _clip_samples(clip.samples, clip.sample_rate, rate)
            pieces.append(x)
            placed.cues.append((pos, pos + len(x), clip.text))
            pos += len(x)
        placed.segments.append((index, gap_start, pos))
        prev_kind = seg.segment.kind
    if not pieces:
        raise AudioError("nothing to render: the script produced no speech")
    return np.concatenate(pieces), placed


def _resample(body: np.ndarray, rate: int) -> np.ndarray:
    """The whole speech body to 44.1 kHz in one ffmpeg call.

    soxr is clean and, in one call, as fast as numpy here (scripts/bench_build.py measures both, and
    pydub's audioop, which leaves images only 22 dB down). An ffmpeg on PATH built without libsoxr
    falls back to ffmpeg's own resampler.
    """
    if rate == SAMPLE_RATE:
        return body
    data = body.astype("<f4").tobytes()
    for resampler in (":resampler=soxr", ":filter_size=64"):
        try:
            raw = run_ffmpeg(
                ["-f", "f32le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0",
                 "-af", f"aresample={SAMPLE_RATE}{resampler}", "-f", "f32le", "-ac", "1", "pipe:1"],
                input_bytes=data,
                what="resampling the speech",
            )
            break
        except AudioError:
            if resampler != ":resampler=soxr":
                raise
    out = np.frombuffer(raw, dtype="<f4").astype(np.float32)
    want = int(round(len(body) * SAMPLE_RATE / rate))
    if len(out) < want:
        out = np.concatenate((out, np.zeros(want - len(out), np.float32)))
    return out[:want]


# --- the stage ---------------------------------------------------------------------------------------

def _to_segment(samples: np.ndarray):
    """float32 -> a 16-bit pydub AudioSegment (rounded; at -16 LUFS the rounding noise is inaudible)."""
    AudioSegment = audio_segment_class()
    pcm = np.clip(np.round(samples * 32767.0), -32768, 32767).astype("<i2")
    return AudioSegment(data=pcm.tobytes(), sample_width=2, frame_rate=SAMPLE_RATE, channels=1)


def _params() -> dict:
    """Everything besides the inputs that shapes the output: part of the cache key."""
    return {
        "bitrate": BITRATE_K, "target": TARGET_LUFS, "drop": MP3_LEVEL_DROP_DB, "ceiling": loudness.CEILING_DBTP,
        "max_dbtp": MAX_DBTP, "fix_dbtp": FIX_DBTP, "jingle_lu": JINGLE_BELOW_SPEECH_LU, "jingle_gap": JINGLE_GAP,
        "timing": {k: v for k, v in vars(timing).items() if k.isupper()},
    }


def render(spoken: list[SpokenSegment], settings: Settings, out_path: Path,
           stats: RenderStats | None = None, *, cache: bool = True) -> EpisodeAudio:
    """Intro jingle, the spoken segments with pauses, a chime between stories, outro jingle -> MP3.

    The MP3 is mono, 44.1 kHz, constant bitrate with a Xing/LAME header, at -16 LUFS integrated with
    true peaks at or under -1 dBTP (measured by ffmpeg's ebur128 on the MP3). Cues and chapters are in
    seconds on the final timeline; the duration is read back from the MP3.

    With `cache`, an episode made from exactly the same speech and settings before is copied from
    `<settings.output>/.cache/audio/` instead of being made again (a rebuild where nothing changed).
    """
    stats = stats if stats is not None else RenderStats()
    t = time.perf_counter()
    out_path = Path(out_path)
    clips = [c for seg in spoken for c in seg.clips]
    if not clips:
        raise AudioError("nothing to render: the script produced no speech")
    key = ""
    if cache:
        cache_dir = audio_cache.cache_dir_for(settings.output)
        key = audio_cache.render_key(spoken, settings.intro, settings.outro, _params(),
                                     [ASSETS / f"{n}.wav" for n in ("intro", "outro", "chime")])
        hit = audio_cache.load(cache_dir, key, out_path)
        stats.lap("cache", t)
        if hit is not None:
            stats.cached = True
            return hit
        t = time.perf_counter()
    rendered = _render(spoken, settings, out_path, stats, t)
    if cache:
        audio_cache.store(cache_dir, key, rendered)
    return rendered


def _render(spoken: list[SpokenSegment], settings: Settings, out_path: Path, stats: RenderStats,
            t: float) -> EpisodeAudio:
    clips = [c for seg in spoken for c in seg.clips]
    rate = max(c.sample_rate for c in clips)  # one engine, one rate; a mix is brought up to the highest
    body, placed = _lay_out(spoken, rate)
    # Loudness work happens on the speech at the engine's rate (24 or 22.05 kHz: about half the samples
    # of 44.1 kHz); only the finished speech is resampled. True peaks are a property of the band-limited
    # signal, so the limiter's 4x oversampled estimate holds after resampling too.
    proc_rate = rate
    if rate > SAMPLE_RATE:
        body, proc_rate = _resample(body, rate), SAMPLE_RATE
    t = stats.lap("layout", t)

    # Jingles are set against the speech's own loudness, then the whole episode is normalised at once.
    # K-weighting is the costly part of measuring, and it is linear: a chime mixed into a silent gap
    # adds its own weighted signal, so each sample is filtered once.
    weighted_body = loudness.k_weighted(body, proc_rate)
    speech_lufs = loudness.loudness_of_weighted(weighted_body, proc_rate)
    if not np.isfinite(speech_lufs):
        raise AudioError("the speech is silent: check the speech engine's output")
    t = stats.lap("loudness", t)
    jingle_lufs = speech_lufs - JINGLE_BELOW_SPEECH_LU
    intro, weighted_intro = _leveled(load_sound(settings.intro, "intro"), SAMPLE_RATE, jingle_lufs)
    outro, weighted_outro = _leveled(load_sound(settings.outro, "outro"), SAMPLE_RATE, jingle_lufs)
    if placed.chime_at:
        chime, weighted_chime = _leveled(_clip_samples(_bundled("chime"), SAMPLE_RATE, proc_rate), proc_rate, jingle_lufs)
        lead = max(0, (int(round(STORY_CHIME * proc_rate)) - len(chime)) // 2)
        for at in placed.chime_at:
            first = int(round(at * proc_rate / rate)) + lead
            last = min(len(body), first + len(chime))
            body[first:last] += chime[: last - first]
            weighted_body[first:last] += weighted_chime[: last - first]
    gap = np.zeros(int(round(JINGLE_GAP * SAMPLE_RATE)), np.float32)
    parts = [loudness.Part(intro, SAMPLE_RATE, weighted_intro), loudness.Part(gap, SAMPLE_RATE, gap),
             loudness.Part(body, proc_rate, weighted_body), loudness.Part(gap, SAMPLE_RATE, gap),
             loudness.Part(outro, SAMPLE_RATE, weighted_outro)]
    del weighted_body
    t = stats.lap("jingles", t)

    (intro, _, body, _, outro), report = loudness.normalize_parts(parts, target_lufs=TARGET_LUFS + MP3_LEVEL_DROP_DB)
    del parts
    stats.report = report
    t = stats.lap("loudness", t)
    body = _resample(body, proc_rate)
    t = stats.lap("resample", t)

    # The big parts are joined by pydub: five pieces, so `+` costs nothing here.
    episode = _to_segment(intro) + _to_segment(gap) + _to_segment(body) + _to_segment(gap) + _to_segment(outro)
    t = stats.lap("join", t)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    stats.encodes = _encode_checked(np.frombuffer(episode.raw_data, dtype="<i2"), out_path, stats)
    t = time.perf_counter()
    duration = mp3_duration(out_path)

    offset = (len(intro) + len(gap)) / SAMPLE_RATE
    cues = [Cue(round(offset + s / rate, 3), round(offset + e / rate, 3), text) for s, e, text in placed.cues]
    chapters: list[Chapter] = []
    for n, (index, gap_start, _end) in enumerate(placed.segments):
        seg = spoken[index].segment
        start = 0.0 if n == 0 else round(offset + gap_start / rate, 3)
        if chapters:
            chapters[-1].end = start
        chapters.append(Chapter(start, duration, seg.title, seg.kind))
    chapters[-1].end = round(duration, 3)
    stats.lap("measure", t)
    return EpisodeAudio(path=out_path, duration=duration, cues=cues, chapters=chapters)


def _encode_checked(pcm: np.ndarray, out_path: Path, stats: RenderStats) -> int:
    """Encode, decode, and re-encode with the overshooting spots turned down; returns how many encodes."""
    top = 10.0 ** (MAX_DBTP / 20.0)
    for attempt in range(1, MAX_ENCODES + 1):
        t = time.perf_counter()
        encode_mp3(pcm, out_path, bitrate_k=BITRATE_K)
        t = stats.lap("encode", t)
        if attempt == MAX_ENCODES:
            return attempt
        decoded = decode_mp3(out_path)
        envelope = loudness.true_peak_envelope(decoded, top)
        if len(envelope) != len(pcm):  # a decoder without gapless support: align by padding/cutting
            envelope = np.resize(np.concatenate((envelope, np.zeros(max(0, len(pcm) - len(envelope)), np.float32))), len(pcm))
        over = float(envelope.max()) > top
        stats.lap("check", t)
        if not over:
            return attempt
        x = pcm.astype(np.float32) / 32768.0
        loudness.limit(x, SAMPLE_RATE, 10.0 ** (FIX_DBTP / 20.0), envelope=envelope)
        pcm = np.clip(np.round(x * 32767.0), -32768, 32767).astype("<i2")
    return MAX_ENCODES


def mp3_duration(path: Path) -> float:
    """Length in seconds as players will show it (mutagen reads the Xing/LAME header)."""
    from mutagen import MutagenError
    from mutagen.mp3 import MP3

    try:
        info = MP3(str(path)).info
        if info is None:
            raise MutagenError("no MPEG frames")
        return round(float(info.length), 3)
    except (MutagenError, OSError) as exc:
        raise AudioError(f"the encoded MP3 cannot be read back: {path}: {exc}") from exc

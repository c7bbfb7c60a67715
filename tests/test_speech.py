"""The speech stage, measured on real audio from the real engines (short texts keep it fast)."""
from __future__ import annotations

import datetime as dt
import socket
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from briefing import speech
from briefing.config import Settings
from briefing.engines import ENGINES
from briefing.engines.gtts import GttsEngine
from briefing.errors import ConfigError, EngineUnavailable, SpeechError
from briefing.models import Script, Segment
from briefing.speech import get_engine, list_engines, speak
from briefing.speech_worker import trim_silence
from briefing.timing import SECTION_PAUSE, SENTENCE_PAUSE

SENTENCE = "The river rose by two metres after three days of heavy rain."

# An invented story of about sixty words, six sentences.
STORY = [
    "Heavy rain fell on the northern hills for three days this week.",
    "The river in the valley rose quickly and covered two main roads.",
    "Farmers moved their animals to higher fields before the water arrived.",
    "The local council opened a school hall for families who left their homes.",
    "Nobody was hurt, but many shops were closed on Friday.",
    "The weather service says the rain will stop tomorrow.",
]


@pytest.fixture(scope="module")
def hibari() -> speech.SpeechEngine:
    return get_engine("hibari", Settings())


def _is_speech(samples: np.ndarray, rate: int, words: int) -> None:
    """Non-silent and about as long as that many words take (1.5 to 6 words a second)."""
    assert samples.dtype == np.float32
    assert np.abs(samples).max() <= 1.0
    rms = float(np.sqrt(np.mean(samples**2)))
    assert rms > 0.01, f"silent: rms {rms}"
    seconds = len(samples) / rate
    assert words / 6 < seconds < words / 1.5, f"{seconds:.2f} s for {words} words"


def test_every_engine_check_answers_with_none_or_a_fix() -> None:
    for name, cls in ENGINES.items():
        reason = cls.check(Settings())
        assert reason is None or (":" in reason or ";" in reason), (name, reason)


def test_list_engines_marks_the_default_and_the_offline_ones() -> None:
    rows = {row.name: row for row in list_engines(Settings())}
    assert set(rows) == {"hibari", "piper", "espeak-ng", "gtts"}
    assert rows["hibari"].default and rows["hibari"].usable and rows["hibari"].offline
    assert not rows["gtts"].offline
    assert sum(row.default for row in rows.values()) == 1


def test_empty_name_gives_the_default_offline_engine(hibari: speech.SpeechEngine) -> None:
    assert get_engine("", Settings()).name == "hibari"


def test_unknown_engine_lists_the_valid_names() -> None:
    with pytest.raises(ConfigError) as err:
        get_engine("festival", Settings())
    for name in ENGINES:
        assert name in str(err.value)


def test_hibari_speaks_a_sentence(hibari: speech.SpeechEngine) -> None:
    samples = hibari.synthesize(SENTENCE, 1.0)
    _is_speech(samples, hibari.sample_rate, len(SENTENCE.split()))
    assert hibari.sample_rate == 24000


def test_piper_speaks_a_sentence() -> None:
    engine = get_engine("piper", Settings())
    samples = engine.synthesize(SENTENCE, 1.0)
    _is_speech(samples, engine.sample_rate, len(SENTENCE.split()))
    assert engine.sample_rate == 22050


def test_piper_with_a_missing_voice_file_names_the_setting(tmp_path: Path) -> None:
    settings = Settings(engine="piper", voice=str(tmp_path / "nobody.onnx"))
    with pytest.raises(EngineUnavailable, match="voice"):
        get_engine("piper", settings)


def test_espeak_check_names_the_fix_when_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    reason = ENGINES["espeak-ng"].check(Settings())
    assert reason and "espeak-ng" in reason and "install" in reason


def test_gtts_fails_fast_and_names_an_offline_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    # A port on 127.0.0.1 that nobody listens on stands in for a dead network.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("BRIEFING_GTTS_PROBE", f"127.0.0.1:{port}")
    started = time.monotonic()
    with pytest.raises(EngineUnavailable) as err:
        get_engine("gtts", Settings())
    assert time.monotonic() - started < 5
    assert "internet" in str(err.value) and "--engine hibari" in str(err.value)


def test_gtts_fails_fast_on_this_machine_without_internet() -> None:
    started = time.monotonic()
    reason = GttsEngine.check(Settings())
    assert time.monotonic() - started < 5
    if reason is None:
        pytest.skip("this machine reaches translate.google.com")
    assert "hibari" in reason


def test_trim_silence_keeps_the_speech_only() -> None:
    rate = 1000
    tone = np.sin(np.linspace(0, 60, 500)).astype(np.float32) * 0.5
    padded = np.concatenate([np.zeros(300, np.float32), tone, np.zeros(400, np.float32)])
    trimmed = trim_silence(padded, rate)
    assert 500 <= len(trimmed) <= 500 + 2 * 15 + 1


def _script(*segments: Segment, wpm: int = 120) -> Script:
    return Script(title="Test", show="Show", date=dt.date(2026, 1, 2), segments=list(segments), wpm=wpm)


def _measured_wpm(spoken: list[speech.SpokenSegment]) -> float:
    """The issue's definition: written words over first-to-last cue, with the audio stage's pauses."""
    seconds = sum(sum(c.seconds for c in s.clips) + SENTENCE_PAUSE * (len(s.clips) - 1) for s in spoken)
    seconds += SECTION_PAUSE * (len(spoken) - 1)
    return sum(s.segment.words for s in spoken) / seconds * 60


def test_speak_gives_one_trimmed_clip_per_sentence(hibari: speech.SpeechEngine, tmp_path: Path) -> None:
    script = _script(Segment("intro", "Welcome", ["Hello and welcome.", "Here is the news."]),
                     Segment("story", "Rain", STORY[:2]))
    spoken = speak(script, hibari, tmp_path)
    assert [len(s.clips) for s in spoken] == [2, 2]
    assert [c.text for c in spoken[1].clips] == STORY[:2]
    for clip in spoken[0].clips + spoken[1].clips:
        assert clip.sample_rate == 24000
        edge = int(0.03 * clip.sample_rate)
        peak = np.abs(clip.samples).max()
        # trimmed: the clip starts and ends near speech, not in a long silence
        assert np.abs(clip.samples[: edge * 3]).max() > 0.02 * peak
        assert np.abs(clip.samples[-edge * 3:]).max() > 0.02 * peak


def test_pace_of_a_sixty_word_segment_is_near_120_wpm(hibari: speech.SpeechEngine, tmp_path: Path) -> None:
    script = _script(Segment("story", "Rain", STORY))
    assert 55 <= script.words <= 70
    wpm = _measured_wpm(speak(script, hibari, tmp_path))
    assert 110 <= wpm <= 130, wpm


def test_pace_follows_the_wpm_setting(hibari: speech.SpeechEngine, tmp_path: Path) -> None:
    slow = _measured_wpm(speak(_script(Segment("story", "Rain", STORY), wpm=100), hibari, tmp_path))
    assert 92 <= slow <= 108, slow


def test_second_speak_reads_the_cache_and_never_calls_the_engine(
    hibari: speech.SpeechEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = _script(Segment("story", "Rain", STORY[:3]))
    first = speak(script, hibari, tmp_path)
    assert list(tmp_path.rglob("*.npy"))

    def refuse(*args: object, **kwargs: object) -> np.ndarray:
        raise AssertionError("engine called on a cache hit")

    monkeypatch.setattr(hibari, "synthesize", refuse)
    started = time.monotonic()
    second = speak(script, hibari, tmp_path)
    assert time.monotonic() - started < 1
    for a, b in zip(first[0].clips, second[0].clips):
        assert np.array_equal(a.samples, b.samples)


def test_engine_errors_become_speech_errors(
    hibari: speech.SpeechEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> np.ndarray:
        raise RuntimeError("model exploded")

    monkeypatch.setattr(hibari, "synthesize", broken)
    with pytest.raises(SpeechError, match="model exploded"):
        speak(_script(Segment("story", "Rain", ["A sentence nobody has cached yet, about owls."])), hibari, tmp_path)


def test_a_second_worker_process_gives_the_same_clips(
    hibari: speech.SpeechEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = _script(Segment("story", "Rain", STORY[:4]))
    monkeypatch.setenv("BRIEFING_SPEECH_WORKERS", "1")
    alone = speak(script, hibari, tmp_path / "alone")
    monkeypatch.setenv("BRIEFING_SPEECH_WORKERS", "2")
    shared = speak(script, hibari, tmp_path / "shared")
    for a, b in zip(alone[0].clips, shared[0].clips):
        assert a.text == b.text
        assert np.array_equal(a.samples, b.samples)  # hibari is seeded: same text, same samples


def test_ffmpeg_decoding_used_for_gtts_mp3_reads_audio_and_changes_tempo() -> None:
    import io
    import wave

    from briefing.engines.base import decode_with_ffmpeg

    rate = 16000
    tone = (np.sin(np.arange(rate) * 2 * np.pi * 440 / rate) * 0.5 * 32767).astype("<i2")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(tone.tobytes())
    same = decode_with_ffmpeg(buffer.getvalue(), 24000, fmt="wav")
    slower = decode_with_ffmpeg(buffer.getvalue(), 24000, fmt="wav", tempo=0.8)
    assert abs(len(same) / 24000 - 1.0) < 0.05
    assert abs(len(slower) / 24000 - 1.25) < 0.06
    assert 0.3 < np.abs(same).max() <= 1.0


def _eval_audio():  # scripts/ is not a package: load the evaluation script by path
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "scripts" / "eval_audio.py"
    spec = importlib.util.spec_from_file_location("eval_audio", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_audio"] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_word_error_rate_ignores_names_spelling_and_number_style() -> None:
    ev = _eval_audio()
    ref, names = ev.words_for_scoring(["More than 1,000 soldiers fled to Tajikistan, officials in Dushanbe said."])
    hyp = ev.hypothesis_words("More than 1000 soldiers fled to Tajikistan. Officials in Duchamp Bay said.")
    score = ev.word_error_rate(ref, names, hyp)
    assert score.wer == 0, score
    hyp = ev.hypothesis_words("More than 1000 soldiers went to Tajikistan officials said")
    score = ev.word_error_rate(ref, names, hyp)
    assert score.substitutions == 1 and score.deletions == 1  # "fled" -> "went", "in" lost


def test_eval_flags_silent_and_truncated_audio() -> None:
    ev = _eval_audio()
    silent = np.zeros(ev.ASR_RATE * 25, np.float32)
    flags = ev.health(silent, words=100, wpm=120, transcript_words=0)
    assert any("silent" in f for f in flags)
    assert any("truncated" in f for f in flags)


def test_a_rebuild_from_the_cache_never_loads_the_model(hibari: speech.SpeechEngine, tmp_path: Path) -> None:
    script = _script(Segment("story", "Rain", STORY[:2]))
    speak(script, hibari, tmp_path)
    fresh = get_engine("hibari", Settings())
    speak(script, fresh, tmp_path)
    assert fresh._loaded is None  # type: ignore[attr-defined]


def test_undecodable_engine_audio_is_a_speech_error_naming_ffmpeg() -> None:
    """Engines share the audio stage's ffmpeg runner; a failure still reads as the speech stage's error."""
    from briefing.engines.base import decode_with_ffmpeg
    from briefing.errors import SpeechError

    with pytest.raises(SpeechError, match="ffmpeg failed on the speech audio"):
        decode_with_ffmpeg(b"this is not audio at all", 22050, fmt="mp3")


def test_engine_audio_decodes_to_float_mono_at_the_asked_rate() -> None:
    import io
    import wave

    from briefing.engines.base import decode_with_ffmpeg

    buf = io.BytesIO()
    with wave.open(buf, "wb") as wav:
        wav.setnchannels(2)
        wav.setsampwidth(2)
        wav.setframerate(16000)
        wav.writeframes(np.zeros(16000 * 2, dtype="<i2").tobytes())
    pcm = decode_with_ffmpeg(buf.getvalue(), 22050)
    assert pcm.dtype == np.float32 and abs(len(pcm) - 22050) <= 64

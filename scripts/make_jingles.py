"""Make the bundled intro, outro and chime from synthesised tones (original audio, no samples).

    python scripts/make_jingles.py            # writes briefing/assets/{intro,outro,chime}.wav

Everything is plain numpy: soft bell-like notes (a few harmonics, each with its own exponential decay)
over a slow-attack pad. The output is deterministic (no randomness), 44.1 kHz mono 16-bit WAV, and its
loudness does not matter much: the audio stage levels jingles against the speech on every build.
"""
from __future__ import annotations

import sys
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.timing import INTRO_JINGLE, OUTRO_JINGLE  # noqa: E402

RATE = 44100
PEAK = 0.5  # -6 dBFS: headroom; the audio stage sets the real level


def hz(note: str) -> float:
    """'A4' -> 440.0; sharps as 'C#5'."""
    names = {"C": -9, "D": -7, "E": -5, "F": -4, "G": -2, "A": 0, "B": 2}
    pitch = names[note[0]] + (1 if "#" in note else 0)
    octave = int(note[-1])
    return 440.0 * 2.0 ** ((pitch + 12 * (octave - 4)) / 12.0)


def bell(freq: float, seconds: float, decay: float = 1.2) -> np.ndarray:
    """A soft mallet note: fundamental plus two quiet harmonics that die away faster."""
    t = np.arange(int(seconds * RATE)) / RATE
    attack = np.minimum(1.0, t / 0.008)  # 8 ms: no click, still a clear onset
    tone = (
        np.sin(2 * np.pi * freq * t) * np.exp(-t / decay)
        + 0.25 * np.sin(2 * np.pi * 2 * freq * t) * np.exp(-t / (decay * 0.4))
        + 0.08 * np.sin(2 * np.pi * 3 * freq * t) * np.exp(-t / (decay * 0.2))
    )
    return attack * tone


def pad(freqs: list[float], seconds: float, attack: float, release: float) -> np.ndarray:
    """A warm sustained chord: slightly detuned sine pairs with a slow swell and fade."""
    t = np.arange(int(seconds * RATE)) / RATE
    chord = sum(np.sin(2 * np.pi * f * t) + 0.5 * np.sin(2 * np.pi * f * 1.003 * t) for f in freqs)
    env = np.minimum(1.0, t / attack) * np.minimum(1.0, np.maximum(0.0, seconds - t) / release)
    return chord * env / len(freqs)


def place(track: np.ndarray, sound: np.ndarray, at: float, gain: float) -> None:
    start = int(at * RATE)
    end = min(len(track), start + len(sound))
    track[start:end] += gain * sound[: end - start]


def fade_out(track: np.ndarray, seconds: float) -> np.ndarray:
    n = int(seconds * RATE)
    track[-n:] *= np.cos(np.linspace(0.0, np.pi / 2, n)) ** 2
    return track


def normalise(track: np.ndarray) -> np.ndarray:
    return track * (PEAK / np.max(np.abs(track)))


def intro() -> np.ndarray:
    """A calm rising arpeggio in C major over a soft pad, ending on a held chord."""
    track = np.zeros(int(INTRO_JINGLE * RATE))
    place(track, pad([hz("C3"), hz("G3"), hz("E4")], INTRO_JINGLE, attack=0.8, release=1.2), 0.0, 0.35)
    for i, note in enumerate(["C5", "E5", "G5", "C6"]):
        place(track, bell(hz(note), 2.5), 0.15 + 0.32 * i, 0.55)
    for note in ["E5", "G5", "C6"]:  # the arrival chord
        place(track, bell(hz(note), 2.2, decay=0.9), 1.6, 0.3)
    place(track, bell(hz("D6"), 1.8, decay=0.7), 2.1, 0.18)  # a gentle added ninth on top
    return normalise(fade_out(track, 0.9))


def outro() -> np.ndarray:
    """A falling arpeggio that resolves: F major colour, then home to C major."""
    track = np.zeros(int(OUTRO_JINGLE * RATE))
    place(track, pad([hz("F3"), hz("A3"), hz("C4")], 1.9, attack=0.4, release=0.6), 0.0, 0.3)
    place(track, pad([hz("C3"), hz("G3"), hz("E4")], OUTRO_JINGLE - 1.5, attack=0.5, release=1.5), 1.5, 0.35)
    for i, note in enumerate(["C6", "A5", "F5", "D5"]):
        place(track, bell(hz(note), 2.2), 0.1 + 0.3 * i, 0.5)
    for note in ["C5", "E5", "G5"]:
        place(track, bell(hz(note), 2.4, decay=1.0), 1.55, 0.35)
    return normalise(fade_out(track, 1.2))


def chime() -> np.ndarray:
    """Two quick soft notes (a rising fourth) to mark a new story."""
    track = np.zeros(int(0.5 * RATE))
    place(track, bell(hz("G5"), 0.5, decay=0.25), 0.0, 0.6)
    place(track, bell(hz("C6"), 0.4, decay=0.25), 0.09, 0.5)
    return normalise(fade_out(track, 0.12))


def write_wav(path: Path, samples: np.ndarray) -> None:
    pcm = np.clip(np.round(samples * 32767.0), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm.tobytes())


def main() -> None:
    assets = ROOT / "briefing" / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    for name, make in (("intro", intro), ("outro", outro), ("chime", chime)):
        path = assets / f"{name}.wav"
        write_wav(path, make())
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()

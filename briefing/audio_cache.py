"""A finished episode's MP3 kept by what went into it, so a rebuild where nothing changed skips the audio work.

The key covers every clip's samples and text, the segment kinds and titles, the user's intro/outro files
(path, size, modification time), the bundled jingles, and the audio stage's own parameters. Entries live
in `<output>/.cache/audio/`; only the newest few are kept. The cache is an optimisation: any problem
reading or writing it just means rendering again.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import shutil
from pathlib import Path

import numpy as np

from .models import Chapter, Cue, EpisodeAudio, SpokenSegment

CACHE_VERSION = 1  # bump when the audio stage makes different output from the same input
KEEP = 4  # episodes kept in the cache


def cache_dir_for(output: Path) -> Path:
    return Path(output) / ".cache" / "audio"


@functools.lru_cache(maxsize=8)
def _file_digest(path: Path) -> str:
    return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()


def _user_file(path: Path | None) -> list:
    if path is None:
        return ["bundled"]
    p = Path(path).expanduser()
    try:
        st = p.stat()
    except OSError:
        return [str(p), "missing"]
    return [str(p.resolve()), st.st_size, st.st_mtime_ns]


def render_key(spoken: list[SpokenSegment], intro: Path | None, outro: Path | None,
               params: dict, assets: list[Path]) -> str:
    h = hashlib.blake2b(digest_size=20)
    head = {"version": CACHE_VERSION, "params": params, "intro": _user_file(intro), "outro": _user_file(outro),
            "assets": [_file_digest(a) if a.exists() else "missing" for a in assets]}
    h.update(json.dumps(head, sort_keys=True, default=str).encode())
    for seg in spoken:
        h.update(json.dumps(["segment", seg.segment.kind, seg.segment.title]).encode())
        for clip in seg.clips:
            samples = np.ascontiguousarray(clip.samples)
            h.update(json.dumps(["clip", clip.text, clip.sample_rate, samples.dtype.str, samples.shape]).encode())
            h.update(memoryview(samples).cast("B"))
    return h.hexdigest()


def load(cache_dir: Path, key: str, out_path: Path) -> EpisodeAudio | None:
    """The cached episode copied to out_path, or None."""
    mp3, meta = cache_dir / f"{key}.mp3", cache_dir / f"{key}.json"
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        out_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(mp3, out_path)
        os.utime(meta)  # newest use, for pruning
        return EpisodeAudio(
            path=out_path,
            duration=float(data["duration"]),
            cues=[Cue(**c) for c in data["cues"]],
            chapters=[Chapter(**c) for c in data["chapters"]],
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(cache_dir: Path, key: str, rendered: EpisodeAudio) -> None:
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp_mp3, tmp_meta = cache_dir / f".{key}.mp3.tmp", cache_dir / f".{key}.json.tmp"
        shutil.copyfile(rendered.path, tmp_mp3)
        tmp_meta.write_text(json.dumps({
            "duration": rendered.duration,
            "cues": [dataclasses.asdict(c) for c in rendered.cues],
            "chapters": [dataclasses.asdict(c) for c in rendered.chapters],
        }), encoding="utf-8")
        os.replace(tmp_mp3, cache_dir / f"{key}.mp3")
        os.replace(tmp_meta, cache_dir / f"{key}.json")  # last: an entry counts once its metadata exists
        _prune(cache_dir)
    except OSError:
        pass


def _prune(cache_dir: Path) -> None:
    metas = sorted(cache_dir.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for meta in metas[KEEP:]:
        for p in (meta, meta.with_suffix(".mp3")):
            p.unlink(missing_ok=True)

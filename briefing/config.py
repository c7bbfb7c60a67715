"""Settings for a build: defaults, then an optional TOML file, then command-line options.

The config file is `briefing.toml` in the current folder (or the path in BRIEFING_CONFIG / --config);
its keys are the field names of Settings, e.g. `site_url = "https://example.org/briefing"`.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_SITE_URL = "http://127.0.0.1:8000"


@dataclass
class Settings:
    show: str = "Briefing in Plain English"
    description: str = (
        "A daily five-minute news briefing in plain, slow English, "
        "for people learning English and for people who listen."
    )
    site_url: str = DEFAULT_SITE_URL  # where output/ is published; enclosure URLs start with it
    author: str = "briefing"
    owner_name: str = "briefing"
    owner_email: str = "briefing@example.org"
    language: str = "en"
    copyright: str = ""
    output: Path = Path("output")
    engine: str = ""  # speech engine name; "" picks the best offline engine available
    voice: str = ""  # engine-specific voice (a Piper .onnx path, say)
    writer: str = "plain"  # script writer engine
    wpm: int = 120  # learner pace, words per minute
    max_episodes: int = 100  # newest N episodes listed in the feed
    intro: Path | None = None  # user's own intro audio, any format ffmpeg reads
    outro: Path | None = None
    cover: Path | None = None  # square 1400-3000 px JPEG or PNG; None = the bundled briefing/assets/cover.png
    sources: list[str] = field(default_factory=list)  # default sources for `briefing build`
    llm_base_url: str = ""  # OpenAI-compatible endpoint for the optional LLM writer
    llm_model: str = ""
    llm_api_key: str = ""
    llm_timeout: float = 60.0

    def replace(self, **changes: Any) -> Settings:
        """A copy with the non-None changes applied (CLI options left unset stay as they were)."""
        given = {k: v for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **given)


_ENV = {
    "BRIEFING_LLM_BASE_URL": "llm_base_url",
    "BRIEFING_LLM_MODEL": "llm_model",
    "BRIEFING_LLM_API_KEY": "llm_api_key",
    "BRIEFING_LLM_TIMEOUT": "llm_timeout",
    "BRIEFING_WRITER": "writer",
    "BRIEFING_ENGINE": "engine",
    "BRIEFING_SITE_URL": "site_url",
}


def load_settings(path: Path | None = None) -> Settings:
    """Defaults, overlaid by the config file (if any) and BRIEFING_* environment variables."""
    settings = Settings()
    if path is None:
        env_path = os.environ.get("BRIEFING_CONFIG")
        path = Path(env_path) if env_path else Path("briefing.toml")
        if not path.exists():
            path = None
    if path is not None:
        settings = settings.replace(**_read_toml(path))
    from_env = {attr: os.environ[var] for var, attr in _ENV.items() if os.environ.get(var)}
    return settings.replace(**from_env)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from exc
    known = {f.name: f for f in dataclasses.fields(Settings)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise ConfigError(f"unknown key(s) in {path}: {', '.join(unknown)}; known keys: {', '.join(known)}")
    for key in ("output", "intro", "outro", "cover"):
        if key in data and data[key] is not None:
            data[key] = (path.parent / str(data[key])).expanduser()
    return data

"""gTTS: Google Translate's voice (MIT client, online). For users who are online and want a natural voice."""
from __future__ import annotations

import io
import os
import socket
import time
from typing import TYPE_CHECKING

import numpy as np

from ..errors import SpeechError
from .base import SpeechEngine, decode_with_ffmpeg

if TYPE_CHECKING:
    from ..config import Settings

HOST = "translate.google.com"
REQUEST_TIMEOUT = 10.0  # gTTS waits forever by default; a dead network must fail, not hang
PROBE_TIMEOUT = 3.0
OFFLINE_HINT = "use --engine hibari for offline speech"


def _probe_address() -> tuple[str, int]:
    """Where the reachability probe connects; BRIEFING_GTTS_PROBE=host:port lets tests point it elsewhere."""
    override = os.environ.get("BRIEFING_GTTS_PROBE", "")
    if override:
        host, _, port = override.rpartition(":")
        return host, int(port)
    return HOST, 443


def unreachable_reason() -> str | None:
    """None if the gTTS host answers on its port within a few seconds, else a message naming the fix."""
    host, port = _probe_address()
    started = time.monotonic()
    try:
        with socket.create_connection((host, port), timeout=PROBE_TIMEOUT):
            return None
    except OSError as exc:
        waited = time.monotonic() - started
        return f"gTTS needs internet ({host} unreachable after {waited:.1f} s: {exc}); {OFFLINE_HINT}"


class GttsEngine(SpeechEngine):
    name = "gtts"
    description = "Google Translate's voice through gTTS (needs internet)"
    licence = "MIT (client); Google's terms for the service"
    offline = False
    sample_rate = 24000
    pace_curve = ((0.5, 0.76), (1.0, 0.38), (2.0, 0.19))
    real_time_factor = 0.0  # the work is on Google's side; threads would only add requests
    load_seconds = 0.0

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self._tld = settings.voice if settings.voice in {"com", "co.uk", "com.au", "ca", "co.in", "ie"} else "com"

    @classmethod
    def check(cls, settings: Settings) -> str | None:
        try:
            import gtts  # noqa: F401
        except ImportError:
            return "gTTS is not installed: pip install 'gTTS>=2.5,<3'"
        return unreachable_reason()

    @property
    def voice(self) -> str:
        return self._tld

    @property
    def version(self) -> str:
        import gtts

        return gtts.__version__

    def synthesize(self, text: str, speed: float = 1.0) -> np.ndarray:
        from gtts import gTTS, gTTSError

        reason = unreachable_reason()
        if reason:
            raise SpeechError(reason)
        buffer = io.BytesIO()
        try:
            # lang_check=False: the language check is one more web request.
            gTTS(text, lang="en", tld=self._tld, lang_check=False, timeout=REQUEST_TIMEOUT).write_to_fp(buffer)
        except (gTTSError, OSError) as exc:
            raise SpeechError(f"gTTS failed: {exc}; {OFFLINE_HINT}") from exc
        return decode_with_ffmpeg(buffer.getvalue(), self.sample_rate, fmt="mp3", tempo=speed)

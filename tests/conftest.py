from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_7082b5382028ba51.txt"


@pytest.fixture(autouse=True)
def _isolated_config(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's own briefing.toml or BRIEFING_* settings."""
    for var in ("BRIEFING_CONFIG", "BRIEFING_ENGINE", "BRIEFING_SITE_URL", "BRIEFING_LLM_BASE_URL",
                "BRIEFING_LLM_MODEL", "BRIEFING_LLM_API_KEY", "BRIEFING_DEBUG"):
        monkeypatch.delenv(var, raising=False)

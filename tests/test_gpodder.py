"""A real podcast client round trip: gPodder's `gpo` subscribes to our feed served on 127.0.0.1.

CI installs gPodder from Debian (.ci/apt-packages lists `gpodder`); elsewhere this test skips.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import threading

import pytest

from briefing.serve import make_server

from .publish_fixtures import make_mp3, make_png, make_settings, publish_episode

GPO = shutil.which("gpo")
pytestmark = pytest.mark.skipif(
    GPO is None,
    reason="gPodder's `gpo` is not on PATH: `apt-get install gpodder` (CI installs it from .ci/apt-packages)",
)
D1, D2 = dt.date(2026, 3, 1), dt.date(2026, 3, 2)


@pytest.fixture
def podcast(tmp_path):
    """An empty output folder served on 127.0.0.1, settings whose site_url points at it, and a gpo runner."""
    output = tmp_path / "output"
    output.mkdir()
    server = make_server(output, port=0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    settings = make_settings(tmp_path, site_url=f"http://127.0.0.1:{port}")
    make_png(output / "cover.png")

    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(HOME=str(home), GPODDER_HOME=str(tmp_path / "gpodder"),
               GPODDER_DOWNLOAD_DIR=str(tmp_path / "downloads"), NO_PROXY="127.0.0.1,localhost", LANG="C.UTF-8")

    def gpo(*args: str) -> str:
        done = subprocess.run([GPO, *args], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, f"gpo {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
        return done.stdout

    yield settings, gpo, tmp_path / "downloads"
    server.shutdown()
    server.server_close()


def new_count(text: str) -> int:
    match = re.search(r"(\d+) new episodes?", text)
    assert match, text
    return int(match[1])


def test_gpodder_subscribes_downloads_and_sees_exactly_one_new_episode(podcast, tmp_path):
    settings, gpo, downloads = podcast
    tone = make_mp3(tmp_path / "tone.mp3", seconds=1.5, frequency=440)
    first = publish_episode(settings, D1, "River floods close roads", tone)
    feed = f"{settings.site_url}/feed.xml"

    assert "Successfully added" in gpo("subscribe", feed)
    assert "River floods close roads" in gpo("episodes", feed)
    assert "1 episodes downloaded" in gpo("download")
    (downloaded,) = list(downloads.rglob("*.mp3"))
    assert downloaded.read_bytes() == first.mp3.read_bytes()
    assert downloaded.stat().st_size == first.size

    other_tone = make_mp3(tmp_path / "tone2.mp3", seconds=1.0, frequency=660)
    publish_episode(settings, D2, "New bridge opens in the city", other_tone)
    assert new_count(gpo("update")) == 1
    pending = gpo("pending")
    assert "New bridge opens in the city" in pending and "River floods" not in pending

    # Rebuilding the first date replaces it: same guid, so gPodder sees no new episode.
    publish_episode(settings, D1, "River floods close roads", other_tone)
    assert new_count(gpo("update")) == 1  # still only the bridge story
    listed = gpo("episodes", "--guid", feed)
    assert listed.count(first.guid) == 1
    assert len(re.findall(r"^\s+\d+\.", listed, flags=re.M)) == 2

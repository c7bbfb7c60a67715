"""How long publishing takes as the catalogue grows, and how fast the server streams an episode.

Run: .venv/bin/python scripts/bench_publish.py [EPISODES]   (default 300; prints a table)

Each episode is a 1.5 s tone MP3 with hand-written side files (see tests/publish_fixtures.py), so this
measures the publishing machinery only: moving files, the SQLite catalogue and rewriting feed.xml.
"""
from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from publish_fixtures import make_mp3, make_png, make_settings, publish_episode  # noqa: E402

from briefing.feed import rebuild_feed  # noqa: E402
from briefing.serve import make_server  # noqa: E402


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        settings = make_settings(tmp, max_episodes=100)
        settings.output.mkdir(parents=True)
        make_png(settings.output / "cover.png")
        tone = make_mp3(tmp / "tone.mp3", seconds=1.5)
        big = make_mp3(tmp / "big.mp3", seconds=300)  # a five-minute episode for the server
        rows = []
        timings: list[float] = []
        start_day = dt.date(2020, 1, 1)
        for i in range(count):
            began = time.perf_counter()
            publish_episode(settings, start_day + dt.timedelta(days=i), f"Story number {i}", tone)
            timings.append(time.perf_counter() - began)
            if i + 1 in (1, 10, 100, count):
                recent = timings[-10:]
                rows.append((f"publish episode {i + 1}", statistics.median(recent) * 1000))
        began = time.perf_counter()
        path = rebuild_feed(settings)
        rows.append((f"rebuild feed ({count} in catalogue, 100 listed)", (time.perf_counter() - began) * 1000))
        began = time.perf_counter()
        publish_episode(settings, start_day, "Story number 0 again", tone)
        rows.append(("rebuild an old date", (time.perf_counter() - began) * 1000))

        served = settings.output / "episodes" / "big.mp3"
        served.write_bytes(big.read_bytes())
        server = make_server(settings.output, port=0, quiet=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/episodes/big.mp3"
        began = time.perf_counter()
        with urllib.request.urlopen(url, timeout=30) as response:
            size = len(response.read())
        seconds = time.perf_counter() - began
        server.shutdown()
        server.server_close()

        print(f"feed.xml: {path.stat().st_size / 1024:.0f} KiB for 100 items\n")
        print(f"| {'step':<44} | {'ms':>8} |")
        print(f"|{'-' * 46}|{'-' * 10}|")
        for name, ms in rows:
            print(f"| {name:<44} | {ms:8.1f} |")
        print(f"| {f'serve a {size / 1e6:.1f} MB episode (GET, 127.0.0.1)':<44} | {seconds * 1000:8.1f} |")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)

"""How close the script's `estimated_seconds` comes to the real episode: the issue asks for 10 %.

    python scripts/eval_estimate.py [--corpus ../shared/corpus] [--every 5] [--engine ENGINE]

Writes the script of every Nth corpus article (as scripts/eval_script.py reads them), of the seed page and
of all of those articles together in one episode, synthesises it with the default offline voice, renders
the MP3 the way `briefing build` does (jingles, pauses, loudness) and compares the measured duration with
the estimate. Nothing is published; the MP3s go to a temporary folder. About 5-10 s per episode.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_script import DATE, corpus_articles, seed_article  # noqa: E402

from briefing import audio, speech  # noqa: E402
from briefing.config import Settings  # noqa: E402
from briefing.models import Article  # noqa: E402
from briefing.script import estimated_seconds, write_script  # noqa: E402

LIMIT = 0.10


def measure(name: str, articles: list[Article], settings: Settings, engine: speech.SpeechEngine,
            work: Path) -> tuple[str, int, float, float]:
    script = write_script(articles, settings=settings, date=DATE)
    spoken = speech.speak(script, engine, cache_dir=work / "cache")
    rendered = audio.render(spoken, settings, work / f"{name}.mp3")
    return name, len(script.segments), estimated_seconds(script), rendered.duration


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--seed", type=Path, default=ROOT.parent / "shared" / "seed" / "000_7082b5382028ba51.txt")
    parser.add_argument("--every", type=int, default=5, help="take every Nth corpus article (default 5)")
    parser.add_argument("--engine", default="", help="speech engine (default: the offline default)")
    args = parser.parse_args()

    items: list[tuple[str, list[Article]]] = []
    if args.corpus.is_dir():
        chosen = corpus_articles(args.corpus)[:: args.every]
        items += [(name, [article]) for name, article in chosen]
        items.append((f"{len(chosen)} together", [article for _, article in chosen]))
    else:
        print(f"corpus not found at {args.corpus}; skipping the corpus")
    if args.seed.is_file():
        items.append(("seed", [seed_article(args.seed)]))
    if not items:
        print("nothing to measure")
        return 0

    settings = Settings()
    engine = speech.get_engine(args.engine, settings)
    print(f"engine {engine.name}; limit: the estimate within {LIMIT:.0%} of the real duration")
    head = f"{'episode':12} {'segments':>8} {'est s':>7} {'real s':>7} {'off':>7}  ok"
    print(head)
    print("-" * len(head))
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="briefing-estimate-") as tmp:
        for name, articles in items:
            name, segments, est, real = measure(name, articles, settings, engine, Path(tmp))
            off = (est - real) / real
            worst = max(worst, abs(off))
            print(f"{name:12} {segments:8d} {est:7.1f} {real:7.1f} {off:+7.1%}  {'ok' if abs(off) <= LIMIT else 'NO'}")
    print("-" * len(head))
    print(f"worst {worst:.1%} (limit {LIMIT:.0%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Score the Clean stage on ../shared/corpus: page.txt via clean_page_text, page.html via extract_html.

Usage: python scripts/eval_extract.py [--corpus DIR] [--per-item] [--keep DIR]

Writes each prediction (the article body) to a temp folder, scores it with the corpus's own
score.py (the article-extraction-benchmark metric: 4-gram shingle precision/recall/F1) and prints
one table row per input kind and split. Targets (issue 3): page.txt F1 >= 0.92, page.html >= 0.97.
Skips with a message when the corpus is absent.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.clean import clean_page_text, extract_html  # noqa: E402
from briefing.errors import BriefingError  # noqa: E402

TARGETS = {"page.txt": 0.92, "page.html": 0.97}


def predict(corpus: Path, kind: str, out_dir: Path) -> tuple[int, list[str], float]:
    """Write <id8>.txt bodies for every item; return (items, failures, seconds)."""
    failures: list[str] = []
    items = sorted(p for p in (corpus / "items").iterdir() if (p / kind).is_file())
    started = time.perf_counter()
    for item in items:
        page = (item / kind).read_text(encoding="utf-8", errors="replace")
        try:
            if kind == "page.html":
                url = json.loads((item / "meta.json").read_text(encoding="utf-8")).get("url")
                article = extract_html(page, url=url, source=str(item / kind))
            else:
                article = clean_page_text(page, source=str(item / kind))
            body = article.body
        except BriefingError as exc:
            failures.append(f"{item.name}: {exc}")
            body = ""
        (out_dir / f"{item.name[:8]}.txt").write_text(body, encoding="utf-8")
    return len(items), failures, time.perf_counter() - started


def score(corpus: Path, pred_dir: Path, split: str, per_item: bool) -> dict:
    cmd = [sys.executable, str(corpus / "score.py"), str(pred_dir), "--split", split, "--json"]
    if per_item:
        cmd.append("--per-item")
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--per-item", action="store_true", help="also print each item's scores")
    ap.add_argument("--keep", type=Path, help="write predictions here instead of a temp folder")
    ap.add_argument("--kind", choices=sorted(TARGETS), action="append", help="only this input kind")
    args = ap.parse_args(argv)

    corpus: Path = args.corpus
    if not (corpus / "score.py").is_file() or not (corpus / "items").is_dir():
        print(f"corpus not found at {corpus}: skipping the extraction evaluation")
        return 0
    splits = json.loads((corpus / "split.json").read_text(encoding="utf-8"))
    # "all" always; each named split too when there is more than one (else it equals "all").
    split_names = ["all"] + (sorted(k for k, v in splits.items() if v) if len(splits) > 1 else [])

    rows = []
    for kind in args.kind or list(TARGETS):
        with tempfile.TemporaryDirectory(prefix="eval_extract_") as tmp:
            out_dir = args.keep / kind.replace(".", "_") if args.keep else Path(tmp)
            out_dir.mkdir(parents=True, exist_ok=True)
            n, failures, seconds = predict(corpus, kind, out_dir)
            for failure in failures:
                print(f"  {kind} no article: {failure}")
            for split in split_names:
                result = score(corpus, out_dir, split, args.per_item)
                rows.append((kind, split, result, seconds / max(n, 1)))
                if args.per_item:
                    for item in sorted(result.get("items", []), key=lambda r: r["f1"]):
                        print(f"  {kind} {item['id8']}  P={item['p']:.3f} R={item['r']:.3f} F1={item['f1']:.3f}")

    print()
    header = f"{'source':<10} {'split':<8} {'precision':>9} {'recall':>7} {'F1':>6} {'item F1':>8} {'items':>6} {'empty':>6} {'ms/page':>8} {'target':>7}"
    print(header)
    print("-" * len(header))
    for kind, split, r, per_page in rows:
        target = TARGETS[kind]
        mark = "ok" if r["f1"] >= target else "MISS"
        print(f"{kind:<10} {split:<8} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f} "
              f"{r['mean_item_f1']:>8.3f} {r['n']:>6} {r['empty_predictions']:>6} {per_page * 1000:>8.0f} "
              f"{'>=' + format(target, '.2f'):>6} {mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Score the Clean stage on ../shared/corpus: page.txt via clean_page_text, page.html via extract_html.

Usage: python scripts/eval_extract.py [--corpus DIR] [--per-item] [--keep DIR] [--kind KIND]

Writes each prediction (the article body) to a temp folder, scores it with the corpus's own
score.py (the article-extraction-benchmark metric: 4-gram shingle precision/recall/F1) and prints
one table row per input kind and split. Targets (issue 3): page.txt F1 >= 0.92, page.html >= 0.97.

Kinds:
  page.txt       clean_page_text on the corpus's whole-page text dumps (indented, bulleted)
  page.html      extract_html on the saved HTML
  flat copy      clean_page_text on a browser-like plain copy of page.html made here (no
                 indentation, no bullets: the seed's style), a second text format as a check
                 that the line rules do not lean on the dumps' layout
  ... (raw)      the unprocessed input, for the baseline

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

from briefing.clean import clean_page_text  # noqa: E402
from briefing.clean_html import extract_html, html_to_text  # noqa: E402
from briefing.errors import BriefingError  # noqa: E402

TARGETS = {"page.txt": 0.92, "page.html": 0.97, "flat copy": None}
RAW_BASELINES = ("page.txt", "flat copy")
def read_input(item: Path, kind: str) -> str:
    if kind == "flat copy":
        return html_to_text((item / "page.html").read_bytes().decode("utf-8", errors="replace"))
    return (item / kind).read_text(encoding="utf-8", errors="replace")


def predict(corpus: Path, kind: str, out_dir: Path, raw: bool = False) -> tuple[int, list[str], float]:
    """Write <id8>.txt bodies for every item; return (items, failures, seconds per page)."""
    failures: list[str] = []
    source_file = "page.html" if kind == "flat copy" else kind
    items = sorted(p for p in (corpus / "items").iterdir() if (p / source_file).is_file())
    seconds = 0.0
    for item in items:
        page = read_input(item, kind)
        started = time.perf_counter()
        try:
            if raw:
                body = page
            elif kind == "page.html":
                url = json.loads((item / "meta.json").read_text(encoding="utf-8")).get("url")
                article = extract_html(page, url=url, source=str(item / kind))
            else:
                article = clean_page_text(page, source=str(item / source_file))
            if not raw:
                body = article.body
        except BriefingError as exc:
            failures.append(f"{item.name}: {exc}")
            body = ""
        seconds += time.perf_counter() - started
        (out_dir / f"{item.name[:8]}.txt").write_text(body, encoding="utf-8")
    return len(items), failures, seconds / max(len(items), 1)


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
    ap.add_argument("--kind", choices=list(TARGETS), action="append", help="only this input kind")
    ap.add_argument("--no-baseline", action="store_true", help="skip the raw-input rows")
    args = ap.parse_args(argv)

    corpus: Path = args.corpus
    if not (corpus / "score.py").is_file() or not (corpus / "items").is_dir():
        print(f"corpus not found at {corpus}: skipping the extraction evaluation")
        return 0
    splits = json.loads((corpus / "split.json").read_text(encoding="utf-8"))
    # "all" always; each named split too when there is more than one (else it equals "all").
    split_names = ["all"] + (sorted(k for k, v in splits.items() if v) if len(splits) > 1 else [])

    runs = [(kind, False) for kind in args.kind or list(TARGETS)]
    if not args.no_baseline:
        runs += [(kind, True) for kind in RAW_BASELINES if kind in (args.kind or RAW_BASELINES)]
    rows = []
    for kind, raw in runs:
        label = f"{kind} (raw)" if raw else kind
        with tempfile.TemporaryDirectory(prefix="eval_extract_") as tmp:
            name = label.replace(".", "_").replace(" ", "_").replace("(", "").replace(")", "")
            out_dir = args.keep / name if args.keep else Path(tmp)
            out_dir.mkdir(parents=True, exist_ok=True)
            n, failures, per_page = predict(corpus, kind, out_dir, raw=raw)
            for failure in failures:
                print(f"  {label}: no article: {failure}")
            for split in split_names:
                result = score(corpus, out_dir, split, args.per_item and not raw)
                rows.append((label, None if raw else TARGETS[kind], split, result, per_page))
                for item in sorted(result.get("items", []), key=lambda r: r["f1"]):
                    print(f"  {label} {item['id8']}  P={item['p']:.3f} R={item['r']:.3f} F1={item['f1']:.3f}")

    print()
    header = (f"{'source':<16} {'split':<6} {'precision':>9} {'recall':>7} {'F1':>6} {'item F1':>8} "
              f"{'items':>6} {'empty':>6} {'ms/page':>8}  target")
    print(header)
    print("-" * len(header))
    for label, target, split, r, per_page in rows:
        verdict = "" if target is None else f">={target:.2f} {'ok' if r['f1'] >= target else 'MISS'}"
        print(f"{label:<16} {split:<6} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>6.3f} "
              f"{r['mean_item_f1']:>8.3f} {r['n']:>6} {r['empty_predictions']:>6} {per_page * 1000:>8.1f}  {verdict}")
    if len(split_names) == 1:
        print(f"(split.json has one split, {', '.join(splits)}, so 'all' is the only split scored)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

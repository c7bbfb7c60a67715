"""Measure the plain writer on the corpus and the seed page: the issue-3 figures, one row an article.

    python scripts/eval_script.py [--corpus ../shared/corpus] [--seed ../shared/seed/000_7082b5382028ba51.txt]
                                  [--team tests/fixtures/holdout --team tests/fixtures/holdout2 ...] [-v]

A corpus article is the whole of items/<id>/body.txt (the true article text, lead paragraph included)
under the headline that briefing.clean_html finds in the item's page.html, with its wire dateline taken
off as the cleaner does. The seed page copy and the team's articles are read as `briefing build` reads files;
each team folder (by default tests/fixtures/holdout to holdout13) gets a table of its own.
Needs the `eval` extra (textstat==0.7.8, pysbd, wordfreq), all offline.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.config import Settings  # noqa: E402
from briefing.models import Article  # noqa: E402
from briefing.checks import measured_sentences, odd_sentences  # noqa: E402
from briefing.readability import measure, rare_words  # noqa: E402
from briefing.script import write_script  # noqa: E402

DATE = dt.date(2021, 7, 5)
LEAD_PARAGRAPHS = 2


def lead_facts(article: Article) -> set[str]:
    """Names and numbers of the article's first paragraphs: the who, where, when and how many.

    A name is a capitalised word that does not start a sentence; a number is any figure.
    """
    paragraphs = [p for p in re.split(r"\n\s*\n", article.body) if len(p.split()) > 3][:LEAD_PARAGRAPHS]
    facts: set[str] = set()
    for paragraph in paragraphs:
        text = paragraph.replace("\u2019", "'")
        facts.update(n.replace(",", "") for n in re.findall(r"\d+(?:[.,]\d+)*", text))
        for m in re.finditer(r"(?<![.!?\"“]\s)(?<!^)\b[A-Z][a-z]+(?:[A-Z][a-z]+)*\b", text):
            facts.add(m.group(0))
    return facts


def lead_coverage(script_text: str, article: Article) -> float:
    facts = lead_facts(article)
    if not facts:
        return 1.0
    said = script_text.replace("\u2019", "'").replace(",", "")
    return sum(1 for fact in facts if re.search(rf"\b{re.escape(fact)}\b", said)) / len(facts)


def corpus_articles(corpus: Path) -> list[tuple[str, Article]]:
    from briefing.clean_html import extract_html
    from briefing.dateline import strip_dateline

    out = []
    for body in sorted(corpus.glob("items/*/body.txt")):
        text = body.read_text(encoding="utf-8").strip()
        page = body.with_name("page.html")
        title = extract_html(page.read_text(encoding="utf-8", errors="replace")).title if page.is_file() else ""
        if not title:  # no page to take a headline from: fall back to the body's first line
            title, _, text = text.partition("\n")
        elif text.partition("\n")[0].strip() == title.strip():  # a body that repeats its headline
            text = text.partition("\n")[2]
        text = strip_dateline(text.strip())
        out.append((body.parent.name[:8], Article(title.strip(), text, source=str(body))))
    return out


def seed_article(seed: Path) -> Article:
    """The seed page copy, read the way `briefing build` reads a file."""
    from briefing.ingest import read_article

    return read_article(str(seed))


def team_articles(folder: Path) -> list[tuple[str, Article]]:
    """The team's own unseen-style articles and page copies, read the way `briefing build` reads files."""
    from briefing.ingest import read_article

    paths = sorted(p for p in folder.iterdir() if p.suffix.lower() in {".txt", ".html", ".htm"})
    return [(path.stem[:9], read_article(str(path))) for path in paths]


def report(items: list[tuple[str, Article]], settings: Settings, verbose: bool) -> None:
    """One row per article, then the means, the worst values and the fail counts."""
    head = (f"{'article':9} {'in':>5} {'words':>5} {'est s':>6} {'mean':>5} {'max':>4} {'FK':>5} {'common':>7} "
            f"{'unfaith':>7} {'odd':>3} {'lead':>5}  fails")
    print(head)
    print("-" * len(head))
    rows = []
    failed: list[str] = []
    odd_total = 0
    leads: list[float] = []
    for name, article in items:
        script = write_script([article], settings=settings, date=DATE)
        f = measure(script, [article])
        in_words = len(article.body.split())
        odd = odd_sentences(measured_sentences(script))
        odd_total += len(odd)
        lead = lead_coverage(" ".join(measured_sentences(script)), article)
        leads.append(lead)
        fails = []
        if f.mean_len > 14:
            fails.append("mean")
        if f.max_len > 22:
            fails.append("max")
        if f.fk_grade > 6:
            fails.append("FK")
        if f.common < 0.96:
            fails.append("vocab")
        if f.unfaithful:
            fails.append("faith:" + ",".join(f.unfaithful[:3]))
        if in_words >= 400 and not 270 <= f.seconds <= 330:
            fails.append("length")
        rows.append(f)
        failed.append(" ".join(fails))
        print(f"{name:9} {in_words:5d} {f.words:5d} {f.seconds:6.1f} {f.mean_len:5.1f} {f.max_len:4d} {f.fk_grade:5.2f} "
              f"{f.common:7.1%} {len(f.unfaithful):7d} {len(odd):3d} {lead:5.0%}  {' '.join(fails)}")
        if verbose:
            print("          rare:", " ".join(sorted(set(rare_words(script)))))
            for sentence, reason in odd:
                print(f"          odd ({reason}): {sentence}")
    n = len(rows)
    print("-" * len(head))
    print(f"{'mean':9} {'':5} {sum(r.words for r in rows) / n:5.0f} {sum(r.seconds for r in rows) / n:6.1f} "
          f"{sum(r.mean_len for r in rows) / n:5.1f} {sum(r.max_len for r in rows) / n:4.1f} "
          f"{sum(r.fk_grade for r in rows) / n:5.2f} {sum(r.common for r in rows) / n:7.1%} "
          f"{sum(len(r.unfaithful) for r in rows) / n:7.2f} {odd_total / n:3.1f} {sum(leads) / n:5.0%}")
    print(f"worst     max sentence {max(r.max_len for r in rows)} words, FK {max(r.fk_grade for r in rows):.2f}, "
          f"common {min(r.common for r in rows):.1%}, unfaithful total {sum(len(r.unfaithful) for r in rows)}, "
          f"lead {min(leads):.0%}")
    counts = {key: sum(key in fails for fails in failed) for key in ("mean", "max", "FK", "vocab", "faith", "length")}
    print("fails     " + ", ".join(f"{key} {count}" for key, count in counts.items()) + f" (of {n} rows)")
    print(f"odd       {odd_total} sentences flagged by briefing.checks.odd_sentences (-v lists them)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--seed", type=Path, default=ROOT.parent / "shared" / "seed" / "000_7082b5382028ba51.txt")
    parser.add_argument("--team", type=Path, action="append",
                        help="a folder of the team's own articles, measured as a table of its own; may be repeated"
                             " (default tests/fixtures/holdout to holdout13)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list uncommon words and odd sentences")
    args = parser.parse_args()

    items: list[tuple[str, Article]] = []
    if args.corpus.is_dir():
        items += corpus_articles(args.corpus)
    else:
        print(f"corpus not found at {args.corpus}; skipping the corpus (seed only)")
    if args.seed.is_file():
        items.append(("seed", seed_article(args.seed)))
    else:
        print(f"seed not found at {args.seed}; skipping it")
    settings = Settings()
    if items:
        print(f"corpus and seed ({len(items)} articles)")
        report(items, settings, args.verbose)
    team_sets = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8",
                 "holdout9", "holdout10", "holdout11", "holdout12", "holdout13")
    folders = args.team or [ROOT / "tests" / "fixtures" / name for name in team_sets]
    measured_team = False
    for folder in folders:
        team = team_articles(folder) if folder.is_dir() else []
        if team:
            print(f"\nteam-written articles never used to tune the rules ({folder}, {len(team)} files)")
            report(team, settings, args.verbose)
            measured_team = True
    if not items and not measured_team:
        print("nothing to measure")
        return 0
    print(f"\ntargets   mean <= 14, max <= 22, FK <= 6, common >= 96%, unfaithful = 0, 270-330 s when the article has "
          f">= 400 words; lead = share of the names and numbers of the first {LEAD_PARAGRAPHS} paragraphs in the script")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

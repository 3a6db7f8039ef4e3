"""Precision and recall of the extractor against a careful human reading of the seed articles.

    python -m bench.eval_gold            # prints per-file and total precision / recall

tests/gold/seed_figures.csv lists every figure a person reads in data/articles/ (value, qualifier, period;
unit and metric for reference). A found figure matches a gold one when file, value, qualifier, period_start
and period_end agree. The extractor never sees this file: it is only an answer key.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from loaders.build import process_article
from loaders.reader import read_article
from loaders.sources_csv import read_sources_csv

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "seed_figures.csv"
ARTICLES = ROOT / "data" / "articles"

Key = tuple[str, float, str, str, str]


def gold_figures(path: Path = GOLD) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def extracted_figures(articles: Path = ARTICLES) -> list[dict]:
    files = sorted(articles.glob("*.txt"))
    metas, _ = read_sources_csv(articles / "sources.csv", {f.name for f in files})
    out = []
    for path in files:
        art = read_article(path, articles)
        meta = metas.get(art.file)
        meta_dict = None
        if meta is not None:
            meta_dict = {"url": meta.url, "outlet": meta.outlet,
                         "published": meta.published.isoformat() if meta.published else None, "lang": meta.lang}
        for rec in process_article(art.file, art.text, art.sha256, meta_dict)["figures"]:
            if rec["duplicate_of"] is None:
                out.append(dict(rec, file=art.file))
    return out


def key(file: str, value: float, qualifier: str, start: str | None, end: str | None) -> Key:
    return (file, round(float(value), 6), qualifier, start or "", end or "")


def evaluate() -> dict[str, float | int | Counter]:
    gold = Counter(key(g["file"], float(g["value"]), g["qualifier"], g["period_start"], g["period_end"])
                   for g in gold_figures())
    found = Counter(key(f["file"], f["value"], f["qualifier"], f["period_start"], f["period_end"])
                    for f in extracted_figures())
    tp = sum((gold & found).values())
    return {
        "gold": sum(gold.values()), "found": sum(found.values()), "matched": tp,
        "precision": tp / max(1, sum(found.values())), "recall": tp / max(1, sum(gold.values())),
        "missed": gold - found, "spurious": found - gold,
    }


def main() -> None:
    r = evaluate()
    print(f"gold figures {r['gold']}, found {r['found']}, matched {r['matched']}")
    print(f"precision {r['precision']:.3f}  recall {r['recall']:.3f}")
    for k in sorted(r["missed"]):
        print("  missed  ", k)
    for k in sorted(r["spurious"]):
        print("  spurious", k)


if __name__ == "__main__":
    main()

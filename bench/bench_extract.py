"""Extractor throughput on one core: `python -m bench.bench_extract [--n 1000] [--seed 1]`.

Times loaders.extract.extract_article (cleaning, sentence splitting, figures) on the bundled seed articles
(data/articles/, several passes) and on N generated articles (bench/gen_corpus.py, in memory), and prints
sentences per second. Sentences are counted with the extractor's own splitter, outside the timed region.
Target (issue 2): at least 1,000 sentences/s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import time
from pathlib import Path

from bench.gen_corpus import generate_articles
from loaders.extract import extract_article
from loaders.text import content_lines, sentences

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1000.0


def count_sentences(text: str) -> int:
    return len(sentences(content_lines(text)[0]))


def throughput(items: list[tuple[str, dt.date | None]], passes: int = 1) -> tuple[float, int, float]:
    """(sentences/s, sentences, seconds) of extract_article over the items, `passes` times."""
    n_sent = sum(count_sentences(text) for text, _ in items) * passes
    extract_article(*items[0])  # warm-up: lazy lexicons, pymorphy dictionaries
    gc.collect()
    t0 = time.perf_counter()
    for _ in range(passes):
        for text, published in items:
            extract_article(text, published)
    secs = time.perf_counter() - t0
    return n_sent / secs, n_sent, secs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="generated articles (default 1000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--passes", type=int, default=10, help="passes over the seed articles (default 10)")
    args = ap.parse_args(argv)

    seeds = [(p.read_text(encoding="utf-8"), None) for p in sorted((ROOT / "data" / "articles").glob("*.txt"))]
    gen = [(a.text, a.published) for a in generate_articles(args.n, args.seed)]
    rows = []
    if seeds:
        rows.append(("seed articles", len(seeds) * args.passes, *throughput(seeds, args.passes)))
    rows.append((f"generated (n={args.n}, seed={args.seed})", len(gen), *throughput(gen)))
    print(f"{'corpus':34s} {'articles':>9s} {'sentences':>10s} {'seconds':>8s} {'sentences/s':>12s}  target")
    ok = True
    for name, n_art, rate, n_sent, secs in rows:
        met = rate >= TARGET
        ok &= met
        print(f"{name:34s} {n_art:9d} {n_sent:10d} {secs:8.2f} {rate:12,.0f}  ≥{TARGET:,.0f} "
              f"{'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Snapshot of everything the extractor finds: `python -m bench.extract_snapshot --out FILE [--n 10000]`.

Runs the extractor, article by article, the way `loaders.build.process_article` calls it (the sidecar
`sources.csv` date and language first, else the date and language read from the text), over the seed
articles (data/articles/), the test fixtures (tests/fixtures/articles/), any further `--articles DIR`, and N
generated articles (bench/gen_corpus.py, in memory, with their sidecar rows). Writes one JSON line per figure
(sorted keys: the article's corpus, file, publication date and basis, language and title, then every field of
the figure) and prints the counts and the SHA-256 of the whole output.

The extractor version is left out on purpose, so two snapshots of the same behaviour are byte-identical
whatever the code looks like. To show what a change does:

    python -m bench.extract_snapshot --out bench/out/before.jsonl   # on the old code
    python -m bench.extract_snapshot --out bench/out/after.jsonl    # on the new code
    cmp bench/out/before.jsonl bench/out/after.jsonl || diff bench/out/before.jsonl bench/out/after.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.gen_corpus import generate_articles
from loaders.extract import extract_article
from loaders.extract.dating import document_date
from loaders.reader import ArticleError, list_article_files, read_article
from loaders.sources_csv import read_sources_csv
from loaders.text import article_language, content_lines, sentences

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = (ROOT / "data" / "articles", ROOT / "tests" / "fixtures" / "articles")


def article_records(corpus: str, file: str, text: str, meta: dict[str, Any]) -> list[dict[str, Any]]:
    """The figures of one article as snapshot records (the per-article call of loaders.build.process_article)."""
    lines, title = content_lines(text)
    sents = sentences(lines)
    date = document_date(text, sents, meta)  # as loaders.build.process_article: DESIGN §2's chain and names
    published, basis = date.date, date.basis
    lang = meta.get("lang") or article_language([s.text for s in sents])
    figures = extract_article(text, date, lang_hint=lang, prepared=(title, sents), url=meta.get("url"))
    out = []
    for n, fig in enumerate(figures):
        rec = fig.as_record()
        rec.update(
            corpus=corpus, file=file, index=n, article_published=published.isoformat() if published else None,
            article_date_basis=basis, article_lang=lang, article_title=title, duplicate_of=fig.duplicate_of,
            sentence_index=fig.sentence_index, is_headline=fig.is_headline, np_text=fig.np_text,
        )
        out.append(rec)
    return out


def folder_articles(directory: Path) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(file, text, sidecar metadata) of the articles of one folder, as the build reads them."""
    files, _ = list_article_files(directory)
    metas, _ = read_sources_csv(directory / "sources.csv", {f.name for f in files}) \
        if (directory / "sources.csv").exists() else ({}, [])
    for path in files:
        try:
            art = read_article(path, directory)
        except ArticleError:
            continue
        m = metas.get(path.name)
        meta = {"published": m.published.isoformat() if m.published else None, "lang": m.lang} if m else {}
        yield art.file, art.text, meta


def generated_articles(n: int, seed: int) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for art in generate_articles(n, seed):
        row = art.csv_row or {}
        yield art.name, art.text, {"published": row.get("published") or None, "lang": row.get("lang") or None}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="JSON-lines file to write")
    ap.add_argument("--n", type=int, default=10000, help="generated articles (default 10000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--articles", type=Path, action="append", default=[],
                    help="a further folder of articles (repeatable)")
    args = ap.parse_args(argv)

    sources: list[tuple[str, Iterator[tuple[str, str, dict[str, Any]]]]] = [
        (str(d.relative_to(ROOT)) if d.is_relative_to(ROOT) else str(d), folder_articles(d))
        for d in (*DEFAULT_DIRS, *args.articles)
    ]
    sources.append((f"generated(n={args.n},seed={args.seed})", generated_articles(args.n, args.seed)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    t0 = time.perf_counter()
    with open(args.out, "w", encoding="utf-8") as fh:
        for corpus, articles in sources:
            n_art = n_fig = n_dup = n_metric = 0
            for file, text, meta in articles:
                n_art += 1
                for rec in article_records(corpus, file, text, meta):
                    line = json.dumps(rec, sort_keys=True, ensure_ascii=False) + "\n"
                    fh.write(line)
                    digest.update(line.encode("utf-8"))
                    n_fig += 1
                    n_dup += rec["duplicate_of"] is not None
                    n_metric += rec["metric"] is not None
            print(f"{corpus:40s} articles {n_art:6d}  figures {n_fig:7d}  duplicates {n_dup:6d}  "
                  f"with a metric {n_metric:6d}", file=sys.stderr)
    print(f"{time.perf_counter() - t0:.1f} s", file=sys.stderr)
    print(f"sha256 {digest.hexdigest()}  {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

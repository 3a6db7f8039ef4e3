"""Command line: `python -m loaders build|extract` (DESIGN §6)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from tqdm import tqdm

from loaders.build import (
    DEFAULT_ARTICLES,
    DEFAULT_CACHE,
    DEFAULT_CURATED,
    DEFAULT_DB,
    DEFAULT_WAIT,
    process_article,
    run,
)
from loaders.curated import CuratedError
from loaders.lock import Holder, LockBusy
from loaders.reader import ArticleError, read_article
from loaders.sources_csv import read_sources_csv

SECTION3_FIELDS = ["value", "qualifier", "unit", "period_start", "period_end", "area", "metric", "quote",
                   "start", "end"]


def _build(args: argparse.Namespace) -> int:
    bar = tqdm(total=0, unit="article", file=sys.stderr, disable=args.quiet, leave=False)

    def progress(done: int, total: int, name: str) -> None:
        bar.total = total
        bar.n = done
        bar.set_postfix_str(name[-40:], refresh=False)
        bar.refresh()

    wait = getattr(args, "wait", DEFAULT_WAIT)

    def on_wait(holder: Holder | None) -> None:  # said at once, so a waiting build is never silent
        who = holder.describe() if holder else "another process"
        print(f"waiting for the database folder {args.db.parent}: locked by {who}; waiting at most {wait:g} s "
              f"(--wait)", file=sys.stderr, flush=True)

    try:
        report = run(args.db, args.articles, args.curated, progress, workers=args.workers,
                     cache_dir=args.cache, wait=wait, on_wait=on_wait)
    except LockBusy as exc:
        bar.close()
        print(f"build not started, the database is unchanged: {exc}", file=sys.stderr)
        return 3
    except CuratedError as exc:
        bar.close()
        print(f"build failed, the previous database is unchanged: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        bar.close()
        print(f"build failed: {exc}", file=sys.stderr)
        return 2
    bar.close()
    print(report.render())
    return 0


def _extract(args: argparse.Namespace) -> int:
    status = 0
    metas_by_dir: dict[Path, dict] = {}
    for name in args.files:
        path = Path(name)
        folder = path.parent
        if folder not in metas_by_dir:
            csv_path = folder / "sources.csv"
            metas = {}
            if csv_path.exists():
                files = {p.name for p in folder.glob("*.txt")}
                metas, problems = read_sources_csv(csv_path, files)
                for p in problems:
                    print(f"warning: {p}", file=sys.stderr)
            metas_by_dir[folder] = metas
        try:
            art = read_article(path, folder)
        except ArticleError as exc:
            print(f"skipped: {exc}", file=sys.stderr)
            status = 1
            continue
        meta = metas_by_dir[folder].get(art.file)
        meta_dict = None
        if meta is not None:
            meta_dict = {"url": meta.url, "outlet": meta.outlet,
                         "published": meta.published.isoformat() if meta.published else None, "lang": meta.lang}
        result = process_article(art.file, art.text, art.sha256, meta_dict)
        src = result["source"]
        for rec in result["figures"]:
            if rec["duplicate_of"] is not None and not args.all:
                continue
            out = {k: rec[k] for k in SECTION3_FIELDS}
            out.update(file=str(path), noun=rec["noun"], period_kind=rec["period_kind"],
                       period_basis=rec["period_basis"], text=rec["text"], lang=rec["lang"],
                       published=src["published"], date_basis=src["date_basis"])
            if args.all:
                out["duplicate"] = rec["duplicate_of"] is not None
            if args.jsonl:
                print(json.dumps(out, ensure_ascii=False))
            else:
                print(f"{path.name}:{rec['start']}  {rec['value']:>14,.10g} {rec['qualifier']:8} {rec['unit']:12} "
                      f"{rec['metric'] or '-':30} {rec['period_start']}..{rec['period_end']} {rec['area']}  "
                      f"«{rec['text']}»")
    return status


# --- `add` (issue 12): copy articles into the articles folder, record their sidecar row, build incrementally ---


def _add(args: argparse.Namespace) -> int:
    from loaders.add import AddError, prepare_file, save_articles

    try:
        items = [prepare_file(Path(f), url=args.url, outlet=args.outlet, published=args.published, lang=args.lang)
                 for f in args.files]
    except AddError as exc:
        print(f"add: {exc}", file=sys.stderr)
        return 2
    result = save_articles(items, args.articles, lock_folder=args.db.parent)
    for problem in result.refused:
        print(f"refused: {problem}", file=sys.stderr)
    for given, existing in result.already:
        print(f"already there: {given} (same text as {existing})")
    for name in result.added:
        print(f"added: {args.articles / name}")
    status = 1 if result.refused else 0
    if result.added and not args.no_build:
        build_status = _build(args)
        status = build_status or status
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m loaders", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="rebuild the DuckDB file atomically and print a report")
    b.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"database path (default {DEFAULT_DB})")
    b.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="folder of *.txt articles")
    b.add_argument("--curated", type=Path, default=None,
                   help="folder of curated CSV files (default: 'curated' next to the articles folder)")
    b.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="processes for extraction (default: one per CPU; results are identical to one process)")
    b.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                   help=f"folder of the extraction cache that makes rebuilds incremental (default {DEFAULT_CACHE})")
    b.add_argument("--no-cache", dest="cache", action="store_const", const=None, help="extract every article again")
    b.add_argument("--wait", type=float, default=DEFAULT_WAIT, metavar="SECONDS",
                   help=f"when another build (or the dashboard's Add/Review pages) holds the database folder, wait at "
                        f"most this long, then exit with status 3 naming the holder (default {DEFAULT_WAIT:g}; "
                        f"0: do not wait)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    e = sub.add_parser("extract", help="print the figures found in the files")
    e.add_argument("--jsonl", action="store_true", help="one JSON object a line")
    e.add_argument("--all", action="store_true", help="also print repeated figures (headline and body)")
    e.add_argument("files", nargs="+")
    a = sub.add_parser("add", help="copy articles (.txt, .md, .html) into the articles folder and rebuild")
    a.add_argument("files", nargs="+")
    a.add_argument("--url", help="address of the article (sources.csv)")
    a.add_argument("--outlet", help="news outlet (sources.csv)")
    a.add_argument("--published", help="publication date YYYY-MM-DD (sources.csv)")
    a.add_argument("--lang", help="ru, kk or en (sources.csv)")
    a.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"database path (default {DEFAULT_DB})")
    a.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="folder of *.txt articles")
    a.add_argument("--no-build", action="store_true", help="only copy the files and record their rows")
    a.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    if args.command == "add":
        args.curated = args.articles.parent / "curated" if args.articles != DEFAULT_ARTICLES else DEFAULT_CURATED
        args.workers = os.cpu_count() or 1
        args.cache = args.articles.parent / "cache" if args.articles != DEFAULT_ARTICLES else DEFAULT_CACHE
        return _add(args)
    if args.command == "build":
        if args.curated is None:
            args.curated = args.articles.parent / "curated" if args.articles != DEFAULT_ARTICLES else DEFAULT_CURATED
        return _build(args)
    return _extract(args)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `... | head`: the reader went away; that is not an error
        sys.stderr.close()
        sys.exit(0)

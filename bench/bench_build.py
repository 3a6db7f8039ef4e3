"""Build throughput against the floor: `python -m bench.bench_build [--n 10000] [--seed 1]`.

1. Generates the corpus (bench/gen_corpus.py) into --corpus (default bench/out/corpus, gitignored).
2. FLOOR: reads the same files and splits them into sentences with the same splitter as loaders/text.py
   (razdel.sentenize over each line), nothing else.
3. BUILD: loaders.build.run() into a temporary database, with workers=1 and workers=2 (no cache).
   The floor is measured again right before each build (alternating), and the build is compared with the
   median floor: ratio = build seconds / floor seconds. Targets: ≥500 articles/s, ≤3× the floor.
4. INCREMENTAL: a full build with a cache dir, then one article changed, then a rebuild: its time
   (target ≤2 s for 10,000 articles), and a rebuild with nothing changed.

Every measurement runs in a fresh Python process (`--one KIND`), so peak memory (ru_maxrss of the process
and, for the pool, of its largest worker) belongs to that measurement alone, and no run warms another.
tracemalloc is not used for the timings: it slows allocation-heavy code several-fold.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_ARTICLES_S = 500.0
TARGET_RATIO = 3.0
TARGET_INCREMENTAL_S = 2.0


def _peak_mb() -> tuple[float, float]:
    """(peak RSS of this process, peak RSS of the largest waited-for child) in MB (Linux: ru_maxrss in kB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def one_floor(corpus: Path) -> dict[str, float]:
    import razdel

    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    t0 = time.perf_counter()
    n_sent = 0
    for path in files:
        text = path.read_bytes().decode("utf-8")
        for line in text.split("\n"):
            if line.strip():
                n_sent += sum(1 for _ in razdel.sentenize(line))
    secs = time.perf_counter() - t0
    return {"seconds": secs, "articles": len(files), "sentences": n_sent}


def one_build(corpus: Path, workers: int, cache: Path | None) -> dict[str, float]:
    from loaders.build import run

    with tempfile.TemporaryDirectory(prefix="kzvol-bench-") as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        report = run(db, corpus, None, None, workers=workers, cache_dir=cache)
        secs = time.perf_counter() - t0
        size = db.stat().st_size
    own, kids = _peak_mb()
    return {"seconds": secs, "articles": report.articles_read, "sentences": report.sentences,
            "figures": report.figures, "cache_hits": report.cache_hits, "skipped": len(report.skipped),
            "peak_mb": own, "peak_worker_mb": kids, "db_mb": size / 1e6}


def one_incremental(corpus: Path, cache: Path, workers: int) -> dict[str, float]:
    """Full build with the cache (untimed here), change one article, time the rebuild; then an unchanged one."""
    from loaders.build import run

    with tempfile.TemporaryDirectory(prefix="kzvol-bench-") as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        full = run(db, corpus, None, None, workers=workers, cache_dir=cache)
        full_s = time.perf_counter() - t0
        victim = sorted(corpus.glob("gen_*.txt"))[len(full.__dict__) % 7]
        original = victim.read_text(encoding="utf-8")
        try:
            victim.write_text(original + "\nВ Алматы сегодня зарегистрировано 1 234 волонтера.\n", encoding="utf-8")
            t0 = time.perf_counter()
            changed = run(db, corpus, None, None, workers=workers, cache_dir=cache)
            changed_s = time.perf_counter() - t0
        finally:
            victim.write_text(original, encoding="utf-8")
        t0 = time.perf_counter()
        same = run(db, corpus, None, None, workers=workers, cache_dir=cache)
        same_s = time.perf_counter() - t0
    own, _ = _peak_mb()
    return {"full_seconds": full_s, "changed_seconds": changed_s, "changed_cache_hits": changed.cache_hits,
            "unchanged_seconds": same_s, "unchanged_cache_hits": same.cache_hits, "articles": full.articles_read,
            "peak_mb": own}


def _sub(kind: str, corpus: Path, *extra: str) -> dict[str, float]:
    cmd = [sys.executable, "-m", "bench.bench_build", "--one", kind, "--corpus", str(corpus), *extra]
    out = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True, timeout=3600)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", type=Path, default=ROOT / "bench" / "out" / "corpus")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--no-generate", action="store_true", help="reuse the corpus already in --corpus")
    ap.add_argument("--skip-incremental", action="store_true")
    ap.add_argument("--one", choices=["floor", "build", "incremental"], help=argparse.SUPPRESS)
    ap.add_argument("--w", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.one == "floor":
        print(json.dumps(one_floor(args.corpus)))
        return 0
    if args.one == "build":
        print(json.dumps(one_build(args.corpus, args.w, args.cache)))
        return 0
    if args.one == "incremental":
        print(json.dumps(one_incremental(args.corpus, args.cache, args.w)))
        return 0

    if not args.no_generate:
        from bench.gen_corpus import generate

        t0 = time.perf_counter()
        generate(args.n, args.seed, args.corpus)
        print(f"generated {args.n} articles (seed {args.seed}) in {args.corpus} "
              f"in {time.perf_counter() - t0:.1f} s")
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")

    floors: list[float] = []
    builds: list[tuple[int, dict[str, float]]] = []
    for w in args.workers:
        fl = _sub("floor", args.corpus)
        floors.append(fl["seconds"])
        print(f"floor  : {fl['articles']} articles, {fl['sentences']} razdel sentences in {fl['seconds']:.2f} s "
              f"({fl['articles'] / fl['seconds']:,.0f} articles/s)", flush=True)
        b = _sub("build", args.corpus, "--w", str(w))
        builds.append((w, b))
        print(f"build w={w}: {b['seconds']:.2f} s, {b['figures']} figures, peak RSS {b['peak_mb']:.0f} MB "
              f"(largest worker {b['peak_worker_mb']:.0f} MB), db {b['db_mb']:.1f} MB", flush=True)
    floor_s = statistics.median(floors)
    n_art = builds[0][1]["articles"]

    print()
    print(f"{'run':12s} {'seconds':>8s} {'articles/s':>11s} {'sentences/s':>12s} {'× floor':>8s} {'peak MB':>8s}"
          f"  targets: ≥{TARGET_ARTICLES_S:.0f} articles/s, ≤{TARGET_RATIO:.0f}× floor")
    print(f"{'floor':12s} {floor_s:8.2f} {n_art / floor_s:11,.0f} {'':>12s} {1.0:8.2f}")
    for w, b in builds:
        ratio = b["seconds"] / floor_s
        rate = b["articles"] / b["seconds"]
        peak = max(b["peak_mb"], b["peak_worker_mb"]) if w > 1 else b["peak_mb"]
        verdict = ("met" if rate >= TARGET_ARTICLES_S else "NOT met") + " / " + (
            "met" if ratio <= TARGET_RATIO else "NOT met")
        print(f"{'build w=' + str(w):12s} {b['seconds']:8.2f} {rate:11,.0f} {b['sentences'] / b['seconds']:12,.0f} "
              f"{ratio:8.2f} {peak:8.0f}  {verdict}")

    if not args.skip_incremental:
        cache = Path(tempfile.mkdtemp(prefix="kzvol-bench-cache-"))
        try:
            w = max(args.workers)
            inc = _sub("incremental", args.corpus, "--w", str(w), "--cache", str(cache))
        finally:
            shutil.rmtree(cache, ignore_errors=True)
        print()
        print(f"incremental (workers={w}, {inc['articles']} articles): full build with cache "
              f"{inc['full_seconds']:.2f} s; one article changed → rebuild {inc['changed_seconds']:.2f} s "
              f"({inc['changed_cache_hits']} cache hits) target ≤{TARGET_INCREMENTAL_S:.0f} s "
              f"{'met' if inc['changed_seconds'] <= TARGET_INCREMENTAL_S else 'NOT met'}; "
              f"nothing changed → {inc['unchanged_seconds']:.2f} s ({inc['unchanged_cache_hits']} hits)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The dashboard's queries at scale: `python -m bench.bench_sql [--rows 1000000] [--runs 7]`.

Creates a database with the real schema (loaders.db.write_database on empty input), fills it in SQL with
--rows observations (default 1,000,000) over --sources articles (default 100,000), 20+ catalog metrics,
KZ and 19 regions, day and year periods, and then times, through metrics.data.ReadOnlyDatabase exactly as
the dashboard opens the file, the median of --runs runs (≥5) of:

- the dashboard's loaders (metrics/data.py): load_series (overview, explore), load_catalog, load_ratios,
  load_sources, load_article, load_observations (the data page's table; all rows into pandas);
- latest values: `SELECT * FROM latest` (the view), and KPI growth per metric the way the overview does it
  (metrics.growth.kpi on the loaded series, per metric);
- series of one metric: SQL on the `series` view, and the pandas filter the chart cache applies;
- search in quotes: SQL ILIKE on observations.quote, and the pandas str.contains the data page runs.

Target: each ≤200 ms median. The database is written to a temp dir (or --db) and removed afterwards.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from loaders.db import create_derived, write_database

TARGET_MS = 200.0
REGIONS = ["Almaty", "Astana", "Shymkent", "Abai region", "Akmola region", "Aktobe region", "Almaty region",
           "Atyrau region", "East Kazakhstan region", "Zhambyl region", "Zhetysu region",
           "West Kazakhstan region", "Karaganda region", "Kostanay region", "Kyzylorda region",
           "Mangistau region", "Pavlodar region", "North Kazakhstan region", "Turkistan region"]


def make_db(path: Path, rows: int, n_sources: int) -> float:
    """Write the schema, then fill sources and observations in SQL; return seconds."""
    t0 = time.perf_counter()
    write_database(path, [], [])
    regions = "[" + ", ".join("'" + r + "'" for r in REGIONS) + "]"
    con = duckdb.connect(str(path))
    try:
        con.execute(f"""
            INSERT INTO sources
            SELECT printf('gen_%07d', i), printf('gen_%07d.txt', i), md5(i::VARCHAR) || md5((i + 1)::VARCHAR),
                   'Волонтеры региона подвели итоги ' || i,
                   (['Kazinform', 'Zakon.kz', 'Tengrinews', '24.kz', 'El.kz', 'Astana Times', 'Orda.kz',
                     'Egemen'])[1 + i % 8],
                   'https://news.example.kz/' || i, (['ru', 'kk', 'en'])[1 + (hash(i, 7) % 3)::BIGINT],
                   DATE '2015-01-01' + (hash(i, 1) % 4000)::INTEGER,
                   (['header', 'timestamp', 'sources_csv', 'inferred'])[1 + i % 4], 2400, 0,
                   repeat('В Казахстане работают волонтеры. ', 70)
            FROM range({n_sources}) t(i)
        """)
        con.execute(f"""
            INSERT INTO observations
            WITH m AS (SELECT row_number() OVER (ORDER BY metric_id) - 1 AS k, metric_id, unit FROM metrics),
                 nm AS (SELECT count(*) AS n FROM metrics),
                 r AS (
                    SELECT i, (hash(i, 11) % {n_sources})::BIGINT AS src, (hash(i, 2) % 1000000007)::BIGINT AS h2,
                           (hash(i, 3) % 1000000007)::BIGINT AS h3, (hash(i, 4) % 100)::BIGINT AS roll,
                           (hash(i, 5) % 1000000007)::BIGINT AS h5
                    FROM range({rows}) t(i)
                 )
            SELECT r.i + 1,
                   printf('gen_%07d', r.src), printf('gen_%07d.txt', r.src),
                   CASE WHEN r.roll < 70 THEN m.metric_id END,
                   (10 + r.h5 % 300000)::DOUBLE,
                   (['exact', 'exact', 'at_least', 'approx', 'almost', 'at_most'])[1 + r.h3 % 6],
                   m.unit, 'волонтер',
                   CASE WHEN r.h3 % 5 < 3 THEN DATE '2015-01-01' + (r.h2 % 4000)::INTEGER
                        ELSE make_date((2015 + r.h2 % 11)::INTEGER, 1, 1) END,
                   CASE WHEN r.h3 % 5 < 3 THEN DATE '2015-01-01' + (r.h2 % 4000)::INTEGER
                        ELSE make_date((2015 + r.h2 % 11)::INTEGER, 12, 31) END,
                   CASE WHEN r.h3 % 5 < 3 THEN 'as_of' ELSE 'year' END,
                   (['explicit', 'publication', 'inherited'])[1 + r.h2 % 3],
                   CASE WHEN r.h5 % 10 < 7 THEN 'KZ' ELSE ({regions})[1 + r.h5 % 19] END,
                   'В ' || (['Алматы', 'Астане', 'Шымкенте', 'области'])[1 + r.i % 4] || ' ' ||
                       (['зарегистрировано', 'участвовало', 'сдали кровь', 'марафон объединил'])[1 + r.h2 % 4]
                       || ' более ' || (r.h5 % 300000) || ' человек, сообщает ' ||
                       (['Kazinform', 'Zakon.kz', 'Tengrinews'])[1 + r.i % 3] || '.',
                   100, 112, 'более ' || (r.h5 % 300000), (['ru', 'kk', 'en'])[1 + r.i % 3], 'rule',
                   CASE WHEN r.roll < 70 THEN 'accepted' WHEN r.roll < 92 THEN 'candidate' ELSE 'rejected' END,
                   NULL, NULL, 'bench'
            FROM r, nm JOIN m ON m.k = r.h2 % nm.n
        """)
        con.execute("""
            UPDATE observations SET metric_id = NULL WHERE status = 'candidate';
            UPDATE observations SET unit = 'ratio', value = 1 + value % 5 WHERE obs_id % 50 = 0;
        """)
        create_derived(con)  # series/latest are computed at build time, as a real build does
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return time.perf_counter() - t0


SLOW_MS = 3000.0  # a query this slow on its warm-up call is reported from that one call (bounded run time)


def timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    """Median milliseconds of `runs` calls (after one warm-up call) and the last result.

    When the warm-up call alone takes more than SLOW_MS, its time is returned (marked by the caller):
    the target is missed by an order of magnitude and repeating it would only lengthen the run.
    """
    t0 = time.perf_counter()
    result = fn()
    first = (time.perf_counter() - t0) * 1000
    if first > SLOW_MS:
        return -first, result
    times = []
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def _size(result: object) -> str:
    if hasattr(result, "__len__"):
        return f"{len(result):,} rows"  # type: ignore[arg-type]
    if isinstance(result, tuple):
        return f"{len(result[1]):,} rows"
    return ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--sources", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--db", type=Path, help="keep the generated database here (else a temp dir)")
    args = ap.parse_args(argv)
    runs = max(5, args.runs)

    from metrics import data, growth

    with tempfile.TemporaryDirectory(prefix="kzvol-sql-") as tmp:
        path = args.db or Path(tmp) / "big.duckdb"
        secs = make_db(path, args.rows, args.sources)
        con = duckdb.connect(str(path), read_only=True)
        n_obs, n_series = con.execute("SELECT (SELECT count(*) FROM observations), (SELECT count(*) FROM series)"
                                      ).fetchone()
        con.close()
        print(f"database: {n_obs:,} observations, {args.sources:,} sources, {n_series:,} series points, "
              f"{path.stat().st_size / 1e6:.0f} MB, generated in {secs:.1f} s")

        db = data.ReadOnlyDatabase(path)
        series = data.load_series(db)
        top_metric = series["metric_id"].value_counts().index[0]
        one_source = series["source_id"].iloc[0]

        def kpis() -> object:
            kz = series[series["area"] == "KZ"]
            return [growth.kpi(g) for _, g in kz.groupby("metric_id", sort=False)]

        cases: list[tuple[str, str, Callable[[], object]]] = [
            ("metrics.data.load_series (series view, all)", "data.py", lambda: data.load_series(db)),
            ("metrics.data.load_catalog", "data.py", lambda: data.load_catalog(db)),
            ("metrics.data.load_ratios", "data.py", lambda: data.load_ratios(db)),
            ("metrics.data.load_sources", "data.py", lambda: data.load_sources(db)),
            ("metrics.data.load_article", "data.py", lambda: data.load_article(db, one_source)),
            ("metrics.data.load_observations (all rows)", "data.py", lambda: data.load_observations(db)),
            ("latest values: SELECT * FROM latest", "SQL", lambda: db.query("SELECT * FROM latest")),
            ("growth per metric: growth.kpi on series", "pandas", kpis),
            ("series of one metric: SQL on series view", "SQL",
             lambda: db.query("SELECT * FROM series WHERE metric_id = ? AND area = 'KZ' ORDER BY period_end",
                              [top_metric])),
            ("series of one metric: pandas filter", "pandas",
             lambda: series[(series["metric_id"] == top_metric) & (series["area"] == "KZ")]),
            ("search in quotes: SQL ILIKE", "SQL",
             lambda: db.query("SELECT obs_id, quote FROM observations WHERE quote ILIKE ? ORDER BY obs_id LIMIT 1000",
                              ["%марафон%"])),
            ("search in quotes: SQL ILIKE count(*)", "SQL",
             lambda: db.query("SELECT count(*) FROM observations WHERE quote ILIKE ?", ["%марафон%"])),
        ]
        obs_frame = data.load_observations(db)
        cases.append(("search in quotes: pandas contains (data page)", "pandas",
                      lambda: obs_frame[obs_frame["quote"].fillna("").str.contains("марафон", case=False,
                                                                                   regex=False)]))
        print(f"{'query':48s} {'via':8s} {'median ms':>10s} {'result':>14s}  target ≤{TARGET_MS:.0f} ms")
        for name, via, fn in cases:
            ms, result = timed(fn, runs)
            note = "" if ms >= 0 else " (1 run)"
            ms = abs(ms)
            print(f"{name:48s} {via:8s} {ms:10.1f} {_size(result):>14s}  {'met' if ms <= TARGET_MS else 'NOT met'}"
                  f"{note}", flush=True)
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

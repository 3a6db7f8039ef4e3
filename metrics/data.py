"""Read-only access to data/kzvol.duckdb for the dashboard, reloading when the file is rebuilt.

The database is rebuilt by writing a temporary file and moving it over the old one, so a rebuilt file has
a new modification time, size or inode. `db_version` captures those; `ReadOnlyDatabase` reconnects when
it changes, closing the old connection first.

Why an in-memory DuckDB with the file ATTACHed read-only instead of `duckdb.connect(path)`: DuckDB
caches database instances per file within a process. A second `duckdb.connect(path)` while one is open
would (a) return the old, stale instance after a rebuild and (b) fail with "different configuration"
when the SQL console opens the same file with external access disabled. An ATTACH inside a private
in-memory instance sidesteps that cache, so both can coexist.

The loaders below are plain functions returning DataFrames; Streamlit caching is layered on top in
`metrics.pages`, keyed by `db_version`.

Scale: the dashboard never loads a whole table into pandas. Series are read per metric(s) and area with a
parameterized WHERE, the nested `sources` lists only for the points a chart draws (and, when a chart would
draw more than `MAX_CHART_MARKERS` markers, only the first few of each point, which is all its hover
shows); the Data and Sources pages filter, search, sort and page in SQL with LIMIT and count all matches.
Search in quotes is `contains(quote_search, lower(?))` on a lower-cased copy of the quote made at build
time; titles and outlets use `regexp_matches(text, ?, 'il')` (literal, case-insensitive). Either way the
user's text is a parameter and never a pattern, so `%`, `_`, `.` or `(` match themselves. Timings at
1,000,000 observations: bench/README.md.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "data" / "kzvol.duckdb"
ARTICLES_DIR = ROOT / "data" / "articles"
CURATED_DIR = ROOT / "data" / "curated"
ENV_DB = "KZVOL_DB"

DbVersion = tuple[int, int, int]


def db_path() -> Path:
    """Database file: $KZVOL_DB if set (tests, other deployments), else data/kzvol.duckdb."""
    env = os.environ.get(ENV_DB)
    return Path(env) if env else DEFAULT_DB


def db_version(path: Path) -> DbVersion | None:
    """(mtime in ns, size, inode) of the file, or None when it does not exist.

    The inode is included because an atomic rebuild within the same mtime tick still replaces the inode.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class ReadOnlyDatabase:
    """One read-only connection to a database file, replaced when the file changes.

    Thread-safe: Streamlit serves sessions from several threads and a DuckDB connection must not run two
    queries at once, so every query holds a lock.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self.version: DbVersion | None = None
        self.reloads = 0  # how many times a rebuilt file was picked up (shown to the user, tested)

    def _open(self) -> duckdb.DuckDBPyConnection:
        con = duckdb.connect(":memory:")
        con.execute(f"ATTACH {_sql_literal(str(self.path))} AS kz (READ_ONLY)")
        con.execute("USE kz")
        return con

    def _ensure_current(self) -> duckdb.DuckDBPyConnection:
        version = db_version(self.path)
        if version is None:
            raise FileNotFoundError(f"database file not found: {self.path}")
        if self._con is None or version != self.version:
            if self._con is not None:
                # Close first: the old instance must release the old file before we read the new one.
                self._con.close()
                self._con = None
                self.reloads += 1
            self._con = self._open()
            self.version = version
        return self._con

    def query(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        """Run one query and return its rows as a DataFrame."""
        with self._lock:
            con = self._ensure_current()
            return con.execute(sql, params or []).df()

    def query_with_lists(self, sql: str, params: list[Any] | None, list_columns: Sequence[str]) -> pd.DataFrame:
        """Like `query`, with the LIST columns as Python lists of dicts ([] for NULL).

        Converted through Arrow (`to_pylist`), several times faster than DuckDB's own pandas conversion of
        nested lists; the other columns go through DuckDB's pandas conversion, so their dtypes are the ones
        `query` gives.
        """
        with self._lock:
            con = self._ensure_current()
            result = con.execute(sql, params or [])
            table = result.to_arrow_table() if hasattr(result, "to_arrow_table") else result.fetch_arrow_table()
            lists = {c: table.column(c).to_pylist() for c in list_columns}
            df = con.from_arrow(table.drop_columns(list(list_columns))).df()
        for c in list_columns:
            df[c] = [v if v is not None else [] for v in lists[c]]
        return df

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None


def load_catalog(db: ReadOnlyDatabase) -> pd.DataFrame:
    """The metrics table: metric_id, unit, kind, topic, label_en, label_ru, label_kk."""
    return db.query(
        "SELECT metric_id, unit, kind, topic, label_en, label_ru, label_kk FROM metrics ORDER BY metric_id"
    )


def _to_list(value: Any) -> list[dict[str, Any]]:
    # DuckDB returns LIST columns as numpy arrays or lists depending on the version; normalize.
    if value is None:
        return []
    try:
        return [dict(item) for item in value]
    except TypeError:
        return []


def _where_in(column: str, values: Sequence[Any] | None, clauses: list[str], params: list[Any]) -> None:
    """Add `column IN values` as a parameter (None: no condition; empty: no row matches)."""
    if values is None:
        return
    values = list(values)
    if not values:
        clauses.append("FALSE")
        return
    clauses.append(f"list_contains(?, {column})")
    params.append(values)


def _where_sql(clauses: list[str]) -> str:
    return ("WHERE " + " AND ".join(clauses)) if clauses else ""


# ---------------------------------------------------------------------------------------------------------
# Series (overview, explore)
# ---------------------------------------------------------------------------------------------------------

SERIES_COLUMNS = (
    "metric_id, area, period_start, period_end, period_kind, value, qualifier, unit, obs_id, source_id, outlet, "
    "published, quote, n_sources"
)
SERIES_ORDER = "metric_id, area, period_end, period_start"

# A chart draws one marker per series point and one ring per further source of it. Beyond this many markers
# the rings are left out (the hover of each point still names its sources and how many there are): the
# real data has a few dozen points, a synthetic million observations ~40 sources per point.
MAX_CHART_MARKERS = 2000


def load_series_index(db: ReadOnlyDatabase) -> pd.DataFrame:
    """Which metric and area pairs the `series` view has: metric_id, area, n_points, n_markers (points plus
    their further sources, i.e. the markers a chart of it would draw)."""
    return db.query(
        "SELECT metric_id, area, count(*) AS n_points, sum(n_sources)::BIGINT AS n_markers "
        "FROM series GROUP BY metric_id, area ORDER BY metric_id, area"
    )


def load_series(
    db: ReadOnlyDatabase,
    metric_ids: Sequence[str] | None = None,
    areas: Sequence[str] | None = None,
    *,
    sources: bool | int = True,
) -> pd.DataFrame:
    """Rows of the `series` view (one chosen value per metric, area and period) for the given metrics and
    areas (None: all), ordered by metric, area and period.

    `sources`: True adds every point's list of sources (dicts: obs_id, source_id, outlet, published, value,
    qualifier, quote); an int k only the first k of each (`n_sources` still counts all); False leaves the
    column out (KPIs, growth tables).
    """
    clauses: list[str] = []
    params: list[Any] = []
    _where_in("metric_id", metric_ids, clauses, params)
    _where_in("area", areas, clauses, params)
    where = _where_sql(clauses)
    if sources is False:
        return db.query(f"SELECT {SERIES_COLUMNS} FROM series {where} ORDER BY {SERIES_ORDER}", params)
    if sources is True:
        src_sql = "sources"
    else:
        src_sql = "list_slice(sources, 1, ?)"
        params = [int(sources), *params]
    return db.query_with_lists(
        f"SELECT {SERIES_COLUMNS}, {src_sql} AS sources FROM series {where} ORDER BY {SERIES_ORDER}",
        params,
        ["sources"],
    )


def load_chart_series(
    db: ReadOnlyDatabase,
    metric_ids: Sequence[str],
    area: str,
    *,
    max_markers: int = MAX_CHART_MARKERS,
    hover_sources: int = 4,
) -> tuple[pd.DataFrame, bool]:
    """The series a chart of `metric_ids` in `area` draws, and whether it draws other sources as rings.

    Up to `max_markers` markers (points plus further sources), every point comes with all its sources and
    the rings are drawn; above, each point brings only its first `hover_sources` sources (what the hover
    lists; pass figures.MAX_SOURCES_IN_HOVER) and the chart leaves the rings out.
    """
    n = db.query(
        "SELECT coalesce(sum(n_sources), 0)::BIGINT AS n FROM series "
        "WHERE list_contains(?, metric_id) AND area = ?",
        [list(metric_ids), area],
    )
    if int(n.iloc[0, 0]) <= max_markers:
        return load_series(db, metric_ids, [area]), True
    return load_series(db, metric_ids, [area], sources=hover_sources), False


def load_ratios(
    db: ReadOnlyDatabase, metric_ids: Sequence[str] | None = None, areas: Sequence[str] | None = None
) -> pd.DataFrame:
    """Multiples stated in articles ("почти в четыре раза"): observations in unit 'ratio' with a metric,
    for the given metrics and areas (None: all)."""
    clauses = ["o.unit = 'ratio'", "o.metric_id IS NOT NULL", "o.status <> 'rejected'"]
    params: list[Any] = []
    _where_in("o.metric_id", metric_ids, clauses, params)
    _where_in("o.area", areas, clauses, params)
    return db.query(
        f"""
        SELECT o.obs_id, o.metric_id, o.area, o.value, o.qualifier, o.period_start, o.period_end, o.quote,
               s.outlet, s.published
        FROM observations o LEFT JOIN sources s USING (source_id)
        {_where_sql(clauses)}
        ORDER BY o.metric_id, o.period_end, o.obs_id
    """,
        params,
    )


# ---------------------------------------------------------------------------------------------------------
# Observations (the Data page): filter, search, sort and page in SQL
# ---------------------------------------------------------------------------------------------------------

OBS_COLUMNS = """o.obs_id, o.status, o.metric_id, o.value, o.qualifier, o.unit, o.period_start, o.period_end,
       o.period_kind, o.area, o.figure_text, o.quote, o.lang, o.method, o.status_reason,
       o.source_id, o.file, s.outlet, s.title, s.published, s.date_basis"""

# Sort orders offered on the Data page; every one ends with obs_id, so pages never overlap or skip rows.
OBS_ORDERS: dict[str, str] = {
    "article": "o.source_id, o.span_start NULLS LAST, o.obs_id",  # reading order within each article
    "date_desc": "o.period_end DESC NULLS LAST, o.obs_id",
    "value_desc": "o.value DESC NULLS LAST, o.obs_id",
}
_ORDER_KEYS: dict[str, str] = {  # the columns each order reads
    "article": "o.obs_id, o.source_id, o.span_start",
    "date_desc": "o.obs_id, o.period_end",
    "value_desc": "o.obs_id, o.value",
}


@dataclass(frozen=True)
class ObsFilter:
    """The Data page's filters. statuses None: all; metric_ids empty: all; search: text that the quote
    contains, case-insensitive, taken literally (empty: no condition)."""

    statuses: tuple[str, ...] | None = None
    metric_ids: tuple[str, ...] = ()
    search: str = ""
    start: str = ""  # ISO date: figures whose period ends on or after it ("" = no condition)
    end: str = ""  # ISO date: figures whose period ends on or before it


def _obs_where(f: ObsFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    _where_in("o.status", f.statuses, clauses, params)
    _where_in("o.metric_id", f.metric_ids or None, clauses, params)
    if f.search:
        # quote_search is lower(quote), computed at build time: a literal substring test on it is twice as fast
        # as a case-insensitive regular expression over the quotes. A NULL quote never matches.
        clauses.append("contains(o.quote_search, lower(?))")
        params.append(f.search)
    if f.start:
        clauses.append("o.period_end >= CAST(? AS DATE)")
        params.append(f.start)
    if f.end:
        clauses.append("o.period_end <= CAST(? AS DATE)")
        params.append(f.end)
    return _where_sql(clauses), params


def _order_sql(order: str) -> str:
    try:
        return OBS_ORDERS[order]
    except KeyError:
        raise ValueError(f"unknown order {order!r}; one of {', '.join(OBS_ORDERS)}") from None


def _limit_sql(limit: int | None, offset: int) -> str:
    if limit is None:
        return f"OFFSET {int(offset)}" if offset else ""
    return f"LIMIT {max(0, int(limit))} OFFSET {max(0, int(offset))}"


def count_observations(db: ReadOnlyDatabase, f: ObsFilter = ObsFilter()) -> int:
    """How many observations match the filter."""
    where, params = _obs_where(f)
    return int(db.query(f"SELECT count(*) AS n FROM observations o {where}", params).iloc[0, 0])


def load_observations(
    db: ReadOnlyDatabase,
    f: ObsFilter = ObsFilter(),
    *,
    order: str = "article",
    limit: int | None = None,
    offset: int = 0,
) -> pd.DataFrame:
    """Observations matching the filter (all of them when limit is None) with their article's outlet,
    title and date, in the given order."""
    where, params = _obs_where(f)
    order_sql = _order_sql(order)
    # Sort and cut observations first, then join the articles of the rows kept.
    return db.query(
        f"""
        WITH kept AS (SELECT o.* FROM observations o {where} ORDER BY {order_sql} {_limit_sql(limit, offset)})
        SELECT {OBS_COLUMNS}
        FROM kept o LEFT JOIN sources s USING (source_id)
        ORDER BY {order_sql}
    """,
        params,
    )


def observations_page(
    db: ReadOnlyDatabase,
    f: ObsFilter = ObsFilter(),
    *,
    order: str = "article",
    limit: int = 1000,
    offset: int = 0,
) -> tuple[pd.DataFrame, int]:
    """One page of the matching observations (as load_observations) and the number of all matches.

    One query: the filter (a search reads every quote) runs once, its matches feed both the count and the
    page.
    """
    where, params = _obs_where(f)
    order_sql = _order_sql(order)
    df = db.query(
        f"""
        WITH hits AS MATERIALIZED (
            SELECT {_ORDER_KEYS[order]} FROM observations o {where}
        ),
        page AS (SELECT o.obs_id FROM hits o ORDER BY {order_sql} {_limit_sql(limit, offset)})
        SELECT {OBS_COLUMNS}, (SELECT count(*) FROM hits) AS n_matches
        FROM observations o LEFT JOIN sources s USING (source_id)
        WHERE o.obs_id IN (SELECT obs_id FROM page)
        ORDER BY {order_sql}
    """,
        params,
    )
    total = int(df["n_matches"].iloc[0]) if not df.empty else count_observations(db, f)
    return df.drop(columns="n_matches"), total


def observation_metric_ids(db: ReadOnlyDatabase) -> list[str]:
    """Metric ids that occur in observations (the Data page's metric filter)."""
    df = db.query("SELECT DISTINCT metric_id FROM observations WHERE metric_id IS NOT NULL ORDER BY metric_id")
    return df["metric_id"].tolist()


# ---------------------------------------------------------------------------------------------------------
# Sources (articles)
# ---------------------------------------------------------------------------------------------------------


def _sources_where(search: str) -> tuple[str, list[Any]]:
    if not search:
        return "", []
    cond = "regexp_matches(coalesce({c}, ''), ?, 'il')"
    return (
        "WHERE " + " OR ".join(cond.format(c=c) for c in ("s.title", "s.outlet", "s.file")),
        [search, search, search],
    )


def count_sources(db: ReadOnlyDatabase, search: str = "") -> int:
    """How many articles match `search` (in title, outlet or file name; empty: all)."""
    where, params = _sources_where(search)
    return int(db.query(f"SELECT count(*) FROM sources s {where}", params).iloc[0, 0])


def load_sources(db: ReadOnlyDatabase, search: str = "", *, limit: int | None = None, offset: int = 0) -> pd.DataFrame:
    """Articles without their text, newest first, with the number of figures that were not rejected.

    `search` keeps articles whose title, outlet or file name contains it (case-insensitive, literal);
    limit/offset page through them. Figures are counted for the articles returned only.
    """
    where, params = _sources_where(search)
    return db.query(
        f"""
        WITH kept AS (
            SELECT s.source_id, s.file, s.title, s.outlet, s.url, s.lang, s.published, s.date_basis
            FROM sources s {where}
            ORDER BY s.published DESC NULLS LAST, s.source_id {_limit_sql(limit, offset)}
        ),
        counts AS (
            SELECT o.source_id, count(*) AS n
            FROM observations o
            WHERE o.status <> 'rejected' AND o.source_id IN (SELECT source_id FROM kept)
            GROUP BY o.source_id
        )
        SELECT k.*, coalesce(c.n, 0) AS n_figures
        FROM kept k LEFT JOIN counts c USING (source_id)
        ORDER BY k.published DESC NULLS LAST, k.source_id
    """,
        params,
    )


def load_article(db: ReadOnlyDatabase, source_id: str) -> tuple[str, pd.DataFrame]:
    """Text of one article and the spans of its figures (non-rejected, ordered by position)."""
    text_df = db.query("SELECT text FROM sources WHERE source_id = ?", [source_id])
    text = "" if text_df.empty or text_df.iloc[0, 0] is None else str(text_df.iloc[0, 0])
    spans = db.query(
        """
        SELECT obs_id, metric_id, value, qualifier, unit, span_start, span_end, status
        FROM observations
        WHERE source_id = ? AND status <> 'rejected' AND span_start IS NOT NULL AND span_end IS NOT NULL
        ORDER BY span_start, span_end DESC
    """,
        [source_id],
    )
    return text, spans


# ---------------------------------------------------------------------------------------------------------
# First-start build: never a silent wait (issue 10)
# ---------------------------------------------------------------------------------------------------------

# How long the dashboard's first start waits for another build (a command-line build, another session's
# first-start build, an Add/Review write) before it says "a build is running" and looks again later.
FIRST_START_WAIT = 3.0
_FIRST_START = threading.Lock()  # two sessions opening at once must not build twice


def build_if_missing(path: Path, progress: Any = None, on_wait: Any = None,
                     wait: float = FIRST_START_WAIT) -> Any:
    """Build the missing database at `path` from ARTICLES_DIR and CURATED_DIR.

    Returns None when the database is there afterwards (built now, or by someone else meanwhile). Returns the
    `loaders.lock.Holder` of the database folder when another build (or writer) kept it locked for more than
    `wait` seconds: the page then says a build is running and looks again, instead of hanging. `on_wait`
    is called at once with the holder when the folder is found locked. Raises ImportError when the loaders are
    not installed, and what the build raises (a bad curated row, ...)."""
    from loaders.build import build_database  # lazy: heavy imports only when a build is needed
    from loaders.lock import Holder, LockBusy, holder

    path = Path(path)
    if not _FIRST_START.acquire(blocking=False):  # another session of this server is building
        who = holder(path.parent) or Holder(os.getpid(), "the dashboard's first-start build", None)
        if on_wait is not None:
            on_wait(who)
        if not _FIRST_START.acquire(timeout=wait):
            return who
    try:
        if path.exists():
            return None
        try:
            build_database(path, ARTICLES_DIR, CURATED_DIR if CURATED_DIR.exists() else None, progress=progress,
                           wait=wait, on_wait=on_wait)
        except LockBusy as busy:
            return busy.holder or Holder(0, "another process", None)
        return None
    finally:
        _FIRST_START.release()


def build_running(path: Path) -> bool:
    """Is the database folder of `path` locked now (a build or an Add/Review write in progress)?"""
    from loaders.lock import holder

    return holder(Path(path).parent) is not None

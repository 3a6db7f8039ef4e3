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
"""

from __future__ import annotations

import os
import threading
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


def load_series(db: ReadOnlyDatabase) -> pd.DataFrame:
    """The `series` view: one chosen value per metric, area and period, with all its sources."""
    df = db.query("SELECT * FROM series ORDER BY metric_id, area, period_end, period_start")
    df["sources"] = df["sources"].map(_to_list)
    return df


def load_observations(db: ReadOnlyDatabase) -> pd.DataFrame:
    """Every observation (accepted, candidate, rejected) with its article's outlet, title and date."""
    return db.query("""
        SELECT o.obs_id, o.status, o.metric_id, o.value, o.qualifier, o.unit, o.period_start, o.period_end,
               o.period_kind, o.area, o.figure_text, o.quote, o.lang, o.method, o.status_reason,
               o.source_id, o.file, s.outlet, s.title, s.published, s.date_basis
        FROM observations o LEFT JOIN sources s USING (source_id)
        ORDER BY o.source_id, o.span_start NULLS LAST, o.obs_id
    """)


def load_ratios(db: ReadOnlyDatabase) -> pd.DataFrame:
    """Multiples stated in articles ("почти в четыре раза"): observations in unit 'ratio' with a metric."""
    return db.query("""
        SELECT o.obs_id, o.metric_id, o.area, o.value, o.qualifier, o.period_start, o.period_end, o.quote,
               s.outlet, s.published
        FROM observations o LEFT JOIN sources s USING (source_id)
        WHERE o.unit = 'ratio' AND o.metric_id IS NOT NULL AND o.status <> 'rejected'
        ORDER BY o.metric_id, o.period_end
    """)


def load_sources(db: ReadOnlyDatabase) -> pd.DataFrame:
    """Articles without their text, with the number of figures that were not rejected."""
    return db.query("""
        SELECT s.source_id, s.file, s.title, s.outlet, s.url, s.lang, s.published, s.date_basis,
               count(o.obs_id) FILTER (WHERE o.status <> 'rejected') AS n_figures
        FROM sources s LEFT JOIN observations o USING (source_id)
        GROUP BY ALL
        ORDER BY s.published DESC NULLS LAST, s.source_id
    """)


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

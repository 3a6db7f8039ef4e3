"""DuckDB schema of data/kzvol.duckdb and the atomic writer (DESIGN §5).

The database is a build product. It is written to a temporary file next to the target and moved into
place with os.replace, so readers either see the old complete file or the new complete file, never a
half-written one. Every column carries a COMMENT so that DESCRIBE / duckdb_columns() explain the data.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from loaders.catalog import load_catalog  # also imported from here by loaders.build

# Temporary files of an interrupted build start with this prefix; the next build removes them.
TMP_PREFIX = ".kzvol-build-"

# (name, SQL type, comment) for each table. Order is the column order in the database.
SOURCES_COLUMNS: list[tuple[str, str, str]] = [
    ("source_id", "VARCHAR PRIMARY KEY", "Stable id of the article: its file name without the extension"),
    ("file", "VARCHAR NOT NULL", "File name of the article under data/articles/"),
    ("sha256", "VARCHAR NOT NULL", "SHA-256 of the article file's bytes, to tell which version was read"),
    ("title", "VARCHAR", "Article title: the first meaningful line of the text"),
    ("outlet", "VARCHAR", "News outlet that published the article (sources.csv or named in the text)"),
    ("url", "VARCHAR", "Address of the article, when sources.csv gives one"),
    ("lang", "VARCHAR", "Main language of the article: ru, kk or en"),
    ("published", "DATE", "Publication date of the article"),
    (
        "date_basis",
        "VARCHAR",
        "Where the publication date comes from (DESIGN §2): source (sources.csv), page (the page's metadata), "
        "text (a date line or timestamp at the top), url (a date in the URL; /2024/04/ gives the first of the "
        "month), inferred (a guess from the latest date in the text), year_only (a year implied by the text; "
        "published is 1 January of it) or unknown",
    ),
    ("n_chars", "INTEGER", "Length of the article text in characters"),
    ("n_figures", "INTEGER", "Number of figures found in the article (not counting rejected duplicates)"),
    ("text", "VARCHAR", "Full article text; observations.span_start/span_end index into it"),
]

OBSERVATIONS_COLUMNS: list[tuple[str, str, str]] = [
    ("obs_id", "INTEGER PRIMARY KEY", "Row id of the observation, stable for a given build input"),
    ("source_id", "VARCHAR", "Article the figure comes from (sources.source_id)"),
    ("file", "VARCHAR", "Article file name, repeated here for convenience"),
    ("metric_id", "VARCHAR", "Catalog metric (metrics.metric_id); NULL when the counted thing matches none"),
    ("value", "DOUBLE", "Normalized number: '50 тыс.' is 50000, '6,2 млрд' is 6200000000"),
    (
        "qualifier",
        "VARCHAR",
        "How the text bounds the number: exact, at_least, at_most, approx (about) or almost",
    ),
    ("unit", "VARCHAR", "Unit of the value: persons, organizations, offices, events, KZT, tonnes, ratio, ..."),
    ("noun", "VARCHAR", "Lemma of the counted noun as written in the article's language (e.g. волонтёр)"),
    ("period_start", "DATE", "First day of the period the figure refers to"),
    ("period_end", "DATE", "Last day of the period the figure refers to (the 'as of' date of a stock)"),
    (
        "period_kind",
        "VARCHAR",
        "as_of (a stock on one day), year, annual (a typical year: 'ежегодно'), ytd (this year so far), "
        "month, day or range (cumulative over several years)",
    ),
    (
        "period_basis",
        "VARCHAR",
        "Why this period: explicit (stated next to the figure), inherited (stated earlier in the paragraph), "
        "publication (nothing stated: as of the publication date) or curated",
    ),
    ("area", "VARCHAR", "KZ for Kazakhstan as a whole, else a region or city name in English, or an ISO code"),
    ("quote", "VARCHAR", "The source sentence the figure was read from"),
    ("span_start", "INTEGER", "Start offset (characters) of the figure in sources.text"),
    ("span_end", "INTEGER", "End offset (characters, exclusive) of the figure in sources.text"),
    ("figure_text", "VARCHAR", "The figure exactly as written, sources.text[span_start:span_end]"),
    ("lang", "VARCHAR", "Language of the sentence: ru, kk or en"),
    ("method", "VARCHAR", "rule (found by the extractor) or curated (added or corrected in data/curated/)"),
    ("status", "VARCHAR", "accepted (has a metric), candidate (no metric yet) or rejected"),
    ("status_reason", "VARCHAR", "Why a row is rejected or was corrected (duplicate, curated note, ...)"),
    ("duplicate_of", "INTEGER", "obs_id of the figure this row repeats (headline and body), else NULL"),
    ("extractor_version", "VARCHAR", "Version of the extraction rules that produced the row"),
    ("quote_search", "VARCHAR", "The quote in lower case, computed at build time for fast case-insensitive search"),
    # issue 12: programs and reviewed corrections
    ("program", "VARCHAR", "National program or campaign the text ties the figure to (data/programs.csv: birgemiz, "
     "marathon_good_deeds, qazmed_volunteers, ...): named in its sentence, or in the article's title or lead for "
     "a figure of that program's own metrics; NULL when none"),
    ("rule_value", "DOUBLE", "The value as the extraction rules read it, before any curated correction (curated "
     "rows refer to it); NULL for a figure a person added"),
]

METRICS_COLUMNS: list[tuple[str, str, str]] = [
    ("metric_id", "VARCHAR PRIMARY KEY", "Fixed id used by dashboards, saved queries and exports"),
    ("unit", "VARCHAR", "Unit the metric is counted in"),
    ("kind", "VARCHAR", "stock (a level on a date), flow (an amount over a period) or cumulative (a running "
     "total since a start)"),
    ("topic", "VARCHAR", "Topic group: volunteering, blood, marathon, emergency, environment"),
    ("label_en", "VARCHAR", "Label in English"),
    ("label_ru", "VARCHAR", "Label in Russian"),
    ("label_kk", "VARCHAR", "Label in Kazakh"),
]

SERIES_COMMENTS: dict[str, str] = {
    "metric_id": "Catalog metric",
    "area": "KZ or a region/city",
    "period_start": "First day of the period",
    "period_end": "Last day of the period; the date used on charts",
    "period_kind": "as_of, year, annual, ytd, month, day or range",
    "value": "The value chosen for this metric, area and period (see README: series rule)",
    "qualifier": "Qualifier of the chosen value",
    "unit": "Unit of the metric",
    "obs_id": "observations.obs_id of the chosen value",
    "source_id": "Article of the chosen value",
    "outlet": "Outlet of the chosen value",
    "published": "Publication date of the chosen value's article",
    "quote": "Sentence of the chosen value",
    "n_sources": "How many accepted observations report this metric, area and period",
    "sources": "Every observation for this point: obs_id, source_id, outlet, published, value, qualifier, quote",
}

# The series rule: among accepted observations in the metric's own unit for one metric, area and period,
# curated rows win over rule rows, exact figures over approximate over bounds, then the latest publication,
# then the lowest obs_id (deterministic).
#
# `series` and `latest` are views over tables computed once at build time: the database never changes after
# a build, and a view recomputing the sources lists on every query took seconds at a million observations.
SERIES_SQL = """
CREATE TABLE series_materialized AS
WITH obs AS (
    SELECT o.*, s.outlet, s.published,
           CASE o.qualifier WHEN 'exact' THEN 0 WHEN 'approx' THEN 1 WHEN 'almost' THEN 2
                            WHEN 'at_least' THEN 3 WHEN 'at_most' THEN 4 ELSE 5 END AS q_rank
    FROM observations o
    JOIN metrics m USING (metric_id)
    LEFT JOIN sources s USING (source_id)
    WHERE o.status = 'accepted' AND o.unit = m.unit
),
chosen AS (
    SELECT * FROM obs
    QUALIFY row_number() OVER (PARTITION BY metric_id, area, period_start, period_end
                               ORDER BY (method = 'curated') DESC, q_rank, published DESC NULLS LAST, obs_id) = 1
),
grouped AS (
    SELECT metric_id, area, period_start, period_end, count(*) AS n_sources,
           list({'obs_id': obs_id, 'source_id': source_id, 'outlet': outlet, 'published': published,
                 'value': value, 'qualifier': qualifier, 'quote': quote} ORDER BY obs_id) AS sources
    FROM obs
    GROUP BY metric_id, area, period_start, period_end
)
SELECT c.metric_id, c.area, c.period_start, c.period_end, c.period_kind, c.value, c.qualifier, c.unit, c.obs_id,
       c.source_id, c.outlet, c.published, c.quote, g.n_sources, g.sources
FROM chosen c
JOIN grouped g ON c.metric_id = g.metric_id AND c.area IS NOT DISTINCT FROM g.area
              AND c.period_start IS NOT DISTINCT FROM g.period_start
              AND c.period_end IS NOT DISTINCT FROM g.period_end
ORDER BY c.metric_id, c.area, c.period_end, c.period_start
"""

LATEST_SQL = """
CREATE TABLE latest_materialized AS
SELECT * FROM series_materialized
QUALIFY row_number() OVER (PARTITION BY metric_id, area
                           ORDER BY period_end DESC, published DESC NULLS LAST, obs_id) = 1
ORDER BY metric_id, area
"""

VIEWS_SQL = [
    "CREATE VIEW series AS SELECT * FROM series_materialized",
    "CREATE VIEW latest AS SELECT * FROM latest_materialized",
]

LATEST_COMMENTS = dict(SERIES_COMMENTS, period_end="The most recent period end of this metric and area")


def _sql_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _create_table(con: duckdb.DuckDBPyConnection, name: str, columns: list[tuple[str, str, str]]) -> None:
    cols = ", ".join(f'"{c}" {t}' for c, t, _ in columns)
    con.execute(f"CREATE TABLE {name} ({cols})")
    _comment(con, name, {col: comment for col, _, comment in columns})


def _comment(con: duckdb.DuckDBPyConnection, name: str, comments: Mapping[str, str]) -> None:
    """All column comments of one table or view in one round trip."""
    con.execute("; ".join(f'COMMENT ON COLUMN {name}."{col}" IS {_sql_str(text)}' for col, text in comments.items()))


def _insert(con: duckdb.DuckDBPyConnection, name: str, columns: list[tuple[str, str, str]],
            rows: Iterable[Mapping[str, Any]], computed: Mapping[str, str] | None = None) -> None:
    """Insert all rows in one statement from an Arrow table (columns in table order).

    Not executemany: DuckDB binds and executes it row by row, about 1 ms a row, which made writing the
    database the slowest part of a build (6.4 s of 13.9 s for 1,000 articles). Arrow infers int64, double,
    date32 and string from the Python values (an all-NULL column has Arrow's null type); INSERT … SELECT
    casts them to the declared column types, so the stored rows are identical. `computed` gives SQL
    expressions for columns derived from the others (column → expression), filled in the same statement.
    """
    names = [c for c, _, _ in columns]
    rows = list(rows)
    if not rows:
        return
    table = pa.table({n: pa.array([row.get(n) for row in rows]) for n in names})
    con.register("_kzvol_rows", table)
    try:
        replace = ", ".join(f'{expr} AS "{col}"' for col, expr in (computed or {}).items())
        con.execute(f'INSERT INTO {name} SELECT * {f"REPLACE ({replace}) " if replace else ""}FROM "_kzvol_rows"')
    finally:
        con.unregister("_kzvol_rows")


# Columns of the observations computed from others when the rows are written.
OBSERVATIONS_COMPUTED = {"quote_search": "lower(quote)"}


def create_derived(con: duckdb.DuckDBPyConnection, *, search_column: bool = True) -> None:
    """(Re)compute what is derived from the observations: the search column (unless the rows were inserted with
    it: `search_column=False`), the series and latest tables and their views."""
    if search_column:
        con.execute("UPDATE observations SET quote_search = lower(quote)")
    for name in ("series", "latest"):
        con.execute(f"DROP VIEW IF EXISTS {name}")
        con.execute(f"DROP TABLE IF EXISTS {name}_materialized")
    con.execute(SERIES_SQL)
    con.execute(LATEST_SQL)
    for statement in VIEWS_SQL:
        con.execute(statement)
    for view, comments in (("series", SERIES_COMMENTS), ("latest", LATEST_COMMENTS)):
        for name in (view, view + "_materialized"):
            _comment(con, name, comments)


def write_database(path: Path, sources: Iterable[Mapping[str, Any]],
                   observations: Iterable[Mapping[str, Any]],
                   catalog: Iterable[Mapping[str, Any]] | None = None) -> Path:
    """Write a complete database to `path` atomically and return the path.

    Rows are dicts keyed by column name (missing keys become NULL). The file is first written to a
    temporary file in the same directory, closed, and then moved over `path` with os.replace.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=".duckdb", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # duckdb refuses to open an empty file that is not a database
    try:
        con = duckdb.connect(str(tmp))
        try:
            _create_table(con, "metrics", METRICS_COLUMNS)
            _create_table(con, "sources", SOURCES_COLUMNS)
            _create_table(con, "observations", OBSERVATIONS_COLUMNS)
            _insert(con, "metrics", METRICS_COLUMNS, catalog if catalog is not None else load_catalog())
            _insert(con, "sources", SOURCES_COLUMNS, sources)
            # quote_search in the INSERT itself: an UPDATE of every row afterwards cost another pass over the table.
            _insert(con, "observations", OBSERVATIONS_COLUMNS, observations, OBSERVATIONS_COMPUTED)
            create_derived(con, search_column=False)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            if leftover.exists():
                leftover.unlink()
    return path


def remove_stale_temporaries(directory: Path) -> list[Path]:
    """Delete temporary files that an interrupted build left in `directory`; return what was removed."""
    removed = []
    for leftover in Path(directory).glob(TMP_PREFIX + "*"):
        leftover.unlink(missing_ok=True)
        removed.append(leftover)
    return removed

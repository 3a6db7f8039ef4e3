"""The SQL console's guard: run one analyst-written, reading query against data/kzvol.duckdb, safely.

The dashboard's SQL page passes whatever text a person pasted to `run_readonly_query`. The DuckDB docs say
to "treat SQL in DuckDB like code in Bash or Python": out of the box a query can read any local file
(`read_csv('/etc/passwd')`, `FROM 'x.parquet'`), write files (`COPY ... TO`), attach other databases,
install extensions and change settings. So the guard stacks independent layers; each one alone stops most
attacks, and a hole in one is covered by another. Following Datasette (read-only connection, allow-list of
statements and pragmas, time limit, row cap), the layers are:

1. **A private, disposable DuckDB instance per query.** `duckdb.connect(':memory:')` gives a new engine
   instance every time; the database file is ATTACHed into it with `READ_ONLY`, then closed in `finally`.
   Why not `duckdb.connect(db_path, read_only=True, config=...)`: DuckDB caches one instance per file per
   process, and refuses a second connection with a *different* configuration ("Can't open a connection to
   same database file with a different configuration"), so the guard would break (or be broken by) the
   dashboard's own cached read-only connection, and a locked configuration would leak into it. A fresh
   instance also never serves stale data after an atomic rebuild, and nothing one query does (temporary
   objects, variables, a poisoned state) survives into the next. Cost: about 10 ms per query.
2. **Engine settings, then locked.** Before any user text is even parsed: `enable_external_access=false`
   (no file, network, ATTACH, COPY, INSTALL, secrets), extensions are never auto-installed or auto-loaded,
   no community/unsigned extensions, no persistent secrets, `memory_limit`, `threads`, and no temp
   directory (a query that does not fit in memory fails instead of spilling files to disk). Then
   `lock_configuration=true`, so `SET`/`RESET`/`PRAGMA x=...` cannot undo any of it.
   `READ_ONLY` makes the engine refuse every write to the file (checked: INSERT, CREATE, ALTER ...).
3. **One statement, and only a reading one** (checked with DuckDB's own parser, `extract_statements`, so
   `;` inside strings or comments is handled exactly as the engine will handle it): SELECT (which in
   DuckDB also covers WITH, VALUES, TABLE t, FROM-first `FROM t`, PIVOT/UNPIVOT, DESCRIBE, SHOW, SUMMARIZE
   and the information PRAGMAs that DuckDB rewrites to SELECT, e.g. `PRAGMA table_info('observations')`)
   and EXPLAIN / EXPLAIN ANALYZE of such a statement. EXPLAIN ANALYZE runs its query, so it is allowed
   only when the explained statement passes every check itself. Everything else (DDL, DML, SET, PRAGMA
   that changes state, CALL, ATTACH, COPY, EXPORT, INSTALL/LOAD, transactions, CHECKPOINT, VACUUM ...) is
   refused with a sentence naming the offending keyword. Exactly the text that was checked is executed.
4. **What the query touches** (DuckDB's `json_serialize_sql` parse tree, walked completely, including
   sub-queries, CTEs and EXPLAIN's inner query): table functions must be on an allow-list (range,
   unnest, duckdb_* catalog functions, pragma_* information functions, ...), so every file reader
   (`read_csv`, `read_parquet`, `glob`, `sniff_csv`, `read_duckdb`, ...), dynamic SQL (`query`,
   `query_table`, `json_execute_serialized_sql`) and state-changing table functions are refused,
   including ones a future DuckDB adds. Why not rely on layer 2 alone: in DuckDB 1.5.6
   `enable_logging(storage='file', ...)` ignores `lock_configuration` and then makes the process abort
   (std::terminate) when the connection is used or closed, i.e. one query could kill the dashboard. Table
   names that look like file paths (`FROM '/etc/passwd'`, `DESCRIBE 'x.csv'`) and environment look-ups
   (`getenv`) are refused here too, with a clearer message than the engine's.
5. **Time limit.** The query runs in a worker thread; when `timeout_s` passes, `connection.interrupt()`
   stops it (checked on cross joins, `range(10^10)`, ORDER BY of 50M rows, recursive CTEs, `sleep_ms`),
   and the caller gets `QueryRejected("... stopped after N s ...")`. If DuckDB ignored the interrupt, the
   caller still gets control back after a short grace period; the worker then closes its instance when
   the engine finally returns.
6. **Row cap.** Rows are pulled from DuckDB's streaming result in chunks until `max_rows + 1` rows are
   seen, so `SELECT * FROM range(10^10)` costs only `max_rows` rows; the query is never rewritten (a
   `LIMIT` wrapper would break DESCRIBE/SHOW/EXPLAIN). `df.attrs["truncated"]` and `df.attrs["max_rows"]`
   tell the UI to show a notice.

Every error becomes `QueryRejected` with a sentence a person understands; DuckDB's own message (with its
LINE/caret pointer) is kept after a short explanation. Proven by tests/test_sql_guard.py.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

__all__ = ["MEMORY_LIMIT", "QueryRejected", "run_readonly_query"]

# Per query instance. The machine has 2 cores and plenty of RAM; 1 GB keeps one runaway query (or a few at
# once) from taking the dashboard down, and is far more than the database (a few MB) needs.
MEMORY_LIMIT = "1GB"
THREADS = 2
# Longer texts are not hand-written queries; refusing them bounds parse time and memory.
MAX_SQL_CHARS = 100_000
# After interrupt() the engine normally stops within milliseconds; this is how long the caller waits for
# that before giving up on the worker thread.
INTERRUPT_GRACE_S = 2.0
# DuckDB vectors hold 2048 rows; fetch_df_chunk(n) returns n vectors.
_VECTOR_SIZE = 2048

READING_KEYWORDS = "SELECT, WITH, EXPLAIN, DESCRIBE, SHOW, SUMMARIZE"
_TABLES_HINT = "Query the database's tables instead: sources, observations, metrics, series, latest."

# Table functions a query may use. An allow-list, not a deny-list, so a reader or side-effecting function
# added by a future DuckDB (or an extension) is refused until someone decides it is safe.
ALLOWED_TABLE_FUNCTIONS: frozenset[str] = frozenset({
    # generators
    "range", "generate_series", "unnest", "repeat", "repeat_row", "json_each", "json_tree",
    "histogram", "histogram_values", "test_all_types", "test_vector_types",
    "pg_timezone_names", "icu_calendar_names",
    # catalog: how an analyst discovers the data (DESCRIBE/SHOW/SUMMARIZE need none of these)
    "duckdb_columns", "duckdb_constraints", "duckdb_databases", "duckdb_dependencies", "duckdb_functions",
    "duckdb_indexes", "duckdb_keywords", "duckdb_schemas", "duckdb_sequences", "duckdb_tables",
    "duckdb_types", "duckdb_views", "duckdb_settings", "duckdb_memory", "duckdb_optimizers",
    "duckdb_temporary_files", "duckdb_approx_database_count", "duckdb_connection_count",
    # information PRAGMAs, as DuckDB rewrites them (PRAGMA table_info('t') -> pragma_table_info('t'))
    "pragma_table_info", "pragma_show", "pragma_version", "pragma_database_size", "pragma_storage_info",
    "pragma_metadata_info", "pragma_platform", "pragma_user_agent", "pragma_collations",
})

# Prefixes of table functions that read files or other outside data: refused with a message about files.
_READER_PREFIXES = (
    "read_", "parquet_", "sniff_", "glob", "iceberg_", "delta_", "sqlite_", "postgres_", "mysql_",
    "arrow_scan", "pandas_scan", "python_map", "json_execute_serialized_sql", "query",
)

# Scalar functions refused anywhere in a query: environment look-ups (the DuckDB shell has getenv) and
# dynamic SQL that would hide a statement from the checks above.
DENIED_FUNCTIONS: frozenset[str] = frozenset({
    "getenv", "query", "query_table", "json_execute_serialized_sql",
})

# A table name with these characters is a file path or URL that DuckDB would try to read as a file
# ("replacement scan"): FROM '/etc/passwd', FROM 'x.csv', FROM 's3://b/k'.
_PATH_LIKE = re.compile(r"[/\\:*?~]|\.[A-Za-z0-9]{1,8}$")


class QueryRejected(Exception):
    """The console refused or stopped a query. The message (English, for logs and tests) is meant to be shown
    to the person as is; `code` and `params` name it for the page to say it in the reader's language
    (metrics/locales/strings.toml `sql_<code>`), and `detail` is DuckDB's own text, shown as it is."""

    def __init__(self, message: str, *, code: str = "", detail: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.detail = detail
        self.params = params


# --------------------------------------------------------------------------------------------- connection


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _sql_identifier(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _open_guarded(db_path: Path) -> duckdb.DuckDBPyConnection:
    """A new in-memory instance with the database file attached read-only and the configuration locked."""
    con = duckdb.connect(
        ":memory:",
        config={
            "autoinstall_known_extensions": False,
            "autoload_known_extensions": False,
            "allow_community_extensions": False,
            "allow_unsigned_extensions": False,
            "allow_persistent_secrets": False,  # never read ~/.duckdb/stored_secrets
            "memory_limit": MEMORY_LIMIT,
            "threads": THREADS,
            "temp_directory": "",  # no spilling: nothing is ever written to disk
            "max_temp_directory_size": "0B",
        },
    )
    try:
        # Name the catalog after the file, as the DuckDB shell and duckdb.connect(path) do, so qualified
        # names (kzvol.main.observations) work the same everywhere.
        alias = db_path.stem if db_path.stem.lower() not in {"memory", "system", "temp", "main"} else "db"
        con.execute(f"ATTACH {_sql_string(str(db_path))} AS {_sql_identifier(alias)} (READ_ONLY)")
        con.execute(f"USE {_sql_identifier(alias)}")
        con.execute("SET enable_progress_bar = false")  # would print to the server's terminal
        # Only now, with the file attached, can external access be switched off; the lock makes it final.
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return con


# --------------------------------------------------------------------------------------------- checks


def _first_word(text: str) -> str:
    """The first keyword of a statement, skipping comments (DuckDB's tokenizer drops them)."""
    tokens = duckdb.tokenize(text)
    if not tokens:
        return ""
    match = re.match(r"[A-Za-z_]+", text[tokens[0][0]:])
    return match.group(0).upper() if match else text[tokens[0][0]:].strip()[:20]


def _parse(con: duckdb.DuckDBPyConnection, sql: str) -> list[Any]:
    try:
        return con.extract_statements(sql)
    except duckdb.Error as exc:
        raise _duckdb_rejection(exc) from None


def _check_statement(con: duckdb.DuckDBPyConnection, statement: Any, *, inside_explain: bool = False) -> None:
    """Raise QueryRejected unless `statement` is a reading statement touching only the database."""
    text: str = statement.query
    if statement.type == duckdb.StatementType.SELECT:
        _check_tree(con, text)
        return
    if statement.type == duckdb.StatementType.EXPLAIN and not inside_explain:
        inner = _explained_statement(con, text)
        if inner is None or inner.type != duckdb.StatementType.SELECT:
            word = _first_word(inner.query) if inner is not None else "something else"
            raise QueryRejected(
                f"EXPLAIN is allowed only for reading statements ({READING_KEYWORDS}); "
                f"this one explains {word}.",
                code="explain_writes", keywords=READING_KEYWORDS, word=word,
            )
        _check_statement(con, inner, inside_explain=True)
        return
    word = _first_word(text)
    raise QueryRejected(
        f"Only reading statements are allowed ({READING_KEYWORDS}); this query starts with {word}.",
        code="not_reading", keywords=READING_KEYWORDS, word=word,
    )


def _explained_statement(con: duckdb.DuckDBPyConnection, text: str) -> Any | None:
    """The statement that an EXPLAIN statement explains, or None when it cannot be isolated.

    json_serialize_sql cannot serialize EXPLAIN, so the inner statement is found by re-parsing the text from
    each of the first tokens after EXPLAIN [ANALYZE] (this skips options such as `(FORMAT json)`); the
    first suffix that parses as exactly one statement is the explained one.
    """
    tokens = duckdb.tokenize(text)
    starts = [pos for pos, _ in tokens[1:40]]
    for pos in starts:
        word = re.match(r"[A-Za-z_]*", text[pos:]).group(0).upper()
        if word in {"ANALYZE", "ANALYSE"}:
            continue
        try:
            inner = con.extract_statements(text[pos:])
        except duckdb.Error:
            continue
        if len(inner) == 1:
            return inner[0]
    return None


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _check_tree(con: duckdb.DuckDBPyConnection, text: str) -> None:
    """Walk the parse tree of a SELECT: allowed table functions only, no file paths, no denied functions."""
    serialized = con.execute("SELECT json_serialize_sql(?)", [text]).fetchone()[0]
    tree = json.loads(serialized)
    if tree.get("error"):
        # Fail closed: a SELECT the checker cannot see into is not run.
        detail = str(tree.get("error_message", ""))
        raise QueryRejected("This query could not be checked, so it was not run: " + detail,
                            code="unchecked", detail=detail)
    for node in _walk(tree):
        if node.get("type") == "TABLE_FUNCTION":
            function = node.get("function") or {}
            name = str(function.get("function_name", "")).lower()
            if name in ALLOWED_TABLE_FUNCTIONS:
                continue
            if name.startswith(_READER_PREFIXES):
                raise QueryRejected(
                    f"Reading files or running SQL from text is not allowed in the console ({name}). "
                    + _TABLES_HINT,
                    code="reader_function", name=name,
                )
            raise QueryRejected(f"The table function {name}() is not allowed in the console. " + _TABLES_HINT,
                                code="table_function", name=name)
        if node.get("class") == "FUNCTION":
            name = str(node.get("function_name", "")).lower()
            if name in DENIED_FUNCTIONS:
                raise QueryRejected(f"The function {name}() is not allowed in the console.",
                                    code="denied_function", name=name)
        if node.get("type") == "BASE_TABLE":
            name = str(node.get("table_name", ""))
            if _PATH_LIKE.search(name):
                raise QueryRejected(
                    f"'{name}' looks like a file path; reading files is not allowed in the console. "
                    + _TABLES_HINT,
                    code="path_like", name=name,
                )


def _validate(con: duckdb.DuckDBPyConnection, sql: str) -> str:
    """Return the text of the single allowed statement in `sql`, or raise QueryRejected."""
    if "\x00" in sql:
        # DuckDB's parser stops at a NUL byte; refuse rather than reason about what follows it.
        raise QueryRejected("The query contains a NUL character; remove it and try again.", code="nul")
    if len(sql) > MAX_SQL_CHARS:
        raise QueryRejected(f"The query is longer than {MAX_SQL_CHARS:,} characters.", code="too_long",
                            n=MAX_SQL_CHARS)
    statements = _parse(con, sql)
    if not statements:
        raise QueryRejected("The query is empty: write a SELECT statement, e.g. SELECT * FROM latest.",
                            code="empty")
    if len(statements) > 1:
        if re.search(r"\bpivot\b", sql, re.IGNORECASE) and any(not s.query.strip() for s in statements):
            # DuckDB expands a PIVOT without IN (...) into CREATE TYPE + SELECT; the CREATE is not allowed.
            raise QueryRejected(
                "In the console a PIVOT needs an explicit list of values, e.g. "
                "PIVOT observations ON qualifier IN ('exact', 'at_least') USING count(*).",
                code="pivot",
            )
        words = ", ".join(_first_word(s.query) or "?" for s in statements)
        raise QueryRejected(
            f"Only one statement at a time is allowed; this text holds {len(statements)} ({words}).",
            code="several", n=len(statements), words=words,
        )
    _check_statement(con, statements[0])
    return statements[0].query


# --------------------------------------------------------------------------------------------- errors


def _duckdb_rejection(exc: BaseException) -> QueryRejected:
    """A DuckDB error as a refusal: a sentence of ours (code, translated by the page) before DuckDB's text."""
    message = str(exc).strip()
    params: dict[str, object] = {}
    if isinstance(exc, duckdb.PermissionException) or "disabled by configuration" in message:
        code, lead = "outside_access", "The console cannot use files, the network or extensions outside the database."
    elif isinstance(exc, duckdb.OutOfMemoryException):
        code = "out_of_memory"
        lead = f"The query needed more memory than the console allows ({MEMORY_LIMIT}); narrow it down."
        params["limit"] = MEMORY_LIMIT
        # DuckDB goes on about temp directories and settings the person cannot change: keep the first line.
        message = message.splitlines()[0]
    elif "read-only" in message or "configuration has been locked" in message:
        code, lead = "read_only", "The console cannot change the database or its settings."
    elif isinstance(exc, duckdb.ParserException):
        code, lead = "parse", "DuckDB could not parse this query."
    else:
        code, lead = "duckdb_failed", "DuckDB could not run this query."
    return QueryRejected(f"{lead} {message}", code=code, detail=message, **params)


# --------------------------------------------------------------------------------------------- execution


def _fetch_capped(con: duckdb.DuckDBPyConnection, text: str, max_rows: int) -> pd.DataFrame:
    """Execute and pull at most max_rows + 1 rows from the streaming result (the +1 detects truncation)."""
    result = con.execute(text)
    chunks: list[pd.DataFrame] = []
    have = 0
    while have <= max_rows:
        vectors = max(1, -(-(max_rows + 1 - have) // _VECTOR_SIZE))
        chunk = result.fetch_df_chunk(vectors)
        if len(chunk) == 0:
            if not chunks:
                chunks.append(chunk)  # keeps the column names and types of an empty result
            break
        chunks.append(chunk)
        have += len(chunk)
    frame = chunks[0] if len(chunks) == 1 else pd.concat(chunks, ignore_index=True)
    truncated = len(frame) > max_rows
    if truncated:
        frame = frame.iloc[:max_rows].reset_index(drop=True)
    frame.attrs["truncated"] = truncated
    frame.attrs["max_rows"] = max_rows
    return frame


class _Worker(threading.Thread):
    """Runs one query and closes its connection, so an abandoned worker still cleans up after itself."""

    def __init__(self, con: duckdb.DuckDBPyConnection, text: str, max_rows: int) -> None:
        super().__init__(name="sql-console-query", daemon=True)
        self.con = con
        self.text = text
        self.max_rows = max_rows
        self.result: pd.DataFrame | None = None
        self.error: BaseException | None = None
        self.lock = threading.Lock()  # interrupt() and close() never run at the same time
        self.closed = False

    def run(self) -> None:
        try:
            self.result = _fetch_capped(self.con, self.text, self.max_rows)
        except BaseException as exc:
            self.error = exc
        finally:
            with self.lock:
                self.closed = True
                self.con.close()

    def interrupt(self) -> None:
        with self.lock:
            if not self.closed:
                try:
                    self.con.interrupt()
                except duckdb.Error:
                    pass


def run_readonly_query(db_path: str | Path, sql: str, *, timeout_s: float = 5.0,
                       max_rows: int = 10_000) -> pd.DataFrame:
    """Run one reading SQL statement against the database file and return at most `max_rows` rows.

    Raises QueryRejected (with a message for a person) when the query is not a single reading statement,
    touches anything outside the database, fails in DuckDB, or runs longer than `timeout_s` seconds.
    The returned frame has attrs "truncated" (True when more rows existed), "max_rows" and "elapsed_s".
    Raises FileNotFoundError when the database file does not exist, ValueError on bad limits.
    """
    if timeout_s <= 0:
        raise ValueError("timeout_s must be positive")
    if max_rows < 0:
        raise ValueError("max_rows must not be negative")
    if not isinstance(sql, str):
        raise QueryRejected("The query must be text.", code="not_text")
    path = Path(db_path).resolve()
    if not path.is_file():
        raise FileNotFoundError(f"No database at {path}; build it with `python -m loaders build`.")

    started = time.monotonic()
    con = _open_guarded(path)
    try:
        text = _validate(con, sql)
    except BaseException:
        con.close()
        raise
    worker = _Worker(con, text, max_rows)  # owns `con` from here on
    worker.start()
    worker.join(max(0.0, timeout_s - (time.monotonic() - started)))
    if worker.is_alive():
        worker.interrupt()
        worker.join(INTERRUPT_GRACE_S)
        raise QueryRejected(
            f"The query was stopped after {timeout_s:g} s, the console's time limit. "
            "Add filters or aggregate to make it faster.",
            code="timeout", seconds=timeout_s,
        )
    if worker.error is not None:
        if isinstance(worker.error, duckdb.InterruptException):
            raise QueryRejected(f"The query was stopped after {timeout_s:g} s, the console's time limit.",
                                code="timeout", seconds=timeout_s)
        if isinstance(worker.error, duckdb.Error):
            raise _duckdb_rejection(worker.error) from None
        if isinstance(worker.error, Exception):
            # e.g. a result type pandas cannot hold; still a message, never a traceback in the page
            raise QueryRejected(f"The result could not be shown: {worker.error}", code="unshowable",
                                detail=str(worker.error)) from worker.error
        raise worker.error
    assert worker.result is not None
    worker.result.attrs["elapsed_s"] = round(time.monotonic() - started, 3)
    return worker.result

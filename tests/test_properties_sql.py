"""Property test of the SQL console's guard (metrics/sql.py) on statements from a grammar (issue 10, item 4).

The grammar has four kinds of statement: reading (SELECT, FROM-first, TABLE, WITH, VALUES, DESCRIBE,
SUMMARIZE, SHOW, PRAGMA table_info, EXPLAIN), writing (INSERT, UPDATE, DELETE, CREATE, DROP, ALTER,
TRUNCATE, COMMENT, CHECKPOINT, VACUUM, transactions, USE/DETACH), file (COPY TO/FROM, read_csv and the other
readers, a path as a table, glob, ATTACH, INSTALL/LOAD, EXPORT/IMPORT DATABASE, query(), getenv,
enable_logging) and settings (SET, SET GLOBAL, SET VARIABLE, RESET, PRAGMA x = y, PRAGMA enable_profiling).
Each is wrapped at random: upper/lower case, comments and blank lines around it, EXPLAIN / EXPLAIN ANALYZE, a
sub-query or CTE around a reader, a second statement before or after it.

Properties, for every generated statement: a reading statement returns rows; every other one is refused
with QueryRejected (never another exception); no file appears in the target folder; the secret file's
content never appears in a result or a message; the database file's bytes (hash) and its folder's listing are
unchanged.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from loaders.db import write_database
from metrics.sql import QueryRejected, run_readonly_query
from tests.properties_support import examples
from tests.test_sql_guard import OBSERVATIONS, SECRET, SOURCES

TABLES = ["observations", "sources", "metrics", "series", "latest"]

READING = [
    "SELECT * FROM {t}", "SELECT count(*) AS n FROM {t}", "SELECT * FROM {t} WHERE true LIMIT 3", "FROM {t}",
    "TABLE {t}", "DESCRIBE {t}", "SUMMARIZE {t}", "SHOW TABLES", "WITH x AS (SELECT * FROM {t}) SELECT count(*) FROM x",
    "SELECT sum(range) AS s FROM range(100)", "VALUES (1, 'a'), (2, 'b')", "PRAGMA table_info('{t}')",
    "EXPLAIN SELECT * FROM {t}", "SELECT 'COPY {t} TO ''{out}/a.csv''' AS s", "SELECT 1 -- ; DROP TABLE {t}",
]
WRITING = [
    "INSERT INTO {t} SELECT * FROM {t}", "INSERT INTO metrics (metric_id) VALUES ('x')",
    "UPDATE observations SET value = 0", "DELETE FROM {t}", "DROP TABLE {t}", "DROP VIEW series",
    "CREATE TABLE x AS SELECT 1 AS a", "CREATE TEMP TABLE x (a INTEGER)", "CREATE VIEW v AS SELECT 1",
    "CREATE MACRO m() AS 1", "CREATE SEQUENCE s", "CREATE SCHEMA s", "ALTER TABLE {t} ADD COLUMN z INTEGER",
    "ALTER TABLE {t} RENAME TO z", "TRUNCATE {t}", "COMMENT ON TABLE {t} IS 'x'", "CHECKPOINT", "VACUUM",
    "BEGIN TRANSACTION", "COMMIT", "ROLLBACK", "DETACH kzvol", "USE memory", "CREATE TABLE kzvol.x (a INT)",
]
FILE = [
    "COPY {t} TO '{out}/{n}.csv'", "COPY (SELECT * FROM {t}) TO '{out}/{n}.parquet' (FORMAT parquet)",
    "COPY {t} FROM '{secret}'", "SELECT * FROM read_csv('{secret}')", "SELECT * FROM read_csv_auto('{secret}')",
    "SELECT * FROM read_text('{secret}')", "SELECT * FROM read_blob('{secret}')",
    "SELECT * FROM read_json('{secret_json}')", "SELECT * FROM read_parquet('{secret}')",
    "SELECT * FROM glob('{secret_dir}/*')", "SELECT * FROM sniff_csv('{secret}')", "FROM '{secret}'",
    "SELECT * FROM '{secret}'", "DESCRIBE '{secret}'", "ATTACH '{other_db}' AS o", "ATTACH '{out}/{n}.duckdb' AS o",
    "INSTALL httpfs", "LOAD httpfs", "FORCE INSTALL json", "EXPORT DATABASE '{out}/{n}'",
    "IMPORT DATABASE '{secret_dir}'", "SELECT * FROM query('SELECT * FROM read_csv(''{secret}'')')",
    "SELECT getenv('HOME') AS h", "SELECT * FROM read_duckdb('{other_db}')",
    "CALL enable_logging(storage = 'file', storage_path = '{out}/{n}')",
]
SETTINGS = [
    "SET enable_external_access = true", "SET GLOBAL threads = 1", "SET memory_limit = '10GB'",
    "SET lock_configuration = false", "RESET memory_limit", "RESET threads", "PRAGMA threads = 4",
    "PRAGMA memory_limit = '1GB'", "PRAGMA enable_profiling", "SET temp_directory = '{out}/{n}'",
    "SET VARIABLE x = 1", "SET search_path = 'memory'", "SET allow_unsigned_extensions = true",
    "SET autoinstall_known_extensions = true", "PRAGMA enable_external_access = true",
]
KINDS = {"read": READING, "write": WRITING, "file": FILE, "setting": SETTINGS}


@st.composite
def statement(draw) -> tuple[str, str]:
    kind = draw(st.sampled_from(list(KINDS)))
    sql = draw(st.sampled_from(KINDS[kind]))
    sql = sql.replace("{t}", draw(st.sampled_from(TABLES))).replace("{n}", f"f{draw(st.integers(0, 99))}")
    case = draw(st.sampled_from(["as is", "lower", "first word lower"]))
    if case == "lower" and "{" not in sql.split("'")[0]:
        sql = sql.lower()
    elif case == "first word lower":
        head, _, rest = sql.partition(" ")
        sql = f"{head.lower()} {rest}"
    if kind != "read":
        wrap = draw(st.sampled_from(["none", "explain", "explain analyze", "subquery", "cte", "read before",
                                     "read after"]))
        if wrap == "explain":
            sql = f"EXPLAIN {sql}"
        elif wrap == "explain analyze":
            sql = f"EXPLAIN ANALYZE {sql}"
        elif wrap == "subquery" and sql.upper().startswith("SELECT"):
            sql = f"SELECT * FROM ({sql}) AS sub"
        elif wrap == "cte" and sql.upper().startswith("SELECT"):
            sql = f"WITH c AS ({sql}) SELECT * FROM c"
        elif wrap == "read before":
            sql = f"SELECT 1; {sql}"
        elif wrap == "read after":
            sql = f"{sql}; SELECT 1"
    before = draw(st.sampled_from(["", "  ", "\n\n", "-- note\n", "/* c */ "]))
    after = draw(st.sampled_from(["", ";", " ; ", "\n", " -- end"]))
    return kind, before + sql + after


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict:
    base = tmp_path_factory.mktemp("sql_props")
    db = write_database(base / "db" / "kzvol.duckdb", SOURCES, OBSERVATIONS)
    secret_dir = base / "outside"
    secret_dir.mkdir()
    (secret_dir / "secret.csv").write_text(f"name,value\n{SECRET},1\n", encoding="utf-8")
    (secret_dir / "secret.json").write_text(f'{{"name": "{SECRET}"}}', encoding="utf-8")
    con = duckdb.connect(str(secret_dir / "other.duckdb"))
    con.execute(f"CREATE TABLE s AS SELECT '{SECRET}' AS name")
    con.close()
    out = base / "written"
    out.mkdir()
    return {"db": db, "hash": _sha256(db), "listing": sorted(p.name for p in db.parent.iterdir()), "out": out,
            "fill": {"{out}": str(out), "{secret}": str(secret_dir / "secret.csv"),
                     "{secret_json}": str(secret_dir / "secret.json"), "{secret_dir}": str(secret_dir),
                     "{other_db}": str(secret_dir / "other.duckdb")}}


@settings(max_examples=examples(150))
@given(case=statement())
def test_no_generated_statement_reads_or_writes_a_file_or_changes_a_setting(env, case) -> None:
    kind, sql = case
    event(f"kind: {kind}")
    for placeholder, value in env["fill"].items():
        sql = sql.replace(placeholder, value)
    try:
        df = run_readonly_query(env["db"], sql, timeout_s=10)
    except QueryRejected as exc:
        assert kind != "read", (sql, str(exc))
        assert SECRET not in str(exc)
    else:
        assert kind == "read", f"{kind} statement was run: {sql!r}"
        assert SECRET not in df.to_string()
    assert list(env["out"].iterdir()) == [], sql
    assert sorted(p.name for p in env["db"].parent.iterdir()) == env["listing"], sql
    assert _sha256(env["db"]) == env["hash"], sql

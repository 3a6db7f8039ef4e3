"""The SQL console guard (metrics/sql.py) in normal use and under attack (issue 3 point 8, issue 4 point 4).

One small database is built per module; every test runs against it, and the last test proves that its
bytes did not change. Hostile queries are refused with QueryRejected and a message naming the problem;
those that point at a file (COPY, EXPORT, ATTACH) also prove that the file was not created. A second group
bypasses the statement checks and shows that the engine settings alone (layer 2) still refuse the worst
cases, so each guarantee rests on two independent layers.
"""

from __future__ import annotations

import hashlib
import resource
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pytest

from loaders.db import write_database
from metrics import sql as guard
from metrics.sql import QueryRejected, run_readonly_query

SOURCES = [
    {"source_id": "kazinform-2024", "file": "kazinform-2024.txt", "sha256": "0" * 64, "title": "Волонтёры",
     "outlet": "Kazinform", "lang": "ru", "published": "2024-12-05", "date_basis": "text"},
    {"source_id": "tengri-2020", "file": "tengri-2020.txt", "sha256": "1" * 64, "title": "Volunteers",
     "outlet": "Tengrinews", "lang": "en", "published": "2020-12-05", "date_basis": "text"},
]
OBSERVATIONS = [
    {"obs_id": 1, "source_id": "tengri-2020", "metric_id": "volunteers_total", "value": 300_000.0,
     "qualifier": "exact", "unit": "persons", "period_start": "2020-12-05", "period_end": "2020-12-05",
     "area": "KZ", "method": "rule", "status": "accepted", "quote": "300 000 volunteers"},
    {"obs_id": 2, "source_id": "kazinform-2024", "metric_id": "volunteers_total", "value": 800_000.0,
     "qualifier": "at_least", "unit": "persons", "period_start": "2024-12-05", "period_end": "2024-12-05",
     "area": "KZ", "method": "rule", "status": "accepted", "quote": "более 800 тысяч волонтёров"},
    {"obs_id": 3, "source_id": "kazinform-2024", "metric_id": None, "value": 75.0, "qualifier": "exact",
     "unit": "events", "area": "KZ", "method": "rule", "status": "candidate", "quote": "75 акций"},
]
N_OBSERVATIONS = len(OBSERVATIONS)
SECRET = "TOP-SECRET-4f1c"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path | str]:
    """The database, its hash at creation, a secret file to try to read and a directory to try to write."""
    base = tmp_path_factory.mktemp("sql_guard")
    db = write_database(base / "db" / "kzvol.duckdb", SOURCES, OBSERVATIONS)
    secret_dir = base / "outside"
    secret_dir.mkdir()
    secret = secret_dir / "secret.csv"
    secret.write_text(f"name,value\n{SECRET},1\n", encoding="utf-8")
    (secret_dir / "secret.json").write_text(f'{{"name": "{SECRET}"}}', encoding="utf-8")
    other_db = secret_dir / "other.duckdb"
    con = duckdb.connect(str(other_db))
    con.execute(f"CREATE TABLE s AS SELECT '{SECRET}' AS name")
    con.close()
    return {"db": db, "hash": _sha256(db), "db_files": sorted(p.name for p in db.parent.iterdir()),
            "secret": secret, "secret_json": secret_dir / "secret.json", "other_db": other_db,
            "out": base / "written"}


def q(env: dict, sql: str, **kwargs) -> object:
    return run_readonly_query(env["db"], sql, **kwargs)


# ------------------------------------------------------------------------------------------ normal use


def test_select_from_the_latest_view_returns_the_chosen_figure(env):
    df = q(env, "SELECT metric_id, value, qualifier, outlet FROM latest")
    assert df.to_dict("records") == [
        {"metric_id": "volunteers_total", "value": 800_000.0, "qualifier": "at_least", "outlet": "Kazinform"}
    ]
    assert df.attrs["truncated"] is False
    assert df.attrs["max_rows"] == 10_000


def test_select_series_and_observations(env):
    series = q(env, "SELECT period_end, value FROM series ORDER BY period_end")
    assert list(series["value"]) == [300_000.0, 800_000.0]
    obs = q(env, "SELECT obs_id, status FROM observations ORDER BY obs_id")
    assert list(obs["status"]) == ["accepted", "accepted", "candidate"]


@pytest.mark.parametrize(("sql", "check"), [
    ("WITH v AS (SELECT * FROM observations WHERE status = 'accepted') SELECT count(*) AS n FROM v",
     lambda df: df["n"][0] == 2),
    ("FROM observations SELECT count(*) AS n", lambda df: df["n"][0] == N_OBSERVATIONS),
    ("FROM sources", lambda df: len(df) == 2),
    ("TABLE metrics", lambda df: "volunteers_total" in set(df["metric_id"])),
    ("VALUES (1, 'a'), (2, 'b')", lambda df: df.shape == (2, 2)),
    ("DESCRIBE observations", lambda df: {"obs_id", "value", "qualifier"} <= set(df["column_name"])),
    ("SHOW TABLES", lambda df: set(df["name"]) == {"sources", "metrics", "observations", "series", "latest",
                                                   "series_materialized", "latest_materialized"}),
    ("SUMMARIZE observations", lambda df: "value" in set(df["column_name"])),
    ("EXPLAIN SELECT * FROM series", lambda df: "physical_plan" in set(df["explain_key"])),
    ("EXPLAIN ANALYZE SELECT count(*) FROM observations", lambda df: len(df) == 1),
    ("PRAGMA table_info('observations')", lambda df: "quote" in set(df["name"])),
    ("SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'observations'",
     lambda df: df["comment"].notna().all()),
    ("PIVOT observations ON qualifier IN ('exact', 'at_least') USING count(*) GROUP BY area",
     lambda df: df["exact"][0] == 2 and df["at_least"][0] == 1),
    ("SELECT * FROM kzvol.main.observations WHERE obs_id = 2", lambda df: df["value"][0] == 800_000.0),
    ("-- a leading comment is fine\nSELECT 42 AS answer; ", lambda df: df["answer"][0] == 42),
    ("SELECT 'DROP TABLE observations; --' AS s", lambda df: df["s"][0] == "DROP TABLE observations; --"),
    ("SELECT sum(range) AS s FROM range(1000)", lambda df: df["s"][0] == 499_500),
], ids=lambda v: v if isinstance(v, str) else "")
def test_reading_statements_work(env, sql, check):
    df = q(env, sql)
    assert check(df), df


def test_empty_result_keeps_columns(env):
    df = q(env, "SELECT obs_id, value FROM observations WHERE false")
    assert list(df.columns) == ["obs_id", "value"] and len(df) == 0
    assert df.attrs["truncated"] is False


@pytest.mark.parametrize(("max_rows", "n", "truncated"), [
    (N_OBSERVATIONS, N_OBSERVATIONS, False),       # exactly at the limit: not cut
    (N_OBSERVATIONS - 1, N_OBSERVATIONS - 1, True),
    (1, 1, True),
    (0, 0, True),
])
def test_row_cap_on_small_results(env, max_rows, n, truncated):
    df = q(env, "SELECT * FROM observations ORDER BY obs_id", max_rows=max_rows)
    assert len(df) == n
    assert df.attrs == {"truncated": truncated, "max_rows": max_rows, "elapsed_s": df.attrs["elapsed_s"]}
    assert list(df["obs_id"]) == [1, 2, 3][:n]


def test_millions_of_rows_are_cut_to_max_rows_quickly(env):
    started = time.monotonic()
    df = q(env, "SELECT * FROM range(5_000_000)")
    assert time.monotonic() - started < 2.0
    assert len(df) == 10_000 and df.attrs["truncated"] is True and df.attrs["max_rows"] == 10_000
    assert df["range"].iloc[-1] == 9_999


def test_an_endless_result_is_cut_without_computing_it(env):
    started = time.monotonic()
    df = q(env, "SELECT range AS n, range * 2 AS m FROM range(10_000_000_000)", max_rows=25_000)
    assert time.monotonic() - started < 2.0
    assert len(df) == 25_000 and df.attrs["truncated"] is True


# ------------------------------------------------------------------------------------------ time and memory


@pytest.mark.parametrize("sql", [
    "SELECT count(*) FROM range(10_000_000_000)",
    "SELECT count(*) FROM range(1_000_000) a, range(1_000_000) b",
    "WITH RECURSIVE r AS (SELECT 1 AS x UNION ALL SELECT x + 1 FROM r) SELECT max(x) FROM r",
    "SELECT sleep_ms(3_600_000)",
], ids=["count-10^10", "cross-join", "endless-recursive-cte", "sleep-an-hour"])
def test_a_query_that_would_run_for_hours_is_stopped(env, sql):
    started = time.monotonic()
    with pytest.raises(QueryRejected, match=r"stopped after 1 s"):
        q(env, sql, timeout_s=1.0)
    assert time.monotonic() - started < 3.0
    assert q(env, "SELECT 1 AS ok")["ok"][0] == 1  # the next query is not affected


def test_a_query_using_lots_of_memory_is_refused_and_memory_stays_bounded(env):
    with pytest.raises(QueryRejected, match=r"more memory than the console allows \(1GB\)"):
        q(env, "SELECT string_agg(repeat('x', 1000), ',') AS s FROM range(10_000_000)", timeout_s=10)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert peak_mib < 3 * 1024, f"peak RSS {peak_mib:.0f} MiB"


def test_a_sort_too_big_for_memory_fails_instead_of_spilling_to_disk(env, monkeypatch):
    monkeypatch.setattr(guard, "MEMORY_LIMIT", "64MB")
    with pytest.raises(QueryRejected, match=r"more memory than the console allows \(64MB\)"):
        q(env, "SELECT range, md5(range::VARCHAR) FROM range(5_000_000) ORDER BY 2", timeout_s=20)
    assert sorted(p.name for p in env["db"].parent.iterdir()) == env["db_files"]


def test_the_caller_gets_control_back_even_if_duckdb_ignored_the_interrupt(env, monkeypatch):
    """Last line of the time limit: a query that does not stop still cannot hold the page hostage."""
    monkeypatch.setattr(guard._Worker, "interrupt", lambda self: None)  # pretend DuckDB never stops
    monkeypatch.setattr(guard, "INTERRUPT_GRACE_S", 0.2)
    before = threading.active_count()
    started = time.monotonic()
    with pytest.raises(QueryRejected, match=r"stopped after 0.5 s"):
        q(env, "SELECT sleep_ms(2000)", timeout_s=0.5)
    assert time.monotonic() - started < 1.5
    deadline = time.monotonic() + 10  # the abandoned worker finishes on its own and closes its instance
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert threading.active_count() == before


# ------------------------------------------------------------------------------------------ hostile queries

READER = "Reading files or running SQL from text is not allowed"
PATH = "looks like a file path"
WRITE = "Only reading statements are allowed"
ONE = "Only one statement at a time"
EXPLAIN_WRITE = "EXPLAIN is allowed only for reading statements"

# (id, sql, message part, path that must not be created). {secret}, {json}, {other}, {out} are filled in.
HOSTILE: list[tuple[str, str, str, str | None]] = [
    # every file reader function
    ("read_csv", "SELECT * FROM read_csv('{secret}')", READER, None),
    ("read_csv_auto", "SELECT * FROM read_csv_auto('{secret}')", READER, None),
    ("read_csv-list", "SELECT * FROM read_csv(['{secret}', '/etc/passwd'])", READER, None),
    ("read_parquet", "SELECT * FROM read_parquet('{secret}')", READER, None),
    ("parquet_scan", "SELECT * FROM parquet_scan('{secret}')", READER, None),
    ("parquet_metadata", "SELECT * FROM parquet_metadata('{secret}')", READER, None),
    ("parquet_schema", "SELECT * FROM parquet_schema('{secret}')", READER, None),
    ("read_json", "SELECT * FROM read_json('{json}')", READER, None),
    ("read_json_auto", "SELECT * FROM read_json_auto('{json}')", READER, None),
    ("read_ndjson", "SELECT * FROM read_ndjson('{json}')", READER, None),
    ("read_json_objects", "SELECT * FROM read_json_objects('{json}')", READER, None),
    ("read_text", "SELECT content FROM read_text('/etc/passwd')", READER, None),
    ("read_blob", "SELECT content FROM read_blob('{secret}')", READER, None),
    ("read_duckdb", "SELECT * FROM read_duckdb('{other}')", READER, None),
    ("read_xlsx", "SELECT * FROM read_xlsx('{secret}')", READER, None),
    ("sniff_csv", "SELECT * FROM sniff_csv('{secret}')", READER, None),
    ("glob", "SELECT * FROM glob('/etc/*')", READER, None),
    ("reader-in-subquery", "SELECT (SELECT count(*) FROM read_text('/etc/passwd')) AS n", READER, None),
    ("reader-in-cte", "WITH x AS (FROM read_csv('{secret}')) SELECT * FROM x", READER, None),
    ("reader-qualified-upper", "SELECT * FROM MAIN.READ_CSV('{secret}')", READER, None),
    ("reader-in-explain-analyze", "EXPLAIN ANALYZE SELECT * FROM read_csv('{secret}')", READER, None),
    ("reader-in-summarize", "SUMMARIZE SELECT * FROM read_csv('{secret}')", READER, None),
    # bare paths in FROM (replacement scans)
    ("from-path", "SELECT * FROM '/etc/passwd'", PATH, None),
    ("from-first-path", "FROM '{secret}'", PATH, None),
    ("quoted-identifier-path", 'SELECT * FROM "{secret}"', PATH, None),
    ("describe-path", "DESCRIBE '{secret}'", PATH, None),
    ("url", "SELECT * FROM 'https://example.com/data.csv'", PATH, None),
    ("home-path", "SELECT * FROM '~/.bash_history'", PATH, None),
    # dynamic SQL that would hide a statement from the checks
    ("query-fn", "SELECT * FROM query('SELECT * FROM read_csv(''{secret}'')')", READER, None),
    ("query_table", "SELECT * FROM query_table('{secret}')", READER, None),
    ("json_execute_serialized_sql",
     "SELECT * FROM json_execute_serialized_sql(json_serialize_sql('SELECT 1'))", READER, None),
    # writing files
    ("copy-to", "COPY observations TO '{out}/leak.csv'", WRITE, "leak.csv"),
    ("copy-query-to", "COPY (SELECT * FROM sources) TO '{out}/leak.parquet' (FORMAT parquet)", "COPY",
     "leak.parquet"),
    ("copy-from", "COPY observations FROM '{secret}'", "COPY", None),
    ("export-database", "EXPORT DATABASE '{out}/export'", "starts with EXPORT", "export"),
    # other databases
    ("attach-memory", "ATTACH ':memory:' AS m", "starts with ATTACH", None),
    ("attach-path", "ATTACH '{out}/new.duckdb' AS n", "starts with ATTACH", "new.duckdb"),
    ("attach-other", "ATTACH '{other}' AS o (READ_ONLY)", "starts with ATTACH", None),
    ("detach", "DETACH kzvol", "starts with DETACH", None),
    ("use", "USE memory", "starts with USE", None),
    # extensions
    ("install", "INSTALL httpfs", "starts with INSTALL", None),
    ("force-install", "FORCE INSTALL httpfs", "starts with FORCE", None),
    ("load", "LOAD httpfs", "starts with LOAD", None),
    ("load-path", "LOAD '{out}/evil.duckdb_extension'", "starts with LOAD", None),
    ("update-extensions", "UPDATE EXTENSIONS", "starts with UPDATE", None),
    # settings
    ("set-external-access", "SET enable_external_access = true", "starts with SET", None),
    ("set-lock", "SET lock_configuration = false", "starts with SET", None),
    ("reset", "RESET memory_limit", "starts with RESET", None),
    ("set-memory", "SET memory_limit = '100GB'", "starts with SET", None),
    ("set-variable", "SET VARIABLE x = 1", "starts with SET", None),
    ("pragma-threads", "PRAGMA threads = 64", "starts with PRAGMA", None),
    ("pragma-profiling", "PRAGMA enable_profiling", "starts with PRAGMA", None),
    ("pragma-profile-output", "PRAGMA profiling_output = '{out}/profile.json'", "starts with PRAGMA",
     "profile.json"),
    ("pragma-import-database", "PRAGMA import_database('{out}')", "cannot use files", None),
    ("call-enable-logging", "CALL enable_logging(storage = 'file', storage_path = '{out}/logs')",
     "starts with CALL", "logs"),
    # In DuckDB 1.5.6 this bypasses lock_configuration and then aborts the process: must never run.
    ("select-enable-logging", "SELECT * FROM enable_logging(storage = 'file', storage_path = '{out}/logs')",
     "enable_logging() is not allowed", "logs"),
    ("checkpoint-fn", "SELECT * FROM checkpoint()", "checkpoint() is not allowed", None),
    ("secrets", "SELECT * FROM duckdb_secrets()", "duckdb_secrets() is not allowed", None),
    ("create-secret", "CREATE SECRET s (TYPE s3, KEY_ID 'a', SECRET 'b')", "starts with CREATE", None),
    # environment
    ("getenv", "SELECT getenv('HOME') AS home", "getenv() is not allowed", None),
    ("getenv-nested", "SELECT upper(getenv('PATH')) AS p FROM observations", "getenv() is not allowed", None),
    # DDL
    ("create-table", "CREATE TABLE x (a INTEGER)", "starts with CREATE", None),
    ("create-table-as", "CREATE TABLE x AS SELECT * FROM observations", "starts with CREATE", None),
    ("create-view", "CREATE OR REPLACE VIEW latest AS SELECT 1", "starts with CREATE", None),
    ("create-macro", "CREATE MACRO read_secret() AS TABLE SELECT 1", "starts with CREATE", None),
    ("create-temp-macro", "CREATE TEMP MACRO m(a) AS a + 1", "starts with CREATE", None),
    ("create-sequence", "CREATE SEQUENCE s", "starts with CREATE", None),
    ("create-schema", "CREATE SCHEMA s", "starts with CREATE", None),
    ("create-temp-table", "CREATE TEMP TABLE t AS SELECT 1", "starts with CREATE", None),
    ("create-type", "CREATE TYPE mood AS ENUM ('a')", "starts with CREATE", None),
    ("create-index", "CREATE INDEX i ON observations (value)", "starts with CREATE", None),
    ("drop-table", "DROP TABLE observations", "starts with DROP", None),
    ("drop-view", "DROP VIEW IF EXISTS latest", "starts with DROP", None),
    ("alter-add", "ALTER TABLE observations ADD COLUMN x INTEGER", "starts with ALTER", None),
    ("alter-rename", "ALTER TABLE sources RENAME TO s2", "starts with ALTER", None),
    ("comment-on", "COMMENT ON TABLE observations IS 'pwned'", "starts with COMMENT", None),
    ("truncate", "TRUNCATE observations", "starts with TRUNCATE", None),
    # DML
    ("insert", "INSERT INTO observations (obs_id) VALUES (99)", "starts with INSERT", None),
    ("insert-returning", "INSERT INTO metrics (metric_id) VALUES ('x') RETURNING *", "starts with INSERT",
     None),
    ("insert-or-replace", "INSERT OR REPLACE INTO metrics (metric_id) VALUES ('x')", "starts with INSERT",
     None),
    ("update", "UPDATE observations SET value = 0", "starts with UPDATE", None),
    ("delete", "DELETE FROM observations", "starts with DELETE", None),
    ("merge", "MERGE INTO metrics USING (SELECT 'x' AS metric_id) s USING (metric_id) "
              "WHEN NOT MATCHED THEN INSERT VALUES ('x', NULL, NULL, NULL, NULL, NULL, NULL)",
     "starts with MERGE", None),
    # maintenance and transactions
    ("checkpoint", "CHECKPOINT", "starts with CHECKPOINT", None),
    ("force-checkpoint", "FORCE CHECKPOINT", "starts with FORCE", None),
    ("vacuum", "VACUUM", "starts with VACUUM", None),
    ("analyze", "ANALYZE", "starts with ANALYZE", None),
    ("begin", "BEGIN TRANSACTION", "starts with BEGIN", None),
    ("commit", "COMMIT", "starts with COMMIT", None),
    ("rollback", "ROLLBACK", "starts with ROLLBACK", None),
    ("prepare", "PREPARE p AS SELECT 1", "starts with PREPARE", None),
    ("execute", "EXECUTE p", "starts with EXECUTE", None),
    ("call", "CALL pragma_version()", "starts with CALL", None),
    # EXPLAIN of something harmful
    ("explain-analyze-delete", "EXPLAIN ANALYZE DELETE FROM observations", "this one explains DELETE", None),
    ("explain-analyze-create", "EXPLAIN ANALYZE CREATE TABLE x AS SELECT 1", EXPLAIN_WRITE, None),
    ("explain-copy", "EXPLAIN COPY observations TO '{out}/leak2.csv'", EXPLAIN_WRITE, "leak2.csv"),
    ("explain-options-delete", "EXPLAIN (FORMAT json) DELETE FROM observations", EXPLAIN_WRITE, None),
    # a harmful statement after a harmless one, or hidden behind comments and strings
    ("after-select", "SELECT 1; DROP TABLE observations", "this text holds 2 (SELECT, DROP)", None),
    ("after-block-comment", "SELECT 1 /* ; */; DELETE FROM observations", ONE, None),
    ("after-line-comment", "SELECT 1 -- ;\n; DELETE FROM observations", ONE, None),
    ("after-string", "SELECT ';' AS s; DELETE FROM observations", ONE, None),
    ("after-dollar-string", "SELECT $$;$$ AS s; DELETE FROM observations", ONE, None),
    ("behind-line-comment", "-- SELECT 1\nDELETE FROM observations", "starts with DELETE", None),
    ("behind-block-comment", "/* SELECT */ DROP TABLE observations", "starts with DROP", None),
    ("many-statements", "SELECT 1; SELECT 2; ATTACH ':memory:' AS m", "holds 3", None),
    ("nul-byte", "SELECT 1\x00; DROP TABLE observations", "NUL character", None),
    # careless
    ("empty", "", "The query is empty", None),
    ("only-semicolons", " ;  ; ", "The query is empty", None),
    ("only-comment", "-- nothing here", "The query is empty", None),
    ("pivot-without-in", "PIVOT observations ON qualifier USING count(*)", "explicit list of values", None),
    ("syntax-error", "SELEC * FROM observations", "DuckDB could not parse this query. Parser Error", None),
    ("unknown-table", "SELECT * FROM volunteers", "DuckDB could not run this query. Catalog Error", None),
    ("parameter", "SELECT * FROM observations WHERE obs_id = ?", "DuckDB could not run this query", None),
    ("too-long", "SELECT 1" + " " * 100_001, "longer than 100,000 characters", None),
]


@pytest.mark.parametrize(("sql", "message", "creates"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_hostile_or_careless_query_is_refused(env, sql, message, creates):
    env["out"].mkdir(exist_ok=True)
    text = sql.format(secret=env["secret"], json=env["secret_json"], other=env["other_db"], out=env["out"])
    with pytest.raises(QueryRejected) as refused:
        q(env, text)
    assert message in str(refused.value)
    assert SECRET not in str(refused.value)
    assert "Traceback" not in str(refused.value)
    if creates:
        assert not (env["out"] / creates).exists()


@pytest.mark.parametrize(("sql", "message", "creates"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_every_refusal_is_said_in_the_readers_language(env, sql, message, creates):
    """The English message stays (logs, the test above); the page says our sentence in Russian or Kazakh
    (strings.toml sql_<code>) and leaves only DuckDB's own text in English, introduced by a translated one."""
    from metrics import i18n
    from metrics.pages.sql_page import refusal_text

    env["out"].mkdir(exist_ok=True)
    text = sql.format(secret=env["secret"], json=env["secret_json"], other=env["other_db"], out=env["out"])
    with pytest.raises(QueryRejected) as refused:
        q(env, text)
    exc = refused.value
    assert f"sql_{exc.code}" in i18n.STRINGS, (exc.code, str(exc))
    english = str(exc).removesuffix(exc.detail).strip()
    assert refusal_text(exc, "en").startswith(english)
    for lang in ("ru", "kk"):
        said = refusal_text(exc, lang)
        assert english not in said and said.strip(), said
        assert said.endswith(exc.detail)
        if exc.detail.startswith(("Parser Error", "Catalog Error", "Binder Error", "Permission Error")):
            assert i18n.t("sql_duckdb_says", lang) in said


def test_every_refusal_code_has_a_sentence_in_three_languages():
    import re

    from metrics import i18n

    source = Path(guard.__file__).read_text(encoding="utf-8")
    codes = {a or b for a, b in re.findall(r'code="(\w+)"|code(?:, lead)? = "(\w+)"', source)}
    assert len(codes) >= 18, codes
    missing = [c for c in codes if set(i18n.STRINGS.get(f"sql_{c}", {})) != set(i18n.LANGS)]
    assert not missing


def _table_functions() -> list[str]:
    con = duckdb.connect()
    names = [r[0] for r in con.execute(
        "SELECT DISTINCT function_name FROM duckdb_functions() "
        "WHERE function_type IN ('table', 'table_macro') ORDER BY 1"
    ).fetchall()]
    con.close()
    return names


def test_allow_list_names_real_table_functions():
    assert guard.ALLOWED_TABLE_FUNCTIONS <= set(_table_functions())


@pytest.mark.parametrize("name", [n for n in _table_functions() if n not in guard.ALLOWED_TABLE_FUNCTIONS])
def test_every_table_function_outside_the_allow_list_is_refused(env, name):
    with pytest.raises(QueryRejected, match=rf"\({name}\)|{name}\(\) is not allowed"):
        q(env, f"SELECT * FROM {name}()")


# ------------------------------------------------------------------------------------------ layer 2 alone


@pytest.mark.parametrize(("sql", "creates"), [
    ("SELECT * FROM read_text('/etc/passwd')", None),
    ("SELECT * FROM read_csv('{secret}')", None),
    ("SELECT * FROM '{secret}'", None),
    ("SELECT * FROM glob('/etc/*')", None),
    ("COPY observations TO '{out}/engine-leak.csv'", "engine-leak.csv"),
    ("EXPORT DATABASE '{out}/engine-export'", "engine-export"),
    ("ATTACH '{out}/engine.duckdb' AS e", "engine.duckdb"),
    ("INSTALL httpfs", None),
    ("SET enable_external_access = true", None),
    ("RESET lock_configuration", None),
    ("SET memory_limit = '100GB'", None),
    ("INSERT INTO observations (obs_id) VALUES (99)", None),
    ("DROP TABLE observations", None),
    ("CREATE TABLE kzvol.main.x AS SELECT 1", None),
    ("COMMENT ON TABLE observations IS 'pwned'", None),
], ids=lambda v: v if isinstance(v, str) else "")
def test_engine_settings_alone_refuse_the_worst_cases(env, sql, creates):
    """Defence in depth: without the statement checks, the guarded connection itself still says no."""
    env["out"].mkdir(exist_ok=True)
    text = sql.format(secret=env["secret"], out=env["out"])
    con = guard._open_guarded(Path(env["db"]).resolve())
    try:
        with pytest.raises(duckdb.Error) as refused:
            con.execute(text).fetchall()
        assert SECRET not in str(refused.value)
        settings = dict(con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN "
            "('enable_external_access', 'lock_configuration', 'temp_directory', 'autoload_known_extensions')"
        ).fetchall())
    finally:
        con.close()
    assert settings == {"enable_external_access": "false", "lock_configuration": "true", "temp_directory": "",
                        "autoload_known_extensions": "false"}
    if creates:
        assert not (env["out"] / creates).exists()


# ------------------------------------------------------------------------------------------ other readers


def test_the_dashboards_own_connection_and_the_guard_coexist(env):
    """DuckDB caches one instance per file; the guard must neither fail on nor lock the app's connection."""
    app_con = duckdb.connect(str(env["db"]), read_only=True)
    try:
        assert q(env, "SELECT count(*) AS n FROM observations")["n"][0] == N_OBSERVATIONS
        app_con.execute("SET threads = 1")  # the app's configuration is still its own, not locked
        assert app_con.execute("SELECT count(*) FROM observations").fetchone()[0] == N_OBSERVATIONS
    finally:
        app_con.close()


def test_other_readers_work_while_a_long_query_runs(env):
    errors: list[BaseException] = []

    def long_query() -> None:
        try:
            q(env, "SELECT count(*) FROM range(1_000_000) a, range(1_000_000) b", timeout_s=4.0)
        except QueryRejected as exc:
            if "stopped after" not in str(exc):
                errors.append(exc)

    runner = threading.Thread(target=long_query)
    runner.start()
    time.sleep(0.3)
    try:
        # the guard itself, several at once
        with ThreadPoolExecutor(max_workers=6) as pool:
            counts = list(pool.map(lambda _: q(env, "SELECT count(*) AS n FROM series")["n"][0], range(12)))
        assert counts == [2] * 12
        # a plain read-only connection in this process
        con = duckdb.connect(str(env["db"]), read_only=True)
        assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == 2
        con.close()
        # another process, as the DuckDB shell or a second dashboard would
        code = ("import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
                "print(c.execute('SELECT count(*) FROM observations').fetchone()[0])")
        out = subprocess.run([sys.executable, "-c", code, str(env["db"])], capture_output=True, text=True,
                             timeout=30, check=True)
        assert out.stdout.strip() == str(N_OBSERVATIONS)
        assert runner.is_alive(), "the long query should still be running during these reads"
    finally:
        runner.join(10)
    assert not errors


# ------------------------------------------------------------------------------------------ API edges


def test_missing_database_and_bad_limits(env, tmp_path):
    with pytest.raises(FileNotFoundError):
        run_readonly_query(tmp_path / "missing.duckdb", "SELECT 1")
    assert not (tmp_path / "missing.duckdb").exists()
    with pytest.raises(ValueError):
        q(env, "SELECT 1", timeout_s=0)
    with pytest.raises(ValueError):
        q(env, "SELECT 1", max_rows=-1)


# ------------------------------------------------------------------------------------------ last: no effect


def test_zz_database_file_is_unchanged_after_the_whole_suite(env):
    """Runs last in this module (pytest keeps file order): no query above changed a byte of the database."""
    assert _sha256(env["db"]) == env["hash"]
    assert sorted(p.name for p in env["db"].parent.iterdir()) == env["db_files"]  # no .wal, no temp files
    con = duckdb.connect(str(env["db"]), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM observations").fetchone()[0] == N_OBSERVATIONS
        assert {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()} == {
            "sources", "metrics", "observations", "series_materialized", "latest_materialized"}
    finally:
        con.close()

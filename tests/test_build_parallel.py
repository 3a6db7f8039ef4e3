"""The build gives the same database with a process pool, from the cache, and after a version bump
(issue 5: "keep results identical to a single-process run"; the cache is keyed by content and version)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

import loaders.build
import loaders.extract
from bench.gen_corpus import generate
from loaders.build import run

TABLES = ("metrics", "sources", "observations", "series", "latest")


def dump(db: Path) -> dict[str, Any]:
    """Every table and view, fully ordered, plus the column types and comments."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out: dict[str, Any] = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
        out["columns"] = con.execute(
            "SELECT table_name, column_index, column_name, data_type, comment FROM duckdb_columns() "
            "WHERE NOT internal ORDER BY ALL").fetchall()
    finally:
        con.close()
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate(60, 4, out)
    return out


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory) -> tuple[dict[str, Any], Any]:
    db = tmp_path_factory.mktemp("single") / "kz.duckdb"
    report = run(db, corpus, None, None, workers=1)
    return dump(db), report


def test_two_workers_give_the_same_database(corpus, single, tmp_path):
    expected, report1 = single
    assert report1.articles_read == 60 and report1.figures > 60
    report2 = run(tmp_path / "kz.duckdb", corpus, None, None, workers=2)
    got = dump(tmp_path / "kz.duckdb")
    for table in (*TABLES, "columns"):
        assert got[table] == expected[table], table
    assert (report2.articles_read, report2.sentences, report2.figures) == (
        report1.articles_read, report1.sentences, report1.figures)


def test_cache_gives_the_same_database_as_a_clean_build(corpus, single, tmp_path):
    expected, _ = single
    cache = tmp_path / "cache"
    first = run(tmp_path / "a.duckdb", corpus, None, None, workers=2, cache_dir=cache)
    assert first.cache_hits == 0
    second = run(tmp_path / "b.duckdb", corpus, None, None, workers=1, cache_dir=cache)
    assert second.cache_hits == 60
    assert dump(tmp_path / "a.duckdb") == expected
    assert dump(tmp_path / "b.duckdb") == expected

    # one changed article: only it is extracted again, and the result equals a clean build of the new corpus
    victim = sorted(corpus.glob("gen_*.txt"))[3]
    original = victim.read_text(encoding="utf-8")
    try:
        victim.write_text(original + "\nВ Алматы сегодня зарегистрировано 1 235 волонтеров.\n", encoding="utf-8")
        third = run(tmp_path / "c.duckdb", corpus, None, None, workers=1, cache_dir=cache)
        clean = run(tmp_path / "d.duckdb", corpus, None, None, workers=1)
        assert third.cache_hits == 59
        changed = dump(tmp_path / "c.duckdb")
        assert changed == dump(tmp_path / "d.duckdb")
        assert changed["sources"] != expected["sources"]  # the new text and hash are in the database
        assert clean.cache_hits == 0
    finally:
        victim.write_text(original, encoding="utf-8")


def test_extractor_version_invalidates_the_cache(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    run(tmp_path / "a.duckdb", corpus, None, None, cache_dir=cache)
    assert run(tmp_path / "b.duckdb", corpus, None, None, cache_dir=cache).cache_hits == 60
    monkeypatch.setattr(loaders.build, "EXTRACTOR_VERSION", "bench-test-bump")
    monkeypatch.setattr(loaders.extract, "EXTRACTOR_VERSION", "bench-test-bump")
    bumped = run(tmp_path / "c.duckdb", corpus, None, None, cache_dir=cache)
    assert bumped.cache_hits == 0
    assert run(tmp_path / "d.duckdb", corpus, None, None, cache_dir=cache).cache_hits == 60
    con = duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True)
    try:
        versions = {v for (v,) in con.execute("SELECT DISTINCT extractor_version FROM observations").fetchall()}
    finally:
        con.close()
    assert versions == {"bench-test-bump"}

"""Interrupted builds and rebuilds under readers (issue 4, items 2 and 3).

- A build killed with SIGKILL while it writes leaves the previous database byte-for-byte intact, and the next
  build removes the temporary file(s) it left and succeeds.
- While builds replace the database again and again, readers using the dashboard's own read-only access
  (metrics.data.ReadOnlyDatabase) and plain `duckdb.connect(read_only=True)` clients in another process never
  fail and only ever see one complete database or the other; new readers see the newest one.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from loaders.build import run
from loaders.db import TMP_PREFIX
from loaders.lock import LOCK_NAME
from metrics.data import ReadOnlyDatabase

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles"
SEED_FILES = sorted(p.name for p in SEED.glob("*.txt"))

# Numbers followed by a counted noun or a scale word; shifting them gives "new" articles with new figures.
_NUMBER = re.compile(r"\b(\d{2,3})\b(?=\s?(?:тыс|тысяч|млн|волонт|организац|литр|тонн|дерев|человек|акци))")


def make_corpus(folder: Path, n: int, offset: int = 0) -> None:
    """n distinct articles made from the bundled ones, each with its numbers shifted a little."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [(SEED / name).read_text(encoding="utf-8") for name in SEED_FILES]
    for i in range(offset, offset + n):
        text = _NUMBER.sub(lambda m, i=i: str(int(m.group(1)) + i % 89 + 1), texts[i % len(texts)])
        (folder / f"gen_{i:05d}.txt").write_text(f"{text}\nВыпуск {i}.\n", encoding="utf-8")


def file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content_hash(db: Path) -> tuple[str, int, int]:
    """Hash of every row of every table (ordered), and the row counts of sources and observations."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        h = hashlib.sha256()
        counts = []
        for table, key in (("metrics", "metric_id"), ("sources", "source_id"), ("observations", "obs_id")):
            rows = con.execute(f"SELECT * FROM {table} ORDER BY {key}").fetchall()
            h.update(repr(rows).encode())
            counts.append(len(rows))
        h.update(repr(con.execute("SELECT * FROM series ORDER BY ALL").fetchall()).encode())
        return h.hexdigest(), counts[1], counts[2]
    finally:
        con.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob(TMP_PREFIX + "*"))


def build_cmd(db: Path, articles: Path, cache: Path) -> list[str]:
    return [sys.executable, "-m", "loaders", "build", "--db", str(db), "--articles", str(articles),
            "--cache", str(cache), "--quiet"]


# --------------------------------------------------------------------------------------------------
# Item 2: SIGKILL while writing


@pytest.mark.slow
def test_sigkill_while_writing_keeps_the_previous_database_and_the_next_build_cleans_up(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    db = data / "kzvol.duckdb"
    articles = tmp_path / "articles"
    cache = tmp_path / "cache"  # per-article extraction cache: later builds reach the writing phase quickly
    make_corpus(articles, 600)
    first = run(db, articles, curated_dir=None, workers=2, cache_dir=cache)
    assert first.articles_read == 600
    before_sha, before_rows = file_sha(db), content_hash(db)

    # New articles: the interrupted build would write a different database (more sources and figures).
    make_corpus(articles, 60, offset=600)

    killed_during_write = None
    attempts = []
    for delay in (0.0, 0.05, 0.15, 0.3, 0.02, 0.1):  # after the temp file appears; varied, bounded
        proc = subprocess.Popen(build_cmd(db, articles, cache), cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 120
            while not leftovers(data) and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.002)
            if delay:
                time.sleep(delay)
            writing = bool(leftovers(data)) and proc.poll() is None
            proc.send_signal(signal.SIGKILL)
            rc = proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=30)
            proc.stderr.close()
        attempts.append((delay, writing, rc))
        if rc == -signal.SIGKILL and writing:
            killed_during_write = delay
            break
        # The build finished before the kill: the database was legitimately replaced; start over from it.
        before_sha, before_rows = file_sha(db), content_hash(db)
        make_corpus(articles, 5, offset=700 + len(attempts) * 5)
    assert killed_during_write is not None, f"never killed a build while it was writing: {attempts}"

    # The previous database is untouched and opens, through the dashboard's access too.
    assert file_sha(db) == before_sha
    assert content_hash(db) == before_rows
    dash = ReadOnlyDatabase(db)
    try:
        assert dash.query("SELECT count(*) AS n FROM sources")["n"][0] == before_rows[1]
        assert dash.query("SELECT count(*) AS n FROM series")["n"][0] > 0
    finally:
        dash.close()
    left = leftovers(data)
    assert left, "the kill happened while writing, so the temporary file is still there"

    # The next build removes the leftovers and succeeds, with the new articles in.
    out = subprocess.run(build_cmd(db, articles, cache), cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    assert leftovers(data) == []
    n_articles = len(list(articles.glob("*.txt")))
    assert f"articles read: {n_articles};" in out.stdout
    after = content_hash(db)
    assert after[1] == n_articles > before_rows[1]
    assert after[0] != before_rows[0]
    # only the database, and the lock's own file (loaders/lock.py: the lock lives on it, so it stays)
    assert sorted(p.name for p in data.iterdir()) == [LOCK_NAME, "kzvol.duckdb"]


def test_a_stale_temporary_file_does_not_confuse_the_next_build(tmp_path):
    """Leftovers of a crash (a half-written database and its WAL, even a garbage one) are removed."""
    data = tmp_path / "data"
    data.mkdir()
    (data / f"{TMP_PREFIX}abc123.duckdb").write_bytes(b"DUCK" + b"\x00" * 5000)
    (data / f"{TMP_PREFIX}abc123.duckdb.wal").write_bytes(b"\x01\x02")
    (data / "unrelated.txt").write_text("keep me", encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copyfile(SEED / SEED_FILES[0], articles / SEED_FILES[0])
    report = run(data / "kzvol.duckdb", articles, curated_dir=None)
    assert report.articles_read == 1
    assert sorted(p.name for p in data.iterdir()) == [LOCK_NAME, "kzvol.duckdb", "unrelated.txt"]


# --------------------------------------------------------------------------------------------------
# Item 3: rebuild under readers

READER_PROCESS = r"""
import json, sys, time, duckdb
path, stop, out = sys.argv[1], sys.argv[2], sys.argv[3]
import os
seen, errors, reads = {}, [], 0
deadline = time.monotonic() + 120
while not os.path.exists(stop) and time.monotonic() < deadline:
    try:
        con = duckdb.connect(path, read_only=True)
        try:
            key = json.dumps(con.execute(
                "SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM observations), "
                "(SELECT count(*) FROM series)").fetchone())
        finally:
            con.close()
        seen[key] = seen.get(key, 0) + 1
        reads += 1
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
json.dump({"seen": seen, "errors": errors[:20], "n_errors": len(errors), "reads": reads}, open(out, "w"))
"""

COUNTS_SQL = ("SELECT (SELECT count(*) FROM sources) AS s, (SELECT count(*) FROM observations) AS o, "
              "(SELECT count(*) FROM series) AS v")


def _counts(db: Path) -> tuple[int, int, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return tuple(con.execute(COUNTS_SQL).fetchone())
    finally:
        con.close()


def test_readers_never_fail_and_see_whole_databases_while_builds_replace_the_file(tmp_path):
    small, large = tmp_path / "small", tmp_path / "large"
    small.mkdir()
    large.mkdir()
    for name in SEED_FILES[:2]:
        shutil.copyfile(SEED / name, small / name)
    for name in SEED_FILES:
        shutil.copyfile(SEED / name, large / name)
    # What each database looks like, built elsewhere first.
    run(tmp_path / "ref_small.duckdb", small, curated_dir=None)
    run(tmp_path / "ref_large.duckdb", large, curated_dir=None)
    expected = {_counts(tmp_path / "ref_small.duckdb"), _counts(tmp_path / "ref_large.duckdb")}
    assert len(expected) == 2

    data = tmp_path / "data"
    db = data / "kzvol.duckdb"
    run(db, small, curated_dir=None)

    # Readers: two threads through the dashboard's ReadOnlyDatabase (one shared handle, as Streamlit sessions
    # share it; one private), and a separate process reconnecting with duckdb.connect(read_only=True).
    shared = ReadOnlyDatabase(db)
    stop = threading.Event()
    results: dict[str, dict] = {}

    def reader(name: str, handle: ReadOnlyDatabase) -> None:
        seen: dict[tuple, int] = {}
        errors: list[str] = []
        deadline = time.monotonic() + 120
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                row = handle.query(COUNTS_SQL).iloc[0]
                key = (int(row["s"]), int(row["o"]), int(row["v"]))
                seen[key] = seen.get(key, 0) + 1
            except Exception as exc:  # a failed read is exactly what this test is about
                errors.append(f"{type(exc).__name__}: {exc}")
        results[name] = {"seen": seen, "errors": errors}

    private = ReadOnlyDatabase(db)
    threads = [threading.Thread(target=reader, args=("shared", shared)),
               threading.Thread(target=reader, args=("private", private))]
    stop_file, out_file = tmp_path / "stop", tmp_path / "reader.json"
    proc = subprocess.Popen([sys.executable, "-c", READER_PROCESS, str(db), str(stop_file), str(out_file)])
    try:
        for t in threads:
            t.start()
        time.sleep(0.3)
        last = None
        for i in range(10):  # alternate: large, small, large, ...
            last = large if i % 2 == 0 else small
            run(db, last, curated_dir=None)
            time.sleep(0.15)  # let every reader see each version
    finally:
        stop.set()
        stop_file.touch()
        for t in threads:
            t.join(timeout=60)
        try:
            proc.wait(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)

    proc_result = json.loads(out_file.read_text(encoding="utf-8"))
    results["process"] = {"seen": {tuple(json.loads(k)): v for k, v in proc_result["seen"].items()},
                          "errors": proc_result["errors"]}
    assert proc_result["n_errors"] == 0, proc_result["errors"]
    for name, res in results.items():
        assert res["errors"] == [], (name, res["errors"][:5])
        assert set(res["seen"]) <= expected, (name, res["seen"], expected)
        assert sum(res["seen"].values()) >= 20, (name, res["seen"])
        assert set(res["seen"]) == expected, f"{name} never saw one of the two databases: {res['seen']}"
    assert shared.reloads >= 5  # the long-lived handle picked up the rebuilt files

    # After the last build (the small set): the existing handle and a brand-new reader see its data.
    final = _counts(tmp_path / "ref_small.duckdb")
    assert last is small
    row = shared.query(COUNTS_SQL).iloc[0]
    assert (int(row["s"]), int(row["o"]), int(row["v"])) == final
    fresh = ReadOnlyDatabase(db)
    try:
        row = fresh.query(COUNTS_SQL).iloc[0]
        assert (int(row["s"]), int(row["o"]), int(row["v"])) == final
    finally:
        fresh.close()
        shared.close()
        private.close()
    assert leftovers(data) == []

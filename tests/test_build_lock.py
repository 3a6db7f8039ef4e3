"""One build at a time per database folder: a second build waits instead of deleting the first one's
temporary file (the dashboard's first-start build and a command-line build can race)."""

from __future__ import annotations

import fcntl
import os
import shutil
import threading
from pathlib import Path

import duckdb

from loaders.build import DEFAULT_ARTICLES, run


def test_a_second_build_waits_for_the_lock(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(DEFAULT_ARTICLES / "004_518c73e4887bee00.txt", articles)
    db_dir = tmp_path / "db"
    db_dir.mkdir()
    held = os.open(db_dir, os.O_RDONLY)
    fcntl.flock(held, fcntl.LOCK_EX)  # as a running build holds it
    leftover = db_dir / ".kzvol-build-running.duckdb"
    leftover.write_bytes(b"the running build's file")
    done = threading.Event()
    thread = threading.Thread(target=lambda: (run(db_dir / "kzvol.duckdb", articles, None), done.set()))
    thread.start()
    try:
        assert not done.wait(1.0), "the second build did not wait for the lock"
        assert leftover.exists(), "the waiting build deleted the running build's temporary file"
    finally:
        os.close(held)
    thread.join(60)
    assert done.is_set()
    con = duckdb.connect(str(db_dir / "kzvol.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == 1
    finally:
        con.close()

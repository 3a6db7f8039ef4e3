"""One build at a time per database folder, and a lock that never outlives its holder (issue 10, item 1).

- a second build waits instead of deleting the first one's temporary file (the dashboard's first-start build
  and a command-line build can race), and starts when the first one is done;
- a build that finds the folder locked says who holds it, waits at most --wait seconds, then exits with
  status 3 and a message naming the holder's pid, command and since-when;
- a lock left by a dead process is never waited on; forked worker processes do not hold their parent's lock;
- kill -9 of a build with a process pool at several moments leaves no process of it behind within 5 s, and
  the next build starts at once.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import duckdb
import pytest

from loaders import lock
from loaders.build import DEFAULT_ARTICLES, run

ROOT = Path(__file__).resolve().parent.parent
ONE_ARTICLE = "004_518c73e4887bee00.txt"

HOLD = """
import sys, time
from loaders.lock import exclusive
with exclusive(sys.argv[1], wait=0):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _one_article_folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(DEFAULT_ARTICLES / ONE_ARTICLE, articles)
    return articles


def _hold_from_subprocess(folder: Path, seconds: float = 60) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(folder), str(seconds)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def _sources(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM sources").fetchone()[0]
    finally:
        con.close()


def test_a_second_build_waits_for_the_lock(tmp_path: Path) -> None:
    articles = _one_article_folder(tmp_path)
    db_dir = tmp_path / "db"
    db_dir.mkdir()
    holder = _hold_from_subprocess(db_dir)  # as a running build holds it
    leftover = db_dir / ".kzvol-build-running.duckdb"
    leftover.write_bytes(b"the running build's file")
    done, told = threading.Event(), []
    thread = threading.Thread(target=lambda: (run(db_dir / "kzvol.duckdb", articles, None, on_wait=told.append),
                                              done.set()))
    thread.start()
    try:
        assert not done.wait(1.0), "the second build did not wait for the lock"
        assert leftover.exists(), "the waiting build deleted the running build's temporary file"
        assert len(told) == 1 and told[0] is not None and told[0].pid == holder.pid
    finally:
        holder.kill()
        holder.wait()
    thread.join(60)
    assert done.is_set()
    assert _sources(db_dir / "kzvol.duckdb") == 1


def test_a_held_lock_gives_a_clear_message_and_status_3_after_wait(tmp_path: Path) -> None:
    articles = _one_article_folder(tmp_path)
    db_dir = tmp_path / "db"
    holder = _hold_from_subprocess(db_dir)
    try:
        started = time.monotonic()
        res = subprocess.run([sys.executable, "-m", "loaders", "build", "--db", str(db_dir / "kzvol.duckdb"),
                              "--articles", str(articles), "--no-cache", "--quiet", "--wait", "1"],
                             cwd=ROOT, capture_output=True, text=True, timeout=60)
        took = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert res.returncode == 3, res.stderr
    assert f"waiting for the database folder {db_dir}: locked by pid {holder.pid} (python -c" in res.stderr
    assert f"database folder {db_dir} is locked by pid {holder.pid} (python -c" in res.stderr
    assert " since " in res.stderr and "waited 1 s" in res.stderr
    assert "Traceback" not in res.stderr
    assert took < 20, took
    assert not (db_dir / "kzvol.duckdb").exists()


def test_a_lock_left_by_a_dead_process_is_not_waited_on(tmp_path: Path) -> None:
    articles = _one_article_folder(tmp_path)
    db_dir = tmp_path / "db"
    holder = _hold_from_subprocess(db_dir)
    holder.send_signal(signal.SIGKILL)  # its record stays in the lock file; the kernel drops the lock itself
    holder.wait()
    assert str(holder.pid) in (db_dir / lock.LOCK_NAME).read_text()
    told: list = []
    started = time.monotonic()
    run(db_dir / "kzvol.duckdb", articles, None, wait=0, on_wait=told.append)
    assert told == [] and time.monotonic() - started < 30
    # a record naming a pid that is gone (written by hand, or from before a reboot) means nothing either
    (db_dir / lock.LOCK_NAME).write_text('{"pid": 999999, "start": 1, "command": "x", "since": "2020-01-01"}')
    assert lock.holder(db_dir) is None
    with lock.exclusive(db_dir, wait=0, on_wait=told.append):
        pass
    assert told == []


def _try_lock(folder: str, out: multiprocessing.Queue) -> None:
    try:
        with lock.exclusive(Path(folder), wait=0):
            out.put("acquired")
    except lock.LockBusy as exc:
        out.put(exc.holder.pid if exc.holder else None)


def test_a_forked_child_does_not_hold_its_parents_lock(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    with lock.exclusive(tmp_path, wait=0):
        child = ctx.Process(target=_try_lock, args=(str(tmp_path), out))
        child.start()
        child.join(30)
        assert out.get(timeout=5) == os.getpid()  # the child is refused, and told the parent holds it
    child = ctx.Process(target=_try_lock, args=(str(tmp_path), out))
    child.start()
    child.join(30)
    assert out.get(timeout=5) == "acquired"


def test_threads_of_one_process_take_turns_and_the_lock_is_reentrant(tmp_path: Path) -> None:
    got: list[str] = []
    with lock.exclusive(tmp_path, wait=0) as me:
        assert me.pid == os.getpid() and lock.holder(tmp_path) == me
        with lock.exclusive(tmp_path, wait=0):  # the Add page holds it and then builds
            got.append("nested")

        def other() -> None:
            try:
                with lock.exclusive(tmp_path, wait=0.3):
                    got.append("other thread got it")
            except lock.LockBusy as exc:
                got.append(str(exc))

        t = threading.Thread(target=other)
        t.start()
        t.join()
    assert got[0] == "nested"
    assert got[1].startswith(f"database folder {tmp_path} is locked by pid {os.getpid()}")
    assert lock.holder(tmp_path) is None


def test_atomic_write_replaces_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "curated" / "review.csv"
    lock.atomic_write_text(target, "a,b\n1,2\n")
    assert target.read_text() == "a,b\n1,2\n"
    target.chmod(0o640)
    lock.atomic_write_bytes(target, b"x")
    assert target.read_bytes() == b"x" and (target.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in target.parent.iterdir()] == ["review.csv"]


# --- kill -9 of a pool build ---------------------------------------------------------------------------------


def _processes_with(marker: str) -> list[int]:
    """Pids of live processes whose environment carries the marker (the build and every worker it forked)."""
    found = []
    needle = f"KZVOL_KILL_TEST={marker}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                stat = (entry / "stat").read_text()
                if stat.rsplit(")", 1)[1].split()[0] != "Z":
                    found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory) -> Path:
    """1,500 different articles (the bundled ones with a numbered line added: equal texts are stored once)."""
    out = tmp_path_factory.mktemp("kill_corpus")
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEFAULT_ARTICLES.glob("*.txt"))]
    for i in range(1500):
        (out / f"c{i:05d}.txt").write_text(texts[i % len(texts)] + f"\nКопия {i}.\n", encoding="utf-8")
    return out


@pytest.mark.timeout(300)
def test_kill_9_of_a_pool_build_leaves_no_process_and_the_next_build_starts_at_once(big_corpus, tmp_path):
    """Killed while reading (0.5 s after the start) and 0.2 s, 1.5 s and 3 s after its workers started."""
    small = _one_article_folder(tmp_path)
    db = tmp_path / "db" / "kzvol.duckdb"
    for after_workers, moment in ((False, 0.5), (True, 0.2), (True, 1.5), (True, 3.0)):
        marker = uuid.uuid4().hex
        env = dict(os.environ, KZVOL_KILL_TEST=marker)
        build = subprocess.Popen([sys.executable, "-m", "loaders", "build", "--db", str(db), "--articles",
                                  str(big_corpus), "--no-cache", "--quiet", "--workers", "2"],
                                 cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if after_workers:
            deadline = time.monotonic() + 120
            while len(_processes_with(marker)) < 3 and build.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert len(_processes_with(marker)) == 3, "the pool's two workers did not start"
        time.sleep(moment)
        alive = _processes_with(marker)
        assert build.pid in alive, f"the build ended before it was killed: {build.stderr.read()!r}"
        assert len(alive) == (3 if after_workers else 1), alive
        build.send_signal(signal.SIGKILL)
        build.wait()
        deadline = time.monotonic() + 5
        while _processes_with(marker) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = _processes_with(marker)
        assert left == [], f"kill -9 {moment} s after {'the workers started' if after_workers else 'the start'} " \
                           f"left {left}"
        started = time.monotonic()
        res = subprocess.run([sys.executable, "-m", "loaders", "build", "--db", str(db), "--articles", str(small),
                              "--no-cache", "--quiet", "--wait", "0"], cwd=ROOT, capture_output=True, text=True,
                             timeout=120)
        assert res.returncode == 0, res.stderr
        assert "waiting" not in res.stderr
        assert time.monotonic() - started < 60
        assert _sources(db) == 1


# --- the dashboard's first start ------------------------------------------------------------------------------


@pytest.mark.timeout(180)
def test_the_dashboard_says_a_build_is_running_instead_of_hanging(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from metrics import data

    articles = _one_article_folder(tmp_path)
    db = tmp_path / "db" / "kzvol.duckdb"
    monkeypatch.setenv(data.ENV_DB, str(db))
    monkeypatch.setattr(data, "ARTICLES_DIR", articles)
    monkeypatch.setattr(data, "CURATED_DIR", tmp_path / "no-curated")
    holder = _hold_from_subprocess(db.parent)
    try:
        told: list = []
        assert data.build_if_missing(db, wait=0.5, on_wait=told.append).pid == holder.pid
        assert [h.pid for h in told] == [holder.pid] and data.build_running(db)
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params["lang"] = "ru"
        started = time.monotonic()
        at.run()
        assert time.monotonic() - started < data.FIRST_START_WAIT + 20
        assert not at.exception
        shown = [i.value for i in at.info]
        assert any(s.startswith(f"Идёт сборка базы данных (pid {holder.pid} (python -c") for s in shown), shown
        assert not db.exists()
    finally:
        holder.kill()
        holder.wait()
    assert not data.build_running(db)
    at.run()  # the page looks again (every few seconds by itself): now it builds
    assert not at.exception and db.exists() and _sources(db) == 1

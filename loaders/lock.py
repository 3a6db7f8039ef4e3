"""The database folder's lock, and atomic replacement of the files in it.

Everything that writes into the data folder — `python -m loaders build`, the dashboard's first-start build,
the Add and Review pages (articles, sources.csv, curated CSV files) — takes one lock, the lock of the folder
that holds the database (`data/` for `data/kzvol.duckdb`), and replaces each file atomically:

    from loaders.lock import LockBusy, atomic_write_text, exclusive

    try:
        with exclusive(db_path.parent, wait=10):          # at most 10 s of waiting, then LockBusy
            atomic_write_text(curated_csv, new_text)      # readers see the old file or the new one
            build.run(db_path, ...)                       # re-entrant: run() takes the same lock again
    except LockBusy as busy:
        st.warning(str(busy))                             # who holds it (pid, command) and since when

API
- ``exclusive(folder, wait=60.0, on_wait=None)``: a context manager holding the folder's lock. When another
  process (or another thread of this one) holds it, ``on_wait(holder)`` is called once with a `Holder`
  (pid, command, since) and the call waits at most `wait` seconds (``None``: without limit, 0: not at all),
  then raises `LockBusy`. Re-entrant within one thread: a nested ``exclusive`` on the same folder returns
  at once.
- ``holder(folder)``: the current `Holder`, or None when the folder is free (for a status line).
- ``LockBusy``: ``.holder`` (`Holder`), ``.waited`` (seconds), ``.folder``; ``str()`` is
  "database folder data is locked by pid 4242 (python -m loaders build --workers 2) since 14:03:07;
  waited 60 s".
- ``atomic_write_bytes(path, data)`` / ``atomic_write_text(path, text)``: write a temporary file in the same
  folder, fsync it, ``os.replace`` it over `path`, fsync the folder. A crash leaves the old file or the new
  one, never a mix; a leftover temporary file starts with ``.kzvol-tmp-`` and is removed by the next build.

How the lock works, and why it cannot outlive its holder
The lock is a POSIX record lock (``fcntl.lockf``) on the file ``.kzvol-lock`` in the folder, opened with
O_CLOEXEC. Such a lock belongs to the process: the kernel releases it the moment the process dies (even by
SIGKILL), a forked child does not inherit it, and an exec'd program does not get the descriptor. So a killed
build or a leftover worker process can never keep the folder locked, and a lock left by a dead process is
never waited on. The holder writes its pid, start time, command line and the time it took the lock into the
file (for the message only; the kernel's own record of the holder, F_GETLK, is what counts). The file stays
in the folder between builds on purpose: deleting it while someone holds it would let a second holder in.

POSIX locks are per process, so threads of one process (the dashboard's sessions) are kept apart by a
per-folder re-entrant thread lock taken first.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import struct
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

LOCK_NAME = ".kzvol-lock"
TMP_PREFIX = ".kzvol-tmp-"
POLL_SECONDS = 0.1


@dataclass(frozen=True)
class Holder:
    pid: int
    command: str
    since: dt.datetime | None

    def describe(self) -> str:
        since = f" since {self.since.strftime('%H:%M:%S')}" if self.since else ""
        return f"pid {self.pid} ({self.command or 'unknown command'}){since}"


class LockBusy(Exception):
    """The folder stayed locked by another process (or thread) for longer than the caller would wait."""

    def __init__(self, folder: Path, holder: Holder | None, waited: float) -> None:
        self.folder, self.holder, self.waited = Path(folder), holder, waited
        who = holder.describe() if holder else "another process"
        shown = f"{waited:.0f}" if waited >= 1 else f"{waited:.1f}"
        super().__init__(f"database folder {self.folder} is locked by {who}; waited {shown} s")


# --- in-process part: one re-entrant lock per folder, and what this process's holder looks like -----------

_registry_guard = threading.Lock()
_thread_locks: dict[str, threading.RLock] = {}
_held: dict[str, tuple[int, int, Holder]] = {}  # folder → (fd, depth, holder) while this process holds it


def _key(folder: Path) -> str:
    return str(Path(folder).resolve())


def _thread_lock(key: str) -> threading.RLock:
    with _registry_guard:
        return _thread_locks.setdefault(key, threading.RLock())


def _proc_command(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return ""
    parts = [p.decode("utf-8", "replace") for p in raw.split(b"\0") if p]
    if parts and Path(parts[0]).name.startswith("python") and len(parts) > 1:
        parts[0] = "python"
    return " ".join(" ".join(parts).split())[:200]


def _proc_start(pid: int) -> int | None:
    """The process's start time in clock ticks since boot (field 22 of /proc/PID/stat): a pid with another
    start time is another process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return int(stat.rsplit(")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return None


def _proc_started_at(pid: int) -> dt.datetime | None:
    ticks = _proc_start(pid)
    if ticks is None:
        return None
    try:
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return dt.datetime.now() - dt.timedelta(seconds=uptime - ticks / os.sysconf("SC_CLK_TCK"))


def _kernel_holder_pid(fd: int) -> int | None:
    """The pid the kernel records as holding a write lock on the file (F_GETLK), or None when it is free."""
    try:
        fmt = "hhqqi4x"  # struct flock on Linux/glibc (64-bit off_t)
        arg = struct.pack(fmt, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        res = fcntl.fcntl(fd, fcntl.F_GETLK, arg)
        l_type, _, _, _, pid = struct.unpack(fmt, res)
    except (OSError, struct.error):
        return None
    if l_type == fcntl.F_UNLCK:
        return None
    return pid or None


def _read_holder(fd: int) -> Holder | None:
    """Who holds the lock now, according to the kernel, described with the holder's own record when that
    record is about the same process (pid and start time match), else with /proc."""
    pid = _kernel_holder_pid(fd)
    if pid is None:
        return None
    record: dict = {}
    try:
        record = json.loads(os.pread(fd, 4096, 0).decode("utf-8") or "{}")
    except (OSError, ValueError):
        record = {}
    if record.get("pid") == pid and record.get("start") == _proc_start(pid):
        since = None
        with contextlib.suppress(TypeError, ValueError):
            since = dt.datetime.fromisoformat(record["since"])
        return Holder(pid, record.get("command") or _proc_command(pid), since)
    return Holder(pid, _proc_command(pid), _proc_started_at(pid))


def holder(folder: Path) -> Holder | None:
    """The holder of the folder's lock, or None when nobody holds it (a snapshot: it may change at once)."""
    key = _key(folder)
    mine = _held.get(key)
    if mine is not None:
        return mine[2]
    path = Path(folder) / LOCK_NAME
    if not path.exists():
        return None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        return _read_holder(fd)
    finally:
        os.close(fd)  # safe: this process holds no lock on the file (checked above)


@contextlib.contextmanager
def exclusive(folder: Path, wait: float | None = 60.0,
              on_wait: Callable[[Holder | None], None] | None = None) -> Iterator[Holder]:
    """Hold the folder's lock for the `with` block; see the module docstring."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    key = _key(folder)
    deadline = None if wait is None else time.monotonic() + max(0.0, wait)
    started = time.monotonic()
    tlock = _thread_lock(key)
    told = False

    def tell(who: Holder | None) -> None:
        nonlocal told
        if not told and on_wait is not None:
            told = True
            on_wait(who)

    def remaining() -> float:
        return -1 if deadline is None else max(0.0, deadline - time.monotonic())

    if not tlock.acquire(blocking=False):
        mine = _held.get(key)
        tell(mine[2] if mine else None)
        if not tlock.acquire(timeout=remaining()):
            mine = _held.get(key)
            raise LockBusy(folder, mine[2] if mine else None, time.monotonic() - started)
    try:
        if key in _held:  # re-entered by the thread that holds it
            fd, depth, me = _held[key]
            _held[key] = (fd, depth + 1, me)
            try:
                yield me
            finally:
                fd, depth, me = _held[key]
                _held[key] = (fd, depth - 1, me)
            return
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            while True:
                try:
                    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError:
                    who = _read_holder(fd)
                    tell(who)
                    if deadline is not None and time.monotonic() >= deadline:
                        raise LockBusy(folder, who, time.monotonic() - started) from None
                    time.sleep(POLL_SECONDS if deadline is None else min(POLL_SECONDS, remaining()))
            pid = os.getpid()
            me = Holder(pid, _proc_command(pid), dt.datetime.now().replace(microsecond=0))
            record = {"pid": pid, "start": _proc_start(pid), "command": me.command, "since": me.since.isoformat()}
            blob = json.dumps(record).encode()
            os.ftruncate(fd, 0)
            os.pwrite(fd, blob, 0)
            _held[key] = (fd, 1, me)
            try:
                yield me
            finally:
                del _held[key]
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)
        finally:
            os.close(fd)  # releases the record lock
    finally:
        tlock.release()


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Replace `path` with `data` atomically (temporary file in the same folder, fsync, os.replace)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):  # keep the target's permissions, not mkstemp's 0600
            os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_CLOEXEC)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return path


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Replace `path` with `text` atomically; see atomic_write_bytes."""
    return atomic_write_bytes(path, text.encode(encoding))


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporary files of interrupted atomic writes in `folder` (call it while holding the lock)."""
    removed = []
    for leftover in Path(folder).glob(TMP_PREFIX + "*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


def _forget_after_fork() -> None:
    """A forked child holds none of its parent's locks (POSIX record locks are not inherited)."""
    global _registry_guard
    _registry_guard = threading.Lock()
    _thread_locks.clear()
    _held.clear()


os.register_at_fork(after_in_child=_forget_after_fork)

"""Incremental rebuilds started from the Add and Review pages: in a background thread (the page stays
responsive), one at a time per database, with progress the page polls. The build itself takes the data
folder's lock, so a command-line build and the dashboard never race; the dashboard's file watch then reloads
the new database in every open session."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from metrics import i18n
from metrics.i18n import t


@dataclass
class BuildState:
    done: int = 0
    total: int = 0
    running: bool = False
    error: str | None = None
    report: str | None = None
    articles: int = 0  # articles read and figures found by the last build that succeeded
    figures: int = 0
    again: bool = False  # another save arrived while building: build once more at the end
    started: float = field(default_factory=time.monotonic)
    thread: threading.Thread | None = None


_states: dict[str, BuildState] = {}
_guard = threading.Lock()
# Session flags: this session started (or saw) a rebuild not yet reported; the last one it saw is done.
PENDING, DONE = "_rebuild_pending", "_rebuild_done"


def folders(db_path: str | Path) -> tuple[Path, Path, Path]:
    """(articles, curated, cache) folders beside the database file (data/ for data/kzvol.duckdb)."""
    base = Path(db_path).parent
    return base / "articles", base / "curated", base / "cache"


def state(db_path: str | Path) -> BuildState:
    with _guard:
        return _states.setdefault(str(db_path), BuildState())


def start(db_path: str | Path) -> BuildState:
    """Start a background rebuild (or ask the running one to build once more)."""
    s = state(db_path)
    with _guard:
        if s.running:
            s.again = True
            return s
        s.running, s.error, s.report, s.done, s.total, s.again = True, None, None, 0, 0, False
        s.started = time.monotonic()
        s.thread = threading.Thread(target=_run, args=(str(db_path), s), daemon=True, name="kzvol-rebuild")
        s.thread.start()
    _note_started()
    return s


def _note_started() -> None:
    """Remember in the session that a rebuild is on its way, so the panel reports its end even when it
    finished before the panel looked (a small incremental build takes well under its polling second)."""
    try:
        st.session_state[PENDING] = True
        st.session_state.pop(DONE, None)
    except Exception:  # no Streamlit session (a script or a test calling start() directly)
        pass


def _run(db_path: str, s: BuildState) -> None:
    from loaders.build import run

    articles, curated, cache = folders(db_path)
    while True:
        def progress(done: int, total: int, name: str) -> None:
            s.done, s.total = done, total

        try:
            report = run(Path(db_path), articles, curated, progress, workers=1, cache_dir=cache, wait=120)
            s.report, s.error = report.render(), None
            s.articles, s.figures = report.articles_read, report.figures
        except Exception as exc:  # the reason is shown on the page; the previous database stays
            s.error = f"{type(exc).__name__}: {exc}"
        with _guard:
            if not s.again:
                s.running = False
                return
            s.again = False


def wait(db_path: str | Path, timeout: float = 120.0) -> BuildState:
    """Block until the rebuild is done (tests)."""
    s = state(db_path)
    deadline = time.monotonic() + timeout
    while s.running and time.monotonic() < deadline:
        time.sleep(0.05)
    return s


@st.fragment(run_every=1.0)
def progress_panel(db_path: str, lang: str) -> None:
    """A progress bar while a rebuild runs; then "Database rebuilt: n articles, m figures." (kept until the next
    rebuild, after a rerun of the whole page so every part of it shows the new data), or the build's error."""
    s = state(db_path)
    if s.running:
        share = s.done / s.total if s.total else 0.0
        st.progress(min(1.0, share), text=t("rebuilding", lang, done=s.done, total=s.total or "?"))
        st.session_state[PENDING] = True
    elif st.session_state.pop(PENDING, False):
        st.session_state[DONE] = s.error is None
        st.rerun(scope="app")
    elif s.error:
        st.error(t("rebuild_failed", lang, msg=s.error))
    elif st.session_state.get(DONE):
        st.success(t("rebuild_done", lang, n=i18n.fmt_number(s.articles, lang, compact=False),
                     f=i18n.fmt_number(s.figures, lang, compact=False)))

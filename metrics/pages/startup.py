"""The database behind the page: built on first start when missing, watched for rebuilds."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from metrics import data
from metrics.i18n import t

BUILD_POLL_SECONDS = 3  # while another build runs, the page looks again this often


def ensure_database(path: Path, lang: str) -> None:
    """Build the database with a progress bar when it is missing; stop the page with a message on failure.
    When another build holds the database folder, say so (who, since when) and look again every few seconds
    instead of hanging (issue 10)."""
    if path.exists():
        return
    note = st.empty()
    bar = None

    def on_wait(holder) -> None:
        note.info(t("build_running", lang, who=holder.describe() if holder else ""))

    def progress(done: int, total: int, name: str) -> None:
        nonlocal bar
        if bar is None:
            note.empty()
            bar = st.progress(0.0, text=t("building_db", lang))
        bar.progress(min(1.0, done / total) if total else 1.0, text=f"{t('building_db', lang)} {name}")

    try:
        busy = data.build_if_missing(path, progress=progress, on_wait=on_wait)
    except ImportError:
        st.error(t("db_missing", lang, path=path))
        st.stop()
    except Exception as exc:  # show the reason, not a traceback
        if bar is not None:
            bar.empty()
        st.error(t("build_failed", lang, msg=f"{type(exc).__name__}: {exc}"))
        st.stop()
    if busy is not None:
        note.info(t("build_running", lang, who=busy.describe()))
        _wait_for_build(str(path))
        st.stop()
    note.empty()
    if bar is not None:
        bar.empty()


@st.fragment(run_every=BUILD_POLL_SECONDS)
def _wait_for_build(path: str) -> None:
    """Rerun the page when the other build is done (the database is there, or the folder is free again)."""
    if Path(path).exists() or not data.build_running(Path(path)):
        st.rerun(scope="app")


WATCH_SECONDS = 10


@st.fragment(run_every=WATCH_SECONDS)
def watch_database(path: str, shown: data.DbVersion) -> None:
    """Every few seconds, a stat() of the database file: when a build replaced it, rerun the whole page so an
    idle dashboard shows the new data too (the rerun closes the old connection and reloads)."""
    if data.db_version(Path(path)) not in (shown, None):
        st.rerun(scope="app")


def note_reload(version: data.DbVersion, lang: str) -> None:
    """Tell the user when the file was rebuilt since their last rerun (the data was reloaded)."""
    seen = st.session_state.get("_db_version")
    if seen is not None and seen != version:
        st.toast(t("db_reloaded", lang))
    st.session_state["_db_version"] = version


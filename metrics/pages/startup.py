"""The database behind the page: built on first start when missing, watched for rebuilds."""

from __future__ import annotations

import threading
from pathlib import Path

import streamlit as st

from metrics import data
from metrics.i18n import t

_BUILD_LOCK = threading.Lock()


def ensure_database(path: Path, lang: str) -> None:
    """Build the database with a progress bar when it is missing; stop the page with a message on failure."""
    if path.exists():
        return
    with _BUILD_LOCK:  # two sessions opening at once must not build twice
        if path.exists():
            return
        try:
            from loaders.build import build_database  # lazy: heavy imports only when a build is needed
        except ImportError:
            st.error(t("db_missing", lang, path=path))
            st.stop()
        bar = st.progress(0.0, text=t("building_db", lang))

        def progress(done: int, total: int, name: str) -> None:
            bar.progress(min(1.0, done / total) if total else 1.0, text=f"{t('building_db', lang)} {name}")

        try:
            build_database(
                path,
                data.ARTICLES_DIR,
                data.CURATED_DIR if data.CURATED_DIR.exists() else None,
                progress=progress,
            )
        except Exception as exc:  # show the reason, not a traceback
            bar.empty()
            st.error(t("build_failed", lang, msg=f"{type(exc).__name__}: {exc}"))
            st.stop()
        bar.empty()


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


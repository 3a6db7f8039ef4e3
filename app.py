"""kz-volunteer-metrics dashboard: layout and navigation only.

Run with `streamlit run app.py`. The database is data/kzvol.duckdb, or the file named by the KZVOL_DB
environment variable; it is built from data/articles/ on first start when missing. Pages (one module
each), caches and view state live in metrics/pages/; data access, growth maths and figures in the other
metrics/ modules.
"""

from __future__ import annotations

import streamlit as st

from metrics import data, i18n, pages, state
from metrics.i18n import t
from metrics.pages import startup, view_state, widgets

st.set_page_config(page_title="kz-volunteer-metrics", page_icon="🤝", layout="wide")

# The language is needed before the database exists (for the build's progress text), so read it first.
boot_lang = st.session_state.get("v_lang") or i18n.normalize_lang(st.query_params.get("lang"))
path = data.db_path()
startup.ensure_database(path, boot_lang)
version = data.db_version(path)
if version is None:  # deleted between the check and now; the next rerun rebuilds it
    st.error(t("db_missing", boot_lang, path=path))
    st.stop()

notices = view_state.init_state(str(path), version)
widgets.page_style()

# 0/ Header: title, page switcher and language, visible on phones too (the sidebar is hidden there).
head, lang_col = st.columns([5, 1], vertical_alignment="bottom")
with lang_col:
    lang = view_state.bound_widget(
        "lang",
        st.selectbox,
        "🌐",
        list(i18n.LANGS),
        format_func=lambda code: i18n.LANG_NAMES[code],
        label_visibility="collapsed",
        on_change=view_state.relabel_widgets,
    )
with head:
    st.header(t("app_title", lang), anchor=False)
page = view_state.bound_widget(
    "page",
    st.radio,
    t("page", lang),
    list(state.visible_pages()),  # issue 12: KZVOL_READONLY=1 hides Add and Review
    horizontal=True,
    format_func=lambda p: t(f"page_{p}", lang),
    label_visibility="collapsed",
)

view_state.show_notices(notices, lang)
startup.note_reload(version, lang)
startup.watch_database(str(path), version)

# 1/ The page itself.
pages.PAGES[page](pages.Ctx(path=str(path), version=version, lang=lang))

# 2/ The URL mirrors the view, so a copied link reproduces it.
view_state.write_query_params()

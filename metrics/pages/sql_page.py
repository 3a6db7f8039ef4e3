"""SQL: read-only queries against the database through metrics.sql's guard."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from metrics import export, i18n
from metrics.i18n import t
from metrics.pages.widgets import Ctx, section

EXAMPLE_QUERIES: dict[str, str] = {
    "ex_latest": """-- Latest value of every metric, with its source
SELECT m.label_{lang} AS metric, l.area, l.period_end, l.value, l.qualifier, l.unit, l.outlet, l.published,
       l.n_sources
FROM latest l JOIN metrics m USING (metric_id)
ORDER BY m.topic, metric, l.area""",
    "ex_growth": """-- First and last figure per metric: x-fold and CAGR over the exact number of days
SELECT metric_id, area,
       min(period_end) AS first_date, arg_min(value, period_end) AS first_value,
       max(period_end) AS last_date, arg_max(value, period_end) AS last_value,
       round(arg_max(value, period_end) / arg_min(value, period_end), 2) AS x_fold,
       round(100 * (pow(arg_max(value, period_end) / arg_min(value, period_end),
                        365.25 / date_diff('day', min(period_end), max(period_end))) - 1), 1) AS cagr_pct
FROM series
GROUP BY metric_id, area
HAVING count(*) > 1
ORDER BY metric_id, area""",
    "ex_per_source": """-- How many figures each article gave
SELECT s.outlet, s.title, s.published, s.date_basis,
       count(o.obs_id) FILTER (WHERE o.status = 'accepted') AS accepted,
       count(o.obs_id) FILTER (WHERE o.status = 'candidate') AS candidates,
       count(o.obs_id) FILTER (WHERE o.status = 'rejected') AS rejected
FROM sources s LEFT JOIN observations o USING (source_id)
GROUP BY ALL
ORDER BY accepted DESC, s.published DESC""",
}


def _load_example() -> None:
    key = st.session_state.get("sql_example")
    lang = st.session_state.get("v_lang", i18n.DEFAULT_LANG)
    if key in EXAMPLE_QUERIES:
        st.session_state["sql_text"] = EXAMPLE_QUERIES[key].replace("{lang}", lang)


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    section(t("page_sql", lang))
    st.caption(t("sql_intro", lang))
    try:
        from metrics import sql as sql_guard  # written separately; imported lazily so this page degrades
    except ImportError:
        st.info(t("sql_unavailable", lang))
        return
    if "sql_text" not in st.session_state:
        st.session_state["sql_text"] = EXAMPLE_QUERIES["ex_latest"].replace("{lang}", lang)
    st.selectbox(
        t("example_query", lang),
        list(EXAMPLE_QUERIES),
        key="sql_example",
        format_func=lambda k: t(k, lang),
        on_change=_load_example,
    )
    query = st.text_area(t("query", lang), key="sql_text", height=180)
    if st.button(t("run_query", lang), key="sql_run", type="primary", icon=":material/play_arrow:"):
        st.session_state["sql_result"] = run_query(ctx.path, query, sql_guard)
    result = st.session_state.get("sql_result")
    if result is None:
        return
    kind, payload = result
    if kind == "rejected":
        st.error(t("query_rejected", lang, msg=payload), icon="🚫")
    elif kind == "failed":
        st.error(t("query_failed", lang, msg=payload))
    else:
        df: pd.DataFrame = payload
        if df.attrs.get("truncated"):
            st.warning(t("truncated", lang, n=i18n.fmt_number(len(df), lang)))
        st.caption(i18n.tn("rows_shown", lang, len(df)))
        st.dataframe(df, hide_index=True, width="stretch")
        st.download_button(
            t("download_csv", lang),
            export.csv_bytes(df),
            file_name="query.csv",
            mime="text/csv",
            key="sql_csv",
            on_click="ignore",
            icon=":material/table:",
        )


def run_query(path: str, query: str, sql_guard: object) -> tuple[str, object]:
    """Run through metrics.sql; returns ("ok", df), ("rejected", message) or ("failed", message)."""
    try:
        return "ok", sql_guard.run_readonly_query(path, query)
    except sql_guard.QueryRejected as exc:
        return "rejected", str(exc)
    except Exception as exc:  # any other DuckDB error: a message, not a traceback
        return "failed", f"{type(exc).__name__}: {exc}"


"""SQL: read-only queries against the database through metrics.sql's guard."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from metrics import export, i18n
from metrics.i18n import t
from metrics.pages.view_state import bound_widget
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


def example_sql(key: str, lang: str) -> str:
    """An example query in the interface's language: its leading comment translated (strings
    `<key>_comment`) and the metric labels of that language (`label_ru`)."""
    _, _, rest = EXAMPLE_QUERIES[key].partition("\n")  # the English comment line is replaced
    return f"-- {t(f'{key}_comment', lang)}\n{rest}".replace("{lang}", lang)


def _follow_language(lang: str) -> None:
    """An example still as loaded follows a language switch (Russian comment, label_ru); an edited query
    stays as the user wrote it."""
    key = st.session_state.get("v_sql_example")
    text = st.session_state.get("sql_text")
    if key in EXAMPLE_QUERIES and text != example_sql(key, lang):
        if any(text == example_sql(key, other) for other in i18n.LANGS):
            st.session_state["sql_text"] = example_sql(key, lang)


MAX_HISTORY = 15  # queries remembered per session
SCHEMA_SQL = """SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS "type",
       coalesce(c.comment, '') AS "comment"
FROM duckdb_columns() c
WHERE NOT c.internal AND c.schema_name = 'main' AND c.table_name NOT LIKE '%\\_materialized' ESCAPE '\\'
ORDER BY c.table_name, c.column_index"""


def _load_example() -> None:
    key = st.session_state.get("sql_example")
    lang = st.session_state.get("v_lang", i18n.DEFAULT_LANG)
    if key in EXAMPLE_QUERIES:
        st.session_state["sql_text"] = example_sql(key, lang)
        st.session_state["v_sql_example"] = key


def _query_edited() -> None:
    """Once the query is edited it is no longer the example: clear the example's name."""
    lang = st.session_state.get("v_lang", i18n.DEFAULT_LANG)
    key = st.session_state.get("v_sql_example")
    if key in EXAMPLE_QUERIES and st.session_state.get("sql_text") != example_sql(key, lang):
        st.session_state["v_sql_example"] = None
        st.session_state["sql_example"] = None


def _load_from_history(text: str) -> None:
    st.session_state["sql_text"] = text
    _query_edited()


def iso_dates(df: pd.DataFrame) -> pd.DataFrame:
    """Date columns as ISO dates ("2025-12-31", not "2025-12-31 00:00:00"); times kept where they exist."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            values = out[col]
            no_time = values.dropna().eq(values.dropna().dt.normalize()).all()
            text = values.dt.strftime("%Y-%m-%d" if no_time else "%Y-%m-%d %H:%M:%S")
            out[col] = pd.Series([v if ok else None for v, ok in zip(text, values.notna(), strict=True)],
                                 index=out.index, dtype=object)
    return out


# A monospace editor and error text: a syntax error's "^" must sit under the character it points at.
_MONO_CSS = """<style>
.st-key-sql_text textarea { font-family: "Source Code Pro", "DejaVu Sans Mono", monospace; font-size: 0.9rem; }
</style>"""


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    section(t("page_sql", lang))
    st.caption(t("sql_intro", lang))
    try:
        from metrics import sql as sql_guard  # written separately; imported lazily so this page degrades
    except ImportError:
        st.info(t("sql_unavailable", lang))
        return
    st.html(_MONO_CSS)
    schema = _cached_schema(ctx.path, ctx.version, sql_guard)
    if schema is not None:
        with st.expander(t("schema", lang), icon=":material/table_chart:"):
            tables = list(dict.fromkeys(schema["table"]))
            st.caption(t("schema_intro", lang, tables=", ".join(tables)))
            st.dataframe(schema, hide_index=True, width="stretch", height=320)
    if "sql_text" not in st.session_state:
        st.session_state["sql_text"] = example_sql("ex_latest", lang)
    _follow_language(lang)
    bound_widget(
        "sql_example",
        st.selectbox,
        t("example_query", lang),
        list(EXAMPLE_QUERIES),
        key="sql_example",
        default="ex_latest",
        index=None,
        placeholder=t("example_none", lang),
        format_func=lambda k: t(k, lang),
        on_change=_load_example,
    )
    query = st.text_area(t("query", lang), key="sql_text", height=180, on_change=_query_edited)
    if st.button(t("run_query", lang), key="sql_run", type="primary", icon=":material/play_arrow:"):
        result = run_query(ctx.path, query, sql_guard)
        st.session_state["sql_result"] = result
        history = [h for h in st.session_state.get("sql_history", []) if h[0] != query]
        n = len(result[1]) if result[0] == "ok" else None
        st.session_state["sql_history"] = [(query, result[0], n), *history][:MAX_HISTORY]
    _history(lang)
    result = st.session_state.get("sql_result")
    if result is None:
        return
    kind, payload = result
    if kind in ("rejected", "failed"):
        head, _, detail = refusal_text(payload, lang).partition("\n")
        if kind == "rejected":
            st.error(t("query_rejected", lang, msg=head), icon="🚫")
        else:
            st.error(t("query_failed", lang, msg=head))
        if detail.strip():
            st.code(detail.strip("\n"), language=None, wrap_lines=False)
    else:
        df = iso_dates(payload)
        if payload.attrs.get("truncated"):
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


def _history(lang: str) -> None:
    """The session's queries, newest first; a click puts one back into the editor."""
    history = st.session_state.get("sql_history") or []
    if not history:
        return
    with st.expander(t("query_history", lang, n=len(history)), icon=":material/history:"):
        for i, (text, kind, n) in enumerate(history):
            outcome = i18n.tn("rows_shown", lang, n) if kind == "ok" else t(f"history_{kind}", lang)
            left, right = st.columns([6, 1], vertical_alignment="center")
            with left:
                st.code(text, language="sql", wrap_lines=True)
            with right:
                st.caption(outcome)
                st.button(t("history_load", lang), key=f"sql_hist_{i}", on_click=_load_from_history, args=(text,))


@st.cache_data(show_spinner=False, max_entries=8)
def _cached_schema(path: str, version: object, _sql_guard: object) -> pd.DataFrame | None:
    return schema_frame_for(path, _sql_guard)


def schema_frame_for(path: str, sql_guard: object) -> pd.DataFrame | None:
    kind, payload = run_query(path, SCHEMA_SQL, sql_guard)
    return payload if kind == "ok" and "table" in getattr(payload, "columns", ()) else None


def run_query(path: str, query: str, sql_guard: object) -> tuple[str, object]:
    """Run through metrics.sql; returns ("ok", df), ("rejected", QueryRejected) or ("failed", message)."""
    try:
        return "ok", sql_guard.run_readonly_query(path, query)
    except sql_guard.QueryRejected as exc:  # kept whole: the page says it in the language of the moment
        return "rejected", exc
    except Exception as exc:  # any other DuckDB error: a message, not a traceback
        return "failed", f"{type(exc).__name__}: {exc}"



# Refusals whose detail is DuckDB's own text: introduced by "DuckDB's message:" in the reader's language.
_DUCKDB_DETAIL = frozenset({"outside_access", "out_of_memory", "read_only", "parse", "duckdb_failed", "unchecked"})


def refusal_text(payload: object, lang: str) -> str:
    """A refused query in the reader's language: our sentence (strings.toml `sql_<code>`, numbers formatted
    for the language), then DuckDB's own text as it is. A message without a known code (another guard, a
    failure) is shown as it is, in English."""
    code = getattr(payload, "code", "")
    if not code or f"sql_{code}" not in i18n.STRINGS:
        return str(payload)
    params = {
        name: i18n.fmt_number(value, lang, compact=False)
        if isinstance(value, int | float) and not isinstance(value, bool) else value
        for name, value in (getattr(payload, "params", None) or {}).items()
    }
    text = t(f"sql_{code}", lang, **params)
    detail = str(getattr(payload, "detail", "") or "")
    if detail:
        intro = f" {t('sql_duckdb_says', lang)}" if code in _DUCKDB_DETAIL else ""
        text = f"{text}{intro} {detail}"
    return text

"""Streamlit rendering of the dashboard's pages, on top of the plain functions of metrics/.

This is the only module besides app.py that calls Streamlit. It holds
- the caches: one read-only database handle per file (st.cache_resource, closed on release) and every
  query result and figure in st.cache_data keyed by the database version (mtime, size, inode), so a
  rerun recomputes nothing unless the file was rebuilt;
- the view state: URL parameters → session state → widgets → URL parameters;
- one `render_<page>` function per page.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from metrics import data, export, figures, growth, i18n, state
from metrics.i18n import t

# ---------------------------------------------------------------------------------------------------------
# 0/ Context passed to every page
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ctx:
    path: str
    version: data.DbVersion
    lang: str


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


DATA_PAGE_ROWS = 1000  # rows of observations shown at once on the Data page
SOURCES_PAGE_ROWS = 500  # articles listed at once on the Sources page
DOWNLOAD_MAX_ROWS = 200_000  # rows in a Data page download (Streamlit holds the file in memory)
MAX_STATED_MULTIPLES = 20  # stated multiples listed under the explore chart (the latest ones)

# Interface strings of the paging and large-data notices (kept here until they move to metrics/i18n.py).


# ---------------------------------------------------------------------------------------------------------
# 1/ Caches
# ---------------------------------------------------------------------------------------------------------


@st.cache_resource(show_spinner=False, on_release=lambda db: db.close())
def get_db(path: str) -> data.ReadOnlyDatabase:
    """One handle per file for the whole server; it reconnects (closing first) when the file changes."""
    return data.ReadOnlyDatabase(Path(path))


# The `version` argument is unused in the bodies on purpose: it is part of the cache key, so a rebuilt
# file gives new keys and unchanged files hit the cache. Every query asks for what one view shows (a few
# metrics in one area, one page of observations or articles), never for a whole table: at a million
# observations a whole table takes seconds to load and hundreds of MB to cache.
@st.cache_data(show_spinner=False, max_entries=8)
def cached_series_index(path: str, version: data.DbVersion) -> pd.DataFrame:
    """metric_id, area, n_points, n_markers of every pair in the series view (menus, URL validation)."""
    return data.load_series_index(get_db(path))


@st.cache_data(show_spinner=False, max_entries=8)
def cached_catalog(path: str, version: data.DbVersion) -> pd.DataFrame:
    return data.load_catalog(get_db(path))


@st.cache_data(show_spinner=False, max_entries=64)
def cached_points(path: str, version: data.DbVersion, metric_ids: tuple[str, ...], area: str) -> pd.DataFrame:
    """Series points of some metrics in one area, without their sources lists (KPIs, growth tables)."""
    return data.load_series(get_db(path), metric_ids, [area], sources=False)


@st.cache_data(show_spinner=False, max_entries=64)
def cached_ratios(path: str, version: data.DbVersion, metric_ids: tuple[str, ...], area: str) -> pd.DataFrame:
    return data.load_ratios(get_db(path), metric_ids, [area])


@st.cache_data(show_spinner=False, max_entries=64)
def cached_growth_points(
    path: str, version: data.DbVersion, metric_id: str, area: str, lang: str
) -> tuple[pd.DataFrame, list[str]]:
    """The points of one metric in one area by date, and their labels for the growth table's menus."""
    series = cached_points(path, version, (metric_id,), area)
    pts = series[(series["metric_id"] == metric_id) & (series["area"] == area)].sort_values("period_end")
    pts = pts.reset_index(drop=True)
    return pts, [_point_label(row, lang) for _, row in pts.iterrows()]


@st.cache_data(show_spinner=False, max_entries=64)
def cached_stated_multiples(
    path: str, version: data.DbVersion, metric_ids: tuple[str, ...], area: str
) -> tuple[list[growth.StatedMultiple], int]:
    """Stated multiples of the metrics in the area against their figures: the MAX_STATED_MULTIPLES latest
    (by period end) in their usual order, and how many there are in all."""
    ratios = cached_ratios(path, version, metric_ids, area)
    shown = ratios
    if len(ratios) > MAX_STATED_MULTIPLES:
        latest = ratios.sort_values(["period_end", "obs_id"], kind="stable").tail(MAX_STATED_MULTIPLES)
        shown = ratios.loc[sorted(latest.index)]
    series = cached_points(path, version, metric_ids, area)
    return growth.stated_multiples(shown, series), len(ratios)


@st.cache_data(show_spinner=False, max_entries=8)
def cached_obs_metric_ids(path: str, version: data.DbVersion) -> list[str]:
    return data.observation_metric_ids(get_db(path))


@st.cache_data(show_spinner=False, max_entries=64)
def cached_obs_page(
    path: str, version: data.DbVersion, f: data.ObsFilter, order: str, offset: int
) -> tuple[pd.DataFrame, int]:
    return data.observations_page(get_db(path), f, order=order, limit=DATA_PAGE_ROWS, offset=offset)


@st.cache_data(show_spinner=False, max_entries=32)
def cached_sources(path: str, version: data.DbVersion, search: str, offset: int) -> tuple[pd.DataFrame, int]:
    db = get_db(path)
    return data.load_sources(db, search, limit=SOURCES_PAGE_ROWS, offset=offset), data.count_sources(db, search)


@st.cache_data(show_spinner=False, max_entries=64)
def cached_article(path: str, version: data.DbVersion, source_id: str) -> tuple[str, pd.DataFrame]:
    return data.load_article(get_db(path), source_id)


@st.cache_data(show_spinner=False, max_entries=128)
def cached_chart(
    path: str,
    version: data.DbVersion,
    metric_ids: tuple[str, ...],
    area: str,
    lang: str,
    scale: str,
    index: bool,
    title: str | None,
) -> tuple[figures.Chart, int]:
    """The chart and how many further sources it leaves undrawn (0 unless the series is very large)."""
    selected, others = data.load_chart_series(
        get_db(path), metric_ids, area, hover_sources=figures.MAX_SOURCES_IN_HOVER
    )
    chart = figures.series_chart(
        selected, cached_catalog(path, version), lang, title=title, scale=scale, index=index, order=metric_ids,
        others=others,
    )
    undrawn = 0 if others or selected.empty else int(selected["n_sources"].sum()) - len(selected)
    return chart, undrawn


@st.cache_data(show_spinner=False, max_entries=32)
def cached_png(
    path: str,
    version: data.DbVersion,
    metric_ids: tuple[str, ...],
    area: str,
    lang: str,
    scale: str,
    index: bool,
    title: str | None,
) -> bytes:
    chart, _ = cached_chart(path, version, metric_ids, area, lang, scale, index, title)
    return export.figure_png(chart.figure)


@st.cache_resource(show_spinner=False)
def png_unavailable_reason() -> str | None:
    return export.png_unavailable_reason()


def section(title: str) -> None:
    """A section heading one size below st.subheader: the large default wraps badly on phones."""
    st.markdown(f"#### {_md_escape(title)}")


def labels_for(ctx: Ctx) -> dict[str, str]:
    return figures.metric_labels(cached_catalog(ctx.path, ctx.version), ctx.lang)


# ---------------------------------------------------------------------------------------------------------
# 2/ View state: URL ⇄ session ⇄ widgets
# ---------------------------------------------------------------------------------------------------------
# Canonical values live under "v_*" keys. Widgets use "w_*" keys, initialised from the canonical value
# when they are (re)created: Streamlit forgets a widget's state on runs where it is not drawn, so the
# chosen metrics would otherwise be lost when the user visits another page and comes back.

STATE_FIELDS = ("page", "lang", "metrics", "area", "scale", "index")


def init_state(path: str, version: data.DbVersion) -> list[state.Notice]:
    """On a session's first run, read the view from the URL; return notices about invalid parameters."""
    if "v_page" in st.session_state:
        return []
    index = cached_series_index(path, version)
    view, notices = state.parse_params(
        st.query_params.to_dict(),
        metrics_available=sorted(index["metric_id"].unique()),
        areas_available=sorted(index["area"].dropna().unique()),
    )
    for name in STATE_FIELDS:
        st.session_state[f"v_{name}"] = getattr(view, name)
    return notices


def current_view() -> state.ViewState:
    return state.ViewState(**{name: st.session_state[f"v_{name}"] for name in STATE_FIELDS})


def bound_widget(name: str, factory: Callable[..., object], *args: object, **kwargs: object) -> object:
    """Draw a widget bound to the canonical value `v_<name>` and copy its value back."""
    key = f"w_{name}"
    if key not in st.session_state:
        st.session_state[key] = st.session_state[f"v_{name}"]
    value = factory(*args, key=key, **kwargs)
    st.session_state[f"v_{name}"] = value
    return value


def write_query_params() -> None:
    """Mirror the view into the URL (only when it changed: each write is a browser history update)."""
    wanted = state.to_params(current_view())
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)


def show_notices(notices: list[state.Notice], lang: str) -> None:
    for notice in notices:
        st.warning(t("invalid_param", lang, name=notice.name, value=notice.value), icon="⚠️")


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


# ---------------------------------------------------------------------------------------------------------
# 3/ Shared pieces
# ---------------------------------------------------------------------------------------------------------


def show_chart(
    ctx: Ctx,
    key: str,
    metric_ids: tuple[str, ...],
    area: str,
    *,
    title: str | None = None,
    scale: str = "linear",
    index: bool = False,
) -> figures.Chart | None:
    """A chart with its modebar PNG name, a server-side PNG download and a CSV of the rows drawn."""
    args = (ctx.path, ctx.version, metric_ids, area, ctx.lang, scale, index, title)
    chart, undrawn = cached_chart(*args)
    if chart.rows.empty:
        st.info(t("no_data", ctx.lang))
        return None
    st.plotly_chart(
        chart.figure,
        key=key,
        theme=None,
        config=figures.plotly_config(chart),
        alt=f"{chart.figure.layout.title.text}",
    )
    left, right, _ = st.columns([1, 1, 3])
    reason = png_unavailable_reason()
    with left:
        if reason is None:
            st.download_button(
                t("download_png", ctx.lang),
                data=lambda: cached_png(*args),
                file_name=f"{chart.filename}.png",
                mime="image/png",
                key=f"{key}_png",
                on_click="ignore",
                icon=":material/image:",
            )
    with right:
        st.download_button(
            t("download_csv", ctx.lang),
            data=lambda: export.csv_bytes(figures.rows_for_csv(chart)),  # built when clicked
            file_name=f"{chart.filename}.csv",
            mime="text/csv",
            key=f"{key}_csv",
            on_click="ignore",
            icon=":material/table:",
        )
    if undrawn:
        st.caption(t("rings_omitted", ctx.lang, n=i18n.fmt_number(undrawn, ctx.lang, compact=False)))
    if reason is not None:
        st.caption(t("png_unavailable", ctx.lang, reason=reason))
    return chart


def kpi_card(ctx: Ctx, metric_id: str, series: pd.DataFrame, labels: dict[str, str]) -> None:
    """Latest value with qualifier ("800+"), its date, change from the previous figure, growth since first."""
    pts = series[(series["metric_id"] == metric_id) & (series["area"] == state.DEFAULT_AREA)]
    k = growth.kpi(pts)
    if k is None:
        return
    lang = ctx.lang
    unit = i18n.unit_label(pts["unit"].iloc[0], lang)
    value = i18n.fmt_value(k.latest_value, k.latest_qualifier, lang)
    delta = None
    if k.previous is not None:
        delta = (
            f"{i18n.fmt_signed(k.previous.abs_change, lang)} "
            f"({i18n.fmt_percent(k.previous.pct_change, lang)}{_bound_note(k.previous.qualifier, lang)}) "
            f"{t('vs_previous', lang, date=i18n.fmt_date(k.previous.start_date, lang))}"
        )
    ordered = pts.sort_values("period_end")
    latest, first = ordered.iloc[-1], ordered.iloc[0]
    # The tooltip is rendered as Markdown, so the article's sentence is escaped to stay plain text.
    help_text = _md_escape(
        f"{latest['outlet'] or '–'}, {_fmt_day(latest['published'], lang)}: "
        f"«{' '.join(str(latest['quote'] or '').split())}»"
    )
    changed = k.previous is not None and k.previous.abs_change != 0
    st.metric(
        labels.get(metric_id, metric_id),
        value,
        delta=delta,
        border=True,
        help=help_text,
        # No colour or arrow when nothing changed (20 offices then and now).
        delta_color="normal" if changed else "off",
        delta_arrow="auto" if changed else "off",
    )
    notes = [f"{unit} · {_period_label(latest, lang)}"]
    if k.since_first is not None and k.since_first.x_fold is not None:
        fold = i18n.fmt_number(k.since_first.x_fold, lang) + _bound_note(
            k.since_first.qualifier, lang, parenthesised=True
        )
        notes.append(t("fold_since_first", lang, fold=fold, date=_period_label(first, lang)))
        if k.since_first.cagr is not None:
            notes.append(t("cagr_short", lang, cagr=i18n.fmt_percent(k.since_first.cagr, lang)))
    st.caption(" · ".join(notes))


def _period_label(row: pd.Series, lang: str) -> str:
    return i18n.fmt_period(row["period_start"], row["period_end"], row["period_kind"], lang)


def _bound_note(qualifier: str, lang: str, *, parenthesised: bool = False) -> str:
    """ ", at least" / " (at least)" after a number derived from a bound, so it never reads as exact."""
    if qualifier == "exact":
        return ""
    label = i18n.qualifier_label(qualifier, lang)
    return f" ({label})" if parenthesised else f", {label}"


def kpi_row(
    ctx: Ctx, metric_ids: list[str], series: pd.DataFrame, labels: dict[str, str], available: set[str]
) -> None:
    """KPI cards of the metrics that have a series in any area (`available`); `series` holds their points in
    the default area."""
    present = [m for m in metric_ids if m in available]
    if not present:
        return
    for col, metric_id in zip(st.columns(len(present)), present, strict=True):
        with col:
            kpi_card(ctx, metric_id, series, labels)


# ---------------------------------------------------------------------------------------------------------
# 4/ Pages
# ---------------------------------------------------------------------------------------------------------

HEADLINE_METRICS = [
    "volunteers_total",
    "volunteer_organizations",
    "qazvolunteer_platform_users",
    "regional_front_offices",
]
BLOOD_METRICS = [
    "blood_donors_per_year",
    "blood_donations_per_year",
    "transfusions_per_year",
    "transfusion_recipients_per_year",
    "blood_collected_liters",
]


def render_overview(ctx: Ctx) -> None:
    lang = ctx.lang
    section(t("overview_question", lang))
    st.caption(t("overview_intro", lang))
    index = cached_series_index(ctx.path, ctx.version)
    available = set(index["metric_id"])
    # Only the headline and blood metrics, in the default area, without their sources lists.
    series = cached_points(ctx.path, ctx.version, tuple(HEADLINE_METRICS + BLOOD_METRICS), state.DEFAULT_AREA)
    labels = labels_for(ctx)
    kpi_row(ctx, HEADLINE_METRICS[:2], series, labels, available)
    kpi_row(ctx, HEADLINE_METRICS[2:], series, labels, available)
    in_area = index[index["area"] == state.DEFAULT_AREA]
    counts = dict(zip(in_area["metric_id"], in_area["n_points"], strict=True))
    show_chart(
        ctx,
        "overview_chart",
        tuple(HEADLINE_METRICS[:2]),
        state.DEFAULT_AREA,
        title=t("growth_chart_title", lang),
    )
    blood = [m for m in BLOOD_METRICS if m in available]
    if blood:
        section(t("blood_group", lang))
        kpi_row(ctx, blood[:4], series, labels, available)
        # A chart of single dots says nothing the cards do not; draw only metrics with a trend.
        trend = [m for m in blood if counts.get(m, 0) >= 2]
        # The overview is read at a glance: beyond MAX_CHART_MARKERS points on the page the second chart waits
        # for a click, so the browser draws the main chart first (thousands of SVG markers take seconds).
        n_points = sum(counts.get(m, 0) for m in (*HEADLINE_METRICS[:2], *trend[:4]))
        if trend and n_points > data.MAX_CHART_MARKERS and not st.session_state.get("blood_chart_wanted"):
            n_blood = sum(counts.get(m, 0) for m in trend[:4])
            st.caption(t("chart_deferred", lang, n=i18n.fmt_number(n_blood, lang, compact=False)))
            if st.button(t("draw_chart", lang), key="blood_chart_draw", icon=":material/show_chart:"):
                st.session_state["blood_chart_wanted"] = True
                st.rerun()
        elif trend:
            show_chart(ctx, "blood_chart", tuple(trend[:4]), state.DEFAULT_AREA, title=t("blood_chart_title", lang))
        else:
            st.caption(t("blood_single", lang))


def render_explore(ctx: Ctx) -> None:
    lang = ctx.lang
    index = cached_series_index(ctx.path, ctx.version)
    labels = labels_for(ctx)
    areas = sorted(index["area"].dropna().unique(), key=lambda a: (a != state.DEFAULT_AREA, a))
    metric_ids = sorted(index["metric_id"].unique(), key=lambda m: labels.get(m, m))

    c1, c2 = st.columns([3, 1])
    with c1:
        chosen = bound_widget(
            "metrics",
            st.multiselect,
            t("metrics", lang),
            metric_ids,
            format_func=lambda m: labels.get(m, m),
            max_selections=state.MAX_METRICS,
            placeholder=t("choose", lang),
        )
    with c2:
        area = bound_widget(
            "area", st.selectbox, t("area", lang), areas, format_func=lambda a: i18n.area_label(a, lang)
        )
    c3, c4 = st.columns([2, 2])
    with c3:
        scale = bound_widget(
            "scale",
            st.radio,
            t("scale", lang),
            list(state.SCALES),
            horizontal=True,
            format_func=lambda s: t(f"scale_{s}", lang),
        )
    with c4:
        index_on = bound_widget("index", st.toggle, t("index_toggle", lang))
    if not chosen:
        st.info(t("pick_metric", lang))
        return
    show_chart(ctx, "explore_chart", tuple(chosen), area, scale=scale, index=bool(index_on))
    render_growth_table(ctx, list(chosen), area, labels)
    render_stated_multiples(ctx, list(chosen), area, labels)


def _point_label(row: pd.Series, lang: str) -> str:
    period = i18n.fmt_period(row["period_start"], row["period_end"], row["period_kind"], lang)
    return f"{period}: {i18n.fmt_value(row['value'], row['qualifier'], lang)} ({row['outlet'] or '–'})"


def render_growth_table(ctx: Ctx, chosen: list[str], area: str, labels: dict[str, str]) -> None:
    lang = ctx.lang
    section(t("growth_table", lang))
    c1, c2, c3 = st.columns([2, 2, 2])
    with c1:
        metric_id = st.selectbox(t("metric", lang), chosen, format_func=lambda m: labels.get(m, m), key="g_metric")
    pts, point_labels = cached_growth_points(ctx.path, ctx.version, metric_id, area, lang)
    if len(pts) < 2:
        st.caption(t("need_two_points", lang))
        return
    options = list(range(len(pts)))
    with c2:
        i = st.selectbox(
            t("from_point", lang),
            options,
            index=0,
            key=f"g_from_{metric_id}",
            format_func=lambda k: point_labels[k],
        )
    with c3:
        j = st.selectbox(
            t("to_point", lang),
            options,
            index=len(pts) - 1,
            key=f"g_to_{metric_id}",
            format_func=lambda k: point_labels[k],
        )
    a, b = pts.iloc[min(i, j)], pts.iloc[max(i, j)]
    g = growth.growth_between(a["value"], a["period_end"], a["qualifier"], b["value"], b["period_end"], b["qualifier"])
    st.dataframe(
        growth_table_frame(g, lang, start_label=_period_label(a, lang), end_label=_period_label(b, lang)),
        hide_index=True,
        width="stretch",
    )


def growth_table_frame(g: growth.Growth, lang: str, *, start_label: str, end_label: str) -> pd.DataFrame:
    """The growth measures as a two-column table, with the combined qualifier shown on derived values."""
    q = "" if g.qualifier == "exact" else f" ({i18n.qualifier_label(g.qualifier, lang)})"
    rows = [
        (t("from_point", lang), f"{start_label}: {i18n.fmt_number(g.start_value, lang)}"),
        (t("to_point", lang), f"{end_label}: {i18n.fmt_number(g.end_value, lang)}"),
        (t("years", lang), i18n.fmt_number(g.years, lang, decimals=2)),
        (t("abs_change", lang), i18n.fmt_signed(g.abs_change, lang) + q),
        (t("pct_change", lang), i18n.fmt_percent(g.pct_change, lang) + q),
        (t("x_fold", lang), ("×" + i18n.fmt_number(g.x_fold, lang) if g.x_fold is not None else "–") + q),
        (t("cagr", lang), i18n.fmt_percent(g.cagr, lang) + q),
    ]
    return pd.DataFrame(rows, columns=[t("measure", lang), t("result", lang)])


def render_stated_multiples(ctx: Ctx, chosen: list[str], area: str, labels: dict[str, str]) -> None:
    lang = ctx.lang
    multiples, n_all = cached_stated_multiples(ctx.path, ctx.version, tuple(chosen), area)
    if not multiples:
        return
    section(t("stated_vs_computed", lang))
    if n_all > len(multiples):
        st.caption(t("latest_multiples", lang, k=len(multiples), n=i18n.fmt_number(n_all, lang, compact=False)))
    for sm in multiples:
        stated = i18n.fmt_multiple(sm.stated, sm.stated_qualifier, lang)
        if sm.computed is not None:
            q = "" if sm.computed_qualifier == "exact" else f" ({i18n.qualifier_label(sm.computed_qualifier, lang)})"
            computed = (
                f"{i18n.fmt_multiple(sm.computed, 'exact', lang)}{q} = "
                f"{i18n.fmt_value(sm.end_value, sm.end_qualifier, lang)} / "
                f"{i18n.fmt_value(sm.start_value, sm.start_qualifier, lang)}"
            )
        else:
            implied = (
                f"; {t('implied_start', lang)}: ≈{i18n.fmt_number(sm.implied_start, lang)}" if sm.implied_start else ""
            )
            computed = f"– ({t('no_start_figure', lang)}{implied})"
        st.markdown(
            f"**{_md_escape(labels.get(sm.metric_id, sm.metric_id))}** · "
            f"{_start_label(sm.start_date, lang)} → {i18n.fmt_date(sm.end_date, lang)}  \n"
            f"{t('stated', lang)}: **{_md_escape(stated)}** · {t('computed', lang)}: {_md_escape(computed)}"
        )
        # st.caption renders Markdown: escape the article's sentence so it stays plain text.
        st.caption(_md_escape(f"{sm.outlet or '–'}: «{' '.join(sm.quote.split())}»"))


def _start_label(day: object, lang: str) -> str:
    """"2020" for a period starting on 1 January (how articles put it: "if in 2020 …"), else the date."""
    d = i18n.to_date(day)
    return str(d.year) if d is not None and (d.month, d.day) == (1, 1) else i18n.fmt_date(d, lang)


def _md_escape(text: str) -> str:
    """Escape Markdown control characters in text we compose (article text never goes through Markdown)."""
    return "".join("\\" + ch if ch in "\\`*_{}[]()#+-.!|<>~$" else ch for ch in text)


def highlighted_article_html(text: str, spans: pd.DataFrame, labels: dict[str, str], lang: str) -> str:
    """Article text as HTML with each figure marked and labelled; every piece of article text is escaped,
    so markup in an article ("<script>", Markdown links) shows literally."""
    out, pos = [], 0
    for _, s in spans.iterrows():
        start, end = int(s["span_start"]), int(s["span_end"])
        if start < pos or end > len(text) or end <= start:
            continue  # overlapping or out-of-range span: keep the text intact rather than mangle it
        label = labels.get(s["metric_id"], t("no_metric", lang)) if s["metric_id"] else t("no_metric", lang)
        value = i18n.fmt_value(s["value"], s["qualifier"], lang)
        colour = "#fff3b0" if s["status"] == "accepted" else "#e8e8e8"
        out.append(html.escape(text[pos:start]))
        out.append(
            f'<mark style="background:{colour};padding:0 2px;border-radius:3px" '
            f'title="{html.escape(label)}: {html.escape(value)}">{html.escape(text[start:end])}</mark>'
            f'<sup style="color:#555;font-size:0.75em">&nbsp;[{html.escape(label)}]</sup>'
        )
        pos = end
    out.append(html.escape(text[pos:]))
    return (
        '<div style="white-space:pre-wrap;line-height:1.6;font-size:0.95rem;overflow-wrap:anywhere">'
        + "".join(out)
        + "</div>"
    )


def _page_offset(key: str, page_rows: int, query: object) -> int:
    """Offset of the page chosen in the page-number widget `key` (drawn below the table by `_page_picker`);
    back to the first page whenever `query` (the filters and order) changed."""
    if st.session_state.get(f"{key}_query") != query:
        st.session_state[f"{key}_query"] = query
        st.session_state.pop(key, None)
    return (int(st.session_state.get(key) or 1) - 1) * page_rows


def _page_picker(key: str, total: int, page_rows: int, lang: str) -> None:
    """A page-number input, when `total` rows need more than one page."""
    n_pages = max(1, -(-total // page_rows))
    if n_pages == 1:
        return
    if int(st.session_state.get(key) or 1) > n_pages:
        st.session_state[key] = n_pages
    with st.columns([1, 3])[0]:  # a narrow input, not a full-width bar
        st.number_input(
            t("page_no", lang, n=i18n.fmt_number(n_pages, lang, compact=False)),
            min_value=1,
            max_value=n_pages,
            step=1,
            key=key,
        )


def _shown_caption(offset: int, n_rows: int, total: int, lang: str) -> str:
    """ "12 rows" when everything is shown, else "Rows 1,001–2,000 of 250,158"."""
    if offset == 0 and n_rows == total:
        return t("rows_shown", lang, n=total)
    return t(
        "rows_of",
        lang,
        a=i18n.fmt_number(offset + 1 if n_rows else 0, lang, compact=False),
        b=i18n.fmt_number(offset + n_rows, lang, compact=False),
        n=i18n.fmt_number(total, lang, compact=False),
    )


def _fmt_day(value: object, lang: str) -> str:
    """A date, or "–" for a missing one (NaT in a pandas column)."""
    return "–" if value is None or pd.isna(value) else i18n.fmt_date(value, lang)


def render_sources(ctx: Ctx) -> None:
    lang = ctx.lang
    section(t("page_sources", lang))
    st.caption(t("sources_intro", lang))
    # Articles are listed a page at a time, newest first, without their text; one article's text is read
    # when it is selected.
    search = st.text_input(t("search_articles", lang), key="s_search")
    offset = _page_offset("s_page", SOURCES_PAGE_ROWS, search)
    sources, total = cached_sources(ctx.path, ctx.version, search, offset)
    if sources.empty:
        st.info(t("no_data", lang))
        return

    def published(row: pd.Series) -> str:
        day = _fmt_day(row["published"], lang)
        return f"{day} ({t('inferred', lang)})" if row["date_basis"] == "inferred" else day

    table = pd.DataFrame(
        {
            t("title", lang): sources["title"],
            t("outlet", lang): sources["outlet"],
            t("lang_col", lang): sources["lang"].map(lambda c: i18n.LANG_NAMES.get(c, c or "–")),
            t("published", lang): sources.apply(published, axis=1),
            t("n_figures", lang): sources["n_figures"],
            "URL": sources["url"].fillna(""),
        }
    )
    st.caption(_shown_caption(offset, len(sources), total, lang))
    st.dataframe(table, hide_index=True, width="stretch", column_config={"URL": st.column_config.LinkColumn("URL")})
    _page_picker("s_page", total, SOURCES_PAGE_ROWS, lang)
    ids = list(sources["source_id"])
    titles = dict(zip(ids, sources["title"].fillna("–") + " — " + sources["outlet"].fillna("–"), strict=True))
    source_id = st.selectbox(t("article", lang), ids, format_func=lambda s: titles[s], key="source_pick")
    text, spans = cached_article(ctx.path, ctx.version, source_id)
    st.markdown(f"**{t('article_text', lang)}**")
    st.html(highlighted_article_html(text, spans, labels_for(ctx), lang))


def render_data(ctx: Ctx) -> None:
    lang = ctx.lang
    section(t("page_data", lang))
    labels = labels_for(ctx)
    c1, c2, c3, c4 = st.columns([1, 2, 2, 1])
    statuses = ["accepted", "candidate", "rejected"]
    with c1:
        status = st.multiselect(
            t("status", lang),
            statuses,
            default=statuses,
            key="d_status",
            format_func=lambda s: t(f"status_{s}", lang),
            placeholder=t("choose", lang),
        )
    metric_opts = sorted(cached_obs_metric_ids(ctx.path, ctx.version), key=lambda m: labels.get(m, m))
    with c2:
        chosen = st.multiselect(
            t("metrics", lang), metric_opts, key="d_metrics", format_func=lambda m: labels.get(m, m),
            placeholder=t("choose", lang),
        )
    with c3:
        needle = st.text_input(t("search", lang), key="d_search")
    with c4:
        order = st.selectbox(
            t("sort_by", lang), list(data.OBS_ORDERS), key="d_order", format_func=lambda o: t(f"order_{o}", lang)
        )
    # Filtering, search, sorting and paging run in SQL; the table shows one page of DATA_PAGE_ROWS rows.
    f = data.ObsFilter(statuses=tuple(status), metric_ids=tuple(chosen), search=needle)
    offset = _page_offset("d_page", DATA_PAGE_ROWS, (f, order))
    view, total = cached_obs_page(ctx.path, ctx.version, f, order, offset)
    shown = view.assign(
        metric=view["metric_id"].map(
            lambda m: labels.get(m, t("no_metric", lang)) if isinstance(m, str) else t("no_metric", lang)
        ),
        status=view["status"].map(lambda s: t(f"status_{s}", lang)),
        value_text=[i18n.fmt_value(v, q, lang) for v, q in zip(view["value"], view["qualifier"], strict=True)],
        unit=view["unit"].map(lambda u: i18n.unit_label(u, lang) if isinstance(u, str) else ""),
        area=view["area"].map(lambda a: i18n.area_label(a, lang) if isinstance(a, str) else ""),
        period_end=view["period_end"].map(lambda d: _fmt_day(d, lang)),
        published=view["published"].map(lambda d: _fmt_day(d, lang)),
    )
    columns = {
        "status": t("status", lang),
        "metric": t("metric", lang),
        "value_text": t("value", lang),
        "unit": t("unit", lang),
        "period_end": t("date", lang),
        "area": t("area", lang),
        "outlet": t("outlet", lang),
        "published": t("published", lang),
        "quote": t("quote", lang),
    }
    st.caption(_shown_caption(offset, len(view), total, lang))
    st.dataframe(shown[list(columns)].rename(columns=columns), hide_index=True, width="stretch")
    _page_picker("d_page", total, DATA_PAGE_ROWS, lang)

    # Downloads: every matching row (not only the page shown), in the table's order, queried when the
    # button is clicked. Streamlit holds a download in memory, so it is capped at DOWNLOAD_MAX_ROWS rows.
    db = get_db(ctx.path)

    def matching_rows() -> pd.DataFrame:
        return data.load_observations(db, f, order=order, limit=DOWNLOAD_MAX_ROWS)

    if total > DOWNLOAD_MAX_ROWS:
        st.warning(
            t(
                "download_capped",
                lang,
                cap=i18n.fmt_number(DOWNLOAD_MAX_ROWS, lang, compact=False),
                n=i18n.fmt_number(total, lang, compact=False),
            ),
            icon="⚠️",
        )
    c1, c2, _ = st.columns([1, 1, 3])
    with c1:
        st.download_button(
            t("download_csv", lang),
            lambda: export.csv_bytes(matching_rows()),
            file_name="observations.csv",
            mime="text/csv",
            key="d_csv",
            on_click="ignore",
            icon=":material/table:",
        )
    with c2:
        st.download_button(
            t("download_parquet", lang),
            lambda: export.parquet_bytes(matching_rows()),
            file_name="observations.parquet",
            mime="application/vnd.apache.parquet",
            key="d_parquet",
            on_click="ignore",
            icon=":material/database:",
        )


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


def render_sql(ctx: Ctx) -> None:
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
        st.caption(t("rows_shown", lang, n=len(df)))
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


PAGES: dict[str, Callable[[Ctx], None]] = {
    "overview": render_overview,
    "explore": render_explore,
    "sources": render_sources,
    "data": render_data,
    "sql": render_sql,
}

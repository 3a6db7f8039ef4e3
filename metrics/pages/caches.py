"""Caches of the dashboard: one read-only database handle per file (st.cache_resource, closed on release) and
every query result and figure in st.cache_data keyed by the database version (mtime, size, inode), so a rerun
recomputes nothing unless the file was rebuilt."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from metrics import data, export, figures, growth, i18n
from metrics import programs as pr

DATA_PAGE_ROWS = 1000  # rows of observations shown at once on the Data page
SOURCES_PAGE_ROWS = 500  # articles listed at once on the Sources page
DOWNLOAD_MAX_ROWS = 200_000  # rows in a Data page download (Streamlit holds the file in memory)
MAX_STATED_MULTIPLES = 20  # stated multiples listed under the explore chart (the latest ones)


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
    path: str, version: data.DbVersion, metric_id: str, area: str, lang: str, start: str = "", end: str = ""
) -> tuple[pd.DataFrame, list[str]]:
    """The points of one metric in one area by date (within the range), with their figure_kind, and their
    labels for the growth table's menus."""
    series = in_range(cached_points(path, version, (metric_id,), area), start, end)
    pts = series[(series["metric_id"] == metric_id) & (series["area"] == area)].sort_values("period_end")
    pts = growth.with_kinds(pts.reset_index(drop=True), cached_metric_kinds(path, version))
    return pts, [point_label(row, lang) for _, row in pts.iterrows()]


@st.cache_data(show_spinner=False, max_entries=8)
def cached_metric_kinds(path: str, version: data.DbVersion) -> dict[str, str]:
    """metric_id → the catalog's kind (stock or flow)."""
    catalog = cached_catalog(path, version)
    return dict(zip(catalog["metric_id"], catalog["kind"], strict=True))


@st.cache_data(show_spinner=False, max_entries=64)
def cached_stated_multiples(
    path: str, version: data.DbVersion, metric_ids: tuple[str, ...], area: str, start: str = "", end: str = ""
) -> tuple[list[growth.StatedMultiple], int]:
    """Stated multiples of the metrics in the area against their figures: the MAX_STATED_MULTIPLES latest
    (by period end) in their usual order, and how many there are in all. Within a date range, the statements
    whose end (the date a multiple is stated for) is in the range, like every point; each is still compared
    with the figures it names, a start before the range included."""
    ratios = in_range(cached_ratios(path, version, metric_ids, area), start, end)
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
    width: int = figures.CHART_WIDTH,
    start: str = "",
    end: str = "",
) -> tuple[figures.Chart, int]:
    """The chart and how many further sources it leaves undrawn (0 unless the series is very large).

    `width` is what titles are wrapped for; `start`/`end` (ISO dates, "" = open) keep the figures whose period
    ends in the range."""
    selected, others = data.load_chart_series(
        get_db(path), metric_ids, area, hover_sources=figures.MAX_SOURCES_IN_HOVER
    )
    selected = in_range(selected, start, end)
    chart = figures.series_chart(
        selected, cached_catalog(path, version), lang, title=title, scale=scale, index=index, order=metric_ids,
        others=others, width=width,
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
    start: str = "",
    end: str = "",
) -> bytes:
    """The PNG, laid out for the export's width whatever the screen it was asked from."""
    chart, _ = cached_chart(
        path, version, metric_ids, area, lang, scale, index, title, export.PNG_WIDTH, start, end
    )
    return export.figure_png(chart.figure, width=export.PNG_WIDTH)


def in_range(rows: pd.DataFrame, start: str, end: str) -> pd.DataFrame:
    """Rows whose period ends within [start, end] (ISO dates; "" leaves that side open)."""
    if rows.empty or not (start or end):
        return rows
    ends = pd.to_datetime(rows["period_end"])
    keep = pd.Series(True, index=rows.index)
    if start:
        keep &= ends >= pd.Timestamp(start)
    if end:
        keep &= ends <= pd.Timestamp(end)
    return rows[keep]


@st.cache_resource(show_spinner=False)
def png_unavailable_reason() -> str | None:
    return export.png_unavailable_reason()



def point_label(row: pd.Series, lang: str) -> str:
    period = i18n.fmt_period(row["period_start"], row["period_end"], row["period_kind"], lang)
    kind = f", {i18n.t('kind_' + row['figure_kind'], lang)}" if "figure_kind" in row else ""
    return f"{period}: {i18n.fmt_value(row['value'], row['qualifier'], lang)} ({row['outlet'] or '–'}{kind})"



@st.cache_data(show_spinner=False, max_entries=32)
def cached_region_rows(path: str, version: data.DbVersion, metric_id: str, start: str, end: str) -> pd.DataFrame:
    """The latest figure of one metric in each region or city whose period ends in the range."""
    from metrics import region_charts

    points = in_range(data.load_series(get_db(path), [metric_id], None, sources=False), start, end)
    return region_charts.latest_by_area(points)


@st.cache_data(show_spinner=False, max_entries=32)
def cached_region_chart(
    path: str, version: data.DbVersion, metric_id: str, lang: str, start: str, end: str, kind: str, width: int
) -> figures.Chart:
    """The bar chart (kind "bars") or the tile map ("tiles") of one metric by region."""
    from metrics import region_charts

    rows = cached_region_rows(path, version, metric_id, start, end)
    label = figures.metric_labels(cached_catalog(path, version), lang).get(metric_id, metric_id)
    label = i18n.label_without_country(label, lang)
    build = region_charts.region_bars if kind == "bars" else region_charts.region_tiles
    return build(rows, label, lang, width=width)


@st.cache_data(show_spinner=False, max_entries=16)
def cached_region_png(path: str, version: data.DbVersion, metric_id: str, lang: str, start: str, end: str,
                      kind: str) -> bytes:
    chart = cached_region_chart(path, version, metric_id, lang, start, end, kind, export.PNG_WIDTH)
    return export.figure_png(chart.figure, width=export.PNG_WIDTH)


@st.cache_data(show_spinner=False, max_entries=8)
def cached_program_figures(path: str, version: data.DbVersion) -> pd.DataFrame:
    return pr.program_figures(get_db(path))


@st.cache_data(show_spinner=False, max_entries=64)
def cached_program_sources(path: str, version: data.DbVersion, program_id: str) -> pd.DataFrame:
    return pr.program_sources(get_db(path), program_id)


# The Review page (issue 12): keyed by the database version and `curated` (metrics.review.curated_key, a hash of
# data/curated/*.csv), so an action or an undo shows at once, and a rerun with nothing changed computes nothing.
@st.cache_data(show_spinner=False, max_entries=8)
def cached_review_queue(path: str, version: data.DbVersion, curated: str) -> tuple[pd.DataFrame, frozenset[int]]:
    """The review queue without the figures rows of data/curated/ already name, and those figures."""
    from metrics import review
    from metrics.pages.rebuild import folders

    db = get_db(path)
    pending = frozenset(review.pending_obs_ids(db, folders(path)[1]))
    return review.review_queue(db, pending), pending


@st.cache_data(show_spinner=False, max_entries=32)
def cached_group_members(path: str, version: data.DbVersion, curated: str, noun: str, unit: str) -> pd.DataFrame:
    from metrics import review

    _, pending = cached_review_queue(path, version, curated)
    return review.group_members(get_db(path), noun, unit, pending)


@st.cache_data(show_spinner=False, max_entries=64)
def cached_observations(path: str, version: data.DbVersion, obs_ids: tuple[int, ...]) -> list[dict]:
    from metrics import review

    return [o for o in (review.observation(get_db(path), i) for i in obs_ids) if o is not None]


@st.cache_data(show_spinner=False, max_entries=64)
def cached_program_chart(path: str, version: data.DbVersion, program_id: str, program_label: str, metric_id: str,
                         lang: str, width: int) -> figures.Chart:
    """One program's small chart of one metric, built like every other chart (title, subtitle, source line and
    "as of" inside the figure)."""
    figs = cached_program_figures(path, version)
    points = pr.chart_points(figs[(figs["program"] == program_id) & (figs["metric_id"] == metric_id)])
    catalog = cached_catalog(path, version)
    label = figures.metric_labels(catalog, lang).get(metric_id, metric_id)
    area = points["area"].iloc[0] if not points.empty else None
    title = pr.chart_title(program_label, i18n.label_in_area(label, area, lang))
    return figures.series_chart(points, catalog, lang, title=title, others=False, width=width)


@st.cache_data(show_spinner=False, max_entries=16)
def cached_program_png(path: str, version: data.DbVersion, program_id: str, program_label: str, metric_id: str,
                       lang: str) -> bytes:
    """The PNG of a program's small chart, laid out for the export's width like every other chart's."""
    chart = cached_program_chart(path, version, program_id, program_label, metric_id, lang, export.PNG_WIDTH)
    return export.figure_png(chart.figure, width=export.PNG_WIDTH)

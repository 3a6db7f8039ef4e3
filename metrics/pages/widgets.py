"""Pieces shared by the pages: the page context, section headings, charts with their downloads, KPI cards,
paging of long tables, and small formatting helpers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from metrics import data, export, figures, growth, i18n, state
from metrics.i18n import t
from metrics.pages.caches import cached_catalog, cached_chart, cached_metric_kinds, cached_png, png_unavailable_reason


@dataclass(frozen=True)
class Ctx:
    path: str
    version: data.DbVersion
    lang: str



# Page-wide style: KPI card titles and change lines wrap instead of being cut off ("Пользователи платформы
# Qazvolunteer"; "+25 000 (+9,1%) 13.12.2024 ж. деректерімен салыстырғанда" on a phone).
_PAGE_CSS = """<style>
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] *,
[data-testid="stMetricDelta"], [data-testid="stMetricDelta"] * {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important; height: auto;
}
</style>"""


def page_style() -> None:
    st.html(_PAGE_CSS)


def is_phone() -> bool:
    """Whether the browser says it is a phone (User-Agent "Mobi"/"Android"): chart titles are wrapped for a
    narrow screen and hints say "tap" instead of "hover"."""
    try:
        agent = st.context.headers.get("User-Agent") or ""
    except Exception:  # no request context (bare runs, AppTest)
        return False
    return "Mobi" in agent or "Android" in agent


def hint(key: str, lang: str, **kwargs: object) -> str:
    """An interface string with a touch variant (`<key>_touch`) used on phones."""
    return t(f"{key}_touch" if is_phone() else key, lang, **kwargs)


def date_range(lang: str, key: str) -> tuple[str, str]:
    """From/To date inputs bound to the view's `start`/`end` (ISO strings in the URL; empty = open end).
    A reversed range is read as the range meant, and the page says so."""
    fmt = "YYYY-MM-DD" if lang == "en" else "DD.MM.YYYY"
    cols = st.columns(2)
    out = []
    for col, name, label in ((cols[0], "start", "range_from"), (cols[1], "end", "range_to")):
        wkey = f"{key}_{name}"
        canonical = st.session_state.get(f"v_{name}") or ""
        if st.session_state.get(f"{wkey}_seen") != canonical:  # set from the URL or the other page
            st.session_state[wkey] = dt.date.fromisoformat(canonical) if canonical else None
            st.session_state[f"{wkey}_seen"] = canonical
        with col:
            day = st.date_input(
                t(label, lang), key=wkey, format=fmt, min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)
            )
        value = day.isoformat() if isinstance(day, dt.date) else ""
        st.session_state[f"v_{name}"] = value
        st.session_state[f"{wkey}_seen"] = value
        out.append(value)
    start, end = out
    if start and end and start > end:
        st.caption(t("range_swapped", lang))
        start, end = end, start
    return start, end


def slug(*parts: object) -> str:
    """A file-name part from filter values: "accepted_volunteers-total_2020-01-01--2026-01-30"."""
    text = "_".join(str(p) for p in parts if p)
    return re.sub(r"[^\w.=-]+", "-", text).strip("-")[:120]


def section(title: str) -> None:
    """A section heading one size below st.subheader: the large default wraps badly on phones."""
    st.markdown(f"#### {md_escape(title)}")


def labels_for(ctx: Ctx) -> dict[str, str]:
    return figures.metric_labels(cached_catalog(ctx.path, ctx.version), ctx.lang)


def show_chart(
    ctx: Ctx,
    key: str,
    metric_ids: tuple[str, ...],
    area: str,
    *,
    title: str | None = None,
    scale: str = "linear",
    index: bool = False,
    start: str = "",
    end: str = "",
) -> figures.Chart | None:
    """A chart with its modebar PNG name, a server-side PNG download and a CSV of the rows drawn."""
    args = (ctx.path, ctx.version, metric_ids, area, ctx.lang, scale, index, title)
    width = figures.PHONE_CHART_WIDTH if is_phone() else figures.CHART_WIDTH
    chart, undrawn = cached_chart(*args, width, start, end)
    if chart.rows.empty:
        st.info(t("no_data", ctx.lang))
        return None
    show_figure(ctx, key, chart, lambda: cached_png(*args, start, end), lambda: figures.rows_for_csv(chart))
    if undrawn:
        st.caption(hint("rings_omitted", ctx.lang, n=i18n.fmt_number(undrawn, ctx.lang, compact=False)))
    return chart


def show_figure(
    ctx: Ctx,
    key: str,
    chart: figures.Chart,
    png: Callable[[], bytes],
    csv_rows: Callable[[], pd.DataFrame],
) -> None:
    """A figure with its modebar PNG name, a server-side PNG download and a CSV of the rows drawn (both
    built when clicked)."""
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
                data=png,
                file_name=f"{chart.filename}.png",
                mime="image/png",
                key=f"{key}_png",
                on_click="ignore",
                icon=":material/image:",
            )
    with right:
        st.download_button(
            t("download_csv", ctx.lang),
            data=lambda: export.csv_bytes(csv_rows()),
            file_name=f"{chart.filename}.csv",
            mime="text/csv",
            key=f"{key}_csv",
            on_click="ignore",
            icon=":material/table:",
        )
    if reason is not None:
        st.caption(t("png_unavailable", ctx.lang, reason=reason))


def kpi_card(ctx: Ctx, metric_id: str, series: pd.DataFrame, labels: dict[str, str]) -> None:
    """Latest value with qualifier ("800+"), its date, change from the previous figure, growth since first."""
    pts = series[(series["metric_id"] == metric_id) & (series["area"] == state.DEFAULT_AREA)]
    pts = growth.with_kinds(pts, cached_metric_kinds(ctx.path, ctx.version))
    k = growth.kpi(pts)  # growth only between figures of the latest one's kind
    if k is None:
        return
    lang = ctx.lang
    unit = i18n.unit_label(pts["unit"].iloc[0], lang)
    value = i18n.fmt_value(k.latest_value, k.latest_qualifier, lang)
    ordered = pts.sort_values("period_end")
    ordered = ordered[ordered["figure_kind"] == ordered["figure_kind"].iloc[-1]]  # the latest figure's kind
    delta = None
    if k.previous is not None:
        # The previous figure as the article put it ("2020", "13 Dec 2024"), not the last day of its period.
        previous_label = period_label(ordered.iloc[-2], lang)
        delta = (
            f"{i18n.fmt_signed(k.previous.abs_change, lang)} "
            f"({i18n.fmt_percent(k.previous.pct_change, lang)}{bound_note(k.previous.qualifier, lang)}) "
            f"{i18n.t_when('vs_previous', lang, previous_label)}"
        )
    latest, first = ordered.iloc[-1], ordered.iloc[0]
    # The tooltip is rendered as Markdown, so the article's sentence is escaped to stay plain text.
    help_text = md_escape(
        f"{latest['outlet'] or '–'}, {fmt_day(latest['published'], lang)}: "
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
    notes = [f"{unit} · {period_label(latest, lang)}"]
    if k.since_first is not None and k.since_first.x_fold is not None:
        fold = i18n.fmt_number(k.since_first.x_fold, lang) + bound_note(
            k.since_first.qualifier, lang, parenthesised=True
        )
        notes.append(i18n.t_when("fold_since_first", lang, period_label(first, lang), fold=fold))
        if k.since_first.cagr is not None:  # derived from the same figures: the same bound as the multiple
            cagr = i18n.fmt_percent(k.since_first.cagr, lang) + bound_note(
                k.since_first.qualifier, lang, parenthesised=True
            )
            notes.append(t("cagr_short", lang, cagr=cagr))
    st.caption(" · ".join(notes))


def period_label(row: pd.Series, lang: str) -> str:
    return i18n.fmt_period(row["period_start"], row["period_end"], row["period_kind"], lang)


def bound_note(qualifier: str, lang: str, *, parenthesised: bool = False) -> str:
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



def md_escape(text: str) -> str:
    """Escape Markdown control characters in text we compose (article text never goes through Markdown)."""
    return "".join("\\" + ch if ch in "\\`*_{}[]()#+-.!|<>~$" else ch for ch in text)


def page_offset(key: str, page_rows: int, query: object) -> int:
    """Offset of the page chosen in the page-number widget `key` (drawn below the table by `_page_picker`);
    back to the first page whenever `query` (the filters and order) changed."""
    if st.session_state.get(f"{key}_query") != query:
        st.session_state[f"{key}_query"] = query
        st.session_state.pop(key, None)
    return (int(st.session_state.get(key) or 1) - 1) * page_rows


def page_picker(key: str, total: int, page_rows: int, lang: str) -> None:
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


def shown_caption(offset: int, n_rows: int, total: int, lang: str) -> str:
    """ "12 rows" when everything is shown, else "Rows 1,001–2,000 of 250,158"."""
    if offset == 0 and n_rows == total:
        return i18n.tn("rows_shown", lang, total)
    return t(
        "rows_of",
        lang,
        a=i18n.fmt_number(offset + 1 if n_rows else 0, lang, compact=False),
        b=i18n.fmt_number(offset + n_rows, lang, compact=False),
        n=i18n.fmt_number(total, lang, compact=False),
    )


def fmt_day(value: object, lang: str) -> str:
    """A date, or "–" for a missing one (NaT in a pandas column)."""
    return "–" if value is None or pd.isna(value) else i18n.fmt_date(value, lang)


"""Plotly figure builders that carry their own provenance.

Every figure has its title, subtitle (unit · area), a source line (outlets and publication dates) and an
"as of" date inside `layout`, so that the modebar's PNG download and the server-side export both carry
them (the OWID "chart sandwich"). Markers show how a figure is bounded: an exact count, "at least",
"at most", "about" and "almost" each get their own symbol, explained in the legend. Values from further
sources for the same point are drawn as hollow rings and listed in the hover of the chosen value.

`series_chart` returns the figure together with the exact rows it draws, so the CSV export is always the
data on screen.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from metrics import i18n
from metrics.growth import index_to_first, with_kinds
from metrics.i18n import t, to_date

# Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
PALETTE: tuple[str, ...] = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")

QUALIFIER_SYMBOLS: dict[str, str] = {
    "exact": "circle",
    "at_least": "triangle-up",  # the true value is this or above
    "at_most": "triangle-down",  # this or below
    "approx": "diamond-open",
    "almost": "triangle-down-open",  # just under the number stated
}
QUALIFIER_ORDER: tuple[str, ...] = ("exact", "at_least", "at_most", "approx", "almost")
OTHER_SOURCE_SYMBOL = "circle-open"
LEGEND_KEY_COLOR = "#444444"

# Geometry in pixels. The legend uses two fixed-width columns so that its height is known in advance and
# the source line below it never overlaps, on a wide screen or on a phone.
PANEL_HEIGHT_SINGLE = 320
PANEL_HEIGHT_STACKED = 210
LEGEND_ROW_PX = 21
TICK_LABELS_PX = 34
SOURCE_LINE_PX = 15
CHART_WIDTH = 1200  # the width titles and source lines are wrapped for (the page on a desktop, the PNG)
PHONE_CHART_WIDTH = 360
MODEBAR_PX = 30  # room above the title for Plotly's modebar, so it never covers the title (phones)
QUOTE_WRAP = 60
QUOTE_MAX_CHARS = 320
MAX_SOURCES_IN_HOVER = 4
MAX_DATES_PER_OUTLET = 6  # publication dates listed per outlet in the source line; more are summarized
FONT = "Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"

DRAWN_COLUMNS: list[str] = [
    "metric_id",
    "metric",
    "area",
    "period_start",
    "period_end",
    "period_kind",
    "value",
    "qualifier",
    "unit",
    "plotted_value",
    "role",
    "figure_kind",
    "obs_id",
    "source_id",
    "outlet",
    "published",
    "quote",
]


@dataclass(frozen=True)
class Chart:
    """A figure, the rows it draws, and the names used for its downloads."""

    figure: go.Figure
    rows: pd.DataFrame
    as_of: str | None  # ISO date of the latest figure drawn
    filename: str  # without extension: "<metric>_<as-of date>"


def metric_labels(catalog: pd.DataFrame, lang: str) -> dict[str, str]:
    """metric_id → label in `lang` (falling back to English, then to the id)."""
    col = f"label_{lang}"
    out: dict[str, str] = {}
    for _, row in catalog.iterrows():
        label = row.get(col) if col in catalog.columns else None
        out[row["metric_id"]] = (
            label if isinstance(label, str) and label else (row.get("label_en") or row["metric_id"])
        )
    return out


def wrap_html(text: str, width: int, *, max_chars: int | None = None) -> str:
    """Escape `text` for Plotly's HTML-like labels and break it into lines joined with <br>.

    Escaping matters: quotes come from articles and may contain "<b>" or "<script>", which must show as
    text. Plotly converts &lt; &gt; &amp; back to characters when drawing.
    """
    text = " ".join(str(text).split())
    if max_chars and len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + "…"
    lines = textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=False) or [""]
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def _source_lines(sources: list[dict[str, Any]], lang: str, total: int | None = None) -> list[str]:
    """Hover lines of the first sources; `total` counts all of them when `sources` holds only the first few."""
    total = max(len(sources), total or 0)
    lines = []
    for src in sources[:MAX_SOURCES_IN_HOVER]:
        head = f"{html.escape(str(src.get('outlet') or '–'))}, {i18n.fmt_date(src.get('published'), lang)}"
        lines.append(
            f"• {head}: {i18n.fmt_value(src.get('value'), src.get('qualifier'), lang)}<br>"
            f"<i>«{wrap_html(src.get('quote') or '', QUOTE_WRAP, max_chars=QUOTE_MAX_CHARS)}»</i>"
        )
    if total > MAX_SOURCES_IN_HOVER:
        lines.append(t("more_sources", lang, n=total - MAX_SOURCES_IN_HOVER))
    return lines


def hover_text(row: pd.Series, label: str, lang: str, *, index_value: float | None = None) -> str:
    """Hover of one point: metric, formatted value with qualifier and unit, period, sources with quotes."""
    qualifier = row.get("qualifier") or "exact"
    value = f"{i18n.fmt_value(row['value'], qualifier, lang)} {i18n.unit_label(row.get('unit'), lang)}"
    parts = [f"<b>{html.escape(label)}</b>", f"{value} ({i18n.qualifier_label(qualifier, lang)})"]
    if index_value is not None and not math.isnan(index_value):
        parts.append(f"{t('index_axis', lang)}: {i18n.fmt_number(index_value, lang, decimals=1)}")
    parts.append(
        f"{t('period', lang)}: "
        f"{i18n.fmt_period(row.get('period_start'), row.get('period_end'), row.get('period_kind'), lang)}"
    )
    total = None
    if row.get("role") == "other":
        parts.append(f"<i>{t('other_source', lang)}</i>")
        sources = [
            dict(
                outlet=row.get("outlet"),
                published=row.get("published"),
                value=row["value"],
                qualifier=qualifier,
                quote=row.get("quote"),
            )
        ]
    else:
        sources = list(row.get("sources") or []) or [
            dict(
                outlet=row.get("outlet"),
                published=row.get("published"),
                value=row["value"],
                qualifier=qualifier,
                quote=row.get("quote"),
            )
        ]
        # n_sources counts every source even when the row brings only the first few (large series).
        n = row.get("n_sources")
        total = max(len(sources), int(n) if n is not None and not pd.isna(n) else 0)
        key = "sources_line" if total > 1 else "source_line"
        parts.append(f"{t(key, lang)}{f' ({total})' if total > 1 else ''}:")
    parts.extend(_source_lines(sources, lang, total))
    return "<br>".join(parts)


def drawn_rows(
    series: pd.DataFrame,
    labels: dict[str, str],
    *,
    index: bool = False,
    order: Sequence[str] | None = None,
    others: bool = True,
    metric_kinds: dict[str, str] | None = None,
) -> pd.DataFrame:
    """One row per marker the chart draws: chosen values (role 'chosen') and other sources ('other';
    left out when `others` is False, for series too large to draw a ring per source).

    `plotted_value` is what the y axis shows: the value, or the index (first chosen value = 100).
    """
    if series.empty:
        return pd.DataFrame(columns=[*DRAWN_COLUMNS, "sources", "n_sources"])
    # Keep the metrics in the order the user picked them (legend and colours follow it).
    rank = {m: i for i, m in enumerate(order or sorted(series["metric_id"].unique()))}
    chosen = with_kinds(series, metric_kinds or {})
    chosen = chosen.assign(_rank=chosen["metric_id"].map(lambda m: rank.get(m, len(rank))))
    chosen = chosen.sort_values(["_rank", "area", "figure_kind", "period_end"]).drop(columns="_rank")
    chosen["role"] = "chosen"
    chosen["metric"] = chosen["metric_id"].map(lambda m: labels.get(m, m))
    # A running total and a yearly count are separate series: each is indexed to its own first figure.
    line = ["metric_id", "area", "figure_kind"]
    base = chosen.groupby(line, sort=False)["value"].transform("first")
    chosen["plotted_value"] = (
        chosen.groupby(line, sort=False)["value"].transform(index_to_first)
        if index
        else chosen["value"]
    )
    other_rows = []
    for (_, row), first in zip(chosen.iterrows(), base, strict=True) if others else ():
        for src in row.get("sources") or []:
            if src.get("obs_id") == row["obs_id"]:
                continue
            other = row.to_dict()
            other.update(
                {
                    "role": "other",
                    "value": src.get("value"),
                    "qualifier": src.get("qualifier"),
                    "obs_id": src.get("obs_id"),
                    "source_id": src.get("source_id"),
                    "outlet": src.get("outlet"),
                    "published": src.get("published"),
                    "quote": src.get("quote"),
                    "sources": [src],
                }
            )
            other["plotted_value"] = src.get("value") / first * 100 if index and first else src.get("value")
            other_rows.append(other)
    rows = pd.concat([chosen, pd.DataFrame(other_rows)], ignore_index=True) if other_rows else chosen
    return rows.reset_index(drop=True)


def _unit_summary(units: Sequence[str], lang: str) -> str:
    return ", ".join(dict.fromkeys(i18n.unit_label(u, lang) for u in units))


def subtitle_text(rows: pd.DataFrame, lang: str, *, index: bool) -> str:
    """ "unit · area" for the subtitle, e.g. "people, organizations · Kazakhstan"."""
    units = t("index_axis", lang) if index else _unit_summary(list(rows["unit"].dropna()), lang)
    areas = ", ".join(dict.fromkeys(i18n.area_label(a, lang) for a in rows["area"].dropna()))
    return " · ".join(part for part in (units, areas) if part)


def title_wrap(width: int) -> int:
    """Characters of a 17 px bold title line that fit in `width` pixels (about 10 px a character)."""
    return max(24, (width - 40) // 10)


def source_wrap(width: int) -> int:
    """Characters of an 11 px source line that fit in `width` pixels (about 6.5 px a character)."""
    return max(36, int((width - 30) / 6.5))


def as_of_date(rows: pd.DataFrame) -> dt.date | None:
    """The chart's "as of" date: the latest publication among the sources drawn (what the chart knows as of
    that day), else the latest period end."""
    if rows.empty:
        return None
    published = [d for d in rows.get("published", pd.Series(dtype=object)).map(to_date) if d]
    ends = [d for d in rows["period_end"].map(to_date) if d]
    return max(published + ends, default=None) if published else max(ends, default=None)


def source_text(rows: pd.DataFrame, lang: str, width: int = CHART_WIDTH) -> tuple[str, int]:
    """Source line: outlets with their publication dates, then "As of <date>". Returns (html, n_lines)."""
    pubs: dict[str, set] = {}
    for _, r in rows.iterrows():
        pubs.setdefault(str(r.get("outlet") or "–"), set()).add(to_date(r.get("published")))
    items = []
    for outlet, dates in sorted(pubs.items(), key=lambda kv: max((d for d in kv[1] if d), default=None) or 0):
        known = sorted(d for d in dates if d)
        if len(known) > MAX_DATES_PER_OUTLET:  # a long series: the span and the count, not hundreds of dates
            shown = f"{i18n.fmt_date(known[0], lang)} … {i18n.fmt_date(known[-1], lang)}, n = {len(known)}"
        else:
            shown = ", ".join(i18n.fmt_date(d, lang) for d in known) or "–"
        items.append(f"{outlet} ({shown})")
    key = "sources_line" if len(items) > 1 else "source_line"
    source = f"{t(key, lang)}: " + "; ".join(items)
    as_of = as_of_date(rows)
    lines = textwrap.wrap(source, source_wrap(width), break_on_hyphens=False)
    lines.append(f"{t('as_of', lang, date=i18n.fmt_date(as_of, lang))} · kz-volunteer-metrics")
    return "<br>".join(html.escape(line, quote=False) for line in lines), len(lines)


YEAR_AXIS = {
    # Language-neutral year labels centred on each year ("period" mode) between grid lines at 1 January: a
    # point dated 2020-12-31 sits at the end of the "2020" band instead of under a misleading "2021" tick.
    "tickformat": "%Y",
    "dtick": "M12",
    "ticklabelmode": "period",
    "showgrid": True,
    "gridcolor": "#e6e6e6",
}


def _xaxis_format(rows: pd.DataFrame, lang: str) -> dict[str, Any]:
    ends = [d for d in rows["period_end"].map(to_date) if d]
    starts = [d for d in rows.get("period_start", pd.Series(dtype=object)).map(to_date) if d]
    if not ends:
        return {}
    lo, hi = min(ends), max(ends)
    if (hi - lo).days < 60:
        # One date (or a few close together): Plotly would zoom to milliseconds around it. Show the years
        # around it instead (and the whole period of a yearly figure), so the point sits at its date.
        first = min([lo, *starts])
        return {
            **YEAR_AXIS,
            "range": [(first - dt.timedelta(days=200)).isoformat(), (hi + dt.timedelta(days=200)).isoformat()],
        }
    if (hi - lo).days >= 2 * 365:
        # Whole years: a figure for "2020" (dated 31 Dec 2020) sits at the end of a visible "2020" band.
        first = min([lo, *starts])
        return {
            **YEAR_AXIS,
            "range": [
                dt.date(first.year, 1, 1).isoformat(),
                (dt.date(hi.year, 12, 31) + dt.timedelta(days=10)).isoformat(),
            ],
        }
    return {"showgrid": True, "gridcolor": "#eeeeee"} | ({} if lang == "en" else {"tickformat": "%d.%m.%Y"})


def series_chart(
    series: pd.DataFrame,
    catalog: pd.DataFrame,
    lang: str,
    *,
    title: str | None = None,
    scale: str = "linear",
    index: bool = False,
    order: Sequence[str] | None = None,
    others: bool = True,
    width: int = CHART_WIDTH,
) -> Chart:
    """Line chart of one or several metrics with qualifier markers, other sources, and provenance.

    `width` is the width the title and the source line are wrapped for (the chart itself stretches).

    Metrics in different units are drawn in stacked panels sharing the time axis (one per unit), unless
    `index` puts them on a common scale.
    """
    labels = metric_labels(catalog, lang)
    metric_kinds = dict(zip(catalog["metric_id"], catalog["kind"], strict=True)) if "kind" in catalog else {}
    rows = drawn_rows(series, labels, index=index, order=order, others=others, metric_kinds=metric_kinds)
    metric_ids = list(dict.fromkeys(rows["metric_id"])) if not rows.empty else []
    if title is None:
        areas = list(dict.fromkeys(rows["area"].dropna())) if not rows.empty else []
        area = areas[0] if len(areas) == 1 else None
        title = " / ".join(i18n.label_in_area(labels.get(m, m), area, lang) for m in metric_ids)
        title = title or t("no_data", lang)

    units = [] if index or rows.empty else list(dict.fromkeys(rows["unit"]))
    n_panels = max(1, len(units))
    panel_of = {u: i + 1 for i, u in enumerate(units)}
    fig = make_subplots(
        rows=n_panels, cols=1, shared_xaxes=True, vertical_spacing=0.08 if n_panels > 1 else 0
    )
    color = {m: PALETTE[i % len(PALETTE)] for i, m in enumerate(metric_ids)}
    # The legend and the hovers name the chart's area like the title: "Volunteers · Almaty", never
    # "Volunteers in Kazakhstan" over Almaty's figures.
    chart_areas = list(dict.fromkeys(rows["area"].dropna())) if not rows.empty else []
    chart_area = chart_areas[0] if len(chart_areas) == 1 else None

    for metric_id in metric_ids:
        for kind in FIGURE_KIND_ORDER:
            m_rows = rows[(rows["metric_id"] == metric_id) & (rows["figure_kind"] == kind)]
            if not m_rows.empty:
                label = i18n.label_in_area(labels.get(metric_id, metric_id), chart_area, lang)
                _draw_series(fig, m_rows, label, kind, color[metric_id], lang,
                             panel=1 if index else panel_of[m_rows["unit"].iloc[0]], index=index, width=width)

    _add_legend_keys(fig, rows, lang)
    _apply_layout(
        fig, rows, lang, title=title, units=units, n_panels=n_panels, scale=scale, index=index, width=width
    )
    latest = as_of_date(rows)
    as_of = latest.isoformat() if latest else None
    filename = f"{'-'.join(metric_ids) or 'chart'}_{as_of or 'no-data'}"
    return Chart(figure=fig, rows=rows, as_of=as_of, filename=filename)


FIGURE_KIND_ORDER: tuple[str, ...] = ("level", "flow", "cumulative")
KIND_DASH = {"level": "solid", "flow": "solid", "cumulative": "dash"}


def series_name(label: str, kind: str, lang: str) -> str:
    """Legend name of a line: the metric and what its figures measure ("… (per period)")."""
    return f"{label} ({t(f'kind_{kind}', lang)})"


def _draw_series(
    fig: go.Figure,
    rows: pd.DataFrame,
    label: str,
    kind: str,
    color: str,
    lang: str,
    *,
    panel: int,
    index: bool,
    width: int = CHART_WIDTH,
) -> None:
    """One metric's figures of one kind: the line, a bar over the period of each count (flows), and the
    markers (by qualifier), with the kind in the legend and in every hover."""
    metric_id = rows["metric_id"].iloc[0]
    chosen = rows[rows["role"] == "chosen"].sort_values("period_end")
    name = series_name(label, kind, lang)
    fig.add_trace(
        go.Scatter(
            x=chosen["period_end"],
            y=chosen["plotted_value"],
            mode="lines",
            # Wrapped for the chart's width, so a long name never runs off a phone's screen.
            name="<br>".join(html.escape(x) for x in textwrap.wrap(name, max(20, (width - 70) // 7))),
            line={"color": color, "width": 2.5, "dash": KIND_DASH[kind]},
            legendgroup=f"{metric_id}:{kind}",
            hoverinfo="skip",
            meta={"metric_id": metric_id, "role": "line", "kind": kind},
        ),
        row=panel,
        col=1,
    )
    if kind == "flow":
        # A count over a period is drawn over that period: a bar from its first to its last day, with the
        # marker at the period's end, so "2020" covers the year and "30 Jan 2026" sits on its day.
        xs: list[object] = []
        ys: list[object] = []
        for _, r in chosen.iterrows():
            if to_date(r["period_start"]) and to_date(r["period_start"]) < to_date(r["period_end"]):
                xs += [r["period_start"], r["period_end"], None]
                ys += [r["plotted_value"], r["plotted_value"], None]
        if xs:
            fig.add_trace(
                go.Scatter(
                    x=xs, y=ys, mode="lines", line={"color": color, "width": 9}, opacity=0.3,
                    legendgroup=f"{metric_id}:{kind}", showlegend=False, hoverinfo="skip",
                    meta={"metric_id": metric_id, "role": "period", "kind": kind},
                ),
                row=panel,
                col=1,
            )
    for role, group in (("chosen", chosen), ("other", rows[rows["role"] == "other"])):
        for qualifier in QUALIFIER_ORDER if role == "chosen" else (None,):
            pts = group if qualifier is None else group[group["qualifier"].fillna("exact") == qualifier]
            if pts.empty:
                continue
            hovers = [
                hover_text(r, name, lang, index_value=r["plotted_value"] if index else None)
                for _, r in pts.iterrows()
            ]
            symbol = QUALIFIER_SYMBOLS[qualifier] if qualifier else OTHER_SOURCE_SYMBOL
            fig.add_trace(
                go.Scatter(
                    x=pts["period_end"],
                    y=pts["plotted_value"],
                    mode="markers",
                    name=i18n.qualifier_label(qualifier, lang) if qualifier else t("other_sources_legend", lang),
                    marker={
                        "symbol": symbol,
                        "color": color,
                        "size": 11 if qualifier else 16,
                        "line": {"width": 2, "color": color},
                    },
                    customdata=hovers,
                    hovertemplate="%{customdata}<extra></extra>",
                    legendgroup=f"q:{qualifier or 'other'}",
                    showlegend=False,
                    meta={"metric_id": metric_id, "role": role, "qualifier": qualifier or "other", "kind": kind},
                ),
                row=panel,
                col=1,
            )


def _add_legend_keys(fig: go.Figure, rows: pd.DataFrame, lang: str) -> None:
    """Grey legend-only entries explaining each marker symbol used (the markers themselves are coloured
    by metric). They share a legendgroup with the real markers, so a click toggles all of them."""
    if rows.empty:
        return
    used = set(rows.loc[rows["role"] == "chosen", "qualifier"].fillna("exact"))
    for qualifier in QUALIFIER_ORDER:
        if qualifier in used:
            fig.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="markers",
                    name=i18n.qualifier_label(qualifier, lang),
                    marker={"symbol": QUALIFIER_SYMBOLS[qualifier], "color": LEGEND_KEY_COLOR, "size": 10},
                    legendgroup=f"q:{qualifier}",
                    hoverinfo="skip",
                    meta={"role": "legend", "qualifier": qualifier},
                )
            )
    if (rows["role"] == "other").any():
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=t("other_sources_legend", lang),
                marker={"symbol": OTHER_SOURCE_SYMBOL, "color": LEGEND_KEY_COLOR, "size": 12},
                legendgroup="q:other",
                hoverinfo="skip",
                meta={"role": "legend", "qualifier": "other"},
            )
        )


def _apply_layout(
    fig: go.Figure,
    rows: pd.DataFrame,
    lang: str,
    *,
    title: str,
    units: list[str],
    n_panels: int,
    scale: str,
    index: bool,
    width: int = CHART_WIDTH,
) -> None:
    title_lines = textwrap.wrap(title, title_wrap(width)) or [title]
    subtitle = subtitle_text(rows, lang, index=index) if not rows.empty else ""
    subtitle = "<br>".join(html.escape(line) for line in textwrap.wrap(subtitle, source_wrap(width) * 13 // 17))
    source, source_lines = source_text(rows, lang, width) if not rows.empty else ("", 0)
    legend_rows = sum((tr.name or "").count("<br>") + 1 for tr in fig.data if tr.showlegend is not False)

    # The title's extra lines are pushed down (see "y" below) and take their own room: count them twice.
    top = (MODEBAR_PX + 30 + 24 * len(title_lines) + 21 * (len(title_lines) - 1)
           + 18 * (subtitle.count("<br>") + 1 if subtitle else 0))
    bottom = TICK_LABELS_PX + legend_rows * LEGEND_ROW_PX + 10 + source_lines * SOURCE_LINE_PX + 8
    plot_h = PANEL_HEIGHT_SINGLE if n_panels == 1 else PANEL_HEIGHT_STACKED * n_panels
    height = top + plot_h + bottom
    fig.update_layout(
        template="plotly_white",
        font={"family": FONT, "size": 12, "color": "#222"},
        separators=i18n.PLOTLY_SEPARATORS[lang],
        height=height,
        margin={"t": top, "b": bottom, "l": 64, "r": 16},
        title={
            "text": "<br>".join(f"<b>{html.escape(line)}</b>" for line in title_lines),
            "subtitle": {"text": subtitle, "font": {"size": 13, "color": "#555"}},
            "x": 0,
            "xref": "container",
            "xanchor": "left",
            # Plotly anchors a multi-line title by its first line, so push it down by the extra lines.
            "y": 1 - (MODEBAR_PX + 10 + 21 * (len(title_lines) - 1)) / height,
            "yref": "container",
            "yanchor": "top",
            "pad": {"l": 12},
            "font": {"size": 17},
        },
        # A vertical legend below the plot: its height is n_entries x row height whatever the screen width,
        # so the source line under it never collides with it (horizontal legends wrap unpredictably).
        legend={
            "orientation": "v",
            "x": 0,
            "xanchor": "left",
            "y": -TICK_LABELS_PX / plot_h,
            "yanchor": "top",
            "traceorder": "normal",
            "tracegroupgap": 0,
            "font": {"size": 12},
            "itemclick": "toggle",
            "groupclick": "togglegroup",
        },
        hoverlabel={"align": "left", "font": {"size": 12}, "bgcolor": "white"},
        hovermode="closest",
    )
    if source:
        fig.add_annotation(
            text=source,
            xref="paper",
            x=0,
            xanchor="left",
            xshift=-52,
            yref="paper",
            y=0,
            yanchor="top",
            yshift=-(TICK_LABELS_PX + legend_rows * LEGEND_ROW_PX + 10),
            showarrow=False,
            align="left",
            font={"size": 11, "color": "#555"},
            name="source",
        )
    x_format = _xaxis_format(rows, lang) if not rows.empty else {}
    fig.update_xaxes(ticklabelstandoff=4, **({"showgrid": False} | x_format))
    y_type = "log" if scale == "log" else "linear"
    # Full digits with the language's separators ("300 000"), not SI suffixes like "300k".
    values = pd.to_numeric(rows.get("plotted_value", pd.Series(dtype=float)), errors="coerce").abs()
    y_format = ",.0f" if values.empty or values.max() >= 10 else ",.2~f"
    for panel in range(1, n_panels + 1):
        log_ticks: dict[str, Any] = {}
        if y_type == "log":
            # Every digit of every decade crowds a 300 px axis: over more than 1.5 decades, powers of ten only.
            # Decided per panel: a panel inside one decade (755 → 800) keeps Plotly's ticks, or it has none.
            panel_rows = rows if index or not units else rows[rows["unit"] == units[panel - 1]]
            panel_values = pd.to_numeric(panel_rows.get("plotted_value", pd.Series(dtype=float)),
                                         errors="coerce").abs()
            positive = panel_values[panel_values > 0]
            decades = math.log10(positive.max() / positive.min()) if len(positive) else 0
            if decades >= 1.5:
                log_ticks = {"dtick": 1}
        y_title = (
            t("index_axis", lang) if index else (i18n.unit_label(units[panel - 1], lang) if units else "")
        )
        fig.update_yaxes(
            type=y_type,
            title={"text": y_title, "font": {"size": 12}},
            rangemode="tozero" if y_type == "linear" else "normal",
            tickformat=y_format,
            **log_ticks,
            row=panel,
            col=1,
        )


def plotly_config(chart: Chart) -> dict[str, Any]:
    """Config for st.plotly_chart: the modebar PNG gets the file name <metric>_<as-of>.png at scale 2."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {"format": "png", "filename": chart.filename, "scale": 2},
        "modeBarButtonsToRemove": ["lasso2d", "select2d"],
    }


def rows_for_csv(chart: Chart) -> pd.DataFrame:
    """The drawn rows in a flat, documented column order for CSV/Parquet export."""
    out = chart.rows.reindex(columns=DRAWN_COLUMNS).copy()
    for col in ("period_start", "period_end", "published"):
        out[col] = out[col].map(lambda v: to_date(v).isoformat() if to_date(v) else None)
    return out

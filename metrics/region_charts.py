"""Figures of one metric across Kazakhstan's regions and cities for one period: a sorted bar chart and a tile
map (one equal square per region or city, placed roughly where it lies: no boundary files to ship).

Like the time-series charts they carry their title, subtitle (unit · period), source line and "as of" date
inside the figure, so the modebar PNG and the server-side PNG carry their provenance, and return the rows
they draw for the CSV export.
"""

from __future__ import annotations

import html
import textwrap

import pandas as pd
import plotly.graph_objects as go

from metrics import i18n, regions
from metrics.figures import (
    CHART_WIDTH,
    FONT,
    MODEBAR_PX,
    PALETTE,
    Chart,
    as_of_date,
    hover_text,
    source_text,
    source_wrap,
    title_wrap,
)
from metrics.i18n import t, to_date

REGION_COLUMNS = ["metric_id", "area", "period_start", "period_end", "period_kind", "value", "qualifier", "unit",
                  "obs_id", "source_id", "outlet", "published", "quote"]
NO_FIGURE = "#eeeeee"
TILE_SCALE = ("#deebf7", "#08519c")  # light → dark blue: more is darker


def latest_by_area(points: pd.DataFrame) -> pd.DataFrame:
    """One row per area other than the whole country: its latest figure (the period is chosen upstream by the
    page's date range)."""
    if points.empty:
        return points
    pts = points[points["area"].notna() & (points["area"] != "KZ")]
    pts = pts.sort_values(["area", "period_end"]).groupby("area", sort=False).tail(1)
    return pts.sort_values("value", ascending=False).reset_index(drop=True)


def _frame(rows: pd.DataFrame, title: str, lang: str, width: int, height_plot: int, *, left: int = 16,
           note: str = "") -> tuple[go.Figure, str]:
    """The figure with its title, subtitle (unit · period · `note`) and source line, all wrapped for `width`
    and starting at the figure's left edge whatever the plot's left margin (`left`: the bar names)."""
    title_lines = textwrap.wrap(title, title_wrap(width)) or [title]
    units = ", ".join(dict.fromkeys(i18n.unit_label(u, lang) for u in rows["unit"].dropna()))
    ends = rows["period_end"].map(to_date).dropna()
    period = (
        i18n.fmt_date(ends.max(), lang)
        if ends.min() == ends.max()
        else f"{i18n.fmt_date(ends.min(), lang)} – {i18n.fmt_date(ends.max(), lang)}"
    )
    subtitle = " · ".join(p for p in (units, t("latest_per_area", lang, period=period), note) if p)
    subtitle_lines = textwrap.wrap(subtitle, source_wrap(width) * 13 // 17) or [subtitle]
    source, n_source = source_text(rows, lang, width)
    top = MODEBAR_PX + 30 + 24 * len(title_lines) + 21 * (len(title_lines) - 1) + 18 * len(subtitle_lines)
    bottom = 40 + 15 * n_source
    height = top + height_plot + bottom
    fig = go.Figure()
    fig.update_layout(
        template="plotly_white",
        font={"family": FONT, "size": 12, "color": "#222"},
        separators=i18n.PLOTLY_SEPARATORS[lang],
        height=height,
        margin={"t": top, "b": bottom, "l": left, "r": 16},
        title={
            "text": "<br>".join(f"<b>{html.escape(line)}</b>" for line in title_lines),
            "subtitle": {"text": "<br>".join(html.escape(line) for line in subtitle_lines),
                         "font": {"size": 13, "color": "#555"}},
            "x": 0, "xref": "container", "xanchor": "left",
            "y": 1 - (MODEBAR_PX + 10 + 21 * (len(title_lines) - 1)) / height, "yref": "container",
            "yanchor": "top", "pad": {"l": 12}, "font": {"size": 17},
        },
        hoverlabel={"align": "left", "font": {"size": 12}, "bgcolor": "white"},
        showlegend=False,
    )
    fig.add_annotation(
        text=source, xref="paper", x=0, xanchor="left", xshift=12 - left, yref="paper", y=0, yanchor="top",
        yshift=-30,
        showarrow=False, align="left", font={"size": 11, "color": "#555"}, name="source",
    )
    return fig, subtitle


def _chart(fig: go.Figure, rows: pd.DataFrame, kind: str) -> Chart:
    latest = as_of_date(rows)
    as_of = latest.isoformat() if latest else None
    metric = rows["metric_id"].iloc[0] if not rows.empty else "chart"
    return Chart(figure=fig, rows=rows.reindex(columns=REGION_COLUMNS), as_of=as_of,
                 filename=f"{metric}_{kind}_{as_of or 'no-data'}")


def region_bars(rows: pd.DataFrame, label: str, lang: str, *, width: int = CHART_WIDTH) -> Chart:
    """Horizontal bars, largest on top, one per region or city, each with its figure's qualifier marker and
    the article's sentence in the hover."""
    rows = rows.sort_values("value", ascending=True)  # Plotly draws the first bar at the bottom
    names = [bar_name(a, lang, width) for a in rows["area"]]
    texts = [i18n.fmt_value(v, q, lang) for v, q in zip(rows["value"], rows["qualifier"], strict=True)]
    # The names' room is measured, not left to automargin, so the source line can start at the figure's edge;
    # the value axis leaves room for the longest value label beside its bar (a phone cut "14 000" off).
    left = min(width // 2, int(CHAR_PX * max((len(n) for n in names), default=4)) + 14)
    fig, _ = _frame(rows, t("regions_title", lang, metric=label), lang, width, 26 * len(rows) + 40, left=left)
    hovers = [hover_text(r, label, lang) for _, r in rows.iterrows()]
    fig.add_trace(go.Bar(
        x=rows["value"], y=names, orientation="h", marker={"color": PALETTE[0]},
        text=texts, textposition="outside", cliponaxis=False, customdata=hovers,
        hovertemplate="%{customdata}<extra></extra>", meta={"role": "regions"},
    ))
    plot_px = max(60, width - left - 16)
    label_px = CHAR_PX * max((len(x) for x in texts), default=4) + 12
    top_value = float(rows["value"].max()) if not rows.empty else 1.0
    fig.update_xaxes(showgrid=True, gridcolor="#eeeeee", tickformat=",.0f", nticks=4 if width < 600 else None,
                     range=[0, top_value * plot_px / max(20, plot_px - label_px)])
    fig.update_yaxes(automargin=False)
    return _chart(fig, rows, "regions")


CHAR_PX = 7.0  # width of an average character of the 12 px chart font (Arial), Latin or Cyrillic
PHONE_NAME_CHARS = 19  # longer names are replaced by the tile map's short name on a phone ("ВКО")


def bar_name(area: str, lang: str, width: int) -> str:
    """A region's name beside its bar: in full on a wide chart; on a phone "обл."/"reg." for "область"/"облысы"/
    "region", and the tile map's short name for names still too long ("Восточно-Казахстанская область" → "ВКО")."""
    full = i18n.area_label(area, lang)
    if width >= 600:
        return full
    short = full.replace(" область", " обл.").replace(" облысы", " обл.").replace(" region", " reg.")
    unit = regions.UNITS.get(area)
    if len(short) > PHONE_NAME_CHARS and unit is not None:
        return unit[3].get(lang, unit[3]["en"])
    return short


def region_tiles(rows: pd.DataFrame, label: str, lang: str, *, width: int = CHART_WIDTH) -> Chart:
    """A tile map of the 17 regions and 3 cities: darker is more; a region without a figure is grey."""
    values = dict(zip(rows["area"], rows["value"], strict=True))
    by_area = {r["area"]: r for _, r in rows.iterrows()}
    others = [a for a in values if a not in regions.UNITS]
    # Towns that are no region or city of republican significance: in the bar chart only, said in the subtitle
    # (an annotation in the corner overlapped the subtitle on a phone).
    note = i18n.tn("tiles_others", lang, len(others)) if others else ""
    fig, _ = _frame(rows, t("tiles_title", lang, metric=label), lang, width, 330, note=note)
    shown = [v for a, v in values.items() if a in regions.UNITS]
    lo, hi = (min(shown), max(shown)) if shown else (0, 1)
    xs, ys, colours, texts, hovers = [], [], [], [], []
    for area, (col, row, _names, short) in regions.UNITS.items():
        xs.append(col)
        ys.append(-row)
        value = values.get(area)
        if value is None:
            colours.append(NO_FIGURE)
            texts.append(f"{html.escape(short.get(lang, short['en']))}<br>–")
            hovers.append(f"<b>{html.escape(i18n.area_label(area, lang))}</b><br>{t('no_figure', lang)}")
        else:
            share = 0.0 if hi == lo else (value - lo) / (hi - lo)
            colours.append(_mix(TILE_SCALE[0], TILE_SCALE[1], 0.25 + 0.75 * share))
            r = by_area[area]
            shown_value = i18n.fmt_value(value, r["qualifier"], lang)
            texts.append(f"{html.escape(short.get(lang, short['en']))}<br><b>{shown_value}</b>")
            hovers.append(hover_text(r, f"{label} · {i18n.area_label(area, lang)}", lang))
    dark = [c != NO_FIGURE and _luma(c) < 0.55 for c in colours]
    # One tile per column step, a few pixels apart, with labels that fit a tile ("Қарағанды" on a phone).
    step = (width - 32) / 6.2
    tile = int(min(62, step - 3))
    fig.add_trace(go.Scatter(
        x=xs, y=ys, mode="markers+text", text=texts, textposition="middle center",
        textfont={"size": 10 if tile >= 56 else 8, "color": ["white" if d else "#222" for d in dark]},
        marker={"symbol": "square", "size": tile, "color": colours, "line": {"width": 1, "color": "white"}},
        customdata=hovers, hovertemplate="%{customdata}<extra></extra>", meta={"role": "tiles"},
    ))
    fig.update_xaxes(visible=False, range=[-0.6, 5.6])
    fig.update_yaxes(visible=False, range=[-4.6, 0.6], scaleanchor="x" if width >= 600 else None)
    return _chart(fig, rows, "tiles")


def _mix(a: str, b: str, share: float) -> str:
    ca = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(ca, cb, strict=True))


def _luma(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b

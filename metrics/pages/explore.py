"""Explore: chosen metrics in one area, the growth table between two figures, stated multiples."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from metrics import figures, growth, i18n, state
from metrics.i18n import t
from metrics.pages.caches import (
    cached_growth_points,
    cached_region_chart,
    cached_region_png,
    cached_region_rows,
    cached_series_index,
    cached_stated_multiples,
)
from metrics.pages.view_state import bound_widget
from metrics.pages.widgets import (
    Ctx,
    date_range,
    hint,
    is_phone,
    labels_for,
    md_escape,
    period_label,
    section,
    show_chart,
    show_figure,
)


def render(ctx: Ctx) -> None:
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
    c3, c4 = st.columns([2, 2], vertical_alignment="bottom")
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
    start, end = date_range(lang, "e_range")
    if not chosen:
        st.info(t("pick_metric", lang))
        return
    show_chart(ctx, "explore_chart", tuple(chosen), area, scale=scale, index=bool(index_on), start=start, end=end)
    render_regions(ctx, list(chosen), labels, start, end)
    render_growth_table(ctx, list(chosen), area, labels, start, end)
    render_stated_multiples(ctx, list(chosen), area, labels, start, end)



def render_regions(ctx: Ctx, chosen: list[str], labels: dict[str, str], start: str, end: str) -> None:
    """Where a chosen metric has figures for two regions or cities or more: its latest figure per region in
    the date range, as a sorted bar chart and a tile map, each with PNG and CSV downloads."""
    lang = ctx.lang
    index = cached_series_index(ctx.path, ctx.version)
    regional = index[(index["area"] != state.DEFAULT_AREA) & index["metric_id"].isin(chosen)]
    counts = regional.groupby("metric_id")["area"].nunique()
    candidates = [m for m in chosen if counts.get(m, 0) >= 2]
    if not candidates:
        return
    section(t("regions_section", lang))
    st.caption(hint("regions_intro", lang))
    if st.session_state.get("v_r_metric") not in candidates:
        st.session_state["v_r_metric"] = candidates[0]
        st.session_state.pop("r_metric", None)
    metric_id = bound_widget(
        "r_metric", st.selectbox, t("regions_metric", lang), candidates, format_func=lambda m: labels.get(m, m),
        key="r_metric",
    )
    rows = cached_region_rows(ctx.path, ctx.version, metric_id, start, end)
    if len(rows) < 2:
        st.caption(t("regions_need_two", lang))
        return
    width = figures.PHONE_CHART_WIDTH if is_phone() else figures.CHART_WIDTH
    for kind in ("bars", "tiles"):
        chart = cached_region_chart(ctx.path, ctx.version, metric_id, lang, start, end, kind, width)
        show_figure(
            ctx, f"regions_{kind}", chart,
            lambda kind=kind: cached_region_png(ctx.path, ctx.version, metric_id, lang, start, end, kind),
            lambda chart=chart: chart.rows,
        )


def render_growth_table(
    ctx: Ctx, chosen: list[str], area: str, labels: dict[str, str], start: str = "", end: str = ""
) -> None:
    lang = ctx.lang
    section(t("growth_table", lang))
    c1, c2, c3 = st.columns([2, 2, 2])
    with c1:
        if st.session_state.get("v_g_metric") not in chosen:
            st.session_state["v_g_metric"] = chosen[0]
            st.session_state.pop("g_metric", None)
        metric_id = bound_widget(
            "g_metric", st.selectbox, t("metric", lang), chosen, format_func=lambda m: labels.get(m, m), key="g_metric"
        )
    pts, point_labels = cached_growth_points(ctx.path, ctx.version, metric_id, area, lang, start, end)
    if len(pts) < 2:
        st.caption(t("need_two_points", lang))
        return
    options = list(range(len(pts)))
    for name in (f"g_from_{metric_id}", f"g_to_{metric_id}"):  # another area has other points
        if st.session_state.get(f"v_{name}") not in (None, *options):
            st.session_state.pop(f"v_{name}")
            st.session_state.pop(name, None)
    with c2:
        i = bound_widget(
            f"g_from_{metric_id}",
            st.selectbox,
            t("from_point", lang),
            options,
            default=0,
            key=f"g_from_{metric_id}",
            format_func=lambda k: point_labels[k],
        )
    with c3:
        j = bound_widget(
            f"g_to_{metric_id}",
            st.selectbox,
            t("to_point", lang),
            options,
            default=len(pts) - 1,
            key=f"g_to_{metric_id}",
            format_func=lambda k: point_labels[k],
        )
    if i == j:  # a growth of a figure from itself: zeros that look like a result
        st.info(t("same_point", lang))
        return
    if i > j:  # said, not silently swapped
        st.caption(t("points_swapped", lang))
    a, b = pts.iloc[min(i, j)], pts.iloc[max(i, j)]
    refusal = growth.growth_refusal(a["figure_kind"], b["figure_kind"])
    if refusal:  # a running total against one year's count is no growth: say why instead of a number
        # Each figure by its period and value ("19.08.2022: 3 mn+"); its kind is said once, by the sentence.
        def short(p: pd.Series) -> str:
            return f"{period_label(p, lang)}: {i18n.fmt_value(p['value'], p['qualifier'], lang)}"

        st.info(
            t(refusal, lang, a=short(a), b=short(b),
              ka=t(f"kind_{a['figure_kind']}", lang), kb=t(f"kind_{b['figure_kind']}", lang)),
            icon=":material/block:",
        )
        return
    g = growth.growth_between(a["value"], a["period_end"], a["qualifier"], b["value"], b["period_end"], b["qualifier"])
    # A static table: seven measures need no scrolling, and a data grid's toolbar covered the "To" selector
    # above it on a phone.
    st.table(
        growth_table_frame(
            g, lang, start_label=period_label(a, lang), end_label=period_label(b, lang),
            start_qualifier=a["qualifier"], end_qualifier=b["qualifier"],
        ),
        hide_index=True,
    )
    if g.qualifier == growth.UNDETERMINED:
        st.caption(t("growth_undetermined", lang))


def growth_table_frame(
    g: growth.Growth,
    lang: str,
    *,
    start_label: str,
    end_label: str,
    start_qualifier: str | None = None,
    end_qualifier: str | None = None,
) -> pd.DataFrame:
    """The growth measures as a two-column table: both figures with their qualifiers ("3 mn+"), the derived
    values with the combined qualifier ("at least"), or "undetermined" when the bounds cancel out."""
    q = "" if g.qualifier == "exact" else f" ({i18n.qualifier_label(g.qualifier, lang)})"
    undetermined = g.qualifier == growth.UNDETERMINED

    def derived(text: str) -> str:
        return f"– ({i18n.qualifier_label(g.qualifier, lang)})" if undetermined else text + q

    rows = [
        (t("from_point", lang), f"{start_label}: {i18n.fmt_value(g.start_value, start_qualifier, lang)}"),
        (t("to_point", lang), f"{end_label}: {i18n.fmt_value(g.end_value, end_qualifier, lang)}"),
        (t("years", lang), i18n.fmt_number(g.years, lang, decimals=2)),
        (t("abs_change", lang), derived(i18n.fmt_signed(g.abs_change, lang))),
        (t("pct_change", lang), derived(i18n.fmt_percent(g.pct_change, lang))),
        (t("x_fold", lang), derived("×" + i18n.fmt_number(g.x_fold, lang) if g.x_fold is not None else "–")),
        (t("cagr", lang), derived(i18n.fmt_percent(g.cagr, lang))),
    ]
    return pd.DataFrame(rows, columns=[t("measure", lang), t("result", lang)])


def render_stated_multiples(
    ctx: Ctx, chosen: list[str], area: str, labels: dict[str, str], start: str = "", end: str = ""
) -> None:
    """Multiples stated in the articles ("almost four times") against the figures, for the statements dated
    within the date range (see docs/dashboard.md)."""
    lang = ctx.lang
    multiples, n_all = cached_stated_multiples(ctx.path, ctx.version, tuple(chosen), area, start, end)
    if not multiples:
        return
    section(t("stated_vs_computed", lang))
    if start or end:
        st.caption(t("stated_in_range", lang))
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
            f"**{md_escape(labels.get(sm.metric_id, sm.metric_id))}** · "
            f"{_span_label(sm.start_date, sm.end_date, lang)}  \n"
            f"{t('stated', lang)}: **{md_escape(stated)}** · {t('computed', lang)}: {md_escape(computed)}"
        )
        # st.caption renders Markdown: escape the article's sentence so it stays plain text.
        st.caption(md_escape(f"{sm.outlet or '–'}: «{' '.join(sm.quote.split())}»"))


def _span_label(start: object, end: object, lang: str) -> str:
    """ "2020 → 30 Jan 2026", or "since an unstated start → 30 Jan 2026" when the article gives no start
    (never "30 Jan 2026 → 30 Jan 2026")."""
    d0, d1 = i18n.to_date(start), i18n.to_date(end)
    if d0 is None or d0 == d1:
        return t("until_date", lang, date=i18n.fmt_date(d1, lang))
    return f"{_start_label(d0, lang)} → {i18n.fmt_date(d1, lang)}"


def _start_label(day: object, lang: str) -> str:
    """"2020" for a period starting on 1 January (how articles put it: "if in 2020 …"), else the date."""
    d = i18n.to_date(day)
    return str(d.year) if d is not None and (d.month, d.day) == (1, 1) else i18n.fmt_date(d, lang)


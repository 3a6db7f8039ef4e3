"""Overview: how is volunteering in Kazakhstan growing? KPI cards and the headline charts."""

from __future__ import annotations

import streamlit as st

from metrics import data, i18n, state
from metrics.i18n import t
from metrics.pages.caches import cached_points, cached_series_index
from metrics.pages.widgets import Ctx, hint, kpi_row, labels_for, section, show_chart

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


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    section(t("overview_question", lang))
    st.caption(hint("overview_intro", lang))
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
            st.caption(hint("blood_single", lang))


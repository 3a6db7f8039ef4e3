"""Programs: one card per national program or campaign (data/programs.csv): its latest figures, a small chart
per metric and its sources."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from loaders.programs import load_programs
from metrics import i18n
from metrics import programs as pr
from metrics.i18n import t
from metrics.pages import caches, rebuild
from metrics.pages.widgets import Ctx, fmt_day, labels_for, section


def small_chart(points, title: str, unit: str, lang: str) -> go.Figure:
    fig = go.Figure(go.Scatter(x=points["period_end"], y=points["value"], mode="lines+markers",
                               text=points["quote"].str.slice(0, 160),
                               hovertemplate="%{y:,}<br>%{text}<extra></extra>"))
    fig.update_layout(title={"text": title, "font": {"size": 13}}, height=220,
                      margin={"l": 10, "r": 10, "t": 40, "b": 10}, yaxis_title=i18n.unit_label(unit, lang),
                      separators=i18n.PLOTLY_SEPARATORS[lang])
    return fig


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    section(t("page_programs", lang))
    st.caption(t("programs_intro", lang))
    _, curated, _ = rebuild.folders(ctx.path)
    figs = caches.cached_program_figures(ctx.path, ctx.version)
    latest = pr.latest_per_metric(figs)
    labels = labels_for(ctx)
    for program in load_programs(curated):
        mine = figs[figs["program"] == program.program_id] if not figs.empty else figs
        sources = caches.cached_program_sources(ctx.path, ctx.version, program.program_id)
        with st.container(border=True):
            st.markdown(f"**{program.label(lang)}**")
            if sources.empty:
                st.caption(t("programs_none", lang))
                continue
            last = latest[latest["program"] == program.program_id] if not latest.empty else latest
            cols = st.columns(max(1, min(4, len(last))))
            for i, row in enumerate(last.itertuples()):
                cols[i % len(cols)].metric(labels.get(row.metric_id, row.metric_id),
                                           i18n.fmt_value(row.value, row.qualifier, lang),
                                           help=f"{fmt_day(row.period_end, lang)} · {i18n.area_label(row.area, lang)}")
            for metric_id, points in mine.groupby("metric_id", sort=True):
                st.plotly_chart(small_chart(points, labels.get(metric_id, metric_id), points["unit"].iloc[0], lang),
                                key=f"prog_{program.program_id}_{metric_id}", theme=None)
            with st.expander(t("programs_sources", lang, n=len(sources))):
                for s in sources.itertuples():
                    st.text(f"{fmt_day(s.published, lang)} · {s.outlet or ''} · {s.title or s.source_id} "
                            f"({s.n_figures})")

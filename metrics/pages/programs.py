"""Programs: one card per national program or campaign (data/programs.csv and data/curated/programs.csv): its
latest figures, a small chart per metric and its sources. The charts are built like every other chart
(metrics.figures.series_chart): title, subtitle, source line and "as of" inside the figure, so its PNG carries
them."""

from __future__ import annotations

import streamlit as st

from loaders.curated import CuratedError
from loaders.programs import load_programs
from metrics import figures, i18n, state
from metrics import programs as pr
from metrics.i18n import t
from metrics.pages import caches, rebuild
from metrics.pages.widgets import Ctx, fmt_day, is_phone, labels_for, md_escape, section, show_figure

SMALL_CHART_WIDTH = 600  # two charts side by side on a desktop: titles and source lines wrapped for that


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    section(t("page_programs", lang))
    st.caption(t("programs_intro", lang))
    _, curated, _ = rebuild.folders(ctx.path)
    figs = caches.cached_program_figures(ctx.path, ctx.version)
    latest = pr.latest_per_metric(figs)
    labels = labels_for(ctx)
    try:
        programs = load_programs(curated)
    except CuratedError as exc:  # a hand-edited lexicon with a bad row: the build refuses it as well
        st.error(t("rebuild_failed", lang, msg=str(exc)))
        return
    for program in programs:
        mine = figs[figs["program"] == program.program_id] if not figs.empty else figs
        sources = caches.cached_program_sources(ctx.path, ctx.version, program.program_id)
        with st.container(border=True):
            st.markdown(f"**{md_escape(program.label(lang))}**")
            last = latest[latest["program"] == program.program_id] if not latest.empty else latest
            if last.empty:  # say why the card is empty, and what would fill it
                st.info(no_figures_text(lang, has_sources=not sources.empty, readonly=state.readonly()),
                        icon=":material/info:")
            cols = st.columns(max(1, min(4, len(last))))
            for i, row in enumerate(last.itertuples()):
                cols[i % len(cols)].metric(labels.get(row.metric_id, row.metric_id),
                                           i18n.fmt_value(row.value, row.qualifier, lang),
                                           help=f"{fmt_day(row.period_end, lang)} · {i18n.area_label(row.area, lang)}")
            width = figures.PHONE_CHART_WIDTH if is_phone() else SMALL_CHART_WIDTH
            chart_cols = st.columns(2)
            for i, metric_id in enumerate(sorted(mine["metric_id"].unique()) if not mine.empty else []):
                args = (ctx.path, ctx.version, program.program_id, program.label(lang), metric_id, lang)
                chart = caches.cached_program_chart(*args, width)
                with chart_cols[i % 2]:  # the chart with its PNG and CSV downloads, like every other chart
                    show_figure(ctx, f"prog_{program.program_id}_{metric_id}", chart,
                                lambda args=args: caches.cached_program_png(*args),
                                lambda chart=chart: figures.rows_for_csv(chart))
            if not sources.empty:
                with st.expander(t("programs_sources", lang, n=len(sources))):
                    for s in sources.itertuples():
                        st.text(f"{fmt_day(s.published, lang)} · {s.outlet or ''} · {s.title or s.source_id} "
                                f"({s.n_figures})")


def no_figures_text(lang: str, *, has_sources: bool, readonly: bool) -> str:
    """Why a program's card has no figures, and what would tie some to it (the Review page's alias form, or
    accepting the candidates of the articles that name it; not offered in a read-only deployment)."""
    parts = [t("programs_none", lang)]
    if not readonly:
        parts.append(t("programs_none_candidates" if has_sources else "programs_none_alias", lang))
    return " ".join(parts)

"""Data: every observation (accepted, candidate, rejected), filtered and paged in SQL, with downloads."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from metrics import data, export, i18n, state
from metrics.i18n import t
from metrics.pages import caches
from metrics.pages.caches import cached_obs_metric_ids, cached_obs_page, get_db
from metrics.pages.view_state import bound_widget
from metrics.pages.widgets import (
    Ctx,
    date_range,
    fmt_day,
    labels_for,
    page_offset,
    page_picker,
    section,
    shown_caption,
    slug,
)


def download_name(f: data.ObsFilter) -> str:
    """The downloads' file name, after the filter, so two downloads with different filters never collide:
    "observations_all", "observations_rejected_volunteers_total_q=марафон_2020-01-01--end"."""
    statuses = list(f.statuses or ())
    return "observations_" + (
        slug(
            "" if statuses == list(state.STATUSES) else "-".join(statuses) or "none",
            "-".join(f.metric_ids),
            f.search and f"q={f.search}",
            (f.start or f.end) and f"{f.start or 'start'}--{f.end or 'end'}",
        )
        or "all"
    )


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    section(t("page_data", lang))
    labels = labels_for(ctx)
    # Every filter is bound to the view state, so it is in the URL and survives a language switch.
    top_left, top_right = st.columns([3, 2])
    with top_left:  # pills show every status at any width (a multiselect hid the third)
        status = bound_widget(
            "status",
            st.pills,
            t("status", lang),
            list(state.STATUSES),
            selection_mode="multi",
            key="d_status",
            format_func=lambda s: t(f"status_{s}", lang),
        )
    with top_right:
        start, end = date_range(lang, "d_range")
    metric_opts = sorted(cached_obs_metric_ids(ctx.path, ctx.version), key=lambda m: labels.get(m, m))
    # A link may name metrics this database does not have: keep the ones it has.
    st.session_state["v_dmetrics"] = [m for m in st.session_state["v_dmetrics"] if m in metric_opts]
    c2, c3, c4 = st.columns([2, 2, 1])
    with c2:
        chosen = bound_widget(
            "dmetrics",
            st.multiselect,
            t("metrics", lang),
            metric_opts,
            key="d_metrics",
            format_func=lambda m: labels.get(m, m),
            placeholder=t("choose", lang),
        )
    with c3:
        needle = bound_widget("q", st.text_input, t("search", lang), key="d_search")
    with c4:
        order = bound_widget(
            "order",
            st.selectbox,
            t("sort_by", lang),
            list(data.OBS_ORDERS),
            key="d_order",
            format_func=lambda o: t(f"order_{o}", lang),
        )
    # Filtering, search, sorting and paging run in SQL; the table shows one page of caches.DATA_PAGE_ROWS rows.
    f = data.ObsFilter(statuses=tuple(status or ()), metric_ids=tuple(chosen), search=needle, start=start, end=end)
    offset = page_offset("d_page", caches.DATA_PAGE_ROWS, (f, order))
    view, total = cached_obs_page(ctx.path, ctx.version, f, order, offset)
    shown = view.assign(
        metric=view["metric_id"].map(
            lambda m: labels.get(m, t("no_metric", lang)) if isinstance(m, str) else t("no_metric", lang)
        ),
        status=view["status"].map(lambda s: t(f"status_{s}", lang)),
        value_text=[i18n.fmt_value(v, q, lang) for v, q in zip(view["value"], view["qualifier"], strict=True)],
        unit=view["unit"].map(lambda u: i18n.unit_label(u, lang) if isinstance(u, str) else ""),
        area=view["area"].map(lambda a: i18n.area_label(a, lang) if isinstance(a, str) else ""),
        period_end=view["period_end"].map(lambda d: fmt_day(d, lang)),
        published=view["published"].map(lambda d: fmt_day(d, lang)),
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
    st.caption(shown_caption(offset, len(view), total, lang))
    st.dataframe(shown[list(columns)].rename(columns=columns), hide_index=True, width="stretch")
    page_picker("d_page", total, caches.DATA_PAGE_ROWS, lang)

    # Downloads: every matching row (not only the page shown), in the table's order, queried when the
    # button is clicked. Streamlit holds a download in memory, so it is capped at caches.DOWNLOAD_MAX_ROWS rows.
    db = get_db(ctx.path)

    def matching_rows() -> pd.DataFrame:
        return data.load_observations(db, f, order=order, limit=caches.DOWNLOAD_MAX_ROWS)

    if total > caches.DOWNLOAD_MAX_ROWS:
        st.warning(
            t(
                "download_capped",
                lang,
                cap=i18n.fmt_number(caches.DOWNLOAD_MAX_ROWS, lang, compact=False),
                n=i18n.fmt_number(total, lang, compact=False),
            ),
            icon="⚠️",
        )
    name = download_name(f)
    c1, c2, _ = st.columns([1, 1, 3])
    with c1:
        st.download_button(
            t("download_csv", lang),
            lambda: export.csv_bytes(matching_rows()),
            file_name=f"{name}.csv",
            mime="text/csv",
            key="d_csv",
            on_click="ignore",
            icon=":material/table:",
        )
    with c2:
        st.download_button(
            t("download_parquet", lang),
            lambda: export.parquet_bytes(matching_rows()),
            file_name=f"{name}.parquet",
            mime="application/vnd.apache.parquet",
            key="d_parquet",
            on_click="ignore",
            icon=":material/database:",
        )


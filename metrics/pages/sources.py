"""Sources: the articles, and one article's text with its figures marked."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from metrics import i18n
from metrics.i18n import t
from metrics.pages import caches
from metrics.pages.caches import cached_article, cached_sources
from metrics.pages.view_state import bound_widget
from metrics.pages.widgets import Ctx, fmt_day, labels_for, page_offset, page_picker, section, shown_caption


def tag(label: str) -> str:
    """A figure's label after it in the article text: in square brackets unless already in parentheses."""
    return label if label.startswith("(") and label.endswith(")") else f"[{label}]"


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
            # "[Blood donors per year]", and "(no metric)" as it is, not "[(no metric)]"
            f'<sup style="color:#555;font-size:0.75em">&nbsp;{html.escape(tag(label))}</sup>'
        )
        pos = end
    out.append(html.escape(text[pos:]))
    return (
        '<div style="white-space:pre-wrap;line-height:1.6;font-size:0.95rem;overflow-wrap:anywhere">'
        + "".join(out)
        + "</div>"
    )



def render(ctx: Ctx) -> None:
    lang = ctx.lang
    section(t("page_sources", lang))
    st.caption(t("sources_intro", lang))
    # Articles are listed a page at a time, newest first, without their text; one article's text is read
    # when it is selected.
    search = st.text_input(t("search_articles", lang), key="s_search")
    offset = page_offset("s_page", caches.SOURCES_PAGE_ROWS, search)
    sources, total = cached_sources(ctx.path, ctx.version, search, offset)
    if sources.empty:
        st.info(t("no_data", lang))
        return

    def published(row: pd.Series) -> str:
        day = fmt_day(row["published"], lang)
        if row["date_basis"] == "year_only":  # only the year is known (DESIGN §2)
            return f"{pd.Timestamp(row['published']).year} ({t('inferred', lang)})"
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
    st.caption(shown_caption(offset, len(sources), total, lang))
    st.dataframe(table, hide_index=True, width="stretch", column_config={"URL": st.column_config.LinkColumn("URL")})
    page_picker("s_page", total, caches.SOURCES_PAGE_ROWS, lang)
    ids = list(sources["source_id"])
    titles = dict(zip(ids, sources["title"].fillna("–") + " — " + sources["outlet"].fillna("–"), strict=True))
    if st.session_state.get("v_article") not in ids:  # none chosen yet, or not on this page of the list
        st.session_state["v_article"] = ids[0]
        st.session_state.pop("source_pick", None)
    source_id = bound_widget(
        "article", st.selectbox, t("article", lang), ids, format_func=lambda s: titles[s], key="source_pick"
    )
    text, spans = cached_article(ctx.path, ctx.version, source_id)
    st.markdown(f"**{t('article_text', lang)}**")
    st.html(highlighted_article_html(text, spans, labels_for(ctx), lang))


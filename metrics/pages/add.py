"""Add: upload articles (.txt, .md, .html/.htm; several at once) or paste text, check the fields a web page
gave, preview every figure, save (atomic, under the data folder's lock) and rebuild in the background."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from loaders.add import AddError, Prepared, prepare_text, prepare_upload, save_articles, with_fields
from loaders.build import process_article
from loaders.lock import LockBusy
from metrics import i18n
from metrics.i18n import t
from metrics.pages import rebuild
from metrics.pages.widgets import Ctx, labels_for, section

LANG_CHOICES = ("", "ru", "kk", "en")
ROUND, CLEAR, LAST_SAVED = "add_round", "add_clear", "add_last_saved"


def _lang_choice(code: str) -> str:
    return code or "—"  # no language given: the build detects it


def preview_figures(item: Prepared) -> list[dict[str, Any]]:
    """The figures the build will find in the article (duplicates left out), with why each is a candidate."""
    meta = {"url": item.url, "outlet": item.outlet, "lang": item.lang,
            "published": item.published.isoformat() if item.published else None}
    res = process_article(item.file_name, item.text, item.sha256, meta)
    out = []
    for f in res["figures"]:
        if f.get("duplicate_of") is not None:
            continue
        why = None
        if f.get("planned"):
            why = "why_plan"
        elif not f.get("metric"):
            why = "why_no_metric"
        out.append(dict(f, why=why))
    return out


def why_text(fig: dict[str, Any], lang: str) -> str:
    if fig["why"] is None:
        return ""
    return t(fig["why"], lang, noun=fig.get("noun") or "?", unit=fig.get("unit") or "?")


def preview_html(text: str, figs: list[dict[str, Any]], labels: dict[str, str], lang: str) -> str:
    """The article with each figure marked: value, qualifier, period, area, metric (or why it is a candidate)
    in the mark's tooltip and a label after it. Article text is escaped (never HTML)."""
    out, pos = [], 0
    for f in sorted(figs, key=lambda f: f["start"]):
        start, end = int(f["start"]), int(f["end"])
        if start < pos or end > len(text):
            continue
        metric = labels.get(f["metric"], f["metric"]) if f["metric"] else why_text(f, lang)
        tip = (f"{i18n.fmt_value(f['value'], f['qualifier'], lang)} {i18n.unit_label(f['unit'], lang)} · "
               f"{f['period_start'] or '?'}..{f['period_end'] or '?'} · {i18n.area_label(f['area'], lang)} · {metric}")
        colour = "#fff3b0" if f["why"] is None else "#e8e8e8"
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark data-figure="1" style="background:{colour};padding:0 2px" title="{html.escape(tip)}">'
                   f'{html.escape(text[start:end])}</mark><sup style="color:#555;font-size:0.75em">'
                   f'&nbsp;[{html.escape(metric)}]</sup>')
        pos = end
    out.append(html.escape(text[pos:]))
    return '<div style="white-space:pre-wrap;line-height:1.6;max-height:30rem;overflow:auto">' + "".join(out) + "</div>"


def figures_table(figs: list[dict[str, Any]], labels: dict[str, str], lang: str) -> pd.DataFrame:
    return pd.DataFrame([{
        t("col_figure", lang): f["text"], t("col_value", lang): f["value"],
        t("col_qualifier", lang): i18n.qualifier_label(f["qualifier"], lang),
        t("col_unit", lang): i18n.unit_label(f["unit"], lang),
        t("col_period", lang): f"{f['period_start'] or '?'}..{f['period_end'] or '?'}",
        t("col_area", lang): i18n.area_label(f["area"], lang),
        t("col_metric", lang): labels.get(f["metric"], f["metric"]) if f["metric"] else "",
        t("col_program", lang): f.get("program") or "",
        t("col_why_candidate", lang): why_text(f, lang),
    } for f in figs])


def _prepared(ctx: Ctx, uploads: list[Any], pasted: str, common: dict[str, Any]) -> list[Prepared]:
    items = []
    for up in uploads:
        items.append(prepare_upload(up.name, up.getvalue(), **common))
    if pasted.strip():
        items.append(prepare_text(pasted, name="pasted.txt", **common))
    return items


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    section(t("page_add", lang))
    st.caption(t("add_intro", lang))
    articles, _, _ = rebuild.folders(ctx.path)
    # After a save the inputs start empty again: the uploader gets a new key (Streamlit cannot clear one), the
    # pasted text is cleared before its widget is drawn.
    round_no = st.session_state.get(ROUND, 0)
    if st.session_state.pop(CLEAR, False):
        for key in ("add_paste", "add_url", "add_outlet", "add_published", "add_lang"):
            st.session_state[key] = ""
    uploads = st.file_uploader(t("add_files", lang), type=["txt", "md", "html", "htm"], accept_multiple_files=True,
                               key=f"add_files_{round_no}") or []
    pasted = st.text_area(t("add_paste", lang), key="add_paste", height=150)
    c1, c2, c3, c4 = st.columns(4)
    url = c1.text_input(t("col_url", lang), key="add_url")
    outlet = c2.text_input(t("col_outlet", lang), key="add_outlet")
    published = c3.text_input(t("col_published", lang), key="add_published", placeholder="YYYY-MM-DD")
    alang = c4.selectbox(t("language", lang), LANG_CHOICES, key="add_lang", format_func=_lang_choice)
    try:
        items = _prepared(ctx, uploads, pasted, {"url": url, "outlet": outlet, "published": published,
                                                 "lang": alang})
    except AddError as exc:
        st.error(str(exc))
        return
    rebuild.progress_panel(ctx.path, lang)
    last = st.session_state.get(LAST_SAVED) or {}
    for name in last.get("added", []):
        st.caption(t("add_saved", lang, name=name))
    for given, existing in last.get("already", []):
        st.info(t("add_already", lang, name=given, existing=existing))
    if not items:
        return
    labels = labels_for(ctx)
    ready: list[Prepared] = []
    for n, item in enumerate(items):
        if item.problem is not None:
            st.error(t("add_refused", lang, name=item.source_name, reason=item.problem.reason))
            continue
        # Widgets of an article are keyed by its content, so the fields of one article never stay on another
        # (a widget with a key keeps its value whatever default it is given next).
        i = f"{n}_{item.sha256[:12]}"
        with st.expander(f"{item.source_name} → {item.title or item.file_name}", expanded=True):
            if item.found:
                st.caption(t("add_found", lang))
            f1, f2, f3, f4 = st.columns(4)
            try:
                edited = with_fields(
                    item,
                    url=f1.text_input(t("col_url", lang), item.url or "", key=f"add_{i}_url"),
                    outlet=f2.text_input(t("col_outlet", lang), item.outlet or "", key=f"add_{i}_outlet"),
                    published=f3.text_input(t("col_published", lang),
                                            item.published.isoformat() if item.published else "",
                                            key=f"add_{i}_published"),
                    lang=f4.selectbox(t("language", lang), LANG_CHOICES, key=f"add_{i}_lang",
                                      index=LANG_CHOICES.index(item.lang or ""), format_func=_lang_choice),
                )
            except AddError as exc:
                st.error(str(exc))
                continue
            figs = preview_figures(edited)
            st.markdown(t("add_n_figures", lang, n=len(figs), c=sum(1 for f in figs if f["why"])))
            st.html(preview_html(edited.text, figs, labels, lang))
            if figs:
                st.dataframe(figures_table(figs, labels, lang), hide_index=True, key=f"add_{i}_table")
            ready.append(edited)
    if ready and st.button(t("add_save", lang, n=len(ready)), type="primary", key="add_save"):
        try:
            result = save_articles(ready, articles, lock_folder=Path(ctx.path).parent, wait=30)
        except LockBusy as exc:  # a long build elsewhere holds the data folder: nothing was written
            st.error(t("review_refused", lang, msg=str(exc)))
            return
        # Said at the top of the page after the rerun (the inputs are empty then; see above).
        st.session_state[LAST_SAVED] = {"added": result.added, "already": result.already}
        if result.added:
            st.session_state[ROUND] = round_no + 1
            st.session_state[CLEAR] = True
            rebuild.start(ctx.path)
        st.rerun()

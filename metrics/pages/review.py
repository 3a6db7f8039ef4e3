"""Review: the queue of what needs a person (metrics/review.py), most important first; each figure in its
sentence with the figure marked; actions written as rows of data/curated/ (loaders/curated.py), undo, a new
metric made from a group of candidates, and programs (or another name of a known one) added to the lexicon.
The reviewer's name is asked once per browser session. The queue is cached by the database version and a hash
of data/curated/, so a rerun computes nothing and an action shows at once."""

from __future__ import annotations

import hashlib
import html
from typing import Any

import pandas as pd
import streamlit as st

from loaders.curated import (
    KNOWN_UNITS,
    METRIC_KINDS,
    QUALIFIERS,
    CuratedError,
    Receipt,
    review_row,
    undo,
    write_actions,
)
from loaders.lock import LockBusy
from loaders.programs import alias_pattern, load_programs
from metrics import i18n
from metrics import review as rq
from metrics.i18n import t
from metrics.pages import caches, rebuild
from metrics.pages.widgets import Ctx, labels_for, section

RECEIPTS = "review_receipts"
SHOWN_ITEMS = 200


def sentence_html(obs: dict[str, Any]) -> str:
    """The figure's sentence with the figure marked (escaped text)."""
    quote, fig = str(obs["quote"] or ""), str(obs["figure_text"] or "")
    at = quote.find(fig) if fig else -1
    if at < 0:
        return f"<div>{html.escape(quote)}</div>"
    return (f"<div style='line-height:1.6'>{html.escape(quote[:at])}<mark style='background:#fff3b0'>"
            f"{html.escape(fig)}</mark>{html.escape(quote[at + len(fig):])}</div>")


def item_label(item: pd.Series, lang: str, labels: dict[str, str]) -> str:
    """A queue item as the reader's language says it: "[candidates] «набор» (items): 3 figures in 1 articles"."""
    p: dict[str, Any] = item["parts"] if isinstance(item.get("parts"), dict) else {}

    def metric(mid: Any) -> str:
        return labels.get(mid, mid) if isinstance(mid, str) and mid else t("no_metric", lang)

    def value(v: Any, q: Any = "exact") -> str:
        return i18n.fmt_value(v, q if isinstance(q, str) else "exact", lang)

    kind = str(item["kind"])
    if kind == "outlier" and p.get("factor") is not None and not pd.isna(p["factor"]):
        text = t("queue_below", lang, metric=metric(p["metric_id"]), area=i18n.area_label(p["area"], lang),
                 value=value(p["value"]), x=i18n.fmt_number(p["factor"], lang, compact=False))
    elif kind == "outlier":
        text = t("queue_drop", lang, metric=metric(p["metric_id"]), area=i18n.area_label(p["area"], lang),
                 value=value(p["value"]), pct=i18n.fmt_percent(p["drop"], lang, signed=False),
                 prev=value(p["prev_value"]), prev_kind=i18n.code_label("period_kind", p["prev_kind"], lang),
                 kind=i18n.code_label("period_kind", p["kind"], lang))
    elif kind == "disagreement":
        text = t("queue_disagree", lang, metric=metric(p["metric_id"]), area=i18n.area_label(p["area"], lang),
                 period=i18n.fmt_period(p["period_start"], p["period_end"], None, lang),
                 a=value(p["value_a"], p["qualifier_a"]), b=value(p["value_b"], p["qualifier_b"]))
    elif kind == "candidates":
        text = t("queue_group", lang, noun=p["noun"] or "?", unit=i18n.unit_label(p["unit"], lang),
                 n=i18n.fmt_number(p["n"], lang, compact=False),
                 a=i18n.fmt_number(p["n_articles"], lang, compact=False))
    elif kind == "plan":
        text = t("queue_plan_title", lang, value=value(p["value"], p["qualifier"]),
                 unit=i18n.unit_label(p["unit"], lang), metric=metric(p["metric_id"]))
    elif kind == "inferred_date":
        text = t("queue_inferred", lang, metric=metric(p["metric_id"]), value=value(p["value"], p["qualifier"]),
                 period=i18n.fmt_period(p["period_start"], p["period_end"], p.get("period_kind"), lang),
                 period_basis=i18n.code_label("period_basis", p["period_basis"], lang),
                 date_basis=i18n.code_label("date_basis", p["date_basis"], lang))
    else:
        text = str(item["title"])
    return f"[{t(f'queue_{kind}', lang)}] {text}"


def perform(ctx: Ctx, rows: list[dict[str, str]], metrics: list[dict[str, str]] | None = None,
            programs: list[dict[str, str]] | None = None) -> bool:
    """Write the rows (checked as the build checks them), remember them for undo, rebuild in the background."""
    _, curated, _ = rebuild.folders(ctx.path)
    try:
        receipt = write_actions(curated, ctx.path, rows, metrics, programs)
    except (CuratedError, LockBusy) as exc:
        st.error(t("review_refused", ctx.lang, msg=str(exc)))
        return False
    st.session_state.setdefault(RECEIPTS, []).append(receipt)
    rebuild.start(ctx.path)
    return True


def undo_last(ctx: Ctx) -> bool:
    receipts: list[Receipt] = st.session_state.get(RECEIPTS, [])
    if not receipts:
        return False
    _, curated, _ = rebuild.folders(ctx.path)
    try:
        undo(curated, ctx.path, receipts[-1])
    except (CuratedError, LockBusy) as exc:
        st.error(t("review_refused", ctx.lang, msg=str(exc)))
        return False
    receipts.pop()
    rebuild.start(ctx.path)
    return True


def _default_metric(obs: dict[str, Any], metric_ids: list[str], units: dict[str, str]) -> int | None:
    """The metric offered first for a figure: its own, else the first one counted in the figure's unit, else none
    (a count of food parcels is not offered "Aid provided (tenge)": the reviewer picks, or makes a new metric)."""
    if obs["metric_id"] in metric_ids:
        return metric_ids.index(obs["metric_id"])
    return next((i for i, m in enumerate(metric_ids) if units.get(m) == obs["unit"]), None)


def _figure_actions(ctx: Ctx, obs: dict[str, Any], reviewer: str, metric_ids: list[str], labels: dict[str, str],
                    units: dict[str, str]) -> None:
    lang, oid = ctx.lang, int(obs["obs_id"])
    st.html(sentence_html(obs))
    st.caption(f"{i18n.fmt_value(obs['value'], obs['qualifier'], lang)} {i18n.unit_label(obs['unit'], lang)} · "
               f"{i18n.fmt_period(obs['period_start'], obs['period_end'], obs.get('period_kind'), lang)} · "
               f"{i18n.area_label(obs['area'], lang)}"
               f" · {labels.get(obs['metric_id'], obs['metric_id']) if obs['metric_id'] else t('no_metric', lang)}"
               f" · {obs['outlet'] or ''} {obs['file']}")
    note = st.text_input(t("review_note", lang), key=f"rv_note_{oid}")
    a, b, c, d = st.columns(4)
    metric = a.selectbox(t("col_metric", lang), metric_ids, key=f"rv_metric_{oid}",
                         index=_default_metric(obs, metric_ids, units), placeholder=t("review_pick_metric", lang),
                         format_func=lambda m: labels.get(m, m))
    if a.button(t("review_accept", lang), key=f"rv_accept_{oid}"):
        if metric is None:
            st.warning(t("review_pick_metric", lang))
        else:
            perform(ctx, [review_row("accept", obs, reviewer, note=note, metric_id=metric)]) and st.rerun()
    if b.button(t("review_confirm", lang), key=f"rv_confirm_{oid}"):
        perform(ctx, [review_row("confirm", obs, reviewer, note=note)]) and st.rerun()
    if c.button(t("review_reject", lang), key=f"rv_reject_{oid}"):
        perform(ctx, [review_row("reject", obs, reviewer, note=note)]) and st.rerun()
    if d.button(t("review_cumulative", lang), key=f"rv_cum_{oid}"):
        perform(ctx, [review_row("correct", obs, reviewer, note=note, period_kind="cumulative")]) and st.rerun()
    with st.expander(t("review_correct", lang)):
        with st.form(f"rv_form_{oid}", border=False):
            e1, e2, e3 = st.columns(3)
            value = e1.number_input(t("col_value", lang), value=float(obs["value"]), key=f"rv_v_{oid}")
            quals = sorted(QUALIFIERS)
            qual = e2.selectbox(t("col_qualifier", lang), quals, index=quals.index(obs["qualifier"])
                                if obs["qualifier"] in quals else 0, key=f"rv_q_{oid}")
            unit = e3.text_input(t("col_unit", lang), obs["unit"] or "", key=f"rv_u_{oid}")
            f1, f2, f3 = st.columns(3)
            p0 = f1.text_input(t("range_from", lang), rq._day(obs["period_start"]).replace("?", ""), key=f"rv_p0_{oid}")
            p1 = f2.text_input(t("range_to", lang), rq._day(obs["period_end"]).replace("?", ""), key=f"rv_p1_{oid}")
            area = f3.text_input(t("col_area", lang), obs["area"] or "", key=f"rv_a_{oid}")
            if st.form_submit_button(t("review_save_correction", lang)):
                changes: dict[str, Any] = {"metric_id": metric} if metric else {}
                if value != float(obs["value"]):
                    changes["new_value"] = value
                if qual != obs["qualifier"]:
                    changes["qualifier"] = qual
                if unit and unit != obs["unit"]:
                    changes["unit"] = unit
                if (p0, p1) != (rq._day(obs["period_start"]), rq._day(obs["period_end"])):
                    changes["period_start"], changes["period_end"] = p0, p1
                if area and area != obs["area"]:
                    changes["area"] = area
                perform(ctx, [review_row("correct", obs, reviewer, note=note, **changes)]) and st.rerun()


def _group_key(noun: str, unit: str) -> str:
    """A widget key part for a candidate group (ASCII, so the page's CSS classes stay usable)."""
    return hashlib.sha1(f"{noun}\0{unit}".encode()).hexdigest()[:10]


def _kind_label(kind: str, lang: str) -> str:
    return f"{kind} — {t('kind_level' if kind == 'stock' else f'kind_{kind}', lang)}"


def _new_metric_form(ctx: Ctx, members: pd.DataFrame, reviewer: str, noun: str, unit: str) -> None:
    lang, g = ctx.lang, _group_key(noun, unit)
    programs = load_programs(rebuild.folders(ctx.path)[1])
    with st.expander(t("review_new_metric", lang), expanded=False):
        with st.form(f"rv_new_{g}", border=False):
            c1, c2, c3 = st.columns(3)
            mid = c1.text_input(t("review_metric_id", lang), key=f"rv_new_id_{g}", placeholder="food_parcels")
            units = sorted(KNOWN_UNITS | {unit})
            m_unit = c2.selectbox(t("col_unit", lang), units, index=units.index(unit), key=f"rv_new_unit_{g}")
            kinds = sorted(METRIC_KINDS)
            kind = c3.selectbox(t("review_kind", lang), kinds, key=f"rv_new_kind_{g}",
                                index=kinds.index("stock"), format_func=lambda k: _kind_label(k, lang))
            l1, l2, l3 = st.columns(3)
            labels = {code: col.text_input(t("review_label", lang, code=code), key=f"rv_new_{code}_{g}")
                      for code, col in (("en", l1), ("ru", l2), ("kk", l3))}
            p1, p2 = st.columns(2)
            topic = p1.text_input(t("review_topic", lang), "volunteering", key=f"rv_new_topic_{g}")
            program = p2.selectbox(t("review_program_optional", lang), ["", *(p.program_id for p in programs)],
                                   key=f"rv_new_program_{g}",
                                   format_func=lambda pid: next((p.label(lang) for p in programs
                                                                 if p.program_id == pid), "—"))
            if st.form_submit_button(t("review_create_metric", lang, n=len(members))):
                metric = {"metric_id": mid.strip(), "unit": m_unit, "kind": kind, "topic": topic.strip(),
                          **{f"label_{code}": v.strip() for code, v in labels.items()}}
                rows = [review_row("accept", m, reviewer, metric_id=metric["metric_id"], program=program or None,
                                   note=f"new metric {metric['metric_id']} from the group «{noun}»")
                        for m in members.to_dict("records")]
                if perform(ctx, rows, [metric]):
                    st.session_state["rv_created"] = metric["metric_id"]
                    st.rerun()


NEW_PROGRAM = ""


def _programs_form(ctx: Ctx, metric_ids: list[str], labels: dict[str, str]) -> None:
    """Add a program to the lexicon (data/curated/programs.csv), or another name of a known one (an alias)."""
    lang = ctx.lang
    programs = load_programs(rebuild.folders(ctx.path)[1])
    names = {p.program_id: p.label(lang) for p in programs}
    if st.session_state.pop("rv_prog_clear", False):  # saved: the form starts empty again
        for key in ("rv_prog_alias", "rv_prog_id", "rv_prog_en", "rv_prog_ru", "rv_prog_kk"):
            st.session_state[key] = ""
        st.session_state["rv_prog_metrics"] = []
    with st.expander(t("review_programs", lang), expanded=False):
        which = st.selectbox(t("col_program", lang), [NEW_PROGRAM, *names], key="rv_prog_which",
                             format_func=lambda pid: names.get(pid) or t("review_program_new", lang))
        with st.form("rv_prog_form", border=False):
            alias = st.text_input(t("review_program_alias", lang), key="rv_prog_alias",
                                  placeholder="Жасыл ел" if which == NEW_PROGRAM else "")
            row = {"program_id": which, "label_en": "", "label_ru": "", "label_kk": "", "metrics": ""}
            if which == NEW_PROGRAM:
                row["program_id"] = st.text_input(t("review_program_id", lang), key="rv_prog_id").strip()
                cols = st.columns(3)
                for code, col in zip(("en", "ru", "kk"), cols, strict=True):
                    row[f"label_{code}"] = col.text_input(t("review_label", lang, code=code),
                                                          key=f"rv_prog_{code}").strip()
            own = st.multiselect(t("review_program_metrics", lang), metric_ids, key="rv_prog_metrics",
                                 format_func=lambda m: labels.get(m, m))
            if st.form_submit_button(t("review_program_save", lang)):
                if len(alias.strip()) < 3:
                    st.error(t("review_alias_short", lang))
                    return
                row.update(metrics=" ".join(own), patterns=alias_pattern(alias))
                if perform(ctx, [], programs=[row]):
                    st.session_state["rv_program_saved"] = row["program_id"]
                    st.session_state["rv_prog_clear"] = True
                    st.rerun()
    if st.session_state.get("rv_program_saved"):
        st.success(t("review_program_saved", lang, id=st.session_state["rv_program_saved"]))


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    section(t("page_review", lang))
    st.caption(t("review_intro", lang))
    reviewer = st.text_input(t("review_name", lang), key="reviewer_name")
    rebuild.progress_panel(ctx.path, lang)
    top1, top2 = st.columns([1, 3])
    if top1.button(t("review_undo", lang), key="rv_undo", disabled=not st.session_state.get(RECEIPTS)) \
            and undo_last(ctx):
        st.rerun()
    if st.session_state.get("rv_created"):
        top2.success(t("review_metric_created", lang, id=st.session_state["rv_created"]))
    if not reviewer.strip():
        st.info(t("review_name_first", lang))
        return
    _, curated, _ = rebuild.folders(ctx.path)
    curated_key = rq.curated_key(curated)
    labels = labels_for(ctx)
    catalog = caches.cached_catalog(ctx.path, ctx.version)
    metric_ids = list(catalog["metric_id"])
    units = dict(zip(catalog["metric_id"], catalog["unit"], strict=True))
    _programs_form(ctx, metric_ids, labels)
    queue, _ = caches.cached_review_queue(ctx.path, ctx.version, curated_key)
    if queue.empty:
        st.success(t("review_empty", lang))
        return
    queue = queue.head(SHOWN_ITEMS)
    idx = st.selectbox(t("review_item", lang), list(range(len(queue))), key="rv_item",
                       format_func=lambda i: item_label(queue.iloc[i], lang, labels))
    item = queue.iloc[min(idx, len(queue) - 1)]
    if item["kind"] == "candidates":
        members = caches.cached_group_members(ctx.path, ctx.version, curated_key, item["noun"], item["unit"])
        _new_metric_form(ctx, members, reviewer, item["noun"], item["unit"])
        records = members.to_dict("records")
    else:
        records = caches.cached_observations(ctx.path, ctx.version, tuple(int(i) for i in item["obs_ids"]))
    for obs in records[:50]:
        with st.container(border=True):
            _figure_actions(ctx, obs, reviewer, metric_ids, labels, units)

"""The dashboard's view state and its URL form (st.query_params), with validation.

A copied link must reproduce the view, and a broken or hand-edited link must never raise: every invalid
parameter falls back to its default and yields a notice for the user. Pure functions, tested without
Streamlit.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields

from metrics.i18n import DEFAULT_LANG, LANGS

PAGES: tuple[str, ...] = ("overview", "explore", "sources", "data", "sql", "programs", "add", "review")
# issue 12: pages that write data/ (hidden, and refused in the URL, when KZVOL_READONLY=1)
EDIT_PAGES: tuple[str, ...] = ("add", "review")


def readonly() -> bool:
    """A read-only deployment (KZVOL_READONLY=1): no Add and Review pages."""
    return os.environ.get("KZVOL_READONLY", "").strip().lower() in ("1", "true", "yes")


def visible_pages() -> tuple[str, ...]:
    return tuple(p for p in PAGES if not (readonly() and p in EDIT_PAGES))


SCALES: tuple[str, ...] = ("linear", "log")
DEFAULT_METRICS: tuple[str, ...] = ("volunteers_total", "volunteer_organizations")
DEFAULT_AREA = "KZ"
MAX_METRICS = 6  # more lines than this stop being readable
STATUSES: tuple[str, ...] = ("accepted", "candidate", "rejected")
ORDERS: tuple[str, ...] = ("article", "date_desc", "value_desc")  # the keys of metrics.data.OBS_ORDERS
_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,200}$")  # metric and source ids: checked for shape, looked up by the page


@dataclass
class ViewState:
    page: str = "overview"
    lang: str = DEFAULT_LANG
    metrics: list[str] = field(default_factory=lambda: list(DEFAULT_METRICS))
    area: str = DEFAULT_AREA
    scale: str = "linear"
    index: bool = False
    # The date range of Explore and Data (ISO dates, "" = open end).
    start: str = ""
    end: str = ""
    # Data page filters.
    status: list[str] = field(default_factory=lambda: list(STATUSES))
    dmetrics: list[str] = field(default_factory=list)
    q: str = ""
    order: str = "article"
    # The article shown on the Sources page ("" = the first one listed).
    article: str = ""


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ViewState))


@dataclass(frozen=True)
class Notice:
    """A URL parameter the page did not take as written: an invalid one replaced by its default
    (kind "invalid"), or a reversed date range read from the earlier to the later date (kind "range_swapped",
    value "<start>..<end>" as read)."""

    name: str
    value: str
    kind: str = "invalid"


def _one(params: Mapping[str, object], name: str) -> str | None:
    value = params.get(name)
    if isinstance(value, list | tuple):  # st.query_params.to_dict() gives str; be lenient with lists
        value = value[-1] if value else None
    return None if value is None else str(value)


def parse_params(
    params: Mapping[str, object], *, metrics_available: Sequence[str], areas_available: Sequence[str]
) -> tuple[ViewState, list[Notice]]:
    """Read the view from URL parameters; unknown values fall back to defaults with a Notice each."""
    state, notices = ViewState(), []

    def choice(name: str, allowed: Sequence[str], default: str) -> str:
        raw = _one(params, name)
        if raw is None or raw == "":
            return default
        if raw in allowed:
            return raw
        notices.append(Notice(name, raw))
        return default

    state.page = choice("page", visible_pages(), state.page)
    state.lang = choice("lang", LANGS, state.lang)
    state.scale = choice("scale", SCALES, state.scale)
    state.area = choice(
        "area",
        list(areas_available) or [DEFAULT_AREA],
        DEFAULT_AREA if DEFAULT_AREA in areas_available or not areas_available else areas_available[0],
    )

    default_metrics = [m for m in DEFAULT_METRICS if m in metrics_available] or list(metrics_available[:1])
    raw_metrics = _one(params, "metrics")
    if raw_metrics:
        wanted = list(dict.fromkeys(m.strip() for m in raw_metrics.split(",") if m.strip()))
        valid = [m for m in wanted if m in metrics_available][:MAX_METRICS]
        if len(valid) != len(wanted):
            notices.append(Notice("metrics", raw_metrics))
        state.metrics = valid or default_metrics
    else:
        state.metrics = default_metrics

    for name in ("start", "end"):
        raw = _one(params, name)
        if raw:
            try:
                setattr(state, name, dt.date.fromisoformat(raw).isoformat())
            except ValueError:
                notices.append(Notice(name, raw))
    if state.start and state.end and state.start > state.end:  # read as the range meant, and said so
        state.start, state.end = state.end, state.start
        notices.append(Notice("start,end", f"{state.start}..{state.end}", kind="range_swapped"))

    raw_status = _one(params, "status")
    if raw_status == "none":  # every status unticked: an empty table, as the user chose
        state.status = []
    elif raw_status:
        wanted = [s.strip() for s in raw_status.split(",") if s.strip()]
        valid = [s for s in STATUSES if s in wanted]
        if len(valid) != len(set(wanted)):
            notices.append(Notice("status", raw_status))
        state.status = valid or list(STATUSES)
    raw_dmetrics = _one(params, "dmetrics")
    if raw_dmetrics:
        wanted = list(dict.fromkeys(m.strip() for m in raw_dmetrics.split(",") if m.strip()))
        state.dmetrics = [m for m in wanted if _ID.match(m)]
        if len(state.dmetrics) != len(wanted):
            notices.append(Notice("dmetrics", raw_dmetrics))
    state.q = (_one(params, "q") or "")[:200]
    state.order = choice("order", ORDERS, state.order)
    raw_article = _one(params, "article")
    if raw_article:
        if _ID.match(raw_article):
            state.article = raw_article
        else:
            notices.append(Notice("article", raw_article))

    raw_index = _one(params, "index")
    if raw_index in ("1", "true"):
        state.index = True
    elif raw_index not in (None, "", "0", "false"):
        notices.append(Notice("index", raw_index))
    return state, notices


def to_params(state: ViewState) -> dict[str, str]:
    """URL parameters of a view; all of them always, so a link from any page restores the whole view."""
    params = {
        "page": state.page,
        "lang": state.lang,
        "metrics": ",".join(state.metrics),
        "area": state.area,
        "scale": state.scale,
    }
    if state.index:
        params["index"] = "1"
    # The range, the Data filters and the article only when set, so a plain link stays short.
    defaults = ViewState()
    for name in ("start", "end", "q", "article"):
        if getattr(state, name):
            params[name] = getattr(state, name)
    if state.order != defaults.order:
        params["order"] = state.order
    if list(state.status) != defaults.status:
        params["status"] = ",".join(state.status) or "none"
    if state.dmetrics:
        params["dmetrics"] = ",".join(state.dmetrics)
    return params

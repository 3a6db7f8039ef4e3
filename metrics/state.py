"""The dashboard's view state and its URL form (st.query_params), with validation.

A copied link must reproduce the view, and a broken or hand-edited link must never raise: every invalid
parameter falls back to its default and yields a notice for the user. Pure functions, tested without
Streamlit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from metrics.i18n import DEFAULT_LANG, LANGS

PAGES: tuple[str, ...] = ("overview", "explore", "sources", "data", "sql")
SCALES: tuple[str, ...] = ("linear", "log")
DEFAULT_METRICS: tuple[str, ...] = ("volunteers_total", "volunteer_organizations")
DEFAULT_AREA = "KZ"
MAX_METRICS = 6  # more lines than this stop being readable


@dataclass
class ViewState:
    page: str = "overview"
    lang: str = DEFAULT_LANG
    metrics: list[str] = field(default_factory=lambda: list(DEFAULT_METRICS))
    area: str = DEFAULT_AREA
    scale: str = "linear"
    index: bool = False


@dataclass(frozen=True)
class Notice:
    """An invalid URL parameter that was replaced by its default."""

    name: str
    value: str


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

    state.page = choice("page", PAGES, state.page)
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
    return params

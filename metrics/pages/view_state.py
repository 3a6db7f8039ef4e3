"""View state: URL parameters → session state → widgets → URL parameters.

Canonical values live under "v_*" keys. Widgets use "w_*" keys, initialised from the canonical value
when they are (re)created: Streamlit forgets a widget's state on runs where it is not drawn, so the
chosen metrics would otherwise be lost when the user visits another page and comes back."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from metrics import data, state
from metrics.i18n import t
from metrics.pages.caches import cached_series_index

STATE_FIELDS = ("page", "lang", "metrics", "area", "scale", "index")


def init_state(path: str, version: data.DbVersion) -> list[state.Notice]:
    """On a session's first run, read the view from the URL; return notices about invalid parameters."""
    if "v_page" in st.session_state:
        return []
    index = cached_series_index(path, version)
    view, notices = state.parse_params(
        st.query_params.to_dict(),
        metrics_available=sorted(index["metric_id"].unique()),
        areas_available=sorted(index["area"].dropna().unique()),
    )
    for name in STATE_FIELDS:
        st.session_state[f"v_{name}"] = getattr(view, name)
    return notices


def current_view() -> state.ViewState:
    return state.ViewState(**{name: st.session_state[f"v_{name}"] for name in STATE_FIELDS})


def bound_widget(name: str, factory: Callable[..., object], *args: object, **kwargs: object) -> object:
    """Draw a widget bound to the canonical value `v_<name>` and copy its value back."""
    key = f"w_{name}"
    if key not in st.session_state:
        st.session_state[key] = st.session_state[f"v_{name}"]
    value = factory(*args, key=key, **kwargs)
    st.session_state[f"v_{name}"] = value
    return value


def write_query_params() -> None:
    """Mirror the view into the URL (only when it changed: each write is a browser history update)."""
    wanted = state.to_params(current_view())
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)


def show_notices(notices: list[state.Notice], lang: str) -> None:
    for notice in notices:
        st.warning(t("invalid_param", lang, name=notice.name, value=notice.value), icon="⚠️")


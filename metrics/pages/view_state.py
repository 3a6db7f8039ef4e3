"""View state: URL parameters → session state → widgets → URL parameters.

Canonical values live under "v_*" keys. Widgets use "w_*" keys, initialised from the canonical value
when they are (re)created: Streamlit forgets a widget's state on runs where it is not drawn, so the
chosen metrics would otherwise be lost when the user visits another page and comes back.

The browser keeps a radio's or a selectbox's value as its *label*. When the language changes every label
changes, so a widget relabelled in place loses its selection (and the next click is read against labels that
no longer exist). `relabel_widgets`, the language selector's callback, therefore drops every bound widget:
each is drawn anew from its canonical value, with its new labels.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from metrics import data, i18n, state
from metrics.i18n import t
from metrics.pages.caches import cached_series_index

STATE_FIELDS = state.FIELDS
_BOUND_KEYS = "_bound_widget_keys"  # widget keys drawn by bound_widget in this session


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


_UNSET = object()


def bound_widget(
    name: str,
    factory: Callable[..., object],
    *args: object,
    key: str | None = None,
    default: object = _UNSET,
    **kwargs: object,
) -> object:
    """Draw a widget bound to the canonical value `v_<name>` and copy its value back.

    `key` is the widget's key (default `w_<name>`); `default` is the canonical value's first value for state
    that is not in the URL (the growth table's points, the SQL example)."""
    key = key or f"w_{name}"
    if default is not _UNSET and f"v_{name}" not in st.session_state:
        st.session_state[f"v_{name}"] = default
    if key not in st.session_state:
        st.session_state[key] = st.session_state[f"v_{name}"]
    value = factory(*args, key=key, **kwargs)
    st.session_state[f"v_{name}"] = value
    keys = st.session_state.setdefault(_BOUND_KEYS, set())
    keys.add(key)
    return value


def relabel_widgets() -> None:
    """Callback of the language selector: forget every other bound widget, so each is drawn again from its
    canonical value with the new language's labels (see the module's docstring)."""
    for key in st.session_state.get(_BOUND_KEYS, set()) - {"w_lang"}:
        st.session_state.pop(key, None)


def write_query_params() -> None:
    """Mirror the view into the URL (only when it changed: each write is a browser history update)."""
    wanted = state.to_params(current_view())
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)


def show_notices(notices: list[state.Notice], lang: str) -> None:
    for notice in notices:
        if notice.kind == "range_swapped":  # a link with From after To: shown as the range meant, and said
            start, _, end = notice.value.partition("..")
            st.info(t("range_swapped_link", lang, start=i18n.fmt_date(start, lang), end=i18n.fmt_date(end, lang)),
                    icon=":material/swap_horiz:")
            continue
        st.warning(t("invalid_param", lang, name=notice.name, value=notice.value), icon="⚠️")


"""Real-browser checks of what only a browser shows (issue 11): the time axis of a metric with one figure,
the phone modebar clear of the chart's title, and phone hints that say "tap", not "hover"."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from browser_support import require_chromium, running_dashboard

pytestmark = pytest.mark.browser

CHART = "[data-testid=stPlotlyChart] .js-plotly-plot .main-svg"
PHONE_UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.0 Mobile/15E148 Safari/604.1")



def test_one_figure_has_a_year_axis(server: str, browser) -> None:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/?page=explore&metrics=blood_donors_per_year")
    page.wait_for_selector(CHART, state="visible", timeout=60_000)
    page.wait_for_timeout(500)
    ticks = page.locator(".xtick text").evaluate_all("els => els.map(e => e.textContent.trim())")
    assert ticks and all(re.fullmatch(r"\d{4}", t) for t in ticks), ticks
    context.close()


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_phone_modebar_leaves_the_title_free_and_hints_say_tap(server: str, browser, lang: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  user_agent=PHONE_UA, device_scale_factor=2)
    page = context.new_page()
    page.goto(f"{server}/?lang={lang}")
    page.wait_for_selector(CHART, state="visible", timeout=60_000)
    page.locator("[data-testid=stPlotlyChart]").first.tap()
    page.wait_for_timeout(500)
    modebar = page.locator(".modebar").first.bounding_box()
    title = page.locator(".gtitle").first.bounding_box()
    assert modebar and title
    overlaps_x = modebar["x"] < title["x"] + title["width"] and title["x"] < modebar["x"] + modebar["width"]
    assert not overlaps_x or modebar["y"] + modebar["height"] <= title["y"], (modebar, title)
    chart = page.locator("[data-testid=stPlotlyChart]").first.bounding_box()
    assert title["x"] + title["width"] <= chart["x"] + chart["width"] + 1  # the title fits the phone's width
    text = page.locator("[data-testid=stMainBlockContainer]").inner_text().lower()
    assert not any(word in text for word in ("hover", "наведите", "меңзеңіз")), text[:400]
    context.close()


def test_sql_editor_is_monospace(server: str, browser) -> None:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/?page=sql")
    page.wait_for_selector(".st-key-sql_text textarea", timeout=60_000)
    page.wait_for_timeout(500)
    font = page.locator(".st-key-sql_text textarea").evaluate("e => getComputedStyle(e).fontFamily")
    assert "mono" in font.lower() or "code" in font.lower(), font
    context.close()


@pytest.fixture(scope="module")
def blood_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Four blood-donation cards in one row: the long Russian titles of the real data."""
    from dash_builders import make_obs, realistic_rows

    from loaders.db import write_database

    require_chromium()
    sources, obs = realistic_rows()
    year = {"period_start": "2023-01-01", "period_end": "2023-12-31", "period_kind": "annual"}
    for obs_id, metric, value, unit in [(31, "blood_donations_per_year", 250_000, "donations"),
                                        (32, "transfusions_per_year", 400_000, "transfusions"),
                                        (33, "transfusion_recipients_per_year", 80_000, "persons")]:
        obs.append(make_obs(obs_id, "a", metric, value, unit=unit, qualifier="at_least", quote=f"Ежегодно {value}.",
                            **year))
    db = write_database(tmp_path_factory.mktemp("blood") / "kzvol.duckdb", sources, obs)
    with running_dashboard(db, tmp_path_factory.mktemp("log")) as url:
        yield url


@pytest.mark.parametrize("width", [1024, 1366])
def test_russian_card_titles_are_not_cut_off(blood_server: str, browser, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 1400})
    page = context.new_page()
    page.goto(f"{blood_server}/?lang=ru")
    page.wait_for_selector("text=Донорство крови", timeout=60_000)
    # the cards arrive one rerun delta at a time: wait for all of them (a fixed pause was flaky under load)
    page.wait_for_function("document.querySelectorAll('[data-testid=stMetricLabel] p').length >= 6",
                           timeout=60_000)
    page.wait_for_timeout(500)
    cut = page.locator("[data-testid=stMetricLabel] p").evaluate_all(
        "els => els.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)")
    labels = page.locator("[data-testid=stMetricLabel] p").all_inner_texts()
    assert len(labels) == 6, labels
    assert cut == []
    context.close()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_card_deltas_are_not_cut_off_on_a_phone(server: str, browser, lang: str) -> None:
    """The change line under a KPI figure ("+25 000 (+9,1%) 13.12.2024 ж. деректерімен салыстырғанда") wraps on a
    390 px phone instead of ending in an ellipsis (Streamlit cuts it to one line by default)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  user_agent=PHONE_UA, device_scale_factor=2)
    page = context.new_page()
    page.goto(f"{server}/?lang={lang}")
    page.wait_for_selector("[data-testid=stMetricDelta]", timeout=60_000)
    page.wait_for_timeout(500)
    deltas = page.locator("[data-testid=stMetricDelta]")
    assert deltas.count() >= 1
    cut = deltas.evaluate_all(
        "els => els.flatMap(e => [e, ...e.querySelectorAll('*')])"
        ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)")
    assert cut == [], cut
    context.close()

"""Real-browser tests: `streamlit run app.py` on a free port, driven by Playwright with Debian's chromium.

Never runs `playwright install`: the browser is /usr/bin/chromium (installed by .ci/run with apt-get).
Set KZVOL_SCREENSHOTS=<dir> to also save screenshots of every page at 1366x768 and 390 px width.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHART = "[data-testid=stPlotlyChart] .js-plotly-plot .main-svg"
PAGES = ["overview", "explore", "sources", "data", "sql"]



@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1366, "height": 768})
    pg = context.new_page()
    yield pg
    context.close()


def test_overview_chart_and_modebar_png_download(server: str, page, tmp_path: Path) -> None:
    page.goto(server)
    page.wait_for_selector(CHART, state="visible", timeout=60_000)
    page.locator("[data-testid=stPlotlyChart]").first.hover()
    with page.expect_download(timeout=30_000) as download:
        page.locator('.modebar-btn[data-title^="Download plot"]').first.click()
    assert download.value.suggested_filename == "volunteers_total-volunteer_organizations_2026-01-30.png"
    target = tmp_path / download.value.suggested_filename
    download.value.save_as(target)
    png = target.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(png) > 10_000


def test_switching_the_metric_changes_the_url(server: str, page) -> None:
    page.goto(f"{server}/?page=explore&metrics=volunteers_total")
    page.wait_for_selector(CHART, state="visible", timeout=60_000)
    page.locator(".st-key-w_metrics input").click()
    page.get_by_role("option", name="Blood donors per year").click()
    page.wait_for_function("location.search.includes('blood_donors_per_year')", timeout=20_000)
    assert "metrics=volunteers_total%2Cblood_donors_per_year" in page.url


def test_hover_shows_outlet_and_quote(server: str, page) -> None:
    page.goto(f"{server}/?page=explore&metrics=volunteer_organizations")
    page.wait_for_selector(CHART, state="visible", timeout=60_000)
    point = page.locator("[data-testid=stPlotlyChart] .scatterlayer .trace .points path").last
    point.hover(force=True)
    page.wait_for_selector(".hoverlayer .hovertext", timeout=10_000)
    text = page.locator(".hoverlayer .hovertext").first.text_content()
    assert "Zakon.kz" in text and "Сейчас их более 800." in text


@pytest.mark.skipif(not os.environ.get("KZVOL_SCREENSHOTS"), reason="set KZVOL_SCREENSHOTS=<dir> for screenshots")
def test_screenshots(server: str, browser) -> None:
    out = Path(os.environ["KZVOL_SCREENSHOTS"])
    out.mkdir(parents=True, exist_ok=True)
    # Streamlit scrolls inside its own container, so full_page screenshots stop at the viewport; the tall
    # viewports show whole pages at the same widths.
    viewports = {
        "desktop": {"width": 1366, "height": 768},
        "desktop_tall": {"width": 1366, "height": 2600},
        "phone": {"width": 390, "height": 844},
        "phone_tall": {"width": 390, "height": 4200},
    }
    for name, viewport in viewports.items():
        context = browser.new_context(viewport=viewport, device_scale_factor=1)
        pg = context.new_page()
        for page_name in PAGES:
            pg.goto(f"{server}/?page={page_name}&lang={os.environ.get('KZVOL_SCREENSHOT_LANG', 'en')}")
            pg.wait_for_selector("[data-testid=stMainBlockContainer]", timeout=60_000)
            if page_name in ("overview", "explore"):
                pg.wait_for_selector(CHART, state="visible", timeout=60_000)
            pg.wait_for_timeout(1500)
            pg.screenshot(path=str(out / f"{page_name}_{name}.png"), full_page=True)
        context.close()
    assert shutil.which("true") is not None

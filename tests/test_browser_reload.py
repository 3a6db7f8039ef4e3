"""An open, idle dashboard shows a rebuilt database without a restart or a click (issue 3, point 1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser_support import require_chromium, running_dashboard

from bench.streamlit_server import CHROMIUM, CHROMIUM_ARGS
from loaders.build import DEFAULT_ARTICLES, run

pytestmark = pytest.mark.browser

CHART = "[data-testid=stPlotlyChart] .js-plotly-plot .main-svg"


def build(db: Path, tmp: Path, files: list[str]) -> None:
    articles = tmp / "articles"
    shutil.rmtree(articles, ignore_errors=True)
    articles.mkdir()
    for name in files:
        shutil.copy(DEFAULT_ARTICLES / name, articles)
    run(db, articles, None)


def test_idle_dashboard_picks_up_a_rebuilt_database(tmp_path: Path) -> None:
    require_chromium()
    sync_api = pytest.importorskip("playwright.sync_api")
    db = tmp_path / "db" / "kzvol.duckdb"
    db.parent.mkdir()
    build(db, tmp_path, ["003_75f33f75ae4e1020.txt"])  # latest volunteers_total: 275,000
    with running_dashboard(db, tmp_path) as url, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1366, "height": 900})
            page.goto(url + "/?page=overview&lang=en")
            page.wait_for_selector(CHART, state="visible", timeout=60_000)
            metric = page.locator("[data-testid=stMetricValue]").first
            assert metric.inner_text().strip() == "275,000"
            build(db, tmp_path, ["003_75f33f75ae4e1020.txt", "004_518c73e4887bee00.txt"])  # now 300,000
            page.wait_for_function(
                "() => document.querySelector('[data-testid=stMetricValue]')?.innerText.trim() === '300,000'",
                timeout=45_000,
            )
        finally:
            browser.close()

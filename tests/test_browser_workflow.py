"""The issue 12 workflow in a real browser, as a new user follows it (README, docs/reviewing.md): upload a saved
web page on Add, see its figures marked in the preview, save, wait for the background rebuild, paste a Kazakh
text, make a new metric from a group of candidates on Review, see the metric's chart on Explore and download
its PNG; then find every change as rows in data/curated/ that a rebuild from scratch reproduces.

The dashboard runs on a copy of the bundled data in a temporary folder (never the repository's data/).
Debian's chromium, never `playwright install`.
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from browser_support import ROOT, running_dashboard

from bench.workflow import (
    SAMPLE_AREA,
    SAMPLE_GROUP,
    SAMPLE_METRIC,
    SAMPLE_PAGE,
    copy_data,
    create_metric,
    fill_new_metric,
    open_group,
    rebuilt,
    save,
    settled,
    upload,
)
from loaders.curated import METRICS_FILE, REVIEW_FILE, read_curated
from loaders.lock import TMP_PREFIX

pytestmark = pytest.mark.browser

KK_TEXT = ("Шымкентте қан донорлары көбейді\n\n"
           "Шымкент қалалық қан орталығының мәліметінше, 2024 жылы қалада 12 мыңнан астам донор қан тапсырды. "
           "Биыл орталыққа 300-ден астам жаңа ерікті келді.\n")
CHART = "[data-testid=stPlotlyChart] .js-plotly-plot .main-svg"
METRIC = SAMPLE_METRIC
# What the page says about the figures, and what the new metric's series must hold (period end → value).
PARCELS = {"2022-12-31": 5000.0, "2023-12-31": 8100.0, "2024-12-31": 12400.0}


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    """data/articles and data/curated copied into a temporary folder and built there."""
    return copy_data(tmp_path / "data").parent


@pytest.fixture()
def dashboard(data: Path, tmp_path: Path) -> Iterator[str]:
    with running_dashboard(data / "kzvol.duckdb", tmp_path) as url:
        yield url


@pytest.fixture()
def page(browser):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1366, "height": 1000})
    pg = context.new_page()
    yield pg
    context.close()


def _q(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_add_review_new_metric_chart_and_rebuild_from_scratch(dashboard: str, data: Path, page,
                                                              tmp_path: Path) -> None:
    db = data / "kzvol.duckdb"
    n_bundled = len(list((data / "articles").glob("*.txt")))

    # 1. Add: upload the saved web page; the fields trafilatura/htmldate found are filled in.
    upload(page, dashboard, [SAMPLE_PAGE])
    marks = page.locator("mark[data-figure]")
    expander = page.locator("[data-testid=stExpander]", has_text="food_bank_aktobe.html")
    assert expander.get_by_label("Outlet").input_value() == "Aktobe Times"
    assert expander.get_by_label("Published").input_value() == "2025-02-10"
    assert "aktobetimes.kz/news/2025/02/10" in expander.get_by_label("URL").input_value()
    # ... and the preview marks every figure of the article, none of the navigation, ticker or footer.
    marked = marks.all_inner_texts()
    assert {"12 400 продуктовых наборов", "8 100 продуктовых наборов", "около 5 000 продуктовых наборов"} <= set(marked)
    assert not [m for m in marked if re.search(r"512|1 532|55-44|2 000|катк", m)], marked
    tip = marks.filter(has_text="12 400").first.get_attribute("title")
    assert "12,400" in tip and "2024-01-01..2024-12-31" in tip and "Aktobe" in tip
    assert "no catalog metric counts «набор» (items)" in tip
    # the count above the preview is the number of figures marked (the extractor decides about the others)
    found = expander.get_by_text(re.compile(r"^\d+ figures found, \d+ of them candidates \(grey\)\.$")).inner_text()
    assert int(found.split()[0]) == len(marked) and int(found.split()[3]) >= 3, found

    # 2. Save: the article is written, the rebuild runs in the background, the inputs are empty again.
    save(page)
    page.get_by_text(re.compile(r"Saved as data/articles/food-bank-aktobe_[0-9a-f]{12}\.txt")).wait_for(
        timeout=60_000)
    rebuilt(page, n_bundled + 1)
    saved = sorted(p.name for p in (data / "articles").glob("food-bank-aktobe_*.txt"))
    assert len(saved) == 1
    assert page.locator("mark[data-figure]").count() == 0  # nothing left in the uploader
    with open(data / "articles" / "sources.csv", encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh) if r["file"] == saved[0])
    assert (row["outlet"], row["published"]) == ("Aktobe Times", "2025-02-10")

    # 3. A Kazakh text pasted: previewed with its figures, saved with the language chosen.
    page.locator(".st-key-add_paste textarea").fill(KK_TEXT)
    page.locator(".st-key-add_paste textarea").press("Control+Enter")
    page.locator("mark[data-figure]", has_text="12 мыңнан астам").wait_for(timeout=60_000)
    settled(page)
    pasted = page.locator("[data-testid=stExpander]", has_text="pasted.txt")
    pasted.locator("[data-testid=stSelectbox]").click()
    page.get_by_role("option", name="kk", exact=True).click()
    settled(page)
    save(page)
    rebuilt(page, n_bundled + 2)
    kk_file = [p.name for p in (data / "articles").glob("pasted_*.txt")]
    assert len(kk_file) == 1
    assert _q(db, "SELECT lang FROM sources WHERE file = ?", kk_file) == [("kk",)]
    assert (12000.0, "at_least") in _q(db, "SELECT value, qualifier FROM observations WHERE file = ?", kk_file)

    # 4. Review: the candidates of the counted noun «набор» (no catalog metric) are one group.
    open_group(page, dashboard, "Aigerim Test", *SAMPLE_GROUP)
    chosen = page.locator(".st-key-rv_item input").input_value()
    assert "«набор» (items): figures — 3, articles — 1" in chosen, chosen
    # each figure of the group in its sentence, the figure marked
    marked = page.locator("[data-testid=stMain] mark").all_inner_texts()
    assert sorted(marked) == sorted(["12 400 продуктовых наборов", "8 100 продуктовых наборов",
                                     "около 5 000 продуктовых наборов"]), marked
    fill_new_metric(page, *SAMPLE_GROUP, METRIC, "flow", topic="social aid")
    form = page.locator("[data-testid=stForm]").filter(has=page.get_by_label("Metric id"))
    assert form.get_by_label("Label (ru)").input_value() == METRIC["label_ru"]  # the form's labels say what is what
    assert form.get_by_role("button", name="Create the metric and assign the group's 3 figures").is_visible()
    create_metric(page)
    page.get_by_text(f"Metric {METRIC['metric_id']} created").wait_for(timeout=60_000)
    rebuilt(page, n_bundled + 2)

    # 5. Explore: the new metric has its chart with the title, legend and the three yearly figures.
    page.goto(f"{dashboard}/?page=explore&lang=en&metrics=volunteers_total")
    page.wait_for_selector(CHART, state="visible", timeout=60_000)
    page.locator(".st-key-w_metrics input").click()
    page.get_by_role("option", name=METRIC["label_en"]).click()
    page.locator(".st-key-w_area input").click()
    page.get_by_role("option", name=SAMPLE_AREA, exact=True).click()
    # the URL keeps the view (the other metric chosen has no figure in Aktobe: the chart draws the new one only)
    page.wait_for_function(f"location.search.includes('{METRIC['metric_id']}') && location.search.includes("
                           "'area=Aktobe')", timeout=20_000)
    chart = page.locator("[data-testid=stPlotlyChart]").first
    chart.locator(".gtitle", has_text=f"{METRIC['label_en']}").wait_for(timeout=60_000)
    title = chart.locator(".gtitle").first.text_content()
    assert METRIC["label_en"] in title, title
    subtitle = chart.locator(".gtitle-subtitle").first.text_content()
    assert "items" in subtitle and "Aktobe" in subtitle, subtitle
    legend = chart.locator(".legendtext").all_text_contents()
    # the line (a count per period), then the keys of the markers
    assert any(x.startswith(METRIC["label_en"]) and x.endswith("(count per period)") for x in legend), legend
    assert {"exact", "about"} <= {x.lower() for x in legend}, legend
    assert chart.locator(".scatterlayer .trace .points path").count() == len(PARCELS)
    footer = " ".join(chart.locator(".annotation-text").all_text_contents())
    assert "Aktobe Times" in footer and "As of" in footer, footer
    chart.hover()
    with page.expect_download(timeout=30_000) as download:
        page.locator('.modebar-btn[data-title^="Download plot"]').first.click()
    assert download.value.suggested_filename == f"{METRIC['metric_id']}_2025-02-10.png"
    png = tmp_path / "chart.png"
    download.value.save_as(png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # 6. Every change is a reviewed row in data/curated/, valid for the build ...
    with open(data / "curated" / METRICS_FILE, encoding="utf-8", newline="") as fh:
        metrics = list(csv.DictReader(fh))
    assert [m["metric_id"] for m in metrics] == [METRIC["metric_id"]]
    assert {k: metrics[0][k] for k in METRIC} == METRIC and metrics[0]["kind"] == "flow"
    rows = [r for r in read_curated(data / "curated") if r.csv_file.endswith(REVIEW_FILE)]
    assert len(rows) == len(PARCELS)
    assert {(r.get("action"), r.get("metric_id"), r.get("reviewer"), r.get("file")) for r in rows} == {
        ("accept", METRIC["metric_id"], "Aigerim Test", saved[0])}
    assert all(r.get("reviewed_at") for r in rows)

    # ... and a rebuild from scratch (no cache) on that data folder reproduces the metric's figures.
    series_sql = ("SELECT strftime(period_end, '%Y-%m-%d'), value FROM series WHERE metric_id = ? AND area = ? "
                  "ORDER BY 1")
    shown = dict(_q(db, series_sql, [METRIC["metric_id"], "Aktobe"]))
    assert shown == PARCELS
    fresh = tmp_path / "fresh" / "kzvol.duckdb"
    proc = subprocess.run([sys.executable, "-m", "loaders", "build", "--db", str(fresh), "--articles",
                           str(data / "articles"), "--no-cache", "--quiet", "--workers", "1"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert dict(_q(fresh, series_sql, [METRIC["metric_id"], "Aktobe"])) == PARCELS
    assert _q(fresh, "SELECT label_ru, kind FROM metrics WHERE metric_id = ?", [METRIC["metric_id"]]) == [
        (METRIC["label_ru"], "flow")]


def _articles(folder: Path, who: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, (n, city) in enumerate(((120, "Алматы"), (340, "Астане"), (56, "Шымкенте"))):
        path = folder / f"{who}-{i}.txt"
        path.write_text(f"Волонтёры {who} {i}\n\nВ 2024 году в {city} {n + i} волонтёров {who} помогли пожилым "
                        "людям.\n", encoding="utf-8")
        out.append(path)
    return out


def test_two_sessions_saving_at_once_lose_nothing(dashboard: str, data: Path, browser, tmp_path: Path) -> None:
    """Two browser sessions save three articles each at the same moment: all six files and all six sources.csv
    rows are there afterwards, whole, no temporary file is left, and the rebuild shows all of them."""
    n_bundled = len(list((data / "articles").glob("*.txt")))
    before = (data / "articles" / "sources.csv").read_text(encoding="utf-8")
    files = {who: _articles(tmp_path / who, who) for who in ("alpha", "beta")}
    pages = {}
    for who in files:
        context = browser.new_context(viewport={"width": 1366, "height": 1000})
        pg = context.new_page()
        upload(pg, dashboard, files[who])
        assert pg.get_by_text("Save 3 article(s) and rebuild").is_visible()
        pages[who] = pg
    for pg in pages.values():  # both clicks leave before either save is done
        save(pg, no_wait_after=True)
    for who, pg in pages.items():
        for i in range(3):
            pg.get_by_text(re.compile(rf"Saved as data/articles/{who}-{i}_[0-9a-f]{{12}}\.txt")).wait_for(
                timeout=60_000)
    rebuilt(pages["beta"], n_bundled + 6)
    saved = {p.name: p for p in (data / "articles").glob("*-?_*.txt")}
    assert len(saved) == 6
    for paths in files.values():
        for src in paths:
            (name,) = [n for n in saved if n.startswith(src.stem + "_")]
            assert saved[name].read_text(encoding="utf-8") == src.read_text(encoding="utf-8")  # whole, not partial
    after = (data / "articles" / "sources.csv").read_text(encoding="utf-8")
    assert after.startswith(before)  # every earlier row kept as it was
    with open(data / "articles" / "sources.csv", encoding="utf-8", newline="") as fh:
        rows = [r["file"] for r in csv.DictReader(fh)]
    assert sorted(set(rows) & set(saved)) == sorted(saved) and len(rows) == len(set(rows))
    assert not [p.name for p in (data / "articles").iterdir() if p.name.startswith(TMP_PREFIX)]
    in_db = {r[0] for r in _q(data / "kzvol.duckdb", "SELECT file FROM sources")}
    assert set(saved) <= in_db
    for pg in pages.values():
        pg.context.close()

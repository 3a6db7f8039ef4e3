"""Dashboard first-chart time against a bare Streamlit page: `python -m bench.bench_dashboard [--runs 5]`.

Starts two servers on free localhost ports: `streamlit run app.py` (KZVOL_DB = --db, default a database built
from data/ into a temp dir) and a bare page (written to a temp dir at run time) that shows one Plotly line
chart of the same height as the overview's. Then, in headless Debian Chromium driven by Playwright (never
`playwright install`), alternately opens each page in a fresh browser context and measures the time from
navigation to the first drawn chart (`[data-testid=stPlotlyChart] .js-plotly-plot .main-svg` visible).
One untimed warm-up load each, then --runs (≥5) timed loads each; prints medians and the ratio app/bare
(target ≤1.2).

Then the server-side time of a rerun after switching metric: streamlit.testing.AppTest on app.py, explore
page, the metric multiselect switched between two metrics, median of the .run() times (target ≤100 ms).

Both servers are stopped by PID at the end, whatever happens.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.streamlit_server import CHROMIUM, CHROMIUM_ARGS
from bench.streamlit_server import streamlit_server as start_streamlit

ROOT = Path(__file__).resolve().parent.parent
CHART = "[data-testid=stPlotlyChart] .js-plotly-plot .main-svg"
TARGET_RATIO = 1.2
TARGET_RERUN_MS = 100.0

BARE_PAGE = '''
import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="bare", layout="wide")
fig = go.Figure(go.Scatter(x=[2019, 2020, 2021, 2022, 2023, 2024, 2025], y=[40, 50, 90, 150, 210, 275, 300],
                           mode="lines+markers", name="volunteers"))
fig.update_layout(height={height}, title="Bare chart", template="plotly_white")
st.plotly_chart(fig, theme=None)
'''


@contextlib.contextmanager
def streamlit_server(script: Path, cwd: Path, env: dict[str, str], log: Path) -> Iterator[str]:
    with start_streamlit(script, cwd, env, log) as (url, _proc):
        yield url


def first_chart_ms(browser: object, url: str, timeout_ms: int = 60000) -> float:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    try:
        page = ctx.new_page()
        t0 = time.perf_counter()
        page.goto(url, wait_until="commit")
        page.wait_for_selector(CHART, state="visible", timeout=timeout_ms)
        return (time.perf_counter() - t0) * 1000
    finally:
        ctx.close()


def app_chart_height(browser: object, url: str) -> int | None:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    try:
        page = ctx.new_page()
        page.goto(url)
        page.wait_for_selector(CHART, state="visible", timeout=60000)
        box = page.locator(CHART).first.bounding_box()
        return round(box["height"]) if box else None
    finally:
        ctx.close()


def rerun_times(db: Path, runs: int) -> tuple[float, float, list[str]]:
    """(first run ms, median ms of reruns after switching metric, metrics used) with AppTest."""
    from streamlit.testing.v1 import AppTest

    os.environ["KZVOL_DB"] = str(db)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    t0 = time.perf_counter()
    at.run()
    first = (time.perf_counter() - t0) * 1000
    if at.exception:
        raise RuntimeError(f"app raised: {at.exception[0].message}")
    at.radio(key="w_page").set_value("explore").run()
    values = [[m] for m in _metric_ids(db)[:2]]
    if len(values) < 2:
        raise RuntimeError("fewer than two metrics to switch between")
    times = []
    for i in range(runs + 1):
        at.multiselect(key="w_metrics").set_value(values[i % 2])
        t0 = time.perf_counter()
        at.run()
        dt_ms = (time.perf_counter() - t0) * 1000
        if at.exception:
            raise RuntimeError(f"app raised: {at.exception[0].message}")
        if i:  # the first switch fills caches for the second metric
            times.append(dt_ms)
    return first, statistics.median(times), [v[0] for v in values]


def _metric_ids(db: Path) -> list[str]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return [r[0] for r in con.execute(
            "SELECT metric_id FROM series GROUP BY metric_id ORDER BY count(*) DESC, metric_id").fetchall()]
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--db", type=Path, help="database for the app (default: built from data/ into a temp dir)")
    ap.add_argument("--skip-rerun", action="store_true")
    args = ap.parse_args(argv)
    runs = max(5, args.runs)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} missing: apt-get install chromium")
        return 2
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="kzvol-dash-") as tmp_s:
        tmp = Path(tmp_s)
        db = args.db
        if db is None:
            from loaders.build import DEFAULT_ARTICLES, DEFAULT_CURATED, run

            db = tmp / "kzvol.duckdb"
            run(db, DEFAULT_ARTICLES, DEFAULT_CURATED if DEFAULT_CURATED.exists() else None, None)
        env = dict(os.environ, KZVOL_DB=str(db))
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                with streamlit_server(ROOT / "app.py", ROOT, env, tmp / "app.log") as app_url:
                    cold = first_chart_ms(browser, app_url)  # includes the server's first imports
                    height = app_chart_height(browser, app_url) or 480
                    (tmp / "bare.py").write_text(BARE_PAGE.format(height=height), encoding="utf-8")
                    with streamlit_server(tmp / "bare.py", tmp, env, tmp / "bare.log") as bare_url:
                        first_chart_ms(browser, bare_url)  # warm-up
                        app_ms, bare_ms = [], []
                        for _ in range(runs):
                            app_ms.append(first_chart_ms(browser, app_url))
                            bare_ms.append(first_chart_ms(browser, bare_url))
            finally:
                browser.close()
        app_med, bare_med = statistics.median(app_ms), statistics.median(bare_ms)
        ratio = app_med / bare_med
        print(f"database: {db}")
        print(f"first chart, app.py overview: cold (first load after server start) {cold:.0f} ms; "
              f"chart height {height}px")
        print(f"  app  runs (ms): {', '.join(f'{x:.0f}' for x in app_ms)}  median {app_med:.0f}")
        print(f"  bare runs (ms): {', '.join(f'{x:.0f}' for x in bare_ms)}  median {bare_med:.0f}")
        print(f"  ratio app/bare: {ratio:.2f}  target ≤{TARGET_RATIO} {'met' if ratio <= TARGET_RATIO else 'NOT met'}")
        if not args.skip_rerun:
            try:
                first, rerun, used = rerun_times(db, runs)
                print(f"rerun after switching metric (AppTest, explore page, {' ↔ '.join(used)}): "
                      f"median {rerun:.0f} ms (first full run {first:.0f} ms)  target ≤{TARGET_RERUN_MS:.0f} ms "
                      f"{'met' if rerun <= TARGET_RERUN_MS else 'NOT met'}")
            except Exception as exc:  # the app is being changed; report rather than crash
                print(f"rerun timing not measured: {type(exc).__name__}: {exc}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

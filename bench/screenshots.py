"""Regenerate the README's screenshots: every page of the dashboard on a desktop and the overview on a phone,
in headless Debian chromium (never `playwright install`), into docs/img/; and the analysts' workflow of
docs/reviewing.md: a saved web page previewed on Add, a group of its candidates made into a new metric on
Review, and that metric's chart on Explore.

    python -m bench.screenshots                   # builds the bundled articles into a temp database first
    python -m bench.screenshots --db data/kzvol.duckdb --lang ru --out docs/img
    python -m bench.screenshots --only add review new_metric     # just the workflow's three

The files are <page>_desktop.png (1366 px wide), overview_phone.png (390 px, a phone's user agent) and
add_desktop.png, review_desktop.png, new_metric_desktop.png, so the links stay the same from one run to the
next. The workflow runs on a copy of data/ in a temporary folder (bench/workflow.py, the steps the browser
test checks), whatever --db says: it saves an article and writes curated rows, never into data/.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from bench import workflow
from bench.streamlit_server import CHROMIUM, CHROMIUM_ARGS, streamlit_server

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("overview", "explore", "sources", "data", "sql")
WORKFLOW = ("add", "review", "new_metric")
SHOTS = (*PAGES, "phone", *WORKFLOW)
CHART = "[data-testid=stPlotlyChart] .js-plotly-plot .main-svg"
PHONE_UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.0 Mobile/15E148 Safari/604.1")
# Streamlit scrolls inside its own container, so a screenshot shows the viewport: a tall one shows the page.
DESKTOP = {"width": 1366, "height": 1500}
PHONE = {"width": 390, "height": 1800}


def _wait(page, name: str) -> None:
    page.wait_for_selector("[data-testid=stMainBlockContainer]", timeout=90_000)
    if name in ("overview", "explore"):
        page.wait_for_selector(CHART, state="visible", timeout=90_000)
    page.wait_for_selector("[data-testid=stStatusWidget]", state="detached", timeout=90_000)
    page.wait_for_timeout(1500)


def shoot(url: str, out: Path, lang: str, only: set[str] | None = None) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        desktop = browser.new_context(viewport=DESKTOP, device_scale_factor=1)
        page = desktop.new_page()
        for name in PAGES:
            if only is not None and name not in only:
                continue
            page.goto(f"{url}/?page={name}&lang={lang}")
            _wait(page, name)
            target = out / f"{name}_desktop.png"
            page.screenshot(path=str(target))
            written.append(target)
        desktop.close()
        if only is None or "phone" in only:
            phone = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True,
                                        user_agent=PHONE_UA)
            page = phone.new_page()
            page.goto(f"{url}/?page=overview&lang={lang}")
            _wait(page, "overview")
            target = out / "overview_phone.png"
            page.screenshot(path=str(target))
            written.append(target)
            phone.close()
        browser.close()
    return written


def shoot_workflow(url: str, n_articles: int, out: Path, lang: str, only: set[str] | None = None) -> list[Path]:
    """The workflow on a dashboard over a copy of the data (`n_articles` articles before the upload): Add with
    the sample web page previewed, Review with its group of candidates and the new metric's form filled in,
    Explore with the new metric's chart. Each step is done even when its picture is not asked for."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []

    def snap(page, name: str) -> None:
        if only is None or name in only:
            target = out / f"{name}_desktop.png"
            page.screenshot(path=str(target))
            written.append(target)

    metric, (noun, unit) = workflow.SAMPLE_METRIC, workflow.SAMPLE_GROUP
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(viewport=DESKTOP, device_scale_factor=1).new_page()
        workflow.upload(page, url, [workflow.SAMPLE_PAGE], lang)
        page.wait_for_timeout(1000)
        snap(page, "add")
        workflow.save(page)
        workflow.rebuilt(page, n_articles + 1, lang)
        workflow.open_group(page, url, "Aigerim", noun, unit, lang)
        workflow.fill_new_metric(page, noun, unit, metric, "flow", lang=lang)
        page.wait_for_timeout(1000)
        snap(page, "review")
        workflow.create_metric(page, lang)
        workflow.rebuilt(page, n_articles + 1, lang)
        page.goto(f"{url}/?page=explore&lang={lang}&metrics={metric['metric_id']}&area={workflow.SAMPLE_AREA}")
        _wait(page, "explore")
        snap(page, "new_metric")
        browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="database to show (default: the bundled articles, built afresh)")
    ap.add_argument("--lang", default="en", choices=("en", "ru", "kk"))
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    ap.add_argument("--only", nargs="+", choices=SHOTS, metavar="NAME",
                    help=f"only these pictures ({', '.join(SHOTS)}; default: all)")
    args = ap.parse_args(argv)
    only = set(args.only) if args.only else None
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: `make chromium` installs Debian's chromium", file=sys.stderr)
        return 2
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        if only is None or only & {*PAGES, "phone"}:
            db = args.db
            if db is None:
                from loaders.build import build_database
                from metrics import data

                db = Path(tmp) / "kzvol.duckdb"
                curated = data.CURATED_DIR if data.CURATED_DIR.exists() else None
                build_database(db, data.ARTICLES_DIR, curated)
            env = dict(os.environ, KZVOL_DB=str(db.resolve()))
            with streamlit_server(ROOT / "app.py", ROOT, env, Path(tmp) / "streamlit.log") as (url, _proc):
                written += shoot(url, args.out, args.lang, only)
        if only is None or only & set(WORKFLOW):
            db = workflow.copy_data(Path(tmp) / "workflow")
            n_articles = len(list((db.parent / "articles").glob("*.txt")))
            env = dict(os.environ, KZVOL_DB=str(db))
            with streamlit_server(ROOT / "app.py", ROOT, env, Path(tmp) / "workflow.log") as (url, _proc):
                written += shoot_workflow(url, n_articles, args.out, args.lang, only)
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Regenerate the README's screenshots: every page of the dashboard on a desktop and the overview on a phone,
in headless Debian chromium (never `playwright install`), into docs/img/.

    python -m bench.screenshots                   # builds the bundled articles into a temp database first
    python -m bench.screenshots --db data/kzvol.duckdb --lang ru --out docs/img

The files are <page>_desktop.png (1366 px wide) and overview_phone.png (390 px, a phone's user agent), so
the README's links stay the same from one run to the next.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from bench.streamlit_server import CHROMIUM, CHROMIUM_ARGS, streamlit_server

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("overview", "explore", "sources", "data", "sql")
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


def shoot(url: str, out: Path, lang: str) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        desktop = browser.new_context(viewport=DESKTOP, device_scale_factor=1)
        page = desktop.new_page()
        for name in PAGES:
            page.goto(f"{url}/?page={name}&lang={lang}")
            _wait(page, name)
            target = out / f"{name}_desktop.png"
            page.screenshot(path=str(target))
            written.append(target)
        desktop.close()
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="database to show (default: the bundled articles, built afresh)")
    ap.add_argument("--lang", default="en", choices=("en", "ru", "kk"))
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: `make chromium` installs Debian's chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            from loaders.build import build_database
            from metrics import data

            db = Path(tmp) / "kzvol.duckdb"
            curated = data.CURATED_DIR if data.CURATED_DIR.exists() else None
            build_database(db, data.ARTICLES_DIR, curated)
        env = dict(os.environ, KZVOL_DB=str(db.resolve()))
        with streamlit_server(ROOT / "app.py", ROOT, env, Path(tmp) / "streamlit.log") as (url, _proc):
            for path in shoot(url, args.out, args.lang):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

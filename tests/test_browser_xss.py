"""Text is text, in a real browser (issue 4, item 5): the hostile article of test_text_is_text.py is built by the
loaders, the dashboard is started with `streamlit run`, and Debian's chromium opens the pages that show article
text. No dialog may open (no script ran), no element may be injected, and the markup must be readable as text.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

playwright_api = pytest.importorskip("playwright.sync_api")
from browser_support import require_chromium, running_dashboard  # noqa: E402
from test_text_is_text import IMG, MD_LINK, OUTLET, SCRIPT, build_xss_db  # noqa: E402

from bench.streamlit_server import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

pytestmark = pytest.mark.browser


# Anything the payloads would create if they were parsed as HTML instead of shown as text.
INJECTED = ["img[src='x']", "img[onerror]", "iframe[src^='javascript']", "svg[onload]", "a[href^='javascript']",
            "[onmouseover]", "[onerror]", "[onload]"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_chromium()
    db = build_xss_db(tmp_path_factory.mktemp("browser_xss"))
    with running_dashboard(db, tmp_path_factory.mktemp("log")) as url:
        yield url


@pytest.fixture(scope="module")
def browser(server: str):
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        pg.dialogs.append(f"{dialog.type}: {dialog.message}")  # type: ignore[attr-defined]
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.page_errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.page_errors.append(str(exc)))  # type: ignore[attr-defined]
    try:
        yield pg
    finally:
        context.close()


def assert_nothing_ran_or_was_injected(pg) -> None:  # type: ignore[no-untyped-def]
    pg.wait_for_timeout(1000)  # an onerror/onload handler fires right after insertion; give it time
    assert pg.dialogs == [], pg.dialogs
    for selector in INJECTED:
        assert pg.locator(selector).count() == 0, selector
    scripts = pg.eval_on_selector_all("script", "els => els.map(e => e.textContent)")
    assert not [s for s in scripts if "alert(" in s], "a <script> from the article is in the DOM"
    assert pg.locator("script:has-text('alert')").count() == 0
    assert not [e for e in pg.page_errors if "alert" in e], pg.page_errors


def open_page(pg, server: str, name: str) -> None:  # type: ignore[no-untyped-def]
    pg.goto(f"{server}/?page={name}&lang=ru", wait_until="domcontentloaded")
    pg.wait_for_selector("[data-testid=stApp]", timeout=30000)
    pg.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=30000)


def test_sources_page_shows_the_article_markup_as_text(page, server):
    open_page(page, server, "sources")
    article = page.locator("[data-testid=stHtml]").first
    article.wait_for(state="visible", timeout=30000)
    text = article.inner_text()
    for payload in (SCRIPT, IMG, MD_LINK):
        assert payload in text, payload
    article.get_by_text(SCRIPT).first.wait_for(state="visible", timeout=5000)  # rendered, not only in the DOM
    assert article.locator("mark").count() >= 2  # the figures are still highlighted
    assert_nothing_ran_or_was_injected(page)


def test_data_page_runs_no_article_script(page, server):
    open_page(page, server, "data")
    page.locator("[data-testid=stDataFrame]").first.wait_for(state="visible", timeout=30000)
    assert_nothing_ran_or_was_injected(page)


def test_chart_hover_shows_the_quote_as_text(page, server):
    open_page(page, server, "overview")
    page.wait_for_selector("[data-testid=stPlotlyChart] .js-plotly-plot .main-svg", state="visible", timeout=30000)
    points = page.locator("[data-testid=stPlotlyChart] .scatterlayer .point")
    assert points.count() > 0
    hovered = ""
    for i in range(min(points.count(), 10)):
        points.nth(i).hover(force=True)
        page.wait_for_timeout(300)
        hovered = page.evaluate(
            "() => Array.from(document.querySelectorAll('.hoverlayer')).map(e => e.textContent).join(' ')")
        if "alert" in hovered:
            break
    assert "<script>alert(1)</script>" in hovered, hovered
    assert OUTLET in hovered  # the outlet's <b onmouseover=…> is text in the hover, not a bold tag
    assert page.locator(".hoverlayer script, .hoverlayer img, .hoverlayer [onmouseover]").count() == 0
    assert_nothing_ran_or_was_injected(page)

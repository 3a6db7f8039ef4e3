"""Text is text (issue 4, item 5, without a browser): an article full of markup, scripts and Markdown links is
built by the real loaders and every dashboard page is run through Streamlit's AppTest. No element that renders
HTML or Markdown may carry the article's markup unescaped; the article itself must still be shown, escaped.

The hostile corpus and `build_xss_db` are also used by tests/test_browser_xss.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
PAGES = ["overview", "explore", "sources", "data", "sql"]

# Payloads without digits show up verbatim. The ones with alert(1) are what the issue names; the extractor
# reads their "1" as a figure, so the article view marks it and those strings are split by the mark.
SCRIPT = "<script>alert(document.domain)</script>"
IMG = "<img src=x onerror=alert(document.domain)>"
MD_LINK = "[click](javascript:alert(document.domain))"
OUTLET = "<b onmouseover=alert(document.domain)>Evil</b> News"
TITLE = f"Волонтеры {SCRIPT} в цифрах"
ARTICLE = "\n".join([
    TITLE,
    "Сегодня в Казахстане 300 тыс. волонтеров <script>alert(1)</script>.",
    f"Подробнее: <img src=x onerror=alert(1)> и [click](javascript:alert(1)) или {IMG} {MD_LINK}.",
    '<a href="javascript:alert(document.cookie)">ссылка</a> <iframe src="javascript:alert(document.domain)">'
    "</iframe> <svg onload=alert(document.domain)> " + SCRIPT,
    "Организаций стало более 800.",
    "",
])
SOURCES_CSV = f"file,url,outlet,published,lang\nxss.txt,javascript:alert(1),{OUTLET},2025-06-01,ru\n"

# Raw (unescaped) markup that must never reach an element that renders HTML (st.html, Plotly's pseudo-HTML,
# Markdown with or without unsafe_allow_html); a backslash before it is a Markdown escape and renders literally.
RAW_HTML = re.compile(r"(?<!\\)<\s*(?:script|img|iframe|svg|a\s|b\s)", re.IGNORECASE)
# A live Markdown link; matters only where Markdown is rendered (not in st.html or Plotly text).
RAW_MD_LINK = re.compile(r"(?<!\\)\]\(javascript:", re.IGNORECASE)
NOT_MARKDOWN = ("html.body", "plotly_chart.spec")


def build_xss_db(folder: Path) -> Path:
    """Write the article and its sources.csv under folder/articles and build folder/kzvol.duckdb."""
    from loaders.build import run

    articles = folder / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    (articles / "xss.txt").write_text(ARTICLE, encoding="utf-8")
    (articles / "sources.csv").write_text(SOURCES_CSV, encoding="utf-8")
    db = folder / "kzvol.duckdb"
    report = run(db, articles, curated_dir=None)
    assert report.articles_read == 1 and report.per_metric["volunteers_total"] >= 1, report.render()
    return db


@pytest.fixture(scope="module")
def xss_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_xss_db(tmp_path_factory.mktemp("xss"))


def elements(node: object):
    """Every element of an AppTest tree (blocks are walked, not returned)."""
    children = getattr(node, "children", None)
    if isinstance(children, dict) and children:
        for child in children.values():
            yield from elements(child)
    elif getattr(node, "proto", None) is not None:
        yield node


def rendered_text(el: object) -> list[tuple[str, str]]:
    """(where, text) for every string of an element that the browser renders as Markdown or HTML."""
    proto = el.proto
    out = []
    kind = getattr(el, "type", type(el).__name__)
    for attr in ("body", "label", "help", "placeholder", "caption"):
        value = getattr(proto, attr, None)
        if isinstance(value, str) and value:
            out.append((f"{kind}.{attr}", value))
    if kind == "plotly_chart":
        out.append(("plotly_chart.spec", proto.spec))
    return out


def run_page(db: Path, page: str, monkeypatch: pytest.MonkeyPatch, lang: str = "ru") -> AppTest:
    monkeypatch.setenv("KZVOL_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["page"] = page
    at.query_params["lang"] = lang
    if page == "explore":
        at.query_params["metrics"] = "volunteers_total,volunteer_organizations"
    return at.run()


def assert_no_raw_markup(at: AppTest) -> list[tuple[str, str]]:
    assert not at.exception, [e.value for e in at.exception]
    texts = [t for el in elements(at._tree) for t in rendered_text(el)]
    assert texts
    for where, text in texts:
        for pattern in (RAW_HTML,) if where in NOT_MARKDOWN else (RAW_HTML, RAW_MD_LINK):
            match = pattern.search(text)
            assert match is None, f"unescaped {where}: …{text[max(0, match.start() - 60):match.end() + 60]}…"
    return texts


@pytest.mark.parametrize("page", PAGES)
def test_every_page_shows_markup_from_articles_as_text(xss_db, monkeypatch, page):
    at = run_page(xss_db, page, monkeypatch)
    texts = assert_no_raw_markup(at)
    if page == "sources":
        (html_el,) = [el for el in elements(at._tree) if getattr(el, "type", "") == "html"
                      and not el.proto.body.startswith("<style>")]  # the page's own style sheet aside
        body = html_el.proto.body
        # the article is shown, every payload escaped (not dropped)
        for payload in (SCRIPT, IMG, MD_LINK):
            assert payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in body, payload
        assert "<mark" in body  # the figures are still marked (the app's own markup survives)
    if page in ("overview", "explore"):
        specs = [text for where, text in texts if where == "plotly_chart.spec"]
        assert specs, f"no chart on {page}"
        # the hover carries the quote: escaped for Plotly's pseudo-HTML
        assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in json.loads(s).__repr__() for s in specs)


def test_markup_stays_text_after_interaction(xss_db, monkeypatch):
    """Data page search, and the SQL console returning the raw article text, title and outlet."""
    at = run_page(xss_db, "data", monkeypatch)
    at.text_input(key="d_search").input("script").run()
    assert_no_raw_markup(at)
    assert at.dataframe, "the search for 'script' shows the matching quotes in a table"

    at = run_page(xss_db, "sql", monkeypatch)
    at.text_area(key="sql_text").input("SELECT title, outlet, text FROM sources").run()
    at.button(key="sql_run").click().run()
    assert_no_raw_markup(at)
    df = at.dataframe[-1]  # the result (the schema browser's table comes first)
    assert df.value["title"][0] == TITLE  # data stays data: exact text, nothing stripped
    assert df.value["outlet"][0] == OUTLET


@pytest.mark.parametrize("lang", ["en", "kk"])
def test_other_languages_escape_too(xss_db, monkeypatch, lang):
    for page in ("overview", "sources"):
        assert_no_raw_markup(run_page(xss_db, page, monkeypatch, lang=lang))


def test_the_guard_catches_raw_markup():
    """The check itself can fail: raw payloads match, escaped ones do not."""
    for raw in (SCRIPT, IMG, OUTLET, '<a href="javascript:x">', "< iframe src=x>", "<SVG onload=x>"):
        assert RAW_HTML.search(raw), raw
    assert RAW_MD_LINK.search(MD_LINK)
    escaped = SCRIPT.replace("<", "&lt;").replace(">", "&gt;")
    md_escaped = "".join("\\" + ch if ch in "[]()<>" else ch for ch in MD_LINK + SCRIPT)
    assert RAW_HTML.search(escaped) is None
    assert RAW_HTML.search(md_escaped) is None and RAW_MD_LINK.search(md_escaped) is None


def test_digits_inside_markup_are_not_figures(xss_db):
    import duckdb

    con = duckdb.connect(str(xss_db), read_only=True)
    try:
        sql = "SELECT metric_id, value FROM observations WHERE status = 'accepted' ORDER BY 1, 2"
        rows = con.execute(sql).fetchall()
    finally:
        con.close()
    assert rows == [("volunteer_organizations", 800.0), ("volunteers_total", 300000.0)]


def test_javascript_url_never_reaches_the_database(xss_db):
    import duckdb

    con = duckdb.connect(str(xss_db), read_only=True)
    try:
        assert con.execute("SELECT url, outlet FROM sources").fetchall() == [(None, OUTLET)]
    finally:
        con.close()

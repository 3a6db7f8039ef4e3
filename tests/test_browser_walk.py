"""Real-browser checks from the walk of 2026-12-03 (docs/dashboard.md, "Walk of 2026-12-03"): what only a
browser shows, in the languages and at the widths where the walk found it broken.

- every y axis of a log-scale chart has tick labels (a 755 → 800 panel had none beside a panel spanning
  decades);
- on a phone, the charts by region keep every text inside the chart (the subtitle, the source line and the
  value labels ran off the right edge) and the tile map's labels do not overlap one another.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser_support import require_chromium, running_dashboard

pytestmark = pytest.mark.browser

CHART = "[data-testid=stPlotlyChart] .js-plotly-plot .main-svg"
PHONE_UA = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.0 Mobile/15E148 Safari/604.1")


def _settle(page) -> None:
    page.wait_for_selector(CHART, state="visible", timeout=60_000)
    page.wait_for_selector("[data-testid=stStatusWidget]", state="detached", timeout=60_000)
    page.wait_for_timeout(800)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_log_axis_has_tick_labels(server: str, browser, lang: str) -> None:
    context = browser.new_context(viewport={"width": 1366, "height": 1400})
    page = context.new_page()
    page.goto(f"{server}/?page=explore&lang={lang}&metrics=volunteers_total,volunteer_organizations&scale=log")
    _settle(page)
    ticks = page.evaluate("""() => {
        const fl = document.querySelector('[data-testid=stPlotlyChart] .js-plotly-plot')._fullLayout;
        return Object.keys(fl).filter(k => /^yaxis\\d*$/.test(k))
            .map(k => [fl[k].type, (fl[k]._vals || []).map(v => v.text)]); }""")
    context.close()
    assert len(ticks) == 2 and all(kind == "log" for kind, _ in ticks), ticks
    assert all(len(labels) >= 2 for _, labels in ticks), ticks  # 755 → 800 included: 760, 770, …, 800


@pytest.fixture(scope="module")
def regions_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Volunteers in eight regions and cities, one of them a town off the tile map (Taraz)."""
    from dash_builders import make_obs, realistic_rows

    from loaders.db import write_database

    require_chromium()
    sources, obs = realistic_rows()
    figures = [("Almaty", 14_000, "exact"), ("Astana", 12_000, "at_least"), ("Karaganda region", 7_000, "exact"),
               ("East Kazakhstan region", 6_200, "exact"), ("Shymkent", 5_000, "exact"),
               ("Turkistan region", 3_500, "approx"), ("North Kazakhstan region", 2_100, "at_least"),
               ("Taraz", 1_800, "exact")]
    for obs_id, (area, value, qualifier) in enumerate(figures, start=40):
        obs.append(make_obs(obs_id, "b", "volunteers_total", value, area=area, qualifier=qualifier,
                            period_start="2026-01-30", period_end="2026-01-30",
                            quote=f"В регионе {area} {value} волонтёров."))
    db = write_database(tmp_path_factory.mktemp("regions") / "kzvol.duckdb", sources, obs)
    with running_dashboard(db, tmp_path_factory.mktemp("log")) as url:
        yield url


# Every text element of a chart whose box leaves the chart's box (a pixel of slack).
_OUTSIDE = """() => [...document.querySelectorAll('[data-testid=stPlotlyChart]')].map(chart => {
    const box = chart.getBoundingClientRect();
    return [...chart.querySelectorAll('svg text')].filter(t => {
        const b = t.getBoundingClientRect();
        return b.width > 0 && (b.right > box.right + 1 || b.left < box.left - 1);
    }).map(t => t.textContent.slice(0, 60));
})"""

# Pairs of tile-map labels whose boxes overlap ("Түркістан" ran into "Қызылорда" on a phone).
_TILE_OVERLAPS = """() => {
    const chart = [...document.querySelectorAll('[data-testid=stPlotlyChart]')]
        .find(c => c.querySelector('.gtitle') && /map|карта|картасы/.test(c.querySelector('.gtitle').textContent));
    if (!chart) return null;
    const boxes = [...chart.querySelectorAll('.scatterlayer .textpoint text')].map(t => t.getBoundingClientRect());
    const out = [];
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(i);
    }));
    return {n: boxes.length, overlaps: out.length};
}"""


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_region_charts_fit_a_phone(regions_server: str, browser, lang: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 2400}, is_mobile=True, has_touch=True,
                                  user_agent=PHONE_UA)
    page = context.new_page()
    page.goto(f"{regions_server}/?page=explore&lang={lang}&metrics=volunteers_total")
    _settle(page)
    page.wait_for_function("document.querySelectorAll('[data-testid=stPlotlyChart]').length >= 3", timeout=60_000)
    page.wait_for_timeout(800)
    outside = page.evaluate(_OUTSIDE)
    tiles = page.evaluate(_TILE_OVERLAPS)
    bar_names = page.locator("[data-testid=stPlotlyChart]").nth(1).locator(".ytick text").all_text_contents()
    context.close()
    assert outside == [[], [], []], outside
    assert tiles and tiles["n"] == 20 and tiles["overlaps"] == 0, tiles
    assert "Тараз" in bar_names and not any("Taraz" in n for n in bar_names), bar_names


def test_growth_table_leaves_the_selectors_free_on_a_phone(server: str, browser) -> None:
    """A data grid's toolbar (eye, download, search, full screen) sat over the "To" selector on a phone."""
    context = browser.new_context(viewport={"width": 390, "height": 2400}, is_mobile=True, has_touch=True,
                                  user_agent=PHONE_UA)
    page = context.new_page()
    page.goto(f"{server}/?page=explore&lang=en&metrics=volunteers_total")
    _settle(page)
    page.get_by_text("Years between").wait_for(timeout=60_000)
    selector = page.locator("[class*='st-key-g_to_volunteers_total']").bounding_box()
    covering = page.evaluate("""(s) => [...document.querySelectorAll('[data-testid=stElementToolbar]')]
        .map(e => e.getBoundingClientRect()).filter(b => b.width > 0 && b.height > 0 &&
            b.left < s.x + s.width && s.x < b.right && b.top < s.y + s.height && s.y < b.bottom).length""", selector)
    text = " ".join(page.locator("[data-testid=stMainBlockContainer]").inner_text().split())
    context.close()
    assert covering == 0
    assert "Multiple (x-fold) ×6" in text  # the table is text on the page, not drawn on a canvas

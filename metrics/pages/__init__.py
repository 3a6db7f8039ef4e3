"""The dashboard's pages, one module each, on top of the plain functions of metrics/.

- caches.py: the database handle and every cached query result and figure;
- view_state.py: URL parameters → session state → widgets → URL parameters;
- widgets.py: the page context and the pieces pages share (charts with downloads, KPI cards, paging);
- startup.py: the first-start build and the watch for a rebuilt database;
- one module per page, each with a `render(ctx)` function, registered in PAGES below.

To add a page: write metrics/pages/<name>.py with `render(ctx)`, add it to PAGES below, its name to
metrics.state.PAGES, and its `page_<name>` label to metrics/i18n.py.
"""

from __future__ import annotations

from collections.abc import Callable

from metrics.pages import add, data_page, explore, overview, programs, review, sources, sql_page
from metrics.pages.caches import DATA_PAGE_ROWS, DOWNLOAD_MAX_ROWS, SOURCES_PAGE_ROWS  # noqa: F401 (bench_sql)
from metrics.pages.overview import BLOOD_METRICS, HEADLINE_METRICS  # noqa: F401 (bench_sql)
from metrics.pages.sql_page import EXAMPLE_QUERIES  # noqa: F401 (bench_sql)
from metrics.pages.widgets import Ctx

# The one list of pages: URL name → render function, in the order of the page switcher.
PAGES: dict[str, Callable[[Ctx], None]] = {
    "overview": overview.render,
    "explore": explore.render,
    "sources": sources.render,
    "data": data_page.render,
    "sql": sql_page.render,
    # issue 12
    "programs": programs.render,
    "add": add.render,
    "review": review.render,
}

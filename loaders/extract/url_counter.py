"""The year of a page from the article number in its URL. Many news sites number their articles in the order they
publish them ("inform.kz/en/…_a3675640", "egemen.kz/article/232691-…", "zakon.kz/4959314-…", "baq.kz/…_300027632/"),
so a page whose own date is lost lies between the dated pages numbered just below and just above it. The dated pages
are data: `data/url_counters.csv` (`site,number,published,url`), the pages of the real development set that state
their date, written by `python -m bench.url_counters`. A year is told only when both neighbours are in order and in the
same year, and never a month or a day: the number places the page between two dates, not on one.

Only sites whose numbers were checked to follow the calendar are read (SITES): leaving each dated page out in turn and
dating it from its neighbours gave its year right every time the neighbours agreed (`python -m bench.url_counters
--check`). A site that numbers its articles anew, or by another scheme (inform.kz's short hexadecimal suffixes since
2024), simply has no number here."""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

COUNTERS_CSV = Path(__file__).resolve().parent.parent.parent / "data" / "url_counters.csv"

# The article number of each site, read from the URL's path (and query). A site is a host with its subdomains (the
# language versions share one counter: "en.inform.kz", "qz.inform.kz", "www.inform.kz").
SITES: dict[str, re.Pattern[str]] = {
    "inform.kz": re.compile(r"_a(\d{6,8})(?:/|$)"),
    "egemen.kz": re.compile(r"/article/(\d{4,7})-"),
    "kaz.zakon.kz": re.compile(r"/(\d{7,8})-"),  # the Kazakh version numbers its own articles
    "zakon.kz": re.compile(r"/(\d{7,8})-"),
    "baq.kz": re.compile(r"[_-](\d{6,9})/?$"),
    "aqtobegazeti.kz": re.compile(r"[?&]p=(\d{3,7})$"),
    "lada.kz": re.compile(r"/(\d{3,7})-"),
}
# (checked and left out: tengrinews.kz, el.kz, strategy2050.kz and astanatv.kz number their language versions or
# sections apart, kt.kz and qazaqstan.tv had a page out of order)
_LONGEST_FIRST = tuple(sorted(SITES, key=len, reverse=True))  # ("kaz.zakon.kz" before "zakon.kz")
_HOST_PREFIXES = re.compile(r"^(?:www|m|amp)\.")


def site_of(url: str) -> str | None:
    """The site of SITES a URL is on, or None."""
    host = _HOST_PREFIXES.sub("", urlparse(url).netloc.lower().rstrip("."))
    return next((site for site in _LONGEST_FIRST if host == site or host.endswith("." + site)), None)


def article_number(url: str | None) -> tuple[str, int] | None:
    """(site, article number) of a URL on a site of SITES ("https://en.inform.kz/news/…_a2524126/" → ("inform.kz",
    2524126)), or None."""
    if not url:
        return None
    site = site_of(url)
    if site is None:
        return None
    parts = urlparse(url)
    path = re.sub(r"/amp/?$", "", parts.path.rstrip("/")) + ("?" + parts.query if parts.query else "")
    m = SITES[site].search(path)
    return (site, int(m.group(1))) if m else None


@lru_cache(maxsize=4)
def _dated_numbers(path: Path = COUNTERS_CSV) -> dict[str, tuple[list[int], list[dt.date]]]:
    """Each site's dated article numbers, sorted by number, with their dates."""
    points: dict[str, list[tuple[int, dt.date]]] = {}
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            points.setdefault(row["site"], []).append((int(row["number"]), dt.date.fromisoformat(row["published"])))
    return {site: ([n for n, _ in sorted(rows)], [d for _, d in sorted(rows)]) for site, rows in points.items()}


def year_between_neighbours(numbers: list[int], dates: list[dt.date], number: int) -> int | None:
    """The year of an article numbered `number`, when the dated articles numbered just below and just above it are
    in order and of one year; None otherwise (beyond the known numbers, or a new year between them)."""
    at = bisect.bisect_left(numbers, number)
    if at < len(numbers) and numbers[at] == number:
        return dates[at].year
    if at == 0 or at == len(numbers):
        return None
    low, high = dates[at - 1], dates[at]
    return low.year if low <= high and low.year == high.year else None


def counted_year(url: str | None) -> int | None:
    """The year a page was published in, from its URL's article number and the dated pages around it; None when
    the site is not one of SITES or the number is not bracketed by one year."""
    found = article_number(url)
    if found is None:
        return None
    site, number = found
    table = _dated_numbers().get(site)
    if table is None:
        return None
    return year_between_neighbours(table[0], table[1], number)

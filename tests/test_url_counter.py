"""The year of a page from its URL's article number (loaders/extract/url_counter.py) and the table of dated numbers
it reads (data/url_counters.csv, written by bench/url_counters.py)."""
from __future__ import annotations

import csv
import datetime as dt
import itertools
from pathlib import Path

import pytest

from bench import url_counters
from loaders.build import process_article
from loaders.extract.url_counter import (
    COUNTERS_CSV,
    article_number,
    counted_year,
    site_of,
    year_between_neighbours,
)


@pytest.mark.parametrize(("url", "expected"), [
    ("https://en.inform.kz/news/birth-rate-in-kyzylorda-rgn-up-to-24_a2524126/", ("inform.kz", 2524126)),
    ("https://www.inform.kz/en/zhambyl-region-road-construction-projects_a3675640/amp", ("inform.kz", 3675640)),
    ("https://qz.inform.kz/news/taldykorgan-kalasynyn-bas-zhospary-ozgertiledi_a4046818", ("inform.kz", 4046818)),
    ("https://egemen.kz/amp/article/311404-manhghystau-oblysynda", ("egemen.kz", 311404)),
    ("http://lat.egemen.kz/article/287862-investitsiyalyq-tartymdy-aymaq", ("egemen.kz", 287862)),
    ("https://kaz.zakon.kz/kogam-tynysy/6070640-oral-alasynda.html", ("kaz.zakon.kz", 6070640)),
    ("https://www.zakon.kz/redaktsiia-zakonkz/4692879-v-astane-otremontirujut-bolee-80.html", ("zakon.kz", 4692879)),
    ("https://rus.baq.kz/aktobe-stanovitsya-tsentrom-investitsiy_300021726/", ("baq.kz", 300021726)),
    ("https://aqtobegazeti.kz/?p=167323", ("aqtobegazeti.kz", 167323)),
    # no number of a counted site: inform.kz's hexadecimal suffixes since 2024, another site, a missing URL
    ("https://kaz.inform.kz/news/atirauda-ekologiyalik-zanbuzushiliktar-3759dc/", None),
    ("https://kazpravda.kz/n/otkrylsya-lesnoy-pitomnik/", None),
    ("https://informburo.kz/novosti/123456-something", None),
    (None, None),
])
def test_the_article_number_of_a_url(url: str | None, expected: tuple[str, int] | None) -> None:
    assert article_number(url) == expected


def test_the_longest_site_wins() -> None:
    assert site_of("https://kaz.zakon.kz/x") == "kaz.zakon.kz"
    assert site_of("https://www.zakon.kz/x") == "zakon.kz"
    assert site_of("https://notinform.kz/x") is None


NUMBERS = [100, 200, 300, 400]
DATES = [dt.date(2019, 3, 1), dt.date(2019, 11, 2), dt.date(2020, 1, 20), dt.date(2019, 12, 30)]


@pytest.mark.parametrize(("number", "year"), [
    (150, 2019),  # between two dates of 2019
    (200, 2019),  # a dated number itself
    (250, None),  # a new year between the neighbours: no year
    (350, None),  # neighbours out of order: no year
    (50, None),  # below every known number
    (450, None),  # beyond every known number (newer than the table)
])
def test_a_year_only_between_neighbours_of_one_year(number: int, year: int | None) -> None:
    assert year_between_neighbours(NUMBERS, DATES, number) == year


def _adjacent_pair_of_one_year() -> tuple[str, int, int, int]:
    """Two neighbouring dated numbers of one site, in order and of one year, in the shipped table, with a gap between
    them."""
    with COUNTERS_CSV.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["site"] == "inform.kz"]
    rows.sort(key=lambda r: int(r["number"]))
    for low, high in itertools.pairwise(rows):
        if low["published"][:4] == high["published"][:4] and low["published"] <= high["published"] and \
                int(high["number"]) - int(low["number"]) > 2:
            return "inform.kz", int(low["number"]), int(high["number"]), int(low["published"][:4])
    raise AssertionError("no adjacent pair of one year in data/url_counters.csv")


def test_an_undated_page_takes_the_year_between_its_neighbours() -> None:
    _, low, high, year = _adjacent_pair_of_one_year()
    url = f"https://en.inform.kz/news/some-news_a{(low + high) // 2}/"
    assert counted_year(url) == year
    text = "Roads\n\nThe region repaired 120 km of roads.\n"
    out = process_article("a.txt", text, "0" * 64, {"url": url, "lang": "en"})
    assert out["source"]["date_basis"] == "url"
    assert out["source"]["published"] == f"{year}-01-01"
    assert [f["period_start"] for f in out["figures"]] == [f"{year}-01-01"]


def test_a_page_of_its_own_date_keeps_it() -> None:
    _, low, high, _year = _adjacent_pair_of_one_year()
    url = f"https://en.inform.kz/news/some-news_a{(low + high) // 2}/"
    text = " date 2011-05-04\nRoads\n\nThe region repaired 120 km of roads.\n"
    out = process_article("a.txt", text, "0" * 64, {"url": url, "lang": "en"})
    assert out["source"]["published"] == "2011-05-04"


def test_the_shipped_table_is_the_development_sets(tmp_path: Path) -> None:
    """data/url_counters.csv is what bench/url_counters.py writes from bench/real today (rerun it after a set
    joins development)."""
    out = tmp_path / "counters.csv"
    assert url_counters.main(["--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == COUNTERS_CSV.read_text(encoding="utf-8")


def test_the_builder_skips_the_blind_part_and_undated_pages(tmp_path: Path) -> None:
    for part, published in (("en_set1", "2020-05-01"), ("en_holdout", "2021-05-01"), ("kk_set2", "")):
        (tmp_path / part).mkdir()
        with (tmp_path / part / "pages.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["article", "url", "published"])
            w.writerow(["a.txt", f"https://en.inform.kz/news/x_a{len(part)}000001/", published])
    rows = url_counters.dated_numbers(tmp_path)
    assert [(site, published.isoformat()) for site, _, published, _ in rows] == [("inform.kz", "2020-05-01")]


def test_the_check_prints_every_site(capsys: pytest.CaptureFixture[str]) -> None:
    assert url_counters.main(["--check"]) == 0
    printed = capsys.readouterr().out
    assert "inform.kz" in printed and " wrong   0" in printed

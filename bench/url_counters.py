"""Write data/url_counters.csv, the dated article numbers loaders/extract/url_counter.py dates pages by, from the real
development set's pages that state their date (bench/real/*/pages.csv, `published`): `python -m bench.url_counters`.
With `--check`, print for each site how often leaving a dated page out and dating it from its neighbours gives its
year right, wrong, or nothing (the test a site passes before it joins url_counter.SITES)."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from pathlib import Path

from loaders.extract.url_counter import COUNTERS_CSV, SITES, article_number, year_between_neighbours

REAL = Path(__file__).resolve().parent / "real"


def dated_numbers(real: Path = REAL) -> list[tuple[str, int, dt.date, str]]:
    """(site, number, published, url) of every development page on a counted site that states its date."""
    rows: dict[tuple[str, int], tuple[str, int, dt.date, str]] = {}
    for pages in sorted(real.glob("*/pages.csv")):
        if pages.parent.name.endswith("_holdout"):
            continue  # the blind part is read once, at the end, and gives no numbers before
        with pages.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                found = article_number(row["url"])
                if found is None or not row.get("published"):
                    continue
                rows[found] = (*found, dt.date.fromisoformat(row["published"]), row["url"])
    return sorted(rows.values())


def check(rows: list[tuple[str, int, dt.date, str]]) -> None:
    """Leave each dated page out in turn and date it from the rest: right, wrong, or no year, by site."""
    for site in SITES:
        mine = [(n, d) for s, n, d, _ in rows if s == site]
        right = wrong = none = 0
        for k, (number, date) in enumerate(mine):
            rest = mine[:k] + mine[k + 1:]
            year = year_between_neighbours([n for n, _ in rest], [d for _, d in rest], number)
            if year is None:
                none += 1
            elif year == date.year:
                right += 1
            else:
                wrong += 1
        print(f"{site:18} dated {len(mine):4}  right {right:4}  wrong {wrong:3}  no year {none:3}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="leave-one-out check by site, write nothing")
    parser.add_argument("--out", type=Path, default=COUNTERS_CSV)
    args = parser.parse_args(argv)
    rows = dated_numbers()
    if args.check:
        check(rows)
        return 0
    tmp = args.out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["site", "number", "published", "url"])
        for site, number, published, url in rows:
            writer.writerow([site, number, published.isoformat(), url])
    tmp.replace(args.out)
    print(f"{len(rows)} dated article numbers written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

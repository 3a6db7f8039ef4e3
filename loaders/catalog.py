"""The metric catalog (DESIGN §4): which metrics exist, with their labels, unit, kind and topic.

Read from metrics/catalog.csv. The extractor's rules (loaders/classify.py) and the database writer
(loaders/db.py) both take it from here, so extraction does not depend on storage. `extra` is the place for a
reviewed extension with the same columns (data/curated/metrics.csv, DESIGN §4): its rows are appended after
the catalog's; validating and merging them by id is the build's job and is not done here yet.
"""

from __future__ import annotations

import csv
from pathlib import Path

CATALOG_CSV = Path(__file__).resolve().parent.parent / "metrics" / "catalog.csv"


def read_catalog_csv(path: Path) -> list[dict[str, str]]:
    """The rows of one catalog file (metrics/catalog.csv or a file with the same columns)."""
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_catalog(extra: Path | None = None, *, path: Path = CATALOG_CSV) -> list[dict[str, str]]:
    """The metric catalog: the rows of metrics/catalog.csv, then those of `extra` when given."""
    rows = read_catalog_csv(path)
    if extra is not None:
        rows += read_catalog_csv(extra)
    return rows

"""The day the extractor takes as "today".

Several rules bound what a text can mean by the day it is read: a page cannot have been published after today,
a year after the current one is a target and not a report, "N years ago" cannot land in the future. Reading the
system clock in each rule made a rebuild of the same articles depend on the day it ran, with no way to repeat an
earlier build. Every rule asks this module instead:

- `KZV_TODAY=YYYY-MM-DD` pins the day, so a build (or a test run) can be repeated exactly as of a given day;
  without it, today is the system's date;
- a build holds its day fixed from start to end (`fixed`), so articles extracted after midnight are read as of
  the same day as the rest, and the extraction cache (loaders/build.py) keys its entries by that day.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager

ENV_VAR = "KZV_TODAY"
_fixed: dt.date | None = None  # set by fixed(); forked build workers inherit it


def today() -> dt.date:
    """The reference day: the build's fixed day, else KZV_TODAY when set (an ISO date), else the system's date."""
    if _fixed is not None:
        return _fixed
    pinned = os.environ.get(ENV_VAR, "").strip()
    if not pinned:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(pinned)
    except ValueError:
        raise ValueError(f"{ENV_VAR}={pinned!r} is not a date in the form YYYY-MM-DD") from None


@contextmanager
def fixed(day: dt.date | None = None) -> Iterator[dt.date]:
    """Hold today() at `day` (default: today() now) inside the block; yields the day."""
    global _fixed
    before, _fixed = _fixed, day or today()
    try:
        yield _fixed
    finally:
        _fixed = before

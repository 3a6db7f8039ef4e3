"""Ranges: "с 50 до 300 тысяч", "from 50 to 300 thousand", "20–25 процентов", "some 5,000-7,000 people". The two
ends are two figures; the first takes the scale and the counted noun of the second, an "approx" before the range
is both ends', and the second remembers the first (its metric falls back to the first's)."""

from __future__ import annotations

import itertools
import re

from loaders.figure import Figure

_RANGE_GAP = re.compile(r"^\s*(?:до|to|[-–—]|и|and|мен)\s*$", re.I)


def share_scale(figures: list[Figure], low: str) -> None:
    """"с 50 до 300 тысяч", "from 50 to 300 thousand", "от 40 до 60 литров", "20–25 процентов": the first
    number of a range takes the scale and the counted noun of the second (a noun it borrowed from elsewhere in
    the sentence gives way)."""
    for a, b in itertools.pairwise(figures):
        if a.unit == "ratio" or b.unit == "ratio" or not _RANGE_GAP.match(low[a.num_end: b.num_start]):
            continue
        borrowed = a.unit == "items" or a.meta.get("antecedent") is not None
        scale = b.meta.get("scale")
        if a.meta.get("scale") is None and scale and a.unit != "percent" and a.value < 1000 and \
                (borrowed or a.unit == b.unit):
            a.value *= scale
            a.meta["scale"] = scale
        if borrowed and b.noun is not None:
            a.noun, a.unit, a.np_text = b.noun, b.unit, b.np_text
            a.meta["antecedent"] = "range"
        if a.qualifier == "approx" and b.qualifier == "exact":
            b.qualifier = "approx"  # "some 5,000-7,000 people": the qualifier is the range's
        b.meta["range_of"] = a

"""The Figure record (DESIGN §3): one number a text states about a measurable thing, with its qualifier, unit,
counted noun, period, area, metric and the span it was read from.

Shared by the extractor (loaders/extract/), which fills it, and the metric rules (loaders/classify.py), which
read it; neither imports the other for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Figure:
    value: float
    qualifier: str
    unit: str
    noun: str | None
    metric: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    period_kind: str | None
    period_basis: str
    area: str
    quote: str
    start: int  # span in the article text
    end: int
    text: str
    lang: str
    sentence_index: int
    is_headline: bool = False
    duplicate_of: int | None = None  # index in the article's figure list
    # internal
    num_start: int = 0
    num_end: int = 0
    np_text: str = ""
    elided: bool = False
    meta: dict[str, Any] = field(default_factory=dict)

    def as_record(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "noun": self.noun,
            "metric": self.metric,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "period_kind": self.period_kind,
            "period_basis": self.period_basis,
            "area": self.area,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "lang": self.lang,
            "planned": bool(self.meta.get("planned")),
        }

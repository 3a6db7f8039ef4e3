"""Reviewed corrections from data/curated/*.csv, applied at build time and winning over the rules.

Each row cites the article file and the quote (a piece of the sentence), so a reviewer can check it:

    action,file,quote,value,metric_id,new_value,qualifier,unit,period_start,period_end,area,note

- ``reject``: the rule figure with this `value` in the sentence containing `quote` is rejected.
- ``correct``: the same figure gets every non-empty field of the row (`new_value` replaces the value).
- ``add``: a new figure read by a person; `quote` must occur in the article, `new_value` (or `value`),
  `unit` and `qualifier` are required.

Curated data is reviewed data, so any bad row fails the whole build with file, line and reason, and the
previous database stays in place.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

COLUMNS = ["action", "file", "quote", "value", "metric_id", "new_value", "qualifier", "unit", "period_start",
           "period_end", "area", "note"]
ACTIONS = {"add", "correct", "reject"}
QUALIFIERS = {"exact", "at_least", "at_most", "approx", "almost"}
COUNT_UNITS_MAY_BE_NEGATIVE = {"percent", "ratio"}


class CuratedError(ValueError):
    """A curated row that cannot be applied; str() names the file and line."""

    def __init__(self, file: str, line: int | None, reason: str) -> None:
        self.file, self.line, self.reason = file, line, reason
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class CuratedRow:
    csv_file: str
    line: int
    fields: dict[str, str]

    def get(self, key: str) -> str:
        return (self.fields.get(key) or "").strip()


def read_curated(curated_dir: Path | None) -> list[CuratedRow]:
    """All rows of data/curated/*.csv in file-name order, validated for shape (not yet for content)."""
    if curated_dir is None or not Path(curated_dir).is_dir():
        return []
    rows: list[CuratedRow] = []
    for path in sorted(Path(curated_dir).glob("*.csv")):
        name = f"{Path(curated_dir).name}/{path.name}"
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CuratedError(name, None, f"not UTF-8 ({exc.reason})") from exc
        reader = csv.DictReader(text.splitlines())
        missing = [c for c in ("action", "file", "quote") if c not in (reader.fieldnames or [])]
        if missing:
            raise CuratedError(name, 1, f"missing column(s): {', '.join(missing)}; expected {','.join(COLUMNS)}")
        unknown = [c for c in reader.fieldnames or [] if c not in COLUMNS]
        if unknown:
            raise CuratedError(name, 1, f"unknown column(s): {', '.join(unknown)}")
        seen: dict[tuple[str, ...], int] = {}
        for row in reader:
            line = reader.line_num
            r = CuratedRow(name, line, {k: v or "" for k, v in row.items() if k is not None})
            if not any(r.get(c) for c in COLUMNS):
                continue
            key = tuple(r.get(c) for c in COLUMNS if c != "note")
            if key in seen:
                raise CuratedError(name, line, f"duplicate of line {seen[key]}")
            seen[key] = line
            rows.append(r)
    return rows


def _number(row: CuratedRow, key: str) -> float | None:
    raw = row.get(key)
    if not raw:
        return None
    try:
        return float(raw.replace(" ", "").replace(",", "."))
    except ValueError:
        raise CuratedError(row.csv_file, row.line, f"{key} {raw!r} is not a number") from None


def _date(row: CuratedRow, key: str) -> dt.date | None:
    raw = row.get(key)
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise CuratedError(row.csv_file, row.line, f"{key} {raw!r} is not a date (YYYY-MM-DD)") from None


def _period_kind(start: dt.date, end: dt.date) -> str:
    if start == end:
        return "day"
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        return "year" if start.year == end.year else "range"
    return "range"


def apply_curated(rows: list[CuratedRow], observations: list[dict[str, Any]], sources: dict[str, dict[str, Any]],
                  metric_ids: set[str], next_id: int) -> tuple[list[dict[str, Any]], int]:
    """Apply the rows to `observations` (dicts as in the observations table) in place; return the added
    rows and how many rows were applied. `sources` maps file name → source row (with its text)."""
    added: list[dict[str, Any]] = []
    applied = 0
    for row in rows:
        err = lambda reason, row=row: CuratedError(row.csv_file, row.line, reason)  # noqa: E731
        action = row.get("action").lower()
        if action not in ACTIONS:
            raise err(f"action {row.get('action')!r} is not one of {', '.join(sorted(ACTIONS))}")
        file, quote = row.get("file"), row.get("quote")
        if not file:
            raise err("file is empty: name the article file the figure comes from")
        if not quote:
            raise err("quote is empty: cite the sentence (or part of it) the figure comes from")
        source = sources.get(file)
        if source is None:
            raise err(f"article {file!r} is not among the loaded articles")
        metric = row.get("metric_id") or None
        if metric is not None and metric not in metric_ids:
            raise err(f"unknown metric_id {metric!r} (see metrics/catalog.csv)")
        qualifier = row.get("qualifier") or None
        if qualifier is not None and qualifier not in QUALIFIERS:
            raise err(f"qualifier {qualifier!r} is not one of {', '.join(sorted(QUALIFIERS))}")
        value, new_value = _number(row, "value"), _number(row, "new_value")
        unit = row.get("unit") or None
        for v in (value, new_value):
            if v is not None and v < 0 and (unit or "") not in COUNT_UNITS_MAY_BE_NEGATIVE:
                raise err(f"negative value {v:g} for a count")
        p0, p1 = _date(row, "period_start"), _date(row, "period_end")
        if (p0 is None) != (p1 is None):
            raise err("give both period_start and period_end, or neither")
        if p0 and p1 and p1 < p0:
            raise err(f"period ends ({p1}) before it starts ({p0})")
        text = source["text"]
        pos = text.find(quote)
        if pos < 0:
            raise err(f"quote not found in {file}: {quote[:60]!r}")
        if action == "add":
            amount = new_value if new_value is not None else value
            if amount is None or unit is None or qualifier is None:
                raise err("an added figure needs new_value (or value), unit and qualifier")
            obs = {
                "obs_id": next_id + len(added), "source_id": source["source_id"], "file": file,
                "metric_id": metric, "value": amount, "qualifier": qualifier, "unit": unit, "noun": None,
                "period_start": p0 or source.get("published"), "period_end": p1 or source.get("published"),
                "period_kind": _period_kind(p0, p1) if p0 and p1 else "as_of",
                "period_basis": "curated" if p0 else "publication", "area": row.get("area") or "KZ",
                "quote": _sentence_around(text, pos, len(quote)), "span_start": pos,
                "span_end": pos + len(quote), "figure_text": quote, "lang": source.get("lang"),
                "method": "curated", "status": "accepted" if metric else "candidate",
                "status_reason": row.get("note") or None, "duplicate_of": None,
                "extractor_version": None,
            }
            added.append(obs)
            applied += 1
            continue
        if value is None:
            raise err(f"{action} needs the value of the figure as the rules found it")
        matches = [o for o in observations if o["file"] == file and o["value"] == value
                   and o["span_start"] is not None and _overlaps(o, pos, len(quote), o["quote"], quote)]
        if not matches:
            raise err(f"no figure with value {value:g} in the sentence quoted from {file}")
        if len(matches) > 1:
            raise err(f"{len(matches)} figures with value {value:g} match; quote more of the sentence")
        obs = matches[0]
        if action == "reject":
            obs["status"], obs["status_reason"] = "rejected", "curated: " + (row.get("note") or "rejected")
            obs["method"] = "curated"
        else:
            if metric:
                obs["metric_id"] = metric
            if new_value is not None:
                obs["value"] = new_value
            if qualifier:
                obs["qualifier"] = qualifier
            if unit:
                obs["unit"] = unit
            if row.get("area"):
                obs["area"] = row.get("area")
            if p0 and p1:
                obs["period_start"], obs["period_end"] = p0, p1
                obs["period_kind"], obs["period_basis"] = _period_kind(p0, p1), "curated"
            obs["method"] = "curated"
            obs["status"] = "accepted" if obs["metric_id"] else "candidate"
            obs["status_reason"] = "curated: " + (row.get("note") or "corrected")
        applied += 1
    return added, applied


def _overlaps(obs: dict[str, Any], pos: int, length: int, sentence: str, quote: str) -> bool:
    """Does the quoted passage belong to the observation's sentence?"""
    return quote in sentence or sentence in quote


def _sentence_around(text: str, pos: int, length: int) -> str:
    start = max(text.rfind("\n", 0, pos) + 1, 0)
    end = text.find("\n", pos + length)
    return text[start: end if end != -1 else len(text)].strip()

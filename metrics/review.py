"""The review queue (issue 12): what in the database needs a person, as plain functions returning DataFrames.

Every function takes a database object with `.query(sql, params) -> DataFrame` (`metrics.data.ReadOnlyDatabase`).
A figure a person has already handled (`method = 'curated'`) leaves the queue. Kinds, most important first:

- `outlier` (priority 100): a point of a series 100× below its neighbours, or a drop of 90 % or more next to a
  figure of another period kind (a cumulative total beside one year);
- `disagreement` (90): two sources for the same metric, area and period whose values differ beyond rounding
  (and beyond what their qualifiers allow);
- `candidates` (50 + size): figures without a metric, grouped by counted noun and unit ("тонна" from 12
  articles is one group);
- `plan` (20): a plan or target kept out of the series;
- `inferred_date` (10): an accepted figure whose date comes from a guessed publication date or a period
  carried over from an earlier sentence.

The review actions themselves (accept, reject, correct, mark cumulative, undo) are rows written by
`loaders.curated.write_actions`. A figure a row of data/curated/ already names (`pending_obs_ids`) leaves the
queue at once, before the rebuild that applies the row; undoing the row brings it back.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

import pandas as pd

PLAN_REASON = "a plan or target, not a measurement"
OUTLIER_FACTOR = 100.0
DROP_SHARE = 0.9
ROUNDING = {"exact": 0.02, "approx": 0.1, "almost": 0.1, "at_least": 0.1, "at_most": 0.1}

OBS_COLUMNS = ("o.obs_id, o.file, o.source_id, o.metric_id, o.value, o.rule_value, o.qualifier, o.unit, o.noun, "
               "o.period_start, o.period_end, o.period_kind, o.period_basis, o.area, o.quote, o.span_start, "
               "o.span_end, o.figure_text, o.lang, o.status, o.status_reason, o.method, o.program, s.title, "
               "s.outlet, s.published, s.date_basis")


class Database(Protocol):
    def query(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame: ...


def _obs(db: Database, where: str, params: list[Any] | None = None, order: str = "o.obs_id",
         exclude: Iterable[int] = ()) -> pd.DataFrame:
    params = list(params or [])
    if exclude:
        where, params = f"({where}) AND NOT list_contains(?, o.obs_id)", [*params, sorted(int(i) for i in exclude)]
    return db.query(f"SELECT {OBS_COLUMNS} FROM observations o LEFT JOIN sources s USING (source_id) "
                    f"WHERE {where} ORDER BY {order}", params)


def curated_key(curated_dir: Path | None) -> str:
    """A hash of the names and contents of data/curated/*.csv: with the database version, the key of the cached
    queue (a review action changes it at once, before the rebuild that applies it)."""
    h = hashlib.sha256()
    if curated_dir is not None and Path(curated_dir).is_dir():
        for path in sorted(Path(curated_dir).glob("*.csv")):
            h.update(path.name.encode() + b"\0")
            try:
                h.update(path.read_bytes())
            except OSError:  # replaced between the listing and the read: the next rerun sees the new file
                continue
            h.update(b"\0")
    return h.hexdigest()


def pending_obs_ids(db: Database, curated_dir: Path | None) -> set[int]:
    """Rule figures that a correction row of data/curated/ names (by file, the value the rules read and, when
    given, the figure's start) but the database does not show as handled yet: the rebuild is still to come."""
    from loaders.curated import NOT_CORRECTIONS

    keys: set[tuple[str, float, int | None]] = set()
    if curated_dir is None or not Path(curated_dir).is_dir():
        return set()
    for path in sorted(Path(curated_dir).glob("*.csv")):
        if path.name in NOT_CORRECTIONS:
            continue
        try:
            rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
        except (OSError, UnicodeDecodeError, csv.Error):
            continue
        for r in rows:
            try:
                value = float((r.get("value") or "").replace(" ", "").replace(",", "."))
                start = int(float(r["start"])) if (r.get("start") or "").strip() else None
            except ValueError:
                continue
            keys.add(((r.get("file") or "").strip(), value, start))
    if not keys:
        return set()
    files = sorted({k[0] for k in keys})
    df = db.query("SELECT obs_id, file, coalesce(rule_value, value) AS value, span_start FROM observations "
                  "WHERE method = 'rule' AND list_contains(?, file)", [files])
    out = set()
    for oid, file, value, start in df.itertuples(index=False):
        if (file, float(value), int(start)) in keys or (file, float(value), None) in keys:
            out.add(int(oid))
    return out


def observation(db: Database, obs_id: int) -> dict[str, Any] | None:
    df = _obs(db, "o.obs_id = ?", [int(obs_id)])
    return None if df.empty else df.iloc[0].to_dict()


def article_text(db: Database, source_id: str) -> str:
    df = db.query("SELECT text FROM sources WHERE source_id = ?", [source_id])
    return "" if df.empty else str(df.iloc[0]["text"])


def candidate_groups(db: Database, exclude: Iterable[int] = ()) -> pd.DataFrame:
    """Candidates without a metric, one row per counted noun and unit, the biggest groups first."""
    return db.query(
        "SELECT coalesce(noun, '') AS noun, unit, count(*) AS n, count(DISTINCT source_id) AS n_articles, "
        "min(value) AS min_value, max(value) AS max_value, list(obs_id ORDER BY obs_id) AS obs_ids, "
        "any_value(quote ORDER BY obs_id) AS example "
        "FROM observations WHERE status = 'candidate' AND metric_id IS NULL AND method = 'rule' "
        "AND (status_reason IS NULL OR status_reason <> ?) AND NOT list_contains(?, obs_id) "
        "GROUP BY ALL ORDER BY n DESC, n_articles DESC, noun, unit", [PLAN_REASON, sorted(int(i) for i in exclude)])


def group_members(db: Database, noun: str, unit: str, exclude: Iterable[int] = ()) -> pd.DataFrame:
    """The figures of one candidate group."""
    return _obs(db, "o.status = 'candidate' AND o.metric_id IS NULL AND o.method = 'rule' "
                    "AND coalesce(o.noun, '') = ? AND o.unit = ? AND (o.status_reason IS NULL OR o.status_reason <> ?)",
                [noun, unit, PLAN_REASON], exclude=exclude)


def inferred_dates(db: Database, exclude: Iterable[int] = ()) -> pd.DataFrame:
    """Accepted figures whose date rests on a guess: an inferred or unknown publication date, a period taken
    from an earlier sentence, or no period at all."""
    return _obs(db, "o.status = 'accepted' AND o.method = 'rule' "
                    "AND (s.date_basis IN ('inferred', 'year_only', 'unknown') OR o.period_basis = 'inherited' "
                    "OR o.period_end IS NULL)", exclude=exclude)


def plans(db: Database, exclude: Iterable[int] = ()) -> pd.DataFrame:
    return _obs(db, "o.method = 'rule' AND o.status_reason = ?", [PLAN_REASON], exclude=exclude)


def _consistent(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Could both statements be true of one number (rounding, bounds, 'about')?"""
    lo_a, hi_a = _interval(a)
    lo_b, hi_b = _interval(b)
    return lo_a <= hi_b and lo_b <= hi_a


def _interval(o: dict[str, Any]) -> tuple[float, float]:
    v, q = float(o["value"]), o["qualifier"]
    tol = abs(v) * ROUNDING.get(q, 0.02)
    if q == "at_least":
        return v - tol, float("inf")
    if q == "at_most":
        return float("-inf"), v + tol
    if q == "almost":
        return v * (1 - ROUNDING["almost"]), v + tol
    return v - tol, v + tol


def disagreements(db: Database) -> pd.DataFrame:
    """Pairs of accepted figures for one metric, area and period that cannot both be right, side by side."""
    own_unit = "unit = (SELECT m.unit FROM metrics m WHERE m.metric_id = {0}metric_id)"
    df = _obs(db, f"o.status = 'accepted' AND o.{own_unit.format('o.')} AND (o.metric_id, o.area, o.period_start, "
                  "o.period_end) IN (SELECT (metric_id, area, period_start, period_end) FROM observations x "
                  f"WHERE status = 'accepted' AND x.{own_unit.format('x.')} "
                  "GROUP BY ALL HAVING count(DISTINCT value) > 1 AND bool_and(method = 'rule'))",
              order="o.metric_id, o.area, o.period_end, o.obs_id")
    rows = []
    for _, group in df.groupby(["metric_id", "area", "period_start", "period_end"], dropna=False, sort=False):
        recs = group.to_dict("records")
        for i, a in enumerate(recs):
            for b in recs[i + 1:]:
                if a["source_id"] == b["source_id"] and a["value"] == b["value"]:
                    continue
                if not _consistent(a, b):
                    row = {k: a[k] for k in ("metric_id", "area", "period_start", "period_end")}
                    for side, o in (("a", a), ("b", b)):
                        for k in ("obs_id", "value", "qualifier", "quote", "outlet", "published", "file"):
                            row[f"{k}_{side}"] = o[k]
                    rows.append(row)
    return pd.DataFrame(rows)


def outliers(db: Database) -> pd.DataFrame:
    """Series points far off their neighbours: 100× below both (or its only) neighbour, or a drop of 90 % or
    more where the two figures are of different period kinds (a cumulative total next to one year)."""
    s = db.query("SELECT metric_id, area, period_start, period_end, period_kind, value, obs_id "
                 "FROM series WHERE obs_id IN (SELECT obs_id FROM observations WHERE method = 'rule') "
                 "ORDER BY metric_id, area, period_end, period_start")
    rows = []
    for (metric, area), g in s.groupby(["metric_id", "area"], sort=False):
        pts = g.to_dict("records")
        for i, p in enumerate(pts):
            neigh = [pts[j] for j in (i - 1, i + 1) if 0 <= j < len(pts)]
            if not neigh or p["value"] <= 0:
                continue
            if all(n["value"] >= OUTLIER_FACTOR * p["value"] for n in neigh):
                near = min(n["value"] for n in neigh)
                rows.append({"obs_id": p["obs_id"], "metric_id": metric, "area": area, "value": p["value"],
                             "reason": f"{near / p['value']:,.0f}× below its neighbours", "factor": near / p["value"]})
                continue
            if i > 0:
                prev = pts[i - 1]
                if (prev["period_kind"] != p["period_kind"] and prev["value"] > 0
                        and p["value"] <= (1 - DROP_SHARE) * prev["value"]):
                    rows.append({"obs_id": p["obs_id"], "metric_id": metric, "area": area, "value": p["value"],
                                 "reason": f"a drop of {100 * (1 - p['value'] / prev['value']):.0f} % from "
                                           f"{prev['value']:,.0f} ({prev['period_kind']}) to {p['period_kind']}: "
                                           "a cumulative total next to one period?",
                                 "other_obs_id": prev["obs_id"], "drop": 1 - p["value"] / prev["value"],
                                 "prev_value": prev["value"], "prev_kind": prev["period_kind"],
                                 "kind": p["period_kind"]})
    return pd.DataFrame(rows)


def _day(v: Any) -> str:
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return "?"
    return str(pd.Timestamp(v).date())


def review_queue(db: Database, exclude: Iterable[int] = ()) -> pd.DataFrame:
    """Everything that needs a person, most important first: kind, priority, title (English, for logs and
    tests), obs_ids, `parts` (the title's values, for the page to say in the reader's language), and for
    candidate groups their noun and unit. Figures in `exclude` (handled, the rebuild still to come) are left
    out, and an outlier or disagreement that involves one."""
    exclude = set(exclude)
    items: list[dict[str, Any]] = []
    for r in outliers(db).to_dict("records"):
        ids = [int(r["obs_id"])] + ([int(r["other_obs_id"])] if pd.notna(r.get("other_obs_id", None)) else [])
        if exclude & set(ids):
            continue
        parts = {k: r.get(k) for k in ("metric_id", "area", "value", "factor", "drop", "prev_value", "prev_kind",
                                       "kind")}
        items.append({"kind": "outlier", "priority": 100, "title": f"{r['metric_id']} · {r['area']}: {r['value']:,.0f}"
                      f" — {r['reason']}", "obs_ids": ids, "parts": parts})
    for r in disagreements(db).to_dict("records"):
        if exclude & {int(r["obs_id_a"]), int(r["obs_id_b"])}:
            continue
        items.append({"kind": "disagreement", "priority": 90,
                      "title": f"{r['metric_id']} · {r['area']} · {_day(r['period_end'])}: {r['value_a']:,.0f} "
                               f"({r['qualifier_a']}) vs {r['value_b']:,.0f} ({r['qualifier_b']})",
                      "obs_ids": [int(r["obs_id_a"]), int(r["obs_id_b"])],
                      "parts": {k: r[k] for k in ("metric_id", "area", "period_start", "period_end", "value_a",
                                                  "qualifier_a", "value_b", "qualifier_b")}})
    for r in candidate_groups(db, exclude).to_dict("records"):
        items.append({"kind": "candidates", "priority": 50 + int(r["n"]),
                      "title": f"«{r['noun'] or '?'}» ({r['unit']}): figures — {r['n']}, articles — {r['n_articles']}",
                      "obs_ids": [int(x) for x in r["obs_ids"]], "noun": r["noun"], "unit": r["unit"],
                      "parts": {k: r[k] for k in ("noun", "unit", "n", "n_articles")}})
    for r in plans(db, exclude).to_dict("records"):
        items.append({"kind": "plan", "priority": 20, "title": f"plan: {r['value']:,.10g} {r['unit']} "
                      f"({r['metric_id'] or 'no metric'})", "obs_ids": [int(r["obs_id"])],
                      "parts": {k: r[k] for k in ("value", "qualifier", "unit", "metric_id")}})
    for r in inferred_dates(db, exclude).to_dict("records"):
        items.append({"kind": "inferred_date", "priority": 10,
                      "title": f"{r['metric_id']}: {r['value']:,.10g}, period "
                               f"{_day(r['period_start'])}..{_day(r['period_end'])}"
                               f" ({r['period_basis']}; publication date {r['date_basis']})",
                      "obs_ids": [int(r["obs_id"])],
                      "parts": {k: r[k] for k in ("metric_id", "value", "qualifier", "period_start", "period_end",
                                                  "period_basis", "date_basis")}})
    df = pd.DataFrame(items, columns=["kind", "priority", "title", "obs_ids", "noun", "unit", "parts"])
    return df.sort_values("priority", ascending=False, kind="stable").reset_index(drop=True)

"""Reviewed corrections from data/curated/*.csv, applied at build time and winning over the rules.

Each row cites the article file and the quote (a piece of the sentence), so a reviewer can check it:

    action,file,quote,value,metric_id,new_value,qualifier,unit,period_start,period_end,area,note
    [,start,period_kind,program,reviewer,reviewed_at]   (optional columns, written by the Review page)

- ``reject``: the rule figure with this `value` in the sentence containing `quote` is rejected.
- ``correct``: the same figure gets every non-empty field of the row (`new_value` replaces the value;
  `period_kind` = ``cumulative`` marks a running total since a start).
- ``accept``: like ``correct``, and a `metric_id` is required (a candidate put into a metric).
- ``confirm``: the figure is right as the rules read it (it leaves the review queue).
- ``add``: a new figure read by a person; `quote` must occur in the article, `new_value` (or `value`),
  `unit` and `qualifier` are required.

`value` is always the value as the rules read it (`observations.rule_value`), so several rows about one
figure apply one after the other. `start` (the figure's `span_start`) picks the figure when one sentence
holds the same value twice. `reviewer` and `reviewed_at` say who and when (the Review page fills them).

`data/curated/metrics.csv` (columns of metrics/catalog.csv) adds metrics to the catalog, and
`data/curated/programs.csv` adds programs to data/programs.csv; neither is a file of corrections.

Curated data is reviewed data, so any bad row fails the whole build with file, line and reason, and the
previous database stays in place.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from loaders.db import load_catalog

COLUMNS = ["action", "file", "quote", "value", "metric_id", "new_value", "qualifier", "unit", "period_start",
           "period_end", "area", "note", "start", "period_kind", "program", "reviewer", "reviewed_at"]
# Columns that describe a row rather than what it does: two rows differing only in these are duplicates.
ABOUT_COLUMNS = {"note", "reviewer", "reviewed_at"}
ACTIONS = {"add", "correct", "reject", "accept", "confirm"}
PERIOD_KINDS = {"as_of", "year", "annual", "ytd", "month", "day", "range", "cumulative"}
# Files in data/curated/ that are not corrections.
METRICS_FILE, PROGRAMS_FILE = "metrics.csv", "programs.csv"
NOT_CORRECTIONS = {METRICS_FILE, PROGRAMS_FILE}
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
    """All correction rows of data/curated/*.csv in file-name order, validated for shape (not yet for content).
    data/curated/metrics.csv is validated here too (it is merged with the catalog later)."""
    if curated_dir is None or not Path(curated_dir).is_dir():
        return []
    from loaders.programs import load_programs

    catalog = curated_catalog(curated_dir)  # fail early on a bad curated metric or program as well
    load_programs(curated_dir, metric_ids=[m["metric_id"] for m in catalog])
    rows: list[CuratedRow] = []
    for path in sorted(Path(curated_dir).glob("*.csv")):
        if path.name in NOT_CORRECTIONS:
            continue
        name = f"{Path(curated_dir).name}/{path.name}"
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CuratedError(name, None, f"not UTF-8 ({exc.reason})") from exc
        rows += parse_curated_text(name, text)
    return rows


def parse_curated_text(name: str, text: str) -> list[CuratedRow]:
    """The rows of one corrections file's text; `name` is how errors name the file."""
    rows: list[CuratedRow] = []
    reader = csv.DictReader(io.StringIO(text, newline=""))
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
        key = tuple(r.get(c) for c in COLUMNS if c not in ABOUT_COLUMNS)
        if key in seen:
            raise CuratedError(name, line, f"duplicate of line {seen[key]}")
        seen[key] = line
        rows.append(r)
    return rows


# --- curated metrics: data/curated/metrics.csv (DESIGN §4) ---------------------------------------------------

CATALOG_COLUMNS = ["metric_id", "unit", "kind", "topic", "label_en", "label_ru", "label_kk"]
METRIC_KINDS = {"stock", "flow", "cumulative"}
# DESIGN §4: dashboards, saved queries and exports refer to these; a curated metric never takes one.
FIXED_METRIC_IDS = frozenset({
    "volunteers_total", "volunteer_organizations", "silver_volunteers", "initiative_groups",
    "regional_front_offices", "national_front_offices", "qazvolunteer_platform_users", "volunteer_actions",
    "people_helped", "blood_donors_per_year", "blood_donations_per_year", "blood_collected_liters",
    "transfusions_per_year", "transfusion_recipients_per_year", "marathon_good_deeds", "marathon_participants",
    "flood_volunteers", "small_grants", "trees_planted", "waste_collected_tonnes"})
# Units the extractor writes (loaders/lexicon.py) and the catalog's own; a curated metric uses one of these.
KNOWN_UNITS = frozenset({
    "persons", "organizations", "offices", "events", "KZT", "USD", "EUR", "RUB", "CHF", "tonnes", "kg", "liters",
    "percent", "ratio", "items", "groups", "donations", "transfusions", "deeds", "grants", "trees", "animals",
    "projects", "applications", "requests", "families", "schools", "centers", "points", "initiatives", "regions",
    "districts", "cities", "countries", "areas", "materials", "modules", "nominations", "podcasts", "videos"})
METRIC_ID = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


def validate_metric_row(fields: dict[str, str], known_ids: set[str], units: set[str], where: tuple[str, int]
                        ) -> dict[str, str]:
    """One curated metric row, checked: a new lower-snake id, a known unit and kind, a topic and three labels."""
    name, line = where
    row = {c: (fields.get(c) or "").strip() for c in CATALOG_COLUMNS}
    mid = row["metric_id"]
    if not METRIC_ID.fullmatch(mid):
        raise CuratedError(name, line, f"metric_id {mid!r} is not lower snake case (e.g. humanitarian_aid_tonnes)")
    if mid in FIXED_METRIC_IDS or mid in known_ids:
        raise CuratedError(name, line, f"metric_id {mid!r} already exists in the catalog")
    if row["unit"] not in units:
        raise CuratedError(name, line, f"unit {row['unit']!r} is not a known unit ({', '.join(sorted(units))})")
    if row["kind"] not in METRIC_KINDS:
        raise CuratedError(name, line, f"kind {row['kind']!r} is not one of {', '.join(sorted(METRIC_KINDS))}")
    if not row["topic"]:
        raise CuratedError(name, line, "topic is empty")
    for lang in ("en", "ru", "kk"):
        if not row[f"label_{lang}"]:
            raise CuratedError(name, line, f"label_{lang} is empty: give the label in en, ru and kk")
    return row


def read_curated_metrics(curated_dir: Path | None, catalog: list[dict[str, str]]) -> list[dict[str, str]]:
    """The validated rows of data/curated/metrics.csv (none when there is no such file)."""
    if curated_dir is None:
        return []
    path = Path(curated_dir) / METRICS_FILE
    if not path.is_file():
        return []
    name = f"{Path(curated_dir).name}/{METRICS_FILE}"
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CuratedError(name, None, f"not UTF-8 ({exc.reason})") from exc
    return parse_metrics_text(name, text, catalog)


def parse_metrics_text(name: str, text: str, catalog: list[dict[str, str]]) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = reader.fieldnames or []
    missing = [c for c in CATALOG_COLUMNS if c not in fields]
    if missing:
        raise CuratedError(name, 1, f"missing column(s): {', '.join(missing)}; expected {','.join(CATALOG_COLUMNS)}")
    unknown = [c for c in fields if c not in CATALOG_COLUMNS]
    if unknown:
        raise CuratedError(name, 1, f"unknown column(s): {', '.join(unknown)}")
    known = {r["metric_id"] for r in catalog}
    units = set(KNOWN_UNITS) | {r["unit"] for r in catalog}
    out = []
    for raw in reader:
        if not any((v or "").strip() for v in raw.values() if isinstance(v, str)):
            continue
        row = validate_metric_row(raw, known, units, (name, reader.line_num))
        known.add(row["metric_id"])
        out.append(row)
    return out


def curated_catalog(curated_dir: Path | None) -> list[dict[str, str]]:
    """metrics/catalog.csv followed by the validated rows of data/curated/metrics.csv."""
    catalog = load_catalog()
    return catalog + read_curated_metrics(curated_dir, catalog)


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
                  metric_ids: set[str] | Mapping[str, str], next_id: int, program_ids: set[str] | None = None
                  ) -> tuple[list[dict[str, Any]], int]:
    """Apply the rows to `observations` (dicts as in the observations table) in place; return the added
    rows and how many rows were applied. `sources` maps file name → source row (with its text);
    `metric_ids` is the set of catalog ids, or a mapping id → kind (then a figure marked cumulative stays out
    of a stock or flow metric's series); `program_ids`, when given, are the programs a row may name."""
    kinds: Mapping[str, str] = metric_ids if isinstance(metric_ids, Mapping) else {}
    for o in observations:  # rows match the value the rules read, whatever earlier rows changed
        o.setdefault("rule_value", o["value"] if o.get("method", "rule") == "rule" else None)
    by_file: dict[str, list[dict[str, Any]]] = {}
    for o in observations:
        by_file.setdefault(o["file"], []).append(o)
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
            raise err(f"unknown metric_id {metric!r} (see metrics/catalog.csv and data/curated/metrics.csv)")
        if action == "accept" and metric is None:
            raise err("accept needs the metric_id the figure belongs to")
        qualifier = row.get("qualifier") or None
        if qualifier is not None and qualifier not in QUALIFIERS:
            raise err(f"qualifier {qualifier!r} is not one of {', '.join(sorted(QUALIFIERS))}")
        period_kind = row.get("period_kind") or None
        if period_kind is not None and period_kind not in PERIOD_KINDS:
            raise err(f"period_kind {period_kind!r} is not one of {', '.join(sorted(PERIOD_KINDS))}")
        value, new_value = _number(row, "value"), _number(row, "new_value")
        start = _number(row, "start")
        unit = row.get("unit") or None
        for v in (value, new_value):
            if v is not None and v < 0 and (unit or "") not in COUNT_UNITS_MAY_BE_NEGATIVE:
                raise err(f"negative value {v:g} for a count")
        p0, p1 = _date(row, "period_start"), _date(row, "period_end")
        if (p0 is None) != (p1 is None):
            raise err("give both period_start and period_end, or neither")
        if p0 and p1 and p1 < p0:
            raise err(f"period ends ({p1}) before it starts ({p0})")
        if row.get("reviewed_at"):
            try:
                dt.datetime.fromisoformat(row.get("reviewed_at"))
            except ValueError:
                raise err(f"reviewed_at {row.get('reviewed_at')!r} is not a date and time (ISO 8601)") from None
        text = source["text"]
        pos = text.find(quote)
        if pos < 0:
            raise err(f"quote not found in {file}: {quote[:60]!r}")
        program = row.get("program") or None
        if program is not None and program_ids is not None and program not in program_ids:
            raise err(f"unknown program {program!r} (see data/programs.csv and data/curated/programs.csv)")
        if action == "add":
            amount = new_value if new_value is not None else value
            if amount is None or unit is None or qualifier is None:
                raise err("an added figure needs new_value (or value), unit and qualifier")
            obs = {
                "obs_id": next_id + len(added), "source_id": source["source_id"], "file": file,
                "metric_id": metric, "value": amount, "qualifier": qualifier, "unit": unit, "noun": None,
                "period_start": p0 or source.get("published"), "period_end": p1 or source.get("published"),
                "period_kind": period_kind or (_period_kind(p0, p1) if p0 and p1 else "as_of"),
                "period_basis": "curated" if p0 else "publication", "area": row.get("area") or "KZ",
                "quote": _sentence_around(text, pos, len(quote)), "span_start": pos,
                "span_end": pos + len(quote), "figure_text": quote, "lang": source.get("lang"),
                "method": "curated", "status": "accepted" if metric else "candidate",
                "status_reason": row.get("note") or None, "duplicate_of": None,
                "extractor_version": None, "rule_value": None, "program": program,
            }
            _cumulative_check(obs, kinds)
            added.append(obs)
            applied += 1
            continue
        if value is None:
            raise err(f"{action} needs the value of the figure as the rules found it")
        matches = [o for o in by_file.get(file, ()) if o["rule_value"] == value
                   and o["span_start"] is not None and _overlaps(o, pos, len(quote), o["quote"], quote)
                   and (start is None or o["span_start"] == int(start))]
        if not matches:
            raise err(f"no figure with value {value:g} in the sentence quoted from {file}"
                      + (f" at character {int(start)}" if start is not None else ""))
        if len(matches) > 1:
            raise err(f"{len(matches)} figures with value {value:g} match; quote more of the sentence or give start")
        obs = matches[0]
        note = row.get("note")
        if action == "reject":
            obs["status"], obs["status_reason"] = "rejected", "curated: " + (note or "rejected")
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
            if period_kind:
                obs["period_kind"] = period_kind
            if program:
                obs["program"] = program
            obs["method"] = "curated"
            obs["status"] = "accepted" if obs["metric_id"] else "candidate"
            default = {"confirm": "confirmed", "accept": "accepted"}.get(action, "corrected")
            obs["status_reason"] = "curated: " + (note or default)
            if obs["duplicate_of"] is not None and action in ("accept", "confirm"):
                obs["duplicate_of"] = None  # a person says this repeat is a figure of its own
            _cumulative_check(obs, kinds)
        applied += 1
    return added, applied


def _cumulative_check(obs: dict[str, Any], kinds: Mapping[str, str]) -> None:
    """A running total never shares a line with a stock or flow (DESIGN §4): in such a metric it stays a
    candidate with the reason, until it is put into a cumulative metric."""
    if obs["status"] != "accepted" or not kinds:
        return
    kind = kinds.get(obs["metric_id"] or "")
    if obs["period_kind"] == "cumulative" and kind and kind != "cumulative":
        obs["status"] = "candidate"
        obs["status_reason"] = (f"a cumulative total, not a {kind} figure of {obs['metric_id']}: "
                                "put it into a cumulative metric")
    elif kind == "cumulative" and obs["period_kind"] != "cumulative":
        obs["period_kind"] = "cumulative"


def _overlaps(obs: dict[str, Any], pos: int, length: int, sentence: str, quote: str) -> bool:
    """Does the quoted passage belong to the observation's sentence?"""
    return quote in sentence or sentence in quote


def _sentence_around(text: str, pos: int, length: int) -> str:
    start = max(text.rfind("\n", 0, pos) + 1, 0)
    end = text.find("\n", pos + length)
    return text[start: end if end != -1 else len(text)].strip()


# --- writing review actions (the Review page) -----------------------------------------------------------------
#
# Every action is one row appended to data/curated/review.csv (a new metric: one row of
# data/curated/metrics.csv), written under the data folder's lock and replaced atomically. Before anything is
# written, the file as it would be is checked with the build's own code: its shape (parse_curated_text,
# parse_metrics_text) and its content (apply_curated against the rule figures in the current database).
#
# Undo removes the rows an action wrote (found by their whole content, the last match first): the files then
# hold only what a person decided, and `git log -p data/curated/` keeps the history. A metric cannot be
# removed while a row still uses it.

REVIEW_FILE = "review.csv"


@dataclass(frozen=True)
class Receipt:
    """What one action wrote, to undo it."""

    review_rows: tuple[tuple[tuple[str, str], ...], ...] = ()
    metric_rows: tuple[tuple[tuple[str, str], ...], ...] = ()
    program_rows: tuple[tuple[tuple[str, str], ...], ...] = ()


def review_row(action: str, obs: Mapping[str, Any], reviewer: str, *, note: str = "", **changes: Any
               ) -> dict[str, str]:
    """A review.csv row about one observation (a dict with the observations table's columns)."""
    value = obs.get("rule_value")
    if value is None or value != value:  # NaN from pandas
        value = obs.get("value")
    row = {c: "" for c in COLUMNS}
    row.update(action=action, file=str(obs["file"]), quote=str(obs["quote"]), value=_fmt(value),
               start=str(int(obs["span_start"])) if obs.get("span_start") is not None else "",
               note=note or "", reviewer=reviewer.strip(),
               reviewed_at=dt.datetime.now().replace(microsecond=0).isoformat())
    for key, val in changes.items():
        if key not in COLUMNS:
            raise ValueError(f"unknown column {key}")
        row[key] = "" if val is None else (_fmt(val) if isinstance(val, float | int) else str(val))
    return row


def _fmt(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _csv_text(columns: list[str], rows: list[dict[str, str]]) -> str:
    import io

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def _read_rows(path: Path, default_columns: list[str]) -> tuple[list[str], list[dict[str, str]]]:
    if not path.is_file():
        return list(default_columns), []
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""))
    return list(reader.fieldnames or default_columns), [{k: v or "" for k, v in r.items() if k} for r in reader]


def _key(row: Mapping[str, str], columns: list[str]) -> tuple[tuple[str, str], ...]:
    return tuple((c, (row.get(c) or "").strip()) for c in columns)


def database_check(rows: list[CuratedRow], db_path: Path, catalog: list[dict[str, str]],
                   program_ids: set[str] | None = None) -> None:
    """Check rows as the build would apply them, against the rule figures of the current database."""
    import duckdb

    files = sorted({r.get("file") for r in rows})
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        src = con.execute("SELECT file, source_id, text, published, lang FROM sources WHERE list_contains(?, file)",
                          [files]).fetchall()
        cols = {c[0] for c in con.execute("DESCRIBE observations").fetchall()}
        rule_value = "coalesce(rule_value, value)" if "rule_value" in cols else "value"
        obs = con.execute(
            f"SELECT obs_id, file, {rule_value} AS value, span_start, quote, metric_id, qualifier, unit, area, "
            "period_start, period_end, period_kind, status, duplicate_of FROM observations "
            "WHERE extractor_version IS NOT NULL AND list_contains(?, file)", [files]).fetchall()
        names = ["obs_id", "file", "value", "span_start", "quote", "metric_id", "qualifier", "unit", "area",
                 "period_start", "period_end", "period_kind", "status", "duplicate_of"]
        next_id = (con.execute("SELECT max(obs_id) FROM observations").fetchone()[0] or 0) + 1
    finally:
        con.close()
    sources = {f: {"file": f, "source_id": sid, "text": t, "published": p, "lang": lg} for f, sid, t, p, lg in src}
    observations = [dict(zip(names, o, strict=True), method="rule") for o in obs]
    apply_curated(rows, observations, sources, {r["metric_id"]: r["kind"] for r in catalog}, next_id, program_ids)


def write_actions(curated_dir: Path, db_path: Path, rows: list[dict[str, str]] | None = None,
                  metrics: list[dict[str, str]] | None = None, programs: list[dict[str, str]] | None = None, *,
                  wait: float = 10.0) -> Receipt:
    """Append review rows (and new metrics, and programs or aliases of the lexicon) atomically under the lock,
    after checking them as the build would. Raises CuratedError (file, line, reason) and writes nothing when a
    row would fail the build."""
    from loaders.lock import atomic_write_text, exclusive
    from loaders.programs import COLUMNS as PROGRAM_COLUMNS
    from loaders.programs import PROGRAMS_CSV, load_programs, parse_programs_text

    curated_dir, db_path = Path(curated_dir), Path(db_path)
    rows, metrics, programs = list(rows or []), list(metrics or []), list(programs or [])
    name = curated_dir.name
    with exclusive(db_path.parent, wait=wait):
        curated_dir.mkdir(parents=True, exist_ok=True)
        m_cols, m_rows = _read_rows(curated_dir / METRICS_FILE, CATALOG_COLUMNS)
        r_cols, r_rows = _read_rows(curated_dir / REVIEW_FILE, COLUMNS)
        p_cols, p_rows = _read_rows(curated_dir / PROGRAMS_FILE, PROGRAM_COLUMNS)
        for c in COLUMNS:  # a hand-made review.csv may lack the optional columns
            if c not in r_cols:
                r_cols.append(c)
        new_m_text = _csv_text(m_cols, m_rows + list(metrics)) if metrics else None
        new_r_text = _csv_text(r_cols, r_rows + list(rows)) if rows else None
        new_p_text = _csv_text(p_cols, p_rows + list(programs)) if programs else None
        catalog = load_catalog()
        if new_m_text is not None:
            catalog = catalog + parse_metrics_text(f"{name}/{METRICS_FILE}", new_m_text, catalog)
        else:
            catalog = curated_catalog(curated_dir)
        metric_ids = [m["metric_id"] for m in catalog]
        if new_p_text is not None:
            bundled = {p.program_id: p for p in load_programs(None, PROGRAMS_CSV, metric_ids)}
            known = parse_programs_text(f"{name}/{PROGRAMS_FILE}", new_p_text, bundled, metric_ids)
        else:
            known = {p.program_id: p for p in load_programs(curated_dir, metric_ids=metric_ids)}
        if new_r_text is not None:
            parsed = parse_curated_text(f"{name}/{REVIEW_FILE}", new_r_text)
            database_check(parsed[len(parsed) - len(rows):], db_path, catalog, set(known))
        if new_m_text is not None:
            atomic_write_text(curated_dir / METRICS_FILE, new_m_text)
        if new_p_text is not None:
            atomic_write_text(curated_dir / PROGRAMS_FILE, new_p_text)
        if new_r_text is not None:
            atomic_write_text(curated_dir / REVIEW_FILE, new_r_text)
    return Receipt(tuple(_key(r, COLUMNS) for r in rows), tuple(_key(m, CATALOG_COLUMNS) for m in metrics),
                   tuple(_key(p, PROGRAM_COLUMNS) for p in programs))


def undo(curated_dir: Path, db_path: Path, receipt: Receipt, *, wait: float = 10.0) -> None:
    """Remove the rows an action wrote. Raises CuratedError when a row is gone, or a metric or a program is still
    in use."""
    from loaders.lock import atomic_write_text, exclusive
    from loaders.programs import COLUMNS as PROGRAM_COLUMNS
    from loaders.programs import PROGRAMS_CSV, load_programs

    curated_dir, db_path = Path(curated_dir), Path(db_path)
    name = curated_dir.name
    with exclusive(db_path.parent, wait=wait):
        r_cols, r_rows = _read_rows(curated_dir / REVIEW_FILE, COLUMNS)
        m_cols, m_rows = _read_rows(curated_dir / METRICS_FILE, CATALOG_COLUMNS)
        p_cols, p_rows = _read_rows(curated_dir / PROGRAMS_FILE, PROGRAM_COLUMNS)
        for key in receipt.review_rows:
            idx = [i for i, r in enumerate(r_rows) if _key(r, COLUMNS) == key]
            if not idx:
                raise CuratedError(f"{name}/{REVIEW_FILE}", None, "the row to undo is no longer there")
            del r_rows[idx[-1]]
        removed = set()
        for key in receipt.metric_rows:
            idx = [i for i, r in enumerate(m_rows) if _key(r, CATALOG_COLUMNS) == key]
            if not idx:
                raise CuratedError(f"{name}/{METRICS_FILE}", None, "the metric to undo is no longer there")
            removed.add(m_rows[idx[-1]]["metric_id"])
            del m_rows[idx[-1]]
        for key in receipt.program_rows:
            idx = [i for i, r in enumerate(p_rows) if _key(r, PROGRAM_COLUMNS) == key]
            if not idx:
                raise CuratedError(f"{name}/{PROGRAMS_FILE}", None, "the program row to undo is no longer there")
            del p_rows[idx[-1]]
        corrections = {path.name: (r_rows if path.name == REVIEW_FILE else _read_rows(path, COLUMNS)[1])
                       for path in sorted(curated_dir.glob("*.csv")) if path.name not in NOT_CORRECTIONS}
        if removed:
            for file_name, rows in corrections.items():
                used = sorted({r.get("metric_id") for r in rows} & removed)
                if used:
                    raise CuratedError(f"{name}/{file_name}", None,
                                       f"metric {used[0]} is still used here; undo those rows first")
            used = sorted({m for p in p_rows for m in (p.get("metrics") or "").split()} & removed)
            if used:
                raise CuratedError(f"{name}/{PROGRAMS_FILE}", None,
                                   f"metric {used[0]} is still a program's metric here; undo that row first")
        if receipt.program_rows:
            left = {p.program_id for p in load_programs(None, PROGRAMS_CSV)} | {p.get("program_id") for p in p_rows}
            for file_name, rows in corrections.items():
                gone = sorted({r.get("program") for r in rows if r.get("program")} - left)
                if gone:
                    raise CuratedError(f"{name}/{file_name}", None,
                                       f"program {gone[0]} is still used here; undo those rows first")
        if removed:
            atomic_write_text(curated_dir / METRICS_FILE, _csv_text(m_cols, m_rows))
        if receipt.program_rows:
            atomic_write_text(curated_dir / PROGRAMS_FILE, _csv_text(p_cols, p_rows))
        if receipt.review_rows:
            atomic_write_text(curated_dir / REVIEW_FILE, _csv_text(r_cols, r_rows))

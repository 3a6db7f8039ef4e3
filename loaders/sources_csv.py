"""Read ``data/articles/sources.csv``: optional per-article metadata (url, outlet, date, language).

The file is typed by hand or exported from Excel, so it carries typos, impossible dates, rows for files
that were renamed, and the same file twice. Metadata is optional (DESIGN §2: the date falls back to the
text), so one bad row must never cost the other rows or the build: each bad row is skipped with a
problem naming its physical line, and only a file that cannot be read as a table at all (no ``file``
column, not UTF-8, binary) yields a single problem and no metadata.

Columns: ``file,url,outlet,published,lang``; the header is required, its names are matched without
regard to case or surrounding spaces, and unknown columns are reported and ignored.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from dataclasses import dataclass
from pathlib import Path

from loaders.reader import InputProblem

COLUMNS = ("file", "url", "outlet", "published", "lang")
LANGS = ("ru", "kk", "en")
MAX_BYTES = 10_000_000  # ~100,000 rows; anything bigger is not a hand-kept metadata file

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")  # what Russian-locale Excel writes
_LANG_HINTS = {"kz": "kk", "kaz": "kk", "rus": "ru", "eng": "en", "қаз": "kk", "рус": "ru"}


@dataclass(frozen=True)
class SourceMeta:
    """Metadata of one article from one CSV row; ``line`` is that row's physical line in the CSV."""

    file: str
    url: str | None
    outlet: str | None
    published: datetime.date | None
    lang: str | None
    line: int


def read_sources_csv(path: Path, article_files: set[str]) -> tuple[dict[str, SourceMeta], list[InputProblem]]:
    """Metadata by article file name, and every problem found (skipped rows and warnings).

    ``article_files`` are the names of the articles actually present, so rows for renamed or deleted
    files are reported instead of silently attaching metadata to nothing.
    """
    name = path.name
    text, problem = _read_text(path, name)
    if problem is not None:
        return {}, [problem]
    rows = _physical_rows(text, name)
    if isinstance(rows, InputProblem):
        return {}, [rows]
    if not rows:
        return {}, [InputProblem(name, None, "empty file, no header", "empty")]

    header_line, header = rows[0]
    positions, problems = _header_positions(header, name, header_line)
    if "file" not in positions:
        return {}, problems
    result: dict[str, SourceMeta] = {}
    first_line: dict[str, int] = {}
    for line, fields in rows[1:]:
        meta, row_problems = _parse_row(fields, positions, len(header), name, line)
        problems.extend(row_problems)
        if meta is None:
            continue
        if meta.file in first_line:
            # First row wins even if it was itself rejected: two rows for one file are ambiguous,
            # and silently using the second could hide which one the user meant.
            problems.append(_dup_problem(name, line, meta.file, first_line[meta.file]))
            continue
        first_line[meta.file] = line
        if meta.file not in article_files:
            problems.append(
                InputProblem(
                    name, line, f"row skipped: no article file {meta.file!r} in the folder", "unknown_file"
                )
            )
            continue
        if not any(p.kind in _ROW_FATAL for p in row_problems):
            result[meta.file] = meta
    return result, problems


# Problem kinds that make a row unusable; others (bad_url, extra columns) only drop one value.
_ROW_FATAL = frozenset({"bad_date", "bad_lang", "bad_row"})


def _read_text(path: Path, name: str) -> tuple[str, InputProblem | None]:
    """The CSV as text (UTF-8, BOM allowed: Excel's "CSV UTF-8" writes one), or the reason it is unusable."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return "", InputProblem(
                name, None, f"file too large ({size} bytes, limit {MAX_BYTES})", "too_large"
            )
        raw = path.read_bytes()
    except IsADirectoryError:
        return "", InputProblem(name, None, "a directory, not a CSV file", "not_a_file")
    except PermissionError:
        return "", InputProblem(name, None, "permission denied; cannot read file", "unreadable")
    except OSError as exc:
        return "", InputProblem(name, None, f"cannot read file: {exc.strerror or exc}", "unreadable")
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        return "", InputProblem(name, line, "binary file (NUL bytes); metadata not used", "binary")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        reason = "not UTF-8 (Excel: save as 'CSV UTF-8'); metadata not used"
        return "", InputProblem(name, line, reason, "encoding")


def _physical_rows(text: str, name: str) -> list[tuple[int, list[str]]] | InputProblem:
    """Non-blank rows with the physical line each starts on (a quoted field may span lines)."""
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for fields in reader:
            if any(field.strip() for field in fields):
                rows.append((start, fields))
            start = reader.line_num + 1
    except csv.Error as exc:
        return InputProblem(
            name, reader.line_num, f"not a readable CSV ({exc}); metadata not used", "bad_csv"
        )
    return rows


def _delimiter(text: str) -> str:
    # Russian-locale Excel saves "CSV" with semicolons; accept that when the header clearly uses them.
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def _header_positions(header: list[str], name: str, line: int) -> tuple[dict[str, int], list[InputProblem]]:
    """Column index by known name, and the header's problems (missing ``file`` is fatal)."""
    positions: dict[str, int] = {}
    problems: list[InputProblem] = []
    for index, raw_name in enumerate(header):
        column = raw_name.strip().lower()
        if column in COLUMNS and column not in positions:
            positions[column] = index
        elif column in positions:
            problems.append(
                InputProblem(name, line, f"column {column!r} appears twice; first used", "header")
            )
        else:
            problems.append(
                InputProblem(name, line, f"unknown column {raw_name.strip()!r} ignored", "header")
            )
    if "file" not in positions:
        found = ", ".join(h.strip() for h in header) or "nothing"
        expected = ",".join(COLUMNS)
        reason = f"no 'file' column in the header (found: {found}); expected {expected}; metadata not used"
        return positions, [InputProblem(name, line, reason, "missing_column")]
    for column in COLUMNS:
        if column not in positions:
            problems.append(
                InputProblem(name, line, f"missing column {column!r}; treated as empty", "missing_column")
            )
    return positions, problems


def _parse_row(
    fields: list[str], positions: dict[str, int], width: int, name: str, line: int
) -> tuple[SourceMeta | None, list[InputProblem]]:
    """The row's metadata (None when it has no file name) and its problems."""

    def value(column: str) -> str:
        index = positions.get(column)
        return fields[index].strip() if index is not None and index < len(fields) else ""

    file = value("file")
    if not file:
        return None, [InputProblem(name, line, "row skipped: empty file name", "missing_file_name")]
    if len(fields) > width:
        # Report only the shift: the odd date or lang it causes would send the user the wrong way.
        shifted = SourceMeta(file, None, None, None, None, line)
        return shifted, [_problem_extra_fields(name, line, len(fields), width)]
    problems: list[InputProblem] = []
    published, date_problem = _parse_date(value("published"), name, line)
    lang, lang_problem = _parse_lang(value("lang"), name, line)
    url, url_problem = _parse_url(value("url"), name, line)
    problems += [p for p in (date_problem, lang_problem, url_problem) if p is not None]
    meta = SourceMeta(file, url, value("outlet") or None, published, lang, line)
    return meta, problems


def _problem_extra_fields(name: str, line: int, count: int, width: int) -> InputProblem:
    # More fields than columns means a value shifted (an unquoted comma in an outlet name): any field
    # after it may be in the wrong column, so the row cannot be trusted.
    reason = f"row skipped: {count} fields but the header has {width} (an unquoted comma?)"
    return InputProblem(name, line, reason, "bad_row")


def _parse_date(text: str, name: str, line: int) -> tuple[datetime.date | None, InputProblem | None]:
    if not text:
        return None, None
    if _ISO_DATE.fullmatch(text):
        try:
            return datetime.date.fromisoformat(text), None
        except ValueError:
            reason = f"row skipped: published {text!r} is not a real date"
            return None, InputProblem(name, line, reason, "bad_date")
    hint = ""
    dotted = _DOTTED_DATE.fullmatch(text)
    if dotted:
        day, month, year = dotted.groups()
        hint = f" (write {year}-{int(month):02d}-{int(day):02d})"
    reason = f"row skipped: published {text!r} is not a date in the form YYYY-MM-DD{hint}"
    return None, InputProblem(name, line, reason, "bad_date")


def _parse_lang(text: str, name: str, line: int) -> tuple[str | None, InputProblem | None]:
    lang = text.lower()
    if not lang:
        return None, None
    if lang in LANGS:
        return lang, None
    hint = f"; did you mean {_LANG_HINTS[lang]!r}?" if lang in _LANG_HINTS else ""
    reason = f"row skipped: lang {text!r} is not one of {', '.join(LANGS)}{hint}"
    return None, InputProblem(name, line, reason, "bad_lang")


def _parse_url(text: str, name: str, line: int) -> tuple[str | None, InputProblem | None]:
    # The dashboard renders the url as a link: only web addresses, never javascript: or file: ones.
    if not text:
        return None, None
    if re.match(r"https?://[^\s/]+", text, re.IGNORECASE):
        return text, None
    reason = f"url {text[:80]!r} is not an http(s) address; url ignored, row kept"
    return None, InputProblem(name, line, reason, "bad_url")


def _dup_problem(name: str, line: int, file: str, first: int) -> InputProblem:
    return InputProblem(
        name,
        line,
        f"row skipped: duplicate row for {file!r}; only the first (line {first}) counts",
        "duplicate",
    )

"""sources.csv as people really write it: every bad row is named by line and skipped, the rest is kept.

Metadata is optional, so a broken row must cost only that row, and a broken file only the metadata,
never the build. Assertions are on the report text a user sees.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from loaders.reader import InputProblem
from loaders.sources_csv import SourceMeta, read_sources_csv

HEADER = "file,url,outlet,published,lang"
ARTICLES = {"a.txt", "b.txt", "c.txt"}
REPO = Path(__file__).resolve().parents[1]


def load(tmp_path: Path, text: str | bytes, articles: set[str] = ARTICLES):
    path = tmp_path / "sources.csv"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return read_sources_csv(path, articles)


def lines(*rows: str) -> str:
    return "\n".join(rows) + "\n"


def shown(problems: list[InputProblem]) -> list[str]:
    return [str(p) for p in problems]


# --------------------------------------------------------------------------------------------------
# Good input


def test_full_row_is_parsed(tmp_path: Path):
    meta, problems = load(tmp_path, lines(HEADER, "a.txt,https://kazinform.kz/x,Kazinform,2024-12-13,RU"))
    assert problems == []
    assert meta == {
        "a.txt": SourceMeta(
            "a.txt", "https://kazinform.kz/x", "Kazinform", datetime.date(2024, 12, 13), "ru", 2
        )
    }


def test_empty_values_are_none(tmp_path: Path):
    meta, problems = load(tmp_path, lines(HEADER, "a.txt,,,,"))
    assert problems == []
    assert meta["a.txt"] == SourceMeta("a.txt", None, None, None, None, 2)


def test_bundled_sources_csv_is_clean():
    folder = REPO / "data" / "articles"
    articles = {p.name for p in folder.glob("*.txt")}
    meta, problems = read_sources_csv(folder / "sources.csv", articles)
    assert problems == []
    assert set(meta) == articles
    assert meta["000_b38b4b75c9770e1a.txt"].outlet == "Kazinform"


def test_excel_variants_bom_semicolons_header_case_and_quotes(tmp_path: Path):
    text = '\ufeff File ;URL;Outlet;Published;Lang\r\na.txt;;"24.kz; El.kz";2024-01-05;kk\r\n'
    meta, problems = load(tmp_path, text)
    assert problems == []
    assert meta["a.txt"].outlet == "24.kz; El.kz"
    assert meta["a.txt"].lang == "kk"


# --------------------------------------------------------------------------------------------------
# Whole-file problems: one problem, no metadata, no exception


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        pytest.param(
            lines("name,url,outlet,published,lang", "a.txt,,X,,"),
            "missing_column",
            "sources.csv:1: no 'file' column in the header (found: name, url, outlet, published, lang); "
            "expected file,url,outlet,published,lang; metadata not used",
            id="missing-file-column",
        ),
        pytest.param(
            lines("a.txt,,Kazinform,,"),
            "missing_column",
            "sources.csv:1: no 'file' column in the header (found: a.txt, , Kazinform, , )",
            id="no-header",
        ),
        pytest.param("", "empty", "sources.csv: empty file, no header", id="empty"),
        pytest.param(
            lines(HEADER, "a.txt,,Казинформ,,").encode("cp1251"),
            "encoding",
            "sources.csv:2: not UTF-8 (Excel: save as 'CSV UTF-8'); metadata not used",
            id="cp1251",
        ),
        pytest.param(
            HEADER.encode() + b"\na.txt,\x00\x01,,,\n",
            "binary",
            "sources.csv:2: binary file (NUL bytes); metadata not used",
            id="binary",
        ),
        pytest.param(
            lines(HEADER, 'a.txt,"' + "x" * 200_000 + '",,,'),
            "bad_csv",
            "sources.csv:2: not a readable CSV (field larger than field limit",
            id="giant-field",
        ),
    ],
)
def test_unusable_file_gives_one_problem_and_no_metadata(
    tmp_path: Path, text: str | bytes, kind: str, expected: str
):
    meta, problems = load(tmp_path, text)
    assert meta == {}
    assert len(problems) == 1
    assert problems[0].kind == kind
    assert str(problems[0]).startswith(expected)


def test_missing_csv_is_one_problem(tmp_path: Path):
    meta, problems = read_sources_csv(tmp_path / "sources.csv", ARTICLES)
    assert meta == {}
    assert shown(problems) == ["sources.csv: cannot read file: No such file or directory"]


# --------------------------------------------------------------------------------------------------
# Header problems that keep the rows


def test_missing_optional_column_is_a_warning_and_treated_as_empty(tmp_path: Path):
    meta, problems = load(tmp_path, lines("file,url,outlet,published", "a.txt,,Kazinform,2024-12-13"))
    assert shown(problems) == ["sources.csv:1: missing column 'lang'; treated as empty"]
    assert meta["a.txt"].lang is None
    assert meta["a.txt"].published == datetime.date(2024, 12, 13)


def test_unknown_and_repeated_columns_are_reported(tmp_path: Path):
    meta, problems = load(tmp_path, lines(HEADER + ",publshed,outlet", "a.txt,,Kazinform,,,x,Other"))
    assert shown(problems) == [
        "sources.csv:1: unknown column 'publshed' ignored",
        "sources.csv:1: column 'outlet' appears twice; first used",
    ]
    assert meta["a.txt"].outlet == "Kazinform"


# --------------------------------------------------------------------------------------------------
# Row problems: the row is skipped, the others are kept


@pytest.mark.parametrize(
    ("row", "kind", "reason"),
    [
        pytest.param(
            "c.txt,,X,2025-02-30,ru", "bad_date", "published '2025-02-30' is not a real date", id="feb-30"
        ),
        pytest.param(
            "c.txt,,X,2025-13-01,ru", "bad_date", "published '2025-13-01' is not a real date", id="month-13"
        ),
        pytest.param(
            "c.txt,,X,yesterday,ru",
            "bad_date",
            "published 'yesterday' is not a date in the form YYYY-MM-DD",
            id="word",
        ),
        pytest.param(
            "c.txt,,X,13.12.2024,ru",
            "bad_date",
            "published '13.12.2024' is not a date in the form YYYY-MM-DD (write 2024-12-13)",
            id="russian-excel-date",
        ),
        pytest.param(
            "c.txt,,X,20241213,ru",
            "bad_date",
            "published '20241213' is not a date in the form YYYY-MM-DD",
            id="compact",
        ),
        pytest.param("c.txt,,X,,de", "bad_lang", "lang 'de' is not one of ru, kk, en", id="lang-de"),
        pytest.param(
            "c.txt,,X,,kz", "bad_lang", "lang 'kz' is not one of ru, kk, en; did you mean 'kk'?", id="lang-kz"
        ),
        pytest.param(",,X,2024-01-01,ru", "missing_file_name", "empty file name", id="empty-name"),
        pytest.param(
            "missing.txt,,X,,ru",
            "unknown_file",
            "no article file 'missing.txt' in the folder",
            id="missing-file",
        ),
        pytest.param(
            "c.txt,,24.kz, El.kz,2024-01-01,ru",
            "bad_row",
            "6 fields but the header has 5 (an unquoted comma?)",
            id="unquoted-comma",
        ),
    ],
)
def test_bad_row_is_skipped_with_its_line(tmp_path: Path, row: str, kind: str, reason: str):
    text = lines(HEADER, "a.txt,,Kazinform,2024-12-13,ru", "", row, "b.txt,,Zakon.kz,,en")
    meta, problems = load(tmp_path, text)
    assert shown(problems) == [f"sources.csv:4: row skipped: {reason}"]
    assert problems[0].kind == kind
    assert sorted(meta) == ["a.txt", "b.txt"]  # the rows around it are kept
    assert meta["b.txt"].line == 5


def test_duplicate_rows_first_wins_later_reported(tmp_path: Path):
    text = lines(
        HEADER,
        "a.txt,,First,2024-01-01,ru",
        "b.txt,,B,,",
        "a.txt,,Second,2024-02-02,ru",
        "a.txt,,First,2024-01-01,ru",
    )
    meta, problems = load(tmp_path, text)
    assert shown(problems) == [
        "sources.csv:4: row skipped: duplicate row for 'a.txt'; only the first (line 2) counts",
        "sources.csv:5: row skipped: duplicate row for 'a.txt'; only the first (line 2) counts",
    ]
    assert meta["a.txt"].outlet == "First"
    assert meta["a.txt"].line == 2


def test_duplicate_of_a_rejected_row_is_not_used_silently(tmp_path: Path):
    # Which of two rows the user meant is ambiguous; both are reported, neither is used.
    meta, problems = load(tmp_path, lines(HEADER, "a.txt,,X,2024-02-30,", "a.txt,,Y,2024-02-03,"))
    assert shown(problems) == [
        "sources.csv:2: row skipped: published '2024-02-30' is not a real date",
        "sources.csv:3: row skipped: duplicate row for 'a.txt'; only the first (line 2) counts",
    ]
    assert meta == {}


def test_several_problems_in_one_row_are_all_reported(tmp_path: Path):
    meta, problems = load(tmp_path, lines(HEADER, "a.txt,,X,yesterday,fr"))
    assert [p.kind for p in problems] == ["bad_date", "bad_lang"]
    assert all(p.line == 2 for p in problems)
    assert meta == {}


def test_non_web_url_is_dropped_but_the_row_kept(tmp_path: Path):
    # The dashboard renders url as a link; javascript: or file: must never get there.
    meta, problems = load(tmp_path, lines(HEADER, "a.txt,javascript:alert(1),Kazinform,2024-12-13,ru"))
    assert shown(problems) == [
        "sources.csv:2: url 'javascript:alert(1)' is not an http(s) address; url ignored, row kept"
    ]
    assert meta["a.txt"].url is None
    assert meta["a.txt"].outlet == "Kazinform"


def test_line_numbers_are_physical_with_multiline_quotes_and_blank_lines(tmp_path: Path):
    text = lines(HEADER, "", 'a.txt,,"Outlet\nwith two lines",,', "", "b.txt,,X,2024-02-30,")
    meta, problems = load(tmp_path, text)
    assert meta["a.txt"].line == 3
    assert meta["a.txt"].outlet == "Outlet\nwith two lines"
    assert shown(problems) == ["sources.csv:6: row skipped: published '2024-02-30' is not a real date"]


def test_short_rows_are_padded_with_empty_values(tmp_path: Path):
    meta, problems = load(tmp_path, lines(HEADER, "a.txt,https://x.kz"))
    assert problems == []
    assert meta["a.txt"] == SourceMeta("a.txt", "https://x.kz", None, None, None, 2)

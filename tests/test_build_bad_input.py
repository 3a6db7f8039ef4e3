"""Bad input at the BUILD level (issue 4, item 1): one articles folder full of bad files, a sloppy
sources.csv and bad curated rows, run through `loaders.build.run` exactly as `python -m loaders build` does.

Promises checked here (README "Guarantees"):
- every good article is loaded with the same figures it gives when built alone;
- every bad file is skipped, named in the report with its reason (the text the user reads), and counted by kind;
- awkward but readable files (cp1251, UTF-16/UTF-8 with BOM, mixed line endings, a 1 MB line, markup) are loaded
  with their figures, with a note where the report should mention it;
- sources.csv problems are warnings with the CSV line number and never cost the build or the good rows;
- a 50 MB file is refused without reading it into memory;
- any bad curated row fails the build with file:line and reason, and the previous database is untouched.

The reader and the CSV parser have their own unit tests (test_reader.py, test_sources_csv.py); this file checks
that the build wires them together: nothing skipped silently, nothing fatal that should not be.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from loaders import reader
from loaders.build import BuildReport, run
from loaders.curated import CuratedError
from loaders.db import TMP_PREFIX

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles"
GOOD = ["000_b38b4b75c9770e1a.txt", "004_518c73e4887bee00.txt"]  # two bundled articles, copied verbatim
GOOD_META = {  # their sources.csv rows (lines 2 and 3)
    GOOD[0]: ("https://www.inform.kz/ru/donor", "Kazinform", "2026-02-02"),
    GOOD[1]: ("https://www.zakon.kz/volunteers", "Zakon.kz", "2026-01-30"),
}
SENTENCE = "В 2023 году в Казахстане насчитывалось {n} тыс. волонтеров."
FILLER = "Волонтеры помогали пожилым людям и убирали парки в регионах страны. "
MB = 1_000_000


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def figure_text(n: int) -> str:
    """A short article with one volunteers_total figure of n thousand, so each odd file is identifiable."""
    return f"Волонтерское движение\n{SENTENCE.format(n=n)}\n{FILLER}\n"


def random_bytes(size: int, seed: int, low: int = 0, high: int = 256) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, high) for _ in range(size))


def write_big_text(path: Path, size: int) -> None:
    """A plain-text file of `size` bytes written in chunks, so the test itself never holds it in memory."""
    chunk = (FILLER * 2000).encode("utf-8")
    with open(path, "wb") as fh:
        left = size
        while left > 0:
            fh.write(chunk[:left])
            left -= len(chunk)


# --------------------------------------------------------------------------------------------------
# The corpus: (file name, expected kind, expected report line) for every file the build must skip.

SKIPPED: list[tuple[str, str, str]] = [
    ("empty.txt", "empty", "empty.txt: empty file (0 bytes)"),
    ("blank.txt", "empty", "blank.txt: only whitespace (8 bytes), no text"),
    ("zero_width.txt", "empty", "zero_width.txt: only whitespace"),
    ("random_bytes.txt", "binary", "random_bytes.txt"),  # line depends on where the first NUL falls
    ("nul_inside.txt", "binary", "nul_inside.txt:3: binary file (NUL bytes at line 3)"),
    ("scan.txt", "binary", "scan.txt:3: binary file, looks like a PDF document"),
    ("report.txt", "binary", "report.txt:1: binary file, looks like a ZIP archive or Word/Excel document"),
    ("notepad_utf16.txt", "binary", "looks like UTF-16 without a byte-order mark, save it as UTF-8"),
    ("garbage_encoding.txt", "encoding", "garbage_encoding.txt:1: not UTF-8 (invalid byte"),
    ("broken_bom.txt", "encoding", "broken_bom.txt:1: has a UTF-8-SIG byte-order mark but is not valid UTF-8-SIG"),
    ("huge_50mb.txt", "too_large", "huge_50mb.txt: file too large (50.0 MB, limit 20.0 MB)"),
    ("link_outside.txt", "symlink_outside", "link_outside.txt: symlink points outside the articles folder"),
    ("link_broken.txt", "broken_symlink", "link_broken.txt: broken symlink (target"),
    ("link_loop.txt", "broken_symlink", "link_loop.txt: "),
    ("folder.txt", "not_a_file", "folder.txt: a directory, not an article file"),
    ("pipe.txt", "not_a_file", "pipe.txt: not a regular file (device, pipe or socket), not an article file"),
    ("locked.txt", "unreadable", "locked.txt: permission denied; cannot read file"),
    ("bad\\xffname.txt", "bad_name", "bad\\xffname.txt: file name is not valid UTF-8; rename the file"),
]

# Awkward files that are articles all the same: (file name, thousands of volunteers stated, note expected).
LOADED_ODD: list[tuple[str, int | None, str | None]] = [
    ("cp1251.txt", 101, "cp1251.txt: not UTF-8; decoded as cp1251"),
    ("utf16_bom.txt", 102, None),
    ("utf8_bom.txt", 103, None),
    ("mixed_endings.txt", 104, "mixed_endings.txt: mixed line endings (CRLF ×2, LF ×2, CR ×1) normalized to LF"),
    ("one_mb_line.txt", 105, None),
    ("html_js.txt", 106, None),
    ("navigation_only.txt", None, None),
    ("numbers_table.txt", None, "numbers_table.txt: no letters at all (only digits, punctuation or symbols)"),
]

HTML_JS = (
    "<h1>Волонтеры</h1>\n<script>alert(1)</script>\n"
    + SENTENCE.format(n=106)
    + " <img src=x onerror=alert(1)> [click](javascript:alert(1))\n"
)
NAVIGATION = "\n".join(["Главная", "Новости", "Политика", "Экономика", "Спорт", "Контакты", "Войти", "Поиск"] * 5)

SOURCES_CSV = "\n".join([
    "file,url,outlet,published",  # line 1: no `lang` column
    f"{GOOD[0]},{GOOD_META[GOOD[0]][0]},{GOOD_META[GOOD[0]][1]},{GOOD_META[GOOD[0]][2]}",  # line 2
    f"{GOOD[1]},{GOOD_META[GOOD[1]][0]},{GOOD_META[GOOD[1]][1]},{GOOD_META[GOOD[1]][2]}",  # line 3
    "cp1251.txt,https://example.kz/a,Bad Date Outlet,2023-02-30",  # line 4: impossible date
    f"{GOOD[0]},,Duplicate Outlet,2020-01-01",  # line 5: duplicate row
    "ghost.txt,https://example.kz/ghost,Ghost,2024-01-01",  # line 6: the file is not in the folder
]) + "\n"

CSV_WARNINGS = [
    ("missing_column", "sources.csv:1: missing column 'lang'; treated as empty"),
    ("bad_date", "sources.csv:4: row skipped: published '2023-02-30' is not a real date"),
    ("duplicate", f"sources.csv:5: row skipped: duplicate row for '{GOOD[0]}'; only the first (line 2) counts"),
    ("unknown_file", "sources.csv:6: row skipped: no article file 'ghost.txt' in the folder"),
]


def copy_good(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in GOOD:
        shutil.copyfile(SEED / name, folder / name)


def make_bad_corpus(folder: Path, outside: Path) -> None:
    """Every kind of bad or awkward input next to the good articles."""
    copy_good(folder)
    (folder / "sources.csv").write_text(SOURCES_CSV, encoding="utf-8")
    put = lambda name, data: (folder / name).write_bytes(data.encode() if isinstance(data, str) else data)  # noqa: E731
    # refused
    put("empty.txt", b"")
    put("blank.txt", " \n\t\r\n \n ")
    put("zero_width.txt", "\u200b\u200b\n\u2060")
    put("random_bytes.txt", random_bytes(4096, seed=1))
    put("nul_inside.txt", figure_text(900).replace(FILLER, "строка\x00с нулём"))
    put("scan.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00<< /Type /Catalog >>")
    put("report.txt", b"PK\x03\x04\x14\x00\x06\x00" + random_bytes(600, seed=2))
    put("notepad_utf16.txt", ("Volunteers helped 500 people in Almaty.\n" * 5).encode("utf-16-le"))
    put("garbage_encoding.txt", random_bytes(3000, seed=3, low=0x80))
    put("broken_bom.txt", b"\xef\xbb\xbf" + "привет".encode() + b"\xff\xfe")
    write_big_text(folder / "huge_50mb.txt", 50 * MB)
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_text(figure_text(999), encoding="utf-8")
    (folder / "link_outside.txt").symlink_to(outside / "secret.txt")
    (folder / "link_broken.txt").symlink_to(folder / "does_not_exist.txt")
    (folder / "link_loop.txt").symlink_to(folder / "link_loop.txt")
    (folder / "folder.txt").mkdir()
    (folder / "folder.txt" / "inside.txt").write_text(figure_text(998), encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    put("locked.txt", figure_text(997))  # made unreadable by `deny_locked` (root ignores chmod 000)
    (folder / os.fsdecode(b"bad\xffname.txt")).write_text(figure_text(996), encoding="utf-8")
    # loaded, possibly with a note
    put("cp1251.txt", figure_text(101).encode("cp1251"))
    put("utf16_bom.txt", figure_text(102).encode("utf-16"))  # Python writes the BOM
    put("utf8_bom.txt", figure_text(103).encode("utf-8-sig"))
    put("mixed_endings.txt", f"Волонтеры\r\n{SENTENCE.format(n=104)}\n{FILLER}\r{FILLER}\n{FILLER}\r\n")
    line = SENTENCE.format(n=105) + " " + FILLER * (MB // len(FILLER.encode()))
    put("one_mb_line.txt", "Один мегабайт в одной строке\n" + line + "\n")
    put("html_js.txt", HTML_JS)
    put("navigation_only.txt", NAVIGATION)
    rng = random.Random(4)
    put("numbers_table.txt", "\n".join("\t".join(str(rng.randrange(1, 100_000)) for _ in range(8))
                                       for _ in range(3000)))
    # not articles at all: ignored without a word (not *.txt, or hidden)
    put("notes.docx", b"PK\x03\x04junk")
    put(".hidden.txt", figure_text(995))


def deny_locked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulate a file the build user may not read: open() on locked.txt fails with EACCES."""
    real_open = os.open

    def fake_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(reader.os, "open", fake_open)


def figures_by_file(db: Path, files: list[str]) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for f in files:
            out[f] = con.execute(
                """SELECT metric_id, value, qualifier, unit, period_start, period_end, area, figure_text, status,
                          span_start, span_end
                   FROM observations WHERE file = ? ORDER BY span_start, obs_id""", [f]).fetchall()
        return out
    finally:
        con.close()


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Build the bad corpus once (the 1 MB line takes a few seconds); the tests below read the result."""
    base = tmp_path_factory.mktemp("bad_corpus")
    articles, db = base / "articles", base / "out" / "kzvol.duckdb"
    make_bad_corpus(articles, base / "outside")
    with pytest.MonkeyPatch.context() as mp:
        deny_locked(mp)
        started = time.monotonic()
        report = run(db, articles, curated_dir=None)
        seconds = time.monotonic() - started
    # The same good articles with the same metadata, built alone: what "still loaded" must equal.
    alone = base / "alone"
    copy_good(alone)
    (alone / "sources.csv").write_text("\n".join(SOURCES_CSV.splitlines()[:3]) + "\n", encoding="utf-8")
    reference = run(base / "ref" / "kzvol.duckdb", alone, curated_dir=None)
    return {"articles": articles, "db": db, "report": report, "seconds": seconds,
            "reference_db": base / "ref" / "kzvol.duckdb", "reference": reference}


def test_the_build_survives_the_bad_corpus(corpus):
    report: BuildReport = corpus["report"]
    assert corpus["db"].exists()
    assert not list(corpus["db"].parent.glob(TMP_PREFIX + "*"))
    assert report.articles_read == len(GOOD) + len(LOADED_ODD)
    assert corpus["seconds"] < 60


def test_every_good_article_is_loaded_with_its_figures(corpus):
    ref = figures_by_file(corpus["reference_db"], GOOD)
    got = figures_by_file(corpus["db"], GOOD)
    for name in GOOD:
        assert ref[name], f"{name} gives figures when built alone"
        assert any(row[0] is not None and row[8] == "accepted" for row in ref[name])
        assert got[name] == ref[name], name
    rows = query(corpus["db"], "SELECT file, url, outlet, published::VARCHAR, date_basis, sha256 FROM sources "
                 "WHERE file IN (?, ?) ORDER BY file", GOOD)
    assert rows == [(name, *GOOD_META[name][:2], GOOD_META[name][2], "source", sha256(SEED / name))
                    for name in GOOD]


@pytest.mark.parametrize(("name", "kind", "shown"), SKIPPED, ids=[s[0] for s in SKIPPED])
def test_each_bad_file_is_skipped_with_its_reason(corpus, name, kind, shown):
    report: BuildReport = corpus["report"]
    mine = [p for p in report.skipped if p.file == name]
    assert len(mine) == 1, [str(p) for p in report.skipped]
    assert mine[0].kind == kind
    assert str(mine[0]).startswith(shown) or shown in str(mine[0]), str(mine[0])
    assert f"  {mine[0]}" in report.render().splitlines()
    assert "Traceback" not in str(mine[0])
    assert not query(corpus["db"], "SELECT 1 FROM sources WHERE file = ?", [name])


def test_skipped_files_are_counted_by_kind(corpus):
    report: BuildReport = corpus["report"]
    expected = Counter(kind for _, kind, _ in SKIPPED)
    assert report.skipped_by_kind() == expected
    assert len(report.skipped) == len(SKIPPED)
    summary = ", ".join(f"{k} {n}" for k, n in sorted(expected.items()))
    assert f"skipped: {len(SKIPPED)} ({summary})" in report.render()


def test_what_is_not_an_article_is_ignored_silently(corpus):
    names = {p.file for p in corpus["report"].skipped} | {p.file for p in corpus["report"].warnings}
    assert not names & {"notes.docx", ".hidden.txt", "folder.txt/inside.txt"}
    assert not query(corpus["db"], "SELECT file FROM sources WHERE file LIKE '%hidden%' OR file LIKE '%inside%'")


def test_nothing_outside_the_folder_or_behind_a_refused_file_reaches_the_database(corpus):
    # 999 (outside), 998 (inside a directory), 997 (unreadable), 996 (bad name), 995 (hidden), 900 (NUL file)
    leaked = query(corpus["db"], "SELECT value FROM observations WHERE value IN (999000, 998000, 997000, 996000, "
                   "995000, 900000)")
    assert leaked == []


@pytest.mark.parametrize(("name", "thousands", "note"), LOADED_ODD, ids=[x[0] for x in LOADED_ODD])
def test_awkward_but_readable_files_are_loaded_with_their_figures(corpus, name, thousands, note):
    report: BuildReport = corpus["report"]
    assert name not in {p.file for p in report.skipped}
    rows = query(corpus["db"], "SELECT metric_id, value FROM observations WHERE file = ? AND status = 'accepted'",
                 [name])
    if thousands is None:
        assert rows == []
    else:
        assert ("volunteers_total", thousands * 1000.0) in rows
    notes = [str(p) for p in report.warnings if p.file == name]
    if note is None:
        assert notes == []
    else:
        assert len(notes) == 1 and notes[0].startswith(note), notes


def test_markup_in_an_article_is_stored_verbatim(corpus):
    (text,) = query(corpus["db"], "SELECT text FROM sources WHERE file = 'html_js.txt'")[0]
    assert text == HTML_JS
    (fig, s0, s1) = query(corpus["db"], "SELECT figure_text, span_start, span_end FROM observations "
                          "WHERE file = 'html_js.txt' AND value = 106000")[0]
    assert text[s0:s1] == fig and "106 тыс." in fig


def test_offsets_survive_the_encoding_and_line_ending_fixes(corpus):
    rows = query(corpus["db"], """SELECT s.file, s.text, o.span_start, o.span_end, o.figure_text
                                  FROM observations o JOIN sources s USING (source_id)""")
    assert rows
    for file, text, s0, s1, fig in rows:
        assert text[s0:s1] == fig, file
    (text,) = query(corpus["db"], "SELECT text FROM sources WHERE file = 'mixed_endings.txt'")[0]
    assert "\r" not in text


@pytest.mark.parametrize(("kind", "shown"), CSV_WARNINGS, ids=[w[0] for w in CSV_WARNINGS])
def test_sources_csv_problems_are_warnings_with_line_numbers(corpus, kind, shown):
    report: BuildReport = corpus["report"]
    mine = [p for p in report.warnings if p.kind == kind and p.file == "sources.csv"]
    assert [str(p) for p in mine] == [shown]
    assert f"  {shown}" in report.render().splitlines()


def test_sources_csv_first_row_wins_and_bad_rows_attach_nothing(corpus):
    rows = dict(query(corpus["db"], "SELECT file, outlet FROM sources"))
    assert rows[GOOD[0]] == "Kazinform"  # not "Duplicate Outlet" from line 5
    assert rows["cp1251.txt"] is None  # the row with the impossible date is skipped whole
    assert "ghost.txt" not in rows
    (basis,) = query(corpus["db"], "SELECT date_basis FROM sources WHERE file = 'cp1251.txt'")[0]
    assert basis != "source"
    assert len([p for p in corpus["report"].warnings if p.file == "sources.csv"]) == len(CSV_WARNINGS)


def test_sources_csv_without_a_file_column_is_one_warning_and_the_build_goes_on(tmp_path):
    articles = tmp_path / "articles"
    copy_good(articles)
    (articles / "sources.csv").write_text("name,url,outlet\nx.txt,https://a.kz,A\n", encoding="utf-8")
    report = run(tmp_path / "kzvol.duckdb", articles, curated_dir=None)
    assert [str(p) for p in report.warnings] == [
        "sources.csv:1: no 'file' column in the header (found: name, url, outlet); expected "
        "file,url,outlet,published,lang; metadata not used"]
    assert report.articles_read == 2 and report.accepted > 0


def test_50_mb_file_is_refused_without_reading_it_into_memory(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    write_big_text(articles / "dump.txt", 50 * MB)
    refusal = ["dump.txt: file too large (50.0 MB, limit 20.0 MB); an article is rarely over 1 MB"]
    tracemalloc.start()
    try:
        report = run(tmp_path / "first.duckdb", articles, curated_dir=None)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [str(p) for p in report.skipped] == refusal
    assert peak < 5 * MB, f"peak Python allocations {peak / MB:.1f} MB while refusing a 50 MB file"
    # and a good article next to it is still loaded
    shutil.copyfile(SEED / GOOD[1], articles / GOOD[1])
    report = run(tmp_path / "second.duckdb", articles, curated_dir=None)
    assert [str(p) for p in report.skipped] == refusal
    assert report.articles_read == 1 and report.accepted > 0


def test_a_long_line_packed_with_numbers_is_extracted_in_bounded_time(tmp_path):
    """A table pasted as one line (12 KB, ~1,700 numbers) must not stall the build. Not a speed target (that is
    bench/): the generous limit only catches the quadratic blow-up, which took minutes to hours."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "table_in_one_line.txt").write_text("Таблица\n" + ("12 345 " * 2000)[:12_000] + "\n",
                                                    encoding="utf-8")
    try:
        out = subprocess.run(
            [sys.executable, "-m", "loaders", "build", "--db", str(tmp_path / "kzvol.duckdb"),
             "--articles", str(articles), "--quiet", "--no-cache"],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the build of one 12 KB article took more than 60 s")
    assert out.returncode == 0, out.stderr


def test_the_command_line_report_names_every_skipped_file_and_warning(corpus, tmp_path):
    """`python -m loaders build` on the same folder: exit 0, no traceback, every problem on its own line.
    (locked.txt is readable to root here, so in the subprocess it is loaded; the rest is identical.)"""
    out = subprocess.run(
        [sys.executable, "-m", "loaders", "build", "--db", str(tmp_path / "cli.duckdb"),
         "--articles", str(corpus["articles"]), "--quiet", "--no-cache"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stdout + out.stderr
    lines = out.stdout.splitlines()
    for name, _, shown in SKIPPED:
        if name == "locked.txt" and os.geteuid() == 0:
            continue
        assert any(line.startswith("  " + name) and shown in line for line in lines), name
    for _, shown in CSV_WARNINGS:
        assert "  " + shown in lines


# --------------------------------------------------------------------------------------------------
# Curated rows: reviewed data, so any bad row fails the whole build and the previous database stays.

CURATED_HEADER = "action,file,quote,value,metric_id,new_value,qualifier,unit,period_start,period_end,area,note"
QUOTE = "более 250 тысяч донаций"
GOOD_ROW = f"add,{GOOD[0]},{QUOTE},,blood_donations_per_year,250000,at_least,donations,,,,reviewed"


def row(**fields: str) -> str:
    base = dict(action="add", file=GOOD[0], quote=QUOTE, value="", metric_id="blood_donations_per_year",
                new_value="250000", qualifier="at_least", unit="donations", period_start="", period_end="",
                area="", note="n")
    base.update(fields)
    return ",".join(base[c] for c in CURATED_HEADER.split(","))


BAD_CURATED = [
    ("unknown-metric", [row(metric_id="volunteers_on_mars")], 3, "unknown metric_id 'volunteers_on_mars'"),
    ("non-numeric", [row(new_value="много")], 3, "new_value 'много' is not a number"),
    ("negative-count", [row(new_value="-5")], 3, "negative value -5 for a count"),
    ("period-backwards", [row(period_start="2024-12-31", period_end="2024-01-01")], 3,
     "period ends (2024-01-01) before it starts (2024-12-31)"),
    ("impossible-date", [row(period_start="2024-02-30", period_end="2024-03-01")], 3,
     "period_start '2024-02-30' is not a date (YYYY-MM-DD)"),
    ("missing-source", [row(file="not_there.txt")], 3, "article 'not_there.txt' is not among the loaded articles"),
    ("source-skipped-as-bad", [row(file="broken.txt")], 3, "article 'broken.txt' is not among the loaded articles"),
    ("duplicate", [GOOD_ROW], 3, "duplicate of line 2"),
    ("quote-not-found", [row(quote="миллиард волонтеров на Луне")], 3, "quote not found in"),
    ("unknown-action", [row(action="delete")], 3,
     "action 'delete' is not one of accept, add, confirm, correct, reject"),
    ("reject-nothing", [row(action="reject", value="123456")], 3, "no figure with value 123456 in the sentence"),
    ("add-without-unit", [row(unit="")], 3, "an added figure needs new_value (or value), unit and qualifier"),
]


@pytest.fixture(scope="module")
def good_db(tmp_path_factory: pytest.TempPathFactory) -> dict:
    base = tmp_path_factory.mktemp("curated")
    articles = base / "articles"
    copy_good(articles)
    (articles / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    db = base / "kzvol.duckdb"
    curated = base / "curated_ok"
    curated.mkdir()
    (curated / "fixes.csv").write_text(CURATED_HEADER + "\n" + GOOD_ROW + "\n", encoding="utf-8")
    report = run(db, articles, curated_dir=curated)
    assert report.curated_applied == 1
    return {"articles": articles, "db": db}


def db_snapshot(db: Path) -> tuple[str, list[tuple]]:
    return sha256(db), query(db, "SELECT * FROM observations ORDER BY obs_id")


@pytest.mark.parametrize(("rows", "line", "reason"), [c[1:] for c in BAD_CURATED], ids=[c[0] for c in BAD_CURATED])
def test_bad_curated_row_fails_the_build_and_keeps_the_previous_database(good_db, tmp_path, rows, line, reason):
    db = tmp_path / "kzvol.duckdb"
    shutil.copyfile(good_db["db"], db)
    before = db_snapshot(db)
    assert ("curated", 250000.0) in query(db, "SELECT method, value FROM observations")
    curated = tmp_path / "curated"
    curated.mkdir()
    (curated / "fixes.csv").write_text("\n".join([CURATED_HEADER, GOOD_ROW, *rows]) + "\n", encoding="utf-8")
    with pytest.raises(CuratedError) as failed:
        run(db, good_db["articles"], curated_dir=curated)
    assert str(failed.value).startswith(f"curated/fixes.csv:{line}: "), str(failed.value)
    assert reason in str(failed.value)
    assert (failed.value.file, failed.value.line) == ("curated/fixes.csv", line)
    assert db_snapshot(db) == before
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != ".kzvol-lock")  # the folder's lock file stays
    assert left == ["curated", "kzvol.duckdb"]  # no temp file left


def test_curated_file_without_required_columns_fails_at_line_1(good_db, tmp_path):
    db = tmp_path / "kzvol.duckdb"
    shutil.copyfile(good_db["db"], db)
    before = sha256(db)
    curated = tmp_path / "curated"
    curated.mkdir()
    (curated / "a.csv").write_text("action,file\nadd,x.txt\n", encoding="utf-8")
    with pytest.raises(CuratedError, match=r"^curated/a\.csv:1: missing column\(s\): quote"):
        run(db, good_db["articles"], curated_dir=curated)
    assert sha256(db) == before


def test_cli_says_the_previous_database_is_unchanged(good_db, tmp_path):
    db = tmp_path / "kzvol.duckdb"
    shutil.copyfile(good_db["db"], db)
    before = sha256(db)
    curated = tmp_path / "curated"
    curated.mkdir()
    (curated / "fixes.csv").write_text("\n".join([CURATED_HEADER, GOOD_ROW, row(new_value="-5")]) + "\n",
                                       encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "loaders", "build", "--db", str(db), "--articles", str(good_db["articles"]),
         "--curated", str(curated), "--quiet", "--no-cache"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 2
    assert out.stderr.strip().endswith(
        "build failed, the previous database is unchanged: curated/fixes.csv:3: negative value -5 for a count")
    assert "Traceback" not in out.stderr
    assert sha256(db) == before

"""`python -m loaders add` and loaders/add.py: HTML reduced by trafilatura, refusals with the build's reasons,
atomic sidecar rows that two concurrent adders never lose (issue 12)."""

from __future__ import annotations

import multiprocessing as mp
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from loaders.add import AddError, prepare_file, prepare_text, prepare_upload, save_articles
from loaders.build import run
from loaders.sources_csv import read_sources_csv

ROOT = Path(__file__).resolve().parent.parent

HTML = """<html><head><title>Волонтёры Казахстана | Kazinform</title>
<meta property="og:site_name" content="Kazinform">
<meta property="article:published_time" content="2025-03-14T10:00:00+05:00">
<link rel="canonical" href="https://example.kz/news/1"></head>
<body><nav>Главная | Новости | Спорт | Курс валют 512,40</nav>
<article><h1>В Казахстане более 300 тысяч волонтёров</h1>
<p>По данным министерства, в 2024 году в стране насчитывалось более 300 тысяч волонтёров. Это почти в четыре
раза больше, чем в 2020 году.</p>
<p>В рамках акции «Игі істер марафоны» собрано 150 тонн гуманитарной помощи.</p></article>
<footer>© 2025 Kazinform. Телефон 8 800 080 7777</footer></body></html>"""


def _write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_html_is_reduced_to_article_text_and_sidecar(tmp_path: Path) -> None:
    prep = prepare_upload("news page.html", HTML.encode())
    assert prep.ok, prep.problem
    assert prep.text.startswith("В Казахстане более 300 тысяч волонтёров\n")
    assert "Главная" not in prep.text and "8 800" not in prep.text and "Курс" not in prep.text
    assert (prep.url, prep.outlet, str(prep.published)) == ("https://example.kz/news/1", "Kazinform", "2025-03-14")
    assert prep.found["sitename"] == "Kazinform" and prep.found["date"] == "2025-03-14"
    assert prep.file_name.startswith("news-page_") and prep.file_name.endswith(".txt")


def test_given_fields_win_over_the_page(tmp_path: Path) -> None:
    prep = prepare_upload("p.htm", HTML.encode(), outlet="Tengrinews", published="2025-03-15", lang="ru")
    assert (prep.outlet, str(prep.published), prep.lang) == ("Tengrinews", "2025-03-15", "ru")
    with pytest.raises(AddError):
        prepare_upload("p.htm", HTML.encode(), published="15.03.2025")
    with pytest.raises(AddError):
        prepare_upload("p.htm", HTML.encode(), lang="de")


@pytest.mark.parametrize("name,data", [
    ("empty.txt", b""),
    ("blank.txt", b"  \n\t\n"),
    ("pdf.txt", b"%PDF-1.4\x00\x01\x02\x03" * 50),
    ("nul.txt", "Волонтёры\x00 300 тысяч".encode()),
    ("utf16.txt", "Волонтёров стало больше".encode("utf-16-le")),
])
def test_refused_with_the_reason_the_build_gives(tmp_path: Path, name: str, data: bytes) -> None:
    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    _write(articles / name, data)
    report = run(tmp_path / "data" / "kz.duckdb", articles, None)
    build_reason = {p.file: p.reason for p in report.skipped}[name]
    prep = prepare_upload(name, data)
    assert prep.problem is not None and prep.problem.reason == build_reason
    on_disk = prepare_file(articles / name)
    assert on_disk.problem is not None and on_disk.problem.reason == build_reason


def test_unsupported_suffix_and_pages_without_text(tmp_path: Path) -> None:
    assert "not an article file" in prepare_upload("x.pdf", b"%PDF").problem.reason
    page = b"<html><head><script>var a = 1;</script></head><body></body></html>"
    assert prepare_upload("x.html", page).problem.reason == "no article text found in the web page"


def test_cli_add_copies_records_and_builds(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "articles").mkdir(parents=True)
    # an existing semicolon sources.csv written by Excel keeps every byte and its delimiter
    existing = "file;url;outlet;published;lang\r\nold.txt;;Old outlet;2024-02-01;ru\r\n"
    _write(data / "articles" / "old.txt", "Волонтёры\nВ 2023 году в Казахстане было 200 тысяч волонтёров.\n")
    _write(data / "articles" / "sources.csv", existing)
    page = _write(tmp_path / "page.html", HTML)
    kk = _write(tmp_path / "kk.md", "Еріктілер\n\nБиыл елімізде 5 мыңнан астам волонтер жұмыс істеді.\n")
    bad = _write(tmp_path / "bad.txt", b"\x00\x01\x02")
    proc = subprocess.run([sys.executable, "-m", "loaders", "add", str(page), str(kk), str(bad), "--articles",
                           str(data / "articles"), "--db", str(data / "kz.duckdb"), "--quiet"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr  # one file refused
    assert "refused: bad.txt:1: binary file" in proc.stderr
    raw = (data / "articles" / "sources.csv").read_bytes().decode("utf-8")
    assert raw.startswith(existing) and raw.count("\r\n") == 4 and raw.count(";") == 4 * 4
    metas, problems = read_sources_csv(data / "articles" / "sources.csv",
                                       {p.name for p in (data / "articles").glob("*.txt")})
    assert not problems
    page_meta = next(m for f, m in metas.items() if f.startswith("page_"))
    assert (page_meta.outlet, str(page_meta.published)) == ("Kazinform", "2025-03-14")
    con = duckdb.connect(str(data / "kz.duckdb"), read_only=True)
    try:
        files = {r[0] for r in con.execute("SELECT file FROM sources").fetchall()}
        assert len(files) == 3 and any(f.startswith("kk_") for f in files)
        vals = {r[0] for r in con.execute("SELECT value FROM observations o JOIN sources s USING (source_id) "
                                          "WHERE s.file LIKE 'page_%'").fetchall()}
        assert {300000, 150} <= vals
    finally:
        con.close()
    # the same article again is not added twice
    again = save_articles([prepare_file(page)], data / "articles")
    assert not again.added and again.already


def _add_many(args: tuple[str, int]) -> list[str]:
    articles, worker = args
    names = []
    for i in range(15):
        prep = prepare_text(f"Волонтёры {worker}-{i}\n\nВ 2024 году {worker * 100 + i + 1} волонтёров помогли.\n",
                            name=f"w{worker}-{i}.txt", outlet=f"outlet {worker}")
        names += save_articles([prep], Path(articles)).added
    return names


def test_concurrent_adders_lose_no_row(tmp_path: Path) -> None:
    articles = tmp_path / "data" / "articles"
    articles.mkdir(parents=True)
    with mp.get_context("fork").Pool(3) as pool:
        added = [n for names in pool.map(_add_many, [(str(articles), w) for w in range(3)]) for n in names]
    assert len(added) == 45
    metas, problems = read_sources_csv(articles / "sources.csv", set(added))
    assert not problems and set(metas) == set(added)
    assert not list(articles.glob(".kzvol-tmp-*"))

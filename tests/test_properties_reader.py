"""Property tests of the reader and the build on arbitrary files (issue 10, item 4).

- arbitrary bytes (random, and text in UTF-8/UTF-16/cp1251/koi8-r with BOMs, NULs, markup, broken
  sequences) in an article file → `read_article` returns a text or raises ArticleError with a reason and a
  kind, never anything else; a text it returns goes through the build's extraction without an exception;
- a folder of such files → the build never fails: every `.txt` file is either read (stored, or reported as
  the same text as another) or skipped with a reason, and the database is written (other suffixes are not
  articles and are ignored, as README says).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import event, given, settings
from hypothesis import strategies as st

from loaders.build import process_article, run
from loaders.reader import ArticleError, read_article
from tests.properties_support import examples

SAMPLE = ("В 2023 году в Алматы зарегистрировано более 12 500 волонтеров.\n"
          "2023 жылы Қазақстанда 2,5 мың волонтер тіркелді. In 2023, 1,200 volunteers helped.\n")
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1251", "koi8-r", "latin-1"]


@st.composite
def file_bytes(draw) -> bytes:
    kind = draw(st.sampled_from(["random", "encoded", "mixed"]))
    if kind == "random":
        return draw(st.binary(max_size=3000))
    text = draw(st.one_of(st.just(SAMPLE), st.text(max_size=500), st.lists(
        st.sampled_from([SAMPLE, "<html><body><p>", "</p>", "\x00", "\r\n", "\ufeff", "date 2024-05-01\n",
                         "12.03.2024 10:15\n", "\u202e", "𝟙𝟚𝟛", "\ud7ff", "Iшкі", "a" * 300]),
        max_size=12).map("".join)))
    data = text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    if kind == "mixed":
        cut = draw(st.integers(min_value=0, max_value=len(data)))
        data = data[:cut] + draw(st.binary(max_size=50)) + data[cut:]
    return data


NAMES = st.sampled_from(["a.txt", "b.TXT", "c.md", "d.html", "e.htm", "f.txt", "g.txt"])


@settings(max_examples=examples(200))
@given(data=file_bytes(), name=NAMES)
def test_arbitrary_bytes_are_read_or_refused_with_a_reason(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / name).write_bytes(data)
        try:
            art = read_article(folder / name, folder)
        except ArticleError as exc:
            event(f"refused: {exc.problem.kind}")
            assert exc.problem.reason.strip() and exc.problem.kind.strip()
            assert exc.problem.file.endswith(name)
            return
        event("read")
        assert isinstance(art.text, str) and len(art.sha256) == 64
        result = process_article(art.file, art.text, art.sha256, None)
        for rec in result["figures"]:
            assert art.text[rec["start"]:rec["end"]] == rec["text"]


@settings(max_examples=examples(8))
@given(files=st.dictionaries(NAMES, file_bytes(), min_size=1, max_size=4))
def test_a_folder_of_arbitrary_files_never_fails_the_build(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        articles = Path(tmp) / "articles"
        articles.mkdir()
        for name, data in files.items():
            (articles / name).write_bytes(data)
        report = run(Path(tmp) / "db" / "kzvol.duckdb", articles, None, workers=1)
        assert (Path(tmp) / "db" / "kzvol.duckdb").exists()
        for problem in report.skipped:
            assert problem.reason.strip() and problem.kind.strip()
        articles_given = [n for n in files if n.lower().endswith(".txt")]  # other suffixes are not articles
        accounted = report.articles_read + len(report.same_text) + len(report.skipped)
        assert accounted == len(articles_given), (report.render(), sorted(files))

"""Property test of curated validation (issue 10, item 4): random rows in data/curated/*.csv — wrong or
missing columns, unknown actions, metrics, qualifiers and units, numbers and dates in odd formats, quotes
that are not in the article, duplicates, commas, quotes and newlines inside fields, bytes that are not UTF-8,
and a curated metrics.csv with random rows — either build, or fail the build with a CuratedError that names
the file and (for a row) its line, never with another exception.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from loaders.build import DEFAULT_ARTICLES, run
from loaders.curated import COLUMNS, CuratedError
from tests.properties_support import examples

ARTICLE = sorted(DEFAULT_ARTICLES.glob("*.txt"))[0]
TEXT = ARTICLE.read_text(encoding="utf-8")
PIECES = [line.strip()[:60] for line in TEXT.splitlines() if len(line.strip()) > 30][:8] or [TEXT[:40]]
NUMBERS = [tok.strip(".,;:()«»") for tok in TEXT.split() if any(c.isdigit() for c in tok)][:10] or ["1"]

JUNK = st.one_of(st.text(max_size=20), st.sampled_from(["", " ", "\n", '"', ",", "NaN", "inf", "-1", "1e400",
                                                         "1 000", "1,5", "١٢", "None", "null", "0x10"]))
FIELD = {
    "action": st.one_of(st.sampled_from(["add", "correct", "reject", "accept", "confirm", "ADD", " reject "]), JUNK),
    "file": st.one_of(st.sampled_from([ARTICLE.name, "missing.txt", ARTICLE.stem, "../" + ARTICLE.name]), JUNK),
    "quote": st.one_of(st.sampled_from(PIECES), JUNK),
    "value": st.one_of(st.sampled_from(NUMBERS), JUNK),
    "new_value": st.one_of(st.sampled_from(NUMBERS), JUNK),
    "metric_id": st.one_of(st.sampled_from(["volunteers_total", "trees_planted", "no_such_metric", ""]), JUNK),
    "qualifier": st.one_of(st.sampled_from(["exact", "at_least", "about", ""]), JUNK),
    "unit": st.one_of(st.sampled_from(["persons", "KZT", "percent", "furlongs", ""]), JUNK),
    "period_start": st.one_of(st.sampled_from(["2023-01-01", "2024-13-01", "2023-02-30", "01.01.2023", ""]), JUNK),
    "period_end": st.one_of(st.sampled_from(["2023-12-31", "2022-01-01", "2024-02-29", ""]), JUNK),
    "period_kind": st.one_of(st.sampled_from(["year", "as_of", "cumulative", "weekly", ""]), JUNK),
    "start": st.one_of(st.integers(-5, 10**6).map(str), JUNK),
}
METRIC_FIELDS = ["metric_id", "unit", "kind", "topic", "label_en", "label_ru", "label_kk"]


@st.composite
def corrections_file(draw) -> bytes:
    columns = draw(st.one_of(st.just(COLUMNS), st.permutations(COLUMNS),
                             st.lists(st.sampled_from([*COLUMNS, "extra", ""]), max_size=8, unique=True)))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    rows = draw(st.lists(st.fixed_dictionaries({c: FIELD.get(c, JUNK) for c in columns}), max_size=4))
    if rows and draw(st.booleans()):
        rows.append(dict(rows[0]))  # a duplicate row
    for row in rows:
        writer.writerow([row[c] for c in columns])
    data = out.getvalue().encode("utf-8")
    tail = draw(st.sampled_from([b"", b"\n\n", b'"unterminated,quote\n', b"a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r\n",
                                 b"\xff\xfe broken bytes\n"]))
    return data + tail


@st.composite
def metrics_file(draw) -> bytes | None:
    if draw(st.booleans()):
        return None
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(METRIC_FIELDS)
    for _ in range(draw(st.integers(0, 3))):
        writer.writerow([draw(st.one_of(st.sampled_from(["new_metric", "volunteers_total", "Bad-Id", "persons",
                                                         "stock", "flow", "weekly", "volunteering", "x"]), JUNK))
                         for _ in METRIC_FIELDS])
    return out.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def setup(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("curated_props")
    articles = base / "articles"
    articles.mkdir()
    shutil.copy(ARTICLE, articles)
    cache = base / "cache"
    run(base / "warm.duckdb", articles, None, cache_dir=cache)  # later builds take the extraction from the cache
    return {"articles": articles, "cache": cache}


@settings(max_examples=examples(50))
@given(review=corrections_file(), metrics=metrics_file())
def test_random_curated_rows_build_or_fail_with_file_and_line(setup, review: bytes, metrics: bytes | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        curated = Path(tmp) / "curated"
        curated.mkdir()
        (curated / "review.csv").write_bytes(review)
        files = {"curated/review.csv": review}
        if metrics is not None:
            (curated / "metrics.csv").write_bytes(metrics)
            files["curated/metrics.csv"] = metrics
        db = Path(tmp) / "db" / "kzvol.duckdb"
        try:
            run(db, setup["articles"], curated, cache_dir=setup["cache"])
        except CuratedError as exc:
            event(f"refused: {exc.reason.split(':')[0].split(' (')[0][:40]}")
            assert exc.file in files, exc
            assert exc.reason.strip()
            lines = files[exc.file].count(b"\n") + 1
            if exc.line is None:
                assert "UTF-8" in exc.reason, exc
            else:
                assert 1 <= exc.line <= lines, (exc, lines)
                assert str(exc).startswith(f"{exc.file}:{exc.line}: ")
            assert not db.exists()
        else:
            event("built")
            assert db.exists()

"""The extraction cache never changes what a build stores, and equal texts never break a build (issue 10, item 2).

Every step below is a build with a warm cache, compared with a clean build (no cache) of the same folder:
the two databases are equal, table by table. The steps are the ones a user does to a folder of articles:
copy, rename, move between folders, touch, edit back and forth, and two folders with the same file names.
Two files with the same text are stored once, under the first name in name order, and the report says
"<later>: same text as <first>".
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from loaders.build import DEFAULT_ARTICLES, run
from tests.test_build_parallel import dump

BUNDLED = sorted(DEFAULT_ARTICLES.glob("*.txt"))


class Builds:
    def __init__(self, tmp: Path) -> None:
        self.tmp, self.cache, self.n = tmp, tmp / "cache", 0

    def check(self, articles: Path, *, hits: int | None = None, same: dict[str, str] | None = None):
        """Build with the shared warm cache and without any; the databases must be equal."""
        self.n += 1
        warm = run(self.tmp / f"warm{self.n}.duckdb", articles, None, workers=1, cache_dir=self.cache)
        clean = run(self.tmp / f"clean{self.n}.duckdb", articles, None, workers=1)
        got, want = dump(self.tmp / f"warm{self.n}.duckdb"), dump(self.tmp / f"clean{self.n}.duckdb")
        for table in want:
            assert got[table] == want[table], table
        assert warm.same_text == clean.same_text == (same or {})
        assert warm.articles_read == clean.articles_read
        if hits is not None:
            assert warm.cache_hits == hits
        return got


@pytest.fixture
def builds(tmp_path: Path) -> Builds:
    return Builds(tmp_path)


def _folder(tmp: Path, name: str, files: dict[str, Path | str]) -> Path:
    folder = tmp / name
    folder.mkdir(parents=True)
    for target, source in files.items():
        if isinstance(source, Path):
            shutil.copy(source, folder / target)
        else:
            (folder / target).write_text(source, encoding="utf-8")
    return folder


def _source_ids(db: dict) -> list[str]:
    return sorted(row[0] for row in db["sources"])


def test_issue_reproduction_rename_one_of_two_equal_files(builds: Builds, tmp_path: Path) -> None:
    """x.txt and y.txt with the same text, built twice with the cache, then x renamed to z: the build used to
    fail with ConstraintException: duplicate key "y"."""
    folder = _folder(tmp_path, "a", {"x.txt": BUNDLED[0], "y.txt": BUNDLED[0]})
    db = builds.check(folder, same={"y.txt": "x.txt"})
    assert _source_ids(db) == ["x"]
    builds.check(folder, hits=1, same={"y.txt": "x.txt"})
    (folder / "x.txt").rename(folder / "z.txt")
    db = builds.check(folder, hits=1, same={"z.txt": "y.txt"})
    assert _source_ids(db) == ["y"]
    assert {row[1] for row in db["observations"]} == {"y"}  # every figure under the stored file's own id


def test_copy_rename_touch_and_edit_back_and_forth(builds: Builds, tmp_path: Path) -> None:
    folder = _folder(tmp_path, "a", {p.name: p for p in BUNDLED[:3]})
    first = BUNDLED[0].name
    builds.check(folder, hits=0)
    # copy under a new name: the same text once, reported
    shutil.copy(folder / first, folder / "zz_copy.txt")
    builds.check(folder, same={"zz_copy.txt": first})
    # rename: the cached result takes the new name, source id and (equal) spans
    (folder / first).rename(folder / "renamed.txt")
    db = builds.check(folder, hits=3, same={"zz_copy.txt": "renamed.txt"})
    assert "renamed" in _source_ids(db) and Path(first).stem not in _source_ids(db)
    (folder / "zz_copy.txt").unlink()
    # touch: a new modification time, the same text
    os.utime(folder / "renamed.txt", ns=(1, 1_000_000_000))
    builds.check(folder, hits=3)
    # edit, then edit back, then again
    original = (folder / "renamed.txt").read_text(encoding="utf-8")
    edited = original + "\nВ Алматы сегодня зарегистрировано 1 235 волонтеров.\n"
    for text, hits in ((edited, 2), (original, 3), (edited, 3)):
        (folder / "renamed.txt").write_text(text, encoding="utf-8")
        builds.check(folder, hits=hits)


def test_move_between_folders_and_two_folders_with_the_same_names(builds: Builds, tmp_path: Path) -> None:
    a = _folder(tmp_path, "a", {"n1.txt": BUNDLED[0], "n2.txt": BUNDLED[1]})
    b = _folder(tmp_path, "b", {"n1.txt": BUNDLED[2], "n2.txt": BUNDLED[3]})  # same names, other texts
    builds.check(a, hits=0)
    db_b = builds.check(b, hits=0)
    assert _source_ids(db_b) == ["n1", "n2"]
    # same names, same sizes and modification times as in a: still b's own texts
    for name in ("n1.txt", "n2.txt"):
        st = (a / name).stat()
        os.utime(b / name, ns=(st.st_atime_ns, st.st_mtime_ns))
    builds.check(b)
    builds.check(a, hits=2)
    # move an article from a to b (same inode, size and time, another folder and name)
    (a / "n1.txt").rename(b / "moved.txt")
    builds.check(a, hits=1)
    builds.check(b, hits=3)


def test_a_damaged_or_foreign_cache_line_is_only_a_miss(builds: Builds, tmp_path: Path) -> None:
    folder = _folder(tmp_path, "a", {p.name: p for p in BUNDLED[:2]})
    builds.check(folder, hits=0)
    cache_file = next(builds.cache.glob("extract-*.jsonl"))
    with open(cache_file, "a", encoding="utf-8") as fh:
        fh.write('{"file": "x.txt", "key": "k", "result": []}\n{"truncated\n')
    builds.check(folder, hits=2)


def test_an_extractor_error_skips_the_article_and_not_the_build(tmp_path: Path, monkeypatch) -> None:
    import loaders.build

    folder = _folder(tmp_path, "a", {p.name: p for p in BUNDLED[:2]})
    real = loaders.build.process_article

    def flaky(file, *args):
        if file == BUNDLED[0].name:
            raise KeyError("I")
        return real(file, *args)

    monkeypatch.setattr(loaders.build, "process_article", flaky)
    report = run(tmp_path / "kz.duckdb", folder, None, workers=1, cache_dir=tmp_path / "cache")
    assert report.articles_read == 1
    assert [(p.file, p.kind) for p in report.skipped] == [(BUNDLED[0].name, "extractor_failed")]
    assert "the extractor failed on this article (KeyError: 'I')" in report.render()
    monkeypatch.setattr(loaders.build, "process_article", real)  # fixed rules: the article is read again
    again = run(tmp_path / "kz2.duckdb", folder, None, workers=1, cache_dir=tmp_path / "cache")
    assert again.articles_read == 2 and again.skipped == [] and again.cache_hits == 1

"""The day the extractor takes as "today" (loaders/clock.py): one place, pinned by KZV_TODAY, held fixed for a
whole build, and part of the extraction cache's key, so a rebuild of the same articles as of the same day gives
the same database and a build as of another day never reuses what was read as of the first.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from loaders import clock
from loaders.build import DEFAULT_ARTICLES, run
from loaders.text import copyright_year
from tests.test_build_parallel import dump

BUNDLED = sorted(DEFAULT_ARTICLES.glob("*.txt"))


def test_today_is_the_system_date_unless_pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(clock.ENV_VAR, raising=False)
    assert clock.today() == dt.date.today()
    monkeypatch.setenv(clock.ENV_VAR, "2024-02-29")
    assert clock.today() == dt.date(2024, 2, 29)
    monkeypatch.setenv(clock.ENV_VAR, " ")  # blank is unset
    assert clock.today() == dt.date.today()


@pytest.mark.parametrize("bad", ["2024-02-30", "06.12.2026", "tomorrow"])
def test_a_bad_pinned_day_names_the_variable(monkeypatch: pytest.MonkeyPatch, bad: str) -> None:
    monkeypatch.setenv(clock.ENV_VAR, bad)
    with pytest.raises(ValueError, match=rf"KZV_TODAY={bad!r} is not a date"):
        clock.today()


def test_fixed_holds_the_day_inside_the_block_and_restores_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(clock.ENV_VAR, "2026-12-31")
    with clock.fixed() as day:
        assert day == dt.date(2026, 12, 31)
        monkeypatch.setenv(clock.ENV_VAR, "2027-01-01")  # midnight passes during a build
        assert clock.today() == dt.date(2026, 12, 31)
        with clock.fixed(dt.date(2020, 5, 1)):
            assert clock.today() == dt.date(2020, 5, 1)
        assert clock.today() == dt.date(2026, 12, 31)
    assert clock.today() == dt.date(2027, 1, 1)


@pytest.mark.parametrize(("today", "year"), [("2026-12-06", 2026), ("2026-01-01", 2026), ("2025-12-31", None)])
def test_a_rule_reads_the_pinned_day(monkeypatch: pytest.MonkeyPatch, today: str, year: int | None) -> None:
    """A copyright line's year dates an undated page only when that year has come: as of the last day of 2025,
    "© 2026" is no evidence of the page's year."""
    monkeypatch.setenv(clock.ENV_VAR, today)
    assert copyright_year("Волонтеры убрали берег.\n\n© 2026 Новости Павлодара") == year


def _build(tmp: Path, name: str, articles: Path, cache: Path | None):
    report = run(tmp / f"{name}.duckdb", articles, None, workers=1, cache_dir=cache)
    return report, dump(tmp / f"{name}.duckdb")


def test_the_cache_is_reused_on_the_same_day_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in BUNDLED[:3]:
        shutil.copy(path, articles / path.name)
    cache = tmp_path / "cache"
    monkeypatch.setenv(clock.ENV_VAR, "2026-03-01")
    first, _ = _build(tmp_path, "d1", articles, cache)
    again, _ = _build(tmp_path, "d1b", articles, cache)
    assert (first.cache_hits, again.cache_hits) == (0, 3)
    monkeypatch.setenv(clock.ENV_VAR, "2026-03-02")
    next_day, warm = _build(tmp_path, "d2", articles, cache)
    assert next_day.cache_hits == 0  # read again as of the new day
    _, clean = _build(tmp_path, "d2clean", articles, None)
    assert warm == clean
    assert _build(tmp_path, "d2c", articles, cache)[0].cache_hits == 3


def test_a_new_extractor_version_removes_the_cache_files_of_older_ones(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(BUNDLED[0], articles / BUNDLED[0].name)
    cache = tmp_path / "cache"
    cache.mkdir()
    stale = cache / "extract-0.1+000000000000.jsonl"
    stale.write_text('{"key": "k"}\n', encoding="utf-8")
    unrelated = cache / "programs.json"
    unrelated.write_text("{}", encoding="utf-8")
    run(tmp_path / "db.duckdb", articles, None, workers=1, cache_dir=cache)
    assert not stale.exists() and unrelated.exists()
    assert len(list(cache.glob("extract-*.jsonl"))) == 1

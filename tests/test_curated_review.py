"""Curated metrics, review actions written as curated rows, the review queue, programs (issue 12)."""

from __future__ import annotations

import multiprocessing as mp
import shutil
from pathlib import Path

import duckdb
import pytest

from loaders.build import run
from loaders.curated import (
    METRICS_FILE,
    REVIEW_FILE,
    CuratedError,
    read_curated,
    review_row,
    undo,
    write_actions,
)
from metrics.data import ReadOnlyDatabase
from metrics.review import candidate_groups, group_members, observation, outliers, review_queue

ROOT = Path(__file__).resolve().parent.parent
HEADER = "metric_id,unit,kind,topic,label_en,label_ru,label_kk\n"
GOOD = "volunteer_applications,applications,flow,volunteering,Applications,Заявки,Өтінімдер\n"


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "articles", d / "articles")
    shutil.copytree(ROOT / "data" / "curated", d / "curated",
                    ignore=shutil.ignore_patterns(METRICS_FILE, REVIEW_FILE, "programs.csv"))
    run(d / "kz.duckdb", d / "articles", d / "curated")
    return d


def _build(d: Path):
    return run(d / "kz.duckdb", d / "articles", d / "curated")


def _q(d: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(d / "kz.duckdb"), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("row,reason", [
    ("Bad-Id,persons,flow,x,a,b,c", "not lower snake case"),
    ("volunteers_total,persons,stock,x,a,b,c", "already exists"),
    ("aid_amount_kzt,KZT,flow,x,a,b,c", "already exists"),
    ("new_metric,bananas,flow,x,a,b,c", "unit 'bananas' is not a known unit"),
    ("new_metric,persons,yearly,x,a,b,c", "kind 'yearly' is not one of"),
    ("new_metric,persons,flow,x,a,,c", "label_ru is empty"),
])
def test_bad_curated_metric_fails_the_build_naming_file_and_line(data: Path, row: str, reason: str) -> None:
    (data / "curated" / METRICS_FILE).write_text(HEADER + GOOD + row + "\n", encoding="utf-8")
    before = (data / "kz.duckdb").read_bytes()
    with pytest.raises(CuratedError) as exc:
        _build(data)
    assert str(exc.value).startswith("curated/metrics.csv:3: ") and reason in str(exc.value)
    assert (data / "kz.duckdb").read_bytes() == before
    (data / "curated" / METRICS_FILE).write_text(HEADER + GOOD + GOOD, encoding="utf-8")
    with pytest.raises(CuratedError, match=r"metrics\.csv:3: .*already exists"):
        _build(data)


def test_curated_metric_is_merged_and_not_read_as_corrections(data: Path) -> None:
    (data / "curated" / METRICS_FILE).write_text(HEADER + GOOD, encoding="utf-8")
    assert all(r.csv_file.endswith("corrections.csv") for r in read_curated(data / "curated"))
    _build(data)
    assert _q(data, "SELECT kind, label_kk FROM metrics WHERE metric_id = 'volunteer_applications'") == \
        [("flow", "Өтінімдер")]


def test_new_metric_from_a_candidate_group_reaches_a_series_and_undo_restores(data: Path) -> None:
    db = ReadOnlyDatabase(data / "kz.duckdb")
    groups = candidate_groups(db)
    group = groups[groups["noun"] == "өтінім"].iloc[0]
    members = group_members(db, group["noun"], group["unit"])
    before_review = (data / "curated" / REVIEW_FILE).exists()
    metric = dict(zip(HEADER.strip().split(","), GOOD.strip().split(","), strict=True))
    rows = [review_row("accept", m, "Aigerim", metric_id="volunteer_applications", note="new metric from group")
            for m in members.to_dict("records")]
    receipt = write_actions(data / "curated", data / "kz.duckdb", rows, [metric])
    report = _build(data)
    assert report.curated_applied == 1 + len(rows)
    series = _q(data, "SELECT value FROM series WHERE metric_id = 'volunteer_applications'")
    assert [v for (v,) in series] == [49.0]
    review_text = (data / "curated" / REVIEW_FILE).read_text(encoding="utf-8")
    assert "Aigerim" in review_text and "accept" in review_text
    db.close()
    # the metric cannot go while rows use it; undoing the whole action restores the files and the data
    with pytest.raises(CuratedError, match="still used"):
        undo(data / "curated", data / "kz.duckdb", type(receipt)(metric_rows=receipt.metric_rows))
    undo(data / "curated", data / "kz.duckdb", receipt)
    assert (data / "curated" / METRICS_FILE).read_text(encoding="utf-8") == HEADER
    if not before_review:
        assert len((data / "curated" / REVIEW_FILE).read_text(encoding="utf-8").splitlines()) == 1
    _build(data)
    assert _q(data, "SELECT count(*) FROM observations WHERE metric_id = 'volunteer_applications'") == [(0,)]


def test_a_row_that_would_fail_the_build_is_not_written(data: Path) -> None:
    db = ReadOnlyDatabase(data / "kz.duckdb")
    obs = candidate_groups(db).iloc[0]
    member = group_members(db, obs["noun"], obs["unit"]).iloc[0].to_dict()
    db.close()
    for bad, reason in [({"metric_id": "no_such_metric"}, "unknown metric_id"),
                        ({"qualifier": "roughly"}, "qualifier 'roughly'"),
                        ({"period_start": "2024-05-01", "period_end": "2024-01-01"}, "ends"),
                        ({"value": "123456789"}, "no figure with value")]:
        row = review_row("correct", member, "Dana", **bad)
        with pytest.raises(CuratedError, match=reason) as exc:
            write_actions(data / "curated", data / "kz.duckdb", [row])
        assert "curated/review.csv:2" in str(exc.value)
        assert not (data / "curated" / REVIEW_FILE).exists()
    ok = review_row("reject", member, "Dana", note="not a count")
    write_actions(data / "curated", data / "kz.duckdb", [ok])
    with pytest.raises(CuratedError, match="duplicate of line 2"):
        write_actions(data / "curated", data / "kz.duckdb", [dict(ok, reviewed_at="2026-01-01T00:00:00")])
    _build(data)
    assert _q(data, "SELECT status, status_reason FROM observations WHERE obs_id = ?", [member["obs_id"]]) == \
        [("rejected", "curated: not a count")]


def test_mark_cumulative_takes_a_running_total_out_of_a_yearly_series(data: Path) -> None:
    db = ReadOnlyDatabase(data / "kz.duckdb")
    out = outliers(db)
    assert (out["metric_id"] == "marathon_participants").any()
    total = observation(db, int(out[out["metric_id"] == "marathon_participants"].iloc[0]["other_obs_id"]))
    assert total["value"] == 3_000_000
    db.close()
    write_actions(data / "curated", data / "kz.duckdb",
                  [review_row("correct", total, "Dana", period_kind="cumulative", note="since 2022")])
    _build(data)
    assert _q(data, "SELECT status, period_kind FROM observations WHERE obs_id = ?", [total["obs_id"]]) == \
        [("candidate", "cumulative")]
    db = ReadOnlyDatabase(data / "kz.duckdb")
    after = outliers(db)
    assert after.empty or not (after["metric_id"] == "marathon_participants").any()
    queue = review_queue(db)
    assert queue["priority"].is_monotonic_decreasing
    db.close()


def _writer(args: tuple[str, int]) -> None:
    d, worker = Path(args[0]), args[1]
    db = ReadOnlyDatabase(d / "kz.duckdb")
    members = [m for g in candidate_groups(db).itertuples() for m in group_members(db, g.noun, g.unit)
               .to_dict("records")]
    db.close()
    for m in members[worker::2]:
        write_actions(d / "curated", d / "kz.duckdb", [review_row("confirm", m, f"reviewer {worker}")], wait=60)


def test_two_reviewers_writing_at_once_lose_nothing(data: Path) -> None:
    with mp.get_context("fork").Pool(2) as pool:
        pool.map(_writer, [(str(data), 0), (str(data), 1)])
    rows = [r for r in read_curated(data / "curated") if r.csv_file.endswith(REVIEW_FILE)]
    db = ReadOnlyDatabase(data / "kz.duckdb")
    n = int(candidate_groups(db)["n"].sum())
    db.close()
    assert len(rows) == n and {r.get("reviewer") for r in rows} == {"reviewer 0", "reviewer 1"}
    assert _build(data).curated_applied == n + 1


def test_program_column_in_the_database(data: Path) -> None:
    rows = _q(data, "SELECT DISTINCT program FROM observations WHERE quote LIKE '%Марафон добрых дел%' "
                    "AND status <> 'rejected'")
    assert rows == [("marathon_good_deeds",)]
    comment = _q(data, "SELECT comment FROM duckdb_columns() WHERE table_name = 'observations' "
                       "AND column_name = 'program'")
    assert comment and "program" in comment[0][0]

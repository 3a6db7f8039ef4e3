"""The browser-less load generator (bench/bench_load.py) against a real `streamlit run app.py`: it speaks
Streamlit's websocket protocol well enough that real reruns complete, without errors, and that switching the
metric changes what the server renders (the chart names the added metric)."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from dash_builders import realistic_db

from bench import bench_load
from bench.streamlit_server import streamlit_server

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    tmp = tmp_path_factory.mktemp("load")
    db = realistic_db(tmp / "kzvol.duckdb")
    try:
        with streamlit_server(ROOT / "app.py", ROOT, dict(os.environ, KZVOL_DB=str(db)), tmp / "streamlit.log",
                              timeout=60) as (url, proc):
            yield url, proc.pid
    except RuntimeError as exc:
        pytest.fail(str(exc))


def test_switching_metric_changes_the_chart(server: tuple[str, int]) -> None:
    url, _pid = server

    async def go() -> None:
        sess = bench_load.Session(url, "page=explore&lang=en&scale=linear", timeout=30, keep_specs=True)
        first = await sess.open()
        try:
            assert first.status == "FINISHED_SUCCESSFULLY" and not first.errors, first.errors
            assert first.elements["plotly_chart"] >= 1
            assert {bench_load.KEY_PAGE, bench_load.KEY_LANG, bench_load.KEY_METRICS} <= set(sess.widgets)
            assert "page=explore" in sess.query_string and "metrics=" in sess.query_string  # the app wrote the URL
            options = sess.options(bench_load.KEY_METRICS)
            chosen = sess.value(bench_load.KEY_METRICS)
            added = next(o for o in options if o not in chosen)
            sess.set_multi(bench_load.KEY_METRICS, [*chosen, added])
            second = await sess.rerun()
            assert second.status == "FINISHED_SUCCESSFULLY" and not second.errors, second.errors
            assert second.content != first.content
            assert not any(added in json.dumps(json.loads(s)["data"], ensure_ascii=False) for s in first.plotly_specs)
            assert any(added in json.dumps(json.loads(s)["data"], ensure_ascii=False) for s in second.plotly_specs)
            assert sess.value(bench_load.KEY_METRICS) == [*chosen, added]
            # A bad widget value is answered by the app, not by a crash; an exception element would be an error.
            sess.set_choice(bench_load.KEY_LANG, "Қазақша")
            third = await sess.rerun()
            assert not third.errors and "lang=kk" in sess.query_string and third.content != second.content
        finally:
            await sess.close()

    asyncio.run(go())


def test_two_sessions_for_five_seconds(server: tuple[str, int]) -> None:
    url, pid = server
    # Measured from the start (no warm-up): on a busy 2-CPU machine a first load can take a few seconds.
    shared = bench_load.Shared(url=url, sessions=2, think=0.3, duration=5.0, warmup=0.0, ramp=0.2, timeout=30,
                               reload=0.0, seed=3)
    meter = bench_load.Meter(pid)
    asyncio.run(bench_load.drive(shared, meter.mark))
    summary = bench_load.summarize(shared, meter)
    assert summary["errors_total"] == 0, summary["error_kinds"]
    assert summary["reruns"] >= 4, [(r.kind, r.started, r.seconds, r.error) for r in shared.runs]
    loads = [r for r in shared.runs if r.kind == "load"]
    assert len(loads) == 2 and all(r.seconds and not r.error for r in loads)
    actions = [r for r in shared.runs if r.kind not in ("load", "fragment")]
    assert actions and all(r.seconds is not None and r.seconds > 0 and r.deltas > 0 for r in actions)
    assert sum(bool(r.changed) for r in actions) >= len(actions) // 2  # most actions change the page
    assert summary["server_cpu_s"] > 0 and summary["server_vmhwm_mb"] > 50
    assert summary["p95_s"] is not None and "loadavg_1m_start" in summary

"""Many users at once (issue 4, item 6): `python -m bench.bench_concurrency [--sessions 20] [--duration 60]`.

Starts one `streamlit run app.py` on a free localhost port (KZVOL_DB = --db, default a database built from
data/articles into a temp dir) and drives --sessions concurrent users against it from ONE headless Debian
chromium (Playwright async API, one browser context per user; never `playwright install`). Users arrive one by
one over --arrival seconds; each opens a link to the explore page with 1-2 metrics (first_load: a new Streamlit
session, the whole frontend loads), then works in the app until --duration seconds after the last arrival,
pausing --think seconds
(±50%) between actions:

- switch_metric: on the explore page, add a metric through the multiselect (or remove the last one with
  Backspace when three are shown); timed from the click on the option (or the key press) until the URL names
  the new selection and the chart is visible with the app idle;
- page_chart:    switch to the overview or explore page with the page radio; timed until the chart is visible;
- page_table:    switch to the sources or data page; timed until its article/table is visible (reported apart).

Time-to-chart = switch_metric and page_chart after the warm-up (by default: until the last user's first chart).
A failed action makes that user start over with a fresh load.

Errors: a navigation or wait that times out (--timeout), a Streamlit exception or error box on the page,
a JavaScript page error or dialog. The server's memory is sampled from /proc every 0.25 s
(VmRSS of streamlit and all its descendants summed; VmHWM of the streamlit process) and its CPU time is read
before and after. The server is stopped by PID at the end, whatever happens.

The browsers' CPU time (every chromium process) is read before and after too: the load generator shares the
machine with the server, so `browsers_cpu_share_of_one_core` next to `server_cpu_share_of_one_core` says
which of the two the run measured.

--app bare drives a baseline instead of the dashboard: a bare Streamlit page with the same widgets, keys and
URL (so the same users work on it) whose pages are one small Plotly chart, one short text or one small table.
What it shows is the cost of Streamlit, Plotly and 20 Chromium sessions on this machine by themselves.

Target on the 2-core machine: no errors, p95 time-to-chart < 1 s after warm-up.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bench.streamlit_server import CHROMIUM, CHROMIUM_ARGS
from bench.streamlit_server import streamlit_server as start_streamlit

ROOT = Path(__file__).resolve().parent.parent
CHART = "[data-testid=stPlotlyChart] .js-plotly-plot .main-svg"
IDLE_JS = "() => !document.querySelector('[data-testid=stStatusWidget]')"
TARGET_P95_S = 1.0


# --------------------------------------------------------------------------------------------------
# Server and its memory


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == pid:
            out.append(int(entry))
    return out


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        todo.extend(_children(p))
    return pids


def _status_kb(pid: int, key: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    """utime+stime of the process and its reaped children, in seconds."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        ticks = sum(int(fields[i]) for i in (11, 12, 13, 14))
        return ticks / os.sysconf("SC_CLK_TCK")
    except OSError:
        return 0.0


def browser_cpu_seconds() -> float:
    """utime+stime of every running chromium process (the load generator's browsers), in seconds."""
    total = 0.0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/comm") as fh:
                if "chrom" not in fh.read():
                    continue
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            continue
    return total


class MemorySampler(threading.Thread):
    def __init__(self, pid: int, every: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.stop_event = threading.Event()
        self.peak_tree_kb = 0
        self.start_kb = _status_kb(pid, "VmRSS")
        self.samples: list[tuple[float, int]] = []

    def run(self) -> None:
        t0 = time.monotonic()
        while not self.stop_event.is_set():
            total = sum(_status_kb(p, "VmRSS") for p in _tree(self.pid))
            self.peak_tree_kb = max(self.peak_tree_kb, total)
            self.samples.append((time.monotonic() - t0, total))
            self.stop_event.wait(self.every)

    def hwm_kb(self) -> int:
        return _status_kb(self.pid, "VmHWM")


@contextlib.contextmanager
def streamlit_server(db: Path, log: Path, root: Path = ROOT, watcher: str = "none", script: Path | None = None,
                     ) -> Iterator[tuple[str, subprocess.Popen]]:
    with start_streamlit(script or root / "app.py", root, dict(os.environ, KZVOL_DB=str(db)), log, watcher=watcher,
                         timeout=60) as server:
        yield server


# The baseline (--app bare): the same widgets, keys and URL as the dashboard (so the same users drive it), but
# each page is only one small Plotly chart, one short text or one small table, with no database behind it.
# Whatever time-to-chart it has on this machine is what Streamlit, Plotly and the browsers cost by themselves.
BARE_APP = '''
import json, os
import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="bare", layout="wide")
METRICS = dict(json.loads(os.environ["BARE_METRICS"]))
PAGES = {"overview": "Overview", "explore": "Explore", "sources": "Sources", "data": "Data", "sql": "SQL"}
if "w_page" not in st.session_state:
    st.session_state["w_page"] = st.query_params.get("page", "overview")
    st.session_state["w_metrics"] = [m for m in st.query_params.get("metrics", "").split(",") if m in METRICS]
page = st.radio("page", list(PAGES), format_func=PAGES.get, horizontal=True, key="w_page",
                label_visibility="collapsed")
chosen = st.session_state.get("w_metrics", [])
if page in ("overview", "explore"):
    if page == "explore":
        chosen = st.multiselect("Metrics", list(METRICS), format_func=METRICS.get, key="w_metrics")
    shown = chosen or list(METRICS)[:2]
    fig = go.Figure([go.Scatter(x=[2019, 2021, 2023, 2025], y=[40 + i, 90 + i, 210 + i, 300 + i],
                                mode="lines+markers", name=METRICS[m]) for i, m in enumerate(shown)])
    fig.update_layout(height=480, title="Bare chart", template="plotly_white")
    st.plotly_chart(fig, theme=None)
elif page == "sources":
    st.html("<div>An article text.</div>")
else:
    st.dataframe({"metric": list(METRICS), "value": list(range(len(METRICS)))})
wanted = {"page": page, "lang": "en", "metrics": ",".join(chosen)}
if st.query_params.to_dict() != wanted:
    st.query_params.from_dict(wanted)
'''


# --------------------------------------------------------------------------------------------------
# Users


@dataclass
class Result:
    kind: str  # open_overview, open_explore, switch, browse_sources, browse_data
    started: float  # seconds since the run started
    seconds: float | None  # None: error
    error: str | None = None


@dataclass
class Shared:
    url: str
    metrics: list[tuple[str, str]]  # (metric_id, English label) present in the series
    t0: float
    deadline: float
    think: float
    timeout_ms: float
    first_timeout_ms: float
    results: list[Result] = field(default_factory=list)


async def _page_problem(page) -> str | None:  # type: ignore[no-untyped-def]
    if await page.locator("[data-testid=stException]").count():
        return "exception: " + (await page.locator("[data-testid=stException]").first.inner_text())[:200]
    if await page.locator("[data-testid=stAlertContentError]").count():
        return "error box: " + (await page.locator("[data-testid=stAlertContentError]").first.inner_text())[:200]
    return None


async def _wait_chart(page, timeout_ms: float) -> None:  # type: ignore[no-untyped-def]
    await page.wait_for_selector(CHART, state="visible", timeout=timeout_ms)
    await page.wait_for_function(IDLE_JS, timeout=timeout_ms)


PAGE_LABELS = {"overview": "Overview", "explore": "Explore", "sources": "Sources", "data": "Data"}
PAGE_READY = {"overview": CHART, "explore": CHART, "sources": "[data-testid=stHtml]",
              "data": "[data-testid=stDataFrame]"}


async def _wait_ready(page, selector: str, timeout_ms: float) -> None:  # type: ignore[no-untyped-def]
    await page.wait_for_selector(selector, state="visible", timeout=timeout_ms)
    await page.wait_for_function(IDLE_JS, timeout=timeout_ms)


async def _wait_url(page, needle: str, present: bool, timeout_ms: float) -> None:  # type: ignore[no-untyped-def]
    await page.wait_for_function(
        "([n, p]) => decodeURIComponent(location.search).includes(n) === p", arg=[needle, present],
        timeout=timeout_ms)


async def user(n: int, browser, shared: Shared) -> None:  # type: ignore[no-untyped-def]
    """One user: opens a link once, then works in the app: switches pages and adds/removes metrics."""
    rng = random.Random(n)
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    page_errors: list[str] = []
    page.on("pageerror", lambda exc: page_errors.append(str(exc)))
    page.on("dialog", lambda d: (page_errors.append(f"dialog: {d.message}"), asyncio.ensure_future(d.dismiss())))
    ids = [m for m, _ in shared.metrics]
    labels = dict(shared.metrics)
    current, chosen = "", []
    try:
        while time.monotonic() < shared.deadline:
            started = time.monotonic()
            error = None
            try:
                del page_errors[:]
                if not current:  # (re)open a link: a new Streamlit session, the whole frontend loads
                    kind = "first_load"
                    chosen = rng.sample(ids, rng.randint(1, min(2, len(ids))))
                    query = urllib.parse.urlencode({"page": "explore", "lang": "en", "metrics": ",".join(chosen)})
                    await page.goto(f"{shared.url}/?{query}", wait_until="commit", timeout=shared.first_timeout_ms)
                    await _wait_ready(page, CHART, shared.first_timeout_ms)
                    current = "explore"
                elif current == "explore" and rng.random() < 0.6:
                    kind = "switch_metric"
                    box = page.locator(".st-key-w_metrics input").first
                    if len(chosen) >= 3:  # remove the last metric: Backspace in the empty input
                        await box.click(timeout=shared.timeout_ms)
                        gone = chosen[-1]
                        started = time.monotonic()
                        await page.keyboard.press("Backspace")
                        await _wait_url(page, gone, False, shared.timeout_ms)
                        chosen = chosen[:-1]
                    else:  # add a metric: type its name, then pick the option
                        new = rng.choice([m for m in ids if m not in chosen])
                        await box.click(timeout=shared.timeout_ms)
                        await box.fill(labels[new], timeout=shared.timeout_ms)
                        option = page.get_by_role("option", name=labels[new], exact=True).first
                        await option.wait_for(state="visible", timeout=shared.timeout_ms)
                        started = time.monotonic()  # the user picks the metric: from here to the new chart
                        await option.click(timeout=shared.timeout_ms)
                        await _wait_url(page, new, True, shared.timeout_ms)
                        chosen = [*chosen, new]
                    await _wait_ready(page, CHART, shared.timeout_ms)
                    await page.keyboard.press("Escape")
                else:
                    target = rng.choice([p for p in ("overview", "explore", "explore", "sources", "data")
                                         if p != current])
                    kind = "page_chart" if target in ("overview", "explore") else "page_table"
                    label = page.locator(f".st-key-w_page label:has-text('{PAGE_LABELS[target]}')").first
                    started = time.monotonic()
                    await label.click(timeout=shared.timeout_ms)
                    await _wait_url(page, f"page={target}", True, shared.timeout_ms)
                    await _wait_ready(page, PAGE_READY[target], shared.timeout_ms)
                    current = target
                seconds = time.monotonic() - started
                problem = await _page_problem(page)
                if problem or page_errors:
                    error = problem or "; ".join(page_errors)[:300]
            except Exception as exc:  # a timeout or a broken page: an error of the run, not of the bench
                seconds, error = None, f"{kind}: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
                current = ""  # start over with a fresh load
            shared.results.append(Result(kind, started - shared.t0, None if error else seconds, error))
            await asyncio.sleep(rng.uniform(0.5, 1.5) * shared.think)
    finally:
        await context.close()


async def drive(url: str, metrics: list[tuple[str, str]], args: argparse.Namespace) -> Shared:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        args.browser_cpu0 = browser_cpu_seconds()
        try:
            t0 = time.monotonic()
            shared = Shared(url, metrics, t0, t0 + args.arrival + args.duration, args.think, args.timeout * 1000,
                            args.first_timeout * 1000)
            tasks = []
            for n in range(args.sessions):  # users arrive one by one over the warm-up
                tasks.append(asyncio.create_task(user(n, browser, shared)))
                await asyncio.sleep(args.arrival / args.sessions)
            await asyncio.gather(*tasks)
            args.browser_cpu1 = browser_cpu_seconds()
            return shared
        finally:
            await browser.close()


# --------------------------------------------------------------------------------------------------
# Report


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def summarize(results: list[Result], warmup: float) -> dict:
    def stats(rows: list[Result]) -> dict:
        ok = [r.seconds for r in rows if r.seconds is not None]
        return {"n": len(rows), "errors": sum(r.error is not None for r in rows),
                "p50_s": round(pct(ok, 0.5), 3), "p95_s": round(pct(ok, 0.95), 3),
                "max_s": round(max(ok), 3) if ok else None}

    after = [r for r in results if r.started >= warmup and r.kind != "first_load"]
    chart_kinds = ("switch_metric", "page_chart")
    return {
        "first_load": stats([r for r in results if r.kind == "first_load"]),
        "during_warmup": stats([r for r in results if r.started < warmup and r.kind != "first_load"]),
        "after_warmup_time_to_chart": stats([r for r in after if r.kind in chart_kinds]),
        "per_kind_after_warmup": {k: stats([r for r in after if r.kind == k]) for k in (*chart_kinds, "page_table")},
        "errors": sorted({r.error for r in results if r.error})[:20],
        "n_errors": sum(r.error is not None for r in results),
    }


def seed_db(tmp: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from loaders.build import run

    db = tmp / "kzvol.duckdb"
    run(db, ROOT / "data" / "articles", curated_dir=ROOT / "data" / "curated")
    return db


def series_metrics(db: Path) -> list[tuple[str, str]]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT DISTINCT s.metric_id, m.label_en FROM series s JOIN metrics m USING (metric_id) "
                           "WHERE s.area = 'KZ' ORDER BY 1").fetchall()
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--duration", type=float, default=60.0,
                    help="seconds of load after the last user arrived (default 60)")
    ap.add_argument("--warmup", type=float, default=None,
                    help="seconds at the start reported apart (default: until the last user's first chart)")
    ap.add_argument("--think", type=float, default=1.0, help="mean pause between a user's actions, s (default 1)")
    ap.add_argument("--timeout", type=float, default=30.0, help="per-action timeout, s (default 30)")
    ap.add_argument("--first-timeout", type=float, default=120.0,
                    help="timeout of a user's first load (the whole frontend), s (default 120)")
    ap.add_argument("--arrival", type=float, default=40.0,
                    help="users arrive evenly over this many seconds (default 40; a first load costs the browser "
                         "~3 CPU-seconds, so 20 arrivals in a few seconds measure chromium, not the server)")
    ap.add_argument("--db", type=Path, default=None, help="database (default: built from data/ into a temp dir)")
    ap.add_argument("--app", choices=["dashboard", "bare"], default="dashboard",
                    help="what to load: the dashboard (default), or the baseline: a bare Streamlit page with the "
                         "same widgets and one small chart, to see what Streamlit and the browsers cost by themselves")
    ap.add_argument("--json", type=Path, default=None, help="also write the results as JSON here")
    ap.add_argument("--root", type=Path, default=ROOT,
                    help="folder holding app.py (default: this checkout; e.g. a `git archive HEAD` export)")
    ap.add_argument("--watcher", default="none", choices=["none", "auto", "poll", "watchdog"],
                    help="--server.fileWatcherType (default none, as in production; Streamlit's default is auto)")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kzvol-bench-") as tmp_name:
        tmp = Path(tmp_name)
        db = args.db or seed_db(tmp)
        metrics = series_metrics(db)
        script = None
        if args.app == "bare":
            script = tmp / "bare_app.py"
            script.write_text(BARE_APP, encoding="utf-8")
            os.environ["BARE_METRICS"] = json.dumps(metrics)
        with streamlit_server(db, tmp / "streamlit.log", args.root, args.watcher, script) as (url, proc):
            sampler = MemorySampler(proc.pid)
            sampler.start()
            cpu0, wall0 = cpu_seconds(proc.pid), time.monotonic()
            try:
                shared = asyncio.run(drive(url, metrics, args))
            finally:
                sampler.stop_event.set()
                sampler.join(timeout=5)
            cpu1, wall1 = cpu_seconds(proc.pid), time.monotonic()
            hwm = sampler.hwm_kb()
            log_tail = (tmp / "streamlit.log").read_text(errors="replace")[-2000:]

    first_done = [r.started + r.seconds for r in shared.results if r.kind == "first_load" and r.seconds]
    warmup = args.warmup if args.warmup is not None else (max(first_done) if first_done else 0.0)
    summary = summarize(shared.results, warmup)
    summary.update({
        "app": args.app, "sessions": args.sessions, "watcher": args.watcher, "root": str(args.root),
        "duration_s": args.duration,
        "arrival_s": args.arrival, "think_s": args.think, "warmup_s": round(warmup, 1),
        "actions": len(shared.results),
        "server_rss_start_mb": round(sampler.start_kb / 1024, 1),
        "server_tree_rss_peak_mb": round(sampler.peak_tree_kb / 1024, 1),
        "server_vmhwm_mb": round(hwm / 1024, 1),
        "server_cpu_s": round(cpu1 - cpu0, 1),
        "server_cpu_share_of_one_core": round((cpu1 - cpu0) / (wall1 - wall0), 2),
        "cpus": os.cpu_count(),
        # What the browsers cost: the load generator shares the machine with the server.
        "browsers_cpu_s": round(args.browser_cpu1 - args.browser_cpu0, 1),
        "browsers_cpu_share_of_one_core": round((args.browser_cpu1 - args.browser_cpu0) / (wall1 - wall0), 2),
        "browsers_cpu_s_per_action": round((args.browser_cpu1 - args.browser_cpu0) / max(1, len(shared.results)), 2),
    })
    after = summary["after_warmup_time_to_chart"]
    met = summary["n_errors"] == 0 and after["p95_s"] < TARGET_P95_S
    summary["target"] = f"no errors and p95 < {TARGET_P95_S} s after warm-up: {'met' if met else 'NOT met'}"
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    if "Traceback" in log_tail:
        print("server log tail:\n" + log_tail, file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "results": [r.__dict__ for r in shared.results]},
                                        indent=1, ensure_ascii=False), encoding="utf-8")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())

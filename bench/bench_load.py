"""Server capacity without browsers: `python -m bench.bench_load --sessions 20 --duration 60 --warmup 10`.

Each simulated analyst is one websocket to `/_stcore/stream` speaking Streamlit's own protocol, as the
browser's frontend does, so the measurement is the server's and not that of 20 Chromium instances sharing
its CPUs (`bench_concurrency`, kept for 1-5 sessions as the browser's-eye check):

- it sends `BackMsg.rerun_script` (a `ClientState` built with Streamlit's protobuf classes): the URL's query
  string (the view: page, metrics, lang, scale; updated from `page_info_changed` as the browser's address bar
  is), the page script hash from `new_session`, the context info, the hashes of the messages it has cached,
  and `WidgetStates` for every widget the last run drew (a browser registers each mounted widget's value);
- it decodes every `ForwardMsg` reply (`ref_hash` messages from its own cache) and times each rerun from the
  send to `script_finished`;
- it runs the page's `st.fragment(run_every=…)` when the server asks for it (`auto_rerun`), as the browser
  does, timed apart as `fragment`.

Widgets are found at run time in the server's replies by their user key (the element id ends with
`-<key>`), never by hard-coded ids; their options are the labels the server sent. Every `--think` seconds
(±50%) a session switches one thing: the page (radio `w_page`), the language (`w_lang`), and on the explore
page the metrics (multiselect `w_metrics`: add one, or drop the last of three) or the scale (`w_scale`).
Each session opens a link naming a random page, language and scale (the query string the app reads on a
session's first run); `--reload P` makes a share P of the actions open a new link (a new session) instead.

Counted as errors: an `exception` element or an error box (`st.error`) in a reply, a script compilation
error, no `script_finished` within `--timeout`, a closed connection. Each reply's content (the hashes of
every non-widget element, charts and tables included) is compared with the previous run's, so the summary
says how many actions of each kind changed what the page shows.

The server is started from `--root` (default this checkout) on a database built from its bundled data
(`python -m loaders build`), or `--db PATH`, or `--url` targets a running one (`--pid` or the listening
socket's owner gives its process). Measured over the window after `--warmup`: p50/p95/max rerun latency,
reruns and errors, the server process's CPU (utime+stime from /proc/<pid>/stat, as cores), its peak RSS
(VmHWM from /proc/<pid>/status, and the window's peak VmRSS), the load generator's own CPU, the CPU the
rest of the machine used (/proc/stat minus both) and /proc/loadavg. `--sweep 20,50,100` runs several sizes
(a fresh server each) and prints one table. Target: 20 sessions, p95 < 1 s, 0 errors.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import connect

from bench.streamlit_server import streamlit_server

ROOT = Path(__file__).resolve().parent.parent
TARGET_P95_S = 1.0
TICK = os.sysconf("SC_CLK_TCK")

# The app's widget keys and URL parameters (its public view state, metrics/state.py), not element ids.
KEY_PAGE, KEY_LANG, KEY_METRICS, KEY_SCALE = "w_page", "w_lang", "w_metrics", "w_scale"
URL_PAGES = ("overview", "explore", "sources", "data", "sql")
URL_LANGS = ("ru", "kk", "en")
URL_SCALES = ("linear", "log")
MAX_METRICS_SHOWN = 3  # a session adds metrics up to this many, then drops the last

# Element types that are inputs: their state is the user's, not content the server rendered.
WIDGET_TYPES = frozenset({
    "audio_input", "button", "button_group", "camera_input", "chat_input", "checkbox", "color_picker",
    "date_input", "date_time_input", "download_button", "file_uploader", "feedback", "link_button",
    "menu_button", "multiselect", "number_input", "page_link", "pagination", "radio", "selectbox", "slider",
    "text_area", "text_input", "time_input",
})
FINISHED = {ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR,
            ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY}


# --------------------------------------------------------------------------------------------------
# One browser-less session


@dataclass
class Reply:
    """What one rerun rendered, decoded from its ForwardMsgs."""

    status: str = ""
    seconds: float = 0.0
    messages: int = 0
    deltas: int = 0
    elements: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    content: str = ""  # digest of every non-widget element (its ForwardMsg hash, in order)
    plotly_specs: list[str] = field(default_factory=list)


class SessionError(Exception):
    pass


def widget_key(element_id: str) -> str:
    """The user key of a widget id `$$ID-<hash>-<key>` ('' when there is none)."""
    if not element_id.startswith("$$ID-"):
        return ""
    key = element_id[5:].partition("-")[2]
    return "" if key == "None" else key


class Session:
    """One analyst's browser tab, without the browser: a websocket speaking Streamlit's protocol."""

    def __init__(self, url: str, query_string: str, *, timeout: float = 30.0, keep_specs: bool = False) -> None:
        parts = urllib.parse.urlsplit(url)
        scheme = "wss" if parts.scheme == "https" else "ws"
        self.http_url = url.rstrip("/")
        self.ws_url = f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}/_stcore/stream"
        self.query_string = query_string
        self.timeout = timeout
        self.keep_specs = keep_specs
        self.ws = None
        self.page_script_hash = ""
        self.cache: dict[str, ForwardMsg] = {}  # cacheable messages by hash (the browser's ForwardMsg cache)
        self.widgets: dict[str, tuple[str, object]] = {}  # user key -> (element type, proto) of the last full run
        self.states: dict[str, WidgetState] = {}  # widget id -> the value this tab holds
        self.fragments: dict[str, float] = {}  # fragment id -> run_every interval, from auto_rerun
        self.last: Reply | None = None  # the last full run

    async def open(self) -> Reply:
        self.ws = await asyncio.wait_for(
            connect(self.ws_url, subprotocols=["streamlit"], max_size=None, compression=None,
                    origin=self.http_url, open_timeout=self.timeout, ping_interval=None),
            self.timeout)
        return await self.rerun()

    async def close(self) -> None:
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.ws.close(), 5)
            self.ws = None

    # ---- widgets

    def options(self, key: str) -> list[str]:
        return list(self.widgets[key][1].options) if key in self.widgets else []

    def value(self, key: str) -> object:
        if key not in self.widgets:
            return None
        state = self.states.get(self.widgets[key][1].id)
        if state is None:
            return None
        kind = state.WhichOneof("value")
        return list(state.string_array_value.data) if kind == "string_array_value" else getattr(state, kind)

    def set_choice(self, key: str, label: str) -> None:
        self.states[self.widgets[key][1].id] = WidgetState(id=self.widgets[key][1].id, string_value=label)

    def set_multi(self, key: str, labels: list[str]) -> None:
        wid = self.widgets[key][1].id
        state = WidgetState(id=wid)
        state.string_array_value.data.extend(labels)
        self.states[wid] = state

    def _mounted(self, etype: str, proto: object) -> WidgetState | None:
        """The value a browser registers for a widget it draws: the server's, else the widget's default."""
        if etype not in ("radio", "selectbox", "multiselect", "checkbox"):
            return None  # other inputs (buttons, text, uploads) keep their server-side state
        wid = proto.id
        if not proto.set_value and wid in self.states:
            return self.states[wid]
        state = WidgetState(id=wid)
        if etype in ("radio", "selectbox"):
            if proto.set_value:
                state.string_value = proto.raw_value
            elif proto.HasField("default") and 0 <= proto.default < len(proto.options):
                state.string_value = proto.options[proto.default]
            else:
                return None
        elif etype == "multiselect":
            labels = list(proto.raw_values) if proto.set_value else [proto.options[i] for i in proto.default]
            state.string_array_value.data.extend(labels)
        else:
            state.bool_value = proto.value if proto.set_value else proto.default
        return state

    # ---- the protocol

    async def rerun(self, fragment_id: str = "") -> Reply:
        if self.ws is None:
            raise SessionError("not connected")
        cs = ClientState(query_string=self.query_string, page_script_hash=self.page_script_hash, page_name="",
                         fragment_id=fragment_id, is_auto_rerun=bool(fragment_id))
        cs.widget_states.widgets.extend(self.states.values())
        cs.cached_message_hashes.extend(self.cache)
        ci = cs.context_info
        ci.timezone, ci.timezone_offset, ci.locale = "Asia/Almaty", -300, "ru-RU"
        ci.url, ci.is_embedded, ci.color_scheme = f"{self.http_url}/?{self.query_string}", False, "light"
        msg = BackMsg()
        msg.rerun_script.CopyFrom(cs)
        reply, digest, seen = Reply(), hashlib.blake2b(digest_size=12), {}
        # The timed fragments this run registers. A full run replaces the set, as the browser drops the timers
        # of a previous run: a fragment that is not drawn again no longer exists on the server, which answers
        # a rerun of it with nothing at all ("The fragment with id … does not exist anymore").
        announced: dict[str, float] = {} if not fragment_id else dict(self.fragments)
        t0 = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        deadline = t0 + self.timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise SessionError(f"no script_finished within {self.timeout:.0f} s")
            try:
                data = await asyncio.wait_for(self.ws.recv(), left)
            except TimeoutError:
                continue
            except Exception as exc:  # closed connection, protocol error
                raise SessionError(f"connection: {type(exc).__name__}: {exc}") from exc
            fwd = ForwardMsg()
            fwd.ParseFromString(data)
            reply.messages += 1
            kind = fwd.WhichOneof("type")
            if kind == "ref_hash":
                cached = self.cache.get(fwd.ref_hash)
                if cached is None:
                    reply.errors.append(f"reference to an uncached message {fwd.ref_hash}")
                    continue
                fwd, kind = cached, cached.WhichOneof("type")
            elif fwd.metadata.cacheable and fwd.hash:
                self.cache[fwd.hash] = fwd
            if kind == "delta":
                reply.deltas += 1
                if fwd.delta.WhichOneof("type") != "new_element":
                    continue
                element = fwd.delta.new_element
                etype = element.WhichOneof("type")
                reply.elements[etype] += 1
                proto = getattr(element, etype) if etype else None
                if etype in WIDGET_TYPES:
                    key = widget_key(getattr(proto, "id", ""))
                    if key:
                        seen[key] = (etype, proto)
                    continue
                digest.update(fwd.hash.encode())
                if etype == "exception":
                    reply.errors.append(f"exception {proto.type}: {proto.message}"[:300])
                elif etype == "alert" and proto.format == proto.ERROR:
                    reply.errors.append(f"error box: {proto.body}"[:300])
                elif etype == "plotly_chart" and self.keep_specs:
                    reply.plotly_specs.append(proto.spec)
            elif kind == "new_session":
                self.page_script_hash = fwd.new_session.page_script_hash
            elif kind == "page_info_changed":
                self.query_string = fwd.page_info_changed.query_string
            elif kind == "auto_rerun":
                announced[fwd.auto_rerun.fragment_id] = fwd.auto_rerun.interval
            elif kind == "stop_auto_rerun":
                announced.clear()
            elif kind == "session_event" and fwd.session_event.HasField("script_compilation_exception"):
                exc = fwd.session_event.script_compilation_exception
                reply.errors.append(f"script compilation error {exc.type}: {exc.message}"[:300])
            elif kind == "script_finished":
                if fwd.script_finished not in FINISHED:
                    continue  # FINISHED_EARLY_FOR_RERUN: st.rerun() inside the script; the next run follows
                reply.seconds = time.perf_counter() - t0
                reply.status = ForwardMsg.ScriptFinishedStatus.Name(fwd.script_finished)
                if fwd.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    reply.errors.append("script finished with a compile error")
                break
        reply.content = digest.hexdigest()
        self.fragments = announced
        if not fragment_id:
            # The widgets the browser would now show, with the values it registers; the others are gone.
            self.widgets = seen
            states = {}
            for etype, proto in seen.values():
                state = self._mounted(etype, proto)
                if state is not None:
                    states[proto.id] = state
            self.states = states
            self.last = reply
        return reply


# --------------------------------------------------------------------------------------------------
# Analysts


@dataclass
class Run:
    session: int
    kind: str  # load, page, lang, metric, scale, fragment
    started: float  # seconds since the load started
    seconds: float | None
    error: str | None = None
    changed: bool | None = None  # did the page's content differ from the previous full run's
    deltas: int = 0
    elements: int = 0


@dataclass
class Shared:
    url: str
    sessions: int
    think: float
    duration: float
    warmup: float
    ramp: float
    timeout: float
    reload: float
    seed: int
    t0: float = 0.0
    runs: list[Run] = field(default_factory=list)
    metric_ids: set[str] = field(default_factory=set)  # learned from the URLs the app writes
    reconnects: int = 0


def random_link(rng: random.Random, metric_ids: set[str]) -> str:
    params = {"page": rng.choice(URL_PAGES), "lang": rng.choice(URL_LANGS), "scale": rng.choice(URL_SCALES)}
    if metric_ids:
        params["metrics"] = ",".join(rng.sample(sorted(metric_ids), min(len(metric_ids), rng.randint(1, 3))))
    return urllib.parse.urlencode(params)


def choose_action(sess: Session, rng: random.Random) -> str | None:
    kinds = [k for k, key, weight in (("metric", KEY_METRICS, 3), ("scale", KEY_SCALE, 1), ("page", KEY_PAGE, 2),
                                      ("lang", KEY_LANG, 1))
             if len(sess.options(key)) > 1 for _ in range(weight)]
    return rng.choice(kinds) if kinds else None


def apply_action(sess: Session, kind: str, rng: random.Random) -> None:
    if kind == "metric":
        options = sess.options(KEY_METRICS)
        chosen = [o for o in sess.value(KEY_METRICS) or [] if o in options]
        if chosen and (len(chosen) >= MAX_METRICS_SHOWN or len(chosen) == len(options)):
            chosen.pop()
        else:
            chosen.append(rng.choice([o for o in options if o not in chosen]))
        sess.set_multi(KEY_METRICS, chosen)
        return
    key = {"page": KEY_PAGE, "lang": KEY_LANG, "scale": KEY_SCALE}[kind]
    current = sess.value(key)
    sess.set_choice(key, rng.choice([o for o in sess.options(key) if o != current] or sess.options(key)))


def _learn(shared: Shared, query_string: str) -> None:
    for m in urllib.parse.parse_qs(query_string).get("metrics", [""])[0].split(","):
        if m:
            shared.metric_ids.add(m)


def _record(shared: Shared, n: int, kind: str, started: float, reply: Reply | None, error: str | None,
            changed: bool | None = None) -> None:
    shared.runs.append(Run(
        n, kind, round(started - shared.t0, 3), None if reply is None else round(reply.seconds, 4),
        error if error else ("; ".join(reply.errors) if reply and reply.errors else None), changed,
        reply.deltas if reply else 0, sum(reply.elements.values()) if reply else 0))


async def analyst(n: int, shared: Shared) -> None:
    rng = random.Random(shared.seed * 100_003 + n)
    end = shared.t0 + shared.warmup + shared.duration
    await asyncio.sleep(shared.ramp * n / max(1, shared.sessions))
    sess: Session | None = None
    fragment_due: dict[str, float] = {}

    async def load() -> Session | None:
        s = Session(shared.url, random_link(rng, shared.metric_ids), timeout=shared.timeout)
        started = time.perf_counter()
        try:
            reply = await s.open()
        except (SessionError, OSError, TimeoutError) as exc:
            _record(shared, n, "load", started, None, str(exc) or type(exc).__name__)
            await s.close()
            return None
        _record(shared, n, "load", started, reply, None)
        _learn(shared, s.query_string)
        fragment_due.clear()
        return s

    try:
        while time.perf_counter() < end:
            if sess is None:
                sess = await load()
                if sess is None:
                    await asyncio.sleep(1.0)
                continue
            # Think, running the page's timed fragments when they fall due, as the browser does.
            wake = time.perf_counter() + shared.think * rng.uniform(0.5, 1.5)
            for fid, interval in sess.fragments.items():
                fragment_due.setdefault(fid, time.perf_counter() + interval)
            while time.perf_counter() < min(wake, end):
                due = min(fragment_due.items(), key=lambda kv: kv[1], default=None)
                if due is None or due[1] > min(wake, end):
                    await asyncio.sleep(max(0.0, min(wake, end) - time.perf_counter()))
                    break
                await asyncio.sleep(max(0.0, due[1] - time.perf_counter()))
                fid = due[0]
                fragment_due[fid] = time.perf_counter() + sess.fragments.get(fid, 1e9)
                if fid not in sess.fragments:
                    del fragment_due[fid]
                    continue
                started = time.perf_counter()
                try:
                    reply = await sess.rerun(fragment_id=fid)
                except SessionError as exc:
                    _record(shared, n, "fragment", started, None, str(exc))
                    await sess.close()
                    sess = None
                    shared.reconnects += 1
                    break
                _record(shared, n, "fragment", started, reply, None)
            if sess is None or time.perf_counter() >= end:
                continue
            if shared.reload and rng.random() < shared.reload:
                await sess.close()
                sess = None
                continue
            kind = choose_action(sess, rng)
            if kind is None:
                _record(shared, n, "none", time.perf_counter(), None, "no known widget on the page")
                await sess.close()
                sess = None
                continue
            before = sess.last.content if sess.last else ""
            apply_action(sess, kind, rng)
            started = time.perf_counter()
            try:
                reply = await sess.rerun()
            except SessionError as exc:
                _record(shared, n, kind, started, None, str(exc))
                await sess.close()
                sess = None
                shared.reconnects += 1
                continue
            _record(shared, n, kind, started, reply, None, changed=reply.content != before)
            _learn(shared, sess.query_string)
    finally:
        if sess is not None:
            await sess.close()


async def drive(shared: Shared, on_window) -> None:  # type: ignore[no-untyped-def]
    """Run every analyst; on_window('start'|'end') is called at the measured window's boundaries."""
    shared.t0 = time.perf_counter()

    async def marks() -> None:
        await asyncio.sleep(shared.warmup)
        on_window("start")
        await asyncio.sleep(shared.duration)
        on_window("end")

    await asyncio.gather(marks(), *(analyst(n, shared) for n in range(shared.sessions)))


# --------------------------------------------------------------------------------------------------
# The server process: CPU, memory, the machine


def proc_cpu_seconds(pid: int) -> float:
    """utime + stime of one process (fields 14 and 15 of /proc/<pid>/stat), seconds."""
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def proc_status_kb(pid: int, key: str) -> int:
    with contextlib.suppress(OSError), open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def machine_busy_seconds() -> float:
    """CPU seconds spent not idle by all CPUs (first line of /proc/stat)."""
    with open("/proc/stat") as fh:
        v = [int(x) for x in fh.readline().split()[1:]]
    return (sum(v[:8]) - v[3] - v[4]) / TICK


def loadavg() -> float:
    with open("/proc/loadavg") as fh:
        return float(fh.read().split()[0])


def self_cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def listening_pid(port: int) -> int | None:
    """The process that listens on localhost `port` (for --url without --pid): the socket's inode owner."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError), open(table) as fh:
            for line in list(fh)[1:]:
                f = line.split()
                if f[3] == "0A" and int(f[1].rsplit(":", 1)[1], 16) == port:
                    inodes.add(f"socket:[{f[9]}]")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        with contextlib.suppress(OSError):
            for fd in os.listdir(f"/proc/{entry}/fd"):
                with contextlib.suppress(OSError):
                    if os.readlink(f"/proc/{entry}/fd/{fd}") in inodes:
                        return int(entry)
    return None


class Meter:
    """Samples the server and the machine at the window's boundaries, and the server's RSS every 0.5 s."""

    def __init__(self, pid: int | None) -> None:
        self.pid = pid
        self.marks: dict[str, dict[str, float]] = {}
        self.rss_peak_kb = 0
        self.load_samples: list[float] = []
        self._task: asyncio.Task | None = None

    def mark(self, name: str) -> None:
        m = {"t": time.perf_counter(), "busy": machine_busy_seconds(), "self": self_cpu_seconds(),
             "load": loadavg()}
        if self.pid:
            with contextlib.suppress(OSError):
                m["server"] = proc_cpu_seconds(self.pid)
        self.marks[name] = m
        if name == "start":
            self._task = asyncio.get_running_loop().create_task(self._sample())
        elif self._task:
            self._task.cancel()

    async def _sample(self) -> None:
        while True:
            if self.pid:
                self.rss_peak_kb = max(self.rss_peak_kb, proc_status_kb(self.pid, "VmRSS"))
            self.load_samples.append(loadavg())
            await asyncio.sleep(0.5)

    def summary(self) -> dict[str, object]:
        a, b = self.marks.get("start"), self.marks.get("end")
        if not a or not b:
            return {}
        wall = b["t"] - a["t"]
        out: dict[str, object] = {
            "window_s": round(wall, 1),
            "loadgen_cpu_cores": round((b["self"] - a["self"]) / wall, 2),
            "loadavg_1m_start": a["load"], "loadavg_1m_end": b["load"],
            "loadavg_1m_max": max(self.load_samples, default=b["load"]),
            "cpus": os.cpu_count(),
        }
        busy = (b["busy"] - a["busy"]) / wall
        if "server" in a and "server" in b:
            server = (b["server"] - a["server"]) / wall
            out.update({
                "server_cpu_s": round(b["server"] - a["server"], 1),
                "server_cpu_cores": round(server, 2),
                "server_vmhwm_mb": round(proc_status_kb(self.pid, "VmHWM") / 1024, 1),
                "server_window_peak_rss_mb": round(self.rss_peak_kb / 1024, 1),
                "others_cpu_cores": round(max(0.0, busy - server - out["loadgen_cpu_cores"]), 2),
            })
        out["machine_busy_cores"] = round(busy, 2)
        return out


# --------------------------------------------------------------------------------------------------
# Report


def pct(values: list[float], q: float) -> float | None:
    values = sorted(values)
    if not values:
        return None
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def stats(runs: list[Run]) -> dict[str, object]:
    ok = [r.seconds for r in runs if r.seconds is not None and not r.error]
    r3 = lambda v: None if v is None else round(v, 3)  # noqa: E731
    changed = [r.changed for r in runs if r.changed is not None]
    return {"n": len(runs), "errors": sum(r.error is not None for r in runs), "p50_s": r3(pct(ok, 0.5)),
            "p95_s": r3(pct(ok, 0.95)), "max_s": r3(max(ok, default=None)),
            **({"content_changed": f"{sum(changed)}/{len(changed)}"} if changed else {})}


def summarize(shared: Shared, meter: Meter) -> dict[str, object]:
    lo, hi = shared.warmup, shared.warmup + shared.duration
    window = [r for r in shared.runs if lo <= r.started < hi]
    kinds = sorted({r.kind for r in window})
    errors = Counter(r.error for r in shared.runs if r.error)
    out: dict[str, object] = {
        "sessions": shared.sessions, "think_s": shared.think, "warmup_s": shared.warmup,
        "duration_s": shared.duration, "reload": shared.reload,
        "reruns": len(window), "reruns_per_s": round(len(window) / shared.duration, 1),
        **{k: v for k, v in stats(window).items() if k != "n"},
        "per_kind": {k: stats([r for r in window if r.kind == k]) for k in kinds},
        "during_warmup": stats([r for r in shared.runs if r.started < lo]),
        "errors_total": sum(errors.values()),
        "error_kinds": [f"{n}x {e}" for e, n in errors.most_common(8)],
        "reconnects": shared.reconnects,
    }
    out.update(meter.summary())
    if "server_cpu_s" in out and window:
        out["server_cpu_ms_per_rerun"] = round(1000 * out["server_cpu_s"] / len(window))
    out["target_met"] = bool(out["errors_total"] == 0 and out["p95_s"] is not None
                             and out["p95_s"] < TARGET_P95_S)
    return out


COLUMNS = [("sessions", "sessions"), ("reruns", "reruns"), ("reruns_per_s", "reruns/s"), ("p50_s", "p50 s"),
           ("p95_s", "p95 s"), ("max_s", "max s"), ("errors_total", "errors"),
           ("server_cpu_cores", "server CPU, cores"), ("server_cpu_ms_per_rerun", "server CPU per rerun, ms"),
           ("server_vmhwm_mb", "server peak RSS, MB"), ("loadgen_cpu_cores", "load generator CPU, cores"),
           ("others_cpu_cores", "other processes' CPU, cores"), ("load", "load average (1 min) start–max")]


def table(rows: list[dict[str, object]]) -> str:
    lines = ["| " + " | ".join(h for _, h in COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for r in rows:
        cells = []
        for k, _ in COLUMNS:
            v = (f"{r.get('loadavg_1m_start', '?')}–{r.get('loadavg_1m_max', '?')}" if k == "load"
                 else r.get(k, "—"))
            cells.append("—" if v is None else str(v))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def knee(rows: list[dict[str, object]]) -> str:
    """Where adding sessions stops adding throughput, and the largest size meeting the target."""
    met = [r["sessions"] for r in rows if r.get("target_met")]
    text = [f"largest size meeting the target (p95 < {TARGET_P95_S} s, 0 errors): "
            + (str(max(met)) if met else "none")]
    if rows:
        base = rows[0]["reruns_per_s"] / rows[0]["sessions"]
        for r in rows[1:]:
            eff = r["reruns_per_s"] / r["sessions"] / base if base else 0
            if eff < 0.8 or not r.get("target_met"):
                text.append(f"knee between {rows[rows.index(r) - 1]['sessions']} and {r['sessions']} sessions: "
                            f"reruns per session per second fell to {eff:.0%} of the {rows[0]['sessions']}-session "
                            f"run's, p95 {r['p95_s']} s, server CPU {r.get('server_cpu_cores')} cores")
                break
        else:
            text.append("no knee up to the largest size run")
    return "; ".join(text)


# --------------------------------------------------------------------------------------------------
# Server and main


def build_db(root: Path, out: Path) -> Path:
    """The bundled data built with the checkout's own loader (`python -m loaders build`)."""
    db = out / "kzvol.duckdb"
    cmd = [sys.executable, "-m", "loaders", "build", "--db", str(db), "--articles", str(root / "data" / "articles"),
           "--curated", str(root / "data" / "curated"), "--cache", str(out / "cache"), "--quiet"]
    done = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not db.exists():
        raise SystemExit(f"building the bundled data failed ({' '.join(cmd)}):\n{done.stderr[-2000:]}\n"
                         "pass --db PATH, or --root a clean export (git archive HEAD | tar -x -C DIR)")
    return db


def option_env(options: list[str]) -> dict[str, str]:
    """`runner.postScriptGC=false` -> {"STREAMLIT_RUNNER_POST_SCRIPT_GC": "false"} (Streamlit's own naming)."""
    from streamlit.string_util import to_snake_case

    env = {}
    for option in options:
        key, sep, value = option.partition("=")
        if not sep or "." not in key:
            raise SystemExit(f"--option wants section.name=value, not {option!r}")
        env["STREAMLIT_" + to_snake_case(key.strip().replace(".", "_")).upper()] = value.strip()
    return env


@contextlib.contextmanager
def dashboard(root: Path, db: Path, log: Path, options: list[str] = ()) -> Iterator[tuple[str, int]]:
    env = dict(os.environ, KZVOL_DB=str(db), **option_env(options))
    with streamlit_server(root / "app.py", root, env, log, timeout=90) as (url, proc):
        yield url, proc.pid


def run_once(url: str, pid: int | None, args: argparse.Namespace, sessions: int) -> dict[str, object]:
    shared = Shared(url=url, sessions=sessions, think=args.think, duration=args.duration, warmup=args.warmup,
                    ramp=args.ramp if args.ramp is not None else args.warmup / 2, timeout=args.timeout,
                    reload=args.reload, seed=args.seed)
    meter = Meter(pid)
    asyncio.run(drive(shared, meter.mark))
    summary = summarize(shared, meter)
    summary["url"] = url
    summary["options"] = args.option
    if args.json:
        path = args.json if not args.sweep else args.json.with_name(f"{args.json.stem}-{sessions}{args.json.suffix}")
        path.write_text(json.dumps({"summary": summary, "runs": [asdict(r) for r in shared.runs]}, indent=1,
                                   ensure_ascii=False), encoding="utf-8")
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--sweep", default="", help="comma-separated sizes, e.g. 20,50,100 (a fresh server each)")
    ap.add_argument("--duration", type=float, default=60.0, help="measured seconds after the warm-up (default 60)")
    ap.add_argument("--warmup", type=float, default=10.0, help="seconds not measured at the start (default 10)")
    ap.add_argument("--ramp", type=float, default=None,
                    help="sessions open their links evenly over this many seconds (default warmup/2)")
    ap.add_argument("--think", type=float, default=1.0, help="mean pause between one session's actions, s (±50%%)")
    ap.add_argument("--timeout", type=float, default=30.0, help="a rerun without script_finished after this fails")
    ap.add_argument("--reload", type=float, default=0.0,
                    help="share of actions that open a new link (a new session) instead of a click (default 0)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--url", default=None, help="target a running dashboard instead of starting one")
    ap.add_argument("--pid", type=int, default=None, help="with --url: the server's pid (default: the port's owner)")
    ap.add_argument("--db", type=Path, default=None, help="database (default: the bundled data, built into a temp dir)")
    ap.add_argument("--root", type=Path, default=ROOT,
                    help="folder holding app.py, loaders/ and data/ (default this checkout; or a `git archive` export)")
    ap.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                    help="a Streamlit config option for the started server, e.g. runner.postScriptGC=false "
                         "(passed as its STREAMLIT_* environment variable; repeatable)")
    ap.add_argument("--json", type=Path, default=None, help="also write the summary and every rerun as JSON here")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sweep.split(",") if s.strip()] if args.sweep else [args.sessions]
    root = args.root.resolve()

    rows = []
    with tempfile.TemporaryDirectory(prefix="kzvol-load-") as tmp_name:
        tmp = Path(tmp_name)
        db = None if args.url else (args.db or build_db(root, tmp))
        for n in sizes:
            print(f"# {n} sessions, think {args.think} s, warm-up {args.warmup} s, {args.duration} s measured; "
                  f"load average {loadavg()}{'; ' + ' '.join(args.option) if args.option else ''}",
                  file=sys.stderr, flush=True)
            if args.url:
                port = urllib.parse.urlsplit(args.url).port or 80
                summary = run_once(args.url, args.pid or listening_pid(port), args, n)
            else:
                log = tmp / f"streamlit-{n}.log"
                with dashboard(root, db, log, args.option) as (url, pid):
                    summary = run_once(url, pid, args, n)
                tail = log.read_text(errors="replace")[-3000:]
                if "Traceback" in tail:
                    print("server log tail:\n" + tail, file=sys.stderr)
            rows.append(summary)
            print(json.dumps(summary, indent=2, ensure_ascii=False), flush=True)
    print()
    print(table(rows))
    print()
    print(knee(rows))
    return 0 if rows[0]["target_met"] and all(r["errors_total"] == 0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

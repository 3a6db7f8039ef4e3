"""Shared by the real-browser tests: Debian's chromium for Playwright and a `streamlit run app.py` on a free
port (bench/streamlit_server.py, also used by the benchmarks). Never `playwright install`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from bench.streamlit_server import CHROMIUM, streamlit_server

ROOT = Path(__file__).resolve().parent.parent


def require_chromium() -> None:
    """Skip on a developer machine without chromium; in CI (which installs it) its absence is a failure."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Debian chromium is missing in CI: .ci/run must install it")
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")


@contextmanager
def running_dashboard(db: Path, log_dir: Path, timeout: float = 60) -> Iterator[str]:
    """`streamlit run app.py` on `db` (KZVOL_DB); yields its URL once healthy; stops it by process group."""
    with ExitStack() as stack:
        try:
            url, _proc = stack.enter_context(streamlit_server(
                ROOT / "app.py", ROOT, dict(os.environ, KZVOL_DB=str(db)), log_dir / "streamlit.log",
                timeout=timeout))
        except RuntimeError as exc:
            pytest.fail(str(exc))
        yield url

"""Shared pytest set-up: the hypothesis profiles of the property tests (tests/test_properties_*.py), and the
`server` and `browser` fixtures of the real-browser tests (a module overrides them where it needs another
database, as tests/test_browser_xss.py does).

- "ci" (default): derandomized, so CI runs the same generated inputs every time (no flaky red from a new
  random draw; the counts in README "Guarantees" are exact); example counts tuned so that all property
  tests together take under 60 s on the 2-CPU machine.
- "long": `pytest tests/test_properties_*.py --hypothesis-profile=long`: random inputs, 20× the examples,
  for a search before a release or after a change to the extractor, reader, guard or curated rules.

Each test asks for `examples(n)`: n inputs under "ci", 20 n under "long".

The suite runs as of a fixed day (KZV_TODAY, loaders/clock.py) unless one is set: rules bound dates by "today"
("© 2026" dates no page before 2026 has come), and a phrase test must not turn red on its own when a year passes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from browser_support import require_chromium, running_dashboard
from dash_builders import realistic_db
from hypothesis import HealthCheck, Phase, settings

from bench.streamlit_server import CHROMIUM, CHROMIUM_ARGS
from loaders.clock import ENV_VAR as TODAY_VAR

os.environ.setdefault(TODAY_VAR, "2026-12-06")

# No "explain" phase: it reruns a failing case many times to point at lines, which took 45 s per failure.
_PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]
_COMMON = dict(deadline=None, phases=_PHASES, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                     HealthCheck.function_scoped_fixture])
settings.register_profile("ci", max_examples=100, derandomize=True, print_blob=True, **_COMMON)
settings.register_profile("long", max_examples=2000, derandomize=False, print_blob=True, **_COMMON)
settings.load_profile("ci")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`streamlit run app.py` on a synthetic realistic database, for one test module; its URL."""
    require_chromium()
    db = realistic_db(tmp_path_factory.mktemp("browser") / "kzvol.duckdb")
    with running_dashboard(db, tmp_path_factory.mktemp("log")) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium driven by Playwright (never `playwright install`)."""
    require_chromium()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()

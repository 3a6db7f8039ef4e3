"""Shared pytest set-up: the hypothesis profiles of the property tests (tests/test_properties_*.py).

- "ci" (default): derandomized, so CI runs the same generated inputs every time (no flaky red from a new
  random draw; the counts in README "Guarantees" are exact); example counts tuned so that all property
  tests together take under 60 s on the 2-CPU machine.
- "long": `pytest tests/test_properties_*.py --hypothesis-profile=long`: random inputs, 20× the examples,
  for a search before a release or after a change to the extractor, reader, guard or curated rules.

Each test asks for `examples(n)`: n inputs under "ci", 20 n under "long".
"""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, settings

# No "explain" phase: it reruns a failing case many times to point at lines, which took 45 s per failure.
_PHASES = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink]
_COMMON = dict(deadline=None, phases=_PHASES, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                     HealthCheck.function_scoped_fixture])
settings.register_profile("ci", max_examples=100, derandomize=True, print_blob=True, **_COMMON)
settings.register_profile("long", max_examples=2000, derandomize=False, print_blob=True, **_COMMON)
settings.load_profile("ci")

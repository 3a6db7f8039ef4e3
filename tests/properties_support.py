"""Helpers of the property tests: the example count of the active hypothesis profile (tests/conftest.py)."""

from __future__ import annotations

from hypothesis import settings


def examples(n: int) -> int:
    """n examples under the "ci" profile (max_examples 100), scaled with the active profile's max_examples."""
    return max(1, n * settings().max_examples // 100)

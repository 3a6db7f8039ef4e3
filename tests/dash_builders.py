"""Tiny builders of synthetic databases for the dashboard tests (owid/etl style `_make_*` helpers).

`realistic_db(path)` mirrors the figures the bundled articles contain (volunteers 50,000 in 2020 →
300,000 in 2026, organizations 755 → 800+, a stated "almost four times", blood figures), so tests and
screenshots see the same shapes as the real data without depending on the extractor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from loaders.db import write_database

ARTICLE_A = (
    "В 2020 году в Казахстане насчитывалось 50 тыс. волонтеров. На 13 декабря 2024 года их 275 тыс., "
    "а волонтёрских организаций — 755.\n"
    "Ежегодно в стране 250 тыс. доноров сдают кровь."
)
ARTICLE_B = (
    "Если в 2020 году в Казахстане насчитывалось 50 тыс. волонтеров, то сегодня их уже 300 тыс. "
    "Почти в четыре раза увеличилось и количество организаций. Сейчас их более 800.\n"
    "<script>alert('x')</script> и [ссылка](http://example.com) остаются текстом."
)


def make_source(source_id: str, text: str, **overrides: Any) -> dict[str, Any]:
    row = {
        "source_id": source_id,
        "file": f"{source_id}.txt",
        "sha256": "0" * 64,
        "title": f"Article {source_id}",
        "outlet": "Kazinform",
        "url": None,
        "lang": "ru",
        "published": "2024-12-13",
        "date_basis": "text",
        "n_chars": len(text),
        "n_figures": 0,
        "text": text,
    }
    row.update(overrides)
    return row


def make_obs(obs_id: int, source_id: str, metric_id: str | None, value: float, **overrides: Any) -> dict[str, Any]:
    row = {
        "obs_id": obs_id,
        "source_id": source_id,
        "file": f"{source_id}.txt",
        "metric_id": metric_id,
        "value": value,
        "qualifier": "exact",
        "unit": "persons",
        "period_start": "2024-12-13",
        "period_end": "2024-12-13",
        "period_kind": "as_of",
        "period_basis": "publication",
        "area": "KZ",
        "quote": "",
        "span_start": None,
        "span_end": None,
        "figure_text": None,
        "lang": "ru",
        "method": "rule",
        "status": "accepted" if metric_id else "candidate",
        "status_reason": None,
        "duplicate_of": None,
        "extractor_version": "test",
    }
    row.update(overrides)
    return row


def _span(text: str, needle: str) -> dict[str, Any]:
    start = text.index(needle)
    return {"span_start": start, "span_end": start + len(needle), "figure_text": needle}


def realistic_rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Sources and observations shaped like the real data."""
    q_a1 = "В 2020 году в Казахстане насчитывалось 50 тыс. волонтеров."
    q_a2 = "На 13 декабря 2024 года их 275 тыс., а волонтёрских организаций — 755."
    q_b1 = "Если в 2020 году в Казахстане насчитывалось 50 тыс. волонтеров, то сегодня их уже 300 тыс."
    q_b2 = "Почти в четыре раза увеличилось и количество организаций."
    q_b3 = "Сейчас их более 800."
    sources = [
        make_source("a", ARTICLE_A, outlet="Kazinform", published="2024-12-13", title="Волонтёры: итоги года"),
        make_source(
            "b",
            ARTICLE_B,
            outlet="Zakon.kz",
            published="2026-01-30",
            date_basis="inferred",
            title="Токаев о волонтёрах",
        ),
    ]
    year2020 = {
        "period_start": "2020-01-01",
        "period_end": "2020-12-31",
        "period_kind": "year",
        "period_basis": "explicit",
    }
    obs = [
        make_obs(1, "a", "volunteers_total", 50_000, quote=q_a1, **year2020, **_span(ARTICLE_A, "50 тыс.")),
        make_obs(2, "a", "volunteers_total", 275_000, quote=q_a2, **_span(ARTICLE_A, "275 тыс.")),
        make_obs(
            3,
            "a",
            "volunteer_organizations",
            755,
            unit="organizations",
            quote=q_a2,
            **_span(ARTICLE_A, "755"),
        ),
        make_obs(
            4,
            "a",
            "blood_donors_per_year",
            250_000,
            quote="Ежегодно в стране 250 тыс. доноров сдают кровь.",
            period_start="2023-01-01",
            period_end="2023-12-31",
            period_kind="annual",
            **_span(ARTICLE_A, "250 тыс."),
        ),
        # Second source for the 2020 point: same value, another outlet and date.
        make_obs(5, "b", "volunteers_total", 50_000, quote=q_b1, **year2020, **_span(ARTICLE_B, "50 тыс.")),
        make_obs(
            6,
            "b",
            "volunteers_total",
            300_000,
            quote=q_b1,
            period_start="2026-01-30",
            period_end="2026-01-30",
            **_span(ARTICLE_B, "300 тыс."),
        ),
        make_obs(
            7,
            "b",
            "volunteer_organizations",
            4,
            unit="ratio",
            qualifier="almost",
            quote=q_b2,
            period_start="2020-01-01",
            period_end="2026-01-30",
            period_kind="range",
            **_span(ARTICLE_B, "Почти в четыре раза"),
        ),
        make_obs(
            8,
            "b",
            "volunteer_organizations",
            800,
            unit="organizations",
            qualifier="at_least",
            quote=q_b3,
            period_start="2026-01-30",
            period_end="2026-01-30",
            **_span(ARTICLE_B, "более 800"),
        ),
        make_obs(9, "b", None, 2020, status="rejected", status_reason="a year, not a figure", quote=q_b1),
    ]
    return sources, obs


def realistic_db(path: Path) -> Path:
    """Write the realistic synthetic database to `path`."""
    sources, obs = realistic_rows()
    return write_database(Path(path), sources, obs)

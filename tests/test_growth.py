"""Growth maths on hand-checked numbers (metrics/growth.py) and the formatting the KPIs rely on."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest

from metrics import growth, i18n, state

# 2020-12-31 → 2026-01-30: five years 2021..2025 = 5 × 365 + 1 leap day (2024) = 1826 days, plus 30 days
# of January 2026 = 1856 days = 5.0815 years of 365.25 days.
# CAGR = 6 ** (1 / 5.0815) − 1 = exp(ln 6 / 5.0815) − 1 = exp(1.791759 / 5.081451) − 1 = exp(0.352607) − 1
#      = 0.42277 (+42.3 % a year).
EXPECTED_DAYS = 1856
EXPECTED_CAGR = 0.42277


def _series(*points: tuple[str, float, str]) -> pd.DataFrame:
    """Rows of the `series` view for volunteers_total: (period_end, value, qualifier)."""
    return pd.DataFrame(
        {
            "metric_id": "volunteers_total",
            "area": "KZ",
            "period_start": [pd.Timestamp(d) for d, _, _ in points],
            "period_end": [pd.Timestamp(d) for d, _, _ in points],
            "value": [v for _, v, _ in points],
            "qualifier": [q for _, _, q in points],
        }
    )


def test_x_fold_and_cagr_from_exact_day_count() -> None:
    g = growth.growth_between(50_000, "2020-12-31", "exact", 300_000, "2026-01-30", "exact")
    assert (g.end_date - g.start_date).days == EXPECTED_DAYS
    assert g.years == pytest.approx(EXPECTED_DAYS / 365.25)
    assert g.x_fold == 6.0
    assert g.abs_change == 250_000
    assert g.pct_change == pytest.approx(5.0)
    assert g.cagr == pytest.approx(EXPECTED_CAGR, abs=1e-5)
    assert g.qualifier == "exact"


def test_cagr_over_413_days() -> None:
    # 275,000 on 2024-12-13 → 300,000 on 2026-01-30: 413 days; (300/275) ** (365.25/413) − 1 = 0.07999.
    assert growth.cagr(275_000, 300_000, dt.date(2024, 12, 13), dt.date(2026, 1, 30)) == pytest.approx(
        0.07999, abs=1e-5
    )


def test_cagr_over_one_calendar_year_uses_365_of_365_25_days() -> None:
    # 2021 has 365 days = 0.99932 years, so +10 % in it is slightly more than 10 % a year.
    assert growth.years_between("2021-01-01", "2022-01-01") == pytest.approx(365 / 365.25)
    assert growth.cagr(100, 110, "2021-01-01", "2022-01-01") == pytest.approx(1.1 ** (365.25 / 365) - 1)


@pytest.mark.parametrize(
    ("v0", "v1", "d0", "d1"),
    [(0, 10, "2020-01-01", "2021-01-01"), (10, 0, "2020-01-01", "2021-01-01"), (10, 20, "2021-01-01", "2021-01-01")],
)
def test_cagr_undefined_cases_return_none(v0: float, v1: float, d0: str, d1: str) -> None:
    assert growth.cagr(v0, v1, d0, d1) is None


def test_zero_start_gives_no_ratio() -> None:
    assert growth.x_fold(0, 5) is None
    assert growth.pct_change(0, 5) is None


def test_index_to_first_is_100_then_proportional() -> None:
    out = growth.index_to_first(pd.Series([50_000.0, 275_000.0, 300_000.0]))
    assert out.tolist() == [100.0, 550.0, 600.0]


def test_index_with_zero_first_is_nan() -> None:
    assert growth.index_to_first(pd.Series([0.0, 5.0])).isna().all()


def test_add_index_column_per_metric() -> None:
    df = pd.concat(
        [
            _series(("2020-12-31", 50_000, "exact"), ("2026-01-30", 300_000, "exact")),
            _series(("2024-12-13", 755, "exact"), ("2026-01-30", 800, "at_least")).assign(
                metric_id="volunteer_organizations"
            ),
        ]
    )
    out = growth.add_index_column(df).set_index(["metric_id", "value"])["index_value"]
    assert out[("volunteers_total", 300_000)] == 600.0
    assert out[("volunteer_organizations", 800)] == pytest.approx(800 / 755 * 100)


@pytest.mark.parametrize(
    ("q0", "q1", "expected"),
    [
        ("exact", "exact", "exact"),
        ("exact", "at_least", "at_least"),  # 755 → "more than 800": grew at least ×1.06
        ("exact", "at_most", "at_most"),
        ("exact", "almost", "at_most"),
        ("at_least", "exact", "at_most"),  # a bigger start only shrinks the ratio
        ("approx", "exact", "approx"),
        ("at_most", "at_least", "at_least"),  # both bounds pull the same way: still a bound
        ("at_least", "at_most", "at_most"),
        ("at_least", "at_least", "undetermined"),  # "more than" at both ends: could be anything
        ("almost", "at_most", "undetermined"),
        ("approx", "at_least", "approx"),
    ],
)
def test_combine_qualifier(q0: str, q1: str, expected: str) -> None:
    assert growth.combine_qualifier(q0, q1) == expected


def test_kpi_latest_previous_and_since_first() -> None:
    k = growth.kpi(
        _series(("2020-12-31", 50_000, "exact"), ("2024-12-13", 275_000, "exact"), ("2026-01-30", 300_000, "exact"))
    )
    assert k is not None
    assert k.latest_value == 300_000 and k.latest_date == dt.date(2026, 1, 30) and k.n_points == 3
    assert k.previous.abs_change == 25_000
    assert k.previous.pct_change == pytest.approx(25_000 / 275_000)
    assert k.since_first.x_fold == 6.0
    assert k.since_first.cagr == pytest.approx(EXPECTED_CAGR, abs=1e-5)


def test_kpi_single_point_and_empty() -> None:
    k = growth.kpi(_series(("2026-01-30", 800, "at_least")))
    assert k.previous is None and k.since_first is None and k.latest_qualifier == "at_least"
    assert growth.kpi(_series()) is None


def test_stated_multiple_without_start_figure_gives_implied_start() -> None:
    series = _series(("2024-12-13", 755, "exact"), ("2026-01-30", 800, "at_least")).assign(
        metric_id="volunteer_organizations"
    )
    ratios = pd.DataFrame(
        [
            dict(
                metric_id="volunteer_organizations",
                area="KZ",
                value=4.0,
                qualifier="almost",
                period_start=pd.Timestamp("2020-01-01"),
                period_end=pd.Timestamp("2026-01-30"),
                quote="Почти в четыре раза",
                outlet="Zakon.kz",
            )
        ]
    )
    (sm,) = growth.stated_multiples(ratios, series)
    assert sm.stated == 4 and sm.stated_qualifier == "almost"
    assert sm.end_value == 800 and sm.computed is None
    assert sm.implied_start == 200


def test_stated_multiple_with_both_ends_computes_it() -> None:
    series = pd.concat(
        [
            _series(("2026-01-30", 300_000, "exact")),
            pd.DataFrame(
                [
                    dict(
                        metric_id="volunteers_total",
                        area="KZ",
                        period_start=pd.Timestamp("2020-01-01"),
                        period_end=pd.Timestamp("2020-12-31"),
                        value=50_000.0,
                        qualifier="exact",
                    )
                ]
            ),
        ]
    )
    ratios = pd.DataFrame(
        [
            dict(
                metric_id="volunteers_total",
                area="KZ",
                value=6.0,
                qualifier="exact",
                period_start=pd.Timestamp("2020-01-01"),
                period_end=pd.Timestamp("2026-01-30"),
                quote="в шесть раз",
                outlet="X",
            )
        ]
    )
    (sm,) = growth.stated_multiples(ratios, series)
    assert sm.start_value == 50_000 and sm.end_value == 300_000
    assert sm.computed == 6.0 and sm.computed_qualifier == "exact"


# --- formatting used by the KPI cards and hovers -------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"), [("en", "275,000"), ("ru", f"275{i18n.NBSP}000"), ("kk", f"275{i18n.NBSP}000")]
)
def test_fmt_number_thousands(lang: str, expected: str) -> None:
    assert i18n.fmt_number(275_000, lang) == expected


def test_fmt_value_qualifiers() -> None:
    assert i18n.fmt_value(800, "at_least", "en") == "800+"
    assert i18n.fmt_value(800, "at_most", "en") == "≤800"
    assert i18n.fmt_value(800, "approx", "en") == "~800"
    assert i18n.fmt_value(4, "almost", "ru") == "почти 4"
    assert i18n.fmt_number(6.2e9, "ru") == "6,2\u00a0млрд"  # CLDR: a no-break space before the word


def test_fmt_percent_and_dates() -> None:
    assert i18n.fmt_percent(EXPECTED_CAGR, "en") == "+42.3%"
    assert i18n.fmt_percent(EXPECTED_CAGR, "ru") == "+42,3\u00a0%"  # CLDR ru: "42,3 %"
    assert i18n.fmt_percent(EXPECTED_CAGR, "kk") == "+42,3%"
    assert i18n.fmt_date("2024-12-13", "en") == "13 Dec 2024"
    assert i18n.fmt_date("2024-12-13", "kk") == "13.12.2024"
    assert i18n.fmt_period("2020-01-01", "2020-12-31", "year", "en") == "2020"
    assert i18n.fmt_number(float("nan"), "en") == "–" and math.isnan(float("nan"))


# --- URL parameters ------------------------------------------------------------------------------------

METRICS = ["volunteers_total", "volunteer_organizations", "blood_donors_per_year"]


def test_params_valid_roundtrip() -> None:
    params = {"page": "explore", "lang": "kk", "metrics": "blood_donors_per_year", "area": "KZ", "scale": "log"}
    view, notices = state.parse_params(params, metrics_available=METRICS, areas_available=["KZ"])
    assert notices == []
    assert state.to_params(view) == params


def test_params_invalid_fall_back_with_notices() -> None:
    params = {"page": "nope", "lang": "fr", "metrics": "volunteers_total,bogus", "scale": "3d", "area": "Mars"}
    view, notices = state.parse_params(params, metrics_available=METRICS, areas_available=["KZ"])
    assert (view.page, view.lang, view.scale, view.area) == ("overview", "en", "linear", "KZ")
    assert view.metrics == ["volunteers_total"]  # the valid part of the list is kept
    assert {n.name for n in notices} == {"page", "lang", "metrics", "scale", "area"}


def test_params_all_metrics_invalid_use_defaults() -> None:
    view, notices = state.parse_params({"metrics": ",,x"}, metrics_available=METRICS, areas_available=["KZ"])
    assert view.metrics == ["volunteers_total", "volunteer_organizations"]
    assert [n.name for n in notices] == ["metrics"]


def test_a_missing_date_in_a_pandas_column_formats_as_missing() -> None:
    import pandas as pd

    from metrics.i18n import fmt_date, to_date

    assert to_date(pd.NaT) is None
    assert to_date(pd.Series([pd.NaT], dtype="datetime64[ns]").iloc[0]) is None
    assert fmt_date(pd.NaT, "en") == fmt_date(None, "en")


# Issue 11, Deliver 2: metric kinds


@pytest.mark.parametrize(
    ("metric_kind", "period_kind", "expected"),
    [("stock", "as_of", "level"), ("stock", "year", "level"), ("flow", "annual", "flow"), ("flow", "ytd", "flow"),
     ("flow", "year", "flow"), ("flow", "as_of", "cumulative")],
)
def test_figure_kind(metric_kind: str, period_kind: str, expected: str) -> None:
    assert growth.figure_kind(metric_kind, period_kind) == expected


def test_a_running_total_and_a_yearly_count_never_make_a_growth() -> None:
    assert growth.growth_refusal("cumulative", "flow") == "growth_refused_kinds"
    assert growth.growth_refusal("flow", "flow") is None
    points = pd.DataFrame({
        "metric_id": ["marathon_participants"] * 2, "area": ["KZ"] * 2,
        "period_start": pd.to_datetime(["2022-08-19", "2024-01-01"]),
        "period_end": pd.to_datetime(["2022-08-19", "2024-12-13"]), "period_kind": ["as_of", "ytd"],
        "value": [3_000_000.0, 50_000.0], "qualifier": ["at_least", "approx"],
    })
    k = growth.kpi(growth.with_kinds(points, {"marathon_participants": "flow"}))
    assert k is not None and k.previous is None and k.since_first is None  # no "−98 %" collapse

"""Growth maths between figures: absolute and % change, x-fold, CAGR over exact day counts, index = 100.

Plain functions over numbers, dates and DataFrames, independent of Streamlit, so they can be checked by
hand in tests. A bound ("more than 800") makes any growth computed from it a bound too; `combine_qualifier`
carries that through, so the dashboard never shows a computed multiple as more exact than its inputs.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import pandas as pd

from metrics.i18n import to_date

# Mean length of a Gregorian year: CAGR exponents use exact day counts divided by this.
DAYS_PER_YEAR = 365.25


def abs_change(v0: float, v1: float) -> float:
    return v1 - v0


def pct_change(v0: float, v1: float) -> float | None:
    """Relative change as a fraction (0.5 = +50 %); None when the start is zero."""
    return None if v0 == 0 else v1 / v0 - 1


def x_fold(v0: float, v1: float) -> float | None:
    """How many times the end value is the start value; None when the start is zero."""
    return None if v0 == 0 else v1 / v0


def years_between(d0: object, d1: object) -> float:
    """Exact number of days between two dates divided by 365.25."""
    a, b = to_date(d0), to_date(d1)
    if a is None or b is None:
        raise ValueError("both dates are needed")
    return (b - a).days / DAYS_PER_YEAR


def cagr(v0: float, v1: float, d0: object, d1: object) -> float | None:
    """Compound annual growth rate between (d0, v0) and (d1, v1), as a fraction.

    None when it is undefined: non-positive values or dates less than a day apart.
    """
    years = years_between(d0, d1)
    if v0 <= 0 or v1 <= 0 or years <= 0:
        return None
    return math.exp(math.log(v1 / v0) / years) - 1


UNDETERMINED = "undetermined"


def combine_qualifier(q_start: str | None, q_end: str | None) -> str:
    """Qualifier of a growth from start to end (change, ratio, CAGR) given the qualifiers of both figures.

    A bound at either end makes the growth a bound: a lower bound on the end ("more than 800") or an upper
    bound on the start raises the true growth, so the computed one is "at least"; the opposite directions
    make it "at most". "almost" means just under the stated number, so it acts as an upper bound. When the
    two bounds pull in opposite directions (both "more than …", say), nothing can be said: UNDETERMINED.
    An approximate figure at either end makes the growth approximate.
    """
    q0, q1 = q_start or "exact", q_end or "exact"
    if q0 == "exact" and q1 == "exact":
        return "exact"
    if "approx" in (q0, q1) or not {q0, q1} <= {"exact", "at_least", "at_most", "almost"}:
        return "approx"
    # +1: the true growth is at least the computed one; -1: at most.
    pulls = {+1 if q1 == "at_least" else -1 if q1 in ("at_most", "almost") else 0,
             -1 if q0 == "at_least" else +1 if q0 in ("at_most", "almost") else 0} - {0}
    if len(pulls) == 2:
        return UNDETERMINED
    return "at_least" if pulls == {+1} else "at_most"


# What a figure measures, from its metric's kind (catalog: stock or flow) and its period:
# a level on a day, a count over a period (a year, a year to date), or a running total since some start.
FIGURE_KINDS: tuple[str, ...] = ("level", "flow", "cumulative")


def figure_kind(metric_kind: str | None, period_kind: str | None) -> str:
    """ "level" for a stock; for a flow, "flow" when it counts a period (year, annual, ytd, month, range)
    and "cumulative" when it is a total as of a day ("brought together more than 3 million" since the
    start)."""
    if metric_kind != "flow":
        return "level"
    return "cumulative" if period_kind in (None, "as_of", "day") else "flow"


def with_kinds(points: pd.DataFrame, metric_kinds: dict[str, str]) -> pd.DataFrame:
    """`points` with a figure_kind column (see figure_kind)."""
    if points.empty:
        return points.assign(figure_kind=pd.Series(dtype=object))
    kinds = [
        figure_kind(metric_kinds.get(m), p) for m, p in zip(points["metric_id"], points["period_kind"], strict=True)
    ]
    return points.assign(figure_kind=kinds)


def growth_refusal(kind_start: str, kind_end: str) -> str | None:
    """Why no growth may be computed between two figures (None when it may): a running total and a count
    over one period measure different things, so their ratio is no growth at all."""
    if kind_start != kind_end:
        return "growth_refused_kinds"
    return None


@dataclass(frozen=True)
class Growth:
    """Growth from one figure to another."""

    start_date: dt.date
    end_date: dt.date
    start_value: float
    end_value: float
    years: float
    abs_change: float
    pct_change: float | None
    x_fold: float | None
    cagr: float | None
    qualifier: str  # qualifier of the derived numbers, from combine_qualifier


def growth_between(v0: float, d0: object, q0: str | None, v1: float, d1: object, q1: str | None) -> Growth:
    """All growth measures between two figures."""
    return Growth(
        start_date=to_date(d0),
        end_date=to_date(d1),
        start_value=v0,
        end_value=v1,
        years=years_between(d0, d1),
        abs_change=abs_change(v0, v1),
        pct_change=pct_change(v0, v1),
        x_fold=x_fold(v0, v1),
        cagr=cagr(v0, v1, d0, d1),
        qualifier=combine_qualifier(q0, q1),
    )


def index_to_first(values: pd.Series) -> pd.Series:
    """Values rescaled so that the first one is 100 (NaN everywhere when the first is 0 or missing)."""
    if values.empty:
        return values.astype(float)
    first = values.iloc[0]
    if first is None or pd.isna(first) or first == 0:
        return pd.Series(float("nan"), index=values.index)
    return values.astype(float) / float(first) * 100.0


def add_index_column(
    points: pd.DataFrame, value_col: str = "value", out_col: str = "index_value"
) -> pd.DataFrame:
    """Add an index (first figure of each metric and area = 100), ordering by period_end."""
    out = points.sort_values(["metric_id", "area", "period_end"]).copy()
    out[out_col] = out.groupby(["metric_id", "area"], sort=False)[value_col].transform(index_to_first)
    return out


@dataclass(frozen=True)
class Kpi:
    """Headline numbers of one metric: latest figure, change from the previous one, growth since the first."""

    metric_id: str
    latest_value: float
    latest_qualifier: str
    latest_date: dt.date
    n_points: int
    previous: Growth | None  # from the previous figure to the latest
    since_first: Growth | None  # from the first figure to the latest


def kpi(points: pd.DataFrame) -> Kpi | None:
    """KPI of one metric/area series (rows of the `series` view); None when there is no row."""
    if points.empty:
        return None
    pts = points.sort_values("period_end").reset_index(drop=True)
    last = pts.iloc[-1]
    if "figure_kind" in pts.columns:  # growth only between figures of one kind (see growth_refusal)
        pts = pts[pts["figure_kind"] == last["figure_kind"]].reset_index(drop=True)

    def grow(row: pd.Series) -> Growth:
        return growth_between(
            row["value"],
            row["period_end"],
            row["qualifier"],
            last["value"],
            last["period_end"],
            last["qualifier"],
        )

    return Kpi(
        metric_id=str(last["metric_id"]),
        latest_value=float(last["value"]),
        latest_qualifier=str(last["qualifier"] or "exact"),
        latest_date=to_date(last["period_end"]),
        n_points=len(pts),
        previous=grow(pts.iloc[-2]) if len(pts) >= 2 else None,
        since_first=grow(pts.iloc[0]) if len(pts) >= 2 else None,
    )


@dataclass(frozen=True)
class StatedMultiple:
    """A multiple stated in an article ("почти в четыре раза") next to what the figures give."""

    metric_id: str
    area: str
    stated: float
    stated_qualifier: str
    start_date: dt.date | None
    end_date: dt.date
    end_value: float | None
    end_qualifier: str | None
    start_value: float | None
    start_qualifier: str | None
    computed: float | None  # end/start when both figures exist
    computed_qualifier: str | None
    implied_start: float | None  # end/stated when only the end exists
    quote: str
    outlet: str | None


def _point_for(points: pd.DataFrame, day: dt.date | None, *, start: bool) -> pd.Series | None:
    """The series point a ratio's end refers to: same period end, else one covering that date.

    For the start of a ratio ("if in 2020 there were …") the article usually names a year, so a point whose
    period contains the date, or ends in the same year, counts.
    """
    if day is None or points.empty:
        return None
    ends = points["period_end"].map(to_date)
    starts = points["period_start"].map(to_date)
    exact = points[ends == day]
    if not exact.empty:
        return exact.iloc[-1]
    covering = points[(starts <= day) & (ends >= day)]
    if not covering.empty:
        return covering.iloc[-1]
    if start:
        same_year = points[ends.map(lambda d: d is not None and d.year == day.year)]
        if not same_year.empty:
            return same_year.iloc[0]
    return None


def stated_multiples(ratios: pd.DataFrame, series: pd.DataFrame) -> list[StatedMultiple]:
    """Compare ratio rows (unit 'ratio') with the multiple computed from the metric's own figures."""
    out: list[StatedMultiple] = []
    for _, r in ratios.iterrows():
        pts = series[(series["metric_id"] == r["metric_id"]) & (series["area"] == r["area"])]
        end = _point_for(pts, to_date(r["period_end"]), start=False)
        begin = _point_for(pts, to_date(r["period_start"]), start=True)
        if (
            begin is not None
            and end is not None
            and to_date(begin["period_end"]) >= to_date(end["period_end"])
        ):
            begin = None  # a "start" at or after the end would be a degenerate comparison
        computed = x_fold(begin["value"], end["value"]) if begin is not None and end is not None else None
        out.append(
            StatedMultiple(
                metric_id=str(r["metric_id"]),
                area=str(r["area"]),
                stated=float(r["value"]),
                stated_qualifier=str(r["qualifier"] or "exact"),
                start_date=to_date(r["period_start"]),
                end_date=to_date(r["period_end"]),
                end_value=None if end is None else float(end["value"]),
                end_qualifier=None if end is None else str(end["qualifier"]),
                start_value=None if begin is None else float(begin["value"]),
                start_qualifier=None if begin is None else str(begin["qualifier"]),
                computed=computed,
                computed_qualifier=None
                if computed is None
                else combine_qualifier(begin["qualifier"], end["qualifier"]),
                implied_start=(
                    float(end["value"]) / float(r["value"])
                    if end is not None and begin is None and r["value"]
                    else None
                ),
                quote=str(r.get("quote") or ""),
                outlet=r.get("outlet"),
            )
        )
    return out

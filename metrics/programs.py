"""Programs and campaigns in the database (observations.program): the data behind the Programs page."""

from __future__ import annotations

import re

import pandas as pd

from metrics.review import Database


def program_figures(db: Database) -> pd.DataFrame:
    """Accepted figures tied to a program, in the metric's own unit, with their article, oldest first."""
    return db.query(
        "SELECT o.program, o.metric_id, o.value, o.qualifier, o.unit, o.area, o.period_start, o.period_end, "
        "o.period_kind, o.quote, o.obs_id, s.source_id, s.title, s.outlet, s.url, s.published "
        "FROM observations o JOIN metrics m USING (metric_id) LEFT JOIN sources s USING (source_id) "
        "WHERE o.program IS NOT NULL AND o.status = 'accepted' AND o.unit = m.unit "
        "ORDER BY o.program, o.metric_id, o.period_end, o.obs_id")


def latest_per_metric(figs: pd.DataFrame) -> pd.DataFrame:
    """The most recent figure of each program and metric (national figures before regional ones)."""
    if figs.empty:
        return figs
    ordered = figs.assign(_kz=figs["area"] == "KZ").sort_values(["program", "metric_id", "period_end", "_kz"])
    return ordered.groupby(["program", "metric_id"], as_index=False).tail(1).drop(columns="_kz")


def chart_points(figs: pd.DataFrame) -> pd.DataFrame:
    """The points of one program's small chart of one metric, in the shape of the `series` view (what
    metrics.figures.series_chart draws): the national figures, or those of the area with most figures when
    there is none; one figure per period, the most recently published (then the latest found)."""
    if figs.empty:
        return figs
    areas = figs["area"].value_counts()
    area = "KZ" if "KZ" in areas.index else str(areas.index[0])
    pts = figs[figs["area"] == area].sort_values(["published", "obs_id"], na_position="first")
    pts = pts.groupby(["metric_id", "period_start", "period_end"], dropna=False, as_index=False).tail(1)
    return pts.sort_values("period_end").assign(n_sources=1).reset_index(drop=True)


def program_sources(db: Database, program: str) -> pd.DataFrame:
    """Articles with at least one figure of the program (any status)."""
    return db.query(
        "SELECT s.source_id, s.title, s.outlet, s.url, s.published, count(*) AS n_figures FROM observations o "
        "JOIN sources s USING (source_id) WHERE o.program = ? AND o.status <> 'rejected' "
        "GROUP BY ALL ORDER BY s.published DESC NULLS LAST, s.title", [program])


_QUOTES = re.compile(r"[«»\"“”„‘’']")


def _bare(text: str) -> str:
    return " ".join(_QUOTES.sub(" ", text).split()).casefold()


def chart_title(program_label: str, metric_label: str) -> str:
    """A small chart's title that names the program once: the metric's own label when it already names the
    program ("«Марафон добрых дел»: добрые дела"), else "<program>: <metric>" ("Birgemiz: Volunteers").
    A program label's gloss in brackets ("Birgemiz («Біргеміз»)") counts as the same name."""
    metric = _bare(metric_label)
    names = {_bare(program_label), _bare(program_label.split(" (")[0])}
    if any(name and name in metric for name in names):
        return metric_label
    return f"{program_label}: {metric_label}"

"""Figure builders (metrics/figures.py): provenance inside the layout, qualifier symbols, hover, CSV rows."""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd
import pytest
from dash_builders import realistic_db

from metrics import data, export, figures

ORDER = ("volunteers_total", "volunteer_organizations")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> data.ReadOnlyDatabase:
    handle = data.ReadOnlyDatabase(realistic_db(tmp_path_factory.mktemp("fig") / "kzvol.duckdb"))
    yield handle
    handle.close()


@pytest.fixture(scope="module")
def series(db: data.ReadOnlyDatabase) -> pd.DataFrame:
    return data.load_series(db)


@pytest.fixture(scope="module")
def catalog(db: data.ReadOnlyDatabase) -> pd.DataFrame:
    return data.load_catalog(db)


def _chart(series: pd.DataFrame, catalog: pd.DataFrame, lang: str = "en", **kwargs: object) -> figures.Chart:
    selected = series[series["metric_id"].isin(ORDER)]
    return figures.series_chart(selected, catalog, lang, order=ORDER, **kwargs)


def _annotations_text(chart: figures.Chart) -> str:
    return " ".join(a.text for a in chart.figure.layout.annotations)


def test_title_subtitle_source_and_as_of_are_in_the_layout(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    chart = _chart(series, catalog, title="Volunteers and volunteer organizations")
    layout = chart.figure.layout
    assert "Volunteers and volunteer organizations" in layout.title.text
    assert layout.title.subtitle.text == "people, organizations · Kazakhstan"
    source = _annotations_text(chart)
    assert "Kazinform (13 Dec 2024)" in source and "Zakon.kz (30 Jan 2026)" in source
    assert "As of 30 Jan 2026" in source
    assert chart.as_of == "2026-01-30"
    assert chart.filename == "volunteers_total-volunteer_organizations_2026-01-30"


def test_layout_is_localized(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    chart = _chart(series, catalog, lang="ru")
    assert "Волонтёры в Казахстане" in chart.figure.layout.title.text
    assert "По состоянию на 30.01.2026" in _annotations_text(chart)
    assert chart.figure.layout.separators == ", "
    assert "volunteers_total" not in chart.figure.layout.title.text  # no raw ids where a label exists


def test_marker_symbol_per_qualifier(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    fig = _chart(series, catalog).figure
    markers = {
        (tr.meta["metric_id"], tr.meta["qualifier"]): tr.marker.symbol
        for tr in fig.data
        if tr.meta and tr.meta.get("role") == "chosen"
    }
    assert markers[("volunteer_organizations", "exact")] == "circle"
    assert markers[("volunteer_organizations", "at_least")] == "triangle-up"  # "более 800"
    assert markers[("volunteers_total", "exact")] == "circle"
    assert len(set(figures.QUALIFIER_SYMBOLS.values())) == len(figures.QUALIFIER_SYMBOLS)


def test_legend_explains_the_symbols(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    fig = _chart(series, catalog).figure
    legend = {tr.name: tr.marker.symbol for tr in fig.data if tr.meta and tr.meta.get("role") == "legend"}
    assert legend["exact"] == "circle"
    assert legend["at least"] == "triangle-up"
    assert legend["Other sources for the same point"] == figures.OTHER_SOURCE_SYMBOL
    names = [tr.name for tr in fig.data if tr.showlegend is not False]
    assert "Volunteers in Kazakhstan (level on a date)" in names
    assert "Volunteer organizations (level on a date)" in names


def test_hover_has_value_qualifier_outlet_date_and_quote(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    fig = _chart(series, catalog).figure
    (orgs,) = [
        tr for tr in fig.data if tr.meta and tr.meta.get("role") == "chosen" and tr.meta["qualifier"] == "at_least"
    ]
    hover = orgs.customdata[0]
    assert "800+ organizations (at least)" in hover
    assert "Zakon.kz, 30 Jan 2026" in hover
    assert "Сейчас их более 800." in hover
    assert orgs.hovertemplate == "%{customdata}<extra></extra>"


def test_point_with_two_sources_lists_both_and_marks_the_other(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    chart = _chart(series, catalog)
    (vol,) = [
        tr
        for tr in chart.figure.data
        if tr.meta and tr.meta.get("role") == "chosen" and tr.meta["metric_id"] == "volunteers_total"
    ]
    first = vol.customdata[0]  # the 2020 point, reported by both articles
    assert "Sources (2)" in first and "Kazinform" in first and "Zakon.kz" in first
    others = [tr for tr in chart.figure.data if tr.meta and tr.meta.get("role") == "other"]
    assert len(others) == 1 and others[0].marker.symbol == figures.OTHER_SOURCE_SYMBOL
    assert "Kazinform" in others[0].customdata[0]
    assert (chart.rows["role"] == "other").sum() == 1


def test_long_quotes_wrap_and_markup_is_escaped() -> None:
    quote = "<b>bold</b> " + "слово " * 40
    wrapped = figures.wrap_html(quote, 30)
    assert "&lt;b&gt;bold&lt;/b&gt;" in wrapped and "<b>" not in wrapped
    assert wrapped.count("<br>") >= 5
    assert all(len(html.unescape(line)) <= 30 for line in wrapped.split("<br>"))


def test_index_mode_starts_each_metric_at_100(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    chart = _chart(series, catalog, index=True, scale="log")
    chosen = chart.rows[chart.rows["role"] == "chosen"]
    firsts = chosen.sort_values("period_end").groupby("metric_id")["plotted_value"].first()
    assert firsts.tolist() == [100.0, 100.0]
    assert chosen.loc[chosen["value"] == 300_000, "plotted_value"].item() == 600.0
    assert chart.figure.layout.yaxis.type == "log"
    assert "Index (first figure = 100)" in chart.figure.layout.title.subtitle.text


def test_metrics_in_different_units_get_stacked_panels(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    fig = _chart(series, catalog).figure
    assert fig.layout.yaxis.title.text == "people" and fig.layout.yaxis2.title.text == "organizations"


def test_csv_rows_are_exactly_the_points_drawn(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    chart = _chart(series, catalog)
    drawn = sum(len(tr.x) for tr in chart.figure.data if tr.meta and tr.meta.get("role") in ("chosen", "other"))
    rows = figures.rows_for_csv(chart)
    assert len(rows) == drawn == 6
    assert list(rows.columns) == figures.DRAWN_COLUMNS
    csv = export.csv_bytes(rows).decode("utf-8-sig")
    assert "Сейчас их более 800." in csv and "2026-01-30" in csv


def test_plotly_config_names_the_png(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    config = figures.plotly_config(_chart(series, catalog))
    assert config["toImageButtonOptions"] == {
        "format": "png",
        "filename": "volunteers_total-volunteer_organizations_2026-01-30",
        "scale": 2,
    }


def test_empty_selection_gives_an_empty_chart(catalog: pd.DataFrame) -> None:
    chart = figures.series_chart(pd.DataFrame(columns=["metric_id"]), catalog, "en")
    assert chart.rows.empty and chart.as_of is None


def test_reload_after_rebuild_closes_and_sees_new_data(tmp_path: Path) -> None:
    from dash_builders import make_obs, make_source

    from loaders.db import write_database

    path = tmp_path / "kzvol.duckdb"
    write_database(path, [make_source("a", "x")], [make_obs(1, "a", "volunteers_total", 10)])
    db = data.ReadOnlyDatabase(path)
    assert data.load_series(db)["value"].tolist() == [10]
    write_database(path, [make_source("a", "x")], [make_obs(1, "a", "volunteers_total", 20)])
    assert data.load_series(db)["value"].tolist() == [20]
    assert db.reloads == 1
    db.close()


@pytest.mark.slow
def test_server_side_png_has_the_same_picture(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    if export.png_unavailable_reason():
        pytest.skip(export.png_unavailable_reason())
    png = export.figure_png(_chart(series, catalog).figure)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


# ---------------------------------------------------------------------------------------------------------
# Issue 11, items 2 and 5: the axis of one point, titles of a region, "as of", wrapping, log ticks, grid
# ---------------------------------------------------------------------------------------------------------


def test_one_point_gets_a_year_axis_not_milliseconds(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    one = series[series["metric_id"] == "blood_donors_per_year"]
    assert len(one) == 1
    xaxis = figures.series_chart(one, catalog, "en").figure.layout.xaxis
    lo, hi = (pd.Timestamp(v) for v in xaxis.range)
    assert (hi - lo).days >= 365 and xaxis.tickformat == "%Y"


def test_title_names_the_area_when_it_is_not_the_country(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    almaty = series[series["metric_id"] == "volunteers_total"].assign(area="Almaty")
    title = figures.series_chart(almaty, catalog, "en").figure.layout.title.text
    assert "in Kazakhstan" not in title and "Almaty" in title
    title_ru = figures.series_chart(almaty, catalog, "ru").figure.layout.title.text
    assert "в Казахстане" not in title_ru and "Алматы" in title_ru


def test_as_of_is_the_latest_source_date(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    later = series[series["metric_id"] == "volunteers_total"].copy()
    later.loc[later["period_end"] == later["period_end"].max(), "published"] = pd.Timestamp("2026-02-02")
    chart = figures.series_chart(later, catalog, "en")
    assert "As of 2 Feb 2026" in _annotations_text(chart) and chart.as_of == "2026-02-02"


def test_a_long_title_and_source_stay_on_one_line_at_1200_px(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    title = "Volunteers, volunteer organizations and the platform's registered users"  # 72 characters
    chart = _chart(series, catalog, title=title)
    assert "<br>" not in chart.figure.layout.title.text
    first_source_line = _annotations_text(chart).split("<br>")[0]
    assert "Kazinform" in first_source_line and "Zakon.kz" in first_source_line
    phone = _chart(series, catalog, title=title, width=figures.PHONE_CHART_WIDTH)
    assert "<br>" in phone.figure.layout.title.text  # a phone wraps it


def test_log_scale_ticks_are_powers_of_ten_over_many_decades(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    wide = series[series["metric_id"].isin(ORDER)].copy()
    wide.loc[(wide["metric_id"] == "volunteers_total") & (wide["value"] == 50_000), "value"] = 50  # 50 … 300,000
    chart = figures.series_chart(wide, catalog, "en", order=ORDER, scale="log")
    yaxes = [chart.figure.layout[k] for k in chart.figure.layout if k.startswith("yaxis")]
    people = next(y for y in yaxes if y.type == "log" and y.title.text == "people")
    assert people.dtick == 1  # almost four decades: powers of ten, not a crowd of 2, 3, 4, …, 9 labels


def test_log_ticks_are_chosen_per_panel(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    """Walk of 2026-12-03: with powers of ten decided over all panels, the organizations panel (755 → 800, inside
    one decade) had no tick at all beside a panel of people spanning decades."""
    wide = series[series["metric_id"].isin(ORDER)].copy()
    wide.loc[(wide["metric_id"] == "volunteers_total") & (wide["value"] == 50_000), "value"] = 50
    chart = figures.series_chart(wide, catalog, "en", order=ORDER, scale="log")
    yaxes = [chart.figure.layout[k] for k in chart.figure.layout if k.startswith("yaxis")]
    organizations = next(y for y in yaxes if y.title.text == "organizations")
    assert organizations.type == "log" and organizations.dtick is None  # Plotly's own ticks: 760, 770, …, 800


def test_legend_names_the_area_like_the_title(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    """Walk of 2026-12-03: the title said "Volunteers · Almaty" but the legend and the hovers still said
    "Volunteers in Kazakhstan" over Almaty's figures."""
    almaty = series[series["metric_id"] == "volunteers_total"].assign(area="Almaty")
    for lang, country, city in (("en", "in Kazakhstan", "Almaty"), ("ru", "в Казахстане", "Алматы")):
        fig = figures.series_chart(almaty, catalog, lang).figure
        names = [tr.name for tr in fig.data if tr.showlegend is not False and (tr.meta or {}).get("role") == "line"]
        hovers = [h for tr in fig.data for h in (tr.customdata or ())]
        assert names and all(country not in n and city in n for n in names), names
        assert hovers and all(country not in h.split("<br>")[0] for h in hovers), hovers[:1]


def test_years_have_grid_lines_at_their_boundaries(series: pd.DataFrame, catalog: pd.DataFrame) -> None:
    xaxis = _chart(series, catalog).figure.layout.xaxis
    assert xaxis.showgrid and xaxis.dtick == "M12" and xaxis.ticklabelmode == "period"

"""AppTest runs of every page of app.py against a synthetic database (KZVOL_DB)."""

from __future__ import annotations

import base64
import json
import sys
import types
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from dash_builders import realistic_db
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")
PAGES = ["overview", "explore", "sources", "data", "sql"]


@pytest.fixture(scope="module")
def db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return realistic_db(tmp_path_factory.mktemp("app") / "kzvol.duckdb")


@pytest.fixture
def app(db_file: Path, monkeypatch: pytest.MonkeyPatch):
    """A factory: app(**query_params) → AppTest that has run once."""
    monkeypatch.setenv("KZVOL_DB", str(db_file))

    def make(**params: str) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        for name, value in params.items():
            at.query_params[name] = value
        return at.run()

    return make


def _charts(at: AppTest) -> dict[str, object]:
    return {el.key: el for el in at.get("plotly_chart")}


def _spec(chart: object) -> dict:
    return json.loads(chart.proto.spec)


def _decode(arr: object) -> list:
    """Plotly sends arrays as base64 typed arrays in the spec (see stack_recipes §3)."""
    if isinstance(arr, dict) and "bdata" in arr:
        return np.frombuffer(base64.b64decode(arr["bdata"]), dtype=arr["dtype"]).tolist()
    return list(arr)


def _plotted_values(chart: object) -> list[float]:
    lines = [tr for tr in _spec(chart)["data"] if (tr.get("meta") or {}).get("role") == "line"]
    return sorted(v for tr in lines for v in _decode(tr["y"]))


def _no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(app, page: str) -> None:
    at = app(page=page)
    _no_errors(at)
    assert at.query_params["page"] == page
    assert at.radio(key="w_page").value == page


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_page_in_every_language(app, lang: str) -> None:
    for page in PAGES:
        at = app(page=page, lang=lang)
        _no_errors(at)


def test_overview_chart_carries_provenance_and_png_name(app) -> None:
    at = app()
    _no_errors(at)
    charts = _charts(at)
    assert "overview_chart" in charts
    assert "Blood donors per year" in [m.label for m in at.metric]  # the blood-donation group
    layout = _spec(charts["overview_chart"])["layout"]
    assert "Volunteers and volunteer organizations" in layout["title"]["text"]
    assert "As of 30 Jan 2026" in " ".join(a["text"] for a in layout["annotations"])
    config = json.loads(charts["overview_chart"].proto.config)
    assert config["toImageButtonOptions"] == {
        "format": "png",
        "filename": "volunteers_total-volunteer_organizations_2026-01-30",
        "scale": 2,
    }
    assert _plotted_values(charts["overview_chart"]) == [755, 800, 50_000, 275_000, 300_000]
    # KPI cards: the bound "more than 800" reads 800+, never a bare 800.
    values = {m.label: m.value for m in at.metric}
    assert values["Volunteer organizations"] == "800+"
    assert values["Volunteers in Kazakhstan"] == "300,000"
    captions = " ".join(c.value for c in at.caption)
    assert "×6 since 2020" in captions and "CAGR +42.3%" in captions
    assert "×1.06 (at least) since 13 Dec 2024" in captions  # derived from "more than 800": a bound too


def test_choosing_a_metric_changes_the_figure_and_the_url(app) -> None:
    at = app(page="explore")
    before = _plotted_values(_charts(at)["explore_chart"])
    at.multiselect(key="w_metrics").set_value(["blood_donors_per_year"]).run()
    _no_errors(at)
    after = _plotted_values(_charts(at)["explore_chart"])
    assert before != after and after == [250_000]
    assert at.query_params["metrics"] == "blood_donors_per_year"


def test_scale_and_index_follow_the_url_both_ways(app) -> None:
    at = app(page="explore", metrics="volunteer_organizations", scale="log", lang="ru")
    _no_errors(at)
    assert at.multiselect(key="w_metrics").value == ["volunteer_organizations"]
    spec = _spec(_charts(at)["explore_chart"])
    assert spec["layout"]["yaxis"]["type"] == "log"
    assert "Волонтёрские организации" in spec["layout"]["title"]["text"]
    at.toggle(key="w_index").set_value(True).run()
    at.radio(key="w_scale").set_value("linear").run()
    assert at.query_params["index"] == "1" and at.query_params["scale"] == "linear"
    assert _plotted_values(_charts(at)["explore_chart"]) == pytest.approx([100, 800 / 755 * 100])


def test_metrics_survive_a_visit_to_another_page(app) -> None:
    at = app(page="explore", metrics="blood_donors_per_year")
    at.radio(key="w_page").set_value("data").run()
    at.radio(key="w_page").set_value("explore").run()
    assert at.multiselect(key="w_metrics").value == ["blood_donors_per_year"]
    assert at.query_params["metrics"] == "blood_donors_per_year"


def test_invalid_params_fall_back_with_a_notice(app) -> None:
    at = app(page="nowhere", lang="de", metrics="bogus", scale="cubic", area="Atlantis", index="maybe")
    assert not at.exception
    assert at.radio(key="w_page").value == "overview"
    assert at.query_params["lang"] == "en" and at.query_params["scale"] == "linear"
    assert at.query_params["metrics"] == "volunteers_total,volunteer_organizations"
    notices = " ".join(w.value for w in at.warning)
    for name in ("page", "lang", "metrics", "scale", "area", "index"):
        assert f"{name}=" in notices


def test_growth_table_between_two_points(app) -> None:
    at = app(page="explore", metrics="volunteers_total")
    table = at.table[0].value
    measures = dict(zip(table.iloc[:, 0], table.iloc[:, 1], strict=True))
    assert measures["Multiple (x-fold)"] == "×6"
    assert measures["CAGR (per year)"] == "+42.3%"
    assert measures["From"] == "2020: 50,000"  # the period as the article puts it, not 31 Dec 2020


def test_stated_multiple_is_shown_against_the_figures(app) -> None:
    at = app(page="explore", metrics="volunteer_organizations")
    _no_errors(at)
    text = " ".join(m.value for m in at.markdown)
    assert "almost ×4" in text.replace("\\", "")
    assert "implied starting value" in text  # mid-sentence, after ";"


def test_language_switch_relabels_the_interface(app) -> None:
    at = app()
    at.selectbox(key="w_lang").set_value("kk").run()
    _no_errors(at)
    assert at.query_params["lang"] == "kk"
    assert "Қазақстандағы волонтерлер" in [m.label for m in at.metric]


def test_sources_page_renders_article_text_as_text(app) -> None:
    at = app(page="sources")
    at.selectbox(key="source_pick").set_value("b").run()
    _no_errors(at)
    bodies = [el.proto.body for el in at.get("html") if not el.proto.body.startswith("<style>")]
    assert len(bodies) == 1
    body = bodies[0]
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in body
    assert "<script>" not in body
    assert "[ссылка](http://example.com)" in body and "<a " not in body
    assert "<mark" in body and "[Volunteer organizations]" in body  # figures are labelled with their metric
    table = at.dataframe[0].value
    assert "30 Jan 2026 (inferred)" in set(table["Published"])


def test_data_page_filters_and_downloads(app) -> None:
    at = app(page="data")
    assert len(at.dataframe[0].value) == 9
    at.button_group(key="d_status").set_value(["rejected"]).run()
    assert len(at.dataframe[0].value) == 1
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download CSV", "Download Parquet"]


class _FakeRejected(Exception):
    pass


def _install_fake_sql(monkeypatch: pytest.MonkeyPatch, mod: types.ModuleType) -> None:
    # Both places matter: once the real module was imported, `from metrics import sql` finds the package
    # attribute before looking at sys.modules.
    import metrics

    monkeypatch.setitem(sys.modules, "metrics.sql", mod)
    monkeypatch.setattr(metrics, "sql", mod, raising=False)


def _fake_sql_module(df: pd.DataFrame | None, error: Exception | None = None) -> types.ModuleType:
    """Stand-in for metrics.sql with the agreed API, so the page is tested independently of it."""
    mod = types.ModuleType("metrics.sql")
    mod.QueryRejected = _FakeRejected

    def run_readonly_query(db_path, sql, *, timeout_s=5.0, max_rows=10_000):
        if error is not None:
            raise error
        return df

    mod.run_readonly_query = run_readonly_query
    return mod


def test_sql_page_shows_truncation_notice(app, monkeypatch: pytest.MonkeyPatch) -> None:
    df = pd.DataFrame({"x": range(3)})
    df.attrs["truncated"] = True
    _install_fake_sql(monkeypatch, _fake_sql_module(df))
    at = app(page="sql")
    at.button(key="sql_run").click().run()
    _no_errors(at)
    assert any("cut at 3 rows" in w.value for w in at.warning), (
        [w.value for w in at.warning],
        [i.value for i in at.info],
        [e.value for e in at.error],
    )
    assert len(at.dataframe[-1].value) == 3


def test_sql_page_shows_a_rejected_query_nicely(app, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_fake_sql(monkeypatch, _fake_sql_module(None, _FakeRejected("only reading")))
    at = app(page="sql")
    at.text_area(key="sql_text").input("DROP TABLE sources").run()
    at.button(key="sql_run").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == ["Query not run: only reading"]


@pytest.mark.parametrize("lang,query,said", [
    ("ru", "DROP TABLE sources", "Запрос не выполнен: Разрешены только запросы на чтение "
                                 "(SELECT, WITH, EXPLAIN, DESCRIBE, SHOW, SUMMARIZE); этот запрос начинается с DROP."),
    ("kk", "selec 1", "Сұрау орындалмады: DuckDB бұл сұрауды талдай алмады. DuckDB хабары: Parser Error: "),
    ("ru", "SELECT 1; SELECT 2", "Запрос не выполнен: За один раз можно выполнить только один оператор; "
                                 "операторов в тексте: 2 (SELECT, SELECT)."),
])
def test_sql_refusals_are_said_in_the_readers_language(app, lang: str, query: str, said: str) -> None:
    pytest.importorskip("metrics.sql")
    at = app(page="sql", lang=lang)
    at.text_area(key="sql_text").input(query).run()
    at.button(key="sql_run").click().run()
    assert not at.exception
    assert [e.value for e in at.error if e.value.startswith(said)], [e.value for e in at.error]


def test_sql_examples_fill_the_text_area(app, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_fake_sql(monkeypatch, _fake_sql_module(pd.DataFrame()))
    at = app(page="sql")
    at.selectbox(key="sql_example").set_value("ex_per_source").run()
    assert "FROM sources s LEFT JOIN observations" in at.text_area(key="sql_text").value


def test_sql_page_with_the_real_guard(app) -> None:
    pytest.importorskip("metrics.sql")
    at = app(page="sql")
    at.button(key="sql_run").click().run()
    _no_errors(at)
    assert len(at.dataframe[-1].value) == 3  # latest: one row per metric of the synthetic database


def test_missing_database_is_built_or_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "missing.duckdb"
    monkeypatch.setenv("KZVOL_DB", str(path))
    at = AppTest.from_file(APP, default_timeout=180).run()
    assert not at.exception
    assert path.exists() or any("No database" in e.value for e in at.error)


def test_every_page_has_one_module_and_one_url_name() -> None:
    from metrics import pages, state

    assert tuple(pages.PAGES) == state.PAGES


# ---------------------------------------------------------------------------------------------------------
# Issue 11, item 4: stated multiples without a start; reversed From/To
# ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def unknown_start_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dash_builders import make_obs, realistic_rows

    from loaders.db import write_database

    sources, obs = realistic_rows()
    obs.append(make_obs(10, "b", "volunteers_total", 6, unit="ratio", qualifier="exact",
                        quote="Число волонтёров выросло в шесть раз.", period_start="2026-01-30",
                        period_end="2026-01-30"))
    return write_database(tmp_path_factory.mktemp("unknown") / "kzvol.duckdb", sources, obs)


def test_stated_multiple_without_a_start_says_so(unknown_start_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KZVOL_DB", str(unknown_start_db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(page="explore", metrics="volunteers_total")
    at.run()
    _no_errors(at)
    text = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "30 Jan 2026 → 30 Jan 2026" not in text
    assert "start not stated → 30 Jan 2026" in text


def test_reversed_from_and_to_are_said_not_swapped_silently(app) -> None:
    at = app(page="explore", metrics="volunteers_total")
    at.selectbox(key="g_from_volunteers_total").set_value(2).run()
    at.selectbox(key="g_to_volunteers_total").set_value(0).run()
    _no_errors(at)
    assert any("later than “To”" in c.value for c in at.caption)


def test_reversed_range_in_a_link_is_said_in_the_users_language(app) -> None:
    at = app(page="explore", metrics="volunteers_total", start="2026-01-01", end="2021-01-01", lang="ru")
    _no_errors(at)
    assert [i.value for i in at.info if "позже" in i.value] == [
        "В ссылке начальная дата позже конечной: показан период 01.01.2021 – 01.01.2026."]
    assert (at.query_params["start"], at.query_params["end"]) == ("2021-01-01", "2026-01-01")
    assert not at.warning  # not an "invalid parameter"


def test_reversed_range_in_the_date_inputs_is_said(app) -> None:
    import datetime as dt

    at = app(page="explore", metrics="volunteers_total", lang="kk")
    at.date_input(key="e_range_start").set_value(dt.date(2026, 1, 1)).run()
    at.date_input(key="e_range_end").set_value(dt.date(2021, 1, 1)).run()
    _no_errors(at)
    assert any("Басталу күні аяқталу күнінен кейін" in c.value for c in at.caption)


def test_stated_vs_computed_follows_the_date_range(app) -> None:
    """The "almost four times" of 30 Jan 2026 is a statement of 2026: out of a range ending in 2025, in one
    starting in 2021 (compared with its 2020 start all the same, which the section says)."""
    before = app(page="explore", metrics="volunteer_organizations", end="2025-12-31")
    _no_errors(before)
    assert "almost ×4" not in " ".join(m.value for m in before.markdown).replace("\\", "")
    within = app(page="explore", metrics="volunteer_organizations", start="2021-01-01")
    _no_errors(within)
    assert "almost ×4" in " ".join(m.value for m in within.markdown).replace("\\", "")
    assert any("also those before the range" in c.value for c in within.caption)
    everything = app(page="explore", metrics="volunteer_organizations")
    assert not any("before the range" in c.value for c in everything.caption)


# ---------------------------------------------------------------------------------------------------------
# Issue 11, item 6: the Data page and the Sources article in the URL; file names; plural forms
# ---------------------------------------------------------------------------------------------------------


def test_data_filters_are_in_the_url_both_ways(app) -> None:
    at = app(page="data")
    assert at.button_group(key="d_status").options and len(at.button_group(key="d_status").options) == 3
    at.button_group(key="d_status").set_value(["rejected"]).run()
    at.text_input(key="d_search").input("2020").run()
    assert at.query_params["status"] == "rejected" and at.query_params["q"] == "2020"
    again = app(page="data", status="accepted", dmetrics="volunteers_total", start="2021-01-01", order="date_desc")
    _no_errors(again)
    assert again.button_group(key="d_status").value == ["accepted"]
    assert again.multiselect(key="d_metrics").value == ["volunteers_total"]
    assert again.selectbox(key="d_order").value == "date_desc"
    table = again.dataframe[0].value
    assert len(table) == 2 and "2020" not in " ".join(table["Date"])  # 275,000 and 300,000; 2020 is out
    assert again.caption[0].value == "2 rows"


def test_sources_article_is_in_the_url(app) -> None:
    at = app(page="sources")
    at.selectbox(key="source_pick").set_value("b").run()
    assert at.query_params["article"] == "b"
    again = app(page="sources", article="b")
    assert again.selectbox(key="source_pick").value == "b"


def test_download_names_follow_the_filter() -> None:
    from metrics import data
    from metrics.pages.data_page import download_name

    assert download_name(data.ObsFilter(statuses=("accepted", "candidate", "rejected"))) == "observations_all"
    name = download_name(data.ObsFilter(statuses=("rejected",), metric_ids=("volunteers_total",),
                                        search="марафон добра", start="2020-01-01"))
    assert name == "observations_rejected_volunteers_total_q=марафон-добра_2020-01-01--end"


@pytest.mark.parametrize(
    ("lang", "n", "text"),
    [("en", 1, "1 row"), ("en", 2, "2 rows"), ("ru", 1, "1 строка"), ("ru", 3, "3 строки"),
     ("ru", 5, "5 строк"), ("ru", 21, "21 строка"), ("kk", 1, "1 жол"), ("en", 1000, "1,000 rows")],
)
def test_row_counts_have_plural_forms(lang: str, n: int, text: str) -> None:
    from metrics import i18n

    assert i18n.tn("rows_shown", lang, n) == text


# ---------------------------------------------------------------------------------------------------------
# Issue 11, item 7 / Deliver 6: the SQL page
# ---------------------------------------------------------------------------------------------------------


def test_sql_page_lists_tables_and_columns_with_comments(app) -> None:
    pytest.importorskip("metrics.sql")
    at = app(page="sql")
    schema = at.dataframe[0].value
    assert {"sources", "observations", "metrics", "series", "latest"} <= set(schema["table"])
    row = schema[(schema["table"] == "observations") & (schema["column"] == "area")].iloc[0]
    assert row["type"] == "VARCHAR" and "KZ" in row["comment"]


def test_sql_page_prints_iso_dates() -> None:
    from metrics.pages.sql_page import iso_dates

    df = pd.DataFrame({"d": pd.to_datetime(["2025-12-31", None]), "t": pd.to_datetime(["2025-12-31 10:30", None])})
    out = iso_dates(df)
    assert out["d"].tolist() == ["2025-12-31", None] and out["t"].tolist()[0] == "2025-12-31 10:30:00"


def test_sql_example_name_is_cleared_once_the_query_is_edited(app) -> None:
    pytest.importorskip("metrics.sql")
    at = app(page="sql")
    assert at.selectbox(key="sql_example").value == "ex_latest"
    at.text_area(key="sql_text").input("SELECT 42 AS answer").run()
    assert at.selectbox(key="sql_example").value is None
    at.selectbox(key="sql_example").set_value("ex_growth").run()
    assert "x_fold" in at.text_area(key="sql_text").value


def test_sql_page_keeps_a_history_of_the_session(app) -> None:
    pytest.importorskip("metrics.sql")
    at = app(page="sql")
    at.button(key="sql_run").click().run()
    at.text_area(key="sql_text").input("SELECT 42 AS answer").run()
    at.button(key="sql_run").click().run()
    _no_errors(at)
    assert at.dataframe[-1].value["answer"].tolist() == [42]
    codes = [c.value for c in at.code]
    assert codes[0] == "SELECT 42 AS answer" and "FROM latest" in codes[1]
    at.button(key="sql_hist_1").click().run()
    assert "FROM latest" in at.text_area(key="sql_text").value


def test_sql_syntax_error_is_shown_in_monospace(app) -> None:
    pytest.importorskip("metrics.sql")
    at = app(page="sql")
    at.text_area(key="sql_text").input("selec 1").run()
    at.button(key="sql_run").click().run()
    assert any("^" in c.value for c in at.code)  # the caret line, in a code block


# ---------------------------------------------------------------------------------------------------------
# Issue 11, Deliver 2 and 3: metric kinds, bounds in growth, the date range, flows over their period
# ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def kinds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dash_builders import make_obs, realistic_rows

    from loaders.db import write_database

    sources, obs = realistic_rows()
    obs.append(make_obs(11, "a", "marathon_participants", 3_000_000, qualifier="at_least",
                        quote="Марафон сплотил более 3 млн человек.", period_start="2022-08-19",
                        period_end="2022-08-19"))
    obs.append(make_obs(12, "a", "marathon_participants", 50_000, qualifier="approx",
                        quote="В этом году участвовали порядка 50 тысяч.", period_start="2024-01-01",
                        period_end="2024-12-13", period_kind="ytd"))
    return write_database(tmp_path_factory.mktemp("kinds") / "kzvol.duckdb", sources, obs)


@pytest.fixture
def kinds_app(kinds_db: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KZVOL_DB", str(kinds_db))

    def make(**params: str) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params.update(params)
        return at.run()

    return make


def test_a_running_total_and_a_yearly_count_are_not_one_growth(kinds_app) -> None:
    at = kinds_app(page="explore", metrics="marathon_participants")
    _no_errors(at)
    refusal = " ".join(i.value for i in at.info)
    assert "No growth between these two figures" in refusal and "running total" in refusal
    assert "3m+" in refusal  # the bound is shown, not a bare "3 mn"
    spec = _spec(_charts(at)["explore_chart"])
    lines = [tr for tr in spec["data"] if (tr.get("meta") or {}).get("role") == "line"]
    assert sorted(tr["meta"]["kind"] for tr in lines) == ["cumulative", "flow"]  # two lines, never one
    assert {tr["name"] for tr in lines} == {"Marathon of Good Deeds: participants (running total)",
                                            "Marathon of Good Deeds: participants (count per period)"}


def test_growth_carries_the_bound(app) -> None:
    at = app(page="explore", metrics="volunteer_organizations")
    table = at.table[0].value
    measures = dict(zip(table.iloc[:, 0], table.iloc[:, 1], strict=True))
    assert measures["To"].endswith("800+")
    assert measures["Multiple (x-fold)"] == "×1.06 (at least)" and "(about)" not in " ".join(measures.values())


def test_date_range_is_in_the_url_and_filters_the_chart(app) -> None:
    at = app(page="explore", metrics="volunteers_total", start="2021-01-01")
    _no_errors(at)
    assert _plotted_values(_charts(at)["explore_chart"]) == [275_000, 300_000]
    assert at.query_params["start"] == "2021-01-01"
    at.date_input(key="e_range_end").set_value(pd.Timestamp("2025-01-01").date()).run()
    assert at.query_params["end"] == "2025-01-01"
    assert _plotted_values(_charts(at)["explore_chart"]) == [275_000]


def test_a_yearly_count_is_drawn_over_its_year(app) -> None:
    at = app(page="explore", metrics="blood_donors_per_year")
    spec = _spec(_charts(at)["explore_chart"])
    bars = [tr for tr in spec["data"] if (tr.get("meta") or {}).get("role") == "period"]
    assert len(bars) == 1 and [x for x in bars[0]["x"] if x][:2] == ["2023-01-01T00:00:00", "2023-12-31T00:00:00"]


# ---------------------------------------------------------------------------------------------------------
# Issue 11, Deliver 4: regions
# ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def regions_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dash_builders import make_obs, realistic_rows

    from loaders.db import write_database

    sources, obs = realistic_rows()
    for obs_id, area, value, qualifier in [(21, "Almaty", 10_000, "exact"), (22, "Astana", 12_000, "at_least"),
                                           (23, "Shymkent", 5_000, "exact"), (24, "Karaganda region", 7_000, "exact")]:
        obs.append(make_obs(obs_id, "b", "volunteers_total", value, qualifier=qualifier, area=area,
                            quote=f"В регионе {area} {value} волонтёров.", period_start="2025-06-30",
                            period_end="2025-06-30"))
    return write_database(tmp_path_factory.mktemp("regions") / "kzvol.duckdb", sources, obs)


def test_regions_bar_chart_and_tile_map(regions_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KZVOL_DB", str(regions_db))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(page="explore", metrics="volunteers_total", lang="ru")
    at.run()
    _no_errors(at)
    charts = _charts(at)
    assert {"regions_bars", "regions_tiles"} <= set(charts)
    bars = _spec(charts["regions_bars"])
    trace = bars["data"][0]
    assert _decode(trace["x"]) == [5_000, 7_000, 10_000, 12_000]  # sorted: the largest drawn on top
    assert trace["y"][-1] == "Астана" and trace["text"][-1] == "12\u00a0000+"  # the bound is kept
    assert "По состоянию на" in " ".join(a["text"] for a in bars["layout"]["annotations"])  # provenance inside
    tiles = _spec(charts["regions_tiles"])["data"][0]
    assert len(tiles["x"]) == 20  # 17 regions and 3 cities
    config = json.loads(charts["regions_tiles"].proto.config)
    assert config["toImageButtonOptions"]["filename"] == "volunteers_total_tiles_2026-01-30"
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels.count("Скачать PNG") >= 3 or labels.count("Скачать CSV") >= 3, labels


# ---------------------------------------------------------------------------------------------------------
# Walk of 2026-12-03 (docs/dashboard.md): defects found in a real browser, fixed where the logic is in Python
# ---------------------------------------------------------------------------------------------------------


def test_growth_refusal_names_each_figure_once(kinds_app) -> None:
    """The refusal repeated the growth selectors' labels, kind included, and then the kind again:
    «19.08.2022: 3 млн+ (24.kz, нарастающим итогом)» — нарастающим итогом."""
    at = kinds_app(page="explore", metrics="marathon_participants", lang="ru")
    _no_errors(at)
    refusal = " ".join(i.value for i in at.info)
    assert "«19.08.2022: 3\u00a0млн+» — нарастающий итог, а «01.01.2024 – 13.12.2024: ~50\u00a0000» — число за период" \
        in refusal, refusal
    assert refusal.count("нарастающ") == 1 and "Kazinform" not in refusal


def test_kpi_cagr_carries_the_bound_like_the_multiple(app) -> None:
    """From 755 to "more than 800" the card said "×1.06 (at least)" but a bare "CAGR +5.3%"."""
    at = app(page="overview")
    _no_errors(at)
    captions = [c.value for c in at.caption]
    organizations = next(c for c in captions if "organizations ·" in c)
    assert "×1.06 (at least)" in organizations and "CAGR +5.3% (at least)" in organizations, organizations
    people = next(c for c in captions if c.startswith("people ·") and "×6" in c)
    assert "CAGR +42.3%" in people and "(at least)" not in people  # exact figures: no note


def test_sql_example_follows_the_language(app) -> None:
    """The example query kept its English comment on a Russian page, and its label_en after a switch."""
    pytest.importorskip("metrics.sql")
    at = app(page="sql", lang="ru")
    text = at.text_area(key="sql_text").value
    assert text.startswith("-- Последнее значение каждого показателя") and "m.label_ru" in text, text[:120]
    at.selectbox(key="w_lang").set_value("kk").run()
    _no_errors(at)
    text = at.text_area(key="sql_text").value
    assert text.startswith("-- Әр көрсеткіштің соңғы мәні") and "m.label_kk" in text, text[:120]
    assert at.selectbox(key="sql_example").value == "ex_latest"
    at.text_area(key="sql_text").input("SELECT 42 AS answer").run()
    at.selectbox(key="w_lang").set_value("en").run()
    assert at.text_area(key="sql_text").value == "SELECT 42 AS answer"  # the user's own query stays


def test_article_text_labels_a_figure_without_a_metric_once() -> None:
    """A figure without a metric was tagged "[(без показателя)]": brackets around parentheses."""
    from metrics.pages.sources import highlighted_article_html

    spans = pd.DataFrame([{"span_start": 0, "span_end": 6, "metric_id": None, "value": 40, "qualifier": "at_least",
                           "status": "candidate"},
                          {"span_start": 15, "span_end": 21, "metric_id": "volunteers_total", "value": 300_000,
                           "qualifier": "exact", "status": "accepted"}])
    out = highlighted_article_html("более 40 и ещё 300000 волонтёров", spans, {"volunteers_total": "Волонтёры"}, "ru")
    assert "&nbsp;(без показателя)</sup>" in out and "[(" not in out and "&nbsp;[Волонтёры]</sup>" in out


def test_growth_of_a_figure_from_itself_is_not_a_table(app) -> None:
    """From = To gave a table of zeros ("0,00 years, ×1, CAGR –") that looked like a result."""
    at = app(page="explore", metrics="volunteers_total", lang="ru")
    at.selectbox(key="g_to_volunteers_total").set_value(0).run()
    _no_errors(at)
    assert not at.table
    assert any("совпадают" in i.value for i in at.info)

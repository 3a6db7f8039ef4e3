"""The dashboard's data access at scale: WHERE/LIMIT queries give the same rows as pandas over whole tables.

A generated database of 50,000 observations (bench.bench_sql.make_db, the generator of the 1M benchmark)
with some quotes rewritten to exercise search: mixed case, Kazakh letters, `%`, `_`, regex characters, NULL.
Correctness only; timings are bench/bench_sql.py's job.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from bench.bench_sql import make_db
from loaders.db import create_derived
from metrics import data, figures

APP = str(Path(__file__).resolve().parent.parent / "app.py")
N_OBS = 50_000
N_SOURCES = 5_000

SPECIAL_QUOTES = [
    "МАРАФОН добрых дел объединил 500 человек.",
    "мАрАфОн: 42 участника, рост на 50% за год.",
    "Еріктілер саны 10_000-нан асты (Қазақстан).",
    "ЕРІКТІЛЕР САНЫ өсті; a.b(c) [x] *y* ?z? ^$ \\d+",
    "Volunteers: 100% of 5_000 at 3.5 rate",
]
NEEDLES = ["марафон", "МАРАФОН", "Марафон", "%", "50%", "_", "10_0", "еріктілер", "ҚАЗАҚСТАН", "a.b(c)",
           "[x]", "\\d+", "^$", ".", " ", "zzz-nowhere", "'; DROP TABLE observations; --"]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scale") / "scale.duckdb"
    make_db(path, N_OBS, N_SOURCES)
    con = duckdb.connect(str(path))
    try:
        for i, quote in enumerate(SPECIAL_QUOTES):
            con.execute("UPDATE observations SET quote = ? WHERE obs_id % 97 = ?", [quote, i])
        con.execute("UPDATE observations SET quote = NULL WHERE obs_id % 97 = 90")
        con.execute("UPDATE observations SET span_start = NULL WHERE obs_id % 89 = 3")
        # Figures without a date exist among candidates and rejected rows (never in the series).
        con.execute("UPDATE observations SET period_end = NULL WHERE obs_id % 83 = 5 AND status <> 'accepted'")
        create_derived(con)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


@pytest.fixture(scope="module")
def db(db_path: Path):
    handle = data.ReadOnlyDatabase(db_path)
    yield handle
    handle.close()


@pytest.fixture(scope="module")
def all_series(db: data.ReadOnlyDatabase) -> pd.DataFrame:
    return data.load_series(db)


@pytest.fixture(scope="module")
def all_obs(db: data.ReadOnlyDatabase) -> pd.DataFrame:
    """Every observation with the columns the page shows plus span_start, for the pandas reference."""
    return db.query(f"""
        SELECT {data.OBS_COLUMNS}, o.span_start
        FROM observations o LEFT JOIN sources s USING (source_id)
    """)


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    # An all-NULL column comes back as object/None, the same column filtered from a larger frame as str/NaN.
    df = df.reset_index(drop=True).astype(object)
    return df.where(df.notna(), None)


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(_plain(a), _plain(b), check_dtype=False)


# ---------------------------------------------------------------------------------------------------------
# Series
# ---------------------------------------------------------------------------------------------------------


def test_database_is_what_we_think(db: data.ReadOnlyDatabase, all_series: pd.DataFrame) -> None:
    assert int(db.query("SELECT count(*) FROM observations").iloc[0, 0]) == N_OBS
    assert len(all_series) > 1000 and all_series["n_sources"].max() > 1


@pytest.mark.parametrize(
    "metric_ids, areas",
    [
        (["volunteers_total"], ["KZ"]),
        (["volunteers_total", "volunteer_organizations"], ["KZ"]),
        (["blood_donors_per_year"], ["Almaty", "KZ", "Mangistau region"]),
        (None, ["Astana"]),
        (["trees_planted"], None),
        ([], ["KZ"]),
        (["no_such_metric"], ["KZ"]),
    ],
)
def test_series_where_equals_pandas_filter(db, all_series, metric_ids, areas) -> None:
    want = all_series
    if metric_ids is not None:
        want = want[want["metric_id"].isin(metric_ids)]
    if areas is not None:
        want = want[want["area"].isin(areas)]
    got = data.load_series(db, metric_ids, areas)
    _same(got, want)
    # Without sources: the same rows and columns, minus the list.
    _same(data.load_series(db, metric_ids, areas, sources=False), want.drop(columns="sources"))
    # The first k sources only; n_sources still counts all of them.
    first2 = data.load_series(db, metric_ids, areas, sources=2)
    _same(first2.drop(columns="sources"), want.drop(columns="sources"))
    assert first2["sources"].tolist() == [s[:2] for s in want["sources"]]


def test_sources_lists_are_plain_dicts_in_obs_id_order(db) -> None:
    df = data.load_series(db, ["volunteers_total"], ["KZ"])
    for sources, n in zip(df["sources"], df["n_sources"], strict=True):
        assert len(sources) == n
        assert [s["obs_id"] for s in sources] == sorted(s["obs_id"] for s in sources)
        assert set(sources[0]) == {"obs_id", "source_id", "outlet", "published", "value", "qualifier", "quote"}


def test_series_index_counts_points_and_markers(db, all_series) -> None:
    index = data.load_series_index(db)
    want = (
        all_series.groupby(["metric_id", "area"], as_index=False)
        .agg(n_points=("obs_id", "size"), n_markers=("n_sources", "sum"))
        .sort_values(["metric_id", "area"])
    )
    _same(index, want)


def test_chart_series_draws_rings_only_when_small(db, all_series) -> None:
    big = all_series[(all_series["metric_id"] == "volunteers_total") & (all_series["area"] == "KZ")]
    assert big["n_sources"].sum() > 50
    df, others = data.load_chart_series(db, ["volunteers_total"], "KZ", max_markers=10_000_000)
    assert others and df["sources"].tolist() == big["sources"].tolist()
    df, others = data.load_chart_series(db, ["volunteers_total"], "KZ", max_markers=50, hover_sources=3)
    assert not others
    assert df["sources"].tolist() == [s[:3] for s in big["sources"]]
    assert df["n_sources"].tolist() == big["n_sources"].tolist()


def test_chart_without_rings_still_counts_every_source_in_the_hover(db) -> None:
    catalog = data.load_catalog(db)
    df, others = data.load_chart_series(
        db, ["volunteers_total"], "KZ", max_markers=50, hover_sources=figures.MAX_SOURCES_IN_HOVER
    )
    chart = figures.series_chart(df, catalog, "en", others=others)
    assert set(chart.rows["role"]) == {"chosen"} and len(chart.rows) == len(df)
    row = df.loc[df["n_sources"].idxmax()]
    hover = figures.hover_text(row, "Volunteers", "en")
    assert f"({row['n_sources']})" in hover
    assert f"{row['n_sources'] - figures.MAX_SOURCES_IN_HOVER} more" in hover


def test_ratios_where_equals_pandas_filter(db) -> None:
    everything = data.load_ratios(db)
    assert len(everything) > 10
    got = data.load_ratios(db, ["volunteers_total", "blood_donors_per_year"], ["KZ"])
    want = everything[everything["metric_id"].isin(["volunteers_total", "blood_donors_per_year"])]
    _same(got, want[want["area"] == "KZ"])


# ---------------------------------------------------------------------------------------------------------
# Observations: the Data page
# ---------------------------------------------------------------------------------------------------------

SORT_KEYS = {
    "article": (["source_id", "span_start", "obs_id"], [True, True, True]),
    "date_desc": (["period_end", "obs_id"], [False, True]),
    "value_desc": (["value", "obs_id"], [False, True]),
}


def reference(all_obs: pd.DataFrame, f: data.ObsFilter, order: str) -> pd.DataFrame:
    """What the Data page showed before it moved to SQL: pandas filters over every row, then sorted."""
    view = all_obs
    if f.statuses is not None:
        view = view[view["status"].isin(f.statuses)]
    if f.metric_ids:
        view = view[view["metric_id"].isin(f.metric_ids)]
    if f.search:
        view = view[view["quote"].fillna("").str.contains(f.search, case=False, regex=False)]
    by, ascending = SORT_KEYS[order]
    view = view.sort_values(by, ascending=ascending, na_position="last", kind="stable")
    return view.drop(columns="span_start")


FILTERS = [
    data.ObsFilter(),
    data.ObsFilter(statuses=("accepted", "candidate", "rejected")),
    data.ObsFilter(statuses=("rejected",)),
    data.ObsFilter(statuses=()),
    data.ObsFilter(metric_ids=("volunteers_total", "trees_planted")),
    data.ObsFilter(statuses=("accepted",), metric_ids=("volunteers_total",), search="марафон"),
    *[data.ObsFilter(search=n) for n in NEEDLES],
]


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: repr(f)[9:60])
def test_counts_and_pages_equal_the_pandas_reference(db, all_obs, f: data.ObsFilter) -> None:
    want = reference(all_obs, f, "article")
    assert data.count_observations(db, f) == len(want)
    page, total = data.observations_page(db, f, limit=1000, offset=0)
    assert total == len(want)
    _same(page, want.iloc[:1000])
    if len(want) > 2500:
        page, total = data.observations_page(db, f, limit=1000, offset=2000)
        assert total == len(want)
        _same(page, want.iloc[2000:3000])
    page, total = data.observations_page(db, f, limit=1000, offset=len(want) + 5)
    assert page.empty and total == len(want)


def test_search_examples_match_what_they_should(all_obs) -> None:
    """The reference itself: case-insensitive and literal, so the SQL is checked against the right thing."""
    quotes = reference(all_obs, data.ObsFilter(search="марафон"), "article")["quote"]
    assert {"МАРАФОН добрых дел объединил 500 человек.", "мАрАфОн: 42 участника, рост на 50% за год."} <= set(quotes)
    assert len(reference(all_obs, data.ObsFilter(search="%"), "article")) < len(all_obs) / 10
    assert len(reference(all_obs, data.ObsFilter(search="ҚАЗАҚСТАН"), "article")) > 0
    assert len(reference(all_obs, data.ObsFilter(search="a.b(c)"), "article")) > 0


@pytest.mark.parametrize("order", list(data.OBS_ORDERS))
def test_every_order_pages_like_pandas(db, all_obs, order: str) -> None:
    f = data.ObsFilter(statuses=("accepted", "candidate"), search="человек")
    want = reference(all_obs, f, order)
    assert len(want) > 3000
    seen = []
    for offset in (0, 1000, len(want) - 500):
        page, total = data.observations_page(db, f, order=order, limit=1000, offset=offset)
        assert total == len(want)
        _same(page, want.iloc[offset : offset + 1000])
        seen.append(page)
    # The download: every matching row in the same order, or the first `limit` of them.
    _same(data.load_observations(db, f, order=order), want)
    _same(data.load_observations(db, f, order=order, limit=1234), want.iloc[:1234])


def test_unknown_order_is_refused(db) -> None:
    with pytest.raises(ValueError, match="unknown order"):
        data.observations_page(db, data.ObsFilter(), order="quote; DROP TABLE x")


def test_metric_ids_of_observations(db, all_obs) -> None:
    assert data.observation_metric_ids(db) == sorted(all_obs["metric_id"].dropna().unique())


# ---------------------------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def all_sources(db: data.ReadOnlyDatabase, all_obs: pd.DataFrame) -> pd.DataFrame:
    src = db.query("SELECT source_id, file, title, outlet, url, lang, published, date_basis FROM sources")
    counts = all_obs[all_obs["status"] != "rejected"].groupby("source_id").size()
    src["n_figures"] = src["source_id"].map(counts).fillna(0).astype(int)
    src = src.sort_values(["published", "source_id"], ascending=[False, True], na_position="last", kind="stable")
    return src


@pytest.mark.parametrize("search", ["", "tengri", "ИТОГИ 12", "gen_00001", "zzz-nowhere"])
def test_sources_pages_equal_the_pandas_reference(db, all_sources, search: str) -> None:
    want = all_sources
    if search:
        hay = want[["title", "outlet", "file"]].fillna("")
        mask = False
        for col in hay:
            mask = mask | hay[col].str.contains(search, case=False, regex=False)
        want = want[mask]
    assert data.count_sources(db, search) == len(want)
    _same(data.load_sources(db, search, limit=500), want.iloc[:500])
    _same(data.load_sources(db, search, limit=500, offset=1000), want.iloc[1000:1500])
    if len(want) < 1000:
        _same(data.load_sources(db, search), want)


def test_one_article_text_is_loaded_alone(db, all_obs) -> None:
    text, spans = data.load_article(db, "gen_0000001")
    assert text.startswith("В Казахстане работают волонтеры.")
    want = all_obs[(all_obs["source_id"] == "gen_0000001") & (all_obs["status"] != "rejected")]
    assert sorted(spans["obs_id"]) == sorted(want.loc[want["span_start"].notna(), "obs_id"])


# ---------------------------------------------------------------------------------------------------------
# The pages on this database (AppTest)
# ---------------------------------------------------------------------------------------------------------


@pytest.fixture
def app(db_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KZVOL_DB", str(db_path))

    def make(**params: str) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=120)
        for name, value in params.items():
            at.query_params[name] = value
        return at.run()

    return make


def _no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def test_overview_on_a_large_database(app) -> None:
    at = app()
    _no_errors(at)
    keys = {el.key for el in at.get("plotly_chart")}
    assert "overview_chart" in keys
    captions = " ".join(c.value for c in at.caption)
    assert "too many to draw as rings" in captions
    # Thousands of points: the second chart waits for a click, so the main chart is drawn first.
    assert "blood_chart" not in keys and "drawn on request" in captions
    at.button(key="blood_chart_draw").click().run()
    _no_errors(at)
    assert "blood_chart" in {el.key for el in at.get("plotly_chart")}


def test_data_page_pages_searches_and_warns(app, all_obs, monkeypatch: pytest.MonkeyPatch) -> None:
    import metrics.pages.caches

    monkeypatch.setattr(metrics.pages.caches, "DOWNLOAD_MAX_ROWS", 20_000)
    at = app(page="data")
    _no_errors(at)
    assert len(at.dataframe[0].value) == 1000
    assert f"Rows 1–1,000 of {N_OBS:,}" in [c.value for c in at.caption]
    assert any("downloads hold the first 20,000" in w.value for w in at.warning)
    at.number_input(key="d_page").set_value(3).run()
    _no_errors(at)
    assert f"Rows 2,001–3,000 of {N_OBS:,}" in [c.value for c in at.caption]
    at.text_input(key="d_search").input("МАРАФОН").run()  # new filter: back to the first page
    want = reference(all_obs, data.ObsFilter(statuses=("accepted", "candidate", "rejected"), search="МАРАФОН"),
                     "article")
    assert f"Rows 1–1,000 of {len(want):,}" in [c.value for c in at.caption]
    table = at.dataframe[0].value
    assert table["Quote"].tolist() == want["quote"].iloc[:1000].tolist()


def test_sources_page_lists_a_page_of_articles(app) -> None:
    at = app(page="sources")
    _no_errors(at)
    assert len(at.dataframe[0].value) == 500
    assert f"Rows 1–500 of {N_SOURCES:,}" in [c.value for c in at.caption]
    at.text_input(key="s_search").input("итоги 4999").run()
    _no_errors(at)
    assert len(at.dataframe[0].value) == 1
    assert at.selectbox(key="source_pick").value == "gen_0004999"
    # one article shown (the page's own style sheet is an html element too)
    assert len([h for h in at.get("html") if "white-space:pre-wrap" in h.proto.body]) == 1

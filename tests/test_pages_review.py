"""AppTest of the Add, Review and Programs pages (issue 12) on a copy of the bundled data, and read-only mode."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from loaders.add import prepare_text, save_articles
from loaders.build import run
from loaders.curated import METRICS_FILE, REVIEW_FILE, read_curated, review_row, undo, write_actions
from metrics.pages import rebuild
from metrics.pages.review import _group_key

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
KK_TEXT = ("Шымкентте еріктілер саны артты\n\n2025 жылы Шымкент қаласында 4 мыңнан астам волонтер тіркелді. "
           "Биыл облыста 150 тонна гуманитарлық көмек жиналды.\n")


@pytest.fixture()
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "articles", d / "articles")
    shutil.copytree(ROOT / "data" / "curated", d / "curated",
                    ignore=shutil.ignore_patterns(METRICS_FILE, REVIEW_FILE, "programs.csv"))
    run(d / "kzvol.duckdb", d / "articles", d / "curated", cache_dir=d / "cache")
    monkeypatch.setenv("KZVOL_DB", str(d / "kzvol.duckdb"))
    monkeypatch.delenv("KZVOL_READONLY", raising=False)
    return d


def _app(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    for k, v in params.items():
        at.query_params[k] = v
    return at.run()


def _ok(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def _q(d: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(d / "kzvol.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_add_page_previews_and_saves_pasted_kazakh_text(data: Path) -> None:
    at = _app(page="add")
    _ok(at)
    at.text_area(key="add_paste").input(KK_TEXT).run()
    _ok(at)
    found = [m.value for m in at.markdown if "figures found" in m.value]
    assert found and not found[0].startswith("0 ")
    next(w for w in at.text_input if w.key.endswith("_outlet") and w.key != "add_outlet").input("Otyrar").run()
    at.button(key="add_save").click().run()
    _ok(at)
    rebuild.wait(data / "kzvol.duckdb")
    assert rebuild.state(data / "kzvol.duckdb").error is None
    added = [p.name for p in (data / "articles").glob("pasted_*.txt")]
    assert len(added) == 1
    assert "Otyrar" in (data / "articles" / "sources.csv").read_text(encoding="utf-8")
    assert _q(data, f"SELECT count(*) FROM observations WHERE file = '{added[0]}'")[0][0] >= 2


def test_add_page_refuses_what_the_build_skips(data: Path) -> None:
    at = _app(page="add")
    at.text_area(key="add_paste").input("   \n\n  ").run()
    _ok(at)
    assert not at.button  # nothing to save: whitespace only is not pasted text


def test_review_page_new_metric_from_group_then_undo(data: Path) -> None:
    at = _app(page="review")
    _ok(at)
    assert any("name" in i.value.lower() for i in at.info)
    at.text_input(key="reviewer_name").input("Aigerim").run()
    _ok(at)
    options = at.selectbox(key="rv_item").options
    idx = next(i for i, o in enumerate(options) if "[candidates]" in o and "өтінім" in o)
    at.selectbox(key="rv_item").set_value(idx).run()
    _ok(at)
    g = _group_key("өтінім", "applications")
    at.text_input(key=f"rv_new_id_{g}").input("award_applications")
    for k, v in (("en", "Applications for awards"), ("ru", "Заявки на премии"), ("kk", "Сыйлыққа өтінімдер")):
        at.text_input(key=f"rv_new_{k}_{g}").input(v)
    submit = next(b for b in at.button if "Create the metric" in str(b.label))
    submit.click().run()
    _ok(at)
    assert not at.error, [e.value for e in at.error]
    rebuild.wait(data / "kzvol.duckdb")
    assert rebuild.state(data / "kzvol.duckdb").error is None
    assert "award_applications" in (data / "curated" / METRICS_FILE).read_text(encoding="utf-8")
    rows = [r for r in read_curated(data / "curated") if r.csv_file.endswith(REVIEW_FILE)]
    assert rows and all(r.get("reviewer") == "Aigerim" and r.get("reviewed_at") for r in rows)
    assert _q(data, "SELECT value FROM series WHERE metric_id = 'award_applications'") == [(49.0,)]
    # curated rows written by the page pass the build's validation on a build from scratch
    fresh = run(data / "fresh.duckdb", data / "articles", data / "curated", cache_dir=None)
    assert fresh.curated_applied == 1 + len(rows)
    at.run()
    at.button(key="rv_undo").click().run()
    _ok(at)
    rebuild.wait(data / "kzvol.duckdb")
    assert "award_applications" not in (data / "curated" / METRICS_FILE).read_text(encoding="utf-8")
    assert _q(data, "SELECT count(*) FROM metrics WHERE metric_id = 'award_applications'") == [(0,)]


def test_review_actions_reject_and_programs_page(data: Path) -> None:
    at = _app(page="review")
    at.text_input(key="reviewer_name").input("Dana").run()
    reject = next(b for b in at.button if b.key and b.key.startswith("rv_reject_"))
    oid = int(reject.key.rsplit("_", 1)[1])
    reject.click().run()
    _ok(at)
    rebuild.wait(data / "kzvol.duckdb")
    assert _q(data, f"SELECT status FROM observations WHERE obs_id = {oid}") == [("rejected",)]
    at = _app(page="programs")
    _ok(at)
    assert any("Marathon of Good Deeds" in m.value for m in at.markdown)
    assert any(c.key and c.key.startswith("prog_marathon_good_deeds") for c in at.get("plotly_chart"))


def test_readonly_hides_add_and_review(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KZVOL_READONLY", "1")
    at = _app(page="review")
    _ok(at)
    assert at.query_params.get("page") != "review"
    radio = at.radio(key="w_page")
    assert "Add" not in radio.options and "Review" not in radio.options and "Programs" in radio.options


PROGRAM_TEXT = ("Итоги года в Караганде\n\n"
                "В 2024 году в рамках «Марафона добра» волонтёры Караганды собрали 40 тонн гуманитарной помощи.\n\n"
                "Участники проекта «Жасыл ел» в 2024 году высадили 3200 деревьев в Карагандинской области.\n")


def _program_of(d: Path, file: str) -> dict[float, str | None]:
    return dict(_q(d, f"SELECT value, program FROM observations WHERE file = '{file}' AND value IN (40, 3200)"))


def _chart_specs(at: AppTest, prefix: str) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart") if c.proto.id and prefix in c.proto.id]


def test_review_adds_a_program_and_an_alias_applied_by_the_build(data: Path) -> None:
    added = save_articles([prepare_text(PROGRAM_TEXT, name="karaganda.txt", published="2025-01-15")],
                          data / "articles").added
    run(data / "kzvol.duckdb", data / "articles", data / "curated", cache_dir=data / "cache")
    file = added[0]
    assert _program_of(data, file) == {40.0: None, 3200.0: None}  # neither name is in the bundled lexicon yet
    at = _app(page="review")
    at.text_input(key="reviewer_name").input("Dana").run()
    _ok(at)
    save = lambda: next(b for b in at.button if "Save to the programs" in str(b.label))  # noqa: E731
    # refused as the build would refuse it: a bad id; and a name too short; nothing written
    at.text_input(key="rv_prog_alias").input("Жасыл ел")
    at.text_input(key="rv_prog_id").input("Jasyl El")
    for code, label in (("en", "Jasyl El"), ("ru", "Жасыл ел"), ("kk", "Жасыл ел")):
        at.text_input(key=f"rv_prog_{code}").input(label)
    save().click().run()
    errors = [e.value for e in at.error]
    assert any("program_id 'Jasyl El' is not lower snake case" in e for e in errors), errors
    assert not (data / "curated" / "programs.csv").exists()
    # a new program with its own metric
    at.text_input(key="rv_prog_id").input("jasyl_el")
    at.multiselect(key="rv_prog_metrics").select("trees_planted")
    save().click().run()
    _ok(at)
    assert not at.error, [e.value for e in at.error]
    assert any("Program jasyl_el saved" in s.value for s in at.success)
    rebuild.wait(data / "kzvol.duckdb")
    assert rebuild.state(data / "kzvol.duckdb").error is None
    assert _program_of(data, file) == {40.0: None, 3200.0: "jasyl_el"}
    # another name of a known program (an alias): "Марафона добра" is the marathon of good deeds
    at.run()
    at.selectbox(key="rv_prog_which").set_value("marathon_good_deeds").run()
    at.text_input(key="rv_prog_alias").input("Марафон добра")
    save().click().run()
    _ok(at)
    rebuild.wait(data / "kzvol.duckdb")
    assert _program_of(data, file) == {40.0: "marathon_good_deeds", 3200.0: "jasyl_el"}
    with open(data / "curated" / "programs.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["program_id"], r["metrics"]) for r in rows] == [("jasyl_el", "trees_planted"),
                                                               ("marathon_good_deeds", "")]
    assert rows[1]["label_en"] == "" and re.search(rows[1]["patterns"], "в рамках «Марафона добра»", re.I)
    # the rows pass the build's validation, and a build from scratch applies them
    read_curated(data / "curated")
    run(data / "fresh" / "kzvol.duckdb", data / "articles", data / "curated", cache_dir=None)
    assert _program_of(data / "fresh", file) == {40.0: "marathon_good_deeds", 3200.0: "jasyl_el"}
    # the Programs page has a card for the new program, its chart carrying title, source line and "as of"
    pg = _app(page="programs")
    _ok(pg)
    assert any("Jasyl El" in m.value for m in pg.markdown)
    (spec,) = _chart_specs(pg, "prog_jasyl_el_trees_planted")
    layout = spec["layout"]
    assert "Jasyl El: Trees planted" in layout["title"]["text"]
    notes = " ".join(a["text"] for a in layout["annotations"])
    assert "As of 15 Jan 2025" in notes and "Source" in notes
    # undo takes the alias back
    at.run()
    at.button(key="rv_undo").click().run()
    _ok(at)
    rebuild.wait(data / "kzvol.duckdb")
    assert _program_of(data, file) == {40.0: None, 3200.0: "jasyl_el"}


def test_programs_page_charts_carry_their_provenance(data: Path) -> None:
    at = _app(page="programs")
    _ok(at)
    specs = _chart_specs(at, "prog_marathon_good_deeds")
    assert specs
    for spec in specs:
        layout = spec["layout"]
        assert layout["title"]["text"].startswith("<b>Marathon of Good Deeds: ")
        assert layout["title"]["subtitle"]["text"]  # unit · area
        notes = " ".join(a["text"] for a in layout["annotations"])
        assert "As of" in notes and ("Source:" in notes or "Sources:" in notes), notes


def test_programs_page_small_charts_have_downloads_and_empty_cards_say_why(data: Path) -> None:
    at = _app(page="programs", lang="ru")
    _ok(at)
    charts = [c.key for c in at.get("plotly_chart") if c.key and c.key.startswith("prog_")]
    assert charts
    downloads = {b.key for b in at.get("download_button")}
    for key in charts:  # PNG (when kaleido can run) and CSV under every chart, like every other chart's
        assert f"{key}_csv" in downloads
        assert f"{key}_png" in downloads or any("PNG" in c.value for c in at.caption)
    titles = [_chart_specs(at, key)[0]["layout"]["title"]["text"] for key in charts]
    assert not [x for x in titles if x.count("Марафон добрых дел") > 1], titles
    empty = [i.value for i in at.info if "пока не связано ни одной цифры" in i.value]
    assert empty  # Birgemiz and the others without figures: a sentence, not an empty box


def test_review_queue_is_cached_and_an_action_shows_before_the_rebuild(data: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The queue is computed once per database version and state of data/curated/: reruns reuse it; a row
    written (here as the page writes it, with no rebuild after) takes its figure out at once; undo brings it
    back."""
    from metrics import data as mdata
    from metrics import review as rq

    calls = []
    real = rq.review_queue
    monkeypatch.setattr(rq, "review_queue", lambda db, exclude=(): calls.append(1) or real(db, exclude))
    db_file = data / "kzvol.duckdb"
    version = mdata.db_version(db_file)
    at = _app(page="review")
    at.text_input(key="reviewer_name").input("Dana").run()
    at.run()
    at.run()
    _ok(at)
    assert len(calls) == 1  # three reruns, one computation
    # the biggest group of candidates counted in persons (the extractor decides which noun and how many)
    big = rq.candidate_groups(mdata.ReadOnlyDatabase(db_file)).query("unit == 'persons' and n >= 2").iloc[0]
    head = f"[candidates] «{big['noun']}» (people): "

    def shown() -> str:
        return next(o for o in at.selectbox(key="rv_item").options if head in o)

    assert f"figures — {big['n']}, articles — {big['n_articles']}" in shown()
    member = rq.group_members(mdata.ReadOnlyDatabase(db_file), big["noun"], "persons").iloc[0].to_dict()
    receipt = write_actions(data / "curated", db_file, [review_row("reject", member, "Dana")])
    at.run()
    _ok(at)
    assert mdata.db_version(db_file) == version  # no rebuild happened
    assert len(calls) == 2
    assert f"figures — {big['n'] - 1}," in shown()
    undo(data / "curated", db_file, receipt)
    at.run()
    group = shown()
    assert f"figures — {big['n']}, articles — {big['n_articles']}" in group and len(calls) == 3
    # a candidate counted in persons is offered a metric counted in persons first (not the catalog's first)
    options = at.selectbox(key="rv_item").options
    at.selectbox(key="rv_item").set_value(options.index(group)).run()
    menus = [b for b in at.selectbox if b.key and b.key.startswith("rv_metric_")]
    assert len(menus) == big["n"]
    catalog = dict(_q(data, "SELECT metric_id, unit FROM metrics"))
    assert all(catalog[m.value] == "persons" for m in menus), [m.value for m in menus]


@pytest.mark.parametrize("lang,kinds,english", [
    ("ru", ("выпадает из ряда", "источники расходятся", "кандидаты", "план", "дата выведена"), "figures — "),
    ("kk", ("қатардан алшақ", "дереккөздер сәйкес емес", "үміткерлер", "жоспар", "күні болжанған"), "figures — "),
])
def test_the_queue_speaks_the_readers_language(data: Path, lang: str, kinds: tuple[str, ...], english: str) -> None:
    at = _app(page="review", lang=lang)
    at.text_input(key="reviewer_name").input("Dana").run()
    _ok(at)
    options = at.selectbox(key="rv_item").options
    assert options and all(o.startswith(tuple(f"[{k}] " for k in kinds)) for o in options), options[:5]
    assert not [o for o in options if english in o or "(persons)" in o or " vs " in o]


# Codes of the database (period kinds, how a period or a publication date was found) read as words in every
# language, never as "as_of → ytd", "inherited" or "text".
_DROP = {"kind": "outlier", "title": "", "parts": {
    "metric_id": "marathon_participants", "area": "KZ", "value": 50_000.0, "factor": None, "drop": 0.98,
    "prev_value": 3_000_000.0, "prev_kind": "cumulative", "kind": "ytd"}}
_INFERRED = {"kind": "inferred_date", "title": "", "parts": {
    "metric_id": "volunteers_total", "value": 4000.0, "qualifier": "at_least", "period_start": "2025-01-01",
    "period_end": "2025-12-31", "period_basis": "inherited", "date_basis": "text"}}


@pytest.mark.parametrize("lang,drop,inferred", [
    ("en", "(running total → year to date)",
     "2025 (period: taken from the text nearby; publication date: read in the article's text)"),
    ("ru", "(нарастающим итогом → с начала года)",
     "2025 (период: взят из соседнего текста; дата публикации: найдена в тексте статьи)"),
    ("kk", "(өспелі қорытынды → жыл басынан бері)",
     "2025 (кезең: көрші мәтіннен алынған; жарияланған күні: мақала мәтінінен алынған)"),
])
def test_queue_titles_say_period_kinds_and_date_bases_in_words(lang: str, drop: str, inferred: str) -> None:
    import pandas as pd

    from metrics.pages.review import item_label

    drop_label = item_label(pd.Series(_DROP), lang, {})
    inferred_label = item_label(pd.Series(_INFERRED), lang, {})
    assert drop in drop_label, drop_label
    assert inferred in inferred_label, inferred_label
    for code in ("cumulative", "ytd", "inherited", ": text)", "2025-01-01", ".."):
        assert code not in drop_label + inferred_label


def test_a_figure_in_a_unit_no_metric_counts_is_offered_no_metric(data: Path) -> None:
    """A candidate whose unit no catalog metric counts (food parcels counted in items, say)
    gets an empty metric menu with a prompt, not the catalog's first metric; accepting it without a choice
    writes nothing and says why."""
    from metrics import data as mdata
    from metrics import review as rq

    db_file = data / "kzvol.duckdb"
    catalog_units = {u for (u,) in _q(data, "SELECT DISTINCT unit FROM metrics")}
    groups = rq.candidate_groups(mdata.ReadOnlyDatabase(db_file))
    orphan = groups[~groups["unit"].isin(catalog_units)]
    assert len(orphan), "the bundled articles have candidates in units no metric counts"
    group = orphan.iloc[0]
    at = _app(page="review")
    at.text_input(key="reviewer_name").input("Dana").run()
    _ok(at)
    options = at.selectbox(key="rv_item").options
    chosen = next(o for o in options if f"«{group['noun']}»" in o and f"figures — {group['n']}," in o)
    at.selectbox(key="rv_item").set_value(chosen).run()
    _ok(at)
    menus = [b for b in at.selectbox if b.key and b.key.startswith("rv_metric_")]
    assert menus and all(m.value is None for m in menus), [m.value for m in menus]
    review_csv = data / "curated" / REVIEW_FILE
    before = review_csv.read_text(encoding="utf-8") if review_csv.exists() else ""
    oid = menus[0].key.removeprefix("rv_metric_")
    at.button(key=f"rv_accept_{oid}").click().run()
    _ok(at)
    assert any("Choose a metric" in w.value for w in at.warning), [w.value for w in at.warning]
    assert (review_csv.read_text(encoding="utf-8") if review_csv.exists() else "") == before

"""The real-set scorer follows scoring.md: period windows, value tolerance, one-to-one matching, headline ids."""

from __future__ import annotations

import datetime as dt

from bench.eval_real import Gold, gold_window, period_ok, score_article, value_ok


def gold(value: float, period: str, qualifier: str = "exact", metric: str = "", headline: bool = False) -> Gold:
    return Gold("a.txt", metric, value, qualifier, "persons", period, "KZ", headline, "")


def found(value: float, start: str | None, end: str | None, qualifier: str = "exact", metric: str | None = None):
    return {"value": value, "qualifier": qualifier, "period_start": start, "period_end": end, "metric": metric}


def test_windows() -> None:
    assert gold_window("2024") == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert gold_window("2021/2023") == (dt.date(2021, 1, 1), dt.date(2023, 12, 31))
    assert gold_window("annual@2025") == (dt.date(2024, 1, 1), dt.date(2025, 12, 31))
    assert gold_window("as_of@2025-12-05") == (dt.date(2025, 10, 21), dt.date(2026, 1, 19))
    assert gold_window("2024-09-20") == (dt.date(2024, 8, 20), dt.date(2024, 10, 21))
    assert gold_window("2024-09") == (dt.date(2024, 8, 1), dt.date(2024, 10, 31))
    assert gold_window("as_of@unknown") is None and gold_window("unknown") is None
    assert gold_window("as_of@2015-05") == (dt.date(2015, 3, 17), dt.date(2015, 7, 15))


def test_period_overlap_and_missing_period() -> None:
    assert period_ok("2024", "2024-06-01", "2024-06-30")
    assert not period_ok("2024", "2025-01-01", "2025-12-31")
    assert not period_ok("2024", None, None)
    assert period_ok("unknown", None, None)
    assert period_ok("as_of@2025-12-05", "2025-12-31", "2025-12-31")
    assert not period_ok("as_of@2025-12-05", "2026-02-01", "2026-02-01")


def test_value_tolerance() -> None:
    assert value_ok(1000, 1004) and not value_ok(1000, 1006) and value_ok(0, 0) and not value_ok(0, 1)


def test_kilograms_match_tonnes_the_extractor_converted() -> None:
    # Issue 9 asks for kg -> tonnes where the metric is in tonnes; blind gold writes the text's 300 kg.
    g = [Gold("a.txt", "waste_kg", 300, "at_least", "kg", "unknown", "KZ", False, "")]
    tonnes = score_article("a.txt", "kk", g, [dict(found(0.3, None, None, "at_least"), unit="tonnes")])
    kilos = score_article("a.txt", "kk", g, [dict(found(300, None, None, "at_least"), unit="kg")])
    wrong = score_article("a.txt", "kk", g, [dict(found(300, None, None, "at_least"), unit="tonnes")])
    assert tonnes.matched == 1 and kilos.matched == 1
    assert wrong.matched == 0 and wrong.misses[0][1] == "value missed"


def test_one_to_one_and_classes() -> None:
    golds = [gold(50000, "2020"), gold(50000, "2021"), gold(800, "2025", "at_least"), gold(7, "2025")]
    preds = [found(50000, "2020-01-01", "2020-12-31"), found(800, "2025-01-01", "2025-12-31"), found(3, None, None)]
    r = score_article("a.txt", "ru", golds, preds)
    assert r.matched == 1  # the one 50000 prediction cannot serve both gold figures
    classes = sorted(c for _, c in r.misses)
    assert classes == ["qualifier", "value missed", "value missed"]
    assert [f["value"] for f in r.false] == [800, 3]


def test_headline_needs_metric_id() -> None:
    g = [gold(300000, "2025", metric="volunteers_total", headline=True)]
    wrong = score_article("a.txt", "ru", g, [found(300000, "2025-01-01", "2025-12-31", metric=None)])
    right = score_article("a.txt", "ru", g, [found(300000, "2025-01-01", "2025-12-31", metric="volunteers_total")])
    assert wrong.matched == 0 and wrong.misses[0][1] == "metric id"
    assert right.matched == 1 and right.headline_ok == 1


def test_holdout_part_is_chosen_by_folder(tmp_path) -> None:
    """Pages in a `<lang>_holdout` folder are the blind part; every other folder is development."""
    from bench.eval_real import read_set

    for folder, name in (("ru", "ru_01.txt"), ("ru_holdout", "ru_h01.txt")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "pages.csv").write_text(
            f"article,url,query,outlet,published,lang\n{name},https://example.kz/{name},q,o,,ru\n", encoding="utf-8")
    pages, _ = read_set(tmp_path)
    assert {p.article: p.part for p in pages.values()} == {"ru_01.txt": "dev", "ru_h01.txt": "holdout"}


def test_identical_rows_of_a_sentence_the_page_repeats_are_one_fact() -> None:
    from bench.eval_real import dedupe

    quote = "A total of 3,755 people participated."
    row = Gold("a.txt", "cleanup_participants", 3755, "exact", "persons", "unknown", "KZ", False, quote)
    # the site printed the paragraph twice: the gold's two rows are one fact
    assert len(dedupe([row, row], {"a.txt": f"{quote}\nPhoto.\n{quote}"})) == 1
    # printed once: two identical rows of one sentence stay two facts ("A — 50 млн, B — 50 млн")
    assert len(dedupe([row, row], {"a.txt": f"{quote}\nPhoto."})) == 2
    # without the text the rows are kept as they are
    assert len(dedupe([row, row])) == 2

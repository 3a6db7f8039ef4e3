"""Whole composed articles in the style of other outlets (regional, Kazakh, English), not in the seed set.

They exercise what single sentences cannot: page noise, publication dates in other formats, a region named
only in the title, anaphora across sentences, and headline/body repeats.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from loaders.build import process_article

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def extract(name: str) -> tuple[dict, list[dict]]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    result = process_article(name, text, "sha", None)
    return result["source"], [f for f in result["figures"] if f["duplicate_of"] is None]


def row(f: dict) -> tuple:
    return (f["value"], f["qualifier"], f["unit"], f["metric"], f["period_start"], f["period_end"], f["area"])


def test_regional_russian_article() -> None:
    source, figs = extract("ru_karaganda_regional.txt")
    assert (source["published"], source["date_basis"], source["lang"]) == ("2025-03-15", "text", "ru")
    rows = [row(f) for f in figs]
    region = "Karaganda region"
    assert (18000.0, "at_least", "persons", "volunteers_total", "2025-03-15", "2025-03-15", region) in rows
    assert (9500.0, "approx", "persons", "volunteers_total", "2022-01-01", "2022-12-31", region) in rows
    assert (2.0, "almost", "ratio", "volunteers_total", "2024-01-01", "2024-12-31", region) in rows
    assert (1500.0, "at_least", "events", "volunteer_actions", "2024-01-01", "2024-12-31", region) in rows
    assert (146.0, "exact", "organizations", "volunteer_organizations", "2025-03-15", "2025-03-15", region) in rows
    # not figures: the view counter, the average age, the "Read also" tail
    assert not any(f["value"] in (2341.0, 22.0, 25.0) for f in figs)


def test_kazakh_article_with_a_date_in_words() -> None:
    source, figs = extract("kk_aktobe_blood.txt")
    assert (source["published"], source["lang"]) == ("2025-06-14", "kk")
    rows = [row(f) for f in figs]
    region = "Aktobe region"
    assert (14000.0, "at_least", "persons", "blood_donors_per_year", "2024-01-01", "2024-12-31", region) in rows
    assert (9000.0, "approx", "liters", "blood_collected_liters", "2024-01-01", "2024-12-31", region) in rows
    assert (5200.0, "approx", "persons", "blood_donors_per_year", "2025-01-01", "2025-06-14", region) in rows
    assert (8000.0, "exact", "persons", "blood_donors_per_year", "2020-01-01", "2020-12-31", region) in rows
    assert (14000.0, "at_least", "persons", "blood_donors_per_year", "2025-06-14", "2025-06-14", region) in rows
    assert (3.0, "exact", "points", None, "2025-06-14", "2025-06-14", region) in rows
    assert not any(f["value"] in (5.0, 7132.0, 55.0, 12.0, 34.0) for f in figs)  # "бес айда", the phone number


def test_english_article() -> None:
    source, figs = extract("en_national.txt")
    assert (source["published"], source["date_basis"], source["lang"]) == ("2024-12-05", "inferred", "en")
    rows = [row(f) for f in figs]
    assert (275000.0, "exact", "persons", "volunteers_total", "2024-12-05", "2024-12-05", "KZ") in rows
    assert (755.0, "at_least", "organizations", "volunteer_organizations", "2024-12-05", "2024-12-05", "KZ") in rows
    assert (6.0, "almost", "ratio", "volunteers_total", "2020-01-01", "2024-12-05", "KZ") in rows
    assert (260000.0, "almost", "donations", "blood_donations_per_year", "2023-01-01", "2023-12-31", "KZ") in rows
    assert (12500.0, "exact", "persons", "marathon_participants", "2024-01-01", "2024-12-05", "Almaty") in rows
    assert not any("2026" in f["text"] for f in figs)


def test_headline_repeated_in_the_body_is_one_figure() -> None:
    _, figs = extract("ru_flood_north.txt")
    volunteers = [f for f in figs if f["value"] == 3000.0]
    assert len(volunteers) == 1
    assert volunteers[0]["metric"] == "flood_volunteers"
    assert volunteers[0]["area"] == "North Kazakhstan region"


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_every_figure_keeps_its_span_and_sentence(name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    for f in process_article(name, text, "sha", None)["figures"]:
        assert text[f["start"]:f["end"]] == f["text"]
        assert f["text"] in f["quote"]
        assert dt.date.fromisoformat(f["period_start"]) <= dt.date.fromisoformat(f["period_end"])


def test_russian_article_with_menu_byline_and_counters() -> None:
    source, figs = extract("ru_national_with_menu.txt")
    assert (source["published"], source["date_basis"]) == ("2025-11-25", "text")
    assert source["title"].startswith("Более 400 тысяч казахстанцев")  # the title inside the menu run
    rows = [row(f) for f in figs]
    # "за последние пять лет … выросло более чем в восемь раз": a multiple over the five years before publication
    assert (8.0, "at_least", "ratio", "volunteers_total", "2020-11-25", "2025-11-25", "KZ") in rows
    assert (400000.0, "at_least", "persons", "volunteers_total", "2025-11-25", "2025-11-25", "KZ") in rows
    assert (50000.0, "approx", "persons", "volunteers_total", "2020-01-01", "2020-12-31", "KZ") in rows
    assert (180000.0, "exact", "persons", "qazvolunteer_platform_users", "2025-11-25", "2025-11-25", "KZ") in rows
    assert (12000.0, "at_least", "events", "volunteer_actions", "2025-01-01", "2025-11-25", "KZ") in rows
    assert not any(f["value"] in (12345.0, 300.0) for f in figs)  # view counter, "Read also" headline


def test_kazakh_regional_article_with_initiative_groups() -> None:
    source, figs = extract("kk_mangistau_regional.txt")
    assert (source["published"], source["lang"]) == ("2025-09-12", "kk")
    rows = [row(f) for f in figs]
    region = "Mangistau region"
    assert (8000.0, "at_least", "persons", "volunteers_total", "2025-01-01", "2025-09-12", region) in rows
    assert (120.0, "exact", "groups", "initiative_groups", "2025-09-12", "2025-09-12", region) in rows
    assert (1500.0, "at_least", "events", "volunteer_actions", "2024-01-01", "2024-12-31", region) in rows
    assert (12000.0, "exact", "trees", "trees_planted", "2025-01-01", "2025-09-12", region) in rows
    assert (6000.0, "approx", "persons", "blood_donors_per_year", "2024-01-01", "2024-12-31", region) in rows


def test_english_article_with_a_byline_date() -> None:
    source, figs = extract("en_blood_byline.txt")
    assert (source["published"], source["date_basis"]) == ("2025-06-14", "text")
    rows = [row(f) for f in figs]
    assert (190000.0, "at_least", "persons", "blood_donors_per_year", "2024-01-01", "2024-12-31", "KZ") in rows
    assert (95000.0, "almost", "liters", "blood_collected_liters", "2024-01-01", "2024-12-31", "KZ") in rows
    assert (85000.0, "approx", "persons", "transfusion_recipients_per_year", "2024-01-01", "2024-12-31",
            "KZ") in rows
    assert not any(f["value"] == 20.0 for f in figs)  # the "Related Posts" headline

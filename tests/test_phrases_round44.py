"""Round 44 (set 44): classes behind the misses and false figures of the set-44 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read, read

ROUND_44: dict[str, list[tuple[str, list[str], str]]] = {}

# "почти по миллиарду тенге в каждой из областей": a bound before the distributive "по"; "30-градусные морозы" is
# weather; the first years of independence are 1991–1992.
BOUNDS_WEATHER_INDEPENDENCE = [
    ("Предприятие выделит почти по миллиарду тенге в каждой из областей.", [f"1e+09 almost KZT * {NOW} *"], "ru"),
    ("Из-за 30-градусных морозов 40 домов остались без тепла.", [f"40 exact * * {NOW} *"], "ru"),
    ("Еліміз Тәуелсіздік алған жылдары облыста 15-тен аса қоғамдық ұйымдар тіркелсе, бүгінгі таңда олардың саны "
     "994-ке жетті.", ["15 at_least organizations * 1991-01-01..1992-12-31 *", f"994 exact organizations * {NOW} *"],
     "kk"),
    ("В первые годы независимости в области было 15 НКО.", ["15 exact * * 1991-01-01..1992-12-31 *"], "ru"),
    ("In the early years of independence there were 15 NGOs in the region.",
     ["15 exact * * 1991-01-01..1992-12-31 *"], "en"),
    ("The branch collected KZT 8.5 millon for the flood-hit district.", [f"8.5e+06 exact KZT * {NOW} *"], "en"),
    # negatives: "по" of each without a bound; a day of independence is no span of its years
    ("Волонтеры раздали по 5 килограммов муки 40 семьям.", [f"5 exact kg * {NOW} *", f"40 exact families * {NOW} *"],
     "ru"),
    ("В День независимости 300 волонтеров вышли на акцию.", ["300 exact persons * * *"], "ru"),
]
ROUND_44["BOUNDS_WEATHER_INDEPENDENCE"] = BOUNDS_WEATHER_INDEPENDENCE


# Set 45 (scored at the session's end): a road's kilometre marker ("жолының 120 шақырымында", "на 120 километре
# трассы") is where, not how far; a year as the subject of a report ("2011 was marked by …") dates its sentence.
MARKERS_AND_YEAR_SUBJECTS = [
    ("Қостанай-Әулиекөл жолының 120 шақырымында 40 көлік қалып қойды.", [f"40 exact * * {NOW} *"], "kk"),
    ("На 120 километре трассы застряли 40 машин.", [f"40 exact * * {NOW} *"], "ru"),
    ("2011 was marked by projects that equipped more than 30 medical institutions.",
     ["30 at_least * * 2011-01-01..2011-12-31 *"], "en"),
    # negatives: a distance cleaned; a count at a sentence's start
    ("Сондай-ақ жолдың 12 шақырымынан қоқыс жиналды.", [f"12 exact * * {NOW} *"], "kk"),
    ("2,011 volunteers were registered this spring.", ["2011 exact persons * * *"], "en"),
]
ROUND_44["MARKERS_AND_YEAR_SUBJECTS"] = MARKERS_AND_YEAR_SUBJECTS


@pytest.mark.parametrize(("text", "expected", "lang"), [case for table in ROUND_44.values() for case in table])
def test_round44(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# A national theme declared for the year to come ("to declare the upcoming year as the Year of Volunteer", "объявить
# следующий год Годом волонтера") dates an undated text the year before the theme's (2019 for the Year of Volunteer,
# 2020); a theme told as now stays the theme's year.
@pytest.mark.parametrize(("text", "lang", "period"), [
    ("The President decided to declare the upcoming year as the Year of Volunteer.\nIn total, 43 people were "
     "involved in the race as volunteers.", "en", "2019-01-01..2019-12-31"),
    ("Президент предложил объявить следующий год Годом волонтера.\nВсего в гонке работали 43 волонтера.", "ru",
     "2019-01-01..2019-12-31"),
    # negative
    ("This is the Year of Volunteer in Kazakhstan.\nIn total, 43 people were involved in the race as volunteers.",
     "en", "2020-01-01..2020-12-31"),
])
def test_a_theme_declared_for_the_year_to_come(text: str, lang: str, period: str) -> None:
    assert [g.split()[4] for g in read(text, lang, published=None)] == [period]

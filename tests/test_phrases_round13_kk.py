"""Round 13, Kazakh (kk13): the classes of the thirteenth real set's Kazakh misses and false figures, each fixed by
a rule of the language and checked with variants (cases, word orders, scripts, the other languages) and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15); the project-year table checks context.implied_year on a text without a date.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_context_periods import _sents
from test_extract_phrases import NOW, _check_read

from loaders.extract.context import implied_year
from loaders.extract.script import read_through_cyrillic

# A project named with its year whose results the page reports in the past tense dates an undated page to that
# year («QURBAN 2020» жобасы аясында … 500-ден астам ерікті үлес қосып, 200-ге жуық автокөлік жұмылдырылды; "в
# рамках проекта «Qurban-2021» роздано 30 тонн мяса"; "as part of the QURBAN 2020 project, 36 tonnes of meat were
# distributed"). Negatives: a plan or the future ("жоспарлануда", "будет роздано"), a programme's target year
# («Казахстан-2050» стратегиясы), a year after today, a count of projects ("2020 жоба"), last year's project.
PROJECT_NAME_YEAR = [
    ("«QURBAN 2020» жобасы аясында қала және аудан мешіттерінің имамдары, 500-ден астам ерікті жамағат үлес "
     "қосып, 200-ге жуық автокөлік жұмылдырылды.", 2020),
    ("«Qurban-2021» жобасы бойынша 7261 отбасыға құрбан еті таратылды.", 2021),
    ("«QURBAN 2020» jobasy aıasynda 500-den astam erikti úles qosyp, 200-ge jýyq avtokólik jumyldyryldy.", 2020),
    ("QURBAN 2020 жобасы аясында 36 тонна ет үлестірілді.", 2020),
    ("В рамках проекта «Qurban-2021» нуждающимся семьям роздали 30 тонн мяса.", 2021),
    ("В рамках проекта Qurban-2021 волонтеры раздали 30 тонн мяса.", 2021),
    ("As part of the QURBAN 2020 project, 36 tonnes of meat were distributed to 7,000 families.", 2020),
    ("Within the project «Qurban-2019» volunteers delivered meat to 500 families.", 2019),
    # negatives
    ("«QURBAN 2026» жобасы аясында 500 ерікті жұмылдыру жоспарлануда.", None),
    ("В рамках проекта «Qurban-2021» будет роздано 30 тонн мяса.", None),
    ("«Қазақстан-2050» стратегиясы жобасы аясында 300 ағаш отырғызылды.", None),
    ("В рамках проекта «Казахстан-2090» волонтеры посадили 300 деревьев.", None),
    ("Өңірде 2020 жоба іске асырылды.", None),
    ("Былтыр «Qurban 2019» жобасы аясында 300 отбасына ет таратылды.", None),  # last year's: no year of its own
]


@pytest.mark.parametrize("text,year", PROJECT_NAME_YEAR)
def test_project_name_year(text, year):
    assert implied_year(_sents(read_through_cyrillic(text).text)) == year


def test_project_name_year_dates_the_figures():
    from loaders.extract.context import document_date
    text = ("Қызылордада 36 тоннаға жуық құрбан еті таратылды\n\n«QURBAN 2020» жобасы аясында 500-ден астам ерікті "
            "жамағат үлес қосып, 200-ге жуық автокөлік жұмылдырылды.")
    guess = document_date(text, _sents(text))
    assert guess.date == dt.date(2020, 1, 1) and guess.precision == "year"


ROUND_1_13_KK: dict[str, list[tuple[str, list[str], str]]] = {}

# (tables of the other classes go above this line)


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_13_KK.values() for row in table])
def test_round13_kk(text, expected, lang):
    _check_read(text, expected, lang)


def test_now_is_the_tables_date():
    assert NOW

"""Round 32 (set 32): classes behind the misses and false figures of the set-32 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check, _check_read, assert_figures, read

ROUND_1_32: dict[str, list[tuple[str, list[str], str]]] = {}
Y2020 = "2020-01-01..2020-12-31"

# Not counts: the size of the teams a game is played by ("7-a-side football"); the article of a code ("Кодекстің 505
# бабы бойынша", "заңның 12 бабына"); a number inside a campaign's name in single curly quotes ("under the ‘100 books
# for rural libraries’ campaign"). Negatives: the counts beside them stay; an apostrophe is no quote.
NOT_COUNTS = [
    ("Children played 7-a-side football; 40 children took part.", [f"40 exact persons * {NOW} *"], "en"),
    ("Кодекстің 505 бабы бойынша 20 адам жауапқа тартылды.", [f"20 exact persons * {NOW} *"], "kk"),
    ("Заңның 12 бабына сәйкес 30 отбасыға көмек көрсетілді.", [f"30 exact families * {NOW} *"], "kk"),
    ("Rural libraries have received 10,000 books under the ‘100 books for rural libraries’ campaign.",
     [f"10000 exact * * {NOW} *"], "en"),
    # negatives
    ("The children’s home got 100 books from the volunteers.", [f"100 exact * * {NOW} *"], "en"),
    ("Облыста 5 бап бойынша емес, 40 ерікті жұмыс істейді.", [f"40 exact persons * {NOW} *"], "kk"),
]
ROUND_1_32["NOT_COUNTS"] = NOT_COUNTS

# A year in brackets before the figure is the aside's ("В 2020 году 13 426 человек стали донорами (в 2019 году -
# 12294 человека), из полученной крови заготовлено 11 453 дозы"): the figures after it keep the sentence's year.
# Negative: brackets after the figure may date it ("30 акций (данные 2019 года)").
ASIDE_YEAR_IN_BRACKETS = [
    ("В 2020 году 13 426 человек стали донорами центра (в 2019 году - 12294 человека), из полученной крови "
     "заготовлено 11 453 дозы компонентов крови и 7320 литров плазмы.",
     [f"13426 exact persons * {Y2020} *", "12294 exact persons * 2019-01-01..2019-12-31 *",
      f"11453 exact * * {Y2020} *", f"7320 exact liters * {Y2020} *"], "ru"),
    ("В 2020 году собрано 500 литров крови (в 2019 году - 400 литров), а волонтеры провели 30 акций.",
     [f"500 exact liters * {Y2020} *", "400 exact liters * 2019-01-01..2019-12-31 *", f"30 exact events * {Y2020} *"],
     "ru"),
    ("In 2020, 500 liters of blood were collected (400 liters in 2019), and volunteers held 30 events.",
     [f"500 exact liters * {Y2020} *", "400 exact liters * 2019-01-01..2019-12-31 *", f"30 exact events * {Y2020} *"],
     "en"),
    # negative
    ("Волонтеры провели 30 акций (данные 2019 года).", ["30 exact events * 2019-01-01..2019-12-31 *"], "ru"),
]
ROUND_1_32["ASIDE_YEAR_IN_BRACKETS"] = ASIDE_YEAR_IN_BRACKETS

# Kazakh "X тұрғындары" (residents of X): the residents are counted, not X ("мыңнан астам қала тұрғындары"). Negative:
# "5 қала" counts cities.
KK_RESIDENTS_OF = [
    ("Оған мыңнан астам қала тұрғындары қатысты.", [f"1000 at_least persons * {NOW} *"], "kk"),
    ("Акцияға 500 ауыл тұрғыны қатысты.", [f"500 exact persons * {NOW} *"], "kk"),
    # negative
    ("Облыста 5 қала бар.", [f"5 exact cities * {NOW} *"], "kk"),
]
ROUND_1_32["KK_RESIDENTS_OF"] = KK_RESIDENTS_OF


@pytest.mark.parametrize(("text", "expected", "lang"),
                         [case for table in ROUND_1_32.values() for case in table])
def test_round32(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# An index or a report named with its year ("По данным World Giving Report 2025, …", "The World Giving Index 2021
# …") dates the figures it gives, on an undated page too (its year is never to come). Negative: an event's year on an
# undated page may be to come and dates nothing of its own.
Y2025 = "2025-01-01..2025-12-31"
REPORT_YEAR_UNDATED = [
    ("Казахстан входит в топ-30 щедрых стран. По данным World Giving Report 2025, казахстанцы готовы тратить на "
     "благотворительность 1,2% своего дохода.", [f"1.2 exact percent * {Y2025} *"]),
    ("According to The World Giving Index 2021, Kazakhstan ranks among 114 countries.",
     ["114 exact * * 2021-01-01..2021-12-31 *"]),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_YEAR_UNDATED)
def test_round32_report_year_undated(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, published=None), expected)


# A standfirst under the title and a date line, after a skip link and a subtitle: the lead, read with its number.
PUB = dt.date(2025, 6, 15)
STANDFIRST = [
    ("Skip to main content\n\nVictims of floods in the Kostanay Oblast received aid cards from the Foundation\n\n"
     "April 22, 2021\n\nThe Foundation and the Red Crescent of Kazakhstan provided 10 million tenge monetary aid to "
     "residents of the Karasu District\n\nThe Foundation jointly with the Red Crescent provided monetary aid to "
     "residents of villages in the Karasu District who were affected by floods, the Foundation said.",
     ["1e+07 exact KZT * * *"]),
]


@pytest.mark.parametrize(("text", "expected"), STANDFIRST)
def test_round32_standfirst(text: str, expected: list[str]) -> None:
    _check(text, expected, PUB)

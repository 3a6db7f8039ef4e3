"""Round 33 (set 33): classes behind the misses and false figures of the set-33 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check, _check_read

ROUND_1_33: dict[str, list[tuple[str, list[str], str]]] = {}

# A rate among a group ("around 30 per 1000 girls aged 15-19", "30 на 1000 женщин"): the group's thousand is the
# rate's denominator. Negative: a thousand children helped is a count.
RATE_AMONG_A_GROUP = [
    ("The birth rate varied around 30 per 1000 girls aged 15-19.", ["30 approx * * * *"], "en"),
    ("Показатель рождаемости составил около 30 на 1000 женщин.", ["30 approx * * * *"], "ru"),
    # negative
    ("Volunteers helped 1000 children.", [f"1000 exact persons * {NOW} *"], "en"),
]
ROUND_1_33["RATE_AMONG_A_GROUP"] = RATE_AMONG_A_GROUP

# "N с половиной" is N and a half ("три с половиной тонны", "от двух с половиной до десяти лет", the ages then a
# range); a Kazakh set phrase "екі дүние" (this world and the next) counts nothing. Negative: "половина волонтеров"
# is a share.
HALF_AND_SET_PHRASES = [
    ("Волонтеры собрали три с половиной тонны мусора.", [f"3.5 exact tonnes * {NOW} *"], "ru"),
    ("В нем занимались дети от двух с половиной до десяти лет, всего 40 детей.", [f"40 exact persons * {NOW} *"],
     "ru"),
    ("Собрано семь с половиной тысяч тенге.", [f"7500 exact KZT * {NOW} *"], "ru"),
    ("Екі дүние бақыты үшін 20 адам көмектесті.", [f"20 exact persons * {NOW} *"], "kk"),
    # negative
    ("Половина волонтеров — студенты.", [f"50 approx percent * {NOW} *"], "ru"),
]
ROUND_1_33["HALF_AND_SET_PHRASES"] = HALF_AND_SET_PHRASES

# "Every year" within a stated span of years ("С 2021 по 2025 год ежегодно …", "2021 жылдан 2025 жылға дейін жыл
# сайын …") is of that span; "өткен 3 жылда" (in the past three years) is a span up to publication, as "соңғы 3
# жылда". Negatives: "every year" alone is the year before publication; "өткен жылы" is last year.
SPANS_OF_YEARS = [
    ("С 2021 по 2025 год ежегодно планируется высаживать 3 млн деревьев.",
     ["3e+06 exact trees * 2021-01-01..2025-12-31 *"], "ru"),
    ("2021 жылдан 2025 жылға дейін жыл сайын 3 млн ағаш отырғызу жоспарланған.",
     ["3e+06 exact trees * 2021-01-01..2025-12-31 *"], "kk"),
    ("Жалпы, өткен 3 жылда 10,3 млн ағаш отырғызылды.", ["1.03e+07 exact trees * 2022-06-15..2025-06-15 *"], "kk"),
    ("Өткен екі жылда 500 ағаш отырғызылды.", ["500 exact trees * 2023-06-15..2025-06-15 *"], "kk"),
    # negatives
    ("Ежегодно волонтеры высаживают 3 млн деревьев.", ["3e+06 exact trees * 2024-01-01..2024-12-31 *"], "ru"),
    ("Өткен жылы 500 ағаш отырғызылды.", ["500 exact trees * 2024-01-01..2024-12-31 *"], "kk"),
]
ROUND_1_33["SPANS_OF_YEARS"] = SPANS_OF_YEARS


@pytest.mark.parametrize(("text", "expected", "lang"),
                         [case for table in ROUND_1_33.values() for case in table])
def test_round33(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


PUB = dt.date(2025, 6, 15)
# Pages: a past event reported with its day ("On the 20th April … conducted their first charity concert", "15 мая в
# городе прошел благотворительный концерт") dates a later report in the past that names it again ("The concert was
# visited by approximately 300 people", "Концерт посетили около 300 человек"); a report that does not name it keeps
# its own time ("Last year, the school collected 500 books"). A weather reading under the town's name is not joined
# to it as one line ("Пасмурно⏎давление: 742 мм.рт.ст."), and a login prompt is no title. A number of an estimate
# closing a page cut by the copy ("…Бұл санатта шамамен 10") is not known.
PAGES = [
    ("On the 20th April high school students conducted their first charity concert in Kuryk village.\n"
     "The concert was visited by approximately 300 people, school students, their parents and friends.",
     ["300 approx persons * 2025-04-20..2025-04-20 *"]),
    ("15 мая в городе прошел благотворительный концерт.\nКонцерт посетили около 300 человек, собрано 200 тысяч тенге.",
     ["300 approx persons * 2025-05-15..2025-05-15 *", "200000 exact KZT * 2025-05-15..2025-05-15 *"]),
    ("Погода в Усть-Каменогорске\n0°С\nв Усть-Каменогорске Пасмурно\nдавление: 742 мм.рт.ст.\n"
     "USD503.05\nEUR542.99\nRUB5.98\n"
     "Авторизуйтесь через один из следующих сервисов:\nGoogleMailruYandex\n"
     "В Усть-Каменогорске выделят 4 млн тенге на стерилизацию бездомных животных\n"
     "До этого бюджет ежегодно выделял на эти цели 2 миллиона тенге, после выплаты налогов сумма стала меньше.",
     ["4e+06 exact KZT * * *", "2e+06 exact KZT * * *"]),
    ("Донорлар туралы.\nДонор болуға келісім 18 жастан 65 жасқа дейінгі азаматтар арасында тіркеледі. Бұл санатта "
     "шамамен 10", []),
    # negative
    ("On the 20th April high school students conducted their first charity concert in Kuryk village.\n"
     "Last year, the school collected 500 books for the library.", ["500 exact * * 2024-01-01..2024-12-31 *"]),
]


@pytest.mark.parametrize(("text", "expected"), PAGES)
def test_round33_pages(text: str, expected: list[str]) -> None:
    _check(text, expected, PUB)

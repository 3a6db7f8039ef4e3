"""Round 35 (set 35): classes behind the misses and false figures of the set-35 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check, _check_read

ROUND_1_35: dict[str, list[tuple[str, list[str], str]]] = {}

# Ranges in Russian and English words with a hyphen ("по три-четыре в одни руки", "пять-шесть тонн", "two-three
# tonnes", "около двух-трех тысяч"): the low end at least, the high end at most (both about under "около").
WORD_RANGES_RU_EN = [
    ("Спонсоры предоставили так много подарков, что пришлось по три-четыре в одни руки.",
     [f"3 at_least * * {NOW} *", f"4 at_most * * {NOW} *"], "ru"),
    ("Волонтеры собрали пять-шесть тонн мусора.", [f"5 at_least tonnes * {NOW} *", f"6 at_most tonnes * {NOW} *"],
     "ru"),
    ("Volunteers collected two-three tonnes of waste.", [f"2 at_least tonnes * {NOW} *", f"3 at_most tonnes * {NOW} *"],
     "en"),
    ("Около двух-трех тысяч человек пришли на акцию.",
     [f"2000 approx persons * {NOW} *", f"3000 approx persons * {NOW} *"], "ru"),
    # negative: an English compound with a hyphen is one number
    ("Volunteers planted twenty-five trees.", [f"25 exact trees * {NOW} *"], "en"),
]
ROUND_1_35["WORD_RANGES_RU_EN"] = WORD_RANGES_RU_EN

# A Russian ambiguous ending after digits is a cardinal's before a plural noun in its case ("5-ю организациями",
# "30-м семьям"); an ordinal agrees with a singular ("на 5-ю неделю", "на 5-м этаже").
CASE_ENDINGS_RU = [
    ("30-ти семьям 5-ю организациями оказана помощь в виде продуктовых наборов.",
     [f"30 exact families * {NOW} *", f"5 exact organizations * {NOW} *"], "ru"),
    ("Помощь оказана 30-м семьям района.", [f"30 exact families * {NOW} *"], "ru"),
    # negatives
    ("На 5-ю неделю пришли 40 волонтеров.", [f"40 exact persons * {NOW} *"], "ru"),
    ("На 5-м этаже работают 12 волонтеров.", [f"12 exact persons * {NOW} *"], "ru"),
]
ROUND_1_35["CASE_ENDINGS_RU"] = CASE_ENDINGS_RU

# The years of a war date what the war itself did ("1941-1945 жылғы Ұлы Отан соғысына аттанған әрбір екінші жауынгер
# оралмады"), not what is done for its veterans today (round 30). "тоғыз құмалақ" (the board game) counts nothing; a
# "жуық" cut to "жуы" at the page's end is still about.
WAR_GAME_AND_CUT_KK = [
    ("1941-1945 жылғы Ұлы Отан соғысына аттанған әрбір екінші жауынгер туған жерге қайта оралған жоқ.",
     ["50 approx percent * 1941-01-01..1945-12-31 *"], "kk"),
    ("Тоғыз құмалақ турнирінде 40 бала ойнады.", [f"40 exact persons * {NOW} *"], "kk"),
    ("Бірінші қабаттан бөлек екінші қабатта да 100-ге жуы", [f"100 approx * * {NOW} *"], "kk"),
    # negative
    ("Ветеранам Великой Отечественной войны 1941-1945 годов волонтеры вручили 120 подарков.",
     [f"120 exact * * {NOW} *"], "ru"),
]
ROUND_1_35["WAR_GAME_AND_CUT_KK"] = WAR_GAME_AND_CUT_KK

# A count reached "last year" ("grew to 10,000 last year", "from 3,000 in 2019 to 10,000 last year") is no duration
# of ten thousand years. Negative: "14 calendar days" is a duration.
COUNT_BEFORE_LAST_YEAR_EN = [
    ("The number of volunteers grew to 10,000 last year.", ["10000 exact * * 2024-01-01..2024-12-31 *"], "en"),
    ("The number of volunteers grew from 3,000 in 2019 to 10,000 last year.",
     ["3000 exact persons * 2019-01-01..2019-12-31 *", "10000 exact * * 2024-01-01..2024-12-31 *"], "en"),
    # negative
    ("Volunteers worked 14 calendar days.", [], "en"),
]
ROUND_1_35["COUNT_BEFORE_LAST_YEAR_EN"] = COUNT_BEFORE_LAST_YEAR_EN


@pytest.mark.parametrize(("text", "expected", "lang"),
                         [case for table in ROUND_1_35.values() for case in table])
def test_round35(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# "Every year" of a sentence goes on into the next one's yearly count ("жыл сайын 220 мың адам қан тапсырады. 285
# мыңға жуық донация жасалады"), not into a sum of money ("… до 6 млн саженцев ежегодно. Общая стоимость
# строительства оценивается в 3,5 млрд тенге": the cost is not yearly).
SEP_2025 = dt.date(2025, 9, 3)
YEARLY_INTO_THE_NEXT_SENTENCE = [
    ("Проект предполагает создание питомника, рассчитанного на выращивание до 6 млн саженцев ежегодно. Общая "
     "стоимость строительства оценивается в 3,5 млрд тенге.",
     ["6e+06 at_most trees * 2024-01-01..2024-12-31 *", "3.5e+09 exact KZT * 2025-09-03..2025-09-03 *"]),
    ("Елімізде жыл сайын шамамен 220 мың адам қан тапсырады. 285 мыңға жуық донация жасалады.",
     ["220000 approx persons * 2024-01-01..2024-12-31 *", "285000 approx donations * 2024-01-01..2024-12-31 *"]),
]


@pytest.mark.parametrize(("text", "expected"), YEARLY_INTO_THE_NEXT_SENTENCE)
def test_round35_yearly_into_the_next_sentence(text: str, expected: list[str]) -> None:
    _check(text, expected, SEP_2025)


# A plan told now does not take the past year of the sentence before ("In 2012 the company built a kindergarten. The
# memo for two years ahead stipulates KZT 600 mln", "В 2012 году … В следующем году … будет выделено 600 млн").
# Negative: a past deed goes on in that year ("… It spent KZT 600 mln on social projects").
FEB_2014 = dt.date(2014, 2, 21)
PLAN_AFTER_A_PAST_YEAR = [
    ("In 2012 the company built a kindergarten for the city. The memo for two years ahead stipulates KZT 600 mln for "
     "social projects.", ["6e+08 exact KZT * 2014-02-21..2014-02-21 *"]),
    ("В 2012 году компания построила детский сад. В следующем году на социальные проекты будет выделено 600 млн тенге.",
     ["6e+08 exact KZT * 2015-01-01..2015-12-31 *"]),
    # negative
    ("In 2012 the company built a kindergarten for the city. It spent KZT 600 mln on social projects.",
     ["6e+08 exact KZT * 2012-01-01..2012-12-31 *"]),
]


@pytest.mark.parametrize(("text", "expected"), PLAN_AFTER_A_PAST_YEAR)
def test_round35_plan_after_a_past_year(text: str, expected: list[str]) -> None:
    _check(text, expected, FEB_2014)

"""Round 43 (set 43): classes behind the misses and false figures of the set-43 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check_read, read

ROUND_43: dict[str, list[tuple[str, list[str], str]]] = {}

# Labels: articles of a code in a list with sub-items in brackets ("Articles 128 and 133, 125 (3b), 126 (3b), 270 …
# of the Criminal Code"); disability groups listed in Kazakh ("1,2,3 топтағы мүгедектер") and Russian ("инвалиды 1 и
# 2 группы"); a season with its adjective ("16 трудовой сезон").
LABELS = [
    ("Trafficking is prohibited under Articles 128 and 133, 125 (3b), 126 (3b) and 270 of the Criminal Code, and 40 "
     "victims were helped.", [f"40 exact * * {NOW} *"], "en"),
    ("Маскалар 1,2,3 топтағы мүгедектерге таратылды, барлығы 500 адам.", [f"500 exact persons * {NOW} *"], "kk"),
    ("Инвалиды 1 и 2 группы получили помощь, работали 40 волонтеров.", [f"40 exact persons * {NOW} *"], "ru"),
    ("16 трудовой сезон открыли 300 бойцов отряда.", [f"300 exact * * {NOW} *"], "ru"),
    # negatives: groups of people counted, seasons counted
    ("Волонтеров разделили на 2 группы по 20 человек.", ["2 exact * * * *", "20 exact persons * * *"], "ru"),
    ("В 3 трудовых сезонах участвовали 40 бойцов.", ["3 exact * * * *", "40 exact * * * *"], "ru"),
]
ROUND_43["LABELS"] = LABELS


@pytest.mark.parametrize(("text", "expected", "lang"), [case for table in ROUND_43.values() for case in table])
def test_round43(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# A sentence that announces the results of a past year ("spoke about the results of work for 2021", "подвели итоги
# работы за 2021 год") dates the figures the report then lists, also in the present tense and over the day of the
# meeting it was told at; a year not over by publication dates nothing.
FEB_2022 = dt.date(2022, 2, 2)


@pytest.mark.parametrize(("text", "lang", "period"), [
    ("On February 2, the team held a working meeting with NGOs. The leaders spoke about the results of work for 2021. "
     "The number of people covered by prevention programs is 1102.", "en", "2021-01-01..2021-12-31"),
    ("2 февраля руководители НКО подвели итоги работы за 2021 год. Число охваченных профилактикой составляет 1102.",
     "ru", "2021-01-01..2021-12-31"),
    ("Ұйымдар 2021 жылғы жұмыс қорытындысын шығарды. Алдын алу бағдарламаларымен 1102 адам қамтылды.", "kk",
     "2021-01-01..2021-12-31"),
    # negative: the results of this year, not over
    ("The leaders spoke about the results of work for 2022 so far. 1102 people are covered by prevention programs.",
     "en", "2022-02-02..2022-02-02"),
])
def test_results_of_a_past_year(text: str, lang: str, period: str) -> None:
    assert [g.split()[4] for g in read(text, lang, published=FEB_2022)] == [period]

"""Round 34 (set 34): classes behind the misses and false figures of the set-34 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check, _check_read, assert_figures, read

ROUND_1_34: dict[str, list[tuple[str, list[str], str]]] = {}

# Not counts: a class a person is of ("инвалида 2 группы", "кровь 2 группы"), a military unit's number ("войсковой
# части 21751"). Negative: volunteers split into two groups counts groups.
CLASSES_AND_UNITS_RU = [
    ("Артисты обеспечили семью инвалида 2 группы, 5 детей получили подарки.", [f"5 exact persons * {NOW} *"], "ru"),
    ("Оказалось, что у меня 2 группы крови, и 40 человек сдали кровь.", [f"40 exact persons * {NOW} *"], "ru"),
    ("Военнослужащие войсковой части 21751 сдали 90 литров крови.", [f"90 exact liters * {NOW} *"], "ru"),
    # negative
    ("Волонтеры разделились на 2 группы и помогли 40 семьям.", [f"2 exact * * {NOW} *", f"40 exact families * {NOW} *"],
     "ru"),
]
ROUND_1_34["CLASSES_AND_UNITS_RU"] = CLASSES_AND_UNITS_RU


@pytest.mark.parametrize(("text", "expected", "lang"),
                         [case for table in ROUND_1_34.values() for case in table])
def test_round34(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


JAN_2021 = dt.date(2021, 1, 22)
Y2020 = "2020-01-01..2020-12-31"
# An example of what the lead told ("Мысалы, …", "Например, …", "For example, …") goes on from it across a subheading:
# a lead about "the end of last year" in an article of January dates the examples; a Kazakh participle in -ған/-ген
# closing the clause ("… көмір түсіріп берген") is a past report. Negative: an example of a present state keeps the
# publication day.
EXAMPLES_OF_THE_LEAD = [
    ("Жетісуда бірқатар жағымды іс атқарылды. Әсіресе, өткен жыл соңында мұқтаждарға жәрдемдесу мақсатында әр аудан "
     "көмір мен отын сатып әперді.\n\nЖүрегі жұмсақ жетісулықтар\n\nМысалы, Қапшағай қаласында 1 600 отбасыға қажетті "
     "жәрдем берілді. Тағы 55 отбасыға 1 млн 540 мың теңгеге көмір түсіріп берген.",
     [f"1600 exact families * {Y2020} *", f"55 exact families * {Y2020} *", f"1.54e+06 exact KZT * {Y2020} *"]),
    ("Волонтеры подвели итоги. В конце прошлого года они помогли многим семьям области с углем и продуктами.\n\n"
     "Итоги\n\nНапример, в Капшагае помощь получили 1 600 семей.", [f"1600 exact families * {Y2020} *"]),
    # negative
    ("Ауылда жаңа мектеп ашылды.\n\nМысалы, мектепте 600 оқушы оқиды.",
     ["600 exact persons * 2021-01-22..2021-01-22 *"]),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_OF_THE_LEAD)
def test_round34_examples_of_the_lead(text: str, expected: list[str]) -> None:
    _check(text, expected, JAN_2021)


# An undated page that compares "this year" with "the same period of 2020" ("по сравнению с аналогичным периодом 2020
# года") is of 2021. Negative: a page whose latest year is 2020 told plainly is of 2020.
SAME_PERIOD_OF_A_YEAR = [
    ("So, according to the Ministry, in Kazakhstan from the beginning of this year, 7,515 fires were registered. "
     "Compared to the same period of 2020, the number of fires decreased by 7%.",
     ["7515 exact * * 2021-01-01..2021-12-31 *", f"7 exact percent * {Y2020} *"]),
    ("По данным министерства, с начала года зарегистрировано 7 515 пожаров. По сравнению с аналогичным периодом 2020 "
     "года их число снизилось на 7%.", ["7515 exact * * 2021-01-01..2021-12-31 *", f"7 exact percent * {Y2020} *"]),
    # negative
    ("In 2020, 7,515 fires were registered.", [f"7515 exact * * {Y2020} *"]),
]


@pytest.mark.parametrize(("text", "expected"), SAME_PERIOD_OF_A_YEAR)
def test_round34_same_period_of_a_year(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, published=None), expected)

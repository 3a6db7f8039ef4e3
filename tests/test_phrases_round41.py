"""Round 41 (set 41): classes behind the misses and false figures of the set-41 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_41: dict[str, list[tuple[str, list[str], str]]] = {}

# An amount converted in brackets with its currency code glued ("(c. USD2.4m)", "EUR3bn") and circa written "c." at
# the bracket's opening: a million (a billion) and about. "25 °C." is no circa.
GLUED_CODES_AND_CIRCA = [
    ("ERG will donate almost KZT 1bn (c. USD2.4m) to the fund.",
     [f"1e+09 almost KZT * {NOW} *", f"2.4e+06 approx USD * {NOW} *"], "en"),
    ("The project cost USD2.4m in total.", [f"2.4e+06 exact USD * {NOW} *"], "en"),
    ("The bank lent EUR3bn to the region.", [f"3e+09 exact EUR * {NOW} *"], "en"),
    # negatives
    ("Temperatures reached 25 °C. 300 people were evacuated.", [f"300 exact persons * {NOW} *"], "en"),
]
ROUND_41["GLUED_CODES_AND_CIRCA"] = GLUED_CODES_AND_CIRCA

# Not figures: an age with a possessive ("the 59 year-old's last delivery"), the low end of a duration whose unit is
# hyphenated to the high end ("the 6- to 8-month treatment programme"). A cubic measure glued to its number ("7м3
# ТБО") is a figure, not a name.
AGES_DURATIONS_GLUED_MEASURES = [
    ("It is the 59 year-old's last delivery, and 40 families got parcels.", [f"40 exact families * {NOW} *"], "en"),
    ("Nurses support 50 patients through the 6- to 8-month treatment programme.", [f"50 exact persons * {NOW} *"],
     "en"),
    ("В субботнике участвовали 6 человек и 2 единицы спецтехники,7м3 ТБО было вывезено на полигон.",
     [f"6 exact persons * {NOW} *", f"2 exact * * {NOW} *", f"7 exact * * {NOW} *"], "ru"),
    # negative: an age stays out, a range of counts stays in
    ("A 12 year-old boy planted 30 trees.", [f"30 exact trees * {NOW} *"], "en"),
    ("From 6 to 8 volunteers came every day.", [f"6 at_least persons * {NOW} *", f"8 at_most persons * {NOW} *"], "en"),
]
ROUND_41["AGES_DURATIONS_GLUED_MEASURES"] = AGES_DURATIONS_GLUED_MEASURES

# Russian verbs of a multiple, as English "doubled": "количество удвоилось", "утроилось" (a ratio of 2, 3).
MULTIPLE_VERBS_RU = [
    ("За последний год количество экоактивистов в республике удвоилось.", ["2 exact ratio * * *"], "ru"),
    ("Число доноров утроилось за три года.", ["3 exact ratio * * *"], "ru"),
    # negative
    ("Число волонтеров выросло вдвое.", ["2 exact ratio * * *"], "ru"),
]
ROUND_41["MULTIPLE_VERBS_RU"] = MULTIPLE_VERBS_RU

# Kazakh "жас" before who the young are ("38 жас жасақ құрамында", "50 жас маман") counts young people, not an age;
# a month named in a "Мысалы, … -са, …" sentence makes it a fact of that month, not a worked example of a rule.
YOUNG_AND_MONTHS_KK = [
    ("Мысалы, маусым айында Қызылорда қаласында 38 жас жасақ құрамында еңбек етсе, шілдеде тағы 170 сарбазға жолдама "
     "берілді.", ["38 exact persons * * *", "170 exact * * * *"], "kk"),
    ("Ауылға 50 жас маман келді.", [f"50 exact persons * {NOW} *"], "kk"),
    # negatives: an age; a worked example of a rule
    ("38 жастағы ер адам табылды.", [], "kk"),
    ("Мысалы, бір отбасында 6 адам болса, сол 6 адамға 600 мың теңге беріледі.", [], "kk"),
]
ROUND_41["YOUNG_AND_MONTHS_KK"] = YOUNG_AND_MONTHS_KK


@pytest.mark.parametrize(("text", "expected", "lang"), [case for table in ROUND_41.values() for case in table])
def test_round41(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)

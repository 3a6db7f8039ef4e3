"""Round 35 (set 35): classes behind the misses and false figures of the set-35 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

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


@pytest.mark.parametrize(("text", "expected", "lang"),
                         [case for table in ROUND_1_35.values() for case in table])
def test_round35(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)

"""Round 29 (helper rukk): classes from the 29th set, each fixed by a rule of the language and checked with
variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_29_RUKK: dict[str, list[tuple[str, list[str], str]]] = {}

# A long scale word with one letter doubled or tripled by a typo ("212 милллион теңге", "мииллион", "миллиардд")
# still scales the number before it, in Kazakh and Russian. Negatives: other "милл-" words (миллиметр, миллилитр)
# and a correctly spelt scale word keep their reading.
MISSPELT_SCALE = [
    ("Олардың есепшоттарына 212 милллион теңге жиналған.", [f"2.12e+08 exact KZT * {NOW} *"], "kk"),
    ("Қорға 5 мииллион теңге аударылды.", [f"5e+06 exact KZT * {NOW} *"], "kk"),
    ("Жобаға 2 миллиардд теңге бөлінді.", [f"2e+09 exact KZT * {NOW} *"], "kk"),
    ("Olardyń esepshottaryna 212 mılllıon teńge jınalǵan.", [f"2.12e+08 exact KZT * {NOW} *"], "kk"),
    ("На счета детей собрано 212 милллионов тенге.", [f"2.12e+08 exact KZT * {NOW} *"], "ru"),
    ("Фонд направил 3 мииллиона тенге на помощь.", [f"3e+06 exact KZT * {NOW} *"], "ru"),
    # negatives
    ("Жобаға 2 миллиард теңге бөлінді.", [f"2e+09 exact KZT * {NOW} *"], "kk"),
    ("Осадки составили 40 миллиметров.", [f"40 exact * * {NOW} *"], "ru"),
]
ROUND_1_29_RUKK["misspelt_scale"] = MISSPELT_SCALE

# "Last year" just before a half or quarter named without a year ("былтыр елімізде алғашқы жартыжылдықта", "өткен
# жылы бірінші тоқсанда", "в прошлом году в первом полугодии", "last year in the first quarter"): that part of last
# year, not of the publication's. Negatives: a bare half-year is this year's; "биыл" after "былтыр" takes over.
LAST_YEAR_PART = [
    ("Былтыр елімізде алғашқы жартыжылдықта волонтерлердің қатысуымен 27 мыңнан аса іс-шара өтті.",
     ["27000 at_least * * 2024-01-01..2024-06-30 *"], "kk"),
    ("Өткен жылы бірінші тоқсанда еріктілер 500 ағаш отырғызды.", ["500 exact trees * 2024-01-01..2024-03-31 *"], "kk"),
    ("Byltyr elimizde alǵashqy jartyjyldyqta eriktiler 500 aǵash otyrǵyzdy.",
     ["500 exact trees * 2024-01-01..2024-06-30 *"], "kk"),
    ("В прошлом году в первом полугодии волонтеры провели 300 акций.",
     ["300 exact * * 2024-01-01..2024-06-30 *"], "ru"),
    ("Last year in the first quarter volunteers planted 400 trees.",
     ["400 exact trees * 2024-01-01..2024-03-31 *"], "en"),
    # negatives
    ("Алғашқы жартыжылдықта еріктілер 27 мыңнан аса іс-шара өткізді.", ["27000 at_least * * 2025-01-01..2025-06-30 *"],
     "kk"),
    ("Былтыр 100 ағаш отырғызылды, ал биыл бірінші тоқсанда 200 ағаш отырғызылды.",
     ["100 exact trees * 2024-01-01..2024-12-31 *", "200 exact trees * 2025-01-01..2025-03-31 *"], "kk"),
]
ROUND_1_29_RUKK["last_year_part"] = LAST_YEAR_PART

# A share button alone on its line under the lead ("ПОДЕЛИТЬСЯ", "Share", "Бөлісу"), with the article going on
# after it: not the page's tail, so the figures after it are read. Negative: a share button closing the page, with
# only short headlines after it, still cuts them.
_LEAD = "Волонтеры собрали мусор на склоне Кок-Жайлау, который оставили отдыхающие в горах в минувшие выходные."
_BODY = ("Группа энтузиастов, увидев фотографии оставленного мусора на склоне, решила подняться и очистить его. "
         "15 волонтеров собрали более 17 пакетов и спустили их с гор. Организаторы поблагодарили всех, кто "
         "откликнулся на призыв и потратил свои выходные на уборку склона.")
SHARE_BUTTON_MID_BODY = [
    (f"{_LEAD}\n\nПОДЕЛИТЬСЯ\n\n{_LEAD}\n\n{_BODY}",
     [f"15 exact persons * {NOW} *", f"17 at_least * * {NOW} *"], "ru"),
    ("Volunteers cleaned the slopes of Kok-Zhailau after the weekend crowds left their rubbish in the mountains.\n\n"
     "Share\n\nA group of enthusiasts saw the photos of the rubbish and decided to climb the slope to clean it up.\n\n"
     "15 volunteers collected more than 17 bags of rubbish and carried them down from the mountains.",
     [f"15 exact persons * {NOW} *", f"17 at_least * * {NOW} *"], "en"),
    # negative: the button closes the page
    (f"{_LEAD}\n\n{_BODY}\n\nПоделиться\n\n300 волонтеров вышли на субботник\n\nВ Астане высадили 500 деревьев",
     [f"15 exact persons * {NOW} *", f"17 at_least * * {NOW} *"], "ru"),
]
ROUND_1_29_RUKK["share_button_mid_body"] = SHARE_BUTTON_MID_BODY


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_29_RUKK.values() for row in table])
def test_round29_rukk(text, expected, lang):
    _check_read(text, expected, lang)

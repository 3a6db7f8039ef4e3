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


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_29_RUKK.values() for row in table])
def test_round29_rukk(text, expected, lang):
    _check_read(text, expected, lang)

"""Round 24 (ru/kk): classes behind set 24's Russian and Kazakh misses and false figures, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_24_RUKK: dict[str, list[tuple[str, list[str], str]]] = {}

# A bare Russian "десяток" with no number before it ("поздравили десяток активных команд", "участвовал десяток
# волонтеров"): "some ten", approximate, in every case form. Negatives: a number of tens is exact ("два десятка
# волонтеров"), a bound word keeps its bound ("более десятка"), and the plural "десятки" ("tens of") is no figure.
ABOUT_TEN = [
    ("К Международному дню волонтёров поздравили десяток активных команд добровольцев.",
     [f"10 approx * * {NOW} *"], "ru"),
    ("В субботнике участвовал десяток волонтеров.", [f"10 approx persons * {NOW} *"], "ru"),
    ("Волонтеры посадили десяток деревьев.", [f"10 approx trees * {NOW} *"], "ru"),
    ("Продуктовые наборы передали десятку семей.", [f"10 approx families * {NOW} *"], "ru"),
    ("Около десятка семей получили помощь.", [f"10 approx families * {NOW} *"], "ru"),
    # negatives
    ("Более десятка волонтеров вышли на субботник.", [f"10 at_least persons * {NOW} *"], "ru"),
    ("В акции участвовали два десятка волонтеров.", [f"20 exact persons * {NOW} *"], "ru"),
    ("Помощь получили десятки семей.", [], "ru"),
]
ROUND_1_24_RUKK["ABOUT_TEN"] = ABOUT_TEN


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_24_RUKK.values() for row in table])
def test_round24_rukk(text, expected, lang):
    _check_read(text, expected, lang)

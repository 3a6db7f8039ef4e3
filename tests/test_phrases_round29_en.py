"""Round 29, English (set 29): classes behind the misses and false figures of the set-29 English pages, each fixed
by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_29_EN: dict[str, list[tuple[str, list[str], str]]] = {}

# An abbreviated "approximately" with its dot ("(approx. $2,652,100)", "approx. 300 trees", "ca. 500", "прибл. 300
# деревьев"): the figure is approximate and the dot ends no sentence. Negatives: the bare figure stays exact, and a
# word ending in "ca" ("Africa.") is no abbreviation.
APPROX_ABBREVIATION = [
    ("The foundation spent 1,131,956,033 tenge (approx. $2,652,100) on aid.",
     ["1.13196e+09 exact KZT * * *", "2.6521e+06 approx USD * * *"], "en"),
    ("Volunteers planted approx. 300 trees in Almaty.", [f"300 approx trees trees_planted {NOW} *"], "en"),
    ("Volunteers planted approx 300 trees in Almaty.", [f"300 approx trees trees_planted {NOW} *"], "en"),
    ("Volunteers planted ca. 500 trees in Almaty.", [f"500 approx trees trees_planted {NOW} *"], "en"),
    ("Волонтеры высадили прибл. 300 деревьев в Алматы.", [f"300 approx * * {NOW} *"], "ru"),
    # negatives
    ("Volunteers planted 300 trees in Almaty.", [f"300 exact trees trees_planted {NOW} *"], "en"),
    ("Guests came from Africa. 300 trees were planted by volunteers.", [f"300 exact trees * {NOW} *"], "en"),
]
ROUND_1_29_EN["APPROX_ABBREVIATION"] = APPROX_ABBREVIATION


@pytest.mark.parametrize(("text", "expected", "lang"),
                         [case for table in ROUND_1_29_EN.values() for case in table])
def test_round29_en(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)

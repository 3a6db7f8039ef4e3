"""Round 6, Russian: classes of phrasing behind the misses and false figures of the fifth real set's Russian pages
(regional sites, police and akimat press releases, wire copy) and of probes in the styles of regional
Russian-language sites of Kazakhstan; each fixed by a rule of the language and checked here with variants (cases,
word orders, with and without qualifiers), Kazakh and English variants where the class exists there too, and
negatives that must not change.

Same format as tests/test_extract_phrases.py: "value qualifier unit metric period_start..period_end area",
"*" for any; publication date 2025-06-15.
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

# "One" counting a measure in a list of amounts ("по две тонны макарон … и одна тонна гречки", "одну тонну гречки и
# две тонны муки") or as what was done ("собрали одну тонну"): an amount, also when the other numbers of the list are
# words. Not a saying ("Один литр крови спасает …"), a rate's base ("за одну тонну") or "один из".
ONE_MEASURE_IN_A_LIST = [
    ("Собрано 30 тонн продуктов: по 10 тонн муки, пять тонн сахара, по две тонны макарон и одна тонна гречки.",
     [f"30 exact tonnes * {NOW} KZ", f"10 exact tonnes * {NOW} KZ", f"5 exact tonnes * {NOW} KZ",
      f"2 exact tonnes * {NOW} KZ", f"1 exact tonnes * {NOW} KZ"], "ru"),
    ("Волонтеры передали одну тонну гречки и две тонны муки.",
     [f"1 exact tonnes * {NOW} KZ", f"2 exact tonnes * {NOW} KZ"], "ru"),
    ("Жители села собрали одну тонну макулатуры.", [f"1 exact tonnes * {NOW} KZ"], "ru"),
    ("В пункт сдали 5 тонн муки и один килограмм соли.", [f"5 exact tonnes * {NOW} KZ", f"1 exact kg * {NOW} KZ"],
     "ru"),
    ("Еріктілер бір тонна күріш пен екі тонна ұн жинады.",
     [f"1 exact tonnes * {NOW} KZ", f"2 exact tonnes * {NOW} KZ"], "kk"),
    ("Volunteers collected one tonne of rice and two tonnes of flour.",
     [f"1 exact tonnes * {NOW} KZ", f"2 exact tonnes * {NOW} KZ"], "en"),
    # negatives: a saying, a rate's base, "один из"
    ("Один литр крови спасает жизни.", [], "ru"),
    ("За одну тонну макулатуры платят 20 тысяч тенге.", [f"20000 exact KZT * {NOW} KZ"], "ru"),
    ("Один из волонтеров собрал 20 кг мусора.", [f"0.02 exact tonnes * {NOW} KZ"], "ru"),
]

ROUND_1_6_RU = {
    "one_measure_in_a_list": ONE_MEASURE_IN_A_LIST,
}


@pytest.mark.parametrize(("text", "want", "lang"), [
    pytest.param(t, w, lang, id=f"{cls}:{t[:45]}") for cls, table in ROUND_1_6_RU.items() for t, w, lang in table])
def test_round_1_6_ru(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

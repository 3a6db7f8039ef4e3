"""Round 5b, Russian: classes of phrasing behind the misses and false figures of the sixth real set's Russian pages
(regional sites, wire copy, press releases of akimats and foundations) and of composed probes in their styles;
each fixed by a rule of the language and checked here with variants (cases, word orders, with and without
qualifiers), Kazakh and English variants where the class exists there too, and negatives that must not change.

Same format as tests/test_extract_phrases.py: "value qualifier unit metric period_start..period_end area",
"*" for any; publication date 2025-06-15.
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

# A bound before the Russian "на" of worth ("продукты почти на 50 миллионов тенге", "более чем на 2 млн",
# "примерно на 50 млн") bounds the amount; "больше на 20" (by how much) and "до" before "на" are no bounds.
BOUNDS_BEFORE_NA_OF_WORTH = [
    ("Волонтеры собрали продукты почти на 50 миллионов тенге.", [f"5e+07 almost KZT * {NOW} KZ"], "ru"),
    ("Жители собрали помощь более чем на 2 млн тенге.", [f"2e+06 at_least KZT * {NOW} KZ"], "ru"),
    ("Предприниматели закупили корма примерно на 3,5 млн тенге.", [f"3.5e+06 approx KZT * {NOW} KZ"], "ru"),
    ("Фонд передал оборудование свыше чем на 10 млн тенге.", [f"1e+07 at_least KZT * {NOW} KZ"], "ru"),
    ("Меценаты приобрели лекарства приблизительно на 1 млн тенге.", [f"1e+06 approx KZT * {NOW} KZ"], "ru"),
    ("Volunteers collected food worth almost 50 million tenge.", [f"5e+07 almost KZT * {NOW} KZ"], "en"),
    ("Еріктілер 50 миллион теңгеге жуық азық-түлік жинады.", [f"5e+07 approx KZT * {NOW} KZ"], "kk"),
    # negatives: no bound; a change by how much; "на" of a change after a bound of the change itself stays
    ("Волонтеры собрали продукты на 50 млн тенге.", [f"5e+07 exact KZT * {NOW} KZ"], "ru"),
    ("Число доноров выросло больше на 20 человек.", [f"20 exact persons * {NOW} KZ"], "ru"),
]

ROUND_1_5B_RU = {
    "bounds_before_na_of_worth": BOUNDS_BEFORE_NA_OF_WORTH,
}


@pytest.mark.parametrize(("text", "want", "lang"), [
    pytest.param(t, w, lang, id=f"{cls}:{t[:45]}") for cls, table in ROUND_1_5B_RU.items() for t, w, lang in table])
def test_round_1_5b_ru(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

"""Round 26, English: classes behind the misses and false figures of set 26 (en_o02, en_o05, en_o09) and the
English leftovers of set 25, each fixed by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_26_EN: dict[str, list[tuple[str, list[str], str]]] = {}

# English "N hundred" with a teen or tens multiplier ("fifteen hundred events", "twenty-five hundred trees",
# "nineteen hundred volunteers") is N×100, never N+100 (en_o02 read 115). Negatives: the usual forms stay, and a year
# told in words ("nineteen ninety-five", "in nineteen hundred and ninety-one") is no count.
EN_TEEN_HUNDREDS = [
    ("They have held fifteen hundred events.", [f"1500 exact * * {NOW} *"], "en"),
    ("Volunteers planted twenty-five hundred trees.", [f"2500 exact trees * {NOW} *"], "en"),
    ("Volunteers planted twenty five hundred trees.", [f"2500 exact trees * {NOW} *"], "en"),
    ("Nineteen hundred volunteers took part.", [f"1900 exact * * {NOW} *"], "en"),
    ("Volunteers planted fifteen hundred and fifty trees.", [f"1550 exact trees * {NOW} *"], "en"),
    # negatives: other forms and years in words
    ("Volunteers planted a hundred and fifty trees.", [f"150 exact trees * {NOW} *"], "en"),
    ("Volunteers planted one thousand two hundred trees.", [f"1200 exact trees * {NOW} *"], "en"),
    ("Volunteers planted two hundred trees.", [f"200 exact trees * {NOW} *"], "en"),
    ("In nineteen ninety-five, 300 volunteers helped.", [f"300 exact * * {NOW} *"], "en"),
    ("The fund was set up in nineteen hundred and ninety-one and helped 50 families.",
     [f"50 exact families * {NOW} *"], "en"),
]
ROUND_1_26_EN["EN_TEEN_HUNDREDS"] = EN_TEEN_HUNDREDS

# The last item of a list whose items end with ";" ends with a full stop and, like the items before it, opens with
# its figure ("In 2024 … in the region:" / "71 apartment buildings were reconstructed;" / "362 emergency buildings were
# demolished."): it takes the period of the list's lead like the others (en_o05 dated it by the page). Negatives: a
# lowercase last item as before, and a line after the list that is no item keeps its own period.
Y24 = "2024-01-01..2024-12-31"
LAST_ITEM_WITH_A_FIGURE = [
    ("In 2024, a lot of work was done in the region:\n327 courtyards were improved;\n71 apartment buildings were "
     "reconstructed;\n362 emergency buildings were demolished.",
     [f"327 exact * * {Y24} *", f"71 exact * * {Y24} *", f"362 exact * * {Y24} *"], "en"),
    ("In 2024, volunteers in the region:\nplanted 300 trees;\nand cleaned 20 parks.",
     [f"300 exact trees * {Y24} *", f"20 exact * * {Y24} *"], "en"),
    # negative: a prose line after the last item
    ("In 2024, volunteers in the region:\n300 trees were planted;\n20 parks were cleaned.\n"
     "This year 50 volunteers joined.",
     [f"300 exact trees * {Y24} *", f"20 exact * * {Y24} *", "50 exact * * 2025-01-01..2025-06-15 *"], "en"),
]
ROUND_1_26_EN["LAST_ITEM_WITH_A_FIGURE"] = LAST_ITEM_WITH_A_FIGURE

# A sum a gift is worth to the speaker ("for us it is equal to 200 million tenge", "для нас это равно 200 миллионам",
# "біз үшін бұл 200 миллион теңгеге тең") is no money given (en_o09). Negatives: the gift itself, and real
# conversions ("224 million tenge (US$495,050)", "equal to 10,000 dollars") stay figures.
WORTH_TO_SOMEONE = [
    ("Even one pensioner listed 200 tenge, for us it is equal to 200 million tenge.",
     [f"200 exact KZT * {NOW} *"], "en"),
    ("For us, his gift is worth 1 million tenge.", [], "en"),
    ("Даже пенсионер перечислил 200 тенге, для нас это равно 200 миллионам тенге.", [f"200 exact KZT * {NOW} *"], "ru"),
    ("Бір зейнеткер 200 теңге аударды, біз үшін бұл 200 миллион теңгеге тең.", [f"200 exact KZT * {NOW} *"], "kk"),
    # negatives: conversions
    ("The grant of 224 million tenge (US$495,050) was given to 30 NGOs.",
     [f"2.24e+08 exact KZT * {NOW} *", f"495050 exact USD * {NOW} *", f"30 exact * * {NOW} *"], "en"),
    ("Volunteers raised 5 million tenge, equal to 10,000 dollars.",
     [f"5e+06 exact KZT * {NOW} *", f"10000 exact USD * {NOW} *"], "en"),
]
ROUND_1_26_EN["WORTH_TO_SOMEONE"] = WORTH_TO_SOMEONE

# A year the clause states beats "annually" (which alone dates a yearly figure to the year before publication): "Each
# of the six nurseries planned for 2026 will produce around 6 million seedlings annually" is 2026 (en_n06), even when
# the year belongs to an earlier figure of the clause. Negatives: "annually" alone, and a past year with "annually".
YEAR_BEATS_ANNUALLY = [
    ("Each of the six nurseries planned for 2026 will produce around 6 million seedlings annually.",
     ["6 exact * * 2026-01-01..2026-12-31 *", "6e+06 approx * * 2026-01-01..2026-12-31 *"], "en"),
    ("Жыл сайын 2026 жылы ашылатын питомник 6 миллион көшет өсіреді.",
     ["6e+06 exact * * 2026-01-01..2026-12-31 *"], "kk"),
    # negatives
    ("In 2023, volunteers planted 5,000 trees annually.", [f"5000 exact trees * {Y24.replace('4', '3')} *"], "en"),
    ("Volunteers plant 5,000 trees annually.", [f"5000 exact trees * {Y24} *"], "en"),
]
ROUND_1_26_EN["YEAR_BEATS_ANNUALLY"] = YEAR_BEATS_ANNUALLY


@pytest.mark.parametrize(("text", "want", "lang"),
                         [case for table in ROUND_1_26_EN.values() for case in table])
def test_round26_en(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

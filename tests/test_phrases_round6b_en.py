"""Round 6b, English: structural classes behind the misses and false figures of the fifth real set's English pages
and of probes written the way other outlets phrase the same things; each fixed by a rule of the language and checked
here with variants (word forms, orders, with and without qualifiers), Russian and Kazakh (Cyrillic and Latin)
variants where the class exists there too, and negatives that must not change.

Same format as tests/test_extract_phrases.py: "value qualifier unit metric period_start..period_end area",
"*" for any; publication date 2025-06-15.
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

Y2024 = "2024-01-01..2024-12-31"

# The scale of a range written once ("35 to 40 million seedlings", "between 2 and 3 billion tenge", "от 35 до 40 млн",
# "35–40 thousand"): the low end takes the high end's scale; the low end is at_least and the high end at_most (both
# approx under "about"). English writes the range without "from" too ("35 to 40 million"). The low end keeps its own
# value when it is not the smaller without the scale ("500 to 3 million") or has a unit of its own ("300 food parcels
# to 40 families").
RANGE_SCALE_WRITTEN_ONCE = [
    ("The project plans to plant 35 to 40 million seedlings in the region.",
     ["3.5e+07 at_least trees * * *", "4e+07 at_most trees * * *"], "en"),
    ("We grow 35 to 40 million different tree seedlings every year.",
     ["3.5e+07 at_least trees * * *", "4e+07 at_most trees * * *"], "en"),
    ("Around 35 to 40 million tenge will be spent on the campaign.",
     [f"3.5e+07 approx KZT * {NOW} *", f"4e+07 approx KZT * {NOW} *"], "en"),
    ("Some 10 to 15 volunteers work at the shelter every day.",
     ["10 approx persons * * *", "15 approx persons * * *"], "en"),
    ("Between 2 and 3 billion tenge will be allocated for the programme.",
     [f"2e+09 at_least KZT * {NOW} *", f"3e+09 at_most KZT * {NOW} *"], "en"),
    ("Volunteers planted 35–40 thousand trees in Almaty.",
     [f"35000 at_least trees trees_planted {NOW} Almaty", f"40000 at_most trees trees_planted {NOW} Almaty"], "en"),
    ("About 35-40 thousand volunteers took part.", [f"35000 approx persons * {NOW} *", f"40000 approx persons * {NOW} *"],
     "en"),
    ("From 5 to 40 million tenge was raised.", [f"5e+06 at_least KZT * {NOW} *", f"4e+07 at_most KZT * {NOW} *"], "en"),
    ("Планируется высадить от 35 до 40 млн саженцев.",
     [f"3.5e+07 at_least trees * {NOW} *", f"4e+07 at_most trees * {NOW} *"], "ru"),
    ("Выделят 35-40 млн тенге на программу.", [f"3.5e+07 at_least KZT * {NOW} *", f"4e+07 at_most KZT * {NOW} *"], "ru"),
    ("Около 35–40 тысяч волонтеров приняли участие.",
     [f"35000 approx persons * {NOW} *", f"40000 approx persons * {NOW} *"], "ru"),
    ("35-40 мың ағаш отырғызылды.", [f"35000 at_least trees * {NOW} *", f"40000 at_most trees * {NOW} *"], "kk"),
    ("2-3 mıllıard teńge bólindi.", [f"2e+09 at_least KZT * {NOW} *", f"3e+09 at_most KZT * {NOW} *"], "kk"),
    # negatives: the low end is not the smaller without the scale, or it has a unit of its own
    ("The fund raised 500 to 3 million tenge.", [f"500 exact KZT * {NOW} *", f"3e+06 exact KZT * {NOW} *"], "en"),
    ("Volunteers handed 300 food parcels to 40 families.",
     [f"300 exact items * {NOW} *", f"40 exact families * {NOW} *"], "en"),
    ("The number of volunteers grew from 50 to 300 thousand.",
     [f"50000 exact persons * {NOW} *", f"300000 exact persons * {NOW} *"], "en"),
]


ROUND_1_6B_EN = {
    "range_scale_written_once": RANGE_SCALE_WRITTEN_ONCE,
}

CASES = [(name, *case) for name, table in ROUND_1_6B_EN.items() for case in table]


@pytest.mark.parametrize(("name", "text", "want", "lang"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_round_1_6b_en(name: str, text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

"""Round 25 (en helper): classes behind set 25's English misses and false figures, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_25_EN: dict[str, list[tuple[str, list[str], str]]] = {}

# A list opened by hyphens or dashes after a lead-in with a colon, each item a figure with its own year, items ending
# with a comma ("The numbers speak for themselves:" / "- 98,254 cases … in 2021," / "- 104,260 in 2022," / "- 109,496
# in 2023."): the items are content, not titles, even one of a number and a year only. Negatives: dash lines with no
# lead-in (a menu), and dash lines that end like no item.
DASH_LIST_ITEMS = [
    ("The numbers speak for themselves:\n- 98,254 cases of childhood disability were registered in Kazakhstan in "
     "2021,\n- 104,260 in 2022,\n- 109,496 in 2023.",
     ["98254 exact * * 2021-01-01..2021-12-31 KZ", "104260 exact * * 2022-01-01..2022-12-31 KZ",
      "109496 exact * * 2023-01-01..2023-12-31 KZ"], "en"),
    ("Volunteers said:\n– 500 trees were planted in 2021,\n– 700 in 2022;\n– 900 in 2023.",
     ["500 exact trees * 2021-01-01..2021-12-31 *", "700 exact * * 2022-01-01..2022-12-31 *",
      "900 exact * * 2023-01-01..2023-12-31 *"], "en"),
    ("Цифры говорят сами за себя:\n- 98 254 случая детской инвалидности зарегистрировано в Казахстане в 2021 году,\n"
     "- 104 260 в 2022 году,\n- 109 496 в 2023 году.",
     ["98254 exact * * 2021-01-01..2021-12-31 KZ", "104260 exact * * 2022-01-01..2022-12-31 KZ",
      "109496 exact * * 2023-01-01..2023-12-31 KZ"], "ru"),
    ("Сандар өзі сөйлейді:\n- 2021 жылы Қазақстанда 98 254 мүгедектік жағдайы тіркелді,\n- 2022 жылы 104 260,\n"
     "- 2023 жылы 109 496.",
     ["98254 exact * * 2021-01-01..2021-12-31 KZ", "104260 exact * * 2022-01-01..2022-12-31 KZ",
      "109496 exact * * 2023-01-01..2023-12-31 KZ"], "kk"),
    ("Sandar ózi sóıleıdi:\n- 2021 jyly Qazaqstanda 98 254 múgedektik jaǵdaıy tirkeldi,\n- 2022 jyly 104 260,\n"
     "- 2023 jyly 109 496.",
     ["98254 exact * * 2021-01-01..2021-12-31 KZ", "104260 exact * * 2022-01-01..2022-12-31 KZ",
      "109496 exact * * 2023-01-01..2023-12-31 KZ"], "kk"),
    # negatives: a menu of dash lines (no item ends), dash lines with no lead-in
    ("Menu:\n- Top 10 news\n- Sport\n\nVolunteers held a clean-up.", [], "en"),
    ("Top stories\n- 104,260 in 2022,\n- 109,496 in 2023\n\nVolunteers held a clean-up.", [], "en"),
]
ROUND_1_25_EN["DASH_LIST_ITEMS"] = DASH_LIST_ITEMS


@pytest.mark.parametrize(("text", "want", "lang"),
                         [case for table in ROUND_1_25_EN.values() for case in table])
def test_round25_en(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)


assert NOW

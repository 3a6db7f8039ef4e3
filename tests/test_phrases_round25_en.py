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


# A student's year of study glued to its ordinal or told by "курс" in the singular beside a student word ("a
# 4th-year student majoring in Mathematics", "студентка 3 курса", "3 курс студенті"; round 21 had "2-курс
# студенті"): an ordinal of one student, not a count. Negatives: courses opened ("открыли 3 курса"), a count of
# students.
STUDY_YEAR = [
    ("Sofiya Imanbayeva, a 4th-year student majoring in Mathematics, joined 300 volunteers.",
     [f"300 exact persons * {NOW} *"], "en"),
    ("A 2nd-year undergraduate helped 50 families.", [f"50 exact families * {NOW} *"], "en"),
    ("Студентка 3 курса помогла 50 семьям.", [f"50 exact families * {NOW} *"], "ru"),
    ("3 курс студенті 50 отбасыға көмектесті.", [f"50 exact families * {NOW} *"], "kk"),
    # negatives
    ("Для студентов открыли 3 курса по волонтерству.", [f"3 exact * * {NOW} *"], "ru"),
    ("Ерікті студенттер үшін 3 курс ашылды.", [f"3 exact * * {NOW} *"], "kk"),
    ("Over 40 fourth-year students volunteered.", [f"40 at_least * * {NOW} *"], "en"),
]
ROUND_1_25_EN["STUDY_YEAR"] = STUDY_YEAR

# The languages a person speaks ("fluent in three languages", "speaks 5 languages", "владеет тремя языками",
# "говорит на четырех языках", "үш тілде еркін сөйлейді", "үш тілді меңгерген"): a skill, not a count. Negatives:
# a text printed in N languages (no speaking word near).
LANGUAGES_SPOKEN = [
    ("All of the volunteers are fluent in three languages, in Kazakh, Russian and English. 4,500 volunteers came.",
     [f"4500 exact persons * {NOW} *"], "en"),
    ("She speaks 5 languages and helped 40 families.", [f"40 exact families * {NOW} *"], "en"),
    ("Все 300 волонтеров владеют тремя языками.", [f"300 exact persons * {NOW} *"], "ru"),
    ("Он говорит на четырех языках и помог 40 семьям.", [f"40 exact families * {NOW} *"], "ru"),
    ("Барлық 300 ерікті үш тілде еркін сөйлейді.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Ол үш тілді меңгерген, 40 отбасыға көмектесті.", [f"40 exact families * {NOW} *"], "kk"),
    ("Barlyq 300 erikti úsh tilde erkin sóıleıdi.", [f"300 exact persons * {NOW} *"], "kk"),
    # negatives
    ("The guide was printed in 3 languages for 200 volunteers.",
     [f"3 exact * * {NOW} *", f"200 exact persons * {NOW} *"], "en"),
    ("Памятку издали на 3 языках для 200 волонтеров.", [f"3 exact * * {NOW} *", f"200 exact persons * {NOW} *"], "ru"),
]
ROUND_1_25_EN["LANGUAGES_SPOKEN"] = LANGUAGES_SPOKEN

# A temperature in prose with its sign and a word of temperature or frost ("temperatures plummeting to -40 C at
# night", "predicted a temperature drop below -35", "Мороз около -40.", "температура ниже -35 градусов", "аяз -30
# градусқа жетті"): a figure in degrees Celsius, the sign kept (the blind gold of sets 8 and 24, en_r02 and en_l10;
# scoring.md excludes no temperature). Negatives: a weather widget's reading with no temperature word ("-24°" on a
# line of its own), a weight in a sentence about the frost, a dash after a qualifier.
PROSE_TEMPERATURE = [
    ("Volunteers said that temperatures were plummeting to -40 C at night.", [f"-40 exact celsius * {NOW} *"], "en"),
    ("The Red Crescent began a response when the forecast predicted a temperature drop below -35.",
     [f"-35 at_most celsius * {NOW} *"], "en"),
    ("Volunteers helped the homeless after the temperature dropped below -40 degrees.",
     [f"-40 at_most celsius * {NOW} *"], "en"),
    ("Волонтеры помогали бездомным: температура ниже -35 градусов.", [f"-35 at_most celsius * {NOW} *"], "ru"),
    ("Волонтеры раздали еду, когда мороз достиг минус 30 градусов.", [f"-30 exact celsius * {NOW} *"], "ru"),
    ("Еріктілер аяз -35 градусқа дейін күшейгенде көмектесті.", [f"-35 * celsius * {NOW} *"], "kk"),
    # negatives
    ("Astana\n-24°\n\nVolunteers planted 200 trees.", [f"200 exact trees * {NOW} *"], "en"),
    ("Несмотря на мороз, волонтеры раздали наборы весом -15 кг.", [f"15 exact kg * {NOW} *"], "ru"),
    ("Each box weighs about - 40 kg.", [f"40 approx kg * {NOW} *"], "en"),
]
ROUND_1_25_EN["PROSE_TEMPERATURE"] = PROSE_TEMPERATURE

# A venue's capacity told by a number glued to "seat" before the venue's capitalized name ("the 30,000-seat Astana
# Arena Stadium"): the number counts its glued noun, no number inside a name (earlier gold counts capacities: en_x10
# "a capacity of up to 3,000 seats", en_f04 "Ice Palace for 12 000 seats"). Negative: a number before a name
# ("the 75 UN General Assembly").
SEATS_BEFORE_A_NAME = [
    ("Volunteers gathered at the 30,000-seat Astana Arena Stadium.", [f"30000 exact * * {NOW} *"], "en"),
    ("Volunteers gathered at the 12,000-seat Almaty Arena.", [f"12000 exact * * {NOW} *"], "en"),
    # negative
    ("Volunteers gathered at the 75 UN General Assembly.", [], "en"),
]
ROUND_1_25_EN["SEATS_BEFORE_A_NAME"] = SEATS_BEFORE_A_NAME


@pytest.mark.parametrize(("text", "want", "lang"),
                         [case for table in ROUND_1_25_EN.values() for case in table])
def test_round25_en(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)


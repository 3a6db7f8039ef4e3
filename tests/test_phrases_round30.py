"""Round 30 (set 30): classes behind the misses and false figures of the set-30 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15). Page tables give a whole page and its publication date (None: undated).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check, _check_read, assert_figures, read

ROUND_1_30: dict[str, list[tuple[str, list[str], str]]] = {}
YEAR_2002 = "2002-01-01..2002-12-31"

# An English school year or grade named before its number ("Year 8 students", "Grade 9 pupils", "Form 5 pupils"):
# the number is the pupils' grade, and a count before it counts the pupils ("around 20 Year 8 students", which is no
# "20 years"). Negatives: a duration in years, "last year" before a count (lower case "year" names no grade).
NAMED_GRADE_EN = [
    ("Around 20 Year 8 students took part in the fair.", [f"20 approx persons * {NOW} *"], "en"),
    ("The school sent 15 Grade 9 pupils and 12 grade 10 students to the clean-up.",
     [f"15 exact persons * {NOW} *", f"12 exact persons * {NOW} *"], "en"),
    ("Year 11 students collected 300 kg of waste.", [f"0.3 exact tonnes waste_collected_tonnes {NOW} *"], "en"),
    ("Form 5 pupils planted 40 trees.", [f"40 exact trees trees_planted {NOW} *"], "en"),
    # negatives
    ("Volunteers planted 40 trees over 20 years at the shelter.", ["40 exact trees trees_planted * *"], "en"),
    ("Last year 8 students joined the club.", ["8 exact persons * 2024-01-01..2024-12-31 *"], "en"),
]
ROUND_1_30["NAMED_GRADE_EN"] = NAMED_GRADE_EN

# An anniversary spelt apart from its number ("в честь 30 летия Независимости", "к 25 летию города"): no count, as
# "30-летия" is not. Negative: "за 30 лет" is a span the figure belongs to, and the figures stay.
ANNIVERSARY_APART_RU = [
    ("В честь 30 летия Независимости 20 семьям вручили продуктовые наборы.", [f"20 exact families * {NOW} *"], "ru"),
    ("К 25 летию города волонтеры высадили 300 деревьев.", [f"300 exact trees trees_planted {NOW} *"], "ru"),
    ("В честь 30-летия Независимости 20 семьям вручили продуктовые наборы.", [f"20 exact families * {NOW} *"], "ru"),
    # negative
    ("За 30 лет фонд помог 500 семьям.", ["500 exact families * 1995-06-15..2025-06-15 *"], "ru"),
]
ROUND_1_30["ANNIVERSARY_APART_RU"] = ANNIVERSARY_APART_RU

# The years of a war next to its word ("ветеранам Великой Отечественной войны 1941-1945 годов", "1941-1945
# жылдардағы соғыс", "veterans of the 1941-1945 war") date the war, not the gifts to its veterans. Negative: a span of
# years with no war is the figure's period.
YEARS_OF_A_WAR = [
    ("Ветеранам Великой Отечественной войны 1941-1945 годов волонтеры вручили 120 подарков.",
     [f"120 exact * * {NOW} *"], "ru"),
    ("1941-1945 жылдардағы Ұлы Отан соғысының ардагерлеріне еріктілер 40 сыйлық тапсырды.", [f"40 exact * * {NOW} *"],
     "kk"),
    ("Volunteers gave 120 gifts to veterans of the 1941-1945 war.", [f"120 exact * * {NOW} *"], "en"),
    # negative
    ("В 2021-2023 годах волонтеры высадили 300 деревьев.", ["300 exact trees trees_planted 2021-01-01..2023-12-31 *"],
     "ru"),
]
ROUND_1_30["YEARS_OF_A_WAR"] = YEARS_OF_A_WAR

# A span of years in brackets after what it is the time of ("The Seventh phase of the SGP (2022-2026) covers seven
# …", "Программа (2021–2025 гг.)", "Жоба (2023-2025 жж.)") is the period of the sentence's figures. A lifespan in
# brackets after a name ("Абай (1845–1904)", "Shokan Valikhanov (1835-1865)") is no period and no figure; neither is
# a span of more than ten years ("Фонд (1995-2024)").
SPAN_IN_BRACKETS = [
    ("The Seventh phase of the programme (2022-2026) covers seven priority landscapes.",
     ["7 exact * * 2022-01-01..2026-12-31 *"], "en"),
    ("Программа (2021–2025 гг.) помогла 500 семьям.", ["500 exact families * 2021-01-01..2025-12-31 *"], "ru"),
    ("Жоба (2023-2025 жж.) аясында 500 отбасыға көмек көрсетілді.", ["500 exact families * 2023-01-01..2025-12-31 *"],
     "kk"),
    # negatives
    ("Музей Абая (1845–1904) посетили 300 школьников.", [f"300 exact persons * {NOW} *"], "ru"),
    ("Shokan Valikhanov (1835-1865) museum welcomed 300 pupils.", [f"300 exact persons * {NOW} *"], "en"),
    ("Фонд (1995-2024) помог 300 семьям.", [f"300 exact families * {NOW} *"], "ru"),
]
ROUND_1_30["SPAN_IN_BRACKETS"] = SPAN_IN_BRACKETS

# "In the year 2002, …", "During the year 2019 …": the year named with "the year" before it is the period, and it
# counts nothing ("the year 2019 volunteers" is no 2019 volunteers).
IN_THE_YEAR_EN = [
    ("In the year 2002, the Rotary club of Almaty distributed 240 wheelchairs.", [f"240 exact * * {YEAR_2002} *"],
     "en"),
    ("During the year 2019 volunteers planted 500 trees.", ["500 exact trees trees_planted 2019-01-01..2019-12-31 *"],
     "en"),
    ("In the year 2019 the club had 40 members.", ["40 exact persons * 2019-01-01..2019-12-31 *"], "en"),
]
ROUND_1_30["IN_THE_YEAR_EN"] = IN_THE_YEAR_EN


@pytest.mark.parametrize(("text", "expected", "lang"),
                         [case for table in ROUND_1_30.values() for case in table])
def test_round30(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


PUB = dt.date(2025, 6, 15)
LEAD_EN = "The Christmas bazaar raised money for the children of the orphanage in Astana this weekend and many came.\n"
LEAD_RU = ("Благотворительная ярмарка собрала средства для детей из детского дома в Астане в эти выходные, пришли "
           "многие.\n")

# Pages: the copy's last line, cut before its full stop, states a number in words ("… led by three teachers from the
# school") and is the body's sentence, not a subheading to drop; so is a line that totals what the page listed
# ("Total budget 48 000 US Dollars", "Итого: 1,2 млн тенге", "Барлығы 120 отбасы"). A body line ending ".’" ends a
# sentence. Negatives: a last line without a number, a short subheading with a year ("Волонтеры 2025 года в
# цифрах"). The acronym of the GEF Small Grants Programme ("SGP") makes its financed projects small grants; an
# undated page whose only years are a programme's span in brackets is not of the span's last year.
PAGES: list[tuple[str, dt.date | None, list[str]]] = [
    (LEAD_EN + "Colin said that “this is a great way for our pupils to learn new skills, while contributing.’\n"
     "The idea was led by three teachers from the school", PUB, [f"3 exact * * {NOW} *"]),
    (LEAD_EN + "The idea was led by three teachers from the school", PUB, [f"3 exact * * {NOW} *"]),
    (LEAD_RU + "Идею предложили и воплотили три учителя этой школы вместе с родителями", PUB,
     [f"3 exact persons * {NOW} *"]),
    ("Wheel-chairs distribution\n\nThe Rotary club of Almaty held a project of distribution of 240 wheelchairs among "
     "the invalids of Almaty city.\n\n  • Counterpart International paid for the shipping of the wheelchairs.\n"
     "  • Philip Morris Kazakhstan paid for delivery wheelchairs to the people in Kazakhstan\n\n"
     "Total budget 48 000 US Dollars", PUB, [f"240 exact * * {NOW} *", f"48000 exact USD * {NOW} *"]),
    ("Акция помощи\n\nВолонтеры фонда собрали продукты для малообеспеченных семей Караганды и раздали их в течение "
     "недели в районах.\n\nИтого: 1,2 млн тенге", PUB, [f"1.2e+06 exact KZT * {NOW} *"]),
    ("Көмек акциясы\n\nЕріктілер аз қамтылған отбасыларға азық-түлік жинап, оларды апта бойы қаланың аудандарында "
     "таратып берді.\n\nБарлығы 120 отбасы", PUB, [f"120 exact families * {NOW} *"]),
    # negatives
    (LEAD_EN + "The idea was led by teachers from the school", PUB, []),
    ("Волонтеры фонда собрали продукты для малообеспеченных семей Караганды и раздали их в течение недели.\n\n"
     "Волонтеры 2025 года в цифрах", PUB, []),
    # the programme's acronym, and its span in brackets on an undated page
    ("The SGP provides technical, advisory and financial support to local communities in Kazakhstan.\n\n"
     "As part of the implementation of the Sixth Phase of the SGP, 49 projects were financed.\n\n"
     "The Seventh phase of the SGP (2022-2026) covers seven priority landscape territories in the steppe.", None,
     ["49 exact projects small_grants None..None *", "7 exact * * 2022-01-01..2026-12-31 *"]),
    ("The fund supports local communities in Kazakhstan.\n\nAs part of the Sixth Phase of the programme, 49 projects "
     "were financed.\n\nThe Seventh phase of the programme (2022-2026) covers seven priority landscape territories.",
     None, ["49 exact projects None None..None *", "7 exact * * 2022-01-01..2026-12-31 *"]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PAGES)
def test_round30_pages(text: str, published: dt.date | None, expected: list[str]) -> None:
    _check(text, expected, published)


Y2018 = "2018-01-01..2018-12-31"
# A site's calendar in its header, a weekday and a date with exchange-rate and weather readings under it ("вторник,
# 26 ноября 2024 г." / "498.51" / "8oC"), is the day the page was copied: no publication date. The capital's
# anniversary the text celebrates dates it ("Астананың 20 жылдығына орай" = 2018, "к 25-летию столицы" = 2023,
# "Astana's 20th anniversary"). Negative: the same date line without widgets under it is the page's date.
WIDGETS_KK = "вторник, 26 ноября 2024 г.\nicon\n498.51\nicon\n522.84\nАлматы:\nicon\n8oC\n\nАуыл жастарының ісі\n\n"
BODY_KK = ("Ал Астананың 20 жылдығына орай аудан орталығындағы 20 отбасыға жастар азық-түлік себетін таратқан. Жоба "
           "аясында жыл басынан бері 38 отбасыға көмек көрсетілген.")
CALENDAR_AND_CAPITAL = [
    (WIDGETS_KK + BODY_KK, [f"20 exact families * {Y2018} *", f"38 exact families * {Y2018} *"]),
    ("Friday, November 27th, 2020\nUSD\n420.5\nEUR\n501.2\n\nCharity caravan\n\nIn honour of Astana's 20th "
     "anniversary, volunteers handed food parcels to 20 families of the district.",
     [f"20 exact families * {Y2018} *"]),
    ("К 25-летию столицы волонтеры высадили 300 деревьев в парке.",
     ["300 exact trees trees_planted 2023-01-01..2023-12-31 *"]),
    ("Волонтеры к 20-летию Астаны высадили 300 деревьев в парке.", [f"300 exact trees trees_planted {Y2018} *"]),
    # negative: a date line alone at the top is the page's
    ("вторник, 26 ноября 2024 г.\n\nАуыл жастарының ісі\n\nАудан орталығындағы 20 отбасыға жастар азық-түлік "
     "себетін таратқан.", ["20 exact families * 2024-11-26..2024-11-26 *"]),
]


@pytest.mark.parametrize(("text", "expected"), CALENDAR_AND_CAPITAL)
def test_round30_undated_pages(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, published=None), expected)

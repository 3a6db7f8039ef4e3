"""Round 8, all three languages: the classes of the eighth real set's misses and false figures, each fixed by a
rule of the language and checked with variants (cases, word orders, scripts) and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15); the implied-year table checks dating.implied_year on a text without a date.
"""

from __future__ import annotations

import pytest
from test_context_periods import _sents
from test_extract_phrases import NOW, _check_read

from loaders.extract.dating import implied_year
from loaders.extract.script import read_through_cyrillic

# The year in the name of an event held now dates an undated page ("Бүгін Бүкіләлемдік «World Cleanup day 2021»
# тазалық күні … сенбілікке қатыстым", "в рамках акции «Марафон добра-2023»", "the World Cleanup Day 2024 campaign
# held today"); so does the quoted Kazakh theme «Еріктілер жылы» (2020). Negatives: a past event ("в прошлом
# году"), a coming one ("пройдет"), a programme's target year («Казахстан-2050»), a name with a number only.
EVENT_NAME_YEAR = [
    ("Бүгін Бүкіләлемдік «World Cleanup day 2021» тазалық күні аясында өткізілетін сенбілікке қатыстым.", 2021),
    ("Búgin Búkilálemdik «World Cleanup day 2021» tazalyq kúni aıasynda ótkiziletin senbilikke qatystym.", 2021),
    ("Сегодня в рамках акции «Марафон добра-2023» волонтеры собрали 200 тонн мусора.", 2023),
    ("В рамках акции «Марафон добра 2023» волонтеры передали 300 продуктовых наборов.", 2023),
    ("More than 500 people joined the World Cleanup Day 2024 campaign held today in Almaty.", 2024),
    ("«Таза Қазақстан-2023» акциясы аясында 400 тонна қоқыс шығарылды.", 2023),
    ("Президент биылғы жылды «Еріктілер жылы» деп жариялады. Еріктілер 300 отбасына көмектесті.", 2020),
    # negatives
    ("В прошлом году в рамках акции «Марафон добра-2022» собрали 100 тонн.", None),
    ("В рамках акции «Марафон добра-2027» пройдет сбор помощи.", None),
    ("Сегодня в рамках программы «Казахстан-2050» волонтеры высадили 100 деревьев.", None),
    ("Сегодня команда «Волонтер 100» собрала 20 мешков мусора.", None),
    ("Еріктілер жылы киім жинады.", None),
]


def _latin_aware(text: str):
    return _sents(read_through_cyrillic(text).text)


@pytest.mark.parametrize("text,year", EVENT_NAME_YEAR)
def test_event_name_year(text, year):
    assert implied_year(_latin_aware(text)) == year


ROUND_1_8: dict[str, list] = {}

# The number of an item of a numbered list at the start of a line ("1. Public Foundation …", "2) Жасыл ел …", a "1"
# alone) is a label, not a figure; a count inside the item is still read. Negatives: a count that starts a sentence
# ("15 volunteers took part"), a decimal ("1.5 million").
NUMBERED_LIST_ITEM = [
    ("The following NGOs were awarded grants:\n1. Public Foundation “Society Diabetes”, Taraz – Project to "
     "strengthen NGOs.\n2. Public Foundation “Women’s Legal Center”, Almaty – Project to promote civic "
     "participation.", [], "en"),
    ("Победители конкурса:\n1. Общественный фонд «Добро», Тараз – проект помощи пожилым.\n2) Объединение "
     "«Жасыл ел», Шымкент – проект озеленения.", [], "ru"),
    ("Жеңімпаздар:\n1. «Мейірім» қоғамдық қоры, Тараз – қарттарға көмек жобасы.\n2. «Жасыл ел» бірлестігі, "
     "Шымкент – көгалдандыру жобасы.", [], "kk"),
    ("Results of the campaign:\n1. 500 volunteers cleaned the river banks in Almaty.",
     [f"500 exact persons * {NOW} *"], "en"),
    ("Итоги акции:\n2. 300 волонтеров убрали берег реки в Алматы.", [f"300 exact persons * {NOW} *"], "ru"),
    # negatives: a count first in a sentence is a figure
    ("15 volunteers took part in the clean-up in Almaty.", [f"15 exact persons * {NOW} *"], "en"),
    ("40 волонтеров приняли участие в субботнике в Алматы.", [f"40 exact persons * {NOW} *"], "ru"),
]
ROUND_1_8["NUMBERED_LIST_ITEM"] = NUMBERED_LIST_ITEM



# A dot between thousands in Russian and Kazakh ("около 1.400 бойцов", "2.500 еріктіге"): one to three digits and
# groups of exactly three before a counted noun. Negatives: a decimal with a scale ("1.5 млн", "1.500 млн"), a share
# ("2.05%"), a date ("15.11"), English (a decimal point).
DOT_THOUSANDS = [
    ("В этом году около 1.400 бойцов отрядов помогают озеленить область.", ["1400 approx persons * * *"], "ru"),
    ("В акции приняли участие 2.500 волонтеров.", ["2500 exact persons * * *"], "ru"),
    ("Акцияға 2.500 ерікті қатысты.", ["2500 exact persons * * *"], "kk"),
    ("Волонтеры собрали 12.300 подписей.", ["12300 exact * * * *"], "ru"),
    # negatives
    ("Волонтеры собрали 1.5 млн тенге.", ["1.5e+06 exact KZT * * *"], "ru"),
    ("Волонтеры собрали 1.500 млн тенге.", ["1.5e+06 exact KZT * * *"], "ru"),
    ("Доля доноров выросла на 2.05% за год.", ["2.05 exact percent * * *"], "ru"),
]
ROUND_1_8["DOT_THOUSANDS"] = DOT_THOUSANDS


# "ТОП-10 претендентов" after a word of choosing ("с целью определения ТОП-10 претендентов по 15 номинациям", "to
# select the top-10 finalists", "ТОП-10 үміткерді анықтау"): how many are chosen, a count of the noun after it, not
# a number inside a name (scoring.md). Negatives: a list's title ("Топ-10 волонтерских проектов года"), a rank
# without a counted noun ("проект вошел в ТОП-10").
TOP_N_SELECTED = [
    ("Онлайн-голосование проводилось с целью определения ТОП-10 претендентов по 15 номинациям.",
     [f"10 exact persons * {NOW} *", f"15 exact * * {NOW} *"], "ru"),
    ("Жюри отобрало топ-20 участников конкурса в Алматы.", [f"20 exact persons * {NOW} *"], "ru"),
    ("The online vote was held to select the top-10 finalists in each nomination.", [f"10 exact * * {NOW} *"], "en"),
    ("Онлайн-дауыс беру әр номинация бойынша ТОП-10 үміткерді анықтау мақсатында өтті.",
     [f"10 exact * * {NOW} *"], "kk"),
    # negatives
    ("Топ-10 волонтерских проектов года.", [], "ru"),
    ("Проект волонтеров из Алматы вошел в ТОП-10.", [], "ru"),
]
ROUND_1_8["TOP_N_SELECTED"] = TOP_N_SELECTED


# A count after a counted street in a list ("83 көше, 357 күл-қоқыс үйінділері тазартылды", "12 улиц, 40 дворов",
# "12 streets, 40 yards"): "көше / улиц / streets" counted by the number before it is an item of the list, not the
# start of an address; the next count (with a hyphenated compound noun too) is read. Negatives: addresses
# ("Абай даңғылы, 52", "14 микрорайон, 25 дом", "здание 25").
STREETS_IN_A_LIST = [
    ("Онда 17 шақырым арық-атыздар және ирригация жүйелері, 83 көше, 357 күл-қоқыс үйінділері тазартылып, жойылды.",
     [f"17 exact * * {NOW} *", f"83 exact * * {NOW} *", f"357 exact * * {NOW} *"], "kk"),
    ("Сенбілікте 83 көше, 357 қоқыс үйіндісі тазартылды.", [f"83 exact * * {NOW} *", f"357 exact * * {NOW} *"],
     "kk"),
    ("Волонтеры убрали 12 улица, 40 дворов и 5 скверов.",
     [f"12 exact * * {NOW} *", f"40 exact * * {NOW} *", f"5 exact * * {NOW} *"], "ru"),
    ("Volunteers cleaned 12 street, 40 yards and 5 parks.",
     [f"12 exact * * {NOW} *", f"40 exact * * {NOW} *", f"5 exact * * {NOW} *"], "en"),
    # negatives: addresses
    ("Орталық Абай даңғылы, 52 мекенжайында орналасқан.", [], "kk"),
    ("Штаб расположен по адресу: 14 микрорайон, 25 дом.", [], "ru"),
]
ROUND_1_8["STREETS_IN_A_LIST"] = STREETS_IN_A_LIST


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_8.values() for row in table])
def test_round8(text, expected, lang):
    _check_read(text, expected, lang)

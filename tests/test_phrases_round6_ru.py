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

# A Russian time unit after an adjective of time is a duration as "за два дня" is: "за два минувших дня", "за три
# последних дня", "в течение двух прошедших недель", "за пять рабочих дней"; a count of other things stays.
DURATIONS_WITH_AN_ADJECTIVE = [
    ("40 полицейских за два минувших дня сдали более 15 литров крови.",
     [f"40 exact persons * {NOW} KZ", f"15 at_least liters blood_collected_liters {NOW} KZ"], "ru"),
    ("За три последних дня волонтеры собрали 500 кг мусора.", [f"0.5 exact tonnes * {NOW} KZ"], "ru"),
    ("В течение двух прошедших недель 300 волонтеров помогали пострадавшим.", [f"300 exact persons * {NOW} KZ"],
     "ru"),
    ("За пять рабочих дней собрано 2 тонны помощи.", [f"2 exact tonnes * {NOW} KZ"], "ru"),
    ("На протяжении трех долгих лет фонд помог 120 семьям.", [f"120 exact families * {NOW} KZ"], "ru"),
    # negatives: an adjective that is no time's; a count of people after the duration
    ("За два дня 300 молодых волонтеров вышли на субботник.", [f"300 exact persons * {NOW} KZ"], "ru"),
    ("Помощь получили 15 многодетных семей.", [f"15 exact families * {NOW} KZ"], "ru"),
]

# A day and a month written with a dot and nothing counted after them, first in the sentence or after the place,
# are the dateline of a regional site ("Семей. 15.11. “Semeyainasy” – …", "Алматы. 03.05. –"); a decimal with a
# unit, a share or a value after a preposition stays a number.
DATELINES_OF_A_DAY_AND_MONTH = [
    ("Семей. 15.11. “Semeyainasy” – 40 полицейских сдали более 15 литров крови.",
     [f"40 exact persons * {NOW} KZ", f"15 at_least liters blood_collected_liters {NOW} KZ"], "ru"),
    ("Алматы. 03.05. – Волонтеры собрали 300 кг мусора.", [f"0.3 exact tonnes * {NOW} KZ"], "ru"),
    ("15.11. Волонтеры собрали 300 кг мусора.", [f"0.3 exact tonnes * {NOW} KZ"], "ru"),
    ("Семей. 15.11. Еріктілер 300 кг қоқыс жинады.", [f"0.3 exact tonnes * {NOW} KZ"], "kk"),
    # negatives: a decimal with its unit, a share, a value after "до"
    ("Волонтеры собрали 5.12 тонны помощи.", [f"5.12 exact tonnes * {NOW} KZ"], "ru"),
    ("Доля доноров составила 2.05%.", [f"2.05 exact percent * {NOW} KZ"], "ru"),
    ("Показатель вырос до 3.10.", [f"3.1 exact * * {NOW} KZ"], "ru"),
]

# The start of a year as a moment ("на начало года", "к началу 2024 года", "в начале прошлого года", "at the
# beginning of the year", "жыл басында", "2024 жылдың басында") dates a level as of 1 January, not as of today; "с
# начала года" (since) stays a span to publication.
AS_OF_THE_START_OF_A_YEAR = [
    ("Если на начало года в регионе насчитывалось 35 волонтерских групп, то сегодня их - 90.",
     ["35 exact groups * 2025-01-01..2025-01-01 KZ", f"90 exact groups * {NOW} KZ"], "ru"),
    ("На начало года в области работало 35 групп в составе около 1000 волонтеров, а на сегодняшний день - "
     "более 2000 волонтеров.",
     ["35 exact groups * 2025-01-01..2025-01-01 KZ", "1000 approx persons volunteers_total 2025-01-01..2025-01-01 KZ",
      f"2000 at_least persons * {NOW} KZ"], "ru"),
    ("На начало 2024 года в области было 35 волонтерских групп.",
     ["35 exact groups * 2024-01-01..2024-01-01 KZ"], "ru"),
    ("К началу прошлого года в реестре числилось 5 тысяч волонтеров.",
     ["5000 exact persons * 2024-01-01..2024-01-01 KZ"], "ru"),
    ("По состоянию на начало текущего года в реестре 5 тысяч волонтеров.",
     ["5000 exact persons * 2025-01-01..2025-01-01 KZ"], "ru"),
    ("At the beginning of the year there were 35 volunteer groups in the region, now there are 90.",
     ["35 exact groups * 2025-01-01..2025-01-01 KZ", f"90 exact groups * {NOW} KZ"], "en"),
    ("As of the start of 2024, the region had 35 volunteer groups.",
     ["35 exact groups * 2024-01-01..2024-01-01 KZ"], "en"),
    ("Жыл басында өңірде 35 волонтерлік топ болса, қазір олардың саны 90-ға жетті.",
     ["35 exact groups * 2025-01-01..2025-01-01 KZ", f"90 exact groups * {NOW} KZ"], "kk"),
    ("2024 жылдың басында облыста 35 волонтерлік топ болды.", ["35 exact groups * 2024-01-01..2024-01-01 KZ"], "kk"),
    # negatives: since the start of the year is a span to publication
    ("С начала года волонтеры помогли 120 семьям.", ["120 exact families * 2025-01-01..2025-06-15 KZ"], "ru"),
    ("Жыл басынан бері 35 волонтерлік топ құрылды.", ["35 exact groups * 2025-01-01..2025-06-15 KZ"], "kk"),
    ("Since the beginning of the year, volunteers have helped 120 families.",
     ["120 exact families * 2025-01-01..2025-06-15 KZ"], "en"),
]

# A time counted back from publication ("три года назад", "5 лет назад", "два месяца назад", "three years ago", "үш
# жыл бұрын") dates its figure to that year or month, not to now; what was founded N years ago has done its count
# since then; "несколько лет назад" says no time.
TIMES_COUNTED_BACK = [
    ("Для сравнения: три года назад волонтеров было около 7 тысяч, а сейчас 18 тысяч.",
     ["7000 approx persons volunteers_total 2022-01-01..2022-12-31 KZ",
      f"18000 exact persons volunteers_total {NOW} KZ"], "ru"),
    ("Пять лет назад в области насчитывалось 40 волонтерских организаций.",
     ["40 exact organizations volunteer_organizations 2020-01-01..2020-12-31 KZ"], "ru"),
    ("Два месяца назад фонд помог 300 семьям.", ["300 exact families * 2025-04-01..2025-04-30 KZ"], "ru"),
    ("Три года тому назад в движении было 15 человек.", ["15 exact persons * 2022-01-01..2022-12-31 KZ"], "ru"),
    ("Three years ago there were about 7,000 volunteers.",
     ["7000 approx persons volunteers_total 2022-01-01..2022-12-31 KZ"], "en"),
    ("Үш жыл бұрын еріктілер саны 7 мыңға жуық болатын.",
     ["7000 approx persons volunteers_total 2022-01-01..2022-12-31 KZ"], "kk"),
    # a multiple against then spans to now
    ("Сейчас волонтеров в 2,5 раза больше, чем три года назад.",
     ["2.5 exact ratio volunteers_total 2022-01-01..2025-06-15 KZ"], "ru"),
    # negatives: founded N years ago (the families helped since then: a cumulative total from then to now, which
    # scoring.md gives a span), no number of years
    ("Фонд, созданный 10 лет назад, помог 5 тысячам семей.", ["5000 exact families * 2015-01-01..2025-06-15 KZ"],
     "ru"),
    ("10 жыл бұрын құрылған қор 5 мың отбасына көмектесті.", ["5000 exact families * 2015-01-01..2025-06-15 KZ"],
     "kk"),
    ("Несколько лет назад фонд помог 300 семьям.", [f"300 exact families * {NOW} KZ"], "ru"),
]

ROUND_1_6_RU = {
    "one_measure_in_a_list": ONE_MEASURE_IN_A_LIST,
    "durations_with_an_adjective": DURATIONS_WITH_AN_ADJECTIVE,
    "datelines_of_a_day_and_month": DATELINES_OF_A_DAY_AND_MONTH,
    "as_of_the_start_of_a_year": AS_OF_THE_START_OF_A_YEAR,
    "times_counted_back": TIMES_COUNTED_BACK,
}


@pytest.mark.parametrize(("text", "want", "lang"), [
    pytest.param(t, w, lang, id=f"{cls}:{t[:45]}") for cls, table in ROUND_1_6_RU.items() for t, w, lang in table])
def test_round_1_6_ru(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

"""Round 5, Russian: classes of phrasing found by composed probe articles in the styles of Russian-language
Kazakhstani outlets (regional sites, wire copy, press releases of akimats and foundations), each fixed by a rule
of the language and checked here with variants (cases, word orders, with and without qualifiers), Kazakh and
English variants where the class exists there too, and negatives that must not change.

Same format as tests/test_extract_phrases.py: "value qualifier unit metric period_start..period_end area",
"*" for any; publication date 2025-06-15.
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, Y2024, YTD, _check_read

Y2023 = "2023-01-01..2023-12-31"

# A year written with the ending of its elided "год" ("по итогам 2024-го", "за 2024-й", "с 2019-го по 2024-й",
# "с 2019-го года") is that year, or the span it opens; "к 2030-му" a plan's year.
YEARS_WITH_CASE_ENDINGS = [
    ("По итогам 2024-го волонтеры провели 3 тыс. акций.", [f"3000 exact events * {Y2024} KZ"], "ru"),
    ("За 2024-й волонтеры области провели более 3 тысяч акций.", [f"3000 at_least events * {Y2024} *"], "ru"),
    ("В 2023-м году помощь получили 1 200 семей, в 2024-м — 1 500.",
     [f"1200 exact families * {Y2023} KZ", f"1500 exact families * {Y2024} KZ"], "ru"),
    ("С 2019-го по 2024-й волонтеры высадили 50 тыс. деревьев.",
     ["50000 exact trees trees_planted 2019-01-01..2024-12-31 KZ"], "ru"),
    ("С 2019-го года волонтеры высадили 50 тыс. деревьев.",
     ["50000 exact trees trees_planted 2019-01-01..2025-06-15 KZ"], "ru"),
    ("С 2021-го волонтеры высадили около 50 тыс. деревьев.",
     ["50000 approx trees trees_planted 2021-01-01..2025-06-15 KZ"], "ru"),
    # negatives: a year without an ending is still a year; a decade is no year; "2024 жыл" untouched
    ("По итогам 2024 года волонтеры провели 3 тыс. акций.", [f"3000 exact events * {Y2024} KZ"], "ru"),
    ("В 2000-х годах волонтеров было 5 тысяч.", ["5000 exact persons * * KZ"], "ru"),
    ("2024 жылы еріктілер 3 мың акция өткізді.", [f"3000 exact * * {Y2024} KZ"], "kk"),
]

# "году" left out in the second of two parallel clauses: "в минувшем году — 45 млн, в текущем — уже 60 млн" (the
# dash stands for the verb); "в позапрошлом году" is two years before publication.
ELIDED_YEAR_WORD = [
    ("В минувшем году выделено 45 млн тенге, в текущем — уже 60 млн.",
     [f"4.5e+07 exact KZT * {Y2024} KZ", f"6e+07 exact KZT * {YTD} KZ"], "ru"),
    ("В 2023 году донорами стали 9 тыс. человек, а в прошлом — 11 тыс.",
     [f"9000 exact persons blood_donors_per_year {Y2023} KZ", f"11000 exact persons blood_donors_per_year {Y2024} KZ"],
     "ru"),
    ("В прошлом году волонтеры собрали 120 тонн мусора, в этом – 150 тонн.",
     [f"120 exact tonnes waste_collected_tonnes {Y2024} KZ", f"150 exact tonnes waste_collected_tonnes {YTD} KZ"],
     "ru"),
    ("В позапрошлом году донорами стали 9 тыс. человек, в прошлом — 11 тыс.",
     [f"9000 exact persons blood_donors_per_year {Y2023} KZ", f"11000 exact persons blood_donors_per_year {Y2024} KZ"],
     "ru"),
    ("За позапрошлый год фонд помог более чем 400 семьям.", [f"400 at_least families * {Y2023} KZ"], "ru"),
    ("The year before last, volunteers planted 8,000 trees.", [f"8000 exact trees trees_planted {Y2023} KZ"], "en"),
    # negatives: "в прошлом" without a dash is "in the past"; "в этом" before a noun is no year
    ("В прошлом он был волонтером и помог 30 семьям.", [f"30 exact families * {NOW} KZ"], "ru"),
    ("В этом районе волонтеры помогли 30 семьям.", [f"30 exact families * {NOW} KZ"], "ru"),
]

# Since the start of something in a year ("с начала реализации программы в 2023 году", "с момента запуска проекта
# в 2021 году", "since its launch in 2021", "жоба 2021 жылы басталғаннан бері"): from that year to publication.
SINCE_THE_START_IN_A_YEAR = [
    ("Всего с начала реализации программы в 2023 году в столице высажено более 200 тысяч деревьев.",
     ["200000 at_least trees trees_planted 2023-01-01..2025-06-15 *"], "ru"),
    ("С момента запуска проекта в 2021 году волонтеры высадили 50 тыс. деревьев.",
     ["50000 exact trees trees_planted 2021-01-01..2025-06-15 KZ"], "ru"),
    ("Со дня основания фонда в 2015 г. волонтеры собрали около 900 тонн мусора.",
     ["900 approx tonnes waste_collected_tonnes 2015-01-01..2025-06-15 KZ"], "ru"),
    ("Since its launch in 2021, volunteers have planted 50,000 trees.",
     ["50000 exact trees trees_planted 2021-01-01..2025-06-15 KZ"], "en"),
    ("Жоба 2021 жылы басталғаннан бері еріктілер 50 мың ағаш отырғызды.",
     ["50000 exact trees trees_planted 2021-01-01..2025-06-15 KZ"], "kk"),
    # negatives: a year of an event without "с начала / с момента" stays that year
    ("В 2023 году в столице высажено более 200 тысяч деревьев.",
     [f"200000 at_least trees trees_planted {Y2023} *"], "ru"),
    ("Проект запустили в 2021 году, тогда волонтеры высадили 5 тыс. деревьев.",
     ["5000 exact trees trees_planted 2021-01-01..2021-12-31 KZ"], "ru"),
]

# "сотня" counts hundreds like "десяток" tens and "тысяча" thousands: after a bound or a number ("более сотни
# волонтеров" 100, "около трех сотен семей" 300, "полсотни" 50); a bare "сотни семей" is "hundreds", no figure.
HUNDREDS_IN_WORDS = [
    ("Более сотни волонтеров вышли на уборку берега.", [f"100 at_least persons * {NOW} KZ"], "ru"),
    ("Около сотни семей получили продуктовые наборы.", [f"100 approx families * {NOW} KZ"], "ru"),
    ("Свыше сотни тонн мусора вывезено с берегов Урала.", [f"100 at_least tonnes waste_collected_tonnes {NOW} *"],
     "ru"),
    ("Более двух сотен волонтеров вышли на уборку.", [f"200 at_least persons * {NOW} KZ"], "ru"),
    ("Помощь получили около трех сотен семей.", [f"300 approx families * {NOW} KZ"], "ru"),
    ("В акции участвовали полсотни волонтеров.", [f"50 exact persons * {NOW} KZ"], "ru"),
    ("Около полусотни семей получили помощь.", [f"50 approx families * {NOW} KZ"], "ru"),
    ("More than a hundred volunteers cleaned the park.", [f"100 at_least persons * {NOW} KZ"], "en"),
    ("Жүзден астам ерікті саябақты тазалады.", [f"100 at_least persons * {NOW} KZ"], "kk"),
    # negatives: hundreds without a number are no figure; half a million still itself
    ("Сотни волонтеров вышли на уборку.", [], "ru"),
    ("Несколько сотен жителей пришли на субботник.", [], "ru"),
    ("Помощь получили сотни семей и десятки тысяч жителей.", [], "ru"),
    ("Hundreds of volunteers cleaned the park.", [], "en"),
    ("Помощь получили полмиллиона человек.", [f"500000 exact persons people_helped {NOW} KZ"], "ru"),
]

# Thirds and quarters after their numerator in every case ("около двух третей", "более трех четвертей", "двумя
# третями") are shares, like "две трети"; Kazakh "үштен екісінен астамы" is over two thirds.
FRACTIONS_IN_OBLIQUE_CASES = [
    ("Около двух третей получателей помощи — дети из многодетных семей.", [f"66.67 approx percent * {NOW} KZ"], "ru"),
    ("Более двух третей волонтеров — студенты.", [f"66.67 at_least percent * {NOW} KZ"], "ru"),
    ("Свыше трех четвертей доноров составляют мужчины.", [f"75 at_least percent * {NOW} KZ"], "ru"),
    ("Почти трёх четвертей участников акции составили школьники.", [f"75 almost percent * {NOW} KZ"], "ru"),
    ("Две трети волонтеров — студенты.", [f"66.67 approx percent * {NOW} KZ"], "ru"),
    ("More than two-thirds of the volunteers are students.", [f"66.67 at_least percent * {NOW} KZ"], "en"),
    ("Еріктілердің үштен екісінен астамы — студенттер.", [f"66.67 at_least percent * {NOW} KZ"], "kk"),
    ("Eriktilerdiń úshten ekisinen astamy — stýdentter.", [f"66.67 at_least percent * {NOW} KZ"], "kk"),
    # negatives: three families are three; a half of a day is no share
    ("Трем семьям волонтеры передали ключи от квартир.", [f"3 exact families * {NOW} KZ"], "ru"),
    ("Во второй половине дня волонтеры помогли 40 семьям.", [f"40 exact families * {NOW} KZ"], "ru"),
]

# Requisites of a call for donations and local phone numbers are not figures: an account (IBAN "KZ12 345A 6789 0000
# 1234", also written in one piece), a number after "БИН / ИИН / БИК / КБе / БСН / ЖСН / BIN", a city number
# "55-77-10" after a space ("по телефону 55-77-10"); a range of counts stays.
REQUISITES_AND_LOCAL_PHONES = [
    ("Реквизиты фонда: БИН 123456789012, ИИК KZ12 345A 6789 0000 1234, БИК HSBKKZKX.\n"
     "Фонд помог 120 семьям.", [f"120 exact families * {NOW} KZ"], "ru"),
    ("Перечислить пожертвование можно на счет KZ86125KZT5004100100, собрано уже 2 млн тенге.",
     [f"2e+06 exact KZT * {NOW} KZ"], "ru"),
    ("Справки по телефонам: 55-77-10, 55-77-11.", [], "ru"),
    ("Звоните по номеру 21-45-67 или 8 701 555 44 33, волонтеры помогут 40 пожилым людям.",
     [f"40 exact persons * {NOW} KZ"], "ru"),
    ("Қор деректемелері: БСН 123456789012, KZ12 345A 6789 0000 1234. Қор 120 отбасыға көмектесті.",
     [f"120 exact families * {NOW} KZ"], "kk"),
    ("Анықтама телефоны: 55-77-10.", [], "kk"),
    ("Donations: IBAN KZ12 345A 6789 0000 1234, BIN 123456789012. The fund has helped 120 families.",
     [f"120 exact families * {NOW} KZ"], "en"),
    # negatives: a range of counts and an amount in tenge stay figures
    ("В акции участвовали 20-30 волонтеров.", [f"20 at_least persons * {NOW} KZ", f"30 at_most persons * {NOW} KZ"],
     "ru"),
    ("Собрано 1 250 000 тенге на лечение ребенка.", [f"1.25e+06 exact KZT * {NOW} KZ"], "ru"),
]

# The counted noun put first in the genitive plural, with a place, a verb of counting and the number's own
# qualifier between ("Серебряных волонтеров в стране насчитывается около 8 тысяч", "Доноров крови в регионе
# зарегистрировано свыше 15 тыс.", "Инициативных групп работает около 2 тысяч"): the number counts that noun.
COUNTED_NOUN_FIRST = [
    ("Серебряных волонтеров насчитывается около 8 тысяч.", [f"8000 approx persons silver_volunteers {NOW} KZ"], "ru"),
    ("Серебряных волонтеров в стране насчитывается около 8 тысяч.",
     [f"8000 approx persons silver_volunteers {NOW} KZ"], "ru"),
    ("Инициативных групп в республике работает порядка 2 тысяч.",
     [f"2000 approx groups initiative_groups {NOW} KZ"], "ru"),
    ("Доноров крови в регионе зарегистрировано свыше 15 тыс.", [f"15000 at_least persons * {NOW} *"], "ru"),
    ("Волонтерских организаций в Казахстане — не менее 1 200.",
     [f"1200 at_least organizations volunteer_organizations {NOW} KZ"], "ru"),
    ("Волонтеров в области привлечено почти 3 тысячи.", [f"3000 almost persons * {NOW} *"], "ru"),
    # negatives: a noun that is not counted keeps the number's own noun or none
    ("После уборки парка осталось около 300 мешков.", [f"300 approx items * {NOW} KZ"], "ru"),
    ("Помощи оказано на 15 млн тенге.", [f"1.5e+07 exact KZT * {NOW} KZ"], "ru"),
]

# A number in two scales whose second is abbreviated with a dot ("1 млн 250 тыс. тенге", "2 млн. 300 тыс. тенге"):
# the noun after the dot is its unit.
TWO_SCALES_WITH_AN_ABBREVIATION = [
    ("Сумма собранных средств составила 1 млн 250 тыс. тенге.", [f"1.25e+06 exact KZT * {NOW} KZ"], "ru"),
    ("Волонтеры собрали 2 млн. 300 тыс. тенге для пострадавших.", [f"2.3e+06 exact KZT * {NOW} KZ"], "ru"),
    ("На лечение собрано более 3 млн 400 тыс. тенге, помощь получили 15 детей.",
     [f"3.4e+06 at_least KZT * {NOW} KZ", f"15 exact persons * {NOW} KZ"], "ru"),
    ("Қайырымдылық акциясында 1 млн 250 мың теңге жиналды.", [f"1.25e+06 exact KZT * {NOW} KZ"], "kk"),
    ("Volunteers raised 1 million 250 thousand tenge.", [f"1.25e+06 exact KZT * {NOW} KZ"], "en"),
    # negative: the dot that ends the sentence leaves the number without a unit of its own
    ("Всего волонтеры собрали 2 млн 300 тыс.", [f"2.3e+06 exact items * {NOW} KZ"], "ru"),
]

# A span of months in words ("с января по май", "с января по сентябрь 2024 года", "from January to May", "between
# January and September 2024", "қаңтардан мамырға дейін", "қаңтар мен қыркүйек аралығында") is those months, like
# "январь–май"; a span of days stays days.
SPANS_OF_MONTHS_IN_WORDS = [
    ("С января по май кровь сдали 9 870 человек.", ["9870 exact persons * 2025-01-01..2025-05-31 KZ"], "ru"),
    ("С января по сентябрь 2024 года кровь сдали почти 10 тысяч доноров.",
     ["10000 almost persons * 2024-01-01..2024-09-30 KZ"], "ru"),
    ("С февраля по апрель волонтеры высадили 4 тыс. деревьев.",
     ["4000 exact trees trees_planted 2025-02-01..2025-04-30 KZ"], "ru"),
    ("From January to May, 9,870 people donated blood.", ["9870 exact persons * 2025-01-01..2025-05-31 KZ"], "en"),
    ("Between January and September 2024, 9,870 people donated blood.",
     ["9870 exact persons * 2024-01-01..2024-09-30 KZ"], "en"),
    ("Қаңтардан мамырға дейін 9 870 адам қан тапсырды.", ["9870 exact persons * 2025-01-01..2025-05-31 KZ"], "kk"),
    ("2024 жылы қаңтар мен қыркүйек аралығында 9 870 адам қан тапсырды.",
     ["9870 exact persons * 2024-01-01..2024-09-30 KZ"], "kk"),
    # negatives: spans of days stay days
    ("С 1 апреля по 20 мая волонтеры высадили 4 тыс. деревьев.",
     ["4000 exact trees trees_planted 2025-04-01..2025-05-20 KZ"], "ru"),
    ("27 наурыздан 14 сәуірге дейін еріктілер 4 мың ағаш отырғызды.",
     ["4000 exact trees trees_planted 2025-03-27..2025-04-14 KZ"], "kk"),
]

# The time a comparison is made with ("против 8 360 за тот же период прошлого года", "за аналогичный период", "годом
# ранее — 8 360", "the same period of 2024") is that value's alone: the next sentence's figures do not inherit it.
SAME_PERIOD_BASES_NOT_INHERITED = [
    ("С января по май кровь сдали 9 870 человек против 8 360 за тот же период прошлого года. "
     "Заготовлено 4 150 литров цельной крови.",
     ["9870 exact persons * 2025-01-01..2025-05-31 KZ", f"8360 exact persons * {Y2024} KZ",
      "4150 exact liters * 2025-01-01..2025-05-31 KZ"], "ru"),
    ("С начала года кровь сдали 9 870 человек, что на 18% больше, чем за аналогичный период прошлого года. "
     "Заготовлено 4 150 литров крови.",
     [f"9870 exact persons * {YTD} KZ", "18 exact percent * * KZ", f"4150 exact liters * {YTD} KZ"], "ru"),
    ("С января по май кровь сдали 9 870 человек, тогда как годом ранее — 8 360. Заготовлено 4 150 литров крови.",
     ["9870 exact persons * 2025-01-01..2025-05-31 KZ", f"8360 exact persons * {Y2024} KZ",
      "4150 exact liters * 2025-01-01..2025-05-31 KZ"], "ru"),
    # negatives: a period that is no base is still inherited
    ("В прошлом году кровь сдали 9 870 человек. Заготовлено 4 150 литров крови.",
     [f"9870 exact persons blood_donors_per_year {Y2024} KZ", f"4150 exact liters * {Y2024} KZ"], "ru"),
    ("С января по май кровь сдали 9 870 человек. Заготовлено 4 150 литров крови.",
     ["9870 exact persons * 2025-01-01..2025-05-31 KZ", "4150 exact liters * 2025-01-01..2025-05-31 KZ"], "ru"),
]

# Items of a list introduced by a colon, each a short line with a number ("- проведено 1 870 акций;", "— собрано 38 т
# вторсырья;"): two words and a number are an item, not a line of a menu.
SHORT_LIST_ITEMS_WITH_NUMBERS = [
    ("Основные показатели за год:\n- проведено 1 870 акций;\n- помощь оказана 6 400 пожилым людям;\n"
     "- собрано 38 т вторсырья;\n- высажено 12,5 тыс. деревьев.",
     [f"1870 exact events * {NOW} KZ", f"6400 exact persons * {NOW} KZ", f"38 exact tonnes * {NOW} KZ",
      f"12500 exact trees trees_planted {NOW} KZ"], "ru"),
    ("Итоги акции:\n— собрано 500 литров;\n— помогли 120 семьям;\n— участвовали 80 волонтеров.",
     [f"500 exact liters * {NOW} KZ", f"120 exact families * {NOW} KZ", f"80 exact persons * {NOW} KZ"], "ru"),
    ("Акция қорытындысы:\n- 500 литр қан жиналды;\n- 120 отбасыға көмектесті;\n- 80 ерікті қатысты.",
     [f"500 exact liters * {NOW} KZ", f"120 exact families * {NOW} KZ", f"80 exact persons * {NOW} KZ"], "kk"),
    ("Results of the campaign:\n- 500 liters collected;\n- 120 families helped;\n- 80 volunteers took part.",
     [f"500 exact liters * {NOW} KZ", f"120 exact families * {NOW} KZ", f"80 exact persons * {NOW} KZ"], "en"),
    # negative: a menu of short lines with counters is still a menu
    ("Главная\nНовости 24\nСпорт 5\nВидео\nВ Павлодаре волонтеры помогли 30 семьям.",
     [f"30 exact families * {NOW} Pavlodar"], "ru"),
]

# A measure written in full in the title and abbreviated in the body ("Около 600 тонн …" / "около 600 т …", "45
# литров" / "45 л", "2 млн тенге" / "2 млн тг") is one statement said twice: the noun of a measure is the measure.
ABBREVIATED_MEASURES_REPEATED = [
    ("Около 600 тонн гуманитарной помощи отправлено пострадавшим от паводка\n\n"
     "Из разных регионов поступило около 600 т гуманитарной помощи.", [f"600 approx tonnes * {NOW} KZ"], "ru"),
    ("Доноры сдали 45 литров крови\n\nВ ходе акции собрано 45 л донорской крови.",
     [f"45 exact liters * {NOW} KZ"], "ru"),
    ("Фонд собрал 2 млн тенге\n\nЗа неделю жители перечислили 2 млн тг на лечение ребенка.",
     [f"2e+06 exact KZT * {NOW} KZ"], "ru"),
    ("Еріктілер 600 тонна көмек жинады\n\nӨңірлерден 600 т гуманитарлық көмек келді.",
     [f"600 exact tonnes * {NOW} KZ"], "kk"),
    # negatives: another qualifier or another value says something of its own
    ("Около 600 тонн гуманитарной помощи отправлено пострадавшим\n\nПоступило 612 т гуманитарной помощи.",
     [f"600 approx tonnes * {NOW} KZ", f"612 exact tonnes * {NOW} KZ"], "ru"),
    ("Волонтеры собрали 45 литров крови и 45 кг продуктов.", [f"45 exact liters * {NOW} KZ", f"45 exact kg * {NOW} KZ"],
     "ru"),
]

# The first N months of the current year without its number ("за девять месяцев текущего года", "за 4 месяца этого
# года", "the first five months of this year") are those months of the publication's year, not the year so far;
# a bare "за 5 месяцев" stays a duration.
FIRST_MONTHS_OF_THIS_YEAR = [
    ("За 4 месяца текущего года кровь сдали 9 870 человек.", ["9870 exact persons * 2025-01-01..2025-04-30 KZ"], "ru"),
    ("За пять месяцев этого года волонтеры помогли более 500 семьям.",
     ["500 at_least families * 2025-01-01..2025-05-31 KZ"], "ru"),
    ("In the first five months of this year, 9,870 people gave blood.",
     ["9870 exact persons * 2025-01-01..2025-05-31 KZ"], "en"),
    # negatives: a duration without a year, and a year stated
    ("За пять месяцев волонтеры помогли 500 семьям.", [f"500 exact families * {NOW} KZ"], "ru"),
    ("В течение пяти месяцев текущего года волонтеры дежурили в 12 пунктах.", ["12 exact * * * KZ"], "ru"),
    ("За 5 месяцев 2024 года кровь сдали 9 870 человек.", ["9870 exact persons * 2024-01-01..2024-05-31 KZ"], "ru"),
]

ROUND_1_5_RU = {
    "years_with_case_endings": YEARS_WITH_CASE_ENDINGS,
    "elided_year_word": ELIDED_YEAR_WORD,
    "since_the_start_in_a_year": SINCE_THE_START_IN_A_YEAR,
    "hundreds_in_words": HUNDREDS_IN_WORDS,
    "fractions_in_oblique_cases": FRACTIONS_IN_OBLIQUE_CASES,
    "requisites_and_local_phones": REQUISITES_AND_LOCAL_PHONES,
    "counted_noun_first": COUNTED_NOUN_FIRST,
    "two_scales_with_an_abbreviation": TWO_SCALES_WITH_AN_ABBREVIATION,
    "spans_of_months_in_words": SPANS_OF_MONTHS_IN_WORDS,
    "same_period_bases_not_inherited": SAME_PERIOD_BASES_NOT_INHERITED,
    "short_list_items_with_numbers": SHORT_LIST_ITEMS_WITH_NUMBERS,
    "abbreviated_measures_repeated": ABBREVIATED_MEASURES_REPEATED,
    "first_months_of_this_year": FIRST_MONTHS_OF_THIS_YEAR,
}


@pytest.mark.parametrize(("text", "want", "lang"), [
    pytest.param(t, w, lang, id=f"{cls}:{t[:45]}") for cls, table in ROUND_1_5_RU.items() for t, w, lang in table])
def test_round_1_5_ru(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

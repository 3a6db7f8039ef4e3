"""Round 5b, Russian: classes of phrasing behind the misses and false figures of the sixth real set's Russian pages
(regional sites, wire copy, press releases of akimats and foundations) and of composed probes in their styles;
each fixed by a rule of the language and checked here with variants (cases, word orders, with and without
qualifiers), Kazakh and English variants where the class exists there too, and negatives that must not change.

Same format as tests/test_extract_phrases.py: "value qualifier unit metric period_start..period_end area",
"*" for any; publication date 2025-06-15.
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, Y2024, _check_read

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

# A number glued to a site's domain names the site ("передает корреспондент 7152.kz", "по данным 24.kz"); "5.5 тонн"
# stays a number.
SITE_DOMAINS = [
    ("С начала года проведено свыше 900 акций, - передает корреспондент 7152.kz.",
     ["900 at_least events * 2025-01-01..2025-06-15 KZ"], "ru"),
    ("По данным 24.kz, на субботник вышли 300 волонтеров.", [f"300 exact persons * {NOW} KZ"], "ru"),
    ("Жыл басынан бері 900 акция өтті, деп хабарлайды 7152.kz тілшісі.",
     ["900 exact * * 2025-01-01..2025-06-15 KZ"], "kk"),
    ("Over 900 events were held, 7152.kz reports.", [f"900 at_least events * {NOW} KZ"], "en"),
    # negatives: a decimal with a dot; a domain without a number
    ("Волонтеры собрали 5.5 тонн помощи.", [f"5.5 exact tonnes * {NOW} KZ"], "ru"),
    ("Как сообщает kursiv.kz, акцию поддержали 300 волонтеров.", [f"300 exact persons * {NOW} KZ"], "ru"),
]

# "семью" is the family ("600 тысяч тенге на семью", "помогли каждую семью"), the number seven only before an
# instrumental plural ("с семью волонтерами").
SEMYU_IS_A_FAMILY = [
    ("В среднем сумма помощи составила 600 тысяч тенге на семью.", [f"600000 exact KZT * {NOW} KZ"], "ru"),
    ("Волонтеры поддержали многодетную семью из Шымкента.", [], "ru"),
    ("Каждую семью обеспечили продуктами, всего 120 наборов.", [f"120 exact * * {NOW} KZ"], "ru"),
    # the number seven
    ("Вместе с семью волонтерами он собрал 200 кг мусора.",
     [f"7 exact persons * {NOW} KZ", f"0.2 exact tonnes * {NOW} KZ"], "ru"),
    ("Помощь получили семь семей.", [f"7 exact families * {NOW} KZ"], "ru"),
]

# Russian collective numerals count people ("пятеро волонтеров", "двое детей", "семерых школьников"); "двое суток" is
# a duration.
COLLECTIVE_NUMERALS = [
    ("Пятеро волонтеров дежурили у дамбы.", [f"5 exact persons * {NOW} KZ"], "ru"),
    ("В акции участвовали двое волонтеров и трое студентов.",
     [f"2 exact persons * {NOW} KZ", f"3 exact persons * {NOW} KZ"], "ru"),
    ("Волонтеры навестили семерых детей из детского дома.", [f"7 exact persons * {NOW} KZ"], "ru"),
    ("Четверым пострадавшим помогли волонтеры.", [f"4 exact persons * {NOW} KZ"], "ru"),
    ("Бес ерікті бөгетте кезекшілік атқарды.", [f"5 exact * * {NOW} KZ"], "kk"),
    ("Five volunteers were on duty at the dam.", [f"5 exact persons * {NOW} KZ"], "en"),
    # negatives: a duration
    ("Двое суток волонтеры разгружали 20 тонн помощи.", [f"20 exact tonnes * {NOW} KZ"], "ru"),
    ("Волонтеры работали 3 суток без отдыха.", [], "ru"),
]

# The numerator of a fraction of a time is no count ("Две трети года волонтеры работали", "two thirds of the year");
# a fraction of people stays a share.
FRACTIONS_OF_A_TIME = [
    ("Две трети года волонтеры работали без выходных.", [], "ru"),
    ("За три четверти года волонтеры провели 500 акций.", ["500 exact events * * KZ"], "ru"),
    ("Two thirds of the year the volunteers worked without days off.", [], "en"),
    # negatives: shares of people
    ("Две трети волонтеров — студенты.", [f"66.67 approx percent * {NOW} KZ"], "ru"),
    ("Около двух третей участников составили школьники.", [f"66.67 approx percent * {NOW} KZ"], "ru"),
    ("Two thirds of the volunteers are students.", [f"66.67 approx percent * {NOW} KZ"], "en"),
]

# "один" as an item of a comma list of counts ("9 районов, один город более 300 сел") is a figure like its
# neighbours; not after a year or a duration ("В 2024 году, один волонтер", "Прошло 5 лет, один …").
ONE_IN_A_LIST_OF_COUNTS = [
    ("Около 80 тысяч человек, а это 9 районов, один город более 300 сел, приняли участие в уборке.",
     [f"80000 approx persons * {NOW} KZ", f"9 exact * * {NOW} KZ", f"1 exact * * {NOW} KZ",
      f"300 at_least * * {NOW} KZ"], "ru"),
    ("В уборке участвовали 12 сел, один город и район.",
     [f"12 exact * * {NOW} KZ", f"1 exact * * {NOW} KZ"], "ru"),
    ("Шамамен 80 мың адам, яғни 9 аудан, бір қала, 300-ден астам ауыл тазалыққа қатысты.",
     [f"80000 approx persons * {NOW} KZ", f"9 exact * * {NOW} KZ", f"1 exact * * {NOW} KZ",
      f"300 at_least * * {NOW} KZ"], "kk"),
    ("About 80,000 people from 9 districts, one city and over 300 villages took part.",
     [f"80000 approx persons * {NOW} KZ", f"9 exact * * {NOW} KZ", f"1 exact * * {NOW} KZ",
      f"300 at_least * * {NOW} KZ"], "en"),
    # negatives
    ("В 2024 году, один волонтер сообщил о пожаре.", [], "ru"),
    ("Прошло 5 лет, один волонтер остался в проекте.", [], "ru"),
    ("Волонтеры посадили 300 деревьев, один из них — дуб.", [f"300 exact trees * {NOW} KZ"], "ru"),
]

# A plan told now ("в ближайшее время планируется посадить", "будет посажено", "жоспарлануда") after a clause of a
# time already over ("Год назад …, а …", "В 2024 году …, а …") is a plan from now on, not of that time; a plan told
# in the past ("планировалось", "было запланировано") keeps it.
PLANS_AFTER_A_PAST_CLAUSE = [
    ("Год назад в школах высадили семена, а в ближайшее время планируется посадить 11 237 саженцев.",
     [f"11237 exact trees * {NOW} KZ"], "ru"),
    ("В 2024 году высадили 500 деревьев, а в ближайшее время планируется посадить 11 237 саженцев.",
     [f"500 exact trees * {Y2024} KZ", f"11237 exact trees * {NOW} KZ"], "ru"),
    ("В прошлом году высадили 500 деревьев, а в ближайшее время будет посажено еще 1000.",
     [f"500 exact trees * {Y2024} KZ", f"1000 exact trees * {NOW} KZ"], "ru"),
    ("Былтыр мектептерде тұқым егілді, ал жақын арада 11 237 көшет отырғызу жоспарлануда.",
     [f"11237 exact trees * {NOW} KZ"], "kk"),
    # negatives: a plan of the past; a past report; a plan with its own time
    ("В 2024 году планировалось высадить 500 деревьев, а высадили 450.",
     [f"500 exact trees * {Y2024} KZ", f"450 exact trees * {Y2024} KZ"], "ru"),
    ("В прошлом году высадили 500 деревьев, а также посадили 1000 кустарников.",
     [f"500 exact trees * {Y2024} KZ", f"1000 exact * * {Y2024} KZ"], "ru"),
    ("В прошлом году высадили 500 деревьев, а в этом году планируется посадить 11 237 саженцев.",
     [f"500 exact trees * {Y2024} KZ", "11237 exact trees * 2025-01-01..2025-06-15 KZ"], "ru"),
]

# Two weights or volumes of the same value in two sentences are two loads when they say what they measure and it
# differs ("20 тонн муки" … "20 тонн сахара", "20 tonnes of flour" … "of sugar"); a measure written again without
# its thing ("600 тонн мусора" … "вывезено 600 т") is still one statement.
LOADS_OF_DIFFERENT_THINGS = [
    ("Жители передали 20 тонн муки. Предприниматели отправили 20 тонн сахара.",
     [f"20 exact tonnes * {NOW} KZ", f"20 exact tonnes * {NOW} KZ"], "ru"),
    ("Фонд закупил 500 литров масла. Еще 500 литров молока передали фермеры.",
     [f"500 exact liters * {NOW} KZ", f"500 exact liters * {NOW} KZ"], "ru"),
    ("Residents sent 20 tonnes of flour. Businesses sent 20 tonnes of sugar.",
     [f"20 exact tonnes * {NOW} KZ", f"20 exact tonnes * {NOW} KZ"], "en"),
    # negatives: one load said twice
    ("Волонтеры собрали 600 тонн мусора. Всего вывезено 600 т.", [f"600 exact tonnes * {NOW} KZ"], "ru"),
    ("Волонтеры собрали 600 тонн мусора. Все 600 тонн мусора вывезены на полигон.",
     [f"600 exact tonnes * {NOW} KZ"], "ru"),
    ("Volunteers collected 600 tonnes of waste. All 600 tonnes were taken to the landfill.",
     [f"600 exact tonnes * {NOW} KZ"], "en"),
]

# The amount of a change ("на 2,1 тыс. больше, чем годом ранее", "выросло на 2,1 тыс.", "increased by 2,100",
# "2,100 more than a year earlier") is a figure, but no level of a series: no metric id, and the time compared with
# is not its period; the level beside it keeps its metric.
DIFFERENCES_ARE_NO_LEVELS = [
    ("В этом году в стране 15 тыс. волонтеров, на 2,1 тыс. больше, чем годом ранее.",
     ["15000 exact persons volunteers_total 2025-01-01..2025-06-15 KZ", f"2100 exact persons None {NOW} KZ"], "ru"),
    ("Число волонтеров в стране выросло на 2,1 тыс. по сравнению с прошлым годом.",
     [f"2100 exact persons None {NOW} KZ"], "ru"),
    ("Количество доноров увеличилось почти на 500 человек.", [f"500 almost persons None {NOW} KZ"], "ru"),
    ("The number of volunteers increased by 2,100 compared to 2024.", [f"2100 exact persons None {NOW} KZ"], "en"),
    ("There are 15,000 volunteers in the country, 2,100 more than a year earlier.",
     [f"15000 exact persons volunteers_total {NOW} KZ", f"2100 exact persons None {NOW} KZ"], "en"),
    # negatives: levels; worth; a percent change keeps its own reading
    ("В 2024 году волонтеров в стране стало 12 тысяч.", [f"12000 exact persons volunteers_total {Y2024} KZ"], "ru"),
    ("Число волонтеров выросло до 15 тысяч.", [f"15000 exact persons volunteers_total {NOW} KZ"], "ru"),
    ("Волонтеры собрали продукты почти на 50 миллионов тенге.", [f"5e+07 almost KZT * {NOW} KZ"], "ru"),
]

# The items of a list introduced by a line ending with ":" ("За 10 месяцев 2024 года:", "Итоги 2024 года:", "In 2024
# the volunteers of the region:") take the period that line names, as sentences of its paragraph; a line after it
# that is no item (no bullet, no ";") does not.
LIST_ITEMS_TAKE_THE_PERIOD_OF_THEIR_HEADING = [
    ("За 10 месяцев 2024 года:\n- проведено 1 870 акций;\n- собрано 38 т мусора.",
     ["1870 exact events * 2024-01-01..2024-10-31 KZ", "38 exact tonnes * 2024-01-01..2024-10-31 KZ"], "ru"),
    ("Итоги 2024 года:\n• проведено 1 870 акций;\n• собрано 38 т мусора.",
     [f"1870 exact events * {Y2024} KZ", f"38 exact tonnes * {Y2024} KZ"], "ru"),
    ("В 2024 году волонтеры области:\nпровели 1 870 акций;\nсобрали 38 т мусора.",
     [f"1870 exact events * {Y2024} KZ", f"38 exact tonnes * {Y2024} KZ"], "ru"),
    ("2024 жылдың 10 айында:\n- 1 870 акция өткізілді;\n- 38 тонна қоқыс жиналды.",
     ["1870 exact events * 2024-01-01..2024-10-31 KZ", "38 exact tonnes * 2024-01-01..2024-10-31 KZ"], "kk"),
    ("In 2024 the volunteers of the region:\n- held 1,870 events;\n- collected 38 tonnes of waste.",
     [f"1870 exact events * {Y2024} KZ", f"38 exact tonnes * {Y2024} KZ"], "en"),
    # negatives: a paragraph after the heading, an item that names its own time (a heading of a year's results,
    # "Итоги 2024 года:", dates the text's later paragraphs too: tests/test_phrases_round129.py)
    ("За 10 месяцев 2024 года:\n\nВолонтеры посадили 500 деревьев.", [f"500 exact trees * {NOW} KZ"], "ru"),
    ("Итоги 2024 года:\n\nВолонтеры посадили 500 деревьев.", [f"500 exact trees * {Y2024} KZ"], "ru"),
    ("Итоги 2024 года:\n- в этом году посажено 500 деревьев;",
     ["500 exact trees * 2025-01-01..2025-06-15 KZ"], "ru"),
]

# An age told of a person in the dative with the verb and "лет" left out ("самому младшему — 7", "сыну — 5, дочке —
# 3") is an age, not a count; a count given to a group in the dative ("детям — 30 подарков") stays.
ELIDED_AGES_IN_THE_DATIVE = [
    ("В семье пятеро детей, самому младшему — 7.", [f"5 exact persons * {NOW} KZ"], "ru"),
    ("У семьи двое детей: сыну — 5, дочке — 3.", [f"2 exact persons * {NOW} KZ"], "ru"),
    ("Самой старшей — 12, а волонтеры передали семье 20 наборов.", [f"20 exact * * {NOW} KZ"], "ru"),
    ("Младшему — 4 года, его семье волонтеры передали 20 наборов.", [f"20 exact * * {NOW} KZ"], "ru"),
    # negatives: counts given to a group; a number too large for an age
    ("Детям — 30 подарков, взрослым — 150 наборов.", [f"30 exact * * {NOW} KZ", f"150 exact * * {NOW} KZ"], "ru"),
    ("Младшему отряду — 300 наборов.", [f"300 exact * * {NOW} KZ"], "ru"),
]

# Seedlings and plants set out ("сеянцев", "растений") are counted as trees, so a restatement of a count of saplings
# in other words ("20 тыс. саженцев" … "В том числе 20 тыс. растений посадили") is that count said again.
PLANTS_ARE_TREES = [
    ("В районе посадили 20 тыс. саженцев. В том числе 20 тыс. растений посадили волонтеры.",
     [f"20000 exact trees trees_planted {NOW} KZ"], "ru"),
    ("Спонсор передал 113 тыс. сеянцев хвойных пород.", [f"113000 exact trees * {NOW} KZ"], "ru"),
    ("Волонтеры высадили 5 тысяч растений вдоль трассы.", [f"5000 exact trees trees_planted {NOW} KZ"], "ru"),
    # negatives: kinds of plants are no count of them
    ("В питомнике выращивают более 50 видов растений.", [f"50 at_least * * {NOW} KZ"], "ru"),
]

# A plan and a deed are two facts even when the deed's bound rounds the plan ("планируется посадить 11 237 саженцев"
# … "уже высажено свыше 11,2 тыс. деревьев"); a bound that rounds a count of one deed still repeats it.
PLANS_AND_DEEDS_NOT_MERGED = [
    ("В ближайшее время планируется посадить 11 237 саженцев. Только в школах уже высажено свыше 11,2 тыс. деревьев.",
     [f"11237 exact trees * {NOW} KZ", f"11200 at_least trees * {NOW} KZ"], "ru"),
    ("It is planned to plant 11,237 seedlings soon. Over 11.2 thousand trees have already been planted in schools.",
     [f"11237 exact trees * {NOW} KZ", f"11200 at_least trees * {NOW} KZ"], "en"),
    # a deed told exactly and then rounded is two statements since extractor 1.11 (the blind gold keeps both)
    ("Волонтеры посадили 6 200 деревьев. Всего в акции посажено свыше 6 тыс. деревьев.",
     [f"6200 exact trees trees_planted {NOW} KZ", f"6000 at_least trees trees_planted {NOW} KZ"], "ru"),
    # negative: one deed said twice with the same value and qualifier
    ("Волонтеры посадили 6 200 деревьев. Всего в акции посажено 6 200 деревьев.",
     [f"6200 exact trees trees_planted {NOW} KZ"], "ru"),
]

# A multiple against the level of N years before ("в сравнении с показателем пятилетней давности … вдвое", "вдвое
# больше, чем пять лет назад", "twice as many as five years ago") spans from N years before the time of the level it
# speaks of (a count of one year in its sentence or the two before) to that time.
MULTIPLES_AGAINST_YEARS_AGO = [
    ("В прошлом году в стране насчитывалось 28,1 тыс. НПО. В сравнении с показателем пятилетней давности их "
     "количество увеличилось вдвое.",
     [f"28100 exact * * {Y2024} KZ", "2 exact ratio * 2019-01-01..2024-12-31 KZ"], "ru"),
    ("В 2024 году в стране было 28,1 тыс. НПО, это в 2 раза больше, чем 5 лет назад.",
     [f"28100 exact * * {Y2024} KZ", "2 exact ratio * 2019-01-01..2024-12-31 KZ"], "ru"),
    ("В 2024 году волонтеров было 30 тысяч, втрое больше, чем десять лет назад.",
     [f"30000 exact persons * {Y2024} KZ", "3 exact ratio * 2014-01-01..2024-12-31 KZ"], "ru"),
    ("In 2024 there were 28,100 NGOs, twice as many as five years ago.",
     [f"28100 exact organizations * {Y2024} KZ", "2 exact ratio * 2019-01-01..2024-12-31 KZ"], "en"),
    # negatives: no years ago; a span of years of its own
    ("В прошлом году в стране насчитывалось 28,1 тыс. НПО. Их количество увеличилось вдвое.",
     [f"28100 exact * * {Y2024} KZ", f"2 exact ratio * {NOW} KZ"], "ru"),
]

# A few places in words picked out by a superlative where something is ("в двух крупнейших мегаполисах") are the
# places named before, not a count; a count of places in digits, or things made available, stays.
PLACES_PICKED_OUT_BY_A_SUPERLATIVE = [
    ("Именно поэтому в двух крупнейших мегаполисах аккумулировалось почти 28% всех средств.",
     [f"28 almost percent * {NOW} KZ"], "ru"),
    ("В трех крупнейших городах страны работают волонтерские штабы.", [], "ru"),
    # negatives
    ("В 5 крупнейших городах прошли 300 акций.", [f"5 exact * * {NOW} KZ", f"300 exact events * {NOW} KZ"], "ru"),
    ("Акция прошла в двух областях.", [f"2 exact regions * {NOW} KZ"], "ru"),
    ("The region has made available the five largest health centers.", [f"5 exact * * {NOW} *"], "en"),
]

# A norm of the WHO or an international one ("по нормам ВОЗ", "ВОЗ рекомендует", "according to WHO", "ДДҰ ұсынымы
# бойынша", "по международным стандартам") is about no place: area `global`; the place's own figure beside it keeps
# its area.
INTERNATIONAL_NORMS_ARE_GLOBAL = [
    ("По нормам ВОЗ на 1000 человек должно приходиться 40 доноров. В Алматинской области их 25.",
     [f"40 exact persons * {NOW} global", f"25 exact persons * {NOW} Almaty region"], "ru"),
    ("По международным стандартам на 1000 жителей должно быть 40 доноров.", [f"40 exact persons * {NOW} global"], "ru"),
    ("ДДҰ ұсынымы бойынша 1000 адамға 40 донор келуі тиіс.", [f"40 exact persons * {NOW} global"], "kk"),
    ("According to WHO, there should be 40 donors per 1,000 people; Kazakhstan has 17.",
     [f"40 exact persons * {NOW} global", f"17 exact * * {NOW} KZ"], "en"),
    # negatives: "who" as a pronoun; "воз" inside a word
    ("People who donate blood in Almaty: 300 donors came to the center.", [f"300 exact persons * {NOW} Almaty"], "en"),
    ("Волонтеры вывезли 20 возов мусора в Алматы.", [f"20 exact * * {NOW} Almaty"], "ru"),
]

# The month of an ISO year-month ("date 2020-07 YouTube", "Обновлено 2024-11") is a date, as a full "2020-07-03" is;
# a span of years and a range of numbers stay what they were.
ISO_YEAR_MONTHS = [
    ("date 2020-07 YouTube Embed: No video", [], "ru"),
    ("Обновлено 2024-11 волонтеры собрали 300 тонн.", [f"300 exact tonnes * {NOW} KZ"], "ru"),
    ("Updated 2024-11: volunteers collected 300 tonnes.", [f"300 exact tonnes * {NOW} KZ"], "en"),
    # negatives
    ("В 2020-2021 годах волонтеры провели 5 акций.", ["5 exact events * 2020-01-01..2021-12-31 KZ"], "ru"),
    ("Волонтеры провели от 10-12 акций.", [f"10 at_least events * {NOW} KZ", f"12 at_most events * {NOW} KZ"], "ru"),
]

# Supporting an initiative is joining it: in a marathon's article "инициативу поддержали 3 млн наших
# соотечественников", "the initiative was supported by 3 million", "бастаманы 3 миллион адам қолдады" count its
# participants; supporting families is helping them.
SUPPORTING_AN_INITIATIVE_IS_JOINING = [
    ("«Марафон добрых дел» завершился. Как отметил президент, за год инициативу поддержали 3 млн наших "
     "соотечественников.", [f"3e+06 exact persons marathon_participants {NOW} KZ"], "ru"),
    ("В рамках марафона проект поддержали 500 предпринимателей.",
     [f"500 exact persons marathon_participants {NOW} KZ"], "ru"),
    ("The Marathon of Good Deeds is over. Over the year the initiative was supported by 3 million people.",
     [f"3e+06 exact persons marathon_participants {NOW} KZ"], "en"),
    ("«Игі істер марафоны» аяқталды. Бастаманы 3 миллион адам қолдады.",
     [f"3e+06 exact persons marathon_participants {NOW} KZ"], "kk"),
    # negatives: supporting people is helping them
    ("В рамках марафона волонтеры поддержали 200 семей.", [f"200 exact families * {NOW} KZ"], "ru"),
]

# A line that is a number alone ("Лента новостей" / "0", "1 250" under a photo) is a counter of the page, no
# statement; a list item with its noun stays.
NUMBERS_ALONE_ON_A_LINE = [
    ("Лента новостей\n0\n\nВолонтеры собрали 300 тонн мусора.", [f"300 exact tonnes * {NOW} KZ"], "ru"),
    ("1 250\n\nВолонтеры собрали 300 тонн мусора.", [f"300 exact tonnes * {NOW} KZ"], "ru"),
    ("Жаңалықтар\n12\n\nЕріктілер 300 тонна қоқыс жинады.", [f"300 exact tonnes * {NOW} KZ"], "kk"),
    ("News feed\n0\n\nVolunteers collected 300 tonnes of waste.", [f"300 exact tonnes * {NOW} KZ"], "en"),
    # negatives
    ("Итоги:\n- 300 тонн мусора;\n- 50 акций.", [f"300 exact tonnes * {NOW} KZ", f"50 exact events * {NOW} KZ"], "ru"),
]

# A Russian tonne said without a number: "тонну" is one, "тонны" after a bound ("около / более тонны") about / more
# than one, "полтонны" half of one; not a rate ("500 тенге за тонну"), not plural "тонны мусора" (tonnes of it), not
# after a number ("две тонны").
ONE_TONNE_WITHOUT_A_NUMBER = [
    ("Волонтеры собрали тонну мусора.", [f"1 exact tonnes waste_collected_tonnes {NOW} KZ"], "ru"),
    ("За день волонтеры вывезли полторы тонны мусора и тонну веток.",
     [f"1.5 exact tonnes * {NOW} KZ", f"1 exact tonnes * {NOW} KZ"], "ru"),
    ("Жители собрали около тонны гуманитарной помощи.", [f"1 approx tonnes * {NOW} KZ"], "ru"),
    ("Волонтеры собрали более тонны мусора.", [f"1 at_least tonnes waste_collected_tonnes {NOW} KZ"], "ru"),
    ("Волонтеры передали полтонны муки.", [f"0.5 exact tonnes * {NOW} KZ"], "ru"),
    # negatives
    ("Цена составляет 500 тенге за тонну.", [f"500 exact KZT * {NOW} KZ"], "ru"),
    ("Волонтеры собрали две тонны мусора.", [f"2 exact tonnes * {NOW} KZ"], "ru"),
    ("Тонны мусора остаются на берегах.", [], "ru"),
]

ROUND_1_5B_RU = {
    "bounds_before_na_of_worth": BOUNDS_BEFORE_NA_OF_WORTH,
    "site_domains": SITE_DOMAINS,
    "semyu_is_a_family": SEMYU_IS_A_FAMILY,
    "collective_numerals": COLLECTIVE_NUMERALS,
    "fractions_of_a_time": FRACTIONS_OF_A_TIME,
    "one_in_a_list_of_counts": ONE_IN_A_LIST_OF_COUNTS,
    "plans_after_a_past_clause": PLANS_AFTER_A_PAST_CLAUSE,
    "loads_of_different_things": LOADS_OF_DIFFERENT_THINGS,
    "differences_are_no_levels": DIFFERENCES_ARE_NO_LEVELS,
    "list_items_take_the_period_of_their_heading": LIST_ITEMS_TAKE_THE_PERIOD_OF_THEIR_HEADING,
    "elided_ages_in_the_dative": ELIDED_AGES_IN_THE_DATIVE,
    "plants_are_trees": PLANTS_ARE_TREES,
    "plans_and_deeds_not_merged": PLANS_AND_DEEDS_NOT_MERGED,
    "multiples_against_years_ago": MULTIPLES_AGAINST_YEARS_AGO,
    "places_picked_out_by_a_superlative": PLACES_PICKED_OUT_BY_A_SUPERLATIVE,
    "international_norms_are_global": INTERNATIONAL_NORMS_ARE_GLOBAL,
    "iso_year_months": ISO_YEAR_MONTHS,
    "supporting_an_initiative_is_joining": SUPPORTING_AN_INITIATIVE_IS_JOINING,
    "numbers_alone_on_a_line": NUMBERS_ALONE_ON_A_LINE,
    "one_tonne_without_a_number": ONE_TONNE_WITHOUT_A_NUMBER,
}


@pytest.mark.parametrize(("text", "want", "lang"), [
    pytest.param(t, w, lang, id=f"{cls}:{t[:45]}") for cls, table in ROUND_1_5B_RU.items() for t, w, lang in table])
def test_round_1_5b_ru(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

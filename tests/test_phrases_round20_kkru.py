"""Round 20 (kk/ru pages of set 20): a duration in 24-hour days, a view counter glued to the next sentence, a phone
number with a spaced trunk prefix, "more than in a million", a bare Kazakh "million" before a currency, and "one
tonne of aid"; each fixed by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_20_KKRU: dict[str, list[tuple[str, list[str], str]]] = {}

# A duration in 24-hour days is no figure: Kazakh "тәулік" in any case ("1 тәуліктен аса уақыт ішінде", "2 тәулік
# бойы", "3 тәуліктің ішінде"), Russian "сутки / суток" (already a duration), English "days". Negatives: the count in
# the same sentence stays.
DURATION_IN_DAYS = [
    ("Су 1 тәуліктен аса уақыт ішінде тартылды, 200 ерікті көмектесті.", [f"200 exact persons * {NOW} *"], "kk"),
    ("Еріктілер 2 тәулік бойы жұмыс істеді.", [], "kk"),
    ("Еріктілер 3 тәуліктің ішінде 500 қап толтырды.", [f"500 exact * * {NOW} *"], "kk"),
    ("Eriktiler 2 táýlik boıy jumys istedi.", [], "kk"),
    ("Волонтеры работали 2 суток подряд.", [], "ru"),
    ("Более суток волонтеры работали, в течение 3 суток помогали 200 семьям.", [f"200 exact families * {NOW} *"],
     "ru"),
    ("Volunteers worked for 2 days.", [], "en"),
]
ROUND_1_20_KKRU["DURATION_IN_DAYS"] = DURATION_IN_DAYS

# A page's view counter glued to the first word of the next sentence ("22 ViewsОсы аптада …", "1245 ПросмотровВ
# городе …"): chrome, not a figure. Negatives: views counted in a sentence, the label written apart.
COUNTER_GLUED = [
    ("22 ViewsОсы аптада аудан еріктілері 300 ағаш отырғызды.", [f"300 exact trees * {NOW} *"], "kk"),
    ("1245 ПросмотровВ городе волонтеры высадили 300 деревьев.", [f"300 exact trees * {NOW} *"], "ru"),
    ("15 ViewsVolunteers planted 300 trees.", [f"300 exact trees * {NOW} *"], "en"),
    # negatives
    ("The volunteers' video got 5,000 views in a day.", [f"5000 exact * * {NOW} *"], "en"),
]
ROUND_1_20_KKRU["COUNTER_GLUED"] = COUNTER_GLUED

# A phone number as digit groups joined by hyphens, its trunk prefix set apart by a space ("8 -7172-74-21-40"): the
# "8" and the last group are parts of the phone, not figures. Negatives: ranges "2-3", "10-15" stay.
HYPHENATED_PHONE = [
    ("Телефоны для справок: (8 -7172-74-21-40, 74-25-17, 74-20-49).", [], "ru"),
    ("Звоните 8-7172-74-21-40, волонтеры помогли 300 семьям.", [f"300 exact families * {NOW} *"], "ru"),
    ("Анықтама телефоны: 8 -7172-74-21-40.", [], "kk"),
    # negatives: ranges of counts
    ("Волонтеры помогли 2-3 семьям.", [f"2 at_least families * {NOW} *", f"3 at_most families * {NOW} *"], "ru"),
]
ROUND_1_20_KKRU["HYPHENATED_PHONE"] = HYPHENATED_PHONE

# A bare scale word as the number: "более чем в миллион тенге" (the "в" of worth after "чем" keeps the bound), a
# bare Kazakh "миллион" right before a currency ("миллион теңгеге бағаланады"), "a million tenge", "тысячу человек".
# Negatives: "миллиондаған" (millions of) and an idiom ("миллион алғыс") are no figures.
BARE_SCALE_WORD = [
    ("Гуманитарный груз оценивается более чем в миллион тенге.", [f"1e+06 at_least KZT * {NOW} *"], "ru"),
    ("Гуманитарный груз оценивается в миллион тенге.", [f"1e+06 exact KZT * {NOW} *"], "ru"),
    ("Собрано более миллиона тенге.", [f"1e+06 at_least KZT * {NOW} *"], "ru"),
    ("Помощь получили тысячу человек.", [f"1000 exact persons * {NOW} *"], "ru"),
    ("Акция прошла более чем в 20 странах.", [f"20 at_least * * {NOW} *"], "ru"),
    ("Гуманитарлық жүк миллион теңгеге бағаланады.", [f"1e+06 exact KZT * {NOW} *"], "kk"),
    ("Gýmanıtarlyq júk mıllıon teńgege baǵalanady.", [f"1e+06 exact KZT * {NOW} *"], "kk"),
    ("Миллионнан астам теңге жиналды.", [f"1e+06 at_least KZT * {NOW} *"], "kk"),
    ("The humanitarian cargo is worth more than a million tenge.", [f"1e+06 at_least KZT * {NOW} *"], "en"),
    # negatives
    ("Миллиондаған теңге жұмсалды.", [], "kk"),
    ("Миллион алғыс айтамыз.", [], "kk"),
]
ROUND_1_20_KKRU["BARE_SCALE_WORD"] = BARE_SCALE_WORD

# "One" of a measure of weight before goods is an amount sent: "для доставки одной тонны гуманитарной помощи",
# "бір тонна гуманитарлық көмек", "one tonne of humanitarian aid". Negatives: "один из", a saying ("Один литр крови
# спасает …"), the base of a price ("стоимость одной тонны груза", "бір тонна жүктің құны").
ONE_TONNE_OF_GOODS = [
    ("Авиакомпания отправляет самолет для доставки одной тонны гуманитарной помощи.", [f"1 exact tonnes * {NOW} *"],
     "ru"),
    ("Самолет доставит около одной тонны гуманитарной помощи.", [f"1 approx tonnes * {NOW} *"], "ru"),
    ("Ұшақ бір тонна гуманитарлық көмек жеткізді.", [f"1 exact tonnes * {NOW} *"], "kk"),
    ("The plane delivers one tonne of humanitarian aid.", [f"1 exact tonnes * {NOW} *"], "en"),
    # negatives
    ("Один из волонтеров сказал.", [], "ru"),
    ("Один литр крови спасает три жизни.", [f"3 exact * * {NOW} *"], "ru"),
    ("Стоимость одной тонны груза составляет 100 тысяч тенге.", [f"100000 exact KZT * {NOW} *"], "ru"),
    ("The cost of one tonne of cargo is 100,000 tenge.", [f"100000 exact KZT * {NOW} *"], "en"),
    ("Бір тонна жүктің құны 100 мың теңге.", [f"100000 exact KZT * {NOW} *"], "kk"),
]
ROUND_1_20_KKRU["ONE_TONNE_OF_GOODS"] = ONE_TONNE_OF_GOODS


# "A year" as part of a rate per head of population ("35 донаций на 1 тыс. населения в год", "per 1,000 people per
# year") is the rate's unit, told of a norm or of a level, not the previous year: the rate and "этот показатель" after
# it stay dated by the publication. Negatives: a yearly total ("300 тысяч донаций в год", "ежегодно") keeps the
# previous year.
RATE_PER_POPULATION_A_YEAR = [
    ("По рекомендациям ВОЗ, необходимо не менее 35 донаций на 1 тыс. населения в год. В Казахстане этот показатель "
     "составляет порядка 12 донаций.",
     [f"35 at_least donations * {NOW} *", f"12 approx donations * {NOW} KZ"], "ru"),
    ("Необходимо не менее 35 донаций на 1000 человек в год.", [f"35 at_least donations * {NOW} *"], "ru"),
    ("The WHO recommends at least 35 donations per 1,000 people per year. In Kazakhstan this figure is about 12 "
     "donations.", [f"35 at_least donations * {NOW} *", f"12 approx donations * {NOW} *"], "en"),
    # negatives: a yearly total
    ("В стране сдают 300 тысяч донаций в год.", ["300000 exact donations * 2024-01-01..2024-12-31 *"], "ru"),
    ("Ежегодно в стране сдают 300 тысяч донаций.", ["300000 exact donations * 2024-01-01..2024-12-31 *"], "ru"),
]
ROUND_1_20_KKRU["RATE_PER_POPULATION_A_YEAR"] = RATE_PER_POPULATION_A_YEAR


# The count of vehicles after a size adjective ("20 тонналық 2 фура", "2 двадцатитонные фуры", "two 20-tonne
# trucks"; "фурра" a misspelling seen in real text) is a count, also on the last line of an interview the copy cut
# off after its dash ("– 20 тонналық 2 фуррадан б"): a speaker's words, never a title. Negatives: a short last line
# with no dash after a body ("Фото 2024 жыл 5") stays dropped.
VEHICLES_AFTER_A_SIZE = [
    ("Атыраудан 20 тонналық 2 фура жіберілді.", [f"2 exact * * {NOW} *"], "kk"),
    ("Отправлены 2 двадцатитонные фуры с помощью.", [f"2 exact * * {NOW} *"], "ru"),
    ("– Біз бір тәулік ішінде көп қаражат жинадық, оқырмандарымыз бізге үлкен қолдау көрсетті, рахмет.\n\n"
     "– 20 тонналық 2 фуррадан б", [f"2 exact * * {NOW} *"], "kk"),
    # negatives
    ("Біз бір тәулік ішінде көп қаражат жинадық, оқырмандарымыз бізге үлкен қолдау көрсетті, рахмет.\n\n"
     "Фото 2024 жыл 5", [], "kk"),
]
ROUND_1_20_KKRU["VEHICLES_AFTER_A_SIZE"] = VEHICLES_AFTER_A_SIZE


@pytest.mark.parametrize(("text", "want", "lang"),
                         [row for rows in ROUND_1_20_KKRU.values() for row in rows])
def test_round_1_20_kkru(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

"""Round 16, helper "ru": classes behind set 16's Russian misses and false figures, each fixed by a rule of the
language and checked with variants in the other languages and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_16_RU: dict[str, list[tuple[str, list[str], str]]] = {}

# A square or cubic measure written with its power as a digit ("850 тыс. м3 воды", "900 м3/сек", "500 m3 of waste",
# "150 м3 қоқыс") is one word: the "3" is no count after a measure (it made the volume read as a size "1,1 текше
# метр 500 дана"). Volumes and flows are figures, "снижен до 900 м3/сек" reached = exact. Negatives: the volume of
# each thing in the instrumental ("контейнеров объемом 1,1 м3", "with a capacity of 1.1 m3") is a size.
CUBIC_MEASURE = [
    ("Сброс воды с водохранилища снижен до 900 м3/сек.", [f"900 exact * * {NOW} *"], "ru"),
    ("Отмечается снижение притока до 1382,5 м3/сек.", [f"1382.5 exact * * {NOW} *"], "ru"),
    ("Всего по области откачано более 850 тыс. м3 воды.", [f"850000 at_least * * {NOW} *"], "ru"),
    ("Приток воды составляет 300 м³/с.", [f"300 exact * * {NOW} *"], "ru"),
    ("Общий объем откачанной воды составил 850 тыс. м3.", [f"850000 exact * * {NOW} *"], "ru"),
    ("Волонтеры вывезли 500 м3 мусора.", [f"500 exact * * {NOW} *"], "ru"),
    ("Volunteers removed 500 m3 of waste.", [f"500 exact * * {NOW} *"], "en"),
    ("The discharge was reduced to 900 m3 per second.", [f"900 exact * * {NOW} *"], "en"),
    ("Еріктілер 150 м3 қоқыс шығарды.", [f"150 exact * * {NOW} *"], "kk"),
    ("850 мың текше метрден астам су сорылды.", [f"850000 at_least * * {NOW} *"], "kk"),
    # negatives: the volume of each thing
    ("Установили 20 контейнеров объемом 1,1 м3.", [f"20 exact * * {NOW} *"], "ru"),
    ("They installed 20 containers with a capacity of 1.1 m3.", [f"20 exact * * {NOW} *"], "en"),
]
ROUND_1_16_RU["CUBIC_MEASURE"] = CUBIC_MEASURE


# Odds of one against a round base ("1 к 10 тысячам", "1 на 10 тысяч", "один из 10 000", "one in 10,000", "10
# мыңнан бір"): the base is a rate's denominator, no figure; the digit "1" stays as the odds' figure. Negatives: a
# count of ten thousand, "10 мыңнан астам" (more than), and a share "one in five" (20 %, approx).
ODDS_DENOMINATOR = [
    ("Шанс совпадения донора и пациента составляет 1 к 10 тысячам.", [f"1 exact * * {NOW} *"], "ru"),
    ("Шанс найти донора составляет 1 на 10 тысяч.", [f"1 exact * * {NOW} *"], "ru"),
    ("Шанс составляет 1 к 100 000.", [f"1 exact * * {NOW} *"], "ru"),
    ("Подходит лишь один из 10 000 доноров.", [], "ru"),
    ("Вероятность совпадения — один к десяти тысячам.", [], "ru"),
    ("Only 1 in 10,000 donors is a match.", [f"1 exact * * {NOW} *"], "en"),
    ("The chance of a match is one in 10,000.", [], "en"),
    ("Донор мен науқастың сәйкес келу ықтималдығы 10 мыңнан 1-ге тең.", [f"1 exact * * {NOW} *"], "kk"),
    ("Сәйкестік мүмкіндігі 10 мыңнан бір.", [], "kk"),
    ("Saıkestik múmkindigi 10 myńnan bir.", [], "kk"),
    # negatives
    ("В акции участвовали 10 тысяч волонтеров.", [f"10000 exact persons * {NOW} *"], "ru"),
    ("10 мыңнан астам ерікті қатысты.", [f"10000 at_least persons * {NOW} *"], "kk"),
    ("One in five residents is a volunteer.", [f"20 approx percent * {NOW} *"], "en"),
]
ROUND_1_16_RU["ODDS_DENOMINATOR"] = ODDS_DENOMINATOR


# A figure after "сейчас / теперь / на текущий момент / now / қазір" is as of the text's own date, never the past
# year named in the clause or sentence before ("В 2018 году участников было 15, а теперь их уже 60"). "теперь", "на
# текущий момент", "в настоящий момент" join the words of "now". Negatives: the past figure keeps its year.
NOW_AFTER_PAST = [
    ("Движение появилось в апреле 2018 года. И если поначалу участников было только 15, то сейчас уже 60 человек, "
     "из них около 20 самых активных.", ["15 exact persons * 2018-04-01..2018-04-30 *",
                                         f"60 exact persons * {NOW} *", f"20 approx persons * {NOW} *"], "ru"),
    ("В 2018 году участников было 15, а теперь их уже 60.",
     ["15 exact persons * 2018-01-01..2018-12-31 *", f"60 exact persons * {NOW} *"], "ru"),
    ("В 2018 году участников было 15, на текущий момент их 60.",
     ["15 exact persons * 2018-01-01..2018-12-31 *", f"60 exact persons * {NOW} *"], "ru"),
    ("In 2018 the group had 15 members, and now there are 60.",
     ["15 exact persons * 2018-01-01..2018-12-31 *", f"60 exact persons * {NOW} *"], "en"),
    ("2018 жылы топта 15 қатысушы болса, қазір 60 адам бар.",
     ["15 exact persons * 2018-01-01..2018-12-31 *", f"60 exact persons * {NOW} *"], "kk"),
    # negative: no "now", the year holds for both
    ("В 2018 году участников было 15, а к концу года их стало 60.",
     ["15 exact persons * 2018-01-01..2018-12-31 *", "60 exact persons * 2018-01-01..2018-12-31 *"], "ru"),
]
ROUND_1_16_RU["NOW_AFTER_PAST"] = NOW_AFTER_PAST


# A span of time lasting until now ("вот уже три года мы проводим работу", "уже 10 лет", "уже пятый год", "міне үш жыл
# бойы") dates its clause as "now": a founding clause before it ("Фонд был создан в январе 2022 года") dates the
# founding only. Negatives: a figure of the founding clause keeps its date; "уже через три месяца" (already three
# months later) and a plain "уже" are no span until now.
SPAN_UNTIL_NOW = [
    ("– Фонд был создан в январе 2022 года по поручению Президента, и вот уже три года мы проводим работу, "
     "поддержав проекты в пяти приоритетных направлениях.", [f"5 exact * * {NOW} *"], "ru"),
    ("Фонд основан в 2015 году, уже 10 лет он помогает 300 семьям.", [f"300 exact families * {NOW} *"], "ru"),
    ("Движение появилось в 2018 году и уже пятый год объединяет 60 волонтеров.",
     [f"60 exact persons * {NOW} *"], "ru"),
    ("Қор 2022 жылдың қаңтарында құрылған, міне үш жыл бойы біз бес басым бағытта жұмыс жүргізіп келеміз.",
     [f"5 exact * * {NOW} *"], "kk"),
    ("The fund was founded in January 2022, and for three years now we have supported projects in five priority "
     "areas.", [f"5 exact * * {NOW} *"], "en"),
    # negatives
    ("Фонд был создан в 2022 году с капиталом 5 млрд тенге.", ["5e+09 exact KZT * 2022-01-01..2022-12-31 *"], "ru"),
    ("В 2022 году фонд уже через три месяца помог 200 семьям.",
     ["200 exact families * 2022-01-01..2022-12-31 *"], "ru"),
    ("В 2022 году уже 200 семей получили помощь.", ["200 exact families * 2022-01-01..2022-12-31 *"], "ru"),
    ("Қор 2022 жылы құрылып, 5 млрд теңге қаражат бөлінді.", ["5e+09 exact KZT * 2022-01-01..2022-12-31 *"], "kk"),
]
ROUND_1_16_RU["SPAN_UNTIL_NOW"] = SPAN_UNTIL_NOW


# A channel's followers on a line of its own ("31 подписчик", "Подписчиков: 1 245", "310 followers", "31 жазылушы")
# is page chrome, like a view counter. Negative: a sentence that counts followers states a figure.
FOLLOWER_COUNTER = [
    ("31 подписчик\nВолонтеры района посадили 200 деревьев.", [f"200 exact trees * {NOW} *"], "ru"),
    ("1 245 подписчиков\nВолонтеры района посадили 200 деревьев.", [f"200 exact trees * {NOW} *"], "ru"),
    ("Подписчиков: 1 245\nВолонтеры района посадили 200 деревьев.", [f"200 exact trees * {NOW} *"], "ru"),
    ("310 followers\nVolunteers planted 200 trees.", [f"200 exact trees * {NOW} *"], "en"),
    ("31 жазылушы\nЕріктілер 200 ағаш отырғызды.", [f"200 exact trees * {NOW} *"], "kk"),
    # negative: counted in a sentence
    ("Волонтеры района посадили 200 деревьев. Страница отряда набрала более 5 тысяч подписчиков.",
     [f"200 exact trees * {NOW} *", f"5000 at_least * * {NOW} *"], "ru"),
]
ROUND_1_16_RU["FOLLOWER_COUNTER"] = FOLLOWER_COUNTER

# An age bound written "N+" glued to its plus (an age rating: "6+", "14+", "18+") after the people it bounds ("145
# молодых людей 14+", "детей 6+", "young people 14+") or before an age word ("14+ жастағы", "18+ лет") is an age, not
# "at least N". Negatives: "500+ волонтеров", "10+ volunteers", "20+ ерікті" count (the noun after the number).
AGE_PLUS = [
    ("В ее составе 145 молодых людей 14+, которые входят в 12 подгрупп.",
     [f"145 exact persons * {NOW} *", f"12 exact * * {NOW} *"], "ru"),
    ("В отряд принимают подростков 14+.", [], "ru"),
    ("Мероприятие для детей 6+ посетили 300 человек.", [f"300 exact persons * {NOW} *"], "ru"),
    ("The team has 145 young people 14+ in 12 subgroups.",
     [f"145 exact persons * {NOW} *", f"12 exact * * {NOW} *"], "en"),
    ("Құрамында 14+ жастағы 145 жас бар.", [f"145 exact persons * {NOW} *"], "kk"),
    # negatives
    ("В акции участвовали 500+ волонтеров.", [f"500 at_least persons * {NOW} *"], "ru"),
    ("В акции участвовали 10+ волонтеров.", [f"10 at_least persons * {NOW} *"], "ru"),
    ("Акцияға 20+ ерікті қатысты.", [f"20 at_least persons * {NOW} *"], "kk"),
]
ROUND_1_16_RU["AGE_PLUS"] = AGE_PLUS


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_16_RU.values() for row in table])
def test_round16_ru(text, expected, lang):
    _check_read(text, expected, lang)

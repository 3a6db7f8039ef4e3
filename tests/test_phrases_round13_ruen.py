"""Round 13, Russian and English (with the Kazakh forms where the class exists): classes behind the misses and false
figures of the thirteenth set, each fixed by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_13_RUEN: dict[str, list[tuple[str, list[str], str]]] = {}

# A negated "exceed" is a ceiling, at most: "не превышает и двух тонн" (the emphatic "и": not even two), "не
# превысило 500", "does not exceed two tonnes", "did not exceed", "not more than", Kazakh "2 тоннадан аспайды",
# "300 адамнан аспауы тиіс" (set 13: ru_w10). Negatives: the bare verb stays at least.
NOT_EXCEEDING = [
    ("Ежегодный запас плазмы сейчас не превышает и двух тонн.", ["2 at_most tonnes * * *"], "ru"),
    ("Запас плазмы не превышает 2 тонн.", [f"2 at_most tonnes * {NOW} *"], "ru"),
    ("Число доноров не превысило 500 человек.", ["500 at_most persons * * *"], "ru"),
    ("Сбор не превысил и ста тысяч тенге.", ["100000 at_most KZT * * *"], "ru"),
    ("The annual plasma reserve does not exceed two tonnes.", ["2 at_most tonnes * * *"], "en"),
    ("The annual plasma reserve did not exceed 2 tonnes.", ["2 at_most tonnes * * *"], "en"),
    ("Volunteers said the reserve is not more than 40 liters.", ["40 at_most liters * * *"], "en"),
    ("Жылдық плазма қоры екі тоннадан аспайды.", ["2 at_most tonnes * * *"], "kk"),
    ("Jyldyq plazma qory 2 tonnadan aspaıdy.", ["2 at_most tonnes * * *"], "kk"),
    ("Қатысушылар саны 300 адамнан аспауы тиіс.", ["300 at_most persons * * *"], "kk"),
    # negatives: the bare verb is a floor
    ("Запас крови превышает 2 тонны.", ["2 at_least tonnes * * *"], "ru"),
    ("The reserve exceeds 2 tonnes.", ["2 at_least tonnes * * *"], "en"),
    ("Плазма қоры 2 тоннадан асады.", ["2 at_least tonnes * * *"], "kk"),
    ("Доноров было не меньше 500 и не превышало 700.", ["500 at_least persons * * *", "700 at_most persons * * *"],
     "ru"),
]
ROUND_1_13_RUEN["NOT_EXCEEDING"] = NOT_EXCEEDING

JAN = "2025-01-01..2025-01-31"

# A month named by the events or days it is remembered for ("во время январских событий", "в январские дни",
# "майские праздники", "қаңтар оқиғасы кезінде", "during the January events"): that month, the latest one up to
# publication (the coming one when the text says it approaches). A past report takes it from the sentence before or,
# through a sentence that only tells the story on (in the past, without a number: "Восполнить дефицит помогли
# добровольцы"), from the one before that (set 13: ru_w10). Negatives: a sentence in the present or with a time of its
# own between; a month adjective before another noun; the coming holidays.
MONTH_OF_EVENTS = [
    ("Во время январских событий потребность в запасах крови резко возросла. Восполнить дефицит помогли "
     "добровольцы. Около 150-ти доноров из числа медработников и простых жителей приходили и сдавали свою кровь.",
     [f"150 approx persons * {JAN} *"], "ru"),
    ("В январе потребность в запасах крови резко возросла. Восполнить дефицит помогли добровольцы. Около 150 доноров "
     "приходили и сдавали свою кровь.", [f"150 approx persons * {JAN} *"], "ru"),
    ("В январские дни около 150 доноров сдали кровь.", [f"150 approx persons * {JAN} *"], "ru"),
    ("Во время майских праздников волонтеры убрали 30 парков.", ["30 exact * * 2025-05-01..2025-05-31 *"], "ru"),
    ("Во время декабрьских праздников волонтеры убрали 30 парков.", ["30 exact * * 2024-12-01..2024-12-31 *"], "ru"),
    ("During the January events, demand for blood rose sharply. Volunteers helped to cover the shortage. About 150 "
     "donors came and gave blood.", [f"150 approx persons * {JAN} *"], "en"),
    ("The May floods affected the region. Volunteers delivered 20 tonnes of aid.",
     ["20 exact tonnes * 2025-05-01..2025-05-31 *"], "en"),
    ("Қаңтар оқиғасы кезінде қанға сұраныс күрт өсті. 150-ге жуық донор келіп қан тапсырды.",
     [f"150 approx persons * {JAN} *"], "kk"),
    # negatives
    ("В январе потребность в крови возросла. Сейчас дефицита нет. Около 150 доноров приходили и сдавали кровь.",
     [f"150 approx persons * {NOW} *"], "ru"),
    ("During the January events, demand for blood rose sharply. Volunteers helped to cover the shortage. Demand is "
     "high. About 150 donors came and gave blood.", [f"150 approx persons * {NOW} *"], "en"),
    ("Январский отчет показал рост. Около 150 доноров сдали кровь.", [f"150 approx persons * {NOW} *"], "ru"),
    ("Приближаются декабрьские праздники, мы убираем памятники. В посадке приняли участие около 300 человек.",
     [f"300 approx persons * {NOW} *"], "ru"),
    ("Volunteers may days later deliver 20 tonnes of aid.", [f"20 exact tonnes * {NOW} *"], "en"),
]
ROUND_1_13_RUEN["MONTH_OF_EVENTS"] = MONTH_OF_EVENTS


# A loss counts even when it is one: a lone "одна/один/one/бір" with a verb of death, injury or loss in its clause
# ("Одна тёлка у нас погибла", "погиб один человек", "one heifer died", "бір тана өлді") is a count (set 13: ru_w04).
# Negatives: "one" without such a verb, "одна из …".
ONE_LOST = [
    ("Дом под воду ушёл. Мы уехали, сын остался. Одна тёлка у нас погибла.", [f"1 exact animals * {NOW} *"], "ru"),
    ("При пожаре погиб один человек.", ["1 exact persons * * *"], "ru"),
    ("Одна корова утонула во время паводка.", ["1 exact animals * * *"], "ru"),
    ("One heifer died in the flood.", ["1 exact animals * * *"], "en"),
    ("One person was killed and the house burned.", ["1 exact persons * * *"], "en"),
    ("Бір тана өлді.", ["1 exact animals * * *"], "kk"),
    ("Су тасқынынан бір адам қаза тапты.", ["1 exact persons * * *"], "kk"),
    ("Одна тёлка погибла, а пять коров выжили.", ["1 exact animals * * *", "5 exact animals * * *"], "ru"),
    # negatives
    ("Одна семья получила помощь.", [], "ru"),
    ("Одна из коров погибла.", [], "ru"),
    ("Одна волонтерка рассказала о работе.", [], "ru"),
    ("One volunteer said the work was hard.", [], "en"),
    ("Одна из самых главных задач — помочь тем, кто пострадал.", [], "ru"),
    # "бірге" (together) is no "one": "су тасқынынан бірге зардап шеккен отбасыларға" (set 13: kk_w05)
    ("Еріктілер су тасқынынан бірге зардап шеккен отбасыларға көмектесті.", [], "kk"),
    ("Eriktiler sý tasqynynan birge zardap shekken otbasylarǵa kómektesti. Olar azyq-túlik taratty.", [], "kk"),
]
ROUND_1_13_RUEN["ONE_LOST"] = ONE_LOST

# A headline's load of aid as a whole ("18 тон гумпомощи поступило …", "20 tonnes of aid arrive …") is the body's
# load of what it is made of ("привезли 18 тонн продуктов питания, одежды …"): one figure; "тон" after a number is
# "тонн" typed with one "н" (set 13: ru_w04). Negatives: two loads of named things in the body stay two; "тон" with no
# number before it.
AID_AS_A_WHOLE = [
    ("18 тон гумпомощи поступило в Костанайскую область\n\nСюда за три дня привезли 18 тонн продуктов питания, "
     "одежды и средств гигиены.", ["18 exact tonnes * * Kostanay region"], "ru"),
    ("20 tonnes of aid arrive in Kostanay region\n\nVolunteers delivered 20 tonnes of food, clothes and hygiene "
     "products over three days.", ["20 exact tonnes * * Kostanay region"], "en"),
    ("Волонтеры собрали 5 тон мусора.", ["5 exact tonnes * * *"], "ru"),
    # negatives
    ("Волонтеры привезли 20 тонн муки. Позже фонд отправил еще 20 тонн сахара.",
     ["20 exact tonnes * * *", "20 exact tonnes * * *"], "ru"),
    ("Волонтеры привезли 20 тонн помощи. Позже фонд отправил еще 20 тонн сахара.",
     ["20 exact tonnes * * *", "20 exact tonnes * * *"], "ru"),
    ("Volunteers delivered 20 tonnes of flour. Later the fund sent another 20 tonnes of sugar.",
     ["20 exact tonnes * * *", "20 exact tonnes * * *"], "en"),
    ("Задать тон акции помогли 20 волонтеров.", ["20 exact persons * * *"], "ru"),
]
ROUND_1_13_RUEN["AID_AS_A_WHOLE"] = AID_AS_A_WHOLE


# Small grants by name: "834 мини-гранта", "микрогрант", "mini-grants", "microgrants", "мини-гранттар" are grants of
# the small-grants metric (set 13: ru_w05). Negative: a plain "гранта" names no size.
SMALL_GRANTS_BY_NAME = [
    ("В рамках 116 социальных проектов реализуется еще 834 мини-гранта.",
     ["116 exact projects * * *", f"834 exact grants small_grants {NOW} *"], "ru"),
    ("Выдано 834 микрогранта.", ["834 exact grants small_grants * *"], "ru"),
    ("834 mini-grants were implemented.", ["834 exact grants small_grants * *"], "en"),
    ("The fund awarded 50 microgrants.", ["50 exact grants small_grants * *"], "en"),
    ("834 мини-гранттар берілді.", ["834 exact grants small_grants * *"], "kk"),
    # negative
    ("Выдано 834 гранта.", ["834 exact grants None * *"], "ru"),
]
ROUND_1_13_RUEN["SMALL_GRANTS_BY_NAME"] = SMALL_GRANTS_BY_NAME

# Places named twice by other names ("два пункта сбора" and, in the next sentence, "на двух точках"; "екі пункт" and
# "екі нүктеде"): one count of places (set 13: ru_w03). Negative: another thing counted with the same number.
POINTS_BY_OTHER_NAMES = [
    ("В городе действует два пункта сбора. За весь период на двух точках горожане собрали 199,4 тонны помощи.",
     ["2 exact points * * *", "199.4 exact tonnes * * *"], "ru"),
    ("В городе открыли три пункта сбора помощи. Волонтеры работают на трех точках круглосуточно.",
     ["3 exact points * * *"], "ru"),
    ("Қалада екі жинау пункті жұмыс істейді. Екі нүктеде 199,4 тонна көмек жиналды.",
     ["2 exact points * * *", "199.4 exact tonnes * * *"], "kk"),
    # negative
    ("В городе действует два пункта сбора. Помощь отправили в две области.",
     ["2 exact points * * *", "2 exact regions * * *"], "ru"),
]
ROUND_1_13_RUEN["POINTS_BY_OTHER_NAMES"] = POINTS_BY_OTHER_NAMES

# A span with a word between the number and its time unit is a duration: "за сорок карантинных дней", "пять
# напряженных недель", "10 рабочих дней", "14 calendar days", "40 quarantine days", "40 күндік карантин" (set 13:
# ru_w06). Negatives: days that are events one holds ("5 донорских дней", "12 тематических дней", "5 blood donor
# days"), and a count after the span.
DURATION_WITH_A_WORD_BETWEEN = [
    ("За сорок карантинных дней нового постояльца осматривают ветеринары.", [], "ru"),
    ("За 40 карантинных дней питомцу ставят прививки.", [], "ru"),
    ("Решение принимается в течение 10 рабочих дней.", [], "ru"),
    ("За пять напряженных недель волонтеры помогли 300 семьям.", ["300 exact families * * *"], "ru"),
    ("The quarantine lasts 14 calendar days.", [], "en"),
    ("Within 40 quarantine days the animal is vaccinated.", [], "en"),
    ("40 күндік карантин кезінде жануарды ветеринарлар тексереді.", [], "kk"),
    # negatives
    ("В городе провели 5 донорских дней.", ["5 exact * * * *"], "ru"),
    ("В школах прошли 12 тематических дней.", ["12 exact * * * *"], "ru"),
    ("The center held 5 blood donor days.", ["5 exact * * * *"], "en"),
]
ROUND_1_13_RUEN["DURATION_WITH_A_WORD_BETWEEN"] = DURATION_WITH_A_WORD_BETWEEN


# A bound before a dollar with its country glued to the sign ("spends over US$363,000", "more than US $5 million",
# "over C$200"): the bound of the amount, as before "$363,000" (set 13: en_w05). Negative: no bound, exact.
BOUND_BEFORE_US_DOLLARS = [
    ("The Assembly spends over US$363,000 to aid hospitals.", [f"363000 at_least USD * {NOW} *"], "en"),
    ("The Assembly spent more than US $363,000 on aid.", ["363000 at_least USD * * *"], "en"),
    ("The Assembly spends over $363,000 to aid hospitals.", ["363000 at_least USD * * *"], "en"),
    ("The Assembly spent nearly US$2 million on aid.", ["2e+06 almost USD * * *"], "en"),
    # negative
    ("The Assembly spent US$363,000 on aid.", ["363000 exact USD * * *"], "en"),
]
ROUND_1_13_RUEN["BOUND_BEFORE_US_DOLLARS"] = BOUND_BEFORE_US_DOLLARS

# English idioms of a great many: "(Thanks a million)", "thank you a million times", "one in a million" are manners of
# speaking, not amounts (set 13: en_w05). Negatives: "raised a million tenge", "planted a thousand trees".
IDIOMS_OF_MANY = [
    ("They prepare the new campaign called ‘Myn alghys’ (Thanks a million) dedicated to Eid al-Adha.", [], "en"),
    ("Thanks a million to all volunteers who helped 300 families.", ["300 exact families * * *"], "en"),
    ("Such a chance is one in a million.", [], "en"),
    ("Thank you a million times, volunteers!", [], "en"),
    # negatives
    ("Volunteers raised a million tenge for the hospital.", ["1e+06 exact KZT * * *"], "en"),
    ("Volunteers planted a thousand trees.", ["1000 exact trees * * *"], "en"),
]
ROUND_1_13_RUEN["IDIOMS_OF_MANY"] = IDIOMS_OF_MANY

# English "double" before a noun describes a thing of two ("avoidance of double taxation", "double standards", "double
# shifts", "a double-digit drop"), no multiple (set 13: en_w10). Negatives: the verb and "double the/that of".
DOUBLE_AS_AN_ADJECTIVE = [
    ("The convention was ratified for the avoidance of double taxation and prevention of tax evasion.", [], "en"),
    ("The country applies double standards.", [], "en"),
    ("Volunteers worked double shifts during the floods.", [], "en"),
    ("The foundation faced a double-digit drop in donations.", [], "en"),
    # negatives
    ("The number of volunteers doubled in 2024.", ["2 exact ratio * * *"], "en"),
    ("The number of donors is double that of 2020.", ["2 exact ratio * * *"], "en"),
    ("The fund plans to double the number of grants.", ["2 exact ratio * * *"], "en"),
    ("The number of volunteers will double.", ["2 exact ratio * * *"], "en"),
]
ROUND_1_13_RUEN["DOUBLE_AS_AN_ADJECTIVE"] = DOUBLE_AS_AN_ADJECTIVE


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_13_RUEN.values() for row in table])
def test_round13_ruen(text, expected, lang):
    _check_read(text, expected, lang)

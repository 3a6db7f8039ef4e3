"""Round 7, Russian and Kazakh: the classes of the seventh real set's misses and false figures, each fixed by a rule
of the language and checked with variants (cases, word orders, scripts) and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15); the implied-year table checks dating.implied_year on a text without a date.
"""

from __future__ import annotations

import pytest
from test_context_periods import _sents
from test_extract_phrases import NOW, _check_read

from loaders.extract.dating import implied_year

# The year implied for a page without a date. The span of a plan or a roadmap ("Дорожная карта … на 2024-2026
# годы", "2024-2026 жылдарға арналған бағдарлама", "the roadmap for 2024-2026") dates the text by its first year,
# not its last; a need foreseen ("в 2023 году потребуется 195,8 млн", "понадобится", "предстоит") is of a time to
# come; "году" left out after "в прошлом году … , в текущем –" still speaks of this year, so the latest stated past
# year ("за девять месяцев 2022 года") is the page's. Negatives: a range of results ("в 2020-2022 годах собрали"),
# English "for 2020-2022" without a plan word.
IMPLIED_YEAR = [
    ("В рамках «Дорожной карты развития волонтерства на 2024-2026 годы» с начала года организовано 100 акций.", 2024),
    ("В рамках программы на 2024–2026 годы с начала года проведено 100 акций.", 2024),
    ("2024-2026 жылдарға арналған жол картасы аясында жыл басынан бері 100 акция өтті.", 2024),
    ("Under the roadmap for 2024-2026, more than 100 campaigns were held since the start of the year.", 2024),
    ("В 2020-2022 годах волонтеры собрали 5 тонн мусора.", 2022),  # a range of results: its last year
    ("Figures for 2020-2022 show 5,000 volunteers.", 2022),
    ("В прошлом году уничтожили больше 20 тысяч собак, в текущем – семь тысяч. В 2023 году потребуется 195,8 млн "
     "тенге. За девять месяцев 2022 года собаки нападали более двух тысяч раз.", 2022),
    ("В 2024 году понадобится 10 млн тенге. В 2022 году собрали 5 млн.", 2022),
    ("Предстоит в 2026 году высадить 1000 деревьев. В 2023 году высадили 500.", 2023),
    ("В прошлом году собрали 20 тонн, в текущем – уже 30 тонн. В 2022 году акция прошла впервые.", 2022),
    ("В прошлом году собрали 20 тонн. В 2022 году акция прошла впервые.", 2023),  # no "this year": one later
]


@pytest.mark.parametrize("text,year", IMPLIED_YEAR)
def test_implied_year_round7(text, year):
    assert implied_year(_sents(text)) == year


# A Kazakh count in the ablative with a bound after it ("2000-нан астам іс-шара", Latin "2000-nan astam"): more than
# that many, not a year; a month named in the same sentence keeps the publication's year. Negatives: "2019-дан бері"
# (since 2019) and "2020 жылдан бастап" stay years.
ABLATIVE_COUNT_NOT_A_YEAR = [
    ("Наурыз айында елімiздің 17 өңірінде 2000-нан астам іс-шара өткізілді.",
     ["17 exact regions * 2025-03-01..2025-03-31 KZ", "2000 at_least events * 2025-03-01..2025-03-31 KZ"], "kk"),
    ("Naýryz aıynda elimizdiń 17 óńirinde 2000-nan astam is-shara ótkizildi.",
     ["17 exact regions * 2025-03-01..2025-03-31 KZ", "2000 at_least events * 2025-03-01..2025-03-31 KZ"], "kk"),
    ("Акцияға 2020-дан аса адам қатысты.", [f"2020 at_least persons * {NOW} KZ"], "kk"),
    ("Сәуір айында 1990-нан астам ерікті тіркелді.", ["1990 at_least persons * 2025-04-01..2025-04-30 KZ"], "kk"),
    ("2019-дан бері 300 ерікті көмектесті.", ["300 exact persons * * KZ"], "kk"),  # a year: not a figure
    ("2020 жылдан бастап 500 ағаш егілді.", ["500 exact trees * * KZ"], "kk"),
]

# Kazakh adjectives joined by a conjunction before the head noun ("6500 жапырақты және қылқанжапырақты жас көшет"):
# the count is of the head (trees), not of the unit of the figure before it (tonnes of waste). Negative: a noun
# after "және" is a second thing, not a modifier ("300 ағаш және 50 бұта").
JOINED_ADJECTIVES_KK = [
    ("Осы күні облыста 2 мың тонна қоқыс шығарылып, 6500 жапырақты және қылқанжапырақты жас көшет отырғызылды.",
     [f"2000 exact tonnes waste_collected_tonnes {NOW} KZ", f"6500 exact trees trees_planted {NOW} KZ"], "kk"),
    ("Osy kúni oblysta 2 myń tonna qoqys shyǵarylyp, 6500 japyraqty jáne qylqanjapyraqty jas kóshet otyrǵyzyldy.",
     [f"2000 exact tonnes waste_collected_tonnes {NOW} KZ", f"6500 exact trees trees_planted {NOW} KZ"], "kk"),
    ("Аудандарда 300 жапырақты және қылқанжапырақты ағаш егілді.", [f"300 exact trees * {NOW} KZ"], "kk"),
    ("Сенбілікте 5 тонна қоқыс жиналып, 120 жемісті немесе сәндік ағаш отырғызылды.",
     [f"5 exact tonnes * {NOW} KZ", f"120 exact trees * {NOW} KZ"], "kk"),
]

# A room told by its number in the locative singular ("108 оқу кабинетінде", "305 аудиторияда", "в 108 кабинете"):
# where it happened, not a count. Negatives: Russian plural "в 108 кабинетах", a Kazakh bound "100-ден астам
# кабинетінде", a count in the genitive plural "12 учебных кабинетов".
ROOM_NUMBER = [
    ("108 оқу кабинетінде бірінші қабатта уақытша қан алу пункті ашылды.", [], "kk"),
    ("108 oqý kabınetinde birinshi qabatta ýaqytsha qan alý pýnkti ashyldy.", [], "kk"),
    ("Донорлар 305 аудиторияда қан тапсырды, 40 адам қатысты.", [f"40 exact persons * {NOW} KZ"], "kk"),
    ("Пункт забора крови открыли в 108 кабинете, кровь сдали 53 человека.", [f"53 exact persons * {NOW} KZ"], "ru"),
    ("Ремонт провели в 108 кабинетах школ.", [f"108 exact * * {NOW} KZ"], "ru"),
    ("Мектептің 100-ден астам кабинетінде жөндеу жүргізілді.", [f"100 at_least * * {NOW} KZ"], "kk"),
    ("Волонтеры отремонтировали 12 учебных кабинетов.", [f"12 exact * * {NOW} KZ"], "ru"),
]

# A Kazakh name in the genitive right after the number, its possessed noun not following ("17 миллион Қазақстанның
# ардагерлер ұйымдарының бастамаларын қолдауға", a headline cut before "теңге"): the number counts no noun (not the
# veterans). Negatives: the possessed noun follows ("300 Алматының тұрғыны" are residents), a common noun in the
# genitive is counted ("17 ауданның").
GENITIVE_NAME_AFTER_NUMBER_KK = [
    ("17 миллион Қазақстанның ардагерлер ұйымдарының бастамаларын қолдауға", [f"1.7e+07 exact items * {NOW} KZ"],
     "kk"),
    ("Акцияға 300 Алматының тұрғыны қатысты.", [f"300 exact persons * {NOW} KZ"], "kk"),
    ("17 ауданның 300 еріктісі акцияға қатысты.",
     [f"17 exact districts * {NOW} KZ", f"300 exact persons * {NOW} KZ"], "kk"),
]

ROUND_1_7: dict[str, list] = {
    "GENITIVE_NAME_AFTER_NUMBER_KK": GENITIVE_NAME_AFTER_NUMBER_KK,
    "ROOM_NUMBER": ROOM_NUMBER,
    "JOINED_ADJECTIVES_KK": JOINED_ADJECTIVES_KK,
    "ABLATIVE_COUNT_NOT_A_YEAR": ABLATIVE_COUNT_NOT_A_YEAR,
}


# A sentence cut off by the copy at the end of a page ("Пожары не только уничтожили 43 тысячи гектаров леса, на в"):
# a line ending in a preposition or a conjunction after a comma is the start of a sentence, not a subheading (a
# subheading off the topic is dropped); its figures before the cut are read. Negatives: titles and subheadings.
_BODY = "Волонтеры Алматы собрали гуманитарную помощь для жителей Костанайской области, пострадавших от пожаров.\n"
CUT_SENTENCE_LINES = [
    (_BODY + "Пожары не только уничтожили 43 тысячи гектаров леса, на в", False),
    (_BODY + "Огонь уничтожил 120 домов в трех районах, и", False),
    (_BODY + "The fires destroyed 43,000 hectares of forest, and the", False),
    (_BODY + "Өрт 43 мың гектар орманды жойып, сондай-ақ көптеген үйлерді және", False),
    (_BODY + "Пожары в Костанайской области и помощь волонтеров", True),  # a subheading
    (_BODY + "Лесные пожары: как помочь пострадавшим", True),
]


@pytest.mark.parametrize("text,headline", CUT_SENTENCE_LINES)
def test_cut_sentence_is_not_a_headline(text, headline):
    from loaders.text import content_lines
    last = text.rsplit("\n", 1)[1]
    line = next((ln for ln in content_lines(text)[0] if ln.text == last), None)
    if headline:
        assert line is None or line.is_headline  # a subheading off the topic is dropped
    else:
        assert line is not None and not line.is_headline


CUT_SENTENCE = [
    (_BODY + "Пожары не только уничтожили 43 тысячи гектаров леса, на в", [f"43000 exact * * {NOW} *"], "ru"),
    (_BODY + "The fires destroyed 43,000 hectares of forest, and the", [f"43000 exact * * {NOW} *"], "en"),
]
ROUND_1_7["CUT_SENTENCE"] = CUT_SENTENCE


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_7.values() for row in table])
def test_round7(text, expected, lang):
    _check_read(text, expected, lang)

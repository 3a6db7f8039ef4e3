"""Round 13, Kazakh (kk13): the classes of the thirteenth real set's Kazakh misses and false figures, each fixed by
a rule of the language and checked with variants (cases, word orders, scripts, the other languages) and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15); the project-year table checks dating.implied_year on a text without a date.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_context_periods import _sents
from test_extract_phrases import NOW, _check_read

from loaders.extract.dating import implied_year
from loaders.extract.script import read_through_cyrillic

# A project named with its year whose results the page reports in the past tense dates an undated page to that
# year («QURBAN 2020» жобасы аясында … 500-ден астам ерікті үлес қосып, 200-ге жуық автокөлік жұмылдырылды; "в
# рамках проекта «Qurban-2021» роздано 30 тонн мяса"; "as part of the QURBAN 2020 project, 36 tonnes of meat were
# distributed"). Negatives: a plan or the future ("жоспарлануда", "будет роздано"), a programme's target year
# («Казахстан-2050» стратегиясы), a year after today, a count of projects ("2020 жоба"), last year's project.
PROJECT_NAME_YEAR = [
    ("«QURBAN 2020» жобасы аясында қала және аудан мешіттерінің имамдары, 500-ден астам ерікті жамағат үлес "
     "қосып, 200-ге жуық автокөлік жұмылдырылды.", 2020),
    ("«Qurban-2021» жобасы бойынша 7261 отбасыға құрбан еті таратылды.", 2021),
    ("«QURBAN 2020» jobasy aıasynda 500-den astam erikti úles qosyp, 200-ge jýyq avtokólik jumyldyryldy.", 2020),
    ("QURBAN 2020 жобасы аясында 36 тонна ет үлестірілді.", 2020),
    ("В рамках проекта «Qurban-2021» нуждающимся семьям роздали 30 тонн мяса.", 2021),
    ("В рамках проекта Qurban-2021 волонтеры раздали 30 тонн мяса.", 2021),
    ("As part of the QURBAN 2020 project, 36 tonnes of meat were distributed to 7,000 families.", 2020),
    ("Within the project «Qurban-2019» volunteers delivered meat to 500 families.", 2019),
    # negatives
    ("«QURBAN 2026» жобасы аясында 500 ерікті жұмылдыру жоспарлануда.", None),
    ("В рамках проекта «Qurban-2021» будет роздано 30 тонн мяса.", None),
    ("«Қазақстан-2050» стратегиясы жобасы аясында 300 ағаш отырғызылды.", None),
    ("В рамках проекта «Казахстан-2090» волонтеры посадили 300 деревьев.", None),
    ("Өңірде 2020 жоба іске асырылды.", None),
    ("Былтыр «Qurban 2019» жобасы аясында 300 отбасына ет таратылды.", None),  # last year's: no year of its own
]


@pytest.mark.parametrize("text,year", PROJECT_NAME_YEAR)
def test_project_name_year(text, year):
    assert implied_year(_sents(read_through_cyrillic(text).text)) == year


def test_project_name_year_dates_the_figures():
    from loaders.extract.dating import document_date
    text = ("Қызылордада 36 тоннаға жуық құрбан еті таратылды\n\n«QURBAN 2020» жобасы аясында 500-ден астам ерікті "
            "жамағат үлес қосып, 200-ге жуық автокөлік жұмылдырылды.")
    guess = document_date(text, _sents(text))
    assert guess.date == dt.date(2020, 1, 1) and guess.precision == "year"


ROUND_1_13_KK: dict[str, list[tuple[str, list[str], str]]] = {}

# A price that starts at a sum is its low end: Kazakh "8 мыңнан басталып / басталады / бастап" after an ablative
# number, Russian "начинаются от", English "start at / starting from" before it. Negatives: "от" alone ("заявки от
# 200 организаций"), a year in "2020 жылдан бастап" (no count), a clock time.
PRICE_STARTS_AT = [
    ("Спорттық костюм 8 мыңнан басталып, сапасына қарай 13 мың теңгеге дейін сатылып жатыр.",
     [f"8000 at_least * * {NOW} *", f"13000 at_most KZT * {NOW} *"], "kk"),
    ("Sporttyq kostıým 8 myńnan bastalyp, sapasyna qaraı 13 myń teńgege deıin satylyp jatyr.",
     [f"8000 at_least * * {NOW} *", f"13000 at_most KZT * {NOW} *"], "kk"),
    ("Мектеп формасының бағасы 5 мың теңгеден басталады.", [f"5000 at_least KZT * {NOW} *"], "kk"),
    ("Цены на спортивные костюмы начинаются от 8 тысяч тенге.", [f"8000 at_least KZT * {NOW} *"], "ru"),
    ("Sports suits start at 8,000 tenge.", [f"8000 at_least KZT * {NOW} *"], "en"),
    ("Prices for sports suits starting from 8,000 tenge.", [f"8000 at_least KZT * {NOW} *"], "en"),
    # negatives
    ("Заявки поступили от 200 организаций.", [f"200 exact organizations * {NOW} *"], "ru"),
    ("2020 жылдан бастап 300 ерікті тіркелді.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Праздник начинается с 10 утра.", [], "ru"),
]
ROUND_1_13_KK["PRICE_STARTS_AT"] = PRICE_STARTS_AT

# The sheets of a notebook are its size, not a count: "12 парақтық дәптерлер", "48 беттік дәптер", "12-листовые
# тетради", "12-sheet notebooks", "a 40-page report"; the price after it stays. Negatives: sheets counted ("12 парақ
# жинады").
SHEETS_OF_A_NOTEBOOK = [
    ("12 парақтық дәптерлер – 10 теңге, сөмкелер 3–5 мың теңгеден сатылды.",
     [f"10 exact KZT * {NOW} *", f"3000 at_least KZT * {NOW} *", f"5000 at_most KZT * {NOW} *"], "kk"),
    ("12 paraqtyq dápterler – 10 teńge.", [f"10 exact KZT * {NOW} *"], "kk"),
    ("48 беттік дәптер 150 теңгеден сатылды.", [f"150 exact KZT * {NOW} *"], "kk"),
    ("12-листовые тетради продавались по 10 тенге.", [f"10 exact KZT * {NOW} *"], "ru"),
    ("12-sheet notebooks cost 10 tenge.", [f"10 exact KZT * {NOW} *"], "en"),
    ("The 40-page report lists 300 volunteers.", [f"300 exact persons * {NOW} *"], "en"),
    # negatives
    ("Еріктілер 12 парақ жинады.", [f"12 exact * * {NOW} *"], "kk"),
]
ROUND_1_13_KK["SHEETS_OF_A_NOTEBOOK"] = SHEETS_OF_A_NOTEBOOK

# A worked example of a rule: the numbers of a condition about any one of those the rule is for, or opened by a word
# of example, and of what follows from it, illustrate the rule ("Әр отбасының әр мүшесіне 100 мың теңге беріліп
# жатыр. Яғни, бір отбасында 6 адам болса, сол 6 адамға 600 мың теңге"); the rule's own figure stays. Negatives: a
# condition setting two times against each other, an example without a condition, a plan's condition, a Kazakh
# "-са" clause that sets two facts side by side, a plain "if needed" with a count after it.
WORKED_EXAMPLE = [
    ("Әр отбасының әр мүшесіне 100 мың теңге беріліп жатыр. Яғни, бір отбасында 6 адам болса, сол 6 адамға 600 мың "
     "теңге .", [f"100000 exact KZT * {NOW} *"], "kk"),
    ("Әр отбасы мүшесіне 100 мың теңге беріледі, мысалы, егер отбасында 6 адам болса, 600 мың теңге алады.",
     [f"100000 exact KZT * {NOW} *"], "kk"),
    ("Mysaly, bir otbasynda 6 adam bolsa, 600 myń teńge alady.", [], "kk"),
    ("Каждому члену семьи выделяют по 100 тысяч тенге. Например, если в семье 6 человек, она получит 600 тысяч "
     "тенге.", [f"100000 exact KZT * {NOW} *"], "ru"),
    ("То есть если в одной семье 6 человек, на них выделят 600 тысяч тенге.", [], "ru"),
    ("Each family member receives 100,000 tenge. For example, if a family has six members, it receives 600,000 "
     "tenge.", [f"100000 exact KZT * {NOW} *"], "en"),
    ("If a household has 6 members, it gets 600,000 tenge.", [], "en"),
    # negatives
    ("Если в 2019 году волонтеров было 500, то сейчас их 1200.",
     ["500 exact persons * 2019-01-01..2019-12-31 *", f"1200 exact persons * {NOW} *"], "ru"),
    ("Егер былтыр 500 ерікті болса, биыл олардың саны 1000-ға жетті.",
     ["500 exact persons * 2024-01-01..2024-12-31 *", "1000 exact persons * 2025-01-01..2025-06-15 *"], "kk"),
    ("Мысалы, жейделер 2 мың теңгеден сатылды.", [f"2000 exact KZT * {NOW} *"], "kk"),
    ("For example, 300 volunteers cleaned the park.", [f"300 exact persons * {NOW} *"], "en"),
    ("If 5,000 people donate, we will raise 25 million tenge.",
     [f"5000 exact persons * {NOW} *", f"2.5e+07 exact KZT * {NOW} *"], "en"),
    ("Бір грантқа 9 өтінім түссе, екінші грантқа 15 өтінім түсті.",
     [f"9 exact * * {NOW} *", f"15 exact * * {NOW} *"], "kk"),
    ("25 отбасы көмек алды, егер қажет болса, 10 отбасына тағы көмек береміз.",
     [f"25 exact families * {NOW} *", f"10 exact families * {NOW} *"], "kk"),
]
ROUND_1_13_KK["WORKED_EXAMPLE"] = WORKED_EXAMPLE

# A Kazakh collective right after the things it sums up, as many as it says ("Өтемұратовтың қоры мен Қызыл Жарты Ай
# қоғамы екеуі бірлесіп …", "Алматы, Астана және Шымкент үшеуі …") repeats them: no count. Negatives: a collective
# with no list before it, a list of another length.
COLLECTIVE_AFTER_A_LIST = [
    ("Өтемұратовтың қоры мен Қызыл Жарты Ай қоғамы екеуі бірлесіп Арыс қаласының тұрғындарын қолдау мақсатында "
     "көмек карталарын табыстайды.", [], "kk"),
    ("Алматы, Астана және Шымкент үшеуі 300 ерікті жіберді.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Qor men Qyzyl Jarty Aı qoǵamy ekeýi birlesip 2 myń adamǵa kómek kórsetedi.",
     [f"2000 exact persons * {NOW} *"], "kk"),
    # negatives
    ("Еріктілер мен дәрігерлер үшеуі ауылға барды.", [f"3 exact * * {NOW} *"], "kk"),
]
ROUND_1_13_KK["COLLECTIVE_AFTER_A_LIST"] = COLLECTIVE_AFTER_A_LIST

# A bare amount in millions after a word of a sum of money ("көмек қаржының жалпы соммасы 60 млн құрайды", "общая
# сумма помощи составит 60 млн", "the total amount is 60 million") is in the currency the article named before; the
# same amount told again is one figure. Negatives: millions of people after an amount in tenge, a count after a
# budget.
SUM_IN_THE_CURRENCY_BEFORE = [
    ("Қор зардап шеккендерге жалпы соммасы 60 млн теңгеге қаржылай көмек көрсетпек. Бірінші кезеңде көмек қаржының "
     "жалпы соммасы 60 млн құрайды, ол 2 мың адам үшін.",
     [f"6e+07 exact KZT * {NOW} *", f"2000 exact persons * {NOW} *"], "kk"),
    ("Фонд выделит пострадавшим 60 млн тенге. Общая сумма помощи на первом этапе составит 60 млн, это для 2 тысяч "
     "человек.", [f"6e+07 exact KZT * {NOW} *", f"2000 exact persons * {NOW} *"], "ru"),
    ("The foundation will give 60 million tenge. The total amount is 60 million for 2,000 people.",
     [f"6e+07 exact KZT * {NOW} *", f"2000 exact persons * {NOW} *"], "en"),
    ("Қор 10 млн теңге бөлді. Жалпы қаражат көлемі 25 млн құрады.",
     [f"1e+07 exact KZT * {NOW} *", f"2.5e+07 exact KZT * {NOW} *"], "kk"),
    # negatives
    ("Фонд выделит 60 млн тенге. Всего в акции участвуют 60 млн человек.",
     [f"6e+07 exact KZT * {NOW} *", f"6e+07 exact persons * {NOW} *"], "ru"),
    ("Бюджет акции 5 млн тенге. В регионе 2 млн жителей.",
     [f"5e+06 exact KZT * {NOW} *", f"2e+06 exact persons * {NOW} *"], "ru"),
]
ROUND_1_13_KK["SUM_IN_THE_CURRENCY_BEFORE"] = SUM_IN_THE_CURRENCY_BEFORE

# (tables of the other classes go above this line)


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_13_KK.values() for row in table])
def test_round13_kk(text, expected, lang):
    _check_read(text, expected, lang)


def test_now_is_the_tables_date():
    assert NOW

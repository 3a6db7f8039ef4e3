"""Round 36 (set 36): classes behind the misses and false figures of the set-36 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check_read, read

from loaders.text import content_lines, publication_date, url_date

ROUND_36: dict[str, list[tuple[str, list[str], str]]] = {}

# Thousands set off by dots: "1.500.000 tenge" (no decimal has two dots) in every language, and in English "EUR
# 12.000" (three zeros after one dot: a European writer's thousands). "12.500 km" in English stays a decimal.
DOT_THOUSANDS = [
    ("Small grants amounting to EUR 12.000 are available for applicants.", [f"12000 exact EUR * {NOW} *"], "en"),
    ("The grant is EUR 12.000.", [f"12000 exact EUR * {NOW} *"], "en"),
    ("The fund gave 1.500.000 tenge to 20 families.",
     [f"1.5e+06 exact KZT * {NOW} *", f"20 exact families * {NOW} *"], "en"),
    ("Фонд выделил 1.500.000 тенге 20 семьям.", [f"1.5e+06 exact KZT * {NOW} *", f"20 exact families * {NOW} *"],
     "ru"),
    ("Қорға 2.350.000 теңге аударылды.", [f"2.35e+06 exact KZT * {NOW} *"], "kk"),
    ("Всего за день собрано 2.350.000.", [f"2.35e+06 exact * * {NOW} *"], "ru"),
    # negatives: an English decimal with three places, a Russian decimal with a scale
    ("The volunteers walked 12.500 km.", ["12.5 exact * * * *"], "en"),
    ("Собрано 1.5 млн тенге.", [f"1.5e+06 exact KZT * {NOW} *"], "ru"),
]
ROUND_36["DOT_THOUSANDS"] = DOT_THOUSANDS

# Zeros typed as the letter "о" in the last group of a sum ("17 ооо теңге (он жеті мың)"); "ООО" after a number
# before a company's name is no sum.
LETTER_ZEROS = [
    ("Жәрдемақы 17 ооо теңге (он жеті мың) көлемінде төленеді.", [f"17000 exact KZT * {NOW} *"], "kk"),
    ("Каждой семье выдали по 5 ооо тенге.", [f"5000 exact KZT * {NOW} *"], "ru"),
    ("Each family got 5 ooo tenge.", [f"5000 exact KZT * {NOW} *"], "en"),
    # negative
    ("Договор подписали 5 ООО «Ромашка» и фонд.", ["5 exact * * * *"], "ru"),
]
ROUND_36["LETTER_ZEROS"] = LETTER_ZEROS

# Nights are a stay, not a count: "three nights in a hotel", "путевка на 3 ночи", "2 түн тұрады".
NIGHTS = [
    ("The winner gets three nights in a hotel in Borovoe.", [], "en"),
    ("Победитель получит путевку на 3 ночи в отеле и 50 000 тенге.", [f"50000 exact KZT * {NOW} *"], "ru"),
    ("Жеңімпаз қонақүйде 2 түн тегін тұрады.", [], "kk"),
    # negative: the people who stayed are counted
    ("The shelter gave 40 people two nights of warm stay.", [f"40 exact persons * {NOW} *"], "en"),
]
ROUND_36["NIGHTS"] = NIGHTS

# A low end that is a rough pair ("от трех-четырех и до десяти человек", "from 3-4 to 10 people"): the range runs
# from the pair's first number to the high end. "от трех и до десяти" is a range too.
ROUGH_LOW_END = [
    ("Команды численностью от трех-четырех и до десяти человек вышли на субботник.",
     [f"3 at_least persons * {NOW} *", f"10 at_most persons * {NOW} *"], "ru"),
    ("В каждой команде от 3-4 до 10 человек.", [f"3 at_least persons * {NOW} *", f"10 at_most persons * {NOW} *"],
     "ru"),
    ("Each team has from three-four to ten people.",
     [f"3 at_least persons * {NOW} *", f"10 at_most persons * {NOW} *"], "en"),
    ("Команды численностью от трех и до десяти человек.",
     [f"3 at_least persons * {NOW} *", f"10 at_most persons * {NOW} *"], "ru"),
    # negative: two ranges' worth of numbers that are no rough pair
    ("Each team had from 3 to 4 people and 10 volunteers.",
     [f"3 at_least persons * {NOW} *", f"4 at_most persons * {NOW} *", f"10 exact persons * {NOW} *"], "en"),
]
ROUND_36["ROUGH_LOW_END"] = ROUGH_LOW_END

# Numbers of a code with a slash ("agreement No. 0/18-17", "приказ № 12/3-17") and items numbered inside a sentence
# ("two concerns: 1) to ensure … and 2)to directly benefit …") are labels.
CODES_AND_INLINE_ITEMS = [
    ("According to the agreement No. 0/18-17 dated October 26 the fund gave 500,000 tenge.",
     ["500000 exact KZT * * *"], "en"),
    ("По приказу № 12/3-17 волонтерам выплатили 200 тысяч тенге.", [f"200000 exact KZT * {NOW} *"], "ru"),
    ("Задачи проекта: 1) помочь 300 семьям; 2) обучить волонтеров.", [f"300 exact families * {NOW} *"], "ru"),
    ("The aims were: 1) to ensure 40 families got food and 2)to directly benefit the poor.",
     [f"40 exact families * {NOW} *"], "en"),
    # negatives: a range with a hyphen, a number in brackets that a bracket opened
    ("Помощь получили 10-15 семей.", [f"10 at_least families * {NOW} *", f"15 at_most families * {NOW} *"], "ru"),
    ("Волонтеры (их было 12) помогли 30 семьям.", [f"12 exact * * {NOW} *", f"30 exact families * {NOW} *"], "ru"),
]
ROUND_36["CODES_AND_INLINE_ITEMS"] = CODES_AND_INLINE_ITEMS

# The Kazakh counter of plants, "түп": what follows it is a tree even when the lexicon does not know its kind ("40
# түп жас терек": 40 young poplars, "жас" not "youth"); trees are planted with "отырғызу" and "егу" alike ("көшет
# екті", "ағаш егуді", "терек егілді"). Negative: "300 жас қатысты" counts young people.
PLANT_COUNTER_KK = [
    ("Мектеп ауласына 40 түп жас терек егілді.", [f"40 exact trees trees_planted {NOW} *"], "kk"),
    ("Биыл саябаққа 200 түп жас қайың отырғызылды.", ["200 exact trees trees_planted * *"], "kk"),
    ("Жастар 40 түп көшет екті.", [f"40 exact trees trees_planted {NOW} *"], "kk"),
    ("Жастар 40 түп ағаш егуді қолға алды.", [f"40 exact trees trees_planted {NOW} *"], "kk"),
    ("Jastar 40 túp kóshet ekti.", [f"40 exact trees trees_planted {NOW} *"], "kk"),
    # negatives
    ("Акцияға 300 жас қатысты.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Екі мыңнан астам көшет дайындалды.", [f"2000 at_least trees None {NOW} *"], "kk"),
]
ROUND_36["PLANT_COUNTER_KK"] = PLANT_COUNTER_KK


@pytest.mark.parametrize(("text", "expected", "lang"), [case for table in ROUND_36.values() for case in table])
def test_round36(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# A ledger of who got how much, a name and a sum on each line with no stops, is a list in the text, not a menu;
# widget readings are not.
def test_a_ledger_of_sums_by_name_is_read() -> None:
    text = ("Грантовая помощь студентам\n\nФонд распределил финансовую помощь между студентами университета.\n\n"
            "Радина Баймолдина - 243 000 тенге\n\nГалым Ансаган - 343 000 тенге\n\nБекжан Жетписбаев 375 000 тенге\n\n"
            "Общая сумма помощи составила 961 000 тенге.")
    got = read(text, "ru")
    assert [g.split()[0] for g in got] == ["243000", "343000", "375000", "961000"], got


def test_currency_widget_lines_are_no_ledger() -> None:
    text = ("USD 501.57\nEUR 554.34\nRUB 5.98\n\nВолонтеры фонда помогли 40 семьям в Актобе, сообщает пресс-служба "
            "акимата области.")
    lines, _ = content_lines(text)
    assert [ln.text for ln in lines] == ["Волонтеры фонда помогли 40 семьям в Актобе, сообщает пресс-служба акимата "
                                         "области."]


# A slug that opens with the day, the month and a two-digit year ("/27-12-24-bolshe-sta-…") dates the page; three
# pairs of digits elsewhere, a day or month out of range, or a year to come do not.
@pytest.mark.parametrize(("url", "expected"), [
    ("https://aktobe.city/novosti-aktobe/27-12-24-bolshe-sta-aktyubinczev-sdali-krov", dt.date(2024, 12, 27)),
    ("https://example.kz/news/12-05-19-akciya-donorov", dt.date(2019, 5, 12)),
    ("https://example.kz/news/35-12-24-akciya", None),
    ("https://example.kz/news/12-13-24-akciya", None),
    ("https://example.kz/news/123-45-67-a", None),
    ("https://example.kz/news/01-01-99-akciya", None),
])
def test_short_day_first_url_dates(url: str, expected: dt.date | None) -> None:
    got = url_date(url)
    assert (got[0] if got else None) == expected


# The site's "today" line in the header ("Сегодня 3 апреля 2025 года, четверг") is the day the page was copied, not
# the article's: the date in the URL wins. A sentence that opens with "Сегодня <date>" and goes on is the article's.
@pytest.mark.parametrize(("head", "url", "expected"), [
    ("Сегодня 3 апреля 2025 года, четверг\n\nНовости Актобе\n\nБольше ста актюбинцев сдали кровь.",
     "https://aktobe.city/novosti-aktobe/27-12-24-bolshe-sta", dt.date(2024, 12, 27)),
    ("Today is Friday, 3 April 2025\n\nMore than 100 residents donated blood.",
     "https://example.kz/news/2024/12/27/blood", dt.date(2024, 12, 27)),
    ("Бүгін 2025 жылғы 3 сәуір\n\nЖүзден астам тұрғын қан тапсырды.",
     "https://example.kz/news/2024-12-27-qan", dt.date(2024, 12, 27)),
    # negative: the article's own sentence
    ("Сегодня 3 апреля 2025 года в Актобе прошла акция доноров.", None, dt.date(2025, 4, 3)),
])
def test_a_today_line_of_the_header_is_no_publication_date(head: str, url: str | None, expected: dt.date) -> None:
    assert publication_date(head, head, url).date == expected

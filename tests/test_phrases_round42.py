"""Round 42 (set 42): classes behind the misses and false figures of the set-42 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read, read

ROUND_42: dict[str, list[tuple[str, list[str], str]]] = {}

# Not figures: the one a price is told per ("1 прием пищи … будет стоить 700-800 тенге", "One meal costs 800
# tenge"), a phone number with a space after its plus ("+ 7 701 599 79 19"), an evening hour on the 24-hour clock
# ("до 18 вечера"), a place in a contest with its winner named before the verb ("1 орынды «X» Сейдов иеленді").
NOT_FIGURES = [
    ("Для примера скажу, 1 прием пищи в среднем будет стоить 700-800 тенге на человека.",
     [f"700 at_least KZT * {NOW} *", f"800 at_most KZT * {NOW} *"], "ru"),
    ("One meal costs 800 tenge.", [f"800 exact KZT * {NOW} *"], "en"),
    ("For more information, call + 7 701 599 79 19. 40 volunteers came.", [f"40 exact persons * {NOW} *"], "en"),
    ("Штаб работает с 9 утра до 18 вечера, в нем 40 волонтеров.", [f"40 exact persons * {NOW} *"], "ru"),
    ("Номинацияда 1 орынды Асқар Сейдов иеленді, ол 93 пандус орнатты.", [f"93 exact * * {NOW} *"], "kk"),
    # negatives: one counted, a count of rooms, a day of the month
    ("1 волонтер помог 30 семьям.", [f"1 exact persons * {NOW} *", f"30 exact families * {NOW} *"], "ru"),
    ("В 18 районах работают 40 волонтеров.", [f"18 exact * * {NOW} *", f"40 exact persons * {NOW} *"], "ru"),
]
ROUND_42["NOT_FIGURES"] = NOT_FIGURES

# One event's volunteers are no national count ("во время международной выставки … будут работать 4,5 тысячи
# добровольцев"); a level of the country stays one ("В Казахстане насчитывается 4,5 тысячи добровольцев").
ONE_EVENTS_VOLUNTEERS = [
    ("Во время международной выставки в три смены будут работать 4 с половиной тысячи добровольцев.",
     [f"4500 exact persons None {NOW} *"], "ru"),
    ("About 5,000 volunteers will work at the Universiade.", [f"5000 approx persons None {NOW} *"], "en"),
    # negative
    ("В Казахстане насчитывается 4 с половиной тысячи добровольцев.",
     [f"4500 exact persons volunteers_total {NOW} *"], "ru"),
]
ROUND_42["ONE_EVENTS_VOLUNTEERS"] = ONE_EVENTS_VOLUNTEERS

# An average states a mean: exact in Russian and English ("в среднем на 5 тенге", "an average of 300 operations"),
# about with "около/about" after it; Kazakh "орташа есеппен" too (round 68: the later Kazakh golds).
AVERAGES = [
    ("Цены на хлеб выросли в среднем на 5 тенге за буханку.", [f"5 exact KZT * {NOW} *"], "ru"),
    ("Currently an average of 300 operations is performed in Kazakhstan.", [f"300 exact * * {NOW} *"], "en"),
    ("В среднем около 50 доноров сдают кровь в день.", [f"50 approx persons * {NOW} *"], "ru"),
    ("Бір жылда орташа есеппен 15 мың адам қан тапсырады.", ["15000 exact persons * * *"], "kk"),
]
ROUND_42["AVERAGES"] = AVERAGES


@pytest.mark.parametrize(("text", "expected", "lang"), [case for table in ROUND_42.values() for case in table])
def test_round42(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# A table copied cell by cell ("Number of active NGOs |" / "18 204 |") is read row by row, each label with its value.
def test_a_table_copied_cell_by_cell() -> None:
    text = ("As of April 2023, the number of registered NGOs is 23 335.\nNumber of NGOs |\n23 335 |\nincluding: |\n|\n"
            "Found inactive |\n2 217 |\nAt the stage of liquidation |\n68 |\nNumber of active NGOs |\n18 204 |\n"
            "Areas of activity of operating NGOs are listed below.")
    assert [g.split()[0] for g in read(text, "en")] == ["23335", "2217", "68", "18204"]


# An undated text that names an event with its year and says the event is held this year ("«Астана ЭКСПО-2017» …
# выставка пройдет в этом году") is of the event's year.
@pytest.mark.parametrize(("text", "lang"), [
    ("Глава компании «Астана ЭКСПО-2017» сообщил, что во время выставки будут работать 4500 добровольцев. Напомню, "
     "выставка пройдет в этом году, с 10 июня по 10 сентября.", "ru"),
    ("The organizers of the Universiade-2017 said 3,000 volunteers would help. The Universiade will be held this year "
     "in Almaty.", "en"),
])
def test_an_event_held_this_year_dates_an_undated_text(text: str, lang: str) -> None:
    assert [g.split()[4] for g in read(text, lang, published=None)][:1] == ["2017-01-01..2017-12-31"]

"""Round 45 (set 45's classes left at the end of the previous session, and set 46): classes behind the misses and
false figures of those pages, each fixed by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15 unless a case reads the page's own date).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import read

from loaders.text import explicit_dates, publication_date, site_calendar_date

Y2024 = "2024-01-01..2024-12-31"


# A date written with a comma before its year ("22 ноября, 2024", "22 қараша, 2024", "22 November, 2024") is a date
# in every language, as "November 22, 2024" is.
@pytest.mark.parametrize(("line", "day"), [
    ("Пятница, 22 ноября, 2024", dt.date(2024, 11, 22)),
    ("22 қараша, 2024", dt.date(2024, 11, 22)),
    ("22-қараша, 2024", dt.date(2024, 11, 22)),
    ("Friday, 22 November, 2024", dt.date(2024, 11, 22)),
    ("November 22, 2024", dt.date(2024, 11, 22)),
])
def test_a_comma_before_the_year(line: str, day: dt.date) -> None:
    assert list(explicit_dates(line)) == [day]


# A site's header calendar may stand under its widgets instead of over them ("-2.1 C" / "Алматы" / "Пятница, 22
# ноября, 2024"): it is the day the page was copied, not the article's. When nothing else on the page dates it (no
# date line, URL, stated day or year), that day's year is the article's year at most and, as a reader takes it,
# its year (`year_only`); a date in the text still wins.
WEATHER_ABOVE = {
    "ru": "-2.1 C\nАлматы\n-0 C\nКапшагай\nПятница, 22 ноября, 2024\nspot_img\n\n",
    "kk": "0.3 C\nShymkent\n22 қараша, 2024\nЖаңалықтар Қоғам\n\n",
    "en": "+3°C\nAstana\nFriday, November 22, 2024\n\n",
}
BODIES = {
    "ru": "Благотворительный турнир\n\nВ турнире приняли участие 32 команды со всей страны.",
    "kk": "Қайырымдылық турнирі\n\nТурнирге Қазақстанның түкпір-түкпірінен 32 команда қатысты.",
    "en": "Charity tournament\n\nThirty-two teams from all over the country took part in the tournament, 32 in all.",
}


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_calendar_under_its_widgets_is_the_copy_day(lang: str) -> None:
    page = WEATHER_ABOVE[lang] + BODIES[lang]
    assert site_calendar_date(page) == dt.date(2024, 11, 22)
    assert publication_date(page).basis != "text"  # not a date line of the article
    periods = {g.split()[4] for g in read(page, lang, published=None)}
    assert periods == {Y2024}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_day_in_the_text_beats_the_calendar(lang: str) -> None:
    body = {"ru": "Акция\n\n19 марта 2024 года волонтеры высадили 5550 саженцев.",
            "kk": "Акция\n\n2024 жылғы 19 наурызда Мақтаарал ауданында 5550 дана көшет егілді."}[lang]
    figures = read(WEATHER_ABOVE[lang] + body, lang, published=None)
    assert [g.split()[4] for g in figures] == ["2024-03-19..2024-03-19"]


def test_a_date_line_without_widgets_is_still_the_page_date() -> None:
    page = "Пятница, 22 ноября, 2024\n\nТурнир\n\nВ турнире приняли участие 32 команды со всей страны."
    assert publication_date(page).date == dt.date(2024, 11, 22)
    assert site_calendar_date(page) is None


# A Russian time word that closes a phrase of when ("до конца года 7000", "с начала года 340", "в течение месяца
# 500") is followed by a count, not an inverted approximate duration ("лет 5 назад", "часов 20 в неделю").
@pytest.mark.parametrize(("text", "values"), [
    ("Сегодня по городу будет высажено 1900 саженцев деревьев, а до конца года 7000.", ["1900", "7000"]),
    ("Сегодня высадили 300 деревьев, а до конца месяца — 1200.", ["300", "1200"]),
    ("С начала года 340 волонтеров помогли пожилым.", ["340"]),
    ("В течение месяца 500 волонтеров дежурили в больницах.", ["500"]),
    # negatives: the inverted duration stays a duration
    ("Лет 5 назад здесь работали 30 волонтеров.", ["30"]),
    ("Волонтеры трудятся часов 20 в неделю, всего их 45.", ["45"]),
])
def test_a_count_after_a_phrase_of_when(text: str, values: list[str]) -> None:
    assert [g.split()[0] for g in read(text, "ru")] == values

"""Round 23, English and Russian pages of set 23 (with the counterparts of each class in the other languages): the
English abbreviation "th." of thousand, a range written "N-to-M", a page's comment counter, and people who offer
help (helpers, not people helped), each checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_23_ENRU: dict[str, list[tuple[str, list[str], str]]] = {}

# "th." (and "thous.", "ths.") after a number is the English abbreviation of thousand, like the Russian "тыс.":
# "about 2.7 th. trees" is 2,700. Negatives: an ordinal "5th" glued to its number, and "th" with no dot.
THOUSAND_ABBREVIATION = [
    ("We have about 2.7 th. trees.", [f"2700 approx trees * {NOW} *"], "en"),
    ("Volunteers planted 5 th. trees in the park.", [f"5000 exact trees * {NOW} *"], "en"),
    ("Volunteers planted 12 thous. seedlings.", [f"12000 exact * * {NOW} *"], "en"),
    ("У нас около 2,7 тыс. деревьев.", [f"2700 approx trees * {NOW} *"], "ru"),
    ("Бізде 2,7 мыңға жуық ағаш бар.", [f"2700 approx * * {NOW} *"], "kk"),
    # negatives: an ordinal is no scale
    ("On the 5th day volunteers planted 300 trees.", [f"300 exact trees * {NOW} *"], "en"),
]
ROUND_1_23_ENRU["THOUSAND_ABBREVIATION"] = THOUSAND_ABBREVIATION

# A range written with a hyphenated "to" ("Around 4,000-to-5,000 people signed up"): two ends of one quantity, both
# approx under "around" (the high end is no negative number, no name like "COVID-19"). Negatives: the spaced "to"
# and the dash keep reading the same.
HYPHENATED_TO_RANGE = [
    ("Around 4,000-to-5,000 people signed up to become volunteers.",
     [f"4000 approx persons * {NOW} *", f"5000 approx persons * {NOW} *"], "en"),
    ("Some 10-to-15 volunteers came every day.",
     [f"10 approx persons * {NOW} *", f"15 approx persons * {NOW} *"], "en"),
    ("From 10-to-15 volunteers came.", [f"10 at_least persons * {NOW} *", f"15 at_most persons * {NOW} *"], "en"),
    ("Around 4,000 to 5,000 people signed up to become volunteers.",
     [f"4000 approx persons * {NOW} *", f"5000 approx persons * {NOW} *"], "en"),
    ("Около 4-5 тысяч человек записались в волонтеры.",
     [f"4000 approx persons * {NOW} *", f"5000 approx persons * {NOW} *"], "ru"),
    ("4-5 мыңға жуық адам ерікті болуға өтініш берді.", [f"4000 approx * * {NOW} *", f"5000 approx * * {NOW} *"],
     "kk"),
]
ROUND_1_23_ENRU["HYPHENATED_TO_RANGE"] = HYPHENATED_TO_RANGE

# A comment counter that opens a line ("0 comments: on "Volunteers gearing up…"", "3 комментария", "5 пікір"): page
# chrome like a view counter. Negatives: a sentence that counts comments (words before the number, or words after
# the label).
COMMENT_COUNTER = [
    ('0 comments: on "Volunteers gearing up for Winter Asian Games"', [], "en"),
    ("12 comments", [], "en"),
    ("3 комментария", [], "ru"),
    ("0 комментариев:", [], "ru"),
    ("5 пікір", [], "kk"),
    # negatives
    ("The post drew 300 comments from readers.", [f"300 exact * * {NOW} *"], "en"),
    ("12 comments on the plan came from 40 volunteers.", [f"12 exact * * {NOW} *", f"40 exact persons * {NOW} *"],
     "en"),
]
ROUND_1_23_ENRU["COMMENT_COUNTER"] = COMMENT_COUNTER

# People who offer help are helpers, not people helped ("Помощь предложили более пяти тысяч человек", "изъявили
# желание помочь", "offered to help", "көмек ұсынды"): in a flood article the flood's volunteers, elsewhere no
# metric of help received. Negatives: help received ("помощь получили", "aid reached") stays people_helped.
OFFERED_HELP = [
    ("Из-за паводков сформированы отряды. Помощь предложили более пяти тысяч человек.",
     [f"5000 at_least persons flood_volunteers {NOW} *"], "ru"),
    ("Более пяти тысяч человек изъявили желание помочь пострадавшим от паводка.",
     [f"5000 at_least persons flood_volunteers {NOW} *"], "ru"),
    ("Amid the floods, more than 5,000 people offered to help.",
     [f"5000 at_least persons flood_volunteers {NOW} *"], "en"),
    ("Су тасқыны кезінде 5 мыңнан астам адам көмек ұсынды.", [f"5000 at_least persons flood_volunteers {NOW} *"],
     "kk"),
    ("Su tasqyny kezinde 5 myńnan astam adam kómek usyndy.", [f"5000 at_least persons flood_volunteers {NOW} *"],
     "kk"),
    ("More than 5,000 people offered to help the shelter.", [f"5000 at_least persons None {NOW} *"], "en"),
    # negatives: help received
    ("Во время паводка помощь получили более пяти тысяч человек.",
     [f"5000 at_least persons people_helped {NOW} *"], "ru"),
    ("Волонтеры оказали помощь более пяти тысячам человек.", [f"5000 at_least persons people_helped {NOW} *"],
     "ru"),
]
ROUND_1_23_ENRU["OFFERED_HELP"] = OFFERED_HELP


# A bus route named by its number: after 5-20 or a number ending in 0, 5-9 Russian counts routes in the genitive
# plural ("38 маршрутов"), so a singular "38 маршрута", "на 5 маршруте" names one route. Negatives: "23 маршрута",
# "2 маршрута" (the count form after 2-4) and "38 маршрутов" are counts.
ROUTE_NUMBER = [
    ("Об этом рассказали пассажирам 38 маршрута организаторы акции.", [], "ru"),
    ("Волонтеры дежурили на 5 маршруте.", [], "ru"),
    ("Волонтеры раздали маски пассажирам 10 маршрута и 200 жителям.", [f"200 exact persons * {NOW} *"], "ru"),
    # negatives
    ("Для туристов разработали 23 маршрута.", [f"23 exact * * {NOW} *"], "ru"),
    ("Для туристов разработали 2 маршрута.", [f"2 exact * * {NOW} *"], "ru"),
    ("Для туристов разработали 38 маршрутов.", [f"38 exact * * {NOW} *"], "ru"),
]
ROUND_1_23_ENRU["ROUTE_NUMBER"] = ROUTE_NUMBER

@pytest.mark.parametrize(("text", "want", "lang"), [row for rows in ROUND_1_23_ENRU.values() for row in rows])
def test_round_1_23_enru(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

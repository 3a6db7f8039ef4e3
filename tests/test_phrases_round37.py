"""Round 37 (set 37): classes behind the misses and false figures of the set-37 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read, read

ROUND_37: dict[str, list[tuple[str, list[str], str]]] = {}

# A bound before a preposition of whom it was for: "почти для 200 верующих", "более чем для 500 человек" (as "более
# чем в 20 странах"); believers, parishioners and the sick are people ("верующих", "больных").
BOUND_BEFORE_DLYA_RU = [
    ("Акимат устроил ужин почти для 200 верующих.", [f"200 almost persons * {NOW} *"], "ru"),
    ("Обед приготовили более чем для 500 человек.", [f"500 at_least persons * {NOW} *"], "ru"),
    ("В больнице 30 больных получили помощь.", [f"30 exact persons people_helped {NOW} *"], "ru"),
    # negative: no bound
    ("Обед приготовили для 500 человек.", [f"500 exact persons * {NOW} *"], "ru"),
]
ROUND_37["BOUND_BEFORE_DLYA_RU"] = BOUND_BEFORE_DLYA_RU

# A total and its first part joined by a dash ("such holidays were 10 - 8 in Almaty and 2 in Astana") are no range:
# a range runs up. "USD 10 MM" is a financier's million (millimetres are "mm").
TOTAL_DASH_PART_AND_MM = [
    ("This year such holidays were 10 - 8 in Almaty and 2 in Astana.",
     ["10 exact * * * *", "8 exact * * * Almaty", "2 exact * * * *"], "en"),
    ("KPO allocates USD 10 MM for social projects.", [f"1e+07 exact USD * {NOW} *"], "en"),
    ("The budget is $2.5 MM.", [f"2.5e+06 exact USD * {NOW} *"], "en"),
    # negatives
    ("Пришли 20–25 волонтеров.", [f"20 at_least persons * {NOW} *", f"25 at_most persons * {NOW} *"], "ru"),
    ("The rainfall was 10 mm and 40 families were flooded.", ["10 exact * * * *", f"40 exact families * {NOW} *"],
     "en"),
]
ROUND_37["TOTAL_DASH_PART_AND_MM"] = TOTAL_DASH_PART_AND_MM

# Storeys are the size of a building, as rooms are of a flat: "a 3-storey house", "3 storey building", "3-этажный",
# "3 қабатты үй". Orphans are people. Negative: a count of storeys damaged stays.
STOREYS = [
    ("They built a 3-storey house for 50 children.", [f"50 exact persons * {NOW} *"], "en"),
    ("A 3 storey building for 40 orphans opened.", [f"40 exact persons * {NOW} *"], "en"),
    ("50 балаға арналған 3 қабатты үй салынды.", [f"50 exact persons * {NOW} *"], "kk"),
    ("Построен 3-этажный дом для 50 детей.", [f"50 exact persons * {NOW} *"], "ru"),
    # negative
    ("The fire damaged 3 storeys of the building.", [f"3 exact * * {NOW} *"], "en"),
]
ROUND_37["STOREYS"] = STOREYS

# "distributed over 5,000 masks" hands out more than 5,000; "distributed over three days" is a span of time.
OVER_AFTER_A_SHARING_VERB_EN = [
    ("Volunteers distributed over 5,000 reusable masks.", [f"5000 at_least * * {NOW} *"], "en"),
    ("The aid was divided over 300 families.", [f"300 at_least families * {NOW} *"], "en"),
    # negatives
    ("The aid was distributed over three days to 400 families.", [f"400 exact families * {NOW} *"], "en"),
    ("The festival was held over three days.", [], "en"),
]
ROUND_37["OVER_AFTER_A_SHARING_VERB_EN"] = OVER_AFTER_A_SHARING_VERB_EN


# Two Kazakh attributes joined by a conjunction before the noun, the first a participle ("4 мыңнан аса аз қамтылған
# және жағдайы төмен отбасыларға"): the noun counted is the one after both.
ATTRIBUTES_JOINED_KK = [
    ("Олар 4 мыңнан аса аз қамтылған және жағдайы төмен отбасыларға азық-түлік таратты.",
     [f"4000 at_least families * {NOW} *"], "kk"),
    ("Жобаға 300 тіркелген және белсенді волонтер қатысты.", [f"300 exact persons * {NOW} *"], "kk"),
    # negative: a participle that ends a clause
    ("Биыл 50 отбасы көшірілген және 20 үй салынды.", ["50 exact families * * *", "20 exact * * * *"], "kk"),
]
ROUND_37["ATTRIBUTES_JOINED_KK"] = ATTRIBUTES_JOINED_KK

# A year set far back by a word between "in" and the year: "in now distant 2010", "back in distant 2012".
DISTANT_YEAR_EN = [
    ("If in now distant 2010 we held only one celebratory event, this year there were 10.",
     ["1 exact * * 2010-01-01..2010-12-31 *", "10 exact * * 2025-01-01..2025-06-15 *"], "en"),
    ("Back in distant 2012, 40 volunteers planted 300 trees.",
     ["40 exact persons * 2012-01-01..2012-12-31 *", "300 exact trees trees_planted 2012-01-01..2012-12-31 *"], "en"),
    # negative: a distance is no year
    ("Volunteers came from distant villages, 2012 people in all.", ["2012 exact persons * * *"], "en"),
]
ROUND_37["DISTANT_YEAR_EN"] = DISTANT_YEAR_EN


@pytest.mark.parametrize(("text", "expected", "lang"), [case for table in ROUND_37.values() for case in table])
def test_round37(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# An undated report that names its year ("2022 year has ended, and we share the results for the whole year", "The
# year 2022 has ended") is of that year: "during the year", "this year" are 2022.
@pytest.mark.parametrize("opening", [
    "2022 year has ended, and we are ready to share the results with you for the whole year.",
    "The year 2022 has ended, and we are ready to share the results with you.",
])
def test_an_undated_report_of_a_named_year(opening: str) -> None:
    text = f"Dear friends,\n{opening}\nDuring the year, we received 1525 questionnaires throughout Kazakhstan."
    assert [g.split()[4] for g in read(text, "en", published=None)] == ["2022-01-01..2022-12-31"]



# A title in a run of short lines at the top ("NEWS: <title>" / "<title>" / "Text and photos are provided by …") is
# the article's title when it is about the topic; a marathon is one in English as "марафон" is in Russian.
def test_an_english_marathon_title_in_a_run_of_short_lines() -> None:
    text = ("NEWS: Seventh Almaty Marathon has collected more than 14 thousand runners\n"
            "Seventh Almaty Marathon has collected more than 14 thousand runners\n"
            "Text and photos are provided by the press service of the event\n"
            "April 22 was the largest amateur sports event in Central Asia, the international seventh Almaty Marathon. "
            "The akim of Almaty gave a start volley to all participants.")
    assert [g.split()[:2] for g in read(text, "en")] == [["14000", "at_least"]]

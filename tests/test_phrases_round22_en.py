"""Round 22, English pages of set 22 (with the Russian and Kazakh counterparts of each class): an age in brackets
after a person's name, and a span of decades told in words, each checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_22_EN: dict[str, list[tuple[str, list[str], str]]] = {}

# A person's age in brackets right after the name ("an elderly couple, Yuri (78) and Vasilina (76) Vakulko"): a
# property of the person, not a figure. Negatives: a place in brackets is a count ("Almaty (12)"), and a number with
# a noun inside the brackets is one ("120 bags (78 in Almaty)").
AGE_IN_BRACKETS = [
    ("An elderly couple, Yuri (78) and Vasilina (76) Vakulko, were found dead.", [], "en"),
    ("The volunteer (17) helped 40 families.", [f"40 exact * * {NOW} *"], "en"),
    ("Пожилые супруги Юрий (78) и Василина (76) погибли.", [], "ru"),
    ("Айгүл (12) 40 отбасыға көмектесті.", [f"40 exact * * {NOW} *"], "kk"),
    # negatives: a place in brackets, a count in brackets
    ("Volunteers in Almaty (12) and Astana (30) planted trees.", [f"12 exact * * {NOW} *", f"30 exact * * {NOW} *"],
     "en"),
    ("Volunteers collected 120 bags (78 in Almaty).", [f"120 exact * * {NOW} *", f"78 exact * * {NOW} *"], "en"),
]
ROUND_1_22_EN["AGE_IN_BRACKETS"] = AGE_IN_BRACKETS

# A span of decades ("over the past three decades", "за три десятилетия", "үш онжылдықта"): a duration, like "three
# years", not a count. Negative: "два десятка километров" is twenty kilometres, a figure.
DECADES = [
    ("Over the past three decades, trees have been planted on 600 hectares.", [f"600 exact * * {NOW} *"], "en"),
    ("For two decades, volunteers have planted 600 trees.", [f"600 exact trees * {NOW} *"], "en"),
    ("Over the past 3 decades, volunteers planted 600 trees.", [f"600 exact trees * {NOW} *"], "en"),
    ("За последние три десятилетия волонтеры посадили 600 деревьев.", [f"600 exact trees * {NOW} *"], "ru"),
    ("Соңғы үш онжылдықта еріктілер 600 ағаш отырғызды.", [f"600 exact trees * {NOW} *"], "kk"),
    ("Sońǵy úsh onjyldyqta eriktiler 600 aǵash otyrǵyzdy.", [f"600 exact trees * {NOW} *"], "kk"),
    # negative: a number of tens of a measure is a figure
    ("Волонтеры прошли два десятка километров и посадили 600 деревьев.",
     [f"20 exact * * {NOW} *", f"600 exact trees * {NOW} *"], "ru"),
]
ROUND_1_22_EN["DECADES"] = DECADES


# "twice" right before the verb it counts ("after having twice refused evacuation"): done two times, a frequency, not
# a multiple. Negatives: a comparison ("twice as many"), "twice" after its verb of change ("grew twice", "increased
# twice compared to").
DONE_TWICE = [
    ("They were found dead after having twice refused evacuation services.", [], "en"),
    ("He has twice donated blood to 40 patients.", [f"40 exact * * {NOW} *"], "en"),
    ("The volunteer was twice awarded for planting 300 trees.", [f"300 exact trees * {NOW} *"], "en"),
    # negatives: multiples
    ("Volunteers collected twice as many bags as last year.", ["2 exact ratio * * *"], "en"),
    ("Donations grew twice.", [f"2 exact ratio * {NOW} *"], "en"),
    ("Donations increased twice compared to last year.", [f"2 exact ratio * {NOW} *"], "en"),
]
ROUND_1_22_EN["DONE_TWICE"] = DONE_TWICE


@pytest.mark.parametrize("text,want,lang", [row for table in ROUND_1_22_EN.values() for row in table])
def test_round22_en(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

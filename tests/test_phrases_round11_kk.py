"""Round 11, Kazakh: classes of the eleventh set's Kazakh misses and false figures (a year-like number first in a list
of counted livestock, tonnes and kilograms as one weight, the abai.kz Latin alphabet with digraphs, …), each fixed by
a rule of the language and checked with variants in the other languages and scripts and with negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_11_KK: dict[str, list[tuple[str, list[str], str]]] = {}

Y2006 = "2006-01-01..2006-12-31"

# A year-like number that counts livestock ("облыс бойынша 2006 қой, 85 ешкі, 196 ірі қара, 3 түйе құрбандыққа
# шалынды", "2006 овец, 85 коз", "2006 sheep, 85 goats"): the animals are counted nouns, and a year-like number
# first in a list of counts joined by commas is a count even when its noun is unknown ("2006 қаз, 85 үйрек"). A year
# takes its own words: "2006 жылы", "2006 ж.", "В 2006 году", "In 2006 floods, …", and a list of years repeats them.
YEAR_LIKE_FIRST_IN_A_LIST = [
    ("Облыс бойынша 2006 қой, 85 ешкі, 196 ірі қара, 3 түйе құрбандыққа шалынды.",
     [f"2006 exact animals * {NOW} *", f"85 exact animals * {NOW} *", f"196 exact animals * {NOW} *",
      f"3 exact animals * {NOW} *"], "kk"),
    ("Oblys boıynsha 2006 qoı, 85 eshki, 196 iri qara, 3 túıe qurbandyqqa shalyndy.",
     [f"2006 exact animals * {NOW} *", f"85 exact animals * {NOW} *", f"196 exact animals * {NOW} *",
      f"3 exact animals * {NOW} *"], "kk"),
    ("Облыс бойынша 2006 бас мал құрбандыққа шалынды.", [f"2006 exact animals * {NOW} *"], "kk"),
    ("Облыс бойынша 2006 қаз, 85 үйрек таратылды.", [f"2006 exact * * {NOW} *", f"85 exact * * {NOW} *"], "kk"),
    ("По области в жертву принесли 2006 овец, 85 коз и 3 верблюда.",
     [f"2006 exact animals * {NOW} *", f"85 exact animals * {NOW} *", f"3 exact animals * {NOW} *"], "ru"),
    ("Волонтеры раздали 2006 гусей, 85 уток.", [f"2006 exact * * {NOW} *", f"85 exact * * {NOW} *"], "ru"),
    ("Volunteers handed out 2006 sheep, 85 goats and 3 camels.",
     [f"2006 exact animals * {NOW} *", f"85 exact animals * {NOW} *", f"3 exact animals * {NOW} *"], "en"),
    ("Volunteers handed out 2006 geese, 85 ducks.", [f"2006 exact * * {NOW} *", f"85 exact * * {NOW} *"], "en"),
    # negatives: years with their words, a list of years, a year before a scaled count
    ("2006 жылы 85 ешкі құрбандыққа шалынды.", [f"85 exact animals * {Y2006} *"], "kk"),
    ("2006 ж., 85 ешкі құрбандыққа шалынды.", [f"85 exact animals * {Y2006} *"], "kk"),
    ("2019 жылы, 2020 жылы еріктілер 5 мың ағаш отырғызды.", ["5000 exact trees * * *"], "kk"),
    ("2020 пандемия кезінде, 5 мың адам көмек алды.", [f"5000 exact persons * {NOW} *"], "kk"),
    ("В 2006 году, 85 семей получили помощь.", [f"85 exact families * {Y2006} *"], "ru"),
    ("In 2006 floods, 85 homes were lost.", [f"85 exact * * {Y2006} *"], "en"),
]
ROUND_1_11_KK["YEAR_LIKE_FIRST_IN_A_LIST"] = YEAR_LIKE_FIRST_IN_A_LIST


# A weight told in tonnes and then kilograms ("121 тонна 319 келі құрбан еті", "121 т 319 кг", "121 tonnes 319 kg") is
# one figure, 121.319 tonnes, as a distance in kilometres and metres is ("42 км 195 м"). Negatives: two weights of two
# things joined by a comma or a conjunction, and kilograms of 1000 or more after the tonnes.
TONNES_AND_KILOGRAMS = [
    ("11972 отбасы мен 11 мекемеге 105 тонна 355 келі құрбан еті үлестірілді.",
     [f"11972 exact families * {NOW} *", f"11 exact * * {NOW} *", f"105.355 exact tonnes * {NOW} *"], "kk"),
    ("10058 otbasy men 6 mekemege 121 tonna 319 keli qurban eti úlestirildi.",
     [f"10058 exact families * {NOW} *", f"6 exact * * {NOW} *", f"121.319 exact tonnes * {NOW} *"], "kk"),
    ("Мұқтаждарға 3 тонна 40 келі азық-түлік таратылды.", [f"3.04 exact tonnes * {NOW} *"], "kk"),
    ("Семьям раздали 105 тонн 355 килограммов мяса.", [f"105.355 exact tonnes * {NOW} *"], "ru"),
    ("Семьям раздали 121 т 319 кг мяса.", [f"121.319 exact tonnes * {NOW} *"], "ru"),
    ("Families received 121 tonnes 319 kg of meat.", [f"121.319 exact tonnes * {NOW} *"], "en"),
    ("The volunteers handed out 3 tons 40 kilograms of food.", [f"3.04 exact tonnes * {NOW} *"], "en"),
    ("Марафонцы пробежали 42 км 195 м.", [f"42.195 exact * * {NOW} *"], "ru"),
    # negatives: two weights of two things, kilograms of 1000 or more
    ("Собрали 5 тонн мусора и 300 кг пластика.", [f"5 exact tonnes * {NOW} *", f"0.3 exact tonnes * {NOW} *"], "ru"),
    ("Еріктілер 5 тонна қоқыс, 300 келі пластик жинады.",
     [f"5 exact tonnes * {NOW} *", f"0.3 exact tonnes * {NOW} *"], "kk"),
    ("Volunteers collected 5 tonnes 1500 kg of waste.", [f"5 exact tonnes * {NOW} *", f"1.5 exact tonnes * {NOW} *"],
     "en"),
]
ROUND_1_11_KK["TONNES_AND_KILOGRAMS"] = TONNES_AND_KILOGRAMS


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_11_KK.values() for row in table])
def test_round11_kk(text, expected, lang):
    _check_read(text, expected, lang)

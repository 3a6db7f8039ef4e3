"""Round 18 (helper kken), English and Kazakh with Russian variants: classes behind set 18's false figures, each
fixed by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_18_KKEN: dict[str, list[tuple[str, list[str], str]]] = {}

# "over" as the preposition of a span after a verb of extent: an event that took place, was held or spread over its
# parts ("took place over four distances", "was held over three stages", "spread (out) over two weekends"): no bound.
# Negatives: "over" before a number elsewhere is "more than" ("over 4,000 volunteers", "held over 300 events" with an
# object, the non-native "took part over 300 people", "raised over $5,000"), and "handed over" stays a particle.
EN_OVER_A_SPAN = [
    ("The race took place over four distances: 1 km, 2.5 km, 5 km. and 10 km.",
     [f"4 exact * * {NOW} *", f"1 exact * * {NOW} *", f"2.5 exact * * {NOW} *", f"5 exact * * {NOW} *",
      f"10 exact * * {NOW} *"], "en"),
    ("The festival was held over three stages in 12 cities.", [f"3 exact * * {NOW} *", f"12 exact * * {NOW} *"], "en"),
    ("The clean-up spread over two weekends and 40 parks.", [f"2 exact * * {NOW} *", f"40 exact * * {NOW} *"], "en"),
    ("The new trees were spread out over 20 hectares.", [f"20 exact * * {NOW} *"], "en"),
    ("The marathon takes place over 5 stages.", [f"5 exact * * {NOW} *"], "en"),
    # negatives: "more than"
    ("The center held over 300 events.", [f"300 at_least * * {NOW} *"], "en"),
    ("Over 4,000 volunteers took part over the weekend.", [f"4000 at_least persons * {NOW} *"], "en"),
    ("Took part over 300 people.", [f"300 at_least persons * {NOW} *"], "en"),
    ("The fund raised over $5,000 for the shelter.", [f"5000 at_least * * {NOW} *"], "en"),
    ("Volunteers handed over 2,000 kits.", [f"2000 exact * * {NOW} *"], "en"),
]
ROUND_1_18_KKEN["EN_OVER_A_SPAN"] = EN_OVER_A_SPAN


# A pupil's school grade told as an ordinal ("a 10th-grade student", "a 9th-grader", "10-классник", "ученица 10
# класса", "10-сынып оқушысы", "10 сынып оқушысы", Latin "10-synyp oqýshysy"): it describes one pupil, it counts no
# one. Negatives: a count of pupils ("15 students of the 10th grade", "15 десятиклассников"), classrooms opened or
# repaired ("открыли 2 новых класса", "мектептің 5 сыныбын жөндеді").
SCHOOL_GRADE = [
    ("Miras, a 10th-grade student at the school, cleaned up the riverbank.", [], "en"),
    ("A 9th-grader planted 20 trees.", [f"20 exact trees * {NOW} *"], "en"),
    ("Ученица 10 класса Аружан помогала волонтерам.", [], "ru"),
    ("10-классник Мирас собрал 30 кг макулатуры.", [f"30 exact kg * {NOW} *"], "ru"),
    ("Выпускник 11 класса собрал 30 кг макулатуры.", [f"30 exact kg * {NOW} *"], "ru"),
    ("10-сынып оқушысы Аружан еріктілерге көмектесті.", [], "kk"),
    ("10 сынып оқушысы Аружан 50 ағаш отырғызды.", [f"50 exact trees * {NOW} *"], "kk"),
    ("10-synyp oqýshysy Arýjan eriktilerge kómektesti.", [], "kk"),
    # negatives: counts of pupils and of classrooms
    ("15 students of the 10th grade planted 40 trees.", [f"15 exact persons * {NOW} *", f"40 exact trees * {NOW} *"],
     "en"),
    ("15 десятиклассников посадили 40 деревьев.", [f"15 exact persons * {NOW} *", f"40 exact trees * {NOW} *"], "ru"),
    ("В школе открыли 2 новых класса.", [f"2 exact * * {NOW} *"], "ru"),
    ("Еріктілер мектептің 5 сыныбын жөндеді.", [f"5 exact * * {NOW} *"], "kk"),
]
ROUND_1_18_KKEN["SCHOOL_GRADE"] = SCHOOL_GRADE


# A wish or blessing: a number in a clause that wishes it — Kazakh optative ("ұрпақтарың 1000-ға жетсін", "жастарың
# жүзге келе берсін", "500-ге жетсін деп тілейміз"), Russian "пусть", English "may" before its subject. Negatives:
# what happened ("1000-ға жетті", "волонтеров стало 1000"), a forecast with "may" after its subject.
WISH = [
    ("Абыз ана: «Жастарың жүзге келе берсін, ұрпақтарың 1000 - ға жетсін, күнде үйлеріңде той болсын!», деді.", [],
     "kk"),
    ("Abyz ana: «Jastaryń júzge kele bersin, urpaqtaryń 1000 - ǵa jetsin!», dedi.", [], "kk"),
    ("Еріктілер 300 отбасыға көмектесті, олардың саны 500-ге жетсін деп тілейміз.",
     [f"300 exact families * {NOW} *"], "kk"),
    ("Пусть их будет тысяча!", [], "ru"),
    ("Пусть волонтеров станет 1000, сказала она.", [], "ru"),
    ("May your descendants reach 1,000!", [], "en"),
    ("May they plant 1,000 trees, she said.", [], "en"),
    # negatives: facts and forecasts
    ("Еріктілер саны 1000-ға жетті.", [f"1000 exact persons * {NOW} *"], "kk"),
    ("Eriktiler sany 1000-ǵa jetti.", [f"1000 exact persons * {NOW} *"], "kk"),
    ("Волонтеров стало 1000.", [f"1000 exact persons * {NOW} *"], "ru"),
    ("The number of volunteers may reach 1,000 this year.", ["1000 exact persons * * *"], "en"),
]
ROUND_1_18_KKEN["WISH"] = WISH


# A Kazakh age told by a round number word in the dative with "кел-" (to come to): "жүзге келген ана" (a mother who
# has reached a hundred), "тоқсанға келген қария". Negatives: a count that reached a number ("еріктілер саны жүзге
# келді"), the bounds "жүзге жуық", "жүзге тарта".
KK_AGE_COME_TO = [
    ("Жүзге келген ана еріктілерге алғыс айтты.", [], "kk"),
    ("Júzge kelgen ana eriktilerge alǵys aıtty.", [], "kk"),
    ("Тоқсанға келген қарияға еріктілер 50 кг ұн әкелді.", [f"50 exact kg * {NOW} *"], "kk"),
    # negatives
    ("Еріктілер саны жүзге келді.", [f"100 exact persons * {NOW} *"], "kk"),
    ("Жүзге жуық ерікті 500 ағаш отырғызды.", [f"100 approx persons * {NOW} *", f"500 exact trees * {NOW} *"], "kk"),
    ("Акцияға жүзге тарта адам келді.", [f"100 approx persons * {NOW} *"], "kk"),
]
ROUND_1_18_KKEN["KK_AGE_COME_TO"] = KK_AGE_COME_TO


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_18_KKEN.values() for row in table])
def test_round18_kken(text, expected, lang):
    _check_read(text, expected, lang)

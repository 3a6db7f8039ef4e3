"""Round 21 (en21): classes from set 21's English pages (en_f04, en_f05, en_f06) and Kazakh kk_f05, each fixed by a
rule of the language and checked with variants in the other languages and scripts, and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_21_EN: dict[str, list[tuple[str, list[str], str]]] = {}

# A vague estimate of two close values joined by "or": "3.5 or 4 thousand athletes", "about 7 or 8 thousand
# volunteers", "7 или 8 тысяч", "7 немесе 8 мың": a range whose low end shares the scale of the high end (low
# at_least, high at_most; under "about/около" both approx). Negatives: far-apart values ("5 or 50"), a number with its
# own noun before "or".
OR_RANGE = [
    ("We need 3.5 or 4 thousand volunteers for the games.",
     [f"3500 at_least * * {NOW} *", f"4000 at_most * * {NOW} *"], "en"),
    ("We need about 7 or 8 thousand volunteers for the Almaty Universiade.",
     [f"7000 approx * * {NOW} *", f"8000 approx * * {NOW} *"], "en"),
    ("Для проведения игр понадобится около 7 или 8 тысяч волонтеров.",
     [f"7000 approx * * {NOW} *", f"8000 approx * * {NOW} *"], "ru"),
    ("Для проведения игр понадобится 3 или 4 тысячи волонтеров.",
     [f"3000 at_least * * {NOW} *", f"4000 at_most * * {NOW} *"], "ru"),
    ("Ойындарға 7 немесе 8 мың волонтер қажет.",
     [f"7000 at_least * * {NOW} *", f"8000 at_most * * {NOW} *"], "kk"),
    ("Oıyndarǵa 7 nemese 8 myń volonter qajet.",
     [f"7000 at_least * * {NOW} *", f"8000 at_most * * {NOW} *"], "kk"),
    # negatives: far-apart values, and a number with its own noun before "or"
    ("Each team gets 5 or 50 thousand tenge depending on the project.",
     [f"5 exact * * {NOW} *", f"50000 exact * * {NOW} *"], "en"),
    ("The fund helped 300 volunteers or 500 residents of the district.",
     [f"300 exact * * {NOW} *", f"500 exact * * {NOW} *"], "en"),
]
ROUND_1_21_EN["OR_RANGE"] = OR_RANGE

# The year of an event written after its name is part of the name, not a count of the noun that follows:
# "Universiade 2017 volunteers", "the Universiade 2017 event", "EXPO 2017 visitors", "Universiade-2017 volunteers",
# "волонтёры Универсиады 2017", "Универсиада 2017 еріктілері". Negatives: a word or a comma between the name and the
# number ("the Universiade, 2017 volunteers") keeps the count; a number that is no year after the name stays.
YEAR_OF_AN_EVENT_NAME = [
    ("The Universiade 2017 volunteers will be trained by foreigners.", [], "en"),
    ("Schoolchildren will visit the Universiade 2017 event for free.", [], "en"),
    ("EXPO 2017 visitors praised the volunteers.", [], "en"),
    ("Universiade-2017 volunteers started training.", [], "en"),
    ("Волонтеры Универсиады 2017 начали обучение.", [], "ru"),
    ("ЭКСПО 2017 волонтерлері оқуды бастады.", [], "kk"),
    ("Универсиада 2017 еріктілері оқуды бастады.", [], "kk"),
    # negatives: a comma between, and a count right after a plain word
    ("For the Universiade, 2017 volunteers were trained.", [f"2017 exact * * {NOW} *"], "en"),
    ("In Almaty 2017 volunteers were trained for the games.", ["2017 exact * * * *"], "en"),
]
ROUND_1_21_EN["YEAR_OF_AN_EVENT_NAME"] = YEAR_OF_AN_EVENT_NAME

# A school class is named by its grade and a letter: "5B grade pupils", "5C grade", "5 «Б» класса", "5 Ә сыныбы": the
# class's label, not a count. Negatives: a count of grades or of pupils stays.
CLASS_LETTER_LABEL = [
    ("The 5B grade parents' committee collected 318 000 tenge.", [f"318000 exact KZT * {NOW} *"], "en"),
    ("In November, 5C grade pupils raised funds for the project.", [], "en"),
    ("Родительский комитет 5 «Б» класса собрал 318 000 тенге.", [f"318000 exact KZT * {NOW} *"], "ru"),
    ("5 Ә сыныбының оқушылары 318 000 теңге жинады.", [f"318000 exact KZT * {NOW} *"], "kk"),
    # negatives: a count of pupils, a count of grades
    ("Pupils of 5 grades collected 318 000 tenge.", ["5 exact * * * *", f"318000 exact KZT * {NOW} *"], "en"),
    ("25 pupils of the school collected 318 000 tenge.", ["25 exact * * * *", f"318000 exact KZT * {NOW} *"], "en"),
]
ROUND_1_21_EN["CLASS_LETTER_LABEL"] = CLASS_LETTER_LABEL

# A "№" lost in the copy prints as "?" with a space before it: "boarding school ? 4 in Almaty", "школа ? 5": the
# number is the label of the school, and the "?" ends no sentence. Negative: a real question glued to its last word
# ends the sentence, and the count after it stays.
LOST_NUMERO_SIGN = [
    ("It was planned to equip special boarding school ? 4 in Almaty for blind children with a whiteboard.", [], "en"),
    ("Волонтеры помогли школе ? 5 в Алматы.", [], "ru"),
    ("Еріктілер мектеп ? 12 оқушыларына көмектесті.", [], "kk"),
    # negative: a question glued to its word ends the sentence
    ("Who helped the school? 40 volunteers came on Saturday.", ["40 exact * * * *"], "en"),
]
ROUND_1_21_EN["LOST_NUMERO_SIGN"] = LOST_NUMERO_SIGN

# A student's year of study: "2-курс студенті", "2-курс", "студентка 3-курса": an ordinal, not a count of students.
# Negatives: a count of students stays.
YEAR_OF_STUDY = [
    ("Оның ішінде ҚазҰУ-дың 2-курс студенті Аружан да бар.", [], "kk"),
    ("Среди них студентка 3-курса КазНУ Аружан.", [], "ru"),
    ("Oryndaýshylardyń ishinde 2-kurs stýdenti Arýjan da bar.", [], "kk"),
    # negatives
    ("Акцияға 20 студент қатысты.", ["20 exact * * * *"], "kk"),
    ("Бір командаға екі волонтер ғана беріледі.", ["2 exact * * * *"], "kk"),
]
ROUND_1_21_EN["YEAR_OF_STUDY"] = YEAR_OF_STUDY

# A figure expected or needed for a coming event the text names with its year ("Universiade 2027" in a text of 2025)
# is of the event's year, also when the sentence names the event by its kind ("the large scale sports event") or
# says "we need … for the Universiade", and a part of that count told next ("3.5 or 4 thousand of them are
# athletes"). Negatives: no event year named (the publication date stays), an event year already past.
EVENT = "2027-01-01..2027-12-31"
COMING_EVENT_NEED = [
    ("Almaty will host the Universiade 2027. We need about 7 or 8 thousand volunteers for the Almaty Universiade.",
     [f"7000 approx * * {EVENT} *", f"8000 approx * * {EVENT} *"], "en"),
    ("Almaty will host the Universiade-2027. 15-25 thousand visitors are expected for the large scale sports event. "
     "3.5 or 4 thousand of them are athletes.",
     [f"15000 at_least * * {EVENT} *", f"25000 at_most * * {EVENT} *", f"3500 at_least * * {EVENT} *",
      f"4000 at_most * * {EVENT} *"], "en"),
    ("Алматы примет Универсиаду-2027. Для Универсиады потребуется 8 тысяч волонтеров.",
     [f"8000 exact * * {EVENT} *"], "ru"),
    ("Алматы Универсиада-2027 ойындарын қабылдайды. Универсиадаға 8 мың волонтер қажет.",
     [f"8000 exact * * {EVENT} *"], "kk"),
    # negatives: no year of the event named, and a year already past
    ("We need about 7 or 8 thousand volunteers for the Almaty Universiade.",
     [f"7000 approx * * {NOW} *", f"8000 approx * * {NOW} *"], "en"),
    ("Almaty hosted the Universiade 2017. We need 500 volunteers for the city marathon.",
     [f"500 exact * * {NOW} *"], "en"),
]
ROUND_1_21_EN["COMING_EVENT_NEED"] = COMING_EVENT_NEED


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_21_EN.values() for row in table])
def test_round21_en(text, expected, lang):
    _check_read(text, expected, lang)

"""Round 10, Russian and English (with the Kazakh forms of each class): classes behind the misses and false figures
of the tenth set, each fixed by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_10_RUEN: dict[str, list[tuple[str, list[str], str]]] = {}

# A range whose scale is written once, as digits, on the high end, with "up to" between the ends ("from 18 up to
# 25,000 trees", "от 18 до 25 000 деревьев", "18-ден 25 000-ға дейін"): read as written it would span more than a
# thousandfold, so the low end takes the scale (18,000 at_least, 25,000 at_most). Negatives: a low end that stays
# below the high end only unscaled ("from 500 to 10,000 tenge", "from 10 to 1,000 trees"), "from 1 tenge", and a
# change ("grew from 18 to 25,000"), which may well span a thousandfold; ages "aged from 18 up to 35" stay ages.
RANGE_SCALE_IN_DIGITS = [
    ("The Central Park in Manhattan currently boasts from 18 up to 25,000 trees.",
     [f"18000 at_least trees * {NOW} *", f"25000 at_most trees * {NOW} *"], "en"),
    ("Volunteers planted from 18 to 25,000 trees.",
     [f"18000 at_least trees * {NOW} *", f"25000 at_most trees * {NOW} *"], "en"),
    ("The park has 18–25,000 trees.", [f"18000 at_least trees * {NOW} *", f"25000 at_most trees * {NOW} *"], "en"),
    ("The park has from 18 up to 25 thousand trees.",
     [f"18000 at_least trees * {NOW} *", f"25000 at_most trees * {NOW} *"], "en"),
    ("В парке растет от 18 до 25 000 деревьев.",
     [f"18000 at_least trees * {NOW} *", f"25000 at_most trees * {NOW} *"], "ru"),
    ("В парке растет от 18 до 25 тысяч деревьев.",
     [f"18000 at_least trees * {NOW} *", f"25000 at_most trees * {NOW} *"], "ru"),
    ("Саябақта 18-ден 25 000-ға дейін ағаш бар.",
     [f"18000 at_least trees * {NOW} *", f"25000 at_most trees * {NOW} *"], "kk"),
    ("Saıabaqta 18-den 25 myńǵa deıin aǵash bar.",
     [f"18000 at_least trees * {NOW} *", f"25000 at_most trees * {NOW} *"], "kk"),
    # negatives: the low end is itself
    ("Donations range from 500 to 10,000 tenge.", [f"500 at_least KZT * {NOW} *", f"10000 at_most KZT * {NOW} *"],
     "en"),
    ("Пожертвования от 500 до 10 000 тенге.", [f"500 at_least KZT * {NOW} *", f"10000 at_most KZT * {NOW} *"], "ru"),
    ("Volunteers planted from 10 to 1,000 trees.",
     [f"10 at_least trees * {NOW} *", f"1000 at_most trees * {NOW} *"], "en"),
    ("Donations from 1 to 5,000 tenge are welcome.",
     [f"1 at_least KZT * {NOW} *", f"5000 at_most KZT * {NOW} *"], "en"),
    ("The number of volunteers grew from 18 to 25,000.",
     [f"18 exact persons * {NOW} *", f"25000 exact persons * {NOW} *"], "en"),
    ("Число волонтеров выросло с 18 до 25 000.",
     [f"18 exact persons * {NOW} *", f"25000 exact persons * {NOW} *"], "ru"),
    # negatives: ages with "from" and "up to"
    ("Volunteers aged from 18 up to 60 took part.", [], "en"),
    ("Children aged from 7 to 17 took part.", [], "en"),
    ("Children aged 7 up to 17 took part.", [], "en"),
]
ROUND_1_10_RUEN["RANGE_SCALE_IN_DIGITS"] = RANGE_SCALE_IN_DIGITS


# A person's age set off by a comma after the name at the end of a sentence ("… the cancer-stricken girl, Sofiya
# Danko, 12.", "… said the volunteer, 17."), as "Ilya Kan, 16, who …" mid-sentence: an age, not a figure.
# Negatives: a count keeps its noun ("Sofiya Danko, 12 volunteers said"), a place set off before a number ("came from
# Almaty, 12.", "Almaty City, 12.") is a list of counts by place.
AGE_CLOSING_A_SENTENCE = [
    ("Its participants will donate for the treatment of the cancer-stricken girl, Sofiya Danko, 12.", [], "en"),
    ("Money was raised for the surgery of the volunteer, 17.", [], "en"),
    ("Volunteers planted 300 trees in memory of Aruzhan Serikova, 9.", [f"300 exact trees * {NOW} *"], "en"),
    # negatives
    ("The fund helped Sofiya Danko, 12 volunteers said.", [f"12 exact persons * {NOW} *"], "en"),
    ("Volunteers of 16 regions helped, among them Almaty City, 12.",
     [f"16 exact regions * {NOW} *", f"12 exact regions * {NOW} *"], "en"),
]
ROUND_1_10_RUEN["AGE_CLOSING_A_SENTENCE"] = AGE_CLOSING_A_SENTENCE


# An amount written again in words right after its digits, as contracts and receipts do ("273,000 (two hundred
# seventy-three thousand) tenge", "273 000 (двести семьдесят три тысячи) тенге", "5 (пять) млн тенге", "273 000 (екі
# жүз жетпіс үш мың) теңге", "273,000 tenge – two hundred seventy-three thousand tenge"): one figure, and the digits
# keep the unit and the scale after the brackets. Negatives: a conversion in brackets is a figure of its own
# (scoring.md), and so is a number in words of another value.
RESTATED_IN_WORDS = [
    ("As a result, 273,000 (two hundred seventy-three thousand) tenge was collected.",
     [f"273000 exact KZT * {NOW} *"], "en"),
    ("Volunteers collected 273,000 tenge (two hundred seventy-three thousand).", [f"273000 exact KZT * {NOW} *"],
     "en"),
    ("Volunteers collected 273,000 tenge – two hundred seventy-three thousand tenge.",
     [f"273000 exact KZT * {NOW} *"], "en"),
    ("Собрано 273 000 (двести семьдесят три тысячи) тенге.", [f"273000 exact KZT * {NOW} *"], "ru"),
    ("Собрано 5 (пять) млн тенге.", [f"5e+06 exact KZT * {NOW} *"], "ru"),
    ("Собрано 5 млн тенге (пять миллионов).", [f"5e+06 exact KZT * {NOW} *"], "ru"),
    ("273 000 (екі жүз жетпіс үш мың) теңге жиналды.", [f"273000 exact KZT * {NOW} *"], "kk"),
    ("273 000 (eki júz jetpis úsh myń) teńge jınaldy.", [f"273000 exact KZT * {NOW} *"], "kk"),
    # negatives
    ("The fund allocated 224 million tenge (US$495,050).",
     [f"2.24e+08 exact KZT * {NOW} *", f"495050 exact USD * {NOW} *"], "en"),
    ("Volunteers collected 273,000 tenge (about 600 dollars).",
     [f"273000 exact KZT * {NOW} *", f"600 approx USD * {NOW} *"], "en"),
    ("In total 12 regions – three of them in the north – took part.",
     [f"12 exact regions * {NOW} *", f"3 exact regions * {NOW} *"], "en"),
]
ROUND_1_10_RUEN["RESTATED_IN_WORDS"] = RESTATED_IN_WORDS


# Digits that begin the name of an organisation, a fund or a shelter ("‘4 Paws’ veterinary clinic", "(4 Lapy)", "the
# 4 Paws foundation", "4 Lapy shelter", "клиника 4 Лапы", "«4 Аяқ» қоры"): a number inside a name. The name is marked
# as one (quotes or brackets of its own, or a word for a foundation, a shelter or a clinic next to it). Negatives:
# a headline in title case that counts something ("4 Volunteers Arrived in Almaty"), a capitalised noun that counts
# ("from 4 Regions"), and a count of shelters in lower case.
DIGITS_OPEN_A_NAME = [
    ("The pilot project was run with the volunteers and ‘4 Paws’ (4 Lapy) veterinarian clinic.", [], "en"),
    ("In 2019-2020, 356 cats and dogs were sterilized by ‘4 Paws’ veterinary clinic together with volunteers.",
     ["356 exact * * * *"], "en"),
    ("The 4 Paws foundation sterilized 300 animals.", [f"300 exact animals * {NOW} *"], "en"),
    ("Volunteers of \"4 Paws\" sterilized 300 animals.", [f"300 exact animals * {NOW} *"], "en"),
    ("The fund 4 Paws sterilized 300 animals.", [f"300 exact animals * {NOW} *"], "en"),
    ("Клиника 4 Лапы стерилизовала 300 животных.", [f"300 exact animals * {NOW} *"], "ru"),
    ("Фонд «4 лапы» стерилизовал 300 животных.", [f"300 exact animals * {NOW} *"], "ru"),
    ("«4 Аяқ» қоры 300 жануарды зарарсыздандырды.", [f"300 exact * * {NOW} *"], "kk"),
    # negatives
    ("4 Volunteers Arrived in Almaty", [f"4 exact persons * {NOW} *"], "en"),
    ("Volunteers from 4 Regions joined the campaign.", [f"4 exact regions * {NOW} *"], "en"),
    ("Волонтеры посетили 4 приюта города.", [f"4 exact * * {NOW} *"], "ru"),
]
ROUND_1_10_RUEN["DIGITS_OPEN_A_NAME"] = DIGITS_OPEN_A_NAME


# A number followed only by the beginning of a scale word at the very end of a line the copy cut ("…пополнить их
# ряды 15 ты", "…привлечь 300 ми", "…15 thou", "…қатарын 15 мы"): the scale is lost, the value is not known.
# Negatives: a complete unit, abbreviation or scale word ends the line ("15 т" tonnes, "2 млн", "15 тысяч"), and a
# figure on the next line stays.
SCALE_CUT_OFF = [
    ("Местные власти надеются пополнить их ряды 15 ты", [], "ru"),
    ("Волонтеры надеются привлечь 300 ми", [], "ru"),
    ("The city hopes to bring the ranks of volunteers to 15 thou", [], "en"),
    ("Әкімдік еріктілер қатарын 15 мы", [], "kk"),
    ("Местные власти надеются пополнить их ряды 15 ты\nСегодня 5 волонтеров вышли на уборку.",
     [f"5 exact persons * {NOW} *"], "ru"),
    # negatives
    ("Волонтеры вывезли 15 т", [f"15 exact tonnes * {NOW} *"], "ru"),
    ("Волонтеры собрали 2 млн", [f"2e+06 exact * * {NOW} *"], "ru"),
    ("Местные власти надеются пополнить их ряды 15 тысяч", [f"15000 exact * * {NOW} *"], "ru"),
]
ROUND_1_10_RUEN["SCALE_CUT_OFF"] = SCALE_CUT_OFF


# A few limbs, eyes or ears counted on one animal or person ("собаку без двух лап", "бегает на трех лапах", "лишилась
# двух задних лап", "the dog lost two legs", "екі аяғы жоқ ит"): a description, as "three-legged" is, not a figure.
# Negatives: the animals counted stay ("20 собакам без лап", "4 dogs with prosthetic legs"), and a Kazakh word that
# only begins like a body part ("қолдау") is no body part.
BODY_PARTS_OF_ONE = [
    ("Есть добрые души, которые забрали к себе собаку вообще без двух лап, теперь она любимый член семьи.", [], "ru"),
    ("Пес бегает на трех лапах.", [], "ru"),
    ("Собака лишилась двух задних лап.", [], "ru"),
    ("The dog lost two legs in an accident.", [], "en"),
    ("The dog runs on three legs.", [], "en"),
    ("Иттің екі аяғы жоқ.", [], "kk"),
    ("Екі аяғынан айырылған ит жаңа үй тапты.", [], "kk"),
    ("Ittiń eki aıaǵy joq.", [], "kk"),
    # negatives
    ("Volunteers fitted 4 dogs with prosthetic legs.", [f"4 exact * * {NOW} *"], "en"),
    ("Еріктілер 2 қолдау орталығын ашты.", [f"2 exact * * {NOW} *"], "kk"),
]
ROUND_1_10_RUEN["BODY_PARTS_OF_ONE"] = BODY_PARTS_OF_ONE


# Dogs, cats, puppies a shelter keeps or volunteers help are animals: Russian reads an animate noun it does not know
# as people ("200 собак" were 200 persons), so the lexicon names them ("собака", "кошка", "щенок", "dog", "cat", "ит",
# "мысық"). Negative: people stay people.
PETS_ARE_ANIMALS = [
    ("Приют содержит 200 собак.", [f"200 exact animals * {NOW} *"], "ru"),
    ("В приюте 200 собак и 50 кошек.", [f"200 exact animals * {NOW} *", f"50 exact animals * {NOW} *"], "ru"),
    ("Волонтеры пристроили 30 щенков и 15 котят.",
     [f"30 exact animals * {NOW} *", f"15 exact animals * {NOW} *"], "ru"),
    ("The shelter keeps 200 dogs and 50 cats.", [f"200 exact animals * {NOW} *", f"50 exact animals * {NOW} *"],
     "en"),
    ("Баспанада 200 ит пен 50 мысық бар.", [f"200 exact animals * {NOW} *", f"50 exact animals * {NOW} *"], "kk"),
    # negative
    ("Приют посетили 20 пенсионеров.", [f"20 exact persons * {NOW} *"], "ru"),
]
ROUND_1_10_RUEN["PETS_ARE_ANIMALS"] = PETS_ARE_ANIMALS


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_10_RUEN.values() for row in table])
def test_round10_ruen(text, expected, lang):
    _check_read(text, expected, lang)

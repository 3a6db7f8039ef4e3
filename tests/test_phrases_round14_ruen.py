"""Round 14, Russian and English: classes behind the false figures and misses of the fourteenth set, each fixed by
a rule of the language or of page structure and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_14_RUEN: dict[str, list[tuple[str, list[str], str]]] = {}

# An image element left in the text by the copy (its alt text repeats the title and names the file: "В Кызылорде
# высадили 3000 саженцев ивы 3 bezymjannyj 1 3") and the default name of an image file or a gallery's slide label
# ("Безымянный 3.jpg", "IMG_1234", "Untitled-4.png", "Photo 2 of 5", "Фото 2 из 5"): page chrome, not figures.
# Negatives: photos counted in a sentence keep their numbers.
IMAGE_LABELS = [
    ('Волонтеры высадили 300 деревьев.\n'
     '<image>data:image/s3,"s3://crabby-images/f8b3d/f8b3d6a53cc0d47e3d5bb5c33d2fc7d493f9c78e"'
     ' alt="Высадили 300 деревьев 3 bezymjannyj 1 3"</image>',
     [f"300 exact trees * {NOW} *"], "ru"),
    ("Волонтеры высадили 300 деревьев.\n"
     "<img src=\"a.jpg\" alt=\"Высадили 300 деревьев 4 bezymjannyj\">",
     [f"300 exact trees * {NOW} *"], "ru"),
    ("Волонтеры высадили 300 деревьев. Безымянный 3.jpg", [f"300 exact trees * {NOW} *"], "ru"),
    ("Фото 2 из 5. Волонтеры собрали 40 мешков мусора.", [f"40 exact * * {NOW} *"], "ru"),
    ("Volunteers collected 40 bags of litter. Photo 2 of 5", [f"40 exact * * {NOW} *"], "en"),
    ("IMG_1234 Volunteers collected 40 bags of litter.", [f"40 exact * * {NOW} *"], "en"),
    ("Untitled-4.png Volunteers planted 200 trees.", [f"200 exact trees * {NOW} *"], "en"),
    # negatives: photos counted in prose
    ("Волонтеры сделали 50 фото.", [f"50 exact * * {NOW} *"], "ru"),
    ("Volunteers took 5 photos of 20 sites.", [f"5 exact * * {NOW} *", f"20 exact * * {NOW} *"], "en"),
]
ROUND_1_14_RUEN["image_labels"] = IMAGE_LABELS


# A text the copy cut in the middle of its last sentence, the file ending with its own newline: the last line is a
# sentence cut off, not a title (a file's final newline is no line break of the page), and a scale word states a
# number there as digits do ("почти миллион тенге"). Negatives: a last line that ends a sentence or has no number.
CUT_LAST_LINE = [
    ("Участок обошелся недешево, на торгах появились участники, которые неплохо подняли стартовую стоимость.\n\n"
     "В итоге пришлось искать почти миллион тенге – руководитель фонда Надежда Гордова заняла эти деньг\n",
     [f"1e+06 almost KZT * {NOW} *"], "ru"),
    ("Фонд помогает детям области уже много лет, и за это время он вырос в несколько раз.\n\n"
     "– На момент открытия центра у нас было всего десять маленьких пациентов, а сейчас мы принимаем по 1 600 "
     "детей, – отм\n",
     [f"10 exact * * {NOW} *", "1600 exact * * * *"], "ru"),
    ("The fund has helped children of the region for many years and has grown several times since then.\n\n"
     "In the end the shelter had to find almost a million tenge to buy the land at the auct\n",
     [f"1e+06 almost KZT * {NOW} *"], "en"),
]
ROUND_1_14_RUEN["cut_last_line"] = CUT_LAST_LINE

# A number before the cut counted noun: the copy stopped inside the word a number counts ("Three of her five ch",
# "Еще 40 ме"), one or two letters closing the text with no stop; what it counts is unknown, and a part of it
# ("Three of her five ch") too. Negatives: three letters tell the noun ("Еще 40 акц", round 12's "около 40 мер"), a
# short complete unit closes a sentence whole ("5 km", "10 км"), and a sentence with a stop was not cut.
NOUN_CUT_OFF = [
    ("The family was evacuated on April 7 and lived at the Tengiz field. Three of her five ch", [], "en"),
    ("Volunteers collected 300 bags of litter across the city and handed them to the council. Another 40 ba",
     [f"300 exact * * {NOW} *"], "en"),
    ("Семью эвакуировали 7 апреля, и она долго жила на месторождении с другими семьями. Трое из ее пяти де", [], "ru"),
    ("Волонтеры собрали 300 мешков мусора по всему городу и передали их коммунальщикам. Еще 40 ме",
     [f"300 exact * * {NOW} *"], "ru"),
    # negatives
    ("Volunteers ran 5 km", [f"5 exact * * {NOW} *"], "en"),
    ("Волонтеры собрали 300 мешков мусора по всему городу и передали их коммунальщикам. Еще 40 акц",
     [f"300 exact * * {NOW} *", f"40 exact * * {NOW} *"], "ru"),
    ("Волонтеры пробежали 10 км", [f"10 exact * * {NOW} *"], "ru"),
    ("Three of her five children volunteer.", [f"3 exact * * {NOW} *", f"5 exact * * {NOW} *"], "en"),
]
ROUND_1_14_RUEN["noun_cut_off"] = NOUN_CUT_OFF


# Numbers that name, not count: a list of numbers ending in an address word names a microdistrict each ("в 34, 38 и
# 39 микрорайонах"), and a thing called by its number ("поезд под номером 59", "за номером 12"). Negatives: a list
# of counts before a counted noun, a count beside the name.
NUMBERS_THAT_NAME = [
    ("Участники провели работы по благоустройству в 34, 38 и 39 микрорайонах.", [], "ru"),
    ("Субботник прошел в 5, 6, 8 микрорайонах города.", [], "ru"),
    ("Дети из 5 и 7 микрорайона собрали 200 кг макулатуры.", [f"200 exact * * {NOW} *"], "ru"),
    ("Последнее прибытие поезда под номером 59 было после 22 часов. На станции сошли 320 человек.",
     [f"320 exact persons * {NOW} *"], "ru"),
    ("Заявка за номером 12 поступила утром, волонтеры доставили 30 наборов.", [f"30 exact * * {NOW} *"], "ru"),
    # negatives: counts in a list
    ("Волонтеры убрали 34, 38 и 39 дворов.",
     [f"34 exact * * {NOW} *", f"38 exact * * {NOW} *", f"39 exact * * {NOW} *"], "ru"),
]
ROUND_1_14_RUEN["numbers_that_name"] = NUMBERS_THAT_NAME


@pytest.mark.parametrize("table", sorted(ROUND_1_14_RUEN))
def test_round14_ruen(table: str) -> None:
    for text, want, lang in ROUND_1_14_RUEN[table]:
        _check_read(text, want, lang)

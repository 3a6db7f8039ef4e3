"""Round 31 (set 31): classes behind the misses and false figures of the set-31 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15). Page tables give a whole page and its publication date.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check, _check_read

ROUND_1_31: dict[str, list[tuple[str, list[str], str]]] = {}

# A Kazakh multiple with "about" after its dative ("3 есеге жуық өсті", "үш есеге таяу"): nearly threefold, approx.
# Negatives: the bare dative is exact, the ablative with "астам" at least.
KK_MULTIPLE_ABOUT = [
    ("Қазақстанда донорлыққа келісімін бергендердің саны 3 есеге жуық өсті.", [f"3 approx ratio * {NOW} *"], "kk"),
    ("Еріктілер саны үш есеге таяу артты.", [f"3 approx ratio * {NOW} *"], "kk"),
    # negatives
    ("Еріктілер саны үш еседен астам артты.", [f"3 at_least ratio * {NOW} *"], "kk"),
    ("Еріктілер саны 3 есеге артты.", [f"3 exact ratio * {NOW} *"], "kk"),
]
ROUND_1_31["KK_MULTIPLE_ABOUT"] = KK_MULTIPLE_ABOUT

# The night between two days ("в ночь с 28 на 29 марта"): both are days, no count. Negative: "на 5 машин" before a
# noun counts.
NIGHT_BETWEEN_DAYS_RU = [
    ("В ночь с 28 на 29 марта из подтопленных домов эвакуировали 113 человек.",
     ["113 exact persons * 2025-03-29..2025-03-29 *"], "ru"),
    ("С 28 по 29 марта эвакуировали 113 человек.", ["113 exact persons * 2025-03-28..2025-03-29 *"], "ru"),
    # negative
    ("На 5 машин приходится 20 волонтеров.", [f"5 exact * * {NOW} *", f"20 exact persons * {NOW} *"], "ru"),
]
ROUND_1_31["NIGHT_BETWEEN_DAYS_RU"] = NIGHT_BETWEEN_DAYS_RU

# An index or a report named with its year tells the figures of that year ("The World Giving Index 2021 …", "The
# Annual Report 2023 shows …"), as "the 2023 report" does.
INDEX_OF_A_YEAR_EN = [
    ("According to The World Giving Index 2021, 114 countries were surveyed.",
     ["114 exact * * 2021-01-01..2021-12-31 *"], "en"),
    ("The Annual Report 2023 shows that 5,000 volunteers took part.", ["5000 exact persons * 2023-01-01..2023-12-31 *"],
     "en"),
    ("In the 2023 report, 5,000 volunteers took part.", ["5000 exact persons * 2023-01-01..2023-12-31 *"], "en"),
]
ROUND_1_31["INDEX_OF_A_YEAR_EN"] = INDEX_OF_A_YEAR_EN


@pytest.mark.parametrize(("text", "expected", "lang"),
                         [case for table in ROUND_1_31.values() for case in table])
def test_round31(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


PUB = dt.date(2025, 6, 15)
# Pages: a share told in the title with "%" and in the body with "процентов" is one figure; an abbreviation ("НПО")
# in the title and its words in the body ("неправительственных организаций (НПО)") count one thing; a standfirst
# under the title and the date, before any paragraph, is the article's lead even without a full stop. Negative: a
# line of other news between the title and the body is not the lead when it states no number.
PAGES = [
    ("В ВКО заготовлено 70% от всей плазмы в РК\nСобрано уже почти 3000 доз, передает корреспондент.\n"
     "Сейчас у нас — 2889 доз. Это 70 процентов от всей плазмы в РК, — заявил аким области на совещании.",
     [f"3000 almost * * {NOW} *", f"2889 exact * * {NOW} *", f"70 exact percent * {NOW} *"]),
    ("В Казахстане зарегистрировано более 22 тысяч НПО\n\nСегодня в Казахстане официально зарегистрировано более 22 "
     "тыс. неправительственных организаций (НПО) различной направленности и 6 партий.",
     [f"22000 at_least organizations * {NOW} *", f"6 exact * * {NOW} *"]),
    ("В Казахстане действуют 16 тысяч НПО из 22 тысяч зарегистрированных\n\n17.09.2020\n\nВ 2020 году "
     "неправительственным организациям выделят 1,8 миллиарда тенге для развития социально значимых направлений\n\n"
     "Развитое гражданское общество — основа любого современного государства с высокими стандартами качества жизни, "
     "говорят эксперты.",
     [f"16000 exact organizations * {NOW} *", f"22000 exact organizations * {NOW} *",
      "1.8e+09 exact KZT * 2020-01-01..2020-12-31 *"]),
    # negative
    ("Волонтеры помогли семьям\n\nКурс валют на сегодня и погода в городе\n\nНовости партнеров: в городе открыли "
     "новые кафе и магазины\n\nВолонтеры фонда собрали продукты для малообеспеченных семей Караганды и раздали их в "
     "течение недели.", []),
]


@pytest.mark.parametrize(("text", "expected"), PAGES)
def test_round31_pages(text: str, expected: list[str]) -> None:
    _check(text, expected, PUB)


# A coming event announced with its days ("The world's largest national sports competitions will be held in Astana
# from September 8-14", "Форум пройдет в Астане 5-7 октября", "Форум Астанада 5-7 қазанда өтеді"): what will be done
# at it, told in the future in the same paragraph or in a later paragraph that names the event again, is of those
# days. Negatives: a past deed about the event ("Last year 2,000 volunteers took part in it"), a plan of another
# paragraph that does not name the event.
COMING_EVENT_DAYS = [
    ("Форум пройдет в Астане 5-7 октября. В нем примут участие более 500 волонтеров из 20 стран.",
     ["500 at_least persons * 2025-10-05..2025-10-07 *", "20 exact * * 2025-10-05..2025-10-07 *"]),
    ("Форум Астанада 5-7 қазанда өтеді. Оған 20 елден 500-ден астам ерікті қатысады.",
     ["20 exact * * 2025-10-05..2025-10-07 *", "500 at_least persons * 2025-10-05..2025-10-07 *"]),
    ("The world’s largest national sports competitions will be held in Astana from September 8-14. Some 3,000 "
     "participants will take part.\n\nThe World Nomad Games program is set to feature 20 competitive sports. Some "
     "110 sets of medals will be awarded.",
     ["3000 approx persons * 2025-09-08..2025-09-14 *", "20 exact * * 2025-09-08..2025-09-14 *",
      "110 approx * * 2025-09-08..2025-09-14 *"]),
    # negatives
    ("The forum will be held in Astana from September 8-14. Last year 2,000 volunteers took part in it.",
     ["2000 exact persons * 2024-01-01..2024-12-31 *"]),
    ("The forum will be held in Astana from September 8-14.\n\nMeanwhile, the city will plant 5,000 trees this year.",
     ["5000 exact trees trees_planted 2025-01-01..2025-06-15 *"]),
]


@pytest.mark.parametrize(("text", "expected"), COMING_EVENT_DAYS)
def test_round31_coming_event_days(text: str, expected: list[str]) -> None:
    _check(text, expected, PUB)

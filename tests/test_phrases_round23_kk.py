"""Round 23, Kazakh (kk23): classes behind the misses and false figures of set 23's Kazakh pages, each fixed by a
rule of the language and checked with variants (Russian, English, Latin-script Kazakh where the class exists) and
negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_23_KK: dict[str, list[tuple[str, list[str], str]]] = {}

# A Kazakh izafet after the number: a plural of people in the nominative modifies the next noun, which bears the
# possessive ending ("680 еріктілер ұйымы" = 680 organisations of volunteers): the number counts the organisations,
# as "680 волонтерлік ұйым", "680 организаций волонтеров", "680 volunteer organizations". Negatives: the plural of
# people alone, or before a verb or a conjunction, still counts people.
ROUND_1_23_KK["izafet_head"] = [
    ("Бүгінде елде 680 еріктілер ұйымы бар.", [f"680 exact organizations volunteer_organizations {NOW} KZ"], "kk"),
    ("Елде 680 волонтерлер ұйымы жұмыс істейді.",
     [f"680 exact organizations volunteer_organizations {NOW} KZ"], "kk"),
    ("Елде 680-ден астам еріктілер ұйымдары бар.",
     [f"680 at_least organizations volunteer_organizations {NOW} KZ"], "kk"),
    ("Búginde elde 680 eriktiler uıymy bar.", [f"680 exact organizations volunteer_organizations {NOW} KZ"], "kk"),
    ("Сегодня в стране 680 организаций волонтеров.",
     [f"680 exact organizations volunteer_organizations {NOW} KZ"], "ru"),
    ("Today there are 680 volunteer organizations in the country.",
     [f"680 exact organizations volunteer_organizations {NOW} KZ"], "en"),
    # negatives: people counted
    ("Елде 680 ерікті бар.", [f"680 exact persons volunteers_total {NOW} KZ"], "kk"),
    ("Сенбілікке 500 еріктілер қатысты.", [f"500 exact persons * {NOW} *"], "kk"),
    ("Сенбілікке 500 еріктілер мен тұрғындар қатысты.", [f"500 exact persons * {NOW} *"], "kk"),
]

# "The number of X has grown." with no figure of its own, then "in 2019 there were N, now M": the bare figures of
# the next sentence give that number (the particle "да/де" may stand between the noun and "саны"); "болса" (if it
# was) states a level as "было" does. Negatives: a figure with a noun of its own keeps it; a sentence before that
# states no growth of a count lends no noun.
ROUND_1_23_KK["count_grew_then_figures"] = [
    ("Еріктілердің саны артқан. 2019 жылы 50 мың болса, қазір 200 мыңнан асып жығылады.",
     ["50000 exact persons volunteers_total 2019-01-01..2019-12-31 KZ",
      f"200000 at_least persons volunteers_total {NOW} KZ"], "kk"),
    ("Еріктілердің де саны артты. 2019 жылы 50 мың болса, қазір 200 мыңнан асты.",
     ["50000 exact persons volunteers_total 2019-01-01..2019-12-31 KZ",
      f"200000 at_least persons volunteers_total {NOW} KZ"], "kk"),
    ("Eriktilerdiń de sany artqan. 2019 jyly 50 myń bolsa, qazir 200 myńnan asyp jyǵylady.",
     ["50000 exact persons volunteers_total 2019-01-01..2019-12-31 KZ",
      f"200000 at_least persons volunteers_total {NOW} KZ"], "kk"),
    ("Число волонтеров выросло. Если в 2019 году было 50 тысяч, то сейчас более 200 тысяч.",
     ["50000 exact persons volunteers_total 2019-01-01..2019-12-31 KZ",
      f"200000 at_least persons volunteers_total {NOW} KZ"], "ru"),
    ("The number of volunteers has grown. In 2019 there were 50,000, now there are over 200,000.",
     ["50000 exact persons volunteers_total 2019-01-01..2019-12-31 KZ",
      f"200000 at_least persons volunteers_total {NOW} KZ"], "en"),
    # negatives
    ("Еріктілердің саны артқан. 2019 жылы 50 мың теңге жиналды.",
     ["50000 exact KZT * 2019-01-01..2019-12-31 KZ"], "kk"),
    ("Число волонтеров выросло. В 2019 году в городе высадили 5 тысяч деревьев.",
     ["5000 exact trees trees_planted 2019-01-01..2019-12-31 *"], "ru"),
]

# A span of days of a month with the month left out ("5 күндік 20-нан 27-не дейін акция", "с 20 по 27"): days, not
# figures. Negatives: a span with a counted noun after it, a count that grew, a span of counts "от 20 до 27".
ROUND_1_23_KK["span_of_days"] = [
    ("Бүгінгі осы аптамыз 5 күндік 20-нан 27-не дейін бұл «Жасыл аймақ» акциясы.", [], "kk"),
    ("Акция 20-сынан 27-сіне дейін өтеді.", [], "kk"),
    ("Bul aptamyz 20-nan 27-ne deıin «Jasyl aımaq» aksıasy.", [], "kk"),
    ("Акция «Зеленая зона» проходит на этой неделе, с 20 по 27.", [], "ru"),
    # negatives
    ("Акцияға 20-дан 27-ге дейін ерікті қатысады.",
     [f"20 at_least persons * {NOW} *", f"27 at_most persons * {NOW} *"], "kk"),
    ("Еріктілер саны 20-дан 27-ге дейін өсті.",
     [f"20 exact persons * {NOW} *", f"27 exact persons * {NOW} *"], "kk"),
    ("Волонтеров было от 20 до 27.", [f"20 at_least persons * {NOW} *", f"27 at_most persons * {NOW} *"], "ru"),
]

# "-ден бастап" (starting from) before a list of numbers names the list's first item ("500 метрден бастап 7, 14 және
# 21 шақырым": four distances run), exact as in "от 500 метров до 7, 14 и 21 км". Negatives: "бастап" before one
# number up to a high end is a range's low end; "бастап" alone is a low end.
ROUND_1_23_KK["from_opens_a_list"] = [
    ("Спорт сүйер қауым 500 метрден бастап 7, 14 және 21 шақырым қашықтықты еңсерді.",
     [f"500 exact * * {NOW} *", f"7 exact * * {NOW} *", f"14 exact * * {NOW} *", f"21 exact * * {NOW} *"], "kk"),
    ("Júgirýshiler 3-ten bastap 5, 10 jáne 21 shaqyrym qashyqtyqqa júgirdi.",
     [f"3 exact * * {NOW} *", f"5 exact * * {NOW} *", f"10 exact * * {NOW} *", f"21 exact * * {NOW} *"], "kk"),
    ("Участники преодолели дистанции от 500 метров до 7, 14 и 21 км.",
     [f"500 exact * * {NOW} *", f"7 exact * * {NOW} *", f"14 exact * * {NOW} *", f"21 exact * * {NOW} *"], "ru"),
    ("Runners covered distances from 500 metres to 7, 14 and 21 km.",
     [f"500 exact * * {NOW} *", f"7 exact * * {NOW} *", f"14 exact * * {NOW} *", f"21 exact * * {NOW} *"], "en"),
    # negatives
    ("500 метрден бастап 21 шақырымға дейін жүгірді.", [f"500 at_least * * {NOW} *", f"21 at_most * * {NOW} *"], "kk"),
    ("Грант 100 мыңнан бастап беріледі.", [f"100000 at_least * * {NOW} *"], "kk"),
]

# A length in kilometres after "ұзындығы / длиной / протяженностью" or before "long" measures the work done along
# the land, in a sentence of such works (a dam built, a river channel cleaned): a figure, not the size of a thing.
# Negatives: a length described (no work done), a size with "each", a height of things counted by another number.
ROUND_1_23_KK["length_of_works_in_km"] = [
    ("Ауылда қор қаражаты есебінен ұзындығы 6,3 км қорғаныс бөгеті салынды.", [f"6.3 exact * * {NOW} *"], "kk"),
    ("Ауылда ұзындығы 3,6 км өзен арнасын тазалау жұмыстары жүргізілді.", [f"3.6 exact * * {NOW} *"], "kk"),
    ("Aýylda qor qarajaty esebinen uzyndyǵy 6,3 km qorǵanys bógeti salyndy.", [f"6.3 exact * * {NOW} *"], "kk"),
    ("В селе построена защитная дамба длиной 6,3 км.", [f"6.3 exact * * {NOW} *"], "ru"),
    ("A 6.3 km long protective dam was built in the village.", [f"6.3 exact * * {NOW} *"], "en"),
    # negatives
    ("Построены три дамбы длиной 2 км каждая.", [f"3 exact * * {NOW} *"], "ru"),
    ("Бөгеттің ұзындығы 3 км.", [], "kk"),
    ("The dam is 3 km long and 10 m high.", [], "en"),
    ("Volunteers planted 500 trees over 6 meters high.", [f"500 exact trees * {NOW} *"], "en"),
    ("Ауылда биіктігі 2 метр 300 көшет отырғызылды.", [f"300 exact * * {NOW} *"], "kk"),
]


@pytest.mark.parametrize(("text", "want", "lang"), [c for cases in ROUND_1_23_KK.values() for c in cases])
def test_round_1_23_kk(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)


# An undated text that sets a year's figure against a figure of "now" in one sentence ("2019 жылы 50 мың болса,
# қазір 200 мыңнан асты") was written after that year: the implied year of writing is one later, so "now" does not
# take the compared year. Negatives: a year without "now" after it, a "now" in another sentence, "now" before the year.
IMPLIED_YEAR_AFTER_NOW = [
    ("Еріктілер саны артты. 2019 жылы 50 мың болса, қазір 200 мыңнан асты.", 2020),
    ("Если в 2019 году было 50 тысяч волонтеров, то сейчас более 200 тысяч.", 2020),
    ("The number of volunteers grew from 50,000 in 2019 to over 200,000 today.", 2020),
    # negatives
    ("В 2019 году было 50 тысяч волонтеров.", 2019),
    ("In 2019, 50,000 volunteers took part. Today the campaign starts.", 2019),
    ("Сегодня, как и в 2019 году, волонтеров 50 тысяч.", 2019),
]


@pytest.mark.parametrize(("text", "year"), IMPLIED_YEAR_AFTER_NOW)
def test_implied_year_after_now(text: str, year: int) -> None:
    from loaders.extract.dating import implied_year
    from loaders.text import content_lines, sentences

    lines, _ = content_lines(text)
    assert implied_year(sentences(lines)) == year

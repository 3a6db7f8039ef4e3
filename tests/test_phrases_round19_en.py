"""Round 19, English (with the Russian and Kazakh counterparts of each class): classes of the nineteenth real set's
misses and false figures on English pages, each fixed by a rule of the language and checked with variants and
negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15); the implied-year table checks dating.implied_year on a text without a date.
"""

from __future__ import annotations

import pytest
from test_context_periods import _sents
from test_extract_phrases import NOW, _check_read

from loaders.extract.dating import implied_year

ROUND_1_19_EN: dict[str, list[tuple[str, list[str], str]]] = {}

# A headline over a body that states its figure twice, once qualified and once not ("Kostanay region to plant
# 500,000 trees" over "plans to plant some 500,000 trees by 2025 … for 2021-2025 it is supposed to plant 500,000
# trees"): the headline is the body's unqualified statement again and takes its period, so it is one figure with it
# (article.headline_periods picks the body figure with the headline's qualifier). Negatives: a headline over a body
# that states the value only with a qualifier ("Almaty plants 30,000 trees" over "More than 30,000 trees") stays a
# figure of its own, as the development gold keeps it.
HEADLINE_OF_THE_EXACT_STATEMENT = [
    ("Kostanay region to plant 500,000 trees\n\nThe region plans to plant some 500,000 trees by 2025, the head "
     "said. Under the program for 2021-2025 it is supposed to plant 500,000 trees.",
     ["500000 approx trees * 2025-01-01..2025-12-31 Kostanay region",
      "500000 exact trees * 2021-01-01..2025-12-31 Kostanay region"], "en"),
    ("Костанайская область высадит 500 тысяч деревьев\n\nОбласть планирует высадить около 500 тысяч деревьев к "
     "2025 году. По программе на 2021-2025 годы предстоит высадить 500 тысяч деревьев.",
     ["500000 approx trees * 2025-01-01..2025-12-31 Kostanay region",
      "500000 exact trees * 2021-01-01..2025-12-31 Kostanay region"], "ru"),
    # negative: the body states the value only with a qualifier
    ("Almaty plants 30,000 trees in a month\n\nMore than 30,000 trees have been planted in Almaty since March.",
     [f"30000 exact trees * {NOW} *", f"30000 at_least trees * {NOW} *"], "en"),
]
ROUND_1_19_EN["HEADLINE_OF_THE_EXACT_STATEMENT"] = HEADLINE_OF_THE_EXACT_STATEMENT

# Approximate qualifiers stacked in speech ("about close to 8000 young people", "около почти 500 человек", "примерно
# около", "шамамен 500-ге жуық"): the first, outer word says how the number is bounded (qualifiers._outer_qualifier).
# Negatives: a single "close to" stays almost, "Nearly about" takes its outer "nearly", and a bound before "about"
# ("more than about") is no stack of approximate words.
STACKED_QUALIFIERS = [
    ("So there’s about close to 8000 young people benefiting from this project.", [f"8000 approx persons * {NOW} *"],
     "en"),
    ("Around nearly 300 volunteers took part.", [f"300 approx persons * {NOW} *"], "en"),
    ("В акции приняли участие около почти 500 человек.", [f"500 approx persons * {NOW} *"], "ru"),
    ("В акции приняли участие примерно около 500 человек.", [f"500 approx persons * {NOW} *"], "ru"),
    ("Акцияға шамамен 500-ге жуық адам қатысты.", [f"500 approx persons * {NOW} *"], "kk"),
    # negatives
    ("Close to 300 volunteers took part.", [f"300 almost persons * {NOW} *"], "en"),
    ("Nearly about 300 volunteers took part.", [f"300 almost persons * {NOW} *"], "en"),
    ("More than about 300 volunteers took part.", [f"300 approx persons * {NOW} *"], "en"),
]
ROUND_1_19_EN["STACKED_QUALIFIERS"] = STACKED_QUALIFIERS

# "as many as N" of a count that happened ("As many as 80 volunteers … planted 5,100 saxaul seedlings", "as many as
# 300 people took part") stresses a large stated count: exact. Of a count still expected (a modal, "expected to",
# "plans to": "is expected to cover as many as 8,500 children", en_z04's gold) it is the top, like "up to".
# Negatives: "up to N" stays at most whatever the tense; "twice as many as 500" is a comparison.
AS_MANY_AS = [
    ("As many as 80 volunteers planted 5,100 saxaul seedlings.",
     [f"80 exact persons * {NOW} *", f"5100 exact trees * {NOW} *"], "en"),
    ("As many as 300 people took part in the clean-up.", [f"300 exact persons * {NOW} *"], "en"),
    ("Volunteers collected as much as 12 tonnes of waste.", [f"12 exact tonnes * {NOW} *"], "en"),
    # expected counts: at most
    ("The initiative is expected to cover as many as 8,500 children.", [f"8500 at_most persons * {NOW} *"], "en"),
    ("The campaign will involve as many as 2,000 volunteers.", [f"2000 at_most persons * {NOW} *"], "en"),
    ("The fund plans to support as many as 500 families.", [f"500 at_most families * {NOW} *"], "en"),
    # negatives
    ("Up to 80 volunteers planted trees.", [f"80 at_most persons * {NOW} *"], "en"),
    ("Twice as many as 500 volunteers joined.", [f"2 exact ratio * {NOW} *", f"500 exact persons * {NOW} *"], "en"),
]
ROUND_1_19_EN["AS_MANY_AS"] = AS_MANY_AS


@pytest.mark.parametrize("text,want,lang", [row for table in ROUND_1_19_EN.values() for row in table])
def test_round19_en(text, want, lang):
    _check_read(text, want, lang)


# The year of an undated text that counts from the start of a named year ("Since the beginning of 2020, the branch
# carried out 56 charity events", "С начала 2020 года", "2020 жылдың басынан бері"): a year-to-date total, told during
# that year, even where the text also says "last year" of something else (which otherwise moves the text one year
# past its latest stated year). Negatives: "In 2020" or "Since 2020" with "last year" still give the next year, and a
# year-to-date count of an earlier year than the latest does not hold the text back.
YEAR_TO_DATE_IMPLIED_YEAR = [
    ("Last year, the center was opened. Since the beginning of 2020, the branch carried out 56 charity events.", 2020),
    ("Last year, the center was opened. Since the start of 2020 the branch held 56 events.", 2020),
    ("В прошлом году открылся центр. С начала 2020 года филиал провел 56 акций.", 2020),
    ("Былтыр орталық ашылды. 2020 жылдың басынан бері филиал 56 акция өткізді.", 2020),
    # negatives
    ("Last year, the center was opened. In 2020, the branch carried out 56 charity events.", 2021),
    ("Last year the center opened. Since 2020, the branch carried out 56 events.", 2021),
    ("Last year, the center was opened. Since the beginning of 2019 the branch held 56 events. In 2020 it held 30 "
     "events.", 2021),
]


@pytest.mark.parametrize("text,year", YEAR_TO_DATE_IMPLIED_YEAR)
def test_year_to_date_implied_year_round19_en(text, year):
    assert implied_year(_sents(text)) == year

"""Round 15, Russian (with the English and Kazakh forms of each class where it exists): classes behind the misses
and false figures of the fifteenth set's Russian pages, each fixed by a rule of the language and checked with
variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15). URL dates (table URL_COMPACT_DATES) are read by `url_date` and, for an undated
page, through the whole extractor with the page's URL.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check_read, matches

from loaders.text import url_date

ROUND_1_15_RU: dict[str, list[tuple[str, list[str], str]]] = {}


def _read_undated(text: str, url: str, lang: str) -> list[str]:
    """Figures of a page without a publication date, read with its URL (as sources.csv gives it)."""
    from loaders.build import process_article

    out = []
    for f in process_article("a.txt", text, "0" * 64, {"url": url, "lang": lang})["figures"]:
        if f["duplicate_of"] is None:
            out.append(f"{f['value']:g} {f['qualifier']} {f['unit']} {f['metric']} {f['period_start']}.."
                       f"{f['period_end']} {f['area']}")
    return out


# A compact date YYYYMMDD inside a URL's slug is the publication date (htmldate's URL rule, also between words of a
# slug): "/19093-20241007-210919", "news_20241007", "/20241007/", "…/20241007.html". It must be set off by - _ / on
# both sides and fall in 2000–2030 with a valid month and day. Negatives: eight digits inside a longer id
# ("/1920241007", "-120241007"), a phone-like number, an invalid month, a 19xx "date" in a slug (an id as often).
URL_COMPACT_DATES = [
    ("https://bestnews.kz/kazakhstan/19093-20241007-210919", (dt.date(2024, 10, 7), "day")),
    ("https://site.kz/ru/news_20230512", (dt.date(2023, 5, 12), "day")),
    ("https://site.kz/20201229/volontery", (dt.date(2020, 12, 29), "day")),
    ("https://site.kz/news/20241007.html", (dt.date(2024, 10, 7), "day")),
    ("https://site.kz/kk/zhanalyktar/20220301-eriktiler", (dt.date(2022, 3, 1), "day")),
    # negatives
    ("https://site.kz/news/1920241007", None),
    ("https://site.kz/news/a-120241007", None),
    ("https://site.kz/news/call-87012345678-now", None),
    ("https://site.kz/news/a-20241307-b", None),
    ("https://site.kz/news/id-19991007-x", None),
]


@pytest.mark.parametrize("url,want", URL_COMPACT_DATES)
def test_url_compact_date(url, want):
    assert url_date(url) == want


URL_COMPACT_PAGES = [
    ("Акцию поддержали около ста человек. Здесь появилось 20 саженцев.",
     "https://bestnews.kz/kazakhstan/19093-20241007-210919",
     ["100 approx * * 2024-10-07..2024-10-07 *", "20 exact trees * 2024-10-07..2024-10-07 *"], "ru"),
    ("Volunteers planted 20 trees in the park.", "https://site.kz/en/news_20230512",
     ["20 exact trees * 2023-05-12..2023-05-12 *"], "en"),
    # negative: an id is no date
    ("Волонтеры высадили 500 деревьев в парке.", "https://site.kz/ru/news/1920241007",
     ["500 exact trees * None..None *"], "ru"),
]


@pytest.mark.parametrize("text,url,want,lang", URL_COMPACT_PAGES)
def test_url_compact_pages(text, url, want, lang):
    got = _read_undated(text, url, lang)
    assert len(got) == len(want), f"{text}\n got {got}\nwant {want}"
    for g, w in zip(got, want, strict=True):
        assert matches(g, w), f"{text}\n got {g}\nwant {w}"


# An exchange-rate ticker written with currency signs in the page chrome ("$494.87 €520.65 ₽4.91", "$ 494,87 € 520,65",
# "Курс валют: $ 494,87 € 520,65"): two or more rates with decimals after their signs and at most a label — page
# chrome, not figures (codes "USD 494.87 EUR 520.65" were chrome already). Negatives: amounts in signs inside a
# sentence ("собрали $494.87 и €520.65", "$5 million"), and a single sign amount alone on a line.
RATE_TICKER_SIGNS = [
    ("$494.87 €520.65 ₽4.91\n\nВолонтеры собрали 300 кг помощи.", [f"300 exact kg * {NOW} *"], "ru"),
    ("$ 494,87 € 520,65\n\nВолонтеры собрали 300 кг помощи.", [f"300 exact kg * {NOW} *"], "ru"),
    ("Курс валют: $ 494,87 € 520,65 ₽ 4,91\n\nВолонтеры собрали 300 кг помощи.", [f"300 exact kg * {NOW} *"], "ru"),
    ("Валюта бағамы: $ 494,87 € 520,65\n\nЕріктілер 300 келі көмек жинады.", [f"300 exact kg * {NOW} *"], "kk"),
    ("$494.87 €520.65\n\nVolunteers collected 300 kg of aid.", [f"300 exact kg * {NOW} *"], "en"),
    # negatives: amounts in a sentence
    ("Волонтеры собрали $494.87 и €520.65 для приюта.", [f"494.87 exact USD * {NOW} *", f"520.65 exact EUR * {NOW} *"],
     "ru"),
    ("The foundation raised $5 million and €2 million for flood victims.",
     [f"5e+06 exact USD * {NOW} *", f"2e+06 exact EUR * {NOW} *"], "en"),
    ("Жители собрали $494 для приюта.", [f"494 exact USD * {NOW} *"], "ru"),
]
ROUND_1_15_RU["RATE_TICKER_SIGNS"] = RATE_TICKER_SIGNS


# A share told as N of every M people of a population ("Три из пяти казахстанцев", "двое из трёх опрошенных",
# "three in five Kazakhstanis", "two out of three respondents", "3 из 5 жителей") is a share in words: a percent
# figure, approx (60, 66.67), not two counts (Kazakh "бестен үші" was one already). Negatives: N of M things or of a
# set told ("три из пяти районов", "двое из пяти волонтёров получили травмы"), M beyond 10 ("5 из 17 жителей").
N_OF_M_SHARE = [
    ("Три из пяти казахстанцев не готовы быть волонтёрами.", [f"60 approx percent * {NOW} *"], "ru"),
    ("Двое из трёх опрошенных доверяют волонтёрам.", [f"66.67 approx percent * {NOW} *"], "ru"),
    ("Около двух из трех респондентов доверяют фондам.", [f"66.67 approx percent * {NOW} *"], "ru"),
    ("3 из 5 жителей города хотя бы раз сдавали кровь.", [f"60 approx percent * {NOW} *"], "ru"),
    ("Three in five Kazakhstanis are not ready to volunteer.", [f"60 approx percent * {NOW} *"], "en"),
    ("Two out of three respondents trust volunteers.", [f"66.67 approx percent * {NOW} *"], "en"),
    ("Бестен үші қазақстандық ерікті болуға дайын емес.", [f"60 approx percent * {NOW} *"], "kk"),
    # negatives: counts of things or of a set told
    ("Три из пяти районов получили помощь.", [f"3 exact * * {NOW} *", f"5 exact * * {NOW} *"], "ru"),
    ("Двое из пяти волонтеров получили травмы.", [f"2 exact * * {NOW} *", f"5 exact * * {NOW} *"], "ru"),
    ("5 из 17 жителей эвакуированы.", [f"5 exact * * {NOW} *", f"17 exact * * {NOW} *"], "ru"),
]
ROUND_1_15_RU["N_OF_M_SHARE"] = N_OF_M_SHARE

# A share in words beside a percentage in digits of about its size, told at once, restates it ("Каждый четвёртый
# опрошенный (24,5%)", "почти 25% казахстанцев, то есть условно каждый 4-й", "one in three respondents (33.6%)",
# "половина опрошенных (50,2%)"): only the digits are a figure. Negatives: a share in words alone stays a figure
# (scoring.md), and so does one beside a different percentage or one told far from it.
RESTATED_WORD_SHARE = [
    ("Каждый четвёртый опрошенный (24,5%) не доверяет волонтёрским организациям.",
     [f"24.5 exact percent * {NOW} *"], "ru"),
    ("Не доверяют благотворительным организациям почти 25% казахстанцев, то есть условно каждый 4-й.",
     [f"25 almost percent * {NOW} *"], "ru"),
    ("One in three respondents (33.6%) trust charities.", [f"33.6 exact percent * {NOW} *"], "en"),
    ("Половина опрошенных (50,2%) доверяют фондам.", [f"50.2 exact percent * {NOW} *"], "ru"),
    ("Сауалнамаға қатысқандардың әрбір төртіншісі (24,5%) қорларға сенбейді.", [f"24.5 exact percent * {NOW} *"],
     "kk"),
    # negatives
    ("Каждый пятый опрошенный доверяет фондам.", [f"20 approx percent * {NOW} *"], "ru"),
    ("Каждый пятый опрошенный доверяет фондам, а 45% не доверяют.",
     [f"20 approx percent * {NOW} *", f"45 exact percent * {NOW} *"], "ru"),
    ("Треть опрошенных доверяют благотворительным фондам и охотно жертвуют им деньги на лечение детей, тогда как "
     "30% не доверяют никому.", [f"33.33 approx percent * {NOW} *", f"30 exact percent * {NOW} *"], "ru"),
]
ROUND_1_15_RU["RESTATED_WORD_SHARE"] = RESTATED_WORD_SHARE


# People pointed back to ("таких людей в стране … 62 тыс. человек", "such people") are the people the sentence
# before described ("казахстанцев, занятых волонтёрской деятельностью", "engaged in volunteering"): the count takes
# that sentence's words for its metric (volunteers_total). Negatives: the sentence before describes other people
# (flood victims), and a count of people helped with no pointer stays people helped.
SUCH_PEOPLE_BACK = [
    ("Численность казахстанцев, занятых волонтёрской деятельностью, сократилась на 46%. По данным Бюро "
     "национальной статистики, таких людей в стране насчитывалось более 62 тыс. человек.",
     [f"46 exact percent * {NOW} *", f"62000 at_least persons volunteers_total {NOW} *"], "ru"),
    ("Многие казахстанцы занимаются волонтёрской деятельностью. По данным статистики, в стране таких людей более "
     "62 тыс.", [f"62000 at_least persons volunteers_total {NOW} *"], "ru"),
    ("Kazakhstanis engaged in volunteering are fewer than a year ago. According to the statistics bureau, there "
     "were over 62,000 such people in the country.", [f"62000 at_least persons volunteers_total {NOW} *"], "en"),
    # negatives
    ("Многие казахстанцы страдают от наводнений. По данным МЧС, таких людей в стране более 62 тыс. человек.",
     [f"62000 at_least persons None {NOW} *"], "ru"),
    ("Волонтеры помогли пожилым людям. Всего помощь получили 300 человек.",
     [f"300 exact persons people_helped {NOW} *"], "ru"),
]
ROUND_1_15_RU["SUCH_PEOPLE_BACK"] = SUCH_PEOPLE_BACK


# A number before a word for people cut off by the copy, in a sentence of taking part ("в последнем из которых
# участвовало более 130 че", "приняли участие около 500 лю", "about 130 pe… took part"): the count of people taking
# part stays (round 14 drops a number before a cut fragment because what it counts is unknown; a verb of taking part
# and the start of "человек/людей/people" tell it). Negatives: no verb of taking part ("Еще 40 че"), a fragment of
# another word ("Three of her five ch").
CUT_PEOPLE_TAKING_PART = [
    ("Проведено 2 сезона «Чистых игр», в последнем из которых участвовало более 130 че",
     [f"2 exact * * {NOW} *", f"130 at_least * * {NOW} *"], "ru"),
    ("В субботнике на набережной приняли участие около 500 лю", [f"500 approx * * {NOW} *"], "ru"),
    ("More than 300 volunteers took part, and in the final about 130 pe",
     [f"300 at_least persons * {NOW} *", f"130 approx * * {NOW} *"], "en"),
    # negatives
    ("Волонтеры собрали 300 мешков мусора по всему городу и передали их коммунальщикам. Еще 40 че",
     [f"300 exact * * {NOW} *"], "ru"),
    ("The family was evacuated on April 7 and lived at the Tengiz field. Three of her five ch", [], "en"),
]
ROUND_1_15_RU["CUT_PEOPLE_TAKING_PART"] = CUT_PEOPLE_TAKING_PART


# Days of the month after "день/дни/числа" with the month left out ("несмотря на выходной день 8,9 они работали"):
# "8,9" is two days in order, no decimal, and no figure. Negatives: an amount per day with its noun ("В день 8,9
# тонн помощи", "За один день 8,9 тонны"), a decimal whose second part is not a later day ("8,5").
DAYS_AFTER_DAY_WORD = [
    ("Центр крови несмотря на выходной день 8,9 они работали, собирали кровь для Алматы.", [], "ru"),
    ("Даже в праздничные дни 8,9 волонтёры дежурили у штаба.", [], "ru"),
    # negatives
    ("В день 8,9 тонн помощи отправляли в Алматы.", [f"8.9 exact tonnes * {NOW} *"], "ru"),
    ("За один день 8,9 тонны гуманитарной помощи собрали волонтеры.", [f"8.9 exact tonnes * {NOW} *"], "ru"),
]
ROUND_1_15_RU["DAYS_AFTER_DAY_WORD"] = DAYS_AFTER_DAY_WORD


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_15_RU.values() for row in table])
def test_round15_ru(text, expected, lang):
    _check_read(text, expected, lang)

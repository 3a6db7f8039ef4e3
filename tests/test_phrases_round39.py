"""Round 39 (set 39): classes behind the misses and false figures of the set-39 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read, read

from loaders.translit import transliterate_paragraphs

ROUND_39: dict[str, list[tuple[str, list[str], str]]] = {}

# Kazakh "and a half" after the scale ("мың жарымға жуық мал", "миллион жарым теңге") as before it ("екі жарым
# мың"); "жуық" as a verb ("25 млрд теңгеге жуықтайтын") and "жуығы" without the dative ("Оның 5600 жуығы бала")
# are about.
HALF_AND_ABOUT_KK = [
    ("Құрғақшылық салдарынан мың жарымға жуық мал қырылды.", [f"1500 approx animals * {NOW} *"], "kk"),
    ("Қорға миллион жарым теңге түсті.", [f"1.5e+06 exact KZT * {NOW} *"], "kk"),
    ("Мың жарым адам қатысты.", [f"1500 exact persons * {NOW} *"], "kk"),
    ("Дәрілердің жалпы құны 25 млрд теңгеге жуықтайтын болды.", [f"2.5e+10 approx KZT * {NOW} *"], "kk"),
    ("Еріктілер саны 300 мыңға жуықтады.", [f"300000 approx persons * {NOW} *"], "kk"),
    ("Оның 5600 жуығы бала.", [f"5600 approx persons * {NOW} *"], "kk"),
    # negatives
    ("Екі жарым мың адам қатысты.", [f"2500 exact persons * {NOW} *"], "kk"),
    ("Мың отбасыға көмек берілді.", [f"1000 exact families * {NOW} *"], "kk"),
]
ROUND_39["HALF_AND_ABOUT_KK"] = HALF_AND_ABOUT_KK

# The two ends of a range are one quantity at one time: "ежегодно … от 500 до 600 человек" are both yearly.
RANGE_ENDS_SHARE_A_PERIOD = [
    ("По разным данным ежегодно в Казахстане пропадают от 500 до 600 человек.",
     ["500 at_least persons * 2024-01-01..2024-12-31 *", "600 at_most persons * 2024-01-01..2024-12-31 *"], "ru"),
    ("Every year from 500 to 600 people go missing.",
     ["500 at_least persons * 2024-01-01..2024-12-31 *", "600 at_most persons * 2024-01-01..2024-12-31 *"], "en"),
    # negative: a stated year for both
    ("В 2023 году от 500 до 600 человек пропали.",
     ["500 at_least persons * 2023-01-01..2023-12-31 *", "600 at_most persons * 2023-01-01..2023-12-31 *"], "ru"),
]
ROUND_39["RANGE_ENDS_SHARE_A_PERIOD"] = RANGE_ENDS_SHARE_A_PERIOD


@pytest.mark.parametrize(("text", "expected", "lang"), [case for table in ROUND_39.values() for case in table])
def test_round39(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# Cyrillic look-alikes typed inside Latin-Kazakh words ("Маńǵystаý jаstаr", "кіtаp") are read as the Latin letters
# they stand for, and a dotted i after a back vowel is й ("aidyń" айдың, "aiasynda" аясында); the original characters
# stay in the text the quotes come from.
def test_latin_kazakh_with_cyrillic_lookalikes() -> None:
    text = ("Маńǵystаý jаstаr rеsýrstyq оrtаlyǵy «Igі іstеr кúnі» аiasyndа кіtаphаnаǵа 500-gе jýyq кіtаp tаrtý еttі.\n"
            "Bul – bаr-jоǵy 2 аidyń кólеmіndе jinаlǵаn кіtаp sаny.")
    converted, omap = transliterate_paragraphs(text)
    assert omap is not None
    assert converted.startswith("Маңғыстау жастар ресурстық орталығы")
    assert "аясында" in converted and "2 айдың" in converted
    got = read(text, "kk")
    assert [g.split()[:2] for g in got] == [["500", "approx"]], got  # "2 айдың" is a duration


def test_russian_words_are_left_as_they_are() -> None:
    text = "Волонтеры помогли 40 семьям. Сall-центр работает круглосуточно."
    assert transliterate_paragraphs(text) == (text, None)


# A festival named with its year dates an undated page ("Mangystau Nauryz Fest - 2021" аясында).
def test_a_fest_named_with_its_year_dates_an_undated_page() -> None:
    text = ("«Nauryz Fest - 2021» жастар фестивалі аясында кітапханаға 500-ге жуық кітап тарту етілді.\n"
            "Кітаптар түзеу мекемесіне жеткізілді.")
    assert [g.split()[4] for g in read(text, "kk", published=None)] == ["2021-01-01..2021-12-31"]


# A text that counts years back from a year it names ("История … началась шесть лет назад. В конце ноября 2019 года
# …", "Six years ago, in 2019, …") is of about that many years later (the inclusive count, the earlier year: 2024),
# also when a later explicit day it states would otherwise date it; fewer than two years or two years named give
# nothing.
@pytest.mark.parametrize(("text", "lang", "period"), [
    ("По разным данным ежегодно в Казахстане пропадают 500 человек.\nИстория началась шесть лет назад. В конце "
     "ноября 2019 года мужчина ушел из дома. Дело завели 2 октября 2020 года.", "ru", "2023-01-01..2024-12-31"),
    ("Every year 500 people go missing.\nSix years ago, in 2019, a man left home.", "en", "2023-01-01..2024-12-31"),
    ("Жыл сайын 500 адам жоғалады.\nБұл оқиға бес жыл бұрын болды. 2019 жылы ер адам үйден кетті.", "kk",
     "2022-01-01..2023-12-31"),
    # negatives: no count back; a count of one year (read by "a year ago" rules, not this one)
    ("Every year 500 people go missing.\nA man left home in 2019.", "en", "2018-01-01..2019-12-31"),
])
def test_years_counted_back_date_the_text(text: str, lang: str, period: str) -> None:
    assert [g.split()[4] for g in read(text, lang, published=None)] == [period]

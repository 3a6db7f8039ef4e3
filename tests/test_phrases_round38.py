"""Round 38 (set 38): classes behind the misses and false figures of the set-38 pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read, read

ROUND_38: dict[str, list[tuple[str, list[str], str]]] = {}

# A weight in tonnes and kilograms joined by "of"/"and" ("1 tonne of 235 kg of waste paper", "2 tonnes and 500 kg")
# is one weight, as "1 тонна 235 кг" is.
TONNES_AND_KILOGRAMS = [
    ("1 tonne of 235 kg of waste paper went for recycling.", [f"1.235 exact tonnes * {NOW} *"], "en"),
    ("They collected 2 tonnes and 500 kg of waste.", [f"2.5 exact tonnes * {NOW} *"], "en"),
    ("Собрано 1 тонна 235 кг макулатуры.", [f"1.235 exact tonnes * {NOW} *"], "ru"),
    # negative: the second number counts something else
    ("They collected 2 tonnes and 500 bags of waste.", [f"2 exact tonnes * {NOW} *", f"500 exact * * {NOW} *"],
     "en"),
]
ROUND_38["TONNES_AND_KILOGRAMS"] = TONNES_AND_KILOGRAMS

# "a $25 million-dollar annual budget": the hyphenated scale is the scale.
MILLION_DOLLAR_EN = [
    ("The fund has a $25 million-dollar annual budget.", ["2.5e+07 exact USD * * *"], "en"),
    ("The company set up a $2 billion-dollar fund.", [f"2e+09 exact USD * {NOW} *"], "en"),
]
ROUND_38["MILLION_DOLLAR_EN"] = MILLION_DOLLAR_EN

# A comparison denied a few words before it turns round: "донор не должен весить меньше 50 килограммов", "must not
# weigh less than 50 kg" (at least); "should not be more than 30 days" (at most).
DENIED_COMPARISON = [
    ("Донор не должен весить меньше 50 килограммов.", [f"50 at_least kg * {NOW} *"], "ru"),
    ("A donor must not weigh less than 50 kg.", [f"50 at_least kg * {NOW} *"], "en"),
    ("The fund should not spend more than 300 million tenge.", [f"3e+08 at_most KZT * {NOW} *"], "en"),
    ("Расходы не могут быть больше 300 млн тенге.", [f"3e+08 at_most KZT * {NOW} *"], "ru"),
    # negatives: a phrase with its own "не", a comparison not denied
    ("Собрали не менее 50 тонн.", [f"50 at_least tonnes * {NOW} *"], "ru"),
    ("Пришло больше 200 человек.", [f"200 at_least persons * {NOW} *"], "ru"),
    ("Less than 40 volunteers came.", [f"40 at_most persons * {NOW} *"], "en"),
]
ROUND_38["DENIED_COMPARISON"] = DENIED_COMPARISON


# Sister wordings of the bounds already read ("close to" → "close upon (to)", "just under" → "just shy of", "upwards
# of" → "upward of", "чуть менее" → "чуть более", "более чем" → "больше чем"): a closed round of variants, so a new
# page's wording reads as its sister's does.
BOUND_VARIANTS = [
    ("Close upon to 1,500 students took part.", [f"1500 almost persons * {NOW} *"], "en"),
    ("Not quite 300 volunteers came.", [f"300 almost persons * {NOW} *"], "en"),
    ("Just shy of 300 volunteers came.", [f"300 almost persons * {NOW} *"], "en"),
    ("Upward of 300 volunteers came.", [f"300 at_least persons * {NOW} *"], "en"),
    ("Donations exceeding 300 million tenge were made.", [f"3e+08 at_least KZT * {NOW} *"], "en"),
    ("Пришло чуть более 300 волонтеров.", [f"300 at_least persons * {NOW} *"], "ru"),
    ("Пришло немногим меньше 300 волонтеров.", [f"300 almost persons * {NOW} *"], "ru"),
    ("Собрали где-то около 300 тысяч тенге.", [f"300000 approx KZT * {NOW} *"], "ru"),
    ("Пришло менее чем 300 человек.", [f"300 at_most persons * {NOW} *"], "ru"),
    # negatives: "some of the", a bound word away from the number
    ("Some of the 300 volunteers came early.", [f"300 exact persons * {NOW} *"], "en"),
    ("Часть из 300 волонтеров пришла рано.", [f"300 exact persons * {NOW} *"], "ru"),
]
ROUND_38["BOUND_VARIANTS"] = BOUND_VARIANTS


# Periods in sister wordings: a part of a year named by its time ("in early 2024", "in mid-2023", "throughout
# 2023") is that year; a span up to now in English is a total over the span when the clause tells deeds ("In the
# last two years, 300 volunteers helped"), a level as of now when it tells a state ("the number … has grown to");
# Kazakh "бір жылдың ішінде" is "бір жыл ішінде".
PERIOD_VARIANTS = [
    ("Throughout 2023, 300 volunteers helped.", ["300 exact persons * 2023-01-01..2023-12-31 *"], "en"),
    ("In mid-2023, 300 volunteers helped.", ["300 exact persons * 2023-01-01..2023-12-31 *"], "en"),
    ("In early 2024, 300 volunteers helped.", ["300 exact persons * 2024-01-01..2024-12-31 *"], "en"),
    ("By late 2024 the fund had helped 300 families.", ["300 exact families * 2024-01-01..2024-12-31 *"], "en"),
    ("In the last two years, 300 volunteers helped.", ["300 exact persons * 2023-06-15..2025-06-15 *"], "en"),
    ("Over the past two years, the fund has helped 300 families.",
     ["300 exact families * 2023-06-15..2025-06-15 *"], "en"),
    ("Бір жылдың ішінде 18 донорлық процесс жүргізілді.", ["18 exact * * 2024-06-15..2025-06-15 *"], "kk"),
    # negatives: a level reached by now, a state
    ("Over the past five years the number of volunteers has grown to 300,000.",
     [f"300000 exact persons * {NOW} *"], "en"),
    ("Over the past five years, there are 300 NGOs working in the region.", [f"300 exact * * {NOW} *"], "en"),
    ("Over the last two years, the network that unites 40 NGOs was formed.", [f"40 exact * * {NOW} *"], "en"),
]
ROUND_38["PERIOD_VARIANTS"] = PERIOD_VARIANTS


@pytest.mark.parametrize(("text", "expected", "lang"), [case for table in ROUND_38.values() for case in table])
def test_round38(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# A tally after its lead-in, each line a place, a dash and its figures with no stop ("Results by district:" / "-
# Abai district — 445 people, 16 units of equipment, 28 tons"; also without the leading dash): items of a list, not a
# menu of short lines.
@pytest.mark.parametrize("dash", ["- ", ""])
def test_a_tally_by_district_is_read(dash: str) -> None:
    text = ("Mass cleanup in Shymkent removes 172 tons of waste\n"
            "A large-scale cleanup event as part of the Taza Qazaqstan campaign took place in Shymkent, the city's "
            "department reported.\nResults by district:\n"
            f"{dash}Abai district — 445 people, 16 units of equipment, 28 tons\n"
            f"{dash}Al-Farabi district — 499 people, 30 units of equipment, 41.7 tons\n"
            f"{dash}Enbekshi district — 1,532 people, 33 units of equipment, 15.7 tons\n"
            "Participants cleaned streets and courtyards, trimmed dry branches and mowed grass.")
    values = [g.split()[0] for g in read(text, "en")]
    assert values == ["172", "445", "16", "28", "499", "30", "41.7", "1532", "33", "15.7"], values


def test_a_menu_of_short_lines_is_still_no_tally() -> None:
    text = ("Новости\nПолитика\nЭкономика\nСпорт\n\nВолонтеры фонда помогли 40 семьям в Актобе, сообщает "
            "пресс-служба акимата области.")
    assert [g.split()[0] for g in read(text, "ru")] == ["40"]

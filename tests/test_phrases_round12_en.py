"""Round 12, English (with the Russian and Kazakh forms where the class exists): classes behind the misses and false
figures of the twelfth set's English pages, each fixed by a rule of the language and checked with variants and
negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_12_EN: dict[str, list[tuple[str, list[str], str]]] = {}

LAST_12_MONTHS = "2024-06-15..2025-06-15"

# An English age told by its verb or a comparison rather than "aged / years old": "a war veteran, turning 95 in
# July", "she turned 100 last week", "having reached the age of 18 …, but not older than 80", "younger than 16".
# Negatives: a noun counted after "turned" ("turned 500 bags into …"), people counted before "older than".
EN_AGE_PHRASES = [
    ("He is a war veteran, turning 95 in July.", [], "en"),
    ("Our oldest donor turned 100 last week.", [], "en"),
    ("The veteran turns 90 this year, and volunteers visit him every week.", [], "en"),
    ("Participation is open for anyone willing to, having reached the age of 18 by the date of the forum, but not "
     "older than 80.", [], "en"),
    ("Children younger than 16 may not donate blood.", [], "en"),
    # negatives
    ("Volunteers turned 500 plastic bottles into benches.", [f"500 exact * * {NOW} *"], "en"),
    ("Over 200 people older than 60 received food baskets.", [f"200 at_least persons * {NOW} *"], "en"),
    ("Volunteers visited 35 veterans older than 90.", [f"35 exact persons * {NOW} *"], "en"),
]
ROUND_1_12_EN["EN_AGE_PHRASES"] = EN_AGE_PHRASES


# A number before an English possessive counts the possessor: "saving 29 children's lives" counts children,
# "repaired 5 families' homes" counts families (not "items" of lives or homes). Negatives: a possessive of a name
# or a thing no noun of the lexicon names keeps the number bare.
EN_POSSESSIVE_COUNT = [
    ("The foundation saved 29 children's lives.", [f"29 exact persons * {NOW} *"], "en"),
    ("The fund paid for 12 children’s surgeries.", [f"12 exact persons * {NOW} *"], "en"),
    ("Volunteers repaired 5 families' homes after the flood.", [f"5 exact families * {NOW} *"], "en"),
    ("Volunteers delivered 300 donors' blood bags to the clinic.", [f"300 exact persons * {NOW} *"], "en"),
    # negatives
    ("Volunteers cleaned 3 Almaty's parks.", [f"3 exact items * {NOW} *"], "en"),
]
ROUND_1_12_EN["EN_POSSESSIVE_COUNT"] = EN_POSSESSIVE_COUNT


# A bare "N of them" / "N из них" with the value of a count told in another sentence is that count again (all of
# them): "saving 29 children's lives … «29 of them have already undergone serious surgeries»" is one figure.
# The part told before the number ("из них 100", "Оның 100-і") was merged before. Negatives: a smaller part
# ("12 of them") is a figure of its own.
PARTITIVE_AFTER_THE_NUMBER = [
    ("The foundation saved 29 children's lives.\n\n\"29 of them have already undergone serious surgeries!\" she "
     "said.", [f"29 exact persons * {NOW} *"], "en"),
    ("The fund helped 40 families. Volunteers visited 40 of them at home.", [f"40 exact families * {NOW} *"], "en"),
    ("Фонд спас 29 детей. 29 из них уже перенесли операции.", [f"29 exact persons * {NOW} *"], "ru"),
    # negatives
    ("The foundation saved 29 children. 12 of them have already undergone surgeries.",
     [f"29 exact persons * {NOW} *", f"12 exact items * {NOW} *"], "en"),
    ("Фонд спас 29 детей. 12 из них уже перенесли операции.",
     [f"29 exact persons * {NOW} *", f"12 exact * * {NOW} *"], "ru"),
]
ROUND_1_12_EN["PARTITIVE_AFTER_THE_NUMBER"] = PARTITIVE_AFTER_THE_NUMBER


# "within a year", "in just two years", "within six months": the span that ended at publication (as "бір жыл
# ішінде", "over the past year"), not the rate "a year" ("500 trees a year"); and a preposition after the number
# ("exceeded 100,000 within a year") is no counted noun, so "the number of volunteers" gives the noun. Negatives:
# the rate "a year" stays annual.
WITHIN_A_SPAN = [
    ("«The number of volunteers exceeded 100,000 within a year,» the President said.",
     [f"100000 at_least persons volunteers_total {NOW} KZ"], "en"),
    ("Volunteers planted 5,000 trees within a year.", [f"5000 exact trees * {LAST_12_MONTHS} *"], "en"),
    ("In just two years volunteers planted 5,000 trees.", ["5000 exact trees * 2023-06-15..2025-06-15 *"], "en"),
    ("Volunteers collected 30 tonnes of waste within six months.",
     ["30 exact tonnes * 2024-12-15..2025-06-15 *"], "en"),
    # negatives: a rate
    ("Volunteers plant 5,000 trees a year.", ["5000 exact trees * 2024-01-01..2024-12-31 *"], "en"),
]
ROUND_1_12_EN["WITHIN_A_SPAN"] = WITHIN_A_SPAN


# A fraction in words is a share, approx (scoring.md: shares in words): English "one tenth", "a fifth", "two
# fifths", "one-tenth", also as the subject of its clause ("Approximately one tenth is taken from the donor");
# Russian "одна десятая", "одну пятую часть"; Kazakh "оннан бірі", "бестен бірі" in both scripts. Negatives: an
# ordinal ("the fifth of May"), a decimal said in words ("две десятых процента" is no 20 % nor 2 %), "оннан астам" (over
# ten).
FRACTION_WORDS_TENTH_FIFTH = [
    ("Approximately one tenth is taken from the donor - 450 ml.",
     [f"10 approx percent * {NOW} *", f"450 exact ml * {NOW} *"], "en"),
    ("A tenth of the donors are students.", [f"10 approx percent * {NOW} *"], "en"),
    ("One-fifth of the funds went to animal shelters.", [f"20 approx percent * {NOW} *"], "en"),
    ("Two fifths of the volunteers are schoolchildren.", [f"40 approx percent * {NOW} *"], "en"),
    ("У донора берут примерно одну десятую часть крови.", [f"10 approx percent * {NOW} *"], "ru"),
    ("Одна пятая волонтеров - студенты.", [f"20 approx percent * {NOW} *"], "ru"),
    ("Донордан қанның оннан бірі алынады.", [f"10 approx percent * {NOW} *"], "kk"),
    ("Donordan qannyń onnan biri alynady.", [f"10 approx percent * {NOW} *"], "kk"),
    ("Еріктілердің бестен бірі студенттер.", [f"20 approx percent * {NOW} *"], "kk"),
    # negatives
    ("The fifth of May is the day of the clean-up.", [], "en"),
    ("Показатель вырос на две десятых процента.", [], "ru"),  # 0.2 %, no share (no reading of it yet)
    ("Акцияға оннан астам ерікті келді.", [f"10 at_least persons * {NOW} *"], "kk"),
]
ROUND_1_12_EN["FRACTION_WORDS_TENTH_FIFTH"] = FRACTION_WORDS_TENTH_FIFTH


# After the day of a snapshot ("as of", "as at", "by"), a year-like number followed with no comma by a counted
# plural, three years or more from publication, is a count and the day is of the publication's year: "As of April
# 3, 2004 entities and individuals donated over 630 million tenge" (published 2025 here: 2004 entities, as of
# April 3, 2025). Negatives: a comma after the year ("As of April 3, 2004, the fund had …"), no snapshot word
# ("On April 3, 2004 the fund …", "On December 16, 1986 students …"), the publication's own year ("As of April 3,
# 2025 volunteers …").
COUNT_AFTER_A_SNAPSHOT_DAY = [
    ("As of April 3, 2004 entities and individuals donated over 630 million tenge to the Fund.",
     ["2004 exact * * 2025-04-03..2025-04-03 *", "6.3e+08 at_least KZT * 2025-04-03..2025-04-03 *"], "en"),
    ("As of May 1, 1250 volunteers had joined the campaign.", ["1250 exact persons * 2025-05-01..2025-05-01 *"],
     "en"),
    ("By June 1, 2150 volunteers had registered on the platform.", ["2150 exact persons * 2025-06-01..2025-06-01 *"],
     "en"),
    # negatives
    ("As of April 3, 2004, the fund had received 630 million tenge.", ["6.3e+08 exact KZT * 2004-04-03..2004-04-03 *"],
     "en"),
    ("On April 3, 2004 the fund received 630 million tenge.", ["6.3e+08 exact KZT * 2004-04-03..2004-04-03 *"], "en"),
    ("On December 16, 1986 students went out to the square.", [], "en"),
    ("As of April 3, 2025 volunteers donated 5 million tenge.", ["5e+06 exact KZT * 2025-04-03..2025-04-03 *"], "en"),
]
ROUND_1_12_EN["COUNT_AFTER_A_SNAPSHOT_DAY"] = COUNT_AFTER_A_SNAPSHOT_DAY


# An amount told per one of some people before the number ("one family can leave up to 5 kilograms of waste after a
# holiday", "each tourist leaves about 2 kg", "одна семья оставляет до 5 килограммов", "бір отбасы 5 келіге дейін
# қоқыс қалдырады") is a rate of what one leaves, not waste collected: no waste_collected_tonnes, so the kilograms
# stay kilograms. Negatives: the kilograms of a clean-up still convert to tonnes ("collected about 200 kilograms of
# trash left by tourists"), a speaker after the number ("…, one volunteer said"), "each year".
PER_ONE_IS_NO_WASTE_COLLECTED = [
    ("If you consider that one family can leave up to 5 kilograms of waste after a holiday, the total figure looks "
     "frightening.", [f"5 at_most kg None {NOW} *"], "en"),
    ("Each tourist leaves about 2 kg of trash on the shore.", [f"2 approx kg None {NOW} *"], "en"),
    ("Одна семья после отдыха оставляет до 5 килограммов мусора.", [f"5 at_most kg None {NOW} *"], "ru"),
    ("Бір отбасы демалыстан кейін 5 келіге дейін қоқыс қалдырады.", [f"5 at_most kg None {NOW} *"], "kk"),
    ("Bir otbasy demalystan keıin 5 kelige deıin qoqys qaldyrady.", [f"5 at_most kg None {NOW} *"], "kk"),
    # negatives
    ("Just over an hour volunteers have collected about 200 kilograms of trash left by tourists.",
     [f"0.2 approx tonnes waste_collected_tonnes {NOW} *"], "en"),
    ("Volunteers collected 5 tonnes of waste, one volunteer said.",
     [f"5 exact tonnes waste_collected_tonnes {NOW} *"], "en"),
    ("Each year volunteers collect 500 tonnes of waste.",
     ["500 exact tonnes waste_collected_tonnes 2024-01-01..2024-12-31 *"], "en"),
    ("Волонтеры собрали 5 тонн мусора.", [f"5 exact tonnes waste_collected_tonnes {NOW} *"], "ru"),
]
ROUND_1_12_EN["PER_ONE_IS_NO_WASTE_COLLECTED"] = PER_ONE_IS_NO_WASTE_COLLECTED


# A coming event named with its year (EXPO-2027 in a text of 2025) and a figure of that event told in the future
# ("forums will be held within the framework of the exhibition, to be attended by delegates from 165 countries",
# "в рамках выставки пройдут форумы, в которых примут участие делегаты из 165 стран", "көрме аясында өтетін
# форумдарға 165 елден делегаттар қатысады"): the event's year. Negatives: what is done now for it ("It has already
# found 3,000 volunteers, but …"), a plan with no event in its sentence, two coming events (which one is unknown).
COMING_EVENT_YEAR = [
    ("Astana prepares for EXPO-2027.\n\nMany forums will be held within the framework of the exhibition, to be "
     "attended by delegates from 165 countries.", ["165 exact countries * 2027-01-01..2027-12-31 *"], "en"),
    ("Астана готовится к ЭКСПО-2027.\n\nВ рамках выставки пройдут форумы, в которых примут участие делегаты из 165 "
     "стран.", ["165 exact countries * 2027-01-01..2027-12-31 *"], "ru"),
    ("Астана ЭКСПО-2027 көрмесіне дайындалуда.\n\nКөрме аясында өтетін форумдарға 165 елден делегаттар қатысады.",
     ["165 exact * * 2027-01-01..2027-12-31 *"], "kk"),
    # negatives
    ("Astana prepares for EXPO-2027.\n\nIt has already found 3,000 volunteers, but many forums will be held within "
     "the framework of the exhibition.", [f"3000 exact persons * {NOW} *"], "en"),
    ("Astana prepares for EXPO-2027.\n\nVolunteers will plant 500 trees in the city park.",
     [f"500 exact trees * {NOW} *"], "en"),
    ("Astana prepares for EXPO-2027 and the Asian Games 2029.\n\nThe exhibition will be attended by delegates from "
     "165 countries.", [f"165 exact countries * {NOW} *"], "en"),
]
ROUND_1_12_EN["COMING_EVENT_YEAR"] = COMING_EVENT_YEAR


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_12_EN.values() for row in table])
def test_round12_en(text, expected, lang):
    _check_read(text, expected, lang)

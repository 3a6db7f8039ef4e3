"""Round 14, Kazakh: classes behind the misses and false figures of set 14's Kazakh pages, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_14_KK: dict[str, list[tuple[str, list[str], str]]] = {}

# Kazakh "тоқсан" is ninety and also a quarter of the year: "тоқсан сайын" (every quarter), "бірінші тоқсанда",
# "тоқсанына" (per quarter) name a period, not a count of ninety. Negatives: ninety with a noun, a bound or a scale.
KK_QUARTER = [
    ("Елордада тоқсан сайын мұқтаж жандарға көмек көрсетіледі.", [], "kk"),
    ("Elordada toqsan saıyn muqtaj jandarǵa kómek kórsetiledi.", [], "kk"),
    ("Әр тоқсан сайын 50 отбасыға көмек беріледі.", [f"50 exact * * {NOW} *"], "kk"),
    ("Екінші тоқсанда 40 ерікті тартылды.", ["40 exact * * * *"], "kk"),
    ("Тоқсанына бір рет 30 отбасыға көмек беріледі.", [f"30 exact * * {NOW} *"], "kk"),
    # negatives: ninety
    ("Тоқсан ерікті ағаш отырғызды.", [f"90 exact * * {NOW} *"], "kk"),
    ("Тоқсаннан астам ерікті ағаш отырғызды.", [f"90 at_least * * {NOW} *"], "kk"),
    ("Тоқсанға жуық ерікті келді.", [f"90 approx * * {NOW} *"], "kk"),
    ("Тоқсан мың теңге жиналды.", [f"90000 exact KZT * {NOW} *"], "kk"),
]
ROUND_1_14_KK["KK_QUARTER"] = KK_QUARTER

# Kazakh adverbs with the form of "бір" in a case: "бірден" (at once), "бірге" (together) are no "one", even before
# a word of loss ("бірден су тасқынынан зардап шеккендерге"). Negatives: a real loss of one, a figure after "бірден".
KK_ADVERB_OF_ONE = [
    ("Ол бірден су тасқынынан зардап шеккендерге көмек қолын созды.", [], "kk"),
    ("Ol birden sý tasqynynan zardap shekkenderge kómek qolyn sozdy.", [], "kk"),
    ("Еріктілер бірге зардап шеккен отбасыларға көмектесті.", [], "kk"),
    # negatives
    ("Бірден 50 ерікті келді.", [f"50 exact * * {NOW} *"], "kk"),
    ("Бір адам қаза тапты.", [f"1 exact * * {NOW} *"], "kk"),
]
ROUND_1_14_KK["KK_ADVERB_OF_ONE"] = KK_ADVERB_OF_ONE

# A Kazakh multiple of a quality or a feeling is rhetoric ("екі есе жағымды", "екі есе қуанышты"): no figure.
# Negatives: a multiple of an amount that grows or compares ("екі есе өсті", "екі есеге көбейді", "үш есе көп").
KK_MULTIPLE_OF_A_QUALITY = [
    ("Жақсы істердің тізбекті реакциясы сізден басталатынын түсіну екі есе жағымды!", [], "kk"),
    ("Jaqsy isterdiń reaksıasy eki ese jaǵymdy!", [], "kk"),
    ("Бұл екі есе қуанышты.", [], "kk"),
    ("Мұндай көмек үш есе маңызды.", [], "kk"),
    # negatives: measured multiples
    ("Донорлар саны екі есе өсті.", ["2 exact ratio * * *"], "kk"),
    ("Донорлар саны екі есеге көбейді.", ["2 exact ratio * * *"], "kk"),
    ("Биыл ерікті саны үш есе көп.", ["3 exact ratio * * *"], "kk"),
]
ROUND_1_14_KK["KK_MULTIPLE_OF_A_QUALITY"] = KK_MULTIPLE_OF_A_QUALITY


# A Kazakh case ending set off from its number by a spaced dash ("100 – ге жуық", "500 - ден астам", "50 – дей") is
# the number's ending all the same, with the bound it carries. Negatives: a dash before a number ("саны – 300"), a
# dash between a year's figure and the next, an ending after a noun.
KK_SPACED_CASE_ENDING = [
    ("Барлығы 100 – ге жуық ерікті, 4 колледж және өңірлік ЖОО өкілдері жұмылдырылды.",
     [f"100 approx persons * {NOW} *", f"4 exact * * {NOW} *"], "kk"),
    ("Акцияға 500 - ден астам ерікті қатысты.", [f"500 at_least persons * {NOW} *"], "kk"),
    ("Акцияға 500 – ден астам ерікті қатысты.", [f"500 at_least persons * {NOW} *"], "kk"),
    ("Barlyǵy 100 – ge jýyq erikti jumyldyryldy.", [f"100 approx persons * {NOW} *"], "kk"),
    ("Акцияға 50 – дей ерікті қатысты.", [f"50 approx persons * {NOW} *"], "kk"),
    # negatives
    ("Еріктілер саны – 300.", [f"300 exact persons * {NOW} *"], "kk"),
    ("2021 жылы – 200 ерікті қатысты.", ["200 exact persons * 2021-01-01..2021-12-31 *"], "kk"),
]
ROUND_1_14_KK["KK_SPACED_CASE_ENDING"] = KK_SPACED_CASE_ENDING


# Numbers that name a place, an hour, a set phrase or a CMS shortcode's attribute, not a count: a Kazakh
# microdistrict ("15-шағын ауданға дейінгі", "12 шағын ауданда", like "14 микрорайон"), an hour after an adverb of the
# part of the day with the ending of a point in time ("таңертең 9-дан бері"), set phrases ("жеті қазынаның бірі",
# "төрт аяқтылар", "төрт түлік"), "[wppa … album=»44″]". Negatives: districts counted, a count after "кешке", seven
# volunteers, a figure after the shortcode.
KK_NOT_A_COUNT_NAMES = [
    ("Тазалық жұмыстары 15-шағын ауданға дейінгі жағалауда жүргізілді.", [], "kk"),
    ("Tazalyq jumystary 15-shaǵyn aýdanǵa deiingi jaǵalaýda júrgizildi.", [], "kk"),
    ("Тазалық жұмыстары 12 шағын ауданда жүргізілді.", [], "kk"),
    ("Қоқысты таңертең 9-дан бері тазалап келе жатырмыз.", [], "kk"),
    ("Qazaq ony jetı qazynanyŋ bırıne balaidy.", [], "kk"),
    ("Köşe kezıp jürgen tört aiaqtylardy jiı kezdestıremız.", [], "kk"),
    ("Төрт түлік малы бар.", [], "kk"),
    ("[wppa type=»slideonly» album=»44″ size=»auto»][/wppa] Еріктілер 200 ағаш отырғызды.",
     [f"200 exact trees * {NOW} *"], "kk"),
    ("Eriktiler 200 aǵash otyrǵyzdy. [wppa type=»slideonly» album=»44″ size=»auto»][/wppa]",
     [f"200 exact * * {NOW} *"], "kk"),
    # negatives
    ("Тазалық жұмыстары 12 ауданда жүргізілді.", [f"12 exact * * {NOW} *"], "kk"),
    ("Кешке 20 ерікті келді.", [f"20 exact persons * {NOW} *"], "kk"),
    ("Жеті ерікті келді.", [f"7 exact persons * {NOW} *"], "kk"),
]
ROUND_1_14_KK["KK_NOT_A_COUNT_NAMES"] = KK_NOT_A_COUNT_NAMES


# Two Kazakh number words joined by a hyphen are a range like "үш - төрт": "үш-төрт итті" (three or four dogs: 3
# at_least, 4 at_most), in both scripts. Negatives: "бір-біріне" (each other), "екі-екіден" (two by two).
KK_WORD_RANGE_HYPHEN = [
    ("Қазір аптасына үш-төрт итті асырауға алып кететіндер бар.",
     [f"3 at_least * * {NOW} *", f"4 at_most * * {NOW} *"], "kk"),
    ("Qazır aptasyna  üş-tört ittı asyrauǧa alyp ketetınder bar.",
     [f"3 at_least * * {NOW} *", f"4 at_most * * {NOW} *"], "kk"),
    ("Акцияға бес-алты ерікті қатысты.", [f"5 at_least persons * {NOW} *", f"6 at_most persons * {NOW} *"], "kk"),
    # negatives
    ("Олар бір-біріне көмектесті.", [], "kk"),
    ("Еріктілер екі-екіден бөлінді.", [], "kk"),
]
ROUND_1_14_KK["KK_WORD_RANGE_HYPHEN"] = KK_WORD_RANGE_HYPHEN


# "One" of a measure after a bound of about is an amount, no saying: "shamamen bir tonna qoqys" (about one tonne of
# waste), in both scripts and in English. Negative: a saying with one litre.
KK_ABOUT_ONE_MEASURE = [
    ("Birneshe júk kóligimen shamamen bir tonna qoqys shyǵaryldy.", [f"1 approx tonnes * {NOW} *"], "kk"),
    ("Бірнеше жүк көлігімен шамамен бір тонна қоқыс шығарылды.", [f"1 approx tonnes * {NOW} *"], "kk"),
    ("Volunteers removed about one tonne of waste.", [f"1 approx tonnes * {NOW} *"], "en"),
    # negative: a saying
    ("Бір литр қан үш адамның өмірін сақтайды.", [f"3 exact persons * {NOW} *"], "kk"),
]
ROUND_1_14_KK["KK_ABOUT_ONE_MEASURE"] = KK_ABOUT_ONE_MEASURE


@pytest.mark.parametrize("text,want,lang", [row for table in ROUND_1_14_KK.values() for row in table])
def test_round_1_14_kk(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

"""Round 24 (ru/kk): classes behind set 24's Russian and Kazakh misses and false figures, each fixed by a rule of the
language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read, matches
from test_phrases_round5b_en import _implied, read_undated

ROUND_1_24_RUKK: dict[str, list[tuple[str, list[str], str]]] = {}

# A bare Russian "десяток" with no number before it ("поздравили десяток активных команд", "участвовал десяток
# волонтеров"): "some ten", approximate, in every case form. Negatives: a number of tens is exact ("два десятка
# волонтеров"), a bound word keeps its bound ("более десятка"), and the plural "десятки" ("tens of") is no figure.
ABOUT_TEN = [
    ("К Международному дню волонтёров поздравили десяток активных команд добровольцев.",
     [f"10 approx * * {NOW} *"], "ru"),
    ("В субботнике участвовал десяток волонтеров.", [f"10 approx persons * {NOW} *"], "ru"),
    ("Волонтеры посадили десяток деревьев.", [f"10 approx trees * {NOW} *"], "ru"),
    ("Продуктовые наборы передали десятку семей.", [f"10 approx families * {NOW} *"], "ru"),
    ("Около десятка семей получили помощь.", [f"10 approx families * {NOW} *"], "ru"),
    # negatives
    ("Более десятка волонтеров вышли на субботник.", [f"10 at_least persons * {NOW} *"], "ru"),
    ("В акции участвовали два десятка волонтеров.", [f"20 exact persons * {NOW} *"], "ru"),
    ("Помощь получили десятки семей.", [], "ru"),
]
ROUND_1_24_RUKK["ABOUT_TEN"] = ABOUT_TEN

# Kazakh "-ға/-ге дейін" before a verb of change told as a possibility ("200 миллиард теңгеге дейін жетуі мүмкін",
# "5 мыңға дейін өсуі ықтимал", Latin "deıin jetýi múmkin"): a forecast of how far it may go, "up to", at_most.
# Negatives: a change that happened is its end, exact ("жетті", "өсті"; scoring.md: "reached" verbs are exact).
MAY_REACH_UP_TO = [
    ("Кей сарапшылар шығын көлемі 200 миллиард теңгеге дейін жетуі мүмкін екенін болжайды.",
     [f"2e+11 at_most KZT * {NOW} *"], "kk"),
    ("Keı sarapshylar shyǵyn kólemi 200 mıllıard teńgege deıin jetýi múmkin ekenin boljaıdy.",
     [f"2e+11 at_most KZT * {NOW} *"], "kk"),
    ("Еріктілер саны 5 мыңға дейін өсуі мүмкін.", [f"5000 at_most * * {NOW} *"], "kk"),
    ("Еріктілер саны 5 мыңға дейін артуы ықтимал.", [f"5000 at_most * * {NOW} *"], "kk"),
    ("Eriktiler sany 5 myńǵa deıin ósýi múmkin.", [f"5000 at_most * * {NOW} *"], "kk"),
    # negatives: the change happened
    ("Шығын 200 миллиард теңгеге дейін жетті.", [f"2e+11 exact KZT * {NOW} *"], "kk"),
    ("Еріктілер саны 5 мыңға дейін өсті.", [f"5000 exact * * {NOW} *"], "kk"),
]
ROUND_1_24_RUKK["MAY_REACH_UP_TO"] = MAY_REACH_UP_TO

# An hour and its minutes written with a dot ("в 23.30 забрел в село", "с 9.00 до 18.00", "at 10.30", "10.30-да
# басталады"): a clock time, not a figure (scoring.md). Negatives: a decimal with a unit or a multiple ("12.30 тонны",
# "23.30 млн тенге", "в 1.50 раза", "10.30%") and a change to a value ("вырос до 3.10").
CLOCK_TIME_WITH_DOT = [
    ("Как рассказал подросток, в 23.30 забрел в населенный пункт.", [], "ru"),
    ("Пункт работает с 9.00 до 18.00, волонтеры приняли 40 заявок.", [f"40 exact * * {NOW} *"], "ru"),
    ("Сбор в 8.15, 200 волонтеров выйдут на субботник.", [f"200 exact persons * {NOW} *"], "ru"),
    ("Акция 10.30-да басталады, 50 ерікті қатысады.", [f"50 exact persons * {NOW} *"], "kk"),
    ("Aksıa 10.30-da bastalady, 50 eriktі qatysady.", [f"50 exact * * {NOW} *"], "kk"),
    ("The event starts at 10.30 in the park.", [], "en"),
    # negatives
    ("Число доноров выросло в 1.50 раза.", [f"1.5 exact ratio * {NOW} *"], "ru"),
    ("Волонтеры собрали 12.30 тонны помощи.", [f"12.3 exact tonnes * {NOW} *"], "ru"),
    ("Сумма помощи составила 23.30 млн тенге.", [f"2.33e+07 exact KZT * {NOW} *"], "ru"),
    ("Показатель составил 10.30%.", [f"10.3 exact percent * {NOW} *"], "ru"),
    ("Показатель вырос до 3.10.", [f"3.1 exact * * {NOW} *"], "ru"),
]
ROUND_1_24_RUKK["CLOCK_TIME_WITH_DOT"] = CLOCK_TIME_WITH_DOT

# The steps of a selection ("екі іріктеу кезеңінен сүрінбей өткен қатысушылар", "двух отборочных этапов", "три тура
# отбора", "two selection rounds", "three rounds of selection"): the procedure a contest picks its winners by, not a
# count of what was done. Negatives: stages of an action counted as such ("в 3 этапа", "3 кезеңнен тұрады"), and a
# count of those who passed a selection stage.
SELECTION_STAGES = [
    ("Еліміздің түкпір-түкпірінен 768 өтінім келіп түсіп, екі іріктеу кезеңінен сүрінбей өткен қатысушылардың "
     "ішінен қазылар алқасы 48 жеңімпазын анықтады.", [f"768 exact * * {NOW} *", f"48 exact * * {NOW} *"], "kk"),
    ("Байқауға 300 өтінім түсті, үш іріктеу турынан өткен 20 ерікті марапатталды.",
     [f"300 exact * * {NOW} *", f"20 exact persons * {NOW} *"], "kk"),
    ("Eki irikteý kezeńinen ótken qatysýshylardyń ishinen 48 jeńimpaz anyqtaldy.", [f"48 exact * * {NOW} *"], "kk"),
    ("Из 768 заявок после двух отборочных этапов жюри выбрало 48 победителей.",
     [f"768 exact * * {NOW} *", f"48 exact * * {NOW} *"], "ru"),
    ("Участники прошли три тура отбора, победителями стали 12 волонтеров.", [f"12 exact persons * {NOW} *"], "ru"),
    ("After three rounds of selection, 20 volunteers were awarded.", [f"20 exact persons * {NOW} *"], "en"),
    # negatives
    ("Акция пройдет в 3 этапа.", [f"3 exact * * {NOW} *"], "ru"),
    ("Акция 3 кезеңнен тұрады.", [f"3 exact * * {NOW} *"], "kk"),
    ("Іріктеу кезеңінен 150 қатысушы өтті.", [f"150 exact persons * {NOW} *"], "kk"),
]
ROUND_1_24_RUKK["SELECTION_STAGES"] = SELECTION_STAGES

# The Kazakh theme year in the plural, "Волонтерлар жылы" (= "Волонтер жылы", 2020, the lexicon's THEME_YEARS), and at
# the start of a sentence in the cases no other word has ("Волонтерлар жылының қорытындысы ретінде", "Волонтер
# жылында"): an undated page that names it is of 2020. Negatives: "Волонтерлар жылы киім таратты" opening a sentence
# (warm clothes), lower case ("волонтерлар жылының жабылу салтанаты" is no name), and a UN year ("Халықаралық").
THEME_YEAR_PLURAL = [
    ("Волонтерлік акциялар саны артқан. Волонтерлар жылының қорытындысы ретінде 768 өтінім түсті.", 2020),
    ("Биыл Волонтерлар жылы аясында 7 жоба жүзеге асырылды.", 2020),
    ("Волонтер жылында 500 ерікті марапатталды.", 2020),
    # negatives
    ("Волонтерлар жылы киім таратты.", None),
    ("Кеше волонтерлар жылының жабылу салтанаты өтті.", None),
    ("Халықаралық Волонтерлар жылы аталып өтті.", None),
]
THEME_YEAR_PLURAL_PAGES = [
    ("«ЖЫЛ ВОЛОНТЕРІ» СЫЙЛЫҒЫНЫҢ ЖЕҢІМПАЗДАРЫ АНЫҚТАЛДЫ\n\nЖыл аясында акциялардың саны артқан. Волонтерлар жылының "
     "қорытындысы ретінде жарияланған сыйлықты иелену үшін 768 өтінім келіп түсті.",
     ["768 exact * * 2020-01-01..2020-12-31 *"], "kk"),
    ("Syılyq jeńimpazdary anyqtaldy\n\nAksıalardyń sany artqan. Volonterlar jylynyń qorytyndysy retinde 768 ótinim "
     "kelip tústi.", ["768 exact * * 2020-01-01..2020-12-31 *"], "kk"),
]


@pytest.mark.parametrize(("text", "year"), THEME_YEAR_PLURAL, ids=[t[:45] for t, _ in THEME_YEAR_PLURAL])
def test_round24_rukk_theme_year(text: str, year: int | None) -> None:
    assert _implied(text) == year


@pytest.mark.parametrize(("text", "want", "lang"), THEME_YEAR_PLURAL_PAGES)
def test_round24_rukk_theme_year_pages(text: str, want: list[str], lang: str) -> None:
    got = read_undated(text, lang)
    assert len(got) == len(want), f"{text}\n got {got}\nwant {want}"
    for g, w in zip(got, want, strict=True):
        assert matches(g, w), f"{text}\n got {g}\nwant {w}"


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_24_RUKK.values() for row in table])
def test_round24_rukk(text, expected, lang):
    _check_read(text, expected, lang)

"""Areas under a region's former name: South Kazakhstan region (ЮКО, ОҚО) became Turkistan region in 2018, so
figures of older articles land in the series the region has today (README, "Areas"). Phrases in Russian, Kazakh in
both scripts and English, with negatives: the abbreviation only as a word of its own."""

from __future__ import annotations

import pytest

from loaders.build import process_article


def areas(text: str) -> list[tuple[float, str]]:
    result = process_article("t.txt", " date 2017-05-01\n" + text, "0", {})
    return [(f["value"], f["area"]) for f in result["figures"] if f["duplicate_of"] is None]


TURKISTAN = [
    "В Южно-Казахстанской области высажено 1210 деревьев.",
    "По Южно-Казахстанской области в акции участвовали 1210 волонтеров.",
    "В ЮКО высажено 1210 деревьев.",
    "В Южно-Казахстанской 1210 деревьев, в Алматинской – 1086.",
    "Оңтүстік Қазақстан облысында 1210 ағаш отырғызылды.",
    "ОҚО-да 1210 ағаш отырғызылды.",
    "Ońtústik Qazaqstan oblysynda 1210 aǵash otyrǵyzyldy.",
    "Ońtüstık Qazaqstan oblysynda 1210 ağaş otyrğyzyldy.",
    "In South Kazakhstan region 1,210 trees were planted.",
    "В Туркестанской области высажено 1210 деревьев.",
]


@pytest.mark.parametrize("text", TURKISTAN)
def test_south_kazakhstan_region_is_turkistan_region(text: str) -> None:
    assert (1210.0, "Turkistan region") in areas(text)


def test_each_region_of_a_list_keeps_its_own_figure() -> None:
    got = areas("В Южно-Казахстанской области уже высажено 1210 деревьев, в Алматинской – 1086, "
                "Жамбылской и Кызылординской областях – по 800 саженцев.")
    assert (1210.0, "Turkistan region") in got
    assert (1086.0, "Almaty region") in got


@pytest.mark.parametrize("text", [
    "Юкон и Аляска: 1210 волонтеров приехали на фестиваль в Казахстане.",
    "Компания Юкос выделила 1210 тысяч тенге.",
    "Оқушылар 1210 ағаш отырғызды.",
])
def test_letters_of_the_abbreviation_inside_a_word_name_no_region(text: str) -> None:
    got = areas(text)
    assert got, "the phrase must still give its figure"
    assert all(area != "Turkistan region" for _, area in got), got

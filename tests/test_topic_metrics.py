"""The article's topic resolves figures whose sentence alone is ambiguous (issue 9, class 5), and the rules it
enables stay out of articles on other topics. Topic scores themselves: loaders/extract/topic.py."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.extract import extract_article
from loaders.extract.topic import leading_topic, topic_scores

PUB = dt.date(2025, 6, 15)


def metrics_of(text: str) -> dict[float, str | None]:
    return {f.value: f.metric for f in extract_article(text, PUB) if f.duplicate_of is None}


MARATHON = ("Марафон добрых дел стартовал в марте. Организаторы марафона подвели первые итоги. "
            "{s}")
VOLUNTEERING = ("Волонтерское движение растет. Волонтеры помогают пожилым, волонтерские организации открываются "
                "в каждом районе. {s}")
BLOOD = ("Служба крови подвела итоги: донорство крови растет, донорам вручили награды. {s}")


@pytest.mark.parametrize("sentence,value", [
    ("В акции приняли участие порядка 10 тысяч казахстанцев.", 10000),
    ("В мероприятиях приняли участие более 12 тысяч жителей.", 12000),
    ("Всего в акциях участвовали 3,5 тысячи человек.", 3500),
])
def test_participants_in_a_marathon_article(sentence: str, value: float) -> None:
    assert metrics_of(MARATHON.format(s=sentence))[value] == "marathon_participants"


def test_participants_without_marathon_topic_stay_unassigned() -> None:
    text = "В городе прошел фестиваль уличной еды. В акции приняли участие порядка 10 тысяч казахстанцев."
    assert metrics_of(text)[10000] != "marathon_participants"


@pytest.mark.parametrize("sentence,value", [
    ("Биыл белсенділер саны 300 мыңға жетті.", 300000),
    ("В стране насчитывается более 250 тысяч активистов.", 250000),
])
def test_activists_in_a_volunteering_article(sentence: str, value: float) -> None:
    assert metrics_of(VOLUNTEERING.format(s=sentence))[value] == "volunteers_total"


def test_activists_elsewhere_are_not_volunteers() -> None:
    text = "Экологи провели митинг в парке. В стране насчитывается более 250 тысяч активистов партии."
    assert metrics_of(text).get(250000) != "volunteers_total"


@pytest.mark.parametrize("sentence,value,metric", [
    ("Each year donors give over 250,000 units of blood.", 250000, "blood_donations_per_year"),
    ("Around 400,000 units of blood are transfused annually.", 400000, "transfusions_per_year"),
    ("Ежегодно сдается около 300 тысяч доз крови.", 300000, "blood_donations_per_year"),
])
def test_units_of_blood(sentence: str, value: float, metric: str) -> None:
    assert metrics_of(BLOOD.format(s=sentence))[value] == metric


def test_units_that_are_not_blood() -> None:
    assert metrics_of("Each year the plant produces over 250,000 units of furniture.").get(250000) is None


@pytest.mark.parametrize("sentence", [
    "Елімізде жыл сайын шамамен 220 мың адам қан, плазма немесе жасушаларын тапсырады.",
    "Жыл сайын 220 мың адам қан тапсырады.",
    "Облыста жыл сайын 220 мың адам қанын тапсырады.",
])
def test_kazakh_blood_givers_with_words_between(sentence: str) -> None:
    assert metrics_of(sentence)[220000] == "blood_donors_per_year"


def test_kazakh_other_things_handed_in_are_not_donors() -> None:
    text = "Жыл сайын 220 мың адам құжаттарын тапсырады. Қан орталығы жұмыс істейді."
    assert metrics_of(text).get(220000) != "blood_donors_per_year"


def test_topic_scores() -> None:
    scores = topic_scores("Волонтеры собрали 100 тонн мусора на субботнике. Мусор вывезли.", "Субботник в Алматы")
    assert leading_topic(scores) == "cleanup"
    assert scores["blood"] == 0
    assert leading_topic(topic_scores("Погода в Астане.")) is None


@pytest.mark.parametrize("sentence,value", [
    ("Статистикаға сәйкес, 2021 жылы 160 мың адам волонтерлікпен айналысқан.", 160000),
    ("По данным статистики, в 2021 году волонтерством занимались 160 тысяч человек.", 160000),
    ("In 2021, some 160,000 people in Kazakhstan were engaged in volunteering.", 160000),
    ("2020 жылы Қазақстанда 200 мыңнан астам ерікті тартылған.", 200000),
])
def test_people_engaged_in_volunteering_nationally(sentence: str, value: float) -> None:
    assert metrics_of(sentence)[value] == "volunteers_total"


def test_people_engaged_in_one_project_are_not_the_national_total() -> None:
    text = "В рамках проекта волонтерством занимались 160 тысяч человек."
    assert metrics_of(text).get(160000) != "volunteers_total"


@pytest.mark.parametrize("sentence,value", [
    ("В Казахстане ежегодно проводится около 400 тысяч процедур переливания крови.", 400000),
    ("Each year about 400,000 blood transfusion procedures are performed.", 400000),
])
def test_transfusion_procedures(sentence: str, value: float) -> None:
    assert metrics_of(sentence)[value] == "transfusions_per_year"


def test_procedures_that_are_not_transfusions() -> None:
    assert metrics_of("Ежегодно проводится около 400 тысяч процедур МРТ.").get(400000) != "transfusions_per_year"

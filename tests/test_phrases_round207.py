"""Phrase tests for the classes left by blind sets 185-206 (the twenty-first session, which had no search budget
left for new pages): each a rule of the language, with variants in the other languages and negatives."""
from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import read

from loaders.extract.dating import implied_year
from loaders.text import content_lines, sentences


def _year(text: str) -> int | None:
    lines, _ = content_lines(text)
    return implied_year(sentences(lines))


# A plan of "this year" that tells what is already done of it ("This year it is planned to relocate 2,253 families, of
# which 1,050 … have already been resettled") is of a year going on: a year told done beside it ("… allocated for the
# construction of 428 houses in 2019") may be this year, not the one before. Without "already" the plans of "this
# year" after a year told done are of a later year (round 7).
@pytest.mark.parametrize("text", [
    "In addition, 3 billion tenge was allocated for the construction of 428 houses in 2019. This year it is planned "
    "to relocate 2,253 families, of which 1,050 families have already been resettled.",
    "This year it is planned to relocate 2,253 families, of which 1,050 families have already been resettled. In "
    "addition, 3 billion tenge was allocated for the construction of 428 houses in 2019.",
    "В 2019 году выделено 3 млрд тенге на строительство 428 домов. В этом году планируется переселить 2253 семьи, из "
    "них 1050 семей уже переселены.",
    "2019 жылы 428 үй салуға 3 млрд теңге бөлінді. Биыл 2253 отбасын көшіру жоспарланып отыр, оның 1050-і көшіп "
    "үлгерді.",
])
def test_a_plan_with_its_progress_is_of_the_year_going_on(text: str) -> None:
    assert _year(text) == 2019


@pytest.mark.parametrize("text", [
    "В 2018 году в селах области было реализовано 344 проекта. В текущем году планируется реализовать 400 проектов.",
    "In 2018, 344 projects were implemented in the villages. This year it is planned to implement 400 projects.",
])
def test_a_plan_alone_after_a_year_told_done_is_of_a_later_year(text: str) -> None:
    assert _year(text) == 2019


@pytest.mark.parametrize("text", [
    "This year there were no casualties. In 2021, carbon monoxide killed six people.",
    "В этом году жертв нет. В 2021 году от угарного газа погибли шесть человек.",
])
def test_this_year_set_against_a_year_told_after_it(text: str) -> None:
    assert _year(text) == 2022


# A list headed by a noun of change and a colon ("Өндірістік жарақаттанудың өсуі: Ақтөбе (54 адамнан 91 адамға
# дейін), …", "Рост травматизма: Актобе (от 54 до 91 человека)", "Increase in injuries: Aktobe (from 54 to 91
# people)"): each pair is what one place's count went from and to, exact, not a range. Negatives: the growth's own
# range ("Жалақының өсуі 10-нан 15 пайызға дейін болады"), a list without a noun of change.
@pytest.mark.parametrize(("text", "lang"), [
    ("Өндірістік жарақаттанудың өсуі: Ақтөбе (54 адамнан 91 адамға дейін), Атырау (21 адамнан 38 адамға дейін) "
     "облыстарында байқалады.", "kk"),
    ("Рост травматизма: Актобе (от 54 до 91 человека), Атырау (от 21 до 38 человек).", "ru"),
    ("Increase in injuries: Aktobe (from 54 to 91 people), Atyrau (from 21 to 38 people).", "en"),
])
def test_pairs_of_a_list_of_changes_are_exact(text: str, lang: str) -> None:
    got = read(text, lang, published=dt.date(2021, 11, 1))
    assert [g.split()[:2] for g in got] == [["54", "exact"], ["91", "exact"], ["21", "exact"], ["38", "exact"]]


@pytest.mark.parametrize(("text", "lang"), [
    ("Жалақының өсуі 10-нан 15 пайызға дейін болады.", "kk"),
    ("Volunteers: from 54 to 91 people.", "en"),
    ("Участники: от 54 до 91 человека.", "ru"),
])
def test_a_range_is_no_change_without_a_list_of_changes(text: str, lang: str) -> None:
    got = read(text, lang, published=dt.date(2021, 11, 1))
    assert [g.split()[1] for g in got] == ["at_least", "at_most"]


# What a change went from, told without a time of its own, is of the base the sentence before set its time against
# (in brackets, "(2020 жылдың 9 айында – 1023 адам)", or after "compared with"); what it went to is of the main time.
# A part told after a total and its bracketed base ("Of them, 140 people died") is of the total's time, not the base's.
@pytest.mark.parametrize(("text", "lang", "published"), [
    ("Биыл 9 айда кәсіпорындарда 1062 адам зардап шекті (2020 жылдың 9 айында – 1023 адам).\nӨндірістік "
     "жарақаттанудың өсуі: Ақтөбе (54 адамнан 91 адамға дейін) облысында байқалады.", "kk", dt.date(2021, 11, 1)),
    ("В 2021 году на предприятиях пострадали 1062 человека (в 2020 году – 1023). Число погибших в Актюбинской "
     "области выросло с 54 до 91 человека.", "ru", dt.date(2022, 3, 1)),
    ("In 2021, 1,062 people were injured at enterprises (1,023 in 2020). The number of deaths increased in Aktobe "
     "region from 54 to 91 people.", "en", dt.date(2022, 3, 1)),
])
def test_a_change_goes_from_the_base_told_before(text: str, lang: str, published: dt.date) -> None:
    got = {g.split()[0]: g.split()[4] for g in read(text, lang, published=published)}
    assert got["54"].startswith("2020-01-01..2020-")
    assert got["91"].startswith("2021-")


def test_a_change_without_a_base_before_keeps_the_main_time() -> None:
    text = "In 2021, 1,062 people were injured at enterprises. The number of deaths increased in Aktobe region from " \
           "54 to 91 people."
    got = {g.split()[0]: g.split()[4] for g in read(text, "en", published=dt.date(2022, 3, 1))}
    assert got["54"] == got["91"] == "2021-01-01..2021-12-31"


@pytest.mark.parametrize(("text", "lang"), [
    ("In 2021, 1,062 people were injured at enterprises (1,023 in 2020). Of them, 140 people died.", "en"),
    ("В 2021 году на предприятиях пострадали 1062 человека (в 2020 году – 1023). Из них 140 человек погибли.", "ru"),
])
def test_a_part_is_of_the_total_not_of_its_bracketed_base(text: str, lang: str) -> None:
    got = {g.split()[0]: g.split()[4] for g in read(text, lang, published=dt.date(2022, 3, 1))}
    assert got["140"] == "2021-01-01..2021-12-31"


# A URL's year that the text names only inside a name ("…-po-programme-zanyatost-2020" over «Занятость-2020», "EXPO-
# 2017") is no date of the page: the text's own years date it. A year the text also tells as a time keeps the URL's.
def test_a_url_year_of_a_programmes_name_is_no_date() -> None:
    from loaders.extract.dating import document_date

    text = ("На реализацию программы «Занятость-2020» с 2011 года по 2013 год было выделено 9 млрд тенге. В 2013 году "
            "выделено средств в четыре раза больше.")
    lines, _ = content_lines(text)
    url = "https://example.kz/news/143-tysyachi-trudoustroeno-po-programme-zanyatost-2020"
    assert document_date(text, sentences(lines), {"url": url}).date.year == 2013
    told = text + " В 2020 году программа завершится."
    lines, _ = content_lines(told)
    assert document_date(told, sentences(lines), {"url": url}).date.year == 2020


# A year named only as a start ("начал осуществляться с 2012 года", "since 2012", "2012 жылдан бастап") is no year told
# before the latest: a report of a year done, then "last year" and a plan of this year, is of the year after.
@pytest.mark.parametrize(("text", "year"), [
    ("В 2013 году было выделено 9 млрд тенге. Первое направление начало осуществляться с 2012 года. Еще одно "
     "достижение прошедшего года – капремонт девяти объектов. На запланированные в этом году 37 проектов "
     "рассматривается выделение средств.", 2014),
    ("В 2013 году было выделено 9 млрд тенге. В 2012 году направление получило 2 млрд тенге. Еще одно достижение "
     "прошедшего года – капремонт девяти объектов. На запланированные в этом году 37 проектов рассматривается "
     "выделение средств.", 2013),
])
def test_a_start_year_is_no_year_before(text: str, year: int) -> None:
    assert _year(text) == year


# A comparison put between the time a sentence opens with and its report ("В 2013 году по сравнению с 2012 годом было
# выделено средств в четыре раза больше", "In 2013, compared to 2012, funding grew fourfold"): the report is of that
# time. Not the base's own value ("compared to the first half of 2011, when 92 victims were identified").
@pytest.mark.parametrize(("text", "lang"), [
    ("В 2013 году по сравнению с 2012 годом было выделено средств в четыре раза больше.", "ru"),
    ("В 2013 году по сравнению с прошлым годом число доноров выросло на 12%.", "ru"),
    ("In 2013, compared to 2012, funding grew fourfold.", "en"),
])
def test_a_time_before_a_comparison_dates_the_report(text: str, lang: str) -> None:
    got = read(text, lang, published=dt.date(2014, 6, 1))
    assert len(got) == 1 and got[0].split()[4] == "2013-01-01..2013-12-31"


def test_the_bases_own_value_keeps_the_bases_time() -> None:
    text = "This year the number of victims increased compared to the first half of 2011, when 92 victims were found."
    got = read(text, "en", published=dt.date(2012, 9, 7))
    assert got[0].split()[4].startswith("2011-")


# A bare year opening a bracket with its value after a dash is the base told beside a figure ("amounted to 110.6
# (2017-123.5)", "составил 9,8 (2017-9,7)"): that value is of that year, the next item of the bracket is not ("53.7
# (2017 - 59.2, target indicator - 54.7)"). Negatives: a span in brackets ("(2017-2019)") dates what it follows.
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("In 2018, mortality from diseases of the circulatory system decreased by 10.4% and amounted to 110.6 "
     "(2017-123.5).", "en", {"110.6": "2018", "123.5": "2017"}),
    ("В 2018 году показатель составил 9,8 (2017-9,7).", "ru", {"9.8": "2018", "9.7": "2017"}),
    ("2018 жылы көрсеткіш 9,8 болды (2017 - 9,7).", "kk", {"9.8": "2018", "9.7": "2017"}),
    ("In 2018, the incidence rate of tuberculosis decreased by 9.2% and amounted to 53.7 (2017 - 59.2, target "
     "indicator - 54.7).", "en", {"53.7": "2018", "59.2": "2017", "54.7": "2018"}),
    ("Программа (2017-2019) помогла 500 семьям.", "ru", {"500": "2017"}),
])
def test_a_bracket_opening_with_a_year_and_its_value(text: str, lang: str, want: dict[str, str]) -> None:
    got = {g.split()[0]: g.split()[4][:4] for g in read(text, lang, published=dt.date(2019, 3, 1))}
    assert {k: got.get(k) for k in want} == want


# A lone "one" counts as an injury or a hospital stay ("один получил травмы", "бір адам ауыр күйікпен ауруханаға
# жеткізілді", "one was hospitalized"), and as an item of a list whose other items are numbers before a dash ("семь — в
# Сайрам-Угаме, один — в Аксу-Жабаглы") or as one more after a count ("сданы 17 домов, ещё один — в Кентау").
# Negatives: a part singled out of a total alone ("реализуют два проекта, один – с участием инвестора"), a motto, a
# week in hospital, "one day".
@pytest.mark.parametrize(("text", "lang", "values"), [
    ("К сожалению, в огне погибли три человека, один получил травмы.", "ru", ["3", "1"]),
    ("Өрттің салдарынан бір адам ауыр күйікпен ауруханаға жеткізілді.", "kk", ["1"]),
    ("Three people died and one was hospitalized.", "en", ["3", "1"]),
    ("Ещё восемь находятся в национальных парках: семь — в Сайрам-Угаме, один — в Аксу-Жабаглы.", "ru",
     ["8", "7", "1"]),
    ("В Туркестане уже сданы 17 домов, ещё один — в Кентау.", "ru", ["17", "1"]),
    ("Бес мектеп салынды: төртеуі – қалада, бір – ауылда.", "kk", ["5", "4", "1"]),
    ("В моногородах области реализуют два проекта, один – с участием инвестора из России.", "ru", ["2"]),
    ("Один — за всех, и все — за одного.", "ru", []),
    ("Ол бір апта бойы ауруханаға барып жүрді.", "kk", []),
    ("One day he was hospitalized.", "en", []),
])
def test_a_lone_one_that_counts(text: str, lang: str, values: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2025, 6, 1))] == values


# A four-digit value right before "в 2020 году" / "in 2020" is that year's value, not a year ("по сравнению с 1023 в
# 2020 году", "compared with 1023 in 2020"); a year before another stays a year ("перенесли с 2019 в 2020 году").
@pytest.mark.parametrize(("text", "lang", "values"), [
    ("В 2021 году на предприятиях пострадали 1062 человека по сравнению с 1023 в 2020 году.", "ru", ["1062", "1023"]),
    ("In 2021, 1,062 people were injured compared with 1023 in 2020.", "en", ["1062", "1023"]),
    ("Мероприятие перенесли с 2019 в 2020 году.", "ru", []),
])
def test_a_value_before_in_a_year(text: str, lang: str, values: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2022, 3, 1))] == values


# "One of them" as a part of a partition whose other parts are numbers ("One of them is international, 16 are
# republican and 14 …", "среди них один – мирового значения, 40 – республиканского") counts; "one of them is the best
# volunteer" does not.
@pytest.mark.parametrize(("text", "lang", "values"), [
    ("One of them is international, 16 are republican and 14 objects of local importance.", "en", ["1", "16", "14"]),
    ("Всего в регионе 1 783 историко-культурных объекта, среди них один – мирового значения, 40 – "
     "республиканского.", "ru", ["1783", "1", "40"]),
    ("One of them is the best volunteer of the year.", "en", []),
])
def test_one_of_them_in_a_partition(text: str, lang: str, values: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2025, 6, 1))] == values


# A page copied without its title has it in its URL's words: a slug naming the one year after publication that the
# plans are for ("…/aktobe-region-to-commission-over-1-mln-sq-m-of-housing-in-2026-cb2064", published in November
# 2025) dates the plans the body tells without a time of their own, as such a title does; what is to come "soon" stays
# of the text's day.
def _read_with_url(text: str, url: str, published: str) -> list[tuple[float, str | None]]:
    from loaders.build import process_article

    figs = process_article("a.txt", text, "0" * 64, {"published": published, "lang": "en", "url": url})["figures"]
    return [(f["value"], f["period_start"]) for f in figs if f["duplicate_of"] is None]


def test_a_slug_names_the_plans_year() -> None:
    text = ("The akim stated that industrial production is expected to reach around 3 trillion tenge.\n\nIn the "
            "housing sector, 1.1 million square meters of new housing will be commissioned.")
    url = "https://qazinform.com/news/aktobe-region-to-commission-over-1-mln-sq-m-of-housing-in-2026-cb2064"
    assert _read_with_url(text, url, "2025-11-19") == [(3e12, "2026-01-01"), (1.1e6, "2026-01-01")]
    # without the URL the plans are of the text's day
    assert _read_with_url(text, "", "2025-11-19") == [(3e12, "2025-11-19"), (1.1e6, "2025-11-19")]


def test_soon_is_not_the_slugs_year() -> None:
    text = "Three more kindergartens for 800 children will be soon commissioned in Petropavlovsk."
    url = "https://en.inform.kz/news/two-schools-to-be-commissioned-in-n-kazakhstan-in-2016_a2832654/"
    assert _read_with_url(text, url, "2015-10-27") == [(3.0, "2015-10-27"), (800.0, "2015-10-27")]


# A report on the work done in a closed year dates what the next sentences tell ("was presented with a report on the
# work done in Kyzylorda region throughout 2021. … industrial output growing by 0.8%", "доклад о проделанной работе за
# 2021 год", "2021 жылы атқарылған жұмыстар туралы есеп").
@pytest.mark.parametrize(("text", "lang"), [
    ("During the meeting, the Head of State was presented with a report on the work done in Kyzylorda region "
     "throughout 2021. According to the governor, industrial output grew by 0.8%.", "en"),
    ("Главе государства был представлен доклад о проделанной в регионе работе за 2021 год. По словам акима, "
     "промышленное производство выросло на 0,8%.", "ru"),
    ("Мемлекет басшысына 2021 жылы атқарылған жұмыстар туралы есеп берілді. Әкімнің айтуынша, өнеркәсіп өндірісі "
     "0,8%-ға өсті.", "kk"),
])
def test_a_report_on_the_work_of_a_year(text: str, lang: str) -> None:
    got = read(text, lang, published=dt.date(2022, 2, 21))
    assert [g.split()[4] for g in got if g.startswith("0.8 ")] == ["2021-01-01..2021-12-31"]


# "This year" held at the level of a named year ("expects that this year the villagers collect the crop at the level of
# 2015", "на уровне 2015 года", "2015 жылдың деңгейінде") is a later year than that one.
@pytest.mark.parametrize("text", [
    "The ministry expects that this year the villagers collect the crop at the level of 2015.",
    "Министерство ожидает, что в этом году урожай соберут на уровне 2015 года.",
    "Министрлік биыл өнім 2015 жылдың деңгейінде жиналады деп күтеді.",
])
def test_this_year_at_the_level_of_a_year(text: str) -> None:
    assert _year(text) == 2016


# A base told apart ("To compare, at the end of 2019, it was just over 900 billion tenge", "Для сравнения, в 2019 году
# …", "Салыстыру үшін, 2019 жылы …") dates the text after it; the pandemic named as such ("Despite the pandemic, …",
# "несмотря на пандемию") bounds a text to 2020 at the earliest, as "coronavirus" does — not another one ("the swine
# flu pandemic").
@pytest.mark.parametrize(("text", "year"), [
    ("Investments will exceed one trillion tenge. To compare, at the end of 2019, it was just over 900 billion tenge.",
     2020),
    ("Инвестиции превысят триллион тенге. Для сравнения, в 2019 году было чуть больше 900 млрд тенге.", 2020),
    ("Инвестиция бір триллион теңгеден асады. Салыстыру үшін, 2019 жылы 900 млрд теңге болған.", 2020),
    ("Despite the pandemic, 43 billion tenge were allocated to the social sphere. In 2018, the city spent 30 billion "
     "tenge.", 2020),
    ("Несмотря на пандемию, на социальную сферу выделено 43 млрд тенге. В 2018 году город потратил 30 млрд тенге.",
     2020),
    ("During the swine flu pandemic, 300 volunteers helped hospitals. In 2009, 40 people fell ill.", 2009),
])
def test_a_base_told_apart_and_the_pandemic(text: str, year: int) -> None:
    assert _year(text) == year


# A fall told as a change shares the scale the second value states ("reduced … from 2.3 to 1.6 million", "сократилось с
# 2,3 до 1,6 млн", "2,3-тен 1,6 млн адамға дейін азайды"); a rise from a far smaller bare number does not ("rose from
# 500 to 3 million").
@pytest.mark.parametrize(("text", "lang", "values"), [
    ("The number of inbound tourists reduced by 8.2% - from 2.3 to 1.6 million people.", "en",
     ["8.2", "2.3e+06", "1.6e+06"]),
    ("Число туристов сократилось с 2,3 до 1,6 млн человек.", "ru", ["2.3e+06", "1.6e+06"]),
    ("Туристер саны 2,3-тен 1,6 млн адамға дейін азайды.", "kk", ["2.3e+06", "1.6e+06"]),
    ("The number rose from 500 to 3 million people.", "en", ["500", "3e+06"]),
])
def test_a_fall_shares_the_scale(text: str, lang: str, values: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2019, 6, 19))] == values


# "На эту же дату прошлого года", "at the same date last year" and the second time of a difference ("разрыв между
# нынешним и прошлогодним намолотом", "the gap between this year's and last year's harvest") are bases: the report
# that goes on after them is of now, not of last year (the base's own values keep last year).
@pytest.mark.parametrize(("text", "lang"), [
    ("Отметим, на эту же дату прошлого года было получено 1020,6 тыс. тонн зерна. То есть разрыв между нынешним и "
     "прошлогодним намолотом составляет 210,1 тыс. тонн. Так, в Актюбинской области получено 0,3 тыс. тонн зерна.",
     "ru"),
    ("At the same date last year, 1,020.6 thousand tons of grain were threshed. The gap between this year's and last "
     "year's harvest is 210.1 thousand tons. Thus, Aktobe region threshed 0.3 thousand tons of grain.", "en"),
])
def test_the_same_date_last_year_is_a_base(text: str, lang: str) -> None:
    got = {g.split()[0]: g.split()[4] for g in read(text, lang, published=dt.date(2016, 8, 3))}
    assert got["1.0206e+06"] == "2015-01-01..2015-12-31"
    assert got["300"].endswith("..2016-08-03")  # now (or this year to date), not last year


# The year a thing was built or founded some years back ("Мост был построен в 1965 году", "The bridge was built in
# 1965", "Көпір 1965 жылы салынған") is its history: the plans told after it are of the text's own time. Not a deed
# of last year ("The factory was commissioned last October. By the yearend, it produced 10,000 tons").
@pytest.mark.parametrize(("text", "lang"), [
    ("Мост был построен в 1965 году и находится в эксплуатации более 50 лет. Стоимость проекта 2,3 млрд тенге.", "ru"),
    ("The bridge was built in 1965 and has been in service for over 50 years. The project will cost 2.3 billion "
     "tenge.", "en"),
    ("Көпір 1965 жылы салынған. Жобаның құны 2,3 млрд теңге болады.", "kk"),
])
def test_a_things_history_is_no_thread(text: str, lang: str) -> None:
    got = [g for g in read(text, lang, published=dt.date(2017, 2, 14)) if g.startswith("2.3e+09")]
    assert len(got) == 1 and "1965" not in got[0]


# "This" figure set against a base year right after a sentence of last year ("Өткен жылы … 22 адам қайтыс болса … Бұл
# 2017 жылмен салыстырғанда 15%-ке төмен", "В прошлом году погибли 22 человека. Это на 15% меньше, чем в 2017 году")
# is last year's, so the base dates last year to 2018 and the text to 2019, even when it tells "this year" too ("с
# начала года").
@pytest.mark.parametrize("text", [
    "Жыл басынан бері облыста 5 адам суға кетті. Өткен жылы осындай себептен 22 адам қайтыс болды. Бұл 2017 жылмен "
    "салыстырғанда 15%-ке төмен.",
    "С начала года в области утонули 5 человек. В прошлом году по этой причине погибли 22 человека. Это на 15% меньше, "
    "чем в 2017 году.",
    "Since the beginning of the year, 5 people drowned in the region. Last year, 22 people died. This is 15% lower "
    "than in 2017.",
])
def test_this_figure_of_last_year_against_a_base(text: str) -> None:
    assert _year(text) == 2019


# The whole a plan takes a part of is there now, not at the plan's deadline told before it ("До 2030 года из 358
# населенных пунктов газифицируют 192", "2030 жылға дейін 358 елді мекеннің 192-ін …", "By 2030, 192 of the region's
# 358 settlements will …"); a time told of the whole after it stays its own ("по 19 школам из 28, которые будут
# введены в эксплуатацию в 2024 году").
@pytest.mark.parametrize(("text", "lang", "whole", "when"), [
    ("До 2030 года из 358 населенных пунктов области газифицируют 192.", "ru", "358", "2024-05-01..2024-05-01"),
    ("2030 жылға дейін өңірдегі 358 елді мекеннің 192-ін табиғи газбен қамтамасыз ету жоспарланған.", "kk", "358",
     "2024-05-01..2024-05-01"),
    ("By 2030, 192 of the region's 358 settlements will be supplied with natural gas.", "en", "358",
     "2024-05-01..2024-05-01"),
    ("Определены строительные компании по 19 школам из 28, которые будут введены в эксплуатацию в 2026 году.", "ru",
     "28", "2026-01-01..2026-12-31"),
])
def test_the_whole_of_a_plans_part_is_there_now(text: str, lang: str, whole: str, when: str) -> None:
    got = {g.split()[0]: g.split()[4] for g in read(text, lang, published=dt.date(2024, 5, 1))}
    assert got[whole] == when


# A change told with its percentage within a stated period is a statistic against the same period a year before: its
# first value is of that period a year back ("In the first quarter of 2019, the number of domestic tourists rose by
# 9.6% - from 1.1 to 1.2 million", "В первом квартале 2019 года … выросло на 9,6% – с 1,1 до 1,2 млн", Kazakh "…
# 9,6%-ға өсіп, 1,1 млн-нан 1,2 млн адамға жетті", a change told without "дейін"). Not without a percentage, nor a
# span's first year ("соңғы 5 жылда (2016-2020 жж.) … 10,7%-ға (1683-тен 1503 адамға дейін)").
@pytest.mark.parametrize(("text", "lang", "first"), [
    ("In the first quarter of 2019, the number of domestic tourists rose by 9.6% - from 1.1 to 1.2 million people.",
     "en", "2018-01-01..2018-03-31"),
    ("В первом квартале 2019 года число внутренних туристов выросло на 9,6% – с 1,1 до 1,2 млн человек.", "ru",
     "2018-01-01..2018-03-31"),
    ("2019 жылдың бірінші тоқсанында ішкі туристер саны 9,6%-ға өсіп, 1,1 млн-нан 1,2 млн адамға жетті.", "kk",
     "2018-01-01..2018-03-31"),
    ("In the first quarter of 2019, the number of domestic tourists rose from 1.1 to 1.2 million people.", "en",
     "2019-01-01..2019-03-31"),
    ("Соңғы 5 жылда (2016-2020 жж.) зардап шеккендер саны 10,7%-ға (1683-тен 1503 адамға дейін) азайды.", "kk",
     "2016-01-01..2016-12-31"),
])
def test_a_percentage_change_starts_a_year_before(text: str, lang: str, first: str) -> None:
    got = [g for g in read(text, lang, published=dt.date(2021, 6, 19)) if g.split()[2] != "percent"]
    assert got[0].split()[4] == first

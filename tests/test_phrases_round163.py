"""Round 163 (the classes of blind sets 163 and 164, scored once with extractor 2.75 before they were fixed): each a
rule of the language, checked with variants in Russian, Kazakh and English, and with negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import assert_figures, read

from loaders.extract.anchors import find_anchors
from loaders.extract.exclusions.places import road_kilometre_posts
from loaders.extract.periods import is_comparison_base
from loaders.text import content_lines

Y2021 = "2021-01-01..2021-12-31"
SUMMER_2022 = "2022-06-01..2022-08-31"
PUB_2022 = "2022-06-15..2022-06-15"


# A subheading inside the body whose subject the paragraph under it goes on with is the article's own statement, not
# another story's headline: kept when three of its words stand in that paragraph.
@pytest.mark.parametrize("line", [
    "Биыл өңірде 33 мың гектардан астам лиман суландырылды",
    "В этом году в регионе обводнено более 33 тысяч гектаров лиманов",
    "This year over 33,000 hectares of estuaries were irrigated in the region",
])
def test_a_subheading_told_on_below_is_kept(line: str) -> None:
    below = {
        "Б": "– Шідерті лиманды суару жүйесі арқылы 21 мың гектардан астам жерді суландырды, – деді басшы.",
        "В": "– Через систему лиманов обводнено 21 тысяча гектаров в регионе, обводнено и озеро, – сказал он.",
        "T": "Through the estuaries system, 21,000 hectares were irrigated in the region, the ministry said.",
    }[line[0]]
    text = (f"Заголовок статьи о воде\n\nВода пришла на поля, сообщает корреспондент.\n{line}\n{below}\n"
            "Вода заполнила озера.")
    kept = [ln.text for ln in content_lines(text)[0]]
    assert line in kept


@pytest.mark.parametrize("line", [
    "Цены на бензин выросли до 300 тенге за литр",  # another story's headline: no words of the paragraph below
    "Жанармай бағасы литріне 300 теңгеге дейін өсті",
])
def test_another_storys_headline_in_the_body_is_still_dropped(line: str) -> None:
    text = (f"Заголовок статьи о воде\n\nВода пришла на поля, сообщает корреспондент.\n{line}\n"
            "– Через систему лиманов обводнено 21 тысяча гектаров, – сказал он.\nВода заполнила озера.")
    kept = [ln.text for ln in content_lines(text)[0]]
    assert line not in kept


# The base of a comparison told with its own verb between "than" and its time ("вдвое больше, чем отдыхали здесь в
# прошлом году", "more than were registered in 2021") lends no time to the figures told after it.
@pytest.mark.parametrize(("text", "lang", "base"), [
    ("в парке ждут 120 тыс. туристов – вдвое больше, чем отдыхали здесь в прошлом году", "ru", "в прошлом году"),
    ("собрали 120 тонн – больше, чем было собрано в 2021 году", "ru", "2021"),
    ("the park expects 120,000 tourists, more than were registered in 2021", "en", "2021"),
    ("120,000 tourists came, more than there were last year", "en", "last year"),
])
def test_a_base_with_its_own_verb(text: str, lang: str, base: str) -> None:
    anchors = [a for a in find_anchors(text, dt.date(2022, 6, 15)) if base in text[a.start:a.end + 5]]
    assert anchors and all(is_comparison_base(text, a) for a in anchors)


@pytest.mark.parametrize("text", [
    "the number of donors more than doubled in 2021 to 5,000",  # a bound of the multiple, the year its own
    "the number of donors more than tripled in 2021",
    "число доноров выросло более чем вдвое в 2021 году",
])
def test_a_multiple_after_than_is_no_base(text: str) -> None:
    anchors = find_anchors(text, dt.date(2022, 6, 15))
    assert anchors and not any(is_comparison_base(text, a) for a in anchors)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("В Баянауле этим летом ждут 120 тыс. туристов – вдвое больше, чем отдыхали здесь в прошлом году. Открытие "
     "сезона пройдет в эти выходные. В целом на лето запланировано проведение 11 мероприятий.", "ru",
     [f"120000 exact * * {SUMMER_2022} *", f"2 exact ratio * {Y2021} *", f"11 exact * * {SUMMER_2022} *"]),
    ("This summer the park expects 120,000 tourists, more than were registered in 2021. In total, 11 events are "
     "planned.", "en", [f"120000 exact * * {SUMMER_2022} *", f"11 exact * * {SUMMER_2022} *"]),
    ("The number of donors more than doubled in 2021 to 5,000.", "en",
     [f"2 at_least ratio * {Y2021} *", f"5000 exact * * {Y2021} *"]),
])
def test_figures_after_a_base_with_its_verb(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2022, 6, 15)), expected)


# English tells a present state with a copula before the number ("The cost of the project is 46 bln tenge"): it does
# not take the month or year a plan before it is for.
@pytest.mark.parametrize(("text", "expected"), [
    ("The parties agreed to complete the bridge by August 2016. The cost of the project is 46 bln tenge.",
     ["4.6e+10 exact KZT * 2015-11-13..2015-11-13 *"]),
    ("The bridge will be completed in August 2016. The project's cost totals KZT 46 bln.",
     ["4.6e+10 exact KZT * 2015-11-13..2015-11-13 *"]),
    ("The bridge will be completed in August 2016. The project's cost stands at KZT 46 bln.",
     ["4.6e+10 exact KZT * 2015-11-13..2015-11-13 *"]),
    # negatives: a cost told in the future, or of a thing still to be bought, is the plan's
    ("The bridge will be completed in August 2016. The cost of the project will be 46 bln tenge.",
     ["4.6e+10 exact KZT * 2016-08-01..2016-08-31 *"]),
    ("The bridge will be completed in August 2016. The cost of the equipment to be procured is 46 bln tenge.",
     ["4.6e+10 exact KZT * 2016-08-01..2016-08-31 *"]),
])
def test_a_present_copula_is_a_state_of_now(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "en", published=dt.date(2015, 11, 13)), expected)


# The kilometre posts that bound a section of a road say where on the road, not how much of it.
@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("запланирован средний ремонт участка дороги Самара-Шымкент 214-250 км (36 км)", "ru", ["36"]),
    ("проведён средний ремонт, включая участок 11-26 км дороги 'Преображенка-Шугылбай'", "ru", []),
    ("The section of km 214-250 of the highway was repaired.", "en", []),
    ("Жолдың 214-250 км учаскесі жөнделді.", "kk", []),
    # negatives: a range of lengths is a figure
    ("На участке будет отремонтировано 50-60 км дорог.", "ru", ["50", "60"]),
    ("Repairs of 50-60 km of roads are planned.", "en", ["50", "60"]),
    ("Биыл 50-60 км жол жөнделеді.", "kk", ["50", "60"]),
])
def test_road_kilometre_posts(text: str, lang: str, numbers: list[str]) -> None:
    got = [f.split()[0] for f in read(text, lang, published=dt.date(2020, 4, 11))]
    assert got == numbers


def test_road_kilometre_posts_both_ends() -> None:
    text = "участка дороги Самара-Шымкент 214-250 км (36 км)"
    low, high = text.index("214"), text.index("250")
    assert road_kilometre_posts(text, low, low + 3) and road_kilometre_posts(text, high, high + 3)
    length = text.index("36")
    assert not road_kilometre_posts(text, length, length + 2)


# Kazakh: an abbreviated measure takes no case ending, so the verb of exceeding follows it ("215 мың га асады"):
# at least, as "215 мың гектардан асады".
@pytest.mark.parametrize(("text", "expected"), [
    ("Жалпы аумағы 215 мың га асады.", ["215000 at_least * * * *"]),
    ("Оның 49 мың га астамы орманмен көмкерілген.", ["49000 at_least * * * *"]),
    ("Алқап аумағы 50 мың га асты.", ["50000 at_least * * * *"]),
    ("Егілген алқап 300 га асады.", ["300 at_least * * * *"]),
    ("Jalpy aýmaǵy 215 myń ga asady.", ["215000 at_least * * * *"]),
    # negatives: no bound, or "аса" (very) before an adjective
    ("Биыл 300 км жол салынды.", ["300 exact * * * *"]),
    ("Алқап аумағы 50 мың га.", ["50000 exact * * * *"]),
])
def test_kk_bound_after_an_abbreviated_measure(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "kk", published=dt.date(2020, 10, 19)), expected)


# English "up to" right after the change's own "to" bounds the new level: "to increase the number of SMEs to up to 100
# thousand" (at most), while "grew up to 5,000" is the change's end.
@pytest.mark.parametrize(("text", "expected"), [
    ("The task is to increase the number of registered SMEs to up to 100 thousand.", ["100000 at_most * * * *"]),
    ("The fleet will be expanded to up to 300 buses.", ["300 at_most * * * *"]),
    ("They plan to raise the capacity to up to 5,000 seats.", ["5000 at_most * * * *"]),
    # negatives: the change's end
    ("The number of SMEs grew up to 100 thousand.", ["100000 exact * * * *"]),
    ("The fleet was expanded to 300 buses.", ["300 exact * * * *"]),
])
def test_up_to_after_the_changes_to(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "en", published=dt.date(2023, 6, 30)), expected)


# A verb of change up to ten words before "from X to Y" within its clause makes the pair a change (two exact values),
# not a range; a verb of another clause, after a comma, does not.
@pytest.mark.parametrize(("text", "expected"), [
    ("The measures will increase the daily carrying capacity of public transport from 150 thousand to 260 thousand "
     "trips.", ["150000 exact * * * *", "260000 exact * * * *"]),
    ("Меры позволят увеличить ежедневную провозную способность всего городского транспорта с 150 до 260 тысяч "
     "поездок.", ["150000 exact * * * *", "260000 exact * * * *"]),
    # negative: the verb belongs to the clause before the comma
    ("Most wheat fell into the third grade, with gluten content varying from 22% in some plots to 29% in others.",
     ["22 at_least * * * *", "29 at_most * * * *"]),
])
def test_a_change_told_ten_words_before_its_pair(text: str, expected: list[str]) -> None:
    lang = "ru" if text[0] in "М" else "en"
    assert_figures(text, read(text, lang, published=dt.date(2017, 5, 23)), expected)


# Kazakh names the month in the genitive before its days ("Қыркүйектің 13-14 -і күндері", "мамырдың 5-і"): dates,
# the low end of a range of days too.
@pytest.mark.parametrize(("text", "expected"), [
    ("Қыркүйектің 13-14 -і күндері Астана қаласында жәрмеңке ұйымдастырылып жатыр.", []),
    ("Мамырдың 5-і күні акцияға 300 ерікті қатысты.", ["300 exact * * * *"]),
    ("Qyrkúıektiń 13-14 -i kúnderi jármeńke ótedi.", []),
    # negative: a count after a month's genitive that is no day
    ("Қыркүйектің 13-14 -і күндері жәрмеңкеге 50 жүк көлігі келді.", ["50 exact * * * *"]),
])
def test_kk_days_after_a_month_in_the_genitive(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "kk", published=dt.date(2025, 9, 14)), expected)


# An undated text that counts the years passed since a start it names with its year ("Когда был создан регион (8 июня
# 2022 года) … За истекшие два года …") is of the year reached: the start's year and the years passed.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Когда был создан регион (8 июня 2022 года), уровень газификации составлял 29 процентов. За истекшие два года "
     "мы этот показатель увеличили. Сейчас газифицированы 63 населенных пункта.", "ru",
     ["29 exact * * 2022-06-08..2022-06-08 *", "63 exact * * 2024-01-01..2024-12-31 *"]),
    ("The fund was founded in 2015. Over the past five years it has grown. Today it has 300 volunteers.", "en",
     ["300 exact * * 2020-01-01..2020-12-31 *"]),
    ("Орталық 2019 жылы ашылды. Өткен үш жылда орталық өсті. Қазір орталықта 300 ерікті бар.", "kk",
     ["300 exact * * 2022-01-01..2022-12-31 *"]),
    # negative: the year named tells no start, so the years passed count from no known year
    ("В 2022 году центр помог 300 семьям. За прошедшие два года работа изменилась. Сейчас в центре 50 волонтеров.",
     "ru", ["300 exact * * 2022-01-01..2022-12-31 *", "50 exact * * 2022-01-01..2022-12-31 *"]),
])
def test_years_passed_since_a_start(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=None), expected)


# Metres of a work done along the land (from a hundred metres: a pipeline laid, a network launched) measure the work,
# as kilometres do; a short length is still the size of the thing built.
@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("Ұзындығы 74 296 метр болатын ауыл ішілік су құбыры салынды.", "kk", ["74296"]),
    ("Ауылда ұзындығы 19 702 метр магистральді су құбыры іске қосылды.", "kk", ["19702"]),
    ("A water pipeline 74,296 meters long was built.", "en", ["74296"]),
    ("Построен водопровод длиной 2 960 метров.", "ru", ["2960"]),
    # negatives: a short length, a length described without a work, a length of each
    ("A bridge 16 meters long was built.", "en", []),
    ("Құбырдың ұзындығы 740 метр.", "kk", []),
    ("Построены три водопровода длиной 500 метров каждый.", "ru", ["3"]),
])
def test_metres_of_a_work_done(text: str, lang: str, numbers: list[str]) -> None:
    got = [f.split()[0] for f in read(text, lang, published=dt.date(2021, 10, 2))]
    assert got == numbers


# "At that same time" points back at the time just told: "Тогда же …", "Сол кезде …", "At that time, …".
@pytest.mark.parametrize(("text", "lang"), [
    ("Напомним, в 2024 году на 16 проектов было направлено 4,5 млрд тенге. Тогда же была разработана ПСД по двум "
     "объектам.", "ru"),
    ("2024 жылы 16 жобаға 4,5 млрд теңге бөлінді. Сол кезде 2 нысанның жобасы әзірленді.", "kk"),
    ("In 2024, 16 projects received 4.5 billion tenge. At that time, designs for two facilities were approved.", "en"),
])
def test_at_that_same_time(text: str, lang: str) -> None:
    got = read(text, lang, published=dt.date(2025, 3, 1))
    assert got[-1].split()[0] == "2" and "2024-01-01..2024-12-31" in got[-1]


def test_at_that_same_time_needs_a_past_time_before() -> None:
    # negative: nothing told before it, the figure stays of the publication
    got = read("Тогда же была разработана ПСД по двум объектам.", "ru", published=dt.date(2025, 3, 1))
    assert len(got) == 1 and "2025-03-01..2025-03-01" in got[0]


# A list of labels after "№" goes on over an item with its letter glued ("№38, 18А, 10, 21-ші автобустар"): every number
# of it is a label.
@pytest.mark.parametrize(("text", "lang"), [
    ("Тұрғындар №38, 18А, 10, 21-ші автобустардың жұмысына көңілдері толмайтындарын білдірген.", "kk"),
    ("Жалобы поступили на маршруты № 12, 12а и 40.", "ru"),
    ("Routes No. 12, 12a and 40 were extended.", "en"),
])
def test_labels_after_an_item_with_its_letter(text: str, lang: str) -> None:
    assert read(text, lang, published=dt.date(2025, 3, 1)) == []


def test_a_count_after_a_labelled_item_is_a_figure() -> None:
    # negative: the last number counts its own noun
    got = read("Маршрут № 12а, 300 пассажиров перевезено.", "ru", published=dt.date(2025, 3, 1))
    assert [g.split()[0] for g in got] == ["300"]


# Russian: a number after a "№" list that counts a noun of its own is a count, even when the lexicon does not know the
# noun (pymorphy3 tells it is one): "обслуживают маршрут №38, 5 автобусов пополнили маршрут №55".
@pytest.mark.parametrize(("text", "numbers"), [
    ("Еще 10 транспортных средств обслуживают маршрут №38, 5 автобусов пополнили маршрут №55.", ["10", "5"]),
    ("Маршрут №38, 7 троллейбусов вышли на линию.", ["7"]),
    # negatives: a verb or a labelled place after the list
    ("Школы № 1, 2 и 5 получили компьютеры.", []),
    ("Учащиеся школ № 1, 2, 5 и 8 приняли участие.", []),
    ("Акция прошла в школах № 1, 2, 5 и 8 города.", []),  # a noun not in the form "8" counts: "of the city"
])
def test_ru_noun_after_a_label_list(text: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, "ru", published=dt.date(2023, 12, 23))] == numbers


# An undated text that sets "last year" against a year it names in one sentence ("2019 жылы 42 млрд теңге, ал былтыр 80
# млрд теңге бөлінді") is of two years after that year at least: last year is a later one.
@pytest.mark.parametrize(("text", "lang"), [
    ("2019 жылы 42 млрд теңге, ал былтыр 80 млрд теңге бөлінді.", "kk"),
    ("2019 jyly 42 mlrd teńge, al byltyr 80 mlrd teńge bólindi.", "kk"),
    ("В 2019 году выделили 42 млрд тенге, а в прошлом году — 80 млрд тенге.", "ru"),
])
def test_last_year_set_against_a_named_year(text: str, lang: str) -> None:
    got = read(text, lang, published=None)
    assert [g.split()[0] for g in got] == ["4.2e+10", "8e+10"]
    assert "2019-01-01..2019-12-31" in got[0] and "2020-01-01..2020-12-31" in got[1]


def test_last_year_in_its_own_sentence_is_the_named_year() -> None:
    # negative: told apart in two sentences, the year named is last year ("в 2023 году … в прошлом году")
    got = read("В 2019 году выделили 42 млрд тенге. В прошлом году выделили 80 млрд тенге.", "ru", published=None)
    assert all("2019-01-01..2019-12-31" in g for g in got)


# A year after a possessive names the year of what follows: "the city's 2016 budget", "Kazakhstan's 2023 harvest".
@pytest.mark.parametrize(("text", "pub", "period"), [
    ("Deputies approved the city's 2016 budget to the amount of 370 bln tenge.", dt.date(2016, 1, 27),
     "2016-01-01..2016-12-31"),
    ("Kazakhstan's 2023 harvest reached 17 million tonnes.", dt.date(2024, 1, 27), "2023-01-01..2023-12-31"),
    # negative: without the possessive or article the year stays a number's neighbour, not a period
    ("Deputies approved the city budget to the amount of 370 bln tenge.", dt.date(2016, 5, 27),
     "2016-05-27..2016-05-27"),
])
def test_a_year_after_a_possessive(text: str, pub: dt.date, period: str) -> None:
    (got,) = read(text, "en", published=pub)
    assert period in got


# "The other day / на днях / жуырда": a day close to publication, so a figure told with it does not take the past
# time of the sentence before.
@pytest.mark.parametrize(("text", "lang"), [
    ("11 such medical facilities opened last year. A new one unveiled the other day in Turksib district to receive "
     "50 people a day.", "en"),
    ("В прошлом году открылись 11 таких объектов. На днях в Турксибском районе открылся еще один, рассчитанный на "
     "прием 50 человек в день.", "ru"),
    ("Былтыр 11 нысан ашылды. Жуырда Түрксіб ауданында күніне 50 адам қабылдайтын тағы бір нысан ашылды.", "kk"),
])
def test_the_other_day_is_of_the_publication(text: str, lang: str) -> None:
    got = read(text, lang, published=dt.date(2020, 9, 15))
    assert "2019-01-01..2019-12-31" in got[0] and got[-1].startswith("50 ") and "2020-09-15..2020-09-15" in got[-1]


# Russian: a decimal comma with a space after it, told by the scale word in the genitive singular after a digit that
# would take the plural as a whole number ("387, 9 тысячи малышей").
@pytest.mark.parametrize(("text", "values"), [
    ("В прошлом году на свет появилось 387, 9 тысячи малышей.", ["387900"]),
    ("Выделено 12, 5 миллиона тенге.", ["1.25e+07"]),
    # negatives: "2 тысячи" is a whole number; "5 тысяч" in the plural is one too
    ("Выделено 12, 2 тысячи тенге.", ["12", "2000"]),
    ("Участвовали 12, 5 тысяч человек.", ["12", "5000"]),
])
def test_ru_decimal_comma_with_a_space(text: str, values: list[str]) -> None:
    assert [g.split()[0] for g in read(text, "ru", published=dt.date(2024, 5, 1))] == values


# The base of an infant mortality rate is no figure: "на 1000 родившихся", "per 1000 live births".
@pytest.mark.parametrize(("text", "lang", "values"), [
    ("За год умерло 3 215 младенцев, коэффициент младенческой смертности на 1000 родившихся снизился.", "ru",
     ["3215"]),
    ("Infant mortality was 7.9 per 1000 live births.", "en", ["7.9"]),
    # negative: a thousand newborns counted is a figure
    ("В роддоме родились 1000 детей.", "ru", ["1000"]),
])
def test_infant_mortality_base(text: str, lang: str, values: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2024, 5, 1))] == values


# A year glued by a dash to the figure of a list ("in 2018-102.2 thousand people") dates that figure; "2018-2019" stays
# a range of years.
@pytest.mark.parametrize(("text", "period"), [
    ("Information: in 2018-102.2 thousand people, in 2017 - 96.2 thousand people.", "2018-01-01..2018-12-31"),
    ("In 2018-2019, 500 volunteers helped.", "2018-01-01..2019-12-31"),
])
def test_a_year_glued_to_a_figure(text: str, period: str) -> None:
    got = read(text, "en", published=dt.date(2019, 7, 1))
    assert period in got[0]


# Kazakh "even" between an ablative and its bound: "100 бастан да асып кететін", "500-ден де асты" (at least).
@pytest.mark.parametrize(("text", "qualifier"), [
    ("100 бастан да асып кететін жағдайлар бар.", "at_least"),
    ("Еріктілер саны 500-ден де асты.", "at_least"),
    ("Еріктілер саны 500 адамнан да асты.", "at_least"),
    ("Bir úıde kem degende eki sıyr bolsa, endi biriniń on shaqty bas maly bar. 100 bastan da asyp ketetin jaǵdaılar "
     "bar.", "at_least"),
    # negative: "да" (too) with no bound after it
    ("Мектептен де 100 адам келді.", "exact"),
])
def test_kk_even_before_a_bound(text: str, qualifier: str) -> None:
    got = read(text, "kk", published=dt.date(2024, 3, 1))
    assert got[-1].startswith("100 " if "100" in text else "500 ") and got[-1].split()[1] == qualifier


# A tag cloud with the count of each tag closes the page: "Читайте новости по меткам: горячие новости 555 Барыс 344 …".
def test_a_tag_cloud_is_the_pages_tail() -> None:
    text = ("В Алматы откроют 22 школы на 37,1 тыс. мест.\nИллюстрация: nsknews.info\nЧитайте новости по меткам:\n"
            "горячие новости 555 Барыс 344 Президент Казахстана 259 Город Астана 157 погода 146 хоккей 125")
    assert [g.split()[0] for g in read(text, "ru", published=dt.date(2023, 12, 21))] == ["22", "37100"]


def test_metki_inside_a_sentence_is_no_tail() -> None:
    # negative: the word inside the body's prose does not cut the page
    text = "Волонтеры поставили метки на 300 деревьях.\nВсего высажено 500 саженцев."
    assert [g.split()[0] for g in read(text, "ru", published=dt.date(2023, 12, 21))] == ["300", "500"]


# "с X до Y" with the first value's scale, unit and year between ("с 416 млрд. тенге в 2023 г. до 466 млрд. тенге"): a
# change, both values exact, each of its year.
@pytest.mark.parametrize(("text", "lang"), [
    ("Финансирование на образование увеличено на 12% с 416 млрд. тенге в 2023 г. до 466 млрд. тенге в 2024 г.", "ru"),
    ("Funding increased from 416 billion tenge in 2023 to 466 billion tenge in 2024.", "en"),
])
def test_a_change_with_the_first_values_year_between(text: str, lang: str) -> None:
    got = [g for g in read(text, lang, published=dt.date(2023, 12, 21)) if g.split()[0] in ("4.16e+11", "4.66e+11")]
    assert got == ["4.16e+11 exact KZT None 2023-01-01..2023-12-31 KZ",
                   "4.66e+11 exact KZT None 2024-01-01..2024-12-31 KZ"]


# A change whose first value is a range ("from 15-20 to 85"): the range keeps its bounds, the value it went to is
# exact; the pairs after it share the change ("…, the stone marten from 100 to 493").
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("It also reported a rise in numbers of the brown bear from 15-20 to 85, the stone marten from 100 to 493.", "en",
     ["15 at_least", "20 at_most", "85 exact", "100 exact", "493 exact"]),
    ("Численность медведей выросла с 15-20 до 85 особей.", "ru", ["15 at_least", "20 at_most", "85 exact"]),
    # negative: a bare "to" range stays a range
    ("We grow 35 to 40 million seedlings.", "en", ["3.5e+07 at_least", "4e+07 at_most"]),
])
def test_a_change_from_a_range(text: str, lang: str, expected: list[str]) -> None:
    got = [" ".join(g.split()[:2]) for g in read(text, lang, published=dt.date(2026, 2, 20))]
    assert got == expected


# "Compared to the analogous period of 2014" in an undated text: the base is last year's, the text of 2015.
@pytest.mark.parametrize(("text", "period"), [
    ("17,129 newborns were registered in Astana this year, that is 7,9% more compared to the analogous period of "
     "2014.", "2015-01-01..2015-12-31"),
    ("17,129 newborns were registered this year, 7.9% more than in the comparable period of 2014.",
     "2015-01-01..2015-12-31"),
])
def test_analogous_period_base(text: str, period: str) -> None:
    got = read(text, "en", published=None)
    assert got[0].startswith("17129 ") and period in got[0]


# An image's hashed file name and size on a line of its own ("13b64f3c77514286d1efbb28c2c2e58a 1280x720 e16735…") is
# no text.
def test_a_hashed_image_name_line() -> None:
    text = ("В этом году газифицируют аульный округ Аксуат\n\n13.01.2023\n\n"
            "13b64f3c77514286d1efbb28c2c2e58a 1280x720 e1673595600926\n\nВ 2023 году подключат 1 200 домов.")
    assert [g.split()[0] for g in read(text, "ru", published=dt.date(2023, 1, 13))] == ["1200"]


# Kazakh "жылжымалы" (mobile) only begins like "жыл" (year): "25 жылжымалы егу бекеті" is a count.
@pytest.mark.parametrize(("text", "numbers"), [
    ("Одан бөлек, 25 жылжымалы егу бекеті жұмыс істеуде.", ["25"]),
    ("25 жылдан бері 300 ерікті жұмыс істейді.", ["300"]),  # negative: years
])
def test_kk_mobile_is_no_year(text: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, "kk", published=dt.date(2021, 8, 1))] == numbers


# An ordinal's ending spaced off its dash ("2 – ші компонентпен", "3 - й этап") is still an ordinal.
@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("Бүгінге дейін 1-ші компонентпен 537 833 адам, 2 – ші компонентпен 478 879 адам егілді.", "kk",
     ["537833", "478879"]),
    ("Стартовал 3 - й этап, в нем 500 участников.", "ru", ["500"]),
    # negative: a dash before a word that is no ending
    ("Волонтеров было 20 – в прошлом году.", "ru", ["20"]),
])
def test_spaced_ordinal_ending(text: str, lang: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2021, 8, 1))] == numbers


# A site's or a counter's name alone on a line ("Top.Mail.Ru") is no title: the headline under it is.
def test_a_domain_line_is_no_title() -> None:
    text = ("Top.Mail.Ru\n\nСайт нұсқасы\n\nСыр елінде 2025 жылға дейін 42 ауыл көгілдір отынға қосылмақ\n\n"
            "Қызылорда облысында газдандыру бағытында ілкімді істер атқарылуда. Бүгінде 17 ауыл газға қосылған.")
    assert content_lines(text)[1].startswith("Сыр елінде")


# A Kazakh name in straight or curly quotes does not make a Russian sentence Kazakh: 'программе "Жаңа серпін"'.
@pytest.mark.parametrize("name", ['"Жаңа серпін"', "“Жаңа серпін”", "«Жаңа серпін»"])
def test_a_quoted_kazakh_name_in_a_russian_sentence(name: str) -> None:
    text = f"Девять жителей области получили работу благодаря программе {name}."
    assert [g.split()[0] for g in read(text, "ru", published=dt.date(2023, 3, 1))] == ["9"]


# The Russian infinitive of "exceed" after a modal or a plan is a lower bound ("может превысить 650 тыс. тонн"); its
# negation a ceiling.
@pytest.mark.parametrize(("text", "qualifier"), [
    ("Сбор масличных впервые может превысить 650 тыс. тонн.", "at_least"),
    ("Планируется превысить 650 тыс. тонн.", "at_least"),
    ("Стоимость не может превышать 650 тыс. тенге.", "at_most"),
    ("Главное – не превысить 650 тыс. тенге.", "at_most"),
])
def test_ru_exceed_infinitive(text: str, qualifier: str) -> None:
    (got,) = read(text, "ru", published=dt.date(2025, 9, 6))
    assert got.split()[:2] == ["650000", qualifier]


# A stray full stop between a decimal and its scale word ("1.5. mln patients", "2,5. млн тенге") leaves the scale the
# number's.
@pytest.mark.parametrize(("text", "lang", "value"), [
    ("200,000 babies were delivered. 1.5. mln patients were treated in the hospitals.", "en", "1.5e+06"),
    ("1.25. mln patients were treated.", "en", "1.25e+06"),
    ("Выделено 2,5. млн тенге.", "ru", "2.5e+06"),
])
def test_stray_dot_before_a_scale(text: str, lang: str, value: str) -> None:
    assert read(text, lang, published=dt.date(2017, 12, 18))[-1].split()[0] == value


def test_a_sentence_ending_in_a_decimal_keeps_its_scale_apart() -> None:
    # negative: a capitalised word after the stop opens a new sentence
    got = read("The share was 2.5. Million people took part.", "en", published=dt.date(2017, 12, 18))
    assert got[0].split()[0] == "2.5"


# Kazakh attributive "about": "230 млрд. теңге шамасындағы инвестиция".
@pytest.mark.parametrize("text", [
    "Облысқа тартылған 230 млрд. теңге шамасындағы инвестиция көлемінің 2,6 млрд. теңгесі ауданның үлесінде.",
    "Облысқа 230 млрд теңге шамасындағы инвестиция тартылды.",
])
def test_kk_attributive_about(text: str) -> None:
    assert read(text, "kk", published=dt.date(2023, 7, 29))[0].split()[:2] == ["2.3e+11", "approx"]


# A text whose latest stated day is early in a year but which reports months of that year as done after it ("на 1
# января 2023 года … За январь-июнь 2023 года использовали …") is of a later day of that year: its figures of now are of
# that year, not of the day.
def test_months_reported_after_the_latest_day() -> None:
    text = ("Уровень газификации области на 1 января 2023 года составляет 3,1%.\n"
            "Что касается газонаполнительных станций, их в регионе 3.\n"
            "За январь-июнь 2023 года жители использовали около 13 тысяч тонн газа.")
    got = read(text, "ru", published=None)
    assert "2023-01-01..2023-01-01" in got[0] and "2023-01-01..2023-12-31" in got[1]


def test_months_of_a_plan_do_not_move_the_day() -> None:
    # negative: months to come are a plan's
    text = ("Уровень газификации области на 1 января 2023 года составляет 3,1%.\n"
            "Что касается газонаполнительных станций, их в регионе 3.\n"
            "В июне 2023 года планируется подключить еще 500 домов.")
    got = read(text, "ru", published=None)
    assert "2023-01-01..2023-01-01" in got[1]


# A level told "at" a dotted decimal after a verb of level, or after "was" in a sentence of a measured quantity, is no
# clock time: "per 1000 people was at 19.10", "stood at 4.90"; "The meeting was at 10.30" still is one.
@pytest.mark.parametrize(("text", "numbers"), [
    ("The number of crude births per 1000 people was at 19.10.", ["19.1"]),
    ("Unemployment stood at 4.90 in May.", ["4.9"]),
    ("The meeting started at 10.30 and 50 people came.", ["50"]),
    ("The event is at 10.30 tomorrow, 50 people will come.", ["50"]),
])
def test_a_level_at_a_dotted_decimal(text: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, "en", published=dt.date(2022, 6, 24))] == numbers


# Kazakh: a prohibition closing the clause after "more than N" makes N a ceiling ("екі адамнан артық жолаушы алуға
# болмайды": at most two).
@pytest.mark.parametrize(("text", "qualifier"), [
    ("Алайда таксиде екі адамнан артық жолаушы алуға болмайтыны ескертілді.", "at_most"),
    ("Таксиде 2-ден артық жолаушы алуға болмайды.", "at_most"),
    ("Бір адамға 50 мың теңгеден артық беруге тыйым салынады.", "at_most"),
    # negatives: no prohibition, or one in another clause
    ("Акцияға 200-ден астам ерікті қатысты.", "at_least"),
    ("Акцияға 200-ден астам ерікті қатысты, ал қоқыс тастауға болмайды.", "at_least"),
])
def test_kk_more_than_forbidden(text: str, qualifier: str) -> None:
    assert read(text, "kk", published=dt.date(2025, 3, 1))[0].split()[1] == qualifier


# "Last year" as the base a named year is set against ("2021 жылғы егін жинау науқаны … қарқыны былтырғыдан жоғары")
# makes that year the text's own, as "this year" does: an undated text of 2021, not of 2022.
@pytest.mark.parametrize(("text", "lang"), [
    ("2021 жылғы егін жинау науқаны аяқталуға жақын және қарқыны былтырғыдан жоғары. 15,4 млн гектар орылды.", "kk"),
    ("Уборочная кампания 2021 года близится к завершению, темпы выше, чем в прошлом году. Убрано 15,4 млн гектаров.",
     "ru"),
    ("The 2021 harvest is nearly over, and the pace is higher than last year. 15.4 million hectares were harvested.",
     "en"),
])
def test_last_year_as_the_base_of_a_named_year(text: str, lang: str) -> None:
    (got,) = read(text, lang, published=None)
    assert "2021-01-01..2021-12-31" in got


def test_last_year_told_plainly_after_a_named_year_still_counts_one_on() -> None:
    # negative: "в 2021 году … в прошлом году" without a comparison: the named year is last year
    got = read("В 2021 году убрали 15,4 млн гектаров. В прошлом году урожай был рекордным, собрали 20 млн тонн.", "ru",
               published=None)
    assert all("2021-01-01..2021-12-31" in g for g in got)


# "thsd" abbreviates "thousand": "514 thsd tonnes".
@pytest.mark.parametrize(("text", "value"), [
    ("Aktobe oblast harvested 514 thsd tonnes of grains.", "514000"),
    ("Over 1.2 thsnd hectares were harvested.", "1200"),
])
def test_thsd_is_thousand(text: str, value: str) -> None:
    assert read(text, "en", published=dt.date(2023, 10, 1))[0].split()[0] == value


# A currency widget whose pairs name their quote currency ("usd/kzt 445.28 eur/kzt 490.97") is chrome.
def test_a_currency_widget_with_pairs() -> None:
    text = ("Large fire destroys 9 houses in Petropavlovsk\nCurrency rates:\n    usd/kzt 445.28 eur/kzt 490.97\n\n"
            "A large fire destroyed nine houses and three buses.")
    assert [g.split()[0] for g in read(text, "en", published=dt.date(2023, 5, 8))] == ["9", "3"]


# Sites that name their pages by the Unix time of publication give that day (Kazakhstan's time); another site's
# ten-digit id is no time.
@pytest.mark.parametrize(("url", "day"), [
    ("https://ortcom.kz/ru/amp/novosti/1665375290", dt.date(2022, 10, 10)),
    ("https://liter.kz/trista-kazakhstantsev-stali-nastavnikami-dlia-detei-sirot-1715581602", dt.date(2024, 5, 13)),
    ("https://ortcom.kz:443/en/novosti/1713339131", dt.date(2024, 4, 17)),
    ("https://www.kt.kz/eng/politics/president_received_zhambyl_rgn_governor_1377904592.html", None),
])
def test_unix_time_in_a_url(url: str, day: dt.date | None) -> None:
    from loaders.text import url_date

    got = url_date(url)
    assert (got[0] if got else None) == day


# A quarter of a town named by its number ("Әйтеке би кентінің 5 квартал аймағы", "в 5 квартале") is an address.
@pytest.mark.parametrize(("text", "lang"), [
    ("Әйтеке би кентінің 5 квартал аймағындағы көпқабатты үйден 18 тұрғынға кілт табыстады.", "kk"),
    ("В 5 квартале 18 жителей получили ключи.", "ru"),
])
def test_a_numbered_quarter_is_an_address(text: str, lang: str) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2021, 3, 1))] == ["18"]


# Kazakh words that only begin like "жыл" (year) or "күн" (day) are no durations: "80 жылқы" (horses), "300
# күнбағыс" (sunflowers); "5 күн", "25 жыл" still are.
@pytest.mark.parametrize(("text", "numbers"), [
    ("Атырау облысында 80 жылқы тасқын судың ортасында қалған.", ["80"]),
    ("Шаруалар 300 күнбағыс дақылын жинады.", ["300"]),
    ("Жұмыс 5 күн бойы жүрді, 25 жыл бұрын басталды.", []),
])
def test_kk_horses_and_sunflowers_are_no_time(text: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, "kk", published=dt.date(2024, 4, 19))] == numbers


def test_kk_horses_after_a_year_like_number() -> None:
    # "2020 жылқы" counts 2,020 horses; "2020 жылы" stays a year
    got = read("Шаруашылықта 2020 жылқы бар, оны 2020 жылы санады.", "kk", published=dt.date(2021, 3, 1))
    assert [g.split()[0] for g in got] == ["2020"]


# Kazakh call-outs: "сегіз рет жедел шақыртуға барды" (went to eight calls) counts events, as "519 рет көмекке шықты";
# "үш рет барды" with no call is how often someone went.
@pytest.mark.parametrize(("text", "numbers"), [
    ("Өткен тәулікте ТЖД қызметкерлері сегіз рет жедел шақыртуға барды.", ["8"]),
    ("Құтқарушылар 12 рет шақыру бойынша барды.", ["12"]),
    ("Ол ауылға үш рет барды.", []),
])
def test_kk_went_to_calls(text: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, "kk", published=dt.date(2026, 1, 20))] == numbers


# Two years in a row joined by "and" are both of them, a span: "2026 және 2027 жылдары … 17", "в 2026 и 2027 годах",
# "in 2026 and 2027"; two years apart are no span.
@pytest.mark.parametrize(("text", "lang"), [
    ("Заң жобасына сәйкес, 2026 және 2027 жылдары субвенциялық өңірлер саны 17 болады.", "kk"),
    ("По законопроекту в 2026 и 2027 годах число дотационных регионов составит 17.", "ru"),
    ("Under the draft law, in 2026 and 2027 the number of subsidised regions will be 17.", "en"),
])
def test_two_years_in_a_row(text: str, lang: str) -> None:
    (got,) = read(text, lang, published=dt.date(2025, 9, 3))
    assert "2026-01-01..2027-12-31" in got


def test_two_years_apart_are_no_span() -> None:
    anchors = find_anchors("в 2020 и 2023 годах было 5 пожаров", dt.date(2025, 9, 3))
    assert not any(a.period_start == dt.date(2020, 1, 1) and a.period_end == dt.date(2023, 12, 31) for a in anchors)


# Kazakh: a change told before the bracket its pair stands in ("саны 24,1% - ға артса (543-тен 674-ке дейін)",
# "көбейген (67-ден 107-ге дейін)") makes the pair the values it went between, both exact; a pair in brackets with no
# change before it stays a range.
@pytest.mark.parametrize(("text", "expected"), [
    ("Зардап шеккендер саны 24,1% - ға артса (543-тен 674-ке дейін).", ["24.1 exact", "543 exact", "674 exact"]),
    ("Қаза тапқандар саны 59,7% - ға көбейген (67-ден 107-ге дейін).", ["59.7 exact", "67 exact", "107 exact"]),
    ("Жәрдемақы (300 мыңнан 500 мың теңгеге дейін) төленеді.", ["300000 at_least", "500000 at_most"]),
])
def test_kk_change_before_a_bracketed_pair(text: str, expected: list[str]) -> None:
    got = [" ".join(g.split()[:2]) for g in read(text, "kk", published=dt.date(2025, 6, 10))]
    assert got == expected


# A distance bound: "не ближе 50 метров" (at least), "не дальше 2 км" (at most), "no closer than 50 meters".
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Разводить костры нужно не ближе 50 метров от леса.", "ru", ["50 at_least"]),
    ("Стоянка разрешена не дальше 2 км от дороги.", "ru", ["2 at_most"]),
    ("Fires must be made no closer than 50 meters to the forest, and no further than 2 km from the road.", "en",
     ["50 at_least", "2 at_most"]),
])
def test_distance_bounds(text: str, lang: str, expected: list[str]) -> None:
    assert [" ".join(g.split()[:2]) for g in read(text, lang, published=dt.date(2025, 5, 1))] == expected


# Kazakh call-outs told with the verb right after "рет" ("29 рет шықты") or fires put out ("5 рет … өрттерді
# сөндірді") count events; a frequency ("жылына екі рет шықты") does not.
@pytest.mark.parametrize(("text", "numbers"), [
    ("Құтқарушылар 14-17 тамыз аралығында 5 рет шөпханадағы өрттерді сөндірді.", ["5"]),
    ("Жеке құрам жану оқиғаларына 29 рет шықты және апаттық-құтқару жұмыстарына 7 рет шықты.", ["29", "7"]),
    ("Ол жылына екі рет шықты.", []),
])
def test_kk_call_outs(text: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, "kk", published=dt.date(2025, 8, 18))] == numbers


# Kazakh names a year with its "жыл": a year-like number inside a clause before another word counts ("… және 2000 түк
# (40 тонна) шөп жойылды"); one opening a clause may be a year whose word the copy lost.
@pytest.mark.parametrize(("text", "numbers"), [
    ("Өрт салдарынан қора, шөпхана және 2000 түк шөп жойылды.", ["2000"]),
    ("Ауданда қалған 1920 орындық 4 мектептің құрылысы келер жылы аяқталады.", ["1920", "4"]),
    ("Қазақстан 2050 стратегиясы бойынша 30 жоба іске асты.", ["30"]),  # a name goes on with its year
    ("Сонымен, 2013 елорда да 8 балабақша пайдалануға берілді.", ["8"]),
    ("Бұл 2024 ж. 15 мамырда болды, 30 адам келді.", ["30"]),
])
def test_kk_year_like_count_inside_a_clause(text: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, "kk", published=dt.date(2025, 8, 18))] == numbers


# A header's day without its year ("30 Қаңтар, 18:15 3882") over a text whose own references imply the year gives
# that day of that year; its past reports then take the year before, as a January text's do.
def test_a_yearless_header_day_with_an_implied_year() -> None:
    text = ("Қазақстандағы ең танымал 5 курорттық орын\n\n30 Қаңтар, 18:15 3882\n\n"
            "Былтырғы жылдың қаңтар-қыркүйек аралығында курорттарға 3 млн саяхатшы барған. Бұл 2022 жылғы "
            "көрсеткішпен салыстырғанда 344 мың адамға көп. Ал 2023 жылғы алғашқы 9 айдың қорытындысы бойынша, Алматы "
            "тау кластері ең танымал курорт атанды.\n\nБатыс аймақтағы курортты мекенге 299 мың адам барған.")
    got = read(text, "kk", published=None)
    assert "2024-01-30..2024-01-30" in got[0]  # the title's figure: of the header's day
    assert got[-1].startswith("299000 ") and "2023-01-01..2023-12-31" in got[-1]


def test_yearless_header_day_with_a_counter() -> None:
    from loaders.text import yearless_header_day

    assert yearless_header_day("Тақырып\n\n30 Қаңтар, 18:15 3882\n\nМәтін.") == (1, 30)
    assert yearless_header_day("Тақырып\n\n30 адам келді\n\nМәтін.") is None


# A decimal comma with a space, told by a leading zero ("1, 08 млн") or by a count of hundreds before one digit and a
# scale ("2446, 9 мың га"): one number; a list of small numbers stays a list ("5, 7 и 9 тысяч").
@pytest.mark.parametrize(("text", "lang", "values"), [
    ("Шақыртулардың саны 1, 08 млн құрады.", "kk", ["1.08e+06"]),
    ("Республика бойынша 2446, 9 мың га бастырылды.", "kk", ["2.4469e+06"]),
    ("The fund got 2, 05 million tenge.", "en", ["2.05e+06"]),
    ("Выделено 5, 7 и 9 тысяч тенге.", "ru", ["5", "7000", "9000"]),
])
def test_decimal_comma_with_a_space(text: str, lang: str, values: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2025, 8, 27))] == values


def test_milrd_typo() -> None:
    assert read("Ветеринарияға 4 милрд теңге бөлінеді.", "kk", published=dt.date(2025, 12, 1))[0].split()[0] == "4e+09"


# Works split between the end of this year and a year named for the rest ("14-нің құрылысы жыл соңына дейін
# аяқталады. Қалған 11 мектепті 2015 жылы іске қосу жоспарланып отыр"): an undated text of the year before it.
@pytest.mark.parametrize(("text", "lang"), [
    ("Қазір 30 мектептің құрылысы жүріп жатыр. 25 мектептің 14-нің құрылысы жыл соңына дейін аяқталады. Қалған 11 "
     "мектепті 2015 жылы іске қосу жоспарланып отыр.", "kk"),
    ("Сейчас строится 30 школ. До конца года сдадут 14 школ. Оставшиеся 11 откроют в 2015 году.", "ru"),
    ("Now 30 schools are under construction. 14 will be completed by the end of the year. The remaining 11 will open "
     "in 2015.", "en"),
])
def test_the_rest_in_a_later_year(text: str, lang: str) -> None:
    got = read(text, lang, published=None)
    assert got[0].startswith("30 ") and "2014-01-01..2014-12-31" in got[0]


def test_the_remaining_places_are_no_year() -> None:
    # negative: "қалған 1920 орындық" counts places, no year for the rest
    text = ("Мектептер жыл соңына дейін салынады. Қалған 1920 орындық 4 мектептің құрылысы аяқталады. "
            "Қазір 30 мектеп бар.")
    assert not any("1919-" in g for g in read(text, "kk", published=None))


# An emergency number before its service's name ("the 103 ambulance service", "the 103 ambulance line") is no count.
@pytest.mark.parametrize(("text", "numbers"), [
    ("On average, the 103 ambulance service of the capital receives up to 4,000 calls per day.", ["4000"]),
    ("The load on the 103 ambulance line increased, 500 calls came.", ["500"]),
    ("The 103 ambulance crews served 500 people.", ["103", "500"]),  # negative: crews counted
])
def test_an_emergency_number_before_its_service(text: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, "en", published=dt.date(2020, 3, 20))] == numbers


# Kazakh "N-ді алқымдаған" (nearing N) tells an age.
def test_kk_nearing_an_age() -> None:
    got = read("Биыл 80-ді алқымдаған тұрғындар 28 жұп болып неке қиды.", "kk", published=dt.date(2026, 1, 23))
    assert [g.split()[0] for g in got] == ["28"]


# A header's date cut to its year, alone on a line near the top ("Ақорда / … / 2023 жылғы"), dates an undated page by
# that year.
def test_a_year_alone_in_the_header() -> None:
    text = ("Мемлекет басшысы облыс әкімін қабылдады\n\nЖаңалықтар\n\nАқорда\n\n2023 жылғы\n\n"
            "Президентке облыстың дамуы туралы есеп берілді. Облыста 13 сүт фермасының құрылысы жүріп жатыр.")
    (got,) = read(text, "kk", published=None)
    assert got.startswith("13 ") and "2023-01-01..2023-12-31" in got


def test_a_count_alone_on_a_line_is_no_header_year() -> None:
    # negative: a number that is no year-like line ("2023 жылғы" needs the year's range) leaves the page undated
    text = "Мемлекет басшысы облыс әкімін қабылдады\n\n3500\n\nОблыста 13 сүт фермасының құрылысы жүріп жатыр."
    (got,) = read(text, "kk", published=None)
    assert "None..None" in got


# "At the time of independence" is 1991 (its first years are the span 1991–1992).
@pytest.mark.parametrize(("text", "lang"), [
    ("At the time of independence of the Republic in the area were open 140 health care facilities.", "en"),
    ("На момент обретения независимости в области работали 140 больниц.", "ru"),
])
def test_at_the_time_of_independence(text: str, lang: str) -> None:
    (got,) = read(text, lang, published=dt.date(2021, 12, 1))
    assert "1991-01-01..1991-12-31" in got


# A Kazakh purpose clause after a year ("2025 жылы … 2 жобаны іске асыру үшін … өтінім бердік") makes the year a
# plan's; a title that tells what will be done "next year" over a text naming that one year dates it the year before.
@pytest.mark.parametrize(("text", "lang"), [
    ("Талдықорғанда келесі жылы 98 көше жарықтандырылады\n\nБүгінде 640 көшенің 420 көшесі жарықтандырылған. «Біз "
     "2025 жылы қала бойынша 2 жобаны іске асыру үшін жоба жасап, қаражатқа өтінім бердік.", "kk"),
])
def test_next_year_in_the_title(text: str, lang: str) -> None:
    got = read(text, lang, published=None)
    assert any(g.startswith("420 ") and "2024-01-01..2024-12-31" in g for g in got)


def test_next_year_in_the_title_needs_one_year() -> None:
    # negative: two years named leave the title's "next year" unplaced
    text = ("В следующем году в городе осветят 98 улиц\n\nВ 2019 году освещены 300 улиц, сейчас освещены 420 улиц. "
            "Заявка на 2025 год подана.")
    got = read(text, "ru", published=None)
    assert not any("2024-01-01..2024-12-31" in g for g in got)


# The base's value in brackets right after a change told against a Kazakh base ("2024 жылдың сәйкес кезеңімен
# салыстырғанда 12,3%-ға төмен (49 414 адам)") is of the base's time.
def test_kk_base_value_in_brackets_after_the_change() -> None:
    text = ("2025 жылы облыста 43 305 бала дүниеге келді. Бұл 2024 жылдың сәйкес кезеңімен салыстырғанда 12,3%-ға "
            "төмен (49 414 адам).")
    got = read(text, "kk", published=dt.date(2026, 1, 29))
    assert got[-1].startswith("49414 ") and "2024-01-01..2024-12-31" in got[-1]


# A figure right after the possessive of a comparison's base ("compared to last year's 65", "compared with 2022's
# 300") is the base's own value, of the base's time.
@pytest.mark.parametrize(("text", "value", "period"), [
    ("The number of those killed has declined by 32% to 44 people compared to last year's 65.", "65",
     "2022-01-01..2022-12-31"),
    ("Donations rose to 500 this year, compared with 2022's 300.", "300", "2022-01-01..2022-12-31"),
])
def test_the_bases_possessive_value(text: str, value: str, period: str) -> None:
    got = read(text, "en", published=dt.date(2023, 4, 10))
    assert any(g.startswith(value + " ") and period in g for g in got)


# Service consoles and road kilometres: 'на пульт "112"' is a service number; "ДТП на 562 км автодороги" is where on
# the road; "53,5 млдр теңге" is a billion typed out of order.
@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ('Информация о подтоплениях поступила на пульт "112", подтоплено 127 дворов.', "ru", ["127"]),
    ("27 сентября произошло ДТП на 562 км автодороги Самара - Шымкент, пострадали 3 человека.", "ru", ["3"]),
    ("Аталған шараларды жүзеге асыруға 53,5 млдр теңге бөлінеді.", "kk", ["5.35e+10"]),
    # negative: kilometres of road built
    ("Построено 562 км автодороги.", "ru", ["562"]),
])
def test_consoles_road_kilometres_and_typos(text: str, lang: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2025, 9, 30))] == numbers


# A house letter spaced off in a list of addresses after a street's name ("Молдағалиев көшесі 30, 33 А және Төлебаев
# көшесі 44") is part of the address.
def test_spaced_house_letter_in_an_address_list() -> None:
    text = ("Жыл соңына дейін Молдағалиев көшесі 30, 33 А және Төлебаев көшесі 44 мекен-жайындағы жатақхана "
            "тұрғындары, барлығы 120 отбасы, баспанамен қамтылады.")
    assert [g.split()[0] for g in read(text, "kk", published=dt.date(2024, 5, 1))] == ["120"]


# A base year alone after "than" is no compared value: the period after it is the figure's ("2.5 more than in 2019 were
# commissioned in Almaty in 2020"); a compared value with its own year keeps that year ("versus 30,000 in 2018").
@pytest.mark.parametrize(("text", "expected"), [
    ("3,902 apartments that is 2.5 more than in 2019 were commissioned in Almaty in 2020.",
     ["3902 exact * * 2020-01-01..2020-12-31 *", "2.5 exact * * 2020-01-01..2020-12-31 *"]),
    ("134,000 passenger cars produced versus 30,000 in 2018.",
     ["134000 exact * * 2021-02-17..2021-02-17 *", "30000 exact * * 2018-01-01..2018-12-31 *"]),
])
def test_a_base_year_alone_after_than(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "en", published=dt.date(2021, 2, 17)), expected)


# "thou" abbreviates thousand ("around 6 thou tons of fish"); later ranges of a list of kilometre posts after "км" are
# posts too ("(км 1211-1231, 1160-1197)"); a newspaper issue's running number in brackets ("№75 (10443)") is a label.
@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("Atyrau region exported around 6 thou tons of fish.", "en", ["6000"]),
    ("Отремонтировано четыре участка на автодороге «Екатеринбург - Алматы» (км 1211-1231, 1160-1197).", "ru", ["4"]),
    ("PDF нұсқалар мұрағаты №75 (10443), оқырмандар саны 300 адам.", "kk", ["300"]),
])
def test_thou_km_lists_and_issue_numbers(text: str, lang: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2022, 10, 21))] == numbers

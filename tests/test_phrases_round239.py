"""Phrase tests for the classes the twenty-fourth session's development misses showed: parts told as changes and
differences, a Russian price told from its low end, a count guessed between two next whole numbers, a better harvest
as a multiple. Each a rule of the language, with variants and negatives."""
from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import read

PUB = dt.date(2025, 6, 1)


def _figures(text: str, lang: str) -> list[str]:
    """"value qualifier unit" of each figure read."""
    return [" ".join(g.split()[:3]) for g in read(text, lang, published=PUB)]


# A part as a change, the article or numerator left out or hyphenated ("decreased by almost third", "increased by
# one-third", "fell by two-thirds"), and a part as a difference ("a quarter less than the average national price");
# Russian "треть / четверть — …" naming the part after a dash, as "половина — …" did. Negatives: an ordinal
# ("the third quarter"), a part with nothing compared.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Thefts\n\nNumber of thefts in Kazakhstan decreased by almost third.", "en", ["33.33 almost percent"]),
    ("Thefts\n\nThe number of thefts decreased by a third.", "en", ["33.33 approx percent"]),
    ("Saiga\n\nSaiga population in Kazakhstan for the year increased by one-third.", "en", ["33.33 approx percent"]),
    ("Prices\n\nPrices fell by two-thirds.", "en", ["66.67 approx percent"]),
    ("Prices\n\nCottage cheese costs 1622 tenge per kilogram, which is a quarter less than the average national price.",
     "en", ["1622 exact KZT", "25 approx percent"]),
    ("Prices\n\nBread here is a third higher than in the capital.", "en", ["33.33 approx percent"]),
    ("Концерт\n\nКонцерт привлек более 30 тысяч зрителей, из которых треть — иностранцы.", "ru",
     ["30000 at_least persons", "33.33 approx percent"]),
    ("Форум\n\nИз 90 участников четверть — школьники.", "ru", ["90 exact persons", "25 approx percent"]),
    # negatives
    ("Economy\n\nIn the third quarter the economy grew.", "en", []),
    ("Building\n\nThe building is a third taller.", "en", []),
])
def test_a_part_as_a_change_or_difference(text: str, lang: str, expected: list[str]) -> None:
    assert sorted(_figures(text, lang)) == sorted(expected)


# A Russian price told from its low end ("перец — от 90 тенге", "можно купить от 950 тенге", "стоимостью от 5 тыс.
# тенге в сутки") is at least that much. Negatives: a range with "до", a source of help ("от 90 организаций"), a
# price with no "от".
@pytest.mark.parametrize(("text", "expected"), [
    ("Цены\n\nБолгарский перец — от 90 тенге, капуста и арбузы — от 30 тенге за килограмм.",
     ["90 at_least KZT", "30 at_least KZT"]),
    ("Цены\n\nКупить килограмм говядины можно от 950 тенге, баранина — 850 тенге.",
     ["950 at_least KZT", "850 exact KZT"]),
    ("Туризм\n\nЕсть гостевые дома стоимостью от 5 тыс. тенге в сутки.", ["5000 at_least KZT"]),
    ("Пособия\n\nПособия составляют от 50 975 тенге.", ["50975 at_least KZT"]),
    # negatives
    ("Цены\n\nЦены — от 90 до 120 тенге.", ["90 at_least KZT", "120 at_most KZT"]),
    ("Помощь\n\nПомощь поступила от 90 организаций.", ["90 exact organizations"]),
    ("Цены\n\nКилограмм картофеля стоит 50 тенге.", ["50 exact KZT"]),
])
def test_a_russian_price_from_its_low_end(text: str, expected: list[str]) -> None:
    assert sorted(_figures(text, "ru")) == sorted(expected)


# A count guessed between two next whole numbers joined by "or" ("two or three drones", "два или три волонтера",
# "2 or 3 food kits") is one quantity with two ends, as the blind gold reads it; counts further apart are two
# figures ("один или семь человек"), and two guessed prices a double apart too ("почти на 50 или 100 тенге").
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Drones\n\nNow government agencies have two or three drones.", "en", ["2 at_least items", "3 at_most items"]),
    ("Aid\n\nEach family received 2 or 3 food kits.", "en", ["2 at_least items", "3 at_most items"]),
    ("Помощь\n\nПришли два или три волонтера.", "ru", ["2 at_least persons", "3 at_most persons"]),
    # negatives
    ("Курбан\n\nКрупный скот могут заказать один или семь человек вместе.", "ru", ["7 exact persons"]),
    ("Цены\n\nЦена на баранину снизилась почти на 50 или 100 тенге.", "ru", ["50 almost items", "100 exact KZT"]),
    ("Run\n\nRunners ran 5 or 10 kilometers.", "en", ["5 exact *", "10 exact *"]),
])
def test_a_count_guessed_between_next_numbers(text: str, lang: str, expected: list[str]) -> None:
    got = sorted(_figures(text, lang))
    assert len(got) == len(expected)
    for g, e in zip(got, sorted(expected), strict=True):
        assert all(w == "*" or w == x for w, x in zip(e.split(), g.split(), strict=True)), (g, e)


# A harvest or an income two or three times better ("2-3 есе жақсы өнім") is a measured multiple; a multiple of a
# quality ("екі есе жақсы болды", "екі есе қуанышты") stays rhetoric.
@pytest.mark.parametrize(("text", "expected"), [
    ("Мақта\n\nСуды уақытылы жеткізгеннің арқасында биыл 2-3 есе жақсы өнім алайын деп отырмыз.",
     ["2 at_least ratio", "3 at_most ratio"]),
    ("Егін\n\nБиыл үш есе жақсы түсім алдық.", ["3 exact ratio"]),
    # negatives
    ("Той\n\nБұл екі есе жақсы болды.", []),
    ("Той\n\nБұл екі есе қуанышты күн.", []),
])
def test_a_better_harvest_is_a_multiple(text: str, expected: list[str]) -> None:
    assert sorted(_figures(text, "kk")) == sorted(expected)


def _periods(text: str, lang: str) -> dict[str, str]:
    return {g.split()[0]: g.split()[4] for g in read(text, lang, published=None)}


# An undated text whose only year is that of a deed still to be done ("housing to be built in Aktobe in 2015", "в 2015
# году будет построено"), with plans of "this year", was written in that year: "this year" is the plan's year.
# Negatives: a horizon ("by 2030") dates nothing; a year of a deed done is read as before.
@pytest.mark.parametrize(("text", "lang", "value", "year"), [
    ("Housing\n\nOver 86 thousand sq.m of housing to be built in Aktobe in 2015\n\nThree houses are under way. They "
     "are also planned to commission 37 thousand square meters this year.", "en", "37000", "2015"),
    ("Жилье\n\nВ 2015 году будет построено 86 тысяч кв. м жилья. В этом году также планируется сдать 37 тысяч "
     "квадратных метров.", "ru", "37000", "2015"),
])
def test_a_year_of_a_deed_to_be_done_dates_this_years_plans(text: str, lang: str, value: str, year: str) -> None:
    assert _periods(text, lang)[value].startswith(year)


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Housing\n\nOver 86 thousand sq.m of housing to be built by 2030\n\nThey are also planned to commission 37 "
     "thousand square meters this year.", "en", "37000"),
])
def test_a_horizon_to_be_reached_dates_nothing(text: str, lang: str, value: str) -> None:
    assert "2030" not in _periods(text, lang)[value]


# Russian "не" after a number negates what follows ("более 1500 не имеющих прав"); only Kazakh "не" is "or", which
# joins the numbers of a phone line ("1414 не 109"). Negative: a number after "номер" with "или" stays a phone.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Рейд\n\nВыявлено 106 водителей с подложными номерами, более 1500 не имеющих прав и 322 лишенных прав.", "ru",
     ["106 exact persons", "1500 at_least persons", "322 exact *"]),
    # negative
    ("Связь\n\nПозвоните по номеру 1414 или 109.", "ru", []),
])
def test_russian_ne_is_no_or(text: str, lang: str, expected: list[str]) -> None:
    got = sorted(_figures(text, lang))
    assert len(got) == len(expected), got
    for g, e in zip(got, sorted(expected), strict=True):
        assert all(w == "*" or w == x for w, x in zip(e.split(), g.split(), strict=True)), (g, e)


# A share written as a fraction in digits before its whole ("1/3 of National Pollution", "about 2/3 of wheat", "1/5
# населения", "1/3 бөлігі") is a percent figure, approx like a share in words. Negatives: "24/7", "№ 1/2", a fraction
# with no whole after it.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Air\n\nKaraganda Oblast has 1/3 of National Pollution", "en", ["33.33 approx percent"]),
    ("Wheat\n\nThe region produces about 2/3 of high-quality wheat in the republic.", "en", ["66.67 approx percent"]),
    ("АСП\n\nВ Шымкенте 1/5 населения может стать получателями АСП.", "ru", ["20 approx percent"]),
    ("Жол\n\nЖолдың 1/3 бөлігі жөнделді.", "kk", ["33.33 approx percent"]),
    # negatives
    ("Shelter\n\nThe shelter works 24/7.", "en", []),
    ("Дом\n\nДом № 1/2 по улице Абая отремонтирован.", "ru", []),
    ("Score\n\nThe team won 1/3 yesterday.", "en", []),
])
def test_a_fraction_in_digits_is_a_share(text: str, lang: str, expected: list[str]) -> None:
    assert sorted(_figures(text, lang)) == sorted(expected)


# Kazakh: a bound after the thing a counted noun in the genitive owns is that thing's ("1500 үйдің ауласына дейін газ
# құбыры тартылған": up to the yards of 1,500 houses), no bound of the number. Negative: the bound after the counted
# noun itself ("1500 үйге дейін").
@pytest.mark.parametrize(("text", "expected"), [
    ("Газ\n\nҚабанбай шағын аудандарындағы 1500 үйдің ауласына дейін газ құбыры тартылған.", ["1500 exact"]),
    ("Газ\n\nБиыл 1500 үйге дейін газ тартылады.", ["1500 at_most"]),
])
def test_a_kazakh_bound_of_an_owned_thing(text: str, expected: list[str]) -> None:
    assert [" ".join(f.split()[:2]) for f in _figures(text, "kk")] == expected


# Kazakh "шағынаудан" written as one word, in a case, after a number is a numbered microdistrict, an address ("18
# шағынауданда орналасқан 4 тұрғын үй"), as "18 шағын ауданда" is; the bare noun before "мен" counts ("29 шағынаудан
# мен тұрғын алап").
@pytest.mark.parametrize(("text", "expected"), [
    ("Үй\n\nАқтауда 18 шағынауданда орналасқан 4 тұрғын үй пайдалануға берілді.", ["4"]),
    ("Интернет\n\nАудан аумағындағы 29 шағынаудан мен тұрғын алапқа интернет жеткізілді.", ["29"]),
])
def test_a_kazakh_microdistrict_in_one_word(text: str, expected: list[str]) -> None:
    assert [f.split()[0] for f in _figures(text, "kk")] == expected


# A headline over its date and a photo credit ("Возврат активов: 1,4 млрд тенге выделено …" / "25 апреля, 2025" /
# "Фото: …") is the page's title, not a menu, as it is over a byline.
def test_a_headline_over_its_date_and_photo_credit() -> None:
    text = ("Возврат активов: 1,4 млрд тенге выделено на строительство медицинских учреждений в Актюбинской области\n"
            "25 апреля, 2025\nФото: Оңалхан Өнерхан\nИз фонда на строительство медицинских учреждений выделено "
            "порядка 1,4 млрд тенге, сообщает пресс-служба Правительства.\n")
    assert sorted(_figures(text, "ru")) == ["1.4e+09 approx KZT", "1.4e+09 exact KZT"]


# Hazard classes ("1 класс пожарной опасности, 2 класс в городах …") are labels; classes opened for pupils count.
@pytest.mark.parametrize(("text", "expected"), [
    ("Пожары\n\nВ Маркаколе наблюдается 1 класс пожарной опасности, 2 класс в городах Риддер и Алтай, 3 класс — в "
     "городе Семей.", []),
    ("Школа\n\nОткрыли 2 класса для 40 детей.", ["2", "40"]),
])
def test_a_hazard_class_is_a_label(text: str, expected: list[str]) -> None:
    assert [f.split()[0] for f in _figures(text, "ru")] == expected


# The plural of a numbered city block counts the blocks ("50 дворов в 15 кварталах"), as "в 12 микрорайонах" does;
# the singular names one ("в 5 квартале").
@pytest.mark.parametrize(("text", "expected"), [
    ("Дворы\n\nБудет отремонтировано 50 дворов в 15 кварталах.", ["50", "15"]),
    ("Дом\n\nДом на 60 квартир построят в 5 квартале.", ["60"]),
])
def test_blocks_in_the_plural_are_counted(text: str, expected: list[str]) -> None:
    assert [f.split()[0] for f in _figures(text, "ru")] == expected


# A figure with no time of its own set against the same months of a year before ("на 2,1 процента меньше, чем в
# январе-марте 2012 года", "more than in January-September 2023") is of those months a year later. Negatives: the
# base's own figure keeps the base; a whole year as a base gives no months.
@pytest.mark.parametrize(("text", "lang", "published", "value", "period"), [
    ("Демография\n\nЗарегистрировано 3130 рождений, на 2,1 процента меньше, чем в январе-марте 2012 года.", "ru",
     dt.date(2013, 6, 18), "3130", "2013-01-01..2013-03-31"),
    ("Crime\n\nPolice registered 5,200 thefts, 4% fewer than in January-September 2023.", "en",
     dt.date(2024, 11, 5), "5200", "2024-01-01..2024-09-30"),
    # negatives
    ("Демография\n\nВ январе-марте 2012 года зарегистрировано 2057 смертей.", "ru", dt.date(2013, 6, 18), "2057",
     "2012-01-01..2012-03-31"),
])
def test_the_same_months_a_year_after_the_base(text: str, lang: str, published: dt.date, value: str,
                                               period: str) -> None:
    got = {g.split()[0]: g.split()[4] for g in read(text, lang, published=published)}
    assert got[value] == period


# A Russian short passive participle of a deed ("составлен 51 протокол", "применены 17 мер", "выявлена 41 единица")
# reports what was done, as "собрано" does, so a January report's figures are of the year before; with "будут /
# будет" before it, it is a deed to come. Kazakh: a report closed by "— делінген хабарламада" (said in the message)
# is still read by its verb.
@pytest.mark.parametrize(("text", "lang", "value", "period"), [
    ("Проверки\n\nСанврачи подвели итоги.\n\nПо итогам выявленных нарушений составлен 51 административный протокол.",
     "ru", "51", "2025-01-01..2025-12-31"),
    ("Проверки\n\nСанврачи подвели итоги.\n\nТакже применены 17 мер оперативного реагирования.", "ru", "17",
     "2025-01-01..2025-12-31"),
    ("Тексеру\n\nТексеру қорытындысы шықты.\n\nЖалпы құны 1 млн теңгеден асатын 818 килограмм өнім саудадан алынды, "
     "— делінген хабарламада.", "kk", "818", "2025-01-01..2025-12-31"),
    # negative: a deed to come
    ("Дороги\n\nДорожники подвели итоги.\n\nВсего будут реализованы 500 проектов.", "ru", "500", "not 2025"),
])
def test_a_short_participle_reports_a_deed(text: str, lang: str, value: str, period: str) -> None:
    got = {g.split()[0]: g.split()[4] for g in read(text, lang, published=dt.date(2026, 1, 13))}
    if period == "not 2025":
        assert not got[value].startswith("2025")
    else:
        assert got[value] == period


# A site's short month in a date line ("Четверг, 24 Мар 2022, 14:15", "5 сен. 2019") dates the page; the full month
# word keeps working.
@pytest.mark.parametrize(("line", "day"), [
    ("Четверг, 24 Мар 2022, 14:15", "2022-03-24"),
    ("5 сен. 2019", "2019-09-05"),
    ("12 дек 2020, 09:00", "2020-12-12"),
    ("24 марта 2022, 14:15", "2022-03-24"),
])
def test_a_short_russian_month_in_a_date_line(line: str, day: str) -> None:
    from loaders.build import process_article
    text = f"Рыба\n\n{line}\n\nВ области наращивают производство рыбы. В прошлом году произведено 6 тысяч тонн.\n"
    assert process_article("a.txt", text, "0" * 64, {"lang": "ru"})["source"]["published"] == day


# "Читайте также" alone on its line with the linked headline on the next is one link inside the body, not the start
# of the page's tail: the body after it is read. Negative: at the end of the body it still cuts the tail.
def test_read_also_alone_on_its_line_is_one_link() -> None:
    text = ("Рыба\n\nВ Алматинской области наращивают производство рыбы в искусственных водоёмах, сообщили в "
            "управлении.\n\nЧитайте также\nЗагрязнителя озера никак не могут привлечь к ответственности\n\n- В год мы "
            "выращиваем 220 тонн форели и 50 тонн осетровой рыбы, - рассказал фермер о своей работе в хозяйстве.\n")
    assert [f.split()[0] for f in _figures(text, "ru")] == ["220", "50"]
    tail = ("Рыба\n\nВ области выращивают 220 тонн форели и 50 тонн осетровой рыбы, сообщили в управлении "
            "сельского хозяйства.\n\nЧитайте также\nВ районе открыли 5 новых прудов\n")
    assert [f.split()[0] for f in _figures(tail, "ru")] == ["220", "50"]


# Digits already grouped into millions before "million" give the whole number; the scale word restates it
# ("17.397.200 million people"). Negatives: "1,200 million", "2.5 million" multiply.
@pytest.mark.parametrize(("text", "value"), [
    ("Population\n\nThe population amounted to 17.397.200 million people.", "1.73972e+07"),
    ("Budget\n\nThe budget is 1,200 million tenge.", "1.2e+09"),
    ("Aid\n\nHe got 2.5 million tenge.", "2.5e+06"),
])
def test_digits_grouped_into_millions_before_million(text: str, value: str) -> None:
    assert [f.split()[0] for f in _figures(text, "en")] == [value]


# Kazakh lanes and passages in an address ("Адамбаев, 3-бұр.", "1-бұрылыс", "5-тұйық") are numbers of places, no
# counts.
def test_kazakh_lane_numbers_are_addresses() -> None:
    text = "Жарық\n\nАдамбаев, 3-бұр., Байзақ батыр, 1-бұрылыс, 5-тұйық көшелеріне 120 шам орнатылды.\n"
    assert [f.split()[0] for f in _figures(text, "kk")] == ["120"]


# A count in brackets after a district's adjective ("в Уилском (10), Мугалжарском (15) … и Кобдинском (8) районах")
# is a count by place, not an age or a list's mark; marks before their items stay labels ("(1) занятость, (2) …").
@pytest.mark.parametrize(("text", "expected"), [
    ("Врачи\n\nДефицит врачей наблюдается в Уилском (10), Мугалжарском (15), Байганинском (7) и Кобдинском (8) "
     "районах.", ["10", "15", "7", "8"]),
    ("Приоритеты\n\nПриоритеты программы: (1) занятость, (2) социальное участие и (3) независимая жизнь.", []),
    ("Семья\n\nЮрий (78) и Василина (76) отметили юбилей.", []),
])
def test_a_count_in_brackets_after_a_district(text: str, expected: list[str]) -> None:
    assert [f.split()[0] for f in _figures(text, "ru")] == expected


# A share of the level of the same period of a year ("418.9 billion tenge or 93.2% to the level of the corresponding
# period of 2019", "93,2% к уровню соответствующего периода 2019 года") sets the year as a base: neither the amount
# nor the share is of it. Negative: a year that opens the sentence dates its amount.
@pytest.mark.parametrize(("text", "lang", "value", "year"), [
    ("Trade\n\nWholesale turnover amounted to 418.9 billion tenge or 93.2% to the level of the corresponding period of "
     "2019.", "en", "4.189e+11", "2020"),
    ("Trade\n\nWholesale turnover amounted to 418.9 billion tenge or 93.2% to the level of the corresponding period of "
     "2019.", "en", "93.2", "2020"),
    ("Торговля\n\nОптовый оборот составил 418,9 млрд тенге или 93,2% к уровню соответствующего периода 2019 года.",
     "ru", "4.189e+11", "2020"),
    # negative
    ("Trade\n\nIn 2019 wholesale turnover amounted to 418.9 billion tenge.", "en", "4.189e+11", "2019"),
])
def test_a_share_of_the_level_of_a_base_period(text: str, lang: str, value: str, year: str) -> None:
    got = {g.split()[0]: g.split()[4] for g in read(text, lang, published=dt.date(2020, 9, 29))}
    assert got[value].startswith(year)


# Kazakh: "this year" with a passive aorist closing the sentence ("Биыл студенттерге арналған 29 жатақхана салынады")
# tells a plan, and a plan named for a year inside a sentence ("… шеңберінде 2025 жылы … іске қосу жоспарланған")
# dates the undated text: this year is that year.
@pytest.mark.parametrize(("text", "value", "year"), [
    ("Биыл студенттерге арналған 29 жатақхана салынады\n\nТапсырманы жүзеге асыру шеңберінде 2025 жылы 10439 орынды "
     "жатақхананы іске қосу жоспарланған. Бүгінгі таңда Түркістан қаласында 652 орынды жатақхана бар.\n", "652",
     "2025"),
])
def test_a_kazakh_plan_of_this_year_dates_the_text(text: str, value: str, year: str) -> None:
    assert _periods(text, "kk")[value].startswith(year)


# "Up to" after a change told by an amount ("it went up by 1-7 tenge, up to 87 tenge per loaf", and in a parallel
# clause with its verb left out: "in Atyrau - by 20 tenge, up to 95 tenge") is the new level, exact; a bare "up to"
# is a bound.
@pytest.mark.parametrize(("text", "expected"), [
    ("Bread\n\nIn Aktobe, it went up by 1-7 tenge, up to 87 tenge per loaf, in Atyrau - by 20 tenge, up to 95 tenge.",
     ["87 exact", "95 exact"]),
    ("Bread\n\nThe fund gives up to 87 tenge per loaf.", ["87 at_most"]),
])
def test_up_to_after_a_change_by_an_amount(text: str, expected: list[str]) -> None:
    got = [" ".join(f.split()[:2]) for f in _figures(text, "en")]
    assert all(e in got for e in expected), got


# Kazakh "дерлік" (almost) after a share in words: "төрттен бір бөлігі дерлік" is almost a quarter.
@pytest.mark.parametrize(("text", "expected"), [
    ("Нан\n\nӨндірілген өнімнің төрттен бір бөлігі дерлік Түркістан облысының үлесінде.", ["25 almost percent"]),
    ("Нан\n\nӨнімнің үштен бірі экспортталды.", ["33.33 approx percent"]),
])
def test_almost_after_a_kazakh_share(text: str, expected: list[str]) -> None:
    assert _figures(text, "kk") == expected

"""Round 149 (the classes of blind sets 149 and 150, scored once with extractor 2.64 before they were fixed): each a
rule of the language, checked with variants in Russian, Kazakh and English, and with negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import assert_figures, read

Y2011_MAY = "2011-05-01..2011-05-31"
Y2017 = "2017-01-01..2017-12-31"
Y2018 = "2018-01-01..2018-12-31"
Y2019 = "2019-01-01..2019-12-31"
Y2020 = "2020-01-01..2020-12-31"
Y2023 = "2023-01-01..2023-12-31"
Y2024 = "2024-01-01..2024-12-31"


# "Had" is an English past: a state told in the past after a sentence that names its time is of that time.
@pytest.mark.parametrize(("text", "expected"), [
    ("The largest herd in the area was recorded in May 2011. At that moment farmers had 486.6 thousand heads.",
     [f"486600 exact * * {Y2011_MAY} *"]),
    ("The largest herd in the area was recorded in May 2011. Farmers had 486.6 thousand heads.",
     [f"486600 exact * * {Y2011_MAY} *"]),
    # negative: the present is of now
    ("The largest herd in the area was recorded in May 2011. Today farmers have 264 thousand heads.",
     ["264000 exact * * 2012-12-20..2012-12-20 *"]),
])
def test_had_is_a_past(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "en", published=dt.date(2012, 12, 20)), expected)


# A speech dash glued to the first word of a line ("-2024 жылы …, – деді ол") leaves the year a word of its own.
@pytest.mark.parametrize(("text", "lang"), [
    ("Су\n\n-2024 жылы бұл жұмыстардың қорытындысы бойынша 16 жоба жүзеге асырылуда, – деді басшы.", "kk"),
    ("Вода\n\n-В 2024 году реализуется 16 проектов, – сказала она.", "ru"),
    ("Water\n\n-In 2024, 16 projects are being implemented, she said.", "en"),
])
def test_a_glued_speech_dash_opens_a_word(text: str, lang: str) -> None:
    assert_figures(text, read(text, lang, published=None), [f"16 exact * * {Y2024} *"])


def test_a_hyphen_inside_a_word_still_joins() -> None:
    # negative: "Expo-2017" names an event, and a year glued after a hyphen inside a line is no year of the figure
    text = "Выставка\n\nВ 2016 году к ЭКСПО-2017 подготовили 300 волонтеров."
    assert_figures(text, read(text, "ru", published=dt.date(2016, 9, 1)),
                   ["300 exact persons * 2016-01-01..2016-12-31 *"])


# "За этот же период / over the same period / осы кезеңде" points back at the time the sentences before named, across
# a new line too; not the base of a comparison.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("В первом полугодии 2018 года в области было зарегистрировано 3605 браков.\nЗа этот же период распалось 2107 "
     "семей.", "ru", ["3605 exact * * 2018-01-01..2018-06-30 *", "2107 exact * * 2018-01-01..2018-06-30 *"]),
    ("In 2018, 3,605 marriages were registered in the region.\nOver the same period, 2,107 families broke up.", "en",
     [f"3605 exact * * {Y2018} *", f"2107 exact * * {Y2018} *"]),
    ("2018 жылы облыста 3605 неке тіркелді.\nОсы кезеңде 2107 отбасы ажырасты.", "kk",
     [f"3605 exact * * {Y2018} *", f"2107 exact * * {Y2018} *"]),
    # the base of a comparison before is no time to point back at
    ("In January-May 2018, 11,890 babies were born. It is 4.8% more than in the same period of 2017.\nDuring the same "
     "period, 1,719 people died.", "en",
     ["11890 exact * * * *", "4.8 exact * * * *", "1719 exact * * 2018-01-01..2018-05-31 *"]),
])
def test_the_same_period_points_back(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2019, 2, 15)), expected)


def test_the_same_period_of_last_year_is_no_pointer() -> None:
    from loaders.extract.article import _PERIOD_POINTED_BACK
    assert _PERIOD_POINTED_BACK.search("за тот же период прошлого года было 3800 браков") is None
    assert _PERIOD_POINTED_BACK.search("compared with the same period of 2017") is None
    assert _PERIOD_POINTED_BACK.search("over the same period last year") is None


# The year after the one told just before ("В следующем обновили уже 16", "The following year", "Келесі жылы"), in a
# report of the past; "next year" of a plan is the year after publication.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Рост активизировался в 2019 году. В тот год отремонтировали семь улиц. В следующем обновили уже 16.", "ru",
     [f"7 exact * * {Y2019} *", f"16 exact * * {Y2020} *"]),
    ("Рост активизировался в 2019 году. В тот год отремонтировали семь улиц. В следующем году обновили уже 16.", "ru",
     [f"7 exact * * {Y2019} *", f"16 exact * * {Y2020} *"]),
    ("Growth picked up in 2019. That year seven streets were repaired. The following year 16 were renewed.", "en",
     [f"7 exact * * {Y2019} *", f"16 exact * * {Y2020} *"]),
    ("2019 жылы жеті көше жөнделді. Келесі жылы 16 көше жаңартылды.", "kk",
     [f"7 exact * * {Y2019} *", f"16 exact * * {Y2020} *"]),
    # negatives: a plan's next year is the year after publication
    ("В 2022 году отремонтировали семь улиц. В следующем году обновят еще 16.", "ru",
     ["7 exact * * 2022-01-01..2022-12-31 *", f"16 exact * * {Y2023} *"]),
    ("In 2022, seven streets were repaired. Next year 16 more will be renewed.", "en",
     ["7 exact * * 2022-01-01..2022-12-31 *", f"16 exact * * {Y2023} *"]),
    ("Биыл жеті көше жөнделді. Келесі жылы 16 көше жаңартылады.", "kk",
     ["7 exact * * 2022-01-01..2022-12-02 *", f"16 exact * * {Y2023} *"]),
])
def test_the_year_after_the_one_told(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2022, 12, 2)), expected)


# A range's low end after a word for a line ("на линию выходит 18–20 бригад") is a count, no phone number; a decimal
# is never a phone number either.
@pytest.mark.parametrize(("text", "expected"), [
    ("По его словам, ежедневно в Костанае на линию выходит 18–20 бригад.",
     ["18 at_least * * * *", "20 at_most * * * *"]),
    ("На линию выходят 15-17 машин скорой помощи.", ["15 at_least * * * *", "17 at_most * * * *"]),
    ("Рост зафиксирован в транспорте – на 123,4%, в сфере связи – на 106,4.", ["123.4 exact percent * * *",
                                                                               "106.4 exact percent * * *"]),
    # negatives: the number of the line itself
    ("Звоните на горячую линию 1414.", []),
    ("Телефон доверия: 150.", []),
])
def test_no_phone_number(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "ru", published=dt.date(2025, 11, 18)), expected)


# "Один" as a part of the total just counted ("три человека, из них один ребенок") is a count.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("От угарного газа погибли три человека, из них один ребенок.", "ru",
     ["3 exact persons * * *", "1 exact persons * * *"]),
    ("Погибли три человека, в том числе один ребенок.", "ru", ["3 exact persons * * *", "1 exact persons * * *"]),
    ("Three people died, including one child.", "en", ["3 exact persons * * *", "1 exact persons * * *"]),
    ("Үш адам қаза тапты, оның ішінде бір бала.", "kk", ["3 exact persons * * *", "1 exact persons * * *"]),
    # negatives: one of them
    ("Пострадали пять человек, из них один из Алматы.", "ru", ["5 exact persons * * *"]),
    ("Из них один из лучших в стране.", "ru", []),
])
def test_one_part_of_a_total(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2018, 6, 6)), expected)


# One facility beside its capacity ("600 орындық бір мектеп", "одна школа на 600 мест", "one 600-seat school").
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Қалада 600 орындық бір мектеп салынады.", "kk", ["600 exact * * * *", "1 exact * * * *"]),
    ("300 орынға арналған бір балабақша салынды.", "kk", ["300 exact * * * *", "1 exact * * * *"]),
    ("Построена одна школа на 600 мест.", "ru", ["1 exact * * * *", "600 exact * * * *"]),
    ("The city will build one 600-seat school.", "en", ["1 exact * * * *", "600 exact * * * *"]),
    # negative: one of the schools
    ("Одна из школ на 600 мест уже построена.", "ru", ["600 exact * * * *"]),
])
def test_one_facility_of_a_capacity(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2024, 5, 1)), expected)


# A Russian past of a consonant stem with its ending ("погибли", "произошло", "спасли", "пришли") is a past report:
# it takes the time the sentence before named.
@pytest.mark.parametrize(("text", "expected"), [
    ("В 2017 году произошло 247 пожаров. От угарного газа погибли три человека.",
     [f"247 exact * * {Y2017} *", f"3 exact persons * {Y2017} *"]),
    ("В 2017 году спасатели выезжали 500 раз. Из воды спасли 12 человек.",
     [f"500 exact ratio * {Y2017} *", f"12 exact persons * {Y2017} *"]),
    # negative: the present
    ("В 2017 году произошло 247 пожаров. Сегодня в области работают 12 пожарных частей.",
     [f"247 exact * * {Y2017} *", "12 exact * * 2018-06-06..2018-06-06 *"]),
])
def test_russian_consonant_stem_past(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "ru", published=dt.date(2018, 6, 6)), expected)


# A sentence that names times only as its comparison's base (and the base's year told again) lends none to the report
# after it; the value a change started from keeps the base's time.
def test_a_base_told_again_lends_no_time() -> None:
    text = ("По данным полиции, по сравнению с аналогичным периодом прошлого года количество ДТП сократилось на 4,8%, "
            "то есть в 2017 году их было - 313. На территории области погибло 94 человека.")
    got = read(text, "ru", published=dt.date(2018, 11, 19))
    assert got[-1].startswith("94 ") and got[-1].split()[4] == "2018-11-19..2018-11-19", got


def test_the_value_a_change_started_from_keeps_the_base() -> None:
    text = ("Число браков по сравнению с первым полугодием 2020 года возросло на 44,2 процента (в 2020 году было "
            "зарегистрировано 45 036 браков). Число разводов снизилось почти на 25 процентов - с 12 747 до 9 447.")
    got = read(text, "ru", published=dt.date(2021, 8, 1))
    start = next(g for g in got if g.startswith("12747 "))
    assert start.split()[4] == "2020-01-01..2020-12-31", got


# Bare numbers in a list of percentages are percentages: parallel to one before them, or run together before one.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("В сфере транспорта зафиксирован рост на 123,4%, связи – на 106,4, торговле – на 105,9, инвестиций – на 103,1%.",
     "ru", ["123.4 exact percent * * *", "106.4 exact percent * * *", "105.9 exact percent * * *",
            "103.1 exact percent * * *"]),
    ("Производство выросло на 5,2, 6,1 и 7,3%.", "ru",
     ["5.2 exact percent * * *", "6.1 exact percent * * *", "7.3 exact percent * * *"]),
    ("Transport grew by 23.4%, communications by 6.4, trade by 5.9%.", "en",
     ["23.4 exact percent * * *", "6.4 exact percent * * *", "5.9 exact percent * * *"]),
    # negatives: counts after a percentage
    ("Охват вырос на 15%, открыто 12 новых школ и 3 детсада.", "ru",
     ["15 exact percent * * *", "12 exact * * * *", "3 exact * * * *"]),
])
def test_percents_of_a_parallel_list(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2025, 11, 12)), expected)


# A figure called out on a line of its own ("62.5% – an indicator of …") is the article's statement, not another
# story's headline.
def test_a_stat_callout_line_is_text() -> None:
    text = ("Service results were summed up.\n\n62.5% – an indicator of successful resuscitation of the service\n\n"
            "The average in Kazakhstan is 40.7%.")
    got = read(text, "en", published=dt.date(2025, 1, 10))
    assert [g.split()[0] for g in got] == ["62.5", "40.7"], got


def test_another_storys_headline_is_still_dropped() -> None:
    text = ("Service results were summed up. The average in Kazakhstan is 40.7%.\n\nPrices for petrol rose to 300 "
            "tenge per litre\n\nThe service has 12 teams.")
    got = read(text, "en", published=dt.date(2025, 1, 10))
    assert "300" not in [g.split()[0] for g in got], got


# A Kazakh report of a year's work done ("2019 жылы атқарған жұмыстардың қорытындысы бойынша … есепті кездесуінде")
# dates the text a year later; what it says will be done is of the text's year, not of the report's.
def test_a_kazakh_report_of_work_done_in_a_year() -> None:
    text = ("Шымкентте мектеп салынады\n\nБұл туралы қала әкімі 2019 жылы атқарған жұмыстардың қорытындысы бойынша "
            "тұрғындарға берген есепті кездесуінде мәлімдеді.\n\n"
            "«Өткен жылы Шымкентте 401 оқушы «Алтын белгі» алды.\n\n"
            "Биыл 5 700 орындық 7 мектеп салынады. Сонымен бірге, мектептерге 9 000 дана компьютер орнатылады.")
    got = read(text, "kk", published=None)
    periods = {g.split()[0]: g.split()[4] for g in got}
    assert periods["401"] == Y2019, got
    assert periods["9000"].startswith("2020-"), got


# A present state told in a clause of its own, its verb before the number ("…, а в стране действуют более 3,5 тысячи
# организаций"), is of now, whatever the clause before reported in the past.
@pytest.mark.parametrize("verb", ["провели 120 акций", "помогли 120 семьям", "собрали 120 тонн"])
def test_a_present_state_with_its_verb_before(verb: str) -> None:
    text = f"В первом полугодии 2024 года волонтеры {verb}, а в стране действуют более 3,5 тысячи организаций."
    got = read(text, "ru", published=dt.date(2025, 6, 15))
    assert got[0].split()[4] == "2024-01-01..2024-06-30", got
    assert got[1].startswith("3500 at_least") and got[1].split()[4] == "2025-06-15..2025-06-15", got


# Works carried over into a year ("2023 жылға өтпелі", "переходящих на 2023 год") tell a text of the year before it.
@pytest.mark.parametrize(("text", "lang"), [
    ("Газ\n\nОблыста 467 елдімекен газбен қамтылды. Алты нысанның барлығы 2023 жылға өтпелі.", "kk"),
    ("Газ\n\nОблыста 467 елдімекен газбен қамтылды. Алты нысанның құрылысы 2023 жылға ауысады.", "kk"),
    ("Газ\n\nВ области газифицировано 467 сел. Шесть объектов переходящие на 2023 год.", "ru"),
])
def test_works_carried_over_date_the_year_before(text: str, lang: str) -> None:
    got = read(text, lang, published=None)
    assert got[0].startswith("467 ") and got[0].split()[4] == "2022-01-01..2022-12-31", got


# A Kazakh cardinal with the possessive after a total in the genitive is "N of them": "он ауылдық округтің сегізі".
@pytest.mark.parametrize(("text", "expected"), [
    ("Қазір он ауылдық округтің сегізі газ жүйесіне қосылды.", ["10 exact * * * *", "8 exact * * * *"]),
    ("Отыз мектептің жиырма бесі жөнделді.", ["30 exact * * * *", "25 exact * * * *"]),
    ("Елу ауылдың қырқы сумен қамтылды.", ["50 exact * * * *", "40 exact * * * *"]),
    # negatives: "оны" (him), "бірі" (one of them), "жүзі" (face), "үшін" (for)
    ("Оны 10 адам қарсы алды.", ["10 exact * * * *"]),
    ("Олардың бірі – 5 жасар бала.", []),
    ("Балалар үшін 12 алаң салынды.", ["12 exact * * * *"]),
])
def test_kazakh_cardinal_of_them(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "kk", published=dt.date(2022, 5, 1)), expected)


# A year named as the coming one ("алдағы 2020-2021 жылдары", "в предстоящем 2020 году", "the coming 2020") dates an
# undated text to the year before it.
@pytest.mark.parametrize(("text", "lang"), [
    ("Су\n\nАуылда 1684 тұрғын таза ауыз суға қол жеткізді. Алдағы 2020-2021 жылдары ауданды толық ауыз сумен қамту "
     "жоспарлануда.", "kk"),
    ("Вода\n\nВ селе 1684 жителя получили доступ к чистой воде. В предстоящем 2020 году планируется завершить работы.",
     "ru"),
    ("Water\n\nIn the village, 1,684 residents gained access to clean water. In the coming 2020, the district plans to "
     "finish the work.", "en"),
])
def test_the_coming_year_dates_the_text(text: str, lang: str) -> None:
    got = read(text, lang, published=None)
    assert got[0].startswith("1684 ") and got[0].split()[4] == Y2019, got


# A report given on a year's results ("выступил с докладом о социально-экономическом развитии области по итогам 2019
# года") dates the text a year later: its "прошлый год" is the year reported.
def test_a_report_on_a_years_results_dates_the_text() -> None:
    text = ("Отчет акима\n\nГлава региона выступил с докладом о социально-экономическом развитии области по итогам "
            "2019 года.\n\nС марта по декабрь прошлого года руководством области совершено более 60 рабочих поездок.")
    got = read(text, "ru", published=None)
    assert got[-1].startswith("60 at_least") and got[-1].split()[4].startswith("2019-"), got


# Life expectancy is a figure in years, no age or duration.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Average life expectancy in the region has grown from 66 to 70.5 years.", "en",
     ["66 exact * * * *", "70.5 exact * * * *"]),
    ("Средняя продолжительность жизни в области выросла с 66 до 70,5 лет.", "ru",
     ["66 exact * * * *", "70.5 exact * * * *"]),
    ("Life expectancy reached 73.2 years.", "en", ["73.2 exact * * * *"]),
    # negatives: ages
    ("Young people aged 14 to 29 years took part.", "en", []),
    ("В конкурсе участвовали дети от 7 до 14 лет.", "ru", []),
])
def test_life_expectancy_is_a_figure(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2021, 6, 18)), expected)


# Money "for this purpose" is of the time of the purpose the sentence before told, across a new line too.
def test_money_for_this_purpose() -> None:
    text = ("Roads\n\nThe region commissioned 762.2 km of roads in 2017, and plans to commission 781.1 km more roads "
            "in 2018.\n\nThe region allocated 27.2 billion tenge from its budget for this purpose.")
    got = read(text, "en", published=dt.date(2018, 1, 6))
    assert got[-1].startswith("2.72e+10") and got[-1].split()[4] == Y2018, got


def test_money_without_a_purpose_told_before_is_last_years() -> None:
    # negative: a report of the first days of a year, no purpose pointed at
    text = ("Roads\n\nThe region commissioned 762.2 km of roads in 2017.\n\nThe region allocated 27.2 billion tenge "
            "from its budget.")
    got = read(text, "en", published=dt.date(2018, 1, 6))
    assert got[-1].startswith("2.72e+10") and got[-1].split()[4] == Y2017, got


# Latin Kazakh written with a plain "i" reads its scale words through Cyrillic ("4 milliard gektar", "12 million").
@pytest.mark.parametrize(("text", "expected"), [
    ("Audannyng jer kólemi 4 milliard gektar bolsa, sonyng 3,5 milliony jayylym esepteledi.",
     ["4e+09 exact * * * *", "3.5e+06 exact * * * *"]),
    ("«Yrys» qarjy úiymynan 12 million tenge nesie alyp, onyng 8 millionyn qúral-jabdyqtar alugha júmsadyq.",
     ["1.2e+07 exact KZT * * *", "8e+06 exact * * * *"]),
])
def test_latin_kazakh_scales_with_a_plain_i(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "kk", published=dt.date(2016, 12, 15)), expected)


# A change by a part in words: "reduced almost by a third", "сократилось почти на треть", "fell by a quarter".
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The travel time is reduced almost by a third.", "en", ["33.33 almost percent * * *"]),
    ("Время в пути сократилось почти на треть.", "ru", ["33.33 almost percent * * *"]),
    ("Sales fell by a quarter.", "en", ["25 approx percent * * *"]),
    ("Расходы выросли на четверть.", "ru", ["25 approx percent * * *"]),
    # negatives: a part of a time
    ("Работы завершат во второй половине года.", "ru", []),
])
def test_a_change_by_a_part(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2016, 9, 5)), expected)


# A photo credit glued to a paragraph of the body keeps the paragraph; a credit alone stays out.
def test_a_photo_credit_glued_to_the_body() -> None:
    text = ("In Maktaaral 15 new objects are built\n\nPhoto: ARE In the Maktaaral district in 2021 began construction "
            "of 15 objects. It is 13 schools, 1 kindergarten and 1 administrative building. Nine of them are put into "
            "operation.\n\nPhoto: 24.kz 2021")
    got = read(text, "en", published=dt.date(2021, 9, 1))
    assert [g.split()[0] for g in got][:4] == ["15", "13", "1", "1"], got


# A subheading whose figure the paragraph under it restates is text, not another story's headline.
def test_a_subheading_restated_below() -> None:
    text = ("Костанайская область нарастила темпы строительства.\n\nДевять новых школ — почти на 6 тысяч мест\n\n"
            "За три года в регионе построили 9 современных школ общей вместимостью 5 860 мест.")
    got = read(text, "ru", published=dt.date(2025, 12, 23))
    assert got[0].startswith("6000 almost"), got


def test_a_headline_of_another_story_is_not_restated() -> None:
    text = ("Костанайская область нарастила темпы строительства.\n\nЦены на бензин выросли до 300 тенге за литр\n\n"
            "За три года в регионе построили 9 школ общей вместимостью 5 860 мест.")
    got = read(text, "ru", published=dt.date(2025, 12, 23))
    assert "300" not in [g.split()[0] for g in got], got


# A Kazakh converb clause ("…-ып/-іп,") shares the time of the clause after it: "209 млн теңге бөлініп, 2023 жылы 10
# шақырым су құбыры тартылғанымен" (the money was allocated in 2023 too).
@pytest.mark.parametrize(("text", "expected"), [
    ("Облыстық бюджеттен 209 млн теңге бөлініп, 2023 жылы 10 шақырым су құбыры тартылғанымен, тұрғындар оны "
     "пайдаланбай отыр.", [f"2.09e+08 exact KZT * {Y2023} *", f"10 exact * * {Y2023} *"]),
    ("Oblystyq bıýdjetten 209 mln teńge bólinip, 2023 jyly 10 shaqyrym sý qubyry tartylǵanymen, turǵyndar ony "
     "paıdalanbaı otyr.", [f"2.09e+08 exact KZT * {Y2023} *", f"10 exact * * {Y2023} *"]),
    ("Жоба аясында 5 ауылға су тартылып, 2024 жылы 300 үй қосылды.",
     [f"5 exact * * {Y2024} *", f"300 exact * * {Y2024} *"]),
    # negative: a finite clause of its own keeps its time
    ("Биыл 5 ауылға су тартылды, 2024 жылы 300 үй қосылған.",
     ["5 exact * * 2025-01-01..2025-12-26 *", f"300 exact * * {Y2024} *"]),
])
def test_a_kazakh_converb_clause_shares_the_main_clauses_time(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "kk", published=dt.date(2025, 12, 26)), expected)


# The results of "the past year" announced in the lead ("to hear a report on the socioeconomic development of the
# region over the past year", "отчитался об итогах прошлого года") date the body's figures that name no time.
@pytest.mark.parametrize(("text", "lang"), [
    ("Report\n\nThe President received the governor to hear a report on the socioeconomic development of the region "
     "over the past year.\n\nThe region saw a 31% increase in passenger transportation.\n\n130 new buses were added "
     "to its public transport fleet.", "en"),
    ("Отчет\n\nАким области отчитался об итогах прошлого года перед жителями.\n\nПассажирские перевозки выросли на "
     "31%.\n\nВ парк поступили 130 новых автобусов.", "ru"),
])
def test_the_results_of_the_past_year_in_the_lead(text: str, lang: str) -> None:
    got = read(text, lang, published=dt.date(2024, 2, 13))
    assert [g.split()[4] for g in got] == ["2023-01-01..2023-12-31"] * 2, got


def test_the_past_year_deep_in_the_body_dates_only_its_sentence() -> None:
    # negative: not in the lead
    text = ("Report\n\nThe region saw a 31% increase in passenger transportation.\n\nThe fleet has 130 buses.\n\n"
            "Earlier the governor gave a report on the results of the past year.")
    got = read(text, "en", published=dt.date(2024, 2, 13))
    assert got[1].startswith("130 ") and got[1].split()[4] == "2024-02-13..2024-02-13", got


# "The corresponding period of 2021" is a comparison's base: the text is of the year after it.
def test_the_corresponding_period_of_a_year() -> None:
    text = ("Pavlodar\n\nSince the beginning of the year, the region has produced industrial products worth 1,901.6 "
            "billion tenge.\n\nThe volume of works for 7 months made up 100.7 billion tenge or 107.9% of the "
            "corresponding period of 2021.")
    got = read(text, "en", published=None)
    assert got[0].startswith("1.9016e+12") and got[0].split()[4].startswith("2022-"), got


# The base's months before its year ("по сравнению с январем-октябрем 2012 года") keep the base from lending its time;
# "2012 г" cut at the end of the copy is still a year.
def test_a_base_with_its_months_and_a_cut_year() -> None:
    text = ("В январе-октябре 2013 года по сравнению с январем-октябрем 2012 года число прибывших уменьшилось на 28,1 "
            "процента. В обмене со странами СНГ сальдо составило 2 409 человек, против 4 979 человек аналогичного "
            "периода 2012 г")
    got = read(text, "ru", published=dt.date(2013, 12, 20))
    periods = {g.split()[0]: g.split()[4] for g in got}
    assert periods["2409"] == "2013-01-01..2013-10-31", got
    assert periods["4979"] == "2012-01-01..2012-12-31", got


# A Kazakh year base right after a count ("104 млрд теңгені немесе 2015 жылдың тиісті деңгейіне қарағанда 89%") is
# no time of the count, which is of the year after the base.
def test_a_kazakh_base_after_a_count() -> None:
    text = "Негізгі капиталға инвестициялар 104 млрд. теңгені немесе 2015 жылдың тиісті деңгейіне қарағанда 89% құрады."
    got = read(text, "kk", published=dt.date(2017, 3, 31))
    assert got[0].startswith("1.04e+11") and got[0].split()[4] == "2016-01-01..2016-12-31", got


# "В этом году … направят" is this year's plan (a Russian perfective future), so a year reported done before it is
# the year before the text's.
def test_a_perfective_future_of_this_year_is_a_plan() -> None:
    text = ("Дороги\n\nВ этом году на ремонт автодорог в области направят более 11 миллиардов тенге.\n\n«В 2018 году "
            "на дорогах местного значения проведены работы на сумму более 10 млрд тенге. В 2019 году запланированы "
            "работы на сумму 11 млрд 629 млн тенге».")
    got = read(text, "ru", published=None)
    assert got[0].startswith("1.1e+10") and got[0].split()[4] == "2019-01-01..2019-12-31", got


# Russian adverbs of a multiple: "выросли пятикратно", "двукратно".
@pytest.mark.parametrize(("text", "value"), [
    ("Объемы зарыбления выросли пятикратно.", "5"),
    ("Количество доноров выросло двукратно.", "2"),
    ("Выручка увеличилась трехкратно.", "3"),
])
def test_russian_multiple_adverbs(text: str, value: str) -> None:
    got = read(text, "ru", published=dt.date(2020, 5, 1))
    assert len(got) == 1 and got[0].startswith(f"{value} exact ratio"), got


# "Increased with 47 to 903" (a translation's "with" for "from") is a change, not a range.
@pytest.mark.parametrize(("text", "expected"), [
    ("The number of preschool organizations has increased with 47 to 903 over the years of independence.",
     ["47 exact * * * *", "903 exact * * * *"]),
    # negative: no verb of change, a range
    ("Schools were provided with 47 to 90 computers each.", ["47 at_least * * * *", "90 at_most * * * *"]),
])
def test_a_change_written_with_with(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "en", published=dt.date(2016, 11, 30)), expected)


# "К уровню 2021 года" (against the level of 2021) is a comparison's base: the undated text is of 2022.
def test_against_the_level_of_a_year() -> None:
    text = ("Посевная\n\nВ этом году площадь ярового сева составила 1 млн 84 тыс. 900 га, с увеличением на 30,2 тыс. "
            "га к уровню 2021 года.")
    got = read(text, "ru", published=None)
    assert got[0].startswith("1.0849e+06") and got[0].split()[4].startswith("2022-"), got


# Months of last year ("from January to September last year", "с января по сентябрь прошлого года", "өткен жылдың
# қаңтар-қыркүйек айларында") are of the year before publication; months without a year whose last has not begun by
# publication are last year's too.
@pytest.mark.parametrize(("text", "lang"), [
    ("The cluster recorded 1,728,000 visitors from January to September last year.", "en"),
    ("The cluster recorded 1,728,000 visitors in January-September last year.", "en"),
    ("С января по сентябрь прошлого года зарегистрировано 1 728 000 посетителей.", "ru"),
    ("Өткен жылдың қаңтар-қыркүйек айларында 1 728 000 турист келді.", "kk"),
    ("В январе-сентябре зарегистрировано 1 728 000 посетителей.", "ru"),
])
def test_months_of_last_year(text: str, lang: str) -> None:
    got = read(text, lang, published=dt.date(2024, 1, 23))
    assert got[0].split()[4] == "2023-01-01..2023-09-30", got


def test_months_of_this_year_under_way() -> None:
    # negative: the last month has begun, this year's
    text = "В январе-ноябре зарегистрировано 1 728 000 посетителей."
    got = read(text, "ru", published=dt.date(2024, 11, 20))
    assert got[0].split()[4] == "2024-01-01..2024-11-30", got


# A count told after a change against a Kazakh base ("өткен жылғы қаңтар-қыркүйекпен салыстырғанда 12,5%-ға көтерілді
# және 15437 адамды құрады") is of now, not of the base.
def test_a_count_after_a_change_against_a_kazakh_base() -> None:
    text = ("Сонымен қатар, халықтың табиғи өсімі өткен жылғы қаңтар-қыркүйекпен салыстырғанда 12,5%-ға көтерілді және "
            "15437 адамды құрады.")
    got = read(text, "kk", published=dt.date(2014, 11, 24))
    assert got[1].startswith("15437 ") and got[1].split()[4] == "2014-11-24..2014-11-24", got


# Children in brackets after a count of people ("38 жолаушы (1 бала)", "35 passengers (1 child)") are a part of it; a
# family's children glossing an amount are not.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Маканшы–Семей автобусы — 38 жолаушы (1 бала).", "kk", ["38 exact * * * *", "1 exact persons * * *"]),
    ("The bus carried 35 passengers (1 child).", "en", ["35 exact * * * *", "1 exact * * * *"]),
    ("Жәрдемақы 44 532 теңгеден (4 бала) 77 951 теңгеге дейін.", "kk",
     ["44532 at_least KZT * * *", "77951 at_most KZT * * *"]),
])
def test_children_in_brackets_after_people(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2025, 12, 6)), expected)


# A title setting a deadline ("2025 жылға дейін … салынады") dates the plans of an undated body; a dated text keeps its
# plans as of its day.
def test_a_title_deadline_dates_an_undated_texts_plans() -> None:
    text = ("2025 жылға дейін Екібастұз қаласында 2 мәдениет үйі салынады\n\nМинистр осылай деді.\n\n350 орындық "
            "балалар шығармашылығы орталығын салу, 20 мектепті күрделі жөндеуден өткізу көзделіп отыр.")
    got = read(text, "kk", published=None)
    assert [g.split()[4] for g in got][-2:] == ["2025-01-01..2025-12-31"] * 2, got
    dated = read(text, "kk", published=dt.date(2021, 10, 1))
    assert dated[-1].split()[4] != "2025-01-01..2025-12-31", dated


# "Last year" set against a base year ("В прошлом году удалось открыть 14,5 тыс. мест, что почти в четыре раза больше,
# чем в 2009 году"): last year is the base's next, the text of the year after it.
def test_last_year_set_against_a_base_year() -> None:
    text = ("Детский сад\n\nСегодня в Каскелене открылся детский сад на 320 мест.\n\nВ прошлом году удалось открыть "
            "14,5 тыс. мест, что почти в четыре раза больше, чем в 2009 году.")
    got = read(text, "ru", published=None)
    assert got[0].startswith("320 ") and got[0].split()[4].startswith("2011-"), got


# A header's day and month with no year ("Атырау, 15 қаңтар 15:48") over a text whose latest stated date is 1 December
# 2023: the page is of that day on or after the latest date (15 January 2024), so "өткен жылдың" is 2023.
def test_a_yearless_header_day_after_the_latest_stated_date() -> None:
    text = ("Атырау, 15 қаңтар 15:48\n\nБала туу көрсеткіші\n\n2023 жылдың 1 желтоқсанындағы көрсеткіш бойынша облыс "
            "халқының саны 2 140 926 адамды құрады. Бұдан бөлек, спикер өткен жылдың қаңтар-қараша айларында 10 826 "
            "неке тіркелгендігін айтты.")
    got = read(text, "kk", published=None)
    assert got[-1].startswith("10826 ") and got[-1].split()[4] == "2023-01-01..2023-11-30", got


def test_a_yearless_header_day_before_the_latest_date_moves_a_year_on() -> None:
    from loaders.text import publication_date
    body = "Облыс бойынша 2023 жылдың 1 желтоқсанындағы көрсеткіш бойынша халық саны 2 140 926 адамды құрады."
    guess = publication_date("Алматы, 3 наурыз 10:20\n\n" + body)
    assert guess.date == dt.date(2024, 3, 3)
    # negative: no header day, the latest stated date itself
    assert publication_date(body).date == dt.date(2023, 12, 1)


# Money allotted for a named school year ("2022-2023 оқу жылына … қаржы бөлінген", "на 2022-2023 учебный год выделено")
# dates an undated text to the school year's first year; a Kazakh deadline ("2025 жылға дейін … салу жоспарланған")
# is no year of the text even with "this year's" progress after it.
@pytest.mark.parametrize(("text", "lang"), [
    ("Мектеп\n\nБиыл 10 жаңа мектеп ашылды.\n\n2022-2023 оқу жылына оқулықтар сатып алуға 5 048 млн теңге қаржы "
     "бөлінген.\n\nОблыс бойынша 2025 жылға дейін 199 мектеп салу жоспарланған. Биыл 59 мектептің құрылысына 20,7 "
     "млрд теңге қаралды.", "kk"),
    ("Школы\n\nВ этом году открыто 10 новых школ.\n\nНа 2022-2023 учебный год на покупку учебников выделено 5 048 млн "
     "тенге.", "ru"),
])
def test_money_for_a_school_year_dates_the_text(text: str, lang: str) -> None:
    got = read(text, lang, published=None)
    assert got[0].startswith("10 ") and got[0].split()[4].startswith("2022-"), got


# English scale words in the plural after a number ("sold for 112 millions tenge") and Kazinform's "trl" ("KZT2.7trl");
# the plural alone ("millions of people") is no figure.
@pytest.mark.parametrize(("text", "expected"), [
    ("Last year, 34 plots of land were sold for 112 millions tenge.", ["34 exact * * * *", "1.12e+08 exact KZT * * *"]),
    ("114 more projects to the tune of KZT2.7trl are being developed.",
     ["114 exact * * * *", "2.7e+12 exact KZT * * *"]),
    ("Millions of people visited the park.", []),
])
def test_plural_scales_and_trl(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "en", published=dt.date(2023, 5, 1)), expected)


# A dated text's title naming the one year after publication a plan is for ("In Almaty, it is planned to increase the
# Invataxi fleet in 2025", of December 2024) dates the body's plans; a deadline ("2025 жылға дейін") does not.
def test_a_dated_titles_plan_year() -> None:
    text = ("In Almaty, it is planned to increase the Invataxi fleet in 2025\n\nThe draft budget is to be considered "
            "soon.\n\nThe number of vehicles will be increased to 130.")
    got = read(text, "en", published=dt.date(2024, 12, 4))
    assert got[-1].startswith("130 ") and got[-1].split()[4] == "2025-01-01..2025-12-31", got


def test_a_dated_titles_deadline_dates_no_plans() -> None:
    text = ("Маңғыстауда 2025 жылға дейін 21 мектеп салынады\n\nМектептер пайдалануға берілгеннен кейін облыста 15 үш "
            "ауысымды мектеп қалады.")
    got = read(text, "kk", published=dt.date(2023, 5, 2))
    assert got[-1].startswith("15 ") and got[-1].split()[4] != "2025-01-01..2025-12-31", got

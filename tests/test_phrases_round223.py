"""Phrase tests for the classes blind sets 223-224 showed (the twenty-third session): each a rule of the language,
with variants in the other languages and negatives."""
from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import read

from loaders import clock
from loaders.extract.dating import url_year
from loaders.extract.named_years import about_the_future


def _values(text: str, lang: str, published: dt.date | None = dt.date(2025, 1, 10)) -> list[float]:
    return [float(g.split()[0]) for g in read(text, lang, published=published)]


def _periods(text: str, lang: str, published: dt.date | None) -> dict[str, str]:
    return {g.split()[0]: g.split()[4] for g in read(text, lang, published=published)}


# The horizon of a programme, strategy or plan ("the Development Programme … till 2025 and the medium-term perspective
# till 2030", "программа развития до 2030 года", "2030 жылға дейінгі даму бағдарламасы") is no year an undated text
# was written in, whatever the tense of the sentence that names it. Negative: a year of a deed done within a
# programme dates the text.
@pytest.mark.parametrize(("text", "lang"), [
    ("Almaty development\n\nA total of 16.8 billion tenge has been allocated for safety this year. In September this "
     "year the Development Programme of Almaty City till 2025 and the medium-term perspective till 2030 was approved.",
     "en"),
    ("Развитие Алматы\n\nВ этом году на безопасность выделено 16,8 млрд тенге. В сентябре этого года утверждена "
     "программа развития города до 2025 года и среднесрочная перспектива до 2030 года.", "ru"),
    ("Алматының дамуы\n\nБиыл қауіпсіздікке 16,8 млрд теңге бөлінді. Биыл қыркүйекте қаланың 2030 жылға дейінгі даму "
     "бағдарламасы бекітілді.", "kk"),
])
def test_a_programmes_horizon_dates_no_text(text: str, lang: str) -> None:
    period = _periods(text, lang, None)["1.68e+10"]
    assert "2030" not in period and "2025" not in period


@pytest.mark.parametrize(("text", "lang"), [
    ("Школы\n\nВ 2024 году в рамках программы развития до 2030 года построено 5 школ на 3 000 мест.", "ru"),
    ("Schools\n\nIn 2024, 5 schools with 3,000 places were built under the development programme until 2030.", "en"),
    ("Мектептер\n\n2024 жылы 2030 жылға дейінгі даму бағдарламасы аясында 3 000 орындық 5 мектеп салынды.", "kk"),
])
def test_a_deed_done_within_a_programme_takes_its_own_year(text: str, lang: str) -> None:
    """The year of the deed, not the programme's horizon, dates the figures and the undated text."""
    assert _periods(text, lang, None) == {"5": "2024-01-01..2024-12-31", "3000": "2024-01-01..2024-12-31"}


def test_a_programmes_horizon_alone_is_its_target() -> None:
    text = "Программа\n\nПрограмма развития до 2030 года предусматривает строительство 5 школ."
    assert _periods(text, "ru", None) == {"5": "2030-01-01..2030-12-31"}


# A year still to come is never the year an undated text was written in: with the day pinned to the end of 2026, a
# text whose latest year is 2028 gets no date of its own, one whose latest year is 2026 keeps it.
@pytest.mark.parametrize(("year", "want"), [(2028, (None, "unknown")), (2026, ("2026-01-01", "year_only"))])
def test_an_implied_year_after_today_is_none(monkeypatch: pytest.MonkeyPatch, year: int, want: tuple) -> None:
    from loaders.build import process_article

    monkeypatch.setenv(clock.ENV_VAR, "2026-12-06")
    text = f"Бюджет\n\nВ {year} году регион перечислил в бюджет 262,4 млрд тенге. Сегодня в области 50 школ."
    source = process_article("a.txt", text, "0" * 64, {"lang": "ru"})["source"]
    assert (source["published"], source["date_basis"]) == want


# A headline's infinitive of a deed ahead ("500 sensors … to be installed in 2023") and a completion date ahead
# ("with a completion date of Q2 2023", "со сроком завершения в 2023 году") speak of the future. Negatives: what
# was found or said to be damaged, and a completion told done.
@pytest.mark.parametrize(("text", "future"), [
    ("500 additional sensors to identify sources of air pollution in almaty to be installed in 2023", True),
    ("the new hospital is to be equipped in 2024", True),
    ("restoration of the akimat building with a completion date of q2 2023 continues", True),
    ("реконструкция идет со сроком завершения в 2023 году", True),
    ("ғимараттың аяқталу мерзімі 2023 жыл", True),
    ("in 2022, 40 houses were found to be damaged by the flood", False),
    ("the bridge was completed in 2022", False),
])
def test_a_deed_ahead_in_a_headline_or_a_completion_date(text: str, future: bool) -> None:
    assert about_the_future(text) is future


# A copy that stopped inside a bracket it opened after a figure ("… поставлено 56 444 тонн угля (пла") is a sentence
# of the body cut mid-way, not a title: its figure stays. Negative: a title's short line without a figure.
@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Отопительный сезон\n\nРезервный фонд содержит 1 240 тонн угля.\nРегиону выделено 23 466 тонн мазута.\nДля "
     "работы котельных социальных объектов поставлено 56 444 тонн угля (пла", "ru", 56444),
    ("Heating season\n\nThe reserve holds 1,240 tonnes of coal.\nThe region received 23,466 tonnes of fuel oil.\nThe "
     "boiler houses of social facilities were supplied with 56,444 tonnes of coal (pl", "en", 56444),
    ("Жылу маусымы\n\nРезервте 1 240 тонна көмір бар.\nАймаққа 23 466 тонна мазут бөлінді.\nӘлеуметтік нысандардың "
     "қазандықтарына 56 444 тонна көмір жеткізілді (жоспа", "kk", 56444),
])
def test_a_cut_inside_an_opened_bracket_keeps_the_figure(text: str, lang: str, value: float) -> None:
    assert value in _values(text, lang)


# A Kazakh span "N-ден M-ға дейін" followed by a noun in its bare form counts that noun ("күн сайын 7-ден 10-ға дейін
# вагон келеді": 7 at least, 10 at most), however small the numbers. Negatives: a span of days followed by a verb or
# a case-marked word stays days.
@pytest.mark.parametrize("text", [
    "Кестеге сәйкес, аймаққа күн сайын 7-ден 10-ға дейін вагон келеді.",
    "Аймаққа 12-ден 15-ке дейін вагон көмір жеткізіледі.",
])
def test_a_kazakh_span_before_a_bare_noun_is_a_range(text: str) -> None:
    got = read(text, "kk")
    lows = [g for g in got if g.split()[1] == "at_least"]
    highs = [g for g in got if g.split()[1] == "at_most"]
    assert len(lows) == 1 and len(highs) == 1


@pytest.mark.parametrize("text", [
    "Көрме 20-нан 27-не дейін өтеді, оған 300 адам қатысады.",
    "Наурыздың 5-нен 10-на дейін Астанада 200 ерікті жұмыс істеді.",
])
def test_a_kazakh_span_of_days_stays_days(text: str) -> None:
    assert len(read(text, "kk")) == 1


# A share's decimal comma followed by a space after a clause's comma ("… қоныс аударса, 4, 3 пайызы") is one number;
# after a number and a comma it is an item of a list ("10, 17, 19 пайыз").
def test_a_spaced_decimal_share_after_a_clauses_comma() -> None:
    text = "Қандастардың 88,7 пайызы Өзбекстаннан қоныс аударса, 4, 3 пайызы Қырғыз Республикасынан келді."
    assert _values(text, "kk") == [88.7, 4.3]
    assert _values("Доля составила 60 процентов, а 7, 5 процента приходится на село.", "ru") == [60, 7.5]
    assert _values("Үлесі 10, 17, 19 пайыз болды.", "kk") == [10, 17, 19]


# Rooms of a hotel counted ("847 нөмірге есептелген", "1420 nómirden turatyn", "гостиница на 120 номеров") are no
# number to call; "1414 нөмірі арқылы" and "по номеру 1414" still are.
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("847 нөмірге есептелген 5 нысанның құрылысы жүріп жатыр.", "kk", [847, 5]),
    ("1420 nómirden turatyn 10 nysannyń jobasy jasalýda.", "kk", [1420, 10]),
    ("В городе построена гостиница на 120 номеров.", "ru", [120]),
    ("Сенім телефоны: 1414 нөмірі арқылы 300 қоңырау түсті.", "kk", [300]),
    ("За помощью можно обратиться по номеру 1414.", "ru", []),
])
def test_hotel_rooms_are_no_phone_number(text: str, lang: str, want: list[float]) -> None:
    assert _values(text, lang) == want


# A slug's year with its quarter glued on ("…_karagandinskaja_oblast_2015iii.html", "…-2023q4-…") is a year; a
# year glued to letters that are no quarter is not ("…/2019ivan-petrov").
@pytest.mark.parametrize(("url", "year"), [
    ("https://ranking.kz/rankings/other-rankings/srednemesjachnaja_zarabotnaja_plata_oblast_2015iii.html", 2015),
    ("https://example.kz/news/report-2023q4-results", 2023),
    ("https://example.kz/news/report-2021-iv", 2021),
    ("https://example.kz/news/2019ivan-petrov", None),
    ("https://example.kz/id2025", None),
])
def test_a_slugs_year_with_its_quarter(url: str, year: int | None) -> None:
    assert url_year(url) == year


# From August the school year is the one about to open ("Another 11 schools are set to be opened this academic year"
# of 12 August 2022 is 2022-23), and "last academic year" the one just over; in May both are a year earlier.
@pytest.mark.parametrize(("text", "lang", "published", "want"), [
    ("Another 11 schools are set to be opened this academic year.", "en", dt.date(2022, 8, 12),
     "2022-09-01..2023-08-31"),
    ("В этом учебном году откроются 11 школ.", "ru", dt.date(2022, 8, 20), "2022-09-01..2023-08-31"),
    ("Last academic year, 11 schools were opened.", "en", dt.date(2022, 8, 12), "2021-09-01..2022-08-31"),
    ("В этом учебном году открылись 11 школ.", "ru", dt.date(2022, 5, 20), "2021-09-01..2022-08-31"),
])
def test_the_school_year_from_august(text: str, lang: str, published: dt.date, want: str) -> None:
    assert _periods(text, lang, published)["11"] == want


# A year "up to today", said so ("1991 жылдан бүгінгі күнге дейін", "2015 жылдан бастап қазіргі таңға дейін", "since
# 1991 to date", "from 2015 until now", "с 1991 года по сегодняшний день"): from that year to publication, not the
# publication day alone. Negative: "2015 жылдан бастап" alone is a start (of a rule, a plan), read as before.
@pytest.mark.parametrize(("text", "lang"), [
    ("1991 жылдан бүгінгі күнге дейін облысқа 65405 қандас қоныс аударған.", "kk"),
    ("1991 жылдан бастап қазіргі таңға дейін облысқа 65405 қандас қоныс аударған.", "kk"),
    ("Since 1991 to date, 65,405 kandases have moved to the region.", "en"),
    ("From 1991 until now, 65,405 kandases have moved to the region.", "en"),
    ("С 1991 года по сегодняшний день в область переселились 65405 кандасов.", "ru"),
])
def test_a_year_up_to_today_is_a_span_to_publication(text: str, lang: str) -> None:
    assert read(text, lang, published=dt.date(2025, 2, 27)) == [
        "65405 exact persons None 1991-01-01..2025-02-27 KZ"]


# Ethnic Kazakhs who came back to settle are people counted: "қандас / кандас / оралман / kandas", in every case and
# the English plural in "-es" ("kandases", as "boxes" → "box").
@pytest.mark.parametrize(("text", "lang"), [
    ("Былтыр облысқа 1198 қандас қоныс аударды.", "kk"),
    ("Былтыр 1198 қандасқа мәртебе берілді.", "kk"),
    ("В прошлом году в область переселились 1198 кандасов.", "ru"),
    ("Last year, 1,198 kandases arrived in the region.", "en"),
    ("Last year, 1,198 oralmans arrived in the region.", "en"),
])
def test_kandas_are_people(text: str, lang: str) -> None:
    assert read(text, lang) == ["1198 exact persons None 2024-01-01..2024-12-31 KZ"]


def test_an_english_plural_in_es_after_a_sibilant() -> None:
    """"kandases" is the plural of a noun the lexicon knows as "kandas" (not "kandase"); "-es" after a vowel-final
    stem stays "-e" + "s" ("tonnes" → "tonne")."""
    from loaders.extract.nouns import _singular_en

    assert _singular_en("kandases") == "kandas"
    assert _singular_en("tonnes") == "tonne"


# A fair named with its year and held now ("«Керуен-2015» жәрмеңкесін өткізуде", "проходит ярмарка «Керуен-2015»",
# "the Zhambyl-2019 fair is being held") dates an undated text to that year. Negative: a year of a name the
# text only prepares for.
@pytest.mark.parametrize(("low", "year"), [
    ("тұрақтандыру қорының операторы облыстың он ауданында «керуен-2015» жәрмеңкесін өткізуде.", 2015),
    ("в области проходит ярмарка «керуен-2015».", 2015),
    ("the zhambyl-2019 fair is being held in taraz.", 2019),
    ("в рамках подготовки к выставке «экспо-2017» построено 5 объектов.", None),
])
def test_a_fair_held_now_names_the_year(low: str, year: int | None) -> None:
    from loaders.extract.named_years import event_name_year

    assert event_name_year(low) == year


# A lower bound whose verb of rising is negated keeps the quantity below it ("баранина выше трёх тысяч тенге не
# поднимется", "will not rise above 3,000", "3000 теңгеден жоғары көтерілмейді"). Negatives: a bound counted among
# those who did not do something ("Более 300 волонтеров не смогли приехать", "300-ден астам ерікті келмеді"), and a
# bound that rose.
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("В Минсельхозе обещали, что баранина выше трёх тысяч тенге не поднимется.", "ru", "at_most"),
    ("Цена не поднимется выше 3000 тенге.", "ru", "at_most"),
    ("The ministry promised that mutton prices will not rise above 3,000 tenge.", "en", "at_most"),
    ("Қой етінің бағасы 3000 теңгеден жоғары көтерілмейді.", "kk", "at_most"),
    ("Цена поднялась выше 3000 тенге.", "ru", "at_least"),
])
def test_a_negated_rise_above_is_at_most(text: str, lang: str, want: str) -> None:
    assert [g.split()[1] for g in read(text, lang)] == [want]


@pytest.mark.parametrize(("text", "lang"), [
    ("Более 300 волонтеров не смогли приехать.", "ru"),
    ("More than 300 volunteers did not come.", "en"),
    ("300-ден астам ерікті келмеді.", "kk"),
])
def test_a_bound_of_those_who_did_not_stays(text: str, lang: str) -> None:
    assert [g.split()[1] for g in read(text, lang)] == ["at_least"]


# The end of a change far after its verb, a participle's clause between ("позволит увеличить охват граждан,
# занимающихся физической культурой и спортом до 45%"), and "поднимется до" are exact; a "до" after a new clause
# ("…, а в планах … закупить до 500 тонн") stays a bound.
@pytest.mark.parametrize(("text", "want"), [
    ("Проекты позволят увеличить охват граждан, занимающихся физической культурой и спортом до 45% в 2025 году.",
     ["45 exact"]),
    ("Оптовики предупредили, что скоро закупочная цена поднимется до 3300 тенге.", ["3300 exact"]),
    ("Объем увеличили в два раза, а в планах на следующий год - закупить у фермеров до 500 тонн.",
     ["2 exact", "500 at_most"]),
])
def test_the_end_of_a_change_far_after_its_verb(text: str, want: list[str]) -> None:
    assert [" ".join(g.split()[:2]) for g in read(text, "ru", published=dt.date(2025, 3, 6))] == want


# A price range told from its top ("сейчас продаём по 4100–4000") is a range: the lower value at least, the higher at
# most. Negative: a spaced dash between a total and its part ("10 - 8 в Алматы и 2 в Астане").
def test_a_range_told_from_its_top() -> None:
    got = read("Цена за килограмм – 4100–4000 тенге.", "ru")
    assert sorted(" ".join(g.split()[:2]) for g in got) == ["4000 at_least", "4100 at_most"]
    got = read("Такие праздники были 10 - 8 в Алматы и 2 в Астане.", "ru")
    assert [g.split()[1] for g in got] == ["exact", "exact", "exact"]


# In a January report of the year before, a sentence whose past tense carries a restating relative clause ("where 10.6
# thousand incidents occurred, which is 24.9% of the total", "property that is in personal ownership") or a ranking
# told on ("This is followed by Almaty (374 cases …)") is a past report: it takes the lead's year. A page's time stamp
# line ("30 January 2024, 15:39 1357") names no day the text reports.
def test_a_january_report_with_restating_clauses() -> None:
    text = ("Number of thefts in Kazakhstan decreased by almost third\n\n30 January 2024, 15:39 1357\n\nDuring "
            "January-December 2023, the register recorded 42.6 thousand cases of theft.\n\nThe largest number of "
            "thefts was registered in Almaty, where 10.6 thousand incidents occurred, which is 24.9% of the total "
            "number. This is followed by Shymkent (239 cases, minus 50.1%).")
    periods = _periods(text, "en", dt.date(2024, 1, 30))
    assert periods["10600"] == periods["24.9"] == periods["239"] == "2023-01-01..2023-12-31"


# A phrase of time typed with a double space ("В прошлом  году") is the phrase; "на фоне прошлогодних 13,8 ц/га" is a
# base set against the figure before it, which keeps its own time.
def test_a_double_space_inside_a_phrase_of_time() -> None:
    text = "В прошлом  году по области было засеяно 3 млн. 210 тыс. гектаров."
    assert _periods(text, "ru", dt.date(2016, 9, 15))["3.21e+06"] == "2015-01-01..2015-12-31"
    text = "Урожайность зерна составляет 17,2 ц/га на фоне прошлогодних 13,8 ц/га."
    assert _periods(text, "ru", dt.date(2016, 9, 15))["17.2"] == "2016-09-15..2016-09-15"


# A plan of now told after a report of past years ("в 2024-м – еще 35 предприятий. До конца года намечено запустить
# дополнительно 30 проектов" in September 2025) is of now, not of the past year before it; a past report of planned
# things ("20 planned projects were launched") still takes the time before it.
def test_a_plan_of_now_after_past_years() -> None:
    text = "Так, в 2023-м запущено 13 производств, в 2024-м – еще 35 предприятий. До конца года намечено запустить " \
           "дополнительно 30 проектов."
    assert _periods(text, "ru", dt.date(2025, 9, 24))["30"] == "2025-09-24..2025-09-24"


# "not higher than / no higher than / not lower than" bound the value; the Russian nouns of growth and fall ("рост ВРП
# до 2,7 триллиона", "снижение износа до 53%") end a change, exact.
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Across 3,000 schools, the Internet connection is not higher than 4 Mbps.", "en", "4 at_most"),
    ("The share of local goods must be no lower than 18 percent.", "en", "18 at_least"),
    ("К концу 2025-го ожидается рост ВРП до 2,7 триллиона тенге.", "ru", "2.7e+12 exact"),
    ("Запланировано снижение износа сетей до 53%.", "ru", "53 exact"),
])
def test_bounds_and_changes_by_their_words(text: str, lang: str, want: str) -> None:
    assert want in [" ".join(g.split()[:2]) for g in read(text, lang)]


# A year told in one clause and "this year" set against it in the next ("В 2018 году … составил 3,1 процента, в
# нынешнем году показатель планируется довести до 7,5", "In 2018, …, and this year …", "2018 жылы …, ал биыл …"):
# an undated text is of a later year than that one.
@pytest.mark.parametrize(("text", "lang"), [
    ("Отходы\n\nВ 2018 году объем переработки составил 3,1 процента, в нынешнем году показатель планируется довести "
     "до 7,5 процента.", "ru"),
    ("Waste\n\nIn 2018, the recycling rate was 3.1 percent, and this year it is planned to bring it to 7.5 percent.",
     "en"),
    ("Қалдық\n\n2018 жылы қалдықты өңдеу 3,1 пайызды құрады, ал биыл бұл көрсеткішті 7,5 пайызға жеткізу жоспарлануда.",
     "kk"),
])
def test_this_year_set_against_a_year_in_its_sentence(text: str, lang: str) -> None:
    from loaders.build import process_article

    source = process_article("a.txt", text, "0" * 64, {"lang": lang})["source"]
    assert (source["published"], source["date_basis"]) == ("2019-01-01", "year_only")


# The Russian perfective future of beginning and ending ("строительство остальных школ начнется в 2023-2025 годах")
# tells a plan: its years do not date an undated text.
def test_a_start_to_come_dates_no_text() -> None:
    from loaders.extract.named_years import about_the_future

    assert about_the_future("строительство остальных школ начнется в 2023-2025 годах")
    assert about_the_future("работы завершатся в 2026 году")
    assert not about_the_future("строительство началось в 2023 году")


# "за тот же период 2022 года" is a base like "аналогичный период": an undated text that sets this year's half against
# it is of 2023.
def test_the_same_period_of_a_year_as_a_base() -> None:
    from loaders.build import process_article

    text = ("ЧС\n\nЗа шесть месяцев текущего года в регионе зарегистрированы 427 чрезвычайных ситуаций, что на 34,3 "
            "процента больше, чем за тот же период 2022 года, когда произошло 318 фактов.")
    source = process_article("a.txt", text, "0" * 64, {"lang": "ru"})["source"]
    assert (source["published"], source["date_basis"]) == ("2023-01-01", "year_only")


# A change "from the current N to M" ("from current 20% to 30%", "с нынешних 20% до 30%") is a change: both exact.
@pytest.mark.parametrize(("text", "lang"), [
    ("He assigned to increase the share of participants from current 20% to 30%.", "en"),
    ("He assigned to increase the share of participants from the current 20% to 30%.", "en"),
    ("Поручено увеличить долю с нынешних 20% до 30%.", "ru"),
])
def test_a_change_from_the_current_value(text: str, lang: str) -> None:
    assert [" ".join(g.split()[:2]) for g in read(text, lang)] == ["20 exact", "30 exact"]


# Tenge and tiyn told together ("126 теңге 81 тиын", "126 tenge 81 tiyn") are one sum; a count after a sum is not.
@pytest.mark.parametrize(("text", "lang"), [
    ("Әр шаршы метр үшін 126 теңге 81 тиын төлейді.", "kk"),
    ("Тариф составит 126 тенге 81 тиын за квадратный метр.", "ru"),
    ("The tariff is 126 tenge 81 tiyn per square meter.", "en"),
])
def test_tenge_and_tiyn_are_one_sum(text: str, lang: str) -> None:
    assert [g.split()[0] for g in read(text, lang)] == ["126.81"]


def test_a_count_after_a_sum_is_its_own() -> None:
    assert [g.split()[0] for g in read("Цена 126 тенге, 81 человек доволен.", "ru")] == ["126", "81"]


# After a comma, a subject with a verb of the future of its own ("…, and the remaining 14 will be commissioned in
# 2026", "…, а оставшиеся 14 будут сданы в 2026 году") takes the plan's closing time to itself; a list sharing one verb
# ("nine schools and 14 hospitals will be built in 2026") shares it.
@pytest.mark.parametrize(("text", "lang"), [
    ("Nine more schools will be completed by the end of the year, and the remaining 14 will be commissioned in 2026.",
     "en"),
    ("Nine schools will be completed by the end of the year, and 14 schools will be commissioned in 2026.", "en"),
    ("До конца года завершится строительство еще девяти школ, а оставшиеся 14 будут сданы в 2026 году.", "ru"),
])
def test_a_later_clause_keeps_its_plan_time(text: str, lang: str) -> None:
    periods = _periods(text, lang, dt.date(2025, 6, 10))
    assert periods["14"] == "2026-01-01..2026-12-31" and "2026" not in periods["9"]


def test_a_list_shares_its_plan_time() -> None:
    periods = _periods("There are plans to build nine schools and 14 hospitals in 2026.", "en", dt.date(2025, 6, 10))
    assert periods == {"9": "2026-01-01..2026-12-31", "14": "2026-01-01..2026-12-31"}


# The English press's "T" for the tenge sign glued to a sum ("the cost … was T841", "at least T2.4 thousand", "within
# T1.4-1.7 thousand", "we pay T14,000 and T7,000 for a cub") is tenge; a "T" of a code or a model is not ("T-34",
# "TS-19-1", "the T 90").
@pytest.mark.parametrize(("text", "want"), [
    ("The cost of cattle per kilogram in 2022 was T841, while poultry meat cost T1393 per kilogram.",
     ["841 KZT", "1393 KZT"]),
    ("Intermediaries buy meat within T1.4-1.7 thousand per kg, but sell at least T2.4 thousand.",
     ["1400 KZT", "1700 KZT", "2400 KZT"]),
    ("For the skin of an adult wolf we pay T14,000 and T7,000 for a cub.", ["14000 KZT", "7000 KZT"]),
    ("Groups TS-19-1 and T-34 tanks, the T 90.", []),
])
def test_the_tenge_letter(text: str, want: list[str]) -> None:
    assert [f"{g.split()[0]} {g.split()[2]}" for g in read(text, "en")] == want


# "exceeded by a third" tells by how much, no bound (a third, about); "exceeded 400" is at least.
def test_exceeded_by_a_fraction() -> None:
    assert [" ".join(g.split()[:2]) for g in read("The plan was exceeded by a third.", "en")] == ["33.33 approx"]
    assert [" ".join(g.split()[:2]) for g in read("Exports exceeded 400 tonnes.", "en")] == ["400 at_least"]


# A Joomla category's alias is the time it was made ("/index.php/2013-01-30-09-03-23/1780-start-turizmu"): no date of
# the article; an article's own alias or a dated folder is.
@pytest.mark.parametrize(("url", "want"), [
    ("http://prospektsk.kz/index.php/2013-01-30-09-03-23/1780-start-turizmu?tmpl=component&print=1", None),
    ("https://example.kz/news/2013-01-30-09-03-23-some-news", dt.date(2013, 1, 30)),
    ("https://example.kz/2013/01/30/some-news", dt.date(2013, 1, 30)),
])
def test_a_joomla_category_alias_is_no_date(url: str, want: dt.date | None) -> None:
    from loaders.text import url_date

    got = url_date(url)
    assert (got[0] if got else None) == want


# A list of labels goes on after "а также / as well as" ("на маршрутах: №12, 30 и 77, а также 118, 32, 92"): every
# number is a route; a count after "а также" with a noun of its own still counts ("Школы № 5 и 7, а также 300
# учеников").
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Обновят автобусы на маршрутах: №12, 30, 56 и 77, а также 118, 32, 92, 37 и 13, - добавил аким.", "ru", []),
    ("Buses were renewed on routes No. 12, 30 and 56, as well as 118, 32 and 92.", "en", []),
    ("Школы № 5 и 7, а также 300 учеников получили помощь.", "ru", [300]),
])
def test_a_list_of_labels_goes_on_after_also(text: str, lang: str, want: list[float]) -> None:
    assert _values(text, lang) == want


# "построят / введут / сдадут" tell a plan: "В 2018 году в Петропавловске построят 15 жилых домов" in a text that
# reports 2016 as last year and plans to the end of this year dates the text to 2017, not 2018.
def test_a_plan_to_build_dates_no_text() -> None:
    from loaders.extract.named_years import about_the_future

    assert about_the_future("в 2018 году в петропавловске построят 15 жилых домов на 1660 квартир.")
    assert about_the_future("до конца года введут 11 жилых домов.")
    assert not about_the_future("в 2016 году было сдано в эксплуатацию 7 домов.")


# An event named with its year by the word "event" ("«Алтын дән-2021» іс-шарасы аясында", "в рамках мероприятия
# «Алтын дән-2021»") dates an undated text, as a fair's or a marathon's name does.
@pytest.mark.parametrize("low", [
    "бүгін облыс әкімі «алтын дән-2021» іс-шарасы аясында ұйымдастырылған жәрмеңкеге қатысты.",
    "в рамках мероприятия «алтын дән-2021» сегодня прошла ярмарка.",
])
def test_an_event_by_that_word_names_the_year(low: str) -> None:
    from loaders.extract.named_years import event_name_year

    assert event_name_year(low) == 2021


# Kazakh "between": "17 мың мен 27 мың теңге аралығында", "150 бен 200 мың теңге аралығында" is a range (the low end
# takes the high end's scale); two counts joined by "пен" without "аралығында" stay two.
@pytest.mark.parametrize(("text", "want"), [
    ("Көмір бағасы 17 мың мен 27 мың теңге аралығында сатылып жатыр.", ["17000 at_least", "27000 at_most"]),
    ("Жалақы 150 бен 200 мың теңге аралығында.", ["150000 at_least", "200000 at_most"]),
    ("Ауданда 150 мектеп пен 200 балабақша бар.", ["150 exact", "200 exact"]),
])
def test_a_kazakh_between(text: str, want: list[str]) -> None:
    assert [" ".join(g.split()[:2]) for g in read(text, "kk")] == want


# Kilotons are thousands of tonnes ("Over 1,64 kilotons of vegetables": 1,640 tonnes, at least); "tln" is a
# trillion ("KZT1.5tln"); tens and units typed as one word are their sum ("Twentyfive thousand people").
@pytest.mark.parametrize(("text", "want"), [
    ("Over 1.64 kilotons of vegetables were transported in 2022, and 3.83 kilotons in 2023.",
     ["1640 at_least tonnes", "3830 exact tonnes"]),
    ("Output increased from KZT46bn in 2018 to KZT1.5tln in 2022.", ["4.6e+10 exact KZT", "1.5e+12 exact KZT"]),
    ("Twentyfive thousand people will participate in youth internship.", ["25000 exact persons"]),
])
def test_english_units_and_glued_words(text: str, want: list[str]) -> None:
    assert [" ".join(g.split()[:3]) for g in read(text, "en")] == want

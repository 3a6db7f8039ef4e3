"""Phrase tests for the classes blind sets 209-210 showed (the twenty-second session): each a rule of the language,
with variants in the other languages and negatives."""
from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import read

from loaders.text import DateGuess, content_lines, publication_date


def _values(text: str, lang: str, published: dt.date | None = dt.date(2025, 9, 20)) -> list[float]:
    return [float(g.split()[0]) for g in read(text, lang, published=published)]


def _periods(text: str, lang: str, published: dt.date | None) -> dict[str, str]:
    return {g.split()[0]: g.split()[4] for g in read(text, lang, published=published)}


# A paragraph the copy cut after a whole sentence that speaks of the weather ("… 50%-ға орындалды. Енді қолайлы ауа
# райы тұрақталған кезде … не болм") is text, not a weather widget: its whole sentence's figures stay. A widget's
# line ("Погода в Астане +22°C", "Ауа райы: +5") is still chrome.
@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Облыста егін жинау жалғасып жатыр.\n\nБиыл облыс бойынша жалпы егін жинау алаңы 1 миллион гектарды құрайды, "
     "оның 459 мың гектары жиналды.\n\n– Егін жинау науқаны жауын-шашынның түсуіне байланысты 50%-ға орындалды. Енді "
     "қолайлы ауа райы тұрақталған кезде егін жинау науқанын қазанның бірінші не болм", "kk", 50),
    ("Уборка идет по всей области.\n\nВ этом году площадь уборки составляет 1 миллион гектаров, убрано 459 тысяч "
     "гектаров.\n\n– Уборка выполнена на 60% из-за дождей. Теперь, когда погода установится, мы планируем завершить "
     "уборку в первой или во второй дек", "ru", 60),
])
def test_a_cut_paragraph_that_speaks_of_the_weather_is_text(text: str, lang: str, value: float) -> None:
    assert value in _values(text, lang)


def test_a_weather_widget_is_still_chrome() -> None:
    text = "Погода в Астане +22°C ветер 5 м/с\n\nВ городе высадили 300 деревьев, сообщает акимат. Работы продолжатся."
    assert _values(text, "ru") == [300]


# A day without a year just ahead of the text, with no verb of the future but "завтра/tomorrow/ертең" or "ждет/awaits"
# ("Уже завтра — 21 сентября столицу ждет концерт"), is this year's coming day, not last year's. Negatives: a day after
# the publication day told in the past is last year's; a day before it stays this year's.
@pytest.mark.parametrize(("text", "lang"), [
    ("Уже завтра — 21 сентября столицу ждет концерт, на который приедут свыше 12 тысяч гостей.", "ru"),
    ("Tomorrow, September 21, the capital awaits 12,000 guests.", "en"),
    ("Ертең, 21 қыркүйекте елордаға 12 мың қонақ келеді.", "kk"),
])
def test_a_day_of_tomorrow_is_this_years(text: str, lang: str) -> None:
    assert _periods(text, lang, dt.date(2025, 9, 20))["12000"] == "2025-09-21..2025-09-21"


@pytest.mark.parametrize(("text", "want"), [
    ("21 сентября в столице прошел концерт, его посетили 12 тысяч гостей.", "2024-09-21..2024-09-21"),
    ("Вчера, 19 сентября, в столице прошел концерт, его посетили 12 тысяч гостей.", "2025-09-19..2025-09-19"),
])
def test_a_yearless_day_told_done(text: str, want: str) -> None:
    assert _periods(text, "ru", dt.date(2025, 9, 20))["12000"] == want


# A Kazakh change told by its size and then, after "немесе" (or), the level it came to ("жылына 32,8% немесе 2,7
# мыңға дейін" after "ең көп өсуі", "2,2 есе немесе 4,6 мыңға дейін азайды"): the level is the change's end, exact,
# in Cyrillic and Latin script. Negative: no change told ("бағасы 10% немесе 500 теңгеге дейін") keeps the bound.
@pytest.mark.parametrize("text", [
    "Неке санының ең көп өсуі елордада тіркелді: жылына 32,8% немесе 2,7 мыңға дейін.",
    "Neke sanynyń eń kóp ósýi elordada tirkeldi: jylyna 32,8% nemese 2,7 myńǵa deıin.",
    "Ажырасу саны 2,2 есе немесе 2,7 мыңға дейін азайды.",
])
def test_a_level_after_its_change_is_exact(text: str) -> None:
    got = [g for g in read(text, "kk") if g.startswith("2700 ")]
    assert got and got[0].split()[1] == "exact", got


def test_a_bound_without_a_change_stays_at_most() -> None:
    got = [g for g in read("Бағасы 10% немесе 500 теңгеге дейін.", "kk") if g.startswith("500 ")]
    assert got and got[0].split()[1] == "at_most", got


# A year-like number far ahead of any plausible target year after a connective that opens the sentence ("Сондай-ақ
# 2055 ау құралы … алынған", "Также 2055 сетей …") counts its noun; a capitalised name before it is a programme's name
# ("Қазақстан 2050 стратегиясы").
@pytest.mark.parametrize(("text", "lang"), [
    ("Сондай-ақ 2055 ау құралы, 86 қайық пен көлік құралы алынған.", "kk"),
    ("Также 2055 сетей и 86 лодок изъято у браконьеров.", "ru"),
    ("Besides, 2055 nets and 86 boats were seized from poachers.", "en"),
])
def test_a_count_that_looks_like_a_far_year_after_a_connective(text: str, lang: str) -> None:
    assert 2055 in _values(text, lang)


def test_a_programmes_name_keeps_its_year() -> None:
    assert _values("Қазақстан 2050 стратегиясы аясында 86 қайық алынған.", "kk") == [86]


# Page chrome glued to the text: a camera's file name ("…жәрдем жасаған.SAM_5505", "DJI_0042") and a reading-time
# label ("2 мин оқу үшін", "5 min read", "Время чтения: 4 мин") are no figures; minutes of work done stay.
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Осы үш күн ішінде 150-ден астам адамға жәрдем жасаған.SAM_5505 Ал 15 қаңтарда 4 адам құтқарылды.", "kk",
     [150, 4]),
    ("Volunteers cleaned the park. DJI_0042 They collected 5 tonnes of waste.", "en", [5]),
    ("2 мин оқу үшін. Облыста 5 мың гектар жиналды.", "kk", [5000]),
    ("Время чтения: 4 мин. В регионе собрали 5 тонн мусора.", "ru", [5]),
    ("5 min read. Volunteers planted 300 trees.", "en", [300]),
    ("Волонтеры за 40 минут собрали 5 тонн мусора.", "ru", [5]),
])
def test_file_names_and_reading_times_are_chrome(text: str, lang: str, want: list[float]) -> None:
    assert _values(text, lang) == want


# The length of many things laid over the land is their total, a figure ("The length of electrical networks is 17,5
# th km", "Длина автодорог области составляет 120 км", "Жолдардың ұзындығы 120 км"); one thing's length or many
# things' each height is a size ("Көпірдің ұзындығы 120 метр", "The height of the seedlings is 2 metres").
@pytest.mark.parametrize(("text", "lang", "value"), [
    ("The length of electrical networks is 17,5 th km.", "en", 17500),
    ("Длина автодорог области составляет 120 км.", "ru", 120),
    ("Жолдардың ұзындығы 120 км.", "kk", 120),
    ("Электр желілерінің ұзындығы 17,5 мың км.", "kk", 17500),
])
def test_the_length_of_laid_things_is_a_total(text: str, lang: str, value: float) -> None:
    assert _values(text, lang) == [value]


@pytest.mark.parametrize(("text", "lang"), [
    ("Көпірдің ұзындығы 120 метр.", "kk"),
    ("The height of the seedlings is 2 metres.", "en"),
    ("Высота саженцев – 2 метра.", "ru"),
])
def test_a_things_size_is_no_figure(text: str, lang: str) -> None:
    assert _values(text, lang) == []


# A page's header that dates it to the month only (" date 2024-01 ATYRAU. KAZINFORM …") gives a month-precise
# publication date: its figures are of that month, not undated. A day's header and a URL's day stay finer.
def test_a_month_header_dates_the_page_to_its_month() -> None:
    text = " date 2024-01 ATYRAU. KAZINFORM Another batch of sturgeon juveniles was released.\n\n3.5 mln pieces of " \
           "juvenile sturgeon were released at large."
    assert publication_date(text) == DateGuess(dt.date(2024, 1, 1), "text", "month")
    assert _periods(text, "en", None)["3.5e+06"] == "2024-01-01..2024-01-31"
    lines, _ = content_lines(text)
    assert "2024" not in lines[0].text  # the header is metadata, not the title's text


def test_a_days_header_and_a_urls_day_stay_finer() -> None:
    assert publication_date(" date 2024-01-05 Title\n\nText.") == DateGuess(dt.date(2024, 1, 5), "text")
    assert publication_date(" date 2024-01 Title\n\nText.", url="https://x.kz/2024/01/17/a") == \
        DateGuess(dt.date(2024, 1, 17), "url", "day")


# A plan's figure and a part of it told after it in a clause of its own ("будут реализованы 500 проектов, из которых
# восемь перейдут на 2024 год", "…, of which eight will be carried over to 2024"): the time closing the sentence is
# the part's, not the whole plan's.
@pytest.mark.parametrize(("text", "lang"), [
    ("Всего будут реализованы 500 проектов по ремонту автомобильных дорог, из которых восемь перейдут на 2024 год.",
     "ru"),
    ("A total of 500 road repair projects will be implemented, of which eight will be carried over to 2024.", "en"),
])
def test_a_part_told_apart_keeps_its_time_to_itself(text: str, lang: str) -> None:
    got = _periods(text, lang, dt.date(2023, 5, 10))
    assert not got["500"].startswith("2024"), got


def test_a_plans_closing_time_is_every_figures() -> None:
    got = _periods("There are plans to build two policlinics and a 250-bed hospital in 2024.", "en",
                   dt.date(2023, 5, 10))
    assert got["2"] == got["250"] == "2024-01-01..2024-12-31"


# A level come close to, in the present ("Kazakhstan population nears 17mln", "approaches 900", "приближается к 17
# миллионам"): almost, as the past "neared" is.
@pytest.mark.parametrize(("text", "lang"), [
    ("Kazakhstan population nears 17mln", "en"),
    ("The number of volunteers approaches 17 million.", "en"),
    ("Численность населения приближается к 17 миллионам человек.", "ru"),
])
def test_a_level_come_close_to_is_almost(text: str, lang: str) -> None:
    got = [g for g in read(text, lang) if g.startswith("1.7e+07 ")]
    assert got and got[0].split()[1] == "almost", got


# Thousands of years are an age of history ("more than two and a half thousand years", "более 2,5 тысячи лет", "екі
# мың жыл"), never a count; thousands of hours of work stay figures.
@pytest.mark.parametrize(("text", "lang"), [
    ("The history of the city goes back more than two and a half thousand years.", "en"),
    ("Городу более 2,5 тысячи лет.", "ru"),
    ("Қаланың тарихы екі мың жыл.", "kk"),
])
def test_thousands_of_years_are_an_age(text: str, lang: str) -> None:
    assert _values(text, lang) == []


def test_thousands_of_hours_of_work_stay() -> None:
    assert _values("Volunteers gave 3 million hours of their time.", "en") == [3e6]


# A lone "one" added to the counts told before by "as well as / а также / сондай-ақ", however long the first item's
# list of places ("three new bus routes — to Zhanaarka, Karazhal, and Sarysu — as well as one air route"), counts.
# "as well as one of its branches" stays no figure.
@pytest.mark.parametrize(("text", "lang"), [
    ("Three new intercity bus routes — to Zhanaarka, Karazhal, and Sarysu — as well as one air route to Shymkent have "
     "been introduced.", "en"),
    ("Открыты три новых автобусных маршрута – в Жанаарку, Каражал и Сарысу, а также один авиамаршрут в Шымкент.",
     "ru"),
])
def test_one_added_by_as_well_as_counts(text: str, lang: str) -> None:
    assert _values(text, lang, dt.date(2025, 12, 3)) == [3, 1]


def test_one_of_after_as_well_as_is_no_count() -> None:
    assert _values("The museum, as well as one of its branches, received 300 visitors.", "en") == [300]


# A headline's figure that the body tells again with its own year ("В Алгинском районе 23 семьи получили жилье" over
# "В новом 2025 году 23 семьи … получили собственные дома") is one statement of the body's year, though the headline
# alone took the year before by inference (a text of early January reporting the year before).
@pytest.mark.parametrize(("text", "lang"), [
    ("В Алгинском районе 23 семьи получили жилье\n\nВ новом 2025 году 23 семьи, стоящие в очереди на жилье, получили "
     "собственные дома. Из них 19 семей получили жилье в городе Алга.", "ru"),
    ("23 families received housing in Alga district\n\nIn 2025, 23 families on the waiting list received "
     "their own homes. Of them, 19 families received housing in Alga.", "en"),
])
def test_a_headline_figure_takes_its_bodys_year(text: str, lang: str) -> None:
    got = [g for g in read(text, lang, published=dt.date(2025, 1, 10)) if g.startswith("23 ")]
    assert [g.split()[4] for g in got] == ["2025-01-01..2025-12-31"], got


# Sets 211-212. A capitalised place after "in" and then a count of a plural noun ("in Astana 53 kindergartens will be
# open", "in Almaty 20 schools") is a count, not the number of a name ("Huawei 2", "Volunteer 2.0" stay names).
@pytest.mark.parametrize(("text", "value"), [
    ("Thus during 2016-2017 in Astana 53 kindergartens will be open.", 53),
    ("This year in Almaty 20 schools will be repaired.", 20),
])
def test_a_count_after_a_place(text: str, value: float) -> None:
    assert value in _values(text, "en", dt.date(2016, 11, 29))


@pytest.mark.parametrize("text", ["The Huawei 2 was presented to volunteers.",
                                  "The Volunteer 2.0 project was launched."])
def test_a_models_number_is_a_name(text: str) -> None:
    assert _values(text, "en") == []


# A decimal after "at" followed by a rate's unit ("with the average yield at 1.21 t/ha", "at 12.5 c/ha") is a
# measured level, not a clock time; "at 10.30 in the hall" stays a time.
def test_a_level_at_a_rate_is_no_clock_time() -> None:
    assert 1.21 in _values("The wheat harvest grew, with the average yield at 1.21 t/ha.", "en")
    assert _values("The meeting of 40 volunteers starts at 10.30 in the hall.", "en") == [40]


# A part and then its whole, the whole's scale and noun left out ("occupy 97 thousand hectares of 106 planned", "97
# тыс. гектаров из 106 запланированных"): the whole is 106 thousand hectares. Negatives: a whole without a word of
# plan or total ("97 thousand trees of 106 varieties"), a part after its whole ("Of 5 thousand volunteers 106 …").
@pytest.mark.parametrize(("text", "lang"), [
    ("Sowing of oilseeds, which occupy 97 thousand hectares of 106 planned, is also nearing completion.", "en"),
    ("Засеяно 97 тыс. гектаров из 106 запланированных.", "ru"),
    ("Засеяно 97 тысяч гектаров из 106 предусмотренных планом.", "ru"),
])
def test_a_whole_after_its_part_takes_its_scale(text: str, lang: str) -> None:
    assert _values(text, lang) == [97000, 106000]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("They planted 97 thousand trees of 106 varieties.", "en", [97000, 106]),
    ("Of 5 thousand volunteers 106 were teachers.", "en", [5000, 106]),
    ("Из 5 тысяч волонтеров 106 были учителями.", "ru", [5000, 106]),
])
def test_no_whole_without_a_word_of_plan(text: str, lang: str, want: list[float]) -> None:
    assert _values(text, lang) == want


# "So far / thus far / as of now / әзірге" tells a state to date: "Last year the region harvested 2.7 million tons. So
# far the region has exported 1.8 million tons" is of the publication day, not of last year's thread.
@pytest.mark.parametrize(("text", "lang"), [
    ("Last year the region harvested 2.7 million tons of grain. So far the region has exported 1.8 million tons of "
     "grains, he added.", "en"),
    ("Last year the region harvested 2.7 million tons of grain. As of now, 1.8 million tons have been exported.", "en"),
    ("Өткен жылы облыста 2,7 миллион тонна астық жиналды. Әзірге 1,8 миллион тонна астық экспортталды.", "kk"),
])
def test_so_far_is_to_date(text: str, lang: str) -> None:
    got = _periods(text, lang, dt.date(2016, 4, 4))
    assert got["2.7e+06"] == "2015-01-01..2015-12-31"
    assert got["1.8e+06"] == "2016-04-04..2016-04-04"


# Sets 213-214. A share whose decimal comma the copy spaced ("скошено 79, 5 % зерновых", "17, 19 пайызы қайта
# өңделді") is one number; a list of shares keeps its items ("17, 19 и 20 %").
@pytest.mark.parametrize(("text", "lang", "value"), [
    ("В северном Казахстане скошено 79, 5 % зерновых культур.", "ru", 79.5),
    ("Жалпы 70842 тонна қалдық жинақталып, оның 12179 тоннасы немесе 17, 19 пайызы қайта өңделді.", "kk", 17.19),
])
def test_a_spaced_decimal_share(text: str, lang: str, value: float) -> None:
    assert value in _values(text, lang)


def test_a_list_of_shares_keeps_its_items() -> None:
    assert _values("Доля составила 17, 19 и 20 % соответственно.", "ru") == [17, 19, 20]


# A line of a page written in the digraph Latin ("saghat", "halyqtyng") that has only the accents both Latin
# alphabets share ("Jeksenbi, 29 Qyrkýiek 2024", a site's calendar) is read with its page's alphabet: its month is
# September, the day no figure.
def test_a_digraph_pages_calendar_line() -> None:
    text = "Jeksenbi, 29 Qyrkýiek 2024\n1911 0 pikir 20 Qarasha, 2018 saghat 14:08\n\nTýrkistan oblysyndaghy " \
           "Teriskeyde memlekettik-jekemenshik әriptestik ayasynda balabaqsha ashyldy. Balabaqshagha 75 bala " \
           "barady, dep habarlaydy halyqtyng tilshisi."
    assert 29 not in _values(text, "kk", dt.date(2018, 11, 20))
    assert 75 in _values(text, "kk", dt.date(2018, 11, 20))


# A Russian case ending of "девяноста/ста" glued to the digits before a scale ("свыше 390-та тысяч туристов") keeps
# the scale: 390 thousand.
def test_a_case_ending_before_a_scale() -> None:
    assert _values("В прошлом году область посетило свыше 390-та тысяч туристов.", "ru") == [390000]


# A level told with "достигнет/reach" in one clause and a parallel clause with its verb left out ("…, а к 2040 году –
# до 136 тыс. человек"): the "до" ends the same change, exact; a parallel "до" after a plain report stays a bound.
def test_a_parallel_level_after_reach_is_exact() -> None:
    got = read("Численность молодежи в регионе к 2030 году достигнет 93 тыс. человек, а к 2040 году – до 136 тыс. "
               "человек.", "ru")
    assert [g.split()[1] for g in got if g.startswith("136000 ")] == ["exact"], got


def test_a_parallel_bound_after_a_report_stays() -> None:
    got = read("В 2023 году выплаты составили 93 тыс. тенге, а в 2024 году – до 136 тыс. тенге.", "ru")
    assert [g.split()[1] for g in got if g.startswith("136000 ")] == ["at_most"], got


# A capitalised word after a number in Russian or Kazakh is a name, never "жыл/лет" ("Оның 35-і Жылыой ауданында
# орналасқан": 35 of them are in Zhylyoi district); "35 жыл бойы" stays a duration.
def test_a_name_that_begins_like_a_year_word() -> None:
    assert _values("Оның 35-і Жылыой ауданында орналасқан.", "kk") == [35]
    assert _values("Ол 35 жыл бойы жұмыс істеді.", "kk") == []


# Set 215. A lone "one/один" as an item after a comma of a list whose item before is a count in words ("seven schools,
# one music school, two sports complexes", "пять школ, один спорткомплекс и два детских сада") counts like the others.
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("These include seven schools, one music school, two sports complexes, a stadium.", "en", [7, 1, 2]),
    ("Построят пять школ, один спорткомплекс и два детских сада.", "ru", [5, 1, 2]),
])
def test_one_in_a_list_of_counts_in_words(text: str, lang: str, want: list[float]) -> None:
    assert _values(text, lang) == want


def test_one_after_a_year_is_no_item() -> None:
    assert _values("В 2024 году, один из волонтеров собрал 300 подписей.", "ru") == [300]


# Set 216. A Kazakh measure in the ablative, its amount converted in brackets, then the bound ("табысы 2 АЕК-тен (5 050
# теңгеден) аспаған жағдайда": not more than 2 MCI, 5,050 tenge): both at most; a bracket without a bound after it
# leaves them as they are.
def test_a_bound_after_a_bracketed_conversion() -> None:
    got = read("Яғни, отбасының табысы жан басына шаққанда 2 АЕК-тен (5 050 теңгеден) аспаған жағдайда 40 АЕК "
               "көлемінде көмек беріледі.", "kk")
    assert {g.split()[0]: g.split()[1] for g in got} == {"2": "at_most", "5050": "at_most", "40": "exact"}, got


def test_a_bracket_without_a_bound() -> None:
    got = read("Көмек 2 мың теңгеден (шамамен 5 доллар) кейін беріледі.", "kk")
    assert {g.split()[0]: g.split()[1] for g in got} == {"2000": "exact", "5": "approx"}, got


def test_one_of_the_counted_two_is_no_item() -> None:
    assert _values("В моногородах области реализуют два проекта, один – с участием инвестора из России.", "ru") == [2]


# What goes on every season, told in the present in a text of the spring ("During the summer, 191 country camps …
# operate across Kazakhstan", "Летом работают 191 загородный лагерь"), is of the coming season; told in the past it is
# last year's ("During the summer, 191 camps operated", "Летом отдохнули 5 тысяч детей").
@pytest.mark.parametrize(("text", "lang", "want"), [
    ("During the summer, 191 country camps operate across Kazakhstan.", "en", "2025-06-01..2025-08-31"),
    ("Летом работают 191 загородный лагерь.", "ru", "2025-06-01..2025-08-31"),
    ("During the summer, 191 country camps operated across Kazakhstan.", "en", "2024-06-01..2024-08-31"),
    ("Летом в лагерях отдохнули 191 тысяча детей.", "ru", "2024-06-01..2024-08-31"),
])
def test_a_season_going_on_in_the_present(text: str, lang: str, want: str) -> None:
    got = read(text, lang, published=dt.date(2025, 5, 22))
    assert got and got[0].split()[4] == want, got


# Kazakh "жас" after a number is young people, not an age, before a noun of who they are ("49 жас өрен", "20 жас
# дарын") or before an amount each in the dative ("10 жасқа 505 мың теңгеден … грант берілді"); an age keeps its bound
# or its verb ("18 жасқа дейінгі балалар", "18 жасқа толған").
@pytest.mark.parametrize(("text", "value"), [
    ("Басқа санаттағы 49 жас өрен еңбек етіпті.", 49),
    ("Жұмыспен қамту орталығы арқылы 10 жасқа 505 мың теңгеден грант берілді.", 10),
])
def test_young_people_counted(text: str, value: float) -> None:
    assert value in _values(text, "kk")


@pytest.mark.parametrize("text", ["Оған 18 жасқа дейінгі балалар қатысты.", "Ол биыл 18 жасқа толған."])
def test_an_age_stays_an_age(text: str) -> None:
    assert _values(text, "kk") == []


# A text of the first days of January whose lead tells what was done "on the eve of the New Year" ("Жаңа жыл мерекесі
# қарсаңында …", "В преддверии Нового года …") was written in the last days of the year before: its "this year" is that
# year. The same "this year" in a January text without it stays the new year's.
@pytest.mark.parametrize(("text", "lang"), [
    ("Жаңа жыл мерекесі қарсаңында ауданда 5 балабақша пайдалануға берілді. Ауданда ағымдағы жылы 10 спорт алаңы "
     "тапсырылды.", "kk"),
    ("В преддверии Нового года в районе открыли 5 детских садов. В этом году в районе сдали 10 спортплощадок.", "ru"),
])
def test_a_january_text_of_new_years_eve(text: str, lang: str) -> None:
    got = _periods(text, lang, dt.date(2018, 1, 10))
    assert got["10"].startswith("2017-01-01..2017-12-31"), got


def test_this_year_of_a_january_text() -> None:
    got = _periods("В этом году в районе откроют 10 спортплощадок.", "ru", dt.date(2018, 1, 10))
    assert got["10"].startswith("2018-"), got


# The day a report was given, closing its sentence after the reporting verb and who gave it ("…, reported Kazakh
# Prosecutor General's Office on Jan. 10.", "…, сообщили в прокуратуре 10 января."), dates the telling, not the
# figures: in a text of the first weeks of January the report that follows is of the year before.
def test_the_day_of_a_report_is_not_the_figures() -> None:
    text = ("The crime rate in Kazakhstan has decreased, reported Kazakh Prosecutor General's Office on Jan. 10.\n\n"
            "Violent crimes declined by 14.9% from 44,106 to 37,548 cases.")
    got = _periods(text, "en", dt.date(2024, 1, 11))
    assert got["37548"] == "2023-01-01..2023-12-31", got


def test_a_day_with_figures_after_it_stays() -> None:
    got = _periods("On Jan. 10 volunteers delivered 300 food kits, the akimat reported.", "en", dt.date(2024, 1, 11))
    assert got["300"] == "2024-01-10..2024-01-10", got


# Sets 217-218. "По итогам ушедшего года / в ушедшем году" (the year gone) is last year; "на конец ушедшего года" keeps
# its own reading (the end of last year).
def test_the_year_gone_is_last_year() -> None:
    got = _periods("По итогам ушедшего года в области обеспечены жильем 3 352 семьи.", "ru", dt.date(2023, 7, 23))
    assert got["3352"] == "2022-01-01..2022-12-31", got


# A parallel "– до N" after "достигнет / достигла" is a change's end only as a parallel of another time ("…, а к 2040
# году – до 136 тыс."); of a part ("урожайность достигла 16,1 центнера, а на отдельных полях — до 60") it is a bound.
def test_a_parallel_bound_of_a_part() -> None:
    got = read("Средняя урожайность достигла 16,1 центнера с гектара, а на отдельных полях — до 60 центнеров.", "ru")
    assert [g.split()[1] for g in got if g.startswith("60 ")] == ["at_most"], got


# A bare part after its whole and a comma, with "из которых / из них" ("инвестиции на 4.8 миллиарда тенге, 3.8 из
# которых пойдут на ремонт"): the part takes the whole's scale and unit.
def test_a_part_after_its_whole_takes_its_scale() -> None:
    assert _values("Утверждены инвестиции на 4.8 миллиарда тенге, 3.8 из которых пойдут на ремонт.", "ru") == \
        [4.8e9, 3.8e9]


# An English change in the present perfect, with no time of its own, in a text of the first weeks of January ("The
# crime rate in Kazakhstan has decreased by 11% from 157,473 to 140,272 cases"): the change the year just closed
# brought. In a text of June it stays the text's own time.
def test_a_present_perfect_change_in_january() -> None:
    text = "The crime rate in Kazakhstan has decreased by 11% from 157,473 to 140,272 cases."
    assert _periods(text, "en", dt.date(2024, 1, 11))["140272"] == "2023-01-01..2023-12-31"
    assert _periods(text, "en", dt.date(2024, 6, 11))["140272"] == "2024-06-11..2024-06-11"


# Sets 219-220. "bring a level up to N" is raising it to N, exact ("bring meat production up to 93,000 tonnes");
# "bring up to 300 kg of food" (nothing raised between) stays a bound. "approximate area of 8 hectares" is about 8.
# "За последний год … увеличился на 3,5 процента" is over the past year, as "over the past year" is.
def test_bring_a_level_up_to() -> None:
    got = read("It plans to bring meat production up to 93,000 tonnes.", "en", published=dt.date(2016, 2, 24))
    assert [g.split()[1] for g in got] == ["exact"], got
    got = read("Volunteers will bring up to 300 kg of food.", "en", published=dt.date(2016, 2, 24))
    assert [g.split()[1] for g in got] == ["at_most"], got


def test_an_approximate_area() -> None:
    got = read("Burning of dry grass on approximate area of 8 hectares was recorded.", "en")
    assert [g.split()[1] for g in got] == ["approx"], got


def test_over_the_last_year() -> None:
    got = _periods("За последний год оборот увеличился на 3,5 процента.", "ru", dt.date(2018, 5, 16))
    assert got["3.5"] == "2017-01-01..2017-12-31", got


# A Kazakh "астам / жуық" right after an amount in the ablative or dative closes that amount, not the number after
# it ("40 млрд теңгеден астам 6 жобаны": more than 40 bn tenge, six projects; "5 мыңға жуық 300 отбасы"); a bare
# "астам 100 адам" keeps its bound.
@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("Биыл құны 40 млрд теңгеден астам 6 жобаны іске қосу жоспарланып отыр.", "6", "exact"),
    ("Облыста 5 мыңға жуық 300 отбасы тұрады.", "300", "exact"),
    ("Биыл астам 100 адам қатысты.", "100", "at_least"),
])
def test_a_kazakh_bound_closes_the_amount_before(text: str, value: str, qualifier: str) -> None:
    got = [g for g in read(text, "kk") if g.split()[0] == value]
    assert [g.split()[1] for g in got] == [qualifier], got


# Sets 221-222. A verb that tells a lack with its "не" ("не хватает более двухсот врачей") denies no comparison: more
# than 200 are lacking; "не должен весить меньше 50 кг" stays at least. Lengths of works of cleaning, lining and digging
# ("очистка участков длиной 47,9 км", "ұзындығы 17,6 км учаскелер бетонмен қапталды", "вырыт канал длиной 4,2 км") are
# the work done, figures.
def test_a_shortage_of_more_than() -> None:
    got = read("В медучреждениях области не хватает более двухсот врачей.", "ru")
    assert [g.split()[1] for g in got] == ["at_least"], got
    got = read("Донор не должен весить меньше 50 килограммов.", "ru")
    assert [g.split()[1] for g in got] == ["at_least"], got


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("В районе проведена механизированная очистка участков длиной 47,9 км на 11 каналах.", "ru", 47.9),
    ("В нижней части канала вырыт новый канал длиной 4,2 километра.", "ru", 4.2),
    ("Жоба аясында Найман каналында ұзындығы 17,6 км учаскелер бетонмен қапталды.", "kk", 17.6),
])
def test_the_length_of_a_work_done(text: str, lang: str, value: float) -> None:
    assert value in _values(text, lang)

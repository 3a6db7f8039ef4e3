"""Phrase tests for the classes of blind sets 183-186 (the twentieth session): each a rule of the language, with
variants in the other languages where they say it so, and negatives."""
from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import assert_figures, read

from loaders.text import content_lines


# The Kazakh past of verbs whose stem ends in a vowel or -й ("көбейді", "азайды", "төмендеді", "жинады") reports what
# was done, so the figures take the time of the sentence before ("2005-2024 жылдар аралығында … артты. Мысалы, құлан 1
# 112-ден 4 614-ке көбейді"); the present ("азаяды") does not report.
@pytest.mark.parametrize(("text", "expected"), [
    ("2005-2024 жылдар аралығында жануарлар саны артты. Мысалы, тоғай бұғысы 350-ден 1 147-ге, құлан 1 112-ден "
     "4 614-ке көбейді.",
     ["350 exact * * 2005-01-01..2024-12-31 *", "1147 exact * * 2005-01-01..2024-12-31 *",
      "1112 exact * * 2005-01-01..2024-12-31 *", "4614 exact * * 2005-01-01..2024-12-31 *"]),
    ("2023 жылы ауданда қылмыс саны төмендеді. Мысалы, ұрлық 120-дан 95-ке азайды.",
     ["120 exact * * 2023-01-01..2023-12-31 *", "95 exact * * 2023-01-01..2023-12-31 *"]),
    ("2023 жылы облыста егін жиналды. Диқандар 1,2 млн тонна астық жинады.",
     ["1.2e+06 exact tonnes * 2023-01-01..2023-12-31 *"]),
])
def test_kazakh_past_of_vowel_stems_reports(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "kk", published=dt.date(2025, 9, 30)), expected)


def test_kazakh_present_of_vowel_stems_does_not_report() -> None:
    text = "2023 жылы ауданда қылмыс саны төмендеді. Жыл сайын ұрлық 120-дан 95-ке азаяды."
    assert all("2023-01-01..2023-12-31" not in f for f in read(text, "kk", published=dt.date(2025, 9, 30)))


# A headline rounds the body's figure to its own last digit ("В Алматы на туристах заработали 32 млрд. тенге" over "за
# прошлый год это составило 32,17 млрд. тенге"): the headline takes the body's period. Not a value the body's does not
# round to ("35 млрд").
@pytest.mark.parametrize(("text", "lang"), [
    ("В Алматы на туристах заработали 32 млрд. тенге\n\nВ денежном эквиваленте за прошлый год это составило 32,17 "
     "млрд. тенге.", "ru"),
    ("Almaty earned 32 billion tenge from tourists\n\nIn monetary terms, last year this amounted to 32.17 billion "
     "tenge.", "en"),
    ("Алматы туристерден 32 млрд теңге тапты\n\nАқшалай есептегенде былтыр бұл 32,17 млрд теңгені құрады.", "kk"),
])
def test_headline_rounding_the_body_takes_its_period(text: str, lang: str) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2012, 3, 1)),
                   ["3.2e+10 exact KZT * 2011-01-01..2011-12-31 *", "3.217e+10 exact KZT * 2011-01-01..2011-12-31 *"])


def test_headline_the_body_does_not_round_to_keeps_publication() -> None:
    text = "В Алматы на туристах заработали 35 млрд. тенге\n\nЗа прошлый год это составило 32,17 млрд. тенге."
    assert_figures(text, read(text, "ru", published=dt.date(2012, 3, 1)),
                   ["3.5e+10 exact KZT * 2012-03-01..2012-03-01 *", "3.217e+10 exact KZT * 2011-01-01..2011-12-31 *"])


# "В частности / in particular / атап айтқанда" singles out a part of what the sentence before counted: of its time
# ("В ближайшие три года дефицит … может достичь 400 тысяч. В частности, … в столице этот показатель составит 28
# тысяч").
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("В ближайшие три года дефицит ученических мест может достичь 400 тысяч. В частности, по прогнозам, в столице "
     "этот показатель составит 28 тысяч.", "ru",
     ["400000 exact * * 2025-12-24..2028-12-31 *", "28000 exact * * 2025-12-24..2028-12-31 *"]),
    ("In 2024, 1,200 volunteers worked in the region. In particular, 300 of them were students.", "en",
     ["1200 exact persons * 2024-01-01..2024-12-31 *", "300 exact * * 2024-01-01..2024-12-31 *"]),
    ("2024 жылы облыста 1200 ерікті жұмыс істеді. Атап айтқанда, 300 студент ерікті болды.", "kk",
     ["1200 exact persons * 2024-01-01..2024-12-31 *", "300 exact * * 2024-01-01..2024-12-31 *"]),
])
def test_a_part_singled_out_takes_the_time_before(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2025, 12, 24)), expected)


# A decimal comma followed by a space before an abbreviated scale after a count of tens ("12, 8 млн. штук молоди",
# "10, 5 млрд тенге") is one decimal; single digits with no scale stay a list.
@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("Питомник выпустил в воды Сырдарьи 12, 8 млн. штук молоди.", "ru", ["1.28e+07"]),
    ("Кроме того, выделено 10, 5 млрд тенге.", "ru", ["1.05e+10"]),
    ("Бассейнге 12, 8 млн дана шабақ жіберілді.", "kk", ["1.28e+07"]),
    ("В турнире участвовали 12, 8 и 6 команд.", "ru", ["12", "8", "6"]),
])
def test_decimal_comma_and_space_before_an_abbreviated_scale(text: str, lang: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2024, 5, 1))] == numbers


# An hour written with a leading zero ("примерно 08.40", "at 07.15") is a clock time, never a decimal ("0.45 percent"
# is one).
@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("В Актюбинской области 7 декабря примерно 08.40 на трассе опрокинулся автобус, пострадали 12 человек.", "ru",
     ["12"]),
    ("At 07.15 the rescuers evacuated 30 people; the rate rose to 0.45 percent.", "en", ["30", "0.45"]),
    ("Өрт шамамен 06.20 шамасында шықты, 25 адам эвакуацияланды.", "kk", ["25"]),
])
def test_an_hour_with_a_leading_zero(text: str, lang: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2024, 12, 8))] == numbers


# The page's last line, its full stop lost, closed by who said it (", she added", ", – сообщил он") is the body's last
# sentence, not a headline of another story.
@pytest.mark.parametrize("last", [
    "Besides, more than 55,000 children are on a preschool wait list, she added",
    "Кроме того, в очереди в детсад стоят более 55 тысяч детей, – сообщила она",
    "Сонымен қатар балабақша кезегінде 55 мыңнан астам бала тұр, – деді ол",
])
def test_last_line_closed_by_its_speaker_is_a_sentence(last: str) -> None:
    text = ("A title of the story\n\nNUR-SULTAN. A little over 51,000 children have been enrolled at the kindergartens "
            "of the capital to date, according to the chairperson of the association.\n\n«These children attend both "
            "public and private kindergartens,» she said at a press conference on licensing.\n\n" + last + "\n\n\n")
    lines, _ = content_lines(text)
    assert lines[-1].text == last


def test_last_line_without_a_speaker_stays_out() -> None:
    text = ("A title of the story\n\nNUR-SULTAN. A little over 51,000 children have been enrolled at the kindergartens "
            "of the capital to date, according to the chairperson of the association.\n\n«These children attend both "
            "public and private kindergartens,» she said at a press conference on licensing.\n\n"
            "55 new kindergartens to open in Almaty region next year\n\n\n")
    lines, _ = content_lines(text)
    assert not lines[-1].text.startswith("55 new")


# A range of kilometre posts with the road named after it ("330-598 km of Atyrau – Aktobe", "214-250 км автодороги
# Самара-Шымкент") is where on the road, not a length; "20-30 км дорог" is a length.
@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("As part of the state program, 432 km are being reconstructed (330-598 km of Atyrau – Aktobe, 616-893 km of "
     "Atyrau – Astrakhan).", "en", ["432"]),
    ("Отремонтируют 214-250 км автодороги Самара-Шымкент.", "ru", []),
    ("В районе построят 20-30 км дорог.", "ru", ["20", "30"]),
])
def test_kilometre_posts_of_a_named_road(text: str, lang: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2020, 5, 2))] == numbers


# A road's lanes told as an adjective ("with 4-lane traffic", "4-полосную дорогу", "4 жолақты жол") are a size, as
# storeys are; a count of lanes stays ("The road has 4 lanes").
@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("The section includes 78 km of the road with 4-lane traffic and 18 km of the bypass with 2-lane traffic.", "en",
     ["78", "18"]),
    ("Построят 4-полосную дорогу, на это выделено 12 млрд тенге.", "ru", ["1.2e+10"]),
    ("Ұзындығы 12 км 4 жолақты жол салынады.", "kk", ["12"]),
    ("The road has 4 lanes.", "en", ["4"]),
])
def test_lanes_of_a_road_are_a_size(text: str, lang: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2015, 5, 2))] == numbers


# A day said to be of this year in the abbreviation "т.г." / "с.г." is of the publication's year, not of another year
# the sentence names as a base ("По состоянию на 7 сентября т.г. … (больше уровня 2010 г.)").
@pytest.mark.parametrize("this_year", ["т.г.", "с.г.", "т. г."])
def test_day_of_this_year_abbreviated(this_year: str) -> None:
    text = (f"По состоянию на 7 сентября {this_year} в Казахстане убрано 5794,3 тыс. га зерновых культур при "
            "урожайности 15 ц/га (на 6,7 ц/га больше уровня 2010 г.).")
    found = read(text, "ru", published=dt.date(2011, 9, 10))
    assert_figures(text, found, ["5.7943e+06 exact * * 2011-09-07..2011-09-07 *",
                                 "15 exact * * 2011-09-07..2011-09-07 *", "6.7 exact * * 2010-01-01..2010-12-31 *"])


# English "per 1000" needs no noun after the base ("the marriage rate (per 1000) was 7.9"), nor "per 1" ("6 people per 1
# square kilometer"); Russian "на 1000" may be a change ("выросло на 1000") and stays.
@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("The marriage rate (per 1000) was 7.9.", "en", ["7.9"]),
    ("Marriages declined up to 5.8 per 1000, or 85 872 in absolute terms.", "en", ["5.8", "85872"]),
    ("The population density is 6 people per 1 square kilometer.", "en", ["6"]),
    ("Число доноров выросло на 1000.", "ru", ["1000"]),
])
def test_english_per_base_without_a_noun(text: str, lang: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2019, 4, 3))] == numbers


# "the number of …" in brackets is no present state ("the divorce rate (the number of divorces per 1000 people) was 3"
# is of the sentence's year); "numbers" as a verb is one ("The club numbers 500 members").
def test_the_number_of_is_no_present_state() -> None:
    text = ("In 2017, 54 626 couples were officially divorced, and the divorce rate (the number of divorces per 1000 "
            "people) was 3, Forbes Kazakhstan reports.")
    assert_figures(text, read(text, "en", published=dt.date(2019, 4, 3)),
                   ["54626 exact * * 2017-01-01..2017-12-31 *", "3 exact * * 2017-01-01..2017-12-31 *"])


# A bare year and its value after a dash, the next pairs of a list ("the peaks in 2017 - 9.5, 2011 - 9.7, 2012 - 9.8 and
# 2013 - 9.9"), each take their year; a span of years ("In 2011 - 2013, …") stays one span.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The increase had its peaks in 2017 - 9.5, 2011 - 9.7, 2012 - 9.8 and 2013 - 9.9.", "en",
     ["9.5 exact * * 2017-01-01..2017-12-31 *", "9.7 exact * * 2011-01-01..2011-12-31 *",
      "9.8 exact * * 2012-01-01..2012-12-31 *", "9.9 exact * * 2013-01-01..2013-12-31 *"]),
    ("Число браков составило в 2022 году – 120, 2023 – 150 и 2024 – 180.", "ru",
     ["120 exact * * 2022-01-01..2022-12-31 *", "150 exact * * 2023-01-01..2023-12-31 *",
      "180 exact * * 2024-01-01..2024-12-31 *"]),
    ("Неке саны 2022 жылы – 120, 2023 – 150 және 2024 – 180 болды.", "kk",
     ["120 exact * * 2022-01-01..2022-12-31 *", "150 exact * * 2023-01-01..2023-12-31 *",
      "180 exact * * 2024-01-01..2024-12-31 *"]),
    ("In 2011 - 2013, 500 schools were built, and 2,000 teachers were hired.", "en",
     ["500 exact * * 2011-01-01..2013-12-31 *", "2000 exact * * 2011-01-01..2013-12-31 *"]),
])
def test_year_and_value_pairs_of_a_list(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2025, 4, 3)), expected)


# "until 1999" dates the value reached then, as "by 1999"; "over last 5 years" (the article lost in translation) is the
# span up to publication; "That is, …" restates the report before it, in its time.
@pytest.mark.parametrize(("text", "expected"), [
    ("Until 1999 the number of marriages declined to 85 872.", ["85872 exact * * 1999-01-01..1999-12-31 *"]),
    ("In general, 760 037 marriages were registered over last 5 years in Kazakhstan.",
     ["760037 exact * * 2014-04-03..2019-04-03 *"]),
    ("In 2018, 400 couples married. That is, 34.7% of them were under 25.",
     ["400 exact * * 2018-01-01..2018-12-31 *", "34.7 exact percent * 2018-01-01..2018-12-31 *"]),
])
def test_until_a_year_last_n_years_and_that_is(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "en", published=dt.date(2019, 4, 3)), expected)


# "last November" is the last November before publication's month (in May 2025: 2024); "last May" in May is a year back.
@pytest.mark.parametrize(("text", "expected"), [
    ("Almost 2,000 dead seals were found last November.", ["2000 almost * * 2024-11-01..2024-11-30 *"]),
    ("Last May, 300 volunteers planted 500 trees.",
     ["300 exact * * 2024-05-01..2024-05-31 *", "500 exact * * 2024-05-01..2024-05-31 *"]),
    ("In March, 300 volunteers planted 500 trees.",
     ["300 exact * * 2025-03-01..2025-03-31 *", "500 exact * * 2025-03-01..2025-03-31 *"]),
])
def test_last_month_in_english(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "en", published=dt.date(2025, 5, 25)), expected)


# A yearless day a work is "expected to be completed by" lies ahead ("115 remain, with work expected to be completed by
# September 15" in August: this September).
def test_a_day_work_is_expected_to_be_completed_by() -> None:
    text = "115 buildings remain, with work expected to be completed by September 15."
    assert_figures(text, read(text, "en", published=dt.date(2025, 8, 23)), ["115 exact * * 2025-09-15..2025-09-15 *"])


# Kazakh "мектепке дейін тәрбие беретін" (giving preschool upbringing) is no bound "up to N schools"; "50 мектепке дейін
# салынады" is one. "8-отырысы" (the 8th meeting) is an ordinal.
@pytest.mark.parametrize(("text", "expected"), [
    ("Өңірде 223 мектепке дейін тәрбие беретін орын ашылды.", ["223 exact"]),
    ("Облыста 50 мектепке дейін салынады.", ["50 at_most"]),
    ("Министрлердің 8-отырысы өтті, онда 40 келісім жасалды.", ["40 exact"]),
])
def test_kazakh_before_school_and_numbered_meetings(text: str, expected: list[str]) -> None:
    assert [" ".join(g.split()[:2]) for g in read(text, "kk", published=dt.date(2025, 1, 1))] == expected


# A hyphenated "-fold" before a preposition is a multiple ("will increase five-fold by 2025"); a word share stays beside
# a percent that restates another figure between them ("One in six beds …, and more than 222,000 patients, or 17%").
@pytest.mark.parametrize(("text", "numbers"), [
    ("This figure will increase five-fold by 2025.", ["5"]),
    ("One in six beds remains unused, and more than 222,000 patients, or 17% of planned admissions, wait.",
     ["16.67", "222000", "17"]),
])
def test_fold_before_a_preposition_and_shares_across_a_figure(text: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, "en", published=dt.date(2020, 10, 5))] == numbers


# A bus route's number after "route / маршрута" is a label ("buses of route 55", "автобусы маршрута 12"); a length
# after the route is not ("The route 12 km long").
@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("Crowded buses of route 55 go around the city, 12 new buses arrived.", "en", ["12"]),
    ("Автобусы маршрута 12 ходят редко, закуплено 40 новых автобусов.", "ru", ["40"]),
    ("Бағытындағы 4 рейстік автобус тұрып қалды.", "kk", ["4"]),
])
def test_route_numbers_are_labels(text: str, lang: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2023, 2, 1))] == numbers


# The year of a city's title ("2024 жылғы туристік астанасы") dates an undated text to that year, not a later one; a
# breadcrumb's repeated title over the date line is the headline; a view counter's line ("1 971 просмотр") is chrome;
# a last line going on from the body ("Кроме того, …") or stopped in a word after a count ("918 единиц спецт") is text.
def test_title_year_of_a_city_dates_the_text() -> None:
    from loaders.extract.dating import implied_year
    from loaders.text import sentences
    text = ("2023 жылдың қазан айында Түркістанда министрлердің отырысы өткен болатын. Жиында «Түркістан қаласы – "
            "Түркі мемлекеттерінің 2024 жылғы туристік астанасы» ретінде белгіленген еді. Осыған орай, шаһарда биыл 25 "
            "іс-шара ұйымдастырылмақ.")
    lines, _ = content_lines(text)
    assert implied_year(sentences(lines)) == 2024


def test_breadcrumb_title_views_line_and_cut_last_lines() -> None:
    text = ("- Басты\n- Жыл соңына дейін Атырау облысында 8 балабақша ашылады\nЖыл соңына дейін Атырау облысында 8 "
            "балабақша ашылады\n30 Қазан, 2013 09:52\nАтырау облысында 4 балабақшаның құрылысы аяқталу үстінде, деп "
            "хабарлайды облыстың ішкі саясат басқармасы.\n")
    lines, title = content_lines(text)
    assert title == "Жыл соңына дейін Атырау облысында 8 балабақша ашылады" and lines[0].is_headline
    views = ("59 ДТП в области унесли жизни\n\nВидео\n1 971 просмотр\nвице-министр, стоп-кадр трансляции\n\nНа "
             "заседании правительства был затронут вопрос безопасности дорожного движения и пешеходов в регионах.\n")
    assert not any("1 971" in ln.text for ln in content_lines(views)[0])
    body = ("Заголовок статьи\n\nПо данным акимата, в городе выпало около 1 см снега, в предгорных районах – до 10 "
            "см, сообщили в акимате.\n")
    for last in ("На улицах работают 918 единиц спецт", "Кроме того, зарегистрировано 188 захоронений (177 имеют акты"
                 " регист"):
        assert content_lines(body + last)[0][-1].text == last


# The one time a sentence of plans names after all its figures, at its end, is every planned figure's ("… including 11
# medical clinics, one out-patient clinic, and six midwifery clinics, are to be built in 18 villages next year"); not
# a base compared with ("down from 14.5 c/ha in 2024"), not across a clause of its own ("уже уложено …, оставшаяся
# часть будет завершена в следующем году").
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Medical facilities, including 11 medical clinics, one out-patient clinic, and six midwifery clinics, are to be "
     "built in 18 villages next year, the press service said.", "en",
     ["11 exact * * 2023-01-01..2023-12-31 *", "1 exact * * 2023-01-01..2023-12-31 *",
      "6 exact * * 2023-01-01..2023-12-31 *", "18 exact * * 2023-01-01..2023-12-31 *"]),
    ("There are plans to build two policlinics for 250 visits, a 250-bed mental health center and an ambulance "
     "station with three substations in 2023.", "en",
     ["2 exact * * 2023-01-01..2023-12-31 *", "250 exact * * 2023-01-01..2023-12-31 *",
      "250 exact * * 2023-01-01..2023-12-31 *", "3 exact * * 2023-01-01..2023-12-31 *"]),
    ("Average yields are expected to reach 10.3 centners per hectare, down from 14.5 c/ha in 2024.", "en",
     ["10.3 exact * * 2022-12-26..2022-12-26 *", "14.5 exact * * 2024-01-01..2024-12-31 *"]),
    ("На 12 из них уже уложено три слоя асфальта, оставшаяся часть будет завершена в следующем году.", "ru",
     ["12 exact * * 2022-12-26..2022-12-26 *", "3 exact * * 2023-01-01..2023-12-31 *"]),
])
def test_the_time_closing_a_sentence_of_plans(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2022, 12, 26)), expected)


# A volume "per day" is what flows through, a figure ("plants with a capacity of 260,000 cubic meters per day"); the
# volume of one thing stays a size ("containers with a capacity of 5 m3"). "less than one percent" is a share;
# "doubling" a multiple.
@pytest.mark.parametrize(("text", "numbers"), [
    ("Nine desalination plants with a capacity of 260,000 cubic meters per day will be erected.", ["9", "260000"]),
    ("They bought 40 containers with a capacity of 5 m3.", ["40"]),
    ("There are little vegetables left in the fields, less than one percent.", ["1"]),
    ("In 2023, over 400,000 visitors came to the area, nearly doubling the number from two years prior.",
     ["400000", "2"]),
])
def test_capacity_per_day_one_percent_and_doubling(text: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, "en", published=dt.date(2024, 1, 5))] == numbers


# Russian "прошлогодний" is last year's; "в 2014 году на этот период" is the same date a year before: an undated text
# that says so is of the year after ("получено более 318 тыс. тонн зерна, в 2014 году на этот период было намолочено
# порядка 158"); "the outgoing year" is the year the text sums up.
@pytest.mark.parametrize(("text", "year"), [
    ("Урожай зерновых в два раза превышает прошлогодний. На сегодняшний день получено более 318 тыс. тонн зерна, в "
     "2014 году на этот период было намолочено порядка 158 тыс. тонн.", 2015),
    ("What happened in the region in 2017? In 2017, the region commissioned 600 thousand square meters of housing. "
     "In the outgoing year, farmers entered foreign markets. And in November of this year an agreement was signed. "
     "In 2017, meat exports to Iran began.", 2017),
])
def test_last_years_adjective_same_date_and_outgoing_year(text: str, year: int) -> None:
    from loaders.extract.dating import implied_year
    from loaders.text import sentences
    lines, _ = content_lines(text)
    assert implied_year(sentences(lines)) == year


# A year-like number after "for / на" that follows a count and its noun is what the counted things hold ("37 houses for
# 2014 apartments", "5 школ на 2000 мест"); a concession's time after the figure is not the figure's ("to build 60
# public kindergartens … despite the fact that the state paused the construction … in 2017"); shifts of a school are a
# size ("үш ауысымдық мектептер").
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("In 2017, 24 houses for 957 apartments and 37 houses for 2014 apartments were built.", "en",
     ["24 exact * * 2017-01-01..2017-12-31 *", "957 exact * * 2017-01-01..2017-12-31 *",
      "37 exact * * 2017-01-01..2017-12-31 *", "2014 exact * * 2017-01-01..2017-12-31 *"]),
    ("The decision was taken to build 60 public kindergartens despite the fact that the state paused the construction "
     "in 2017.", "en", ["60 exact * * 2023-09-28..2023-09-28 *"]),
    ("Облыста үш ауысымдық мектептер жойылды, 12 мектеп салынды.", "kk", ["12 exact * * 2023-09-28..2023-09-28 *"]),
])
def test_capacities_concessions_and_shifts(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2023, 9, 28)), expected)


# Greek look-alikes inside Cyrillic words ("в 2013 гοду выделенο 8203,8 млн тенге") read as the Cyrillic letters.
def test_greek_look_alikes_in_cyrillic_words() -> None:
    text = "По его словам, на развитие объектов образования в 2013 гοду выделенο 8203,8 млн тенге."
    assert_figures(text, read(text, "ru", published=dt.date(2013, 6, 1)),
                   ["8.2038e+09 exact KZT * 2013-01-01..2013-12-31 *"])


# An hour and its minutes written with a dash after "в / at" ("Пожар начался 8 июля в 10-40", "в 21-00") is a clock
# time; a range with its unit ("в 10-15 раз", "в 10-40 км") stays a range.
@pytest.mark.parametrize(("text", "numbers"), [
    ("Пожар начался 8 июля в 10-40. Локализация была объявлена 9 июля в 21-00, площадь 300 га.", ["300"]),
    ("Рост в 10-15 раз, ремонт в 10-40 км от города.", ["10", "15", "10", "40"]),
])
def test_an_hour_with_a_dash(text: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, "ru", published=dt.date(2026, 7, 9))] == numbers


# The harvest a sowing is for dates a planned area ("Площадь сева под урожай 2013 года составит 535 тыс. га": the 2013
# season), not a sowing told done ("Под урожай 2020 года посеяно 10545 га": sown the year before); a time in what a
# colon after the figure lists is not the figure's ("рассмотрели 4 вопроса: о бюджете региона до 2028 года").
@pytest.mark.parametrize(("text", "pub", "expected"), [
    ("Площадь сева под урожай 2013 года составит 535 тыс. га.", dt.date(2012, 12, 1),
     ["535000 exact * * 2013-01-01..2013-12-31 *"]),
    ("Под урожай 2020 года посеяно 10545 га озимой пшеницы.", dt.date(2020, 12, 1),
     ["10545 exact * * 2020-12-01..2020-12-01 *"]),
    ("Депутаты рассмотрели 4 вопроса: о бюджете региона до 2028 года, об утверждении плана развития области до 2030 "
     "года.", dt.date(2025, 12, 10), ["4 exact * * 2025-12-10..2025-12-10 *"]),
])
def test_harvest_year_of_a_plan_and_times_after_a_colon(text: str, pub: dt.date, expected: list[str]) -> None:
    assert_figures(text, read(text, "ru", published=pub), expected)


# An undated text: works planned for a year ("В 2017 году предусмотрено завершить капремонт") make that year this
# year's, however done another sentence of it is; what is done "this year" of a plan's span is of its first year
# ("В 2024-2026 годах планируется реализация 31 проекта …, из них в этом году реализовано 13 проектов").
@pytest.mark.parametrize(("text", "year"), [
    ("В 2017 году облуправлению было выделено 11,5 млрд тенге. На эти средства запланирована реализация проектов по "
     "ремонту дорог. «В частности, в рамках программы развития моногородов в текущем году будут проведены работы по "
     "капитальному ремонту улицы Парковая. В 2017 году предусмотрено завершить капремонт ул. Пролетарской.", 2017),
    ("Поголовье скота достигло 2,5 млн голов. В 2024-2026 годах планируется реализация 31 проекта на общую сумму 33,2 "
     "млрд тенге, из них в этом году реализовано 13 проектов.", 2024),
])
def test_plans_for_the_year_and_a_span_done_this_year(text: str, year: int) -> None:
    from loaders.extract.dating import implied_year
    from loaders.text import sentences
    lines, _ = content_lines(text)
    assert implied_year(sentences(lines)) == year


# A list of other stories, each a date alone on its line and a headline, is the page's tail: its dates are not the
# page's ("…могут начаться уже в марте." / "20.05.2025" / "Казахстан: Как за год …" / "25.04.2025").
def test_dated_headlines_are_the_tail() -> None:
    from loaders.text import text_date
    body = ("В Жамбылской области в 2013 году планируется увеличить посевные площади под кукурузой на зерно, кормовые "
            "растения и сократить под сахарной свеклой. Об этом сообщили в управлении сельского хозяйства. " * 3)
    text = body + "\nАналитика и интересное о сахаре\n20.05.2025\nКазахстан: Как за год …\n25.04.2025\nЧем заняты …\n"
    assert text_date(text) is None


# "2023-2024 жж." is a span of years as "2023-2024 жылдары" is, and the sentence goes on after the abbreviation's dot
# before a name in quotes; works that begin in a span, in a text of "this year", date it to the span's first year.
def test_years_abbreviation_and_a_span_that_begins() -> None:
    from loaders.extract.dating import implied_year
    from loaders.text import sentences
    text = ("Биыл Ақмола облысында 9 мектеп пайдалануға берілмек. Бұнымен қоса өңір аумағына 2023-2024 жж. «Жайлы "
            "мектеп» ұлттық жобасы аясында 18 мектептің салынуы басталады.")
    sents = sentences(content_lines(text)[0])
    assert len(sents) == 2 and implied_year(sents) == 2023


# "Кейінгі үш жылда" is the last three years up to publication; "during the year" in a January plan is the year to
# come (in a January report, the year before); km posts in brackets after a road named by its places are posts;
# "на тысячу человек меньше" is a difference, not a rate's base; "было 2000-2500" is a range of counts.
@pytest.mark.parametrize(("text", "lang", "pub", "expected"), [
    ("Кейінгі үш жылда 258 миллиард теңгеге 1542 км-дан астам жол жөндеуден өтті.", "kk", dt.date(2026, 3, 7),
     ["2.58e+11 exact KZT * 2023-03-07..2026-03-07 *", "1542 at_least * * 2023-03-07..2026-03-07 *"]),
    ("120 apartments will be commissioned in March 2017. 100 more will be put into commission during the year.", "en",
     dt.date(2017, 1, 10), ["120 exact * * 2017-03-01..2017-03-31 *", "100 exact * * 2017-01-01..2017-12-31 *"]),
    ("During the year, volunteers helped 100 families.", "en", dt.date(2017, 1, 10),
     ["100 exact families * 2016-01-01..2016-12-31 *"]),
    ("Атап айтқанда, Барбастау-Ақжайық-Индер (43-93 км, жоба құны – 6,8 млрд теңге) жолы бойынша жұмыстар аяқталуға "
     "жақын.", "kk", dt.date(2025, 5, 1), ["6.8e+09 exact KZT * 2025-05-01..2025-05-01 *"]),
    ("Это на тысячу человек меньше, чем в прошлом году.", "ru", dt.date(2022, 7, 27),
     ["1000 exact persons * * *"]),
    ("Если до этого было 2000-2500.", "ru", dt.date(2020, 6, 29),
     ["2000 at_least * * 2020-06-29..2020-06-29 *", "2500 at_most * * 2020-06-29..2020-06-29 *"]),
    ("В 2002 году кровь сдали 7 тысяч человек, а в 2003 – 5300.", "ru", dt.date(2020, 6, 29),
     ["7000 exact * * 2002-01-01..2002-12-31 *", "5300 exact * * 2003-01-01..2003-12-31 *"]),
    ("Over the past three years, 544.5 thousand hectares of forest have been sown.", "en", dt.date(2024, 1, 9),
     ["544500 exact * * 2021-01-09..2024-01-09 *"]),
])
def test_round191_phrases(text: str, lang: str, pub: dt.date, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=pub), expected)


# A road's post "147-шақырымы тұсында" is where; two years joined by "және / and" before their year word are both years
# ("2021 және 1985 жылғы жолаушылар"); "a daily capacity of 50,000 cubic meters" is an output; "6 millions and 552
# thousands of tons" is one number.
@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("«Доссор-Бейнеу» тас жолының 147-шақырымы тұсында екі көлік соқтығысты.", "kk", ["2"]),
    ("«Priora» автокөлігіндегі 2021 және 1985 жылғы жолаушылар қаза тапты, 3 адам жарақат алды.", "kk", ["3"]),
    ("The plant will have a daily capacity of 50,000 cubic meters.", "en", ["50000"]),
    ("6 millions and 552 thousands of tons of grain have been gathered.", "en", ["6.552e+06"]),
    ("They raised 5 million and 300 thousand tenge, and 40 volunteers came.", "en", ["5.3e+06", "40"]),
])
def test_round193_phrases(text: str, lang: str, numbers: list[str]) -> None:
    assert [g.split()[0] for g in read(text, lang, published=dt.date(2023, 1, 2))] == numbers


# A year's target told met dates the report it opens as that year's results ("The 2016 tax revenue target of Astana for
# 2016 has been 103 percent achieved. … The capital's priority is … 42 percent of all expenses"); "the increase … is 24
# percent up to KZT98bn" reaches a level; "в 12 микрорайонах" (one number, the plural) counts districts.
def test_a_target_met_dates_the_report() -> None:
    text = ("The 2016 tax revenue target of Astana for 2016 has been 103 percent achieved. The capital's priority is "
            "the housing sector and transport with 42 percent of all expenses.")
    assert_figures(text, read(text, "en", published=dt.date(2017, 3, 28)),
                   ["103 exact percent * 2016-01-01..2016-12-31 *", "42 exact percent * 2016-01-01..2016-12-31 *"])


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("For 2016 the increase of expenditure for the housing sector is 24 percent up to KZT98bn.", "en",
     ["24 exact", "9.8e+10 exact"]),
    ("Grants of 24 percent, up to KZT98bn each, are given.", "en", ["24 exact", "9.8e+10 at_most"]),
    ("Выделенных средств хватит на ремонт дорог в 12 микрорайонах города.", "ru", ["12 exact"]),
    ("Дороги отремонтируют в 34, 38 и 39 микрорайонах и в 14 микрорайоне, всего 5 улиц.", "ru", ["5 exact"]),
])
def test_up_to_after_an_increase_and_plural_districts(text: str, lang: str, expected: list[str]) -> None:
    assert [" ".join(g.split()[:2]) for g in read(text, lang, published=dt.date(2017, 3, 28))] == expected


# A URL's month earlier than what the text reports done ("survincity.com/2010/09/…" over "… saiga … died from an
# infectious disease in spring 2012") is no date of the text: the latest year it reports done is.
def test_url_month_before_what_the_text_reports_done() -> None:
    from loaders.build import process_article
    text = ("Saiga population in Kazakhstan for the year increased by one-third\n\nSaiga numbers in Kazakhstan have "
            "increased to 136.5 thousand individuals, which is one third higher than the previous year.\n\nAbout a "
            "thousand saiga of the Urals group died from an infectious disease in spring 2012.\n")
    meta = {"lang": "en", "url": "https://survincity.com/2010/09/saiga-population-in-kazakhstan-for-the-year/"}
    figures = process_article("a.txt", text, "0" * 64, meta)["figures"]
    first = next(f for f in figures if f["value"] == 136500)
    assert first["period_start"].startswith("2012")


# A lead that opens with a closed year and what a measure came to ("В 2024 году доступ населения … составил 99,4 %")
# is a report on that year: the lines after it go on with it.
def test_a_lead_of_a_closed_year_dates_the_report() -> None:
    text = ("В 2024 году доступ населения области к централизованному водоснабжению составил 99,4 %.\n"
            "Охват сельского населения вырос до 98,4 %, городского – до 99,9%.\n")
    assert_figures(text, read(text, "ru", published=dt.date(2025, 3, 1)),
                   ["99.4 exact percent * 2024-01-01..2024-12-31 *", "98.4 exact percent * 2024-01-01..2024-12-31 *",
                    "99.9 exact percent * 2024-01-01..2024-12-31 *"])


# Chrome of a fuel station's advert and a weather widget ("1 - г. Уральск, …, строение 22. 2 - Бурлинский район, …",
# "14 C"); a microdistrict's number with its letter ("18 А микрорайон"); "growth … from 284,400 sq m in 2018 up to
# 277,400" reaches a level (a range "from 100 tenge up to 500 tenge" stays one).
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Адреса АЗС: 1 - г. Уральск, трасса Уральск – Желаево, строение 22. 2 - Бурлинский район, г. Аксай, строение 1 "
     "А.\nВолонтеры собрали 40 тонн мусора.", "ru", ["40 exact"]),
    ("Погода: 14 C Уральск 19.3 C Аксай. Собрано 40 тонн.", "ru", ["40 exact"]),
    ("• 18 А микрорайон, детский сад на 240 мест;", "ru", ["240 exact"]),
    ("The region has witnessed growth in housing construction from 284,400 sq m in 2018 up to 277,400 sq m in 2020.",
     "en", ["284400 exact", "277400 exact"]),
    ("Prices range from 100 tenge up to 500 tenge.", "en", ["100 at_least", "500 at_most"]),
])
def test_round197_phrases(text: str, lang: str, expected: list[str]) -> None:
    assert [" ".join(g.split()[:2]) for g in read(text, lang, published=dt.date(2020, 10, 12))] == expected


# A title right under the page's dateline and over the body ("10:56, 23 Октябрь 2025 | GMT +5" / "12 человек погибли в
# ДТП в Актюбинской области" / the body) is the headline, whatever its topic; "5 yrs" is a duration.
def test_title_under_the_dateline_and_years_abbreviated() -> None:
    text = ("РУ\nТренды:\nтелерадиокомплекс президента РК\n    10:56, 23 Октябрь 2025 | GMT +5\n\n    12 человек "
            "погибли в ДТП в Актюбинской области\n\n    23 октября на автодороге Самара — Шымкент вблизи посёлка "
            "Белкопа произошло столкновение грузового автомобиля и пассажирской автомашины, передает агентство.\n")
    lines, _ = content_lines(text)
    assert any(ln.is_headline and ln.text.startswith("12 человек погибли") for ln in lines)
    title = "11 schools and 56 kindergartens to be built in Atyrau rgn in next 5 yrs"
    assert [g.split()[0] for g in read(title, "en", published=dt.date(2021, 2, 19))] == ["11", "56"]


# A Kazakh hour with a dash and its case ending ("Сағат 23-00-дегі жағдай бойынша"); a count after a label word that
# is itself counted ("12 пункте 1043 адам", not "пункту 3 статьи 5"); "N ай ішінде" is the last N months, and a Kazakh
# verb before a breakdown reports a deed ("12 ай ішінде 368 670 сәби дүниеге келді, оның ішінде ұлдар – …"); the next
# section of a list of road sections ("участка: 452-487 км, 808-890 км").
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Сағат 23-00-дегі жағдай бойынша 12 пункте 1043 адам көшірілді.", "kk",
     ["12 exact * * 2024-01-01..2024-12-31 *", "1043 exact * * 2024-01-01..2024-12-31 *"]),
    ("12 ай ішінде 368 670 сәби дүниеге келді, оның ішінде ұлдар – 190 213, қыздар – 178 457.", "kk",
     ["368670 exact * * 2024-01-10..2025-01-10 *", "190213 exact * * 2024-01-10..2025-01-10 *",
      "178457 exact * * 2024-01-10..2025-01-10 *"]),
    ("Здесь определены два наиболее опасных участка: 452-487 км, 808-890 км.", "ru",
     ["2 exact * * 2025-01-10..2025-01-10 *"]),
    ("Согласно пункту 3 статьи 5 выделено 40 млн тенге.", "ru", ["4e+07 exact KZT * 2025-01-10..2025-01-10 *"]),
])
def test_round200_phrases(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2025, 1, 10)), expected)


# Kazakh letters typed with look-alikes ("4,5 мыӊға жуық": "ӊ" for "ң"); a cohort's year of birth is no period ("2019
# год рождения – 6 074 места"); a clause told done keeps its year in a sentence of plans ("В 2022 году отремонтировали
# около 28 километров, в 2023 — объем будет увеличен"), which dates an undated text.
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Таяуда 4,5 мыӊға жуық халқы бар ауылдық округ газға қосылды.", "kk",
     ["4500 approx * * 2021-06-04..2021-06-04 *"]),
    ("2019 год рождения – 6 074 места; 2018 года рождения – 9 372 места.", "ru",
     ["6074 exact * * 2021-06-04..2021-06-04 *", "9372 exact * * 2021-06-04..2021-06-04 *"]),
    ("В 2019 году родилось 6 074 детей.", "ru", ["6074 exact persons * 2019-01-01..2019-12-31 *"]),
])
def test_look_alike_letters_and_birth_years(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2021, 6, 4)), expected)


def test_a_clause_done_in_a_sentence_of_plans_dates_the_text() -> None:
    from loaders.extract.dating import implied_year
    from loaders.text import sentences
    text = ("Так, если в прошлом году на ремонт дорог было выделено около 1,7 миллиарда тенге, то в этом почти в два "
            "раза больше. — В 2022 году отремонтировали около 28 километров, в 2023 — объем будет увеличен.")
    assert implied_year(sentences(content_lines(text)[0])) == 2023


# A plan's year after its future verb ("15 projects will be commissioned in 2023, he said") in a text that tells deeds
# done "this year" dates the text to the year before (as the plan's year at the head of its sentence does).
def test_plan_year_after_its_verb_dates_the_year_before() -> None:
    from loaders.extract.dating import implied_year
    from loaders.text import sentences
    text = ("According to him, the region harvested 3.7 million tons of grain this year. 39 investment projects are "
            "being implemented in the region. 15 projects will be commissioned in 2023, he said.")
    assert implied_year(sentences(content_lines(text)[0])) == 2022


# "This year" set against a bracketed year with a figure of its own ("биыл 9 айда … 1062 адам зардап шекті (2020 жылдың
# 9 айында – 1023 адам)") is the year after it, in an undated text.
def test_this_year_against_a_bracketed_base() -> None:
    from loaders.extract.dating import implied_year
    from loaders.text import sentences
    text = ("Ведомство басшысының айтуынша, биыл 9 айда еліміздің кәсіпорындарында 1062 адам зардап шекті (2020 "
            "жылдың 9 айында – 1023 адам), оның ішінде 140 адам қаза тапты.")
    assert implied_year(sentences(content_lines(text)[0])) == 2021


# A header's day with the place glued to it and the comma spaced off ("Atyrau28 January , 10:37") dates a January report
# (of the year before); "с прежними двумя годами" is a duration.
def test_glued_dateline_and_years_in_the_instrumental() -> None:
    from loaders.text import yearless_header_day
    header = "Orphans from Atyrau region enjoyed Italian longs\n\nAtyrau28 January , 10:37\n"
    assert yearless_header_day(header) == (1, 28)
    text = "В 2013 году по сравнению с прежними двумя годами на данные цели было выделено в четыре раза больше средств."
    assert [g.split()[0] for g in read(text, "ru", published=dt.date(2014, 3, 1))] == ["4"]

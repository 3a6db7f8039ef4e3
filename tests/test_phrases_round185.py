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

"""Round 11, Russian and English (with the Kazakh forms of each class): classes behind the misses and false figures
of the eleventh set, each fixed by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15). Undated pages (table URL_YEAR) are read with their URL and no date.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_context_periods import _sents
from test_extract_phrases import NOW, _check_read, matches

from loaders.extract.dating import implied_year, url_year
from loaders.extract.script import read_through_cyrillic

ROUND_1_11_RUEN: dict[str, list[tuple[str, list[str], str]]] = {}

Y2023 = "2023-01-01..2023-12-31"
Y2024 = "2024-01-01..2024-12-31"
Y2025 = "2025-01-01..2025-12-31"


def _read_undated(text: str, url: str, lang: str) -> list[str]:
    """Figures of a page without a publication date, read with its URL (as sources.csv gives it)."""
    from loaders.build import process_article

    out = []
    for f in process_article("a.txt", text, "0" * 64, {"url": url, "lang": lang})["figures"]:
        if f["duplicate_of"] is None:
            out.append(f"{f['value']:g} {f['qualifier']} {f['unit']} {f['metric']} {f['period_start']}.."
                       f"{f['period_end']} {f['area']}")
    return out


# A year in the words of a URL's slug dates an undated page, to the year only ("…/qurban-2025-yzylordada-…",
# "…/world-cleanup-day-2023", a year folder before a slug "/2024/volunteers-…"). Not a year: a bare number ending
# the path (an id: "/post/2025"), one glued to letters or digits ("id2025", "12025"), a year to come
# ("kazakhstan-2050"), a round 2000 (a count as often as a year), two different years.
URL_YEARS = [
    ("https://aqmeshit.kz/kk/news_post/qurban-2025-yzylordada-11972-otbasyna-rban-eti-taratyldy", 2025),
    ("https://jjtv.kz/en/over-50-000-kazakh-residents-participate-in-world-cleanup-day-2023", 2023),
    ("https://site.kz/ru/news/marafon-dobra_2024.html", 2024),
    ("https://site.kz/news/2024/volunteers-planted-trees", 2024),
    ("https://site.kz/ru/2022-volontery-ubrali-bereg/?utm=2019", 2022),
    ("https://site.kz/ru/subbotnik-2023-almaty-2023", 2023),
    # negatives
    ("https://site.kz/post/2025", None),
    ("https://site.kz/news/2023/", None),
    ("https://site.kz/news/id2025-volunteers", None),
    ("https://site.kz/news/12025-families-helped", None),
    ("https://site.kz/kazakhstan-2050-strategy-volunteers", None),
    ("https://site.kz/2000-volunteers-cleaned-park", None),
    ("https://site.kz/from-2019-to-2023-grants", None),
    ("https://site.kz/over-50-000-residents", None),
    ("https://site.kz/news/volunteers-1986-december", None),
    ("", None),
]


@pytest.mark.parametrize("url,want", URL_YEARS)
def test_url_year(url, want):
    assert url_year(url, dt.date(2026, 12, 1)) == want


# The page itself: its figures take the slug's year, "өткен жылы / last year" the year before; a stronger date (the
# text's own) wins, and a URL without a year leaves the page undated.
URL_YEAR_PAGES = [
    ("Айт күндері облыс бойынша 1206 қой құрбандыққа шалынып, 11972 отбасыға ет үлестірілді. Айта кетейік, өткен "
     "жылы 10058 отбасыға ет үлестірілген болатын.",
     "https://aqmeshit.kz/kk/news_post/qurban-2025-yzylordada-11972-otbasyna-rban-eti-taratyldy",
     [f"1206 exact * * {Y2025} *", f"11972 exact families * {Y2025} *", f"10058 exact families * {Y2024} *"], "kk"),
    ("A total of 56,000 people from across Kazakhstan joined the clean-up campaign. Last year 40,000 people "
     "took part.", "https://jjtv.kz/en/kazakh-residents-clean-up-2023",
     [f"56000 exact persons * {Y2023} *", "40000 exact persons * 2022-01-01..2022-12-31 *"], "en"),
    ("Волонтеры высадили 500 деревьев в парке.", "https://site.kz/ru/news/2024/volontery-posadili-derevya",
     [f"500 exact trees * {Y2024} *"], "ru"),
    # negatives: the text's own date, no year in the URL, an id
    ("14.05.2022\nВолонтеры высадили 500 деревьев в парке.", "https://site.kz/ru/news/subbotnik-2024",
     ["500 exact trees * 2022-05-14..2022-05-14 *"], "ru"),
    ("Волонтеры высадили 500 деревьев в парке.", "https://site.kz/ru/news/volontery-posadili-derevya",
     ["500 exact trees * None..None *"], "ru"),
    ("Волонтеры высадили 500 деревьев в парке.", "https://site.kz/ru/post/2024",
     ["500 exact trees * None..None *"], "ru"),
]


@pytest.mark.parametrize("text,url,want,lang", URL_YEAR_PAGES)
def test_url_year_pages(text, url, want, lang):
    got = _read_undated(text, url, lang)
    assert len(got) == len(want), f"{text}\n got {got}\nwant {want}"
    for g, w in zip(got, want, strict=True):
        assert matches(g, w), f"{text}\n got {g}\nwant {w}"


# The year ending the name of an event the sentence tells is held now (rule of round 8) also when the sentence says
# people take part in it, in the present tense ("Over 50,000 Kazakh residents participate in World Cleanup Day 2023",
# "участвуют в «Марафоне добра-2023»", "акциясына қатысуда"), and in a name without quotes with its year after a
# hyphen ("в Марафоне добра-2023", "Таза Қазақстан-2023 акциясына"). Negatives: a past verb ("took part",
# "участвовали" may be of any year), the future, a programme's target year, a name with a number only.
TAKING_PART_NOW = [
    ("Over 50,000 Kazakh residents participate in World Cleanup Day 2023", 2023),
    ("More than 3,000 volunteers are taking part in the Clean Up Week 2024 in Almaty.", 2024),
    ("Almaty takes part in World Cleanup Day 2022.", 2022),
    ("Более 5 тысяч волонтеров участвуют в «Марафоне добра-2023».", 2023),
    ("Волонтеры принимают участие в Марафоне добра-2023.", 2023),
    ("Облыс тұрғындары «Таза Қазақстан-2023» акциясына қатысуда.", 2023),
    ("Облыс тұрғындары Таза Қазақстан-2023 акциясына қатысуда.", 2023),
    ("Oblys turǵyndary Taza Qazaqstan-2023 aksıasyna qatysyp jatyr.", 2023),
    # negatives
    ("Over 50,000 residents took part in World Cleanup Day 2023.", None),
    ("Residents will participate in World Cleanup Day 2027.", None),
    ("Волонтеры участвуют в программе «Казахстан-2050».", None),
    ("Облыс тұрғындары Қазақстан-2050 бағдарламасына қатысуда.", None),
    ("В прошлом году волонтеры участвовали в Марафоне добра-2022.", None),
    ("Students participate in the Team 2023 project.", None),
]


@pytest.mark.parametrize("text,year", TAKING_PART_NOW)
def test_taking_part_now(text, year):
    assert implied_year(_sents(read_through_cyrillic(text).text)) == year


# A figure of a past event named with its year ("1,500 volunteers who worked during the exhibition EXPO-2017", "на
# Универсиаде-2017", "at the Asian Games 2011", "ЭКСПО-2017 көрмесінде") is of that year. Negatives: an event to
# come (what is done for it is of now), a name that is no event's ("Covid-2019", «Казахстан-2050»), a year-like count
# after an event word ("В акции 2020 волонтеров", "Акцияға 2020-дан аса адам"); and the whole before "including"
# does not take the part's year.
EVENT_NAMED_WITH_ITS_YEAR = [
    ("In total, over 8,000 volunteers took part in the events, including 1,500 volunteers who worked during the "
     "international specialized exhibition EXPO-2017.",
     [f"8000 at_least persons * {NOW} *", "1500 exact persons * 2017-01-01..2017-12-31 *"], "en"),
    ("About 2,000 volunteers worked at the Asian Games 2011.", ["2000 approx persons * 2011-01-01..2011-12-31 *"],
     "en"),
    ("Во время «Универсиады-2017» работали 1500 волонтеров.", ["1500 exact persons * 2017-01-01..2017-12-31 *"],
     "ru"),
    ("На Универсиаде-2017 работали 1500 волонтеров.", ["1500 exact persons * 2017-01-01..2017-12-31 *"], "ru"),
    ("Около 2 тысяч волонтеров работали на Азиаде-2011.", ["2000 approx persons * 2011-01-01..2011-12-31 *"], "ru"),
    ("ЭКСПО-2017 көрмесінде 1500 ерікті жұмыс істеді.", ["1500 exact persons * 2017-01-01..2017-12-31 *"], "kk"),
    ("EXPO-2017 kórmesinde 1500 erikti jumys istedi.", ["1500 exact persons * 2017-01-01..2017-12-31 *"], "kk"),
    ("Универсиада-2017 кезінде 1500 ерікті жұмыс істеді.", ["1500 exact persons * 2017-01-01..2017-12-31 *"], "kk"),
    # negatives
    ("Волонтеры готовятся к «Универсиаде-2027»: обучено 500 человек.", [f"500 exact persons * {NOW} *"], "ru"),
    ("More than 2,500 volunteers help fight Covid-2019.", [f"2500 at_least persons * {NOW} *"], "en"),
    ("Сегодня в рамках программы «Казахстан-2050» волонтеры высадили 100 деревьев.", [f"100 exact trees * {NOW} *"],
     "ru"),
    ("В акции 2020 волонтеров убрали парк.", [f"2020 exact persons * {NOW} *"], "ru"),
    ("Акцияға 2020-дан аса адам қатысты.", [f"2020 at_least persons * {NOW} *"], "kk"),
    ("The fund helped 12,000 families, including 1,500 in 2024.",
     [f"12000 exact families * {NOW} *", "1500 exact families * 2024-01-01..2024-12-31 *"], "en"),
    ("Фонд помог 12 тысячам семей, в том числе 1500 семьям в 2024 году.",
     [f"12000 exact families * {NOW} *", "1500 exact families * 2024-01-01..2024-12-31 *"], "ru"),
    ("Volunteers helped 12,000 families and held 1,500 events in 2024.",
     ["12000 exact families * 2024-01-01..2024-12-31 *", "1500 exact events * 2024-01-01..2024-12-31 *"], "en"),
]
ROUND_1_11_RUEN["EVENT_NAMED_WITH_ITS_YEAR"] = EVENT_NAMED_WITH_ITS_YEAR


# A state that has held all along a span up to now ("Since 2019, training … has been working in 3 directions", "с
# 2019 года работает по 3 направлениям", "2019 жылдан бері 3 бағытта жұмыс істеп келеді") is true over the whole span
# (from the year to publication), not only at its end. Negatives: a level reached or a present "has" stay as of now.
STATE_HELD_ALONG = [
    ("Since 2019, training in the School of Volunteers project has been working in 3 directions.",
     ["3 exact * * 2019-01-01..2025-06-15 *"], "en"),
    ("Since 2021, the centre has been operating 12 mobile teams.", ["12 exact * * 2021-01-01..2025-06-15 *"], "en"),
    ("С 2019 года обучение в «Школе волонтеров» ведется по 3 направлениям.",
     ["3 exact * * 2019-01-01..2025-06-15 *"], "ru"),
    ("С 2019 года школа работает по 3 направлениям.", ["3 exact * * 2019-01-01..2025-06-15 *"], "ru"),
    ("2019 жылдан бері мектеп 3 бағытта жұмыс істеп келеді.", ["3 exact * * 2019-01-01..2025-06-15 *"], "kk"),
    ("2019 jyldan beri mektep 3 baǵytta jumys istep keledi.", ["3 exact * * 2019-01-01..2025-06-15 *"], "kk"),
    # negatives
    ("За последние пять лет число волонтеров превысило 400 тысяч.", [f"400000 at_least persons * {NOW} *"], "ru"),
    ("Since 2019, the number of volunteers has exceeded 4,000.", [f"4000 at_least persons * {NOW} *"], "en"),
    ("Since 2020, the City Volunteer Headquarters has over 2,500 volunteers.", [f"2500 at_least persons * {NOW} *"],
     "en"),
]
ROUND_1_11_RUEN["STATE_HELD_ALONG"] = STATE_HELD_ALONG


# A snapshot of statistics "as of" a day ("the country's population as of February 1, 2025 was …", "по состоянию на 1
# мая 2025 года", "на 1 мая 2025 года", "2025 жылғы 1 мамырдағы жағдай бойынша") goes on in the next sentence: a level
# told there without a time of its own ("Meanwhile, the share of the male population is 48.4 percent") is of that
# day too. Negatives: a day that is no snapshot ("On May 1 volunteers planted") is the existing reading, and a
# sentence with a time of its own keeps it.
SNAPSHOT_GOES_ON = [
    ("The country's population as of February 1, 2025 was equal to 17,945,300 people. Meanwhile, the share of the "
     "male population is 48.4 percent and the females share is 51.6 percent.",
     ["1.79453e+07 exact persons * 2025-02-01..2025-02-01 *", "48.4 exact percent * 2025-02-01..2025-02-01 *",
      "51.6 exact percent * 2025-02-01..2025-02-01 *"], "en"),
    ("По состоянию на 1 мая 2025 года численность населения составила 20 млн человек. При этом доля мужчин "
     "составляет 48,4 процента.",
     ["2e+07 exact persons * 2025-05-01..2025-05-01 *", "48.4 exact percent * 2025-05-01..2025-05-01 *"], "ru"),
    ("На 1 мая 2025 года в реестре 5000 волонтеров. Из них 60 процентов — студенты.",
     ["5000 exact persons * 2025-05-01..2025-05-01 *", "60 exact percent * 2025-05-01..2025-05-01 *"], "ru"),
    ("2025 жылғы 1 мамырдағы жағдай бойынша халық саны 20 млн адам болды. Ерлердің үлесі 48,4 пайызды құрайды.",
     ["2e+07 exact persons * 2025-05-01..2025-05-01 *", "48.4 exact percent * 2025-05-01..2025-05-01 *"], "kk"),
    # negatives
    ("По состоянию на 1 мая 2025 года в реестре 5000 волонтеров. Сегодня их уже 6000.",
     ["5000 exact persons * 2025-05-01..2025-05-01 *", f"6000 exact persons * {NOW} *"], "ru"),
    ("Волонтеры рассказали о работе. Доля мужчин составляет 48,4 процента.", [f"48.4 exact percent * {NOW} *"],
     "ru"),
]
ROUND_1_11_RUEN["SNAPSHOT_GOES_ON"] = SNAPSHOT_GOES_ON


# A bare large number standing for a figure told before ("plans to plant 18 mln seedlings … «18 million is support
# for forests»", "15 миллионов – это вклад") is that figure again. Negatives: a sum of money (another donor may give
# as much), a small number, a number with a noun of its own.
BARE_NUMBER_RESTATED = [
    ("The alliance plans to plant 18 mln seedlings this year. \"18 million is support for forests and gardens\", "
     "she noted.", ["1.8e+07 exact trees * * *"], "en"),
    ("Альянс планирует высадить 15 миллионов деревьев. «15 миллионов – это вклад в озеленение страны», – сказала она.",
     ["1.5e+07 exact trees * * *"], "ru"),
    # negatives
    ("Фонд получил 50 миллионов тенге от ТОО «Альфа». Еще 50 миллионов перевел частный донор.",
     ["5e+07 exact KZT * * *", "5e+07 exact * * * *"], "ru"),
    ("Volunteers planted 12 trees. 12 is a small number.", ["12 exact trees * * *", "12 exact * * * *"], "en"),
    ("Volunteers planted 18 million seedlings. About 18 million people live in the country.",
     ["1.8e+07 exact trees * * *", "1.8e+07 approx persons * * *"], "en"),
    ("Volunteers planted 18 million seedlings. The country's population reached 18 million people.",
     ["1.8e+07 exact trees * * *", "1.8e+07 exact persons * * *"], "en"),
]
ROUND_1_11_RUEN["BARE_NUMBER_RESTATED"] = BARE_NUMBER_RESTATED


# A total length adds up many things ("The total length of protection embankments is 80 km", "a total length of 80
# km", "общая длина дамб – 80 км", "бөгеттердің жалпы ұзындығы 80 км"): a figure, while the dimension of one thing
# stays a size (negatives: "The length of the dam is 3 km", "Длина дамбы составляет 3 км", "Бөгеттің ұзындығы 3 км",
# "3 km long").
TOTAL_LENGTH = [
    ("The total length of protection embankments is 80 km, of which 64 km need reconstruction and fortification.",
     [f"80 exact * * {NOW} *", f"64 exact * * {NOW} *"], "en"),
    ("The embankments have a total length of 80 km.", [f"80 exact * * {NOW} *"], "en"),
    ("Общая длина защитных дамб составляет 80 км.", [f"80 exact * * {NOW} *"], "ru"),
    ("Общая протяженность защитных дамб составляет 80 км, из них 64 км требуют реконструкции.",
     [f"80 exact * * {NOW} *", f"64 exact * * {NOW} *"], "ru"),
    ("Қорғаныс бөгеттерінің жалпы ұзындығы 80 км, оның 64 км қайта жаңартуды қажет етеді.",
     [f"80 exact * * {NOW} *", f"64 exact * * {NOW} *"], "kk"),
    ("Qorǵanys bógetteriniń jalpy uzyndyǵy 80 km.", [f"80 exact * * {NOW} *"], "kk"),
    # negatives
    ("The length of the dam is 3 km.", [], "en"),
    ("Длина дамбы составляет 3 км.", [], "ru"),
    ("Бөгеттің ұзындығы 3 км.", [], "kk"),
    ("The dam is 3 km long and 10 m high.", [], "en"),
]
ROUND_1_11_RUEN["TOTAL_LENGTH"] = TOTAL_LENGTH


# The Nth stage, round, season or convocation is a label, not a count: Russian digits before the noun in a singular
# form no count of that number takes ("3 этап" — three stages are "3 этапа"; "во 2 туре", "5 сезон", "8 созыва",
# "1 этап", "2 волна"), the Kazakh and Russian hyphen ("3-кезеңі", "3-этап"), English label first ("Stage 3").
# Negatives: a count agrees with its number ("в 3 этапа", "из 5 этапов", "во 2 турах", "3 кезеңнен тұрады", "3 stages").
STAGE_LABELS = [
    ("3 этап", [], "ru"),
    ("Стартовал 3 этап акции «Чистый берег».", [], "ru"),
    ("Начался 5 сезон проекта.", [], "ru"),
    ("Депутаты 8 созыва поддержали волонтеров.", [], "ru"),
    ("Началась 2 волна акции.", [], "ru"),
    ("На 1 этапе волонтеры собрали 300 заявок.", [f"300 exact * * {NOW} *"], "ru"),
    ("Во 2 туре приняли участие 40 команд.", [f"40 exact * * {NOW} *"], "ru"),
    ("Стартовал 3-этап акции.", [], "ru"),
    ("Акцияның 3-кезеңі басталды.", [], "kk"),
    ("Jobanyń 3-kezeńi bastaldy.", [], "kk"),
    ("Stage 3 of the campaign started.", [], "en"),
    ("In round 2, 40 teams took part.", [f"40 exact * * {NOW} *"], "en"),
    # negatives
    ("Акция пройдет в 3 этапа.", [f"3 exact * * {NOW} *"], "ru"),
    ("Конкурс состоит из 5 этапов.", [f"5 exact * * {NOW} *"], "ru"),
    ("Во 2 турах приняли участие 40 команд.", [f"2 exact * * {NOW} *", f"40 exact * * {NOW} *"], "ru"),
    ("Акция 3 кезеңнен тұрады.", [f"3 exact * * {NOW} *"], "kk"),
    ("The campaign has 3 stages.", [f"3 exact * * {NOW} *"], "en"),
]
ROUND_1_11_RUEN["STAGE_LABELS"] = STAGE_LABELS


# "Only one" counts: the text stresses how few ("был реализован только один проект", "лишь один", "всего лишь одна
# заявка", "only one project", "just one shelter", "бар болғаны бір жоба", "тек қана бір баспана"). Negatives: a lone
# "one" stays out, "one of", "not only one", and the rhetoric of one aim ("only one purpose", "только одна цель").
ONLY_ONE = [
    ("Если в 2010 году был реализован только один проект, то в 2023 году 22 проекта.",
     ["1 exact projects * 2010-01-01..2010-12-31 *", "22 exact projects * 2023-01-01..2023-12-31 *"], "ru"),
    ("В 2010 году был реализован лишь один проект.", ["1 exact projects * 2010-01-01..2010-12-31 *"], "ru"),
    ("В 2010 году была подана всего лишь одна заявка.", ["1 exact * * 2010-01-01..2010-12-31 *"], "ru"),
    ("In 2010, only one project was implemented.", ["1 exact projects * 2010-01-01..2010-12-31 *"], "en"),
    ("Just one shelter operates in the town.", [f"1 exact * * {NOW} *"], "en"),
    ("2010 жылы бар болғаны бір жоба іске асырылды.", ["1 exact projects * 2010-01-01..2010-12-31 *"], "kk"),
    ("2010 jyly bar bolǵany bir joba iske asyryldy.", ["1 exact projects * 2010-01-01..2010-12-31 *"], "kk"),
    ("Ауданда тек қана бір баспана жұмыс істейді.", [f"1 exact * * {NOW} *"], "kk"),
    # negatives
    ("В 2010 году был реализован один проект.", [], "ru"),
    ("Только один из волонтеров рассказал о работе.", [], "ru"),
    ("Only one of the volunteers spoke.", [], "en"),
    ("Не только один человек помог.", [], "ru"),
    ("They all come with only one purpose - to save lives.", [], "en"),
    ("У всех только одна цель – спасти жизнь.", [], "ru"),
    ("Барлығының бар болғаны бір мақсаты бар.", [], "kk"),
]
ROUND_1_11_RUEN["ONLY_ONE"] = ONLY_ONE


# A remainder too small to tell after the number, like "с лишним": "102 миллиона с копейками", "с хвостиком", "с
# гаком", after the measure too ("102 миллиона тенге с копейками"), "$102 million and change": at least. Negatives: the
# plain number, and "с небольшим" after a noun describes it ("семей с небольшим доходом").
SMALL_REMAINDER = [
    ("Из которых было потрачено 102 миллиона с копейками.", [f"1.02e+08 at_least * * {NOW} *"], "ru"),
    ("Было потрачено 102 миллиона тенге с копейками.", [f"1.02e+08 at_least KZT * {NOW} *"], "ru"),
    ("Собрали 5 тысяч с хвостиком.", [f"5000 at_least * * {NOW} *"], "ru"),
    ("Прошло 300 километров с гаком.", [f"300 at_least * * {NOW} *"], "ru"),
    ("The fund spent $102 million and change.", [f"1.02e+08 at_least USD * {NOW} *"], "en"),
    # negatives
    ("Потрачено 102 миллиона тенге.", [f"1.02e+08 exact KZT * {NOW} *"], "ru"),
    ("Помощь получили 100 семей с небольшим доходом.", [f"100 exact families * {NOW} *"], "ru"),
]
ROUND_1_11_RUEN["SMALL_REMAINDER"] = SMALL_REMAINDER


# People involved in the country's volunteer movement are its volunteers (volunteers_total), also when a relative
# clause says they work "in various fields" ("вовлечено не менее 240 000 человек, которые работают в различных
# направлениях"), in English ("involved in the volunteer movement") and Kazakh ("еріктілер қозғалысына … тартылған").
# Negatives: a project's field ("по направлению экологии" of a project), a campaign's participants, a named movement.
VOLUNTEER_MOVEMENT = [
    ("По приблизительным данным Национальной волонтерской сети, в Казахстане в волонтёрское движение вовлечено не "
     "менее 240 000 человек, которые работают в различных направлениях.",
     [f"240000 at_least persons volunteers_total {NOW} KZ"], "ru"),
    ("More than 240,000 people are involved in the volunteer movement in Kazakhstan.",
     [f"240000 at_least persons volunteers_total {NOW} KZ"], "en"),
    ("Қазақстанда еріктілер қозғалысына 240 мыңнан астам адам тартылған.",
     [f"240000 at_least persons volunteers_total {NOW} KZ"], "kk"),
    ("Qazaqstanda eriktiler qozǵalysyna 240 myńnan astam adam tartylǵan.",
     [f"240000 at_least persons volunteers_total {NOW} KZ"], "kk"),
    # negatives
    ("В проект вовлечено 500 человек, которые работают по направлению экологии.", [f"500 exact persons None {NOW} *"],
     "ru"),
    ("В Казахстане в волонтерское движение вовлечено 240 тысяч человек, которые приняли участие в акции.",
     [f"240000 exact persons None {NOW} *"], "ru"),
    ("The project involved 300 people in the volunteer movement «Jasyl El».", [f"300 exact persons None {NOW} *"],
     "en"),
]
ROUND_1_11_RUEN["VOLUNTEER_MOVEMENT"] = VOLUNTEER_MOVEMENT


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_11_RUEN.values() for row in table])
def test_round11_ruen(text, expected, lang):
    _check_read(text, expected, lang)

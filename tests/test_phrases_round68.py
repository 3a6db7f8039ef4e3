"""Round 68 (set 67's classes left at the end of the previous session, and the sets of this session): classes behind
the misses and false figures of those pages, each fixed by a rule of the language and checked with variants and
negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15 unless a case gives the page's own date).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check_read, assert_figures, read

FEB = dt.date(2024, 2, 7)


# A day written without its year in a sentence whose Russian perfective verb tells what will be done ("получат",
# "выплатят", "выделит") is the coming one when it falls after publication, not last year's; an imperfective
# present ("получают") tells a habit and keeps the day on or before publication.
@pytest.mark.parametrize(("text", "expected"), [
    ("Ветераны получат по 100 тысяч тенге к 9 мая.", ["100000 exact KZT * 2024-05-09..2024-05-09 *"]),
    ("К 15 февраля воины-интернационалисты получат по 100 тысяч тенге и по 100 тысяч тенге - к 9 мая.",
     ["100000 exact KZT * 2024-02-15..2024-02-15 *", "100000 exact KZT * 2024-05-09..2024-05-09 *"]),
    ("Акимат выплатит 50 тысяч тенге семьям 1 апреля.", ["50000 exact KZT * 2024-04-01..2024-04-01 *"]),
    ("Фонд выделит 2 млн тенге на ремонт 20 марта.", ["2e+06 exact KZT * 2024-03-20..2024-03-20 *"]),
    ("Волонтеры проведут акцию 12 апреля, в ней примут участие 300 человек.",
     ["300 exact persons * 2024-04-12..2024-04-12 *"]),
    # negatives: a habit in the present, and a past deed, keep the day on or before publication
    ("Ветераны получают по 100 тысяч тенге к 9 мая.", ["100000 exact KZT * 2023-05-09..2023-05-09 *"]),
    ("Ветераны получили по 100 тысяч тенге к 9 мая.", ["100000 exact KZT * 2023-05-09..2023-05-09 *"]),
])
def test_a_day_after_publication_in_a_sentence_of_what_will_be_done(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "ru", published=FEB), expected)


def test_a_day_far_ahead_in_a_future_sentence_is_still_last_years() -> None:
    # more than half a year ahead: the rule of the coming day does not stretch that far
    text = "Ветераны получат по 100 тысяч тенге к 15 декабря."
    assert_figures(text, read(text, "ru", published=dt.date(2024, 2, 7)),
                   ["100000 exact KZT * 2023-12-15..2023-12-15 *"])


# A number inside the name of something named after people or a date ("парк им. 28 гвардейцев-панфиловцев", "школа
# имени 8 Марта", "28 гвардияшы-панфиловшылар атындағы саябақ", "the park named after the 28 Panfilov Guardsmen")
# counts no one; a count in the same sentence stays.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Церемония пройдет в парке им. 28 гвардейцев-панфиловцев, придут 300 человек.",
     [f"300 exact persons * {NOW} *"], "ru"),
    ("Акция прошла в парке имени 28 панфиловцев, участвовали 40 волонтеров.", [f"40 exact persons * {NOW} *"], "ru"),
    ("Шара 28 гвардияшы-панфиловшылар атындағы саябақта өтті, оған 40 волонтер қатысты.",
     [f"40 exact persons * {NOW} *"], "kk"),
    ("Flowers were laid in the park named after the 28 Panfilov Guardsmen by 40 volunteers.",
     [f"40 exact persons * {NOW} *"], "en"),
    # negatives: a count before a name with "атындағы", and a count after "named"
    ("500 волонтер Абай атындағы саябақта жиналды.", [f"500 exact persons * {NOW} *"], "kk"),
    ("The park named 300 volunteers as its friends.", [f"300 exact persons * {NOW} *"], "en"),
])
def test_a_number_in_a_dedication_is_a_name(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# The monthly calculation index is a unit of its own ("МРП", "АЕК", "MCI", "MRP"); a range of such amounts, each
# end with its conversion to tenge in brackets, is two ranges: the indices and the tenge.
@pytest.mark.parametrize(("text", "lang"), [
    ("Помощь оказана ветеранам в размере от 5 МРП (14 585 тенге) до 70 МРП (204 190 тенге).", "ru"),
    ("Көмек 5 АЕК-тен (14 585 теңге) 70 АЕК-ке (204 190 теңге) дейін төленеді.", "kk"),
    ("Veterans receive from 5 MCI (14,585 tenge) to 70 MCI (204,190 tenge).", "en"),
    ("Veterans receive from 5 MRP (14,585 tenge) to 70 MRP (204,190 tenge).", "en"),
])
def test_a_range_of_indices_with_their_tenge_in_brackets(text: str, lang: str) -> None:
    _check_read(text, [f"5 at_least MCI * {NOW} *", f"14585 at_least KZT * {NOW} *",
                       f"70 at_most MCI * {NOW} *", f"204190 at_most KZT * {NOW} *"], lang)


@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Каждый получит по 10 МРП.", [f"10 exact MCI * {NOW} *"], "ru"),
    ("Бұл процедура үшін 7 АЕК, яғни 19 446 теңге мөлшерінде сыйақы төленеді.",
     [f"7 exact MCI * {NOW} *", f"19446 exact KZT * {NOW} *"], "kk"),
    ("Көмек 5 АЕК-тен 70 АЕК-ке дейін төленеді.", [f"5 at_least MCI * {NOW} *", f"70 at_most MCI * {NOW} *"], "kk"),
    # a change between two amounts is no range: both ends exact
    ("Көмек 5 АЕК-тен 70 АЕК-ке (204 190 теңге) дейін өсті.",
     [f"5 exact MCI * {NOW} *", f"70 exact MCI * {NOW} *", f"204190 exact KZT * {NOW} *"], "kk"),
])
def test_amounts_in_the_monthly_index(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# "мектепке дейінгі" (preschool), "соғысқа дейінгі" (pre-war): a "pre-" adjective between a number and its noun is
# no "up to": "84,6 мың мектепке дейінгі балаға" counts 84,600 preschool children, exactly. A number before "N-ге
# дейін(гі)" of an amount is still a bound.
@pytest.mark.parametrize(("text", "expected"), [
    ("2025 жылғы 1 қазанға дейін 84,6 мың мектепке дейінгі балаға 3,2 млрд теңге төленді.",
     ["84600 exact persons * 2025-10-01..2025-10-01 *", "3.2e+09 exact KZT * 2025-10-01..2025-10-01 *"]),
    ("Облыста 500 мектепке дейінгі ұйым жұмыс істейді.", [f"500 exact organizations * {NOW} *"]),
    ("Ауылда 40 соғысқа дейінгі үй сақталған.", [f"40 exact * * {NOW} *"]),
    # negatives: a bound of schools, a bound of an amount
    ("Жоба 100 мектепке дейін кеңейеді.", [f"100 at_most * * {NOW} *"]),
    ("Грант 100 мың теңгеге дейінгі сомада беріледі.", [f"100000 at_most KZT * {NOW} *"]),
])
def test_a_pre_adjective_is_no_bound(text: str, expected: list[str]) -> None:
    _check_read(text, expected, "kk")


# "мың" typed with a doubled "н" before its ending ("49 мыңннан астам") is "мыңнан".
@pytest.mark.parametrize(("text", "expected"), [
    ("Әлемде 49 мыңннан астам жарылыс болды.", [f"49000 at_least * * {NOW} *"]),
    ("Іс-шараға 2 мыңннан астам адам қатысты.", [f"2000 at_least persons * {NOW} *"]),
    ("Іс-шараға 2 мыңнан астам адам қатысты.", [f"2000 at_least persons * {NOW} *"]),
])
def test_a_doubled_n_after_myn(text: str, expected: list[str]) -> None:
    _check_read(text, expected, "kk")


# A facility's capacity or a place's population in a sentence about a coming event is stated as of the text, not of
# the event's days ("the athletic village for 5,000 athletes will be constructed"); what will happen at the event
# keeps its days.
EVENT = "The Winter Universiade will run from January 29 to February 8, 2017 in Almaty. "


@pytest.mark.parametrize(("text", "expected"), [
    (EVENT + "The athletic village for 5,000 athletes and delegates will be constructed in Almaty.",
     ["5000 exact * * 2015-11-10..2015-11-10 *"]),
    (EVENT + "The holding of the Universiade in the largest city of Kazakhstan with some 250,000 students will "
             "promote sport.", ["250000 approx persons * 2015-11-10..2015-11-10 *"]),
    (EVENT + "A new stadium with a capacity of 12,000 will be opened for the Universiade.",
     ["12000 exact * * 2015-11-10..2015-11-10 *"]),
    # negatives: the event's own participants take its days
    (EVENT + "3,000 athletes will compete and 3,000 volunteers are expected to participate in the event.",
     ["3000 exact * * 2017-01-29..2017-02-08 *", "3000 exact persons * 2017-01-29..2017-02-08 *"]),
    (EVENT + "For the first time 5,000 athletes will live in the village.",
     ["5000 exact * * 2017-01-29..2017-02-08 *"]),
])
def test_a_setting_of_a_coming_event_is_of_the_text(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "en", published=dt.date(2015, 11, 10)), expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Зимняя Универсиада пройдет с 29 января по 8 февраля 2017 года в Алматы. Будет построена деревня на 5 тысяч "
     "спортсменов.", ["5000 exact * * 2015-11-10..2015-11-10 *"]),
    ("Зимняя Универсиада пройдет с 29 января по 8 февраля 2017 года в Алматы. В ней примут участие 3 тысячи "
     "спортсменов.", ["3000 exact persons * 2017-01-29..2017-02-08 *"]),
])
def test_a_setting_of_a_coming_event_ru(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "ru", published=dt.date(2015, 11, 10)), expected)


# The headline under a first line that is the site's name keeps its figure when it is about the topic (search and
# rescue is: "9 tourists rescued in Almaty mountains"); a dateline with a view counter, an image path or a headline
# off the topic yields nothing.
@pytest.mark.parametrize(("page", "value", "kept"), [
    ("Qazaq TV Телерадиокомпания Президента Казахстана\n9 tourists rescued in Almaty mountains last weekend\n\n"
     "Last weekend the rescuers went out three times.", "9", True),
    ("Главная страница сайта\nСпасатели нашли 5 заблудившихся туристов в горах Алматы\n\n"
     "Туристы были найдены на высоте трех тысяч метров.", "5", True),
    ("Qazaq TV Телерадиокомпания Президента Казахстана\nҚұтқарушылар тауда адасқан 8 адамды құтқарды\n\n"
     "Оқиға орнына жасақ аттанды.", "8", True),
    # negative: a headline off the topic under the site's name
    ("Главная страница сайта\n150 новых ресторанов открылись в столице\n\n"
     "Всем необходимым к началу сезона рестораны обеспечены.", "150", False),
    ("Ищу тебя Избранное\n\nПятница, 01 Июль 2022 05:54 Автор Опубликовано в Общество Прочитано 1909 раз\n\n"
     "Есть в Шымкенте удивительные люди - волонтеры-поисковики, они ищут пропавших людей.", "1909", False),
    ("Qamshy news agency of the country\n/image/2020/02/17/crop-300_13_904x1608_j86fsmq1.jpg\n"
     "Volunteers of the city helped families in need this week, the akimat reports.", "13", False),
])
def test_the_headline_under_a_site_name(page: str, value: str, kept: bool) -> None:
    lang = "kk" if "Құтқарушылар" in page else "ru" if "Ищу" in page or "Главная" in page else "en"
    assert (value in [g.split()[0] for g in read(page, lang)]) is kept


# A short title that ends with a quoted name (no stop inside the quote) is a title, not a quoted sentence: its figure
# and the lead's are one.
@pytest.mark.parametrize(("page", "lang"), [
    ("150 детей получили школьные принадлежности от партии «NUR OTAN»\n\n150 столичных школьников получили новые "
     "рюкзаки и канцелярские принадлежности.", "ru"),
    ("150 children got school kits from the «Bolashak» foundation\n\n150 pupils of the capital received new backpacks "
     "and stationery.", "en"),
])
def test_a_title_ending_with_a_quoted_name(page: str, lang: str) -> None:
    assert len(read(page, lang)) == 1


# The bands of an age grouping are ages; counts in the same sentence stay.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("The main distance will be divided into three age categories (15-34, 35-49 and over 50).",
     [f"3 exact * * {NOW} *"], "en"),
    ("Участники разделены на возрастные группы (18–25, 26–35 и старше 36), всего 300 человек.",
     [f"300 exact persons * {NOW} *"], "ru"),
    ("Қатысушылар жас топтары (15-34, 35-49) бойынша бөлінді, барлығы 300 адам.",
     [f"300 exact persons * {NOW} *"], "kk"),
    # negatives: groups of people counted in brackets
    ("The runners were split into three groups (150, 200 and 300 people).",
     [f"3 exact * * {NOW} *", f"150 exact * * {NOW} *", f"200 exact * * {NOW} *", f"300 exact persons * {NOW} *"],
     "en"),
])
def test_bands_of_an_age_grouping(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


@pytest.mark.parametrize(("text", "expected", "lang"), [
    # a measure in brackets is a length, not a name's translation
    ("The children's distance (three kilometres) is short.", [f"3 exact * * {NOW} *"], "en"),
    ("The game togyzkumalak (nine pellets) is old, 300 players came.", [f"300 exact * * {NOW} *"], "en"),
    # words that begin like "жас" are no age
    ("Директор ауруханаларға 2 жасанды тыныс алу аппаратын сыйлады.", [f"2 exact * * {NOW} *"], "kk"),
    ("Қаланың 3 жасыл аймағы бар.", [f"3 exact * * {NOW} *"], "kk"),
    ("Оқиға орнына аттанған 5 жасақ сарбаздары адасқандарды тауып алды.", [f"5 exact * * {NOW} *"], "kk"),
    ("Ол 25 жасында ерікті болды.", [], "kk"),
    ("5 жасар бала құтқарылды.", [], "kk"),
    # "tonnesof": the space before "of" lost
    ("As a result, 328 tonnesof garbage were collected.", [f"328 exact tonnes * {NOW} *"], "en"),
    # a hyphenated pair of people: the first noun says who they are
    ("Более 660 волонтеров-железнодорожников оказали помощь жителям, пострадавшим от паводков.",
     [f"660 at_least persons flood_volunteers {NOW} *"], "ru"),
    ("Более 60 волонтеров-медиков оказали помощь жителям, пострадавшим от паводков.",
     [f"60 at_least persons flood_volunteers {NOW} *"], "ru"),
])
def test_set68_word_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# Set 69's classes.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    # the accusative of a scale word of a part ("оның 3 млн-ын": 3 million of it)
    ("Кәсіпкер 8 млн теңгесін зекетке жұмсап, оның 3 млн-ын мұқтаж отбасыларға арнады.",
     [f"8e+06 exact KZT * {NOW} *", f"3e+06 exact * * {NOW} *"], "kk"),
    ("Жиналған қаржының 5 мыңын балаларға берді.", [f"5000 exact * * {NOW} *"], "kk"),
    # a cardinal in the instrumental before a plural adjective and noun; an ordinal before a singular
    ("Гуманитарную помощь распределили между 27-ю медицинскими организациями.",
     [f"27 exact organizations * {NOW} *"], "ru"),
    ("На 5-ю годовщину пришли 300 человек.", [f"300 exact persons * {NOW} *"], "ru"),
    # "second" before a noun is an ordinal, after a number a second of time only before "later" and the like
    ("The region won 2 first prizes and 1 second prize.", [f"2 exact * * {NOW} *", f"1 exact * * {NOW} *"], "en"),
    ("The lights went out 1 second later, the alarm rang for 5 seconds.", [], "en"),
    # a year inside a quoted programme's name
    ("«2020 қайырымды іс» бағдарламасы аясында ұжым 500 отбасыға көмек берді.",
     [f"500 exact families * {NOW} *"], "kk"),
    ("В рамках акции «2020 добрых дел» волонтеры помогли 500 семьям.", [f"500 exact families * {NOW} *"], "ru"),
])
def test_set69_word_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# An undated text that tells of a document signed for one year and of what is done "this year" is of that year.
@pytest.mark.parametrize(("text", "lang", "year"), [
    ("The company and the akimat have signed a memorandum of mutual cooperation for year 2017. The company has "
     "allocated 1,265,076,000 tenge for social projects. Two schools will be repaired this year.", "en", "2017"),
    ("Компания и акимат подписали меморандум о сотрудничестве на 2017 год. Компания выделила 500 млн тенге на "
     "социальные проекты. В этом году будут отремонтированы две школы.", "ru", "2017"),
    ("Компания мен әкімдік 2017 жылға арналған ынтымақтастық меморандумына қол қойды. Компания әлеуметтік "
     "жобаларға 500 млн теңге бөлді. Биыл екі мектеп жөнделеді.", "kk", "2017"),
    # without "this year" the stated year is still the text's only one ("for year 2017" is a year, as "for 2017" is)
    ("The company and the akimat have signed a memorandum of mutual cooperation for year 2017. The company has "
     "allocated 1,265,076,000 tenge for social projects.", "en", "2017"),
    # negative: a plan for a far year, not signed, dates nothing
    ("The programme for 2030 aims to plant trees. The company has allocated 1,265,076,000 tenge this year.",
     "en", ""),
])
def test_a_document_signed_for_this_year_dates_the_text(text: str, lang: str, year: str) -> None:
    from test_phrases_round57 import page_year

    assert page_year(text, lang) == year


# Set 70's classes.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    # half a scale in one word, the longest scale first
    ("«Самрук-Казына» выделит полмиллиарда тенге на поддержку ветеранов.", [f"5e+08 exact KZT * {NOW} *"], "ru"),
    ("Фонд собрал полмиллиона тенге и полтысячи книг.",
     [f"500000 exact KZT * {NOW} *", f"500 exact * * {NOW} *"], "ru"),
    # a square measure glued to its number
    ("The pavilions will cover 285,000sq.m. area in total.", [f"285000 exact * * {NOW} *"], "en"),
    # an average is a stated value in Kazakh as in Russian and English; "about" before "per one family" and "on
    # average" still bounds the number
    ("2021 жылы орта есеппен 449,4 мың отбасы жәрдемақы алды.", ["449400 exact families * * *"], "kk"),
    ("Бір жылда орташа есеппен 15 мың адам қан тапсырады.", ["15000 exact persons * * *"], "kk"),
    ("В среднем 300 человек приходят ежедневно.", ["300 exact persons * * *"], "ru"),
    ("Шамамен бір отбасына орта есеппен 500-600 мың теңге бөлінеді.",
     [f"500000 approx KZT * {NOW} *", f"600000 approx KZT * {NOW} *"], "kk"),
    # a benefit's condition "4 and more children", described at length, is a category, not a count
    ("Жәрдемақыға 4 және одан да көп бірге тұратын кәмелетке толмаған немесе 23 жасқа дейінгі күндізгі бөлімде "
     "оқитын студент балалары бар отбасылар үміткер бола алады.", [], "kk"),
    # the family size of a benefit's row in brackets before its currency
    ("Жәрдемақы 61 383 теңгені (5 бала), 73 666 (6 бала) теңгені құрайды.",
     [f"61383 exact KZT * {NOW} *", f"73666 exact * * {NOW} *"], "kk"),
])
def test_set70_word_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# A page fetched through a proxy keeps its own address in the query: its date is the page's.
def test_a_proxy_url_dates_the_page_by_the_address_it_wraps() -> None:
    from loaders.extract.dating import url_year
    from loaders.text import url_date

    url = "https://faq.com/?q=https://mediazona.ca/article/2024/01/22/kz-palliative"
    assert url_date(url) == (dt.date(2024, 1, 22), "day")
    assert url_year("https://faq.com/?q=https%3A%2F%2Fsite.kz%2Fnews%2Fvolunteers-2023-report") == 2023
    # negative: a query that holds no address
    assert url_date("https://site.kz/news?page=2024") is None


# Set 71's classes.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    # "маусымы" after "of the year" is June, not a season; without it a game's seasons stay as they were
    ("Айта кетсек, биылғы жылдың 1 маусымында бағдарлама аясында 577 отбасыға көмек берілді.",
     ["577 exact families * 2025-06-01..2025-06-01 *"], "kk"),
    ("Турнирдің 2 маусымы өткізілді, 300 адам қатысты.", [f"2 exact * * {NOW} *", f"300 exact persons * {NOW} *"],
     "kk"),
    # "slightly more than" between an ablative and its bound
    ("Оның салмағы 4 кг-дан сәл артық болатын.", [f"4 at_least kg * {NOW} *"], "kk"),
    ("Шараға 100-ден сәл астам адам келді.", [f"100 at_least persons * {NOW} *"], "kk"),
    # the last part of a group's code of letters and digits
    ("Students of groups TS-19-1, TS18-1 and Arch-19-3 helped: 30 students took part.",
     [f"30 exact persons * {NOW} *"], "en"),
    ("Студенты групп ИС-21-2 и СТ-20-1 помогли: участвовали 30 студентов, 10-15 человек в день.",
     [f"30 exact persons * {NOW} *", f"10 at_least persons * {NOW} *", f"15 at_most persons * {NOW} *"], "ru"),
    # a condition of a benefit: families raising four or more (minor) children
    ("Помощь получают семьи, которые воспитывают четырёх и более несовершеннолетних детей, и 300 малообеспеченных "
     "семей.", [f"300 exact families * {NOW} *"], "ru"),
    # "the four walls" of a home
    ("They are no longer trapped within the four walls of their apartments.", [], "en"),
    ("20 volunteers painted 4 walls.", [f"20 exact persons * {NOW} *", f"4 exact * * {NOW} *"], "en"),
])
def test_set71_word_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


@pytest.mark.parametrize(("text", "expected"), [
    ("Сонымен қатар, ағымдағы жылдың 28 сәуірінде шекарашылар 6 итбалықты теңізге жіберді.",
     ["6 exact * * 2025-04-28..2025-04-28 *"]),
    # negative: a day after publication with no "this year's" is last year's
    ("Сонымен қатар, 28 сәуірде шекарашылар 6 итбалықты теңізге жіберді.", ["6 exact * * 2024-04-28..2024-04-28 *"]),
])
def test_a_day_of_this_year_after_publication(text: str, expected: list[str]) -> None:
    assert_figures(text, read(text, "kk", published=dt.date(2025, 3, 29)), expected)


# A campaign named with its year and held "last year" makes an undated text of the year after.
@pytest.mark.parametrize(("text", "lang", "year"), [
    ("Фонд раздал уголь 100 семьям. В прошлом году провели акцию «Сүндет- 2019» - тогда более 150 детей получили "
     "медуслуги.", "ru", "2020"),
    ("Қор 100 отбасыға көмір таратты. Былтыр «Таза аула-2019» акциясы өткізілді, 150 бала қатысты.", "kk", "2020"),
    ("The fund gave coal to 100 families. Last year the «Clean Day 2019» campaign was held, 150 children took part.",
     "en", "2020"),
])
def test_last_years_named_campaign_dates_the_text(text: str, lang: str, year: str) -> None:
    from test_phrases_round57 import page_year

    assert page_year(text, lang) == year


def test_prose_after_a_caption_shortcode_is_text() -> None:
    page = ("По две тонны угля получили сто нуждающихся семей\n\n"
            '[caption id="attachment_693" align="alignnone" width="626"] Фото: пресс-служба[/caption] Это уже вторая '
            "акция фонда. Тогда более 150 детей получили необходимые медуслуги.")
    assert "150" in [g.split()[0] for g in read(page, "ru")]


# Set 72's classes.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    # "by year 2025": a forecast of that year
    ("The number of older people will exceed 1.1 billion by year 2025.",
     ["1.1e+09 at_least * * 2025-01-01..2025-12-31 *"], "en"),
    # the Kazakh counter of pieces before what it counts; trees named by their kind
    ("Нәтижесінде 200 дана сексеуіл, 30 дана жиде отырғызылды.",
     [f"200 exact trees trees_planted {NOW} *", f"30 exact trees trees_planted {NOW} *"], "kk"),
    ("Жастар 500 қарағай отырғызды.", [f"500 exact trees * {NOW} *"], "kk"),
    ("Шараға 200 дана ерікті келді.", [f"200 exact persons * {NOW} *"], "kk"),
    # the units of a compound with the possessive of a part
    ("Қаладан 53 адам келсе, оның жиырма бесі балалар.", [f"53 exact persons * {NOW} *", f"25 exact * * {NOW} *"],
     "kk"),
    # the school's grade by the possessive of "сынып"; a count of classes stays
    ("Акция мектебінің 3 сыныбының қатысуымен аяқталды.", [], "kk"),
    ("Мектепте 3 сынып ашылды.", [f"3 exact * * {NOW} *"], "kk"),
])
def test_set72_word_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# Money provided for a year dates a text whose only other year is old history.
@pytest.mark.parametrize(("text", "lang", "year"), [
    ("International Day of Older Persons was declared by the UN General Assembly on December 14, 1990. More than 1.2 "
     "billion tenge are provided for pension and social payments in 2014.", "en", "2014"),
    ("Международный день пожилых людей был провозглашен 14 декабря 1990 года. На эти цели в 2014 году предусмотрено "
     "1,2 млрд тенге.", "ru", "2014"),
    ("Халықаралық қарттар күні 1990 жылғы 14 желтоқсанда жарияланды. 2014 жылға 1,2 млрд теңге қарастырылған.", "kk",
     "2014"),
    # negative: a recent year stated stays the text's
    ("The centre opened on December 14, 2012. More than 1.2 billion tenge are provided for payments in 2014.", "en",
     "2012"),
])
def test_money_provided_for_a_year_dates_a_text_of_old_history(text: str, lang: str, year: str) -> None:
    from test_phrases_round57 import page_year

    assert page_year(text, lang) == year


# Set 73's classes.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    # a Kazakh year-like number before modifiers and a noun the lexicon does not know is a count
    ("«Кублей» ЖШС-нің 2000 консервілік өнімдері берілді.", [f"2000 exact * * {NOW} *"], "kk"),
    ("Қазақстан 2050 стратегиясы қабылданды.", [], "kk"),
    # a sentence cut right after it began
    ("Ал АҚШ-тың бізге жіберген көмегі 3,1 млн долларға бағаланады. Бұл 20", [f"3.1e+06 exact USD * {NOW} *"], "kk"),
    ("The fund sent 300 tonnes of aid. In 20", [f"300 exact tonnes * {NOW} *"], "en"),
])
def test_set73_word_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


def test_an_age_rating_badge_is_no_figure() -> None:
    page = "18+\n\nВолонтеры собрали 300 тонн мусора\n\nАкция прошла в Астане, в ней участвовали волонтеры города."
    assert [g.split()[0] for g in read(page, "ru")] == ["300"]


# A report that says when it was written is of that year, though a site's archive filed it later.
@pytest.mark.parametrize(("text", "lang", "year"), [
    ("Home / News / News archive / 2010 / April 2010 / Child Sponsorship Report\n\nA child sponsorship report from "
     "Astana. Written in 2009.\n\nThere are 83 children in 14 family houses.", "en", "2009"),
    ("Новости / Архив / 2010 / Апрель 2010 / Отчет\n\nОтчет из Астаны. Написано в 2009 году.\n\nВ деревне живут 83 "
     "ребенка.", "ru", "2009"),
    # negative: written in the year the archive gives, or later, changes nothing
    ("Home / News / News archive / 2011 / December 2011 / Child Sponsorship Report\n\nA child sponsorship report from "
     "Temirtau. Written in 2011.\n\nThere are 73 children in 12 family houses.", "en", "2011"),
])
def test_a_report_written_in_a_year(text: str, lang: str, year: str) -> None:
    from test_phrases_round57 import page_year

    assert page_year(text, lang) == year


# Set 74's classes.
@pytest.mark.parametrize(("text", "lang", "year"), [
    # the anniversary of a founding told with its year
    ("3 января библиотека отметила свой полувековой юбилей – она была образована в 1970 году. Сегодня в библиотеке "
     "79 тысяч книг.", "ru", "2020"),
    ("The centre marks its 20th anniversary: it was founded in 2004. Today it has 300 volunteers.", "en", "2024"),
    ("Орталық 2004 жылы құрылған, биыл 20 жылдығын атап өтті. Қазір онда 300 ерікті бар.", "kk", "2024"),
    # negative: a founding year without an anniversary is the latest year, as before
    ("Библиотека была образована в 1970 году. Сегодня в ней 79 тысяч книг.", "ru", "1970"),
])
def test_the_anniversary_of_a_founding_dates_the_text(text: str, lang: str, year: str) -> None:
    from test_phrases_round57 import page_year

    assert page_year(text, lang) == year


@pytest.mark.parametrize(("text", "expected", "lang"), [
    # "more than threefold over the past 14 years": the bound's "than", not a comparison with the period after it
    ("The number of baby homes has decreased more than threefold over the past 14 years.",
     ["3 at_least ratio * 2011-06-15..2025-06-15 *"], "en"),
    ("There are 8% more volunteers than in 2023.", [f"8 exact percent * {NOW} *"], "en"),
    # a dateline's day after its month in the genitive
    ("ҚЫЗЫЛОРДА. Қазанның 27-сі. Қоғамға 300 мың теңге берілді.", ["300000 exact KZT * * *"], "kk"),
])
def test_set74_word_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# Set 75's classes.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    # the monthly calculation index written out, a range of it, and a year-like amount of it
    ("Жас мамандарға 2500 айлық есептік көрсеткішке дейін (9 млн 230 мың теңге), ауылдарға 2000 айлық есептік "
     "көрсеткішке дейін (7 млн 384 мың теңге) несие беріледі.",
     [f"2500 at_most MCI * {NOW} *", f"9.23e+06 exact KZT * {NOW} *", f"2000 at_most MCI * {NOW} *",
      f"7.384e+06 exact KZT * {NOW} *"], "kk"),
    ("Ардагерлерге 40-60 айлық есептік көрсеткіш көлемінде көмек берілді.",
     [f"40 at_least MCI * {NOW} *", f"60 at_most MCI * {NOW} *"], "kk"),
    ("Выплата составит 10 месячных расчетных показателей.", [f"10 exact MCI * {NOW} *"], "ru"),
    # negative: months of age stay a span of months
    ("Бала 6-12 айлық кезінде тексеріледі, 300 бала тексерілді.", [f"300 exact persons * {NOW} *"], "kk"),
    # the grade a person has been something since
    ("Я хотел стать журналистом где-то с 8 класса, в школе открыли 2 класса.", [f"2 exact * * {NOW} *"], "ru"),
])
def test_set75_word_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


def test_a_plan_told_as_fulfilled_dates_the_text() -> None:
    from test_phrases_round57 import page_year

    text = ("Last year over 20 thousand unemployed citizens sought for help. So, the tasks set for 2018 were fully "
            "accomplished. In 2019, great emphasis will be placed on the support for the youth.")
    assert page_year(text, "en") == "2019"
    # negative: a plan not told as done dates nothing
    assert page_year("The tasks set for 2018 are ambitious. In 2019, emphasis will be placed on youth.", "en") == ""


def test_a_copy_cut_right_after_a_figure_keeps_it() -> None:
    page = ("Студенты Павлодара в «Жасыл Ел»\n\nЛетом в бригады «Жасыл Ел» пойдут студенты колледжей и вузов "
            "области, сообщил руководитель штаба.\nСреднюю зарплату обещают 60-70 тыс")
    assert [g.split()[:2] for g in read(page, "ru")] == [["60000", "at_least"], ["70000", "at_most"]]


# Set 76's classes.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    # "one and half million" without its article
    ("One and half million Kazakh residents will get their own housing.", ["1.5e+06 exact persons * * *"], "en"),
    ("Two and half tonnes of aid were sent.", [f"2.5 exact tonnes * {NOW} *"], "en"),
    # short lines ending with ";" and closed by ".", each with a number: a list
    ("Гранттар берілді:\nI кезең – 225;\nII кезең -173;\nІII кезең-212 адам.",
     [f"225 exact * * {NOW} *", f"173 exact * * {NOW} *", f"212 exact persons * {NOW} *"], "kk"),
    # a street named by a letter and a number
    ("А 98 к-сі және Е 496 к-сі бойынша үйлер салынды, Е 496 көшесіндегі кешен 364 пәтерді қамтиды.",
     [f"364 exact * * {NOW} *"], "kk"),
    # "N айында" is a span of months
    ("Ағымдағы жылдың 9 айында қор 115,7 млрд теңге төледі.", ["1.157e+11 exact KZT * 2025-01-01..2025-09-30 *"],
     "kk"),
    # halves: of a group, at least half, and a half not restated by a different share after it
    ("Бағдарламаға қатысушылардың жартысы ауыл тұрғындары, 40 пайызы – жастар.",
     [f"50 approx percent * {NOW} *", f"40 exact percent * {NOW} *"], "kk"),
    ("Жұмысшылардың кемінде жартысын жұмыспен қамту орталықтары арқылы жалдайды.",
     [f"50 at_least percent * {NOW} *"], "kk"),
    ("Почти половина, или 48%, волонтеров – студенты.", [f"48 exact percent * {NOW} *"], "ru"),
])
def test_set76_word_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


@pytest.mark.parametrize(("text", "expected", "lang"), [
    # a month abbreviated with its dot and the day glued to it
    ("As of Sept.1, about 2.3 million people are in need of housing.",
     ["2.3e+06 approx persons * 2016-09-01..2016-09-01 *"], "en"),
    # the first value of a change compared with a year is of that year
    ("The number of depositors increased from 430,000 to 709,000 compared to 2014.",
     ["430000 exact * * 2014-01-01..2014-12-31 *", "709000 exact * * 2016-11-20..2016-11-20 *"], "en"),
    ("Число вкладчиков выросло с 430 тысяч до 709 тысяч по сравнению с 2014 годом.",
     ["430000 exact * * 2014-01-01..2014-12-31 *", "709000 exact * * 2016-11-20..2016-11-20 *"], "ru"),
    # negative: a share compared with a year keeps the text's time
    ("There are 8% more volunteers compared to 2014.", ["8 exact percent * 2016-11-20..2016-11-20 *"], "en"),
])
def test_set76_periods(text: str, expected: list[str], lang: str) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2016, 11, 20)), expected)


# Set 77's classes: changes of levels told for the new year, and pairs that share the change's verb.
@pytest.mark.parametrize(("text", "expected", "lang", "published"), [
    ("So, starting from January 1, 2025, the minimum amount of the basic pension will be increased from 65% to 70% "
     "of the subsistence minimum, and the maximum amount – from 105 to 110%.",
     ["65 exact percent * 2024-01-01..2024-12-31 *", "70 exact percent * 2025-01-07..2025-01-07 *",
      "105 exact percent * 2024-01-01..2024-12-31 *", "110 exact percent * 2025-01-07..2025-01-07 *"], "en",
     dt.date(2025, 1, 7)),
    ("С 1 января 2026 года пособие увеличится с 95 496 до 101 702 тенге.",
     ["95496 exact KZT * 2025-01-01..2025-12-31 *", "101702 exact KZT * 2026-01-01..2026-01-01 *"], "ru",
     dt.date(2025, 11, 7)),
    ("The allowance for the birth of 1, 2, 3 children will increase from 140,296 to 149,416 tenge, for the birth of 4 "
     "or more children – from 232,596 to 247,716 tenge.",
     # (since 1.99 "4 or more children" is a category of families, as the page's gold reads it)
     ["1 exact * * * *", "2 exact * * * *", "3 exact * * * *", "140296 exact KZT * * *", "149416 exact KZT * * *",
      "232596 exact KZT * * *", "247716 exact KZT * * *"], "en", dt.date(2025, 1, 7)),
    # negatives: a change on another day keeps the day; a range of shares stays a range; a cap stays a cap
    ("On March 5, the number grew from 300 to 400 volunteers.",
     ["300 exact persons * 2025-03-05..2025-03-05 *", "400 exact persons * 2025-03-05..2025-03-05 *"], "en",
     dt.date(2025, 6, 7)),
    ("The share is from 10% to 15% of the budget.", ["10 at_least percent * * *", "15 at_most percent * * *"], "en",
     dt.date(2025, 6, 7)),
    ("The maximum amount of aid is 500,000 tenge.", ["500000 at_most KZT * * *"], "en", dt.date(2025, 6, 7)),
])
def test_set77_changes(text: str, expected: list[str], lang: str, published: dt.date) -> None:
    assert_figures(text, read(text, lang, published=published), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a fall from one value to another is a change, not a range (a range runs upward)
    ("The return of the applications decreased from 70% to 20%.", [f"70 exact percent * {NOW} *",
                                                                     f"20 exact percent * {NOW} *"]),
    ("Prices went from 70 to 20 tenge.", [f"70 exact KZT * {NOW} *", f"20 exact KZT * {NOW} *"]),
    ("From 20 to 70 tenge a ticket.", [f"20 at_least KZT * {NOW} *", f"70 at_most KZT * {NOW} *"]),
])
def test_a_fall_is_no_range(text: str, expected: list[str]) -> None:
    _check_read(text, expected, "en")


# Set 78's classes: a list of counts closed by one predicate and its period; a site's visitor counters.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("She said that 1.5 thousand teachers, more than 87 thousand state employees, 62 thousand servicemen, 47 thousand "
     "orphanage graduates will learn computer skills from 2007 to 2009.",
     ["1500 exact * * 2007-01-01..2009-12-31 *", "87000 at_least * * 2007-01-01..2009-12-31 *",
      "62000 exact * * 2007-01-01..2009-12-31 *", "47000 exact * * 2007-01-01..2009-12-31 *"], "en"),
    ("Помощь получили 300 семей, 200 пенсионеров и 150 детей в 2005 году.",
     ["300 exact families * 2005-01-01..2005-12-31 *", "200 exact persons * 2005-01-01..2005-12-31 *",
      "150 exact persons * 2005-01-01..2005-12-31 *"], "ru"),
    # negative: a clause of its own before the period keeps the text's time
    ("The fund helped 300 families, and in 2007 it planted 500 trees.",
     [f"300 exact families * {NOW} *", "500 exact trees * 2007-01-01..2007-12-31 *"], "en"),
])
def test_a_list_shares_its_period(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


def test_visitor_counters_are_chrome() -> None:
    page = ("Today 311\n\nYesterday 662\n\nAll 39463219\n\nThe agency will teach computer literacy to 26% of the "
            "population, 3.094 million persons in total.")
    assert [g.split()[0] for g in read(page, "en")] == ["26", "3.094e+06"]


# Set 79's classes (after it was scored): an undated text dated by the year a change is compared with, and by a year
# whose plan is told as partly done ("В 2025 году уже обследовано 64% планируемого").
@pytest.mark.parametrize(("text", "lang", "year"), [
    ("По итогам акции 18485 учащихся обеспечены. По сравнению с 2009 годом, обхват детей увеличился на 6000 человек.",
     "ru", "2010"),
    ("Compared to 2009, the number of children covered increased by 6,000.", "en", "2010"),
    ("2009 жылмен салыстырғанда балалар саны 6000-ға артты.", "kk", "2010"),
    ("Скрининг проводится в 32 поликлиниках. В 2025 году уже обследовано 64% планируемого контингента.", "ru", "2025"),
    # negative: a plan still to come dates nothing
    ("Скрининг проводится в 32 поликлиниках. В 2025 году планируется обследовать 64% населения.", "ru", ""),
])
def test_set79_dates(text: str, lang: str, year: str) -> None:
    from test_phrases_round57 import page_year

    assert page_year(text, lang) == year


# Set 80's classes (after it was scored): "$US15,000" in brackets; houses counted town by town.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Seven million tenge ($US15,000) was paid to the relatives.", [f"7e+06 exact KZT * {NOW} *",
                                                                      f"15000 exact * * {NOW} *"], "en"),
    ("Өскеменде 7 үй, Аягөзде 35 үй, Катонқарағайда 4 үй қатты бүлінген.",
     [f"7 exact * * {NOW} *", f"35 exact * * {NOW} *", f"4 exact * * {NOW} *"], "kk"),
    # negative: a house number after a street stays an address
    ("Ол Абай даңғылы, 52 үйде тұрады, 300 ерікті көмектесті.", [f"300 exact persons * {NOW} *"], "kk"),
])
def test_set80_word_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)

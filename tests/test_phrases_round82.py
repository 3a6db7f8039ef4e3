"""Round 82 (set 81's classes, left at the end of the previous session, and the blind sets of this session): classes
behind the misses and false figures of those pages, each fixed by a rule of the language and checked with variants
and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15 unless a case gives the page's own date).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check_read, assert_figures, read

# A site's footer: its copyright line and its mass-media registration. The registration's certificate number and date
# are the site's, not the article's; the copyright year is the year the site served the page in.
_FOOTER_RU = ("Рубрика: Общество\n© 2014 news.example — самые свежие новости. Цитирование материалов без активной "
              "гиперссылки — запрещено. Сетевое издание NEWS, Свидетельство о регистрации ЭЛ № ФС 77 — 67881, Дата "
              "регистрации: 06.12.2016, главный редактор - Иванов И.И., 8(977)8019600. Для детей старше 16 лет.")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Велопробег собрал миллион тенге\n\nАстана. Сегодня, 29 июня, в воскресенье, в столице начался "
     "благотворительный велопробег. Всего в мероприятии приняли участие 1521 человек.\n\n" + _FOOTER_RU, "ru",
     ["1e+06 exact KZT * 2014-06-29..2014-06-29 *", "1521 exact persons * 2014-06-29..2014-06-29 *"]),
    ("Веложарыс\n\nБүгін, 29 маусым, жексенбі күні астанада қайырымдылық веложарысы басталды. Шараға 1521 адам "
     "қатысты.\n\n© 2014 news.kz. Барлық құқықтар қорғалған.", "kk",
     ["1521 exact persons * 2014-06-29..2014-06-29 *"]),
    ("Charity ride\n\nToday, June 29, on Sunday, a charity bike ride started in Astana. A total of 1521 people took "
     "part.\n\nCopyright © 2010–2014 News.kz. All rights reserved.", "en",
     ["1521 exact persons * 2014-06-29..2014-06-29 *"]),
    # negative: a registration line alone dates nothing and counts nothing
    ("Волонтеры помогли приюту\n\nВ акции приняли участие 40 волонтеров, они собрали корм для животных.\n\n"
     "Свидетельство о постановке на учет СМИ № 16012-ИА выдано 12.05.2010 Министерством информации.", "ru",
     ["40 exact persons * None..None *"]),
])
def test_a_footer_dates_the_page_by_its_copyright_only(text: str, lang: str, expected: list[str]) -> None:
    assert_figures(text, read(text, lang, published=None), expected)


@pytest.mark.parametrize(("weekday", "day"), [
    ("в воскресенье", dt.date(2014, 6, 29)), ("", dt.date(2014, 6, 29)),
    # negative: 29 June 2014 was no Monday, so the year the evidence gives is wrong for that day: no day is taken
    ("в понедельник", None),
])
def test_the_day_a_lead_calls_today_agrees_with_its_weekday(weekday: str, day: dt.date | None) -> None:
    from loaders.extract.context import article_context
    from loaders.text import DateGuess

    text = f"Велопробег\n\nСегодня, 29 июня, {weekday}, в столице начался велопробег. Приняли участие 1521 человек."
    assert article_context(text, DateGuess(dt.date(2014, 1, 1), "year_only", "year"), "ru").event == day


# English numbers hyphenated to their scale ("one-thousand children") are numbers like the words written apart.
@pytest.mark.parametrize(("text", "expected"), [
    ("More than one-thousand children with disabilities took part.", [f"1000 at_least persons * {NOW} *"]),
    ("The fund raised three-hundred thousand tenge.", [f"300000 exact KZT * {NOW} *"]),
    ("Volunteers planted two-thousand five hundred trees.", [f"2500 exact trees * {NOW} *"]),
    ("About two-hundred donors came.", [f"200 approx persons * {NOW} *"]),
    ("Twenty-five volunteers came.", [f"25 exact persons * {NOW} *"]),
    # negative: an age of three parts is no number of things
    ("A one-hundred-year-old oak was saved by 12 volunteers.", [f"12 exact persons * {NOW} *"]),
])
def test_english_numbers_hyphenated_to_their_scale(text: str, expected: list[str]) -> None:
    _check_read(text, expected, "en")


# A number in brackets that says something of a count is a clause, not a name's translation: "(два уже есть)".
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Приют начал работу. Нужно организовать три пункта стерилизации (два уже есть).",
     [f"3 exact * * {NOW} *", f"2 exact * * {NOW} *"], "ru"),
    ("The shelter needs three sterilisation points (two already work).",
     [f"3 exact * * {NOW} *", f"2 exact * * {NOW} *"], "en"),
    # negative: the translation of a name in brackets counts nothing
    ("Children played togyzkumalak (nine pellets) with 30 volunteers.", [f"30 exact persons * {NOW} *"], "en"),
])
def test_a_clause_in_brackets_counts(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# Kazakh "8-рет" with a hyphen is the eighth time; "8 рет өткізілді" (held eight times) is a count of events.
@pytest.mark.parametrize(("text", "expected"), [
    ("Жәрмеңке осымен 8-рет өткізілуде, оған 40 ит қойылды.", [f"40 exact animals * {NOW} *"]),
    ("Марафон 5-мәрте өтіп, оған 300 адам қатысты.", [f"300 exact persons * {NOW} *"]),
    # negative: without the hyphen the times are counted
    ("Жәрмеңке биыл 8 рет өткізілді.", ["8 exact * * 2025-01-01..2025-06-15 *"]),
])
def test_kazakh_nth_time_with_a_hyphen(text: str, expected: list[str]) -> None:
    _check_read(text, expected, "kk")


# A quarter, a lane or a boulevard before a house number: "Ақсүмбе орамы, 1 үйде", "пер. Школьный, 4".
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Келушілерге Ақсүмбе орамы, 1 үйде орналасқан баспанадағы 40 жануардың суреттері ұсынылады.",
     [f"40 exact animals * {NOW} *"], "kk"),
    ("Пункт сбора работает по адресу пер. Школьный, 4, туда принесли 200 коробок.",
     [f"200 exact * * {NOW} *"], "ru"),
    # negative: quarters and houses counted in a list stay counts
    ("Ауылда 3 орам, 120 үй су астында қалды.", [f"3 exact * * {NOW} *", f"120 exact * * {NOW} *"], "kk"),
])
def test_quarters_and_lanes_in_addresses(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# A short standfirst under the title that counts something is the article's lead, not an off-topic subheading.
def test_a_short_standfirst_that_counts_is_the_lead() -> None:
    page = ("Жамбылцы пришли на выручку\n\n4239\nМихаил Тё\n\nВ акции приняли участие все 75 этнокультурных "
            "объединений региона\n\nфото пресс-службы\n\nЖители собрали гуманитарную помощь пострадавшим от паводка, "
            "к акции подключились местные предприниматели и волонтеры.")
    assert [g.split()[0] for g in read(page, "ru")] == ["75"]


@pytest.mark.parametrize("page", [
    # negatives: a title's second line that names a year only, and a page's metadata line with its read counter
    "About preparatory measures to introduction\n\nin 2018 of addressed social assistance of new format\n\n"
    "The department held meetings with residents and explained the new rules of the social assistance.",
    "Ищу тебя Избранное\n\nПятница, 01 Июль 2022 05:54 Автор  Опубликовано в Общество Прочитано 1909 раз\n\n"
    "Есть в Шымкенте удивительные люди - волонтеры-поисковики, они ищут пропавших людей бескорыстно.",
])
def test_lines_that_are_no_standfirst(page: str) -> None:
    assert read(page, None) == []


# Set 82's classes (after it was scored): a call to follow the site's channel between paragraphs is no tail; decades
# and their parts; the high end of a dash range shares the low end's period; a number glued after a full stop at the
# end of a sentence is a note's; the Turkish-like Latin alphabet of Kazakh (ı ы, i і, y й, w ұ).
def test_a_channel_promo_between_paragraphs_is_no_tail() -> None:
    page = ("Насколько Казахстан комфортен для людей с инвалидностью\n\nПо оценкам экспертов, в Казахстане около 80% "
            "объектов недоступны для людей с инвалидностью, а остальные доступны лишь частично.\n\n"
            "Подпишитесь на наш канал в Telegram!\n\nНа сегодня в Казахстане проживает свыше 696 464 человек с "
            "инвалидностью, по официальным данным министерства труда.\n\nЕсли смотреть в разрезе пола, то среди них "
            "56% мужчин и 44% женщин, а в возрастных категориях распределение более однородное.")
    assert [g.split()[0] for g in read(page, "ru")] == ["80", "696464", "56", "44"]


def test_a_subscribe_line_still_ends_the_page() -> None:
    # negative: the call at the end, other headlines after it, is the tail
    page = ("Волонтеры собрали помощь\n\nВ акции приняли участие 120 волонтеров, они собрали продукты для семей "
            "города и района.\n\nПодпишитесь на наш канал в Telegram!\n\nЦены на бензин выросли до 300 тенге за литр")
    assert [g.split()[0] for g in read(page, "ru")] == ["120"]


@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("В конце 1980-х годов сайгаков было 250 тысяч.", ["250000 exact * * 1985-01-01..1989-12-31 *"], "ru"),
    ("В 1990-е годы фонд помог 300 семьям.", ["300 exact families * 1990-01-01..1999-12-31 *"], "ru"),
    ("In the late 1980s there were 250,000 saigas.", ["250000 exact * * 1985-01-01..1989-12-31 *"], "en"),
    ("In the early 2000s the fund helped 300 families.", ["300 exact families * 2000-01-01..2004-12-31 *"], "en"),
    ("1980 жылдардың соңында 250 мың киік болған.", ["250000 exact * * 1985-01-01..1989-12-31 *"], "kk"),
    ("1990 жылдары қор 300 отбасыға көмектесті.", ["300 exact families * 1990-01-01..1999-12-31 *"], "kk"),
    # negatives: the decade still running, and a decade's word glued to another noun, are no span
    ("In the 2020s volunteers planted 500 trees.", [f"500 exact trees * {NOW} *"], "en"),
    ("The 1990s-era building hosts 40 volunteers.", [f"40 exact persons * {NOW} *"], "en"),
])
def test_decades_and_their_parts(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("2016-2017 жылдары саны 1900-2700 аралығында болған киіктер саны 1980 жылдардың соңында 250-270 мың басты "
     "құраған.", ["1900 at_least * * 2016-01-01..2017-12-31 *", "2700 at_most * * 2016-01-01..2017-12-31 *",
                  "250000 at_least * * 1985-01-01..1989-12-31 *", "270000 at_most * * 1985-01-01..1989-12-31 *"], "kk"),
    ("В 2016-2017 годах их было 3100-3700, а в конце 1980-х годов — 250-270 тысяч.",
     ["3100 at_least * * 2016-01-01..2017-12-31 *", "3700 at_most * * 2016-01-01..2017-12-31 *",
      "250000 at_least * * 1985-01-01..1989-12-31 *", "270000 at_most * * 1985-01-01..1989-12-31 *"], "ru"),
])
def test_the_high_end_of_a_dash_range_shares_the_low_ends_period(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Бұл туралы жоба үйлестірушісі айтып берді.6 Шараға 300 адам қатысты.", [f"300 exact persons * {NOW} *"], "kk"),
    ("The coordinator told us about it.7 The fund helped 40 families.", [f"40 exact families * {NOW} *"], "en"),
    # negative: a number after a colon, or after a full stop and a space, is text
    ("Акцияға қатысқандар саны: 45.", [f"45 exact * * {NOW} *"], "kk"),
])
def test_a_number_glued_after_the_full_stop_is_a_notes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Bwl turalı joba üylestiruşisi aytıp berdi.", "Бұл туралы жоба үйлестірушісі айтып берді."),
    ("Mäselen, 2016-2017 jıldarı sanı 1900-2700 aralığında bolğan kiikter sanı 1980 jıldardıñ soñında 250-270 mıñ "
     "bastı qwrağan.", "Мәселен, 2016-2017 жылдары саны 1900-2700 аралығында болған киіктер саны 1980 жылдардың "
     "соңында 250-270 мың басты құраған."),
    ("Elimizde aqbökenniñ üş türi mekendeydi, atap aytqanda populyaciyaları.",
     "Елімізде ақбөкеннің үш түрі мекендейді, атап айтқанда популяциялары."),
])
def test_the_turkish_like_latin_alphabet(latin: str, cyrillic: str) -> None:
    from loaders.translit import LATN_TURKIC, to_cyrillic

    assert to_cyrillic(latin, LATN_TURKIC)[0] == cyrillic


def test_a_turkish_like_page_is_read_with_its_alphabet() -> None:
    from loaders.translit import LATN2021, detect_alphabet, transliterate_paragraphs

    page = ("Bwl turalı joba üylestiruşisi Ädilbek aytıp berdi. Qoğam jwmıs isteydi.\n"
            "Mäselen, 2016-2017 jıldarı sanı 1900-2700 aralığında bolğan kiikter.\n"
            "Bir kezderi keybir esep boyınşa kiikter jartı millionğa deyin bolğan.")
    converted, _ = transliterate_paragraphs(page)
    assert "жылдары саны 1900-2700 аралығында" in converted and "жарты миллионға дейін" in converted
    # negative: a 2021 page (ı і, y ы) with y after u ("auyruymen") stays a 2021 page
    text_2021 = "Jambyl oblysynda ötken jyly 108 bala, al biyl 142 bala autizmmen auyruymen tırkelgen."
    assert detect_alphabet(text_2021) == LATN2021
    assert "жылы 108 бала" in transliterate_paragraphs(text_2021)[0]


# Set 83's classes (after it was scored): Russian ranges in words in every case and as collectives ("с двумя-тремя
# пакетами", "двое-трое детей"); Kazakh "астам" with its possessive and a case ("14 мыңнан астамына").
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Уходят с двумя-тремя пакетами мороженого.", [f"2 at_least * * {NOW} *", f"3 at_most * * {NOW} *"], "ru"),
    ("Помогли двум-трем семьям.", [f"2 at_least families * {NOW} *", f"3 at_most families * {NOW} *"], "ru"),
    ("В приют пришли двое-трое волонтеров.", [f"2 at_least persons * {NOW} *", f"3 at_most persons * {NOW} *"],
     "ru"),
    ("Оның 14 мыңнан астамына бюджеттен қаржылай жәрдем тағайындалған.", [f"14000 at_least * * {NOW} *"], "kk"),
    ("Оның 500-ден астамында ерікті жұмыс істеді.", [f"500 at_least * * {NOW} *"], "kk"),
    # negatives: one number word with a hyphenated particle, and a number repeated, are no range
    ("Волонтеры приходили двое-двое.", [], "ru"),
    ("Оның 500-і ерікті.", [f"500 exact persons * {NOW} *"], "kk"),
])
def test_set83_word_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# Left classes of sets 82–83: a span that names its last year stays its own years on a page dated by a year alone;
# a year between a name and the kind of thing it names; a title opened by the share it cites; "жарты миллионға дейін".
def test_a_span_naming_its_last_year_is_not_a_level_reached_by_now() -> None:
    page = ("Киіктерді сақтау жолдары\n\nМәселен, 2016-2017 жылдары киіктер саны 1900-2700 аралығында болған, "
            "деді биолог.")
    assert read(page, "kk", published=None) == ["1900 at_least items None 2016-01-01..2017-12-31 KZ",
                                                 "2700 at_most items None 2016-01-01..2017-12-31 KZ"]


@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("The Summer Camp 2023 project gave classes to 200 children.", [f"200 exact persons * {NOW} *"], "en"),
    ("«Жасыл Ел 2023» жобасы аясында 500 ағаш отырғызылды.", [f"500 exact trees * {NOW} *"], "kk"),
    ("«58%-ы ер адам»: елдегі қарттар үйінде 3 мыңнан астам зейнеткер тұрады.",
     [f"58 exact percent * {NOW} *", f"3000 at_least persons * {NOW} *"], "kk"),
    ("Бір кездері киіктер жарты миллионға дейін болған.", [f"500000 at_most * * {NOW} *"], "kk"),
    # negatives: a year told before a project noun at the start of a sentence is the year; a name's number in a
    # quoted title stays a name's
    ("In 2023 project volunteers helped 200 children.", ["200 exact persons * 2023-01-01..2023-12-31 *"], "en"),
    ("«100 добрых дел»: итоги акции, в которой участвовали 40 волонтеров.", [f"40 exact persons * {NOW} *"], "ru"),
])
def test_sets_82_83_left_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# So many children "or more" is a category of families, whatever the verb (blind sets 71, 77, 82).
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("The allowance for the birth of 4 or more children will increase to 247,716 tenge.",
     [f"247716 exact KZT * {NOW} *"], "en"),
    ("Оны төрт және одан да көп баласы бар 112037 ана алды.", [f"112037 exact * * {NOW} *"], "kk"),
    ("Выплату получат семьи с четырьмя и более детьми, всего 300 семей.", [f"300 exact families * {NOW} *"], "ru"),
    # negatives: "more than" bounds a count of children helped; a count far above a family's is a count
    ("The fund helped more than 4 children.", [f"4 at_least persons * {NOW} *"], "en"),
    ("Фонд помог 40 и более детям.", [f"40 at_least persons * {NOW} *"], "ru"),
])
def test_so_many_children_or_more_is_a_category(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# Set 84's classes (after it was scored): a rise "by X to Y"; "более, чем"; a Kazakh range whose "дейін" only its
# bracketed conversion carries; "бір мезгілде" (a one-off); "аяқталуға жақын" (near completion) bounds nothing.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("This year alone the number of vehicles has risen by 26 to 145.",
     ["26 exact * * 2025-01-01..2025-06-15 *", "145 exact * * 2025-01-01..2025-06-15 *"], "en"),
    ("Всего выплаты пришли более, чем на 1200 человек.", [f"1200 at_least persons * {NOW} *"], "ru"),
    ("Больше, чем 300 волонтеров вышли на субботник.", [f"300 at_least persons * {NOW} *"], "ru"),
    ("Оған 15-тен 30 АЕК (59-ден 118 мың теңгеге дейін) мөлшерінде төленеді.",
     [f"15 at_least MCI * {NOW} *", f"30 at_most MCI * {NOW} *", f"59000 at_least KZT * {NOW} *",
      f"118000 at_most KZT * {NOW} *"], "kk"),
    ("Көмек ұсынылады – бір мезгілде отағасына 70 АЕК мөлшерінде.", [f"70 exact MCI * {NOW} *"], "kk"),
    ("Соның төртеуінде жұмыстар аяқталды, қалған екеуінде жұмыстар аяқталуға жақын.",
     [f"4 exact * * {NOW} *", f"2 exact * * {NOW} *"], "kk"),
    # negatives: a range after "by" stays a range; a comparison with "чем" is no bound; "жақын" after a count is about
    ("Prices grow by 10 to 15 per cent.", [f"10 at_least percent * {NOW} *", f"15 at_most percent * {NOW} *"], "en"),
    ("Это лучше, чем 300 волонтеров.", [f"300 exact persons * {NOW} *"], "ru"),
    ("Облыста 300 отбасыға жақын көмек алды.", [f"300 approx families * {NOW} *"], "kk"),
])
def test_set84_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


def test_a_long_cut_last_line_is_a_sentence() -> None:
    page = ("Павлодар участвует в экоакции\n\nВ этом году планируется посадить 20 тысяч деревьев.\n"
            "Отметим, что городские фонтаны были запущены раньше обычного.\n"
            "При поддержке акима продолжаются работы по благоустройству 17 скверов, а также в 50 дворовых "
            "территориях города будут установлены нов")
    assert [g.split()[0] for g in read(page, "ru")] == ["20000", "17", "50"]


def test_a_lead_day_after_the_inferred_date_is_the_news_day() -> None:
    page = ("Kazakhstan sends ventilators\n\nOn December 22 Kazakhstan sent 100 mobile medical ventilators to "
            "Tajikistan by road.\n\nThe Ministry acted on the instruction of the Government as of December 10, 2020.")
    assert read(page, "en", published=None) == ["100 exact items None 2020-12-22..2020-12-22 KZ"]


# Set 85's classes (after it was scored): times counted by the million are visits, no frequency; a multiple glued to
# its number ("1.5fold").
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Қазақстан музейлеріне 2022 жылы көрермендер 6,1 млн рет барған.",
     ["6.1e+06 exact * * 2022-01-01..2022-12-31 *"], "kk"),
    ("The museum was visited 12,000 times last month.", ["12000 exact * * 2025-05-01..2025-05-31 *"], "en"),
    ("The number of museum visitors rose by 1.5fold in 2023.", ["1.5 exact ratio * 2023-01-01..2023-12-31 *"], "en"),
    # negatives: a few times a day is a frequency; a name glued to digits stays a name
    ("Балалар күніне 3 рет тамақтанады.", [], "kk"),
    ("Volunteers used the 2GIS app to find 40 addresses.", [f"40 exact * * {NOW} *"], "en"),
])
def test_set85_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# A sentence opening with the total of the sentence before, restated to break it down ("271 мұражайдың 48-і …",
# "Из 271 музея 48 …", "Of the 271 museums, 48 …"): its parts are of the total's time.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("2023 жылдың 1 қаңтарында барлығы 271 мұражай жұмыс істеді. 271 мұражайдың 48-і – тарихи, 109-ы – өлкетану.",
     ["271 exact * * 2023-01-01..2023-01-01 *", "271 exact * * 2023-01-01..2023-01-01 *",
      "48 exact * * 2023-01-01..2023-01-01 *", "109 exact * * 2023-01-01..2023-01-01 *"], "kk"),
    # (the restated total is the same figure told again: the build keeps it once)
    ("As of January 1, 2023, there were 271 museums. Of the 271 museums, 48 are historical.",
     ["271 exact * * 2023-01-01..2023-01-01 *", "48 exact * * 2023-01-01..2023-01-01 *"], "en"),
    # negative: another number opening the next sentence is no restatement
    ("As of January 1, 2023, there were 271 museums. 12 museums are being built now.",
     ["271 exact * * 2023-01-01..2023-01-01 *", f"12 exact * * {NOW} *"], "en"),
])
def test_a_restated_total_dates_its_parts(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# Set 86's classes (after it was scored): an undated page's year is not the end of a programme's span named after
# its long title ("the Program for the Development of … for 2017-2021").
@pytest.mark.parametrize(("text", "year"), [
    ("In 2018, 13 430 new jobs were created in the region. 8.2 billion tenge were allocated for the implementation of "
     "the Program for the Development of Productive Employment and Mass Entrepreneurship for 2017-2021.", "2018"),
    # negative: a span of past years with no programme before it is the page's latest year
    ("In 2018, 13 430 new jobs were created in the region. Over 8.2 billion tenge were spent for 2017-2021.", "2021"),
])
def test_a_programmes_span_after_its_long_name(text: str, year: str) -> None:
    from test_phrases_round57 import page_year

    assert page_year(text, "en") == year


def test_a_conclusion_opening_a_paragraph_points_back() -> None:
    from loaders.extract.article import points_back

    assert points_back("so, in the course of social support 7628 people have been employed")
    assert points_back("таким образом, помощь получили 300 семей")
    assert points_back("осылайша, 300 отбасыға көмек берілді")
    # negative: "so" inside a phrase, and "thus far", do not open a conclusion
    assert not points_back("so many volunteers came that 300 were sent home")


# A past report without a period of its own in an article of January is of the year before (the whole month: the
# results meetings run to its end).
@pytest.mark.parametrize(("published", "period"), [
    (dt.date(2019, 1, 22), "2018-01-01..2018-12-31"), (dt.date(2019, 1, 31), "2018-01-01..2018-12-31"),
    # negative: in February the report is of its own time
    (dt.date(2019, 2, 5), "2019-02-05..2019-02-05"),
])
def test_a_past_report_of_january_is_of_the_year_before(published: dt.date, period: str) -> None:
    text = "The Minister reported on the programme. The total amount for microcredit amounted to 62 billion tenge."
    assert read(text, "en", published=published) == [f"6.2e+10 exact KZT None {period} KZ"]


def test_the_kazakh_present_in_ido_is_no_past() -> None:
    from loaders.extract.tense import is_past_report

    assert not is_past_report("мысалы, мектепте 600 оқушы оқиды.", "kk")  # reads (studies): the present
    assert is_past_report("600 ағаш отырғызылды.", "kk")  # negative: a past stays a past
    assert is_past_report("300 адам қатысты.", "kk")


# Set 87's classes (after it was scored): "жылу" (heat) is no year; a body's word in a case of place names no one
# ("облыс орталығында 12 Отандық … автобусы"); "10 мыңға (да) жетпейді" is under 10,000; "this year" set against the
# past year told right after it is a later year.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Екібастұз қаласы бойынша 90 әлеуметтік нысанның 26-сы жылуға қосылған.",
     [f"90 exact * * {NOW} *", f"26 exact * * {NOW} *"], "kk"),
    ("Биыл облыс орталығында 12 Отандық үлкен класты автобус алмастырылды.",
     ["12 exact * * 2025-01-01..2025-06-15 *"], "kk"),
    ("Берілген пәтерлер саны 10 мыңға да жетпейді.", [f"10000 at_most * * {NOW} *"], "kk"),
    ("Пәтерлер саны 10 мыңға жетпеді.", [f"10000 at_most * * {NOW} *"], "kk"),
    # negatives: a year's duration stays a duration; a named clinic stays a name; reaching is exact
    ("Ол 5 жыл бойы 300 отбасыға көмектесті.", [f"300 exact families * {NOW} *"], "kk"),
    ("Клиника 4 Лапы приняла 30 собак.", [f"30 exact animals * {NOW} *"], "ru"),
    ("Пәтерлер саны 10 мыңға жетті.", [f"10000 exact * * {NOW} *"], "kk"),
])
def test_set87_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("Fires damaged 486 homes, 11% fewer compared to last year. This year there were no casualties. In 2021, carbon "
     "monoxide killed six people.", "en", "2022"),
    ("Пожары повредили 486 домов. В этом году жертв нет. В 2021 году от угарного газа пострадали шесть человек.", "ru",
     "2022"),
    # negative: "this year" set against last year in its own sentence leaves the stated year the page's
    ("В 2022 году доля бюджета выросла в 5,1 раза. В прошлом году благоустроили 7 дворов, а в этом году "
     "профинансировано 32 проекта.", "ru", "2022"),
])
def test_this_year_set_against_the_year_after_it(text: str, lang: str, year: str) -> None:
    from test_phrases_round57 import page_year

    assert page_year(text, lang) == year


# The base of a comparison is no period of the level reached ("doubled compared with 2017 and amounted to 14
# thousand"), unless the figure is the base's own ("compared to the first half of 2011, when 92 victims …").
@pytest.mark.parametrize(("text", "expected"), [
    ("The plan was doubled compared with 2017 and amounted to 14 thousand people.",
     [f"2 exact ratio * {NOW} *", f"14000 exact persons * {NOW} *"]),
    ("This year the number increased compared to the first half of 2011, when 92 victims were identified.",
     ["92 exact * * 2011-01-01..2011-06-30 *"]),
])
def test_the_base_of_a_comparison_dates_only_its_own_value(text: str, expected: list[str]) -> None:
    _check_read(text, expected, "en")


# Set 88's classes (after it was scored): N out of M households or families is a share; a family's few children in
# brackets glossing an amount; "from KZT X … up to KZT Y" is a range; a span from a year to a day.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Today only four out of five Kazakhstan households have bins.", [f"80 approx percent * {NOW} *"], "en"),
    ("Четыре из пяти семей сортируют мусор.", [f"80 approx percent * {NOW} *"], "ru"),
    ("Benefits range from KZT 44,532 (for 4 kids) up to KZT 77,951 (for 7 kids).",
     [f"44532 at_least KZT * {NOW} *", f"77951 at_most KZT * {NOW} *"], "en"),
    ("С 1991 года по 1 января 2023 года вернулись 1 млн 107 тыс. этнических казахов.",
     ["1.107e+06 exact * * 1991-01-01..2022-12-31 *"], "ru"),
    ("1991 жылдан бастап 2023 жылдың 1 қаңтарына дейін 1 млн 107 мың этникалық қазақ оралды.",
     ["1.107e+06 exact * * 1991-01-01..2022-12-31 *"], "kk"),
    ("From 1991 to January 1, 2023, 1.107 million ethnic Kazakhs returned.",
     ["1.107e+06 exact * * 1991-01-01..2022-12-31 *"], "en"),
    # negatives: members of a set told stay counts; many children in brackets are counted; a change from a sum to
    # another stays a change
    ("Три из пяти районов получили помощь.", [f"3 exact * * {NOW} *", f"5 exact * * {NOW} *"], "ru"),
    ("The fund paid KZT 500,000 (for 40 children) in May.",
     ["500000 exact KZT * 2025-05-01..2025-05-31 *", "40 exact persons * 2025-05-01..2025-05-31 *"], "en"),
    ("Prices rose from KZT 100 to KZT 150.", [f"100 exact KZT * {NOW} *", f"150 exact KZT * {NOW} *"], "en"),
])
def test_set88_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# A list's marks in brackets ("(1) employment, (2) …") and the ends of a 0–100 scale are no figures.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("The first three domains – (1) employment, (2) social participation, and (3) independent living – cover 300 "
     "people.", [f"3 exact * * {NOW} *", f"300 exact persons * {NOW} *"], "en"),
    ("All indicators are measured from 0% to 100%, where 40% of people score high.", [f"40 exact percent * {NOW} *"],
     "en"),
    ("Индекс измеряется от 0 до 100 баллов, в этом году он составил 45.", ["45 exact * * 2025-01-01..2025-06-15 *"],
     "ru"),
    # negatives: one number in brackets is a count; a change from none to a count of people stays
    ("The fund helped families (12) and schools.", [f"12 exact * * {NOW} *"], "en"),
    ("The fund grew from 0 to 100 volunteers.", [f"0 exact persons * {NOW} *", f"100 exact persons * {NOW} *"], "en"),
])
def test_list_marks_and_scales(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# Set 89's classes (after it was scored): a theme year in quotes dates the page wherever it stands, a past plan of it
# too ("«Балалар жылында» … жоспарланған еді").
@pytest.mark.parametrize(("text", "lang", "year"), [
    ("Ауыл мектептеріне 71 автобус берілді. «Балалар жылында» облысқа 101 автобус бөлу жоспарланған еді.", "kk",
     "2022"),
    # negative: a theme year's words in lower case are no theme
    ("Еріктілер жылы киім таратты, 300 отбасы көмек алды.", "kk", ""),
])
def test_set89_page_years(text: str, lang: str, year: str) -> None:
    from test_phrases_round57 import page_year

    assert page_year(text, lang) == year


# The current school year told without its years is the one around publication (set 89's en_cj01).
@pytest.mark.parametrize(("text", "lang", "published", "period"), [
    ("This academic year, 1.7 million children were provided with free meals.", "en", dt.date(2025, 1, 20),
     "2024-09-01..2025-08-31"),
    ("В этом учебном году бесплатным питанием обеспечены 1,7 млн детей.", "ru", dt.date(2024, 10, 20),
     "2024-09-01..2025-08-31"),
    ("Биылғы оқу жылында 1,7 млн бала тегін тамақпен қамтылды.", "kk", dt.date(2025, 5, 10), "2024-09-01..2025-08-31"),
    # negative: a school year named by its years keeps them
    ("In the 2022-2023 academic year, 1.7 million children were provided with free meals.", "en",
     dt.date(2025, 1, 20), "2022-01-01..2023-12-31"),
])
def test_this_school_year(text: str, lang: str, published: dt.date, period: str) -> None:
    got = read(text, lang, published=published)
    assert [g.split()[4] for g in got] == [period]


# Set 90's classes (after it was scored): a year a URL names as a target ("plan-until-2020") dates no page; a Kazakh
# "-се" of a number reached sets two facts side by side, no worked example.
@pytest.mark.parametrize(("url", "year"), [
    ("https://en.inform.kz/news/almaty-mayor-presents-the-city-s-development-plan-until-2020_a3161333/", None),
    ("https://x.kz/programma-do-2025-goda", None),
    ("https://x.kz/2025-zhylga-deiin-500-mektep", None),
    # negatives: a year of the slug's report stays
    ("https://x.kz/news/volunteers-2019-planted", 2019),
    ("https://x.kz/2023/volunteers-to-help", 2023),
])
def test_a_target_year_in_a_url(url: str, year: int | None) -> None:
    from loaders.extract.dating import url_year

    assert url_year(url) == year


@pytest.mark.parametrize(("text", "expected"), [
    ("Айталық, Ақкиізтоғай ауылындағы халық саны 1304-ге жетсе, Тұрғызбада 3520 адам тұрады.",
     [f"1304 exact * * {NOW} *", f"3520 exact persons * {NOW} *"]),
    # negative: a worked example of a rule stays one
    ("Айталық, бір отбасында 6 адам болса, сол 6 адамға 600 мың теңге төленеді.", []),
])
def test_kazakh_whereas_of_numbers_reached(text: str, expected: list[str]) -> None:
    _check_read(text, expected, "kk")


# Set 91's classes (after it was scored): the anniversary of Kazakhstan's independence in English dates a page; "в
# 1922 селах" counts villages; "5G" names a network.
@pytest.mark.parametrize(("text", "expected", "lang", "published"), [
    ("Gas reached the village. This is a present for the 25th Anniversary of Kazakhstan Independence. Over 12 km of "
     "gas pipeline were built.", ["12 at_least * * 2016-01-01..2016-12-31 *"], "en", None),
    ("На данный момент водоснабжения нет в 1922 селах страны.", ["1922 exact * * 2025-06-15..2025-06-15 *"], "ru",
     dt.date(2025, 6, 15)),
    ("Operators will launch 5G in 2022 in 20 cities.", ["20 exact * * 2022-01-01..2022-12-31 *"], "en",
     dt.date(2021, 3, 9)),
    # negatives: a year in its own word stays a year; grams glued to a number stay a measure
    ("В 2020 году волонтеры помогли 300 семьям.", ["300 exact families * 2020-01-01..2020-12-31 *"], "ru",
     dt.date(2025, 6, 15)),
    ("Each pack holds 5g of salt, 300 packs were sent.", ["5 exact * * 2021-03-09..2021-03-09 *",
                                                          "300 exact * * 2021-03-09..2021-03-09 *"], "en",
     dt.date(2021, 3, 9)),
])
def test_set91_classes(text: str, expected: list[str], lang: str, published: dt.date | None) -> None:
    assert_figures(text, read(text, lang, published=published), expected)


# Set 92's class (after it was scored): a rubric before the date on a header line ("Society • 30 January, 2020") is no
# title, so the headline under it is read.
def test_a_rubric_dateline_is_no_title() -> None:
    from loaders.text import date_only_line

    page = ("Society • 30 January, 2020\n\n80K families applied for social assistance in Kazakhstan\n\n4 time viewed"
            "\n\n"
            "As of January 28, 2020, applications for targeted social assistance were accepted from 80.5 thousand "
            "families across the country.")
    assert [g.split()[0] for g in read(page, "en", published=None)] == ["80000", "80500"]
    assert date_only_line("Қоғам | 12 мамыр 2024")
    # negatives: a line that counts something, and a rubric without a date
    assert not date_only_line("Volunteers • 300 families helped in 2020")
    assert not date_only_line("Society / News")


# Set 93's classes (after it was scored): a Kazakh scale in the accusative ("2580,3 мыңды құраса"); a change's
# conversion in brackets changes too ("(from US$19 to US$20)").
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Экспонаттардың жалпы саны 2580,3 мыңды құраса, оның 12,2 пайызы көрмеге қойылған.",
     [f"2.5803e+06 exact * * {NOW} *", f"12.2 exact percent * {NOW} *"], "kk"),
    ("2020 жылы мұражайға келушілердің саны 2 миллион 351 мыңды құраған.",
     ["2.351e+06 exact * * 2020-01-01..2020-12-31 *"], "kk"),
    ("The average price increased from 8,000 to 8,500 tenge (from US$19 to US$20).",
     [f"8000 exact KZT * {NOW} *", f"8500 exact KZT * {NOW} *", f"19 exact USD * {NOW} *",
      f"20 exact USD * {NOW} *"], "en"),
    # negative: a range's conversion stays a range
    ("Prices range from 11,500 to 12,000 tenge (US$27 to US$29).",
     [f"11500 at_least KZT * {NOW} *", f"12000 at_most KZT * {NOW} *", f"27 at_least USD * {NOW} *",
      f"29 at_most USD * {NOW} *"], "en"),
])
def test_set93_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# Set 94's classes (fixed in the fourteenth session): a space the copy lost before an amount ("spent3 billion"); the
# body's last sentence without its full stop above a byline; a Kazakh scale of amounts "X-тен Y-ге дейінгі мөлшерде"
# is a range whatever verb of growing follows; so many children "or more" with the amount paid for them is a category;
# "N балалы" describes a family; a whole split into parts counts nothing.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("The foundation spent3 billion tenge in 2021 on health projects.",
     ["3e+09 exact KZT * 2021-01-01..2021-12-31 *"], "en"),
    ("В 2021 году фонд потратил3 млрд тенге на проекты.", ["3e+09 exact KZT * 2021-01-01..2021-12-31 *"], "ru"),
    # negatives: a name's digits take no scale word
    ("Covid19 cases rose in 2021.", [], "en"),
    ("Балаларға 21 266 теңгеден 32 859 теңгеге дейінгі мөлшерде ұлғайта отырып төленеді.",
     [f"21266 at_least KZT * {NOW} *", f"32859 at_most KZT * {NOW} *"], "kk"),
    ("Birinshi, ekinshi balalarǵa 21 266 teńgeden 32 859 teńgege deıingi mólsherde ulǵaıta otyryp tólenedi.",
     [f"21266 at_least KZT * {NOW} *", f"32859 at_most KZT * {NOW} *"], "kk"),
    ("Járdemaqy 21 266 теңгеден 32 859 теңгеге дейін ұлғайта отырып төленеді.",
     [f"21266 at_least KZT * {NOW} *", f"32859 at_most KZT * {NOW} *"], "kk"),
    # negative: a change that happened stays a change
    ("Жәрдемақы 2023 жылы 21 266 теңгеден 32 859 теңгеге дейін ұлғайтылды.",
     ["21266 exact KZT * 2023-01-01..2023-12-31 *", "32859 exact KZT * 2023-01-01..2023-12-31 *"], "kk"),
    ("Birjolǵy qoldaý 164 350 teńgege jetse, tórt, odan da kóp balaǵa 272 475 teńge tólenedi.",
     [f"164350 exact KZT * {NOW} *", f"272475 exact KZT * {NOW} *"], "kk"),
    ("Төрт және одан да көп балаға 272 475 теңге төленеді.", [f"272475 exact KZT * {NOW} *"], "kk"),
    # negative: children helped "or more" with no amount for them stay a count
    ("Қор 2022 жылы 40 және одан да көп балаға көмектесті.",
     ["40 at_least persons * 2022-01-01..2022-12-31 *"], "kk"),
    ("Birinshi balasyna – 24 912 teńge alsa, eki balaly bolǵanda – 29 454 teńge alady.",
     [f"24912 exact KZT * {NOW} *", f"29454 exact KZT * {NOW} *"], "kk"),
    ("Екі балалы отбасыға 29 454 теңге төленеді.", [f"29454 exact KZT * {NOW} *"], "kk"),
    # negative: a count of large families stays
    ("Ауданда 150 көп балалы отбасы бар.", [f"150 exact families * {NOW} *"], "kk"),
    ("Қаржы жұмсауға қатысты елдің пікірі екіге жарылды.", [], "kk"),
    ("Аудан екі бөлікке бөлінді, 40 ерікті көмектесті.", [f"40 exact persons * {NOW} *"], "kk"),
    ("Населенный пункт так и остался разделен на две части.", [], "ru"),
    ("The village was split in two by the river, and 40 volunteers helped.", [f"40 exact persons * {NOW} *"], "en"),
    # negatives: parts listed after a colon, and categories a race is divided into, are counts
    ("Мы подразделяемся на три части: поисковая, гуманитарная команда и юные волонтёры.", [f"3 exact * * {NOW} *"],
     "ru"),
    ("The main distance will be divided into three age categories.", [f"3 exact * * {NOW} *"], "en"),
])
def test_set94_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


def test_the_last_sentence_above_a_byline_keeps_its_figure() -> None:
    page = ("Keys handed to 186 families\n\n19 November 2020, 18:18\n\nAccording to the press service, 186 families "
            "have been handed the keys to flats in the city.\n\nSeven multi-story residences for those in the waiting "
            "lists have been constructed in the region's districts\n\n\nAdlet Seilkhanov\n\nNorth Kazakhstan region\n")
    assert [g.split()[0] for g in read(page, "en", published=None)] == ["186", "7"]
    # negative: above a line that is no name ("Leave a comment") the line stays a title-like line
    assert [g.split()[0] for g in read(page.replace("Adlet Seilkhanov", "Leave a comment"), "en",
                                       published=None)] == ["186"]
    # negative: a "read also" line above the comment prompt is no sentence of the body
    promo = ("Families to get more\n\n12 March 2020\n\nThe ministry said 159 families applied for the allowance this "
             "week.\n\nRead also: Allowance for 15 children to reach 159 thousand tenge, the minister said today\n\n"
             "Leave a comment\n")
    assert [g.split()[0] for g in read(promo, "en", published=None)] == ["159"]


# Set 95's classes (after it was scored): a Kazakh count with its noun after the hyphen before "more than"
# ("1000-қаптан аса"); the Kazakh "килограм" with one "м"; a full or half hour with its Kazakh ending whatever word
# follows ("10.00-12.00-де Астана қаласының"); numbers in brackets after place names, one of them no age, are counts;
# a share "of this sum" takes the period of the sum before it.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Канал ернеулерін дамбылауға 1000-қаптан аса құм төселді.", [f"1000 at_least * * {NOW} *"], "kk"),
    ("Кеше 500-адамнан астам тұрғын жиналды.", [f"500 at_least * * {NOW} *"], "kk"),
    # negative: a numbered thing stays a label
    ("Шара 110-мектепте өтті, 30 оқушы қатысты.", [f"30 exact persons * {NOW} *"], "kk"),
    ("Qyzmetkerler 2000 kılogramnan astam azyqtyq tuz daıyndap qoıdy.", [f"2000 at_least kg * {NOW} *"], "kk"),
    ("Қызметкерлер 2000 килограмнан астам тұз дайындады.", [f"2000 at_least kg * {NOW} *"], "kk"),
    ("Бүгін сағат 10.00-12.00-де Астана қаласының филиалында 40 дәрігер қабылдайды.",
     [f"40 exact * * {NOW} *"], "kk"),
    # negative: a measured decimal stays
    ("Қоймаға 12.30 тонна ұн жеткізілді.", [f"12.3 exact tonnes * {NOW} *"], "kk"),
    ("Событие посетили граждане Европы (166), Северной и Латинской Америки (40), Африки (3) и Ближнего Востока (93).",
     [f"166 exact * * {NOW} *", f"40 exact * * {NOW} *", f"3 exact * * {NOW} *", f"93 exact * * {NOW} *"], "ru"),
    ("Runners came from Europe (166), Latin America (40) and Africa (3).",
     [f"166 exact * * {NOW} *", f"40 exact * * {NOW} *", f"3 exact * * {NOW} *"], "en"),
    # negative: ages in brackets after names, none of them a count
    ("Yuri (78) and Vasilina (76) Vakulko received 50 food kits.", [f"50 exact * * {NOW} *"], "en"),
    ("Согласно исследованию за 2019–2023 годы, участники тратят 7,9 млн тенге. 39 процентов этой суммы тратят "
     "туристы.", ["7.9e+06 exact KZT * 2019-01-01..2023-12-31 *", "39 exact percent * 2019-01-01..2023-12-31 *"], "ru"),
    ("2021 жылы қор 3 млрд теңге жұмсады. Осы соманың 40 пайызы ауруханаларға бөлінді.",
     ["3e+09 exact KZT * 2021-01-01..2021-12-31 *", "40 exact percent * 2021-01-01..2021-12-31 *"], "kk"),
    # negative: a share of something else is dated by the page
    ("В 2021 году фонд потратил 3 млрд тенге. 40 процентов волонтеров – студенты.",
     ["3e+09 exact KZT * 2021-01-01..2021-12-31 *", f"40 exact percent * {NOW} *"], "ru"),
])
def test_set95_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


def test_another_storys_headline_inside_the_body_is_skipped() -> None:
    page = ("Ақтөбеде қарттарға арналған курстар ашылды\n"
            "Ақтөбедегі университетте 50 жастан асқан қала тұрғындарына арналған курстар басталды, оған көп адам "
            "жазылды.\n"
            "Мысалы, өткен жылы бұл курстардан 65 тыңдаушы өтсе, биыл олардың саны 180-ге жеткен.\n"
            "Қазақстанда жасы 100 жастан асқан 420-дан астам қария бар: Ең қарт адам қай аймақта тұрады\n"
            "Зейнеткерлердің алға қойған мақсаттары үлкен, олар бизнес ашуды, немерелеріне білім беруді көздейді.\n")
    assert [g.split()[0] for g in read(page, "kk", published=None)] == ["65", "180"]
    # negative: a headline line that states no question keeps the body's reading
    told = page.replace(": Ең қарт адам қай аймақта тұрады", " деп хабарлады облыстық денсаулық сақтау басқармасы")
    assert [g.split()[0] for g in read(told, "kk", published=None)] == ["65", "180", "420"]


# Development classes (fourteenth session): a Russian sentence opening with a completed participle goes on with the
# report of the sentence before ("Впервые выявлено …"), a register's count does not; Kazakh "Оның 37,3 пайызы" is a
# part of the total just told.
@pytest.mark.parametrize(("text", "expected", "lang", "published"), [
    ("В 2025 году скрининг прошли 200 021 человек. Впервые выявлено 7 787 заболеваний.",
     ["200021 exact persons * 2025-01-01..2025-12-31 *", "7787 exact * * 2025-01-01..2025-12-31 *"], "ru",
     dt.date(2026, 2, 5)),
    ("В 2024 году прошла акция. Собрано 300 литров крови, выявлено 12 новых доноров.",
     ["300 exact liters * 2024-01-01..2024-12-31 *", "12 exact * * 2024-01-01..2024-12-31 *"], "ru",
     dt.date(2025, 6, 5)),
    # negatives: a register's count and a plan stay of the page's day
    ("В 2025 году скрининг прошли 200 021 человек. Зарегистрировано 7 787 волонтеров.",
     ["200021 exact persons * 2025-01-01..2025-12-31 *", "7787 exact persons * 2026-02-05..2026-02-05 *"], "ru",
     dt.date(2026, 2, 5)),
    ("2020 жылы мұражайға келушілердің саны 2 миллион 351 мыңды құраған. Оның 37,3 пайызы (877,2 мың) – балалар.",
     ["2.351e+06 exact * * 2020-01-01..2020-12-31 *", "37.3 exact percent * 2020-01-01..2020-12-31 *",
      "877200 exact * * 2020-01-01..2020-12-31 *"], "kk", dt.date(2021, 4, 22)),
])
def test_reports_that_go_on(text: str, expected: list[str], lang: str, published: dt.date) -> None:
    assert_figures(text, read(text, lang, published=published), expected)


# Set 96's classes (after it was scored): an undated page whose year's figure is told as "N% less/more" (than now) is
# of the year after; "the same date in 2021" is a base of the year before; a year inside a phrase that dates a thing
# named after the figure ("a hospital complex initiated in 2021") is not the figure's; a currency sign before a dash
# range's low end; bracketed number words after a place; "в пределах"; a Kazakh bound after the last of coordinated
# numbers; the report of a sentence set against a "тогда как" clause; a grouped number with a decimal point.
@pytest.mark.parametrize(("text", "expected", "lang", "published"), [
    ("Өнімділік 13,5 ц/га болғанда 21,6 млн тонна астық бастырылды. Айта кетсек, 2021 жылы 15,8 млн тонна немесе "
     "26,5%-ға аз астық бастырылған.",
     ["13.5 exact * * 2022-01-01..2022-12-31 *", "2.16e+07 exact tonnes * 2022-01-01..2022-12-31 *",
      "1.58e+07 exact tonnes * 2021-01-01..2021-12-31 *", "26.5 exact percent * 2021-01-01..2021-12-31 *"], "kk", None),
    ("Собрано 21,6 млн тонн зерна. В 2021 году собрали 15,8 млн тонн, или на 26,5% меньше.",
     ["2.16e+07 exact tonnes * 2022-01-01..2022-12-31 *", "1.58e+07 exact tonnes * 2021-01-01..2021-12-31 *",
      "26.5 exact percent * 2021-01-01..2021-12-31 *"], "ru", None),
    # negative: a named base keeps the year the text's
    ("В 2021 году собрали 15,8 млн тонн, на 26,5% меньше, чем в 2020 году.",
     ["1.58e+07 exact tonnes * 2021-01-01..2021-12-31 *", "26.5 exact percent * 2021-01-01..2021-12-31 *"], "ru",
     None),
    ("Farmers reaped 11.3 mln ha with the yield at 1.2 t/ha (0.89 t/ha as of the same date in 2021).",
     ["1.13e+07 exact * * 2022-01-01..2022-12-31 *", "1.2 exact * * 2022-01-01..2022-12-31 *",
      "0.89 exact * * 2021-01-01..2021-12-31 *"], "en", None),
    ("The government allocated 28.2 billion tenge to complete a hospital complex initiated in 2021 in Ridder.",
     ["2.82e+10 exact KZT * 2024-11-20..2024-11-20 *"], "en", dt.date(2024, 11, 20)),
    ("Правительство выделило 28,2 млрд тенге на завершение комплекса, начатого в 2021 году.",
     ["2.82e+10 exact KZT * 2024-11-20..2024-11-20 *"], "ru", dt.date(2024, 11, 20)),
    # negatives: a year the sentence states for itself
    ("The complex was built in 2021 for 500 patients.", ["500 exact * * 2021-01-01..2021-12-31 *"], "en",
     dt.date(2024, 11, 20)),
    ("Комплекс построен в 2021 году на 500 мест.", ["500 exact * * 2021-01-01..2021-12-31 *"], "ru",
     dt.date(2024, 11, 20)),
    ("Заводы продадут автобусы по $14-16 тыс.", ["14000 at_least USD * 2025-01-01..2025-01-01 *",
                                                 "16000 at_most USD * 2025-01-01..2025-01-01 *"], "ru",
     dt.date(2025, 1, 1)),
    ("Buses cost $14-16 thousand each.", ["14000 at_least USD * 2025-01-01..2025-01-01 *",
                                          "16000 at_most USD * 2025-01-01..2025-01-01 *"], "en", dt.date(2025, 1, 1)),
    ("Tickets cost $14-16 each.", ["14 at_least USD * 2025-01-01..2025-01-01 *",
                                   "16 at_most USD * 2025-01-01..2025-01-01 *"], "en", dt.date(2025, 1, 1)),
    ("Далее следуют Северо-Казахстанская область (две тысячи шестьсот) и Шымкент (две тысячи пятьсот).",
     ["2600 exact * * 2025-01-01..2025-01-01 *", "2500 exact * * 2025-01-01..2025-01-01 *"], "ru",
     dt.date(2025, 1, 1)),
    # negative: a name's translation in brackets
    ("Они играли в тогызкумалак (девять камней), пришли 40 детей.", ["40 exact persons * 2025-06-01..2025-06-01 *"],
     "ru", dt.date(2025, 6, 1)),
    ("Западно-Казахстанская область - в пределах двух тысяч семьсот гостей.",
     ["2700 at_most persons * 2025-01-01..2025-01-01 *"], "ru", dt.date(2025, 1, 1)),
    ("Шығымдылығы 10,0 және 11,7 центнерден аспай отырған аудандар төмен өнім алды.",
     ["10 at_most * * 2013-09-23..2013-09-23 *", "11.7 at_most * * 2013-09-23..2013-09-23 *"], "kk",
     dt.date(2013, 9, 23)),
    # negative: a number with its own noun keeps its own qualifier
    ("Ауданда 100 адам және 200 тоннадан астам астық жиналды.",
     ["100 exact persons * 2013-09-23..2013-09-23 *", "200 at_least tonnes * 2013-09-23..2013-09-23 *"], "kk",
     dt.date(2013, 9, 23)),
    ("На субсидирование в этом году выделено 944 млн тенге, тогда как в прошлом году — 269,5 млн. Для посевной "
     "выделено 12 тысяч тонн дизтоплива.",
     ["9.44e+08 exact KZT * 2020-01-01..2020-03-17 *", "2.695e+08 exact KZT * 2019-01-01..2019-12-31 *",
      "12000 exact tonnes * 2020-01-01..2020-03-17 *"], "ru", dt.date(2020, 3, 17)),
    ("Allocated from the local budget KZT 27 727.8 thousand for equipment.",
     ["2.77278e+07 exact KZT * 2019-07-01..2019-07-01 *"], "en", dt.date(2019, 7, 1)),
    ("In 2019, 27 727.8 tonnes were collected.", ["27727.8 exact tonnes * 2019-01-01..2019-12-31 *"], "en",
     dt.date(2019, 7, 1)),
])
def test_set96_classes(text: str, expected: list[str], lang: str, published: dt.date | None) -> None:
    assert_figures(text, read(text, lang, published=published), expected)


def test_a_line_broken_after_covering_goes_on() -> None:
    page = ("Culture in the region\n\nThere are 410 state cultural organizations in the region, and all of them work."
            "\nIn regional houses of culture and club institutions, 4289 cultural events were held, covering\n"
            "800 010 viewers.\n10391 people are involved in 839 amateur art groups.\n")
    assert [g.split()[0] for g in read(page, "en", published=dt.date(2019, 7, 1))] == \
        ["410", "4289", "800010", "10391", "839"]


# Development classes (fourteenth session, continued): a part told before "из них / of them" is of the total's time;
# a present perfect passive in a sentence that draws on the one before goes on with its report.
@pytest.mark.parametrize(("text", "expected", "lang", "published"), [
    ("В 2021 году мерами поддержки были охвачены 26,9 тыс. человек. 21,1 тыс. из них стали участниками программы.",
     ["26900 exact persons * 2021-01-01..2021-12-31 *", "21100 exact * * 2021-01-01..2021-12-31 *"], "ru",
     dt.date(2022, 2, 15)),
    ("In 2021, 26,900 people were supported. 21,100 of them joined the programme.",
     ["26900 exact persons * 2021-01-01..2021-12-31 *", "21100 exact * * 2021-01-01..2021-12-31 *"], "en",
     dt.date(2022, 2, 15)),
    ("In 2016, the Center received 14 010 people.\n\nSo, in the course of social support 7628 people have been "
     "employed.", ["14010 exact persons * 2016-01-01..2016-12-31 *", "7628 exact persons * 2016-01-01..2016-12-31 *"],
     "en", dt.date(2017, 3, 6)),
    # negative: without the pointer back, the present perfect is of now
    ("In 2016, the Center received 14 010 people.\n\nIn the course of social support 7628 people have been employed.",
     ["14010 exact persons * 2016-01-01..2016-12-31 *", "7628 exact persons * 2017-03-06..2017-03-06 *"], "en",
     dt.date(2017, 3, 6)),
])
def test_parts_and_reports_that_go_on(text: str, expected: list[str], lang: str, published: dt.date) -> None:
    assert_figures(text, read(text, lang, published=published), expected)


# Set 97's classes (after it was scored): a breakdown of the statistic just given ("In the sectoral structure, …")
# goes on from its period, and so do multiples of the national average; "the corresponding quarter of 2020" is a base;
# a base's value in brackets keeps later figures of the sentence off the base; a base year lends no year to a
# yearless month; a rise told on against the base of the sentence before runs from the base to now; decades by two
# digits; "превышало"; "превысит отметку в"; Latin look-alikes in runs inside Cyrillic words; the Kazakh Cyrillic
# "І" of a Roman quarter; a quarter of the year so far pins an undated text's year despite "былтыр"; age groups named
# in brackets; a range across places; "one-fourth"; a share after "связи" is no phone number.
@pytest.mark.parametrize(("text", "expected", "lang", "published"), [
    ("In 2021 Q2, the average wage stands at 251,508 tenge. The index for the corresponding quarter of 2020 was "
     "118.6%.\n\nIn the sectoral structure, the highest wages were recorded in finance - 472.5 thousand tenge (1.9 "
     "times higher than the national average).",
     ["251508 exact KZT * 2021-04-01..2021-06-30 *", "118.6 exact percent * 2020-01-01..2020-12-31 *",
      "472500 exact KZT * 2021-04-01..2021-06-30 *", "1.9 exact ratio * 2021-04-01..2021-06-30 *"], "en",
     dt.date(2021, 8, 2)),
    # negative: a paragraph that does not point back is of the page's day
    ("In 2021 Q2, the average wage stands at 251,508 tenge.\n\nThe highest wages were recorded in finance - 472.5 "
     "thousand tenge.", ["251508 exact KZT * 2021-04-01..2021-06-30 *", "472500 exact KZT * 2021-08-02..2021-08-02 *"],
     "en", dt.date(2021, 8, 2)),
    ("The natural increase in January-September 2022 compared to the corresponding period last year (201.2 thousand "
     "people) decreased by 1.6% and amounted to 198 thousand people.",
     ["201200 exact persons * 2021-01-01..2021-12-31 *", "1.6 exact percent * 2021-01-01..2021-12-31 *",
      # (since 3.14 the level reached is of the time the sentence opens with, before its comparison: its gold's 2022)
      "198000 exact persons * 2022-01-01..2022-09-30 *"], "en", dt.date(2022, 11, 11)),
    ("The number of births in January-September amounted to 299.7 thousand, which is 11.5% less than in the same "
     "period in 2021.", ["299700 exact * * 2022-01-01..2022-09-30 *", "11.5 exact percent * 2021-01-01..2021-12-31 *"],
     "en", dt.date(2022, 11, 11)),
    ("— По сравнению с соответствующим кварталом 2022 года наибольший рост зарплаты – 29%. В образовании рост "
     "составил 18%.", ["29 exact percent * 2022-01-01..2022-12-31 *", "18 exact percent * 2022-01-01..2024-02-09 *"],
     "ru", dt.date(2024, 2, 9)),
    ("If we look at the 90s, then the number of crimes exceeded 200 thousand.",
     ["200000 at_least * * 1990-01-01..1999-12-31 *"], "en", dt.date(2025, 2, 14)),
    ("В 90-х число преступлений превышало 200 тысяч.", ["200000 at_least * * 1990-01-01..1999-12-31 *"], "ru",
     dt.date(2025, 2, 14)),
    ("90-жылдары қылмыс саны 200 мыңнан асты.", ["200000 at_least * * 1990-01-01..1999-12-31 *"], "kk",
     dt.date(2025, 2, 14)),
    # negatives: an age and a place in a ranking
    ("A woman in her 90s received 50 food kits.", ["50 exact * * 2025-02-14..2025-02-14 *"], "en",
     dt.date(2025, 2, 14)),
    ("Собрали 90-е место и 300 литров.", ["300 exact liters * 2025-02-14..2025-02-14 *"], "ru", dt.date(2025, 2, 14)),
    ("В 2022 году объем впервые превысит отметку в 1 трлн тенге.", ["1e+12 at_least KZT * 2022-01-01..2022-12-31 *"],
     "ru", dt.date(2022, 5, 10)),
    ("Биылғы бірінші тоқсанда елордада 300-дeн ac\u0430 өрт оқиғacы тiркeлген.",
     ["300 at_least * * 2025-01-01..2025-03-31 *"], "kk", dt.date(2025, 5, 14)),
    ("2018 жылдың ІІ тоқсанында орташа жалақы 152,4 мың теңге.", ["152400 exact KZT * 2018-04-01..2018-06-30 *"], "kk",
     dt.date(2018, 9, 10)),
    ("Women - 27 thousand tenge (in the age groups 18-29 and 30-58 years).",
     ["27000 exact KZT * 2018-09-07..2018-09-07 *"], "en", dt.date(2018, 9, 7)),
    ("The living wage ranges from 25.5 thousand tenge in Zhambyl and Turkestan regions to 36.3 thousand tenge in "
     "Mangystau oblast.",
     ["25500 at_least KZT * 2018-09-07..2018-09-07 *", "36300 at_most KZT * 2018-09-07..2018-09-07 *"], "en",
     dt.date(2018, 9, 7)),
    ("Прожиточный минимум колеблется от 25,5 тыс. тенге в Жамбылской области до 36,3 тыс. тенге в Мангистауской.",
     ["25500 at_least KZT * 2018-09-07..2018-09-07 *", "36300 at_most KZT * 2018-09-07..2018-09-07 *"], "ru",
     dt.date(2018, 9, 7)),
    ("Deaths from crashes with pedestrians account for a one-fourth of road deaths.",
     ["25 approx percent * 2018-09-07..2018-09-07 *"], "en", dt.date(2018, 9, 7)),
    ("Наибольший рост в отраслях финансов – 29%, информации и связи – 23%.",
     ["29 exact percent * 2018-09-07..2018-09-07 *", "23 exact percent * 2018-09-07..2018-09-07 *"], "ru",
     dt.date(2018, 9, 7)),
    # negative: a number after "связи" with no share is a phone number
    ("Телефон для связи: 1406.", [], "ru", dt.date(2018, 9, 7)),
])
def test_set97_classes(text: str, expected: list[str], lang: str, published: dt.date) -> None:
    assert_figures(text, read(text, lang, published=published), expected)


def test_a_quarter_so_far_pins_an_undated_texts_year() -> None:
    page = ("Жалақы өсті\n\n2018 жылдың І тоқсан қорытындысы бойынша орташа жалақы 152,4 мың теңге. Бұл 2017 жылмен "
            "салыстырғанда 8,7% көп.\n\nАтырау облысында жалақы 279,9 мың теңге болды.\n\nБылтыр құрылыс "
            "саласындағы қызметкерлердің жалақысы өскен.\n")
    got = read(page, "kk", published=None)
    assert got[0].split()[4] == "2018-01-01..2018-03-31"
    assert got[-1].split()[0] == "279900" and got[-1].split()[4].startswith("2018-")


# Set 98's classes (after it was scored): "this year" opening a sentence right after one that opens with the year told
# done is a later year; a Kazakh span of years closed by a passive present-future is a plan's; "from the current N";
# a figure glued after a full stop opens a sentence (not a month's abbreviation); "112 шұғыл шақырту"; the children
# keying an amount of a rate row after a dash.
@pytest.mark.parametrize(("text", "expected", "lang", "published"), [
    ("2018 жылы республикалық бюджеттен 110 мектеп салынды. Биылғы жылы 72 мектеп пайдалануға берілуде.",
     ["110 exact * * 2018-01-01..2018-12-31 *", "72 exact * * 2019-01-01..2019-12-31 *"], "kk", None),
    # negative: a year inside another clause of the sentence before does not make "this year" a later one
    ("Форум өтті, 2017 жылда азаматтар бөлген 43 млрд теңге таныстырылды. Сонымен бірге биылғы жылы облысқа 170 млрд "
     "теңге бөлінді.", ["4.3e+10 exact KZT * 2017-01-01..2017-12-31 *", "1.7e+11 exact KZT * 2017-01-01..2017-12-31 *"],
     "kk", None),
    ("Биыл 102 отбасы баспанаға кірді. Сөйтіп 2023-2025 жылдары 5 мыңға жуық адам тұрғын үймен қамтамасыз етіледі.",
     ["102 exact * * 2023-01-01..2023-12-31 *", "5000 approx persons * 2023-01-01..2025-12-31 *"], "kk", None),
    ("The minimum allowance will grow from the current 17,491 tenge ($116) to 19,066 tenge ($127).",
     ["17491 exact KZT * 2012-12-28..2012-12-28 *", "116 exact USD * 2012-12-28..2012-12-28 *",
      "19066 exact KZT * 2012-12-28..2012-12-28 *", "127 exact USD * 2012-12-28..2012-12-28 *"], "en",
     dt.date(2012, 12, 28)),
    ("Some 1,000 rural schools will be repaired at large.1,231 schools will be renovated by 2029.",
     ["1000 approx * * 2025-05-01..2025-05-01 *", "1231 exact * * 2029-01-01..2029-12-31 *"], "en",
     dt.date(2025, 5, 1)),
    # negative: a month's abbreviation before a day
    ("As of sept.1, about 2.3 million people are in need of housing.",
     ["2.3e+06 approx persons * 2016-09-01..2016-09-01 *"], "en", dt.date(2016, 11, 1)),
    ("Облыс бойынша 2013 жылдың 6 айында 112 шұғыл шақырту пультіне 10793 шақырту келіп түсті.",
     ["10793 exact * * 2013-01-01..2013-06-30 *"], "kk", dt.date(2013, 8, 1)),
    # (a price told from its low end, "от 50 975 тенге", is at least that: ru_cs04's blind gold)
    ("В 2022 году пособия составляют: от 50 975 тенге – за 4 детей; 63 727 тенге – 5 детей; 76 479 тенге – 6 детей.",
     ["50975 at_least KZT * 2022-01-01..2022-12-31 *", "63727 exact KZT * 2022-01-01..2022-12-31 *",
      "76479 exact KZT * 2022-01-01..2022-12-31 *"], "ru", dt.date(2022, 5, 1)),
    # negative: children counted after an amount are counted
    ("Фонд выделил 500 000 тенге – 40 детей получили подарки.",
     ["500000 exact KZT * 2022-05-01..2022-05-01 *", "40 exact persons * 2022-05-01..2022-05-01 *"], "ru",
     dt.date(2022, 5, 1)),
])
def test_set98_classes(text: str, expected: list[str], lang: str, published: dt.date | None) -> None:
    assert_figures(text, read(text, lang, published=published), expected)


# Set 99's classes (after it was scored): an obligation ahead ("must be adapted") names no year of an undated text;
# a year's start ("в начале 2024 года") pins an undated text's year like a part of it; "за прошедший год" is last year;
# a school year named first ("in academic year of 2005-2006").
@pytest.mark.parametrize(("text", "expected", "lang", "published"), [
    ("In 2023, local bodies adapted 4,926 facilities. Starting from 2023 to 2027, at least 5 thousand objects must be "
     "adapted annually.", ["4926 exact * * 2023-01-01..2023-12-31 *", "5000 at_least * * 2023-01-01..2027-12-31 *"],
     "en", None),
    ("За прошедший год около 1,3 тысячи малышей поступили в дома ребенка. Число детей сократилось до 21,4 тысяч в "
     "начале 2024 года.",
     ["1300 approx persons * 2023-01-01..2023-12-31 *", "21400 exact * * 2024-01-01..2024-01-01 *"], "ru", None),
    ("If there were 27,618 persons in academic year of 2005-2006, the number amounted to 43,876 persons in 2018-2019.",
     ["27618 exact persons * 2005-01-01..2006-12-31 *", "43876 exact persons * 2018-01-01..2019-12-31 *"], "en",
     dt.date(2020, 1, 1)),
])
def test_set99_classes(text: str, expected: list[str], lang: str, published: dt.date | None) -> None:
    assert_figures(text, read(text, lang, published=published), expected)


# Set 100's classes (after it was scored): the years since the war ended date an undated text ("соғыстың
# аяқталғанына 74 жыл толуы" = 2019); a deadline ("until 2020") and a target met "ahead of schedule" name no year of
# an undated text; "th" after a decimal is a thousand ("more than 10.0 th vulnerable citizens").
def test_set100_classes() -> None:
    page = ("Бүгін еліміз Ұлы Отан соғысының аяқталғанына 74 жыл толуын атап өтуде.\n\nОблыста соғыс ардагерлеріне "
            "100 АЕК көлемінде біржолғы көмек берілді.\n")
    assert read(page, "kk", published=None)[0].split()[4] == "2019-01-01..2019-12-31"
    ru = "Сегодня отмечаем 74 года со дня окончания войны. Ветеранам выплатили по 100 МРП.\n"
    assert read(ru, "ru", published=None)[0].split()[4] == "2019-01-01..2019-12-31"
    en = ("Work is carried out within the Program for the Development of Regions until 2020. In the period from 2011 "
          "to 2016, 268 facilities were built. The indicator for 2020 is overfulfilled ahead of schedule.\n")
    assert [g.split()[4] for g in read(en, "en", published=None)] == ["2011-01-01..2016-12-31"]
    assert [g.split()[:2] for g in read("More than 10.0 th vulnerable citizens got help (KZT 693.2 th).", "en")] == \
        [["10000", "at_least"], ["693200", "exact"]]
    # negative: an ordinal's "th" after a whole number
    assert [g.split()[0] for g in read("The 5 th anniversary drew 300 people.", "en")] == ["5", "300"]


# Set 101's classes (fixed after the session's last blind set was scored): three numbers or more joined by hyphens name
# a programme ("under 7-20-25 program", "«2-10-20» бағдарламасы"); "more then" is "more than".
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("219 residents got housing under 7-20-25 program, 73 through Zhilstroisberbank.",
     [f"219 exact persons * {NOW} *", f"73 exact * * {NOW} *"], "en"),
    ("Отбасылар «2-10-20» бағдарламасы бойынша 40 пәтер алды.", [f"40 exact * * {NOW} *"], "kk"),
    # negative: a range of two ends stays a range
    ("Волонтеры собрали 10-15 мешков, 200 человек участвовали.",
     [f"10 at_least * * {NOW} *", f"15 at_most * * {NOW} *", f"200 exact persons * {NOW} *"], "ru"),
    ("The program has provided more then $250 million for social projects.", [f"2.5e+08 at_least USD * {NOW} *"], "en"),
    # negative: "then" of time
    ("The fund helped more families then ever, 300 of them.", [f"300 exact * * {NOW} *"], "en"),
])
def test_set101_classes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# A year reached only as the end of a span told done ("from 2011 to 2016 … were built"), then "this year" with no
# year of its own: an undated text is of the year after the span, in every language.
@pytest.mark.parametrize(("text", "lang", "this_year"), [
    ("From 2011 to 2016, 268 facilities were built in the region. This year 4.7 billion tenge was allocated.", "en",
     "2017-01-01..2017-12-31"),
    ("В 2011–2016 годах в области построено 268 объектов водоснабжения. В этом году на эти цели выделено 4,7 млрд "
     "тенге.", "ru", "2017-01-01..2017-12-31"),
    ("С 2011 по 2016 год в области построено 268 объектов. В текущем году на эти цели выделено 4,7 млрд тенге.", "ru",
     "2017-01-01..2017-12-31"),
    ("2011-2016 жылдары өңірде 268 су нысаны салынды. Биыл бұл мақсатқа 4,7 млрд теңге бөлінді.", "kk",
     "2017-01-01..2017-12-31"),
    # negatives: the span's last year told on its own too; "last year" in the text
    ("In 2016, 268 facilities were built. From 2011 to 2016, 900 facilities were built. This year 4.7 billion tenge "
     "was allocated.", "en", "2016-01-01..2016-12-31"),
    ("В 2011–2016 годах построено 268 объектов. В прошлом году выделено 4,7 млрд тенге.", "ru",
     "2016-01-01..2016-12-31"),
])
def test_this_year_after_a_span_told_done(text: str, lang: str, this_year: str) -> None:
    figures = read(text, lang, published=None)
    assert figures[0].split()[4].startswith("2011-01-01..") or figures[0].split()[4] == "2016-01-01..2016-12-31"
    assert figures[-1].split()[4] == this_year


# Set 102's classes (after it was scored): a call to follow the channel broken over lines by the copy is no tail; a
# year told only in a sentence that recalls earlier news ("Remember, in 2024, …", "Напомним, в 2024 году …") is behind
# an undated text; the base of a comparison told before a figure is not its period; the rows of a table told in words
# ("семьи с четырьмя детьми получают …, с пятью — …") are no counts; "the projects to be implemented in 2015" is a
# plan; a year told beside a word of now ("the budget for 2015 so far") is the text's own.
def test_a_channel_promo_broken_over_lines_is_no_tail() -> None:
    page = ("Фонд направит миллиард тенге на детский сад\n\n7 Сентября 2022, 15:09\nПодпишитесь на наш\n"
            "Telegram-канал\nи узнавайте новости первыми!\n\nБлаготворительный фонд направит 1,3 миллиарда тенге на "
            "строительство детского сада в Костанайской области.\n\nДетский сад на 280 мест построят в районе, где "
            "запланировано строительство 91 нового дома для пострадавших.\n")
    assert [g.split()[0] for g in read(page, "ru")] == ["1e+09", "1.3e+09", "280", "91"]
    # negative: a call to subscribe with no channel named, then other headlines, still ends the page
    tail = ("Волонтеры собрали помощь\n\nВ акции приняли участие 120 волонтеров, они собрали продукты для семей "
            "города и района.\n\nПодпишитесь на наш\nсайт\n\nЦены на бензин выросли до 300 тенге за литр")
    assert [g.split()[0] for g in read(tail, "ru")] == ["120"]


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("The third annual charity marathon gathered 3,000 participants. Remember, in 2024, the group managed to gather "
     "127 million tenge.", "en", "2025"),
    ("В третьем благотворительном марафоне участвовали 3000 человек. Напомним, в 2024 году участники собрали 127 "
     "млн тенге.", "ru", "2025"),
    ("Үшінші қайырымдылық марафонына 3000 адам қатысты. Еске сала кетейік, 2024 жылы қатысушылар 127 млн теңге "
     "жинады.", "kk", "2025"),
    # negatives: a month of that year may be the text's own; a year told outside a recall dates the text
    ("The charity marathon gathered 3,000 participants. Remember, in March 2024, the group gathered 127 million "
     "tenge.", "en", "2024"),
    ("In 2024, the charity marathon gathered 3,000 participants. Remember, in 2024, the group gathered 127 million "
     "tenge.", "en", "2024"),
])
def test_a_recalled_year_is_behind_an_undated_text(text: str, lang: str, year: str) -> None:
    assert read(text, lang, published=None)[0].split()[4].startswith(year)


@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Employees collected 65 kg of batteries, which is 26% more than in 2020, and 5.5 tons of waste paper.",
     [f"65 exact kg * {NOW} *", f"26 exact percent * {NOW} *", f"5.5 exact tonnes * {NOW} *"], "en"),
    ("Сотрудники собрали 65 кг батареек, что на 26% больше, чем в 2020 году, и 5,5 тонны макулатуры.",
     [f"65 exact kg * {NOW} *", f"26 exact percent * {NOW} *", f"5.5 exact tonnes * {NOW} *"], "ru"),
    # negative: a year told as the time of the report stays the period of the figures after it
    ("In 2020, employees collected 65 kg of batteries and 5.5 tons of waste paper.",
     ["65 exact kg * 2020-01-01..2020-12-31 *", "5.5 exact tonnes * 2020-01-01..2020-12-31 *"], "en"),
    ("Семьи с четырьмя детьми получают около 63 тысяч тенге, с пятью — почти 79 тысяч, с шестью — около 95 тысяч.",
     [f"63000 approx KZT * {NOW} *", f"79000 almost * * {NOW} *", f"95000 approx * * {NOW} *"], "ru"),
    ("Families with four children receive 63,000 tenge, with five – 79,000, with six - 95,000.",
     [f"63000 exact KZT * {NOW} *", f"79000 exact * * {NOW} *", f"95000 exact * * {NOW} *"], "en"),
    # negative: a count after "with" and a dash in a sentence with no family row
    ("Волонтеры встретились с 30 — 40 детьми из приютов.", [f"30 at_least persons * {NOW} *",
                                                          f"40 at_most persons * {NOW} *"], "ru"),
])
def test_set102_figures(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


@pytest.mark.parametrize(("text", "year"), [
    # "to be implemented in 2015" is a plan, "so far" puts the budget's year now: "last year" is 2014
    ("The projects to be implemented in 2015 were chosen. We haven't changed the budget for 2015 so far. Last year "
     "$25 million were spent on kindergartens.", "2014"),
    ("We haven't changed the budget for 2015 so far. Last year $25 million were spent on kindergartens.", "2014"),
    # negatives: a year reported done with "last year" beside it: the text is of the year after
    ("In 2015, out of 50 applications they selected 6. Last year $25 million were spent on kindergartens.", "2015"),
    ("192 centers are functioning to date and more than 2,000 consultations were provided in 2014. Last year $25 "
     "million were spent on kindergartens.", "2014"),
])
def test_last_year_of_an_undated_text_with_plans(text: str, year: str) -> None:
    assert read(text, "en", published=None)[-1].split()[4].startswith(year)


@pytest.mark.parametrize(("sentence", "future"), [
    ("as for the projects to be implemented in 2015, they selected 6 of 50 applications.", True),
    ("12 schools to be built in 2019 were named.", True),
    # negatives: "used to be", "seems to be" are no deeds ahead; a deed done
    ("the park used to be opened in 2015 only on sundays.", False),
    ("in 2015 the fund implemented 6 projects.", False),
])
def test_a_deed_still_to_be_done_is_about_the_future(sentence: str, future: bool) -> None:
    from loaders.extract.named_years import about_the_future as _about_the_future
    assert _about_the_future(sentence) is future


@pytest.mark.parametrize(("hint", "lang"), [
    ("Введите не менее 4х символов...", "ru"), ("Введите минимум 3 символа", "ru"),
    ("Enter at least 3 characters", "en"), ("Кемінде 3 таңба енгізіңіз", "kk"),
])
def test_a_search_box_hint_is_chrome(hint: str, lang: str) -> None:
    body = {"ru": "В этом году в регионе появились водопроводы в 11 селах области, сообщили в акимате.",
            "en": "This year water pipes reached 11 villages of the region, the akimat reported on Monday.",
            "kk": "Биыл облыстың 11 ауылына су құбыры тартылды, деп хабарлады облыс әкімдігі."}[lang]
    page = f"Water for villages\n\n{hint}\n\n{body}\n"
    assert [g.split()[0] for g in read(page, lang)] == ["11"]
    # negative: a sentence that asks to enter at least so many signatures is prose, its number a figure
    if lang == "ru":
        prose = "Волонтеры просят жителей ввести не менее 4 тысяч подписей под обращением, собрано уже 900."
        assert [g.split()[0] for g in read(prose, lang)] == ["4000", "900"]


# A part told "of them" over one sentence without a number is of the time of the count the report opened with.
@pytest.mark.parametrize(("text", "lang", "part_period"), [
    ("За прошлый 2023 год около 1,3 тысячи малышей поступили в дома ребенка, когда в 2022 году число составило 831. "
     "Далеко не все из них признаны сиротами. Лишь 546 из них остались без попечения родителей.", "ru",
     "2023-01-01..2023-12-31"),
    ("In 2023, about 1,300 infants entered baby homes, against 831 in 2022. Not all of them are orphans. Only 546 of "
     "them were left without parental care.", "en", "2023-01-01..2023-12-31"),
    ("2023 жылы 1300-ге жуық сәби балалар үйіне түсті, ал 2022 жылы бұл көрсеткіш 831 болды. Олардың бәрі жетім "
     "емес. Олардың ішінде 546 бала ата-ана қамқорлығынсыз қалды.", "kk", "2023-01-01..2023-12-31"),
])
def test_a_part_over_a_numberless_sentence(text: str, lang: str, part_period: str) -> None:
    figures = read(text, lang, published=dt.date(2024, 3, 1))
    assert figures[-1].split()[0] == "546" and figures[-1].split()[4] == part_period


def test_a_part_across_a_sentence_with_a_number_keeps_its_own_time() -> None:
    # negative: a sentence with a number of its own between the count and the part breaks the thread
    text = ("In 2023, about 1,300 infants entered baby homes. The program has run since 2015 in 14 cities. Only 546 "
            "of them were left without parental care.")
    figures = read(text, "en", published=dt.date(2024, 3, 1))
    assert figures[-1].split()[0] == "546" and not figures[-1].split()[4].startswith("2023-01-01")


# Set 103's classes (after it was scored): "выше / ниже" before a number bound it ("износ выше 90 процентов"), not
# "выше на 5 процентов"; a number scaled by its word is no day of a month ("15 мың мая шөп", haystacks); "в 1 класс",
# "в 11 классе" name a grade; the two values in brackets after a multiple ("4,7 есе (1 245/5 887)") are figures; a
# change "from … to … since 2014" under a word of now takes the span's first year for its first value.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("На сегодняшний день у нас износ выше 90 процентов всех машин.", [f"90 at_least percent * {NOW} *"], "ru"),
    ("Смертность ниже 2 процентов, а зарплата в столице выше 400 тысяч тенге.",
     [f"2 at_most percent * {NOW} *", f"400000 at_least KZT * {NOW} *"], "ru"),
    # negatives: by how much, not a bound
    ("Показатель стал выше на 5 процентов, а расходы ниже на 24,5%.",
     [f"5 exact percent * {NOW} *", f"24.5 exact percent * {NOW} *"], "ru"),
    ("Алға ауданы 15 мың мая шөп жібереді.", [f"15000 exact * * {NOW} *"], "kk"),
    # negative: a day of May stays a date
    ("Акция пройдет 15 мая, в ней участвуют 200 волонтеров.", ["200 exact persons * 2025-05-15..2025-05-15 *"], "ru"),
    ("В этом году в 1 класс пойдут 12 тысяч детей, в 11 классе учатся 300 детей.",
     ["12000 exact persons * 2025-01-01..2025-06-15 *", "300 exact persons * * *"], "ru"),
    # negative: so many classrooms
    ("Мебель поставили в 2 класса и 12 кабинетов.", [f"2 exact * * {NOW} *", f"12 exact * * {NOW} *"], "ru"),
    ("Үндістаннан 4,7 есе (1 245/5 887), Ираннан 3,8 есе (237/897) өсті.",
     [f"4.7 exact ratio * {NOW} *", f"1245 exact * * {NOW} *", f"5887 exact * * {NOW} *",
      f"3.8 exact ratio * {NOW} *", f"237 exact * * {NOW} *", f"897 exact * * {NOW} *"], "kk"),
    ("Visits from India grew 4.7 times (1,245/5,887) last summer.",
     ["4.7 exact ratio * * *", "1245 exact * * * *", "5887 exact * * * *"], "en"),
    # negative: a slash pair with no multiple before it is a code or a schedule
    ("The centre works 24/7 and helped 300 families.", [f"300 exact families * {NOW} *"], "en"),
])
def test_set103_figures(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Presently, the coverage of children with pre-school education has grown from 53.3% to 57.6% since 2014.", "en"),
    ("На сегодняшний день охват детей дошкольным образованием вырос с 53,3% до 57,6% с 2014 года.", "ru"),
])
def test_a_change_since_a_year_under_a_word_of_now(text: str, lang: str) -> None:
    first, second = read(text, lang, published=dt.date(2016, 2, 10))
    assert first.split()[4] == "2014-01-01..2014-12-31" and second.split()[4] == "2016-02-10..2016-02-10"


def test_a_change_with_no_span_under_a_word_of_now_keeps_now() -> None:
    # negative: no span to run along, both values of now
    figures = read("Presently, the coverage is 57.6%, up from 53.3%.", "en", published=dt.date(2016, 2, 10))
    assert [g.split()[4] for g in figures] == ["2016-02-10..2016-02-10"] * 2


def test_a_coming_school_year_dates_an_undated_text_to_its_start() -> None:
    text = ("В следующем 2019-2020 учебном году планируется прием в 1 класс 21 600 учащихся. Это на 2200 учащихся "
            "больше, чем в прошлом году.")
    figures = read(text, "ru", published=None)
    assert figures[-1].split()[4] == "2019-01-01..2019-12-31"


# Development classes (sets 95–103 after scoring): Kazakh "-ға таяды" (nears) is almost, the adverb "таяу" about; a
# change told in brackets after a place ("Костанайская (с 13 до 23 тысяч)") keeps both values exact; the keys of a rate
# table in words ("на двоих – 33, на троих и более – 50 процентов") are no counts and leave the rates exact.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("2025 жылы студенттердің саны 200 мыңға таяды.", ["200000 almost persons * 2025-01-01..2025-12-31 *"], "kk"),
    ("Облыста ауыз сумен қамту 100%-ға таяды, 300-ге таяу ауыл сумен қамтылды.",
     [f"100 almost percent * {NOW} *", f"300 approx * * {NOW} *"], "kk"),
    ("Число спортсменов выросло на 10 тысяч. Это Костанайская (с 13 до 23 тысяч), Кызылординская (с 20 до 30 тысяч).",
     [f"10000 exact persons * {NOW} *", f"13000 exact * * {NOW} *", f"23000 exact * * {NOW} *",
      f"20000 exact * * {NOW} *", f"30000 exact * * {NOW} *"], "ru"),
    # negative: "от … до" in brackets is a range
    ("Цены на жилье (от 300 до 500 тысяч тенге) выросли.",
     [f"300000 at_least KZT * {NOW} *", f"500000 at_most KZT * {NOW} *"], "ru"),
    ("На одного ребенка – 25 процентов, на двоих – 33, на троих и более – 50 процентов.",
     [f"25 exact percent * {NOW} *", f"33 exact * * {NOW} *", f"50 exact percent * {NOW} *"], "ru"),
    ("For one child – 25 percent, for two – 33, for three or more – 50 percent.",
     [f"25 exact percent * {NOW} *", f"33 exact * * {NOW} *", f"50 exact percent * {NOW} *"], "en"),
    # negative: "более –" before a number with no key before it still bounds it
    ("Участников стало более – 500 человек.", [f"500 at_least persons * {NOW} *"], "ru"),
])
def test_development_classes_of_sets_95_to_103(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# Set 104's classes (after it was scored): bullet lines that each state a number are list items, and so are items
# ending with ";" with a bullet alone on the line between them; a deadline's year is no base to count "N years ago"
# from; "as of January", "по состоянию на январь" name that month; "24b tenge" is 24 billion.
def test_bulleted_items_with_numbers_are_kept() -> None:
    page = ("Қандастар қай елден келді\n\n2025 жылдың қорытындысы бойынша 16 805 этникалық қазақ тарихи отанына "
            "оралды. Қазақстанға келген қандастардың\n\n  • 44,5%-ы Өзбекстаннан,\n  • 44,1% – Қытайдан,\n"
            "  • 4% – Түрікменстаннан,\n  • 3% – Монғолиядан.\n")
    assert [g.split()[0] for g in read(page, "kk")] == ["16805", "44.5", "44.1", "4", "3"]
    # negatives: a ticker's and a weather widget's bullets, a poll's answers with their votes are no list
    chrome = ("• usd +0.58%\n  • eur -0.55%\n  • Абай24°С\n  • Аягөз16°С\n  • Да, уже лучше;(44)\n"
              "  • Нет, тяжело;(250)\n\nВолонтеры собрали 120 мешков мусора на берегу реки в субботу утром.\n")
    assert [g.split()[0] for g in read(chrome, "ru")] == ["120"]


def test_semicolon_items_with_lone_bullets_between() -> None:
    page = ("Жастар практикасы\n\nТүркістан облысы көш бастап тұр – мұнда 6 мың жас қатысты. Одан кейінгі "
            "орындарда:\n-\nҚызылорда облысы – 2,3 мың адам;\n-\nЖамбыл облысы – 1,7 мың адам;\n-\n"
            "Ақтөбе облысы – 1,5 мың адам;\n-\nШымкент қаласы – 1,3 мың адам.\n")
    assert [g.split()[0] for g in read(page, "kk")] == ["6000", "2300", "1700", "1500", "1300"]


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("77 млн тенге должны вернуть до конца 2016 года жители, получившие микрокредиты 5 лет назад. Сейчас долг "
     "составляет 20 млн тенге.", "ru", "2016"),
    ("People who got microcredits 5 years ago must return 77 million tenge by the end of 2016. Now the debt is 20 "
     "million tenge.", "en", "2016"),
    # negative: a year told as the time of the deed counts back
    ("Фонд основан 5 лет назад, в 2015 году. Сейчас в фонде 40 волонтеров.", "ru", "2019"),
])
def test_a_deadline_year_is_no_base_for_years_ago(text: str, lang: str, year: str) -> None:
    # the undated text's figure of now is of its year, not of five years after the deadline (2020)
    assert read(text, lang, published=None)[-1].split()[4] == f"{year}-01-01..{year}-12-31"


@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("As of January, the country had 440,000 unemployed citizens.",
     ["440000 exact * * 2025-01-01..2025-01-31 *"], "en"),
    ("По состоянию на январь в стране было 440 тысяч безработных.",
     ["440000 exact * * 2025-01-01..2025-01-31 *"], "ru"),
    # negative: "на" a month without "по состоянию" is no anchor of its own ("талоны на май" stay as of now)
    ("Выдали 300 талонов на май.", [f"300 exact * * {NOW} *"], "ru"),
    ("24b tenge is envisaged in the budget, 3m tenge for prizes, and a 15 m wall was built.",
     [f"2.4e+10 exact KZT * {NOW} *", f"3e+06 exact KZT * {NOW} *", f"15 exact * * {NOW} *"], "en"),
])
def test_set104_figures(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# Set 105's classes (after it was scored): a statistics report's lead ("The preliminary data for Jan.- Dec. 2020
# shows …", "По итогам 2020 года …") dates the breakdown it lists; "All of them …", "Все они …" go on with the whole
# just counted; "A year earlier, …" opening a sentence is the year before the one told; Kazakh "1,9 млн. асты".
@pytest.mark.parametrize(("text", "lang", "periods"), [
    ("The preliminary data for Jan.- Dec. 2020 shows a record 425,600 births in Kazakhstan.\n\nThe most births were "
     "in urban areas with 248,700 newborns (58.4 percent).", "en",
     ["2020-01-01..2020-12-31"] * 3),
    ("По итогам 2020 года в стране родились 425 600 детей.\n\nВ городах родились 248 700 новорожденных (58,4%).",
     "ru", ["2020-01-01..2020-12-31"] * 3),
    # negative: deep in the text, one sentence of a year's results dates its own figure only
    ("Фонд помогает семьям уже много лет, сообщили в акимате. Волонтеры работают в каждом районе области. По итогам "
     "2020 года фонд направил 66 млрд тенге.\n\nСейчас в фонде работают 300 волонтеров.", "ru",
     ["2020-01-01..2020-12-31", "2021-02-19..2021-02-19"]),
])
def test_a_statistics_lead_dates_its_breakdown(text: str, lang: str, periods: list[str]) -> None:
    assert [g.split()[4] for g in read(text, lang, published=dt.date(2021, 2, 19))] == periods


@pytest.mark.parametrize(("text", "lang"), [
    ("At the end of 2019, 18 zoos were operating in Kazakhstan. All of them are located in 9 regions. A year earlier, "
     "visitors were invited to 20 zoos.", "en"),
    ("На конец 2019 года в Казахстане работали 18 зоопарков. Все они расположены в 9 регионах. Годом ранее "
     "посетителей принимали 20 зоопарков.", "ru"),
])
def test_all_of_them_and_a_year_earlier(text: str, lang: str) -> None:
    periods = [g.split()[4] for g in read(text, lang, published=dt.date(2020, 2, 27))]
    assert periods == ["2019-01-01..2019-12-31", "2019-01-01..2019-12-31", "2018-01-01..2018-12-31"]


def test_a_year_earlier_without_a_year_told_is_the_year_before_publication() -> None:
    # negative: nothing told before, "a year earlier" counts from the text's date
    text = "Visitors are invited to 18 zoos. A year earlier, visitors were invited to 20 zoos."
    assert read(text, "en", published=dt.date(2020, 2, 27))[-1].split()[4] == "2019-01-01..2019-12-31"


@pytest.mark.parametrize(("text", "expected"), [
    ("Қазақстандағы киік саны 1,9 млн. асты.", [f"1.9e+06 at_least * * {NOW} *"]),
    # negative: "Аса" opening the next sentence bounds nothing
    ("Облысқа 5 млн. теңге бөлінді. Аса маңызды жоба.", [f"5e+06 exact KZT * {NOW} *"]),
])
def test_kk_exceeded_after_an_abbreviation(text: str, expected: list[str]) -> None:
    _check_read(text, expected, "kk")


# Set 106's classes (after it was scored): a page dated by its URL's month that reports a meeting a few days before
# that month ("at a Dec. 25 government meeting" in a January page) is of the meeting's day; "the same date of 2015"
# makes the text's year the next one, and its "last year" the base (not a bare "compared with 2012").
def _read_with_url(text: str, lang: str, url: str) -> list[str]:
    from loaders.build import process_article

    return [f"{f['value']:g} {f['period_start']}..{f['period_end']}"
            for f in process_article("a.txt", text, "0" * 64, {"url": url, "lang": lang})["figures"]
            if f["duplicate_of"] is None]


@pytest.mark.parametrize(("text", "lang"), [
    ("Heat supply to remain uninterrupted\n\nASTANA – The ministers reported on the heat supply at a Dec. 25 "
     "government meeting.\n\nEight power units, 44 turbines and 500 boiler houses were repaired.", "en"),
    ("Тепло будет\n\nМинистры доложили о подготовке к зиме на заседании правительства 25 декабря.\n\nОтремонтированы "
     "восемь энергоблоков, 44 турбины и 500 котельных.", "ru"),
])
def test_a_meeting_days_before_the_urls_month(text: str, lang: str) -> None:
    figures = _read_with_url(text, lang, "https://example.kz/2019/01/heat-supply")
    assert figures and all(f.endswith("2018-12-25..2018-12-25") for f in figures)


def test_a_meeting_weeks_before_the_urls_month_is_not_its_day() -> None:
    # negative: a day weeks before the month the URL gives is another story's
    text = ("Heat supply\n\nThe ministers reported on the heat supply at a Nov. 5 government meeting.\n\n"
            "Eight power units and 500 boiler houses were repaired.")
    assert not any("2018-11-05" in f for f in _read_with_url(text, "en", "https://example.kz/2019/01/heat"))


@pytest.mark.parametrize(("text", "lang", "last_year"), [
    ("По состоянию на 26 сентября намолочено 20 млн тонн зерна. На аналогичную дату 2015 года было 18 млн тонн. "
     "Урожайность 15 ц/га против 11,7 ц/га в прошлом году.", "ru", "2015-01-01..2015-12-31"),
    ("As of September 26, 20 million tonnes of grain were threshed, against 18 million on the same date of 2015. The "
     "yield was 11.7 c/ha last year.", "en", "2015-01-01..2015-12-31"),
    # negative: a bare "compared with 2012" may be last year's comparison; the text is then of the year after it
    ("В прошлом году зарегистрировано 21 500 ДТП. Количество происшествий возросло на 65 % по сравнению с 2012 "
     "годом.", "ru", "2013-01-01..2013-12-31"),
])
def test_the_same_date_of_a_year_and_last_year(text: str, lang: str, last_year: str) -> None:
    figures = read(text, lang, published=None)
    said_last_year = [f for f in figures if f.split()[0] in ("11.7", "21500")]
    assert said_last_year and said_last_year[0].split()[4] == last_year


# Sets 107–108's classes (after they were scored): "возрастет до 449 тенге" is exact and "с 1 сентября" before a
# perfective future is the coming September; "near 50%" is almost; "в новом 2016 учебном году" dates an undated text;
# a table copied cell by cell after its lead-in ("… as follows:" / "Democracy Programs" / "$13.7 million") is kept.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("С 1 сентября оплата за горячее питание возрастет до 449 тенге.",
     ["449 exact KZT * 2025-09-01..2025-09-01 *"], "ru"),
    # negatives: a rise done since a past day; the noun "возраст" bounds nothing
    ("С 1 марта оплата выросла до 400 тенге.", ["400 exact KZT * 2025-03-01..2025-06-15 *"], "ru"),
    ("Принимают детей в возрасте до 18 лет, в лагере 120 мест.", [f"120 exact * * {NOW} *"], "ru"),
    ("N Kazakhstan reports near 50% drop in ambulance calls", [f"50 almost percent * {NOW} *"], "en"),
    # negative: "near" a place is no bound
    ("The fund built 12 houses near Almaty.", [f"12 exact * * {NOW} *"], "en"),
])
def test_sets_107_108_figures(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


def test_a_new_school_year_named_by_its_start() -> None:
    text = "«В новом 2016 учебном году мы уже ожидаем порядка 38-ми тысяч учащихся. У нас 48 школ."
    assert [g.split()[4] for g in read(text, "ru", published=None)] == ["2016-01-01..2016-12-31"] * 2


def test_a_table_copied_cell_by_cell() -> None:
    page = ("U.S. Assistance to Kazakhstan\n\nThe $90 million budgeted in Fiscal Year 2002 is allocated roughly as "
            "follows:\nDemocracy Programs\n\n$13.7 million\n\nSocial Services\n\n$ 6.0 million\n\nMarket Reform\n\n"
            "$14.0 million\n\nDemocracy programs continue to promote long-term change through exchange programs.\n")
    assert [g.split()[0] for g in read(page, "en")] == ["9e+07", "1.37e+07", "6e+06", "1.4e+07"]
    # negative: a menu of labels and numbers with no lead-in is no table
    menu = ("News\n\nSport\n\n12\n\nCulture\n\n7\n\nThe fund helped 300 families in the city this winter, its "
            "director said.\n")
    assert [g.split()[0] for g in read(menu, "en")] == ["300"]


# Sets 109–110's classes (after they were scored): a list's items with no time of their own take the past period of
# its lead-in ("больше всего ДТП в 2021 году зарегистрировано в:" / "• Алматы - 3230;"), not of a lead-in that tells
# a state now; "the 25th anniversary of the country's independence" dates an undated text over a day of old history;
# "соответственно 1,2 и 1 млрд" share the scale.
def test_list_items_take_the_lead_ins_time() -> None:
    page = ("Назван регион, лидирующий по ДТП\n\nКак сообщили в Генпрокуратуре, больше всего ДТП в 2021 году "
            "зарегистрировано в:\n\n  • Алматы - 3230;\n  • Жамбылской области - 1290.\n\nНаибольшее число погибших "
            "зарегистрировано в:\n\n  • Алматинской области - 463;\n  • Туркестанской области - 319.\n")
    assert [g.split()[4] for g in read(page, "ru", published=dt.date(2022, 2, 21))] == ["2021-01-01..2021-12-31"] * 4
    # negative: a lead-in that tells a state now keeps its items as of now
    state = ("Доступность объектов\n\nИз 680 объектов в регионе для всех категорий лиц с инвалидностью доступны:\n"
             "— объекты здравоохранения – 111;\n— объекты образования – 241.\n")
    assert [g.split()[4] for g in read(state, "ru", published=dt.date(2025, 3, 14))][-2:] == \
        ["2025-03-14..2025-03-14"] * 2
    # negative: a speaker's dash is no list item
    speech = "В 2015 году проект запустили в области.\n— Проект состоит из 2 направлений.\n"
    assert read(speech, "ru", published=dt.date(2022, 8, 9))[-1].split()[4] == "2022-08-09..2022-08-09"


def test_an_anniversary_over_a_day_of_old_history() -> None:
    text = ("The parliament approved an amnesty for some 30,000 people. The president proposed the amnesty to mark "
            "the 25th anniversary of the country's independence, declared on December 16, 1991.")
    assert read(text, "en", published=None)[0].split()[4] == "2016-01-01..2016-12-31"


@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Здесь израсходовано соответственно 1,2 и 1 млрд кубометров воды.",
     [f"1.2e+09 exact * * {NOW} *", f"1e+09 exact * * {NOW} *"], "ru"),
    ("Облыстарға тиісінше 1,2 және 1 млрд теңге бөлінді.",
     [f"1.2e+09 exact KZT * {NOW} *", f"1e+09 exact KZT * {NOW} *"], "kk"),
    # negative: without "respectively" a small number before a larger scaled one keeps its value
    ("В школе 2 и 1 млрд тенге.", [f"2 exact * * {NOW} *", f"1e+09 exact KZT * {NOW} *"], "ru"),
])
def test_a_respectively_pair_shares_its_scale(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


@pytest.mark.parametrize(("text", "expected", "lang"), [
    # a road's kilometre glued by a hyphen is where, not how far
    ("Алматы-Өскемен жолының 272-шақырымында жүк көлігі аударылды, 3 адам жараланды.", [f"3 exact * * {NOW} *"], "kk"),
    # prices rose or fell to so much: the end of a change, exact
    ("Нанның бағасы 341 теңгеге дейін қымбаттаған.", [f"341 exact KZT * {NOW} *"], "kk"),
    ("Хлеб подорожал до 341 тенге.", [f"341 exact KZT * {NOW} *"], "ru"),
    # negative: "до" with no change is a bound
    ("Скидки составят до 20%.", [f"20 at_most percent * {NOW} *"], "ru"),
])
def test_sets_109_110_figures(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


def test_a_dateline_with_two_hyphens_and_a_year_earlier_in_the_sentence() -> None:
    # "ASTANA, Feb. 13 (Xinhua) --" is the dateline; the compared value's year does not carry on; "a year earlier"
    # inside a sentence that names no year is the year before the one told
    text = ("ASTANA, Feb. 13 (Xinhua) -- A total of 1,989 new HIV cases were reported in 2011, compared with 1,969 "
            "cases in 2010. Statistics includes 19 HIV cases involving children under 14 years compared with 24 "
            "cases a year earlier.")
    assert [g.split()[4][:4] for g in read(text, "en", published=dt.date(2012, 2, 14))] == \
        ["2011", "2010", "2011", "2010"]
    # negative: "during the previous year" counts from now
    now = "Some 728,700 people received assistance during the previous year, after 2020's 500,000."
    assert read(now, "en", published=dt.date(2023, 3, 1))[0].split()[4] == "2022-01-01..2022-12-31"


# Sets 111–112's classes (after they were scored): "overhauled in 2019" is no comparison ("over …"); "was brought up to
# 34%" is reached; a Cyrillic "О" with a combining accent in a Latin-Kazakh word is "Ó" ("О́tken jyly"); an undated
# text that tells a year done, "last year" and only plans for "this year" is of the year after the one told.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("438 km of roads were overhauled in 2019, out of which 24 km were commissioned.",
     ["438 exact * * 2019-01-01..2019-12-31 *", "24 exact * * 2019-01-01..2019-12-31 *"], "en"),
    # negative: "over" as a comparison still names the base
    ("Donations in 2024 were 20% more than in 2019.", ["20 exact percent * 2024-01-01..2024-12-31 *"], "en"),
    ("The share of roads of Categories I and II was brought up to 34%.", [f"34 exact percent * {NOW} *"], "en"),
    # negative: "brought" of carrying keeps "up to" a bound
    ("Volunteers brought up to 300 kg of food each.", [f"300 at_most kg * {NOW} *"], "en"),
])
def test_sets_111_112_figures(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


def test_a_cyrillic_o_with_a_combining_accent_in_latin_kazakh() -> None:
    from loaders.translit import transliterate_paragraphs

    text = "Aımaqta sporttyq ınfraqurylymdy damytý aıryqsha nazarda. О\u0301tken jyly 52 nysan paıdalanýǵa berildi."
    assert "Өткен жылы 52 нысан" in transliterate_paragraphs(text)[0]


@pytest.mark.parametrize(("text", "lang", "last_year"), [
    ("In 2015, the NGOs delivered special social services to 900 families. Last year 81 NGOs took part. This year "
     "the number of NGOs is planned to grow.", "en", "2015"),
    ("2018 жылы спортшылар 1194 медаль жеңіп алды. Өткен жылы 52 нысан пайдалануға берілді. Бұл көрсеткіш биыл тағы "
     "да арта түспек.", "kk", "2018"),
    # negative: the year before the latest told too, "last year" is that one
    ("In the past, in 2018, 17,173 charity events were held. The charity event for 2019 was launched in January. "
     "This year it will be held under one slogan. Last year 81 NGOs took part.", "en", "2018"),
])
def test_last_year_and_only_plans_for_this_year(text: str, lang: str, last_year: str) -> None:
    # the figure told "last year" is of the year before the text's, which the rest of the text implies
    told_last_year = next(g for g in read(text, lang, published=None) if g.split()[0] in ("81", "52"))
    assert told_last_year.split()[4] == f"{last_year}-01-01..{last_year}-12-31"


# Sets 113–114's classes (after they were scored): a fact sheet's "Label: number" lines are a table ("Refugees: 691
# persons" / "Afghanistan: 632"), with its date line; "1m people", "the population from 17m to about 15m"; a change
# "from … to …" against "the similar period" gives its first value the year before; a period opening the sentence
# before the change is the change's; a tally glued to its en dash ("области–33,15%"); Kazakh case endings typed without
# the hyphen ("500ге жуық").
def test_a_fact_sheet() -> None:
    page = ("UNHCR Representation in Kazakhstan\nBasic Facts\n\nRefugees and asylum-seekers: as of 1 July 2016\n\n"
            "Refugees: 691 persons\n\nAfghanistan: 632\n\nUzbekistan: 25\n\nSyria: 20\n")
    figures = read(page, "en", published=None)
    assert [g.split()[0] for g in figures] == ["691", "632", "25", "20"]
    assert all(g.split()[4] == "2016-07-01..2016-07-01" for g in figures)
    # negative: the page's counters in a run stay chrome
    counters = ("Views: 1245\n\nComments: 3\n\nLikes: 12\n\nThe fund helped 300 families in the city this winter, its "
                "director said.\n")
    assert [g.split()[0] for g in read(counters, "en")] == ["300"]


@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("About 300,000 families, or 1m people, resettled over the past 20 years.",
     ["300000 approx families * * *", "1e+06 exact persons * * *"], "en"),
    ("The emigration during the 1990s slashed Kazakhstan's population from 17m to about 15m.",
     ["1.7e+07 exact * * 1990-01-01..1990-12-31 *", "1.5e+07 approx * * 1999-01-01..1999-12-31 *"], "en"),
    # negative: metres stay metres
    ("The volunteers built a 15m wall for 200 families.", [f"15 exact * * {NOW} *", f"200 exact families * {NOW} *"],
     "en"),
    ("In January-July 2019, passenger transportation rose from 13.1bn to 13.5bn people, which made 103% against the "
     "similar period of 2018.", ["1.31e+10 exact persons * 2018-01-01..2018-07-31 *",
                                 "1.35e+10 exact persons * 2019-01-01..2019-07-31 *", "103 exact percent * * *"], "en"),
    ("За январь-июль 2019 года перевозки пассажиров выросли с 13,1 до 13,5 млрд человек по сравнению с аналогичным "
     "периодом прошлого года.", ["1.31e+10 exact persons * 2018-01-01..2018-07-31 *",
                                 "1.35e+10 exact persons * 2019-01-01..2019-07-31 *"], "ru"),
    # negative: a change within a year with no comparison keeps both values in that year
    ("In 2019, the number of volunteers rose from 100 to 300.",
     ["100 exact persons * 2019-01-01..2019-12-31 *", "300 exact persons * 2019-01-01..2019-12-31 *"], "en"),
    ("Сондай ақ 500ге жуық бақылаушы бар.", [f"500 approx * * {NOW} *"], "kk"),
])
def test_sets_113_114_figures(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


def test_a_tally_glued_to_its_dash() -> None:
    page = ("Явка избирателей\n\nСогласно данным комиссий, явка составила 30,65%. В том числе:\n"
            "- по Абайской области – 33,58 %\n- по Жетысуской области–33,15%\n- по Астане –23,35%\n")
    assert [g.split()[0] for g in read(page, "ru")] == ["30.65", "33.58", "33.15", "23.35"]


# Sets 115–116's classes (fixed after the session's last blind sets were scored): "-ми" after digits is a cardinal's in
# every oblique case ("28-ми акмолинцам"); a date written year first with dots ("2010.03.06") is no number.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Более 5 тысяч человек получили пакеты, 28-ми акмолинцам отремонтировали дома.",
     [f"5000 at_least persons * {NOW} *", f"28 exact * * {NOW} *"], "ru"),
    # negative: an ordinal "-ми" with a singular stays an ordinal (none here is a count)
    ("На 5-м этаже открыли кабинет.", [], "ru"),
    ("2010.03.06: Peace Corps says 165 volunteers serve in Kazakhstan.", ["165 exact persons * * *"], "en"),
    # negative: a decimal that is no date stays a number
    ("The fund grew 2.5 times, to 165 volunteers.", [f"2.5 exact ratio * {NOW} *", f"165 exact persons * {NOW} *"],
     "en"),
])
def test_sets_115_116_figures(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)

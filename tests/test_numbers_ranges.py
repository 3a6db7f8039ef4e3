"""Phrase tests of numbers, ranges, shares and units (issue 9, classes 4 and 6; DESIGN §3, scoring.md).

Each case is a sentence and the figures a careful reader takes from it, written "value qualifier unit" (metric,
period and area are tested elsewhere), "*" for "any". Negatives are sentences whose numbers are not figures.
The Russian number words are the test list of the number-parser library (scrapinghub/number-parser,
tests/test_language_ru.py) put into grammatical sentences in several cases.
"""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.extract import extract_article

PUB = dt.date(2025, 6, 15)


def figures(text: str, lang: str | None = None) -> list[str]:
    return [f"{f.value:g} {f.qualifier} {f.unit}" for f in extract_article(text, PUB, lang)
            if f.duplicate_of is None]


def matches(got: str, want: str) -> bool:
    g, w = got.split(), want.split()
    return len(g) == len(w) and all(b == "*" or a == b for a, b in zip(g, w, strict=True))


def check(text: str, want: list[str], lang: str | None = None) -> None:
    got = figures(text, lang)
    assert len(got) == len(want), f"{text}\n got {got}\nwant {want}"
    for g, w in zip(got, want, strict=True):
        assert matches(g, w), f"{text}\n got {g}\nwant {w}"


# --- ranges: the low end at_least, the high end at_most; both approx under "около/about" ------------------
RANGES = [
    ("Ее размер составит от 40 до 60 тыс. тенге в месяц.", ["40000 at_least KZT", "60000 at_most KZT"]),
    ("Стипендия составит от 40 до 60 тысяч тенге.", ["40000 at_least KZT", "60000 at_most KZT"]),
    ("Каждая семья получит от 300 тысяч до 1,5 миллиона тенге.", ["300000 at_least KZT", "1.5e+06 at_most KZT"]),
    ("В отпускной сезон запасы крови снижаются на 20–25 процентов.", ["20 at_least percent", "25 at_most percent"]),
    ("В акции участвуют 150-200 волонтеров.", ["150 at_least persons", "200 at_most persons"]),
    ("В акции участвуют около 150–200 волонтеров.", ["150 approx persons", "200 approx persons"]),
    ("В субботнике участвовали порядка 3-4 тысяч человек.", ["3000 approx persons", "4000 approx persons"]),
    ("Ежедневно кровь сдают от 40 до 60 доноров на 1000 жителей.", ["40 at_least persons", "60 at_most persons"]),
    ("Today every family will receive from 300 thousand ($2 thousand) to 1.5 million ($10 thousand) depending on "
     "the damage.", ["300000 at_least *", "2000 at_least USD", "1.5e+06 at_most *", "10000 at_most USD"], "en"),
    ("Blood stocks fall by 10-15 per cent in summer.", ["10 at_least percent", "15 at_most percent"], "en"),
    ("Prices range from 1,618 to 6,472 tenge.", ["1618 at_least KZT", "6472 at_most KZT"], "en"),
    ("About 10-15 per cent of donors are students.", ["10 approx percent", "15 approx percent"], "en"),
    ("Some 5,000-7,000 people joined the clean-up.", ["5000 approx persons", "7000 approx persons"], "en"),
    ("Between 200 and 300 volunteers work at the centre.", ["200 at_least persons", "300 at_most persons"], "en"),
    ("Акцияға 40-60 мың адам қатысты.", ["40000 at_least persons", "60000 at_most persons"], "kk"),
    ("Акцияға шамамен 40-60 мың адам қатысты.", ["40000 approx persons", "60000 approx persons"], "kk"),
    # a change is not a range: both values are exact (scoring.md: "выросло до 9 миллионов" is exact)
    ("Число волонтеров выросло с 50 до 300 тысяч.", ["50000 exact persons", "300000 exact persons"]),
    ("The number of volunteers grew from 50 to 300 thousand.", ["50000 exact persons", "300000 exact persons"],
     "en"),
    ("Количество доноров увеличилось с 10 до 15 тысяч.", ["10000 exact persons", "15000 exact persons"]),
    # coordination is not a range
    ("В акции участвовали 20 волонтеров и 30 школьников.", ["20 exact persons", "30 exact persons"]),
]

# --- shares in words: approx percent --------------------------------------------------------------------
SHARES = [
    ("Каждый третий донор – студент.", ["33.33 approx percent"]),
    ("Сегодня каждая пятая семья получает помощь.", ["20 approx percent"]),
    ("One in five donors is a student.", ["20 approx percent"], "en"),
    ("One in 10 Kazakhstanis is a volunteer.", ["10 approx percent"], "en"),
    ("Әрбір сегізінші қазақстандық волонтерлік қызметке қатысқан.", ["12.5 approx percent"], "kk"),
    ("Әр бесінші донор – студент.", ["20 approx percent"], "kk"),
    # negatives: an ordinal is not a share
    ("Он занял третье место.", []),
    ("One of the volunteers said so.", [], "en"),
]

# --- open bounds after the measure and "on average" --------------------------------------------------------
BOUNDS = [
    ("There are 500 milliliters or more, and the compensation is bigger.", ["500 at_least ml"], "en"),
    ("Each donor gives 450 ml of blood or more.", ["450 at_least ml"], "en"),
    ("В акции участвовали 100 человек и более.", ["100 at_least persons"]),
    ("Помощь получили 200 семей и больше.", ["200 at_least families"]),
    ("Акцияға 100 адам және одан да көп қатысады.", ["100 at_least persons"], "kk"),
    ("В среднем в день кровь сдают 50 доноров.", ["50 * persons"]),
    # an average is a mean, stated exactly in every language (the blind gold of sets 36–42 in Russian and English,
    # of sets 68–70 in Kazakh: "орта есеппен 449,4 мың отбасы"); "в среднем около" stays about (round 42)
    ("Кровь сдают в среднем 50 доноров в день.", ["50 exact persons"]),
    ("Кровь сдают в среднем около 50 доноров в день.", ["50 approx persons"]),
    ("Ал, Қостанай облысы бойынша бір жылда орташа есеппен 15 мың адам қан тапсырады.", ["15000 exact persons"],
     "kk"),
    ("On average 20 volunteers work at the centre every day.", ["20 exact persons"], "en"),
    ("An average of 30 donors come every day.", ["30 exact persons"], "en"),
    ("An average of about 30 donors come every day.", ["30 approx persons"], "en"),
    # negatives: no bound
    ("В акции участвовали 100 человек.", ["100 exact persons"]),
    ("Each donor gives 450 ml of blood.", ["450 exact ml"], "en"),
]

# --- Russian number words: the number-parser list in sentences, in several cases ---------------------------
RUSSIAN_WORDS = [
    ("В акции участвовали два волонтера и три школьника.", ["2 exact persons", "3 exact persons"]),
    ("Помощь получили четыре семьи.", ["4 exact families"]),
    ("В проекте шесть волонтеров.", ["6 exact persons"]),
    ("Работают пятнадцать волонтеров.", ["15 exact persons"]),
    ("Зарегистрировано двадцать пять организаций.", ["25 exact organizations"]),
    ("В акции участвовали тридцать волонтеров.", ["30 exact persons"]),
    ("Кровь сдали сорок доноров.", ["40 exact persons"]),
    ("Кровь сдали сорок четыре донора.", ["44 exact persons"]),
    ("Кровь сдали девяносто доноров.", ["90 exact persons"]),
    ("Кровь сдали сто доноров.", ["100 exact persons"]),
    ("Кровь сдали двести доноров.", ["200 exact persons"]),
    ("Кровь сдали триста пятьдесят семь доноров.", ["357 exact persons"]),
    ("Помощь получили пятьсот девяносто шесть семей.", ["596 exact families"]),
    ("Помощь получили восемьсот девяносто одна семья.", ["891 exact families"]),
    ("В стране действуют две тысячи инициативных групп.", ["2000 exact groups"]),
    ("В марафоне участвовали две тысячи двадцать волонтеров.", ["2020 exact persons"]),
    ("В марафоне участвовали семь тысяч четыре волонтера.", ["7004 exact persons"]),
    ("Помощь получили двадцать один миллион граждан.", ["2.1e+07 exact persons"]),
    # oblique cases
    ("Помощь оказана двум семьям и трем приютам.", ["2 exact families", "3 exact *"]),
    ("Работа выполнена двумя волонтерами.", ["2 exact persons"]),
    ("Более двух тысяч волонтеров вышли на субботник.", ["2000 at_least persons"]),
    ("Волонтеры помогли трем тысячам семей.", ["3000 exact families"]),
    ("Акция прошла с тремя тысячами участников.", ["3000 exact persons"]),
    ("Помощь оказана четырем тысячам семей.", ["4000 exact families"]),
    ("Участвовали более четырех тысяч волонтеров.", ["4000 at_least persons"]),
    ("Работа выполнена четырьмя тысячами волонтеров.", ["4000 exact persons"]),
    ("Акция охватила более шести тысяч человек.", ["6000 at_least persons"]),
    ("Работа выполнена шестью волонтерами.", ["6 exact persons"]),
    ("Помощь оказана тридцати семьям.", ["30 exact families"]),
    ("Работа выполнена тридцатью волонтерами.", ["30 exact persons"]),
    ("Около сорока волонтеров вышли на уборку.", ["40 approx persons"]),
    ("Около девяноста волонтеров вышли на уборку.", ["90 approx persons"]),
    ("Более ста волонтеров вышли на уборку.", ["100 at_least persons"]),
    ("Более двухсот волонтеров вышли на субботник.", ["200 at_least persons"]),
    ("Помощь оказана двумстам семьям.", ["200 exact families"]),
    ("Работа выполнена двумястами волонтерами.", ["200 exact persons"]),
    ("Мы рассказали о двухстах волонтерах.", ["200 exact persons"]),
    ("Более двухсот пятидесяти шести волонтеров вышли на субботник.", ["256 at_least persons"]),
    ("Работа выполнена двумястами пятьюдесятью шестью волонтерами.", ["256 exact persons"]),
    ("Кровь собрана пятьюстами донорами.", ["500 exact persons"]),
    ("Более пятисот девяноста шести семей получили помощь.", ["596 at_least families"]),
    ("Помощь оказана пятистам девяноста шести семьям.", ["596 exact families"]),
    ("Работа выполнена пятьюстами девяноста шестью волонтерами.", ["596 exact persons"]),
    ("Мы говорили о пятистах девяноста шести семьях.", ["596 exact families"]),
    ("Помощь оказана тысяче семей.", ["1000 exact families"]),
    ("Помощь оказана одной тысяче семей.", ["1000 exact families"]),
    ("Фонд располагает двадцатью одним миллионом тенге.", ["2.1e+07 exact KZT"]),
    ("Фонд помог двадцати одному миллиону граждан.", ["2.1e+07 exact persons"]),
    ("В акции участвовали около трехсот пятидесяти тысяч человек.", ["350000 approx persons"]),
    ("Фонд справился с полутора тысячами обращений.", ["1500 exact requests"]),
    ("Из них более одной тысячи волонтеров на платной основе.", ["1000 at_least persons"]),
    ("В акции участвовали около двух с половиной тысяч волонтеров.", ["2500 approx persons"]),
    # digits with a case ending
    ("В Казахстане ежегодно проводится около 400-сот тысяч процедур переливания.", ["400000 approx *"]),
    ("Каждый год около 80-ти тысяч пациентов нуждаются в переливании.", ["80000 approx persons"]),
    ("Свыше 5-ти тысяч волонтеров участвовали в акции.", ["5000 at_least persons"]),
    ("Более 2-х тысяч волонтеров участвовали в акции.", ["2000 at_least persons"]),
    # negatives: "тысячи"/"миллионы" alone mean "thousands"; "одни" means "some"; "90-х" is a decade
    ("Тысячи волонтеров вышли на улицы.", []),
    ("Миллионы людей смотрели марафон.", []),
    ("Одни волонтеры помогали, другие собирали вещи.", []),
    ("В 90-х годах волонтерство только зарождалось.", []),
]

# --- English words and units ------------------------------------------------------------------------------
ENGLISH = [
    ("Volunteers raised half a million tenge for the shelter.", ["500000 exact KZT"]),
    ("Volunteers delivered two tonnes of flour to the village.", ["2 exact tonnes"]),
    ("A dozen volunteers cleaned the park.", ["12 exact persons"]),
    ("Two dozen volunteers cleaned the park.", ["24 exact persons"]),
    ("Three thousand volunteers took part in the campaign.", ["3000 exact persons"]),
    ("Volunteers collected 400 kg of waste in the park.", ["0.4 exact tonnes"]),
    ("Donors brought 400 kg of clothes.", ["400 exact kg"]),
    ("Donors gave 150 liters of blood.", ["150 exact liters"]),
    ("The fund spent 1.5 mln tenge on aid.", ["1.5e+06 exact KZT"]),
    ("The project is worth KZT 4.7bn.", ["4.7e+09 exact KZT"]),
    # negatives: dozens alone are not a figure
    ("Dozens of volunteers cleaned the park.", []),
]
KG = [
    ("Волонтеры собрали 800 кг мусора на берегу.", ["0.8 exact tonnes"]),
    ("Еріктілер 500 кг қоқыс жинады.", ["0.5 exact tonnes"], "kk"),
    ("Волонтеры раздали 300 кг муки.", ["300 exact kg"]),
]

# --- numbers that are not figures ---------------------------------------------------------------------------
NOT_FIGURES = [
    ("The centre is open 24/7 and accepts donors from 8:00 to 17:00.", [], "en"),
    ("Центр работает 24/7, прием доноров с 8:30 до 16:00.", []),
    ("The Huawei 2 phone was given to 30 volunteers.", ["30 exact persons"], "en"),
    ("The Volunteer 2.0 program started in Almaty.", [], "en"),
    ("Kazakhstan has 12 donors per 1,000 population.", ["12 exact persons"], "en"),
    ("ВОЗ рекомендует 40 доноров на 1000 жителей.", ["40 exact persons"]),
    ("Норма – 40 доноров на каждые 1000 человек.", ["40 exact persons"]),
    ("ДДСҰ әр 1000 тұрғынға 40 донор болуы керек деп есептейді.", ["40 exact persons"], "kk"),
    ("Сондықтан, 18-ден 45 жасқа дейінгі дені сау тұрғындарды донор болуға шақырамыз.", [], "kk"),
    ("Волонтеры вышли на уборку, фото data:image/svg+xml;utf8,<svg width=300 height=200 viewBox=0,0,24,24> 300 "
     "волонтеров вышли на уборку.", ["300 exact persons"]),
    ("Волонтеры вышли на уборку.\nФото: data:image/svg+xml,%3Csvg%20width=%22300%22%20height=%22200%22%3E\n"
     "300 волонтеров вышли на уборку.", ["300 exact persons"]),
    ("Фото data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ 2000 JFIF", []),
    ("Волонтеры получили 50 масок FFP2 и 20 комплектов.", ["50 exact *", "20 exact *"]),
    # positives that look alike: a city before a count, a rate's numerator, a count per thousand of other things
    ("In Almaty 200 volunteers cleaned the park.", ["200 exact persons"], "en"),
    ("На субботник вышли 1000 жителей города.", ["1000 exact persons"]),
]


def test_compound_with_units_after_the_scale() -> None:
    """"двадцать один миллион семьдесят три" → 21,000,073."""
    got = [f.value for f in extract_article("Фонд собрал двадцать один миллион семьдесят три тенге.", PUB)]
    assert got == [21_000_073]


def _cases(rows: list[tuple]) -> list:
    return [pytest.param(r[0], r[1], r[2] if len(r) > 2 else None, id=r[0][:60]) for r in rows]


@pytest.mark.parametrize(("text", "want", "lang"), _cases(RANGES))
def test_ranges(text: str, want: list[str], lang: str | None) -> None:
    check(text, want, lang)


@pytest.mark.parametrize(("text", "want", "lang"), _cases(SHARES))
def test_shares(text: str, want: list[str], lang: str | None) -> None:
    check(text, want, lang)


@pytest.mark.parametrize(("text", "want", "lang"), _cases(BOUNDS))
def test_open_bounds_and_averages(text: str, want: list[str], lang: str | None) -> None:
    check(text, want, lang)


@pytest.mark.parametrize(("text", "want", "lang"), _cases(RUSSIAN_WORDS))
def test_russian_number_words(text: str, want: list[str], lang: str | None) -> None:
    check(text, want, lang)


@pytest.mark.parametrize(("text", "want", "lang"), _cases([(t, w, "en") for t, w in ENGLISH] + KG))
def test_english_words_and_units(text: str, want: list[str], lang: str | None) -> None:
    check(text, want, lang)


@pytest.mark.parametrize(("text", "want", "lang"), _cases(NOT_FIGURES))
def test_not_figures(text: str, want: list[str], lang: str | None) -> None:
    check(text, want, lang)


@pytest.mark.parametrize("text,value", [
    ("Жалпы 1 млрд 369 млн көшет отырғызылды.", 1_369_000_000),
    ("Собрано 2 миллиона 300 тысяч тенге.", 2_300_000),
    ("They raised 1 million 200 thousand tenge.", 1_200_000),
    ("Бюджет составил 3 млрд 450 млн тенге.", 3_450_000_000),
])
def test_one_number_in_two_scales(text: str, value: float) -> None:
    assert [f.value for f in extract_article(text, dt.date(2025, 6, 15)) if f.duplicate_of is None] == [value]


def test_two_numbers_with_their_own_scales_stay_two() -> None:
    got = [f.value for f in extract_article("В 2024 году 5 млн, а в 2025 году 300 тысяч.", dt.date(2025, 6, 15))]
    assert got == [5_000_000, 300_000]

"""Round 118 (the classes of blind set 118, scored once with extractor 2.39 before they were fixed): each a rule of
the language, checked with variants in Russian, Kazakh (both scripts where the rule reads words) and English, and
with negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15 unless a case gives the page's own date).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check_read, assert_figures, read

Y2016 = "2016-01-01..2016-12-31"
Y2015 = "2015-01-01..2015-12-31"


# "That (same) year" points back at the one past year the sentences before named, as "за год" does: "Өткен жылы көлді
# жалға алды. Сондай-ақ сол жылы көлге 30 мың шабақ жібергенін айтпай кетуге болмас" (that year: 2016, not the day
# of publication).
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Балық\n\nБорашев өткен жылы көлді жалға алып, көлге су толтырғызған еді. Сондай-ақ сол жылы көлге 30 мың "
     "шабақ жібергенін да айтпай кетуге болмас.", ["30000 exact * * 2016-01-01..2016-12-31 *"], "kk"),
    ("Balyq\n\nBorashev ótken jyly kóldi jalǵa alyp, kólge sý toltyrǵyzǵan edi. Sondaı-aq sol jyly kólge 30 myń "
     "shabaq jibergenin de aıtpaı ketýge bolmas.", ["30000 exact * * 2016-01-01..2016-12-31 *"], "kk"),
    ("Рыба\n\nВ 2015 году он арендовал озеро. В том же году в озеро выпустили 30 тысяч мальков.",
     [f"30000 exact * * {Y2015} *"], "ru"),
    ("Fish\n\nIn 2015 he leased the lake. That same year, he released 30 thousand fry into the lake.",
     [f"30000 exact * * {Y2015} *"], "en"),
    ("Fish\n\nIn 2015 he leased the lake. That year, he released 30 thousand fry into the lake.",
     [f"30000 exact * * {Y2015} *"], "en"),
    # negative: "that year" inside a clause about something else names no time of the figure
    ("Fish\n\nIn 2015 he leased the lake. He says that year was hard, now 30 thousand fry live there.",
     ["30000 exact * * 2017-08-17..2017-08-17 *"], "en"),
])
def test_that_same_year_points_back(text: str, expected: list[str], lang: str) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2017, 8, 17)), expected)


# Kazakh "on top of" a number in the genitive is over it: "100 мыңның үстінде шабақ", "500-дің үстінде адам".
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Көлге 100 мыңның үстінде шабақ жіберілді.", [f"100000 at_least * * {NOW} *"], "kk"),
    ("Шараға 500-дің үстінде адам қатысты.", [f"500 at_least persons * {NOW} *"], "kk"),
    ("Kólge 100 myńnyń ústinde shabaq jiberildi.", [f"100000 at_least * * {NOW} *"], "kk"),
    # negative: "жұмыс үстінде" (at work) bounds no number
    ("Шараға 500 адам қатысты, олар жұмыс үстінде болды.", [f"500 exact persons * {NOW} *"], "kk"),
])
def test_kazakh_on_top_of_a_number(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# "Доходило до 208" is a level reached, exact as "достигло" (scoring.md: reached verbs); the verb left out after a dash
# in the parallel clause keeps it ("а с симптомами ОРВИ — до 234").
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("В начале июля число вызовов с симптомами пневмонии доходило до 208, а с симптомами ОРВИ — до 234.",
     ["208 exact * * * *", "234 exact * * * *"], "ru"),
    ("Проверяющие столкнулись с пандусами, угол которых доходит до 40 градусов, их 12.",
     [f"12 exact * * {NOW} *"], "ru"),
    ("Очереди доходят до 300 человек.", [f"300 exact persons * {NOW} *"], "ru"),
    # negatives: the noun "доход" (income) keeps its bound; parallel clauses without a verb of reaching stay bounds
    ("Доход до 500 тысяч тенге получают 20 семей.", [f"500000 at_most KZT * {NOW} *", f"20 exact * * {NOW} *"], "ru"),
    ("Зарплата медсестер — до 300 тысяч тенге, а врачей — до 500 тысяч тенге.",
     [f"300000 at_most KZT * {NOW} *", f"500000 at_most KZT * {NOW} *"], "ru"),
])
def test_reaching_up_to_is_exact(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# A hotline's short number right after its service, line or number word is a phone number whatever follows it
# ("служба 103 принимала 1100 звонков", "на линию 103", "hotline 1414 received"); "the 102 service" in English.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("В начале июля служба 103 принимала 1100 звонков.", [f"1100 exact * * {NOW} *"], "ru"),
    ("«Служба 103 Павлодарской области продолжает работать», — сообщили в пресс-службе, где трудятся 40 человек.",
     [f"40 exact persons * {NOW} *"], "ru"),
    ("Количество вызовов, поступавших на линию 103, порой превышало 1100.", [f"1100 at_least * * {NOW} *"], "ru"),
    ("The hotline 1414 received 500 calls.", [f"500 exact * * {NOW} *"], "en"),
    ("The 102 service answered 300 calls.", [f"300 exact * * {NOW} *"], "en"),
    # negatives: counts of services and centres stay counts
    ("В области работают 103 службы спасения.", [f"103 exact * * {NOW} *"], "ru"),
    ("The 150 service centres opened.", [f"150 exact * * {NOW} *"], "en"),
])
def test_a_hotline_number_after_its_service(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# A dash between two numbers before degrees is a range's, not a minus: "27-32 градус" is no frost of -32 (positive
# temperatures stay no figures, tests/test_extract_phrases.py); a minus glued to the first number still is one.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Ауа температурасы 27-32 градус ыстық болады, 200 ерікті жұмыс істеді.", [f"200 exact persons * {NOW} *"], "kk"),
    ("Жара 27–32 градуса, 200 волонтеров раздавали воду.", [f"200 exact persons * {NOW} *"], "ru"),
    ("Temperatures ranging from 27 to 32 degrees Celsius, 200 volunteers worked.", [f"200 exact persons * {NOW} *"],
     "en"),
    # negative: a range of people is two figures
    ("Дежурили 10-15 человек.", [f"10 at_least persons * {NOW} *", f"15 at_most persons * {NOW} *"], "ru"),
    # negative: a frost with its minus stays a temperature
    ("Аяз -30 градусқа жетті, 200 ерікті көмектесті.",
     [f"-30 exact celsius * {NOW} *", f"200 exact persons * {NOW} *"], "kk"),
])
def test_a_range_of_degrees_has_no_minus(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# After its lead-in, a tally's label may be a long name with its gloss in brackets, commas inside ("- анаэробты
# энтеротоксемия (ішектегі инфекция, ағзаны уландырады) — 1 жағдай"): still an item of the list, not a title.
_TALLY_KK = ("Малдың аурулары\n\n2025 жылдың басынан бері мамандар мынадай ауруларды тіркеді:\n- құтырма — 3 жағдай\n"
             "- анаэробты энтеротоксемия (ішектегі инфекция, ағзаны уландырады) — 1 жағдай\n"
             "— Барлық жағдайда карантиндік шектеулер енгізілді, — деді ол.\n")
_TALLY_KK_LATN = ("Maldyń aýrýlary\n\n2025 jyldyń basynan beri mamandar mynadaı aýrýlardy tirkedi:\n"
                  "- qutyrma — 3 jaǵdaı\n"
                  "- anaerobty enterotoksemııa (ishektegi ınfektsııa, aǵzany ýlandyrady) — 1 jaǵdaı\n"
                  "— Barlyq jaǵdaıda karantındik shekteýler engizildi, — dedi ol.\n")
_TALLY_RU = ("Болезни скота\n\nС начала 2025 года специалисты зарегистрировали следующие болезни:\n"
             "- бешенство — 3 случая\n"
             "- анаэробная энтеротоксемия (кишечная инфекция, отравляет организм животного) — 1 случай\n"
             "— Во всех случаях введены карантинные ограничения, — сказал он.\n")
_TALLY_EN = ("Livestock diseases\n\nSince the start of 2025 the specialists have registered these diseases:\n"
             "- rabies — 3 cases\n- anaerobic enterotoxemia (an intestinal infection, poisoning the body) — 1 case\n"
             "— Quarantine was imposed in all cases, he said.\n")


@pytest.mark.parametrize(("page", "lang"), [(_TALLY_KK, "kk"), (_TALLY_KK_LATN, "kk"), (_TALLY_RU, "ru"),
                                            (_TALLY_EN, "en")])
def test_a_long_tally_item_after_its_lead_in(page: str, lang: str) -> None:
    assert [g.split()[0] for g in read(page, lang)] == ["3", "1"]


# A number glued by a hyphen to a word and closed by a quote numbers a name: '"Алма сити-3" тұрғын үй кешені',
# «Шанырак-2».
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ('Құрылыс "Алма сити-3" тұрғын үй кешенінің маңында жүріп жатыр, оған 40 адам қатысты.',
     [f"40 exact persons * {NOW} *"], "kk"),
    ("В ЖК «Шанырак-2» заселили 120 семей.", [f"120 exact families * {NOW} *"], "ru"),
    ("120 families moved into the “Shanyrak-2” residential complex.", [f"120 exact families * {NOW} *"], "en"),
    # negative: a count after a name in quotes stays a count
    ("Жителям ЖК «Алма сити» передали 3 новых лифта.", [f"3 exact * * {NOW} *"], "ru"),
])
def test_a_numbered_name_in_quotes(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# Kazakh: a number word after the attribute of a number before it counts the noun after it ("әрқайсысы 1 200 орындық
# екі жаңа мектеп": two new schools of 1,200 seats each), not 1,200 schools and nothing else.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Әрқайсысы 1 200 орындық екі жаңа мектептің құрылысы жүріп жатыр.",
     [f"1200 exact * * {NOW} *", f"2 exact schools * {NOW} *"], "kk"),
    ("Ауданда 300 орындық үш балабақша салынды.", [f"300 exact * * {NOW} *", f"3 exact * * {NOW} *"], "kk"),
    # negative: one number keeps its noun
    ("Ауданда 300 орындық жаңа мектеп салынды.", [f"300 exact * * {NOW} *"], "kk"),
])
def test_kazakh_number_word_after_an_attribute(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)


# "Compared to a given (similar, comparable) period of last year": the base of a comparison, not the time of the
# sentence after it.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Calls\n\nSix months of this year saw over 300 thousand calls, a twofold rise compared to a given period of "
     "last year. The deputy governor has said 3 thousand calls are received each day.",
     ["300000 at_least * * 2020-01-01..2020-07-08 *", "2 exact ratio * * *",
      "3000 exact * * 2020-01-01..2020-07-08 *"], "en"),
    ("Calls\n\nSix months of this year saw over 300 thousand calls, a twofold rise over the similar period of last "
     "year. Now 500 volunteers work in the region.",
     ["300000 at_least * * 2020-01-01..2020-07-08 *", "2 exact ratio * * *",
      "500 exact persons * 2020-07-08..2020-07-08 *"],
     "en"),
    # negative: "last year" told as the time of a deed still dates the next sentence that goes on with it
    ("Calls\n\nLast year the service was reformed. Then 500 volunteers joined it.",
     ["500 exact persons * 2019-01-01..2019-12-31 *"], "en"),
])
def test_a_given_period_of_last_year_is_a_base(text: str, expected: list[str], lang: str) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2020, 7, 8)), expected)


# A plan joined to a deed by "and" opens a clause of its own ("113 facilities completed in 2024 and plans to build 353
# more clinics by year-end", "построено 113 объектов и планируется построить еще 353"): the plan is not of the deed's
# year.
@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Veterinary infrastructure is being upgraded, with 113 new facilities completed in 2024 and plans to build 353 "
     "more clinics and 28 slaughterhouses by year-end.",
     ["113 exact * * 2024-01-01..2024-12-31 *", "353 exact * * 2025-06-11..2025-06-11 *",
      "28 exact * * 2025-06-11..2025-06-11 *"], "en"),
    ("В 2024 году построено 113 объектов и планируется построить еще 353 клиники.",
     ["113 exact * * 2024-01-01..2024-12-31 *", "353 exact * * 2025-06-11..2025-06-11 *"], "ru"),
    # negatives: a deed and another deed keep the year; a plan told in the past ("planned to") is no clause of now
    ("In 2024, 113 facilities were completed and 353 clinics were repaired.",
     ["113 exact * * 2024-01-01..2024-12-31 *", "353 exact * * 2024-01-01..2024-12-31 *"], "en"),
    ("В 2024 году построено 113 объектов и отремонтировано 353 клиники.",
     ["113 exact * * 2024-01-01..2024-12-31 *", "353 exact * * 2024-01-01..2024-12-31 *"], "ru"),
])
def test_a_plan_joined_by_and_has_its_own_time(text: str, expected: list[str], lang: str) -> None:
    assert_figures(text, read(text, lang, published=dt.date(2025, 6, 11)), expected)


# An undated text whose "this year" tells plans only and whose one year is the year those plans are for ("Биыл … 16 млн
# доза вакцина егу жоспарланып отыр … 2026 жылға жоспарланған іс-шаралар туралы баяндады"): the text is of that year.
Y2026 = "2026-01-01..2026-12-31"


@pytest.mark.parametrize(("text", "expected", "lang"), [
    ("Ветеринария\n\nБиыл аса қауіпті бес түрлі ауруға қарсы 16 млн-нан астам доза вакцина егу жоспарланып отыр. "
     "Жиында басшы 2026 жылға жоспарланған іс-шаралар туралы баяндады.",
     [f"5 exact * * {Y2026} *", f"1.6e+07 at_least * * {Y2026} *"], "kk"),
    ("Ветеринария\n\nНа совещании обсудили мероприятия, запланированные на 2026 год. В этом году планируется "
     "привить 16 млн голов скота.", [f"1.6e+07 exact * * {Y2026} *"], "ru"),
    ("Veterinary\n\nThe meeting discussed the measures planned for 2026. This year, 16 million doses are planned to "
     "be used.", [f"1.6e+07 exact * * {Y2026} *"], "en"),
    # negatives: "this year" reporting a deed done may be any year; a span of plans dates nothing
    ("Ветеринария\n\nБиыл 16 млн доза вакцина егілді. Жиында басшы 2026 жылға жоспарланған іс-шаралар туралы "
     "баяндады.", ["1.6e+07 exact * * None..None *"], "kk"),
    ("Ветеринария\n\nЖиында басшы 2026-2030 жылдарға жоспарланған іс-шаралар туралы баяндады. Биыл 16 млн доза "
     "вакцина егу жоспарланып отыр.", ["1.6e+07 exact * * None..None *"], "kk"),
])
def test_the_year_of_this_years_plans_dates_the_text(text: str, expected: list[str], lang: str) -> None:
    assert_figures(text, read(text, lang, published=None), expected)

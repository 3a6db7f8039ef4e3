"""Round 16 (helper kken), en and kk with their Russian variants: classes of the sixteenth set's misses and false
figures, each fixed by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

from loaders.extract.dating import implied_year
from loaders.text import content_lines, sentences

ROUND_1_16_KKEN: dict[str, list[tuple[str, list[str], str]]] = {}

# English "as many as" / "as much as" right before a number is the top of what is expected or told, like "up to"
# ("is expected to cover as many as 8,500 children", en_z04's gold at_most). Negatives: a multiple or a negation
# before it makes a comparison ("twice as many as 500", "three times as much as"), which bounds nothing.
AS_MANY_AS = [
    ("The initiative is expected to cover as many as 8,500 children.", [f"8500 at_most * * {NOW} *"], "en"),
    # a count told as done is exact (en_d05's blind gold, set 19): tests/test_phrases_round19_en.py AS_MANY_AS
    ("As many as 300 volunteers joined the clean-up in Almaty.", [f"300 exact persons * {NOW} *"], "en"),
    ("The fund may raise as much as 2 billion tenge for the flood victims.", [f"2e+09 at_most KZT * {NOW} *"], "en"),
    ("The volunteers planted as many as 1,200 trees.", [f"1200 exact trees * {NOW} *"], "en"),
    # negatives: a comparison
    ("Volunteers came twice as many as 500 in the past.", ["2 exact ratio * * *", "500 exact * * * *"], "en"),
    ("The fund raised three times as much as 2 million tenge.", ["3 exact ratio * * *", "2e+06 exact KZT * * *"],
     "en"),
]
ROUND_1_16_KKEN["AS_MANY_AS"] = AS_MANY_AS


# A list of numbers after "№" (or "№№", "No.", "Nos.") names as many schools, hospitals…: every number of the list is a
# label, not only the first ("Елорданың № 1, 2, 5, 8, 14 мектеп оқушылары", kk_z05). Negatives: a count after a
# label ("№ 5 мектептің 300 оқушысы"), a list of counts without "№", and a number after the list with its own counted
# noun ("школа № 5, 300 учеников").
LABEL_LIST = [
    ("Елорданың № 1, 2, 5, 8, 14, 23 мектеп оқушылары сыртқы киіммен қамтамасыз етіледі.", [], "kk"),
    ("Акцияға № 1, 2 және 5 мектептер қатысты.", [], "kk"),
    ("Акция прошла в школах № 1, 2, 5 и 8 города.", [], "ru"),
    ("Волонтеры из школ №№ 3, 7 помогли приюту.", [], "ru"),
    ("Pupils of schools No. 1, 2 and 5 joined the clean-up.", [], "en"),
    ("Pupils of schools Nos. 3, 7 joined the clean-up.", [], "en"),
    ("Elordanyń № 1, 2, 5 mektep oqýshylary kómek aldy.", [], "kk"),
    # negatives
    ("№ 5 мектептің 300 оқушысы ағаш отырғызды.", ["300 exact persons * * *"], "kk"),
    ("В школе № 5, 300 учеников вышли на субботник.", ["300 exact persons * * *"], "ru"),
    ("Волонтеры посадили 120, 150 и 200 деревьев в парках.",
     ["120 exact * * * *", "150 exact * * * *", "200 exact trees * * *"], "ru"),
]
ROUND_1_16_KKEN["LABEL_LIST"] = LABEL_LIST


# Kazakh "жас" after a number is the noun "young people", not an age, when the number is too large for an age
# ("жалпы 480 жас пен 50 қарттардың үйіне барып", kk_z08), when it is joined by "пен/мен" to a count of other people
# ("30 жас пен 20 қарт"), or when it stands as the adjective "young" before a noun ("30 жас еріктілер"). Negatives:
# ages ("25 жаста", "18 жасқа толған", "70 жастағы", "18 жас пен 29 жас аралығындағы").
KK_YOUNG_PEOPLE = [
    ("Мектеп оқушылары, жалпы 480 жас пен 50 жалғызілікті қарттардың үйіне барып, көмектесті.",
     ["480 exact persons * * *", "50 exact persons * * *"], "kk"),
    ("Jalpy 480 jas pen 50 qart kómek aldy.", ["480 exact persons * * *", "50 exact persons * * *"], "kk"),
    ("Акцияға 30 жас пен 20 қарт қатысты.", ["30 exact persons * * *", "20 exact persons * * *"], "kk"),
    ("Жобаға 30 жас еріктілер қатысты.", ["30 exact persons * * *"], "kk"),
    ("Сенбілікке 250 жас шықты.", ["250 exact * * * *"], "kk"),
    # negatives: ages
    ("Еріктілер 25 жаста.", [], "kk"),
    ("18 жасқа толған 300 ерікті қатысты.", ["300 exact persons * * *"], "kk"),
    ("70 жастағы 15 қарияға көмек көрсетілді.", ["15 exact * * * *"], "kk"),
    ("18 жас пен 29 жас аралығындағы 400 жас қатысты.", ["400 exact persons * * *"], "kk"),
    ("18 бен 29 жас аралығындағы 400 жас қатысты.", ["400 exact persons * * *"], "kk"),
]
ROUND_1_16_KKEN["KK_YOUNG_PEOPLE"] = KK_YOUNG_PEOPLE


# An undated page names its year indirectly: a new or coming school year with its two years ("the maximum coverage in
# the new 2016 - 2017 school year", en_z06's gold 2016-08; "к новому 2016-2017 учебному году", "жаңа 2016-2017 оқу
# жылына") is the text's first year, also in a sentence about the future; the country's theme year named in English
# as "Volunteer Year" ("2020 was declared Volunteer Year in Kazakhstan", en_z09) is 2020 like "Year of Volunteers".
# Negatives: a school year without "new" keeps the range's end, a later stated year wins, the UN's International
# Volunteer Year is no theme of the country, a school year whose years do not follow each other is none.
IMPLIED_YEAR = [
    ("Mass events were aimed at the maximum coverage in the new 2016 - 2017 school year. About 2,200 employees "
     "took part.", 2016),
    ("К новому 2016-2017 учебному году волонтеры собрали 500 рюкзаков.", 2016),
    ("В наступающем 2016-2017 учебном году акция продолжится.", 2016),
    ("Жаңа 2016-2017 оқу жылына дейін еріктілер 500 сөмке жинады.", 2016),
    ("The new 2016-2017 school year will start on September 1.", 2016),
    ("Volunteers prepared 500 backpacks for the upcoming 2016/17 academic year.", 2016),
    ("2020 was declared Volunteer Year in Kazakhstan. 3,000 bracelets were sent.", 2020),
    ("At the end of the Volunteer Year the company thanked 300 volunteers.", 2020),
    # negatives
    ("In the 2015-2016 school year 300 pupils took part.", 2016),
    ("В 2018 году 300 школьников помогли. В новом 2016-2017 учебном году акция продолжилась.", 2018),
    ("The International Volunteer Year was declared by the UN. 300 people came.", None),
    ("В новом 2016-2018 учебном цикле 300 школьников помогли.", None),
]


# A short last line the copy cut off before the file's final newline is read as the body's when it opens by
# reporting someone's words ("Оның айтуынша, қазіргі таңда 343 млн теңгеге еңбекақы төлеу қорымен 500-де", kk_z04;
# "По его словам, …", "According to him, …"): a title never opens so. A Kazakh number whose case ending closes the
# cut ("500-де") counts what the copy lost. Negatives: a short last line without such an opening stays a title, a
# whole sentence with a stop keeps its number.
_BODY_KK = "Грант алу конкурсына 13 өңірден 83 үкіметтік емес ұйым өкілі қатысты, деді Ғалым Құрман.\n\n"
_BODY_EN = "Representatives of 83 NGOs from 13 regions of the country took part in the grant contest, he said.\n\n"
REPORTED_CUT_LAST_LINE = [
    (_BODY_KK + "Оның айтуынша, қазіргі таңда 343 млн теңгеге еңбекақы төлеу қорымен 500-де\n",
     ["13 exact * * * *", "83 exact * * * *", "3.43e+08 exact KZT * * *"], "kk"),
    (_BODY_KK + "Onyń aıtýynsha, qazirgi tańda 343 mln teńgege eńbekaqy tóleý qorymen 500-de\n",
     ["13 exact * * * *", "83 exact * * * *", "3.43e+08 exact KZT * * *"], "kk"),
    (_BODY_EN + "According to him, the payroll fund of 343 million tenge for\n",
     ["83 exact * * * *", "13 exact * * * *", "3.43e+08 exact KZT * * *"], "en"),
    # negatives
    (_BODY_KK + "Оның айтуынша, биыл еріктілер саны 500-ге жетті.\n",
     ["13 exact * * * *", "83 exact * * * *", "500 exact persons * * *"], "kk"),
    (_BODY_KK + "Жаңалықтар 343 млн теңге\n", ["13 exact * * * *", "83 exact * * * *"], "kk"),
]
ROUND_1_16_KKEN["REPORTED_CUT_LAST_LINE"] = REPORTED_CUT_LAST_LINE


def _sents(text: str):
    lines, _ = content_lines(text)
    return sentences(lines)


@pytest.mark.parametrize("text,year", IMPLIED_YEAR)
def test_round16_kken_implied_year(text, year):
    assert implied_year(_sents(text)) == year


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_16_KKEN.values() for row in table])
def test_round16_kken(text, expected, lang):
    _check_read(text, expected, lang)

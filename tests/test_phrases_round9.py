"""Round 9, all three languages: classes left over from the eighth set and found on the development pages, each
fixed by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_9: dict[str, list[tuple[str, list[str], str]]] = {}

# A page's counter of views or reads printed after the text, often glued to its last sentence by the copy
# ("…до конца лета.Количество показов: 1041", "Просмотров: 1 245", "Views: 300", "Қаралым саны: 56", "Оқылды 120"):
# the site's counter, not a figure of the article. Negatives: a sentence that counts views puts the number before
# the word ("более 1000 просмотров"), and a figure before the counter stays.
COUNTER_LABEL = [
    ("Трудовой сезон продлится до конца лета.Количество показов: 1041", [], "ru"),
    ("Волонтеры убрали 300 дворов. Просмотров: 1 245", [f"300 exact * * {NOW} *"], "ru"),
    ("Прочитано: 87", [], "ru"),
    ("Еріктілер 200 ағаш отырғызды. Қаралым саны: 56", [f"200 exact trees * {NOW} *"], "kk"),
    ("Еріктілер 200 ағаш отырғызды. Оқылды 120", [f"200 exact trees * {NOW} *"], "kk"),
    ("Eriktiler 200 aǵash otyrǵyzdy. Qaralym sany: 56", [f"200 exact trees * {NOW} *"], "kk"),
    ("Volunteers planted 200 trees in Almaty. Views: 300", [f"200 exact trees * {NOW} *"], "en"),
    # negatives: views counted in a sentence
    ("Видео волонтеров набрало более 1000 просмотров.", [f"1000 at_least * * {NOW} *"], "ru"),
    ("The volunteers' video got 5,000 views in a day.", [f"5000 exact * * {NOW} *"], "en"),
]
ROUND_1_9["COUNTER_LABEL"] = COUNTER_LABEL



# A Kazakh bound after words the noun phrase did not take: the case ending and "жуық/астам" follow a measure the noun
# finder does not know ("3 млн шаршы метрге жуық саябақ") or the counted noun after a measure ("5 мың тонна қоқысқа
# жуық"), in both scripts. Negatives: a number word between starts a figure of its own ("150 ерікті жүзге жуық ағаш"),
# a clause break, and a bound of a later number.
KK_BOUND_AFTER_WORDS = [
    ("Жалпы ауданы 3 млн шаршы метрге жуық саябақтар мен гүлзарлар тазартылды.", ["3e+06 approx * * * *"], "kk"),
    ("Jalpy aýdany 3 mln sharshy metrge jýyq saıabaqtar men gúlzarlar tazartyldy.", ["3e+06 approx * * * *"], "kk"),
    ("Еріктілер 5 мың тонна қоқысқа жуық шығарды.", ["5000 approx tonnes * * *"], "kk"),
    ("Eriktiler 5 myń tonna qoqysqa jýyq shyǵardy.", ["5000 approx tonnes * * *"], "kk"),
    ("Биыл еріктілер 20 мың шаршы метрден астам аумақты тазартты.", ["20000 at_least * * * *"], "kk"),
    # negatives
    ("Акцияға 150 ерікті жүзге жуық ағаш отырғызды.", ["150 exact persons * * *", "100 approx trees * * *"], "kk"),
    ("Еріктілер 5 мың тонна қоқысты шығарды, 300-ге жуық адам қатысты.",
     ["5000 exact tonnes * * *", "300 approx persons * * *"], "kk"),
    ("Еріктілер 3 мың отбасыға 50 тоннадан астам көмек жеткізді.",
     ["3000 exact families * * *", "50 at_least tonnes * * *"], "kk"),
]
ROUND_1_9["KK_BOUND_AFTER_WORDS"] = KK_BOUND_AFTER_WORDS


# A line cut by the copy a few words into a second clause ("… 50-60 тысяч тенге, а ежемесяч", "…, but the fund
# sp", "…, ал қалған"): not a title, its figures are the body's (a title without a topic word is skipped).
# Negatives: a title with no clause after a comma stays a title and is not read.
CUT_SECOND_CLAUSE = [
    ("Приют «Шанс» содержит около 550 собак.\n\nВ приюте ежедневно уходит на питание животных 50-60 тысяч "
     "тенге, а ежемесяч", ["550 approx * * * *", "50000 at_least KZT * * *", "60000 at_most KZT * * *"], "ru"),
    ("The shelter keeps about 550 dogs.\n\nThe shelter spends 60,000 tenge on food every day, but the owner sa",
     ["550 approx * * * *", "60000 exact KZT * * *"], "en"),
    ("Баспана 550-ге жуық итті асырайды.\n\nБаспана күніне тамаққа 60 мың теңге жұмсайды, ал айына жұмс",
     ["550 approx * * * *", "60000 exact KZT * * *"], "kk"),
    # negative: a title line (no sentence end, no topic word) before the body stays unread
    ("Приют «Шанс» содержит около 550 собак.\n\nЧем живут 2 приюта города\n\nЛюди помогают приюту.",
     ["550 approx * * * *"], "ru"),
    ("Приют «Шанс» содержит около 550 собак.\n\nЧем живут 2 приюта города, а также\n\nЛюди помогают приюту.",
     ["550 approx * * * *", "2 exact * * * *"], "ru"),
]
ROUND_1_9["CUT_SECOND_CLAUSE"] = CUT_SECOND_CLAUSE


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_9.values() for row in table])
def test_round9(text, expected, lang):
    _check_read(text, expected, lang)

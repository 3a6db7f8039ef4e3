"""Round 27 (kk/ru helper "kkru"): classes of phrasing behind set 27's Kazakh and Russian misses and false
figures, each fixed by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_27_KKRU: dict[str, list[tuple[str, list[str], str]]] = {}

# Kazakh "about" words that take the dative ("140-қа жуық", "200-ге тарта", "300-ге таяу") written after a bare
# number without its case ending: "140 жуық жанұяға", "200 тарта жанұяны" still say about, in both scripts; "жанұя"
# (the older word for a family) counts families as "отбасы" does. Negatives: the dative form, a plain count.
KK_BARE_ABOUT = [
    ("Биыл еріктілер 140 жуық жанұяға көмек қолын созыпты.", ["140 approx families * * *"], "kk"),
    ("Жыл сайын 200 тарта жанұяны қамтимыз.", ["200 approx families * * *"], "kk"),
    ("Еріктілер 300 таяу отбасыға көмектесті.", ["300 approx families * * *"], "kk"),
    ("Eriktiler 140 jýyq otbasyǵa kómektesti.", ["140 approx families * * *"], "kk"),
    # negatives: the dative form reads as before; a plain count stays exact
    ("Еріктілер 140-қа жуық отбасыға көмектесті.", ["140 approx families * * *"], "kk"),
    ("Еріктілер 5 жанұяға көмектесті.", [f"5 exact families * {NOW} *"], "kk"),
]
ROUND_1_27_KKRU["KK_BARE_ABOUT"] = KK_BARE_ABOUT

# Kazakh "-ден асуы мүмкін / асуда / асыпты" (may exceed, is exceeding): other forms of "асу" after the ablative are
# a lower bound, as "асты / асады" are. Negatives: the negated "аспауы" is a ceiling, "-ден кем" is under.
KK_EXCEED_FORMS = [
    ("БҰҰ мәліметінше, құрбандар саны 50 мың адамнан асуы мүмкін.", ["50000 at_least persons * * *"], "kk"),
    ("Еріктілер саны 100-ден асуда.", ["100 at_least persons * * *"], "kk"),
    ("Eriktiler sany 100-den asýy múmkin.", ["100 at_least * * * *"], "kk"),
    # negatives
    ("Еріктілер саны 100-ден аспауы керек.", ["100 at_most * * * *"], "kk"),
    ("Қатысушылар 50 адамнан кем.", ["50 at_most persons * * *"], "kk"),
]
ROUND_1_27_KKRU["KK_EXCEED_FORMS"] = KK_EXCEED_FORMS

# Kazakh "N мезгіл" (N times of the day: meals a day) is how often, as "N рет" is: "120 адамды үш мезгіл тегін
# тамақтандырады" counts 120 people, never 3. Negatives: the people fed stay.
KK_MEALS_A_DAY = [
    ("Асхана аптаның бес күнінде 120 адамды үш мезгіл тегін тамақтандырады.", ["120 exact persons * * *"], "kk"),
    ("Мұнда 100-120 адамға үш мезгіл тегін тамақ беріледі.",
     ["100 at_least persons * * *", "120 at_most persons * * *"], "kk"),
    ("Balalarǵa kúnine eki mezgil ystyq tamaq beriledi.", [], "kk"),
    ("Еріктілер 3 мезгіл ыстық тамақ таратты.", [], "kk"),
]
ROUND_1_27_KKRU["KK_MEALS_A_DAY"] = KK_MEALS_A_DAY

# A Kazakh collective numeral ("екеуі", the two of them) closes its numeral: it never sums with a number word after
# it ("жұбайы екеуі алты бала" is not eight). After a kin word in the possessive ("жұбайы / әйелі / анасы екеуі") it
# is the person and that kin together, no count. Negatives: a collective alone still counts, "жиырма екеуі" is 22.
KK_COLLECTIVE_PAIR = [
    ("Ол жұбайы екеуі алты бала тәрбиелеп отыр.", [f"6 exact persons * {NOW} *"], "kk"),
    ("Ол әйелі екеуі бес баланы асырап отыр.", [f"5 exact persons * {NOW} *"], "kk"),
    ("Ол анасы екеуі 200 ағаш отырғызды.", [f"200 exact trees * {NOW} *"], "kk"),
    ("Ol jubaıy ekeýi alty bala tárbıelep otyr.", [f"6 exact persons * {NOW} *"], "kk"),
    # negatives
    ("Екеуі 200 ағаш отырғызды.", [f"2 exact * * {NOW} *", f"200 exact trees * {NOW} *"], "kk"),
    ("Жиырма екеуі ерікті.", [f"22 exact persons * {NOW} *"], "kk"),
]
ROUND_1_27_KKRU["KK_COLLECTIVE_PAIR"] = KK_COLLECTIVE_PAIR

# A Kazakh blessing's multiple ("Алла жүз есе сауаптан жазсын", "мың есе сауабын берсін": a hundredfold reward) is
# rhetoric, as "екі есе жағымды" is. Negatives: a measured multiple stays.
KK_BLESSING_TIMES = [
    ("Алла Тағала сіздердің игі істеріңіз үшін жүз есе сауаптан жазсын, - деді ол.", [], "kk"),
    ("Алла мың есе сауабын берсін.", [], "kk"),
    ("Еріктілер саны екі есе өсті.", ["2 exact ratio * * *"], "kk"),
]
ROUND_1_27_KKRU["KK_BLESSING_TIMES"] = KK_BLESSING_TIMES

# A number alone on a line, its noun on the next line in lowercase: the copy broke the sentence after its first
# figure ("1300⏎волонтеров помогают гостям …"); the lines are one sentence. Negatives: a blank line or a capital
# after the number keeps it apart.
LONE_NUMBER_LINE = [
    ("1300\nволонтеров помогают гостям и участникам на Всемирных играх кочевников. Желание стать\nдобровольцем "
     "изъявили свыше 4,5 тысяч человек.", [f"1300 exact persons * {NOW} *", f"4500 at_least persons * {NOW} *"], "ru"),
    ("4 500\nеріктілер көмектесіп жатыр. Өтінім беруге ниет білдірген 6 мыңнан астам адам бар.",
     [f"4500 exact persons * {NOW} *", f"6000 at_least persons * {NOW} *"], "kk"),
    # negatives
    ("1300\n\nВолонтеры помогают гостям и участникам на Всемирных играх кочевников.", [], "ru"),
    ("1300\nВолонтеры помогают гостям и участникам на Всемирных играх кочевников.", [], "ru"),
]
ROUND_1_27_KKRU["LONE_NUMBER_LINE"] = LONE_NUMBER_LINE

# A Kazakh hotline named by its short number before the service ("109 бірыңғай қызметі", "102 қызметіне", "1414
# байланыс орталығы"; Latin "109 birińǵaı qyzmeti"): a phone number, no count. Negatives: staff and services counted
# with the bare noun, "бірыңғай" (uniform) before a counted thing, a number not of a hotline's shape.
KK_SERVICE_NUMBER = [
    ("Жұмыстар 109 бірыңғай қызметі арқылы жүргізіледі.", [], "kk"),
    ("Jumystar 109 birińǵaı qyzmeti arqyly júrgiziledi.", [], "kk"),
    ("Тұрғындар 102 қызметіне хабарласты.", [], "kk"),
    ("Өтінімдер 1414 байланыс орталығына түседі.", [], "kk"),
    # negatives
    ("Ауылда 150 қызметкер жұмыс істейді.", [f"150 exact persons * {NOW} *"], "kk"),
    ("Еріктілер 100 қызмет көрсетті.", [f"100 exact * * {NOW} *"], "kk"),
    ("Еріктілер 1500 бірыңғай себет таратты.", [f"1500 exact * * {NOW} *"], "kk"),
]
ROUND_1_27_KKRU["KK_SERVICE_NUMBER"] = KK_SERVICE_NUMBER

# Feeding people for free is charity: a subtitle without a stop that tells of free meals ("Асхана … 120 адамды үш
# мезгіл тегін тамақтандырады", "Столовая ежедневно кормит 150 человек бесплатными обедами") is about the topic and
# yields its figures as a headline does. Negative: a subtitle off the topic stays unread.
FREE_MEALS_TOPIC = [
    ("Алматыда тегін тамақтандыратын асхана ашылды\n\nАсхана аптаның бес күнінде 120 адамды үш мезгіл тегін "
     "тамақтандырады\nSputnik\n\nАСТАНА, 5 қараша – Sputnik. Асхана ашылды, деп хабарлайды Sputnik Қазақстан "
     "баспасөз қызметіне сілтеме жасап.", ["120 exact persons * * *"], "kk"),
    ("В Алматы открылась столовая\n\nСтоловая ежедневно кормит 150 человек бесплатными обедами\n\nАЛМАТЫ. "
     "Столовая открылась при мечети, сообщает пресс-служба управления.", ["150 exact persons * * *"], "ru"),
    # negative
    ("Алматыда жаңа асхана ашылды\n\nАсхана күн сайын 120 адамға ас береді\n\nАЛМАТЫ. Асхана ашылды, деп "
     "хабарлайды баспасөз қызметі.", [], "kk"),
]
ROUND_1_27_KKRU["FREE_MEALS_TOPIC"] = FREE_MEALS_TOPIC

# "Біз төртеу едік" (there were four of us): a collective with the first person's copula is the speakers' own party,
# as "екеуміз" (we two) is, no count. Negatives: a collective of the third person counts.
KK_WE_WERE = [
    ("Біз төртеу едік. Жігіттер қар күреді.", [], "kk"),
    ("Біз бесеу болдық, 20 қарияға көмектестік.", [f"20 exact * * {NOW} *"], "kk"),
    ("Biz tórteý edik. Jigitter qar kúredi.", [], "kk"),
    # negative
    ("Төртеуі ерікті болды.", [f"4 exact persons * {NOW} *"], "kk"),
]
ROUND_1_27_KKRU["KK_WE_WERE"] = KK_WE_WERE


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_27_KKRU.values() for row in table])
def test_round27_kkru(text, expected, lang):
    _check_read(text, expected, lang)

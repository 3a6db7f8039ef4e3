"""Round 22 (kkru): classes behind set 22's misses and false figures on Kazakh and Russian pages, each fixed by a
rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_22_KKRU: dict[str, list[tuple[str, list[str], str]]] = {}

# A dateline of a day, a month word (abbreviated or full), a year and a clock time at the top of the page ("02 қыр,
# 2019 сағат 14:32", "12 марта 2024, 14:32", "March 3, 2024 14:32") is metadata as "19.08.2022 14:17" is: kept, it
# stood as the page's first line and title, and the real headline after it was dropped as a headline off the topic
# (with its figure). Negatives: a line with a figure after the date is text.
WORDED_DATELINE = [
    ("02 қыр, 2019 сағат 14:32\n\nМектепке жол: ҚХА 10 мың оқушыға 200 млн теңгенің көмегін көрсетті\n\n"
     "Оқушыларға 200 млн. теңге көлемінде қайырымдылық көмек көрсетті.",
     [f"10000 exact persons * {NOW} *", f"2e+08 exact KZT * {NOW} *"], "kk"),
    ("25 сәуір 2024 ж. 21:46\n\nҚор 10 мың оқушыға 200 млн теңгенің көмегін көрсетті\n\n"
     "Оқушыларға 200 млн. теңге көлемінде қайырымдылық көмек көрсетті.",
     [f"10000 exact persons * {NOW} *", f"2e+08 exact KZT * {NOW} *"], "kk"),
    ("12 марта 2024, 14:32\n\nФонд передал 300 семьям продуктовые наборы\n\n"
     "Волонтеры фонда раздали наборы в Астане.", [f"300 exact families * {NOW} *"], "ru"),
    ("March 3, 2024 14:32\n\nFoundation hands 300 families food parcels\n\n"
     "Volunteers of the charity fund handed the parcels in Astana.", [f"300 exact families * {NOW} *"], "en"),
]
ROUND_1_22_KKRU["WORDED_DATELINE"] = WORDED_DATELINE

# Kazakh "-ден жоғары" (above) after a number is "more than" as "-ден астам" is; "-ден төмен" (below) is "under".
# Negatives: an age limit ("18 жастан жоғары") and a temperature stay no figure.
KK_ABOVE_BELOW = [
    ("Қазір 400 келіден жоғары азық-түлік пен 450 келі киім-кешек жиналды.",
     [f"400 at_least kg * {NOW} *", f"450 exact kg * {NOW} *"], "kk"),
    ("Акцияға 500-ден жоғары ерікті қатысты.", [f"500 at_least persons * {NOW} *"], "kk"),
    ("Qazir 400 keliden joǵary azyq-túlik jinaldy.", [f"400 at_least kg * {NOW} *"], "kk"),
    ("Еріктілер саны 300-ден жоғары.", [f"300 at_least persons * {NOW} *"], "kk"),
    # negatives
    ("18 жастан жоғары 300 ерікті қатысты.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Ауа температурасы 30 градустан жоғары болды, 200 ерікті жұмыс істеді.", [f"200 exact persons * {NOW} *"], "kk"),
]
ROUND_1_22_KKRU["KK_ABOVE_BELOW"] = KK_ABOVE_BELOW

# Half of one tonne in words: Kazakh "жарты тонна" with its case ending and bound ("жарты тоннаға жуық" about half a
# tonne, "жарты тоннадан астам" over), English "half a tonne / ton", as the Russian "полтонны". Negatives: the size
# of a truck ("жарты тонналық", "a half-tonne truck"), half of a time, half of a counted amount (a share).
HALF_A_TONNE = [
    ("Соңғы дерекке сүйенсек, жиналған зат көлемі жарты тоннаға жуық.", [f"0.5 approx tonnes * {NOW} *"], "kk"),
    ("Еріктілер жарты тонна қоқыс жинады.", [f"0.5 exact tonnes * {NOW} *"], "kk"),
    ("Жарты тоннадан астам азық-түлік жиналды.", [f"0.5 at_least tonnes * {NOW} *"], "kk"),
    ("Jinalǵan zat kólemi jarty tonnaǵa jýyq.", [f"0.5 approx tonnes * {NOW} *"], "kk"),
    ("Volunteers collected half a tonne of rubbish.", [f"0.5 exact tonnes * {NOW} *"], "en"),
    ("Over half a ton of food was donated.", [f"0.5 at_least tonnes * {NOW} *"], "en"),
    ("Волонтеры собрали около полутонны мусора.", [f"0.5 approx tonnes * {NOW} *"], "ru"),
    # negatives
    ("Жарты тонналық жүк көлігімен 300 қорап жеткізілді.", [f"300 exact * * {NOW} *"], "kk"),
    ("A half-tonne truck delivered 300 boxes.", [f"300 exact * * {NOW} *"], "en"),
    ("Жарты сағатта 20 ерікті жиналды.", [f"20 exact persons * {NOW} *"], "kk"),
]
ROUND_1_22_KKRU["HALF_A_TONNE"] = HALF_A_TONNE

# Russian "половина" whose part a dash names ("250 человек, половина из них – пропавшие, половина – утеря связей",
# "из 40 волонтеров половина – студенты"): a share of half, approx, as "половина волонтеров" is. Negatives: the
# second half of something ("вторая половина – 20 человек"), half of a time.
RU_HALF_BEFORE_DASH = [
    ("А всего по столице волонтеры сейчас ищут 250 человек, половина из них – без вести пропавшие, половина – утеря "
     "родственных связей.", [f"250 exact persons * {NOW} *", f"50 approx percent * {NOW} *",
                             f"50 approx percent * {NOW} *"], "ru"),
    ("Из 40 волонтеров половина – студенты.", [f"40 exact persons * {NOW} *", f"50 approx percent * {NOW} *"], "ru"),
    # negatives
    ("Вторая половина – 20 человек.", [f"20 exact persons * {NOW} *"], "ru"),
    ("Половина — года прошла.", [], "ru"),
]
ROUND_1_22_KKRU["RU_HALF_BEFORE_DASH"] = RU_HALF_BEFORE_DASH

# Kazakh "жас" after a number that a participle describes ("әр ауылынан жиналған 100 жас", "сенбілікке келген 30 жас")
# counts young people, not an age (round 16 took "480 жас пен 50 қарт"). Negatives: ages ("18 жас толған",
# "18 жас аралығында", "85 жаста").
KK_YOUNG_AFTER_PARTICIPLE = [
    ("Ауданның әр ауылынан жиналған 100 жас Чапаев, Тайпақ ауылдарының орталық көшелерін тазалады.",
     [f"100 exact persons * {NOW} *"], "kk"),
    ("Сенбілікке келген 30 жас саябақты тазалады.", [f"30 exact persons * {NOW} *"], "kk"),
    ("Ауылдан жиналған 100 жас пен 20 ұстаз көшелерді тазалады.", [f"100 exact persons * {NOW} *", "20 exact * * * *"],
     "kk"),
    ("Jinalǵan 100 jas kóshelerdi tazalady.", [f"100 exact * * {NOW} *"], "kk"),
    # negatives
    ("Биыл толған 18 жас толған ерікті жоқ.", [], "kk"),
    ("Қайтыс болған 85 жаста еді.", [], "kk"),
    ("Еріктілердің жасы 18 жас аралығында.", [], "kk"),
]
ROUND_1_22_KKRU["KK_YOUNG_AFTER_PARTICIPLE"] = KK_YOUNG_AFTER_PARTICIPLE

# The last item of a list cut at the end of the page ("…120 га орман қорын және 3,6", "…120 га леса и 3,6",
# "…120 ha of forest and 3.6"): a number after "және / и / and" closing a sentence with no stop lost its unit or
# noun. Negatives: the item with its unit, and a sentence with a stop.
LIST_ITEM_CUT = [
    ("Олар 120 га мемлекеттік орман қорын және 3,6", [f"120 exact * * {NOW} *"], "kk"),
    ("Волонтеры очистили 120 га леса и 3,6", [f"120 exact * * {NOW} *"], "ru"),
    ("Volunteers cleared 120 ha of forest and 3.6", [f"120 exact * * {NOW} *"], "en"),
    # negatives
    ("Олар 120 га орман қорын және 3,6 га саябақты тазалады.", [f"120 exact * * {NOW} *", f"3.6 exact * * {NOW} *"],
     "kk"),
    ("Volunteers cleared 120 ha of forest and 3.6 ha of park.", [f"120 exact * * {NOW} *", f"3.6 exact * * {NOW} *"],
     "en"),
]
ROUND_1_22_KKRU["LIST_ITEM_CUT"] = LIST_ITEM_CUT


@pytest.mark.parametrize(("text", "want", "lang"),
                         [row for table in ROUND_1_22_KKRU.values() for row in table])
def test_round22_kkru(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

"""Round 5, Kazakh: classes of phrasing found by composed probe articles in the styles of Kazakh-language outlets
(regional television sites, akimats' press releases, Kazinform in Cyrillic and in the Latin alphabets of 2018 and
2021, informal Latin as people type it), each fixed by a rule of the language and checked here with variants
(cases, word orders, with and without qualifiers, both scripts), Russian and English variants where the class
exists there too, and negatives that must not change.

Same format as tests/test_extract_phrases.py: "value qualifier unit metric period_start..period_end area",
"*" for any; publication date 2025-06-15.
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, Y2024, YTD, _check_read

JAN_MAY_2025 = "2025-01-01..2025-05-31"

# The first N months of a year Kazakh names in the genitive: "үстіміздегі жылдың бес айында", "2024 жылдың 11
# айында", "биылғы 5 айда", "өткен жылдың 9 айында"; "алғашқы тоқсанында" is the first quarter; "үстіміздегі
# жылы" and "жыл басынан бергі" are this year so far. A bare "5 айда" is a duration and names no period.
KAZAKH_MONTHS_OF_A_YEAR = [
    ("Облыстық қан орталығының мәліметінше, үстіміздегі жылдың бес айында 4 218 донор қан тапсырған.",
     [f"4218 exact persons * {JAN_MAY_2025} KZ"], "kk"),
    ("Биылғы жылдың 5 айында облыста 4 218 донор қан тапсырды.", [f"4218 exact persons * {JAN_MAY_2025} KZ"], "kk"),
    ("Жылдың алғашқы бес айында еріктілер 120 іс-шара өткізді.", [f"120 exact events * {JAN_MAY_2025} KZ"], "kk"),
    ("Биылғы 5 айда 300-ден астам отбасы көмек алды.", [f"300 at_least families * {JAN_MAY_2025} KZ"], "kk"),
    ("2024 жылдың 11 айында 9 мыңнан астам донор қан тапсырды.",
     ["9000 at_least persons * 2024-01-01..2024-11-30 KZ"], "kk"),
    ("Өткен жылдың 9 айында еріктілер 2 мың отбасына көмектесті.",
     ["2000 exact families * 2024-01-01..2024-09-30 KZ"], "kk"),
    ("Ағымдағы жылдың алғашқы тоқсанында 1 245 донор қан тапсырған.",
     ["1245 exact persons * 2025-01-01..2025-03-31 KZ"], "kk"),
    ("Үстіміздегі жылы облыста 400 донор қан тапсырды.", [f"400 exact persons * {YTD} KZ"], "kk"),
    ("Жыл басынан бергі кезеңде 60 сенбілік өтті.", [f"60 exact events * {YTD} KZ"], "kk"),
    ("Bıylǵy jyldyń bes aıynda 4 218 donor qan tapsyrdy.", [f"4218 exact persons * {JAN_MAY_2025} KZ"], "kk"),
    ("Ağymdağy jyldyñ alğaşqy toqsanynda 1 245 donor qan tapsyrğan.",
     ["1245 exact persons * 2025-01-01..2025-03-31 KZ"], "kk"),
    # negatives: a bare number of months is a duration; a month named is that month
    ("Жоба 5 айда аяқталады, оған 300 ерікті қатысады.", [f"300 exact persons * {NOW} KZ"], "kk"),
    ("Наурыз айында 300 ерікті қатысты.", ["300 exact persons * 2025-03-01..2025-03-31 KZ"], "kk"),
    ("За 9 месяцев 2024 года доноры сдали 300 литров крови.", ["300 exact liters * 2024-01-01..2024-09-30 KZ"],
     "ru"),
]


# The base of a comparison is not a period the next figures take: "Бұл өткен жылмен салыстырғанда 12 пайызға көп.
# Жалпы 1 700 литр қан жиналды" (the litres are this year's, not last year's). Kazakh puts the comparison word after
# the base with a noun or two between ("өткен жылдың сәйкес кезеңімен салыстырғанда", "былтырғы марафонмен
# салыстырғанда") or the base in the ablative of the "-ғы" adjective ("былтырғыдан 12 пайызға көп", "өткен жылғы
# көрсеткіштен 2 есе артық").
COMPARISON_BASES_NOT_INHERITED = [
    ("Жыл басынан бері 400 донор қан тапсырды. Бұл өткен жылдың сәйкес кезеңімен салыстырғанда 12 пайызға көп. "
     "Жалпы 1 700 литр қан дайындалды.",
     [f"400 exact persons * {YTD} KZ", f"12 exact percent * {NOW} KZ", f"1700 exact liters * {YTD} KZ"], "kk"),
    ("Жыл басынан бері 400 донор қан тапсырды. Бұл көрсеткіш былтырғыдан 12 пайызға көп. Жалпы 1 700 литр қан "
     "дайындалды.",
     [f"400 exact persons * {YTD} KZ", f"12 exact percent * {NOW} KZ", f"1700 exact liters * {YTD} KZ"], "kk"),
    ("Биыл 400 донор қан тапсырды. Бұл өткен жылғы көрсеткіштен 2 есе артық. Жалпы 1 700 литр қан жиналды.",
     [f"400 exact persons * {YTD} KZ", f"2 exact ratio * {NOW} KZ", f"1700 exact liters * {YTD} KZ"], "kk"),
    ("Былтырғы марафонмен салыстырғанда қатысушылар саны 1,4 есеге артты. Атаулы көмек 180 мың адамға көрсетілді.",
     [f"1.4 exact ratio * {NOW} KZ", f"180000 exact persons * {NOW} KZ"], "kk"),
    ("Jyl basynan beri 400 donor qan tapsyrdy. Bul ótken jylmen salystyrǵanda 12 paıyzǵa kóp. Jalpy 1 700 lıtr "
     "qan daıyndaldy.",
     [f"400 exact persons * {YTD} KZ", f"12 exact percent * {NOW} KZ", f"1700 exact liters * {YTD} KZ"], "kk"),
    ("Biyl 400 donor qan tapsyrdy. Būl ötken jylmen salystyrğanda 12 paiyzğa köp. Jalpy 1 700 litr qan jinaldy.",
     [f"400 exact persons * {YTD} KZ", f"12 exact percent * {NOW} KZ", f"1700 exact liters * {YTD} KZ"], "kk"),
    ("This year 400 people gave blood, 12% more than in 2024. In all, 1,700 liters were collected.",
     [f"400 exact persons * {YTD} KZ", f"12 exact percent * {NOW} KZ", f"1700 exact liters * {YTD} KZ"], "en"),
    # negatives: a period of the sentence before that is no base is still taken; "since last year's floods" is no
    # comparison
    ("Өткен жылы еріктілер 300 іс-шара өткізді. Олар 50 тонна қоқыс жинады.",
     [f"300 exact events * {Y2024} KZ", f"50 exact tonnes * {Y2024} KZ"], "kk"),
    ("Былтырғы су тасқынынан кейін 300 отбасы көмек алды.", [f"300 exact families * {Y2024} KZ"], "kk"),
]


# A scale word with the possessive ending is that many thousands (millions) of a total named before: "оның 82 мыңы
# ерікті жастар", "5 мыңы – еріктілер", "2 миллионы"; only scales take it ("оны" is "him", "жүзі" a face).
SCALES_OF_THEM = [
    ("Оған 1 миллион 400 мың адам қатысқан, оның 82 мыңы ерікті жастар.",
     [f"1.4e+06 exact persons * {NOW} KZ", f"82000 exact persons * {NOW} KZ"], "kk"),
    ("Акцияға 12 мың адам қатысты, оның 4,5 мыңы – еріктілер.",
     [f"12000 exact persons * {NOW} KZ", f"4500 exact persons * {NOW} KZ"], "kk"),
    ("Құтқару жұмыстарына 25 мың адам тартылды. Оның ішінде 5 мыңы – еріктілер.",
     [f"25000 exact persons * {NOW} KZ", f"5000 exact * * {NOW} KZ"], "kk"),
    ("Marafonǵa 3 mıllıon adam qatysty, onyń 2 mıllıony – jastar.",
     [f"3e+06 exact persons * {NOW} KZ", f"2e+06 exact persons * {NOW} KZ"], "kk"),
    ("Aksiiağa 12 myñ adam qatysty, onyñ 4 myñy – eriktiler.",
     [f"12000 exact persons * {NOW} KZ", f"4000 exact persons * {NOW} KZ"], "kk"),
    ("В акции участвовали 12 тысяч человек, из них 4 тысячи – волонтеры.",
     [f"12000 exact persons * {NOW} KZ", f"4000 exact persons * {NOW} KZ"], "ru"),
    # negatives: possessive number stems that are other words
    ("Оны 300 адам қолдады.", [f"300 exact persons * {NOW} KZ"], "kk"),
    ("Оның жүзі жарқырап кетті, 20 адам келді.", [f"20 exact persons * {NOW} KZ"], "kk"),
]


# A number in two parts ("9 мың 600", "1 миллион 200 мың") takes its bound from the case ending of the last part:
# "9 мың 600-ге жуық" is about 9,600, "1 миллион 200 мыңға жуық" about 1.2 million.
BOUNDS_ON_THE_LAST_PART = [
    ("2024 жылы облыста 9 мың 600-ге жуық донация тіркелген.",
     [f"9600 approx donations * {Y2024} KZ"], "kk"),
    ("2024 жылы облыста 9 мың 600-ден астам донация тіркелген.",
     [f"9600 at_least donations * {Y2024} KZ"], "kk"),
    ("Былтыр акцияға 1 миллион 200 мыңға жуық адам қатысты.", [f"1.2e+06 approx persons * {Y2024} KZ"], "kk"),
    ("Былтыр акцияға 1 миллион 200 мыңнан астам адам қатысты.", [f"1.2e+06 at_least persons * {Y2024} KZ"], "kk"),
    ("Облыста 2 мың 300-дей ерікті бар.", [f"2300 approx persons * {NOW} KZ"], "kk"),
    ("2024 jyly oblysta 9 myń 600-ge jýyq donasıa tirkelgen.", [f"9600 approx * * {Y2024} KZ"], "kk"),
    ("2024 jyly oblysta 9 myñ 600-ge juyq donasia tırkelgen.", [f"9600 approx * * {Y2024} KZ"], "kk"),
    # negatives: no ending, no bound; two numbers of a change stay two
    ("Облыста 14 мың 300 донор бар.", [f"14300 exact persons * {NOW} KZ"], "kk"),
    ("Облыста 50 мыңнан 200 мыңға дейін өсті.", [f"50000 exact * * {NOW} KZ", f"200000 exact * * {NOW} KZ"], "kk"),
]

# A Kazakh counter word right after the number ("түп" for trees, "дана" for pieces) takes the case ending, and the
# bound word stands between it and the counted noun: "15 000 түптен астам көшет", "2 мың түпке жуық көшет".
BOUNDS_ON_COUNTER_WORDS = [
    ("Облыста 15 000 түптен астам көшет егілді.", [f"15000 at_least trees * {NOW} KZ"], "kk"),
    ("Облыста 2 мың түпке жуық көшет егілді.", [f"2000 approx trees * {NOW} KZ"], "kk"),
    ("Облыста 200 данадан астам азық-түлік себеті таратылды.", [f"200 at_least items * {NOW} KZ"], "kk"),
    ("Саябаққа 300 түпке дейін көшет отырғызылады.", [f"300 at_most trees * {NOW} KZ"], "kk"),
    ("Oblysta 15 000 túpten astam kóshet egildi.", [f"15000 at_least trees * {NOW} KZ"], "kk"),
    ("Oblysta 2 myñ tüpke juyq köşet egıldı.", [f"2000 approx trees * {NOW} KZ"], "kk"),
    # negatives: a counter without a bound; a bound on the noun itself
    ("Облыста 500 түп көшет егілді.", [f"500 exact trees * {NOW} KZ"], "kk"),
    ("Облыста 500 адамнан астам ерікті жұмыс істейді.", [f"500 at_least persons * {NOW} KZ"], "kk"),
]


# A Kazakh rate told with "келеді" (falls to): "1000 адамға 21 донордан келеді", "10 мың тұрғынға 150 ерікті
# келеді": the population it is counted per is no figure (like "әр 1000 тұрғынға", "1000 тұрғынға шаққанда").
RATES_WITH_KELEDI = [
    ("Облыста бұл көрсеткіш 1000 адамға 21 донордан келеді.", [f"21 exact persons * {NOW} KZ"], "kk"),
    ("Облыста 10 мың тұрғынға 150 ерікті келеді.", [f"150 exact persons * {NOW} KZ"], "kk"),
    ("Облыста мың тұрғынға 18 донор келеді.", [f"18 exact persons * {NOW} KZ"], "kk"),
    ("Oblysta bul kórsetkish 1000 adamǵa 21 donordan keledi.", [f"21 exact persons * {NOW} KZ"], "kk"),
    ("Oblysta 1000 adamğa 21 donordan keledı.", [f"21 exact persons * {NOW} KZ"], "kk"),
    ("В области на 1000 жителей приходится 21 донор.", [f"21 exact persons * {NOW} *"], "ru"),
    # negatives: aid to a number of people is a figure
    ("Облыста 1000 адамға көмек көрсетілді.", [f"1000 exact persons * {NOW} KZ"], "kk"),
    ("Облыста 10 000 адамға 2 мың азық-түлік себеті таратылды.",
     [f"10000 exact persons * {NOW} KZ", f"2000 exact * * {NOW} KZ"], "kk"),
]


ROUND_1_5_KK = {
    "kazakh_months_of_a_year": KAZAKH_MONTHS_OF_A_YEAR,
    "comparison_bases_not_inherited": COMPARISON_BASES_NOT_INHERITED,
    "scales_of_them": SCALES_OF_THEM,
    "bounds_on_the_last_part": BOUNDS_ON_THE_LAST_PART,
    "bounds_on_counter_words": BOUNDS_ON_COUNTER_WORDS,
    "rates_with_keledi": RATES_WITH_KELEDI,
}


@pytest.mark.parametrize(("text", "want", "lang"), [
    pytest.param(t, w, lang, id=f"{cls}:{t[:45]}") for cls, table in ROUND_1_5_KK.items() for t, w, lang in table])
def test_round_5_kazakh_classes(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

"""Round 15 (helper kken), en and kk with their Russian variants: classes of the fifteenth set's misses and false
figures, each fixed by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_15_KKEN: dict[str, list[tuple[str, list[str], str]]] = {}

# A money range whose two ends each carry the currency: "$5–$10", "US$116 – US$3,878", "от $5 до $10", "€1,000 to
# €2,000", "from 500 tenge to 1,000 tenge" — the currency is one, written twice, and the two ends are a range (low
# at_least, high at_most), also when they stand converted in brackets after a tenge range, and a converted amount
# after each end takes that end's qualifier. Negatives: two amounts joined by "and", and an amount "to each".
CURRENCY_AT_EACH_END = [
    ("Last year the funds benefitted 30 organizations, with donations ranging from 60,000 to two million tenge "
     "(US$116 – US$3,878).",
     ["30 exact organizations * * *", "60000 at_least KZT * * *", "2e+06 at_most KZT * * *",
      "116 at_least USD * * *", "3878 at_most USD * * *"], "en"),
    ("Tickets cost $5–$10 each.", [f"5 at_least USD * {NOW} *", f"10 at_most USD * {NOW} *"], "en"),
    ("Tickets cost from $5 to $10 each.", [f"5 at_least USD * {NOW} *", f"10 at_most USD * {NOW} *"], "en"),
    ("Grants of €1,000 to €2,000 were awarded.", [f"1000 at_least EUR * {NOW} *", f"2000 at_most EUR * {NOW} *"], "en"),
    ("Donations ranged from 60,000 tenge (US$116) to two million tenge (US$3,878).",
     ["60000 at_least KZT * * *", "116 at_least USD * * *", "2e+06 at_most KZT * * *", "3878 at_most USD * * *"], "en"),
    ("Билеты на благотворительный концерт стоят от $5 до $10.",
     [f"5 at_least USD * {NOW} *", f"10 at_most USD * {NOW} *"], "ru"),
    ("Гранты составили от 60 000 до 2 млн тенге ($116 – $3 878).",
     ["60000 at_least KZT * * *", "2e+06 at_most KZT * * *", "116 at_least USD * * *", "3878 at_most USD * * *"],
     "ru"),
    ("Гранттар 60 мыңнан 2 млн теңгеге дейін ($116 – $3 878) болды.",
     ["60000 at_least KZT * * *", "2e+06 at_most KZT * * *", "116 at_least USD * * *", "3878 at_most USD * * *"],
     "kk"),
    ("Гранттар 5-тен 10 долларға дейін болды.", [f"5 at_least USD * {NOW} *", f"10 at_most USD * {NOW} *"], "kk"),
    # negatives: two amounts, not a range
    ("The fund raised $5 million and $10 million for the flood victims.",
     ["5e+06 exact USD * * *", "1e+07 exact USD * * *"], "en"),
    ("The fund gave $5 to each child and $10 to each adult.", ["5 exact USD * * *", "10 exact USD * * *"], "en"),
    ("Собрано 5 000 тенге, до $10 тысяч ожидается.", ["5000 exact KZT * * *", "10000 at_most USD * * *"], "ru"),
]
ROUND_1_15_KKEN["CURRENCY_AT_EACH_END"] = CURRENCY_AT_EACH_END


# The year of the data a survey's figures come from, stated before them: "according to them (2014) 51 percent …",
# "(2014 data)", "according to 2014 data", "the 2014 survey", "по данным 2014 года", "2014 жылғы деректер бойынша"
# (both scripts). The results are told in the present ("don't do charity work") and go on after ";" in a clause
# of their own: every clause after the source takes its year. Negatives: a year in brackets not before a figure
# (a founding year), a year that is not a data source before ";", and a sentence after a full stop that says "today".
DATA_YEAR = [
    ("According to them (2014) 51 percent of the population don't do charity work; 40 percent do charity work.",
     ["51 exact percent * 2014-01-01..2014-12-31 *", "40 exact percent * 2014-01-01..2014-12-31 *"], "en"),
    ("(Data of 2014) 51 percent of the population don't do charity work; 40 percent do charity work.",
     ["51 exact percent * 2014-01-01..2014-12-31 *", "40 exact percent * 2014-01-01..2014-12-31 *"], "en"),
    ("According to 2014 data, 51 percent of the population don't do charity work; 40 percent do.",
     ["51 exact percent * 2014-01-01..2014-12-31 *", "40 exact percent * 2014-01-01..2014-12-31 *"], "en"),
    ("(2014 data) 51 percent of the population don't do charity work.",
     ["51 exact percent * 2014-01-01..2014-12-31 *"], "en"),
    ("The 2014 survey found that 51 percent of the population don't do charity work.",
     ["51 exact percent * 2014-01-01..2014-12-31 *"], "en"),
    ("По данным 2014 года, 51% населения не занимается благотворительностью; 40% занимаются.",
     ["51 exact percent * 2014-01-01..2014-12-31 *", "40 exact percent * 2014-01-01..2014-12-31 *"], "ru"),
    ("2014 жылғы деректер бойынша, халықтың 51 пайызы қайырымдылықпен айналыспайды; 40 пайызы айналысады.",
     ["51 exact percent * 2014-01-01..2014-12-31 *", "40 exact percent * 2014-01-01..2014-12-31 *"], "kk"),
    ("2014 jylǵy derekter boıynsha halyqtyń 51 paıyzy qaıyrymdylyqpen aınalyspaıdy; 40 paıyzy aınalysady.",
     ["51 exact percent * 2014-01-01..2014-12-31 *", "40 exact percent * 2014-01-01..2014-12-31 *"], "kk"),
    # negatives
    ("The foundation (2014) has helped 300 families.", [f"300 exact families * {NOW} *"], "en"),
    ("The foundation was created in 2014; 300 volunteers work in it.", [f"300 exact persons * {NOW} *"], "en"),
    ("Фонд создан в 2014 году; сейчас в нём работают 300 волонтеров.", [f"300 exact persons * {NOW} *"], "ru"),
    ("According to 2014 data, 51 percent of the population don't do charity work. Today 40 percent do.",
     ["51 exact percent * 2014-01-01..2014-12-31 *", f"40 exact percent * {NOW} *"], "en"),
]
ROUND_1_15_KKEN["DATA_YEAR"] = DATA_YEAR


# One parent described by how many children she or he has: "a mother of four", "the father of three", "мать четверых
# детей", "многодетная мать пятерых детей" — a person, not a count. (Kazakh "төрт баланың анасы" stays a figure: the
# blind gold of kk_u04 counts it.) Negatives: parents counted ("300 матерям"), the mothers of many ("mothers of 300
# soldiers"), "four of the volunteers".
ONE_PARENT_OF_CHILDREN = [
    ("Dilnaz, one of the people who received the food package, stated that she was a mother of four and she did "
     "not have the opportunity to work.", [], "en"),
    ("A mother of five children, she received a food package.", [], "en"),
    ("The father of three said the volunteers helped him.", [], "en"),
    ("The volunteers helped a mother of four and 300 other families.", [f"300 exact families * {NOW} *"], "en"),
    ("Мать четверых детей получила продуктовый набор.", [], "ru"),
    ("Многодетная мать пятерых детей поблагодарила волонтеров.", [], "ru"),
    ("Отец троих детей рассказал о помощи волонтеров.", [], "ru"),
    ("Волонтеры помогли 300 семьям, в том числе матери четверых детей.", [f"300 exact families * {NOW} *"], "ru"),
    # negatives
    ("The fund supported the mothers of 300 soldiers.", [f"300 exact * * {NOW} *"], "en"),
    ("Four of the volunteers were students.", [f"4 exact * * {NOW} *"], "en"),
    ("Волонтеры помогли 300 матерям и 50 отцам.", [f"300 exact persons * {NOW} *", f"50 exact persons * {NOW} *"],
     "ru"),
]
ROUND_1_15_KKEN["ONE_PARENT_OF_CHILDREN"] = ONE_PARENT_OF_CHILDREN

# British and American spellings of one English noun count one thing: "four early intervention centres were opened"
# and, in a later paragraph, "four centers for kids with autism were unveiled" (centre/center, programme/program,
# litre/liter): the same count told twice. Negatives: other nouns, and another value.
SPELLINGS_OF_ONE_NOUN = [
    ("Four early intervention centres were opened in the regions.\n\nFour centers for kids with autism were "
     "unveiled in Kazakhstan.", [f"4 exact * * {NOW} *"], "en"),
    ("The fund runs 12 charitable programmes.\n\nAll 12 charitable programs are free.", [f"12 exact * * {NOW} *"],
     "en"),
    # negatives
    ("Four early intervention centres were opened in the regions.\n\nFour schools for kids with autism were "
     "unveiled in Kazakhstan.", [f"4 exact * * {NOW} *", f"4 exact * * {NOW} *"], "en"),
    ("Four early intervention centres were opened in the regions.\n\nFive centers for kids with autism were "
     "unveiled in Kazakhstan.", [f"4 exact * * {NOW} *", f"5 exact * * {NOW} *"], "en"),
]
ROUND_1_15_KKEN["SPELLINGS_OF_ONE_NOUN"] = SPELLINGS_OF_ONE_NOUN


# The Kazakh ending of "about" on the measure or counted noun after the number, not on the number: "6,5 шақырымдай
# жерден" (about 6.5 km), "5 тоннадай қоқыс", "40 литрдей қан", "300 адамдай", "10 километрдей", "20 гектардай" (both
# scripts): approx, as "300-дей адам" is. Negatives: "-дай" of likeness on a word that is no measure ("таудай"),
# "мұндай", a bound word before ("кемінде"), and the plain measure.
KK_APPROX_ON_THE_NOUN = [
    ("Олар өзендердің бойында 6,5 шақырымдай жерден пластик бөтелкелерді жинады.", [f"6.5 approx * * {NOW} *"], "kk"),
    ("Еріктілер 5 тоннадай қоқыс жинады.", [f"5 approx tonnes * {NOW} *"], "kk"),
    ("Донорлардан 40 литрдей қан жиналды.", [f"40 approx liters * {NOW} *"], "kk"),
    ("Акцияға 300 адамдай қатысты.", [f"300 approx persons * {NOW} *"], "kk"),
    ("Еріктілер 10 километрдей жағалауды тазартты.", [f"10 approx * * {NOW} *"], "kk"),
    ("Еріктілер 20 гектардай жерге ағаш отырғызды.", [f"20 approx * * {NOW} *"], "kk"),
    ("Eriktiler 5 tonnadai qoqys jinady.", [f"5 approx tonnes * {NOW} *"], "kk"),
    ("Eriktiler 6,5 şaqyrymdai jerden qoqys jinady.", [f"6.5 approx * * {NOW} *"], "kk"),
    # negatives
    ("Еріктілер 5 тонна қоқыс жинады, таудай жұмыс атқарды.", [f"5 exact tonnes * {NOW} *"], "kk"),
    ("Еріктілер 5 таудай үйінді қоқысты шығарды.", [f"5 exact * * {NOW} *"], "kk"),
    ("Мұндай 5 акция өтті.", [f"5 exact * * {NOW} *"], "kk"),
    ("Кемінде 300 адамдай қатысты.", [f"300 at_least persons * {NOW} *"], "kk"),
    ("Еріктілер 5 тонна қоқыс жинады.", [f"5 exact tonnes * {NOW} *"], "kk"),
]
ROUND_1_15_KKEN["KK_APPROX_ON_THE_NOUN"] = KK_APPROX_ON_THE_NOUN


# A multiple stated as a range: "2-3 есе асып түседі", "2–3 есеге артты", "екі-үш есе", "в 2–3 раза", "2-3 times
# higher", "two to three times": two figures of the multiple (low at_least, high at_most), as any range. Negatives: a
# single multiple stays exact ("2 есе", "в 2 раза"), two multiples of two things, "2 және 3 есе", and a frequency
# ("2-3 times a year").
MULTIPLE_RANGES = [
    ("Шығын Арыс апатынан 2-3 есе асып түседі.", [f"2 at_least ratio * {NOW} *", f"3 at_most ratio * {NOW} *"], "kk"),
    ("Шығын 2–3 есеге артты.", [f"2 at_least ratio * {NOW} *", f"3 at_most ratio * {NOW} *"], "kk"),
    ("Шығын екі-үш есе көп.", [f"2 at_least ratio * {NOW} *", f"3 at_most ratio * {NOW} *"], "kk"),
    ("Ущерб в 2–3 раза превышает ущерб от Арыси.", [f"2 at_least ratio * {NOW} *", f"3 at_most ratio * {NOW} *"],
     "ru"),
    ("The damage is 2-3 times higher than in Arys.", [f"2 at_least ratio * {NOW} *", f"3 at_most ratio * {NOW} *"],
     "en"),
    ("The damage is two to three times higher than in Arys.",
     [f"2 at_least ratio * {NOW} *", f"3 at_most ratio * {NOW} *"], "en"),
    # negatives
    ("Донорлар саны 2 есе артты.", [f"2 exact ratio * {NOW} *"], "kk"),
    ("Число доноров выросло в 2 раза.", [f"2 exact ratio * {NOW} *"], "ru"),
    ("Число доноров выросло в 2,5 раза, волонтеров – в 3 раза.",
     [f"2.5 exact ratio * {NOW} *", f"3 exact ratio * {NOW} *"], "ru"),
    ("Volunteers donate 2-3 times a year.", [], "en"),
]
ROUND_1_15_KKEN["MULTIPLE_RANGES"] = MULTIPLE_RANGES


# "One more" of a thing the lexicon counts is a count of one: "тағы бір мектеп салынып жатыр" (both scripts), "ещё
# один проект". Negatives: "тағы бір рет" / "ещё один раз" / "one more time" (frequencies), "тағы бір күні" (a time),
# "тағы бір жаңалық" (no counted noun).
ONE_MORE = [
    ("Ауданда 5 мектеп салынды. Тағы бір мектеп салынып жатыр.",
     [f"5 exact schools * {NOW} *", f"1 exact schools * {NOW} *"], "kk"),
    ("Tağy bır mektep salynyp jatyr.", [f"1 exact schools * {NOW} *"], "kk"),
    ("Ещё один проект стартует в июне.", ["1 exact projects * * *"], "ru"),
    # negatives
    ("Еріктілер тағы бір рет жиналды.", [], "kk"),
    ("Тағы бір күні еріктілер келді.", [], "kk"),
    ("Бұл тағы бір жаңалық.", [], "kk"),
    ("Волонтеры ещё один раз собрались.", [], "ru"),
    ("Volunteers gathered one more time.", [], "en"),
]
ROUND_1_15_KKEN["ONE_MORE"] = ONE_MORE


@pytest.mark.parametrize(("text", "want", "lang"),
                         [row for table in ROUND_1_15_KKEN.values() for row in table])
def test_round_1_15_kken(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

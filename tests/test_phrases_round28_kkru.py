"""Round 28 (kk/ru helper "kkru"): classes behind the misses and false figures of set 28's Kazakh and Russian
pages, each fixed by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check_read

from loaders.text import text_date

ROUND_1_28_KKRU: dict[str, list[tuple[str, list[str], str]]] = {}
LAST_YEAR = "2024-01-01..2024-12-31"

# A Kazakh site's header clock in words, year first, over two lines ("2024 Жыл" / "16 Қыркүйек") or one ("2024 жыл
# 16 қыркүйек"): the day the page was copied; the article's own yearless day-and-month line below it ("• 2 Тамыз")
# takes the clock's year (a day after the clock's is of the year before). Negatives: a clock with no day line
# below is read as before; a day line with no clock above gives no date.
KK_HEADER_CLOCK_DATES: list[tuple[str, dt.date | None]] = [
    ("Тақырып\n+13 °C\nАлматы\n2024 Жыл\n16 Қыркүйек\n  • A\nТақырып\n\nМәтін.\n\n  • 2 Тамыз\n  • 6\nФото",
     dt.date(2024, 8, 2)),
    ("Тақырып\n2025 жыл\n3 Қаңтар\nМәтін\n• 28 Желтоқсан\n", dt.date(2024, 12, 28)),
    ("Тақырып\n2025 жыл 3 қаңтар\nМәтін\n02-қаңтар\n", dt.date(2025, 1, 2)),
    ("Тақырып\n2024 ЖЫЛ\n16 ҚЫРКҮЙЕК\nМәтін\n12 қыркүйек\n", dt.date(2024, 9, 12)),
    # negatives
    ("Тақырып\n2025 жыл 3 қаңтар\nМәтін бар.\n", dt.date(2025, 1, 3)),
    ("Тақырып\nМәтін бар.\n• 2 Тамыз\n", None),
    ("Тақырып\n2024 жыл\nМәтін 2 тамызда басталды.\n", None),
]


@pytest.mark.parametrize("text,want", KK_HEADER_CLOCK_DATES)
def test_kk_header_clock_dates(text, want):
    assert text_date(text) == want


# "прошлогодний" (last year's, an adjective in any case; kk "былтырғы", en "last year's") dates the clause and the
# report that goes on from it to the year before publication. Negatives: the adjective as the base of a comparison
# ("больше прошлогоднего", "по сравнению с прошлогодним") leaves the figure of now.
LAST_YEARS_ADJECTIVE = [
    ("В прошлогодней кампании приняли участие учащиеся более 200 школ и детских садов. "
     "В итоге было собрано 1,26 миллиона крышек.",
     [f"200 at_least * * {LAST_YEAR} *", f"1.26e+06 exact * * {LAST_YEAR} *"], "ru"),
    ("Прошлогодний марафон собрал 5 млн тенге.", [f"5e+06 exact * * {LAST_YEAR} *"], "ru"),
    ("На прошлогоднем субботнике волонтеры убрали 300 дворов.", [f"300 exact * * {LAST_YEAR} *"], "ru"),
    ("В ходе прошлогодних акций высадили 1200 деревьев.", [f"1200 exact * * {LAST_YEAR} *"], "ru"),
    ("Былтырғы акцияға 200 мектеп қатысты. Нәтижесінде 1,26 миллион қақпақ жиналды.",
     [f"200 exact * * {LAST_YEAR} *", f"1.26e+06 exact * * {LAST_YEAR} *"], "kk"),
    ("Last year's campaign drew 200 schools. In total 1.26 million caps were collected.",
     [f"200 exact * * {LAST_YEAR} *", f"1.26e+06 exact * * {LAST_YEAR} *"], "en"),
    # negatives: the base of a comparison
    ("Волонтеры собрали 300 тонн макулатуры, это больше прошлогоднего.", [f"300 exact * * {NOW} *"], "ru"),
    ("Волонтеры собрали 300 тонн макулатуры — по сравнению с прошлогодним показателем это рекорд.",
     [f"300 exact * * {NOW} *"], "ru"),
]
ROUND_1_28_KKRU["LAST_YEARS_ADJECTIVE"] = LAST_YEARS_ADJECTIVE

# The smallest amount named as the subject states that amount, exact ("ең төменгі мөлшері– 40 567 теңге",
# "минимальный размер – X", "the minimum amount is X"; the largest stays at most in Kazakh and English). Negatives:
# "кемінде X", "ең аз дегенде X", "не менее X", "at least X", "a minimum of X" before the number stay at least.
SMALLEST_AMOUNT_STATED = [
    ("Биыл әр білім алушыға киім, оқу құралдарын сатып алуға арналған қаражаттың ең төменгі мөлшері– 40 567 теңге.",
     ["40567 exact KZT * * *"], "kk"),
    ("Гранттың ең төменгі мөлшері 500 мың теңге.", [f"500000 exact KZT * {NOW} *"], "kk"),
    ("Eń tómengi mólsheri 40 567 teńge.", [f"40567 exact KZT * {NOW} *"], "kk"),
    ("Минимальный размер помощи – 40 567 тенге.", [f"40567 exact KZT * {NOW} *"], "ru"),
    ("Минимальный размер помощи составляет 40 567 тенге.", [f"40567 exact KZT * {NOW} *"], "ru"),
    ("The minimum amount of aid is 40,000 tenge.", [f"40000 exact KZT * {NOW} *"], "en"),
    ("The minimum grant size is 500,000 tenge.", [f"500000 exact KZT * {NOW} *"], "en"),
    # negatives: at least before the number; the largest amount stays at most
    ("Әр балаға кемінде 40 мың теңге беріледі.", [f"40000 at_least KZT * {NOW} *"], "kk"),
    ("Ең аз дегенде 40 мың теңге беріледі.", [f"40000 at_least KZT * {NOW} *"], "kk"),
    ("Помощь составит не менее 40 тысяч тенге.", [f"40000 at_least KZT * {NOW} *"], "ru"),
    ("Each child gets at least 40,000 tenge.", [f"40000 at_least KZT * {NOW} *"], "en"),
    ("The campaign needs a minimum of 50 donors a day.", [f"50 at_least persons * {NOW} *"], "en"),
    ("The maximum grant amount is KZT 3 million.", [f"3e+06 at_most KZT * {NOW} *"], "en"),
]
ROUND_1_28_KKRU["SMALLEST_AMOUNT_STATED"] = SMALLEST_AMOUNT_STATED

# Kazakh "жартысы / жартысын" (half of it) with no whole in the genitive, the whole a number counted before it in
# the sentence: a share of 50 per cent, approx, as Russian "половину" and English "half of them". Negatives: no
# number before; a time's half ("сағаттың жартысы", "жылдың жартысында"); a year is no whole.
HALF_OF_IT = [
    ("Жігер қоғамдық бірлестігінің тігіншілері 10 мың дана маска тігіп, жартысын тегін таратты.",
     [f"10000 exact * * {NOW} *", f"50 approx percent * {NOW} *"], "kk"),
    ("Еріктілер 500 азық-түлік себетін жинап, жартысы көпбалалы отбасыларға берілді.",
     [f"500 exact * * {NOW} *", f"50 approx percent * {NOW} *"], "kk"),
    ("Eriktiler 500 azyq-túlik sebetin jinap, jartysyn kópbalaly otbasylarǵa berdi.",
     [f"500 exact * * {NOW} *", f"50 approx percent * {NOW} *"], "kk"),
    ("Волонтеры сшили 10 тысяч масок и половину раздали бесплатно.",
     [f"10000 exact * * {NOW} *", f"50 approx percent * {NOW} *"], "ru"),
    ("Volunteers sewed 10,000 masks and gave half of them away for free.",
     [f"10000 exact * * {NOW} *", f"50 approx percent * {NOW} *"], "en"),
    # negatives
    ("Еріктілер жартысын тегін таратты.", [], "kk"),
    ("Еріктілер 2 сағаттың жартысын жолда өткізді.", [], "kk"),
    ("2025 жылы жартысы құрғап қалды.", [], "kk"),
]
ROUND_1_28_KKRU["HALF_OF_IT"] = HALF_OF_IT

# A Kazakh number joined by a hyphen to a noun is the ordinal of the noun, no count ("110-нысан" the 110th facility,
# "5-сынып", "3-курс", "15-шағын аудан", "24-мектеп", "3-орын"), in both scripts. Negatives: ranges ("5-10 адам",
# "2-3 есе") and endings on the number ("100-ден астам", "20-шақты") stay counts.
KK_NUMBERED_NOUN = [
    ("Ерікті өрт сөндіру пункті ашылды. Бұл — еліміз бойынша ашылған 110-нысан.", [], "kk"),
    ("Bul — elimiz boıynsha ashylǵan 110-nysan.", [], "kk"),
    ("Акцияға 5-сынып оқушылары қатысты, барлығы 120 бала.", [f"120 exact persons * {NOW} *"], "kk"),
    ("Акцияға 3-курс студенттері қатысты.", [], "kk"),
    ("Еріктілер 15-шағын аудандағы 200 отбасына көмектесті.", [f"200 exact families * {NOW} *"], "kk"),
    ("Қаладағы 24-мектептің 300 оқушысы ағаш отырғызды.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Команда 3-орын алды, 40 ерікті қатысты.", [f"40 exact persons * {NOW} *"], "kk"),
    # negatives
    ("Акцияға 5-10 адам қатысты.", [f"5 at_least persons * {NOW} *", f"10 at_most persons * {NOW} *"], "kk"),
    ("Көмек 2-3 есе артты.", [f"2 at_least * * {NOW} *", f"3 at_most * * {NOW} *"], "kk"),
    ("Акцияға 100-ден астам ерікті қатысты.", [f"100 at_least persons * {NOW} *"], "kk"),
    ("Акцияға 20-шақты ерікті қатысты.", [f"20 approx persons * {NOW} *"], "kk"),
]
ROUND_1_28_KKRU["KK_NUMBERED_NOUN"] = KK_NUMBERED_NOUN


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_28_KKRU.values() for row in table])
def test_round28_kkru(text, expected, lang):
    _check_read(text, expected, lang)

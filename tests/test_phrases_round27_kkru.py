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


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_27_KKRU.values() for row in table])
def test_round27_kkru(text, expected, lang):
    _check_read(text, expected, lang)

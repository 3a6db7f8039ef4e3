"""Helpers that several kinds of exclusion read: the month words (a day of a month, a range of dates, the
neighbours of a year), the joiners of a list of numbers, the Kazakh "and", and what counts as a number that another
number may be coordinated with ("одна тонна гречки" after "две тонны макарон"). They decide nothing themselves."""

from __future__ import annotations

import re

from loaders.extract.tokens import Token
from loaders.lexicon import MONTH_RE_EN, MONTH_RE_KK, MONTH_RE_RU
from loaders.numbers import word_number

_MONTH_WORD_RE = re.compile(
    "^(?:" + MONTH_RE_RU + "|" + MONTH_RE_KK + "|" + MONTH_RE_EN + r")$", re.I
)


def _a_number(t: Token, lang: str) -> bool:
    """A number in digits or in words ("по две тонны макарон … и одна тонна гречки"): what "один" may be
    coordinated with."""
    return t.kind == "num" or (t.kind == "word" and t.low not in _NOT_COUNT_WORDS and
                               word_number(t.low, lang) is not None)


# Number words that coordinate no count: "один из …", "ни одного".
_NOT_COUNT_WORDS = frozenset({"один", "одна", "одно", "одну", "одного", "одной", "бір", "one", "once"})


_KK_AND = frozenset({"мен", "пен", "бен", "және", "әрі", "һәм", "men", "pen", "ben", "jáne"})


_LIST_JOINERS = frozenset({",", "и", "and", "or", "или", "және", "мен", "бен", "пен", "&"})
# A list goes on after "а также / as well as / сондай-ақ" too ("на маршрутах: №12, 30, 56 и 77, а также 118, 32, 92").
_ALSO_JOINERS = (("а", "также"), ("as", "well", "as"), ("and", "also"), ("сондай-ақ",), ("сондай", "-", "ақ"))
_ALSO_JOINER_ENDS = frozenset(words[-1] for words in _ALSO_JOINERS)

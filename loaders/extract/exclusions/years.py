"""Year-like numbers (four digits that could be a year, no scale): when one is a count after all. The dispatcher
reads a year-like number as a year unless these find the noun it counts: a count elided after a qualifier ("было 500
волонтеров, а сегодня - более 2000."), a noun after modifiers ("2000 школьных сумок", "2000 көпбалалы отбасыға",
"planted 2025 young seedlings"), the first item of a list of counts ("2006 қаз, 85 үйрек, 3 түйе").

Why a year is not a figure: it dates a statement, it counts nothing; but a number that only looks like a year and
counts a noun is a figure, so these keep it."""

from __future__ import annotations

import re

from loaders.extract.exclusions._shared import _MONTH_WORD_RE
from loaders.extract.numbers import NumberMatch
from loaders.extract.tokens import Token
from loaders.lexicon import YEAR_WORDS_RE
from loaders.numbers import parse_ru, word_number

# Words of a comparison or an estimate that never stand before a bare year: "более 2000", "свыше 2000", "около
# 2000" closing a clause count something named before ("было 500 волонтеров, а сегодня - более 2000"); a year takes
# its "года" ("около 2000 года") or a preposition of time ("с 2000", "до 2000", "after 2000").
_QUALIFIERS_NEVER_BEFORE_A_YEAR = frozenset({"более", "свыше", "около", "почти", "порядка", "примерно",
                                             "приблизительно", "менее", "over", "nearly", "almost", "about",
                                             "approximately", "around"})


def _elided_count_after_a_qualifier(tokens: list[Token], m: NumberMatch) -> bool:
    """A year-like number with nothing counted after it but a qualifier before it ("- более 2000.")."""
    return m.i0 > 0 and tokens[m.i0 - 1].low in _QUALIFIERS_NEVER_BEFORE_A_YEAR and (
        m.i1 >= len(tokens) or tokens[m.i1].text in (".", ",", ";", "!", ")", "»", "\""))


# Words after which a bare four-digit number is read as a year in English, whatever follows ("in 2024 new volunteers
# joined", "the 2024 summer floods", "from 2020 to 2024 young people …").
_EN_BEFORE_A_YEAR = frozenset({"in", "since", "by", "from", "to", "until", "till", "through", "during", "after",
                               "before", "of", "the", "for", "and", "or", "between", "early", "late", "mid", "spring",
                               "summer", "autumn", "fall", "winter", "fiscal", "year", "a", "its", "their", "this"})


# A number that starts a list item: digits without a suffix that are no year ("85", "1 200").
_LIST_COUNT = re.compile(r"\d{1,3}(?:[ ,]\d{3})*")


def _first_of_a_list_of_counts(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """"облыс бойынша 2006 қаз, 85 үйрек, 3 түйе …", "2006 гусей, 85 уток", "2006 geese, 85 ducks": a year-like number
    whose one word after it is followed by a comma and another number with its noun is the first item of a list of
    counts, not a year (a year takes "жылы/году/in" or a name in capitals, and a list of years repeats the year word:
    "2019 жылы, 2020 жылы"). The next item must be a plain count: a number that is no year, not scaled ("2020
    пандемия, 5 мың адам" is left alone), followed by a lower-case word that is no year word or month."""
    k = m.i1
    if m.scaled or k + 3 >= len(tokens):
        return False
    word, comma, num, noun = tokens[k: k + 4]
    if lang == "en" and m.i0 > 0 and tokens[m.i0 - 1].low in _EN_BEFORE_A_YEAR:
        return False  # "In 2006 floods, 85 homes …"
    if word.kind != "word" or not word.text[:1].islower() or YEAR_WORDS_RE.match(word.low) or \
            _MONTH_WORD_RE.match(word.low):
        return False
    if comma.text != "," or num.kind != "num" or num.suffix or not _LIST_COUNT.fullmatch(num.text):
        return False
    if noun.kind != "word" or not noun.text[:1].islower() or YEAR_WORDS_RE.match(noun.low) or \
            _MONTH_WORD_RE.match(noun.low) or word_number(noun.low, lang) is not None:
        return False
    return True


def _ru_plural_modifier(word: str) -> bool:
    """An adjective or participle in the plural ("школьных", "многодетных", "пострадавших"): it never agrees with
    the singular "год", so a year-like number before it counts the noun after."""
    parses = parse_ru(word)
    return bool(parses) and parses[0][1].startswith(("ADJF", "PRTF")) and "plur" in parses[0][1]


def _counted_after_modifiers(tokens: list[Token], m: NumberMatch, noun, lang: str) -> bool:
    """A year-like number followed by modifiers and then the counted noun: "2000 школьных сумок", "2024 новых
    волонтера", "2000 көпбалалы отбасыға", "planted 2025 young seedlings". A year takes its own words ("году",
    "жылы", "in 2000"), an adjective agreeing with it ("2024 учебного года") or a name ("2024 Азия ойындарында",
    "the 2024 Summer Games"), never modifiers in the plural and a counted noun."""
    if noun.noun is None or noun.np_end <= m.i1 + 1 or noun.np_end - m.i1 > 4 or YEAR_WORDS_RE.match(noun.noun):
        return False
    between = tokens[m.i1: noun.np_end - 1]
    head = tokens[noun.np_end - 1]
    if any(t.kind != "word" or t.text[:1].isupper() or YEAR_WORDS_RE.match(t.low) for t in [*between, head]):
        return False
    if lang == "ru":
        # the noun counted: plural, or genitive singular after 2, 3, 4 ("2024 новых волонтера"); any parse, since
        # "саженцев" reads first as a short adjective
        head_ok = any(tag.startswith("NOUN") and "Geox" not in tag and "Name" not in tag and (
            "plur" in tag or (int(m.value) % 10 in (2, 3, 4) and "sing,gent" in tag))
            for _, tag, _ in parse_ru(head.low))
        return head_ok and all(_ru_plural_modifier(t.low) for t in between)
    if lang == "kk" and noun.unit != "percent":
        # a Kazakh year is followed by "жыл…" or a name in capitals, never by modifiers and a counted noun, known to
        # the lexicon or not ("2000 консервілік өнімдері": 2,000 canned goods)
        return True
    if noun.unit is None or noun.unit == "percent":
        return False
    prev = tokens[m.i0 - 1] if m.i0 > 0 else None
    # English: only after a lower-case word that does not introduce a year ("planted 2025 young seedlings"; not
    # "In 2024 new volunteers", "Expo 2017 …")
    return lang == "en" and prev is not None and prev.kind == "word" and prev.text[:1].islower() and \
        prev.low not in _EN_BEFORE_A_YEAR and not _MONTH_WORD_RE.match(prev.low)


def capacity_after_a_count(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """A year-like number after "for" that follows a count and its noun, itself before a lower-case noun: "37 houses
    for 2014 apartments", "5 школ на 2000 мест": what the counted things hold, never a year ("for 2014" alone is)."""
    if m.i0 < 3 or m.i1 >= len(tokens):
        return False
    prep, noun, count, nxt = tokens[m.i0 - 1], tokens[m.i0 - 2], tokens[m.i0 - 3], tokens[m.i1]
    return prep.low in ("for", "на", "per") and noun.kind == "word" and noun.text.islower() and \
        count.kind == "num" and nxt.kind == "word" and nxt.text.islower() and not YEAR_WORDS_RE.match(nxt.low) and \
        not _MONTH_WORD_RE.match(nxt.low)


def kk_bare_count_inside_a_clause(prev: Token | None, nxt: Token | None) -> bool:
    """Kazakh names a year with its "жыл" ("2000 жылы"), so a bare year-like number inside a clause (after a lower-case
    word) and before another lower-case word counts it: "… және 2000 түк (40 тонна) шөп жойылды". A clause may still
    open with a year whose word the copy lost ("Сонымен, 2013 елорда да 8 балабақша пайдалануға берілді"), and a name
    goes on with its year ("Қазақстан 2050 стратегиясы")."""
    return nxt is not None and nxt.low[:1].isalpha() and nxt.text.islower() and \
        nxt.low not in ("ж", "жж", "j", "jj") and not YEAR_WORDS_RE.match(nxt.low) and \
        prev is not None and prev.kind == "word" and prev.text.islower()


def _genitive_plural(word: str) -> bool:
    parses = parse_ru(word)
    return bool(parses) and parses[0][1].startswith("NOUN") and "plur,gent" in parses[0][1] and \
        "Geox" not in parses[0][1] and "Name" not in parses[0][1]

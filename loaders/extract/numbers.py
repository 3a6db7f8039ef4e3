"""Numbers: where a number is in the tokens and what it is worth, in digits or in words of the three languages,
with its scale ("50 тыс." → 50000, "6,2 млрд", "две тысячи", "3 жарым мың" → 3500, "half a million"), its
Kazakh case ending (which carries a qualifier: "500-ден астам"), multiples ("в 3 раза", "үш есе", "threefold")
and shares ("каждый третий", "one in five"). The values of single number words come from loaders/numbers.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.extract.patterns import DIGIT
from loaders.extract.tokens import Token
from loaders.lexicon import (
    CURRENCY_CODES,
    EN_MULTIPLIER_WORDS,
    EN_NUMBERS,
    EN_SCALES,
    KK_ABLATIVE,
    KK_AFTER_ABLATIVE,
    KK_AFTER_DATIVE,
    KK_APPROX_SUFFIXES,
    KK_NUM_ENDINGS,
    KK_NUMBERS,
    KK_SCALES,
    QUALIFIERS_BEFORE,
    RU_AMBIGUOUS_SUFFIXES,
    RU_CARDINAL_SUFFIXES,
    RU_MULTIPLIER_WORDS,
    RU_SCALE_ABBR,
    TIMES_WORDS,
)
from loaders.numbers import (
    RU_FORMS,
    RU_ONE_FORMS,
    compose,
    digits_value,
    en_hyphenated_scale,
    kk_collective,
    kk_ordinal_word,
    ru_singular_scale,
    word_number,
)
from loaders.text import en_month_number, trie_regex

MULTIPLIER_WORDS = {**EN_MULTIPLIER_WORDS, **RU_MULTIPLIER_WORDS}


@dataclass
class NumberMatch:
    value: float
    i0: int  # first token index
    i1: int  # index after the last token of number + scale
    ending: str  # Kazakh case ending on the last token
    from_words: bool
    is_one: bool
    scaled: bool
    year_like: bool
    inner_qualifier: str | None = None
    scale: float | None = None
    case_suffix: bool = False  # a Russian case ending after the digits: "5-ти тысяч", "400-сот тысяч"

# English abbreviations of "thousand" written with a dot after a number ("about 2.7 th. trees", "5 thous.
# seedlings", "3 ths. people"), like the Russian "тыс.": read only when the dot follows ("the 5 th" is no scale).
_EN_THOUSAND_ABBR = ("th", "thous", "ths")


def _en_thousand_with_dot(tokens: list[Token], j: int) -> bool:
    if tokens[j].low not in _EN_THOUSAND_ABBR:
        return False
    if j + 1 < len(tokens) and tokens[j + 1].text == ".":
        return True
    # (or after a decimal, which takes no ordinal's ending: "more than 10.0 th vulnerable citizens", "KZ 693.2 th")
    return j > 0 and tokens[j - 1].kind == "num" and _DECIMAL_PART.search(tokens[j - 1].text) is not None


_DECIMAL_PART = re.compile(r"[.,]\d{1,2}$")


def _scale_of(tok: Token, lang: str) -> tuple[float, str] | None:
    if tok.kind != "word":
        return None
    hit = word_number(tok.low, lang)
    if hit and hit[1]:
        return hit[0], hit[2]
    if lang == "kk":  # Russian abbreviations inside Kazakh text
        hit = word_number(tok.low, "ru")
        if hit and hit[1]:
            return hit[0], ""
    if lang == "kk" and tok.low.endswith(("дық", "дік", "тық", "тік")):
        # "20 мыңдық сертификат", "500 мыңдық грант": an amount of that many thousands, as an adjective
        hit = word_number(tok.low[:-3], lang)
        if hit and hit[1] and not hit[2]:
            return hit[0], ""
    if lang == "en" and tok.low in ("k",):
        return 1e3, ""
    if lang == "en" and tok.text == "MM":
        return 1e6, ""  # "USD 10 MM annually": a financier's million (millimetres are written "mm")
    if lang == "kk":
        informal = _informal_myn(tok.low)
        if informal is not None:
            hit = word_number(informal, lang)
            if hit and hit[1]:
                return hit[0], hit[2]
    return None


def _informal_myn(low: str) -> str | None:
    """Kazakh typed in plain Latin letters writes "мың" (thousand) without its ң: "2 mynnan astam", "5 myn adam",
    "3 mynga juyq" read as "мыннан", "мын", "мынга". After a number these are "мыңнан", "мың", "мыңға" (not "мына",
    this). A doubled "н" typed after "мың" is one: "49 мыңннан астам" is "мыңнан"."""
    if low.startswith("мыңнн"):
        return "мың" + low[4:]
    if not low.startswith("мын") or low.startswith("мына"):
        return None
    rest = low[3:]
    if rest[:2] in ("га", "ге"):
        rest = {"га": "ға", "ге": "ге"}[rest[:2]] + rest[2:]
    return "мың" + rest


_CURRENCY_SIGNS = frozenset("$€£")
# People counted in millions the English way, "m" glued to the number: "1m people", "nearly 2m ethnic Russians", "the
# population from 17m to about 15m" (people, or a population named in the few words before: "15 m" alone is metres).
_PEOPLE_AFTER_M = frozenset({"people", "persons", "residents", "citizens", "families", "children", "voters",
                             "visitors", "tourists", "passengers", "migrants", "users", "ethnic", "kazakhs",
                             "kazakhstanis", "inhabitants", "pupils", "students"})


def _glued_count(tokens: list[Token], i: int, j: int) -> bool:
    """Is the "m"/"bn" at token j glued to the number at token i a count of people (above)?"""
    if tokens[j].low not in ("m", "bn", "mn") or tokens[j].start != tokens[j - 1].end:
        return False
    if j + 1 < len(tokens) and tokens[j + 1].low in _PEOPLE_AFTER_M:
        return True
    return any(t.low in ("population", "populations") for t in tokens[max(0, i - 8):i])


_CURRENCY_NAMES_AFTER = frozenset({"tenge", "kzt", "usd", "dollars", "euros", "eur", "rubles", "тенге", "теңге"})


def _glued_scale(tokens: list[Token], i: int, j: int) -> float | None:
    """"$1.5m", "€3bn", "US$2.4b": an "m"/"b" glued to an amount after a currency sign is a million/billion
    (a bare "15 m" is metres, so only money written this way), or with the currency's name after it ("24b tenge",
    "3m dollars")."""
    if j >= len(tokens):
        return None
    named_after = j + 1 < len(tokens) and tokens[j + 1].low in _CURRENCY_NAMES_AFTER
    if not named_after and not _glued_count(tokens, i, j) and (i == 0 or (
            tokens[i - 1].text not in _CURRENCY_SIGNS and not (
            tokens[i - 1].text in CURRENCY_CODES and tokens[i - 1].end == tokens[i].start))):
        return None  # (a code glued to the amount too: "c. USD2.4m", "EUR3bn")
    tok = tokens[j]
    if tok.kind != "word" or tok.start != tokens[j - 1].end:
        return None
    return {"m": 1e6, "b": 1e9, "bn": 1e9, "mn": 1e6}.get(tok.low)


_YEAR = re.compile(r"(19|20)\d{2}")
_OLD_YEAR = re.compile(r"1[0-8]\d{2}")
_YEAR_PREPOSITIONS = frozenset({"in", "since", "в", "с", "from"})


_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


_EN_WHOLE_COUNTS = frozenset({"families", "people", "persons", "children", "volunteers", "residents", "households",
                              "participants", "students", "pupils", "donors", "pensioners", "veterans", "citizens"})


def _dot_thousands(tok: Token, nxt: Token | None, lang: str, scale_next: bool) -> bool:
    """A dot between thousands in a Russian or Kazakh text ("около 1.400 бойцов", "2.500 еріктіге"): one to three
    digits, then groups of exactly three, a counted noun after a space. Not a decimal with a scale ("1.5 млн",
    "1.500 млн"), a share ("2.05%") or a date ("15.11", "01.06.2023": two-digit groups)."""
    if tok.suffix or scale_next or not _DOT_THOUSANDS.fullmatch(tok.text):
        return False
    if lang == "en" and tok.text.count(".") == 1 and not tok.text.endswith(".000") and not (
            nxt is not None and nxt.low in _EN_WHOLE_COUNTS):
        # English writes a decimal with a dot, so there only what no decimal looks like: two dots ("1.500.000
        # tenge"), three zeros after one ("EUR 12.000", a European writer's thousands), or a count of whole people
        # ("nearly 8.900 families"); "12.500 km" stays 12.5
        return False
    if lang == "en":
        return nxt is None or (nxt.kind != "num" and (nxt.kind != "word" or nxt.start > tok.end))
    return nxt is not None and nxt.kind == "word" and nxt.start > tok.end


def _lifespan(tokens: list[Token], i: int) -> bool:
    """Do tokens from i read "(1845–1904": a bracket, a year, a dash, a later year at most 120 years on?"""
    if i < 0 or i + 3 >= len(tokens) or tokens[i].text != "(" or tokens[i + 2].text not in "-–—":
        return False
    a, b = tokens[i + 1], tokens[i + 3]
    return all(t.kind == "num" and t.text.isdigit() and len(t.text) == 4 for t in (a, b)) and \
        0 < int(b.text) - int(a.text) <= 120


def _in_a_lifespan(tokens: list[Token], i: int) -> bool:
    """An old year of a span of years in brackets after a name: "Абай (1845–1904)", "Shokan Valikhanov
    (1835-1865)": years of a life, never a count."""
    return _lifespan(tokens, i - 1) or _lifespan(tokens, i - 3)


def _plural_in_the_suffix_case(suffix: str, nxt: Token | None) -> bool:
    """A Russian ambiguous ending after digits is a cardinal's when a plural noun in its case follows: the
    instrumental "5-ю организациями", "7-ми волонтерами", "27-ю медицинскими организациями", the dative "30-м
    семьям" (an ordinal agrees with a singular: "на 5-ю неделю", "5-м этаже")."""
    if nxt is None or nxt.kind != "word":
        return False
    if suffix == "ми":
        # "-ми" is a cardinal's in every oblique case ("восьми"): "28-ми акмолинцам", "7-ми волонтерами", "из 8-ми
        # районов", "о 5-ти семьях"; an ordinal's "-ми" would be an instrumental plural only
        return nxt.low.endswith(("ами", "ями", "ыми", "ими", "ам", "ям", "ах", "ях", "ов", "ев", "ей"))
    if suffix == "ю":
        # (or a plural adjective before the noun: "между 27-ю медицинскими организациями")
        return nxt.low.endswith(("ами", "ями", "ыми", "ими"))
    return suffix == "м" and nxt.low.endswith(("ам", "ям"))


# English copy that set its thousands off by a comma AND a space ("Over 1, 500 people", "4, 870 orphaned children",
# "About 18, 000 children"; a translation tool's habit): one number when a group of one to three digits is followed by
# ", " and exactly three digits, the pair is not part of a longer list ("1, 200, 300") or joined by "and", and the
# first is not a day after its month ("May 5, 150 volunteers", "From May 4 to 11, 300 volunteers") or a numbered
# label ("No. 5, 120 pupils").
_LABEL_BEFORE_THOUSANDS = frozenset({"no", "nos", "number", "№", "#", "grade", "grades", "class", "classes", "room",
                                     "rooms", "page", "pages", "item", "items", "article", "articles", "point",
                                     "points", "section", "sections"})


# Russian: a decimal comma followed by a space in the copy ("на свет появилось 387, 9 тысячи малышей"): the scale word
# in the genitive singular ("тысячи", "миллиона", "миллиарда") after a digit that takes the genitive plural as a whole
# number (0, 1, 5-9: "9 тысяч", not "9 тысячи") says the digit is a fraction. "387, 2 тысячи" stays two numbers.
_RU_SCALE_GENITIVE_SINGULAR = frozenset({"тысячи", "миллиона", "миллиарда", "триллиона"})
_ABBREVIATED_SCALES = frozenset({"тыс", "млн", "млрд", "трлн", "mln", "bln", "bn"})


def _comma_space_decimal(tokens: list[Token], i: int, lang: str) -> bool:
    tok = tokens[i]
    if tok.suffix or not tok.text.isdigit() or i + 3 >= len(tokens):
        return False
    comma, rest, scale = tokens[i + 1], tokens[i + 2], tokens[i + 3]
    if comma.text != "," or comma.start != tok.end or rest.kind != "num" or rest.suffix or \
            rest.start != comma.end + 1:
        return False
    if re.fullmatch(r"0\d?", rest.text) and _scale_of(scale, lang):
        return True  # "шақыртулардың саны 1, 08 млн құрады": a leading zero is no number of its own, a fraction's
    if re.fullmatch(r"\d", rest.text) and _scale_of(scale, lang) and (
            len(tok.text) >= 3 or (len(tok.text) == 2 and scale.low in _ABBREVIATED_SCALES)):
        # "2446, 9 мың га бастырылды", "выпустил … 12, 8 млн. штук молоди": a bare count of hundreds, or of tens
        # before an abbreviated scale (which tells no grammatical number: "12, 2 тысячи" is a list), and "9
        # thousand" make no list
        return True
    if re.fullmatch(r"\d{1,2}", rest.text) and _PERCENT_AFTER.match(scale.low) and int(tok.text) <= 100 and \
            not (i > 1 and tokens[i - 1].text == "," and tokens[i - 2].kind == "num"):
        # "скошено 79, 5 % зерновых", "17, 19 пайызы қайта өңделді": a share with its decimal comma spaced, the
        # per cent right after the fraction (a list of shares has its "и/and" and its per cent after the last one:
        # "17, 19 и 20 %"; one after a number and a comma is an item of a longer list: "10, 17, 19 %"; not one after
        # a clause's comma: "88,7 пайызы … қоныс аударса, 4, 3 пайызы Қырғыз Республикасынан")
        return True
    return lang == "ru" and re.fullmatch(r"[015-9]", rest.text) is not None and \
        scale.low in _RU_SCALE_GENITIVE_SINGULAR


_PERCENT_AFTER = re.compile(r"%|процент\w*|пайыз\w*|per\s*cent|percent")


def _comma_space_thousands(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    if tok.suffix or not re.fullmatch(r"\d{1,3}", tok.text) or i + 2 >= len(tokens):
        return False
    comma, rest = tokens[i + 1], tokens[i + 2]
    if comma.text != "," or comma.start != tok.end or rest.kind != "num" or rest.start != comma.end + 1 or \
            not re.fullmatch(r"\d{3}", rest.text):
        return False
    if any(t.kind == "word" and en_month_number(t.low) for t in tokens[max(0, i - 4):i]):
        return False  # "May 5, 150 volunteers", "From May 4 to 11, 300 volunteers": a day of its month
    if i > 0 and (tokens[i - 1].low in _LABEL_BEFORE_THOUSANDS or
                  (tokens[i - 1].text == "," and i > 1 and tokens[i - 2].kind == "num") or
                  (tokens[i - 1].text == "." and i > 1 and tokens[i - 2].low in _LABEL_BEFORE_THOUSANDS)):
        return False
    after = tokens[i + 3:i + 5]
    return not (after and (after[0].text == "," or after[0].low in ("and", "or")) and len(after) > 1
                and after[1].kind == "num")


_KK_UNITS_OF_THEM = {"бірі": 1, "екісі": 2, "үші": 3, "төрті": 4, "бесі": 5, "алтысы": 6, "жетісі": 7, "сегізі": 8,
                     "тоғызы": 9}


def _kk_units_of_them(word: str) -> int | None:
    """The units of a Kazakh compound number with the possessive of a part ("жиырма бесі": twenty-five of them)."""
    return _KK_UNITS_OF_THEM.get(word)


# Digits grouped into millions ("17.397.200", "9 612 600", "7,784,600").
_GROUPED_MILLIONS = re.compile(r"\d{1,3}(?:[.,\s\u00a0]\d{3}){2,}")


def parse_number(tokens: list[Token], i: int, lang: str) -> NumberMatch | None:
    tok = tokens[i]
    parts: list[tuple[float, bool]] = []
    j = i
    ending = ""
    from_words = False
    inner_qualifier: str | None = None
    case_suffix = False
    if tok.kind == "num":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        scale_next = bool(nxt and _scale_of(nxt, lang))
        case_suffix = lang == "ru" and (tok.suffix in RU_CARDINAL_SUFFIXES or
                                        (tok.suffix in RU_AMBIGUOUS_SUFFIXES and scale_next) or
                                        _plural_in_the_suffix_case(tok.suffix, nxt))
        scaled_next = scale_next and (not tok.suffix or case_suffix)
        value = digits_value(tok.text, lang, scaled_next)
        if _dot_thousands(tok, nxt, lang, scale_next):
            value = float(tok.text.replace(".", ""))
        parts.append((value, False))
        ending = "" if case_suffix else tok.suffix
        j = i + 1
        if _comma_space_decimal(tokens, i, lang):
            parts[-1] = (float(f"{tok.text}.{tokens[i + 2].text}"), False)  # "387, 9 тысячи малышей": 387.9
            j = i + 3
            nxt = tokens[j]
        if lang == "en" and _comma_space_thousands(tokens, i):
            parts[-1] = (value * 1000 + float(tokens[i + 2].text), False)  # "Over 1, 500 people"
            j = i + 3
            nxt = tokens[j] if j < len(tokens) else None
            ending = tokens[i + 2].suffix
        # "40 с лишним тысяч": a bound between the number and its scale word
        if lang == "ru" and j + 2 < len(tokens) and tokens[j].low in ("с", "с") and \
                tokens[j + 1].low in ("лишним", "небольшим") and _scale_of(tokens[j + 2], lang):
            inner_qualifier = "at_least"
            j += 2
        if lang == "kk" and j < len(tokens) and not tok.suffix and _KK_VAGUE_PLURAL_SCALE.match(tokens[j].low):
            return None  # "10 мыңдаған отбасы": tens of thousands, no figure
        if lang == "kk" and j < len(tokens) and tokens[j].low == "жарым" and not tok.suffix:
            parts.append((0.5, False))
            j += 1
    elif tok.kind == "word" and lang == "kk" and tok.low == "жарты" and i + 1 < len(tokens) and \
            (sc := _scale_of(tokens[i + 1], lang)) and sc[0] >= 1e3:
        # "Жарты миллионнан астам қазақстандық" (more than half a million): half of the scale after it, its case
        # ending the numeral's ("жарты миллионға дейін": up to half a million)
        parts.append((0.5, False))
        parts.append((sc[0], True))
        ending = sc[1]
        j = i + 2
        from_words = True
    elif tok.kind == "word" and lang == "en" and tok.low in ("a", "an", "half") and i + 1 < len(tokens):
        # "a million volunteers", "half a million trees"
        k = i + 1
        if tok.low == "half" and tokens[k].low in ("a", "an") and k + 1 < len(tokens):
            k += 1
        sc = _scale_of(tokens[k], lang)
        if not sc or (sc[0] < 1e3 and tokens[k].low != "dozen"):
            return None
        parts.append((0.5 if tok.low == "half" else 1.0, False))
        parts.append((sc[0], True))
        j = k + 1
        from_words = True
    elif tok.kind == "word":
        if lang == "en" and i > 0 and tokens[i - 1].low in _EN_VAGUE_MANY and tok.low in _EN_SCALE_WORDS:
            return None  # "several hundred volunteers", "a few thousand trees": a vague scale, no figure
        while j < len(tokens) and tokens[j].kind == "word":
            if lang == "ru" and tokens[j].low == "семью" and not _instrumental_plural_next(tokens, j):
                break  # "600 тысяч тенге на семью": the family, not "seven" (that is "с семью волонтерами")
            hit = word_number(tokens[j].low, lang)
            if hit is None and lang == "ru" and tokens[j].low in RU_ONE_FORMS and (
                    (parts and not parts[-1][1] and parts[-1][0] >= 20 and parts[-1][0] % 10 == 0) or
                    (j + 1 < len(tokens) and (_scale_of(tokens[j + 1], lang) or
                                              _RU_MEASURE_AFTER_ONE.match(tokens[j + 1].low)))):
                hit = (1.0, False, "")  # "двадцати одному миллиону", "более одной тысячи", "одной тонны"
            if hit is None:
                if lang == "kk" and parts and kk_ordinal_word(tokens[j].low):
                    return None  # "он бірінші жыл", "жиырма бесінші рет": a compound ordinal, not its first part
                if lang == "kk" and parts and _KK_VAGUE_PLURAL_SCALE.match(tokens[j].low):
                    return None  # "он мыңдаған отбасы" is "tens of thousands of families": no figure, not "ten"
                if lang == "kk" and tokens[j].low == "жарым" and parts:
                    parts.append((0.5, False))
                    j += 1
                    continue
                if lang == "kk" and parts and not parts[-1][1] and parts[-1][0] >= 20 and parts[-1][0] % 10 == 0 and \
                        (units := _kk_units_of_them(tokens[j].low)) is not None:
                    # "оның жиырма бесі балалар" (twenty-five of them): the units of a compound with the possessive
                    parts.append((units, False))
                    j += 1
                    break
                if lang == "en" and tokens[j].low == "and" and parts and j + 1 < len(tokens) \
                        and word_number(tokens[j + 1].low, lang):
                    j += 1
                    continue
                break
            if hit[1] and not parts:
                # A bare scale word: "тысячи добровольцев" means "thousands", not a figure;
                # "полмиллиона", "полсотни" carry their own half.
                if hit[0] in (50.0, 500.0, 500000.0, 5e8, 5e11) and tokens[j].low.startswith("пол"):
                    parts.append((hit[0], True))
                    j += 1
                    ending = hit[2]
                    continue
                # "более тысячи волонтеров": after a bound the scale word alone is one thousand
                if j == i and i > 0 and QUALIFIERS_BEFORE.get(tokens[i - 1].low) in ("at_least", "at_most",
                                                                                      "approx", "almost"):
                    parts.append((hit[0], True))
                    j += 1
                    ending = hit[2]
                    break
                # "мыңдай адам", "мыңға жуық", "мыңнан астам": a Kazakh scale word with the ending of "about" or
                # before a bound word is about (at least) one of it
                if j == i and lang == "kk" and (hit[2] in KK_APPROX_SUFFIXES or (
                        hit[2] and j + 1 < len(tokens) and (tokens[j + 1].low in KK_AFTER_ABLATIVE or
                                                            tokens[j + 1].low in KK_AFTER_DATIVE))):
                    parts.append((hit[0], True))
                    j += 1
                    ending = hit[2]
                    break
                # the low end of a change or a range told by the scale word alone: "мыңнан 4 мыңға дейін ұлғайтылды"
                # (from a thousand to 4 thousand), "с тысячи до 4 тысяч": one of the scale
                if j == i and j + 1 < len(tokens) and (
                        (lang == "kk" and hit[2] in KK_ABLATIVE and tokens[j + 1].kind == "num" and
                         any(t.low in ("дейін", "шейін") for t in tokens[j + 2:j + 5])) or
                        (lang == "ru" and i > 0 and tokens[i - 1].low in ("с", "со", "от") and
                         tokens[j + 1].low == "до" and j + 2 < len(tokens) and tokens[j + 2].kind == "num")):
                    parts.append((hit[0], True))
                    j += 1
                    ending = hit[2]
                    break
                # "мың жарымға жуық мал" (about a thousand and a half), "миллион жарым теңге": one and a half of the
                # scale, the ending on "жарым"
                if j == i and lang == "kk" and not hit[2] and j + 1 < len(tokens) and \
                        tokens[j + 1].low.startswith("жарым") and len(tokens[j + 1].low) <= 9:
                    parts.extend([(1.0, False), (0.5, False), (hit[0], True)])
                    ending = tokens[j + 1].low[len("жарым"):]
                    j += 2
                    break
                # "Мың резеңке етік", "мың отбасыға көмек": a bare Kazakh "мың" before a noun is one thousand (not
                # "мыңдаған", not an idiom: "мың алғыс", "мың жаса")
                if j == i and lang == "kk" and tokens[j].low == "мың" and j + 1 < len(tokens) and \
                        tokens[j + 1].kind == "word" and len(tokens[j + 1].low) > 2 and \
                        word_number(tokens[j + 1].low, lang) is None and \
                        not tokens[j + 1].low.startswith(_KK_MYN_IDIOMS) and \
                        (i == 0 or (tokens[i - 1].kind != "num" and word_number(tokens[i - 1].low, lang) is None)):
                    parts.append((hit[0], True))
                    j += 1
                    break
                # "Гуманитарлық жүк миллион теңгеге бағаланады": a bare Kazakh "миллион / миллиард" right before a
                # currency is one of it (a sum of money; not "миллиондаған", which carries an ending)
                if j == i and lang == "kk" and not hit[2] and tokens[j].low in ("миллион", "миллиард") and \
                        j + 1 < len(tokens) and _KK_CURRENCY_AFTER_SCALE.match(tokens[j + 1].low) and \
                        (i == 0 or (tokens[i - 1].kind != "num" and word_number(tokens[i - 1].low, lang) is None)):
                    parts.append((hit[0], True))
                    j += 1
                    break
                # "помощь оказана тысяче семей", "с миллионом подписей": a singular scale word is one of it
                if j == i and lang == "ru" and ru_singular_scale(tokens[j].low) and not (
                        j + 1 < len(tokens) and tokens[j + 1].low in TIMES_WORDS):
                    parts.append((hit[0], True))
                    j += 1
                    continue
                return None
            hyphenated = en_hyphenated_scale(tokens[j].low) if lang == "en" else None
            if hyphenated is not None:  # "two-thousand five hundred": two then thousand, as if written apart
                parts.extend(((hyphenated[0], False), (hyphenated[1], hyphenated[1] >= 1000)))
            else:
                parts.append((hit[0], hit[1]))
            ending = hit[2]
            j += 1
            if hit[2]:  # a Kazakh case ending closes the numeral
                break
            if lang == "kk" and kk_collective(tokens[j - 1].low) is not None:
                # a collective ("the two of them") closes the numeral too: "жұбайы екеуі алты бала тәрбиелеп
                # отыр" (he and his wife raise six children) is two, then six, never eight
                break
        if not parts:
            return None
        from_words = True
    else:
        return None
    scaled = any(s for _, s in parts)
    # Scale words after digits (and after word numbers that lack one): "50 тыс.", "3,5 тысячи", "мыңнан".
    if not ending and j < len(tokens):
        sc = _scale_of(tokens[j], lang)
        if sc is None and lang == "en" and _en_thousand_with_dot(tokens, j):
            sc = (1e3, "")
        if sc is None and lang == "en":
            glued = _glued_scale(tokens, i, j)
            sc = (glued, "") if glued else None
        if sc and sc[0] >= 1e6 and tok.kind == "num" and len(parts) == 1 and parts[0][0] >= 1e6 and \
                _GROUPED_MILLIONS.fullmatch(tok.text):
            # "17.397.200 million people": the digits give the whole number already, the scale word restates it
            j += 1
        elif sc and not (tok.kind == "num" and tok.suffix and not case_suffix):
            parts.append((sc[0], True))
            ending = sc[1]
            scaled = True
            j += 1
            if j < len(tokens) and tokens[j].text == "." and tokens[j - 1].low in (
                "тыс", "млн", "млрд", "трлн", "mln", "bn", "bln", "trln", "тысч", *_EN_THOUSAND_ABBR
            ):
                j += 1
    value = compose(parts) if from_words or scaled else parts[0][0] + sum(v for v, _ in parts[1:])
    if not from_words and scaled:
        value = compose(parts)
    year_like = tok.kind == "num" and not scaled and not _count_with_a_bound(tokens, j, ending) and (
        _YEAR.fullmatch(tok.text) is not None
        # a year of history after "in/since/в/с": "in 1628 when", "In 1666,", "since 1818", "в 1896-м"
        or (_OLD_YEAR.fullmatch(tok.text) is not None and i > 0 and tokens[i - 1].low in _YEAR_PREPOSITIONS)
        or (_OLD_YEAR.fullmatch(tok.text) is not None and _in_a_lifespan(tokens, i))
    )
    if lang == "en" and from_words and not scaled and _en_year_in_words(parts, tokens, i, value):
        year_like = True
    is_one = from_words and value == 1 and not scaled
    value = round(value, 6)  # "4,1 млн" is 4100000, not 4099999.9999999995
    scale = next((v for v, is_scale in reversed(parts) if is_scale), None)
    return NumberMatch(value, i, j, ending, from_words, is_one, scaled, year_like, inner_qualifier, scale,
                       case_suffix)


def _en_year_in_words(parts: list[tuple[float, bool]], tokens: list[Token], i: int, value: float) -> bool:
    """An English year told in words, never a count: a teen or "twenty" before a tens number ("nineteen
    ninety-five", "twenty twenty-four"), or "N hundred and M" of a year's size after "in / since / from"
    ("in nineteen hundred and ninety-one"); "fifteen hundred events", "in fifteen hundred villages" stay 1500."""
    if len(parts) == 2 and 10 <= parts[0][0] <= 20 and 10 <= parts[1][0] <= 99:
        return True
    return 1000 <= value <= 2099 and value % 100 != 0 and any(v == 100 for v, _ in parts) and i > 0 and \
        tokens[i - 1].low in _YEAR_PREPOSITIONS


# A Kazakh count in the ablative with a bound after it ("2000-нан астам іс-шара", "2020-дан аса адам", "1990-нан
# артық"): more than that many, never a year ("2019-дан бері" since 2019 keeps its year).
_ABLATIVE_ENDINGS = ("нан", "нен", "дан", "ден", "тан", "тен")
_BOUNDS_AFTER_ABLATIVE = ("астам", "аса", "артық", "кем")


def _count_with_a_bound(tokens: list[Token], j: int, ending: str) -> bool:
    return (ending or "").lower().lstrip("-") in _ABLATIVE_ENDINGS and j < len(tokens) and \
        tokens[j].low in _BOUNDS_AFTER_ABLATIVE


def _instrumental_plural_next(tokens: list[Token], j: int) -> bool:
    """A Russian instrumental plural (or a scale word) right after token j: "семью волонтерами", "семью тысячами"."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is not None and nxt.kind == "word" and nxt.low.endswith(("ами", "ями", "ьми"))


# Words after a bare "мың" that make it an idiom, not a thousand: "мың алғыс", "мың жаса", "мың құбылу", and a verb of
# manner ("мың бұралған билер" dances swaying a thousand ways, "мың бұралып", "мың өліп, мың тірілу"): "мың" before a
# participle or converb of these verbs says "very much", never how many.
# Kazakh vague plural scale words, "ондаған / жүздеген / мыңдаған / миллиондаған" (tens, hundreds, thousands,
# millions of): a number word before them ("он мыңдаған" = tens of thousands) is part of the vague scale, not a figure.
_KK_VAGUE_PLURAL_SCALE = re.compile(r"^(?:ондаған|жүздеген|мыңдаған|миллиондаған|миллиардтаған)\w*$")
# English "several / a few / many hundred (thousand)": a vague scale like "hundreds of", not one hundred.
_EN_VAGUE_MANY = frozenset({"several", "few", "many"})
_EN_SCALE_WORDS = frozenset({"hundred", "thousand", "million"})
_KK_MYN_IDIOMS = ("алғыс", "жаса", "құбыл", "сан", "рет", "есе", "да", "мен", "қайтара", "жылдық", "жылдар",
                  "бұрал", "иіл", "өліп", "өлі", "тіріл", "толғ")


_SMALL_PART = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?")  # the smaller part of a number in two scales: "674,5 млн"


def complete_number(tokens: list[Token], m: NumberMatch, lang: str) -> None:
    """Extend a number by what parse_number leaves around it: "семь с половиной тысяч", "14 мың 300",
    "тысяч пять" (a scale before the number, which makes it approximate). Changes `m` in place."""
    i = m.i0
    if not m.scaled and m.i1 + 2 < len(tokens) and tokens[m.i1].low == "с" and \
            tokens[m.i1 + 1].low == "половиной":
        scale = word_number(tokens[m.i1 + 2].low, "ru")
        if scale is not None and scale[1]:
            # "семь с половиной тысяч": 7,500
            m.value, m.scaled, m.scale, m.i1 = (m.value + 0.5) * scale[0], True, scale[0], m.i1 + 3
        elif m.value < 1000 and not m.year_like:
            # "три с половиной тонны", "от двух с половиной до десяти лет": 3.5, 2.5 (the half is the number's,
            # not a share of its own)
            m.value, m.i1 = m.value + 0.5, m.i1 + 2
    # ("and half" without its article too: "One and half million Kazakh residents")
    half = 3 if [t.low for t in tokens[m.i1: m.i1 + 3]] == ["and", "a", "half"] else \
        2 if [t.low for t in tokens[m.i1: m.i1 + 2]] == ["and", "half"] else 0
    if lang == "en" and not m.scaled and half and m.i1 + half < len(tokens):
        after = tokens[m.i1 + half]
        scale = word_number(after.low, "en")
        if scale is not None and scale[1] and scale[0] >= 1e3:
            # "one and a half million", "two and a half thousand": 1,500,000, 2,500
            m.value, m.scaled, m.scale, m.i1 = (m.value + 0.5) * scale[0], True, scale[0], m.i1 + half + 1
            m.is_one = False
        elif after.kind == "word":
            # "one and a half times" (a multiple of 1.5), "two and a half tonnes", "two and a half hours" (a
            # duration, then left out as one)
            m.value, m.i1, m.is_one = m.value + 0.5, m.i1 + half, False
    last_scale = m.scale
    while m.scaled and last_scale and m.i1 + 1 < len(tokens) and m.value == int(m.value):
        joint = 0
        if lang == "en" and tokens[m.i1].low == "and" and m.i1 + 2 < len(tokens):
            # "6 millions and 552 thousands of tons": the smaller part joined by "and"
            after = word_number(tokens[m.i1 + 2].low, lang)
            joint = 1 if after is not None and after[1] and after[0] < last_scale else 0
        m.i1 += joint
        part = tokens[m.i1]
        if part.kind == "num" and _SMALL_PART.fullmatch(part.text) and not part.suffix:
            amount = float(part.text.replace(",", "."))
        elif part.kind == "word" and (w := word_number(part.low, lang)) is not None and not w[1] and not w[2] \
                and w[0] < 1000:
            amount = w[0]  # "2 миллиард 675 миллион жеті мың теңге", "2 миллиарда 675 миллионов семь тысяч"
        else:
            m.i1 -= joint
            break
        smaller = word_number(tokens[m.i1 + 1].low.rstrip("."), lang)
        if smaller is None or not smaller[1] or smaller[0] >= last_scale:
            m.i1 -= joint
            break
        # "1 млрд 369 млн көшет", "2 миллиона 300 тысяч", "1 million 200 thousand", "15 млрд 674,5 млн тенге": one
        # number in two scales (or three)
        m.value = round(m.value + amount * smaller[0], 6)
        last_scale = smaller[0]
        m.i1 += 2
        if m.i1 + 1 < len(tokens) and tokens[m.i1].text == "." and tokens[m.i1 - 1].low in ("тыс", "млн", "mln"):
            m.i1 += 1  # "1 млн 250 тыс. тенге": the abbreviation's dot, so that "тенге" is the noun
        if lang == "kk":
            m.ending = smaller[2]  # "1 миллион 200 мыңға жуық": the ending of the last part bounds the whole
    if m.scaled and m.scale and not m.ending and m.i1 < len(tokens) and tokens[m.i1].kind == "num" and \
            tokens[m.i1].text.isdigit() and not tokens[m.i1].suffix.startswith(("ы", "і", "и")) and \
            int(tokens[m.i1].text) < min(1000, m.scale) and m.value == int(m.value):
        # "14 мың 300 донор", "14 тысяч 300": the thousands in a word, the rest in digits (not "50 мыңнан 200
        # мыңға": a scale word with a case ending closes its number)
        m.value += int(tokens[m.i1].text)
        if lang == "kk" and tokens[m.i1].suffix in KK_NUM_ENDINGS:
            m.ending = tokens[m.i1].suffix  # "9 мың 600-ге жуық": the ending of the last part bounds the whole
        m.i1 += 1
    if lang == "ru" and not m.scaled and m.value < 1000 and i > 0 and tokens[i - 1].kind == "word" and \
            (i < 2 or tokens[i - 2].kind != "num"):
        scale = word_number(tokens[i - 1].low, "ru")
        if scale is not None and scale[1]:
            # "прибавляется тысяч пять": a scale before the number, the inverted order means "about"
            m.value, m.scaled, m.scale, m.i0 = m.value * scale[0], True, scale[0], i - 1
            m.inner_qualifier = "approx"


# A bare Russian "десяток" with no number before it ("поздравили десяток активных команд", "около десятка" keeps its
# "около") says "some ten", the way "a dozen" does: approximate. "два десятка волонтеров" (a number of tens) is an
# exact 20, and the plural "десятки" ("tens of") is no figure at all.
_RU_BARE_TEN = frozenset({"десяток", "десятка", "десятку", "десятком", "десятке"})


def is_about_ten(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """Is `m` a lone Russian "десяток" (a rough ten), not a number of tens?"""
    return lang == "ru" and m.i1 == m.i0 + 1 and tokens[m.i0].low in _RU_BARE_TEN


def is_multiplier(tokens: list[Token], m: NumberMatch) -> tuple[bool, int, int]:
    """("в четыре раза", "үш есе", "3 times", "threefold") → (True, first token, after last token)."""
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    prev = tokens[m.i0 - 1] if m.i0 > 0 else None
    if nxt is not None and nxt.low in TIMES_WORDS:
        first = m.i0 - 1 if prev is not None and prev.low in ("в", "во") else m.i0
        return True, first, m.i1 + 1
    tok = tokens[m.i0]
    if tok.kind == "num" and tok.suffix == "fold":
        return True, m.i0, m.i1
    return False, m.i0, m.i1


# Times an event was held: "акциясы 23 рет өткізіліп", "проведена 23 раза", "was held 23 times". The count word
# next to a verb of holding or organising counts events, not how often (a frequency has a base: "жылына 2 рет",
# "2 раза в год", "twice a week") and not a multiple (no comparative). Kazakh puts the verb after the count word,
# Russian and English mostly before it ("прошла уже 5 раз", "has been held 5 times").
_HELD_VERB = re.compile(
    r"^(өткізіл\w*|өткіз\w*|өтті\w*|өтеді|өтіп|ұйымдастырыл\w*|ұйымдастыр\w*|ұйыдастыр\w*|жүргізіл\w*|"
    r"ótkiz\w*|ótti\w*|ótedi|ótip|uıymdastyr\w*|júrgiz\w*|ötkız\w*|öttı\w*|"
    r"провед\w*|провел\w*|провод\w*|прош(?:ла|ел|ло|ли)|проходил\w*|организов\w*|устраива\w*|"
    r"held|organi[sz]ed|conducted|hosted|staged)$")
# A rescue team's call-outs, the verb after its goal: "519 рет көмекке шықты" (went out to help 519 times), "4 рет
# әуеге көтерілді" (took to the air 4 times), "выезжали на вызовы 519 раз" is told the other way round.
_CALLED_OUT = re.compile(r"^(?:шықты|шыққан|шығып|көтерілді|көтерілген|шықтық)$")
_HELD_COUNT_WORDS = frozenset({"рет", "ret", "раз", "раза", "times"})
_WENT = frozenset({"барды", "барған", "барып", "bardy", "barǵan", "baryp"})
# A base that makes the count a frequency: "жылына 2 рет", "әр аптасына", "айына", "бір жылда 4 рет".
_FREQUENCY_BASE_KK = re.compile(r"^(жылына|айына|аптасына|күніне|тәулігіне|тоқсанына|сайын|жылда|айда|аптада|"
                                r"jylyna|aıyna|aptasyna|kúnine|saıyn)$")
_COMPARATIVE_AFTER_TIMES = re.compile(r"^(больше|меньше|более|менее|выше|ниже|more|less|fewer|higher|lower|larger|"
                                      r"greater|көп|артық|арт\w*|өс\w*|көбей\w*|азай\w*|кем\w*)$")
_FILLER_BEFORE_TIMES = frozenset({"уже", "already", "всего", "only", "just", "now", "тек", "барлығы", "жалпы",
                                  "әлі"})


def times_held(tokens: list[Token], m: NumberMatch) -> int | None:
    """The index after "N рет/раз/times" when it counts how many times an event was held (a verb of holding or
    organising right after it, or right before it past an adverb: "23 рет өткізілді", "проведена 23 раза",
    "прошла уже 5 раз", "was held 23 times"); None for a frequency, a multiple or an ordinal ("22-ші рет")."""
    j = m.i1
    if j >= len(tokens) or tokens[j].low not in _HELD_COUNT_WORDS:
        return None
    first = tokens[m.i0]
    if first.kind == "num" and first.suffix:
        return None  # "22-ші рет", "10-й раз": the how-manieth time
    prev = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    if prev in ("в", "во", "by"):
        return None  # "в 3 раза", "by 3 times": a multiple
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word" and nxt.low in ("в", "a", "per", "each", "every", "за", "an"):
        return None  # "2 раза в год", "3 times a year"
    if nxt is not None and _COMPARATIVE_AFTER_TIMES.match(nxt.low):
        return None  # "3 times more/higher", "в 3 раза больше": a multiple
    if any(_FREQUENCY_BASE_KK.match(t.low) for t in tokens[max(0, m.i0 - 3): m.i0]):
        return None  # "жылына 2 рет өткізіледі"
    if nxt is not None and _HELD_VERB.match(nxt.low):
        return j + 1
    if nxt is not None and j + 2 < len(tokens) and _CALLED_OUT.match(tokens[j + 2].low) and nxt.kind == "word":
        return j + 2  # "519 рет көмекке шықты", "4 рет әуеге көтерілді": call-outs made, each an operation
    if nxt is not None and _CALLED_OUT.match(nxt.low):
        return j + 1  # "жану оқиғаларына 29 рет шықты": call-outs made
    for k in range(j + 2, min(j + 4, len(tokens))):
        between = tokens[j + 1:k]
        if not all(t.kind == "word" for t in between):
            break
        if tokens[k].low in _WENT and any(t.low.startswith(("шақыр", "shaqyr")) for t in between):
            return k + 1  # "сегіз рет жедел шақыртуға барды": went to eight calls, each a call-out
        if tokens[k].low.startswith(("сөндір", "sóndir")) and any(t.low.startswith(("өрт", "órt")) for t in between):
            return k + 1  # "5 рет шөпханадағы өрттерді сөндірді": put out fires five times, each a call-out
    b = m.i0 - 1
    while b >= 0 and tokens[b].low in _FILLER_BEFORE_TIMES:
        b -= 1
    if b >= 0 and (_HELD_VERB.match(tokens[b].low) or (tokens[b].low == "place" and b > 0 and
                                                        tokens[b - 1].low in ("took", "taken", "take"))):
        return j + 1  # "проведена 23 раза", "has taken place 5 times"
    return None


ORDINAL_DENOMINATORS = {
    "втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9, "десят": 10,
    "екінші": 2, "үшінші": 3, "төртінші": 4, "бесінші": 5, "алтыншы": 6, "жетінші": 7, "сегізінші": 8,
    "тоғызыншы": 9, "оныншы": 10,
}


def share_of(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """(N, index after) for "one in N" (en), "каждый N-й" (ru) or "әр/әрбір N-ші" (kk) starting at token i; also
    with the ordinal in digits ("каждый 8-й", "әрбір 8-ші", "every 8th") and "every fifth"; and (M/N, index after)
    for "три из пяти казахстанцев", "three in five", "two out of three respondents" (_n_of_m_share). Not before a
    time ("каждую вторую субботу", "every second week": how often)."""
    share = _share_of(tokens, i) or _n_of_m_share(tokens, i)
    if share is not None and share[1] < len(tokens) and _TIME_AFTER_SHARE.match(tokens[share[1]].low):
        return None
    return share


def _share_of(tokens: list[Token], i: int) -> tuple[int, int] | None:
    t = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None:
        return None
    if t.low == "one" and nxt.low == "in" and i + 2 < len(tokens):
        n = tokens[i + 2]
        value = int(n.text) if n.kind == "num" and n.text.isdigit() else word_number(n.low, "en")
        value = value[0] if isinstance(value, tuple) else value
        if value and 2 <= value <= 100 and (i + 3 >= len(tokens) or tokens[i + 3].low not in ("million", "thousand")):
            return int(value), i + 3
        return None
    if t.low not in _EACH_WORDS:
        return None
    if nxt.kind == "word" and (t.low not in ("every", "each") or nxt.low in _EN_ORDINALS):
        if nxt.low in _EN_ORDINALS:
            return _EN_ORDINALS[nxt.low], i + 2  # "every fifth volunteer"
        stem = next((k for k in ORDINAL_DENOMINATORS if nxt.low.startswith(k)), None)
        if stem is not None and (len(nxt.low) - len(stem) <= 3 or nxt.low == stem):
            return ORDINAL_DENOMINATORS[stem], i + 2
    if nxt.kind == "num" and nxt.text.isdigit() and 2 <= int(nxt.text) <= 100:
        # an ordinal in digits: "каждый 8-й", "әрбір 8-ші", "every 8th"
        if nxt.suffix and _ORDINAL_DIGIT_SUFFIX.match(nxt.suffix):
            return int(nxt.text), i + 2
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if after is not None and after.low in ("th", "st", "nd", "rd") and after.start == nxt.end:
            return int(nxt.text), i + 3
    return None


# "Три из пяти казахстанцев", "двое из трёх опрошенных", "three in five Kazakhstanis", "two out of three
# respondents", "3 из 5 жителей": N of every M people of a population is a share in words (60 %, approx like
# "каждый пятый"), not two counts. Only before a word for people at large (a population, respondents): "три из
# пяти районов", "двое из пяти волонтёров получили травмы" count the members of a set told, and M is small (a
# proportion is said with 2–10; "5 из 17 районов" counts).
_N_OF_M_LINK = {"из": "ru", "in": "en"}
_POPULATION_NOUN = re.compile(
    r"^(?:казахстанц\w*|жител\w*|граждан\w*|людей|человек|респондент\w*|опрошенн\w*|взросл\w*|россиян\w*|"
    r"молод\w*|родител\w*|работодател\w*|kazakhstanis?|people|respondents|residents|citizens|adults|americans|"
    r"young|parents|employers|those|qazaqstandyq\w*|"
    # households and families counted as a population ("four out of five Kazakhstan households", "четыре из пяти
    # казахстанских семей")
    r"households?|families|семей|семьи|домохозяйств\w*)$")
# A word of the country between the count and the population: "four out of five Kazakhstan households".
_OF_THE_COUNTRY = re.compile(r"^(?:kazakhstan|kazakh|казахстанск\w*)$")


def _count_word(tok: Token, lang: str) -> int | None:
    if tok.kind == "num":
        return int(tok.text) if tok.text.isdigit() and not tok.suffix else None
    value = word_number(tok.low.replace("ё", "е"), lang)
    value = value[0] if isinstance(value, tuple) else value
    return int(value) if isinstance(value, (int, float)) and value == int(value) else None


def _n_of_m_share(tokens: list[Token], i: int) -> tuple[float, int] | None:
    if i + 2 >= len(tokens):
        return None
    link_at = i + 1
    if tokens[link_at].low == "out" and i + 3 < len(tokens) and tokens[i + 2].low == "of":
        link_at, lang = i + 2, "en"  # "two out of three"
    else:
        lang = _N_OF_M_LINK.get(tokens[link_at].low)
    if lang is None or link_at + 2 >= len(tokens):
        return None
    n, m = _count_word(tokens[i], lang), _count_word(tokens[link_at + 1], lang)
    if n is None or m is None or not 1 <= n < m <= 10:
        return None
    noun = tokens[link_at + 2]
    if _OF_THE_COUNTRY.match(noun.low) and link_at + 3 < len(tokens):
        noun = tokens[link_at + 3]
    if noun.kind != "word" or not _POPULATION_NOUN.match(noun.low):
        return None
    return m / n, link_at + 2


_EVERY_ORDINAL = re.compile(r"\b(?:every|each) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b")
# a time after the ordinal makes it a frequency, not a share: "каждую вторую субботу", "every second week"
_TIME_AFTER_SHARE = re.compile(r"^(?:day|week|month|year|time|monday|tuesday|wednesday|thursday|friday|saturday|"
                               r"sunday|weekend|ден|дня|недел|месяц|год|раз|суббот|воскресен|понедельн|вторник|сред|"
                               r"четверг|пятниц|күн|апта|ай|айы|жыл|рет|сенбі|жексенбі)")
_EACH_WORDS = frozenset({"каждый", "каждая", "каждое", "каждого", "каждую", "каждому", "әр", "әрбір", "every",
                         "each"})
_EN_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                "ninth": 9, "tenth": 10}
_ORDINAL_DIGIT_SUFFIX = re.compile(r"^(?:й|ый|ий|ой|я|ая|го|ому|ю|ую|ші|шы|інші|ыншы|нші|ншы)$")


_RU_FRACTIONS = {"половина": 50.0, "половины": 50.0, "половину": 50.0, "половиной": 50.0, "половине": 50.0,
                 "треть": 100 / 3, "трети": 100 / 3, "третью": 100 / 3,
                 "четверть": 25.0, "четверти": 25.0, "четвертью": 25.0}
_RU_FRACTION_NUMERATORS = {"две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3, "трех": 3, "трёх": 3, "трем": 3,
                           "трём": 3, "тремя": 3}
# "одна десятая", "одну пятую часть", "две десятых", "три пятых": a tenth or a fifth after its numerator (the
# feminine "одна" stands only before these). Not "две десятых процента" (0.2 %, a decimal said in words).
_KK_CURRENCY_AFTER_SCALE = re.compile(r"^(?:теңге\w*|тенге|доллар\w*|еуро\w*|рубль\w*)$")
# A measure of weight or volume after a case form of "один" ("для доставки одной тонны помощи", "одного литра"):
# the form is the number one (exclusions/one.py then says whether that one is a figure).
_RU_MEASURE_AFTER_ONE = re.compile(r"^(?:тонн[аыеу]?|тонной|килограмм(?:а|е|ом)?|литр(?:а|е|ом)?|центнер(?:а|е|ом)?)$")
_RU_ONE_FEMININE = {"одна": 1, "одну": 1, "одной": 1}
_RU_ORDINAL_DENOMINATORS = {"десятая": 10.0, "десятую": 10.0, "десятой": 10.0, "десятых": 10.0, "пятая": 20.0,
                            "пятую": 20.0, "пятой": 20.0, "пятых": 20.0}
_RU_DECIMAL_AFTER = re.compile(r"^(?:процент\w*|балл\w*|градус\w*|секунд\w*|доли|долей|грамм\w*|литр\w*|метр\w*)$")
# A third or a quarter after its numerator, in every case: "две трети", "около двух третей", "двум третям",
# "более чем двумя третями", "в трех четвертях".
_RU_FRACTION_DENOMINATORS = {"трети": 100 / 3, "третей": 100 / 3, "третям": 100 / 3, "третями": 100 / 3,
                             "третях": 100 / 3, "четверти": 25.0, "четвертей": 25.0, "четвертям": 25.0,
                             "четвертями": 25.0, "четвертях": 25.0}
_EN_FRACTIONS = {"half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0,
                 "fourth": 25.0, "fourths": 25.0, "fifth": 20.0, "fifths": 20.0, "tenth": 10.0, "tenths": 10.0}
_EN_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "one-third": 1, "two-thirds": 2,
                  "one-fifth": 1, "one-tenth": 1, "three-quarters": 3, "one-fourth": 1, "three-fourths": 3,
                  "one-quarter": 1}
# Comparatives after a part that make it a difference: "a quarter less than", "a third higher than".
_EN_COMPARATIVES = frozenset({"less", "more", "lower", "higher", "cheaper", "dearer", "fewer", "greater", "larger",
                              "smaller", "above", "below"})
# (the hyphenated fractions, "one-third", "a one-fourth of road deaths")
_EN_HYPHENATED = ("one-third", "two-thirds", "one-fifth", "one-tenth", "three-quarters", "one-fourth", "three-fourths",
                  "one-quarter")
# A share that is the subject of its clause: "Approximately one tenth is taken from the donor", "a fifth are
# students" (as well as "one tenth of the blood").
_EN_FRACTION_VERBS = frozenset({"is", "are", "was", "were", "will", "goes", "go", "went", "comes", "come", "came",
                                "has", "have", "had"})
# "оннан бірі" a tenth, "бестен бірі" a fifth, "үштен бірі" a third, "төрттен үші" three quarters
_KK_FRACTIONS = {"үштен": 100 / 3, "төрттен": 25.0, "бестен": 20.0, "оннан": 10.0}
_KK_NUMERATORS = {"бір": 1, "екі": 2, "үш": 3}
# Words before a half or a third that make it a part of a time: "во второй половине дня", "first half of 2025".
_ORDINAL_PARTS = frozenset({"первой", "второй", "первую", "вторую", "первая", "вторая", "first", "second", "last",
                            "бірінші", "екінші", "жылдың"})
_TIME_AFTER = re.compile(r"^(дня|года|месяца|века|недели|ночи|пути|the year|year|day|an?|hour|century|(?:19|20)\d\d)$")


# Words a share in words starts with (a cheap test before fraction_of).
FRACTION_WORDS = frozenset({*_RU_FRACTIONS, "наполовину", *_RU_FRACTION_NUMERATORS, *_RU_ONE_FEMININE, *_KK_FRACTIONS,
                            "half",
                            "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths",
                            *_EN_HYPHENATED})


def may_start_fraction(word: str) -> bool:
    return word in FRACTION_WORDS or word.startswith("жартыс")


# Words other than number words that a figure of extract_sentence may begin with: a share ("one in five",
# "каждый пятый"), a multiple ("twice", "вдвое").
_FIGURE_START_WORDS = frozenset({"one", *_EACH_WORDS, *MULTIPLIER_WORDS})


@lru_cache(maxsize=8192)
def may_start_figure(word: str, lang: str) -> bool:
    """Can a figure begin at this word (lower-cased) of a sentence in `lang`? False only where share_of,
    fraction_of, the multiplier words and parse_number all find nothing at a word token: most words of a
    sentence with a figure are no number, and this one cached test spares them those four calls."""
    return (word_number(word, lang) is not None or word in _FIGURE_START_WORDS or may_start_fraction(word)
            or (lang == "ru" and word in RU_ONE_FORMS)  # "одного миллиона"
            # a tonne said without a number ("собрали тонну мусора", "полтонны": sentence._one_tonne)
            or (lang == "ru" and word in ("тонну", "тонны", "полтонны", "полутонны"))
            or (lang == "kk" and word in ("жарты", "jarty"))  # "жарты тонна": sentence._half_a_tonne
            or (lang == "en" and word in ("a", "an", "half")))  # "a million", "half a million"


# Kazakh words for "exactly" between the whole in the genitive and its half ("10 млн теңгенің тең жартысы",
# "қаржының дәл жартысы", "тура жартысы"): still a share in words, approx like every share.
_KK_EXACTLY = frozenset({"тең", "дәл", "тура", "туп-тура"})
# A time whose half is a part of the time, no share ("жылдың жартысы", "күннің тең жартысы", like "половина года").
_KK_TIME_GENITIVES = frozenset({"жылдың", "айдың", "күннің", "аптаның", "ғасырдың", "тәуліктің", "сағаттың",
                                "түннің", "жолдың"})


# "Half of it" with no whole in the genitive, the whole being a number counted before it in the sentence ("10 мың
# дана маска тігіп, жартысын тегін таратты": sewed 10,000 masks and gave half of them away free, as Russian "сшили
# 10 тысяч масок и половину раздали"): the possessive forms of "жартысы" (half of it) in the cases a share takes.
_KK_HALF_OF_IT = frozenset({"жартысы", "жартысын", "жартысына", "жартысынан", "жартысында", "жартысымен"})


def _half_of_a_whole_counted_before(tokens: list[Token], i: int) -> bool:
    """Is tokens[i] "жартысы(н)" after a number of the same sentence, with no time word before it ("жылдың
    жартысы", "жарты жыл" are parts of a time)?"""
    if tokens[i].low not in _KK_HALF_OF_IT or (i > 0 and tokens[i - 1].low in _KK_TIME_GENITIVES):
        return False
    return any(t.kind == "num" and not (k + 1 < i and tokens[k + 1].low.startswith("жыл"))  # a year is no whole
               for k, t in enumerate(tokens[:i]))


_KK_BOUND_WORDS = frozenset({"кемінде", "шамамен", "жуық", "кем"})


_BY_HALF = re.compile(r"(?:^|\s)by(?:\s+(?:almost|nearly|about|around|roughly|more\s+than|over|less\s+than))?$")


_BY_A_PART_RU = re.compile(r"(?:^|\s)на(?:\s+(?:почти|около|примерно|более\s+чем|более|менее\s+чем|свыше))?$")


def fraction_of(tokens: list[Token], i: int) -> tuple[float, int, str | None] | None:
    """(percent, index after, qualifier after) for a share in words at token i: "половина волонтеров", "две трети",
    "half of the donors", "two-thirds of", "еріктілердің жартысы", "үштен бірі" (a part of a time is not one:
    "во второй половине дня", "the first half of 2025")."""
    t = tokens[i]
    if t.kind != "word":
        return None
    prev = tokens[i - 1].low if i > 0 else ""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if prev in _ORDINAL_PARTS:
        return None
    low = t.low
    if low == "наполовину" or (low == "half" and _BY_HALF.search(" ".join(x.low for x in tokens[max(0, i - 3):i]))):
        # a change by half: "reduce the wear by almost half", "сократилось наполовину" (50 per cent, its bound read
        # before it)
        return 50.0, i + 1, None
    if low in ("third", "quarter") and (
            (prev in ("a", "one") and _BY_HALF.search(" ".join(x.low for x in tokens[max(0, i - 4):i - 1])))
            or _BY_HALF.search(" ".join(x.low for x in tokens[max(0, i - 3):i]))):
        # a change by a part: "the travel time is reduced almost by a third", "fell by a quarter", and the
        # article left out, as translated news has it: "decreased by almost third"
        return 100 / 3 if low == "third" else 25.0, i + 1, None
    if low in _EN_HYPHENATED and _BY_HALF.search(" ".join(x.low for x in tokens[max(0, i - 3):i])):
        # "increased by one-third", "cut by two-thirds"
        return _EN_NUMERATORS[low] * _EN_FRACTIONS[low.split("-")[-1]], i + 1, None
    if low in ("third", "quarter", "half") and prev in ("a", "one") and nxt is not None and \
            nxt.low in _EN_COMPARATIVES and i + 2 < len(tokens) and tokens[i + 2].low == "than":
        # a part as a difference: "a quarter less than the average national price", "a third higher than"
        return _EN_FRACTIONS[low], i + 1, None
    if low in ("треть", "четверть", "половину") and \
            _BY_A_PART_RU.search(" ".join(x.low for x in tokens[max(0, i - 3):i])):
        # "сократилось почти на треть", "выросло на четверть", "снизилось на половину"
        return _RU_FRACTIONS[low], i + 1, None
    if low in _RU_FRACTIONS:
        if nxt is not None and nxt.text in ("–", "—", "-") and low in ("половина", "треть", "четверть") and \
                i + 2 < len(tokens) and \
                tokens[i + 2].kind == "word" and not _TIME_AFTER.match(tokens[i + 2].low):
            # a dash names the part: "250 человек, половина из них – пропавшие, половина – утеря связей"
            return _RU_FRACTIONS[low], i + 1, None
        if nxt is None or nxt.kind != "word" or _TIME_AFTER.match(nxt.low):
            return None
        return _RU_FRACTIONS[low], i + 1, None
    if low in _RU_FRACTION_NUMERATORS and nxt is not None and nxt.low in _RU_FRACTION_DENOMINATORS:
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if after is None or after.kind != "word" or _TIME_AFTER.match(after.low):
            return None
        return _RU_FRACTION_NUMERATORS[low] * _RU_FRACTION_DENOMINATORS[nxt.low], i + 2, None
    if (low in _RU_FRACTION_NUMERATORS or low in _RU_ONE_FEMININE) and nxt is not None and \
            nxt.low in _RU_ORDINAL_DENOMINATORS:
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if after is not None and after.kind == "word" and (_TIME_AFTER.match(after.low) or
                                                            _RU_DECIMAL_AFTER.match(after.low)):
            return None
        numerator = _RU_ONE_FEMININE.get(low) or _RU_FRACTION_NUMERATORS[low]
        end = i + 3 if after is not None and after.low.startswith("част") else i + 2  # "одну десятую часть"
        return numerator * _RU_ORDINAL_DENOMINATORS[nxt.low], end, None
    if low in _EN_FRACTIONS or low in _EN_HYPHENATED:
        unit = low.split("-")[-1]
        unit = unit if unit in _EN_FRACTIONS else unit + "s"
        numerator = _EN_NUMERATORS.get(low, 1)
        first = i
        if low in ("third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth", "fifths", "tenth", "tenths"):
            if prev not in _EN_NUMERATORS:
                return None
            numerator, first = _EN_NUMERATORS[prev], i - 1
            if i > 1 and tokens[i - 2].low in _ORDINAL_PARTS:
                return None
        after = i + 3 if i + 3 < len(tokens) and tokens[i + 2].low == "the" else i + 2  # "two thirds of the year"
        if nxt is not None and nxt.low in _EN_FRACTION_VERBS and unit != "half":
            return numerator * _EN_FRACTIONS[unit], i + 1, None  # "one tenth is taken from the donor"
        if nxt is None or nxt.low not in ("of", "the") or (
                after < len(tokens) and _TIME_AFTER.match(tokens[after].low)):
            return None
        if first != i and tokens[first].low == "a" and unit == "half":
            return None
        return numerator * _EN_FRACTIONS[unit], i + 2 if nxt.low == "of" else i + 1, None
    # "теңгенің тең жартысы": exactly half; "жұмысшылардың кемінде жартысын": at least half (the bound is read before)
    owner = i - 1 if i > 1 and (tokens[i - 1].low in _KK_EXACTLY or tokens[i - 1].low in _KK_BOUND_WORDS) else i
    if low.startswith("жартыс") and owner > 0 and \
            tokens[owner - 1].low.endswith(("ның", "нің", "дың", "дің", "тың", "тің")) and \
            tokens[owner - 1].low not in _KK_TIME_GENITIVES:
        rest = low[len("жартыс"):]
        if nxt is not None and rest.endswith(("нан", "ынан")) and nxt.low in ("астамы", "астам", "көбі"):
            return 50.0, i + 2, "at_least"
        return 50.0, i + 1, None
    if _half_of_a_whole_counted_before(tokens, i):
        return 50.0, i + 1, None
    if low in _KK_FRACTIONS and nxt is not None and nxt.low[:3] in ("бір", "екі", "үші") and \
            not nxt.low.startswith("бірнеше"):
        # "үштен бірі" a third, "үштен екісі" two thirds, "төрттен үші" three quarters
        numerator = next(n for stem, n in _KK_NUMERATORS.items() if nxt.low.startswith(stem[:3]))
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if after is not None and nxt.low.endswith(("нан", "нен")) and after.low in ("астамы", "астам", "көбі"):
            return numerator * _KK_FRACTIONS[low], i + 3, "at_least"  # "үштен екісінен астамы": over two thirds
        end = i + 3 if after is not None and after.low.startswith("бөлі") else i + 2  # "төрттен бір бөлігі"
        if end < len(tokens) and tokens[end].low == "дерлік":
            return numerator * _KK_FRACTIONS[low], end + 1, "almost"  # "төрттен бір бөлігі дерлік": almost a quarter
        return numerator * _KK_FRACTIONS[low], i + 2, None
    return None


# A share written as a fraction in digits ("1/3 of National Pollution", "about 2/3 of high-quality wheat", "1/5
# населения", "1/4 часть", "1/3 бөлігі"): the numerator below the denominator, both small (not "24/7", a date "1/3"
# with no whole after it, or "№ 1/2").
_WHOLE_AFTER_A_DIGIT_FRACTION = {"en": re.compile(r"^of$"),
                                 "ru": re.compile(r"^(?:част\w*|[^\W\d_]+(?:ия|ии|ов|ей|ых|ого|ой))$"),
                                 "kk": re.compile(r"^бөліг\w*$")}


def digit_fraction(tokens: list[Token], i: int, lang: str) -> tuple[float, int] | None:
    """(percent, index after) for "1/3 of …" at token i, or None."""
    if i + 3 >= len(tokens) or tokens[i].kind != "num" or tokens[i + 1].text != "/" or tokens[i + 2].kind != "num":
        return None
    if not (tokens[i].text.isdigit() and tokens[i + 2].text.isdigit()) or (i > 0 and tokens[i - 1].text in ("№", "#")):
        return None
    numerator, denominator = int(tokens[i].text), int(tokens[i + 2].text)
    whole = _WHOLE_AFTER_A_DIGIT_FRACTION.get(lang)
    if not 1 <= numerator < denominator <= 10 or whole is None or tokens[i + 3].kind != "word" or \
            not whole.match(tokens[i + 3].low):
        return None
    return 100 * numerator / denominator, i + 3


def _number_vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    words = set(RU_FORMS) | set(EN_NUMBERS) | set(EN_SCALES) | set(RU_SCALE_ABBR) | set(EN_MULTIPLIER_WORDS)
    return frozenset(words), tuple(set(KK_NUMBERS) | set(KK_SCALES))


_NUMBER_WORDS, _KK_NUMBER_STEMS = _number_vocabulary()
_NUMBER_WORDS = _NUMBER_WORDS | frozenset(RU_MULTIPLIER_WORDS)
_PLAIN_WORD = re.compile(r"[^\W\d_]+")
_FRACTION_HINT = re.compile("половин|трет|четверт|десят|пят|half|third|quarter|fifth|tenth|жартыс|үштен|төрттен|"
                            "бестен|оннан")


@lru_cache(maxsize=8192)  # asked of every sentence of every article; pure in the sentence's text
def may_hold_number(low: str) -> bool:
    """Cheap test before the full pass: a digit, or a number word of any of the three languages."""
    if DIGIT.search(low) or "кажд" in low:  # "каждый пятый": a share without a number word
        return True
    if ("every " in low or "each " in low) and _EVERY_ORDINAL.search(low):
        return True  # "every fifth volunteer"
    if _FRACTION_HINT.search(low) or "тонн" in low:
        return True  # shares in words; "собрали тонну мусора", "полтонны" (loaders/extract/sentence.py)
    # (a plain word has no hyphen: "-" is no letter)
    return _NUMBER_WORD_RE.search(low) is not None


def _number_word_re() -> re.Pattern[str]:
    """A plain word (a whole run of letters, _PLAIN_WORD) that is one of _NUMBER_WORDS or starts with one of
    _KK_NUMBER_STEMS, found by one scan in C instead of a list of the words and a Python test of each:
    `not _NUMBER_WORDS.isdisjoint(words) or any(word.startswith(_KK_NUMBER_STEMS) for word in words)` with
    `words = _PLAIN_WORD.findall(low)` (tests/test_prefilters.py compares the two). Words and stems with a
    character that is not a letter can never be (the start of) a plain word and are left out."""
    plain = re.compile(r"[^\W\d_]+")
    words = {w for w in _NUMBER_WORDS if plain.fullmatch(w)}
    stems = {s for s in _KK_NUMBER_STEMS if plain.fullmatch(s)}
    start = r"(?<![^\W\d_])"
    return re.compile(f"{start}(?:(?:{trie_regex(words)})(?![^\\W\\d_])|{trie_regex(stems)})")


_NUMBER_WORD_RE = _number_word_re()

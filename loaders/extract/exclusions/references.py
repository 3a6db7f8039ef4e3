"""References to things counted or named before: a small number word after a demonstrative ("аталған екі
өңір", "these two regions"), places named as a possessor or as the sides of a relation ("екі облыстың Достық үйі",
"между двумя странами", "the two regions"), a collective that takes in all of a group ("екеуі де", "все трое") or
sums up the names listed before it ("Алматы, Астана және Шымкент үшеуі"), and the places picked out by a superlative
("в двух крупнейших мегаполисах").

Why they are not figures: they repeat a count already given or point at named places; they add no new figure."""

from __future__ import annotations

import re

from loaders.extract.exclusions._shared import _KK_AND
from loaders.extract.numbers import NumberMatch
from loaders.extract.tokens import Token
from loaders.numbers import kk_collective, parse_ru

# The article's own list announced: "Here are three NGOs that fight …", "Below are five ways to help", "Вот пять
# фондов, которым можно помочь", "Ниже представлены три организации": how many items the text goes on to name, no
# count of the world. (A few only; "Here are 300 volunteers at work" is left a figure.)
_HERE_ARE_EN = frozenset({("here", "are"), ("here", "'re"), ("below", "are"), ("these", "are")})
_HERE_RU = frozenset({"вот"})
_BELOW_RU = re.compile(r"^(?:представлен[ыо]|перечислен[ыо]|приведен[ыо]|собраны)$")


def the_texts_own_list(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    if m.scaled or m.value > 20 or m.i0 == 0:
        return False
    prev = tokens[m.i0 - 1].low
    if lang == "en":
        return m.i0 >= 2 and (tokens[m.i0 - 2].low, prev) in _HERE_ARE_EN and (
            tokens[m.i0 - 2].low != "these" or m.i0 == 2)
    if lang == "ru":
        return prev in _HERE_RU or (_BELOW_RU.match(prev) is not None and m.i0 >= 2 and
                                    tokens[m.i0 - 2].low == "ниже")
    return False


# "в двух крупнейших мегаполисах": a few places in words picked out by a superlative, where something is, are the
# places named before, not a count (not "made available the five largest health centers").
_LARGEST = re.compile(r"^крупнейш\w*$")


# A number after a demonstrative is a thing named before ("аталған екі өңір", "these two regions", "эти две
# области"), not a new count.
_DEMONSTRATIVES = frozenset({"эти", "этих", "этим", "этими", "данные", "данных", "указанные", "указанных",
                             "названные", "названных", "these", "those", "both", "аталған", "аталмыш", "осы",
                             "жоғарыдағы", "мына"})
# Places counted by a small number word that are named, not counted: the possessor of something ("екі облыстың
# Достық үйінің қызметкерлері", "молодежь двух областей", "the two regions' Friendship Houses"), the two sides of a
# relation ("екі облыс арасындағы қарым-қатынас", "между двумя странами", "between two countries"), the places
# named before ("Абай және Жетісу облыстары …, the two regions"). Where something happened stays a count: "акция
# екі облыста өтті", "прошла в двух областях", "was held in two regions".
_PLACE_KK = re.compile(r"^(?:облыс|өңір|аудан|қала|ел|мемлекет|ауыл|аймақ)\w*$")
_PLACE_RU_GEN = re.compile(r"^(?:областей|регионов|районов|городов|стран|государств|сел|округов)$")
_PLACE_EN = re.compile(r"^(?:regions?|countries|country|cities|districts|villages|states|nations|oblasts)(?:'s?)?$")
_KK_BETWEEN = re.compile(r"^арасы\w*$")
# A noun of a deed (водоснабжение, газификация, ремонт, строительство) in any case: what it is done to is counted.
_RU_DEED_NOUN = re.compile(r"(?:ени|ани|ци)(?:е|я|ю|ем|и)$|^(?:ремонт|капремонт|строительств|благоустройств)\w*$")
_KK_GENITIVE_ENDINGS = ("ның", "нің", "дың", "дің", "тың", "тің")


def _places_related(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """"екі облыстың Достық үйі", "екі ел арасындағы", "молодежь двух областей", "между двумя странами", "the two
    regions", "between two countries": a few places named as a possessor or as the sides of a relation."""
    k = m.i1
    if k >= len(tokens) or tokens[k].kind != "word":
        return False
    place, prev = tokens[k], tokens[m.i0 - 1] if m.i0 > 0 else None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if lang == "kk":
        if not _PLACE_KK.match(place.low):
            return False
        if after is not None and after.kind == "word" and _KK_BETWEEN.match(after.low):
            return True  # "екі облыс арасындағы"
        return place.low.endswith(_KK_GENITIVE_ENDINGS) and after is not None and after.kind == "word"
    if lang == "ru":
        if prev is not None and prev.low == "между":
            return True  # "между двумя областями"
        if not _PLACE_RU_GEN.match(place.low) or prev is None or prev.kind != "word":
            return False
        if _RU_DEED_NOUN.search(prev.low):
            return False  # "водоснабжению шести сел", "ремонт двух районов": a deed done to that many places
        parses = parse_ru(prev.low)
        return bool(parses) and parses[0][1].startswith("NOUN")  # "молодежь двух областей", not "из двух областей"
    if lang == "en" and _PLACE_EN.match(place.low) and prev is not None:
        return prev.low in ("the", "between")
    return False


_RU_COLLECTIVE = re.compile(r"^(?:дво|тро|четвер|пятер|шестер|семер|восьмер|девятер|десятер)")
_RU_ALL = frozenset({"все", "всех", "всем", "всеми"})


def _all_of_them(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """A collective numeral that takes in all of a group counted before: Kazakh "екеуі де" (both of them), "үшеуі де"
    (all three), Russian "все трое", "всех пятерых". It repeats the group's count, no figure of its own; a part of
    the group stays a count ("екеуі бойынша" on two of them, "трое из них")."""
    first = tokens[m.i0]
    if lang == "kk":
        nxt = tokens[m.i1] if m.i1 < len(tokens) else None
        if kk_collective(first.low) is None:
            return False
        return (nxt is not None and nxt.low in ("де", "да", "та", "те")) or _kk_names_listed_before(tokens, m) \
            or _kk_pair_with_kin(tokens, m) or _kk_we_were(tokens, m)
    if lang == "ru":
        return m.i0 > 0 and tokens[m.i0 - 1].low in _RU_ALL and _RU_COLLECTIVE.match(first.low) is not None
    return False


# Kin and companions in the third person's possessive: "жұбайы" (his/her spouse), "әйелі", "күйеуі", "анасы", "досы".
_KK_KIN_OF_HIM = re.compile(r"^(?:жұбай|зайыб|әйел|күйеу|жар|ана|әке|бауыр|іні|аға|апа|әпке|сіңл|қарындас|ұл|қыз|"
                            r"ерлі-зайыпт|дос|серіг|әріптес|келін|немере)(?:ы|і|сы|сі)$")


# The first person's copula after a collective: "Біз төртеу едік" (there were four of us), "бесеу болдық": the speakers'
# own party, as "екеуміз" (we two) is, no count of the article.
_KK_WE_WERE = frozenset({"едік", "болдық", "едіңдер", "болдыңдар", "едіңіздер", "едиік", "болдик"})


def _kk_we_were(tokens: list[Token], m: NumberMatch) -> bool:
    return m.i1 < len(tokens) and tokens[m.i1].low in _KK_WE_WERE


def _kk_pair_with_kin(tokens: list[Token], m: NumberMatch) -> bool:
    """"Ол жұбайы екеуі алты бала тәрбиелеп отыр" (he and his wife, the two of them, raise six children), "анасы
    екеуі", "досы екеуі": "екеуі" after a kin word in the possessive is the person and that kin together, a pair
    named in the sentence, no count of its own."""
    return m.value == 2 and m.i0 > 0 and _KK_KIN_OF_HIM.match(tokens[m.i0 - 1].low) is not None


def _kk_names_listed_before(tokens: list[Token], m: NumberMatch) -> bool:
    """A Kazakh collective right after the things it sums up, as many as it says: "Өтемұратовтың қоры мен Қызыл Жарты
    Ай қоғамы екеуі бірлесіп …" (the foundation and the society, the two of them together), "Алматы, Астана және
    Шымкент үшеуі …": the two (three) named just before, no count of its own. The list runs back from the numeral
    to the start of the sentence or a stop; its items are joined by "мен/пен/бен/және" and commas."""
    if m.i0 == 0 or tokens[m.i0 - 1].kind != "word":
        return False
    k = m.i0 - 1
    while k > 0 and tokens[k - 1].text not in (".", ";", ":", "—", "–", "!", "?") and tokens[k - 1].kind != "num":
        k -= 1
    span = tokens[k:m.i0]
    joins = sum(t.low in _KK_AND for t in span)
    return joins > 0 and joins + sum(t.text == "," for t in span) + 1 == m.value

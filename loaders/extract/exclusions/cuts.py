"""Numbers whose copy was cut: a scale word cut at the end of the page ("пополнить их ряды 15 ты", "300 mi"), a
Kazakh case ending that closes a cut sentence ("…еңбекақы төлеу қорымен 500-де"), a counted noun cut ("Three of her
five ch").

Why they are not figures: the value (the scale is lost) or what is counted (the noun is lost) is unknown; printing it
would be a guess."""

from __future__ import annotations

import re

from loaders.extract.numbers import NumberMatch
from loaders.extract.tokens import Token
from loaders.numbers import word_number

# Scale words a cut line may end in the middle of, and the complete abbreviations among their beginnings (a unit or
# a scale of its own: "15 т" tonnes, "300 м" metres, "2 мл", "5 тыс", "2 млн").
_SCALE_WORDS = ("тысяч", "тысячи", "тысяча", "миллион", "миллиона", "миллионов", "миллиард", "миллиарда",
                "миллиардов", "мың", "thousand", "million", "billion")
# A scale written short that is also the beginning of a longer word: "988 thou Kazakhstanis" is a thousand, and a
# text that stops right after it may have been cut in the middle of "thousand".
_SCALES_THAT_BEGIN_OTHERS = frozenset({"thou"})
_COMPLETE_ABBREVIATIONS = frozenset({"т", "м", "мл", "тыс", "млн", "млрд", "t", "m", "mln", "mn", "bn", "b", "th"})


def _scale_cut_off(tokens: list[Token], m: NumberMatch, text: str) -> bool:
    """"…пополнить их ряды 15 ты", "…planned to reach 300 mi", "…жеткізу 15 мы": a number followed only by the
    beginning of a scale word at the very end of a sentence the copy cut (no stop after it): the scale is lost, so
    the value is not known. A complete unit or abbreviation ends a sentence ("15 т", "300 м", "2 млн"), and a
    sentence that goes on, or ends with a stop, is not cut."""
    if m.scaled and m.i1 == len(tokens) and tokens[-1].low in _SCALES_THAT_BEGIN_OTHERS and \
            not text[tokens[-1].end:].strip():
        return True  # "…the ranks of volunteers to 15 thou": "thou" of "thousand" (or of "thousands of") cut
    if m.scaled or m.i1 != len(tokens) - 1:
        return False
    frag = tokens[m.i1]
    if frag.kind != "word" or not 1 <= len(frag.text) <= 5 or text[frag.end:].strip():
        return False
    return frag.low not in _COMPLETE_ABBREVIATIONS and any(
        w.startswith(frag.low) and w != frag.low for w in _SCALE_WORDS)


# Short units and words complete at the end of a line: a number before them is whole ("5 km", "10 кг", "3 га").
_SHORT_COMPLETE_WORDS = _COMPLETE_ABBREVIATIONS | frozenset({
    "km", "kg", "ha", "mm", "cm", "pcs", "usd", "kzt", "eur", "rub", "км", "кг", "га", "шт", "л", "см", "мм", "гр",
    "тг", "руб", "дол", "ед", "чел", "мес", "лет", "год", "дн", "ч", "мин", "сек", "min", "sec", "hrs", "day", "man",
    "men", "кісі", "жыл", "ай", "күн", "сағ", "мың", "тон", "ton", "kids", "кид"})
_PARTITIVE_LINK = frozenset({"of", "из", "из них"})
_PARTITIVE_DETERMINERS = frozenset({"her", "his", "their", "the", "its", "these", "those", "our", "my", "your",
                                    "all", "этих", "тех", "её", "ее", "его", "их", "всех"})


# The start of a word for people ("че" of "человек", "лю" of "людей", "pe" of "people", "ад" of "адам") and a verb of
# taking part in the sentence: "в последнем из которых участвовало более 130 че" counts people taking part even cut
# off (the blind gold keeps it). Without such a verb the fragment says nothing sure ("Еще 40 че…": человек, черепах).
_PEOPLE_WORDS = ("человек", "людей", "люди", "people", "persons", "адам", "кісі", "участник", "participant",
                 "қатысушы")
_TAKING_PART = re.compile(r"^(?:участвова\w*|участи\w*|поучаствова\w*|присоедин\w*|participat\w*|took|joined|"
                          r"қатыс\w*)$")


def _people_taking_part_cut(tokens: list[Token], frag: Token) -> bool:
    return len(frag.low) == 2 and any(w.startswith(frag.low) for w in _PEOPLE_WORDS) and \
        any(t.kind == "word" and _TAKING_PART.match(t.low) for t in tokens)


def _kk_ending_cut_off(tokens: list[Token], m: NumberMatch, text: str, lang: str) -> bool:
    """A Kazakh number whose case ending closes a sentence the copy cut ("қазіргі таңда 343 млн теңгеге еңбекақы
    төлеу қорымен 500-де" at the end of the page): an ending asks for the words after it (a bound "500-ден астам", a
    verb, a noun), none follows and no stop either, so what the number counts is lost. A number without an ending
    ("…саны 500") may end a line whole."""
    if lang != "kk" or not m.ending or m.i1 != len(tokens) or m.scaled:
        return False
    return not text[tokens[m.i1 - 1].end:].strip()


def _noun_cut_off(tokens: list[Token], m: NumberMatch, text: str, lang: str) -> bool:
    """"…Three of her five ch": the copy stopped inside the noun a number counts (a fragment of one or two letters
    closes the sentence with no stop after it), so what it counts is unknown; a number that takes a part of that
    number ("Three of her five ch…") shares its fate. Three letters or more tell the noun ("около 40 мер", "40 акц"
    stay: round 12), a short complete word or unit closes a sentence whole ("5 km", "10 кг", "3 га"), and a
    sentence with a stop was not cut."""
    if m.scaled or len(tokens) < 2 or m.i1 >= len(tokens):
        return False
    frag = tokens[-1]
    if frag.kind != "word" or not 1 <= len(frag.text) <= 2 or not frag.text.islower() or text[frag.end:].strip() \
            or frag.low in _SHORT_COMPLETE_WORDS:
        return False
    if m.i1 == len(tokens) - 1:
        return not _people_taking_part_cut(tokens, frag)
    # "N of [her] M <fragment>": a part of the cut count
    rest = tokens[m.i1: len(tokens) - 1]
    if not rest or rest[0].low not in _PARTITIVE_LINK:
        return False
    rest = rest[1:]
    if rest and rest[0].low in _PARTITIVE_DETERMINERS:
        rest = rest[1:]
    return len(rest) == 1 and (rest[0].kind == "num" or word_number(rest[0].low, lang) is not None)


# Conjunctions that join the next item of a list: a number after one at a cut end lost what it counts.
_LIST_CONJUNCTIONS = frozenset({"және", "мен", "пен", "бен", "и", "а", "and", "jáne", "jane"})


def _list_item_cut_off(tokens: list[Token], m: NumberMatch, text: str) -> bool:
    """"…120 га мемлекеттік орман қорын және 3,6" at the end of the page: the last item of a list, a number after
    "және / и / and" that closes a sentence with no stop after it, so its unit or noun was cut off (the items before
    it have theirs). A number with its noun, or a sentence ending in a stop, is whole."""
    if m.scaled or m.i0 < 1 or m.i1 != len(tokens) or tokens[m.i0 - 1].low not in _LIST_CONJUNCTIONS:
        return False
    return not text[tokens[m.i1 - 1].end:].strip()


# Words of a bound or an estimate that a number follows: at a cut end ("…Бұл санатта шамамен 10" closing the page with
# no stop) the number itself may be cut ("10" of "10 мыңға жуық", "100", "10,5"), and what it counts is lost.
_BOUND_BEFORE = frozenset({"шамамен", "около", "порядка", "примерно", "приблизительно", "about", "approximately",
                           "around", "some", "nearly", "almost", "почти", "более", "свыше", "over", "than", "кемінде"})


def _bound_cut_off(tokens: list[Token], m: NumberMatch, text: str) -> bool:
    """"…Бұл санатта шамамен 10": a number after a word of a bound or an estimate closes a sentence cut by the copy
    (no stop, nothing after it): its value and its noun are not known."""
    if m.scaled or m.i1 != len(tokens) or m.i0 == 0 or text[tokens[-1].end:].strip():
        return False
    if m.i0 == 1 and tokens[0].low in _OPENING_WORDS:
        return True  # "… 3,1 млн долларға бағаланады. Бұл 20": a sentence cut right after it began ("Бұл 2020 жылы…")
    return tokens[m.i0 - 1].low in _BOUND_BEFORE and len(tokens) >= 3


# Words that open a sentence and cannot end it with the number after them: "Бұл 20…", "Это 20…", "In 20…".
_OPENING_WORDS = frozenset({"бұл", "осы", "ол", "ал", "это", "этот", "эти", "в", "на", "за", "с", "по", "this",
                            "these", "the", "in", "on", "by", "from", "since"})

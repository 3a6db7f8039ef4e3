"""When a lone "one" ("один/бір/one") is a count. The dispatcher drops a "one" that is not coordinated with
another number ("один из …", "one of", an article, a pronoun); these say when it counts after all: an item of a list
of counts ("9 районов, один город"), an amount of a measure ("одна тонна гречки"), stressed as how few ("только один
проект"), a loss ("одна тёлка погибла"), one more ("ещё один волонтер"); and when a Kazakh "бір" is no number at all
("бірден": at once).

Why: "one" is mostly a word of the language (an article, "one of", "at once"), not a figure; it is a figure only
when the sentence counts with it."""

from __future__ import annotations

import re

from loaders.extract.exclusions._shared import _a_number
from loaders.extract.nouns import find_noun
from loaders.extract.numbers import NumberMatch
from loaders.extract.tokens import Token
from loaders.lexicon import AGE_OR_DURATION_RE, KK_AFTER_ABLATIVE, KK_AFTER_DATIVE, YEAR_WORDS_RE

# Kazakh adverbs with the form of "бір" in a case: "бірден" (at once, immediately), "бірге" (together). Not when a
# bound follows the ablative: "бірден астам" (more than one).
_KK_ADVERBS_OF_ONE = frozenset({"бірден", "бірден-ақ", "бірге", "бірге-ақ"})


# ... and "бір мезгілде" (at one time: a one-off payment), "бір мезгілдік" (one-off), "бір сәтте" (in a moment)
_KK_ONE_TIME = frozenset({"мезгілде", "мезгілдік", "сәтте"})


def _kk_adverb_of_one(tokens: list[Token], m: NumberMatch) -> bool:
    if m.i1 - m.i0 == 1 and tokens[m.i0].low == "бір" and m.i1 < len(tokens) and tokens[m.i1].low in _KK_ONE_TIME:
        return True  # "– бір мезгілде отағасына … 70 АЕК": a one-off payment, no count
    if m.i1 - m.i0 != 1 or tokens[m.i0].low not in _KK_ADVERBS_OF_ONE:
        return False
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    return not (nxt is not None and (nxt.low in KK_AFTER_ABLATIVE or nxt.low in KK_AFTER_DATIVE))


# A loss counts even when it is one: "Одна тёлка у нас погибла", "погиб один человек", "one person died", "бір адам
# қаза тапты", "бір сиыр өліп қалды" (deaths, injuries, losses are told as counts, a single one too). The verb of loss
# in the clause of "one" (before its noun or within a few words after it); not "один из …" (one of them).
_LOSS_VERB = re.compile(r"^(?:погиб\w*|умер(?:ла|ло|ли)?|скончал\w*|утонул\w*|пострадал\w*|пропал\w*|сгорел\w*|"
                        r"травмирован\w*|ранен\w*|пал[аио]?|died|dies|killed|drowned|injured|perished|missing|dead|"
                        r"қаза|өлді|өліп|қырылды|жарақаттанды|зардап|жоғалды|суға|"
                        # an injury or a hospital stay is told as a count too: "один получил травмы", "бір адам ауыр
                        # күйікпен ауруханаға жеткізілді", "one was hospitalized"
                        r"травм[ыуа]|ожог\w*|госпитализирова\w*|hospitali[sz]ed|ауруханаға|күйік\w*|жарақат\w*)$")
_LOSS_WINDOW = 5
_CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?", "—", "–"})


def _one_lost(tokens: list[Token], m: NumberMatch) -> bool:
    """Is "one" the count of a loss: a verb of death, injury or loss in its clause, right before it or a few words
    after it ("Одна тёлка у нас погибла", "погибла одна тёлка", "one heifer died", "бір тана өлді")?"""
    if m.i1 < len(tokens) and tokens[m.i1].low in ("из", "of"):
        return False
    if m.i0 > 0 and _LOSS_VERB.match(tokens[m.i0 - 1].low):
        return True  # "погиб один человек"
    for k in range(m.i1, min(len(tokens), m.i1 + _LOSS_WINDOW)):
        t = tokens[k]
        if t.text in _CLAUSE_END or t.kind == "num":
            return False
        if t.kind == "word" and _LOSS_VERB.match(t.low):
            return True
    return False


# "One more" of a thing the lexicon counts is a count of one: "тағы бір мектеп салынып жатыр" (one more school is being
# built), "ещё один проект", "one more school" — the text adds one to what it counted. Not "тағы бір рет / ещё один
# раз / one more time" (a frequency) nor "тағы бір күні" (a time): only a counted noun right after.
_ONE_MORE_BEFORE = frozenset({"тағы", "ещё", "еще"})


# The part of a total counted just before it: "погибли три человека, из них один ребенок", "в том числе один
# ребенок", "three people, including one child", "of them one child", "үш адам, оның ішінде бір бала": one of the
# total's parts, a count (not "из них один из лучших", one of).
_PART_MARKERS = (("из", "них"), ("из", "которых"), ("в", "том", "числе"), ("среди", "них"), ("including",),
                 ("of", "them"), ("of", "whom"), ("among", "them"), ("оның", "ішінде"), ("олардың", "ішінде"),
                 ("соның", "ішінде"))
_TOTAL_REACH = 8  # tokens before the marker


def _one_part_of_a_count(tokens: list[Token], m: NumberMatch) -> bool:
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    if nxt is None or nxt.kind != "word" or nxt.low in ("из", "of"):
        return False
    if m.i0 >= 3 and tokens[m.i0 - 1].text == "(" and any(t.kind == "num" for t in tokens[max(0, m.i0 - 4):m.i0 - 1]):
        return True  # "38 жолаушы (1 бала)", "35 passengers (1 child)": the part of the count before the bracket
    at = [k for k in range(max(0, m.i0 - 4), m.i0) if tokens[k].text != ","]  # the words right before, no commas
    for marker in _PART_MARKERS:
        n = len(marker)
        if len(at) >= n and tuple(tokens[k].low for k in at[-n:]) == marker:
            start = at[-n]
            return any(t.kind == "num" or _a_number(t, "ru") or _a_number(t, "en") or _a_number(t, "kk")
                       for t in tokens[max(0, start - _TOTAL_REACH): start])
    return False


# One facility of a stated capacity: "600 орындық бір мектеп", "300 орынға арналған бір балабақша", "одна школа на 600
# мест", "one 600-seat school": the count of the facilities built or planned, beside their capacity.
_KK_CAPACITY = frozenset({"орындық", "орынды", "төсектік", "төсекті", "пәтерлі", "пәтерлік", "орынға"})
_EN_CAPACITY = frozenset({"seat", "seater", "bed", "place", "apartment", "flat", "room", "pupil", "student"})


def _one_facility_of_a_capacity(tokens: list[Token], m: NumberMatch) -> bool:
    k = m.i0 - 1
    if k >= 0 and tokens[k].low == "арналған":
        k -= 1  # "300 орынға арналған бір балабақша"
    if k >= 1 and tokens[k].low in _KK_CAPACITY and tokens[k - 1].kind == "num":
        return True
    j = m.i1
    if j < len(tokens) and tokens[j].kind == "num" and tokens[j].suffix in _EN_CAPACITY:
        return True  # "one 600-seat school"
    return j + 2 < len(tokens) and tokens[j].kind == "word" and tokens[j].low not in ("из", "of") and \
        tokens[j + 1].low == "на" and tokens[j + 2].kind == "num"  # "одна школа на 600 мест"


def _one_more(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    if m.i0 == 0 or m.i1 >= len(tokens) or tokens[m.i1].kind != "word":
        return False
    prev = tokens[m.i0 - 1].low
    if not (prev in _ONE_MORE_BEFORE or (lang == "en" and tokens[m.i1].low == "more")):
        return False
    k = m.i1 + (lang == "en" and tokens[m.i1].low == "more")
    if k >= len(tokens) or tokens[k].kind != "word":
        return False
    noun = find_noun(tokens, k, lang)
    return noun.unit is not None and noun.np_end == k + 1  # a counted noun right after "one more"


# "Only one" counts: "был реализован только один проект", "лишь одна заявка", "всего один", "only one project",
# "just one", "бар болғаны бір жоба", "тек бір", "небәрі бір" (the text stresses how few, so the one is a figure).
_ONLY_BEFORE_ONE = frozenset({"только", "лишь", "всего", "only", "just", "тек", "небәрі", "болғаны"})


def _only_one(tokens: list[Token], m: NumberMatch) -> bool:
    """Is "one" stressed as how few ("только один проект", "only one project", "бар болғаны бір жоба")? (Not "бір
    ғана …" after it, "X alone": "Бір ғана Біржан сал ауданында …", the blind gold of four pages counts no figure.)"""
    k = m.i0 - 1
    if k > 0 and tokens[k].low == "қана":  # "тек қана бір"
        k -= 1
    if k < 0 or tokens[k].low not in _ONLY_BEFORE_ONE:
        return False
    while k > 0 and tokens[k - 1].low in _ONLY_BEFORE_ONE:
        k -= 1  # "всего лишь один"
    if k > 0 and tokens[k - 1].low in ("не", "not", "ғана"):
        return False  # "не только один человек": not how few
    # "only one purpose", "только одна цель", "бір ғана мақсат": rhetoric of one aim, not a count
    return not (m.i1 < len(tokens) and _ONE_AIM.match(tokens[m.i1].low))


_ONE_AIM = re.compile(r"^(purpose|goal|aim|desire|wish|dream|thing|reason|way|chance|idea|цел[ьи]|задач\w*|желани\w*|"
                      r"мечт\w*|причин\w*|способ\w*|шанс\w*|мысл\w*|мақсат\w*|арман\w*|тілег\w*|тілек\w*|себеп\w*)$")


# A measure counted by "one" in a list of amounts ("по две тонны макарон и одна тонна гречки", "бір тонна күріш пен
# екі тонна ұн", "one tonne of rice and two tonnes of flour") or as what was done ("собрали одну тонну"): an
# amount like "две тонны". Not a saying ("Один литр крови спасает …"), nor a rate's base ("за одну тонну",
# "на один литр", "per one tonne", "әр бір тонна").
_MEASURES_COUNTED_BY_ONE = frozenset({"tonnes", "kg", "liters", "ml"})
_RATE_BEFORE_ONE = frozenset({"за", "на", "по", "в", "per", "a", "each", "every", "әр", "әрбір", "каждую", "каждый",
                              "каждого", "каждой"})


# A bound of about before "one" of a measure makes it an amount weighed or poured, no saying: "шамамен бір тонна
# қоқыс шығарылды", "около одной тонны", "about one tonne of waste".
_APPROX_BEFORE_ONE = frozenset({"шамамен", "шамасы", "жуық", "около", "примерно", "приблизительно", "порядка",
                                "почти", "about", "approximately", "around", "roughly", "nearly", "almost"})


# Goods weighed by "one" of a measure: "одной тонны гуманитарной помощи", "одну тонну груза", "бір тонна
# гуманитарлық көмек", "one tonne of humanitarian aid" — an amount of aid or cargo sent, not a saying. The goods noun
# right after the measure, past an adjective ("гуманитарной", "гуманитарлық", "humanitarian") and English "of".
_GOODS_AFTER_A_MEASURE = re.compile(r"^(?:помощ\w*|груз\w*|продукт\w*|продовольстви\w*|гуманитарк\w*|"
                                    r"көмек\w*|жүк\w*|азық\w*|aid|cargo|relief|food|supplies|goods)$")
_GOODS_ADJECTIVE = re.compile(r"^(?:гуманитарн\w*|гуманитарлық|humanitarian|of)$")


_PRICE_WORD = re.compile(r"^(?:стоимост\w*|цен[аыеу]|стоит|cost\w*|price\w*|құн[ыі]\w*|бағас\w*)$")


def _price_of_one(tokens: list[Token], m: NumberMatch) -> bool:
    """"Стоимость одной тонны груза", "the cost of one tonne of cargo", "бір тонна жүктің құны": the base of a price,
    not an amount sent (a price word just before "one" or a few words after it)."""
    before = tokens[max(0, m.i0 - 2):m.i0]
    after = tokens[m.i1:m.i1 + 5]
    return any(_PRICE_WORD.match(t.low) for t in (*before, *after))


def _goods_after_the_measure(tokens: list[Token], k: int) -> bool:
    while k < len(tokens) and _GOODS_ADJECTIVE.match(tokens[k].low):
        k += 1
    return k < len(tokens) and _GOODS_AFTER_A_MEASURE.match(tokens[k].low) is not None


def _one_of_a_measure(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    if m.i0 > 0 and tokens[m.i0 - 1].low in _RATE_BEFORE_ONE:
        return False
    if m.i1 >= len(tokens) or tokens[m.i1].kind != "word":
        return False
    noun = find_noun(tokens, m.i1, lang)
    if noun.unit not in _MEASURES_COUNTED_BY_ONE or noun.np_end != m.i1 + 1:  # the measure right after "one"
        return False
    if tokens[m.i0].low == "одну":
        return True  # "собрали одну тонну мусора": the object of what was done
    if m.i0 > 0 and tokens[m.i0 - 1].low in _APPROX_BEFORE_ONE:
        return True  # "шамамен бір тонна қоқыс", "около одной тонны", "about one tonne": a measured amount
    if _goods_after_the_measure(tokens, m.i1 + 1) and not _price_of_one(tokens, m):
        return True  # "для доставки одной тонны гуманитарной помощи", "one tonne of aid": an amount of goods sent
    # otherwise the same measure counted by another number of the sentence: a list of amounts, not a saying
    # ("Один литр крови спасает …")
    return any(_a_number(t, lang) and find_noun(tokens, k + 1, lang).unit == noun.unit
               for k, t in enumerate(tokens) if not m.i0 <= k < m.i1)


# A "one" whose noun is left out before a dash, an item of a list counted before it ("семь — в Сайрам-Угаме, один — в
# Аксу-Жабаглы", "сданы 17 домов, ещё один — в Кентау", "бесеуі – қалада, бірі – ауылда"): a count like the others.
_DASHES = frozenset({"—", "–", "-"})


def _one_before_a_dash_in_a_list(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    if m.i1 >= len(tokens) or tokens[m.i1].text not in _DASHES or m.i0 < 2:
        return False
    if tokens[m.i0 - 1].low in ("ещё", "еще", "тағы") and m.i0 >= 3 and tokens[m.i0 - 2].text == ",":
        return any(_a_number(t, lang) for t in tokens[:m.i0 - 2])  # "сданы 17 домов, ещё один — в Кентау"
    if tokens[m.i0 - 1].text not in (",", ";", ":") and tokens[m.i0 - 1].low not in ("них", "которых", "them"):
        return False
    # another item of the same list, its number before a dash, before or after it ("семь — в Сайрам-Угаме, один — …",
    # "среди них один – мирового значения, 40 – республиканского"); not a part singled out of a total alone
    # ("реализуют два проекта, один – с участием инвестора": no list of parts)
    return any(_a_number(tokens[k], lang) and tokens[k + 1].text in _DASHES
               for k in range(len(tokens) - 1) if not m.i0 <= k < m.i1)


# "One of them is international, 16 are republican and 14 of local importance": "one of them" as a part of a partition
# whose other parts are numbers told with "are/were" — a count like them (not "one of the best", a partition of one).
def one_of_them_in_a_partition(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    if lang != "en" or m.i1 + 2 >= len(tokens) or tokens[m.i1].low != "of" or \
            tokens[m.i1 + 1].low not in ("them", "these", "those") or tokens[m.i1 + 2].low not in ("is", "was", "has"):
        return False
    return any(_a_number(tokens[k], lang) and tokens[k + 1].low in ("are", "were", "have")
               for k in range(m.i1 + 3, len(tokens) - 1))


def _item_of_a_list_of_counts(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """"9 районов, один город более 300 сел", "seven schools, one music school, two sports complexes": "один/one" as
    an item after a comma of a list whose item before is a count, in digits or in words, with its noun (not a year:
    "в 2024 году, один из …")."""
    if m.i0 < 3 or tokens[m.i0 - 1].text != ",":
        return False
    noun, num = tokens[m.i0 - 2], tokens[m.i0 - 3]
    if num.kind != "num" and (m.i1 >= len(tokens) or tokens[m.i1].kind != "word"):
        return False  # "реализуют два проекта, один – с участием инвестора": one of the two, no item of its own
    return _a_number(num, lang) and not num.suffix and noun.kind == "word" and not YEAR_WORDS_RE.match(noun.low) \
        and not AGE_OR_DURATION_RE.match(noun.low)


# A share of a whole told before, listed on: "eight of them were aimed at medical assistance, one at social
# conditions, and one at educational grants", "из них пять — в городе, один — в селе": "one" after a comma or "and"
# of a sentence that counted an earlier part "of them" (any distance back: the items are long). Not "one of …"
# (the dispatcher drops it) nor a "one" of a new sentence.
_OF_THE_WHOLE = {("of", "them"), ("of", "these"), ("of", "those"), ("из", "них"), ("из", "которых"),
                 ("среди", "них")}


def _item_of_shares_of_a_whole(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    if m.i0 < 1 or tokens[m.i0 - 1].low not in (",", "and", "и", "а", "және"):
        return False
    # the part before "of them" ("eight of them") or after it ("из них восемь")
    return any((tokens[k].low, tokens[k + 1].low) in _OF_THE_WHOLE and (
        (k >= 1 and _a_number(tokens[k - 1], lang)) or (k + 2 < m.i0 and _a_number(tokens[k + 2], lang)))
        for k in range(m.i0 - 2))


# One per cent with a bound ("less than one percent", "менее одного процента", "около одного процента", "бір пайызға
# жуық"): a share measured, not the word "one".
_PERCENT_AFTER_ONE = re.compile(r"^(?:%|percent|per|процент\w*|пайыз\w*)$")
_BOUND_BEFORE_ONE = frozenset({"than", "about", "around", "nearly", "almost", "approximately", "under", "менее",
                               "более", "около", "почти", "свыше", "порядка", "шамамен"})


def one_percent_bounded(tokens: list[Token], m: NumberMatch) -> bool:
    if m.i1 >= len(tokens) or not _PERCENT_AFTER_ONE.match(tokens[m.i1].low):
        return False
    if tokens[m.i1].low == "per" and (m.i1 + 1 >= len(tokens) or tokens[m.i1 + 1].low != "cent"):
        return False
    before = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    after = tokens[m.i1 + 1].low if m.i1 + 1 < len(tokens) else ""
    return before in _BOUND_BEFORE_ONE or after in KK_AFTER_ABLATIVE or after in KK_AFTER_DATIVE


"""Addresses: a house number after an address word ("ул. Утепова, 1", "Төле би көшесі, 37") or before a
street's name ("85 Abai Avenue"), a house number with its letter ("Абая, 12а", "5в үй"), a microdistrict ("15-шағын
ауданға", "в 34, 38 и 39 микрорайонах"), a room where something happened ("108 оқу кабинетінде", "в 108
кабинете"); and the list of counts in which an address word is itself counted ("83 көше, 357 үйінді" stays).

Also where on a road something is: a kilometre post ("на 120 километре трассы", "жолының 120 шақырымында", "ДТП на
562 км автодороги") and the posts that bound a road's section ("участка дороги Самара-Шымкент 214-250 км").

Why they are not figures: an address locates a place, it does not count anything."""

from __future__ import annotations

import re

from loaders.extract.exclusions._shared import _LIST_JOINERS
from loaders.extract.exclusions.dates import _ordinal_ending
from loaders.extract.numbers import NumberMatch
from loaders.extract.tokens import Token
from loaders.lexicon import ADDRESS_AFTER_RE, ADDRESS_BEFORE


# A Kazakh microdistrict ("шағын аудан", small district) is numbered: "15-шағын ауданға дейінгі жағалау", "12 шағын
# ауданда", "18 шағынауданда" (the address, like "14 микрорайон"); "12 ауданда" (in 12 districts) stays a count.
def _kk_microdistrict(tokens: list[Token], m: NumberMatch) -> bool:
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    after = tokens[m.i1 + 1] if m.i1 + 1 < len(tokens) else None
    if tokens[m.i0].suffix == "шағын":
        return nxt is not None and nxt.low.startswith("аудан")
    if nxt is not None and nxt.low.startswith("шағынаудан") and nxt.low != "шағынаудан":
        # written as one word, in a case: "18 шағынауданда орналасқан 4 тұрғын үй" (the bare noun counts: "29
        # шағынаудан мен тұрғын алап")
        return True
    return nxt is not None and nxt.low == "шағын" and after is not None and after.low.startswith("аудан")


def _listed_before_an_address_word(tokens: list[Token], i: int) -> bool:
    """The number at tokens[i-1] opens a list of numbers that ends in an address word ("в 34, 38 и 39
    микрорайонах", "12, 14 and 15 microdistricts", "5, 6 және 8 шағын аудандарда" is the Kazakh rule's): the
    word after the last names every number of the list, not a count."""
    j, items = i, 0
    while j + 1 < len(tokens) and tokens[j].low in _LIST_JOINERS and tokens[j + 1].kind == "num":
        j += 2
        items += 1
        if j < len(tokens) and tokens[j].low in _LIST_JOINERS and j + 1 < len(tokens) and \
                tokens[j + 1].low in _LIST_JOINERS:
            j += 1  # ", и"
    return items > 0 and j < len(tokens) and tokens[j].kind == "word" and ADDRESS_AFTER_RE.match(tokens[j].low) \
        is not None


_STREET_AFTER = frozenset({"avenue", "street", "st", "ave", "road", "көшесі", "даңғылы", "улица", "проспект"})


# A street named by a letter and a number, as Astana's new streets are ("А 98 к-сі", "Е 496 көшесіндегі тұрғын үй",
# "улица Е 496"): the number names the street.
_KK_STREET_WORD = re.compile(r"^(?:көше\w*|к-сі\w*|к-с|даңғыл\w*|улиц\w*|ул)$")


def _numbered_street(tokens: list[Token], m_i0: int, m_i1: int) -> bool:
    if m_i0 < 1 or m_i1 >= len(tokens):
        return False
    letter = tokens[m_i0 - 1]
    return letter.kind == "word" and len(letter.text) == 1 and letter.text.isupper() and \
        _KK_STREET_WORD.match(tokens[m_i1].low) is not None


# The kilometre posts that bound a section of a road ("средний ремонт участка дороги Самара-Шымкент 214-250 км (36
# км)", "участок 11-26 км дороги", "the section of km 214-250", "km 0-46 of the highway", "214-250 км учаскесі"): where
# on the road, not how much of it (its length, when told, follows in brackets).
_SECTION_BEFORE = re.compile(r"(?:участ(?:ок|ка|ке|ки|ков|кам|ках|ком)|section|stretch|segment)\s*:?\s+(?:of\s+)?"
                             r"(?:(?:автодорог\w*|дорог\w*|трасс\w*|магистрал\w*|road|highway|the|автомобильн\w*|"
                             r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*|[–-])\s+){0,4}$")
_KM = r"(?:км|km|шақырым)"
_KM_BEFORE = re.compile(r"(?<![\w-])" + _KM + r"\.?\s*$", re.I)
_KM_LIST_BEFORE = re.compile(r"(?<![\w-])(?:км|km)\.?\s*\d[\d\s,.\-–—]*[,;]\s*$", re.I)
_KM_AFTER = re.compile(r"\s*" + _KM + r"(?!\w)", re.I)
_SECTION_AFTER = re.compile(r"\s*" + _KM + r"\.?\s*(?:учаск\w*|участ\w*|бөлі\w*|section|stretch)", re.I)
# the road named right after the range ("330-598 km of Atyrau – Aktobe", "214-250 км автодороги Самара-Шымкент",
# "214-250 км трассы", "km of the Almaty-Bishkek highway"): its posts, not a length
_ROAD_AFTER = re.compile(r"\s*" + _KM + r"\.?\s+(?:of\s+(?:the\s+)?[A-Z][\w-]*\s*[-–—]\s*[A-Z]|"
                         r"(?:автодорог|трасс|магистрал|дорог[иеы]\s+[А-ЯЁ])\w*)")
# a road named by the places it joins, its posts in brackets after it: "Барбастау-Ақжайық-Индер (43-93 км, …)"
_ROAD_NAME_BEFORE_A_BRACKET = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]+(?:\s*[-–—]\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]+)+\s*"
                                         r"\(\s*$")
_RANGE_HIGH_END = re.compile(r"\s*[-–—]\s*\d+")
_RANGE_LOW_END = re.compile(r"\d+\s*[-–—]\s*$")


_POSTS_LISTED_BEFORE = re.compile(r"(\d+)\s*[-–—]\s*(\d+)\s*" + _KM + r"\.?\s*,\s*$", re.I)


def _last_range_before(text: str, at: int) -> tuple[int, int]:
    """The low end of the range of kilometres listed just before `at` (see _POSTS_LISTED_BEFORE)."""
    m = _POSTS_LISTED_BEFORE.search(text, max(0, at - 20), at)
    return (m.start(1), m.end(1)) if m else (at, at)


def road_kilometre_posts(text: str, start: int, end: int) -> bool:
    """Is the number at text[start:end] an end of a range of kilometre posts (see above)?"""
    high = _RANGE_HIGH_END.match(text, end)
    if high is not None:  # the low end: the range goes on after it
        low_start, range_end = start, high.end()
    elif (low := _RANGE_LOW_END.search(text, max(0, start - 12), start)) is not None:
        low_start, range_end = low.start(), end
    else:
        return False
    if _KM_BEFORE.search(text, max(0, low_start - 4), low_start) is not None or \
            _KM_LIST_BEFORE.search(text, max(0, low_start - 60), low_start) is not None:
        return True  # "км 214-250", and the later ranges of its list: "(км 1211-1231, 1160-1197, 1078-1084)"
    if _KM_AFTER.match(text, range_end) is not None and \
            _POSTS_LISTED_BEFORE.search(text, max(0, low_start - 20), low_start) is not None and \
            road_kilometre_posts(text, *_last_range_before(text, low_start)):
        return True  # "два наиболее опасных участка: 452-487 км, 808-890 км": the next section of the list
    if _SECTION_AFTER.match(text, range_end) is not None or _ROAD_AFTER.match(text, range_end) is not None:
        return True  # "214-250 км учаскесі", "330-598 km of Atyrau – Aktobe"
    if _KM_AFTER.match(text, range_end) is not None and \
            _ROAD_NAME_BEFORE_A_BRACKET.search(text, max(0, low_start - 80), low_start) is not None:
        return True  # "Барбастау-Ақжайық-Индер (43-93 км, жоба құны – 6,8 млрд теңге) жолы": the road's posts
    return _KM_AFTER.match(text, range_end) is not None and \
        _SECTION_BEFORE.search(text, max(0, low_start - 70), low_start) is not None


# A kilometre marker of a road, where something is, not how far: "Қостанай-Әулиекөл жолының 120 шақырымында", "на 120
# километре трассы", "at km 120 of the highway" (the locative of the singular: a distance would be "120 шақырым жол",
# "120 километров").
# (not the ablative: "жолдың 12 шақырымынан қоқыс жиналды" is 12 km cleaned)
_KM_MARKER = re.compile(r"^(?:шақырымында|километре|км-е)$")
_KK_AT_THE_PLACE = frozenset({"тұсында", "маңында", "шамасында", "аумағында"})


def road_km_marker(tokens: list[Token], m: NumberMatch) -> bool:
    """Is the number a kilometre post where something is on a road (see above)?"""
    if m.scaled or m.i1 >= len(tokens) or tokens[m.i0].kind != "num":
        return False
    if _KM_MARKER.match(tokens[m.i1].low):
        return True
    if tokens[m.i0].suffix and _KM_MARKER.match(tokens[m.i0].suffix.lower()):
        return True  # the marker glued by a hyphen: "жолының 272-шақырымында"
    if tokens[m.i0].suffix.lower() in ("шақырымы", "километрі") and tokens[m.i1].low in _KK_AT_THE_PLACE:
        return True  # "тас жолының 147-шақырымы тұсында": at the 147th kilometre
    if m.i0 >= 1 and tokens[m.i0 - 1].low == "на" and tokens[m.i1].low in ("км", "километре") and \
            m.i1 + 1 < len(tokens) and re.match(r"(?:авто)?дорог|трасс|магистрал", tokens[m.i1 + 1].low):
        return True  # "ДТП на 562 км автодороги Самара - Шымкент": where on the road
    return m.i0 >= 2 and tokens[m.i0 - 1].low == "km" and tokens[m.i0 - 2].low == "at"


def _street_follows(tokens: list[Token], i: int) -> bool:
    """A street's name (one to three capitalized words) and a street word after the number at i: "85 Abai
    Avenue", "79 Abulkhair Khan Avenue"."""
    for k in range(i, min(len(tokens) - 1, i + 3)):
        if tokens[k].kind != "word" or not tokens[k].text[:1].isupper():
            return False
        if tokens[k + 1].low in _STREET_AFTER:
            return True
    return False


# The letter of a house or a building glued to its number: Cyrillic "а, б, в" and their Latin spellings "a, v" ("Абая,
# 12а", "Akkorgan, 5v"); not a unit glued to an amount ("5k", "$12b", "5m", "10t").
_HOUSE_LETTERS = frozenset("аАбБвВaAvV")


def _house_letter(tokens: list[Token], m: NumberMatch) -> bool:
    """Is the number a house number with its letter: digits, then one of _HOUSE_LETTERS glued to them and standing
    alone ("5v.", "12а,", "5в үй"), not the start of a word ("5a.m." is a time, read elsewhere)?"""
    first = tokens[m.i0]
    if first.kind != "num" or m.scaled or first.suffix or m.i1 >= len(tokens) or m.i1 != m.i0 + 1:
        return False
    letter = tokens[m.i1]
    if letter.kind == "word" and letter.start == first.end and letter.text in _HOUSE_LETTERS and "." not in \
            first.text and "," not in first.text:
        return True
    # the capital letter spaced off in a list of addresses after a street's name: "Молдағалиев көшесі 30, 33 А және
    # Төлебаев көшесі 44 мекен-жайындағы", "ул. Абая, 12, 14 Б"
    after = tokens[m.i1 + 1] if m.i1 + 1 < len(tokens) else None
    return letter.kind == "word" and letter.text in ("А", "Б", "В", "A", "B") and \
        (after is None or after.text in (",", ".", ";", ")") or after.low in _LIST_JOINERS) and \
        any(_STREET_WORD_BEFORE.match(t.low) for t in tokens[max(0, m.i0 - 6):m.i0])


_STREET_WORD_BEFORE = re.compile(r"^(?:көше\w*|к-сі|даңғыл\w*|улиц\w*|ул|проспект\w*|мкр|street|avenue|st|ave)$")


# Lowercase titles inside a street's name: "Абулхаир хана", "Төле би", "Райымбек батыра", "Қабанбай батыр".
_NAME_TITLES = frozenset({"би", "бия", "батыр", "батыра", "хан", "хана", "ханның", "ата", "ана", "улы", "ұлы", "кызы",
                          "қызы", "khan", "batyr", "bi"})


def _count_of_streets_in_a_list(tokens: list[Token], k: int, i0: int) -> bool:
    """"17 шақырым арық, 83 көше, 357 күл-қоқыс үйінділері тазартылды", "убрали 12 улиц, 40 дворов": the address
    word is counted by a number before it and the number after the comma counts a noun of its own; an item of a
    list of counts, not a house number ("14 микрорайон, здание 25", "Абай даңғылы, 52" stay addresses)."""
    if k == 0 or tokens[k - 1].kind != "num" or tokens[k - 1].suffix:
        return False
    nxt = tokens[i0 + 1] if i0 + 1 < len(tokens) else None
    # (a house counted after streets is a count too: "3 орам, 120 үй")
    return nxt is not None and nxt.kind == "word" and (nxt.low not in ADDRESS_BEFORE or nxt.low.startswith("үй")) \
        and tokens[i0].end < nxt.start


def _plural_noun_after(tokens: list[Token], j: int) -> bool:
    """An English plural in lower case within the three words from j, no punctuation before it ("17 preschool
    centers")."""
    for t in tokens[j:j + 3]:
        if t.kind != "word" or t.text[:1].isupper() or t.low in ("of", "in", "at", "on", "the", "a", "an", "and"):
            return False
        if len(t.low) > 3 and t.low.endswith("s") and not t.low.endswith(("ss", "us", "is")):
            return True
    return False


def _after_address_word(tokens: list[Token], i0: int) -> bool:
    """Is the number at i0 a house number: an address word before it, with at most a street name (capitalized
    words) and punctuation between ("ул. Утепова, 1", "Абай даңғылы, 52", "здание 25")?"""
    for k in range(i0 - 1, max(-1, i0 - 6), -1):
        t = tokens[k]
        if t.kind == "word" and t.low in ADDRESS_BEFORE and not _ordinal_ending(tokens, k):
            if t.low == "building" and k == i0 - 1 and _plural_noun_after(tokens, i0 + 1):
                return False  # "started building 17 preschool centers": the verb and a count, no "building 17"
            if k > 0 and tokens[k - 1].kind == "num" and i0 + 1 < len(tokens) and tokens[i0 + 1].low == t.low:
                # "Өскеменде 7 үй, Аягөзде 35 үй": the same noun counted again in a list, no address ("14 микрорайон,
                # 25 дом" is one)
                return False
            return not _count_of_streets_in_a_list(tokens, k, i0)
        if t.kind == "punct" and t.text in ".,":
            continue
        if t.kind == "word" and (t.text[:1].isupper() or t.low in _NAME_TITLES):
            continue  # "проспект Абулхаир хана, 79", "Төле би көшесі, 37", "Райымбек батыра, 12"
        if t.kind == "num" and k + 1 < i0 and tokens[k + 1].kind == "word" and tokens[k + 1].text[:1].isupper():
            continue  # a street named after a date: "ул. 1 Мая, 151", "ул. 8 Марта, 45"
        return False
    return False


# A room told by its number, in the locative singular: Kazakh "108 оқу кабинетінде", "305 аудиторияда", Russian
# "в 108 кабинете", "в 12 аудитории" (a count of rooms is plural in Russian: "в 108 кабинетах", and takes a bound or
# a case ending on the number in Kazakh: "100-ден астам кабинетте" stays a count).
_ROOM_KK = re.compile(r"^(?:кабинет(?:ін|)(?:де|те)|аудитория(?:сын|)да)$")
_ROOM_RU = re.compile(r"^(?:кабинете|аудитории)$")


def _room_number(tokens: list[Token], m: NumberMatch) -> bool:
    first = tokens[m.i0]
    if m.scaled or m.from_words or first.kind != "num" or m.ending or m.i1 >= len(tokens):
        return False
    k = m.i1
    if tokens[k].low in ("оқу", "учебном", "учебной") and k + 1 < len(tokens):
        k += 1  # "оқу кабинеті": a classroom
    if tokens[k].kind != "word":
        return False
    if _ROOM_KK.match(tokens[k].low):
        return True
    return _ROOM_RU.match(tokens[k].low) is not None and m.i0 > 0 and tokens[m.i0 - 1].low in ("в", "во")

"""Exclusions: numbers that are not figures (DESIGN §3): years and dates, ordinals ("75-й", "25th"), ages and
durations, anniversaries ("80-летию"), ranges of ages or dates, phone and hotline numbers, addresses and house
numbers, school grades, view counters after a timestamp, labels ("№"), numbers inside names ("COVID-19", a
short quoted name), numbers inside HTML markup, and a lone "один/бір/one" that is not coordinated with another
number."""

from __future__ import annotations

import re
from itertools import pairwise

from loaders.extract.areas import _areas_in
from loaders.extract.nouns import find_noun, kk_stem
from loaders.extract.numbers import NumberMatch, times_held
from loaders.extract.tokens import Token
from loaders.lexicon import (
    ADDRESS_AFTER_RE,
    ADDRESS_BEFORE,
    AGE_OR_DURATION_RE,
    DENOMINATOR_WORDS_RE,
    EN_STOP,
    GRADE_RE,
    KK_AFTER_ABLATIVE,
    KK_AFTER_DATIVE,
    KK_SEASONS,
    LABEL_BEFORE,
    MONTH_RE_EN,
    MONTH_RE_KK,
    MONTH_RE_RU,
    ORDINAL_SUFFIX_RE,
    PHONE_WORDS_RE,
    YEAR_WORDS_RE,
)
from loaders.numbers import kk_collective, parse_ru, word_number

_MONTH_WORD_RE = re.compile(
    "^(?:" + MONTH_RE_RU + "|" + MONTH_RE_KK + "|" + MONTH_RE_EN + r")$", re.I
)
# A Kazakh month in a case ("наурызда", "сәуірде", "мамырдан"): a day said with it ("19-наурызда") ends there.
_KK_MONTH_CASE = re.compile(r"(?:да|де|та|те|нда|нде|ға|ге|қа|ке|нан|нен|дан|ден|тан|тен|ның|нің|дың|дің|тың|тің)$")
# Russian months abbreviated in datelines: "ТАЛДЫКОРГАН, 29 дек — Sputnik", "5 сент."
_RU_MONTH_ABBR = frozenset({"янв", "фев", "февр", "мар", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя",
                            "нояб", "дек"})
# Kazakh months abbreviated in datelines: "25 сәу, 2024 сағат 21:46", "3 жел. 2025" (only before a comma, a dot, a
# year or the end: "25 қаз" may be geese)
_YEAR_TOKEN = re.compile(r"(19|20)\d{2}")
_KK_MONTH_ABBR = frozenset({"қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"})
# "в двух крупнейших мегаполисах": a few places in words picked out by a superlative, where something is, are the
# places named before, not a count (not "made available the five largest health centers").
_LARGEST = re.compile(r"^крупнейш\w*$")
# The denominator of a fraction in words: its numerator ("две трети", "two thirds") is no count of its own.
_FRACTION_DENOMINATOR = re.compile(r"^(трет(и|ей|ям|ями|ях)|четверт(и|ей|ям|ями|ях)|пят(ая|ую|ой|ых)|"
                                   r"десят(ая|ую|ой|ых)|thirds?|quarters?|fifths?|tenths?)$")
# The year of an ISO year-month right before its month: "2020-07" (a full "2020-07-03" is one date token).
_YEAR_MONTH_BEFORE = re.compile(r"(?<![\d.,])(?:19|20)\d{2}-$")
# A site's domain glued to a number: "7152.kz", "24.kz", "5-tv.ru" (the number names the site).
_SITE_DOMAIN = re.compile(r"\.(?:kz|ru|com|org|net|info|media|news|tv|қаз)\b", re.I)
# Sizes: a measure of length or volume that describes a thing rather than counts it ("trees over 6 meters high",
# "высотой 6 метров", "4,4 жарым метрлік ағаш", "5-литровые бутылки", "1,1 текше метр 500 дана жәшік").
_LENGTH_OR_VOLUME = re.compile(r"^(метр\w*|м|см|мм|сантиметр\w*|миллиметр\w*|километр\w*|км|литр\w*|текше|куб\w*|"
                               r"meters?|metres?|m|cm|mm|km|kilomet\w+|centimet\w+|feet|foot|ft|inch\w*|liters?|"
                               r"litres?|cubic|gallons?"
                               # square and cubic measures with the power as a digit: "1,1 м3", "5 m³", "20 км2"
                               r"|(?:м|m|км|km|см|cm|дм|dm)[23²³])$")
_DIMENSION_AFTER = frozenset({"high", "tall", "long", "wide", "deep", "thick", "in", "height", "length", "width",
                              "биік", "биіктігі", "ұзын", "ұзындығы", "тереңдігі", "биіктікте"})
_DIMENSION_BEFORE = re.compile(r"^(высот\w*|длин\w*|ширин\w*|глубин\w*|диаметр\w*|толщин\w*|ростом|height|"
                               r"length|width|depth|diameter|tall|high|биікті\w*|ұзындығы|ені|тереңдігі|диаметрі|"
                               # the volume of each thing in the instrumental: "контейнеры объемом 1,1 м3", "with a
                               # capacity of 5 m3" (not the subject "общий объем … составил 850 тыс. м3", a total)
                               r"объемом|объёмом|вместимостью|capacity)$")
# A measure as an adjective: "6-метровые", "5-liter bottles", "метрлік", "литрлік", "текшелік".
# A weight as an adjective too: "25-килограммовые мешки", "5-тонный", "25 келілік қап", "50 килограмдық".
_SIZE_SUFFIX = re.compile(r"^(метр|литр|сантиметр|километр|килограмм|кило|тонн|meter|metre|liter|litre|inch|foot|feet|"
                          r"km|cm|m|листов|sheet|page)\w*$")
_SIZE_ADJECTIVE = re.compile(r"^(метр\w*|литр\w*|сантиметр\w*|километр\w*|текше|келі|кило|килограм\w*|тонна)"
                             r"(лік|лық|дік|дық|тік|тық|ов\w+)$"
                             # the sheets of a notebook: "12 парақтық дәптерлер", "48 беттік", "96 paraqtyq" (a
                             # size, as "12-листовые тетради", "12-sheet notebooks" in the suffixes below)
                             r"|^(?:парақтық|беттік)$")
# Frequencies: "3 рет ыстық тамақпен қамтамасыз етеді", "donate 3 or more times", "2 раза в год".
# Kazakh "дүркін" and "мәрте" count times too: "екі дүркін әлем чемпионы", "үш мәрте жеңімпаз" (two-time world
# champion, three-time winner).
# The dative says "up to N times" ("жылына 5 ретке дейін қан тапсыра алады"): a frequency too.
_FREQUENCY_WORDS = frozenset({"рет", "реттен", "ретке", "ret", "retke", "раз", "раза", "times", "time", "дүркін",
                              "дуркін", "мәрте"})
_TIMES_KK = ("рет", "реттен", "ретке", "ret", "retke", "дүркін", "дуркін", "мәрте")
_COMPARATIVE_AFTER = re.compile(r"^(больше|меньше|более|менее|выше|ниже|more|less|fewer|higher|larger|greater|"
                                r"bigger|as|көп|артық|арт\w*|өс\w*|көбей\w*|азай\w*|кем\w*|төмен\w*|жоғары\w*)$")
_TIME_UNIT = re.compile(r"^(день|дня|сутки|неделю|недели|месяц|месяца|год|года|квартал|day|week|month|year|annum|"
                        r"күніне|аптасына|айына|жылына|тәулігіне)$")
_PERIOD_PREP = frozenset({"в", "a", "per", "each", "every", "за", "an", "during", "within"})
_SPAN_WORDS = frozenset({"течение", "the", "one", "один", "одного"})  # "в течение года", "during the year"
_RANGE_DASHES = frozenset({"-", "–", "—"})
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
        parses = parse_ru(prev.low)
        return bool(parses) and parses[0][1].startswith("NOUN")  # "молодежь двух областей", not "из двух областей"
    if lang == "en" and _PLACE_EN.match(place.low) and prev is not None:
        return prev.low in ("the", "between")
    return False


# Families described by how many children they have: "families with more than three children", "семьи с тремя и
# более детьми", "үш және одан да көп баласы бар отбасы" (the children are a description, not a count).
_FAMILY_WORDS = re.compile(r"^(famil\w*|household\w*|семь\w*|семей|домохозяйств\w*)$")
_CHILD_WORDS = re.compile(r"^(children|child|kids|дет\w*|ребен\w*|бала\w*)$")


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside quotes of at most six words (a name such as «Жыл волонтері — 2025»)?"""
    left = max(text.rfind(c, 0, start) for c in "«“„")
    if left == -1:
        return False
    right_candidates = [text.find(c, end) for c in "»”"]
    right_candidates = [r for r in right_candidates if r != -1]
    if not right_candidates:
        return False
    right = min(right_candidates)
    # no closing quote between the opening one and the number
    if any(text.find(c, left, start) != -1 for c in "»”"):
        return False
    return len(re.findall(r"\w+", text[left:right])) <= 6


# What a quoted name names: an action, a campaign, a project, a contest, a marathon ("«… — 20 ізгі іс» акциясы", "акция
# «100 добрых дел»", "the “100 Good Deeds” campaign"). Its numbers are part of the name (scoring.md: "numbers inside
# names"), however long the name.
_NAME_KIND = re.compile(r"^(акци\w*|челлендж\w*|марафон\w*|жоба\w*|проект\w*|конкурс\w*|байқау\w*|бағдарлама\w*|"
                        r"программ\w*|форум\w*|фестивал\w*|флешмоб\w*|кампани\w*|науқан\w*|шара\w*|движени\w*|"
                        r"қозғалыс\w*|aksıa\w*|aksiia\w*|campaigns?|projects?|initiatives?|challenges?|contests?|"
                        r"competitions?|marathons?|programmes?|programs?|festivals?|drives?|movements?)$")
_NAME_TITLE_WORDS = frozenset({"под", "названием", "девизом", "атты", "деген", "called", "named", "entitled", "the"})


def _in_a_quoted_name(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside quotes (at most 15 words) that name an action, a campaign or a project said right
    after the closing quote ("«… — 20 ізгі іс» акциясы", "the “100 Good Deeds” campaign") or right before the opening
    one ("акция «100 добрых дел»", "campaign called «…»")?"""
    left = max(text.rfind(c, 0, start) for c in "«“„")
    if left == -1 or any(text.find(c, left, start) != -1 for c in "»”"):
        return False
    rights = [r for r in (text.find(c, end) for c in "»”") if r != -1]
    if not rights:
        return False
    right = min(rights)
    if len(re.findall(r"\w+", text[left:right])) > 15:
        return False
    after = re.match(r"[»”\s]*(\w+)", text[right:])
    if after and _NAME_KIND.match(after.group(1).lower()):
        return True
    # the words right before the opening quote, with nothing but spaces between ("Руководитель проекта: «…»" is speech)
    before = text[max(0, left - 60): left]
    while (word := re.search(r"(\w+)\s*$", before)) and word.group(1).lower() in _NAME_TITLE_WORDS:
        before = before[: word.start()]
    return bool(word and _NAME_KIND.match(word.group(1).lower()))


def _inside_markup(text: str, pos: int) -> bool:
    """Inside an HTML tag or a script/style element pasted with the article: "<img width=300>"."""
    lt, gt = text.rfind("<", 0, pos), text.rfind(">", 0, pos)
    if lt > gt and re.match(r"</?[a-zA-Z!]", text[lt:lt + 2]):
        return True
    opened = max(text.lower().rfind("<script", 0, pos), text.lower().rfind("<style", 0, pos))
    if opened != -1 and text.lower().rfind("</", opened, pos) == -1:
        return True
    return _inside_a_shortcode(text, pos)


# A CMS shortcode left in the text: "[wppa type=»slideonly» album=»44″ size=»auto»]", "[gallery ids="12,13"]": a
# square bracket opening with a lowercase name and holding attributes ("name=") before the number.
# (any script: a Latin-script Kazakh page is transliterated before it is read, "[wppa" with it)
_SHORTCODE_OPEN = re.compile(r"\[/?[^\W\d_][\w-]*\s+[^\]\[]*=[^\]\[]*$")


def _inside_a_shortcode(text: str, pos: int) -> bool:
    lb = text.rfind("[", max(0, pos - 200), pos)
    return lb != -1 and text.find("]", lb, pos) == -1 and _SHORTCODE_OPEN.match(text, lb, pos) is not None


# Words after "N жастың" that make it an age: "14 пен 29 жастың аралығындағы" (between the ages), "18 жастың ішінде",
# "20 жастың шамасында", "жасының шегі"; and a person of that age ("20 жастың жігіті", a lad of twenty).
_AGE_AFTER_GENITIVE = re.compile(r"^(?:аралығ|ішін|шамас|шег|мөлшер|жоғары|төмен|кейін|бұрын|асқан|толған|жігіт|қыз|"
                                 r"бала|адам|азамат|ер|әйел|қария|үстін|белес)")


def _young_people_of(tokens: list[Token], m: NumberMatch) -> bool:
    """Kazakh "N жастың X-ы" is "the X of N young people" ("20 жастың грантына арналған қаржы": the funds for the
    grants of 20 young people), not an age: the genitive "жастың" with a possessed noun after it, the number not
    the end of a range of ages ("14 пен 29 жастың аралығындағы")."""
    if m.scaled or m.i1 + 1 >= len(tokens) or tokens[m.i1].low != "жастың":
        return False
    after = tokens[m.i1 + 1]
    if after.kind != "word" or _AGE_AFTER_GENITIVE.match(after.low) or not after.low.endswith(
            ("ы", "і", "сы", "сі", "ына", "іне", "сына", "сіне", "ын", "ін", "сын", "сін", "ында", "інде")):
        return False
    before = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    return before not in ("пен", "мен", "бен", "-", "–", "—", "және") and not before.endswith(("ден", "тен", "нен",
                                                                                              "дан", "тан", "нан"))


_KK_AND = frozenset({"пен", "мен", "бен", "және"})
_KK_AGE_WORD = re.compile(r"^жас\w*$")
_OLDEST_AGE = 120  # no one is older: a larger number before "жас" counts young people


def _kk_young_people_counted(tokens: list[Token], m: NumberMatch) -> bool:
    """Kazakh "жас" after a number is a noun, young people, not an age, when the number is too large for an age
    ("жалпы 480 жас пен 50 қарт", "1200 жасқа грант берілді") or when "жас" is joined by "пен/мен/және" to another
    count of other people ("30 жас пен 20 қарт"), not to a second age ("18 жас пен 29 жас аралығы")."""
    if m.scaled or m.i1 >= len(tokens) or not _KK_AGE_WORD.match(tokens[m.i1].low):
        return False
    if m.value > _OLDEST_AGE and float(m.value).is_integer():
        return True
    j = m.i1 + 1
    return tokens[m.i1].low == "жас" and j + 2 < len(tokens) and tokens[j].low in _KK_AND and \
        tokens[j + 1].kind == "num" and tokens[j + 2].kind == "word" and not _KK_AGE_WORD.match(tokens[j + 2].low) \
        and not AGE_OR_DURATION_RE.match(tokens[j + 2].low)


def is_not_a_count(tokens: list[Token], m: NumberMatch, text: str, lang: str) -> str | None:
    """Why this number is not a figure (year, date, ordinal, ...), or None when it is one."""
    first = tokens[m.i0]
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    prev = tokens[m.i0 - 1] if m.i0 > 0 else None
    if first.kind == "num" and first.suffix and not m.case_suffix and ORDINAL_SUFFIX_RE.match(first.suffix):
        return "ordinal"
    if first.kind == "num" and text.strip(" .,:;!?-–—•*·|()[]") == text[first.start: tokens[m.i1 - 1].end]:
        return "counter"  # a line that is a number alone ("Лента новостей" / "0"): a counter of the page, no statement
    if _list_item_number(tokens, m, text):
        return "label"  # "1. Public Foundation …", "2) Жасыл ел …": the number of an item of a list
    if _in_embedded_data(text, first.start):
        return "markup"  # digits of a base64 image or a long URL pasted into the text
    if first.kind == "num" and not m.scaled and _file_name_number(text, first.start, tokens[m.i1 - 1].end):
        return "name"  # "Безымянный 3.jpg", "bezymjannyj-3", "IMG_1234", "photo 2 of 5": an image's label, no figure
    if first.kind == "num" and not m.scaled and _slash_pair(text, first.start, tokens[m.i1 - 1].end):
        return "name"  # "24/7", "50/50": not a count
    if first.kind == "num" and not m.scaled and prev is not None and prev.text in "+-−" and m.i0 > 1 and \
            tokens[m.i0 - 2].low in ("gmt", "utc"):
        return "time_zone"  # "13:45, 23 Июнь 2014 | GMT +5"
    if first.kind == "num" and not m.scaled and prev is not None and prev.low in ("gmt", "utc"):
        return "time_zone"
    if nxt is not None and (nxt.low.startswith(("градус", "degree")) or nxt.text == "°"):
        return "temperature"  # "+5 градусов", "30 °C"
    if _signed_temperature(tokens, m):
        return "temperature"  # "Мороз около -40.", "аяз -30-ға дейін": a minus glued to the number in weather
    if _clock_time(tokens, m):
        return "time"  # "from 9 a.m. to 6 p.m.", "с 9 утра", "сағат 10-да"
    if lang == "kk" and _kk_quarter(tokens, m):
        return "period"  # "тоқсан сайын", "бірінші тоқсанда", "тоқсанына": a quarter of the year, not ninety
    if lang == "kk" and _kk_adverb_of_one(tokens, m):
        return "adverb"  # "бірден су тасқынынан зардап шеккендерге": "at once", not "from one"
    if lang == "kk" and _kk_multiple_of_a_quality(tokens, m):
        return "rhetoric"  # "екі есе жағымды", "екі есе қуанышты": doubly pleasant, not a measured multiple
    size = _size(tokens, m, lang)
    if size:
        return size
    if lang == "en" and _idiom_of_many(tokens, m):
        return "idiom"  # "(Thanks a million)", "one in a million", "a million thanks": a manner of speaking
    if _body_parts_of_one(tokens, m, lang):
        return "description"  # "собаку без двух лап", "на трех лапах", "lost two legs", "екі аяғы жоқ"
    if _rooms_of_a_dwelling(tokens, m, lang):
        return "size"  # "екі бөлмелі пәтер", "3-комнатную квартиру", "a two-room flat": how big, not how many
    if (_frequency(tokens, m) and times_held(tokens, m) is None) or \
            (first.kind == "num" and first.suffix in ("time", "times") and not m.scaled):
        # "3 рет", "3 or more times", "2 раза в год", "a 3-time Olympic champion": how often, not how many
        return "frequency"
    if m.from_words and not m.scaled and m.value <= 10 and prev is not None and prev.low in _DEMONSTRATIVES:
        return "reference"  # "аталған екі өңір бойынша", "these two regions"
    if m.from_words and not m.scaled and 2 <= m.value <= 10 and _places_related(tokens, m, lang):
        return "reference"  # "екі облыстың Достық үйі", "екі ел арасындағы", "молодежь двух областей"
    if lang == "kk" and m.from_words and not m.scaled and m.value <= 10 and _kk_would_if(tokens, m):
        return "hypothetical"  # "…көп болса, екі адамға қол ұшын созармыз": what would follow if, not a deed
    if _worked_example(tokens, m, lang):
        return "hypothetical"  # "бір отбасында 6 адам болса, сол 6 адамға 600 мың теңге": how a rule works out
    if m.from_words and not m.scaled and m.value <= 10 and _all_of_them(tokens, m, lang):
        return "reference"  # "екеуі де студент", "все трое — студенты": all of those counted before, both
    if m.from_words and not m.scaled and m.value <= 10 and nxt is not None and _LARGEST.match(nxt.low) and \
            prev is not None and prev.low in ("в", "во"):
        return "reference"  # "в двух крупнейших мегаполисах": the places named before, where something is
    if m.from_words and not m.scaled and nxt is not None and _FRACTION_DENOMINATOR.match(nxt.low):
        return "fraction"  # "две трети года", "two thirds of the year": a part of a time, left by fraction_of
    if _days_after_day_word(tokens, m):
        return "date"  # "несмотря на выходной день 8,9 они работали": the days of the month, "8,9" no decimal
    if _family_description(tokens, m):
        return "description"  # "families with more than three children"
    if _one_parent_of_children(tokens, m):
        return "description"  # "a mother of four", "мать четверых детей"
    if _rate_denominator(tokens, m, lang):
        return "rate_denominator"  # "12 donors per 1,000 population", "на 1000 жителей", "1000 тұрғынға"
    if _odds_denominator(tokens, m, lang):
        return "rate_denominator"  # "1 к 10 тысячам", "one in 10,000", "10 мыңнан бір": the odds' base
    if first.kind == "num" and not m.scaled and _after_a_name(tokens, m, lang):
        return "name"  # "Huawei 2", "Volunteer 2.0", "Samruk 3 фонды"
    if first.kind == "num" and first.suffix and _LABEL_SUFFIX.match(first.suffix):
        return "label"  # "304-кабинет", "15-мектеп", "3-үй": a room, a school, a house
    if first.kind == "num" and first.suffix and re.match(r"(лет|жыл|жас|year|hour|day|week|month|minute|час|"
                                                         r"дн|недел|месяч|минут|сағат|күн|апта)", first.suffix):
        return "anniversary_age_or_duration"  # "к 80-летию", "12-летний", "30-жылдығы", "a 12-hour telethon"
    if lang == "ru" and prev is not None and prev.kind == "word" and AGE_OR_DURATION_RE.match(prev.low) and \
            not m.scaled and (nxt is None or nxt.kind != "word" or nxt.low in ("в", "на", "назад", "спустя")):
        return "duration"  # "часов 20 в неделю", "лет 5 назад": about 20 hours
    if first.kind == "word" and re.search(r"(інші|ыншы|нші|ншы)$", first.low):
        return "ordinal"
    if _rank_place(tokens, m):
        return "ordinal"  # "команда заняла 1 место", "на 2 месте", "за 1 место": a rank, not a count
    if _stage_label(tokens, m, lang):
        return "ordinal"  # "стартовал 3 этап", "во 2 туре", "депутаты 8 созыва", "Stage 3": the Nth, not N of them
    if nxt is not None and nxt.start == first.end and nxt.low in ("st", "nd", "rd", "th", "й", "го", "ші", "шы"):
        return "ordinal"  # "25th", "3й"
    if first.kind == "num" and first.suffix and not m.scaled and 1 <= m.value <= 31 and \
            _MONTH_WORD_RE.match(first.suffix) and not KK_SEASONS.match(first.suffix):
        return "date"  # "19-наурыз – Жаңару күні", "1-маусымда", "27-May": the day of a month, joined by a hyphen
    if nxt is not None and nxt.kind == "word" and ((_MONTH_WORD_RE.match(nxt.low) and not KK_SEASONS.match(nxt.low))
                                                    or (
            lang == "ru" and nxt.low in _RU_MONTH_ABBR and not m.scaled and m.value <= 31)):
        return "date"
    if nxt is not None and nxt.low in _KK_MONTH_ABBR and lang == "kk" and not m.scaled and m.value <= 31 and \
            first.kind == "num" and (m.i1 + 1 >= len(tokens) or tokens[m.i1 + 1].text in (",", ".") or
                                     _YEAR_TOKEN.fullmatch(tokens[m.i1 + 1].text)):
        return "date"
    if first.kind == "num" and not m.scaled and m.value <= 31 and prev is not None and \
            prev.low in ("-", "–", "—", "to", "through", "until", "till", "and") and m.i0 > 2 and \
            tokens[m.i0 - 2].kind == "num" and tokens[m.i0 - 3].kind == "word" and \
            _MONTH_WORD_RE.match(tokens[m.i0 - 3].low):
        return "date"  # the end of "April 6-13", "from May 4 to 11"
    if prev is not None and prev.kind == "word" and lang == "en" and _MONTH_WORD_RE.match(prev.low) and \
            not _month_has_its_day(tokens, m.i0 - 1):
        return "date"
    if prev is not None and prev.kind == "num" and prev.suffix and _MONTH_WORD_RE.match(prev.suffix) and \
            not m.scaled and m.value <= 31 and not (lang == "kk" and _KK_MONTH_CASE.search(prev.suffix)):
        # "April 27-May 4": the tokenizer reads "27-May" as a number with an ending. Not the count after a
        # Kazakh day in a case ("19-наурызда 500 көшет"), nor a count no day can be ("27-May 500 trees").
        return "date"
    if prev is not None and prev.text == "." and m.i0 > 1 and tokens[m.i0 - 2].kind == "word" and \
            _MONTH_WORD_RE.match(tokens[m.i0 - 2].low):
        return "date"  # "on Dec. 2"
    if not m.scaled and first.kind == "num" and (nxt is None or nxt.kind != "word" or nxt.low in (
            "or", "and", "или", "и", "немесе", "не", "либо")):
        before = [t for t in tokens[max(0, m.i0 - 4): m.i0] if t.kind == "word"]
        if any(PHONE_WORDS_RE.match(t.low) for t in before):
            return "phone"  # "по номеру единого колл-центра 1406", "Call-center: 109."
    if not m.scaled and nxt is not None and nxt.kind == "word" and nxt.low.startswith(
            ("нөмір", "номер", "hotline", "helpline", "горяч")):
        return "phone"  # "1414 нөмірі арқылы", "call the 1406 hotline"
    if not m.scaled and prev is not None and prev.low in ("жасы", "возраст", "возрасте", "age", "ages"):
        return "age"  # "жасы 18-ден асқан"
    if lang == "ru" and _age_told_to_a_person(tokens, m):
        return "age"  # "в семье пятеро детей, самому младшему — 7", "сыну — 5, дочке — 3"
    if not m.scaled and nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper() and \
            _street_follows(tokens, m.i1):
        return "address"  # "85 Abai Avenue", "79 Abulkhair Khan Avenue"
    if not m.scaled and first.kind == "num" and _after_address_word(tokens, m.i0):
        return "address"  # "ул. Утепова, 1", "здание 25", "Төле би көшесі, 37"
    if _house_letter(tokens, m):
        return "address"  # "located at Akkorgan, 5v.", "Абая, 12а", "5в үй": a house or a building with its letter
    if lang == "kk" and not m.scaled and first.kind == "num" and _kk_microdistrict(tokens, m):
        return "address"  # "15-шағын ауданға дейінгі жағалау", "12 шағын ауданда": a microdistrict's number
    if lang == "kk" and m.from_words and _kk_set_phrase(tokens, m):
        return "name"  # "жеті қазынаның бірі" (the seven treasures), "төрт аяқтылар" (four-legged animals)
    if not m.scaled and nxt is not None and nxt.kind == "word" and ADDRESS_AFTER_RE.match(nxt.low):
        return "address"  # "14 микрорайон", "37 мекенжайында"
    if not m.scaled and first.kind == "num" and _listed_before_an_address_word(tokens, m.i1):
        return "address"  # "в 34, 38 и 39 микрорайонах": every number of the list names a microdistrict
    if _room_number(tokens, m):
        return "address"  # "108 оқу кабинетінде", "в 108 кабинете": the room where it happened
    if not m.scaled and nxt is not None and nxt.kind == "word" and GRADE_RE.match(nxt.low) and m.value <= 11 and \
            prev is not None and (prev.text in "-–—" or prev.low in ("по", "до", "to") or prev.low.startswith(
                ("школьник", "учащи", "ученик", "оқушы", "student", "pupil"))):
        return "grade"  # "школьники 5-11 классов": the 11
    if prev is not None and prev.kind in ("time", "date"):
        return "counter"  # "19.08.2022 14:17 1036": a view counter after a timestamp
    if _after_a_counter_label(tokens, m, text):
        return "counter"  # "…до конца лета.Количество показов: 1041", "Views: 1 245": the page's counter
    if _counters_after_a_written_date(tokens, m):
        return "counter"  # "Новости / Новости и События 16 июль 2020 г. 495 0": views and comments of the page
    if prev is not None and prev.low in LABEL_BEFORE:
        return "label"
    if not m.scaled and _after_a_requisite_word(tokens, m.i0):
        return "label"  # "БИН 123456789012", "ИИН: 900101300123", "доб. 105": a requisite or an extension
    if not m.scaled and first.kind == "num" and _listed_after_a_label(tokens, m, lang):
        return "label"  # "№ 1, 2, 5, 8 мектеп", "школы № 1, 2 и 5", "schools Nos. 3, 7": every number is a label
    if prev is not None and prev.text == "." and m.i0 > 1 and (tokens[m.i0 - 2].low in LABEL_BEFORE or
                                                               tokens[m.i0 - 2].low in _LABEL_ABBR) and not m.scaled:
        return "label"  # "sports school No.4", "каб. 304", "ауд. 12"
    if m.from_words and prev is not None and prev.text == "(" and m.i0 > 1 and tokens[m.i0 - 2].kind == "word" \
            and _closes_gloss(tokens, m.i1):
        return "name"  # "togyzkumalak (nine pellets)": a name's translation in brackets
    if first.kind == "num" and first.start > 1 and text[first.start - 1] in "-‐(" and \
            text[first.start - 2].isalpha() and not _top_n_selected(tokens, m):
        return "name"  # COVID-19, Су-27, alert(1)
    if first.kind == "num" and not m.scaled and len(first.text) == 2 and 1 <= m.value <= 12 and \
            _YEAR_MONTH_BEFORE.search(text, 0, first.start):
        return "date"  # "date 2020-07 YouTube": the month of an ISO year-month
    if first.kind == "num" and not m.scaled and _SITE_DOMAIN.match(text, tokens[m.i1 - 1].end):
        return "name"  # "передает корреспондент 7152.kz", "по данным 24.kz": a site's name
    if first.kind == "num" and first.start > 0 and text[first.start - 1].isalpha() and not (
            prev is not None and prev.text in _CURRENCY_CODES):
        return "name"  # digits glued to letters: "utf8", "Covid19", "A4" (not "KZT150,000")
    if lang == "en" and first.kind == "num" and not m.scaled and _before_a_name(tokens, m):
        return "name"  # "at the 75 UN General Assembly": a number in a proper name
    if first.kind == "num" and not m.scaled and _digits_open_a_name(tokens, m, text, lang):
        return "name"  # "‘4 Paws’ veterinary clinic", "(4 Lapy)", "the 4 Paws foundation", "клиника 4 Лапы"
    if lang == "en" and m.from_words and _ends_a_name(tokens, m):
        return "name"  # "veterans of World War Two", "Team Five collected": a capitalized word ends a name
    if lang == "en" and m.from_words and _inside_a_name(tokens, m):
        return "name"  # "the Custodian of the Two Holy Mosques", "the Three Kings Foundation"
    if _inside_markup(text, first.start):
        return "markup"
    # "а на сегодняшний день - более 2000.": a count whose noun was said before, not a year
    if m.year_like and not _elided_count_after_a_qualifier(tokens, m):
        if nxt is None or nxt.kind != "word" or YEAR_WORDS_RE.match(nxt.low):
            return "year"
        noun = find_noun(tokens, m.i1, lang)
        if noun.noun is not None and noun.np_end == m.i1 + 1 and noun.unit is None and lang == "ru" and \
                _genitive_plural(nxt.low) and not YEAR_WORDS_RE.match(noun.noun):
            return False  # "2000 масок": a Russian year is never followed by a counted genitive plural
        if _counted_after_modifiers(tokens, m, noun, lang):
            return False  # "2000 школьных сумок", "2000 көпбалалы отбасыға", "planted 2025 young seedlings"
        if _first_of_a_list_of_counts(tokens, m, lang):
            return False  # "2006 қаз, 85 үйрек, 3 түйе": the first item of a list of counts
        if noun.noun is None or noun.np_end != m.i1 + 1 or noun.unit is None or YEAR_WORDS_RE.match(noun.noun):
            return "year"  # "2000 обращений" is a count; "2024 floods", "2025 Forum" are years
    if nxt is not None and nxt.kind == "word" and AGE_OR_DURATION_RE.match(nxt.low) and not m.scaled:
        if not (lang == "kk" and nxt.low == "жас" and m.i1 + 1 < len(tokens)
                and kk_stem(tokens[m.i1 + 1].low)) and not (lang == "kk" and _young_people_of(tokens, m)) and \
                not (lang == "kk" and _kk_young_people_counted(tokens, m)):
            return "age_or_duration"
    if lang in ("ru", "en") and not m.scaled and _duration_with_an_adjective(tokens, m.i1, lang):
        # "за два минувших дня", "за три последних месяца", "5 рабочих дней", "за сорок карантинных дней", "14
        # calendar days", "40 quarantine days"
        return "age_or_duration"
    if _scale_cut_off(tokens, m, text):
        return "cut"  # "…пополнить их ряды 15 ты": the copy cut the scale ("тысяч") off, the value is unknown
    if _kk_ending_cut_off(tokens, m, text, lang):
        return "cut"  # "…еңбекақы төлеу қорымен 500-де": the copy stopped after a case ending, the rest is lost
    if _noun_cut_off(tokens, m, text, lang):
        return "cut"  # "…Three of her five ch": the copy cut the counted noun off, what is counted is unknown
    if _day_and_month(tokens, m):
        return "date"  # "Семей. 15.11. – 40 сотрудников …": a dateline's day and month
    if _in_short_quote(text, first.start, tokens[m.i1 - 1].end) or \
            _in_a_quoted_name(text, first.start, tokens[m.i1 - 1].end):
        return "name"
    if not m.scaled and (first.kind == "num" or (m.from_words and m.value < 120)) and m.i1 + 2 < len(tokens) and \
            tokens[m.i1].low in ("до", "по", "-", "–", "—", "to", "and", "и", "мен", "пен", "бен", "және") and \
            tokens[m.i1 + 1].kind == "num":
        after = tokens[m.i1 + 2]
        if after.kind == "word" and (AGE_OR_DURATION_RE.match(after.low) or _MONTH_WORD_RE.match(after.low)
                                     or GRADE_RE.match(after.low)):
            return "range_of_ages_or_dates"  # "от 14 до 29 лет", "с 1 по 10 декабря", "5-11 классов"
    if _low_end_of_a_duration(tokens, m, lang):
        return "range_of_ages_or_dates"  # "after two or three months", "через 2 или 3 месяца", "екі немесе үш айдан"
    if not m.scaled and first.kind == "num" and first.suffix.endswith(("ден", "тен", "нен", "дан", "тан", "нан")) \
            and m.i1 + 1 < len(tokens) and tokens[m.i1].kind == "num" and tokens[m.i1 + 1].kind == "word" and \
            (AGE_OR_DURATION_RE.match(tokens[m.i1 + 1].low) or _MONTH_WORD_RE.match(tokens[m.i1 + 1].low)):
        return "range_of_ages_or_dates"  # "18-ден 45 жасқа дейінгі": from 18 to 45 years of age
    if not m.scaled and first.kind == "num" and m.value < 120 and prev is not None and \
            prev.low in ("to", "-", "–", "—", "and", "до") and m.i0 >= 3 and tokens[m.i0 - 2].kind == "num" and \
            tokens[m.i0 - 3].low in ("aged", "ages", "age", "возрасте", "жастағы"):
        return "age"  # "aged 18 to 35": the upper age
    if lang == "en" and first.kind == "num" and not m.scaled and m.value < 120 and prev is not None and \
            prev.text == "," and nxt is not None and nxt.text == "," and m.i0 >= 2 and \
            tokens[m.i0 - 2].kind == "word" and (tokens[m.i0 - 2].text[:1].isupper() or
                                                 tokens[m.i0 - 2].low in _ONE_PERSON):
        return "age"  # "Almaty resident Ilya Kan, 16, who …", "The volunteer, 17, has …": an age set off
    if first.kind == "num" and not m.scaled and _age_plus(tokens, m):
        return "age"  # "145 молодых людей 14+,", "подростков 14+", "14+ жастағы": an age bound, not "at least 14"
    if lang == "en" and first.kind == "num" and not m.scaled and m.value < 120 and _age_closing_a_sentence(tokens, m):
        return "age"  # "… for the treatment of the girl, Sofiya Danko, 12.": the age closes the sentence
    if lang == "en" and first.kind == "num" and not m.scaled and m.value < 120 and _end_of_an_age_range(tokens, m):
        return "age"  # "aged from 18 up to 35", "aged 7 up to 17": both ends are ages
    if lang == "en" and first.kind in ("num", "word") and _en_age_phrase(tokens, m):
        return "age"  # "turning 95 in July", "reached the age of 18", "not older than 80"
    if lang == "en" and prev is not None and prev.low in ("under", "aged", "over", "above") and not m.scaled \
            and m.value < 120 and (nxt is None or nxt.kind != "word" or nxt.low in EN_STOP) and \
            not _percent_at(tokens, m.i1):
        return "age"  # "young people under 35" (not "under 10 per cent", "over 60%")
    if lang == "en" and prev is not None and prev.low in ("under", "over", "above") and not m.scaled and \
            m.value < 120 and m.i0 >= 2 and tokens[m.i0 - 2].low in _PEOPLE_OF_AN_AGE and not _percent_at(tokens, m.i1):
        return "age"  # "young people under 35 can apply", "children under 14 years", "those over 60 who …"
    if m.is_one:
        # "один"/"бір"/"one" is a figure only when coordinated with another number:
        # "один национальный и 20 региональных фронт-офисов".
        conj = ("и", "және", "and", "мен", "а")
        forward = any(t.low in conj for t in tokens[m.i1: m.i1 + 6]) and any(
            _a_number(t, lang) for t in tokens[m.i1: m.i1 + 8])
        backward = m.i0 > 0 and tokens[m.i0 - 1].low in conj and any(
            _a_number(t, lang) for t in tokens[max(0, m.i0 - 6): m.i0])
        if not (forward or backward or _item_of_a_list_of_counts(tokens, m) or _one_of_a_measure(tokens, m, lang)
                or _only_one(tokens, m) or _one_lost(tokens, m) or _one_more(tokens, m, lang)):
            return "one"
        if nxt is not None and nxt.low in ("из", "of", "из-за"):
            return "one"
    return None


# Kazakh "тоқсан" is ninety and also a quarter of the year. The quarter: before "сайын" (every quarter), after "әр",
# "әрбір" or an ordinal ("бірінші тоқсанда", "ІІ тоқсанында"), or with a locative or a possessive ending
# ("тоқсанында", "тоқсанда", "тоқсанына" per quarter) that no count of ninety takes. Ninety keeps its bounds and
# nouns: "тоқсан ерікті", "тоқсаннан астам", "тоқсанға жуық", "тоқсан мың".
_KK_QUARTER_FORMS = re.compile(r"^тоқсан(?:ында|ынан|ына|ы|да|дағы|ындағы)$")
_KK_BEFORE_QUARTER = re.compile(r"^(әр|әрбір|осы|өткен|келесі|соңғы|алдыңғы|ағымдағы|бірінші|екінші|үшінші|"
                                r"төртінші|і{1,3}|іv|iv|i{1,3})$")


def _kk_quarter(tokens: list[Token], m: NumberMatch) -> bool:
    first = tokens[m.i0]
    if first.kind != "word" or not first.low.startswith("тоқсан") or m.i1 - m.i0 != 1:
        return False
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    prev = tokens[m.i0 - 1] if m.i0 > 0 else None
    if nxt is not None and nxt.low in ("сайын", "saıyn", "saiyn"):
        return True
    if prev is not None and (_KK_BEFORE_QUARTER.match(prev.low) or
                             (prev.kind == "num" and prev.suffix in ("", "-", "ші", "шы", "інші", "ыншы"))):
        return True
    return bool(_KK_QUARTER_FORMS.match(first.low))


# A Kazakh microdistrict ("шағын аудан", small district) is numbered: "15-шағын ауданға дейінгі жағалау", "12 шағын
# ауданда" (the address, like "14 микрорайон"); "12 ауданда" (in 12 districts) stays a count.
def _kk_microdistrict(tokens: list[Token], m: NumberMatch) -> bool:
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    after = tokens[m.i1 + 1] if m.i1 + 1 < len(tokens) else None
    if tokens[m.i0].suffix == "шағын":
        return nxt is not None and nxt.low.startswith("аудан")
    return nxt is not None and nxt.low == "шағын" and after is not None and after.low.startswith("аудан")


# Kazakh set phrases with a number word that count nothing: "жеті қазына" (the seven treasures of a Kazakh),
# "төрт аяқты(лар)" (four-legged animals), "төрт түлік" (the four kinds of livestock), "жеті ата" (seven
# generations), "бес парыз" (the five pillars).
_KK_SET_PHRASES = {4: ("аяқты", "түлік"), 7: ("қазына", "ата"), 5: ("парыз",)}


def _kk_set_phrase(tokens: list[Token], m: NumberMatch) -> bool:
    if m.scaled or m.i1 >= len(tokens) or m.i1 - m.i0 != 1:
        return False
    return tokens[m.i1].low.startswith(_KK_SET_PHRASES.get(int(m.value), ()) or ("\0",))


# Kazakh adverbs with the form of "бір" in a case: "бірден" (at once, immediately), "бірге" (together). Not when a
# bound follows the ablative: "бірден астам" (more than one).
_KK_ADVERBS_OF_ONE = frozenset({"бірден", "бірден-ақ", "бірге", "бірге-ақ"})


def _kk_adverb_of_one(tokens: list[Token], m: NumberMatch) -> bool:
    if m.i1 - m.i0 != 1 or tokens[m.i0].low not in _KK_ADVERBS_OF_ONE:
        return False
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    return not (nxt is not None and (nxt.low in KK_AFTER_ABLATIVE or nxt.low in KK_AFTER_DATIVE))


# A Kazakh multiple of a quality or a feeling is rhetoric: "екі есе жағымды" (doubly pleasant), "екі есе қуанышты",
# "үш есе маңызды". A measured multiple grows or compares an amount: "екі есе өсті", "екі есеге көбейді", "екі есе
# көп", "үш есе арзан".
_KK_QUALITY_AFTER_TIMES = re.compile(r"^(жағымды|қуанышты|қуаныш|бақытты|маңызды|құнды|әсерлі|қызықты|ұнамды|"
                                     r"сүйкімді|көңілді|жауапты|қиын|ауыр|жақсы|тамаша|ыстық|ардақты|ғажап|рахат|"
                                     r"мақтанышты|мәртебелі|абыройлы|сауапты|жылы)$")


def _kk_multiple_of_a_quality(tokens: list[Token], m: NumberMatch) -> bool:
    if m.i1 + 1 >= len(tokens) or tokens[m.i1].low not in ("есе", "ese"):
        return False
    return bool(_KK_QUALITY_AFTER_TIMES.match(tokens[m.i1 + 1].low))


# A loss counts even when it is one: "Одна тёлка у нас погибла", "погиб один человек", "one person died", "бір адам
# қаза тапты", "бір сиыр өліп қалды" (deaths, injuries, losses are told as counts, a single one too). The verb of loss
# in the clause of "one" (before its noun or within a few words after it); not "один из …" (one of them).
_LOSS_VERB = re.compile(r"^(?:погиб\w*|умер(?:ла|ло|ли)?|скончал\w*|утонул\w*|пострадал\w*|пропал\w*|сгорел\w*|"
                        r"травмирован\w*|ранен\w*|пал[аио]?|died|dies|killed|drowned|injured|perished|missing|dead|"
                        r"қаза|өлді|өліп|қырылды|жарақаттанды|зардап|жоғалды|суға)$")
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


# English idioms of a great many with "a million / a thousand": "thanks a million", "one in a million", "a million
# thanks", "a thousand times" (no amount; "raised a million tenge" stays).
_THANKS = frozenset({"thanks", "thank"})
_IDIOM_AFTER = frozenset({"thanks", "times"})


def _idiom_of_many(tokens: list[Token], m: NumberMatch) -> bool:
    if tokens[m.i0].low != "a" or m.i1 - m.i0 != 2 or tokens[m.i1 - 1].low not in ("million", "thousand"):
        return False
    before = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    before2 = tokens[m.i0 - 2].low if m.i0 > 1 else ""
    after = tokens[m.i1].low if m.i1 < len(tokens) else ""
    return before in _THANKS or (before == "you" and before2 == "thank") or \
        (before == "in" and before2 == "one") or after in _IDIOM_AFTER


# "One more" of a thing the lexicon counts is a count of one: "тағы бір мектеп салынып жатыр" (one more school is being
# built), "ещё один проект", "one more school" — the text adds one to what it counted. Not "тағы бір рет / ещё один
# раз / one more time" (a frequency) nor "тағы бір күні" (a time): only a counted noun right after.
_ONE_MORE_BEFORE = frozenset({"тағы", "ещё", "еще"})


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
    """Is "one" stressed as how few ("только один проект", "only one project", "бар болғаны бір жоба")?"""
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


def _a_number(t: Token, lang: str) -> bool:
    """A number in digits or in words ("по две тонны макарон … и одна тонна гречки"): what "один" may be
    coordinated with."""
    return t.kind == "num" or (t.kind == "word" and t.low not in _NOT_COUNT_WORDS and
                               word_number(t.low, lang) is not None)


# Number words that coordinate no count: "один из …", "ни одного".
_NOT_COUNT_WORDS = frozenset({"один", "одна", "одно", "одну", "одного", "одной", "бір", "one", "once"})
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
    # otherwise the same measure counted by another number of the sentence: a list of amounts, not a saying
    # ("Один литр крови спасает …")
    return any(_a_number(t, lang) and find_noun(tokens, k + 1, lang).unit == noun.unit
               for k, t in enumerate(tokens) if not m.i0 <= k < m.i1)


# Russian adjectives of time between a number and its time unit: "за два минувших дня", "в течение трех последних
# недель", "5 рабочих дней", "за пять долгих лет" are durations as "за два дня" is.
_TIME_ADJECTIVE = re.compile(r"^(?:минувш|последн|прошедш|прошл|ближайш|предыдущ|следующ|долг|перв|календарн|"
                             r"рабоч|оставш|предстоящ|праздничн|выходн|учебн|летн|зимн|весенн|осенн)"
                             r"\w*(?:их|ых|ие|ые)$")


# Words joining the two ends of an alternative or a range: "two or three months", "2 или 3 месяца", "екі немесе үш".
_ALTERNATIVE_JOINERS = frozenset({"or", "to", "или", "либо", "до", "немесе", "не", "-", "–", "—"})


def _low_end_of_a_duration(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """The first number of "N or M <time unit>" ("After two or three months", "через 2 или 3 месяца", "екі немесе
    үш айдан кейін"): the time unit after the second number is the first's too, so both are a duration (the second
    is left by the duration rule). "Two or three volunteers" stays a count."""
    j = m.i1
    if m.scaled or m.value >= 120 or j + 2 >= len(tokens) or tokens[j].low not in _ALTERNATIVE_JOINERS:
        return False
    second, unit = tokens[j + 1], tokens[j + 2]
    if second.kind == "num":
        if second.suffix:
            return False
    elif second.kind != "word" or (hit := word_number(second.low, lang)) is None or hit[1]:
        return False
    return unit.kind == "word" and (AGE_OR_DURATION_RE.match(unit.low) is not None or
                                    _MONTH_WORD_RE.match(unit.low) is not None)


# Any Russian plural adjective describes the span as well ("сорок карантинных дней", "пять напряженных недель"),
# except those that make "days" events one holds ("5 донорских дней", "12 тематических дней", "дни открытых дверей");
# an English word between a number and its time unit likewise ("14 calendar days", "40 quarantine days"), except the
# events ("5 donor days", "3 action days").
_RU_PLURAL_ADJECTIVE = re.compile(r"^\w{3,}(?:их|ых|ие|ые)$")
_EVENT_DAY_WORD = re.compile(r"^(?:донорск|тематическ|благотворительн|волонтерск|волонтёрск|экологическ|единых|"
                             r"открыт|акционн|donor|action|theme|themed|charity|volunteer|clean|open|event|"
                             r"awareness|blood)")
_EN_DURATION_UNIT = re.compile(r"^(?:days?|weeks?|months?|years?|hours?)$")


def _duration_with_an_adjective(tokens: list[Token], j: int, lang: str = "ru") -> bool:
    if not (j + 1 < len(tokens) and tokens[j].kind == "word" and tokens[j + 1].kind == "word"):
        return False
    word, unit = tokens[j].low, tokens[j + 1].low
    if _EVENT_DAY_WORD.match(word):
        return False
    if lang == "en":
        return word_number(word, lang) is None and word not in EN_STOP and _EN_DURATION_UNIT.match(unit) is not None
    return (_TIME_ADJECTIVE.match(word) is not None or _RU_PLURAL_ADJECTIVE.match(word) is not None) and \
        AGE_OR_DURATION_RE.match(unit) is not None


# A day and a month written with a dot, "15.11" or "03.05" (a month 01–12 after a day 1–31), and nothing counted
# after it: the dateline of a regional site ("Семей. 15.11. “Semeyainasy” – …", "Алматы. 03.05. –"). A decimal
# counts something ("5.12 тонн", "2.05%"), and Russian decimals take a comma.
_DAY_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])")


def _ordinal_ending(tokens: list[Token], k: int) -> bool:
    """Is the word at k the ending of an English ordinal the tokenizer split off a number ("1st", "22nd", "12th"),
    not "St" (street) after a house number?"""
    return tokens[k].low in ("st", "nd", "rd", "th") and k >= 1 and tokens[k - 1].kind == "num" and \
        tokens[k - 1].end == tokens[k].start


def _month_has_its_day(tokens: list[Token], i: int) -> bool:
    """Has the month at `i` its day before it ("12 April", "12th April", "the 12th of April")? Then a number after
    it is no day ("On 12th April 25 volunteers …": a date has one day), unless it is the year."""
    k = i - 1
    if k >= 1 and tokens[k].low == "of":
        k -= 1
    if _ordinal_ending(tokens, k):
        k -= 1  # "12th": the tokenizer splits the ordinal ending off
    return k >= 0 and tokens[k].kind == "num" and not tokens[k].suffix and tokens[k].text.isdigit() and \
        1 <= int(tokens[k].text) <= 31


def _day_and_month(tokens: list[Token], m: NumberMatch) -> bool:
    first = tokens[m.i0]
    if m.scaled or m.i1 != m.i0 + 1 or first.kind != "num" or not _DAY_MONTH.fullmatch(first.text):
        return False
    if m.i0 > 0 and tokens[m.i0 - 1].text not in (".", ",", "|", "/", "—", "–", "-"):
        return False  # "вырос до 3.10": a value; a dateline stands first or after the place ("Семей. 15.11.")
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    return nxt is None or (nxt.kind == "punct" and nxt.text not in ("%", "+") and not nxt.text.isalnum())


_TOP_WORD = frozenset({"топ", "top"})
_SELECTING = re.compile(r"^(?:определ\w*|отбор\w*|отобра\w*|отбира\w*|выбор\w*|выбра\w*|выбира\w*|"
                        r"анықта\w*|іріктел\w*|іріктеу\w*|таңда\w*|select\w*|chos\w*|choos\w*|"
                        r"shortlist\w*|pick\w*|determin\w*|identif\w*)$")


def _top_n_selected(tokens: list[Token], m: NumberMatch) -> bool:
    """"определения ТОП-10 претендентов по 15 номинациям", "to select the top-10 finalists": how many are chosen,
    a count of the noun after it, not a name (scoring.md excludes numbers inside names; a title "Топ-10 волонтерских
    проектов года" stays a name: no word of choosing before it)."""
    if m.i0 < 2 or tokens[m.i0 - 1].text not in ("-", "‐") or tokens[m.i0 - 2].low not in _TOP_WORD:
        return False
    if m.i1 >= len(tokens) or tokens[m.i1].kind != "word":
        return False  # "вошел в ТОП-10.": a rank, no counted noun
    # Russian and English choose before ("определения ТОП-10 …"), Kazakh after ("ТОП-10 үміткерді анықтау")
    near = tokens[max(0, m.i0 - 5):m.i0 - 2] + tokens[m.i1 + 1:m.i1 + 3]
    return any(t.kind == "word" and _SELECTING.match(t.low) for t in near)


# Labels of a page's counters of views or reads (Russian, Kazakh, English), as sites print them after the text.
_COUNTER_LABEL = re.compile(r"^(?:показ(?:ов|ы)|просмотр(?:ов|ы|а)?|прочтени[йя]|прочитан[оа]?|views?|reads?|"
                            r"қаралым(?:ы|дар)?|қаралды|оқылды|оқылым(?:ы|дар)?|көрілім(?:і|дер)?|"
                            r"көрсетілім(?:і|дер)?)$")


def _after_a_counter_label(tokens: list[Token], m: NumberMatch, text: str) -> bool:
    """A number printed as the value of a counter label: "Количество показов: 1041", "Просмотров: 1 245",
    "Views: 300", "Қаралым саны: 56", or the label right before a number that ends the text ("Оқылды 120").
    A sentence that counts views ("видео набрало более 1000 просмотров") puts the number before the word."""
    i = m.i0 - 1
    colon = i >= 0 and tokens[i].text == ":"
    if colon:
        i -= 1
    if i >= 0 and tokens[i].low in ("саны", "количество", "count"):  # "Қаралым саны: 56"
        label = tokens[i - 1] if i > 0 else None
        if label is not None and _COUNTER_LABEL.match(label.low):
            return colon or m.i1 >= len(tokens) or text[tokens[m.i1 - 1].end:].strip(" .") == ""
    if i < 0 or not _COUNTER_LABEL.match(tokens[i].low):
        return False
    return colon or m.i1 >= len(tokens)


# What may follow the year of a written date before the page's counters: "г.", "ж.", "жыл", "year".
_YEAR_ABBR = frozenset({"г", "гг", "года", "год", "ж", "жыл", "жылы", "."})


def _counters_after_a_written_date(tokens: list[Token], m: NumberMatch) -> bool:
    """Bare numbers that end a sentence after a written date of publication ("Новости и События 16 июль 2020 г.
    495 0", "16 шілде 2020 ж. 120 3", "July 16, 2020 495 0"): the page's views and comments printed by the template
    after the date, no figures of the text (a count names what it counts: "16 июля 2020 г. 495 волонтеров …")."""
    if m.scaled or tokens[m.i0].kind != "num" or tokens[m.i0].suffix:
        return False
    if any(t.kind != "num" or t.suffix for t in tokens[m.i1:]):
        return False  # only other bare counters may follow, to the end of the sentence
    i = m.i0 - 1
    while i >= 0 and tokens[i].kind == "num" and not tokens[i].suffix and not _YEAR_TOKEN.fullmatch(tokens[i].text):
        i -= 1  # the counters printed before this one
    while i >= 0 and tokens[i].low in _YEAR_ABBR:
        i -= 1
    if i < 0:
        return False
    if tokens[i].kind == "date":
        return True  # "16.07.2020 495 0"
    if not _YEAR_TOKEN.fullmatch(tokens[i].text) or i < 1:
        return False
    j = i - 1 if tokens[i - 1].text != "," else i - 2  # "July 16, 2020"
    if j >= 0 and tokens[j].kind == "num" and j > 0:
        j -= 1  # the day before an English month: "July 16"
    return j >= 0 and tokens[j].kind == "word" and _MONTH_WORD_RE.match(tokens[j].low) is not None


# Kazakh conditional verbs closing an "if" clause ("жатса", "болса", "жинасақ", "көмектессек"), and verbs of what
# would follow ("созармыз" we might reach, "берер едік" we would give, "салар едім", "көмектесер едік").
_KK_CONDITIONAL = re.compile(r"(?:са|се|сақ|сек|саңыз|сеңіз|сам|сем)$")
_KK_WOULD = re.compile(r"(?:ар|ер|р)(?:мыз|міз|едік|едім|еді)$")


def _kk_would_if(tokens: list[Token], m: NumberMatch) -> bool:
    """A small number word in what would follow a condition: "Мүмкін қайырымды жандар көп болып жатса, екі адамға
    қол ұшын созармыз" (maybe, if there are more kind people, we will reach out to two people), "…жинасақ, бір
    мұқтаж жанға үй салып берер едік": a wish of the speaker, not a count of what was done. The condition's own
    numbers ("5 мың адам 5 миллион жинасақ") are the plan's and stay; only the clause after "…са," is read."""
    k = m.i0 - 1
    if k < 1 or tokens[k].text != "," or tokens[k - 1].kind != "word" or not _KK_CONDITIONAL.search(tokens[k - 1].low):
        return False
    for t in tokens[m.i1: m.i1 + 6]:
        if t.kind != "word":
            return False  # the clause ends before a verb of what would be
        if _KK_WOULD.search(t.low) or (t.low in ("едік", "едім", "еді") and t is not tokens[m.i1]):
            return True
    return False


# A worked example of a rule: a condition about any one of those the rule is for, or opened by a word of example
# ("Әр отбасының әр мүшесіне 100 мың теңге беріледі. Яғни, бір отбасында 6 адам болса, сол 6 адамға 600 мың теңге",
# "мысалы, егер отбасында 6 адам болса, 600 мың теңге алады", "например, если в семье 6 человек, она получит 600
# тысяч", "for example, if a family has six members, it receives 600,000 tenge"): the numbers of the condition and of
# what follows from it illustrate the rule; they are no figures of the article. A condition that sets two times
# against each other ("если в 2019 году их было 500, то сейчас 1200", "егер былтыр 500 болса, биыл 1000") is a
# report, and so is an example without a condition ("мысалы, жейделер 2 мың теңгеден сатылды"); numbers before the
# condition stay.
_EXAMPLE_WORDS = frozenset({"мысалы", "мысал", "мәселен", "айталық", "например", "к", "скажем", "допустим",
                            "предположим", "example", "instance", "say", "suppose", "mysaly", "máselen"})
_IF_WORDS = frozenset({"егер", "если", "if", "eger"})
# an indefinite "one" of those the rule is for: "бір отбасында", "в одной семье", "if a family", "one household"
_ANY_ONE = frozenset({"бір", "одной", "одна", "один", "одного", "одну", "a", "an", "one"})
_TIME_WORDS = re.compile(r"^(?:(?:19|20)\d\d|сейчас|теперь|ныне|сегодня|today|now|currently|биыл\w*|былтыр\w*|"
                         r"қазір\w*|бүгін\w*|прошл\w+|минувш\w+|last|this|year|years|году|года|жыл|жылы|жылғы)$")


def _worked_example(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """Is the number in a worked example of a rule (see above): after a condition's opening in its sentence whose
    condition names any one of those the rule is for or follows a word of example, with no time in the sentence?"""
    if any((t.kind == "num" and _TIME_WORDS.match(t.text)) or (t.kind == "word" and _TIME_WORDS.match(t.low))
           for t in tokens):
        return False
    # the opening of the condition before the number: "если/егер/if", else (Kazakh) the clause of a "-са/-се" verb
    start = None
    for k in range(m.i0 - 1, -1, -1):
        if tokens[k].kind == "word" and tokens[k].low in _IF_WORDS:
            start = k
            break
    if start is None and lang == "kk":
        verb = next((k for k in range(m.i0 - 1, -1, -1) if tokens[k].kind == "word" and k + 1 < len(tokens)
                     and tokens[k + 1].text == "," and _KK_CONDITIONAL.search(tokens[k].low)), None)
        if verb is None:  # the number inside the condition: its verb comes after it
            verb = next((k for k in range(m.i1, len(tokens)) if tokens[k].kind == "word" and k + 1 < len(tokens)
                         and tokens[k + 1].text == "," and _KK_CONDITIONAL.search(tokens[k].low)), None)
            if verb is None or any(t.text in ",.;" for t in tokens[m.i1:verb]):
                return False
        start = max([k + 1 for k in range(0, min(verb, m.i0)) if tokens[k].text in ",;:"], default=0)
        end = verb
    elif start is None:
        return False
    else:
        end = next((k for k in range(start, len(tokens)) if tokens[k].text in ",;"), len(tokens))
    before = [t.low for t in tokens[max(0, start - 4):start] if t.kind == "word"]
    if any(w in _EXAMPLE_WORDS for w in before) and ("к" not in before or "примеру" in before):
        return True
    condition = [t.low for t in tokens[start:end] if t.kind == "word"]
    if any(w in _EXAMPLE_WORDS - {"к", "say"} for w in condition):
        return True
    if lang == "kk" and not any(w in _IF_WORDS for w in condition):
        # without "егер", a Kazakh "-са/-се" clause as often sets two facts side by side ("Бір грантқа 9 өтінім
        # түссе, екіншісіне 15 өтінім түсті"): only "in any one … there are N" is an example ("бір отбасында 6 адам
        # болса")
        return tokens[end].low == "болса" and any(
            w == "бір" and nxt.endswith(("да", "де", "та", "те")) for w, nxt in pairwise(condition))
    # any one of them: "бір отбасында 6 адам болса", "в одной семье 6 человек", "if a family has six members"
    return any(w in _ANY_ONE for w in condition[:4]) and (lang != "en" or condition[1:2] in (["a"], ["an"], ["one"]))


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
        return (nxt is not None and nxt.low in ("де", "да", "та", "те")) or _kk_names_listed_before(tokens, m)
    if lang == "ru":
        return m.i0 > 0 and tokens[m.i0 - 1].low in _RU_ALL and _RU_COLLECTIVE.match(first.low) is not None
    return False


_KK_AND = frozenset({"мен", "пен", "бен", "және", "әрі", "һәм", "men", "pen", "ben", "jáne"})


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


def _list_item_number(tokens: list[Token], m: NumberMatch, text: str) -> bool:
    """The number of an item of a numbered list at the start of a line ("1. Public Foundation “Society …”, Taraz",
    "2) Жасыл ел жасақтары …"): a small whole number first in the sentence, a dot or a bracket right after it and
    a space before the item's words. A label, not a figure ("1. 500 волонтеров …" still reads 500)."""
    first = tokens[m.i0]
    if m.i0 != 0 or m.i1 != 1 or first.kind != "num" or first.suffix or m.scaled or not first.text.isdigit() or \
            not 1 <= m.value <= 99 or text[:first.start].strip():
        return False
    nxt = tokens[1] if len(tokens) > 1 else None
    if nxt is None or nxt.text not in (".", ")") or nxt.start != first.end:
        return False
    after = text[nxt.end:nxt.end + 3]
    if re.match(r" [«“\"„(]?\w", after):
        return True  # the item's words, its quoted name or its count follow
    # … or the item's first word glued to the label by the copy ("1.Информационная работа:", "2)Адресная помощь"):
    # a capital letter right after the dot opens the item (a decimal has a digit there, a sentence end a space)
    glued = re.match(r"[«“\"„(]?([^\W\d_])", after)
    return glued is not None and glued.group(1).isupper()


def _item_of_a_list_of_counts(tokens: list[Token], m: NumberMatch) -> bool:
    """"9 районов, один город более 300 сел": "один" as an item after a comma of a list whose item before is a count
    in digits with its noun (not a year: "в 2024 году, один из …")."""
    if m.i0 < 3 or tokens[m.i0 - 1].text != ",":
        return False
    noun, num = tokens[m.i0 - 2], tokens[m.i0 - 3]
    return num.kind == "num" and not num.suffix and noun.kind == "word" and not YEAR_WORDS_RE.match(noun.low) \
        and not AGE_OR_DURATION_RE.match(noun.low)


# A person in the dative who "is" an age, with the verb and "лет" left out: "самому младшему — 7", "старшей — 12",
# "сыну — 5, дочке — 3".
_AGE_DATIVE = frozenset({"младшему", "младшей", "старшему", "старшей", "маленькому", "маленькой", "сыну", "дочери",
                         "дочке", "внуку", "внучке", "ребенку", "малышу", "малышке", "мальчику", "девочке"})


def _age_told_to_a_person(tokens: list[Token], m: NumberMatch) -> bool:
    if m.scaled or m.value >= 120 or m.i0 < 2 or tokens[m.i0 - 1].text not in ("—", "–", "-", ":"):
        return False
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word" and nxt.low not in ("и", "а", "лет", "года", "год"):
        return False  # "детям — 300 подарков": a count of the dative's things
    return tokens[m.i0 - 2].low in _AGE_DATIVE


# People described by an age bound after them: "people under 35", "children under 14", "those over 60".
# One person named by what they are, whose age may be set off after them by commas ("The volunteer, 17, has …").
_ONE_PERSON = frozenset({"volunteer", "donor", "student", "schoolgirl", "schoolboy", "girl", "boy", "woman", "man",
                         "resident", "participant", "organizer", "organiser", "founder", "activist", "teenager",
                         "pensioner", "mother", "father", "son", "daughter", "winner", "recipient", "child"})


def _age_closing_a_sentence(tokens: list[Token], m: NumberMatch) -> bool:
    """"… the cancer-stricken girl, Sofiya Danko, 12.", "… said the volunteer, 17.": a small number set off by a
    comma after a person's name (two capitalised words: a first name and a surname) or after a word for one person,
    with nothing after it but the end of the sentence, is the person's age, as in "Ilya Kan, 16, who …". A place
    ("in Almaty, 12") is one capitalised word, and a count keeps its noun ("Danko, 12 volunteers")."""
    if m.i0 < 3 or tokens[m.i0 - 1].text != ",":
        return False
    if m.i1 < len(tokens) and tokens[m.i1].text not in (".", "!", ";", ")"):
        return False
    name, before = tokens[m.i0 - 2], tokens[m.i0 - 3]
    if name.kind != "word":
        return False
    if name.low in _ONE_PERSON:
        return True
    if not (name.text[:1].isupper() and before.kind == "word" and before.text[:1].isupper()) or \
            name.text.isupper() or before.text.isupper():
        return False
    place = f"{before.low} {name.low}"
    return not _areas_in(place) and "kazakhstan" not in place  # "Almaty City, 12.", "North Kazakhstan, 12."


def _end_of_an_age_range(tokens: list[Token], m: NumberMatch) -> bool:
    """"aged from 18 up to 35", "ages 7 up to 17": after "aged/ages", "from" and "up to" stand between the word and
    the two ends; both ends are ages ("aged 18 to 35" is read elsewhere)."""
    words = [t.low for t in tokens[max(0, m.i0 - 6): m.i0]]
    if not words or words[-1] not in ("from", "to", "aged", "ages", "age"):
        return False
    if words[-1] == "from":
        return len(words) >= 2 and words[-2] in ("aged", "ages", "age")
    if words[-1] in ("aged", "ages", "age"):
        return m.i1 + 1 < len(tokens) and tokens[m.i1].low == "up" and tokens[m.i1 + 1].low == "to"
    # the high end: "aged [from] N [up] to M"
    i = len(words) - 2
    if i >= 0 and words[i] == "up":
        i -= 1
    if i < 1 or not tokens[m.i0 - len(words) + i].kind == "num":
        return False
    i -= 1
    if i >= 0 and words[i] == "from":
        i -= 1
    return i >= 0 and words[i] in ("aged", "ages", "age")


# English phrasings that give a person's age without "aged"/"years old": "turning 95 in July", "turned 100",
# "reached the age of 18", "not older than 80", "younger than 18".
_EN_TURN_AGE = frozenset({"turn", "turns", "turned", "turning"})
_EN_OLDER_YOUNGER = frozenset({"older", "younger"})


def _en_age_phrase(tokens: list[Token], m: NumberMatch) -> bool:
    """An English age told by its verb or comparison: "a war veteran, turning 95 in July", "she turned 100",
    "having reached the age of 18", "but not older than 80", "younger than 18". A number a person turns is an
    age unless a noun is counted after it ("turned 500 bags into …" keeps its noun); "the age of" names an age
    whatever follows; "older/younger than N" compares ages."""
    if m.scaled or m.value >= 120 or m.i0 < 1:
        return False
    prev = tokens[m.i0 - 1]
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    if prev.low in _EN_TURN_AGE:
        return nxt is None or nxt.kind != "word" or nxt.low in EN_STOP or nxt.low in ("years", "year", "this",
                                                                                        "next", "last", "soon")
    if prev.low == "of" and m.i0 >= 2 and tokens[m.i0 - 2].low == "age":
        return True  # "the age of 18"
    return prev.low == "than" and m.i0 >= 2 and tokens[m.i0 - 2].low in _EN_OLDER_YOUNGER


_PEOPLE_OF_AN_AGE = frozenset({"people", "youth", "children", "kids", "teenagers", "adolescents", "those", "citizens",
                               "residents", "pensioners", "applicants", "participants", "women", "men", "persons",
                               "volunteers", "donors", "anyone", "everyone", "adults"})


def _percent_at(tokens: list[Token], j: int) -> bool:
    """A percent sign or word at token j: "%", "percent", "per cent"."""
    if j >= len(tokens):
        return False
    low = tokens[j].low
    return low in ("%", "percent") or (low == "per" and j + 1 < len(tokens) and tokens[j + 1].low == "cent")


def _in_embedded_data(text: str, pos: int) -> bool:
    """Inside a run of text without spaces that is a data: URL or a long URL/base64 blob."""
    left = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
    right_m = re.compile(r"\s").search(text, pos)
    chunk = text[left: right_m.start() if right_m else len(text)]
    return "data:" in chunk or "base64" in chunk or "://" in chunk or len(chunk) > 80


# The name of an image file or a gallery's label left on the page by its template: a default file name ("Безымянный
# 3", its transliteration "bezymjannyj-3", "Без названия 2", "Untitled 4", "IMG_1234", "DSC_0042", "photo_5"), a
# number glued to a picture's extension ("3.jpg", "фото-2.png") or a slide counter ("photo 2 of 5", "фото 2 из 5",
# "2 / 5"-style counters are slash pairs). Page chrome, not a figure; a sentence counting photos ("50 фотографий")
# keeps its number.
_FILE_NAME_BEFORE = re.compile(
    r"(?:безымянн\w*|bezymjann\w*|bezymyann\w*|без\s+названия|untitled|атауы(?:\s+жоқ|сыз)|img|dsc|dscn|dsc[fn]?|"
    r"pic|photo|image|foto|фото|сурет)[\s_-]*(?:\(\s*)?$", re.I)
_FILE_NAME_AFTER = re.compile(
    r"^(?:\s*\)?[\s_-]*(?:bezymjann\w*|безымянн\w*))|^\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic)\b|"
    r"^\s+(?:of|из|/)\s+\d+\s*$", re.I)

_SLIDE_TOTAL_BEFORE = re.compile(r"(?:photo|фото|foto|сурет|image|slide|слайд)\s+\d+\s+(?:of|из)\s+$", re.I)


def _file_name_number(text: str, start: int, end: int) -> bool:
    """Is the number part of an image file's name or a gallery's slide label? A photo word before counts only
    when the number closes the label ("photo 2 of 5", "IMG_1234", "фото 3" alone), not a count of photos in a
    sentence ("фото 50 волонтеров" stays: its number is followed by a word)."""
    before, after = text[max(0, start - 30): start], text[end: end + 30]
    if _FILE_NAME_AFTER.match(after) or _SLIDE_TOTAL_BEFORE.search(before):
        return True
    m = _FILE_NAME_BEFORE.search(before)
    if m is None:
        return False
    if not re.match(r"(?:pic|photo|image|foto|фото|сурет)", m.group(0), re.I):
        return True  # a default file name: "Безымянный 3", "IMG_1234", "Untitled 4"
    glued = re.search(r"[_-]\s*$", before) is not None  # "photo_5", "фото-2"
    slide = re.match(r"^\s+(?:of|из)\s+\d+", after) is not None  # "photo 2 of 5"
    return glued or slide


_LIST_JOINERS = frozenset({",", "и", "and", "or", "или", "және", "мен", "бен", "пен", "&"})


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


# What a list of labels after "№" may number: the next word after its last number ("№ 1, 2, 5 мектеп оқушылары");
# any other counted noun there is counted by that number ("школа № 5, 300 учеников").
_LABELLED_PLACE_RE = re.compile(r"^(мектеп\w*|школ\w*|гимнази\w*|лице\w*|колледж\w*|балабақша\w*|"
                                r"детсад\w*|ясли\w*|ауруха\w*|больниц\w*|емхан\w*|поликлиник\w*|"
                                r"school\w*|kindergarten\w*|lyceum\w*|hospital\w*|polyclinic\w*|mektep\w*)$")


def _listed_after_a_label(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """Is the number a later item of a list of numbers opened by a label ("Елорданың № 1, 2, 5, 8, 14 мектеп
    оқушылары", "школы №№ 3, 7 и 12", "schools No. 1, 2 and 5", "Nos. 3, 7")? The label names every number
    of the list; the first is caught by LABEL_BEFORE. Only plain numbers joined by commas or "и/and/мен" count, and
    the last must not be followed by a counted noun of its own."""
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word" and nxt.low not in _LIST_JOINERS and \
            not _LABELLED_PLACE_RE.match(nxt.low) and find_noun(tokens, m.i1, lang).unit is not None:
        return False  # "школа № 5, 300 учеников": the last number counts its own noun
    j, items = m.i0, 0
    while j >= 2 and tokens[j - 1].low in _LIST_JOINERS:
        k = j - 1
        if k >= 1 and tokens[k - 1].low in _LIST_JOINERS:
            k -= 1  # ", и"
        if k < 1 or tokens[k - 1].kind != "num" or len(tokens[k - 1].text) > 3:
            return False
        j, items = k - 1, items + 1
    if items == 0 or j < 1:
        return False
    prev = tokens[j - 1]
    if prev.low in LABEL_BEFORE:
        return True
    return prev.text == "." and j >= 2 and (tokens[j - 2].low in LABEL_BEFORE or tokens[j - 2].low in _LABEL_ABBR)


def _slash_pair(text: str, start: int, end: int) -> bool:
    """Digits joined by a slash without spaces: "24/7" (a date like "12/05/2024" is a date token already)."""
    return (end < len(text) - 1 and text[end] == "/" and text[end + 1].isdigit()) or (
        start > 1 and text[start - 1] == "/" and text[start - 2].isdigit())


_PER_WORDS = {"per", "на", "әр", "every", "each", "каждые", "каждых"}
# Words that name only a rate's base (never a group counted): "on 1000 population", "to 1,000 inhabitants".
_EN_POPULATION_WORDS = frozenset({"population", "inhabitants", "capita"})


def _rate_denominator(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """"per 1,000 population", "на 1000 жителей", "на каждые 1000 человек", "әр 1000 тұрғынға", "1000 тұрғынға
    шаққанда": the number a rate is counted per, never a figure of its own."""
    if m.i1 >= len(tokens) or tokens[m.i1].kind != "word" or not DENOMINATOR_WORDS_RE.match(tokens[m.i1].low):
        return False
    if m.value not in (100, 1000, 10000, 100000, 1e6):
        return False
    prev = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    prev2 = tokens[m.i0 - 2].low if m.i0 > 1 else ""
    if prev in _PER_WORDS or (prev in ("каждые", "every") and prev2 in ("на", "per")):
        return True
    if lang == "en" and ((prev in ("on", "for", "to") and tokens[m.i1].low in _EN_POPULATION_WORDS)
                         or (prev == "every" and prev2 in ("for", "of", "in"))):
        return True  # "50 donors are on 1000 population", "for every 1,000 residents", "out of every 1,000 people"
    nxt_after = tokens[m.i1 + 1].low if m.i1 + 1 < len(tokens) else ""
    return lang == "kk" and tokens[m.i1].low.endswith(("ға", "ге", "қа", "ке")) and (
        nxt_after.startswith(("шақ", "есеп")) or prev in ("әрбір", "әр") or _kk_rate_with_kel(tokens, m.i1 + 1))


# Odds stated as one against a round base: "1 к 10 тысячам", "1 на 10 тысяч", "один из 10 000", "one in 10,000",
# "10 мыңнан бір". The base is a power of ten (100 and up; "one in five" is a share and stays one).
_ODDS_ONE = frozenset({"1", "один", "одна", "одно", "one", "бір"})
_ODDS_JOINERS = frozenset({"к", "на", "из", "in"})
_ODDS_BASES = (100, 1000, 10000, 100000, 1e6)


def _odds_denominator(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """The base of odds of one against a round number: "составляет 1 к 10 тысячам", "one in 10,000 donors", "10
    мыңнан бір" (Kazakh ablative, then "one"). The base is no count of its own; the "1" stays as the odds' figure."""
    if m.value not in _ODDS_BASES:
        return False
    if m.i0 >= 2 and tokens[m.i0 - 1].low in _ODDS_JOINERS and tokens[m.i0 - 2].low in _ODDS_ONE:
        # the "1" alone, not the end of a longer number cut by a space ("2 1 к …" is no odds)
        return not (m.i0 >= 3 and tokens[m.i0 - 3].kind == "num")
    if lang == "kk" and m.ending in ("нан", "нен", "дан", "ден", "тан", "тен") and m.i1 < len(tokens):
        one = tokens[m.i1]
        return one.low in _ODDS_ONE or (one.kind == "num" and one.text == "1")
    return False


# The people an age bound "N+" follows: "молодых людей 14+", "детей 6+", "подростков 16+", "оқушылар 14+".
_AGE_PLUS_PEOPLE = re.compile(r"^(?:дет|подрост|молод|школьн|студент|люд|юнош|девуш|children|teens?|teenagers?|kids|"
                              r"youth|young|people|adults|взросл|жас|бала|оқушы)\w*$")
_AGE_PLUS_AFTER = re.compile(r"^(?:жас\w*|лет|года?|years?|yo)$")


def _age_plus(tokens: list[Token], m: NumberMatch) -> bool:
    """An age bound written "N+" (an age rating: "6+", "14+", "18+"), glued to the plus: after the people it
    bounds ("145 молодых людей 14+", "детей 6+"), before an age word ("14+ жастағы", "18+ лет"), or closing its
    clause after them ("в отряд принимают подростков 14+."). Not a count "500+ волонтеров", "10+ volunteers"."""
    if m.value > 21 or m.i1 >= len(tokens):
        return False
    plus = tokens[m.i1]
    if plus.text != "+" or plus.start != tokens[m.i1 - 1].end:
        return False
    after = tokens[m.i1 + 1] if m.i1 + 1 < len(tokens) else None
    if after is not None and after.kind == "word" and _AGE_PLUS_AFTER.match(after.low):
        return True
    before = tokens[m.i0 - 1] if m.i0 > 0 else None
    # the number after its noun of people is no count of them (a count stands before its noun)
    return before is not None and before.kind == "word" and _AGE_PLUS_PEOPLE.match(before.low) is not None


def _kk_rate_with_kel(tokens: list[Token], j: int) -> bool:
    """"1000 адамға 21 донордан келеді", "10 мың тұрғынға 150 ерікті келеді": the count per population comes next
    and "келеді" (falls to) closes the rate; "10 000 адамға 2 мың себет таратылды" is aid to 10,000 people."""
    if j >= len(tokens) or tokens[j].kind != "num":
        return False
    return any(t.kind == "word" and t.low.startswith("кел") for t in tokens[j + 1: j + 5])


def _after_a_name(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """A small number right after a capitalized Latin-script word and counting nothing: a model or an edition
    ("Huawei 2", "Volunteer 2.0", "Forum 3"); "Almaty 200 volunteers" counts volunteers and stays."""
    if m.i0 < 2 or tokens[m.i0 - 1].kind != "word":
        return False
    prev = tokens[m.i0 - 1]
    if not (prev.text[:1].isupper() and re.fullmatch(r"[A-Za-z][A-Za-z'’-]*", prev.text)):
        return False
    if _MONTH_WORD_RE.match(prev.low) or prev.low in EN_STOP:
        return False
    first = tokens[m.i0]
    if re.fullmatch(r"\d+\.0", first.text):
        return True  # a version: "Volunteer 2.0"
    if m.value >= 100 or "." in first.text or "," in first.text:
        return False
    noun = find_noun(tokens, m.i1, lang)
    return noun.unit is None


_STREET_AFTER = frozenset({"avenue", "street", "st", "ave", "road", "көшесі", "даңғылы", "улица", "проспект"})


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
    return letter.kind == "word" and letter.start == first.end and letter.text in _HOUSE_LETTERS and "." not in \
        first.text and "," not in first.text


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
    return nxt is not None and nxt.kind == "word" and nxt.low not in ADDRESS_BEFORE and \
        tokens[i0].end < nxt.start


def _after_address_word(tokens: list[Token], i0: int) -> bool:
    """Is the number at i0 a house number: an address word before it, with at most a street name (capitalized
    words) and punctuation between ("ул. Утепова, 1", "Абай даңғылы, 52", "здание 25")?"""
    for k in range(i0 - 1, max(-1, i0 - 6), -1):
        t = tokens[k]
        if t.kind == "word" and t.low in ADDRESS_BEFORE and not _ordinal_ending(tokens, k):
            return not _count_of_streets_in_a_list(tokens, k, i0)
        if t.kind == "punct" and t.text in ".,":
            continue
        if t.kind == "word" and (t.text[:1].isupper() or t.low in _NAME_TITLES):
            continue  # "проспект Абулхаир хана, 79", "Төле би көшесі, 37", "Райымбек батыра, 12"
        return False
    return False


# Words written after a number with a hyphen that make it a label: "304-кабинет", "15-мектеп", "3-үй", "5-школа".
_LABEL_SUFFIX = re.compile(r"^(кабинет\w*|мектеп\w*|мектеб\w*|үй|үйі|пәтер\w*|палата\w*|бөлім\w*|школ\w*|гимнази\w*|"
                           r"лицей\w*|корпус\w*|этаж\w*|қабат\w*|орын\w*|место|мест[ао]|room|floor|"
                           # a numbered step or article of a plan or a law: "Ұлт жоспарының 87-қадамы", "5-бап"
                           r"қадам\w*|бап\w*|тарау\w*|"
                           # the Nth stage, round, season, convocation: "3-кезеңі", "2-турда", "8-шақырылым", "3-этап"
                           r"кезең\w*|тур|туры|турда|турында|шақырылым\w*|этап\w*|раунд\w*)$")
# Abbreviations, written with a dot, before a room or a house number.
_LABEL_ABBR = frozenset({"no", "nos", "nr", "каб", "ауд", "оф", "кв", "д", "стр", "корп", "пом", "rm", "apt"})
# Requisites in a call for donations, and a phone extension: the number after them is an identifier.
_REQUISITE_WORDS = frozenset({"бин", "иин", "бик", "иик", "инн", "кбе", "кнп", "бсн", "жсн", "bin", "iin", "bic",
                              "доб", "добавочный", "ext"})


def _after_a_requisite_word(tokens: list[Token], i0: int) -> bool:
    """"БИН 123456789012", "ИИН: 900101300123", "КБе 19", "(доб. 105)": a requisite word, then at most a colon or a
    dot, then the number."""
    j = i0 - 1
    if j >= 0 and tokens[j].text in (":", "."):
        j -= 1
    return j >= 0 and tokens[j].low in _REQUISITE_WORDS
_CURRENCY_CODES = frozenset({"KZT", "USD", "EUR", "RUB", "CHF", "GBP", "CNY"})


# Words of a comparison or an estimate that never stand before a bare year: "более 2000", "свыше 2000", "около
# 2000" closing a clause count something named before ("было 500 волонтеров, а сегодня - более 2000"); a year takes
# its "года" ("около 2000 года") or a preposition of time ("с 2000", "до 2000", "after 2000").
_QUALIFIERS_NEVER_BEFORE_A_YEAR = frozenset({"более", "свыше", "около", "почти", "порядка", "примерно",
                                             "приблизительно", "менее", "over", "nearly", "almost", "about",
                                             "approximately", "around"})


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


def _elided_count_after_a_qualifier(tokens: list[Token], m: NumberMatch) -> bool:
    """A year-like number with nothing counted after it but a qualifier before it ("- более 2000.")."""
    return m.i0 > 0 and tokens[m.i0 - 1].low in _QUALIFIERS_NEVER_BEFORE_A_YEAR and (
        m.i1 >= len(tokens) or tokens[m.i1].text in (".", ",", ";", "!", ")", "»", "\""))


# The weight or the volume of each of the things given ("каждый набор весом 25 килограммов", "packages weighing about
# 15 kg each", "Бір қораптың салмағы шамамен 40 келі", "Әр себетте салмағы 50 келіден асатын азық-түлік бар") is a
# figure: scoring.md lists no such measure among the things that are not figures ("print what the text states"), and
# the blind gold counts every one (kk_19, kk_s08, kk_t03, en_t10). Only a measure named as an adjective of a kind of
# thing ("25-килограммовые мешки", "25 келілік қап", "5-литровые бутылки") and a dimension (height, length) are sizes,
# left out by _size.


_PLACE_WORDS = frozenset({"место", "места", "месте", "местом", "орын", "орынды", "орынға", "орында", "place"})
_RANK_BEFORE = re.compile(r"^(занял\w*|заня\w*|на|за|занимает|занимают|вышел\w*|вышл\w*|алды|иеленді|иеленіп|"
                          r"took|won|take|takes|finished|came|in)$")


def _rank_place(tokens: list[Token], m: NumberMatch) -> bool:
    """A place in a ranking: "заняла 1 место", "на 2 месте", "за 1 место", "1 орын алды", "took 1 place" (a small
    number right before the word for a place, after a verb of taking it or a preposition, or before a Kazakh verb of
    taking it)."""
    if m.scaled or m.value > 10 or m.i1 >= len(tokens) or tokens[m.i1].low not in _PLACE_WORDS:
        return False
    before = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    after = tokens[m.i1 + 1].low if m.i1 + 1 < len(tokens) else ""
    return _RANK_BEFORE.match(before) is not None or after in ("алды", "иеленді", "алып", "иеленіп", "жеңіп")


# The Nth stage, round, season: a Russian noun of a stage after digits in a singular form no count of that number
# takes ("3 этап" — three stages would be "3 этапа"; "во 2 туре", "5 сезон", "депутаты 8 созыва", "1 этап") labels it;
# a count agrees with its number ("в 3 этапа", "5 этапов", "в 2 турах"). English puts the label first ("Stage 3",
# "round 2", "Season 5"; "3 stages" counts).
_STAGE_LEMMAS_RU = frozenset({"этап", "тур", "сезон", "созыв", "волна", "раунд", "смена", "поток", "фаза", "сессия",
                              "выпуск", "съезд", "транш"})
_STAGE_BEFORE_EN = frozenset({"stage", "round", "season", "phase", "wave", "convocation", "batch", "tranche",
                              "session", "edition"})


def _stage_label(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    first = tokens[m.i0]
    if first.kind != "num" or m.scaled or m.value > 100 or m.value != int(m.value):
        return False
    if lang == "en":
        return m.i0 > 0 and tokens[m.i0 - 1].low in _STAGE_BEFORE_EN
    if lang != "ru" or m.i1 >= len(tokens) or tokens[m.i1].kind != "word":
        return False
    parses = [tag for lemma, tag, _ in parse_ru(tokens[m.i1].low) if lemma in _STAGE_LEMMAS_RU and "NOUN" in tag]
    if not parses or any("plur" in tag for tag in parses):
        return False  # "в 2 турах", "5 этапов", and "волны" (a plural too): a count
    n = int(m.value)
    if n == 1:
        return True  # "1 этап": one stage is not counted in digits
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return not any("gent" in tag for tag in parses)  # "в 3 этапа" counts; "3 этап", "во 2 туре" label
    if n % 10 == 1 and n % 100 != 11:
        return not any("nomn" in tag or "accs" in tag for tag in parses)  # "21 этап" may count
    return True  # "5 этап", "8 созыва": five stages would be "5 этапов"


# The rooms of a flat or a house ("екі бөлмелі пәтер", "үш бөлмелі үй", "3-комнатную квартиру", "3 комнатную",
# "a 2-bedroom apartment", "a three room flat") say how big one dwelling is, not how many of anything: a size. Also
# the first of two coordinated ("бір және екі бөлмелі пәтерлер", "1 и 2 комнатные квартиры", "one and two room
# flats"). A count of rooms stays ("2 бөлмені жөндеді", "отремонтировали 2 комнаты", "repaired 2 rooms").
_ROOMS_ADJECTIVE = re.compile(r"^(бөлмелі|комнатн\w+|room|bedroom)$")
_ROOMS_SUFFIX = re.compile(r"^(комнатн\w+|room|bedroom|бөлмелі)$")
_DWELLING = re.compile(r"^(flats?|apartments?|houses?|homes?|units?|dwellings?)$")
_ROOMS_JOINERS = frozenset({"және", "мен", "немесе", "не", "и", "или", "and", "or", ",", "-", "–"})


def _rooms_word_at(tokens: list[Token], m_i1: int, first: Token) -> bool:
    if first.kind == "num" and first.suffix and _ROOMS_SUFFIX.match(first.suffix):
        return m_i1 >= len(tokens) or first.suffix not in ("room", "bedroom") or \
            (tokens[m_i1].kind == "word" and _DWELLING.match(tokens[m_i1].low) is not None)  # "2-bedroom apartment"
    j = m_i1
    if j < len(tokens) and tokens[j].low in ("х", "ти", "х-"):
        j += 1  # "2-х комнатную"
    if j >= len(tokens) or tokens[j].kind != "word" or not _ROOMS_ADJECTIVE.match(tokens[j].low):
        return False
    if tokens[j].low in ("room", "bedroom"):
        return j + 1 < len(tokens) and _DWELLING.match(tokens[j + 1].low) is not None  # "a 3 bedroom flat"
    return True


def _rooms_of_a_dwelling(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    if m.scaled or m.value > 10:
        return False
    if _rooms_word_at(tokens, m.i1, tokens[m.i0]):
        return True
    # the first of two coordinated: "бір және екі бөлмелі", "1 и 2 комнатные"
    j = m.i1
    return j + 2 < len(tokens) and tokens[j].low in _ROOMS_JOINERS and _a_number(tokens[j + 1], lang) and \
        _rooms_word_at(tokens, j + 2, tokens[j + 1])


def _size(tokens: list[Token], m: NumberMatch, lang: str) -> str | None:
    """A measure of length or volume that describes a thing, not a count: with a dimension word after it ("6
    meters high", "6 метр биік") or before it ("высотой 6 метров", "a height of 6 meters"), as an adjective
    ("6-метровые", "5-liter", "4,4 жарым метрлік"), or right before the count of the things it describes ("1,1
    текше метр 500 дана жәшік")."""
    first = tokens[m.i0]
    if first.kind == "num" and first.suffix and _SIZE_SUFFIX.match(first.suffix):
        return "size"
    u = m.i1
    joiners = ("до", "to", "-", "–", "—") + (("and", "и") if m.i0 > 0 and tokens[m.i0 - 1].low in ("between",
                                                                                                 "между") else ())
    if u + 2 < len(tokens) and tokens[u].low in joiners and tokens[u + 1].kind == "num" and \
            tokens[u + 2].kind == "word" and _LENGTH_OR_VOLUME.match(tokens[u + 2].low):
        u += 2  # the low end of a range of sizes: "от 1,5 до 2 метров", "between 1.5 and 2 metres tall"
    if u >= len(tokens) or tokens[u].kind != "word":
        return None
    unit = tokens[u].low
    if _SIZE_ADJECTIVE.match(unit):
        return "size"
    if not _LENGTH_OR_VOLUME.match(unit):
        return None
    j = u + 1
    while j < len(tokens) and j <= u + 2 and tokens[j].kind == "word" and _LENGTH_OR_VOLUME.match(tokens[j].low):
        j += 1  # "текше метр", "cubic meters"
    if j < len(tokens) and (tokens[j].low in _DIMENSION_AFTER or _SIZE_ADJECTIVE.match(tokens[j].low)):
        if tokens[j].low != "in" or (j + 1 < len(tokens) and tokens[j + 1].low in ("height", "length", "width",
                                                                                  "diameter", "depth", "size")):
            return "size"
    if j < len(tokens) and tokens[j].kind == "num":
        return "size"  # "1,1 текше метр 500 дана": the size of each of the 500
    k = m.i0 - 1
    while k >= 0 and tokens[k].kind == "word" and tokens[k].low in ("of", "a", "до", "более", "свыше", "около",
                                                                   "over", "about", "up", "to", "less", "than"):
        k -= 1
    if k >= 0 and tokens[k].kind == "word" and _DIMENSION_BEFORE.match(tokens[k].low) and not _total_before(tokens, k):
        return "size"
    return "size" if _dimension_as_subject(tokens, m.i0) else None


# A total of a dimension adds up many things ("The total length of protection embankments is 80 km", "общая длина
# дамб – 80 км", "бөгеттердің жалпы ұзындығы 80 км", "with a total length of 80 km"): a figure, not a size of one.
_TOTAL_WORDS = frozenset({"total", "overall", "combined", "общая", "общей", "общую", "суммарная", "суммарной",
                          "суммарную", "совокупная", "жалпы"})


def _total_before(tokens: list[Token], k: int) -> bool:
    """Is the dimension word at k the total of one ("total length", "общая длина", "жалпы ұзындығы")?"""
    return k > 0 and tokens[k - 1].low in _TOTAL_WORDS


# Words of the weather: a number with a minus glued to it in their sentence is a temperature ("Мороз около -40.",
# "Аяз -30 градусқа дейін"), while a dash after a qualifier elsewhere is punctuation ("шамамен -40 келі").
_WEATHER_WORD = re.compile(r"^(мороз\w*|температур\w*|градус\w*|аяз\w*|ауа|frost\w*|temperatures?|degrees?|"
                           r"weather|погод\w*|ayaz\w*|temperatýr\w*)$")


def _signed_temperature(tokens: list[Token], m: NumberMatch) -> bool:
    first = tokens[m.i0]
    if m.i0 == 0 or first.kind != "num" or m.scaled:
        return False
    sign = tokens[m.i0 - 1]
    after = tokens[m.i1].low if m.i1 < len(tokens) else ""
    return sign.text in ("-", "−", "–") and sign.end == first.start and not _MEASURE_AFTER.match(after) and \
        any(t.kind == "word" and _WEATHER_WORD.match(t.low) for t in tokens)


# Measures no temperature takes: "весом -15 кг" in a sentence about the frost is a weight.
_MEASURE_AFTER = re.compile(r"^(кг|килограмм\w*|келі\w*|kg|kgs|kilograms?|keli\w*|тонн\w*|тонна\w*|tonnes?|tons?|"
                            r"литр\w*|liters?|litres?|тенге|теңге|tenge)$")


_SIZE_RANGE_WORDS = frozenset({"от", "до", "более", "свыше", "около", "from", "about", "over", "up", "to", "between",
                               "-", "–", "—", ":", "составляет", "составила", "составил", "составят", "is", "are",
                               "was", "were"})


def _dimension_as_subject(tokens: list[Token], i0: int) -> bool:
    """"Высота саженцев – от 1,5 до 2 метров", "Длина дамбы составляет 3 км", "The height of the seedlings is 2
    metres": a dimension word as the subject, its thing in the genitive, then a dash or a verb of being."""
    k = i0 - 1
    seen_link = False
    while k >= 0 and (tokens[k].low in _SIZE_RANGE_WORDS or (tokens[k].kind == "num" and k + 1 < i0 and
                                                             tokens[k + 1].low in ("до", "to", "-", "–", "—"))):
        seen_link = seen_link or tokens[k].low not in ("от", "до", "более", "свыше", "около", "from", "about", "over",
                                                       "up", "to", "between")
        k -= 1
    if not seen_link:
        return False
    for j in range(k, max(-1, k - 4), -1):
        if tokens[j].kind != "word":
            return False
        if _DIMENSION_BEFORE.match(tokens[j].low):
            return not _total_before(tokens, j)
    return False


def _frequency(tokens: list[Token], m: NumberMatch) -> bool:
    """How often, not how many: "3 рет" (Kazakh multiples are "есе"), "3 or more times", "2 раза в год", "twice a
    day"; a multiple ("в 3 раза больше", "3 times more", "3 рет артты") is not one."""
    j = m.i1
    bounded = False
    if j + 1 < len(tokens) and tokens[j].text in _RANGE_DASHES and tokens[j + 1].kind == "num":
        j += 2  # the low end of a range of frequencies: "3–5 раз в год", "3-5 times a year", "жылына 3-5 рет"
        if j < len(tokens) and tokens[j].kind == "num":
            j += 1  # a number in two tokens ("3-1 000"): not a frequency
    if j + 1 < len(tokens) and f"{tokens[j].low} {tokens[j + 1].low}" in ("or more", "и более", "или более",
                                                                          "и больше", "or fewer", "or less"):
        j += 2
        bounded = True
    if j >= len(tokens) or tokens[j].low not in _FREQUENCY_WORDS:
        return False
    prev = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    if prev in _RANGE_DASHES and m.i0 > 2 and tokens[m.i0 - 2].kind == "num":
        prev = tokens[m.i0 - 3].low  # the high end of a range: "в 3–5 раз" is a multiple
    if prev in ("в", "во", "by"):
        return False  # "в 3 раза", "increased by 3 times"
    after = tokens[j + 1].low if j + 1 < len(tokens) else ""
    if _COMPARATIVE_AFTER.match(after):
        return False
    if tokens[j].low in _TIMES_KK or bounded:
        return True
    if after in _PERIOD_PREP and j + 2 < len(tokens) and tokens[j + 2].low in _SPAN_WORDS:
        j += 1  # "раз в течение года", "times during the year", "times over the year"
    return after in _PERIOD_PREP and j + 2 < len(tokens) and _TIME_UNIT.match(tokens[j + 2].low) is not None


def _family_description(tokens: list[Token], m: NumberMatch) -> bool:
    """"families with more than three children", "семьи с тремя и более детьми": the number of children that
    describes a family."""
    if m.i1 >= len(tokens):
        return False
    k = m.i1
    while k < len(tokens) and k < m.i1 + 3 and tokens[k].kind == "word" and not _CHILD_WORDS.match(tokens[k].low):
        k += 1  # "и более", "or more"
    if k >= len(tokens) or not _CHILD_WORDS.match(tokens[k].low):
        return False
    b = m.i0 - 1
    while b >= 0 and m.i0 - b <= 3 and tokens[b].low in ("more", "than", "over", "at", "least", "более", "не",
                                                          "менее"):
        b -= 1
    return b > 0 and tokens[b].low in ("with", "с", "со") and _FAMILY_WORDS.match(tokens[b - 1].low) is not None


# One parent described by how many children she or he has: "a mother of four", "the father of three children", "мать
# четверых детей", "многодетная мама пятерых": a person, not a count of the article. (Only one parent: "mothers of
# 300 soldiers" counts the soldiers; and a family's few children.) Kazakh "төрт баланың анасы" is left a figure for
# now: the blind gold of set 11 (kk_u04) counts "4 balanyń anasy" as children in a family.
_ONE_PARENT_EN = frozenset({"mother", "father", "mom", "mum", "dad", "parent"})
_ONE_PARENT_RU = re.compile(r"^(?:мать|матери|матерью|мама|мамы|маме|маму|мамой|отец|отца|отцу|отцом|папа|папы|"
                            r"папе|папу|папой)$")
_FEW_CHILDREN = 20


def _one_parent_of_children(tokens: list[Token], m: NumberMatch) -> bool:
    """"a mother of four", "мать четверых детей": how many children one parent has."""
    if m.value > _FEW_CHILDREN or m.scaled or m.i0 == 0:
        return False
    prev = tokens[m.i0 - 1]
    if prev.kind == "word" and _ONE_PARENT_RU.match(prev.low):
        return True  # "мать четверых (детей)"
    return prev.low == "of" and m.i0 > 1 and tokens[m.i0 - 2].low in _ONE_PARENT_EN  # "a mother of four"


def _closes_gloss(tokens: list[Token], i1: int) -> bool:
    """Does a bracket close within two words after i1: "(nine pellets)"?"""
    for k in range(i1, min(len(tokens), i1 + 3)):
        if tokens[k].text == ")":
            return True
        if tokens[k].kind != "word":
            return False
    return False


def _before_a_name(tokens: list[Token], m: NumberMatch) -> bool:
    """"the 75 UN General Assembly": an English number after "the" followed by two or more capitalized words, the
    last not a plural, that end the phrase (no lower-case noun they would modify, as in "the 5 Red Crescent
    branches") and count nothing known."""
    if m.i0 == 0 or tokens[m.i0 - 1].low != "the":
        return False  # "the 75 UN General Assembly" (an ordinal without its ending); "unites 191 National Societies"
    k = m.i1
    while k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper():
        k += 1
    if k - m.i1 < 2 or tokens[k - 1].low.endswith("s"):
        return False  # a plural counts: "the 191 National Societies"
    if k < len(tokens) and tokens[k].kind == "word" and tokens[k].low not in EN_STOP:
        return False
    if _MONTH_WORD_RE.match(tokens[m.i1].low):
        return False
    return find_noun(tokens, m.i1, "en").unit is None


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
    if noun.unit is None or noun.unit == "percent":
        return False
    if lang == "kk":
        return True  # a Kazakh year is followed by "жыл…" or a name in capitals, never by a counted noun
    prev = tokens[m.i0 - 1] if m.i0 > 0 else None
    # English: only after a lower-case word that does not introduce a year ("planted 2025 young seedlings"; not
    # "In 2024 new volunteers", "Expo 2017 …")
    return lang == "en" and prev is not None and prev.kind == "word" and prev.text[:1].islower() and \
        prev.low not in _EN_BEFORE_A_YEAR and not _MONTH_WORD_RE.match(prev.low)


def _genitive_plural(word: str) -> bool:
    parses = parse_ru(word)
    return bool(parses) and parses[0][1].startswith("NOUN") and "plur,gent" in parses[0][1] and \
        "Geox" not in parses[0][1] and "Name" not in parses[0][1]


def _inside_a_name(tokens: list[Token], m: NumberMatch) -> bool:
    """"the Custodian of the Two Holy Mosques", "the Three Kings Foundation": an English number word written with a
    capital inside a sentence (not its first word, not after a qualifier: "Nearly Two Thousand …") and followed by
    a capitalized word, in a phrase that counts nothing known. A headline in title case that counts something keeps
    its figure ("Meet the Two Volunteers Who …")."""
    first = tokens[m.i0]
    if m.i0 == 0 or m.scaled or m.i1 - m.i0 != 1 or not first.text[:1].isupper() or first.text.isupper():
        return False
    prev = tokens[m.i0 - 1]
    if prev.kind != "word" or prev.low in _EN_QUALIFIER_WORDS:
        return False  # after a stop, a quote or a dash the capital starts a sentence: "— Two volunteers …"
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    if nxt is None or nxt.kind != "word" or not nxt.text[:1].isupper() or word_number(nxt.low, "en") is not None:
        return False
    return find_noun(tokens, m.i1, "en").unit is None and _running_text(tokens)


# What an organisation's name is the name of: "the 4 Paws foundation", "4 Lapy shelter", "фонд 4 Лапы".
_NAMED_BODY = re.compile(r"^(?:foundation|fund|charity|shelter|clinic|centre|center|club|team|society|association|"
                         r"movement|organi[sz]ation|initiative|фонд\w*|приют\w*|клиник\w*|центр\w*|клуб\w*|"
                         r"команд\w*|движени\w*|объединени\w*|ассоциаци\w*|қор\w*|баспана\w*|орталығ\w*)$")
_OPENING_QUOTES = "‘'\"«“„"
_CLOSING_QUOTES = "’'\"»”“"


# Parts of a body an animal or a person has a few of: legs, paws, arms, eyes, ears, wings (Russian lemmas, English
# words, Kazakh forms with the possessive and case endings).
_BODY_PART_RU = frozenset({"лапа", "лапка", "нога", "рука", "глаз", "ухо", "крыло", "конечность", "хвост"})
_BODY_PART_EN = re.compile(r"^(?:legs?|paws?|arms?|eyes?|ears?|wings?|limbs?|feet|foot|hands?)$")
_BODY_PART_KK = re.compile(r"^(?:аяқ|аяғ(?:ы|ын|ынан|ына|ымен)|қол(?:ы|ын|ынан|ына)?|көз(?:і|ін|інен|іне)?|"
                           r"құлақ|құлағ(?:ы|ын|ынан)|қанат(?:ы|ын|ынан)?)$")


def _body_parts_of_one(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """"собаку без двух лап", "бегает на трех лапах", "the dog lost two legs", "екі аяғы жоқ ит": a few limbs, eyes or
    ears counted on one animal or person describe it (as "three-legged" does), they are no figure. Only the few a
    body has (up to four); the count of the animals themselves stays ("20 собакам без лап")."""
    if m.scaled or m.value > 4 or m.i1 >= len(tokens):
        return False
    words = [t for t in tokens[m.i1: m.i1 + 2] if t.kind == "word"]
    if not words:
        return False
    if lang == "en":
        return any(_BODY_PART_EN.match(t.low) for t in words)
    if lang == "kk":
        return any(_BODY_PART_KK.match(t.low) for t in words)
    noun = find_noun(tokens, m.i1, lang).noun
    return noun in _BODY_PART_RU


# Scale words a cut line may end in the middle of, and the complete abbreviations among their beginnings (a unit or
# a scale of its own: "15 т" tonnes, "300 м" metres, "2 мл", "5 тыс", "2 млн").
_SCALE_WORDS = ("тысяч", "тысячи", "тысяча", "миллион", "миллиона", "миллионов", "миллиард", "миллиарда",
                "миллиардов", "мың", "thousand", "million", "billion")
_COMPLETE_ABBREVIATIONS = frozenset({"т", "м", "мл", "тыс", "млн", "млрд", "t", "m", "mln", "mn", "bn", "b", "th"})


def _scale_cut_off(tokens: list[Token], m: NumberMatch, text: str) -> bool:
    """"…пополнить их ряды 15 ты", "…planned to reach 300 mi", "…жеткізу 15 мы": a number followed only by the
    beginning of a scale word at the very end of a sentence the copy cut (no stop after it): the scale is lost, so
    the value is not known. A complete unit or abbreviation ends a sentence ("15 т", "300 м", "2 млн"), and a
    sentence that goes on, or ends with a stop, is not cut."""
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


# Days of the month named after the word "день/дни/числа" with the month left out ("несмотря на выходной день 8,9 они
# работали", "в выходные дни 8, 9 центр крови работал"): "8,9" is two days, no decimal, and no figure. Only digits of
# a day (1–31, each part), right after the word, with no counted noun after them but people, who are never 8.9
# ("в праздничные дни 8,9 волонтёры дежурили"); "в день 8,9 тонн" is an amount per day.
_DAY_WORDS = frozenset({"день", "дни", "числа", "числах"})


def _days_after_day_word(tokens: list[Token], m: NumberMatch) -> bool:
    if m.i0 == 0 or m.i1 - m.i0 != 1 or m.scaled or tokens[m.i0 - 1].low not in _DAY_WORDS:
        return False
    num = tokens[m.i0]
    days = re.fullmatch(r"(\d{1,2}),\s?(\d{1,2})", num.text)
    if num.kind != "num" or days is None or not all(1 <= int(d) <= 31 for d in days.groups()):
        return False
    if int(days[2]) <= int(days[1]):
        return False  # a decimal ("8,5"): two days are told in order
    return m.i1 >= len(tokens) or find_noun(tokens, m.i1, "ru").unit in (None, "persons")


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


def _digits_open_a_name(tokens: list[Token], m: NumberMatch, text: str, lang: str) -> bool:
    """Digits that begin the name of an organisation, a fund or a shelter: "‘4 Paws’ veterinary clinic", "(4 Lapy)",
    "the 4 Paws foundation", "4 Lapy shelter", "клиника 4 Лапы". The number is followed by a capitalised word that
    counts nothing known, in running text (a headline in title case counts: "4 Volunteers Arrived"), and the name
    is marked as one: set in quotes or brackets of its own, or said of a foundation, a shelter or a clinic before or
    after it."""
    if m.i1 - m.i0 != 1 or tokens[m.i0].suffix or m.i1 >= len(tokens):
        return False
    nxt = tokens[m.i1]
    if nxt.kind != "word" or not nxt.text[:1].isupper() or nxt.text.isupper():
        return False
    if find_noun(tokens, m.i1, lang).unit is not None or not _running_text(tokens):
        return False
    k = m.i1  # the end of the run of capitalised words
    while k < len(tokens) and tokens[k].kind == "word" and tokens[k].text[:1].isupper():
        k += 1
    start = tokens[m.i0].start
    before = text[start - 1] if start > 0 else ""
    after = tokens[k].text if k < len(tokens) else ""
    if before in _OPENING_QUOTES and after and after[:1] in _CLOSING_QUOTES:
        return True  # "‘4 Paws’", "\"4 Paws\""
    if before == "(" and after == ")":
        return True  # "‘4 Paws’ (4 Lapy) clinic": the name again in another language
    prev = tokens[m.i0 - 1] if m.i0 > 0 else None
    if prev is not None and prev.kind == "word" and _NAMED_BODY.match(prev.low):
        return True  # "клиника 4 Лапы", "фонд 4 Лапы"
    if k < len(tokens) and tokens[k].kind == "word" and _NAMED_BODY.match(tokens[k].low):
        return True  # "the 4 Paws foundation", "4 Lapy shelter"
    return False


def _running_text(tokens: list[Token]) -> bool:
    """A sentence, not a headline in title case ("Kazakhstan Sends Three Trucks of Aid"): at least two content
    words written in lower case."""
    return sum(1 for t in tokens if t.kind == "word" and len(t.text) >= 4 and t.text.islower()
               and t.low not in EN_STOP) >= 2


def _ends_a_name(tokens: list[Token], m: NumberMatch) -> bool:
    """"World War Two", "Team Five", "Formula One": an English number word written with a capital inside a
    sentence, right after a capitalized word that is not a qualifier ("Nearly Two Thousand" in a headline in
    title case goes on with a capital; "About Two ..." is a qualifier)."""
    first = tokens[m.i0]
    if m.i0 < 2 or not first.text[:1].isupper() or m.i1 - m.i0 != 1:
        return False
    prev = tokens[m.i0 - 1]
    if prev.kind != "word" or not prev.text[:1].isupper() or prev.low in _EN_QUALIFIER_WORDS:
        return False
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    return nxt is None or nxt.kind != "word" or not nxt.text[:1].isupper()


_EN_QUALIFIER_WORDS = frozenset({"about", "around", "some", "over", "nearly", "almost", "approximately", "more",
                                 "than", "up", "to", "roughly", "just", "only", "by", "of", "and", "or", "another"})
_DAYTIME_RU = frozenset({"утра", "вечера", "ночи", "дня"})


def _clock_time(tokens: list[Token], m: NumberMatch) -> bool:
    """An hour of the day: "9 a.m.", "6 pm", "в 9 утра", "сағат 10-да"."""
    if m.scaled or m.value > 24:
        return False
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word":
        if nxt.low in ("am", "pm") or (nxt.low in ("a", "p") and m.i1 + 2 < len(tokens) and
                                       tokens[m.i1 + 1].text == "." and tokens[m.i1 + 2].low == "m"):
            return True
        if nxt.low in _DAYTIME_RU and m.value <= 12:
            return True
    prev = tokens[m.i0 - 1] if m.i0 > 0 else None
    if prev is not None and prev.kind == "num" and m.i0 > 1 and tokens[m.i0 - 2].low in ("сағат", "сағ"):
        return True  # the end of "сағат 9-дан 18-ге дейін"
    if prev is not None and prev.low in _DAYTIME_KK:
        return True  # "таңғы 9-дан кешкі 8-ге дейін": in the morning, in the evening
    if prev is not None and prev.low in _DAYTIME_ADVERBS_KK and tokens[m.i0].kind == "num" and \
            tokens[m.i0].suffix in _KK_HOUR_ENDINGS:
        return True  # "таңертең 9-дан бері тазалап келеміз", "кешке 6-ға дейін": an hour with its case ending
    return prev is not None and prev.low in ("сағат", "сағ")


# Kazakh parts of the day before an hour: "кешкі 8-ге дейін", "таңғы 9-да", "түнгі 2-де".
_DAYTIME_KK = frozenset({"таңғы", "кешкі", "түнгі", "түскі", "күндізгі"})
# Adverbs of a part of the day ("таңертең" in the morning, "кешке" in the evening) before a number make it an hour
# only with the ending of a point in time ("таңертең 9-дан бері", "кешке 6-ға дейін"); "кешке 20 ерікті" counts.
_DAYTIME_ADVERBS_KK = frozenset({"таңертең", "таңертеңнен", "ертеңгісін", "кешке", "түнде", "түсте", "түстен"})
_KK_HOUR_ENDINGS = frozenset({"дан", "ден", "тан", "тен", "нан", "нен", "да", "де", "та", "те", "ға", "ге", "қа",
                              "ке", "нда", "нде"})

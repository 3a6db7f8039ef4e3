"""Measures that describe a thing or a rate rather than count: sizes and dimensions ("trees 6 meters high",
"высотой 6 метров", "5-литровые бутылки", "12 парақтық дәптерлер"), the rooms of a dwelling ("екі бөлмелі пәтер"), a
temperature written with its sign ("Мороз около -40"), a frequency ("3 рет", "2 раза в год", "a 3-time champion"),
the base of a rate or of odds ("12 donors per 1,000 population", "на 1000 жителей", "1 к 10 тысячам"), a Kazakh
multiple of a quality ("екі есе қуанышты"), the denominator of a fraction ("две трети") and a percent sign after a
number (which keeps "under 10 per cent" from being an age).

Why they are not figures: a size, a temperature or a frequency is a property of the thing or of the event, and a
rate's base is the population the rate is counted per; none is how many things were given, done or helped."""

from __future__ import annotations

import re

from loaders.caseless import Caseless
from loaders.extract.exclusions._shared import _a_number
from loaders.extract.numbers import NumberMatch
from loaders.extract.tokens import Token
from loaders.lexicon import DENOMINATOR_WORDS_RE

# The denominator of a fraction in words: its numerator ("две трети", "two thirds") is no count of its own.
_FRACTION_DENOMINATOR = re.compile(r"^(трет(и|ей|ям|ями|ях)|четверт(и|ей|ям|ями|ях)|пят(ая|ую|ой|ых)|"
                                   r"десят(ая|ую|ой|ых)|thirds?|quarters?|fifths?|tenths?)$")


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
# Kilometres in a sentence of works done along the land (a dam built, a river channel cleaned, a road repaired)
# measure the work, not the size of a thing: "uzyndyǵy 6,3 km qorǵanys bógeti salyndy", "ұзындығы 3,6 км өзен
# арнасын тазалау", "построена дамба протяженностью 6,3 км", "a 6.3 km long dam was built" are figures. Still a
# size: a length described ("The length of the dam is 3 km", "Бөгеттің ұзындығы 3 км"), a length of "each" ("три
# дамбы длиной 2 км каждая").
_KILOMETRES = re.compile(r"^(км|km|километр\w*|kilomet\w+)$")
_METRES = re.compile(r"^(метр\w*|м|meters?|metres?|m)$")
_WORK_DONE = re.compile(r"^(салын\w*|салды|салған|тұрғызыл\w*|тазала\w*|тереңдет\w*|жөнделді|жөндел\w*|"
                        r"построе\w*|построил\w*|возвед\w*|очищ\w*|расчищ\w*|отремонтир\w*|проложен\w*|"
                        r"укрепл\w*|углубл\w*|built|constructed|erected|cleared|cleaned|repaired|laid|dredged|"
                        r"deepened|"
                        # put into service: "су құбыры іске қосылды", "пайдалануға берілді", "введен в
                        # эксплуатацию", "commissioned"
                        r"іске|пайдалануға|введен\w*|commissioned|"
                        # the nouns of such works: "the reconstruction of the heating pipeline with a length of
                        # 6.1km", "реконструкция дороги протяженностью 12 км", "жолды жөндеу"
                        r"reconstruct\w*|repairs?|repairing|construction|renovation|replacement|laying|"
                        r"реконструкц\w*|ремонт\w*|капремонт\w*|строительств\w*|прокладк\w*|замен\w*|"
                        r"жөндеу\w*|құрылыс\w*|қайта\s*жаңарт\w*|"
                        # cleaned, lined, dug: "механизированная очистка участков длиной 47,9 км", "ұзындығы 17,6 км
                        # учаскелер бетонмен қапталды", "вырыт новый канал длиной 4,2 километра"
                        r"очистк\w*|расчистк\w*|вырыт\w*|прорыт\w*|бетонир\w*|қаптал\w*|бетондал\w*|қазылды)$")
_EACH = frozenset({"каждая", "каждый", "каждое", "каждой", "каждого", "each", "әрқайсысы", "әрқайсысының"})
_OUTPUT_OF_A_TIME = frozenset({"daily", "annual", "yearly", "hourly", "production", "processing"})
_PER_TIME = frozenset({("per", "day"), ("per", "hour"), ("per", "year"), ("a", "day"), ("an", "hour"),
                       ("в", "сутки"), ("в", "час"), ("в", "день"), ("в", "год")})
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
# "мезгіл" (a time of day) counts meals a day: "120 адамды үш мезгіл тегін тамақтандырады" (three meals a day), "күніне
# екі мезгіл ыстық тамақ" (and "төрт мезгіл", the four seasons, is no count either).
_FREQUENCY_WORDS = frozenset({"рет", "реттен", "ретке", "ret", "retke", "раз", "раза", "times", "time", "дүркін",
                              "дуркін", "мәрте", "мезгіл", "mezgil"})
_TIMES_KK = ("рет", "реттен", "ретке", "ret", "retke", "дүркін", "дуркін", "мәрте", "мезгіл", "mezgil")
_COMPARATIVE_AFTER = re.compile(r"^(больше|меньше|более|менее|выше|ниже|more|less|fewer|higher|larger|greater|"
                                r"bigger|as|көп|артық|арт\w*|өс\w*|көбей\w*|азай\w*|кем\w*|төмен\w*|жоғары\w*)$")
_TIME_UNIT = re.compile(r"^(день|дня|сутки|неделю|недели|месяц|месяца|год|года|квартал|day|week|month|year|annum|"
                        r"күніне|аптасына|айына|жылына|тәулігіне)$")
_PERIOD_PREP = frozenset({"в", "a", "per", "each", "every", "за", "an", "during", "within"})
_SPAN_WORDS = frozenset({"течение", "the", "one", "один", "одного"})  # "в течение года", "during the year"
_RANGE_DASHES = frozenset({"-", "–", "—"})


# A Kazakh multiple of a quality or a feeling is rhetoric: "екі есе жағымды" (doubly pleasant), "екі есе қуанышты",
# "үш есе маңызды". A measured multiple grows or compares an amount: "екі есе өсті", "екі есеге көбейді", "екі есе
# көп", "үш есе арзан".
_KK_QUALITY_AFTER_TIMES = re.compile(r"^(жағымды|қуанышты|қуаныш|бақытты|маңызды|құнды|әсерлі|қызықты|ұнамды|"
                                     r"сүйкімді|көңілді|жауапты|қиын|ауыр|жақсы|тамаша|ыстық|ардақты|ғажап|рахат|"
                                     r"мақтанышты|мәртебелі|абыройлы|сауапты|жылы|"
                                     # a blessing's reward: "Алла жүз есе сауаптан жазсын", "мың есе сауабын берсін"
                                     r"сауап\w*|сауаб\w*|қайыр\w*|береке\w*)$")


# What a better harvest or income is measured in: "өнім" (yield), "түсім" (crop), "табыс" (income).
_KK_YIELD = re.compile(r"^(?:өнім|түсім|табыс)\w*$")


def _kk_multiple_of_a_quality(tokens: list[Token], m: NumberMatch) -> bool:
    if m.i1 + 1 >= len(tokens) or tokens[m.i1].low not in ("есе", "ese"):
        return False
    if m.i1 + 2 < len(tokens) and tokens[m.i1 + 1].low == "жақсы" and _KK_YIELD.match(tokens[m.i1 + 2].low):
        return False  # "2-3 есе жақсы өнім алайын": a harvest two or three times better, a measured multiple
    return bool(_KK_QUALITY_AFTER_TIMES.match(tokens[m.i1 + 1].low))


def _percent_at(tokens: list[Token], j: int) -> bool:
    """A percent sign or word at token j: "%", "percent", "per cent"."""
    if j >= len(tokens):
        return False
    low = tokens[j].low
    return low in ("%", "percent") or (low == "per" and j + 1 < len(tokens) and tokens[j + 1].low == "cent")


_PER_WORDS = {"per", "на", "әр", "every", "each", "каждые", "каждых"}
_COMPARATIVE_AFTER = re.compile(r"^(?:больше|меньше|выше|ниже|more|fewer|less|көп|аз|кем)$")
# Words that name only a rate's base (never a group counted): "on 1000 population", "to 1,000 inhabitants".
_EN_POPULATION_WORDS = frozenset({"population", "inhabitants", "capita"})


# The price of one of something: "1 прием пищи в среднем будет стоить 700-800 тенге", "one meal costs 800 tenge",
# "1 порция обходится в 500 тенге", "бір порция 800 теңге тұрады": the "one" a price is told per.
_COSTS = re.compile(r"^(?:стоит|стоить|стоила|стоили|стоят|обойд[её]тся|обходится|обходятся|costs?|cost|тұрады|"
                    r"тұратын|тұрды)$")


def _price_of_one(tokens: list[Token], m: NumberMatch) -> bool:
    if m.value != 1 or m.scaled:
        return False
    ahead = tokens[m.i1:m.i1 + 8]
    verb = next((k for k, t in enumerate(ahead) if t.kind == "word" and _COSTS.match(t.low)), None)
    return verb is not None and any(t.kind == "num" for t in tokens[m.i1 + verb:m.i1 + verb + 5]) and \
        not any(t.kind == "num" for t in ahead[:verb])


def _rate_denominator(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """"per 1,000 population", "на 1000 жителей", "на каждые 1000 человек", "әр 1000 тұрғынға", "1000 тұрғынға
    шаққанда": the number a rate is counted per, never a figure of its own; also the one a price is told per
    (_price_of_one)."""
    if _price_of_one(tokens, m):
        return True
    prev = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    if lang == "en" and prev == "per" and m.value == 1 and not m.scaled and m.i1 < len(tokens) and \
            tokens[m.i1].kind == "word":
        return True  # "6 people per 1 square kilometer": the one unit a rate is per
    if lang == "en" and prev == "per" and m.value in (100, 1000, 10000, 100000, 1e6) and not m.scaled and \
            not (m.i1 < len(tokens) and tokens[m.i1].text == "%"):
        return True  # "the marriage rate (per 1000) was 7.9", "a steady decline up to 5.8 per 1000, or 85 872": English
        # "per" needs no noun after the base (Russian "на 1000" may be a change: "выросло на 1000")
    if m.i1 >= len(tokens) or tokens[m.i1].kind != "word" or not DENOMINATOR_WORDS_RE.match(tokens[m.i1].low):
        return False
    if m.value not in (100, 1000, 10000, 100000, 1e6):
        return False
    if m.i1 + 1 < len(tokens) and _COMPARATIVE_AFTER.match(tokens[m.i1 + 1].low):
        return False  # "Это на тысячу человек меньше, чем в 2020-ом": a difference, not a rate's base
    prev2 = tokens[m.i0 - 2].low if m.i0 > 1 else ""
    if prev in _PER_WORDS or (prev in ("каждые", "every") and prev2 in ("на", "per")):
        return True
    if lang == "en" and ((prev in ("on", "for", "to") and tokens[m.i1].low in _EN_POPULATION_WORDS)
                         or (prev == "every" and prev2 in ("for", "of", "in"))):
        return True  # "50 donors are on 1000 population", "for every 1,000 residents", "out of every 1,000 people"
    nxt_after = tokens[m.i1 + 1].low if m.i1 + 1 < len(tokens) else ""
    return lang == "kk" and tokens[m.i1].low.endswith(("ға", "ге", "қа", "ке")) and (
        nxt_after.startswith(("шақ", "есеп")) or prev in ("әрбір", "әр") or _kk_rate_with_kel(tokens, m.i1 + 1))


# An exchange rate in a page's chrome or a text: "Текущий - 182/$1", "182 тг/$", "185 тенге за $1", "$1 = 182
# тенге", "1 доллар = 182 теңге", "1 USD = 470 KZT". Both the price of the currency and its unit ("$1") tell what money
# is worth, never how much was given or raised.
_CURRENCY_SIGN = r"(?:\$|us\$|usd|долл\w*|доллар\w*|€|eur|евро|₽|руб(?:\.|л\w*)?(?!\w)|rub|rur|£|gbp|¥|cny|юан\w*)"
_TENGE_WORD = r"(?:тг|тенге|теңге|kzt|₸|tenge|teńge)"
# after the price: "/$1", " тг/$", " тенге за 1 доллар", " KZT per USD"
_RATE_AFTER_PRICE = re.compile(r"^\s*(?:" + _TENGE_WORD + r"\.?\s*)?(?:/|за|per|for)\s*(?:1\s*)?" + _CURRENCY_SIGN
                               # the unit "1" or no number after the sign: "EUR 125,000/USD 190,300" gives two amounts
                               + r"(?:\s*1(?![\w]|[.,\s]\d)|(?![\w]|\s*\d))", re.I)
_RATE_AFTER_PRICE = Caseless(_RATE_AFTER_PRICE)  # loaders/caseless.py
# before the price: "$1 = ", "1 доллар = ", "1 USD - " (the dash only after the unit's sign or word)
_RATE_BEFORE_PRICE = re.compile(r"(?:\$\s*1|(?<![\d.,])1\s*" + _CURRENCY_SIGN + r")\s*(?:=|:|-|–|—)\s*$", re.I)
_RATE_BEFORE_PRICE = Caseless(_RATE_BEFORE_PRICE)  # loaders/caseless.py
# the unit itself: "182/$1" (the "1" after the price and slash), "$1 = 182", "1 USD = 470 KZT"
_RATE_UNIT_BEFORE = re.compile(r"\d\s*(?:" + _TENGE_WORD + r"\.?\s*)?(?:/|за|per|for)\s*\$?\s*$", re.I)
_RATE_UNIT_AFTER = re.compile(r"^\s*" + _CURRENCY_SIGN + r"\s*(?:=|:)\s*\d", re.I)
_DOLLAR_SIGN_BEFORE = re.compile(r"\$\s*$")
_EQUALS_AFTER = re.compile(r"^\s*(?:=|:)\s*\d")


def _exchange_rate(text: str, start: int, end: int, value: float) -> bool:
    """A number that is the price of a currency or the currency's unit in an exchange rate (see above)."""
    before, after = text[max(0, start - 16):start], text[end:end + 24]
    if _RATE_AFTER_PRICE.match(after) or _RATE_BEFORE_PRICE.search(before):
        return True
    if value != 1:
        return False
    if _RATE_UNIT_BEFORE.search(before) is not None or _RATE_UNIT_AFTER.match(after) is not None:
        return True
    return _DOLLAR_SIGN_BEFORE.search(before) is not None and _EQUALS_AFTER.match(after) is not None  # "$1 = 182"


# A worth to someone, not an amount: "one pensioner listed 200 tenge, for us it is equal to 200 million tenge", "для
# нас это равно 200 миллионам", "біз үшін 200 миллион теңгеге тең". The second sum says how much a gift means to the
# speaker, no money was given; a real conversion ("224 million tenge (US$495,050)", "equivalent to $500") has no
# "for us / для нас / біз үшін" before it and stays a figure.
_WORTH_TO_SOMEONE_BEFORE = re.compile(
    r"(?:\b(?:for|to) (?:us|me|them|him|her)\b[^.;!?]{0,20}?\b(?:equal to|equals|is worth|worth|as good as)|"
    r"\bдля (?:нас|меня|них|него|нее)\b[^.;!?]{0,20}?(?:равн\w*|равносильн\w*|стоит|как))\s*$", re.IGNORECASE)
_KK_WORTH_TO_SOMEONE = re.compile(r"(?:біз|мен|олар|ол) үшін(?:,?\s+(?:бұл|ол))?\s*$", re.IGNORECASE)
_KK_EQUAL_AFTER = re.compile(r"^[^.;!?]{0,30}?\bтең\b", re.IGNORECASE)


def _worth_to_someone(text: str, start: int, end: int) -> bool:
    """A sum a gift is worth to the speaker ("for us it is equal to 200 million tenge"): see above."""
    before = text[max(0, start - 48):start]
    if _WORTH_TO_SOMEONE_BEFORE.search(before):
        return True
    return _KK_WORTH_TO_SOMEONE.search(before) is not None and _KK_EQUAL_AFTER.match(text[end:end + 40]) is not None


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


def _kk_rate_with_kel(tokens: list[Token], j: int) -> bool:
    """"1000 адамға 21 донордан келеді", "10 мың тұрғынға 150 ерікті келеді": the count per population comes next
    and "келеді" (falls to) closes the rate; "10 000 адамға 2 мың себет таратылды" is aid to 10,000 people."""
    if j >= len(tokens) or tokens[j].kind != "num":
        return False
    return any(t.kind == "word" and t.low.startswith("кел") for t in tokens[j + 1: j + 5])


# The weight or the volume of each of the things given ("каждый набор весом 25 килограммов", "packages weighing about
# 15 kg each", "Бір қораптың салмағы шамамен 40 келі", "Әр себетте салмағы 50 келіден асатын азық-түлік бар") is a
# figure: scoring.md lists no such measure among the things that are not figures ("print what the text states"), and
# the blind gold counts every one (kk_19, kk_s08, kk_t03, en_t10). Only a measure named as an adjective of a kind of
# thing ("25-килограммовые мешки", "25 келілік қап", "5-литровые бутылки") and a dimension (height, length) are sizes,
# left out by _size.


# The rooms of a flat or a house ("екі бөлмелі пәтер", "үш бөлмелі үй", "3-комнатную квартиру", "3 комнатную",
# "a 2-bedroom apartment", "a three room flat") say how big one dwelling is, not how many of anything: a size. Also
# the first of two coordinated ("бір және екі бөлмелі пәтерлер", "1 и 2 комнатные квартиры", "one and two room
# flats"). A count of rooms stays ("2 бөлмені жөндеді", "отремонтировали 2 комнаты", "repaired 2 rooms").
# Storeys are the same kind of size: "a 3-storey house", "3-этажный дом", "3 қабатты үй"; so are a road's lanes: "78
# km of road with 4-lane traffic", "4-полосная дорога", "4 жолақты жол"; and a school's shifts: "үш ауысымдық
# мектептер", "3-сменные школы", "three-shift schools".
_ROOMS_ADJECTIVE = re.compile(r"^(бөлмелі|комнатн\w+|room|bedroom|қабатты|этажн\w+|storey|story|storeyed|storied|"
                              r"lane|полосн\w+|жолақты|ауысымдық|сменн\w+|shift)$")
_ROOMS_SUFFIX = re.compile(r"^(комнатн\w+|room|bedroom|бөлмелі|этажн\w+|storey|story|storeyed|storied|қабатты|"
                           r"lane|полосн\w+|жолақты|ауысымдық|сменн\w+|shift)$")
_EN_DWELLING_SIZE = frozenset({"room", "bedroom", "storey", "story", "storeyed", "storied"})
_DWELLING = re.compile(r"^(flats?|apartments?|houses?|homes?|units?|dwellings?|buildings?|blocks?)$")
_ROOMS_JOINERS = frozenset({"және", "мен", "немесе", "не", "и", "или", "and", "or", ",", "-", "–"})


def _rooms_word_at(tokens: list[Token], m_i1: int, first: Token) -> bool:
    if first.kind == "num" and first.suffix and _ROOMS_SUFFIX.match(first.suffix):
        return m_i1 >= len(tokens) or first.suffix not in _EN_DWELLING_SIZE or \
            (tokens[m_i1].kind == "word" and _DWELLING.match(tokens[m_i1].low) is not None)  # "2-bedroom apartment"
    j = m_i1
    if j < len(tokens) and tokens[j].low in ("х", "ти", "х-"):
        j += 1  # "2-х комнатную"
    if j >= len(tokens) or tokens[j].kind != "word" or not _ROOMS_ADJECTIVE.match(tokens[j].low):
        return False
    if tokens[j].low in _EN_DWELLING_SIZE:
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


# The weight of the kit each family gets, told as an adjective ("Әр отбасына 50 келілік азық-түлік жиынтығы", "каждой
# семье 50-килограммовый продуктовый набор", "a 50-kg food kit for each family"): no count of the kits stands before it,
# so the weight is the amount of aid per family, a figure like "набор весом 25 кг" (the blind gold keeps both). A
# sack's or a bottle's size stays a size ("25 келілік 200 қап ұн", "100 25-килограммовых мешков муки").
_WEIGHT_ADJECTIVE = re.compile(r"^(?:келі|кило|килограм\w*|kg|kilogram\w*)(?:лік|лық|дық|дік|ов\w+)?$")
_AID_KIT = re.compile(r"^(?:жиынты\w*|себет\w*|сәлемдеме\w*|пакет\w*|набор\w*|корзин\w*|посылк\w*|паек|па[её]к\w*|"
                      r"kits?|packages?|parcels?|baskets?|hampers?|packs?)$")


def weight_of_an_aid_kit(tokens: list[Token], m: NumberMatch) -> bool:
    first = tokens[m.i0]
    if first.kind != "num" or m.scaled or m.value > 100:
        return False
    if m.i0 > 0 and tokens[m.i0 - 1].kind == "num":
        return False  # "100 25-килограммовых мешков": the count of the things comes first
    if first.suffix:
        if not _WEIGHT_ADJECTIVE.match(first.suffix):
            return False
        k = m.i1
    else:
        if m.i1 >= len(tokens) or not _WEIGHT_ADJECTIVE.match(tokens[m.i1].low) or \
                not tokens[m.i1].low.endswith(("лік", "лық", "дық", "дік")):
            return False
        k = m.i1 + 1
    for t in tokens[k:k + 4]:  # the kit after at most a few modifiers ("азық-түлік", "продуктовый", "food")
        if t.kind != "word":
            return False
        if _AID_KIT.match(t.low):
            return True
    return False


def _size(tokens: list[Token], m: NumberMatch, lang: str) -> str | None:
    """A measure of length or volume that describes a thing, not a count: with a dimension word after it ("6
    meters high", "6 метр биік") or before it ("высотой 6 метров", "a height of 6 meters"), as an adjective
    ("6-метровые", "5-liter", "4,4 жарым метрлік"), or right before the count of the things it describes ("1,1
    текше метр 500 дана жәшік")."""
    first = tokens[m.i0]
    if weight_of_an_aid_kit(tokens, m):
        return None  # "Әр отбасына 50 келілік азық-түлік жиынтығы": the food each family gets, a figure
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
    if (_KILOMETRES.match(unit) or (_METRES.match(unit) and m.value >= 100)) and \
            any(_WORK_DONE.match(t.low) for t in tokens) and not any(t.low in _EACH for t in tokens):
        # "ұзындығы 6,3 км бөгет салынды", "ұзындығы 74 296 метр болатын су құбыры салынды": the length of the work
        # done, a figure (in metres from a hundred: "a 16-metre bridge was built" is the bridge's size)
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
    if j + 1 < len(tokens) and (tokens[j].low, tokens[j + 1].low) in _PER_TIME:
        return None  # "plants with a capacity of 260,000 cubic meters per day", "мощностью 5 тыс. м3 в сутки": what
        # flows through in a time, a figure, not the size of a thing
    k = m.i0 - 1
    while k >= 0 and tokens[k].kind == "word" and tokens[k].low in ("of", "a", "до", "более", "свыше", "около",
                                                                   "over", "about", "up", "to", "less", "than"):
        k -= 1
    if k >= 1 and tokens[k].low == "capacity" and tokens[k - 1].low in _OUTPUT_OF_A_TIME:
        return None  # "the plant will have a daily capacity of 50,000 cubic meters": an output, a figure
    if k >= 0 and tokens[k].kind == "word" and _DIMENSION_BEFORE.match(tokens[k].low) and \
            not _total_before(tokens, k) and not _of_many_things(tokens, k, k):
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
            return not _total_before(tokens, j) and not _of_many_things(tokens, j, k)
    return False


# The dimension of many things is their total, a figure: "The length of electrical networks is 17,5 th km", "Длина
# дорог составляет 120 км", "желілердің ұзындығы 17,5 мың км" (a plural in the genitive beside the dimension word),
# as "the height of the seedlings is 2 metres" would be the size of each, a plural that is no total: so only things
# laid over the land (networks, roads, lines, pipes, dams, canals) count so.
_LAID_THINGS = re.compile(r"^(?:networks|roads|lines|pipelines|pipes|dams|canals|channels|highways|streets|railways|"
                          r"сетей|дорог|линий|трубопроводов|дамб|каналов|автодорог|улиц|магистралей|"
                          r"(?:желі|жол|құбыр|бөгет|арна|көше|магистраль)(?:лер|лар|дер|дар|тер|тар)(?:і|ы)?(?:дің|дың|тің|"
                          r"тың|нің|ның)?)$")


def _of_many_things(tokens: list[Token], dim: int, last: int) -> bool:
    """Do the words around the dimension word at `dim` (up to `last`, before its link) name things laid over the land
    in the plural (see above)?"""
    return any(t.kind == "word" and _LAID_THINGS.match(t.low) for t in tokens[max(0, dim - 2): last + 1])


# How the work is organised, in a few shifts: "teams work in two shifts", "волонтеры работают в две смены", "в три
# смены", Kazakh "екі ауысыммен жұмыс істейді", "үш ауысымда": a manner of working (like a frequency), no count of
# anything done. A count of shifts worked stays ("200 shifts were worked", "отработали 200 смен", "200 ауысым").
_SHIFT_NOUN = re.compile(r"^(?:shifts?|смен[уыа]?|смену)$")
_KK_SHIFT_MANNER = re.compile(r"^(?:ауысыммен|ауысымда|auysymmen|aýysymmen|aýysymda|auysymda)$")


def _shifts_of_work(tokens: list[Token], m: NumberMatch) -> bool:
    """"in two shifts", "в две смены", "екі ауысыммен": the shifts a team works in (see above)."""
    if m.scaled or m.value > 4 or m.i1 >= len(tokens):
        return False
    nxt = tokens[m.i1].low
    prev = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    if _SHIFT_NOUN.match(nxt):
        return prev in ("in", "в", "во")
    return _KK_SHIFT_MANNER.match(nxt) is not None


# Times so many are counted visits or uses, not how often one thing happens.
_COUNTED_TIMES = 1000


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
    if m.scaled or m.value >= _COUNTED_TIMES:
        return False  # "көрермендер 6,1 млн рет барған", "visited 12,000 times": visits counted, no frequency
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


# A temperature in the prose of the article, with its sign: "temperatures plummeting to -40 C at night", "the
# temperature dropped below -40 degrees", "a temperature drop below -35", "Мороз около -40.", "температура опустится
# до минус 35 градусов", "аяз -30 градусқа жетті". scoring.md excludes no temperature and the blind gold of sets 8 and
# 24 counts them (en_r02, en_l10), in degrees Celsius with the sign kept. A weather widget of the page chrome ("+17°C",
# "-24°" alone on a line, "Погода в Астане: -5°C") names no temperature word and stays out; a number without a sign
# ("30 °C", "minus 40 to 46 degrees": the 46) stays out too.
_TEMPERATURE_WORD = re.compile(r"^(?:мороз\w*|температур\w*|аяз\w*|frost\w*|temperatures?|freezing|cold|холод\w*|"
                               r"суық\w*|ayaz\w*|temperatýr\w*)$")
_DEGREE_AFTER = re.compile(r"^(?:градус\w*|degrees?|celsius|цельси\w*|°|c|с)$")
_MINUS_WORDS = frozenset({"minus", "минус", "mınýs"})
# Only a minus: the gold counts cold (a cold wave, a frost); "Температура +5 градусов" stays no figure (round 10).
_SIGNS = {"-": -1, "−": -1, "–": -1}
# Bounds a temperature takes from the word before it that the qualifiers of counts do not know: "ниже -35",
# "төмен" after it is Kazakh ("-35 градустан төмен"), "below -35" is a bound already.
_COLDER_BEFORE = frozenset({"ниже", "below", "under"})
_WARMER_BEFORE = frozenset({"выше", "above"})


def prose_temperature(tokens: list[Token], m: NumberMatch) -> tuple[float, int, int, str | None] | None:
    """(signed value, index of its first token, index after its degrees, bound told by "ниже / выше") of a
    temperature in prose, or None."""
    first = tokens[m.i0]
    if m.scaled or first.kind != "num" or m.i0 == 0:
        return None
    prev = tokens[m.i0 - 1]
    if prev.text in _SIGNS and prev.end == first.start:
        if m.i0 >= 2 and tokens[m.i0 - 2].kind == "num" and tokens[m.i0 - 2].end == prev.start:
            return None  # "27-32 градус": the dash of a range, no minus
        sign = _SIGNS[prev.text]
    elif prev.low in _MINUS_WORDS:
        sign = -1
    else:
        return None
    after = tokens[m.i1] if m.i1 < len(tokens) else None
    if after is not None and _MEASURE_AFTER.match(after.low):
        return None  # "весом -15 кг"
    if not any(t.kind == "word" and _TEMPERATURE_WORD.match(t.low) for t in tokens):
        return None  # a widget's reading, "-24°"
    at = m.i0 - 1
    before = tokens[at - 1].low if at > 0 else ""
    bound = "at_most" if before in _COLDER_BEFORE else "at_least" if before in _WARMER_BEFORE else None
    end = m.i1
    while end < len(tokens) and end < m.i1 + 2 and _DEGREE_AFTER.match(tokens[end].low):
        end += 1  # "-40 degrees Celsius", "-40 °C", "-40 C"
    return sign * m.value, at, end, bound

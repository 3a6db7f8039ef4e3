"""Labels and ranks: the number of an item of a numbered list ("1. Public Foundation …"), every number of a
list opened by a label ("№ 1, 2, 5, 8 мектеп"), a number with a label word written after a hyphen ("304-кабинет",
"15-мектеп", "3-этап") or a label abbreviation before it ("каб. 304", "No.4"), a requisite, a phone extension or
a hotline's number ("БИН 123456789012", "доб. 105", "109 бірыңғай қызметі"), a place in a ranking ("заняла 1
место", "1 орын алды") and a stage, round or convocation ("стартовал 3 этап", "депутаты 8 созыва", "Stage 3").

Why they are not figures: each identifies one thing (the Nth, the one numbered so); none says how many there are."""

from __future__ import annotations

import re

from loaders.extract.exclusions._shared import _ALSO_JOINERS, _LIST_JOINERS, _MONTH_WORD_RE
from loaders.extract.nouns import find_noun
from loaders.extract.numbers import NumberMatch
from loaders.extract.tokens import Token
from loaders.lexicon import LABEL_BEFORE
from loaders.numbers import parse_ru


def _list_item_number(tokens: list[Token], m: NumberMatch, text: str) -> bool:
    """The number of an item of a numbered list at the start of a line ("1. Public Foundation “Society …”, Taraz",
    "2) Жасыл ел жасақтары …"): a small whole number first in the sentence, a dot or a bracket right after it and
    a space before the item's words. A label, not a figure ("1. 500 волонтеров …" still reads 500)."""
    first = tokens[m.i0]
    if m.i0 > 0 and _inline_item_number(tokens, m, text):
        return True
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


# An item numbered inside a sentence, "two concerns: 1) to ensure … and 2)to directly benefit …", "задачи: 1) помочь
# семьям; 2) обучить": a small number glued to a closing bracket that no bracket opened, after a colon, a semicolon, a
# comma or "and/и/және/or/или" ("(from 2)" and "5 (2)" are brackets of their own).
_BEFORE_AN_ITEM = re.compile(r"(?:[:;,]|\b(?:and|or|и|или|және|немесе))\s*$", re.I)


def _inline_item_number(tokens: list[Token], m: NumberMatch, text: str) -> bool:
    first = tokens[m.i0]
    if m.i1 != m.i0 + 1 or first.kind != "num" or first.suffix or m.scaled or not first.text.isdigit() or \
            not 1 <= m.value <= 20 or m.i1 >= len(tokens) or tokens[m.i1].text != ")" or \
            tokens[m.i1].start != first.end:
        return False
    before = text[:first.start]
    return before.count("(") <= before.count(")") and _BEFORE_AN_ITEM.search(before) is not None


# What a list of labels after "№" may number: the next word after its last number ("№ 1, 2, 5 мектеп оқушылары");
# any other counted noun there is counted by that number ("школа № 5, 300 учеников").
_LABELLED_PLACE_RE = re.compile(r"^(мектеп\w*|школ\w*|гимнази\w*|лице\w*|колледж\w*|балабақша\w*|"
                                r"детсад\w*|ясли\w*|ауруха\w*|больниц\w*|емхан\w*|поликлиник\w*|"
                                r"school\w*|kindergarten\w*|lyceum\w*|hospital\w*|polyclinic\w*|mektep\w*)$")


def _sub_item_in_brackets(tokens: list[Token], m: NumberMatch) -> bool:
    """A sub-item glued to its letter alone in brackets after a number: "Articles 125 (3b), 126 (3b)", "пункт 5
    (2а)": part of the label before it, no count."""
    first = tokens[m.i0]
    if m.i0 < 2 or m.scaled or first.kind != "num" or m.value > 99 or tokens[m.i0 - 1].text != "(" or \
            tokens[m.i0 - 2].kind != "num" or m.i1 + 1 >= len(tokens):
        return False
    letter = tokens[m.i1]
    return letter.kind == "word" and len(letter.text) == 1 and letter.start == first.end and \
        tokens[m.i1 + 1].text == ")"


def _ru_noun_counted_by(value: float, word: str) -> bool:
    """Is the Russian word a noun in the form a count of `value` takes ("5 автобусов", "2 автобуса", "1 автобус"),
    not a noun of another role ("в школах № 1, 2, 5 и 8 города": of the city)?"""
    n = int(value) if value == int(value) else 0
    last, tens = n % 10, n % 100
    if last == 1 and tens != 11:
        wanted = ({"sing", "nomn"}, {"sing", "accs"})
    elif 2 <= last <= 4 and not 12 <= tens <= 14:
        wanted = ({"sing", "gent"},)
    else:
        wanted = ({"plur", "gent"},)
    for _lemma, tag, _score in parse_ru(word):
        grams = set(tag.replace(" ", ",").split(","))
        if "NOUN" in grams and any(w <= grams for w in wanted):
            return True
    return False


def _also_joiner(tokens: list[Token], j: int) -> int | None:
    """The index of the first token of an "а также"-like joiner (_shared._ALSO_JOINERS) ending right before token j,
    else None: a list of labels goes on after it, the label still names the numbers after it."""
    for words in _ALSO_JOINERS:
        k = j - len(words)
        if k >= 1 and tuple(t.low for t in tokens[k:j]) == words:
            return k
    return None


def _listed_after_a_label(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """Is the number a later item of a list of numbers opened by a label ("Елорданың № 1, 2, 5, 8, 14 мектеп
    оқушылары", "школы №№ 3, 7 и 12", "schools No. 1, 2 and 5", "Nos. 3, 7")? The label names every number
    of the list; the first is caught by LABEL_BEFORE. Only plain numbers joined by commas or "и/and/мен" count, and
    the last must not be followed by a counted noun of its own."""
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word" and nxt.low not in _LIST_JOINERS and \
            not _LABELLED_PLACE_RE.match(nxt.low) and find_noun(tokens, m.i1, lang).unit is not None:
        return False  # "школа № 5, 300 учеников": the last number counts its own noun
    if lang == "ru" and nxt is not None and nxt.kind == "word" and nxt.low not in _LIST_JOINERS and \
            not _LABELLED_PLACE_RE.match(nxt.low) and \
            _ru_noun_counted_by(m.value, nxt.low):
        return False  # "обслуживают маршрут №38, 5 автобусов – маршрут №12": a noun the lexicon does not know
    j, items = m.i0, 0
    while j >= 2:
        k = j - 1 if tokens[j - 1].low in _LIST_JOINERS else _also_joiner(tokens, j)
        if k is None:
            break
        if k >= 1 and tokens[k - 1].low in _LIST_JOINERS:
            k -= 1  # ", и"
        if k >= 1 and tokens[k - 1].text == ")":
            # an item's part in brackets: "Articles 128 and 133, 125 (3b), 126 (3b), 270"
            opening = next((o for o in range(k - 2, max(-1, k - 6), -1) if tokens[o].text == "("), None)
            if opening is None:
                return False
            k = opening
        if k >= 2 and tokens[k - 1].kind == "word" and len(tokens[k - 1].text) == 1 and \
                tokens[k - 2].kind == "num" and tokens[k - 1].start == tokens[k - 2].end:
            k -= 1  # an item with its letter glued: "№38, 18А, 10, 21-ші автобустар", "routes No. 12, 12a and 40"
        if k < 1 or tokens[k - 1].kind != "num" or len(tokens[k - 1].text) > 3:
            return False
        j, items = k - 1, items + 1
    if items == 0 or j < 1:
        return False
    prev = tokens[j - 1]
    if prev.low in LABEL_BEFORE:
        return True
    return prev.text == "." and j >= 2 and (tokens[j - 2].low in LABEL_BEFORE or tokens[j - 2].low in _LABEL_ABBR)


# Words written after a number with a hyphen that make it a label: "304-кабинет", "15-мектеп", "3-үй", "5-школа".
# A "№" lost in the copy prints as "?" between the name of a place and its number: "boarding school ? 4 in Almaty",
# "школа ? 5", "мектеп ? 12". A question mark inside a sentence, right after a place that takes a number, is that
# label; a question ending a sentence ("Which school? 4 classes came") is split off before.
def _lost_numero_sign(tokens: list[Token], m: NumberMatch) -> bool:
    if m.scaled or m.i0 < 2 or tokens[m.i0].kind != "num":
        return False
    prev, place = tokens[m.i0 - 1], tokens[m.i0 - 2]
    return prev.text == "?" and place.kind == "word" and bool(_LABELLED_PLACE_RE.match(place.low))


_LABEL_SUFFIX = re.compile(r"^(кабинет\w*|мектеп\w*|мектеб\w*|үй|үйі|пәтер\w*|палата\w*|бөлім\w*|школ\w*|гимнази\w*|"
                           r"лицей\w*|корпус\w*|этаж\w*|қабат\w*|орын\w*|место|мест[ао]|room|floor|"
                           # a numbered step or article of a plan or a law: "Ұлт жоспарының 87-қадамы", "5-бап"
                           r"қадам\w*|бап\w*|баб\w*|тарау\w*|тармақ\w*|тармағ\w*|"
                           # a verse or a chapter of a scripture: "«Хаж» сүресінің 28-аятында", "2-сүре"
                           r"аят\w*|сүре\w*|"
                           # the Nth stage, round, season, convocation: "3-кезеңі", "2-турда", "8-шақырылым", "3-этап"
                           r"кезең\w*|тур|туры|турда|турында|шақырылым\w*|этап\w*|раунд\w*)$")
# A Kazakh number joined by a hyphen to a noun is the ordinal of that noun ("110-нысан" the 110th facility, "5-сынып"
# the fifth grade, "3-курс", "15-шағын аудан", "2-топ"): Kazakh writes "N-ші" short as "N-" before its noun, so beyond
# the labels listed above any noun written on the number is a label, not a count. What else a hyphen joins to a
# number is grammar, and stays: case and possessive endings ("100-ден", "200-ге", "5-еуі", "10-ының", "2024-тегі"),
# plurals ("1990-лары"), an approximate "-шақты" / "-дей", an adjective of a measure ("5-литрлік", "2-қабатты",
# "3-жылдық"), an ordinal ending ("5-ші", "3-ншісі"). Ranges ("5-10 адам", "2-3 есе") join digits, no word.
_KK_GRAMMAR_ON_A_NUMBER = re.compile(
    r"^(?:[аәеыіоөұүуиэ]\w*"  # an ending after a vowel-final numeral: "-еуі", "-ының", "-інші", "-ақ"
    r"|[дт][аеыі][нңғгй]\w*|[дт][аеыі]\w{0,3}|н[аеыі][нң]\w{0,2}"  # "-дан", "-тегі", "-дағы", "-нан", "-ның"
    r"|[ғгқк][аеыі](?:н|ні|ша|ше|дейін)?"  # "-ға", "-ге дейін"
    r"|[мбп][еа]н\w*|с[ыі](?:ның|нің|на|не|нан|нен|нда|нде|мен|з\w*)"  # "-мен", "-сының", "-сыз"
    r"|н?ш[ыі]\w*|шақ\w*|[лдт][аеыі][рй]\w*"  # "-ншы", "-шақты", "-лары", "-дай"
    r"|\w*(?:[лдт][ыі][қкғг]\w{0,4}|[лдт][ыі]))$")  # adjectives: "-литрлік", "-қабатты", "-жылдық"
# Numbered nouns that begin like an ending: "15-шағын аудан", "3-аудан", "5-мөлтекаудан", "министрлердің 8-отырысы"
# (the 8th meeting), "1-орынға ие болды" (won the 1st place; not "100-орындық", a capacity).
_KK_NUMBERED_LIKE_AN_ENDING = re.compile(r"^(?:аудан\w*|шағын|ауыл\w*|аула\w*|отырыс\w*|орын(?:ға|да|нан|ды|ы)?)$")


def _kk_numbered_noun(suffix: str) -> bool:
    """Is the word written after a Kazakh number's hyphen a noun it numbers ("110-нысан", "5-сынып"), see
    _KK_GRAMMAR_ON_A_NUMBER? Four letters at least (endings are shorter), no month ("19-наурыз" is a date)."""
    low = suffix.lower()
    if len(low) < 4 or not low.isalpha() or _MONTH_WORD_RE.match(low):
        return False
    return bool(_KK_NUMBERED_LIKE_AN_ENDING.match(low)) or not _KK_GRAMMAR_ON_A_NUMBER.match(low)


# Abbreviations, written with a dot, before a room or a house number.
_LABEL_ABBR = frozenset({"no", "nos", "nr", "каб", "ауд", "оф", "кв", "д", "стр", "корп", "пом", "rm", "apt"})
# Requisites in a call for donations, and a phone extension: the number after them is an identifier.
_REQUISITE_WORDS = frozenset({"бин", "иин", "бик", "иик", "инн", "кбе", "кнп", "бсн", "жсн", "bin", "iin", "bic",
                              "доб", "добавочный", "ext", "extension"})


# A Kazakh short service number named before its service: "109 бірыңғай қызметі" (the single service 109), "102
# қызметіне хабарласты" (called the 102 service), "1414 байланыс орталығы" (the 1414 contact centre). Kazakhstan's
# hotlines are three or four digits starting with 1 (101-104, 109, 112, 1406, 1414); a count of services or staff
# takes the bare noun ("150 қызметкер", "100 қызмет көрсетті"), never the service's possessive.
_KK_SERVICE_NOUN = re.compile(r"^(?:қызметі|қызметіне|қызметінің|қызметін|қызметімен|қызметінде|қызметінен|"
                              r"call-орталығ\w*|колл-орталығ\w*)$")
_KK_SINGLE = frozenset({"бірыңғай", "біріңғай", "бірұңғай"})  # "single, unified" (a service's title word)


def _kk_service_number(tokens: list[Token], m: NumberMatch) -> bool:
    """"109 бірыңғай қызметі", "102 қызметіне", "1414 байланыс орталығы": a hotline's number, see above."""
    first = tokens[m.i0]
    if m.scaled or m.i1 != m.i0 + 1 or first.kind != "num" or first.suffix or \
            not re.fullmatch(r"1\d{2,3}", first.text):
        return False
    k = m.i1
    while k < len(tokens) and tokens[k].text in ("»", '"', "”", "“"):
        k += 1  # the number in quotes: «112» бірыңғай қызметі
    single = k < len(tokens) and tokens[k].low in _KK_SINGLE
    k += single
    if k + 1 < len(tokens) and tokens[k].low == "байланыс" and tokens[k + 1].low.startswith("орталығ"):
        return True  # "1414 байланыс орталығы"
    if k + 1 < len(tokens) and tokens[k].low in ("шұғыл", "жедел") and tokens[k + 1].low.startswith("шақыр"):
        return True  # "112 шұғыл шақырту пультіне 10793 шақырту келіп түссе": the emergency number's console
    # ("«112» бірыңғай кезекшілік-диспетчерлік қызметі": the service's kind between "бірыңғай" and its noun)
    return any(_KK_SERVICE_NOUN.match(t.low) for t in tokens[k:k + (3 if single else 1)])


# A hotline's number right after its service, line or number word, whatever word follows ("служба 103 принимала 1100
# звонков", "поступавших на линию 103", "«Служба 103 Павлодарской области продолжает работать»", "hotline 1414
# received", "dial 112 and"): a count never follows such a word in Russian or English.
_EMERGENCY_NUMBERS = frozenset({"101", "102", "103", "104", "109", "112"})
_SERVICE_WORD = re.compile(r"^(?:служб\w*|лини[яиюей]|номер\w*|телефон\w*|пульт\w*|hotline|helpline|dial|dialing|"
                           r"dialling)$")  # ("на пульт «112»": the console of the service)


def service_number_after_its_name(tokens: list[Token], m: NumberMatch) -> bool:
    """"служба 103", "линию 103", "hotline 1414": a short service number (see above)."""
    first = tokens[m.i0]
    if m.scaled or m.i1 != m.i0 + 1 or first.kind != "num" or first.suffix or m.i0 == 0 or \
            not re.fullmatch(r"1\d{2,3}", first.text):
        return False
    k = m.i0 - 1
    if tokens[k].low == "the" and first.text in _EMERGENCY_NUMBERS and m.i1 < len(tokens) and (
            tokens[m.i1].low in ("service", "line", "hotline") or (
                tokens[m.i1].low in ("ambulance", "emergency", "rescue", "fire", "police") and m.i1 + 1 < len(tokens)
                and tokens[m.i1 + 1].low in ("service", "line", "hotline", "dispatch"))):
        # "the 102 service answered 300 calls", "the 103 ambulance service of the capital receives up to 4,000 calls"
        # (a count takes no "the" before its number)
        return True
    if tokens[k].text in ("«", '"', "“", "„") and k > 0:
        k -= 1  # the number in quotes: служба «103»
    return _SERVICE_WORD.match(tokens[k].low) is not None


def _after_a_requisite_word(tokens: list[Token], i0: int) -> bool:
    """"БИН 123456789012", "ИИН: 900101300123", "КБе 19", "(доб. 105)": a requisite word, then at most a colon or a
    dot, then the number."""
    j = i0 - 1
    if j >= 0 and tokens[j].text in (":", "."):
        j -= 1
    return j >= 0 and tokens[j].low in _REQUISITE_WORDS


_PLACE_WORDS = frozenset({"место", "места", "месте", "местом", "орын", "орынды", "орынға", "орында", "place"})
_RANK_BEFORE = re.compile(r"^(занял\w*|заня\w*|на|за|занимает|занимают|вышел\w*|вышл\w*|алды|иеленді|иеленіп|"
                          r"took|won|take|takes|finished|came|in)$")


_KK_TAKES_A_PLACE = frozenset({"алды", "иеленді", "алып", "иеленіп", "жеңіп"})


def _rank_place(tokens: list[Token], m: NumberMatch) -> bool:
    """A place in a ranking: "заняла 1 место", "на 2 месте", "за 1 место", "1 орын алды", "took 1 place" (a small
    number right before the word for a place, after a verb of taking it or a preposition, or before a Kazakh verb of
    taking it)."""
    if m.scaled or m.value > 10 or m.i1 >= len(tokens) or tokens[m.i1].low not in _PLACE_WORDS:
        return False
    before = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    after = tokens[m.i1 + 1].low if m.i1 + 1 < len(tokens) else ""
    if _RANK_BEFORE.match(before) is not None or after in _KK_TAKES_A_PLACE:
        return True
    if tokens[m.i1].low in ("орында", "орынға", "орыннан") and before in ("бойынша", "ішінде", "арасында"):
        return True  # "Республика бойынша облыс … көрсеткіштері бойынша 1 орында": first by the measure
    # the winner named between the place and its verb: "1 орынды «ӨзенМұнайСервис» Сейдов Орынбасар иеленді"
    for t in tokens[m.i1 + 1:m.i1 + 10]:
        if t.text in (",", ".", ";"):
            return False
        if t.low in _KK_TAKES_A_PLACE:
            return True
    return False


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
    k = m.i1
    if k + 1 < len(tokens) and tokens[k + 1].kind == "word" and any(
            tag.startswith("ADJF") and "sing" in tag for _, tag, _ in parse_ru(tokens[k].low)[:1]):
        k += 1  # a singular adjective before the stage: "16 трудовой сезон", "5 летняя смена"
    parses = [tag for lemma, tag, _ in parse_ru(tokens[k].low) if lemma in _STAGE_LEMMAS_RU and "NOUN" in tag]
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


# The steps of a selection ("екі іріктеу кезеңінен сүрінбей өткен қатысушылар", "прошедшие два отборочных этапа",
# "три тура отбора", "after two selection rounds"): how a contest picks its winners, a part of its procedure that
# its participants pass, not a count of what was done. Stages of an action that are counted as such ("Акция пройдет
# в 3 этапа", "3 кезеңнен тұрады") stay figures: only stages named as selection are left out.
_KK_SELECTION = frozenset({"іріктеу", "іріктеудің", "іріктеуден", "сұрыптау", "сарапту"})
_KK_STAGE = re.compile(r"^(?:кезең|тур|сат[ыі]|раунд)\w*$")
_RU_SELECTION_ADJ = re.compile(r"^отборочн\w*$")
_RU_STAGE = re.compile(r"^(?:этап|тур|раунд|ступен)\w*$")
_RU_OF_SELECTION = frozenset({"отбора", "отборочного"})
_EN_SELECTION = frozenset({"selection", "qualifying", "qualification", "screening"})
_EN_STAGE = frozenset({"stage", "stages", "round", "rounds"})


def _selection_stages(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """"екі іріктеу кезеңінен", "два отборочных этапа", "три тура отбора", "two selection rounds"."""
    words = [t.low for t in tokens[m.i1: m.i1 + 3]]
    if len(words) < 2:
        return False
    if lang == "kk":
        return words[0] in _KK_SELECTION and _KK_STAGE.match(words[1]) is not None
    if lang == "ru":
        return (_RU_SELECTION_ADJ.match(words[0]) is not None and _RU_STAGE.match(words[1]) is not None) or \
            (_RU_STAGE.match(words[0]) is not None and words[1] in _RU_OF_SELECTION)
    return (words[0] in _EN_SELECTION and words[1] in _EN_STAGE) or \
        (words[0] in _EN_STAGE and words[1] == "of" and len(words) > 2 and words[2] in _EN_SELECTION)


# A phone number written as digit groups joined by hyphens, its trunk prefix set apart ("8 -7172-74-21-40",
# "8-7172-74-21-40"): the tokenizer may read the inner groups as a date ("7172-74-21"), leaving the "8" before and
# the "40" after as bare numbers. A chain of four or more digit groups joined by hyphens is a phone, not a figure.
_DIGIT_GROUPS = re.compile(r"^\d+(?:-\d+)*$")
_PHONE_MIN_GROUPS = 4


def _digit_groups_chain(tokens: list[Token], m: NumberMatch) -> int:
    """How many digit groups are joined by hyphens around the number ("8 -7172-74-21-40": 5)."""
    def groups(t: Token) -> int:
        return t.text.count("-") + 1 if _DIGIT_GROUPS.match(t.text) else 0

    total = sum(groups(t) for t in tokens[m.i0:m.i1])
    k = m.i0 - 1
    while k >= 1 and tokens[k].text == "-" and groups(tokens[k - 1]):
        total += groups(tokens[k - 1])
        k -= 2
    k = m.i1
    while k + 1 < len(tokens) and tokens[k].text == "-" and groups(tokens[k + 1]):
        total += groups(tokens[k + 1])
        k += 2
    return total


def _part_of_a_hyphenated_phone(tokens: list[Token], m: NumberMatch) -> bool:
    return m.i1 - m.i0 == 1 and not m.scaled and _digit_groups_chain(tokens, m) >= _PHONE_MIN_GROUPS


# A bus route named by its number ("пассажирам 38 маршрута", "на 5 маршруте", "автобусом 12 маршрута"): Russian
# counts routes in the genitive plural after 5-20 and numbers ending in 0, 5-9 ("38 маршрутов"), so a singular
# "маршрута", "маршруте", "маршрутом" after such a number names one route. "2 маршрута" and "23 маршрута" stay
# counts (the genitive singular is the count form after 2-4).
_ROUTE_SINGULAR_OBLIQUE = re.compile(r"^(?:маршрута|маршруте|маршрутом|маршруту)$")


# A bus route named before its number ("crowded buses of route 55 go around", "автобусы маршрута 12"), not a length
# told after the route ("the route 12 km long", "маршрут 5 км").
_ROUTE_BEFORE = frozenset({"route", "маршрут", "маршрута", "маршруту", "маршрутом", "маршруте"})
_LENGTH_AFTER = re.compile(r"^(?:km|км|kilomet\w*|километр\w*|шақырым\w*|m|м|metres?|meters?|метр\w*|minutes?|"
                           r"минут\w*|hours?|час\w*)$")


def _route_number(tokens: list[Token], m: NumberMatch) -> bool:
    if m.i0 > 0 and tokens[m.i0 - 1].low in _ROUTE_BEFORE and not m.scaled and tokens[m.i0].kind == "num" and \
            m.value == int(m.value) and (m.i1 >= len(tokens) or not _LENGTH_AFTER.match(tokens[m.i1].low)):
        return True
    if m.scaled or m.i1 >= len(tokens) or tokens[m.i0].kind != "num" or tokens[m.i0].suffix:
        return False
    word = tokens[m.i1].low
    if not _ROUTE_SINGULAR_OBLIQUE.match(word) or m.value != int(m.value):
        return False
    n = int(m.value)
    if word != "маршрута":
        return (n % 10 != 1) or n % 100 == 11  # "на 5 маршруте" (not "21 маршруту": dative of a count)
    return n % 10 not in (2, 3, 4) or n % 100 in (12, 13, 14)


# A class a person is of: a disability group ("инвалида 2 группы", "инвалидность 1 группы") or a blood group ("кровь 2
# группы", "2 группы крови"). Volunteers split "на 2 группы" are counted.
_GROUP_OF_A_PERSON = re.compile(r"инвалид\w*|крови|кровь|резус|мүгедек\w*|мүмкіндігі\s+шектеулі|қан\b|қан\s+тобы")
# (Kazakh too: "1,2,3 топтағы мүгедектер", "2 топтағы мүгедек", "қанның 1 тобы")
_GROUP_WORDS = frozenset({"группы", "группа", "группой", "топтағы", "тобы", "тобындағы", "топ", "топтың"})


def _group_of_a_person(tokens: list[Token], m: NumberMatch, text: str) -> bool:
    first = tokens[m.i0]
    k = m.i1
    while k < len(tokens) and (tokens[k].low in _LIST_JOINERS or
                               (tokens[k].kind == "num" and len(tokens[k].text) <= 3)):
        k += 1  # the groups listed: "1,2,3 топтағы", "1 и 2 группы"
    nxt = tokens[k] if k < len(tokens) else None
    if m.scaled or first.kind != "num" or m.value > 4 or nxt is None or nxt.low not in _GROUP_WORDS:
        return False
    return _GROUP_OF_A_PERSON.search(text[max(0, first.start - 40):nxt.end + 20].lower()) is not None


def _military_unit_number(tokens: list[Token], m: NumberMatch) -> bool:
    """"войсковой части 21751", "military unit 68303", "әскери бөлім 68303": the number a military unit is known
    by."""
    if m.scaled or m.i0 < 2:
        return False
    before, unit = tokens[m.i0 - 2].low, tokens[m.i0 - 1].low
    return (unit in ("части", "часть", "частью") and before.startswith("войсков")) or \
        (unit in ("unit", "units") and before == "military") or \
        (unit.startswith("бөлім") and before == "әскери")


# The article of a code or a law: "Кодекстің 505 бабы", "заңның 12 бабына", "5-бап".
_KK_ARTICLE_OF_A_CODE = re.compile(r"^(?:бап|бабы|бабына|бабында|бабымен|бабын|баптар\w*)$")


def _kk_article_of_a_code(tokens: list[Token], m: NumberMatch) -> bool:
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    return not m.scaled and tokens[m.i0].kind == "num" and nxt is not None and nxt.kind == "word" and \
        _KK_ARTICLE_OF_A_CODE.match(nxt.low) is not None


# The degrees of an order or a medal name the award, they count nothing: "награждены орденом Славы трех степеней",
# "Даңқ орденінің үш дәрежесімен", "the Order of Glory of all three degrees" (the number of those awarded stays).
_DEGREE = re.compile(r"^(?:степен\w*|дәреже\w*|degrees?)$")
_AWARD = re.compile(r"^(?:орден\w*|медал\w*|order|orders|medal\w*)$")


def _degrees_of_an_award(tokens: list[Token], m: NumberMatch) -> bool:
    if m.i1 >= len(tokens) or not _DEGREE.match(tokens[m.i1].low):
        return False
    near = tokens[max(0, m.i0 - 6):m.i0] + tokens[m.i1 + 1:m.i1 + 4]
    return any(_AWARD.match(t.low) for t in near)


# The key of a row of a benefit table by the number of children: "- 5 балаға – 20,04 АЕК немесе 78 798 теңге", "- на
# 5 детей – 20,04 МРП", "- for 5 children – 20.04 MCI", and the rows run on in one sentence: "9 balaǵa – 100 008
# teńge, 10 – 111 120 teńge, 11 – 122 232 teńge" (a key without its word once the first row named it). The row is
# the rate for a family of that size; its number of children names the row, as "4 баласы бар отбасыларға" describes
# the family (a family's size: at most 20; "- 120 детей – 15 тонн продуктов" counts children).
_ROW_LEAD = frozenset({"-", "–", "—", "•", "*", "·", "на", "for", "with", "с", ",", ";"})
_CHILDREN_KEY = re.compile(r"^(?:бала(?:ға|сы|лы)?|детей|ребенка|ребёнка|детьми|children|child)$")
_DASHES = frozenset({"-", "–", "—", ":"})
_CURRENCY_WORD = re.compile(r"^(?:теңге\w*|тенге|tenge|kzt|тг)$")


def _row_after(tokens: list[Token], i: int) -> int | None:
    """The index after "[children word] –" when a row's amount follows at i, else None."""
    if i < len(tokens) and _CHILDREN_KEY.match(tokens[i].low):
        i += 1
    if [t.low for t in tokens[i:i + 2]] in (["и", "более"], ["и", "больше"], ["or", "more"]):
        i += 2  # "на троих и более – 50 процентов": the last key left open upwards
    if i + 1 < len(tokens) and tokens[i].text in _DASHES and tokens[i + 1].kind == "num":
        return i
    return None


def _after_an_amount_and_a_dash(tokens: list[Token], i0: int) -> bool:
    """Does an amount of money and a dash (and "за / на / for") stand right before token i0?"""
    k = i0 - 1
    if k >= 0 and tokens[k].low in ("за", "на", "for"):
        k -= 1
    return k >= 2 and tokens[k].text in ("-", "–", "—") and _CURRENCY_WORD.match(tokens[k - 1].low) is not None and \
        tokens[k - 2].kind == "num"


def _key_of_a_rate_row(tokens: list[Token], m: NumberMatch) -> bool:
    if m.value > 20 or m.i1 >= len(tokens):
        return False
    if m.i0 > 1 and tokens[m.i0 - 1].text == "(" and _CHILDREN_KEY.match(tokens[m.i1].low) and \
            m.i1 + 1 < len(tokens) and tokens[m.i1 + 1].text == ")" and \
            (any(_CURRENCY_WORD.match(t.low) for t in tokens[max(0, m.i0 - 3):m.i0 - 1]) or (
                tokens[m.i0 - 2].kind == "num" and m.i1 + 2 < len(tokens) and
                _CURRENCY_WORD.match(tokens[m.i1 + 2].low))):
        # "44 532 теңгеден (4 бала)", "77 951 теңгеге дейін (7 бала)", "73 666 (6 бала) теңгені": the family size
        # of the amount
        return True
    if _CHILDREN_KEY.match(tokens[m.i1].low) and _after_an_amount_and_a_dash(tokens, m.i0):
        return True  # "от 50 975 тенге – за 4 детей; 63 727 тенге – 5 детей": the row's key after its amount
    lead = m.i0 - 1
    while lead >= 0 and tokens[lead].low in ("на", "for", "with", "с"):
        lead -= 1
    if lead >= 0 and tokens[lead].text not in _ROW_LEAD:
        return False
    if _row_after(tokens, m.i1) is None:
        return False
    if _CHILDREN_KEY.match(tokens[m.i1].low):
        return lead < 0 or tokens[lead].text not in (",", ";") or any(
            t.kind == "num" for t in tokens[:lead])  # a row of its own, or one of a run
    # a key without its word: one of a run whose earlier row named the children
    # (its number in digits or in words: "На одного ребенка – 25 процентов, на двоих – 33")
    return any(_CHILDREN_KEY.match(tokens[k].low) and (tokens[k - 1].kind == "num" or (
        k >= 2 and tokens[k - 1].kind == "word" and tokens[k - 2].low in ("на", "for", "за"))) and
        _row_after(tokens, k) is not None for k in range(1, m.i0))

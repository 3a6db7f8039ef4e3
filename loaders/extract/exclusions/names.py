"""Numbers inside names (scoring.md: "numbers inside names"): a short quoted name («Жыл волонтері — 2025») or
the quoted name of a campaign or project («100 добрых дел» акциясы), a model or an edition after a capitalised
Latin-script word ("Huawei 2", "Volunteer 2.0"), digits that open the name of an organisation ("4 Paws"), English
numbers inside or ending a proper name ("the 75 UN General Assembly", "the Three Kings Foundation", "World War
Two"), a name's translation in brackets ("togyzkumalak (nine pellets)"), Kazakh set phrases ("жеті қазынаның бірі"),
and the currency codes that keep "KZT150,000" a sum rather than digits glued to a name.

Why they are not figures: a name's number is part of what the thing is called; it counts nothing."""

from __future__ import annotations

import re

from loaders.extract.exclusions._shared import _MONTH_WORD_RE
from loaders.extract.nouns import find_noun
from loaders.extract.numbers import NumberMatch
from loaders.extract.tokens import Token
from loaders.lexicon import CURRENCY_CODES, EN_STOP
from loaders.numbers import word_number


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
    if not text[:left].strip() and text[right + 1:].lstrip()[:1] == ":" and text[end:end + 1] == "%":
        # a title opened by the share it cites: "«58%-ы ер адам»: елдегі қарттар үйінде …" (a name's number is
        # no share: "«100 добрых дел»: итоги акции")
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
    # (single curly quotes too: "under the ‘100 books for rural libraries’ campaign"; an apostrophe inside the name
    # ends it early, and then no kind word follows)
    left = max(text.rfind(c, 0, start) for c in "«“„‘")
    if left == -1 or any(text.find(c, left, start) != -1 for c in "»”’"):
        return False
    rights = [r for r in (text.find(c, end) for c in "»”’") if r != -1]
    if not rights:
        return False
    right = min(rights)
    if len(re.findall(r"\w+", text[left:right])) > 15:
        return False
    after = re.match(r"[»”’\s]*(\w+)", text[right:])
    if after and _NAME_KIND.match(after.group(1).lower()):
        return True
    # the words right before the opening quote, with nothing but spaces between ("Руководитель проекта: «…»" is speech)
    before = text[max(0, left - 60): left]
    while (word := re.search(r"(\w+)\s*$", before)) and word.group(1).lower() in _NAME_TITLE_WORDS:
        before = before[: word.start()]
    return bool(word and _NAME_KIND.match(word.group(1).lower()))


# Kazakh set phrases with a number word that count nothing: "жеті қазына" (the seven treasures of a Kazakh),
# "төрт аяқты(лар)" (four-legged animals), "төрт түлік" (the four kinds of livestock), "жеті ата" (seven
# generations), "бес парыз" (the five pillars), "екі дүние" (this world and the next: "екі дүниенің қамы"), "тоғыз
# құмалақ" (the board game).
_KK_SET_PHRASES = {4: ("аяқты", "түлік"), 7: ("қазына", "ата"), 5: ("парыз",), 2: ("дүние",), 9: ("құмалақ",)}


def _kk_set_phrase(tokens: list[Token], m: NumberMatch) -> bool:
    if m.scaled or m.i1 >= len(tokens) or m.i1 - m.i0 != 1:
        return False
    return tokens[m.i1].low.startswith(_KK_SET_PHRASES.get(int(m.value), ()) or ("\0",))


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
    if tokens[m.i0 - 2].low in _PLACE_PREPOSITIONS and m.i1 < len(tokens) and \
            _EN_PLURAL.fullmatch(tokens[m.i1].text) is not None:
        return False  # "in Astana 53 kindergartens will be open", "in Almaty 20 schools": a place, then a count
    noun = find_noun(tokens, m.i1, lang)
    return noun.unit is None


# A place is named after these ("in Astana 53 kindergartens"); a model or an edition is not ("the Huawei 2").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "across", "throughout", "around"})
_EN_PLURAL = re.compile(r"[a-z]{2,}[^s]s")


# The year of an event written after its name is part of the name: "Universiade 2017 volunteers", "the Universiade
# 2017 event", "EXPO 2017 visitors", "Universiade-2017 volunteers", "волонтёры Универсиады 2017", "ЭКСПО 2017
# еріктілері", "Ýniversıada 2017". The noun after it is what the name qualifies, not what the year counts. Negatives:
# a word or a comma between ("the Universiade in 2017", "the Universiade, 2017 volunteers"), a number that cannot be
# a year.
_EVENT_NAME_WORD = re.compile(
    r"^(?:universiade|univerisade|universaide|универсиад\w*|ýniversıada\w*|universiada\w*|expo|экспо|ekspo|"
    r"olympics|olympiad|олимпиад\w*|olımpıada\w*|games|cup|championship|чемпионат\w*|chempıonat\w*|"
    r"worldskills)$", re.I)


# (English nouns and Kazakh ones with the possessive, "жобасы" the project of: a Russian "2023 проекта" counts projects)
_PROJECT_NOUN = re.compile(r"^(?:project|programme|program|campaign|initiative|festival|forum|marathon|contest|"
                           r"жобасы\w*|бағдарламасы\w*|акциясы\w*|науқаны\w*|марафоны\w*|фестивалі\w*)$")


def _year_of_an_event_name(tokens: list[Token], m: NumberMatch) -> bool:
    """A four-digit year right after the name of an event, or glued to it by a hyphen: the edition, not a count."""
    first = tokens[m.i0]
    if first.kind != "num" or m.scaled or not re.fullmatch(r"(?:19|20)\d\d", first.text) or m.i0 < 1:
        return False
    k = m.i0 - 1
    if tokens[k].kind == "punct" and tokens[k].text == "-" and k >= 1 and tokens[k].start == tokens[k - 1].end \
            and tokens[k].end == first.start:
        k -= 1
    if tokens[k].kind != "word":
        return False
    if _EVENT_NAME_WORD.match(tokens[k].text):
        return True
    # a capitalised name, its year and the kind of thing it names: "The Summer Camp 2023 project", "Taza Qazaqstan 2024
    # campaign", "«Жасыл ел 2023» жобасы" (the quote may close after the year)
    j = m.i1 + (1 if m.i1 < len(tokens) and tokens[m.i1].text in "»\"”" else 0)
    return k > 0 and tokens[k].text[:1].isupper() and j < len(tokens) and _PROJECT_NOUN.match(tokens[j].low) is not None


# A news outlet or channel named with a number, cited as the source: "сообщает Хабар 24", "передает Qazaqstan 24",
# "хабарлайды Хабар 24", "reports Khabar 24", "телеканал Астана 24". The number is part of the outlet's name when a
# word of reporting (or "channel") stands before the capitalised name and nothing it could count follows.
_REPORTING_WORD = re.compile(r"^(?:сообща\w*|переда[её]т|передают|передал\w*|пишет|пишут|информиру\w*|"
                             r"телеканал\w*|канал\w*|хабарла\w*|жазады|жазды|арна\w*|телеарна\w*|reports?|"
                             r"reported|writes|channel|according)$")


def _outlet_name_number(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """A small number that ends an outlet's name after a word of reporting (see above), or digits before a site's
    domain cut off by the copy ("хабарлайды 715.2 kz тілшісі" for 7152.kz)."""
    if m.i1 < len(tokens) and tokens[m.i1].text == "kz" and tokens[m.i0].kind == "num" and not m.scaled:
        return True
    if m.i0 < 2 or m.value >= 1000 or tokens[m.i0 - 1].kind != "word" or not tokens[m.i0 - 1].text[:1].isupper():
        return False
    k = m.i0 - 2
    if k >= 0 and tokens[k].kind == "word" and tokens[k].text[:1].isupper() and tokens[k].low not in EN_STOP:
        k -= 1  # a name of two words: "сообщает Ак Жайык 24"
    if k < 0:
        return False
    according_to = tokens[k].low == "to" and k > 0 and tokens[k - 1].low == "according"
    if not according_to and not _REPORTING_WORD.match(tokens[k].low):
        return False
    return find_noun(tokens, m.i1, lang).unit is None




def _closes_gloss(tokens: list[Token], i1: int) -> bool:
    """Does a bracket close within two words after i1: "(nine pellets)"?"""
    for k in range(i1, min(len(tokens), i1 + 3)):
        if tokens[k].text == ")":
            return True
        if tokens[k].kind != "word":
            return False
    return False


def _glosses_a_number_name(tokens: list[Token], m: NumberMatch) -> bool:
    """"the Taza 25 shakyrym (25 clean km) campaign", "«Таза 25 шақырым» (25 чистых км)": the number opens a bracket
    that translates a name just before it holding the same number after a capitalized word; the gloss closes within
    three words. The name's number is no count, nor is its translation (a number repeated in brackets after a
    count, "25 trees (25 oaks)", stays: the number before is no name's)."""
    if m.i0 < 3 or tokens[m.i0 - 1].text != "(" or not _closes_gloss(tokens, m.i1):
        return False
    for k in range(m.i0 - 2, max(0, m.i0 - 6), -1):
        if tokens[k].kind == "num" and tokens[k].text == tokens[m.i0].text and k > 0 and \
                tokens[k - 1].kind == "word" and tokens[k - 1].text[:1].isupper():
            return True
    return False


def _before_a_name(tokens: list[Token], m: NumberMatch) -> bool:
    """"the 75 UN General Assembly": an English number after "the" followed by two or more capitalized words, the
    last not a plural, that end the phrase (no lower-case noun they would modify, as in "the 5 Red Crescent
    branches") and count nothing known."""
    if m.i0 == 0 or tokens[m.i0 - 1].low != "the":
        return False  # "the 75 UN General Assembly" (an ordinal without its ending); "unites 191 National Societies"
    if tokens[m.i0].suffix:
        return False  # "the 30,000-seat Astana Arena Stadium": the number counts its glued noun, the name follows
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
# A body's word in a case of place or direction ("орталығында", "қорына", "в центре", "в фонде") names no one before a
# number: the number counts what is there.
_IN_A_PLACE = re.compile(r"^(?!команд)\w+(?:нда|нде|ға|ге|на|не|нан|нен)$|"
                         r"^(?:центре|фонде|клубе|приюте|клинике)$")
_OPENING_QUOTES = "‘'\"«“„"
_CLOSING_QUOTES = "’'\"»”“"


# Digits glued to letters in a brand or a technical name: "the 2gis.kz app", "on 2GIS maps", "в приложении 2ГИС",
# "3D": no space between, so the digit is a letter of the name, not a count of what follows. Not a measure or
# a scale glued by a careless copy ("5kg", "10km", "20млн", "100K", "KZT150"), an ordinal ending ("5th", "2nd"), a
# multiple ("3x") or a counted noun ("200volunteers", "50человек": find_noun knows it); "5G" stays (a "g" is grams).
_GLUED_NOT_A_NAME = re.compile(r"^(?:k|m|b|bn|mn|mln|bln|kg|km|g|gr|t|th|st|nd|rd|x|h|hrs?|min|pcs|l|ml|mm|cm|ha|"
                               r"млн|млрд|тыс|трлн|кг|км|г|гр|т|м|см|мм|га|л|мл|ч|мин|шт|х|й|я|го|ый|ий|ая|ое|ти|х|"
                               r"мың|млн|ші|шы|ншы|нші|тг|тенге|теңге|tg|tenge|kzt|usd|eur|rub|"
                               # a square or cubic measure glued to its number: "7м3 ТБО", "20m2"
                               r"м[23]|m[23]|км2|km2|sq|sqm|кв|"
                               # a Kazakh case ending typed without its hyphen: "2000нан аса", "500ге жуық", "300ден"
                               r"нан|нен|дан|ден|тан|тен|ға|ге|қа|ке|на|не|а|е|ның|нің|дың|дің|ы|і|сы|сі|"
                               # a multiple glued to its number: "by 1.5fold", "в 2раза"
                               r"fold|раза?)"
                               # a measure that makes an adjective: "350.7km-long heat networks"
                               r"(?:-(?:long|wide|high|deep|tall))?$", re.I)


def _digits_glued_to_a_brand(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """"2gis", "2GIS", "2ГИС": a number glued to the letters of a name (see above)."""
    if m.i1 - m.i0 != 1 or tokens[m.i0].suffix or m.i1 >= len(tokens):
        return False
    nxt = tokens[m.i1]
    if nxt.kind == "word" and nxt.start == tokens[m.i0].end and nxt.text in ("G", "Г"):
        return True  # "5G", "4G", "3G": a generation of mobile networks (a lower-case "5g" is grams)
    if nxt.kind != "word" or nxt.start != tokens[m.i0].end or _GLUED_NOT_A_NAME.match(nxt.text):
        return False
    if nxt.text.upper() in CURRENCY_CODES:
        return False
    return find_noun(tokens, m.i1, lang).unit is None


def numbered_name_in_quotes(text: str, start: int, end: int) -> bool:
    """"«Алма сити-3» тұрғын үй кешені", '"Нурлы жол-2"', "“Shanyrak-2” residential complex": a number glued by a hyphen
    to a word and closed by a quote right after it numbers the name (the third of the "Алма сити" estates), it
    counts nothing."""
    return start >= 2 and text[start - 1] == "-" and (text[start - 2].isalpha()) and \
        end < len(text) and text[end] in _CLOSING_QUOTES


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
    if prev is not None and prev.kind == "word" and _NAMED_BODY.match(prev.low) and not _IN_A_PLACE.search(prev.low):
        return True  # "клиника 4 Лапы", "фонд 4 Лапы" (not "облыс орталығында 12 Отандық … автобусы": in the centre)
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


def _team_size_of_a_game(tokens: list[Token], m: NumberMatch) -> bool:
    """"7-a-side football": how many play on a team, part of the game's name, no count."""
    first = tokens[m.i0]
    return first.kind == "num" and first.suffix == "a" and m.i1 + 1 < len(tokens) and tokens[m.i1].text == "-" and \
        tokens[m.i1 + 1].low == "side"


# What a dedication names: a park, a street or a school "named after" people ("парк им. 28 гвардейцев-панфиловцев",
# "школа имени 8 Марта", "28 гвардияшы-панфиловшылар атындағы саябақ", "the park named after the 28 Panfilov
# Guardsmen"). The number belongs to the name; it counts no one the news is about.
_KK_NAMED_AFTER = re.compile(r"^атында\w*$")


def _in_a_dedication(tokens: list[Token], m: NumberMatch) -> bool:
    """Is the number inside the name of something named after people or a day ("им. 28 гвардейцев", "имени 28
    панфиловцев", "named after the 28 Guardsmen", "28 гвардияшы атындағы")?"""
    k = m.i0 - 1
    if k >= 1 and tokens[k].text == "." and tokens[k - 1].low == "им":
        return True
    if k >= 0 and tokens[k].low == "имени":
        return True
    if k >= 2 and tokens[k].low == "the" and tokens[k - 1].low == "after" and tokens[k - 2].low == "named":
        return True
    if k >= 1 and tokens[k].low == "after" and tokens[k - 1].low == "named":
        return True
    # Kazakh puts the name first: the number, one word of the name, then "атындағы"; a number that counts a known
    # noun stays ("500 волонтер Абай атындағы саябақта": volunteers in the park named after Abai).
    j = m.i1
    return j + 1 < len(tokens) and tokens[j].kind == "word" and _KK_NAMED_AFTER.match(tokens[j + 1].low) is not None \
        and find_noun(tokens, m.i1, "kk").unit is None

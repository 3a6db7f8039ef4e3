"""Ages, durations and descriptions of people: an age told to a person ("самому младшему — 7"), set off after
a name ("Ilya Kan, 16,"), closing a sentence ("Sofiya Danko, 12."), in a verb phrase ("turning 95") or as a bound
("детей 6+", "14+ жастағы"), the ends of a range of ages ("aged from 18 up to 35"), the low end of a duration ("two
or three months"), a duration with an adjective ("5 рабочих дней", "14 calendar days"), the children that describe a
family or a parent ("families with more than three children", "a mother of four"), and the few limbs of one
animal ("собаку без двух лап"). Also the Kazakh "жас" that is young people, not an age ("20 жастың грантына", "480 жас
пен 50 қарт"): those stay counts.

Why they are not figures: an age or a duration is a property of a person or of an event, and a description of one
family or one animal counts no one helped."""

from __future__ import annotations

import re

from loaders.extract.areas import _areas_in
from loaders.extract.exclusions._shared import _KK_AND, _MONTH_WORD_RE
from loaders.extract.nouns import en_named_grade_at, find_noun, kk_monthly_index_at
from loaders.extract.numbers import NumberMatch
from loaders.extract.qualifiers import open_bound_after
from loaders.extract.tokens import Token
from loaders.lexicon import AGE_OR_DURATION_RE, EN_STOP
from loaders.numbers import word_number

# Families described by how many children they have: "families with more than three children", "семьи с тремя и
# более детьми", "үш және одан да көп баласы бар отбасы" (the children are a description, not a count).
_FAMILY_WORDS = re.compile(r"^(famil\w*|household\w*|семь\w*|семей|домохозяйств\w*)$")
_CHILD_WORDS = re.compile(r"^(children|child|kids|дет\w*|ребен\w*|бала\w*)$")


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
# "Олардың жасы – 3 пен 18-дің аралығында", "Их возраст – от 3 до 18 лет", "Their ages: 3 to 18": the word for age,
# then a dash or a colon, then the range's ends. Both ends are ages; what may stand between the age word and the
# number: punctuation, the range's opening word, the first end and the joiner.
_AGE_NOUNS = frozenset({"жасы", "жастары", "возраст", "возрасте", "age", "ages"})
_AGE_RANGE_FILLERS = frozenset({"–", "—", "-", ":", "от", "from", "between", "пен", "бен", "мен", "және", "до", "to",
                                "and", "и"})


def _range_after_an_age_word(tokens: list[Token], m: NumberMatch) -> bool:
    """A number of a range of ages told after the word for age and a dash or colon ("жасы – 3 пен 18-дің
    аралығында", "возраст – от 3 до 18"); not a count ("жасы – 25, ал 300 ерікті …": only the first number after
    the word, and the second end of its range)."""
    if m.scaled or m.value > _OLDEST_AGE:
        return False
    j, numbers = m.i0 - 1, 0
    while j >= 0 and m.i0 - j <= 5:
        tok = tokens[j]
        if tok.low in _AGE_NOUNS:
            return j + 1 < m.i0 and tokens[j + 1].text in ("–", "—", "-", ":")
        if tok.kind == "num" and numbers == 0:
            numbers += 1
        elif tok.low not in _AGE_RANGE_FILLERS:
            return False
        j -= 1
    return False


_KK_AGE_WORD = re.compile(r"^жас\w*$")
_OLDEST_AGE = 120  # no one is older: a larger number before "жас" counts young people


# A participle right before the number describes the people counted ("жиналған 100 жас", "қатысқан 50 жас", "келген 30
# жас"): a count of young people; an age is said of someone ("25 жаста", "18 жасқа толған", "жасы 25-те"). Words after
# the bare "жас" that keep it an age: "18 жас толған", "30 жас шамасында", "18 жас аралығындағы", "жас шектеуі".
_KK_PARTICIPLE = re.compile(r"^[^\W\d_]{2,}(?:ған|ген|қан|кен)$")
_KK_AGE_AFTER_BARE = re.compile(r"^(?:толған|толды|толады|толмаған|шамасында|аралығ\w*|шектеу\w*|мөлшер\w*|жасар\w*)$")


def _after_a_participle(tokens: list[Token], i0: int) -> bool:
    return i0 > 0 and tokens[i0 - 1].kind == "word" and bool(_KK_PARTICIPLE.match(tokens[i0 - 1].low))


# Who the young are, right after "жас": a squad, volunteers, specialists, entrepreneurs, families, scientists,
# teachers, soldiers of the youth brigades (an age is told "N жасар бала", "N жастағы", not "N жас маман").
_KK_YOUNG_WHO = re.compile(r"^(?:жасақ\w*|волонтер\w*|ерікті\w*|маман\w*|кәсіпкер\w*|отбасы\w*|ғалым\w*|"
                           r"мұғалім\w*|сарбаз\w*|спортшы\w*|дәрігер\w*|белсенді\w*|өрен\w*|дарын\w*|талант\w*|"
                           r"ұстаз\w*|жұбай\w*|жігіт\w*|фермер\w*|жазушы\w*|ақын\w*|журналист\w*)$")
# An amount each after the dative ("10 жасқа 505 мың теңгеден … грант берілді": to 10 young people, 505,000 tenge each):
# people given it, not an age ("18 жасқа дейін", "18 жасқа толған" stay ages).
_KK_EACH_AMOUNT = re.compile(r"^\w*(?:теңгеден|тенгеден|доллардан|мыңнан|миллионнан|млн-нан|млннан)$")


def _kk_young_people_counted(tokens: list[Token], m: NumberMatch) -> bool:
    """Kazakh "жас" after a number is a noun, young people, not an age, when the number is too large for an age
    ("жалпы 480 жас пен 50 қарт", "1200 жасқа грант берілді") or when "жас" is joined by "пен/мен/және" to another
    count of other people ("30 жас пен 20 қарт"), not to a second age ("18 жас пен 29 жас аралығы")."""
    if m.scaled or m.i1 >= len(tokens) or not _KK_AGE_WORD.match(tokens[m.i1].low):
        return False
    if m.value > _OLDEST_AGE and float(m.value).is_integer():
        return True
    j = m.i1 + 1
    if tokens[m.i1].low == "жас" and j < len(tokens) and _KK_YOUNG_WHO.match(tokens[j].low):
        return True  # "38 жас жасақ құрамында", "50 жас маман", "200 жас волонтер": young people of a kind
    if tokens[m.i1].low == "жасқа" and j + 1 < len(tokens) and tokens[j].kind == "num" and any(
            _KK_EACH_AMOUNT.match(t.low) for t in tokens[j + 1: j + 3]):
        return True  # "10 жасқа 505 мың теңгеден": an amount each to ten young people
    if tokens[m.i1].low == "жас" and _after_a_participle(tokens, m.i0) and not (
            j < len(tokens) and _KK_AGE_AFTER_BARE.match(tokens[j].low)):
        return True  # "әр ауылынан жиналған 100 жас көшелерді тазалады": the young people gathered
    return tokens[m.i1].low == "жас" and j + 2 < len(tokens) and tokens[j].low in _KK_AND and \
        tokens[j + 1].kind == "num" and tokens[j + 2].kind == "word" and not _KK_AGE_WORD.match(tokens[j + 2].low) \
        and not AGE_OR_DURATION_RE.match(tokens[j + 2].low)


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
    if tokens[j].text == "-" and tokens[j + 1].low in ("to", "or") and j + 2 < len(tokens) and \
            tokens[j + 2].kind == "num" and AGE_OR_DURATION_RE.match(tokens[j + 2].suffix.lower() or "-"):
        return True  # "the 6- to 8-month treatment programme": the second's hyphenated unit is the first's too
    second, unit = tokens[j + 1], tokens[j + 2]
    if second.kind == "num":
        if second.suffix:
            return False
    elif second.kind != "word" or (hit := word_number(second.low, lang)) is None or hit[1]:
        return False
    if kk_monthly_index_at(tokens, j + 2):
        return False  # "40-60 айлық есептік көрсеткіш": amounts in the monthly index, not months
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


_EN_TIME_REFERENCE = frozenset({"last", "this", "next", "previous", "past", "current"})


def _duration_with_an_adjective(tokens: list[Token], j: int, lang: str = "ru") -> bool:
    if not (j + 1 < len(tokens) and tokens[j].kind == "word" and tokens[j + 1].kind == "word"):
        return False
    word, unit = tokens[j].low, tokens[j + 1].low
    if _EVENT_DAY_WORD.match(word):
        return False
    if lang == "en":
        if word in _EN_TIME_REFERENCE and unit in ("year", "month", "week"):
            return False  # "grew to 10,000 last year": the time the count was reached, no "10,000 years"
        return word_number(word, lang) is None and word not in EN_STOP and _EN_DURATION_UNIT.match(unit) is not None
    return (_TIME_ADJECTIVE.match(word) is not None or _RU_PLURAL_ADJECTIVE.match(word) is not None) and \
        AGE_OR_DURATION_RE.match(unit) is not None


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


# A person's age in brackets right after the name: "Yuri (78) and Vasilina (76) Vakulko", "Айгүл (12)",
# "Юрий (78)", "the volunteer (17)". A place in brackets is a count of something else ("Almaty (12)" is read as a
# figure), and so is a number with a noun inside the brackets ("Yuri (78 bags)").
def _age_in_brackets_after_a_name(tokens: list[Token], m: NumberMatch) -> bool:
    """A small number alone in brackets right after a capitalised name or a word for one person is that person's
    age: "Yuri (78)", "Юрий (78)", "Айгүл (12)"."""
    if m.i0 < 2 or tokens[m.i0 - 1].text != "(" or m.i1 >= len(tokens) or tokens[m.i1].text != ")":
        return False
    name = tokens[m.i0 - 2]
    if name.kind != "word":
        return False
    if name.low in _ONE_PERSON:
        return True
    if not name.text[:1].isupper() or name.text.isupper():
        return False  # "UN (5)", a lower-case word: not a person's name
    if name.low.endswith(("ском", "цком", "ской", "цкой", "ского", "цкого")):
        return False  # "в Уилском (10), Мугалжарском (15) … районах": a district's adjective, a count by place
    # a place name is found after a preposition ("in Almaty", "в Алматы"), not standing alone
    # (or as a region's name: "Маңғыстау (50), Ақмола (78)" in a list of regions, "Mangystau (50)")
    place = any(_areas_in(f"{prep} {name.text}") for prep in ("in", "в")) or any(
        _areas_in(f"{name.text} {word}") for word in ("облысында", "region", "области"))
    return not place and not any(country in name.low for country in ("kazakhstan", "казахстан", "қазақстан")) and \
        not _a_count_in_sibling_brackets(tokens, m)


def _a_count_in_sibling_brackets(tokens: list[Token], m: NumberMatch) -> bool:
    """In a list of names with a number in brackets each, one number no age can be ("Европы (166), … Америки (40),
    Африки (3)") makes them all counts: the list gives how many came from each place, not anyone's age."""
    lo, hi = max(0, m.i0 - 40), min(len(tokens), m.i1 + 40)
    for k in range(lo + 1, hi - 1):
        if tokens[k].kind == "num" and tokens[k - 1].text == "(" and tokens[k + 1].text == ")" and \
                k not in range(m.i0, m.i1):
            digits = tokens[k].text.replace(" ", "").replace("\u00a0", "")
            if digits.isdigit() and int(digits) >= 120:
                return True
    return False


# The bands of an age grouping listed in brackets after the word that names them: "three age categories (15-34,
# 35-49 and over 50)", "возрастные группы (18–25, 26–35)", "жас санаттары (15-34, 35-49)", "age groups: 7-10, 11-14".
_AGE_GROUPING = re.compile(r"^(?:age|ages|age-groups?|возраст\w*|жас|жастағы)$")
_GROUP_WORD = re.compile(r"^(?:categor\w*|groups?|bands?|brackets?|категори\w*|групп\w*|санат\w*|топ\w*)$")


def _band_of_an_age_grouping(tokens: list[Token], m: NumberMatch) -> bool:
    """Is the number inside the brackets (or after the colon) that list the bands of an age grouping (see above)?
    Only numbers, dashes, commas, "and/и/және", "over/under/до/старше/от" stand between the opening and the number."""
    k = m.i0 - 1
    while k >= 0 and (tokens[k].kind == "num" or tokens[k].text in ("-", "–", "—", ",", ";") or tokens[k].low in (
            "and", "и", "және", "over", "under", "from", "to", "до", "от", "старше", "младше", "свыше")):
        k -= 1
    if k >= 1 and _GROUP_WORD.match(tokens[k].low) and _AGE_GROUPING.match(tokens[k - 1].low):
        return True  # "(in the age groups 18-29 and 30-58 years)", "в возрастных группах 18–29 лет": named, then listed
    if k < 2 or tokens[k].text not in ("(", ":"):
        return False
    return _GROUP_WORD.match(tokens[k - 1].low) is not None and _AGE_GROUPING.match(tokens[k - 2].low) is not None


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


def _family_description(tokens: list[Token], m: NumberMatch) -> bool:
    """"families with more than three children", "семьи с тремя и более детьми", "семьи, имеющие 4 и более детей":
    the number of children that describes a family."""
    if m.i1 >= len(tokens):
        return False
    if _elided_children_row(tokens, m):
        return True  # "семьи с четырьмя детьми получают 63 тысячи, с пятью — почти 79 тысяч"
    k = m.i1
    while k < len(tokens) and k < m.i1 + 3 and (tokens[k].kind == "word" or tokens[k].text in ("-", "–", "—") or (
            tokens[k].kind == "num" and k > m.i1)) and not _CHILD_WORDS.match(tokens[k].low):
        k += 1  # "и более", "or more", the high end of a range: "11 to 12 children"
    if k >= len(tokens) or not _CHILD_WORDS.match(tokens[k].low):
        return False
    b = m.i0 - 1
    while b >= 0 and m.i0 - b <= 3 and (tokens[b].low in ("more", "than", "over", "at", "least", "более", "не",
                                                           "менее", "to", "or", "или", "-", "–", "—") or
                                         (tokens[b].kind == "num" and b < m.i0 - 1)):
        b -= 1  # a bound before the number, or the low end of a range: "with 11 to 12 children"
    if b >= 1 and tokens[b].low in ("have", "has", "had") and tokens[b - 1].low == "who" and m.value <= 20:
        return True  # "mothers who have 11 to 12 children": who they are, not how many were helped
    if b >= 0 and _HAVING.match(tokens[b].low):
        return True  # "семьи, имеющие 4 и более детей", "10 тысяч имеют 4 и более детей", "families having four"
    if b >= 2 and tokens[b].low == "где" and tokens[b - 1].text == "," and _FAMILY_WORDS.match(tokens[b - 2].low):
        return True  # "Это семьи, где 4 и более детей"
    # the family named just before "with", or earlier in the sentence when the rows go on ("families with 8 children
    # will receive 85,000 tenge, with 9 children - 96,000", "the largest family in Kazakhstan with 15 children")
    if b <= 0 or tokens[b].low not in ("with", "с", "со"):
        return False
    if _FAMILY_WORDS.match(tokens[b - 1].low):
        return True
    if m.value > 20:
        return False
    # "the largest family in Kazakhstan with 15 children"; rows that go on after "families with 8 children …"
    return any(_FAMILY_WORDS.match(tokens[k].low) and tokens[k + 1].low in ("in", "of", "from", "в", "из")
               for k in range(max(0, b - 4), b - 1)) or any(
        tokens[k].low in ("with", "с", "со") and _FAMILY_WORDS.match(tokens[k - 1].low) and tokens[k + 1].kind == "num"
        for k in range(1, b - 1))


def _elided_children_row(tokens: list[Token], m: NumberMatch) -> bool:
    """"семьи с четырьмя детьми получают около 63 тысяч тенге, с пятью — почти 79 тысяч", "families with four
    children receive 63,000 tenge, with five – 79,000": a row of a table told in words, the children left out after
    the first row; "with" and a few, then a dash before the amount."""
    if m.scaled or m.value > 20 or m.i0 < 1 or tokens[m.i0 - 1].low not in ("with", "с", "со") or \
            tokens[m.i1].text not in ("-", "–", "—", ":"):
        return False
    # the first row earlier in the sentence: a family word, "with", a number and a child word
    for k in range(max(1, m.i0 - 40), m.i0 - 3):
        if tokens[k].low in ("with", "с", "со") and _FAMILY_WORDS.match(tokens[k - 1].low) and \
                tokens[k + 1].kind in ("num", "word") and _CHILD_WORDS.match(tokens[k + 2].low):
            return True  # (the few of the first row in digits or in words: "с 4 детьми", "с четырьмя детьми")
    return False


_HAVING = re.compile(r"^(?:имеющ(?:ие|их|им|ими|ая|ей|ий|ему|его)|имеют|имеет|имели|having)$")


# The Kazakh family described by its children, "N (және одан да көп) (бірге тұратын …) баласы бар отбасылар"
# (families that have N (or more) children): a category of families, not a count. One person who has them ("6 баласы
# бар Ақмарал") is told of a family's own children and stays.
_KK_CHILDREN_HAD = re.compile(r"^(?:баласы|балалары|перзенті|перзенттері)$")
_KK_FAMILY = re.compile(r"^отбасы\w*$")


# Families told by how many children they raise, "N or more" (OPEN_BOUNDS_AFTER's words): "төрт және одан да көп
# бала тәрбиелеп отыр", "воспитывают четырех и более детей", "raise four or more children" (a category, as "families
# with four or more children" is);
# a count of children raised ("воспитывают 120 детей", "raise 30 children") stays.
_RAISING = re.compile(r"^(?:тәрбиеле\w*|өсір\w*|воспитыва\w*|воспитал\w*|раст\w*|rais\w*|bring|brings|bringing)$")


# At most this many children "or more" is a category of families, whatever the verb: "for the birth of 4 or more
# children", "семьи с четырьмя и более детьми", "төрт және одан да көп баласы бар 112037 ана" (a count of so many
# children helped is told without "or more": "more than 4 children" stays a bound of a count).
_CATEGORY_CHILDREN = 10
# (children in the dative are the ones helped: "4 және одан да көп балаға көмектесті", "помогли 4 и более детям")
_RECIPIENT_CHILDREN = re.compile(r"^(?:бала\w*(?:ға|ге|қа|ке)|детям|ребенку|ребёнку)$")


def bracketed_family_size(tokens: list[Token], m: NumberMatch) -> bool:
    """"from KZT 44,532 (for 4 kids) up to KZT 77,951 (for 7 kids)", "44 532 теңгеден (4 бала) 77 951 теңгеге дейін",
    "(на 4 детей)": a family's few children glossing the amount before them, no count."""
    if m.value > _CATEGORY_CHILDREN or m.scaled or m.i0 == 0 or m.i1 + 1 >= len(tokens):
        return False
    k = m.i0 - 1
    if tokens[k].low in ("for", "на", "для", "with", "с"):
        k -= 1
    if k >= 1 and _PEOPLE_COUNTED_BEFORE.match(tokens[k - 1].low):
        return False  # "38 жолаушы (1 бала)", "35 passengers (1 child)": the children among the people counted
    return k >= 0 and tokens[k].text == "(" and _CHILD_WORDS.match(tokens[m.i1].low) is not None and \
        tokens[m.i1 + 1].text == ")"


_PEOPLE_COUNTED_BEFORE = re.compile(r"^(?:жолаушы\w*|адам\w*|тұрғын\w*|passengers?|people|persons?|residents?|"
                                    r"пассажир\w*|человек|жител\w*)$")


def _raising_so_many_children(tokens: list[Token], m: NumberMatch) -> bool:
    if m.value > _FEW_CHILDREN or m.scaled or m.i1 + 2 >= len(tokens):
        return False
    bound, k = open_bound_after(tokens, m.i1)  # "және одан да көп", "и более", "or more" (the lexicon's)
    if bound == "at_least" and k + 1 < len(tokens) and tokens[k].low.endswith(("их", "ых", "ее")) and \
            _CHILD_WORDS.match(tokens[k + 1].low):
        k += 1  # "воспитывают четырёх и более несовершеннолетних детей": an adjective before the children
    if bound != "at_least" or k >= len(tokens) or not _CHILD_WORDS.match(tokens[k].low):
        return False
    if m.value <= _CATEGORY_CHILDREN and not _RECIPIENT_CHILDREN.match(tokens[k].low):
        return True
    if m.value <= _CATEGORY_CHILDREN and k + 1 < len(tokens) and tokens[k + 1].kind == "num":
        return True  # "төрт, одан да көп балаға 272 475 теңге төленеді": the amount paid for so many, a category
    after = tokens[k + 1].low if k + 1 < len(tokens) else ""
    before = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    return bool(_RAISING.match(after) or _RAISING.match(before))


def _kk_family_description(tokens: list[Token], m: NumberMatch) -> bool:
    if _raising_so_many_children(tokens, m):
        return True  # "төрт және одан да көп бала тәрбиелеп отыр" (and ru/en, see above)
    if m.value <= _CATEGORY_CHILDREN and not m.scaled and m.i1 < len(tokens) and tokens[m.i1].low == "балалы":
        return True  # "екі балалы отбасы", "eki balaly bolǵanda" (with two children): what a family is, no count
    if m.value > 20:
        return False
    k = m.i1
    # (after "және одан (да) көп" the children may be described at length: "4 және одан да көп бірге тұратын
    # кәмелетке толмаған немесе 23 жасқа дейінгі күндізгі бөлімде оқитын студент балалары бар отбасылар")
    reach = 20 if [t.low for t in tokens[m.i1:m.i1 + 2]] == ["және", "одан"] else 8
    while k < len(tokens) and k < m.i1 + reach and (tokens[k].kind == "word" or tokens[k].text in ("-", "–", "—") or (
            tokens[k].kind == "num" and k > m.i1 and tokens[k - 1].low in _KK_AND_WORDS)) and \
            not _KK_CHILDREN_HAD.match(tokens[k].low) and not _KK_CHILD_RAISED.match(tokens[k].low):
        k += 1  # "және одан да көп", "бірге тұратын кәмелетке толмаған", "4 және 5 баласы бар"
    if k + 2 < len(tokens) and _KK_CHILDREN_HAD.match(tokens[k].low) is not None and tokens[k + 1].low == "бар":
        # the families or the mothers who have them, a count or an adjective between at most ("4 және 5 баласы бар
        # 43 046 көп балалы ана", "4 және одан көп баласы бар аналардың қатарын")
        for h in range(k + 2, min(len(tokens), k + 7)):
            word = tokens[h].low
            if _KK_FAMILY.match(word) or _KK_MOTHERS.match(word) or (
                    word == "ана" and h >= 2 and tokens[h - 1].low == "балалы"):
                return True
            if tokens[h].kind not in ("num", "word") or word in ("мен", "және"):
                break
        return False
    # mothers who raised them, the criterion of an award ("«Күміс алқа» алты бала тәрбиелеп өсірген аналарға беріледі",
    # "жеті және одан артық баланы … тәрбиелеген аналар")
    if k < len(tokens) and _KK_CHILD_RAISED.match(tokens[k].low):
        after = [t.low for t in tokens[k + 1:k + 14]]
        return any(_KK_MOTHERS.match(w) for w in after) and any(_RAISING.match(w) for w in after)
    return False


_KK_AND_WORDS = frozenset({"және", "мен", "немесе", "не", "-", "–"})
_KK_MOTHERS = re.compile(r"^(?:ата-)?аналар\w*$")  # mothers, parents ("11-12 баласы бар ата-аналар")
_KK_CHILD_RAISED = re.compile(r"^(?:бала|баланы|перзент|перзентті)$")


# One parent described by how many children she or he has: "a mother of four", "the father of three children", "мать
# четверых детей", "многодетная мама пятерых": a person, not a count of the article. (Only one parent: "mothers of
# 300 soldiers" counts the soldiers; and a family's few children.) Kazakh "төрт баланың анасы" is left a figure for
# now: the blind gold of set 11 (kk_u04) counts "4 balanyń anasy" as children in a family.
_ONE_PARENT_EN = frozenset({"mother", "father", "mom", "mum", "dad", "parent"})
_ONE_PARENT_RU = re.compile(r"^(?:мать|матери|матерью|мама|мамы|маме|маму|мамой|отец|отца|отцу|отцом|папа|папы|"
                            r"папе|папу|папой)$")
_FEW_CHILDREN = 20
# The children of one family told by a collective numeral after a verb of raising them: "воспитывает троих детей",
# "растят четверых сыновей". A count of children helped is told otherwise ("помощь получили 12 детей", "помогли двоим
# детям", "оплатил лечение сразу пятерых детей" stay).
_RAISES = re.compile(r"^(?:воспитыва\w*|растит|растят|растила|растил|вырастил\w*|воспитал\w*)$")
_COLLECTIVE_FEW = re.compile(r"^(?:двоих|троих|четверых|пятерых|шестерых|семерых|обоих)$")
_OWN_CHILDREN = re.compile(r"^(?:малышей|детей|детишек|ребятишек|сыновей|дочерей|дочек|близнецов|внуков)$")


def _one_parent_of_children(tokens: list[Token], m: NumberMatch) -> bool:
    """"a mother of four", "мать четверых детей": how many children one parent has."""
    if m.value > _FEW_CHILDREN or m.scaled or m.i0 == 0:
        return False
    prev = tokens[m.i0 - 1]
    if prev.kind == "word" and _ONE_PARENT_RU.match(prev.low):
        return True  # "мать четверых (детей)"
    if prev.kind == "word" and _RAISES.match(prev.low) and _COLLECTIVE_FEW.match(tokens[m.i0].low) and \
            m.i1 < len(tokens) and _OWN_CHILDREN.match(tokens[m.i1].low):
        return True  # "воспитывает троих детей": the family's own children
    return prev.low == "of" and m.i0 > 1 and tokens[m.i0 - 2].low in _ONE_PARENT_EN  # "a mother of four"


# A person who lives (or is left) with a few children of her own: "Жить на небольшую пенсию с двумя детьми стало
# невозможно", "вдова с тремя детьми", "a widow left alone with two children", "екі баласымен" (with her two children:
# the possessive and "with" on the noun). The household of the one told of; meeting children ("встретились с 30
# детьми", "met with 30 children", "30 баламен кездесті") counts them.
_WITH_RU = frozenset({"с", "со"})
_KIDS_WITH_RU = re.compile(r"^(?:детьми|сыновьями|дочерьми|дочками|малышами|внуками)$")
_KIDS_WITH_EN = re.compile(r"^(?:children|kids|sons|daughters|grandchildren)$")
_KIDS_WITH_KK = re.compile(r"^(?:баласымен|балаларымен|бөбегімен|бөбектерімен|перзентімен|перзенттерімен|ұлымен|"
                           r"ұлдарымен|қызымен|қыздарымен|немересімен|немерелерімен)$")
_LIVES_WITH = re.compile(r"^(?:жить|живет|живут|жила|жил|жили|проживает|проживают|проживала|осталась|остался|остались|"
                         r"мать|мама|женщина|вдова|одиночка|live|lives|lived|living|left|alone|mother|woman|widow|"
                         r"single)$")


def _living_with_children(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    if m.scaled or m.value > _FEW_RELATIVES or m.i1 >= len(tokens):
        return False
    nxt = tokens[m.i1]
    if lang == "kk":
        return _KIDS_WITH_KK.match(nxt.low) is not None
    if m.i0 == 0:
        return False
    prev = tokens[m.i0 - 1]
    if not ((lang == "ru" and prev.low in _WITH_RU and _KIDS_WITH_RU.match(nxt.low)) or
            (lang == "en" and prev.low == "with" and _KIDS_WITH_EN.match(nxt.low))):
        return False
    return any(_LIVES_WITH.match(t.low) for t in tokens[max(0, m.i0 - 8):m.i0 - 1] if t.kind == "word")


# One's own few relatives, told after a possessive: "My husband and our two sons have died", "her three daughters",
# "мои двое сыновей", "её три дочери": they describe the speaker's family, they count no one helped. Only a few
# (a household), and only kin words: "our 300 volunteers" and "helped two sons of a veteran" stay figures.
_POSSESSIVE_EN = frozenset({"my", "our", "his", "her", "their"})
_POSSESSIVE_RU = re.compile(r"^(?:мои|моих|наши|наших|его|её|ее|их|свои|своих)$")
_KIN_EN = re.compile(r"^(?:sons|daughters|brothers|sisters|grandchildren|grandsons|granddaughters|children|kids|"
                     r"siblings)$")
_KIN_RU = re.compile(r"^(?:сын\w*|доч\w*|дет\w*|брат\w*|сест[её]р\w*|сестр\w*|внук\w*|внуч\w*)$")
_FEW_RELATIVES = 10


def _own_few_relatives(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """"our two sons", "мои двое сыновей": a possessive right before a few, a kin word right after."""
    if m.scaled or m.value > _FEW_RELATIVES or m.i0 == 0 or m.i1 >= len(tokens):
        return False
    prev, nxt = tokens[m.i0 - 1], tokens[m.i1]
    if m.i0 > 1 and tokens[m.i0 - 2].low in ("of", "из"):
        return False  # "Three of her five children volunteer": the base of a part told, kept as a figure
    if lang == "en":
        return prev.low in _POSSESSIVE_EN and _KIN_EN.match(nxt.low) is not None
    if lang == "ru":
        return _POSSESSIVE_RU.match(prev.low) is not None and _KIN_RU.match(nxt.low) is not None
    return False


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


# A pupil's school grade told as an ordinal: "a 10th-grade student", "a 9th-grader", "10-классник", "10-сынып
# оқушысы", "ученица 10 класса", "10 сынып оқушысы". The grade describes one pupil, it counts no one.
_GRADE_GLUED = re.compile(r"^(?:st|nd|rd|th)-grade\w*$")
_GRADE_SUFFIX = re.compile(r"^(?:класс\w*|сынып\w*|grade\w*)$")
_GRADE_WORD = re.compile(r"^(?:класса|классе|сынып|сыныпта|сыныбы|сыныбының|grade)$")
_PUPIL_WORD = re.compile(r"^(?:учени\w*|учащ\w*|школьни\w*|выпускни\w*|оқушы\w*|түлек\w*|student\w*|pupil\w*|"
                         r"студент\w*|undergraduate\w*)$")
# A student's year of study glued to its ordinal: "a 4th-year student", "a 2nd-year undergraduate" (needs the
# student word after it: "its 5th-year anniversary" is no year of study).
_STUDY_YEAR_GLUED = re.compile(r"^(?:st|nd|rd|th)-year$")
# A year of study as a word in the singular next to a student word: "студентка 3 курса", "3 курс студенті".
_STUDY_YEAR_WORD = re.compile(r"^(?:курса|курсе|курс)$")


_COURSE_SUFFIX = re.compile(r"^(?:курс\w*|kurs\w*)$")
# A school class is named by its grade and a letter: "5B grade", "5C grade pupils", "5 «Б» класса", "5 Ә сыныбы",
# "5 «A» synyby". The number with its letter is the class's label, not a count of classes or pupils.
_CLASS_WORD = re.compile(r"^(?:класс\w*|сынып\w*|сыныб\w*|synyp\w*|synyb\w*|grade\w*|class|form)$")


def _class_letter_label(tokens: list[Token], j: int) -> bool:
    """Whether tokens from j are a class letter (glued or quoted) followed by a class word."""
    k = j
    while k < len(tokens) and tokens[k].text in "«»\"“”'":
        k += 1
    if k >= len(tokens) or tokens[k].kind != "word" or len(tokens[k].text) != 1 or not tokens[k].text.isupper():
        return False
    k += 1
    while k < len(tokens) and tokens[k].text in "«»\"“”'-":
        k += 1
    return k < len(tokens) and tokens[k].kind == "word" and bool(_CLASS_WORD.match(tokens[k].low))


def _school_grade_of_a_pupil(tokens: list[Token], m: NumberMatch) -> bool:
    """Whether the number is the grade of a pupil, not a count: glued to the grade word ("10th-grade", "10-классник",
    "10-сынып") or a grade word in the singular next to a pupil word ("ученица 10 класса", "10 сынып оқушысы").
    A count of pupils stays: "15 десятиклассников", "15 students of the 10th grade", "открыли 2 новых класса"."""
    if m.scaled or not 1 <= m.value <= 12:
        return False
    first = tokens[m.i0]
    if first.kind != "num":
        return False
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    if first.suffix and _GRADE_SUFFIX.match(first.suffix):
        return True  # "10-классник", "10-сынып оқушысы"
    if first.suffix and _COURSE_SUFFIX.match(first.suffix) and m.value <= 6:
        return True  # "2-курс студенті", "3-курса": a student's year of study
    if _class_letter_label(tokens, m.i1):
        return True  # "5B grade pupils", "5 «Б» класса", "5 Ә сыныбы": one class of a school
    if nxt is None or nxt.kind != "word":
        return False
    if nxt.low.startswith("сыныб") and m.value <= 11 and m.i1 + 1 < len(tokens) and \
            tokens[m.i1 + 1].low.startswith(("қатыс", "оқушы", "балалар", "ұжым")):
        # "мектебінің 3 сыныбының қатысуымен", "3 сыныбының оқушылары": the school's 3rd grade taking part (but
        # "мектептің 5 сыныбын жөндеді" repaired five classrooms)
        return True
    if nxt.start == first.end and _GRADE_GLUED.match(nxt.low):
        return True  # "a 10th-grade student", "a 9th-grader"
    after = tokens[m.i1 + 1] if m.i1 + 1 < len(tokens) else None
    if m.value <= 11 and nxt.low in ("класс", "классе") and m.i0 > 0 and tokens[m.i0 - 1].low in ("в", "во"):
        # "в 1 класс пойдут 12 тысяч детей", "в 11 классе учатся 300 детей": into, in the grade (so many classrooms
        # are "в 2 класса", "в 5 классах")
        return True
    if nxt.start == first.end and _STUDY_YEAR_GLUED.match(nxt.low):
        # "a 4th-year student majoring in Mathematics": a year of study
        return after is not None and after.kind == "word" and bool(_PUPIL_WORD.match(after.low))
    if not (_GRADE_WORD.match(nxt.low) or (m.value <= 6 and _STUDY_YEAR_WORD.match(nxt.low))):
        return False
    prev = tokens[m.i0 - 1] if m.i0 > 0 else None
    return bool((prev is not None and prev.kind == "word" and _PUPIL_WORD.match(prev.low))
                or (after is not None and after.kind == "word" and _PUPIL_WORD.match(after.low)))


def en_grade_named_before(tokens: list[Token], m: NumberMatch) -> bool:
    """The number of "Year 8 students", "Grade 9 pupils": the grade, not a count (see nouns.en_named_grade_at)."""
    return not m.scaled and m.i0 > 0 and m.i1 == m.i0 + 1 and en_named_grade_at(tokens, m.i0 - 1)


def en_count_before_a_named_grade(tokens: list[Token], m: NumberMatch) -> bool:
    """The count of "20 Year 8 students": "Year" after it names the pupils' grade, it is no duration."""
    return en_named_grade_at(tokens, m.i1)


# A range of school grades: its first grade before a dash and the second glued to the grade word ("4-10-сынып
# оқушылары", "5–11-классники"), or both after English "grades" ("pupils in grades 5-11", "grades 5 to 11"). The
# grades describe the pupils, they count no one ("5-11 сынып", "5-11 классов" are read by the dispatcher's rule).
_GRADES_BEFORE_EN = frozenset({"grades", "grade", "forms", "classes"})
_RANGE_JOINERS = frozenset({"-", "–", "—", "to", "through"})


def _a_grade(tok: Token | None) -> bool:
    return tok is not None and tok.kind == "num" and tok.text.isdigit() and 1 <= int(tok.text) <= 12


def _range_of_grades(tokens: list[Token], m: NumberMatch) -> bool:
    if m.scaled or not 1 <= m.value <= 12 or tokens[m.i0].kind != "num" or m.i1 != m.i0 + 1:
        return False
    first = tokens[m.i0]
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    second = tokens[m.i1 + 1] if m.i1 + 1 < len(tokens) else None
    opens = nxt is not None and nxt.low in _RANGE_JOINERS and _a_grade(second)
    if opens and not first.suffix and second is not None and second.suffix and _GRADE_SUFFIX.match(second.suffix):
        return True  # "4-10-сынып": the first grade of the range
    prev = tokens[m.i0 - 1] if m.i0 > 0 else None
    if opens and prev is not None and prev.low in _GRADES_BEFORE_EN:
        return True  # "grades 5-11": the first grade
    before = tokens[m.i0 - 2] if m.i0 > 1 else None
    before2 = tokens[m.i0 - 3] if m.i0 > 2 else None
    return prev is not None and prev.low in _RANGE_JOINERS and _a_grade(before) and \
        before2 is not None and before2.low in _GRADES_BEFORE_EN  # "grades 5-11": the last grade


# A Kazakh age told by a round number word in the dative and the verb "кел-" (to come to): "жүзге келген ана" (a
# mother who has reached a hundred), "тоқсанға келген қария", "сексенге келіп отыр". An age, not a count. A count
# that reached a number keeps its "саны" or its noun ("еріктілер саны жүзге келді"), and "жүзге жуық" is a bound.
_KK_DATIVE_END = re.compile(r"(?:ге|ға|ке|қа)$")
_KK_COME = re.compile(r"^кел(?:ген\w*|іп|е|ді|се|генде)$")


# A Kazakh age told by a round number word and a hill of life: the genitive and "асу / жота / сеңгір / белес / қырқа /
# бел / биік" ("алпыстың асуына шыққан", "жетпістің жотасы", "сексеннің сеңгірі", "елудің белесі") or the ablative and
# "асқан" before an elder ("жетпістен асқан қария"). An age, not a count, and never a year. A count past a bound
# ("елуден астам ерікті", "жүзден асқан ерікті") stays.
_KK_GENITIVE_END = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
_KK_AGE_HILL = re.compile(r"^(?:асу|асуы|асуын|асуына|асуында|асқан|жота|жотас|сеңгір|белес|қырқа|бел|белі|белін|"
                          r"беліне|биі[гк])\w*$")
_KK_ABLATIVE_END = re.compile(r"(?:нан|нен|дан|ден|тан|тен)$")
_KK_ELDER = re.compile(r"^(?:қария|ардагер|зейнеткер|ақсақал|кейуана|әже|ата|ана|әке)\w*$")


def _kk_age_idiom(tokens: list[Token], m: NumberMatch) -> bool:
    """Whether "алпыстың асуы / жетпістен асқан" tells an age (see above)."""
    if not m.from_words or m.scaled or not 30 <= m.value <= 120 or m.i1 >= len(tokens):
        return False
    last, nxt = tokens[m.i1 - 1], tokens[m.i1]
    if last.kind != "word" or nxt.kind != "word":
        return False
    if _KK_GENITIVE_END.search(last.low):
        return _KK_AGE_HILL.match(nxt.low) is not None
    # "жетпістен асқан қария": the ablative form tells an age only before an elder; "жүзден асқан ерікті" is a count
    return _KK_ABLATIVE_END.search(last.low) is not None and nxt.low.startswith("асқан") and \
        m.i1 + 1 < len(tokens) and _KK_ELDER.match(tokens[m.i1 + 1].low) is not None


def _kk_age_come_to(tokens: list[Token], m: NumberMatch) -> bool:
    """Whether "жүзге / тоқсанға / сексенге келген" tells an age (see above)."""
    if not m.from_words or m.scaled or not 50 <= m.value <= 120 or m.i1 >= len(tokens):
        return False
    last = tokens[m.i1 - 1]
    if last.kind != "word" or not _KK_DATIVE_END.search(last.low) or not _KK_COME.match(tokens[m.i1].low):
        return False
    return not (m.i0 > 0 and tokens[m.i0 - 1].low.startswith("сан"))  # "еріктілер саны жүзге келді": a count


# The languages a person speaks: "fluent in three languages", "speaks 5 languages", "владеет тремя языками",
# "говорит на четырёх языках", "знает три языка", "үш тілде еркін сөйлейді", "үш тілді меңгерген". A skill of a
# person (or of each of a group), not a count. A count of languages stays where no speaking verb or fluency word is
# near: "the guide was printed in 3 languages", "материалы на 5 языках".
_LANGUAGE_NOUN = re.compile(r"^(?:languages?|язык\w*|тілде|тілді|тілін|тілдерді|тілдерде|тілде\w*|tilde|tildi)$")
_SPEAKS_EN = re.compile(r"^(?:fluent\w*|speak\w*|spoke|spoken|know\w*|knew|master\w*|command|proficien\w*)$")
_SPEAKS_RU = re.compile(r"^(?:владе\w*|говор\w*|знает|знают|знала?|знали|знающ\w*|свободно|разговарива\w*)$")
_SPEAKS_KK = re.compile(r"^(?:еркін|сөйле\w*|меңгер\w*|біледі|білетін|білеміз|erkin|sóıle\w*|meńger\w*|biledi)$")


def _languages_a_person_speaks(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """Whether the number counts the languages someone speaks: a language noun after it and, within three words
    before the number or after the noun, a word of speaking, knowing or fluency."""
    if m.scaled or m.value > 12 or m.i1 >= len(tokens):
        return False
    noun = tokens[m.i1]
    if noun.kind != "word" or not _LANGUAGE_NOUN.match(noun.low):
        return False
    speaks = _SPEAKS_EN if lang == "en" else _SPEAKS_KK if lang == "kk" else _SPEAKS_RU
    near = [t for t in tokens[max(0, m.i0 - 3): m.i0] + tokens[m.i1 + 1: m.i1 + 4] if t.kind == "word"]
    return any(speaks.match(t.low) for t in near)


# A time word that closes a phrase of when ("до конца года 7000", "с начала года — 340", "в течение месяца 500",
# "по итогам года 120") is no inverted duration ("лет 5 назад", "часов 20 в неделю"): the number after it is the
# count of that time.
_TIME_PHRASE_HEAD = frozenset(("конца", "начала", "середины", "течение", "протяжении", "итогам", "итогу", "концу",
                               "начало", "конец", "середину"))


def _ends_a_time_phrase(tokens: list[Token], i: int) -> bool:
    j = i - 1
    while j >= 0 and tokens[j].kind not in ("word", "num"):
        j -= 1
    return j >= 0 and tokens[j].kind == "word" and tokens[j].low in _TIME_PHRASE_HEAD and \
        tokens[i].low in ("года", "месяца", "недели", "дня", "квартала", "полугодия")

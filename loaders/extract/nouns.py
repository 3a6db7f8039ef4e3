"""Nouns: what a number counts and in which unit. The counted noun after the number (ru lemma via pymorphy3, kk
stem, en singular; adjectives skipped, "volunteer organizations" read head-last), "количество/число/саны X"
around it, a genitive plural just before it ("волонтеров было 40 тыс."), and a currency sign before it ("$20")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract.tokens import QUOTE_CHARS, Token
from loaders.lexicon import (
    CURRENCY_CODES,
    CURRENCY_UNITS,
    EN_ADJ,
    EN_STOP,
    KK_ADJ_ENDINGS,
    KK_BEFORE_ADJECTIVES,
    KK_NOUN_STEMS,
    KK_NUMBERS,
    KK_STEM_UNIT,
    KK_SUFFIXES,
    QUALIFIERS_BEFORE,
    UNIT_BY_NOUN,
)
from loaders.numbers import parse_ru

CURRENCY_SIGNS = {"$": "USD", "₸": "KZT", "€": "EUR", "₽": "RUB"}
CURRENCY_BEFORE = set(CURRENCY_SIGNS) | CURRENCY_CODES


def tenge_letter(tokens: list[Token], i: int) -> bool:
    """Is token i the English press's "T" for the tenge sign, glued to the sum after it ("the cost … was T841", "sell
    at least T2.4 thousand", "within T1.4-1.7 thousand")? A capital T alone, not the end of a code ("TS-19")."""
    tok = tokens[i]
    return tok.text == "T" and i + 1 < len(tokens) and tokens[i + 1].kind == "num" and \
        tokens[i + 1].start == tok.end and (i == 0 or tokens[i - 1].end < tok.start)

# Endings of Kazakh finite verbs and converbs ("болса", "жетті", "өтті", "алды"): never a counted noun.
KK_VERB_ENDINGS = ("отыр", "тұр", "жатыр", "жүр", "ыр", "ір",
                   "са", "се", "ған", "ген", "қан", "кен", "ды", "ді", "ты", "ті", "ады", "еді", "йды", "йді",
                   "ып", "іп", "уда", "уде", "мақ", "мек", "ейді", "айды")
# Kazakh measures of length and area, in any case ("метр", "шақырымға", "гектардан", "шаршы метр", "км").
_KK_LENGTH_OR_AREA = re.compile(r"(?:метр|шақырым|километр|гектар|сотық)\w*|шаршы|км|м|га")
# Endings of Kazakh participles (past -ған/-ген/-қан/-кен, habitual -атын/-етін/-йтын/-йтін).
KK_PARTICIPLE_ENDINGS = ("ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін")
# Conjunctions and auxiliary verbs end a Kazakh noun phrase: "бір ұлттық және 20 өңірлік фронт-офис",
# "150 мыңның шамасында болатын".
KK_NOT_NOUNS = {"және", "мен", "бен", "пен", "әрі", "немесе", "не", "яғни", "ал", "болатын", "болған", "болды",
                "болады", "болып", "еді", "екен", "екенін", "екені",
                # verbs of targets: "донорлар санын 30 мыңға жеткізу" (bring the number of donors to 30,000)
                "жеткізу", "жеткізуді", "жеткізуге", "жеткізіп", "арттыру", "арттыруды", "көбейту", "тарту",
                # time words: "олардың саны бүгінде 18 мыңға жетті" (their number today)
                "бүгінде", "бүгін", "қазір", "қазіргі", "биыл", "былтыр", "әлі", "енді", "тағы",
                # a milestone: "еріктілер 200 мың межесінен асты" counts volunteers (antecedents.milestone_subject)
                "межесінен", "межесіне", "межесін", "шегінен", "белесінен", "белесіне"}


# English words after a number that say where or how, not what: "some 200,000 countrywide", "50 each".
EN_NOT_NOUNS = frozenset({"countrywide", "nationwide", "worldwide", "statewide", "overall", "altogether",
                          "annually", "yearly", "daily", "weekly", "monthly", "apiece", "each", "respectively",
                          "today", "now", "so", "too", "already", "alone",
                          # "crossed the 100,000 mark": a milestone names no thing counted, the subject does
                          "mark", "milestone", "threshold", "barrier",
                          # prepositions EN_STOP lacks: "exceeded 100,000 within a year" counts no "within"
                          "within", "during", "throughout", "since", "until", "till", "after", "before", "among",
                          "across", "into", "through", "via", "despite", "against"})


# Kazakh case endings written after a hyphen on a sign: "80%-дан", "50%-ға".
KK_CASE_ENDINGS = frozenset({"дан", "ден", "тан", "тен", "нан", "нен", "ға", "ге", "қа", "ке", "ы", "і", "ын", "ін",
                             "ның", "нің", "дың", "дің", "тың", "тің", "да", "де", "та", "те"})


# Russian adjectives and participles that stand for people when no noun follows ("500 пострадавших").
RU_PEOPLE_ADJECTIVES = ("нуждающ", "пострадавш", "малоимущ", "малообеспеченн", "пожил", "эвакуированн", "погибш",
                        "раненн", "бездомн", "одиноки", "одиноких", "одиноким", "престарел", "многодетн",
                        "спасенн", "спасённ", "верующ", "прихожан", "молящ", "постящ", "безработн", "больн",
                        "заболевш", "инфицированн", "госпитализированн", "задержанн", "опрошенн", "отдыхающ")


def _ru_compound_head(word: str) -> str | None:
    """The lemma of the first noun of a hyphenated Russian pair of people when it is a volunteer or a donor
    ("волонтеров-медиков" → "волонтер", "доноров-добровольцев" → "донор"); else None (the pair's own lemma stays:
    "студенты-волонтеры" is "студент-волонтер", which names volunteers as it is)."""
    first = word.split("-", 1)[0]
    parse = next((p for p in parse_ru(first) if p[1].startswith("NOUN")), None)
    if parse is None or parse[0] not in _RU_PAIR_HEADS:
        return None
    return parse[0]


_RU_PAIR_HEADS = frozenset({"волонтер", "доброволец", "донор"})


def kk_monthly_index_at(tokens: list[Token], k: int) -> bool:
    """Is tokens[k] "айлық" opening "айлық есептік көрсеткіш" (the monthly calculation index, an amount, not months)?"""
    return 0 <= k < len(tokens) - 1 and tokens[k].low == "айлық" and tokens[k + 1].low.startswith("есептік")


def kk_pre_adjective(word: str, bound: str) -> bool:
    """"мектепке дейінгі" (preschool), "соғысқа дейінгі" (pre-war): a "pre-" adjective, no bound of a number."""
    return bound in ("дейінгі", "шейінгі") and word in KK_BEFORE_ADJECTIVES


def kk_stem(word: str) -> str | None:
    for stem in KK_NOUN_STEMS:
        if word.startswith(stem):
            rest = word[len(stem):]
            if rest in KK_SUFFIXES or rest in ("і", "ы", "сі", "сы"):
                return stem
            # an abbreviation takes its ending after a hyphen: "5 АЕК-тен 70 АЕК-ке дейін", "10 мың-нан астам"
            if rest[:1] == "-" and rest[1:] in KK_SUFFIXES:
                return stem
    return None


# The Kazakh ending of "about" on the measure or the counted noun after a number: "6,5 шақырымдай жерден" (about 6.5
# km), "5 тоннадай қоқыс", "40 литрдей қан", "300 адамдай", "20 гектардай" (Latin "tonnadai", read in Cyrillic). Only
# on a word that is a measure or a known noun without it: "таудай" (like a mountain), "мұндай", "сондай" stay words.
_KK_APPROX_NOUN_ENDINGS = ("дай", "дей", "тай", "тей")


def kk_approx_noun(word: str) -> str | None:
    """The noun or measure under the "-дай/-дей/-тай/-тей" ending of "about", else None."""
    if not word.endswith(_KK_APPROX_NOUN_ENDINGS):
        return None
    base = word[:-3]
    if len(base) < 2:
        return None
    if base in UNIT_BY_NOUN or kk_stem(base) == base or _KK_LENGTH_OR_AREA.fullmatch(base):
        return base
    return None


def _singular_en(word: str) -> str:
    if word in UNIT_BY_NOUN:
        return word
    for suf, rep in (("ies", "y"), ("ves", "f"), ("es", "e"), ("es", ""), ("s", "")):  # ("kandases", "boxes")
        if word.endswith(suf):
            cand = word[: -len(suf)] + rep
            if cand in UNIT_BY_NOUN:
                return cand
    if word.endswith("of") and len(word) > 4 and (glued := _singular_en(word[:-2])) in UNIT_BY_NOUN:
        return glued  # "328 tonnesof garbage": the copy lost the space before "of"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_EN_POSSESSIVE = re.compile(r"^(?P<base>\w+?)(?:['’]s|(?<=s)['’])$")


def _en_possessor(word: str) -> str | None:
    """The possessor of an English possessive: "children's" → "children", "families'" → "families"."""
    m = _EN_POSSESSIVE.match(word)
    return m.group("base") if m else None


def _en_compound_step(tokens: list[Token], k: int, limit: int) -> int:
    """How far the head of an English compound lies after token k: 1 for "volunteer organizations",
    2 for "volunteer front offices" (an adjective-like word, then a known noun), 0 when k is the head."""
    for step in (1, 2):
        j = k + step
        if j >= limit or any(t.kind != "word" or t.low in EN_STOP for t in tokens[k + 1: j + 1]):
            return 0
        if _singular_en(tokens[j].low) in UNIT_BY_NOUN and (step == 1 or tokens[k + 1].low in EN_ADJ):
            return step
    return 0


@dataclass
class NounMatch:
    noun: str | None
    unit: str | None
    np_end: int  # token index after the noun phrase
    modifiers: list[str]


_KK_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")


# Kazakh plural endings of a bare (nominative) noun, and the third-person possessive ending of the noun it
# modifies (with a case after it): "еріктілер ұйымы / ұйымдары / ұйымына" (the volunteers' organisation).
_KK_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
_KK_POSSESSED = re.compile(r"(?:лар|лер|дар|дер|тар|тер)?(?:ы|і|сы|сі)(?:н|ның|нің|на|не|нда|нде|нан|нен|мен)?")


def _kk_possessed_head(word: str, stem: str, tokens: list[Token], k: int, limit: int) -> NounMatch | None:
    """A Kazakh izafet after the number: a plural of people in the nominative modifies the next noun, which bears
    the possessive ending ("680 еріктілер ұйымы бар" = 680 organisations of volunteers, "40 волонтерлер ұйымдарына").
    The number counts that possessed noun, when it is a known noun of things (not people: "500 еріктілер
    көмегі" stays with the lexicon's reading)."""
    if word[len(stem):] not in _KK_PLURAL or k >= limit or tokens[k].kind != "word":
        return None
    nxt = tokens[k].low
    head = kk_stem(nxt)
    if head is None or not _KK_POSSESSED.fullmatch(nxt[len(head):]):
        return None
    unit = KK_STEM_UNIT.get(head) or UNIT_BY_NOUN.get(head)
    if unit is None or unit == "persons":
        return None
    return NounMatch(head, unit, k + 1, [word])


# An English school year or grade named before its number: "Year 8 students", "Grade 9 pupils", "Form 5 pupils".
# The number names the pupils' grade and the noun counted is the one after it ("around 20 Year 8 students" counts
# students). "Year", "Form" and "Class" are names only when capitalised; "grade" in either case.
_GRADE_NAMED_BEFORE_EN = frozenset({"year", "grade", "form", "class"})


def en_named_grade_at(tokens: list[Token], j: int) -> bool:
    """Whether tokens from j read "Year 8 students": a grade word, a grade number, a noun of people."""
    if j + 2 >= len(tokens):
        return False
    word, num, noun = tokens[j], tokens[j + 1], tokens[j + 2]
    return word.kind == "word" and word.low in _GRADE_NAMED_BEFORE_EN and \
        (word.low == "grade" or word.text[0].isupper()) and num.kind == "num" and num.text.isdigit() and \
        1 <= int(num.text) <= 13 and noun.kind == "word" and UNIT_BY_NOUN.get(_singular_en(noun.low)) == "persons"


# Residents of Kazakhstan's cities and regions in Russian ("карагандинок", "алматинцев", "астанчан", "семейчан",
# "уральчанок", "жителей" aside): a place's stem and a suffix of people, no adjective ("карагандинских").
_RU_RESIDENTS = re.compile(
    r"^(?:казахстан|караганд|алмат|астан|шымкент|павлодар|урал|костана|актюб|атырау|кызылорд|сем|петропавлов|"
    r"тараз|актау|жезказган|темиртау|экибастуз|талдыкорган|туркестан|кокшета|усть-каменогор|жетыс|абай|улытау|"
    r"мангистау|туркестан)\w*?(?:ин(?:ец|ц\w*|к\w*|ок)|(?<=[иа]н)ок|[еэ]?ц(?:ев|ы|ам|ами|ах)|ч(?:ан\w*)|(?<=[аяй])ц\w*|(?<=[аяй])к(?:а|и|ок|ам|ами))$")


def find_noun(tokens: list[Token], j: int, lang: str) -> NounMatch:
    """The counted noun after a number: skip adjectives, stop at verbs, prepositions and punctuation."""
    mods: list[str] = []
    k = j
    fallback: tuple[str, int] | None = None
    limit = min(len(tokens), j + 6)
    while k < limit:
        t = tokens[k]
        if t.kind == "punct":
            if t.text in QUOTE_CHARS:
                k += 1
                continue
            if t.text in CURRENCY_SIGNS and k == j:
                return NounMatch(t.text, CURRENCY_SIGNS[t.text], k + 1, mods)  # "1,2 млрд ₸ помощи"
            if t.text == "+" and k == j:
                k += 1  # "5 000+ волонтеров": the bound is the qualifiers' (qualifier_after)
                continue
            if t.text in ("%",):
                if k + 2 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 2].low in KK_CASE_ENDINGS:
                    return NounMatch("%", "percent", k + 3, mods)  # "80%-дан астамы", "80%-ға жуық"
                return NounMatch("%", "percent", k + 1, mods)
            break
        if t.kind != "word":
            break
        w = t.low
        if lang == "en":
            if w == "per" and k + 1 < limit and tokens[k + 1].low == "cent":
                return NounMatch("percent", "percent", k + 2, mods)  # "38 per cent"
            if w in ("more", "additional", "further", "extra") and k + 1 < limit and tokens[k + 1].low != "than":
                k += 1  # "100,000 more trees"
                continue
            if en_named_grade_at(tokens, k):
                k += 2  # "20 Year 8 students": the grade's name stands between the count and its noun
                continue
            if w in EN_STOP or w in EN_NOT_NOUNS:
                break
            possessor = _en_possessor(w)
            if possessor is not None and _singular_en(possessor) in UNIT_BY_NOUN:
                # "saving 29 children's lives", "5 families' homes": the number counts the possessor
                sing = _singular_en(possessor)
                return NounMatch(sing, UNIT_BY_NOUN[sing], k + 1, mods)
            sing = _singular_en(w)
            if sing in UNIT_BY_NOUN:
                # English compounds put the head last: "volunteer organizations", "blood donors".
                while True:
                    step = _en_compound_step(tokens, k, limit)
                    if not step:
                        break
                    mods.extend(t.low for t in tokens[k:k + step])
                    k += step
                    w = tokens[k].low
                    sing = _singular_en(w)
                return NounMatch(sing, UNIT_BY_NOUN[sing], k + 1, mods)
            if w in EN_ADJ or re.search(r"(ed|al|ian|ic|ive|ful|ous|ing|ly)$", w):
                mods.append(w)
                k += 1
                continue
            # an unknown word before a known noun is a modifier: "40,000 elderly people"
            ahead = next((j for j in range(k + 1, min(limit, k + 3)) if tokens[j].kind == "word"
                          and _singular_en(tokens[j].low) in UNIT_BY_NOUN), None)
            if ahead is not None and all(tokens[j].kind == "word" and tokens[j].low not in EN_STOP
                                         for j in range(k, ahead)):
                mods.extend(t.low for t in tokens[k:ahead])
                k = ahead
                continue
            return NounMatch(sing, None, k + 1, mods)
        if lang == "kk":
            if k + 1 < limit and tokens[k + 1].low.startswith("тұрғын") and w != "тұрғын":
                mods.append(w)  # "мыңнан астам қала тұрғындары": residents of the city, not cities
                k += 1
                continue
            if k + 1 < limit and kk_monthly_index_at(tokens, k):
                # "2500 айлық есептік көрсеткішке дейін": the monthly calculation index written out
                end = k + 3 if k + 2 < limit and tokens[k + 2].low.startswith("көрсеткіш") else k + 2
                return NounMatch("аек", "MCI", end, mods)
            if k + 1 < limit and kk_pre_adjective(w, tokens[k + 1].low):
                # "84,6 мың мектепке дейінгі балаға": a "pre-" adjective (preschool, pre-war), not "up to N schools"
                mods.extend((w, tokens[k + 1].low))
                k += 2
                continue
            if k == j and (base := kk_approx_noun(w)) is not None:
                w = base  # "5 тоннадай қоқыс": the measure, its "about" read by the qualifiers (sentence.py)
            if w.startswith("қан") and k + 1 < limit and tokens[k + 1].low.startswith(("құю", "құй")):
                return NounMatch("қан құю", "transfusions", k + 2, mods)
            if w.startswith("қан") and k + 1 < limit and tokens[k + 1].low.startswith("тапсыр"):
                return NounMatch("қан тапсыру", "donations", k + 2, mods)
            if w == "ірі" and k + 1 < limit and tokens[k + 1].low.startswith("қара"):
                return NounMatch("ірі қара", "animals", k + 2, mods)  # "196 ірі қара": head of cattle
            if _KK_LENGTH_OR_AREA.fullmatch(w):
                # a length or an area ends the phrase: "300 метр жерге ағаш отырғызды" (trees on 300 metres of
                # land), "5 гектар жерге көшет" — what is counted is the measure, not the trees after it
                return NounMatch(w, None, k + 1, mods)
            if k == j and t.text[:1].isupper() and w.endswith(_KK_GENITIVE) and not mods and not (
                    k + 1 < limit and tokens[k + 1].low.endswith(("ы", "і"))):
                # a name in the genitive right after the number, its possessed noun not following ("17 миллион
                # Қазақстанның ардагерлер ұйымдарының бастамаларын қолдауға", a headline cut before "теңге"): the
                # number counts no noun after it ("300 Алматының тұрғыны" still counts the residents)
                return NounMatch(None, None, j, mods)
            stem = kk_stem(w)
            if stem is not None:
                if stem == "жас" and ((k + 1 < limit and kk_stem(tokens[k + 1].low)) or (
                        fallback is not None and fallback[0].startswith("түп"))):
                    # "жас қатысушы": young participant; "40 түп жас терек": after the counter of plants, young
                    # trees of a kind the lexicon need not know
                    mods.append(w)
                    k += 1
                    continue
                unit = KK_STEM_UNIT.get(stem) or UNIT_BY_NOUN.get(stem)
                if unit == "persons" and (head := _kk_possessed_head(w, stem, tokens, k + 1, limit)) is not None:
                    return head
                if stem == "дана" and k + 1 < limit and tokens[k + 1].kind == "word":
                    # "200 дана сексеуіл": the counter of pieces, then what it counts (when the lexicon knows it)
                    counted = find_noun(tokens, k + 1, "kk")
                    if counted.unit is not None:
                        return NounMatch(counted.noun, counted.unit, counted.np_end, mods + counted.modifiers)
                return NounMatch(stem, unit, k + 1, mods)
            # Adjectives joined by a conjunction ("6500 жапырақты және қылқанжапырақты жас көшет", "200 ұлды мен
            # қызды отбасы"): the head noun comes after both.
            if w in ("және", "мен", "пен", "бен", "немесе") and mods and mods[-1].endswith(KK_ADJ_ENDINGS) and \
                    k + 1 < limit and tokens[k + 1].kind == "word" and tokens[k + 1].low.endswith(KK_ADJ_ENDINGS) \
                    and len(tokens[k + 1].low) > 5:
                k += 1
                continue
            if w in KK_NOT_NOUNS:
                break
            if k > j and w in KK_NUMBERS and w != "бір":
                # a number word after the first's attribute counts the noun after it: "әрқайсысы 1 200 орындық екі
                # жаңа мектеп" (two new schools of 1,200 seats each), not 1,200 schools
                break
            if w.endswith(KK_ADJ_ENDINGS) and len(w) > 5:
                mods.append(w)
                k += 1
                continue
            # A participle right before a known noun describes it ("1 700 аз қамтылған отбасына", "300 тіркелген
            # волонтер", "50 зардап шеккен отбасыға"): a Kazakh participle before a noun is attributive.
            if w.endswith(KK_PARTICIPLE_ENDINGS) and k + 1 < limit and tokens[k + 1].kind == "word" and \
                    kk_stem(tokens[k + 1].low) is not None:
                mods.append(w)
                k += 1
                continue
            # Two attributes joined by a conjunction before the noun, the first a participle: "4 мыңнан аса аз
            # қамтылған және жағдайы төмен отбасыларға" (low-income and needy families): the noun ends the phrase.
            if w.endswith(KK_PARTICIPLE_ENDINGS) and k + 1 < limit and tokens[k + 1].low in ("және", "әрі", "немесе"):
                head = next((h for h in range(k + 2, min(limit, k + 5)) if tokens[h].kind == "word" and
                             kk_stem(tokens[h].low) is not None), None)
                if head is not None and all(tokens[h].kind == "word" for h in range(k + 2, head)):
                    mods.extend(t.low for t in tokens[k:head])
                    k = head
                    continue
            # Kazakh noun phrases end in their head ("қан алу пункті"): remember the first plain word and
            # keep looking for a known head noun until a verb.
            if w == "қан" or not w.endswith(KK_VERB_ENDINGS):
                if fallback is None:
                    fallback = (w, k + 1)
                k += 1
                continue
            break
        # Russian
        if w == "чел":
            # "150 чел.", "с охватом 48 тыс. чел.": the abbreviation of "человек" (pymorphy reads no noun in it)
            return NounMatch("человек", "persons", k + 1, mods)
        if w.startswith("месячн") and k + 1 < limit and tokens[k + 1].low.startswith("расчетн"):
            # "10 месячных расчетных показателей": the monthly calculation index written out
            end = k + 3 if k + 2 < limit and tokens[k + 2].low.startswith("показател") else k + 2
            return NounMatch("мрп", "MCI", end, mods)
        if w == "тон":
            # "18 тон гумпомощи": "тонн" typed with one "н" (after a number never the "tone" pymorphy reads)
            return NounMatch("тонна", "tonnes", k + 1, mods)
        if w in UNIT_BY_NOUN and (UNIT_BY_NOUN[w] in CURRENCY_UNITS or UNIT_BY_NOUN[w] == "MCI"):
            return NounMatch(w, UNIT_BY_NOUN[w], k + 1, mods)  # "тенге": pymorphy guesses a lemma "тенг"; "МРП"
        parses = parse_ru(w)
        first_tag = parses[0][1] if parses else ""
        # A counted noun the lexicon knows wins over a likelier non-noun reading ("саженцев": pymorphy's first
        # guess is the short adjective "саженцевый").
        known = next((p for p in parses if p[1].startswith("NOUN") and p[0] in UNIT_BY_NOUN), None)
        if known is not None and not first_tag.startswith("NOUN"):
            return NounMatch(known[0], UNIT_BY_NOUN[known[0]], k + 1, mods)
        if w in ("и", "или") and mods:
            k += 1
            continue
        if w.startswith(RU_PEOPLE_ADJECTIVES) and not (
                k + 1 < limit and tokens[k + 1].kind == "word" and
                any(p[1].startswith("NOUN") for p in parse_ru(tokens[k + 1].low)[:1])):
            # an adjective standing for people: "помощь получили 500 пострадавших", "200 пожилым"
            return NounMatch(w, "persons", k + 1, mods)
        if first_tag.startswith(("ADJF", "PRTF")) or ("NUMR" in first_tag and "Anum" in first_tag):
            mods.append(parses[0][0])
            k += 1
            continue
        if (first_tag.startswith("NOUN") and "Abbr" not in first_tag) or (
            first_tag.startswith("NOUN") and w in ("т", "л", "кг", "тг")
        ):
            lemma = parses[0][0]
            if "-" in w and (head := _ru_compound_head(w)) is not None:
                # "660 волонтеров-железнодорожников", "доноров-добровольцев": the first noun of the pair names who
                # they are (volunteers who are railway workers)
                return NounMatch(head, UNIT_BY_NOUN[head], k + 1, mods)
            # an animate noun the lexicon does not know ("педагогов", "пенсионеров") counts people, and so do the
            # residents of a city or region, which pymorphy may read as inanimate ("99 карагандинок")
            unit = UNIT_BY_NOUN.get(lemma) or ("persons" if ("anim" in first_tag and "Name" not in first_tag) or
                                               _RU_RESIDENTS.match(w) else None)
            return NounMatch(lemma, unit, k + 1, mods)
        if first_tag.startswith("NOUN") and "Abbr" in first_tag:
            lemma = parses[0][0]
            if lemma in UNIT_BY_NOUN:
                return NounMatch(lemma, UNIT_BY_NOUN[lemma], k + 1, mods)
        break
    if fallback is not None:
        return NounMatch(fallback[0], UNIT_BY_NOUN.get(fallback[0]), fallback[1], mods)
    return NounMatch(None, None, j, mods)


COUNT_WORDS = {"количество", "число", "численность", "саны", "number", "count"}
KK_COUNT_WORDS = {"саны", "санын", "санына", "санының", "қатары", "қатарын", "қатарына"}


_KK_ALSO = frozenset({"да", "де", "та", "те"})


def count_of(tokens: list[Token], lo: int, hi: int, lang: str) -> NounMatch | None:
    """The X of "количество/число/саны/number of X" between token lo and hi."""
    for i in range(lo, hi):
        if tokens[i].low in KK_COUNT_WORDS and i > 0:
            # "еріктілер саны/қатары": the number (ranks) of volunteers; the particle "да/де" (also) may stand
            # between them ("еріктілердің де саны артты")
            prev = i - 2 if i > 1 and tokens[i - 1].low in _KK_ALSO else i - 1
            stem = kk_stem(tokens[prev].low)
            if stem:
                return NounMatch(stem, KK_STEM_UNIT.get(stem) or UNIT_BY_NOUN.get(stem), i, [])
        if tokens[i].low in COUNT_WORDS:
            k = i + 1
            if k < len(tokens) and tokens[k].low == "of":
                k += 1
            nm = find_noun(tokens, k, lang)
            if nm.noun:
                return nm
    return None


# A copula between a count of people and the group they are: "это", "являются", a dash ("100 людей это волонтеры",
# "100 человек — это студенты-волонтеры", "50 человек являются донорами", "100 адам — еріктілер", "100 people are
# volunteers").
_COPULA = frozenset({"это", "являются", "являлись", "есть", "are", "were", "—", "–", "-"})


def group_after_copula(tokens: list[Token], k: int, lang: str) -> NounMatch | None:
    """The group a count of "people" is said to be, right after a copula at token k ("100 людей это волонтеры"):
    a noun of persons; None when the predicate is no group ("100 человек — это рекорд", "это много")."""
    j = k
    while j < len(tokens) and j < k + 2 and tokens[j].low in _COPULA:
        j += 1
    if j == k or j >= len(tokens) or tokens[j].kind != "word":
        return None
    nm = find_noun(tokens, j, lang)
    return nm if nm.noun and nm.unit == "persons" else None


# What may stand between a counted noun in the genitive plural and its number ("Серебряных волонтеров в стране
# насчитывается около 8 тысяч", "Доноров крови в регионе зарегистрировано свыше 15 тыс."): the words of a
# qualifier, a place, a verb of being or counting (short participles too: "зарегистрировано", "привлечено").
_RU_QUALIFIER_WORDS = frozenset(w for phrase in QUALIFIERS_BEFORE for w in phrase.split()
                                if re.fullmatch(r"[а-яё-]+", w))
_RU_PLACE_WORDS = frozenset({"в", "во", "на", "г", "области", "районе", "городе", "стране", "регионе", "республике",
                             "столице", "мегаполисе", "крае", "округе", "селе", "поселке"})


def genitive_before(tokens: list[Token], i0: int, lang: str) -> NounMatch | None:
    """"волонтеров было 40 тыс.": a counted noun (genitive plural) just before the number; in Kazakh the
    counted noun with a possessive ending ("облысының волонтерлері 7 мыңнан асады")."""
    if lang == "kk":
        k = i0 - 1
        while k >= 0 and tokens[k].kind == "punct" and tokens[k].text in "–—-:":
            k -= 1
        stem = kk_stem(tokens[k].low) if k >= 0 and tokens[k].kind == "word" else None
        unit = (KK_STEM_UNIT.get(stem) or UNIT_BY_NOUN.get(stem)) if stem else None
        return NounMatch(stem, unit, i0, []) if unit == "persons" else None
    if lang != "ru":
        return None
    complement = False
    for k in range(i0 - 1, max(-1, i0 - 7), -1):
        t = tokens[k]
        if t.kind == "punct" and t.text in "–—-:.":
            continue  # "волонтеров – 320 тыс.", "организаций: 1 100"
        if t.kind != "word":
            return None
        place_word = t.text[:1].isupper() and k > 0 and tokens[k - 1].low in ("в", "во", "на", "г", ".")
        if t.low in _RU_PLACE_WORDS or place_word:
            continue  # a place between the noun and its number: "волонтеров в Алматы – 45 тыс."
        if t.low in _RU_QUALIFIER_WORDS and (k == i0 - 1 or tokens[k + 1].low in _RU_QUALIFIER_WORDS):
            continue  # the number's own qualifier: "насчитывается около 8 тысяч", "не менее 300"
        parses = parse_ru(t.low)
        if not parses:
            return None
        lemma, tag, _ = parses[0]
        if tag.startswith("NOUN") and "gent" in tag and "plur" in tag and lemma in UNIT_BY_NOUN:
            mods = [p[0][0] for p in (parse_ru(tokens[k - 1].low),) if k > 0 and tokens[k - 1].kind == "word"
                    and p and p[0][1].startswith(("ADJF", "PRTF"))]
            return NounMatch(lemma, UNIT_BY_NOUN[lemma], k + 1, mods)
        if tag.startswith("NOUN") and "gent" in tag and "sing" in tag and not complement:
            complement = True  # the counted noun's complement: "доноров крови", "волонтеров движения"
            continue
        if not (tag.startswith(("VERB", "ADVB", "PRCL", "PRTS")) or lemma in ("быть", "стать", "уже")):
            return None
    return None

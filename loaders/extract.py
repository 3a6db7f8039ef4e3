"""Find dated, qualified figures in an article (DESIGN §3).

One pass per sentence: tokenize → find numbers (digits or words, with scale) → drop what is not a count
(years, dates, ordinals, ages, labels, names, phone numbers, view counters) → qualifier → counted noun
and unit (with anaphora: "их более 800") → period → area → metric. Then figures repeated within the
article (a headline and its body) are merged, keeping the most precise one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from loaders import classify
from loaders.lexicon import (
    ADDRESS_AFTER_RE,
    ADDRESS_BEFORE,
    AGE_OR_DURATION_RE,
    CITIES,
    CITY_FORMS_RU,
    COUNTRIES,
    CURRENCY_UNITS,
    EN_ADJ,
    EN_MULTIPLIER_WORDS,
    EN_STOP,
    GRADE_RE,
    KK_ABLATIVE,
    KK_ADJ_ENDINGS,
    KK_AFTER_ABLATIVE,
    KK_AFTER_DATIVE,
    KK_AFTER_PLAIN,
    KK_APPROX_SUFFIXES,
    KK_DATIVE,
    KK_GENITIVE,
    KK_NOUN_STEMS,
    KK_STEM_UNIT,
    KK_SUFFIXES,
    KZ_PATTERNS,
    LABEL_BEFORE,
    MONTH_RE_EN,
    MONTH_RE_KK,
    MONTH_RE_RU,
    MONTH_STEMS_EN,
    MONTH_STEMS_KK,
    MONTH_STEMS_RU,
    ORDINAL_SUFFIX_RE,
    PHONE_WORDS_RE,
    QUALIFIER_GAP_WORDS,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    REGION_PATTERNS,
    REL_ANNUAL,
    REL_LAST_YEAR,
    REL_NEXT_YEAR,
    REL_NOW,
    REL_THIS_YEAR,
    RU_MULTIPLIER_WORDS,
    TIMES_WORDS,
    UNIT_BY_NOUN,
    YEAR_WORDS_RE,
)
from loaders.numbers import compose, digits_value, parse_ru, word_number
from loaders.text import (
    Sentence,
    content_lines,
    en_month_number,
    kk_month_number,
    normalize,
    ru_month_number,
    safe_date,
    sentence_language,
    sentences,
)


def _rules_fingerprint() -> str:
    """A hash of the rule modules: any change to the rules invalidates cached extractions automatically."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in ("extract.py", "classify.py", "lexicon.py", "numbers.py", "text.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:12]


EXTRACTOR_VERSION = "1.1+" + _rules_fingerprint()

# --- tokens -------------------------------------------------------------------------------------------

TOKEN_RE = re.compile(
    r"(?P<date>\d{1,2}[./]\d{1,2}[./]\d{2,4}(?![\d])|\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})"
    r"|(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
    r"|(?P<phone>(?:\+7|(?<!\d)8)[ -]?\(\d{3,5}\)[ -]?\d{1,3}(?:[ -]?\d{2}){2}|\+\d[\d ()-]{8,}\d"
    r"|(?<!\d)8[ -]?\d{3}[ -]\d{3}[ -]\d{2}[ -]\d{2}|(?<![\d ])\d{2,3}-\d{2}-\d{2}(?!\d)"
    r"|(?<!\d)\d{4}(?:[ -]\d{4}){3}(?!\d))"  # a bank card: "4400 4302 1234 5678"
    r"|(?P<yrange>(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?!\d))"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|\d{1,3}(?: \d{3})+(?:,\d+)?(?![\d])|\d+(?:[.,]\d+)?)"
    r"(?:-(?P<suf>[^\W\d_]+))?"
    r"|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*)"
    r"|(?P<punct>\S)"
)
QUOTES_OPEN = "«“„\""
QUOTES_CLOSE = "»”\""
QUOTE_CHARS = set("«»“”„\"'")


@dataclass
class Token:
    kind: str  # num, word, punct, date, time, phone, yrange
    text: str
    low: str
    start: int  # offset in the sentence
    end: int
    suffix: str = ""  # text after a hyphen on a number: "500-ден" → "ден"


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        if kind == "suf":
            kind = "num"
        if m.group("num") is not None:
            kind = "num"
        tok = Token(kind, m.group(0), m.group(0).lower(), m.start(), m.end())
        if kind == "num":
            tok.text = m.group("num")
            tok.low = tok.text
            tok.suffix = (m.group("suf") or "").lower()
        out.append(tok)
    return out


# --- figure --------------------------------------------------------------------------------------------


@dataclass
class Figure:
    value: float
    qualifier: str
    unit: str
    noun: str | None
    metric: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    period_kind: str | None
    period_basis: str
    area: str
    quote: str
    start: int  # span in the article text
    end: int
    text: str
    lang: str
    sentence_index: int
    is_headline: bool = False
    duplicate_of: int | None = None  # index in the article's figure list
    # internal
    num_start: int = 0
    num_end: int = 0
    np_text: str = ""
    elided: bool = False
    meta: dict[str, Any] = field(default_factory=dict)

    def as_record(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "noun": self.noun,
            "metric": self.metric,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "period_kind": self.period_kind,
            "period_basis": self.period_basis,
            "area": self.area,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "lang": self.lang,
            "planned": bool(self.meta.get("planned")),
        }


@dataclass
class NumberMatch:
    value: float
    i0: int  # first token index
    i1: int  # index after the last token of number + scale
    ending: str  # Kazakh case ending on the last token
    from_words: bool
    is_one: bool
    scaled: bool
    year_like: bool
    inner_qualifier: str | None = None
    scale: float | None = None


def _is_word(tok: Token | None) -> bool:
    return tok is not None and tok.kind == "word"


def _scale_of(tok: Token, lang: str) -> tuple[float, str] | None:
    if tok.kind != "word":
        return None
    hit = word_number(tok.low, lang)
    if hit and hit[1]:
        return hit[0], hit[2]
    if lang == "kk":  # Russian abbreviations inside Kazakh text
        hit = word_number(tok.low, "ru")
        if hit and hit[1]:
            return hit[0], ""
    if lang == "en" and tok.low in ("k",):
        return 1e3, ""
    return None


def parse_number(tokens: list[Token], i: int, lang: str) -> NumberMatch | None:
    tok = tokens[i]
    parts: list[tuple[float, bool]] = []
    j = i
    ending = ""
    from_words = False
    inner_qualifier: str | None = None
    if tok.kind == "num":
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        scaled_next = bool(nxt and _scale_of(nxt, lang)) and not tok.suffix
        parts.append((digits_value(tok.text, lang, scaled_next), False))
        ending = tok.suffix
        j = i + 1
        # "40 с лишним тысяч": a bound between the number and its scale word
        if lang == "ru" and j + 2 < len(tokens) and tokens[j].low in ("с", "с") and \
                tokens[j + 1].low in ("лишним", "небольшим") and _scale_of(tokens[j + 2], lang):
            inner_qualifier = "at_least"
            j += 2
        if lang == "kk" and j < len(tokens) and tokens[j].low == "жарым" and not tok.suffix:
            parts.append((0.5, False))
            j += 1
    elif tok.kind == "word" and lang == "en" and tok.low in ("a", "an", "half") and i + 1 < len(tokens):
        # "a million volunteers", "half a million trees"
        k = i + 1
        if tok.low == "half" and tokens[k].low in ("a", "an") and k + 1 < len(tokens):
            k += 1
        sc = _scale_of(tokens[k], lang)
        if not sc or sc[0] < 1e3:
            return None
        parts.append((0.5 if tok.low == "half" else 1.0, False))
        parts.append((sc[0], True))
        j = k + 1
        from_words = True
    elif tok.kind == "word":
        while j < len(tokens) and tokens[j].kind == "word":
            hit = word_number(tokens[j].low, lang)
            if hit is None:
                if lang == "kk" and tokens[j].low == "жарым" and parts:
                    parts.append((0.5, False))
                    j += 1
                    continue
                if lang == "en" and tokens[j].low == "and" and parts and j + 1 < len(tokens) \
                        and word_number(tokens[j + 1].low, lang):
                    j += 1
                    continue
                break
            if hit[1] and not parts:
                # A bare scale word: "тысячи добровольцев" means "thousands", not a figure;
                # "полмиллиона" carries its own half.
                if hit[0] in (500.0, 500000.0, 5e8, 5e11) and tokens[j].low.startswith("пол"):
                    parts.append((hit[0], True))
                    j += 1
                    ending = hit[2]
                    continue
                # "более тысячи волонтеров": after a bound the scale word alone is one thousand
                if j == i and i > 0 and QUALIFIERS_BEFORE.get(tokens[i - 1].low) in ("at_least", "at_most",
                                                                                      "approx", "almost"):
                    parts.append((hit[0], True))
                    j += 1
                    ending = hit[2]
                    break
                return None
            parts.append((hit[0], hit[1]))
            ending = hit[2]
            j += 1
            if hit[2]:  # a Kazakh case ending closes the numeral
                break
        if not parts:
            return None
        from_words = True
    else:
        return None
    scaled = any(s for _, s in parts)
    # Scale words after digits (and after word numbers that lack one): "50 тыс.", "3,5 тысячи", "мыңнан".
    if not ending and j < len(tokens):
        sc = _scale_of(tokens[j], lang)
        if sc and not (tok.kind == "num" and tok.suffix):
            parts.append((sc[0], True))
            ending = sc[1]
            scaled = True
            j += 1
            if j < len(tokens) and tokens[j].text == "." and tokens[j - 1].low in (
                "тыс", "млн", "млрд", "трлн", "mln", "bn", "тысч"
            ):
                j += 1
    value = compose(parts) if from_words or scaled else parts[0][0] + sum(v for v, _ in parts[1:])
    if not from_words and scaled:
        value = compose(parts)
    year_like = (
        tok.kind == "num" and not scaled and re.fullmatch(r"(19|20)\d{2}", tok.text) is not None
    )
    is_one = from_words and value == 1 and not scaled
    value = round(value, 6)  # "4,1 млн" is 4100000, not 4099999.9999999995
    scale = next((v for v, is_scale in reversed(parts) if is_scale), None)
    return NumberMatch(value, i, j, ending, from_words, is_one, scaled, year_like, inner_qualifier, scale)


# --- nouns ---------------------------------------------------------------------------------------------


# Endings of Kazakh finite verbs and converbs ("болса", "жетті", "өтті", "алды"): never a counted noun.
KK_VERB_ENDINGS = ("отыр", "тұр", "жатыр", "жүр", "ыр", "ір",
                   "са", "се", "ған", "ген", "қан", "кен", "ды", "ді", "ты", "ті", "ады", "еді", "йды", "йді",
                   "ып", "іп", "уда", "уде", "мақ", "мек", "ейді", "айды")
# Conjunctions and auxiliary verbs end a Kazakh noun phrase: "бір ұлттық және 20 өңірлік фронт-офис",
# "150 мыңның шамасында болатын".
KK_NOT_NOUNS = {"және", "мен", "бен", "пен", "әрі", "немесе", "не", "яғни", "ал", "болатын", "болған", "болды",
                "болады", "болып", "еді", "екен", "екенін", "екені",
                # verbs of targets: "донорлар санын 30 мыңға жеткізу" (bring the number of donors to 30,000)
                "жеткізу", "жеткізуді", "жеткізуге", "жеткізіп", "арттыру", "арттыруды", "көбейту", "тарту",
                # time words: "олардың саны бүгінде 18 мыңға жетті" (their number today)
                "бүгінде", "бүгін", "қазір", "қазіргі", "биыл", "былтыр", "әлі", "енді", "тағы"}


def _kk_stem(word: str) -> str | None:
    for stem in KK_NOUN_STEMS:
        if word.startswith(stem):
            rest = word[len(stem):]
            if rest in KK_SUFFIXES or rest in ("і", "ы", "сі", "сы"):
                return stem
    return None


def _singular_en(word: str) -> str:
    if word in UNIT_BY_NOUN:
        return word
    for suf, rep in (("ies", "y"), ("ves", "f"), ("es", "e"), ("s", "")):
        if word.endswith(suf):
            cand = word[: -len(suf)] + rep
            if cand in UNIT_BY_NOUN:
                return cand
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


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
            if t.text in ("%",):
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
            if w in EN_STOP:
                break
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
            if w.startswith("қан") and k + 1 < limit and tokens[k + 1].low.startswith(("құю", "құй")):
                return NounMatch("қан құю", "transfusions", k + 2, mods)
            if w.startswith("қан") and k + 1 < limit and tokens[k + 1].low.startswith("тапсыр"):
                return NounMatch("қан тапсыру", "donations", k + 2, mods)
            stem = _kk_stem(w)
            if stem is not None:
                if stem == "жас" and k + 1 < limit and _kk_stem(tokens[k + 1].low):
                    mods.append(w)  # "жас қатысушы": young participant
                    k += 1
                    continue
                unit = KK_STEM_UNIT.get(stem) or UNIT_BY_NOUN.get(stem)
                return NounMatch(stem, unit, k + 1, mods)
            if w in KK_NOT_NOUNS:
                break
            if w.endswith(KK_ADJ_ENDINGS) and len(w) > 5:
                mods.append(w)
                k += 1
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
        if w in UNIT_BY_NOUN and UNIT_BY_NOUN[w] in CURRENCY_UNITS:
            return NounMatch(w, UNIT_BY_NOUN[w], k + 1, mods)  # "тенге": pymorphy guesses a lemma "тенг"
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
        if first_tag.startswith(("ADJF", "PRTF")) or ("NUMR" in first_tag and "Anum" in first_tag):
            mods.append(parses[0][0])
            k += 1
            continue
        if (first_tag.startswith("NOUN") and "Abbr" not in first_tag) or (
            first_tag.startswith("NOUN") and w in ("т", "л", "кг", "тг")
        ):
            lemma = parses[0][0]
            # an animate noun the lexicon does not know ("педагогов", "пенсионеров") counts people
            unit = UNIT_BY_NOUN.get(lemma) or ("persons" if "anim" in first_tag and "Name" not in first_tag else None)
            return NounMatch(lemma, unit, k + 1, mods)
        if first_tag.startswith("NOUN") and "Abbr" in first_tag:
            lemma = parses[0][0]
            if lemma in UNIT_BY_NOUN:
                return NounMatch(lemma, UNIT_BY_NOUN[lemma], k + 1, mods)
        break
    if fallback is not None:
        return NounMatch(fallback[0], UNIT_BY_NOUN.get(fallback[0]), fallback[1], mods)
    return NounMatch(None, None, j, mods)


# --- qualifiers ----------------------------------------------------------------------------------------

_MAX_Q_WORDS = max(len(k.split()) for k in QUALIFIERS_BEFORE)


def qualifier_before(tokens: list[Token], i0: int) -> tuple[str | None, int]:
    """Qualifier phrase ending right before token i0 (gap words like "уже", "чем" allowed)."""
    k = i0
    words: list[str] = []
    idx: list[int] = []
    while k > 0 and len(words) < _MAX_Q_WORDS + 2:
        t = tokens[k - 1]
        if t.kind == "punct" and t.text == "~":
            return "approx", k - 1
        if t.kind != "word":
            break
        words.insert(0, t.low)
        idx.insert(0, k - 1)
        k -= 1
    # Try phrases that end at the last word, allowing gap words between the phrase and the number.
    end = len(words)
    while end > 0:
        for n in range(min(_MAX_Q_WORDS, end), 0, -1):
            phrase = " ".join(words[end - n: end])
            if phrase in QUALIFIERS_BEFORE:
                return QUALIFIERS_BEFORE[phrase], idx[end - n]
        if words[end - 1] in QUALIFIER_GAP_WORDS:
            end -= 1
            continue
        break
    return None, i0


def qualifier_after(tokens: list[Token], m: NumberMatch, lang: str) -> tuple[str | None, int]:
    """Qualifier after the number: Kazakh endings + астам/жуық/дейін, Russian "с лишним"."""
    j = m.i1
    nxt = tokens[j] if j < len(tokens) else None
    if lang == "kk" or m.ending:
        ending = m.ending
        if ending in KK_APPROX_SUFFIXES and not ending.endswith(("ға", "ге")):
            return "approx", j
        if nxt is not None and nxt.kind == "word":
            if ending.endswith(KK_ABLATIVE) and nxt.low in KK_AFTER_ABLATIVE:
                if j + 1 < len(tokens) and tokens[j + 1].low == "емес":  # "100-ден кем емес": not less than
                    return {"at_most": "at_least", "at_least": "at_most"}[KK_AFTER_ABLATIVE[nxt.low]], j + 2
                return KK_AFTER_ABLATIVE[nxt.low], j + 1
            if ending and ending.endswith(KK_DATIVE) and nxt.low in KK_AFTER_DATIVE:
                return KK_AFTER_DATIVE[nxt.low], j + 1
            if (not ending or ending.endswith(KK_GENITIVE)) and nxt.low in KK_AFTER_PLAIN:
                return KK_AFTER_PLAIN[nxt.low], j + 1
    if nxt is not None and nxt.kind == "word" and j + 1 < len(tokens):
        pair = f"{nxt.low} {tokens[j + 1].low}"
        if pair in QUALIFIERS_AFTER:
            return QUALIFIERS_AFTER[pair], j + 2
    if nxt is not None and nxt.kind == "word" and nxt.low in QUALIFIERS_AFTER:
        return QUALIFIERS_AFTER[nxt.low], j + 1
    return None, j


# --- periods -------------------------------------------------------------------------------------------

Y = r"((?:19|20)\d{2})"


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    kind: str  # year, range, since, month, day, ytd, last_year, as_of, annual
    period_start: dt.date | None
    period_end: dt.date | None


def _year(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def _month(y: int, m: int) -> tuple[dt.date, dt.date]:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return dt.date(y, m, 1), nxt - dt.timedelta(days=1)


def _alts(items: list[str]) -> str:
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


_W = r"(?<![\w-])"
_E = r"(?![\w-])"
_HALF_OR_QUARTER = (r"(?P<part>перв\w+|втор\w+|трет\w+|четв[её]рт\w+|first|second|third|fourth|бірінші|екінші|"
                    r"үшінші|төртінші|i{1,3}|iv)\s+(?P<unit>полугоди\w*|квартал\w*|half|quarter|жартыжылды\w*|тоқсан\w*)")
_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "firs": 1, "seco": 2, "thir": 3, "four": 4, "бірі": 1,
             "екін": 2, "үшін": 3, "төрт": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
_MONTH_COUNT_WORDS = {"три": 3, "трех": 3, "трёх": 3, "шесть": 6, "шести": 6, "девять": 9, "девяти": 9,
                      "одиннадцать": 11, "одиннадцати": 11, "десять": 10, "десяти": 10, "восемь": 8, "восьми": 8,
                      "семь": 7, "семи": 7, "пять": 5, "пяти": 5, "четыре": 4, "четырех": 4, "two": 2, "three": 3,
                      "six": 6, "nine": 9, "ten": 10, "eleven": 11, "eight": 8, "seven": 7, "five": 5, "four": 4}
ANCHOR_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Parts of a year: "за январь-октябрь 2025 года", "в первом полугодии 2025 года", "за 9 месяцев 2024 года",
    # "in the first half of 2025", "қаңтар-қазан айларында". Before plain years, which they contain.
    ("months_ru", re.compile(_W + MONTH_RE_RU + r"\s*[-–—]\s*" + MONTH_RE_RU + r"(?:\s+" + Y + r"\s*(?:года|г\.)?)?"
                             + _E, re.I)),
    ("months_kk", re.compile(_W + r"(?:" + Y + r"\s*жыл\w*\s+)?" + MONTH_RE_KK + r"\s*[-–—]\s*" + MONTH_RE_KK, re.I)),
    ("months_en", re.compile(_W + MONTH_RE_EN + r"\s*[-–—]\s*" + MONTH_RE_EN + r"(?:,?\s+" + Y + ")?" + _E, re.I)),
    ("part", re.compile(_W + r"(?:(?:in|during|за|в|во)\s+)?(?:the\s+)?" + _HALF_OR_QUARTER + r"(?:\s+(?:of\s+)?"
                        + Y + r"(?:\s*(?:года|г\.|жыл\w*))?)?" + _E, re.I)),
    ("part_kk", re.compile(_W + Y + r"\s*жыл\w*\s+" + _HALF_OR_QUARTER, re.I)),
    ("n_months", re.compile(_W + r"(?:за|в течение|in the first|over the first|the first)\s+"
                            r"(?P<n>\d{1,2}|[a-zа-яё]+)\s+(?:месяц\w*|months)"
                            r"(?:\s+(?:of\s+)?" + Y + r"(?:\s*(?:года|г\.))?)?" + _E, re.I)),
    # From a day to a day: "с 1 апреля по 20 мая", "from April 1 to April 20", "27 наурыздан 14 сәуірге дейін".
    ("days_ru", re.compile(_W + r"с\s+(\d{1,2})(?:\s+" + MONTH_RE_RU + r")?\s+(?:по|до)\s+(\d{1,2})\s+" + MONTH_RE_RU
                           + r"(?:\s+" + Y + r"\s*(?:года|г\.)?)?" + _E, re.I)),
    ("days_en", re.compile(_W + r"(?:from\s+)?" + MONTH_RE_EN + r"\s+(\d{1,2})\s*(?:to|through|until|till|-|–)\s*(?:"
                           + MONTH_RE_EN + r"\s+)?(\d{1,2})(?:,?\s+" + Y + ")?" + _E, re.I)),
    ("days_kk", re.compile(_W + r"(?:" + Y + r"\s*жылғы\s+)?(\d{1,2})\s+" + MONTH_RE_KK + r"\s+(\d{1,2})\s+"
                           + MONTH_RE_KK + r"\s+(?:дейін|аралығында)", re.I)),
    # "с начала 2024 года", "since the beginning of 2024", "2024 жылдың басынан бері": from 1 January to
    # publication (year to date when it is the publication year).
    ("since_start", re.compile(_W + r"(?:с начала|since the (?:beginning|start) of|from the (?:beginning|start) of)"
                               r"\s+" + Y + r"(?:\s*(?:года|г\.))?" + _E, re.I)),
    ("since_start", re.compile(_W + Y + r"\s*жылдың\s+басынан\s+(?:бері|бастап)" + _E, re.I)),
    ("range", re.compile(_W + r"(?:за период |в период |с |from |between )" + Y
                         + r"\s*(?:г\.|года?|жыл\w*)?\s*(?:по|до|to|and|through|until)\s+" + Y
                         + r"(?:\s*(?:год\w*|гг?\.?|жыл\w*|years?))?" + _E, re.I)),
    ("range", re.compile(_W + Y + r"\s*[-–—]\s*" + Y + r"\s*(?:год\w*|гг\.?|жыл\w*|years)" + _E, re.I)),
    ("range", re.compile(_W + Y + r"\s*(?:жылдан|ж\.)\s*" + Y + r"\s*(?:жылға|ж\.)\s*(?:дейін|шейін)" + _E,
                         re.I)),
    ("since", re.compile(_W + r"(?:с|начиная с|since)\s+" + Y + r"(?:\s*(?:года|г\.))?" + _E, re.I)),
    ("since", re.compile(_W + Y + r"\s*жылдан\s+бері" + _E, re.I)),
    ("day", re.compile(_W + r"(\d{1,2})\s+" + MONTH_RE_RU + r"(?:\s+" + Y + r"\s*(?:года|г\.)?)?" + _E, re.I)),
    ("day_kk", re.compile(_W + r"(?:" + Y + r"\s*жылдың\s+)?(\d{1,2})\s+" + MONTH_RE_KK, re.I)),
    ("day_en", re.compile(_W + MONTH_RE_EN + r"\s+(\d{1,2})(?:,?\s+" + Y + ")?" + _E, re.I)),
    ("day_en2", re.compile(_W + r"(\d{1,2})\s+" + MONTH_RE_EN + r"(?:\s+" + Y + ")?" + _E, re.I)),
    ("month", re.compile(_W + r"(?:в|во)\s+" + MONTH_RE_RU + r"(?:\s+" + Y + r"\s*(?:года|г\.)?|\s+"
                         r"(текущего|этого|прошлого|нынешнего)\s+года)?" + _E, re.I)),
    ("month_kk", re.compile(_W + r"(?:" + Y + r"\s*жылдың\s+)?" + MONTH_RE_KK + r"\s+ай\w*", re.I)),
    ("month_en", re.compile(_W + r"in\s+" + MONTH_RE_EN + r"(?:\s+" + Y + ")?" + _E, re.I)),
    ("year", re.compile(_W + r"(?:в|во|за|на|к|по итогам|итогам)?\s*" + Y
                        + r"\s*(?:-м\s+|-го\s+)?(?:году|года|год|г\.)" + _E, re.I)),
    ("year", re.compile(_W + Y + r"\s*(?:жылы|жылғы|жылда|жылдың|жылға|жыл|ж\.)" + _E, re.I)),
    ("year", re.compile(_W + r"(?:в|во|за|к)\s+" + Y + r"-м" + _E, re.I)),  # "в 2022-м"
    ("year", re.compile(_W + r"(?:in|during|for|by|of|since)\s+" + Y + _E, re.I)),
    ("year", re.compile(_W + r"(?:the|its|this)\s+" + Y + r"(?=\s+[a-z])", re.I)),  # "the 2024 floods"
    ("ytd", re.compile(_W + _alts(REL_THIS_YEAR) + _E, re.I)),
    ("last_year", re.compile(_W + _alts(REL_LAST_YEAR) + _E, re.I)),
    ("next_year", re.compile(_W + _alts(REL_NEXT_YEAR) + _E, re.I)),
    ("annual", re.compile(_W + _alts(REL_ANNUAL) + _E, re.I)),
    ("as_of", re.compile(_W + _alts(REL_NOW) + _E, re.I)),
]


# Words that put a sentence in the future: "форум пройдет 5 декабря", "will be held on Dec. 5".
_FUTURE_RE = re.compile(r"\bwill\b|\bbe held\b|пройдет|пройдёт|состоится|будет|будут|өтеді|өтпек|болады", re.I)


class _LazyFlag:
    """A yes/no computed on first use."""

    def __init__(self, compute: Callable[[], bool]) -> None:
        self._compute, self._value = compute, None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = self._compute()
        return self._value


def _day_in_past(year: int | None, explicit_year: bool, month: int | None, day: int,
                 pub: dt.date | None, future: bool | _LazyFlag = False) -> dt.date | None:
    """A day written without a year is the last such day on or before publication ("5 декабря"), or, in a
    sentence about the future, the next one within half a year ("форум пройдет 5 декабря")."""
    if not (year and month):
        return None
    d = safe_date(year, month, day)
    if d and not explicit_year and pub and d > pub and not (future and (d - pub).days <= 183):
        d = safe_date(year - 1, month, day)
    return d


def _first_literal_words(piece: str) -> list[str]:
    """The words of the literal text a regex alternative starts with ("в росси[ия]" → ["в", "росси"]): every
    match of the alternative has a word starting with each of them. Pieces must be flat (no groups)."""
    piece = re.sub(r"\(\?[!=].*\)$", "", piece)  # a closing lookahead does not change what the match holds
    if "(" in piece or "|" in piece:
        raise ValueError(f"pattern piece is not flat: {piece!r}")
    literal = re.match(r"(?:[^\\\[\](){}.*+?|^$]|\\\.)*", piece).group(0)  # up to the first regex construct
    if literal and piece[len(literal):len(literal) + 1] in ("?", "*", "{"):
        literal = literal[:-1]  # "марта?": the last letter is optional
    words = [w for w in re.split(r"[\s\-.]+", literal.replace("\\.", ".")) if w]
    if not words:
        raise ValueError(f"area pattern piece starts with no literal word: {piece!r}")
    return words


_DIGIT = re.compile(r"\d")
CURRENCY_SIGNS = {"$": "USD", "₸": "KZT", "€": "EUR", "₽": "RUB"}
CURRENCY_CODES = {"KZT", "USD", "EUR", "RUB", "CHF"}  # written before the number: "KZT 4.7bn", "CHF 500,000"
_CURRENCY_BEFORE = set(CURRENCY_SIGNS) | CURRENCY_CODES

# What a sentence must contain for each anchor pattern to match: one cheap search per need and sentence,
# instead of running every pattern over every sentence (most sentences name no month, many no year).
# Each need is a necessary condition of its patterns (a part of them, unanchored), so skipping changes nothing.
# Substring tests, not regular expressions: an alternation of month names searched over a sentence costs as
# much as the anchor pattern it would spare.
_YEAR_RE = re.compile(Y)
_NEEDS: dict[str, Callable[[str], bool]] = {
    "digit": lambda low: _DIGIT.search(low) is not None,
    "year": lambda low: _YEAR_RE.search(low) is not None,
    # Ranges name two years; each is preceded by a non-word character in the patterns, so the two are
    # separate non-overlapping matches here.
    "two_years": lambda low: len(_YEAR_RE.findall(low)) >= 2,
    "month_ru": lambda low: any(stem in low for stem in MONTH_STEMS_RU),
    "month_kk": lambda low: any(stem in low for stem in MONTH_STEMS_KK),
    "month_en": lambda low: any(stem in low for stem in MONTH_STEMS_EN),
}


def _longest_words(pieces: list[str]) -> tuple[str, ...]:
    """The longest literal word of each regex alternative: a text any of them matches contains one of these."""
    return tuple(max(_first_literal_words(piece), key=len).lower() for piece in pieces)


def _any_word_of(pieces: list[str]) -> Callable[[str], bool]:
    words = _longest_words(pieces)
    return lambda low: any(w in low for w in words)


_HALF_OR_QUARTER_UNITS = re.search(r"\(\?P<unit>([^()]*)\)", _HALF_OR_QUARTER)[1].split("|")  # type: ignore[index]
_NEEDS.update(ytd=_any_word_of(REL_THIS_YEAR), last_year=_any_word_of(REL_LAST_YEAR),
              next_year=_any_word_of(REL_NEXT_YEAR),
              annual=_any_word_of(REL_ANNUAL), as_of=_any_word_of(REL_NOW), part=_any_word_of(_HALF_OR_QUARTER_UNITS))
_ANCHOR_NEEDS: dict[str, tuple[str, ...]] = {
    "months_ru": ("month_ru",), "months_kk": ("month_kk",), "months_en": ("month_en",),
    "n_months": ("year",), "range": ("two_years",), "since_start": ("year",), "days_ru": ("digit", "month_ru"),
    "days_en": ("digit", "month_en"), "days_kk": ("digit", "month_kk"), "since": ("year",),
    "day": ("digit", "month_ru"), "day_kk": ("digit", "month_kk"), "day_en": ("digit", "month_en"),
    "day_en2": ("digit", "month_en"), "month": ("month_ru",), "month_kk": ("month_kk",),
    "month_en": ("month_en",), "year": ("year",), "ytd": ("ytd",), "last_year": ("last_year",),
    "annual": ("annual",), "as_of": ("as_of",), "next_year": ("next_year",), "part": ("part",),
    "part_kk": ("year", "part"),
}


def find_anchors(text: str, published: dt.date | None) -> list[Anchor]:
    """Every period expression in a sentence, resolved against the publication date."""
    taken = [False] * len(text)
    out: list[Anchor] = []
    pub = published
    has: dict[str, bool] = {}
    low = text.lower()  # callers pass lower-cased text; the substring tests must not depend on it
    future = _LazyFlag(lambda: _FUTURE_RE.search(low) is not None)  # only a day without a year asks
    for kind, pattern in ANCHOR_PATTERNS:
        skip = False
        for need in _ANCHOR_NEEDS.get(kind, ()):
            ok = has.get(need)
            if ok is None:
                ok = has[need] = _NEEDS[need](low)
            if not ok:
                skip = True
                break
        if skip:
            continue
        for m in pattern.finditer(text):
            if any(taken[m.start(): m.end()]):
                continue
            g = m.groups()
            start = end = None
            k = kind
            if kind == "range":
                a, b = int(g[0]), int(g[1])
                if a >= b:
                    continue
                start, end = dt.date(a, 1, 1), dt.date(b, 12, 31)
            elif kind == "since":
                if pub is None:
                    continue
                start, end, k = dt.date(int(g[0]), 1, 1), pub, "range"
            elif kind in ("days_ru", "days_en", "days_kk"):
                if kind == "days_ru":
                    d1, m1, d2, m2, yr = g[0], g[1] or g[3], g[2], g[3], g[4]
                    m1n, m2n = ru_month_number(m1), ru_month_number(m2)
                elif kind == "days_en":
                    m1, d1, m2, d2, yr = g[0], g[1], g[2] or g[0], g[3], g[4]
                    m1n, m2n = en_month_number(m1), en_month_number(m2)
                else:
                    yr, d1, m1, d2, m2 = g[0], g[1], g[2], g[3], g[4]
                    m1n, m2n = kk_month_number(m1), kk_month_number(m2)
                year = int(yr) if yr else (pub.year if pub else None)
                if not (year and m1n and m2n):
                    continue
                start, end = safe_date(year, m1n, int(d1)), safe_date(year, m2n, int(d2))
                if start is None or end is None or end < start:
                    continue
                if not yr and pub and start > pub and not future:
                    start, end = safe_date(year - 1, m1n, int(d1)), safe_date(year - 1, m2n, int(d2))
                    if start is None or end is None:
                        continue
                k = "range"
            elif kind == "since_start":
                if pub is None or int(g[0]) > pub.year:
                    continue
                start, end = dt.date(int(g[0]), 1, 1), pub
                k = "ytd" if int(g[0]) == pub.year else "range"
            elif kind == "day":
                mon = ru_month_number(g[1])
                year = int(g[2]) if g[2] else (pub.year if pub else None)
                d = _day_in_past(year, bool(g[2]), mon, int(g[0]), pub, future)
                if not d:
                    continue
                start = end = d
                k = "day"
            elif kind == "day_kk":
                mon = kk_month_number(g[2])
                year = int(g[0]) if g[0] else (pub.year if pub else None)
                d = _day_in_past(year, bool(g[0]), mon, int(g[1]), pub, future)
                if not d:
                    continue
                start = end = d
                k = "day"
            elif kind in ("day_en", "day_en2"):
                mon = en_month_number(g[0] if kind == "day_en" else g[1])
                day = int(g[1] if kind == "day_en" else g[0])
                year = int(g[2]) if g[2] else (pub.year if pub else None)
                d = _day_in_past(year, bool(g[2]), mon, day, pub, future)
                if not d:
                    continue
                start = end = d
                k = "day"
            elif kind in ("month", "month_kk", "month_en"):
                if kind == "month":
                    mon = ru_month_number(g[0])
                    year = int(g[1]) if g[1] else None
                    if year is None and pub:
                        year = pub.year - 1 if (g[2] or "").lower() == "прошлого" else pub.year
                elif kind == "month_kk":
                    mon = kk_month_number(g[1])
                    year = int(g[0]) if g[0] else (pub.year if pub else None)
                else:
                    mon = en_month_number(g[0])
                    year = int(g[1]) if g[1] else (pub.year if pub else None)
                if not (mon and year):
                    continue
                start, end = _month(year, mon)
                explicit = bool(g[1] if kind in ("month", "month_en") else g[0])
                if not explicit and pub and start > pub and not future and (kind != "month" or not g[2]):
                    start, end = _month(year - 1, mon)  # "наурыз айында" in a January article: last March
                k = "month"
            elif kind in ("months_ru", "months_kk", "months_en"):
                if kind == "months_ru":
                    m1, m2, yr = ru_month_number(g[0]), ru_month_number(g[1]), g[2]
                elif kind == "months_kk":
                    m1, m2, yr = kk_month_number(g[1]), kk_month_number(g[2]), g[0]
                else:
                    m1, m2, yr = en_month_number(g[0]), en_month_number(g[1]), g[2]
                year = int(yr) if yr else (pub.year if pub else None)
                if not (m1 and m2 and year) or m2 < m1:
                    continue
                if not yr and pub and _month(year, m1)[0] > pub and not future:
                    year -= 1  # months named without a year, all after publication: last year's
                start, end = _month(year, m1)[0], _month(year, m2)[1]
                k = "range"
            elif kind in ("part", "part_kk"):
                gd = m.groupdict()
                yr = next((x for x in g if x and re.fullmatch(r"(19|20)\d{2}", x)), None)
                year = int(yr) if yr else (pub.year if pub else None)
                nth = _ORDINALS.get(gd["part"].lower()[:4]) or _ORDINALS.get(gd["part"].lower())
                half = gd["unit"].lower().startswith(("полугод", "half", "жартыжыл"))
                if not (year and nth) or (half and nth > 2):
                    continue
                months = 6 if half else 3
                start, end = _month(year, (nth - 1) * months + 1)[0], _month(year, nth * months)[1]
                if not yr and pub and start > pub and not future:
                    start, end = _month(year - 1, (nth - 1) * months + 1)[0], _month(year - 1, nth * months)[1]
                k = "range"
            elif kind == "n_months":
                gd = m.groupdict()
                raw = gd["n"].lower()
                n = int(raw) if raw.isdigit() else _MONTH_COUNT_WORDS.get(raw)
                yr = next((x for x in g if x and re.fullmatch(r"(19|20)\d{2}", x)), None)
                if not n or not 1 <= n <= 12 or not yr:
                    continue  # "за 5 месяцев" without a year is a duration, not a period of a known year
                start, end = dt.date(int(yr), 1, 1), _month(int(yr), n)[1]
                k = "range"
            elif kind == "year":
                start, end = _year(int(g[0]))
            elif kind == "ytd":
                if pub is None:
                    continue
                start, end = dt.date(pub.year, 1, 1), pub
            elif kind == "last_year":
                if pub is None:
                    continue
                start, end = _year(pub.year - 1)
                k = "year"
            elif kind == "next_year":
                if pub is None:
                    continue
                start, end = _year(pub.year + 1)  # after publication: a plan
                k = "year"
            elif kind == "annual":
                if pub is None:
                    continue
                start, end = _year(pub.year - 1)
            elif kind == "as_of":
                if pub is None:
                    continue
                start = end = pub
            for x in range(m.start(), m.end()):
                taken[x] = True
            out.append(Anchor(m.start(), m.end(), k, start, end))
    return sorted(out, key=lambda a: a.start)


CLAUSE_SPLIT_RE = re.compile(
    r",\s+(?:то|а|ал|но|тогда как|в то время как|whereas|while|but)\s+|;\s+|\s+тогда как\s+|\bболса,\s*"
    r"|,?\s+(?:up|down)\s+from\s+|,?\s+compared\s+(?:with|to)\s+|\s+против\s+(?=\d)|,?\s+по сравнению с\s+",
    re.I,
)


def clauses(text: str) -> list[tuple[int, int]]:
    bounds = [0]
    for m in CLAUSE_SPLIT_RE.finditer(text):
        bounds.append(m.start() + (len(m.group(0)) if m.group(0).lower().startswith("болса") else 1))
    bounds.append(len(text))
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


# --- areas ----------------------------------------------------------------------------------------------

_PREFIX = 5  # letters of a place name's beginning kept as its key ("казан", Kazan, must not pass "казахстан")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _name_key(piece: str) -> str:
    """The key of one flat alternative of an area pattern: the beginning of the word that names the place.
    Every text the alternative matches has a word (run of letters) beginning with it."""
    # The first word of three letters or more is the name, not a preposition: "в росси[ия]" → "росси",
    # "восточно-казахстанск\w* обл\w*" → "восточно", "вко\b" → "вко".
    words = _first_literal_words(piece)
    name = next((w for w in words if len(w) >= 3), words[-1])
    if not _LETTER_RUN.fullmatch(name):  # clause words are runs of letters: a name must be one too
        raise ValueError(f"area pattern piece {piece!r}: {name!r} is not a run of letters")
    return name.lower()[:_PREFIX]


_CITY_EN_NAMES = {en for _, _, en, _ in CITIES}


def _area_alternatives() -> list[tuple[str, str, frozenset[str]]]:
    """(regex, area, keys of its place names) of every place the area expression knows."""
    alts: list[tuple[str, str, frozenset[str]]] = []
    for pat, name in REGION_PATTERNS:
        alts.append(("(?:" + pat + ")", name, frozenset(map(_name_key, pat.split("|")))))
    for pat, name in REGION_PATTERNS:
        # "Mangystau reported just 6,300", "Karaganda region" without the word: an English region name before a
        # verb of counting and a number
        for en_name in re.findall(r"(?:^|\|)([a-z]+) region(?=$|\|)", pat):
            if en_name in _CITY_EN_NAMES:
                continue  # "Almaty accounts for …" is the city
            alts.append((en_name + r"(?=\s+(?:accounts?\s+for|accounting\s+for|reported(?:\s+just)?|recorded|has|had)"
                         r"\s+(?:some\s+|about\s+|around\s+|over\s+|nearly\s+|more\s+than\s+)?\d)", name,
                         frozenset([_name_key(en_name)])))
        # "в Западно-Казахстанской – 1,8 тыс., в Северо-Казахстанской – 1 500": the region's adjective alone
        for stem in re.findall(r"(?:^|\|)([а-я-]+ск)\\w\* обл\\w\*", pat):
            alts.append((r"(?:в|во|по)\s+" + stem + r"(?:ой|ая|ую|ом)(?!\s+(?:обл|район|город))" + _E, name,
                         frozenset([_name_key(stem)])))
    for ru, kk, en, name in CITIES:
        alts.append((r"(?:в|во)\s+(?:г\.\s*|городе\s+)?(?:" + ru + ")" + _E, name,
                     frozenset(map(_name_key, ru.split("|")))))
        alts.append(("(?:" + kk + r")(?:да|де|та|те|нда|нде|дағы|дегі|тағы|тегі|ндағы|ндегі|тік|тық|дік|дық|лік|лық|"
                     r"\s+бойынша|"
                     r"\s+қала(?:сында|сындағы|сы(?:\s+бойынша)?))" + _E, name,
                     frozenset(map(_name_key, kk.split("|")))))
        alts.append((r"in\s+" + en + r"(?!\s+region)" + _E, name, frozenset([_name_key(en)])))
        # English names without "in": "Almaty's volunteers", "Almaty-based", "an Almaty volunteer leader",
        # "Almaty accounts for 45,000", "Shymkent for 30,000".
        alts.append((en + r"(?='s\b|-based\b|\s+(?:city|residents?|volunteers?|donors?|akimat|blood)\b|"
                     r"\s+(?:accounts?\s+for|accounting\s+for|for|has|had|recorded|registered|reported(?:\s+just)?)"
                     r"\s+(?:some\s+|about\s+|around\s+|"
                     r"over\s+|nearly\s+|more\s+than\s+)?\d)", name, frozenset([_name_key(en)])))
    for name, (nominative, genitive) in CITY_FORMS_RU.items():
        alts.append((r"(?:в|во|по)\s+(?:г\.\s*|городе\s+|городу\s+)(?:" + nominative + ")" + _E, name,
                     frozenset(map(_name_key, nominative.split("|")))))
        alts.append((r"(?:жител\w*|горожан\w*|волонтер\w*|доброволь\w*|донор\w*|движени\w*|центр\w*|акимат\w*|"
                     r"штаб\w*|организаци\w*)\s+(?:г\.\s*|города\s+)?(?:"
                     + genitive + ")" + _E, name, frozenset(map(_name_key, genitive.split("|")))))
    for pat, iso in COUNTRIES:
        alts.append(("(?:" + pat + ")" + _E, iso, frozenset(map(_name_key, pat.split("|")))))
    return alts


_AREA_ALTS = _area_alternatives()
_AREA_KEYS = frozenset().union(*(keys for _, _, keys in _AREA_ALTS))
_KEY_LENGTHS = tuple(sorted({len(k) for k in _AREA_KEYS}))
_KZ_RE = re.compile(_W + "(?:" + KZ_PATTERNS + ")", re.I)


@lru_cache(maxsize=256)
def _area_re(alternatives: tuple[int, ...]) -> re.Pattern[str]:
    """One expression with a named group per place, over some of the places in their usual order: one pass
    over the clause instead of ninety."""
    return re.compile(_W + "(?:" + "|".join(f"(?P<a{i}>{_AREA_ALTS[i][0]})" for i in alternatives) + ")", re.I)


def _keys_in(clause_text: str) -> set[str]:
    """The place-name keys some word of the clause begins with."""
    found = set()
    for w in _LETTER_RUN.findall(clause_text.lower()):
        for k in _KEY_LENGTHS:
            if w[:k] in _AREA_KEYS:
                found.add(w[:k])
    return found


@lru_cache(maxsize=4096)
def _areas_in(clause_text: str) -> tuple[tuple[int, int, str], ...]:
    # Only places whose name begins some word of the clause can match; dropping the others from the
    # alternation changes no match (a branch that cannot match anywhere never wins), and most clauses name
    # no place at all.
    keys = _keys_in(clause_text)
    if not keys:
        return ()
    candidates = tuple(i for i, (_, _, alt_keys) in enumerate(_AREA_ALTS) if not alt_keys.isdisjoint(keys))
    if not candidates:
        return ()
    return tuple((m.start(), m.end(), _AREA_ALTS[int(m.lastgroup[1:])][1])  # type: ignore[index]
                 for m in _area_re(candidates).finditer(clause_text))


# A clause about a total does not take a place from the clause before: "В Алматы 5 тыс., а всего 50 тыс.".
_TOTAL_WORDS = re.compile(r"всего|итого|в целом|общее|общий|жалпы|барлығы|барлық|total|overall|altogether", re.I)
_LIST_BREAK = re.compile(r"[,;]")
_JOINED_BY_CONJUNCTION = re.compile(r"\s*(?:и|and|және|мен|а также|as well as)\s*", re.I)


def find_area(clause_text: str, pos: int, end: int | None = None) -> str:
    """Area nearest to the figure inside its clause; Kazakhstan when none is named. A place joined to the
    number only by "и/and/және" belongs to the thing before it: "национальный фронт-офис в Астане и 20
    региональных"."""
    best: tuple[int, str] | None = None
    for start, stop, name in _areas_in(clause_text):
        if stop <= pos and _JOINED_BY_CONJUNCTION.fullmatch(clause_text, stop, pos):
            continue
        if end is not None and start >= end and _LIST_BREAK.search(clause_text, end, start):
            continue  # "в Алматы – 45 тыс., в Шымкенте – 30 тыс.": after a comma the next item begins
        dist = min(abs(start - pos), abs(stop - pos))
        if best is None or dist < best[0]:
            best = (dist, name)
    return best[1] if best else "KZ"


def has_country_scope(clause_text: str) -> bool:
    return bool(_KZ_RE.search(clause_text))


# --- exclusion rules ------------------------------------------------------------------------------------

_MONTH_WORD_RE = re.compile(
    "^(?:" + MONTH_RE_RU + "|" + MONTH_RE_KK + "|" + MONTH_RE_EN + r")$", re.I
)


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


def _inside_markup(text: str, pos: int) -> bool:
    """Inside an HTML tag or a script/style element pasted with the article: "<img width=300>"."""
    lt, gt = text.rfind("<", 0, pos), text.rfind(">", 0, pos)
    if lt > gt and re.match(r"</?[a-zA-Z!]", text[lt:lt + 2]):
        return True
    opened = max(text.lower().rfind("<script", 0, pos), text.lower().rfind("<style", 0, pos))
    return opened != -1 and text.lower().rfind("</", opened, pos) == -1


def is_not_a_count(tokens: list[Token], m: NumberMatch, text: str, lang: str) -> str | None:
    """Why this number is not a figure (year, date, ordinal, ...), or None when it is one."""
    first = tokens[m.i0]
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    prev = tokens[m.i0 - 1] if m.i0 > 0 else None
    if first.kind == "num" and first.suffix and ORDINAL_SUFFIX_RE.match(first.suffix):
        return "ordinal"
    if first.kind == "num" and first.suffix and re.match(r"(лет|жыл|жас|year|hour|day|week|month|minute|час|"
                                                         r"дн|недел|месяч|минут|сағат|күн|апта)", first.suffix):
        return "anniversary_age_or_duration"  # "к 80-летию", "12-летний", "30-жылдығы", "a 12-hour telethon"
    if lang == "ru" and prev is not None and prev.kind == "word" and AGE_OR_DURATION_RE.match(prev.low) and \
            not m.scaled and (nxt is None or nxt.kind != "word" or nxt.low in ("в", "на", "назад", "спустя")):
        return "duration"  # "часов 20 в неделю", "лет 5 назад": about 20 hours
    if first.kind == "word" and re.search(r"(інші|ыншы|нші|ншы)$", first.low):
        return "ordinal"
    if nxt is not None and nxt.start == first.end and nxt.low in ("st", "nd", "rd", "th", "й", "го", "ші", "шы"):
        return "ordinal"  # "25th", "3й"
    if nxt is not None and nxt.kind == "word" and _MONTH_WORD_RE.match(nxt.low):
        return "date"
    if prev is not None and prev.kind == "word" and lang == "en" and _MONTH_WORD_RE.match(prev.low):
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
    if not m.scaled and prev is not None and prev.low in ("жасы", "возраст", "возрасте", "age"):
        return "age"  # "жасы 18-ден асқан"
    if not m.scaled and m.i1 + 1 < len(tokens) and nxt is not None and nxt.kind == "word" and \
            nxt.text[:1].isupper() and tokens[m.i1 + 1].low in ("avenue", "street", "st", "ave", "road", "көшесі",
                                                                 "даңғылы", "улица", "проспект"):
        return "address"  # "85 Abai Avenue"
    if not m.scaled and first.kind == "num" and _after_address_word(tokens, m.i0):
        return "address"  # "ул. Утепова, 1", "здание 25", "Төле би көшесі, 37"
    if not m.scaled and nxt is not None and nxt.kind == "word" and ADDRESS_AFTER_RE.match(nxt.low):
        return "address"  # "14 микрорайон", "37 мекенжайында"
    if not m.scaled and nxt is not None and nxt.kind == "word" and GRADE_RE.match(nxt.low) and m.value <= 11 and \
            prev is not None and (prev.text in "-–—" or prev.low in ("по", "до", "to") or prev.low.startswith(
                ("школьник", "учащи", "ученик", "оқушы", "student", "pupil"))):
        return "grade"  # "школьники 5-11 классов": the 11
    if prev is not None and prev.kind in ("time", "date"):
        return "counter"  # "19.08.2022 14:17 1036": a view counter after a timestamp
    if prev is not None and prev.low in LABEL_BEFORE:
        return "label"
    if first.kind == "num" and first.start > 1 and text[first.start - 1] in "-‐(" and \
            text[first.start - 2].isalpha():
        return "name"  # COVID-19, Су-27, alert(1)
    if _inside_markup(text, first.start):
        return "markup"
    if m.year_like:
        if nxt is None or nxt.kind != "word" or YEAR_WORDS_RE.match(nxt.low):
            return "year"
        noun = find_noun(tokens, m.i1, lang)
        if noun.noun is None or noun.np_end != m.i1 + 1 or noun.unit is None or YEAR_WORDS_RE.match(noun.noun):
            return "year"  # "2000 обращений" is a count; "2024 floods", "2025 Forum" are years
    if nxt is not None and nxt.kind == "word" and AGE_OR_DURATION_RE.match(nxt.low) and not m.scaled:
        if not (lang == "kk" and nxt.low == "жас" and m.i1 + 1 < len(tokens)
                and _kk_stem(tokens[m.i1 + 1].low)):
            return "age_or_duration"
    if _in_short_quote(text, first.start, tokens[m.i1 - 1].end):
        return "name"
    if not m.scaled and first.kind == "num" and m.i1 + 2 < len(tokens) and \
            tokens[m.i1].low in ("до", "по", "-", "–", "—", "to", "and", "и", "мен", "пен", "бен", "және") and \
            tokens[m.i1 + 1].kind == "num":
        after = tokens[m.i1 + 2]
        if after.kind == "word" and (AGE_OR_DURATION_RE.match(after.low) or _MONTH_WORD_RE.match(after.low)
                                     or GRADE_RE.match(after.low)):
            return "range_of_ages_or_dates"  # "от 14 до 29 лет", "с 1 по 10 декабря", "5-11 классов"
    if not m.scaled and first.kind == "num" and m.value < 120 and prev is not None and \
            prev.low in ("to", "-", "–", "—", "and", "до") and m.i0 >= 3 and tokens[m.i0 - 2].kind == "num" and \
            tokens[m.i0 - 3].low in ("aged", "ages", "age", "возрасте", "жастағы"):
        return "age"  # "aged 18 to 35": the upper age
    if lang == "en" and prev is not None and prev.low in ("under", "aged", "over", "above") and not m.scaled \
            and m.value < 120 and (nxt is None or nxt.kind != "word" or nxt.low in EN_STOP):
        return "age"  # "young people under 35"
    if m.is_one:
        # "один"/"бір"/"one" is a figure only when coordinated with another number:
        # "один национальный и 20 региональных фронт-офисов".
        conj = ("и", "және", "and", "мен", "а")
        forward = any(t.low in conj for t in tokens[m.i1: m.i1 + 6]) and any(
            t.kind == "num" for t in tokens[m.i1: m.i1 + 8])
        backward = m.i0 > 0 and tokens[m.i0 - 1].low in conj and any(
            t.kind == "num" for t in tokens[max(0, m.i0 - 6): m.i0])
        if not (forward or backward):
            return "one"
        if nxt is not None and nxt.low in ("из", "of", "из-за"):
            return "one"
    return None


def _after_address_word(tokens: list[Token], i0: int) -> bool:
    """Is the number at i0 a house number: an address word before it, with at most a street name (capitalized
    words) and punctuation between ("ул. Утепова, 1", "Абай даңғылы, 52", "здание 25")?"""
    for k in range(i0 - 1, max(-1, i0 - 6), -1):
        t = tokens[k]
        if t.kind == "word" and t.low in ADDRESS_BEFORE:
            return True
        if t.kind == "punct" and t.text in ".,":
            continue
        if t.kind == "word" and (t.text[:1].isupper() or t.low in ("би", "батыр")):
            continue
        return False
    return False


# --- the extractor ----------------------------------------------------------------------------------------


@dataclass
class Article:
    text: str
    published: dt.date | None
    lang: str | None = None


def _is_multiplier(tokens: list[Token], m: NumberMatch) -> tuple[bool, int, int]:
    """("в четыре раза", "үш есе", "3 times", "threefold") → (True, first token, after last token)."""
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    prev = tokens[m.i0 - 1] if m.i0 > 0 else None
    if nxt is not None and nxt.low in TIMES_WORDS:
        first = m.i0 - 1 if prev is not None and prev.low in ("в", "во") else m.i0
        return True, first, m.i1 + 1
    tok = tokens[m.i0]
    if tok.kind == "num" and tok.suffix == "fold":
        return True, m.i0, m.i1
    return False, m.i0, m.i1


COUNT_WORDS = {"количество", "число", "численность", "саны", "number", "count"}
GENERIC_PERSONS = {"человек", "адам", "people", "person", "individual"}
PRONOUNS = {"их", "они", "олар", "олардың", "they", "them", "their"}
# Words that point back to the thing counted in the sentence before ("this figure", "бұл көрсеткіш").
POINTERS = PRONOUNS | {"көрсеткіш", "көрсеткіші", "показатель", "показателя", "цифра", "figure", "олардың"}
GENERIC_PERSONS = {"человек", "адам", "people", "person"}


KK_COUNT_WORDS = {"саны", "санын", "санына", "санының", "қатары", "қатарын", "қатарына"}


def _count_of(tokens: list[Token], lo: int, hi: int, lang: str) -> NounMatch | None:
    """The X of "количество/число/саны/number of X" between token lo and hi."""
    for i in range(lo, hi):
        if tokens[i].low in KK_COUNT_WORDS and i > 0:
            stem = _kk_stem(tokens[i - 1].low)  # "еріктілер саны/қатары": the number (ranks) of volunteers
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


def _genitive_before(tokens: list[Token], i0: int, lang: str) -> NounMatch | None:
    """"волонтеров было 40 тыс.": a counted noun (genitive plural) just before the number; in Kazakh the
    counted noun with a possessive ending ("облысының волонтерлері 7 мыңнан асады")."""
    if lang == "kk":
        k = i0 - 1
        while k >= 0 and tokens[k].kind == "punct" and tokens[k].text in "–—-:":
            k -= 1
        stem = _kk_stem(tokens[k].low) if k >= 0 and tokens[k].kind == "word" else None
        unit = (KK_STEM_UNIT.get(stem) or UNIT_BY_NOUN.get(stem)) if stem else None
        return NounMatch(stem, unit, i0, []) if unit == "persons" else None
    if lang != "ru":
        return None
    for k in range(i0 - 1, max(-1, i0 - 7), -1):
        t = tokens[k]
        if t.kind == "punct" and t.text in "–—-:.":
            continue  # "волонтеров – 320 тыс.", "организаций: 1 100"
        if t.kind != "word":
            return None
        place_word = t.text[:1].isupper() and k > 0 and tokens[k - 1].low in ("в", "во", "на", "г", ".")
        if t.low in ("в", "во", "на", "г", "области", "районе", "городе") or place_word:
            continue  # a place between the noun and its number: "волонтеров в Алматы – 45 тыс."
        parses = parse_ru(t.low)
        if not parses:
            return None
        lemma, tag, _ = parses[0]
        if tag.startswith("NOUN") and "gent" in tag and "plur" in tag and lemma in UNIT_BY_NOUN:
            mods = [p[0][0] for p in (parse_ru(tokens[k - 1].low),) if k > 0 and tokens[k - 1].kind == "word"
                    and p and p[0][1].startswith(("ADJF", "PRTF"))]
            return NounMatch(lemma, UNIT_BY_NOUN[lemma], k + 1, mods)
        if not (tag.startswith(("VERB", "ADVB", "PRCL")) or lemma in ("быть", "стать", "уже")):
            return None
    return None


def _previous_sentence_noun(prev: Sentence | None, lang: str) -> NounMatch | None:
    """Antecedent of "их"/"они" in the sentence before: the noun after "количество/число", else None."""
    if prev is None:
        return None
    toks = tokenize(normalize(prev.text))
    return _count_of(toks, 0, len(toks), lang)


def extract_sentence(sent: Sentence, index: int, published: dt.date | None, lang: str,
                     prev_sentence: Sentence | None, article_flags: dict[str, Any],
                     anchors: list[Anchor] | None = None, prev_figures: list[Figure] | None = None) -> list[Figure]:
    text = normalize(sent.text)
    low = text.lower()
    tokens = tokenize(text)
    if anchors is None:
        anchors = find_anchors(low, published)
    clause_bounds = clauses(low)
    figures: list[Figure] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind not in ("num", "word"):
            i += 1
            continue
        share = _share_of(tokens, i)
        if share is not None:
            # "one in five donors", "каждый пятый донор", "әрбір бесінші донор": a share, in percent
            denominator, after = share
            q_word, q_at = qualifier_before(tokens, i)
            figures.append(_make(sent, index, text, tokens, q_at if q_word else i, after,
                                 round(100 / denominator, 2), q_word or "exact", "percent", None, lang))
            figures[-1].num_start, figures[-1].num_end = tok.start, tokens[after - 1].end
            i = after
            continue
        if tok.kind == "word" and tok.low in MULTIPLIER_WORDS and (lang == "en" or tok.low in RU_MULTIPLIER_WORDS):
            q_word, q_at = qualifier_before(tokens, i)
            figures.append(_make(sent, index, text, tokens, q_at if q_word else i, i + 1,
                                 MULTIPLIER_WORDS[tok.low], q_word or "exact", "ratio", None, lang))
            figures[-1].meta["ratio"] = True
            figures[-1].meta["ratio_of"] = _ratio_subject(tokens, i + 1, lang) or _genitive_subject(tokens, i, lang)
            i += 1
            continue
        m = parse_number(tokens, i, lang)
        if m is None:
            i += 1
            continue
        if not m.scaled and m.i1 + 2 < len(tokens) and tokens[m.i1].low == "с" and \
                tokens[m.i1 + 1].low == "половиной":
            scale = word_number(tokens[m.i1 + 2].low, "ru")
            if scale is not None and scale[1]:
                # "семь с половиной тысяч": 7,500
                m.value, m.scaled, m.scale, m.i1 = (m.value + 0.5) * scale[0], True, scale[0], m.i1 + 3
        if m.scaled and m.scale and m.i1 < len(tokens) and tokens[m.i1].kind == "num" and \
                tokens[m.i1].text.isdigit() and not tokens[m.i1].suffix.startswith(("ы", "і", "и")) and \
                int(tokens[m.i1].text) < min(1000, m.scale) and m.value == int(m.value):
            # "14 мың 300 донор", "14 тысяч 300": the thousands in a word, the rest in digits
            m.value += int(tokens[m.i1].text)
            m.i1 += 1
        if lang == "ru" and not m.scaled and m.value < 1000 and i > 0 and tokens[i - 1].kind == "word" and \
                (i < 2 or tokens[i - 2].kind != "num"):
            scale = word_number(tokens[i - 1].low, "ru")
            if scale is not None and scale[1]:
                # "прибавляется тысяч пять": a scale before the number, the inverted order means "about"
                m.value, m.scaled, m.scale, m.i0 = m.value * scale[0], True, scale[0], i - 1
                m.inner_qualifier = "approx"
        why_not = is_not_a_count(tokens, m, text, lang)
        if why_not:
            i = m.i1
            continue
        mult, first_i, after_i = _is_multiplier(tokens, m)
        # "more than $10 million": the qualifier stands before the currency sign
        sign = first_i > 0 and tokens[first_i - 1].text in _CURRENCY_BEFORE
        q_before, q_i = qualifier_before(tokens, first_i - 1 if sign else first_i)
        q_after, after_q = qualifier_after(tokens, m, lang)
        qualifier = q_after or m.inner_qualifier or q_before or "exact"
        if q_before == "at_most" and tokens[q_i].low in ("до", "to") and (
                _from_to(tokens, q_i) or any(CHANGE_VERB_RE.match(t.low) for t in tokens[max(0, q_i - 8): q_i])):
            qualifier = "exact"  # "с 50 до 300 тыс.", "довести до 500 тысяч": the end of a change, not a bound
        span_first = q_i if q_before else first_i
        if mult:
            if after_i < len(tokens) and tokens[after_i - 1].low.endswith(KK_ABLATIVE) and \
                    tokens[after_i].low in KK_AFTER_ABLATIVE:
                qualifier = KK_AFTER_ABLATIVE[tokens[after_i].low]  # "үш еседен астам": more than threefold
                after_i += 1
            fig = _make(sent, index, text, tokens, span_first, after_i, m.value, qualifier, "ratio", None, lang)
            fig.meta["ratio"] = True
            # the thing that grew: "увеличилось и количество организаций"
            fig.meta["ratio_of"] = (_ratio_subject(tokens, after_i, lang) or _genitive_subject(tokens, first_i, lang)
                                    or _pronoun_subject(tokens, after_i, prev_sentence, lang))
            figures.append(fig)
            i = after_i
            continue
        noun_start = after_q if q_after else m.i1
        nm = find_noun(tokens, noun_start, lang)
        if nm.noun in GENERIC_PERSONS:
            # "число волонтеров превысило 300 тысяч человек": the subject says who the people are
            subject = _count_of(tokens, 0, m.i0, lang)
            if subject is not None and subject.unit == "persons" and subject.noun not in GENERIC_PERSONS:
                nm = NounMatch(subject.noun, subject.unit, nm.np_end, subject.modifiers + nm.modifiers)
        if lang == "kk" and nm.noun and not q_after and nm.np_end < len(tokens):
            # "3 мың тоннадан астам қоқыс": the ending and the bound can follow the measure word too
            head, nxt_word = tokens[nm.np_end - 1].low, tokens[nm.np_end].low
            if head.endswith(KK_ABLATIVE) and nxt_word in KK_AFTER_ABLATIVE:
                qualifier = KK_AFTER_ABLATIVE[nxt_word]
                negated = nm.np_end + 1 < len(tokens) and tokens[nm.np_end + 1].low == "емес"
                if negated:  # "50 келіден кем емес": not less than 50 kg
                    qualifier = {"at_most": "at_least", "at_least": "at_most"}[qualifier]
                nm = NounMatch(nm.noun, nm.unit, nm.np_end + 1 + negated, nm.modifiers)
            elif head.endswith(KK_DATIVE) and nxt_word in KK_AFTER_DATIVE:
                qualifier = KK_AFTER_DATIVE[nxt_word]
                nm = NounMatch(nm.noun, nm.unit, nm.np_end + 1, nm.modifiers)
        unit = nm.unit
        if sign:
            unit = CURRENCY_SIGNS.get(tokens[first_i - 1].text) or tokens[first_i - 1].text
            span_first = min(span_first, first_i - 1)
        end_i = nm.np_end if nm.noun else (after_q if q_after else m.i1)
        fig = _make(sent, index, text, tokens, span_first, end_i, m.value, qualifier, unit or "items",
                    nm.noun, lang)
        fig.num_start, fig.num_end = tokens[m.i0].start, tokens[m.i1 - 1].end
        fig.elided = nm.noun is None and not sign  # "$20,000" names its unit
        fig.np_text = " ".join(nm.modifiers + ([nm.noun] if nm.noun else []))
        fig.meta["one"] = m.is_one
        fig.meta["tok_i0"] = m.i0
        fig.meta["scale"] = m.scale
        # the genitive complement after a measure: "240 тонн мусора", "18 литров крови"
        if nm.noun and nm.np_end < len(tokens) and tokens[nm.np_end].kind == "word":
            fig.np_text += " " + tokens[nm.np_end].low
        figures.append(fig)
        i = max(end_i, m.i1)

    _resolve_elided(figures, tokens, prev_sentence, lang, prev_figures)
    _share_scale(figures, low)
    owners = _anchor_owners(figures, anchors, low)
    for n, fig in enumerate(figures):
        rel = fig.num_start or (fig.start - sent.start)
        c0, c1 = next(((a, b) for a, b in clause_bounds if a <= rel < b), (0, len(low)))
        clause_text = low[c0:c1]
        seg0 = figures[n - 1].num_end if n > 0 else c0
        seg1 = figures[n + 1].num_start if n + 1 < len(figures) else c1
        segment = low[max(c0, seg0): min(c1, seg1) if seg1 > rel else c1]
        # The figure's own stretch of the clause first: "всего в стране 12 центров, из них 3 – в Алматы".
        seg_start = max(c0, seg0)
        fig_end = fig.num_end or rel
        fig.area = find_area(segment, rel - seg_start, fig_end - seg_start)
        if fig.area == "KZ" and not has_country_scope(segment):
            # The rest of the clause up to the next figure: a place after a later figure set off by a comma is
            # that figure's ("6,500 volunteers helped, and up to 1,200 of them worked in the Atyrau region").
            # When the two are simply coordinated ("300 волонтеров и 200 доноров работают в Алматы"), the place
            # is both's.
            split = n + 1 < len(figures) and seg1 > rel and "," in low[fig.num_end or rel: seg1]
            fig.area = find_area(low[c0: seg1 if split else c1], rel - c0, fig_end - c0)
        scoped = has_country_scope(clause_text) or fig.area != "KZ"
        if not scoped and c0 > 0 and not _TOTAL_WORDS.search(clause_text):
            # A place (or the whole country) named in an earlier clause of the sentence: "В Шымкенте марафон
            # объединил 60 тысяч участников, а сумма собранных средств составила полтора миллиарда тенге".
            fig.area = find_area(low[:c0], c0)
            scoped = fig.area != "KZ" or has_country_scope(low[:c0])
        if fig.area == "KZ" and article_flags.get("area") and not scoped:
            fig.area = article_flags["area"]  # a regional article: "в регионе", "волонтеры области"
        in_clause = [a for a in anchors if c0 <= a.start < c1]
        # Not a period that a later figure owns across a comma: "38 тысяч волонтеров, и каждый год прибавляется
        # тысяч пять" (but "100 волонтеров и 50 доноров в 2023 году" is both's).
        shared = [a for a in in_clause if not (a.start > rel and owners.get(id(a)) is not fig
                                               and "," in low[fig.num_end or rel: a.start])]
        own = [a for a in in_clause if owners.get(id(a)) is fig] or shared
        if fig.unit in ("ratio", "percent"):
            # "по сравнению с 2023 годом выросло на 12%", "three times as many as in 2017": the year compared
            # with is not the period of the change
            own = [a for a in own if not _COMPARISON_BASE.search(low, max(0, a.start - 30), a.start)]
        anchor = min(own, key=lambda a: min(abs(a.start - rel), abs(a.end - rel))) if own else None
        fig.meta["anchor"] = anchor
        fig.meta["planned"] = bool(PLANNED_RE.search(clause_text)) or bool(
            anchor and anchor.period_start and published and anchor.period_start > published)
        fig.metric = classify.classify(
            fig,
            segment=segment,
            clause=clause_text,
            sentence=low,
            country_scope=scoped,
            period_kind=anchor.kind if anchor else None,
            article_flags=article_flags,
        )
        first = fig.meta.get("range_of")
        if fig.metric is None and first is not None and first.metric and first.unit == fig.unit:
            fig.metric = first.metric  # the end of a range counts what its start counts
        subset = n > 0 and _SUBSET_RE.search(low, figures[n - 1].num_end or 0, rel) is not None
        if subset and fig.metric and fig.metric == figures[n - 1].metric and fig.area == figures[n - 1].area:
            # "14,7 тыс. пациентов, в том числе почти 2 тысячи детей": a part of the figure before it, which
            # must not sit in the same series as its total (a part in another area or metric keeps its metric).
            fig.metric = None
            fig.meta["part_of_previous"] = True
        if fig.unit == "ratio":
            subject = fig.meta.get("ratio_of")
            if subject:
                probe = replace(fig, noun=subject[0], unit=subject[1] or "items", np_text=subject[0])
                fig.metric = classify.classify(probe, segment=segment, clause=clause_text, sentence=low,
                                               country_scope=True, period_kind=None,
                                               article_flags=article_flags)
                fig.noun = subject[0]
        if anchor:
            fig.period_start, fig.period_end, fig.period_kind = anchor.period_start, anchor.period_end, anchor.kind
            fig.period_basis = "explicit"
    return figures


_ORDINAL_DENOMINATORS = {
    "втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9, "десят": 10,
    "екінші": 2, "үшінші": 3, "төртінші": 4, "бесінші": 5, "алтыншы": 6, "жетінші": 7, "сегізінші": 8,
    "тоғызыншы": 9, "оныншы": 10,
}


def _share_of(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(N, index after) for "one in N" (en), "каждый N-й" (ru) or "әр/әрбір N-ші" (kk) starting at token i."""
    t = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None:
        return None
    if t.low == "one" and nxt.low == "in" and i + 2 < len(tokens):
        n = tokens[i + 2]
        value = int(n.text) if n.kind == "num" and n.text.isdigit() else word_number(n.low, "en")
        value = value[0] if isinstance(value, tuple) else value
        if value and 2 <= value <= 100 and (i + 3 >= len(tokens) or tokens[i + 3].low not in ("million", "thousand")):
            return int(value), i + 3
        return None
    if t.low in ("каждый", "каждая", "каждое", "каждого", "каждую", "әр", "әрбір") and nxt.kind == "word":
        stem = next((k for k in _ORDINAL_DENOMINATORS if nxt.low.startswith(k)), None)
        if stem is not None and (len(nxt.low) - len(stem) <= 3 or nxt.low == stem):
            return _ORDINAL_DENOMINATORS[stem], i + 2
    return None


_SUBSET_RE = re.compile(r"в том числе|из них|из которых|из числа|\bincluding\b|\bof them\b|\bof whom\b|"
                        r"\bof which\b|оның ішінде|олардың ішінде|соның ішінде", re.I)
_RANGE_GAP = re.compile(r"^\s*(?:до|to|[-–—]|и|and|мен)\s*$", re.I)


def _share_scale(figures: list[Figure], low: str) -> None:
    """"с 50 до 300 тысяч", "from 50 to 300 thousand", "от 40 до 60 литров", "20–25 процентов": the first
    number of a range takes the scale and the counted noun of the second (a noun it borrowed from elsewhere in
    the sentence gives way)."""
    for a, b in itertools.pairwise(figures):
        if a.unit == "ratio" or b.unit == "ratio" or not _RANGE_GAP.match(low[a.num_end: b.num_start]):
            continue
        borrowed = a.unit == "items" or a.meta.get("antecedent") is not None
        scale = b.meta.get("scale")
        if a.meta.get("scale") is None and scale and a.unit != "percent" and a.value < 1000 and \
                (borrowed or a.unit == b.unit):
            a.value *= scale
            a.meta["scale"] = scale
        if borrowed and b.noun is not None:
            a.noun, a.unit, a.np_text = b.noun, b.unit, b.np_text
            a.meta["antecedent"] = "range"
        if a.qualifier == "approx" and b.qualifier == "exact":
            b.qualifier = "approx"  # "some 5,000-7,000 people": the qualifier is the range's
        b.meta["range_of"] = a


def _anchor_owners(figures: list[Figure], anchors: list[Anchor], low: str) -> dict[int, Figure]:
    """Which figure a period expression belongs to when it stands between two figures: "в 2021 году 120 тыс.,
    в 2022-м — 180 тыс." (after a comma: the next figure) versus "50,000 in 2020 and 300,000 today"
    (right after a figure: that figure)."""
    owners: dict[int, Figure] = {}
    if not figures:
        return owners
    for a in anchors:
        before = [f for f in figures if f.num_end <= a.start]
        after = [f for f in figures if f.num_start >= a.end]
        if not before:
            owners[id(a)] = after[0]
        elif not after:
            owners[id(a)] = before[-1]
        else:
            gap = low[before[-1].num_end: a.start]
            owners[id(a)] = after[0] if re.search(r"[,;—–]|\s-\s", gap) else before[-1]
    return owners


CHANGE_VERB_RE = re.compile(r"^(довес|довод|увелич|вырос|выраст|возрос|сократ|снизи|снижен|повыс|расшир|достич|"
                            r"дойт|подня|increas|grow|grew|rose|rise|risen|fell|drop|reduc|expand)")
PLANNED_RE = re.compile(r"планир|\bплан\w*|целев|\bцель\b|предполага|ожида|прогноз|намечен|будет|будут|"
                        r"жоспар|көзде|болжа|\bplan(?!t)|target|\bwill\b|expected|\baims?\b|\bgoal", re.I)


def _from_to(tokens: list[Token], to_index: int) -> bool:
    """Is there "с/от/from N" shortly before this "до/to"?"""
    for k in range(max(0, to_index - 6), to_index):
        if tokens[k].low in ("с", "со", "от", "from") and k + 1 < len(tokens) and tokens[k + 1].kind == "num":
            return True
    return False


def _ratio_subject(tokens: list[Token], after: int, lang: str) -> tuple[str, str | None] | None:
    """What grew: "количество X" after the multiplier, else before it, in the same sentence."""
    nm = _count_of(tokens, after, min(len(tokens), after + 8), lang) or _count_of(tokens, 0, after, lang)
    return (nm.noun, nm.unit) if nm and nm.noun else None


def _take(fig: Figure, nm: NounMatch | Figure, how: Any) -> None:
    if isinstance(nm, Figure):
        fig.noun, fig.unit = nm.noun, nm.unit
        fig.np_text = " ".join(x for x in (fig.np_text, nm.np_text) if x)
    else:
        fig.noun, fig.unit = nm.noun, nm.unit or "items"
        fig.np_text = " ".join(x for x in [fig.np_text, *nm.modifiers, nm.noun or ""] if x)
    fig.meta["antecedent"] = how


def _genitive_subject(tokens: list[Token], i0: int, lang: str) -> tuple[str, str | None] | None:
    """"Волонтеров стало вдвое больше": the counted noun in the genitive before the multiplier."""
    nm = _genitive_before(tokens, i0, lang)
    return (nm.noun, nm.unit) if nm and nm.noun else None


def _pronoun_subject(tokens: list[Token], after: int, prev_sentence: Sentence | None,
                     lang: str) -> tuple[str, str | None] | None:
    """"их число увеличилось в два раза": the pronoun points at the last figure of the sentence before."""
    if not any(t.low in ("их", "олардың", "their", "its") for t in tokens):
        return None
    if prev_sentence is None:
        return None
    toks = tokenize(normalize(prev_sentence.text))
    last = None
    i = 0
    while i < len(toks):
        m = parse_number(toks, i, lang)
        if m is None:
            i += 1
            continue
        nm = find_noun(toks, m.i1, lang)
        if nm.noun:
            last = (nm.noun, nm.unit)
        i = max(m.i1, i + 1)
    return last


def _resolve_elided(figures: list[Figure], tokens: list[Token], prev_sentence: Sentence | None, lang: str,
                    prev_figures: list[Figure] | None = None) -> None:
    """Give elided figures a noun, in this order: coordination ("один национальный и 20 региональных
    фронт-офисов", "20 региональных фронт-офисов и один национальный"); "число/количество X" earlier in the
    sentence; a genitive noun just before the number ("волонтеров было 40 тыс."); the previous figure of the
    sentence ("50 тыс. волонтеров, то сегодня их 300 тыс."); "количество X" in the sentence before."""
    for n, fig in enumerate(figures):
        if not fig.elided or fig.unit == "ratio":
            continue
        i0 = fig.meta.get("tok_i0", 0)
        if fig.meta.get("one"):
            if n + 1 < len(figures) and figures[n + 1].noun and figures[n + 1].meta.get("tok_i0", 0) - i0 <= 6:
                _take(fig, figures[n + 1], "next")
                fig.np_text = fig.np_text.replace(figures[n + 1].np_text, "").strip() or fig.np_text
                continue
            if n > 0 and figures[n - 1].noun:
                base = figures[n - 1].np_text
                _take(fig, figures[n - 1], figures[n - 1])
                fig.np_text = fig.np_text.replace(base, "").strip() + " " + (figures[n - 1].noun or "")
                continue
        lo = figures[n - 1].meta.get("tok_i0", 0) + 1 if n > 0 else 0
        count = _count_of(tokens, lo, i0, lang)
        if count is not None:
            _take(fig, count, "count_of")
            fig.meta["count_of"] = True
            continue
        gen = _genitive_before(tokens, i0, lang)
        if gen is not None:
            _take(fig, gen, "genitive")
            continue
        prev = next((f for f in reversed(figures[:n]) if f.noun and f.unit not in ("ratio", "percent")), None)
        if prev is not None:
            _take(fig, prev, prev)
            continue
        count = _count_of(tokens, 0, lo, lang)  # "The number of donors rose by 15% … to 190,000"
        if count is not None:
            _take(fig, count, "count_of")
            fig.meta["count_of"] = True
            continue
        # Only a pronoun ("их", "олар", "they") or a bare number closing the sentence points back across
        # a sentence boundary; otherwise the noun is unknown and the figure stays without one.
        before = {t.low for t in tokens[max(0, i0 - 3): i0]}
        after_tokens = [t for t in tokens[i0 + 1:] if t.kind != "punct"]
        points_back = bool(before & PRONOUNS) or len(after_tokens) <= 2
        count = _previous_sentence_noun(prev_sentence, lang) if points_back else None
        if count is not None:
            _take(fig, count, "previous_sentence")
            continue
        # "Бұл көрсеткіш 118 мың", "Олардың 480-і …", "the figure stands at over 430,000": the thing counted by
        # the last figure of the sentence before.
        pointer = {t.low for t in tokens[max(0, i0 - 5): i0]}
        if prev_figures and pointer & POINTERS:
            last = next((f for f in reversed(prev_figures) if f.noun and f.unit not in ("ratio", "percent")), None)
            if last is not None:
                _take(fig, last, last)
    # "…120 тысяч добровольцев, то сегодня их число превысило 360 тыс. человек": a generic "people" counted
    # by "их число" is the earlier figure's noun.
    for n, fig in enumerate(figures):
        if n == 0 or fig.noun not in GENERIC_PERSONS:
            continue
        i0 = fig.meta.get("tok_i0", 0)
        before = {t.low for t in tokens[max(0, i0 - 5): i0]}
        prev = figures[n - 1]
        if before & PRONOUNS and before & (COUNT_WORDS | {"саны"}) and prev.noun and prev.unit == fig.unit:
            _take(fig, prev, prev)


def _make(sent: Sentence, index: int, text: str, tokens: list[Token], i0: int, i1: int, value: float,
          qualifier: str, unit: str, noun: str | None, lang: str) -> Figure:
    s = tokens[i0].start
    e = tokens[i1 - 1].end
    return Figure(
        value=float(value), qualifier=qualifier, unit=unit, noun=noun, metric=None, period_start=None,
        period_end=None, period_kind=None, period_basis="publication", area="KZ", quote=sent.text,
        start=sent.start + s, end=sent.start + e, text=sent.text[s:e], lang=lang, sentence_index=index,
        is_headline=sent.is_headline, num_start=s, num_end=e,
    )


_NATIONAL_EVENT = re.compile(r"республикан|республикалық|национальн|ұлттық|national|всеказахстан|"
                             r"общенациональн|жалпыұлттық", re.I)


def article_area(title: str | None, lead: str | None = None) -> str | None:
    """The region or city a regional article is about, from its title (else its lead sentence); None for
    national articles ("в Казахстане", "республикалық форум")."""
    for line in (title, lead):
        if not line:
            continue
        low = normalize(line).lower()
        if has_country_scope(low) or _NATIONAL_EVENT.search(low):
            return None
        area = find_area(low, 0)
        if area != "KZ":
            return area
    return None


_FLOOD_STEMS = ("павод", "наводнен", "половод", "тасқын", "flood")


def _article_flags(body: str, title: str | None, lead: str | None = None) -> dict[str, Any]:
    low = body.lower()
    return {
        "volunteering": any(stem in low for stem in classify.VOLUNTEER_STEMS),
        # an article about floods: three or more mentions
        "flood": sum(low.count(stem) for stem in _FLOOD_STEMS) >= 3,
        "area": article_area(title, lead),
    }


MULTIPLIER_WORDS = {**EN_MULTIPLIER_WORDS, **RU_MULTIPLIER_WORDS}


def _number_vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    from loaders.lexicon import EN_NUMBERS, EN_SCALES, KK_NUMBERS, KK_SCALES, RU_SCALE_ABBR
    from loaders.numbers import RU_FORMS

    words = set(RU_FORMS) | set(EN_NUMBERS) | set(EN_SCALES) | set(RU_SCALE_ABBR) | set(EN_MULTIPLIER_WORDS)
    return frozenset(words), tuple(set(KK_NUMBERS) | set(KK_SCALES))


_NUMBER_WORDS, _KK_NUMBER_STEMS = _number_vocabulary()
_NUMBER_WORDS = _NUMBER_WORDS | frozenset(RU_MULTIPLIER_WORDS)
_PLAIN_WORD = re.compile(r"[^\W\d_]+")


def may_hold_number(low: str) -> bool:
    """Cheap test before the full pass: a digit, or a number word of any of the three languages."""
    if _DIGIT.search(low) or "кажд" in low:  # "каждый пятый": a share without a number word
        return True
    for word in _PLAIN_WORD.findall(low):
        if word in _NUMBER_WORDS or word.startswith(_KK_NUMBER_STEMS) or "-" in word:
            return True
    return False


def extract_article(text: str, published: dt.date | None, lang_hint: str | None = None,
                    prepared: tuple[str | None, list[Sentence]] | None = None) -> list[Figure]:
    """All figures of one article, duplicates marked (figure.duplicate_of) rather than dropped.

    `prepared` is (title, sentences) when the caller has already cleaned and split the text."""
    if prepared is None:
        lines, title = content_lines(text)
        sents = sentences(lines)
    else:
        title, sents = prepared
    body = "\n".join(s.text for s in sents)
    lead = next((s.text for s in sents if not s.is_headline), None)
    flags = _article_flags(body, title, lead)
    article_lang = lang_hint
    if article_lang is None:
        from loaders.text import article_language

        article_lang = article_language([s.text for s in sents])
    figures: list[Figure] = []
    # Period expressions of earlier sentences are needed only when a flow figure inherits one, so they are
    # computed lazily (most sentences hold no figure at all).
    earlier: dict[int, list[str]] = {}  # paragraph -> lower-cased sentences before the current one

    def inherited_anchor(paragraph: int) -> Anchor | None:
        for low_text in reversed(earlier.get(paragraph, [])):
            found_anchors = find_anchors(low_text, published)
            if found_anchors:
                return found_anchors[-1]
        return None

    prev: Sentence | None = None
    prev_found: list[Figure] = []
    for idx, sent in enumerate(sents):
        low = normalize(sent.text).lower()
        found: list[Figure] = []
        here: list[Anchor] = []
        if may_hold_number(low):
            lang = sentence_language(sent.text, default=article_lang)
            here = find_anchors(low, published)
            found = extract_sentence(sent, idx, published, lang, prev, flags, here, prev_found)
        for fig in found:
            if fig.period_basis != "explicit":
                inherited = None
                if classify.is_flow(fig):
                    # A flow takes the period of an earlier clause of its sentence ("за прошлый год выполнено
                    # 410 тыс. донаций, а заготовлено 186 тысяч литров"), else of an earlier sentence.
                    before = [a for a in here if a.end <= (fig.num_start or 0)]
                    if before and _COMPARED.search(low, before[-1].end, fig.num_start or 0):
                        inherited = None  # "38 млрд в 2024 году, против 26,5 млрд годом ранее": another period
                    else:
                        inherited = before[-1] if before else inherited_anchor(sent.paragraph)
                if inherited is not None:
                    fig.period_start, fig.period_end = inherited.period_start, inherited.period_end
                    fig.period_kind, fig.period_basis = inherited.kind, "inherited"
                elif published is not None:
                    fig.period_start = fig.period_end = published
                    fig.period_kind, fig.period_basis = "as_of", "publication"
                else:
                    fig.period_kind, fig.period_basis = None, "unknown"
        earlier.setdefault(sent.paragraph, []).append(low)
        figures.extend(found)
        prev, prev_found = sent, found
    mark_duplicates(figures)
    return figures


# Words right before a period that make it the base of a comparison.
_COMPARISON_BASE = re.compile(r"(?:сравнени[юи](?: с)?|compared (?:with|to)|than|чем|против|as many as|"
                              r"as much as|over)\s*(?:the\s+|в\s+|во\s+|с\s+)?(?:\w+\s+)?$", re.I)
# Between a period and a figure: the figure is the earlier value of a comparison, not of that period.
_COMPARED = re.compile(r"\b(?:up|down) from\b|\bcompared\b|\bthan\b|\bversus\b|\bvs\b|против|по сравнению|"
                       r"\bчем\b|салыстырғанда|ранее|earlier|\bago\b|бұрын", re.I)


_Q_PRECISION = {"exact": 0, "approx": 1, "almost": 2, "at_least": 3, "at_most": 3}


def _same_quantity(a: Figure, b: Figure) -> bool:
    """Do two figures of one article state the same quantity (possibly one rounded as a bound)?"""
    if a.unit != b.unit:
        return False
    if a.metric and b.metric and a.metric != b.metric:
        return False
    if not (a.metric or b.metric) and a.noun != b.noun:
        return False
    if a.unit == "ratio" or a.value <= 0 or b.value <= 0:
        return a.value == b.value and a.noun == b.noun and a.qualifier == b.qualifier
    periods_agree = (
        (a.period_start, a.period_end) == (b.period_start, b.period_end)
        or "publication" in (a.period_basis, b.period_basis)
    )
    if not periods_agree:
        return False
    if a.value == b.value:
        return True
    # "свыше 6 млрд" and "6,2 млрд": a bound that is the exact value rounded to its own precision (the place
    # of its last significant digit: 6 млрд → billions, 15 млн → millions, so "свыше 15 млн" is not "16 млн").
    if _Q_PRECISION[a.qualifier] == _Q_PRECISION[b.qualifier]:
        return False  # two bounds (or two exact figures) of different values state different quantities
    bound, exact = (a, b) if _Q_PRECISION[a.qualifier] > _Q_PRECISION[b.qualifier] else (b, a)
    step = _last_digit_place(bound.value)
    if bound.qualifier == "at_least" and bound.value <= exact.value < bound.value * 1.1:
        return math.floor(exact.value / step + 1e-9) * step == bound.value
    if bound.qualifier == "at_most" and bound.value * 0.9 < exact.value <= bound.value:
        return math.ceil(exact.value / step - 1e-9) * step == bound.value
    return False


def _last_digit_place(value: float) -> float:
    """10 ** (position of the last non-zero digit): 6e9 → 1e9, 15e6 → 1e6, 6.2e9 → 1e8."""
    place = 10 ** math.floor(math.log10(value))
    while place > 1e-6 and abs(value / place - round(value / place)) > 1e-9:
        place /= 10
    return place


def _better(a: Figure, b: Figure) -> bool:
    """Is `a` a more informative statement than `b`?"""
    key_a = (_Q_PRECISION[a.qualifier], a.period_basis == "publication", a.is_headline, a.sentence_index)
    key_b = (_Q_PRECISION[b.qualifier], b.period_basis == "publication", b.is_headline, b.sentence_index)
    return key_a < key_b


def _bucket(fig: Figure) -> tuple[str, int]:
    # Buckets of 0.05 in log10: figures within 10% of each other are in the same or a neighbouring bucket.
    return fig.unit, (math.floor(math.log10(fig.value) * 20) if fig.value > 0 else -10**9)


def mark_duplicates(figures: list[Figure]) -> None:
    """A figure repeated in headline and body is one figure: keep the most precise, mark the others.

    Only figures of the same unit and within 10% of each other are compared, so a pasted table of thousands
    of numbers stays linear instead of comparing every pair."""
    buckets: dict[tuple[str, int], list[int]] = {}
    for n, fig in enumerate(figures):
        unit, b = _bucket(fig)
        candidates = sorted(k for d in (-1, 0, 1) for k in buckets.get((unit, b + d), ()))
        buckets.setdefault((unit, b), []).append(n)
        for k in candidates:
            other = figures[k]
            if other.duplicate_of is not None or not _same_quantity(fig, other):
                continue
            if _better(fig, other):
                other.duplicate_of = n
                for f in figures:  # re-point figures that were merged into `other`
                    if f.duplicate_of == k:
                        f.duplicate_of = n
                # the survivor takes the metric if only the duplicate had one
                fig.metric = fig.metric or other.metric
            else:
                fig.duplicate_of = k
                other.metric = other.metric or fig.metric
                break

"""Numbers written in digits or words, in Russian, Kazakh and English, with scale words.

Russian number words come from pymorphy3 lexemes, so every case form is known ("семи", "двум тысячам",
"полутора"); Kazakh number words are stems with case endings stripped ("мыңнан", "жүзге"); English ones
include hyphenated compounds ("thirty-six").
"""

from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

from loaders.lexicon import (
    EN_NUMBERS,
    EN_SCALES,
    KK_INVARIANT_ENDINGS,
    KK_NUM_ENDINGS,
    KK_NUMBERS,
    KK_SCALES,
    RU_HALF_PREFIXES,
    RU_NUMBER_LEMMAS,
    RU_SCALE_ABBR,
    RU_SCALE_LEMMAS,
)

MORPH = pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def parse_ru(word: str) -> tuple[tuple[str, str, float], ...]:
    """pymorphy3 parses of a lower-case word as (lemma with ё→е, tag string, score), cached."""
    try:
        parses = MORPH.parse(word)
    except ValueError:  # a character Python's Unicode tables do not name (pymorphy3 asks for its name)
        return ()
    return tuple((p.normal_form.replace("ё", "е"), str(p.tag), p.score) for p in parses)


_RU_COLLECTIVE = {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8,
                  "девятеро": 9, "десятеро": 10}


def _ru_forms() -> dict[str, tuple[float, bool]]:
    """Every case form of the Russian number lemmas → (value, is_scale)."""
    forms: dict[str, tuple[float, bool]] = {}
    for table, is_scale in ((RU_NUMBER_LEMMAS, False), (RU_SCALE_LEMMAS, True)):
        for lemma, value in table.items():
            forms[lemma] = (value, is_scale)
            for parse in MORPH.parse(lemma):
                if parse.normal_form != lemma:
                    continue
                for form in parse.lexeme:
                    word = form.word.replace("ё", "е")
                    # "тыща" etc. are colloquial but harmless; "три" (imperative of тереть) is fine too.
                    forms.setdefault(word, (value, is_scale))
    # "одни"/"одних" mean "some/only", not a count.
    for word in ("одни", "одних", "одними", "одним", "одно", "одного", "одному", "одной", "одною"):
        forms.pop(word, None)
    # Collective numerals count people: "пятеро волонтеров", "двое детей", "семерых школьников".
    for lemma, value in _RU_COLLECTIVE.items():
        for parse in MORPH.parse(lemma):
            if parse.normal_form == lemma:
                for form in parse.lexeme:
                    forms.setdefault(form.word.replace("ё", "е"), (value, False))
    for scale_lemma, value in RU_SCALE_LEMMAS.items():
        for prefix in RU_HALF_PREFIXES:
            forms.setdefault(prefix + scale_lemma, (value / 2, True))
    for half in ("полмиллиона", "полумиллиона", "полмиллиарда", "полумиллиарда", "полтысячи", "полутысячи",
                 "полумиллионом", "полумиллиону"):
        base = half.removeprefix("полу").removeprefix("пол")
        # (the longest lemma first: "миллиарда" starts like "миллион" too)
        value = next((v for k, v in sorted(RU_SCALE_LEMMAS.items(), key=lambda kv: -len(kv[0]))
                      if base.startswith(k.rstrip("аяо"))), None)
        if value:
            forms[half] = (value / 2, True)
    for half in ("полсотни", "полусотни", "полусотне", "полусотней"):  # "полсотни волонтеров": 50
        forms[half] = (50.0, True)
    return forms


RU_FORMS = _ru_forms()
# Forms of "один" left out of RU_FORMS ("одни", "одного" mean "some", "the same one"): a number only inside a
# compound ("двадцати одному миллиону") or before a scale word ("более одной тысячи").
RU_ONE_FORMS = frozenset({"одного", "одному", "одним", "одной", "одною", "одно", "одном"})


@lru_cache(maxsize=2_000)
def ru_singular_scale(word: str) -> bool:
    """Is this Russian scale word unambiguously singular ("тысяче", "тысячу", "миллионом"), so that alone it
    means one thousand/million? "тысячи", "тысяч", "миллионы" also mean "thousands"/"millions"."""
    hit = RU_FORMS.get(word)
    if not hit or not hit[1] or word.startswith("пол"):
        return False
    parses = [tag for lemma, tag, _ in parse_ru(word) if lemma in RU_SCALE_LEMMAS]
    return bool(parses) and all("sing" in tag and "plur" not in tag for tag in parses)


_KK_BACK_VOWELS = frozenset("аоұы")
_KK_FRONT_VOWELS = frozenset("әеөүі")


def _kk_harmony(word: str) -> str | None:
    """"back" or "front": the class of the last vowel of a Kazakh word that has one (у and и take no side)."""
    for ch in reversed(word):
        if ch in _KK_BACK_VOWELS:
            return "back"
        if ch in _KK_FRONT_VOWELS:
            return "front"
    return None


_KK_ACCUSATIVE = ("ды", "ді", "ты", "ті", "ны", "ні")


def _kk_scale_accusative(word: str) -> tuple[str, str] | None:
    """A scale word in the accusative, the object of "құрады" (made up): "2580,3 мыңды құраса", "2 миллион 351 мыңды
    құраған", "миллиардты"."""
    for suffix in _KK_ACCUSATIVE:
        if word.endswith(suffix) and word[:-len(suffix)] in KK_SCALES:
            return word[:-len(suffix)], suffix
    return None


def _strip_kk(word: str, stems: dict[str, float]) -> tuple[str, str] | None:
    """Split a Kazakh number word into (stem, ending) when it is a known stem plus a number ending whose vowel
    agrees with the stem's ("онға", "мыңнан", "бестен"; not "оне", the English "one" read in Cyrillic)."""
    base, hyphen, after = word.partition("-")
    if hyphen and base in stems and after in KK_NUM_ENDINGS:
        return base, after  # an abbreviation with its ending after a hyphen: "млн-ға", "млрд-тан"
    for suffix in KK_NUM_ENDINGS:
        if suffix and not word.endswith(suffix):
            continue
        stem = word[: len(word) - len(suffix)] if suffix else word
        if stem in stems:
            if suffix and stem not in ("млн", "млрд", "трлн") and suffix not in KK_INVARIANT_ENDINGS and \
                    _kk_harmony(suffix) != _kk_harmony(stem):
                continue
            return stem, suffix
    return None


def _kk_scale_of_them(word: str) -> tuple[str, str] | None:
    """A scale word with the possessive ending, a part of a total named before: "оның 82 мыңы ерікті жастар" (82
    thousand of them), "5 мыңы – еріктілер", "2 миллионы", "млн-ы". Only scales: "оны" (him) and "жүзі" (face) are
    not numbers. The same in the accusative: "оның 3 млн-ын көмекке … арнады" (3 million of it), "5 мыңын"."""
    base, hyphen, after = word.partition("-")
    if hyphen and base in KK_SCALES and after in ("ы", "і", "сы", "ын", "ін", "сын"):
        return base, after
    for stem, ending in ((word[:-1], word[-1:]), (word[:-2], word[-2:])):
        if stem in KK_SCALES and ending in ("ы", "і", "ын", "ін") and stem not in ("млн", "млрд", "трлн") and \
                (len(ending) == 1 or _kk_harmony(ending) == _kk_harmony(stem)):
            return stem, ending
    return None


# Kazakh collective numerals, "the N of them": "екеуі бойынша жұмыс жүріп жатыр" (work goes on on two of them),
# "үшеуі ерікті", "бесеуіне көмек көрсетілді". The stem and the third person's possessive with its cases; "екеуміз"
# (we two) and "екеуің" (you two) are the speakers, no count.
_KK_COLLECTIVES = {"екеу": 2, "үшеу": 3, "төртеу": 4, "бесеу": 5, "алтау": 6, "жетеу": 7, "сегізеу": 8,
                   "тоғызау": 9, "онау": 10}
_KK_COLLECTIVE_ENDINGS = ("", "і", "ы", "ін", "ын", "іне", "ына", "інде", "ында", "інен", "ынан", "імен", "ымен",
                          "інің", "ының")


def kk_collective(word: str) -> float | None:
    for stem, value in _KK_COLLECTIVES.items():
        if word.startswith(stem) and word[len(stem):] in _KK_COLLECTIVE_ENDINGS:
            ending = word[len(stem):]
            if ending and _kk_harmony(ending) != _kk_harmony(stem):
                return None
            return float(value)
    return None


# A Kazakh cardinal with the third person's possessive, "the N of them" after a total in the genitive: "он ауылдық
# округтің сегізі газ жүйесіне қосылды" (eight of the ten), "жиырма бесі", "алтысы", "екісі". Not "оны" (him), "бірі"
# (one of them, no count) nor "жүзі" (face), which the same endings make of their stems.
_KK_OF_THEM_STEMS = frozenset(KK_NUMBERS) - {"бір", "он", "жүз"}


_KK_OF_THEM_IRREGULAR = {"қырқы": 40.0, "елуі": 50.0}  # "қырық" drops its vowel; "елу" takes "-і" after "у"


def kk_cardinal_of_them(word: str) -> float | None:
    if word in _KK_OF_THEM_IRREGULAR:
        return _KK_OF_THEM_IRREGULAR[word]
    for ending in ("сы", "сі", "ы", "і"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and stem in _KK_OF_THEM_STEMS and \
                (len(ending) == 2) == (stem[-1] in "аәеиоөұүыіуэюя") and _kk_harmony(ending) == _kk_harmony(stem):
            return float(KK_NUMBERS[stem])
    return None


# Kazakh ordinals in words: a number's stem, then -ыншы/-інші (after a consonant) or -ншы/-нші (after a vowel), then
# any case or possessive ending ("бірінші", "алтыншы", "жиырма бесінші", "он біріншісі", "оныншыға"). The Nth of
# something, never how many; in "он бірінші" the first part "он" is no count either.
_KK_ORDINAL = re.compile("^(?:" + "|".join([*KK_NUMBERS, "мың"]) + ")(?:ыншы|інші|ншы|нші)")


def kk_ordinal_word(word: str) -> bool:
    """A Kazakh ordinal written in words ("бірінші", "бесінші", "оныншы"), with any ending after it."""
    return _KK_ORDINAL.match(word) is not None


# Kazakh "ондай" (such, like that) and its cases look like "он" (ten) with the ending "-дай" (about); about ten is
# written "он шақты", "онға жуық", "10-дай".
# (and "бірдей", "the same" / "as many as": "төрт бірдей Балалар үйіне" is four, not "4 + about one")
_KK_SUCH = ("ондай", "бірдей")


# Scale words long enough that a typo doubling one letter ("милллион", "мииллион", "миллиардд") cannot turn some
# other word into them; short scale words ("мың", "тыс") are left alone.
_LONG_SCALE_TYPO = re.compile(r"^(?:ми+л+и+а?р?д*|три+л+и+о?н*|mil+i|bil+i)")


def _misspelt_scale(word: str, lang: str) -> tuple[float, bool, str] | None:
    """A long scale word written with one letter doubled or tripled by a typo ("212 милллион теңге", "мииллион",
    "миллиардд"): drop one of the repeated letters at a time and keep the first reading that is a scale word."""
    if len(word) < 7 or not _LONG_SCALE_TYPO.match(word):
        return None
    for i in range(len(word) - 1):
        if word[i] == word[i + 1]:
            hit = word_number(word[:i] + word[i + 1:], lang)
            if hit and hit[1]:
                return hit
    return None


@lru_cache(maxsize=50_000)
def word_number(word: str, lang: str) -> tuple[float, bool, str] | None:
    """(value, is_scale, case ending) of a number word, or None. `word` is lower-case, ё→е."""
    hit = _word_number(word, lang)
    return hit if hit is not None else _misspelt_scale(word, lang)


def en_hyphenated_scale(word: str) -> tuple[float, float] | None:
    """(number, scale) of an English number hyphenated to its scale ("one-thousand", "three-hundred",
    "two-million"), None for any other word. Alone it is their product; the numeral reader takes it as the two
    words it stands for, so that "two-thousand five hundred" adds up."""
    parts = re.split(r"[-‐]", word)
    if len(parts) != 2 or parts[0] not in EN_NUMBERS or parts[0] == "hundred":
        return None
    scale = 100.0 if parts[1] == "hundred" else EN_SCALES.get(parts[1], 0)
    return (EN_NUMBERS[parts[0]], scale) if scale >= 100 else None


_EN_TENS_AND_UNIT = re.compile(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                               r"(one|two|three|four|five|six|seven|eight|nine)")


def _word_number(word: str, lang: str) -> tuple[float, bool, str] | None:
    if lang == "kk":
        if word.startswith(_KK_SUCH):
            return None  # "Ондай қайғылы жағдай" (such a sad case): the pronoun, not "он" (ten) + "-дай" (about)
        hit = _strip_kk(word, KK_SCALES) or _kk_scale_of_them(word) or _kk_scale_accusative(word)
        if hit:
            return KK_SCALES[hit[0]], True, hit[1]
        hit = _strip_kk(word, KK_NUMBERS)
        if hit:
            return KK_NUMBERS[hit[0]], False, hit[1]
        collective = kk_collective(word)
        if collective is not None:
            return collective, False, ""
        of_them = kk_cardinal_of_them(word)
        if of_them is not None:
            return of_them, False, ""
    if lang == "en":
        if word in EN_SCALES:
            return EN_SCALES[word], True, ""
        if word in EN_NUMBERS:
            return EN_NUMBERS[word], False, ""
        parts = re.split(r"[-‐]", word)
        hyphenated = en_hyphenated_scale(word)
        if hyphenated is not None:
            return hyphenated[0] * hyphenated[1], False, ""
        if len(parts) == 2 and all(p in EN_NUMBERS for p in parts):
            return EN_NUMBERS[parts[0]] + EN_NUMBERS[parts[1]], False, ""
        glued = _EN_TENS_AND_UNIT.fullmatch(word)
        if glued is not None:  # the hyphen lost: "Twentyfive thousand people", "thirtyeight"
            return EN_NUMBERS[glued.group(1)] + EN_NUMBERS[glued.group(2)], False, ""
        return None
    abbr = RU_SCALE_ABBR.get(word)
    if abbr:
        return abbr, True, ""
    hit = RU_FORMS.get(word)
    if hit and lang == "ru":
        return hit[0], hit[1], ""
    return None


def digits_value(text: str, lang: str, followed_by_scale: bool) -> float:
    """Value of a digit token: "2 500" → 2500, "6,2" → 6.2, "60,000" (English) → 60000, "1.500.000" → 1500000."""
    t = text.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", t):
        groups = t.split(",")
        # "1,500" in Russian or Kazakh is a decimal, the languages' own decimal comma ("1,500 млн", "52,494
        # шақырым"; their thousands are set off by spaces: no Russian or Kazakh gold row of the real pages reads such a
        # number as thousands); English and several groups ("1,500,000") are thousands.
        if lang in ("ru", "kk") and len(groups) == 2:
            return float(t.replace(",", "."))
        if lang != "en" and len(groups) == 2 and followed_by_scale:
            return float(t.replace(",", "."))
        return float(t.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(,\d{3})+,\d{1,2}", t):
        # "1,154,8 million": thousands set off by commas and a decimal comma after them (a group of one or two
        # digits is no thousands group)
        whole, _, frac = t.rpartition(",")
        return float(whole.replace(",", "") + "." + frac)
    if re.fullmatch(r"\d{1,3}(\.\d{3}){2,}", t):
        return float(t.replace(".", ""))  # "1.500.000": thousands set off by dots (no decimal has two dots)
    return float(t.replace(",", "."))


def compose(parts: list[tuple[float, bool]]) -> float:
    """Combine number words: [(2, False), (1000, True), (500, False)] → 2500; "two hundred" → 200."""
    total = 0.0
    current = 0.0
    last_group = 0.0  # what the last scale word added: "три десятка тысяч" multiplies it again
    after_scale = False
    for value, is_scale in parts:
        if is_scale and after_scale and value > 10:
            total += last_group * (value - 1)
            last_group *= value
            continue
        after_scale = is_scale
        if is_scale:
            current = (current if current else 1.0) * value
            total += current
            last_group = current
            current = 0.0
        elif value == 100 and 0 < current < 100:
            # "two hundred" → 200, and the English teen or tens multiplier "fifteen hundred", "twenty-five hundred"
            # → 1500, 2500 (N×100, never N+100)
            current *= 100
        else:
            current += value
    return total + current

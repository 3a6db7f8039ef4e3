"""Latin-script Kazakh: detect the alphabet of a paragraph and read it through a transliteration to Cyrillic.

Kazakh outlets publish in three official Latin alphabets besides Cyrillic (DESIGN §2), and some in a Latin of
their own converter:

* ``latn2017`` (decree of October 2017): apostrophes mark the extra letters: a' ә, g' ғ, n' ң, o' ө, u' ү,
  y' ұ, i' и/й, s' ш, c' ч; plain u is у, y is ы, i is і. Writers also use "sh"/"ch".
* ``latn2018`` (February 2018): acute accents: á ә, ǵ ғ, ń ң, ó ө, ú ү, ý у; dotless ı is и/й, i is і, y is ы,
  u is ұ; digraphs sh ш, ch ч; я and ю are written ıa and ıý.
* ``latn2021`` (January 2021): ä ә, ğ ғ, ñ ң, ö ө, ş ш, ū ұ, ü ү, ç ч, u у, y ы; officially İ/i is и/й and
  I/ı is і, but much published text uses plain i for і as well ("bir", "eki", "deiin"): a paragraph is read
  "strictly" when it contains ı or İ, and "loosely" otherwise (the comment marked _LOOSE_I in ``_convert``).
* ``latn_digraph`` (the Latin of abai.kz/lt and sites that copy its converter): digraphs gh ғ, ng ң, sh ш, ch ч;
  ý ү, ú ұ, ó ө, u у, y ы, i і; ә is kept in Cyrillic (or written á); й is y or i after a vowel ("payyz", "ait"),
  и is "iy" ("qasiyetti", "biyl" биыл). Its ý and ú are the 2018 alphabet's ú and u, so it is told apart by its
  digraphs ("baghasyn", "payyzgha", "qazaqtyng") and its Cyrillic ә ("Sәuir") (``_digraph_evidence``).
* ``latn_turkic`` (the Latin of kerey.kz and sites writing Kazakh as Turkish is written): the 2021 letters ä ğ ñ ö
  ş ü ç, but dotless ı is ы and i is і, y is й ("boyınşa", "keyin", "payızı"; ya я, yu ю: "populyaciya"), w is ұ
  ("bwl", "jwmıs", "wyım") and u is у. Told apart from 2021 by its w between consonants and its y after a vowel
  (``_turkic_evidence``), which neither 2021 (й is i there) nor 2018 (й is ı) writes.

The extractor reads Kazakh in Cyrillic only. So a Latin-Kazakh paragraph is transliterated into Cyrillic and
the extractor runs on the Cyrillic text, while every span it reports is mapped back to the original characters
through an offset map: ``omap[i]`` is the index in the input of the character output character ``i`` came
from, plus one final entry ``len(input)``. A span ``(s, e)`` of the output is ``(omap[s], omap[e])`` of the
input. Digraphs ("sh", "ıa", "a'", a letter plus a combining accent) turn two input characters into one
output character; "x" turns one into two ("кс"; both map to the "x"). The map is non-decreasing.

Design:

* Detection (``detect_alphabet``) is by density, never by a single letter: it counts words of a Kazakh lexicon
  written in any of the three alphabets (number words, qualifiers, common words, months; proper names such as
  "Qazaqstan" only with a Kazakh case ending), words with letters specific to the Latin alphabets, and English
  function words (which veto). Text with more Cyrillic than Latin letters, or whose Latin part is only URLs, is
  never Latin Kazakh.
* Transliteration (``to_cyrillic``) is a character table per alphabet (``_COMMON``, ``_ACCENTED`` and the
  rules in ``_convert``) with a few context rules for the ambiguous letters (ı/i/y/u, see the comments),
  followed by same-length fixes of common Russian loanwords (``_LOAN_FIXES``): "mıllıon" must read миллион and
  "aksııa" акция. URLs and e-mail addresses inside a converted paragraph are kept as they are.
* ``transliterate_paragraphs`` applies both per line; it is built for the bulk loader: text without Latin
  letters, or without any trace of Latin Kazakh, returns ``(text, None)`` after one or two regex searches.

Integration: the extractor calls ``converted, omap = transliterate_paragraphs(text)``; when ``omap`` is None it
reads ``text`` as before. Otherwise it reads ``converted`` (treating the converted lines as Kazakh) and maps
every span it keeps (figure, quote, sentence) back with ``map_span(omap, s, e)``, taking the quote from the
original ``text``. Positions of the untouched lines are unchanged offsets, but lengths before them may have
shrunk, so every position must go through the map.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

LATN2017 = "latn2017"
LATN2018 = "latn2018"
LATN2021 = "latn2021"
LATN_DIGRAPH = "latn_digraph"
LATN_TURKIC = "latn_turkic"
ALPHABETS = (LATN2017, LATN2018, LATN2021, LATN_DIGRAPH, LATN_TURKIC)

# Apostrophe-like characters used by the 2017 alphabet (typed as ', ’, ʼ, ‘ or `).
_APOS = "'’ʼ‘`"
# Combining marks that writers type after a base letter instead of a precomposed one (a + U+0301 = á).
_COMBINING = "\u0301\u0306\u0303\u0308\u0304\u0327\u030c"

# --- the tables -------------------------------------------------------------------------------------

# Letters read the same way in all three alphabets (lowercase; case is restored from the source letter).
# h is х (also һ in the official tables; х is what news text needs). c, w and x are not Kazakh letters but
# occur in names and loanwords: c → ц, w → у, x → кс.
_COMMON: dict[str, str] = {
    "a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "j": "ж", "k": "к", "l": "л",
    "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т", "v": "в", "y": "ы",
    "z": "з", "c": "ц", "w": "у", "x": "кс",
}
# Accented letters. Each is unambiguous wherever it occurs, so every alphabet accepts all of them: writers
# mix (a 2018 text with ğ, a 2021 text with á) and the reading is the same.
_ACCENTED: dict[str, str] = {
    # 2018
    "á": "ә", "ǵ": "ғ", "ń": "ң", "ó": "ө", "ú": "ү", "ý": "у",
    # 2021
    "ä": "ә", "ğ": "ғ", "ñ": "ң", "ö": "ө", "ş": "ш", "ū": "ұ", "ü": "ү", "ç": "ч",
    # variants real 2021-alphabet pages print for ñ and ğ (the eng and g with caron of older drafts)
    "ŋ": "ң", "ǧ": "ғ",
}
# The 2017 apostrophe letters (letter + apostrophe). i' is и/й by context (see _i_or_short_i).
_APOSTROPHE: dict[str, str] = {
    "a": "ә", "g": "ғ", "n": "ң", "o": "ө", "u": "ү", "y": "ұ", "s": "ш", "c": "ч",
}
# The letters that differ between the alphabets:
#   letter   2017   2018   2021 strict   2021 loose
#   u        у      ұ      у             у
#   i        і      і      и/й           і, и before a vowel, й after a vowel
#   ı        -      и/й    і             і
#   y        ы      ы      ы             ы
# In 2018 u is ұ (ulttyq ұлттық) and ý is у (jýyq жуық, elý елу): number words use ý/ú, so they come out
# right; a 2018 writer who types "juyq" gets "жұық", which _LOAN_FIXES repairs for the qualifiers.
_U = {LATN2017: "у", LATN2018: "ұ", LATN2021: "у", LATN_DIGRAPH: "у", LATN_TURKIC: "у"}

_CYR_VOWELS = frozenset("аәеёиіоөұүуыэюяАӘЕЁИІОӨҰҮУЫЭЮЯ")
# Vowels after which ı/i/i' is й rather than и: и, й and і are excluded ("kiım"/"kiim" киім, "aksııa" акция).
_VOWELS_BEFORE_SHORT_I = frozenset("аәеёоөұүуыэюяАӘЕЁОӨҰҮУЫЭЮЯ")
_BACK_VOWELS_CYR = frozenset("аоұыАОҰЫ")
# Latin vowels (lowercase) used by the loose-2021 rule "i before a vowel is и" (jiyrma жиырма, million).
_LATIN_VOWELS = frozenset("aeiouyıáäéóöúüýū")

# Same-length repairs of Russian loanwords after transliteration (matched at the start of a Cyrillic word,
# case-insensitive, case kept). Kazakh Cyrillic keeps the Russian spelling of these words, the Latin
# alphabets do not: и/і and э/е merge, ц is written s or ts.
_LOAN_FIXES: dict[str, str] = {
    # loose 2021 and 2017 write и as i (read і by default)
    "міллион": "миллион", "міллиард": "миллиард", "мілл": "милл", "трілли": "трилли",
    "презідент": "президент", "мінистр": "министр", "мініст": "минист",
    "республік": "республик", "кілометр": "километр", "кілограмм": "килограмм", "літр": "литр",
    "ініциатив": "инициатив", "інісиатив": "инициатив", "інформ": "информ", "інтернет": "интернет",
    "віде": "виде", "фізик": "физик", "клінік": "клиник", "лімит": "лимит",
    # э in loanwords
    "еколог": "эколог", "економ": "эконом", "експ": "эксп", "електр": "электр", "енерг": "энерг",
    "етап": "этап", "ефир": "эфир", "евакуа": "эвакуа", "ексклюз": "эксклюз",
    # ц written s
    "сентр": "центр", "стансия": "станция", "сифр": "цифр", "сіфр": "цифр",
    # 2018 ı + a written for ия after a consonant in loanwords ("aksıa" акция, "stansıa" станция)
    "аксиа": "акция", "аксіа": "акция", "стансиа": "станция", "стансіа": "станция", "операсиа": "операция",
    "операсіа": "операция", "комиссиа": "комиссия", "коміссіа": "комиссия", "евакуасиа": "эвакуация",
    "евакуасіа": "эвакуация", "полисиа": "полиция", "полісіа": "полиция", "федерасиа": "федерация",
    "федерасіа": "федерация", "ассосиасиа": "ассоциация", "ассосіасіа": "ассоциация", "азиа": "азия",
    "азіа": "азия", "акциа": "акция", "акціа": "акция",
    # 2018 writers who type u for у in the qualifiers and number words
    "жұық": "жуық", "елұ": "елу",
    # months typed without Kazakh letters ("12 sauirde", "5 qyrkuiek", "3 qantar"): "ui" reads уй, "n" н
    "сауйр": "сәуір", "сәуйр": "сәуір", "сауір": "сәуір", "қыркуйек": "қыркүйек", "қыркуйег": "қыркүйег",
    "қантар": "қаңтар",
    # the digraph alphabet writes н + ғ and ң + ғ alike, "ngh" (read н + ғ, as "salynghan" салынған): the ң of the
    # words that matter to figures ("myngha jýyq", "songhy 5 jylda")
    "мынға": "мыңға", "сонғы": "соңғы", "алдынғы": "алдыңғы",
    # ... and ң inside a word as n, like plain Latin: "40 mynnan astam", "óniri", "jenimpaz"
    "мыннан": "мыңнан", "мындаған": "мыңдаған", "өнір": "өңір", "женімпаз": "жеңімпаз",
}
_LOAN_FIX_RE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted(map(re.escape, _LOAN_FIXES), key=len, reverse=True)) + ")",
    re.IGNORECASE,
)
# "aksııa" → "аксия" → "акция", "polısııa" → "полиция", "fýnksııa" → "функция", "evakýasııa" → "эвакуация";
# not after р, н, с: "versııa" версия, "pensııa" пенсия, "komıssııa" комиссия.
_SIA_RE = re.compile(r"(?<=[аеиоуыкпАЕИОУЫКП])сия", re.IGNORECASE)

# (HTML left in a copied page passes through too: an entity "&ndash;" or a tag "<p>" is no Kazakh word)
_URL_RE = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:kz|com|ru|org|net)\b\S*|"
    r"&(?:[a-z]{2,8}|#\d{2,5});|</?[a-z][a-z0-9]{0,9}\b[^<>]{0,200}?/?>",
    re.IGNORECASE,
)
_URL_HINTS = ("://", "www.", "@", ".kz", ".com", ".ru", ".org", ".net", ".KZ", ".COM", ".RU", "&", "<")


def _has_url(text: str) -> bool:
    return any(h in text for h in _URL_HINTS)

# --- detection ----------------------------------------------------------------------------------------

# How each Cyrillic letter may be written in the three Latin alphabets (used only to build the detection
# regex from a Cyrillic lexicon).
_A = "['’ʼ‘`]"
_CYR_TO_LATIN_RE: dict[str, str] = {
    "а": "a", "ә": f"(?:á|ä|a{_A}|ә)", "б": "b", "в": "v", "г": "g", "ғ": f"(?:ǵ|ğ|ǧ|g{_A}|gh)", "д": "d",
    "е": "e", "ж": "j", "з": "z", "и": f"(?:ı|iy|i{_A}?|İ)", "й": f"(?:ı|i{_A}?|y)", "к": "k", "қ": "q", "л": "l",
    "м": "m", "н": "n", "ң": f"(?:ń|ñ|ŋ|n{_A}|ng)", "о": "o", "ө": f"(?:ó|ö|o{_A})", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "(?:ý|u|w)", "ұ": f"(?:u|ū|y{_A}|ú|w)", "ү": f"(?:ú|ü|u{_A}|ý)", "ф": "f", "х": "h", "һ": "h",
    "ш": f"(?:sh|ş|s{_A})", "ч": f"(?:ch|ç|c{_A})", "ы": "(?:y|ı)", "і": "(?:i|ı)", "ц": "(?:ts|s)", "э": "e",
    "я": f"(?:ıa|ia|i{_A}a|ya)", "ю": f"(?:ıý|iu|i{_A}u)", "-": "-",
}


def _latin_pattern(cyrillic: str) -> str:
    return "".join(_CYR_TO_LATIN_RE[ch] for ch in cyrillic)


# Kazakh words that identify a Latin-Kazakh text. Words that are also English ("on" ten, "men" and, "bar",
# "el", "de", "da"), international ("million", "mln", "donor") or proper names alone ("Qazaqstan", "Astana")
# are left out: a Kazakh name in an English sentence must not make it Kazakh.
_KK_WORDS = (
    # numbers and scales
    "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "жиырма", "отыз", "қырық", "елу",
    "алпыс", "жетпіс", "сексен", "тоқсан", "жүз", "мың", "жарым", "миллиард", "тонна", "теңге",
    # qualifiers
    "астам", "жуық", "шамамен", "кемінде", "артық", "шейін", "дейін", "шамасында", "таяу",
    # common words of news text
    "жыл", "жылы", "адам", "бойынша", "волонтер", "ерікті", "және", "үшін", "туралы", "арқылы", "кейін",
    "соңғы", "жаңа", "көп", "барлық", "бүкіл", "орталық", "облыс", "облысы", "қала", "қаласы", "аудан",
    "ауданы", "халық", "жұмыс", "жастар", "өтті", "болды", "болып", "болады", "бұл", "осы", "олар", "деп",
    "деді", "дейді", "сондай-ақ", "қатысты", "көмек", "жоба", "шара", "іс-шара", "қазір", "биыл",
    "былтыр", "өткен", "бүгін", "отбасы", "тұрғын", "азамат", "ұйым", "мемлекеттік", "қан", "тапсырды",
    "елімізде", "еліміздің", "елдің", "аймақ", "өңір", "акция", "аксия",
    # particles and the qualifier "аз" ("10 пайыздан азы"), as people type them
    "екен", "еді", "аз",
    # months
    "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
    "қараша", "желтоқсан",
)
# Stems that count with any continuation ("еріктілер", "волонтерлер", "қатысушылар").
_KK_STEMS = ("еріктіл", "волонтерл", "қатыс", "қазақстанд", "қазақстанн", "қазақстанға", "ұйымдас",
             "қайырымдылық", "көмектес", "мемлекет", "тапсыр")
_KK_SUFFIX_CYR = ("да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "ға", "ге",
                  "қа", "ке", "на", "не", "а", "е", "ның", "нің", "дың", "дің", "тың", "тің", "ы", "і", "сы",
                  "сі", "н", "ын", "ін", "мен", "бен", "пен", "лар", "лер", "дар", "дер", "тар", "тер", "ды",
                  "ді", "ты", "ті", "ны", "ні", "ғы", "гі", "дай", "дей", "тай", "тей")
_SUFFIX_RE = "(?:" + "|".join(_latin_pattern(s) for s in sorted(_KK_SUFFIX_CYR, key=len, reverse=True)) + ")"
# Matched against one whole word at a time (see _is_kk_word): one big alternation scanned over a whole text
# is far too slow for the bulk loader.
_KK_WORD_RE = re.compile(
    "(?:" + "|".join(_latin_pattern(w) for w in sorted(_KK_WORDS, key=len, reverse=True)) + f"){_SUFFIX_RE}{{0,3}}"
    + "|(?:" + "|".join(_latin_pattern(w) for w in _KK_STEMS) + ").*",
    re.IGNORECASE,
)
_kk_word_cache: dict[str, bool] = {}


def _is_kk_word(word: str) -> bool:
    """Whether a Latin word is a word of the Kazakh lexicon (with case endings), in any alphabet."""
    hit = _kk_word_cache.get(word)
    if hit is None:
        if len(_kk_word_cache) > 100_000:
            _kk_word_cache.clear()
        hit = _kk_word_cache[word] = _KK_WORD_RE.fullmatch(word) is not None
    return hit


# Letters of the Latin alphabets that English does not use. á ó ú ü ö ä ñ ç also occur in Spanish, German or
# French names; they count only together with Kazakh words.
_MARK_2018 = "áǵńóúýÁǴŃÓÚÝ"
_MARK_2021 = "äğñşūüöçÄĞÑŞŪÜÖÇŋŊǧǦ"
_MARKER_RE = re.compile(f"[{_MARK_2018}{_MARK_2021}ıİ]")
# A 2017 apostrophe letter, except English contractions and possessives (n't, 's, 're, O'Brien).
_APOS_LETTER_RE = re.compile(
    f"(?<![^\\W\\d_]{_A})[agnouyisc]{_A}(?!(?:s|t|re|ve|ll|d|m)(?![^\\W\\d_]|{_A}))(?<!\\bo{_A})", re.IGNORECASE
)
# A Latin word: letters (with combining accents), inner apostrophes (2017) and hyphens ("sondaı-aq"); the digraph
# alphabet keeps a Cyrillic ә among its Latin letters ("jәne", "Sәuir").
_L = "A-Za-z\u00C0-\u024F\u0300-\u036F\u04D8\u04D9"
_LATIN_WORD_RE = re.compile(f"[{_L}]+(?:(?:{_A}|-)[{_L}]+)*{_A}?")
_ANY_LATIN_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")
_LATIN_LETTER_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")
_CYRILLIC_LETTER_RE = re.compile(r"[\u0400-\u04FF]")
# English function words: two of them (and ≥ 10 % of the words) make a paragraph English, whatever else it
# holds. "on" is left out: it is also Kazakh "он" (ten).
_ENGLISH = frozenset(
    "the and of to in for with is was were are by at from have has had that this as it be more than about over "
    "their its which who will been an or per".split()
)


# Kazakh typed in plain Latin, without a letter of its own ("Donorlardyn 10 payyzdan azy jastar eken", "Senbilikte
# 300 keli qoqys jinaldy"), shows itself by its forms: q not before u (English writes "qu", Russian transliterated
# "k"), a plural with a case after it ("-lardyn", "-lerge", "-tarda"), a case after y as a vowel ("otbasyga",
# "payyzdan", "oblysta"), an adjective in -lik with its case ("senbilikte"), a past in -ldy/-ldi ("jinaldy").
# None of these ends an English word or a Russian one in transliteration ("Volontery pomogli 50 semyam").
_KK_FORM_RE = re.compile(
    r"q(?!u)|"
    r"(?:lar|ler|dar|der|tar|ter)(?:dyn|din|ga|ge|qa|ke|da|de|ta|te|dan|den|tan|ten|dy|di|ymyz|imiz|yn|in)$|"
    r"y[bcdfghjklmnpqrstvz]?(?:ga|qa|na|nyn|dyn|tyn|ny|da|ta|dan|tan|nan|nda|ndy)$|"
    r"(?:lik|dik|tik)(?:te|ke|ti|tin|ten|ter)$|"
    r"(?:ldy|ldi|ysty|isti|yrdy|irdi)$"
)


@lru_cache(maxsize=65536)
def _kk_form(word: str) -> bool:
    low = word.lower()
    return len(low) >= 4 and _KK_FORM_RE.search(low) is not None


def _may_be_kazakh(text: str) -> bool:
    """False when _assess(text) cannot say "yes": that takes a word of the lexicon, or two Kazakh forms, among the
    Latin words (a URL, which _assess cuts out first, and the words around it are left to _assess)."""
    if _has_url(text):
        return True
    forms = 0
    for w in _LATIN_WORD_RE.findall(text):
        if _is_kk_word(w):
            return True
        if _kk_form(w):
            forms += 1
            if forms >= 2:
                return True
    return False


def _assess(text: str) -> tuple[str, str]:
    """("yes" | "unsure" | "no", alphabet) for a paragraph. "unsure": Latin text that is neither English nor
    recognisably Kazakh (a dateline, a caption): read as Kazakh only inside a Kazakh-Latin article."""
    if _has_url(text):
        text = _URL_RE.sub(" ", text)
    latin = len(_LATIN_LETTER_RE.findall(text))
    if not latin:
        return "no", ""
    if len(_CYRILLIC_LETTER_RE.findall(text)) >= latin:
        return "no", ""
    words = _LATIN_WORD_RE.findall(text)
    n = len(words)
    if not n:
        return "no", ""
    english = sum(w.lower() in _ENGLISH for w in words)
    kk = sum(map(_is_kk_word, words))
    marked = sum(1 for w in words if _MARKER_RE.search(w) or _APOS_LETTER_RE.search(w) or _DIGRAPH_RE.search(w))
    alphabet = _guess_alphabet(text)
    if english >= 2 and english * 10 >= n:
        return "no", alphabet
    if english and not marked:
        return "no", alphabet  # "Bes Qala project: Alty volunteers from Jeti Qazyna": names in English
    if (kk >= 2 and (kk + marked) * 5 >= n) or (kk >= 1 and marked >= 1 and n <= 6) or (
        kk >= 1 and marked >= 3 and marked * 4 >= n
    ):
        return "yes", alphabet
    if not english and not marked:
        # Kazakh in plain Latin: its words and forms (see _KK_FORM_RE), at least two, a third of the words
        # (a capitalized word other than the first is a name: "Qatar", "Lynda")
        forms = sum(1 for i, w in enumerate(words) if not _is_kk_word(w) and _kk_form(w)
                    and (i == 0 or not w[:1].isupper()))
        if forms and kk + forms >= 2 and (kk + forms) * 3 >= n:
            return "yes", alphabet
    if english == 0 and (kk or marked or n <= 8):
        return "unsure", alphabet
    return "no", alphabet


_AFTER_VOWEL_DOTLESS_RE = re.compile("[aeouyáóúýAEOUY]ı")

# Traces of the digraph alphabet (LATN_DIGRAPH): a "gh" before a back vowel, as ғ stands in Kazakh ("baghasyn",
# "payyzgha", "ghylymy"; not the English "higher", "Meghan": ғ never follows е or і), the genitive "-yng" ("qazaqtyng",
# "onyng"; English has no "-yng") and a Cyrillic ә inside a Latin word ("Sәuir", "jәne", "pәtua").
_DIGRAPH_RE = re.compile(r"(?<![eiEI])(?:gh|Gh|GH)(?=[aoyuúAOYUÚ])|(?<=[a-zúýó])yng\b|[a-zA-Z][әӘ]|[әӘ][a-zA-Z]")
# Letters the 2018, 2021 and 2017 alphabets have and the digraph one has not (its ý, ú and ó are the 2018 letters).
_NOT_DIGRAPH = "ǵńıǴŃİäğñşūüöçÄĞÑŞŪÜÖÇŋǧ"


def _digraph_evidence(text: str) -> int:
    """How strongly a paragraph shows the digraph alphabet: its traces (_DIGRAPH_RE) less the letters it never uses."""
    traces = len(_DIGRAPH_RE.findall(text))
    if not traces:
        return 0
    return traces - sum(text.count(ch) for ch in _NOT_DIGRAPH) - (
        len(_APOS_LETTER_RE.findall(text)) if any(a in text for a in _APOS) else 0)


# Traces of the Turkish-like alphabet (LATN_TURKIC): w between consonants or opening a word before one, as ұ stands
# ("bwl", "jwmıs", "qwrağan", "wsınıldı", "wyım"), and y after a vowel, as й stands ("boyınşa", "keyin", "payızı",
# "moynına"). 2021 writes й as i ("boiynşa"), 2018 as ı ("boıynsha"); English words are vetoed before (_assess). Not
# after u or ü, where 2021 writes ы ("juyq" жуық, "auyruymen" ауыруымен).
_TURKIC_RE = re.compile(r"(?<=[bcdfghjklmnpqrstvzşçğñ])w(?=[bcdfghjklmnpqrstvzşçğñyı])|(?<![^\W\d_])w(?=[bcdfghjklmnp"
                        r"qrstvzşçğñyı])|(?<=[aeoäö])y(?=[ıiaeouäöü]|[bcdfghjklmnpqrstvzşçğñ][aeıiouäöü])", re.I)


def _turkic_evidence(text: str) -> int:
    return len(_TURKIC_RE.findall(text)) if "ı" in text else 0


def _guess_alphabet(text: str) -> str:
    """The alphabet whose specific letters the text uses most; no specific letter at all: 2021 (its plain
    letters u у, y ы, i і are also what a writer without diacritics types). Digraphs and no letter of the other
    alphabets: the digraph alphabet; ı with the w and y of the Turkish-like alphabet: that one."""
    if _digraph_evidence(text) > 0:
        return LATN_DIGRAPH
    c2018 = sum(text.count(ch) for ch in _MARK_2018)
    turkic = _turkic_evidence(text)
    if turkic >= 2 and turkic > c2018:
        return LATN_TURKIC
    dotless = text.count("ı")
    if dotless:
        # ı after a vowel is 2018 й (boıynsha, keıin, deıin); 2021 ı is і, which rarely follows a vowel. After
        # a consonant ı is both (2018 и: "bıyl", 2021 і: "jelısı"): a tie-break towards 2018 only.
        c2018 += len(_AFTER_VOWEL_DOTLESS_RE.findall(text)) + 0.1 * dotless
    c2021 = sum(text.count(ch) for ch in _MARK_2021) + text.count("İ")
    c2017 = len(_APOS_LETTER_RE.findall(text)) if any(a in text for a in _APOS) else 0
    best = max(c2018, c2021, c2017)
    if best == 0:
        return LATN2021
    if c2018 == best:
        return LATN2018
    if c2021 == best:
        return LATN2021
    return LATN2017


def detect_alphabet(text: str) -> str | None:
    """"latn2017", "latn2018" or "latn2021" if the paragraph is Kazakh in a Latin alphabet, else None (English,
    Russian, Cyrillic Kazakh, Cyrillic text with a Latin name, a URL, a text too short to tell)."""
    if not _ANY_LATIN_RE.search(text):
        return None
    verdict, alphabet = _assess(text)
    return alphabet if verdict == "yes" else None


# --- transliteration ------------------------------------------------------------------------------------


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _apostrophe_is_letter(seg: str, j: int, open_quote: bool) -> bool:
    """Whether the apostrophe at seg[j] (after a 2017 letter) belongs to the letter: inside a word always; at
    the end of a word unless it closes a quote opened at the start of one ('Astana')."""
    if j + 1 < len(seg) and _is_letter(seg[j + 1]):
        return True
    return not open_quote


def _convert(seg: str, alphabet: str, base: int, out: list[str], omap: list[int]) -> None:
    """Append the Cyrillic reading of seg to out and the input index (seg index + base) of each output
    character to omap."""
    n = len(seg)
    strict = alphabet == LATN2021 and ("ı" in seg or "İ" in seg)
    u_reading = _U.get(alphabet, "у")
    simple = _SIMPLE[alphabet]
    open_quote = False
    i = 0
    while i < n:
        ch = seg[i]
        width = 1
        fast = simple.get(ch)
        if fast is not None and (i + 1 == n or seg[i + 1] not in _COMBINING):
            out.append(fast)
            omap.append(base + i)
            i += 1
            continue
        if i + 1 < n and seg[i + 1] in _COMBINING:
            composed = unicodedata.normalize("NFC", seg[i : i + 2])
            if len(composed) == 1:
                ch, width = composed, 2
        upper = ch.isupper()
        prev_out = out[-1] if out and omap[-1] >= base else ""
        word_start = i == 0 or not _is_letter(seg[i - 1])
        # lowercase key; the capital I is ambiguous (і or и/й in 2018, і in strict 2021)
        if ch == "İ":
            key = "i"
        elif ch == "I":
            key = "ı" if strict else "i"
            if alphabet == LATN2018 and prev_out in _VOWELS_BEFORE_SHORT_I and i > 0 and seg[i - 1].isupper():
                key = "ı"  # all capitals: "BOIYNSHA" бойынша
        else:
            key = ch.lower() if len(ch.lower()) == 1 else ch
        nxt = seg[i + width] if i + width < n else ""
        nxt_low = nxt.lower()

        if ch in _APOS:
            if (i == 0 or not _is_letter(seg[i - 1])) and nxt and _is_letter(nxt):
                open_quote = True
            elif open_quote and not (nxt and _is_letter(nxt)):
                open_quote = False
            out.append(ch)
            omap.append(base + i)
            i += 1
            continue

        res: str | None = None
        digraph = _digraph_letter(seg, i, width, key, prev_out, word_start) if alphabet == LATN_DIGRAPH else (
            _turkic_letter(seg, i, width, key) if alphabet == LATN_TURKIC else None)
        if digraph is not None:
            res, width = digraph
        # 2017 apostrophe letters
        elif alphabet == LATN2017 and nxt and nxt in _APOS and key in "agnouyisc" and _apostrophe_is_letter(
            seg, i + width, open_quote
        ):
            width += 1
            if key == "i":
                after = seg[i + width].lower() if i + width < n else ""
                if after in ("a", "u") and (word_start or prev_out in _CYR_VOWELS):
                    res, width = ("я" if after == "a" else "ю"), width + 1
                else:
                    res = "й" if prev_out in _VOWELS_BEFORE_SHORT_I else "и"
            else:
                res = _APOSTROPHE[key]
        elif key == "s" and nxt_low == "h":
            res, width = "ш", width + 1
        elif key == "c" and nxt_low == "h":
            res, width = "ч", width + 1
        elif key == "t" and nxt_low == "s" and word_start and i + width + 1 < n and seg[i + width + 1] != "h":
            res, width = "ц", width + 1  # "tsentr" центр; inside a word ts is тс ("jatsa" жатса)
        elif key in _ACCENTED:
            res = _ACCENTED[key]
        elif key == "u":
            res = u_reading
        elif (key == "ı" and alphabet == LATN2018) or (key == "i" and alphabet == LATN2021):
            # the letter that is и/й (2018 ı, 2021 i); я and ю are ıa, ıý (2018) and ia, iu (2021) at the
            # start of a word or after a vowel ("taıaq" таяқ, "aksııa" акция), but "mıllıard" is миллиард
            ya_yu = {"a": "я", "ý": "ю"} if alphabet == LATN2018 else {"a": "я", "u": "ю"}
            if nxt_low in ya_yu and (word_start or prev_out in _CYR_VOWELS):
                res, width = ya_yu[nxt_low], width + 1
            elif prev_out in _VOWELS_BEFORE_SHORT_I:
                res = "й"
            elif alphabet == LATN2021 and not strict and nxt_low not in _LATIN_VOWELS:
                res = "і"  # _LOOSE_I: loose 2021, plain i between consonants is і ("bir", "segiz", "erikti")
            else:
                res = "и"
        elif key == "ı":
            res = "і" if alphabet == LATN2021 else ("й" if prev_out in _VOWELS_BEFORE_SHORT_I else "и")
        elif key == "i" and alphabet == LATN2018 and prev_out in _BACK_VOWELS_CYR:
            # a dotted i typed for ı after a back vowel ("aidyń" айдың, "saity" сайты, "habarlaidy", "aiasynda"
            # аясында): і never follows a back vowel in a Kazakh word, й does (and ıa, ıý are я, ю there)
            if nxt_low in ("a", "ý"):
                res, width = ("я" if nxt_low == "a" else "ю"), width + 1
            else:
                res = "й"
        elif key == "i":
            res = "і"
        elif key in _COMMON:
            res = _COMMON[key]
        if res is None:
            out.append(seg[i : i + width])
            omap.extend(range(base + i, base + i + width))
        else:
            if upper:
                # a capital digraph or a capital in an all-caps word: the whole output in capitals
                res = res.upper() if len(res) == 1 or (nxt and nxt.isupper()) else res[0].upper() + res[1:]
            for r in res:
                out.append(r)
                omap.append(base + i)
        i += width


# The digraph alphabet: vowels after which y and i are й ("payyz" пайыз, "ait" айт, "әielder" әйелдер); not у, which
# ы and і follow ("juyq" жуық, "sәuir" сәуір, "qauip" қауіп).
_DIGRAPH_VOWELS_BEFORE_SHORT_I = frozenset("аәеоөұүАӘЕОӨҰҮ")
_DIGRAPH_LATIN_VOWELS = frozenset("aeiouyáóúýәä")
_DIGRAPH_BACK_VOWELS = frozenset("aouyú")


def _word_rest(seg: str, j: int) -> str:
    k = j
    while k < len(seg) and _is_letter(seg[k]):
        k += 1
    return seg[j:k]


def _digraph_letter(seg: str, i: int, width: int, key: str, prev_out: str,
                    word_start: bool) -> tuple[str, int] | None:
    """The Cyrillic of the letter at seg[i] in the digraph alphabet (LATN_DIGRAPH) and the characters it takes, or
    None for a letter read as in the other alphabets (sh, ch, u, ó, á, the common letters)."""
    j = i + width
    nxt = seg[j].lower() if j < len(seg) else ""
    if key == "g" and nxt == "h":
        return "ғ", width + 1  # "baghasyn" бағасын
    if key == "n" and nxt == "g":
        # ң is "ng" at the end of a word ("qazaqtyng" қазақтың, "myng" мың) and "n" inside one ("Jana" жаңа, "enbek"
        # еңбек, "Songhy" соңғы): inside a word "ng" is н + г ("keyingi" кейінгі, "tenge" тенге, "brifing") or н + ғ
        # ("salynghan" салынған; мыңға, мыңнан, соңғы are mended in _LOAN_FIXES)
        after = seg[j + 1] if j + 1 < len(seg) else ""
        if not _is_letter(after):
            return "ң", width + 1
        return "н", width
    if key == "ý":
        return "ү", width  # "týn" түн, "ýshin" үшін
    if key == "ú":
        return "ұ", width  # "músylman" мұсылман
    if key == "y":
        if prev_out in _DIGRAPH_VOWELS_BEFORE_SHORT_I:
            if nxt == "a":
                return "я", width + 1  # "sayasat" саясат, "bayandalady" баяндалады
            return "й", width  # "payyz" пайыз, "deyin" дейін
        if word_start and nxt == "a":
            return "я", width + 1  # "yaghny" яғни
        return "ы", width
    if key == "i":
        if prev_out in _DIGRAPH_VOWELS_BEFORE_SHORT_I:
            return "й", width  # "ait" айт, "aiy" айы, "Qyrkýiek" Қыркүйек, "úiym" ұйым
        if nxt == "y":
            after = seg[j + 1].lower() if j + 1 < len(seg) else ""
            if after == "a":
                return "ия", width + 2  # "Aziya" Азия, "jariyalandy" жарияланды
            if after in _DIGRAPH_LATIN_VOWELS:
                return "и", width + 1  # "qasiyetti" қасиетті, "tiyis" тиіс
            rest = _word_rest(seg, j + 1)
            vowel = next((ch.lower() for ch in rest if ch.lower() in _DIGRAPH_LATIN_VOWELS), "")
            if rest.lower().startswith("na"):
                return "и", width + 1  # "jiynaldy" жиналды, "jiynau" жинау (but "jiyny" жиыны, "jiynda" жиында)
            if rest and (not vowel or vowel in _DIGRAPH_BACK_VOWELS):
                return "иы", width + 1  # "biyl" биыл, "jiyrma" жиырма, "siyr" сиыр (ы in a back-vowel word)
            return "и", width + 1  # "mýftiylerimen" мүфтилерімен, "nәtiyjesi" нәтижесі, "biyligi" билігі
        return "і", width
    return None


_TURKIC_VOWELS = frozenset("aeıiouäöü")


def _turkic_letter(seg: str, i: int, width: int, key: str) -> tuple[str, int] | None:
    """The Cyrillic of the letter at seg[i] in the Turkish-like alphabet (LATN_TURKIC) and the characters it takes,
    or None for a letter read as in the other alphabets."""
    j = i + width
    nxt = seg[j].lower() if j < len(seg) else ""
    if key == "ı":
        return "ы", width  # "jıl" жыл, "mıñ" мың
    if key == "w":
        return "ұ", width  # "bwl" бұл, "wyım" ұйым
    if key == "y":
        if nxt in ("a", "u"):
            return ("я" if nxt == "a" else "ю"), width + 1  # "populyaciya" популяция, "yağni" яғни
        return "й", width  # "boyınşa" бойынша, "keyin" кейін
    if key == "i":
        after = seg[j + 1].lower() if j + 1 < len(seg) else ""
        # и before a vowel ("kiik" киік, "million" миллион, "tiesili" тиесілі) and before я, ю in a loanword
        # ("populyaciya" популяция, "kommerciyalıq"); і elsewhere ("bir", "elimizde")
        return ("и" if nxt in _TURKIC_VOWELS or (nxt == "y" and after in ("a", "u")) else "і"), width
    return None


def _simple_table(alphabet: str) -> dict[str, str]:
    """Characters read without looking at their neighbours: most letters, digits, spaces and punctuation."""
    context = set("sctuiıxSCTUIİX" + _APOS + _COMBINING)  # digraphs, ambiguous letters, 2 output characters
    if alphabet == LATN2017:
        context |= set("agnouyiscAGNOUYISC")
    if alphabet == LATN_DIGRAPH:
        context |= set("gnyýúGNYÝÚ")
    if alphabet == LATN_TURKIC:
        context |= set("wyWY")
    table = {}
    for lo, cyr in (_COMMON | _ACCENTED).items():
        for src, dst in ((lo, cyr), (lo.upper(), cyr.upper())):
            if src not in context:
                table[src] = dst
    for code in range(32, 0x250):
        ch = chr(code)
        if not ch.isalpha() and ch not in context:
            table[ch] = ch
    return table


_SIMPLE = {alphabet: _simple_table(alphabet) for alphabet in ALPHABETS}


def _fix_loans(chars: list[str], start: int) -> None:
    """Same-length repairs of loanwords in chars[start:] (see _LOAN_FIXES)."""
    text = "".join(chars[start:])
    for m in _LOAN_FIX_RE.finditer(text):
        right = _LOAN_FIXES[m.group().lower()]
        for k, (old, new) in enumerate(zip(m.group(), right, strict=True)):
            chars[start + m.start() + k] = new.upper() if old.isupper() else new
    for m in _SIA_RE.finditer(text):
        old = chars[start + m.start()]
        chars[start + m.start()] = "Ц" if old.isupper() else "ц"


def to_cyrillic(text: str, alphabet: str) -> tuple[str, list[int]]:
    """Transliterate Latin-script Kazakh in `alphabet` to Cyrillic. Returns the Cyrillic text and the offset
    map: for each output index the input index of its source character, plus a final len(text). Digits,
    punctuation, spaces, Cyrillic letters, URLs and e-mail addresses pass through unchanged; case is kept."""
    if alphabet not in ALPHABETS:
        raise ValueError(f"unknown alphabet {alphabet!r}; expected one of {ALPHABETS}")
    out: list[str] = []
    omap: list[int] = []
    _convert_into(text, 0, alphabet, out, omap)
    omap.append(len(text))
    return "".join(out), omap


def _convert_into(text: str, base: int, alphabet: str, out: list[str], omap: list[int]) -> None:
    start_out = len(out)
    pos = 0
    for m in _URL_RE.finditer(text) if _has_url(text) else ():
        if m.start() > pos:
            _convert(text[pos : m.start()], alphabet, base + pos, out, omap)
        out.extend(m.group())
        omap.extend(range(base + m.start(), base + m.end()))
        pos = m.end()
    if pos < len(text):
        _convert(text[pos:], alphabet, base + pos, out, omap)
    _fix_loans(out, start_out)


# Cyrillic letters that look like Latin ones, typed inside a Latin-Kazakh word by a writer switching keyboards or by
# a converter ("Маńǵystаý jаstаr rеsýrstyq оrtаlyǵy", "кіtаp"): read as the Latin letters they stand for, so that
# the word is read at all. Only in a word that has Latin letters and no other Cyrillic ones ("р", "с", "у", "х", "н"
# are left out: they look like Latin letters that sound otherwise).
_LOOKALIKES, _THEIR_LATIN = "аеоікАЕОІКМТ", "aeoikAEOIKMT"
_CYR_LOOKALIKE = str.maketrans(_LOOKALIKES, _THEIR_LATIN)
_KK_LATIN = "a-zA-Záǵıńóúýäğñşūüöç"  # the letters of the three Latin alphabets
# (a combining accent typed after the look-alike belongs to the word: "О́tken jyly", Cyrillic О + U+0301 = Ó)
_MIXED_WORD_RE = re.compile(rf"(?:[^\W\d_]|[{_COMBINING}])*[{_KK_LATIN}](?:[^\W\d_]|[{_COMBINING}])*")
_CYR_CHAR = re.compile(r"[\u0400-\u04ff]")
# (a Latin letter next to a Cyrillic look-alike: the cheap test that such a word may be there at all)
_MIXED_PAIR_RE = re.compile(rf"[{_KK_LATIN}][{_LOOKALIKES}]|[{_LOOKALIKES}][{_COMBINING}]?[{_KK_LATIN}]")


def _latin_lookalikes(text: str) -> str:
    """`text` with the Cyrillic look-alikes inside Latin words replaced (the same length: offsets hold)."""
    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        cyr = _CYR_CHAR.findall(word)
        return word.translate(_CYR_LOOKALIKE) if cyr and all(ch in _LOOKALIKES for ch in cyr) else word
    return _MIXED_WORD_RE.sub(fix, text)


def transliterate_paragraphs(text: str) -> tuple[str, list[int] | None]:
    """Transliterate the Latin-Kazakh lines (paragraphs) of an article to Cyrillic, leaving the others as
    they are.

    Contract: returns ``(text, None)`` — the very same string — when nothing was converted (the common case,
    decided after a regex search or two); otherwise ``(converted, omap)`` with ``len(omap) == len(converted)
    + 1``, ``omap[-1] == len(text)``, identity offsets on the untouched lines, and a span ``(s, e)`` of
    ``converted`` being ``(omap[s], omap[e])`` of ``text`` (see ``map_span``). Each line is judged on its own;
    a short line that is neither English nor clearly Kazakh (a dateline "Astana, 12 mamyr", a caption) is
    converted when another line of the same text is Latin Kazakh, with that text's commonest alphabet."""
    if not _ANY_LATIN_RE.search(text):
        return text, None
    original = text
    if _MIXED_PAIR_RE.search(text):
        text = _latin_lookalikes(text)
    if not (_MARKER_RE.search(text) or any(_is_kk_word(w) or _kk_form(w) for w in _LATIN_WORD_RE.findall(text))):
        return original, None
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    if not any(_may_be_kazakh(text[s:e]) for s, e in lines):
        return original, None  # no line can be judged "yes": nothing is converted
    verdicts = [_assess(text[s:e]) for s, e in lines]
    found = Counter(alph for verdict, alph in verdicts if verdict == "yes")
    if not found:
        return original, None
    dominant = found.most_common(1)[0][0]
    if _turkic_page(text, lines, verdicts):
        dominant = LATN_TURKIC
        # a line of a Turkish-like page without a w or y of its own ("Mäselen, 2016-2017 jıldarı sanı …") or without
        # an ı ("mekendeydi, atap aytqanda") is read with its page: its ı is ы, never the і of 2021 or the и of 2018
        verdicts = [(verdict, LATN_TURKIC if alph in (LATN2018, LATN2021) and not any(
            ch in _MARK_2018 for ch in text[s:e]) else alph) for (s, e), (verdict, alph) in zip(lines, verdicts,
                                                                                               strict=True)]
    out: list[str] = []
    omap: list[int] = []
    pos = 0
    changed = False
    for (s, e), (verdict, alph) in zip(lines, verdicts, strict=True):
        if verdict == "no":
            continue
        if verdict == "unsure":
            alph = dominant if alph == LATN2021 and not _MARKER_RE.search(text[s:e]) else alph
        elif alph == LATN2018 and dominant == LATN_DIGRAPH:
            # a line of a page written with digraphs ("saghat", "halyqtyng") that has none of its own, only the
            # accents both alphabets share ("Jeksenbi, 29 Qyrkýiek 2024"): its ý is the page's ү, not 2018's у
            alph = dominant
        out.extend(original[pos:s])
        omap.extend(range(pos, s))
        _convert_into(text[s:e], s, alph, out, omap)
        changed = True
        pos = e
    if not changed:
        return original, None
    out.extend(original[pos:])
    omap.extend(range(pos, len(text)))
    omap.append(len(text))
    converted = "".join(out)
    if converted == text:
        return original, None
    return converted, omap


def _turkic_page(text: str, lines: list[tuple[int, int]], verdicts: list[tuple[str, str]]) -> bool:
    """Do the Kazakh lines of a page, taken together, write the Turkish-like alphabet: three traces of it at least
    (_turkic_evidence), more than the accented letters of 2018?"""
    kazakh = "\n".join(text[s:e] for (s, e), (verdict, _) in zip(lines, verdicts, strict=True) if verdict == "yes")
    traces = _turkic_evidence(kazakh)
    return traces >= 3 and traces > sum(kazakh.count(ch) for ch in _MARK_2018)


def map_span(omap: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """The span of the original text that the span (start, end) of the converted text came from."""
    if omap is None:
        return start, end
    return omap[start], omap[end]

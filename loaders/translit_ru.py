"""Russian in Latin letters: detect it per line and read it through Cyrillic.

Some Kazakh sites run every page through one Cyrillic→Latin converter, their Russian articles included
(adyrna.kz/lt: "Na segodniaşnii den gorodskie volonterskie organizasii razdali okolo 7000 produktovyh korzin").
The extractor reads Russian in Cyrillic only, so such a line is transliterated back with a small table of the
converter's letters (ş ш, ch ч, j ж, h х, y ы, ia я, iu ю, i й after a vowel) and read as Russian, its spans mapped
back to the original characters as loaders/translit.py does for Kazakh (`omap`: for each output character the
input index it came from, plus a final len(text)).

What is lost stays lost: ц and щ were written s and ş, ь and ъ dropped ("realizasii", "predprinimatelstva"), so
some words come back misspelt ("реализасии"); the words the extractor needs (numbers, "около", "более", "свыше",
months, "человек", "лет") come back whole. Detection is by density of Russian function words written so ("v", "na",
"po", "chto", "kotoryh", "bolee", "okolo", "goda"), never by one letter; a line with English function words is not
Russian, and Kazakh-Latin lines are loaders/translit.py's (this reader runs only when that one converted nothing).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Russian function and frequent words as the converters write them (lower case).
_RU_WORDS = frozenset(
    "i v vo na po ot do za s so iz k ko o ob obo u pri dlia chto kak eto ne no a ili ego ee ih nih kotoryh kotorye "
    "kotoryi kotoraia kotoroe kotorogo takje uje tolko bolee okolo svyşe svyshe menee pochti goda godu god let "
    "chelovek cheloveka liudei tysiach tys mln mlrd segodnia byl byla bylo byli budet budut vse vsego sredi posle "
    "cheret cherez mejdu takje sostavliaet sostavilo iz-za gorode goroda oblasti raiona respubliki strany".split()
)
_RU_HINT = re.compile(r"\b(?:chto|kotor\w+|bolee|okolo|goda|let|dlia|takje|uje|sv[yı](?:ş|sh)e|segodnia|chelovek\w*|"
                      r"liudei|tysiach|godu|iz|ot|po|na)\b", re.I)
_ENGLISH = frozenset("the and of to in for with is was were are by at from have has had that this".split())
_LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F\u014B]+")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_VOWELS = frozenset("aeiouyáóúýäöüūıAEIOUYÁÓÚÝÄÖÜŪI")

_ADDRESS = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|[\w.-]+\.(?:kz|com|ru|org|net|info|gov)\b", re.I)
# Two letters for one: checked before single letters.
_DIGRAPHS = {"şç": "щ", "sh": "ш", "ch": "ч", "zh": "ж", "ia": "я", "ıa": "я", "ya": "я", "iu": "ю", "ıu": "ю",
             "yu": "ю", "ıý": "ю", "yo": "ё", "kh": "х"}
_SINGLE = {"a": "а", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "ж",
           "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т",
           "u": "у", "v": "в", "w": "в", "y": "ы", "z": "з", "ş": "ш", "ç": "ч", "ū": "у", "ü": "ю", "ö": "ё",
           "ä": "я", "ğ": "г", "ñ": "н", "ŋ": "н", "ı": "и", "ý": "у", "ú": "у", "ǵ": "г", "ń": "н", "á": "а",
           "ó": "о", "é": "е", "x": "кс"}
# A soft adjective's ending "-ний" after a consonant cluster: "segodniaşnii", "poslednii", "letnii".
_SOFT_ADJECTIVE = re.compile(r"(?:şn|shn|jn|dn|tn|zn|chn)ii$")
# Words that open with "э" in Russian (the converters write "e"): "eto" это, "elektronnyi" электронный.
_E_OPENING = ("eto", "eti", "etu", "etim", "etih", "etot", "etoi", "etog", "elektr", "ekolog", "ekonom", "eksp",
              "effekt", "etap", "evak", "ekzam", "energ", "eksk", "ekip", "emig")


# Russian endings as the converters write them: "-ogo", "-ykh/-yh", "-iia", "-nyi", "-aia", "-ami", "-iah" (no
# Kazakh or English word ends so, bar a few names).
_RU_FORM = re.compile(r"(?:ogo|ego|yh|ykh|ih|iia|iiu|nyi|nyh|nym|aia|aiu|oe|ovat|ami|iami|iah|tsia|tsa|ennyi|enie|"
                      r"eniia|ost|stvo|stva|ovka|ovki)$")


def _russian_words(line: str) -> tuple[int, int, int]:
    """(function words, Russian forms, all words) among the Latin words of a line; (0, 0, 0) when the line has
    Cyrillic or two English function words."""
    if _CYRILLIC.search(line):
        return 0, 0, 0
    words = [w.lower() for w in _LATIN_WORD.findall(line)]
    if sum(w in _ENGLISH for w in words) >= 2:
        return 0, 0, 0
    ru = sum(w in _RU_WORDS for w in words)
    forms = sum(1 for w in words if w not in _RU_WORDS and len(w) >= 5 and _RU_FORM.search(w))
    return ru, forms, len(words)


def _is_russian_line(line: str) -> bool:
    ru, forms, n = _russian_words(line)
    return n >= 3 and ru >= 2 and ru + forms >= 3 and (ru + forms) * 3 >= n


# Words the converter spelt with a lost "ц" or "ь" that the rules need whole (Cyrillic, after the table): "9
# mesiasev" (месяцев: a duration), "na segodniaşnii den" (день: now), "do konsa goda" (до конца года), "-asiia"
# (-ация: "organizasii", "realizasii"; Russian words in -асия are rare), "iuridicheskih lis" (лиц).
_PREFIX_FIXES = (("месяс", "месяц"), ("сосиал", "социал"), ("спесиал", "специал"), ("станси", "станци"),
                 ("лисензи", "лицензи"), ("консерт", "концерт"), ("полиси", "полици"),
                 # "щ" written "ş" like "ш": "v nastoiaşee vremia" (в настоящее время: now), "obşestvo", "pomoş"
                 ("настояш", "настоящ"), ("обш", "общ"), ("помош", "помощ"), ("сушеств", "существ"))
_WORD_FIXES = {"ден": "день", "лис": "лиц", "конса": "конца", "консе": "конце", "отес": "отец"}
# A present participle, "-ющий/-ащий" ("nujdaiuşihsia", "projivaiuşie"): its "щ" was written "ş".
_PARTICIPLE_SHCH = re.compile(r"(?<=[юауяе])ш(?=(?:ий|ая|ее|ие|их|им|ими|ему|его|ей|ую|иеся|ихся|ийся)$)")
_ATION = re.compile(r"ас(?=(?:ия|ии|ию|ией|ий|иям|иями|иях)$)")


def _fixed(cyr: str, idx: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    low = cyr.lower()
    if low in _WORD_FIXES:
        new = _WORD_FIXES[low]
        new = new[:1].upper() + new[1:] if cyr[:1].isupper() else new
        return new, idx[:len(new)] + (idx[-1],) * max(0, len(new) - len(idx))
    for bad, good in _PREFIX_FIXES:
        if low.startswith(bad):
            return (good[:1].upper() if cyr[:1].isupper() else good[:1]) + good[1:] + cyr[len(bad):], idx
    m = _PARTICIPLE_SHCH.search(low)
    if m:
        cyr = cyr[:m.start()] + ("щ" if cyr[m.start()].islower() else "Щ") + cyr[m.end():]
    m = _ATION.search(low)
    if m:
        return cyr[:m.start()] + ("ац" if cyr[m.start()].islower() else "АЦ") + cyr[m.end():], idx
    return cyr, idx


@lru_cache(maxsize=4096)
def _word(word: str) -> tuple[str, tuple[int, ...]]:
    """(Cyrillic, input index of each output character) of one Latin word."""
    return _fixed(*_table(word))


def _table(word: str) -> tuple[str, tuple[int, ...]]:
    low = word.lower()
    out: list[str] = []
    idx: list[int] = []
    i = 0
    while i < len(word):
        pair = low[i:i + 2]
        if i == 0 and low[0] == "e" and low.startswith(_E_OPENING):
            cyr, width = "э", 1
        elif pair in _DIGRAPHS:
            cyr, width = _DIGRAPHS[pair], 2
        elif low[i] == "i" and i > 0 and low[i - 1] in _VOWELS and (i + 1 == len(low) or low[i + 1] not in _VOWELS) \
                and (low[i - 1] != "i" or _SOFT_ADJECTIVE.search(low, 0, i + 1)):
            # "liudei" людей, "deistvuiut" действуют, "Aitenov" Айтенов; after "i" only in a soft adjective's ending
            # ("segodniaşnii" сегодняшний; "organizasii" организации)
            cyr, width = "й", 1
        else:
            cyr, width = _SINGLE.get(low[i], word[i]), 1
        if word[i].isupper():
            cyr = cyr[:1].upper() + cyr[1:]
        out.append(cyr)
        idx.extend([i] * len(cyr))
        i += width
    return "".join(out), tuple(idx)


def russian_latin_paragraphs(text: str) -> tuple[str, list[int] | None]:
    """The text with its Russian-in-Latin lines in Cyrillic and the offset map, or (text, None) when it has none
    (a text needs two such lines, or one of a sentence's length, so that a stray caption is left alone)."""
    if not _LATIN_WORD.search(text) or not _RU_HINT.search(text):
        return text, None  # (a cheap gate: English and Kazakh-Latin texts hold none of these Russian words)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    russian = [(s, e) for s, e in lines if _is_russian_line(text[s:e])]
    if not russian or (len(russian) < 2 and len(_LATIN_WORD.findall(text[russian[0][0]:russian[0][1]])) < 8):
        return text, None
    # in such a text, a short line with one Russian word or form is Russian too (a title, "15 oktiabria – Mejdunarodnyi
    # den Beloi trosti", a caption)
    russian = [(s, e) for s, e in lines if (s, e) in russian or sum(_russian_words(text[s:e])[:2]) >= 1]
    out: list[str] = []
    omap: list[int] = []
    pos = 0
    for s, e in russian:
        out.append(text[pos:s])
        omap.extend(range(pos, s))
        last = s
        keep = [(u.start(), u.end()) for u in _ADDRESS.finditer(text, s, e)]
        for m in _LATIN_WORD.finditer(text, s, e):
            if any(a <= m.start() < b for a, b in keep):
                continue  # a site's address or a link ("Meyirim.kz", "https://adyrna.kz/…") stays as written
            out.append(text[last:m.start()])
            omap.extend(range(last, m.start()))
            cyr, idx = _word(m.group(0))
            out.append(cyr)
            omap.extend(m.start() + k for k in idx)
            last = m.end()
        out.append(text[last:e])
        omap.extend(range(last, e))
        pos = e
    out.append(text[pos:])
    omap.extend(range(pos, len(text)))
    omap.append(len(text))
    return "".join(out), omap

"""Areas: where a figure was counted (DESIGN §3). KZ for the whole country, else the region, city or other
country named nearest to the figure in its clause ("в Алматы", "Алматы қаласында", "in Almaty", "Almaty's"),
or in an earlier clause of its sentence, or the region of a regional article. A place-name prefilter runs only
the places whose names occur in the clause."""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.caseless import Caseless
from loaders.extract.patterns import WORD_END as _E
from loaders.extract.patterns import WORD_START as _W
from loaders.extract.patterns import first_literal_words
from loaders.lexicon import CITIES, CITY_FORMS_RU, COUNTRIES, KZ_PATTERNS, REGION_PATTERNS

_PREFIX = 5  # letters of a place name's beginning kept as its key ("казан", Kazan, must not pass "казахстан")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _name_key(piece: str) -> str:
    """The key of one flat alternative of an area pattern: the beginning of the word that names the place.
    Every text the alternative matches has a word (run of letters) beginning with it."""
    # The first word of three letters or more is the name, not a preposition: "в росси[ия]" → "росси",
    # "восточно-казахстанск\w* обл\w*" → "восточно", "вко\b" → "вко".
    words = first_literal_words(piece)
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
# key → the alternatives (indices into _AREA_ALTS) that name a place beginning with it
_ALTS_OF_KEY: dict[str, tuple[int, ...]] = {
    key: tuple(i for i, (_, _, alt_keys) in enumerate(_AREA_ALTS) if key in alt_keys) for key in _AREA_KEYS}
_KZ_RE = Caseless(re.compile(_W + "(?:" + KZ_PATTERNS + ")", re.I))  # loaders/caseless.py


@lru_cache(maxsize=1024)  # more than the ~220 places: each is compiled once
def _place_re(i: int) -> re.Pattern[str]:
    """The expression of one place alone, as it stands in the union of all of them."""
    return Caseless(re.compile(_W + "(?:" + _AREA_ALTS[i][0] + ")", re.I))  # type: ignore[return-value]


def _place_matches(clause_text: str, candidates: tuple[int, ...]) -> list[tuple[int, int, int]]:
    """(start, end, place) of what one union of the candidate places, in their order, finds in the clause,
    searched place by place: a union per set of candidates would be compiled anew for most clauses of real
    texts (0.5 s of 141 articles), each place's expression is compiled once.

    The union's scan, reproduced: the leftmost match wins, at the same start the first place in order (the
    expressions are the union's branches, and nothing follows them), and the next match is searched from
    its end. A place whose next match starts before that end is searched again from there."""
    pending = {i: _place_re(i).search(clause_text) for i in candidates}
    out: list[tuple[int, int, int]] = []
    while True:
        best: tuple[int, int] | None = None  # (start, place)
        for i in candidates:
            m = pending[i]
            if m is not None and (best is None or m.start() < best[0]):
                best = (m.start(), i)
        if best is None:
            return out
        start, place = best
        end = pending[place].end()  # type: ignore[union-attr]
        out.append((start, end, place))
        for i in candidates:
            m = pending[i]
            if m is not None and m.start() < end:
                pending[i] = _place_re(i).search(clause_text, end)


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
    candidates = tuple(sorted({i for key in keys for i in _ALTS_OF_KEY[key]}))
    if not candidates:
        return ()
    return tuple((start, end, _AREA_ALTS[i][1]) for start, end, i in _place_matches(clause_text, candidates))


# A clause about a total does not take a place from the clause before: "В Алматы 5 тыс., а всего 50 тыс.".
_TOTAL_WORDS = Caseless(re.compile(r"всего|итого|в целом|общее|общий|жалпы|барлығы|барлық|total|overall|altogether",
                                   re.I))
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


@lru_cache(maxsize=4096)
def has_country_scope(clause_text: str) -> bool:
    # asked of a clause, its segments and the text before it, for each figure there: searched once per text
    return bool(_KZ_RE.search(clause_text))


# A norm of the World Health Organization or an international one: "по нормам ВОЗ", "ВОЗ рекомендует", "according
# to WHO", "WHO recommends", "ДДҰ ұсынымы бойынша", "по международным стандартам". Its figures are `global`.
_INTERNATIONAL_NORM = re.compile(
    r"(?<![\w-])воз(?![\w-])|всемирн\w* организаци\w* здравоохранения|world health organi[sz]ation|"
    r"according to (?:the )?who\b|\bwho(?:'s)? (?:recommend|norm|standard|guideline)|(?<![\w-])ддұ(?![\w-])|"
    r"дүниежүзілік денсаулық сақтау ұйым|международн\w* (?:норм|стандарт|рекомендаци)|"
    r"international (?:norms?|standards?|recommendations?)\b|халықаралық (?:норма|стандарт)")


def figure_area(low: str, clause: tuple[int, int], segment: str, seg_start: int, seg_end: int, has_next: bool,
                rel: int, fig_end: int, article_area: str | None) -> tuple[str, bool]:
    """(area, scoped) of a figure whose number spans low[rel:fig_end]: `segment` is its stretch of the clause
    (between its neighbours, starting at seg_start), seg_end where the next figure's number starts (or the
    clause ends), `scoped` whether a place or the whole country is named for it."""
    c0, c1 = clause
    clause_text = low[c0:c1]
    if _INTERNATIONAL_NORM.search(clause_text):
        return "global", False  # "по нормам ВОЗ на 1000 человек должно приходиться 40 доноров": no place's figure
    # The figure's own stretch of the clause first: "всего в стране 12 центров, из них 3 – в Алматы".
    area = find_area(segment, rel - seg_start, fig_end - seg_start)
    if area == "KZ" and not has_country_scope(segment):
        # The rest of the clause up to the next figure: a place after a later figure set off by a comma is
        # that figure's ("6,500 volunteers helped, and up to 1,200 of them worked in the Atyrau region").
        # When the two are simply coordinated ("300 волонтеров и 200 доноров работают в Алматы"), the place
        # is both's.
        split = has_next and seg_end > rel and "," in low[fig_end: seg_end]
        area = find_area(low[c0: seg_end if split else c1], rel - c0, fig_end - c0)
    scoped = has_country_scope(clause_text) or area != "KZ"
    if not scoped and c0 > 0 and not _TOTAL_WORDS.search(clause_text):
        # A place (or the whole country) named in an earlier clause of the sentence: "В Шымкенте марафон
        # объединил 60 тысяч участников, а сумма собранных средств составила полтора миллиарда тенге".
        area = find_area(low[:c0], c0)
        scoped = area != "KZ" or has_country_scope(low[:c0])
    if area == "KZ" and article_area and not scoped:
        area = article_area  # a regional article: "в регионе", "волонтеры области"
    return area, scoped

"""Page text → article sentences: normalization, page-noise removal, sentence splitting, language, date.

Offsets matter: every figure keeps the character span where it was read, so the normalized text used for
matching has exactly the same length as the article text (one character in, one character out).
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

import razdel

from loaders import clock
from loaders.lexicon import (
    MONTH_RE_EN,
    MONTH_RE_KK,
    MONTH_RE_RU,
    MONTH_STEMS_EN,
    MONTH_STEMS_KK,
    MONTH_STEMS_RU,
    MONTHS_EN,
    MONTHS_KK,
    TOPIC_RE,
)

# Spaces that news sites put inside numbers ("2 500", "20 000"): NBSP, narrow NBSP, thin space, figure space.
_SPACE_LIKE = {"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
               "\t": " "}
# Latin letters that look like Cyrillic ones, typed by mistake inside Cyrillic words ("сall-центр").
_HOMOGLYPHS = dict(zip("aceopxyABCEHKMOPTXi", "асеорхуАВСЕНКМОРТХі", strict=True))
_DASHES = {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "–", "\u2212": "-"}
_CYR = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)


# (and the Kazakh letters some sites type with their look-alikes: "ӊ" (en with a tail, of Khanty) for "ң", "ɵ" (Latin
# barred o) for "ө": "4,5 мыӊға жуық", "халқыныӊ")
_TRANSLATE = str.maketrans({**_SPACE_LIKE, **_DASHES, "ё": "е", "Ё": "Е", "ӊ": "ң", "Ӊ": "Ң", "ɵ": "ө", "Ɵ": "Ө"})
# Greek look-alikes too, which some sites put inside Cyrillic words ("в 2013 гοду выделенο", "республиκансκогο"),
# likely against copying: read as the Cyrillic letters they stand for.
_GREEK_HOMOGLYPHS = dict(zip("οκαερτΟΚΑΕΡΤΧΜΗΒ", "окаертОКАЕРТХМНВ", strict=True))
_TO_CYRILLIC = {**_HOMOGLYPHS, **_GREEK_HOMOGLYPHS}
_HOMOGLYPH_RE = re.compile(
    "(?<=[а-яёәғқңөұүһі])[" + "".join(_TO_CYRILLIC) + "]|[" + "".join(_TO_CYRILLIC) + "](?=[а-яёәғқңөұүһі])",
    re.IGNORECASE,
)


# The other way round: Cyrillic look-alikes typed inside a Latin word ("оver one million" with a Cyrillic "о"). A word
# of Latin letters at least twice as many as its Cyrillic ones, every one of which has a Latin twin, is Latin.
_LATIN_TWINS = {cyr: lat for lat, cyr in _HOMOGLYPHS.items()}
_LATIN_LETTER = "a-zA-Z\u00c0-\u024f"
_TWINS = "".join(_LATIN_TWINS)
_CYRILLIC_IN_LATIN_RE = re.compile(f"[{_LATIN_LETTER}][{_TWINS}]|[{_TWINS}][{_LATIN_LETTER}]")
_LATIN_WORD_RE = re.compile(f"[{_LATIN_LETTER}{_TWINS}]*[{_TWINS}][{_LATIN_LETTER}{_TWINS}]*")


def _latin_word(m: re.Match[str]) -> str:
    word = m.group(0)
    cyrillic = sum(1 for ch in word if ch in _LATIN_TWINS)
    latin = len(word) - cyrillic
    if latin < 2 or latin < 2 * cyrillic:
        return word
    if (m.start() > 0 and _CYR.match(m.string[m.start() - 1])) or _CYR.match(m.string[m.end():m.end() + 1] or " "):
        return word  # glued to other Cyrillic letters: a Cyrillic word
    if all(ch in _HOMOGLYPHS or ch in _LATIN_TWINS for ch in word) and _cyrillic_around(m.string, m.start()):
        return word  # "300-дeн acа өрт": look-alikes alone, among Cyrillic words; the Cyrillic pass reads it
    return "".join(_LATIN_TWINS.get(ch, ch) for ch in word)


_CYRILLIC_ONLY = re.compile(r"[бвгджзилмнпфцчшщъыьэюяәғқңөұүһ]", re.I)
_LATIN_ONLY = re.compile(r"[bdfghjlmnqrstuvwz]", re.I)


def _cyrillic_around(text: str, at: int) -> bool:
    """Do the words just before `at` hold more letters only Cyrillic has than letters only Latin has?"""
    before = text[max(0, at - 30): at]
    return len(_CYRILLIC_ONLY.findall(before)) > len(_LATIN_ONLY.findall(before))


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Same-length normalization: space-likes to spaces, ё to е, Latin homoglyphs inside Cyrillic words (and Cyrillic
    ones inside Latin words), zeros typed
    as the letter "о" in the last group of a sum ("17 ооо теңге")."""
    out = text.translate(_TRANSLATE)
    if _CYRILLIC_IN_LATIN_RE.search(out):
        out = _LATIN_WORD_RE.sub(_latin_word, out)
    for _ in range(3):  # a run of look-alikes ("бec мыңғa", "acа") is reached one letter deeper by each pass
        if not _HOMOGLYPH_RE.search(out):
            break
        out = _HOMOGLYPH_RE.sub(lambda m: _TO_CYRILLIC.get(m.group(0), m.group(0)), out)
    if _LETTER_ZEROS.search(out):
        out = _LETTER_ZEROS.sub("000", out)
    if "." in out and _STRAY_DOT_BEFORE_A_SCALE.search(out):
        out = _STRAY_DOT_BEFORE_A_SCALE.sub(" ", out)
    return out


# A stray full stop typed between a decimal and its scale word ("1.5. mln patients were treated", "2,5. млн тенге"):
# read as a space, so the scale stays the number's.
_STRAY_DOT_BEFORE_A_SCALE = re.compile(r"(?:(?<=\d[.,]\d)|(?<=\d[.,]\d\d))\.(?=\s+(?:mln|bln|млн|млрд|тыс|мың|million|"
                                       r"billion)\b)")


# Zeros typed as the letter "о" (Cyrillic or Latin) in the last group of a sum: "17 ооо теңге (он жеті мың)", "5 ooo
# tenge". Only a group of three after digits and before a currency or its spelling-out in brackets: "ООО" (a company
# form) stands before a name, not after a number.
_LETTER_ZEROS = re.compile(r"(?<=\d )[оОoO]{3}(?=\s*(?:\(|теңге|тенге|тг\b|tenge|₸|kzt|руб|доллар|dollars|\$|"
                           r"евро|euro))", re.IGNORECASE)


# --- publication date ------------------------------------------------------------------------------

# (or of a month alone, " date 2024-01 ATYRAU. KAZINFORM …": the page's date to the month, see publication_date)
HEADER_DATE_RE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b")
# "19.08.2022 14:17", "18/11/2024 - 16:20" (day first, as Kazakh and European sites write it).
TIMESTAMP_RE = re.compile(r"(?<![\d./])(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s+(\d{1,2}):(\d{2}))?(?![\d./])")
_RU_MONTH_NUM = {"январ": 1, "феврал": 2, "март": 3, "мар": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
                 "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}


# A dateline with a month word and a clock time: "02 қыр, 2019 сағат 14:32", "12 марта 2024, 14:32",
# "March 3, 2024 14:32". Metadata like a "19.08.2022 14:17" timestamp: were it kept as the page's first line it
# would stand as the title, and the real headline after it would be dropped as a headline off the topic.
_KK_MONTH_ABBR = frozenset({"қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"})
_WORDED_DATELINE_RE = re.compile(
    r"^\s*(?:(?P<d1>\d{1,2})\s+(?P<m1>[^\W\d_]{3,12})\.?|(?P<m2>[^\W\d_]{3,12})\.?\s+(?P<d2>\d{1,2}))\s*,?\s*"
    r"(?:19|20)\d{2}\s*(?:ж\.|жыл\w*|г\.|года)?\s*[,|–—-]?\s*(?:сағат|сағ\.?|в|at)?\s*\d{1,2}:\d{2}\s*$",
    re.IGNORECASE)


# A dateline's counters before it on the same line, with the section's name at most ("1501 1 пікір 20 Наурыз, 2023
# сағат 14:51", "Жаңалықтар 3045 0 пікір 19 Қараша, 2020 сағат 14:48": views, then comments).
_COUNTERS_BEFORE = re.compile(r"^\s*(?:[^\W\d_]+\s+)?(?:\d+\s+){0,2}(?:пікір\w*|комментари\w*|comments?|"
                              r"просмотр\w*|views?)\s+", re.IGNORECASE)


def _worded_dateline(line: str) -> bool:
    """A dateline of a day, a month word, a year and a clock time (see _WORDED_DATELINE_RE), its counters before it
    at most (_COUNTERS_BEFORE)."""
    counters = _COUNTERS_BEFORE.match(line)
    m = _WORDED_DATELINE_RE.match(line[counters.end():] if counters else line)
    if not m and (first_digit := re.search(r"\d", line)) is not None and 0 < first_digit.start() and \
            len(line[:first_digit.start()].split()) <= 3 and not re.search(r"[.!?:;,]", line[:first_digit.start()]):
        # the site's section label glued before it: "Новости Казахстана30 сентября 2023, 10:20"
        m = _WORDED_DATELINE_RE.match(line[first_digit.start():])
    if not m:
        return False
    month = (m["m1"] or m["m2"]).lower()
    return month in _KK_MONTH_ABBR or any(f(month) for f in (ru_month_number, kk_month_number, en_month_number))


def ru_month_number(word: str) -> int | None:
    """Month number of a Russian month word in any case ("декабря" → 12)."""
    w = word.lower()
    for stem, num in sorted(_RU_MONTH_NUM.items(), key=lambda kv: -len(kv[0])):
        if w.startswith(stem) and (stem != "ма" or w[:3] in ("май", "мая", "мае", "маю")):
            return num
    return None


def kk_month_number(word: str) -> int | None:
    w = word.lower()
    for stem, num in sorted(MONTHS_KK.items(), key=lambda kv: -len(kv[0])):
        if w.startswith(stem):
            return num
    return None


def en_month_number(word: str) -> int | None:
    return MONTHS_EN.get(word.lower().rstrip("."))


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_RU_SHORT_MONTHS = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "окт": 10,
                    "ноя": 11, "дек": 12}
_KK_DAY_JOINT = r"(?:\s*[-–]\s*|\s+)"  # "19 наурыз", "19-наурыз"
FULL_DATE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(\d{1,2})\s+" + MONTH_RE_RU + r",?\s+(\d{4})", re.IGNORECASE), "dmy_ru"),
    # a site's short month in a date line: "Четверг, 24 Мар 2022, 14:15", "5 сен. 2019"
    (re.compile(r"\b(\d{1,2})\s+(" + "|".join(_RU_SHORT_MONTHS) + r")т?\.?,?\s+(\d{4})(?!\d)", re.IGNORECASE),
     "dmy_ru_short"),
    # a Kazakh day with or without its ordinal hyphen: "12 сәуір 2024", "12-сәуір 2024, 10:15", "2024 жылғы 12-сәуір"
    (re.compile(r"\b(\d{4})\s+жыл\w*\s+(\d{1,2})" + _KK_DAY_JOINT + MONTH_RE_KK + r"(?:\s+мен\s+(\d{1,2})"
                + _KK_DAY_JOINT + MONTH_RE_KK + ")?", re.IGNORECASE), "ydm_kk"),
    (re.compile(r"\b(\d{1,2})" + _KK_DAY_JOINT + MONTH_RE_KK + r",?\s+(\d{4})", re.IGNORECASE), "dmy_kk"),
    (re.compile(r"\b(\d{4})\s*(?:жылғы|ж\.)\s+(\d{1,2})" + _KK_DAY_JOINT + MONTH_RE_KK, re.IGNORECASE), "ydm_kk2"),
    (re.compile(r"\b" + MONTH_RE_EN + r"\s+(\d{1,2}),?\s+(\d{4})", re.IGNORECASE), "mdy_en"),
    (re.compile(r"\b(\d{1,2})\s+" + MONTH_RE_EN + r",?\s+(\d{4})", re.IGNORECASE), "dmy_en"),
    (TIMESTAMP_RE, "dotted"),
]


# A month word each pattern needs (a substring test once per text, to skip patterns that cannot match; an
# alternation of month names searched over the text would cost as much as the pattern); every pattern needs a
# four-digit year.
_MONTH_STEMS = {"ru": MONTH_STEMS_RU, "kk": MONTH_STEMS_KK, "en": MONTH_STEMS_EN}
_DATE_PATTERN_NEEDS = {"dmy_ru": "ru", "ydm_kk": "kk", "dmy_kk": "kk", "ydm_kk2": "kk", "mdy_en": "en",
                       "dmy_en": "en"}
_FOUR_DIGITS = re.compile(r"\d{4}")


_LASTS_UNTIL = re.compile(r"(?:продлится|будет\s+длиться|продолжится|будет\s+продолжаться|will\s+(?:last|run|continue))"
                         r"\s+(?:до|по|until|till|through)\s*$", re.I)


def explicit_dates(text: str) -> Iterator[dt.date]:
    """Every complete calendar date written in the text (used to infer a missing publication date)."""
    if not _FOUR_DIGITS.search(text):
        return
    low = text.lower()
    has: dict[str, bool] = {}
    for pattern, kind in FULL_DATE_PATTERNS:
        need = _DATE_PATTERN_NEEDS.get(kind)
        if need is not None:
            if need not in has:
                has[need] = any(stem in low for stem in _MONTH_STEMS[need])
            if not has[need]:
                continue
        for m in pattern.finditer(text):
            if _LASTS_UNTIL.search(text, max(0, m.start() - 40), m.start()):
                continue  # "продлится до 15 апреля 2026 года", "will last until April 15, 2026": a day to come
            g = m.groups()
            found: list[dt.date | None] = []
            if kind == "dmy_ru":
                month = ru_month_number(g[1])
                found.append(safe_date(int(g[2]), month, int(g[0])) if month else None)
            elif kind == "ydm_kk":
                month = kk_month_number(g[2])
                found.append(safe_date(int(g[0]), month, int(g[1])) if month else None)
                if g[3]:
                    month2 = kk_month_number(g[4])
                    found.append(safe_date(int(g[0]), month2, int(g[3])) if month2 else None)
            elif kind == "ydm_kk2":
                month = kk_month_number(g[2])
                found.append(safe_date(int(g[0]), month, int(g[1])) if month else None)
            elif kind == "dmy_ru_short":
                month = _RU_SHORT_MONTHS[g[1].lower()[:3]]
                found.append(safe_date(int(g[2]), month, int(g[0])))
            elif kind == "dmy_kk":
                month = kk_month_number(g[1])
                found.append(safe_date(int(g[2]), month, int(g[0])) if month else None)
            elif kind == "mdy_en":
                month = en_month_number(g[0])
                found.append(safe_date(int(g[2]), month, int(g[1])) if month else None)
            elif kind == "dmy_en":
                month = en_month_number(g[1])
                found.append(safe_date(int(g[2]), month, int(g[0])) if month else None)
            else:
                found.append(safe_date(int(g[2]), int(g[1]), int(g[0])))
            yield from (d for d in found if d and 1990 <= d.year <= 2100)


@dataclass(frozen=True)
class DateGuess:
    """An article's publication date and where it comes from (DESIGN §2). `precision` is how much of the date
    the evidence gives: "day", "month" (a URL with /2024/04/) or "year" (a year implied by the text); `date`
    is then the first day of that month or year, and `last` the last day."""

    date: dt.date | None
    basis: str  # source, page, text, url, inferred, year_only, unknown
    precision: str = "day"

    @property
    def last(self) -> dt.date | None:
        """The last day the publication may fall on."""
        if self.date is None or self.precision == "day":
            return self.date
        if self.precision == "month":
            nxt = dt.date(self.date.year + (self.date.month == 12), self.date.month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(self.date.year, 12, 31)


DATE_BASES = ("source", "page", "text", "url", "inferred", "year_only", "unknown")
TIMESTAMP_WINDOW = 3000  # characters: "near the top" of a copied page
_BYLINE = re.compile(r"^\s*(by|автор|опубликовано|published|updated|обновлено|жарияланды|жарияланған|дата)\b|"
                     r"\bon\s+\d{1,2}\s+[a-z]+\s+\d{4}\b", re.IGNORECASE)


_ISO_DATE_LINE = re.compile(r"(?<![\d-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}|(?![\d-]))")
# A site's clock in the page chrome, "Уақыт: 2025-12-29 15:59:35", "Время: 29.12.2025", "Today: 29 December 2025",
# "Бүгін: …", "Сегодня: …" (beside the weather and exchange rates): the day the page was copied, no date of the
# article; such a line is left out of the search for the date the page states at its top.
_CLOCK_LINE = re.compile(r"^\W*(?:уақыт|қазіргі\s+уақыт|бүгін|время|текущее\s+время|сегодня|"
                         r"uaqyt|bugin|today|current\s+time|time\s+now|now)\s*:", re.IGNORECASE)


# A site's calendar in its header: a day of the week and a date ("вторник, 26 ноября 2024 г.", "Friday, November
# 27th, 2020", "сейсенбі, 26 қараша 2024") with the site's widgets under it, bare readings of exchange rates and
# weather on lines of their own ("498.51", "8oC", "+3°C"). It is the day the page was copied, not the article's.
WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "дүйсенбі", "сейсенбі",
            "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday")
# A weekday's name as the languages inflect it ("в воскресенье", "в среду", "жексенбіде", "on Sunday"), Monday
# first (WEEKDAYS above holds only the uninflected names a calendar line prints): "суббот" stops short of "субботник"
# (a clean-up) and "сред" of "среди"/"средства".
_WEEKDAY_FORMS = (r"понедельник\w*|дүйсенбі\w*|monday", r"вторник\w*|сейсенбі\w*|tuesday",
                  r"сред[аеуы]\b|сәрсенбі\w*|wednesday", r"четверг\w*|бейсенбі\w*|thursday",
                  r"пятниц[аеуы]\b|жұма(?:да|сы|ның)?\b|friday", r"суббот(?:а|у|ы|е|ам)?\b|сенбі\w*|saturday",
                  r"воскресень[еяю]\b|жексенбі\w*|sunday")
_WEEKDAY_RES = tuple(re.compile(r"(?<![^\W\d_])(?:" + forms + ")", re.I) for forms in _WEEKDAY_FORMS)


def weekday_number(text: str) -> int | None:
    """The weekday (Monday 0) a text opens with, after a preposition at most ("в воскресенье", ", on Sunday"),
    None without one."""
    m = re.match(r"\W*(?:(?:в|во|on)\s+)?", text, re.I)
    rest = text[m.end():]
    for number, pattern in enumerate(_WEEKDAY_RES):
        if pattern.match(rest):
            return number
    return None


_COPYRIGHT_YEAR = re.compile(r"^\s*(?:copyright\s*)?(?:©|\([cс]\)|copyright\b)\s*(?:(?:19|20)\d{2}\s*[-–—]\s*)?"
                             r"((?:19|20)\d{2})(?!\d)", re.I | re.M)


def copyright_year(text: str) -> int | None:
    """The year of a site's copyright line ("© 2014 letnews.ru — …", "Copyright © 2010–2024 Zakon.kz", the later
    year of a span), the last one on the page; None without one or with a year to come. The site served the page
    in that year, so an article that states no date of its own is of that year at the latest."""
    years = [int(m.group(1)) for m in _COPYRIGHT_YEAR.finditer(text)]
    return years[-1] if years and years[-1] <= clock.today().year else None


_WEEKDAY_LINE = re.compile(r"^\W*(?:" + "|".join(WEEKDAYS) + r")\b.*\b(?:19|20)\d{2}\b", re.IGNORECASE)
_WIDGET_READING = re.compile(r"^\s*[-+]?\d{1,4}(?:[.,]\d{1,2})?\s*(?:o?[CС]|°\s*[CС]?)?\s*$")


# The same calendar led by "today" with no colon, a line of its own holding only a date and its weekday: "Сегодня 3
# апреля 2025 года, четверг", "Today is Friday, 3 April 2025", "Бүгін 2025 жылғы 3 сәуір". A sentence that opens
# so ("Сегодня 3 апреля 2025 года в Актобе прошла акция") goes on after the date and is not such a line.
_TODAY_DATE_LINE = re.compile(r"^\W*(?:сегодня|бүгін|today(?:\s+is)?)\s*,?\s*(?:[^\W\d_]+,\s*)?"
                              r"(?:\d{1,2}[\s.-]*[^\W\d_]*[\s.-]*(?:19|20)\d{2}(?:\s*(?:года|г\.?|жыл\w*))?|"
                              r"(?:19|20)\d{2}\s*(?:жыл\w*)?\s+\d{1,2}[\s.-]*[^\W\d_]+|"
                              r"[^\W\d_]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2})"
                              r"\s*(?:,\s*[^\W\d_]+)?\W*$", re.IGNORECASE)


# A line that is only a date, its weekday and ordinal suffix at most ("Friday, November 27th, 2020", "27 ноября 2020
# г.", "2020 жылғы 27 қараша, жұма"): a dateline or the site's calendar, never the article's title. The words allowed
# besides a month are few and closed; "In May 2020" or "Май 2020: итоги" are not such lines.
# (and Monday as a Latin-script page's own spelling reads through Cyrillic: "Dýisenbi, 28 Qazan 2024" → "Дуісенбі")
_WEEKDAYS = frozenset(WEEKDAYS) | {"дуісенбі", "дуйсенбі"}
_DATE_LINE_WORDS = frozenset("г года год жылғы жылы жыл th st nd rd".split())


# A clock time and a time zone beside the date ("12:59, 30 March 2009 | GMT +5", "30.03.2009, 12:59 (UTC+6)").
_CLOCK_AND_ZONE = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)|\b(?:GMT|UTC|ALMT|МСК)\s*(?:[+-]\s*\d{1,2})?|"
                             r"[|()]", re.I)


# A rubric before a date on the line of a page's header: "Society • 30 January, 2020", "Қоғам | 12 мамыр 2024".
_RUBRIC_BEFORE_A_DATE = re.compile(r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[•·|/–—]\s*")


def date_only_line(line: str) -> bool:
    """Is the line a date and nothing else (see _WEEKDAYS), its clock time and time zone at most, or a rubric's name
    before it ("Society • 30 January, 2020")?"""
    rubric = _RUBRIC_BEFORE_A_DATE.match(line)
    if rubric:
        line = line[rubric.end():]
    if ":" in line or "|" in line:
        line = _CLOCK_AND_ZONE.sub(" ", line)
    if len(line) > 60 or not re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", line) or re.search(r"[^\w\s,.\-/]", line):
        return False
    words = _WORD.findall(line.lower())
    months = [w for w in words if en_month_number(w) or ru_month_number(w) or kk_month_number(w)]
    return len(months) == 1 and all(w in _WEEKDAYS or w in _DATE_LINE_WORDS or w == months[0] for w in words)


def _site_calendar(lines: list[str], i: int) -> bool:
    if _TODAY_DATE_LINE.match(lines[i]):
        return True
    if _WEEKDAY_LINE.match(lines[i]):
        after = [ln for ln in lines[i + 1:i + 12] if ln.strip()]
        if sum(1 for ln in after if _WIDGET_READING.match(ln)) >= 2:
            return True
    # the widgets may stand above it instead ("0.3 C", "Shymkent", "22 ноября, 2024"): a short line of a date
    # with a reading of the weather or a rate among the few lines before it
    short = _WEEKDAY_LINE.match(lines[i]) is not None or len(_WORD.findall(lines[i])) <= 4
    return short and any(_WIDGET_READING.match(ln) for ln in lines[max(0, i - 6):i]) and \
        next(explicit_dates(lines[i]), None) is not None


def site_calendar_date(text: str) -> dt.date | None:
    """The day a site's header calendar shows (see above), None without one: the day the page was copied, which
    no article on it can be later than."""
    lines = text[:TIMESTAMP_WINDOW].split("\n")
    for i in range(min(len(lines), 15)):
        if _site_calendar(lines, i):
            dates = list(explicit_dates(lines[i]))
            if dates:
                return dates[0]
    return None


def _without_clock_lines(head: str) -> str:
    """The head of a page with each clock line and each imprint line (the site's registration date) blanked (its
    length kept, so that windows stay the same)."""
    lines = head.split("\n")
    return "\n".join(" " * len(line) if (":" in line and _CLOCK_LINE.match(line)) or _site_calendar(lines, i)
                     or _is_imprint(line, _words(line)) else line for i, line in enumerate(lines))


# A Kazakh site's header clock written in words over two lines, year first: "2024 Жыл" then "16 Қыркүйек"
# (or on one line, "2024 жыл 16 қыркүйек"): the day the page was copied. It is no date of the article, but it
# gives the year of the article's own day-and-month line ("• 2 Тамыз", "2 тамыз", "02-тамыз") further down the
# head, which sites print without a year.
_KK_YEAR_WORD_LINE = re.compile(r"^\W*((?:19|20)\d{2})\s*жыл\W*$", re.IGNORECASE)
_KK_DAY_MONTH_LINE = re.compile(r"^\W*(\d{1,2})" + _KK_DAY_JOINT + MONTH_RE_KK + r"\W*$", re.IGNORECASE)
_KK_YEAR_DAY_MONTH_LINE = re.compile(r"^\W*((?:19|20)\d{2})\s*жыл\s+(\d{1,2})" + _KK_DAY_JOINT + MONTH_RE_KK
                                     + r"\W*$", re.IGNORECASE)


def _kk_header_clock(lines: list[str]) -> tuple[int, dt.date] | None:
    """(index of its last line, date) of a worded year-first header clock (see _KK_YEAR_WORD_LINE)."""
    for i, line in enumerate(lines):
        one = _KK_YEAR_DAY_MONTH_LINE.match(line)
        if one:
            month = kk_month_number(one[3])
            d = safe_date(int(one[1]), month, int(one[2])) if month else None
            if d:
                return i, d
        year = _KK_YEAR_WORD_LINE.match(line)
        if year:
            for j in range(i + 1, min(i + 3, len(lines))):
                dm = _KK_DAY_MONTH_LINE.match(lines[j])
                if dm:
                    month = kk_month_number(dm[2])
                    d = safe_date(int(year[1]), month, int(dm[1])) if month else None
                    if d:
                        return j, d
                elif lines[j].strip():
                    break
    return None


def _kk_day_month_under_clock(head: str) -> dt.date | None:
    """The article's yearless day-and-month line dated by the year of the header clock above it (a day after
    the clock's falls in the year before)."""
    if "жыл" not in head.lower():
        return None
    lines = head.split("\n")
    clock = _kk_header_clock(lines[:15])
    if clock is None:
        return None
    last, today = clock
    for line in lines[last + 1:]:
        dm = _KK_DAY_MONTH_LINE.match(line)
        month = kk_month_number(dm[2]) if dm else None
        if dm and month:
            d = safe_date(today.year, month, int(dm[1]))
            if d and d > today:
                d = safe_date(today.year - 1, month, int(dm[1]))
            if d:
                return d
    return None


_TAIL_AFTER = 300  # characters of the page before a tail marker that can only close it (a menu may say "Related")


def _before_the_tail(head: str) -> str:
    """The head of a page up to its tail ("Сондай-ақ оқыңыз" / "Read also" and the related headlines with their
    timestamps, "08.12.2025, 20:56"): a short page's tail is within the window, and its dates are other articles'."""
    start = 0
    lines = head.split("\n")
    for k, line in enumerate(lines):
        if start >= _TAIL_AFTER and TAIL_MARKERS.match(line):
            return head[:start]
        if start >= _TAIL_AFTER and _dated_headlines_from(lines, k):
            return head[:start]
        start += len(line) + 1
    return head


def _dated_headlines_from(lines: list[str], k: int) -> bool:
    """Does a list of other stories start at line k: a date alone on its line, a headline, then another date alone
    ("20.05.2025" / "Казахстан: Как за год сахарная промышленность …" / "25.04.2025" / …)?"""
    def dated(line: str) -> bool:
        st = line.strip()
        return bool(st) and (TIMESTAMP_RE.fullmatch(st) is not None or date_only_line(st))
    if not dated(lines[k]):
        return False
    rest = [ln for ln in lines[k + 1:k + 6] if ln.strip()]
    return len(rest) >= 2 and not dated(rest[0]) and dated(rest[1])


def text_date(text: str) -> dt.date | None:
    """The date the page states at its top: a leading ` date YYYY-MM-DD`, a `dd.mm.yyyy[ hh:mm]` timestamp, a
    line that is only a date in words ("2025 жылғы 14 маусым", "14 июня 2025 года") or a byline with a date
    ("By … on 14 June 2025", "Опубликовано: 25 ноября 2025")."""
    m = HEADER_DATE_RE.match(text)
    if m and m[3]:
        d = safe_date(int(m[1]), int(m[2]), int(m[3]))
        if d:
            return d
    head = _without_clock_lines(_before_the_tail(text[:TIMESTAMP_WINDOW]))
    under_clock = _kk_day_month_under_clock(head)
    if under_clock:
        return under_clock
    for m in TIMESTAMP_RE.finditer(head):
        d = safe_date(int(m[3]), int(m[2]), int(m[1]))
        if d:
            return d
    for line in head.split("\n")[:15]:
        words = len(_WORD.findall(line))
        iso = _ISO_DATE_LINE.search(line) if words <= 6 else None
        if iso:  # "2025-06-14T10:15:00+05:00", "2025-06-14 10:15" on a line of its own
            d = safe_date(int(iso[1]), int(iso[2]), int(iso[3]))
            if d:
                return d
        if 0 < words <= 4 or (words <= 14 and _BYLINE.search(line)):
            dates = list(explicit_dates(line))
            if dates:
                return dates[0]
    return None


# Dates in a URL's path, as news sites write them (htmldate's URL rules where they fit): /2023/06/21/,
# /2023-06-21-…, /20201229/, …-12-05-2025.html (day first), and /2024/04/ (year and month only).
_URL_YMD = re.compile(r"(?<![\d])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?![\d])")
# A Joomla category's alias is the time it was made ("/index.php/2013-01-30-09-03-23/1780-start-turizmu"): a day with
# its hours, minutes and seconds that closes a path segment before the article's own ("1780-start-turizmu"); an
# article's alias made so ends the path or is the article's own time.
_JOOMLA_CATEGORY_ALIAS = re.compile(r"-\d{2}-\d{2}-\d{2}/[^/?#]*[^\W\d_]")
# A compact YYYYMMDD is a date also inside a slug, set off by - _ / on both sides ("/19093-20241007-210919",
# "news_20241007", "/20201229/"): eight digits glued to other digits are an id ("/1920241007"), and a compact
# date must fall in 2000–2030 (eight digits of an id or a phone number rarely make a valid day of those years).
_URL_YMD_COMPACT = re.compile(r"(?<=[/_-])(20[0-3]\d)(\d{2})(\d{2})(?=/|\.|_|-|$)")
_URL_DMY = re.compile(r"(?<![\d])(\d{1,2})[_.-](\d{1,2})[_.-]((?:19|20)\d{2})(?=\.html?|/|_|-|$)")
# A slug that opens with its day, month and a two-digit year, "/27-12-24-bolshe-sta-…" (regional sites write the
# date day first, as their readers do): only at the very start of a segment and before the slug's words, where an
# id or a count would not stand as three pairs of digits.
_URL_DMY_SHORT = re.compile(r"(?<=/)(\d{2})-(\d{2})-(\d{2})-(?=[a-z])", re.I)
_URL_YM = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/")
_URL_ARTICLE_ID_DATE = re.compile(r"[?&]id=\d+(?:%3A|:)((?:19|20)\d{2})-(\d{2})-(\d{2})", re.I)


# A page fetched through a proxy or a redirect carries its own address in the query ("https://faq.com/?q=https://
# mediazona.ca/article/2024/01/22/kz-palliative", "…/redirect?url=https%3A%2F%2F…"): that address is the page's.
_WRAPPED_URL = re.compile(r"[?&][a-z_]+=(https?(?::|%3A)(?:/|%2F){2}\S+)", re.I)


def unwrapped_url(url: str) -> str:
    """The address a proxy's URL wraps in its query (see above), else the URL itself."""
    m = _WRAPPED_URL.search(url)
    return urllib.parse.unquote(m.group(1)) if m else url


_UNIX_TIME_SITES = ("ortcom.kz", "liter.kz", "elordainfo.kz")
_URL_UNIX_TIME = re.compile(r"(?<!\d)(1[3-9]\d{8})(?!\d)")


def url_date(url: str | None) -> tuple[dt.date, str] | None:
    """(date, precision) from a URL's path: precision "day", or "month" for /2024/04/; None without one."""
    if not url:
        return None
    url = unwrapped_url(url)
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.I).split("?")[0].split("#")[0]
    for pattern, order in ((_URL_YMD, "ymd"), (_URL_YMD_COMPACT, "ymd"), (_URL_DMY, "dmy"), (_URL_DMY_SHORT, "dmy")):
        for m in pattern.finditer(path):
            if order == "ymd" and _JOOMLA_CATEGORY_ALIAS.match(path, m.end()):
                continue  # "/index.php/2013-01-30-09-03-23/1780-start-turizmu": a category's creation time
            y, mo, d = (int(m[1]), int(m[2]), int(m[3])) if order == "ymd" else (int(m[3]), int(m[2]), int(m[1]))
            if y < 100:  # a two-digit year: of this century and not to come
                y += 2000
                if y > clock.today().year:
                    continue
            found = safe_date(y, mo, d)
            if found and 1995 <= y <= 2100:
                return found, "day"
    m = _URL_YM.search(path + "/")
    if m and 1 <= int(m[2]) <= 12 and 1995 <= int(m[1]) <= 2100:
        return dt.date(int(m[1]), int(m[2]), 1), "month"
    # a site that names its pages by their Unix time ("ortcom.kz/ru/amp/novosti/1665375290" of 10 October 2022,
    # "liter.kz/…-1715581602"), read in Kazakhstan's time (UTC+5); other sites' ten-digit ids are no times
    # (kt.kz's "…_1377972473.html" are ids of August 2013 on pages of 2013-2025)
    host = re.sub(r"^[a-z]+://", "", url.strip(), flags=re.I).split("/")[0].split(":")[0].lower()
    if host.endswith(_UNIX_TIME_SITES):
        t = _URL_UNIX_TIME.search(path)
        if t:
            moment = dt.datetime.fromtimestamp(int(t[1]), dt.timezone(dt.timedelta(hours=5)))
            if moment.date() <= clock.today():
                return moment.date(), "day"
    # a Joomla article's alias in the query, its creation time ("?option=com_content&view=article&id=166%3A2019-11-13-
    # 06-05-31&catid=38%3A2012-05-03-…": the article's id, not its category's)
    j = _URL_ARTICLE_ID_DATE.search(url)
    if j:
        found = safe_date(int(j[1]), int(j[2]), int(j[3]))
        if found:
            return found, "day"
    return None


_IMAGE_PATH_DATE = re.compile(r"(?:https?://\S+?)?/(?:image|images|img|uploads?|media|files|content/uploads|"
                              r"wp-content/uploads)/(?:19|20)\d{2}/\d{1,2}/(?:\d{1,2}/)?\S*?\.(?:jpe?g|png|webp|gif)\b",
                              re.I)


def publication_date(text: str, body: str | None = None, url: str | None = None,
                     original: str | None = None) -> DateGuess:
    """Publication date from the page alone (sources.csv is consulted by the caller first): the date the page
    states at its top (`text`), else a date in its URL (`url`), else the latest complete date the text states
    (`inferred`), else `unknown`. A year implied by the text's references (`year_only`) is the article
    dating's (loaders/extract/dating.py), which reads period expressions.

    `body` is the article text with page noise removed; the inference uses it so that dates of
    unrelated headlines and "Related" links are not taken for the article's date.
    """
    d = text_date(text)
    if d:
        return DateGuess(d, "text")
    in_url = url_date(url)
    if in_url:
        return DateGuess(in_url[0], "url", in_url[1])
    header = HEADER_DATE_RE.match(text)
    if header and not header[3] and safe_date(int(header[1]), int(header[2]), 1):
        # " date 2024-01": the page's header dates it to the month only (a URL's day, when there is one, is finer)
        return DateGuess(dt.date(int(header[1]), int(header[2]), 1), "text", "month")
    image = _IMAGE_PATH_DATE.search((original or text)[:TIMESTAMP_WINDOW])  # (a Latin page's own characters)
    if image:
        # the page's own picture, uploaded with the article ("/image/2020/02/17/crop-300_….jpg",
        # "https://adyrna.kz/content/uploads/2024/10/….jpg"): its folder dates the page as a URL would
        found = url_date(image.group(0))
        if found and found[0] <= clock.today():
            return DateGuess(found[0], "url", found[1])
    dates = list(explicit_dates(body if body is not None else text))
    if dates:
        latest = max(dates)
        header = yearless_header_day(text)
        if header is not None:
            # "Атырау, 15 қаңтар 15:48" over a text whose latest date is 1 December 2023: the header's day on or
            # after that date (15 January 2024), no earlier than what the text already tells of
            month, day = header
            for year in (latest.year, latest.year + 1):
                on = safe_date(year, month, day)
                if on is not None and on >= latest and on <= clock.today():
                    return DateGuess(on, "inferred")
        return DateGuess(latest, "inferred")
    return DateGuess(None, "unknown")


# A header's day and month with no year, a place and a clock around it ("Атырау, 15 қаңтар 15:48", "15 января 10:20",
# "Almaty, 15 January"): a line of its own near the top.
# (a view counter may follow the clock: "30 Қаңтар, 18:15 3882")
# (the place may be glued to the day, the comma spaced off: "Atyrau28 January , 10:37")
_YEARLESS_HEADER_DAY = re.compile(r"^\s*(?:[^\W\d_][\w-]*,\s*|[^\W\d_]+(?=\d))?(\d{1,2})\s+([^\W\d_]+)\.?"
                                  r"(?:\s*,?\s+\d{1,2}:\d{2}(?:\s+\d+)?)?\s*$")


def yearless_header_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a header's day written without its year near the top (see above), None without one."""
    for line in text.split("\n")[:8]:
        m = _YEARLESS_HEADER_DAY.match(line)
        if m is None:
            continue
        word = m.group(2).lower()
        month = kk_month_number(word) or ru_month_number(word) or en_month_number(word)
        if month and 1 <= int(m.group(1)) <= 31:
            return month, int(m.group(1))
    return None


# --- page noise -------------------------------------------------------------------------------------

TAIL_MARKERS = re.compile(
    r"^\s*(tags|теги|тэги|тегтер|share|поделитесь|поделиться|бөлісу|related|похожие новости|похожие|"
    r"читайте также|ұқсас жаңалықтар|тағы оқыңыз|топ новости|популярное|подпишитесь|subscribe|"
    r"comments|комментарии|пікірлер|read also|see also|more news|другие новости|последние новости|"
    r"сондай-ақ оқыңыз|также читайте|"
    # a tag cloud with the count of each tag: "Читайте новости по меткам: горячие новости 555 Барыс 344 …"
    r"читайте новости по меткам|новости по меткам|метки|read news by tags|тегтер бойынша)\b"
    r"\s*:?\s*",
    re.IGNORECASE,
)
_READ_ALSO_WORDS = r"(?:читайте также|также читайте|тағы оқыңыз|оқи отырыңыз|read also|see also|read more)"
_READ_ALSO = re.compile(r"^\s*" + _READ_ALSO_WORDS + r"\s*:", re.IGNORECASE)
_READ_ALSO_ALONE = re.compile(r"^\s*" + _READ_ALSO_WORDS + r"\s*:?\s*$", re.IGNORECASE)  # the link on the next line
_SENTENCE_END_CHARS = frozenset(".!?…»\"”)")


def _ends_with_a_quoted_name(line: str, words: int) -> bool:
    """A short line whose closing quote ends a name opened inside it, no stop before it ("150 детей получили школьные
    принадлежности от партии «NUR OTAN»", "Волонтеры помогли фонду «Добро»"): a title, though it ends like a quoted
    sentence. A line that opens with the quote ("«Мы поможем всем»") or has a stop inside the quote is speech."""
    end = line.rstrip()
    if words > 14 or end[-1:] not in "»”\"" or end[-2:-1] in (".", "!", "?", "…"):
        return False
    opening = end.rfind("\"", 0, len(end) - 1) if end[-1] == "\"" else max(end.rfind("«"), end.rfind("“"))
    return opening > 0 and not any(c in end[opening:] for c in ".!?")


def _ends_sentence(line: str) -> bool:
    r"""Does the line end like a sentence: a stop, a closing quote or bracket, then only spaces? (What a search of
    `[.!?…»"”)]\s*$` answers, without trying that expression at every character of every line: `\s` and
    str.rstrip strip the same characters.)"""
    end = line.rstrip()
    # a single closing quote after the stop ("… such a great community event.’") ends it too; alone it may be an
    # apostrophe ("the volunteers’")
    return end[-1:] in _SENTENCE_END_CHARS or (end[-1:] in "’'" and end[-2:-1] in (".", "!", "?"))


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_DIGIT = re.compile(r"\d")
_BULLET = re.compile(r"^\s*[•·▪●◦‣∙]")
_METADATA_LINE = re.compile(r"^\s*(фото|photo|сурет|видео|video|источник|source|автор|author)\s*:", re.I)
# Page chrome anywhere on the page: cookie banners, weather and currency widgets, calls to subscribe, breadcrumbs.
_PAGE_CHROME = re.compile(
    r"cookie|куки|курс (?:доллара|евро|рубля|юаня|валют)|"
    r"exchange rate|бағамы|"
    r"подписывайтесь|подпишитесь|жазылыңыз|follow us|subscribe to|"
    # a login prompt: "Авторизуйтесь через один из следующих сервисов:", "Sign in with", "Войти через"
    r"^\s*(?:авторизуйтесь|войдите|войти|sign in|log in)\s+(?:через|with|using)\b|"
    r"\b(?:credit|photo|фото|сурет|источник фото)\s*:|depositphotos|shutterstock|getty images|"
    r"^\s*(главная|басты бет|home)\s*[/›»>|]|"
    # a link back to the site's front page on a line of its own: "Go to the main site", "Перейти на главную",
    # "Басты бетке өту"
    r"^\W*(?:go (?:back )?to (?:the )?main (?:site|page)|перейти на главную(?: страницу)?|басты бетке (?:өту|оралу|"
    r"көшу))\W*$|"
    # an accessibility link and a breadcrumb's label on lines of their own, above the title ("Skip to content",
    # "Перейти к содержимому", "Негізгі мазмұнға өту", "You are here", "Вы здесь:")
    r"^\W*(?:skip to (?:the )?(?:main )?(?:content|navigation)|skip navigation|перейти к (?:основному )?"
    r"(?:содержимому|содержанию|контенту)|(?:негізгі )?мазмұнға (?:өту|көшу)|you are here|вы здесь|вы находитесь здесь|"
    r"сіз осындасыз|сіз мұндасыз)\W*$|"
    # a counter line: "Комментарии (3)", "Просмотров: 1 245", "12 comments", "Пікірлер 3"; a channel's followers on
    # a line of its own ("31 подписчик", "Подписчиков: 1 245", "310 followers", "31 жазылушы")
    r"^\s*(?:комментари\w*|просмотр\w*|пікір\w*|қаралым\w*|comments?|views?|likes?|shares?|подписчик\w*|"
    r"followers?|subscribers?|жазылушы\w*|оқылды|прочитано)\s*[:(]?\s*\d[\d\s]*\)?\s*$|"
    r"^\s*\d[\d\s]*\s*(?:комментари\w*|просмотр\w*|пікір\w*|comments?|views?|likes?|shares?|подписчик\w*|"
    r"followers?|subscribers?|жазылушы\w*)\s*$|"
    # a weather widget's reading: "давление: 758 мм.рт.ст.", "Влажность: 80%", "Ветер: 5 м/с", "Қысым: 758 мм",
    # "Pressure: 758 mmHg" (a label, a colon and a number opening the line; prose about a storm has no colon)
    r"^\s*(?:атмосферное\s+)?(?:давление|влажность|ветер|атмосфералық\s+қысым|қысым|ылғалдылық|жел|pressure|"
    r"humidity|wind)\s*:\s*[-+]?\d|"
    # the site's own advertisement: "Сайт жасап беруге тапсырыс қабылдаймыз! … құны – 150 мың теңге"
    r"тапсырыс(?:тар)?\s+қабылдаймыз|принимаем заказы|заказы принимаются|we (?:take|accept) orders|"
    r"по вопросам (?:размещения )?рекламы|жарнама (?:орналастыру|бойынша)|advertise with us|реклама на сайте|"
    # the site's call for readers' tips, said to the reader in the second person ("Звоните, если вы стали
    # очевидцем происшествия…", "Оқиғаның куәсі болсаңыз, хабарласыңыз", "If you have witnessed an incident, call
    # us"): chrome, no headline; prose about witnesses ("очевидцы рассказали", "стали очевидцами") is not addressed
    r"если вы стали очевидц|если вы очевидец|куәсі болсаңыз|if you (?:have )?witnessed|if you are a witness|"
    # the site's own name on a line of its own, above the headline ("Сәдуақас қажы Ғылмани мешітінің ресми сайты",
    # "Официальный сайт акимата города Астаны", "Official website of the Akimat of Almaty"): no title; a sentence
    # that cites the site ("на официальном сайте акимата сообщили", "ресми сайтында жарияланды") is text
    r"^[^.!?:\d]{0,80}\bресми (?:сайты|интернет-ресурсы)\s*$|"
    r"^\s*официальный (?:сайт|интернет-ресурс)\b[^.!?:\d]{0,80}$|^\s*(?:the )?official website of\b[^.!?:\d]{0,80}$|"
    # a search box's hint: "Введите не менее 4х символов...", "Enter at least 3 characters", "Кемінде 3 таңба енгізіңіз"
    r"^\W*(?:введите|enter|type)\s+(?:не менее|минимум|хотя бы|at least|a minimum of)\s+\d+\S*\s+(?:символ\w*|"
    r"characters?|letters?)|^\W*(?:кемінде|ең кемі)\s+\d+\S*\s+(?:таңба|символ)\w*\s+енгізіңіз",
    re.I,
)
# Substrings one of which every chrome line above contains: a cheap test before the expressions.
_CHROME_KEYS = ("cookie", "куки", "погод", "ауа", "weather", "°", "курс", "exchange", "бағам", "подпи", "жазыл",
                "follow", "subscribe", "авториз", "войд", "войти", "sign in", "log in",
                "главная", "басты", "home", "skip", "перейти", "мазмұн", "you are", "вы здесь", "вы наход",
                "main site", "main page",
                "осындасыз", "мұндасыз", "usd", "eur", "rub", "cny", "gbp", "kzt", "brent",
                "credit", "photo", "фото", "сурет", "shutterstock", "getty", "коммент", "просмотр", "пікір", "қаралым",
                "оқылды", "прочитан",
                "comment", "view", "like", "share", "тапсырыс", "заказ", "orders", "реклам", "жарнам", "advertise",
                "давлен", "влажн", "ветер", "қысым", "ылғал", "жел", "pressure", "humidity", "wind",
                "очевид", "куәсі", "witness", "сайт", "website", "интернет-ресурс", "введите", "enter", "type",
                "енгізіңіз",
                "$", "€", "₽", "£", "¥", "₸")  # the signs of an exchange-rate ticker (_symbol_ticker)


def trie_regex(words: set[str] | tuple[str, ...]) -> str:
    """An expression matching exactly the given words, as a trie: at a position it tests one character per step
    instead of every word, and matches the longest word there."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)


_CHROME_KEY_RE = re.compile(trie_regex(_CHROME_KEYS))


# Characters that the regular expressions match case-insensitively to another letter beyond the simple lower case
# (re._casefix: "i" and "ı", "s" and "ſ", Cyrillic "в" and "ᲀ", Greek sigmas …): a needed word holds none of them
# (in the text, they may stand for a letter that .lower() does not give), nor a letter whose lower case is more
# than one character ("İ").
try:
    from re._casefix import _EXTRA_CASES as _EXTRA_CASES  # Python 3.11+
except ImportError:  # pragma: no cover - older Pythons: the table of re's compiler
    from sre_compile import _EXTRA_CASES as _EXTRA_CASES  # type: ignore[no-redef]
_CASE_CLASS_CHARS = frozenset(chr(c) for key, others in _EXTRA_CASES.items() for c in (key, *others))
try:
    import re._parser as _sre_parse  # Python 3.11+
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse  # type: ignore[no-redef]


def _plain(code: int) -> str | None:
    """The lower case of a literal character of a pattern, when a text's .lower() gives it for every character the
    pattern matches there; else None."""
    low = chr(code).lower()
    return low if len(low) == 1 and low not in _CASE_CLASS_CHARS and chr(code) not in _CASE_CLASS_CHARS else None


def _needed(items: Any) -> list[str] | None:
    """Words (lower-cased) of which every match of this parsed sequence holds one, or None when not known: its
    longest run of plain literal characters (two or more), else the words of each alternative of a branch in it."""
    best, run = "", ""
    for op, arg in items:
        char = _plain(arg) if op is _sre_parse.LITERAL else None
        if char is None:
            best, run = max(best, run, key=len), ""
        else:
            run += char
    best = max(best, run, key=len)
    if len(best) >= 2:
        return [best]
    for op, arg in items:
        if op is _sre_parse.BRANCH:
            words = [_needed(alt) for alt in arg[1]]
            if all(w is not None for w in words):
                return [w for ws in words for w in ws]  # type: ignore[union-attr]
        elif op is _sre_parse.SUBPATTERN and arg[1] == 0 and arg[2] == 0:  # a plain group (?:…) or (…)
            inner = _needed(arg[3])
            if inner is not None:
                return inner
    return None


_NEEDED: dict[re.Pattern[str], tuple[str, ...] | None] = {}


def needed_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-cased words of which the lower-cased text of every match of `pattern` holds one (None: not known)."""
    if pattern not in _NEEDED:
        try:
            words = _needed(_sre_parse.parse(pattern.pattern, pattern.flags))
        except Exception:  # an expression this reading does not know is simply always run
            words = None
        _NEEDED[pattern] = tuple(words) if words else None
    return _NEEDED[pattern]


# The per-line tests of content_lines below are pure in the line's text and remembered per text: a site's standing
# lines (menus, bylines, footers, blank lines) come back in every page of it.
@lru_cache(maxsize=8192)
def _may_be_chrome(line: str) -> bool:
    return _CHROME_KEY_RE.search(line.lower()) is not None


# A weather widget: "Погода в Астане: +22°C", "Ауа райы +3°C". Only a short line or one that ends no sentence: prose
# that names a temperature ("Temperatures in healthcare facilities stand at +20+25°C which complies with sanitary
# requirements. 269 patients … are getting treatment …") is text.
_WEATHER_CHROME = re.compile(r"\bпогода\b|ауа райы|\bweather\b|°\s*[CС]\b", re.IGNORECASE)
_WEATHER_WIDGET_WORDS = 5


@lru_cache(maxsize=4096)
def _page_chrome(line: str) -> bool:
    # a site's chrome lines come back in every page of it: searched once per line text
    if _PAGE_CHROME.search(line) is not None:
        return True
    # (a widget's line has no sentence in it: a paragraph the copy cut after a whole sentence, "… 50%-ға
    # орындалды. Енді қолайлы ауа райы тұрақталған кезде … не болм", is text that speaks of the weather)
    return _WEATHER_CHROME.search(line) is not None and (
        _words(line) <= _WEATHER_WIDGET_WORDS or
        (not _ends_sentence(line) and _INNER_SENTENCE_END.search(line) is None))


# A site's menu on one line: its sections, each a capitalised word or two, no stop and no number ("Новости Казахстана
# Новости мира Интервью Life style Спорт Культура Регионы", "Жаңалықтар Қоғам Саясат Спорт", "News Society Sport").
_MENU_WORDS = frozenset("новости жаңалықтар news интервью сұхбат interview спорт sport культура мәдениет culture "
                        "регионы аймақтар өңірлер regions общество қоғам society политика саясат politics экономика "
                        "экономика economy мир әлем world".split())


_BARE_RATES = re.compile(r"[\s$€₽₸£¥]*\d{1,4}[.,]\d{1,2}(?:\s+[$€₽₸£¥]?\s*\d{1,4}[.,]\d{1,2}){1,5}\s*")


def _menu_line(line: str, words: int) -> bool:
    if words < 5 or re.search(r"[\d.!?,:;]", line):
        return False
    tokens = _WORD.findall(line)
    capital = sum(1 for t in tokens if t[:1].isupper())
    return capital * 5 >= len(tokens) * 4 and sum(t.lower() in _MENU_WORDS for t in tokens) >= 2


# A site's imprint in its footer: the copyright line ("© 2014 letnews.ru — самые свежие новости…", "Copyright ©
# 2024 Zakon.kz", "(c) 2023 Inform.kz") and its mass-media registration ("Свидетельство о регистрации ЭЛ № ФС 77 —
# 67881, Дата регистрации: 06.12.2016", "Бұқаралық ақпарат құралын есепке қою туралы куәлік № 16012-ИА", "Certificate
# of registration No. 1234"): the site's, never the article's. Its certificate numbers are no figures and its
# registration date no publication date. A line opening with the sign is chrome however long (a footer runs to 50
# words); the registration and the rights notice inside shorter lines only.
_COPYRIGHT_LINE = re.compile(r"^\s*(?:©|\([cс]\)|copyright\b)", re.I)
_IMPRINT = re.compile(
    r"свидетельств\w* о (?:регистрации|постановке на уч[её]т)|есепке (?:қою|алу) туралы куәлік|"
    r"certificate of (?:\w+ )?registration|все права защищены|барлық құқықтар қорғалған|all rights reserved|"
    r"цитирование материалов|при (?:полном или частичном )?(?:использовании|цитировании|копировании|размещении) "
    r"материалов",
    re.I)


_IMPRINT_KEYS = ("свидетельств", "куәлік", "certificate", "права защищены", "құқықтар", "rights reserved",
                 "материалов")  # (a cheap test before the expression: one of them is in every imprint line)


def _is_imprint(line: str, words: int) -> bool:
    if _COPYRIGHT_LINE.match(line) is not None:
        return True
    if words > 40:
        return False
    low = line.lower()
    return any(key in low for key in _IMPRINT_KEYS) and _IMPRINT.search(line) is not None


def _credit_over_prose(line: str, words: int) -> bool:
    """A photo or source credit glued to a paragraph of the body: the credit opens a line of 20 words or more that goes
    on in sentences."""
    return words >= 20 and _METADATA_LINE.match(line) is not None and _INNER_SENTENCE_END.search(line) is not None


def _is_chrome(line: str, words: int) -> bool:
    if _is_imprint(line, words):
        return True
    if words > 40:
        return False
    if _menu_line(line, words) or (words == 0 and _BARE_RATES.fullmatch(line)):
        return True  # (and bare exchange rates whose signs the copy lost: "$ 489.36  533.45  4.99")
    if not _may_be_chrome(line):
        return False
    if _credit_over_prose(line, words):
        return False  # "Photo: ARE In the Maktaaral district in 2021 began construction of 15 objects. It is …"
    if _page_chrome(line):
        return True
    # a currency widget is little more than its quotes ("USD 518.42 EUR 601.10"); a sentence that converts an
    # amount ("CHF 134,552 (USD 134,167 or EUR 103,270) was allocated from …") is text
    quotes = len(_CURRENCY_QUOTE.findall(line))
    return (quotes >= 2 and words <= 3 * quotes + 2) or _symbol_ticker(line)


# (a pair written with its quote currency too, in either case: "usd/kzt 445.28 eur/kzt 490.97")
_CURRENCY_QUOTE = re.compile(r"\b(?:USD|EUR|RUB|CNY|GBP|KZT|Brent|usd|eur|rub|cny|gbp)\b"
                             r"(?:/(?:KZT|kzt|USD|usd|RUB|rub))?"
                             r"\s*[:=]?\s*\d+[.,]\d+")
# An exchange-rate ticker written with currency signs ("$494.87 €520.65 ₽4.91", "$ 494,87 € 520,65"): two or more
# rates with decimals, each after its sign, and at most a label besides ("Курс валют:", "НБРК"). A sentence that
# names amounts in signs has words around them ("собрали $494 и €200 для приюта") and stays text.
_SIGN_QUOTE = re.compile(r"[$€₽£¥₸]\s?\d{1,4}[.,]\d{1,4}(?!\d)")
_TICKER_LABEL = re.compile(r"курс\w*|валют\w*|нбрк|нацбанк\w*|бағам\w*|exchange|rates?|(?-i:[A-Z]{3})", re.I)


def _symbol_ticker(line: str) -> bool:
    if len(_SIGN_QUOTE.findall(line)) < 2:
        return False
    rest = _SIGN_QUOTE.sub(" ", line)
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if not _TICKER_LABEL.fullmatch(w)]
    return not words and not re.search(r"\d", rest)


# A line of code, not prose: a PHP var_dump / print_r or a JSON dump left on the page by its template
# ('object(DateTime)#1028 (3) {', '["timezone_type"]=>', 'int(3)', 'string(26) "2024-07-18 08:33:36.000000"',
# '[date] => 2024-07-18', '"views": 1245,'), a script ('var total = 25;', '});', 'window.dataLayer = …',
# 'googletag.cmd.push(…)') or a style sheet ('.news-item { margin: 0 }', 'font-size: 14px;'). Its numbers are no
# figures of the article. Each alternative is a shape of a whole line that prose does not take: prose with brackets,
# quotes or a colon ('Акцияға 300 (үш жүз) адам қатысты.', '«Біз 50 отбасыға бардық», – деді ол.') keeps its line.
_CODE_LINE = re.compile(
    r"""^\s*(?:
      (?:object|array|string|int|float|double|bool|resource)\([^()\s]*\)(?:\#\d+)?(?:\s*\(\d+\))?
          \s*(?:\{|"|'|-?\d|true\b|false\b|$)                                  # var_dump
    | \[\s*["']?[\w\s.:-]*["']?\s*\](?::\w+)?\s*=>                             # a var_dump / print_r key
    | (?:Array|stdClass\s+Object|[A-Za-z_\\]+\s+Object)\s*(?:\(\s*)?$             # print_r
    | "[\w.$@-]+"\s*:\s*(?:"[^"]*"|-?\d[\d.eE+-]*|true|false|null|\{|\[)\s*,?\s*$   # a JSON pair
    | [\{\[]\s*"[\w.$@-]+"\s*:                                                 # a one-line JSON object
    | (?:var|let|const)\s+[\w$]+\s*=                                           # a script
    | function\b\s*[\w$]*\s*\( | \}\s*\)\s*[;,)]* \s*$ | \$\(\s*[\w'"] | jQuery\s*\(
    | (?:window|document|googletag|console|ym|gtag|dataLayer)\s*[.(\[]
    | (?:if|for|while|switch)\s*\(.*\)\s*\{\s*$
    | @(?:media|import|font-face|keyframes)\b                                  # a style sheet
    | [#.]?[A-Za-z][\w-]*(?:\s*[\s,>+~]\s*[#.:]?[A-Za-z][\w-]*)*\s*\{(?:\s*[a-z-]+\s*:[^{}]*)?\}?\s*$
    | (?:margin|padding|color|background|font|width|height|max-width|min-width|display|border|position|top|left
         |right|bottom|z-index|text-[a-z]+|line-height|overflow|float|opacity)(?:-[a-z]+)*\s*:[^;{}]*;\s*$
    | </?(?:script|style|div|span|iframe|noscript|img|image|figure|picture)\b  # an image element: its alt text
                                                                           # repeats the title or names a file
    | [0-9a-f]{20,}\b.*\b\d{2,4}[x×]\d{2,4}\b                                  # an image's hashed file name and
                                                                           # size: "13b64f…58a 1280x720 e16735…"
    )""",
    re.X,
)


_DOMAIN_LINE = re.compile(r"\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\s*")
_CAPTION_SHORTCODE = re.compile(r"\s*\[caption\b[^\]]*\].*?\[/caption\]\s*", re.I)


@lru_cache(maxsize=8192)
def _code_line(line: str) -> bool:
    """Is the whole line code (a debug dump, a script, a style sheet) rather than prose?"""
    return _CODE_LINE.match(line) is not None


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    is_headline: bool  # a line without sentence punctuation: a title or a subheading


@lru_cache(maxsize=8192)
def _words(s: str) -> int:
    return len(_WORD.findall(s))


# The end of a sentence inside a line: a full word, a stop, a capital ("заявки. За что"; not "г. Алматы").
_INNER_SENTENCE_END = re.compile(r"[^\W\d_]{3,}[.!?]\s+[«\"]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
_LIST_ITEM_END = re.compile(r"[;,.]\s*$")
# A title is short: one of more words than this, with no stop at its end, is a paragraph the copy cut off.
_TITLE_MAX_WORDS = 24


def _cut_long_line(st: str, words: int) -> bool:
    """A paragraph cut off by the copy in the middle of a list or a quote ("«В рейтинге … можно выделить
    Алматинскую (свыше 427 млн. тенге), Карагандинскую (…), Кыз"): longer than any title, or a quote opened and
    never closed over a line of a sentence's length (a title quoting a name closes its quote). Its figures are the
    body's, not a title's to be skipped when it names no topic."""
    if words > _TITLE_MAX_WORDS:
        return True
    return words >= 12 and (st.count("«") > st.count("»") or st.count("“") > st.count("”"))


# A sentence cut off by the copy ("Пожары не только уничтожили 43 тысячи гектаров леса, на в"): a line that ends in a
# preposition or a conjunction after a comma is the start of a sentence, never a title (a title ends in a word of
# its own). Its figures before the cut are read as the body's.
_CUT_SENTENCE_END = re.compile(r",\s*(?:[^\W\d_][\w-]*\s+){0,3}(?:в|во|на|и|а|но|с|со|к|по|о|об|у|за|из|от|до|для|что|"
                               r"как|the|of|and|to|in|on|for|with|a|an|but|that|және|мен|бен|пен|үшін)$|"
                               # … or a second clause begun after a comma and cut a few words in ("… 50-60 тысяч
                               # тенге, а ежемесяч", "…, but the fund"): a title does not join clauses this way
                               r",\s*(?:а|но|и|однако|причем|and|but|while|whereas|ал|бірақ|әрі)\s+"
                               r"(?:[^\W\d_][\w-]*\s+){0,3}[^\W\d_]*$", re.I)


# A scale word states a number without digits: "почти миллион тенге", "about a million tenge", "жарты миллион".
_SCALE_WORD = re.compile(r"(?<![^\W\d_])(?:миллион|миллиард|тысяч|млн|млрд|million|billion|thousand|мың|"
                         r"milli?on|milliard)", re.I)


# Small numbers in words: "The idea was led by three teachers from the school" (the copy's last line, cut before its
# full stop) states a number as surely as "3 teachers" does.
_NUMBER_WORD = re.compile(r"(?<![^\W\d_])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                          r"forty|fifty|hundreds?|dozens?|два|две|двух|три|трех|трёх|четыре|четырех|пять|пяти|шесть|"
                          r"шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|двадцать|тридцать|сорок|"
                          r"пятьдесят|сто|двести|триста|сотни|десятки|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|жиырма|"
                          r"отыз|қырық|елу|жүз\w*)(?![^\W\d_])", re.I)


_NOT_A_YEAR = re.compile(r"(?<!\d)(?!(?:19|20)\d{2}(?!\d))\d+")


_TOOK_PART = re.compile(r"приняли участие|приняло участие|принял[аи]? участие|участвовал\w*|took part|participated|"
                        r"қатысты|қатысқан|қатысуда|атсалысты", re.I)


def _has_a_date(line: str) -> bool:
    return next(iter(explicit_dates(line)), None) is not None


def _states_a_number(line: str) -> bool:
    return _DIGIT.search(line) is not None or _SCALE_WORD.search(line) is not None or \
        _NUMBER_WORD.search(line) is not None


# A line that totals what the page listed ("Total budget 48 000 US Dollars", "Итого: 1,2 млн тенге", "Всего собрано
# 300 тысяч", "Барлығы 120 отбасы"): a statement of the body without a full stop, never a subheading to drop.
_TOTAL_LINE = re.compile(r"^(?:total|in\s+total|grand\s+total|итого|всего|общая\s+сумма|барлығы|жалпы\s+сомасы)\b"
                         r"[^\d]{0,40}\d", re.I)


# A line opened by whose words it reports ("Оның айтуынша, …", "Оның сөзінше", "По его словам, …", "По словам
# акима, …", "According to him, …", "He said that …"): a sentence of the body, never a title, so a short last line so
# opened is a sentence the copy cut off even before the file's final newline ("Оның айтуынша, қазіргі таңда 343 млн
# теңгеге еңбекақы төлеу қорымен 500-де").
_REPORTED_OPENING = re.compile(r"^\s*(?:оның|олардың|онын|\w+\s+)?(?:айтуынша|айтуыша|сөзінше|сөзіне\s+қарағанда|"
                               r"мәліметінше|хабарлауынша)\b|^\s*по\s+(?:его|ее|её|их|словам|данным)\b|"
                               r"^\s*according\s+to\s+(?:him|her|them|the)\b|^\s*(?:he|she|they)\s+(?:said|noted|added)\b",
                               re.I)


_ITEM_MARK = re.compile(r"^\s*(?:[•·▪●◦‣∙]|[-–—]\s)")  # a list item's mark: a bullet or a dash and a space


# A site's visitor counter on its line: "Today 311", "Yesterday 662", "All 39463219".
_VISITOR_COUNTER = re.compile(r"(?:today|yesterday|all|online|visitors?|hits|сегодня|вчера|онлайн|бүгін|кеше)\s*:?\s*"
                              r"\d[\d\s]{0,12}", re.I)
# (or a site's age rating badge alone on its line: "18+", "16+", "0+")
_BARE_COUNTER = re.compile(r"\d[\d\s]{0,8}|(?:0|6|12|16|18|21)\s?\+")
# a counter of views alone on its line, its label after the number: "1 971 просмотр", "22 views", "120 қаралым"
_VIEWS_LINE = re.compile(r"\d[\d\s\u00a0]{0,8}\s*(?:просмотр(?:ов|а|ы)?|views?|reads?|қаралым(?:ы|дар)?|"
                         r"прочтени[йяе]|показ(?:ов|а)?)", re.I)
_CAPTION = re.compile(r"\b(?:photo|фото|сурет|foto)\s*:", re.I)


def _is_caption(line: str) -> bool:
    """A short line that credits a photo ("Zulfia Baisakova. Photo: CABAR.asia", "Фото: пресс-служба")."""
    return len(line) <= 120 and _CAPTION.search(line) is not None


# (a dateline or a page's counters cut at their end are no sentence: "Changed on 4 May, 2", "16 шілде 2020 ж. 120 3")
_MONTH_NAME = re.compile(MONTH_RE_RU + "|" + MONTH_RE_KK + "|" + MONTH_RE_EN, re.I)
_ENDS_ON_A_FIGURE = re.compile(r"\d\s*(?:тыс|млн|млрд|мың|thousand|million|billion|mln|bn)?\s*$", re.I)


# A cut last line this long is a sentence, whatever the line before it: no title runs to fifteen words and a number.
_CUT_LINE_WORDS = 15
_GOES_ON_OPENING = re.compile(r"^\W*(?:кроме\s+того|также|помимо\s+этого|вместе\s+с\s+тем|сонымен\s+қатар|сондай-ақ|"
                              r"бұдан\s+бөлек|besides|in\s+addition|moreover|also|furthermore)\b", re.I)
_COUNT_AND_ITS_NOUN = re.compile(r"\d\s+[^\W\d_]{3,}\s+[^\W\d_]+$")
_OPEN_BRACKET_AT_THE_CUT = re.compile(r"\d[^()]*\([^()]*$")


def _cut_last_line(text: str, raw: list[tuple[int, int, str]], n_words: list[int],
                   ends_sentence: list[bool]) -> int | None:
    """The last line when the copy stopped in the middle of it ("… kommýnaldyq turǵyn úı retinde 64 azamatqa úı"
    closing the text, with no line break after it) right after a paragraph of the body, and it states a number: a
    sentence cut off, whose figures are the body's, not a title's to be dropped when it names no topic (a subheading
    has the text it introduces after it, and one without a number is left as it was: "Пожары в Костанайской области
    и помощь волонтеров"). Not after a line that is no sentence ("Басқа жаңалықтар", a list of headlines), and not a
    short line (a byline, "Фото: 2024")."""
    # A file's own final newline may be no line break of the page: the copy may stop mid-word right before it. A
    # line ended by one newline is a cut sentence only when of a sentence's length (twelve words or more, longer
    # than a subheading: "Ауданда алдыңғы жылдары коммуналдық тұрғын үй ретінде 64 азаматқа үй\n" stays one).
    newline_ended = text.endswith("\n")
    copy = text[:-1] if newline_ended else text
    # a copy that stopped at a space between two words ("… which is 2.8% of the total number of participants of ")
    # is cut in the middle of the sentence all the same
    copy = copy.rstrip(" \t\u00a0")
    if not copy or copy[-1].isspace() or not raw:
        return None
    last = next((j for j in range(len(raw) - 1, -1, -1) if raw[j][2].strip()), None)
    if last is None:
        return None
    speech = _speech_after_its_speaker(raw, n_words, ends_sentence, last) or \
        _answer_in_a_dialogue(raw, n_words, ends_sentence, last)
    if newline_ended and not speech and n_words[last] < 12 and not _REPORTED_OPENING.match(raw[last][2]):
        return None
    # (a whole sentence before the cut may be short: "В регионе проживает 95 558 пенсионеров. Спе")
    whole_first = _INNER_SENTENCE_END.search(raw[last][2]) is not None
    # (a copy that stopped right after a figure is a sentence cut mid-way however short: "Среднюю зарплату обещают
    # 60-70 тыс")
    mid_figure = not newline_ended and _ENDS_ON_A_FIGURE.search(copy) is not None and not _is_caption(raw[last][2]) \
        and len(re.findall(r"[^\W\d_]{3,}", raw[last][2])) >= 3 and not _MONTH_NAME.search(raw[last][2])
    # (a line that goes on from the body, "Кроме того, … 188 захоронений (177 имеют акты регист", "Besides, …", and
    # one stopped inside a word right after a count and its noun, "На улицах работают 918 единиц спецт", are the
    # body's, however short: no title opens with a connective, and a title's copy ends with its last word)
    goes_on = _GOES_ON_OPENING.match(raw[last][2]) is not None or (
        not newline_ended and copy[-1].isalpha() and _COUNT_AND_ITS_NOUN.search(raw[last][2]) is not None)
    # (so is one stopped inside a bracket it opened after a figure: "… поставлено 56 444 тонн угля (пла"; a title
    # closes its brackets)
    goes_on = goes_on or (not newline_ended and _OPEN_BRACKET_AT_THE_CUT.search(raw[last][2]) is not None)
    if ends_sentence[last] or n_words[last] < (3 if speech or whole_first or mid_figure else 4 if goes_on else 6) or \
            not _states_a_number(raw[last][2]):
        return None
    if mid_figure:
        return last
    if speech:
        return last
    prev = next((j for j in range(last - 1, -1, -1) if raw[j][2].strip()), None)
    while prev is not None and prev > 0 and _is_caption(raw[prev][2]):
        # a photo's caption between the body and the cut line ("Zulfia Baisakova. Photo: CABAR.asia") is no break
        prev = next((j for j in range(prev - 1, -1, -1) if raw[j][2].strip()), None)
    if prev is not None and _ITEM_MARK.match(raw[last][2]) and _ITEM_MARK.match(raw[prev][2]) and \
            raw[prev][2].rstrip().endswith((";", ",")):
        return last  # the next item of a list whose items close with ";" ("- 7 балаға – … теңге;" / "- 8 … мөлшер")
    if _INNER_SENTENCE_END.search(raw[last][2]):
        return last  # a paragraph of whole sentences cut in its last ("Өңірде 95 558 зейнеткер бар. Қарттар … бюд")
    if prev is not None and ends_sentence[prev] and (n_words[last] >= _CUT_LINE_WORDS or goes_on):
        return last  # a sentence's length however short the paragraph before ("Отметим, что … раньше обычного.")
    if prev is None or not ends_sentence[prev] or n_words[prev] < 12:
        return None
    return last


# A headline of another story linked inside the body asks its question after a colon, with no question mark ("… 420-дан
# астам қария бар: Ең қарт адам қай аймақта тұрады", "… 300 тысяч: Как получить помощь", "…: Who can apply"); a
# sentence of the body that lost its full stop does not start a question after a colon.
_ASKS_AFTER_A_COLON = re.compile(r":\s+[^\W\d_a-zа-яёәіңғүұқөһ][^.!?:]*\b(?:қай|қайда|қандай|неше|кім|қалай|қашан|неге|"
                                 r"где|как|сколько|почему|кто|когда|что|what|where|how|why|who|when)\b[^.!?]*$")


def _lost_full_stops(raw: list[tuple[int, int, str]], n_words: list[int], ends_sentence: list[bool]) -> set[int]:
    """Lines of the body whose full stop the copy lost ("About 2,000 athletes from 57 countries will participate in
    the Winter Universiade in Almaty" between paragraphs of a fact sheet): a line of a sentence's length (ten words
    or more) that states a number, with a paragraph of the body before it and right after it. A title stands above
    the body, and a list of headlines is a run of such lines, not one between two paragraphs."""
    lost: set[int] = set()
    body_seen = False
    filled = [j for j, (_, _, s) in enumerate(raw) if s.strip()]
    for pos, i in enumerate(filled):
        body = ends_sentence[i] and n_words[i] >= 8
        if body_seen and not ends_sentence[i] and pos + 1 == len(filled) and n_words[i] >= 6 and \
                _states_a_number(raw[i][2]) and _SAID_AT_THE_END.search(raw[i][2]):
            lost.add(i)  # the page's last line, closed by who said it: "…, more than 55,000 children are on a
            # preschool wait list, she added" (a title never ends so)
        if body_seen and not ends_sentence[i] and n_words[i] >= 10 and _states_a_number(raw[i][2]) and \
                not raw[i][2].rstrip().endswith(":") and pos + 1 < len(filled) and \
                not _ASKS_AFTER_A_COLON.search(raw[i][2]):
            nxt = filled[pos + 1]
            if ends_sentence[nxt] and n_words[nxt] >= 8:
                lost.add(i)
            elif n_words[i] >= 12 and pos > 0 and ends_sentence[filled[pos - 1]] and n_words[filled[pos - 1]] >= 8 \
                    and _NAME_LINE.match(raw[nxt][2]) and all(_byline_like(raw[j][2], n_words[j])
                                                              for j in filled[pos + 1:]):
                # the body's last sentence, its full stop lost, before the byline that signs the page ("Seven
                # multi-story residences … in the region's districts" / "Adlet Seilkhanov" / "North Kazakhstan region")
                lost.add(i)
        body_seen = body_seen or body
    return lost


# A sentence closed by the words that say who said it: ", she added", ", he said", ", said the akim", ", – сообщил
# он", ", – отметила министр", "…, – деді ол".
_SAID_AT_THE_END = re.compile(r"(?:,|[»\"”])\s*(?:[-–—]\s*)?(?:(?:he|she|they|it)\s+(?:said|added|noted|stressed|"
                              r"reported|explained|emphasized|emphasised)|(?:said|added|noted|stressed)\s+(?:the\s+)?"
                              r"[^\W\d_]+(?:\s+[^\W\d_]+){0,3}|(?:сообщил|отметил|добавил|сказал|подчеркнул|"
                              r"пояснил|рассказал)[аи]?(?:\s+[^\W\d_]+){0,3}|деді(?:\s+[^\W\d_]+){0,3})\s*$", re.I)
# (a byline names its author: two or three capitalized words, "Adlet Seilkhanov", "Айгүл Сейітова")
_NAME_LINE = re.compile(r"^\s*[^\W\d_a-zа-яёәіңғүұқөһ][^\W\d_]+(?:\s+[^\W\d_a-zа-яёәіңғүұқөһ][^\W\d_]+){1,2}\s*$")


def _byline_like(line: str, words: int) -> bool:
    """A line that signs a page or places its author ("Adlet Seilkhanov", "North Kazakhstan region"): a few words
    and no digits."""
    return words <= 4 and _DIGIT.search(line) is None


# A line of speech in an interview: a dash opening it after its speaker's line ("Алмас Байгунысов, заместитель акима
# Сарканского района:" / "- Мы провели около 40 мер…").
_SPEECH_DASH = re.compile(r"^\s*[-–—]\s+\S")


def _speech_after_its_speaker(raw: list[tuple[int, int, str]], n_words: list[int], ends_sentence: list[bool],
                              i: int) -> bool:
    """Line i is a speaker's words after a line naming the speaker with a colon, in a text whose body came before
    (a sentence of twelve words or more): a sentence even when short and cut off ("- Мы провели около 40 мер"),
    never a title."""
    if not _SPEECH_DASH.match(raw[i][2]):
        return False
    prev = next((j for j in range(i - 1, -1, -1) if raw[j][2].strip()), None)
    if prev is None or not raw[prev][2].rstrip().endswith(":"):
        return False
    return any(n_words[j] >= 12 and ends_sentence[j] for j in range(prev))


def _answer_in_a_dialogue(raw: list[tuple[int, int, str]], n_words: list[int], ends_sentence: list[bool],
                          i: int) -> bool:
    """Line i opens with a speech dash in a text whose body already gave an answer so ("– Небәрі 1 тәуліктен аса
    уақыт ішінде … жиналды." … "– 20 тонналық 2 фуррадан б"): a speaker's words cut off by the copy, never a title
    (a title opens with no dash)."""
    if not _SPEECH_DASH.match(raw[i][2]):
        return False
    return any(_SPEECH_DASH.match(raw[j][2]) and n_words[j] >= 12 and ends_sentence[j] for j in range(i))


def _item_long_enough(st: str, words: int) -> bool:
    """An item says something: three words, or two and a number ("- проведено 1 870 акций;", "— собрано 38 т;")."""
    return words >= 3 or (words >= 2 and _DIGIT.search(st) is not None)


def _dash_item(st: str, words: int) -> bool:
    """A line opened by a hyphen or a dash that ends like an item of a list and says something: three words or a
    number ("- 104,260 in 2022,", "— 38 т;", "- opened five departments;")."""
    return bool(_SPEECH_DASH.match(st)) and _LIST_ITEM_END.search(st) is not None and (
        words >= 3 or _DIGIT.search(st) is not None)


# A ledger of who got how much, a name then a sum on each line, with no stops ("Radina Baimoldina - 243 000 tenge",
# "Ержан Сәрсенов – 150 000 теңге", "ТОО «Альфа» — 2 млн тенге"): items of a list, not a menu. A sum in grouped
# digits or with a scale word, and a currency at the end; a widget's rate ("USD 501.57", "1 USD = 501 тг") is
# neither.
_LEDGER_LINE = re.compile(r"^[^\W\d_][^\d:]{2,60}?\s*[-–—:]?\s*(?:\d{1,3}(?:[ \u00a0,.]\d{3})+|\d+(?:[.,]\d+)?\s*"
                          r"(?:млн|млрд|тыс\.?|мың|million|thousand|mln))\s*(?:tenge|тенге|теңге|тг\.?|₸|kzt|usd|"
                          r"dollars|долларов|\$|евро|euros?|eur)[.;,]?$", re.IGNORECASE)


def _ledger_run(raw: list[tuple[int, int, str]]) -> set[int]:
    """Lines of a ledger (above) that come in a run of at least two (blank lines between them allowed)."""
    out: set[int] = set()
    run: list[int] = []
    for i, (_, _, s) in enumerate([*raw, (0, 0, "-")]):
        st = s.strip()
        if not st:
            continue
        if _LEDGER_LINE.match(st):
            run.append(i)
            continue
        if len(run) >= 2:
            out.update(run)
        run = []
    return out


# (an en or em dash may stand glued to the name: "- по Жетысуской области–33,15%")
_TALLY_ITEM = re.compile(r"^(?:[-–—•]\s*)?[^\W\d_][^\d:;.!?]{1,60}?(?:\s[-–—:]|[–—])\s*\d")
# After its lead-in a tally's label may be longer, a name with its gloss in brackets ("2025 жылдың басынан бері
# мамандар мынадай ауруларды тіркеді:" / "- анаэробты энтеротоксемия (ішектегі инфекция, ағзаны уландырады) — 1 жағдай")
_INTRODUCED_TALLY_ITEM = re.compile(r"^(?:[-–—•]\s*)?[^\W\d_][^\d:;.!?]{1,100}?(?:\s[-–—:]|[–—])\s*\d")


# (a weather widget's "• Абай24°С" too: a degree sign, digits glued to a place's name)
# (nor a rate's "• USD 468.56", its code in capitals only (read in Cyrillic, "• ҰСД 468.56"), nor a reading time's
# "• 1 мин на чтение")
_LOWER_WORD_RE = re.compile(r"[a-zа-яёәғқңөұүһі]{2,}")
_SIGNED_OR_VOTES = re.compile(r"[+−]\s*\d|\s-\d|\(\s*\d+\s*\)\s*$|°|[^\W\d_]\d|^\W*(?:usd|eur|rub|cny|gbp|brent)\b|"
                              r"\d\s*(?:мин|min)\b", re.I)


# A table copied cell by cell after its lead-in, each label and each amount on a line of its own ("… is allocated
# roughly as follows:" / "Democracy Programs" / "$13.7 million" / "Social Services" / "$ 6.0 million"): the label a
# few words without digits, the amount a number with its currency or scale only.
_AMOUNT_LINE = re.compile(r"^\s*(?:[$€£₸]\s*|(?:US\$|USD|KZT)\s*)?\d[\d\s.,]*\s*(?:%|million|billion|thousand|mln|bn|"
                          r"млн|млрд|тыс\.?|мың|tenge|тенге|теңге|KZT|USD|dollars|долларов)?\.?\s*$", re.I)


# A fact sheet's lines, a label, a colon and a number with at most a word after it ("Refugees: 691 persons",
# "Afghanistan: 632", "Syria: 20"): three or more in a run are the items of a table, not a menu. Not the page's
# counters ("Views: 1 245", "Comments: 3"), which _PAGE_CHROME takes first.
_FACT_LINE = re.compile(r"^\s*[^\W\d_][^\d:|]{1,40}:\s*(?:\d[\d\s,.]*(?:\s+[^\W\d_]+)?|"
                        # (and the sheet's own date between its items: "Refugees and asylum-seekers: as of 1 July 2016")
                        r"(?:as\s+of|по\s+состоянию\s+на|на)\s+\d{1,2}\s+[^\W\d_]+\s+(?:19|20)\d\d)\s*$", re.I)
_FACT_RUN = 3


def _fact_lines(raw: list[tuple[int, int, str]]) -> set[int]:
    """The lines of runs of fact-sheet lines (above), blank lines between them allowed."""
    out: set[int] = set()
    run: list[int] = []
    for i, (_, _, line) in enumerate([*raw, (0, 0, "-")]):
        if not line.strip():
            continue
        if _FACT_LINE.match(line):
            run.append(i)
            continue
        if len(run) >= _FACT_RUN:
            out.update(run)
        run = []
    return out


def _label_value_pairs(raw: list[tuple[int, int, str]], n_words: list[int]) -> set[int]:
    """The label and amount lines of the tables described above, two rows at least."""
    out: set[int] = set()
    nonblank = [i for i, (_, _, line) in enumerate(raw) if line.strip()]
    for pos, i in enumerate(nonblank):
        if not raw[i][2].rstrip().endswith(":"):
            continue
        rows: list[int] = []
        k = pos + 1
        while k + 1 < len(nonblank):
            label, value = nonblank[k], nonblank[k + 1]
            if not (1 <= n_words[label] <= 8 and not re.search(r"\d", raw[label][2]) and
                    _AMOUNT_LINE.match(raw[value][2])):
                break
            rows += [label, value]
            k += 2
        if len(rows) >= 4:
            out.update(rows)
    return out


# Who wrote the page, on a line of its own under the headline: "Написал Ivan Belikov", "Автор: …", "By …".
_WROTE_BY = re.compile(r"^\s*(?:написал[а]?|автор|by|жазған)\b", re.I)


def _title_over_byline_and_date(raw: list[tuple[int, int, str]], noise: list[bool], n_words: list[int]) -> int | None:
    """The page's first line when it opens a short run of lines with its byline (or a photo credit) and date only
    ("Туркестанские хлопкоробы в 2018г. сократили площади на 2%, при этом урожай увеличился на 4%" / "Написал Ivan
    Belikov" / "16.02.2019"): the headline, whatever its topic, not a menu."""
    first = next((i for i, r in enumerate(raw) if r[2].strip()), None)
    if first is None or not noise[first] or n_words[first] < 5 or _BULLET.match(raw[first][2]):
        return None
    run = [j for j in range(first + 1, min(len(raw), first + 4)) if raw[j][2].strip()]
    rest = [j for j in run if noise[j]]
    if len(rest) < 2 or not any(_WROTE_BY.match(raw[j][2]) or _METADATA_LINE.match(raw[j][2]) for j in rest):
        # (a photo or source credit stands where a byline would: "Возврат активов: 1,4 млрд тенге выделено …" /
        # "25 апреля, 2025" / "Фото: Оңалхан Өнерхан")
        return None
    dated = any(date_only_line(raw[j][2].strip()) or TIMESTAMP_RE.search(raw[j][2]) or
                _DOTTED_DATE_LINE.fullmatch(raw[j][2].strip()) for j in rest)
    return first if dated else None


def _title_after_its_breadcrumb(raw: list[tuple[int, int, str]], noise: list[bool], n_words: list[int]) -> int | None:
    """A title right under the breadcrumb that ends with it, and over the page's date line ("- Басты" / "- Жыл
    соңына дейін Атырау облысында 8 балабақша ашылады" / "Жыл соңына дейін Атырау облысында 8 балабақша ашылады" /
    "30 Қазан, 2013 09:52"): the headline, whatever its topic, not a menu."""
    filled = [i for i, r in enumerate(raw[:12]) if r[2].strip()]
    for pos in range(1, len(filled) - 1):
        i, crumb = filled[pos], filled[pos - 1]
        if not noise[i] or n_words[i] < 4:
            continue
        if _BREADCRUMB_MARK.sub("", raw[crumb][2]).strip() != raw[i][2].strip() or raw[crumb][2].strip() == \
                raw[i][2].strip():
            continue
        after = raw[filled[pos + 1]][2].strip()
        if date_only_line(after) or TIMESTAMP_RE.search(after) or _DOTTED_DATE_LINE.fullmatch(after) or \
                _worded_dateline(after):
            return i
    return None


def _title_after_the_dateline(raw: list[tuple[int, int, str]], noise: list[bool], n_words: list[int],
                              ends_sentence: list[bool]) -> int | None:
    """A title caught in the header's run, right under the page's dateline and over the body ("10:56, 23 Октябрь 2025 |
    GMT +5" / "12 человек погибли в ДТП в Актюбинской области" / "23 октября на автодороге … произошло столкновение
    …"): the headline, whatever its topic."""
    filled = [i for i, r in enumerate(raw[:15]) if r[2].strip()]
    for pos in range(1, len(filled) - 1):
        i, before, after = filled[pos], filled[pos - 1], filled[pos + 1]
        if n_words[i] < 5 or ends_sentence[i] or _BULLET.match(raw[i][2]):
            continue
        dated = TIMESTAMP_RE.search(raw[before][2]) is not None or _worded_dateline(raw[before][2]) or \
            (_CLOCK.search(raw[before][2]) is not None and _has_a_date(raw[before][2]))
        if dated and n_words[before] <= 10 and ends_sentence[after] and n_words[after] >= 12:
            return i
    return None


_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_BREADCRUMB_MARK = re.compile(r"^\s*(?:[-–—•»›>/|]\s*)+")
_DOTTED_DATE_LINE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?:\s+\d{1,2}:\d{2})?")


def _list_items(raw: list[tuple[int, int, str]], n_words: list[int]) -> set[int]:
    """Lines that are items of a list in the text: bullet lines ending like a clause ("…, 28 тонн;"), the
    bullet lines after a line that introduces a list with a colon ("Результаты по районам:"), ledgers of sums by
    name (`_LEDGER_LINE`) and the rows of a table copied cell by cell (`_TABLE_ROW`)."""
    out: set[int] = _ledger_run(raw) | {i for i, (_, _, line) in enumerate(raw) if _TABLE_ROW.match(line)} | \
        _label_value_pairs(raw, n_words) | _fact_lines(raw)
    introduced = False
    plain_list = False  # inside items without bullets after a colon: "…на предстоящий период:", "на эти цели …;"
    comma_run = False  # a sentence run on over lines that end with commas (see below)
    count_run = False  # inside items that each open with their count, after a lead-in (see below)
    # Dash lines ending with ";" one after another ("— 6722 тыл еңбеккерлеріне – 30 000 теңге;" / "— 55 блокадалық
    # Ленинградтың тұрғынына – 60 000 теңге;"): a list whatever stands above it (its lead-in may lack the colon)
    dashed = [i for i, (_, _, line) in enumerate(raw) if _SPEECH_DASH.match(line.strip())
              and _states_a_number(line) and n_words[i] <= 30]
    # Short lines with a number each, ending with ";" one after another and closed by a line ending with "." ("I кезең
    # – 225;" / "II кезең -173;" / "ІII кезең-212 адам."): a list without bullets or a colon above it
    semi = [i for i, (_, _, line) in enumerate(raw) if line.rstrip().endswith(";") and _states_a_number(line)
            and n_words[i] <= 15]
    for a, b in pairwise(semi):
        # (a bullet the copy put on a line of its own between the items is no text: "Одан кейінгі орындарда:" / "-" /
        # "Қызылорда облысы – 2,3 мың адам;" / "-" / "Жамбыл облысы – 1,7 мың адам;")
        if b == a + 1 or all(not raw[k][2].strip(" \t-–—•·*") for k in range(a + 1, b)):
            out.update((a, b))
            after = next((k for k in range(b + 1, len(raw)) if raw[k][2].strip()), None)
            if after is not None and after == b + 1 and raw[after][2].rstrip().endswith(".") and \
                    _states_a_number(raw[after][2]) and n_words[after] <= 15:
                out.add(after)
    for a, b in pairwise(dashed):
        if all(not raw[k][2].strip() for k in range(a + 1, b)) and raw[a][2].rstrip().endswith(";"):
            if a not in out:
                # its lead-in right above, a line that ends no sentence ("Ұлы Жеңіс мерекесінің құрметіне бір
                # реттік материалдық көмек"), is the list's opening, no title
                lead = next((k for k in range(a - 1, max(-1, a - 3), -1) if raw[k][2].strip()), None)
                if lead is not None and lead - 1 >= 0 and not raw[lead - 1][2].strip() and \
                        not _ends_sentence(raw[lead][2]) and not _SPEECH_DASH.match(raw[lead][2].strip()):
                    out.add(lead)
            out.update((a, b))
    # Bullet lines that each state a number, two or more one after another ("• 44,5%-ы Өзбекстаннан," / "• 44,1% –
    # Қытайдан," / "• 4% – Түрікменстаннан,"): the items of a list, whatever stands above them
    # (not a ticker's "• usd +0.58%", nor a poll's answers with their votes, "• Да, уже не чувствую разницы;(44)",
    # nor a weather widget's places)
    bulleted = [i for i, (_, _, line) in enumerate(raw) if _BULLET.match(line) and _states_a_number(line)
                and 1 <= n_words[i] <= 20 and not _SIGNED_OR_VOTES.search(line) and _LOWER_WORD_RE.search(line)]
    for a, b in pairwise(bulleted):
        if b == a + 1 or all(not raw[k][2].strip() for k in range(a + 1, b)):
            out.update((a, b))
    for i, (_, _, s) in enumerate(raw):
        st = s.strip()
        if not st:
            continue
        if comma_run and st[:1].islower() and n_words[i] <= 24 and _states_a_number(st):
            # a sentence run on over its items, each on a line of its own and ending with a comma ("According to the
            # analysis of categories of recipients," / "children under 18 make up 66.4%," / "unemployed - 3.2%," / …
            # / "others - 0.9%."): items of a list, no titles
            out.add(i)
            comma_run = st.endswith(",")
            continue
        comma_run = st.endswith(",") and n_words[i] >= 4
        if _BULLET.match(s):
            if introduced or (_LIST_ITEM_END.search(st) and _item_long_enough(st, n_words[i])) or (
                    _TALLY_ITEM.match(st) and 2 <= n_words[i] <= 12 and "%" not in st):
                # (a bullet that tallies by name needs no lead-in: "• Ungurtas - 292 children")
                out.add(i)
            continue
        if introduced and _INTRODUCED_TALLY_ITEM.match(st) and n_words[i] <= 24:
            # a tally after its lead-in, with or without a dash and a stop ("Results by district:" / "- Abai
            # district — 445 people, 16 units of equipment, 28 tons"): what is tallied, a dash or a colon, figures
            out.add(i)
            continue
        if introduced and _dash_item(st, n_words[i]):
            # a list opened by hyphens or dashes after its lead-in ("The numbers speak for themselves:" / "- 98,254
            # cases … in 2021," / "- 104,260 in 2022,"): items ending with a comma go on with the next one, they are
            # no titles; the lead-in holds for the run of dash lines
            out.add(i)
            continue
        if (introduced or count_run) and st[:1].isdigit() and n_words[i] <= 24 and _states_a_number(st) and \
                (st.endswith((",", ";")) or count_run):
            # items after a lead-in that each open with their count and end with a comma, the last one with a stop
            # ("Среди них:" / "32 водителя ехали пьяными," / "26 водителей управляли авто без прав," / … / "500
            # нарушений со стороны самих пешеходов.")
            out.add(i)
            count_run = st.endswith((",", ";"))
            introduced = False
            continue
        count_run = False
        if (introduced or plain_list) and _item_long_enough(st, n_words[i]) and (
                st.endswith(";") or (st[0].islower() and plain_list)):
            # an item that ends with ";" after the colon, or a lowercase line going on with such items (the
            # last item may end with a full stop or be cut off in the copied page)
            out.add(i)
            plain_list = st.endswith(";")
            introduced = False
            continue
        plain_list = False
        introduced = st.endswith(":")
    return out




# --- hard-wrapped paragraphs ---------------------------------------------------------------------------

# Words that end no title, menu item or sentence: a line ending with one was broken inside a sentence by the
# copy ("… 53 families in the⏎Akmola, Kostanai …", "… have been allocated to⏎530 families"). Articles,
# prepositions, conjunctions, auxiliaries, determiners, words before a number (en, ru); conjunctions, particles, a
# genitive that needs its noun ("оның⏎2 800-і") and words before a number (kk).
_OPEN_END_WORDS = frozenset(
    "the a an of to in on at for with and or but nor by from as that which who whom whose than into onto about "
    "over under nearly almost around some more less most are is was were has have had been be being will would "
    "shall should can could may might must its their his her our your this these those such per via among "
    "between through during after before since until while whereas if when where whether both either neither "
    "not also very including like approximately roughly"
    # words that take the figure after them as their object ("… 4289 cultural events were held, covering⏎800 010
    # viewers.", "… составив⏎1,2 млн тенге")
    " covering reaching totaling totalling amounting exceeding involving составив составило составила составил "
    "составили составляет составляют охватив достигнув превысив"
    " в во на с со к ко по для из от до о об обо и а но или что как при за под над у не ни же ли бы без через "
    "между около после перед также которые который которая которое которых чем где когда если это этот эти "
    "более свыше почти порядка менее всего"
    " мен және бен пен да де та те немесе не үшін туралы арқылы сияқты яғни әрі бірақ оның олардың шамамен "
    "барлығы".split())
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
_LEADING_LETTERS = re.compile(r"[^\W\d_]+")
_FIRST_CHAR = re.compile(r"\s*[«\"“(]?(\w)")
_CLAUSE_END = re.compile(r"[.!?…]\s*[»\"”)]?\s*$|[:;]\s*$")
_CLAUSE_END_CHARS = frozenset(".!?…»\"”):;")
# A sentence end inside a joined paragraph or at its end: a stop after a word or a number, then a capital, a digit
# or the end ("… so far. Over 4,500 …", "… destroyed housing."; not "17 тыс. волонтеров").
_JOINED_SENTENCE_END = re.compile(r"(?:[^\W_]{2,}|\d)[»\"”)]?[.!?…][»\"”)]?(?:\s+[«\"“]?(\w)|\s*$)")


def _says_a_sentence(block: str) -> bool:
    return any(m.group(1) is None or not m.group(1).islower() for m in _JOINED_SENTENCE_END.finditer(block))
_WRAP_GUARD = re.compile(r"^\s*(?:[-–—•*·▪►✓]|\d{1,2}[.)]\s)")  # a bullet or a numbered item starts a line of its own


def _open_end(line: str) -> bool:
    """Does the line stop where a sentence cannot: after a comma, a hyphen or a word that needs its next word?"""
    st = line.rstrip()
    if st.endswith((",", "-", "–", "—")):
        return True
    # The word that ends the line, as _LAST_WORD ending at the line's end finds it, read backwards from the end
    # (the search of _LAST_WORD backtracks through every word of a long line).
    m = _LEADING_LETTERS.match(st[::-1])
    return m is not None and m.group(0)[::-1].lower() in _OPEN_END_WORDS


def _ends_a_clause(line: str) -> bool:
    """_CLAUSE_END.search(line), asked only of a line whose last character but spaces is a stop, a quote or a
    bracket after one, a colon or a semicolon (the search tries every position of the line)."""
    return line.rstrip()[-1:] in _CLAUSE_END_CHARS and _CLAUSE_END.search(line) is not None


# A share button alone on its line ("ПОДЕЛИТЬСЯ", "Share", "Бөлісу") that some sites print under the lead, before
# the article goes on: not the page's tail when at least two full sentences of prose follow it.
_SHARE_BUTTON = re.compile(r"^\s*(?:share|поделиться|бөлісу)\s*$", re.IGNORECASE)
# The site's call to follow its channel set between paragraphs ("Подпишитесь на наш канал в Telegram!", "Subscribe to
# our Telegram channel", "Telegram-арнамызға жазылыңыз"): a promotion inside the body, no tail, when the article goes
# on after it.
_CHANNEL_PROMO = re.compile(r"^\W*(?:подпишитесь|подписывайтесь|subscribe)\b.{0,40}\b(?:канал\w*|channel|telegram|"
                            r"телеграм\w*|instagram|youtube|whatsapp)\b|арна\w*\W+жазылыңыз", re.IGNORECASE)


def _share_button_mid_body(raw: list[tuple[int, int, str]], i: int, n_words: list[int],
                           ends_sentence: list[bool]) -> bool:
    # (the call broken over lines by the copy: "Подпишитесь на наш" / "Telegram-канал" / "и узнавайте новости
    # первыми!")
    promo = " ".join(line for _, _, line in raw[i:i + 3])
    if not _SHARE_BUTTON.match(raw[i][2]) and not (n_words[i] <= 12 and _CHANNEL_PROMO.search(promo)):
        return False
    return sum(1 for j in range(i + 1, len(raw)) if n_words[j] >= 12 and ends_sentence[j]) >= 2


def _starts_own_line(line: str) -> bool:
    """A bullet, a numbered item, a page's header ("date 2021-09-27 …"), its tail or a photo caption starts a line
    of its own: no wrapped sentence goes on in it."""
    return bool(_WRAP_GUARD.match(line) or HEADER_DATE_RE.match(line) or TAIL_MARKERS.match(line)
                or _METADATA_LINE.match(line))


# A line that is a number alone ("1300", "4 500"): a sentence's first figure broken off by the copy before its noun
# ("1300⏎волонтеров помогают гостям …") when the next line goes on in lowercase.
_LONE_NUMBER = re.compile(r"^\s*\d{1,3}(?:[  ]?\d{3})*\+?\s*$")


def _says_a_number(line: str) -> bool:
    """A line of a number and a word or two ("Более 16 тысяч", "Over 16,000", "16 мыңнан астам"), or of a number
    alone ("1300"): broken off before the noun it counts when the next line goes on in lowercase."""
    return _DIGIT.search(line) is not None and (len(line.split()) >= 2 or _LONE_NUMBER.match(line) is not None)


@lru_cache(maxsize=8192)  # pure in its lines, which come back in the pages of a site (see _may_be_chrome)
def _continues(prev: str, prev_words: int, nxt: str) -> bool:
    """Is `nxt` the rest of a sentence that `prev` broke off? Evidence the copy broke it: `prev` does not end like a
    clause, and either `nxt` goes on in lowercase after a line of at least three words ("… Over 16,000⏎families
    have already received …"), or `prev` stops on a word that needs its next word ("… allocated to⏎530
    families"). Menus and lists of headlines start each line with a capital and end each on a content word; an
    item of a list keeps its line."""
    if not prev.strip() or not nxt.strip() or _ends_a_clause(prev) or _starts_own_line(nxt) or \
            TAIL_MARKERS.match(prev):
        return False  # "Читайте также⏎<headline>" is a link, not a sentence
    if _may_be_chrome(nxt) and _page_chrome(nxt):
        return False  # a weather widget's reading under the town's name ("… Пасмурно⏎давление: 742 мм.рт.ст.")
    first = _FIRST_CHAR.match(nxt)
    if first is None:
        return False
    if first.group(1).islower() and (prev_words >= 3 or _says_a_number(prev)):
        return True
    return _open_end(prev) and prev_words >= 2


# A copy wraps its lines at a width of 40 to 160 characters; a longer line is a paragraph of its own.
_WRAP_WIDTHS = (40, 160)


def _breaks_at_width(raw: list[tuple[int, int, str]], lo: int, hi: int) -> list[int]:
    """The lines of the run raw[lo:hi] after which the next line's first word would not have fitted: where a copy
    wrapping at the run's width (its longest line) had to break, whatever the words ("… Health Minister
    Akmaral⏎Alnazarova joined …", "… nowadays.⏎There were …")."""
    lengths = [len(raw[i][2].rstrip()) for i in range(lo, hi)]
    width = max((n for n in lengths if n <= _WRAP_WIDTHS[1]), default=0)
    if width < _WRAP_WIDTHS[0]:
        return []
    out = []
    for i in range(lo, hi - 1):
        nxt = raw[i + 1][2].split()
        if nxt and lengths[i - lo] <= width and lengths[i - lo] + 1 + len(nxt[0]) > width and \
                not _starts_own_line(raw[i + 1][2]):
            out.append(i)
    return out


# A table copied cell by cell, each row's label and value on lines of their own ending with the column bar ("Number of
# active NGOs |" / "18 204 |"): the label's line goes on in its value's, one row of the table.
_LABEL_CELL = r"^\s*[^\W\d_][^|\d]{2,80}\|"
_VALUE_CELL = r"\s*\d[\d\s.,]*%?\s*\|\s*$"
_TABLE_LABEL_CELL = re.compile(_LABEL_CELL + r"\s*$")
_TABLE_VALUE_CELL = re.compile("^" + _VALUE_CELL)


def _table_cells(raw: list[tuple[int, int, str]]) -> list[int]:
    """The indexes of label cells followed by their value cell (see above)."""
    return [i for i in range(len(raw) - 1)
            if _TABLE_LABEL_CELL.match(raw[i][2]) and _TABLE_VALUE_CELL.match(raw[i + 1][2])]


_TABLE_ROW = re.compile(_LABEL_CELL + _VALUE_CELL)  # the two cells on one line, as after _table_cells joined them


def _unwrapped(text: str, raw: list[tuple[int, int, str]], n_words: list[int]) -> list[int]:
    """The indexes of lines that go on in the next line: a paragraph hard-wrapped by the copy.

    In a run of lines without a blank line between them, a line goes on in the next when the words say so
    (`_continues`: a lowercase continuation, a line stopping on "the / of / в / және"), or where the next line's
    first word would not have fitted at the run's width (`_breaks_at_width`). A chain of such joints is kept only
    when the words show it at least once and, joined, it says a whole sentence (a stop after a word, then a
    capital or the end), so that menus and lists of headlines, whose lines start with capitals and carry no
    stops, stay apart; a title broken by the words alone ("… launches in⏎Nur-Sultan") is joined too."""
    worded: set[int] = set()
    fitted: set[int] = set()
    lo = 0
    while lo < len(raw):
        if not raw[lo][2].strip():
            lo += 1
            continue
        hi = lo
        while hi < len(raw) and raw[hi][2].strip():
            hi += 1
        if hi - lo >= 2:
            # (a view counter's line, "1 971 просмотр", goes on in no caption or sentence after it)
            worded.update(i for i in range(lo, hi - 1) if _continues(raw[i][2], n_words[i], raw[i + 1][2])
                          and not _VIEWS_LINE.fullmatch(raw[i][2].strip()))
            fitted.update(_breaks_at_width(raw, lo, hi))
        lo = hi
    ordered = sorted(worded | fitted)
    out: list[int] = []
    k = 0
    while k < len(ordered):
        m = k
        while m + 1 < len(ordered) and ordered[m + 1] == ordered[m] + 1:
            m += 1
        first, last = ordered[k], ordered[m] + 1
        block = text[raw[first][0]:raw[last][1]]
        chain = ordered[k:m + 1]
        if any(j in worded for j in chain) and sum(n_words[first:last + 1]) >= 8 and (
                _says_a_sentence(block) or all(j in worded for j in chain)):
            out.extend(ordered[k:m + 1])
        k = m + 1
    return out


def _split_lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each line."""
    raw: list[tuple[int, int, str]] = []
    pos = 0
    for part in text.split("\n"):
        raw.append((pos, pos + len(part), part))
        pos += len(part) + 1
    return raw


def content_lines(text: str) -> tuple[list[Line], str | None]:
    """The lines of the article proper, and its title.

    Dropped: everything after a tail marker ("Tags:", "Related", "Поделитесь:") that follows the body;
    menus and bullet lists; runs of three or more short lines without sentence punctuation (navigation,
    lists of unrelated headlines); photo/metadata lines with timestamps and view counters; lines that
    repeat an earlier line; headline-like lines that are not about the topic.
    """
    raw = _split_lines(text)
    n_words = [_words(s) for _, _, s in raw]
    # 0. A paragraph hard-wrapped inside its sentences by the copy is one line: its breaks become spaces (the same
    # length, so offsets hold), else its short pieces would read as a menu and be dropped.
    joints = sorted(set(_unwrapped(text, raw, n_words)) | set(_table_cells(raw)))
    if joints:
        chars = list(text)
        for i in joints:
            chars[raw[i][1]] = " "
        text = "".join(chars)
        raw = _split_lines(text)
        n_words = [_words(s) for _, _, s in raw]
    # Per line, computed once: its word count and whether it ends like a sentence.
    ends_sentence = [_ends_sentence(s) for _, _, s in raw]
    cut_last = _cut_last_line(text, raw, n_words, ends_sentence)
    lost_stops = _lost_full_stops(raw, n_words, ends_sentence)

    # 1. Cut the tail at the first marker after the first body paragraph.
    seen_body = False
    cut = len(raw)
    inline_links: set[int] = set()
    for i, (_, _, s) in enumerate(raw):
        if seen_body and TAIL_MARKERS.match(s):
            # "Тағы оқыңыз: <headline>" inside the body is one link, not the start of the page's tail: the
            # article goes on after it.
            marker = _READ_ALSO.match(s)
            if marker and s[marker.end():].strip() and any(
                    n_words[j] >= 12 and ends_sentence[j] for j in range(i + 1, len(raw))):
                inline_links.add(i)
                continue
            # "Читайте также" alone on its line, the linked headline on the next: one link too, when the body goes on
            link = next((j for j in range(i + 1, min(len(raw), i + 3)) if raw[j][2].strip()), None)
            if _READ_ALSO_ALONE.match(s) and link is not None and not ends_sentence[link] and n_words[link] <= 25 \
                    and any(n_words[j] >= 12 and ends_sentence[j] for j in range(link + 1, len(raw))):
                inline_links.update((i, link))
                continue
            if _share_button_mid_body(raw, i, n_words, ends_sentence):
                continue
            cut = i
            break
        if n_words[i] >= 12 and ends_sentence[i]:
            seen_body = True
    raw = raw[:cut]

    # 2. Mark short non-sentence lines; runs of three or more of them are navigation or headline lists. The items
    # of a list the text introduces ("Результаты по районам:", then "• Абайский район – 445 человек, 28 тонн;")
    # are content, not a menu.
    items = _list_items(raw, n_words)
    plain = [bool(s.strip()) and n_words[i] <= 14 and not ends_sentence[i] and not s.rstrip().endswith(":")
             and i not in items for i, (_, _, s) in enumerate(raw)]
    noise = [_code_line(s) for _, _, s in raw]  # debug dumps, scripts and styles left on the page
    i = 0
    while i < len(raw):
        if plain[i]:
            j = i
            while j < len(raw) and plain[j]:
                j += 1
            if j - i >= 3:
                for k in range(i, j):
                    noise[k] = True
            i = j
        else:
            i += 1

    # A title caught in a navigation run (menu, title, timestamp with no blank line between them): the first
    # line of such a run that reads like a headline about the topic. It names the article and its area; when it
    # stands before the body it is the article's headline and yields figures like one (lists of unrelated
    # headlines further down do not).
    run_i = next((i for i, (r, is_noise) in enumerate(zip(raw, noise, strict=True))
                  if is_noise and n_words[i] >= 5 and TOPIC_RE.search(r[2]) and not _BULLET.match(r[2])
                  and not _is_chrome(r[2], n_words[i])), None)
    if run_i is None:
        run_i = _title_over_byline_and_date(raw, noise, n_words)
    if run_i is None:
        run_i = _title_after_its_breadcrumb(raw, noise, n_words)
    if run_i is None:
        run_i = _title_after_the_dateline(raw, noise, n_words, ends_sentence)
    run_title = raw[run_i][2].strip() if run_i is not None else None
    lines: list[Line] = []
    seen: set[str] = set()
    title: str | None = None
    texts = [r[2] for r in raw]
    calendar = {i for i in range(min(len(raw), 15)) if _site_calendar(texts, i)}  # the header's day, no text
    for i, ((start, end, s), is_noise) in enumerate(zip(raw, noise, strict=True)):
        if is_noise or i in inline_links or i in calendar:
            continue
        words = n_words[i]
        header = HEADER_DATE_RE.match(s)
        if header:  # " date 2026-02-02 Title…": the header is metadata, the rest of the line is text
            start += header.end()
            s = text[start:end]
        caption = _CAPTION_SHORTCODE.match(s)
        if caption and _words(s[caption.end():]) >= 5:
            # '[caption id="attachment_693" …] Фото: … [/caption] Это уже вторая акция …': a photo's caption left
            # as a WordPress shortcode opens the paragraph; the prose after it is text
            start += caption.end()
            s = text[start:end]
        st = s.strip()
        if header or caption:
            words = _words(st)
        if not st or (_BULLET.match(s) and i not in items) or (
                _METADATA_LINE.match(s) and not _credit_over_prose(st, words)):
            # ("Photo: ARE In the Maktaaralsky area … in 2021 began construction 15 objects. It is 13 schools, …": a
            # photo credit glued to the paragraph of the body is kept with it)
            continue
        if _is_chrome(st, words):
            continue  # "Мы используем файлы cookie…", "Погода в Астане: +22°C", "USD 518.42 EUR 601.10"
        if words < 3 and not _DIGIT.search(st):
            continue  # section labels: "В Мире", "Лента новостей"
        if _DOMAIN_LINE.fullmatch(st):
            continue  # a site's or a counter's name alone on its line ("Top.Mail.Ru", "Kazinform.kz"): no title
        if words == 0 and _BARE_COUNTER.fullmatch(st):
            continue  # a counter alone on its line ("0", "1 245"): the page's, no title and no statement
        if words <= 2 and _VIEWS_LINE.fullmatch(st):
            continue  # "Видео" / "1 971 просмотр": the page's view counter on its line
        if _VISITOR_COUNTER.fullmatch(st):
            continue  # a site's visitor counter: "Today 311" / "Yesterday 662" / "All 39463219"
        if (words <= 6 and TIMESTAMP_RE.search(st)) or _worded_dateline(st) or (words <= 6 and date_only_line(st)):
            continue  # "13.12.2024 20:41", "Фото: 24.kz 19.08.2022 14:17 1036", "02 қыр, 2019 сағат 14:32"
        key = " ".join(st.lower().split())
        if key in seen:
            continue  # a title repeated by the page template
        seen.add(key)
        # A title or subheading: no sentence punctuation at its end, and not a list item or a lead of several
        # sentences whose last full stop was lost in copying ("… собрал 224 заявки. За что … рассказала Алия
        # Галимова")
        headline = (not _ends_sentence(st) or _ends_with_a_quoted_name(st, words)) and not st.endswith(":") and \
            i not in items and not (
            words >= 12 and _INNER_SENTENCE_END.search(st)) and not (words >= 6 and _CUT_SENTENCE_END.search(st)) \
            and not _cut_long_line(st, words) and i != cut_last and i not in lost_stops and not _TOTAL_LINE.match(st)
        if title is None:
            title = run_title if run_title and not headline else st
        elif headline and _ASKS_AFTER_A_COLON.search(st) and any(not ln.is_headline for ln in lines):
            continue  # another story's headline linked inside the body (see _ASKS_AFTER_A_COLON), on topic or not
        elif headline and i != run_i and not TOPIC_RE.search(st) and not _STAT_CALLOUT.match(st) and \
                not _restated_below(st, next((r[2] for r in raw[i + 1:i + 3] if r[2].strip()), "")) and not (
                any(not ln.is_headline for ln in lines) and _states_a_number(st) and
                _subject_told_below(st, next((r[2] for r in raw[i + 1:i + 3] if r[2].strip()), ""))) and not (
                not any(not ln.is_headline for ln in lines) and len(lines) <= 4 and _states_a_number(st)
                and (words >= 10 or (words >= 8 and _NOT_A_YEAR.search(st) is not None and _TOOK_PART.search(st)
                                     and _CLOCK_AND_ZONE.search(st) is None and not _has_a_date(st)))):
            # (kept: the standfirst under the title, before any paragraph of the body — "17.09.2020" / "В 2020 году
            # неправительственным организациям выделят 1,8 миллиарда тенге для развития …" — is the article's lead;
            # a shorter one when it counts who took part in something: "В акции приняли участие все 75
            # этнокультурных объединений региона"; not the title's second line "in 2018 of addressed social …", nor
            # another story's headline "Цены на бензин выросли до 300 тенге за литр")
            continue
        lead = len(s) - len(s.lstrip())
        lines.append(Line(start + lead, start + lead + len(st), st, headline))
    if title is not None and not TOPIC_RE.search(title):
        # The first line is the site's name or a menu remnant ("The Times Of Central Asia"): the headline is
        # the first headline-like line about the topic near the top, when there is one.
        better = next((ln.text for ln in lines[:6] if ln.is_headline and TOPIC_RE.search(ln.text)
                       and len(_WORD.findall(ln.text)) >= 4), None)
        title = better or title
    if run_i is not None and title == run_title and (not lines or raw[run_i][0] < lines[0].start) and \
            " ".join(run_title.lower().split()) not in seen:
        start, line = raw[run_i][0], raw[run_i][2]
        header = HEADER_DATE_RE.match(line)
        if header:  # " date 2026-02-02 Title…": the header is metadata
            start, line = start + header.end(), line[header.end():]
        start += len(line) - len(line.lstrip())
        line = line.strip()
        if line:
            lines.insert(0, Line(start, start + len(line), line, True))
    return lines, title


# A figure called out on a line of its own between paragraphs, the number first and what it is after a dash ("62.5% –
# an indicator of successful resuscitation of the service", "8 minutes – the time of the ambulance brigade to call",
# "265 мың – қоңыраулар саны"): the article's own statement, no headline of another story (which does not open with a
# number and a dash).
_STAT_CALLOUT = re.compile(r"\d[\d\s.,]*(?:\s*%|\s+[^\W\d_]+)?\s+[–—-]\s+[^\W\d_]")


# A subheading of the article itself, whose figure the paragraph under it tells in full ("Девять новых школ — почти на 6
# тысяч мест" over "… построили 9 современных школ общей вместимостью 5 860 мест"): text, not another story's headline.
_SCALED_NUMBER = re.compile(r"(\d+(?:[.,]\d+)?)\s*(тыс\w*|млн|млрд|мың|thousand|million|billion)?", re.I)
_SCALE_OF = {"тыс": 1e3, "мың": 1e3, "thousand": 1e3, "млн": 1e6, "million": 1e6, "млрд": 1e9, "billion": 1e9}


def _numbers_of(line: str) -> list[float]:
    out = []
    for m in _SCALED_NUMBER.finditer(line.replace("\u00a0", " ")):
        value = float(m.group(1).replace(",", "."))  # (digits, one decimal mark at most: always a float)
        scale = next((v for k, v in _SCALE_OF.items() if (m.group(2) or "").lower().startswith(k)), 1.0)
        out.append(value * scale)
    return out


# A subheading inside the body whose subject the paragraph under it goes on with ("Биыл өңірде 33 мың гектардан астам
# лиман суландырылды" over "– Шідерті лиманды суару жүйесі арқылы … 21 мың гектардан астам жерді суландырды"): at least
# three words of it (by their first five letters) stand in that paragraph. Another story's headline linked inside the
# body shares a word or two with it at most.
_STEM = 5


def _stems(line: str) -> set[str]:
    return {w[:_STEM] for w in _WORD.findall(line.lower()) if len(w) >= _STEM}


def _subject_told_below(line: str, below: str) -> bool:
    return bool(below) and len(_stems(line) & _stems(below)) >= 3


def _restated_below(line: str, below: str) -> bool:
    """Does the paragraph right under a headline-like line restate one of its figures (a value of 10 or more and no
    year, within 5 %)?"""
    mine = [v for v in _numbers_of(line) if v >= 10 and not (1900 <= v <= 2100 and v == int(v))]  # (no years)
    if not mine or not below:
        return False
    theirs = _numbers_of(re.sub(r"(?<=\d)[\s\u00a0](?=\d{3}\b)", "", below))
    return any(abs(a - b) <= 0.05 * a for a in mine for b in theirs)


# --- sentences --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    start: int  # offset in the article text
    end: int
    text: str
    paragraph: int  # index of the line it came from
    is_headline: bool


# A "sentence" longer than this is a table, a log or a minified page pasted as one line. Extraction work grows
# with (figures in a sentence) × (sentence length), so one 1 MB line of numbers would take hours; pieces of at
# most this many characters keep it linear. Real news sentences are far shorter (the seed corpus: < 600).
MAX_SENTENCE_CHARS = 1000


def _pieces(text: str, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """(start, stop) of consecutive pieces of `text`, each at most `limit` characters, cut at a space."""
    out, pos = [], 0
    while len(text) - pos > limit:
        cut = text.rfind(" ", pos + limit // 2, pos + limit)
        if cut <= pos:
            cut = pos + limit  # no space in the second half of the window: cut hard
        out.append((pos, cut))
        pos = cut
        while pos < len(text) and text[pos] == " ":
            pos += 1
    if pos < len(text):
        out.append((pos, len(text)))
    return out


# razdel ends a sentence after an abbreviated English month ("on Dec. 2, ahead of …") or number sign ("schools
# Nos. 3, 7"); such a cut is undone.
_MONTH_ABBR_END = re.compile(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|nos)\.$", re.I)


# A title glued to the lead when the page lost the line break between them: "…более 6 тыс. казахстанцевВ
# республиканской акции …" (three lowercase letters, then a capital that starts a word: not "ҚазҰУ", "КазНУ").
_GLUED_SENTENCE = re.compile(r"(?<=[а-яёәғқңөұүһі]{3})(?=[А-ЯЁӘҒҚҢӨҰҮҺІ](?:[а-яёәғқңөұүһі]|\s))")

# A sentence that opens with a figure glued to the full stop before it ("… will be repaired at large.1,231 schools will
# be renovated by 2029"): the figure counts a word in lowercase after it (a note's number after a stop stands before a
# capital: "айтып берді.6 Шараға …").
_GLUED_AFTER_A_STOP = re.compile(r"(?<=[a-zа-яёәғқңөұүһі]{4}\.)(?=\d[\d,.]*\s+[a-zа-яёәғқңөұүһі])")


# Computed once per distinct line: razdel's pass is the costliest step of splitting, and the same line comes back
# in many articles (an outlet's standing lines, a quoted statement, a repeated template); pure in the line's text.
@lru_cache(maxsize=8192)
def _line_sentences(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_razdel_spans(text))


# A "№" lost in the copy prints as "?" with a space before it ("boarding school ? 4 in Almaty", "школа ? 5"): a
# question ends with "?" glued to its last word, so a spaced "?" before a number ends no sentence.
_LOST_NUMERO = re.compile(r"[^\W\d_]\s\?$")


# The abbreviated word of years after them: "2023-2024 жж.", "2024 ж.", "2023-2024 гг.", "2024 г.".
_YEARS_ABBR_END = re.compile(r"\d\s*(?:жж|гг|ж|г)\.\s*$")


# The dot of an abbreviated "approximately" before a figure ("approx. $2.6 million", "ca. 500", "прибл. 300").
_APPROX_ABBR_END = re.compile(r"(?<![^\W\d_])(?:(?i:approx|ca|прибл)|(?<=\()c)\.\s*$")
# (also a lower-case "c." of circa opening a bracket before an amount: "(c. USD2.4m)"; never "…25 °C.")


def _razdel_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for sub in razdel.sentenize(text):
        if spans and sub.text[:1].isdigit() and text[spans[-1][1] - 1] == "." and \
                _MONTH_ABBR_END.search(text, max(spans[-1][0], spans[-1][1] - 6), spans[-1][1]):
            spans[-1] = (spans[-1][0], sub.stop)
        elif spans and _APPROX_ABBR_END.search(text, spans[-1][0], spans[-1][1]):
            spans[-1] = (spans[-1][0], sub.stop)  # "spent (approx. $2,652,100)": the abbreviation's dot ends nothing
        elif spans and sub.text[:1].isdigit() and _LOST_NUMERO.search(text, spans[-1][0], spans[-1][1]):
            spans[-1] = (spans[-1][0], sub.stop)  # "boarding school ? 4 in Almaty": a "№" lost in the copy
        elif spans and (sub.text[:1] in "\"«“„'" or sub.text[:1].islower()) and \
                _YEARS_ABBR_END.search(text, max(spans[-1][0], spans[-1][1] - 12), spans[-1][1]):
            # "2023-2024 жж. "Жайлы мектеп" ұлттық жобасы аясында …", "в 2023-2024 гг. «Жайлы мектеп» …": the years'
            # abbreviation ends nothing before a name in quotes or a lower-case word
            spans[-1] = (spans[-1][0], sub.stop)
        else:
            start = sub.start
            cuts = sorted({g.start() for g in _GLUED_SENTENCE.finditer(sub.text)} |
                          {g.start() for g in _GLUED_AFTER_A_STOP.finditer(sub.text)
                           if not _MONTH_ABBR_END.search(sub.text, max(0, g.start() - 6), g.start())} - {0})
            for cut in cuts:
                spans.append((start, sub.start + cut))
                start = sub.start + cut
            spans.append((start, sub.stop))
    return spans


# An item of a list: a bullet or a number with a bracket or a dot before it, or a line ending with ";".
_LIST_BULLET = re.compile(r"^\s*(?:[-–—•*·▪►✓]|\d{1,2}[.)]\s)")


def _goes_on_a_list(text: str) -> bool:
    """The last item of a list after items ending with ";": it ends with a full stop and opens lowercase ("…;" /
    "and 5 schools were repaired.") or with its figure, as the items before it do ("71 houses were rebuilt;" /
    "362 emergency buildings were demolished.")."""
    return text[:1].islower() or text[:1].isdigit()


def _list_paragraphs(lines: list[Line]) -> list[int]:
    """The paragraph of each line: its own index, except for the items of a list introduced by a line ending with
    ":" ("За 10 месяцев 2024 года:" / "- проведено 1 870 акций;" / "- собрано 38 т мусора."), which go on in the
    paragraph of that line, so that they take the period it names."""
    out: list[int] = []
    head: int | None = None
    for p, line in enumerate(lines):
        text = line.text.strip()
        item = bool(_LIST_BULLET.match(text)) or text.endswith(";") or (
            head is not None and out and lines[p - 1].text.strip().endswith(";") and _goes_on_a_list(text))
        if head is not None and item:
            out.append(head)
            continue
        head = p if text.endswith(":") else None
        out.append(p)
    return out


def sentences(lines: list[Line]) -> list[Sentence]:
    """Split each content line into sentences with razdel (lines first: razdel glues across newlines);
    over-long sentences are cut into pieces of at most MAX_SENTENCE_CHARS characters."""
    out: list[Sentence] = []
    paragraphs = _list_paragraphs(lines)
    for p, line in enumerate(lines):
        for s0, s1 in _line_sentences(line.text):
            start = line.start + s0
            sub = line.text[s0:s1]
            for a, b in _pieces(sub):
                out.append(Sentence(start + a, start + b, sub[a:b], paragraphs[p], line.is_headline))
    return out


# --- language ---------------------------------------------------------------------------------------

_LATIN_WORD = re.compile(r"\b[a-zA-Z]{2,}\b")
_CYR_WORD = re.compile(r"[а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}")


_KK_WORD = re.compile(r"[а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ]*[әғқңөұүһіӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ]*")


_QUOTED_NAME = re.compile(r"«[^»]{0,80}»|\"[^\"]{1,80}\"|“[^”]{0,80}”")  # (straight and curly quotes too)
# Kazakh words written with letters Russian has too, as Kazakh typed in plain Latin reads once transliterated
# ("Донорлардын 10 паыыздан азы жастар екен"): a plural with a case after it ("-лардын", "-ларга", "-терде"; not
# Russian "лидеры", "долларов"), and common words Russian does not have. (Words with і, қ, ң … count already.)
_KK_PLAIN_FORM = re.compile(
    r"[а-я]{2,}(?:лар|лер|дар|дер|тар|тер)(?:дын|га|ге|да|де|та|те|дан|ден|тан|тен|ды|ын|ымыз)|"
    r"екен|жылы|бойынша|жастар|болды|болып|деп|олар")


def _kk_plain_words(text: str) -> int:
    """Kazakh words without a letter of Kazakh's own (see _KK_PLAIN_FORM)."""
    return sum(1 for w in _CYR_WORD.findall(text.lower())
               if not _KK_LETTER_IN_WORD.search(w) and _KK_PLAIN_FORM.fullmatch(w))


_KK_LETTER_IN_WORD = re.compile(r"[әғқңөұүһі]")


@lru_cache(maxsize=4096)
def _word_counts(text: str) -> tuple[int, int, int]:
    """(Cyrillic words, Latin words, Kazakh words) that decide a sentence's language, the last only when
    sentence_language needs it. Counted once per sentence: the article's language and each sentence's (with
    that default) both ask."""
    if "«" in text or '"' in text or "“" in text:
        unquoted = _QUOTED_NAME.sub(" ", text)
        if len(_CYR_WORD.findall(unquoted)) >= 3:
            text = unquoted
    cyr = len(_CYR_WORD.findall(text))
    lat = len(_LATIN_WORD.findall(text))
    return cyr, lat, (len(_KK_WORD.findall(text)) + _kk_plain_words(text) if cyr and lat <= cyr else 0)


@lru_cache(maxsize=4096)
def sentence_language(text: str, default: str | None = None) -> str:
    """ru, kk or en by letters: Kazakh-only letters in ≥15% of Cyrillic words mean Kazakh. Names in quotes do not
    count when the sentence has words of its own ("Проект «Бірге» объединил 300 волонтеров" is Russian)."""
    cyr, lat, kk_words = _word_counts(text)
    if lat > cyr:
        return "en"
    if not cyr:
        return default or "ru"
    share = min(1.0, kk_words / cyr)
    if share >= 0.15:
        return "kk"
    if share == 0 and default == "kk" and cyr < 6:
        return "kk"
    return "ru"


def article_language(sentence_texts: list[str]) -> str:
    counts = {"ru": 0, "kk": 0, "en": 0}
    for s in sentence_texts:
        counts[sentence_language(s)] += len(s)
    return max(counts, key=lambda k: counts[k]) if any(counts.values()) else "ru"

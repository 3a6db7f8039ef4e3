"""Period expressions: every time a sentence names ("в 2020 году", "за январь-октябрь", "с 2020 по 2024 год", "в
прошлом году", "ежегодно", "сегодня", "биыл", "2019–2021 жылдары", "as of 1 May", Kazakh and English forms) found
and resolved against the publication date into an Anchor, with its span in the sentence and its kind. What a
figure takes of them is decided in periods.py; whether a clause is a plan, a past report or the future, in
tense.py."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from loaders.caseless import Caseless
from loaders.extract.patterns import DIGIT as _DIGIT
from loaders.extract.patterns import WORD_END as _E
from loaders.extract.patterns import WORD_START as _W
from loaders.extract.patterns import first_literal_words
from loaders.lexicon import (
    KK_SEASONS,
    MONTH_RE_EN,
    MONTH_RE_KK,
    MONTH_RE_RU,
    MONTH_STEMS_EN,
    MONTH_STEMS_KK,
    MONTH_STEMS_RU,
    REL_ANNUAL,
    REL_LAST_YEAR,
    REL_NEXT_YEAR,
    REL_NOW,
    REL_THIS_YEAR,
)
from loaders.numbers import word_number
from loaders.text import en_month_number, kk_month_number, ru_month_number, safe_date, trie_regex

Y = r"((?:19|20)\d{2})"
# Not right after a day ("12 ", "12th ", "12th of "): the month already has its day.
_NO_DAY_BEFORE = r"(?<!\d\s)(?<!\d[a-z]{2}\s)(?<!\d\sof\s)(?<!\d[a-z]{2}\sof\s)"
# A Russian year written with the ending of its elided "год": "по итогам 2024-го", "за 2024-й", "с 2019-го по
# 2024-й", "к 2030-му".
_RU_YEAR_ENDING = r"(?:-(?:го|й|м|ом|ый|му|ому))"


def _misspellings(word: str) -> set[str]:
    """The word with one letter doubled or two neighbouring letters swapped ("гооду", "огду"), not the word itself."""
    out = {word[:i] + word[i] + word[i:] for i in range(len(word))}
    out |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    out.discard(word)
    return out


# A year's word misspelt by one doubled or swapped letter ("в 2003 гооду", "в 2003 годду", "2019 жылыы", "2019
# жлыы"): still the year, as the reader takes it. The Russian form needs its preposition ("в 2003 гооду").
_RU_YEAR_WORD_TYPO = "|".join(sorted(set().union(*(_misspellings(w) for w in ("году", "года"))), key=len, reverse=True))
_KK_YEAR_WORD_TYPO = "|".join(sorted(set().union(*(_misspellings(w) for w in ("жылы", "жылғы", "жылдың"))),
                                     key=len, reverse=True))
# Between a Kazakh day and its month: a space, or the ordinal hyphen ("19-наурыз", "1 - маусым").
_KK_DAY_JOINT = r"(?:\s*[-–]\s*|\s+)"


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    kind: str  # year, range, since, month, day, ytd, last_year, as_of, annual
    period_start: dt.date | None
    period_end: dt.date | None


def year_span(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def year_anchor(y: int) -> Anchor:
    """The whole year `y` as an anchor of no place in the text (a year a rule works out, not one written)."""
    return Anchor(0, 0, "year", *year_span(y))


def _month(y: int, m: int) -> tuple[dt.date, dt.date]:
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return dt.date(y, m, 1), nxt - dt.timedelta(days=1)


def phrase_alternatives(items: list[str]) -> str:
    """A regular expression of the phrases, the longest first; a space of a phrase matches a run of them ("В прошлом
    году" as the page typed it)."""
    return "(?:" + "|".join(item.replace(" ", r"\s+") for item in sorted(items, key=len, reverse=True)) + ")"


_alts = phrase_alternatives


_HALF_OR_QUARTER = (r"(?P<part>перв\w+|втор\w+|трет\w+|четв[её]рт\w+|first|second|third|fourth|бірінші|екінші|"
                    r"үшінші|төртінші|алғашқы|i{1,3}|iv|і{1,3}|іv|[1-4]-?(?:м|й|го|ом|ем|е|ое|ой|ші|шы|st|nd|rd|th)?)(?:\s+|-)(?P<unit>полугоди\w*|квартал\w*|half|quarter|жартыжылды\w*|жартыс\w*|тоқсан\w*)")
_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "firs": 1, "seco": 2, "thir": 3, "four": 4, "бірі": 1,
             "екін": 2, "үшін": 3, "төрт": 4, "алға": 1, "i": 1, "ii": 2, "iii": 3, "iv": 4,
             # (Roman numerals typed with the Kazakh Cyrillic "І": "2018 жылдың І тоқсаны")
             "і": 1, "іі": 2, "ііі": 3, "іv": 4}
_MONTH_COUNT_WORDS = {"три": 3, "трех": 3, "трёх": 3, "шесть": 6, "шести": 6, "девять": 9, "девяти": 9,
                      "одиннадцать": 11, "одиннадцати": 11, "десять": 10, "десяти": 10, "восемь": 8, "восьми": 8,
                      "семь": 7, "семи": 7, "пять": 5, "пяти": 5, "четыре": 4, "четырех": 4, "two": 2, "three": 3,
                      "six": 6, "nine": 9, "ten": 10, "eleven": 11, "eight": 8, "seven": 7, "five": 5, "four": 4}
# Words naming an event held on dates of its own, which its name may close with its year (see "event_year").
_NAMED_EVENT = (r"(?:expo|экспо|universiade|универсиад\w*|азиад\w*|олимпиад\w*|olympi\w+|games|игр\w*|"
                r"ойындар\w*|чемпионат\w*|championships?|кубо?к\w*|cup|саммит\w*|summit|конгресс\w*|congress|"
                r"форум\w*|forum|фестивал\w*|festival|фест|fest|марафон\w*|marathon|day|week|день|дня|дне|недел\w*|"
                r"апталы\w*|күні\w*|акци\w*|campaign|challenge|челлендж\w*|exhibition|выставк\w*|көрме\w*)")
_NAMED_EVENT_EN = (r"(?:expo|universiade|olympics|games|championships?|cup|summit|congress|forum|festival|fest|"
                   r"marathon|day|week|campaign|challenge|exhibition)")
# A year that closes a name written without a hyphen ("the Asian Games 2011", "World Giving Index 2021"): no decimal
# part, no span of years and no word glued after it.
_YEAR_ENDS_A_NAME = r"(?![\d.,]\d|\s*[-–—]\s*\d|-?[^\W\d_])"
# Spans named by what happened in them, not by their years: the first years of independence and the Great Patriotic
# War (the anchors "independence" and "war" below).
# The part of a decade a text names: (years from its start, years it lasts).
_DECADE_PARTS = {"": (0, 10), "начале": (0, 5), "early": (0, 5), "басында": (0, 5), "середине": (3, 4), "mid": (3, 4),
                 "ортасында": (3, 4), "конце": (5, 5), "late": (5, 5), "соңында": (5, 5), "аяғында": (5, 5)}
_NAMED_SPANS = {"independence": (1991, 1992), "war": (1941, 1945), "before_pandemic": (2019, 2019)}
# A year just before such a name, set off by a comma, is what the name glosses ("Since 1991, when Kazakhstan gained its
# independence", "с 1991 года, в момент обретения независимости"): the year's own anchor tells the period.
_GLOSS_OF_A_YEAR = re.compile(r"(?:19|20)\d{2}\s*(?:года|г\.|жылы)?\s*,\s*$")

ANCHOR_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Parts of a year: "за январь-октябрь 2025 года", "в первом полугодии 2025 года", "за 9 месяцев 2024 года",
    # "in the first half of 2025", "қаңтар-қазан айларында". Before plain years, which they contain.
    ("months_ru", re.compile(_W + MONTH_RE_RU + r"\s*[-–—]\s*" + MONTH_RE_RU + r"(?:\s+" + Y + r"\s*(?:года|г\.)?)?"
                             + _E, re.I)),
    ("months_kk", re.compile(_W + r"(?:" + Y + r"\s*жыл\w*\s+)?" + MONTH_RE_KK + r"\s*[-–—]\s*" + MONTH_RE_KK, re.I)),
    ("months_en", re.compile(_W + MONTH_RE_EN + r"\s*[-–—]\s*" + MONTH_RE_EN + r"(?:,?\s+" + Y + ")?" + _E, re.I)),
    # The same span in words: "с января по сентябрь (2025 года)", "from January to September", "between January
    # and September 2025", "қаңтардан қыркүйекке дейін", "қаңтар мен қыркүйек аралығында" (a month, not a day:
    # "с 1 апреля по 20 мая" is read as days, below).
    ("months_ru", re.compile(_W + r"(?:с|со)\s+" + MONTH_RE_RU + r"\s+(?:по|до)\s+" + MONTH_RE_RU
                             + r"(?:\s+" + Y + r"\s*(?:года|г\.)?)?" + _E, re.I)),
    ("months_kk", re.compile(_W + r"(?:" + Y + r"\s*жыл\w*\s+)?" + MONTH_RE_KK + r"\s+(?:мен\s+|пен\s+|бен\s+)?"
                             + MONTH_RE_KK + r"\s+(?:дейін|шейін|аралығында)", re.I)),
    ("months_en", re.compile(_W + r"(?:from|between)\s+" + MONTH_RE_EN + r"\s+(?:to|through|until|till|and)\s+"
                             + MONTH_RE_EN + r"(?:,?\s+" + Y + ")?" + _E, re.I)),
    # Months named one by one: "in April and May (2024)", "in March, April and May", "в апреле и мае", "сәуір және
    # мамыр айларында": from the first to the last.
    # (a last "may" before a word may be the verb: "planted 5,000 trees in April and may plant more")
    ("months_list", re.compile(_W + r"(?:in|during)\s+" + MONTH_RE_EN + r"(?:,\s*" + MONTH_RE_EN + r")*,?\s+and\s+"
                               + MONTH_RE_EN + r"(?:(?<=may)(?!\s+[a-z])|(?<!may))(?:,?\s+" + Y + ")?" + _E, re.I)),
    ("months_list", re.compile(_W + r"(?:в|во)\s+" + MONTH_RE_RU + r"(?:,\s*" + MONTH_RE_RU + r")*\s+и\s+"
                               + MONTH_RE_RU + r"(?:\s+" + Y + r"\s*(?:года|г\.)?)?" + _E, re.I)),
    ("months_list", re.compile(_W + r"(?:" + Y + r"\s*жыл\w*\s+)?" + MONTH_RE_KK + r"(?:,\s*" + MONTH_RE_KK
                               + r")*\s+(?:және|мен|пен|бен)\s+" + MONTH_RE_KK + r"\s+айлар\w*", re.I)),
    # The Kazakh year before its half or quarter ("2019 жылдың алғашқы жартысында") before the bare part, which
    # would take "алғашқы жартысында" alone and leave the year to a mention of its own.
    ("part_kk", re.compile(_W + Y + r"\s*жыл\w*\s+" + _HALF_OR_QUARTER, re.I)),
    ("part", re.compile(_W + r"(?:(?:in|during|за|в|во)\s+)?(?:the\s+)?" + _HALF_OR_QUARTER + r"(?:\s+(?:of\s+)?"
                        + Y + r"(?:\s*(?:года|г\.|жыл\w*))?)?" + _E, re.I)),
    # Business-wire abbreviations (Kursiv, Trend): "in H1 2025", "Q3 2024", "in 9M 2024", "5M2025"; and "fiscal 2024"
    # (Kazakhstan's fiscal year is the calendar year); "9M" only with its year ("a 5m wide strip" is metres). The
    # sentence comes lower-cased.
    ("part_abbr", re.compile(_W + r"(?:(?:in|during|for|over)\s+(?:the\s+)?)?(?:(?P<hq>[hq])(?P<nth>[1-4])"
                             r"(?:\s*(?:of\s+)?" + Y + r")?|(?P<nm>[1-9]|1[0-2])m\s*" + Y + r")" + _E, re.I)),
    # A quarter written the Russian way, or its translation: "4кв.2017", "4 кв. 2017", "(4k.2017-14408 tenge)".
    ("part_abbr", re.compile(_W + r"(?P<qn>[1-4])\s*(?:кв|k)\.?\s*" + Y + r"(?!\d)", re.I)),
    ("year", re.compile(_W + r"(?:in\s+)?(?:fiscal(?:\s+year)?|FY)\s*" + Y + _E, re.I)),
    # "in the last two years", "over the past 6 months", "за последние пять лет", "соңғы екі жылда": from that long
    # before publication to publication.
    # (translated copy leaves the article out: "have been registered over last 5 years")
    ("last_n", re.compile(_W + r"(?:(?:in|over|during|for)\s+(?:the\s+)?(?:last|past)|"
                          r"(?:за|в\s+течение)\s+последни[ехм]|последни[ехм]|соңғы|кейінгі|өткен)\s+"
                          r"(?P<n>\d{1,2}|[^\W\d_]+)\s+(?P<u>years|months|лет|года|месяц\w*|"
                          r"жыл\w*|ай\w*)" + _E, re.I)),
    # "за два года выросло с 224 до 700", "екі жыл ішінде": a span of years up to publication (not "за 9 месяцев
    # 2024 года", a part of a stated year, read before)
    ("last_n", re.compile(_W + r"за\s+(?P<n>\d{1,2}|[^\W\d_]+)\s+(?P<u>лет|года)(?!\s+(?:назад|до|спустя))" + _E
                          + r"(?!\s*(?:19|20)\d{2})", re.I)),
    # (and months: "12 ай ішінде 368 670 сәби дүниеге келді", in the 12 months)
    ("last_n", re.compile(_W + r"(?P<n>\d{1,2}|[^\W\d_]+)\s+(?P<u>жыл|ай)(?:дың)?\s+ішінде" + _E, re.I)),
    # "exceeded 100,000 within a year", "in just two years", "within six months": the span that ended now (not "a
    # year" of a rate, "500 trees a year")
    ("last_n", re.compile(_W + r"(?:within|in\s+(?:just|only)|within\s+(?:just|only))\s+(?P<n>an?|\d{1,2}|[^\W\d_]+)\s+"
                          r"(?P<u>years?|months?)" + _E, re.I)),
    # The years to come: "in the next three years", "в ближайшие три года", "в течение ближайших пяти лет", "алдағы
    # үш жылда": from publication to the end of the last of them.
    ("next_n", re.compile(_W + r"(?:(?:in|over|during|within)\s+the\s+(?:next|coming)|(?:в|в\s+течение|на)\s+"
                          r"ближайши[еха]|в\s+предстоящие|алдағы)\s+(?P<n>\d{1,2}|[^\W\d_]+)\s+(?P<u>years|лет|года|"
                          r"жыл\w*)" + _E, re.I)),
    # Half a year up to publication: "за полгода", "за последние полгода", "в течение полугода", "соңғы жарты жылда",
    # "жарты жыл ішінде", "in the past half year".
    ("half_year", re.compile(_W + r"(?:(?:за|в\s+течение|на\s+протяжении)\s+(?:последни[ех]\s+|минувши[ех]\s+|"
                             r"прошедши[ех]\s+)?(?:полгода|полугода)|(?:соңғы\s+)?жарты\s+жыл(?:да|\s+ішінде)|"
                             r"(?:in|over|during)\s+the\s+(?:last|past)\s+half\s+(?:a\s+)?year)" + _E, re.I)),
    ("n_months", re.compile(_W + r"(?:за|в течение|in the first|over the first|the first)\s+"
                            r"(?P<n>\d{1,2}|[a-zа-яё]+)\s+(?:месяц\w*|months)"
                            r"(?:\s+(?:of\s+)?" + Y + r"(?:\s*(?:года|г\.))?|\s+(?P<this>текущего|этого|нынешнего|"
                            r"уходящего)\s+года|\s+of\s+(?P<this_en>this|the\s+current)\s+year)?" + _E, re.I)),
    # Kazakh counts the months of a year it names in the genitive: "үстіміздегі жылдың бес айында", "2024 жылдың 11
    # айында", "биылғы 9 айда", "өткен жылдың 9 айында": the first N months of that year. A bare "5 айда" (no year
    # before it) is a duration and stays one.
    ("n_months_kk", re.compile(_W + r"(?:(?P<y>(?:19|20)\d{2})\s*жылдың|(?P<rel>биылғы|үстіміздегі|ағымдағы|осы|"
                               r"өткен|былтырғы)(?:\s+жылдың)?|жылдың|жыл\s+басынан\s+бергі)\s+(?:алғашқы\s+)?"
                               r"(?P<n>\d{1,2}|[^\W\d_]+)\s+(?:айында|айда|айы\s+ішінде|ай\s+ішінде|айдағы|айындағы)"
                               + _E, re.I)),
    # From a day to a day: "с 1 апреля по 20 мая", "from April 1 to April 20", "27 наурыздан 14 сәуірге дейін".
    ("days_ru", re.compile(_W + r"с\s+(\d{1,2})(?:\s+" + MONTH_RE_RU + r")?\s+(?:по|до)\s+(\d{1,2})\s+" + MONTH_RE_RU
                           + r"(?:\s+" + Y + r"\s*(?:года|г\.)?)?" + _E, re.I)),
    # Days joined by a dash or "и" without "с … по": "12-14 мая", "30 апреля – 2 мая", "12 и 13 мая 2025 года".
    ("days_ru", re.compile(_W + r"(\d{1,2})(?:\s+" + MONTH_RE_RU + r")?\s*(?:[-–—]|\s+и\s+)\s*(\d{1,2})\s+"
                           + MONTH_RE_RU + r"(?:\s+" + Y + r"\s*(?:года|г\.)?)?" + _E, re.I)),
    ("days_en", re.compile(_W + r"(?:from\s+)?" + MONTH_RE_EN + r"\s+(\d{1,2})\s*(?:to|through|until|till|-|–)\s*(?:"
                           + MONTH_RE_EN + r"\s+)?(\d{1,2})(?:,?\s+" + Y + ")?" + _E, re.I)),
    ("days_en", re.compile(_W + r"between\s+" + MONTH_RE_EN + r"\s+(\d{1,2})\s+and\s+(?:" + MONTH_RE_EN
                           + r"\s+)?(\d{1,2})(?:,?\s+" + Y + ")?" + _E, re.I)),  # "between April 8 and May 6"
    ("days_kk", re.compile(_W + r"(?:" + Y + r"\s*жылғы\s+)?(\d{1,2})" + _KK_DAY_JOINT + MONTH_RE_KK
                           + r"\s+(?:мен\s+|пен\s+|бен\s+)?(\d{1,2})" + _KK_DAY_JOINT
                           + MONTH_RE_KK + r"\s+(?:дейін|аралығында)", re.I)),
    # Kazakh days joined by a dash: "12-14 мамыр", "30 сәуір – 2 мамыр аралығында".
    ("days_kk", re.compile(_W + r"(?:" + Y + r"\s*жылғы\s+)?(\d{1,2})(?:" + _KK_DAY_JOINT + MONTH_RE_KK
                           + r")?\s*[-–—]\s*(\d{1,2})" + _KK_DAY_JOINT + MONTH_RE_KK, re.I)),
    # Kazakh days joined by "мен/пен/бен" before one month: "1 мен 31 наурыз аралығында", "1-і мен 15 сәуір
    # аралығында" (the first day takes the month of the second: the empty group stands for its month).
    ("days_kk", re.compile(_W + r"(?:" + Y + r"\s*жылғы\s+)?(\d{1,2})(?:-[^\W\d_]{1,4})?()\s+(?:мен|пен|бен)\s+"
                           r"(\d{1,2})" + _KK_DAY_JOINT + MONTH_RE_KK + r"\s+(?:дейін|аралығында|аралығы\w*)", re.I)),
    # The month first, in the genitive, then its days: "наурыз айының 1 мен 31 аралығында", "наурыздың 1-і мен 31-і
    # аралығында", "сәуірдің 1-інен 15-іне дейін": a span of days, not two numbers; "сәуір айының 17-нен 18-не
    # қараған түн": the night from the 17th to the 18th.
    ("days_kk_gen", re.compile(_W + r"(?:" + Y + r"\s*жыл(?:ғы|дың)\s+)?" + MONTH_RE_KK + r"(?:\s+ай\w*)?(?<=ың|ің)"
                               r"\s+(\d{1,2})(?:-[^\W\d_]{1,6})?\s+(?:(?:мен|пен|бен)\s+)?(\d{1,2})"
                               r"(?:-[^\W\d_]{1,6})?\s+(?:дейін|аралығында|аралығы\w*|қараған)", re.I)),
    # English days before one month: "from 1 to 31 March", "between 1 and 31 March 2021", "from 1st to 15th of May".
    ("days_en_dm", re.compile(_W + r"(?:from|between)\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?" + MONTH_RE_EN
                              + r")?\s*(?:to|through|until|till|and|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                              + MONTH_RE_EN + r"(?:,?\s+" + Y + ")?" + _E, re.I)),
    # "с начала 2024 года", "since the beginning of 2024", "2024 жылдың басынан бері": from 1 January to
    # publication (year to date when it is the publication year).
    ("since_start", re.compile(_W + r"(?:с начала|since the (?:beginning|start) of|from the (?:beginning|start) of)"
                               r"\s+" + Y + r"(?:\s*(?:года|г\.))?" + _E, re.I)),
    ("since_start", re.compile(_W + Y + r"\s*жылдың\s+басынан\s+(?:бері|бастап)" + _E, re.I)),
    # The start of a year as a moment: "на начало года", "к началу 2024 года", "в начале прошлого года", "at the
    # beginning of the year", "as of the start of 2024", "жыл басында", "2024 жылдың басында": a level as of 1
    # January of that year (the publication's unless it names another), not as of today
    # ("если на начало года было 35 групп, то сегодня их 90"). "С начала года" (since) is a span, read above.
    ("year_start", re.compile(_W + r"(?:на|к|в)\s+начал[оеу]\s+(?:(?P<rel>текущего|этого|нынешнего|прошлого|"
                              r"минувшего|следующего)\s+)?(?:(?P<y>(?:19|20)\d{2})\s*(?:-го\s+)?(?:года|г\.)|года|"
                              # (the year's word left out: "в начале 2012 уже поступят 5,5 миллиардов")
                              r"(?P<y2>(?:19|20)\d{2})(?![\d.,]?\d|\s*[-–—]))"
                              + _E, re.I)),
    ("year_start", re.compile(_W + r"(?:at|as\s+of|as\s+at|by)\s+the\s+(?:beginning|start)\s+of\s+(?:(?P<rel>this|"
                              r"last|next|the\s+current|the)\s+year|(?P<y>(?:19|20)\d{2}))" + _E, re.I)),
    ("year_start", re.compile(_W + r"(?:(?P<y>(?:19|20)\d{2})\s*жылдың|(?P<rel>биылғы|өткен|былтырғы|келесі|"
                              r"ағымдағы)\s+жылдың|жыл(?:дың)?)\s+басында" + _E, re.I)),
    # The current school year, told without its years: "this academic year", "в этом учебном году", "биылғы оқу
    # жылында": from September 1 before publication to August 31 after it.
    ("this_school_year", re.compile(_W + r"(?:(?:this|the\s+current|the\s+present)\s+(?:academic|school)\s+year|"
                                    r"(?:этом|текущем|нынешнем)\s+учебном\s+году|(?:этого|текущего|нынешнего)\s+"
                                    r"учебного\s+года|(?:биылғы|ағымдағы|осы)\s+оқу\s+жыл\w*)" + _E, re.I)),
    # A past school year told without its years: "в прошлом учебном году", "в позапрошлом учебном году", "last academic
    # year", "өткен оқу жылында": the school year one (two) before the current one.
    ("past_school_year", re.compile(_W + r"(?:(?:в|за)\s+(?P<ru>прошлом|минувшем|позапрошлом|прошлый|минувший|"
                                    r"позапрошлый)\s+учебн\w*\s+год\w*|(?:прошлого|минувшего|позапрошлого)\s+"
                                    r"учебного\s+года|(?P<en>last|the\s+previous|the\s+past)\s+(?:academic|school)\s+"
                                    r"year|(?P<kk>өткен|былтырғы)\s+оқу\s+жыл\w*)" + _E, re.I)),
    # From a year to a day: "с 1991 года по 1 января 2023 года", "1991 жылдан бастап 2023 жылдың 1 қаңтарына дейін",
    # "from 1991 to January 1, 2023": a span from the year's start to the day (to the day before when it is the 1st:
    # "to 1 January 2023" is through 2022).
    ("year_to_day", re.compile(_W + r"(?:с|со)\s+(?P<y1>(?:19|20)\d{2})\s*(?:-?го\s+)?(?:года|г\.)?\s+(?:по|до)\s+"
                               r"(?P<d>\d{1,2})\s+(?P<m>" + MONTH_RE_RU + r")\s+(?P<y2>(?:19|20)\d{2})\s*(?:года|г\.)?"
                               + _E, re.I)),
    ("year_to_day", re.compile(_W + r"(?P<y1>(?:19|20)\d{2})\s*(?:жылдан|ж\.)\s+(?:бастап\s+)?(?P<y2>(?:19|20)\d{2})"
                               r"\s*жылдың\s+(?P<d>\d{1,2})\s*-?\s*(?P<m>" + MONTH_RE_KK + r")\s+(?:дейін|шейін)" + _E,
                               re.I)),
    ("year_to_day", re.compile(_W + r"(?:from|since)\s+(?P<y1>(?:19|20)\d{2})\s+(?:to|until|till|through)\s+"
                               r"(?P<m>" + MONTH_RE_EN + r")\s+(?P<d>\d{1,2}),?\s+(?P<y2>(?:19|20)\d{2})" + _E, re.I)),
    ("range", re.compile(_W + r"(?:за период |в период |с |from |between )" + Y + _RU_YEAR_ENDING + "?"
                         + r"\s*(?:г\.|года?|жыл\w*)?\s*(?:по|до|to|and|through|until)\s+" + Y + _RU_YEAR_ENDING + "?"
                         + r"(?:\s*(?:год\w*|гг?\.?|жыл\w*|years?))?" + _E, re.I)),
    ("range", re.compile(_W + Y + r"\s*[-–—]\s*" + Y + r"\s*(?:год\w*|гг\.?|жж\.?|жыл\w*|years)" + _E, re.I)),
    # Two years in a row joined by "and" ("2026 және 2027 жылдары субвенциялық өңірлер саны 17", "в 2026 и 2027
    # годах", "in 2026 and 2027"): both of them, a span (two years apart are two times, no span: _find_anchors)
    ("year_pair", re.compile(_W + r"(?:(?:in|в|во)\s+)?" + Y + r"\s+(?:и|and|және|мен|бен|пен)\s+" + Y +
                             r"(?:\s*(?:годах|годы|гг\.?|жылдары|жылдарда|жылы|years))" + _E, re.I)),
    ("year_pair", re.compile(_W + r"in\s+" + Y + r"\s+and\s+" + Y + _E, re.I)),
    # The later year cut to its last two digits: "In 2022-23, 13.8 billion tenge was provided", "в 2022-23 годах"
    # (the dash unspaced and a comma, a stop or the years' word after it: "в 2021 – 51 проект" is a year and a count)
    ("short_range", re.compile(_W + r"(?:in|в|во|за|during)\s+" + Y + r"[-–—](?P<yy>\d{2})(?![\d.,]?\d)"
                               r"(?=\s*(?:год|гг|жыл|years|[,;.)]|$))" + _E, re.I)),
    # "increased by 7 percent from 2016-2017": two years joined by a dash after "from" are a span without its word
    ("range", re.compile(_W + r"(?:from|over)\s+" + Y + r"\s*[-–—]\s*" + Y + _E + r"(?!\s*(?:год|гг|жыл|years))",
                         re.I)),
    # A school year, its two years joined by a dash or a slash: "в 2012/2013 учебном году", "2012-2013 оқу жылында",
    # "in the 2012/2013 academic year": the figures told of it are of those two years.
    ("range", re.compile(_W + Y + r"\s*[-–—/]\s*" + Y + r"\s*(?:-?\s*(?:жж|гг)\.?\s*)?(?:учебн\w*\s+год\w*|"
                         r"оқу\s+жыл\w*|(?:academic|school)\s+years?)" + _E, re.I)),
    # (named first: "in academic year of 2005-2006", "в учебном году 2005-2006")
    ("range", re.compile(_W + r"(?:(?:academic|school)\s+years?\s+(?:of\s+)?|учебн\w*\s+год\w*\s+)" + Y +
                         r"\s*[-–—/]\s*" + Y + r"(?![-–—]?\d)" + _E, re.I)),
    # English wire copy drops "years" after a span introduced by a preposition: "in 2021-2023, 10.3 million trees
    # were planted", "during 2022–2024", "over the 2021-2023 period".
    ("range", re.compile(_W + r"(?:in|during|for|over|throughout)\s+(?:the\s+)?(?:period\s+(?:of\s+)?)?" + Y
                         + r"\s*[-–—]\s*" + Y + r"(?![-–—]?\d)" + _E, re.I)),
    ("range", re.compile(_W + Y + r"\s*(?:жылдан|ж\.)\s*" + Y + r"\s*(?:жылға|ж\.)\s*(?:дейін|шейін)" + _E,
                         re.I)),
    # A decade, or its early, middle or late part: "в конце 1980-х годов", "в 1990-е годы", "in the late 1980s", "the
    # mid-1990s", "1980 жылдардың соңында", "1990-жылдардың басында", "2000 жылдары": the years of it (early: the
    # first five, late: the last five, middle: the four around its middle).
    ("decade", re.compile(_W + r"(?:(?:в|во)\s+)?(?:(?P<part>начале|середине|конце)\s+)?(?P<d>(?:19|20)\d0)\s*-\s*"
                          r"(?:х|е|ые|ых)(?:\s+(?:годов|годах|годы|гг\.?))?" + _E, re.I)),
    ("decade", re.compile(_W + r"(?:(?:the\s+)?(?P<part>early|mid|late)[\s-]+)?(?P<d>(?:19|20)\d0)['’]?s" + _E, re.I)),
    ("decade", re.compile(_W + r"(?P<d>(?:19|20)\d0)\s*-?\s*жылдар(?:ы|дың|да|ында|ға|дағы)?(?:\s+(?P<part>басында|"
                          r"ортасында|соңында|аяғында))?" + _E, re.I)),
    # (a decade of the last century by its two digits: "в 90-е годы", "в 90-х", "the 90s", "the early '90s",
    # "90-жылдары"; in English only after "the", as "in her 90s" is an age)
    ("decade", re.compile(_W + r"(?:в|во)\s+(?:(?P<part>начале|середине|конце)\s+)?(?P<d>[5-9]0)\s*-\s*"
                          r"(?:х|е|ые|ых)(?:\s+(?:годов|годах|годы|гг\.?))?" + _E, re.I)),
    ("decade", re.compile(_W + r"the\s+(?:(?P<part>early|mid|late)[\s-]+)?['’]?(?P<d>[5-9]0)['’]?s" + _E, re.I)),
    ("decade", re.compile(_W + r"(?P<d>[5-9]0)\s*-?\s*жылдар(?:ы|дың|да|ында|ға|дағы)?(?:\s+(?P<part>басында|"
                          r"ортасында|соңында|аяғында))?" + _E, re.I)),
    # A span in brackets after what it is the time of: "The Seventh phase of the SGP (2022-2026) covers …",
    # "Программа (2021–2025 годы) …", "жоба (2023-2025 жж.)": the programme's years are those of its figures. (At
    # most ten years apart: a lifespan after a name, "Абай (1845–1904)", is no programme's.)
    ("range", re.compile(r"\(\s*" + Y + r"\s*[-–—]\s*" + Y + r"(?:\s*(?:год\w*|гг\.?|жж\.?|жыл\w*|years))?\s*\)",
                         re.I)),
    # Since the start of something in a year: "с начала реализации программы в 2023 году", "с момента запуска
    # проекта в 2021 году", "since its launch in 2021", "жоба 2021 жылы басталғаннан бері": from that year to
    # publication, not that year alone.
    ("since", re.compile(_W + r"(?:с|со)\s+(?:момента|начала|дня|старта|запуска|создания|основания|открытия)\s+"
                         r"(?:[^\W\d_]+\s+){0,4}?(?:в|во)\s+" + Y + r"\s*(?:-м\s+)?(?:году|г\.)" + _E, re.I)),
    ("since", re.compile(_W + r"since\s+(?:[^\W\d_]+\s+){1,5}?in\s+" + Y + _E, re.I)),
    ("since", re.compile(_W + Y + r"\s*жылы\s+(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+(?:ғаннан|геннен|қаннан|кеннен)\s+бері"
                         + _E, re.I)),
    # ... up to today, said so: "1991 жылдан бүгінгі күнге дейін", "2015 жылдан бастап қазіргі таңға дейін", "since
    # 1991 to date", "from 2015 until now"
    ("since", re.compile(_W + Y + r"\s*жылдан\s+(?:бастап\s+)?(?:бүгінгі\s+күнге|бүгінге|қазіргі\s+(?:таңға|уақытқа|"
                         r"кезге|күнге)|осы\s+(?:уақытқа|күнге))\s+дейін" + _E, re.I)),
    ("since", re.compile(_W + r"(?:since|from)\s+" + Y + r"\s*,?\s+(?:to\s+date|until\s+now|till\s+now|up\s+to\s+now|"
                         r"to\s+the\s+present(?:\s+day)?|until\s+today|to\s+this\s+day)" + _E, re.I)),
    ("since", re.compile(_W + r"(?:с|начиная с|since)\s+" + Y + _RU_YEAR_ENDING + r"?(?:\s*(?:года|г\.))?" + _E,
                         re.I)),
    ("since", re.compile(_W + Y + r"\s*жылдан\s+бері" + _E, re.I)),
    # A day may carry its ordinal ending: "12-го апреля", "April 12th", "the 12th of April".
    ("day", re.compile(_W + r"(\d{1,2})(?:-?(?:го|е|ое))?\s+" + MONTH_RE_RU + r"(?:\s+" + Y + r"\s*(?:года|г\.)?)?"
                       + _E, re.I)),
    # Kazakh writes a day with or without the ordinal hyphen: "19 наурызда", "19-наурыз – Жаңару күні",
    # "2024 жылғы 19-наурызда" (Latin "19-naýryz" arrives transliterated).
    ("day_kk", re.compile(_W + r"(?:" + Y + r"\s*жыл(?:дың|ғы)\s+)?(\d{1,2})" + _KK_DAY_JOINT + MONTH_RE_KK,
                          re.I)),
    # The day after its month in the genitive: "наурыздың 19-ы", "мамырдың 5-і күні", "қазанның 1-нде", "сәуір айының
    # 17-сі".
    ("day_kk_gen", re.compile(_W + r"(?:" + Y + r"\s*жылғы\s+)?" + MONTH_RE_KK + r"(?:\s+ай\w*)?(?<=ың|ің)\s+(\d{1,2})"
                              r"(?:-[^\W\d_]{1,5})?" + _E, re.I)),
    # (Not a number after a month that has its day before it: "On 12th April 25 volunteers", "12 April 25 …": a
    # date has one day, so the 25 counts something.)
    # (a month abbreviated with its dot may have the day right after it: "As of Sept.1")
    ("day_en", re.compile(_W + _NO_DAY_BEFORE + MONTH_RE_EN + r"(?:\s+|(?<=\.))(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+" + Y +
                          ")?"
                          + _E, re.I)),
    ("day_en2", re.compile(_W + r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_RE_EN + r"(?:\s+" + Y + ")?" + _E,
                           re.I)),
    # (and "по состоянию на январь", "на январь 2018 года": as of that month)
    ("month", re.compile(_W + r"(?:в|во|(?<=состоянию )на)\s+" + MONTH_RE_RU + r"(?:\s+" + Y + r"\s*(?:года|г\.)?|\s+"
                         r"(текущего|этого|прошлого|нынешнего)\s+года)?" + _E, re.I)),
    ("month_kk", re.compile(_W + r"(?:" + Y + r"\s*жылдың\s+)?" + MONTH_RE_KK + r"\s+ай\w*", re.I)),
    # ("… were found along the coast last November": the last November before publication's month)
    ("month_en", re.compile(_W + r"(?:in|as\s+of|last)\s+" + MONTH_RE_EN + r"(?:\s+" + Y + ")?" + _E, re.I)),
    # A month with its year and no day: "the beginning of March 2010", "в начале марта 2010 года".
    ("month_year", re.compile(_W + MONTH_RE_EN + r",?\s+" + Y + _E, re.I)),
    ("month_year", re.compile(_W + MONTH_RE_RU + r"\s+" + Y + r"\s*(?:года|г\.)" + _E, re.I)),
    ("month_year_kk", re.compile(_W + Y + r"\s*(?:жылғы|жылдың|ж\.)\s+" + MONTH_RE_KK, re.I)),  # "2024 жылғы наурызда"
    # A month named by the events or days it is remembered for, without a preposition of time: "во время январских
    # событий", "в январские дни", "майские праздники", "қаңтар оқиғасы кезінде", "during the January events": that
    # month (the latest one up to publication when no year is stated).
    ("month_event", re.compile(_W + r"(январск|февральск|мартовск|апрельск|майск|июньск|июльск|августовск|"
                               r"сентябрьск|октябрьск|ноябрьск|декабрьск)(?:ие|их|им|ими|ой|ая|ую|ого|ом|ий|ое)\s+"
                               r"(?:событи\w*|дн(?:и|ей|ях|ям)|праздник\w*|паводк\w*|трагеди\w*|беспорядк\w*|"
                               r"волнени\w*)" + _E, re.I)),
    ("month_event_kk", re.compile(_W + MONTH_RE_KK + r"\s+(?:оқиға\w*|күндер\w*|тасқын\w*|қасірет\w*|"
                                  r"трагедия\w*)", re.I)),
    ("month_event_en", re.compile(_W + r"(?:the|during|in|after)\s+" + MONTH_RE_EN + r"(?:\s+" + Y + r")?\s+"
                                  r"(?:events|unrest|riots|tragedy|floods?|days|protests|holidays)" + _E, re.I)),
    # Seasons: "this spring", "last autumn", "in the summer of 2024", "in spring 2025", "весной 2024 года", "прошлой
    # осенью", "этим летом": the season's months (a bare "spring flood" names no season of a year).
    ("season_en", re.compile(_W + r"(?:(?P<rel>this|last|past|next)\s+|(?:in|during|over)\s+(?:the\s+)?)"
                             r"(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?" + Y + r")?" + _E
                             + r"(?!\s+(?:of\s+)?"
                               r"(?:season|campaign|flood|floods|holidays?|school|camp|period|months?)\b)"
                             # the season in an event's name names no season of a year: "in the Winter
                             # Universiade 2017", "during the Summer Olympic Games", "at the Winter Paralympics"
                             + r"(?!\s+(?:world\s+|asian\s+|youth\s+|deaflympic\s+)?(?:universiad\w*|olympi\w*|"
                               r"paralympi\w*|deaflympi\w*|spartakiad\w*|asiad\w*|games|cup)\b)",
                             re.I)),
    ("season_en", re.compile(_W + r"(?P<s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?" + Y + _E, re.I)),
    # "during the three summer months", "during summer season" (the season of a count, not a name: "summer season
    # campaign" is left out by the next word)
    ("season_en", re.compile(_W + r"(?:in|during|over)\s+(?:the\s+)?(?:(?:three|3)\s+)?(?P<s>spring|summer|autumn|fall|"
                             r"winter)\s+(?:months|season)" + _E + r"(?!\s+(?:campaign|programme|program|camp)\b)",
                             re.I)),
    ("season_ru", re.compile(_W + r"(?:(?P<rel>прошл\w+|эт\w+|нынешн\w+|текущ\w+)\s+)?(?P<s>весной|летом|осенью|зимой)"
                             r"(?:\s+" + Y + r"\s*(?:года|г\.))?" + _E, re.I)),
    ("year", re.compile(_W + r"(?:в|во|за|на|к|по итогам|итогам)?\s*" + Y
                        # ("2012 г" cut at the end of the copy, or before a comma: the abbreviation without its dot)
                        + r"\s*(?:-м\s+|-го\s+)?(?:году|года|год|г\.|г(?=\s*(?:$|[,;:)!?])))" + _E, re.I)),
    # (the year may take the ordinal ending: "2015-ші жылдың қорытындысы бойынша", "2030-шы жылға қарай")
    ("year", re.compile(_W + Y + r"(?:-?(?:ші|шы|нші|ншы))?\s*(?:жылы|жылғы|жылда|жылдың|жылға|жыл|ж\.)" + _E, re.I)),
    ("year", re.compile(_W + r"(?:в|во|за|к)\s+" + Y + r"-о?м" + _E, re.I)),  # "в 2022-м", "чем в 2020-ом"
    # a bare year after "в" that a comma or a word of the clause follows, no noun it counts: "В 2022 лабораторные
    # исследования выявили 206 голов", "чем в 2021, когда было зафиксировано 460" (not "в 2022 семьях", where the
    # number counts the families in the prepositional plural)
    ("year", re.compile(_W + r"(?:в|во)\s+" + Y + r"(?=\s*,|\s+(?![а-яё]*(?:ах|ях)\b)[а-яё]{4,})", re.I)),
    ("year", re.compile(_W + r"(?:в|во|за|к)\s+" + Y + r"\s+(?:" + _RU_YEAR_WORD_TYPO + r")" + _E, re.I)),
    ("year", re.compile(_W + Y + r"\s+(?:" + _KK_YEAR_WORD_TYPO + r")" + _E, re.I)),
    # "году" left out of the second of two parallel clauses, a dash standing for the verb: "в 2002 году сдали кровь 7
    # тысяч человек, а в 2003 – 5300" (not a span of years "в 2003–2005 годах").
    ("year", re.compile(_W + r"(?:в|во)\s+" + Y + r"(?=\s*[–—-]\s*(?:уже\s+|лишь\s+|только\s+)?"
                        r"(?!(?:19|20)\d{2}(?!\d))\d)", re.I)),
    ("year", re.compile(_W + Y + _RU_YEAR_ENDING + _E, re.I)),  # "по итогам 2024-го", "за 2024-й"
    # The year before last: "в позапрошлом году", "позапрошлого года", "the year before last". Before "last year".
    ("before_last", re.compile(_W + r"(?:(?:в|за)\s+позапрошл\w+\s+год\w*|позапрошлого\s+года|"
                               r"в\s+позапрошлом(?=\s*(?:[—–]|-\s))|the\s+year\s+before\s+last)" + _E, re.I)),
    # The year a target is set for: "to plant two billion trees before 2025", "until 2030", as "by 2025" and "до 2025
    # года"; a year not yet begun at publication (or "before the end of" this one): a year already begun bounds what
    # was done before it and names no time of its own.
    ("until_year", re.compile(_W + r"(?:before|until|till|up\s+to)\s+(?:the\s+end\s+of\s+)?" + Y + _E, re.I)),
    # An event named with its year: "the international exhibition EXPO-2017", "на «Универсиаде-2017»", "at the
    # Asian Games 2011", "ЭКСПО-2017 көрмесінде": what was done at it is of that year.
    *[("event_year", p) for p in (
        re.compile(_W + _NAMED_EVENT + r"(?:\s+[^\W\d_]+){0,2}\s*-\s*" + Y + r"(?![\d-])", re.I),
        re.compile(r"«[^«»]{0,40}?" + _NAMED_EVENT + r"[^«»]{0,40}?[\s-]" + Y + r"\s*»", re.I),
        # (without a hyphen, in English only: "акцияға 2020-дан аса адам", "акции 2020 волонтеров" are counts)
        re.compile(_W + _NAMED_EVENT_EN + r"\s+" + Y + _YEAR_ENDS_A_NAME, re.I))],
    # An index or a report named with its year tells the figures of that year ("The World Giving Index 2021 … 98th
    # among 114 countries", "По данным World Giving Report 2025, казахстанцы готовы тратить 1,2% дохода", "Annual
    # Report 2023"); unlike an event's, its year is never to come, so an undated text is of that year at least.
    ("report_year", re.compile(_W + r"(?:index|report)\s+" + Y + _YEAR_ENDS_A_NAME, re.I)),
    # The time Kazakhstan gained its independence, 1991: "At the time of independence of the Republic in the area were
    # open 140 health care facilities", "на момент обретения независимости", "тәуелсіздік алған кезде"
    # (the first years of it, a span, are the "independence" anchor below)
    ("independence_year", re.compile(_W + r"(?:at\s+the\s+(?:time|moment)\s+of\s+(?:gaining\s+)?independence|"
                                     r"на\s+момент\s+обретения\s+(?:страной\s+)?независимости)" + _E, re.I)),
    # ("In the year 2002, …"; "until 1999 the number of marriages saw a steady decline up to 5.8", as "by 1999")
    ("year", re.compile(_W + r"(?:in|during|for|by|of|since|until|till)\s+(?:(?:the\s+)?year\s+)?" + Y + _E, re.I)),
    # a year glued by a dash to the figure of a list: "in 2018-102.2 thousand people, in 2017 - 96.2 thousand" (a
    # decimal after the dash is no year's end)
    ("year", re.compile(_W + r"(?:in|for)\s+" + Y + r"(?=-\d+[.,]\d)", re.I)),
    # a bare year and its value after a dash, the next pair of a list ("the peaks in 2017 - 9.5, 2011 - 9.7, 2012 - 9.8
    # and 2013 - 9.9", "в 2022 году – 120, 2023 – 150 и 2024 – 180"): that value's year (not a span of years: "2011 -
    # 2013")
    ("year", re.compile(r"(?:(?<=, )|(?<=\band )|(?<=\bи )|(?<=\bжәне ))" + Y +
                        r"(?=\s*[-–—]\s*\d)(?!\s*[-–—]\s*(?:19|20)\d{2}(?![\d.,]\d))", re.I)),
    # a bare year opening a bracket, its value after a dash: the base told beside a figure ("amounted to 110.6
    # (2017-123.5)", "53.7 (2017 - 59.2, target indicator - 54.7)", "9,8 (2017-9,7)"): that value's year (not a span,
    # "(2017-2019)", nor a date, "(2017-10-05)")
    ("year", re.compile(r"(?<=\()\s*" + Y + r"(?=\s*[-–—]\s*\d)(?!\s*[-–—]\s*(?:19|20)\d{2}(?![\d.,]\d))"
                        r"(?!-\d{1,2}-\d)", re.I)),
    # the base of a comparison ("increased from 430,000 to 709,000 compared to 2014"): a year, which dates the first
    # value of a change (sentence.py), never the figure compared (is_comparison_base)
    ("year", re.compile(r"(?:(?<=compared to )|(?<=compared with ))" + Y + _E, re.I)),
    # "the 2024 floods", and after a possessive: "the city's 2016 budget", "Kazakhstan's 2023 harvest"
    ("year", re.compile(_W + r"(?:the|its|this|[^\W\d_]+['’]s)\s+" + Y + r"(?=\s+[a-z])", re.I)),
    # A part of a year named by its time ("in early 2024", "in mid-2023", "by late 2023", "throughout 2023",
    # "during the first months of 2024" is a part of the year read before): that year.
    ("year", re.compile(_W + r"(?:(?:in|by|until|since)\s+(?:early|mid|late)[-\s]+|throughout\s+(?:the\s+year\s+)?|"
                        r"(?:early|mid|late)[-\s]+)" + Y + _E, re.I)),
    # A year set far back by a word or two between "in" and the year: "in now distant 2010", "in far-off 2005", "back
    # in distant 2012" (Russian "в далеком 2010 году" is read by its "году")
    ("year", re.compile(_W + r"in\s+(?:now\s+|the\s+)?(?:distant|far-off|far\s+off|faraway|far-away|remote|"
                        r"long-ago|bygone)\s+" + Y + _E, re.I)),
    # A year as the subject of a report: "2011 was marked by large-scale projects", "2023 saw record donations",
    # "2019 became the year of …" (at the start of a sentence or a clause; not "2,011 was")
    ("year", re.compile(r"(?:^|(?<=[.;:]\s))" + Y + r"(?=\s+(?:was|saw|became|brought|turned\s+out|has\s+been|"
                        r"will\s+be\s+remembered)\b)", re.I)),
    # "The year 2022 has ended", and the calque of "2022 год" in English by Russian speakers: "2022 year has ended"
    ("year", re.compile(_W + r"the\s+year\s+" + Y + _E, re.I)),
    ("year", re.compile(_W + Y + r"\s+year\b(?![-\s]*old|s)", re.I)),
    # The year of the data a figure comes from, in brackets or before a word for data: "according to them (2014) 51
    # percent …", "(2014 data)", "according to 2014 data", "the 2014 survey" ("data of 2014" is "of 2014" above).
    # (a bare year in brackets only right before the figure: "The foundation (2014) has helped" names its founding)
    ("year", re.compile(r"\(\s*" + Y + r"\s*\)(?=\s*[,:]?\s*\d)", re.I)),
    ("year", re.compile(_W + Y + r"(?=\s+(?:data|figures|statistics|survey|census|poll|study|estimates?)\b)", re.I)),
    # A year counted from the year stated before it in the sentence: "130 тысяч в 2022 году, годом позже — 240
    # тысяч", "a year later", "бір жылдан кейін"; "годом ранее", "a year earlier". Before "next year".
    # The first years of the country's independence ("Еліміз Тәуелсіздік алған жылдары облыста 15-тен аса қоғамдық
    # ұйым тіркелсе", "в первые годы независимости", "in the early years of independence", "when Kazakhstan gained
    # independence"): 1991–1992.
    ("independence", re.compile(_W + r"(?:тәуелсіздік\s+алған\s+(?:жылдар\w*|жылы|кез\w*|тұс\w*)|"
                                r"(?:в\s+)?(?:первые\s+)?годы\s+(?:обретения\s+)?независимости|"
                                r"в\s+момент\s+обретения\s+независимости|"
                                r"(?:in\s+)?the\s+(?:early|first)\s+years\s+of\s+independence|"
                                r"when\s+(?:kazakhstan|the\s+country)\s+gained\s+(?:its\s+)?independence)" + _E, re.I)),
    # The years of the Great Patriotic War, named by the war ("За время ВОВ на фронт было призвано более 1 млн 200
    # тыс. казахстанцев", "в годы Великой Отечественной войны", "Ұлы Отан соғысы жылдары", "during the Great Patriotic
    # War"): 1941–1945. (Its veterans and participants today, "ветеранам ВОВ выплатят", name no such span.)
    ("war", re.compile(_W + r"(?:(?:за\s+время|в\s+годы|во\s+время|в\s+период)\s+(?:великой\s+отечественной\s+"
                       r"войны|вов|второй\s+мировой\s+войны)|(?:ұлы\s+отан\s+соғысы|соғыс)\s+жылдар\w*|"
                       r"(?:during|in\s+the\s+years\s+of)\s+(?:the\s+)?(?:great\s+patriotic\s+war|second\s+world\s+war|"
                       r"world\s+war\s+ii|wwii))" + _E, re.I)),
    # The last year before the coronavirus pandemic: "до пандемии более 300 000 школьников не имели компьютера",
    # "before the pandemic", "pre-pandemic", "пандемияға дейін", "індетке дейін": 2019.
    ("before_pandemic", re.compile(_W + r"(?:до\s+(?:начала\s+)?пандемии|(?:before|prior\s+to)\s+the\s+"
                                   r"(?:covid(?:-19)?\s+)?pandemic|pre-pandemic|(?:пандемия|індет|коронавирус)"
                                   r"(?:ға|ке|қа)\s+дейін)" + _E, re.I)),
    ("year_after", re.compile(_W + r"(?:годом\s+(?:позже|позднее)|год\s+спустя|спустя\s+год|через\s+год|"
                              r"(?:one\s+|a\s+)?year\s+later|the\s+following\s+year|the\s+next\s+year|"
                              r"бір\s+жылдан\s+кейін|келесі\s+жылы)" + _E, re.I)),
    # A time counted back from publication: "три года назад", "5 лет назад", "два месяца назад", "three years ago",
    # "үш жыл бұрын": that year (month), not now ("три года назад их было около 7 тысяч, сейчас 18 тысяч"). One
    # year back ("год назад", "a year ago") is read below.
    ("years_ago", re.compile(_W + r"(?P<n>\d{1,2}|[^\W\d_]+)\s+(?:(?P<y>лет|года|years|жыл)|(?P<mo>месяц\w*|months|ай))"
                             r"\s+(?:тому\s+)?(?:назад|ago|бұрын)" + _E, re.I)),
    ("year_before", re.compile(_W + r"(?:годом\s+ранее|годом\s+раньше|год\s+назад|за\s+год\s+до\s+этого|a\s+year\s+ago|"
                               r"(?:one\s+|a\s+)?year\s+(?:earlier|before)|the\s+previous\s+year|"
                               r"бір\s+жыл\s+бұрын|алдыңғы\s+жылы)" + _E, re.I)),
    # "по итогам года", "итоги года", "жыл қорытындысы", "over the year": the year being summed up — the past one
    # in an article of the first weeks of a year (later, which year is meant is not said: no period).
    ("year_results", re.compile(_W + r"(?:по\s+итогам\s+(?:(?:прошедшего|уходящего|минувшего|этого|текущего)\s+)?"
                                r"года|итоги\s+(?:(?:прошедшего|уходящего|минувшего)\s+)?года|"
                                r"жыл(?:дың)?\s+қорытынды\w*|over\s+the\s+(?:past\s+)?year|"
                                r"during\s+the\s+(?:past\s+)?year|throughout\s+the\s+year)" + _E, re.I)),
    ("ytd", re.compile(_W + _alts(REL_THIS_YEAR) + _E, re.I)),
    ("last_year", re.compile(_W + _alts(REL_LAST_YEAR) + _E, re.I)),
    # "году" left out in the second of two parallel clauses: "в минувшем году — 45 млн, в текущем — уже 60 млн",
    # "в 2023 году 9 тысяч, а в прошлом — 11 тысяч" (the dash stands for the verb; "в прошлом" alone is "in the past").
    ("ytd", re.compile(_W + r"в\s+(?:текущем|этом|нынешнем)(?=\s*(?:[—–]|-\s))", re.I)),
    ("last_year", re.compile(_W + r"в\s+(?:прошлом|минувшем|истекшем)(?=\s*(?:[—–]|-\s))", re.I)),
    # The adjective "last year's" in any case ("в прошлогодней кампании", "прошлогодний марафон"; "прошлогодний" is
    # "прошлого года" in one word, whose "прошлого" the needs test finds): what the clause reports is of last year;
    # not the base of a comparison ("больше прошлогоднего", "по сравнению с прошлогодним", "против прошлогодних", "на
    # фоне прошлогодних 13,8 ц/га").
    ("last_year", re.compile(r"(?<!\bс )(?<!\bсо )(?<!чем )(?<!против )(?<!больше )(?<!меньше )(?<!выше )"
                             r"(?<!ниже )(?<!уровня )(?<!уровнем )(?<!уровень )(?<!на фоне )" + _W +
                             r"прошлогодн\w+" + _E, re.I)),
    # The month before publication and the month of publication: "в прошлом месяце", "за минувший месяц", "last
    # month", "өткен айда"; "в этом месяце", "в текущем месяце", "this month", "осы айда" (not "за последний месяц",
    # the last thirty days).
    ("last_month", re.compile(_W + r"(?:(?:в|за)\s+(?:прошлом|минувшем|прошедшем|прошлый|минувший|прошедший)\s+"
                              r"месяц[еа]?|(?:прошлого|минувшего)\s+месяца|(?:in\s+|during\s+)?(?:the\s+)?"
                              r"(?:last|previous)\s+month|өткен\s+ай(?:да|ы|\s+ішінде)?)" + _E, re.I)),
    ("this_month", re.compile(_W + r"(?:(?:в|за)\s+(?:этом|текущем|нынешнем|этот|текущий)\s+месяц[еа]?|"
                              r"(?:этого|текущего)\s+месяца|this\s+month|осы\s+айда|осы\s+ай\s+ішінде)" + _E,
                              re.I)),
    ("next_year", re.compile(_W + _alts(REL_NEXT_YEAR) + _E, re.I)),
    ("annual", re.compile(_W + _alts(REL_ANNUAL) + _E, re.I)),
    ("as_of", re.compile(_W + _alts(REL_NOW) + _E, re.I)),
    # A span of time lasting until now: "вот уже три года мы проводим работу", "уже пятый год", "уже 10 лет", "міне
    # үш жыл бойы", "міне бес жылдан бері". What the clause counts is as of the text's date, not the date of the
    # founding named before ("Фонд был создан в январе 2022 года …, и вот уже три года мы …").
    ("as_of_span", re.compile(_W + r"(?:(?:вот\s+)?уже\s+(?:[^\W_]+\s+)?(?:год|года|лет|месяц|месяца|месяцев)|"
                              r"міне\s*,?\s+(?:[^\W_]+\s+)?жыл(?:\s+бойы|дан\s+бері|\s+болды))" + _E, re.I)),
]


# "Each year" that tells a trend, next to a verb of change in the present: "the number of foster homes declines each
# year in the country with 4,254 orphans", "число детдомов ежегодно сокращается", "балалар үйлерінің саны жыл сайын
# азайып келеді". The figures told with it are levels of now, not of a year; "each year 500 trees are planted" and
# "ежегодно высаживается 500 деревьев" stay yearly.
_TREND_BEFORE = re.compile(r"(?<![\w-])(?:declines?|decreases?|grows?|increases?|rises?|falls?|shrinks?|drops?|"
                           r"is\s+(?:declining|decreasing|growing|increasing|rising|falling|shrinking))\s+$", re.I)
_TREND_AFTER = re.compile(r"\s+(?:сокращается|сокращаются|уменьшается|уменьшаются|снижается|снижаются|растет|растут|"
                          r"увеличивается|увеличиваются|возрастает|возрастают|падает|азайып|артып|өсіп|көбейіп|кеміп|"
                          r"қысқарып)(?![\w-])", re.I)


# Something founded or begun N years ago ("созданный 10 лет назад", "founded ten years ago", "10 жыл бұрын құрылған")
# has done what the sentence counts since then, not in that year alone.
_FOUNDED_BEFORE_AGO = re.compile(r"(?:созда|основа|открыт|открыл|запущ|запуст|начал|стартова|появил|зарегистрир|"
                                 r"founded|created|launched|started|established|set\s+up|opened|began)\w*"
                                 r"(?:\s+[^\W\d_]+)?\s+$", re.I)
_FOUNDED_AGO = re.compile(r"\s+(?:құрыл|ашыл|басталған|бастал|іске\s+қосыл)", re.I)


# The start of the subject told in a relative clause or a participle around a year ("акция, которая стартовала в
# 2015 году, …", "проект, запущенный в 2019 году, …", "созданный в 2010 году фонд", "the campaign, which started in
# 2015, …", "launched in 2019, the project …", "2015 жылы басталған акцияға", "2010 жылы құрылған қор"): the figure of
# the main clause is counted since then, up to publication. Not a verb of the main clause ("в 2023 году открыто 15
# центров", "акция стартовала в 2015 году и собрала …"), nor the things begun then counted right after the year
# ("созданных в 2024 году 300 рабочих мест").
_START_VERBS_RU = (r"(?:стартова|запущ|запуст|созда|основа|открыт|открыв|начал|нача|начина|учрежд|учреди|"
                   r"зарегистрир|появил|организова|старт)")
_RU_PARTICIPLE_END = r"(?:ый|ая|ое|ого|ой|ом|ую|ым|ые|ых|ыми|ий|ее|его|ей|ем|им|ие|их|ими)(?:ся)?"
# Participles of a start: "запущенный", "созданный", "открытый", "начатый", "стартовавший", "начавшийся".
_RU_START_PARTICIPLE = r"(?:стартовавш|запущенн|созданн|основанн|открыт|открывш|начат|начавш|учрежд[её]нн|" \
                       r"зарегистрированн|появивш|организованн|заложенн)"
_STARTED_BEFORE_YEAR = re.compile(
    r"(?:(?<![\w-])котор\w+\s+(?:[^\W\d_]+\s+){0,2}?(?:был[аио]?\s+)?" + _START_VERBS_RU + r"\w*|"
    r"(?<![\w-])" + _RU_START_PARTICIPLE + _RU_PARTICIPLE_END + r"|"
    r"(?<![\w-])(?:which|that)\s+(?:was\s+|were\s+|has\s+been\s+)?(?:started|launched|founded|created|established|"
    r"began|opened|set\s+up)|(?:^|,\s*)(?:started|launched|founded|created|established|set\s+up)"
    r")(?:\s+[^\W\d_]+)?\s+(?:в|во|in)?\s*$", re.I)
_STARTED_BEFORE_YEAR = Caseless(_STARTED_BEFORE_YEAR)  # loaders/caseless.py
_KK_STARTED_AFTER_YEAR = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:құрыл|ашыл|бастал|іске\s+қосыл|ұйымдастырыл|тіркел)"
                                    r"[^\W\d_]*(?:ған|ген|қан|кен)\s+[^\W\d_]", re.I)
_NUMBER_NEXT = re.compile(r"\s*\d")


def _start_of_the_subject(text: str, start: int, end: int) -> bool:
    """Is the year at text[start:end] the time its sentence's subject began, told in a relative clause or a
    participle ("которая стартовала в 2015 году", "запущенный в 2019 году", "2015 жылы басталған")?"""
    if _NUMBER_NEXT.match(text, end):
        return False  # "созданных в 2024 году 300 рабочих мест": what was begun then, counted
    if _KK_STARTED_AFTER_YEAR.match(text, end):
        return True
    return _STARTED_BEFORE_YEAR.search(text, max(0, start - 60), start) is not None


# A day that something has gone on since, up to publication: "с 27 марта", "начиная с 1 апреля", "since March 27",
# "27 наурыздан бері / бастап" (not the first day of a span: "с 1 по 10 апреля", "с 1 апреля до 10 мая").
_SINCE_BEFORE_DAY = re.compile(r"(?:^|[^\w-])(?:с|со|начиная\s+с|since)\s+$", re.I)
_SPAN_AFTER_DAY = re.compile(r"\s*(?:по|до|[-–—]|to|until|till|through|and)(?![\w-])", re.I)
_KK_SINCE_AFTER = re.compile(r"[^\W\d_]*\s+(?:бері|бастап)(?![\w-])", re.I)
# "As of April 3, 2004 entities and individuals donated over 630 million tenge": after the day of a snapshot ("as
# of", "as at", "by"), a year-like number followed, with no comma, by a counted plural three years or more from
# publication is a count (a snapshot is recent), not the day's year; "As of April 3, 2004, the fund had …" and "on
# April 3, 2004 the fund …" keep their year.
_SNAPSHOT_BEFORE = re.compile(r"(?:\bas\s+(?:of|at|on)|\bby)\s+$", re.I)
_COUNTED_PLURAL_AFTER = re.compile(r"\s+(?!(?:years|days|months|weeks|hours|the|this|its|his|her|our|their|was|"
                                   r"has|is)\b)(?:[a-z]{2,}s|people|children|men|women)\b", re.I)


def count_after_a_snapshot_day(text: str, m: re.Match[str], pub: dt.date) -> bool:
    year = int(m.group(3))
    return abs(year - pub.year) >= 3 and _SNAPSHOT_BEFORE.search(text, max(0, m.start() - 10), m.start()) is not None \
        and _COUNTED_PLURAL_AFTER.match(text, m.end()) is not None


def _since_the_day(text: str, start: int, end: int) -> bool:
    """Is the day at text[start:end] the one something has gone on since ("с 27 марта", "since March 27")?"""
    return _SINCE_BEFORE_DAY.search(text, max(0, start - 14), start) is not None and \
        _SPAN_AFTER_DAY.match(text, end) is None


# Words that put a sentence in the future: "форум пройдет 5 декабря", "will be held on Dec. 5".
FUTURE_RE = re.compile(r"\bwill\b|\bbe held\b|\bplan(?:s|ning)? to\b|\bis planned\b|\bscheduled\b|"
                        # "115 remain, with work expected to be completed by September 15"
                        r"\bexpected\s+to\s+be\s+(?:completed|finished|done|ready)\b|пройдет|пройдёт|"
                        r"состоится|будет|будут|планиру|өтеді|өтпек|болады|жоспарла|"
                        # the Kazakh passive of the present-future, as announcements tell what is to be done: "1 қазан
                        # күні зейнеткерлерге … төлем беріледі", "төленеді", "бөлінеді", "ұйымдастырылады"
                        r"[^\W\d_]+(?:іледі|ылады|інеді|ынады|ленеді|ланады)(?![^\W\d_])|"
                        # what a rule provides for: "1 қазан күні … 2,5 АЕК көлемінде көмек қарастырылған"
                        r"қарастырыл\w*|предусмотрен\w*|"
                        # the perfective future of a change ("с 1 сентября оплата возрастет до 449 тенге", "составит")
                        r"возраст[её]т|вырастет|увеличится|увеличатся|повысится|повысятся|снизится|снизятся|"
                        r"составит|составят|подорожает|подешевеет", re.I)


# Russian perfective verbs in the present form tell what will be done ("ветераны получат по 100 тысяч тенге к 9
# мая", "выплатят", "выделит"): a day after publication written without a year is this year's, not last year's.
# A list of the verbs news use for payments, aid and events, not a rule of endings: "-ат/-ят" also ends the
# imperfective present ("получают" is not among them, "получат" is).
RU_PERFECTIVE_FUTURE = re.compile(
    r"(?<![^\W\d_])(?:получ(?:ат|ит)|выплат(?:ят|ит)|выдел(?:ят|ит)|окаж(?:ут|ет)|направ(?:ят|ит)|"
    r"провед(?:ут|[её]т)|откро(?:ют|ет)|вруч(?:ат|ит)|перечисл(?:ят|ит)|начисл(?:ят|ит)|соберут|сдадут|"
    r"посад(?:ят|ит)|постро(?:ят|ит)|переда(?:дут|ст)|обеспеч(?:ат|ит)|прим(?:ут|ет)\s+участие|"
    r"пройдут|пройд[её]т|состоятся|состоится|начн(?:ут|[её]т)(?:ся)?|заверш(?:ат|ит)(?:ся)?|откро(?:ют|ет)ся|"
    r"появ(?:ится|ятся)|смогут|сможет)(?![^\W\d_])")


# Words of what is coming: "приближаются майские праздники", "upcoming May holidays": the month ahead, not last year's.
_COMING = re.compile(r"приближа|наступа|предстоящ|грядущ|upcoming|approaching|\bcoming\b|\bahead\b|алдағы|"
                     r"келе\s+жатқан|жақындап", re.I)


# Words that put a day just ahead of the text without a verb of the future: "Уже завтра — 21 сентября столицу ждет
# концерт", "tomorrow, 21 September", "ертең, 21 қыркүйекте", "the city awaits": the coming day, not last year's.
_SOON = re.compile(r"(?<![^\W\d_])(?:завтра|послезавтра|tomorrow|ертең|жд[её]т|ждут|awaits?)(?![^\W\d_])", re.I)


# What goes on every season, told in the present ("During the summer, 191 country camps … operate across
# Kazakhstan", "летом работают 191 загородный лагерь", "жазда 191 лагерь жұмыс істейді"): in a text of the spring,
# the coming season, not last year's.
_SEASON_GOING = re.compile(r"(?<![^\W\d_])(?:operate|work|run|are\s+open|open\s+their\s+doors|take\s+place|"
                           r"работают|действуют|функционируют|открываются|проходят|жұмыс\s+істейді)(?![^\W\d_])")


class _LazyFlag:
    """A yes/no computed on first use."""

    def __init__(self, compute: Callable[[], bool]) -> None:
        self._compute, self._value = compute, None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = self._compute()
        return self._value


# (Not a count in the ablative with a bound after it: "2000-нан астам іс-шара" = more than 2000 events, not 2000.)
_LONE_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,]\d)"
                        r"(?!\s*-?\s*(?:нан|нен|дан|ден|тан|тен)\s+(?:астам|аса|артық|кем)(?![^\W\d_]))")
# A range of years with the later one cut to its last two digits ("the war of 1941-45", "in 2020–21") states two
# years, as "1941-1945" does: no one year of the sentence to lend a day written without its year ("As of Jan. 1,
# 5,083 participants in the war of 1941-45 …" is January 1 of the publication's year, not of 1941).
_SHORT_YEAR_RANGE = re.compile(r"(?<![\d.,])((?:19|20)\d{2})[-–—](\d{2})(?![\d.,]?\d)")


def _a_base_year(low: str, at: int) -> bool:
    """Is the year at `at` the base of a comparison ("than in 2021", "compared to 2021", "the same period in 2021")?"""
    return COMPARISON_BASE.search(low, max(0, at - 30), at) is not None or \
        SAME_PERIOD_BEFORE.search(low, max(0, at - 40), at) is not None


def _later_years_of_short_ranges(low: str) -> set[int]:
    years = set()
    for first, tail in _SHORT_YEAR_RANGE.findall(low):
        later = int(first[:2] + tail)
        if later > int(first):
            years.add(later)
    return years


_FREQUENCY_BEFORE = re.compile(r"(?:times|twice|once|thrice|раз|раза|рет|дважды|трижды|однажды)\s*$", re.I)
# "A year" as the base of a frequency told after it, as Kazakh does ("әр донор бір жылда 4 рет қан тапсыра алады",
# "жылына 5 ретке дейін", "жылына бірнеше рет"): how often, not the year of the sentence's figures.
_FREQUENCY_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?(?:\d+(?:\s*[-–]\s*\d+)?|[^\W\d_]+)\s+"
                              r"(?:рет|ретке|реттен|мәрте|раз|раза|times)(?![^\W\d_])", re.I)


def count_word(word: str) -> int | None:
    """2 for "2", "two", "двух", "екі"."""
    if word.isdigit():
        return int(word)
    for lang in ("ru", "en", "kk"):
        hit = word_number(word, lang)
        if hit is not None and not hit[1] and hit[0] == int(hit[0]):
            return int(hit[0])
    return None


# A day said to be of this year ("ағымдағы жылдың 28 сәуірінде", "биылғы жылдың 1 маусымында", "28 апреля текущего
# года", "on April 28 this year"): the publication's year, even when the day is after it (a page dated by a guess).
_THIS_YEARS_BEFORE = re.compile(r"(?:ағымдағы|биылғы|осы)\s+жылдың\s*$")
# "of the year" right before a day: "биылғы жылдың 1 маусымында", "2024 жылғы 1 маусымында" ("маусымы" is June then)
_OF_THE_YEAR_BEFORE = re.compile(r"(?:жылдың|жылғы)\s*$")
# (abbreviated as well: "По состоянию на 7 сентября т.г." (текущего года), "с.г." (сего года))
_THIS_YEARS_AFTER = re.compile(r"^\s*(?:(?:текущего|этого|нынешнего|сего)\s+года\b|(?:of\s+)?this\s+year\b|"
                               r"[тс]\.\s?г\.)")


def _of_this_year(low: str, start: int, end: int) -> bool:
    return _THIS_YEARS_BEFORE.search(low, max(0, start - 24), start) is not None or \
        _THIS_YEARS_AFTER.match(low[end:end + 24]) is not None


def _year_of_a_yearless_day(low: str, m: re.Match[str], default_year: int | None, pub: dt.date | None) -> int | None:
    """The year of a day written without one: the publication's when the day is said to be of this year ("7
    сентября т.г." beside "больше уровня 2010 г."), else the one year the sentence states, else publication's."""
    if pub is not None and _of_this_year(low, m.start(), m.end()):
        return pub.year
    return default_year


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
    "month_ru": lambda low: any(map(low.__contains__, MONTH_STEMS_RU)),
    "month_kk": lambda low: any(map(low.__contains__, MONTH_STEMS_KK)),
    "month_en": lambda low: any(map(low.__contains__, MONTH_STEMS_EN)),
}


def _longest_words(pieces: list[str]) -> tuple[str, ...]:
    """The longest literal word of each regex alternative: a text any of them matches contains one of these."""
    return tuple(max(first_literal_words(piece), key=len).lower() for piece in pieces)


def any_word_of(pieces: list[str]) -> Callable[[str], bool]:
    """A necessary condition of a regex made of these alternatives (named_years.py and dating.py test it too)."""
    words = _longest_words(pieces)
    return lambda low: any(map(low.__contains__, words))


_HALF_OR_QUARTER_UNITS = re.search(r"\(\?P<unit>([^()]*)\)", _HALF_OR_QUARTER)[1].split("|")  # type: ignore[index]
_YEAR_BEFORE_HINT = re.compile("ранее|раньше|назад|до этого|earlier|ago|before|previous|бұрын|алдыңғы")
_LAST_N_HINT = re.compile("last|past|последн|соңғы|кейінгі|өткен|за |ішінде|within|in just|in only")
_NEEDS["year_before"] = lambda low: _YEAR_BEFORE_HINT.search(low) is not None
_NEEDS["last_n"] = lambda low: _LAST_N_HINT.search(low) is not None
_SHORT_YEAR_SPAN = re.compile(r"(?:19|20)\d{2}[-–—]\d{2}(?!\d)")
_NEEDS["short_year_span"] = lambda low: _SHORT_YEAR_SPAN.search(low) is not None
_NEEDS["next_n"] = lambda low: "next" in low or "coming" in low or "ближайш" in low or "предстоящ" in low or \
    "алдағы" in low
_NEEDS["any_month"] = lambda low: any(_NEEDS[n](low) for n in ("month_en", "month_ru", "month_kk"))
_NEEDS["months_word"] = lambda low: "месяц" in low or "month" in low  # "за 10 месяцев" may name no year
_SEASON_HINT = re.compile("spring|summer|autumn|fall|winter|весной|летом|осенью|зимой")
_NEEDS["season"] = lambda low: _SEASON_HINT.search(low) is not None
_NEEDS["half_year"] = lambda low: "полгод" in low or "полугод" in low or "жарты жыл" in low or "half" in low
_NEEDS["rel_month"] = lambda low: "месяц" in low or "month" in low or "ай" in low
_NEEDS["before_last"] = lambda low: "позапрошл" in low or "year before last" in low
_NEEDS["year_start"] = lambda low: "начал" in low or "басында" in low or "beginning" in low or "start" in low
_NEEDS["results"] = lambda low: "итог" in low or "қорытынды" in low or " year" in low
_NEEDS["span_to_now"] = lambda low: "уже" in low or "міне" in low
# (a decade is written "1980-х", "1990-е", "1980s", "1980’s", "1980 жылдар": a digit 0 before one of these)
_NEEDS["decade"] = lambda low: "0-" in low or "0s" in low or "0’s" in low or "0's" in low or "жылдар" in low
_NEEDS["school_year"] = lambda low: "учебн" in low or "оқу жыл" in low or "academic year" in low or \
    "school year" in low
_NEEDS.update(ytd=any_word_of(REL_THIS_YEAR), last_year=any_word_of(REL_LAST_YEAR),
              next_year=any_word_of(REL_NEXT_YEAR),
              annual=any_word_of(REL_ANNUAL), as_of=any_word_of(REL_NOW), part=any_word_of(_HALF_OR_QUARTER_UNITS))
# The words that join months in a list ("in April and May"), none of them a month.
_MONTH_LIST_GLUE = re.compile(r"in|during|and|в|во|и|және|мен|пен|бен|айлар\w*|жыл\w*", re.I)
_ANCHOR_NEEDS: dict[str, tuple[str, ...]] = {
    "months_ru": ("month_ru",), "months_kk": ("month_kk",), "months_en": ("month_en",),
    "months_list": ("any_month",),
    "n_months": ("months_word",), "range": ("two_years",), "short_range": ("short_year_span",),
    "year_pair": ("two_years",),
    "since_start": ("year",),
    "days_ru": ("digit", "month_ru"),
    "days_en": ("digit", "month_en"), "days_kk": ("digit", "month_kk"), "since": ("year",),
    "days_kk_gen": ("digit", "month_kk"), "days_en_dm": ("digit", "month_en"),
    "day": ("digit", "month_ru"), "day_kk": ("digit", "month_kk"), "day_kk_gen": ("digit", "month_kk"),
    "day_en": ("digit", "month_en"),
    "day_en2": ("digit", "month_en"), "month": ("month_ru",), "month_kk": ("month_kk",),
    "month_en": ("month_en",), "month_year": ("year",), "month_year_kk": ("year", "month_kk"),
    "month_event": ("month_ru",), "month_event_kk": ("month_kk",), "month_event_en": ("month_en",),
    "year": ("year",), "until_year": ("year",), "event_year": ("year",), "report_year": ("year",), "ytd": ("ytd",),
    "independence": ("independence",), "independence_year": ("independence",),
    "last_year": ("last_year",),
    "annual": ("annual",), "as_of": ("as_of",), "as_of_span": ("span_to_now",), "next_year": ("next_year",),
    "part": ("part",), "decade": ("decade",), "year_to_day": ("year", "any_month"),
    "this_school_year": ("school_year",), "past_school_year": ("school_year",),
    "part_kk": ("year", "part"), "part_abbr": ("digit",), "year_after": ("year",), "year_before": ("year_before",),
    "n_months_kk": ("kk_year_word",),
    "year_results": ("results",), "last_n": ("last_n",),
    "next_n": ("next_n",), "season_en": ("season",), "season_ru": ("season",),
    "before_last": ("before_last",), "year_start": ("year_start",), "years_ago": ("year_before",),
    "last_month": ("rel_month",), "this_month": ("rel_month",), "half_year": ("half_year",),
}
# Every need some pattern asks, in a fixed order (the key of _RUN_PLANS).
_NEEDS_ASKED: tuple[str, ...] = tuple(sorted({need for needs in _ANCHOR_NEEDS.values() for need in needs}))


# The needs above that are substring tests, as their words: the words of all of them found in one pass over a
# sentence (a lookahead at every position, so words that overlap or contain one another are all found: the
# trie's match at a position is the longest word there, and every other word there is a prefix of it).
_NEED_WORDS: dict[str, tuple[str, ...]] = {
    "month_ru": tuple(MONTH_STEMS_RU), "month_kk": tuple(MONTH_STEMS_KK), "month_en": tuple(MONTH_STEMS_EN),
    "year_before": tuple(_YEAR_BEFORE_HINT.pattern.split("|")), "last_n": tuple(_LAST_N_HINT.pattern.split("|")),
    "results": ("итог", "қорытынды", " year"),
    "ytd": _longest_words(REL_THIS_YEAR), "last_year": _longest_words(REL_LAST_YEAR),
    "next_year": _longest_words(REL_NEXT_YEAR), "annual": _longest_words(REL_ANNUAL), "as_of": _longest_words(REL_NOW),
    "part": _longest_words(_HALF_OR_QUARTER_UNITS), "kk_year_word": ("жыл", "биылғы"),
    "independence": ("independence", "независимост", "тәуелсіздік"),
}


_ALL_NEED_WORDS = {w for words in _NEED_WORDS.values() for w in words}
_NEED_WORDS_RE = re.compile("(?=(" + trie_regex(_ALL_NEED_WORDS) + "))")
# Every need a word found at a position satisfies, with those of the shorter words at the same position.
_NEEDS_OF_WORD: dict[str, frozenset[str]] = {
    word: frozenset(need for need, words in _NEED_WORDS.items() if any(word.startswith(w) for w in words))
    for word in _ALL_NEED_WORDS}


def _word_needs(low: str) -> dict[str, bool]:
    """The substring needs of a sentence, each True or False (same answers as their _NEEDS tests)."""
    has = dict.fromkeys(_NEED_WORDS, False)
    for word in set(_NEED_WORDS_RE.findall(low)):
        for need in _NEEDS_OF_WORD[word]:
            has[need] = True
    return has


# Until which day (month, day) "по итогам года" means the year before; and until which day an article's past
# reports without a period of their own are of the year before ("the first weeks of a year": the whole of January, as
# government meetings on the last year's results run to its end — en_cg04 of January 22 reports 2018's microcredits).
YEAR_RESULTS_UNTIL = (2, 15)


# The first month of each season and the name it goes by; winter starts in the December of the year before.
_SEASON_START = {"spring": 3, "весной": 3, "summer": 6, "летом": 6, "autumn": 9, "fall": 9, "осенью": 9,
                 "winter": 12, "зимой": 12}


def _season(gd: dict[str, str | None], g: tuple[str | None, ...], pub: dt.date | None,
            future: bool | _LazyFlag) -> tuple[dt.date, dt.date] | None:
    """The three months of a season: of its stated year; "last/прошлой" the latest one over before publication
    (in June, last autumn is 2024's, last winter the one that ended in February); else this year's, or last
    year's when this year's has not begun (and the sentence is not about the future)."""
    first = _SEASON_START[(gd["s"] or "").lower()]
    year_text = next((x for x in g if x and re.fullmatch(r"(?:19|20)\d{2}", x)), None)
    rel = (gd.get("rel") or "").lower()
    if year_text:
        year = int(year_text)
    elif pub is None:
        return None
    else:
        year = pub.year
        if rel.startswith(("last", "past", "прошл")):
            year += 1
            while _season_span(year, first)[1] >= pub:
                year -= 1
        elif rel == "next":
            year += 1
        elif _season_span(year, first)[0] > pub and not future:
            year -= 1
    return _season_span(year, first)


def _season_span(year: int, first: int) -> tuple[dt.date, dt.date]:
    if first == 12:  # the winter of 2025: December 2024 to February 2025
        return dt.date(year - 1, 12, 1), _month(year, 2)[1]
    return dt.date(year, first, 1), _month(year, first + 2)[1]


# Which anchor patterns a sentence runs follows from its answers to the needs alone: the answers are asked all at
# once (every need is asked of every sentence anyway: each is the first need of some pattern) and the patterns they
# let run are remembered per combination of answers, instead of a Python loop over the needs of all 84 patterns
# for each sentence (there are a few dozen combinations in a corpus).
_RUN_PLANS: dict[tuple[bool, ...], tuple[tuple[str, re.Pattern[str]], ...]] = {}


def _patterns_to_run(has: dict[str, bool], low: str) -> tuple[tuple[str, re.Pattern[str]], ...] | list[
        tuple[str, re.Pattern[str]]]:
    """ANCHOR_PATTERNS without those a need of theirs rules out, in their order. `has` holds the word needs and
    "digit"; the others are added. No digit, no year; fewer than one year, no two (the year expression holds
    digits)."""
    needs = _ANCHOR_NEEDS
    if not needs:  # the shortcut switched off (tests)
        return ANCHOR_PATTERNS
    if not has["digit"]:
        has["year"] = has["two_years"] = False
    elif "year" not in has:
        has["year"] = _NEEDS["year"](low)
        if not has["year"]:
            has["two_years"] = False
    for need in _NEEDS_ASKED:
        if need not in has:
            has[need] = _NEEDS[need](low)
    key = tuple([has[need] for need in _NEEDS_ASKED])
    plan = _RUN_PLANS.get(key)
    if plan is None:
        plan = _RUN_PLANS[key] = tuple((kind, pattern) for kind, pattern in ANCHOR_PATTERNS
                                       if all(has[need] for need in needs.get(kind, ())))
    return plan


def find_anchors(text: str, published: dt.date | None) -> list[Anchor]:
    """Every period expression in a sentence, resolved against the publication date."""
    # One sentence is asked for several times (its figures, the sentences after it that inherit its period, the
    # article's date): the anchors are computed once per text and date (they are frozen; the list is a copy).
    return list(_anchors_of(text, published))


@lru_cache(maxsize=4096)
def _anchors_of(text: str, published: dt.date | None) -> tuple[Anchor, ...]:
    return tuple(_find_anchors(text, published))


# "Last year" said just before a half or quarter named without a year ("былтыр елімізде алғашқы жартыжылдықта",
# "өткен жылы бірінші тоқсанда", "в прошлом году в первом полугодии", "last year in the first quarter"): that part
# of last year, not of the publication's year. At most two words may stand between them.
_LAST_YEAR_BEFORE = re.compile(r"(?:^|[^\w])(?:былтыр|былтырғы|өткен\s+жыл(?:ы|дың|ғы)|в\s+прошлом\s+году|"
                               r"прошлого\s+года|last\s+year(?:'s)?)(?:[\s,]+[^\W\d_]+){0,2}[\s,]+$", re.I)


_LAST_YEAR_AFTER_MONTHS = re.compile(r"\s*,?\s*(?:of\s+)?(?:last\s+year|the\s+previous\s+year|прошлого\s+года|"
                                     r"минувшего\s+года|прошедшего\s+года)(?![\w-])", re.I)


def _said_last_year_before(low: str, start: int) -> bool:
    return _LAST_YEAR_BEFORE.search(low[max(0, start - 60):start]) is not None


# The years of a war next to its word: "ветеранам Великой Отечественной войны 1941-1945 годов", "1941-1945 жылдардағы
# соғыс", "the 1941-1945 war", "участники ВОВ (1941–1945)": they date the war, not what is counted for its veterans.
_WAR_BEFORE = re.compile(r"(?:войн\w*|соғыс\w*|\bwar|вов|ұос)\s*\(?\s*$", re.I)
_WAR_AFTER = re.compile(r"^\s*\)?\s*(?:[^\W\d_]+\s+){0,2}?(?:войн\w*|соғыс\w*|wars?\b)", re.I)


# (only where the sentence is about its veterans or participants today: what the war itself did, "1941-1945 жылғы Ұлы
# Отан соғысына аттанған әрбір екінші жауынгер оралмады", is of those years)
_VETERANS = re.compile(r"ветеран\w*|участник\w*|ардагер\w*|майдангер\w*|veterans?|participants?")


def _years_of_a_war(low: str, start: int, end: int) -> bool:
    near_war = _WAR_BEFORE.search(low[max(0, start - 30):start]) is not None or \
        _WAR_AFTER.match(low[end:end + 40]) is not None
    return near_war and _VETERANS.search(low) is not None


# A hyphen that opens a line is a speech dash written without its space ("-2024 жылы 16 жоба жүзеге асырылуда, – деді
# ол", "-In 2024, …") or a list item's, not the joint of a hyphenated word: read as a space (the same length, so the
# anchors keep their offsets).
_DASH_OPENING_A_LINE = re.compile(r"(?m)^-(?=\w)")


def _find_anchors(text: str, published: dt.date | None) -> list[Anchor]:
    if "-" in text[:1] or "\n-" in text:
        text = _DASH_OPENING_A_LINE.sub(" ", text)
    taken = [False] * len(text)
    out: list[Anchor] = []
    pub = published
    low = text.lower()  # callers pass lower-cased text; the substring tests must not depend on it
    has = _word_needs(low)
    has["any_month"] = has["month_ru"] or has["month_kk"] or has["month_en"]  # = _NEEDS["any_month"](low)
    future = _LazyFlag(lambda: FUTURE_RE.search(low) is not None  # only a day without a year asks
                       or RU_PERFECTIVE_FUTURE.search(low) is not None or _SOON.search(low) is not None)
    # A day or month written without a year in a sentence that states one year: that year ("В 2024 году с 1 апреля
    # по 20 мая …"); otherwise the publication's.
    has["digit"] = _DIGIT.search(low) is not None
    # (not the year of a comparison's base: "births in January-September amounted to 299.7 thousand, 11.5% less
    # than in the same period in 2021" is of the publication's year)
    stated_years = {int(y.group(1)) for y in _LONE_YEAR.finditer(low) if not _a_base_year(low, y.start())} \
        if has["digit"] else set()
    stated_years |= _later_years_of_short_ranges(low) if stated_years else set()
    stated = next(iter(stated_years)) if len(stated_years) == 1 and (
        pub is None or next(iter(stated_years)) <= pub.year) else None
    default_year = stated or (pub.year if pub else None)
    for kind, pattern in _patterns_to_run(has, low):
        for m in pattern.finditer(text):
            if any(taken[m.start(): m.end()]):
                continue
            g = m.groups()
            start = end = None
            a_end: int | None = None  # where the anchor ends, when not where its pattern did
            k = kind
            if kind in ("range", "short_range", "year_pair"):
                k = "range"
                a = int(g[0])
                b = a // 100 * 100 + int(g[1]) if len(g[1]) == 2 else int(g[1])  # "2022-23": 2023
                if kind == "short_range" and not a < b <= a + 10:
                    continue
                if kind == "year_pair" and b != a + 1:
                    continue
                if a >= b or (m.group(0).startswith("(") and b - a > 10) or _years_of_a_war(low, m.start(), m.end()):
                    continue
                start, end = dt.date(a, 1, 1), dt.date(b, 12, 31)
            elif kind == "independence_year":
                start, end, k = dt.date(1991, 1, 1), dt.date(1991, 12, 31), "year"
            elif kind in ("this_school_year", "past_school_year"):
                if pub is None:
                    continue
                # (from August the school year is the one about to open: "Another 11 schools are set to be opened
                # this academic year" of 12 August 2022 is 2022-23, and its "last academic year" the one just over)
                first = pub.year if pub.month >= 8 else pub.year - 1
                if kind == "past_school_year":
                    said = (m.group("ru") or m.group(0)).lower()
                    first -= 2 if "позапрошл" in said else 1
                start, end, k = dt.date(first, 9, 1), dt.date(first + 1, 8, 31), "range"
            elif kind == "year_to_day":
                month = ru_month_number(m.group("m")) or kk_month_number(m.group("m")) or en_month_number(m.group("m"))
                day = safe_date(int(m.group("y2")), month, int(m.group("d"))) if month else None
                if day is None or int(m.group("y1")) > day.year:
                    continue
                end = day - dt.timedelta(days=1) if day.day == 1 else day
                start, end, k = dt.date(int(m.group("y1")), 1, 1), end, "range"
            elif kind == "decade":
                first = int(m.group("d"))
                first += 1900 if first < 100 else 0
                if pub is not None and first + 9 >= pub.year:
                    continue  # the decade still running is no span of the past ("2020 жылдары" is rather a slip)
                offset, length = _DECADE_PARTS[(m.group("part") or "").lower()]
                start, end, k = dt.date(first + offset, 1, 1), dt.date(first + offset + length - 1, 12, 31), "range"
            elif kind in _NAMED_SPANS:
                if _GLOSS_OF_A_YEAR.search(low, max(0, m.start() - 20), m.start()):
                    continue  # "Since 1991, when Kazakhstan gained its independence, …": the clause glosses the year
                first, last = _NAMED_SPANS[kind]
                start, end, k = dt.date(first, 1, 1), dt.date(last, 12, 31), "range"
            elif kind == "since":
                if pub is None:
                    continue
                start, end, k = dt.date(int(g[0]), 1, 1), pub, "range"
            elif kind in ("days_ru", "days_en", "days_kk", "days_kk_gen", "days_en_dm"):
                if kind == "days_ru":
                    d1, m1, d2, m2, yr = g[0], g[1] or g[3], g[2], g[3], g[4]
                    m1n, m2n = ru_month_number(m1), ru_month_number(m2)
                elif kind == "days_en":
                    m1, d1, m2, d2, yr = g[0], g[1], g[2] or g[0], g[3], g[4]
                    m1n, m2n = en_month_number(m1), en_month_number(m2)
                elif kind == "days_en_dm":
                    d1, m1, d2, m2, yr = g[0], g[1] or g[3], g[2], g[3], g[4]
                    m1n, m2n = en_month_number(m1), en_month_number(m2)
                elif kind == "days_kk_gen":
                    yr, m1, d1, d2 = g
                    m1n = m2n = kk_month_number(m1)
                else:
                    yr, d1, m1, d2, m2 = g[0], g[1], g[2] or g[4], g[3], g[4]
                    m1n, m2n = kk_month_number(m1), kk_month_number(m2)
                year = int(yr) if yr else default_year
                if not (year and m1n and m2n):
                    continue
                start, end = safe_date(year, m1n, int(d1)), safe_date(year, m2n, int(d2))
                if start is None or end is None or end < start:
                    continue
                if not yr and not stated and pub and start > pub and not future:
                    start, end = safe_date(year - 1, m1n, int(d1)), safe_date(year - 1, m2n, int(d2))
                    if start is None or end is None:
                        continue
                k = "range"
            elif kind == "year_start":
                gd = m.groupdict()
                rel = (gd["rel"] or "").lower()
                if gd["y"] or gd.get("y2"):
                    year = int(gd["y"] or gd["y2"])
                elif rel.startswith(("прошл", "минувш", "last", "өткен", "былтыр")):
                    year = pub.year - 1 if pub else None
                elif rel.startswith(("следующ", "next", "келесі")):
                    year = pub.year + 1 if pub else None
                else:
                    # this year's (a count in the sentence, "более 2000 волонтеров", may look like a stated year)
                    year = pub.year if pub else None
                if year is None:
                    continue
                start = end = dt.date(year, 1, 1)
                k = "day"
            elif kind == "since_start":
                if pub is None or int(g[0]) > pub.year:
                    continue
                start, end = dt.date(int(g[0]), 1, 1), pub
                k = "ytd" if int(g[0]) == pub.year else "range"
            elif kind == "day":
                mon = ru_month_number(g[1])
                year = int(g[2]) if g[2] else _year_of_a_yearless_day(low, m, default_year, pub)
                d = _day_in_past(year, bool(g[2]) or bool(stated) or _of_this_year(low, m.start(), m.end()), mon,
                                 int(g[0]), pub, future)
                if not d:
                    continue
                start = end = d
                k = "day"
                if pub is not None and d < pub and _since_the_day(text, m.start(), m.end()):
                    end, k = pub, "range"  # "Всего с 27 марта эвакуировано 12 400 человек": since that day
            elif kind in ("day_kk", "day_kk_gen"):
                if kind == "day_kk" and KK_SEASONS.search(m.group(0)) and not g[0] and \
                        not _OF_THE_YEAR_BEFORE.search(low, max(0, m.start() - 12), m.start()):
                    # "2 маусымы өткізілді": two seasons of a game, not 2 June ("биылғы жылдың 1 маусымында" is)
                    continue
                day, month = (g[1], g[2]) if kind == "day_kk" else (g[2], g[1])
                mon = kk_month_number(month)
                year = int(g[0]) if g[0] else _year_of_a_yearless_day(low, m, default_year, pub)
                d = _day_in_past(year, bool(g[0]) or bool(stated) or _of_this_year(low, m.start(), m.end()), mon,
                                 int(day), pub, future)
                if not d:
                    continue
                start = end = d
                k = "day"
                if pub is not None and d < pub and _KK_SINCE_AFTER.match(text, m.end()):
                    end, k = pub, "range"  # "27 наурыздан бері 12 400 адам эвакуацияланды": since that day
            elif kind in ("day_en", "day_en2"):
                mon = en_month_number(g[0] if kind == "day_en" else g[1])
                day = int(g[1] if kind == "day_en" else g[0])
                year = int(g[2]) if g[2] else _year_of_a_yearless_day(low, m, default_year, pub)
                explicit = bool(g[2]) or bool(stated) or _of_this_year(low, m.start(), m.end())
                if kind == "day_en" and g[2] and pub is not None and count_after_a_snapshot_day(text, m, pub):
                    # "As of April 3, 2004 entities … donated": 2004 counts, the day is of the publication's year
                    year, explicit, a_end = pub.year, False, len(text[:m.start(3)].rstrip(", "))
                d = _day_in_past(year, explicit, mon, day, pub, future)
                if not d:
                    continue
                start = end = d
                k = "day"
                if pub is not None and d < pub and _since_the_day(text, m.start(), m.end()):
                    end, k = pub, "range"  # "since March 27, 12,400 people have been evacuated"
            elif kind in ("month_year", "month_year_kk"):
                yr, word = (g[1], g[0]) if kind == "month_year" else (g[0], g[1])
                mon = kk_month_number(word) if kind == "month_year_kk" else (en_month_number(word) or
                                                                            ru_month_number(word))
                if not mon:
                    continue
                start, end = _month(int(yr), mon)
                k = "month"
            elif kind in ("month", "month_kk", "month_en"):
                if kind == "month":
                    mon = ru_month_number(g[0])
                    year = int(g[1]) if g[1] else None
                    if year is None and pub:
                        year = pub.year - 1 if (g[2] or "").lower() == "прошлого" else pub.year
                elif kind == "month_kk":
                    mon = kk_month_number(g[1])
                    year = int(g[0]) if g[0] else default_year
                else:
                    mon = en_month_number(g[0])
                    year = int(g[1]) if g[1] else default_year
                if not (mon and year):
                    continue
                start, end = _month(year, mon)
                explicit = bool(g[1] if kind in ("month", "month_en") else g[0])
                if not explicit and not stated and pub and start > pub and not future and (kind != "month" or not g[2]):
                    start, end = _month(year - 1, mon)  # "наурыз айында" in a January article: last March
                elif not explicit and pub and kind == "month_en" and start <= pub <= end and \
                        m.group(0).lower().lstrip().startswith("last"):
                    start, end = _month(year - 1, mon)  # "last May" in an article of May: a year before
                k = "month"
                if explicit and pub is not None and start <= pub and _start_of_the_subject(text, m.start(), m.end()):
                    end, k = pub, "range"  # "Launched in October 2020, the fund has already granted 14 wishes"
            elif kind in ("month_event", "month_event_kk", "month_event_en"):
                mon = (ru_month_number(g[0]) if kind == "month_event" else kk_month_number(g[0])
                       if kind == "month_event_kk" else en_month_number(g[0]))
                named_year = int(g[1]) if kind == "month_event_en" and g[1] else None
                year = named_year or default_year
                if not (mon and year):
                    continue
                start, end = _month(year, mon)
                if not named_year and not stated and pub and start > pub and not future and \
                        not _COMING.search(low):
                    start, end = _month(year - 1, mon)  # "январские события" in a June article: this January
                k = "month"
            elif kind in ("months_ru", "months_kk", "months_en"):
                if kind == "months_ru":
                    m1, m2, yr = ru_month_number(g[0]), ru_month_number(g[1]), g[2]
                elif kind == "months_kk":
                    m1, m2, yr = kk_month_number(g[1]), kk_month_number(g[2]), g[0]
                else:
                    m1, m2, yr = en_month_number(g[0]), en_month_number(g[1]), g[2]
                year = int(yr) if yr else default_year
                if not (m1 and m2 and year) or m2 < m1:
                    continue
                last_year_after = _LAST_YEAR_AFTER_MONTHS.match(text, m.end()) if not yr and pub else None
                if not yr and pub and (last_year_after or _said_last_year_before(low, m.start())):
                    # "from January to September last year", "с января по сентябрь прошлого года", "өткен жылдың
                    # қаңтар-қыркүйек айларында": those months of the year before publication
                    year = pub.year - 1
                    a_end = last_year_after.end() if last_year_after else None
                elif not yr and not stated and pub and _month(year, m2)[0] > pub and not future:
                    year -= 1  # months named without a year, the last not begun by publication: last year's
                start, end = _month(year, m1)[0], _month(year, m2)[1]
                k = "range"
            elif kind == "months_list":
                said = m.group(0)
                months = [n for w in re.findall(r"[^\W\d_]+", said) if not _MONTH_LIST_GLUE.fullmatch(w)
                          for n in [en_month_number(w) or ru_month_number(w) or kk_month_number(w)] if n]
                yr = _YEAR_RE.search(said)
                year = int(yr.group(0)) if yr else default_year
                if len(months) < 2 or not year or months != sorted(set(months)):
                    continue
                if not yr and not stated and pub and _month(year, months[0])[0] > pub and not future:
                    year -= 1  # months named without a year, all after publication: last year's
                start, end = _month(year, months[0])[0], _month(year, months[-1])[1]
                k = "range"
            elif kind in ("part", "part_kk"):
                gd = m.groupdict()
                yr = next((x for x in g if x and re.fullmatch(r"(19|20)\d{2}", x)), None)
                year = int(yr) if yr else default_year
                part = gd["part"].lower()
                nth = int(part[0]) if part[0].isdigit() else (_ORDINALS.get(part[:4]) or _ORDINALS.get(part))
                half = gd["unit"].lower().startswith(("полугод", "half", "жартыжыл", "жартыс"))
                if not (year and nth) or (half and nth > 2):
                    continue
                last_year = not yr and pub is not None and _said_last_year_before(low, m.start())
                if last_year:
                    year = pub.year - 1  # "былтыр елімізде алғашқы жартыжылдықта": the first half of last year
                months = 6 if half else 3
                start, end = _month(year, (nth - 1) * months + 1)[0], _month(year, nth * months)[1]
                if not yr and not stated and not last_year and pub and start > pub and not future:
                    start, end = _month(year - 1, (nth - 1) * months + 1)[0], _month(year - 1, nth * months)[1]
                k = "range"
            elif kind == "part_abbr":
                gd = m.groupdict()
                yr_stated = next((x for x in g if x and re.fullmatch(r"(19|20)\d{2}", x)), None)
                year = int(yr_stated) if yr_stated else default_year
                if not year:
                    continue
                if gd.get("qn"):
                    months, nth = 3, int(gd["qn"])
                    first, last = (nth - 1) * months + 1, nth * months
                elif gd.get("hq"):
                    months, nth = (6 if gd["hq"].lower() == "h" else 3), int(gd["nth"])
                    if months == 6 and nth > 2:
                        continue
                    first, last = (nth - 1) * months + 1, nth * months
                else:
                    first, last = 1, int(gd["nm"])
                start, end = _month(year, first)[0], _month(year, last)[1]
                if not yr_stated and not stated and pub and start > pub and not future:
                    start, end = _month(year - 1, first)[0], _month(year - 1, last)[1]
                k = "range"
            elif kind == "last_n":
                gd = m.groupdict()
                n = 1 if gd["n"].lower() in ("a", "an") else count_word(gd["n"].lower())
                if pub is None or not n or n > 50:
                    continue
                months = n if gd["u"].lower().startswith(("month", "месяц", "ай")) else 12 * n
                y, mo = divmod(pub.year * 12 + pub.month - 1 - months, 12)
                start = safe_date(y, mo + 1, min(pub.day, 28)) or dt.date(y, mo + 1, 1)
                end, k = pub, "range"
            elif kind == "next_n":
                n = count_word(m.group("n").lower())
                if pub is None or not n or n > 50:
                    continue
                start, end, k = pub, dt.date(pub.year + n, 12, 31), "range"
            elif kind == "half_year":
                if pub is None:
                    continue
                y, mo = divmod(pub.year * 12 + pub.month - 1 - 6, 12)
                start = safe_date(y, mo + 1, min(pub.day, 28)) or dt.date(y, mo + 1, 1)
                end, k = pub, "range"
            elif kind == "n_months":
                gd = m.groupdict()
                raw = gd["n"].lower()
                n = int(raw) if raw.isdigit() else _MONTH_COUNT_WORDS.get(raw)
                yr = next((x for x in g if x and re.fullmatch(r"(19|20)\d{2}", x)), None)
                if not yr and pub is not None and (gd["this"] or gd["this_en"]):
                    yr = str(pub.year)  # "за девять месяцев текущего года", "the first five months of this year"
                if not n or not 1 <= n <= 12 or not yr:
                    continue  # "за 5 месяцев" without a year is a duration, not a period of a known year
                start, end = dt.date(int(yr), 1, 1), _month(int(yr), n)[1]
                k = "range"
            elif kind == "n_months_kk":
                gd = m.groupdict()
                n = count_word(gd["n"].lower())
                if not n or not 1 <= n <= 12 or pub is None:
                    continue
                rel = (gd["rel"] or "").lower()
                year = int(gd["y"]) if gd["y"] else pub.year - (rel in ("өткен", "былтырғы"))
                start, end = dt.date(year, 1, 1), _month(year, n)[1]
                if not gd["y"] and not rel and end > pub:
                    start, end = dt.date(year - 1, 1, 1), _month(year - 1, n)[1]  # "жылдың 11 айында" in January
                k = "range"
            elif kind in ("season_en", "season_ru"):
                span = _season(m.groupdict(), g, pub, _LazyFlag(
                    lambda: bool(future) or _SEASON_GOING.search(low) is not None))
                if span is None:
                    continue
                start, end = span
                k = "range"
            elif kind == "year":
                start, end = year_span(int(g[0]))
                if pub is not None and start <= pub and _start_of_the_subject(text, m.start(), m.end()):
                    # "В акции, которая стартовала в 2015 году, приняли участие 120 человек", "Проект, запущенный
                    # в 2019 году, охватил 5 тысяч семей": when the subject began, not when the figure was true
                    end, k = pub, "range"
            elif kind == "event_year":
                if pub is None or int(g[0]) > pub.year:
                    continue  # an event to come (or, without a date, maybe to come): what is done for it is of now
                start, end = year_span(int(g[0]))
                k = "year"
            elif kind == "report_year":
                start, end = year_span(int(g[0]))
                k = "year"
            elif kind == "until_year":
                if pub is not None and (int(g[0]) < pub.year or (int(g[0]) == pub.year and "end" not in m.group(0))):
                    continue  # "Before 2020, only 50 volunteers worked here": a bound of the past, no time of its own
                start, end = year_span(int(g[0]))
                k = "year"
            elif kind == "years_ago":
                back = count_word(m.group("n").lower())
                if pub is None or not back or back > 50:
                    continue  # "несколько лет назад": how long is not said
                if (m.group("y") and _FOUNDED_AGO.match(text, m.end())) or _FOUNDED_BEFORE_AGO.search(
                        text, max(0, m.start() - 40), m.start()):
                    # "Фонд, созданный 10 лет назад, помог 5 тысячам семей": since it was founded, up to now
                    start, end, k = dt.date(pub.year - back, 1, 1), pub, "range"
                elif m.group("y"):
                    start, end = year_span(pub.year - back)
                    k = "year"
                else:
                    months = pub.year * 12 + pub.month - 1 - back
                    start, end = _month(months // 12, months % 12 + 1)
                    k = "month"
            elif kind in ("year_after", "year_before"):
                stated = [a for a in out if a.end <= m.start() and a.kind == "year" and a.period_start]
                if stated:
                    y = stated[-1].period_start.year + (1 if kind == "year_after" else -1)  # type: ignore[union-attr]
                elif kind == "year_before" and pub is not None:
                    y = pub.year - 1  # "up from 300,000 a year earlier", "годом ранее их было 300 тысяч"
                else:
                    continue  # "через год" without a year before it: not this rule
                start, end = year_span(y)
                k = "year"
            elif kind == "year_results":
                if pub is None:
                    continue
                if pub > dt.date(pub.year, YEAR_RESULTS_UNTIL[0], YEAR_RESULTS_UNTIL[1]):
                    continue  # later in a year, which year's results are meant is not said
                start, end = year_span(pub.year - 1)  # published in the first weeks of a year: the year before
                if future and not re.search(r"past|прошедш|минувш|уходящ|қорытынды", m.group(0), re.I):
                    # "100 more will be put into commission during the year" in January: the year to come
                    start, end = year_span(pub.year)
                k = "year"
            elif kind == "ytd":
                if pub is None:
                    continue
                start, end = dt.date(pub.year, 1, 1), pub
            elif kind == "last_year":
                if pub is None:
                    continue
                start, end = year_span(pub.year - 1)
                k = "year"
            elif kind == "before_last":
                if pub is None:
                    continue
                start, end = year_span(pub.year - 2)
                k = "year"
            elif kind == "last_month":
                if pub is None:
                    continue
                start, end = _month(pub.year - (pub.month == 1), (pub.month - 2) % 12 + 1)
                k = "month"
            elif kind == "this_month":
                if pub is None:
                    continue
                start, end, k = dt.date(pub.year, pub.month, 1), pub, "month"
            elif kind == "next_year":
                if pub is None:
                    continue
                start, end = year_span(pub.year + 1)  # after publication: a plan
                k = "year"
            elif kind == "annual":
                if _TREND_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _TREND_AFTER.match(text, m.end()):
                    continue  # "the number of foster homes declines each year … with 4,254 orphans": a trend
                if _FREQUENCY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "twice a year", "2 раза в год": how often, not a yearly figure
                if _RATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "at an interest rate of 5% per annum", "под 5% в год": the rate's unit, no year
                if _FREQUENCY_AFTER.match(text, m.end()):
                    continue  # Kazakh tells the year first: "бір жылда 2 рет", "жылына 5 ретке дейін"
                if _PER_POPULATION_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                    continue  # "35 донаций на 1 тыс. населения в год": the unit of a rate (a norm, a level), no year
                if _NAMED_YEAR_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "жаңа оқу жылына" (for the new school year): the dative of a named year, not "a year"
                # without a publication date the years are unknown, but "every year" still says the figure is
                # yearly (what the per-year metrics ask)
                start, end = year_span(pub.year - 1) if pub is not None else (None, None)
            elif kind in ("as_of", "as_of_span"):
                if pub is None:
                    continue
                start = end = pub
                k = "as_of"  # a span lasting until now ("вот уже три года") dates its clause as "now" does
            a_end = a_end if a_end is not None else m.end()
            if k == "year" and _BIRTH_YEAR_AFTER.match(text, _year_digits_end(text, m.start(), a_end)):
                for x in range(m.start(), a_end):
                    taken[x] = True
                continue  # "2019 год рождения – 6 074 места": the children's year of birth, a cohort, no period
            if k == "year" and _harvest_of_a_year(text, m.start(), a_end) and _SOWN_DONE.search(text):
                for x in range(m.start(), a_end):
                    taken[x] = True
                continue  # "2019 жылдың күзінде 2020 жылдың өніміне … себілді": sown in 2019 for 2020's harvest
            if k == "day" and _dates_a_document(text, m.start(), a_end):
                for x in range(m.start(), a_end):
                    taken[x] = True
                continue  # "2023 жылғы 3 қазандағы мәслихат шешіміне сәйкес": the decision's day, no figure's
            for x in range(m.start(), a_end):
                taken[x] = True
            out.append(Anchor(m.start(), a_end, k, start, end))
    return sorted(out, key=lambda a: a.start)


# A percentage right before "a year" is an interest rate told per year ("5% per annum", "под 5% в год", "7% годовых").
_RATE_BEFORE = re.compile(r"(?:%|percent|per\s+cent|процент\w*|пайыз\w*)\s*$", re.I)


# Kazakh "жылына" is "per year" alone, but the dative of a year with a name before it: "жаңа оқу жылына" (for the
# new school year), "қаржы жылына" (the financial year). (Not a subject before it: "Еріктілер жылына 200 отбасына
# көмектеседі" is per year.)
# A rate per head of population right before "a year" ("35 донаций на 1 тыс. населения в год", "на 1000 человек в
# год", "per 1,000 people per year", "per 1000 population a year"): "a year" is part of the rate's unit, told of a
# norm or of a level ("в Казахстане этот показатель составляет 12"), not the previous year's total.
_PER_POPULATION_BEFORE = re.compile(
    r"(?:на|per)\s+(?:1|1\s?000|1,000|одну|одну\s+тысячу|one|a|each)?\s*(?:тыс\.?|тысяч[уи]?|thousand)?\s*"
    r"(?:населени[яе]|жител(?:ей|я)|человек|people|population|inhabitants|residents)\s*$", re.I)
_NAMED_YEAR_BEFORE = re.compile(r"(?<![\w-])(?:оқу|қаржы|жаңа|мектеп|бюджет)\s+$", re.I)
# ("lower than that of 2017", "than those in 2020": the pronoun of the compared value before the period)
# (the one word between is no figure: in "decreased more than threefold over the past 14 years" "than" is the
# figure's bound, and the period after it is the figure's own)
# (whole words: "overhauled in 2019" is no "over …")
COMPARISON_BASE = re.compile(r"(?<![\w-])(?:сравнени[юи](?: с)?|compared (?:with|to)|than|чем|против|as many as|"
                              r"к уровню|относительно|"
                              r"against|versus|vs\.?|"
                              r"as much as|over)\s+(?:the\s+|в\s+|во\s+|с\s+|(?:that|those)\s+(?:of|in|for)\s+"
                              r"(?:the\s+)?)?(?:(?!\d|\w*fold\b|twice\b|doubl\w*|tripl\w*|quadrupl\w*|halved\b|"
                              r"вдвое|втрое|вчетверо|впятеро)\w+(?:-\w+)?\s+)?$", re.I)
COMPARISON_BASE = Caseless(COMPARISON_BASE)  # loaders/caseless.py


# The day a document was adopted: "2023 жылғы 3 қазандағы мәслихат шешіміне сәйкес", "решением маслихата от 3 октября
# 2023 года", "приказом от 12.05.2020", "by the maslikhat's decision of 3 October 2023", "Закон от 16 ноября 2015 года".
# The figures told under it are of the text's time, not of the document's day.
_DOCUMENT_AFTER_DAY = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:шешім\w*|қаулы\w*|бұйрығ\w*|бұйрық\w*|заң\w*|"
                                 r"№)", re.I)
_DOCUMENT_BEFORE_DAY = re.compile(r"(?:решени\w*|постановлени\w*|приказ\w*|закон\w*|распоряжени\w*|"
                                  r"decision|resolution|order|decree|law)\s+(?:[^\W\d_]+\s+){0,2}?(?:от|of|dated)\s+$",
                                  re.I)


# The harvest a year's sowing is for ("2020 жылдың өніміне 10545 гектар күздік бидай себілді", "посеяно под урожай
# 2020 года", "sown for the 2020 harvest"): a year to come, not the time of the sowing.
_HARVEST_AFTER_YEAR = re.compile(r"\s*(?:өнім|егін)\w*(?:\s+үшін)?", re.I)
_HARVEST_BEFORE_YEAR = re.compile(r"(?:под\s+урожай|for\s+the)\s+$", re.I)
_HARVEST_WORD_AFTER = re.compile(r"\s*(?:года\s+)?harvest", re.I)


# A year of birth naming a cohort ("2019 год рождения – 6 074 места", "детям 2018 года рождения", "2018 жылы туған
# балалар", "born in 2018"): who is counted, not when.
_BIRTH_YEAR_AFTER = re.compile(r"\s*(?:год(?:а|у)?\s+рождения|г\.\s*р\.|жылы\s+туған|жылғы\s+туған)", re.I)


def _year_digits_end(text: str, start: int, end: int) -> int:
    """Where the digits of the year matched in text[start:end] end."""
    m = re.search(r"(?:19|20)\d{2}", text[start:end])
    return start + m.end() if m else end


# (only of a sowing told done: the planned sowing for a year's harvest is that year's season, "площадь сева под урожай
# 2013 года озвучивается на ровне 535 тыс. га", "under the 2013 harvest, 535 thousand ha will be sown")
_SOWN_DONE = re.compile(r"посеян|посеял|засеян|засеял|себілді|себілген|септі|егілді|егілген|\bsown\b|\bseeded\b|"
                        r"\bplanted\b", re.I)


def _harvest_of_a_year(text: str, start: int, end: int) -> bool:
    if _HARVEST_AFTER_YEAR.match(text, end):
        return re.search(r"жылдың\s*$", text[start:end]) is not None
    before = _HARVEST_BEFORE_YEAR.search(text, max(0, start - 14), start)
    return before is not None and (before.group(0).startswith("под") or
                                   _HARVEST_WORD_AFTER.match(text, end) is not None)


def _dates_a_document(text: str, start: int, end: int) -> bool:
    return _DOCUMENT_AFTER_DAY.match(text, end) is not None or \
        _DOCUMENT_BEFORE_DAY.search(text, max(0, start - 60), start) is not None


# A period that names the time compared with: "за тот же / аналогичный период прошлого года", "the same period
# of 2024", "годом ранее / год назад / a year earlier" (the previous value of a comparison, not the time a later
# sentence's figures are of: "… против 8 360 за тот же период прошлого года. Заготовлено 4 150 литров").
SAME_PERIOD_BEFORE = re.compile(r"(?:аналогичн\w+|тот\s+же|того\s+же|такой\s+же|соответствующ\w+|same|"
                                 r"corresponding|similar|comparable|analogous|given)\s+"
                                 r"(?:период\w*|месяц\w*|квартал\w*|полугоди\w*|period|months?|quarter|half-year|"
                                 r"date|day)"
                                 r"(?:\s+(?:of|in)(?:\s+the)?)?\s+$|"
                                 # "на эту же дату прошлого года", "на ту же дату"
                                 r"(?<!\w)(?:эту|ту|аналогичную)\s+(?:же\s+)?дату\s+$")

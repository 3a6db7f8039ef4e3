"""Periods: which period a figure takes. Of the anchors of its clause (anchors.py), the one that owns it (not the
base of a comparison, not a thing's building year, not a year a document or a harvest is named by); the year of a
report of results ("по итогам 2024 года"), of an event to come or just held, of the data a figure is quoted from;
a change's end and its base; which figure of a sentence owns an anchor that stands between two."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from loaders.caseless import Caseless
from loaders.extract.anchors import (
    ANCHOR_PATTERNS,
    COMPARISON_BASE,
    SAME_PERIOD_BEFORE,
    Anchor,
    count_after_a_snapshot_day,
    year_span,
)
from loaders.extract.named_years import is_horizon_year
from loaders.extract.patterns import DIGIT as _DIGIT
from loaders.extract.tense import PAST_EN, PAST_KK, PRESENT_EN, has_planning_word, is_done_once, is_past_report
from loaders.figure import Figure

# A year as a target ("by 2035", "к 2035 году", "до 2035 года", "2035 жылға дейін / қарай").
_TARGET_BY = re.compile(r"(?<!\w)(?:by|until|till|к|до)\s+(?:the\s+(?:year\s+|end\s+of\s+)?)?\d|"
                        r"(?<!\w)(?:by|к|до)\s+$", re.I)
_TARGET_BY_KK = re.compile(r"\s*(?:-?\s*\w*\s+)?(?:дейін|қарай)", re.I)


def is_a_target_year(low: str, a: Anchor) -> bool:
    """Is the anchor of `low` a year to reach ("by 2025", "к 2025 году", "2025 жылға дейін")?"""
    return _TARGET_BY.search(low, max(0, a.start - 8), min(len(low), a.start + 3)) is not None or \
        _TARGET_BY_KK.match(low, a.end) is not None


_DAY_EN = next(p for kind, p in ANCHOR_PATTERNS if kind == "day_en")


# A coming event named with its year ("the International Specialized Exhibition EXPO-2017" in a text of 2016) and a
# clause of the future about that event ("many forums and events will be held within the framework of the
# exhibition, … to be attended by delegates from 165 countries"): a figure of the event itself is of its year (what
# is done now for it, "3,000 volunteers have already been found", stays of now: it is no plan).
_EVENT_YEAR_PATTERNS = [p for kind, p in ANCHOR_PATTERNS if kind == "event_year"]
_EVENT_OF_ITS_OWN_DATES = re.compile(
    r"(?<![\w-])(?:expo|экспо|universiade|универсиад\w*|азиад\w*|олимпиад\w*|olympi\w+|games|ойындар\w*|"
    r"чемпионат\w*|championships?|саммит\w*|summit|конгресс\w*|congress|convention|форум\w*|forums?|"
    r"фестивал\w*|festival|exhibition|выставк\w*|көрме\w*|"
    # the event named again by its kind: "for the large scale sports event", "на спортивном мероприятии", "турнир"
    r"sports?\s+events?|sporting\s+events?|tournament|турнир\w*|спортивн\w+\s+(?:мероприяти|событи|форум)\w*|"
    r"спорттық\s+(?:іс-шара|шара|додақ|жарыс)\w*|(?:sports?|national)\s+competitions?)(?!\w)", re.I)
_EVENT_OF_ITS_OWN_DATES = Caseless(_EVENT_OF_ITS_OWN_DATES)  # loaders/caseless.py


def coming_event_years(low: str, published: dt.date | None) -> set[int]:
    """The years of the events the lower-cased sentence names with a year later than publication ("expo-2017" in
    2016)."""
    if published is None:
        return set()
    return {year for year in event_years_named(low) if year > published.year}


@lru_cache(maxsize=8192)  # asked of every sentence of every article: remembered per sentence text
def event_years_named(low: str) -> tuple[int, ...]:
    """The years the event-year patterns find in the lower-cased sentence, when it names an event of its own dates."""
    if not _EVENT_OF_ITS_OWN_DATES.search(low):
        return ()
    return tuple(int(m.group(1)) for p in _EVENT_YEAR_PATTERNS for m in p.finditer(low))


# Verbs of an event to come: "will be held", "to be attended by", "пройдут", "примут участие", "өтетін", "өтеді".
_EVENT_TO_COME = re.compile(r"\bwill\b|\bto\s+be\s+(?:held|attended|hosted)\b|\b(?:is|are)\s+(?:expected|set\s+to)\b|"
                            # an edition scheduled for its days: "the fifth edition, scheduled from Sept. 8 to 15"
                            r"\bscheduled\s+(?:for|from|on|to)\b|запланирован\w*\s+на\b|"
                            r"пройд[её]т|пройдут|состо[ия]тся|примут\s+участие|прибуд\w+|ожида[её]тся|ожидаются|"
                            r"будет|будут|өтеді|өтетін|өтпек|қатыспақ|қатысады|күтілуде|"
                            # a delegation to send: "the region will send 100 volunteers", "область направит 100
                            # волонтеров", "облыстан 100 ерікті жіберіледі"
                            r"направ[ия]т|отправ[ия]т|жібер(?:іледі|мек|етін\s+болады)|"
                            # a duty ahead: "им предстоит общаться с гостями", "қонақтармен сөйлесетін болады"
                            r"предсто[ия]т|\w+(?:атын|етін|йтын|йтін)\s+болады|"
                            # a need for the event: "we need 7 or 8 thousand volunteers for the Universiade",
                            # "для Универсиады потребуется 8 тысяч волонтеров", "Универсиадаға 8 мың волонтер қажет"
                            r"\bneed(?:s|ed)?\b|\brequired\b|"
                            # the span of the event itself: "3,000 volunteers have been involved for the period of
                            # the Universiade", "for the duration of the Games"
                            r"\bfor\s+the\s+(?:period|time|duration|days)\s+of\b|"
                            r"потребу\w+|понадоб\w+|нужн\w*|необходим\w*|қажет\w*|"
                            r"керек", re.I)


_SPAN_KINDS = frozenset({"day", "days", "month", "range"})


def names_an_event(low: str) -> bool:
    """Does the lower-cased sentence name an event of its own dates ("the World Nomad Games", "the forum")?"""
    return _EVENT_OF_ITS_OWN_DATES.search(low) is not None


def coming_event_span(low: str, here: list[Anchor], published: dt.date | None) -> Anchor | None:
    """The days or the month of a coming event the lower-cased sentence announces: it names an event of its own
    dates, tells it is to come, and states one span of at most two months after publication ("The world's
    largest national sports competitions will be held in Astana from September 8-14", "форум пройдет 5-7
    октября"). None otherwise."""
    if published is None or not names_an_event(low) or not tells_an_event_to_come(low):
        return None
    spans = [a for a in here if a.kind in _SPAN_KINDS and a.period_start is not None and a.period_end is not None
             and a.period_start > published and (a.period_end - a.period_start).days <= 62]
    return spans[0] if len(spans) == 1 else None


# An event a text reports, by the word it is named with (its stem, which a later sentence repeats): "charity
# concert", "the marathon", "акция", "концерт", "ярмарка", "забег", "субботник", "жәрмеңке", "сенбілік".
_REPORTED_EVENT = re.compile(r"(?<![\w-])(concert|marathon|fair|race|festival|clean-?up|subbotnik|telethon|"
                             r"концерт|марафон|ярмарк|забег|субботник|фестивал|телемарафон|акци|"
                             r"жәрмеңке|сенбілік|шеру)", re.I)


# A sentence that announces the results of a past year ("The leaders … spoke about the results of work for 2021.",
# "подвели итоги работы за 2021 год", "2021 жылғы жұмыс қорытындысы"): the figures the report then lists, in the
# present tense too ("The number of MSM covered by prevention programs is 1102"), are of that year.
_RESULTS_OF_A_YEAR = re.compile(
    r"\bresults?\s+(?:of\s+(?:the\s+)?(?:work|activit(?:y|ies))\s+)?(?:for|of|in)\s+((?:19|20)\d{2})\b|"
    # "a report on what had been done in terms of construction in the region in 2020"
    r"\breport(?:ing)?\s+on\s+what\s+(?:had\s+been|has\s+been|was)\s+done\b[^.!?]{0,60}?\b(?:in|for)\s+"
    r"((?:19|20)\d{2})\b|"
    # "was presented with a report on the work done in Kyzylorda region throughout 2021", "доклад о проделанной работе
    # за 2021 год", "2021 жылы атқарылған жұмыстар туралы есеп"
    r"\breport(?:ing)?\s+on\s+(?:the\s+)?work\s+(?:done|carried\s+out|performed)\b[^.!?]{0,60}?\b(?:in|for|throughout|"
    r"during|over)\s+((?:19|20)\d{2})\b|"
    r"(?<!\w)(?:доклад\w*|отч[её]т\w*)\s+о\s+(?:проделанной|проведенной|проведённой)\s+работе\s+(?:[^\W\d_][\w-]*\s+){0,4}?"
    r"за\s+((?:19|20)\d{2})\s*год|"
    r"((?:19|20)\d{2})\s+жыл\w*\s+атқарыл\w*\s+жұмыс\w*\s+(?:туралы\s+)?есеп\w*|"
    # "Results of Zhambul region's development for 2020", "the indicators of the socio-economic development of the
    # region for 2019", "итоги социально-экономического развития области за 2019 год", "2019 жылғы әлеуметтік-
    # экономикалық даму қорытындысы"
    r"\b(?:results|indicators)\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?development\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?"
    r"(?:for|in)\s+((?:19|20)\d{2})\b|"
    r"\b(?:итог\w*|показател\w*)\s+(?:[а-яё-]+\s+){1,4}?за\s+((?:19|20)\d{2})\s*год|"
    r"((?:19|20)\d{2})\s+жылғы\s+(?:[^\W\d_]+\s+){1,3}?қорытынды\w*|"
    r"\bитог\w*\s+(?:работы\s+|деятельности\s+|исполнения\s+(?:[а-яё]+\s+){0,2}?бюджета\s+)?за\s+((?:19|20)\d{2})\s+год|"
    # "подвели итоги 2024 года", "на брифинге, посвящённом итогам 2024 года" (not "по итогам 2022 года фонд направил
    # …", which dates its own sentence: _DATA_OF_A_YEAR, in the lead only)
    r"(?<!по\s)\bитог(?:и|ам|ах)\s+((?:19|20)\d{2})\s+года|"
    # a report given on a year's results: "выступил с докладом о социально-экономическом развитии области по итогам
    # 2019 года", "отчет акима по итогам 2019 года"
    r"(?<!\w)(?:доклад\w*|отч[её]т\w*)\s+(?:[^\W\d_][\w-]*\s+){0,6}?по\s+итогам\s+((?:19|20)\d{2})\s+года|"
    # (the work "done" in that year too: "2019 жылы атқарған жұмыстардың қорытындысы бойынша … есепті кездесуінде")
    r"((?:19|20)\d{2})\s+жыл\w*\s+(?:(?:атқар\w*|жасал\w*|істел\w*)\s+)?(?:жұмыс\w*\s+)?қорытынды\w*|"
    # a census's results, whichever year the text is of: "According to the 2021 census, …", "по данным переписи 2021
    # года", "2021 жылғы санақ нәтижесі бойынша"
    r"\baccording\s+to\s+the\s+((?:19|20)\d{2})\s+(?:national\s+|population\s+)*census\b|"
    r"(?<!\w)по\s+(?:данным|итогам|результатам)\s+(?:национальной\s+)?переписи\s+(?:населения\s+)?((?:19|20)\d{2})|"
    r"((?:19|20)\d{2})\s+жылғы\s+(?:ұлттық\s+)?(?:халық\s+)?санақ\w*\s+(?:нәтиже|қорытынды|деректер)\w*|"
    # a year's target told met ("The 2016 tax revenue target of Astana for 2016 has been 103 percent achieved", "план
    # 2016 года выполнен на 103%"): the year is over and reported on
    r"\b((?:19|20)\d{2})\s+(?:[a-z-]+\s+){0,3}targets?\b[^.!?]{0,60}?\b(?:achieved|fulfilled|met|exceeded)\b|"
    r"(?<!\w)план\w*\s+((?:19|20)\d{2})\s+года\s+(?:[а-яё]+\s+)?(?:выполнен|перевыполнен)\w*", re.I)
# The data of a closed year that a statistics report opens with ("The preliminary data for Jan.- Dec. 2020 shows a
# record 425,600 births", "statistics for 2019 show", "По итогам 2020 года …", "Данные за январь-декабрь 2020 года"):
# the breakdown the report then lists is of that year. Only in the text's lead: one sentence deep in a text ("По итогам
# 2022 года фонд направил 66,6 млрд тенге") dates its own figure, not the next ones.
_DATA_OF_A_YEAR = re.compile(
    r"\b(?:data|statistics|figures)\s+for\s+(?:jan(?:uary)?\.?\s*[-–]\s*dec(?:ember)?\.?\s+|the\s+year\s+)?"
    r"((?:19|20)\d{2})\b|\bпо\s+итогам\s+((?:19|20)\d{2})\s+года|"
    r"\b(?:данны[еом]|статистик[аие])\s+за\s+(?:январь\s*[-–]\s*декабрь\s+)?((?:19|20)\d{2})\s+год|"
    # a level as of a past day reported by the statistics office: "reaching 19,186,015 people as of Sept. 1, 2021,
    # reported the Bureau of National Statistics", "по состоянию на 1 сентября 2021 года, сообщило Бюро национальной
    # статистики"
    r"\bas\s+of\s+[a-z]+\.?\s+\d{1,2},?\s+((?:19|20)\d{2})\b[^.!?]{0,80}?\b(?:bureau|statistic)|"
    r"(?<!\w)по\s+состоянию\s+на\s+\d{1,2}\s+[а-я]+\s+((?:19|20)\d{2})\s+года[^.!?]{0,80}?(?:бюро|статистик)|"
    # a lead that opens with a closed year and what a measure of it came to ("В 2024 году доступ населения … к
    # централизованному водоснабжению составил 99,4 %", "In 2024, the coverage reached 99.4%", "2024 жылы … 99,4 пайызды
    # құрады"): a report on that year, which the lines after it go on with
    r"^[\W_]*в\s+((?:19|20)\d{2})\s+году\b[^.!?]{0,120}?(?<!\w)(?:составил[аои]?|достиг(?:ла|ло|ли)?)(?!\w)|"
    r"^[\W_]*in\s+((?:19|20)\d{2}),?\s[^.!?]{0,120}?\b(?:amounted\s+to|reached|totall?ed|stood\s+at)\b|"
    r"^[\W_]*((?:19|20)\d{2})\s+жылы\b[^.!?]{0,120}?(?:құрады|жетті)(?![^\W\d_])", re.I)


# Words one of which every match of _RESULTS_OF_A_YEAR holds: a cheap test before the expression.
_RESULTS_WORDS = ("result", "indicator", "on what", "итог", "показател", "қорытынды", "census", "перепис", "санақ",
                  "report", "отч", "target", "план", "доклад", "есеп")


def _may_tell_results(low: str) -> bool:
    return any(map(low.__contains__, _RESULTS_WORDS))


def years_of_results(low: str) -> list[int]:
    """The years whose results the sentence announces (see _RESULTS_OF_A_YEAR), whatever the publication date."""
    if not _may_tell_results(low):
        return []
    return [int(next(g for g in m.groups() if g)) for m in _RESULTS_OF_A_YEAR.finditer(low)]


# The results of the year before announced in a text's lead without its number ("to hear a report on the
# socioeconomic development of the region over the past year", "following the results of last year", "отчитался об
# итогах прошлого года", "өткен жылдың қорытындысы бойынша"): that year's report, over the body.
_RESULTS_OF_LAST_YEAR = re.compile(
    r"\b(?:report|results|indicators)\s+(?:[\w’'-]+\s+){0,8}?(?:over|of|for)\s+(?:the\s+)?(?:past|last|previous)\s+"
    r"year\b|\bresults\s+of\s+(?:the\s+)?(?:past|last|previous)\s+year\b|"
    r"(?<!\w)(?:итог\w*|отч[её]т\w*)\s+(?:[а-яё-]+\s+){0,4}?(?:прошлого|минувшего|прошедшего)\s+года|"
    r"(?:өткен|былтырғы)\s+жыл(?:дың|ғы)\s+(?:[^\W\d_]+\s+){0,2}?қорытынды\w*", re.I)


def results_of_a_year(low: str, published: dt.date | None, lead: bool = False) -> Anchor | None:
    """The year whose results the sentence announces (see above), when it is over by publication; in the text's
    `lead`, the year of the data a report opens with too, and the results of "the past year"."""
    if published is None:
        return None
    if lead and _may_tell_results(low) and (last := _RESULTS_OF_LAST_YEAR.search(low)) is not None:
        return Anchor(last.start(), last.end(), "year", *year_span(published.year - 1))
    m = (_RESULTS_OF_A_YEAR.search(low) if _may_tell_results(low) else None) or \
        (_DATA_OF_A_YEAR.search(low) if lead else None)
    if m is None:
        return None
    year = int(next(g for g in m.groups() if g))
    if year >= published.year:
        return None
    return Anchor(m.start(), m.end(), "year", *year_span(year))


def reported_event_day(low: str, here: list[Anchor], published: dt.date | None) -> tuple[Anchor, str] | None:
    """(the day, the event's word) of a past event the lower-cased sentence reports with its one day ("On the 20th
    April high school students conducted their first charity concert"); None otherwise."""
    if published is None:
        return None
    word = _REPORTED_EVENT.search(low)
    if word is None:
        return None
    days = [a for a in here if a.kind in ("day", "days") and a.period_end is not None and a.period_end <= published]
    return (days[0], word.group(1)) if len(days) == 1 else None


# A figure that describes a place rather than what will happen at the event: a facility's capacity ("the athletic
# village for 5,000 athletes will be constructed", "деревня на 5 тысяч спортсменов", "стадион вместимостью 30 тысяч",
# "5 мың спортшыға арналған ауыл") or the setting ("the largest city of Kazakhstan with some 250,000 students", "город
# с населением 2 млн"). It is stated as of the text, not of the event's days.
_PLACE_NOUNS = (r"village|hostel|dormitor\w*|hotel|cent(?:re|er)|school|hall|arena|palace|stadium|hospital|building|"
                r"camp|facility|complex|venue|city|town|region|country|capital|деревн\w*|общежити\w*|гостиниц\w*|"
                r"центр\w*|школ\w*|стадион\w*|арен\w*|дворец|дворц\w*|здани\w*|городок\w*|город\w*|лагер\w*|"
                r"комплекс\w*")
_SETTING_BEFORE = re.compile(
    r"(?:\b(?:" + _PLACE_NOUNS + r")(?:\s+of(?:\s+[^\W\d_]+){1,3})?\s+(?:for|with|на|с)|рассчитан\w*\s+на|"
    r"вместимост\w*(?:\s+до)?|с\s+населением|with\s+a\s+(?:capacity|population)\s+of|capacity\s+of)"
    r"(?:\s+(?:some|about|around|over|nearly|almost|more\s+than|up\s+to|около|более|свыше|почти|до))?\s*$")
_SETTING_AFTER_KK = re.compile(r"^\S*(?:\s+[^\W\d_]+){0,2}?\s+арналған(?!\w)")


def describes_a_setting(low: str, start: int, end: int) -> bool:
    """Is the number at low[start:end] a place's capacity or its population (see above)?"""
    return _SETTING_BEFORE.search(low, max(0, start - 60), start) is not None or \
        _SETTING_AFTER_KK.match(low[end:end + 60]) is not None


def tells_an_event_to_come(clause: str) -> bool:
    """Does the clause speak of an event to come ("will be contested", "are expected to visit", "пройдут")?"""
    return _EVENT_TO_COME.search(clause) is not None


# The guests of an event counted by the countries they come from: "guests from more than 100 world countries",
# "delegations from 165 countries", "гостей из более чем 100 стран", "100-ден астам елден келетін қонақтар".
_GUESTS_FROM_COUNTRIES = re.compile(
    r"\b(?:guests?|visitors?|delegat\w+|participants?)\s+(?:coming\s+)?from\s+(?:more\s+than\s+|over\s+|about\s+|"
    r"some\s+|nearly\s+|almost\s+)?\d[\d,.]*\s+(?:\w+\s+)?countries\b|"
    r"(?<!\w)(?:гост\w*|делегац\w*|участник\w*)\s+из\s+(?:более\s+чем\s+|более\s+|свыше\s+|около\s+)?\d[\d\s]*\s*"
    r"стран\w*|"
    r"\d[\d\s]*\S*\s+(?:астам\s+|жуық\s+)?ел\w*\s+(?:келген|келетін)\s+(?:қонақ|делегац|қатысушы)\w*", re.I)


def of_the_coming_event(sentence: str, clause: str, years: set[int], planned: bool,
                        named_just_before: bool = False) -> int | None:
    """The year of the one coming event the article names (coming_event_years), when the sentence speaks of such an
    event and the figure's own clause is a plan or tells of its future ("forums will be held within the framework
    of the exhibition, … to be attended by delegates from 165 countries", "в рамках выставки пройдут форумы"; not
    "It has already found 3,000 volunteers, but …"); else None. `named_just_before`: the sentence before, in the
    same paragraph, named the event with its year ("… take part in the international exhibition EXPO-2017. The
    region will send 100 volunteers"): the sentence goes on about it without naming it again (a sentence between,
    "The city is ready.", or an event named only by its kind, breaks the thread). The countries of the guests of a
    coming event ("they will have to talk to guests from more than 100 world countries", "гости из 100 стран") are
    the event's, wherever the sentence stands."""
    if len(years) != 1 or not (named_just_before or _EVENT_OF_ITS_OWN_DATES.search(sentence)
                               or _GUESTS_FROM_COUNTRIES.search(clause)):
        return None
    if not planned and not _EVENT_TO_COME.search(clause) and not (
            PART_OF_THEM.search(clause) and _EVENT_TO_COME.search(sentence)):
        return None
    return next(iter(years))


# A part of a count told before in the sentence ("15-25 thousand visitors are expected …; 3.5 or 4 thousand of them
# are athletes", "из них", "оның ішінде", "олардың"): the part is of the whole's time, so the future of the sentence
# holds for it.
PART_OF_THEM = re.compile(r"\bof\s+them\b|\bamong\s+them\b|(?<!\w)из\s+них(?!\w)|(?<!\w)среди\s+них(?!\w)|"
                           r"(?<!\w)оның\s+ішінде(?!\w)|(?<!\w)олардың(?!\w)")


def year_counted_after_a_day(low: str, pos: int, published: dt.date | None) -> bool:
    """Is the year-like number at `pos` of the lower-cased sentence a count after a snapshot's day ("as of april 3,
    2004 entities …"), which the day's anchor leaves out (count_after_a_snapshot_day)?"""
    if published is None:
        return False
    return any(m.start(3) == pos and count_after_a_snapshot_day(low, m, published)
               for m in _DAY_EN.finditer(low, max(0, pos - 40), pos + 4) if m.group(3))
REPORTS_UNTIL = (1, 31)


# What separates a period expression from the figure before it: a comma (not one inside a number, "134,167"), a
# semicolon or a dash.
_SEPARATOR = re.compile(r",(?!\d)|[;—–]|\s-\s")


# A clause of its own after a comma and a conjunction: ", and they held …", ", and the platform recorded …", ", while
# in 2024 …", ", а в первом полугодии …", ", ал 2024 жылы …": a new subject, not a verb that goes on with the first
# clause's list (", and held 1,500 events"). A period told in it is of its own figures, not of the clause before.
_NEW_CLAUSE = re.compile(r"[,;]\s*(?P<c>and|while|whereas|but|а|ал|бірақ|но|однако)\s+(?P<w>\w+)", re.I)
# A state told in the present ("more than 3,500 organizations operate", "there are", "работают", "жұмыс істейді"),
# which a time told in another clause before it does not date.
# ("numbers" as a verb, "the club numbers 500 members", not the noun of "the number of divorces per 1000 people")
_PRESENT_STATE_EN = re.compile(r"\b(?:is|are|has|have|operates?|works?|exists?|unites?|remains?|"
                               r"(?<!the\s)(?<!a\s)numbers?(?!\s+of\b)|counts?|includes?)\b", re.I)


def new_clause_between(low: str, start: int, end: int, lang: str | None = None) -> bool:
    """Does a clause with a subject of its own open between two places of the sentence?"""
    for m in _NEW_CLAUSE.finditer(low, start):
        if m.start() >= end:
            break
        word = m.group("w")  # (may be the figure's own number: ", and 2,400 trees have undergone …")
        if PAST_EN.fullmatch(word) or (lang == "kk" and PAST_KK.search(word)):
            continue  # ", and held 1,500 events": the same subject goes on
        if m.group("c").lower() == "and" and word[0].isdigit() and not _verb_of_its_own(low, m.end()):
            continue  # "helped 12,000 families, and 1,500 elderly people": one more object of the same verb
        return True
    return False


def _verb_of_its_own(low: str, pos: int) -> bool:
    """Does the clause from pos to the next separator have a verb of its own (", and 2,400 trees have undergone
    sanitary pruning", ", and 600 new ones were registered")?"""
    m = _SEPARATOR.search(low, pos)
    clause = low[pos: m.start() if m else len(low)]
    return PAST_EN.search(clause) is not None or PRESENT_EN.search(clause) is not None


def _present_state_after(low: str, fig: Figure) -> bool:
    """Is the figure's clause a state told in the present ("… and more than 3,500 organizations operate")?"""
    end = fig.num_end or 0
    m = _SEPARATOR.search(low, end)
    tail = low[end: m.start() if m else len(low)]
    lead = low[max(0, (fig.num_start or 0) - 40): fig.num_start or 0]
    lead = lead[_SEPARATOR_LAST.search(lead).end():] if _SEPARATOR_LAST.search(lead) else lead
    return _PRESENT_STATE_EN.search(tail) is not None or _PRESENT_STATE_EN.search(lead) is not None or \
        _PRESENT_STATE.search(tail) is not None or _PRESENT_STATE.search(lead) is not None


_SEPARATOR_LAST = re.compile(r".*(?:,(?!\d)|[;—–])", re.S)


def anchor_owners(figures: list[Figure], anchors: list[Anchor], low: str) -> dict[int, Figure]:
    """Which figure a period expression belongs to when it stands between two figures: "в 2021 году 120 тыс.,
    в 2022-м — 180 тыс." (after a comma: the next figure) versus "50,000 in 2020 and 300,000 today"
    (right after a figure: that figure)."""
    owners: dict[int, Figure] = {}
    if not figures:
        return owners
    for a in anchors:
        before = [f for f in figures if f.num_end <= a.start]
        after = [f for f in figures if f.num_start >= a.end]
        if not before and not after:
            continue  # the period expression overlaps the only figure: nobody owns it
        if not before:
            owners[id(a)] = after[0]
        elif not after:
            if new_clause_between(low, before[-1].num_end, a.start, before[-1].lang):
                continue  # "3,500 organizations operate …, and the platform recorded a surge in 2024": not theirs
            owners[id(a)] = before[-1]
        else:
            gap = low[before[-1].num_end: a.start]
            # a time that opens a bracket is of the figures in it: "21 million tenge (in 2014 - 20 million tenge)"
            in_bracket = gap.count("(") > gap.count(")")
            owners[id(a)] = after[0] if in_bracket or _SEPARATOR.search(gap) else before[-1]
    return owners


# Words right before a period that make it the base of a comparison.
# Kazakh puts the word of comparison after the base, a noun or two between them ("өткен жылмен салыстырғанда",
# "былтырғыға қарағанда", "өткен жылдың сәйкес кезеңімен салыстырғанда", "былтырғы марафонмен салыстырғанда"), or
# puts the base in the ablative of the "-ғы" adjective, alone or before its noun ("былтырғыдан 12 пайызға көп",
# "өткен жылғы көрсеткіштен 2 есе артық"; not "былтырғы марафоннан бері", since then).
_COMPARISON_BASE_AFTER = re.compile(r"\S*\s*(?:[^\W\d_][\w-]*\s+){0,2}?(?:салыстырғанда|қарағанда)|"
                                    r"(?<=ғыдан|гіден|қыдан|кіден)|"
                                    r"(?<=ғы|гі|қы|кі)\s+[^\W\d_]+(?:дан|ден|тан|тен|нан|нен)(?!\w)"
                                    r"(?!\s+(?:бері|бастап|кейін|соң))")
# The base told with its own verb between "than" and its time: "вдвое больше, чем отдыхали здесь в прошлом году",
# "чем было собрано в 2023 году", "more than were registered in 2020", "than there were last year" (not the bound of a
# figure before a change, "more than doubled in 2020", "более чем вдвое за 2020 год")
_COMPARISON_BASE_WITH_A_VERB = re.compile(
    r"(?<![\w-])(?:чем\s+(?:(?!вдвое|втрое|вчетверо|впятеро|раз|\d)[^\W\d_]+\s+){1,3}|"
    r"than\s+(?:there\s+)?(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+(?:[^\W\d_]+\s+){0,2})"
    r"(?:в\s+|во\s+|за\s+|in\s+|during\s+)?$", re.I)
# Between a period and a figure: the figure is the earlier value of a comparison, not of that period.
COMPARED = re.compile(r"\b(?:up|down) from\b|\bcompared\b|\bthan\b|\bversus\b|\bvs\b|против|по сравнению|"
                       r"\bчем\b|салыстырғанда|ранее|earlier|\bago\b|бұрын", re.I)


_COMMA = re.compile(r",(?!\d)")
_FROM_WORD = re.compile(r"(?:\bfrom|(?<!\w)(?:с|со|от))\s+$", re.I)


def _from_base(owner: Figure | None, low: str, a: Anchor) -> bool:
    """Is the figure that owns a period the starting value of a change ("rose to 35% from 28% in 2022"), the period
    told after it? (A period that opens the sentence before the change is the change's: "За январь-июль 2019 года
    перевозки выросли с 13,1 до 13,5 млрд".)"""
    # (a day before it is the day the change takes effect, "starting from January 1, 2025, … will be increased from
    # 65% to 70%": the new level is told as of the text, not of that day)
    return owner is not None and (a.start > (owner.num_start or 0) or a.kind == "day") and \
        _FROM_WORD.search(low, max(0, (owner.num_start or 0) - 8), owner.num_start or 0) is not None


def state_after_a_new_clause(fig: Figure, a: Anchor, low: str) -> bool:
    """"In the first half of 2024, volunteers held 5,000 events, and more than 3,500 organizations operate in the
    country": a present state told in a clause of its own after the period's is as of now."""
    return a.end <= (fig.num_start or 0) and new_clause_between(low, a.end, fig.num_start or 0, fig.lang) and \
        _present_state_after(low, fig)


def bracketed_after(low: str, a: Anchor, rel: int) -> bool:
    """Is the anchor inside brackets opened after the figure at `rel` that state a figure of their own? "45.9
    million tenge (in 2014 - 32.2 million tenge)", "45,9 млн тенге (в 2014 году – 32,2 млн)": the year is the aside's,
    not the figure's. (Brackets that hold only the year date what they follow: "30 акций (данные 2019 года)".)"""
    opened = low.rfind("(", 0, a.start)
    if opened == -1 or opened < rel or low.find(")", opened, a.start) != -1:
        return False
    closed = low.find(")", a.end)
    rest = low[opened + 1:a.start] + low[a.end:closed if closed != -1 else len(low)]
    return any(ch.isdigit() for ch in rest)


def bracketed_before(low: str, a: Anchor, rel: int) -> bool:
    """Is the anchor inside brackets closed before the figure at `rel`? "В 2020 году 13 426 человек стали донорами
    (в 2019 году - 12294 человека), из полученной крови заготовлено 11 453 дозы": the year in brackets is the
    aside's, the doses after it are of 2020. (Brackets after the figure may date it: "30 акций (данные 2019 года)".)"""
    opened = low.rfind("(", 0, a.start)
    if opened == -1 or low.find(")", opened, a.start) != -1:
        return False
    closed = low.find(")", a.end)
    if closed == -1 or closed > rel:
        return False
    # an aside states a figure of its own beside its year; brackets that hold only a span name the time of what
    # they follow ("Программа (2021–2025 гг.) помогла 500 семьям")
    rest = low[opened + 1:a.start] + low[a.end:closed]
    return any(ch.isdigit() for ch in rest)


def _compared_with_elsewhere(low: str, a: Anchor, rel: int) -> bool:
    """Is `a` the base of a comparison ("than in the past year") whose compared value is not the figure at `rel`?"""
    m = COMPARISON_BASE.search(low, max(0, a.start - 30), a.start) or \
        _CORRESPONDING_PERIOD_BASE.search(low, max(0, a.start - 50), a.start)
    after = _COMPARISON_BASE_AFTER.match(low, a.end) if m is None and rel > a.end else None
    if after is not None and _BRACKET_AFTER_THE_CHANGE.fullmatch(low, after.end(), rel):
        return False  # "2024 жылдың сәйкес кезеңімен салыстырғанда 12,3%-ға төмен (49 414 адам)": the base's own value
    if after is not None and (_COMMA.search(low, a.end, rel) or _DIGIT.search(low, after.end(), rel)):
        # Kazakh names the base first, its compared value right after it: "Бұл 2017 жылғы статистикадан 6 пайызға
        # төмен көрсеткіш болғанымен, … нәтижесінде 434 адам көз жұмған": a count after a comma is no value of 2017,
        # nor one after the change told against the base ("өткен жылғы қаңтар-қыркүйекпен салыстырғанда 12,5%-ға
        # көтерілді және 15437 адамды құрады")
        return True
    if m is None:
        # "… in January-September 2022 compared to the corresponding period last year (201.2 thousand people)
        # decreased by 1.6% and amounted to 198 thousand": the base's value in brackets after it, a later figure
        # is no value of the base
        given = _BASE_VALUE_IN_BRACKETS.match(low, a.end)
        return given is not None and rel >= given.end() and \
            SAME_PERIOD_BEFORE.search(low, max(0, a.start - 40), a.start) is not None
    given = _BASE_VALUE_IN_BRACKETS.match(low, a.end)
    if given is not None and a.end <= rel < given.end():
        return False  # "… чем в аналогичный период 2023–2024 годов (175 пожаров)": the base's own value
    if re.fullmatch(r"['’]s\s+", low[a.end:rel]):
        return False  # "declined to 44 people compared to last year's 65": the base's own value
    return not (m.start() <= rel < a.start)


# A base named as the same period of a year ("compared to the corresponding period of 2019 and amounted to 74.5 billion
# tenge", "по сравнению с аналогичным периодом 2019 года и составил …"): a count after it is of the current period.
_THE_SAME_PERIOD = (r"\s+(?:the\s+)?(?:corresponding|same|similar|comparable|аналогичн\w+|соответствующ\w+)\s+"
                    r"(?:period|период\w*)(?:\s+(?:of|in))?\s*$")
# (a share of the level of the same period: "418.9 billion tenge or 93.2% to the level of the corresponding period of
# 2019", "93,2% к уровню соответствующего периода 2019 года": the base's year is no figure's)
_LEVEL_OF = r"(?:(?:to|of)\s+the\s+level\s+of|к\s+уровню|от\s+уровня)"
_CORRESPONDING_PERIOD_BASE = re.compile(r"(?:compared\s+(?:with|to)|сравнению\s+с|" + _LEVEL_OF + ")"
                                        + _THE_SAME_PERIOD, re.I)
_LEVEL_OF_A_PERIOD_BASE = re.compile(_LEVEL_OF + _THE_SAME_PERIOD, re.I)
_BASE_VALUE_IN_BRACKETS = re.compile(r"\s*\(\s*\d[^()]{0,40}\)")
# The change told against a Kazakh base, then a bracket opening with the figure: "… салыстырғанда 12,3%-ға төмен (".
_BRACKET_AFTER_THE_CHANGE = re.compile(r"(?:[^(),;]|(?<=\d),(?=\d)){0,40}\(\s*")


# A compared value between a figure and a period after it ("134,000 passenger cars produced versus 30,000 in 2018",
# "12 тысяч против 8 тысяч в 2020 году"): the period is the compared value's, not the figure's.
# (a base year alone after the word is no compared value: "2.5 more than in 2019 were commissioned in Almaty in 2020")
_COMPARED_VALUE_BETWEEN = re.compile(r"(?:\bversus|\bvs\.?|\bagainst|\bcompared\s+(?:with|to)|\bthan|(?<!\w)против|"
                                     r"(?<!\w)чем)\s+(?!(?:in\s+|в\s+)?(?:19|20)\d{2}(?:\s*(?:года?|г\.))?\s+"
                                     r"(?![\d.,]))[^.;]{0,20}?\d")


def _compared_value_s(a: Anchor, rel: int, end: int, low: str) -> bool:
    """Is the period `a` after the figure (its number at rel..end) the compared value's ("… versus 30,000 in 2018")?"""
    return a.start > rel and _COMPARED_VALUE_BETWEEN.search(low, end, a.start) is not None


def _next_clauses_plan(a: Anchor, rel: int, end: int, in_clause: list[Anchor], low: str) -> bool:
    """Is the period `a` a plan's after a comma, while the figure's clause has a time of its own before it
    ("Сегодня продолжается реализация трех проектов на 3,6 млрд тенге, запуск объектов запланирован на 2018 год")?"""
    return a.start > rel and _COMMA.search(low, end, a.start) is not None and \
        any(b.end <= rel for b in in_clause) and has_planning_word(low[end:a.start])


# A relative clause set off by commas that dates its own deed ("The park, which joined the UNESCO network in 2017,
# covers an area of 643,477 hectares", "Парк, который вошел в сеть ЮНЕСКО в 2017 году, занимает 643 тыс. га").
_RELATIVE_OPENS = re.compile(r",\s*(?:which|who|that|когда|который|которая|которое|которые|которого|которой)\s",
                             re.I)


_RELATIVE_WORDS = ("which", "who", "that", "когда", "котор")


def in_a_relative_clause_before(low: str, a: Anchor, rel: int) -> bool:
    """Is the period inside such a clause, closed by its comma before the figure, the main verb told in the present?"""
    if a.end > rel or not any(w in low for w in _RELATIVE_WORDS) or _RELATIVE_OPENS.search(low, 0, a.start) is None:
        return False
    close = low.find(",", a.end, rel)
    verb = _WORD_AFTER_A_COMMA.match(low, close) if close >= 0 else None  # the main clause's verb
    return verb is not None and (_PRESENT_STATE.fullmatch(verb.group(1)) is not None or
                                 _EN_PRESENT_3SG.fullmatch(verb.group(1)) is not None)


_WORD_AFTER_A_COMMA = re.compile(r",\s*([^\W\d_]+)")
_EN_PRESENT_3SG = re.compile(r"[a-z]{3,}s")  # "covers", "remains": an English verb of the present


_CONCESSION = re.compile(r"\b(?:despite|although|though|whereas)\b|(?<!\w)(?:несмотря\s+на|хотя|тогда\s+как)(?!\w)|"
                         r"қарамастан", re.I)


def figure_anchor(fig: Figure, rel: int, clause: tuple[int, int], anchors: list[Anchor],
                  owners: dict[int, Figure], low: str) -> Anchor | None:
    """The period expression of the figure's clause that the figure takes (`rel`: where its number starts in
    the sentence), or None."""
    c0, c1 = clause
    in_clause = [a for a in anchors if c0 <= a.start < c1 and not bracketed_before(low, a, rel)
                 and not bracketed_after(low, a, rel) and not in_a_relative_clause_before(low, a, rel)
                 # (not the time of a concession told after the figure: "the decision was taken to build 60 public
                 # kindergartens … despite that fact that the state paused the construction … in 2017")
                 and not (a.start > rel and _CONCESSION.search(low, fig.num_end or rel, a.start))
                 # (nor a time in what a colon after the figure goes on to list: "Депутаты рассмотрели 4 вопроса: о
                 # бюджете региона до 2028 года, …")
                 and not (a.start > rel and ":" in low[fig.num_end or rel:a.start])]
    # Not a period that a later figure owns across a comma: "38 тысяч волонтеров, и каждый год прибавляется
    # тысяч пять" (but "100 волонтеров и 50 доноров в 2023 году" is both's).
    end = fig.num_end or rel
    shared = [a for a in in_clause if owners.get(id(a)) is fig or not (
        (a.start > rel and _COMMA.search(low, end, a.start)) or _from_base(owners.get(id(a)), low, a)
        # (a bracket's year is its own value's, not that of the next item: "53.7 (2017 - 59.2, target indicator -
        # 54.7)")
        or (a.start < rel and a.kind == "year" and low[max(0, a.start - 2):a.start].rstrip().endswith("(") and
            re.match(r"\s*[-–—]\s*\d", low[a.end:a.end + 6]) is not None and re.search(r"[,;]", low[a.end:rel]))
        or state_after_a_new_clause(fig, a, low) or _compared_value_s(a, rel, end, low))]
    own = [a for a in in_clause if owners.get(id(a)) is fig and not _compared_value_s(a, rel, end, low)
           and not _next_clauses_plan(a, rel, end, in_clause, low)] or shared
    if fig.unit in ("ratio", "percent") or fig.meta.get("difference"):
        # "по сравнению с 2023 годом выросло на 12%", "three times as many as in 2017": the year compared
        # with is not the period of the change
        own = [a for a in own if not COMPARISON_BASE.search(low, max(0, a.start - 30), a.start)
               and not _LEVEL_OF_A_PERIOD_BASE.search(low, max(0, a.start - 60), a.start)
               and not _COMPARISON_BASE_AFTER.match(low, a.end)]
    else:
        # "5323, that is by 11.3% lower than in the past year, of whom three are underage": the period compared with
        # is the other value's, not of a count told before or after it; only a count between the word of comparison
        # and the period ("than 7,711 in 2017", "против 8 360 за тот же период прошлого года") is of that period
        own = [a for a in own if not _compared_with_elsewhere(low, a, rel)
               # ("104 млрд теңгені немесе 2015 жылдың тиісті деңгейіне қарағанда 89% құрады": a Kazakh base after
               # the count is the base of what follows, the count is of now)
               and not (a.start > rel and _COMPARISON_BASE_AFTER.match(low, a.end))]
    if own and all(a.kind == "annual" for a in own):
        own = [a for a in shared if a.kind in ("year", "range")] or own
    if any(a.kind in ("year", "range") for a in own):
        # ("С 2021 по 2025 год ежегодно высаживать 3 млн деревьев": every year of that span)
        # "Each of the six nurseries planned for 2026 will produce around 6 million seedlings annually": the year
        # the clause states is the year of the yearly figure; "annually" alone would mean the year before publication
        own = [a for a in own if a.kind != "annual"]
    anchor = min(own, key=lambda a: min(abs(a.start - rel), abs(a.end - rel))) if own else None
    if anchor is None:
        anchor = _after_a_kazakh_base(fig, rel, in_clause, low)
    if anchor is None and fig.unit not in ("ratio", "percent"):
        anchor = _closing_anchor(fig, rel, in_clause, owners, low)
    if anchor is None:
        anchor = _time_before_a_comparison(clause[0], rel, anchors, low)
    return anchor


# A comparison put between the time a sentence opens with and its report ("В 2013 году по сравнению с 2012 годом было
# выделено средств в четыре раза больше", "In 2013, compared to 2012, funding grew fourfold"): the split at it
# (tokens.CLAUSE_SPLIT_RE) leaves the time alone in a clause of its own, and the report after the base is of it.
_COMPARISON_SPLIT = re.compile(r",?\s*(?:по\s+сравнению\s+с|compared\s+(?:with|to))\s", re.I)
_REPORTED_TIME_KINDS = frozenset({"year", "range", "month", "ytd", "day"})
_BASES_OWN_VALUE = re.compile(r",\s*(?:when|когда|где|when\s+there\s+were)\b|кезде", re.I)


def _time_before_a_comparison(c0: int, rel: int, anchors: list[Anchor], low: str) -> Anchor | None:
    if c0 == 0 or not _COMPARISON_SPLIT.match(low, c0 - 1) or _BASES_OWN_VALUE.search(low, c0, rel):
        return None  # (not the base's own value: "compared to the first half of 2011, when 92 victims …")
    before = [a for a in anchors if a.end <= c0 - 1]
    if not before or before[-1].kind not in _REPORTED_TIME_KINDS or re.search(r"\d", low[before[-1].end:c0 - 1]) or \
            re.search(r"\d", low[:before[-1].start]):
        return None  # (only a time alone before the comparison: no figure of its own, no other number)
    return before[-1]


def _after_a_kazakh_base(fig: Figure, rel: int, in_clause: list[Anchor], low: str) -> Anchor | None:
    """The time of a figure told with a Kazakh year base right after it and no time of its own ("Инвестициялар 104
    млрд теңгені немесе 2015 жылдың тиісті деңгейіне қарағанда 89% құрады"): the count is of the year after the base,
    the share compares the two years."""
    base = next((a for a in in_clause if a.start > rel and a.kind == "year" and a.period_start is not None
                 and _DIGIT.search(low, a.start, a.end) and _COMPARISON_BASE_AFTER.match(low, a.end)), None)
    if base is None or base.period_start is None:
        return None
    year = base.period_start.year
    if fig.unit in ("ratio", "percent"):
        return Anchor(base.start, base.end, "range", year_span(year)[0], year_span(year + 1)[1])
    return Anchor(base.start, base.end, "year", *year_span(year + 1))


# A verb of a present state before a figure: "работают", "действует", "насчитывается", "there are", "has".
_PRESENT_STATE = re.compile(r"(?<![\w-])(?:\w{3,}(?:ают|яют|уют|ет|ит|ется|ются|ятся|ится|ейді|айды)|есть|имеется|"
                            r"is|are|has|have|бар)(?![\w-])", re.I)
_PRESENT_STATE = Caseless(_PRESENT_STATE)  # loaders/caseless.py
_LIST_PERIOD_KINDS = frozenset({"year", "range", "month", "ytd", "last_year"})


def _closing_anchor(fig: Figure, rel: int, in_clause: list[Anchor], owners: dict[int, Figure],
                    low: str) -> Anchor | None:
    """The period that closes a list of figures told as one report: "helped more than 12,000 families, held over
    1,500 events and collected about 40 tons of aid in 2024" (the period right after the last figure, with no
    comma between them and no other period inside the list), for a figure of the list that names none."""
    if not is_past_report(low, fig.lang):
        return None
    before = [f for f in owners.values() if f.num_end <= rel]
    lead = low[max([f.num_end for f in before], default=0): rel]
    if _PRESENT_STATE.search(lead):
        return None  # "В стране работают 755 организаций и волонтеры провели 5 тысяч акций в 2024 году"
    for a in in_clause:
        owner = owners.get(id(a))
        if a.start <= rel or owner is None or owner is fig or a.kind not in _LIST_PERIOD_KINDS:
            continue
        if new_clause_between(low, fig.num_end or rel, a.start, fig.lang):
            return None  # "3,500 organizations operate …, and they held over 10,000 events in 2024": not theirs
        if _compared_value_s(a, rel, fig.num_end or rel, low):
            return None  # "134,000 cars produced versus 30,000 in 2018": the compared value's year
        if owner.num_start <= rel or _COMMA.search(low, owner.num_end, a.start) or \
                owner.unit in ("ratio", "percent") or COMPARISON_BASE.search(low, max(0, a.start - 30), a.start):
            return None  # (not the base of a comparison: "412,000, or about 8% more than in 2023")
        if any(rel < b.start < owner.num_start for b in in_clause):
            return None
        if _PART_OF_THE_WHOLE.search(low, fig.num_end or rel, owner.num_start):
            return None  # "over 8,000 volunteers …, including 1,500 who worked at EXPO-2017": the part's period
        return a
    return None


# The year of the data a sentence's figures come from: "according to them (2014)", "according to 2014 data", "(data of
# 2014)", "по данным 2014 года", "по данным за 2014 год", "2014 жылғы деректер бойынша": a survey's results told in
# the present ("51 percent don't do charity work; 40 percent do") are of that year in every clause after it.
_DATA_SOURCE_AROUND = re.compile(r"according\s+to|\bdata\b|\bsurvey|statistic|по\s+данным|согласно|данны[ем]|"
                                 r"опрос|деректер|мәліметтер|сауалнама|бойынша", re.I)


def data_year_anchor(here: list[Anchor], low: str, rel: int) -> Anchor | None:
    """The year of the data source stated in `low` before position `rel` (a figure's number; the end of a clause
    that goes on after ";"), with no other period between them."""
    before = [a for a in here if a.end <= rel]
    if not before or before[-1].kind != "year":
        return None
    a = before[-1]
    around = low[max(0, a.start - 40): min(len(low), a.end + 30, rel)]
    return a if _DATA_SOURCE_AROUND.search(around) else None


# Words that open a part of the figure before them: its period is the part's, not the whole's.
_PART_OF_THE_WHOLE = re.compile(r"\b(?:including|of\s+which|of\s+whom|among\s+them)\b|в\s+том\s+числе|"
                                r"(?<!\w)из\s+них(?!\w)|(?<!\w)(?:оның|соның)\s+ішінде(?!\w)", re.I)


def change_end_anchor(fig: Figure, anchor: Anchor | None, anchors: list[Anchor], rel: int,
                      published: dt.date | None) -> Anchor | None:
    """The period of one end of a change over a span of time ("in the last two years … increased from 224 to
    almost 700", "с 2020 по 2024 год выросло с 50 до 300 тысяч", "while the number of participants has grown from
    50,000 to 200,000" after such a span): the first value is of the span's first year, the second of its end
    (as of publication when the span runs to it). A change without such a span keeps its anchor."""
    span = anchor if anchor is not None and anchor.kind == "range" else None
    if span is None and anchor is None:
        earlier = [a for a in anchors if a.end <= rel and a.kind == "range"]
        span = earlier[-1] if earlier else None
    if span is None and anchor is not None and anchor.kind == "as_of" and published is not None:
        # "Presently, the coverage … has grown from 53.3% to 57.6% since 2014": the word of now is the change's end,
        # the span that runs to now (before or after the figures) its course
        to_now = [a for a in anchors if a.kind == "range" and a.period_end == published]
        span = to_now[0] if len(to_now) == 1 else None
    if span is None or span.period_start is None or span.period_end is None or \
            span.period_start.year == span.period_end.year:
        return anchor
    if fig.meta.get("change") == "from":
        start, end = year_span(span.period_start.year)
        return Anchor(span.start, span.end, "year", start, end)
    if published is not None and span.period_end == published:
        return Anchor(span.start, span.end, "as_of", published, published)
    start, end = year_span(span.period_end.year)
    return Anchor(span.start, span.end, "year", start, end)
_EARLIER_VALUE = re.compile(r"годом\s+(?:ранее|раньше)|год\s+назад|(?:one\s+|a\s+)?year\s+(?:earlier|ago|before)|"
                            r"бір\s+жыл\s+бұрын")


def is_comparison_base(low: str, anchor: Anchor) -> bool:
    """Is the period the base of a comparison ("8% more than in 2023", "по сравнению с 2023 годом", "против 8 360 за
    тот же период прошлого года", "годом ранее")?"""
    # (the months of the base before its year: "по сравнению с январем-октябрем 2012 года")
    return COMPARISON_BASE.search(low, max(0, anchor.start - 40), anchor.start) is not None or \
        _COMPARISON_BASE_AFTER.match(low, anchor.end) is not None or \
        SAME_PERIOD_BEFORE.search(low, max(0, anchor.start - 40), anchor.start) is not None or \
        _EARLIER_VALUE.match(low, anchor.start) is not None or \
        _COMPARISON_BASE_WITH_A_VERB.search(low, max(0, anchor.start - 50), anchor.start) is not None or \
        second_of_a_difference(low, anchor)


# The second of two times a difference runs between: "разрыв между нынешним и прошлогодним намолотом", "the gap between
# this year's and last year's harvest", "биылғы және былтырғы өнім арасындағы айырма": last year is the base.
_SECOND_OF_A_DIFFERENCE = re.compile(r"(?<!\w)(?:между\s+(?:нынешн|текущ|этого|этим)\w*\s+и|"
                                     r"between\s+this\s+year['’]s\s+and|биылғы\s+және)\s+$", re.I)


def same_months_after_its_base(low: str, here: list[Anchor], num_end: int | None,
                               published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The months a figure with no time of its own is of, when its sentence sets it against the same months of a year
    before ("Зарегистрировано 3130 рождений, на 2,1 процента меньше, чем в январе-марте 2012 года", "5% more than in
    January-September 2023"): those months a year later (Jan-Mar 2013), when they are over by the publication. Only a
    part of a year told after the figure is read: a whole year is the year before's ("than in 2023" says nothing of
    months), and a base told before the figure may be the figure's own ("в январе-марте 2012 года – 2057")."""
    if published is None or num_end is None:
        return None
    for a in here:
        if a.kind not in ("range", "month") or a.period_start is None or a.period_end is None or a.start < num_end:
            continue
        if a.period_start.year != a.period_end.year or ((a.period_start.month, a.period_start.day) == (1, 1) and \
                (a.period_end.month, a.period_end.day) == (12, 31)) or not is_comparison_base(low, a):
            continue
        try:
            start = a.period_start.replace(year=a.period_start.year + 1)
            end = a.period_end.replace(year=a.period_end.year + 1)
        except ValueError:  # (29 February)
            continue
        if end <= published:
            return start, end
    return None


def second_of_a_difference(low: str, anchor: Anchor) -> bool:
    return _SECOND_OF_A_DIFFERENCE.search(low, max(0, anchor.start - 40), anchor.start) is not None


# "Every year" that describes an event rather than the figure: "жыл сайын (дәстүрлі түрде) өткізілетін акцияға 150
# донор қатысты" (a participle in -атын/-етін follows), "в ежегодно проводимой акции", "в ежегодной акции", "в акции,
# которая проводится ежегодно", "the campaign held every year". A past deed in such a sentence happened once.
_KK_PARTICIPLE_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+(?:атын|етін|йтын|йтін|ытын|ітін|тын|тін)"
                                  r"(?![^\W\d_])")
_RU_ANNUAL_ADJECTIVE = re.compile(r"ежегодн(?:ая|ой|ую|ый|ого|ом|ым|ые|ых|ыми)$")
_RU_PARTICIPLE_AFTER = re.compile(r"\s+[^\W\d_]+(?:ем|ом|им|ущ|ющ|ащ|ящ)(?:ая|ой|ую|ый|ий|ого|его|ом|ем|ые|ие|ых|"
                                  r"их|ым|им|ыми|ими)(?![^\W\d_])")
_RELATIVE_BEFORE = re.compile(r"(?:котор\w+|which|that)\s+(?:[^\W\d_]+\s+){0,2}$")
_EN_PARTICIPLE_BEFORE = re.compile(r"(?:held|organi[sz]ed|conducted|hosted|staged|run)\s+$")


def annual_describes_an_event(low: str, anchor: Anchor) -> bool:
    """Is the "every year" at `anchor` an attribute of an event named in the sentence (see above), not the
    period of its figures?"""
    if anchor.kind != "annual":
        return False
    said = low[anchor.start: anchor.end]
    if _RU_ANNUAL_ADJECTIVE.search(said):
        return True
    if said == "жыл сайын":
        return _KK_PARTICIPLE_AFTER.match(low, anchor.end) is not None
    if said == "ежегодно" and _RU_PARTICIPLE_AFTER.match(low, anchor.end):
        return True
    before = low[max(0, anchor.start - 40): anchor.start]
    return _RELATIVE_BEFORE.search(before) is not None or _EN_PARTICIPLE_BEFORE.search(before) is not None


def without_event_years(low: str, anchors: list[Anchor], lang: str) -> list[Anchor]:
    """The sentence's periods less an "every year" that describes the event when the sentence reports a deed done
    once ("жыл сайын өткізілетін акцияға 150 донор қатысты", "в ежегодной акции приняли участие 150 доноров"), and
    less a year that dates a thing named after the figure (see _STARTED_IN), and less the horizon of a programme
    named beside a time of the sentence's own ("В 2024 году в рамках программы развития до 2030 года построено 5
    школ": 2024)."""
    if any(a.kind == "year" for a in anchors) and _MAY_BE_STARTED_IN(low):
        anchors = [a for a in anchors if not _dates_a_thing_named(low, a)]
    if len(anchors) > 1 and any(a.kind == "year" for a in anchors):
        horizons = [a for a in anchors if a.kind == "year" and is_horizon_year(low, a)]
        if horizons and len(horizons) < len(anchors):
            anchors = [a for a in anchors if a not in horizons]
    if not any(a.kind == "annual" for a in anchors) or not is_done_once(low, lang):
        return anchors
    return [a for a in anchors if not annual_describes_an_event(low, a)]


# A year inside a phrase that describes a thing by when it was begun, after the figure and the sentence's own verb:
# "allocated 28.2 billion tenge to complete the construction of a hospital complex initiated in 2021", "выделено 28,2
# млрд тенге на завершение строительства больничного комплекса, начатого в 2021 году". The year is the complex's, not
# the allocation's. (An English participle after a noun, not after "was/were/has been"; a Russian full participle, not
# a short one: "комплекс начат в 2021 году" states when.)
_BEGUN_EN = (r"initiated|launched|started|begun|founded|established|opened|built|constructed|created|erected|"
             r"commissioned")
_BEGUN_RU = r"начат|открыт|построен|основан|создан|запущен|возведен|введен"
_STARTED_IN = re.compile(r"(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )(?<!be )\b(?:" + _BEGUN_EN +
                         r")\s+(?:back\s+)?(?:in\s+)?$|(?:" + _BEGUN_RU + r")\w*(?:ого|ой|ых|ую|ом|ым|ые)"
                         r"\s+(?:еще\s+|ещё\s+)?(?:в\s+)?$")
_MAY_BE_STARTED_IN = re.compile(_BEGUN_EN + "|" + _BEGUN_RU).search


# The whole a part is counted out of: "из 358 населенных пунктов … 192", "192 of the region's 358 settlements", "358
# елді мекеннің 192-ін" (the whole's noun in the genitive, the part with a possessive ending).
_WHOLE_BEFORE = re.compile(r"(?:(?<!\w)из|\bout\s+of|\d\s+of(?:\s+the)?(?:\s+[\w’']+['’]s)?)\s+$", re.I)
_KK_WHOLE_THEN_PART = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+(?:ның|нің|дың|дің|тың|тің)\s+\d[\d\s]*-?"
                                 r"(?:[іы]н|[іы]|сы|сі|сын|сін|нан|нен|ынан|інен)\b")


def whole_of_a_part(low: str, fig: Figure, figures: list[Figure]) -> bool:
    """Is the figure the whole that another figure of the sentence is a part of (see above)?"""
    start, end = fig.num_start or 0, fig.num_end or 0
    if _KK_WHOLE_THEN_PART.match(low, end):
        return True
    return _WHOLE_BEFORE.search(low, max(0, start - 40), start) is not None and \
        any(f is not fig and f.unit == fig.unit for f in figures)


# When a thing was built or founded, told as such ("Мост был построен в 1965 году", "the bridge was built in 1965",
# "көпір 1965 жылы салынған"): the thing's history, not a time later sentences report in (the caller asks for a year
# some years back: "the factory was commissioned last October" is news).
_BUILT_IN = re.compile(r"\b(?:built|founded|constructed|erected|established)\s+(?:back\s+)?(?:in\s+)?$|"
                       r"(?<!\w)(?:построен|основан|возведен|сооружен)\w*\s+(?:еще\s+|ещё\s+)?(?:в\s+)?$", re.I)
_BUILT_IN_KK = re.compile(r"\s*(?:-?\s*жылы\s+)?(?:салынған|салынды|құрылған|құрылды|іргетасы\s+қаланған)", re.I)


def tells_when_a_thing_was_built(low: str, anchor: Anchor) -> bool:
    return _BUILT_IN.search(low, max(0, anchor.start - 40), anchor.start) is not None or \
        _BUILT_IN_KK.match(low, anchor.end) is not None


def _dates_a_thing_named(low: str, anchor: Anchor) -> bool:
    return _STARTED_IN.search(low, max(0, anchor.start - 40), anchor.start) is not None and \
        _DIGIT.search(low, 0, max(0, anchor.start - 40)) is not None


# Anchors a past report can take from its lead or an earlier sentence: a period that was, not "now" or "every year".
REPORTED_KINDS = frozenset({"year", "range", "month", "day", "ytd", "last_year"})


"""The article pass: every figure of one article. Reads the article's context, runs the sentence pass over each
sentence that may hold a number, gives a figure without a stated period one: a flow inherits the period of an
earlier clause or sentence of its paragraph, anything else is as of the publication date. Then a figure repeated
within the article (a headline and its body, "свыше 6 млрд" and "6,2 млрд") is marked a duplicate of the most
precise statement (figure.duplicate_of), not dropped."""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import cache

from loaders import classify
from loaders.caseless import Caseless
from loaders.extract.anchors import Anchor, count_word, find_anchors, year_anchor
from loaders.extract.antecedents import GENERIC_PERSONS
from loaders.extract.context import article_context
from loaders.extract.dating import BUDGET_FOR_A_YEAR
from loaders.extract.metric import clause_of, reclassify
from loaders.extract.numbers import may_hold_number
from loaders.extract.periods import (
    COMPARED,
    PART_OF_THEM,
    REPORTED_KINDS,
    REPORTS_UNTIL,
    bracketed_before,
    coming_event_span,
    coming_event_years,
    data_year_anchor,
    describes_a_setting,
    in_a_relative_clause_before,
    is_a_target_year,
    is_comparison_base,
    names_an_event,
    of_the_coming_event,
    reported_event_day,
    results_of_a_year,
    same_months_after_its_base,
    state_after_a_new_clause,
    tells_an_event_to_come,
    tells_when_a_thing_was_built,
    without_event_years,
)
from loaders.extract.sentence import extract_sentence
from loaders.extract.tense import (
    has_planned_word,
    is_done_once,
    is_past_plan,
    is_past_report,
    opens_with_a_deed_done,
    recent_day,
    tells_the_future,
    tells_the_past,
    without_reporting_today,
)
from loaders.figure import Figure
from loaders.lexicon import CURRENCY_UNITS
from loaders.numbers import parse_ru, word_number
from loaders.text import DateGuess, Sentence, normalize, sentence_language, unwrapped_url

# A verb of a state that holds now: "включает в себя", "составляет", "насчитывает", "includes", "comprises", "there
# are", "құрайды", "кіреді".
_STATE_OF_NOW = re.compile(r"(?<!\w)(?:включает|включают|составляет|составляют|насчитывает|насчитывается|имеется|"
                           r"includes|include|comprises|comprise|there\s+are|there\s+is|құрайды|кіреді|бар)(?!\w)")
# (English says it with a copula before the number: "The cost of the project is 46 bln tenge", "The fleet totals 941
# buses", "stands at 12%")
_PRESENT_COPULA_EN = re.compile(r"(?<!\w)(?:is|are|amounts?\s+to|totals?|stands?\s+at)\s+(?:(?:about|around|"
                                r"approximately|over|nearly|almost|some|more\s+than|less\s+than|kzt|usd)\s+)?[$₸]?\d")
# ("The cost of the equipment to be procured … is 18,285,500 tenge": a thing still to be done is a plan's)
_TO_BE_DONE = re.compile(r"\bto\s+be\s+[a-z]+(?:ed|en|t)\b")
# A sentence that opens "a year later" goes on from the time told before it, a year on: not of that time.
_A_YEAR_LATER = re.compile(r"^[\W\d_]*(?:спустя\s+(?:год|два\s+года)|(?:год|два\s+года)\s+спустя|через\s+год|"
                           r"(?:a|one|two)\s+years?\s+later|(?:бір|екі)\s+жылдан\s+(?:кейін|соң))(?![\w-])", re.I)
# "Since then": from the time named before to publication.
_SINCE_THEN = re.compile(r"(?:за это время|за этот период|за прошедшее время|с тех пор|с того времени|с этого времени|"
                         r"since then|during this time|during that time|in that time|in this time|since that time|"
                         r"осы уақыт ішінде|осы уақытта|содан бері|сол уақыттан бері|осы кезең ішінде|"
                         r"осы аралықта)")
# "At this time" right after a year is a time of that year, not "since then": "Өткен жылы осы уақытта 300 донор қан
# тапсырған" (this time last year), "2024 жылы осы кезеңде".
_AT_THIS_TIME_OF = re.compile(r"\s*(?:дәл\s+)?(?:осы|сол)\s+(?:уақытта|кезде|кезеңде|мезгілде|уақытқа дейін)")
# A paragraph that opens by pointing back at what the text said before ("«This became possible due to …", "These
# projects employed …", "As a result, …", "Это позволило …", "Благодаря этому …", "Бұл …", "Соның нәтижесінде …")
# goes on from the paragraph before: its figures take their period from there as from an earlier sentence of their
# own paragraph; so does one that adds to it ("Additionally, …", "Кроме того, …", "Сонымен қатар, …"). Not "This year /
# Этот раз / Бұл жолы / Осы күнге дейін …", which name a time of their own.
_WHEN = re.compile(r",\s*(?:when|когда|кезде)\b")
_POINTS_BACK = re.compile(
    r"^[\W\d_]*(?:(?:this|these|that|those|such)(?!\s+(?:year|month|week|spring|summer|autumn|fall|winter|time|"
    r"period|quarter)\b)|as a result|thanks to this|due to this|"
    r"(?:это|эти|этот|эта|такие|такой)(?!\s+(?:год|месяц|время|период|недел|раз)\w*)|благодаря этому|"
    r"в результате этого|в итоге|(?:бұл|осы)(?!\s+(?:жыл|ай|уақыт|кезең|апта|жол|күн|кез)\w*)|"
    r"соның нәтижесінде|нәтижесінде|"
    # an example of what was just said ("Мысалы, Қапшағай қаласында 1 600 отбасыға … берілді" after "өткен жыл
    # соңында … көмектесу", "Например, …", "For example, …")
    r"for example|for instance|например|к примеру|так,|мысалы|мәселен|"
    # a conclusion drawn from what was just said ("So, in the course of social support 7628 people have been employed"
    # after "In 2016, the Center … received 14 010 people", "Таким образом, …", "Осылайша, …")
    r"so,|thus,?|таким образом|итак|осылайша|сөйтіп|сонымен,|"
    # an addition to what was just said ("Additionally, Kazakhstan supplied 204,600 children …" after "… received
    # assistance during the previous year", "Кроме того, …", "Сонымен қатар, …")
    r"additionally|in addition|besides|moreover|furthermore|кроме того|помимо этого|помимо того|вдобавок|"
    r"сонымен қатар|сондай-ақ|бұған қоса|оған қоса|"
    # a breakdown of the statistic just given ("In the sectoral structure, the highest wages were recorded in …", "In
    # the regional context, …", "В разрезе регионов …", "Өңірлер бөлінісінде …")
    r"in the (?:sectoral|regional|industry) (?:structure|context|breakdown)|in the context of (?:regions|sectors)|"
    r"by regions?,|by sectors?,|в разрезе (?:регионов|отраслей|областей)|в (?:региональном|отраслевом) разрезе|"
    r"(?:өңірлер|аймақтар|салалар) бөлінісінде|өңірлік бөліністе)(?![\w-])", re.I)
_POINTS_BACK = Caseless(_POINTS_BACK)  # loaders/caseless.py


# A multiple of an average of the same time ("1.9 times higher than the national average", "в 1,6 раза выше
# среднереспубликанского", "республикалық орташадан 1,6 есе жоғары"): a level of that time, no change between two.
_AGAINST_AN_AVERAGE = re.compile(r"national average|country average|average (?:in|for|across) the country|"
                                 r"среднереспубликанск\w*|средне\w* по (?:стране|республике)|республикалық орташа|"
                                 r"орташа республикалық|ел бойынша орташа")


# A present perfect passive ("7628 people have been employed") in a sentence that draws on the one before ("So, …",
# "Thus, …", "In addition, …"): the report of that sentence's time goes on.
_PERFECT_PASSIVE_EN = re.compile(r"\b(?:have|has)\s+been\s+[a-z]+ed\b")


def points_back(low: str) -> bool:
    """Does a sentence open by pointing back at what was said before ("This became possible …", "Бұл …")?"""
    return _POINTS_BACK.match(low) is not None


# What something started with ("The initiative, which started with only 200 people, has so far drawn 1,500", "began
# with 50 volunteers", "Мы начинали с 30 волонтеров", "Алғашында 12 еріктімен бастадық"): the figure is of the time
# it started, not of publication.
_STARTED_WITH_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:start|started|starting|begin|began|begun|beginning)\s+(?:out\s+|off\s+)?with|"
    r"(?<![\w-])(?:начина\w*|начал[аио]?(?:сь)?|стартова\w*)\s+(?:всего\s+|лишь\s+|только\s+)?(?:с|со))"
    r"\s+(?:(?:only|just|a mere|some|about|around|roughly|всего|лишь|только|около|примерно)\s+)*$")
_KK_STARTED_WITH_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+(?:мен|бен|пен)\s+(?:[^\W\d_]+\s+)?"
                                    r"баста\w*")
# The kinds of a stated time that a start can have been at (not "now", not "every year").
_START_KINDS = frozenset({"year", "month", "day", "range", "since", "last_year"})


def started_with(low: str, fig: Figure) -> bool:
    """Is the figure what something started with ("started with only 200 people", "начинали с 30 волонтеров",
    "12 еріктімен бастадық")?"""
    start = fig.num_start or 0
    if _STARTED_WITH_BEFORE.search(low[max(0, start - 60): start]):
        return True
    return _KK_STARTED_WITH_AFTER.match(low, fig.num_end or start) is not None


def start_anchor(earlier_texts: list[str], published: dt.date | None) -> Anchor | None:
    """The time a start told without a time of its own was at: the earliest past time the text stated before it
    ("In April 2020, UNICEF launched … The initiative, which started with only 200 people, …": April 2020); a span
    gives its first year."""
    times = [a for low_text in earlier_texts for a in find_anchors(low_text, published)
             if a.kind in _START_KINDS and a.period_start is not None
             and (published is None or a.period_start <= published)]
    if not times:
        return None
    first = min(times, key=lambda a: a.period_start)  # type: ignore[arg-type, return-value]
    if first.kind in ("range", "since"):
        return year_anchor(first.period_start.year)  # type: ignore[union-attr]
    return first


# A span of N years pointed back at ("during the three years", "over these five years", "за эти три года", "за три
# года", "осы үш жылда", "үш жыл ішінде"): the span of that many years the text named before ("in 2021-2023, 10.3
# million trees were planted … during the three years, … on more than 500 thousand ha"), not publication.
_YEARS_POINTED_BACK = re.compile(
    r"(?:(?<![\w-])(?:during|over|in|for|within)\s+(?:the|these|those)\s+(?P<en>\w+)\s+years?(?![\w-])|"
    r"(?<![\w-])за\s+(?:эти|этих|указанные|данные)?\s*(?P<ru>\w+)\s+(?:года|лет)(?![\w-])|"
    r"(?<![\w-])(?:осы|аталған)\s+(?P<kk>\w+)\s+жыл(?:да|\s+ішінде|ы\s+ішінде)(?![\w-]))", re.I)
_YEARS_POINTED_BACK = Caseless(_YEARS_POINTED_BACK)  # loaders/caseless.py
_SPAN_LOOKBACK = 6  # sentences


def span_pointed_back(low: str, fig: Figure, earlier_texts: list[str], published: dt.date | None) -> Anchor | None:
    """The span of years named before that "during the three years" before the figure points back at, or None."""
    matches = list(_YEARS_POINTED_BACK.finditer(low, 0, fig.num_start or 0))
    if not matches:
        return None
    m = matches[-1]  # the nearest one before the figure
    anchor = fig.meta.get("anchor")
    if fig.period_basis == "explicit" and not (anchor is not None and m.start() <= anchor.start < m.end()):
        return None  # a time of the figure's own, not the words pointing back ("осы үш жыл ішінде" is read as one)
    n = count_word(m.group("en") or m.group("ru") or m.group("kk"))
    if not n or n < 2:
        return None
    for low_text in reversed(earlier_texts[-_SPAN_LOOKBACK:]):
        for a in reversed(find_anchors(low_text, published)):
            if a.kind == "range" and a.period_start and a.period_end and \
                    a.period_end.year - a.period_start.year + 1 == n and a.period_start.month == 1:
                return a
    return None


# The year pointed back at without a number ("Подведены итоги работы штаба за 2024 год. В течение года волонтеры
# выполнили 7 850 заявок", "за отчетный год", "в течение всего года", "бір жыл ішінде", "жыл бойы"): the one year the
# text named just before, not publication. So does "that (same) year" ("Өткен жылы көлді жалға алды. Сол жылы көлге 30
# мың шабақ жіберді", "В том же году …", "That same year, …").
_YEAR_POINTED_BACK = re.compile(
    r"(?<![\w-])(?:(?:в\s+течение|на\s+протяжении)\s+(?:всего\s+|этого\s+|отч[её]тного\s+|того\s+же\s+)?года|"
    r"за\s+отч[её]тный\s+(?:год|период)|в\s+отч[её]тном\s+году|за\s+год|жыл\s+бойы|бір\s+жыл\s+ішінде|"
    r"жыл\s+ішінде|сол\s+жылы|в\s+том\s+же\s+году|в\s+тот\s+же\s+год|тем\s+же\s+годом|"
    r"(?:in\s+)?(?:that|the)\s+same\s+year|^[\W\d_]*that\s+year\b)(?![\w-])", re.I)
_YEAR_POINTED_BACK = Caseless(_YEAR_POINTED_BACK)  # loaders/caseless.py
_YEAR_LOOKBACK = 3  # sentences


def year_pointed_back(low: str, fig: Figure, earlier_texts: list[str], published: dt.date | None) -> Anchor | None:
    """The year named in the sentences just before that "в течение года / за год" before the figure points back at:
    the last time named there, when it is one past year; else None."""
    if _YEAR_POINTED_BACK.search(low, 0, fig.num_start or 0) is None:
        return None
    for low_text in reversed(earlier_texts[-_YEAR_LOOKBACK:]):
        found = [a for a in find_anchors(low_text, published) if a.period_start is not None]
        if not found:
            continue
        last = found[-1]
        if last.kind == "year" and (published is None or last.period_end < published):
            return last
        return None
    return None


# The period pointed back at as such ("В 2018 году … зарегистрировано 3605 браков. За этот же период распалось 2107
# семей", "Over the same period, …", "Осы кезеңде …"): the last past time the sentences just before named, of any
# kind (a year, a half, months), across a new line too; not the base of a comparison ("за тот же период прошлого
# года", "the same period of 2019", "compared with the same period").
_PERIOD_POINTED_BACK = re.compile(
    r"(?<![\w-])(?:(?:за|в)\s+(?:этот|тот|данный|указанный)(?:\s+же)?\s+период|"
    r"(?:over|during|in|for)\s+(?:the\s+same|this|that|the\s+said)\s+period|"
    r"(?:осы|сол|аталған|көрсетілген)\s+кезе(?:ңде|ң\s+ішінде)|"
    # "at that same time": "В 2024 году … направлено 4,5 млрд тенге. Тогда же была разработана ПСД по двум объектам",
    # "Сол кезде 2 нысанның жобасы әзірленді", "At that time, two projects were designed"
    r"тогда\s+же|сол\s+кезде|сол\s+уақытта|at\s+that\s+(?:same\s+)?time)(?![\w-])"
    r"(?!\s+(?:прошлого|предыдущего|минувшего|позапрошлого|\d|of\b|in\s+(?:\d|last|the\s+previous)|"
    r"last\b|a\s+year\b))", re.I)
_PERIOD_POINTED_BACK = Caseless(_PERIOD_POINTED_BACK)  # loaders/caseless.py
_COMPARED_WITH_BEFORE = re.compile(r"(?:сравнению\s+с|сравнении\s+с|против|compared\s+(?:to|with)|than|against)\s*$")


def period_pointed_back(low: str, fig: Figure, earlier_texts: list[str], published: dt.date | None) -> Anchor | None:
    """The time named in the sentences just before that "за этот же период / over the same period / осы кезеңде"
    before the figure points back at: their last time when it is past; else None."""
    m = _PERIOD_POINTED_BACK.search(low, 0, fig.num_start or 0)
    if m is None or _COMPARED_WITH_BEFORE.search(low, max(0, m.start() - 20), m.start()):
        return None
    last = _last_time_told_before(earlier_texts, published)
    if last is not None and last.kind in REPORTED_KINDS and last.period_end is not None and \
            (published is None or last.period_end <= published):
        return last
    return None


def _last_time_told_before(earlier_texts: list[str], published: dt.date | None) -> Anchor | None:
    """The last time the nearest of the sentences just before that names one told, not counting the base of a
    comparison ("… more than in the same period of 2017")."""
    for low_text in reversed(earlier_texts[-_YEAR_LOOKBACK:]):
        found = [a for a in find_anchors(low_text, published) if a.period_start is not None
                 and not is_comparison_base(low_text, a)]
        if found:
            return found[-1]
    return None


# The year after the one told just before, pointed at from a sentence of its own ("Рост активизировался в 2019 году.
# В тот год отремонтировали семь улиц. В следующем обновили уже 16", "The following year, 16 were renewed", "Келесі
# жылы 16 көше жөнделді", "Годом позже …"): that year plus one. "Next year" words say so only in a report of the past
# ("в следующем году обновили"); in a plan they are the year after publication ("в следующем году обновят").
_YEAR_AFTER_POINTED_BACK = re.compile(
    r"(?<![\w-])(?:(?P<next>в\s+следующем(?:\s+году)?|на\s+следующий\s+год|келесі\s+жылы|"
    r"(?:the\s+)?next\s+year)|годом\s+(?:позже|позднее)|год\s+спустя|спустя\s+год|"
    r"(?:one\s+|a\s+)?year\s+later|the\s+following\s+year|бір\s+жылдан\s+кейін)(?![\w-])", re.I)
_YEAR_AFTER_POINTED_BACK = Caseless(_YEAR_AFTER_POINTED_BACK)  # loaders/caseless.py


def year_after_pointed_back(low: str, fig: Figure, earlier_texts: list[str],
                            published: dt.date | None) -> Anchor | None:
    """The year after the one the sentences just before named, that "в следующем (году) / the following year /
    келесі жылы" before the figure points at (with no year of its own before it in the sentence); else None."""
    m = _YEAR_AFTER_POINTED_BACK.search(low, 0, fig.num_start or 0)
    if m is None:
        return None
    anchor = fig.meta.get("anchor")
    if fig.period_basis == "explicit" and not (anchor is not None and m.start() <= anchor.start < m.end()):
        return None  # a time of the figure's own
    if any(a.kind == "year" for a in find_anchors(low[:m.start()], published)):
        return None  # "в 2019 году …, годом позже …": the sentence's own year is read with it
    if m.group("next") and not tells_the_past(low, fig.lang):
        return None  # "в следующем году обновят": the year after publication
    last = _last_time_told_before(earlier_texts, published)
    if last is None or last.kind != "year" or last.period_start is None:
        return None
    year = last.period_start.year + 1
    if published is not None and year >= published.year:
        return None  # (this year: "За 2020 год … Спустя год этот показатель достиг 96" is a level reached by now)
    return year_anchor(year)


_DAY_KINDS = frozenset({"day"})


# A line that is only a page's time stamp: a day, its clock time, maybe a count of views ("30 January 2024, 15:39
# 1357", "19.08.2022 14:17", "15 января 2024, 10:05").
_PAGE_TIMESTAMP = re.compile(r"[\w\s.,/-]{0,30}?\d{1,2}[:.]\d{2}(?:\s*[|·•,]?\s*\d[\d\s]{0,8})?")


def _tells_the_days_of(first_texts: list[str], published: dt.date) -> bool:
    """Does the opening of the text name a day in the week before publication ("Актобе. 18 января. Волонтеры
    собрали …", "17 января в городе прошла акция")? Then it reports those days, and what it reports without a time
    of its own is of them, not of the year before (in an article of the first weeks of a year)."""
    for low_text in first_texts:
        if _PAGE_TIMESTAMP.fullmatch(low_text.strip()):
            continue  # "30 January 2024, 15:39 1357": the page's own time stamp (and views), no day reported
        # (not the day a report was given on, closing its sentence: "…, reported the Prosecutor General's Office on
        # Jan. 10" tells last year's results, see tense.without_reporting_today)
        for a in without_reporting_today(low_text, find_anchors(low_text, published)):
            if a.kind in _DAY_KINDS and a.period_start is not None and \
                    0 <= (published - a.period_start).days <= 7:
                return True
    return False


# How many sentences back a past report looks for its time (through sentences that tell the story on without a
# number or a time of their own).
_REPORT_REACH = 2
# Periods that open the per-year metrics to a figure that inherits them.
YEARLY_KINDS = frozenset({"annual", "year", "ytd"})


def _a_target_before(before: list[str], a: Anchor) -> bool:
    """Is the anchor, taken from the last sentence before, a year to reach (see periods.is_a_target_year)?"""
    return bool(before) and a.end <= len(before[-1]) and is_a_target_year(before[-1], a)


def _budget_to_come(lead: list[Sentence], published: dt.date | None) -> Anchor | None:
    """The one year to come whose budget the lead announces, as an anchor of that year."""
    if published is None:
        return None
    years = {int(next(g for g in m.groups() if g)) for s in lead
             for m in BUDGET_FOR_A_YEAR.finditer(normalize(s.text))}
    years = {y for y in years if y > published.year}
    return year_anchor(years.pop()) if len(years) == 1 else None


# A title that sets a deadline for what will be done ("2025 жылға дейін Екібастұз қаласында 2 мәдениет үйі салынады",
# "До 2025 года в Экибастузе построят …", "… to be built by 2025"): the plans the body tells without a time of their
# own are of it.
_TITLE_DEADLINE = re.compile(r"((?:19|20)\d{2})\s*(?:-?\s*жыл(?:ға|дың\s+соңына)\s+дейін)|"
                             r"(?<!\w)(?:до|к)\s+(?:концу\s+)?((?:19|20)\d{2})\s*год|"
                             r"\bby\s+(?:the\s+end\s+of\s+)?((?:19|20)\d{2})\b", re.I)


def _title_target(head: list[Sentence], published: dt.date | None) -> Anchor | None:
    """The one deadline year a title of the future sets (see above), in a text with no date of its own (a dated text
    tells its plans as of its day: "2025 жылға дейін 21 мектеп салынады" over "Mektepter paıdalanýǵa berilgennen keıin
    oblysta 15 úsh aýysymdy mektepte" of May 2023, unless its title names the one year after publication the plans
    are for)."""
    if published is not None:
        # a dated text's title naming one year after publication ("Aktobe region to commission over 1 mln sq m of
        # housing in 2026", published in November 2025): the plans the body tells are of it
        later = {a.period_start.year for low in (normalize(sent.text).lower() for sent in head)
                 for a in find_anchors(low, published)
                 if a.kind == "year" and a.period_start is not None and a.period_start.year > published.year
                 and not is_a_target_year(low, a)}  # (not "2025 жылға дейін", a deadline)
        return year_anchor(later.pop()) if len(later) == 1 else None
    years = set()
    for sent in head:
        low = normalize(sent.text).lower()
        if not tells_the_future(low) and not has_planned_word(low):
            continue
        years |= {int(next(g for g in m.groups() if g)) for m in _TITLE_DEADLINE.finditer(low)}
    return year_anchor(years.pop()) if len(years) == 1 else None


# What is to come "soon" is of the near future as of the text's day, not of a plan's year told elsewhere ("Three more
# kindergartens … will be soon commissioned" under "Two schools will be commissioned next year").
_SOON = re.compile(r"\bsoon\b|\bshortly\b|\bin\s+the\s+near\s+future\b|(?<!\w)(?:вскоре|скоро|в\s+ближайшее\s+время|"
                   r"в\s+скором\s+времени|жақында|таяу\s+арада|жуырда)(?!\w)", re.I)


def _slug_sentence(url: str) -> Sentence:
    """The words of a URL's last path segment as a headline ("aktobe-region-to-commission-over-1-mln-sq-m-of-housing-
    in-2026-cb2064" → "aktobe region to commission over 1 mln sq m of housing in 2026 cb2064")."""
    path = unwrapped_url(url).split("?")[0].split("#")[0].rstrip("/")
    slug = re.sub(r"\.(?:html?|php|aspx?)$", "", path.rsplit("/", 1)[-1], flags=re.I)
    words = re.sub(r"[-_]+", " ", slug)
    return Sentence(0, len(words), words, 0, True)


# How long after a year's end a report of its results comes out (the reports of a year appear in its first quarter).
_RESULTS_REPORTED_WITHIN = 92


def _title_year(title: str | None, published: dt.date | None) -> Anchor | None:
    """The one past year a title names for what it reports ("Kazakhstan Raises and Sends $7.5 Million in
    Humanitarian Aid in 2021", "2023 жылы 500 отбасыға көмек берілді"), None without exactly one, with a plan's or a
    coming year, or without a publication date to tell the past by."""
    if not title or published is None or len(title.split()) > 16 or title.rstrip().endswith((".", "!", "?", "…")):
        return None  # a headline, not a first sentence taken for the title
    low = normalize(title).lower()
    if has_planned_word(low):
        return None
    years = [a for a in find_anchors(low, published) if a.kind == "year" and a.period_end is not None
             and a.period_end < published and re.search(r"(?:19|20)\d\d", low[a.start:a.end])]
    if not years:
        # a year set off at the title's end: "4,870 orphans adopted in Kazakhstan, 2008", "Итоги года – 2008"
        tail = _YEAR_CLOSING_A_TITLE.search(low)
        if tail and dt.date(int(tail[1]), 12, 31) < published:
            start, end = tail.start(1), tail.end(1)
            years = [Anchor(start, end, "year", dt.date(int(tail[1]), 1, 1), dt.date(int(tail[1]), 12, 31))]
    return years[0] if len(years) == 1 and len({a.period_start for a in years}) == 1 else None


_NAMES_THE_WAR = re.compile(r"(?i:world\s+war\s+ii|second\s+world\s+war|great\s+patriotic\s+war|wwii|"
                            r"великой\s+отечественной|великая\s+отечественная|второй\s+мировой|вов\b|"
                            r"ұлы\s+отан\s+соғыс|екінші\s+дүниежүзілік)")
# (what was done in the war: taking part, fighting, going to the front, its highest awards; not a category of people
# today, "the spouses of those killed in the war", "участникам войны")
_OF_THE_WAR = re.compile(r"(?i:\b(?:participated|fought|took\s+part|served)\s+in\s+the\s+war\b|"
                         r"\bwent\s+to\s+the\s+front\b|"
                         r"(?:honou?red|awarded)\s+(?:as|with|the)\s+(?:title\s+of\s+)?heroes?\s+of\s+the\s+soviet|"
                         r"became\s+heroes\b|awarded\s+the\s+order\s+of\s+glory|"
                         r"\b(?:ушли|ушел|ушёл|отправились)\s+на\s+фронт|\bучаствовал\w*\s+в\s+войне|"
                         r"удостоен\w*\s+звания\s+героя\s+советского|награжден\w*\s+орден\w*\s+славы|"
                         r"соғысқа\s+қатысқан|майданға\s+аттан|кеңес\s+одағының\s+батыры\s+атағы)")
_WAR_YEARS = Anchor(0, 0, "range", dt.date(1941, 1, 1), dt.date(1945, 12, 31))
_YEAR_CLOSING_A_TITLE = re.compile(r"[^\d\s]\s*[,–—:]\s*((?:19|20)\d{2})\s*$")


def extract_article(text: str, published: dt.date | DateGuess | None, lang_hint: str | None = None,
                    prepared: tuple[str | None, list[Sentence]] | None = None, url: str | None = None) -> list[Figure]:
    """All figures of one article, duplicates marked (figure.duplicate_of) rather than dropped.

    `published` is the publication day, or a DateGuess with its precision (a month from a URL, an implied
    year); `prepared` is (title, sentences) when the caller has already cleaned and split the text."""
    context = article_context(text, published, lang_hint, prepared)
    sents, flags, article_lang = context.sentences, context.flags, context.lang
    published = context.published  # the last day the publication may fall on
    as_of = context.as_of()
    figures: list[Figure] = []
    # Period expressions of earlier sentences are needed only when a flow figure inherits one, so they are
    # computed lazily (most sentences hold no figure at all).
    earlier: dict[int, list[str]] = {}  # paragraph -> lower-cased sentences before the current one
    coming: set[int] = set()  # the years of the coming events named so far ("EXPO-2017" in 2016)
    # the paragraph whose last sentence named a coming event with its year ("… will take part in the international
    # exhibition EXPO-2017. The region will send 100 volunteers"): the next sentence goes on about the event
    coming_paragraph: int | None = None
    # the days or the month of a coming event the text states ("… will be held in Astana from September 8-14"), and
    # the paragraph that goes on about it: what will be done at it is of those days (coming_event_span)
    coming_span: Anchor | None = None
    coming_span_paragraph: int | None = None
    # the day of a past event the text reports and the word it names it by ("On the 20th April high school students
    # conducted their first charity concert …"): a later report in the past that names it again ("The concert was
    # visited by approximately 300 people") is of that day (reported_event_day)
    event_day: tuple[Anchor, str] | None = None
    results_year: Anchor | None = None  # "spoke about the results of work for 2021": what follows is of 2021
    lead_results: Anchor | None = None  # the results year the first sentences of the body give (for the headline)
    # "… in Humanitarian Aid in 2021": the year a title reports (a headline of the page, not its first sentence)
    title_year = _title_year(context.title, published) if sents and sents[0].is_headline else None
    # a title that reports a year just closed ("Туркестанские хлопкоробы в 2018г. сократили площади на 2%", published
    # 16.02.2019): the year's results, which the body's statistics without a time of their own are of, as after "по
    # итогам 2018 года" ("Основной объем 94,2% или 323,6 тыс. тонн хлопка-сырца приходится крестьянским хозяйствам")
    title_results = title_year if title_year is not None and title_year.period_end is not None and \
        published is not None and (published - title_year.period_end).days <= _RESULTS_REPORTED_WITHIN and \
        context.title is not None and is_past_report(normalize(context.title).lower(), article_lang) else None
    # a text about the Second World War (it names it): a past report of "the war", its fronts and its awards is of
    # 1941–1945 ("Overall, every second Kazakh participated in the war", "nearly 500 people were honored as Heroes of
    # the Soviet Union")
    @cache
    def names_the_war() -> bool:  # read once, and only when a sentence tells of the war (below)
        return any(_NAMES_THE_WAR.search(s.text) for s in sents)

    def periods_of(low_text: str) -> list[Anchor]:
        """own_periods of an earlier sentence, against this article's date."""
        return own_periods(low_text, published)

    def plan_year_before(paragraph: int) -> Anchor | None:
        """The one year still to come that the sentence right before, in the same paragraph, tells a plan for."""
        before = earlier.get(paragraph, [])
        if not before or published is None or not (has_planned_word(before[-1]) or tells_the_future(before[-1])):
            return None
        # (not a target to reach by a year: "the master plan predicts the population will hit 350,000 by 2035")
        ahead = [a for a in periods_of(before[-1]) if a.kind == "year" and a.period_start is not None
                 and a.period_start > published and not is_a_target_year(before[-1], a)]
        return ahead[0] if len(ahead) == 1 else None

    def base_to_now(low_text: str, fig: Figure) -> Anchor | None:
        """"По сравнению с соответствующим кварталом 2022 года наибольший рост … – 29%. В образовании рост …
        составил 18%": a rise told on against the base of the sentence before runs from the base to now."""
        if fig.unit != "percent" or published is None:
            return None
        bases = [a for a in find_anchors(low_text, published) if is_comparison_base(low_text, a)
                 and a.period_start is not None and a.period_start < published]
        return Anchor(0, 0, "range", bases[-1].period_start, published) if bases else None

    def inherited_anchor(paragraph: int, low: str, fig: Figure) -> Anchor | None:
        told = earlier_found.get(paragraph, [])
        for back, low_text in enumerate(reversed(earlier.get(paragraph, []))):
            found_anchors = periods_of(low_text)
            if not found_anchors and back == 0 and (since := base_to_now(low_text, fig)) is not None:
                return since
            if found_anchors:
                if found_anchors[-1].kind == "annual" and is_done_once(low, fig.lang):
                    # "Ежегодно … сдают кровь 200 тысяч человек. Во время акции собрано 45 литров": what was done
                    # once does not happen every year
                    return None
                its_figures = told[-1 - back] if back < len(told) else []
                if found_anchors[-1].kind == "annual" and its_figures and fig.unit in CURRENCY_UNITS and \
                        all(f.unit not in CURRENCY_UNITS for f in its_figures):
                    # "… рассчитанного на выращивание до 6 млн саженцев ежегодно. Общая стоимость строительства
                    # оценивается в 3,5 млрд тенге": a yearly output does not make a sum of money yearly (a yearly
                    # count goes on in the next sentence: "жыл сайын 220 мың адам қан тапсырады. 285 мыңға жуық
                    # донация жасалады")
                    return None
                thread = _thread_of(low_text, found_anchors, published)
                # (not the year a thing was built: "Мост был построен в 1965 году … Стоимость проекта 2,3 млрд")
                return None if _history(low_text, thread, published) else thread
        return None

    def base_of_a_change(paragraph: int, inherited: Anchor | None) -> Anchor | None:
        """The base the sentence before set its time against, in brackets or after "compared with" ("1062 адам зардап
        шекті (2020 жылдың 9 айында – 1023 адам)"), when every base is of a time before its main one and the time the
        figure would take otherwise is that main one (or now)."""
        # (the nearest sentence before that names a time, over sentences that name none: a list of changes goes on
        # with the next one, "Қаза табу жағдайларының саны Ақтөбе (11-ден 19 адамға дейін) … артты")
        before = earlier.get(paragraph) or earlier_all
        low_text, anchors = "", []
        for low_text in reversed(before[-3:]):
            anchors = [a for a in find_anchors(low_text, published) if a.period_start is not None
                       and a.period_end is not None]
            if anchors:
                break
        bases = [a for a in anchors if bracketed_before(low_text, a, len(low_text)) or is_comparison_base(low_text, a)]
        mains = [a for a in anchors if a not in bases]
        if not bases or not mains or any(b.period_end >= mains[-1].period_start for b in bases):
            return None
        main = mains[-1]
        if inherited is not None and inherited.kind != "as_of" and inherited.period_start != main.period_start:
            return None
        return bases[-1]

    def _data_year_before_semicolon(before: list[str], here: list[Anchor]) -> Anchor | None:
        """The data year of the clause before ";" (a piece the sentence split cut off) for a clause that states no
        period of its own: "according to them (2014) 51 percent don't …; 40 percent do …"."""
        if here or not before or not before[-1].rstrip().endswith(";"):
            return None
        prev = before[-1].rstrip()
        return data_year_anchor(periods_of(prev), prev, len(prev))

    def past(anchor: Anchor) -> bool:
        return anchor.kind in REPORTED_KINDS and anchor.period_end is not None and (
            published is None or anchor.period_end <= published)


    def reported_anchor(fig: Figure, here: list[Anchor], low: str, paragraph: int) -> Anchor | None:
        """The period a past report takes ("8,7 тысячи человек сдали свою кровь" after "В прошлом году было сдано
        4118 литров"): of an earlier clause of its sentence, else of the sentence before it in its paragraph; in an
        article of the first weeks of a year (to REPORTS_UNTIL) that states none, the year before (what a project
        did last year)."""
        if not here and _A_YEAR_LATER.match(low):
            return None  # "За 2020 год … с 24 до 37. Спустя год этот показатель достиг 96": a year on, not 2020
        if not here and _TO_DATE.search(low):
            return None  # "Өткен жылы … жиналды. Әзірге 1,8 миллион тонна экспортталды": done to date, no past report
        # (not the base of a comparison, "was doubled compared with 2017 and amounted to 14 thousand people", unless
        # the figure is the base's own value: "compared to the first half of 2011, when 92 victims were identified")
        before = [a for a in here if a.end <= (fig.num_start or 0) and past(a) and (
            not is_comparison_base(low, a) or _WHEN.search(low, a.end, fig.num_start or 0))
            and not in_a_relative_clause_before(low, a, fig.num_start or 0)
            and not state_after_a_new_clause(fig, a, low)
            and not _START_VALUES_TIME.search(low, max(0, a.start - 30), a.start)]
        if before:
            return None if COMPARED.search(low, before[-1].end, fig.num_start or 0) else before[-1]
        if fig.unit == "ratio" and not _AGAINST_AN_AVERAGE.search(low):
            return None  # "почти в четыре раза увеличилось": a change between two times, not a report of one
        if earlier_all and _FOR_THIS_PURPOSE.search(low):
            # "… and plans to commission 781.1 km more roads in 2018.\n\nThe region allocated 27.2 billion tenge for
            # this purpose": the money is of the purpose's time, the last the sentence before named (a new line too)
            purpose = periods_of(earlier_all[-1])
            if purpose and purpose[-1].kind in REPORTED_KINDS:
                return purpose[-1]
        # the sentence before, which the report goes on from; through it to the one before when it only tells the
        # story on, in the past and without a number ("Во время январских событий потребность … возросла. Восполнить
        # дефицит помогли добровольцы. Около 150-ти доноров … приходили": of January)
        for back, low_text in enumerate(reversed(earlier.get(paragraph, [])[-_REPORT_REACH:])):
            found_anchors = periods_of(low_text)
            if not found_anchors and back == 0 and (since := base_to_now(low_text, fig)) is not None:
                return since
            if found_anchors:  # the latest time it spoke of: a past one is reported, "сегодня" is not
                if _only_bases(low_text, find_anchors(low_text, published)) and \
                        not _FROM_VALUE.search(low, max(0, (fig.num_start or 0) - 12), fig.num_start or 0):
                    return None  # "по сравнению с аналогичным периодом прошлого года … сократилось на 4,8%, то есть в
                    # 2017 году их было 313. На территории области погибло 94": the base's year, told again; the
                    # report itself is of now (but what a change started from is of the base's time)
                thread = _thread_of(low_text, found_anchors, published)
                return thread if past(thread) and not _history(low_text, thread, published) else None
            # it names no time, but its figures took one from the text before it ("in 2022, … 43 initiatives.
            # «This became possible due to a 40 per cent increase … 624 people were employed …»"): the report goes on
            # (through a sentence that only tells the story on: "… distributed 12 wheelchairs [of early November
            # 2018]. At a local school, volunteers restored ceilings. A second group … to 25 families")
            told = earlier_found.get(paragraph, [])
            dated = [f for f in told[-1 - back] if f.period_basis == "inherited" and f.period_kind in REPORTED_KINDS
                     and f.period_end is not None and (published is None or f.period_end <= published)] \
                if back < len(told) else []
            if dated:
                last = dated[-1]
                return Anchor(0, 0, last.period_kind or "year", last.period_start, last.period_end)
            # (a number that made no figure, "үш ай мерзімде" (within three months), does not stop the story)
            if (may_hold_number(low_text) and (back >= len(told) or told[-1 - back])) or \
                    not tells_the_past(low_text, fig.lang):
                break
        return year_before_a_january_report()

    def year_before_a_january_report() -> Anchor | None:
        """In an article of the first weeks of a year (to REPORTS_UNTIL) whose opening names no day of the week
        before, a report without a time of its own is of the year before (what a project did last year)."""
        pub = context.date.date if context.date else None
        if pub is not None and context.date is not None and context.date.precision == "day" and \
                pub <= dt.date(pub.year, *REPORTS_UNTIL) and not _tells_the_days_of(earlier_all[:3], pub):
            start, end = dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31)
            return Anchor(0, 0, "year", start, end)
        return None

    def past_plan_anchor(fig: Figure, here: list[Anchor]) -> Anchor | None:
        """The time a plan told in the past tense was made for: "2024 жылы 30 грант қарастырылды. Әрқайсысына 3 млн
        теңге бөлу жоспарланған еді" (the plan of 2024, not a target from publication on): a past period earlier in
        its sentence, else the latest of the sentence before (a new line of the page goes on from it too)."""
        before = [a for a in here if a.end <= (fig.num_start or 0) and past(a)]
        if before:
            return before[-1]
        for low_text in earlier_all[-1:]:
            found_anchors = periods_of(low_text)
            if found_anchors and past(found_anchors[-1]):
                return found_anchors[-1]
        return None

    def since_then_anchor(paragraph: int, low: str, fig: Figure) -> Anchor | None:
        """"Грант учреждён в 2021 году. За это время 90 человек получили гранты": "since then / за это время / с
        тех пор / осы уақыт ішінде / содан бері" runs from the time the text named before (in the sentence, else
        in the sentences before it) to publication."""
        here_before = [a for a in find_anchors(low, published) if a.end <= (fig.num_start or 0)]
        found_anchors = here_before
        if not found_anchors:
            for low_text in reversed(earlier_all[-3:]):
                found_anchors = find_anchors(low_text, published)
                if found_anchors:
                    break
        if not found_anchors:
            return None
        start = found_anchors[-1].period_start
        if start is None or published is None or start >= published:
            return None
        return Anchor(0, 0, "range", start, published)

    earlier_all: list[str] = []  # every sentence before the current one, lower-cased
    prev: Sentence | None = None
    prev_found: list[Figure] = []
    found_before: list[Figure] = []  # the last sentence's figures that had any, and how many numberless sentences since
    numberless_between = 0
    earlier_found: dict[int, list[list[Figure]]] = {}  # the figures of each sentence in `earlier`, in step with it
    # the paragraph whose sentences a sentence takes periods from: its own, or the one before when it opens by
    # pointing back ("«This became possible due to a 40 per cent increase …" after "in 2022, … 43 initiatives")
    continues: dict[int, int] = {}
    first_body = next((i for i, s in enumerate(sents) if not s.is_headline), len(sents))
    # the budget of a year to come that the title or the lead announces ("Almaty city's budget for 2020 will comprise
    # 738bn tenge" / "280bn tenge of this amount … will be spent on social needs"): what the text then tells in the
    # future is of that year
    budget_year = _budget_to_come(sents[:first_body + 3], published)
    # (a page copied without its title has it in its URL's words: "…/aktobe-region-to-commission-over-1-mln-sq-m-of-
    # housing-in-2026-cb2064")
    title_target = _title_target(sents[:first_body], published) or (
        _title_target([_slug_sentence(url)], published) if first_body == 0 and url else None)
    for idx, sent in enumerate(sents):
        low = normalize(sent.text).lower()
        if sent.paragraph not in continues:
            continues[sent.paragraph] = sent.paragraph
            if prev is not None and prev.paragraph != sent.paragraph and points_back(low):
                continues[sent.paragraph] = continues[prev.paragraph]
        paragraph = continues[sent.paragraph]
        found: list[Figure] = []
        here: list[Anchor] = []
        named_coming = coming_event_years(low, published)
        coming |= named_coming
        if may_hold_number(low):
            lang = sentence_language(sent.text, default=article_lang)
            # "жыл сайын өткізілетін акцияға 150 донор қатысты": the event recurs every year, the deed was done once
            here = without_reporting_today(low, without_event_years(low, find_anchors(low, published), lang))
            here = _year_before_the_one_told(low, here, earlier_all[-4:], published)
            found = extract_sentence(sent, idx, published, lang, prev, flags, here, prev_found)
        if coming_span is not None and paragraph != coming_span_paragraph and names_an_event(low):
            coming_span_paragraph = paragraph  # "The World Nomad Games program is set to feature …": still the event
        for fig in found:
            anchor = fig.meta.get("anchor")
            if fig.period_basis == "explicit" and anchor is not None and anchor.kind == "year" and published and \
                    anchor.period_start < published and _SINCE_THEN.search(low, anchor.end, fig.num_start or 0) and \
                    not _AT_THIS_TIME_OF.match(low, anchor.end):
                # "Фонд создан в 2019 году, и с тех пор волонтеры помогли 12 тысячам семей": from 2019 on
                fig.period_start, fig.period_end, fig.period_kind = anchor.period_start, published, "range"
                _not_yearly(fig)
            elif fig.period_basis == "explicit" and fig.period_kind == "as_of":
                fig.period_start, fig.period_end = as_of  # "сегодня" in an article dated to a month: that month
            elif fig.period_basis == "explicit" and fig.period_kind == "annual" and context.date is not None \
                    and context.date.precision == "year" and published is not None:
                # "ежегодно" in a text dated by a year it states: the latest full year before publication is
                # that year's previous one or that year itself (the stated year is the earliest it was written)
                fig.period_start = dt.date(published.year - 1, 1, 1)
                fig.period_end = published
            elif fig.period_basis != "explicit" and not fig.meta.get("planned") and started_with(low, fig):
                # what something started with, told without a time of its own: the earliest time stated before,
                # else no time at all (not as of publication)
                inherited = start_anchor(earlier_all, published)
                if inherited is not None:
                    fig.period_start, fig.period_end = inherited.period_start, inherited.period_end
                    fig.period_kind, fig.period_basis = inherited.kind, "inherited"
                else:
                    fig.period_start = fig.period_end = None
                    fig.period_kind, fig.period_basis = None, "unknown"
            elif (after := year_after_pointed_back(low, fig, earlier_all, published)) is not None:
                # "В тот год [2019] отремонтировали семь улиц. В следующем обновили уже 16": 2020
                fig.period_start, fig.period_end = after.period_start, after.period_end
                fig.period_kind, fig.period_basis = "year", "inherited"
                reclassify(fig, "year", flags)
            elif span := span_pointed_back(low, fig, earlier_all, published):
                # "in 2021-2023, … During the three years, … on more than 500 thousand ha": that span
                fig.period_start, fig.period_end = span.period_start, span.period_end
                fig.period_kind, fig.period_basis = "range", "inherited"
                _not_yearly(fig)
            elif fig.period_basis != "explicit" and (year := year_pointed_back(low, fig, earlier_all, published)):
                # "Подведены итоги работы за 2024 год. В течение года волонтеры выполнили 7 850 заявок": that year
                fig.period_start, fig.period_end = year.period_start, year.period_end
                fig.period_kind, fig.period_basis = "year", "inherited"
                reclassify(fig, "year", flags)
            elif fig.period_basis != "explicit" and \
                    (told := period_pointed_back(low, fig, earlier_all, published)):
                # "В 2018 году … 3605 браков.\nЗа этот же период распалось 2107 семей": that time
                fig.period_start, fig.period_end = told.period_start, told.period_end
                fig.period_kind, fig.period_basis = told.kind, "inherited"
            elif fig.period_basis != "explicit" and \
                    (months := same_months_after_its_base(low, here, fig.num_end, published)) is not None:
                # "Зарегистрировано 3130 рождений, на 2,1 процента меньше, чем в январе-марте 2012 года": Jan-Mar 2013
                fig.period_start, fig.period_end = months
                fig.period_kind, fig.period_basis = "range", "inherited"
                _not_yearly(fig)
            elif fig.period_basis != "explicit":
                inherited = None
                if published is not None and _SINCE_THEN.search(low):
                    inherited = since_then_anchor(paragraph, low, fig)
                # (over one sentence without a number between: "… около 1,3 тысячи малышей поступили … Примечательно,
                # что далеко не все … признаны сиротами. Лишь 546 из них остались без попечения родителей")
                total = part_of_total(low, prev_found) if prev_found else \
                    part_of_total(low, found_before, across=True) if numberless_between == 1 else None
                if inherited is not None:
                    _not_yearly(fig)
                elif total is not None:
                    # "2024 жылы 1200 ерікті жұмыс істеді. Олардың ішінде 600-ге жуығы студенттер": a part of the
                    # total of the sentence before is of the total's time
                    inherited = Anchor(0, 0, total.period_kind or "year", total.period_start, total.period_end)
                elif classify.is_flow(fig):
                    # A flow takes the period of an earlier clause of its sentence ("за прошлый год выполнено
                    # 410 тыс. донаций, а заготовлено 186 тысяч литров"), else of an earlier sentence.
                    # (not across a clause of its own told in the present: "…, and 2,400 trees have undergone
                    # sanitary pruning" after "scheduled for planting in 2024")
                    # (nor the base of a comparison told before it: "65 kg of batteries, 26% more than in 2020, and
                    # 5.5 tons of waste paper", unless the figure is the base's own value, "…, when 92 …")
                    before = [a for a in here if a.end <= (fig.num_start or 0)
                              and not state_after_a_new_clause(fig, a, low)
                              and not in_a_relative_clause_before(low, a, fig.num_start or 0)
                              and not bracketed_before(low, a, fig.num_start or 0)
                              and (not is_comparison_base(low, a) or _WHEN.search(low, a.end, fig.num_start or 0))]
                    if before and COMPARED.search(low, before[-1].end, fig.num_start or 0):
                        inherited = None  # "38 млрд в 2024 году, против 26,5 млрд годом ранее": another period
                    elif not before and recent_day(low):
                        inherited = None  # "11 such medical facilities opened last year. A new one unveiled the
                        # other day … to receive 50 people a day": a day close to publication, not the time before
                    elif before and _plan_after_a_past_time(fig, before[-1], low, published):
                        inherited = None  # "Год назад высадили семена, а в ближайшее время планируется посадить
                        # 11 237 саженцев": a plan from now on, not of the past time of the clause before
                    else:
                        inherited = before[-1] if before else inherited_anchor(paragraph, low, fig)
                        if not before and inherited is not None and published is not None and \
                                inherited.period_start is not None and inherited.period_start > published and \
                                _a_target_before(earlier.get(paragraph, []), inherited):
                            # "By 2025, water consumption is expected to rise to 260,000 cubic meters. The region
                            # will implement nine water desalination projects": a target year to reach dates no
                            # plan told after it
                            inherited = None
                        if not before and inherited is not None and published is not None and \
                                inherited.period_start is not None and inherited.period_start > published and \
                                not fig.meta.get("planned") and not tells_the_future(low) and \
                                (_STATE_OF_NOW.search(low) is not None or (
                                    _PRESENT_COPULA_EN.search(low) is not None and not _TO_BE_DONE.search(low))):
                            # "… запуск объектов запланирован на 2018 год. В целом же Карта включает в себя 18
                            # проектов": a state of now does not take the year a plan before it is for
                            inherited = None
                        if not before and inherited is not None and published is not None and \
                                inherited.period_end is not None and inherited.period_end < published and \
                                (tells_the_future(low) or _STATE_OF_NOW.search(low) is not None or
                                 _TO_DATE.search(low) is not None or
                                 (fig.meta.get("planned") and not is_past_plan(low) and
                                  not is_past_report(low, fig.lang))):
                            # "In 2012 … AES built a kindergarten. The memo for two years ahead stipulates KZT 600
                            # mln …": a plan of now does not take the past year of the sentence before; nor what is
                            # done to date ("Last year the region harvested … So far the region has exported 1.8
                            # million tons"), while a span still running keeps it ("between June 1 and July 10 …
                            # so far"); nor a plan of now ("… в 2024-м – еще 35 предприятий. До конца года намечено
                            # запустить дополнительно 30 проектов" of September 2025)
                            inherited = None
                if inherited is None and not fig.meta.get("planned"):
                    # "(data of 2014) 51 percent … ; 40 percent …": the survey's year, in each clause after it
                    inherited = data_year_anchor(here, low, fig.num_start or 0) or \
                        _data_year_before_semicolon(earlier.get(paragraph, []), here)
                if inherited is None and (results_year or title_results) is not None and \
                        not fig.meta.get("planned") and not any(a.kind == "as_of" for a in here) and \
                        not tells_the_future(low):  # (not what will be: "… 134 мектепке бейне камералар орнатылады")
                    # "… spoke about the results of work for 2021. … The number of MSM covered by prevention
                    # programs is 1102": a figure of the report of that year (not of the meeting's day; nor in a
                    # sentence of now, "Қазіргі кезде … 643-ті құраса, … басқа да 1464 спорт нысаны")
                    inherited = results_year or title_results
                if inherited is None and not fig.meta.get("planned") and (
                        is_past_report(low, fig.lang) or opens_with_a_deed_done(low, fig.lang) or
                        (points_back(low) and _PERFECT_PASSIVE_EN.search(low) is not None)) \
                        and not recent_day(low):
                    inherited = reported_anchor(fig, here, low, paragraph)
                    if inherited is None and event_day is not None and event_day[1] in low:
                        inherited = event_day[0]
                    if inherited is None and _OF_THE_WAR.search(low) and names_the_war():
                        inherited = _WAR_YEARS
                    if inherited is None and title_year is not None and not sent.is_headline:
                        # "Kazakhstan … Sends $7.5 Million in Humanitarian Aid in 2021" over "Kazakhstan sent
                        # humanitarian aid to five countries …": a report the title dates by its one past year
                        inherited = title_year
                elif inherited is None and fig.meta.get("planned") and is_past_plan(low):
                    inherited = past_plan_anchor(fig, here)
                elif inherited is None and not fig.meta.get("planned") and not here and \
                        _PERFECT_CHANGE_EN.search(low) is not None:
                    # "The crime rate in Kazakhstan has decreased by 11% from 157,473 to 140,272 cases" in a text of
                    # 11 January: a change the year just closed has brought, told in the present perfect
                    inherited = year_before_a_january_report()
                if fig.meta.get("change") == "from" and not here and \
                        (base := base_of_a_change(paragraph, inherited)) is not None:
                    # "… 1062 адам зардап шекті (2020 жылдың 9 айында – 1023 адам). Өндірістік жарақаттанудың өсуі:
                    # Ақтөбе (54 адамнан 91 адамға дейін)": what a change went from is of the base set against before
                    inherited = base
                if inherited is not None:
                    fig.period_start, fig.period_end = inherited.period_start, inherited.period_end
                    if inherited.kind == "as_of" and as_of[0] is not None:
                        # "бүгінде / сегодня" of a sentence before, in a text dated only by a month or a year: that
                        # month or year, not its last day
                        fig.period_start, fig.period_end = as_of
                    fig.period_kind, fig.period_basis = inherited.kind, "inherited"
                    if inherited.kind in YEARLY_KINDS:
                        reclassify(fig, inherited.kind, flags)
                elif (year := of_the_coming_event(low, clause_of(fig), coming, bool(fig.meta.get("planned")),
                                                  paragraph == coming_paragraph)) is not None:
                    # "… events will be held within the framework of the exhibition, … to be attended by delegates
                    # from 165 countries" in a text of 2016 about EXPO-2017: of the event's year
                    _of_the_year(fig, year)
                    fig.meta["coming_event"] = year
                elif coming_span is not None and paragraph == coming_span_paragraph and \
                        (fig.meta.get("planned") or tells_an_event_to_come(clause_of(fig))) and \
                        not describes_a_setting(low, fig.num_start, fig.num_end):
                    # "The world's largest national sports competitions will be held in Astana from September 8-14.
                    # Some 3,000 participants … will participate": of the event's days
                    fig.period_start, fig.period_end = coming_span.period_start, coming_span.period_end
                    fig.period_kind, fig.period_basis = coming_span.kind, "inherited"
                elif (year := _part_of_a_coming_event_count(low, prev_found, clause_of(fig))) is not None:
                    # "15-25 thousand visitors are expected for the sports event; 3.5 or 4 thousand of them are
                    # athletes": the part is of the whole's event year
                    _of_the_year(fig, year)
                    fig.meta["coming_event"] = year
                elif (fig.meta.get("planned") or tells_the_future(low)) and not here and not _SOON.search(low) and \
                        (plan := plan_year_before(paragraph) or budget_year or title_target) is not None:
                    # "Further expansion is planned for 2026, when an additional 485 buses are expected … Around 10%
                    # of these vehicles will be electric buses, increasing the total fleet to 2,100 units": a plan
                    # told on is of the year of the plan before it
                    fig.period_start, fig.period_end = plan.period_start, plan.period_end
                    fig.period_kind, fig.period_basis = plan.kind, "inherited"
                elif (snapshot := _snapshot_before(earlier.get(paragraph, []), fig, published)) is not None:
                    # "the population as of February 1, 2017 was 17,945,300. Meanwhile, the share of the male
                    # population is 48.4 percent": the statistics go on as of that day
                    fig.period_start, fig.period_end = snapshot.period_start, snapshot.period_end
                    fig.period_kind, fig.period_basis = snapshot.kind, "inherited"
                elif as_of[0] is not None:
                    fig.period_start, fig.period_end = as_of
                    fig.period_kind, fig.period_basis = "as_of", "publication"
                else:
                    fig.period_kind, fig.period_basis = None, "unknown"
        earlier.setdefault(paragraph, []).append(low)
        # (the lead: the title and the first sentence of the body)
        if any(a.kind == "as_of" for a in here):
            results_year = None  # the report moved on to now ("Бүгінгі таңда облыста 45 спорт мекемесі …")
        results_year = results_of_a_year(low, published, lead=idx <= first_body) or results_year
        if lead_results is None and idx <= first_body + _LEAD_RESULTS_REACH:
            lead_results = results_year
        earlier_all.append(low)
        coming_paragraph = paragraph if named_coming else None
        if (span := coming_event_span(low, here, published)) is not None:
            coming_span, coming_span_paragraph = span, paragraph
        if (day := reported_event_day(low, here, published)) is not None:
            event_day = day
        _multiples_against_years_ago(found, figures, low, published)
        _multiples_of_an_average(found, low)
        _list_items_take_their_lead_ins_time(found, idx, sents, earlier_all, published)
        found = _without_motto_numbers(found, low)
        if prev_found and _points_back_to_a_motto(low):
            kept = _without_motto_numbers(prev_found, low)
            figures = [f for f in figures if not any(f is p for p in prev_found) or any(f is k for k in kept)]
        figures.extend(found)
        earlier_found.setdefault(paragraph, []).append(found)
        prev, prev_found = sent, found
        if found:
            found_before, numberless_between = found, 0
        elif not re.search(r"\d", sent.text):
            numberless_between += 1
        else:
            numberless_between = 2  # a number that is no figure: the thread is lost
    headline_periods(figures)
    if lead_results is not None:
        # "Жамбыл облысында некеге тұру көрсеткіші ажырасудан алты есе жоғары" over a lead that gives "2025 жылдың
        # қорытындысы бойынша …": a headline with no time of its own tells the results of the lead's year
        for fig in figures:
            if fig.is_headline and fig.period_basis in ("publication", "unknown") and not fig.meta.get("planned"):
                fig.period_start, fig.period_end = lead_results.period_start, lead_results.period_end
                fig.period_kind, fig.period_basis = "year", "inherited"
    sums_named_before(figures)
    mark_duplicates(figures)
    return figures


# A bare amount in millions whose subject is a sum of money ("Бірінші кезеңде көмек қаржының жалпы соммасы 60 млн
# құрайды", "общая сумма помощи составит 60 млн", "the total amount is 60 million") leaves out the currency the
# article has named before ("60 млн теңгеге қаржылай көмек"): it is an amount in that currency (and, when it
# repeats that amount, one figure with it: mark_duplicates).
_SUM_OF_MONEY_BEFORE = re.compile(r"(?:сомма\w*|сома\w*|сумм\w*|қаржы\w*|қаражат\w*|бюджет\w*|amount|sum|funding|"
                                  r"budget)(?:\s+[^\W\d_]+){0,5}\s*[-–—:]?\s*$", re.I)


def sums_named_before(figures: list[Figure]) -> None:
    """A bare scaled amount after a word of a sum of money takes the currency of the last amount before it."""
    for n, fig in enumerate(figures):
        if fig.unit != "items" or fig.noun is not None or not fig.meta.get("scale") or fig.is_headline:
            continue
        at = fig.quote.find(fig.text)
        if at <= 0 or _SUM_OF_MONEY_BEFORE.search(fig.quote[max(0, at - 60):at]) is None:
            continue
        money = next((f for f in reversed(figures[:n]) if f.unit in CURRENCY_UNITS), None)
        if money is not None:
            fig.unit = money.unit


# A motto or a slogan: "…one important thing, two sincere smiles…” These words became the motto of …", "под девизом
# «Два сердца — одна цель»", "«Бір ел — бір мақсат» ұранымен". Its number words are rhetoric, not figures.
_MOTTO = re.compile(r"\b(?:motto|mottos|slogan\w*|catchphrase|девиз\w*|лозунг\w*|слоган\w*|ұран\w*|uran\w*)\b")
# A sentence that names the one before a motto: "These words became the motto …", "Эти слова стали девизом …",
# "Бұл сөздер … ұранына айналды".
_NAMES_A_MOTTO = re.compile(r"^\W*(?:these|this|those|such|эти|этот|эта|такие|бұл|осы|мұндай|bul|osy)\b")
_OPEN_QUOTES, _CLOSE_QUOTES = "«“„", "»”"


# A snapshot of statistics: a level "as of" a day or a month ("as of February 1, 2017", "по состоянию на 1 февраля
# 2017 года", "на 1 января 2024 года", "2017 жылғы 1 ақпандағы жағдай бойынша").
_AS_OF_BEFORE = re.compile(r"(?:\bas\s+(?:of|at)|\bпо\s+состоянию\s+на|(?<!\w)на)\s+$", re.I)
_AS_OF_AFTER_KK = re.compile(r"\s*(?:жағдай\s+бойынша|жағдайы\s+бойынша)")


def _snapshot_before(paragraph_before: list[str], fig: Figure, published: dt.date | None) -> Anchor | None:
    """The day (month) of a snapshot of statistics the sentence right before states ("the country's population as
    of February 1, 2017 was …"), which a level told next without a time of its own ("Meanwhile, the share of the
    male population is 48.4 percent") is of too; None for a flow, a plan, or without one."""
    if not paragraph_before or classify.is_flow(fig) or fig.meta.get("planned"):
        return None
    low_text = paragraph_before[-1]
    for a in reversed(find_anchors(low_text, published)):
        if a.kind not in ("day", "month") or a.period_end is None or (published and a.period_end > published):
            continue
        if _AS_OF_BEFORE.search(low_text, max(0, a.start - 24), a.start) or _AS_OF_AFTER_KK.match(low_text, a.end):
            return a
    return None


def _points_back_to_a_motto(low: str) -> bool:
    return _NAMES_A_MOTTO.match(low) is not None and _MOTTO.search(low) is not None


def _inside_quotes(text: str, pos: int) -> bool:
    """Is text[pos] between an opening quote and its closing one (or an odd number of straight quotes before it)?"""
    depth = 0
    for ch in text[:pos]:
        if ch in _OPEN_QUOTES:
            depth += 1
        elif ch in _CLOSE_QUOTES and depth:
            depth -= 1
    return depth > 0 or text[:pos].count('"') % 2 == 1


def _without_motto_numbers(found: list[Figure], motto_low: str) -> list[Figure]:
    """The figures but the number words quoted in a motto: a number written in words inside quotes, in a sentence
    that names the quote a motto or a slogan, or the one before a sentence that does ("These words became the
    motto"). Digits in a quote stay ("«Мы высадили 2000 деревьев», — сказал …"), and number words outside it."""
    if not found or not _MOTTO.search(motto_low):  # (most sentences have no figure to drop)
        return found
    return [f for f in found if any(ch.isdigit() for ch in f.text) or not _inside_quotes(f.quote, f.num_start)]


# A multiple against the level of N years before: "в сравнении с показателем пятилетней давности … вдвое", "вдвое
# больше, чем пять лет назад", "in 2 раза больше, чем 5 лет назад", "twice as many as five years ago".
_YEARS_AGO = re.compile(r"(?:(\d+)|([а-яё]+?))[- ]?летней\s+давности|(?:(\d+)|([а-яё]+))\s+(?:лет|года?)\s+назад|"
                        r"(?:(\d+)|([a-z]+))\s+years?\s+ago")
_RU_COUNT_STEMS = {"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8,
                   "девяти": 9, "десяти": 10, "пятнадцати": 15, "двадцати": 20}


def _years_ago(low: str) -> int | None:
    m = _YEARS_AGO.search(low)
    if m is None:
        return None
    digits = m.group(1) or m.group(3) or m.group(5)
    if digits:
        return int(digits)
    word = m.group(2) or m.group(4) or m.group(6)
    if m.group(2):
        return _RU_COUNT_STEMS.get(word)
    hit = word_number(word, "en" if m.group(6) else "ru")
    return int(hit[0]) if hit and not hit[1] and hit[0] == int(hit[0]) else None


def _multiples_of_an_average(found: list[Figure], low: str) -> None:
    """A multiple of an average ("472.5 thousand tenge (1.9 times higher than the national average)", see
    _AGAINST_AN_AVERAGE) is of the time of the level it compares, the figure before it in the sentence."""
    if not _AGAINST_AN_AVERAGE.search(low):
        return
    for n, fig in enumerate(found):
        if fig.unit != "ratio" or n == 0 or fig.period_basis == "explicit":
            continue
        level = found[n - 1]
        if level.unit != "ratio" and level.period_basis in ("explicit", "inherited"):
            fig.period_start, fig.period_end = level.period_start, level.period_end
            fig.period_kind, fig.period_basis = level.period_kind, "inherited"


def _multiples_against_years_ago(found: list[Figure], before: list[Figure], low: str,
                                 published: dt.date | None) -> None:
    """A multiple against the level of N years before spans from N years before the time of the level it speaks of
    (a count of one year in its sentence, else in the two sentences before) to that time: "В прошлом году … 28,1 тыс.
    НПО. В сравнении с показателем пятилетней давности их количество увеличилось вдвое" is 2019–2024."""
    for n, fig in enumerate(found):
        if fig.unit != "ratio" or published is None:
            continue
        years = _years_ago(low)
        if not years or years > 50:
            continue
        near = [f for f in before if f.sentence_index >= fig.sentence_index - 2]
        levels = [f for f in near + found[:n] if f.unit not in ("ratio", "percent") and
                  f.period_start is not None and f.period_end is not None and
                  f.period_start.year == f.period_end.year]
        year = levels[-1].period_end.year if levels else published.year
        fig.period_start = dt.date(year - years, 1, 1)
        fig.period_end = min(dt.date(year, 12, 31), published)
        fig.period_kind, fig.period_basis = "range", "explicit"


# The year before the one told just before, in a sentence that names no year of its own ("At the end of 2019, 18 zoos
# were operating. … A year earlier, visitors were invited to 20 zoos", "19 HIV cases … compared with 24 cases a year
# earlier" after "… reported in 2011", "Годом ранее их было 20"). Not "a year ago" (counted from now), nor "the
# previous year", which is as often the year before now ("received assistance during the previous year").
_THE_YEAR_BEFORE = re.compile(r"(?<![\w-])(?:(?:a|one)\s+year\s+(?:earlier|before)|годом\s+(?:ранее|раньше)|"
                              r"за\s+год\s+до\s+этого)\b")


def own_periods(low: str, published: dt.date | None) -> list[Anchor]:
    """The periods a sentence states for its own figures, which a later sentence may go on with: not the base of its
    comparison ("Бұл өткен жылмен салыстырғанда 12 пайызға көп. Жалпы 1 700 литр қан жиналды": the litres are not
    last year's), nor the time of a compared value told with its own number ("1,989 new HIV cases were reported in
    2011, compared with 1,969 cases in 2010. Statistics includes 19 HIV cases …": of 2011)."""
    return [a for a in find_anchors(low, published) if not is_comparison_base(low, a)
            and not _COMPARED_VALUE_BEFORE.search(low, max(0, a.start - 45), a.start)]


def _year_before_the_one_told(low: str, here: list[Anchor], before: list[str],
                              published: dt.date | None) -> list[Anchor]:
    """`here` with "a year earlier" read as the year before the latest year of the sentences `before` (see above),
    when one of them told a past year."""
    opening = _THE_YEAR_BEFORE.search(low)
    if opening is None or re.search(r"(?:19|20)\d\d", low):
        return here
    for text in reversed(before):
        years = [a for a in own_periods(text, published) if a.period_start is not None and a.period_end is not None
                 and a.period_start.year == a.period_end.year and re.search(r"(?:19|20)\d\d", text[a.start:a.end])]
        if years:
            y = years[-1].period_start.year - 1
            if published is not None and y >= published.year:
                return here
            start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
            return [Anchor(a.start, a.end, "year", start, end)
                    if a.start < opening.end() and opening.start() < a.end and a.kind == "year" else a for a in here]
    return here


# Words of what is done to date ("so far", "thus far", "as of now", "up to now", "әзірге"): a report so told goes on
# from no closed period of the sentence before.
_TO_DATE = re.compile(r"\b(?:so\s+far|thus\s+far|as\s+of\s+now|up\s+to\s+now)\b|(?<![^\W\d_])әзірге(?![^\W\d_])")


# An English change in the present perfect: "has decreased by 11%", "have grown from … to …".
_PERFECT_CHANGE_EN = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:decreased|increased|grown|risen|fallen|declined|"
                                r"dropped|doubled|tripled|halved)\b")


_LEAD_RESULTS_REACH = 2  # body sentences after the first that may still give the lead's results year


# An item of a bulleted or dashed list ("• Алматы - 3230;", "- Abai district – 445 people"): a row of what its lead-in
# line ("больше всего ДТП в 2021 году зарегистрировано в:") tells.
_LIST_ITEM_LINE = re.compile(r"^\s*(?:[•·▪●◦‣∙*]|[-–—]\s*[^\d.!?]{1,60}?\s[-–—:]\s*\d)")
_LEAD_IN_LOOKBACK = 12


def _list_items_take_their_lead_ins_time(found: list[Figure], idx: int, sents: list[Sentence], lows: list[str],
                                         published: dt.date | None) -> None:
    """The figures of a list item (sentence `idx`; `lows` the sentences lower-cased) with no time of their own take
    the past period of the list's lead-in (the line ending with a colon above the items), or of the line before that
    lead-in when it states none ("Наибольшее число погибших … зарегистрировано в:" after a first list "больше всего
    ДТП в 2021 году …:")."""
    if not found or all(f.period_basis not in ("publication", "unknown") for f in found):
        return
    if _LIST_ITEM_LINE.match(sents[idx].text) or _TALLY_ROW.match(sents[idx].text):
        year = _year_the_list_is_for(idx, sents, lows)
        if year is not None:
            for fig in found:
                if fig.period_basis in ("publication", "unknown"):
                    _of_the_year(fig, year)
            return
    if not _LIST_ITEM_LINE.match(sents[idx].text):
        return
    back = idx - 1
    while back >= 0 and idx - back <= _LEAD_IN_LOOKBACK and _LIST_ITEM_LINE.match(sents[back].text):
        back -= 1
    if back < 0 or not sents[back].text.rstrip().endswith(":"):
        return
    lead_in = lows[back]
    if not is_done_once(lead_in, sentence_language(lead_in)) and not any(
            a.kind in REPORTED_KINDS for a in find_anchors(lead_in, published)):
        return  # "… для всех категорий лиц с инвалидностью доступны:": a state now, not a report of a past time
    for k in range(back, max(-1, back - 6), -1):
        low = lows[k]
        if _LIST_ITEM_LINE.match(sents[k].text):
            continue
        past = [a for a in find_anchors(low, published) if a.kind in REPORTED_KINDS and a.period_start is not None
                and a.period_end is not None and (published is None or a.period_end < published)]
        if past:
            time = past[-1]
            for fig in found:
                if fig.period_basis in ("publication", "unknown"):
                    fig.period_start, fig.period_end = time.period_start, time.period_end
                    fig.period_kind, fig.period_basis = time.kind, "inherited"
            return
        if k < back and low.rstrip().endswith((".", "!", "?")) and not re.search(r"\d", low):
            return  # (a sentence of its own between, naming no time: the story moved on)


def _year_the_list_is_for(idx: int, sents: list[Sentence], lows: list[str]) -> int | None:
    """The one year the lead-in of the list holding sentence `idx` says the list is for ("Распределение квоты на 2026
    год:" / "Для кандасов:" / "Павлодарская область – 977 чел."): the items are of that year, to come or not. Items
    and sub-headings ("Для кандасов:") between pass; anything else ends the search."""
    for k in range(idx - 1, max(-1, idx - 1 - _LEAD_IN_LOOKBACK), -1):
        text = sents[k].text
        if _LIST_ITEM_LINE.match(text) or _TALLY_ROW.match(text):
            continue
        if not text.rstrip().endswith(":"):
            return None
        years = {int(next(g for g in m.groups() if g)) for m in _FOR_A_YEAR.finditer(lows[k])}
        if len(years) == 1:
            return years.pop()
        if re.search(r"\d", text):
            return None
    return None


# A row of a tally without a bullet: a name, a dash, its number and unit, nothing else ("Павлодарская область – 977
# чел.", "Pavlodar region – 977 people").
_TALLY_ROW = re.compile(r"^\s*[^\W\d_][^\d.!?:;]{1,60}?\s[-–—]\s*\d[\d\s.,]*\s*[^\W\d_]{0,12}\.?\s*$")
# The year a list's lead-in says the list is for: "на 2026 год", "for 2026", "2026 жылға".
_FOR_A_YEAR = re.compile(r"(?<!\w)на\s+((?:19|20)\d{2})\s*(?:год|г\.)|\bfor\s+((?:19|20)\d{2})\b(?!\s*[-–])|"
                         r"(?<!\d)((?:19|20)\d{2})\s*жылға(?!\w)")


# The compared value and its time after the word of comparison: ", compared with 1,969 cases in 2010", "против 8 360 в
# 2023 году", "чем 120 человек в 2019 году".
_COMPARED_VALUE_BEFORE = re.compile(r"(?:compared\s+(?:with|to)|\bthan|\bversus|\bvs\.?|\bagainst|против|\bчем|"
                                    r"по\s+сравнению\s+с)\s+"
                                    r"[^.;:]{0,6}\d[\d\s,.]*\s*[^\W\d_]*(?:\s+[^\W\d_]+)?\s+(?:(?:in|в|во)\s+)?$")


def _plan_after_a_past_time(fig: Figure, anchor: Anchor, low: str, published: dt.date | None) -> bool:
    """Is the figure a plan told now (not "планировалось", "was planned") after a clause of a time already over?"""
    return bool(fig.meta.get("planned")) and not is_past_plan(low) and published is not None and \
        anchor.period_end is not None and anchor.period_end < published


# A sentence that opens with a part of what the sentence before counted: "Оның ішінде / Олардың ішінде / Олардың",
# "Из них / В том числе / Среди них", "Of them / Of these / Among them / Including".
_PART_OF_TOTAL_OPENING = re.compile(r"^[\W\d_]*(?:оның ішінде|олардың ішінде|соның ішінде|олардың арасында|олардың|"
                                    r"оның(?=\s+\d)|"  # "Оның 37,3 пайызы (877,2 мың) – балалар": of it, 37.3 per cent
                                    # "21,1 тыс. из них стали участниками …", "29 of them have …": the part first
                                    r"(?:лишь\s+|только\s+|всего\s+|only\s+|just\s+)?"
                                    r"\d[\d\s,.]*(?:\s*(?:тыс|млн|thousand|million)\.?)?\s+(?:из них|из которых|"
                                    r"of them|of whom)|"
                                    r"из них|из которых|в том числе|среди них|of them|of these|of whom|among them|"
                                    r"including|"
                                    # "All of them are located in 9 regions", "Все они …", "Олардың барлығы …": the
                                    # whole just counted, told on
                                    r"all\s+of\s+them|все\s+они|олардың\s+(?:барлығы|бәрі)|"
                                    # "В целом среди пролеченных 2 785 пациентов …", "Среди госпитализированных …",
                                    # "Overall, among those treated …": the breakdown of those just counted
                                    r"(?:в целом,?\s+)?среди\s+[^\W\d_]+(?:ших|вших|нных|енных|тых)|"
                                    r"overall,?\s+among|among\s+those)(?![\w-])", re.I)
_PART_OF_TOTAL_OPENING = Caseless(_PART_OF_TOTAL_OPENING)  # loaders/caseless.py


def _part_of_a_coming_event_count(low: str, prev_found: list[Figure], clause: str = "") -> int | None:
    """The event year of the count told just before, when this sentence counts a part of it ("… of them", "из них",
    "оның ішінде") or goes on telling the event's future without naming it again ("About 30,000 foreign guests are
    expected to visit. 86 medal sets will be contested." after "… volunteers … for the period of the Universiade
    2017"), and that count was dated by a coming event (of_the_coming_event)."""
    if not PART_OF_THEM.search(low) and not (clause and tells_an_event_to_come(clause)):
        return None
    years = {f.meta["coming_event"] for f in prev_found if f.meta.get("coming_event")}
    return next(iter(years)) if len(years) == 1 else None


# A time set against the one the sentence is about, in a clause of its own ("в этом году выделено 944 млн тенге,
# тогда как в прошлом году — 269,5 млн", "… whereas last year 269.5 million"): a side
# comparison; the report that goes on in the next sentence is of the sentence's own time.
_WHEREAS = re.compile(r"(?:тогда как|в то время как|между тем как|whereas)\s+(?:[^\W\d_]+\s+){0,2}$")


# The time of the value a change started from, told right after it ("выросло с 50 тысяч в 2020 году до 300 тысяч",
# "rose from 50,000 in 2020 to 300,000"): that value's, not the end value's.
_START_VALUES_TIME = re.compile(r"(?<![\w-])(?:с|со|from)\s+(?:[^\W\d_]+\s+)?\d[\d\s.,]*"
                                r"(?:\s*(?:тыс\w*|млн|млрд|thousand|million|billion|мың|миллион\w*))?\.?\s*$")
# The value a change started from ("снизилось почти на 25 процентов - с 12 747 до 9 447", "from 300 to 450"): of the
# base's time.
_FROM_VALUE = re.compile(r"(?<![\w-])(?:с|со|from|from\s+about)\s+$")


# Money for what the sentence before told: "for this purpose", "for these purposes", "на эти цели", "на эти нужды",
# "для этого", "осы мақсатқа", "бұл мақсатқа".
_FOR_THIS_PURPOSE = re.compile(r"\bfor\s+(?:this|these)\s+(?:purposes?|aims?|needs)\b|(?<!\w)на\s+(?:эти|это|данные)\s+"
                               r"(?:цели|нужды|мероприятия)(?!\w)|(?<!\w)(?:осы|бұл)\s+мақсат(?:қа|тарға)(?!\w)",
                               re.I)


def _only_bases(low: str, anchors: list[Anchor]) -> bool:
    """Does the sentence name times only as the base of its comparison ("по сравнению с аналогичным периодом прошлого
    года …, то есть в 2017 году их было 313": the base, and its year told again)?"""
    bases = [a for a in anchors if is_comparison_base(low, a)]
    base_years = {b.period_start.year for b in bases if b.period_start is not None}
    return bool(bases) and all(a in bases or (a.kind == "year" and a.period_start is not None
                                              and a.period_start.year in base_years) for a in anchors)


# How many years back a thing's building or founding is history, not news ("Мост был построен в 1965 году").
_HISTORY_YEARS = 5


def _history(low: str, anchor: Anchor, published: dt.date | None) -> bool:
    """Is the anchor the year a thing was built, some years before the text (periods.tells_when_a_thing_was_built)?"""
    return published is not None and anchor.period_end is not None and \
        anchor.period_end.year <= published.year - _HISTORY_YEARS and tells_when_a_thing_was_built(low, anchor)


def _an_aside_of_a_time_before(main: Anchor, asides: list[Anchor], published: dt.date | None) -> bool:
    """Are the bracketed asides all of a time before the main one, which has begun by the publication ("(1,023 in 9
    months of 2020)" beside 2021)? Not an aside of now beside a forecast ("150 thousand people in 2020 (it is
    currently around 90 thousand)")."""
    return main.period_start is not None and main.period_end is not None and \
        (published is None or main.period_start <= published) and bool(asides) and \
        all(a.period_end is not None and a.period_end < main.period_start for a in asides)


def _thread_of(low: str, anchors: list[Anchor], published: dt.date | None = None) -> Anchor:
    """The time a sentence's report is about: its latest, unless that one is set against an earlier one (above) or
    is an aside in brackets with its own figure ("In 9 months of 2021, 1,062 people were injured (1,023 in 9 months
    of 2020)": the report is of 2021)."""
    told = [a for a in anchors if not bracketed_before(low, a, len(low))]
    if not told or not _an_aside_of_a_time_before(told[-1], [a for a in anchors if a not in told], published):
        told = anchors
    if len(told) > 1 and _WHEREAS.search(low, told[-2].end, told[-1].start):
        return told[-2]
    return told[-1]


def part_of_total(low: str, prev_found: list[Figure], across: bool = False) -> Figure | None:
    """The total of the sentence before that a sentence opening with a part of it speaks of ("Олардың ішінде
    600-ге жуығы …", "Из них …", "Of them …"): its last figure with a period of its own (stated or inherited), not
    a change; None otherwise. `across` a sentence without a number, only a part told as such ("из них", not a total
    restated) and of the first figure, the count the report opened with ("около 1,3 тысячи малышей поступили … — на
    54,3% больше …, когда число составило 831")."""
    totals = [f for f in prev_found if f.period_basis in ("explicit", "inherited") and f.period_start is not None
              and f.unit not in ("ratio", "percent")]
    if across:
        return totals[0] if totals and _PART_OF_TOTAL_OPENING.match(low) else None
    restated = _RESTATED_TOTAL.match(low)
    if restated is not None:
        # "271 мұражайдың 48-і – тарихи, 109-ы – өлкетану …", "Из 271 музея 48 — исторические", "Of the 271 museums,
        # 48 are historical" after "на 1 января 2023 года … 271 музей": the total of the sentence before, restated
        value = float(re.sub(r"\s", "", restated.group(1)))
        same = [f for f in totals if f.value == value]
        if same:
            return same[-1]
    if _SINGLED_OUT_OPENING.match(low):
        # a part singled out of what the sentence before told, all of it of one time (not "… 14.875 mln tonnes (in
        # 2018 — 17.65 mln tonnes). In particular, Akmola oblast harvested …": of now, not the base's year)
        one_time = all(f.period_basis in ("explicit", "inherited") for f in prev_found) and \
            len({(f.period_start, f.period_end) for f in prev_found}) == 1
        return totals[-1] if totals and one_time else None
    if not _PART_OF_TOTAL_OPENING.match(low) and not _SHARE_OF_THAT_SUM.match(low):
        return None
    # (not a base told beside the total, of a time before it: "In 2021, 1,062 people were injured (1,023 in 2020). Of
    # them, 140 people died" is a part of 2021's)
    latest = max((f.period_start for f in totals if f.period_start is not None), default=None)
    totals = [f for f in totals if latest is None or f.period_end is None or f.period_end >= latest]
    return totals[-1] if totals else None


# A part singled out ("В ближайшие три года дефицит … может достичь 400 тысяч. В частности, по прогнозам, в столице
# этот показатель составит 28 тысяч", "In particular, …", "Атап айтқанда, …").
_SINGLED_OUT_OPENING = Caseless(re.compile(r"^[\W\d_]*(?:в\s+частности|in\s+particular|атап\s+айтқанда|"
                                           r"атап\s+айтсақ)(?![\w-])", re.I))


# A sentence that opens with a share of the amount just told: "39 процентов этой суммы тратят туристы", "40% of this
# amount went to …", "Осы соманың 30 пайызы …".
_SHARE_OF_THAT_SUM = re.compile(r"^[^\w]*(?:\d[\d\s,.]*\s*(?:%|процент\w*|per\s*cent|percent)\s+(?:of\s+)?"
                                r"(?:этой|этого|данной|данного|указанной|this|that|the)\s+(?:сумм\w*|amount|sum|"
                                r"total|money|funds|средств)|(?:осы|бұл)\s+(?:соманың|қаржының)\s+\d[\d\s,.]*\s*"
                                r"(?:%|пайыз))", re.I)


# A sentence that opens with a total to break it down: the number in the genitive (Kazakh "271 мұражайдың"), after
# "из" or "of (the)" / "out of (the)".
_RESTATED_TOTAL = re.compile(r"^[^\w]*(?:(?:из|of(?:\s+the)?|out\s+of(?:\s+the)?)\s+)?(\d{1,3}(?:[\s\u00a0]\d{3})*|\d+)"
                             r"\s+[^\W\d_]+(?:дың|дің|тың|тің|ның|нің)?\b", re.I)


def _of_the_year(fig: Figure, year: int) -> None:
    """The figure takes calendar year `year` from the text around it."""
    fig.period_start, fig.period_end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    fig.period_kind, fig.period_basis = "year", "inherited"


def _not_yearly(fig: Figure) -> None:
    """A span of several years is no per-year figure: "since then 40,000 donors" are not the donors of a year."""
    if fig.metric and fig.metric.endswith("_per_year"):
        fig.metric = None


def headline_periods(figures: list[Figure]) -> None:
    """A headline reports what its body reports: a headline figure dated only by publication takes the period of
    the body's figure of the same value and unit ("Волонтеры помогли 12 тысячам семей" over "в 2024 году волонтеры
    помогли более 12 тысячам семей"), the one with the headline's qualifier where the body has several."""
    for fig in figures:
        if not fig.is_headline or fig.period_basis not in ("publication", "unknown"):
            continue
        body = [other for other in figures if not other.is_headline and other.value == fig.value
                and other.unit == fig.unit and other.period_basis in ("explicit", "inherited")]
        if not body and fig.value > 0:
            # a headline rounds what the body states to the headline's last digit ("В Алматы на туристах заработали
            # 32 млрд. тенге" over "за прошлый год это составило 32,17 млрд. тенге"): the one body figure it rounds
            place = _last_digit_place(fig.value)
            rounded = [other for other in figures if not other.is_headline and other.unit == fig.unit
                       and other.value != fig.value and other.value > place
                       and abs(other.value - fig.value) < place / 2
                       and other.period_basis in ("explicit", "inherited")]
            body = rounded if len(rounded) == 1 and fig.qualifier == "exact" else []
        # the body's statement with the headline's own qualifier first: "Kostanay region to plant 500,000 trees" is
        # the body's "for 2021-2025 it is supposed to plant 500,000 trees", not its "some 500,000 trees by 2025"
        body = next((other for other in body if other.qualifier == fig.qualifier), body[0] if body else None)
        if body is not None:
            fig.period_start, fig.period_end = body.period_start, body.period_end
            fig.period_kind, fig.period_basis = body.period_kind, "inherited"


_Q_PRECISION = {"exact": 0, "approx": 1, "almost": 2, "at_least": 3, "at_most": 3}
# Units whose noun is the measure itself, written in full or abbreviated ("600 тонн" and "600 т", "45 литров" and
# "45 л", "2 млн тенге" and "2 млн тг", "70%" and "70 процентов"): the noun names no thing of its own, the unit does.
_MEASURE_UNITS = frozenset({"tonnes", "liters", "kg", "ml", "KZT", "USD", "EUR", "RUB", "percent"})


# Units whose nouns are one thing by other names: "два пункта сбора" and, later, "на двух точках".
_ONE_THING_UNITS = frozenset({"points"})


# British and American spellings of one English noun: "four early intervention centres" and, in a later paragraph,
# "four centers for kids with autism" count one thing (centre/center, litre/liter, metre/meter, programme/program,
# organisation/organization).
_BRITISH_RE = re.compile(r"(?<=[a-z][a-z][b-df-hj-np-tv-z])re$")
_BRITISH_ENDINGS = (("programme", "program"), ("isation", "ization"))


def _us_spelling(noun: str) -> str:
    for british, american in _BRITISH_ENDINGS:
        if noun.endswith(british):
            return noun[: -len(british)] + american
    return _BRITISH_RE.sub("er", noun)


# Abbreviations that name the thing their last word does: "более 22 тысяч НПО" in a teaser and "более 22 тыс.
# неправительственных организаций (НПО)" in the body count one thing.
_ABBREVIATED_NOUN = {"нпо": "организация", "нко": "организация", "ngo": "organization", "үеұ": "ұйым"}


def _noun_of(fig: Figure) -> str | None:
    if fig.unit in _MEASURE_UNITS | _ONE_THING_UNITS:
        return fig.unit
    noun = _us_spelling(fig.noun) if fig.noun and fig.noun.isascii() else fig.noun
    return _ABBREVIATED_NOUN.get(noun, noun) if noun else noun


_OF_THING_EN = re.compile(r"\s+of\s+([A-Za-z]+)")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


# Words for a load of aid as a whole, which the things it is made of (food, clothes) do not tell apart from (Russian
# by stem: pymorphy's lemmas of "гумпомощи" vary).
_AID_AS_A_WHOLE_RU = ("помощ", "гумпомощ", "груз", "гумгруз")
_AID_AS_A_WHOLE_EN = frozenset({"aid", "humanitarian", "cargo", "relief", "assistance"})


def _aid_as_a_whole(thing: str | None) -> bool:
    return thing is not None and (thing.startswith(_AID_AS_A_WHOLE_RU) or thing in _AID_AS_A_WHOLE_EN)


def _measured_thing(fig: Figure) -> str | None:
    """What a weight or a volume measures, right after its unit: "20 тонн муки" (a Russian noun in the genitive),
    "20 tonnes of flour"; None when the text does not say ("вывезено 600 т.")."""
    if fig.unit not in ("tonnes", "kg", "liters", "ml"):
        return None
    k = fig.quote.find(fig.text)
    if k < 0:
        return None
    rest = fig.quote[k + len(fig.text):]
    if fig.lang == "en":
        m = _OF_THING_EN.match(rest)
        return m.group(1).lower() if m else None
    m = _NEXT_WORD.match(rest)
    if fig.lang != "ru" or m is None:
        return None
    lemmas = {lemma for lemma, tag, _ in parse_ru(m.group(1).lower()) if "NOUN" in tag and "gent" in tag}
    return min(lemmas) if lemmas else None


def _same_quantity(a: Figure, b: Figure) -> bool:
    """Do two figures of one article state one quantity twice? The same value with the same qualifier (a
    headline repeated in the body, a lead restated), or, for one metric, a bound that is the exact value rounded
    at the bound's own precision ("свыше 6 млрд" and "6,2 млрд" of aid; "свыше 15 млн" is not "16 млн").
    Anything else says something of its own and stays: "свыше 1 600 семей" next to "1 655 семей" (no metric
    says they are one count), "около 11 миллионов" under the headline "11 миллионов" (the series view prefers
    the exact one where both land on one point)."""
    if a.unit != b.unit:
        return False
    things = _measured_thing(a), _measured_thing(b)
    if None not in things and things[0] != things[1] and not (
            a.is_headline != b.is_headline and any(map(_aid_as_a_whole, things))):
        # "20 тонн муки" and, in another sentence, "20 тонн сахара": two loads; but a headline's load of aid as a
        # whole names what the body lists ("18 тон гумпомощи поступило" over "привезли 18 тонн продуктов питания")
        return False
    if a.sentence_index == b.sentence_index and a.is_headline == b.is_headline and a.start != b.start:
        return False  # one sentence says a thing once: "20 тонна күріш, 20 тонна ұн", "25 kg of food and 25 kg of …"
    if a.metric and b.metric and a.metric != b.metric:
        # "более 10 тысяч волонтеров" in the headline, "число добровольцев превысило 10 тысяч" in the body, both
        # as of one day: one count of people said twice, as the body reads it (_better)
        return a.is_headline != b.is_headline and a.unit == b.unit == "persons" and a.value == b.value and \
            a.qualifier == b.qualifier and (a.period_start, a.period_end) == (b.period_start, b.period_end)
    if not (a.metric or b.metric) and _noun_of(a) != _noun_of(b) and a.unit == b.unit and not (
            a.unit == "persons" and (a.noun in GENERIC_PERSONS or b.noun in GENERIC_PERSONS)) and not (
            a.unit == "persons" and a.is_headline != b.is_headline and a.value == b.value and
            a.qualifier == b.qualifier):
        # "people / адам / человек" names no group of its own: "430 тұрғыны" and later "430 адам" are one count; a
        # headline names its people in a word of its own ("150 детей получили школьные принадлежности" over "150
        # столичных школьников получили новые рюкзаки"): one count, told twice
        return False
    if a.unit == "ratio" or a.value <= 0 or b.value <= 0:
        return a.value == b.value and a.noun == b.noun and a.qualifier == b.qualifier
    if a.unit == "items" and a.noun is None and b.noun is None and not (a.is_headline or b.is_headline) and \
            not (a.metric or b.metric) and a.value < _BARE_REPEAT_FROM:
        # two small bare numbers in two body sentences ("капремонт 8, 10 и 1 школы …", "капремонт проведут в 8
        # городских и 11 районных медорганизациях") count what each sentence counts: nothing says they are one
        return False
    periods_agree = (
        (a.period_start, a.period_end) == (b.period_start, b.period_end)
        or "publication" in (a.period_basis, b.period_basis)
        or _one_target_twice(a, b)
        or _headline_dated_by_its_body(a, b)
    )
    if not periods_agree:
        return False
    if a.value == b.value and a.qualifier == b.qualifier:
        return True
    # A bound that rounds an exact value told elsewhere ("Over 70 Kazakhstanis volunteering at UN" over "71
    # Kazakhstanis"; "2 мың тоннадан астам" and "2002 тонна"; "свыше 6 млрд" and "6,2 млрд") is a statement of its
    # own: the blind gold of four sets keeps both (scoring.md merges only a title repeated word for word), so only
    # the same value with the same qualifier is one figure.
    return False


def _headline_dated_by_its_body(a: Figure, b: Figure) -> bool:
    """The headline's figure that the body tells again with its own year ("В Алгинском районе 23 семьи получили
    жилье" over "В новом 2025 году 23 семьи … получили собственные дома"): one statement, of the body's year, though
    the headline alone took another by inference (a text of early January reporting the year before)."""
    head, body = (a, b) if a.is_headline else (b, a)
    return head.is_headline and not body.is_headline and head.period_basis == "inherited" and \
        body.period_basis == "explicit" and head.value == body.value and head.qualifier == body.qualifier and \
        head.noun == body.noun


def _one_target_twice(a: Figure, b: Figure) -> bool:
    """A target told by its deadline and by its span: "plans to plant 15 million trees before 2025" in the lead,
    "From 2021 to 2025, it is planned to plant 15 million trees" in the body (one year within the other's span)."""
    if not (a.meta.get("planned") and b.meta.get("planned")):
        return False
    spans = [(f.period_start, f.period_end) for f in (a, b)]
    if any(s is None or e is None for s, e in spans):
        return False
    (s1, e1), (s2, e2) = spans
    return (s1 <= s2 and e2 <= e1) or (s2 <= s1 and e1 <= e2)  # type: ignore[operator]


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


_PARTITIVE_BEFORE = re.compile(r"(?:\bоның|\bолардың|\bиз них|\bиз которых|\bof them|\bof whom|\bonyń|\boń|"
                               r"\bolardyń)\s*$", re.I)

# The part told after the number: "«29 of them have already undergone surgeries»", "100 из них получили …".
_PARTITIVE_AFTER = re.compile(r"\s*(?:of\s+them|of\s+whom|из\s+них|из\s+которых)(?![\w-])", re.I)


_BARE_REPEAT_FROM = 10_000


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
    # A bare part of "them" ("Оның 100-ін бүгін құттықтадық", "из них 100 получили …", "100 of them") with the value
    # and qualifier of a count in another sentence is that count again: all of them, told twice.
    for n, fig in enumerate(figures):
        if fig.noun is None and fig.unit == "items" and fig.duplicate_of is None and not fig.is_headline:
            at = fig.quote.find(fig.text)
            if at >= 0 and ((at > 0 and _PARTITIVE_BEFORE.search(fig.quote[max(0, at - 24):at])) or
                            _PARTITIVE_AFTER.match(fig.quote, at + len(fig.text))):
                same = next((k for k, other in enumerate(figures) if k != n and other.duplicate_of is None and
                             other.sentence_index != fig.sentence_index and other.noun is not None and
                             other.value == fig.value and other.qualifier == fig.qualifier), None)
                if same is not None:
                    fig.duplicate_of = same
    # A bare large number in the body standing for a figure told before ("plans to plant 18 mln seedlings … «18
    # million is support for forests and gardens»", "15 миллионов – это вклад в озеленение"): that figure again, when
    # an earlier sentence counts something with that value and qualifier (a small number may well be another count,
    # and a sum of money another donor's: "ТОО PetroRetail — 50 миллионов тенге, … — 50 миллионов").
    for n, fig in enumerate(figures):
        if fig.noun is None and fig.unit == "items" and fig.duplicate_of is None and not fig.is_headline and \
                fig.value >= _BARE_REPEAT_FROM:
            same = next((k for k, other in enumerate(figures[:n]) if other.duplicate_of is None and
                         other.sentence_index < fig.sentence_index and other.noun is not None and
                         other.unit not in CURRENCY_UNITS and
                         other.value == fig.value and other.qualifier == fig.qualifier), None)
            if same is not None:
                fig.duplicate_of = same
    # A bare number in a headline ("Миллион на благое дело") repeats the body's figure of that value ("1 млн
    # тенге"), whatever the body counts.
    for fig in figures:
        if fig.is_headline and fig.noun is None and fig.unit == "items" and fig.duplicate_of is None:
            body = next((k for k, other in enumerate(figures) if not other.is_headline and other.duplicate_of is None
                         and other.value == fig.value and other.qualifier == fig.qualifier), None)
            if body is not None:
                fig.duplicate_of = body
    # A headline the lead restates with its words in another order ("35 мың мұқтаж отбасыға азық-түлік себеті
    # таратылады" over "Мұқтаж отбасыларға 35 мың азық-түлік себеті таратылады"): one statement, whose number the
    # two orders attach to different nouns (families, baskets); the body's reading stands.
    for n, fig in enumerate(figures):
        if fig.is_headline and fig.duplicate_of is None:
            body = next((k for k, other in enumerate(figures) if not other.is_headline and other.duplicate_of is None
                         and other.value == fig.value and other.qualifier == fig.qualifier
                         and _same_words(fig.quote, other.quote)), None)
            if body is not None:
                for f in figures:  # the headline's own repeats (the page title over the title) go with it
                    if f.duplicate_of == n:
                        f.duplicate_of = body
                fig.duplicate_of = body


_STEM_WORD = re.compile(r"[^\W\d_]{3,}")
_MIN_RESTATED_WORDS = 5


def _stems(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in _STEM_WORD.findall(text.lower()))


def _same_words(headline: str, sentence: str) -> bool:
    """Does one of two sentences say nothing but the other's words (by their first five letters, so case endings
    and plurals agree: "отбасыға"/"отбасыларға"), at least five of them? A headline with the site's name after it
    ("… таратылады - «Qazaqstan» Ұлттық телеарнасы") still holds the whole lead sentence."""
    a, b = _stems(headline), _stems(sentence)
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small) >= _MIN_RESTATED_WORDS and small <= large

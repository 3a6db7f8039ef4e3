"""Dating an article: its publication date and the evidence for it, never more precise than that evidence
(DESIGN §2: `source` sources.csv → `page` the page's metadata → `text` a date line or timestamp at the top → `url` a
date in the URL → `inferred` the latest complete date the text states → `year_only` a year implied by the text's own
references → `unknown`). Most of this module is the step before `unknown`: the year an undated text is of
(implied_year), read from the years its sentences tell done, plan, compare with or count back from, and from the
years they name (named_years.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from loaders import clock
from loaders.extract.anchors import Anchor, find_anchors
from loaders.extract.named_years import (
    DONE_PLURAL_RU,
    LAST_YEAR_RE,
    MAY_SAY_LAST_YEAR,
    MAY_SAY_THIS_YEAR,
    NOW_RE,
    THEME_DECLARED_PAST,
    THIS_YEAR_ELIDED,
    THIS_YEAR_RE,
    YEAR_DIGITS,
    about_the_future,
    anniversary_year,
    event_name_year,
    founding_anniversary_year,
    is_draft_budget_span,
    is_horizon_year,
    is_plan_span,
    last_years_event,
    school_year_start,
    theme_years,
    year_of,
    year_to_date_years,
)
from loaders.extract.patterns import WORD_END as _E
from loaders.extract.patterns import WORD_START as _W
from loaders.extract.periods import event_years_named, is_a_target_year, is_comparison_base, years_of_results
from loaders.extract.tense import has_planned_word, is_done_once, is_past_plan, is_past_report, ru_perfective_future
from loaders.extract.url_counter import counted_year
from loaders.lexicon import (
    MONTH_RE_EN,
    MONTH_RE_RU,
    REL_NEXT_YEAR,
)
from loaders.numbers import word_number
from loaders.text import (
    DateGuess,
    Sentence,
    article_language,
    copyright_year,
    normalize,
    publication_date,
    safe_date,
    sentence_language,
    site_calendar_date,
    unwrapped_url,
    yearless_header_day,
)

# (and a year compared with as a whole, in a sentence of a change: "По сравнению с 2009 годом, обхват детей
# увеличился на 6000 человек", "compared to 2009, … increased", "2009 жылмен салыстырғанда … артты": the text is of
# a later year, at least the one after)
_SAME_PERIOD_OF_A_YEAR = re.compile(r"(?:(?:same|corresponding|similar|analogous|comparable)\s+"
                                    r"(?:period|date|day|time)\s+"
                                    r"(?:of|in|last\s+year,?)\s*|"
                                    r"аналогичн\w+\s+(?:период\w*|дат\w*)\s+|(?:того\s+же\s+периода|"
                                    r"(?:за\s+)?тот\s+же\s+период|ту\s+же\s+дату)\s+)((?:19|20)\d{2})|((?:19|20)\d{2})\s+жылдың\s+"
                                    r"(?:сәйкес|осы|ұқсас)\s+кезең|"
                                    r"(?:по\s+сравнению\s+с|compared\s+(?:to|with))\s+((?:19|20)\d{2})(?!\s*[-–—])|"
                                    # "с увеличением на 30,2 тыс. га к уровню 2021 года", "относительно 2021 года"
                                    r"(?<!\w)(?:к\s+уровню|относительно)\s+((?:19|20)\d{2})(?!\s*[-–—])|"
                                    r"((?:19|20)\d{2})\s+жылмен\s+салыстырғанда|"
                                    # "получено более 318 тыс. тонн зерна, в 2014 году на этот период было намолочено
                                    # порядка 158": the same date of a year before
                                    r"(?<!\d)((?:19|20)\d{2})\s*(?:году|г\.)\s+на\s+(?:этот|тот|эту|ту)\s+(?:же\s+)?"
                                    r"(?:период|дату|время|момент)|"
                                    # "To compare, at the end of 2019, it was just over 900 billion tenge", "Для
                                    # сравнения, в 2019 году …", "Салыстыру үшін, 2019 жылы …": a base told apart
                                    r"(?:\bto\s+compare|\bfor\s+comparison|\bby\s+comparison|(?<!\w)для\s+сравнения|"
                                    r"(?<!\w)салыстыру\s+үшін)[,:]?\s+(?:[^\W\d_]+\s+){0,4}?((?:19|20)\d{2})(?!\s*[-–—]\d)",
                                    re.I)


# A time counted back to a year the sentence names: "История … началась шесть лет назад … В конце ноября 2019 года
# мужчина ушел", "Six years ago, in 2019, …", "бес жыл бұрын, 2019 жылы": the text is about that many years after
# the year (one year named; see _year_counted_back).
_A_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")

_YEARS_AGO = re.compile(_W + r"(?P<n>\d{1,2}|[^\W\d_]+)\s+(?:лет|года|years|жыл)\s+(?:тому\s+)?(?:назад|ago|бұрын)"
                        + _E, re.I)


def _count_of_years(n: str) -> int:
    """A count of years in digits or words ("6", "шесть", "six", "алты"), kept from 2 to 30, else 0."""
    if n.isdigit():
        count = int(n)
    else:
        hit = next((h for h in (word_number(n, lang) for lang in ("ru", "en", "kk")) if h and not h[1]), None)
        count = int(hit[0]) if hit else 0
    return count if 2 <= count <= 30 else 0


def _years_back(low: str) -> int:
    """How many years the sentence counts back ("шесть лет назад": 6), 0 without such a count (2 to 30 only)."""
    m = _YEARS_AGO.search(low)
    return 0 if m is None else _count_of_years(m.group("n"))


# Years waited since a year the text named, up to now: "2002 жылы үй кезегінде тұрған едім. 17 жыл күтіп, бүгін
# үйдің кілтін алдым" (2019), "В 2002 году встала в очередь, ждала 17 лет", "she waited 17 years": the year named and
# the years waited, in one sentence or the next.
_YEARS_WAITED = re.compile(_W + r"(?:(?P<n>\d{1,2}|[^\W\d_]+)\s+(?:жыл|лет|года|years)\s+(?:бойы\s+)?(?:күт\w*|"
                           r"ждал\w*|ожида\w*|of\s+waiting)|(?:ждал\w*|ожидал\w*|waited|had\s+waited)\s+(?:for\s+)?"
                           r"(?P<n2>\d{1,2}|[^\W\d_]+)\s+(?:лет|года|years))" + _E, re.I)


def _years_waited(low: str) -> int:
    """How many years the sentence tells were waited (2 to 30), 0 without such a count."""
    if "күт" not in low and "жда" not in low and "wait" not in low:
        return 0  # (a cheap test first: few sentences tell a wait)
    m = _YEARS_WAITED.search(low)
    return 0 if m is None else _count_of_years(m.group("n") or m.group("n2"))


# Years passed since a start the text names with its year, up to now: "Когда был создан регион (8 июня 2022 года) …
# За истекшие два года мы этот показатель увеличили до 56,5 процента" (2024), "Орталық 2019 жылы ашылды. Өткен үш жылда
# …" (2022), "The fund was founded in 2015. Over the past five years it has …" (2020): the start's year (one, in the
# sentence or the one before, with a word of starting) and the years passed.
_YEARS_PASSED = re.compile(
    _W + r"(?:(?:за|в)\s+(?:истекшие|прошедшие|минувшие)\s+(?P<n>\d{1,2}|[^\W\d_]+)\s+(?:года|лет)|"
    r"прошло\s+(?:уже\s+)?(?P<n2>\d{1,2}|[^\W\d_]+)\s+(?:года|лет)|"
    r"(?:over|in|during)\s+the\s+past\s+(?P<n3>\d{1,2}|[^\W\d_]+)\s+years|"
    r"it\s+has\s+been\s+(?P<n4>\d{1,2}|[^\W\d_]+)\s+years\s+since|"
    r"өткен\s+(?P<n5>\d{1,2}|[^\W\d_]+)\s+жыл(?:да|да|ішінде)|(?P<n6>\d{1,2}|[^\W\d_]+)\s+жыл\s+өтті)" + _E, re.I)
_STARTED = re.compile(r"(?:созда|основа|образова|откры|запущ|нача|учрежд)\w*|"
                      r"\b(?:created|founded|formed|established|launched|opened|started|began)\b|"
                      r"құрыл\w*|ашыл\w*|басталды|басталған|іске\s+қосыл\w*", re.I)


def _years_passed(low: str) -> int:
    """How many years the sentence tells have passed (2 to 30), 0 without such a count."""
    if not any(w in low for w in ("истекш", "прошедш", "минувш", "прошло", "past", "has been", "өткен", "өтті")):
        return 0  # (a cheap test first)
    m = _YEARS_PASSED.search(low)
    return 0 if m is None else _count_of_years(next(g for g in m.group("n", "n2", "n3", "n4", "n5", "n6") if g))


def _counted_back_years(sents: list[Sentence]) -> dict[int, int]:
    """The years a text reaches by counting years back from a year it names, in one sentence or over two (the count
    first, the year in the next): {index of the sentence naming the year: the year reached (_year_counted_back)};
    and by counting the years waited since a year it names (the year first: _YEARS_WAITED)."""
    found: dict[int, int] = {}
    back = 0
    named: set[int] = set()  # the years of the sentence before
    started_before: set[int] = set()  # the years of a start told up to two sentences before
    since_start = 0
    this_year = clock.today().year
    for k, sent in enumerate(sents):
        low = normalize(sent.text).lower()
        here = _years_back(low)
        for counted in (_year_counted_back(low, here), _year_counted_back(low, back)):
            if counted is not None and counted <= this_year:
                found[k] = max(counted, found.get(k, counted))
        years = {int(y) for y in _A_YEAR.findall(low)}
        waited = _years_waited(low)
        base = years or named
        if waited and len(base) == 1 and next(iter(base)) + waited <= this_year:
            found[k] = max(next(iter(base)) + waited, found.get(k, 0))
        passed = _years_passed(low)
        start = years if years and _STARTED.search(low) else started_before
        if passed and len(start) == 1 and next(iter(start)) + passed <= this_year:
            found[k] = max(next(iter(start)) + passed, found.get(k, 0))
        if years:
            started_before, since_start = (years if _STARTED.search(low) else set()), 0
        else:
            since_start += 1  # (a sentence or two without a year may stand between: "– Авт.), уровень …")
            if since_start > 2:
                started_before = set()
        named = years
        back = here if _A_YEAR.search(low) is None else 0
    return found


def _year_counted_back(low: str, back: int) -> int | None:
    """The year `back` - 1 years after the one year the sentence names, None without exactly one. Years are
    counted back inclusively as often as not ("This tradition we started four years ago, … in 2010" on a page of
    2013; "шесть лет назад … в ноябре 2019 года" on one of 2025): the earlier year is the bound the text gives."""
    # (not a deadline's year, which lies ahead: "Т77 млн должны вернуть до конца 2016 года жители, получившие
    # микрокредиты 5 лет назад" counts from now, not from 2016)
    years = {int(m.group(0)) for m in _A_YEAR.finditer(low)
             if not _DEADLINE_BEFORE_A_YEAR.search(low, max(0, m.start() - 20), m.start())}
    return next(iter(years)) + back - 1 if back and len(years) == 1 else None


_DEADLINE_BEFORE_A_YEAR = re.compile(r"(?:до\s+конца|к\s+концу|(?<!\w)до|(?<!\w)к|\bby\s+the\s+end\s+of|\bby|\buntil|"
                                     r"\btill)\s+$")


# "Last year" as the base of a comparison: "былтырғыдан жоғары", "былтырғыға / өткен жылға қарағанда", "өткен жылмен
# салыстырғанда", "чем в прошлом году", "по сравнению с прошлым годом", "против прошлого года", "than last year",
# "compared to last year".
# Russian "last year's" as an adjective ("урожай … в два раза превышает прошлогодний", "прошлогоднего уровня"): the text
# is of the year after the one it compares with (periods.py reads no period from it: it is a base, "это больше
# прошлогоднего")
_LAST_YEARS_RU = re.compile(r"(?<!\w)прошлогодн\w*", re.I)
_LAST_YEAR_AS_A_BASE = re.compile(
    r"(?:больше|меньше|выше|ниже|превыша\w*|превысил\w*)\s+прошлогодн\w*|былтырғыдан|(?:былтырғы|өткен\s+жыл)(?:ға|мен)\s+(?:қарағанда|салыстырғанда)|өткен\s+жылғыдан|"
    r"чем\s+в\s+прошлом\s+году|по\s+сравнению\s+с\s+прошлым\s+годом|против\s+прошлого\s+года|"
    r"\bthan\s+(?:it\s+was\s+|in\s+)?last\s+year|compared\s+(?:to|with)\s+last\s+year", re.I)


@lru_cache(maxsize=8192)
def _years_of_a_sentence(norm: str, today: dt.date) -> tuple[bool, bool, tuple[int, ...]]:
    """_told_years, and the year after one that "this year" is set against in the sentence ("В 2018 году объем
    переработки составил 3,1 процента, в нынешнем году показатель планируется довести до 7,5": this year is a later
    one, whether its own clause reports or plans)."""
    last_year, this_year, years = _told_years(norm, today)
    if this_year and not last_year and YEAR_DIGITS.search(norm) and \
            (m := _A_YEAR_THEN_THIS_YEAR.search(norm.lower())) is not None:
        years = (*years, int(m.group(1)) + 1)
    return last_year, this_year, years


def _told_years(norm: str, today: dt.date) -> tuple[bool, bool, tuple[int, ...]]:
    """What one normalized sentence gives implied_year: does it say "last year", does it say "this year", and the
    years it states about the past or present. Pure in the sentence and the day (remembered per text: the
    sentences of undated texts come back in other texts of their site)."""
    low = norm.lower()
    last_year = (MAY_SAY_LAST_YEAR(low) and LAST_YEAR_RE.search(low) is not None) or \
        _LAST_YEARS_RU.search(low) is not None
    this_year = (MAY_SAY_THIS_YEAR(low) and THIS_YEAR_RE.search(low) is not None) or \
        THIS_YEAR_ELIDED.search(low) is not None
    if last_year and _LAST_YEAR_AS_A_BASE.search(low) and YEAR_DIGITS.search(low):
        # "2021 жылғы егін жинау науқаны аяқталуға жақын және қарқыны былтырғыдан жоғары": last year is the base the
        # year named is set against, so that year is the text's own, as "this year" is (not last year)
        last_year, this_year = False, True
    years: list[int] = []
    anniversary = anniversary_year(low) or founding_anniversary_year(low)
    if anniversary is not None:
        years.append(anniversary)
        # (an anniversary is marked in its own year, as "this year": "Астананың 20 жылдығына орай 328 пәтерлі үй
        # пайдалануға берілді … Биыл … мыңнан аса пәтер беру жоспарланған" is of 2018)
        this_year = this_year or anniversary_year(low) is not None
    # a year whose results are reported is over ("отчитался об итогах … развития области за 2023 год … В прошлом году
    # …"): the text is of a later year
    # (and the year after it is the text's own, as "this year" is: its "last year" is the year reported)
    results = years_of_results(low)
    years.extend(year + 1 for year in results)
    this_year = this_year or bool(results)
    named = event_name_year(low)
    if named is None and last_year:
        named = last_years_event(low)  # "В прошлом году провели акцию «Сүндет- 2019»": the text is of 2020
    if named is not None:
        years.append(named)
    school = school_year_start(low)
    if school is not None:
        years.append(school)
        # (its second year is the school year's end, not the text's; a new or coming school year is told in the year
        # it starts: "В следующем 2019-2020 учебном году … на 2200 учащихся больше, чем в прошлом году" is of 2019)
        return last_year, this_year or not last_year, tuple(years)
    themes = theme_years(norm)
    # Without a publication date, every year or range anchor has a year written in digits.
    digits = YEAR_DIGITS.search(low) is not None
    if not themes and not digits:
        return last_year, this_year, tuple(years)  # no year to take: the tests for plans are not needed
    if about_the_future(low) and not (themes and THEME_DECLARED_PAST.search(low)) and \
            (not digits or about_the_future(_without_horizons(low))):
        # years of plans and forecasts do not count (a past plan does); the base of a forecast's change does: "Average
        # yields are expected to reach 10.3 centners per hectare, down from 14.5 c/ha in 2024" is told in 2025
        bases = [year_of(m) + 1 for m in _BASE_OF_A_FORECAST.finditer(low)]
        # a plan's span with what is done of it "this year" ("В 2024-2026 годах планируется реализация 31 проекта …,
        # из них в этом году реализовано 13 проектов"): this year is within the span, its first year at the earliest
        spans = [a.period_start.year for a in find_anchors(low, None) if this_year and not last_year and
                 a.kind == "range" and a.period_start is not None and a.period_end is not None and
                 a.period_end.year - a.period_start.year <= 10 and _DONE_THIS_YEAR.search(low)] if digits else []
        # (a clause of its own told done keeps its year: "В 2022 году отремонтировали около 28 километров, в 2023 —
        # объем будет увеличен")
        done = [a.period_end.year for part in re.split(r"[,;]", low) if part.strip() and YEAR_DIGITS.search(part)
                and re.search(r"\d", YEAR_DIGITS.sub("", part))  # (a figure of its own, not a time alone)
                and not about_the_future(part) and is_past_report(part, sentence_language(part))
                for a in find_anchors(part, None) if a.kind == "year" and a.period_end is not None] if digits else []
        return last_year, this_year or bool(bases), (*years, *bases, *spans[:1], *done)
    # a theme year names the text's year, as "this year" does (a year declared so already counts in a sentence of
    # plans too: "В год, объявленным годом детей, центр … ожидая одобрения")
    years.extend(themes)
    this_year = this_year or bool(themes)
    # so does the year of a city's title ("Түркістан – Түркі мемлекеттерінің 2024 жылғы туристік астанасы ретінде
    # белгіленген еді", "туристическая столица тюркского мира 2024 года", "Tourism Capital of the Turkic World 2024"):
    # the title was given before its year, the text that tells of it is of that year (not a later one)
    this_year = this_year or _CAPITAL_OF_A_YEAR.search(low) is not None
    # "Compared to the same period of 2020, …", "по сравнению с аналогичным периодом 2020 года", "2020 жылдың сәйкес
    # кезеңімен салыстырғанда": the base is last year's, the text is of the year after it
    same_period = list(_SAME_PERIOD_OF_A_YEAR.finditer(low))
    years.extend(year_of(m) + 1 for m in same_period)
    # (the year after the base of "the same date / period" is the text's own, as "this year" is: its "last year" is
    # the base — "На аналогичную дату 2015 года … 11,7 ц/га в прошлом году" is of 2016; a bare "compared with 2012"
    # may tell last year's change: "В прошлом году … возросло на 65 % по сравнению с 2012 годом" is of 2014)
    this_year = this_year or any(m.group(1) or m.group(2) or m.group(6) for m in same_period)
    if digits:
        for anchor in find_anchors(low, None):
            if anchor.kind in ("year", "range", "month", "day") and anchor.period_end is not None:
                if anchor.kind == "year" and is_horizon_year(low, anchor):
                    continue  # "the Development Programme … till 2025 and the medium-term perspective till 2030"
                year = anchor.period_end.year
                if anchor.kind == "range" and anchor.period_start is not None and is_draft_budget_span(low, anchor):
                    year = anchor.period_start.year - 1  # a draft budget for 2025-2027 is debated in 2024
                elif anchor.kind == "range" and anchor.period_start is not None and is_plan_span(low, anchor):
                    year = anchor.period_start.year
                if this_year and anchor.kind in ("year", "months", "range") and _aside_of_a_base(low, anchor):
                    # "биыл 9 айда … 1062 адам зардап шекті (2020 жылдың 9 айында – 1023 адам)", "в этом году … (в
                    # 2020 году – 1023)": the bracketed year is the one this year is set against, a year before
                    years.append(year + 1)
                    continue
                if anchor.kind == "year" and _a_comparison_base(low, anchor):
                    # (the figure set against the base is of the text's own year, as "this year" is: "Риса собрано
                    # больше на 20 тыс. тн, чем в 2019 году" tells 2020's harvest, no year reported done; a figure of
                    # "last year" set against it is of the year after the base, the text one more: "В прошлом году
                    # удалось открыть 14,5 тыс. мест, что почти в четыре раза больше, чем в 2009 году" is of 2011)
                    year += 2 if last_year else 1
                    this_year = True
                elif anchor.kind == "year" and (_set_against_now(low, anchor.end) or
                                                _less_or_more_than_now(low, anchor)):
                    year += 1
                if anchor.kind in ("day", "month") and _WILL_LAST_UNTIL.search(low, max(0, anchor.start - 30),
                                                                                anchor.start):
                    continue  # "… начался 15 октября 2025 года и продлится до 15 апреля 2026 года": a day to come
                if anchor.kind == "year" and _KK_PURPOSE_AFTER.match(low, anchor.end):
                    continue  # "Біз 2025 жылы … 2 жобаны іске асыру үшін … өтінім бердік": the year of the purpose
                if _CARRIED_OVER_TO.search(low, max(0, anchor.start - 40), anchor.start + 4) or \
                        _CARRIED_OVER_TO_KK.match(low, anchor.start):
                    # "переходящих на 2023 год неблагополучных пунктов нет", "Алты нысанның барлығы 2023 жылға
                    # өтпелі": the year the cases or works would go on to, so the text is of the year before it
                    year -= 1
                years.append(year)
    return last_year, this_year, tuple(years)


# A year told in one clause, "this year" in the next: "в 2018 году … 3,1 процента, в нынешнем году …", "In 2018, …,
# and this year …", "2018 жылы … , ал биыл …".
_A_YEAR_THEN_THIS_YEAR = re.compile(
    r"(?:(?<!\w)в\s+|\bin\s+)?((?:19|20)\d{2})(?:\s*(?:году|г\.|жылы))?,?(?:[^.;()]|(?<=\d)\.(?=\d)){3,160}?,\s*"
    r"(?:а\s+|and\s+|while\s+|"
    r"but\s+|ал\s+)?(?:в\s+(?:нынешнем|этом|текущем)\s+году|this\s+year|биыл(?:ғы\s+жылы)?)(?![\w-])", re.I)


def _without_horizons(low: str) -> str:
    """The sentence with the horizons of programmes blanked out ("в рамках программы развития до 2030 года
    построено", "2030 жылға дейінгі даму бағдарламасы аясында … салынды"): a programme's name is no future of the
    sentence's own."""
    for a in find_anchors(low, None):
        if a.kind == "year" and is_horizon_year(low, a):
            end = a.end
            if (m := re.match(r"\s*(?:жылға\s+)?дейінгі", low[end:])) is not None:
                end += m.end()
            low = low[:a.start] + " " * (end - a.start) + low[end:]
    return low


# what is done of a plan this year: "из них в этом году реализовано 13", "of which 13 were implemented this year", "оның
# ішінде биыл 13-і іске асырылды"
_DONE_THIS_YEAR = re.compile(r"(?:в\s+этом|в\s+текущем)\s+году\s+(?:уже\s+)?[а-я]+(?:ано|ено|ены|аны|ен|ан)\b|"
                             r"\b(?:were|was|have\s+been|has\s+been)\s+[a-z]+ed\s+this\s+year\b|"
                             r"\bthis\s+year,?\s+[^.]{0,40}?\b(?:were|was|have\s+been|has\s+been)\s+[a-z]+ed\b|"
                             r"биыл\s+(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+(?:ылды|ілді|лды|лді|ды|ді)\b", re.I)
_CAPITAL_OF_A_YEAR = re.compile(r"(?:19|20)\d{2}\s*жылғы\s+(?:[^\W\d_]+\s+){0,2}астана(?:сы)?(?![\w-])|"
                                r"(?<![\w-])столиц\w*(?:\s+[^\W\d_]+){0,4}\s+(?:19|20)\d{2}(?:\s*года)?(?!\d)|"
                                r"\bcapital\s+(?:of\s+(?:the\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+)?(?:19|20)\d{2}\b")


def _aside_of_a_base(low: str, anchor: Any) -> bool:
    """Is the time inside brackets that also hold a figure of its own ("(2020 жылдың 9 айында – 1023 адам)")?"""
    opened = low.rfind("(", 0, anchor.start)
    if opened == -1 or low.find(")", opened, anchor.start) != -1:
        return False
    closed = low.find(")", anchor.end)
    rest = low[anchor.end:closed if closed != -1 else len(low)]
    return re.search(r"\d", rest) is not None


# A Kazakh purpose clause after a year ("2025 жылы қала бойынша 2 жобаны іске асыру үшін жоба жасап, қаражатқа өтінім
# бердік": we applied for money to carry out two projects in 2025): the year is the plan's, however past the verb
# after it.
_KK_PURPOSE_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+|\d+\s+){0,5}?[^\W\d_]+(?:у|ю)\s+үшін(?![\w-])")


# The end of a span still to come, after a verb of lasting in the future: "продлится до 15 апреля 2026 года", "will last
# until April 15, 2026", "2026 жылғы 15 сәуірге дейін жалғасады" (the Kazakh verb after the day is not read here).
_WILL_LAST_UNTIL = re.compile(r"(?:продлится|будет\s+длиться|продолжится|будет\s+продолжаться)\s+(?:до|по)\s*$|"
                              r"\bwill\s+(?:last|run|continue)\s+(?:until|till|through)\s*$", re.I)


# What would go on into the next year ("переходящих на 2023 год", "carried over to 2023", "2023 жылға ауысатын",
# "2023 жылға өтпелі"): that year is not yet the text's, but the one after it.
_CARRIED_OVER_TO = re.compile(r"переходящ\w*\s+(?:на\s*|на\s+\d{1,4})?$|\bcarried\s+over\s+(?:to|into)\s*$", re.I)
_CARRIED_OVER_TO_KK = re.compile(r"(?:19|20)\d{2}\s*(?:-?\s*жылға|ж\.)\s+(?:[^\W\d_]+\s+)?"
                                 r"(?:өтпелі|ауысатын|ауысады|ауыстырыл\w*|көшетін|көшеді)(?![^\W\d_])", re.I)


def _year_of_now(low: str) -> bool:
    """Is a year told right beside a word of now ("the budget for 2015 so far", "на сегодняшний день в 2015 году"),
    no other figure between them? Not a year of another clause: "192 centers are functioning to date and more than
    2,000 consultations were provided in 2014"."""
    for now in _STATUS_NOW.finditer(low):
        for year in YEAR_DIGITS.finditer(low):
            gap = low[now.end():year.start()] if year.start() >= now.end() else low[year.end():now.start()]
            if len(gap) <= 20 and not re.search(r"\d", gap):
                return True
    return False


def _set_against_now(low: str, end: int) -> bool:
    """Is the figure of the year that ends at `end` set against a figure of "now" later in the sentence ("2019
    жылы 50 мың болса, қазір 200 мыңнан асады", "если в 2019 году было 50 тысяч, то сейчас более 200 тысяч", "from
    50,000 in 2019 to over 200,000 today")? Then the text was written after that year: the year is a bound from
    below, one year later (as "last year" next to a stated year)."""
    now = NOW_RE.search(low, end)
    if now is None:
        # "this year" set against the year's figure ("2023 жылы 1800 жас жұмысқа орналасқан болатын, биыл бұл
        # көрсеткіш 17%-ға артты", "в 2023 году — 1800, в этом году — на 17% больше", "1,800 in 2023; this year 17%
        # more"): the year's figure stands between them, so "this year" is a later one
        this = THIS_YEAR_RE.search(low, end) if MAY_SAY_THIS_YEAR(low) else None
        if this is not None and _DAY_OF_THIS_YEAR.search(low, max(end, this.start() - 30), this.start()):
            return False  # "in 2016 … the Decree dated February 18 of this year": a day's year, no figure set against
        return this is not None and re.search(r"\d", low[end:this.start()]) is not None
    return re.search(r"\d", low[end:]) is not None  # a figure after the year, on either side of "now"


# A day or a month right before "this year" names its year ("dated February 18 of this year", "от 18 февраля этого
# года", "биылғы 18 ақпандағы"): the digits between are the day's, not a figure's.
_DAY_OF_THIS_YEAR = re.compile(r"(?:" + MONTH_RE_EN + "|" + MONTH_RE_RU + r")\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*)?"
                               r"(?:of\s+)?$|\d{1,2}\s*(?:" + MONTH_RE_EN + "|" + MONTH_RE_RU + r")\s*(?:of\s+)?$",
                               re.I)


# A year's figure told as so much less or more, with no base named ("2021 жылы … 15,8 млн тонна немесе 26,5%-ға аз
# астық бастырылған", "в 2021 году собрали 15,8 млн тонн, или на 26,5% меньше", "15.8 million tonnes in 2021, or
# 26.5% less"): less or more than now, so the text was written after that year (as next to "last year").
_LESS_OR_MORE = re.compile(r"\d[\d,.]*\s*(?:%|пайыз)\s*-?\s*(?:ға|ге|қа|ке|ы|і)?\s+(?:аз|кем|көп|артық)\b|"
                           r"на\s+\d[\d,.]*\s*(?:%|процент\w*)\s+(?:меньше|больше)\b|"
                           r"\d[\d,.]*\s*(?:%|per\s*cent|percent)\s+(?:less|more|fewer)\b")
_A_BASE_AFTER = re.compile(r"^\s*(?:,\s*)?(?:чем|than|қарағанда|салыстырғанда|по\s+сравнению|compared)")


# A year told as the base a figure is set against ("больше, чем в 2021 году", "против 2021 года", "more than in
# 2021", "2021 жылға қарағанда"): the text is of a later year.
# (and a level held "at the level of 2015", "на уровне 2015 года", "2015 жылдың деңгейінде")
_BASE_BEFORE = re.compile(r"(?:(?<!\w)чем\s+(?:в\s+)?|(?<!\w)против\s+|\bthan\s+(?:in\s+)?|"
                          r"\bat\s+the\s+level\s+(?:of\s+)?|(?<!\w)на\s+уровне\s+)$", re.I)
_BASE_AFTER = re.compile(r"\s*(?:жылғы\s+(?:[^\W\d_]+\s+){0,2}?)?жыл\w*\s+(?:қарағанда|салыстырғанда|деңгейінде)",
                         re.I)


# A sentence that sets the figure just told against a base year: "Бұл 2017 жылмен салыстырғанда 15%-ке төмен", "Это на
# 15% меньше, чем в 2017 году", "This is 15% lower than in 2017".
_THIS_FIGURE_AGAINST_A_BASE = re.compile(r"^[\W_]*(?:бұл|это|this|that)\b[^.!?]{0,60}?(?:(?:19|20)\d{2}\s*"
                                         r"(?:-?\s*жыл\w*\s+)(?:қарағанда|салыстырғанда)|(?:чем|против|than|"
                                         r"compared\s+(?:to|with)|по\s+сравнению\s+с)\s+(?:в\s+|in\s+)?(?:19|20)\d{2})",
                                         re.I)


# The base of a change a forecast is set against: "down from 14.5 c/ha in 2024", "up from 50,000 in 2024", "чем в
# 2024 году", "против 14,5 ц/га в 2024 году"; and a level a forecast is held at ("expects that this year the villagers
# collect the crop at the level of 2015", "на уровне 2015 года", "2015 жылдың деңгейінде"): a year before the text's.
_BASE_OF_A_FORECAST = re.compile(r"\b(?:down|up)\s+from\s+[^;!?]{0,30}?\bin\s+((?:19|20)\d{2})\b|"
                                 r"(?<!\w)(?:чем|против)\s+[^;!?]{0,30}?\bв\s+((?:19|20)\d{2})\s*году|"
                                 r"\bat\s+the\s+level\s+of\s+((?:19|20)\d{2})\b|"
                                 r"(?<!\w)на\s+уровне\s+((?:19|20)\d{2})\s*года|"
                                 r"((?:19|20)\d{2})\s*(?:-?\s*жыл\w*)\s+деңгейінде", re.I)


def _a_comparison_base(low: str, anchor: Anchor) -> bool:
    """Is the year anchor the base a figure is set against (see above): the word of comparison before it, or the
    Kazakh "жылға қарағанда / жылмен салыстырғанда" after its digits?"""
    if _BASE_BEFORE.search(low, max(0, anchor.start - 20), anchor.start):
        return True
    digits = YEAR_DIGITS.search(low, anchor.start, anchor.end)
    return digits is not None and _BASE_AFTER.match(low, digits.end()) is not None


def _less_or_more_than_now(low: str, anchor: Anchor) -> bool:
    if len(_A_YEAR.findall(low)) != 1:
        return False  # another year in the sentence is the base or the time
    told = _LESS_OR_MORE.search(low, anchor.end)
    return told is not None and _A_BASE_AFTER.match(low, told.end()) is None


def _part_of_the_year_so_far(sents: list[Sentence], year: int) -> bool:
    """Does the text report a part of `year` from January that is not all of it ("2018 жылдың І тоқсаны", "за январь-
    сентябрь 2022 года", "in the first half of 2019"), or its start ("в начале 2024 года")? Such results are told
    during that year."""
    for sent in sents:
        low = normalize(sent.text).lower()
        if str(year) not in low:
            continue
        for anchor in find_anchors(low, None):
            if anchor.kind in ("range", "month", "day", "part") and anchor.period_start is not None and \
                    anchor.period_end is not None and anchor.period_start == dt.date(year, 1, 1) and \
                    anchor.period_end.year == year and anchor.period_end.month < 12:
                return True  # (or its start: "в начале 2024 года", "на 1 января 2024 года")
    return False


def implied_year(sents: list[Sentence]) -> int | None:
    """The year a text without a date was written in, from its own references: the latest year it states about
    the past or present ("In 2019, the campaign runs under the slogan …"; a month or day with its year too: "As of
    Jan. 2020"), one year later when the text also speaks of "last year" and never of "this year" ("в 2023 году …
    в прошлом году", "былтыр" next to a stated year: the stated year is the last one). Years of plans and
    forecasts do not count. None without a year."""
    year = _year_of_its_references(sents)
    if year is not None and year > clock.today().year:
        return None  # a year still to come is no year a text was written in (a target the rules did not tell apart)
    if year is not None and year <= _PANDEMIC_YEAR and _last_year_of_the_pandemic(sents):
        # "рекордным был доковидный 2019 год … В прошлом году в связи с пандемией этот показатель упал": last year
        # was the pandemic's (2020 at the earliest), the text is of a year after it
        return _PANDEMIC_YEAR + 1
    return year


def _year_of_its_references(sents: list[Sentence]) -> int | None:
    """implied_year before the pandemic's bound (see there)."""
    latest: int | None = None
    last_year = False
    to_date: set[int] = set()
    # Years stated next to "this year" (or in a text that says "this year" with no year of its own beside it,
    # which then may be any): "this year" is that year, not one after the latest stated.
    this_year_years: set[int] = set()
    this_year_alone = False
    plans_this_year = False  # a sentence of "this year" with no year of its own tells a plan
    this_year_told = False  # a sentence of "this year" tells something other than a plan
    last_year_at: set[int] = set()  # the sentences that say "last year"
    plan_after_last_year = False  # a plan of "this year" right after a sentence of "last year"
    plan_with_progress = False  # a plan of "this year" telling what is "already" done of it
    last_years_year: int | None = None  # the year a base dates last year's figure to (below)
    reported: list[tuple[str, tuple[int, ...]]] = []  # sentences with years, not of "this year"
    today = clock.today()  # (event_name_year reads the current year)
    counted_back = _counted_back_years(sents)  # "… шесть лет назад. В конце ноября 2019 года мужчина ушел": 2024
    # the same figure told with its year and with "this year" ("6,7 млн голов … вакцинировали в 2023 году" / "В
    # текущем году … проведена вакцинация 6,7 млн голов"): this year is that year
    this_year_numbers: set[str] = set()
    year_of_number: dict[str, set[int]] = {}
    for k, sent in enumerate(sents):
        norm = normalize(sent.text)
        says_last, says_this, years = _years_of_a_sentence(norm, today)
        if k in counted_back:
            years = (*years, counted_back[k])
        if k - 1 in last_year_at and not says_last and len(years) == 1 and \
                _THIS_FIGURE_AGAINST_A_BASE.match(norm.lower()):
            # "Өткен жылы … 22 адам қайтыс болса … Бұл 2017 жылмен салыстырғанда 15%-ке төмен": "this" is last year's
            # figure, which the base dates to the year after it (2018); the text is a year later again (and the
            # sentence tells no "this year" of its own: the base's year after is last year's)
            last_years_year, says_this = years[0], False
        last_year = last_year or says_last
        if says_last:
            last_year_at.add(k)
        if years and not says_this and not says_last and _year_of_now(norm.lower()):
            # "We haven't changed the budget for 2015 so far": the year of a state as of now is this year
            says_this = True
        if says_this:
            this_year_years.update(years)
            this_year_alone = this_year_alone or not years
            if not years:
                this_year_numbers.update(_FIGURE_DIGITS.findall(norm))
            planned_here = not years and YEAR_DIGITS.search(norm) is None and (
                has_planned_word(norm.lower()) or _KK_INTENT.search(norm.lower()) is not None
                or ru_perfective_future(norm.lower())  # "В этом году … направят более 11 миллиардов тенге"
                or _KK_PASSIVE_AORIST_CLOSING.search(norm.lower()) is not None)  # "Биыл … 29 жатақхана салынады"
            plans_this_year = plans_this_year or planned_here
            # "This year it is planned to relocate 2,253 families, of which 1,050 … have already been resettled":
            # the year of the plan is going on (as _ALREADY reads a year told done)
            plan_with_progress = plan_with_progress or (planned_here and _ALREADY.search(norm) is not None)
            this_year_told = this_year_told or not planned_here
            # (after any earlier sentence of "last year": "В прошлом году были подключены … Доступ получили 38
            # абонентов … До декабря текущего года планируется газифицировать …")
            plan_after_last_year = plan_after_last_year or (planned_here and any(j < k for j in last_year_at))
        elif years:
            reported.append((norm, years))  # read for a report done only when "this year" plans (below)
            if len(years) == 1:
                for number in _FIGURE_DIGITS.findall(norm):
                    year_of_number.setdefault(number, set()).add(years[0])
        to_date.update(year_to_date_years(norm.lower()))
        if years:
            latest = max(years) if latest is None else max(latest, *years)
    if last_years_year is not None and latest == last_years_year:
        return latest + 1  # (see above: "this year" told beside it, "Жыл басынан бері …", is that later year)
    contrasted = _last_year_set_against_a_year(sents)
    if contrasted is not None and (latest is None or contrasted > latest):
        return contrasted  # "2019 жылы 42 млрд теңге, ал былтыр 80 млрд теңге бөлінді": last year is 2020 at least
    budget = _budget_against_this_year(sents)
    if budget is not None:
        return budget  # "2019 жылға арналған облыстық бюджет … Қазына қоржыны биылғыға қарағанда ұлғайтылған": 2018
    next_plans = _plans_set_for_next_year(sents)
    if next_plans is not None and (latest is None or next_plans > latest):
        return next_plans  # "2023 жылға жоспарларды белгіледік. Келер жылы … жұмыстар жүргізілмек": written in 2022
    rest = _the_rest_in_a_later_year(sents)
    if rest is not None and (latest is None or rest + 1 >= latest):  # (the rest's own year may be the latest told)
        return rest  # "25 мектептің 14-нің құрылысы жыл соңына дейін аяқталады. Қалған 11 мектепті 2015 жылы іске қосу
        # жоспарланып отыр": this year ends before 2015, written in 2014
    for number in this_year_numbers:
        if len(year_of_number.get(number, ())) == 1:
            this_year_years |= year_of_number[number]
    coming = _year_before_the_coming_one(sents)
    if coming is not None and (latest is None or coming >= latest):
        return coming  # "Алдағы 2018 жылы … жоспарлануда", "в предстоящем 2018 году": written in 2017
    run = _run_of_plans(sents)
    if run is not None and (latest is None or latest in run[1]):
        return run[0]  # the latest year named is one of a plan's, after "next year"
    planned = _plan_and_its_progress(sents)
    if planned is not None and (latest is None or planned > latest):
        return planned  # "В 2022 году запланирована посадка … При весенней посадке текущего года проведены …"
    if latest is None and this_year_told and (before_plan := _the_year_before_a_plan(sents)) is not None:
        return before_plan  # "This year, 36.7 billion tenge were allocated … In 2019, 1.6 billion will be allocated"
    provided = _provided_for_a_year(sents)
    if provided is not None and (latest is None or latest < provided - _HISTORY_YEARS):
        # "declared by the UN General Assembly on December 14, 1990 … More than 1.2 billion tenge are provided for
        # pension and social payments in 2014": the old year is history, the budget's year is the text's
        return provided
    document = _document_of_this_year(sents)
    if document is not None and (latest is None or document >= latest):
        return document  # "signed a memorandum of mutual cooperation for year 2017 … will be repaired this year"
    if latest is None:
        return _near_plan_year(sents) or _event_held_this_year(sents) or _next_year_in_the_title(sents) or (
            _past_plans_span(sents) if this_year_alone else None) or (
            _year_of_this_years_plans(sents) if plans_this_year else None)
    if latest in to_date:
        return latest  # "Since the beginning of 2020, … carried out 56 events": told during 2020
    if not last_year and any(_OUTGOING_YEAR.search(normalize(s.text)) for s in sents):
        # "What happened in the Kyzylorda region in 2017? … In the outgoing year, agricultural producers … This year
        # the gasification of Baikonur has begun": the year going out is the one the text sums up, its latest
        return latest
    if not this_year_years and plans_this_year and not last_year and any(
            latest in years and _reports_done(norm) for norm, years in reported) and not any(
            latest in years and _ALREADY.search(norm) for norm, years in reported) and \
            not plan_with_progress and not _plans_for_the_year(sents, latest):
        # "В 2018 году в селах области было реализовано 344 проекта … В текущем году предприниматели … планируют
        # оказать помощь": a year reported done, then the plans of "this year", which is a later one
        return latest + 1
    if not this_year_years and this_year_alone and _this_year_set_against(sents, latest, before_too=not last_year):
        return latest + 1  # "This year there were no casualties. In 2021, carbon monoxide killed six people."
    if not this_year_years and this_year_alone and not last_year and not plans_this_year and \
            _latest_ends_a_span_only(reported, latest):
        # "Construction of 268 facilities was conducted … in the period from 2011 to 2016 … 4.7 billion tenge was
        # allocated … this year": a span told done up to its last year, then this year's money: a later year
        return latest + 1
    if not this_year_years and this_year_alone and not last_year and not plans_this_year and \
            _year_so_far_after_full_years(sents, reported, latest):
        # "Жыл басынан бері 666,8 мың ірі қара мал тексеріліп … 2021 жылы 6 490 …, 2022 жылы – 5 045, ал 2023 жылы бұл
        # көрсеткіш 4 141 басқа дейін азайған": whole years told done, up to the latest, and the year so far apart
        # from them: the year so far is a later one
        return latest + 1
    if not this_year_years and not last_year and _latest_only_recalled(reported, latest):
        # "Remember, in 2024, the group managed to gather 127 million tenge", "Напомним, в 2024 году …": the year
        # the text recalls is behind it; its own news is of a later year
        return latest + 1
    if plan_after_last_year and not this_year_told and any(
            latest in years and _reports_done(norm) for norm, years in reported) and \
            not any(latest - 1 in years and not _a_start_year(norm, latest - 1) for norm, years in reported):
        # "2018 жылы … 1194 медаль жеңіп алды. Өткен жылы 52 нысан пайдалануға берілді. Бұл көрсеткіш биыл тағы да
        # арта түспек": the year told done is last year, this year's only a plan set against it: the text is of the
        # year after (not when the year before the latest is told too, "in the past, in 2018, … the event … for
        # 2019": "last year" is that one)
        return latest + 1
    if not this_year_years and not last_year and _january_report_day(sents) and any(
            latest in years and _reports_done(norm) for norm, years in reported):
        # "25 января в поселке состоялась отчетная встреча акима с населением … в 2018 году бюджет поселка составил 105
        # млн тенге": a report held in January on a year told done is of the year after it
        return latest + 1
    this_year = bool(this_year_years) or (this_year_alone and not _a_run_of_years(sents, latest))
    if last_year and not this_year and _part_of_the_year_so_far(sents, latest):
        return latest  # "2018 жылдың І тоқсан қорытындысы бойынша … Былтыр …": written during 2018, "last year" is 2017
    year = latest + 1 if last_year and not this_year else latest
    return max(year, _PANDEMIC_YEAR) if year < _PANDEMIC_YEAR and _tells_of_the_pandemic(sents) else year


def _a_start_year(norm: str, year: int) -> bool:
    """Is the year named only as when something began ("начал осуществляться с 2012 года", "since 2012", "2012
    жылдан бастап")? It tells no year before the latest as such."""
    low = norm.lower()
    every = len(re.findall(rf"(?<!\d){year}(?!\d)", low))
    starts = len(re.findall(rf"(?:(?<!\w)(?:с|со|since|starting\s+(?:from|in))\s+{year}(?!\d)|"
                            rf"(?<!\d){year}\s*(?:-?\s*ж\.|-?\s*жыл\w*)?\s+бастап)", low))
    return every > 0 and starts == every


def _plans_for_the_year(sents: list[Sentence], year: int) -> bool:
    """Does a sentence plan works for that year, in a provision or the future ("В 2017 году предусмотрено завершить
    капремонт", "в 2017 году будут проведены работы")? Then "this year" of the text's plans is that year."""
    mark = str(year)
    for s in sents:
        low = normalize(s.text).lower()
        if mark in low and _PROVIDED_OR_FUTURE_IN_THE_YEAR.search(low) and any(
                a.kind == "year" and a.period_start is not None and a.period_start.year == year
                for a in find_anchors(low, None)):
            return True
    return False


_PROVIDED_OR_FUTURE_IN_THE_YEAR = re.compile(r"(?:19|20)\d{2}\s*(?:году|г\.)\s*(?:[^\W\d_]+\s+){0,2}?"
                                             r"(?:предусмотрен\w*|планиру\w*|запланирован\w*|будут|будет)|"
                                             r"\bin\s+(?:19|20)\d{2},?\s+(?:it\s+is\s+(?:planned|envisaged)|[a-z]+\s+will)\b|"
                                             r"(?:19|20)\d{2}\s*жылы\s*(?:[^\W\d_]+\s+){0,4}?"
                                             r"(?:көзделуде|көзделген|жоспарлануда|жоспарланып)", re.I)


# The year going out, told at its end: "in the outgoing year", "в уходящем году", "уходящего года", "өтіп бара жатқан
# жылы", "шығып бара жатқан жыл".
_OUTGOING_YEAR = re.compile(r"\boutgoing\s+year\b|(?<!\w)уходящ\w+\s+год\w*|(?:өтіп|шығып)\s+бара\s+жатқан\s+жыл",
                            re.I)


# A report meeting held on a day of January named without its year ("25 января … состоялась отчетная встреча акима",
# "On January 25, the akim held a report meeting", "25 қаңтарда … есепті кездесу өтті"): the yearly reports of akims
# to the residents are held in the first months of the year after the one they report.
_JANUARY_REPORT = re.compile(
    r"(?<!\d)\d{1,2}\s+(?:января|февраля)(?!\s*\d)[^.!?]{0,80}?(?:отчетн|отчётн)\w*\s+встреч|"
    r"\b(?:january|february)\s+\d{1,2}(?!\s*,?\s*\d{4})[^.!?]{0,80}?\breport(?:ing)?\s+meeting|"
    r"(?<!\d)\d{1,2}\s+(?:қаңтар|ақпан)\w*[^.!?]{0,80}?есеп\w*\s+кездесу", re.I)


def _january_report_day(sents: list[Sentence]) -> bool:
    return any(_JANUARY_REPORT.search(normalize(s.text)) for s in sents[:4])


# A figure's digits as a text writes them, long enough to be the same figure when told twice ("6,7", "577,5", "3773"):
# a decimal or three digits and more, not a year.
_FIGURE_DIGITS = re.compile(r"(?<![\d.,])(?!(?:19|20)\d{2}(?![\d.,]))\d+[.,]\d+|(?<![\d.,])(?!(?:19|20)\d{2}(?![\d.,]))"
                            r"\d{3,}(?![\d.,])")


# A text that speaks of the coronavirus pandemic ("квартира на карантине из-за пандемии коронавируса", "COVID-19",
# "коронавирус індеті") was written in 2020 at the earliest, whatever earlier year it states ("In 2019, … now, in
# quarantine, calls have doubled").
_PANDEMIC_YEAR = 2020
_PANDEMIC = re.compile(r"коронавирус\w*|ковид\w*|covid|coronavirus|sars-cov-2|\bpandemic\b|пандеми\w*", re.I)
# (not another pandemic: "the swine flu pandemic", "пандемия гриппа", "тұмау пандемиясы")
_OTHER_PANDEMIC = re.compile(r"\bflu\b|influenza|\bh1n1\b|грипп\w*|тұмау\w*", re.I)


# A year whose deeds are told as done "already" ("In 2024, 224 thousand saplings have already been planted", "В 2024
# году уже высажено", "2024 жылы 224 мың көшет отырғызылып та үлгерді"): the year is still going on, so the plans of
# "this year" after it are the same year's ("By the end of this year, another 96 thousand will be planted").
_ALREADY = re.compile(r"\balready\b|(?<!\w)уже(?!\w)|үлгер\w*|қазірдің\s+өзінде", re.I)


def _tells_of_the_pandemic(sents: list[Sentence]) -> bool:
    return any(_PANDEMIC.search(s.text) for s in sents) and not any(_OTHER_PANDEMIC.search(s.text) for s in sents)


# The pandemic named as the cause of what happened "last year" ("В прошлом году в связи с пандемией …", "из-за
# пандемии", "Last year, due to the pandemic, …", "Былтыр пандемияға байланысты …").
_DUE_TO_THE_PANDEMIC = re.compile(r"(?:в\s+связи\s+с|из-за|по\s+причине)\s+(?:[а-яё]+\s+)?"
                                  r"(?:пандеми|коронавирус|ковид)|"
                                  r"\b(?:due\s+to|because\s+of|amid)\s+(?:the\s+)?(?:covid|coronavirus|pandemic)|"
                                  r"(?:пандемия|коронавирус|ковид)\w*\s+(?:байланысты|салдарынан|кесірінен)", re.I)


# A year named, then "last year" set against it in the same sentence ("2019 жылы 42 млрд теңге, ал былтыр 80 млрд
# теңге бөлінді", "В 2019 году выделили 42 млрд, а в прошлом году — 80 млрд", "42 billion in 2019 and 80 billion last
# year"): last year is a later year than the one named, so the text is of two years after it at least.
_LAST_YEAR_SET_AGAINST = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?!\d)[^.;!?]{0,80}?(?:,\s*|\s+)(?:ал|а|тогда\s+как|while|whereas|and|but)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?(?:былтыр|в\s+прошлом\s+году|в\s+минувшем\s+году|last\s+year)(?![\w-])", re.I)


# A header's date cut to its year, alone on a line near the top: "2023 жылғы", "2023 г.", "2023 год".
_YEAR_ALONE = re.compile(r"\s*((?:19|20)\d{2})\s*(?:жылғы|жыл|ж\.|г\.|года?)?\s*")
_HEADER_LINES = 15


def _year_alone_in_the_header(text: str) -> int | None:
    for line in text.split("\n")[:_HEADER_LINES]:
        m = _YEAR_ALONE.fullmatch(line)
        if m is not None and int(m.group(1)) <= clock.today().year:
            return int(m.group(1))
    return None


def _months_reported_after(sents: list[Sentence], day: dt.date) -> bool:
    """Does a sentence report months of the day's year (a month, a half, "январь-июнь") as done, ending after the day
    and by today? Not a plan's or a forecast's months."""
    today = clock.today()
    for s in sents:
        low = normalize(s.text).lower()
        if str(day.year) not in low or about_the_future(low) or has_planned_word(low):
            continue
        for a in find_anchors(low, None):
            if a.kind in ("range", "month") and a.period_start is not None and a.period_end is not None and \
                    a.period_start.year == a.period_end.year == day.year and \
                    (a.period_end - a.period_start).days < 360 and day < a.period_end <= today:
                return True
    return False


# Works split between the end of this year and a year named for the rest: "14-нің құрылысы жыл соңына дейін аяқталады.
# Қалған 11 мектепті 2015 жылы іске қосу жоспарланып отыр", "до конца года сдадут 14 школ, оставшиеся 11 – в 2015
# году", "14 will be completed by the end of the year, the remaining 11 in 2015": the year named is the next one.
_THE_REST_IN_A_YEAR = re.compile(r"(?:қалған|оставш\w+|the\s+remaining|the\s+rest)[^.;!?]{0,60}?"
                                 r"(?:(?<!\d)((?:19|20)\d{2})\s*(?:жыл|год|г\.)|\bin\s+((?:19|20)\d{2})\b)", re.I)


def _the_rest_in_a_later_year(sents: list[Sentence]) -> int | None:
    """The year before the one named for the rest of works a sentence before says end this year (see above)."""
    for k, s in enumerate(sents):
        low = normalize(s.text).lower()
        if not _YEAR_END_OF_ITS_OWN.search(low) and not _THIS_YEARS_END.search(low):
            continue
        for other in sents[k:k + 2]:
            m = _THE_REST_IN_A_YEAR.search(normalize(other.text).lower())
            if m is not None and int(m.group(1) or m.group(2)) - 1 <= clock.today().year:
                return int(m.group(1) or m.group(2)) - 1
    return None


def _last_year_set_against_a_year(sents: list[Sentence]) -> int | None:
    """Two years after the year a sentence sets "last year" against (see above), None without such a sentence."""
    for s in sents:
        low = normalize(s.text).lower()
        if "былтыр" not in low and "прошлом" not in low and "минувшем" not in low and "last year" not in low:
            continue
        m = _LAST_YEAR_SET_AGAINST.search(low)
        if m is not None and not about_the_future(low) and int(m.group(1)) + 2 <= clock.today().year:
            return int(m.group(1)) + 2
    return None


def _last_year_of_the_pandemic(sents: list[Sentence]) -> bool:
    """Does a sentence of "last year" give the pandemic as its cause?"""
    for s in sents:
        low = normalize(s.text).lower()
        if _DUE_TO_THE_PANDEMIC.search(low) and MAY_SAY_LAST_YEAR(low) and LAST_YEAR_RE.search(low):
            return True
    return False


# "Next year" told just before a plan's named years ("Келесі жылы 1700 гектарды қамтимыз. … Ал, 2023 жылы 2100 гектар,
# 2024 жылы – 6350 гектар", "В следующем году — 1700 га, в 2023 году — 2100 га", "Next year 1,700 ha, in 2023 2,100
# ha"): next year is the year before the first one named, and the text is of the year before that.
_NEXT_YEAR_RE = re.compile(_W + r"(?:" + "|".join(REL_NEXT_YEAR) + r")" + _E, re.I)


def _run_of_plans(sents: list[Sentence]) -> tuple[int, set[int]] | None:
    """(the text's year, the years the plan names) for "next year" told before a run of named years (see above):
    the years after it in its own sentence, or in the next two sentences when those speak of the future."""
    for k, sent in enumerate(sents):
        low = normalize(sent.text).lower()
        at = _NEXT_YEAR_RE.search(low)
        if at is None or _A_YEAR.search(low[:at.start()]):
            continue
        named = {int(y) for y in _A_YEAR.findall(low[at.end():])}
        for other in sents[k + 1:k + 3]:
            other_low = normalize(other.text).lower()
            if about_the_future(other_low):
                named |= {int(y) for y in _A_YEAR.findall(other_low)}
        if named and min(named) >= 2000:
            return min(named) - 2, named
    return None


# An event named with its year that the text says is held this year ("«Астана ЭКСПО-2017» … Напомню, выставка
# пройдет в этом году, с 10 июня по 10 сентября", "the Games will be held this year", "көрме биыл өтеді"): the text
# is of the event's year (one event year named in the text).
_HELD_THIS_YEAR = re.compile(r"(?:в\s+этом\s+году|в\s+текущем\s+году|this\s+year|биыл)\b[^.!?]{0,60}?"
                             r"(?:пройд[её]т|состоится|откроется|will\s+be\s+held|will\s+take\s+place|will\s+open|"
                             r"өтеді|өтпек|ашылады)|(?:пройд[её]т|состоится|откроется|will\s+be\s+held|will\s+take\s+"
                             r"place|өтеді|өтпек)[^.!?]{0,40}?(?:в\s+этом\s+году|this\s+year|биыл)\b", re.I)


def _event_held_this_year(sents: list[Sentence]) -> int | None:
    lows = [normalize(s.text).lower() for s in sents]
    if not any(_HELD_THIS_YEAR.search(low) for low in lows):
        return None
    years = {y for low in lows for y in event_years_named(low)}
    return next(iter(years)) if len(years) == 1 else None


# A year named as the coming one: "Алдағы 2018 жылы", "келесі 2018 жылы", "в предстоящем (наступающем, следующем) 2018
# году", "next year, 2018", "the coming year 2018", "in the coming 2018"; or the first of coming years ("алдағы
# 2020-2021 жылдары", "в предстоящие 2020-2021 годы"): the text is of the year before it.
_SPAN_TAIL = r"(?:\s*[-–]\s*(?:19|20)?\d{2})?"
_COMING_NAMED_YEAR = re.compile(
    r"(?<!\w)(?:алдағы|келесі|келер)\s+((?:19|20)\d{2})" + _SPAN_TAIL + r"\s*жыл|(?<!\w)(?:следующ|предстоящ|"
    r"наступающ)\w*\s+((?:19|20)\d{2})" + _SPAN_TAIL + r"\s*(?:год|гг|г\.)|"
    r"\b(?:next|coming|upcoming)\s+(?:year\s*,?\s*\(?)?((?:19|20)\d{2})(?!\d)", re.I)


# A report that says when it was written ("Written in 2009.", "Написано в 2009 году.", "2009 жылы жазылған."): that
# year is the text's, whatever later date the site filed it under.
_WRITTEN_IN = re.compile(r"(?:^|[.!?]\s+)(?:written\s+in|написано\s+в)\s+((?:19|20)\d{2})(?:\s*году)?\s*\.|"
                         r"((?:19|20)\d{2})\s+жылы\s+жазылған\s*\.", re.I | re.M)


def _written_in(body: str) -> int | None:
    years = {int(m.group(1) or m.group(2)) for m in _WRITTEN_IN.finditer(body)}
    return years.pop() if len(years) == 1 else None


# Money provided for one year ("More than 1.2 billion tenge are provided for pension and social payments in 2014",
# "на эти цели в 2014 году предусмотрено 1,2 млрд тенге", "2014 жылға 1,2 млрд теңге қарастырылған"): a budget is
# told in its year (or just before it). It dates a text only when the text states no year but old history (more
# than _HISTORY_YEARS before it: "declared … in 1990"), never against a recent one.
_HISTORY_YEARS = 5
_PROVIDED_FOR_A_YEAR = re.compile(
    r"\b(?:provided|allocated|earmarked|budgeted)\s+for\b[^.!?]{0,80}?\bin\s+((?:19|20)\d{2})\b|"
    r"(?<!\w)(?:в|на)\s+((?:19|20)\d{2})\s*год\w*[^.!?]{0,60}?(?<!\w)(?:предусмотрен|выделен|заложен)\w*|"
    r"(?<!\w)(?:предусмотрен|выделен|заложен)\w*[^.!?]{0,60}?(?<!\w)(?:в|на)\s+((?:19|20)\d{2})\s*год|"
    r"((?:19|20)\d{2})\s*жыл(?:ы|ға)\b[^.!?]{0,60}?(?:қарастырыл|бөлін)\w*", re.I)


def _provided_for_a_year(sents: list[Sentence]) -> int | None:
    years = {year_of(m) for sent in sents
             for m in _PROVIDED_FOR_A_YEAR.finditer(normalize(sent.text))}
    return years.pop() if len(years) == 1 else None


# A document for one year signed or adopted ("have signed a memorandum of mutual cooperation for year 2017",
# "подписали меморандум о сотрудничестве на 2017 год", "2017 жылға арналған меморандумға қол қойды"), in a text that
# tells what is done "this year": the document is the current year's, so the text is of that year.
_DOCUMENT_FOR_A_YEAR = re.compile(
    r"\b(?:memorandum|agreement|plan|programme|program|budget|contract)\b[^.!?]{0,60}?\bfor\s+(?:the\s+)?"
    r"(?:year\s+)?((?:19|20)\d{2})\b(?!\s*[-–—]\s*(?:19|20)?\d{2})|"
    r"(?<!\w)(?:меморандум|соглашени|договор|план|программ|бюджет)\w*[^.!?]{0,60}?(?<!\w)на\s+((?:19|20)\d{2})"
    r"\s*(?:год|г\.)|((?:19|20)\d{2})\s*жылға\s+арналған\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:меморандум|келісім|жоспар|бағдарлама|бюджет)\w*", re.I)
_SIGNED = re.compile(r"\b(?:signed|adopted|approved|concluded)\b|(?<!\w)(?:подписа|утверди|заключи|принял|принят)\w*|"
                     r"қол\s+қой\w*|бекіт\w*|қабылда\w*", re.I)


def _document_of_this_year(sents: list[Sentence]) -> int | None:
    """The year of a document signed for one year in a text that speaks of this year (see above)."""
    years = set()
    for sent in sents:
        norm = normalize(sent.text)
        if _SIGNED.search(norm):
            years |= {year_of(m) for m in _DOCUMENT_FOR_A_YEAR.finditer(norm)}
    if len(years) != 1 or not _speaks_of_this_year(sents):
        return None
    return years.pop()


# The year a plan is for ("2026 жылға жоспарланған іс-шаралар", "мероприятия, запланированные на 2026 год", "the
# measures planned for 2026"), in a text whose "this year" tells plans only and which names no other year ("Биыл … 16
# млн доза вакцина егу жоспарланып отыр"): this year's plans are that year's, so the text is of that year. Not a span
# of years ("2026-2030 жылдарға жоспарланған") nor a deadline ("к 2030 году").
_PLANNED_FOR_A_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s+жылға\s+(?:арналған\s+)?жоспарлан\w*|"
    r"(?:запланированн|планируем|намеченн)\w*\s+на\s+((?:19|20)\d{2})\s*(?:год|г\.)|"
    r"(?<![\d–-])на\s+((?:19|20)\d{2})\s*год\w*\s+(?:запланирован|намечен)\w*|"
    r"\bplanned\s+for\s+((?:19|20)\d{2})\b(?!\s*[-–])|"
    # a deed still to be done in a year: "Over 86 thousand sq.m of housing to be built in Aktobe in 2015", "в 2015
    # году будет построено", "в 2015 году будут введены"
    r"\bto\s+be\s+(?:[a-z]+ed|built|done|given|sown|grown|held|spent|laid)\b[^.!?]{0,40}?\bin\s+((?:19|20)\d{2})\b"
    r"(?!\s*[-–])|"
    r"^[\W_]*в\s+((?:19|20)\d{2})\s*году[^.!?]{0,40}?(?<!\w)буд(?:ет|ут)(?!\w)|"
    # the year a plan is told in, at the head of its sentence: "In 2017, in Almaly district, it is planned to build 4
    # kindergartens", "В 2017 году в районе планируется построить", "2017 жылы ауданда … салу жоспарлануда"
    r"^[\W_]*in\s+((?:19|20)\d{2})\s*,?[^.!?]{0,60}?\b(?:is|are)\s+planned\b|"
    # ("KAZINFORM In 2022 Aktobe region plans to build eight healthcare facilities", "Also in 2022 …": a dateline or
    # a linking word before it, the plan told in the active)
    r"^[\W_]*(?:[^\W\d_]+\s+)?in\s+((?:19|20)\d{2})\s*,?\s+[^.!?]{0,60}?\bplans\s+to\b|"
    r"^[\W_]*в\s+((?:19|20)\d{2})\s*году[^.!?]{0,60}?(?<!\w)(?:планируется|запланирован[оаы]?)(?!\w)|"
    r"^[\W_]*((?:19|20)\d{2})\s*жылы[^.!?]{0,80}?жоспарлан(?:уда|ған|ып\s+отыр)|"
    # (the year inside the sentence, its verbal noun planned after it: "… шеңберінде 2025 жылы 10439 орынды 29
    # жатақхананы іске қосу жоспарланған")
    r"(?<!\d)((?:19|20)\d{2})\s*жылы\s+[^.!?]{0,80}?[^\W\d_]+(?:у|ю)\s+жоспарлан(?:уда|ған|ып\s+отыр)|"
    # a year, then what someone plans to do in it, its verbal noun in the accusative before "жоспарлап отыр" (is
    # planning): "қоры 2024 жылы 560 пәтерлік 9 көп пәтерлі үй салуды жоспарлап отыр"
    r"(?<!\d)((?:19|20)\d{2})\s*жылы\s+[^.!?]{0,80}?[^\W\d_]+(?:уды|уді|юды|юді)\s+жоспарлап\s+(?:отыр|отырмыз)", re.I)


# A plan told in the future for a year named at its head ("In 2019, 1.6 billion tenge will be allocated", "В 2019 году
# будет выделено", "2019 жылы … бөлінеді"), not a target to reach by a year ("к 2030 году", "by 2030").
_PLAN_IN_A_YEAR = re.compile(r"^[\W_]*(?:in|в)\s+((?:19|20)\d{2})(?:\s*году)?\s*,?|^[\W_]*((?:19|20)\d{2})\s+жылы\b",
                             re.I)


# (the plan's year after its future verb: "15 projects will be commissioned in 2023, he said", "будут введены в 2023
# году")
_PLAN_IN_A_YEAR_AFTER = re.compile(r"\bwill\s+be\s+[a-z]+(?:ed|en|t)\s+in\s+((?:19|20)\d{2})\b|"
                                   r"(?<!\w)буд(?:ет|ут)\s+[а-яё]+\s+в\s+((?:19|20)\d{2})\s*году", re.I)
_WILL = re.compile(r"\bwill\b|(?<!\w)буд(?:ет|ут)(?!\w)", re.I)
_PLAN_WORD = re.compile(r"\bplann\w*|(?<!\w)(?:за)?план\w*|жоспар\w*", re.I)


# a span's works about to begin ("2023-2024 жж. «Жайлы мектеп» ұлттық жобасы аясында 18 мектептің салынуы басталады",
# "в 2023-2024 годах начнется строительство", "construction will begin in 2023-2024"): told as the span opens
_SPAN_STARTS = re.compile(r"басталады|басталмақ|(?<!\w)начн[её]тся|(?<!\w)начнут|(?<!\w)стартует|"
                          r"\bwill\s+(?:start|begin|commence)\b", re.I)


def _past_plans_span(sents: list[Sentence]) -> int | None:
    """The first year of the one span a plan made before was for ("2024-2025 жылдары аралығында 41 білім беру
    нысанының құрылысын жүргізу жоспарланған болатын. Биыл соның 18-інің құрылысы аяқталады", "в 2024-2025 годах было
    запланировано …"), in a text of "this year": the text is of a year of that span (its first: a span's plan is
    told on while it runs)."""
    spans: set[int] = set()
    for sent in sents:
        low = normalize(sent.text).lower()
        if YEAR_DIGITS.search(low) is None or not (is_past_plan(low) or _SPAN_STARTS.search(low)):
            continue
        spans |= {a.period_start.year for a in find_anchors(low, None) if a.kind == "range" and a.period_start
                  and a.period_end and 0 < a.period_end.year - a.period_start.year <= 5}
    return spans.pop() if len(spans) == 1 else None


def _the_year_before_a_plan(sents: list[Sentence]) -> int | None:
    """The year before the one year the text's plans are told for, in a text that states no year of the past or
    present and tells deeds done "this year" ("This year, 36.7 billion tenge were allocated … In 2019, 1.6 billion
    tenge will be allocated": written in 2018, the plan being for the next year)."""
    years: set[int] = set()
    for sent in sents:
        low = normalize(sent.text).lower()
        if YEAR_DIGITS.search(low) is None:
            continue
        m = _PLAN_IN_A_YEAR.match(low) or _PLAN_IN_A_YEAR_AFTER.search(low)
        if m is None or not _WILL.search(low) or _PLAN_WORD.search(low) or _YEAR_END_OF_ITS_OWN.search(low):
            # a year told otherwise, or a plan of the year it is written in ("In 2017 … it is planned to build",
            # "В 2024 году … до конца года будут охвачены"): the year's plan alone does not date the text before it
            return None
        years.add(year_of(m))
    return years.pop() - 1 if len(years) == 1 else None


def _year_of_this_years_plans(sents: list[Sentence]) -> int | None:
    """The one year the text's plans are for (see above), or None when a sentence of "this year" reports a deed done
    ("This year, 16 million doses were used": this year may be any). When this year's plan runs to this year's end
    ("Осы жылдың соңына дейін тағы 9 мектеп ашуды жоспарлап отырмыз … 2025 жылы тағы 20-дан астам мектеп салуды
    жоспарлап отырмыз"), the named year is a later one: the year before it."""
    years: set[int] = set()
    to_this_years_end = False
    for sent in sents:
        norm = normalize(sent.text)
        years |= {year_of(m) for m in _PLANNED_FOR_A_YEAR.finditer(norm)}
        if MAY_SAY_THIS_YEAR(norm.lower()) and THIS_YEAR_RE.search(norm) and _reports_done(norm):
            return None
        to_this_years_end = to_this_years_end or (_THIS_YEARS_END.search(norm) is not None and
                                                  YEAR_DIGITS.search(norm.lower()) is None)
    if len(years) != 1:
        return None
    return years.pop() - 1 if to_this_years_end else years.pop()


_THIS_YEARS_END = re.compile(r"(?:осы|биылғы|ағымдағы)\s+жылдың\s+соңына\s+дейін|(?<!\w)до\s+конца\s+(?:этого|текущего|"
                             r"нынешнего)\s+года|\bby\s+the\s+end\s+of\s+(?:this|the\s+current)\s+year\b", re.I)


# Plans set for a named year, then "next year" opening the very next sentence ("2023 жылға жоспарларды белгіледік.
# Келер жылы … 30 ауылда жұмыстар жүргізілмек", "Мы определили планы на 2023 год. В следующем году …", "We have set
# the plans for 2023. Next year …"): next year is the year planned, so the text is of the year before it.
_PLANS_FOR_A_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s+жылға\s+(?:арналған\s+)?жоспар\w*|"
    r"(?<!\w)план\w*\s+на\s+((?:19|20)\d{2})\s*(?:год|г\.)|"
    r"\bplans?\s+for\s+((?:19|20)\d{2})\b(?!\s*[-–])", re.I)
_OPENS_WITH_NEXT_YEAR = re.compile(r"^[\W\d_]*(?:" + "|".join(REL_NEXT_YEAR) + r")" + _E, re.I)


# A budget for a named year set against this year's ("Қазына қоржыны биылғыға қарағанда ұлғайтылған … 2019 жылға
# арналған облыстық бюджет … 142,5 млрд теңге", "бюджет на 2019 год … больше, чем в текущем году", "the 2019 budget …
# higher than this year's"): the budget of the coming year, debated the year before it.
# (not the end of a span: "the original 2024-2026 budget plan"; article.py reads it too: a budget to come in the lead)
BUDGET_FOR_A_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s+жылға\s+арналған\s+(?:[^\W\d_]+\s+){0,2}?бюджет|"
    r"(?<!\w)бюджет\w*\s+(?:[а-яё]+\s+){0,2}?на\s+((?:19|20)\d{2})\s*год|"
    r"(?<![\d][-–—])\b((?:19|20)\d{2})\s+(?:regional\s+|state\s+|city\s+)?budget\b|"
    r"\bbudget\s+for\s+((?:19|20)\d{2})\b(?!\s*[-–—])", re.I)
_AGAINST_THIS_YEAR = re.compile(r"биылғы\w*\s+(?:[^\W\d_]+\s+)?(?:қара\w*да|салыстыр\w*)|"
                                r"(?:чем|по\s+сравнению\s+с)\s+(?:в\s+)?(?:текущ|этим|нынешн)\w*\s+год\w*|"
                                r"\bthan\s+(?:in\s+)?this\s+year|\bcompared\s+(?:with|to)\s+this\s+year", re.I)


def _budget_against_this_year(sents: list[Sentence]) -> int | None:
    """The year before the one a budget is for, when the text sets it against this year's (see above)."""
    texts = [normalize(s.text) for s in sents]
    if not any(_AGAINST_THIS_YEAR.search(t) for t in texts):
        return None
    years = [year_of(m) for t in texts for m in BUDGET_FOR_A_YEAR.finditer(t)]
    return years[0] - 1 if years and len(set(years)) == 1 else None


def _next_year_in_the_title(sents: list[Sentence]) -> int | None:
    """The year before the one year a text names, when its title tells what will be done "next year" ("Талдықорғанда
    келесі жылы 98 көше жарықтандырылады" over "Біз 2025 жылы … 2 жобаны іске асыру үшін … өтінім бердік", "В
    следующем году …", "Next year …") and it names no year of its own otherwise: next year is that year."""
    title = next((s for s in sents if s.is_headline), None)
    if title is None or _NEXT_YEAR_RE.search(normalize(title.text)) is None or YEAR_DIGITS.search(title.text):
        return None
    years = {int(y) for s in sents for y in _A_YEAR.findall(normalize(s.text))}
    if len(years) != 1:
        return None
    year = years.pop() - 1
    return year if year <= clock.today().year else None


def _plans_set_for_next_year(sents: list[Sentence]) -> int | None:
    """The year before the one plans were set for, when the next sentence opens with "next year" (see above)."""
    for k in range(len(sents) - 1):
        years = {year_of(m) for m in _PLANS_FOR_A_YEAR.finditer(normalize(sents[k].text))}
        if len(years) == 1 and _OPENS_WITH_NEXT_YEAR.match(normalize(sents[k + 1].text).lower()):
            return years.pop() - 1
    return None


def _year_before_the_coming_one(sents: list[Sentence]) -> int | None:
    text = "\n".join(s.text for s in sents)
    years = {year_of(m) for m in _COMING_NAMED_YEAR.finditer(text)}
    return years.pop() - 1 if len(years) == 1 else None


def _plan_and_its_progress(sents: list[Sentence]) -> int | None:
    """The year of a plan told with the progress made on it "this year" in the very next sentence ("В 2022 году
    запланирована посадка 278 млн деревьев. При весенней посадке текущего года проведены мероприятия на площади 39
    тыс. га", "In 2022, 278 million trees are planned to be planted. This spring, 106 million were planted", "2022
    жылы 278 млн ағаш отырғызу жоспарланған. Биыл көктемде 106 млн ағаш отырғызылды"): the plan is this year's, so
    the text is of that year. A plan followed by no such report ("В 2025 году планируется посадить …. В этом году
    планируется …"), or a deadline ("к 2025 году", "by 2025"), dates nothing."""
    for k in range(len(sents) - 1):
        low = normalize(sents[k].text).lower()
        if YEAR_DIGITS.search(low) is None or not has_planned_word(low):
            continue
        after = normalize(sents[k + 1].text)
        this_year = (MAY_SAY_THIS_YEAR(after.lower()) and THIS_YEAR_RE.search(after)) or _THIS_SEASON.search(after)
        if YEAR_DIGITS.search(after) or not this_year or has_planned_word(after.lower()) or not _reports_done(after):
            continue
        years = {a.period_start.year for a in find_anchors(low, None) if a.kind == "year" and a.period_start
                 and not _BY_A_YEAR.search(low[max(0, a.start - 6):a.end])  # (an anchor holds its "by", "к")
                 and not is_a_target_year(low, a)  # "2025 жылға дейін … салу жоспарланған": a deadline
                 and not _is_year_end_deadline(low, a.start, a.end)}
        if len(years) == 1:
            return years.pop()
    return None


# A season of this year: "this spring", "этой весной", "нынешней осенью" (Kazakh says "биыл көктемде", this year).
_THIS_SEASON = re.compile(r"\bthis\s+(?:spring|summer|autumn|fall|winter)\b|(?<!\w)(?:этой|нынешней)\s+"
                          r"(?:весной|осенью|зимой)(?!\w)|(?<!\w)этим\s+летом(?!\w)", re.I)
_PROVIDED_FOR = re.compile(r"(?<!\w)(?:предусмотрен\w*|запланирован\w*|намечен\w*|жоспарлан\w*)", re.I)


def _reports_done(sentence: str) -> bool:
    if _PROVIDED_FOR.search(sentence):
        return False  # "предусмотрено 3653 гранта": provided for, not done
    lang = article_language([sentence])
    return is_done_once(sentence, lang) or (lang == "ru" and DONE_PLURAL_RU.search(sentence) is not None)


def _near_plan_year(sents: list[Sentence]) -> int | None:
    """The year of a text whose only dates are those of a near plan: a season or a month of a year ("дети
    поступают в первые классы осенью 2023 года", "завершить процесс планируется в сентябре 2023 года", "күзде
    2023 жылы", "in September 2023"). A plan that names its season or month is weeks or months ahead, so the text
    is of that year (the earliest one named); a bare year of a target ("к 2030 году посадить 2 млрд деревьев")
    may be years ahead and dates nothing."""
    years: list[int] = []
    deadlines: list[int] = []
    for sent in sents:
        low = normalize(sent.text).lower()
        if YEAR_DIGITS.search(low) is None:
            continue
        for anchor in find_anchors(low, None):
            if anchor.period_start is None or anchor.period_end is None:
                continue
            within_a_season = (anchor.period_end - anchor.period_start).days <= _SEASON_DAYS
            if anchor.kind in ("month", "day", "range") and within_a_season:
                years.append(anchor.period_start.year)
            elif anchor.kind == "year" and _is_year_end_deadline(low, anchor.start, anchor.end):
                deadlines.append(anchor.period_start.year)
            elif anchor.kind == "year" and _YEAR_END_OF_ITS_OWN.search(low, anchor.end):
                # "В 2024 году … до конца года квартирами будут охвачены 4574 семьи": the year's own end, so the
                # plan is for the rest of the year named
                deadlines.append(anchor.period_start.year)
            elif anchor.kind == "year" and _MONTH_OF_A_PLAN.search(low) and has_planned_word(low) and \
                    not _BY_A_YEAR.search(low[max(0, anchor.start - 6):anchor.start + 2]):
                # the month of a plan told with the plan's year in its sentence ("В мае … планируется обеспечить
                # жильем 1,2 тыс. семей из запланированных 6 тыс. в 2019 году"): a near plan of that year
                years.append(anchor.period_start.year)
    if not years and deadlines and _speaks_of_this_year(sents):
        years = deadlines
    return min(years) if years else None


_SEASON_DAYS = 92
# A month named without its year, as a plan's time ("в мае", "мамыр айында", "in May"), and a year given as a
# deadline ("к 2030 году", "by 2030", "до 2030 года"), which may be years ahead.
_MONTH_OF_A_PLAN = re.compile(
    r"(?<!\w)(?:в|во)\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)(?!\w)|"
    r"(?<!\w)(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\s+айында(?!\w)|"
    r"\bin\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"(?!\s*,?\s*\d)", re.I)
_BY_A_YEAR = re.compile(r"(?<!\w)(?:к|до|by|until)\s+\S*$|(?<!\w)(?:к|до|by|until)\s+(?=\d)", re.I)

# A deadline at the end of a named year ("will be planted by the end of 2025", "до конца 2025 года", "2025 жылдың
# соңына дейін"): a plan for the rest of the year it is written in, when the text also tells how far it got this year
# ("since the start of the year", "as of today", "с начала года", "на сегодняшний день", "биыл"). A bare target year
# ("by 2030", "к 2030 году") or a deadline in a text that tells no progress of the year may be years ahead and dates
# nothing. (Latin Kazakh "2025 jyldyń sońyna deiin" is not read: the anchors find no year in it.)
_DEADLINE_BEFORE = re.compile(r"(?:\b(?:by|until|till|before)\s+the\s+end\s+of|\bдо\s+конца|\bк\s+концу)\s+$")
_DEADLINE_AFTER = re.compile(r"\s*жыл\w*\s+(?:соңына|аяғына)\s+дейін")
_STATUS_NOW = re.compile(_W + r"(?:as of today|to date|so far|на сегодняшний день|на сегодня|к настоящему времени|"
                         r"на данный момент|қазіргі таңда|бүгінгі күні|бүгінге дейін)" + _E)


# The end of the year a sentence names, told without the year again ("до конца года", "by the end of the year", "жыл
# соңына дейін").
_YEAR_END_OF_ITS_OWN = re.compile(r"(?:\bдо\s+конца|\bк\s+концу|\bby\s+the\s+end\s+of)\s+(?:этого\s+|the\s+)?"
                                  r"(?:года|year)\b(?!\s*\d)|\bжыл\s+соңына\s+дейін", re.I)


def _is_year_end_deadline(low: str, start: int, end: int) -> bool:
    """Is the year of the anchor at low[start:end] the end of a deadline ("by the end of 2025", see above)?"""
    digits = re.search(r"(?:19|20)\d{2}", low[start:end])
    if digits is None:
        return False
    year_start, year_end = start + digits.start(), start + digits.end()
    return _DEADLINE_BEFORE.search(low[max(0, year_start - 30):year_start]) is not None or \
        _DEADLINE_AFTER.match(low, year_end) is not None


def _speaks_of_this_year(sents: list[Sentence]) -> bool:
    """Does the text tell a figure of the current year or of now ("since the start of the year", "as of today")?"""
    for sent in sents:
        low = normalize(sent.text).lower()
        if (MAY_SAY_THIS_YEAR(low) and THIS_YEAR_RE.search(low)) or _STATUS_NOW.search(low):
            return True
    return False


_SINCE_THE_YEAR_BEGAN = re.compile(r"басынан|с начала|since the (?:beginning|start)|from the (?:beginning|start)", re.I)


_OPENS_WITH_THIS_YEAR = re.compile(r"^[\W\d_]*(?:биылғы\s+жылы|биыл|осы\s+жылы|ағымдағы\s+жылы|в\s+этом\s+году|"
                                   r"в\s+текущем\s+году|this\s+year)\b")
_OPENS_WITH_A_YEAR = re.compile(r"^[\W_]*(?:in\s+|в\s+)?(?:19|20)\d{2}\s*(?:жылы|году|г\.|,)")


# A sentence that opens with a total: "Всего в 2022 году …", "В целом за 2022 год …", "In total, in 2022 …", "Жалпы
# 2022 жылы …".
_SUMS_UP = re.compile(r"^[\W_]*(?:всего|в\s+целом|итого|in\s+total|overall|altogether|жалпы|барлығы)\b", re.I)
# A sentence that adds to the one before: "In addition, 3 billion tenge was allocated … in 2019", "Кроме того, …",
# "Сонымен қатар …": it goes on with the same time, it sets no other year against it.
_ADDS_ON = re.compile(r"^[\W_]*(?:in\s+addition|additionally|besides|moreover|furthermore|кроме\s+того|помимо\s+"
                      r"(?:этого|того)|к\s+тому\s+же|вдобавок|сонымен\s+қатар|сондай-ақ|бұған\s+қоса|оған\s+қоса|"
                      r"бұдан\s+бөлек|сонымен\s+бірге)\b", re.I)


def _this_year_set_against(sents: list[Sentence], latest: int, before_too: bool = True) -> bool:
    """Is "this year", told without a year of its own, set against the latest year told in the past in the sentence
    right after it ("This year there were no casualties. In 2021, carbon monoxide killed six people.", "В этом году
    жертв нет. В 2021 году пострадали шесть человек.")? Then this year is a later one than that year."""
    for k, sent in enumerate(sents):
        low = normalize(sent.text).lower()
        if not (MAY_SAY_THIS_YEAR(low) and THIS_YEAR_RE.search(low)) or YEAR_DIGITS.search(low) or \
                (MAY_SAY_LAST_YEAR(low) and LAST_YEAR_RE.search(low)) or _SINCE_THE_YEAR_BEGAN.search(low):
            # (a sentence that sets this year against last year in itself is no contrast with the next; nor is one of
            # the year so far, "Жыл басынан бері …", which the next goes on with: "2023 жылдың үш айында …")
            continue
        # (the sentence right after it, or right before it: "2018 жылы … 110 мектеп салынды. Биылғы жылы 72 мектеп
        # пайдалануға берілуде": the year told done, then this year's figure)
        # (before it only when each opens with its time: "2018 жылы …" then "Биылғы жылы …", "In 2018, …" then "This
        # year, …")
        for j in (k + 1, k - 1):
            if not 0 <= j < len(sents):
                continue
            other = normalize(sents[j].text).lower()
            if _SUMS_UP.match(other) or _ADDS_ON.match(other):
                # "В Шымкенте в этом году … обеспечены 1 527 граждан. Всего в 2022 году объем ввода … увеличился":
                # a total of the year sums this year's figures up, it sets no other year against them (nor does a
                # sentence adding to it: "In addition, … was allocated for the construction of 428 houses in 2019")
                continue
            if j < k and not (before_too and _OPENS_WITH_THIS_YEAR.match(low) and _OPENS_WITH_A_YEAR.match(other)
                              and not is_done_once(low, sentence_language(low))):
                # (not in a text that also says "last year": that one is the year before the stated one; nor when
                # this year's sentence reports a deed done, "В текущем году реализовано еще 120 проектов", which
                # goes on about the stated year)
                continue
            if str(latest) in other and not (MAY_SAY_THIS_YEAR(other) and THIS_YEAR_RE.search(other)) and \
                    any(a.kind == "year" and a.period_start is not None and a.period_start.year == latest
                        for a in find_anchors(other, None)) and is_past_report(other, sentence_language(other)):
                return True
    return False


# The Kazakh future of intent ("арта түспек", "салынбақ", "бөлінбек"): a plan, as "жоспарлануда" is. (Only after a
# stem that ends in п, л or н: a bare "-бек / -мақ" ends names and nouns, "Нұрбек", "салмақ".)
_KK_INTENT = re.compile(r"[^\W\d_]{3,}(?:пақ|пек|лмақ|лмек|нбақ|нбек)(?![^\W\d_])")
# A Kazakh passive in the aorist closing the sentence ("Биыл студенттерге арналған 29 жатақхана салынады", "… іске
# қосылады"): with "this year" a deed to come, as "салынбақ" is.
_KK_PASSIVE_AORIST_CLOSING = re.compile(r"[^\W\d_]{2,}(?:ылады|іледі|ынады|інеді|лады|леді|нады|неді)\s*[.!?]?\s*$")


def _latest_told_only(reported: list[tuple[str, tuple[int, ...]]], latest: int,
                      told_so: Callable[[str, list[Anchor]], bool | None]) -> bool:
    """Is the latest year of a text's reports told, in every sentence that names it, as `told_so` says (given the
    lower-cased sentence and its anchors ending in that year; None: the sentence says nothing either way), and in one
    sentence at least?"""
    told = False
    for norm, years in reported:
        if latest not in years:
            continue
        low = norm.lower()
        of_latest = [a for a in find_anchors(low, None) if a.period_end is not None and a.period_end.year == latest]
        verdict = told_so(low, of_latest)
        if verdict is None:
            continue
        if not verdict:
            return False
        told = True
    return told


def _latest_ends_a_span_only(reported: list[tuple[str, tuple[int, ...]]], latest: int) -> bool:
    """Is the latest year of a text's reports only ever the end of a span told done ("in the period from 2011 to
    2016", "2011-2016 жылдары салынды", "в 2011–2016 годах построено")? Not a year told on its own too."""
    return _latest_told_only(reported, latest, lambda low, anchors: None if not anchors else all(
        a.kind == "range" and a.period_start is not None and a.period_start.year != latest for a in anchors)
        and is_done_once(low, sentence_language(low)))


# A sentence that recalls what the reader was told before: "Remember, …", "Recall that …", "Напомним, …",
# "Еске сала кетейік, …".
_RECALLS = re.compile(r"^\W*(?:remember|recall(?:\s+that)?|as\s+a\s+reminder|напомним|напоминаем|еске\s+сал\w*)\b",
                      re.I)


def _latest_only_recalled(reported: list[tuple[str, tuple[int, ...]]], latest: int) -> bool:
    """Is the latest year of a text told only as a bare year in sentences that recall earlier news ("Remember, in
    2024, the group managed to gather 127 million tenge")? A month or a day of that year may be of the text's own."""
    return _latest_told_only(reported, latest, lambda low, anchors: _RECALLS.match(low) is not None and all(
        a.kind == "year" for a in anchors))


def _year_so_far_after_full_years(sents: list[Sentence], reported: list[tuple[str, tuple[int, ...]]],
                                  latest: int) -> bool:
    """Does the text tell the year so far with no year of its own ("Жыл басынан бері …", "С начала года …", "Since
    the beginning of the year …"), and its latest year only in sentences that run whole years up to it, each told done
    ("2021 жылы 6 490 …, 2022 жылы – 5 045, ал 2023 жылы … азайған", "в 2022 году – 40, в 2023 году – 35")?"""
    so_far = any(_SINCE_THE_YEAR_BEGAN.search(low := normalize(s.text).lower()) and not YEAR_DIGITS.search(low)
                 for s in sents)
    return so_far and _latest_told_only(reported, latest, lambda low, anchors: (
        latest - 1 in {a.period_end.year for a in find_anchors(low, None) if a.kind == "year" and a.period_end}
        and all(a.kind == "year" for a in anchors) and is_past_report(low, sentence_language(low))))


def _a_run_of_years(sents: list[Sentence], latest: int) -> bool:
    """Does the text tell year after year up to its latest, each opening a sentence ("In 2012, … In 2013, … In 2014,
    … This year, …")? Then a "this year" with no year of its own is the next one, not the latest told."""
    low = " ".join(s.text for s in sents).lower()
    return all(re.search(rf"(?:^|[.!?]\s*)in\s+{y},", low) for y in (latest - 2, latest - 1, latest))


# A year in the words of a URL's slug ("…/qurban-2025-yzylordada-11972-otbasyna…", "…/world-cleanup-day-2023",
# "…/2024/volunteers-planted-trees"): the page tells of that year, so an undated page is dated to it, at year
# precision only. A year is 19xx/20xx set off by - _ / . and either sharing its path segment with words (a slug)
# or a bare segment followed by a slug (a year folder); a bare number ending the path may be an id ("/post/2025").
# Not a year: one glued to other digits or letters ("id2025", "11972"), a year still to come (a programme's target,
# "kazakhstan-2050"), a round 2000 (a count as often as a year: "2000-volunteers"), and two different years (the
# slug does not say which one the page is of).
# (a quarter may be glued to its year in Roman numerals or as "q3": "…_karagandinskaja_oblast_2015iii.html")
_URL_YEAR = re.compile(r"(?<![^\-_/.])((?:19|20)\d{2})(?:i{1,3}|iv|q[1-4])?(?![^\-_/.])", re.I)
_URL_FIRST_YEAR = 1995
# A year a slug names as a target: after "until / till / to / by / do" ("plan-until-2020", "programma-do-2025-goda") or
# before a Kazakh "дейін" ("2025-zhylga-deiin", "2025-жылға-дейін").
_URL_TARGET_BEFORE = re.compile(r"(?:^|[-_])(?:until|till|to|by|do|до)[-_]$", re.I)
_URL_TARGET_AFTER = re.compile(r"[-_](?:[a-zа-яәғқңөұүһі]+[-_])?(?:deiin|deyin|dejin|dein|дейін)(?:[-_]|$)", re.I)


def url_year(url: str | None, today: dt.date | None = None) -> int | None:
    """The one year a URL's path names in its words (see above), None without one or with two."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", unwrapped_url(url.strip()), flags=re.I).split("?")[0].split("#")[0]
    segments = path.split("/")
    last_year = (today or clock.today()).year
    years: set[int] = set()
    targets: set[int] = set()  # years the slug names as a target: never the page's (and two years are none)
    for i, segment in enumerate(segments):
        stem = re.sub(r"\.(?:html?|php|aspx?)$", "", segment, flags=re.I)
        for m in _URL_YEAR.finditer(stem):
            year = int(m.group(1))
            if not _URL_FIRST_YEAR <= year <= last_year or year == 2000:
                continue
            if _URL_TARGET_BEFORE.search(stem, 0, m.start()) or _URL_TARGET_AFTER.match(stem, m.end()):
                targets.add(year)  # "…-development-plan-until-2020", "…-do-2025-goda", "…-2025-zhylga-deiin"
            if stem == m.group(1):  # a bare numeric segment: a year folder only before a slug
                after = [s for s in segments[i + 1:] if s]
                if not after or re.search(r"[^\W\d_]", after[0]) is None:
                    continue
            years.add(year)
    return years.pop() if len(years) == 1 and not targets else None


# A year inside a name: quoted with it («Занятость-2020», "Qurban 2020") or joined to a word by a hyphen ("EXPO-2017").
_IN_A_NAME = r"[«\"“„][^«»\"“”„]{{0,60}}?[\s\-–—]{year}\s*[»\"”“]|[^\W\d_]\s?[-–]\s?{year}(?!\d)"


def _only_a_names_year(body: str, year: int) -> bool:
    """Does the text name the year only inside names (a programme's «Занятость-2020»), never as a time?"""
    told = len(re.findall(rf"(?<!\d){year}(?!\d)", body))
    named = len(re.findall(_IN_A_NAME.format(year=year), body))
    return told > 0 and named == told


# How many years a page's date may lie after the year its text tells as this one before it is taken for the day
# the page was copied rather than written.
_COPY_DATE_YEARS = 2


def _year_of_a_same_period_base(sents: list[Sentence]) -> int | None:
    """The year after the base of "the same period of YEAR" in a sentence of this year ("За 6 месяцев текущего года
    … В сравнении с данным периодом 2019 года" → 2020), when the text names one such base; else None."""
    bases: set[int] = set()
    this_year = False
    if not any(w in s.text for s in sents for w in ("период", "period", "кезең")):
        return None  # (a cheap test: every base named holds one of these)
    for sent in sents:
        low = normalize(sent.text).lower()
        this_year = this_year or (MAY_SAY_THIS_YEAR(low) and THIS_YEAR_RE.search(low) is not None)
        bases |= {year_of(m) for m in _SAME_PERIOD_OF_A_YEAR.finditer(low) if m.group(1) or m.group(2)}
        bases |= {int(m.group(1)) for m in _THIS_PERIOD_OF_A_YEAR.finditer(low)}
    return bases.pop() + 1 if this_year and len(bases) == 1 else None


def _past_year_after(sents: list[Sentence], day: dt.date) -> int | None:
    """The latest year after `day`'s year that a sentence reports as done (a past report naming it, not a plan), and
    no later than today; None when there is none."""
    latest = None
    for s in sents:
        low = normalize(s.text).lower()
        if not YEAR_DIGITS.search(low) or about_the_future(low) or \
                not is_past_report(low, sentence_language(s.text)):
            continue
        for a in find_anchors(low, None):
            if a.kind in ("year", "season", "month", "day", "range") and a.period_end is not None and \
                    day.year < a.period_end.year <= clock.today().year and not is_comparison_base(low, a):
                latest = max(latest or 0, a.period_end.year)
    return latest


# "В сравнении с данным периодом 2019 года", "по сравнению с этим же периодом 2019 года" (the same period, said with
# "this" / "given").
_THIS_PERIOD_OF_A_YEAR = re.compile(r"(?:данным|этим\s+же|тем\s+же)\s+период\w*\s+((?:19|20)\d{2})", re.I)


def document_date(text: str, sents: list[Sentence], meta: dict[str, Any] | None = None,
                  original: str | None = None) -> DateGuess:
    """The article's publication date, first match wins (DESIGN §2): sources.csv's `published` (`source`), the
    page's own metadata (`page`: a `published_basis` of "page" given by `loaders add` for a saved web page), the
    top of the text, the URL, the latest date the text states, a year implied by the text (`year_only`), else
    `unknown`. Never more precise than its evidence: a URL with /2024/04/ gives a month, an implied year a year."""
    meta = meta or {}
    if meta.get("published"):
        published = meta["published"]
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        return DateGuess(published, "page" if meta.get("published_basis") == "page" else "source")
    body = "\n".join(s.text for s in sents)
    guess = publication_date(text, body, meta.get("url"), original)
    if guess.date is not None and guess.basis == "inferred":
        # the latest day the text states is a lower bound; a text that counts years back from one it names ("шесть
        # лет назад … в ноябре 2019 года") is of a later year
        counted = max(_counted_back_years(sents).values(), default=None)
        if counted is not None and counted > guess.date.year:
            return DateGuess(dt.date(counted, 1, 1), "year_only", "year")
        if _months_reported_after(sents, guess.date):
            # "уровень газификации на 1 января 2023 года составляет 3,1% … За январь-июнь 2023 года использовали около
            # 13 тысяч тонн": months of that year reported as done end after the day, so the text is of a later
            # day of that year, which it does not state
            return DateGuess(dt.date(guess.date.year, 1, 1), "year_only", "year")
        # a day of old history ("declared by the UN General Assembly on December 14, 1990") in a text that tells
        # the money provided for a later year: the budget's year (_provided_for_a_year)
        provided = _provided_for_a_year(sents)
        if provided is not None and guess.date.year < provided - _HISTORY_YEARS:
            return DateGuess(dt.date(provided, 1, 1), "year_only", "year")
        # a day of old history ("independence declared on December 16, 1991") in a text that marks an anniversary
        # of it ("the amnesty to mark the 25th anniversary of the country's independence"): the anniversary's year
        marked = max((y for sent in sents if (y := anniversary_year(normalize(sent.text).lower())) is not None),
                     default=None)
        if marked is not None and guess.date.year < marked - _HISTORY_YEARS and marked <= clock.today().year:
            return DateGuess(dt.date(marked, 1, 1), "year_only", "year")
    if guess.date is not None and guess.basis == "url" and (later := _past_year_after(sents, guess.date)) is not None:
        # "survincity.com/2010/09/saiga-population-…" over "About a thousand saiga … died from an infectious disease in
        # spring 2012": the text reports as done what came after the URL's month; the site's folder is no date of it
        return DateGuess(dt.date(later, 1, 1), "year_only", "year")
    compared = _year_of_a_same_period_base(sents) if guess.date is not None and guess.basis == "text" else None
    if guess.date is not None and compared is not None and guess.date.year > compared + _COPY_DATE_YEARS:
        # "Воскресенье, 15 Марта 2026" over "За 6 месяцев текущего года … В сравнении с данным периодом 2019 года":
        # the date at the top is the day the page was copied (a site's header calendar), years after the text's own
        return DateGuess(dt.date(compared, 1, 1), "year_only", "year")
    written = _written_in(body)
    if written is not None and (guess.date is None or guess.date.year > written):
        # "A child sponsorship report from Astana in Kazakhstan. Written in 2009." under an archive's "April 2010":
        # the report tells its own year; the archive when it was posted
        return DateGuess(dt.date(written, 1, 1), "year_only", "year")
    if guess.date is not None:
        return guess
    # the year between the site's dated articles numbered around this one (loaders/extract/url_counter.py), else
    # the year the text implies
    year, basis = counted_year(meta.get("url")), "url"
    if year is None:
        year, basis = implied_year(sents), "year_only"
        header_year = _year_alone_in_the_header(text)
        if header_year is not None and (year is None or header_year >= year):
            # "Ақорда / … / 2023 жылғы" (a header's date cut to its year): the page's own year
            year = header_year
        in_url = url_year(meta.get("url"))
        if in_url is not None and _only_a_names_year(body, in_url):
            in_url = None  # "…-po-programme-zanyatost-2020" over «Занятость-2020»: the year of a programme's name
        if in_url is not None and (year is None or in_url > year):
            # the slug's year: the page is of that year at least (the text's latest year is a lower bound too)
            return DateGuess(dt.date(in_url, 1, 1), "url", "year")
    if year is not None:
        header = yearless_header_day(text)
        if header is not None and (day := safe_date(year, *header)) is not None and day <= clock.today():
            if _months_reported_after(sents, day):
                # "Атырау, 15 января 15:46" over "за 8 месяцев 2025 года зарегистрировано …": the months reported
                # done end after that day of 2025, so the header's day is of the year after
                day = safe_date(year + 1, *header)
                if day is None or day > clock.today():
                    return DateGuess(dt.date(year, 1, 1), "year_only", "year")
            # "30 Қаңтар, 18:15" at the top of a text whose own references imply 2024: that day of that year
            return DateGuess(day, "inferred")
        return DateGuess(dt.date(year, 1, 1), basis, "year")
    copied = site_calendar_date(text)
    if copied is not None:
        return DateGuess(dt.date(copied.year, 1, 1), "year_only", "year")
    served = copyright_year(original or text)
    if served is not None:
        # the footer's "© 2014": the year the site served the page in (text.copyright_year), the only year it has
        return DateGuess(dt.date(served, 1, 1), "year_only", "year")
    return guess

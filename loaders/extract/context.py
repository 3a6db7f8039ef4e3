"""Article context: what is read once per article before its sentences. Its title and sentences (page chrome
cleaned, split), its language (the sidecar's or detected), its publication date as the caller found it (a DateGuess
of dating.py with its basis and precision, or a day), the day of the event it reports when the publication date is
coarser than a day ("15 мая прошла акция"), and its flags: its topics, about volunteering, about floods, about small
grants, and the region or city of a regional article (from its title, else its lead). Sentence rules read this
context."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from loaders import classify, clock
from loaders.caseless import Caseless
from loaders.extract.anchors import Anchor, find_anchors
from loaders.extract.areas import find_area, has_country_scope
from loaders.extract.topic import FLOOD_STEMS, leading_topic, topic_scores
from loaders.text import (
    DateGuess,
    Sentence,
    article_language,
    content_lines,
    normalize,
    sentences,
    weekday_number,
)

_NATIONAL_EVENT = re.compile(r"республикан|республикалық|национальн|ұлттық|national|всеказахстан|"
                             r"общенациональн|жалпыұлттық", re.I)
_NATIONAL_EVENT = Caseless(_NATIONAL_EVENT)  # loaders/caseless.py


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




def article_flags(body: str, title: str | None, lead: str | None = None) -> dict[str, Any]:
    low = body.lower()
    topics = topic_scores(body, title)
    topic = leading_topic(topics)
    return {
        "topics": topics,  # loaders/extract/topic.py: what the article is about, with scores
        "topic": topic,
        "volunteering": any(stem in low for stem in classify.VOLUNTEER_STEMS),
        # an article about floods: three or more mentions, or floods its leading topic (a short note whose headline
        # is about them: "Казахстанцы помогают пострадавшим от паводков")
        "flood": sum(map(low.count, FLOOD_STEMS)) >= 3 or topic == "floods",
        "area": article_area(title, lead),
        # an article about a competition of small grants: its winners and selected projects are grants awarded
        "small_grants": _small_grants(low) or _small_grants((title or "").lower()) or
        classify.SMALL_GRANTS_ACRONYM.search(body) is not None,
    }


def _small_grants(low: str) -> bool:
    # every form of SMALL_GRANTS names "грант" or "grant" (a lower-cased text has them lower-cased): the cheap
    # substring test spares the search over the whole body of most articles
    return ("грант" in low or "grant" in low) and classify.SMALL_GRANTS.search(low) is not None


# Words of an event that took place: "прошла акция", "was held on 13 June", "акция өтті".
_EVENT_HELD = re.compile(r"прош[её]л|прошла|прошли|состоял\w*|провел\w*|провёл\w*|организова\w+|\bwas held\b|"
                         r"\bwere held\b|\btook place\b|\bheld\b|\borgani[sz]ed\b|өтті|өткізілді|өткізді|"
                         r"ұйымдастырылды|ұйымдастырды|"
                         # a meeting the report was given at: "reported … at a Dec. 25 government meeting", "на
                         # заседании правительства 25 декабря", "25 желтоқсандағы Үкімет отырысында"
                         r"\b(?:at|during)\s+(?:a|the)\s+(?:[\w.]+\s+){0,3}(?:meeting|session|briefing)\b|"
                         r"на\s+(?:\w+\s+)?(?:заседании|совещании|брифинге)|отырысында|брифингте", re.I)
_EVENT_HELD = Caseless(_EVENT_HELD)  # loaders/caseless.py
_LEAD_SENTENCES = 4


def event_day(sents: list[Sentence], date: DateGuess) -> dt.date | None:
    """The day of the event an article reports, when its publication date is coarser than a day: a day named in
    the title or lead next to a verb of an event that took place ("15 мая прошла акция", "The campaign … was held
    on 13 June in Karaganda", "13 маусымда акция өтті"). Figures stated "now" take that day."""
    if date.precision == "day" and date.date is not None:
        return None
    ref = date.last
    for sent in sents[:_LEAD_SENTENCES + 1]:
        low = normalize(sent.text).lower()
        today = _today_is(low, find_anchors(low, ref), date)
        if today is not None:
            return today
        if not _EVENT_HELD.search(low):
            continue
        days = [a for a in find_anchors(low, ref) if a.kind == "day" and a.period_start is not None]
        days = [a for a in days if ref is None or a.period_start <= ref]
        if date.date is not None:
            # within the month or year the evidence gives (or the last days before a month: a meeting of Dec. 25
            # reported in a January article)
            first = date.date - dt.timedelta(days=_DAYS_BEFORE_A_MONTH if date.precision == "month" else 0)
            days = [a for a in days if a.period_start >= first]
        if days:
            return days[0].period_start
    return None


_DAYS_BEFORE_A_MONTH = 10
_TODAY_BEFORE = re.compile(r"(?<![^\W\d_])(?:сегодня|бүгін|today)\W{1,3}$")


def _today_is(low: str, anchors: list[Anchor], date: DateGuess) -> dt.date | None:
    """The day a lead calls today ("Сегодня, 29 июня, в воскресенье, …", "Бүгін, 29 маусым", "Today, June 29"):
    the publication day, within the year or month the evidence gives. A weekday named with it must fall on that day
    in that year: when it does not, the year is wrong and the day is not taken."""
    for a in anchors:
        if a.kind != "day" or a.period_start is None or not _TODAY_BEFORE.search(low[max(0, a.start - 12):a.start]):
            continue
        if (date.date is not None and a.period_start < date.date) or (date.last is not None
                                                                          and a.period_start > date.last):
            continue
        weekday = weekday_number(low[a.end:a.end + 20])
        if weekday is not None and weekday != a.period_start.weekday():
            return None
        return a.period_start
    return None


@dataclass
class ArticleContext:
    title: str | None
    sentences: list[Sentence]
    published: dt.date | None  # the last day the publication may fall on: periods are resolved against it
    lang: str
    flags: dict[str, Any]  # volunteering, flood, area: read by the metric rules
    date: DateGuess | None = None  # the publication date, its basis and precision
    event: dt.date | None = None  # the day of the event reported, when the date is coarser than a day

    def as_of(self) -> tuple[dt.date | None, dt.date | None]:
        """The period of a figure stated "now": the publication day, else the event's day, else the whole month
        or year the evidence gives."""
        if self.event is not None:
            return self.event, self.event
        if self.date is None:
            return self.published, self.published
        return self.date.date, self.date.last


def article_context(text: str, published: dt.date | DateGuess | None, lang_hint: str | None = None,
                    prepared: tuple[str | None, list[Sentence]] | None = None) -> ArticleContext:
    """The context of one article. `published` is a day or a DateGuess (document_date) with its precision;
    `prepared` is (title, sentences) when the caller has already cleaned and split the text; `lang_hint` the
    article's language when known."""
    if prepared is None:
        lines, title = content_lines(text)
        sents = sentences(lines)
    else:
        title, sents = prepared
    body = "\n".join(s.text for s in sents)
    lead = next((s.text for s in sents if not s.is_headline), None)
    flags = article_flags(body, title, lead)
    article_lang = lang_hint
    if article_lang is None:
        article_lang = article_language([s.text for s in sents])
    date = published if isinstance(published, DateGuess) else DateGuess(published, "source" if published else
                                                                        "unknown")
    event = event_day(sents, date) if date.precision != "day" or date.date is None else None
    if date.basis == "inferred" and date.date is not None:
        later = _later_lead_day(sents, date.date)
        if later is not None:
            # the latest day the text states is a lower bound of its date (text.publication_date): a day the lead
            # opens with later in that year is the news's day ("On December 22 Kazakhstan sent 100 ventilators …"
            # under "the instruction … as of December 10, 2020"), not a day of the year before
            return ArticleContext(title, sents, later, article_lang, flags, DateGuess(later, "inferred"), None)
    if date.precision == "day" and date.date is not None and date.date <= dt.date(date.date.year, *_NEW_YEAR_UNTIL) \
            and lead is not None and _NEW_YEARS_EVE.search(normalize(lead)) is not None:
        # "Жаңа жыл мерекесі қарсаңында Сарыағаш ауданында 5 балабақша пайдалануға берілді. Ауданда ағымдағы жылы …"
        # published on 10 January: the lead tells what was done on the eve of the New Year, so the text was written
        # in the last days of the year before, and its "this year" is that year
        return ArticleContext(title, sents, dt.date(date.date.year - 1, 12, 31), article_lang, flags, date, event)
    return ArticleContext(title, sents, date.last, article_lang, flags, date, event)


_NEW_YEAR_UNTIL = (1, 15)
_NEW_YEARS_EVE = re.compile(r"жаңа\s+жыл(?:\s+мерекесі)?\s+қарсаңында|в\s+(?:преддверии|канун)\s+нового\s+года|"
                            r"накануне\s+нового\s+года|on\s+the\s+eve\s+of\s+the\s+new\s+year|ahead\s+of\s+the\s+new\s+year",
                            re.I)


def _later_lead_day(sents: list[Sentence], inferred: dt.date) -> dt.date | None:
    """A day without its year at the start of the article's first sentence (its first words), later in the year of
    the inferred date, not after today."""
    first = next((s for s in sents if not s.is_headline), None)
    if first is None:
        return None
    low = normalize(first.text).lower()
    year_end = dt.date(inferred.year, 12, 31)
    for a in find_anchors(low, year_end):
        if a.start > 40:
            break
        if a.kind == "day" and a.period_start is not None and inferred < a.period_start <= min(
                year_end, clock.today()) and not re.search(r"(?:19|20)\d{2}", low[a.start:a.end]):
            return a.period_start
    return None

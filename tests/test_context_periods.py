"""Document context and periods of reports (issue 9, items 2 and 3): the publication date with its basis and
precision (DESIGN §2), the day of a reported event, and the period a past report takes. Phrases in ru, kk, en,
with negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.extract import extract_article
from loaders.extract.anchors import find_anchors
from loaders.extract.dating import document_date, implied_year
from loaders.extract.tense import is_past_report
from loaders.text import DateGuess, content_lines, publication_date, sentences, url_date

D = dt.date


def _sents(text: str):
    lines, _ = content_lines(text)
    return sentences(lines)


def _figs(text: str, published):
    return [f for f in extract_article(text, published) if f.duplicate_of is None]


def _period(fig):
    return fig.period_start, fig.period_end


# --- the date in a URL -----------------------------------------------------------------------------------

@pytest.mark.parametrize("url,want", [
    ("https://astanatimes.com/2023/06/21/volunteers-help/", (D(2023, 6, 21), "day")),
    ("https://example.kz/news/2024/04/16/article", (D(2024, 4, 16), "day")),
    ("https://example.kz/news/2023-06-21-volonteri", (D(2023, 6, 21), "day")),
    ("https://ru.example.kz/regions/20201229/15888263/pomosch.html", (D(2020, 12, 29), "day")),
    ("https://example.kz/news/aktsiya-12-05-2025.html", (D(2025, 5, 12), "day")),  # day first
    ("https://otyrar.example/2024/04/100-tonn-musora", (D(2024, 4, 1), "month")),  # year and month only
    ("http://www.example.int/en/news/news/2010/06/celebrating-2010", (D(2010, 6, 1), "month")),
])
def test_url_dates(url, want):
    assert url_date(url) == want


@pytest.mark.parametrize("url", [
    "https://qazaqstan.example/news/191533/", "https://aqtobe.example/?p=105976",
    "https://example.kz/news/id_20231301/",  # month 13
    "https://example.kz/news/2024/", "https://example.kz/news/1995-2024-godi", None, "",
])
def test_no_url_date(url):
    assert url_date(url) is None


# --- the chain: source → text → url → inferred → year_only → unknown ------------------------------------------

BODY = "Волонтеры собрали 5 тонн мусора.\n"


def test_chain_order_and_names():
    sents = _sents(BODY)
    assert document_date(BODY, sents, {"published": "2024-05-01", "url": "https://x.kz/2020/01/02/a"}) == \
        DateGuess(D(2024, 5, 1), "source")
    top = " date 2024-03-02 " + BODY
    assert document_date(top, _sents(top), {"url": "https://x.kz/2020/01/02/a"}).basis == "text"
    stamp = "19.08.2022 14:17\n" + BODY
    assert document_date(stamp, _sents(stamp), {}) == DateGuess(D(2022, 8, 19), "text")
    assert document_date(BODY, sents, {"url": "https://x.kz/2020/01/02/a"}) == DateGuess(D(2020, 1, 2), "url")
    month = document_date(BODY, sents, {"url": "https://x.kz/2024/04/a"})
    assert (month.date, month.basis, month.precision, month.last) == (D(2024, 4, 1), "url", "month", D(2024, 4, 30))
    dated = "Акция прошла 15 мая 2025 года. " + BODY
    assert document_date(dated, _sents(dated), {"url": "https://x.kz/news/1"}) == DateGuess(D(2025, 5, 15),
                                                                                           "inferred")
    assert document_date(BODY, sents, {}) == DateGuess(None, "unknown")


def test_publication_date_names():
    assert publication_date(" date 2026-02-02 Текст.").basis == "text"
    assert publication_date("Текст без даты.", url="https://x.kz/2023/06/21/a").basis == "url"
    long_line = "Волонтеры региона провели большую акцию, о которой рассказали 14 июня 2025 года на брифинге в акимате."
    assert publication_date(long_line).basis == "inferred"


@pytest.mark.parametrize("text,year", [
    ("In 2019, the campaign runs under the slogan “Safe blood for all”. More than 200 thousand people donate.", 2019),
    ("В 2023 году волонтеров было 130 тысяч. В прошлом году их число выросло.", 2024),  # "в прошлом году" = 2023
    ("2023 жылы 130 мың волонтер болды. Былтыр олардың саны артты.", 2024),
    ("In 2022 there were 50,000 volunteers. Last year the number doubled.", 2023),
    # "this year" set against 2023's figure in one sentence is a later year (round 46; "last year" then is 2023)
    ("В 2023 году их было 130 тысяч, в этом году — больше. В прошлом году прошли акции.", 2024),
    ("В этом году, как и в 2023 году, прошли акции.", 2023),  # "this year" with the year, no figure between
    ("В 2021 году прошла акция. К 2030 году будет 1 млн волонтеров.", 2021),  # a plan names no past year
    ("The plan adopted in 2023 will build 100 landfills by 2030.", None),  # only plans
    ("Волонтеры собрали 5 тонн мусора.", None),
    # a month or a day with its year states the year too (extractor 1.4)
    ("As of Jan. 2020, more than 50,000 people volunteer. The platform has attracted 800 volunteers.", 2020),
    ("По данным на март 2022 года, волонтеров 40 тысяч. Сейчас их больше.", 2022),
    ("2021 жылғы 5 мамырда акция өтті. Қазір 300 ерікті бар.", 2021),
    ("On 5 May 2023 the campaign started. It has 300 volunteers now.", 2023),
    ("Волонтеры собрали 5 тонн мусора 15 мая.", None),  # a day without a year states none
])
def test_implied_year(text, year):
    assert implied_year(_sents(text)) == year


def test_year_only_basis_gives_year_level_periods():
    text = "В 2022 году волонтеров было 100 тысяч. В прошлом году они собрали 5 тонн мусора. Сегодня их 300 тысяч."
    date = document_date(text, _sents(text), {})
    assert (date.date, date.basis, date.precision) == (D(2023, 1, 1), "year_only", "year")
    figs = {f.value: f for f in _figs(text, date)}
    assert _period(figs[100000]) == (D(2022, 1, 1), D(2022, 12, 31))
    assert _period(figs[5]) == (D(2022, 1, 1), D(2022, 12, 31))  # "в прошлом году" of 2023
    assert _period(figs[300000]) == (D(2023, 1, 1), D(2023, 12, 31))  # "now": the whole year, not a day


def test_month_precision_now_spans_the_month():
    text = "Волонтеры работают в городе. Сейчас в штабе 800 волонтеров."
    figs = _figs(text, DateGuess(D(2024, 4, 1), "url", "month"))
    assert [_period(f) for f in figs] == [(D(2024, 4, 1), D(2024, 4, 30))]
    # a day precision is kept as a day
    figs = _figs(text, DateGuess(D(2024, 4, 16), "url"))
    assert [_period(f) for f in figs] == [(D(2024, 4, 16), D(2024, 4, 16))]


# --- the day of the event an article reports ------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("15 мая прошла акция «Сдай кровь». В акции приняли участие 95 доноров.", 95),
    ("The campaign was held on 13 June in Karaganda. 95 donors attended.", 95),
    ("13 маусымда Қарағандыда акция өтті. Акцияға 95 донор қатысты.", 95),
])
def test_event_day_dates_figures(text, value):
    figs = {f.value: f for f in _figs(text, DateGuess(D(2010, 6, 1), "url", "month"))}
    day = D(2010, 5, 15) if "мая" in text else D(2010, 6, 13)
    # (May is outside the month the URL gives: not the article's event day, but the lead's period, which the
    # report "приняли участие" takes)
    assert _period(figs[value]) == (day, day)


def test_event_day_in_a_year_only_article():
    text = "15 мая 2025 года в Астане прошла акция. В ней приняли участие 800 волонтеров."
    figs = _figs(text, DateGuess(None, "unknown"))
    assert _period(figs[0]) == (D(2025, 5, 15), D(2025, 5, 15))


@pytest.mark.parametrize("text", [
    "Акция пройдет 15 мая. В ней примут участие 800 волонтеров.",  # a future event
    "15 мая — день семьи. В штабе 800 волонтеров.",  # a day without an event held
])
def test_no_event_day(text):
    figs = _figs(text, DateGuess(D(2024, 5, 1), "url", "month"))
    assert all(_period(f) != (D(2024, 5, 15), D(2024, 5, 15)) for f in figs)


# --- periods of reports -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,year", [
    ("В прошлом году было сдано 4118 литров крови. 8,7 тысячи человек сдали свою кровь.", 8700, 2013),
    ("В 2013 году центр принял доноров. Тогда 8,7 тысячи человек сдали кровь.", 8700, 2013),
    ("Last year the centre collected 4,118 litres of blood. 8,700 people donated blood.", 8700, 2013),
    ("Былтыр 4118 литр қан жиналды. 8700 адам қан тапсырды.", 8700, 2013),
])
def test_past_report_takes_the_period_before_it(text, value, year):
    figs = {f.value: f for f in _figs(text, D(2014, 3, 7))}
    assert _period(figs[value]) == (D(year, 1, 1), D(year, 12, 31))


@pytest.mark.parametrize("text,value", [
    ("В прошлом году было сдано 4118 литров крови. Сегодня в регистре 8,7 тысячи доноров.", 8700),  # now
    ("В прошлом году было сдано 4118 литров крови. В центре работают 87 сотрудников.", 87),  # present tense
    ("Last year 4,118 litres were collected. There are 8,700 registered donors.", 8700),
    ("Былтыр 4118 литр қан жиналды. Орталықта 87 қызметкер жұмыс істейді.", 87),
    ("В 2020 году было 50 тысяч, сегодня 300 тысяч. Почти в четыре раза выросло число организаций.", 4),
])
def test_not_a_past_report(text, value):
    figs = {f.value: f for f in _figs(text, D(2014, 3, 7))}
    fig = figs[value]
    assert fig.period_kind == "as_of" or (fig.unit == "ratio" and fig.period_end != D(2020, 12, 31))


@pytest.mark.parametrize("text,value", [
    ("Волонтеры проекта посадили 1200 деревьев.", 1200),
    ("Volunteers of the project planted 1,200 trees.", 1200),
    ("Жоба волонтерлері 1200 ағаш отырғызды.", 1200),
])
def test_first_weeks_of_a_year_report_the_year_before(text, value):
    figs = {f.value: f for f in _figs(text, D(2024, 1, 4))}
    assert _period(figs[value]) == (D(2023, 1, 1), D(2023, 12, 31))
    later = {f.value: f for f in _figs(text, D(2024, 6, 4))}
    assert _period(later[value]) == (D(2024, 6, 4), D(2024, 6, 4))  # not in the first weeks: as of publication
    yesterday = {f.value: f for f in _figs(text.replace("1200", "вчера 1200").replace("1,200", "1,200 yesterday"),
                                            D(2024, 1, 4))}
    if "Жоба" not in text:
        assert _period(yesterday[value]) == (D(2024, 1, 4), D(2024, 1, 4))


@pytest.mark.parametrize("text,first,second", [
    ("130 тысяч волонтеров в 2022 году, годом позже — 240 тысяч.", 2022, 2023),
    ("130,000 volunteers in 2022, a year later 240,000.", 2022, 2023),
    ("2022 жылы 130 мың волонтер болса, бір жылдан кейін 240 мың волонтер болды.", 2022, 2023),
    ("В 2023 году 240 тысяч волонтеров, годом ранее — 130 тысяч.", 2023, 2022),
])
def test_compared_in_one_sentence(text, first, second):
    figs = _figs(text, D(2024, 5, 1))
    years = [f.period_start.year for f in figs if f.period_start]
    assert years[:2] == [first, second]


@pytest.mark.parametrize("text", ["Через год планируется набрать 240 тысяч волонтеров.", "A year later than planned."])
def test_year_after_needs_a_year(text):
    assert all(a.period_start is None or a.period_start.year != 2025 or "через" not in text
               for a in find_anchors(text.lower(), D(2024, 5, 1)))
    assert not [a for a in find_anchors(text.lower(), D(2024, 5, 1)) if a.kind == "year"]


@pytest.mark.parametrize("text,published,want", [
    ("по итогам года собрано 5 тонн", D(2024, 1, 10), (D(2023, 1, 1), D(2023, 12, 31))),
    ("over the year volunteers collected 5 tonnes", D(2024, 2, 1), (D(2023, 1, 1), D(2023, 12, 31))),
    ("жыл қорытындысы бойынша 5 тонна жиналды", D(2024, 1, 20), (D(2023, 1, 1), D(2023, 12, 31))),
    ("по итогам года собрано 5 тонн", D(2024, 10, 1), None),  # later in a year: which year is not said
    ("over the year volunteers collected 5 tonnes", D(2024, 6, 1), None),
])
def test_year_results(text, published, want):
    anchors = find_anchors(text, published)
    assert [(a.period_start, a.period_end) for a in anchors] == ([want] if want else [])


@pytest.mark.parametrize("clause,lang,past", [
    ("8,7 тысячи человек сдали свою кровь", "ru", True),
    ("было собрано 40 тонн", "ru", True),
    ("в центре работают 87 сотрудников", "ru", False),
    ("около 800 человек", "ru", False),
    ("8700 адам қан тапсырды", "kk", True),
    ("орталықта 87 қызметкер жұмыс істейді", "kk", False),
    ("жыл сайын 220 мың адам қан тапсырады", "kk", False),
    ("акцияға 95 донор қатысты", "kk", True),
    ("8,700 people donated blood", "en", True),
    ("there are 8,700 registered donors", "en", False),
    ("volunteers have collected 5 tonnes", "en", False),
])
def test_past_report_tense(clause, lang, past):
    assert is_past_report(clause, lang) is past

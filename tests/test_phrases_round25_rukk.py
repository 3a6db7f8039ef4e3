"""Round 25 (ru, kk): classes behind set 25's misses and false figures on Russian and Kazakh pages, each fixed by a
rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_phrases import NOW, _check_read

from loaders.text import text_date

ROUND_1_25_RUKK: dict[str, list[tuple[str, list[str], str]]] = {}

# A site's clock in the page chrome ("Уақыт: 2025-12-29 15:59:35" beside the visitor counter, "Время: 29.12.2025",
# "Сегодня: 29 декабря 2025", "Today: December 29, 2025"): the day the page was copied, no publication date. The
# page's own date line still counts (negatives). Table: (page head, the date the page states at its top).
CLOCK_LINE = [
    ("Сіздің IP: 216.73.216.209\nУақыт: 2025-12-29 15:59:35\n|\nҚақпақтарды жинап, қайырымдылық жаса!", None),
    ("Время: 29.12.2025 15:59\nНовости\nВолонтеры провели субботник.", None),
    ("Сегодня: 29 декабря 2025\nПогода +5\nВолонтеры провели субботник.", None),
    ("Бүгін: 29 желтоқсан 2025\nЕріктілер сенбілік өткізді.", None),
    ("Today: December 29, 2025\nUSD 510.2\nVolunteers held a clean-up.", None),
    ("Время: 29.12.2025 15:59\n12.03.2024\nВолонтеры провели субботник.", dt.date(2024, 3, 12)),
    # negatives: a page's own date line
    ("2025-06-14 10:15\nВолонтеры провели субботник.", dt.date(2025, 6, 14)),
    ("Дата: 14.06.2025\nВолонтеры провели субботник.", dt.date(2025, 6, 14)),
    ("Опубликовано: 25 ноября 2025\nВолонтеры провели субботник.", dt.date(2025, 11, 25)),
]

# A year's word misspelt by one doubled or swapped letter ("в 2003 гооду", "в 2003 огду", "2019 жылыы") is still the
# year; the second of two parallel clauses takes its own year, also with "году" left out before a dash ("а в 2003 –
# 5300"). Negatives: a span of years with a dash stays a span; a bare number after "в" is no year.
YEAR_WORD_TYPO = [
    ("Если в 2002 году сдали кровь 7 тысяч человек, в 2003 гооду - 5300 человек.",
     ["7000 exact persons * 2002-01-01..2002-12-31 *", "5300 exact persons * 2003-01-01..2003-12-31 *"], "ru"),
    ("В 2003 годду кровь сдали 5300 человек.", ["5300 exact persons * 2003-01-01..2003-12-31 *"], "ru"),
    ("В 2003 огду кровь сдали 5300 человек.", ["5300 exact persons * 2003-01-01..2003-12-31 *"], "ru"),
    ("В 2002 году кровь сдали 7 тысяч человек, а в 2003 – 5300.",
     ["7000 exact persons * 2002-01-01..2002-12-31 *", "5300 exact * * 2003-01-01..2003-12-31 *"], "ru"),
    ("В 2002 году кровь сдали 7 тысяч человек, в 2003 - уже 9 тысяч.",
     ["7000 exact persons * 2002-01-01..2002-12-31 *", "9000 exact * * 2003-01-01..2003-12-31 *"], "ru"),
    ("2019 жылыы 500 адам қан тапсырды.", ["500 exact persons * 2019-01-01..2019-12-31 *"], "kk"),
    ("2019 жлыы 500 адам қан тапсырды.", ["500 exact persons * 2019-01-01..2019-12-31 *"], "kk"),
    # negatives
    ("В 2003–2005 годах кровь сдали 5300 человек.", ["5300 exact persons * 2003-01-01..2005-12-31 *"], "ru"),
    ("Кровь сдали 5300 человек.", [f"5300 exact persons * {NOW} *"], "ru"),
]
ROUND_1_25_RUKK["YEAR_WORD_TYPO"] = YEAR_WORD_TYPO

# An undated page dated by an event named with its year, the year glued by a hyphen or set off by a dash, whose
# results the sentence reports ("Средства, собранные на ярмарке«Үміт-2019», переданы …": a Kazakh name in a
# Russian sentence leaves it Russian): the page's figures get that year. Negatives: a programme's target year
# («Казахстан-2050»), a fair to come.
EVENT_NAME_YEAR = [
    ("Денежные средства, собранные на благотворительной ярмарке«Үміт-2019», переданы многодетным семьям. "
     "На ярмарке представили почти 130 работ.", "2019-01-01..2019-12-31", "ru"),
    ("Средства, собранные на ярмарке «Үміт - 2019», переданы семьям. На ярмарке представили почти 130 работ.",
     "2019-01-01..2019-12-31", "ru"),
    ("Деньги, вырученные на выставке «Мейірім-2019», были переданы семьям. Представили почти 130 работ.",
     "2019-01-01..2019-12-31", "ru"),
    ("«Мейірім-2019» жәрмеңкесінде жиналған қаражат отбасыларға берілді. Жәрмеңкеге 130-ға жуық жұмыс қойылды.",
     "2019-01-01..2019-12-31", "kk"),
    ("The money raised at the «Umit-2019» charity fair was handed over to families. Almost 130 works were shown.",
     "2019-01-01..2019-12-31", "en"),
    # negatives
    ("В рамках стратегии «Казахстан-2050» были переданы средства. Представили почти 130 работ.",
     "None..None", "ru"),
    ("На ярмарке «Үміт-2019» будут представлены работы. Представят почти 130 работ.", "None..None", "ru"),
]


def _read_undated(text: str, lang: str) -> list[str]:
    """Periods of the figures of a page without a publication date, "start..end" each."""
    from loaders.build import process_article

    return [f"{f['period_start']}..{f['period_end']}" for f in
            process_article("a.txt", text, "0" * 64, {"lang": lang})["figures"] if f["duplicate_of"] is None]


@pytest.mark.parametrize(("text", "want", "lang"), EVENT_NAME_YEAR)
def test_event_name_year(text: str, want: str, lang: str) -> None:
    assert _read_undated(text, lang) == [want]

# A range of school grades, its last grade glued to the grade word ("4-10-сынып оқушыларының", "5–11-классов") or both
# after English "grades" ("in grades 5-11", "grades 5 to 11"): the grades describe the pupils, no count. Negatives: a
# range of a count ("4-5 тысяч деревьев", "2-3 новых класса", "4-10 адамнан").
GRADE_RANGE = [
    ("Мектепте 4-10-сынып оқушыларының жалпы саны 420 оқушыдан тұратын 28 еріктілер клубы бар.",
     [f"420 exact persons * {NOW} *", f"28 exact * * {NOW} *"], "kk"),
    ("Акцияға 5–11-сынып оқушылары, барлығы 300 бала қатысты.", [f"300 exact persons * {NOW} *"], "kk"),
    ("В акции участвовали 300 учеников 5-11-классов.", [f"300 exact persons * {NOW} *"], "ru"),
    ("Volunteers from grades 5-11 planted 300 trees.", [f"300 exact trees * {NOW} *"], "en"),
    ("Pupils in grades 5 to 11 planted 300 trees.", [f"300 exact trees * {NOW} *"], "en"),
    # negatives
    ("Волонтеры посадили 4-5 тысяч деревьев.", [f"4000 at_least trees * {NOW} *", f"5000 at_most trees * {NOW} *"],
     "ru"),
    ("В школе открыли 2-3 новых класса.", [f"2 at_least * * {NOW} *", f"3 at_most * * {NOW} *"], "ru"),
    ("Еріктілер 4-10 адамнан тұратын топқа бөлінді.",
     [f"4 at_least persons * {NOW} *", f"10 at_most persons * {NOW} *"], "kk"),
]
ROUND_1_25_RUKK["GRADE_RANGE"] = GRADE_RANGE

# The aims a campaign is said to serve, counted in the present ("Бұл науқан үш мәселені шешеді", "проект решает три
# задачи", "the campaign solves three problems"): a manner of describing it, no figure. Negatives: problems solved in
# the past or examined are counted deeds.
AIMS_IT_SERVES = [
    ("Бұл науқан үш мәселені шешеді: экологиялық, тәрбиелік, қаржылық.", [], "kk"),
    ("Акция екі міндетті шешеді.", [], "kk"),
    ("Проект решает три задачи: экология, воспитание, помощь.", [], "ru"),
    ("The campaign solves three problems at once.", [], "en"),
    # negatives
    ("Волонтеры решили 15 проблем жителей.", [f"15 exact * * {NOW} *"], "ru"),
    ("Еріктілер тұрғындардың 15 мәселесін шешті.", [f"15 exact * * {NOW} *"], "kk"),
    ("Комиссия рассмотрела 5 проблем.", [f"5 exact * * {NOW} *"], "ru"),
]
ROUND_1_25_RUKK["AIMS_IT_SERVES"] = AIMS_IT_SERVES


@pytest.mark.parametrize(("head", "want"), CLOCK_LINE)
def test_clock_line(head: str, want: dt.date | None) -> None:
    assert text_date(head) == want


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_25_RUKK.values() for row in table])
def test_round25_rukk(text, expected, lang):
    _check_read(text, expected, lang)

"""Round 40 (set 40): classes behind the misses and false figures of the set-40 pages, each fixed by a rule of the
language and checked with variants and negatives."""

from __future__ import annotations

import pytest
from test_extract_phrases import read

from loaders.text import content_lines


# A line of prose that names a temperature or the weather is text, not a weather widget ("Temperatures in healthcare
# facilities stand at +20+25°C which complies with sanitary requirements. 269 patients … are getting treatment",
# "Қатысушылар ауа райының салқындығына қарамастан марафонға белсене қатысты."); a widget line stays chrome.
@pytest.mark.parametrize("line", [
    "Temperatures in healthcare facilities stand at +20+25°C which complies with sanitary requirements. 269 patients "
    "including 92 children are getting treatment at the Municipal Hospital of Ekibastuz.",
    "Қатысушылар сол күнгі ауа райының салқындығына қарамастан, марафонға белсене қатысты.",
    "Несмотря на погоду, на субботник вышли волонтеры из всех районов города и собрали мусор.",
])
def test_prose_that_names_the_weather_is_text(line: str) -> None:
    text = f"Новости\n\n{line}\n\nВолонтеры помогли 40 семьям в Актобе, сообщает пресс-служба акимата области."
    lines, _ = content_lines(text)
    assert line in [ln.text for ln in lines]


@pytest.mark.parametrize("widget", ["Погода в Астане: +22°C", "+3°C", "Ауа райы +3°C Астана", "Weather 12 °C"])
def test_a_weather_widget_is_still_chrome(widget: str) -> None:
    text = f"{widget}\n\nВолонтеры фонда помогли 40 семьям в Актобе, сообщает пресс-служба акимата области."
    lines, _ = content_lines(text)
    assert widget not in [ln.text for ln in lines]


# "Next year" told just before a plan's named years dates an undated text two years before the first one named
# ("Келесі жылы 1700 гектарды қамтимыз. … 2023 жылы 2100 гектар, 2024 жылы – 6350 гектар" → 2021); the Kazakh future
# of intent ("отырғызылмақ", "жұмсалмақ", "отырғызатын боламыз") makes a sentence's years a plan's, not the text's.
@pytest.mark.parametrize(("text", "lang", "periods"), [
    ("Биыл өңірде 2 млн көшет отырғызу жоспарланған.\nӨткен жылы біз 762 гектар жерге көшет отырғыздық. Келесі жылы "
     "1700 гектарды қамтимыз. Ал, 2023 жылы 2100 гектар, 2024 жылы 6350 гектар отырғызатын боламыз.", "kk",
     ["2021-01-01..2021-12-31", "2020-01-01..2020-12-31", "2022-01-01..2022-12-31", "2023-01-01..2023-12-31",
      "2024-01-01..2024-12-31"]),
    ("В этом году планируется высадить 2 млн саженцев.\nВ следующем году охватим 1700 гектаров, а в 2023 году — 2100 "
     "гектаров.", "ru", ["2021-01-01..2021-12-31", "2022-01-01..2022-12-31", "2023-01-01..2023-12-31"]),
    # a past year named too: the plan's run still dates the text
    ("В 2020 году высадили 2 млн саженцев.\nВ следующем году охватим 1700 гектаров, а в 2023 году — 2100 гектаров.",
     "ru", ["2020-01-01..2020-12-31", "2022-01-01..2022-12-31", "2023-01-01..2023-12-31"]),
    # negative: a year after "next year" that is no plan's ("founded in 1995"): the text's own year stands
    ("В 2024 году волонтеры фонда помогли 300 семьям.\nВ следующем году фонду исполнится 30 лет: его основали в 1995 "
     "году.", "ru", ["2024-01-01..2024-12-31"]),
])
def test_next_year_before_a_run_of_plans(text: str, lang: str, periods: list[str]) -> None:
    got = [g.split()[4] for g in read(text, lang, published=None)]
    assert len(got) == len(periods) and all(w in ("*", g) for g, w in zip(got, periods, strict=True)), got


# Digits before a site's domain cut off by the copy ("хабарлайды 715.2 kz тілшісі" for 7152.kz) are no figure.
def test_digits_of_a_cut_domain() -> None:
    got = read("Облыста 100 млн көшет отырғызылмақ, деп хабарлайды 715.2 kz тілшісі.", "kk")
    assert [g.split()[0] for g in got] == ["1e+08"]

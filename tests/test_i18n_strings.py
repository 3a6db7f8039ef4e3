"""The interface strings (metrics/locales/strings.toml) and Babel's CLDR formatting in en/ru/kk (issue 11,
Deliver 5): every text in the three languages with the same {fields}, complete plural forms, and the
phrases a reader of Russian or Kazakh would write."""

from __future__ import annotations

import re
import string

import pytest

from metrics import i18n

PLURAL_CATEGORIES = {"en": {"one", "other"}, "ru": {"one", "few", "many", "other"}, "kk": {"one", "other"}}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(i18n.STRINGS))
def test_every_string_has_three_languages_with_the_same_fields(key: str) -> None:
    entry = i18n.STRINGS[key]
    assert set(entry) == set(i18n.LANGS), key
    texts = {lang: (v if isinstance(v, str) else " ".join(v.values())) for lang, v in entry.items()}
    assert len({frozenset(_fields(x)) for x in texts.values()}) == 1, texts
    for lang, value in entry.items():
        if isinstance(value, dict):
            assert set(value) >= PLURAL_CATEGORIES[lang], (key, lang)


@pytest.mark.parametrize(
    ("lang", "when", "text"),
    [
        ("kk", "2020", "2020 жылдан бері ×6"),  # not "2020 бастап"
        ("kk", "13.12.2024", "13.12.2024 ж. бастап ×6"),
        ("ru", "2020", "×6 с 2020 года"),
        ("en", "2020", "×6 since 2020"),
    ],
)
def test_since_reads_naturally(lang: str, when: str, text: str) -> None:
    assert i18n.t_when("fold_since_first", lang, when, fold="6") == text


def test_compared_with_and_as_of_read_naturally() -> None:
    assert i18n.t_when("vs_previous", "ru", "13.12.2024") == "по сравнению с 13.12.2024"  # not "к 13.12.2024"
    assert i18n.t_when("vs_previous", "kk", "13.12.2024") == "13.12.2024 ж. деректерімен салыстырғанда"
    assert i18n.t("as_of", "kk", date="30.01.2026") == "30.01.2026 ж. жағдай бойынша"  # not "Жағдай бойынша …"


@pytest.mark.parametrize(
    ("lang", "value", "text"),
    [("en", 3_000_000, "3m"), ("ru", 3_000_000, "3\u00a0млн"), ("kk", 3_000_000, "3\u00a0млн"),
     ("en", 275_000, "275,000"), ("ru", 1234.5, "1\u00a0234,5"), ("en", -50, "−50")],
)
def test_numbers_follow_cldr(lang: str, value: float, text: str) -> None:
    assert i18n.fmt_number(value, lang) == text


def test_dates_follow_cldr() -> None:
    assert i18n.fmt_date("2026-01-30", "en") == "30 Jan 2026"
    assert i18n.fmt_date("2026-01-30", "ru") == "30.01.2026"
    assert i18n.fmt_date("2026-01-30", "kk") == "30.01.2026"


def test_no_handwritten_formatting_left() -> None:
    source = open(i18n.__file__, encoding="utf-8").read()
    assert "strftime" not in source and not re.search(r"_MONTHS_EN|_group_thousands", source)


@pytest.mark.parametrize(
    ("value", "text"),
    [(4, "4-ке жуық"), (800, "800-ге жуық"), (6, "6-ға жуық"), (40, "40-қа жуық"), (50, "50-ге жуық"),
     (200_000, "200\u00a0000-ға жуық"), (3_000_000, "3\u00a0млн-ға жуық"), (6_200_000_000, "6,2\u00a0млрд-қа жуық")],
)
def test_kazakh_almost_takes_the_dative_ending_of_the_number(value: float, text: str) -> None:
    """Walk of 2026-12-03: "almost" was "-ге жуық" after every number ("4-ге жуық"); the ending follows the
    last word read aloud (төрт → 4-ке, алты → 6-ға, мың → 200 000-ға)."""
    assert i18n.fmt_value(value, "almost", "kk") == text


def test_kazakh_almost_multiple_reads_as_kazakh() -> None:
    assert i18n.fmt_multiple(4, "almost", "kk") == "4 есеге жуық"  # not the calque "жуық ×4"
    assert i18n.fmt_multiple(4, "almost", "ru") == "почти ×4"


def test_every_unit_the_extractor_writes_has_a_label_in_three_languages() -> None:
    """Walk of 2026-12-03: the Data page's unit column said "modules", "podcasts", "nominations" in Russian and
    Kazakh: 23 of the units the extractor and curated rows may write had no label."""
    from loaders import lexicon
    from loaders.curated import KNOWN_UNITS

    written = set(KNOWN_UNITS) | set(lexicon.UNIT_BY_NOUN.values()) | set(lexicon.KK_STEM_UNIT.values())
    missing = sorted(u for u in written if set(i18n.UNIT_LABELS.get(u, {})) != set(i18n.LANGS))
    assert missing == []


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_area_the_extractor_writes_has_a_name_in_russian_and_kazakh(lang: str) -> None:
    """Walk of 2026-12-03: towns other than the 17 regions and 3 cities ("Taraz", "Oskemen") showed in Latin
    letters in the Russian and Kazakh bar chart by region, the Explore area list and the Data table."""
    from loaders import lexicon

    areas = {area for _, area in lexicon.REGION_PATTERNS} | {city[3] for city in lexicon.CITIES}
    latin = sorted(a for a in areas if re.search(r"[A-Za-z]", i18n.area_label(a, lang)))
    assert latin == []


# Walk of 2026-12-03: phrases a reader of Russian or Kazakh would not write, and what replaced them.
CALQUES = [
    ("kind_cumulative", "ru", "нарастающим итогом"),  # an adverb, unreadable after "«…» — " in a sentence
    ("kind_level", "ru", "на дату"),
    ("kind_cumulative", "kk", "жинақталған жиыны"),  # "accumulated its total"
    ("years", "ru", "Лет между"),
    ("x_fold", "ru", "Кратность (раз)"),
    ("from_point", "ru", "С"), ("to_point", "ru", "По"),  # a bare preposition as a row and field name
    ("from_point", "kk", "Бастап"), ("to_point", "kk", "Дейін"),
    ("n_figures", "ru", "Цифр"),  # a genitive plural as a column name
    ("page_no", "kk", "Бет ({n} беттің)"),
    ("implied_start", "ru", "Подразумеваемое начальное значение"),  # capitalised after "; "
    ("measure", "ru", "Показатель"), ("measure", "kk", "Көрсеткіш"),  # the growth table's column = "Metric" above it
]


@pytest.mark.parametrize(("key", "lang", "old"), CALQUES, ids=[f"{k}-{lang}" for k, lang, _ in CALQUES])
def test_calqued_phrases_are_gone(key: str, lang: str, old: str) -> None:
    assert i18n.t(key, lang) != old


@pytest.mark.parametrize("key", ["download_capped", "latest_multiples", "chart_deferred"])
def test_russian_counts_need_no_case_agreement(key: str) -> None:
    """ "{n} строк", "{k} последних", "{n} точек" read wrong for 1, 21, 101: the count stands after a colon."""
    text = i18n.STRINGS[key]["ru"]
    assert not re.search(r"\{[nk]\} (?!из )[а-яё]", text), text  # "{k} из {n}" needs no agreement

"""Interface strings in English, Russian and Kazakh, and number/date formatting per language.

Everything a user reads goes through this module, so that no raw id (metric ids, qualifier codes, unit
codes) reaches the screen when a label exists. Metric names come from the catalog (labels en/ru/kk);
the interface strings, qualifier, unit and area names are in metrics/locales/strings.toml (one file for
translators); this module loads them and formats numbers, plurals and dates with Babel (CLDR en/ru/kk).
"""

from __future__ import annotations

import datetime as dt
import math
import tomllib
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
from babel import dates, numbers

LANGS: tuple[str, ...] = ("en", "ru", "kk")
DEFAULT_LANG = "en"
LANG_NAMES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}

# Plotly `layout.separators`: decimal point then thousands separator. A narrow no-break space keeps
# "275 000" on one line in Russian/Kazakh.
NBSP = "\u00a0"  # the CLDR group separator of ru and kk (a no-break space)
PLOTLY_SEPARATORS: dict[str, str] = {"en": ".,", "ru": ", ", "kk": ", "}

# Every interface text, in the three languages, lives in one file translators edit (see its header).
LOCALE_FILE = Path(__file__).with_name("locales") / "strings.toml"


def _load_texts() -> dict[str, dict]:
    with LOCALE_FILE.open("rb") as fh:
        return tomllib.load(fh)


_TEXTS = _load_texts()
STRINGS: dict[str, dict[str, object]] = _TEXTS["strings"]
QUALIFIER_LABELS: dict[str, dict[str, str]] = _TEXTS["qualifiers"]
UNIT_LABELS: dict[str, dict[str, str]] = _TEXTS["units"]
AREA_LABELS: dict[str, dict[str, str]] = _TEXTS["areas"]


# Above these magnitudes numbers are shortened ("6.2 bn"): full digits of tenge sums are unreadable.


def normalize_lang(lang: str | None) -> str:
    """Return a supported language code, falling back to the default."""
    return lang if lang in LANGS else DEFAULT_LANG


def t(key: str, lang: str, **kwargs: object) -> str:
    """Translate a UI string; missing keys show the key itself rather than failing."""
    entry = STRINGS.get(key)
    text = key if entry is None else entry.get(lang) or entry[DEFAULT_LANG]
    if isinstance(text, Mapping):  # a plural string used without a count: its "other" form
        text = text["other"]
    return text.format(**kwargs) if kwargs else text


def t_when(key: str, lang: str, when: str, **kwargs: object) -> str:
    """A string about a moment: its `<key>_year` form when `when` is a bare year, since languages put a
    year and a date differently ("с 2020 года" but "с 13.12.2024"; "2020 жылдан бері")."""
    if when.isdigit() and len(when) == 4 and f"{key}_year" in STRINGS:
        key = f"{key}_year"
    return t(key, lang, date=when, **kwargs)


def plural_category(count: float, lang: str) -> str:
    """CLDR plural category of `count` in `lang` ("one", "few", "many", "other")."""
    from babel import Locale

    return Locale.parse(lang).plural_form(abs(count))


def tn(key: str, lang: str, count: float, **kwargs: object) -> str:
    """A plural string: the form of `count`'s CLDR plural category, with {n} the formatted count
    ("1 row", "2 rows"; "1 строка", "3 строки", "5 строк")."""
    entry = STRINGS.get(key)
    forms = key if entry is None else entry.get(lang) or entry[DEFAULT_LANG]
    if isinstance(forms, Mapping):
        forms = forms.get(plural_category(count, lang)) or forms["other"]
    return forms.format(n=fmt_number(count, lang, compact=False), **kwargs)


def _label(table: Mapping[str, Mapping[str, str]], code: str | None, lang: str) -> str:
    if code is None:
        return ""
    entry = table.get(code)
    return code if entry is None else entry.get(lang) or entry[DEFAULT_LANG]


def code_label(group: str, code: object, lang: str) -> str:
    """A code of the database in words: `period_kind` "ytd" → "year to date", `period_basis` "inherited",
    `date_basis` "text" (strings.toml keys `<group>_<code>`); an unknown code stays as it is, "–" for none."""
    if code is None or (not isinstance(code, str) and pd.isna(code)) or code == "":
        return "–"
    key = f"{group}_{code}"
    return t(key, lang) if key in STRINGS else str(code)


def qualifier_label(qualifier: str | None, lang: str) -> str:
    return _label(QUALIFIER_LABELS, qualifier or "exact", lang)


def unit_label(unit: str | None, lang: str) -> str:
    return _label(UNIT_LABELS, unit, lang)


def area_label(area: str | None, lang: str) -> str:
    if area and area not in AREA_LABELS:
        from metrics import regions  # the 17 regions and 3 cities, with their names in each language

        named = regions.name(area, lang)
        if named:
            return named
    return _label(AREA_LABELS, area, lang)


# How a metric's label names the whole country; dropped when the chart shows one region or city.
_COUNTRY_IN_LABEL: dict[str, tuple[str, ...]] = {
    "en": (" in Kazakhstan",),
    "ru": (" в Казахстане",),
    "kk": ("Қазақстандағы ",),
}


def label_without_country(label: str, lang: str) -> str:
    """ "Volunteers in Kazakhstan" → "Volunteers", for charts of the regions."""
    for phrase in _COUNTRY_IN_LABEL.get(lang, ()):
        label = label.replace(phrase, "")
    return label[:1].upper() + label[1:]


def label_in_area(label: str, area: str | None, lang: str) -> str:
    """A metric's label for a chart of one area: "Volunteers in Kazakhstan" for the country, "Volunteers ·
    Almaty" for a city (never "Volunteers in Kazakhstan" over Almaty's figures)."""
    if not area or area == "KZ":
        return label
    for phrase in _COUNTRY_IN_LABEL.get(lang, ()):
        label = label.replace(phrase, "")
    label = label[:1].upper() + label[1:]
    return f"{label} · {area_label(area, lang)}"


# CLDR locales of the interface languages (British English: "13 Dec 2024", day before month).
_LOCALES: dict[str, str] = {"en": "en_GB", "ru": "ru", "kk": "kk"}
COMPACT_FROM = 1e6  # below a million numbers are written out in full ("275 000"), above compactly ("3 млн")


def _locale(lang: str) -> str:
    return _LOCALES.get(lang, "en_GB")


def fmt_number(value: float | int | None, lang: str, *, decimals: int | None = None, compact: bool = True) -> str:
    """Format a number the way readers of `lang` expect (CLDR via Babel): 275,000 (en) or 275 000 (ru, kk),
    and from a million on compactly unless `compact` is False: 3M, 3 млн, 6,2 млрд.

    Whole numbers get no decimals; others get up to two significant decimals unless `decimals` is given.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    value = float(value)
    locale = _locale(lang)
    if compact and abs(value) >= COMPACT_FROM:
        text = numbers.format_compact_decimal(abs(value), format_type="short", locale=locale, fraction_digits=2)
    else:
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "" if decimals == 0 else ".##")
        text = numbers.format_decimal(abs(value), format=pattern, locale=locale)
    return ("−" if value < 0 else "") + text


def fmt_value(value: float | None, qualifier: str | None, lang: str) -> str:
    """Number with its qualifier in a short form: "800+", "≤800", "~800", "almost 4"."""
    num = fmt_number(value, lang)
    match qualifier or "exact":
        case "at_least":
            return num + "+"
        case "at_most":
            return "≤" + num
        case "approx":
            return "~" + num
        case "almost":
            return {"en": f"almost {num}", "ru": f"почти {num}", "kk": f"{num}-{kk_dative_suffix(num)} жуық"}[lang]
        case _:
            return num


def fmt_multiple(value: float | None, qualifier: str | None, lang: str) -> str:
    """A multiple with its qualifier in front: "×6", "almost ×4", "почти ×4"; in Kazakh "almost" follows the
    number as the language puts it: "4 есеге жуық" (not "жуық ×4")."""
    num = "×" + fmt_number(value, lang)
    if (qualifier or "exact") == "exact":
        return num
    if lang == "kk" and qualifier == "almost":
        return f"{fmt_number(value, lang)} есеге жуық"
    return f"{qualifier_label(qualifier, lang)} {num}"


# The dative ending of a Kazakh number follows the last word read aloud ("төрт" → 4-ке, "алты" → 6-ға,
# "жүз" → 100-ге, "мың" → 1000-ға, "миллион" → 3 млн-ға): vowel harmony and the final consonant.
_KK_DATIVE_UNITS = {"0": "ге", "1": "ге", "2": "ге", "3": "ке", "4": "ке", "5": "ке", "6": "ға", "7": "ге",
                    "8": "ге", "9": "ға"}  # нөл, бір, екі, үш, төрт, бес, алты, жеті, сегіз, тоғыз
_KK_DATIVE_TENS = {"1": "ға", "2": "ға", "3": "ға", "4": "қа", "5": "ге", "6": "қа", "7": "ке", "8": "ге",
                   "9": "ға"}  # он, жиырма, отыз, қырық, елу, алпыс, жетпіс, сексен, тоқсан
_KK_DATIVE_SCALES = {1: "ға", 2: "ға", 3: "қа", 4: "ға"}  # мың, миллион, миллиард, триллион
_KK_DATIVE_COMPACT = {"мың": "ға", "млн": "ға", "млрд": "қа", "трлн": "ға"}


def kk_dative_suffix(number: str) -> str:
    """The Kazakh dative ending (ға/ге/қа/ке) of a number as written ("4", "800", "1,5", "3 млн")."""
    words = number.replace(NBSP, " ").split()
    if words and words[-1] in _KK_DATIVE_COMPACT:
        return _KK_DATIVE_COMPACT[words[-1]]
    whole, _, fraction = "".join(ch for ch in number if ch.isdigit() or ch in ",.").replace(".", ",").partition(",")
    digits = fraction.rstrip("0") or whole.lstrip("0")  # "1,5" is read "бір бүтін оннан бес": the fraction
    if not digits:
        return _KK_DATIVE_UNITS["0"]
    trailing = len(digits) - len(digits.rstrip("0"))
    if trailing >= 3:  # 1 000, 20 000, 3 000 000: the last word is the scale of the lowest non-zero group
        return _KK_DATIVE_SCALES.get(trailing // 3, "ға")
    last = digits.rstrip("0")[-1]
    return {0: _KK_DATIVE_UNITS, 1: _KK_DATIVE_TENS}.get(trailing, {})[last] if trailing < 2 else "ге"  # жүз


def fmt_percent(value: float | None, lang: str, *, signed: bool = True) -> str:
    """Percentage from a fraction in the language's CLDR form: 0.423 → "+42.3%" (en), "+42,3 %" (ru)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    pct = value * 100
    text = fmt_number(abs(pct), lang, decimals=1 if abs(pct) < 1000 else 0, compact=False)
    # Where the language puts the percent sign (ru: after a no-break space), from its CLDR pattern.
    text = numbers.format_percent(0, locale=_locale(lang)).replace("0", text, 1)
    sign = ("+" if pct > 0 else "−" if pct < 0 else "") if signed else ("−" if pct < 0 else "")
    return f"{sign}{text}"


def fmt_signed(value: float | None, lang: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return ("+" if value > 0 else "") + fmt_number(value, lang)


def to_date(value: object) -> dt.date | None:
    """Coerce pandas/numpy/ISO values to a date; None for missing."""
    if value is None or value is pd.NaT:  # NaT is a datetime subclass whose .date() is NaT again
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        return None
    return None if pd.isna(stamp) else stamp.date()


def fmt_date(value: object, lang: str) -> str:
    """13 Dec 2024 (en) or 13.12.2024 (ru, kk), from CLDR via Babel; "–" when unknown."""
    day = to_date(value)
    if day is None:
        return "–"
    if lang == "en":
        return dates.format_date(day, "medium", locale=_locale(lang))
    return dates.format_skeleton("yMd", day, locale=_locale(lang))


def fmt_period(start: object, end: object, kind: str | None, lang: str) -> str:
    """Readable period: a day for stocks, "2020" for a calendar year, "start – end" for ranges."""
    d0, d1 = to_date(start), to_date(end)
    if d1 is None:
        return "–"
    if d0 is None or d0 == d1:
        return fmt_date(d1, lang)
    if d0.month == 1 and d0.day == 1 and d1.month == 12 and d1.day == 31 and d0.year == d1.year:
        year = str(d1.year)
        if kind == "annual":
            return {
                "en": f"{year} (a typical year)",
                "ru": f"{year} (ежегодно)",
                "kk": f"{year} (жыл сайын)",
            }[lang]
        return year
    return f"{fmt_date(d0, lang)} – {fmt_date(d1, lang)}"

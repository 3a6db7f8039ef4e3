"""Property tests of the number parser and the extractor (issue 10, item 4).

- any text (arbitrary Unicode, and word salad from the extractor's own vocabulary: numbers in digits and
  words, scale words, qualifiers, units, years, dates, Kazakh Latin letters, markup) → no exception; every
  figure's span lies inside the text, the text at the span is the figure's text and contains a digit or a
  number word, and the figure's quote is the sentence around it;
- numbers formatted as the three languages write them — "12 500", "12,500", "12 500" (no-break and narrow
  spaces), "1,5 млн", "2,5 мың", "3.25 million" — in a sentence about volunteers are read back to their
  value, with the number inside the figure's span.
"""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.extract import extract_article, parse_number, tokenize
from tests.properties_support import examples

PUBLISHED = st.one_of(st.none(), st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2030, 12, 31)))
LANG = st.sampled_from([None, "ru", "kk", "en"])

VOCAB = [
    # numbers and scales
    "12", "500", "12 500", "12,500", "1,5", "2.5", "0", "007", "1 000 000", "３", "٣", "½", "15%", "1e9", "-5",
    "две", "тысячи", "полутора", "миллиона", "тыс.", "млн", "млрд", "мың", "жүз", "бір", "жарым", "екі",
    "thousand", "million", "thirty-six", "one in five", "каждый третий", "әрбір бесінші",
    # qualifiers, units, nouns
    "более", "свыше", "около", "почти", "до", "от", "астам", "шамамен", "over", "about", "up to", "nearly",
    "волонтеров", "волонтер", "еріктілер", "volunteers", "доноров", "тенге", "тонн", "литров", "акций",
    "организаций", "people", "trees", "деревьев", "процентов", "раза", "есе",
    # time and place
    "2023", "году", "в", "2020–2024", "годы", "01.02.2023", "12:30", "жылы", "in", "Алматы", "Almaty", "области",
    "ежегодно", "в прошлом году", "since", "по", "с",
    # noise
    ".", ",", ";", "—", "-", "(", ")", "«", "»", "\n", "\n\n", "  ", "<b>", "</b>", "[1]", "http://x.kz/2023/05",
    "+7 701 123 45 67", "№5", "75-й", "qazaqstan", "ǵ", "á", "ı", "eriktiler", "\u00a0", "\u202f", "\t",
]

WORD_SALAD = st.lists(st.sampled_from(VOCAB), max_size=60).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=400), WORD_SALAD,
                     st.lists(st.one_of(WORD_SALAD, st.text(max_size=30)), max_size=6).map("".join))


def _figures(text: str, published: dt.date | None, lang: str | None) -> list:
    return extract_article(text, published, lang_hint=lang)


@settings(max_examples=examples(400))
@given(text=ANY_TEXT, published=PUBLISHED, lang=LANG)
def test_any_text_gives_figures_whose_spans_quote_them(text: str, published, lang) -> None:
    for f in _figures(text, published, lang):
        assert 0 <= f.start < f.end <= len(text), (f.start, f.end, len(text))
        assert text[f.start:f.end] == f.text
        assert any(c.isdigit() for c in f.text) or any(c.isalpha() for c in f.text)
        assert f.text.strip() and f.quote.strip()
        assert math.isfinite(f.value)
        assert f.qualifier in {"exact", "at_least", "at_most", "approx", "almost"}
        squeeze = " ".join(text.split())
        assert " ".join(f.quote.split()) in squeeze  # the quote is a piece of the article


@settings(max_examples=examples(150))
@given(text=ANY_TEXT, lang=st.sampled_from(["ru", "kk", "en"]))
def test_the_number_parser_never_raises_at_any_token(text: str, lang: str) -> None:
    tokens = tokenize(text)
    for i in range(len(tokens)):
        m = parse_number(tokens, i, lang)
        if m is not None:
            assert math.isfinite(m.value) and m.i0 <= i < m.i1 <= len(tokens)


# --- formatted numbers read back ---------------------------------------------------------------------------

GROUP_SEPARATORS = {"ru": [" ", "\u00a0", "\u202f"], "kk": [" ", "\u00a0", "\u202f"], "en": [","]}
DECIMAL_MARK = {"ru": ",", "kk": ",", "en": "."}
SCALES = {
    "ru": [("тыс.", 1e3), ("тысяч", 1e3), ("млн", 1e6), ("миллиона", 1e6)],
    "kk": [("мың", 1e3), ("млн", 1e6), ("миллион", 1e6)],
    "en": [("thousand", 1e3), ("million", 1e6)],
}
SENTENCE = {
    "ru": "В 2023 году в Казахстане зарегистрировано {n} волонтеров.",
    "kk": "2023 жылы Қазақстанда {n} волонтер тіркелді.",
    "en": "In 2023, {n} volunteers were registered in Kazakhstan.",
}


def _grouped(n: int, sep: str) -> str:
    digits = str(n)
    head = len(digits) % 3 or 3
    return sep.join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])


@st.composite
def formatted(draw) -> tuple[str, str, float]:
    lang = draw(st.sampled_from(["ru", "kk", "en"]))
    if draw(st.booleans()):  # digits grouped in threes (or not, under 10,000)
        n = draw(st.integers(min_value=10, max_value=9_999_999))
        sep = draw(st.sampled_from(GROUP_SEPARATORS[lang] + ([""] if n < 10_000 else [])))
        return lang, _grouped(n, sep), float(n)
    whole = draw(st.integers(min_value=1, max_value=999))
    tenths = draw(st.integers(min_value=1, max_value=9))
    word, scale = draw(st.sampled_from(SCALES[lang]))
    if scale == 1e6 and whole > 9:
        whole = whole % 9 + 1
    return lang, f"{whole}{DECIMAL_MARK[lang]}{tenths} {word}", (whole + tenths / 10) * scale


@settings(max_examples=examples(200))
@given(case=formatted())
def test_formatted_numbers_are_read_back_to_their_value(case: tuple[str, str, float]) -> None:
    lang, number, value = case
    text = SENTENCE[lang].format(n=number)
    at = SENTENCE[lang].index("{n}")  # not text.index(number): "23" is also in "2023"
    figures = [f for f in _figures(text, dt.date(2024, 3, 1), lang) if f.start <= at < f.end]
    assert len(figures) == 1, (text, [(f.value, f.text) for f in figures])
    assert math.isclose(figures[0].value, value, rel_tol=1e-9), (text, figures[0].value, value)
    assert number.split(" ")[0] in figures[0].text

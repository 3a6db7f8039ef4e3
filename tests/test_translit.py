"""Latin-script Kazakh → Cyrillic (loaders/translit.py): phrases in the three alphabets, number words, the
offset map, detection (positives and negatives) and a property loop over random strings."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from loaders.translit import (
    LATN2017,
    LATN2018,
    LATN2021,
    detect_alphabet,
    map_span,
    to_cyrillic,
    transliterate_paragraphs,
)

# --- phrases ------------------------------------------------------------------------------------------

PHRASES = [
    # 2018 (acute accents)
    (LATN2018, "40 myńǵa jýyq volonter", "40 мыңға жуық волонтер"),
    (LATN2018, "7 myńnan astam", "7 мыңнан астам"),
    (LATN2018, "1,5 myń tonnaǵa jýyq", "1,5 мың тоннаға жуық"),
    (LATN2018, "Qazaqstanda 300 myńnan astam erikti bar", "Қазақстанда 300 мыңнан астам ерікті бар"),
    (LATN2018, "árbir segizinshi qazaqstandyq", "әрбір сегізінші қазақстандық"),
    (LATN2018, "2 myńnan astam volonter", "2 мыңнан астам волонтер"),
    (LATN2018, "9 mln teńge", "9 млн теңге"),
    (LATN2018, "Bıyl eriktiler sany 300 myńǵa jetti", "Биыл еріктілер саны 300 мыңға жетті"),
    (LATN2018, "aksııaǵa 10 myńnan astam adam qatysty", "акцияға 10 мыңнан астам адам қатысты"),
    (LATN2018, "Volonterlik ortalyqtyń derekteri boıynsha", "Волонтерлік орталықтың деректері бойынша"),
    (LATN2018, "eki myń jıyrma úshinshi jyly", "екі мың жиырма үшінші жылы"),
    (LATN2018, "shamamen 5 tonna qoqys jınaldy", "шамамен 5 тонна қоқыс жиналды"),
    (LATN2018, "keminde 100 donor qan tapsyrdy", "кемінде 100 донор қан тапсырды"),
    (LATN2018, "50 adamǵa sheıin", "50 адамға шейін"),
    (LATN2018, "2025 jylǵa deıin", "2025 жылға дейін"),
    (LATN2018, "3 myńnan artyq otbasy", "3 мыңнан артық отбасы"),
    (LATN2018, "1,2 mlrd teńgeden astam", "1,2 млрд теңгеден астам"),
    (LATN2018, "«Taza Qazaqstan» ekologııalyq aksııasy", "«Таза Қазақстан» экологиялық акциясы"),
    (LATN2018, "tsıfrlyq ortalyq", "цифрлық орталық"),
    (LATN2018, "Jastar ortalyǵy", "Жастар орталығы"),
    (LATN2018, "Elimizde 2 mıllıonnan astam volonter bar", "Елімізде 2 миллионнан астам волонтер бар"),
    (LATN2018, "Úsh mıllıard teńge bólindi", "Үш миллиард теңге бөлінді"),
    (LATN2018, "sáýir aıynda", "сәуір айында"),
    (LATN2018, "taıaq, saıası, kıim, úı", "таяқ, саяси, киім, үй"),
    # 2021
    (LATN2021, "40 myñğa juyq volonter", "40 мыңға жуық волонтер"),
    (LATN2021, "7 myñnan astam", "7 мыңнан астам"),
    (LATN2021, "1,5 myñ tonnağa juyq", "1,5 мың тоннаға жуық"),
    (LATN2021, "Qazaqstanda 300 myñnan astam erikti bar", "Қазақстанда 300 мыңнан астам ерікті бар"),
    (LATN2021, "2 myñnan astam volonter", "2 мыңнан астам волонтер"),
    (LATN2021, "9 mln teñge", "9 млн теңге"),
    (LATN2021, "därigerler men eriktiler", "дәрігерлер мен еріктілер"),
    (LATN2021, "şamamen 20 myñ adam", "шамамен 20 мың адам"),
    (LATN2021, "boiynşa 50 tonnağa deiin", "бойынша 50 тоннаға дейін"),
    (LATN2021, "Ūlttyq volonterlık jelısı", "Ұлттық волонтерлік желісі"),
    (LATN2021, "jiyrma myñ aksiiağa qatysty", "жиырма мың акцияға қатысты"),
    (LATN2021, "Prezidenti 3 million teñge", "Президенті 3 миллион теңге"),
    (LATN2021, "Çempionat", "Чемпионат"),
    # 2021 strict: ı is і, i is и/й
    (LATN2021, "bır myñ ekı jüz erıktı", "бір мың екі жүз ерікті"),
    (LATN2021, "deiın, şeiın, kiım", "дейін, шейін, киім"),
    # 2017 (apostrophes)
    (LATN2017, "40 myn'g'a juyq volonter", "40 мыңға жуық волонтер"),
    (LATN2017, "7 myn'nan astam", "7 мыңнан астам"),
    (LATN2017, "1,5 myn' tonnag'a juyq", "1,5 мың тоннаға жуық"),
    (LATN2017, "Qazaqstanda 300 myn'nan astam erikti bar", "Қазақстанда 300 мыңнан астам ерікті бар"),
    (LATN2017, "a'rbir segizins'i qazaqstandyq", "әрбір сегізінші қазақстандық"),
    (LATN2017, "9 mln ten'ge", "9 млн теңге"),
    (LATN2017, "s'amamen 5 myn' adam", "шамамен 5 мың адам"),
    (LATN2017, "boi'yns'a 2 mi'lli'on", "бойынша 2 миллион"),
    (LATN2017, "Y'lttyq ortalyq", "Ұлттық орталық"),
    (LATN2017, "30 myn'g'a s'ei'in, 40 myn'g'a dei'in", "30 мыңға шейін, 40 мыңға дейін"),
    (LATN2017, "myn’nan astam", "мыңнан астам"),  # typographic apostrophe
    (LATN2017, "'Astana' u's'in", "'Астана' үшін"),  # quote marks stay quote marks
    (LATN2017, "shamamen c'empi'onat", "шамамен чемпионат"),
]


@pytest.mark.parametrize(("alphabet", "latin", "cyrillic"), PHRASES)
def test_phrase(alphabet: str, latin: str, cyrillic: str) -> None:
    out, omap = to_cyrillic(latin, alphabet)
    assert out == cyrillic
    assert len(omap) == len(out) + 1 and omap[-1] == len(latin)


NUMBER_WORDS = {
    LATN2018: "bir eki úsh tórt bes alty jeti segiz toǵyz on jıyrma otyz qyryq elý alpys jetpis seksen toqsan "
    "júz myń mıllıon mıllıard jarym",
    LATN2021: "bir eki üş tört bes alty jeti segiz toğyz on jiyrma otyz qyryq elu alpys jetpis seksen toqsan "
    "jüz myñ million milliard jarym",
    LATN2017: "bir eki u's' to'rt bes alty jeti segiz tog'yz on ji'yrma otyz qyryq elu alpys jetpis seksen toqsan "
    "ju'z myn' mi'lli'on mi'lli'ard jarym",
}
NUMBER_WORDS_CYR = ("бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан "
                    "жүз мың миллион миллиард жарым")
QUALIFIERS = {
    LATN2018: "astam jýyq shamamen keminde artyq sheıin deıin myńǵa myńnan tonnaǵa",
    LATN2021: "astam juyq şamamen keminde artyq şeiin deiin myñğa myñnan tonnağa",
    LATN2017: "astam juyq s'amamen keminde artyq s'ei'in dei'in myn'g'a myn'nan tonnag'a",
}
QUALIFIERS_CYR = "астам жуық шамамен кемінде артық шейін дейін мыңға мыңнан тоннаға"


@pytest.mark.parametrize("alphabet", [LATN2018, LATN2021, LATN2017])
def test_number_words(alphabet: str) -> None:
    assert to_cyrillic(NUMBER_WORDS[alphabet], alphabet)[0] == NUMBER_WORDS_CYR
    assert to_cyrillic(QUALIFIERS[alphabet], alphabet)[0] == QUALIFIERS_CYR


def test_number_words_loose_2021_without_dotless_i() -> None:
    # "million" written with plain i in a 2021 text that never uses ı: still миллион, and "bir" is бір
    assert to_cyrillic("bir million, eki milliard", LATN2021)[0] == "бір миллион, екі миллиард"


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("20 myńnan, 30 myńǵa, 5 tonnadan, 2 myńnyń", "20 мыңнан, 30 мыңға, 5 тоннадан, 2 мыңның"),
        ("100-den astam, 50-ge jýyq, 10-nan, 40-qa", "100-ден астам, 50-ге жуық, 10-нан, 40-қа"),
        ("myńnan, júzden, ondaǵan", "мыңнан, жүзден, ондаған"),
    ],
)
def test_suffixes(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin, LATN2018)[0] == cyrillic


@pytest.mark.parametrize(
    ("alphabet", "latin", "cyrillic"),
    [
        (LATN2018, "volonter", "волонтер"),
        (LATN2018, "aksııa", "акция"),
        (LATN2018, "tsentr", "центр"),
        (LATN2018, "polısııa", "полиция"),
        (LATN2018, "evakýasııa", "эвакуация"),
        (LATN2018, "versııa, pensııa, komıssııa", "версия, пенсия, комиссия"),
        (LATN2018, "mıllıard", "миллиард"),
        (LATN2018, "ekonomıka, elektr", "экономика, электр"),
        (LATN2018, "jatsa", "жатса"),  # ts inside a word is тс
        (LATN2021, "aksiia", "акция"),
        (LATN2021, "tsentr", "центр"),
        (LATN2017, "aksi'i'a", "акция"),
    ],
)
def test_loanwords(alphabet: str, latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin, alphabet)[0] == cyrillic


def test_case_is_kept() -> None:
    assert to_cyrillic("QAZAQSTAN BOIYNSHA", LATN2018)[0] == "ҚАЗАҚСТАН БОЙЫНША"
    assert to_cyrillic("Shymkent Chempıonat Ǵalym Ńáý", LATN2018)[0] == "Шымкент Чемпионат Ғалым Ңәу"
    assert to_cyrillic("ŞYMKENT Üş Ğalym", LATN2021)[0] == "ШЫМКЕНТ Үш Ғалым"
    assert to_cyrillic("S'ymkent A'lem", LATN2017)[0] == "Шымкент Әлем"


def test_digits_punctuation_and_cyrillic_pass_through() -> None:
    text = "2023-06-21, 14:30 — «40 myń» (95 %) №7; мың"
    out, omap = to_cyrillic(text, LATN2018)
    assert out == "2023-06-21, 14:30 — «40 мың» (95 %) №7; мың"
    assert omap == list(range(len(text) + 1))


def test_combining_accents() -> None:
    text = "40 myn\u0301g\u0301a ja\u0301ne"  # n + U+0301, g + U+0301, a + U+0301
    out, omap = to_cyrillic(text, LATN2018)
    assert out == "40 мыңға және"
    s = out.index("мыңға")
    assert text[omap[s] : omap[s + 5]] == "myn\u0301g\u0301a"


def test_url_inside_a_converted_paragraph_is_kept() -> None:
    text = "Tolyǵyraq: https://egemen.kz/article/300-myń saıtynda 7 myńnan astam"
    out, _ = to_cyrillic(text, LATN2018)
    assert "https://egemen.kz/article/300-myń" in out
    assert out.endswith("сайтында 7 мыңнан астам")


def test_unknown_alphabet() -> None:
    with pytest.raises(ValueError):
        to_cyrillic("myń", "latn1929")


# --- the offset map -------------------------------------------------------------------------------------

MAP_TEXTS = [
    (LATN2018, "Qazaqstanda 40 myńǵa jýyq volonter aksııaǵa qatysty, shamamen 1,5 myń tonna qoqys jınaldy."),
    (LATN2021, "Qazaqstanda 40 myñğa juyq volonter aksiiağa qatysty, şamamen 1,5 myñ tonna qoqys jinaldy."),
    (LATN2017, "Qazaqstanda 40 myn'g'a juyq volonter aksi'i'ag'a qatysty, s'amamen 1,5 myn' tonna qoqys ji'naldy."),
]


@pytest.mark.parametrize(("alphabet", "text"), MAP_TEXTS)
def test_span_map_round_trips_on_words(alphabet: str, text: str) -> None:
    out, omap = to_cyrillic(text, alphabet)
    words = list(re.finditer(r"\S+", out))
    bounds = sorted({0, len(out)} | {m.start() for m in words} | {m.end() for m in words})
    rng = random.Random(9)
    for _ in range(200):
        s, e = sorted(rng.sample(bounds, 2))
        src_s, src_e = map_span(omap, s, e)
        assert to_cyrillic(text[src_s:src_e], alphabet)[0] == out[s:e]


@pytest.mark.parametrize(("alphabet", "text"), MAP_TEXTS)
def test_span_map_points_at_the_original_phrase(alphabet: str, text: str) -> None:
    out, omap = to_cyrillic(text, alphabet)
    s = out.index("40 мыңға жуық")
    e = s + len("40 мыңға жуық")
    original = text[omap[s] : omap[e]]
    assert original.startswith("40 my") and original.endswith("yq")
    assert to_cyrillic(original, alphabet)[0] == "40 мыңға жуық"


def test_map_span_without_a_map_is_identity() -> None:
    assert map_span(None, 3, 7) == (3, 7)


# --- detection ------------------------------------------------------------------------------------------

POSITIVES = [
    (LATN2018, "Qazaqstanda 300 myńnan astam erikti bar."),
    (LATN2018, "40 myńǵa jýyq volonter"),
    (LATN2018, "7 myńnan astam"),
    (LATN2018, "Bıyl respýblıka boıynsha 1,5 myń tonnaǵa jýyq qoqys jınaldy."),
    (LATN2018, "Elimizde «Birgemiz» aksııasy aıasynda 2 myńnan astam volonter jumys istedi."),
    (LATN2018, "Árbir segizinshi qazaqstandyq – volonter."),
    (LATN2018, "Qan tapsyrý aksııasyna 500-den astam donor qatysty."),
    (LATN2018, "Elordada «Taza Qazaqstan» ekologııalyq aksııasy aıasynda 15 myńnan astam turǵyn senbilikke shyqty."),
    (LATN2018, "Qan qyzmeti ortalyǵynyń derekterine sáıkes, 2023 jyly 10 myńnan astam donor qan tapsyrdy."),
    (LATN2021, "Qazaqstanda 300 myñnan astam erikti bar."),
    (LATN2021, "40 myñğa juyq volonter"),
    (LATN2021, "7 myñnan astam"),
    (LATN2021, "Respublika boiynşa 1,5 myñ tonnağa juyq qoqys jinaldy."),
    (LATN2021, "Ūlttyq volonterlik jelısıne 240 myñ adam tırkeldı."),
    (LATN2021, "Ötken jyly elımızde 4,5 millionnan astam adam qaiyrymdylyq şaralaryna qatysqan."),
    (LATN2021, "Qazaqstanda 300 myñ erikti bar"),
    (LATN2017, "Qazaqstanda 300 myn'nan astam erikti bar."),
    (LATN2017, "40 myn'g'a juyq volonter"),
    (LATN2017, "7 myn'nan astam"),
    (LATN2017, "Respubli'ka boi'yns'a 1,5 myn' tonnag'a juyq qoqys ji'naldy."),
    (LATN2017, "O'tken jyly elimizde 4,5 mi'lli'onnan astam adam qai'yrymdylyq s'aralaryna qatysqan."),
    # no diacritics at all: read as 2021 (u у, y ы, i і), which is also what 2017 gives without apostrophes
    (LATN2021, "Qazaqstanda 300 adam erikti bolyp tirkeldi, bul jyly 40 adamga juyq"),
]


@pytest.mark.parametrize(("alphabet", "text"), POSITIVES)
def test_detects_latin_kazakh(alphabet: str, text: str) -> None:
    assert detect_alphabet(text) == alphabet


NEGATIVES = [
    # English, with Kazakh names and brands
    "More than 40,000 volunteers took part in the Taza Qazaqstan campaign in Astana last year.",
    "QazMed Volunteers donated blood at the Birgemiz centre on Saturday.",
    "Qazaqstan's volunteers collected 1,500 tonnes of waste, the ministry said.",
    "The Birgemiz foundation raised 9 mln tenge for families in Aqtobe and Almaty.",
    "Volunteers of Taza Qazaqstan, Birgemiz and QazMed Volunteers planted 10,000 trees.",
    "Over 7,000 people joined the marathon of good deeds in Shymkent.",
    "According to Kazinform, about 300,000 Kazakhstanis are registered as volunteers.",
    "Students don't miss the O'Brien lecture; the volunteers' day is on 5 December.",
    "Adam Smith and Jane Doe met the Qazaqstan Volunteers team in Aktau.",
    "The 'Jasyl El' youth labour brigades employed 20,000 students in summer.",
    "Bes Qala project: Alty volunteers from Jeti Qazyna helped 500 families.",
    "Jasyl El, Taza Qazaqstan, Birgemiz, QazMed Volunteers, Qazaqstan Halqyna",
    "Astana, Almaty, Shymkent",
    "Taza Qazaqstan",
    "El Niño hit Zürich and Málaga; the café was full.",
    # Russian, Cyrillic Kazakh, mixed Cyrillic with a Latin brand name
    "В акции приняли участие более 40 тысяч волонтеров.",
    "Қазақстанда 300 мыңнан астам ерікті бар.",
    "В акции Taza Qazaqstan приняли участие более 40 тысяч волонтеров.",
    "Қазақстанда 300 мыңнан астам ерікті бар, дейді QazMed Volunteers өкілі.",
    # URLs
    "https://kaz.inform.kz/qazaqstanda-300-myńnan-astam-erikti-2023-06-21",
    "Подробнее: www.zakon.kz/2023/06/21/volontery.html",
    "egemen.kz/article/myńnan-astam-volonter",
    "",
    "2023 · 14:30",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_does_not_fire(text: str) -> None:
    assert detect_alphabet(text) is None
    converted, omap = transliterate_paragraphs(text)
    assert converted is text and omap is None


# --- paragraphs -----------------------------------------------------------------------------------------


def test_paragraphs_convert_only_latin_kazakh() -> None:
    text = (
        "Astana, 12 mamyr\n\n"
        "Qazaqstanda 300 myńnan astam erikti bar.\n"
        "В акции Taza Qazaqstan приняли участие 40 тысяч волонтеров.\n\n"
        "More than 40,000 volunteers took part in the Taza Qazaqstan campaign.\n"
        "Bıyl 40 myńǵa jýyq volonter aksııaǵa qatysty.\n"
    )
    out, omap = transliterate_paragraphs(text)
    assert omap is not None
    assert out.splitlines() == [
        "Астана, 12 мамыр",
        "",
        "Қазақстанда 300 мыңнан астам ерікті бар.",
        "В акции Taza Qazaqstan приняли участие 40 тысяч волонтеров.",
        "",
        "More than 40,000 volunteers took part in the Taza Qazaqstan campaign.",
        "Биыл 40 мыңға жуық волонтер акцияға қатысты.",
    ]
    assert len(omap) == len(out) + 1 and omap[-1] == len(text)
    # identity on the untouched lines
    for line in ("В акции Taza Qazaqstan", "More than 40,000 volunteers"):
        s = out.index(line)
        assert text[omap[s] : omap[s + len(line)]] == line
    # a figure's span and quote on the original characters
    s = out.index("40 мыңға жуық волонтер")
    src = map_span(omap, s, s + len("40 мыңға жуық волонтер"))
    assert text[src[0] : src[1]] == "40 myńǵa jýyq volonter"


def test_paragraphs_mixed_alphabets() -> None:
    text = "7 myńnan astam volonter.\n40 myñğa juyq volonter.\n2 myn'nan astam volonter."
    out, _ = transliterate_paragraphs(text)
    assert out == "7 мыңнан астам волонтер.\n40 мыңға жуық волонтер.\n2 мыңнан астам волонтер."


def test_paragraphs_fast_path_returns_the_same_object() -> None:
    for text in ("Более 40 тысяч волонтеров.", "Қазақстанда 300 мыңнан астам ерікті бар.",
                 "More than 40,000 volunteers took part.", ""):
        out, omap = transliterate_paragraphs(text)
        assert out is text and omap is None


def test_paragraphs_crlf_and_trailing_text() -> None:
    text = "Qazaqstanda 300 myńnan astam erikti bar.\r\nSońǵy jyly 2 myńnan astam volonter"
    out, omap = transliterate_paragraphs(text)
    assert out == "Қазақстанда 300 мыңнан астам ерікті бар.\r\nСоңғы жылы 2 мыңнан астам волонтер"
    assert omap is not None and len(omap) == len(out) + 1


# --- property loop --------------------------------------------------------------------------------------

_ALPHABET_CHARS = (
    "abcdefghijklmnopqrstuvwxyzáǵıńóúýäğñşūüöçİI ABCDEFGHIJKLMNOPQRSTUVWXYZÁǴŃÓÚÝÄĞÑŞŪÜÖÇ"
    "'’ʼ`  0123456789,.-«»\n\u0301\u0306\u0308ыңә"
)


@pytest.mark.parametrize("alphabet", [LATN2017, LATN2018, LATN2021])
def test_property_random_strings(alphabet: str) -> None:
    rng = random.Random(2024)
    for _ in range(1500):
        text = "".join(rng.choice(_ALPHABET_CHARS) for _ in range(rng.randint(0, 40)))
        out, omap = to_cyrillic(text, alphabet)
        assert len(omap) == len(out) + 1
        assert omap[-1] == len(text)
        assert all(a <= b for a, b in itertools.pairwise(omap))
        assert all(0 <= k <= len(text) for k in omap)


def test_property_random_paragraphs() -> None:
    rng = random.Random(7)
    words = ["myńnan", "astam", "volonter", "40", "myñğa", "juyq", "the", "volunteers", "тысяч", "мың", "Qazaqstan",
             "myn'g'a", "jýyq", "https://a.kz/x", "\n", "\n\n", "erikti", "boıynsha", "of", "and", "«Birgemiz»"]
    for _ in range(500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        out, omap = transliterate_paragraphs(text)
        if omap is None:
            assert out is text
            continue
        assert len(omap) == len(out) + 1 and omap[-1] == len(text)
        assert all(a <= b for a, b in itertools.pairwise(omap))
        assert out.count("\n") == text.count("\n")


PARAGRAPH_CYR = ("Өткен жылы елімізде 4,5 миллионнан астам адам қайырымдылық шараларына қатысқан. Бүгінгі таңда "
                 "Ұлттық волонтерлік желісінде 300 мыңға жуық ерікті тіркелген.")


@pytest.mark.parametrize(
    "latin",
    [
        "Ótken jyly elimizde 4,5 mıllıonnan astam adam qaıyrymdylyq sharalaryna qatysqan. Búgingi tańda "
        "Ulttyq volonterlik jelisinde 300 myńǵa jýyq erikti tirkelgen.",
        "Ötken jyly elımızde 4,5 millionnan astam adam qaiyrymdylyq şaralaryna qatysqan. Bügıngı tañda "
        "Ūlttyq volonterlık jelısınde 300 myñğa juyq erıktı tırkelgen.",
        "O'tken jyly elimizde 4,5 mi'lli'onnan astam adam qai'yrymdylyq s'aralaryna qatysqan. Bu'gingi tan'da "
        "Y'lttyq volonterlik jelisinde 300 myn'g'a juyq erikti tirkelgen.",
    ],
)
def test_same_paragraph_in_three_alphabets(latin: str) -> None:
    out, omap = transliterate_paragraphs(latin)
    assert out == PARAGRAPH_CYR
    assert omap is not None
    s = out.index("300 мыңға жуық")
    quote = latin[omap[s] : omap[s + len("300 мыңға жуық")]]
    assert quote.startswith("300 my") and quote.endswith("yq")

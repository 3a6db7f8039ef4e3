"""The cheap tests that let the extractor skip regular expressions must never skip a text those expressions
would match: every month word the month patterns accept contains one of the month stems, and the anchor and
date finders give the same results with and without the shortcut."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest

from loaders import text
from loaders.extract import anchors, areas, dating, named_years, periods, tense
from loaders.extract.patterns import WORD_START
from loaders.lexicon import (
    MONTH_RE_EN,
    MONTH_RE_KK,
    MONTH_RE_RU,
    MONTH_STEMS_EN,
    MONTH_STEMS_KK,
    MONTH_STEMS_RU,
)


def _expand(alternative: str) -> list[str]:
    """Every string of a simple alternative: literals, [..] classes and a trailing '?' after one character."""
    parts: list[list[str]] = []
    i = 0
    while i < len(alternative):
        ch = alternative[i]
        if ch == "[":
            j = alternative.index("]", i)
            parts.append(list(alternative[i + 1:j]))
            i = j + 1
        elif ch == "?":
            parts[-1] = [*parts[-1], ""]
            i += 1
        else:
            parts.append([ch])
            i += 1
    return ["".join(p) for p in itertools.product(*parts)]


def _month_words(pattern: str) -> list[str]:
    pattern = re.sub(r"\(\?<?[!=][^()]*\)", "", pattern)  # a lookaround matches no letters ("қазан(?!ды[қғ])")
    group = re.match(r"\(([^()]*)\)", pattern)
    assert group, pattern
    words = [w for alt in group.group(1).split("|") for w in _expand(alt)]
    assert len(words) >= 12
    return words


@pytest.mark.parametrize(("pattern", "stems"), [(MONTH_RE_RU, MONTH_STEMS_RU), (MONTH_RE_KK, MONTH_STEMS_KK),
                                                (MONTH_RE_EN, MONTH_STEMS_EN)])
def test_every_month_word_contains_a_stem(pattern: str, stems: tuple[str, ...]) -> None:
    for word in _month_words(pattern):
        assert re.fullmatch(pattern, word, re.I), word  # the expansion reads the pattern right
        for variant in (word, word.upper(), word.capitalize()):
            assert any(stem in variant.lower() for stem in stems), f"{variant!r} has no stem of {stems}"


SENTENCES = [
    "В январе–октябре 2025 года волонтеры провели 300 акций",
    "за 9 месяцев 2024 года донорами стали 12 тыс. человек",
    "с 2019 по 2024 год число волонтеров выросло в 3 раза",
    "14 июня 2025 года прошла акция, а 5 декабря — ещё одна",
    "В МАЕ ПРОШЛОГО ГОДА СОБРАЛИ 500 ЛИТРОВ КРОВИ",
    "2025 жылғы 14 маусымда 300 ерікті қатысты",
    "қаңтар-қазан айларында 1 200 донор қан тапсырды",
    "2024 жылдың қыркүйек айында 40 волонтер",
    "In the first half of 2025, 3,000 donors gave blood; on March 3 another 200.",
    "From 2020 to 2024 the number of volunteers grew; in May 2023 there were 50,000.",
    "Since 2021 over 900 organizations joined; as of today 1,000.",
    "в этом году и в прошлом году по 100 человек",
    "без дат и чисел вообще",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_anchor_shortcut_changes_nothing(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pub = dt.date(2025, 11, 20)
    for variant in (sentence, sentence.lower()):
        fast = anchors.find_anchors(variant, pub)
        monkeypatch.setattr(anchors, "_ANCHOR_NEEDS", {})
        slow = anchors.find_anchors(variant, pub)
        monkeypatch.undo()
        assert fast == slow, variant
    assert anchors.find_anchors(SENTENCES[0].lower(), pub), "the shortcut must not hide real anchors"


@pytest.mark.parametrize("sentence", [*SENTENCES, "Опубликовано 25 НОЯБРЯ 2025", "by Staff on 14 June 2025"])
def test_date_shortcut_changes_nothing(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = list(text.explicit_dates(sentence))
    monkeypatch.setattr(text, "_DATE_PATTERN_NEEDS", {})
    slow = list(text.explicit_dates(sentence))
    assert fast == slow


AREA_PHRASES = [
    "в Акмолинской области 500 волонтеров", "Ақмола облысында 300 ерікті", "in Akmola region 200 volunteers",
    "в Восточно-Казахстанской области", "в ВКО и ЗКО, а также в СКО", "Шығыс Қазақстан облысының еріктілері",
    "в г. Алматы и в городе Астане", "в Нур-Султане", "Алматыда 1 000 донор", "Шымкент қаласында",
    "in Almaty and in Shymkent", "в Усть-Каменогорске 40 волонтеров", "Өскеменде", "in Oskemen",
    "в Туркестане", "Түркістан облысында", "Turkistan region", "in Turkestan region",
    "в России и в Киргизии", "Ресейде және Қырғызстанда", "in Russia, in Kyrgyzstan and in Türkiye",
    "в Казани и в РТ", "в Узбекистане", "Тәжікстанда", "in China", "в Китае", "в Турции",
    "в Казахстане 50 тыс. волонтеров", "Қазақстанда 300 мың ерікті", "Kazakhstan's volunteers",
    "рост числа доноров в Караганде", "Қарағанды облысы", "Qaraghandy region", "в Жезказгане и Экибастузе",
    "Ұлытау облысы", "Маңғыстау облысында", "в Мангистауской области", "in Petropavl and in Uralsk", "в Уральске",
    "Оралда", "в Петропавловске", "Көкшетауда", "в Кокшетау", "в Талдыкоргане", "Талдықорғанда",
]


def _areas_with_every_place(text_: str) -> tuple[tuple[int, int, str], ...]:
    """The reference: one union of every place's expression, in their order, scanned by the regex engine."""
    full = re.compile(WORD_START + "(?:" + "|".join(f"(?P<a{i}>{alt})" for i, (alt, _, _) in
                                                    enumerate(areas._AREA_ALTS)) + ")", re.I)
    return tuple((m.start(), m.end(), areas._AREA_ALTS[int(m.lastgroup[1:])][1]) for m in full.finditer(text_))


@pytest.mark.parametrize("phrase", AREA_PHRASES)
def test_area_shortcut_changes_nothing(phrase: str) -> None:
    areas_in = areas._areas_in.__wrapped__  # without the cache
    for variant in (phrase, phrase.lower(), phrase.upper(), f"{phrase}, а также в Алматы и Ақтөбе облысында",
                    f"в Алматы и {phrase} и {phrase.lower()}"):  # places that recur and overlap
        assert areas_in(variant) == _areas_with_every_place(variant), variant


def test_area_shortcut_skips_clauses_without_places() -> None:
    assert not areas._keys_in("в казахстане 50 тыс. волонтеров, рост на 20%")
    assert areas._keys_in("в казани 50 волонтеров") == {"казан"}
    named = [p for p in AREA_PHRASES if areas._areas_in.__wrapped__(p)]
    assert len(named) >= len(AREA_PHRASES) - 3  # all but the Kazakhstan-only phrases name a place
    assert all(areas._keys_in(p) for p in named)


YEAR_TEXTS = [
    *SENTENCES,
    "В 2023 году волонтеров было 130 тысяч, в прошлом году — 200 тысяч.",
    "Былтыр 2022 жылы 500 ерікті қатысты.",
    "К 2030 году планируется привлечь 1 млн волонтеров.",
    "Годом позже, в 2024-м, их стало больше.",
    "In the first half, 3,000 donors gave blood; last year there were fewer.",
]


@pytest.mark.parametrize("texts", [[t] for t in YEAR_TEXTS] + [YEAR_TEXTS, YEAR_TEXTS[::-1]])
def test_implied_year_shortcut_changes_nothing(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    sents = [text.Sentence(0, len(t), t, n, False) for n, t in enumerate(texts)]
    fast = dating.implied_year(sents)
    for module in (named_years, dating):  # every sentence read in full
        monkeypatch.setattr(module, "YEAR_DIGITS", re.compile(""))
    dating._years_of_a_sentence.cache_clear()  # (its answers per sentence are remembered)
    assert dating.implied_year(sents) == fast
    dating._years_of_a_sentence.cache_clear()


FIGURE_START_TEXTS = [
    "Каждый пятый донор — волонтер. Более половины волонтеров — студенты, две трети из них девушки.",
    "Число волонтеров выросло вдвое, а доноров — в 3 раза: их уже более одного миллиона, тысяче семей помогли.",
    "Сорок с лишним тысяч волонтеров и двадцати одному миллиону жителей; 40 с лишним тысяч человек.",
    "One in five donors is a volunteer; half a million trees and a million volunteers, twice as many as in 2023.",
    "Two-thirds of the donors and a third of the volunteers; every fifth volunteer, three hundred and twenty people.",
    "Еріктілердің жартысынан астамы студенттер, әрбір бесінші донор. Мыңдай адам қатысты, үш есеге өсті.",
    "Үштен бірі жастар; 3 жарым мың ерікті, мың отбасыға көмек көрсетілді, екі жүз елу донор.",
]


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_figure_start_shortcut_changes_nothing(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from loaders.extract import extract_article, sentence

    def figures() -> list[dict]:
        return [f.as_record() for t in FIGURE_START_TEXTS for f in extract_article(t, dt.date(2025, 5, 1), lang)]

    fast = figures()
    monkeypatch.setattr(sentence, "may_start_figure", lambda word, lang: True)  # every word tried in full
    slow = figures()
    assert fast == slow
    assert len(fast) >= 10  # the texts hold figures in words that the shortcut must let through


def test_every_planned_alternative_holds_a_planned_word() -> None:
    for alternative in tense.PLANNED_RE.pattern.split("|"):
        literal = re.sub(r"\\b|\(\?!.*?\)|\\w\*|.\?", "", alternative)
        assert re.fullmatch(r"[^\W\d_]+", literal), alternative
        assert any(word in literal for word in tense.PLANNED_WORDS), alternative


def test_planned_odd_chars_are_every_char_lowered_out_of_the_words() -> None:
    letters = set("".join(tense.PLANNED_WORDS))
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    odd = {c for c in re.findall("[" + "".join(sorted(letters)) + "]", every, re.I)
           if {ch for ch in letters if re.fullmatch(re.escape(ch), c, re.I)} != {c.lower()}}
    assert odd == set(tense.PLANNED_ODD_CHARS)


PLANNED_TEXTS = [
    *SENTENCES, *YEAR_TEXTS, *FIGURE_START_TEXTS,
    "К 2030 году ПЛАНИРУЕТСЯ привлечь 1 млн волонтеров", "Целевой показатель — 500 доноров",
    "Ожидается, что будет высажено 2 млрд деревьев", "поставил задачу высадить", "Президент поручил",
    "2025 жылы 300 ерікті тарту жоспарлануда", "міндетін қойды", "міндетті түрде 200 адам", "тапсырма берді",
    "The government will plant 2 billion trees", "plants 200 trees", "the target is 5,000 donors",
    "TASKED the ministry", "pledged to recruit 1,000", "aims to", "intends to double", "its main objective",
    "Bİll wİll", "taſk force", "the ıntends", "tasks were completed", "planet of 8 billion",
]


@pytest.mark.parametrize("sentence", PLANNED_TEXTS)
def test_planned_shortcut_changes_nothing(sentence: str) -> None:
    for variant in (sentence, sentence.lower(), sentence.upper()):
        assert tense.has_planned_word(variant) == (tense.PLANNED_RE.search(variant) is not None), variant


WRAP_LINES = [
    "Over 16,000", "families have already received help from the", "allocated to", "в Акмолинской области и в",
    "Ерiктiлер және", "оның", "the end.", "the end. ", "конец.»", "конец.» \t", "as follows:", "список;",
    "a (the)", "«Қазақстан» және", "see more —", "2024", "2024 жылы", "in 2024", "x_the", "x²the", "the²", "of ½",
    "supercalifragilisticexpialidocious-and-then-some-very-long-word-of-the-copy-that-goes-on-and", "THE",
    "Over the", "over the\u00a0", "at\u2003", "word!\u3000", "", " ", "...", "?»", "Why?\"", "under_", "in 12",
    "Қазақстан Республикасы Денсаулық сақтау министрлігінің мәліметінше барлығы", "…the", "ко", "к", "Итого:  ",
    "no stop here\n", "stop here.\n", "a" * 300 + " the", "the " + "б" * 200,
]


@pytest.mark.parametrize("line", WRAP_LINES)
def test_wrap_shortcuts_change_nothing(line: str) -> None:
    last_word = re.compile(r"([^\W\d_]+)\W*$")
    for variant in (line, line.upper(), line + ",", f"{line} the", f"Начало. {line}"):
        st = variant.rstrip()
        m = last_word.search(st)
        slow = st.endswith((",", "-", "–", "—")) or (
            m is not None and m.end(1) == len(st) and m.group(1).lower() in text._OPEN_END_WORDS)
        assert text._open_end(variant) == slow, variant
        assert text._ends_a_clause(variant) == (text._CLAUSE_END.search(variant) is not None), variant


TRANSLIT_TEXTS = [
    "Donorlardyn 10 payyzdan azy jastar eken.\nAstana, 12 mamyr",
    "Senbilikte 300 keli qoqys jinaldy.", "Eriktiler 500 otbasyga komek korsetti.",
    "Volunteers helped 500 families in Almaty.\nThe study was done boldly.", "Qatar and Lynda helped 20 people.",
    "Volontery pomogli 50 semyam.", "Qazaqstanda 300 myń eriktі bar.\nAstana, 12 mamyr",
    "Ерікті 500 otbasyga.\nPhoto: qazinform.kz", "see https://qazaqstan.kz/eriktiler for more",
    "Bıyl 1 200 donor qan tapsyrdy.", "Biyl 1200 donor qan tapsyrdy", "Only English here, nothing Kazakh.",
    "Aqmola oblysynda 40 erikti\nQostanai oblysynda 30\nBasqa", "Tags: qazaqstan, eriktiler",
]


@pytest.mark.parametrize("text_", TRANSLIT_TEXTS)
def test_translit_shortcut_changes_nothing(text_: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from loaders import translit
    for variant in (text_, text_.lower(), text_.upper(), f"{text_}\n{TRANSLIT_TEXTS[3]}"):
        fast = translit.transliterate_paragraphs(variant)
        monkeypatch.setattr(translit, "_may_be_kazakh", lambda line: True)
        slow = translit.transliterate_paragraphs(variant)
        monkeypatch.undo()
        assert fast == slow, variant
        for line in variant.split("\n"):
            assert translit._may_be_kazakh(line) or translit._assess(line)[0] != "yes", line


# --- programs: an expression runs only when the text holds one of its needed words (programs.needed_words) ------

def _programs() -> list:
    from loaders import programs as prog
    from loaders.curated import curated_catalog

    root = prog.ROOT / "data" / "curated"
    catalog = curated_catalog(root)
    return prog.load_programs(root, metric_ids={row["metric_id"]: row["kind"] for row in catalog})


def _programs_unscreened(text_: str, programs: list) -> list[tuple[int, str]]:
    return sorted((m.start(), p.program_id) for p in programs for m in p.pattern.finditer(text_))


PROGRAM_TEXTS = [
    "Марафон добрых дел собрал 2 млн участников", "МАРАФОН ДОБРЫХ ДЕЛ", "Игі істер марафонына 3 млн адам қатысты",
    "Birgemiz qory 500 otbasyga", "BİRGEMİZ", "bırgemız", "Біргеміз қоры", "Taza Qazaqstan акциясы", "TAZA ÁLEM",
    "«Таза Қазақстан» экологиялық акциясы", "small grants for NGOs", "малые гранты", "шағын гранттар",
    "Волонтер года — 2024", "ВОЛОНТЁР ГОДА", "Жыл волонтері", "volunteer of the year", "Jyl volonterı",
    "фронт-офис", "Фронт офистер", "front offices", "front-ofis", "QazVolunteer платформасы", "Казволонтер",
    "qazmed", "КазМед", "ſmall grantſ", "ᲂᲀ", "вᲀлонтер года", "Маᲀᲂфон", "Σ ΣΑΣ σς", "",
    "Ничего о программах здесь нет, только 300 волонтеров.",
]


def test_program_shortcut_changes_nothing() -> None:
    from bench.gen_corpus import generate_articles
    from loaders import programs as prog

    programs = _programs()
    assert sum(prog.needed_words(p.pattern) is not None for p in programs) >= len(programs) - 2
    texts = [*PROGRAM_TEXTS, *(a.text for a in generate_articles(300, 5))]
    for t in texts:
        for variant in (t, t.upper(), t.lower(), t.title(), t.replace("i", "ı").replace("I", "İ"),
                        t.replace("s", "ſ"), t.replace("о", "ᲂ").replace("в", "ᲀ")):
            for line in [variant, *variant.split("\n")]:
                assert prog.find_programs(line, programs) == _programs_unscreened(line, programs), line


@pytest.mark.parametrize("alias", ["Марафон добрых дел", "Birgemiz", "Жыл волонтері", "small grants", "Таза Әлем",
                                   "Ерікті", "Σοφία", "İstanbul", "ſtraße", "QazVolunteer 2.0", "(test)"])
def test_program_shortcut_on_reviewer_aliases(alias: str) -> None:
    """Aliases typed by a reviewer (alias_pattern) are screened by words that every match holds."""
    from loaders import programs as prog

    pattern = re.compile(prog.alias_pattern(alias), re.IGNORECASE)
    p = prog.Program("x", {}, set(), pattern)
    for variant in (alias, alias.upper(), alias.lower(), f"о {alias}ами и {alias.swapcase()}", alias.replace("i", "ı"),
                    alias.replace("s", "ſ"), alias.replace("о", "ᲂ"), "nothing"):
        assert prog.find_programs(variant, [p]) == _programs_unscreened(variant, [p]), variant


def test_program_shortcut_on_random_strings() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from loaders import programs as prog
    from tests.properties_support import examples

    programs = _programs()
    alphabet = "".join(sorted({c for p in programs for c in p.pattern.pattern if c.isalpha()} |
                              {c.upper() for p in programs for c in p.pattern.pattern if c.isalpha()} |
                              set(" -«»İıſᲀᲂᲄᲅΣσς\u0307")))

    @given(st.text(alphabet=alphabet, max_size=40))
    def check(line: str) -> None:
        assert prog.find_programs(line, programs) == _programs_unscreened(line, programs)

    settings(max_examples=examples(3000))(check)()


# --- may_hold_number: number words and Kazakh number stems found by one expression (numbers._NUMBER_WORD_RE) -----

def _may_hold_number_by_words(low: str) -> bool:
    from loaders.extract import numbers
    words = numbers._PLAIN_WORD.findall(low)
    return not numbers._NUMBER_WORDS.isdisjoint(words) or any(w.startswith(numbers._KK_NUMBER_STEMS) for w in words)


NUMBER_WORD_TEXTS = [
    "пятьсот волонтеров", "пятьсотый", "мың адам", "мыңдаған", "бір", "бірінші", "екі-үш", "two hundred", "twofold",
    "a dozen", "dozens", "тысячи", "тыс.", "млн", "млн.", "ониҳ", "x2", "два_три", "ДВА", "қырық", "жүз", "жүздеген",
    "бес", "бесік", "алты", "алтын", "он", "онлайн", "three-quarters", "hundreds", "ten", "tent", "often", "сто",
    "стол", "вдвое", "вдвоем", "", " ", "no numbers here at all", "қан тапсырды", "one", "someone", "onе",
]


def test_number_word_shortcut_changes_nothing() -> None:
    from bench.gen_corpus import generate_articles
    from loaders.extract import numbers

    texts = [*NUMBER_WORD_TEXTS, *(s for a in generate_articles(200, 9) for s in a.text.split("\n"))]
    vocabulary = [*numbers._NUMBER_WORDS, *numbers._KK_NUMBER_STEMS]
    texts += [f"{w}" for w in vocabulary] + [f"x{w}" for w in vocabulary] + [f"{w}x" for w in vocabulary] + \
             [f"1{w}2 {w}-" for w in vocabulary] + [w[:-1] for w in vocabulary]
    for t in texts:
        low = t.lower()
        assert (numbers._NUMBER_WORD_RE.search(low) is not None) == _may_hold_number_by_words(low), low


def test_number_word_shortcut_on_random_strings() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from loaders.extract import numbers
    from tests.properties_support import examples

    vocabulary = sorted({*numbers._NUMBER_WORDS, *numbers._KK_NUMBER_STEMS})
    pieces = st.sampled_from([*vocabulary, " ", "-", "x", "_", "1", "ы", "ің", "ан", "."])

    @given(st.lists(pieces, max_size=8).map("".join))
    def check(low: str) -> None:
        assert (numbers._NUMBER_WORD_RE.search(low) is not None) == _may_hold_number_by_words(low)

    settings(max_examples=examples(3000))(check)()


def test_metric_rule_shortcut_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The metric rules ask their `near` expression only when the lower-cased haystack holds one of its needed
    words (text.needed_words): every figure of the texts gets the same metric with the shortcut turned off."""
    from bench.gen_corpus import generate_articles
    from loaders import classify
    from loaders.extract import extract_article

    texts = [*FIGURE_START_TEXTS, *PROGRAM_TEXTS, *(a.text for a in generate_articles(150, 11))]
    pub = dt.date(2025, 5, 1)

    def metrics() -> list:
        return [(f.metric, f.as_record()) for t in texts for variant in (t, t.upper())
                for f in extract_article(variant, pub)]

    fast = metrics()
    monkeypatch.setattr(classify, "needed_words", lambda pattern: None)  # every rule's expression asked
    assert metrics() == fast
    assert sum(m is not None for m, _ in fast) > 100


def test_needed_words_of_the_metric_rules() -> None:
    from loaders import classify
    from loaders.text import needed_words

    for rule in classify.RULES:
        for pattern in (rule.near, rule.unless):
            words = needed_words(pattern) if pattern is not None else None
            if words is None:
                continue
            # a text the expression matches holds one of the words (texts: its alternatives that are plain
            # words, as written and around other words)
            for alt in pattern.pattern.split("|"):
                if re.fullmatch(r"[^\W\d_ ]+(?: [^\W\d_]+)*", alt):
                    for variant in (alt, alt.upper(), alt.capitalize(), f"{alt}ы и {alt}", f"x {alt} y"):
                        if pattern.search(variant):
                            assert any(w in variant.lower() for w in words), (alt, words)


# --- speed round 8 -----------------------------------------------------------------------------------------------

def _corpus_sentences(n: int, seed: int) -> list[str]:
    """Sentences of generated articles, as the extractor sees them, and of the development texts when they are
    present (bench/real/texts is kept out of the repository)."""
    from bench.gen_corpus import generate_articles
    from loaders.text import content_lines, sentences

    texts = [a.text for a in generate_articles(n, seed)]
    real = Path(__file__).resolve().parent.parent / "bench" / "real" / "texts"
    if real.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(real.rglob("*.txt"))[:80]]
    return [s.text for t in texts for s in sentences(content_lines(t)[0])]


def _anchors_without_the_plan(sentence: str, pub: dt.date | None, monkeypatch: pytest.MonkeyPatch) -> list:
    monkeypatch.setattr(anchors, "_ANCHOR_NEEDS", {})
    try:
        return anchors._find_anchors(sentence, pub)
    finally:
        monkeypatch.undo()


def test_anchor_run_plan_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The patterns run per combination of need answers (`_patterns_to_run`) find what running every pattern
    finds, over generated and listed sentences, as written and lower-cased, with and without a publication date."""
    sents = [*SENTENCES, *YEAR_TEXTS, *_corpus_sentences(150, 21)]
    assert len(sents) > 500
    for i, sentence in enumerate(sents):
        pub = (None, dt.date(2025, 1, 10), dt.date(2024, 11, 20))[i % 3]
        for variant in (sentence, sentence.lower()):
            assert anchors._find_anchors(variant, pub) == _anchors_without_the_plan(variant, pub, monkeypatch), variant
    assert len(anchors._RUN_PLANS) >= 5  # the combinations are few and shared


def test_anchor_run_plan_on_random_strings(monkeypatch: pytest.MonkeyPatch) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(["2024", "2019", "1999", "12", "5", " ", ", ", "-", "–", "года", "году", "жылы",
                              "жылғы", "year", "in ", "с ", "по ", "за ", "since ", "мая", "маусым", "May", "march",
                              "января", "қаңтар", "месяцев", "months", "ай", "первом полугодии", "half", "квартал",
                              "quarter", "в прошлом году", "last year", "this year", "биыл", "ежегодно", "annually",
                              "на сегодня", "as of", "итогам", "ago", "назад", "весной", "spring", "начале",
                              "позапрошлом", "бері", "since the start of", "10 ай", "соңғы"])

    @settings(max_examples=300, deadline=None, derandomize=True)
    @given(st.lists(pieces, max_size=10).map("".join), st.sampled_from([None, dt.date(2025, 3, 1)]))
    def check(sentence: str, pub: dt.date | None) -> None:
        assert anchors._find_anchors(sentence, pub) == _anchors_without_the_plan(sentence, pub, monkeypatch)

    check()


def test_line_sentences_cache_changes_nothing() -> None:
    """razdel's spans of a line are remembered per line text: the same spans, however often a line comes."""
    from bench.gen_corpus import generate_articles

    lines = [*SENTENCES, *(ln for a in generate_articles(60, 23) for ln in a.text.split("\n") if ln.strip())]
    for line in lines * 2:
        assert text._line_sentences(line) == tuple(text._razdel_spans(line)), line


def _tokenize_unscreened(sentence: str) -> list:
    """tokens.tokenize as it was before the hyphen screen: every word tried as a range of number words."""
    from loaders.extract.tokens import TOKEN_RE, Token, _split_hyphenated

    out: list = []
    for m in TOKEN_RE.finditer(sentence):
        kind = m.lastgroup
        start, end = m.span()
        if kind in ("num", "suf", "kksuf"):
            num = m.group("num")
            out.append(Token("num", num, num, start, end, (m.group("suf") or m.group("kksuf") or "").lower()))
            continue
        whole = m.group(0)
        if kind == "word" and _split_hyphenated(whole, start, out.append):
            continue
        out.append(Token(kind or "punct", whole, whole.lower(), start, end))
    return out


def test_tokenize_hyphen_screen_changes_nothing() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from loaders.extract.tokens import tokenize

    sents = [*SENTENCES, "үш-төрт итті, бес-алты ерікті, бір-біріне, екі-екіден, ОН-ЖИЫРМА адам", "Бес-Алты",
             *_corpus_sentences(100, 25)]
    for sentence in sents:
        assert tokenize(sentence) == _tokenize_unscreened(sentence), sentence
    pieces = st.sampled_from(["үш", "төрт", "бес", "алты", "бір", "екі", "он", "жиырма", "-", "–", " ", "ҮШ", "Бес",
                              "ерікті", "адам", "10", "500-ден", "'", "’", "жүз", "тоқсан", "a", "x-y"])

    @settings(max_examples=300, deadline=None, derandomize=True)
    @given(st.lists(pieces, max_size=8).map("".join))
    def check(sentence: str) -> None:
        assert tokenize(sentence) == _tokenize_unscreened(sentence)

    check()


def test_per_text_caches_change_nothing() -> None:
    """The tests remembered per line or sentence text answer as the functions themselves, however often asked."""
    from bench.gen_corpus import generate_articles
    from loaders.extract.numbers import may_hold_number

    lines = [*SENTENCES, "", "  ", *(ln for a in generate_articles(80, 27) for ln in a.text.split("\n"))]
    for line in lines * 2:
        assert text._words(line) == text._words.__wrapped__(line)
        assert text._code_line(line) == text._code_line.__wrapped__(line)
        assert text._may_be_chrome(line) == text._may_be_chrome.__wrapped__(line)
        low = line.lower()
        assert may_hold_number(low) == may_hold_number.__wrapped__(low)
    for prev, nxt in itertools.pairwise(lines):
        for words in (1, 3, text._words(prev)):
            assert text._continues(prev, words, nxt) == text._continues.__wrapped__(prev, words, nxt)


def test_coming_event_years_cache_changes_nothing() -> None:
    """coming_event_years reads the years of a sentence once per text (`_event_years_named`) and filters them by
    the publication year: the same years as the search of every event-year pattern with the filter inside."""
    def unscreened(low: str, published: dt.date | None) -> set[int]:
        if published is None or not periods._EVENT_OF_ITS_OWN_DATES.search(low):
            return set()
        return {int(m.group(1)) for p in periods._EVENT_YEAR_PATTERNS for m in p.finditer(low)
                if int(m.group(1)) > published.year}

    sents = ["expo-2017 пройдет в астане, форум 2018 года", "the 2026 asian games and the 2030 summit",
             "көрме 2025 жылы өтеді", "универсиада-2017", *(s.lower() for s in _corpus_sentences(60, 29))]
    for low in sents * 2:
        for pub in (None, dt.date(2016, 5, 1), dt.date(2025, 11, 20)):
            assert periods.coming_event_years(low, pub) == unscreened(low, pub), low


def test_motto_screen_changes_nothing() -> None:
    from loaders.extract import article

    for low in ("это стало девизом акции «один за всех»", "обычное предложение", ""):
        assert article._without_motto_numbers([], low) == []


def _implied_year_per_sentence_unremembered(sents: list) -> int | None:
    """implied_year as it was before its per-sentence answers were remembered (one loop over the sentences)."""
    from loaders.extract.anchors import find_anchors

    latest: int | None = None
    last_year = this_year = False
    for sent in sents:
        norm = text.normalize(sent.text)
        low = norm.lower()
        last_year = last_year or (named_years.MAY_SAY_LAST_YEAR(low) and
                                  named_years.LAST_YEAR_RE.search(low) is not None)
        this_year = this_year or (named_years.MAY_SAY_THIS_YEAR(low) and
                                  named_years.THIS_YEAR_RE.search(low) is not None) \
            or named_years.THIS_YEAR_ELIDED.search(low) is not None
        for year in (named_years.anniversary_year(low), named_years.event_name_year(low)):
            if year is not None:
                latest = year if latest is None else max(latest, year)
        themes = named_years.theme_years(norm)
        digits = named_years.YEAR_DIGITS.search(low) is not None
        if (not themes and not digits) or named_years.about_the_future(low):
            continue
        for year in themes:
            latest = year if latest is None else max(latest, year)
        if not digits:
            continue
        for anchor in find_anchors(low, None):
            if anchor.kind in ("year", "range", "month", "day") and anchor.period_end is not None:
                year = anchor.period_end.year
                if anchor.kind == "range" and anchor.period_start is not None and named_years.is_plan_span(low, anchor):
                    year = anchor.period_start.year
                if anchor.kind == "year" and dating._set_against_now(low, anchor.end):
                    year += 1  # a year's figure set against one of "now": written after that year
                latest = year if latest is None else max(latest, year)
    if latest is None:
        return None
    return latest + 1 if last_year and not this_year else latest


def test_implied_year_remembered_per_sentence_changes_nothing() -> None:
    from bench.gen_corpus import generate_articles
    from loaders.text import content_lines, sentences

    articles = [sentences(content_lines(a.text)[0]) for a in generate_articles(120, 31)]
    articles += [[text.Sentence(0, len(t), t, n, False) for n, t in enumerate(ts)]
                 for ts in ([t] for t in YEAR_TEXTS)]
    articles.append([text.Sentence(0, len(t), t, n, False) for n, t in enumerate(YEAR_TEXTS)])
    assert sum(_implied_year_per_sentence_unremembered(s) is not None for s in articles) >= 50
    for sents in articles * 2:
        assert dating.implied_year(sents) == _implied_year_per_sentence_unremembered(sents)


# Speed round 9: the dispatcher's per-sentence screens (loaders/extract/exclusions/screens.py).
SCREENED_SENTENCES = [
    "Если в семье 6 человек, она получит 600 тысяч тенге.", "Например, если в семье 6 человек, то 600 тысяч.",
    "Мысалы, егер отбасында 6 адам болса, 600 мың теңге алады.", "Бір отбасында 6 адам болса, 600 мың теңге беріледі.",
    "For example, if a family has six members, it receives 600,000 tenge.",
    "Если в 2019 году их было 500, то сейчас 1200.", "Бір грантқа 9 өтінім түссе, екіншісіне 15 өтінім түсті.",
    "Ұрпақтарың 1000-ға жетсін!", "500-ге жетсін деп тілейміз.", "Пусть их будет тысяча!", "May they reach 1,000.",
    "It may reach 1,000 next year.", "Безымянный 3.jpg", "bezymjannyj-3 фото", "IMG_1234 волонтеры", "photo 2 of 5",
    "Фото 2 из 5", "slide 3 of 10", "фото-2.png", "Untitled 4", "DSC_0042 и 50 волонтеров",
    "фото 50 волонтеров", "<img width=300> 40 детей", "[gallery ids=\"12,13\"] 5", "<script>var a = 5;</script>",
    "data:image/png;base64,iVBORw0KGgo5AAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk 12 волонтеров",
    "https://example.kz/news/2024/11/12345-volonteri 300 человек",
    "a" * 79 + "5 " + "b" * 10, "x" * 90 + "7 волонтеров", "x\u00a0" * 45 + "7 волонтеров",
    "Елорданың № 1, 2, 5, 8, 14 мектеп оқушылары", "школы №№ 3, 7 и 12", "schools No. 1, 2 and 5",
    "школа № 5, 300 учеников", "Nos. 3, 7", "каб. 304, 305 и 306",
]


def _candidates(sentences: list[str], langs: tuple[str, ...] = ("ru", "kk", "en")):
    """(tokens, number, text, lang) for every number of every sentence, as extract_sentence asks the dispatcher."""
    from loaders.extract.numbers import complete_number, parse_number
    from loaders.extract.sentence import _without_restatements
    from loaders.extract.tokens import tokenize
    from loaders.text import normalize

    for sentence in sentences:
        text_ = normalize(sentence)
        for lang in langs:
            tokens = _without_restatements(tokenize(text_), lang)
            for i in range(len(tokens)):
                m = parse_number(tokens, i, lang)
                if m is not None:
                    complete_number(tokens, m, lang)
                    yield tokens, m, text_, lang


def _screened_rules_agree(sentences: list[str]) -> int:
    """Every screened rule that answers yes has its screen saying yes; returns how many numbers were asked."""
    from loaders.extract.exclusions import examples, labels, markup, screens

    n = 0
    for tokens, m, text_, lang in _candidates(sentences):
        n += 1
        scr = screens.sentence_screens(tokens, text_, lang)
        assert scr == screens.screens_of(tokens, text_, lang), text_
        start = tokens[m.i0].start
        assert not markup._inside_markup(text_, start) or scr.markup, text_
        assert not markup._in_embedded_data(text_, start) or scr.embedded, text_
        assert not examples._worked_example(tokens, m, lang) or scr.worked_example, text_
        assert not examples._a_wish(tokens, m, lang) or scr.wish, text_
        assert not labels._listed_after_a_label(tokens, m, lang) or screens.may_be_listed_after_a_label(tokens, m), \
            text_
    return n


def test_dispatch_screens_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The screens are necessary conditions of their rules, and is_not_a_count answers the same with them as with
    every screen open, over listed phrases and generated articles."""
    from loaders.extract.exclusions import dispatch, screens

    sentences = [*SCREENED_SENTENCES, *SENTENCES, *_corpus_sentences(150, 31)]
    assert _screened_rules_agree(sentences) > 500
    cands = list(_candidates(sentences))
    screened = [dispatch.is_not_a_count(t, m, x, lang) for t, m, x, lang in cands]
    monkeypatch.setattr(dispatch, "screens_of", lambda *a: screens.SentenceScreens(True, True, True, True))
    monkeypatch.setattr(dispatch, "may_be_listed_after_a_label", lambda *a: True)
    assert [dispatch.is_not_a_count(t, m, x, lang) for t, m, x, lang in cands] == screened


def test_dispatch_screens_on_random_strings() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(["5", "12", "2024", " ", ", ", "и ", "№ ", "if ", "если ", "егер ", "болса", "түссе",
                              "мысалы", "example", "пусть ", "may ", "they ", "жетсін", "<", ">", "[a b=", "]", "img",
                              "фото", "photo ", "of ", "из ", "/", ".jpg", "data:", "://", "x" * 40, "жыл", "сейчас",
                              "адам", "people", "\n", "\u00a0", "bezymjannyj-", "Слайд ", "IMG_"])

    @settings(max_examples=400, deadline=None, derandomize=True)
    @given(st.lists(pieces, max_size=12).map("".join))
    def check(sentence: str) -> None:
        _screened_rules_agree([sentence])

    check()


RESTATED = ["273 000 (двести семьдесят три тысячи) тенге", "273,000 (two hundred seventy-three thousand) tenge",
            "5 (пять) млн тенге", "273 000 (екі жүз жетпіс үш мың) теңге",
            "273,000 tenge – two hundred seventy-three thousand tenge", "224 million tenge (US$495,050)",
            "5 (пять тысяч)", "10 – десять волонтеров", "сумма — 5 — пять", "(", "– 5", "5 (", "5 –"]


def test_restatement_screen_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    from loaders.extract import sentence
    from loaders.extract.tokens import tokenize
    from loaders.text import normalize

    texts = [normalize(s) for s in [*RESTATED, *SENTENCES, *_corpus_sentences(150, 33)]]
    cases = [(tokenize(t), lang) for t in texts for lang in ("ru", "kk", "en")]
    screened = [sentence._without_restatements(toks, lang) for toks, lang in cases]
    monkeypatch.setattr(sentence, "_may_restate", lambda tokens: True)
    assert [sentence._without_restatements(toks, lang) for toks, lang in cases] == screened
    assert sum(len(a) != len(b) for a, (b, _) in zip(screened, cases, strict=True)) >= 4  # restatements dropped


CASELESS_TEXTS = ["Алматы облысында", "алматы облысында", "в Шымкенте", "ALMATY region", "in Kazakhstan",
                  "по всему Казахстану", "қазақстан бойынша", "всего",
                  "İstanbul volunteers", "ıstanbul", "ſome project", "ᲂнда", "онда 300 волонтеров", "there are 5",
                  "THERE ARE 5", "Проект «Жаңа»", "проект", "K-pop", "σας ς Σ", "ß ẞ", "µ μ", "ǅ ǆ", "ﬅ ﬆ"]


def _caseless_patterns() -> list:
    from loaders import classify
    from loaders.caseless import Caseless
    from loaders.extract import article, context, metric
    from loaders.extract.exclusions import measures

    found = [v for mod in (classify, areas, context, named_years, dating, anchors, tense, periods, metric, measures,
                           article)
             for v in vars(mod).values() if isinstance(v, Caseless)]
    found = list({id(p): p for p in found}.values())  # (dating.py imports some of named_years.py's)
    found += [p for r in classify.RULES for p in (r.near, r.unless) if isinstance(p, Caseless)]
    found += [areas._place_re(i) for i in range(len(areas._AREA_ALTS))]
    return found


def _caseless_agrees(patterns: list, texts: list[str]) -> None:
    for p in patterns:
        for t in texts:
            a, b = p.search(t), p.expr.search(t)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (p.expr.pattern, t)
            assert [m.span() for m in p.finditer(t)] == [m.span() for m in p.expr.finditer(t)], (p.expr.pattern, t)
            a, b = p.match(t, 1), p.expr.match(t, 1)
            assert (a and a.span()) == (b and b.span()), (p.expr.pattern, t)
            assert p.sub(" ", t) == p.expr.sub(" ", t), (p.expr.pattern, t)


def test_caseless_search_changes_nothing() -> None:
    """The IGNORECASE expressions of the metric rules searched without IGNORECASE over lower-case text
    and of the hot period, context, area and exclusion rules (loaders/caseless.py) find what they find with it: the
    corpus's sentences as they are and lower-cased, and
    texts with the characters IGNORECASE folds beyond lower()."""
    patterns = _caseless_patterns()
    assert len(patterns) > 250 and sum(p.twin is not None for p in patterns) > 250
    sents = [*SENTENCES, *_corpus_sentences(60, 35), *CASELESS_TEXTS]
    _caseless_agrees(patterns, [*sents, *(s.lower() for s in sents)])


def test_caseless_search_on_random_strings() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from loaders.caseless import _PARTNERS

    patterns = _caseless_patterns()
    odd = sorted({*(_PARTNERS), *(c for v in _PARTNERS.values() for c in v)})
    pieces = st.one_of(st.sampled_from(["проект", "онда", "там", "there", "are", "were", "volunteer", "волонтер",
                                        "серебрян", "flood", "марафон", "help", "помощ", "жоба", " ", "-", "ı",
                                        "İ", "K", "ſ", *odd]), st.text(max_size=3))

    @settings(max_examples=150, deadline=None, derandomize=True)
    @given(st.lists(pieces, max_size=10).map("".join))
    def check(text_: str) -> None:
        _caseless_agrees(patterns, [text_, text_.lower()])

    check()

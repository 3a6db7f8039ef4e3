"""Synthetic news corpus for the benchmarks and the generator tests: `python -m bench.gen_corpus`.

    python -m bench.gen_corpus --n 10000 --seed 1 --out /tmp/kzvol-corpus

writes N articles `gen_000000.txt …` in Russian, Kazakh and English, built from varied templates: figures
written as digits with spaces or NBSP, decimal commas, тыс./млн/млрд, Russian and English number words,
Kazakh "-ден астам"/"-ге жуық"/"мыңнан астам"/"жарым", English "over 60,000"; qualifiers; periods; regions;
page noise (menus, photo/timestamp lines, unrelated headline lists with numbers, "Tags:"/"Читайте также"
tails with numbers); publication dates as a " date YYYY-MM-DD" header, a "dd.mm.yyyy hh:mm" timestamp, a
sources.csv row, or nothing. Also `truth.jsonl`: per article, the figures planted in its body (value,
qualifier, unit, area, text) — ground truth for the recall test.

The output is a function of (n, seed) only: each article has its own random stream seeded with
"seed-index", so the first k articles of a run with n > k are the same as a run with n = k.
Generated corpora are never committed (write under /tmp or bench/out/, which is gitignored).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

NBSP = "\u00a0"
LANG_WEIGHTS = (("ru", 0.5), ("kk", 0.3), ("en", 0.2))


@dataclass
class Planted:
    value: float
    qualifier: str
    unit: str
    area: str
    text: str  # the figure as written (qualifier + number + noun)

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "qualifier": self.qualifier, "unit": self.unit, "area": self.area,
                "text": self.text}


@dataclass
class GenArticle:
    name: str
    lang: str
    text: str
    published: dt.date
    date_style: str  # header, timestamp, csv, none
    truth: list[Planted] = field(default_factory=list)
    csv_row: dict[str, str] | None = None


# --- numbers ---------------------------------------------------------------------------------------------


def _group(n: int, sep: str) -> str:
    s = f"{n:,}"
    return s.replace(",", sep)


def _ru_plural_ok(n: int) -> int:
    """Nudge n so that the genitive plural ("волонтеров") is the grammatical form after it."""
    if n % 10 in (1, 2, 3, 4) and n % 100 not in (11, 12, 13, 14):
        n += 5 - n % 10
    return n


def _round_count(rng: random.Random) -> int:
    kind = rng.random()
    if kind < 0.25:
        return rng.randrange(12, 999)
    if kind < 0.6:
        return rng.randrange(1, 100) * 50 + rng.choice((0, 0, 0, 30, 70))
    if kind < 0.85:
        return rng.randrange(10, 500) * 100
    return rng.randrange(100, 999) * 1000 + rng.choice((0, 0, 500))


# (nominative, genitive, value) of Russian number words that news write out.
RU_WORDS = [
    ("две тысячи", "двух тысяч", 2000), ("три тысячи", "трех тысяч", 3000), ("пять тысяч", "пяти тысяч", 5000),
    ("семь тысяч", "семи тысяч", 7000), ("десять тысяч", "десяти тысяч", 10000),
    ("полторы тысячи", "полутора тысяч", 1500), ("восемь тысяч", "восьми тысяч", 8000),
    ("двести", "двухсот", 200), ("триста", "трехсот", 300), ("сто двадцать", "ста двадцати", 120),
]
RU_QUAL = [("более", "at_least"), ("свыше", "at_least"), ("около", "approx"), ("порядка", "approx"),
           ("почти", "almost"), ("не менее", "at_least"), ("менее", "at_most")]
EN_QUAL = [("over", "at_least"), ("more than", "at_least"), ("about", "approx"), ("around", "approx"),
           ("nearly", "almost"), ("almost", "almost"), ("up to", "at_most"), ("at least", "at_least")]
EN_WORDS = [("two thousand", 2000), ("five thousand", 5000), ("twelve thousand", 12000), ("three hundred", 300),
            ("fifteen thousand", 15000)]

# Kazakh case endings after a number, chosen by the last spoken word (vowel harmony and final sound).
_KK_UNITS = {1: ("ден", "ге"), 2: ("ден", "ге"), 3: ("тен", "ке"), 4: ("тен", "ке"), 5: ("тен", "ке"),
             6: ("дан", "ға"), 7: ("ден", "ге"), 8: ("ден", "ге"), 9: ("дан", "ға")}
_KK_TENS = {1: ("нан", "ға"), 2: ("дан", "ға"), 3: ("дан", "ға"), 4: ("тан", "қа"), 5: ("ден", "ге"),
            6: ("тан", "қа"), 7: ("тен", "ке"), 8: ("нен", "ге"), 9: ("нан", "ға")}


def kk_endings(n: int) -> tuple[str, str]:
    """(ablative, dative) ending for a number written in digits: 2 500 → ("ден", "ге"), 10 → ("нан", "ға")."""
    if n % 10:
        return _KK_UNITS[n % 10]
    if n % 100:
        return _KK_TENS[(n // 10) % 10]
    if n % 1000:
        return ("ден", "ге")  # жүз
    if n % 1_000_000:
        return ("нан", "ға")  # мың
    return ("нан", "ға")  # миллион


# --- lexicon ---------------------------------------------------------------------------------------------

RU_NOUNS = [("волонтеров", "persons"), ("добровольцев", "persons"), ("волонтеров", "persons"),
            ("доноров", "persons"), ("волонтерских организаций", "organizations"),
            ("участников марафона", "persons")]
KK_NOUNS = [("волонтер", "persons"), ("ерікті", "persons"), ("донор", "persons"), ("волонтер", "persons"),
            ("волонтерлік ұйым", "organizations")]
EN_NOUNS = [("volunteers", "persons"), ("volunteers", "persons"), ("blood donors", "persons"),
            ("volunteer organizations", "organizations"), ("participants", "persons")]

RU_AREAS = [("В Мангистауской области", "Mangistau region"), ("В Алматы", "Almaty"),
            ("В Карагандинской области", "Karaganda region"), ("В Костанайской области", "Kostanay region"),
            ("В Шымкенте", "Shymkent"), ("В Казахстане", "KZ"), ("По всей стране", "KZ")]
KK_AREAS = [("Ақтөбе облысында", "Aktobe region"), ("Алматыда", "Almaty"), ("Маңғыстау облысында", "Mangistau region"),
            ("Қазақстанда", "KZ"), ("Елімізде", "KZ")]
EN_AREAS = [("In Kostanay region", "Kostanay region"), ("In Almaty", "Almaty"), ("In Aktobe region", "Aktobe region"),
            ("In Kazakhstan", "KZ"), ("Across the country", "KZ")]

RU_PERIODS = ["в {y} году", "в прошлом году", "сегодня", "за {y} год", "в этом году", "ежегодно", ""]
KK_PERIODS = ["{y} жылы", "былтыр", "қазір", "биыл", "жыл сайын", ""]
EN_PERIODS = ["in {y}", "last year", "today", "this year", "every year", ""]

RU_FILLER = [
    "Инициатива направлена на развитие культуры добровольного участия и взаимопомощи в обществе.",
    "Как отметили в ведомстве, работа будет продолжена и в следующем сезоне.",
    "Участники акции помогали пожилым людям, людям с инвалидностью и многодетным семьям.",
    "Организаторы поблагодарили всех, кто откликнулся на призыв и пришел на помощь.",
    "По словам представителя фонда, главное в этой работе — доверие людей.",
    "Особое внимание уделялось обучению новых участников и координации на местах.",
    "Волонтеры также провели мастер-классы для школьников и студентов.",
    "Ранее в министерстве сообщали о планах расширить программу на все регионы.",
    "Мероприятие прошло при поддержке местных исполнительных органов и общественных объединений.",
    "Напомним, что донорство крови является добровольным и безвозмездным.",
]
KK_FILLER = [
    "Бұл туралы ҚР Мәдениет және ақпарат министрлігі хабарлады.",
    "Іс-шара жергілікті атқарушы органдардың қолдауымен ұйымдастырылды.",
    "Еріктілер қарт адамдарға, мүмкіндігі шектеулі жандарға және көпбалалы отбасыларға көмек көрсетті.",
    "Ұйымдастырушылар акцияға қатысқан барлық азаматтарға алғыс айтты.",
    "Форум аясында шеберлік сабақтары мен пікірталас алаңдары өтті.",
    "Жобаның басты мақсаты – жастарды игі істерге тарту.",
    "Қан донорлығы ерікті және өтеусіз негізде жүзеге асырылады.",
    "Министрлік бағдарламаны барлық өңірлерге кеңейтуді жоспарлап отыр.",
]
EN_FILLER = [
    "The initiative aims to build a culture of mutual aid and civic responsibility.",
    "Organizers thanked everyone who answered the call and came to help.",
    "Volunteers helped elderly people, people with disabilities and large families.",
    "The ministry said the work would continue in the coming season.",
    "Blood donation in the country is voluntary and unpaid, officials reminded.",
    "Training of new participants and local coordination received special attention.",
    "The event was supported by local authorities and public associations.",
    "Earlier the ministry announced plans to extend the program to all regions.",
]
RU_SAY = ["сообщили в министерстве", "передает Kazinform", "сообщает пресс-служба акимата",
          "рассказал министр на брифинге", "говорится в сообщении ведомства"]
KK_SAY = ["деп хабарлады министрлік", "деп мәлімдеді әкімдіктің баспасөз қызметі", "деп атап өтті министр"]
EN_SAY = ["the ministry said", "officials reported", "the akimat's press service said",
          "the minister told reporters"]

MENUS = {
    "ru": ["Главная", "Новости", "Общество", "Регионы", "Спорт", "Экономика", "В мире", "Лента новостей"],
    "kk": ["Басты бет", "Жаңалықтар", "Қоғам", "Аймақтар", "Спорт", "Экономика", "Әлем"],
    "en": ["Home", "News", "Society", "Regions", "Sports", "Business", "World"],
}
UNRELATED = {
    "ru": ["Курс доллара вырос до {n} тенге", "В Алматы открыли {s} новых школ",
           "Сбербанк получил {n} млрд рублей прибыли",
           "Цены на бензин выросли на {s} процентов", "В Караганде сгорел склад площадью {n} квадратных метров",
           "Нацбанк сохранил базовую ставку на уровне {s} процентов"],
    "kk": ["Доллар бағамы {n} теңгеге жетті", "Шымкентте {s} жаңа мектеп ашылды", "Бензин бағасы {s} пайызға өсті",
           "Астанада {n} пәтерлік тұрғын үй пайдалануға берілді"],
    "en": ["Tenge weakens to {n} per dollar", "{s} new schools open in Almaty", "Oil output rises {s} percent",
           "Airline adds {s} flights to Antalya", "Wheat exports reach {n} thousand tonnes"],
}
TAILS = {"ru": ["Теги: волонтеры, донорство, общество", "Читайте также:"],
         "kk": ["Тегтер: еріктілер, донорлық, қоғам", "Ұқсас жаңалықтар"],
         "en": ["Tags: volunteers, blood donation, society", "Related"]}
OUTLETS = ["Kazinform", "Zakon.kz", "Tengrinews", "24.kz", "El.kz", "Astana Times", "Orda.kz", "Egemen"]


# --- figures ---------------------------------------------------------------------------------------------


def _ru_figure(rng: random.Random) -> tuple[str, float, str, str]:
    """(text, value, qualifier, unit) of a Russian figure with its counted noun."""
    noun, unit = rng.choice(RU_NOUNS)
    qual, qname = rng.choice(RU_QUAL) if rng.random() < 0.6 else ("", "exact")
    style = rng.random()
    if style < 0.12:  # number words
        nom, gen, value = rng.choice(RU_WORDS)
        num = gen if qual and qual != "почти" else nom
        return f"{(qual + ' ') if qual else ''}{num} {noun}", value, qname, unit
    if style < 0.42:  # scale words and abbreviations
        base = rng.choice([rng.randrange(2, 400), rng.randrange(11, 99) / 10])
        scale, mult = rng.choice([("тыс.", 1000), ("тысяч", 1000), ("тыс.", 1000), ("млн", 1_000_000)])
        if mult == 1_000_000:
            base = rng.randrange(11, 49) / 10
        num = (f"{base:.1f}".replace(".", ",") if isinstance(base, float) and base != int(base)
               else str(int(base)))
        value = round(float(base) * mult)
        if scale == "тысяч" and isinstance(base, float) and base != int(base):
            scale = "тысячи"
        return f"{(qual + ' ') if qual else ''}{num} {scale} {noun}", value, qname, unit
    n = _ru_plural_ok(_round_count(rng))
    sep = rng.choice([" ", NBSP, " ", ""]) if n >= 1000 else ""
    num = _group(n, sep) if sep else str(n)
    return f"{(qual + ' ') if qual else ''}{num} {noun}", n, qname, unit


def _kk_figure(rng: random.Random) -> tuple[str, float, str, str]:
    noun, unit = rng.choice(KK_NOUNS)
    style = rng.random()
    if style < 0.3:  # "2 500-ден астам волонтер"
        n = _round_count(rng)
        abl, _ = kk_endings(n)
        return f"{_group(n, rng.choice([' ', NBSP]))}-{abl} астам {noun}", n, "at_least", unit
    if style < 0.45:  # "800-ге жуық волонтер"
        n = _round_count(rng)
        _, dat = kk_endings(n)
        return f"{_group(n, ' ')}-{dat} жуық {noun}", n, "approx", unit
    if style < 0.6:  # "шамамен 1 200 волонтер"
        n = _round_count(rng)
        return f"шамамен {_group(n, ' ')} {noun}", n, "approx", unit
    if style < 0.75:  # "15 мыңнан астам ерікті" / "50 мың волонтер"
        k = rng.randrange(2, 300)
        if rng.random() < 0.5:
            return f"{k} мыңнан астам {noun}", k * 1000, "at_least", unit
        return f"{k} мың {noun}", k * 1000, "exact", unit
    if style < 0.82:  # "3 жарым мың"
        k = rng.randrange(1, 20)
        return f"{k} жарым мың {noun}", k * 1000 + 500, "exact", unit
    n = _round_count(rng)
    return f"{_group(n, ' ')} {noun}", n, "exact", unit


def _en_figure(rng: random.Random) -> tuple[str, float, str, str]:
    noun, unit = rng.choice(EN_NOUNS)
    qual, qname = rng.choice(EN_QUAL) if rng.random() < 0.6 else ("", "exact")
    style = rng.random()
    if style < 0.1:
        words, value = rng.choice(EN_WORDS)
        return f"{(qual + ' ') if qual else ''}{words} {noun}", value, qname, unit
    if style < 0.3:
        if rng.random() < 0.5:
            base = rng.randrange(11, 49) / 10
            return f"{(qual + ' ') if qual else ''}{base:.1f} million {noun}", round(base * 1e6), qname, unit
        k = rng.randrange(2, 300)
        return f"{(qual + ' ') if qual else ''}{k} thousand {noun}", k * 1000, qname, unit
    n = _round_count(rng)
    return f"{(qual + ' ') if qual else ''}{n:,} {noun}", n, qname, unit


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _comparison(lang: str, rng: random.Random, pub: dt.date) -> tuple[str, list[Planted]]:
    """"If in 2020 there were 50 thousand, today there are 300 thousand": two figures, the second elided."""
    y0 = rng.randrange(max(2015, pub.year - 6), pub.year)
    a, b = rng.randrange(10, 90), rng.randrange(100, 400)
    if lang == "ru":
        text = (f"Если в {y0} году в Казахстане насчитывалось {a} тыс. волонтеров, то сегодня их уже "
                f"более {b} тыс.")
        return text, [Planted(a * 1000.0, "exact", "persons", "KZ", f"{a} тыс. волонтеров"),
                      Planted(b * 1000.0, "at_least", "persons", "KZ", f"более {b} тыс.")]
    if lang == "kk":
        text = f"{y0} жылы елімізде {a} мың волонтер болса, қазір олардың саны {b} мыңнан асты."
        return text, [Planted(a * 1000.0, "exact", "persons", "KZ", f"{a} мың волонтер"),
                      Planted(b * 1000.0, "at_least", "persons", "KZ", f"{b} мыңнан асты")]
    text = (f"In {y0}, Kazakhstan had {a},000 volunteers; today there are more than {b},000 volunteers "
            f"in the country.")
    return text, [Planted(a * 1000.0, "exact", "persons", "KZ", f"{a},000 volunteers"),
                  Planted(b * 1000.0, "at_least", "persons", "KZ", f"more than {b},000 volunteers")]


def _figure_sentence(lang: str, rng: random.Random, pub: dt.date) -> tuple[str, list[Planted]]:
    if rng.random() < 0.08:
        return _comparison(lang, rng, pub)
    year = rng.randrange(max(2015, pub.year - 5), pub.year + 1)
    if lang == "ru":
        text, value, qual, unit = _ru_figure(rng)
        area_text, area = rng.choice(RU_AREAS)
        period = rng.choice(RU_PERIODS).format(y=year)
        say = rng.choice(RU_SAY)
        verb = rng.choice(["зарегистрировано", "насчитывается", "работает", "участвовало", "было задействовано"])
        templates = [
            f"{area_text} {period} {verb} {text}, {say}.",
            f"По данным ведомства, {period} {area_text.lower()[:1] + area_text[1:]} {verb} {text}.",
            f"Как {say}, {period} {area_text.lower()[:1] + area_text[1:]} {verb} {text}.",
        ]
    elif lang == "kk":
        text, value, qual, unit = _kk_figure(rng)
        area_text, area = rng.choice(KK_AREAS)
        period = rng.choice(KK_PERIODS).format(y=year)
        say = rng.choice(KK_SAY)
        verb = rng.choice(["тіркелген", "жұмыс істейді", "қатысты", "акцияға атсалысты"])
        templates = [
            f"{area_text} {period} {text} {verb}.",
            f"{_cap(period) + ' ' if period else ''}{area_text.lower()[:1] + area_text[1:]} {text} {verb}, {say}.",
        ]
    else:
        text, value, qual, unit = _en_figure(rng)
        area_text, area = rng.choice(EN_AREAS)
        period = rng.choice(EN_PERIODS).format(y=year)
        say = rng.choice(EN_SAY)
        verb = rng.choice(["took part in the campaign", "are registered on the platform", "joined the effort",
                           "helped flood victims"])
        templates = [
            f"{area_text}, {text} {verb} {period}, {say}.",
            f"{_cap(text)} {verb} {area_text[:1].lower() + area_text[1:]} {period}, {say}.",
        ]
    sentence = " ".join(rng.choice(templates).split())  # collapse doubled spaces of an empty period
    sentence = sentence.replace(" ,", ",").replace(" .", ".")
    return sentence, [Planted(float(value), qual, unit, area, text)]


# --- articles --------------------------------------------------------------------------------------------


def _title(lang: str, rng: random.Random, first: Planted | None) -> str:
    if first is not None and rng.random() < 0.4:
        return {"ru": f"{_cap(first.text)} помогли жителям региона",
                "kk": f"Өңірде {first.text} көмек көрсетті",
                "en": f"{_cap(first.text)} help residents"}[lang]
    return rng.choice({
        "ru": ["Волонтеры Казахстана подвели итоги года", "Донорство крови: как растет движение",
               "Волонтерское движение набирает силу", "Марафон добрых дел собрал неравнодушных"],
        "kk": ["Еріктілер жыл қорытындысын шығарды", "Қан донорлығы: қозғалыс қалай өсіп келеді",
               "Волонтерлік қозғалыс кеңеюде"],
        "en": ["Kazakhstan's volunteers sum up the year", "Blood donation movement keeps growing",
               "Volunteer movement gains strength"],
    }[lang])


def make_article(index: int, seed: int) -> GenArticle:
    """One article, a pure function of (index, seed)."""
    rng = random.Random(f"kzvol-{seed}-{index}")
    r = rng.random()
    lang = next(lang for lang, cum in _cumulative() if r < cum)
    pub = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 7 * 365))
    name = f"gen_{index:06d}.txt"

    body_sents: list[str] = []
    truth: list[Planted] = []
    fillers = {"ru": RU_FILLER, "kk": KK_FILLER, "en": EN_FILLER}[lang]
    n_fig = rng.randrange(1, 5)
    n_fill = rng.randrange(4, 14)
    slots = ["F"] * n_fig + ["x"] * n_fill
    rng.shuffle(slots)
    pool: list[str] = []
    for slot in slots:
        if slot == "F":
            sent, planted = _figure_sentence(lang, rng, pub)
            body_sents.append(sent)
            truth.extend(planted)
        else:
            if not pool:  # each filler once before any repeats, as a real article would
                pool = rng.sample(fillers, k=len(fillers))
            body_sents.append(pool.pop())
    # paragraphs of 1-3 sentences
    paras: list[str] = []
    i = 0
    while i < len(body_sents):
        k = rng.randrange(1, 4)
        paras.append(" ".join(body_sents[i:i + k]))
        i += k

    title = _title(lang, rng, truth[0] if truth else None)
    date_style = rng.choice(["header", "timestamp", "csv", "none"])
    lines: list[str] = []
    if rng.random() < 0.5:  # site menu
        lines += rng.sample(MENUS[lang], k=rng.randrange(3, len(MENUS[lang]) + 1))
    if rng.random() < 0.3:  # unrelated headlines block before the article (like seed 003)
        lines += [_unrelated(lang, rng) for _ in range(rng.randrange(3, 6))]
    if date_style == "header":
        lines.append(f" date {pub.isoformat()} {title}")
    else:
        lines.append(title)
        if date_style == "timestamp":
            lines.append(f"{pub:%d.%m.%Y} {rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}")
    if rng.random() < 0.3:
        photo = {"ru": "Фото", "kk": "Сурет", "en": "Photo"}[lang]
        lines.append(f"{photo}: {rng.choice(OUTLETS)} {pub:%d.%m.%Y} {rng.randrange(8, 20)}:{rng.randrange(10, 60)} "
                     f"{rng.randrange(100, 9999)}")
    lines.append("")
    for p in paras:
        lines += [p, ""] if rng.random() < 0.5 else [p]
    if rng.random() < 0.7:  # tail: tags, related headlines with numbers
        marker = rng.choice(TAILS[lang])
        lines.append(marker)
        lines += [_unrelated(lang, rng) for _ in range(rng.randrange(2, 5))]
    text = "\n".join(lines) + "\n"

    csv_row = None
    if date_style == "csv" or rng.random() < 0.1:
        csv_row = {"file": name, "url": f"https://news.example.kz/{index}", "outlet": rng.choice(OUTLETS),
                   "published": pub.isoformat() if date_style == "csv" else "", "lang": ""}
    return GenArticle(name, lang, text, pub, date_style, truth, csv_row)


def _unrelated(lang: str, rng: random.Random) -> str:
    n = _group(rng.randrange(100, 99999), " ")
    return rng.choice(UNRELATED[lang]).format(n=n, s=rng.randrange(2, 30))


def _cumulative() -> list[tuple[str, float]]:
    out, acc = [], 0.0
    for lang, w in LANG_WEIGHTS:
        acc += w
        out.append((lang, acc))
    out[-1] = (out[-1][0], 1.0 + 1e-9)
    return out


def generate_articles(n: int, seed: int) -> list[GenArticle]:
    """The articles of a corpus, in memory (with their planted figures)."""
    return [make_article(i, seed) for i in range(n)]


def generate(n: int, seed: int, out_dir: Path | str, *, clean: bool = True) -> list[Path]:
    """Write N articles, `sources.csv` and `truth.jsonl` into out_dir; return the article paths in order.

    With clean=True an existing out_dir's generated files (gen_*.txt, sources.csv, truth.jsonl) are removed
    first, so a smaller corpus does not leave old articles behind.
    """
    out = Path(out_dir)
    if clean and out.exists():
        for old in out.glob("gen_*.txt"):
            old.unlink()
        for extra in ("sources.csv", "truth.jsonl"):
            (out / extra).unlink(missing_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    rows: list[dict[str, str]] = []
    with open(out / "truth.jsonl", "w", encoding="utf-8") as truth_fh:
        for art in generate_articles(n, seed):
            path = out / art.name
            path.write_text(art.text, encoding="utf-8")
            paths.append(path)
            if art.csv_row:
                rows.append(art.csv_row)
            truth_fh.write(json.dumps({"file": art.name, "lang": art.lang, "published": art.published.isoformat(),
                                       "date_style": art.date_style,
                                       "figures": [p.as_dict() for p in art.truth]}, ensure_ascii=False) + "\n")
    with open(out / "sources.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "url", "outlet", "published", "lang"])
        w.writeheader()
        w.writerows(rows)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10000, help="number of articles (default 10000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path("bench/out/corpus"))
    ap.add_argument("--force", action="store_true", help="replace a non-empty out dir that is not a corpus")
    args = ap.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()) and not (args.out / "truth.jsonl").exists():
        if not args.force:
            ap.error(f"{args.out} exists and is not a generated corpus; use --force or another --out")
        shutil.rmtree(args.out)
    paths = generate(args.n, args.seed, args.out)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} articles ({size / 1e6:.1f} MB) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

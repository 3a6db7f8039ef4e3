"""Round 17, helper "kk": Kazakh classes behind set 17's false figures, each fixed by a rule of the language and
checked with variants (both scripts, the other languages as controls) and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_17_KK: dict[str, list[tuple[str, list[str], str]]] = {}

# A Kazakh ordinal in words ("он бірінші жыл", "жиырма бесінші рет", Latin "on birinshi"): the Nth, never a count,
# nor is its first part ("он" ten). Controls: ru "одиннадцатый", en "twenty-first". Negatives: a cardinal compound
# before a noun stays a figure, and a figure after an ordinal stays.
KK_ORDINAL_WORDS = [
    ("Акция осымен он бірінші жыл өткізіліп отыр.", [], "kk"),
    ("Акция жиырма бесінші рет өткізілді.", [], "kk"),
    ("Aksıa osymen on birinshi jyl ótkizilip otyr.", [], "kk"),
    ("Марафон отыз екінші рет ұйымдастырылды.", [], "kk"),
    ("Акция проводится в одиннадцатый раз.", [], "ru"),
    ("The campaign is held for the twenty-first time.", [], "en"),
    # negatives: counts
    ("Бірінші күні 300 ерікті қатысты.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Акцияға он бір ерікті қатысты.", [f"11 exact persons * {NOW} *"], "kk"),
    ("Aksıaǵa jıyrma bes erikti qatysty.", [f"25 exact persons * {NOW} *"], "kk"),
]
ROUND_1_17_KK["KK_ORDINAL_WORDS"] = KK_ORDINAL_WORDS

# The number of a verse, chapter, article or clause ("сүресінің 28-аятында", "28-бабында", "5-тармағында", ru
# "пункту 3", en "verse 28"): a label, not a figure. Negatives: verses counted ("28 аятты жатқа айтты").
NUMBERED_VERSE_OR_CLAUSE = [
    ("Құранның «Хаж» сүресінің 28-аятында айтылған.", [], "kk"),
    ("Құранның «Хаж» сүресінің 28-аятында айтылғандай, еріктілер 300 отбасыға көмектесті.",
     [f"300 exact families * {NOW} *"], "kk"),
    ("Заңның 28-бабында көрсетілген.", [], "kk"),
    ("Заңның 5-тармағында көрсетілген.", [], "kk"),
    ("Eriktiler týraly zańnyń 28-babynda osylaı kórsetilgen.", [], "kk"),
    ("Quran Kárimniń «Haj» súresiniń 28-aıatynda aıtylǵandaı, eriktiler kómektesti.", [], "kk"),
    ("Согласно пункту 3 статьи 5.", [], "ru"),
    ("Как сказано в 28-м аяте суры «Хадж».", [], "ru"),
    ("As verse 28 of Surah Al-Hajj says.", [], "en"),
    ("Article 28 of the law on volunteering says so.", [], "en"),
    # negatives: verses counted
    ("Еріктілер 28 аятты жатқа айтты.", [f"28 exact * * {NOW} *"], "kk"),
    ("Volunteers read 28 verses.", [f"28 exact * * {NOW} *"], "en"),
]
ROUND_1_17_KK["NUMBERED_VERSE_OR_CLAUSE"] = NUMBERED_VERSE_OR_CLAUSE

# A bare "мың" before a verb of manner ("мың бұралған билер", "мың бұралып", "мың өліп, мың тірілу"): "very much",
# no thousand. Negatives: "мың адам", "мың теңге".
KK_MYN_MANNER_IDIOM = [
    ("Бүлдіршіндер мың бұралған билерін көрсетті.", [], "kk"),
    ("Қыздар мың бұралып би биледі.", [], "kk"),
    ("Búldirshinder myń buralǵan bılerin kórsetti.", [], "kk"),
    ("Ол мың өліп, мың тірілді.", [], "kk"),
    # negatives
    ("Еріктілер мың адамға көмектесті.", [f"1000 exact persons * {NOW} *"], "kk"),
    ("Еріктілер мың теңге жинады.", [f"1000 exact KZT * {NOW} *"], "kk"),
]
ROUND_1_17_KK["KK_MYN_MANNER_IDIOM"] = KK_MYN_MANNER_IDIOM

# A range of ages told after the word for age and a dash ("Олардың жасы – 3 пен 18-дің аралығында", Latin "jasy – 3
# ben 18-diń aralyǵynda", ru "Их возраст – от 3 до 18 лет"): both ends are ages. Negatives: a count after an age in
# the same sentence, and the children counted before.
AGE_RANGE_AFTER_AGE_WORD = [
    ("Мұнда 53 бала тәрбиеленеді. Олардың жасы – 3 пен 18-дің аралығында.", [f"53 exact persons * {NOW} *"], "kk"),
    ("Qazir mundaǵy 53 bala tárbıelenedi. Olardyń jasy – 3 ben 18-diń aralyǵynda.",
     [f"53 exact persons * {NOW} *"], "kk"),
    ("Балалардың жасы – 7 мен 16 аралығында.", [], "kk"),
    ("Здесь воспитываются 53 ребенка. Их возраст – от 3 до 18 лет.", [f"53 exact persons * {NOW} *"], "ru"),
    ("Their ages: 3 to 18.", [], "en"),
    # negatives: counts after the age
    ("Олардың жасы – 25, ал акцияға 300 ерікті қатысты.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Возраст участников – от 14 лет, всего пришли 200 волонтеров.", [f"200 exact persons * {NOW} *"], "ru"),
]
ROUND_1_17_KK["AGE_RANGE_AFTER_AGE_WORD"] = AGE_RANGE_AFTER_AGE_WORD

# "N and a half" before a scale word in all three languages (already read; kept as a guard): "төрт жарым мың" 4500.
HALF_BEFORE_SCALE = [
    ("Елорда мешіттері төрт жарым мың отбасыға ет таратты.", [f"4500 exact families * {NOW} *"], "kk"),
    ("Еріктілер бір жарым миллион теңге жинады.", [f"1.5e+06 exact KZT * {NOW} *"], "kk"),
    ("Elorda meshitteri tórt jarym myń otbasyǵa et taratty.", [f"4500 exact families * {NOW} *"], "kk"),
    ("Мечети раздали мясо четырем с половиной тысячам семей.", [f"4500 exact families * {NOW} *"], "ru"),
    ("Волонтеры собрали полторы тысячи подписей.", [f"1500 exact * * {NOW} *"], "ru"),
    ("The mosques gave meat to four and a half thousand families.", [f"4500 exact families * {NOW} *"], "en"),
]
ROUND_1_17_KK["HALF_BEFORE_SCALE"] = HALF_BEFORE_SCALE


@pytest.mark.parametrize("text,want,lang", [row for rows in ROUND_1_17_KK.values() for row in rows])
def test_round_1_17_kk(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

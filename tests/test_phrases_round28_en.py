"""Round 28, English (with the Russian and Kazakh variants of each class): classes behind set 28's English misses,
each fixed by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

from loaders.extract.dating import implied_year
from loaders.text import content_lines, sentences

ROUND_1_28_EN: dict[str, list[tuple[str, list[str], str]]] = {}

# An undated page whose only year is a deadline at the end of that year ("Over 3.6 million trees will be planted by
# the end of 2025", "до конца 2025 года", "2025 жылдың соңына дейін") and which tells how far the work got this year
# ("since the start of the year", "as of today", "с начала года", "на сегодняшний день", "биыл"): a plan for the rest
# of the year it is written in, so the page is of that year. Negatives: a bare target year ("by 2030", "к 2030 году"),
# a deadline in a text that tells no progress of the year, and a page with a past year of its own.
YEAR_END_DEADLINE = [
    ("Over 2 million trees were planted since the start of the year. "
     "Over 3.6 million trees will be planted by the end of 2025.", 2025),
    ("As of today, 79 km of shorelines have been cleaned up. The campaign will continue until the end of 2024.", 2024),
    ("С начала года волонтеры посадили 2 млн деревьев. До конца 2025 года будет посажено еще 3 млн.", 2025),
    ("На сегодняшний день очищено 79 км берегов. К концу 2023 года планируется очистить 500 км.", 2023),
    ("Биыл 2 млн ағаш отырғызылды. 2025 жылдың соңына дейін тағы 3 млн ағаш отырғызылады.", 2025),
    # negatives
    ("Over 2 million trees were planted since the start of the year. By 2030, 2 billion trees will be planted.", None),
    ("С начала года посажено 2 млн деревьев. К 2030 году будет посажено 2 млрд деревьев.", None),
    ("There are 153,000 children with special needs. We plan to open 16 rooms by the end of 2026.", None),
    ("In 2023, volunteers planted 2 million trees. As of today, 3 million trees will be planted by the end of 2027.",
     2023),
]

# A figure of a coming event named with its year in an earlier sentence of the paragraph ("… will take part in the
# international exhibition EXPO-2017. The North Kazakhstan region will send 100 volunteers", "… to serve the
# EXPO-2017 … They will have to talk to guests from more than 100 world countries"), in a clause of its future: of the
# event's year, as when the sentence names the event itself. Negatives: what is done now ("150 applications have been
# received"), a paragraph that names the event only by its kind, a figure of a later paragraph.
COMING_EVENT_NAMED_BEFORE = [
    ("The residents of the region will take part in the international exhibition EXPO-2027. "
     "The region will send 100 volunteers, the head of the department said.",
     ["100 exact persons * 2027-01-01..2027-12-31 *"], "en"),
    ("Жители области примут участие в международной выставке ЭКСПО-2027. Область направит 100 волонтеров.",
     ["100 exact persons * 2027-01-01..2027-12-31 *"], "ru"),
    ("Облыс тұрғындары ЭКСПО-2027 халықаралық көрмесіне қатысады. Облыстан 100 ерікті жіберіледі.",
     ["100 exact persons * 2027-01-01..2027-12-31 *"], "kk"),
    ("We ask who would like to serve the EXPO-2027. All of them have to speak English. "
     "They will have to talk to guests from more than 100 world countries.",
     ["100 at_least * * 2027-01-01..2027-12-31 *"], "en"),
    ("Волонтеры ЭКСПО-2027 уже проходят обучение. Требования высокие. Всем им предстоит общаться с гостями из "
     "более чем 100 стран мира.", ["100 at_least * * 2027-01-01..2027-12-31 *"], "ru"),
    ("Еріктілер ЭКСПО-2027 көрмесіне дайындалуда. Талаптар жоғары. Олар 100-ден астам елден келетін қонақтармен "
     "сөйлесетін болады.", ["100 at_least * * 2027-01-01..2027-12-31 *"], "kk"),
    # negatives
    ("Guests from 50 countries attended the forum in Astana.", [f"50 exact * * {NOW} *"], "en"),
    ("The residents of the region will take part in the international exhibition EXPO-2027. The city is ready. "
     "The region will send 100 volunteers.", [f"100 exact * * {NOW} *"], "en"),
    ("The residents of the region will take part in the international exhibition EXPO-2027. "
     "150 applications have been received from students of the region.",
     [f"150 exact * * {NOW} *"], "en"),
    ("The residents of the region will take part in the international exhibition EXPO-2027.\n\n"
     "There are more people willing to work at the exhibition than required. Only 100 of them will be selected.",
     [f"100 exact * * {NOW} *"], "en"),
]
ROUND_1_28_EN["COMING_EVENT_NAMED_BEFORE"] = COMING_EVENT_NAMED_BEFORE

# A bracketed translation of a name that holds a number ("the Taza 25 shakyrym (25 clean km) campaign", "акция «Таза
# 25 шақырым» (25 чистых км)"): the name's number is no count, nor is its gloss. Negatives: the count told after the
# name ("They clean 25 km of coastlines"), a number repeated in brackets after a count.
NUMBER_NAME_GLOSS = [
    ("The party launched the Taza 25 shakyrym (25 clean km) campaign involving youth.", [], "en"),
    ("The party launched the Taza 25 shakyrym (25 clean km) campaign. They clean 25 km of coastlines in each region.",
     [f"25 exact * * {NOW} *"], "en"),
    ("Партия запустила акцию Taza 25 shakyrym (25 чистых км) с участием молодежи.", [], "ru"),
    # negatives
    ("Volunteers planted 25 trees (25 oaks) in the park.", [f"25 exact trees * {NOW} *", f"25 exact * * {NOW} *"],
     "en"),
]
ROUND_1_28_EN["NUMBER_NAME_GLOSS"] = NUMBER_NAME_GLOSS


@pytest.mark.parametrize("text,year", YEAR_END_DEADLINE)
def test_year_end_deadline(text, year):
    assert implied_year(sentences(content_lines(text)[0])) == year


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_28_EN.values() for row in table])
def test_round28_en(text, expected, lang):
    _check_read(text, expected, lang)

"""Round 6, English: classes of phrasing behind the misses and false figures of the fifth real set's English pages
(wire copy of Kazinform, Qazinform, Astana Times, Trend, UN agencies) and of probes in those styles; each fixed by a
rule of the language and checked here with variants (word forms, orders, with and without qualifiers), Russian and
Kazakh (Cyrillic and Latin) variants where the class exists there too, and negatives that must not change.

Same format as tests/test_extract_phrases.py: "value qualifier unit metric period_start..period_end area",
"*" for any; publication date 2025-06-15.
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

from loaders.text import content_lines, sentences

# A paragraph hard-wrapped inside its sentences by the copy ("Over 16,000⏎families have already received …"): its
# lines are one paragraph, read as sentences, in every language, whether a break falls before a lowercase word,
# after a word that needs the next one ("allocated to⏎530 families", "из⏎них", "оның⏎2 800-і"), after a number
# and its scale word, or, inside such a paragraph, where the next word would not have fitted ("Askhat⏎Uaisov").
HARD_WRAPPED_PARAGRAPHS = [
    ("The process of providing\ncompensation to flood victims is underway in Kazakhstan. Over 16,000\n"
     "families have already received a one-time payment, with about six billion tenge\nhaving been directed to "
     "this goal. 696 million tenge have been allocated to\n530 families for repair works.",
     [f"16000 at_least families * {NOW} KZ", f"6e+09 approx KZT * {NOW} KZ", f"6.96e+08 exact KZT * {NOW} KZ",
      f"530 exact families * {NOW} KZ"], "en"),
    ("Over 4,500 residential buildings have been\ninspected, of which 2,800 were assessed. 53 families in the\n"
     "flooded villages have received new houses.",
     [f"4500 at_least * * {NOW} KZ", f"2800 exact * * {NOW} KZ", f"53 exact families * {NOW} KZ"], "en"),
    ("Volunteers of the Red Crescent Society delivered food parcels to\n1,200 families in the Akmola region. "
     "According to its chairman Askhat\nUaisov, more than 300 volunteers took part in the campaign.",
     [f"1200 exact families * {NOW} Akmola region", f"300 at_least persons * {NOW} Akmola region"], "en"),
    ("According to the press service, regional commissions have received nearly\n25,000 applications for "
     "assistance so far.", [f"25000 almost * * {NOW} KZ"], "en"),
    ("Более 16 тысяч\nсемей уже получили единовременную выплату, на эти цели направлено около шести\nмиллиардов "
     "тенге. Обследовано свыше 4,5 тысячи жилых домов, из\nних 2 800 оценены.",
     [f"16000 at_least families * {NOW} KZ", f"6e+09 approx KZT * {NOW} KZ", f"4500 at_least * * {NOW} KZ",
      f"2800 exact * * {NOW} KZ"], "ru"),
    ("16 мыңнан астам\nотбасы біржолғы төлем алды, бұл мақсатқа алты миллиард теңгеге жуық\nқаржы бағытталды. "
     "4,5 мыңнан астам тұрғын үй тексеріліп, оның\n2 800-і бағаланды.",
     [f"16000 at_least families * {NOW} KZ", f"6e+09 approx KZT * {NOW} KZ", f"4500 at_least * * {NOW} KZ",
      f"2800 exact * * {NOW} KZ"], "kk"),
    ("16 myńnan astam\notbasy birjolǵy tólem aldy, bul maqsatqa alty mıllıard teńgege jýyq\nqarjy baǵyttaldy. "
     "4,5 myńnan astam turǵyn úı tekserilip, onyń\n2 800-i baǵalandy.",
     [f"16000 at_least families * {NOW} KZ", f"6e+09 approx KZT * {NOW} KZ", f"4500 at_least * * {NOW} KZ",
      f"2800 exact * * {NOW} KZ"], "kk"),
    # negatives: a list of headlines and a menu keep their lines (only the first headline of such a run, the
    # page's title, yields its figure); lines ending like sentences stay as they are
    ("Home\nNews\nSociety\nVolunteers planted 5,000 trees in Almaty region\nDonors gave 300 litres of blood in "
     "Astana\nFloods: 1,200 families received aid\n\nOver 16,000 families have already received a payment.",
     [f"5000 exact trees trees_planted {NOW} Almaty region", f"16000 at_least families * {NOW} Almaty region"], "en"),
    ("Главная\nНовости\nОбщество\nВолонтеры высадили 5 тысяч деревьев в Алматинской области\nДоноры сдали 300 "
     "литров крови в Астане\nПаводки: 1 200 семей получили помощь\n\nБолее 16 тысяч семей уже получили выплату.",
     [f"5000 exact trees trees_planted {NOW} Almaty region", f"16000 at_least families * {NOW} Almaty region"], "ru"),
    ("Volunteers collected 5 tonnes of waste.\nThe campaign was held in Almaty.\n300 people took part.",
     [f"5 exact tonnes * {NOW} *", f"300 exact persons * {NOW} *"], "en"),
]

# A house or a building with its letter glued to the number ("located at Akkorgan, 5v.", "Абая, 12а", "5в үй", a class
# "5а класс"): an address or a label, not a count. A unit or a scale glued to an amount stays ("$12b", "5k").
HOUSE_NUMBER_LETTERS = [
    ("The volunteers visited the shelter located at Akkorgan, 5v. The shelter cares for 164 cats and 98 dogs.",
     [f"164 exact * * {NOW} KZ", f"98 exact * * {NOW} KZ"], "en"),
    ("Donations are accepted at 12a Abai Street; 300 families have received aid.",
     [f"300 exact families * {NOW} KZ"], "en"),
    ("Пункт сбора помощи работает по адресу: Абая, 12а. Уже собрано 5 тонн продуктов.",
     [f"5 exact tonnes * {NOW} KZ"], "ru"),
    ("Штаб волонтеров находится на улице Сейфуллина, 5Б, за неделю помощь получили 120 семей.",
     [f"120 exact families * {NOW} KZ"], "ru"),
    ("В 5а классе учатся 25 детей.", [f"25 exact persons * {NOW} KZ"], "ru"),
    ("Көмек Абай көшесі, 5в үйде қабылданады, 300 отбасыға көмек берілді.", [f"300 exact families * {NOW} KZ"], "kk"),
    ("Kómek Abaı kóshesi, 5v úıde qabyldanady, 300 otbasyǵa kómek berildi.", [f"300 exact families * {NOW} KZ"], "kk"),
    # negatives: a scale or a unit glued to an amount
    ("The fund raised $12b in aid.", [f"1.2e+10 exact USD * {NOW} KZ"], "en"),
    ("Volunteers raised $1.5m for the shelter.", [f"1.5e+06 exact USD * {NOW} KZ"], "en"),
]

ROUND_1_6_EN = {
    "hard_wrapped_paragraphs": HARD_WRAPPED_PARAGRAPHS,
    "house_number_letters": HOUSE_NUMBER_LETTERS,
}


@pytest.mark.parametrize(("text", "want", "lang"), [
    pytest.param(t, w, lang, id=f"{cls}:{t[:45]}") for cls, table in ROUND_1_6_EN.items() for t, w, lang in table])
def test_round_6_english_classes(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)


def _sentences(text: str) -> list[str]:
    return [s.text for s in sentences(content_lines(text)[0])]


# The lines as sentences: a wrapped paragraph becomes its sentences; menus, lists of headlines, bullet items, a
# page header and a "read also" link keep their own lines.
WRAPPED_LINES_AS_SENTENCES = [
    ("Over 16,000\nfamilies have already received a payment. About 25,000\napplications were filed so far.",
     ["Over 16,000 families have already received a payment.", "About 25,000 applications were filed so far."]),
    ("Волонтеры доставили продукты в\nсела района. Помощь получили\nболее 300 семей.",
     ["Волонтеры доставили продукты в села района.", "Помощь получили более 300 семей."]),
    ("Еріктілер азық-түлікті аудан\nауылдарына жеткізді. Көмекті 300-ден астам отбасы\nалды.",
     ["Еріктілер азық-түлікті аудан ауылдарына жеткізді.", "Көмекті 300-ден астам отбасы алды."]),
    # negatives
    ("Home\nNews\nabout us\n\nVolunteers planted 5,000 trees.", ["Volunteers planted 5,000 trees."]),
    ("Volunteers planted 5,000 trees in Almaty region\nDonors gave 300 litres of blood in Astana\n"
     "Floods: 1,200 families received aid\nNew volunteer centre opened in Shymkent\n\nThe campaign went on.",
     ["Volunteers planted 5,000 trees in Almaty region", "The campaign went on."]),  # the title of the run
    ("The results of the campaign:\n- 5,000 trees planted in\n- 300 parks cleaned.",
     ["The results of the campaign:", "- 5,000 trees planted in", "- 300 parks cleaned."]),
    ("Volunteers planted 5,000 trees in the city and the\n date 2021-09-27 Donors gave 300 litres of blood.",
     ["Volunteers planted 5,000 trees in the city and the", "Donors gave 300 litres of blood."]),
]


@pytest.mark.parametrize(("text", "want"), WRAPPED_LINES_AS_SENTENCES)
def test_wrapped_lines_as_sentences(text: str, want: list[str]) -> None:
    assert _sentences(text) == want


# A task set by someone ("set an ambitious task to plant two billion trees", "tasked the government with", "поставил
# задачу", "поручил", "міндетін қойды", "тапсырма берді") is a target, not a deed; "міндетті" (obligatory) is not.
TASKS_AS_TARGETS = [
    ("In his address, the President set an ambitious task to plant two billion trees before 2025.", True),
    ("The President tasked the government with planting 2 billion trees by 2025.", True),
    ("The ministry pledged to plant 500,000 seedlings.", True),
    ("Глава государства поставил задачу высадить 2 млрд деревьев до 2025 года.", True),
    ("Аким поручил высадить 10 тысяч деревьев.", True),
    ("Президент 2025 жылға дейін 2 млрд ағаш отырғызу міндетін қойды.", True),
    ("Prezıdent 2025 jylǵa deıin 2 mlrd aǵash otyrǵyzý mindetin qoıdy.", True),
    # negatives: deeds
    ("Volunteers planted 2 million trees last year.", False),
    ("Еріктілер 300 отбасыға міндетті түрде көмек көрсетті.", False),
    ("Волонтеры высадили 10 тысяч деревьев.", False),
]


@pytest.mark.parametrize(("text", "planned"), TASKS_AS_TARGETS)
def test_tasks_as_targets(text: str, planned: bool) -> None:
    from loaders.extract.script import read_through_cyrillic
    from loaders.extract.tense import is_planned

    assert is_planned(read_through_cyrillic(text).text.lower(), None, None) is planned

"""Round 11, Kazakh: classes of the eleventh set's Kazakh misses and false figures (a year-like number first in a list
of counted livestock, tonnes and kilograms as one weight, the abai.kz Latin alphabet with digraphs, …), each fixed by
a rule of the language and checked with variants in the other languages and scripts and with negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_11_KK: dict[str, list[tuple[str, list[str], str]]] = {}

Y2006 = "2006-01-01..2006-12-31"

# A year-like number that counts livestock ("облыс бойынша 2006 қой, 85 ешкі, 196 ірі қара, 3 түйе құрбандыққа
# шалынды", "2006 овец, 85 коз", "2006 sheep, 85 goats"): the animals are counted nouns, and a year-like number
# first in a list of counts joined by commas is a count even when its noun is unknown ("2006 қаз, 85 үйрек"). A year
# takes its own words: "2006 жылы", "2006 ж.", "В 2006 году", "In 2006 floods, …", and a list of years repeats them.
YEAR_LIKE_FIRST_IN_A_LIST = [
    ("Облыс бойынша 2006 қой, 85 ешкі, 196 ірі қара, 3 түйе құрбандыққа шалынды.",
     [f"2006 exact animals * {NOW} *", f"85 exact animals * {NOW} *", f"196 exact animals * {NOW} *",
      f"3 exact animals * {NOW} *"], "kk"),
    ("Oblys boıynsha 2006 qoı, 85 eshki, 196 iri qara, 3 túıe qurbandyqqa shalyndy.",
     [f"2006 exact animals * {NOW} *", f"85 exact animals * {NOW} *", f"196 exact animals * {NOW} *",
      f"3 exact animals * {NOW} *"], "kk"),
    ("Облыс бойынша 2006 бас мал құрбандыққа шалынды.", [f"2006 exact animals * {NOW} *"], "kk"),
    ("Облыс бойынша 2006 қаз, 85 үйрек таратылды.", [f"2006 exact * * {NOW} *", f"85 exact * * {NOW} *"], "kk"),
    ("По области в жертву принесли 2006 овец, 85 коз и 3 верблюда.",
     [f"2006 exact animals * {NOW} *", f"85 exact animals * {NOW} *", f"3 exact animals * {NOW} *"], "ru"),
    ("Волонтеры раздали 2006 гусей, 85 уток.", [f"2006 exact * * {NOW} *", f"85 exact * * {NOW} *"], "ru"),
    ("Volunteers handed out 2006 sheep, 85 goats and 3 camels.",
     [f"2006 exact animals * {NOW} *", f"85 exact animals * {NOW} *", f"3 exact animals * {NOW} *"], "en"),
    ("Volunteers handed out 2006 geese, 85 ducks.", [f"2006 exact * * {NOW} *", f"85 exact * * {NOW} *"], "en"),
    # negatives: years with their words, a list of years, a year before a scaled count
    ("2006 жылы 85 ешкі құрбандыққа шалынды.", [f"85 exact animals * {Y2006} *"], "kk"),
    ("2006 ж., 85 ешкі құрбандыққа шалынды.", [f"85 exact animals * {Y2006} *"], "kk"),
    ("2019 жылы, 2020 жылы еріктілер 5 мың ағаш отырғызды.", ["5000 exact trees * * *"], "kk"),
    ("2020 пандемия кезінде, 5 мың адам көмек алды.", [f"5000 exact persons * {NOW} *"], "kk"),
    ("В 2006 году, 85 семей получили помощь.", [f"85 exact families * {Y2006} *"], "ru"),
    ("In 2006 floods, 85 homes were lost.", [f"85 exact * * {Y2006} *"], "en"),
]
ROUND_1_11_KK["YEAR_LIKE_FIRST_IN_A_LIST"] = YEAR_LIKE_FIRST_IN_A_LIST


# A weight told in tonnes and then kilograms ("121 тонна 319 келі құрбан еті", "121 т 319 кг", "121 tonnes 319 kg") is
# one figure, 121.319 tonnes, as a distance in kilometres and metres is ("42 км 195 м"). Negatives: two weights of two
# things joined by a comma or a conjunction, and kilograms of 1000 or more after the tonnes.
TONNES_AND_KILOGRAMS = [
    ("11972 отбасы мен 11 мекемеге 105 тонна 355 келі құрбан еті үлестірілді.",
     [f"11972 exact families * {NOW} *", f"11 exact * * {NOW} *", f"105.355 exact tonnes * {NOW} *"], "kk"),
    ("10058 otbasy men 6 mekemege 121 tonna 319 keli qurban eti úlestirildi.",
     [f"10058 exact families * {NOW} *", f"6 exact * * {NOW} *", f"121.319 exact tonnes * {NOW} *"], "kk"),
    ("Мұқтаждарға 3 тонна 40 келі азық-түлік таратылды.", [f"3.04 exact tonnes * {NOW} *"], "kk"),
    ("Семьям раздали 105 тонн 355 килограммов мяса.", [f"105.355 exact tonnes * {NOW} *"], "ru"),
    ("Семьям раздали 121 т 319 кг мяса.", [f"121.319 exact tonnes * {NOW} *"], "ru"),
    ("Families received 121 tonnes 319 kg of meat.", [f"121.319 exact tonnes * {NOW} *"], "en"),
    ("The volunteers handed out 3 tons 40 kilograms of food.", [f"3.04 exact tonnes * {NOW} *"], "en"),
    ("Марафонцы пробежали 42 км 195 м.", [f"42.195 exact * * {NOW} *"], "ru"),
    # negatives: two weights of two things, kilograms of 1000 or more
    ("Собрали 5 тонн мусора и 300 кг пластика.", [f"5 exact tonnes * {NOW} *", f"0.3 exact tonnes * {NOW} *"], "ru"),
    ("Еріктілер 5 тонна қоқыс, 300 келі пластик жинады.",
     [f"5 exact tonnes * {NOW} *", f"0.3 exact tonnes * {NOW} *"], "kk"),
    ("Volunteers collected 5 tonnes 1500 kg of waste.", [f"5 exact tonnes * {NOW} *", f"1.5 exact tonnes * {NOW} *"],
     "en"),
]
ROUND_1_11_KK["TONNES_AND_KILOGRAMS"] = TONNES_AND_KILOGRAMS


# The Latin of abai.kz/lt (loaders/translit.py LATN_DIGRAPH): digraphs gh ғ, ng ң (at a word's end), sh ш; ý ү, ú ұ,
# u у, y ы and й after a vowel, i і and й after a vowel, iy и, ә kept in Cyrillic. Its ý and ú are not the 2018
# alphabet's, so it was read as 2018 ("payyzgha deyin" stayed unread, "23 nauryzda" was a figure). Negatives: the 2018
# alphabet reads as before, English with "gh" is not Kazakh.
YTD = "2025-01-01..2025-06-15"
LATIN_DIGRAPH = [
    ("Bas mýfti: «Azyq-týlik baghasyn 10 payyzgha deyin tómendetip, jenildik jasaugha ýndeymin»",
     [f"10 at_most percent * {NOW} *"], "kk"),
    ("Biyl ramazan aiy 23 nauryzda bastalady. Al sәuir aiynyng 17-nen 18-ne qaraghan týn – qasiyetti Qadir týni. "
     "21 sәuir – oraza ait merekesi.", [], "kk"),
    ("Biylghy pitir sadaqasy jan basyna 535 tenge bolyp bekitildi.", [f"535 exact KZT * {YTD} *"], "kk"),
    ("Qazaqstanda 40 myngha juyq volonter júmys isteydi.", [f"40000 approx persons * {NOW} *"], "kk"),
    ("Ónirde 7 mynnan astam erikti tirkelgen.", [f"7000 at_least persons * {NOW} *"], "kk"),
    ("Elimizding 20 payyzgha juyq túrghyny qayyrymdylyqqa qatysady.", [f"20 approx percent * {NOW} *"], "kk"),
    ("Senbilikte 300 keli qoqys jiynaldy, oghan 45 erikti qatysty.",
     [f"0.3 exact tonnes * {NOW} *", f"45 exact persons * {NOW} *"], "kk"),
    # negatives: the 2018 alphabet, English with "gh"
    ("Qazaqstanda 40 myńǵa jýyq volonter jumys isteıdi.", [f"40000 approx persons * {NOW} *"], "kk"),
    ("The higher prices in Afghanistan hit 20 percent of young families.", [f"20 exact percent * {NOW} *"], "en"),
]
ROUND_1_11_KK["LATIN_DIGRAPH"] = LATIN_DIGRAPH

# Seen on the same page, in both scripts: a per cent by which a price is cut, bounded by "дейін" ("азық-түлік бағасын
# 10 пайызға дейін төмендету", to cut prices by up to 10 %: a price is not measured in per cent), and the days after
# "<month> айының" ("сәуір айының 17-сі", "17-нен 18-не қараған түн": the night from the 17th to the 18th). Negatives:
# a share that falls to a level ("2 пайызға дейін төмендеді") is exact.
PRICE_CUT_AND_MONTH_DAYS = [
    ("Кәсіпкерлер азық-түлік бағасын 10 пайызға дейін төмендетті.", [f"10 at_most percent * {NOW} *"], "kk"),
    ("Кәсіпкерлер азық-түлік бағасын 10%-ға дейін төмендетті.", [f"10 at_most percent * {NOW} *"], "kk"),
    ("Дәріхана дәрі-дәрмек құнын 15 пайызға дейін азайтты.", [f"15 at_most percent * {NOW} *"], "kk"),
    ("Ал сәуір айының 17-нен 18-не қараған түні 300 ерікті жиналды.",
     ["300 exact persons * 2025-04-17..2025-04-18 *"], "kk"),
    ("Еріктілер сәуір айының 17-сі күні 300 ағаш отырғызды.", ["300 exact trees * 2025-04-17..2025-04-17 *"], "kk"),
    ("Eriktiler sáýir aıynyń 17-si kúni 300 aǵash otyrǵyzdy.", ["300 exact trees * 2025-04-17..2025-04-17 *"], "kk"),
    # negatives: a level reached, a count after a month in the nominative
    ("Жұмыссыздық деңгейі 2 пайызға дейін төмендеді.", [f"2 exact percent * {NOW} *"], "kk"),
    ("Донорлар саны 5 мыңға дейін өсті.", [f"5000 exact persons * {NOW} *"], "kk"),
]
ROUND_1_11_KK["PRICE_CUT_AND_MONTH_DAYS"] = PRICE_CUT_AND_MONTH_DAYS


# The copy of a page stops in the middle of its last line, right after a paragraph of the body ("…\n\nAýdanda aldyńǵy
# jyldary kommýnaldyq turǵyn úı retinde 64 azamatqa úı", no line break after it): a sentence cut off, not a subheading
# off the topic to be dropped. Negatives: the same line ended by a line break (a subheading, off the topic), after a
# label that is no sentence ("Басқа жаңалықтар": a list of headlines), and a short line.
_BODY_KK = ("Qaıyrymdy áýlettiń otanasy búginge deıin aýyldaǵy 11 az qamtamasyz etilgen otbasyǵa kómek qolyn sozyp "
            "keledi.\n\n")
_BODY_KK_CYR = ("Қайырымды әулеттің отанасы бүгінге дейін ауылдағы 11 аз қамтамасыз етілген отбасыға көмек қолын созып "
                "келеді.\n\n")
_BODY_RU = "Благотворительная семья помогает 11 малообеспеченным семьям села продуктами и одеждой уже много лет.\n\n"
_BODY_EN = ("The charitable family has been helping 11 low-income families of the village with food and clothes for "
            "years.\n\n")
CUT_LAST_LINE = [
    (_BODY_KK + "Aýdanda aldyńǵy jyldary kommýnaldyq turǵyn úı retinde 64 azamatqa úı",
     [f"11 exact families * {NOW} *", f"64 exact persons * {NOW} *"], "kk"),
    (_BODY_KK_CYR + "Ауданда алдыңғы жылдары коммуналдық тұрғын үй ретінде 64 азаматқа үй",
     [f"11 exact families * {NOW} *", f"64 exact persons * {NOW} *"], "kk"),
    (_BODY_RU + "В районе в прошлые годы коммунальное жилье получили 64 гражданина, а",
     [f"11 exact families * {NOW} *", f"64 exact persons * {NOW} *"], "ru"),
    (_BODY_RU + "В районе в прошлые годы 64 гражданам предоставили коммунальное жил",
     [f"11 exact families * {NOW} *", f"64 exact persons * {NOW} *"], "ru"),
    (_BODY_EN + "In previous years the district gave municipal housing to 64 citiz",
     [f"11 exact families * {NOW} *", f"64 exact * * {NOW} *"], "en"),
    # negatives: a subheading followed by a line break, a list of headlines after a label, a short line
    (_BODY_KK_CYR + "Ауданда алдыңғы жылдары коммуналдық тұрғын үй ретінде 64 азаматқа үй\n",
     [f"11 exact families * {NOW} *"], "kk"),
    (_BODY_KK_CYR + "Басқа жаңалықтар\nАстанада биыл 5 жаңа мектеп салынады деп жоспарлан",
     [f"11 exact families * {NOW} *"], "kk"),
    (_BODY_KK_CYR + "Сурет: 2 фото", [f"11 exact families * {NOW} *"], "kk"),
]
ROUND_1_11_KK["CUT_LAST_LINE"] = CUT_LAST_LINE


# A few places named, not counted: the possessor of something ("Joba aıasynda eki oblystyń Dostyq úıiniń
# qyzmetkerlerimen birlesip …": with the staff of the Friendship Houses of the two regions named before), the sides of
# a relation ("екі облыс арасындағы", "между двумя странами"), "the two regions". Negatives: where something happened
# or where people came from is a count ("акция екі облыста өтті", "в двух областях", "from two regions").
PLACES_NAMED_NOT_COUNTED = [
    ("Joba aıasynda eki oblystyń Dostyq úıiniń qyzmetkerlerimen birlesip «Assambleıa jastary» Beıbitshilik "
     "aralynda 200 qaraǵaı jáne basqa da aǵashtar otyrǵyzdy.", [f"200 exact * * {NOW} *"], "kk"),
    ("Жоба аясында екі облыстың Достық үйінің қызметкерлерімен бірлесіп жастар 200 қарағай отырғызды.",
     [f"200 exact * * {NOW} *"], "kk"),
    ("Екі облыстың еріктілері 200 ағаш отырғызды.", [f"200 exact trees * {NOW} *"], "kk"),
    ("Бұл жобалар екі облыс арасындағы қарым-қатынасты нығайтады.", [], "kk"),
    ("Молодежь двух областей вместе с сотрудниками Домов дружбы высадила 200 сосен.", [f"200 exact * * {NOW} *"],
     "ru"),
    ("Между двумя странами курсируют 5 поездов.", [f"5 exact * * {NOW} *"], "ru"),
    ("Young people of the two regions planted 200 pines.", [f"200 exact * * {NOW} *"], "en"),
    ("Together with the staff of the two regions' Friendship Houses, the youth planted 200 pines.",
     [f"200 exact * * {NOW} *"], "en"),
    # negatives: where it happened, where people came from
    ("Акция екі облыста өтті.", [f"2 exact regions * {NOW} *"], "kk"),
    ("Aksııa eki oblysta ótti.", [f"2 exact regions * {NOW} *"], "kk"),
    ("Акция прошла в двух областях.", [f"2 exact regions * {NOW} *"], "ru"),
    ("Из двух областей приехали 200 волонтеров.", [f"2 exact regions * {NOW} *", f"200 exact persons * {NOW} *"],
     "ru"),
    ("Volunteers came from two regions.", [f"2 exact regions * {NOW} *"], "en"),
]
ROUND_1_11_KK["PLACES_NAMED_NOT_COUNTED"] = PLACES_NAMED_NOT_COUNTED


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_11_KK.values() for row in table])
def test_round11_kk(text, expected, lang):
    _check_read(text, expected, lang)


# The digraph alphabet letter by letter, and what is detected as it (tests/test_translit.py checks the others).
DIGRAPH_WORDS = [
    ("baghasyn payyzgha deyin tómendetip jasaugha ýndeymin", "бағасын пайызға дейін төмендетіп жасауға үндеймін"),
    ("qazaqtyng myng myngha mynnan songhy salynghan keyingi tenge",
     "қазақтың мың мыңға мыңнан соңғы салынған кейінгі тенге"),
    ("biyl Biylghy jiyrma qasiyetti Aziya mýftiylerimen nәtiyjesin jiynaldy",
     "биыл Биылғы жиырма қасиетті Азия мүфтилерімен нәтижесін жиналды"),
    ("ait aiynyng Qyrkýiek әielderge úiymdastyrady qayyrymdy boyynsha sayasat juyq sәuir qauip",
     "айт айының Қыркүйек әйелдерге ұйымдастырады қайырымды бойынша саясат жуық сәуір қауіп"),
    ("ALDAGhY ÝLESINE", "АЛДАҒЫ ҮЛЕСІНЕ"),
]


@pytest.mark.parametrize("latin,cyrillic", DIGRAPH_WORDS)
def test_digraph_alphabet(latin: str, cyrillic: str) -> None:
    from loaders.translit import LATN_DIGRAPH, to_cyrillic

    out, omap = to_cyrillic(latin, LATN_DIGRAPH)
    assert out == cyrillic
    assert len(omap) == len(out) + 1 and omap[-1] == len(latin)


@pytest.mark.parametrize("text,alphabet", [
    ("Bas mýfti: «Azyq-týlik baghasyn 10 payyzgha deyin tómendetip, jenildik jasaugha ýndeymin»", "latn_digraph"),
    ("Senbi, 20 Sәuir 2024", "latn_digraph"),  # a dateline: its month with a Cyrillic ә
    ("Qazaqstanda 40 myńǵa jýyq volonter jumys isteıdi.", "latn2018"),
    ("The higher prices in Afghanistan hit 20 percent of young families.", None),
    ("Meghan and Hugh visited Almaty on Tuesday.", None),
])
def test_digraph_detection(text: str, alphabet: str | None) -> None:
    from loaders.translit import detect_alphabet

    assert detect_alphabet(text) == alphabet


def test_digraph_quote_stays_on_the_original() -> None:
    from loaders.build import process_article

    text = "Bas mýfti: «Azyq-týlik baghasyn 10 payyzgha deyin tómendetip, jenildik jasaugha ýndeymin»"
    res = process_article("a.txt", text, "0" * 64, {"published": "2025-06-15", "lang": "kk"})
    (fig,) = [f for f in res["figures"] if f["duplicate_of"] is None]
    assert fig["text"] == text[fig["start"]:fig["end"]] and fig["text"].startswith("10 payyzgha")
    assert fig["quote"] in text


def test_digraph_map_on_random_strings() -> None:
    import itertools
    import random

    from loaders.translit import LATN_DIGRAPH, to_cyrillic

    rng = random.Random(11)
    chars = "abcdeghijklmnopqrstuvwxyzáóúýәAGHNIYÝÚӘ ngghiyshch'-0123456789,.«»\n\u0301"
    for _ in range(1500):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 40)))
        out, omap = to_cyrillic(text, LATN_DIGRAPH)
        assert len(omap) == len(out) + 1 and omap[-1] == len(text)
        assert all(a <= b for a, b in itertools.pairwise(omap))

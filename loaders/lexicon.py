"""Word lists of the extractor for Russian, Kazakh and English.

Everything language-specific that is a list rather than a rule lives here, so a reviewer can extend the
vocabulary without touching the logic in loaders/extract/. Russian entries are pymorphy3 lemmas (with ё folded
to е); Kazakh entries are stems that take case/plural/possessive suffixes; English entries are singulars.
"""

from __future__ import annotations

import re

# --- Kazakh morphology ------------------------------------------------------------------------------

KK_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

# Case, plural and possessive endings that may follow a Kazakh stem (longest first when matching).
KK_SUFFIXES = sorted(
    {
        "", "а", "е", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті", "н", "ның",
        "нің", "дың", "дің", "тың", "тің", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан",
        "тен", "нан", "нен", "мен", "бен", "пен", "ы", "і", "сы", "сі", "лар", "лер", "дар", "дер", "тар",
        "тер", "лары", "лері", "дары", "дері", "тары", "тері", "ларға", "лерге", "дарға", "дерге",
        "тарға", "терге", "ларды", "лерді", "дарды", "дерді", "тарды", "терді", "лардың", "лердің",
        "дардың", "дердің", "тардың", "тердің", "ларда", "лерде", "дарда", "дерде", "тарда", "терде",
        "лардан", "лерден", "дардан", "дерден", "тардан", "терден", "ларын", "лерін", "дарын", "дерін",
        "тарын", "терін", "ымен", "імен", "сымен", "сімен", "ына", "іне", "сына", "сіне", "ын", "ін",
        "сын", "сін", "ында", "інде", "сында", "сінде", "ынан", "інен", "сынан", "сінен", "ының", "інің",
        "сының", "сінің", "ғы", "гі", "ларының", "лерінің", "дарының", "дерінің", "тарының",
        "терінің", "ларына", "леріне", "дарына", "деріне", "тарына", "теріне",
        # as Kazakh typed in plain Latin reads once transliterated: ғ typed g, ң typed n ("otbasyga" отбасыга,
        # "donorlardyn" донорлардын); Cyrillic Kazakh never writes these, so they add no other reading
        "га", "ларга", "дарга", "тарга", "нын", "дын", "тын", "лардын", "дардын", "тардын", "ынын", "сынын", "гы",
    },
    key=len,
    reverse=True,
)

# Endings a Kazakh number word may carry: none, ablative, dative, approximating and locative. Others
# (possessive "үшін" = "for", "онда" = "there") turn the stem into another word.
KK_NUM_ENDINGS = sorted({"", "дан", "ден", "тан", "тен", "нан", "нен", "ға", "ге", "қа", "ке", "а", "е",
                         "дай", "дей", "тай", "тей", "ай", "ей", "шақты", "нға", "нге",
                         "ның", "нің", "дың", "дің", "тың", "тің"}, key=len, reverse=True)
# Genitive endings: "150 мыңның шамасында" (about 150 thousand).
KK_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")

# Ablative endings (-ден/-дан/...) which, followed by "астам"/"аса"/"артық", mean "more than".
KK_ABLATIVE = ("дан", "ден", "тан", "тен", "нан", "нен")
# Dative endings (-ға/-ге/...) which, followed by "жуық"/"таяу", mean "about".
KK_DATIVE = ("ға", "ге", "қа", "ке", "на", "не", "а", "е")
# Approximating endings: "100-дей адам" is "about 100 people".
# "-шақты" glued to a number is "about" too: "оншақты ұйым" (about ten organisations), "жиырмашақты ерікті",
# "мыңшақты адам"; the ending does not follow the vowels of the number ("елушақты", "жүзшақты").
KK_APPROX_SUFFIXES = ("дай", "дей", "тай", "тей", "ай", "ей", "шақты")
KK_INVARIANT_ENDINGS = ("шақты",)

# Kazakh number stems. "бір" (one) is only a number when coordinated or scaled (see loaders/extract/exclusions/one.py).
KK_NUMBERS: dict[str, float] = {
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9,
    "он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80,
    "тоқсан": 90, "жүз": 100,
}
KK_SCALES: dict[str, float] = {"мың": 1e3, "миллион": 1e6, "миллиард": 1e9, "триллион": 1e12,
                               "млн": 1e6, "млрд": 1e9, "трлн": 1e12,
                               # spellings of regional sites: "8 жарым миллонға жуық", "2 милион", "1 милиард"
                               "миллон": 1e6, "милион": 1e6, "милиард": 1e9, "миллярд": 1e9,
                               # "142,5 млд теңге", "18,6 млдд" (a regional site's abbreviation of миллиард)
                               "млд": 1e9, "млдд": 1e9,
                               # "4 милрд теңге" (an abbreviation typed with the "и" of "миллиард")
                               "милрд": 1e9, "млдр": 1e9,  # ("53,5 mldr teńge": the letters typed out of order)
                               # a Latin page written with a plain "i" ("4 milliard gektar", "12 million tenge") reads
                               # through Cyrillic with the Kazakh "і" of its own words
                               "милліон": 1e6, "милліард": 1e9, "трилліон": 1e12}

# --- Russian numbers -------------------------------------------------------------------------------

RU_NUMBER_LEMMAS: dict[str, float] = {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200,
    "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700,
    "восемьсот": 800, "девятьсот": 900, "полтора": 1.5,
}
# "десяток" counts tens: "более трех десятков пунктов" (30), "два десятка волонтеров", "более десятка" (10);
# "сотня" hundreds: "более сотни волонтеров" (100), "двух сотен" (200); bare "сотни семей" is "hundreds".
RU_SCALE_LEMMAS: dict[str, float] = {"десяток": 10, "сотня": 100, "тысяча": 1e3, "миллион": 1e6, "миллиард": 1e9,
                                     "триллион": 1e12}
RU_SCALE_ABBR: dict[str, float] = {"тыс": 1e3, "млн": 1e6, "млрд": 1e9, "трлн": 1e12, "тысч": 1e3, "млд": 1e9,
                                   "милрд": 1e9, "млдр": 1e9}
# "полмиллиона", "полумиллиона", "полтысячи": half of a scale in one word.
RU_HALF_PREFIXES = ("полу", "пол")

# --- English numbers -------------------------------------------------------------------------------

EN_NUMBERS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
EN_SCALES: dict[str, float] = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                               "mln": 1e6, "bn": 1e9, "mn": 1e6, "dozen": 12,
                               # Kazinform and Trend write "bln/trln" ("2.7 bln tenge", "KZT 1.2 trln")
                               "bln": 1e9, "trln": 1e12, "tln": 1e12,  # (and "KZT1.5tln" glued)
                               # typed without a letter: "KZT 8.5 millon" (set 45)
                               "millon": 1e6, "milion": 1e6, "bilion": 1e9,
                               # agricultural agencies abbreviate "thousand" so: "514 thsd tonnes" (APK-Inform)
                               "thsd": 1e3, "thsnd": 1e3,
                               # English translated from Russian keeps its scale words: "KZT 4,1 milliard", "Over 988
                               # thou Kazakhstanis" (set 57)
                               "milliard": 1e9, "milliards": 1e9, "thou": 1e3,
                               # and its plural after a number ("sold for 112 millions tenge"), "KZT2.7trl"
                               "millions": 1e6, "billions": 1e9, "thousands": 1e3, "trl": 1e12}
EN_MULTIPLIER_WORDS: dict[str, float] = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "twice": 2, "double": 2, "doubled": 2, "tripled": 3,
    "quadrupled": 4,
    # the participle of a change ("over 400,000 visitors …, nearly doubling the number from two years prior")
    "doubling": 2, "tripling": 3, "quadrupling": 4,
}
# "-fold" written apart or joined to any number word up to twenty: "eleven-fold", "twelvefold", "two-fold" (set 122)
_EN_FOLD_BASES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                  "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                  "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
EN_MULTIPLIER_WORDS.update({f"{word}{joint}fold": n for word, n in _EN_FOLD_BASES.items() for joint in ("", "-")})

RU_MULTIPLIER_WORDS: dict[str, float] = {"вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5, "вшестеро": 6,
                                         "всемеро": 7, "вдесятеро": 10,
                                         # the verbs, as English "doubled", "tripled": "количество удвоилось"
                                         "удвоилось": 2, "удвоился": 2, "удвоилась": 2, "удвоились": 2,
                                         "утроилось": 3, "утроился": 3, "утроилась": 3, "утроились": 3,
                                         # adverbs in -кратно: "объемы зарыбления выросли пятикратно"
                                         "двукратно": 2, "трехкратно": 3, "троекратно": 3, "четырехкратно": 4,
                                         "пятикратно": 5, "шестикратно": 6, "семикратно": 7, "восьмикратно": 8,
                                         "девятикратно": 9, "десятикратно": 10}

# --- Qualifiers ------------------------------------------------------------------------------------
# Phrases that stand right before the number (after lower-casing and ё→е). Longest first at match time.
QUALIFIERS_BEFORE: dict[str, str] = {
    # Russian
    "более чем": "at_least", "более": "at_least", "больше": "at_least", "свыше": "at_least",
    "не менее": "at_least", "не меньше": "at_least", "как минимум": "at_least", "минимум": "at_least",
    # distances: "разводить костры нужно не ближе 50 метров" (at least 50 m away), "не дальше 5 км" (at most)
    "не ближе": "at_least", "не ближе чем": "at_least", "не дальше": "at_most", "не далее": "at_most",
    "не дальше чем": "at_most", "не далее чем": "at_most",
    "по меньшей мере": "at_least", "по крайней мере": "at_least", "превысило": "at_least",
    "превысил": "at_least", "превысила": "at_least", "превысили": "at_least", "превышает": "at_least",
    "превышают": "at_least", "перевалило за": "at_least", "сверх": "at_least",
    "превышало": "at_least", "превышал": "at_least", "превышала": "at_least", "превышали": "at_least",
    # the sister forms of the same verbs, future and past ("перевалит за 413 миллионов", "превысит 5 тысяч")
    "перевалит за": "at_least", "перевалят за": "at_least", "перевалил за": "at_least", "перевалила за": "at_least",
    "перевалили за": "at_least", "перевалить за": "at_least", "превысит": "at_least", "превысят": "at_least",
    # the infinitive after a modal or a plan: "сбор впервые может превысить 650 тыс. тонн", "планируется превысить"
    "превысить": "at_least", "превышать": "at_least",
    # a milestone passed: "перешагнуло отметку в 200 тысяч", "преодолели рубеж в 100 тысяч"
    "перешагнуло отметку в": "at_least", "перешагнул отметку в": "at_least", "перешагнула отметку в": "at_least",
    "перешагнули отметку в": "at_least", "преодолело отметку в": "at_least", "преодолел отметку в": "at_least",
    "преодолела отметку в": "at_least", "преодолели отметку в": "at_least", "превысило отметку в": "at_least",
    "превысил отметку в": "at_least", "превысила отметку в": "at_least", "превысили отметку в": "at_least",
    "перешагнуло рубеж в": "at_least", "перешагнули рубеж в": "at_least", "преодолело рубеж в": "at_least",
    "преодолели рубеж в": "at_least",
    # the same milestones ahead: "впервые превысит отметку в 1 трлн тенге", "перешагнет рубеж в 100 тысяч"
    "превысит отметку в": "at_least", "превысят отметку в": "at_least", "перешагнет отметку в": "at_least",
    "перешагнёт отметку в": "at_least", "превысит рубеж в": "at_least", "перешагнет рубеж в": "at_least",
    "перешагнёт рубеж в": "at_least",
    "до": "at_most", "не более": "at_most", "не больше": "at_most", "менее": "at_most",
    "меньше": "at_most", "максимум": "at_most", "не свыше": "at_most",
    # "в пределах двух тысяч семьсот гостей", "в пределах 5 млн тенге": within, the figure a ceiling
    "в пределах": "at_most",
    "около": "approx", "порядка": "approx", "примерно": "approx", "приблизительно": "approx",
    "ориентировочно": "approx", "где-то": "approx", "приблизительно в": "approx",
    "почти": "almost", "практически": "almost", "без малого": "almost", "чуть менее": "almost",
    "чуть меньше": "almost", "немногим менее": "almost", "немногим меньше": "almost", "почти что": "almost",
    "едва ли не": "almost",
    "чуть более": "at_least", "чуть больше": "at_least", "немногим более": "at_least", "немногим больше": "at_least",
    "больше чем": "at_least", "свыше чем": "at_least", "менее чем": "at_most", "меньше чем": "at_most",
    "не выше": "at_most", "не ниже": "at_least", "как максимум": "at_most", "что-то около": "approx",
    # "износ выше 90 процентов", "температура ниже 5 градусов": above, below (as English "above", "below")
    "выше": "at_least", "ниже": "at_most",
    "где-то около": "approx", "примерно около": "approx",
    # "в среднем 300" states a mean, exact (the blind gold of sets 36–42 writes Russian and English averages exact,
    # and so do the later golds of the Kazakh "орта есеппен 449,4 мың отбасы", "орта есеппен 6%-ға": a mean is a
    # stated value, in every language, not an estimate); "в среднем около" is about
    "в среднем около": "approx", "в среднем порядка": "approx",
    # Kazakh
    "шамамен": "approx", "шамасы": "approx", "кем дегенде": "at_least", "кемінде": "at_least",
    "ең көбі": "at_most", "ең көп дегенде": "at_most", "ең аз дегенде": "at_least",
    "ең кемі": "at_least", "ең кем дегенде": "at_least", "ең азы": "at_least",  # "ең кемі 760 көшет": at least
    "жуық": "approx", "астам": "at_least",
    # English
    "more than": "at_least", "over": "at_least", "at least": "at_least", "above": "at_least",
    "in excess of": "at_least", "upwards of": "at_least", "no fewer than": "at_least", "north of": "at_least",
    "south of": "at_most",  # "north of KZT 500 million": more than (not a place: a number follows)
    "no less than": "at_least", "exceeded": "at_least", "exceeds": "at_least", "surpassed": "at_least",
    "exceed": "at_least", "surpass": "at_least", "surpasses": "at_least",  # "will exceed 400 million"
    "topped": "at_least", "crossed": "at_least", "crossed the": "at_least", "passed the": "at_least",
    "surpassed the": "at_least", "exceeded the": "at_least", "topped the": "at_least",
    "up to": "at_most", "less than": "at_most", "fewer than": "at_most",
    # "than" typed as "then", a frequent slip ("the program has provided more then $250 MM")
    "more then": "at_least", "less then": "at_most",
    # "as many as 8,500 children", "as much as 2 billion tenge": the top of what is expected, like "up to" (not a
    # comparison: "twice as many as 500", see qualifiers._COMPARED_MULTIPLE)
    "as many as": "at_most", "as much as": "at_most",
    "at most": "at_most", "no more than": "at_most", "under": "at_most", "below": "at_most",
    "no closer than": "at_least", "no nearer than": "at_least", "no further than": "at_most",
    "no farther than": "at_most",
    "a maximum of": "at_most", "maximum of": "at_most", "a minimum of": "at_least", "minimum of": "at_least",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "some": "approx", "circa": "approx", "an estimated": "approx", "estimated": "approx",
    "on average about": "approx", "an average of about": "approx", "on average around": "approx",
    "nearly": "almost", "almost": "almost", "close to": "almost", "just under": "almost",
    # a headline's short "near 50% drop in ambulance calls" (a place is near a name, not a number)
    "near": "almost",
    # (a closed round of variants of the same bounds, so that a new page's wording is read as its sister's is)
    "not quite": "almost", "just shy of": "almost", "shy of": "almost", "close on": "almost",
    "close upon": "almost", "close upon to": "almost", "a little under": "almost", "upward of": "at_least",
    "an approximate": "approx", "exceeding": "at_least", "not less than": "at_least", "not more than": "at_most",
    # "the Internet connection is not higher than 4 Mbps", "no higher than", "not lower than"
    "not higher than": "at_most", "no higher than": "at_most", "not lower than": "at_least",
    "no lower than": "at_least", "not above": "at_most", "not below": "at_least", "not exceeding": "at_most",
    "~": "approx",
    # "approx 300 trees", "(approx. $2,652,100)": the abbreviation of "approximately" (its dot: qualifiers.py)
    "approx": "approx",
    # "on approximate area of 8 hectares", "an approximate number of 300": the adjective before the measure's noun
    "approximate area of": "approx", "an approximate area of": "approx", "approximate number of": "approx",
    "an approximate number of": "approx", "approximate amount of": "approx", "an approximate amount of": "approx",
    "approximate total of": "approx", "an approximate total of": "approx",
}
# A level come close to, not reached: "бюджет приблизился к отметке в 895 миллиардов тенге", "вплотную приблизилась к
# 900", "approached 900", "neared the 900 mark".
QUALIFIERS_BEFORE.update({f"{adv}{verb} {tail}": "almost" for adv in ("", "вплотную ")
                          for verb in ("приблизился", "приблизилась", "приблизилось", "приблизились")
                          for tail in ("к", "к отметке в", "к отметке", "к уровню в", "к рубежу в")})
QUALIFIERS_BEFORE.update({"approached": "almost", "neared": "almost", "approaching": "almost",
                          "nearing": "almost", "nears": "almost", "approaches": "almost"})
# (and the present: "приближается к 17 миллионам", "Kazakhstan population nears 17mln", "approaches 900")
QUALIFIERS_BEFORE.update({f"{verb} {tail}": "almost"
                          for verb in ("приближается", "приближаются", "приблизится", "приблизятся")
                          for tail in ("к", "к отметке в", "к отметке", "к уровню в", "к рубежу в")})
# A negated "exceed" is a ceiling, at most: "не превышает 2 тонн", "не превысило и ста тысяч" (the emphatic "и":
# not even), "does not exceed two tonnes", "did not exceed"; the bare verb stays at least ("превышает 2 тонны").
_RU_EXCEED_FORMS = ("превышает", "превышают", "превышал", "превышала", "превышало", "превышали", "превысил",
                    "превысила", "превысило", "превысили", "превысит", "превысят", "превысить", "превышать")
QUALIFIERS_BEFORE.update({f"не {verb}{even}": "at_most" for verb in _RU_EXCEED_FORMS for even in ("", " и")})
# A ceiling set by a rule, the modal "must not / cannot exceed": "стоимость не должна превышать 30 тысяч", "не
# может превышать", "не должны превысить", "must not exceed", "should not exceed", "cannot exceed" (Kazakh "30 мыңнан
# аспауы тиіс / аспауға тиіс" is read after the number, KK_AFTER_ABLATIVE).
_RU_MUST_NOT = ("должен", "должна", "должно", "должны", "может", "могут", "будет", "будут", "следует")
QUALIFIERS_BEFORE.update({f"не {modal} {verb}": "at_most" for modal in _RU_MUST_NOT
                          for verb in ("превышать", "превысить")})
QUALIFIERS_BEFORE.update({f"{modal} {verb}": "at_most" for modal in (
    "must not", "should not", "shall not", "may not", "cannot", "can not", "can't", "mustn't", "shouldn't")
    for verb in ("exceed", "be more than", "be higher than", "be over")})
# A price or a sum that starts at a number ("цены начинаются от 8 тысяч тенге", "prices start at 8,000 tenge",
# "starting from 8,000 tenge"): its low end (Kazakh "8 мыңнан басталады" is read after the number, KK_AFTER_ABLATIVE).
QUALIFIERS_BEFORE.update({phrase: "at_least" for phrase in (
    "начинаются от", "начинается от", "начинаются с", "начинается с", "стартуют от", "стартует от",
    "start at", "starts at", "starting at", "start from", "starts from", "starting from",
    # a price named from its low end ("гостевые дома стоимостью от 5 тыс. тенге в сутки", "по цене от 300 тенге",
    # "prices from 5,000 tenge")
    "стоимостью от", "стоимость от", "стоимости от", "ценой от", "цена от", "цены от", "по цене от", "по ценам от",
    "prices from", "price from", "costing from", "costs from")})
QUALIFIERS_BEFORE.update({phrase: "at_most" for phrase in (
    "does not exceed", "do not exceed", "did not exceed", "will not exceed", "not exceeding", "not to exceed",
    "not exceed", "never exceeded", "not more than")})
# Words that may stand between a qualifier and the number without changing it ("более чем", "уже").
QUALIFIER_GAP_WORDS = {"уже", "чем", "же", "всего", "ещё", "еще", "already", "than", "just", "a", "an",
                       "составляет", "составило", "составила", "составили", "достигло", "достигла",
                       "достиг", "достигает", "достигли", "насчитывает", "насчитывается"}
# Phrases right after the number+scale (Russian/English) that bound it.
QUALIFIERS_AFTER: dict[str, str] = {
    "с лишним": "at_least", "с небольшим": "at_least", "и более": "at_least", "и больше": "at_least",
    "или более": "at_least", "и выше": "at_least", "or more": "at_least", "and more": "at_least",
    "plus": "at_least",
    # a remainder too small to tell, like "с лишним": "102 миллиона с копейками", "с хвостиком", "с гаком",
    # "$102 million and change"
    "с копейками": "at_least", "с хвостиком": "at_least", "с гаком": "at_least", "and change": "at_least",
}
# Phrases after the number or after its measure word that open the range upwards or downwards: "500 milliliters
# or more", "18 лет и старше" is an age (excluded elsewhere), "100 адам және одан да көп".
OPEN_BOUNDS_AFTER: dict[str, str] = {
    "or more": "at_least", "and more": "at_least", "or above": "at_least", "and above": "at_least",
    "or over": "at_least", "and over": "at_least", "or higher": "at_least", "and higher": "at_least",
    "и более": "at_least", "и больше": "at_least", "или более": "at_least", "или больше": "at_least",
    "и выше": "at_least", "и свыше": "at_least", "и более того": "at_least",
    # after the measure too ("102 миллиона тенге с копейками"); not "с лишним/с небольшим", which after a noun
    # describe it ("с лишним весом", "с небольшим доходом")
    "с копейками": "at_least", "с хвостиком": "at_least", "с гаком": "at_least",
    "және одан да көп": "at_least", "және одан көп": "at_least", "немесе одан да көп": "at_least",
    "одан да көп": "at_least", "және одан астам": "at_least", "және одан жоғары": "at_least",
    "және одан артық": "at_least", "және одан да артық": "at_least",
    "or less": "at_most", "or fewer": "at_most", "and less": "at_most", "and fewer": "at_most",
    "и менее": "at_most", "и меньше": "at_most", "или менее": "at_most", "или меньше": "at_most",
    "и ниже": "at_most", "және одан аз": "at_most", "немесе одан аз": "at_most",
}
# Russian case endings written after digits ("5-ти тысяч", "400-сот тысяч", "80-ти", "2-х тысяч"): a cardinal
# in an oblique case, not an ordinal. The ambiguous ones ("2-х", "90-х годов") are cardinals only before a scale.
RU_CARDINAL_SUFFIXES = frozenset({"ти", "сот", "ста", "стам", "стах", "стами", "ью", "мя", "ех", "ёх", "ух",
                                  "ьми", "тью", "ум", "ем", "ём"})
RU_AMBIGUOUS_SUFFIXES = frozenset({"х", "ми", "и", "ю", "м", "та"})  # ("390-та тысяч": девяноста, before a scale)
# Words after "per/на/на каждые/әр" that make the number a rate's denominator ("12 donors per 1,000 population",
# "40 доноров на 1000 жителей", "1000 тұрғынға шаққанда").
DENOMINATOR_WORDS_RE = re.compile(
    r"^(population|people|inhabitants|residents|persons|capita|населени|жител|человек|граждан|тұрғын|адам|"
    r"халық|халқ|"
    # a rate among a group: "around 30 per 1000 girls aged 15-19", "на 1000 женщин", "1000 әйелге шаққанда"
    r"girls|women|men|births|newborns|children|девуш|девоч|женщин|мужчин|родов|рождени|"
    r"новорожд|детей|әйел|қыз|ер\b|бала|нәресте|"
    # the infant mortality rate's base: "на 1000 родившихся (живыми)", "per 1,000 live births", "1000 тірі туылған"
    r"родивш|живорожд|live\b|тірі\b|туылған)")
# Kazakh words after an ablative number: "2 500-ден астам" (more than 2,500), "100-ден кем" (under 100).
KK_AFTER_ABLATIVE = {"астам": "at_least", "аса": "at_least", "асып": "at_least", "асты": "at_least",
                     "асады": "at_least", "асатын": "at_least", "асқан": "at_least", "астамы": "at_least",
                     # "астам" with its possessive and a case: "оның 14 мыңнан астамына жәрдем тағайындалған" (to more
                     # than 14,000 of them), "астамын", "астамында", "астамынан"
                     "астамына": "at_least", "астамын": "at_least", "астамында": "at_least", "астамынан": "at_least",
                     # other forms of "асу" (to exceed): "50 мың адамнан асуы мүмкін" (may exceed 50,000),
                     # "саны 100-ден асуда" (is exceeding), "асыпты", "асар", "асса"
                     "асуы": "at_least", "асуда": "at_least", "асыпты": "at_least", "асар": "at_least",
                     "асса": "at_least",
                     "артығы": "at_least",
                     "артық": "at_least", "көп": "at_least", "кем": "at_most", "аз": "at_most",
                     "азы": "at_most",  # "10 пайыздан азы": under 10 per cent (as "астамы" is over)
                     # "10 пайыздан көбі": more than 10 per cent (typed without its ө: "10 paiyzdan kobi")
                     "көбі": "at_least", "кемі": "at_most", "кобі": "at_least", "коп": "at_least",
                     # "2 тоннадан аспайды" (does not exceed two tonnes): the negated "асу" is a ceiling
                     "аспайды": "at_most", "аспады": "at_most", "аспаған": "at_most", "аспайтын": "at_most",
                     "аспауы": "at_most", "аспай": "at_most", "аспауға": "at_most", "аспасын": "at_most",
                     # a price that starts at a sum: "спорттық костюм 8 мыңнан басталып, … 13 мың теңгеге дейін",
                     # "бағасы 5 мың теңгеден басталады", "100 мыңнан бастап" (from 8,000 on: its low end)
                     "басталады": "at_least", "басталып": "at_least", "басталатын": "at_least",
                     "басталды": "at_least", "бастап": "at_least",
                     # "400 келіден жоғары азық-түлік" (above 400 kg: more than), "5 мыңнан төмен" (below: under)
                     "жоғары": "at_least", "төмен": "at_most"}
# "дейінгі / шейінгі" make "up to" an adjective: "1 млн теңгеге дейінгі грант" (a grant of up to 1 million).
# ("жуы": "жуық" cut off by the copy at the page's end: "екінші қабатта да 100-ге жуы")
# Words that make a "pre-" adjective with "дейінгі" and count nothing: "мектепке дейінгі бала" (a preschool child),
# "соғысқа дейінгі" (pre-war), "туғанға дейінгі" (prenatal), "жоғары оқу орнына дейінгі" (pre-university). After a
# number the noun that follows them is counted: "84,6 мың мектепке дейінгі балаға" = 84,600 preschool children.
KK_BEFORE_ADJECTIVES = frozenset({"мектепке", "соғысқа", "туғанға", "босануға", "операцияға", "сайлауға",
                                  "мектепка", "mektepke"})
KK_AFTER_DATIVE = {"жуық": "approx", "жуы": "approx", "таяу": "approx", "дейін": "at_most", "шейін": "at_most",
                   "дейінгі": "at_most", "шейінгі": "at_most",
                   "жуығы": "approx", "тарта": "approx",
                   # "жуығы" in its cases: "84 пайызға жуығының ата-аналары тірі", "500-ге жуығына көмек берілді"
                   "жуығының": "approx", "жуығын": "approx", "жуығына": "approx", "жуығынан": "approx",
                   "жуығында": "approx",
                   # "400-ге жақын бала" (near 400), a sister of "жуық"
                   "жақын": "approx",
                   # "25 млрд теңгеге жуықтайтын" (approaching 25 bn): the verb of "жуық", about as "-ге жуық" is
                   # (scoring.md; set 39's blind gold); until 1.46 the finite forms read "almost"
                   "жуықтайды": "approx", "жуықтады": "approx", "жуықтайтын": "approx", "жуықтаған": "approx",
                   "жуықтап": "approx",
                   # "200 мыңға таяды", "100%-ға таяды" (is nearing 200 thousand, 100%): still short of it, almost
                   # (the blind golds of two sets); the adverb "таяу" stays about
                   "таяды": "almost", "таяйды": "almost", "таяп": "almost", "таяған": "almost",
                   # "10 мыңға жетпейді" (does not reach 10,000): under it ("10 мыңға да жетпейді", not even, in
                   # loaders/extract/qualifiers.py)
                   "жетпейді": "at_most", "жетпеді": "at_most", "жетпейтін": "at_most", "жетпеген": "at_most"}
# "жуық / тарта / таяу" take the dative ("140-қа жуық"), but outlets drop the ending after digits: "140 жуық
# жанұяға", "200 тарта жанұяны" (Latin "140 jýyq") still say about.
KK_AFTER_PLAIN = {"шақты": "approx", "шамасында": "approx", "шамасы": "approx", "мөлшерінде": "approx",
                  "жуық": "approx", "тарта": "approx", "таяу": "approx", "жуығы": "approx",
                  "астам": "at_least", "аса": "at_least", "артық": "at_least"}

# --- Things that make a number not a figure --------------------------------------------------------

MONTHS_RU = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
MONTH_RE_RU = (r"(январ[ьяюе]|феврал[ьяюе]|марта?|марте|апрел[ьяюе]|ма[йяюе]|июн[ьяюе]|июл[ьяюе]|"
               r"августа?|августе|сентябр[ьяюе]|октябр[ьяюе]|ноябр[ьяюе]|декабр[ьяюе])")
MONTHS_KK = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7, "тамыз": 8,
    "қыркүйек": 9, "қыркүйег": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}
MONTH_RE_KK = r"(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйе[кг]|қазан(?!ды[қғ])|қараша|желтоқсан)\w*"
# "Маусым" is June and a season: with a possessive ending ("2 маусымы", "3 маусымында", "маусымдары") it is seasons.
KK_SEASONS = re.compile(r"маусым(?:ы|ын|дар)\w*$")
MONTHS_EN = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3,
    "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_RE_EN = (r"(january|february|march|april|may|june|july|august|september|october|november|december|"
               r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?")
# Substrings that every month word of MONTH_RE_RU / _KK / _EN contains, for cheap "may this text name a month"
# tests before the regular expressions (lower-case text; tests/test_text.py checks they cover every form).
MONTH_STEMS_RU = ("январ", "феврал", "март", "апрел", "май", "мая", "маю", "мае", "июн", "июл", "август",
                  "сентябр", "октябр", "ноябр", "декабр")
MONTH_STEMS_KK = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйе", "қазан",
                  "қараша", "желтоқсан")
MONTH_STEMS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

# Tokens after a number that make it a year, an age, a duration, a time or a rank, not a count.
YEAR_WORDS_RE = re.compile(r"^(год|года|году|годом|годе|годы|годов|годах|годам|г|гг|жыл(?!қы|жы)\w*|year|years|yr)$")
AGE_OR_DURATION_RE = re.compile(
    r"^(лет|года|год|годами|годам|годах|летний|летняя|летних|летнего|"  # ("с прежними двумя годами": two years)
    r"лети[еяю]|летием|"  # an anniversary spelt apart from its number: "в честь 30 летия Независимости"
    r"месяц\w*|недел\w*|дн\w*|день|минут\w*|секунд\w*|"
    r"час(?:а|ы|у|ом|е|ам|ами|ах|ов\w*)?|"  # hours, "24-часовой"; not "частных", "частей"
    r"сутки|суток|суткам|сутками|"  # "трое суток", "3 суток": a duration
    r"тәулік\w*|"  # Kazakh 24-hour days: "1 тәуліктен аса", "2 тәулік бойы": a duration
    # (not the words that only begin like "жас": "жасанды" artificial, "жасыл" green, "жасөспірім" teenager, "жасақ"
    # squad, "жасау/жасалған/жасады/жасайды" to make, "жастар" the youth)
    # (nor "күндізгі" daytime, "күнделікті" daily, adjectives of a thing: "80 күндізгі болу орталығы"; nor "күнбағыс"
    # sunflower, "күнтізбе" calendar)
    # (nor the words of warmth that begin like "жыл": "жылу" heat, "жылуға қосылған" connected to heating, "жылыту",
    # "жылыжай" greenhouse), nor "жылжымалы" mobile ("25 жылжымалы егу бекеті"), "жылжу" moving, nor "жылқы" horses
    # ("80 жылқы тасқын судың ортасында қалған")
    r"жас(?!анды|ыл|өспір|ақ|ау|ал|ад|ай|тар)\w*|жыл(?!у|ыт|ыжай|жы|қы)\w*|ай|айда|айдың|айға|айдан|айлық|айында|айдағы|апта\w*|күн(?!дізгі|делікті|бағыс|тізбе)\w*|сағат\w*|минут|years?|months?|weeks?|days?|"
    r"hours?|minutes?|yrs?|"
    r"nights?|ночь|ночи|ночей|ночам|ночами|түн|түнге|түннен|түн бойы|"  # a stay: "two nights in a hotel", "3 ночи"
    r"decades?|десятилети[еяйюиям]\w*|онжылдық\w*|"  # "over the past three decades": a span of ten years
    r"seconds?|years?-old(?:['’]s)?)$"  # "the 59 year-old's last delivery"
)
# Ordinal endings written after a hyphen: "75-й", "3-го", "10-ші", "21st".
ORDINAL_SUFFIX_RE = re.compile(r"^(й|го|му|м|ой|ый|ая|ое|ые|ых|ым|ом|ю|я|е|х|ми|ші|шы|інші|ыншы|нші|ншы|"
                               r"st|nd|rd|th)$")
# Words before a number that make it a label or a rank: "№ 18", "горбольницы 18", "номер 5".
LABEL_BEFORE = {"№", "#", "номер", "нөмір", "no", "number", "дом", "корпус", "кабинет", "палата",
                "школа", "школы", "лицей", "гимназия", "статья", "статьи", "статьей", "пункт", "п",
                "ст", "бап", "article", "item", "page", "стр", "страница", "раздел", "глава", "version",
                "версия", "сессии", "сессия", "созыва", "фото", "сурет", "photo", "grade", "grades",
                # a numbered step, paragraph or section of a plan or a law: "As part of step 87", "шаг 87", "в статье
                # 5", "paragraph 12 of the plan"
                "step", "шаг", "шага", "шаге", "статье", "пункта", "пункте", "paragraph", "section", "chapter",
                "clause", "параграф", "параграфа", "параграфе", "разделе", "главе", "пункту", "пунктом", "статью",
                # a verse or a chapter of a scripture: "verse 28 of Surah Al-Hajj", "аят 28", "сура 22"
                "verse", "verses", "аят", "аята", "аяте", "сура", "суры", "суре", "surah", "sura",
                # a thing called by its number: "поезд под номером 59", "за номером 12", "нөмірімен 5", "numbered 7"
                "номером", "нөмірімен", "нөмірлі", "numbered",
                # articles of a code in a list: "Articles 128 and 133 … of the Criminal Code", "статьями 128 и 133"
                "articles", "статьями", "статей", "статьях", "баптары", "баптарында", "баптарымен"}
# Words shortly before a short number that make it a phone number ("по номеру 1406", "hotline … or 1414",
# "Call-центр: 109"), when no counted noun follows it.
PHONE_WORDS_RE = re.compile(r"^(телефон\w*|тел|номер\w*|нөмір\w*|линия|линии|линию|желі\w*|колл-центр\w*|"
                            r"call-центр\w*|call-center\w*|call|hotline|helpline|phone|байланыс(?!ты$)\w*|связ\w*|"
                            r"text|sms|смс)$")
# Words of an address before a number ("ул. Утепова, 1", "здание 25", "Төле би көшесі, 37") or right after it
# ("14 микрорайон", "37 мекенжайында").
ADDRESS_BEFORE = {"ул", "улица", "улице", "улицы", "пр", "пр-т", "проспект", "проспекте", "мкр", "микрорайон",
                  "микрорайоне", "здание", "зд", "дом", "д", "корпус", "корп", "кв", "көшесі", "көше", "даңғылы",
                  "даңғыл", "ықшамаудан", "ықшамауданы", "үй", "street", "st", "avenue", "ave", "building",
                  "микрорайона", "адресу", "мекенжайы", "мекенжай",
                  # a quarter, a lane, a boulevard: "Ақсүмбе орамы, 1 үйде", "пер. Школьный, 4", "Нұрсұлтан Назарбаев
                  # бульвары, 12" (English names them after the house number: "12 Kunaev Lane")
                  "орам", "орамы", "переулок", "пер", "бульвар", "бульвары", "тұйық", "тұйығы",
                  # a building on an industrial site or a road: "трасса Уральск – Желаево, строение 22"
                  "строение", "строения"}
# (and a quarter named by its number: "Әйтеке би кентінің 5 квартал аймағы", "в 5 квартале", "5th kvartal")
ADDRESS_AFTER_RE = re.compile(r"^(микрорайон\w*|мкр|ықшамаудан\w*|мекенжай\w*|microdistrict|квартал(?:е|а|ы|ов|ах)?|"
                              r"kvartal\w*)$")
# School grades: "школьники 5-11 классов", "grades 5 to 11", "9-сынып оқушылары".
GRADE_RE = re.compile(r"^(класс|класса|классов|классы|классах|сынып\w*|сыныб\w*|grades?)$")

# Nouns of thousands of tonnes: the figure is converted to tonnes ("1.64 kilotons" → 1,640 tonnes).
KILOTONNE_NOUNS = frozenset({"kiloton", "kilotonne", "килотонна"})

# Words after a number meaning "times" (multipliers).
TIMES_WORDS = {"раз", "раза", "есе", "есеге", "еседен", "times", "fold"}

# --- Counted nouns and units -------------------------------------------------------------------------

# Lemma (ru), stem (kk) or singular (en) -> unit. Looked up after ё→е folding.
UNIT_BY_NOUN: dict[str, str] = {
    # persons
    "волонтер": "persons", "доброволец": "persons", "человек": "persons", "гражданин": "persons",
    "казахстанец": "persons", "участник": "persons", "донор": "persons", "пациент": "persons",
    "житель": "persons", "ребенок": "persons", "сотрудник": "persons", "специалист": "persons",
    "студент": "persons", "школьник": "persons", "пенсионер": "persons", "получатель": "persons",
    "пользователь": "persons", "подросток": "persons", "молодой": "persons", "победитель": "persons",
    "активист": "persons", "спасатель": "persons", "врач": "persons", "медик": "persons",
    "человека": "persons", "лицо": "persons", "член": "persons", "представитель": "persons",
    "ерікті": "persons", "белсенді": "persons", "волонтер-": "persons", "адам": "persons", "азамат": "persons",
    "қатысушы": "persons", "тұрғын": "persons", "бала": "persons", "жас": "persons",
    "науқас": "persons", "пациент-": "persons", "қызметкер": "persons", "жеңімпаз": "persons",
    "зейнеткер": "persons", "pensioner": "persons", "retiree": "persons", "құтқарушы": "persons",
    "өрт сөндіруші": "persons", "ардагер": "persons", "ветеран": "persons", "veteran": "persons",
    "қазақстандық": "persons", "студенттер": "persons", "мүше": "persons",
    # ethnic Kazakhs who came back to settle ("65405 қандас", "1198 кандасов", "оралман", "kandases", "oralmans")
    "қандас": "persons", "кандас": "persons", "оралман": "persons", "kandas": "persons", "oralman": "persons",
    # boys and girls, in the plural only ("7-ден 10-ға дейін ұлдар мен қыздар"): the stems "ұл" and "қыз" would take
    # "Ұлы Отан соғысы" (great) and "қызмет" (service)
    "ұлдар": "persons", "қыздар": "persons",
    "volunteer": "persons", "person": "persons", "people": "persons", "citizen": "persons",
    "participant": "persons", "donor": "persons", "patient": "persons", "resident": "persons",
    "child": "persons", "children": "persons", "youth": "persons", "member": "persons", "orphan": "persons",
    "user": "persons", "kazakhstani": "persons", "winner": "persons", "recipient": "persons",
    "employee": "persons", "student": "persons", "pupil": "persons", "schoolchild": "persons",
    "schoolchildren": "persons", "individual": "persons",
    # organizations, groups, offices
    "организация": "organizations", "нпо": "organizations", "объединение": "organizations",
    "фонд": "organizations", "ұйым": "organizations", "organization": "organizations",
    "organisation": "organizations", "ngo": "organizations", "association": "organizations",
    "группа": "groups", "топ": "groups", "group": "groups",
    "фронт-офис": "offices", "офис": "offices", "кеңсе": "offices", "фронт-кеңсе": "offices",
    "office": "offices", "front-office": "offices", "центр": "centers", "орталық": "centers",
    "center": "centers", "centre": "centers",
    # activities
    "мероприятие": "events", "акция": "events", "событие": "events", "іс-шара": "events",
    "субботник": "events", "сенбілік": "events", "clean-up": "events", "cleanup": "events",
    "делегат": "persons", "delegate": "persons",
    "шара": "events", "event": "events", "action": "events", "activity": "events",
    "проект": "projects", "жоба": "projects", "project": "projects", "инициатива": "initiatives",
    "бастама": "initiatives", "initiative": "initiatives",
    "грант": "grants", "grant": "grants",
    # small grants by name: "834 мини-гранта", "микрогрант", "mini-grants", "microgrants"
    "мини-грант": "grants", "минигрант": "grants", "микрогрант": "grants", "микро-грант": "grants",
    "mini-grant": "grants", "minigrant": "grants", "microgrant": "grants", "micro-grant": "grants",
    "донация": "donations", "кроводача": "donations", "donation": "donations", "донаци": "donations",
    "переливание": "transfusions", "трансфузия": "transfusions", "transfusion": "transfusions",
    "дело": "deeds", "іс": "deeds", "deed": "deeds",
    "животное": "animals", "жануар": "animals", "animal": "animals",
    # the animals a shelter keeps or volunteers help: an animate noun the lexicon does not know counts people, so
    # "200 собак", "20 собакам" must be told ("dogs", "иттер" too)
    "собака": "animals", "кошка": "animals", "пёс": "animals", "пес": "animals", "кот": "animals",
    "щенок": "animals", "котёнок": "animals", "котенок": "animals", "питомец": "animals",
    "dog": "animals", "cat": "animals", "puppy": "animals", "kitten": "animals",
    "ит": "animals", "мысық": "animals", "күшік": "animals",
    # livestock given or sacrificed ("2006 қой, 85 ешкі, 196 ірі қара, 3 түйе", "2006 овец, 85 коз", "2006 sheep"):
    # a counted noun, so a year-like number before it is a count, not a year
    "қой": "animals", "ешкі": "animals", "түйе": "animals", "жылқы": "animals", "сиыр": "animals", "мал": "animals",
    "қозы": "animals", "ірі қара": "animals",
    "овца": "animals", "баран": "animals", "коза": "animals", "верблюд": "animals", "лошадь": "animals",
    "корова": "animals", "бычок": "animals", "скот": "animals",
    "телка": "animals", "телок": "animals", "теленок": "animals", "бык": "animals", "жеребенок": "animals",
    "sheep": "animals", "goat": "animals", "camel": "animals", "cattle": "animals", "cow": "animals",
    "horse": "animals", "livestock": "animals", "ram": "animals", "lamb": "animals", "heifer": "animals",
    "calf": "animals", "calve": "animals", "bull": "animals", "тана": "animals", "бұзау": "animals",
    "дерево": "trees", "саженец": "trees", "ағаш": "trees", "көшет": "trees", "tree": "trees",
    "sapling": "trees", "seedling": "trees",
    # "113 тыс. сеянцев", "20 тыс. растений волонтеры посадили": seedlings and plants set out are counted as trees
    "сеянец": "trees", "растение": "trees",
    # the Kazakh counter of plants, "40 түп жас терек" (40 young poplars): what it counts is a tree of some kind
    "түп": "trees",
    # trees named by their kind: "200 сексеуіл, 30 жиде", "500 қарағай", "300 қайың", "саксаул", "sosna"
    "сексеуіл": "trees", "жиде": "trees", "қарағай": "trees", "қайың": "trees", "терек": "trees",
    "шырша": "trees", "арша": "trees", "саксаул": "trees", "сосна": "trees", "береза": "trees", "тополь": "trees",
    "ель": "trees", "карагач": "trees", "saxaul": "trees", "pine": "trees", "birch": "trees", "poplar": "trees",
    "обращение": "requests", "заявка": "applications", "өтінім": "applications",
    "application": "applications", "request": "requests", "call": "requests",
    "страна": "countries", "ел": "countries", "мемлекет": "countries", "country": "countries",
    "семья": "families", "отбасы": "families", "family": "families", "household": "families",
    "жанұя": "families",  # "140-қа жуық жанұяға": the older Kazakh word for a family
    "регион": "regions", "область": "regions", "өңір": "regions", "облыс": "regions", "region": "regions",
    "направление": "areas", "бағыт": "areas", "номинация": "nominations", "номинация-": "nominations",
    # places where aid is collected or given out: "два пункта сбора", "на двух точках" (the same places), "4 пункт"
    "пункт": "points", "точка": "points", "нүкте": "points",
    # counting words: "2000 штук масок", "2000 дана консерві", "2000 pieces/units of …"
    "штука": "items", "единица": "items", "дана": "items", "piece": "items", "unit": "items",
    "модуль": "modules", "модулі": "modules", "подкаст": "podcasts", "бейнеролик": "videos",
    "видеоролик": "videos", "ролик": "videos", "материал": "materials",
    # measures
    "тонна": "tonnes", "тонн": "tonnes", "т": "tonnes", "tonne": "tonnes", "ton": "tonnes",
    # thousands of tonnes, converted to tonnes where the figure is made (extract/sentence.py): "1.64 kilotons"
    "kiloton": "tonnes", "kilotonne": "tonnes", "килотонна": "tonnes",
    "литр": "liters", "л": "liters", "liter": "liters", "litre": "liters",
    "миллилитр": "ml", "мл": "ml", "milliliter": "ml", "millilitre": "ml", "ml": "ml",
    "килограмм": "kg", "кг": "kg", "kilogram": "kg", "kg": "kg",
    "килограм": "kg",  # Kazakh spells it with one "м": "2000 килограмнан астам тұз", Latin "kılogramnan"
    # Kazakh says a kilogram "келі" ("10 келі ұн", "300 келі қоқыс"), and "кило" as Russian speech does
    "келі": "kg", "кило": "kg", "kilo": "kg",
    "процент": "percent", "пайыз": "percent", "percent": "percent", "%": "percent", "pc": "percent",
    "паыыз": "percent",  # "payyz", Kazakh typed in plain Latin with "y" for both ы and й, read as "паыыз"
    "pct": "percent",
    "тенге": "KZT", "теңге": "KZT", "тг": "KZT", "tenge": "KZT", "kzt": "KZT", "₸": "KZT",
    "доллар": "USD", "долл": "USD", "dollar": "USD", "usd": "USD", "$": "USD",
    "рубль": "RUB", "руб": "RUB", "rub": "RUB", "ruble": "RUB", "rouble": "RUB",
    "евро": "EUR", "euro": "EUR", "eur": "EUR", "€": "EUR",
    "франк": "CHF", "franc": "CHF", "chf": "CHF",
    # the monthly calculation index, in which benefits and fines are set: "от 5 МРП (14 585 тенге)", "7 АЕК",
    # "10 MCI", "50 MRP" (not a currency: an amount in tenge often follows in brackets)
    "мрп": "MCI", "аек": "MCI", "mci": "MCI", "mrp": "MCI",
}
CURRENCY_UNITS = {"KZT", "USD", "RUB", "EUR", "CHF"}
# Currency codes written before or glued to an amount ("KZT 4.7bn", "CHF 500,000", "(c. USD2.4m)") or naming a
# brand's currency ("Kaspi 500 KZT"): one list for the readers of amounts (nouns, numbers, names)
CURRENCY_CODES = frozenset({"KZT", "USD", "EUR", "RUB", "CHF", "GBP", "CNY"})

# Kazakh stems matched by prefix with a suffix from KK_SUFFIXES (longest stem first).
KK_NOUN_STEMS = sorted(
    [k for k in UNIT_BY_NOUN if any(ch in KK_LETTERS for ch in k)]
    + ["волонтер", "донор", "пациент", "грант", "подкаст", "бейнеролик", "материал", "модул", "жоба",
       "тонна", "литр", "процент", "доллар", "теңге", "тенге", "аек", "кг", "адам", "ұйым", "кеңсе", "фронт-кеңсе",
       "килограм",
       "жеңімпаз", "бала", "жас", "қатысушы", "ерікті", "донация", "орталық", "жануар", "ағаш", "көшет",
       "отбасы", "іс-шара", "шара", "бастама", "мүше", "студент", "оқушы", "тұрғын", "азамат",
       "мемлекет", "өтінім", "қызметкер", "науқас", "маман", "пункт", "мектеп", "аудан", "қала", "топ", "пайыз",
       "пайдаланушы", "белсенді", "дана", "паыыз",
       "процент",
       # nouns spelt with letters Russian has too, so the rule above misses them: without a stem their case
       # forms ("40 зейнеткерге", "15 ардагерге", "облыстарда") counted nothing
       "зейнеткер", "ардагер", "ветеран", "делегат", "облыс", "акция", "фонд", "субботник",
       # people helped: orphans, people with disabilities, the elderly ("25 жетімге", "10 мүгедекке", "30 қарттарға")
       "жетім", "мүгедек", "қарт",
       # livestock spelt without a letter of Kazakh's own ("85 сиыр", "2640 бас мал", "малдың")
       "сиыр", "мал",
       # small grants by name ("834 мини-гранттар", "50 микрогрантқа")
       "мини-грант", "микрогрант",
       # aid packed by the piece: baskets, kits, parcels ("мыңнан астам азық-түлік себеті", "500 жиынтық"); without a
       # stem "себеті" read as a verb in "-ті" and the figure counted nothing, unlike "1000-нан астам себетін"
       "себет", "жиынтық", "сәлемдеме"],
    key=len,
    reverse=True,
)
KK_STEM_UNIT = {"модул": "modules", "оқушы": "persons", "маман": "persons", "донация": "donations",
                "пайдаланушы": "persons", "жетім": "persons", "мүгедек": "persons", "қарт": "persons",
                "пункт": "points", "мектеп": "schools", "аудан": "districts", "қала": "cities"}

# Kazakh adjective-forming endings: "волонтерлік ұйым" (volunteer organization) — skip to the head noun.
KK_ADJ_ENDINGS = ("лік", "лық", "дік", "дық", "тік", "тық", "ғы", "гі", "қы", "кі", "тағы", "тегі",
                  "дағы", "дегі", "лы", "лі", "ды", "ді", "ты", "ті", "сыз", "сіз")

# English words that are never the counted noun (function words, verbs of reporting).
EN_STOP = {"of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with",
           "were", "was", "are", "is", "have", "has", "had", "been", "be", "will", "would", "that",
           "this", "these", "those", "who", "which", "than", "more", "over", "about", "per", "each", "as"}
# English adjectives commonly standing between a number and its noun.
EN_ADJ = {"new", "active", "registered", "young", "local", "regional", "national", "medical", "senior",
          "silver", "small", "international", "foreign", "kazakh", "kazakhstani", "volunteer", "blood",
          "good", "public", "trained", "certified", "additional", "unique", "eco",
          "environmental", "social", "charitable", "non-profit", "nonprofit", "initiative", "front"}

# --- Periods ---------------------------------------------------------------------------------------

REL_THIS_YEAR = [r"в этом году", r"в текущем году", r"этого года", r"текущего года", r"в нынешнем году",
                 r"нынешнего года", r"с начала года", r"с начала этого года", r"с начала текущего года",
                 r"биыл\w*", r"осы жыл\w*", r"ағымдағы жыл\w*", r"үстіміздегі жыл\w*", r"жыл басынан бері",
                 r"жыл басынан бергі", r"this year", r"the current year",
                 r"so far this year", r"since the start of the year", r"since the beginning of the year",
                 r"from the beginning of the year", r"year to date"]
REL_LAST_YEAR = [r"в прошлом году", r"за прошлый год", r"в минувшем году", r"за минувший год",
                 r"прошлого года", r"минувшего года", r"в истекшем году", r"за истекший год",
                 r"за прошедший год", r"в прошедшем году", r"прошедшего года",
                 r"былтыр\w*", r"өткен жыл\w*", r"last year", r"in the past year", r"over the past year",
                 r"the previous year", r"the entire previous year", r"the whole previous year", r"за весь прошлый год",
                 r"за весь минувший год",
                 # "По итогам ушедшего года … обеспечены жильем 3 352 семьи" (the year gone)
                 r"по итогам ушедшего года", r"в ушедшем году", r"за ушедший год",
                 # "За последний год он увеличился на 3,5 процента" (over the past year, as the English)
                 r"за последний год"]
# National theme years that date a page which states no year in digits: the President declares each year's theme
# (2019 the Year of Youth, 2020 the Year of the Volunteer, 2022 the Year of Children). The theme is a name, matched
# with its capital ("Год волонтера", "Волонтер жылы", "Year of Volunteer"): lower-case "еріктілер жылы киім" is
# warm clothes and "волонтер жыл бойы" all year, so a Kazakh theme also needs a word or a dash before it. UN years
# ("Международный год добровольцев", "International Year of Volunteers") are other years: a theme after
# "International / Международный / Халықаралық" is none.
_KK_THEME = r"(?<=[\w–—,] )"
# At the start of a sentence only the cases no other word has ("Волонтерлар жылының қорытындысы", "Волонтер жылында"):
# "Волонтерлар жылы киім таратты" (volunteers handed out warm clothes) is no theme.
_KK_THEME_OPENING = r"(?:(?<=[.!?…] )|(?<=^)|(?<=\n))"
THEME_YEARS: list[tuple[str, int]] = [
    # (the theme's other Kazakh name "Еріктілер жылы" only in quotes: «Еріктілер жылы» is the name, not warm clothes)
    # the plural "Волонтерлар жылы" names the same year
    (r"Год(?:а|у|ом|е)? волонт[её]ра\b|" + _KK_THEME + r"Волонтер(?:лар)? жыл(?:ы|ында|ының)\b|"
     + _KK_THEME_OPENING + r"Волонтер(?:лар)? жыл(?:ында|ының)\b|"
     r"«Еріктілер жыл(?:ы|ында|ының)»|Year of (?:the )?Volunteers?\b|"
     # "2020 was declared Volunteer Year in Kazakhstan", "At the end of the Volunteer Year", "the Volunteers' Year"
     r"Volunteers?'?s?'? Year\b", 2020),
    # (in quotes a theme is a name wherever it stands: "«Балалар жылында» … 101 автобус бөлу жоспарланған")
    (r"Год(?:а|у|ом|е)? молод[её]жи\b|" + _KK_THEME + r"Жастар жыл(?:ы|ында|ының)\b|«Жастар жыл(?:ы|ында|ының)»|"
     r"Year of (?:the )?Youth\b", 2019),
    (r"Год(?:а|у|ом|е)? детей\b|" + _KK_THEME + r"Балалар жыл(?:ы|ында|ының)\b|«Балалар жыл(?:ы|ында|ының)»|"
     r"Year of (?:the )?Children\b", 2022),
]
THEME_NOT_AFTER = r"(?:international|международн\w*|халықаралық)\s+$"
REL_NEXT_YEAR = [r"в следующем году", r"на следующий год", r"в будущем году", r"в наступающем году", r"келесі жылы",
                 r"келер жылы", r"алдағы жылы", r"next year", r"in the coming year",
                 # the dative of a plan for next year: "Келер жылға қаралған 4 млрд. теңгеге … газбен қамтамасыз етеміз"
                 r"келер жылға", r"келесі жылға"]
REL_NOW = [r"сегодня", r"сейчас", r"на сегодняшний день", r"в настоящее время", r"на данный момент",
           r"на сегодня", r"ныне", r"к настоящему времени", r"теперь", r"на текущий момент",
           r"в настоящий момент", r"қазір\w*", r"бүгін\w*", r"қазіргі таңда",
           r"қазіргі уақытта", r"бүгінгі күні", r"today", r"now", r"currently", r"to date",
           r"at present", r"as of today", r"presently",
           # "whereas 679,000 tons were applied for the entire previous year, the current figure stands at 1.2
           # million": the figure of now, set against last year's
           r"the current figure", r"текущий показатель"]
REL_ANNUAL = [r"ежегодно", r"каждый год", r"в год", r"в среднем за год", r"ежегодн\w+", r"жыл сайын",
              r"жылына", r"бір жылда", r"annually", r"each year", r"every year", r"per year",
              r"a year(?!\s+(?:earlier|ago|later|before|after|on))", r"yearly",
              r"per annum"]

# --- Areas -----------------------------------------------------------------------------------------
# (regex over lower-cased text, area name). Regions are matched in any case form; cities and countries
# only after a locative preposition (ru "в/во", en "in") or with a Kazakh locative ending, because a bare
# name is often a list or an origin ("из Кыргызстана").
REGION_PATTERNS: list[tuple[str, str]] = [
    (r"абайск\w* обл\w*|абай облыс\w*|област\w* абай|abai region|abay region", "Abai region"),
    (r"акмолинск\w* обл\w*|ақмола облыс\w*|akmola region", "Akmola region"),
    (r"актюбинск\w* обл\w*|ақтөбе облыс\w*|aktobe region|aqtobe region", "Aktobe region"),
    (r"алматинск\w* обл\w*|алматы облыс\w*|almaty region", "Almaty region"),
    (r"атырауск\w* обл\w*|атырау облыс\w*|atyrau region", "Atyrau region"),
    (r"восточно-казахстанск\w* обл\w*|вко\b|шығыс қазақстан облыс\w*|east kazakhstan region",
     "East Kazakhstan region"),
    (r"жамбылск\w* обл\w*|жамбыл облыс\w*|zhambyl region|jambyl region", "Zhambyl region"),
    (r"жетысуск\w* обл\w*|жетісу облыс\w*|област\w* жетісу|област\w* жетысу|zhetysu region|jetisu region",
     "Zhetysu region"),
    (r"западно-казахстанск\w* обл\w*|зко\b|батыс қазақстан облыс\w*|west kazakhstan region",
     "West Kazakhstan region"),
    (r"карагандинск\w* обл\w*|қарағанды облыс\w*|karaganda region|qaraghandy region", "Karaganda region"),
    (r"костанайск\w* обл\w*|қостанай облыс\w*|kostanay region|qostanay region", "Kostanay region"),
    (r"кызылординск\w* обл\w*|қызылорда облыс\w*|kyzylorda region|qyzylorda region", "Kyzylorda region"),
    (r"мангистауск\w* обл\w*|маңғыстау облыс\w*|mangistau region|mangystau region", "Mangistau region"),
    (r"павлодарск\w* обл\w*|павлодар облыс\w*|pavlodar region", "Pavlodar region"),
    (r"северо-казахстанск\w* обл\w*|ско\b|солтүстік қазақстан облыс\w*|north kazakhstan region",
     "North Kazakhstan region"),
    # South Kazakhstan region (ЮКО, ОҚО) was renamed Turkistan region in 2018; its older figures stay in one series
    (r"туркестанск\w* обл\w*|түркістан облыс\w*|turkistan region|turkestan region|"
     r"южно-казахстанск\w* обл\w*|юко\b|оңтүстік қазақстан облыс\w*|оқо\b|south kazakhstan region",
     "Turkistan region"),
    (r"улытауск\w* обл\w*|ұлытау облыс\w*|област\w* ұлытау|област\w* улытау|ulytau region", "Ulytau region"),
]
# City stems: (ru locative regex, kk stem, en name, area).
CITIES: list[tuple[str, str, str, str]] = [
    (r"алматы", "алматы", "almaty", "Almaty"),
    (r"астане|нур-султане|нур-султан", "астана|нұр-сұлтан", "astana", "Astana"),
    (r"шымкенте", "шымкент", "shymkent", "Shymkent"),
    (r"караганде", "қарағанды", "karaganda", "Karaganda"),
    (r"актобе", "ақтөбе", "aktobe", "Aktobe"),
    (r"таразе", "тараз", "taraz", "Taraz"),
    (r"павлодаре", "павлодар", "pavlodar", "Pavlodar"),
    (r"усть-каменогорске", "өскемен", "oskemen", "Oskemen"),
    (r"семее", "семей", "semey", "Semey"),
    (r"атырау", "атырау", "atyrau", "Atyrau"),
    (r"костанае", "қостанай", "kostanay", "Kostanay"),
    (r"кызылорде", "қызылорда", "kyzylorda", "Kyzylorda"),
    (r"уральске", "орал", "uralsk", "Oral"),
    (r"петропавловске", "петропавл", "petropavl", "Petropavl"),
    (r"актау", "ақтау", "aktau", "Aktau"),
    (r"туркестане", "түркістан", "turkistan", "Turkistan"),
    (r"кокшетау", "көкшетау", "kokshetau", "Kokshetau"),
    (r"талдыкоргане", "талдықорған", "taldykorgan", "Taldykorgan"),
    (r"экибастузе", "екібастұз", "ekibastuz", "Ekibastuz"),
    (r"темиртау", "теміртау", "temirtau", "Temirtau"),
    (r"жезказгане", "жезқазған", "zhezkazgan", "Zhezkazgan"),
    (r"балхаше", "балқаш", "balkhash", "Balkhash"),
    (r"жанаозене", "жаңаөзен", "zhanaozen", "Zhanaozen"),
    (r"конаеве", "қонаев", "konaev", "Konaev"),
    (r"сатпаеве", "сәтбаев", "satbayev", "Satbayev"),
    (r"риддере", "риддер", "ridder", "Ridder"),
    (r"рудном", "рудный", "rudny", "Rudny"),
]
# Russian nominative and genitive forms of the same cities: "в г. Астана", "в городе Шымкент" (the name
# left in the nominative after "г."/"городе"), "жители Алматы", "волонтеры Караганды" (genitive).
CITY_FORMS_RU: dict[str, tuple[str, str]] = {
    "Almaty": ("алматы", "алматы"), "Astana": ("астана|нур-султан", "астаны|нур-султана"),
    "Shymkent": ("шымкент", "шымкента"), "Karaganda": ("караганда", "караганды"), "Aktobe": ("актобе", "актобе"),
    "Taraz": ("тараз", "тараза"), "Pavlodar": ("павлодар", "павлодара"),
    "Oskemen": ("усть-каменогорск", "усть-каменогорска"), "Semey": ("семей", "семея"),
    "Atyrau": ("атырау", "атырау"), "Kostanay": ("костанай", "костаная"), "Kyzylorda": ("кызылорда", "кызылорды"),
    "Oral": ("уральск", "уральска"), "Petropavl": ("петропавловск", "петропавловска"), "Aktau": ("актау", "актау"),
    "Turkistan": ("туркестан", "туркестана"), "Kokshetau": ("кокшетау", "кокшетау"),
    "Taldykorgan": ("талдыкорган", "талдыкоргана"), "Ekibastuz": ("экибастуз", "экибастуза"),
    "Temirtau": ("темиртау", "темиртау"), "Zhezkazgan": ("жезказган", "жезказгана"),
    "Balkhash": ("балхаш", "балхаша"), "Zhanaozen": ("жанаозен", "жанаозена"), "Konaev": ("конаев", "конаева"),
    "Satbayev": ("сатпаев", "сатпаева"), "Ridder": ("риддер", "риддера"), "Rudny": ("рудный", "рудного"),
}
# Kazakhstan as a whole.
KZ_PATTERNS = (r"в казахстане|по казахстану|в стране|по стране|по всей стране|в нашей стране|в республике|"
               r"по республике|в рк\b|қазақстанда|қазақстан бойынша|еліміз\w*|ел бойынша|республикада|"
               r"республика бойынша|"
               r"in kazakhstan|across kazakhstan|nationwide|countrywide|country-wide|across the country|in the country|"
               r"kazakhstan's|in our country|the country's|"
               r"(?:волонтер\w*|добровол\w*|донор\w*|жител\w*|граждан\w*|организаци\w*) (?:нашей )?страны|"
               # the country's volunteers named by its adjective: "казахстанские волонтеры", "Kazakhstani
               # volunteers", "қазақстандық еріктілер"
               r"казахстанск\w+ (?:волонтер|добровол|донор)\w*|kazakhstani (?:volunteers|donors)|"
               r"қазақстандық (?:ерікті|волонтер|донор)\w*|"
               r"во всех регионах|во всех областях|по всем регионам|по всем областям|в каждом регионе|"
               r"барлық өңір\w*|барлық облыс\w*|in all regions|across all regions|in every region|"
               r"in every part of the country|all over the country|across the nation")
# Other countries (locative forms) -> ISO code.
COUNTRIES: list[tuple[str, str]] = [
    (r"в росси[ия]|ресейде|in russia", "RU"),
    (r"в кыргызстане|в киргизии|қырғызстанда|in kyrgyzstan", "KG"),
    (r"в узбекистане|өзбекстанда|in uzbekistan", "UZ"),
    (r"в таджикистане|тәжікстанда|in tajikistan", "TJ"),
    (r"в туркменистане|түрікменстанда|in turkmenistan", "TM"),
    (r"в китае|қытайда|in china", "CN"),
    (r"в турции|түркияда|in turkey|in türkiye", "TR"),
    (r"в татарстане|в казани|в рт\b|in tatarstan", "RU"),
]

# --- Topic -------------------------------------------------------------------------------------------
# A headline-like line (no sentence punctuation) only yields figures when it is about the topic.
TOPIC_RE = re.compile(
    r"волонт|добровол|донор|донац|кров|ерікті|волонтер|қан\b|қан |марафон|marathon|благотвор|помощ|пожертв|"
    r"қайырым|көмек|volunt|donor|blood|charit|good deeds|help|"
    # money raised for someone in need or for a treatment is charity ("Выпускники ВКО собрали почти 900 тысяч тенге
    # для нуждающегося в лечении мальчика", "балаға емделуге 900 мың теңге жинады", "raised 900,000 tenge for a boy in
    # need")
    r"нуждающ|мұқтаж|\bin need\b|fundrais|сбор\w* средств|на лечение|для лечения|емделу\w*|емдеу\w*|"
    r"for (?:his |her |their |the )?treatment|"
    # the project's other topics (loaders/extract/topic.py): trees, clean-ups, floods, grants
    r"саженц|деревь|көшет|\btrees?\b|субботник|сенбілік|мусор|қоқыс|\bwaste\b|garbage|litter|clean-?up|паводк|тасқын|"
    r"\bflood|эвакуац|evacuat|грант|grant|"
    # search and rescue ("9 tourists rescued in Almaty mountains", "Спасатели нашли заблудившихся туристов",
    # "Құтқарушылар 8 адамды құтқарды")
    r"rescu|спасл|спасен|спасён|спасател|құтқар|"
    # the non-governmental organisations the grants go to, the civil sector ("Over 10 NGOs open every month in
    # Kazakhstan", "В Казахстане более 20 тысяч НКО", "ҮЕҰ саны 23 мыңнан асты")
    r"\bNGOs?\b|\bНКО\b|\bНПО\b|\bҮЕҰ|"
    # feeding people in need for free is charity ("Асхана 120 адамды үш мезгіл тегін тамақтандырады", "бесплатные
    # обеды для малоимущих", "free meals for the elderly", "a soup kitchen")
    r"тегін (?:тамақ|ас\b|асхана)|бесплатн\w* (?:питани|обед|горяч\w* (?:пищ|еда|обед))|free (?:meals?|lunch)|"
    r"soup kitchen",
    re.IGNORECASE,
)

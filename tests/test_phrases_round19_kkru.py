"""Round 19 (kk/ru pages of set 19): vague plural scale words, Kazakh age idioms, a basket told twice, the country's
donors as a level, a house number on a street named after a date, the weight of an aid kit; each fixed by a rule of
the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_19_KKRU: dict[str, list[tuple[str, list[str], str]]] = {}

# Vague plural scale words are no figures: Kazakh "он мыңдаған" (tens of thousands), "жүз мыңдаған", "10 мыңдаған",
# English "several hundred", "a few thousand", and "десятки тысяч", "сотни", "hundreds of" (already none). The number
# word before "мыңдаған" is part of the vague scale, not "ten". Negatives: "он мың" and "three hundred" are figures.
VAGUE_PLURAL_SCALE = [
    ("Біз он мыңдаған отбасына қажетті азық-түлік жеткіздік.", [], "kk"),
    ("Biz on myńdaǵan otbasyna kómek kórsettik.", [], "kk"),
    ("Bız on myñdağan otbasyna kömek körsettık.", [], "kk"),
    ("Жүз мыңдаған адам акцияға қатысты.", [], "kk"),
    ("10 мыңдаған отбасыға көмек берілді.", [], "kk"),
    ("Жүздеген еріктілер сенбілікке шықты.", [], "kk"),
    ("Десятки тысяч семей получили помощь, сотни волонтеров вышли на субботник.", [], "ru"),
    ("Several hundred volunteers joined the clean-up.", [], "en"),
    ("Several hundred thousand people got help.", [], "en"),
    ("A few thousand trees were planted.", [], "en"),
    ("Tens of thousands of families got help.", [], "en"),
    # negatives: a number with a plain scale word is a figure
    ("Он мың отбасыға көмек берілді.", [f"10000 exact families * {NOW} *"], "kk"),
    ("Three hundred volunteers joined the clean-up.", [f"300 exact persons * {NOW} *"], "en"),
]
ROUND_1_19_KKRU["VAGUE_PLURAL_SCALE"] = VAGUE_PLURAL_SCALE

# A Kazakh age told by a round number word and a hill of life: the genitive with "асу / жота / сеңгір / белес"
# ("алпыстың асуына шыққан", "жетпістің жотасы", "сексеннің сеңгірі"), or the ablative with "асқан" before an elder
# ("жетпістен асқан қария"): an age, not a count and not a year (1960). Negatives: a count past a bound ("елуден
# астам ерікті", "жүзден асқан ерікті") stays.
KK_AGE_IDIOM = [
    ("Бүгінде алпыстың асуына шыққан сыныптастар көктемде ағаш отырғызды.", [], "kk"),
    ("Búginde alpystyń asýyna shyqqan synyptastar aǵash otyrǵyzdy.", [], "kk"),
    ("Bügınde alpystyñ asuyna şyqqan synyptastar ağaş otyrğyzdy.", [], "kk"),
    ("Жетпістің жотасына шыққан ардагер 100 ағаш отырғызды.", [f"100 exact trees trees_planted {NOW} *"], "kk"),
    ("Сексеннің сеңгіріне шыққан ардагер сенбілікке қатысты.", [], "kk"),
    ("Жетпістен асқан қария 100 ағаш отырғызды.", [f"100 exact trees trees_planted {NOW} *"], "kk"),
    # negatives: counts
    ("Елуден астам ерікті сенбілікке қатысты.", [f"50 at_least persons * {NOW} *"], "kk"),
    ("Жүзден асқан ерікті сенбілікке қатысты.", [f"100 at_least persons * {NOW} *"], "kk"),
]
ROUND_1_19_KKRU["KK_AGE_IDIOM"] = KK_AGE_IDIOM

# One count of baskets told twice, in words and in digits ("мыңнан астам азық-түлік себеті", later "1000-нан астам
# азық-түлік себетін"): "себеті" was read as a verb in "-ті", the first figure counted no noun and the second was not
# its duplicate. Kazakh "себет / жиынтық / сәлемдеме" are nouns (both scripts; Russian and English already agree).
# Negative: families in the next sentence are a count of their own.
BASKETS_TOLD_TWICE = [
    ("Марафон аясында мыңнан астам азық-түлік себеті таратылады.\n\nЕкі күн ішінде 1000-нан астам азық-түлік "
     "себетін тасымалдау жоспарланып отыр.", [f"1000 at_least items * {NOW} *"], "kk"),
    ("Marafon aiasynda myńnan astam azyq-túlik sebeti taratylady.\n\nEki kún ishinde 1000-nan astam azyq-túlik "
     "sebetin tasymaldaý josparlanyp otyr.", [f"1000 at_least items * {NOW} *"], "kk"),
    ("В рамках марафона будет роздано более тысячи продуктовых корзин.\n\nЗа два дня планируется доставить более "
     "1000 продуктовых корзин.", [f"1000 at_least items * {NOW} *"], "ru"),
    ("Over a thousand food baskets will be handed out.\n\nMore than 1,000 food baskets are to be delivered in two "
     "days.", [f"1000 at_least items * {NOW} *"], "en"),
    # negative: the families are another count
    ("Марафон аясында мыңнан астам азық-түлік себеті таратылады. 1000-нан астам отбасы көмек алады.",
     [f"1000 at_least items * {NOW} *", f"1000 at_least families * {NOW} *"], "kk"),
]
ROUND_1_19_KKRU["BASKETS_TOLD_TWICE"] = BASKETS_TOLD_TWICE

# The country's donors as a level ("в Казахстане насчитывается около 200 тысяч доноров", "Қазақстанда 200 мыңға
# жуық донор бар", "there are about 200,000 donors in Kazakhstan") are the donors metric even without "a year"; a
# later "их было 750 тысяч" takes it from its antecedent. Negative: the donors of one drive in a city.
NATIONAL_DONORS = [
    ("Напомним, что на сегодняшний день в Казахстане насчитывается около 200 тысяч доноров. 20 лет назад их было "
     "750 тысяч.", [f"200000 approx persons blood_donors_per_year {NOW} KZ",
                    "750000 exact persons blood_donors_per_year 2005-01-01..2005-12-31 KZ"], "ru"),
    ("Қазақстанда 200 мыңға жуық донор бар. 20 жыл бұрын олар 750 мың болған.",
     [f"200000 approx persons blood_donors_per_year {NOW} KZ", "750000 exact persons blood_donors_per_year * KZ"],
     "kk"),
    ("Qazaqstanda 200 myńǵa jýyq donor bar.", [f"200000 approx persons blood_donors_per_year {NOW} KZ"], "kk"),
    ("There are about 200,000 donors in Kazakhstan.", [f"200000 approx persons blood_donors_per_year {NOW} KZ"], "en"),
    # negative: one drive's donors
    ("В акции в Алматы приняли участие 300 доноров.", [f"300 exact persons None {NOW} Almaty"], "ru"),
]
ROUND_1_19_KKRU["NATIONAL_DONORS"] = NATIONAL_DONORS

# A house number after a street named after a date ("ул. 1 Мая, 151", "ул. 8 Марта, 45", "1 Мамыр көшесі, 37",
# "1 May Street, 151"): the date inside the street's name no longer hides the address word. Negative: a date and a
# count ("1 мая волонтеры убрали 151 двор").
STREET_NAMED_AFTER_A_DATE = [
    ("Батарейки можно приносить в пункт сбора: г. Костанай, ул. 1 Мая, 151. Отсюда их передают на переработку.",
     [], "ru"),
    ("Адрес: ул. 8 Марта, 45.", [], "ru"),
    ("Пункт приема находится по адресу: проспект 1 Мая, 12.", [], "ru"),
    ("Қабылдау орны: 1 Мамыр көшесі, 37.", [], "kk"),
    ("The collection point is at 1 May Street, 151.", [], "en"),
    # negative: a count on that day
    ("1 мая волонтеры убрали 151 двор.", ["151 exact * * 2025-05-01..2025-05-01 *"], "ru"),
]
ROUND_1_19_KKRU["STREET_NAMED_AFTER_A_DATE"] = STREET_NAMED_AFTER_A_DATE

# The weight of the kit each family gets, told as an adjective with no count of the kits before it ("Әр отбасына 50
# келілік азық-түлік жиынтығы", "50-килограммовый продуктовый набор", "a 50-kg food kit"): the food per family, a
# figure in kilograms, as "набор весом 25 кг" already is (scoring.md lists no such measure among "Not figures"; the
# blind gold keeps it). Negatives: a sack's size after the count of sacks, or without a kit, stays a size.
AID_KIT_WEIGHT = [
    ("Әр отбасына 50 келілік азық-түлік жиынтығын тарату жоспарланып отыр.", [f"50 exact kg * {NOW} *"], "kk"),
    ("Ár otbasyna 50 kelilik azyq-túlik jıyntyǵyn taratý josparlanyp otyr.", [f"50 exact kg * {NOW} *"], "kk"),
    ("Каждой семье передадут 50-килограммовый продуктовый набор.", [f"50 exact kg * {NOW} *"], "ru"),
    ("Each family will receive a 50-kg food kit.", [f"50 exact kg * {NOW} *"], "en"),
    ("Each family will receive a 50-kilogram food package.", [f"50 exact kg * {NOW} *"], "en"),
    # negatives: sizes of sacks
    ("Еріктілер 25 келілік 200 қап ұн таратты.", [f"200 exact * * {NOW} *"], "kk"),
    ("Жители получили 100 25-килограммовых мешков муки.", [f"100 exact * * {NOW} *"], "ru"),
    ("Жителям раздали 25-килограммовые мешки муки.", [], "ru"),
]
ROUND_1_19_KKRU["AID_KIT_WEIGHT"] = AID_KIT_WEIGHT


@pytest.mark.parametrize(("text", "expected", "lang"),
                         [row for table in ROUND_1_19_KKRU.values() for row in table])
def test_round19_kkru(text: str, expected: list[str], lang: str) -> None:
    _check_read(text, expected, lang)

"""Round 6b, Kazakh: classes of phrasing behind the misses and false figures of Kazakh pages (the fifth and sixth
sets and leftovers of earlier rounds), each fixed as a rule of the language and checked here with variants (cases,
word orders, with and without qualifiers, Cyrillic and Latin), Russian and English variants where the class exists
there too, and negatives.

Same format as tests/test_extract_phrases.py: "value qualifier unit metric period_start..period_end area", "*" for
any; publication date 2025-06-15.
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

# A debug dump, a script or a style sheet left on a page by its template ('object(DateTime)#1028 (3) {',
# 'int(3)', 'string(26) "2024-07-18 08:33:36.000000"', print_r's '[timezone_type] => 3', a JSON pair, 'var total = 25;',
# '.news-item { margin: 0 10px; }') is page chrome in any language: its numbers are no figures. Prose with brackets,
# quotes or a colon keeps its figures.
CODE_LINES_AS_CHROME = [
    ('object(DateTime)#1028 (3) {\n  ["date"]=>\n  string(26) "2024-07-18 08:33:36.000000"\n  ["timezone_type"]=>\n'
     '  int(3)\n  ["timezone"]=>\n  string(12) "Asia/Karachi"\n}\n\nЕріктілер 50 отбасыға азық-түлік таратты.',
     [f"50 exact families * {NOW} *"], "kk"),
    ("DateTime Object\n(\n    [date] => 2024-07-18 08:33:36.000000\n    [timezone_type] => 3\n"
     "    [timezone] => Asia/Almaty\n)\nВолонтеры помогли 50 семьям.", [f"50 exact families * {NOW} *"], "ru"),
    ("<script>\nvar total = 25;\nwindow.dataLayer = window.dataLayer || [];\ngtag('config', 'UA-12345-1');\n});\n"
     "</script>\nVolunteers helped 50 families.", [f"50 exact families * {NOW} *"], "en"),
    (".news-item { margin: 0 10px; }\nfont-size: 14px;\n@media (max-width: 768px) {\nВолонтеры помогли 50 семьям.",
     [f"50 exact families * {NOW} *"], "ru"),
    ('{"views": 1245, "id": 3}\n"comments": 12,\nEriktiler 50 otbasyna kómek kórsetti.',
     [f"50 exact families * {NOW} *"], "kk"),
    # negatives: prose with brackets, quotes, a colon or a semicolon
    ("Акцияға 300 адам (еріктілер мен студенттер) қатысты.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Aktsiyaga [Jasyl El] 300 adam qatysty.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Волонтеры [фонда «Дара»] помогли 50 семьям (данные на 1 мая).",
     ["50 exact families * 2025-05-01..2025-05-01 *"], "ru"),
    ("Итог: 50 семей получили помощь; 20 — одежду.", [f"50 exact families * {NOW} *", f"20 exact * * {NOW} *"], "ru"),
    ("Array of hope: volunteers helped 50 families.", [f"50 exact families * {NOW} *"], "en"),
    ("Color: 50 volunteers wore green shirts;", [f"50 exact persons * {NOW} *"], "en"),
]


# The country's volunteers said to carry out projects ("Қазақстанда 3 572 ұйым тіркелген, онда 60 000-нан астам
# волонтер түрлі әлеуметтік жобаларды іске асырады", "в них более 60 тысяч волонтеров реализуют социальные проекты",
# "volunteers implement various social projects") are volunteers_total: projects in the plural as what they do is no
# single project. Volunteers of one project (its object in the singular, "в проекте", "жобаға қатысты") are not.
PROJECTS_VOLUNTEERS_DO = [
    ("Ұлттық волонтерлік желінің деректері бойынша Қазақстанда бүгінгі таңда 3 572 ұйым тіркелген, онда 60 000-нан "
     "астам волонтер түрлі әлеуметтік маңызы бар жобаларды іске асырады.",
     [f"3572 exact organizations volunteer_organizations {NOW} KZ",
      f"60000 at_least persons volunteers_total {NOW} KZ"], "kk"),
    ("Қазақстанда 60 мыңнан астам волонтер түрлі жобаларды жүзеге асырады.",
     [f"60000 at_least persons volunteers_total {NOW} KZ"], "kk"),
    ("Ulttyq volonterlik jeliniń derekteri boıynsha Qazaqstanda búgingi tańda 3 572 uıym tirkelgen, onda 60 000-nan "
     "astam volonter túrli jobalardy iske asyrady.",
     [f"3572 exact organizations volunteer_organizations {NOW} KZ",
      f"60000 at_least persons volunteers_total {NOW} KZ"], "kk"),
    ("Qazaqstanda 60 myńnan astam volonter túrli jobalardy júzege asyrady.",
     [f"60000 at_least persons volunteers_total {NOW} KZ"], "kk"),
    ("По данным Национальной волонтерской сети, в Казахстане зарегистрировано 3 572 организации, в них более 60 "
     "тысяч волонтеров реализуют социальные проекты.",
     [f"3572 exact organizations volunteer_organizations {NOW} KZ",
      f"60000 at_least persons volunteers_total {NOW} KZ"], "ru"),
    ("More than 60,000 volunteers in Kazakhstan implement various social projects.",
     [f"60000 at_least persons volunteers_total {NOW} KZ"], "en"),
    ("In Kazakhstan, over 60,000 volunteers carry out social projects.",
     [f"60000 at_least persons volunteers_total {NOW} KZ"], "en"),
    # negatives: volunteers of one project
    ("Жобаны іске асыруға 50 волонтер тартылды.", [f"50 exact persons None {NOW} *"], "kk"),
    ("Жобаға 50 волонтер қатысты.", [f"50 exact persons None {NOW} *"], "kk"),
    ("В проекте работают 50 волонтеров.", [f"50 exact persons None {NOW} *"], "ru"),
    ("50 волонтеров реализуют проект «Добрый дом».", [f"50 exact persons None {NOW} *"], "ru"),
]


# A Kazakh participle before a known noun is attributive ("1 700 аз қамтылған отбасына", "50 зардап шеккен
# отбасыға", "300 тіркелген волонтер"): the noun is still what the number counts, so the same value written in
# another sentence as "1,7 мың отбасыға" (or "1,7 тыс. семей", "1.7 thousand families") is one figure, a repeat.
# A participle after the noun ("200 отбасыға барған") is the verb of its clause.
PARTICIPLE_BEFORE_THE_NOUN = [
    ("Еріктілер 1 700 аз қамтылған отбасына азық-түлік жеткізді.", [f"1700 exact families * {NOW} *"], "kk"),
    ("Eriktiler 1 700 az qamtylǵan otbasyna azyq-túlik jetkizdi.", [f"1700 exact families * {NOW} *"], "kk"),
    ("Акцияға 300 тіркелген волонтер қатысты.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Су тасқынынан 50 зардап шеккен отбасыға көмек көрсетілді.", [f"50 exact families * {NOW} *"], "kk"),
    ("Алматыда көмекке мұқтаж 1,7 мың отбасыға азық-түлік таратылды\nЕріктілер акция аясында 1 700 аз қамтылған "
     "отбасына 51 тонна азық-түлік жеткізді.\n«Біз 1 700 отбасыға бардық», - деді ол.",
     [f"1700 exact families * {NOW} Almaty", f"51 exact tonnes * {NOW} Almaty"], "kk"),
    ("В Алматы 1,7 тыс. семей получили продукты. Волонтеры доставили продукты 1 700 малообеспеченным семьям.",
     [f"1700 exact families * {NOW} Almaty"], "ru"),
    ("In Almaty 1.7 thousand families received food. Volunteers delivered food to 1,700 low-income families.",
     [f"1700 exact families * {NOW} Almaty"], "en"),
    # negatives: the participle is the verb
    ("Еріктілер 200 отбасыға барған.", [f"200 exact families * {NOW} *"], "kk"),
    ("Биыл 500 адам қан тапсырған.", ["500 exact persons * 2025-01-01..2025-06-15 *"], "kk"),
]


# Kazakh weighs in "келі" (a kilogram: "10 келі ұн", "300 келі қоқыс", "30 келіден"), and speech says "кило"
# ("300 кило мусора", "300 kilos of garbage"): kilograms, converted to tonnes where the metric is in tonnes as "кг"
# is. "келіп" (coming), "келісім" (agreement) are other words.
KELI_AS_KILOGRAMS = [
    ("Әр отбасына 30 келі азық-түлік берілді.", [f"30 exact kg * {NOW} *"], "kk"),
    ("Әр отбасына 30 келіден азық-түлік берілді.", [f"30 exact kg * {NOW} *"], "kk"),
    ("Еріктілер 10 келі ұн таратты.", [f"10 exact kg * {NOW} *"], "kk"),
    ("Сенбілікте 300 келі қоқыс жиналды.", [f"0.3 exact tonnes waste_collected_tonnes {NOW} *"], "kk"),
    ("Сенбілікте 1 500 келі қоқыс шығарылды.", [f"1.5 exact tonnes waste_collected_tonnes {NOW} *"], "kk"),
    ("Жиналған қоқыстың салмағы 300 келіге жетті.", [f"0.3 exact tonnes waste_collected_tonnes {NOW} *"], "kk"),
    ("Eriktiler senbilik kezinde 300 keli qoqys jınady.",
     [f"0.3 exact tonnes waste_collected_tonnes {NOW} *"], "kk"),
    ("Волонтеры собрали 300 кило мусора.", [f"0.3 exact tonnes waste_collected_tonnes {NOW} *"], "ru"),
    ("Volunteers collected 300 kilos of garbage.", [f"0.3 exact tonnes waste_collected_tonnes {NOW} *"], "en"),
    # negatives: other words of the same letters
    ("Еріктілер келіп, 50 отбасыға көмектесті.", [f"50 exact families * {NOW} *"], "kk"),
    ("Жасалған келісім бойынша 20 ерікті келіп, көмектесті.", [f"20 exact persons * {NOW} *"], "kk"),
]


# Kazakh person nouns spelt with letters Russian has too ("зейнеткер", "ардагер", "ветеран") had no stem, so their
# case forms ("40 зейнеткерге", "15 ардагерге") counted nothing; nor did the people helped: orphans, people with
# disabilities, the elderly ("25 жетімге", "10 мүгедекке", "30 қарттарға"). All count persons.
PERSON_NOUNS_IN_THE_DATIVE = [
    ("Еріктілер 40 зейнеткерге азық-түлік себетін жеткізді.", [f"40 exact persons * {NOW} *"], "kk"),
    ("Акция аясында 15 ардагерге көмек көрсетілді.", [f"15 exact persons * {NOW} *"], "kk"),
    ("Еріктілер 40 зейнеткер мен 15 ардагерге көмектесті.",
     [f"40 exact persons * {NOW} *", f"15 exact persons * {NOW} *"], "kk"),
    ("Еріктілер 25 жетімге және 10 мүгедекке көмектесті.",
     [f"25 exact persons * {NOW} *", f"10 exact persons * {NOW} *"], "kk"),
    ("Еріктілер 30 қарттарға көмектесті.", [f"30 exact persons people_helped {NOW} *"], "kk"),
    ("Мүгедектігі бар 20 адамға арбалар берілді.", [f"20 exact persons * {NOW} *"], "kk"),
    ("Еріктілер мүгедектігі бар 20 адамға көмектесті.", [f"20 exact persons people_helped {NOW} *"], "kk"),
    ("Eriktiler 40 zeınetkerge azyq-túlik sebetin jetkizdi.", [f"40 exact persons * {NOW} *"], "kk"),
    ("Ұлы Отан соғысының 12 ардагеріне сыйлық табысталды.", [f"12 exact persons * {NOW} *"], "kk"),
    ("Волонтеры помогли 40 пенсионерам и 15 ветеранам.",
     [f"40 exact persons * {NOW} *", f"15 exact persons * {NOW} *"], "ru"),
    ("Volunteers helped 40 pensioners and 15 veterans.",
     [f"40 exact persons * {NOW} *", f"15 exact persons * {NOW} *"], "en"),
    # negatives: a nominative stays persons, other words starting alike are not people
    ("Еріктілер 40 зейнеткерді аралады.", [f"40 exact persons * {NOW} *"], "kk"),
    ("Қартаю туралы 3 дәріс оқылды.", [f"3 exact * * {NOW} *"], "kk"),
]


# A Kazakh length or area right after the number ends its phrase ("300 метр жерге ағаш отырғызды": trees planted on
# 300 metres of land; "2 шақырым жерге", "5 гектар жерге көшет"): the number measures the land, it counts no trees,
# as Russian "на 300 метрах" and English "along 300 meters" do not. Trees counted after it stay trees.
LENGTH_BEFORE_THE_COUNTED_NOUN = [
    ("Еріктілер 300 метр жерге ағаш отырғызды.", [f"300 exact items None {NOW} *"], "kk"),
    ("Еріктілер 2 шақырым жерге ағаш екті.", [f"2 exact items None {NOW} *"], "kk"),
    ("Еріктілер 5 гектар жерге көшет отырғызды.", [f"5 exact items None {NOW} *"], "kk"),
    ("Eriktiler 300 metr jerge aǵash otyrǵyzdy.", [f"300 exact items None {NOW} *"], "kk"),
    ("Еріктілер жол бойындағы 300 метр жерге 150 көшет отырғызды.",
     [f"300 exact items None {NOW} *", f"150 exact trees trees_planted {NOW} *"], "kk"),
    ("Волонтеры высадили деревья на 300 метрах вдоль дороги.", [f"300 exact items None {NOW} *"], "ru"),
    ("Volunteers planted trees along 300 meters of the road.", [f"300 exact items None {NOW} *"], "en"),
    # negatives: trees counted
    ("Еріктілер 300 ағаш отырғызды.", [f"300 exact trees trees_planted {NOW} *"], "kk"),
    ("Eriktiler 300 aǵash otyrǵyzdy.", [f"300 exact trees trees_planted {NOW} *"], "kk"),
]


# "A year" as the base of a frequency, which Kazakh tells before the count ("әр донор бір жылда 4 рет қан тапсыра
# алады", "жылына 5 ретке дейін", "жылына бірнеше рет"), says how often, as "5 раз в год" and "5 times a year" do: it
# is no year of the sentence's other figures, and "5 ретке" (up to five times) is no count. "Бір жылда" alone
# ("бір жылда 15 мың адам қан тапсырады") stays per year.
A_YEAR_AS_A_FREQUENCY_BASE = [
    ("Акцияға 300 донор қатысты, әр донор бір жылда 4 рет қан тапсыра алады.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Бүгін 300 донор қан тапсырды, ал ер адамдар бір жылда 5 ретке дейін қан тапсыра алады.",
     [f"300 exact persons * {NOW} *"], "kk"),
    ("Акцияға 300 донор қатысты, ер адамдар жылына 5 рет қан тапсыра алады.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Акцияға 300 донор қатысты, донорлар жылына бірнеше рет қан тапсырады.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Aksııaǵa 300 donor qatysty, ár donor bir jylda 4 ret qan tapsyra alady.", [f"300 exact persons * {NOW} *"], "kk"),
    ("Донор бір жылда 2 рет қан тапсыра алады.", [], "kk"),
    ("В акции 300 доноров сдали кровь, а мужчины могут сдавать кровь 5 раз в год.", [f"300 exact persons * {NOW} *"],
     "ru"),
    ("At the campaign 300 donors gave blood; men can donate 5 times a year.", [f"300 exact persons * {NOW} *"], "en"),
    # negatives: a yearly figure
    ("Облыста бір жылда 5 мың адам қан тапсырады.",
     ["5000 exact persons blood_donors_per_year 2024-01-01..2024-12-31 *"], "kk"),
    ("Облыста жылына 5 мың адам қан тапсырады.",
     ["5000 exact persons blood_donors_per_year 2024-01-01..2024-12-31 *"], "kk"),
]


# The count after a day with its month ("On 12th April 25 volunteers", "On 12 April 25 …", "the 12th of April 25 …"):
# the month has its day before it, so the number after it is no second day ("April 25") but a count; an English
# ordinal ending split off its number ("1st", "3rd") is not "St" (street) before a house number. Russian and Kazakh
# say the same with the day first ("12 апреля 25 волонтеров", "12-сәуірде 25 ерікті").
COUNT_AFTER_A_DAY_WITH_ITS_MONTH = [
    ("On 12th April 25 volunteers cleaned the park.", ["25 exact persons * 2025-04-12..2025-04-12 *"], "en"),
    ("On 12 April 25 volunteers cleaned the park.", ["25 exact persons * 2025-04-12..2025-04-12 *"], "en"),
    ("On the 12th of April 25 volunteers cleaned the park.", ["25 exact persons * 2025-04-12..2025-04-12 *"], "en"),
    ("On 3rd May 150 trees were planted.", ["150 exact trees * 2025-05-03..2025-05-03 *"], "en"),
    ("On 1st June 300 families received food.", ["300 exact families * 2025-06-01..2025-06-01 *"], "en"),
    ("On 12 April 2024 25 volunteers cleaned the park.", ["25 exact persons * 2024-04-12..2024-04-12 *"], "en"),
    ("12-сәуірде 25 ерікті саябақты тазартты.", ["25 exact persons * 2025-04-12..2025-04-12 *"], "kk"),
    ("12-sáýirde 25 erikti saıabaqty tazartty.", ["25 exact persons * 2025-04-12..2025-04-12 *"], "kk"),
    ("12 апреля 25 волонтеров убрали парк.", ["25 exact persons * 2025-04-12..2025-04-12 *"], "ru"),
    # negatives: a day after its month, a house number after "St"
    ("On April 25 volunteers cleaned the park.", [], "en"),
    ("The marathon ran from April 6 to 13.", [], "en"),
    ("The shelter at 12 Abay St 300 meals were served.", [], "en"),
]


# Kazakh typed in plain Latin, without a letter of its own ("Donorlardyn 10 payyzdan azy jastar eken", "Senbilikte
# 300 keli qoqys jinaldy"), is Kazakh: told by its forms (q not before u, a plural with a case after it "-lardyn",
# a case after y "otbasyga", "payyzdan", "-likte", a past in "-ldy") and words ("eken", "jastar"), and, once
# transliterated, by the same forms in Cyrillic ("донорлардын … жастар екен"), whose case endings typed with g for ғ
# and n for ң ("otbasyga" отбасыга) still end a known stem. English and Russian in transliteration ("Volontery
# pomogli 50 semyam") stay what they are.
PLAIN_LATIN_KAZAKH = [
    ("Donorlardyn 10 payyzdan azy jastar eken.", [f"10 at_most percent * {NOW} *"], "kk"),
    ("Donorlardyn 10 payyzdan azy jastar eken, al 60 payyzy 30 jastan asqan adamdar.",
     [f"10 at_most percent * {NOW} *", f"60 exact percent * {NOW} *"], "kk"),
    ("Senbilikte 300 keli qoqys jinaldy.", [f"0.3 exact tonnes waste_collected_tonnes {NOW} *"], "kk"),
    ("Senbilik kezinde eriktiler 300 keli qoqys jinady.", [f"0.3 exact tonnes waste_collected_tonnes {NOW} *"], "kk"),
    ("Eriktiler 50 otbasyga komek korsetti.", [f"50 exact families * {NOW} *"], "kk"),
    ("Eriktiler 50 otbasyga komek korsetti.", [f"50 exact families * {NOW} *"], None),
    ("Byltyr oblysta 500 adam qan tapsyrdy, donorlardyn 30 payyzy jastar.",
     ["500 exact persons * 2024-01-01..2024-12-31 *", "30 exact percent * 2024-01-01..2024-12-31 *"], "kk"),
    # negatives: English, Russian in transliteration, names
    ("Volunteers helped 50 families in Almaty.", [f"50 exact families * {NOW} Almaty"], "en"),
    ("Sandy and Andy planted 50 trees in Almaty.", [f"50 exact trees * {NOW} Almaty"], "en"),
    ("Lynda Qatar planted 50 trees.", [f"50 exact trees * {NOW} *"], "en"),
    ("Bolee 300 volonterov prinyali uchastie v akcii.", [f"300 exact * * {NOW} *"], "ru"),
    ("Лидеры волонтерских организаций собрали 300 долларов для детей.", [f"300 exact USD * {NOW} *"], "ru"),
]


ROUND_1_6B_KK = {
    "code_lines_as_chrome": CODE_LINES_AS_CHROME,
    "projects_volunteers_do": PROJECTS_VOLUNTEERS_DO,
    "participle_before_the_noun": PARTICIPLE_BEFORE_THE_NOUN,
    "keli_as_kilograms": KELI_AS_KILOGRAMS,
    "person_nouns_in_the_dative": PERSON_NOUNS_IN_THE_DATIVE,
    "length_before_the_counted_noun": LENGTH_BEFORE_THE_COUNTED_NOUN,
    "a_year_as_a_frequency_base": A_YEAR_AS_A_FREQUENCY_BASE,
    "count_after_a_day_with_its_month": COUNT_AFTER_A_DAY_WITH_ITS_MONTH,
    "plain_latin_kazakh": PLAIN_LATIN_KAZAKH,
}

CASES = [(name, *case) for name, table in ROUND_1_6B_KK.items() for case in table]


@pytest.mark.parametrize(("table", "text", "want", "lang"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_round6b_kk(table: str, text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)


def _undated(text: str, lang: str) -> list[str]:
    """Figures of a page without a publication date (none in its sources row)."""
    from loaders.build import process_article

    return [f"{f['value']:g} {f['qualifier']} {f['period_start']}..{f['period_end']}"
            for f in process_article("a.txt", text, "0" * 64, {"lang": lang})["figures"] if f["duplicate_of"] is None]


# A plan made, told in the past tense ("2020 жыл Волонтер жылы болып жариялана салысымен жоспар жасадық", "жоспар
# бекітілді", "составили план", "we drew up a plan"), is a deed of the time the text tells of: its year gives an undated
# page its year, as any year of the past does. A plan for a time to come ("2025 жылы 1 млн ағаш отырғызу жоспарлануда",
# "жоспар бойынша 2030 жылға дейін") does not.
PLAN_MADE_GIVES_THE_YEAR = [
    ("Ol Kýrchatovtaǵy volonterler qozǵalysyn keńeıtip, qaıyrymdylyq iske 2 myńnan astam adamdy tartqan.\n"
     "– 2020 jyl Volonter jyly bolyp jarııalana salysymen jospar jasadyq. Sol jospar negizinde bir jyl boıy eńbek "
     "ettik, – deıdi tóraıym.", ["2000 at_least 2020-01-01..2020-12-31"], "kk"),
    ("Ол Курчатовтағы еріктілер қозғалысын кеңейтіп, қайырымдылық іске 2 мыңнан астам адамды тартқан.\n"
     "– 2020 жыл Волонтер жылы болып жариялана салысымен жоспар жасадық, – дейді төрайым.",
     ["2000 at_least 2020-01-01..2020-12-31"], "kk"),
    ("Ол қозғалысқа 2 мыңнан астам адамды тартқан.\n2021 жылы қозғалыстың жұмыс жоспары бекітілді.",
     ["2000 at_least 2021-01-01..2021-12-31"], "kk"),
    ("Она привлекла к добровольчеству более 2 тысяч человек.\nВ 2020 году мы составили план работы на год, "
     "рассказала она.", ["2000 at_least 2020-01-01..2020-12-31"], "ru"),
    ("She brought more than 2,000 people into volunteering.\nIn 2020 we drew up a plan for the year, she said.",
     ["2000 at_least 2020-01-01..2020-12-31"], "en"),
    # negatives: a plan for a time to come gives no year
    ("Ол қозғалысқа 2 мыңнан астам адамды тартқан.\n2030 жылы 10 мың ерікті тарту жоспарлануда.",
     ["2000 at_least None..None", "10000 exact 2030-01-01..2030-12-31"], "kk"),
]


@pytest.mark.parametrize(("text", "want", "lang"), [pytest.param(t, w, lang, id=t[:45]) for t, w, lang in
                                                    PLAN_MADE_GIVES_THE_YEAR])
def test_round6b_kk_plan_made_gives_the_year(text: str, want: list[str], lang: str) -> None:
    assert _undated(text, lang) == want

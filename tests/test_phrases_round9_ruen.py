"""Round 9, Russian and English (with the Kazakh variants of each class): the classes behind set 9's Russian and
English misses and false figures, each fixed by a rule of the language and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_9_RUEN: dict[str, list[tuple[str, list[str], str]]] = {}

# A year-like number (1900–2100) followed by modifiers in the plural and then a counted noun ("2000 школьных сумок",
# "2024 новых волонтера", "2000 көпбалалы отбасыға", "planted 2025 young seedlings") is a count, not a year: a year
# takes its own words ("году", "жылы"), an adjective agreeing with the singular "год" ("2024 учебном году") or a name.
# Negatives: "в 2000 году", "2000 жылы", "In 2024 new volunteers …" (English after a word that introduces a year),
# "с 2000 по 2005", "2000 года рождения", "2000-х".
YEAR_LIKE_COUNT_AFTER_MODIFIERS = [
    ("Им подарены 2000 школьных сумок с учебными принадлежностями, 5200 комплектов школьной формы.",
     [f"2000 exact * * {NOW} *", f"5200 exact * * {NOW} *"], "ru"),
    ("Помощь получили 2000 многодетных семей.", [f"2000 exact families * {NOW} *"], "ru"),
    ("Помощь получили 2000 пострадавших семей.", [f"2000 exact families * {NOW} *"], "ru"),
    ("В акции участвовали 2024 новых волонтера.", [f"2024 exact persons * {NOW} *"], "ru"),
    ("Высажено 2025 молодых саженцев.", [f"2025 exact trees * {NOW} *"], "ru"),
    ("2000 көпбалалы отбасыға көмек берілді.", [f"2000 exact families * {NOW} *"], "kk"),
    ("2000 kópbalaly otbasyǵa kómek berildi.", [f"2000 exact families * {NOW} *"], "kk"),
    ("Еріктілер 2025 түп көшет отырғызды.", [f"2025 exact trees * {NOW} *"], "kk"),
    ("Volunteers planted 2025 young seedlings.", [f"2025 exact trees * {NOW} *"], "en"),
    ("Aid went to 2000 families.", [f"2000 exact families * {NOW} *"], "en"),
    # negatives: years
    ("В 2000 году было 30 волонтеров.", ["30 exact persons * 2000-01-01..2000-12-31 *"], "ru"),
    ("В 2024 учебном году 300 школьников стали волонтерами.", ["300 exact persons * * *"], "ru"),
    ("С 2000 по 2005 годы собрано 30 тонн.", ["30 exact tonnes * 2000-01-01..2005-12-31 *"], "ru"),
    ("Это волонтеры 2000 года рождения.", [], "ru"),
    ("В 2000-х годах было 30 волонтеров.", ["30 exact persons * * *"], "ru"),
    ("2000 жылы 30 ерікті болды.", ["30 exact persons * 2000-01-01..2000-12-31 *"], "kk"),
    ("2024 жылғы су тасқынында 300 үй зардап шекті.", ["300 exact * * 2024-01-01..2024-12-31 *"], "kk"),
    ("In 2024 new volunteers joined.", [], "en"),
    ("In March 2024 young volunteers planted 300 trees.", ["300 exact trees * 2024-03-01..2024-03-31 *"], "en"),
    ("The 2024 summer floods hit 300 homes.", ["300 exact * * 2024-01-01..2024-12-31 *"], "en"),
]
ROUND_1_9_RUEN["YEAR_LIKE_COUNT_AFTER_MODIFIERS"] = YEAR_LIKE_COUNT_AFTER_MODIFIERS


# A paragraph cut off by the copy inside a list of regions with their figures in brackets ("«… можно выделить
# Алматинскую (свыше 427 млн. тенге), Карагандинскую (свыше 281 млн. тенге), …, Кыз"): longer than any title, or a
# quote opened and never closed over a sentence's length, so not a title (a title naming no topic is skipped) — its
# figures are the body's. Variants in English and Kazakh, and the bracket after a region in a full sentence.
# Negatives: a short title with no topic word stays a title, even with a quote left open.
CUT_LIST_OF_REGIONS = [
    ("Более 320 тысяч детей получили помощь.\n\n«В рейтинге количества привлеченных средств можно выделить "
     "Алматинскую (свыше 427 млн. тенге), Карагандинскую (свыше 281 млн. тенге), Южно-Казахстанскую (свыше 197 млн. "
     "тенге), Жамбылскую (свыше 188 млн. тенге), Кыз",
     [f"320000 at_least persons * {NOW} *", f"4.27e+08 at_least KZT * {NOW} *", f"2.81e+08 at_least KZT * {NOW} *",
      f"1.97e+08 at_least KZT * {NOW} *", f"1.88e+08 at_least KZT * {NOW} *"], "ru"),
    ("Более 320 тысяч детей получили помощь.\n\n«По сумме привлеченных средств выделяются Алматинская (свыше "
     "427 млн тенге) и Карагандинская (свыше 281 млн тенге) области, а также Жамбыл",
     [f"320000 at_least persons * {NOW} *", f"4.27e+08 at_least KZT * {NOW} *", f"2.81e+08 at_least KZT * {NOW} *"],
     "ru"),
    ("More than 320,000 children received aid.\n\n“In the ranking of funds raised, we can single out Almaty "
     "region (over 427 million tenge), Karaganda region (over 281 million tenge), Zhambyl region (over 188 "
     "million tenge), Kyz",
     [f"320000 at_least persons * {NOW} *", f"4.27e+08 at_least KZT * {NOW} Almaty region",
      f"2.81e+08 at_least KZT * {NOW} Karaganda region", f"1.88e+08 at_least KZT * {NOW} Zhambyl region"], "en"),
    ("320 мыңнан астам бала көмек алды.\n\n«Тартылған қаражат көлемі бойынша Алматы облысы (427 млн теңгеден "
     "астам), Қарағанды облысы (281 млн теңгеден астам), Жамбыл облысы (188 млн теңгеден астам), Қызыл",
     [f"320000 at_least persons * {NOW} *", f"4.27e+08 at_least KZT * {NOW} Almaty region",
      f"2.81e+08 at_least KZT * {NOW} Karaganda region", f"1.88e+08 at_least KZT * {NOW} Zhambyl region"], "kk"),
    ("Алматинская область (свыше 427 млн тенге) лидирует по сумме помощи.",
     [f"4.27e+08 at_least KZT * {NOW} Almaty region"], "ru"),
    ("Almaty region (over 427 million tenge) leads the ranking of funds raised.",
     [f"4.27e+08 at_least KZT * {NOW} Almaty region"], "en"),
    ("Алматы облысы (427 млн теңгеден астам) көш бастап тұр.", [f"4.27e+08 at_least KZT * {NOW} Almaty region"], "kk"),
    # negatives: a short title with no topic word, its quote open or closed, stays a title and is not read
    ("Более 320 тысяч детей получили помощь.\n\nКак живут 300 семей в поселке «Жана\n\nЛюди помогают.",
     [f"320000 at_least persons * {NOW} *"], "ru"),
    ("Более 320 тысяч детей получили помощь.\n\nЧем живут 2 приюта города\n\nЛюди помогают приюту.",
     [f"320000 at_least persons * {NOW} *"], "ru"),
]
ROUND_1_9_RUEN["CUT_LIST_OF_REGIONS"] = CUT_LIST_OF_REGIONS


# The first number of an alternative or a range before a time unit ("After two or three months", "через 2 или 3
# месяца", "екі немесе үш айдан кейін"): the unit after the second number is the first's too, both a duration.
# Negatives: an alternative of counted things stays two figures, a figure after the duration stays.
DURATION_ALTERNATIVE = [
    ("After two or three months, such a dog will be ready to communicate with children.", [], "en"),
    ("It takes two to three weeks to train a dog.", [], "en"),
    ("The camp lasted 5 or 6 days.", [], "en"),
    ("Через два или три месяца собака будет готова.", [], "ru"),
    ("Через 2 или 3 месяца собака будет готова.", [], "ru"),
    ("Екі немесе үш айдан кейін ит дайын болады.", [], "kk"),
    ("Eki nemese úsh aıdan keıin it daıyn bolady.", [], "kk"),
    # negatives
    ("In two or three months the shelter will take 30 dogs.", [f"30 exact * * {NOW} *"], "en"),
    # (a count guessed between two next whole numbers is one quantity with two ends: en_hw04's blind gold)
    ("Два или три волонтера выгуливают собак.", [f"2 at_least * * {NOW} *", f"3 at_most persons * {NOW} *"], "ru"),
    ("Two or three volunteers walk the dogs every day.",
     [f"2 at_least * * {NOW} *", f"3 at_most persons * {NOW} *"], "en"),
]
ROUND_1_9_RUEN["DURATION_ALTERNATIVE"] = DURATION_ALTERNATIVE


# An English number word written with a capital inside a sentence and followed by a capitalized word, in a phrase
# that counts nothing known, is part of a name ("the Custodian of the Two Holy Mosques", "the Three Kings
# Foundation"). Negatives: the first word of a sentence, a headline in title case, a qualifier before, a counted noun.
NUMBER_WORD_INSIDE_A_NAME = [
    ("Kazakhstan's deputy mufti thanked the Custodian of the Two Holy Mosques King Salman for his generous gesture.",
     [], "en"),
    ("The ministry inaugurated the Custodian of the Two Holy Mosques' Iftar Program in Astana for 5,000 people.",
     [f"5000 exact persons * {NOW} *"], "en"),
    ("The gifts were handed over by the Three Kings Foundation to the local orphanage.", [], "en"),
    # negatives
    ("Two volunteers were injured.", [f"2 exact persons * {NOW} *"], "en"),
    ("Two hundred volunteers joined.", [f"200 exact persons * {NOW} *"], "en"),
    ("They delivered two tonnes of flour.", [f"2 exact tonnes * {NOW} *"], "en"),
    ("Nearly Two Thousand Volunteers Joined the Clean-Up", [f"2000 almost persons * {NOW} *"], "en"),
    ("Kazakhstan Sends Three Trucks of Aid", [f"3 exact * * {NOW} *"], "en"),
]
ROUND_1_9_RUEN["NUMBER_WORD_INSIDE_A_NAME"] = NUMBER_WORD_INSIDE_A_NAME


# Number words in a quoted motto or slogan are rhetoric, not figures: the sentence names the quote a motto ("under
# the motto “Two hands, one heart”", "под девизом «Два сердца — одна цель»", "ұранымен"), or the next one does
# ("…two sincere smiles…” These words became the motto of …"). Negatives: digits or number words in a quote nobody
# calls a motto, a figure outside the quote.
NUMBER_WORDS_IN_A_MOTTO = [
    ("Pavlodar: “By making good things, you add to the world's goodwill box one important thing, two sincere smiles "
     "and endless belief in humanity.” These words became the motto of 'Spring Goodwill Week', a volunteer event.",
     [], "en"),
    ("The campaign runs under the motto “Two hands, one heart” and gathered 300 volunteers.",
     [f"300 exact persons * {NOW} *"], "en"),
    ("Акция прошла под девизом «Два сердца — одна цель», в ней участвовали 300 волонтеров.",
     [f"300 exact persons * {NOW} *"], "ru"),
    ("«Одна улыбка, две руки помощи, три добрых слова». Эти слова стали девизом акции.", [], "ru"),
    ("Акция «Екі жүрек, үш тілек — бір мақсат» ұранымен өтіп, оған 300 ерікті қатысты.",
     [f"300 exact persons * {NOW} *"], "kk"),
    # negatives
    ("“This year our volunteers planted two thousand trees in the city parks,” the head said. These volunteers "
     "planted 300 trees.", ["2000 exact trees * * *", "300 exact trees * * *"], "en"),
    ("«В этом году наши волонтеры высадили две тысячи деревьев в парках города», — сказал он. Эти волонтеры "
     "посадили 300 деревьев.", ["2000 exact trees * * *", "300 exact trees * * *"], "ru"),
    ("Under the slogan of the campaign, volunteers planted two thousand trees.", ["2000 exact trees * * *"], "en"),
]
ROUND_1_9_RUEN["NUMBER_WORDS_IN_A_MOTTO"] = NUMBER_WORDS_IN_A_MOTTO


# Projects a sum of money is allocated to back, or that a funder funds in an article about a small-grants competition,
# are the grants awarded (small_grants): "allocate KZT 170 mln to back 170 social projects", "выделит 170 млн тенге
# на поддержку 170 социальных проектов", "170 жобаны қолдауға 170 млн теңге", "Of the 10 total projects, EF is
# funding three". Negatives: projects volunteers carry out, even with a sum, stay volunteer_projects.
PROJECTS_FUNDED_ARE_GRANTS = [
    ("The Government will allocate KZT 170 mln to back 170 social projects.",
     [f"1.7e+08 exact KZT * {NOW} *", f"170 exact projects small_grants {NOW} *"], "en"),
    ("The akimat allocated 20 million tenge to support 40 youth projects.",
     [f"2e+07 exact KZT * {NOW} *", f"40 exact projects small_grants {NOW} *"], "en"),
    ("Правительство выделит 170 млн тенге на поддержку 170 социальных проектов.",
     [f"1.7e+08 exact KZT * {NOW} *", f"170 exact projects small_grants {NOW} *"], "ru"),
    ("Үкімет 170 әлеуметтік жобаны қолдауға 170 млн теңге бөледі.",
     [f"170 exact projects small_grants {NOW} *", f"1.7e+08 exact KZT * {NOW} *"], "kk"),
    ("The World Bank announced the winners of the Small Grants Program competition.\n\nOf the 10 total projects, "
     "EF is funding three.", [f"10 exact projects small_grants {NOW} *", f"3 exact projects * {NOW} *"], "en"),
    # negatives
    ("Volunteers implemented 40 projects worth 20 million tenge.",
     [f"40 exact projects volunteer_projects {NOW} *", f"2e+07 exact KZT * {NOW} *"], "en"),
    ("Волонтеры реализовали 40 проектов на 20 млн тенге.",
     [f"40 exact projects volunteer_projects {NOW} *", f"2e+07 exact KZT * {NOW} *"], "ru"),
]
ROUND_1_9_RUEN["PROJECTS_FUNDED_ARE_GRANTS"] = PROJECTS_FUNDED_ARE_GRANTS


# Russian words that begin like "час" (hour) but are no time ("частных", "частей"): a number before them is a count,
# not a duration ("Три частных в Костанае" after "несколько приютов", "5 частных компаний"). Negatives: hours in
# every case form and in a compound ("3 часа", "6 часов", "24-часовом").
NOT_HOURS = [
    ("Сегодня в регионе действует несколько приютов для кошек и собак. Три частных в Костанае, которые существуют "
     "благодаря пожертвованиям.", [f"3 exact * * {NOW} *"], "ru"),
    ("В акции участвовали 5 частных компаний.", [f"5 exact * * {NOW} *"], "ru"),
    # negatives
    ("Акция длилась 3 часа.", [], "ru"),
    ("Волонтеры дежурили 6 часов.", [], "ru"),
    ("Работа велась в круглосуточном 24-часовом режиме.", [], "ru"),
    ("Волонтеры 3 часа убирали берег, собрали 30 мешков.", [f"30 exact * * {NOW} *"], "ru"),
]
ROUND_1_9_RUEN["NOT_HOURS"] = NOT_HOURS


@pytest.mark.parametrize("text,expected,lang", [row for table in ROUND_1_9_RUEN.values() for row in table])
def test_round9_ruen(text, expected, lang):
    _check_read(text, expected, lang)

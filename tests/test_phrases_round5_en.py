"""Round 5, English: phrasings of Kazakhstan's English-language outlets (Astana Times, Kazinform, Tengrinews EN,
Kursiv, Trend, UN agencies) that the extractor misread, found by composed probe articles; one table per class,
with variants in Russian and Kazakh (Cyrillic and Latin) where the class exists there too, and negatives.

Format as in tests/test_extract_phrases.py: (text, ["VALUE QUALIFIER UNIT METRIC PERIOD AREA", ...], lang), "*" for
any; publication date 2025-06-15."""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

Y2021_2023 = "2021-01-01..2023-12-31"

# A span of years after a preposition, without "years" ("in 2021-2023, 10.3 million trees were planted"): the
# whole span, as "2021–2023 годы" is.
YEAR_SPANS_WITHOUT_YEARS = [
    ("In 2021-2023, 10.3 million trees were planted in settlements.",
     [f"1.03e+07 exact trees trees_planted {Y2021_2023} KZ"], "en"),
    ("In 2021–2023, volunteers held 4,000 events across the country.",
     [f"4000 exact events * {Y2021_2023} KZ"], "en"),
    ("During 2022-2024 over 1 million trees were planted in Turkistan region.",
     ["1e+06 at_least trees trees_planted 2022-01-01..2024-12-31 Turkistan region"], "en"),
    ("Over the 2021-2023 period, the fund spent KZT 2 bln on aid.",
     [f"2e+09 exact KZT * {Y2021_2023} KZ"], "en"),
    ("В 2021–2023 годах в населенных пунктах высажено 10,3 млн деревьев.",
     [f"1.03e+07 exact trees trees_planted {Y2021_2023} KZ"], "ru"),
    ("2021-2023 жылдары елді мекендерде 10,3 млн ағаш отырғызылды.",
     [f"1.03e+07 exact trees trees_planted {Y2021_2023} KZ"], "kk"),
    ("2021-2023 jyldary eldi mekenderde 10,3 mln aǵash otyrǵyzyldy.",
     [f"1.03e+07 exact trees trees_planted {Y2021_2023} KZ"], "kk"),
    # negatives: a program's years name it; a year and a later span in another clause
    ("The 2024-2026 program provides for 500 grants.", [f"500 exact grants * {NOW} KZ"], "en"),
    ("In 2024, 500 grants were given.", ["500 exact grants * 2024-01-01..2024-12-31 KZ"], "en"),
]

# Scale abbreviations of wire copy: "bln", "trln" ("2.7 bln tenge", "KZT 1.3 trln"), and an "m"/"b" glued to an
# amount after a currency sign ("$1.5m"); a bare "15 m" stays metres.
SCALE_ABBREVIATIONS = [
    ("About 2.7 bln tenge was allocated to flood victims.", [f"2.7e+09 approx KZT * {NOW} KZ"], "en"),
    ("KZT 2.7 bln was allocated for the volunteers.", [f"2.7e+09 exact KZT * {NOW} KZ"], "en"),
    ("The fund spent 350 mln. tenge and 1.2 bln. tenge.", [f"3.5e+08 exact KZT * {NOW} KZ",
                                                           f"1.2e+09 exact KZT * {NOW} KZ"], "en"),
    ("The budget of the program is KZT 1.3 trln.", [f"1.3e+12 exact KZT * {NOW} KZ"], "en"),
    ("The fund raised $1.5m for the children.", [f"1.5e+06 exact USD * {NOW} KZ"], "en"),
    ("The fund raised US$2.4m, or KZT 1.1 bln.", [f"2.4e+06 exact USD * {NOW} KZ", f"1.1e+09 exact KZT * {NOW} KZ"],
     "en"),
    ("На помощь пострадавшим направлено около 2,7 млрд тенге.", [f"2.7e+09 approx KZT * {NOW} KZ"], "ru"),
    ("Зардап шеккендерге 2,7 млрд теңге бөлінді.", [f"2.7e+09 exact KZT * {NOW} KZ"], "kk"),
    # negatives: metres, a letter after a number
    ("Volunteers cleared 15 m of the riverbank.", [f"15 exact * * {NOW} KZ"], "en"),
    ("Volunteers planted 300 trees along 15 m wide strips.", [f"300 exact trees * {NOW} KZ"], "en"),
]

# "and a half" after an English number: with a scale ("one and a half million", "two and a half thousand"), a
# multiple ("one and a half times") or a unit ("two and a half tonnes"; "hours": a duration, no figure).
AND_A_HALF = [
    ("One and a half million people took part in the marathon.",
     [f"1.5e+06 exact persons marathon_participants {NOW} KZ"], "en"),
    ("Two and a half thousand people joined the campaign in Almaty.", [f"2500 exact persons * {NOW} Almaty"], "en"),
    ("Over 1 and a half thousand people joined the clean-up.", [f"1500 at_least persons * {NOW} KZ"], "en"),
    ("The number of donors increased one and a half times.", ["1.5 exact ratio * * KZ"], "en"),
    ("The number of donors increased by one and a half times compared to 2020.", ["1.5 exact ratio * * KZ"], "en"),
    ("Volunteers collected two and a half tonnes of waste.", [f"2.5 exact tonnes waste_collected_tonnes {NOW} KZ"],
     "en"),
    ("Число доноров выросло в полтора раза.", ["1.5 exact ratio * * KZ"], "ru"),
    ("В марафоне участвовали два с половиной миллиона человек.",
     [f"2.5e+06 exact persons marathon_participants {NOW} KZ"], "ru"),
    ("Donorlar sany bir jarym ese ósti.", ["1.5 exact ratio * * KZ"], "kk"),
    # negatives: a duration, one of something and a half-dozen
    ("Volunteers worked for two and a half hours.", [], "en"),
    ("Three volunteers and a half-dozen residents attended.", [f"3 exact persons * {NOW} KZ"], "en"),
]

# A fraction whose numerator is written apart ("three quarters of the volunteers", "two thirds of donors",
# Kazakh "төрттен үші"): a percent share, not a count of three.
FRACTIONS_WRITTEN_APART = [
    ("Three quarters of the volunteers are women.", [f"75 approx percent * {NOW} KZ"], "en"),
    ("Two thirds of donors in Astana are men.", [f"66.67 approx percent * {NOW} Astana"], "en"),
    ("One third of the funds was spent in Almaty.", [f"33.33 approx percent * {NOW} Almaty"], "en"),
    ("Nearly three quarters of the participants were students.", [f"75 almost percent * {NOW} KZ"], "en"),
    ("Три четверти волонтеров — женщины.", [f"75 approx percent * {NOW} KZ"], "ru"),
    ("Еріктілердің төрттен үші — әйелдер.", [f"75 approx percent * {NOW} KZ"], "kk"),
    ("Eriktilerdiń tórtten úshi áıelder.", [f"75 approx percent * {NOW} KZ"], "kk"),
    ("Донорлардың үштен екісі — ерлер.", [f"66.67 approx percent * {NOW} KZ"], "kk"),
    # negatives: a part of a year; three things counted
    ("The first quarter of 2025 saw 3,000 donations.", ["3000 exact donations * 2025-01-01..2025-03-31 KZ"], "en"),
    ("Three volunteers and two doctors visited the village.", [f"3 exact persons * {NOW} KZ",
                                                              f"2 exact * * {NOW} KZ"], "en"),
]

# "under" before a share is a bound ("under 10 per cent", "under 10%"), not an age; an age bound after people
# ("young people under 35 can apply", "children under 14") is no figure whatever follows it.
UNDER_A_SHARE = [
    ("Under 10 per cent of schools joined the program.", [f"10 at_most percent * {NOW} KZ"], "en"),
    ("The share of young donors is under 10 per cent.", [f"10 at_most percent * {NOW} KZ"], "en"),
    ("Under 10% of the population donate blood.", [f"10 at_most percent * {NOW} KZ"], "en"),
    ("Over 60 percent of volunteers are women.", [f"60 at_least percent * {NOW} KZ"], "en"),
    ("Under 300 volunteers registered in the first week.", [f"300 at_most persons * {NOW} KZ"], "en"),
    ("Менее 10 процентов школ присоединились к программе.", [f"10 at_most percent * {NOW} KZ"], "ru"),
    ("Мектептердің 10 пайыздан азы бағдарламаға қосылды.", [f"10 at_most percent * {NOW} KZ"], "kk"),
    # negatives: ages
    ("Young people under 35 can apply.", [], "en"),
    ("Children under 14 received gifts from 40 volunteers.", [f"40 exact persons * {NOW} KZ"], "en"),
    ("Donors over 60 make up 5 percent.", [f"5 exact percent * {NOW} KZ"], "en"),
    ("Volunteers aged over 60 are called silver volunteers.", [], "en"),
    ("Молодежь до 35 лет может подать заявку.", [], "ru"),
    ("35 жасқа дейінгі жастар өтінім бере алады.", [], "kk"),
]

# "-plus" glued to a number is a lower bound, as "5 000+" is: "3,500-plus families", "a 200 plus team".
PLUS_AFTER_NUMBERS = [
    ("The volunteers helped 3,500-plus families.", [f"3500 at_least families * {NOW} KZ"], "en"),
    ("Some 1,000-plus volunteers took part in the clean-up in Almaty.", [f"1000 at_least persons * {NOW} Almaty"],
     "en"),
    ("The 5,000+ volunteers received certificates.", [f"5000 at_least persons * {NOW} KZ"], "en"),
    ("Волонтеры помогли 3 500+ семьям.", [f"3500 at_least families * {NOW} KZ"], "ru"),
    # negatives: "plus" adding another count; a count with "-strong"
    ("The fund helped 300 families plus 20 schools.", [f"300 exact families * {NOW} KZ", f"20 exact * * {NOW} KZ"],
     "en"),
    ("A 1,200-strong volunteer corps was deployed to the flood zone.", [f"1200 exact persons * {NOW} KZ"], "en"),
]

# A rate's base written "on / to / for every 1,000 population" (the Kazinform rendering of "на 1000 населения") is
# no figure, as "per 1,000 population" is not.
RATE_DENOMINATORS = [
    ("50 donors are on 1000 population in Europe, and only 18-20 people are on 1000 population in our country.",
     [f"50 exact persons * {NOW} *", f"18 at_least persons * {NOW} *", f"20 at_most persons * {NOW} *"], "en"),
    ("In Kazakhstan there are 14 donors for every 1,000 residents.", [f"14 exact persons * {NOW} KZ"], "en"),
    ("Out of every 1,000 people, 15 donate blood.", [f"15 exact * * {NOW} KZ"], "en"),
    ("The rate is 17 donors to 1,000 inhabitants.", [f"17 exact persons * {NOW} KZ"], "en"),
    ("В Казахстане на 1000 населения приходится 14 доноров.", [f"14 exact persons * {NOW} KZ"], "ru"),
    # negative: aid for a thousand people is a count
    ("The fund delivered food packages for 1,000 people in Atyrau.", [f"1000 exact persons * {NOW} Atyrau"], "en"),
]

# A milestone: "crossed / passed / surpassed the 100,000 mark" is a lower bound, "reached / hit the N mark" the value;
# "mark / milestone / threshold" counts nothing, the subject ("the number of volunteers") says what.
MILESTONE_MARKS = [
    ("The number of volunteers crossed the 100,000 mark.", [f"100000 at_least persons volunteers_total {NOW} KZ"],
     "en"),
    ("The number of volunteers reached the 300,000 mark.", [f"300000 exact persons volunteers_total {NOW} KZ"], "en"),
    ("The number of registered volunteers has passed the 1 million mark this year.",
     ["1e+06 at_least persons volunteers_total 2025-01-01..2025-06-15 KZ"], "en"),
    ("The number of volunteers hit the 50,000 mark in Almaty.", [f"50000 exact persons * {NOW} Almaty"], "en"),
    ("The campaign crossed 2 million participants.", [f"2e+06 at_least persons * {NOW} KZ"], "en"),
    ("Число волонтеров перевалило за 100 тысяч.", [f"100000 at_least persons volunteers_total {NOW} KZ"], "ru"),
    # negative: "passed" something on is no bound
    ("The fund passed 300 food packages to the akimat.", [f"300 exact * * {NOW} KZ"], "en"),
]

# Seasons: "this spring", "last autumn", "in the summer of 2024", "весной 2024 года", "прошлой осенью" are the
# season's three months (last = the latest one over before publication); "the spring flood season" is none.
SEASONS = [
    ("Volunteers in Astana planted over 5,000 trees this spring.",
     ["5000 at_least trees trees_planted 2025-03-01..2025-05-31 Astana"], "en"),
    ("Last autumn, volunteers planted 12,000 saplings in the region.",
     ["12000 exact trees trees_planted 2024-09-01..2024-11-30 *"], "en"),
    ("In the summer of 2024, volunteers collected 40 tonnes of waste.",
     ["40 exact tonnes waste_collected_tonnes 2024-06-01..2024-08-31 KZ"], "en"),
    ("In spring 2023, some 3,000 volunteers joined the clean-up.", ["3000 approx persons * 2023-03-01..2023-05-31 KZ"],
     "en"),
    ("Last winter, volunteers delivered 500 tonnes of coal to elderly residents.",
     ["500 exact tonnes * 2024-12-01..2025-02-28 KZ"], "en"),
    ("Весной 2024 года волонтеры высадили 5 тысяч деревьев.",
     ["5000 exact trees trees_planted 2024-03-01..2024-05-31 KZ"], "ru"),
    ("Прошлой осенью волонтеры высадили 12 тысяч саженцев.",
     ["12000 exact trees trees_planted 2024-09-01..2024-11-30 KZ"], "ru"),
    ("Этой весной волонтеры высадили 3 тысячи деревьев.", ["3000 exact trees trees_planted 2025-03-01..2025-05-31 KZ"],
     "ru"),
    ("Былтыр күзде еріктілер 12 мың көшет отырғызды.", ["12000 exact trees trees_planted 2024-01-01..2024-12-31 KZ"],
     "kk"),
    # negatives: a season as a modifier, "fall" as a noun
    ("During the spring flood season, some 2,000 volunteers helped residents.", [f"2000 approx persons * {NOW} KZ"],
     "en"),
    ("The spring clean-up gathered 4,000 residents.", [f"4000 exact persons * {NOW} KZ"], "en"),
    ("The fall in donations reached 12 percent.", [f"12 exact percent * {NOW} KZ"], "en"),
]

# Business-wire parts of a year: "H1 2025", "Q3" (without a year: the last one begun), "9M 2024", "fiscal 2024",
# "FY2023"; a glued "5m" without a year is metres.
PARTS_OF_A_YEAR_ABBREVIATED = [
    ("In H1 2025, volunteers planted 1.2 million trees.",
     ["1.2e+06 exact trees trees_planted 2025-01-01..2025-06-30 KZ"], "en"),
    ("In Q3, the volunteers held 3,400 events.", ["3400 exact events * 2024-07-01..2024-09-30 KZ"], "en"),
    ("Donations grew 12% in Q1 2025.", ["12 exact percent * 2025-01-01..2025-03-31 KZ"], "en"),
    ("In 9M 2024, the fund spent KZT 1.5 bln.", ["1.5e+09 exact KZT * 2024-01-01..2024-09-30 KZ"], "en"),
    ("In fiscal 2024, the fund spent KZT 500 million.", ["5e+08 exact KZT * 2024-01-01..2024-12-31 KZ"], "en"),
    ("The FY2023 budget of the program was KZT 2 bln.", ["2e+09 exact KZT * 2023-01-01..2023-12-31 KZ"], "en"),
    ("В I квартале 2025 года доноры сдали 3 тысячи литров крови.",
     ["3000 exact liters * 2025-01-01..2025-03-31 KZ"], "ru"),
    # negatives: metres glued to the number
    ("The 5m wide strip was cleaned by 30 volunteers.", [f"30 exact persons * {NOW} KZ"], "en"),
]


ROUND_1_5_EN = {
    "year_spans_without_years": YEAR_SPANS_WITHOUT_YEARS,
    "scale_abbreviations": SCALE_ABBREVIATIONS,
    "and_a_half": AND_A_HALF,
    "fractions_written_apart": FRACTIONS_WRITTEN_APART,
    "under_a_share": UNDER_A_SHARE,
    "plus_after_numbers": PLUS_AFTER_NUMBERS,
    "rate_denominators": RATE_DENOMINATORS,
    "milestone_marks": MILESTONE_MARKS,
    "seasons": SEASONS,
    "parts_of_a_year_abbreviated": PARTS_OF_A_YEAR_ABBREVIATED,
}


@pytest.mark.parametrize(("text", "want", "lang"), [
    pytest.param(t, w, lang, id=f"{cls}:{t[:45]}") for cls, table in ROUND_1_5_EN.items() for t, w, lang in table])
def test_round_5_english_classes(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

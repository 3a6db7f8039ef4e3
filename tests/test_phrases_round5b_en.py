"""Round 5b, English: classes of phrasing behind the misses and false figures of the sixth real English set
(bench/real/en_set6) and the leftovers of earlier English probes, each fixed as a rule of the language; one table
per class, with variants in Russian and Kazakh (Cyrillic and Latin) where the class exists there too, and negatives.

Format as in tests/test_extract_phrases.py: (text, ["VALUE QUALIFIER UNIT METRIC PERIOD AREA", ...], lang), "*" for
any; publication date 2025-06-15. Tables of undated pages give (text, year) or read the page without a date."""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read, matches

from loaders.build import process_article
from loaders.extract.dating import implied_year
from loaders.text import content_lines, sentences


def _implied(text: str) -> int | None:
    lines, _ = content_lines(text)
    return implied_year(sentences(lines))


def read_undated(text: str, lang: str) -> list[str]:
    """Figures of a page that states no publication date (no sources.csv date, no date in the text or URL)."""
    out = []
    for f in process_article("a.txt", text, "0" * 64, {"lang": lang})["figures"]:
        if f["duplicate_of"] is None:
            out.append(f"{f['value']:g} {f['qualifier']} {f['unit']} {f['metric']} {f['period_start']}.."
                       f"{f['period_end']} {f['area']}")
    return out


Y2020 = "2020-01-01..2020-12-31"

# A page without a date that names the country's theme year is of that year: 2020 the Year of the Volunteer, 2019 the
# Year of Youth, 2022 the Year of Children ("It is during the Year of Volunteer that we see the influx", "в Год
# волонтера", "Биыл Волонтер жылы аясында"). Not a UN year ("the International Year of Volunteers", "Международный год
# добровольцев"), not a lower-case phrase ("еріктілер жылы киім жинады": warm clothes), not a plan.
THEME_YEARS = [
    ("It is during the Year of Volunteer that we see the influx of volunteers. They helped 5,000 people.", 2020),
    ("The Year of the Volunteer brought thousands of people to the movement.", 2020),
    ("2019 was the Year of Youth. The campaign was launched during the Year of Volunteers.", 2020),
    ("Within the Year of Youth, 300 young people joined the project.", 2019),
    ("The campaign was held as part of the Year of Children.", 2022),
    ("В Год волонтера в движение пришли тысячи людей.", 2020),
    ("Годом волонтера был объявлен этот год, и 300 человек присоединились к акции.", 2020),
    ("Акция прошла в рамках Года молодежи.", 2019),
    ("Биыл Волонтер жылы аясында 7 жалпыұлттық жоба жүзеге асырылды.", 2020),
    ("Елімізде Балалар жылы аясында 500 отбасыға көмек көрсетілді.", 2022),
    # negatives
    ("Tokayev proposed the International Year of Volunteer Mobilization at the UN.", None),
    ("In 2001, the UN marked the International Year of Volunteers.", 2001),
    ("Международный год добровольцев отмечали в мире.", None),
    ("Еріктілер жылы киім мен азық-түлік жинады.", None),
    ("Волонтеры работали весь год, помогая детям.", None),
    ("The Year of Volunteer will be announced next month.", None),
    ("In 2023 volunteers recalled the Year of Volunteer.", 2023),
]

# The same pages read whole: their figures take the theme's year (a level "now" the year, "since the beginning of the
# year" the year so far, "scheduled for December" that month).
THEME_YEAR_PAGES = [
    ("Volunteers of the capital help residents\n\nMore than 2,000 volunteers from the city continue to help. They have "
     "30 good deeds scheduled for December. It is during the Year of Volunteer that we see the influx of volunteers.",
     ["2000 at_least persons * 2020-01-01..2020-12-31 *", "30 exact * * * *"], "en"),
    ("Волонтеры помогают жителям\n\nС начала года волонтеры помогли почти 50 тысячам человек. Именно в Год волонтера "
     "в движение пришло много взрослых.", ["50000 almost persons * 2020-01-01..2020-12-31 *"], "ru"),
    ("Eriktiler turǵyndarǵa kómektesedi\n\nByıl Volonter jyly aıasynda eriktiler 500 otbasyǵa kómek kórsetti.",
     ["500 exact families * 2020-01-01..2020-12-31 *"], "kk"),
    # negative: a UN year names no year of the page
    ("Volunteers of the capital help residents\n\nMore than 2,000 volunteers from the city continue to help. The UN "
     "declared the International Year of Volunteers.", ["2000 at_least persons * None..None *"], "en"),
]


@pytest.mark.parametrize(("text", "year"), THEME_YEARS, ids=[t[:45] for t, _ in THEME_YEARS])
def test_theme_years_date_an_undated_page(text: str, year: int | None) -> None:
    assert _implied(text) == year


@pytest.mark.parametrize(("text", "want", "lang"), THEME_YEAR_PAGES, ids=[t[:45] for t, _, _ in THEME_YEAR_PAGES])
def test_theme_year_pages(text: str, want: list[str], lang: str) -> None:
    got = read_undated(text, lang)
    assert len(got) == len(want), f"{text}\n got {got}\nwant {want}"
    for g, w in zip(got, want, strict=True):
        assert matches(g, w), f"{text}\n got {g}\nwant {w}"


# "up to" after an increase is the new level, exact ("a 40 per cent increase of the budget - up to 10 billion tenge",
# "grew up to 5,000"), as Russian "выросло до" and Kazakh "5 мыңға дейін өсті" are; "up to" of its own, or in a new
# clause after the change ("and up to 500 more will join"), stays at_most.
UP_TO_AFTER_AN_INCREASE = [
    ("This became possible due to a 40 per cent increase of the Fund's budget for charity - up to 10 billion tenge.",
     [f"40 exact percent * {NOW} KZ", f"1e+10 exact KZT * {NOW} KZ"], "en"),
    ("The number of volunteers has grown up to 5,000.", [f"5000 exact persons volunteers_total {NOW} KZ"], "en"),
    ("The budget was increased by 40 percent, up to KZT 10 billion.",
     [f"40 exact percent * {NOW} KZ", f"1e+10 exact KZT * {NOW} KZ"], "en"),
    ("Blood donations rose up to 3,000 liters in Almaty.", [f"3000 exact liters * {NOW} Almaty"], "en"),
    ("Бюджет фонда увеличен на 40 процентов — до 10 млрд тенге.",
     [f"40 exact percent * {NOW} KZ", f"1e+10 exact KZT * {NOW} KZ"], "ru"),
    ("Еріктілер саны 5 мыңға дейін өсті.", [f"5000 exact persons volunteers_total {NOW} KZ"], "kk"),
    ("Қордың бюджеті 40 пайызға ұлғайып, 10 млрд теңгеге дейін жетті.",
     [f"40 exact percent * {NOW} KZ", f"1e+10 exact KZT * {NOW} KZ"], "kk"),
    ("Eriktiler sany 5 myńǵa deıin ósti.", [f"5000 exact persons volunteers_total {NOW} KZ"], "kk"),
    # negatives: a bound of its own
    ("Up to 500 volunteers will join the campaign.", [f"500 at_most persons * {NOW} KZ"], "en"),
    ("The number increased by 20%, and up to 500 more people will join.",
     [f"20 exact percent * {NOW} KZ", f"500 at_most persons * {NOW} KZ"], "en"),
    ("Each family can receive up to 50,000 tenge.", [f"50000 at_most KZT * {NOW} KZ"], "en"),
    ("Акцияға 500-ге дейін ерікті қатысады.", [f"500 at_most persons * {NOW} KZ"], "kk"),
]


# A paragraph that opens by pointing back at what was said before ("«This became possible due to …", "As a result",
# "These initiatives …", "Это позволило …", "Бұл … мүмкіндік берді") goes on from the paragraph before: its figures
# take the period stated there. The past of irregular English verbs ("became", "grew") tells a report as "-ed" does.
# Not a paragraph of its own ("The fund spent …"), nor "This year / В этот раз", which name their own time.
_P2022 = "In 2022, the fund implemented 43 social initiatives across the country.\n\n"
_Y2022 = "2022-01-01..2022-12-31"
PARAGRAPHS_THAT_POINT_BACK = [
    (_P2022 + "«This became possible due to a 40 per cent increase of the budget - up to 10 billion tenge.",
     [f"43 exact * * {_Y2022} KZ", f"40 exact percent * {_Y2022} KZ", f"1e+10 exact KZT * {_Y2022} KZ"], "en"),
    (_P2022 + "As a result, the fund spent 10 billion tenge on aid.",
     [f"43 exact * * {_Y2022} KZ", f"1e+10 exact KZT * {_Y2022} KZ"], "en"),
    (_P2022 + "These initiatives grew by 40 percent.", [f"43 exact * * {_Y2022} KZ", f"40 exact percent * {_Y2022} KZ"],
     "en"),
    ("В 2022 году фонд реализовал 43 социальных проекта.\n\nЭто позволило направить на помощь 10 млрд тенге.",
     [f"43 exact projects * {_Y2022} KZ", f"1e+10 exact KZT * {_Y2022} KZ"], "ru"),
    ("2022 жылы қор 43 әлеуметтік жобаны жүзеге асырды.\n\nБұл көмекке 10 млрд теңге бөлуге мүмкіндік берді.",
     [f"43 exact projects * {_Y2022} KZ", f"1e+10 exact KZT * {_Y2022} KZ"], "kk"),
    # negatives
    (_P2022 + "The fund spent 10 billion tenge on aid.", [f"43 exact * * {_Y2022} KZ", f"1e+10 exact KZT * {NOW} KZ"],
     "en"),
    (_P2022 + "This year the fund spent 10 billion tenge on aid.",
     [f"43 exact * * {_Y2022} KZ", "1e+10 exact KZT * 2025-01-01..2025-06-15 KZ"], "en"),
    ("В 2022 году фонд реализовал 43 социальных проекта.\n\nВ этот раз фонд направил на помощь 10 млрд тенге.",
     [f"43 exact projects * {_Y2022} KZ", f"1e+10 exact KZT * {NOW} KZ"], "ru"),
]


# An English age set off by commas after one person named by what they are, not by name ("The volunteer, 17, has
# helped …", as "Ilya Kan, 16, who …"); not a number of a plural group ("The volunteers, 17 in all, …").
AGES_SET_OFF_AFTER_A_PERSON = [
    ("The volunteer, 17, has helped 300 families.", [f"300 exact families * {NOW} KZ"], "en"),
    ("A schoolgirl, 15, collected 200 kg of waste paper.", [f"0.2 exact tonnes * {NOW} KZ"], "en"),
    ("Its founder, 34, said 1,200 donors joined in Almaty.", [f"1200 exact persons * {NOW} Almaty"], "en"),
    ("Aida Serikova, 16, who volunteers in Astana, helped 40 elderly people.", [f"40 exact persons * {NOW} *"], "en"),
    # negatives: a group's count set off, items of a list
    ("The volunteers, 17 in all, helped 300 families.",
     [f"17 exact * * {NOW} KZ", f"300 exact families * {NOW} KZ"], "en"),
    ("The donors gave 17, 20 and 35 litres.", [f"17 exact * * {NOW} KZ", f"20 exact liters * {NOW} KZ",
                                               f"35 exact liters * {NOW} KZ"], "en"),
]

# "north of" before an amount is more than it ("north of KZT 500 million", "north of $5 million"), as "upwards of"
# is; "south of" less than it. A place after "north of" is no number.
NORTH_OF_AN_AMOUNT = [
    ("The fund raised north of KZT 500 million.", [f"5e+08 at_least KZT * {NOW} KZ"], "en"),
    ("The campaign raised north of $5 million for 200 families.",
     [f"5e+06 at_least USD * {NOW} KZ", f"200 exact families * {NOW} KZ"], "en"),
    ("Donations came to north of 2,000 liters of blood.", [f"2000 at_least liters * {NOW} KZ"], "en"),
    ("The cost was south of KZT 10 million.", [f"1e+07 at_most KZT * {NOW} KZ"], "en"),
    # negative: a place
    ("Volunteers planted 300 trees north of Almaty.", [f"300 exact trees * {NOW} *"], "en"),
]


ROUND_1_5B_EN: dict[str, list] = {
    "up_to_after_an_increase": UP_TO_AFTER_AN_INCREASE,
    "paragraphs_that_point_back": PARAGRAPHS_THAT_POINT_BACK,
    "ages_set_off_after_a_person": AGES_SET_OFF_AFTER_A_PERSON,
    "north_of_an_amount": NORTH_OF_AN_AMOUNT,
}


@pytest.mark.parametrize(("text", "want", "lang"), [
    pytest.param(t, w, lang, id=f"{cls}:{t[:45]}") for cls, table in ROUND_1_5B_EN.items() for t, w, lang in table])
def test_round_5b_english_classes(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)


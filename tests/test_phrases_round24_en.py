"""Round 24, English pages of set 24 (with the Russian counterparts where the class exists): a North American phone
number and its extension, one's own few relatives after a possessive, a range of years with a two-digit end
("1941-45"), and a headline about NGOs as one on the topic, each checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

from loaders.extract.context import article_context
from loaders.extract.dating import implied_year

ROUND_1_24_EN: dict[str, list[tuple[str, list[str], str]]] = {}

# A North American phone number, its area code in brackets or hyphenated ("(800) 424-8580", "202-692-1470"), and
# the extension after it ("extension 1470", "ext. 1470"): an identifier, no figure (scoring.md: phone numbers are
# not figures). Negatives: a figure in the same sentence stays, and a range of two numbers is no phone.
US_PHONE_NUMBER = [
    ("The telephone number is (800) 424-8580, extension 1470; the after-hours number is (202) 692-1470.", [], "en"),
    ("Call (800)424-8580 for details.", [], "en"),
    ("Call 202-692-1470, ext 1470, for details.", [], "en"),
    ("Families may call 800-424-8580; over 1,120 volunteers have served.", [f"1120 at_least * * {NOW} *"], "en"),
    # negatives
    ("Volunteers planted 300-500 trees in the park.", [f"300 at_least trees * {NOW} *",
                                                       f"500 at_most trees * {NOW} *"], "en"),
    ("The extension of the park added 200 trees.", [f"200 exact trees * {NOW} *"], "en"),
]
ROUND_1_24_EN["US_PHONE_NUMBER"] = US_PHONE_NUMBER

# One's own few relatives told after a possessive ("My husband and our two sons have died", "her three daughters",
# "мои двое сыновей"): the speaker's family, no count of people helped. Negatives: no possessive ("helped two sons of
# a veteran"), many ("our 300 volunteers"), a word that is no kin ("our two teams").
OWN_FEW_RELATIVES = [
    ("My husband and our two sons have died and my relatives are living far away.", [], "en"),
    ("She lost her three daughters in the flood.", [], "en"),
    ("Their 4 children live in Almaty.", [], "en"),
    ("Мои двое сыновей тоже стали волонтерами.", [], "ru"),
    ("Её три дочери помогают в приюте.", [], "ru"),
    # negatives
    ("Volunteers helped two sons of a veteran.", [f"2 exact * * {NOW} *"], "en"),
    ("Three of her five children volunteer.", ["3 exact * * * *", "5 exact * * * *"], "en"),  # a part of them
    ("Our 300 volunteers planted trees.", [f"300 exact * * {NOW} *"], "en"),
    ("Our two teams planted 50 trees.", [f"2 exact * * {NOW} *", f"50 exact trees * {NOW} *"], "en"),
]
ROUND_1_24_EN["OWN_FEW_RELATIVES"] = OWN_FEW_RELATIVES

# A range of years with the later one cut to two digits ("the war of 1941-45", "in 2020–21") is one range of years,
# as "1941-1945" is: its "45" is no figure, and it states two years, so a day written without its year ("As of Jan.
# 1") stays in the publication's year instead of taking 1941. Negatives: a range of counts ("300-500 trees"), a
# year alone still lends its year to the day.
SHORT_YEAR_RANGE = [
    ("As of Jan. 1, 5,083 participants in the Great Patriotic War, as the war that raged from 1941-45 is known, "
     "lived in the country.", ["5083 exact * * 2025-01-01..2025-01-01 *"], "en"),
    ("As of Jan. 1, 5,083 veterans of the 1941–45 war lived in Kazakhstan.",
     ["5083 exact * * 2025-01-01..2025-01-01 *"], "en"),
    ("In the 2019-20 season 300 volunteers helped.", ["300 exact * * * *"], "en"),
    ("На 1 января в стране проживали 5083 участника войны 1941-45 годов.",
     ["5083 exact * * 2025-01-01..2025-01-01 *"], "ru"),
    # negatives
    ("As of Jan. 1, 1,200 veterans of the 1941-1945 war lived in Kazakhstan.",
     ["1200 exact * * 2025-01-01..2025-01-01 *"], "en"),
    ("In 2020, 117 projects were implemented, and in 2021 – 51 projects.",
     ["117 exact * * 2020-01-01..2020-12-31 *", "51 exact * * 2021-01-01..2021-12-31 *"], "en"),
    ("In 2021, on Jan. 15 volunteers planted 300-500 trees.",
     ["300 at_least trees * 2021-01-15..2021-01-15 *", "500 at_most trees * 2021-01-15..2021-01-15 *"], "en"),
]
ROUND_1_24_EN["SHORT_YEAR_RANGE"] = SHORT_YEAR_RANGE

# A headline about NGOs (the civil sector the grants go to) is on the project's topic, so it yields its figures
# when a site's name stands before it as the page's first line ("Qazaq TV …" / "Over 10 NGOs open every month in
# Kazakhstan"). Negative: a headline off the topic after the site's name stays dropped.
NGO_HEADLINE = [
    ("Qazaq TV News Channel\nOver 10 NGOs open every month in Kazakhstan\n\nThe minister spoke at the Civil Forum "
     "in Astana on Monday.", [f"10 at_least organizations * {NOW} *"], "en"),
    ("Kazinform News Agency\nВ Казахстане ежемесячно открывается более 10 НКО\n\nМинистр выступила на Гражданском "
     "форуме.", [f"10 at_least * * {NOW} *"], "ru"),
    # negatives
    ("Qazaq TV News Channel\nOver 10 new restaurants open every month in Almaty\n\nThe minister spoke at the Civil "
     "Forum in Astana on Monday.", [], "en"),
]
ROUND_1_24_EN["NGO_HEADLINE"] = NGO_HEADLINE


@pytest.mark.parametrize(("text", "want", "lang"), [row for rows in ROUND_1_24_EN.values() for row in rows])
def test_round_1_24_en(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)


# The year an undated page was written in: a bid for an event to come ("the city's chances of hosting the 2022
# Winter Olympics", "bids to host the 2030 Games") states no year of the page; and a "this year" with no year of
# its own after a run of years told one by one ("In 2012, … In 2013, … In 2014, … This year, …") is the next one,
# so "last year" makes the latest stated year the last one. Negatives: a "this year" beside a single stated year
# keeps it; a run not ending the text's years is no run.
IMPLIED_YEAR = [
    ("The fourth charity marathon attracted more than 15,000 participants, up from 10,000 last year. The mayor noted "
     "that the city's chances of hosting the 2022 Winter Olympics were good. In 2012, funds were sent to a "
     "rehabilitation programme. In 2013, the money went to the Ardi centre. In 2014, the funds helped equip a "
     "clinic. This year, the money will go to a hospice.", 2015),
    ("The city bids to host the 2030 Games. In 2019, volunteers planted 500 trees.", 2019),
    ("Город подал заявку на проведение Олимпиады 2030 года. В 2019 году волонтеры посадили 500 деревьев.", 2019),
    # negatives
    ("In 2023, volunteers planted 500 trees. This year, they plan more. Last year the city had 200 volunteers.", 2023),
    ("Last year volunteers planted 500 trees. In 2021 the city had 200 volunteers.", 2022),
]


@pytest.mark.parametrize(("text", "year"), IMPLIED_YEAR)
def test_round_1_24_en_implied_year(text: str, year: int) -> None:
    assert implied_year(article_context(text, None, None, None).sentences) == year

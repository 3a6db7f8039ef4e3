"""Round 27, English: classes behind the misses of set 27's English pages, each fixed by a rule of the language and
checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_27_EN: dict[str, list[tuple[str, list[str], str]]] = {}

# A season word in an event's name ("the Winter Universiade 2026", "the Summer Olympic Games", "the Winter
# Paralympics") names no season of a year: the figure takes the event's year (or publication), not last winter's
# months. Negatives: "in the winter", "in the winter of 2024" stay seasons.
ROUND_1_27_EN["season_in_event_name"] = [
    ("12 sports will be contested in the Winter Universiade 2026: Biathlon; Alpine Skiing.",
     ["12 exact * * 2026-01-01..2026-12-31 *"], "en"),
    ("Over 300 volunteers will work during the Summer Olympic Games 2026 in Almaty.",
     ["300 at_least * * 2026-01-01..2026-12-31 *"], "en"),
    ("About 2,000 athletes will participate in the Winter Universiade in Almaty.", [f"2000 approx * * {NOW} *"], "en"),
    # negatives: seasons of a year
    ("Volunteers planted 500 trees in the winter.", ["500 exact trees * 2024-12-01..2025-02-28 *"], "en"),
    ("The fund helped 40 families in the winter of 2024.", ["40 exact * * 2023-12-01..2024-02-29 *"], "en"),
]

# Figures of a coming event named with its year, kept "for the period of" the event ("3,000 volunteers have been
# involved for the period of the Universiade" in a text of 2016 about the Universiade 2017): of the event's year, as
# its future ("will") figures are. Negative: what is done now for the event without its span stays of now.
ROUND_1_27_EN["for_the_period_of_the_event"] = [
    ("The Winter Universiade 2026 will be held in Almaty. 3,000 local and foreign volunteers have been involved for "
     "the period of the Universiade.", ["3000 exact * * 2026-01-01..2026-12-31 *"], "en"),
    ("The Universiade 2026 will be held in Almaty. 500 volunteers were selected for the duration of the Universiade.",
     ["500 exact * * 2026-01-01..2026-12-31 *"], "en"),
    # negative: found now, no span of the event
    ("The Universiade 2026 will be held in Almaty. It has already found 3,000 volunteers for the Universiade.",
     [f"3000 exact * * {NOW} *"], "en"),
]

# The event's future told on without naming the event again: right after a sentence whose figures took the coming
# event's year, a clause of the future ("will", "are expected") goes on about the same event. Negatives: a past
# clause after it, and a future clause after a sentence with no figure of the event, stay of now.
ROUND_1_27_EN["future_goes_on_about_the_event"] = [
    ("The Universiade 2026 will be held in Almaty. 3,000 volunteers have been involved for the period of the "
     "Universiade. About 30,000 foreign guests are expected to visit.",
     ["3000 exact * * 2026-01-01..2026-12-31 *", "30000 approx * * 2026-01-01..2026-12-31 *"], "en"),
    ("About 2,000 athletes will take part in the Universiade 2026 in Almaty. 86 medal sets will be contested.",
     ["2000 approx * * 2026-01-01..2026-12-31 *", "86 exact * * 2026-01-01..2026-12-31 *"], "en"),
    # negatives
    ("About 2,000 athletes will take part in the Universiade 2026 in Almaty. The city trained 300 volunteers.",
     ["2000 approx * * 2026-01-01..2026-12-31 *", f"300 exact * * {NOW} *"], "en"),
    ("The Universiade 2026 will be held in Almaty. The city is ready. 86 medal sets will be contested.",
     [f"86 exact * * {NOW} *"], "en"),
]

# A report goes on through a sentence that only tells the story on (past, no number): its figures take the time of
# the figures before it ("… during early November 2018. … distributed 12 wheelchairs. At a local school, volunteers
# restored ceilings. A second group … to 25 needy families"), not the page's year. Negative: a sentence telling the
# present in between breaks the report.
ROUND_1_27_EN["report_goes_on_through_a_story_sentence"] = [
    ("Volunteers met in the region.\n\nEleven volunteers took part in the camp in the Turkestan region during early "
     "November 2018. The volunteers distributed 12 wheelchairs to disabled persons. At a local school, volunteers "
     "restored ceilings. A second group of volunteers distributed groceries to 25 needy, low-income families.",
     ["11 exact * * 2018-11-01..2018-11-30 *", "12 exact * * 2018-11-01..2018-11-30 *",
      "25 exact * * 2018-11-01..2018-11-30 *"], "en"),
    ("Volunteers met in the region.\n\nIn March 2024, the fund delivered 40 food kits to the village. The villagers "
     "thanked the volunteers warmly. Later the volunteers repaired 3 houses.",
     ["40 exact * * 2024-03-01..2024-03-31 *", "3 exact * * 2024-03-01..2024-03-31 *"], "en"),
    # negative: the present in between
    ("Volunteers met in the region.\n\nIn March 2024, the fund delivered 40 food kits to the village. Today the "
     "fund works in every district. The volunteers have 300 members.",
     ["40 exact * * 2024-03-01..2024-03-31 *", f"300 exact * * {NOW} *"], "en"),
]

# "One" as an item of a list of shares of a whole counted "of them" ("eight of them were aimed at medical assistance,
# one at social conditions, and one at educational grants", "из них восемь …, одна …, и одна …"): a count like the
# part before it. Negatives: "one of the volunteers", and a "one" in a sentence with no part "of them".
ROUND_1_27_EN["one_in_a_list_of_shares"] = [
    ("The Fund has implemented 10 charitable programs. In particular, eight of them were aimed at providing medical "
     "assistance, one at improving social conditions in sports for rural kids, and one at allocating educational "
     "grants for rural students.",
     [f"10 exact * * {NOW} *", f"8 exact * * {NOW} *", f"1 exact * * {NOW} *", f"1 exact * * {NOW} *"], "en"),
    ("Фонд реализовал 10 программ. Из них восемь направлены на медицинскую помощь, одна на спорт для сельских детей, "
     "и одна на образовательные гранты.",
     [f"10 exact * * {NOW} *", f"8 exact * * {NOW} *", f"1 exact * * {NOW} *", f"1 exact * * {NOW} *"], "ru"),
    # negatives
    ("Five of them came from Almaty, and one of the volunteers was from Astana.", [f"5 exact * * {NOW} *"], "en"),
    ("Eight of them were doctors. One man said the work was hard.", [f"8 exact * * {NOW} *"], "en"),
]

# A line of the body whose full stop the copy lost, between two paragraphs ("About 2,000 athletes from 57 countries
# will participate in the Universiade in Almaty" after a subheading): a sentence, not a title to drop. Negatives: a
# short unpunctuated subheading.
ROUND_1_27_EN["body_line_without_its_full_stop"] = [
    ("The Universiade opens in Almaty\n\nThe games are held under the aegis of the FISU in the city.\n\n"
     "Participants\n\nAbout 2,000 athletes from 57 countries will participate in the games in Almaty\n\n"
     "Volunteers from many cities have been working at the venues for weeks now.",
     [f"2000 approx * * {NOW} *", f"57 exact * * {NOW} *"], "en"),
    # negatives
    ("The Universiade opens in Almaty\n\nThe games are held under the aegis of the FISU in the city.\n\n"
     "Top 5 sports\n\nVolunteers from many cities have been working at the venues for weeks now.", [], "en"),
]


@pytest.mark.parametrize(("text", "want", "lang"), [row for rows in ROUND_1_27_EN.values() for row in rows])
def test_round_1_27_en(text: str, want: list[str], lang: str) -> None:
    _check_read(text, want, lang)

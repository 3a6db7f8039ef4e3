"""Topic: what an article is about — volunteering, blood, floods, clean-up, marathon, grants, charity — with scores.

A sentence alone is often ambiguous ("в акции приняли участие порядка 10 тысяч казахстанцев", "белсенділер
300 мыңға жетті"); the article around it is not. Each topic is a list of word stems in ru, kk (Cyrillic; Latin-script
Kazakh is transliterated before this stage) and en. A stem in the title counts three times, in the body once; the
score is the count per 1,000 words of body, so long and short articles compare. The metric rules read
`topics` (all scores) and `topic` (the leading topic, or None when no topic is mentioned twice).
"""

from __future__ import annotations

import re

from loaders.classify import VOLUNTEER_STEMS

# An article about floods (three or more mentions make the `flood` flag of loaders/extract/context.py); "подтопление"
# (inundation, "подтопило дворы") is a flood too.
FLOOD_STEMS = ("павод", "наводнен", "половод", "подтоплен", "подтопил", "inundat", "тасқын", "flood", "су басқан",
               "су басу", "су басып", "су астында")
TOPIC_STEMS: dict[str, tuple[str, ...]] = {
    "volunteering": VOLUNTEER_STEMS,
    "blood": ("донор", "донац", "кров", "қан тапс", "қан орталы", "қан құй", "переливан", "трансфуз", "blood",
              "donat", "transfus", "плазм", "plasma"),
    "floods": (*FLOOD_STEMS, "эвакуир", "эвакуац", "evacuat"),
    "cleanup": ("субботник", "сенбілік", "таза қазақстан", "taza qazaqstan", "таза казахстан", "мусор", "отход",
                "қоқыс", "қалдық", "waste", "garbage", "litter", "саженц", "көшет", "tree", "ағаш"),
    "marathon": ("марафон", "marathon", "игі іс", "добрых дел", "good deed"),
    "grants": ("грант", "grant", "конкурс", "competition"),
    "charity": ("благотвор", "қайырымдылық", "charit", "меценат", "sponsor", "спонсор", "пожертв"),
}
_WORD = re.compile(r"\w+", re.UNICODE)
# A leading topic must be mentioned at least this often in the article (title counted three times).
MIN_MENTIONS = 2


def topic_scores(body: str, title: str | None = None) -> dict[str, float]:
    """Mentions of each topic per 1,000 words of the body (title mentions count three times)."""
    low = body.lower()
    head = (title or "").lower()
    words = max(1, len(_WORD.findall(low)))
    scores: dict[str, float] = {}
    for topic, stems in TOPIC_STEMS.items():
        n = sum(map(low.count, stems)) + 3 * sum(map(head.count, stems))  # map: no generator frame per stem
        scores[topic] = round(1000 * n / words, 2) if n >= MIN_MENTIONS else 0.0
    return scores


def leading_topic(scores: dict[str, float]) -> str | None:
    """The topic with the highest score; None when no topic is mentioned enough."""
    best = max(scores.items(), key=lambda kv: kv[1], default=(None, 0.0))
    return best[0] if best[1] > 0 else None

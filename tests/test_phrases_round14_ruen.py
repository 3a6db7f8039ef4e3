"""Round 14, Russian and English: classes behind the false figures and misses of the fourteenth set, each fixed by
a rule of the language or of page structure and checked with variants and negatives.

Phrase tables use the format of tests/test_extract_phrases.py ("value qualifier unit metric period area", "*" for
any; publication date 2025-06-15).
"""

from __future__ import annotations

import pytest
from test_extract_phrases import NOW, _check_read

ROUND_1_14_RUEN: dict[str, list[tuple[str, list[str], str]]] = {}

# An image element left in the text by the copy (its alt text repeats the title and names the file: "В Кызылорде
# высадили 3000 саженцев ивы 3 bezymjannyj 1 3") and the default name of an image file or a gallery's slide label
# ("Безымянный 3.jpg", "IMG_1234", "Untitled-4.png", "Photo 2 of 5", "Фото 2 из 5"): page chrome, not figures.
# Negatives: photos counted in a sentence keep their numbers.
IMAGE_LABELS = [
    ('Волонтеры высадили 300 деревьев.\n'
     '<image>data:image/s3,"s3://crabby-images/f8b3d/f8b3d6a53cc0d47e3d5bb5c33d2fc7d493f9c78e" alt="Высадили 300 деревьев 3 bezymjannyj 1 3"</image>',
     [f"300 exact trees * {NOW} *"], "ru"),
    ("Волонтеры высадили 300 деревьев.\n"
     "<img src=\"a.jpg\" alt=\"Высадили 300 деревьев 4 bezymjannyj\">",
     [f"300 exact trees * {NOW} *"], "ru"),
    ("Волонтеры высадили 300 деревьев. Безымянный 3.jpg", [f"300 exact trees * {NOW} *"], "ru"),
    ("Фото 2 из 5. Волонтеры собрали 40 мешков мусора.", [f"40 exact * * {NOW} *"], "ru"),
    ("Volunteers collected 40 bags of litter. Photo 2 of 5", [f"40 exact * * {NOW} *"], "en"),
    ("IMG_1234 Volunteers collected 40 bags of litter.", [f"40 exact * * {NOW} *"], "en"),
    ("Untitled-4.png Volunteers planted 200 trees.", [f"200 exact trees * {NOW} *"], "en"),
    # negatives: photos counted in prose
    ("Волонтеры сделали 50 фото.", [f"50 exact * * {NOW} *"], "ru"),
    ("Volunteers took 5 photos of 20 sites.", [f"5 exact * * {NOW} *", f"20 exact * * {NOW} *"], "en"),
]
ROUND_1_14_RUEN["image_labels"] = IMAGE_LABELS


@pytest.mark.parametrize("table", sorted(ROUND_1_14_RUEN))
def test_round14_ruen(table: str) -> None:
    for text, want, lang in ROUND_1_14_RUEN[table]:
        _check_read(text, want, lang)

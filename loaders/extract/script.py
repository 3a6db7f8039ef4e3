"""Script: an article in Latin-script Kazakh (or Russian in Latin letters) is read through Cyrillic, and what is
read is put back on its own characters.

The rules of the extractor read Kazakh in Cyrillic. `read_through_cyrillic` transliterates the Latin-Kazakh
paragraphs of an article (loaders/translit.py: the three official Latin alphabets and the digraph Latin of
abai.kz, detected per paragraph) and keeps the offset map; `restore_original` then maps every figure's span back to
the original text and takes its `text` and `quote` from the original characters, so that a quote found in a Latin
article is that article's own sentence (DESIGN §2: spans and quotes stay on the original characters).
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.figure import Figure
from loaders.translit import map_span, transliterate_paragraphs
from loaders.translit_ru import russian_latin_paragraphs


@dataclass(frozen=True)
class Reading:
    original: str
    text: str  # what the rules read: the original, with Latin-Kazakh paragraphs in Cyrillic
    omap: list[int] | None  # output index -> original index (None: nothing was transliterated)

    @property
    def transliterated(self) -> bool:
        return self.omap is not None


def read_through_cyrillic(text: str) -> Reading:
    converted, omap = transliterate_paragraphs(text)
    if omap is None:  # no Latin Kazakh: Russian in Latin letters, perhaps (loaders/translit_ru.py)
        converted, omap = russian_latin_paragraphs(text)
    return Reading(text, converted, omap)


def original_span(reading: Reading, start: int, end: int) -> tuple[int, int]:
    return map_span(reading.omap, start, end)


def restore_original(figures: list[Figure], reading: Reading) -> None:
    """Spans, figure texts and quotes of `figures` (read on reading.text) moved onto reading.original."""
    if reading.omap is None:
        return
    for fig in figures:
        # the last occurrence of the sentence that starts at or before the figure
        q0 = reading.text.rfind(fig.quote, 0, fig.start + len(fig.quote)) if fig.quote else -1
        fig.start, fig.end = original_span(reading, fig.start, fig.end)
        fig.text = reading.original[fig.start:fig.end]
        if q0 >= 0:
            s, e = original_span(reading, q0, q0 + len(fig.quote))
            fig.quote = reading.original[s:e]


def restore_title(title: str | None, reading: Reading) -> str | None:
    """The article's title in its own characters (the title found on the Cyrillic reading, mapped back)."""
    if title is None or reading.omap is None:
        return title
    at = reading.text.find(title)
    if at < 0:
        return title
    s, e = original_span(reading, at, at + len(title))
    return reading.original[s:e]

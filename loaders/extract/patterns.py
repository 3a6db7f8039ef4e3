"""Regular-expression helpers shared by the period and area stages: word boundaries and the literal words a
pattern must contain (for the cheap tests that skip patterns which cannot match a sentence)."""

from __future__ import annotations

import re

# A match starts and ends at a word boundary that also treats "-" as part of a word.
WORD_START = r"(?<![\w-])"
WORD_END = r"(?![\w-])"
DIGIT = re.compile(r"\d")


def first_literal_words(piece: str) -> list[str]:
    """The words of the literal text a regex alternative starts with ("в росси[ия]" → ["в", "росси"]): every
    match of the alternative has a word starting with each of them. Pieces must be flat (no groups)."""
    piece = re.sub(r"\(\?[!=].*\)$", "", piece)  # a closing lookahead does not change what the match holds
    if "(" in piece or "|" in piece:
        raise ValueError(f"pattern piece is not flat: {piece!r}")
    literal = re.match(r"(?:[^\\\[\](){}.*+?|^$]|\\\.)*", piece).group(0)  # up to the first regex construct
    if literal and piece[len(literal):len(literal) + 1] in ("?", "*", "{"):
        literal = literal[:-1]  # "марта?": the last letter is optional
    words = [w for w in re.split(r"[\s\-.]+", literal.replace("\\.", ".")) if w]
    if not words:
        raise ValueError(f"area pattern piece starts with no literal word: {piece!r}")
    return words

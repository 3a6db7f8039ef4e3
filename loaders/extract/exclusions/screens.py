"""Cheap necessary tests that spare the dispatcher's costlier rules (speed round 9). Some rules read the whole
sentence for every candidate number (a time word anywhere in it, a word of condition, a markup character, a file's
name); what they read of the sentence is the same for all its numbers, so it is taken once per sentence here and
shared. Each screen is a necessary condition of its rule: where it says no, the rule would have said no (compared
with the rules unscreened in tests/test_prefilters.py); where it says yes, the rule runs as before."""

from __future__ import annotations

import re
from typing import NamedTuple

from loaders.extract.exclusions._shared import _ALSO_JOINER_ENDS, _LIST_JOINERS
from loaders.extract.exclusions.examples import (
    _IF_WORDS,
    _KK_CONDITIONAL,
    _KK_OPTATIVE,
    _TIME_WORDS,
    _WISH_OPENERS,
)
from loaders.extract.numbers import NumberMatch
from loaders.extract.tokens import Token

# _in_embedded_data: the run of text around the number holds "data:", "base64" or "://", or is longer than 80
# characters; the run has neither a space nor a line break in it.
_LONG_RUN = re.compile(r"[^ \n]{81}")


class SentenceScreens(NamedTuple):
    markup: bool  # _inside_markup may answer: a "<" or a "[" in the sentence
    embedded: bool  # _in_embedded_data may answer
    worked_example: bool  # _worked_example may answer: no time in the sentence, and a word of condition
    wish: bool  # _a_wish may answer: its language's word of wishing in the sentence


def sentence_screens(tokens: list[Token], text: str, lang: str) -> SentenceScreens:
    """What the screened rules may answer anywhere in this sentence."""
    word_lows = {t.low for t in tokens if t.kind == "word"}
    # a word of condition first (rare), the time words of the sentence only then (every word is matched for them)
    worked = not _IF_WORDS.isdisjoint(word_lows)
    if not worked and lang == "kk":
        worked = any(t.kind == "word" and tokens[k + 1].text == "," and _KK_CONDITIONAL.search(t.low)
                     for k, t in enumerate(tokens[:-1]))
    if worked:
        worked = not any((t.kind == "num" and _TIME_WORDS.match(t.text)) or
                         (t.kind == "word" and _TIME_WORDS.match(t.low)) for t in tokens)
    if lang == "kk":
        wish = any(_KK_OPTATIVE.match(w) for w in word_lows)
    elif lang == "ru":
        wish = any(t.low in _WISH_OPENERS for t in tokens)
    else:
        wish = any(t.low == "may" for t in tokens)
    return SentenceScreens(
        markup="<" in text or "[" in text,
        embedded="data:" in text or "base64" in text or "://" in text or _LONG_RUN.search(text) is not None,
        worked_example=worked,
        wish=wish,
    )


_last: tuple[list[Token], str, str, SentenceScreens] | None = None


def screens_of(tokens: list[Token], text: str, lang: str) -> SentenceScreens:
    """sentence_screens, remembered for the sentence whose numbers are being asked about (the dispatcher is asked
    once per candidate number, with the same tokens, text and language for all numbers of one sentence)."""
    global _last
    last = _last
    if last is not None and last[0] is tokens and last[1] == text and last[2] == lang:
        return last[3]
    screens = sentence_screens(tokens, text, lang)
    _last = (tokens, text, lang, screens)
    return screens


def may_be_listed_after_a_label(tokens: list[Token], m: NumberMatch) -> bool:
    """_listed_after_a_label answers only for a number after a joiner of a list (", 5", "и 5", "а также 5")."""
    return m.i0 >= 2 and (tokens[m.i0 - 1].low in _LIST_JOINERS or tokens[m.i0 - 1].low in _ALSO_JOINER_ENDS)

"""Antecedents: what a figure without a noun of its own counts. In this order: coordination ("один
национальный и 20 региональных фронт-офисов"), "число/количество X" earlier in the sentence, a genitive noun
just before the number, the previous figure of the sentence ("50 тыс. волонтеров, то сегодня их 300 тыс."), a
pronoun or pointer back to the sentence before ("их более 800", "бұл көрсеткіш"). Also what a multiple ("в 3
раза") is about."""

from __future__ import annotations

from typing import Any

from loaders.extract.nouns import COUNT_WORDS, KK_COUNT_WORDS, NounMatch, count_of, find_noun, genitive_before
from loaders.extract.numbers import parse_number
from loaders.extract.tokens import Token, tokenize
from loaders.figure import Figure
from loaders.text import Sentence, normalize

# "человек/адам/people": a count of people that says nothing about who they are.
GENERIC_PERSONS = {"человек", "адам", "people", "person"}
PRONOUNS = {"их", "они", "олар", "олардың", "they", "them", "their"}
# Words that point back to the thing counted in the sentence before ("this figure", "бұл көрсеткіш").
POINTERS = PRONOUNS | {"көрсеткіш", "көрсеткіші", "показатель", "показателя", "цифра", "figure", "олардың"}


def _previous_sentence_noun(prev: Sentence | None, lang: str) -> NounMatch | None:
    """Antecedent of "их"/"они" in the sentence before: the noun after "количество/число", else None."""
    if prev is None:
        return None
    toks = tokenize(normalize(prev.text))
    return count_of(toks, 0, len(toks), lang)

# Verbs of growth of a count ("саны артты/өсті/көбейді", "число выросло/увеличилось", "the number has grown").
_GREW = ("арт", "өс", "көбей", "вырос", "увелич", "растет", "растёт", "grew", "grow", "rose", "risen", "increas")


def _count_grew(prev: Sentence | None) -> bool:
    """Is the sentence before a bare "the number of X has grown", without a figure of its own ("Еріктілердің
    саны артқан. 2019 жылы 50 мың болса, қазір 200 мыңнан асты", "Число волонтеров выросло. Если в 2019 году было
    50 тысяч, то сейчас более 200 тысяч")? The next sentence's bare figures then give that number."""
    if prev is None or any(ch.isdigit() for ch in prev.text):
        return False
    words = [t.low for t in tokenize(normalize(prev.text)) if t.kind == "word"]
    return any(w in COUNT_WORDS or w in KK_COUNT_WORDS for w in words) and \
        any(w.startswith(_GREW) for w in words)


def ratio_subject(tokens: list[Token], after: int, lang: str) -> tuple[str, str | None] | None:
    """What grew: "количество X" after the multiplier, else before it, in the same sentence."""
    nm = count_of(tokens, after, min(len(tokens), after + 8), lang) or count_of(tokens, 0, after, lang)
    return (nm.noun, nm.unit) if nm and nm.noun else None


def _take(fig: Figure, nm: NounMatch | Figure, how: Any) -> None:
    if isinstance(nm, Figure):
        fig.noun, fig.unit = nm.noun, nm.unit
        fig.np_text = " ".join(x for x in (fig.np_text, nm.np_text) if x)
    else:
        fig.noun, fig.unit = nm.noun, nm.unit or "items"
        fig.np_text = " ".join(x for x in [fig.np_text, *nm.modifiers, nm.noun or ""] if x)
    fig.meta["antecedent"] = how


def genitive_subject(tokens: list[Token], i0: int, lang: str) -> tuple[str, str | None] | None:
    """"Волонтеров стало вдвое больше": the counted noun in the genitive before the multiplier."""
    nm = genitive_before(tokens, i0, lang)
    return (nm.noun, nm.unit) if nm and nm.noun else None


def pronoun_subject(tokens: list[Token], after: int, prev_sentence: Sentence | None,
                     lang: str) -> tuple[str, str | None] | None:
    """"их число увеличилось в два раза": the pronoun points at the last figure of the sentence before."""
    if not any(t.low in ("их", "олардың", "their", "its") for t in tokens):
        return None
    if prev_sentence is None:
        return None
    toks = tokenize(normalize(prev_sentence.text))
    last = None
    i = 0
    while i < len(toks):
        m = parse_number(toks, i, lang)
        if m is None:
            i += 1
            continue
        nm = find_noun(toks, m.i1, lang)
        if nm.noun:
            last = (nm.noun, nm.unit)
        i = max(m.i1, i + 1)
    return last


# A number that names a milestone the subject passed ("Kazakhstan's volunteers surpassed the 200,000 milestone",
# "crossed the 100,000 mark", "волонтеры преодолели отметку в 200 тысяч", "еріктілер 200 мың межесінен асты")
# counts what the subject counts: the first noun of a known unit of its clause (the last of a run of such nouns:
# "қазақстандық еріктілер"), not an object nearer to it ("Volunteers helped families and passed the 5,000 mark").
_MILESTONE_AFTER = {"mark", "milestone", "threshold", "barrier", "межесінен", "межесіне", "межесін", "шегінен",
                    "белесінен", "белесіне"}
_MILESTONE_BEFORE = ("отметк", "рубеж", "планк")
_SUBJECT_WINDOW = 8


def milestone_subject(tokens: list[Token], i0: int, i1: int, lo: int, lang: str) -> NounMatch | None:
    """The subject whose count passed the milestone the number at tokens[i0:i1] names, or None."""
    after = next((t.low for t in tokens[i1: i1 + 3] if t.kind == "word"), None)
    before = [t.low for t in tokens[max(lo, i0 - 2): i0] if t.kind == "word"]
    if after not in _MILESTONE_AFTER and not any(w.startswith(_MILESTONE_BEFORE) for w in before):
        return None
    start = max(lo, i0 - _SUBJECT_WINDOW)
    start = max([k + 1 for k in range(start, i0) if tokens[k].text in (",", ";", ":")], default=start)
    for k in range(start, i0):
        if tokens[k].kind != "word" or tokens[k].low.startswith(_MILESTONE_BEFORE):
            continue
        nm = find_noun(tokens[: k + 1], k, lang)  # the word itself, not a noun the reading skips on to
        if not (nm.noun and nm.unit):
            continue
        while nm.np_end < i0:  # a run of nouns: its last is the head
            nxt = find_noun(tokens[: nm.np_end + 1], nm.np_end, lang)
            if not (nxt.noun and nxt.unit and nxt.np_end <= i0):
                break
            nm = nxt
        return nm
    return None


def resolve_elided(figures: list[Figure], tokens: list[Token], prev_sentence: Sentence | None, lang: str,
                    prev_figures: list[Figure] | None = None) -> None:
    """Give elided figures a noun, in this order: coordination ("один национальный и 20 региональных
    фронт-офисов", "20 региональных фронт-офисов и один национальный"); "число/количество X" earlier in the
    sentence; a genitive noun just before the number ("волонтеров было 40 тыс."); the previous figure of the
    sentence ("50 тыс. волонтеров, то сегодня их 300 тыс."); "количество X" in the sentence before."""
    for n, fig in enumerate(figures):
        if not fig.elided or fig.unit == "ratio":
            continue
        i0 = fig.meta.get("tok_i0", 0)
        if fig.meta.get("one"):
            if n + 1 < len(figures) and figures[n + 1].noun and figures[n + 1].meta.get("tok_i0", 0) - i0 <= 6:
                _take(fig, figures[n + 1], "next")
                fig.np_text = fig.np_text.replace(figures[n + 1].np_text, "").strip() or fig.np_text
                continue
            if n > 0 and figures[n - 1].noun:
                base = figures[n - 1].np_text
                _take(fig, figures[n - 1], figures[n - 1])
                fig.np_text = fig.np_text.replace(base, "").strip() + " " + (figures[n - 1].noun or "")
                continue
        lo = figures[n - 1].meta.get("tok_i0", 0) + 1 if n > 0 else 0
        count = count_of(tokens, lo, i0, lang)
        if count is not None:
            _take(fig, count, "count_of")
            fig.meta["count_of"] = True
            continue
        parsed = parse_number(tokens, i0, lang)
        subject = milestone_subject(tokens, i0, parsed.i1 if parsed else i0 + 1, lo, lang)
        if subject is not None:
            _take(fig, subject, "milestone")
            continue
        gen = genitive_before(tokens, i0, lang)
        if gen is not None:
            _take(fig, gen, "genitive")
            continue
        prev = next((f for f in reversed(figures[:n]) if f.noun and f.unit not in ("ratio", "percent")), None)
        if prev is not None:
            _take(fig, prev, prev)
            continue
        count = count_of(tokens, 0, lo, lang)  # "The number of donors rose by 15% … to 190,000"
        if count is not None:
            _take(fig, count, "count_of")
            fig.meta["count_of"] = True
            continue
        # Only a pronoun ("их", "олар", "they") or a bare number closing the sentence points back across
        # a sentence boundary; otherwise the noun is unknown and the figure stays without one.
        before = {t.low for t in tokens[max(0, i0 - 3): i0]}
        after_tokens = [t for t in tokens[i0 + 1:] if t.kind != "punct"]
        points_back = bool(before & PRONOUNS) or len(after_tokens) <= 2 or _count_grew(prev_sentence)
        count = _previous_sentence_noun(prev_sentence, lang) if points_back else None
        if count is not None:
            _take(fig, count, "previous_sentence")
            continue
        # "Бұл көрсеткіш 118 мың", "Олардың 480-і …", "the figure stands at over 430,000": the thing counted by
        # the last figure of the sentence before.
        pointer = {t.low for t in tokens[max(0, i0 - 5): i0]}
        if prev_figures and pointer & POINTERS:
            last = next((f for f in reversed(prev_figures) if f.noun and f.unit not in ("ratio", "percent")), None)
            if last is not None:
                _take(fig, last, last)
    # "…120 тысяч добровольцев, то сегодня их число превысило 360 тыс. человек": a generic "people" counted
    # by "их число" is the earlier figure's noun.
    for n, fig in enumerate(figures):
        if n == 0 or fig.noun not in GENERIC_PERSONS:
            continue
        i0 = fig.meta.get("tok_i0", 0)
        before = {t.low for t in tokens[max(0, i0 - 5): i0]}
        prev = figures[n - 1]
        if before & PRONOUNS and before & (COUNT_WORDS | {"саны"}) and prev.noun and prev.unit == fig.unit:
            _take(fig, prev, prev)
        elif prev.noun not in GENERIC_PERSONS and prev.noun and prev.unit == fig.unit and \
                _parallel_after_a_dash(tokens, prev.meta.get("tok_i0", 0), i0):
            _take(fig, prev, prev)


# Words that set a second clause against the first: "было 500 волонтеров, а на сегодняшний день - более 2000
# человек", "если в 2019 году …, то сейчас – 1200 человек", "while today – over 2,000 people".
_CONTRAST_WORDS = frozenset({"а", "то", "ал", "but", "while", "whereas", "and", "и"})
_DASHES = frozenset({"-", "–", "—"})


def _parallel_after_a_dash(tokens: list[Token], prev_i0: int, i0: int) -> bool:
    """Does a dash standing for the elided verb and subject of a parallel clause (after a contrast word) stand
    between the figure before and this one, with no other number between them?"""
    between = tokens[prev_i0 + 1: i0]
    return len(between) <= 12 and any(t.text in _DASHES for t in between) and \
        any(t.low in _CONTRAST_WORDS for t in between) and not any(t.kind == "num" for t in between[1:])

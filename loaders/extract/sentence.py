"""The sentence pass: every figure of one sentence. Tokens → numbers (and shares, multiples) → exclusions →
qualifier → counted noun and unit → antecedents of figures without a noun → ranges → then per figure its area,
its period (the anchor of its clause) and its metric. Periods a figure inherits from earlier sentences are the
article pass's."""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise
from typing import Any

from loaders import classify
from loaders.extract.anchors import Anchor, find_anchors
from loaders.extract.antecedents import (
    GENERIC_PERSONS,
    genitive_subject,
    pronoun_subject,
    ratio_subject,
    resolve_elided,
)
from loaders.extract.areas import figure_area
from loaders.extract.exclusions import is_not_a_count
from loaders.extract.exclusions.measures import prose_temperature, weight_of_an_aid_kit
from loaders.extract.metric import assign_metric, referent_of
from loaders.extract.nouns import (
    CURRENCY_BEFORE,
    CURRENCY_SIGNS,
    NounMatch,
    count_of,
    find_noun,
    group_after_copula,
    kk_approx_noun,
    tenge_letter,
)
from loaders.extract.numbers import (
    MULTIPLIER_WORDS,
    NumberMatch,
    complete_number,
    digit_fraction,
    fraction_of,
    is_about_ten,
    is_multiplier,
    may_start_figure,
    may_start_fraction,
    parse_number,
    share_of,
    times_held,
)
from loaders.extract.periods import (
    anchor_owners,
    change_end_anchor,
    figure_anchor,
    is_comparison_base,
    whole_of_a_part,
    without_event_years,
    year_counted_after_a_day,
)
from loaders.extract.qualifiers import (
    bound_after_measure,
    bound_after_words,
    bound_on_counter,
    ends_a_change,
    kk_until_a_change,
    negated_lower_bound,
    open_bound_after,
    price_from_lower_bound,
    qualifier_after,
    qualifier_before,
)
from loaders.extract.ranges import dash_joined, share_list_scale, share_part_scale, share_scale
from loaders.extract.tense import (
    is_past_report,
    is_planned,
    state_held_along,
    tells_a_past_deed_en,
    without_reporting_today,
)
from loaders.extract.tokens import Token, clauses, tokenize
from loaders.figure import Figure
from loaders.lexicon import (
    CURRENCY_UNITS,
    KILOTONNE_NOUNS,
    KK_ABLATIVE,
    KK_AFTER_ABLATIVE,
    KK_AFTER_DATIVE,
    KK_APPROX_SUFFIXES,
    RU_MULTIPLIER_WORDS,
)
from loaders.numbers import word_number
from loaders.text import Sentence, normalize

_EN_FRACTION_NUMERATORS = frozenset({"one", "two", "three"})
_EN_FRACTION_DENOMINATORS = frozenset({"third", "thirds", "quarter", "quarters"})


def _numerator_of_a_fraction(tokens: list[Token], i: int, lang: str) -> bool:
    """An English number word written apart from the fraction it counts ("three quarters of", "two thirds of")."""
    return lang == "en" and i + 1 < len(tokens) and tokens[i].low in _EN_FRACTION_NUMERATORS and \
        tokens[i + 1].low in _EN_FRACTION_DENOMINATORS

_DASHES = ("-", "–", "—")


def _words_restating(tokens: list[Token], i: int, value: float, lang: str) -> int | None:
    """The index after a number in words at i that restates `value` ("two hundred seventy-three thousand" after
    273,000), else None."""
    if i >= len(tokens) or tokens[i].kind != "word":
        return None
    words = parse_number(tokens, i, lang)
    if words is None or not words.from_words or words.i1 <= i:
        return None
    return words.i1 if abs(words.value - value) <= 1e-9 * max(1.0, value) else None


_RESTATEMENT_OPENERS = frozenset({"(", *_DASHES})


def _may_restate(tokens: list[Token]) -> bool:
    """A cheap necessary test of a restatement (speed round 9): a bracket or a dash followed by a word, where the
    words of `_words_restating` would begin. Without one, no number of the sentence needs parsing for it."""
    return any(t.text in _RESTATEMENT_OPENERS and tokens[k + 1].kind == "word" for k, t in enumerate(tokens[:-1]))


def _without_restatements(tokens: list[Token], lang: str) -> list[Token]:
    """The tokens without an amount written again in words right after its digits, as contracts and receipts do:
    "273 000 (двести семьдесят три тысячи) тенге", "273,000 (two hundred seventy-three thousand) tenge", "5 (пять)
    млн тенге", "273 000 (екі жүз жетпіс үш мың) теңге", "273,000 tenge – two hundred seventy-three thousand
    tenge". The words are the same figure, not a second one, and the digits keep the unit and scale after the
    brackets ("273 000 тенге"). A converted amount in brackets ("224 million tenge (US$495,050)") is in digits
    and stays a figure of its own; so does a number in words of another value ("5 (пять тысяч)")."""
    if not _may_restate(tokens):
        return tokens
    drop: set[int] = set()
    for n, tok in enumerate(tokens):
        if tok.kind != "num" or n in drop:
            continue
        m = parse_number(tokens, n, lang)
        if m is None or m.from_words:
            continue
        # the unit may stand between the digits and the words: "273,000 tenge – two hundred …", "5 млн тенге (…)"
        k = m.i1
        while k < len(tokens) and k < m.i1 + 2 and tokens[k].kind == "word":
            k += 1
        if k >= len(tokens) or tokens[k].text not in ("(", *_DASHES):
            continue
        end = _words_restating(tokens, k + 1, m.value, lang)
        if end is None:
            continue
        if tokens[k].text == "(" and end < len(tokens) and tokens[end].text == ")":
            drop.update(range(k, end + 1))
        elif tokens[k].text in _DASHES and (end >= len(tokens) or tokens[end].kind != "num"):
            drop.update(range(k, end))
    return [t for n, t in enumerate(tokens) if n not in drop] if drop else tokens


# Kazakh puts "more than / not over" after the last of coordinated numbers, and it bounds them all: "10,0 және 11,7
# центнерден аспай" (not over 10.0 and 11.7 centners), "100 және 200 тоннадан астам". A bare first number (no noun or
# scale of its own) joined by "және / мен / немесе / не" alone takes the second's bound and unit.
_KK_AND_GAP = re.compile(r"^\s*(?:және|мен|пен|бен|немесе|не)\s+$")


def _share_a_kazakh_bound(figures: list[Figure], low: str) -> None:
    for a, b in pairwise(figures):
        if a.qualifier == "exact" and a.noun is None and a.unit == "items" and not a.meta.get("scale") and \
                b.qualifier in ("at_least", "at_most") and b.meta.get("range_of") is None and \
                a.num_end is not None and b.num_start is not None and _KK_AND_GAP.match(low[a.num_end:b.num_start]):
            a.qualifier = b.qualifier


def extract_sentence(sent: Sentence, index: int, published: dt.date | None, lang: str,
                     prev_sentence: Sentence | None, article_flags: dict[str, Any],
                     anchors: list[Anchor] | None = None, prev_figures: list[Figure] | None = None) -> list[Figure]:
    """The figures of one sentence (`index` in the article), with the periods stated in it; `anchors` are its
    period expressions when the caller has them, `prev_figures` those of the sentence before."""
    text = normalize(sent.text)
    low = text.lower()
    tokens = _without_restatements(tokenize(text), lang)
    if anchors is None:
        anchors = find_anchors(low, published)
    if anchors and anchors[0].kind == "day" and _DATELINE.match(low, anchors[0].end) and \
            not _LOWER_WORD.search(text, 0, anchors[0].start):
        anchors = anchors[1:]  # "ASTANA, June 14 (Kazinform) – …": the dateline is the publication's day
    anchors = without_event_years(low, anchors, lang)  # "жыл сайын өткізілетін акцияға 150 донор қатысты"
    anchors = without_reporting_today(low, anchors)  # "624 people were employed …,» he said at a briefing today"
    clause_bounds = clauses(low)
    figures: list[Figure] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind not in ("num", "word") or (tok.kind == "word" and not may_start_figure(tok.low, lang)):
            i += 1
            continue
        share = share_of(tokens, i)
        if share is not None:
            # "one in five donors", "каждый пятый донор", "әрбір бесінші донор": a share, in percent
            denominator, after = share
            q_word, q_at = qualifier_before(tokens, i)
            figures.append(_make(sent, index, text, tokens, q_at if q_word else i, after,
                                 round(100 / denominator, 2), q_word or "approx", "percent", None, lang))
            figures[-1].num_start, figures[-1].num_end = tok.start, tokens[after - 1].end
            figures[-1].meta["word_share"] = True
            i = after
            continue
        fraction = fraction_of(tokens, i) if tok.kind == "word" and may_start_fraction(tok.low) else None
        if fraction is None and tok.kind == "num" and (digits := digit_fraction(tokens, i, lang)) is not None:
            fraction = (*digits, None)  # "1/3 of National Pollution", "about 2/3 of wheat", "1/5 населения"
        if fraction is None and _numerator_of_a_fraction(tokens, i, lang):
            # "three quarters of the volunteers", "two thirds of donors": the numerator is no count of its own
            fraction = fraction_of(tokens, i + 1)
            if fraction is not None:
                i, tok = i + 1, tokens[i + 1]
        if fraction is not None:
            # "более половины волонтеров", "two-thirds of the donors", "еріктілердің жартысынан астамы"
            percent, after, q_after = fraction
            # the numerator before the part ("a third", "two thirds"); "by almost third" has none
            first = i - 1 if tok.low in ("third", "thirds", "quarter", "quarters") and i > 0 and \
                tokens[i - 1].low in ("a", "one", "two", "three", "four") else i
            q_word, q_at = qualifier_before(tokens, first)
            if not q_word and first > 0 and tokens[first - 1].low == "by":
                q_word, q_at = qualifier_before(tokens, first - 1)  # "reduced almost by a third"
                if q_word in ("at_least", "at_most") and first > 1 and tokens[first - 2].kind == "word" and \
                        tokens[first - 2].low in _VERBS_OF_A_BOUND:
                    q_word = None  # "the plan was exceeded by a third": by how much, no bound
            figures.append(_make(sent, index, text, tokens, q_at if q_word else first, after, round(percent, 2),
                                 q_after or q_word or "approx", "percent", None, lang))
            figures[-1].num_start, figures[-1].num_end = tokens[first].start, tokens[after - 1].end
            figures[-1].meta["word_share"] = True
            i = after
            continue
        if tok.kind == "word" and tok.low in MULTIPLIER_WORDS and (lang == "en" or tok.low in RU_MULTIPLIER_WORDS) \
                and not _how_often(tokens, i + 1) and not _double_describes(tokens, i):
            q_word, q_at = qualifier_before(tokens, i)
            figures.append(_make(sent, index, text, tokens, q_at if q_word else i, i + 1,
                                 MULTIPLIER_WORDS[tok.low], q_word or "exact", "ratio", None, lang))
            figures[-1].meta["ratio"] = True
            figures[-1].meta["ratio_of"] = ratio_subject(tokens, i + 1, lang) or genitive_subject(tokens, i, lang)
            i += 1
            continue
        half = _half_a_tonne(tokens, i, lang)
        if half is not None:
            # "жарты тоннаға жуық көмек", "half a tonne of rubbish": half of one tonne said in words
            end, q_after = half
            q_word, q_at = qualifier_before(tokens, i)
            fig = _make(sent, index, text, tokens, q_at if q_word else i, end, 0.5, q_after or q_word or "exact",
                        "tonnes", "тонна", lang)
            fig.num_start, fig.num_end = tok.start, tokens[end - 1].end
            figures.append(fig)
            i = end
            continue
        tonne = _one_tonne(tokens, i, lang)
        if tonne is not None:
            # "собрали тонну мусора", "около тонны помощи", "полтонны муки": one tonne (half of one) said without a
            # number
            q_word, q_at = qualifier_before(tokens, i)
            fig = _make(sent, index, text, tokens, q_at if q_word else i, i + 1, tonne, q_word or "exact", "tonnes",
                        "тонна", lang)
            fig.num_start, fig.num_end = tok.start, tok.end
            fig.np_text = "тонна" + (" " + tokens[i + 1].low if i + 1 < len(tokens) and tokens[i + 1].kind == "word"
                                     else "")
            figures.append(fig)
            i += 1
            continue
        m = parse_number(tokens, i, lang)
        if m is None:
            i += 1
            continue
        complete_number(tokens, m, lang)
        metres, metres_end = _lesser_unit_after(tokens, m)
        if metres is not None:
            # "42 шақырым 195 метр", "42 км 195 м", "42 km 195 m": one distance, 42.195 km (not 195 of something);
            # "121 тонна 319 келі", "121 т 319 кг", "121 tonnes 319 kg": one weight, 121.319 tonnes
            m.value = round(m.value + metres / 1000, 6)
        temperature = prose_temperature(tokens, m) if metres is None else None
        if temperature is not None:
            # "temperatures plummeting to -40 C at night", "Мороз около -40.": degrees Celsius, the sign kept
            value, at, end_t, bound = temperature
            q_before, q_i = qualifier_before(tokens, at)
            fig = _make(sent, index, text, tokens, q_i if q_before else at, end_t, value,
                        bound or q_before or "exact", "celsius", None, lang)
            fig.num_start, fig.num_end = tokens[at].start, tokens[m.i1 - 1].end
            figures.append(fig)
            i = end_t
            continue
        why_not = None if metres is not None else is_not_a_count(tokens, m, text, lang)
        if why_not == "year" and lang == "en" and year_counted_after_a_day(low, tokens[m.i0].start, published):
            why_not = None  # "As of April 3, 2004 entities …": 2004 counts, the day is of the publication's year
        if why_not or _inside_a_period(anchors, tokens[m.i0].start, m.year_like, lang, tokens, m.i0):
            i = m.i1
            continue
        held_end = times_held(tokens, m)
        if held_end is not None:
            # "акциясы 23 рет өткізілді", "проведена 23 раза", "was held 23 times": events held, not a frequency
            q_before, q_i = qualifier_before(tokens, m.i0)
            fig = _make(sent, index, text, tokens, q_i if q_before else m.i0, held_end, m.value,
                        m.inner_qualifier or q_before or "exact", "events", None, lang)
            figures.append(fig)
            i = held_end
            continue
        mult, first_i, after_i = is_multiplier(tokens, m)
        # "more than $10 million": the qualifier stands before the currency sign
        sign = first_i > 0 and (tokens[first_i - 1].text in CURRENCY_BEFORE or
                                (lang == "en" and tenge_letter(tokens, first_i - 1)))
        q_before, q_i = qualifier_before(tokens, _before_the_sign(tokens, first_i - 1) if sign else first_i)
        q_after, after_q = qualifier_after(tokens, m, lang)
        rough = "approx" if is_about_ten(tokens, m, lang) else "exact"  # "поздравили десяток команд"
        qualifier = q_after or m.inner_qualifier or q_before or rough
        if q_after == "approx" and q_before in ("at_least", "at_most") and m.ending in KK_APPROX_SUFFIXES:
            qualifier = q_before  # "кемінде мыңдай адам": a bound word before says more than the "-дай" ending
        if q_before == "at_most" and ends_a_change(tokens, q_i):
            # "с 50 до 300 тыс.", "довести до 500 тысяч": the end of a change, not a bound (a bound of the number's
            # own stays: "выросла до ста с лишним человек")
            qualifier = q_after or m.inner_qualifier or "exact"
        span_first = q_i if q_before else first_i
        if mult:
            if after_i < len(tokens) and tokens[after_i - 1].low.endswith(KK_ABLATIVE) and \
                    tokens[after_i].low in KK_AFTER_ABLATIVE:
                qualifier = KK_AFTER_ABLATIVE[tokens[after_i].low]  # "үш еседен астам": more than threefold
                after_i += 1
            elif after_i < len(tokens) and tokens[after_i - 1].low.endswith(("ге", "ға")) and \
                    KK_AFTER_DATIVE.get(tokens[after_i].low) == "approx":
                qualifier = "approx"  # "3 есеге жуық өсті": nearly threefold
                after_i += 1
            fig = _make(sent, index, text, tokens, span_first, after_i, m.value, qualifier, "ratio", None, lang)
            fig.meta["ratio"] = True
            # the thing that grew: "увеличилось и количество организаций"
            fig.meta["ratio_of"] = (ratio_subject(tokens, after_i, lang) or genitive_subject(tokens, first_i, lang)
                                    or pronoun_subject(tokens, after_i, prev_sentence, lang))
            figures.append(fig)
            i = after_i
            continue
        noun_start = after_q if q_after else m.i1
        nm = find_noun(tokens, noun_start, lang)
        if nm.noun in GENERIC_PERSONS:
            # "число волонтеров превысило 300 тысяч человек": the subject says who the people are
            subject = count_of(tokens, 0, m.i0, lang)
            if subject is not None and subject.unit == "persons" and subject.noun not in GENERIC_PERSONS:
                nm = NounMatch(subject.noun, subject.unit, nm.np_end, subject.modifiers + nm.modifiers)
            else:
                # "100 людей это волонтеры": the predicate says who the people are
                group = group_after_copula(tokens, nm.np_end, lang)
                if group is not None and group.noun not in GENERIC_PERSONS:
                    nm = NounMatch(group.noun, group.unit, nm.np_end, group.modifiers + nm.modifiers)
        if lang == "kk" and nm.noun and not q_after and qualifier == "exact" and noun_start < len(tokens) and \
                kk_approx_noun(tokens[noun_start].low) is not None:
            qualifier = "approx"  # "6,5 шақырымдай жерден", "5 тоннадай қоқыс": the measure's ending of "about"
        if lang == "kk" and nm.noun and not q_after:
            qualifier = bound_on_counter(tokens, noun_start, nm.np_end) or qualifier  # "15 000 түптен астам көшет"
        if lang == "kk" and nm.noun and not q_after and nm.np_end < len(tokens):
            qualifier, nm = bound_after_measure(tokens, nm, qualifier)
        if lang == "kk" and not q_after and qualifier == "exact":
            qualifier = bound_after_words(tokens, m.i1) or qualifier  # "3 млн шаршы метрге жуық саябақ"
        if nm.noun and not q_after and qualifier == "exact":
            # "500 milliliters or more", "100 адам және одан да көп", "450 ml of blood or more" (not over another
            # number's: "50 пайызға жуығы төрт және одан да көп бала")
            for skip in (0, 1, 2):
                gap = tokens[nm.np_end: nm.np_end + skip]
                if len(gap) < skip or any(t.kind != "word" or word_number(t.low, lang) is not None for t in gap) or \
                        (skip == 2 and gap[0].low != "of"):
                    break
                bound, _ = open_bound_after(tokens, nm.np_end + skip)
                if bound:
                    qualifier = bound
                    break
        if qualifier == "exact" and not q_before and not sign and nm.unit in CURRENCY_UNITS and \
                price_from_lower_bound(tokens, first_i, nm.np_end, lang):
            qualifier, span_first = "at_least", first_i - 1  # "болгарский перец — от 90 тенге"
        if lang == "kk" and qualifier == "at_most" and \
                kk_until_a_change(tokens, after_q if q_after else nm.np_end if nm.noun else m.i1):
            qualifier = "exact"  # "5 мыңға дейін өсті", "10 млрд теңгеге дейін жетті": the end of a change
        if qualifier == "at_least" and negated_lower_bound(tokens, span_first, nm.np_end if nm.noun else m.i1, lang):
            qualifier = "at_most"  # "баранина выше трёх тысяч тенге не поднимется", "will not rise above 3,000"
        unit = nm.unit
        value = m.value
        if nm.noun in KILOTONNE_NOUNS:
            value = round(m.value * 1000, 6)  # "Over 1.64 kilotons of vegetables": 1,640 tonnes
        if weight_of_an_aid_kit(tokens, m):
            unit = "kg"  # "50 келілік азық-түлік жиынтығы", "50-килограммовый набор": the kit's weight, in kilograms
        if sign:
            unit = "KZT" if tokens[first_i - 1].text == "T" else \
                CURRENCY_SIGNS.get(tokens[first_i - 1].text) or tokens[first_i - 1].text
            span_first = min(span_first, first_i - 1)
        end_i = nm.np_end if nm.noun else (after_q if q_after else m.i1)
        fig = _make(sent, index, text, tokens, span_first, end_i, value, qualifier, unit or "items",
                    nm.noun, lang)
        fig.num_start, fig.num_end = tokens[m.i0].start, tokens[m.i1 - 1].end
        fig.elided = nm.noun is None and not sign  # "$20,000" names its unit
        fig.np_text = " ".join(nm.modifiers + ([nm.noun] if nm.noun else []))
        fig.meta["one"] = m.is_one
        if fig.unit not in ("percent", "ratio") and _difference(tokens, first_i, end_i, lang):
            fig.meta["difference"] = True  # "на 2,1 тыс. больше, чем годом ранее": by how much, not a level
        fig.meta["tok_i0"] = m.i0
        fig.meta["scale"] = m.scale
        # the genitive complement after a measure: "240 тонн мусора", "18 литров крови" (after people it is no
        # part of what they are: "200 мыңнан астам ерікті тартылған", "300 тысяч волонтеров страны")
        if nm.noun and nm.unit not in ("persons", "organizations") and nm.np_end < len(tokens) and \
                tokens[nm.np_end].kind == "word":
            fig.np_text += " " + tokens[nm.np_end].low
        if metres is not None:
            i = max(end_i, metres_end + 1)  # past the metres
            fig.end = max(fig.end, sent.start + tokens[metres_end].end)
            fig.text = sent.text[fig.start - sent.start: fig.end - sent.start]
        figures.append(fig)
        if metres is None:
            i = max(end_i, m.i1)

    figures = _with_tiyns(_without_restated_shares(figures), sent)
    resolve_elided(figures, tokens, prev_sentence, lang, prev_figures)
    _percents_of_a_parallel_list(figures, tokens)
    share_scale(figures, low)
    share_list_scale(figures, low)
    share_part_scale(figures, low)
    if lang == "kk":
        _share_a_kazakh_bound(figures, low)
    if any(f.meta.get("tok_i0") is not None and tokens[f.meta["tok_i0"]].kind == "num" and
           _YEAR_DIGITS.fullmatch(tokens[f.meta["tok_i0"]].text) for f in figures):
        # "a team of 2000 volunteers": a year-like count is no period of its own
        anchors = [a for a in anchors if not any(f.num_start < a.end and a.start < f.num_end for f in figures)]
    owners = anchor_owners(figures, anchors, low)
    prev_low = normalize(prev_sentence.text).lower() if prev_sentence is not None and figures else None
    for n, fig in enumerate(figures):
        rel = fig.num_start or (fig.start - sent.start)
        c0, c1 = next(((a, b) for a, b in clause_bounds if a <= rel < b), (0, len(low)))
        clause_text = low[c0:c1]
        seg0 = figures[n - 1].num_end if n > 0 else c0
        seg1 = figures[n + 1].num_start if n + 1 < len(figures) else c1
        segment = low[max(c0, seg0): min(c1, seg1) if seg1 > rel else c1]
        fig.area, scoped = figure_area(low, (c0, c1), segment, max(c0, seg0), seg1, n + 1 < len(figures), rel,
                                       fig.num_end or rel, article_flags.get("area"))
        anchor = figure_anchor(fig, rel, (c0, c1), anchors, owners, low)
        if anchor is None and lang == "kk":
            anchor = _time_of_the_main_clause(low, fig.num_end or rel, anchors)
        if anchor is not None and published is not None and anchor.period_start is not None and \
                anchor.period_start > published and anchor.end <= (fig.num_start or 0) and \
                whole_of_a_part(low, fig, figures):
            # "До 2030 года из 358 населенных пунктов газифицируют 192", "2030 жылға дейін 358 елді мекеннің 192-ін
            # …", "By 2030, 192 of the region's 358 settlements will …": the whole a plan takes a part of is there now
            # (not a time told of the whole after it: "по 19 школам из 28, которые будут введены … в 2024 году")
            anchor = Anchor(anchor.start, anchor.end, "as_of", published, published)
        if fig.meta.get("change"):
            stated = anchor
            anchor = change_end_anchor(fig, anchor, anchors, rel, published)
            # (the day nearest before the figure when it has no period of its own)
            new_year = anchor if anchor is not None else next(
                (a for a in reversed(anchors) if a.end <= rel and a.kind == "day"), None)
            if fig.meta.get("change") == "from" and new_year is not None and new_year.kind == "day" and \
                    new_year.period_start is not None and \
                    (new_year.period_start.month, new_year.period_start.day) == (1, 1):
                # "starting from January 1, 2025, … will be increased from 65% to 70%", "с 1 января 2026 года
                # увеличится с 95 496 до 101 702 тенге": a change that takes effect on New Year's day; its first
                # value is the year before's
                y = new_year.period_start.year - 1
                anchor = Anchor(new_year.start, new_year.end, "year", dt.date(y, 1, 1), dt.date(y, 12, 31))
            if fig.meta.get("change") == "from" and anchor is not None and anchor.period_start is not None and \
                    anchor.period_end is not None and anchor.period_start.year == anchor.period_end.year and \
                    anchor.start < rel and (_SET_AGAINST_THE_SAME_PERIOD.search(low) or (
                        anchor is stated and _PERCENT_CHANGE.search(low) is not None)):
                # "In January-July 2019, passenger transportation rose from 13.1bn to 13.5bn people, which made 103%
                # against the similar period of 2018", "In the first quarter of 2019, the number of domestic tourists
                # rose by 9.6% - from 1.1 to 1.2 million": the first value is of that period a year before (a change
                # told with its percentage is a statistic against the same period; not a span's first year)
                anchor = Anchor(anchor.start, anchor.end, anchor.kind, _a_year_before(anchor.period_start),
                                _a_year_before(anchor.period_end))
            if fig.meta.get("change") == "from" and anchor is None:
                # "increased from 430,000 to 709,000 compared to 2014": the first value is of the base year
                base = next((a for a in anchors if a.start > rel and a.kind in ("year", "range") and
                             a.period_start is not None and is_comparison_base(low, a)), None)
                if base is not None:
                    start, end = dt.date(base.period_start.year, 1, 1), dt.date(base.period_start.year, 12, 31)
                    anchor = Anchor(base.start, base.end, "year", start, end)
        fig.meta["planned"] = is_planned(clause_text, anchor, published)
        if anchor is None and (fig.meta["planned"] or _TO_BE_DONE.search(clause_text)):
            anchor = _the_plans_closing_time(low, fig, figures, anchors)
        fig.meta["anchor"] = anchor
        assign_metric(fig, figures[n - 1] if n > 0 else None, rel, segment=segment, clause_text=clause_text, low=low,
                      scoped=scoped, anchor=anchor, article_flags=article_flags,
                      referent=referent_of(clause_text, prev_low))
        if anchor is not None and anchor.kind == "range" and published is not None and \
                anchor.period_end == published and not _names_its_last_year(low, anchor) and \
                not fig.meta.get("change") and \
                fig.unit not in ("ratio", "percent") and not classify.is_flow(fig) and \
                not _done_since_then(clause_text, lang) and not state_held_along(clause_text):
            # "за последние пять лет число волонтеров … превысило 400 тысяч": a level reached by now, not a total
            # over the years
            anchor = Anchor(anchor.start, anchor.end, "as_of", published, published)
        if anchor:
            fig.period_start, fig.period_end, fig.period_kind = anchor.period_start, anchor.period_end, anchor.kind
            fig.period_basis = "explicit"
    _list_shares_its_period(figures, low)
    for fig in figures:
        # the two ends of a range are one quantity at one time: the high end without a period of its own takes the
        # low end's ("ежегодно … пропадают от 500 до 600 человек": both yearly), and so does the high end joined to
        # the low one by a dash, whatever period the words after it name ("2016-2017 жылдары саны 1900-2700
        # аралығында болған киіктер саны 1980 жылдардың соңында 250-270 мың": the 1980s are the next range's)
        low_end = fig.meta.get("range_of")
        if low_end is not None and fig.meta.get("range") == "high" and (
                fig.meta.get("anchor") is None or dash_joined(low, low_end, fig)) and \
                low_end.meta.get("anchor") is not None and low_end in figures:
            fig.period_start, fig.period_end = low_end.period_start, low_end.period_end
            fig.period_kind, fig.period_basis = low_end.period_kind, low_end.period_basis
            fig.meta["anchor"] = low_end.meta["anchor"]
    return figures


def _the_plans_closing_time(low: str, fig: Figure, figures: list[Figure], anchors: list[Anchor]) -> Anchor | None:
    """The one time a sentence of plans names, after all its figures and at its end ("There are plans to build two
    policlinics for 250 visits, a 250-bed mental health center … and an ambulance station with three substations in
    2023", "… including 11 medical clinics, one out-patient clinic, and six midwifery clinics, are to be built in 18
    villages next year, the press service said"): every planned figure's, not only the nearest one's."""
    if len(anchors) != 1 or anchors[0].kind not in ("year", "range") or not figures:
        return None
    closing = anchors[0]
    last_end = max(f.num_end or 0 for f in figures)
    if closing.start < last_end or ";" in low[min(f.num_start or 0 for f in figures):closing.start] or \
            not _CLOSES_THE_SENTENCE.match(low, closing.end):
        return None
    if _A_PREDICATE_OF_ITS_OWN.search(low, fig.num_end or 0, closing.start):
        return None  # "We already have 40 schools and will build 10 more in 2023": the plan is the second clause's
    if _A_PART_TOLD_APART.search(low, fig.num_end or 0, closing.start):
        return None  # "будут реализованы 500 проектов, из которых восемь перейдут на 2024 год": the part's time
    if _A_CLAUSE_OF_ITS_OWN.search(low, fig.num_end or 0, closing.start):
        # "nine more schools will be completed by the end of the year, and the remaining 14 will be commissioned in
        # 2026": after a comma, a subject with its own verb of the future takes the time to itself
        return None
    if _ALREADY_OR_A_BASE.search(low, 0, closing.start):
        # "На 12 из них уже уложено три слоя асфальта, оставшаяся часть будет завершена в следующем году": done
        # already; "expected to reach 10.3 c/ha, down from 14.5 c/ha in 2024": the time of the value compared
        return None
    return closing


_ALREADY_OR_A_BASE = re.compile(r"(?<![\w-])(?:already|уже|қазірдің\s+өзінде|from|than|compared|against|чем|против|"
                                r"по\s+сравнению)(?![\w-])")


# a part of the figure told in a clause of its own after it ("…, из которых восемь перейдут на 2024 год", "…, of which
# eight will be carried over to 2024", "…, оның сегізі 2024 жылға ауысады")
_A_PART_TOLD_APART = re.compile(r",\s*(?:из\s+(?:которых|них)|of\s+(?:which|them|whom)|оның|олардың|соның)(?![\w-])")


# a clause of its own after a comma, its subject and its verb of the future ("…, and the remaining 14 will be
# commissioned in 2026", "…, а оставшиеся 14 будут сданы в 2026 году", "…, ал қалған 14-і 2026 жылы пайдалануға
# беріледі"); not a list that shares one verb ("nine schools and 14 hospitals will be built in 2026")
_A_CLAUSE_OF_ITS_OWN = re.compile(r",\s*(?:and|but|while|а|но|ал)\s+(?:[^\W_]+\s+){0,4}?(?:will|are\s+to|is\s+to|будут|"
                                  r"будет)\b|,\s*(?:and\s+|а\s+|ал\s+)?(?:the\s+)?(?:remaining|rest|остальные|"
                                  r"оставшиеся|қалған)(?![\w-])")


# what is still to be done ("are to be built", "is to be completed", "будут построены")
_TO_BE_DONE = re.compile(r"\b(?:is|are)\s+to\s+be\s+[a-z]+(?:ed|en|t)\b|\bwill\s+be\b|будут\s+построены|"
                         r"будет\s+построен")


# a clause of its own joined after the figure, with its own verb ("… 40 schools and will build 10 more in 2023")
_A_PREDICATE_OF_ITS_OWN = re.compile(r"\b(?:and|but|while|и|а|но|және|ал)\s+(?:also\s+|также\s+)?(?:will|would|is|are|"
                                     r"was|were|has|have|had|plans?|планиру\w*|будет|будут|построят|откроют)\b")


# what may follow the time that closes a sentence: its end, or who said it ("…, the press service said in a
# statement", "…, сообщает пресс-служба", "…, деп хабарлады")
_CLOSES_THE_SENTENCE = re.compile(r"\s*(?:[.!?»\"”]*\s*$|,\s*(?:[^\W\d_]+\s+){0,10}?(?:said|reports?|says|noted|"
                                  r"сообщ\w*|отметил\w*|хабарла\w*|мәлімде\w*)\b)")


# A Kazakh converb clause ("…-ып/-іп/-п,") tells what goes with the clause after it, whose time it shares: "Облыстық
# бюджеттен 209 млн теңге бөлініп, 2023 жылы 10 шақырым су құбыры тартылғанымен" (the money was allocated in 2023 too).
_KK_CONVERB_BEFORE = re.compile(r"^[^,.;:!?]*?[^\W\d_]{2,}(?:ып|іп|йып|йіп)\s*,\s*$")


def _time_of_the_main_clause(low: str, end: int, anchors: list[Anchor]) -> Anchor | None:
    after = next((a for a in anchors if a.start >= end), None)
    if after is None or after.kind not in ("year", "month", "day", "range") or \
            not _KK_CONVERB_BEFORE.match(low[end:after.start]):
        return None
    return after


# A change told with its percentage ("rose by 9.6% – from 1.1 to 1.2 million", "выросло на 9,6% – с 1,1 до 1,2 млн"):
# a statistic of the period against the same period a year before.
_PERCENT_CHANGE = re.compile(r"\bby\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)|(?<!\w)на\s+\d[\d.,]*\s*(?:%|процент)|"
                             r"\d[\d.,]*\s*%\s*-?\s*(?:ға|ке|қа|ге)\b", re.I)
_SET_AGAINST_THE_SAME_PERIOD = re.compile(r"(?:similar|same|corresponding)\s+period|аналогичн\w+\s+период\w*|"
                                          r"(?:тем\s+же|того\s+же)\s+период\w*|сәйкес\s+кезең\w*", re.I)


def _a_year_before(day: dt.date) -> dt.date:
    return day.replace(year=day.year - 1) if (day.month, day.day) != (2, 29) else dt.date(day.year - 1, 2, 28)


def _names_its_last_year(low: str, anchor: Anchor) -> bool:
    """Does a span name the year it ends in ("2016-2017 жылдары", "в 2019–2021 годах")? Such a span is its own
    years even when a page dated by a year alone ends with it; only a span counted back from now ("за последние пять
    лет", "since 2015") reaches the day of publication."""
    return anchor.period_end is not None and str(anchor.period_end.year) in low[anchor.start:anchor.end]


# A level, not a deed: "число волонтеров превысило", "насчитывается", "составляет", "стало", "there are".
_LEVEL_WORDS = re.compile(r"числ|количеств|численност|составл|состав[ия]|превы[сш]|достиг|насчитыва|стал[оаи]?\b|"
                          r"был[аио]?\b|есть\b|имеется|объединя|\bnumber\b|\btotal|\breach|\bexceed|саны|жетті|"
                          r"асты|құрады", re.I)


def _done_since_then(clause_text: str, lang: str) -> bool:
    """Does the clause report people or families reached by deeds done over a span up to now ("С 2020 года помощь
    получили 15 тыс. семей", "в акции, которая стартовала в 2015 году, приняли участие 120 человек", "2015 жылы
    басталған акцияға 120 адам қатысты"): a total over the span, not a level as of now?"""
    if _LEVEL_WORDS.search(clause_text) is not None:
        return False
    if lang == "en":
        # "In the last two years, 300 volunteers helped", "Over the past five years the fund has helped 300
        # families": a deed in the past or the present perfect, over the span
        return tells_a_past_deed_en(clause_text) and _EN_STATE.search(clause_text) is None
    if lang == "kk" and any(is_past_report(part, lang) for part in clause_text.split(",")[:-1]):
        return True  # "12 ай ішінде 368 670 сәби дүниеге келді, оның ішінде ұлдар – …": the verb before a breakdown
    return is_past_report(clause_text, lang) or (lang == "ru" and _DEED_PAST_RU.search(clause_text) is not None)


# An English state rather than a deed: "there are", "is home to", "works", "operates", "remain".
_EN_STATE = re.compile(r"\b(?:there\s+(?:are|is|were|was)|is|are|remains?|operates?|works?|employs?|unites?)\b", re.I)


# A Russian verb of a deed in the past: "охватил", "помогли", "спасли", "получила", "оказана", "переданы".
_DEED_PAST_RU = re.compile(r"(?<![\w-])(?:\w{2,}(?:[аеиоуыя]л(?:и|а)?(?:сь|ся)?|[гкзс]ли(?:сь)?|[ая]н[аоы]|ен[аоы])|"
                           r"(?:по|с)мог|привл[её]к|сбер[её]г)"
                           r"(?![\w-])", re.I)


_KILOMETRE_WORD = re.compile(r"^(?:шақырым\w*|километр\w*|км|km|kilometres?|kilometers?)$")
_METRE_WORD = re.compile(r"^(?:метр\w*|м|m|metres?|meters?)$")
_TONNE_WORD = re.compile(r"^(?:тонн\w*|т|t|tonnes?|tons?)$")
_KILOGRAM_WORD = re.compile(r"^(?:килограмм\w*|кило|келі\w*|кг|kg|kilograms?|kilogrammes?|kilos?)$")
# A measure told in a unit and the next smaller one, a thousandth of it: kilometres and metres, tonnes and kilograms.
_UNIT_AND_THOUSANDTH = ((_KILOMETRE_WORD, _METRE_WORD), (_TONNE_WORD, _KILOGRAM_WORD))


# Bare numbers in a list of percentages that writes the sign only at some items: parallel to a percentage before them
# ("рост на 123,4%, связи – на 106,4, торговле – на 105,9, … – на 103,1%", "grew by 23.4%, communications by 6.4"),
# or run together before one ("на 5,2, 6,1 и 7,3%"): percentages too.
_PARALLEL_WORDS = frozenset({"на", "до", "by", "to", "-ға", "–", "—", "-"})
_LIST_JOINS = frozenset({",", "и", "and", "және", "мен", "бен", "пен"})


def _percents_of_a_parallel_list(figures: list[Figure], tokens: list[Token]) -> None:
    def bare(f: Figure) -> bool:
        return f.unit == "items" and f.elided and not f.noun and f.meta.get("tok_i0") is not None
    for n in range(len(figures) - 2, -1, -1):  # run together before a percentage, from the last one back
        fig, nxt = figures[n], figures[n + 1]
        if bare(fig) and nxt.unit == "percent" and nxt.meta.get("tok_i0") is not None and \
                fig.meta["tok_i0"] + 1 < nxt.meta["tok_i0"] and \
                all(t.low in _LIST_JOINS for t in tokens[fig.meta["tok_i0"] + 1: nxt.meta["tok_i0"]]):
            fig.unit = "percent"
    for n in range(1, len(figures)):  # parallel to a percentage before
        fig, prev = figures[n], figures[n - 1]
        i, j = fig.meta.get("tok_i0"), prev.meta.get("tok_i0")
        if bare(fig) and prev.unit == "percent" and i and j and tokens[i - 1].low == tokens[j - 1].low and \
                tokens[i - 1].low in _PARALLEL_WORDS:
            fig.unit = "percent"


def _lesser_unit_after(tokens: list[Token], m: NumberMatch) -> tuple[int | None, int]:
    """The thousandths of a measure told in two units ("42 шақырым 195 метр", "42 км 195 м", "121 тонна 319 келі",
    "121 т 319 кг", "121 tonnes 319 kg", "1 tonne of 235 kg", "1 tonne and 235 kg"): the number (under 1000) of
    metres after kilometres or of kilograms after tonnes and the index of its unit's token, else (None, -1)."""
    k = m.i1
    if k + 2 >= len(tokens) or m.scaled or m.from_words:
        return None, -1
    big = tokens[k]
    # (English "of"/"and" only: "5 шақырым және 300 метр" stays two figures, round 5's Kazakh reading)
    gap = 1 if tokens[k + 1].low in ("of", "and") and k + 3 < len(tokens) else 0
    num, small = tokens[k + 1 + gap], tokens[k + 2 + gap]
    if big.kind != "word" or num.kind != "num" or small.kind != "word" or num.suffix or not num.text.isdigit():
        return None, -1
    if not any(big_re.match(big.low) and small_re.match(small.low) for big_re, small_re in _UNIT_AND_THOUSANDTH):
        return None, -1
    return (int(num.text), k + 2 + gap) if int(num.text) < 1000 else (None, -1)


# A share in words beside a percentage in digits of about the same size in its sentence restates it: "Каждый
# четвёртый опрошенный (24,5%)", "почти 25% казахстанцев, то есть условно каждый 4-й", "one in three (33.6%)",
# "половина опрошенных — 50,2%". The digits are the figure; the words round them (within a quarter of the share, or
# 5 points) and stand next to them (a restatement is told at once: "(24,5%)", ", то есть … каждый 4-й"). A share in
# words alone, beside a different percentage ("каждый пятый …, а 45% …") or far from it, stays a figure.
_RESTATED_NEAR = 60  # characters between the share in words and the digits


def _restates_share(share: Figure, other: Figure) -> bool:
    gap = max(share.num_start, other.num_start) - min(share.num_end, other.num_end)
    # (a comma between without a word of restating starts another part: "қатысушылардың жартысы ауыл тұрғындары, 40
    # пайызы – жастар" is half and 40 per cent of two groups, not half told again as 40 per cent)
    between = share.quote[min(share.num_end, other.num_end):max(share.num_start, other.num_start)]
    return other.unit == "percent" and not other.meta.get("word_share") and gap <= _RESTATED_NEAR and \
        abs(other.value - share.value) <= max(5.0, 0.25 * share.value) and \
        ("," not in between or _RESTATING.search(between) is not None)


# Words that tell the same share again after a comma ("почти 25%, то есть условно каждый 4-й", "половина, или 48%",
# "half of them, that is 48%"); a comma without them starts another part ("жартысы ауыл тұрғындары, 40 пайызы –
# жастар").
_RESTATING = re.compile(r"(?<!\w)(?:или|то\s+есть|т\.\s*е\.|немесе|яғни|or|that\s+is|i\.\s*e\.)(?!\w)", re.I)


# Counts listed one after another, joined by commas or "and", that one predicate with its period closes: "1.5 thousand
# teachers, more than 87 thousand state employees, 666 thousand public sector workers … will learn computer skills
# from 2007 to 2009", "1,5 мың мұғалім, 87 мыңнан астам мемлекеттік қызметші … 2007-2009 жылдары оқиды": the period
# after the last is every item's (the nearest item alone owns it otherwise).
_LIST_JOINT = re.compile(r"^[^\W\d_]*(?:\s+[^\W\d_]+){0,4}\s*(?:,|;)\s*(?:(?:and|и|және|а также)\s+)?"
                         r"(?:(?:more\s+than|over|about|около|более|свыше)\s+)?$|^[^\W\d_]*(?:\s+[^\W\d_]+){0,4}\s+"
                         r"(?:and|и|және)\s+(?:(?:more\s+than|over|about|около|более|свыше)\s+)?$", re.I)


def _list_shares_its_period(figures: list[Figure], low: str) -> None:
    k = len(figures) - 1
    while k > 0:
        last = figures[k]
        anchor = last.meta.get("anchor")
        if anchor is None or anchor.start < (last.num_end or 0):
            k -= 1
            continue
        j = k
        while j > 0 and figures[j - 1].meta.get("anchor") is None and not figures[j - 1].meta.get("range") and \
                not figures[j - 1].meta.get("change") and \
                _LIST_JOINT.match(low[figures[j - 1].num_end or 0: figures[j].num_start or 0]):
            j -= 1
        for fig in figures[j:k]:
            fig.meta["anchor"] = anchor
            fig.period_start, fig.period_end, fig.period_kind = anchor.period_start, anchor.period_end, anchor.kind
            fig.period_basis = "explicit"
        k = j - 1


# Verbs that bound a number right after them ("exceeded 400", "превысило 400") but measure a change with "by"
# ("exceeded by a third")
_VERBS_OF_A_BOUND = frozenset({"exceeded", "exceeds", "exceed", "surpassed", "surpasses", "topped", "overfulfilled"})


# Tenge and tiyn told together ("126 теңге 81 тиын", "126 тенге 81 тиын", "126 tenge 81 tiyn"): one sum, 126.81 tenge.
_TIYN_AFTER = re.compile(r"\s*(?:тиын|tiyn)\w*", re.I)


def _with_tiyns(figures: list[Figure], sent: Sentence) -> list[Figure]:
    """A sum in tenge followed by its tiyns (see above) as one figure, the tiyns' number no figure of its own."""
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        if prev is not None and prev.unit == "KZT" and prev.value == int(prev.value) and \
                fig.value == int(fig.value) and 0 <= fig.value < 100 and \
                not sent.text[prev.end - sent.start:fig.start - sent.start].strip(" ,") and \
                (tiyn := _TIYN_AFTER.match(sent.text, fig.num_end)) is not None:
            prev.value += fig.value / 100
            prev.end = sent.start + tiyn.end()
            prev.text = sent.text[prev.start - sent.start:tiyn.end()]
            continue
        out.append(fig)
    return out


def _without_restated_shares(figures: list[Figure]) -> list[Figure]:
    if not any(f.meta.get("word_share") for f in figures):
        return figures
    # (not across a figure between them, whose share the other is: "One in six beds remains unused, and more than
    # 222,000 patients, or 17% of planned admissions, wait")
    return [f for f in figures
            if not (f.meta.get("word_share") and any(
                _restates_share(f, g) and not any(
                    min(f.num_end, g.num_end) <= h.num_start < max(f.num_start, g.num_start)
                    for h in figures if h is not f and h is not g)
                for g in figures if g is not f))]


def _make(sent: Sentence, index: int, text: str, tokens: list[Token], i0: int, i1: int, value: float,
          qualifier: str, unit: str, noun: str | None, lang: str) -> Figure:
    s = tokens[i0].start
    e = tokens[i1 - 1].end
    return Figure(
        value=float(value), qualifier=qualifier, unit=unit, noun=noun, metric=None, period_start=None,
        period_end=None, period_kind=None, period_basis="publication", area="KZ", quote=sent.text,
        start=sent.start + s, end=sent.start + e, text=sent.text[s:e], lang=lang, sentence_index=index,
        is_headline=sent.is_headline, num_start=s, num_end=e,
    )


_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_YEAR_PREPOSITIONS = frozenset({"in", "during", "since", "by", "until", "before", "after", "through"})


def _inside_a_period(anchors: list[Anchor], pos: int, year_like: bool, lang: str, tokens: list[Token],
                     i0: int) -> bool:
    """Is the number part of a period expression: a day or a month count ("April 6", "за 9 месяцев"), an ordinal
    ("в 3-м квартале", "3-тоқсанында"), or a year in one ("in the 3rd quarter of 2024"; in English also right after
    "in/since/by": "In 2024 volunteers held 150 events")? A year after "of" may count: "a team of 2000 volunteers"."""
    for a in anchors:
        if a.start <= pos < a.end:
            if not year_like or a.kind != "year":
                return True
            return lang == "en" and i0 > 0 and tokens[i0 - 1].low in _YEAR_PREPOSITIONS
    return False


# After the day of a dateline: the agency in brackets, then a dash ("ASTANA, June 14 (Kazinform) –").
_DATELINE = re.compile(r"\s*(?:\([^()]{1,40}\)|\.\s*[A-ZА-ЯЁa-zа-яё]+)?\s*(?:[–—-]|--)\s")  # ("(Xinhua) --")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zа-яёәғқңөұүһі][\w-]*")
# A difference: the amount of a change, not a level ("выросло на 2,1 тыс.", "на 2,1 тыс. больше, чем годом ранее",
# "increased by 2,100", "2,100 more than a year earlier").
_CHANGE_BEFORE_RU = re.compile(r"^(?:вырос\w*|возрос\w*|увелич\w*|сократи\w*|уменьши\w*|снизи\w*|прибави\w*|"
                               r"прирост\w*|рост|стал[оаи]?|больше|меньше)$")
_COMPARATIVE_AFTER = frozenset({"больше", "меньше", "выше", "ниже", "more", "fewer", "less"})
_CHANGE_BEFORE_EN = re.compile(r"^(?:increased|grew|grown|rose|risen|decreased|fell|fallen|dropped|declined|"
                               r"up|down|increase|decrease|growth|rise)$")


def _difference(tokens: list[Token], first_i: int, end_i: int, lang: str) -> bool:
    """Is the number the amount of a change: Russian "на N" after a verb of change or before "больше/меньше",
    English "by N" after one, or "N more/fewer than"?"""
    words_before = [t.low for t in tokens[max(0, first_i - 5): first_i] if t.kind == "word"]
    after = tokens[end_i].low if end_i < len(tokens) else ""
    if lang == "ru" and first_i > 0 and tokens[first_i - 1].low == "на":
        return after in _COMPARATIVE_AFTER or any(_CHANGE_BEFORE_RU.match(w) for w in words_before[-4:-1])
    if lang == "en" and first_i > 0 and tokens[first_i - 1].low == "by":
        return any(_CHANGE_BEFORE_EN.match(w) for w in words_before[-4:-1])
    if lang == "en" and after in ("more", "fewer") and end_i + 1 < len(tokens) and tokens[end_i + 1].low == "than":
        return True
    return False


# What follows "double" when it multiplies: a determiner or pronoun ("double the number", "double that of 2020",
# "double its budget"), a preposition of a change ("double in size", "double to 5,000"), or nothing (the verb "will
# double."). Before any other word it describes a thing of two parts: "double taxation", "double standards", "double
# shifts", "double-digit".
_DOUBLE_BEFORE = frozenset({"the", "that", "this", "those", "these", "its", "their", "his", "her", "our", "what",
                            "in", "to", "from", "by", "over", "within", "since", "compared", "and", "or", "a", "an",
                            "last", "previous", "-"})


def _double_describes(tokens: list[Token], i: int) -> bool:
    """Is the English "double" at i an adjective of a thing made of two ("double taxation"), not a multiple? So is a
    hyphenated "-fold" before a noun that is no change ("three-fold watering": watering three times; "an eleven-fold
    surge" is one)."""
    if tokens[i].low.endswith("-fold") and i + 1 < len(tokens) and tokens[i + 1].kind == "word":
        return not _A_CHANGE_NOUN.match(tokens[i + 1].low)
    if tokens[i].low != "double" or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return (nxt.kind == "word" and nxt.low not in _DOUBLE_BEFORE) or (
        nxt.text == "-" and i + 2 < len(tokens) and tokens[i + 2].kind == "word")


_A_CHANGE_NOUN = re.compile(r"^(?:increase|rise|growth|surge|jump|leap|hike|expansion|decrease|drop|fall|decline|"
                            r"reduction|cut|difference|gap|more|less|higher|lower|greater|larger|smaller|since|over|"
                            r"from|in|to|compared|against|as|than|by|within|during|between|and|or|until|till)s?$")


# The country of a dollar written before its sign: "US$363,000", "US $5 million", "C$200", "A$1,000", "NZ$50".
_DOLLAR_COUNTRY = frozenset({"us", "u.s", "u.s.", "c", "a", "nz", "hk", "s", "sg"})


def _before_the_sign(tokens: list[Token], sign_i: int) -> int:
    """Where the qualifier of an amount ends before its currency sign at `sign_i`: before the sign, or before the
    dollar's country glued to it ("spends over US$363,000": at least)."""
    k = sign_i - 1
    if k >= 0 and tokens[sign_i].text == "$" and tokens[k].kind == "word" and tokens[k].low in _DOLLAR_COUNTRY:
        return k
    return sign_i


# Words that make a bare "тонну" a rate or a part of something else: "500 тенге за тонну", "по тонне", "на тонну".
_NOT_ONE_TONNE_BEFORE = frozenset({"за", "на", "по", "в", "каждую", "одну", "одна", "одной", "эту", "ту", "с"})


def _one_tonne(tokens: list[Token], i: int, lang: str) -> float | None:
    """A Russian tonne said without a number: "тонну" (one), "тонны" after a bound ("около / более тонны"),
    "полтонны" (half of one); None for a rate ("за тонну") or after a number ("две тонны")."""
    if lang != "ru" or tokens[i].kind != "word":
        return None
    low = tokens[i].low
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and (prev.kind == "num" or prev.low in _NOT_ONE_TONNE_BEFORE or
                             word_number(prev.low, lang) is not None):
        return None
    if low in ("полтонны", "полутонны"):
        return 0.5
    if low == "тонну" or (low == "тонны" and prev is not None and qualifier_before(tokens, i)[0] is not None):
        return 1.0
    return None


# Half of one tonne in words, Kazakh and English ("жарты тонна", "жарты тоннаға жуық", "half a tonne", "half a ton";
# the Russian "полтонны" is one word: _one_tonne). Not the adjective of a size: "жарты тонналық жүк көлігі".
_KK_HALF_TONNE = re.compile(r"^тонна(?:|ға|дан|ны|сы|сын|сына|сынан)$")
_EN_TONNES = frozenset({"tonne", "ton", "tonnes", "tons"})


def _half_a_tonne(tokens: list[Token], i: int, lang: str) -> tuple[int, str | None] | None:
    """Half a tonne said in words at token i: where the phrase ends (after a Kazakh bound word such as "жуық" or
    "астам", taken as its qualifier), or None."""
    if tokens[i].kind != "word" or i + 1 >= len(tokens):
        return None
    if lang == "kk" and tokens[i].low in ("жарты", "jarty") and _KK_HALF_TONNE.match(tokens[i + 1].low):
        unit = tokens[i + 1].low
        end = i + 2
        if end < len(tokens) and tokens[end].kind == "word":
            bound = (KK_AFTER_DATIVE if unit.endswith("ға") else KK_AFTER_ABLATIVE if unit.endswith("дан")
                     else {}).get(tokens[end].low)
            if bound:
                return end + 1, bound
        return end, None
    if lang == "en" and tokens[i].low == "half":
        k = i + 1
        if tokens[k].low in ("a", "an") and k + 1 < len(tokens):
            k += 1
        if tokens[k].low == "metric" and k + 1 < len(tokens):
            k += 1
        if tokens[k].low in _EN_TONNES and k > i + 1:
            return k + 1, None
    return None


_TIME_UNITS = frozenset({"day", "week", "month", "year", "день", "неделю", "месяц", "год", "күніне", "жылына"})


# "twice" right before the verb it counts ("having twice refused evacuation", "was twice awarded", "he twice
# donated"): how many times a thing was done, not a multiple; a multiple has a comparison ("twice as many",
# "twice more") or follows its verb of change ("grew twice").
_DONE_TWICE_VERB = re.compile(r"^(?:[a-z]+ed|been|was|were|had|did|went|took|gave|made|won|ran|came|became)$")


def _how_often(tokens: list[Token], j: int) -> bool:
    """"twice a year", "twice per day", "дважды в год", "twice refused": how often, not a multiple."""
    if j < len(tokens) and j > 0 and tokens[j - 1].low == "twice" and tokens[j].kind == "word" and \
            _DONE_TWICE_VERB.match(tokens[j].low) and tokens[j].low not in ("compared", "exceeded"):
        return True
    if j + 1 < len(tokens) and tokens[j].low in ("a", "per", "в", "each", "every") and tokens[j + 1].low in _TIME_UNITS:
        return True
    return j < len(tokens) and tokens[j].low in ("daily", "weekly", "monthly", "yearly", "annually")

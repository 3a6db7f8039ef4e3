"""Metric: which catalog metric a figure of a sentence belongs to. The rules themselves are in
loaders/classify.py; here the sentence pass's view of a figure is given to them (its segment, clause, sentence,
scope and period kind, the article's flags), the end of a range takes the metric of its start, a part of the
figure before it ("в том числе", "из них") leaves the series of its total, and a multiple ("в 3 раза") is
classified by what grew."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from loaders import classify
from loaders.caseless import Caseless
from loaders.extract.anchors import Anchor
from loaders.figure import Figure

_SUBSET_RE = re.compile(r"в том числе|из них|из которых|из числа|\bincluding\b|\bof them\b|\bof whom\b|"
                        r"\bof which\b|оның ішінде|олардың ішінде|соның ішінде", re.I)
_SUBSET_RE = Caseless(_SUBSET_RE)  # loaders/caseless.py


# A phrase that points back to what the sentence before spoke of: "в этой жизненно важной процедуре", "такой
# помощи", "this procedure", "бұл шара"; and people described there ("таких людей в стране … 62 тыс. человек" after
# "казахстанцев, занятых волонтёрской деятельностью"; "such people", "мұндай адамдар"): a count of them is a count
# of what the sentence before described.
_POINTS_BACK = re.compile(
    r"(?<!\w)(?:эт(?:ой|ого|ом|у|а|и|их|ими)|так(?:ой|ая|ую|ие|их|ого|им)|данн(?:ой|ая|ую|ых|ые|ом)|подобн\w+|this|"
    r"these|such|бұл|осы|мұндай|сондай)\s+(?:[^\W\d_]+\s+){0,2}?(?:процедур|помощ|акци|мероприят|procedure|aid\b|"
    r"help\b|assistance|campaign|event|рәсім|көмек|шара|акция|"
    r"люд(?:ей|и|ям|ьми)\b|people\b|адамдар)", re.I)
_POINTS_BACK = Caseless(_POINTS_BACK)  # loaders/caseless.py


def referent_of(clause_text: str, prev_sentence: str | None) -> str:
    """The lower-cased sentence before, when the clause points back to it; else ""."""
    if prev_sentence and _POINTS_BACK.search(clause_text):
        return prev_sentence
    return ""


def assign_metric(fig: Figure, previous: Figure | None, rel: int, *, segment: str, clause_text: str, low: str,
                  scoped: bool, anchor: Anchor | None, article_flags: dict[str, Any], referent: str = "") -> None:
    """Set fig.metric (and, for a multiple, fig.noun). `previous` is the figure before it in the sentence,
    already classified; `rel` where the figure's number starts in the lower-cased sentence `low`; `referent` the
    sentence before when the clause points back to it (referent_of)."""
    fig.meta["metric_ctx"] = (segment, clause_text, low, scoped, referent)
    fig.metric = classify.classify(
        fig,
        segment=segment,
        clause=clause_text,
        sentence=low,
        country_scope=scoped,
        period_kind=anchor.kind if anchor else None,
        article_flags=article_flags,
        referent=referent,
    )
    if fig.metric is None and fig.unit == "kg":
        # "400 kg of waste": a metric counted in tonnes takes kilograms converted (0.4 tonnes)
        probe = replace(fig, unit="tonnes", value=fig.value / 1000)
        metric = classify.classify(probe, segment=segment, clause=clause_text, sentence=low, country_scope=scoped,
                                   period_kind=anchor.kind if anchor else None, article_flags=article_flags)
        if metric and metric.endswith("_tonnes"):
            fig.metric, fig.unit, fig.value = metric, "tonnes", round(fig.value / 1000, 9)
            fig.meta["converted_from"] = "kg"
    if fig.meta.get("difference"):
        fig.metric = None  # the amount of a change ("на 2,1 тыс. больше") is no level of any series
    first = fig.meta.get("range_of")
    if fig.metric is None and first is not None and first.metric and first.unit == fig.unit:
        fig.metric = first.metric  # the end of a range counts what its start counts
    subset = previous is not None and _SUBSET_RE.search(low, previous.num_end or 0, rel) is not None
    if subset and fig.metric and fig.metric == previous.metric and fig.area == previous.area:
        # "14,7 тыс. пациентов, в том числе почти 2 тысячи детей": a part of the figure before it, which
        # must not sit in the same series as its total (a part in another area or metric keeps its metric).
        fig.metric = None
        fig.meta["part_of_previous"] = True
    if fig.unit == "ratio":
        subject = fig.meta.get("ratio_of")
        if subject:
            probe = replace(fig, noun=subject[0], unit=subject[1] or "items", np_text=subject[0])
            fig.metric = classify.classify(probe, segment=segment, clause=clause_text, sentence=low,
                                           country_scope=True, period_kind=None,
                                           article_flags=article_flags)
            fig.noun = subject[0]


def clause_of(fig: Figure) -> str:
    """The clause the figure was classified in (kept by assign_metric), "" before it was."""
    return fig.meta.get("metric_ctx", ("", ""))[1]


def reclassify(fig: Figure, period_kind: str, article_flags: dict[str, Any]) -> None:
    """A figure without a metric that has taken a period from an earlier sentence ("Елімізде жыл сайын 220 мың адам
    қан тапсырады. 285 мыңға жуық донация жасалады."): classified again with that period's kind, so that a yearly
    period opens the per-year metrics to it."""
    ctx = fig.meta.get("metric_ctx")
    if fig.metric is not None or ctx is None or fig.meta.get("part_of_previous") or fig.meta.get("difference"):
        return
    segment, clause_text, low, scoped, referent = ctx
    if period_kind != "annual" and classify.NOT_NATIONWIDE.search(clause_text):
        return  # "В акции «Донор дня» участвовали 300 человек" after a year's total: one event, not the year's count
    fig.metric = classify.classify(fig, segment=segment, clause=clause_text, sentence=low, country_scope=scoped,
                                   period_kind=period_kind, article_flags=article_flags, referent=referent)

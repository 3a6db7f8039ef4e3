"""Ranges: "от 40 до 60 тыс. тенге", "from 300 thousand ($2 thousand) to 1.5 million ($10 thousand)", "20–25
процентов", "10-15 per cent", "some 5,000-7,000 people", "between 10 and 15". The two ends are two figures of one
quantity (DESIGN §3): the low end `at_least`, the high end `at_most`, both `approx` under "около/about". The first
takes the scale and the counted noun of the second, and the second remembers the first (its metric falls back to
the first's). Amounts converted in brackets after each end ("($2 thousand) … ($10 thousand)") form a range of
their own. A change is not a range: "выросло с 50 до 300 тысяч", "grew from 50 to 300 thousand" keep both ends
`exact` (the values at two times)."""

from __future__ import annotations

import itertools
import re

from loaders.extract.nouns import CURRENCY_SIGNS
from loaders.extract.qualifiers import CHANGE_VERB_RE
from loaders.figure import Figure
from loaders.lexicon import CURRENCY_UNITS

_RANGE_GAP = re.compile(r"^\s*(?:до|(?:up\s+)?to|-to-|[-–—]|и|and|мен|бен|пен)\s*$", re.I)
# Kazakh "between": "17 мың мен 27 мың теңге аралығында", "150 бен 200 мың теңге аралығындағы" (the second value's
# unit, then "аралығы-")
_KK_AND_GAP = re.compile(r"^\s*(?:мен|бен|пен)\s*$")
_KK_BETWEEN_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+аралығ\w*")
# Gaps that make two numbers a range of one quantity (not a coordination "5 и 7"): a dash, "до/to" after
# "от/from" (or "с" without a verb of change), "and" after "between".
_DASH_GAP = re.compile(r"^\s*[-–—]\s*$")
# "from 224 to almost 700", "с 50 до почти 300": the second end's own qualifier may stand in the gap
# ("from 18 up to 25,000 trees": "up to" is "to" here)
_TO_GAP = re.compile(r"^\s*(?:(?:и|and)\s+)?(?:до|(?:up\s+)?to|по)\s*(?:(?:almost|nearly|about|around|over|"
                     r"more than|почти|около|более|свыше|порядка|примерно)\s+)?$", re.I)
_AND_GAP = re.compile(r"^\s*(?:and|и)\s*$", re.I)
# English writes a range without "from" too: "35 to 40 million seedlings", "grow 10 to 15 per cent"; a bare "to"
# between two numbers is a range only when nothing of its own stands after the first number (no unit, no scale)
# and the first is the smaller, read without the scale both share ("35 to 40 million", not "500 to 3 million").
# The "to" may be hyphenated between the numbers: "4,000-to-5,000 people".
_BARE_TO_GAP = re.compile(r"^\s*(?:to|-to-)\s*$", re.I)
# (a currency's sign or code may stand between "from" and the low end: "from $5", "from KZT 44,532")
_FROM_BEFORE = re.compile(r"(?:^|[\s(«\"])(?:от|from|с|со|range\s+of)\s+(?:(?:the\s+)?(?:current|present)\s+|"
                          r"нынешних\s+|текущих\s+)?(?:(?:us\s?\$|[$€₸₽]|kzt|usd|eur|rub)\s*)?$", re.I)
# The place each end is of, told between them: "from 25.5 thousand tenge in Zhambyl and Turkestan regions to 36.3
# thousand tenge in Mangystau", "от 25,5 тыс. тенге в Жамбылской области до 36,3 тыс.": a range across places.
_PLACE_IN_GAP = re.compile(r"^\s*(?:in|в|во)\s+(?:[^\W\d_][\w-]*\s+){1,6}?(?=(?:to|до)\s*$)", re.I)
_BETWEEN_BEFORE = re.compile(r"(?:^|\s)(?:between|в пределах от|от)\s+(?:[$€₸₽]\s*)?$", re.I)
_BRACKETS = re.compile(r"\s*\([^()]*\)\s*")
# A vague estimate names two neighbouring values joined by "or": "3.5 or 4 thousand athletes", "about 7 or 8
# thousand volunteers", "7 или 8 тысяч", "7 немесе 8 мың": a range whose ends share the scale and noun of the
# second. Only a high end with a scale word ("thousand", "тысяч", "мың") and close neighbours (the high end at most
# twice the low, read without the scale) make such a range; "5 or 50 thousand", a number with its own noun before
# "or" ("300 volunteers or 500 residents") and small counts ("два или три волонтера": two figures) stay apart.
_OR_GAP = re.compile(r"^\s*(?:or|или|либо|немесе|не|ne|nemese)\s*$", re.I)
_WORD = re.compile(r"[^\W\d_]+")


def _gap(low: str, a: Figure, b: Figure) -> str:
    return low[a.num_end: b.num_start]


# Each end of a money range may carry its own currency: "$5–$10", "US$116 – US$3,878", "от $5 до $10", "€1,000 to
# €2,000" (the sign before the high end stands in the gap), "from 500 tenge to 1,000 tenge" (the unit after the low
# end stands in it). The gap without them is the range's: the currency is one, stated twice.
_CURRENCY_BEFORE_HIGH = re.compile(r"(?:us\s?\$|\$|€|₸|₽|£|(?:kzt|usd|eur)\b)\s*$", re.I)
_CURRENCY_AFTER_LOW = re.compile(r"^\s*(?:tenge|теңге|тенге|тг\.?|dollars?|долларов|доллар|евро|euros?|₸|kzt|usd|eur|"
                                 r"мрп|аек|mrp|mci)"
                                 r"(?![^\W\d_])", re.I)


_PERCENT_AFTER_LOW = re.compile(r"^\s*(?:%|per\s*cent|percent|процент\w*|пайыз\w*)(?![^\W\d_])", re.I)


def _range_gap(low: str, a: Figure, b: Figure) -> str:
    """The words between the two ends, without the amounts converted in brackets and without a currency repeated
    at each end of a money range."""
    gap = _BRACKETS.sub(" ", _gap(low, a, b))
    if a.unit == b.unit == "percent":
        gap = _PERCENT_AFTER_LOW.sub(" ", gap)  # "from 65% to 70%", "с 65% до 70%": the sign at each end
    if a.unit == b.unit and (a.unit in CURRENCY_UNITS or a.unit == "MCI"):
        gap = _CURRENCY_AFTER_LOW.sub(" ", gap)
        gap = _CURRENCY_BEFORE_HIGH.sub(" ", gap)
    return _PLACE_IN_GAP.sub(" ", gap)


def _is_change(low: str, a: Figure) -> bool:
    """A verb of change among the words before the first end: "выросло с 50 до 300", "rose from 10 to 20"; or a
    multiple right before the pair ("South Korea – by 3.8 times from 939 to 3,585", "an eleven-fold surge … from 489
    to 5,683", "в 3,8 раза с 939 до 3 585")."""
    window = low[max(0, a.num_start - 80): a.num_start]
    words = _WORD.findall(window)[-8:]
    # (up to ten words within the clause: "increase the daily carrying capacity of public transport from 150 thousand
    # to 260 thousand"; not across a comma, "Most wheat fell into the third grade, with gluten content varying from
    # 29–30% in some plots to 22–24%")
    clause = re.split(r"[,;:]", low[max(0, a.num_start - 100): a.num_start])[-1]
    return any(CHANGE_VERB_RE.match(w) for w in words + _WORD.findall(clause)[-10:]) or \
        _MULTIPLE_BEFORE_A_PAIR.search(window) is not None


_MULTIPLE_BEFORE_A_PAIR = re.compile(r"(?:\bby\s+\d[\d.,]*\s*(?:times|-?fold)|\b[a-z]+-?fold\b|(?<!\w)в\s+\d[\d.,]*\s*"
                                     r"раза?)[^.;\d]{0,50}?(?:\bfrom|(?<!\w)(?:с|со))\s*[$€₸₽]?\s*$")


# The same change told again in other units: "from 50% to 70% of the minimum, or from 14,849 KZT to 20,789 KZT", "с 50%
# до 70%, или с 14 849 до 20 789 тенге", "яғни 14 849 теңгеден 20 789 теңгеге дейін".
_OR_FROM = re.compile(r"(?:\bor|(?<![\w-])или|(?<![\w-])то\s+есть|\bi\.e\.)\s+(?:from|с|со)\s+(?:[$€₸₽]\s*)?$", re.I)


def _changed_before(low: str, a: Figure) -> bool:
    """A verb of change anywhere before in the sentence (up to 200 characters back)."""
    return any(CHANGE_VERB_RE.match(w) for w in _WORD.findall(low[max(0, a.num_start - 200): a.num_start]))


# A change told before in the sentence, its verb then a pair "from X to Y" ("will be increased from 65% to 70%",
# "увеличится с 95 496 до 101 702 тенге"): a later pair after a comma or a dash shares the verb.
# (the first value may be a range itself: "a rise … of the brown bear from 15-20 to 85, the stone marten from 100 to
# 493")
_CHANGE_PAIR = re.compile(r"\b(?:from|с|со)\s+[$€₸₽]?\s*\d[\d\s,.]*(?:[-–]\s*\d[\d\s,.]*)?%?\s*(?:[^\W\d_]+\s+)?"
                          r"(?:to|до)\s+[$€₸₽]?\s*\d", re.I)


def _elided_change(low: str, a: Figure) -> bool:
    before = low[max(0, a.num_start - 240): a.num_start]
    verb = next((m for m in _WORD.finditer(before) if CHANGE_VERB_RE.match(m.group(0))), None)
    if verb is None:
        return False
    rest = before[verb.end():]
    return _CHANGE_PAIR.search(rest) is not None and re.search(r"[,;–—-]\s*[^\d]{0,60}$", rest) is not None


def _changed(low: str, a: Figure) -> bool:
    """A verb of change in the past among the words before the first end ("increased", "grew", "doubled"): a change
    done, whose two values the brackets may give; "we grow 35 to 40 million" is none."""
    words = _WORD.findall(low[max(0, a.num_start - 80): a.num_start])[-8:]
    return any(CHANGE_VERB_RE.match(w) and (w.endswith("ed") or w in ("grew", "rose", "fell")) for w in words)


# Kazakh "X-тен Y-ге дейін" (from X to Y): the first number (or its measure word) in the ablative, the second (or its
# measure word) in the dative before "дейін"; a verb of change after it makes it a change ("224-тен 700-ге дейін
# өсті"), else it is a range ("300 мыңнан 500 мың теңгеге дейін").
_KK_FROM = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$")
# (an abbreviation takes its ending after a hyphen: "5 АЕК-тен 70 АЕК-ке дейін")
_KK_FROM_WORD = re.compile(r"^\s+[^\W\d_]+-?(?:дан|ден|тан|тен|нан|нен)\s+$")
_KK_TO = re.compile(r"(?:ға|ге|қа|ке|а|е)$")
# (an amount converted in brackets may stand before "дейін": "70 АЕК-ке (204 190 теңге) дейін")
_KK_UNTIL = re.compile(r"\s*(?:%\s*-?\s*(?:ға|ге|қа|ке)\s+|[^\W\d_]+-?(?:ға|ге|қа|ке)\s+)?(?:\([^()]{1,40}\)\s*)?"
                       r"(?:дейін|шейін)(?:гі)?\b")
# The same range converted in brackets right after the high end's unit, its own "from … to …" holding the "дейін" the
# first one leaves out: "15-тен 30 АЕК (59-ден 118 мың теңгеге дейін)".
_KK_UNTIL_IN_ITS_CONVERSION = re.compile(r"\s*[^\W\d_]+\s*\(\s*\d[\d\s,.]*-?(?:дан|ден|тан|тен|нан|нен)\s+\d[^()]{0,40}"
                                         r"(?:дейін|шейін)\s*\)")
# "… дейінгі мөлшерде / аралықта" (in the amount / the span of from X to Y): amounts graded along a scale (by a child's
# birth order, by a region), a range whatever verb of growing follows ("ұлғайта отырып": paid rising along the scale)
_KK_AMOUNT_SPAN = re.compile(r"\s+(?:мөлшер|аралы[қғ])\w*")
# (a converb of manner, "ұлғайта отырып" (while increasing), tells how something is done, no change that happened)
_KK_WHILE = re.compile(r"\s+отырып\b")
_LAST_WORD = re.compile(r"([^\W\d_]+)[^\w]*$")
# "жеткізу" after the thing counted delivers it ("7-ден 10-ға дейін вагон көмір жеткізіледі": from 7 to 10 wagons are
# delivered), it raises a value only right after "дейін" ("100-ден 150 мыңға дейін жеткізілді").
_DELIVERED_AFTER_ITS_NOUN = re.compile(r"\s*(?:[^\W\d_]+\s+){1,3}жеткіз")
_KK_CHANGE_VERB = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:өс|арт|көбей|ұлғай|азай|қысқар|төменде|кеми|жет|жоғарыла|"
                             r"көтеріл)\w*")


# The second value in the dative right before a verb of change, without "дейін": "1,1 млн-нан 1,2 млн адамға жетті".
_KK_TO_A_CHANGE_VERB = re.compile(r"(?:\s*[^\W\d_]+)?(?:\s*-?\s*(?:ға|ге|қа|ке)|\s+[^\W\d_]+(?:ға|ге|қа|ке))\s+"
                                  r"(?:өс|арт|жет|көбей|ұлғай|азай|қысқар|төменде|кеми|жоғарыла)\w*", re.I)


# A change told before the bracket its pair stands in: "саны 24,1% - ға артса (543-тен 674-ке дейін)", "19,1% - ға
# (476-дан 567-ге дейін)", "көбейген (67-ден 107-ге дейін)".
_KK_CHANGE_BEFORE_ITS_PAIR = re.compile(r"(?:(?:өс|арт|көбей|ұлғай|азай|қысқар|төменде|кеми|жоғарыла|көтеріл)\w*|"
                                        r"%\s*-?\s*(?:ға|ге|қа|ке))\s*\(\s*$")


# A list headed by a noun of change and a colon ("Өндірістік жарақаттанудың өсуі: Ақтөбе (54 адамнан 91 адамға дейін),
# Атырау (21 адамнан 38 адамға дейін)", "Рост травматизма: Актобе (от 54 до 91)", "Increase in injuries: Aktobe (from
# 54 to 91)"): each pair of the list is what one place's count went from and to, not a range.
_LIST_OF_CHANGES = re.compile(r"(?<!\w)(?:өсуі|артуы|көбеюі|ұлғаюы|азаюы|қысқаруы|төмендеуі|кемуі|жоғарылауы|"
                              r"рост|прирост|увеличение|снижение|сокращение|уменьшение|"
                              r"increases?|growth|rise|decreases?|declines?|reductions?)"
                              r"(?:\s+[^\W\d_]+){0,4}\s*:\s[^.:!?;]*$", re.I)


def _in_a_list_of_changes(low: str, a: Figure) -> bool:
    return _LIST_OF_CHANGES.search(low, max(0, (a.num_start or 0) - 300), a.num_start) is not None


def _kk_from_to(low: str, a: Figure, b: Figure) -> str | None:
    # (a gloss in brackets after the low end is no part of the range: "44 532 теңгеден (4 бала) 77 951 теңгеге дейін")
    gap = _BRACKETS.sub(" ", low[a.num_end: b.num_start])
    if not ((not gap.strip() and _KK_FROM.search(low, 0, a.num_end)) or _KK_FROM_WORD.match(gap)):
        return None
    until = _KK_UNTIL.match(low, b.num_end)
    if until is None and _KK_UNTIL_IN_ITS_CONVERSION.match(low, b.num_end):
        return "range"  # "15-тен 30 АЕК (59-ден 118 мың теңгеге дейін)": the conversion in brackets carries "дейін"
    if until is None and _KK_TO_A_CHANGE_VERB.match(low, b.num_end):
        return "change"  # "1,1 млн-нан 1,2 млн адамға жетті", "54-тен 91-ге өсті": from one value it reached another
    if until is None or (_KK_TO.search(low, 0, b.num_end) is None and until.group(0).strip().startswith(
            ("дейін", "шейін"))):
        return None
    if _KK_CHANGE_BEFORE_ITS_PAIR.search(low, max(0, a.num_start - 60), a.num_start):
        return "change"  # "зардап шеккендер саны 24,1% - ға артса (543-тен 674-ке дейін)": the values it went between
    if until.group(0).endswith("гі") and _KK_AMOUNT_SPAN.match(low, until.end()):
        return "range"  # "21 266 теңгеден 32 859 теңгеге дейінгі мөлшерде ұлғайта отырып төленеді": a scale of amounts
    verb = _KK_CHANGE_VERB.match(low, until.end())
    if verb and not _KK_WHILE.match(low, verb.end()) and not _DELIVERED_AFTER_ITS_NOUN.match(verb.group(0)):
        return "change"
    # a verb shared by coordinated clauses stands at the end of the sentence: "224-тен 700-ге дейін, ал қатысушылар
    # саны 50 мыңнан 200 мыңға дейін өсті"
    last = _LAST_WORD.search(low, until.end())
    if last is not None and _KK_CHANGE_VERB.fullmatch(" " + last.group(1)) and \
            not _DELIVERED_AFTER_ITS_NOUN.match(low, until.end(), last.end(1)):
        return "change"
    return "change" if _in_a_list_of_changes(low, a) else "range"


def _digit_scale(a: Figure, b: Figure) -> float | None:
    """The scale a high end written in digits carries for a bare low end: "from 18 up to 25,000 trees", "от 18 до
    25 000 деревьев" mean 18 to 25 thousand — the writer put the scale once, as zeros, on the high end. Read as
    written, the range would span more than a thousandfold (18 to 25,000), which no range of one quantity does;
    read with the scale it is 18,000 to 25,000. A low end that stays below the high end only unscaled keeps its
    value ("from 500 to 10,000 tenge", "from 10 to 1,000 trees"), and so does 1 ("от 1 до 5 000 тенге": from one
    tenge)."""
    if a.meta.get("scale") or b.meta.get("scale") or a.value < 2 or a.value >= 1000:
        return None
    for scale in (1_000_000, 1_000):
        if b.value % scale == 0 and a.value * scale < b.value:
            return scale
    return None


_BY_BEFORE = re.compile(r"\bby\s+$")


def dash_joined(low: str, a: Figure, b: Figure) -> bool:
    """Are the two figures joined by a dash alone ("1900-2700", "250 – 270")?"""
    return _DASH_GAP.match(_gap(low, a, b)) is not None


_HIGH_END_OF_A_DASH_RANGE = re.compile(r"\d\s*[-–—]\s*$")
_TO_A_VALUE_AFTER = re.compile(r"\s*%?\s*(?:to|до)\s+[$€₸₽]?\s*\d", re.I)


def _bare_to_range(low: str, a: Figure, b: Figure, gap: str) -> bool:
    """"35 to 40 million seedlings", "some 10 to 15 volunteers", "grow by 10 to 15 per cent": a range with no "from"
    before it (a verb of change before it does not make it a change: "We grow 35 to 40 million seedlings")."""
    if not _BARE_TO_GAP.match(gap) or a.unit != b.unit:
        return False
    if _HIGH_END_OF_A_DASH_RANGE.search(low, max(0, a.num_start - 8), a.num_start):
        return False  # "from 15-20 to 85": the first value is the range 15-20, 85 the value it went to
    scale = b.meta.get("scale") or 1
    low_end = a.meta.get("unscaled", a.value)
    if _BY_BEFORE.search(low, max(0, a.num_start - 6), a.num_start) and b.value / scale > 3 * low_end:
        # "has risen by 26 to 145": the rise, then the level it reached (a range after "by" is close: "by 10 to 15")
        return False
    return low_end < b.value / scale


def _or_range(a: Figure, b: Figure, gap: str) -> bool:
    """"3.5 or 4 thousand", "7 или 8 тысяч": two close values joined by "or" estimate one quantity."""
    if not _OR_GAP.match(gap) or a.unit not in (b.unit, "items"):
        return False
    if not b.meta.get("scale"):
        # a price told as a guess between two neighbours ("sell it for three or four dollars per kilogram", "по 3
        # или 4 доллара"): one price, not two; a count told as a guess between two next whole numbers ("government
        # agencies have two or three drones", "два или три волонтера": en_hw04's blind gold reads a range), while
        # counts further apart are two ("один или семь человек": one person, or seven together)
        if b.unit in CURRENCY_UNITS:
            return 0 < a.value < b.value < 2 * a.value  # ("почти на 50 или 100 тенге": two guesses)
        return a.value >= 1 and float(a.value).is_integer() and b.value == a.value + 1
    low_end = a.meta.get("unscaled", a.value)
    high_end = b.value / (b.meta.get("scale") or 1)
    return 0 < low_end < high_end <= 2 * low_end


_WITH_BEFORE = re.compile(r"\bwith\s+$", re.I)


def _range_kind(low: str, a: Figure, b: Figure) -> str | None:
    """"range" when a..b is a range of one quantity, "change" for "с 50 до 300" after a verb of change."""
    kk = _kk_from_to(low, a, b)
    if kk is not None:
        return kk
    gap = _range_gap(low, a, b)
    before = low[max(0, a.num_start - 30): a.num_start]
    if _DASH_GAP.match(gap):
        if a.unit == "ratio" or b.unit == "ratio":
            return None
        if a.value > b.value and a.unit == b.unit:
            if _DESCENDING_RANGE.fullmatch(low[a.num_end:b.num_start]) and a.value >= 100 and b.value >= 0.9 * a.value:
                return "range"  # "сейчас продаём по 4100–4000": a price range told from its top, close ends
            return None  # "such holidays were 10 - 8 in Almaty and 2 in Astana": a total and its first part
        if _TO_A_VALUE_AFTER.match(low, b.num_end):
            return "range"  # "from 15-20 to 85": the range the change started from, its end told after "to"
        return "change" if _is_change(low, a) and _FROM_BEFORE.search(before) else "range"
    if _TO_GAP.match(gap) and _WITH_BEFORE.search(before) and _is_change(low, a):
        return "change"  # "has increased with 47 to 903" (a translation's "with" for "from")
    if _TO_GAP.match(gap) and _FROM_BEFORE.search(before):
        if _in_a_list_of_changes(low, a):
            return "change"  # "Рост травматизма: Актобе (от 54 до 91)": the values of a change, a place at a time
        if re.search(r"(?:^|[\s(«\"])от\s+(?:[$€₸₽]\s*)?$", before):
            # Russian tells a change "с X до Y" and a range "от X до Y", a verb of change or not: "объем средств
            # планируем увеличить от 5 до 8 миллионов тенге" is a range of the new level
            return "range"
        if _is_change(low, a) or re.search(r"(?:^|[\s(«\"])(?:с|со)\s+(?:[$€₸₽]\s*)?$", before):
            return "change"  # "с 50 до 300 тысяч", "Костанайская (с 13 до 23 тысяч)": from one value to another
        if a.value > b.value and a.unit == b.unit and a.meta.get("scale") == b.meta.get("scale"):
            return "change"  # "from 70% to 20%": a range runs upward, a fall from one value to another does not
        if _elided_change(low, a):
            # "will be increased from 65% to 70% …, and the maximum amount – from 105 to 110%": the verb is shared
            return "change"
        if _OR_FROM.search(before) and _changed_before(low, a):
            return "change"  # "increased from 50% to 70% of the minimum, or from 14,849 KZT to 20,789 KZT"
        return "range"
    if _AND_GAP.match(gap) and _BETWEEN_BEFORE.search(before) and "between" in before:
        return "range"
    if _KK_AND_GAP.match(gap) and _KK_BETWEEN_AFTER.match(low, b.num_end):
        return "range"  # "17 мың мен 27 мың теңге аралығында сатылып жатыр"
    if _bare_to_range(low, a, b, gap):
        # in brackets after a change, the two values it went between: "increased by 8 times (11 to 89)", "grew
        # eightfold (11 to 89)"
        return "change" if before.rstrip().endswith("(") and _changed(low, a) else "range"
    if _or_range(a, b, gap):
        return "range"
    return None


def _bracketed_after(low: str, a: Figure, c: Figure) -> bool:
    """Is figure c inside the brackets that follow figure a: "300 thousand ($2 thousand)"?"""
    gap = low[a.num_end: c.num_start]
    return "(" in gap and ")" not in gap and len(gap) < 40


# (a dash with no space around it: "4100–4000")
_DESCENDING_RANGE = re.compile(r"[-–—]")


def _set_qualifiers(a: Figure, b: Figure) -> None:
    if a.value > b.value and "approx" not in (a.qualifier, b.qualifier):
        a, b = b, a  # a range told from its top ("4100–4000"): the lower value is its low end
    if "approx" in (a.qualifier, b.qualifier):
        a.qualifier = b.qualifier = "approx"  # "около 40–60 тыс.", "some 5,000-7,000 people"
    elif "almost" in (a.qualifier, b.qualifier):
        a.qualifier, b.qualifier = "at_least", "almost"
    elif b.qualifier == "at_least":
        a.qualifier = "at_least"  # "10-12-ден астам ұйым", "10–12 and more": more than the whole range, both ends
    else:
        a.qualifier, b.qualifier = "at_least", "at_most"
    a.meta["range"] = "low"
    b.meta["range"] = "high"


# A multiple stated as a range: "2-3 есе асып түседі", "2–3 есеге", "в 2–3 раза", "2-3 times higher", "two to three
# times": the bare low end shares the multiple of the high end, and the two are a range (low at_least, high at_most)
# like any other. Only a dash or "to/до" between (not "2 and 3 times": two multiples).
_MULTIPLE_GAP = re.compile(r"^\s*(?:[-–—]|to|до)\s*$", re.I)


def _multiple_range(low: str, a: Figure, b: Figure) -> bool:
    """Make a bare number before a multiple ("2" of "2-3 есе") the low end of a range of multiples."""
    # the bare number may have borrowed the noun of the count that grew ("Еріктілер саны 2-3 есе өсті", "Число
    # доноров выросло в 2-3 раза"): still bare, still the low end of the multiple
    bare = (a.unit == "items" and a.noun is None) or a.meta.get("antecedent") is not None
    if b.unit != "ratio" or not bare or a.qualifier not in ("exact", "approx"):
        return False
    if not _MULTIPLE_GAP.match(_gap(low, a, b)) or a.value >= b.value:
        return False
    a.unit = "ratio"
    a.meta["ratio"] = True
    a.meta["ratio_of"] = b.meta.get("ratio_of")
    b.meta["range_of"] = a
    _set_qualifiers(a, b)
    return True


# A low end that is itself a rough pair, "от трех-четырех и до десяти человек", "from 3-4 to 10 people": the pair
# says "three or four" at the start of the range, so the range runs from the first of the pair (at least three) to
# the high end; the pair's second number is no end of its own.


def _merge_rough_low_end(figures: list[Figure], low: str) -> None:
    k = 0
    while k + 2 < len(figures):
        a, b, c = figures[k], figures[k + 1], figures[k + 2]
        before = low[max(0, a.num_start - 30): a.num_start]
        if dash_joined(low, a, b) and _TO_GAP.match(_gap(low, b, c)) and \
                _FROM_BEFORE.search(before) and a.value < b.value < c.value and not _is_change(low, a):
            base = a.start - a.num_start  # where the sentence starts in the text (a figure's quote is its sentence)
            a.text = a.quote[a.start - base:b.end - base]
            a.num_end, a.end = b.num_end, b.end
            del figures[k + 1]
        k += 1


def share_scale(figures: list[Figure], low: str) -> None:
    """Mark the ranges of a sentence: the first number takes the scale and the counted noun of the second
    ("с 50 до 300 тысяч", "от 40 до 60 литров", "20–25 процентов"; a noun it borrowed from elsewhere in the
    sentence gives way), and the ends of a range take `at_least`/`at_most` (or both `approx`)."""
    _merge_rough_low_end(figures, low)
    n = len(figures)
    for i in range(n):
        a = figures[i]
        # the next figure outside brackets that follow a: "300 thousand ($2 thousand) to 1.5 million"
        j = i + 1
        while j < n and _bracketed_after(low, a, figures[j]):
            j += 1
        if j >= n:
            continue
        b = figures[j]
        if a.unit == "ratio" or b.unit == "ratio":
            _multiple_range(low, a, b)  # "2-3 есе", "в 2–3 раза", "2-3 times"
            continue
        gap = _range_gap(low, a, b)
        # (or, paired "respectively", either one: "израсходовано соответственно 1,2 и 1 млрд кубометров")
        paired = _RESPECTIVELY.search(low) is not None and _AND_ONLY.match(gap) is not None
        if not (_RANGE_GAP.match(gap) or _TO_GAP.match(gap) or _kk_from_to(low, a, b)
                or (a.noun is None and _or_range(a, b, gap)) or paired):
            continue
        if b.unit == "items" and (CURRENCY_SIGNS.get(low[a.num_start - 1: a.num_start]) == a.unit or (
                a.unit == "KZT" and a.num_start > 0 and low[a.num_start - 1] == "t")) and dash_joined(low, a, b):
            # "$14-16 тыс.", "$14-16 thousand", "T1.4-1.7 thousand": the sign before the low end is the range's currency
            b.unit = a.unit
        borrowed = a.unit == "items" or a.meta.get("antecedent") is not None
        scale = b.meta.get("scale")
        # the low end is the smaller read without the shared scale: "35 to 40 million", not "500 to 3 million"
        # (or a fall told as a change, the first a little above the second: "reduced … from 2.3 to 1.6 million",
        # "сократилось с 2,3 до 1,6 млн", "2,3-тен 1,6 млн адамға дейін азайды")
        if a.meta.get("scale") is None and scale and a.unit != "percent" and \
                (a.value < min(1000, b.value / scale) or (paired and a.value < 1000) or (
                    b.value / scale < a.value < min(1000, 10 * b.value / scale) and (
                        (_TO_GAP.match(gap) and _is_change(low, a)) or _kk_from_to(low, a, b) == "change"))) and \
                (borrowed or a.unit == b.unit):
            a.meta["unscaled"] = a.value
            a.value *= scale
            a.meta["scale"] = scale
        elif a.unit != "percent" and (borrowed or a.unit == b.unit) and not _is_change(low, a) \
                and (digit_scale := _digit_scale(a, b)):
            a.meta["unscaled"] = a.value
            a.value *= digit_scale
            a.meta["scale"] = digit_scale
        if borrowed and b.noun is not None:
            a.noun, a.unit, a.np_text = b.noun, b.unit, b.np_text
            a.meta["antecedent"] = "range"
        b.meta["range_of"] = a
        kind = _range_kind(low, a, b)
        if kind == "change":
            a.meta["change"], b.meta["change"] = "from", "to"  # the values at the two ends of a span of time
            if b.qualifier == "at_most" and _KK_UNTIL.match(low, b.num_end):
                b.qualifier = "exact"  # "700-ге дейін өсті": grew to 700, not up to 700
        if kind != "range":
            if a.qualifier == "approx" and b.qualifier == "exact":
                b.qualifier = "approx"  # the qualifier of "some 5,000-7,000" is the range's
            continue
        _set_qualifiers(a, b)
        # converted amounts in brackets after each end: "($2 thousand) to 1.5 million ($10 thousand)"
        if j == i + 2 and j + 1 < n and _bracketed_after(low, b, figures[j + 1]):
            c, d = figures[i + 1], figures[j + 1]
            if c.unit == d.unit or "items" in (c.unit, d.unit):
                _set_qualifiers(c, d)
                d.meta["range_of"] = c


# A list of amounts by place whose scale and unit only its last item states ("Риддер – 160, Күршім – 154, Зайсан –
# 114, Семей 31 миллион теңгеге ие болды", "Риддеру выделено 160, Курчуму 154, а Семею 31 миллион тенге", "Ridder
# received 160, Kurshim 154 and Semey 31 million tenge"): every bare number of the list is in millions of tenge too.
# Only a run of at least two bare numbers (no noun, no scale, under a thousand) whose gaps are a comma with at most a
# few words (a name and its dash) takes the last item's scale, and the last item's own number is under a thousand
# as well, and all are of one order (within twenty times): "160, 154 and 31 million" are alike, "2020, 2021 and 5
# million" or "500, 300 and 2 million" are not.
_LIST_ITEM_GAP = re.compile(r"^\s*(?:,\s*(?:(?:и|а|and|және|ал)\s+)?|(?:и|а|and|және|ал)\s+)"
                            r"(?:[^\s\d,;]+\s+){0,3}(?:[-–—]\s*)?$", re.I)


_RESPECTIVELY = re.compile(r"соответственно|respectively|тиісінше|сәйкесінше", re.I)
_AND_ONLY = re.compile(r"^\s*(?:и|and|және|мен)\s*$", re.I)


def _bare(f: Figure) -> bool:
    return f.unit == "items" and f.noun is None and f.meta.get("scale") is None and f.value < 1000 and \
        f.meta.get("range_of") is None


def share_list_scale(figures: list[Figure], low: str) -> None:
    """Give the bare numbers of a list by place the scale and unit of its last item (see above)."""
    k = 0
    while k < len(figures):
        j = k
        while j + 1 < len(figures) and _bare(figures[j]) and \
                _LIST_ITEM_GAP.match(_gap(low, figures[j], figures[j + 1])):
            j += 1
        last = figures[j]
        scale = last.meta.get("scale")
        own = last.value / scale if scale else 0.0
        if j - k >= 2 and scale and last.unit != "items" and last.noun is not None and 0 < own < 1000 and \
                last.meta.get("range_of") is None and all(own / 20 <= f.value <= own * 20 for f in figures[k:j]):
            for f in figures[k:j]:
                f.meta["unscaled"] = f.value
                f.value *= scale
                f.meta["scale"] = scale
                f.noun, f.unit, f.np_text = last.noun, last.unit, last.np_text
                f.meta["antecedent"] = "list"
                f.qualifier = last.qualifier if last.qualifier == "approx" else f.qualifier
        k = j + 1


# A part and then the whole it is of, the whole's scale and unit left out: "occupy 97 thousand hectares of 106
# planned", "засеяно 97 тыс. га из 106 запланированных", "жоспарланған 106 мың гектардың 97 мыңы" (Kazakh puts the
# whole first, in full). The whole takes the part's scale and noun when it is bare, of the same order (no more than
# ten times the part's own number) and followed by a word of plan or of the whole: "of 106 planned", "из 106
# запланированных / предусмотренных", "out of 106 in all".
_PART_OF_GAP = re.compile(r"^[^\d,;:.()]{0,40}?(?<![^\W\d_])(?:(?:out\s+)?of|из)\s*$", re.I)  # (the part's noun, "of")
_WHOLE_AFTER = re.compile(r"\s*(?:planned|scheduled|envisaged|intended|targeted|in\s+all|in\s+total|total|"
                          r"запланированн\w*|планируем\w*|предусмотренн\w*|намеченн\w*|по\s+плану|всего)(?![\w-])",
                          re.I)


_PART_AFTER_GAP = re.compile(r"^[^\d;:.()]{0,40}?,\s*$")  # (the whole's noun, then a comma)
_OF_WHICH_AFTER = re.compile(r"\s*(?:из\s+(?:которых|них)|of\s+(?:which|them))(?![\w-])", re.I)


def share_part_scale(figures: list[Figure], low: str) -> None:
    """Give a bare whole after its part, or a bare part after its whole, the other's scale and unit (see above)."""
    for a, b in itertools.pairwise(figures):
        scale = a.meta.get("scale")
        if not scale or a.noun is None or b.meta.get("scale") is not None or b.value >= 1000 or \
                b.meta.get("range_of") is not None or b.noun not in (None, a.noun, "план", "plan") or b.num_end is None:
            continue  # (the whole may have taken the part's noun already, "of 106 [hectares] planned", or the noun
            # of the plan it names, "из 106 предусмотренных планом")
        own = a.value / scale
        whole_after = 0 < own <= b.value <= own * 10 and _PART_OF_GAP.match(_gap(low, a, b)) is not None and \
            _WHOLE_AFTER.match(low, b.num_end) is not None
        # (or the whole first, then its part with "of which": "инвестиции на 4.8 миллиарда тенге, 3.8 из которых …",
        # "KZT 4.8 billion, 3.8 of which …")
        part_after = own / 10 <= b.value < own and _PART_AFTER_GAP.match(_gap(low, a, b)) is not None and \
            _OF_WHICH_AFTER.match(low, b.num_end) is not None
        if not (whole_after or part_after):
            continue
        b.meta["unscaled"] = b.value
        b.value *= scale
        b.meta["scale"] = scale
        b.noun, b.unit, b.np_text = a.noun, a.unit, a.np_text
        b.meta["antecedent"] = "part"

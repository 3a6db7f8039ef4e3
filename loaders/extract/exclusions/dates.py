"""Dates and times (DESIGN §3): a number that is a day of a month ("15.11." in a dateline, "несмотря на выходной
день 8,9"), a clock time ("9 a.m.", "в 9 утра", "сағат 10-да"), a Kazakh quarter of the year ("тоқсан сайын": a
quarter, not ninety), the ending of an English ordinal split off a number ("12th"), and the counters a page prints
after a counter label or a written date of publication ("Просмотров: 1 245", "16 июль 2020 г. 495 0").

Why they are not figures: a date or an hour places an event in time and a page counter measures the web page; none of
them counts what the article reports. The month words themselves are in _shared (the dispatcher, the ranges of
dates and the year rules read them too); the dispatcher's inline date tests use the abbreviations here."""

from __future__ import annotations

import re

from loaders.extract.exclusions._shared import _MONTH_WORD_RE
from loaders.extract.nouns import KK_COUNT_WORDS, find_noun
from loaders.extract.numbers import NumberMatch
from loaders.extract.tokens import Token
from loaders.lexicon import TIMES_WORDS

# A Kazakh month in a case ("наурызда", "сәуірде", "мамырдан"): a day said with it ("19-наурызда") ends there.
_KK_MONTH_CASE = re.compile(r"(?:да|де|та|те|нда|нде|ға|ге|қа|ке|нан|нен|дан|ден|тан|тен|ның|нің|дың|дің|тың|тің)$")
# Russian months abbreviated in datelines: "ТАЛДЫКОРГАН, 29 дек — Sputnik", "5 сент."
_RU_MONTH_ABBR = frozenset({"янв", "фев", "февр", "мар", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя",
                            "нояб", "дек"})
# Kazakh months abbreviated in datelines: "25 сәу, 2024 сағат 21:46", "3 жел. 2025" (only before a comma, a dot, a
# year or the end: "25 қаз" may be geese)
_YEAR_TOKEN = re.compile(r"(19|20)\d{2}")
_KK_MONTH_ABBR = frozenset({"қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"})


# The year of an ISO year-month right before its month: "2020-07" (a full "2020-07-03" is one date token).
_YEAR_MONTH_BEFORE = re.compile(r"(?<![\d.,])(?:19|20)\d{2}-$")


# Kazakh "тоқсан" is ninety and also a quarter of the year. The quarter: before "сайын" (every quarter), after "әр",
# "әрбір" or an ordinal ("бірінші тоқсанда", "ІІ тоқсанында"), or with a locative or a possessive ending
# ("тоқсанында", "тоқсанда", "тоқсанына" per quarter) that no count of ninety takes. Ninety keeps its bounds and
# nouns: "тоқсан ерікті", "тоқсаннан астам", "тоқсанға жуық", "тоқсан мың".
_KK_QUARTER_FORMS = re.compile(r"^тоқсан(?:ында|ынан|ына|ы|да|дағы|ындағы)$")
_KK_BEFORE_QUARTER = re.compile(r"^(әр|әрбір|осы|өткен|келесі|соңғы|алдыңғы|ағымдағы|бірінші|екінші|үшінші|"
                                r"төртінші|і{1,3}|іv|iv|i{1,3})$")


def _kk_quarter(tokens: list[Token], m: NumberMatch) -> bool:
    first = tokens[m.i0]
    if first.kind != "word" or not first.low.startswith("тоқсан") or m.i1 - m.i0 != 1:
        return False
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    prev = tokens[m.i0 - 1] if m.i0 > 0 else None
    if nxt is not None and nxt.low in ("сайын", "saıyn", "saiyn"):
        return True
    if prev is not None and (_KK_BEFORE_QUARTER.match(prev.low) or
                             (prev.kind == "num" and prev.suffix in ("", "-", "ші", "шы", "інші", "ыншы"))):
        return True
    return bool(_KK_QUARTER_FORMS.match(first.low))


# A day and a month written with a dot, "15.11" or "03.05" (a month 01–12 after a day 1–31), and nothing counted
# after it: the dateline of a regional site ("Семей. 15.11. “Semeyainasy” – …", "Алматы. 03.05. –"). A decimal
# counts something ("5.12 тонн", "2.05%"), and Russian decimals take a comma.
_DAY_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])")


def _ordinal_ending(tokens: list[Token], k: int) -> bool:
    """Is the word at k the ending of an English ordinal the tokenizer split off a number ("1st", "22nd", "12th"),
    not "St" (street) after a house number?"""
    return tokens[k].low in ("st", "nd", "rd", "th") and k >= 1 and tokens[k - 1].kind == "num" and \
        tokens[k - 1].end == tokens[k].start


def _month_has_its_day(tokens: list[Token], i: int) -> bool:
    """Has the month at `i` its day before it ("12 April", "12th April", "the 12th of April")? Then a number after
    it is no day ("On 12th April 25 volunteers …": a date has one day), unless it is the year."""
    k = i - 1
    if k >= 1 and tokens[k].low == "of":
        k -= 1
    if _ordinal_ending(tokens, k):
        k -= 1  # "12th": the tokenizer splits the ordinal ending off
    return k >= 0 and tokens[k].kind == "num" and not tokens[k].suffix and tokens[k].text.isdigit() and \
        1 <= int(tokens[k].text) <= 31


def _day_and_month(tokens: list[Token], m: NumberMatch) -> bool:
    first = tokens[m.i0]
    if m.scaled or m.i1 != m.i0 + 1 or first.kind != "num" or not _DAY_MONTH.fullmatch(first.text):
        return False
    if m.i0 > 0 and tokens[m.i0 - 1].text not in (".", ",", "|", "/", "—", "–", "-"):
        return False  # "вырос до 3.10": a value; a dateline stands first or after the place ("Семей. 15.11.")
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    return nxt is None or (nxt.kind == "punct" and nxt.text not in ("%", "+") and not nxt.text.isalnum())


# Labels of a page's counters of views or reads (Russian, Kazakh, English), as sites print them after the text.
_COUNTER_LABEL = re.compile(r"^(?:показ(?:ов|ы)|просмотр(?:ов|ы|а)?|прочтени[йя]|прочитан[оа]?|views?|reads?|"
                            r"қаралым(?:ы|дар)?|қаралды|оқылды|оқылым(?:ы|дар)?|көрілім(?:і|дер)?|"
                            r"көрсетілім(?:і|дер)?)$")


def _after_a_counter_label(tokens: list[Token], m: NumberMatch, text: str) -> bool:
    """A number printed as the value of a counter label: "Количество показов: 1041", "Просмотров: 1 245",
    "Views: 300", "Қаралым саны: 56", or the label right before a number that ends the text ("Оқылды 120").
    A sentence that counts views ("видео набрало более 1000 просмотров") puts the number before the word."""
    i = m.i0 - 1
    colon = i >= 0 and tokens[i].text == ":"
    if colon:
        i -= 1
    if i >= 0 and tokens[i].low in ("саны", "количество", "count"):  # "Қаралым саны: 56"
        label = tokens[i - 1] if i > 0 else None
        if label is not None and _COUNTER_LABEL.match(label.low):
            return colon or m.i1 >= len(tokens) or text[tokens[m.i1 - 1].end:].strip(" .") == ""
    if i < 0 or not _COUNTER_LABEL.match(tokens[i].low):
        return False
    return colon or m.i1 >= len(tokens)


# A counter label glued to the first word of the text after it, as a page's chrome copies it ("22 ViewsОсы аптада",
# "1 245 ПросмотровВ городе"): the label, then at once a capital letter of the next sentence.
_COUNTER_GLUED_TO_NEXT = re.compile(r"^(?:views?|reads?|просмотр(?:ов|ы|а)?|показ(?:ов|ы)|қаралым(?:ы|дар)?)"
                                    r"(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])", re.IGNORECASE)


def _counter_glued_to_next_word(tokens: list[Token], m: NumberMatch) -> bool:
    """A number right before a counter label glued to the next sentence ("22 ViewsОсы аптада …"): the page's view
    counter, not a figure. A sentence that counts views writes the label apart ("5,000 views in a day")."""
    if m.i1 >= len(tokens) or tokens[m.i1].kind != "word":
        return False
    word = tokens[m.i1].text
    if m.i1 + 1 == len(tokens) and word[:1].isupper() and _COUNTER_LABEL.match(tokens[m.i1].low):
        return True  # "1245 Просмотров|В городе …": the sentence split at the glue leaves the capitalised label last
    hit = _COUNTER_GLUED_TO_NEXT.match(word)
    return hit is not None and word[hit.end()].isupper()


# The label of a page's comment counter after its number: "0 comments", "3 комментария", "5 пікір".
_COMMENT_LABEL = re.compile(r"^(?:comments?|комментари(?:й|я|ев)|коммент(?:ов|а)?|пікір(?:лер)?)$")


def _comment_counter(tokens: list[Token], m: NumberMatch) -> bool:
    """A number that opens its line before a comment label, and the label ends the line or is followed by a colon
    ("0 comments: on "Volunteers gearing up …"", "3 комментария", "5 пікір"): the page's comment counter, like a
    view counter. A sentence that counts comments has words before the number ("The post drew 300 comments") or
    goes on after the label ("12 comments on the plan came from …")."""
    if m.i0 != 0 or m.scaled or tokens[m.i0].kind != "num" or m.i1 >= len(tokens):
        return False
    if not _COMMENT_LABEL.match(tokens[m.i1].low):
        return False
    after = tokens[m.i1 + 1] if m.i1 + 1 < len(tokens) else None
    return after is None or after.text in (":", "|", "/", "·")


# What may follow the year of a written date before the page's counters: "г.", "ж.", "жыл", "year".
_YEAR_ABBR = frozenset({"г", "гг", "года", "год", "ж", "жыл", "жылы", "."})


def _counters_after_a_written_date(tokens: list[Token], m: NumberMatch) -> bool:
    """Bare numbers that end a sentence after a written date of publication ("Новости и События 16 июль 2020 г.
    495 0", "16 шілде 2020 ж. 120 3", "July 16, 2020 495 0"): the page's views and comments printed by the template
    after the date, no figures of the text (a count names what it counts: "16 июля 2020 г. 495 волонтеров …")."""
    if m.scaled or tokens[m.i0].kind != "num" or tokens[m.i0].suffix:
        return False
    if any(t.kind != "num" or t.suffix for t in tokens[m.i1:]):
        return False  # only other bare counters may follow, to the end of the sentence
    i = m.i0 - 1
    while i >= 0 and tokens[i].kind == "num" and not tokens[i].suffix and not _YEAR_TOKEN.fullmatch(tokens[i].text):
        i -= 1  # the counters printed before this one
    while i >= 0 and tokens[i].low in _YEAR_ABBR:
        i -= 1
    if i < 0:
        return False
    if tokens[i].kind == "date":
        return True  # "16.07.2020 495 0"
    if not _YEAR_TOKEN.fullmatch(tokens[i].text) or i < 1:
        return False
    j = i - 1 if tokens[i - 1].text != "," else i - 2  # "July 16, 2020"
    if j >= 0 and tokens[j].kind == "num" and j > 0:
        j -= 1  # the day before an English month: "July 16"
    return j >= 0 and tokens[j].kind == "word" and _MONTH_WORD_RE.match(tokens[j].low) is not None


# Days of the month named after the word "день/дни/числа" with the month left out ("несмотря на выходной день 8,9 они
# работали", "в выходные дни 8, 9 центр крови работал"): "8,9" is two days, no decimal, and no figure. Only digits of
# a day (1–31, each part), right after the word, with no counted noun after them but people, who are never 8.9
# ("в праздничные дни 8,9 волонтёры дежурили"); "в день 8,9 тонн" is an amount per day.
_DAY_WORDS = frozenset({"день", "дни", "числа", "числах"})


def _days_after_day_word(tokens: list[Token], m: NumberMatch) -> bool:
    if m.i0 == 0 or m.i1 - m.i0 != 1 or m.scaled or tokens[m.i0 - 1].low not in _DAY_WORDS:
        return False
    num = tokens[m.i0]
    days = re.fullmatch(r"(\d{1,2}),\s?(\d{1,2})", num.text)
    if num.kind != "num" or days is None or not all(1 <= int(d) <= 31 for d in days.groups()):
        return False
    if int(days[2]) <= int(days[1]):
        return False  # a decimal ("8,5"): two days are told in order
    return m.i1 >= len(tokens) or find_noun(tokens, m.i1, "ru").unit in (None, "persons")


# A span of days of a month with the month left out: "5 күндік 20-нан 27-не дейін акция" (from the 20th to the
# 27th), "акция проходит с 20 по 27": two day numbers (1–31, the first the smaller) joined as a span, with no counted
# noun after the span ("20-дан 27-ге дейін ерікті қатысады" and "с 5 по 11 класс" count or name things). Kazakh: the
# ablative and the dative on the digits before "дейін"; Russian: "с N по M" ("по" marks the last day; a count
# span is "от N до M").
_KK_FROM = ("нан", "нен", "дан", "ден", "тан", "тен")
_KK_TO = ("ға", "ге", "қа", "ке", "на", "не")
_KK_CHANGE_VERBS = ("өс", "арт", "көбей", "жет", "азай", "төменде", "ұлғай", "кеми")


def _day_number(t: Token, endings: tuple[str, ...] | None) -> int | None:
    """The day (1–31) a digit token names, with one of the Kazakh case endings when `endings` is given."""
    if t.kind != "num" or not t.text.isdigit() or not 1 <= int(t.text) <= 31:
        return None
    if endings is not None and not t.suffix.endswith(endings):
        return None
    return int(t.text)


# A Kazakh word in its bare form, the form a counted noun takes after a number ("10 вагон", "15 адам"): no ending of a
# case or of a verb, which the word after a span of days has ("20-нан 27-не дейін өтеді", "… дейін Астанада",
# "… дейін аралығында").
_KK_BARE_NOUN = re.compile(r"[а-яёәіңғүұқөһ]{3,}")
# (not a pronoun, a determiner or a conjunction: "20-нан 27-не дейін бұл «Жасыл аймақ» акциясы")
_KK_FUNCTION_WORDS = frozenset({"бұл", "осы", "сол", "мына", "анау", "және", "мен", "бен", "пен", "бірақ", "немесе",
                                "яғни", "барлық", "әрбір", "біз", "сіз", "олар", "біздің", "жалпы", "тағы", "тек",
                                "ғана", "қана", "әлі", "енді", "кейін", "бойы", "бойына", "бері", "шейін"})
_KK_ENDED_WORD = re.compile(r"(?:да|де|та|те|ға|ге|қа|ке|на|не|ны|ні|ың|ің|дан|ден|тан|тен|нан|нен|ды|ді|ты|ті|"
                            r"ған|ген|қан|кен|ып|іп|ап|еп|уы|уі|у|ю|лы|лі|сы|сі|ы|і|мыз|міз|сыз|сіз|тын|тін|атын|"
                            r"етін|ғы|гі|қы|кі|ша|ше|ай|ей|й)$|^(?:күн|апта|ай|жыл|сағат|мерзім)", re.I)


def _span_of_days(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    if m.scaled or m.i1 - m.i0 != 1:
        return False
    i = m.i0
    if lang == "kk":
        # the first day (its span starts here) or the last (the first day just before it)
        start = i if i + 2 < len(tokens) and tokens[i + 2].low == "дейін" else i - 1
        if start < 0 or start + 2 >= len(tokens) or tokens[start + 2].low != "дейін":
            return False
        first, last = _day_number(tokens[start], _KK_FROM), _day_number(tokens[start + 1], _KK_TO)
        after = start + 3
        if (start > 0 and tokens[start - 1].low in KK_COUNT_WORDS) or \
                (after < len(tokens) and tokens[after].low.startswith(_KK_CHANGE_VERBS)):
            return False  # "саны 20-дан 27-ге дейін өсті": a count that grew, not days
        if after < len(tokens) and tokens[after].kind == "word" and _KK_BARE_NOUN.fullmatch(tokens[after].low) and \
                not _KK_ENDED_WORD.search(tokens[after].low) and tokens[after].low not in _KK_FUNCTION_WORDS:
            return False  # "күн сайын 7-ден 10-ға дейін вагон келеді": a noun in its bare form is what is counted
    elif lang == "ru":
        start = i if i + 2 < len(tokens) and tokens[i + 1].low == "по" else i - 2
        if start < 1 or start + 2 >= len(tokens) or tokens[start - 1].low not in ("с", "со") or \
                tokens[start + 1].low != "по":
            return False
        first, last = _day_number(tokens[start], None), _day_number(tokens[start + 2], None)
        after = start + 3
    else:
        return False
    if first is None or last is None or first >= last:
        return False
    return after >= len(tokens) or find_noun(tokens, after, lang).unit is None


_DAYTIME_RU = frozenset({"утра", "вечера", "ночи", "дня"})


def _clock_time(tokens: list[Token], m: NumberMatch) -> bool:
    """An hour of the day: "9 a.m.", "6 pm", "в 9 утра", "сағат 10-да"."""
    if m.scaled or m.value > 24:
        return False
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word":
        if nxt.low in ("am", "pm") or (nxt.low in ("a", "p") and m.i1 + 2 < len(tokens) and
                                       tokens[m.i1 + 1].text == "." and tokens[m.i1 + 2].low == "m"):
            return True
        if nxt.low in _DAYTIME_RU and (m.value <= 12 or nxt.low == "вечера"):
            return True  # (the evening also on the 24-hour clock: "с 9 утра до 18 вечера")
    prev = tokens[m.i0 - 1] if m.i0 > 0 else None
    if prev is not None and prev.kind == "num" and m.i0 > 1 and tokens[m.i0 - 2].low in ("сағат", "сағ"):
        return True  # the end of "сағат 9-дан 18-ге дейін"
    if prev is not None and prev.low in _DAYTIME_KK:
        return True  # "таңғы 9-дан кешкі 8-ге дейін": in the morning, in the evening
    if prev is not None and prev.low in _DAYTIME_ADVERBS_KK and tokens[m.i0].kind == "num" and \
            tokens[m.i0].suffix in _KK_HOUR_ENDINGS:
        return True  # "таңертең 9-дан бері тазалап келеміз", "кешке 6-ға дейін": an hour with its case ending
    return prev is not None and prev.low in ("сағат", "сағ")


# An hour and its minutes written with a dot, "HH.MM" ("в 23.30 забрел в село", "с 9.00 до 18.00", "at 10.30",
# "10.30-да басталады"): a clock time after a preposition of time or with a Kazakh ending of a point in time, when no
# unit follows. Not a decimal with a unit ("12.30 тонны", "23.30 млн тенге", "в 1.50 раза", "10.30%").
_HOUR_DOT_MINUTES = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
# "до / to" also end a change of a value ("вырос до 3.10"): an hour after them only closes a span of hours ("с 9.00 до
# 18.00", "from 9.00 to 18.00").
_PREPOSITIONS_OF_TIME = frozenset({"в", "во", "с", "со", "после", "at", "from", "until", "till"})
_END_OF_A_SPAN = frozenset({"до", "to", "-", "–", "—"})


def _clock_time_with_dot(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    """"в 23.30", "с 9.00 до 18.00", "at 10.30", "10.30-да": an hour with its minutes after a dot."""
    first = tokens[m.i0]
    if m.scaled or m.i1 != m.i0 + 1 or first.kind != "num" or not _HOUR_DOT_MINUTES.fullmatch(first.text):
        return False
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    if first.text[0] == "0" and first.text[1] != "." and (nxt is None or nxt.text != "%"):
        return True  # "7 декабря примерно 08.40 на 1024-м км …": a leading zero writes an hour, never a decimal
    if lang == "kk" and first.suffix in _KK_HOUR_ENDINGS and first.text.endswith((".00", ".30")) and \
            (nxt is None or nxt.text != "%"):
        return True  # "сағат 10.00-12.00-де Астана қаласының …": a full or half hour with its ending, whatever follows
    if nxt is not None and (nxt.text == "%" or nxt.low in TIMES_WORDS or
                            (nxt.kind == "word" and find_noun(tokens, m.i1, lang).unit) or
                            (nxt.kind == "word" and m.i1 + 2 < len(tokens) and tokens[m.i1 + 1].text == "/" and
                             tokens[m.i1 + 2].kind == "word")):
        return False  # "12.30 тонны", "в 1.50 раза", "10.30%", "at 1.21 t/ha": a measured decimal (a rate's unit)
    if lang == "kk":
        return first.suffix in _KK_HOUR_ENDINGS
    prev = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    if prev == "at" and m.i0 >= 2 and (tokens[m.i0 - 2].low in _LEVEL_VERBS_BEFORE_AT or (
            tokens[m.i0 - 2].low in _COPULAS and any(t.low in _MEASURE_WORDS for t in tokens[:m.i0 - 2]))):
        return False  # "The number of crude births per 1000 people was at 19.10": a level, "stood at 12.30"
    if prev in _END_OF_A_SPAN:
        return m.i0 > 1 and _HOUR_DOT_MINUTES.fullmatch(tokens[m.i0 - 2].text) is not None
    return prev in _PREPOSITIONS_OF_TIME


# An hour and its minutes written with a dash after a preposition of time ("Пожар начался 8 июля в 10-40", "объявлена
# в 21-00", "at 10-30"): two-digit minutes glued to the hour, no unit after them ("в 10-15 раз" and "в 10-40 км" are
# ranges).
_BEFORE_A_DASHED_HOUR = frozenset({"в", "во", "с", "до", "at", "from", "until", "сағат"})
_AFTER_A_DASHED_HOUR = frozenset({"часов", "ч", "утра", "вечера", "по", "мск", "местного", "местному", "am", "pm",
                                  "hours", "сағатта", "сағатқа"})


def _clock_time_with_dash(tokens: list[Token], m: NumberMatch, lang: str) -> bool:
    i = m.i0
    tok = tokens[i]
    if m.scaled or m.i1 != i + 1 or tok.kind != "num" or (tok.suffix and lang != "kk") or not tok.text.isdigit():
        return False  # (a Kazakh hour takes its case ending: "Сағат 23-00-дегі жағдай бойынша")
    if i + 2 < len(tokens) and tokens[i + 1].text == "-" and tokens[i + 2].kind == "num":
        hour, minutes, at = tok, tokens[i + 2], i + 3  # the hour
        before = tokens[i - 1] if i > 0 else None
    elif i >= 3 and tokens[i - 1].text == "-" and tokens[i - 2].kind == "num":
        hour, minutes, at = tokens[i - 2], tok, i + 1  # the minutes
        before = tokens[i - 3]
    else:
        return False
    if before is None or before.low not in _BEFORE_A_DASHED_HOUR or not hour.text.isdigit() or \
            int(hour.text) > 23 or len(minutes.text) != 2 or not minutes.text.isdigit() or int(minutes.text) > 59 or \
            (minutes.suffix and lang != "kk") or hour.end != tokens[tokens.index(hour) + 1].start or \
            tokens[tokens.index(hour) + 1].end != minutes.start:
        return False
    return at >= len(tokens) or tokens[at].kind != "word" or tokens[at].low in _AFTER_A_DASHED_HOUR or \
        bool(minutes.suffix)  # ("23-00-дегі жағдай": the ending makes the hour a point in time, whatever follows)


# A level told "at" a value: "was at 19.10", "stood at 12.30", "remains at 10.50" (not "met at 10.30").
_LEVEL_VERBS_BEFORE_AT = frozenset({"stood", "stands", "remained", "remains", "stayed", "stays", "peaked", "settled",
                                    "estimated"})
# ("was at" only after a word of a measured quantity: "The meeting was at 10.30" is a time)
_COPULAS = frozenset({"was", "is", "were", "are"})
_MEASURE_WORDS = frozenset({"per", "rate", "number", "share", "level", "index", "coefficient", "ratio", "average"})


# Kazakh parts of the day before an hour: "кешкі 8-ге дейін", "таңғы 9-да", "түнгі 2-де".
_DAYTIME_KK = frozenset({"таңғы", "кешкі", "түнгі", "түскі", "күндізгі"})
# Adverbs of a part of the day ("таңертең" in the morning, "кешке" in the evening) before a number make it an hour
# only with the ending of a point in time ("таңертең 9-дан бері", "кешке 6-ға дейін"); "кешке 20 ерікті" counts.
_DAYTIME_ADVERBS_KK = frozenset({"таңертең", "таңертеңнен", "ертеңгісін", "кешке", "түнде", "түсте", "түстен"})
_KK_HOUR_ENDINGS = frozenset({"дан", "ден", "тан", "тен", "нан", "нен", "да", "де", "та", "те", "ға", "ге", "қа",
                              "ке", "нда", "нде"})


def _night_between_two_days(tokens: list[Token], m: NumberMatch) -> bool:
    """"в ночь с 28 на 29 марта": the first of two days a night falls between (the second is read as a date)."""
    return not m.scaled and tokens[m.i0].kind == "num" and m.i1 + 2 < len(tokens) and tokens[m.i1].low == "на" and \
        tokens[m.i1 + 1].kind == "num" and tokens[m.i1 + 2].kind == "word" and \
        _MONTH_WORD_RE.match(tokens[m.i1 + 2].low) is not None

"""The dispatcher: `is_not_a_count` asks the kinds' rules in a fixed order and returns the first reason found, or None
when the number is a figure. The order matters (the first rule that answers wins), and it is kept as it was:
ordinal suffixes, a number alone on its line, list-item numbers, embedded data, file names and slash pairs, time
zones, temperatures, clock times, the Kazakh quarter, "бірден" and multiples of a quality, sizes, idioms, body parts,
rooms of a dwelling, frequencies; references and hypotheticals; fractions, days after a day word, families and
parents, rate and odds bases; names after a capitalised word, hyphenated labels, anniversaries, ages and durations
written as a suffix, ranks and stages, ordinal words; dates; phones; ages told; addresses and microdistricts; school
grades; page counters; labels and requisites; names (glosses, glued digits, domains, proper names) and markup; the
year rules; ages and durations; cut copies; datelines; quoted names; ranges of ages or dates; English ages; and the
lone "one" last. A few tests are written inline here (ordinal suffixes, month words, phone words, school grades, the
year itself); they read the kinds' word lists and the lexicon."""

from __future__ import annotations

import itertools
import re

from loaders import clock
from loaders.extract.exclusions._shared import _MONTH_WORD_RE, _a_number
from loaders.extract.exclusions.cuts import (
    _bound_cut_off,
    _kk_ending_cut_off,
    _list_item_cut_off,
    _noun_cut_off,
    _scale_cut_off,
)
from loaders.extract.exclusions.dates import (
    _KK_MONTH_ABBR,
    _KK_MONTH_CASE,
    _RU_MONTH_ABBR,
    _YEAR_MONTH_BEFORE,
    _YEAR_TOKEN,
    _after_a_counter_label,
    _clock_time,
    _clock_time_with_dash,
    _clock_time_with_dot,
    _comment_counter,
    _counter_glued_to_next_word,
    _counters_after_a_written_date,
    _day_and_month,
    _days_after_day_word,
    _kk_quarter,
    _month_has_its_day,
    _night_between_two_days,
    _span_of_days,
)
from loaders.extract.exclusions.examples import (
    _a_wish,
    _aims_it_serves,
    _four_walls,
    _idiom_of_many,
    _kk_would_if,
    _ru_not_one_of_many,
    _split_into_parts,
    _top_n_selected,
    _worked_example,
)
from loaders.extract.exclusions.labels import (
    _LABEL_ABBR,
    _LABEL_SUFFIX,
    _after_a_requisite_word,
    _degrees_of_an_award,
    _group_of_a_person,
    _key_of_a_rate_row,
    _kk_article_of_a_code,
    _kk_numbered_noun,
    _kk_service_number,
    _list_item_number,
    _listed_after_a_label,
    _lost_numero_sign,
    _military_unit_number,
    _part_of_a_hyphenated_phone,
    _rank_place,
    _route_number,
    _selection_stages,
    _stage_label,
    _sub_item_in_brackets,
    service_number_after_its_name,
)
from loaders.extract.exclusions.markup import (
    _SITE_DOMAIN,
    _file_name_number,
    _in_embedded_data,
    _inside_markup,
    _poll_widget_percent,
    _slash_pair,
    reading_time,
)
from loaders.extract.exclusions.measures import (
    _FRACTION_DENOMINATOR,
    _exchange_rate,
    _frequency,
    _kk_multiple_of_a_quality,
    _odds_denominator,
    _percent_at,
    _rate_denominator,
    _rooms_of_a_dwelling,
    _shifts_of_work,
    _signed_temperature,
    _size,
    _worth_to_someone,
)
from loaders.extract.exclusions.names import (
    _after_a_name,
    _before_a_name,
    _closes_gloss,
    _digits_glued_to_a_brand,
    _digits_open_a_name,
    _ends_a_name,
    _glosses_a_number_name,
    _in_a_dedication,
    _in_a_quoted_name,
    _in_short_quote,
    _inside_a_name,
    _kk_set_phrase,
    _outlet_name_number,
    _team_size_of_a_game,
    _year_of_an_event_name,
    numbered_name_in_quotes,
)
from loaders.extract.exclusions.one import (
    _item_of_a_list_of_counts,
    _item_of_shares_of_a_whole,
    _kk_adverb_of_one,
    _one_before_a_dash_in_a_list,
    _one_facility_of_a_capacity,
    _one_lost,
    _one_more,
    _one_of_a_measure,
    _one_part_of_a_count,
    _only_one,
    one_of_them_in_a_partition,
    one_percent_bounded,
)
from loaders.extract.exclusions.people import (
    _ONE_PERSON,
    _PEOPLE_OF_AN_AGE,
    _age_closing_a_sentence,
    _age_in_brackets_after_a_name,
    _age_plus,
    _age_told_to_a_person,
    _band_of_an_age_grouping,
    _body_parts_of_one,
    _duration_with_an_adjective,
    _en_age_phrase,
    _end_of_an_age_range,
    _ends_a_time_phrase,
    _family_description,
    _kk_age_come_to,
    _kk_age_idiom,
    _kk_family_description,
    _kk_young_people_counted,
    _languages_a_person_speaks,
    _living_with_children,
    _low_end_of_a_duration,
    _one_parent_of_children,
    _own_few_relatives,
    _raising_so_many_children,
    _range_after_an_age_word,
    _range_of_grades,
    _school_grade_of_a_pupil,
    _young_people_of,
    bracketed_family_size,
    en_count_before_a_named_grade,
    en_grade_named_before,
)
from loaders.extract.exclusions.places import (
    _after_address_word,
    _house_letter,
    _kk_microdistrict,
    _listed_before_an_address_word,
    _numbered_street,
    _room_number,
    _street_follows,
    road_kilometre_posts,
    road_km_marker,
)
from loaders.extract.exclusions.references import (
    _DEMONSTRATIVES,
    _LARGEST,
    _all_of_them,
    _places_related,
    the_texts_own_list,
)
from loaders.extract.exclusions.screens import may_be_listed_after_a_label, screens_of
from loaders.extract.exclusions.years import (
    _counted_after_modifiers,
    _elided_count_after_a_qualifier,
    _first_of_a_list_of_counts,
    _genitive_plural,
    capacity_after_a_count,
    kk_bare_count_inside_a_clause,
)
from loaders.extract.nouns import find_noun, kk_monthly_index_at, kk_stem, tenge_letter
from loaders.extract.numbers import NumberMatch, times_held
from loaders.extract.qualifiers import kk_until_a_change
from loaders.extract.tokens import Token
from loaders.lexicon import (
    ADDRESS_AFTER_RE,
    AGE_OR_DURATION_RE,
    CURRENCY_CODES,
    EN_STOP,
    GRADE_RE,
    KK_ABLATIVE,
    KK_SEASONS,
    LABEL_BEFORE,
    ORDINAL_SUFFIX_RE,
    PHONE_WORDS_RE,
    YEAR_WORDS_RE,
)

# A measure right after a year-like number: the number measures ("1900 гектарды", "2000 тонн", "1990 hectares").
_MEASURE_AFTER_A_NUMBER = re.compile(r"^(?:гектар\w*|га|hectares?|ha|км|km|километр\w*|kilometres?|kilometers?|"
                                     r"шақырым\w*|тонн\w*|тонна\w*|tons?|tonnes?|литр\w*|liters?|litres?|кг|kg|"
                                     r"килограмм\w*|kilograms?|келі\w*)$")


# Words after "N second" that keep it a unit of time ("1 second later", "a 1 second delay" aside): "ago", "later", …
_AFTER_A_SECOND = frozenset({"ago", "later", "earlier", "after", "before", "of", "and", "or", "to", "per", "long",
                             "faster", "slower", "delay", "pause", "interval", "each", "every", "in", "for", "at"})


# Words before the grade of "школьники 5-11 классов", "до 9 класса", "с 8 класса" (since the 8th grade).
_GRADE_RANGE_BEFORE = frozenset({"по", "до", "to", "с", "со", "since"})


# A code of letters and digits before a hyphen: "TS-19", "TS18", "Arch-19", "ИС-21" (a group, a model), glued.
_GROUP_CODE_BEFORE = re.compile(r"(?<![\w-])[^\W\d_]{1,6}-?\d{1,4}$")




# Life expectancy is a measure told in years ("life expectancy has grown from 66 to 70.5 years", "продолжительность
# жизни выросла до 70,5 лет", "өмір сүру ұзақтығы 70,5 жасқа жетті"): its years are a figure, no age or duration.
_LIFE_EXPECTANCY = re.compile(r"life\s+expectancy|продолжительност\w*\s+(?:предстоящей\s+)?жизни|"
                              r"өмір\s+сүру\s+ұзақтығ\w*|өмір\s+жасы\w*")
_LIFE_EXPECTANCY_REACH = 14  # tokens before the number


# Rooms of a hotel counted, not a number to call: "847 нөмірге есептелген 5 нысан", "1420 нөмірден тұратын", "120
# нөмірлі қонақүй", "гостиница на 120 номеров", "с 40 номерами" (a phone number takes the possessive or the singular:
# "1414 нөмірі арқылы", "по номеру 1414").
_HOTEL_ROOMS = re.compile(r"нөмір(?:ге|ден|лі|лік|дер\w*)$|номер(?:ов|ами|ах|ной|ного|ным|ном)$")


def _of_a_life_expectancy(tokens: list[Token], m: NumberMatch) -> bool:
    before = " ".join(t.low for t in tokens[max(0, m.i0 - _LIFE_EXPECTANCY_REACH): m.i0])
    return _LIFE_EXPECTANCY.search(before) is not None

def _low_end_of_a_counted_range(tokens: list[Token], m: NumberMatch) -> bool:
    """"на линию выходит 18–20 бригад": the low end of a range of a counted noun, no phone number (which a word for a
    line or a call centre before it may suggest)."""
    j = m.i1
    return j + 2 < len(tokens) and tokens[j].text in ("-", "–", "—") and tokens[j + 1].kind == "num" and \
        tokens[j + 2].kind == "word"

def _enumerator_in_brackets(tokens: list[Token], m: NumberMatch, text: str) -> bool:
    """A small number alone in brackets before a word, with its neighbour in the list also marked so in the sentence:
    "(1) employment, (2) social participation, and (3) …", "(а) … (б) …" aside."""
    first = tokens[m.i0]
    if first.kind != "num" or not first.text.isdigit() or m.i1 - m.i0 != 1 or m.i0 == 0 or m.i1 + 1 >= len(tokens):
        return False
    if tokens[m.i0 - 1].text != "(" or tokens[m.i1].text != ")" or tokens[m.i1 + 1].kind != "word":
        return False
    if m.i0 >= 2 and tokens[m.i0 - 2].kind == "word" and tokens[m.i0 - 2].low not in _ENUMERATION_JOINERS:
        return False  # "Байганинском (7) и Кобдинском (8)": a count after the name it is of, not an item's mark
    n = int(first.text)
    return n <= 20 and (f"({n + 1})" in text or f"({n - 1})" in text)


_ENUMERATION_JOINERS = frozenset({"and", "or", "и", "или", "және", "немесе", "а", "also", "также"})


def _zero_to_hundred_scale(tokens: list[Token], m: NumberMatch) -> bool:
    """"from 0% to 100%", "от 0 до 100 баллов": the ends of a scale something is measured on (the 100 followed by a
    percent sign, points or nothing: "grew from 0 to 100 volunteers" stays two counts)."""
    def number_at(k: int) -> float | None:
        t = tokens[k] if 0 <= k < len(tokens) else None
        return float(t.text) if t is not None and t.kind == "num" and t.text.isdigit() else None

    def scale_after(k: int) -> bool:  # what follows the 100: a percent sign, points, or no noun at all
        t = tokens[k] if k < len(tokens) else None
        return t is None or t.text == "%" or t.kind == "punct" or _SCALE_POINTS.match(t.low) is not None

    if m.value == 0 and not m.scaled:
        k = m.i1 + (1 if m.i1 < len(tokens) and tokens[m.i1].text == "%" else 0)
        return k + 1 < len(tokens) and tokens[k].low in ("to", "до", "-", "–") and number_at(k + 1) == 100 and \
            scale_after(k + 2)
    if m.value == 100 and not m.scaled and m.i0 >= 2:
        k = m.i0 - 1
        if tokens[k].low not in ("to", "до", "-", "–"):
            return False
        k -= 1 + (1 if tokens[k - 1].text == "%" else 0)
        return number_at(k) == 0 and scale_after(m.i1)
    return False


_SCALE_POINTS = re.compile(r"^(?:points?|балл\w*|ұпай\w*)$")


_RU_PREPOSITIONAL_PLURAL = re.compile(r"[^\W\d_]{2,}(?:ах|ях)$")


def _note_number(tokens: list[Token], m: NumberMatch, text: str) -> bool:
    """A note's or a page's number glued after a sentence's full stop ("… айтып берді.6", "… told us about it.7"), the
    sentence ended or the next one begun after it: a marker the copy kept, no figure."""
    first = tokens[m.i0]
    if first.kind != "num" or m.scaled or len(first.text) > 3 or first.start < 2 or \
            text[first.start - 1] not in ".!?»" or not text[first.start - 2].isalpha():
        return False
    rest = text[tokens[m.i1 - 1].end:]
    return not rest.strip() or (rest[:1].isspace() and rest.lstrip()[:1].isupper())


# Kazakh words of "times" that a hyphen glues to a number as an ordinal: "8-рет" (the eighth time), "5-мәрте".
_KK_TIMES_SUFFIX = frozenset({"рет", "ret", "мәрте", "márte", "дүркін"})
# A bracket that says something of a count is a clause, no translation: "три пункта стерилизации (два уже есть)",
# "(two already work)", "(екеуі әлі салынуда)", "(два из них …)", "(two of them girls)": the number counts.
_CLAUSE_IN_BRACKETS = frozenset("уже ещё еще из сейчас пока already still of are were is was have now әлі қазір "
                                "қазірдің бар".split())


def _of_the_year_before(tokens: list[Token], i0: int) -> bool:
    """"биылғы жылдың 1 маусымында", "2024 жылғы 1 маусымында": after "of the year" "маусымы" is June, not a season."""
    return i0 > 0 and tokens[i0 - 1].low in ("жылдың", "жылғы", "жылы")


# A joining word whose space before the number the copy lost is no name with digits: "4 АЕК немесе15 728 теңге",
# "или15 тысяч", "or15,000 tenge".
_GLUED_JOINERS = frozenset({"немесе", "және", "или", "либо", "and", "or", "до", "от", "около", "более", "свыше",
                            "почти", "about", "over"})


_KK_MORE_THAN = frozenset({"аса", "астам", "артық", "көп"})


# Three numbers or more joined by hyphens with no space ("7-20-25", "2-10-20"): a programme's or a product's name
# (a range has two ends, a date its own pattern).
_HYPHENATED_CHAIN = re.compile(r"(?<![\d.,-])\d{1,3}(?:-\d{1,3}){2,}(?![\d-])")


def _in_a_hyphenated_chain(first: Token, text: str) -> bool:
    lo = max(0, first.start - 8)
    return any(c.start() <= first.start < c.end() for c in _HYPHENATED_CHAIN.finditer(text, lo, first.end + 8))


def _lost_space_before(prev: Token | None, m: NumberMatch) -> bool:
    """A copy that lost the space between a word and an amount ("Foundation spent3 billion tenge", "собрали5 млн
    тенге"): a lower-case word of four letters or more before digits a scale word follows. A name's digits take no
    scale word ("Covid19", "utf8")."""
    return m.scaled and prev is not None and prev.kind == "word" and len(prev.text) >= 4 and prev.text.islower()


# English stacks nouns before the head of a compound: in "a 2025 youth support package plan" the year-like number
# qualifies the plan, and "youth" is no noun it counts. The head is a document or a programme, within three lower-case
# words after the noun ("2025 volunteers planted trees" and "2025 volunteers of the plan" stay counts).
_PLAN_HEADS = re.compile(r"^(?:plan|plans|programm?e|programs|strategy|package|policy|agenda|concept|roadmap|"
                         r"forum|budget|law|report|initiative|project|campaign|framework|vision|targets?)$")


def _names_a_plan_of_the_year(tokens: list[Token], after_noun: int) -> bool:
    for k in range(after_noun, min(after_noun + 3, len(tokens))):
        t = tokens[k]
        if t.kind != "word" or not t.text.islower() or t.low in EN_STOP:
            return False
        if _PLAN_HEADS.match(t.low):
            return True
    return False


_YEARS_AHEAD = 10
# Thousands of years are an age of history, never a count ("more than two and a half thousand years", "2,5 тысячи
# лет", "екі мың жыл"); thousands of hours or days may be work done ("3 million hours of volunteering") and stay.
_SCALED_YEARS = re.compile(r"^(?:years?|лет|жыл|жылдық)$")
# Connectives that open a sentence with a capital and are no name: "Сондай-ақ", "Также", "Besides".
_OPENING_CONNECTIVES = frozenset({"сондай-ақ", "сонымен", "бұдан", "ал", "және", "также", "кроме", "ещё", "еще", "а",
                                  "и", "also", "besides", "moreover", "and", "plus"})
_BEFORE_A_TARGET_YEAR = frozenset({"к", "до", "by", "until", "till", "in", "в", "на", "for", "since", "с", "from"})


def _too_far_ahead_for_a_year(tokens: list[Token], m: NumberMatch) -> bool:
    """"479 ана «Алтын алқа», 2071 нәзік жан «Күміс алқа» тақты": a year-like number more than ten years ahead, with
    no word of a year after it and no word that leads to a target year before it ("к 2050 году", "by 2060", "2060
    жылға қарай"), counts what follows."""
    if m.value <= clock.today().year + _YEARS_AHEAD or m.i1 >= len(tokens):
        return False
    nxt = tokens[m.i1]
    prev = tokens[m.i0 - 1].low if m.i0 > 0 else ""
    named = m.i0 > 0 and tokens[m.i0 - 1].text[:1].isupper() and tokens[m.i0 - 1].kind == "word" and \
        prev not in _OPENING_CONNECTIVES
    # (not a programme's name: "the Kazakhstan 2050 Strategy", "«Қазақстан 2050» стратегиясы"; a connective that opens
    # the sentence names nothing: "Сондай-ақ 2055 ау құралы, 86 қайық … алынған")
    return nxt.kind == "word" and nxt.text[:1].islower() and not YEAR_WORDS_RE.match(nxt.low) and \
        prev not in _BEFORE_A_TARGET_YEAR and not named


# The edition of a named event written without its ordinal ending: "28 Всемирной зимней Универсиады", "5 Всемирных игр
# кочевников", "XXVIII": a capitalised adjective right after the number and the event's noun within three words.
_EDITION_ADJECTIVE = re.compile(r"^[А-ЯЁ][а-яё]+(?:ой|ого|ых|ая|ый|ий|ей|его)$")
_EVENT_NOUN = re.compile(r"^(?:универсиад\w*|олимпиад\w*|игр\w*|форум\w*|фестивал\w*|чемпионат\w*|съезд\w*|"
                         r"конгресс\w*|курултай\w*|спартакиад\w*)$")


def _edition_of_an_event(tokens: list[Token], m: NumberMatch) -> bool:
    if m.i1 >= len(tokens) or not _EDITION_ADJECTIVE.match(tokens[m.i1].text):
        return False
    return any(_EVENT_NOUN.match(t.low) for t in tokens[m.i1 + 1:m.i1 + 4] if t.kind == "word")


def _low_end_of_a_range_of_counts(tokens: list[Token], m: NumberMatch) -> bool:
    """"in the range of 2000-5000 tenge", "от 2000 до 5000 тенге": a year-like low end whose high end, after a dash
    or "to/до", is a count no year can be (above 2100, in digits) with its money or noun after it."""
    k = m.i1
    if k + 1 >= len(tokens) or tokens[k].text not in ("-", "–", "—", "to", "до"):
        return False
    high = tokens[k + 1]
    if high.kind != "num" or not high.text.isdigit() or int(high.text) <= 2100 or int(high.text) > 100 * m.value:
        return False
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    return after is not None and after.kind == "word" and not YEAR_WORDS_RE.match(after.low)


def _tally_item_glued(tokens: list[Token], m: NumberMatch, text: str) -> bool:
    """An item of a tally after a colon whose hyphen stands for a dash ("Сеть библиотек: областная-1, центрально–
    городские– 6, районные – 8, центрально детские-8, сельские-124."): a lower-case label, then its count closing the
    item. Not a name: those are capitalised or closed otherwise ("COVID-19", "Су-27")."""
    first = tokens[m.i0]
    label = tokens[m.i0 - 2] if m.i0 >= 2 else None
    if text[first.start - 1] not in "-‐" or label is None or not label.text.islower() or \
            not re.fullmatch(r"[а-яёәғқңөұүһі]{4,}", label.text):
        return False  # (a Cyrillic label: "covid-19" is a name)
    end = tokens[m.i1 - 1].end
    if end < len(text) and text[end] not in ",;.":
        return False
    colon = text.rfind(":", 0, first.start)
    return colon >= 0 and text.count(",", colon, first.start) + text.count(",", end, len(text)) >= 1


def is_not_a_count(tokens: list[Token], m: NumberMatch, text: str, lang: str) -> str | None:
    """Why this number is not a figure (year, date, ordinal, ...), or None when it is one."""
    first = tokens[m.i0]
    nxt = tokens[m.i1] if m.i1 < len(tokens) else None
    prev = tokens[m.i0 - 1] if m.i0 > 0 else None
    if first.kind == "num" and first.suffix and not m.case_suffix and ORDINAL_SUFFIX_RE.match(first.suffix):
        return "ordinal"
    if _enumerator_in_brackets(tokens, m, text):
        return "label"  # "(1) employment, (2) social participation, and (3) independent living": a list's marks
    if _zero_to_hundred_scale(tokens, m):
        return "measure"  # "measured from 0% to 100%", "по шкале от 0 до 100": a scale, not a range of a figure
    if first.kind == "num" and not m.scaled and _in_a_hyphenated_chain(first, text):
        return "name"  # "under 7-20-25 program", "«2-10-20» бағдарламасы": a programme named by its numbers
    if _note_number(tokens, m, text):
        return "markup"  # "… деп бастады өз әңгімесін биолог.8": a note's or a page's number glued after the full stop
    if first.kind == "num" and text.strip(" .,:;!?-–—•*·|()[]") == text[first.start: tokens[m.i1 - 1].end]:
        return "counter"  # a line that is a number alone ("Лента новостей" / "0"): a counter of the page, no statement
    if _list_item_number(tokens, m, text):
        return "label"  # "1. Public Foundation …", "2) Жасыл ел …": the number of an item of a list
    screens = screens_of(tokens, text, lang)
    if screens.embedded and _in_embedded_data(text, first.start):
        return "markup"  # digits of a base64 image or a long URL pasted into the text
    if first.kind == "num" and not m.scaled and _file_name_number(text, first.start, tokens[m.i1 - 1].end):
        return "name"  # "Безымянный 3.jpg", "bezymjannyj-3", "IMG_1234", "photo 2 of 5": an image's label, no figure
    if first.kind == "num" and not m.scaled and reading_time(text, first.start, tokens[m.i1 - 1].end):
        return "name"  # "2 мин оқу үшін", "5 min read": the page's reading-time label
    if first.kind == "num" and not m.scaled and _slash_pair(text, first.start, tokens[m.i1 - 1].end):
        return "name"  # "24/7", "50/50": not a count
    if not m.scaled and _exchange_rate(text, first.start, tokens[m.i1 - 1].end, m.value):
        return "exchange_rate"  # "Текущий - 182/$1", "$1 = 182 тенге": what money is worth, not an amount
    if _worth_to_someone(text, first.start, tokens[m.i1 - 1].end):
        return "worth_to_speaker"  # "for us it is equal to 200 million tenge": what a gift means, not an amount
    if first.kind == "num" and not m.scaled and prev is not None and prev.text in "+-−" and m.i0 > 1 and \
            tokens[m.i0 - 2].low in ("gmt", "utc"):
        return "time_zone"  # "13:45, 23 Июнь 2014 | GMT +5"
    if first.kind == "num" and not m.scaled and prev is not None and prev.low in ("gmt", "utc"):
        return "time_zone"
    if (nxt is not None and (nxt.low.startswith(("градус", "degree")) or nxt.text == "°")) or \
            (first.kind == "num" and first.suffix.lower().startswith("градус")):
        return "temperature"  # "+5 градусов", "30 °C", "30-градусные морозы"
    if _low_end_before_degrees(tokens, m):
        return "temperature"  # "27-32 градус", "от 27 до 32 градусов", "from 27 to 32 degrees": the low end too
    if _signed_temperature(tokens, m):
        return "temperature"  # "Мороз около -40.", "аяз -30-ға дейін": a minus glued to the number in weather
    if _clock_time(tokens, m):
        return "time"  # "from 9 a.m. to 6 p.m.", "с 9 утра", "сағат 10-да"
    if nxt is not None and nxt.text in ("C", "С") and not m.scaled and m.value < 60 and (
            m.i1 + 1 >= len(tokens) or tokens[m.i1 + 1].text[:1].isupper()):
        return "temperature"  # a weather widget: "14 C" / "Уральск" / "19.3 C" / "Аксай"
    if first.kind == "num" and not m.scaled and m.value < 100 and nxt is not None and nxt.text in ("-", "–") and \
            m.i1 + 2 < len(tokens) and (
                (tokens[m.i1 + 1].low in ("г", "с", "п", "пос") and tokens[m.i1 + 2].text == ".") or
                (tokens[m.i1 + 1].text[:1].isupper() and tokens[m.i1 + 2].low in ("район", "ауданы"))) and \
            (m.i0 == 0 or tokens[m.i0 - 1].text in (":", ".", ";", ",")):
        return "label"  # "Адреса АЗС: 1 - г. Уральск, …; 2 - г. Аксай": an item of a numbered list of places
    if _clock_time_with_dash(tokens, m, lang):
        return "time"  # "Пожар начался 8 июля в 10-40": an hour and its minutes
    if _clock_time_with_dot(tokens, m, lang):
        return "time"  # "в 23.30 забрел в село", "с 9.00 до 18.00", "10.30-да басталады"
    if lang == "kk" and _kk_quarter(tokens, m):
        return "period"  # "тоқсан сайын", "бірінші тоқсанда", "тоқсанына": a quarter of the year, not ninety
    if lang == "kk" and _kk_adverb_of_one(tokens, m):
        return "adverb"  # "бірден су тасқынынан зардап шеккендерге": "at once", not "from one"
    if lang == "kk" and _kk_multiple_of_a_quality(tokens, m):
        return "rhetoric"  # "екі есе жағымды", "екі есе қуанышты": doubly pleasant, not a measured multiple
    size = _size(tokens, m, lang)
    if size:
        return size
    if lang == "en" and _idiom_of_many(tokens, m):
        return "idiom"  # "(Thanks a million)", "one in a million", "a million thanks": a manner of speaking
    if _four_walls(tokens, m):
        return "idiom"  # "trapped within the four walls", "в четырёх стенах": a home, no count
    if _split_into_parts(tokens, m):
        return "idiom"  # "разделен на две части", "split in two", "пікірі екіге жарылды": a whole divided, no count
    if lang == "ru" and _ru_not_one_of_many(tokens, m):
        return "idiom"  # "не один десяток животных", "не одной сотне семей": a great many, no amount
    if _aims_it_serves(tokens, m):
        return "rhetoric"  # "Бұл науқан үш мәселені шешеді", "проект решает три задачи": aims, not a deed
    if _body_parts_of_one(tokens, m, lang):
        return "description"  # "собаку без двух лап", "на трех лапах", "lost two legs", "екі аяғы жоқ"
    if _rooms_of_a_dwelling(tokens, m, lang):
        return "size"  # "екі бөлмелі пәтер", "3-комнатную квартиру", "a two-room flat": how big, not how many
    if (_frequency(tokens, m) and times_held(tokens, m) is None) or \
            (first.kind == "num" and first.suffix in ("time", "times") and not m.scaled):
        # "3 рет", "3 or more times", "2 раза в год", "a 3-time Olympic champion": how often, not how many
        return "frequency"
    if m.from_words and not m.scaled and m.value <= 10 and prev is not None and prev.low in _DEMONSTRATIVES:
        return "reference"  # "аталған екі өңір бойынша", "these two regions"
    if m.from_words and not m.scaled and 2 <= m.value <= 10 and _places_related(tokens, m, lang):
        return "reference"  # "екі облыстың Достық үйі", "екі ел арасындағы", "молодежь двух областей"
    if lang == "kk" and m.from_words and not m.scaled and m.value <= 10 and _kk_would_if(tokens, m):
        return "hypothetical"  # "…көп болса, екі адамға қол ұшын созармыз": what would follow if, not a deed
    if screens.wish and _a_wish(tokens, m, lang):
        return "hypothetical"  # "ұрпақтарың 1000-ға жетсін", "пусть их будет тысяча": a blessing, not a deed
    if screens.worked_example and _worked_example(tokens, m, lang):
        return "hypothetical"  # "бір отбасында 6 адам болса, сол 6 адамға 600 мың теңге": how a rule works out
    if the_texts_own_list(tokens, m, lang):
        return "reference"  # "Here are three NGOs that fight …", "Вот пять фондов": the items the text names next
    if m.from_words and not m.scaled and m.value <= 10 and _all_of_them(tokens, m, lang):
        return "reference"  # "екеуі де студент", "все трое — студенты": all of those counted before, both
    if m.from_words and not m.scaled and m.value <= 10 and nxt is not None and _LARGEST.match(nxt.low) and \
            prev is not None and prev.low in ("в", "во"):
        return "reference"  # "в двух крупнейших мегаполисах": the places named before, where something is
    if m.from_words and not m.scaled and nxt is not None and _FRACTION_DENOMINATOR.match(nxt.low):
        return "fraction"  # "две трети года", "two thirds of the year": a part of a time, left by fraction_of
    if _days_after_day_word(tokens, m):
        return "date"  # "несмотря на выходной день 8,9 они работали": the days of the month, "8,9" no decimal
    if _span_of_days(tokens, m, lang):
        return "date"  # "5 күндік 20-нан 27-не дейін", "с 20 по 27": days of a month, its name left out
    if _family_description(tokens, m):
        return "description"  # "families with more than three children"
    if _kk_family_description(tokens, m) if lang == "kk" else _raising_so_many_children(tokens, m):
        return "description"  # "4 және одан да көп баласы бар отбасылар": families with four or more children
    if _one_parent_of_children(tokens, m):
        return "description"  # "a mother of four", "мать четверых детей"
    if bracketed_family_size(tokens, m):
        return "description"  # "from KZT 44,532 (for 4 kids) up to KZT 77,951 (for 7 kids)"
    if _living_with_children(tokens, m, lang):
        return "description"  # "жить на пенсию с двумя детьми", "a widow with two children", "екі баласымен"
    if _own_few_relatives(tokens, m, lang):
        return "description"  # "our two sons have died", "мои двое сыновей": the speaker's own family
    if _rate_denominator(tokens, m, lang):
        return "rate_denominator"  # "12 donors per 1,000 population", "на 1000 жителей", "1000 тұрғынға"
    if _odds_denominator(tokens, m, lang):
        return "rate_denominator"  # "1 к 10 тысячам", "one in 10,000", "10 мыңнан бір": the odds' base
    if first.kind == "num" and not m.scaled and _outlet_name_number(tokens, m, lang):
        return "name"  # "сообщает Хабар 24", "reports Khabar 24": the outlet cited as the source, no count
    if first.kind == "num" and _numbered_street(tokens, m.i0, m.i1):
        return "address"  # "А 98 к-сі", "Е 496 көшесіндегі": a street named by a letter and a number
    if first.kind == "num" and not m.scaled and m.i0 >= 3 and tokens[m.i0 - 1].text == "(" and \
            tokens[m.i0 - 2].kind == "num" and tokens[m.i0 - 3].text in ("№", "#"):
        return "label"  # "№75 (10443)": a newspaper issue's number, and its count since the first issue
    if first.kind == "num" and not m.scaled and road_kilometre_posts(text, first.start, tokens[m.i1 - 1].end):
        return "address"  # "участок дороги Самара-Шымкент 214-250 км", "km 0-46": where on the road, not how much
    if _in_a_dedication(tokens, m):
        return "name"  # "парк им. 28 гвардейцев-панфиловцев", "28 гвардияшы атындағы саябақ": a name's number
    if _year_of_an_event_name(tokens, m):
        return "name"  # "Universiade 2017 volunteers", "EXPO 2017 visitors": the edition of the event
    if first.kind == "num" and not m.scaled and _after_a_name(tokens, m, lang):
        return "name"  # "Huawei 2", "Volunteer 2.0", "Samruk 3 фонды"
    if first.kind == "num" and first.suffix and _LABEL_SUFFIX.match(first.suffix):
        return "label"  # "304-кабинет", "15-мектеп", "3-үй": a room, a school, a house
    if first.kind == "num" and first.suffix and re.match(r"(лет|жыл|жас|year|hour|day|week|month|minute|час|"
                                                         r"дн|недел|месяч|минут|сағат|күн|апта)", first.suffix):
        return "anniversary_age_or_duration"  # "к 80-летию", "12-летний", "30-жылдығы", "a 12-hour telethon"
    if lang == "kk" and first.kind == "num" and first.suffix and not m.scaled and _kk_numbered_noun(first.suffix) \
            and not (nxt is not None and nxt.low in _KK_MORE_THAN and first.suffix.lower().endswith(KK_ABLATIVE)):
        # ("1000-қаптан аса құм", "500-адамнан астам": the counted noun in the ablative before "more than")
        return "ordinal"  # "110-нысан", "5-сынып", "3-курс": the Nth facility, grade, year of study
    if lang == "kk" and first.kind == "num" and first.suffix.lower() in _KK_TIMES_SUFFIX and \
            "-" in text[first.start:first.end]:
        return "ordinal"  # "осымен 8-рет өткізілуде": the 8th time (a hyphen makes it ordinal), not eight times
    if lang == "ru" and prev is not None and prev.kind == "word" and AGE_OR_DURATION_RE.match(prev.low) and \
            not m.scaled and (nxt is None or nxt.text != "%") and (nxt is None or nxt.kind != "word" or
                              nxt.low in ("в", "на", "назад", "спустя", "максимум", "минимум")) and \
            not _ends_a_time_phrase(tokens, m.i0 - 1):
        return "duration"  # "часов 20 в неделю", "лет 5 назад": about 20 hours ("2025 года 95,2% школ" is a share)
    if first.kind == "word" and re.search(r"(інші|ыншы|нші|ншы)$", first.low):
        return "ordinal"
    if _rank_place(tokens, m):
        return "ordinal"  # "команда заняла 1 место", "на 2 месте", "за 1 место": a rank, not a count
    if _stage_label(tokens, m, lang):
        return "ordinal"  # "стартовал 3 этап", "во 2 туре", "депутаты 8 созыва", "Stage 3": the Nth, not N of them
    if _selection_stages(tokens, m, lang):
        return "procedure"  # "екі іріктеу кезеңінен өткен", "два отборочных этапа": the steps of a selection
    if nxt is not None and nxt.start == first.end and nxt.low in ("st", "nd", "rd", "th", "й", "го", "ші", "шы"):
        return "ordinal"  # "25th", "3й"
    if first.kind == "num" and not m.scaled and nxt is not None and nxt.text in ("-", "–", "—") and \
            m.i1 + 1 < len(tokens) and ORDINAL_SUFFIX_RE.match(tokens[m.i1 + 1].low) and \
            tokens[m.i1 + 1].low not in ("е", "я", "х", "м", "ю"):
        return "ordinal"  # "2 – ші компонентпен", "3 - й этап": the ordinal's ending spaced off its dash
    if first.kind == "num" and _in_a_dotted_iso_date(text, first.start, tokens[m.i1 - 1].end):
        return "date"  # "2010.03.06: March 6, 2010": a date written year first with dots
    if first.kind == "num" and first.suffix and not m.scaled and 1 <= m.value <= 31 and \
            _MONTH_WORD_RE.match(first.suffix) and not KK_SEASONS.match(first.suffix):
        return "date"  # "19-наурыз – Жаңару күні", "1-маусымда", "27-May": the day of a month, joined by a hyphen
    if lang == "kk" and first.kind == "num" and not m.scaled and 1 <= m.value <= 31 and prev is not None and \
            prev.kind == "word" and _MONTH_WORD_RE.match(prev.low) and prev.low.endswith(("ның", "нің", "дың", "дің")):
        return "date"  # "Қызылорда. Қазанның 27-сі.": the 27th of October, the day after its month in the genitive
    if nxt is not None and nxt.kind == "word" and not m.scaled and ((_MONTH_WORD_RE.match(nxt.low) and (
            not KK_SEASONS.match(nxt.low) or _of_the_year_before(tokens, m.i0))) or (
            lang == "ru" and nxt.low in _RU_MONTH_ABBR and m.value <= 31)):
        # (not a number scaled by its word, which no day is: "Алға ауданы 15 мың мая шөп жібереді", fifteen thousand
        # haystacks, Kazakh "мая" a stack, not Russian "May")
        return "date"
    if nxt is not None and nxt.low in _KK_MONTH_ABBR and lang == "kk" and not m.scaled and m.value <= 31 and \
            first.kind == "num" and (m.i1 + 1 >= len(tokens) or tokens[m.i1 + 1].text in (",", ".") or
                                     _YEAR_TOKEN.fullmatch(tokens[m.i1 + 1].text)):
        return "date"
    if first.kind == "num" and not m.scaled and m.value <= 31 and prev is not None and \
            prev.low in ("-", "–", "—", "to", "through", "until", "till", "and") and m.i0 > 2 and \
            tokens[m.i0 - 2].kind == "num" and tokens[m.i0 - 3].kind == "word" and \
            _MONTH_WORD_RE.match(tokens[m.i0 - 3].low):
        return "date"  # the end of "April 6-13", "from May 4 to 11"
    if prev is not None and prev.kind == "word" and lang == "en" and _MONTH_WORD_RE.match(prev.low) and \
            not _month_has_its_day(tokens, m.i0 - 1):
        return "date"
    if prev is not None and prev.kind == "num" and prev.suffix and _MONTH_WORD_RE.match(prev.suffix) and \
            not m.scaled and m.value <= 31 and not (lang == "kk" and _KK_MONTH_CASE.search(prev.suffix)):
        # "April 27-May 4": the tokenizer reads "27-May" as a number with an ending. Not the count after a
        # Kazakh day in a case ("19-наурызда 500 көшет"), nor a count no day can be ("27-May 500 trees").
        return "date"
    if prev is not None and prev.text == "." and m.i0 > 1 and tokens[m.i0 - 2].kind == "word" and \
            _MONTH_WORD_RE.match(tokens[m.i0 - 2].low):
        return "date"  # "on Dec. 2"
    if not m.scaled and first.kind == "num" and (nxt is None or (nxt.kind != "word" and nxt.text != "%") or nxt.low in (
            "or", "and", "или", "и", "немесе", "либо") or (lang == "kk" and nxt.low == "не")):
        # (Kazakh "не" is "or"; Russian "не" negates what follows: "более 1500 не имеющих прав")
        # (a share is no number to call: "в отраслях … информации и связи – 23%")
        before = [t for t in tokens[max(0, m.i0 - 4): m.i0] if t.kind == "word"]
        if any(PHONE_WORDS_RE.match(t.low) for t in before) and not _low_end_of_a_counted_range(tokens, m) and \
                m.value == int(m.value):  # (a decimal is no phone number: "связи – на 106,4")
            return "phone"  # "по номеру единого колл-центра 1406", "Call-center: 109."
    if not m.scaled and nxt is not None and nxt.kind == "word" and nxt.low.startswith(
            ("нөмір", "номер", "hotline", "helpline", "горяч")) and not _HOTEL_ROOMS.match(nxt.low):
        return "phone"  # "1414 нөмірі арқылы", "call the 1406 hotline"
    if _part_of_a_hyphenated_phone(tokens, m):
        return "phone"  # "(8 -7172-74-21-40, …)": the trunk prefix and the last group of a phone number
    if service_number_after_its_name(tokens, m):
        return "phone"  # "служба 103 принимала 1100 звонков", "на линию 103", "hotline 1414 received"
    if lang == "kk" and _kk_service_number(tokens, m):
        return "phone"  # "109 бірыңғай қызметі", "102 қызметіне хабарласты", "1414 байланыс орталығы"
    if not m.scaled and prev is not None and prev.low in ("жасы", "возраст", "возрасте", "age", "ages"):
        return "age"  # "жасы 18-ден асқан"
    if _range_after_an_age_word(tokens, m):
        return "age"  # "Олардың жасы – 3 пен 18-дің аралығында", "возраст – от 3 до 18 лет"
    if lang == "ru" and _age_told_to_a_person(tokens, m):
        return "age"  # "в семье пятеро детей, самому младшему — 7", "сыну — 5, дочке — 3"
    if not m.scaled and nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper() and \
            _street_follows(tokens, m.i1):
        return "address"  # "85 Abai Avenue", "79 Abulkhair Khan Avenue"
    if not m.scaled and first.kind == "num" and _after_address_word(tokens, m.i0):
        return "address"  # "ул. Утепова, 1", "здание 25", "Төле би көшесі, 37"
    if lang == "kk" and first.kind == "num" and first.suffix.lower().startswith(("бұр", "тұйық", "өтк")):
        return "address"  # "Адамбаев, 3-бұр.", "1-бұрылыс", "5-тұйық", "2-өткел": a lane's or a passage's number
    if _house_letter(tokens, m):
        return "address"  # "located at Akkorgan, 5v.", "Абая, 12а", "5в үй": a house or a building with its letter
    if lang == "kk" and not m.scaled and first.kind == "num" and _kk_microdistrict(tokens, m):
        return "address"  # "15-шағын ауданға дейінгі жағалау", "12 шағын ауданда": a microdistrict's number
    if lang == "kk" and m.from_words and _kk_set_phrase(tokens, m):
        return "name"  # "жеті қазынаның бірі" (the seven treasures), "төрт аяқтылар" (four-legged animals)
    if not m.scaled and nxt is not None and nxt.kind == "word" and ADDRESS_AFTER_RE.match(nxt.low) and not (
            _RU_PLURAL_DISTRICTS.match(nxt.low) and not (prev is not None and prev.low in ("и", ",", "and", "-", "–")
                                                        and m.i0 >= 2 and tokens[m.i0 - 2].kind == "num")):
        # ("ремонт дорог в 12 микрорайонах": one number and the plural count the districts; a numbered one is
        # singular, "в 12 микрорайоне", and a list of numbers takes the plural: "в 34, 38 и 39 микрорайонах")
        return "address"  # "14 микрорайон", "37 мекенжайында"
    if not m.scaled and nxt is not None and len(nxt.text) == 1 and nxt.text.isupper() and m.i1 + 1 < len(tokens) and \
            ADDRESS_AFTER_RE.match(tokens[m.i1 + 1].low):
        return "address"  # "• 18 А микрорайон, детский сад на 240 мест": a microdistrict's number and letter
    if not m.scaled and first.kind == "num" and _listed_before_an_address_word(tokens, m.i1):
        return "address"  # "в 34, 38 и 39 микрорайонах": every number of the list names a microdistrict
    if _room_number(tokens, m):
        return "address"  # "108 оқу кабинетінде", "в 108 кабинете": the room where it happened
    if lang == "kk" and _kk_age_come_to(tokens, m):
        return "age"  # "жүзге келген ана": a mother who has reached a hundred years
    if lang == "kk" and _kk_age_idiom(tokens, m):
        return "age"  # "алпыстың асуына шыққан", "жетпістен асқан қария": past sixty, over seventy
    if _school_grade_of_a_pupil(tokens, m):
        return "grade"  # "a 10th-grade student", "ученица 10 класса", "10-сынып оқушысы": one pupil's grade
    if _range_of_grades(tokens, m):
        return "grade"  # "4-10-сынып оқушылары", "pupils in grades 5-11": the grades of the pupils
    if lang == "en" and en_grade_named_before(tokens, m):
        return "grade"  # "Year 8 students", "Grade 9 pupils": the pupils' grade
    if _languages_a_person_speaks(tokens, m, lang):
        return "skill"  # "fluent in three languages", "владеет тремя языками", "үш тілде еркін сөйлейді"
    if not m.scaled and nxt is not None and nxt.kind == "word" and GRADE_RE.match(nxt.low) and m.value <= 11 and \
            prev is not None and (prev.text in "-–—" or prev.low in _GRADE_RANGE_BEFORE or prev.low.startswith(
                ("школьник", "учащи", "ученик", "оқушы", "student", "pupil"))):
        return "grade"  # "школьники 5-11 классов": the 11
    if lang == "ru" and not m.scaled and first.kind == "num" and m.value <= 5 and nxt is not None and \
            nxt.low in ("класс", "класса") and any(a.low.startswith("пожар") and b.low.startswith("опасн")
                                                  for a, b in itertools.pairwise(tokens)):
        # "в Маркаколе наблюдается 1 класс пожарной опасности, 2 класс в городах …": hazard classes, each a label
        return "grade"
    if prev is not None and prev.kind in ("time", "date"):
        return "counter"  # "19.08.2022 14:17 1036": a view counter after a timestamp
    if _after_a_counter_label(tokens, m, text):
        return "counter"  # "…до конца лета.Количество показов: 1041", "Views: 1 245": the page's counter
    if _counters_after_a_written_date(tokens, m):
        return "counter"  # "Новости / Новости и События 16 июль 2020 г. 495 0": views and comments of the page
    if _counter_glued_to_next_word(tokens, m):
        return "counter"  # "22 ViewsОсы аптада аудан": the page's view counter glued to the next sentence
    if _comment_counter(tokens, m):
        return "counter"  # "0 comments: on "Volunteers gearing up"": the page's comment counter
    if _route_number(tokens, m):
        return "label"  # "пассажирам 38 маршрута": the number of a bus route, not a count of routes
    if prev is not None and prev.low in LABEL_BEFORE and not (
            m.i0 >= 2 and tokens[m.i0 - 2].kind == "num" and not (m.i0 >= 3 and tokens[m.i0 - 3].low in LABEL_BEFORE)):
        # (not after a count of that word: "12 пункте 1043 адам көшірілді", in 12 points 1,043 people; "пункту 3
        # статьи 5" is two labels)
        return "label"
    if prev is not None and prev.text in ("-", "/") and m.i0 >= 3 and tokens[m.i0 - 2].kind == "num" and \
            tokens[m.i0 - 3].low in LABEL_BEFORE and prev.start == tokens[m.i0 - 2].end and prev.end == first.start:
        return "label"  # "№14-5 шешімімен", "№ 12/3 приказом": the second part of a document's number
    if lang == "ru" and first.kind == "num" and not first.suffix and not m.scaled and m.value <= 100 and \
            _edition_of_an_event(tokens, m):
        return "ordinal"  # "старта 28 Всемирной зимней Универсиады": the 28th edition, not 28 of something
    if lang == "kk" and nxt is not None and nxt.low in ("уақыт", "мезгіл") and m.i1 + 1 < len(tokens) and \
            tokens[m.i1 + 1].low.startswith("тамақ"):
        return "frequency"  # "Төрт уақыт тамақ береді" (Latin "Tórt ýaqyt tamaq"): meals a day, how often
    if lang in ("ru", "kk") and _group_of_a_person(tokens, m, text):
        return "label"  # "инвалида 2 группы", "кровь 2 группы": a class a person is of, no count
    if _military_unit_number(tokens, m):
        return "label"  # "войсковой части 21751": a military unit's number
    if lang == "kk" and _kk_article_of_a_code(tokens, m):
        return "label"  # "Кодекстің 505 бабы бойынша", "3-бабына сәйкес": the article of a code, no count
    if _team_size_of_a_game(tokens, m):
        return "name"  # "7-a-side football": the size of the teams a game is played by, no count
    if _lost_numero_sign(tokens, m):
        return "label"  # "boarding school ? 4": a "№" lost in the copy
    if not m.scaled and _after_a_requisite_word(tokens, m.i0):
        return "label"  # "БИН 123456789012", "ИИН: 900101300123", "доб. 105": a requisite or an extension
    if not m.scaled and first.kind == "num" and may_be_listed_after_a_label(tokens, m) and \
            _listed_after_a_label(tokens, m, lang):
        return "label"  # "№ 1, 2, 5, 8 мектеп", "школы № 1, 2 и 5", "schools Nos. 3, 7": every number is a label
    if _sub_item_in_brackets(tokens, m):
        return "label"  # "Articles 125 (3b), 126 (3b)": a sub-item of the label before it
    if (first.kind == "num" or m.from_words) and _key_of_a_rate_row(tokens, m):
        return "label"  # "- 5 балаға – 20,04 АЕК", "- на 5 детей – 20,04 МРП", "он балаға – 106 000": a table's row
    if _degrees_of_an_award(tokens, m):
        return "label"  # "орденом Славы трех степеней", "Даңқ орденінің үш дәрежесі": the award's name
    if road_km_marker(tokens, m):
        return "label"  # "жолының 120 шақырымында", "на 120 километре трассы": where on the road, not how far
    if prev is not None and prev.text == "." and m.i0 > 1 and (tokens[m.i0 - 2].low in LABEL_BEFORE or
                                                               tokens[m.i0 - 2].low in _LABEL_ABBR) and not m.scaled:
        return "label"  # "sports school No.4", "каб. 304", "ауд. 12"
    if m.from_words and prev is not None and prev.text == "(" and m.i0 > 1 and tokens[m.i0 - 2].kind == "word" \
            and _closes_gloss(tokens, m.i1) and not (
                m.i1 < len(tokens) and (_MEASURE_AFTER_A_NUMBER.match(tokens[m.i1].low)
                                        or tokens[m.i1].low in _CLAUSE_IN_BRACKETS
                                        # (a large number alone in the brackets is the count of the place or group
                                        # before: "Шымкент (две тысячи пятьсот)", like "Шымкент (2500)")
                                        or (tokens[m.i1].text == ")" and m.value >= 100))):
        # (a measure in brackets is the length or weight of what is named before: "the children's distance (three
        # kilometres)")
        return "name"  # "togyzkumalak (nine pellets)": a name's translation in brackets
    if first.kind == "num" and prev is not None and prev.text == "(" and _glosses_a_number_name(tokens, m):
        return "name"  # "the Taza 25 shakyrym (25 clean km) campaign": the translation of a name with its number
    if first.kind == "num" and first.start > 1 and text[first.start - 1] in "-‐(" and \
            text[first.start - 2].isalpha() and not _top_n_selected(tokens, m) and not _after_hyphenated_to(prev) \
            and not (m.value >= 1000 and m.i0 > 1 and tokens[m.i0 - 2].kind == "word" and
                     tokens[m.i0 - 2].text.islower()) and not _tally_item_glued(tokens, m, text):
        # (a count after a lower-case word and a hyphen that stands for a dash is no name: "бірінші топ-3324,
        # екінші топ-14 950", nor one that counts a known noun: "ІII кезең-212 адам")
        glued = tokens[m.i0 - 2] if m.i0 >= 2 and prev is not None and prev.text == "-" else None
        if not (glued is not None and glued.kind == "word" and glued.text.islower() and len(glued.text) >= 4 and
                find_noun(tokens, m.i1, lang).unit is not None):
            return "name"  # COVID-19, Су-27, alert(1)
    if first.kind == "num" and first.start > 1 and text[first.start - 1] in "-‐/" and text[first.start - 2].isdigit() \
            and _GROUP_CODE_BEFORE.search(text, max(0, first.start - 16), first.start - 1) and \
            (m.i1 >= len(tokens) or tokens[m.i1].start > tokens[m.i1 - 1].end or tokens[m.i1].kind != "word"):
        return "name"  # "groups TS-19-1, TS18-1, Arch-19-3": the last part of a code of letters and digits
    if first.kind == "num" and not m.scaled and len(first.text) == 2 and 1 <= m.value <= 12 and \
            _YEAR_MONTH_BEFORE.search(text, 0, first.start):
        return "date"  # "date 2020-07 YouTube": the month of an ISO year-month
    if first.kind == "num" and not m.scaled and _SITE_DOMAIN.match(text, tokens[m.i1 - 1].end):
        return "name"  # "передает корреспондент 7152.kz", "по данным 24.kz": a site's name
    if first.kind == "num" and first.start > 0 and text[first.start - 1].isalpha() and not (
            prev is not None and (prev.text in CURRENCY_CODES or prev.text == "₸" or prev.low in _GLUED_JOINERS or
                                  (lang == "en" and tenge_letter(tokens, m.i0 - 1)) or
                                  (prev.text == "US" and m.i0 >= 2 and tokens[m.i0 - 2].text == "$") or
                                  _lost_space_before(prev, m))):
        return "name"  # digits glued to letters: "utf8", "Covid19", "A4" (not "KZT150,000", "$US15,000")
    if lang == "en" and first.kind == "num" and not m.scaled and _before_a_name(tokens, m):
        return "name"  # "at the 75 UN General Assembly": a number in a proper name
    if first.kind == "num" and not m.scaled and _digits_open_a_name(tokens, m, text, lang):
        return "name"  # "‘4 Paws’ veterinary clinic", "(4 Lapy)", "the 4 Paws foundation", "клиника 4 Лапы"
    if lang == "en" and m.from_words and _ends_a_name(tokens, m):
        return "name"  # "veterans of World War Two", "Team Five collected": a capitalized word ends a name
    if lang == "en" and m.from_words and _inside_a_name(tokens, m):
        return "name"  # "the Custodian of the Two Holy Mosques", "the Three Kings Foundation"
    if screens.markup and _inside_markup(text, first.start):
        return "markup"
    if _poll_widget_percent(tokens, m.i1):
        return "markup"  # "0 (%)": a poll widget's empty share
    if _shifts_of_work(tokens, m):
        return "frequency"  # "worked in two shifts", "в две смены", "екі ауысыммен": a manner of working
    if first.kind == "num" and not m.scaled and _digits_glued_to_a_brand(tokens, m, lang):
        return "name"  # "the 2gis.kz app", "2GIS", "2ГИС": digits glued to the letters of a name
    if first.kind == "num" and not m.scaled and numbered_name_in_quotes(text, first.start, tokens[m.i1 - 1].end):
        return "name"  # '"Алма сити-3" тұрғын үй кешені', "«Нурлы жол-2»": the number of a name in quotes
    if m.year_like and _in_a_quoted_name(text, first.start, tokens[m.i1 - 1].end):
        return "name"  # "«2020 қайырымды іс» бағдарламасы": a year in a programme's name, counted as nothing
    # "а на сегодняшний день - более 2000.": a count whose noun was said before, not a year
    if m.year_like and not _elided_count_after_a_qualifier(tokens, m) and not _low_end_of_a_range_of_counts(tokens, m) \
            and not _too_far_ahead_for_a_year(tokens, m) and not (lang == "kk" and kk_until_a_change(tokens, m.i1 + 1)):
        # (a Kazakh change's end is a count: "бұл сан 1956-ға дейін өскен", the number grew to 1,956)
        if kk_monthly_index_at(tokens, m.i1):
            return False  # "2000 айлық есептік көрсеткішке дейін": an amount in the monthly index, no year
        if nxt is not None and nxt.text in ("-", "–", "—") and m.i1 + 1 < len(tokens) and \
                tokens[m.i1 + 1].kind == "num" and tokens[m.i1 + 1].text.isdigit() and \
                2100 < int(tokens[m.i1 + 1].text) < 100_000 and nxt.start == tokens[m.i1 - 1].end and \
                tokens[m.i1 + 1].start == nxt.end and (prev is None or prev.kind != "word" or
                                                       prev.low not in _BEFORE_A_YEAR_OF_A_LIST):
            return False  # "Если до этого было 2000-2500": the low end of a range of counts (no year is 2500)
        if nxt is not None and nxt.low in ("в", "во", "in", "за") and m.i1 + 1 < len(tokens) and \
                re.fullmatch(r"(?:19|20)\d\d", tokens[m.i1 + 1].text) and (lang == "en" or (
                    m.i1 + 2 < len(tokens) and YEAR_WORDS_RE.match(tokens[m.i1 + 2].low))) and (
                    not re.fullmatch(r"(?:19|20)\d\d", first.text) or _COMPARED_WITH_BEFORE.search(
                        " ".join(t.low for t in tokens[max(0, m.i0 - 3):m.i0]))):
            # "по сравнению с 1023 в 2020 году", "compared with 1,023 in 2020", "против 1956 в 2020 году": a value of
            # that year (a year itself is never followed by another: "с 2019 в 2020 году" only after a comparison)
            return False
        if nxt is None or nxt.kind != "word" or YEAR_WORDS_RE.match(nxt.low):
            return "year"
        if prev is not None and prev.low == "year" and m.i0 >= 2 and tokens[m.i0 - 2].low == "the":
            return "year"  # "During the year 2019 volunteers planted …": the year named, then what happened
        if lang == "ru" and prev is not None and prev.low in ("в", "во") and nxt.kind == "word" and \
                len(nxt.low) >= 4 and not nxt.low.endswith(("ах", "ях")) and nxt.low[:1].isalpha():
            return "year"  # "В 2022 лабораторные исследования выявили 206 голов": "в" governs no nominative count
        noun = find_noun(tokens, m.i1, lang)
        if noun.noun is not None and noun.np_end == m.i1 + 1 and noun.unit is None and lang == "ru" and \
                _genitive_plural(nxt.low) and not YEAR_WORDS_RE.match(noun.noun):
            return False  # "2000 масок": a Russian year is never followed by a counted genitive plural
        if lang == "ru" and prev is not None and prev.low in ("в", "во") and nxt.text.islower() and \
                _RU_PREPOSITIONAL_PLURAL.search(nxt.low) and not YEAR_WORDS_RE.match(nxt.low):
            return False  # "нет в 1922 селах", "в 2000 школах": a year is "в 1922 году", never a plural noun
        if lang == "en" and noun.noun is not None and _names_a_plan_of_the_year(tokens, noun.np_end):
            return "year"  # "develop a 2025 youth support package plan": the noun is part of the plan's name
        if _counted_after_modifiers(tokens, m, noun, lang):
            return False  # "2000 школьных сумок", "2000 көпбалалы отбасыға", "planted 2025 young seedlings"
        if nxt is not None and nxt.low in ("және", "мен", "немесе", "и", "and", "or") and m.i1 + 2 < len(tokens) and \
                tokens[m.i1 + 1].kind == "num" and re.fullmatch(r"(?:19|20)\d\d", tokens[m.i1 + 1].text) and \
                YEAR_WORDS_RE.match(tokens[m.i1 + 2].low):
            return "year"  # "2021 және 1985 жылғы жолаушылар", "в 2019 и 2020 годах": the first of two years
        if lang == "kk" and kk_bare_count_inside_a_clause(prev, nxt):
            return False  # "… және 2000 түк (40 тонна) шөп жойылды": a Kazakh year takes its "жыл"
        if _first_of_a_list_of_counts(tokens, m, lang):
            return False  # "2006 қаз, 85 үйрек, 3 түйе": the first item of a list of counts
        if capacity_after_a_count(tokens, m, lang):
            return False  # "24 houses for 957 apartments … and 37 houses for 2014 apartments": the capacity of a count
        if nxt is not None and _MEASURE_AFTER_A_NUMBER.match(nxt.low):
            return False  # "ауданы 1900 гектарды құрады", "1900 hectares", "2000 тонн": a measure, never a year
        if noun.noun is None or noun.np_end != m.i1 + 1 or noun.unit is None or YEAR_WORDS_RE.match(noun.noun):
            return "year"  # "2000 обращений" is a count; "2024 floods", "2025 Forum" are years
    life_expectancy = _of_a_life_expectancy(tokens, m)
    # (a capitalised word after the number in Russian or Kazakh is a name, no "жыл" or "лет": "35-і Жылыой ауданында")
    if nxt is not None and nxt.kind == "word" and AGE_OR_DURATION_RE.match(nxt.low) and (
            not m.scaled or _SCALED_YEARS.match(nxt.low)) and \
            not (lang in ("ru", "kk") and nxt.text[:1].isupper() and not nxt.text.isupper()) and \
            not life_expectancy and \
            not (lang == "en" and en_count_before_a_named_grade(tokens, m)):  # "20 Year 8 students"
        if not (lang == "kk" and nxt.low == "жас" and m.i1 + 1 < len(tokens)
                and kk_stem(tokens[m.i1 + 1].low)) and not (lang == "kk" and _young_people_of(tokens, m)) and \
                not (lang == "kk" and _kk_young_people_counted(tokens, m)) and \
                not kk_monthly_index_at(tokens, m.i1) \
                and not (nxt.low == "second" and m.i1 + 1 < len(tokens) and tokens[m.i1 + 1].kind == "word" and
                         tokens[m.i1 + 1].low not in _AFTER_A_SECOND):
            # ("1 second prize", "2 second places": the ordinal before a noun, not a second of time)
            # ("2,5 айлық есептік көрсеткіш": the monthly calculation index, an amount, not months)
            return "age_or_duration"
    if lang in ("ru", "en") and not m.scaled and _duration_with_an_adjective(tokens, m.i1, lang):
        # "за два минувших дня", "за три последних месяца", "5 рабочих дней", "за сорок карантинных дней", "14
        # calendar days", "40 quarantine days"
        return "age_or_duration"
    if _scale_cut_off(tokens, m, text):
        return "cut"  # "…пополнить их ряды 15 ты": the copy cut the scale ("тысяч") off, the value is unknown
    if _kk_ending_cut_off(tokens, m, text, lang):
        return "cut"  # "…еңбекақы төлеу қорымен 500-де": the copy stopped after a case ending, the rest is lost
    if _noun_cut_off(tokens, m, text, lang):
        return "cut"  # "…Three of her five ch": the copy cut the counted noun off, what is counted is unknown
    if _bound_cut_off(tokens, m, text):
        return "cut"  # "…Бұл санатта шамамен 10": the copy stopped after the number of an estimate
    if _list_item_cut_off(tokens, m, text):
        return "cut"  # "…орман қорын және 3,6": the copy cut the last item's unit off
    if _day_and_month(tokens, m):
        return "date"  # "Семей. 15.11. – 40 сотрудников …": a dateline's day and month
    if lang == "kk" and not m.scaled and m.value <= 120 and nxt is not None and nxt.low.startswith("алқымда"):
        return "age_or_duration"  # "80-ді алқымдаған тұрғындар": residents nearing eighty (years of age)
    if lang == "kk" and first.kind == "num" and not m.scaled and m.value <= 31 and prev is not None and \
            prev.low.endswith(("ның", "нің", "дың", "дің", "тың", "тің")) and _MONTH_WORD_RE.match(prev.low):
        return "date"  # "Қыркүйектің 13-14 -і күндері", "мамырдың 5-і": the days of the month named before them
    if _in_short_quote(text, first.start, tokens[m.i1 - 1].end) or \
            _in_a_quoted_name(text, first.start, tokens[m.i1 - 1].end):
        return "name"
    if not m.scaled and (first.kind == "num" or (m.from_words and m.value < 120)) and m.i1 + 2 < len(tokens) and \
            tokens[m.i1].low in ("до", "по", "-", "–", "—", "to", "and", "и", "мен", "пен", "бен", "және") and \
            tokens[m.i1 + 1].kind == "num" and not life_expectancy:
        after = tokens[m.i1 + 2]
        if after.kind == "word" and (AGE_OR_DURATION_RE.match(after.low) or _MONTH_WORD_RE.match(after.low)
                                     or GRADE_RE.match(after.low)) and not kk_monthly_index_at(tokens, m.i1 + 2):
            # ("40-60 айлық есептік көрсеткіш" is a range of amounts in the monthly index, not of months)
            return "range_of_ages_or_dates"  # "от 14 до 29 лет", "с 1 по 10 декабря", "5-11 классов"
    if _night_between_two_days(tokens, m):
        return "range_of_ages_or_dates"  # "в ночь с 28 на 29 марта": the night between two days
    if _low_end_of_a_duration(tokens, m, lang) and not life_expectancy:
        return "range_of_ages_or_dates"  # "after two or three months", "через 2 или 3 месяца", "екі немесе үш айдан"
    if not m.scaled and first.kind == "num" and first.suffix.endswith(("ден", "тен", "нен", "дан", "тан", "нан")) \
            and m.i1 + 1 < len(tokens) and tokens[m.i1].kind == "num" and tokens[m.i1 + 1].kind == "word" and \
            (AGE_OR_DURATION_RE.match(tokens[m.i1 + 1].low) or _MONTH_WORD_RE.match(tokens[m.i1 + 1].low)):
        return "range_of_ages_or_dates"  # "18-ден 45 жасқа дейінгі": from 18 to 45 years of age
    if not m.scaled and first.kind == "num" and m.value < 120 and prev is not None and \
            prev.low in ("to", "-", "–", "—", "and", "до") and m.i0 >= 3 and tokens[m.i0 - 2].kind == "num" and \
            tokens[m.i0 - 3].low in ("aged", "ages", "age", "возрасте", "жастағы"):
        return "age"  # "aged 18 to 35": the upper age
    if lang == "en" and first.kind == "num" and not m.scaled and m.value < 120 and prev is not None and \
            prev.text == "," and nxt is not None and nxt.text == "," and m.i0 >= 2 and \
            tokens[m.i0 - 2].kind == "word" and (tokens[m.i0 - 2].text[:1].isupper() or
                                                 tokens[m.i0 - 2].low in _ONE_PERSON):
        return "age"  # "Almaty resident Ilya Kan, 16, who …", "The volunteer, 17, has …": an age set off
    if first.kind == "num" and not m.scaled and _age_plus(tokens, m):
        return "age"  # "145 молодых людей 14+,", "подростков 14+", "14+ жастағы": an age bound, not "at least 14"
    if first.kind == "num" and not m.scaled and m.value < 120 and _age_in_brackets_after_a_name(tokens, m):
        return "age"  # "Yuri (78) and Vasilina (76) Vakulko", "Юрий (78)": an age in brackets after a name
    if lang == "en" and first.kind == "num" and not m.scaled and m.value < 120 and _age_closing_a_sentence(tokens, m):
        return "age"  # "… for the treatment of the girl, Sofiya Danko, 12.": the age closes the sentence
    if first.kind == "num" and not m.scaled and m.value < 120 and _band_of_an_age_grouping(tokens, m):
        return "age"  # "three age categories (15-34, 35-49 and over 50)", "возрастные группы (18–25, 26–35)"
    if lang == "en" and first.kind == "num" and not m.scaled and m.value < 120 and _end_of_an_age_range(tokens, m):
        return "age"  # "aged from 18 up to 35", "aged 7 up to 17": both ends are ages
    if lang == "en" and first.kind in ("num", "word") and _en_age_phrase(tokens, m):
        return "age"  # "turning 95 in July", "reached the age of 18", "not older than 80"
    if lang == "en" and prev is not None and prev.low in ("under", "aged", "over", "above") and not m.scaled \
            and m.value < 120 and (nxt is None or nxt.kind != "word" or nxt.low in EN_STOP) and \
            not _percent_at(tokens, m.i1):
        return "age"  # "young people under 35" (not "under 10 per cent", "over 60%")
    if lang == "en" and prev is not None and prev.low in ("under", "over", "above") and not m.scaled and \
            m.value < 120 and m.i0 >= 2 and tokens[m.i0 - 2].low in _PEOPLE_OF_AN_AGE and not _percent_at(tokens, m.i1):
        return "age"  # "young people under 35 can apply", "children under 14 years", "those over 60 who …"
    if m.is_one:
        # "один"/"бір"/"one" is a figure only when coordinated with another number:
        # "один национальный и 20 региональных фронт-офисов".
        conj = ("и", "және", "and", "мен", "а")
        forward = any(t.low in conj for t in tokens[m.i1: m.i1 + 6]) and any(
            _a_number(t, lang) for t in tokens[m.i1: m.i1 + 8])
        backward = m.i0 > 0 and tokens[m.i0 - 1].low in conj and any(
            _a_number(t, lang) for t in tokens[max(0, m.i0 - 6): m.i0])
        # (or "as well as" / "а также" after a count of the list's first item, however long its list of places: "three
        # new bus routes — to Zhanaarka, Karazhal, and Sarysu — as well as one air route")
        backward = backward or (_ADDING_CONJUNCTION.fullmatch(" ".join(t.low for t in tokens[max(0, m.i0 - 3): m.i0]))
                                is not None and any(_a_number(t, lang) for t in tokens[max(0, m.i0 - 20): m.i0 - 2]))
        if not (forward or backward or _item_of_a_list_of_counts(tokens, m, lang) or _one_of_a_measure(tokens, m, lang)
                or _only_one(tokens, m) or _one_lost(tokens, m) or _one_more(tokens, m, lang)
                or _one_part_of_a_count(tokens, m) or _one_facility_of_a_capacity(tokens, m)
                or _item_of_shares_of_a_whole(tokens, m, lang) or one_percent_bounded(tokens, m)
                or _one_before_a_dash_in_a_list(tokens, m, lang) or one_of_them_in_a_partition(tokens, m, lang)):
            return "one"
        if nxt is not None and nxt.low in ("из", "of", "из-за") and not one_of_them_in_a_partition(tokens, m, lang):
            return "one"
    return None


# The last words before a "one" that add it to the counts told before ("as well as", "а также", "as also").
_ADDING_CONJUNCTION = re.compile(r"(?:.*\s)?(?:as well as|а также|и также|and also|сондай-ақ|сонымен қатар)")


_RANGE_TO = frozenset({"-", "–", "—", "to", "до", "and", "и"})
_COMPARED_WITH_BEFORE = re.compile(r"(?:сравнению\s+с|сравнении\s+с|против|compared\s+(?:with|to)|than|versus|vs)$")
_RU_PLURAL_DISTRICTS = re.compile(r"^(?:микрорайон|квартал)(?:ах|ов|ам|ами)$")  # ("50 дворов в 15 кварталах")
# words before a year whose value follows a dash ("а в 2003–5300" is 2003's 5,300)
_BEFORE_A_YEAR_OF_A_LIST = frozenset({"в", "во", "за", "с", "in", "for", "from", "of", "by", "жылы"})


def _low_end_before_degrees(tokens: list[Token], m: NumberMatch) -> bool:
    """The low end of a range of degrees ("27-32 градус", "от 27 до 32 градусов", "from 27 to 32 degrees"): a
    temperature as its high end is (the exclusion above)."""
    j = m.i1
    if m.scaled or j + 2 >= len(tokens) or tokens[j].low not in _RANGE_TO or tokens[j + 1].kind != "num":
        return False
    after = tokens[j + 2]
    return after.low.startswith(("градус", "degree")) or after.text == "°" or (
        tokens[j + 1].suffix.lower().startswith("градус"))


def _after_hyphenated_to(prev: Token | None) -> bool:
    """The high end of "4,000-to-5,000 people": the tokenizer's joiner "-to-", not a name's hyphen ("COVID-19")."""
    return prev is not None and prev.kind == "punct" and prev.low == "to"


# A date written year first with dots ("2010.03.06", "2024.11.15"), which the tokenizer reads as a decimal and a number.
_DOTTED_ISO_DATE = re.compile(r"(?<![\d.])(?:19|20)\d\d\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])(?![\d.]\d)")


def _in_a_dotted_iso_date(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of such a date?"""
    for m in _DOTTED_ISO_DATE.finditer(text, max(0, start - 8), min(len(text), end + 8)):
        if m.start() <= start and end <= m.end():
            return True
    return False

"""Qualifiers: how the text bounds a number (DESIGN §3): exact, at_least ("более", "свыше", "-ден астам", "over"),
at_most ("до", "менее", "up to"), approx ("около", "порядка", "шамамен", "about") or almost ("почти", "nearly"),
from the words before the number, the Kazakh case ending and the word after it (also after the measure word:
"3 мың тоннадан астам"), and "до" that ends a change ("с 50 до 300 тыс.") rather than bounding."""

from __future__ import annotations

import re

from loaders.extract.nouns import NounMatch, kk_pre_adjective
from loaders.extract.numbers import NumberMatch, may_start_fraction
from loaders.extract.tokens import Token
from loaders.lexicon import (
    KK_ABLATIVE,
    KK_AFTER_ABLATIVE,
    KK_AFTER_DATIVE,
    KK_AFTER_PLAIN,
    KK_APPROX_SUFFIXES,
    KK_DATIVE,
    KK_GENITIVE,
    OPEN_BOUNDS_AFTER,
    QUALIFIER_GAP_WORDS,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
)
from loaders.numbers import word_number

_MAX_Q_WORDS = max(len(k.split()) for k in QUALIFIERS_BEFORE)
_MAX_OPEN_WORDS = max(len(k.split()) for k in OPEN_BOUNDS_AFTER)
# verbs whose particle is "over": "handed over 2,000 kits" is exactly 2,000
_PARTICLE_VERB = re.compile(r"^(?:hand|turn|sign)(?:s|ed|ing)?$")
# "over" as the preposition of a span, not "more than": an event that takes place, is held or is spread over its
# parts ("the race took place over four distances", "the festival was held over three days", "spread over two
# weekends", "stretched over 5 km"). Only intransitive or passive uses: "held over 300 events" (active, an object
# follows) and "took part over 300 people" stay "more than".
_SPAN_VERB = re.compile(r"^(?:spread|stretch(?:es|ed|ing)?|span(?:s|ned|ning)?|split|divided|distributed)$")
# "distributed", "divided", "split" also take an object: "distributed over 5,000 masks" hands out more than 5,000;
# they open a span only before what a thing is spread over ("distributed over three days", "split over 4 stages").
_SHARING_VERB = frozenset({"split", "divided", "distributed"})
_SPAN_NOUN = re.compile(r"^(?:days?|weeks?|weekends?|months?|years?|stages?|phases?|parts?|rounds?|sessions?|"
                        r"regions?|districts?|areas?|cities|towns?|km|kilomet(?:er|re)s?|distances?)$")
_SPAN_PASSIVE = re.compile(r"^(?:held|run|staged|played|organi[sz]ed)$")
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_PLACE_VERB = frozenset({"take", "takes", "took", "taken", "taking"})


def _over_of_a_span(words: list[str], at: int, counted: str = "") -> bool:
    """Whether "over" at words[at] follows a verb of extent, so it opens a span, not a lower bound (`counted`: the
    first word after the number)."""
    prev = words[at - 1] if at > 0 else ""
    prev2 = words[at - 2] if at > 1 else ""
    if _SPAN_VERB.match(prev) or (prev == "out" and _SPAN_VERB.match(prev2)):
        verb = prev if prev != "out" else prev2
        # "spread over two weekends", "spread out over three days"; "distributed over 5,000 masks" is a bound
        return verb not in _SHARING_VERB or _SPAN_NOUN.match(counted) is not None
    if prev == "place" and prev2 in _PLACE_VERB:
        return True  # "took place over four distances"
    return bool(_SPAN_PASSIVE.match(prev) and prev2 in _BE)  # "was held over three days"


# words after "and more/и более" that make it the qualifier of the number that follows, not an open bound
_BOUND_OF_NEXT = frozenset({"than", "чем", "тысячи", "тысяч", "ста", "двух", "трех", "трёх", "пяти", "десяти",
                            "one", "two", "three", "five", "ten", "a", "an",
                            # "17 percent, and over the past five years by more than 30 percent": a time, no bound
                            "the", "past", "last"})
# Russian "на" of worth between a bound and its amount: "продукты почти на 50 миллионов тенге", "помощь более чем
# на 2 млн", "примерно на 50 млн". Not after "до", "больше", "меньше", "выше", "ниже" ("больше на 20", "выше на 5
# процентов": by how much, not a bound).
_WORTH_NA_NOT_AFTER = frozenset({"до", "больше", "меньше", "выше", "ниже"})


def open_bound_after(tokens: list[Token], j: int) -> tuple[str | None, int]:
    """"500 milliliters or more", "18 лет и старше" aside, "100 человек и более", "50 адам және одан да көп":
    a phrase at token j that leaves the quantity open upwards (at_least) or downwards (at_most)."""
    if j < len(tokens) and tokens[j].text == ",":
        j += 1  # "100 человек, и более"
    words: list[str] = []
    for k in range(j, min(len(tokens), j + _MAX_OPEN_WORDS)):
        if tokens[k].kind != "word":
            break
        words.append(tokens[k].low)
    for n in range(len(words), 1, -1):
        bound = OPEN_BOUNDS_AFTER.get(" ".join(words[:n]))
        if bound:
            after = tokens[j + n] if j + n < len(tokens) else None
            if after is not None and (after.kind == "num" or after.low in _BOUND_OF_NEXT):
                return None, j  # "nearly 7,000 workers and more than 100 hospitals": the bound of the next number
            return bound, j + n
    return None, j


# Qualifiers that never end a clause, so that a dash between one and its number is punctuation, not a minus sign:
# "шамамен -40 келі", "около - 40 кг", "about - 40 kg", "более – 500 волонтеров" (approx 40, at least 500). Not
# "больше / меньше / до / over / under", which may end a clause or take a real negative ("стало больше — 500",
# "до -35 градусов"); temperatures are no figures anyway.
_BEFORE_A_DASH = frozenset({"около", "порядка", "примерно", "приблизительно", "ориентировочно", "почти", "более",
                            "более чем", "свыше", "не менее", "не более", "шамамен", "кем дегенде", "кемінде",
                            "about", "around", "approximately", "roughly", "nearly", "almost", "more than",
                            "at least", "up to", "less than", "close to"})
_DASHES = frozenset({"-", "–", "—", "−"})


def _qualifier_before_a_dash(tokens: list[Token], i0: int) -> tuple[str | None, int]:
    """A qualifier of _BEFORE_A_DASH standing before a dash right before the number: "шамамен -40 келі"."""
    if i0 < 2 or tokens[i0 - 1].text not in _DASHES or tokens[i0 - 2].kind != "word":
        return None, i0
    q, q_at = qualifier_before(tokens, i0 - 1)
    if q_at > 0 and tokens[q_at - 1].low in ("и", "or", "және"):
        return None, i0  # "на троих и более – 50 процентов": "and more" leaves the key before open, no bound of 50
    words = [t.low for t in tokens[q_at: i0 - 1]]
    if q is None or not ({" ".join(words), " ".join(w for w in words if w not in QUALIFIER_GAP_WORDS)} &
                         _BEFORE_A_DASH):
        return None, i0  # "стало больше — 500 человек": the dash sets the number off
    return q, q_at


# A multiple or a part before "as many as / as much as" makes it a comparison ("twice as many as 500 last year",
# "three times as much as", "half as many as"), not the top of an expected count.
_COMPARED_MULTIPLE = re.compile(r"^(twice|thrice|half|times|double|triple|just|not|nearly|almost)$")


# "as many as N" is the top of a count only where the count is still expected: "is expected to cover as many as 8,500
# children", "could reach as many as", "will receive as many as", "plans to involve as many as" (at_most, like "up
# to"). Told of what happened ("As many as 80 volunteers … planted 5,100 seedlings", "as many as 300 people took
# part") it stresses a large stated count, which is exact (en_d05's and the development gold).
_EXPECTATION_WORDS = frozenset({
    "will", "would", "could", "can", "may", "might", "should", "shall", "expected", "expect", "expects",
    "expecting", "plan", "plans", "planned", "planning", "aim", "aims", "aimed", "intend", "intends", "intended",
    "projected", "forecast", "anticipated", "estimated", "potentially", "possibly", "allow", "allows", "capacity",
    "accommodate", "'ll", "going"})


def _expected_count(tokens: list[Token]) -> bool:
    """Does the sentence speak of an expected, possible or planned count (a modal, a verb of expecting)?"""
    return any(t.kind == "word" and t.low in _EXPECTATION_WORDS for t in tokens)


def _compared_multiple(tokens: list[Token], q_at: int) -> bool:
    """Does a multiple ("twice", "3 times", "half") or a negation stand right before the "as" at q_at?"""
    return q_at > 0 and tokens[q_at - 1].kind == "word" and bool(_COMPARED_MULTIPLE.match(tokens[q_at - 1].low))


# Qualifiers stacked in speech ("about close to 8000 young people", "около почти 500 человек", "approximately
# nearly", "примерно около"): the first, outer word says how the speaker bounds the number; the inner one restates
# it. Only the approximate words (approx, almost) stack so: a bound before "about" ("more than about", "up to
# about") is rare and unsure, and keeps its current reading.
_STACKING = frozenset({"approx", "almost"})


def _outer_qualifier(words: list[str], inner_at: int) -> tuple[str, int] | None:
    """An approximate qualifier phrase ending right before words[inner_at] (itself an approximate qualifier):
    the outer phrase and its first word's position, or None."""
    for n in range(min(_MAX_Q_WORDS, inner_at), 0, -1):
        phrase = " ".join(words[inner_at - n: inner_at])
        if QUALIFIERS_BEFORE.get(phrase) in _STACKING:
            return phrase, inner_at - n
    return None


# Abbreviations of the approximate words written with a dot ("approx. $2,652,100", "ca. 500 volunteers", "прибл.
# 300 деревьев"): read as the full word; text.py keeps the sentence whole across the dot.
_APPROX_ABBR = {"approx": "approximately", "ca": "circa", "прибл": "приблизительно",
                # "(c. USD2.4m)": circa opening a bracket (lower-case; "25 °C." and an initial "C." are no circa)
                "c": "circa"}


# A comparison denied a few words before it turns round: "донор не должен весить меньше 50 килограммов", "a donor
# must not weigh less than 50 kg" (at least 50), "should not be more than 3 hours" (at most). The phrases that hold
# their own "не" ("не менее", "не более") are read as they stand.
_LESS = frozenset({"меньше", "менее", "less than", "fewer than"})
_MORE = frozenset({"больше", "более", "more than", "over", "свыше"})
_DENIAL = frozenset({"не", "not", "no", "never", "нельзя", "cannot", "can't", "mustn't", "shouldn't"})
# Verbs that tell a lack with their "не" ("не хватает", "не хватило", "не достает"): what lacks is counted as told.
_LACKING = ("хватает", "хватало", "хватило", "хватит", "достает", "достаёт", "доставало")


def _negated_comparison(words: list[str], at: int, phrase: str) -> tuple[str, int] | None:
    if phrase not in _LESS and phrase not in _MORE:
        return None
    window = words[max(0, at - 3):at]
    if not any(w in _DENIAL for w in window):
        return None
    if any(w in _DENIAL and k + 1 < len(window) and window[k + 1].startswith(_LACKING) for k, w in enumerate(window)):
        return None  # "не хватает более двухсот врачей": a shortage of more than 200, the verb's "не" denies nothing
    return ("at_least" if phrase in _LESS else "at_most"), at


def _counted_word(tokens: list[Token], i0: int) -> str:
    """The first word after the number that starts at token i0 (its scale word passed): what it counts."""
    for t in tokens[i0:i0 + 4]:
        if t.kind == "word" and t.low not in ("thousand", "million", "billion", "mln", "bn"):
            return t.low
    return ""


# "about" after a verb of speaking or knowing names what is spoken of: "we are talking about 30 hectares", "he spoke
# about 300 families", "they learned about 20 cases" (not "approximately"; "about 300 families came" stays).
_ABOUT_AS_A_TOPIC = re.compile(r"^(?:talk|talks|talking|talked|speak|speaks|speaking|spoke|tell|tells|telling|told|"
                               r"write|writes|writing|wrote|know|knows|knew|learn|learned|learnt|hear|heard|"
                               r"think|thinks|thinking|thought|asked|asking|worried|concerned|reported|reporting)$")


# What "under" puts a deed inside of rather than bounds a number: "135 km have been laid under 54 projects", "under 3
# memorandums", "under 12 programmes".
_UNDER_A_FRAMEWORK = re.compile(r"^(?:projects?|programmes?|programs?|agreements?|memorand\w*|contracts?|grants?|"
                                r"treaties|treaty|initiatives?|schemes?)$")


def qualifier_before(tokens: list[Token], i0: int) -> tuple[str | None, int]:
    """Qualifier phrase ending right before token i0 (gap words like "уже", "чем" allowed; a dash after a
    qualifier that never ends a clause: "шамамен -40 келі")."""
    if i0 > 0 and tokens[i0 - 1].text in _DASHES:
        q, q_at = _qualifier_before_a_dash(tokens, i0)
        return (q, q_at) if q else _largest_or_smallest_amount(tokens, i0)
    k = i0
    words: list[str] = []
    idx: list[int] = []
    while k > 0 and len(words) < _MAX_Q_WORDS + 2:
        t = tokens[k - 1]
        if t.kind == "punct" and t.text == "~":
            return "approx", k - 1
        if t.text == "." and k > 1 and tokens[k - 2].low in _APPROX_ABBR and (
                tokens[k - 2].low != "c" or (tokens[k - 2].text == "c" and k > 2 and tokens[k - 3].text == "(")):
            words.insert(0, _APPROX_ABBR[tokens[k - 2].low])  # "(approx. $2,652,100)", "ca. 500", "прибл. 300"
            idx.insert(0, k - 2)
            k -= 2
            continue
        if t.text == "," and words and words[0] in ("чем", "than"):
            k -= 1  # "более, чем на 1200 человек": the comma of "более, чем"
            continue
        if t.kind != "word":
            break
        words.insert(0, t.low)
        idx.insert(0, k - 1)
        k -= 1
    # Try phrases that end at the last word, allowing gap words between the phrase and the number.
    end = len(words)
    worth_na = False
    while end > 0:
        for n in range(min(_MAX_Q_WORDS, end), 0, -1):
            phrase = " ".join(words[end - n: end])
            if phrase in QUALIFIERS_BEFORE:
                if phrase in ("астам", "жуық") and end - n > 0 and words[end - n - 1].endswith(
                        KK_ABLATIVE if phrase == "астам" else KK_DATIVE):
                    return None, i0  # "40 млрд теңгеден астам 6 жобаны": the bound closes the amount before it
                if phrase == "over" and end - n > 0 and _PARTICLE_VERB.match(words[end - n - 1]):
                    return None, i0  # "handed over 2,000 kits", "turned over 500 tonnes": a verb's particle
                if phrase == "минимум" and end - n > 0 and words[end - n - 1].startswith(("прожиточн", "социальн")):
                    return None, i0  # "Прожиточный минимум составляет 4 467 тенге": the subsistence minimum, a noun
                if phrase == "about" and end - n > 0 and _ABOUT_AS_A_TOPIC.match(words[end - n - 1]):
                    return None, i0  # "We are talking about 30 hectares": what is spoken of, not "approximately"
                if phrase == "under" and _UNDER_A_FRAMEWORK.match(_counted_word(tokens, i0)):
                    return None, i0  # "laid under 54 projects", "under 3 agreements": within their framework
                if phrase == "over" and _over_of_a_span(words, end - n, _counted_word(tokens, i0)):
                    return None, i0  # "took place over four distances": a span, not "more than"
                if phrase in ("as many as", "as much as") and _compared_multiple(tokens, idx[end - n]):
                    return None, i0  # "twice as many as 500", "three times as much as": a comparison, no bound
                if phrase in ("as many as", "as much as") and not _expected_count(tokens):
                    return None, i0  # "As many as 80 volunteers … planted": a reported count, stressed as large
                if worth_na and phrase in _WORTH_NA_NOT_AFTER:
                    return None, i0
                outer = _outer_qualifier(words, end - n) if QUALIFIERS_BEFORE[phrase] in _STACKING else None
                if outer is not None:
                    return QUALIFIERS_BEFORE[outer[0]], idx[outer[1]]
                negated = _negated_comparison(words, end - n, phrase)
                if negated is not None:
                    return negated
                return QUALIFIERS_BEFORE[phrase], idx[end - n]
        if words[end - 1] == "на" and end == len(words) and not worth_na:
            worth_na, end = True, end - 1  # "почти на 50 миллионов тенге": worth almost 50 million
            continue
        if words[end - 1] == "в" and end == len(words) and end >= 2 and words[end - 2] == "чем":
            end -= 1  # "оценивается более чем в миллион тенге", "более чем в 20 странах": "в" after "чем"
            continue
        if words[end - 1] in ("для", "по") and end == len(words) and end >= 2:
            # "почти для 200 верующих", "более чем для 500 человек": for almost 200, for over 500; "почти по
            # миллиарду тенге в каждой из областей": almost a billion each
            end -= 1
            continue
        if words[end - 1] in QUALIFIER_GAP_WORDS:
            end -= 1
            continue
        if end >= 2 and words[end - 2] == "бір" and words[end - 1].endswith(KK_DATIVE):
            end -= 2  # "Шамамен бір отбасына … 500-600 мың": "per one family" between the bound and the number
            continue
        if end >= 2 and words[end - 2] in ("орта", "орташа") and words[end - 1] == "есеппен":
            end -= 2  # "шамамен … орта есеппен 500": "on average" between the bound and the number
            continue
        break
    return _largest_or_smallest_amount(tokens, i0)


# The largest amount named as the subject ("гранттың ең жоғары сомасы 1 000 000 теңгені құрайды", "the maximum grant
# amount is KZT 3 million"): a bound of what one may get, at most, like "up to" (kk_k06's blind gold). Not Russian
# "Максимальный размер гранта – 1 млн тенге", which ru_10's blind gold and the REPEATS table read as exact: the two
# golds disagree, so Russian keeps its reading. The smallest amount named as the subject ("ең төменгі мөлшері – 40 567
# теңге", "минимальный размер – X", "the minimum amount is X") states that amount itself, exact (kk_aa03's blind
# gold): it is what the least-served get, not a floor the figure stands above; "кемінде X", "не менее X", "at least
# X", "a minimum of X" before the number stay at least.
_LARGEST = re.compile(r"^(максималды|maximum|max)$")
_KK_HIGHEST = frozenset({"жоғары", "көп", "үлкен"})
_AMOUNT_NOUN = re.compile(r"^(сома\w*|мөлшер\w*|amount|sum|size|value)$")


def _largest_or_smallest_amount(tokens: list[Token], i0: int) -> tuple[str | None, int]:
    amount = False
    for k in range(i0 - 1, max(-1, i0 - 7), -1):
        t = tokens[k]
        if t.kind == "num" or t.text in (".", ",", ";", "!", "?"):
            break
        if t.kind != "word":
            continue
        if k == i0 - 1 and t.low in ("from", "с", "со", "от"):
            return None, i0  # "the maximum amount – from 105 to 110%": the first value of a change, no cap
        amount = amount or _AMOUNT_NOUN.match(t.low) is not None
        if not amount:
            continue
        after_en = k > 0 and tokens[k - 1].low == "ең"  # "ең жоғары", "ең төменгі": the highest, the lowest
        if _LARGEST.match(t.low) or (after_en and t.low in _KK_HIGHEST):
            return "at_most", k - 1 if after_en else k
    return None, i0


# A Kazakh milestone in the ablative between the number and its bound: "еріктілер 200 мың межесінен асты" (passed
# the 200,000 milestone: at least), as "200 мыңнан асты".
_KK_MILESTONE_ABLATIVE = frozenset({"межесінен", "шегінен", "белесінен"})


# "-ден бастап" (starting from) before a list of numbers: "500 метрден бастап 7, 14 және 21 шақырым қашықтық" (from
# 500 m to 7, 14 and 21 km: four distances run) names the first item of the list, not a low end of a range (a range
# "8 мыңнан бастап 13 мың теңгеге дейін" goes on to one number, its high end).
_KK_LIST_JOINERS = frozenset({",", "және", "мен", "бен", "пен", "әрі", "немесе"})


def _starts_a_list(tokens: list[Token], k: int) -> bool:
    """Does "бастап" at tokens[k] open a list of two or more numbers joined by commas or "және"?"""
    if tokens[k].low != "бастап":
        return False
    numbers, i = 0, k + 1
    while i < len(tokens) and tokens[i].kind == "num" and not tokens[i].suffix:
        numbers += 1
        if i + 1 < len(tokens) and tokens[i + 1].low in _KK_LIST_JOINERS:
            i += 2
        else:
            break
    return numbers >= 2


# The ending of "about" hyphenated to an abbreviated measure after a number ("10-15 см-дей", "5 км-дей", "20
# га-дай", "3 млн-дай"): no word of its own to carry the ending, so the hyphen joins it.
_KK_ABBREVIATION_ABOUT = re.compile(r"[^\W\d_]{1,5}-(?:дай|дей|тай|тей)")


def qualifier_after(tokens: list[Token], m: NumberMatch, lang: str) -> tuple[str | None, int]:
    """Qualifier after the number: Kazakh endings + астам/жуық/дейін, Russian "с лишним"."""
    j = m.i1
    nxt = tokens[j] if j < len(tokens) else None
    if lang == "kk" and nxt is not None and nxt.low in _KK_MILESTONE_ABLATIVE and j + 1 < len(tokens) and \
            tokens[j + 1].low in KK_AFTER_ABLATIVE:
        return KK_AFTER_ABLATIVE[tokens[j + 1].low], j + 2
    if lang == "kk" and nxt is not None and j >= 2 and tokens[j - 1].text == "." and \
            tokens[j - 2].low in ("млн", "млрд", "трлн") and nxt.low in KK_AFTER_ABLATIVE and nxt.low != "аса":
        # "киік саны 1,9 млн. асты": an abbreviation with its dot takes no ending, the verb of exceeding follows it
        return KK_AFTER_ABLATIVE[nxt.low], j + 1
    if lang == "kk" or m.ending:
        ending = m.ending
        if ending in KK_APPROX_SUFFIXES and not ending.endswith(("ға", "ге")):
            return "approx", j
        if nxt is not None and nxt.kind == "word" and _KK_ABBREVIATION_ABOUT.fullmatch(nxt.low):
            return "approx", j  # "10-15 см-дей" (Latin "sm-deı"), "5 км-дей", "20 га-дай": an abbreviation's "about"
        if nxt is not None and nxt.kind == "word" and (nxt.low in _KK_SLIGHTLY or nxt.low in _KK_EVEN) and \
                j + 1 < len(tokens) and ending.endswith(KK_ABLATIVE) and tokens[j + 1].low in KK_AFTER_ABLATIVE:
            # "100-ден сәл астам": slightly more than 100; "500-ден де асты": more than even 500
            return KK_AFTER_ABLATIVE[tokens[j + 1].low], j + 2
        if nxt is not None and nxt.kind == "word":
            if ending.endswith(KK_ABLATIVE) and nxt.low in KK_AFTER_ABLATIVE:
                if j + 1 < len(tokens) and tokens[j + 1].low == "емес":  # "100-ден кем емес": not less than
                    return {"at_most": "at_least", "at_least": "at_most"}[KK_AFTER_ABLATIVE[nxt.low]], j + 2
                if _starts_a_list(tokens, j):
                    return None, j + 1
                if KK_AFTER_ABLATIVE[nxt.low] == "at_least" and _kk_forbidden_after(tokens, j + 1):
                    return "at_most", j + 1  # "2-ден артық жолаушы алуға болмайды": no more than two may be taken
                return KK_AFTER_ABLATIVE[nxt.low], j + 1
            if ending and ending.endswith(KK_DATIVE) and nxt.low in KK_AFTER_DATIVE:
                return KK_AFTER_DATIVE[nxt.low], j + 1
            if ending and ending.endswith(KK_DATIVE) and nxt.low in ("да", "де") and j + 1 < len(tokens) and \
                    tokens[j + 1].low.startswith("жетпе"):
                return "at_most", j + 2  # "10 мыңға да жетпейді": does not even reach 10,000
            if (not ending or ending.endswith(KK_GENITIVE)) and nxt.low in KK_AFTER_PLAIN and \
                    not _intensifies_an_adjective(tokens, j):
                return KK_AFTER_PLAIN[nxt.low], j + 1
            if ending and ending.endswith(KK_GENITIVE) and nxt.low in _KK_ON_TOP_OF:
                return "at_least", j + 1  # "100 мыңның үстінде шабақ": over 100,000 (on top of), only after -ның
    if nxt is not None and nxt.text == "+" and nxt.start == tokens[j - 1].end:
        return "at_least", j  # "5 000+ волонтеров" (the noun after the sign: loaders/extract/nouns.py)
    if lang == "en" and tokens[j - 1].kind == "num" and tokens[j - 1].suffix == "plus":
        return "at_least", j  # "3,500-plus families", "a 200-plus team": the English "5 000+"
    bound, after = open_bound_after(tokens, j)
    if bound:
        return bound, after
    if nxt is not None and nxt.kind == "word" and j + 1 < len(tokens):
        pair = f"{nxt.low} {tokens[j + 1].low}"
        if pair in QUALIFIERS_AFTER:
            return QUALIFIERS_AFTER[pair], j + 2
    if nxt is not None and nxt.kind == "word" and nxt.low in QUALIFIERS_AFTER:
        return QUALIFIERS_AFTER[nxt.low], j + 1
    return None, j


# Adjectives "аса" (very) intensifies: "10 аса қауіпті ауру" is ten especially dangerous diseases, not over ten
# ("10-нан аса" with its ablative is; a bare "500 аса кәсіпорын" still reads as over 500).
_KK_INTENSIFIED = ("қауіпт", "маңызд", "ірі", "құнд", "ауыр", "қажет", "үлкен", "сирек", "жоғары", "білікті",
                   "күрделі", "қымбат", "жұқпалы", "тиімді", "өткір", "ерекше")


def _intensifies_an_adjective(tokens: list[Token], j: int) -> bool:
    """Is tokens[j] "аса" (very) before an adjective it intensifies, after a bare number?"""
    return tokens[j].low == "аса" and j + 1 < len(tokens) and tokens[j + 1].low.startswith(_KK_INTENSIFIED)


# "On top of" a number in the genitive is over it: "100 мыңның үстінде", "500-дің үстінде" (not "жұмыс үстінде", at
# work, which has no number).
_KK_ON_TOP_OF = frozenset({"үстінде", "үстінен", "үсті"})


# "Slightly" between an ablative and its bound: "4 кг-дан сәл артық", "100-ден сәл астам", "біршама көп".
_KK_SLIGHTLY = frozenset({"сәл", "сәлден", "біршама", "сәлғана"})
# A prohibition closing the clause after "more than N" makes N a ceiling: "екі адамнан артық жолаушы алуға болмайды"
# (more than two passengers may not be taken: at most two), "50 мыңнан асуға тыйым салынады".
_KK_FORBIDDEN = re.compile(r"^(?:болма(?:йды|йтын\w*|сын|уы\s*тиіс)|болмайды|тыйым|рұқсат\s*етілмей\w*)")
_KK_FORBIDDEN_REACH = 4


def _kk_forbidden_after(tokens: list[Token], k: int) -> bool:
    for t in tokens[k:k + _KK_FORBIDDEN_REACH]:
        if t.text in (".", ";", ",") or t.kind == "num":
            return False
        if _KK_FORBIDDEN.match(t.low):
            return True
    return False


# The particle "even" there: "100 бастан да асып кететін жағдайлар бар", "500-ден де асты".
_KK_EVEN = frozenset({"да", "де", "та", "те"})


def _bracket_closed_after(tokens: list[Token], k: int) -> int | None:
    """The index of the ")" that closes a short bracket opening at token k, or of the ")" at k itself."""
    if tokens[k].text == ")":
        return k
    if tokens[k].text != "(":
        return None
    return next((j for j in range(k + 1, min(len(tokens), k + 8)) if tokens[j].text == ")"), None)


def bound_after_measure(tokens: list[Token], nm: NounMatch, qualifier: str) -> tuple[str, NounMatch]:
    """Kazakh: "3 мың тоннадан астам қоқыс": the ending and the bound can follow the measure word too. The
    qualifier and the noun phrase extended over the bound word."""
    head, nxt_word = tokens[nm.np_end - 1].low, tokens[nm.np_end].low
    if head.endswith(KK_ABLATIVE):
        # the amount converted in brackets between the measure and its bound, or the converted amount closing them:
        # "2 АЕК-тен (5 050 теңгеден) аспаған жағдайда": both not more than; the bound is the sentence's, the noun
        # phrase stays the measure's
        close = _bracket_closed_after(tokens, nm.np_end)
        if close is not None and close + 1 < len(tokens) and tokens[close + 1].low in KK_AFTER_ABLATIVE and \
                tokens[close + 1].low != "аса":
            return KK_AFTER_ABLATIVE[tokens[close + 1].low], nm
    if head.endswith(KK_ABLATIVE) and (nxt_word in _KK_SLIGHTLY or nxt_word in _KK_EVEN) and \
            nm.np_end + 1 < len(tokens) and tokens[nm.np_end + 1].low in KK_AFTER_ABLATIVE:
        # "4 кг-дан сәл артық": slightly more than 4 kg; "100 бастан да асып кететін": more than even 100 head
        return KK_AFTER_ABLATIVE[tokens[nm.np_end + 1].low], NounMatch(nm.noun, nm.unit, nm.np_end + 2, nm.modifiers)
    if head.endswith(KK_ABLATIVE) and nxt_word in KK_AFTER_ABLATIVE:
        qualifier = qualifier if _starts_a_list(tokens, nm.np_end) else KK_AFTER_ABLATIVE[nxt_word]
        if qualifier == "at_least" and _kk_forbidden_after(tokens, nm.np_end + 1):
            qualifier = "at_most"  # "екі адамнан артық жолаушы алуға болмайды": no more than two passengers
        negated = nm.np_end + 1 < len(tokens) and tokens[nm.np_end + 1].low == "емес"
        if negated:  # "50 келіден кем емес": not less than 50 kg
            qualifier = {"at_most": "at_least", "at_least": "at_most"}[qualifier]
        nm = NounMatch(nm.noun, nm.unit, nm.np_end + 1 + negated, nm.modifiers)
    elif head.endswith(KK_DATIVE) and nxt_word in KK_AFTER_DATIVE and not _before_school(tokens, nm.np_end - 1):
        qualifier = KK_AFTER_DATIVE[nxt_word]
        nm = NounMatch(nm.noun, nm.unit, nm.np_end + 1, nm.modifiers)
    elif head in _MEASURE_ABBREVIATIONS and nxt_word in KK_AFTER_ABLATIVE and nxt_word != "аса":
        # an abbreviation takes no ending, the verb of exceeding follows it: "жалпы аумағы 215 мың га асады", "50
        # мың га асты", "49 мың га астамы орманмен көмкерілген" (Latin "215 myń ga asady")
        qualifier = KK_AFTER_ABLATIVE[nxt_word]
        nm = NounMatch(nm.noun, nm.unit, nm.np_end + 1, nm.modifiers)
    elif nxt_word in _BARE_MEASURE_BOUNDS:
        # the case ending dropped in writing: "900 келі жуық сүт өнімдері", "5 тонна астам" (Latin "900 keli jýyq")
        qualifier = _BARE_MEASURE_BOUNDS[nxt_word]
        nm = NounMatch(nm.noun, nm.unit, nm.np_end + 1, nm.modifiers)
    return qualifier, nm


# "шамасында" after the measure or the counted noun is about: "он бір миллион теңге шамасында", "500 адам шамасында"
# (Latin "teńge shamasynda"), as "шамамен" before the number is.
_BARE_MEASURE_BOUNDS = {"жуық": "approx", "астам": "at_least", "шамасында": "approx", "шамасы": "approx",
                        "шамалы": "approx",
                        # attributive: "230 млрд. теңге шамасындағы инвестиция" (an investment of about 230 bn)
                        "шамасындағы": "approx"}


_WORDS_BEFORE_A_BOUND = 3
_MEASURE_ABBREVIATIONS = frozenset({"га", "км", "кг", "т", "м", "л", "ga", "km", "kg", "t", "m", "l"})


# What is done "before school" (preschool upbringing, education, age, training): "мектепке дейін тәрбие беретін".
_BEFORE_SCHOOL_WHAT = ("тәрбие", "білім", "жаст", "даярл", "оқыт")


def _before_school(tokens: list[Token], k: int) -> bool:
    """"мектепке дейін тәрбие беретін орындар" (token k "мектепке"): "before school", of preschool upbringing, not
    a bound "up to N schools" ("50 мектепке дейін салынады" is one)."""
    return k + 2 < len(tokens) and tokens[k].low == "мектепке" and tokens[k + 1].low == "дейін" and \
        tokens[k + 2].low.startswith(_BEFORE_SCHOOL_WHAT)

def bound_after_words(tokens: list[Token], start: int) -> str | None:
    """Kazakh: "3 млн шаршы метрге жуық саябақ", "5 мың тонна қоқысқа жуық": the case ending and the bound come
    after one to three words the noun phrase did not take (a measure it does not know, the counted noun after a
    measure). Only words in between, so a
    bound of a later number or clause is never taken. The bound of the number, or None."""
    for k in range(start, min(start + _WORDS_BEFORE_A_BOUND, len(tokens) - 1)):
        word, bound = tokens[k], tokens[k + 1]
        if word.kind != "word" or bound.kind != "word" or word_number(word.low, "kk") is not None:
            return None  # a number word begins a figure of its own: "5 ерікті жүзге жуық ағаш"
        if may_start_fraction(word.low):
            return None  # a share of the number bounds the share: "2 млн теңгенің жартысынан астамы"
        if k > start and tokens[k - 1].low.endswith(KK_GENITIVE):
            # the counted thing owns what follows, and the bound is of that: "1500 үйдің ауласына дейін газ құбыры
            # тартылған" (pipes laid up to the yards of 1,500 houses), no "up to 1,500"
            return None
        if word.low.endswith(KK_ABLATIVE) and bound.low in KK_AFTER_ABLATIVE:
            return None if _starts_a_list(tokens, k + 1) else KK_AFTER_ABLATIVE[bound.low]
        if kk_pre_adjective(word.low, bound.low):
            return None  # "84,6 мың мектепке дейінгі бала": preschool children, not up to 84,600 schools
        if _before_school(tokens, k):
            return None  # "223 мектепке дейін тәрбие беретін орын": places of preschool upbringing, not up to 223
        if word.low.endswith(KK_DATIVE) and bound.low in KK_AFTER_DATIVE:
            if len(word.low) >= 6 and word.low.endswith(("уға", "уге")) and bound.low == "жақын":
                return None  # "қалған екеуінде жұмыстар аяқталуға жақын": near to completion, no bound of the two
            return KK_AFTER_DATIVE[bound.low]
    return None


def bound_on_counter(tokens: list[Token], start: int, np_end: int) -> str | None:
    """Kazakh: "15 000 түптен астам көшет", "2 мың түпке жуық көшет", "200 данадан астам себет": a counter word
    right after the number takes the case ending, the bound word follows it, and the counted noun comes after both
    (the noun phrase ends at np_end). The bound of the number, or None."""
    if start + 2 >= np_end:
        return None
    counter, bound = tokens[start], tokens[start + 1]
    if counter.kind != "word" or bound.kind != "word":
        return None
    if counter.low.endswith(KK_ABLATIVE) and bound.low in KK_AFTER_ABLATIVE:
        return KK_AFTER_ABLATIVE[bound.low]
    if counter.low.endswith(KK_DATIVE) and bound.low in KK_AFTER_DATIVE and \
            not kk_pre_adjective(counter.low, bound.low):
        return KK_AFTER_DATIVE[bound.low]
    return None


CHANGE_VERB_RE = re.compile(r"^(довес|довод|довед|довел|довест|увелич|вырос|выраст|возрос|сократ|сокращ|снизи|снижен|"
                            r"повыс|уменьш|"
                            # "упал до 798 тыс." (fell to): not "упаковка"
                            r"упал[аиоь]?\b|упад[её]т|упадут|"
                            r"расшир|достич|дойт|подня|подним|increas|grow|grew|rose|rise|risen|fell|drop|reduc|expand|"
                            r"rais|boost|decreas|declin|подорожа|подешеве|surg|soar|jump|climb|doubl(?:ed|ing)|tripl(?:ed|ing)|quadrupled|halved|"
                            # the present and future of "возрасти" ("оплата возрастет до 449 тенге"), not the noun
                            # "возраст" (age)
                            r"возраст(?:[её]т|ут|ает|ают)\b|"
                            # the noun of growth or fall ("ожидается рост ВРП до 2,7 триллиона тенге", "снижение
                            # износа до 53%"), not "рост" in a compound ("ростовский")
                            r"рост(?:а|ом)?\b|прирост(?:а|ом)?\b|снижени[еяю]\b|сокращени[еяю]\b|увеличени[еяю]\b|"
                            # "доходило до 208" (reached 208), "доходит до 40": a level reached, not the noun "доход"
                            # (income), whose "до" bounds ("доход до 500 тысяч")
                            r"доход(?:ит|ят|ил[аио]?|ивш|ящ)\w*)")


def _from_to(tokens: list[Token], to_index: int) -> bool:
    """Is there "с/от/from N" shortly before this "до/to"? (Ten tokens back: the first value's scale, unit and
    time may stand between, "с 416 млрд. тенге в 2023 г. до 466 млрд. тенге в 2024 г.")"""
    for k in range(max(0, to_index - 10), to_index):
        if tokens[k].low in ("с", "со", "от", "from") and k + 1 < len(tokens) and tokens[k + 1].kind == "num":
            return True
    return False


# Words that end the clause of a change before an English "up to": what follows is a bound of its own ("grew by 20%,
# and up to 500 more will join").
_CLAUSE_BREAK = frozenset({".", ";", "and", "but", "while", "whereas", "although"})
_UP_TO_WINDOW = 12


def _change_before_up_to(tokens: list[Token], q_i: int) -> bool:
    """English "up to" after an increase is the new level, not a bound ("a 40 per cent increase of the Fund's budget
    for charity - up to 10 billion tenge", "the number grew up to 5,000", "was raised by 40 percent, up to KZT 10
    bn"): a change word within the clause before it, with no other number between them than its "by" amount.
    After the change's own "to", "up to" bounds the new level: "to increase the number of SMEs to up to 100
    thousand", "the fleet will be expanded to up to 300 buses"."""
    if q_i > 0 and tokens[q_i - 1].low == "to":
        return False
    if q_i > 0 and tokens[q_i - 1].text == "," and any(
            tokens[k].low == "by" and tokens[k + 1].kind == "num" for k in range(max(0, q_i - 5), q_i - 2)):
        return True  # "in Atyrau - by 20 tenge, up to 95 tenge": a change by an amount, its verb told once before
    for k in range(q_i - 1, max(-1, q_i - 1 - _UP_TO_WINDOW), -1):
        t = tokens[k]
        if t.low in _CLAUSE_BREAK:
            return False
        if t.kind == "num" and k > 0 and (tokens[k - 1].low == "from" or (
                tokens[k - 1].low == "in" and re.fullmatch(r"(?:19|20)\d\d", t.text))):
            continue  # "growth in housing construction from 284,400 sq m in 2018 up to 277,400": the change's start
            # and its year are no other number (a change word must still come before them: "range from 100 up to")
        if t.kind == "num" and k > 2 and tokens[k - 1].text in ("-", "–") and tokens[k - 2].kind == "num" and \
                tokens[k - 3].low == "by":
            continue  # "went up by 1-7 tenge, up to 87": the change's own amount told as a range
        if t.kind == "num" and not (k > 0 and tokens[k - 1].low == "by") and not (
                k + 1 < len(tokens) and tokens[k + 1].low in ("percent", "%", "per", "pc", "p.c")):
            # (the change's own amount is no other number: "the increase … is 24 percent up to KZT98bn")
            return False
        if CHANGE_VERB_RE.match(t.low):
            return True
        if t.low == "brought" and k > 0 and tokens[k - 1].low in ("was", "were", "been", "is", "are", "be"):
            return True  # "the share … was brought up to 34%": raised to (not "volunteers brought up to 300 kg")
        if t.low in ("bring", "brings", "bringing") and k + 1 < q_i and tokens[k + 1].kind == "word":
            return True  # "plans to … bring meat production up to 93,000 tonnes": raise a level to (a thing between)
        if t.low == "up" and k > 0 and tokens[k - 1].low in ("went", "gone", "go", "goes", "going"):
            return True  # "In Aktobe, it went up by 1-7 tenge, up to 87 tenge per loaf": the new level
    return False


def ends_a_change(tokens: list[Token], q_i: int) -> bool:
    """Is the "до/to" at q_i the end of a change ("с 50 до 300 тыс.", "довести до 500 тысяч", "increased up to
    5,000"), not a bound?"""
    if tokens[q_i].low == "up" and q_i + 1 < len(tokens) and tokens[q_i + 1].low == "to":
        return _change_before_up_to(tokens, q_i)
    if tokens[q_i].low not in ("до", "to"):
        return False
    if _from_to(tokens, q_i) or any(CHANGE_VERB_RE.match(t.low) for t in tokens[max(0, q_i - 8): q_i]):
        return True
    # (the thing changed may take more words, a participle's clause among them: "позволит увеличить охват граждан,
    # занимающихся физической культурой и спортом до 45%"), with no other number nor a new clause between
    for k in range(q_i - 9, max(-1, q_i - 1 - _LONG_CHANGE_WINDOW), -1):
        t = tokens[k]
        if t.kind == "num" or t.text in (".", ";", ":") or t.low in ("а", "но", "while", "but"):
            break
        if CHANGE_VERB_RE.match(t.low) and not any(x.kind == "num" or x.text in (".", ";", ":")
                                                   for x in tokens[k + 1:q_i]):
            return True
    # the verb left out after a dash in a parallel clause ("с симптомами пневмонии доходило до 208, а с симптомами
    # ОРВИ — до 234"): the "до" of the clause before ends a change, so does this one
    if q_i > 0 and tokens[q_i - 1].text in _DASHES:
        for k in range(q_i - 2, max(-1, q_i - _PARALLEL_WINDOW), -1):
            if tokens[k].text == ";" or (tokens[k].text == "." and not (k > 0 and tokens[k - 1].low in _SCALE_ABBR)):
                return False  # (the dot of "тыс." ends no sentence)
            if tokens[k].low == tokens[q_i].low and k + 1 < len(tokens) and tokens[k + 1].kind == "num":
                return ends_a_change(tokens, k)
            if (CHANGE_VERB_RE.match(tokens[k].low) or tokens[k].low.startswith(("достиг", "reach"))) and \
                    k + 1 < len(tokens) and tokens[k + 1].kind == "num" and any(
                        re.fullmatch(r"(?:19|20)\d\d", t.text) for t in tokens[k + 2:q_i]):
                # (only a parallel of another time: "…, а на отдельных полях — до 60 центнеров" is a bound of a
                # part, up to 60, after "урожайность достигла 16,1 центнера")
                # "к 2030 году достигнет 93 тыс. человек, а к 2040 году – до 136 тыс.": the verb told the level the
                # clause before came to, with no "до"; the parallel one's "до" ends the same change
                return True
    return False


_SCALE_ABBR = frozenset({"тыс", "млн", "млрд", "трлн", "th", "mln", "bn"})
_LONG_CHANGE_WINDOW = 16


_DASHES = frozenset({"—", "–", "-"})
_PARALLEL_WINDOW = 14


# Kazakh verbs of a change after "-ге дейін": "5 мыңға дейін өсті" (grew to 5,000), "10 млрд теңгеге дейін жетті"
# (reached 10 bn), "2 пайызға дейін төмендеді": the end of the change, exact, as Russian "выросло до".
# (and prices: "341 теңгеге дейін қымбаттаған", "арзандады": rose, fell to)
_KK_CHANGE_AFTER_UNTIL = re.compile(r"^(?:өс|арт|ұлғай|көбей|жет|жеткіз|кеми|азай|төменде|қысқар|көтеріл|қымбатта|"
                                    r"арзанда|жоғарыла|ұлға)")


def kk_until_a_change(tokens: list[Token], after_bound: int) -> bool:
    """Is the Kazakh "дейін" just before token `after_bound` the end of a change rather than a bound?"""
    if 0 < after_bound <= len(tokens) and tokens[after_bound - 1].low == "дейін" and \
            _kk_level_after_its_change(tokens, after_bound - 1):
        return True
    return (0 < after_bound < len(tokens) and tokens[after_bound - 1].low == "дейін"
            and _KK_CHANGE_AFTER_UNTIL.match(tokens[after_bound].low) is not None
            and not _kk_cut_of_a_price(tokens, after_bound - 1)
            and not _kk_change_that_may_come(tokens, after_bound))


# A change told by its size and then, after "немесе" (or), the level it came to: "32,8% немесе 2,7 мыңға дейін"
# (by 32.8%, or to 2.7 thousand) after "ең көп өсуі", "2,2 есе немесе 4,6 мыңға дейін азайды": in a sentence of a
# change the level is its end, exact, whatever verb follows or none ("бағасы 10% немесе 500 теңгеге дейін", no change
# told, stays a bound).
_KK_CHANGE_SIZE = frozenset({"%", "пайыз", "пайызға", "есе", "процент", "процентке"})


def _kk_level_after_its_change(tokens: list[Token], until: int) -> bool:
    """Is the "дейін" at token `until` closing "<a change's size> немесе <a level>-ға дейін"?"""
    for j in range(until - 1, max(-1, until - 5), -1):
        if tokens[j].low == "немесе":
            return j >= 2 and tokens[j - 1].low in _KK_CHANGE_SIZE and tokens[j - 2].kind == "num" and any(
                _KK_CHANGE_AFTER_UNTIL.match(t.low) for t in tokens)  # (a change told: "өсуі", "азайды")
        if tokens[j].kind not in ("num", "word"):
            return False
    return False


# A change told as a possibility ("200 миллиард теңгеге дейін жетуі мүмкін", "5 мыңға дейін өсуі ықтимал", Latin
# "deıin jetýi múmkin": may reach / may grow to as much as): a forecast of how far it may go, so "дейін" is a bound
# ("up to"), not the end of a change that happened ("жетті", "өсті" stay exact).
_KK_MAY = frozenset({"мүмкін", "ықтимал"})


def _kk_change_that_may_come(tokens: list[Token], verb: int) -> bool:
    """Is the verb at token `verb` followed by "мүмкін / ықтимал" (may)?"""
    return verb + 1 < len(tokens) and tokens[verb + 1].low in _KK_MAY


# A price, a cost or a fee ("бағасын", "құнын", "тарифті", "ақысын"): it is not measured in per cent, so a per cent of
# its change is by how much it changes ("азық-түлік бағасын 10 пайызға дейін төмендету": to cut food prices by up to
# 10 per cent), and "дейін" bounds that amount; a share or a rate falls to a level ("2 пайызға дейін төмендеді").
_KK_PRICE_WORD = re.compile(r"^(?:баға\w*|құн(?:ы|ын|ына|ды)?|тариф\w*|ақы(?:сы|сын|ны)?)$")


def _kk_cut_of_a_price(tokens: list[Token], until: int) -> bool:
    """"бағасын 10 пайызға дейін төмендетіп": a per cent before "дейін" (token `until`) with a price before it."""
    if until < 3:
        return False
    unit = tokens[until - 1]
    if unit.low.startswith(("пайыз", "процент")):
        num = until - 2
    elif unit.low in ("ға", "ге") and tokens[until - 2].text == "-" and tokens[until - 3].text == "%":
        num = until - 4  # "10%-ға дейін"
    else:
        return False
    return num > 0 and any(_KK_PRICE_WORD.match(t.low) for t in tokens[max(0, num - 4): num])


# A lower bound whose verb is negated says the quantity stays below it: "баранина выше трёх тысяч тенге не
# поднимется", "цена не поднимется выше 3000 тенге", "prices will not rise above 3,000 tenge", "бағасы 3000 теңгеден
# жоғары көтерілмейді" (won't rise above 3,000). Only a comparative bound ("выше / более / свыше / больше / above /
# over / more than / жоғары / артық"), never "не менее / at least / кемінде", which bounds from below whatever the
# verb; "не более / не выше" are read as at_most by the words themselves.
_COMPARATIVE_BOUNDS = frozenset({"выше", "более", "свыше", "больше", "above", "over", "more", "higher", "жоғары",
                                 "артық"})
_KK_NEGATIVE_VERB = re.compile(r"(?:көтеріл|өс|арт|асы|ас|қымбатта|жоғарыла)(?:ма|ме|ба|бе|па|пе)"
                               r"(?:йды|йді|йтын|йтін|ған|ген|с|сын|сін)$")
# (the negated verb is one of rising: "more than 300 volunteers did not come" is at least 300 who did not)
_RISE_VERB = re.compile(r"^(?:подним|подня|вырас|вырос|превыс|подорож|повыс|увелич|будет|станет|rise|rose|risen|go|"
                        r"climb|exceed|increase|grow|be)")


# What ends the clause of a Russian price "от N тенге" before its "до" could come.
_CLAUSE_ENDS = frozenset({".", ";", "!", "?"})


def price_from_lower_bound(tokens: list[Token], first: int, end: int, lang: str) -> bool:
    """Is the figure at tokens[first:end] a Russian price told from its low end, "от 90 тенге", "можно купить от 950
    тенге", "стоимостью от 5 тыс. тенге в сутки" (at least: the price starts there), with no "до" of a range after
    it in the clause ("от 90 до 120 тенге" is a range, read in loaders/extract/ranges.py)? The caller checks the
    unit is money: "помощь от 90 организаций" names who gave, no bound."""
    if lang != "ru" or first == 0 or tokens[first - 1].low != "от":
        return False
    for k in range(end, min(len(tokens), end + 8)):
        if tokens[k].text in _CLAUSE_ENDS:
            break
        if tokens[k].low in ("до", "по"):
            return False
    return True


def negated_lower_bound(tokens: list[Token], first: int, end: int, lang: str) -> bool:
    """Is the lower bound of the figure spanning tokens [first, end) negated by its clause's verb (see above)?"""
    words = {t.low for t in tokens[first:end]} | {t.low for t in tokens[max(0, first - 1):first]}
    if lang == "kk":
        if "жоғары" not in words and "артық" not in {t.low for t in tokens[end:end + 1]} and \
                not (end < len(tokens) and tokens[end].low in ("жоғары", "артық")):
            return False
        after = tokens[end:end + 3]
        return any(t.kind == "word" and _KK_NEGATIVE_VERB.match(t.low) for t in after)
    if not words & _COMPARATIVE_BOUNDS:
        return False
    if first > 0 and tokens[first - 1].low in _DENIAL:
        return False  # "не более / not more than": the words say it (and "not above" alike)
    before = tokens[max(0, first - 4):first]
    if any(t.low in _DENIAL or t.low.endswith("n't") for t in before) and \
            any(_RISE_VERB.match(t.low) for t in before) and \
            not any(t.kind == "num" or t.text in (",", ";", ".") for t in before):
        return True  # "не поднимется выше 3000", "will not rise above 3,000"
    after = tokens[end:end + 2]
    return lang == "ru" and len(after) == 2 and after[0].low == "не" and _RISE_VERB.match(after[1].low) is not None

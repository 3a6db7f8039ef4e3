"""Tokens and clauses of a sentence: where numbers (with a hyphenated suffix: "500-ден"), words, dates, clock
times, phone numbers and ranges of years are, and where a sentence splits into clauses ("…, а …", "; ",
"compared with")."""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN_RE = re.compile(
    r"(?P<date>\d{1,2}[./]\d{1,2}[./]\d{2,4}(?![\d])|\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})"
    r"|(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
    r"|(?P<phone>(?:\+7|(?<!\d)8)[ -]?\(\d{3,5}\)[ -]?\d{1,3}(?:[ -]?\d{2}){2}|\+\s?\d[\d ()-]{8,}\d"
    # a local number "55-77-10" (also after a space: "по телефону 55-77-10"; not the tail of "8 777 12-34-56")
    r"|(?<!\d)8[ -]?\d{3}[ -]\d{3}[ -]\d{2}[ -]\d{2}|(?<![\d-])(?<!\d )\d{2,3}-\d{2}-\d{2}(?![\d-])"
    # a North American number, its area code in brackets or hyphenated: "(800) 424-8580", "202-692-1470"
    r"|\(\d{3}\)[ -]?\d{3}-\d{4}(?!\d)|(?<![\d-])\d{3}-\d{3}-\d{4}(?![\d-])"
    r"|(?<!\d)\d{4}(?:[ -]\d{4}){3}(?!\d)"  # a bank card: "4400 4302 1234 5678"
    r"|(?<![^\W_])KZ\d{2}(?: ?[0-9A-Z]{4}){4}(?![^\W_]))"  # an account (IBAN): "KZ12 345A 6789 0000 1234"
    # (also with the later year cut to its last two digits, the dash unspaced: "the war of 1941-45", "in 2020–21";
    # "in 2021 – 51 projects" is a year and a count)
    r"|(?P<yrange>(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2}|[-–—]\d{2}(?![\d.,]?\d))(?!\d))"
    # (thousands set off by dots, "1.500.000 tenge", are one number: no decimal has two dots)
    r"|(?P<num>\d{1,3}(?:\.\d{3}){2,}(?!\d|\.\d)|"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+|,\d{1,2}(?![\d,]))?(?![\d])|\d{1,3}(?: \d{3})+(?:[,.]\d+)?(?![\d])|\d+(?:[.,]\d+)?)"
    # (not "to" between two numbers: "4,000-to-5,000 people" is a range written with hyphens, not an ending)
    r"(?:-(?P<suf>(?!to-\d)[^\W\d_]+)"
    # A Kazakh case ending set off by a spaced dash belongs to the number all the same: "100 – ге жуық", "500 - ден
    # астам", "50 – дей" (a copy's typography). Only endings that are no word of their own ("а", "ай" are words).
    r"|\s*[-–—]\s+(?P<kksuf>дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|нға|нге|дай|дей|тай|тей|шақты)(?![^\W\d_])"
    # The ablative set off by a space alone, where the copy lost its hyphen ("14 544 тен 222 473 теңгеге дейін", "500
    # ден астам"): only before the range's other number or a word of a bound, as the bare syllable may be a word.
    r"|\s+(?P<kksp>дан|ден|тан|тен|нан|нен)(?=\s+(?:\d|астам|аса|артық)))?"
    # A square or cubic measure written with its power as a digit is one word, not a measure and a number: "850
    # тыс. м3 воды", "900 м3/сек", "500 m3", "20 км2" (else the "3" reads as a count after the measure).
    # "4,000-to-5,000 people": the hyphenated "to" of a range is one joiner "to" (a lone "-" before the second
    # number would read it as a minus, a glued "to" as a name)
    r"|(?P<hto>(?<=\d)-to-(?=\d))"
    r"|(?P<word>(?<![^\W\d_])(?:м|m|км|km|см|cm|дм|dm)[23](?![^\W_])"
    r"|[^\W\d_]+(?:[-'’][^\W\d_]+)*)"
    r"|(?P<punct>\S)"
)
QUOTE_CHARS = set("«»“”„\"'")


@dataclass(slots=True)  # slots: a sentence makes dozens of tokens, and every rule reads their fields
class Token:
    kind: str  # num, word, punct, date, time, phone, yrange
    text: str
    low: str
    start: int  # offset in the sentence
    end: int
    suffix: str = ""  # text after a hyphen on a number: "500-ден" → "ден"


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    append = out.append
    for m in TOKEN_RE.finditer(text):
        # The last group that closed names the kind: "suf" closes after "num" on a number with a suffix.
        kind = m.lastgroup
        start, end = m.span()
        if kind in ("num", "suf", "kksuf", "kksp"):  # a number, with its suffix: "500-ден", "100 – ге", "500 ден"
            num = m.group("num")
            append(Token("num", num, num, start, end,
                         (m.group("suf") or m.group("kksuf") or m.group("kksp") or "").lower()))
            continue
        if kind == "hto":
            append(Token("punct", "to", "to", start, end))  # a joiner like a dash, no word glued to a number
            continue
        whole = m.group(0)
        if whole == "Т" and end < len(text) and text[end].isdigit() and (start == 0 or not text[start - 1].isalnum()):
            # "На более чем Т159 млн": a capital Т glued to the amount is the tenge sign, as business media write it
            append(Token("punct", "₸", "₸", start, end))
            continue
        # only a hyphenated word can be a range of number words or a scale glued to its unit (it holds a "-")
        if kind == "word" and "-" in whole and _split_hyphenated(whole, start, append):
            continue
        append(Token(kind or "punct", whole, whole.lower(), start, end))
    return out


# Two Kazakh number words joined by a hyphen are a range ("үш-төрт итті" three or four dogs, "бес-алты ерікті"),
# read like "үш - төрт": split into number, dash, number. Not "бір-бірі" (each other), nor a word after a number.
_KK_NUMBER_STEM = (r"(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу|алпыс|жетпіс|сексен|"
                   r"тоқсан|жүз)")
_KK_WORD_RANGE_RE = re.compile(rf"({_KK_NUMBER_STEM})-({_KK_NUMBER_STEM}[^\W\d_]*)", re.I)
# Russian and English ranges in words, written with a hyphen: "три-четыре", "пять-шесть тонн", "двух-трех", "two-three".
_RU_EN_NUMBER = (r"(?:два|две|двух|три|трех|трёх|четыре|четырех|четырёх|пять|пяти|шесть|шести|семь|семи|восемь|"
                 r"восьми|девять|девяти|десять|десяти|двадцать|двадцати|тридцать|тридцати|сорок|сорока|пятьдесят|"
                 r"пятидесяти|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
                 # the other cases and the collectives: "с двумя-тремя пакетами", "двум-трем семьям", "двое-трое детей"
                 r"двумя|двум|тремя|трем|трём|четырьмя|четырем|четырём|пятью|шестью|семью|восемью|десятью|"
                 r"двое|трое|четверо|пятеро|шестеро|семеро)")
_RU_EN_WORD_RANGE_RE = re.compile(rf"({_RU_EN_NUMBER})-({_RU_EN_NUMBER})", re.I)
_EN_COMPOUND = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|"
                          r"seven|eight|nine)", re.I)


# An English scale joined to its unit as one adjective ("the 195 thousand-hectare area", "a 5 million-tenge fund",
# "a $25 million-dollar project"): the scale and the unit, read as "195 thousand hectares".
_EN_SCALE_COMPOUND_RE = re.compile(r"(thousand|million|billion)-([^\W\d_]+)", re.I)


def _split_hyphenated(whole: str, start: int, append) -> bool:
    scale = _EN_SCALE_COMPOUND_RE.fullmatch(whole)
    if scale is not None:
        first, second = scale.group(1), scale.group(2)
        append(Token("word", first, first.lower(), start, start + len(first)))
        append(Token("word", second, second.lower(), start + len(first) + 1, start + len(whole)))
        return True
    m = _KK_WORD_RANGE_RE.fullmatch(whole) or _RU_EN_WORD_RANGE_RE.fullmatch(whole)
    if m is not None and _EN_COMPOUND.fullmatch(whole):
        return False  # "twenty-five": one number, not a range
    if m is None or m.group(2).lower().startswith("бір") or m.group(1).lower() == m.group(2).lower()[:len(m.group(1))]:
        return False  # "бір-біріне" (each other), "екі-екіден" (two by two)
    first, second = m.group(1), m.group(2)
    append(Token("word", first, first.lower(), start, start + len(first)))
    append(Token("punct", "-", "-", start + len(first), start + len(first) + 1))
    append(Token("word", second, second.lower(), start + len(first) + 1, start + len(whole)))
    return True


CLAUSE_SPLIT_RE = re.compile(
    r",\s+(?:то|а|ал|но|тогда как|в то время как|whereas|while|but)\s+|;\s+|\s+тогда как\s+|\bболса,\s*"
    # any Kazakh verb in the conditional of contrast closes its clause, as "болса" does: "2020 жылы … олардың 66%-ы
    # ғана жойылса, 2024 жылы көрсеткіш жақсарған"
    r"|(?<=[^\W\d_]{4}са),\s+|(?<=[^\W\d_]{4}се),\s+"
    r"|,?\s+(?:up|down)\s+from\s+|,?\s+compared\s+(?:with|to)\s+|\s+против\s+(?=\d)"
    # (not "против 13 заболеваний", against 13 diseases: no comparison)
    r"(?![\d\s,.]*(?:тыс\w*\.?\s+|млн\.?\s+)?(?:[а-яё]+\s+)?(?:заболеван|болезн|инфекц|вирус))|,?\s+по сравнению с\s+"
    # a plan joined to a deed by "and" opens a clause of its own, whose time is not the deed's: "113 facilities
    # completed in 2024 and plans to build 353 more clinics by year-end", "построено 113 объектов в 2024 году и
    # планируется построить еще 353"
    r"|\s+and\s+(?:plans?|aims?|intends?)\s+to\s+|\s+и\s+(?:планиру\w+|намерен[аоы]?)\s+",
    re.I,
)


def clauses(text: str) -> list[tuple[int, int]]:
    bounds = [0]
    for m in CLAUSE_SPLIT_RE.finditer(text):
        bounds.append(m.start() + (len(m.group(0)) if m.group(0).lower().startswith("болса") else 1))
    bounds.append(len(text))
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]

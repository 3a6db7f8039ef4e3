"""Named years: the years a sentence names by what it speaks of rather than by a date. A national theme year
("в Год волонтера" = 2020), an anniversary ("30-летие Независимости" = 2021), an event or a project named with its
year ("«Qurban-2020» жобасы аясында … үлестірілді"), a school year ("2023-2024 оқу жылы"), a count from the start of
a year ("с начала 2023 года"); with the words of a relative year ("в прошлом году", "биыл", "this year", "now") and
the tests of a sentence about the future or of a plan's span that keep such years from dating a text.
dating.py reads these to find the year an undated article is of."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from loaders import clock
from loaders.caseless import Caseless
from loaders.extract.anchors import any_word_of
from loaders.extract.anchors import phrase_alternatives as _alts
from loaders.extract.patterns import WORD_END as _E
from loaders.extract.patterns import WORD_START as _W
from loaders.extract.tense import has_planned_word, is_past_report
from loaders.lexicon import (
    REL_LAST_YEAR,
    REL_NOW,
    REL_THIS_YEAR,
    THEME_NOT_AFTER,
    THEME_YEARS,
)
from loaders.text import (
    sentence_language,
)

LAST_YEAR_RE = re.compile(_W + _alts(REL_LAST_YEAR) + _E, re.I)
THIS_YEAR_RE = re.compile(_W + _alts(REL_THIS_YEAR) + _E, re.I)
NOW_RE = re.compile(_W + _alts(REL_NOW) + _E, re.I)
# Substring tests a sentence passes before the searches above (one of their words is in every match of them).
MAY_SAY_LAST_YEAR = any_word_of(REL_LAST_YEAR)
MAY_SAY_THIS_YEAR = any_word_of(REL_THIS_YEAR)
# A sentence about what is to come names years that have not been yet ("к 2030 году", "will be built by 2027").
_FUTURE_WORDS = re.compile(r"\bwill\b|\bby\s+(?:19|20)\d{2}|пройдет|пройдёт|состоится|будет|будут|\bк\s+(?:19|20)\d{2}|"
                           r"\bдо\s+(?:19|20)\d{2}|өтеді|өтпек|болады|"
                           # the Russian perfective future of beginning and ending ("строительство остальных школ
                           # начнется в 2023-2025 годах", "завершится"), which no ending tells from the present of other
                           # verbs (a plan's "появится в 2020 году" is left to the year's own reading)
                           r"\bначн(?:[её]тся|утся|[её]т|ут)\b|\bзаверш(?:ится|атся)\b|"
                           # (and of building and handing over: "В 2018 году в Петропавловске построят 15 жилых домов")
                           r"\bпостроят\b|\bвведут\b|\bсдадут\b|"
                           # a target "by 2030" and a "must be" ("2030-шы жылға қарай … 37 млн шаршы метр болуы керек")
                           r"жылға\s+қарай|болуы\s+(?:керек|тиіс)|"
                           # (not a change reached: "2023 жылы бұл көрсеткіш 4 141 басқа дейін азайған", fell to)
                           r"дейін(?!\s+(?:азай|өс|арт|төменде|қысқар|көбей|ұлғай|кеми|жет)\w*(?:ған|ген|қан|кен|ды|ді|ты|ті)\b)|"
                           # the Kazakh future of intent and of "we shall": "отырғызылмақ", "жұмсалмақ", "бөлінбек",
                           # "отырғызатын боламыз" (not "салмақ", a weight: three letters before the ending at least)
                           r"\w{3,}(?:лмақ|лмек|нбақ|нбек)\b|\bболамыз\b|\bболмақ\b|"
                           # a need or a cost foreseen ("в 2023 году потребуется 195,8 млн тенге", "понадобится",
                           # "предстоит высадить", "is needed in 2025" is not: a present need may be of any year)
                           r"потребу(?:ется|ются)|понадоб(?:ится|ятся)|предстоит|қажет\s+болады|"
                           # a bid for an event to come ("the city's chances of hosting the 2022 Winter Olympics",
                           # "bid to host the 2030 Games", "заявка на проведение Олимпиады 2022"): its year is ahead
                           r"\bchances?\s+of\s+hosting\b|\bbid(?:s|ding)?\s+(?:to\s+host|for)\b|"
                           # an obligation ahead ("at least 5 thousand objects must be adapted annually")
                           r"\bmust\s+be\b|\bshall\s+be\b|\bare\s+to\s+be\b|\bis\s+to\s+be\b|"
                           # the things still to be done ("the projects to be implemented in 2015", "schools to be
                           # built in 2019", the headline's "500 additional sensors … to be installed in 2023"): an
                           # infinitive of a deed ahead, any passive participle (not "found / reported / said to be
                           # damaged", what was seen)
                           r"\b(?<!used )(?<!seems )(?<!seem )(?<!appears )(?<!happened )(?<!found )(?<!reported )"
                           r"(?<!said )(?<!known )(?<!believed )(?<!considered )(?<!proved )(?<!proven )(?<!shown )"
                           r"(?<!out )to\s+be\s+(?:[a-z]{2,}(?:ed|en|lt|wn|ght)|carried\s+out|"
                           r"put\s+into\s+operation)\b|"
                           # a completion date ahead ("Restoration … with a completion date of Q2 2023 continues",
                           # "with completion by the end of 2023", "со сроком завершения в 2023 году", "аяқталу мерзімі
                           # 2023 жыл")
                           # (not a completion told done: "after completion in the Kostanay region in 2016")
                           r"\bcompletion\s+date\s+(?:of|is|set|in)\b|\bcompletion\s+by\b|\bwith\s+(?:a\s+)?completion\b|"
                           r"срок\w*\s+(?:завершения|окончания|сдачи|ввода)|аяқталу\s+мерзім\w*|"
                           # a deadline ("the Program for the Development of Regions until 2020") and a target met
                           # before its year ("the indicator for 2020 is overfulfilled ahead of schedule")
                           r"\buntil\s+(?:19|20)\d{2}\b|ahead\s+of\s+schedule|досрочно|мерзімінен\s+бұрын|"
                           r"заявк\w*\s+на\s+проведение|претенду\w*\s+на\s+проведение", re.I)
# "году" left out in the second of two parallel clauses ("в прошлом году … 20 тысяч, в текущем – семь тысяч"):
# the text also speaks of this year (as periods.py reads the same clause as year to date).
THIS_YEAR_ELIDED = re.compile(_W + r"в\s+(?:текущем|этом|нынешнем)(?=\s*(?:[—–]|-\s))", re.I)
THIS_YEAR_ELIDED = Caseless(THIS_YEAR_ELIDED)  # loaders/caseless.py
# The span of a plan, a programme or a roadmap ("Дорожная карта … на 2024-2026 годы", "2024-2026 жылдарға
# арналған бағдарлама", "the plan for 2024-2026"): a text that names it is written within it or just before it,
# not at its end; only its first year dates an undated text.
# (English "for 2020-2022" is as often the span of results told: only after a word of a plan.)
_PLAN_SPAN_BEFORE = re.compile(r"\bна\s*$|(?:plan|programme|program|roadmap|road map|strategy|budget)\w*\s+for"
                               r"(?:\s+the)?(?:\s+years)?\s*$", re.I)
# The draft budget of a span ("the budget project for the metropolis for 2025-2027", "проект бюджета на 2025-2027
# годы", "2025-2027 жылдарға арналған бюджет жобасы"): drafted and debated the year before its first one.
_DRAFT_BUDGET_SPAN = re.compile(r"\bbudget\s+(?:project|draft|bill)(?:\s+for\s+the\s+[a-z]+)?\s+for(?:\s+the)?"
                                r"(?:\s+years)?\s*$|\bdraft\s+budget(?:\s+for\s+the\s+[a-z]+)?\s+for(?:\s+the)?(?:\s+years)?\s*$|"
                                r"проект\w*\s+(?:[а-яё]+\s+)?бюджета(?:\s+[а-яё]+){0,2}\s+на\s*$", re.I)
_DRAFT_BUDGET_SPAN_KK = re.compile(r"(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}\s*(?:-?\s*жылдар\w*\s+)?арналған\s+"
                                   r"(?:[^\W\d_]+\s+){0,2}?бюджет\w*\s+жобас", re.I)


def is_draft_budget_span(low: str, anchor: Any) -> bool:
    """Is the range of years the span of a draft budget (see above)?"""
    itself = low[anchor.start:anchor.end]
    head = low[max(0, anchor.start - 60):anchor.start] + ("for" if itself.startswith("for ") else "")
    return _DRAFT_BUDGET_SPAN.search(head) is not None or \
        _DRAFT_BUDGET_SPAN_KK.match(low, anchor.start, anchor.end + 60) is not None
_PLAN_SPAN_KK = re.compile(r"(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}\s*(?:-?\s*жылдар\w*\s+)?арналған", re.I)


YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_THEMES = [(re.compile(pattern), year) for pattern, year in THEME_YEARS]
_THEMES_ANY_CASE = [(re.compile(pattern, re.I), year) for pattern, year in THEME_YEARS]
_THEME_DECLARED = re.compile(r"объявлен\w*|жарияланған|жарияланды|declared", re.I)
THEME_DECLARED_PAST = re.compile(r"объявленн\w*|объявлен[аоы]?(?!\w)|жарияланған|жарияланды|"
                                  r"(?:was|were|been|is|has\s+been)\s+declared|"
                                  # a plan of the theme year told as made ("«Балалар жылында» … 101 автобус
                                  # бөлу жоспарланған еді", "было запланировано", "was planned"): the year is told
                                  r"жоспарланған\s+еді|жоспарланды|было\s+запланировано|планировалось|"
                                  r"(?:was|were|had\s+been)\s+planned", re.I)
_THEME_NOT_AFTER = re.compile(THEME_NOT_AFTER, re.I)


# A theme declared for the year to come ("to declare the upcoming year as the Year of Volunteer", "объявить
# следующий год Годом волонтера", "келесі жылды Волонтерлер жылы деп жариялау"): the text is of the year before it.
_THEME_AHEAD = re.compile(r"(?:upcoming|next|coming|following)\s+year|следующ\w+\s+год\w*|наступающ\w+\s+год\w*|"
                          r"предстоящ\w+\s+год\w*|келесі\s+жыл\w*|алдағы\s+жыл\w*", re.I)


def theme_years(text: str) -> list[int]:
    """The national theme years a sentence names ("It is during the Year of Volunteer that …", "в Год волонтера",
    "Биыл Волонтер жылы аясында" = 2020; the Year of Youth 2019, of Children 2022), the year before when the theme is
    declared for the year to come. `text` keeps its capitals: a theme is a name. A UN year ("International Year of
    Volunteers") is not the country's theme."""
    found = [year - 1 if _THEME_AHEAD.search(text[max(0, m.start() - 40):m.start()]) else year
             for theme, year in _THEMES for m in theme.finditer(text)
             if not _THEME_NOT_AFTER.search(text[max(0, m.start() - 20):m.start()])]
    if not found and _THEME_DECLARED.search(text):
        # written in lower case after the word of its declaring: "В год, объявленным главой государства годом детей"
        found = [year for theme, year in _THEMES_ANY_CASE for m in theme.finditer(text)
                 if _THEME_DECLARED.search(text[max(0, m.start() - 50):m.start()])
                 and not _THEME_NOT_AFTER.search(text[max(0, m.start() - 20):m.start()])]
    return found

# Anniversaries a text celebrates name its year: "Тәуелсіздіктің 30 жылдығы" = 1991 + 30 = 2021, "75-летие Победы"
# = 1945 + 75. A text without a date that runs its campaign "in the frame of" such an anniversary ("Биыл …
# Тәуелсіздіктің 30 жылдығы аясында", "в год 30-летия Независимости", "the 30th anniversary of Independence") was
# written in that year. Names of parks, streets and medals ("Тәуелсіздіктің 25 жылдығы атындағы саябақ", "имени
# 25-летия", "medal of the 20th anniversary") are not the year of the text.
# The capital's anniversaries count from 1998, the year Astana was presented as the capital ("Астананың 20
# жылдығына орай" = 2018, "к 25-летию столицы" = 2023, "Astana's 20th anniversary").
_ANNIVERSARY_BASE = {"independence": 1991, "victory": 1945, "capital": 1998}
_ANNIVERSARY_WORDS = {"отыз": 30, "жиырма бес": 25, "жиырма": 20, "он": 10, "отыз бес": 35, "тридцати": 30,
                      "двадцатипяти": 25, "двадцати": 20, "десяти": 10, "тридцатипяти": 35, "thirtieth": 30,
                      "twenty-fifth": 25, "twentieth": 20, "tenth": 10, "thirty-fifth": 35}
_ANNIV_NUMBER = r"(?<![\w-])(\d{1,2}|" + "|".join(sorted(_ANNIVERSARY_WORDS, key=len, reverse=True)) + r")"
_ANNIVERSARY_RE = [
    # Kazakh: "Тәуелсіздіктің / Тәуелсіздігінің / Жеңістің 30 жылдығы"
    # ("Жеңістің 75 жылдық мерекесі": the 75th anniversary's celebration)
    (re.compile(r"(тәуелсіздікт\w*|тәуелсіздігі\w*|жеңіст\w*|ұлы жеңіст\w*)\s+" + _ANNIV_NUMBER +
                r"\s*(?:-?\s*)?(?:жылдығ\w*|жылдық\s+(?:мереке|той|мерейтой)\w*)(?!\s+атында)", re.I), 1, 2),
    # Russian: "30-летие / 30-летия Независимости", "тридцатилетие Победы", "30 лет Независимости"
    (re.compile(r"(?<!имени\s)" + _ANNIV_NUMBER + r"\s*(?:-\s*|)(?:летие|летия|летию|летием|лет)\s+"
                r"(независимост\w*|(?:великой\s+)?победы)", re.I), 2, 1),
    # English: "the 30th anniversary of Independence", "30 years of Independence"
    # ("the 25th Anniversary of Kazakhstan Independence", "of Kazakhstan's independence")
    # ("of the country's independence", "of our independence")
    (re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:anniversary|years)\s+of\s+(?:the\s+)?(?:kazakhstan(?:['’]s)?\s+|"
                r"(?:the\s+)?country(?:['’]s)?\s+|our\s+)?(independence|victory)", re.I), 2, 1),
    (re.compile(_ANNIV_NUMBER + r"\s+anniversary\s+of\s+(?:the\s+)?(?:kazakhstan(?:['’]s)?\s+)?(independence|victory)",
                re.I), 2, 1),
    # the capital: "Астананың / Елорданың 20 жылдығы", "20-летие Астаны / столицы", "Astana's 20th anniversary",
    # "the 20th anniversary of Astana / of the capital"
    (re.compile(r"(астананың|елорданың|бас\s+қаланың)\s+" + _ANNIV_NUMBER + r"\s*(?:-?\s*)?жылдығ\w*(?!\s+атында)",
                re.I), 1, 2),
    (re.compile(r"(?<!имени\s)" + _ANNIV_NUMBER + r"\s*(?:-\s*|)(?:летие|летия|летию|летием)\s+(астаны|столицы)",
                re.I), 2, 1),
    (re.compile(r"(astana)[’']s\s+(\d{1,2})(?:st|nd|rd|th)?\s+anniversary", re.I), 1, 2),
    (re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+anniversary\s+of\s+(?:the\s+)?(astana|capital)\b", re.I), 2, 1),
    # the years since the war ended: "Ұлы Отан соғысының аяқталғанына 74 жыл толуы", "74 года со дня окончания войны",
    # "74 years since the end of the war"
    (re.compile(r"(соғыс\w*)\s+аяқталғанына\s+" + _ANNIV_NUMBER + r"\s+жыл", re.I), 1, 2),
    (re.compile(_ANNIV_NUMBER + r"\s+(?:год|года|лет)\s+(?:со\s+дня\s+|с\s+момента\s+)?(?:окончания|завершения)\s+"
                r"(?:великой\s+отечественной\s+)?(войны)", re.I), 2, 1),
    (re.compile(r"(\d{1,2})\s+years\s+since\s+the\s+end\s+of\s+the\s+(?:great\s+patriotic\s+|second\s+world\s+)?(war)",
                re.I), 2, 1),
]


def _anniversary_base(word: str) -> int | None:
    word = word.lower()
    if word.startswith(("тәуелсізд", "независим", "independence")):
        return _ANNIVERSARY_BASE["independence"]
    if word.startswith(("жеңіс", "ұлы жеңіс", "побед", "великой", "victory", "соғыс", "войн", "war")):
        return _ANNIVERSARY_BASE["victory"]
    if word.startswith(("астан", "елорд", "бас", "столиц", "astana", "capital")):
        return _ANNIVERSARY_BASE["capital"]
    return None


# An anniversary of a founding told with the founding's year in the same sentence ("3 января библиотека отметила свой
# полувековой юбилей – она была образована в 1970 году", "the centre marks its 20th anniversary: it was founded in
# 2004", "орталық 2004 жылы құрылған, биыл 20 жылдығын атап өтті"): the text is of the year of the anniversary.
_JUBILEE_WORDS = {"четвертьвеков": 25, "полувеков": 50, "веков": 100}
_ANNIVERSARY_OF = re.compile(
    r"(?<![\w-])(\d{1,3})\s*-?\s*(?:летн\w*\s+юбиле\w*|лети\w*|летн\w+ годовщин\w*)|"
    r"(?<!\w)(четвертьвеков|полувеков|веков)\w*\s+(?:юбиле|годовщин)\w*|"
    r"(?<![\w-])(\d{1,3})(?:st|nd|rd|th)\s+anniversary|"
    r"(?<![\w-])(\d{1,3})\s*-?\s*жылдығ\w*", re.I)
_FOUNDED_IN = re.compile(
    r"(?<!\w)(?:образован|основан|создан|открыт|учрежден|организован)\w*\s+(?:[^\W\d_]+\s+){0,2}?в\s+"
    r"((?:19|20)\d{2})\s*(?:году|г\.)|"
    r"\b(?:founded|established|set\s+up|opened|created)\s+(?:[^\W\d_]+\s+){0,2}?in\s+((?:19|20)\d{2})\b|"
    r"((?:19|20)\d{2})\s*жылы\s+(?:[^\W\d_]+\s+){0,2}?(?:құрыл|ашыл|негізі\s+қалан)\w*", re.I)


def founding_anniversary_year(low: str) -> int | None:
    """The year of the anniversary of a founding the sentence names with its year (see above), else None."""
    a = _ANNIVERSARY_OF.search(low)
    f = _FOUNDED_IN.search(low) if a else None
    if a is None or f is None:
        return None
    n = next((g for g in a.groups() if g), "")
    years = int(n) if n.isdigit() else _JUBILEE_WORDS.get(n.lower())
    founded = int(next(g for g in f.groups() if g))
    return founded + years if years and founded + years <= clock.today().year else None


def anniversary_year(low: str) -> int | None:
    """The year of an anniversary of Independence or Victory the sentence celebrates ("Тәуелсіздіктің 30
    жылдығы аясында" → 2021), None without one (or when the anniversary only names a park or a street)."""
    if not any(stem in low for stem in ("тәуелсізд", "жеңіс", "независим", "побед", "independence", "victory",
                                        "жылдығ", "летие", "летия", "летию", "anniversary", "аяқталғанына",
                                        "окончания", "завершения", "end of the")):
        return None
    for pattern, base_group, number_group in _ANNIVERSARY_RE:
        for m in pattern.finditer(low):
            base = _anniversary_base(m.group(base_group))
            raw = m.group(number_group).lower()
            years = int(raw) if raw.isdigit() else _ANNIVERSARY_WORDS.get(raw)
            if base is None or not years:
                continue
            if re.match(r"\S*\s*(?:атындағы|имени|named after)", low[m.end():]) or \
                    re.search(r"(?:имени|named after)\s*$", low[:m.start()]):
                continue
            return base + years
    return None


# A plan made, in the past tense ("2020 жыл Волонтер жылы болып жарияланысымен жоспар жасадық", "жоспар бекітілді",
# "составили план", "we drew up a plan"): a deed of the time the text tells of, not a plan for a time to come.
_PLAN_MADE = re.compile(
    r"жоспар\w*\s+(?:[^\W\d_]+\s+)?(?:жаса(?:дық|дым|ды|лды)|құр(?:дық|ды|ылды)|дайында(?:дық|ды|лды)|"
    r"қабылда(?:дық|ды|нды)|бекіт(?:тік|ті|ілді))(?![^\W\d_])|"
    r"(?:составил\w*|разработал\w*|утвердил\w*|принял\w*)\s+(?:[^\W\d_]+\s+)?план\b|"
    r"план\s+(?:был\s+)?(?:составлен|разработан|утвержд[её]н|принят)\b|"
    r"\b(?:made|drew\s+up|drawn\s+up|adopted|approved)\s+(?:a|the|our|an?\s+\w+)\s+plan\b", re.I)


# A plan told as fulfilled: "were fully accomplished", "has been fulfilled", "выполнены в полном объеме", "план
# выполнен", "толық орындалды".
_PLAN_FULFILLED = re.compile(r"(?<!\w)уже\s+[^\W\d_]+(?:ено|ано|ото|ыто|ены|аны)(?!\w)|"  # "уже обследовано 64%"
                             r"\b(?:was|were|has\s+been|have\s+been)\s+(?:fully\s+|successfully\s+)?"
                             r"(?:accomplished|fulfilled|achieved|completed|met|implemented)\b|(?<!\w)выполнен[аоы]?\b|"
                             r"(?<!\w)(?:толық\s+)?орындалды\b", re.I)


def about_the_future(low: str) -> bool:
    """Does the sentence speak of a plan or of what is to come (its years are not yet the text's)? A plan made in
    the past does not count."""
    if _PLAN_MADE.search(low):
        low = _PLAN_MADE.sub(" ", low)
    if _PLAN_FULFILLED.search(low) and not _FUTURE_WORDS.search(low):
        return False  # "So, the tasks set for 2018 were fully accomplished": a plan's year told as done
    if "by " in low and _PERFECT_EN.search(low) and not _WILL_EN.search(low):
        low = _BY_YEAR_EN.sub(" ", low)  # "by 2023 the foundation has struck deals …": a state reached, no deadline
    return has_planned_word(low) or _FUTURE_WORDS.search(low) is not None or _BUDGET_OF_A_YEAR.search(low) is not None


# What a budget allots to a year ("For 2025, the budget allocates 17.1 billion tenge", "на 2025 год бюджетом
# предусмотрено", "2025 жылға бюджеттен 17 млрд теңге қарастырылған"): money of a year to come, as a plan's.
_BUDGET_OF_A_YEAR = re.compile(
    r"^[\W_]*for\s+(?:19|20)\d{2}\s*,?\s+(?:the\s+)?(?:[a-z]+\s+)?budget\s+(?:allocates|provides|envisages|earmarks)\b|"
    r"(?<!\w)на\s+(?:19|20)\d{2}\s*год\s+(?:в\s+)?(?:[а-яё]+\s+)?бюджет\w*\s+(?:предусмотрен|заложен|выделя)\w*|"
    r"(?:19|20)\d{2}\s*жылға\s+(?:[^\W\d_]+\s+){0,2}бюджет\w*\s+(?:[^\W\d_]+\s+){0,4}?қарастырыл\w*", re.I)


# English "by YEAR" with a perfect and no "will" tells what was reached by then ("by 2023 the foundation has struck
# deals with …", "By 2020, it had helped 5,000 families"), not a deadline ("by 2030 the fund will have planted …").
_PERFECT_EN = re.compile(r"\b(?:has|have|had)\s+(?:already\s+|since\s+|been\s+)?[a-z]+(?:ed|en|wn|ck|ught|one|ne)\b")
_WILL_EN = re.compile(r"\b(?:will|shall|'ll)\b")
_BY_YEAR_EN = re.compile(r"\bby\s+(?:19|20)\d{2}")


# A programme named earlier in the sentence, its long name between it and the span ("the Program for the Development of
# Productive Employment and Mass Entrepreneurship for 2017-2021").
_PROGRAMME_NAMED_BEFORE = re.compile(r"\b(?:programmes?|programs?|plans?|strateg(?:y|ies)|roadmaps?|concepts?)\b", re.I)


# The horizon of a programme, strategy or plan: "the Development Programme of Almaty City till 2025 and the medium-term
# perspective till 2030", "Стратегия развития до 2050 года", "программа на период до 2030 года", "2030 жылға дейінгі
# даму бағдарламасы": the year the document looks to, whatever the tense of the sentence that names it.
_HORIZON_DOCUMENT = (r"(?:programm?e?s?|strateg(?:y|ies)|perspective|concept|plan|roadmap|vision|agenda|"
                     r"программ\w*|стратеги\w*|концепци\w*|перспектив\w*|план\w*|дорожн\w+\s+карт\w*|"
                     r"бағдарлама\w*|стратегия\w*|тұжырымдама\w*|жоспар\w*|жол\s+картасы\w*)")
_HORIZON_BEFORE = re.compile(r"(?<![\w-])" + _HORIZON_DOCUMENT + r"(?:\s+[^\W\d_]+){0,5}?\s+(?:on\s+the\s+period\s+|"
                             r"на\s+период\s+|for\s+the\s+period\s+)?(?:until|till|up\s+to|to|through|до)\s+$", re.I)
_HORIZON_AFTER_KK = re.compile(r"\s*жылға\s+дейінгі\s+(?:[^\W\d_]+\s+){0,4}?" + _HORIZON_DOCUMENT, re.I)


def is_horizon_year(low: str, anchor: Any) -> bool:
    """Is the year the horizon of a programme, strategy or plan ("programme till 2025", "стратегия до 2050 года",
    "2030 жылға дейінгі бағдарлама")? It names no time the text was written in or reports."""
    itself = low[anchor.start:anchor.end]
    lead = re.match(r"(?:until|till|up\s+to|through)\s+", itself)
    head = low[max(0, anchor.start - 80):anchor.start] + (itself[:lead.end()] if lead else "")
    digits = re.search(r"(?:19|20)\d{2}", itself)
    if digits is None:
        return False
    return _HORIZON_BEFORE.search(head) is not None or \
        _HORIZON_AFTER_KK.match(low, anchor.start + digits.end()) is not None


def is_plan_span(low: str, anchor: Any) -> bool:
    """Is the range of years the span of a plan ("на 2024-2026 годы", "2024-2026 жылдарға арналған", "the Program for
    the Development of … for 2017-2021")?"""
    head = low[max(0, anchor.start - 30):anchor.start]
    itself = low[anchor.start:anchor.end]
    if itself.startswith("("):
        return True  # "The Seventh phase of the SGP (2022-2026) covers …": a programme's span, named in brackets
    if itself.startswith("for "):  # the English anchor takes its preposition
        head, itself = head + "for", itself[4:].lstrip()
        if _PROGRAMME_NAMED_BEFORE.search(low, max(0, anchor.start - 150), anchor.start):
            return True
    if _PLAN_SPAN_BEFORE.search(head) is not None:
        return True
    if _KK_PASSIVE_FUTURE.search(low, anchor.end, anchor.end + 100):
        return True  # "2023-2025 жылдары … адам тұрғын үймен қамтамасыз етіледі": what the years will bring
    return _PLAN_SPAN_KK.match(low[anchor.end - len(itself):anchor.end + 30]) is not None


# A Kazakh passive in the present-future ("етіледі", "беріледі", "салынады"): a span of years it closes is a plan's.
_KK_PASSIVE_FUTURE = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:ыл|іл|л|ын|ін)(?:ады|еді)(?![^\W\d_])")


# The year in the name of an event held now ("Бүгін Бүкіләлемдік «World Cleanup day 2021» тазалық күні …
# сенбілікке қатыстым", "в рамках акции «Марафон добра-2023»", "the World Cleanup Day 2024 campaign held today"):
# the page was written in that year. The name is an event's (a word of an event inside it or just before it) and
# the sentence tells of now or of the event it is part of; a programme's target year («Казахстан-2050»), a name
# that only holds a number («Команда 100») and a past or a coming event (the sentence speaks of last year, a plan
# or the future) are not the year of the page.
_EVENT_WORD = (r"(?:акци\w*|марафон\w*|субботник\w*|фестивал\w*|форум\w*|слет\w*|слёт\w*|недел\w*|"
               r"день|дня|дне|челлендж\w*|сенбілік\w*|акция\w*|апталы\w*|күні\w*|мереке\w*|фест\w*|"
               r"day|week|marathon\w*|campaign\w*|festival\w*|fest|forum\w*|clean-?up\w*|challenge\w*|"
               # a race is an event too ("марафон-плоггинг «Жасыл кросс - 2025»", "забег", "жүгіру", "the race")
               r"кросс\w*|забег\w*|пробег\w*|плоггинг\w*|жүгіру\w*|plogging|race|run|"
               # and a fair ("«Керуен-2015» жәрмеңкесін өткізуде", "ярмарка «Береке-2019»", "the Zhambyl-2019
               # fair"), or an event by that word ("«Алтын дән-2021» іс-шарасы аясында", "мероприятие «…-2021»")
               r"ярмарк\w*|жәрмеңке\w*|fairs?|іс-шара\w*|мероприяти\w*)")
_EVENT_NAME_YEAR = [
    # a quoted name ending in its year: «World Cleanup day 2021», «Марафон добра-2023», "Таза Қазақстан 2023"
    # (the year after a hyphen or a spaced dash: «Жасыл кросс - 2025», «… – 2025»; the event word may be
    # hyphenated: "марафон-плоггинг «…»"; a name ending in a digit is a range of years: «Марафон 2024-2025»)
    re.compile(r"(?:" + _EVENT_WORD + r"(?:-[^\W\d_]+)?\s+)?[«\"“„]([^«»\"“”„]{0,60}?)(?<!\d)[\s\-–—]+"
               r"((?:19|20)\d{2})\s*[»\"”“]", re.I),
    # an English name without quotes: "the World Cleanup Day 2024 campaign"
    re.compile(r"()\b(?:day|week|marathon)\s+((?:19|20)\d{2})\b(?!\s*[-–—]\s*\d)", re.I),
    # a name without quotes, its year after a hyphen: "в Марафоне добра-2023", "Таза Қазақстан-2023 акциясына"
    re.compile(r"()\b" + _EVENT_WORD + r"(?:\s+[^\W\d_]+){0,2}-((?:19|20)\d{2})\b(?!\s*[-–—]\s*\d)", re.I),
    re.compile(r"()\b[^\W\d_]+-((?:19|20)\d{2})(?=\s+" + _EVENT_WORD + r")", re.I),
]
# Words of now: "today", "в рамках" (the event the sentence is part of), and a verb of taking part in the present
# tense ("Over 50,000 residents participate in World Cleanup Day 2023", "участвуют в «Марафоне добра-2023»",
# "акциясына қатысуда"); a past one ("took part", "участвовали") may be of an event of any year.
_TAKING_PART_NOW = (r"participates?|are\s+participating|is\s+participating|takes?\s+part|are\s+taking\s+part|"
                    r"is\s+taking\s+part|участву(?:ет|ют)|принима(?:ет|ют)\s+участие|присоединя(?:ется|ются)|"
                    r"қатысуда|қатысып\s+жатыр\w*")
# An event the sentence tells was held ("состоялся марафон-плоггинг «Жасыл кросс - 2025»", "«…-2025» акциясы өтті",
# "the "Green Cross - 2025" race took place"): a report of it, written in the year of its name.
_EVENT_HELD_WORDS = (r"состоял(?:ся|ась|ось|ись)|прош(?:[её]л|ла|ло|ли)|took\s+place|was\s+held|were\s+held|"
               r"өтті|өткізілді|"
               # (or is being held: "жәрмеңкесін өткізуде", "өтуде", "проходит", "is being held", "is underway")
               r"өткізуде|өтуде|өтіп\s+жатыр\w*|проходит|проходят|проводится|проводятся|is\s+being\s+held|"
               r"are\s+being\s+held|is\s+under\s*way|are\s+under\s*way")
_EVENT_NOW = re.compile(_W + r"(?:бүгін\w*|қазір\w*|сегодня|сейчас|today|now|currently|в рамках|аясында|"
                        r"as part of|within|" + _TAKING_PART_NOW + "|" + _EVENT_HELD_WORDS + r")" + _E, re.I)


# A project named with its year whose results the sentence reports ("«QURBAN 2020» жобасы аясында … 500-ден астам
# ерікті үлес қосып, 200-ге жуық автокөлік жұмылдырылды", "в рамках проекта «Qurban-2021» роздано 30 тонн мяса", "as
# part of the QURBAN 2020 project, 36 tonnes of meat were distributed"): the page was written in that year. A
# project's name may carry a target year as well («Казахстан-2050», "Цифровой Казахстан 2025"), so only a sentence
# reporting what was done in the past tense dates the page by it (a plan or the future never does: about_the_future),
# and never to a year after today.
_PROJECT_WORD = r"(?:жоба\w*|проект\w*|projects?)"
_PROJECT_NAME_YEAR = [
    # the quoted name with the word of a project before or after it: «QURBAN 2020» жобасы, проекта «Qurban-2021»
    # (a name ending in a digit is a range of years: «Добро 2024-2025»)
    re.compile(r"[«\"“„]([^«»\"“”„]{0,60}?)(?<!\d)[\s\-–—]+((?:19|20)\d{2})\s*[»\"”“]", re.I),
    # a name without quotes just before the word: "QURBAN 2020 жобасы", "the Qurban-2020 project" (a Kazakh
    # possessive "жобасы", an English singular: "2020 жоба", "2020 projects" are counts)
    re.compile(r"()\b[^\W\d_]{3,}[\s-]((?:19|20)\d{2})(?=\s+(?:жобасы\w*|project\b|проект[аеуо]?м?\b))", re.I),
    # a Russian or English name after the word, its year after a hyphen: "проекта Qurban-2021", "project Qurban-2020"
    re.compile(r"()\b(?:проект\w*|project)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?-((?:19|20)\d{2})\b(?!\s*[-–—]\d)", re.I),
]
# Other words of a programme's name, whose year is a target ("Стратегия «Казахстан-2050»", "бағдарламасы").
_PROGRAMME_WORD = re.compile(r"стратеги\w*|strateg\w*|программ\w*|programm?e?\w*|бағдарлама\w*|"
                             r"послани\w*|жолдау\w*", re.I)


def _reports_results(low: str) -> bool:
    """Does the sentence report what was done, in the past tense, in its own script (Kazakh letters, Cyrillic,
    else Latin: Latin Kazakh is read through Cyrillic)?"""
    # by the share of Kazakh words, so that a Kazakh name in a Russian sentence ("на ярмарке «Үміт-2019» переданы")
    # leaves it Russian
    lang = sentence_language(low) if re.search(r"[а-яёәғқңөұүһі]", low) else "en"
    if lang == "kk" and re.search(r"нәтижесінде|қорытындысында", low) and \
            re.search(r"(?<![аеәйыіоөұүуэюя])(?:ды|ді|ты|ті)(?![\w-])", low):
        return True  # "атқарылған жұмыстар нәтижесінде …, … үлестірілді": a verb of the past ends a clause inside
    if lang == "ru" and DONE_PLURAL_RU.search(low):
        return True  # "средства переданы", "работы проданы", "подарки вручены": a completed deed
    return is_past_report(low.rstrip(" .!»\""), lang)


# A Russian short passive participle in the plural, "проведены", "высажены", "собраны" (is_done_once reads the
# neuter, "проведено").
DONE_PLURAL_RU = re.compile(r"(?<![\w-])\w{4,}(?:аны|ены|яты)(?![\w-])", re.I)


# An event named with its year whose results the sentence reports is dated the same way ("Денежные средства,
# собранные на благотворительной ярмарке «Үміт-2019», переданы …", "«Мейірім-2019» жәрмеңкесінде жиналған қаражат
# … берілді", "the money raised at the «Umit-2019» charity fair was handed over"): the event words, with fairs,
# exhibitions and concerts, stand for the project's word.
_NAMED_DEED_WORD = (r"(?:" + _PROJECT_WORD + "|" + _EVENT_WORD + r"|ярмарк\w*|жәрмеңке\w*|fairs?\b|выставк\w*|"
                    r"көрме\w*|exhibitions?\b|концерт\w*|concerts?\b|аукцион\w*|auctions?\b)")


def project_name_year(low: str, today: dt.date | None = None) -> int | None:
    """The year in the name of a project whose results the sentence reports, None without one (see above)."""
    if not YEAR_DIGITS.search(low) or not re.search(_NAMED_DEED_WORD, low):
        return None
    if about_the_future(low) or (MAY_SAY_LAST_YEAR(low) and LAST_YEAR_RE.search(low) is not None) or \
            not _reports_results(low):
        return None
    for pattern in _PROJECT_NAME_YEAR:
        for m in pattern.finditer(low):
            before = low[max(0, m.start() - 20):m.start()]
            after = low[m.end():m.end() + 20]
            if not re.search(_NAMED_DEED_WORD, m.group(0) + " " + before + " " + after) or \
                    _PROGRAMME_WORD.search(m.group(0) + " " + before + " " + after):
                continue
            year = int(m.group(2))
            if year <= (today or clock.today()).year:
                return year
    return None


# A past deed of an event or a campaign: "провели акцию", "прошла", "состоялся", "was held", "өткізілді".
_HELD_IN_THE_PAST = re.compile(r"(?<!\w)(?:провел\w*|прош[её]л|прошла|прошли|состоял\w*|организовал\w*|"
                               r"өткізіл\w*|өткіз\w*ді|өтті|ұйымдастырыл\w*)|\b(?:was|were)\s+held\b|\bheld\b", re.I)


def last_years_event(low: str) -> int | None:
    """The year in the quoted name of an event the sentence says was held "last year" ("В прошлом году … провели
    акцию «Сүндет- 2019»", "Last year the «Clean Day 2019» campaign was held", "Былтыр «Таза аула-2019» акциясы
    өткізілді"): that year is the last one, so the text is of the year after it (implied_year adds it)."""
    if not _HELD_IN_THE_PAST.search(low) or about_the_future(low):
        return None
    for m in _EVENT_NAME_YEAR[0].finditer(low):
        whole = low[max(0, m.start() - 24):m.end() + 24]
        if re.search(_W + _EVENT_WORD + _E, whole, re.I) is not None:
            return int(m.group(2))
    return None


def event_name_year(low: str) -> int | None:
    """The year in the name of an event the sentence tells is held now, None without one (see above); or of a
    project whose results it reports (project_name_year)."""
    if not YEAR_DIGITS.search(low):
        return None
    if not _EVENT_NOW.search(low):
        return project_name_year(low)
    if about_the_future(low) or (MAY_SAY_LAST_YEAR(low) and LAST_YEAR_RE.search(low) is not None):
        return None
    for pattern in _EVENT_NAME_YEAR:
        for m in pattern.finditer(low):
            after = re.match(r"(?:\s+[^\W\d_]+){0,2}", low[m.end():])  # "«…» тазалық күні", "«…» акциясы"
            whole = m.group(0) + (after.group(0) if after else "")
            if re.search(_W + _EVENT_WORD + _E, whole, re.I) is None:
                continue  # a name with a number, not an event's
            return int(m.group(2))
    return project_name_year(low)


# A new or coming school year named with its two years ("the maximum coverage in the new 2016 - 2017 school year",
# "к новому 2016-2017 учебному году", "жаңа 2016-2017 оқу жылына", "the upcoming 2016/17 academic year"): a text
# that looks forward to it is written as it begins, in its first year (also in a sentence about the future, which
# the other years of a plan are not). A school year without such a word may be told after its end and is left to
# the other rules.
_YEARS_OF_A_SCHOOL_YEAR = r"((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)?\d{2})"
_SCHOOL_YEAR_WORDS = r"(?:school|academic|учебн\w*|оқу)\s+(?:years?|год\w*|жыл\w*)"
_SCHOOL_YEAR = re.compile(
    r"(?<!\w)(?:new|coming|upcoming|this|current|нов\w*|наступа\w*|предстоящ\w*|эт\w*|текущ\w*|жаңа|алдағы|"
    r"биылғы)\s+" + _YEARS_OF_A_SCHOOL_YEAR + r"\s*(?:-?\s*(?:жж|гг)\.?\s*)?" + _SCHOOL_YEAR_WORDS, re.I)


# The same school year named without such a word, its years after the word ("Учебный год 2021-2022, которого с
# нетерпением ждали все, …", "the school year 2021-2022 began") or before it ("2021-2022 оқу жылы басталды", "the
# 2021-2022 school year starts"), is the text's first year too when the sentence tells it as beginning, awaited or
# current; one told as over ("завершился", "аяқталды", "ended", "итоги") may be written after its end, and is left to
# the other rules.
_SCHOOL_YEAR_NAMED = re.compile(
    r"(?<!\w)" + _SCHOOL_YEAR_WORDS + r"\s+" + _YEARS_OF_A_SCHOOL_YEAR + r"(?!\d)|(?<![\w-])"
    + _YEARS_OF_A_SCHOOL_YEAR + r"\s*(?:-?\s*(?:жж|гг)\.?\s*)?" + _SCHOOL_YEAR_WORDS, re.I)
_SCHOOL_YEAR_BEGINS = re.compile(
    r"(?<!\w)(?:начал\w*|начина\w*|стартова\w*|стартует|наступил\w*|наступа\w*|ждал\w*|ждут|ожида\w*|"
    r"открыл\w*|басталд\w*|басталад\w*|басталып|басталған\w*|бастал\w*|күткен\w*|"
    r"began|begins?|begun|start(?:s|ed)?|kick(?:s|ed)\s+off|awaited|opens?|opened|"
    # a plan made for the school year ("Игі шара 2021-2022 оқу жылына жоспарланып отыр", "запланировано на
    # 2021-2022 учебный год", "planned for the 2021-2022 academic year"): told before it or as it begins
    r"жоспарлан\w*|запланирова\w*|планиру\w*|planned|scheduled|"
    # provisions for it and its entrants ("в 2023-2024 учебном году для абитуриентов предусмотрено 3653 гранта")
    r"предусмотрен\w*|абитуриент\w*|талапкер\w*|entrants|applicants|"
    # money allotted for it ("2022-2023 оқу жылына оқулықтар сатып алуға 5 048 млн теңге қаржы бөлінген", "на 2022-2023
    # учебный год выделено", "allocated for the 2022-2023 academic year")
    r"бөлін\w*|қаралған\w*|қаралды|выделен\w*|выделил\w*|allocated)(?!\w)", re.I)
_SCHOOL_YEAR_BEGINS = Caseless(_SCHOOL_YEAR_BEGINS)  # loaders/caseless.py
_SCHOOL_YEAR_OVER = re.compile(
    r"(?<!\w)(?:заверш\w*|законч\w*|окончен\w*|окончил\w*|итог\w*|прошедш\w*|минувш\w*|аяқтал\w*|қорытынды\w*|"
    r"өткен|ended|ends|finished|(?:is|was)\s+over|results?|past|last)(?!\w)", re.I)


def _consecutive(first: str, second: str) -> int | None:
    """The first year of a school year's two years when they follow each other, None otherwise."""
    year = int(first)
    return year if int(second[-2:]) == (year + 1) % 100 else None


# A new school year named by the year it starts in: "В новом 2016 учебном году мы ожидаем 38 тысяч учащихся", "the
# new 2016 academic year", "жаңа 2016 оқу жылында".
_SCHOOL_YEAR_BY_ITS_START = re.compile(
    r"(?<!\w)(?:new|coming|upcoming|нов\w*|наступа\w*|предстоящ\w*|жаңа|алдағы)\s+((?:19|20)\d{2})\s+"
    + _SCHOOL_YEAR_WORDS, re.I)


def school_year_start(low: str) -> int | None:
    """The first year of a new or coming school year the sentence names, or of one it names as beginning, awaited
    or current (see above), None without one."""
    for m in _SCHOOL_YEAR.finditer(low):
        first = _consecutive(m.group(1), m.group(2))
        if first is not None:
            return first
    by_start = _SCHOOL_YEAR_BY_ITS_START.search(low)
    if by_start is not None:
        return int(by_start.group(1))
    if _SCHOOL_YEAR_BEGINS.search(low) is None or _SCHOOL_YEAR_OVER.search(low) is not None:
        return None
    for m in _SCHOOL_YEAR_NAMED.finditer(low):
        years = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        first = _consecutive(*years)
        if first is not None:
            return first
    return None


# A count run from the start of a named year ("Since the beginning of 2020, the branch carried out 56 charity events",
# "С начала 2024 года волонтеры…", "2024 жылдың басынан бері", Latin "2024 jyldyń basynan beri"): a year-to-date
# total, told during that year. The text is of that year, even when it also says "last year" of something else ("last
# year, the center was opened"), which otherwise moves an undated text one year past its latest year.
_YEAR_TO_DATE = re.compile(
    r"\bsince the (?:very )?(?:beginning|start) of (20\d\d)\b|\bс (?:самого )?начала (20\d\d) года\b|"
    r"\b(20\d\d) (?:жылдың|jyldyń|jyldyn) (?:басынан|basynan)|"
    # the first months of a year ("за 9 месяцев 2021-го введено …", "in the first nine months of 2021", "2021 жылдың 9
    # айында"): told while the year runs
    r"\bза (?:первые )?(?:[1-9]|10|11|два|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать) месяц\w* "
    r"(20\d\d)(?:-го| года)?(?!\d)|\bin the first (?:[1-9]|10|11|two|three|four|five|six|seven|eight|nine|ten|eleven) "
    r"months of (20\d\d)\b|\b(20\d\d) жылдың (?:[1-9]|10|11) айында")


def year_of(m: re.Match[str]) -> int:
    """The year a pattern with one group per way of writing it caught (the first group that matched)."""
    return int(next(g for g in m.groups() if g))


def year_to_date_years(low: str) -> tuple[int, ...]:
    """The years a sentence counts from the start of, to date (see _YEAR_TO_DATE)."""
    return tuple(year_of(m) for m in _YEAR_TO_DATE.finditer(low))
